"""The "gnumeric" rendering: a budget officer's workbook printed by Gnumeric's ssconvert.

One XLSX workbook written with openpyxl: a first sheet "Inhoud" (the contents, one row
per project, its page number in column B), then one sheet per project. A project sheet
has the theme (small, grey) in row 1 and the title (bold, 14pt, merged) in row 2; each
field is a bold label in column A with its text in column B merged over the table's
width, one row per paragraph or list item (marker as transcribed), wrapped, the row
height estimated from the text (openpyxl cannot measure it). An investment table is
laid out in cells: header rows (a group such as "Publiek" merged over its members), the
row labels in column A, the amounts written AS TEXT exactly as transcribed and
right-aligned, the Totaal row bold, thin borders on the table's cells only; footnotes
in the rows under it, the project's notes at the end. A table inside a field sits in
the field's columns, its label column widened over the spare ones. Arial throughout
(fontconfig gives Nimbus Sans; the one glyph it lacks, the subscript two of "CO₂", comes
from DejaVu Sans, as does the footer, which ssconvert sets in its default font). Every
sheet: A4 portrait, fit to one page wide, 1.5 cm margins, no gridlines, a footer with
the sheet name (number and title, cut to XLSX's 31 characters) and the page number.

ssconvert (Debian: gnumeric) prints the whole workbook to one PDF, each sheet from a
new page, the page numbers counted over the workbook; the contents' numbers are filled
in on a second pass, from the pages found in the first PDF. A transcribed page break
inside a table is not written: ssconvert 1.12 reads an XLSX row break as a column
break and prints runs of empty pages, so the table breaks where ssconvert's own
pagination falls.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from . import source
from .engines import EPOCH, EngineError, need, render_settled, run

STYLE = "gnumeric"

FONT = "Arial"
SIZE = 10
UNIT_PT = 5.25  # one XLSX column-width unit as ssconvert prints it (7 px at 96 dpi)
LABEL_UNITS = 30.0  # column A: field labels and table row labels
MIN_LABEL_UNITS = 20.0  # column A gives way to wide amounts down to this
SHEET_UNITS = 96.0  # all columns together: A4 less 2 x 1.5 cm is about 97 units
MARGIN_IN = 1.5 / 2.54
GREY = "FF808080"
THIN = Side(style="thin", color="FF000000")  # opaque: ssconvert honours the alpha openpyxl adds
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
TOP = Alignment(wrap_text=True, vertical="top")
RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
AMOUNT = Alignment(vertical="top", horizontal="right")  # an amount stays on one line
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")


def _font(size: float = SIZE, bold: bool = False, color: str | None = None) -> Font:
    return Font(name=FONT, size=size, bold=bold, color=color)


def _text_pt(text: str, size: float = SIZE, bold: bool = False) -> float:
    """Estimated printed width: openpyxl has no font metrics, so a rough em width per
    kind of character, on the generous side (Nimbus Sans text runs about 0.43 em)."""
    em = sum(0.3 if ch in " .,:;'()/-" else 0.56 if ch.isdigit() else 0.68 if ch.isupper()
             else 0.5 for ch in text)
    return em * size * (1.08 if bold else 1.0)


def _units(pt: float) -> float:
    return pt / UNIT_PT + 1.5  # and the cell's inner padding


def _lines(text: str, units: float, size: float = SIZE, bold: bool = False) -> int:
    """Lines the text wraps to in a cell `units` wide: a greedy word wrap on the
    estimated widths."""
    room = units * UNIT_PT - 6  # the cell's inner padding
    space = _text_pt(" ", size, bold)
    lines = 0
    for para in text.split("\n"):
        lines += 1
        used = 0.0
        for word in para.split():
            w = _text_pt(word, size, bold)
            if used and used + space + w > room:
                lines += 1
                used = w
            else:
                used += (space if used else 0) + w
            while used > room:  # a word longer than the cell breaks anywhere
                lines += 1
                used -= room
    return max(lines, 1)


def _height(lines: int, size: float = SIZE) -> float:
    return round(lines * size * 1.1 + 5, 1)  # ssconvert sets 10 pt text 10.5 pt apart


def _fit(ws: Worksheet, row: int, height: float) -> None:
    current = ws.row_dimensions[row].height or 0
    ws.row_dimensions[row].height = max(current, min(height, 409))  # 409 pt: XLSX's limit


def _sheet_name(i: int, title: str, taken: set[str]) -> str:
    """A sheet name as a budget officer types it: number and title, cut to XLSX's 31
    characters, without the characters a sheet name cannot hold."""
    name = re.sub(r"[\[\]:*?/\\]", "-", f"{i} {title}")[:31].rstrip()
    while name in taken:
        name = name[:28] + f"~{len(taken)}"
    taken.add(name)
    return name


def _page_setup(ws: Worksheet) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    m = ws.page_margins
    m.left = m.right = m.top = m.bottom = MARGIN_IN
    m.header = m.footer = 0.2
    ws.print_options.gridLines = False
    # No font codes: ssconvert prints a footer's &"font" code as text.
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Pagina &P"


def _widths(project: source.Project, cols: int) -> list[float]:
    """Column widths in XLSX units, A first: every value column as wide as its widest
    amount (amounts do not wrap) and its longest header or text word (those wrap), column
    A as wide as its longest label word; the rest shared out so that the sheet is a page
    wide, column A giving way first. A sheet still too wide is left to fit-to-width."""
    need = [0.0] * (cols + 2)
    for row in project.rows:
        nested = isinstance(row, source.Field)
        labels = [row.label] if nested else [body[0] for body in row.rows]
        need[1] = max([need[1], *(_units(_text_pt(w, bold=True)) for s in labels for w in s.split())])
        for t in [c for c in row.content if isinstance(c, source.Table)] if nested else [row]:
            first = cols + 2 - t.columns
            for h in t.header_cells():
                if h.columns == 1:
                    words = h.text.split() or [""]
                    need[first + h.column - 1] = max(need[first + h.column - 1], *(
                        _units(_text_pt(w, bold=True)) for w in words))
            for body in t.rows:
                for j, cell in enumerate(body[1:]):
                    parts = cell.split() if nested else [cell]
                    need[first + j] = max(need[first + j], *(
                        _units(_text_pt(w, bold=True)) for w in parts or [""]))
    values = [max(need[c], (SHEET_UNITS - LABEL_UNITS) / cols) for c in range(2, cols + 2)]
    label = max(need[1], MIN_LABEL_UNITS, SHEET_UNITS - sum(values))
    if label > LABEL_UNITS:  # narrow tables: the value columns share the slack
        slack = label - LABEL_UNITS
        values = [v + slack / cols for v in values]
        label = LABEL_UNITS
    return [label, *values]


class _Sheet:
    """Writes a project's rows top to bottom, in column A and `cols` value columns."""

    def __init__(self, ws: Worksheet, project: source.Project):
        nested = [c.columns + 1 for r in project.rows if isinstance(r, source.Field)
                  for c in r.content if isinstance(c, source.Table)]
        self.ws = ws
        self.cols = max([project.columns, *nested])
        self.row = 1
        self.widths = _widths(project, self.cols)
        for c, units in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(c)].width = round(units, 2)

    def units(self, first: int, last: int) -> float:
        """Width of columns first..last (1-based, A = 1) in XLSX units."""
        return sum(self.widths[first - 1:last])

    def put(self, col: int, text: str, font: Font, align: Alignment, last: int | None = None,
            border: bool = False, fill: PatternFill | None = None, lines: int = 1) -> None:
        """Write one cell (merged over col..last), set the row to fit it."""
        last = last or col
        cell = self.ws.cell(self.row, col)
        if text != "":
            cell.value = text  # a str: written as text, never parsed as a number
        cell.font = font
        cell.alignment = align
        if fill is not None:
            cell.fill = fill
        if border:
            for c in range(col, last + 1):
                self.ws.cell(self.row, c).border = BOX
        if last > col or lines > 1:
            self.ws.merge_cells(start_row=self.row, start_column=col,
                                end_row=self.row + lines - 1, end_column=last)
        if lines == 1:  # a cell merged downwards gets the height of its rows
            wrapped = _lines(text, self.units(col, last), font.sz, font.b) if align.wrap_text else 1
            _fit(self.ws, self.row, _height(wrapped, font.sz))

    def full(self, text: str, font: Font) -> None:
        """A line over the whole sheet width (theme, title, footnote, note)."""
        self.put(1, text, font, TOP, self.cols + 1)
        self.row += 1

    def field(self, field: source.Field) -> None:
        first = True
        for item in field.content or ("",):
            if isinstance(item, source.Table):
                if first:
                    self.put(1, field.label, _font(bold=True), TOP)
                self.table(item, start=2)
            else:
                if first:
                    self.put(1, field.label, _font(bold=True), TOP)
                self.put(2, item, _font(), TOP, self.cols + 1)
                self.row += 1
            first = False

    def table(self, t: source.Table, start: int = 1) -> None:
        """The table's label column spans start..(label_last); its values fill the
        columns up to the sheet's last one."""
        last = self.cols + 1
        first_value = last - t.columns + 1
        label_last = first_value - 1
        head = _font(bold=True)
        lines = len(t.header)
        top = self.row
        self.put(start, t.label, head, TOP, label_last, border=True, fill=HEAD_FILL, lines=lines)
        for h in t.header_cells():
            self.row = top + h.line
            col = first_value + h.column - 1
            self.put(col, h.text, head, CENTRE, col + h.columns - 1, border=True, fill=HEAD_FILL,
                     lines=h.lines)
        for extra in range(1, lines):  # merged label cells need their lower rows boxed
            for c in range(start, label_last + 1):
                self.ws.cell(top + extra, c).border = BOX
        self.row = top + lines
        for body in t.rows:
            bold = body[0].strip().lower().startswith("totaal")
            self.put(start, body[0], _font(bold=bold), TOP, label_last, border=True)
            for j, cell in enumerate(body[1:]):
                self.put(first_value + j, cell, _font(bold=bold), AMOUNT if start == 1 else RIGHT,
                         border=True)
            self.row += 1
        for note in t.footnotes:
            self.put(start, note, _font(8), TOP, last)
            self.row += 1


def build_workbook(dossier: source.Dossier, toc_pages: list[int] | None = None) -> Workbook:
    wb = Workbook()
    stamp = datetime.datetime(2018, 6, 1, 12, 0, 0)
    wb.properties.creator = "Regio Deal"
    wb.properties.created = wb.properties.modified = stamp
    toc = wb.active
    toc.title = "Inhoud"
    toc.column_dimensions["A"].width = 84
    toc.column_dimensions["B"].width = 10
    toc.cell(1, 1, dossier.toc_heading).font = _font(14, bold=True)
    toc.row_dimensions[1].height = 24
    for i, entry in enumerate(dossier.toc):
        row = i + 2
        cell = toc.cell(row, 1, entry.text)
        cell.font = _font()
        cell.alignment = TOP
        toc.row_dimensions[row].height = _height(_lines(entry.text, 84))
        if toc_pages:
            num = toc.cell(row, 2, toc_pages[i])
            num.font = _font()
            num.alignment = Alignment(horizontal="right", vertical="top")
    _page_setup(toc)
    taken = {"Inhoud"}
    for i, project in enumerate(dossier.projects, 1):
        ws = wb.create_sheet(_sheet_name(i, project.title, taken))
        sheet = _Sheet(ws, project)
        sheet.full(project.theme, _font(8, color=GREY))
        sheet.full(project.title, _font(14, bold=True))
        for row in project.rows:
            if isinstance(row, source.Table):
                sheet.table(row)
            else:
                sheet.field(row)
        for note in project.notes:
            texts = note.text or ("",)
            sheet.full(f"{note.mark} {texts[0]}", _font(8))
            for more in texts[1:]:
                sheet.full(more, _font(8))
        _page_setup(ws)
    return wb


def _print(xlsx: Path, pdf: Path) -> None:
    ssconvert = need("ssconvert")
    # In-memory settings: no preferences read from or written to the home directory.
    run(["env", "GSETTINGS_BACKEND=memory", f"SOURCE_DATE_EPOCH={EPOCH}", ssconvert,
         "--export-type=Gnumeric_pdf:pdf_assistant", str(xlsx), str(pdf)], timeout=300)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"ssconvert wrote no {pdf}")


def render_gnumeric(dossier: source.Dossier, pdf_path, keep_xlsx: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The workbook lives in a temporary directory; pass `keep_xlsx` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        xlsx, pdf = tmp / (Path(pdf_path).stem + ".xlsx"), tmp / (Path(pdf_path).stem + ".pdf")
        build_workbook(dossier, toc_pages).save(xlsx)
        _print(xlsx, pdf)
        return xlsx, pdf

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-gnumeric-", produce, keep_xlsx)
