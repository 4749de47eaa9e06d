"""Tidy exports of a dossier: one row per table cell, for spreadsheets and pandas."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from regio.report import printable
from regio.schema import Dossier, FundingTable

TIDY_COLUMNS = ["file", "project", "table", "row", "column", "value", "raw", "page",
                "kind", "marks", "column_label", "row_kind", "table_id"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def tidy_rows(dossiers: Iterable[Dossier]) -> Iterator[dict]:
    """Every cell of every table, empty and nil cells included: the projects' tables (with
    their index in the project) and then the document's other tables; ``table_id`` names the
    page tables each was read from ("p3-t1", or "p3-t1 p4-t1" over a page break)."""
    for dossier in dossiers:
        for project in dossier.projects:
            for t_index, table in enumerate(project.tables):
                ids = " ".join(t.id for t in dossier.tables_holding(table)) or None
                yield from _cells(dossier, project.title, t_index, table, ids)
        for _, table in dossier.free_tables():
            yield from _cells(dossier, None, None, table, table.id)


def _cells(dossier: Dossier, project: str | None, index: int | None, table: FundingTable, table_id: str | None):
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            yield {
                "file": dossier.file,
                "project": project,
                "table": index,
                "row": row.label,
                "column": column.key,
                "value": cell.amount.value * (table.scale or 1) if cell.amount else None,
                "raw": cell.raw,
                "page": cell.provenance.page if cell.provenance else None,
                "kind": cell.kind.value,
                "marks": "".join(cell.marks),
                "column_label": column.label,
                "row_kind": row.kind,
                "table_id": table_id,
            }


def spreadsheet_safe(text: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe, and control
    characters (which a workbook cannot hold) become spaces; numbers stay."""
    if not isinstance(text, str):
        return text
    if len(text) > 1 and text.startswith(_FORMULA_START):
        text = "'" + text
    return printable(text, newlines=True)


def frame(dossiers: Iterable[Dossier]):
    import pandas as pd  # heavy; only the CSV and XLSX paths need it

    df = pd.DataFrame(list(tidy_rows(dossiers)), columns=TIDY_COLUMNS)
    text_columns = ["file", "project", "row", "column", "raw", "marks", "column_label", "row_kind", "kind", "table_id"]
    for name in text_columns:
        df[name] = df[name].map(spreadsheet_safe)
    df["table"] = df["table"].astype("Int64")  # the index in its project; empty for other tables
    return df


def write_csv(dossiers: Iterable[Dossier], path_or_buffer) -> None:
    frame(dossiers).to_csv(path_or_buffer, index=False)


def write_xlsx(dossiers: Iterable[Dossier], path: Path) -> None:
    df = frame(dossiers)
    # Decimal is not a spreadsheet type; the exact text stays in `raw`.
    df["value"] = df["value"].map(lambda v: None if v is None else (int(v) if v == v.to_integral_value() else str(v)))
    df.to_excel(path, index=False, sheet_name="cells")
