"""regio: reads Regio Deal proposals and shows where the money does not add up."""

from __future__ import annotations

__version__ = "0.1.0"


def read_tables(path, pages=None, password=None, settings=None):
    """Every table in the PDF at ``path`` (optionally only ``pages``, 1-based), as
    regio.schema.Table records: ``.grid()`` and ``.spans()`` give the cells as text,
    ``.df`` a pandas DataFrame of the body, ``.to_csv()`` its CSV."""
    from regio.extract import extract_tables

    return extract_tables(path, pages=pages, password=password, settings=settings).tables
