"""Tidy exports of a dossier: one row per table cell, for spreadsheets and pandas."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from regio.schema import Dossier

TIDY_COLUMNS = ["file", "project", "table", "row", "column", "value", "raw", "page",
                "kind", "marks", "column_label", "row_kind"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def tidy_rows(dossiers: Iterable[Dossier]) -> Iterator[dict]:
    """Every cell of every table, empty and nil cells included."""
    for dossier in dossiers:
        for project in dossier.projects:
            for t_index, table in enumerate(project.tables):
                for row in table.rows:
                    for column, cell in zip(table.columns, row.cells):
                        yield {
                            "file": dossier.file,
                            "project": project.title,
                            "table": t_index,
                            "row": row.label,
                            "column": column.key,
                            "value": cell.amount.value if cell.amount else None,
                            "raw": cell.raw,
                            "page": cell.provenance.page if cell.provenance else None,
                            "kind": cell.kind.value,
                            "marks": "".join(cell.marks),
                            "column_label": column.label,
                            "row_kind": row.kind,
                        }


def spreadsheet_safe(text: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe; numbers stay."""
    if isinstance(text, str) and len(text) > 1 and text.startswith(_FORMULA_START):
        return "'" + text
    return text


def frame(dossiers: Iterable[Dossier]):
    import pandas as pd  # heavy; only the CSV and XLSX paths need it

    df = pd.DataFrame(list(tidy_rows(dossiers)), columns=TIDY_COLUMNS)
    text_columns = ["file", "project", "row", "column", "raw", "marks", "column_label", "row_kind", "kind"]
    for name in text_columns:
        df[name] = df[name].map(spreadsheet_safe)
    return df


def write_csv(dossiers: Iterable[Dossier], path_or_buffer) -> None:
    frame(dossiers).to_csv(path_or_buffer, index=False)


def write_xlsx(dossiers: Iterable[Dossier], path: Path) -> None:
    df = frame(dossiers)
    # Decimal is not a spreadsheet type; the exact text stays in `raw`.
    df["value"] = df["value"].map(lambda v: None if v is None else (int(v) if v == v.to_integral_value() else str(v)))
    df.to_excel(path, index=False, sheet_name="cells")
