"""What `regio extract` and `regio tables` write: dossiers as JSON, tidy rows (one per table
cell) for spreadsheets and pandas, the reading's warnings beside them, and every table's grid
as JSON, CSV or Markdown."""

from __future__ import annotations

import csv
import io
import json
import shutil
import tempfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from zipfile import ZIP_DEFLATED, ZipFile, ZipInfo

from pydantic import BaseModel

from regio.report import printable
from regio.schema import Dossier, FundingTable, euros_to_json

if TYPE_CHECKING:
    import pandas as pd
    from _typeshed import SupportsWrite
    from openpyxl.worksheet.worksheet import Worksheet

    from regio.batch import FileResult

# The columns of a tidy row, in CSV, XLSX and pandas alike. Those after table_id describe the
# cell's column (role, group), its amount (precision, value_exact), its table (label, caption,
# the field it stands in, whether its columns are funding sources, scale and unit) and its box.
TIDY_COLUMNS = ["file", "project", "table", "row", "column", "value", "raw", "page",
                "kind", "marks", "column_label", "row_kind", "table_id",
                "role", "group", "precision", "value_exact", "table_label", "caption", "field", "funding",
                "scale", "unit", "x0", "top", "x1", "bottom"]
WARNING_COLUMNS = ["file", "code", "page", "message"]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def tidy_rows(dossiers: Iterable[Dossier]) -> Iterator[dict[str, Any]]:
    """Every cell of every table, empty and nil cells included: the projects' tables (with
    their index in the project) and then the document's other tables; ``table_id`` names the
    page tables each was read from ("p3-t1", or "p3-t1 p4-t1" over a page break). Amounts
    are in euros, the table's scale applied: ``value`` and ``precision`` (the place value of
    the last digit written) as Decimal, ``value_exact`` as plain text."""
    for dossier in dossiers:
        for project in dossier.projects:
            for t_index, table in enumerate(project.tables):
                ids = " ".join(t.id for t in dossier.tables_holding(table)) or None
                yield from _cells(dossier, project.title, t_index, table, ids)
        for _, table in dossier.free_tables():
            yield from _cells(dossier, None, None, table, table.id)


def _cells(dossier: Dossier, project: str | None, index: int | None, table: FundingTable,
           table_id: str | None) -> Iterator[dict[str, Any]]:
    scale = table.scale or Decimal(1)
    for row in table.rows:
        for column, cell in zip(table.columns, row.cells):
            value = cell.amount.value * scale if cell.amount else None
            box = cell.provenance.bbox if cell.provenance and cell.provenance.bbox else (None,) * 4
            yield {
                "file": dossier.file,
                "project": project,
                "table": index,
                "row": row.label,
                "column": column.key,
                "value": value,
                "raw": cell.raw,
                "page": cell.provenance.page if cell.provenance else None,
                "kind": cell.kind.value,
                "marks": "".join(cell.marks),
                "column_label": column.label,
                "row_kind": row.kind,
                "table_id": table_id,
                "role": column.role,
                "group": column.group,
                "precision": cell.amount.precision * scale if cell.amount else None,
                "value_exact": _plain(value) if value is not None else None,
                "table_label": table.label,
                "caption": table.caption,
                "field": table.field,
                "funding": table.funding,
                "scale": table.scale,
                "unit": table.unit,
                **dict(zip(("x0", "top", "x1", "bottom"), box)),
            }


def _plain(amount: Decimal) -> str:
    """An amount as plain digits, never in exponent notation: 2000000, 1234.5."""
    return format(amount.normalize(), "f")


def warning_rows(dossiers: Iterable[Dossier]) -> Iterator[dict[str, Any]]:
    """Every warning of the reading, with the file it is about."""
    for dossier in dossiers:
        for w in dossier.warnings:
            yield {"file": dossier.file, "code": w.code, "page": w.page, "message": w.message}


def spreadsheet_safe(text: object) -> object:
    """Text a spreadsheet would run as a formula gets a leading apostrophe, and control
    characters (which a workbook cannot hold) become spaces; numbers stay."""
    if not isinstance(text, str):
        return text
    if len(text) > 1 and text.startswith(_FORMULA_START):
        text = "'" + text
    return printable(text, newlines=True)


def frame(dossiers: Iterable[Dossier]) -> pd.DataFrame:
    """The tidy rows as a pandas DataFrame: ``value``, ``precision`` and ``scale`` as float64
    (NaN where a cell holds no amount), ``value_exact`` the exact amount as text."""
    import pandas as pd  # heavy; only the Python API needs it

    df = pd.DataFrame(list(tidy_rows(dossiers)), columns=TIDY_COLUMNS)
    # pandas takes a Decimal for an opaque object, not a number: the amounts become float64,
    # the number type its analysis works with, in which whole euros up to 2**53 stay exact.
    for name in ("value", "precision", "scale", "x0", "top", "x1", "bottom"):
        df[name] = df[name].astype("float64")
    df["table"] = df["table"].astype("Int64")  # the index in its project; empty for other tables
    df["page"] = df["page"].astype("Int64")
    df["funding"] = df["funding"].astype(bool)
    return df


def write_csv(dossiers: Iterable[Dossier], fh: IO[str]) -> None:
    """The tidy rows as CSV; amounts exactly as Decimal gives them, text guarded against
    formulas."""
    _write_csv(fh, TIDY_COLUMNS, tidy_rows(dossiers))


def write_warnings_csv(dossiers: Iterable[Dossier], fh: IO[str]) -> None:
    """The reading's warnings as CSV (file, code, page, message): a header only when there are none."""
    _write_csv(fh, WARNING_COLUMNS, warning_rows(dossiers))


def warnings_path(cells: Path) -> Path:
    """Where the CSV of the warnings goes beside the CSV of the cells: out.csv → out.warnings.csv."""
    return cells.with_name(f"{cells.stem}.warnings.csv")


def _write_csv(fh: IO[str], columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_text(row[name]) for name in columns])


def _csv_text(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return _plain(value)
    return spreadsheet_safe(value)


# A fixed time in the workbook's properties and on its zip entries: the same dossiers give the
# same bytes, and a workbook does not claim a time the document never had. 1980 is the
# earliest time a zip entry holds.
_FIXED_TIME = datetime(1980, 1, 1)
_MAX_WIDTH = 60  # characters: a long row label or message is cut off at its column's edge


def write_xlsx(dossiers: Iterable[Dossier], target: Path | IO[bytes]) -> None:
    """A workbook with a sheet "cells" (the tidy rows) and a sheet "warnings" (the reading's
    warnings), each with a frozen bold header, a filter and columns wide enough to read."""
    from openpyxl import Workbook
    from openpyxl.writer.excel import ExcelWriter

    dossiers = list(dossiers)
    workbook = Workbook()
    workbook.properties.created = workbook.properties.modified = _FIXED_TIME
    cells = workbook.active
    cells.title = "cells"
    _fill_sheet(cells, TIDY_COLUMNS, tidy_rows(dossiers))
    _fill_sheet(workbook.create_sheet("warnings"), WARNING_COLUMNS, warning_rows(dossiers))
    buffer = io.BytesIO()
    ExcelWriter(workbook, ZipFile(buffer, "w", ZIP_DEFLATED)).save()
    data = _fixed_times(buffer.getvalue())
    if isinstance(target, Path):
        target.write_bytes(data)
    else:
        target.write(data)


def _fill_sheet(sheet: Worksheet, columns: list[str], rows: Iterable[dict[str, Any]]) -> None:
    from openpyxl.cell.cell import TYPE_STRING
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    widths = [len(name) for name in columns]
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(rows, start=2):
        for c, name in enumerate(columns, start=1):
            value = row[name]
            cell = sheet.cell(r, c)
            if isinstance(value, str) and value:
                # A string cell is text to a spreadsheet, whatever it starts with: no
                # apostrophe needed (`-*` stays `-*`). openpyxl would take "=..." for a
                # formula, so the type is set after the value.
                cell.value = printable(value, newlines=True)
                cell.data_type = TYPE_STRING
                shown = max(cell.value.split("\n"), key=len)
            elif isinstance(value, Decimal):
                # Spreadsheets hold numbers as doubles; the exact amount stays in value_exact.
                cell.value = int(value) if value == value.to_integral_value() else float(value)
                cell.number_format = "#,##0" if isinstance(cell.value, int) else "#,##0.00"
                shown = f"{cell.value:,}"
            else:  # a number, a truth value, or nothing (an empty text too: blank, as in CSV)
                cell.value = value if value != "" else None
                shown = "" if cell.value is None else str(value)
            widths[c - 1] = max(widths[c - 1], len(shown))
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = min(width + 2, _MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{sheet.max_row}"


def _fixed_times(xlsx: bytes) -> bytes:
    """The zip archive again, every entry dated _FIXED_TIME instead of the time of writing."""
    out = io.BytesIO()
    with ZipFile(io.BytesIO(xlsx)) as source, ZipFile(out, "w", ZIP_DEFLATED) as archive:
        for entry in source.infolist():
            fixed = ZipInfo(entry.filename, date_time=_FIXED_TIME.timetuple()[:6])
            fixed.compress_type = ZIP_DEFLATED
            fixed.external_attr = entry.external_attr
            archive.writestr(fixed, source.read(entry))
    return out.getvalue()


def read_dossiers(results: Iterable[FileResult]) -> list[Dossier]:
    """The dossiers of the inputs that were read whole; a file without tables is left out."""
    return [dossier for r in results if (dossier := r.ok_dossier) is not None]


def write_dossiers_json(results: list[FileResult], out: IO[str]) -> None:
    """One input read whole: its Dossier; otherwise every input with its status and dossier."""
    only = results[0].ok_dossier if len(results) == 1 else None
    if only is not None and results[0].spooled is not None:
        with results[0].spooled.open(encoding="utf-8") as spooled:
            shutil.copyfileobj(spooled, out)
    elif only is not None:
        write_model_json(only, out)
    else:
        out.write(_batch_json(results, "dossier", lambda dossier: json.loads(dossier.model_dump_json())))
    out.write("\n")


def write_model_json(record: BaseModel, out: SupportsWrite[str]) -> None:
    """``record.model_dump_json(indent=2)``, written one item of its lists at a time: the
    JSON of a long dossier is larger than its records (130 MB at 3,200 pages), and need not
    be held whole, nor twice over as pydantic hands it from Rust to Python."""
    _write_members(record, {}, out)


def _write_members(record: BaseModel, spooled: dict[str, IO[str]], out: SupportsWrite[str]) -> None:
    """The record's members as write_model_json writes them; those named in ``spooled`` from
    their items' text written to that file before (see write_parts_json)."""
    out.write("{")
    for i, name in enumerate(type(record).model_fields):
        value = getattr(record, name)
        out.write(f'{"," if i else ""}\n  "{name}": ')
        if name in spooled and spooled[name].tell():
            out.write("[")
            spooled[name].seek(0)
            shutil.copyfileobj(spooled[name], out)
            out.write("\n  ]")
        elif name in spooled:
            out.write("[]")
        elif isinstance(value, list) and value and all(isinstance(item, BaseModel) for item in value):
            out.write("[")
            _write_items(value, out, first=True)
            out.write("\n  ]")
        else:
            # The member as the record writes it, one level in: `{\n  "name": value\n}`.
            out.write(record.model_dump_json(indent=2, include={name})[len(name) + 8:-2])
    out.write("\n}")


def _write_items(items: Iterable[BaseModel], out: SupportsWrite[str], first: bool) -> None:
    for item in items:
        out.write(f'{"" if first else ","}\n    ' + item.model_dump_json(indent=2).replace("\n", "\n    "))
        first = False


def write_parts_json(parts: Iterable[Dossier], out: SupportsWrite[str]) -> tuple[Dossier, int]:
    """``write_model_json(Dossier.joined(parts))``, each part read and let go as it comes:
    its tables and projects are spooled to temporary files until the dossier's status, which
    the last part's warnings may change, is written before them. The dossier's outline (see
    Dossier.outline) and how many cells its projects' tables hold."""
    outlines, cells = [], 0
    with tempfile.TemporaryFile("w+", encoding="utf-8") as tables, \
            tempfile.TemporaryFile("w+", encoding="utf-8") as projects:
        for part in parts:
            _write_items(part.tables, tables, first=not tables.tell())
            _write_items(part.projects, projects, first=not projects.tell())
            cells += sum(len(r.cells) for p in part.projects for t in p.tables for r in t.rows)
            outlines.append(part.outline())
        dossier = Dossier.joined(outlines)
        _write_members(dossier, {"tables": tables, "projects": projects}, out)
    return dossier, cells


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
