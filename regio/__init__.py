"""regio: reads Regio Deal proposals and shows where the money does not add up."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "check", "read_dossier", "read_tables"]


def read_dossier(path, **options):
    """The dossier in the PDF at ``path``: projects, fields, tables and cells, each value
    with the page and box it was read from (``regio.extract.extract`` has the options)."""
    from regio.extract import extract

    return extract(path, **options)


def check(dossier, select=None, ignore=None):
    """The findings on a dossier, with a summary (``regio.validate.check``): one that
    ``read_dossier`` read, or the path of a PDF to read first with its default options."""
    from regio.validate import check as run

    if not hasattr(dossier, "projects"):
        dossier = read_dossier(dossier)
    return run(dossier, select=select, ignore=ignore)


def read_tables(path, pages=None, password=None, settings=None):
    """Every table in the PDF at ``path`` (optionally only ``pages``, 1-based), as
    regio.schema.Table records: ``.grid()`` and ``.spans()`` give the cells as text,
    ``.df`` a pandas DataFrame of the body, ``.to_csv()`` its CSV."""
    from regio.extract import extract_tables

    return extract_tables(path, pages=pages, password=password, settings=settings).tables
