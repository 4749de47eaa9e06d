"""What `regio extract` and `regio tables` write: dossiers as JSON, tidy rows (one per table
cell) for spreadsheets and pandas, and every table's grid as JSON, CSV or Markdown."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING

from regio.report import printable
from regio.schema import Dossier, FundingTable, euros_to_json

if TYPE_CHECKING:
    from regio.batch import FileResult

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


def write_csv(dossiers: Iterable[Dossier], path_or_buffer: Path | IO[str]) -> None:
    frame(dossiers).to_csv(path_or_buffer, index=False)


def write_xlsx(dossiers: Iterable[Dossier], path: Path | IO[bytes]) -> None:
    df = frame(dossiers)
    # Decimal is not a spreadsheet type; the exact text stays in `raw`.
    df["value"] = df["value"].map(lambda v: None if v is None else (int(v) if v == v.to_integral_value() else str(v)))
    df.to_excel(path, index=False, sheet_name="cells")


def read_dossiers(results: Iterable[FileResult]) -> list[Dossier]:
    """The dossiers of the inputs that were read whole; a file without tables is left out."""
    return [dossier for r in results if (dossier := r.ok_dossier) is not None]


def dossiers_json(results: list[FileResult]) -> str:
    """One input read whole: its Dossier; otherwise every input with its status and dossier."""
    only = results[0].ok_dossier if len(results) == 1 else None
    if only is not None:
        return only.model_dump_json(indent=2)
    return _batch_json(results, "dossier", lambda dossier: json.loads(dossier.model_dump_json()))


def tables_json(results: list[FileResult]) -> str:
    """One input read whole: its tables; otherwise every input with its status and tables."""
    only = results[0].ok_dossier if len(results) == 1 else None
    if only is not None:
        return json.dumps({"tables": _table_records(only)}, indent=2, ensure_ascii=False)
    return _batch_json(results, "tables", _table_records)


def _batch_json(results: list[FileResult], key: str, content: Callable[[Dossier], object]) -> str:
    entries = []
    for result in results:
        dossier = result.ok_dossier
        entry: dict[str, object] = {"file": str(result.path), "status": "error" if dossier is None else "ok"}
        if dossier is None:
            entry["error"] = result.reason
        else:
            entry[key] = content(dossier)
        entries.append(entry)
    return json.dumps({"results": entries}, indent=2, ensure_ascii=False)


def _table_records(dossier: Dossier) -> list[dict]:
    return [{"id": table.id, "page": table.page, "bbox": list(table.bbox), "rows": table.grid(),
             "spans": table.spans(), "caption": table.caption,
             "scale": euros_to_json(table.scale) if table.scale is not None else None,
             "unit": table.unit, "reader": table.reader} for table in dossier.tables]


def tables_csv(results: list[FileResult], fh: IO[str]) -> None:
    """One row per cell of every table's grid, header rows first; row and column count from 0,
    as in the spans of the JSON output."""
    import csv

    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["file", "table", "page", "row", "column", "text"])
    for result in results:
        dossier = result.ok_dossier
        for table in dossier.tables if dossier is not None else []:
            for r, row in enumerate(table.grid()):
                for c, text in enumerate(row):
                    writer.writerow([spreadsheet_safe(str(result.path)), table.id, table.page, r, c, spreadsheet_safe(text)])


def tables_markdown(results: list[FileResult]) -> str:
    """A heading and a Markdown table per table (a heading per file in a batch); the text is
    escaped as in the CI Markdown, for a proposal is untrusted input."""
    from regio.report.ci import escape_markdown

    lines: list[str] = []
    for result in results:
        if len(results) > 1:
            lines += [f"## {escape_markdown(str(result.path))}", ""]
        dossier = result.ok_dossier
        if dossier is None:
            lines += [f"error: {escape_markdown(result.reason or '')}", ""]
            continue
        for table in dossier.tables:
            caption = f": {escape_markdown(table.caption)}" if table.caption else ""
            lines += [f"### {escape_markdown(table.id)} (page {table.page}){caption}", ""]
            grid = table.grid()
            width = max((len(row) for row in grid), default=0) or 1
            grid = [row + [""] * (width - len(row)) for row in grid] or [[""] * width]
            lines.append("| " + " | ".join(escape_markdown(text) for text in grid[0]) + " |")
            lines.append("|" + "---|" * width)
            lines += ["| " + " | ".join(escape_markdown(text) for text in row) + " |" for row in grid[1:]]
            lines.append("")
    return "\n".join(lines)
