"""The "calc" rendering: the proposal kept as one workbook and printed by LibreOffice Calc.

One XLSX workbook written with openpyxl, as a budget officer keeps it: a first sheet
"Inhoud" (the contents: number, entry, page), then ONE sheet "Voorstel" holding all
projects one under another. Column A is a narrow number column (the project's number
low in its title row); the theme sits in italics in the row above the title, the title
in a bold row merged over B:I with a fill colour. Each field is a row: the bold, wrapped
label in column B, its text in C merged over C:I (wrapped; the row height estimated
from characters per line, as openpyxl cannot measure text); every paragraph or list
item (marker as transcribed, list items indented) in a row of its own. The investment
table follows the fields in B:I with thin cell borders: header rows on a grey fill (a
group such as "Publiek" merged over its members), the row labels in B (merged over the
spare value columns of a narrow table), the amounts written AS TEXT exactly as
transcribed and right-aligned, the Totaal row bold under a double top border; its
footnotes in the rows under it, the project's notes at the end. A table inside a field
sits in C:I. A manual row break (ws.row_breaks) stands before every project and where
the transcription breaks a table; elsewhere a table breaks where Calc's pagination
falls. Arial throughout (fontconfig gives Nimbus Sans; Calc sets the footer in its
default DejaVu Sans). Both sheets: A4 landscape, fit to one page wide, a footer with the
sheet name and "Pagina &P van &N" (in the footer, not the header: a header line would
stand above every project's theme).

LibreOffice (Debian: libreoffice-calc-nogui) converts the workbook headless, with its
own profile directory; Calc paginates, so the contents' page numbers are filled in and
the workbook printed again until they settle.
"""

from __future__ import annotations

import datetime
import re
import textwrap
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from . import source
from .engines import EPOCH, EngineError, need, render_settled, run

STYLE = "calc"

FONT = "Arial"  # fontconfig gives LibreOffice Nimbus Sans for it
SIZE = 10
LAST = 9  # column I: the sheet's content runs over B:I
UNIT_PT = 7.0  # one XLSX column-width unit as Calc 7.4 prints it (measured)
NUMBER_UNITS = 3.0
LABEL_UNITS = 22.0
VALUE_UNITS = 11.5  # C..I at least (A:I then fill A4 landscape less the margins)
CHAR_EM = 0.52  # average character width, on the generous side: a row cut short hides text
MARGIN_IN = 1.5 / 2.54
THIN = Side(style="thin", color="FF000000")
DOUBLE = Side(style="double", color="FF000000")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
TOTAL_BOX = Border(left=THIN, right=THIN, top=DOUBLE, bottom=THIN)
TITLE_FILL = PatternFill("solid", fgColor="DDEBF7")
HEAD_FILL = PatternFill("solid", fgColor="D9D9D9")
TOP = Alignment(wrap_text=True, vertical="top")
ITEM = Alignment(wrap_text=True, vertical="top", horizontal="left", indent=1)  # indent needs "left"
RIGHT = Alignment(wrap_text=True, vertical="top", horizontal="right")
BOTTOM_RIGHT = Alignment(vertical="bottom", horizontal="right")
AMOUNT = Alignment(vertical="top", horizontal="right")  # an amount stays on one line
CENTRE = Alignment(wrap_text=True, vertical="center", horizontal="center")
# A paragraph that opens with a list marker: bullet, dash, "o", "1.", "(a)", "a)".
MARKER = re.compile(r"^(?:[•○▪◦\-–]|o\s|\d+[.)]\s|\([a-z0-9]+\)\s|[a-z]\)\s)")


def _font(size: float = SIZE, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=FONT, size=size, bold=bold, italic=italic)


def _char_pt(size: float = SIZE, bold: bool = False) -> float:
    return size * CHAR_EM * (1.08 if bold else 1.0)


def _lines(text: str, units: float, size: float = SIZE, bold: bool = False) -> int:
    """Lines the text wraps to in `units` of width: characters per line from the width
    (less the cell's padding), each paragraph wrapped at words."""
    per_line = max(int((units * UNIT_PT - 6) / _char_pt(size, bold)), 4)
    return max(sum(len(textwrap.wrap(p, per_line)) or 1 for p in text.split("\n")), 1)


def _height(lines: int, size: float = SIZE) -> float:
    return min(round(lines * size * 1.2 + 4, 1), 409)  # 409 pt: XLSX's row limit


def _word_units(text: str, bold: bool = True) -> float:
    """Units the longest word (header text wraps at words) needs, padding included."""
    longest = max((len(w) for w in text.split()), default=0)
    return (longest * _char_pt(bold=bold) + 6) / UNIT_PT


def _value_widths(dossier: source.Dossier) -> list[float]:
    """Widths of C..I: one sheet for all projects, so every column as wide as the widest
    header word or amount any project's table puts in it (tables end at column I)."""
    need = [VALUE_UNITS] * (LAST - 2)
    for project in dossier.projects:
        for row in project.rows:
            if not isinstance(row, source.Table):
                continue
            first = LAST - row.columns + 1 - 3  # index into need (C is 0)
            for h in row.header_cells():
                if h.columns == 1:
                    need[first + h.column - 1] = max(need[first + h.column - 1], _word_units(h.text))
            for body in row.rows:
                for j, cell in enumerate(body[1:]):
                    need[first + j] = max(need[first + j], (len(cell) * _char_pt(bold=True) + 6) / UNIT_PT)
    return need


def _page_setup(ws: Worksheet) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages tall as needed
    m = ws.page_margins
    m.left = m.right = m.top = m.bottom = MARGIN_IN
    m.header = m.footer = 0.3
    ws.print_options.gridLines = False
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Pagina &P van &N"


class _Sheet:
    """Writes the projects top to bottom on the "Voorstel" sheet."""

    def __init__(self, ws: Worksheet, dossier: source.Dossier):
        self.ws = ws
        self.row = 1
        self.widths = [NUMBER_UNITS, LABEL_UNITS, *_value_widths(dossier)]
        for c, units in enumerate(self.widths, 1):
            ws.column_dimensions[get_column_letter(c)].width = round(units, 2)

    def units(self, first: int, last: int) -> float:
        return sum(self.widths[first - 1:last])

    def put(self, col: int, text: str, font: Font, align: Alignment, last: int | None = None,
            border: Border | None = None, fill: PatternFill | None = None, lines: int = 1) -> None:
        """Write one cell (merged over col..last and `lines` rows), fit the row to it."""
        last = last or col
        cell = self.ws.cell(self.row, col)
        if text != "":
            cell.value = text  # a str: written as text, never parsed as a number
        cell.font = font
        cell.alignment = align
        for c in range(col, last + 1):
            for r in range(self.row, self.row + lines):
                if fill is not None:
                    self.ws.cell(r, c).fill = fill
                if border is not None:
                    self.ws.cell(r, c).border = border
        if last > col or lines > 1:
            self.ws.merge_cells(start_row=self.row, start_column=col,
                                end_row=self.row + lines - 1, end_column=last)
        if lines == 1:
            wrapped = (_lines(text, self.units(col, last) - (2 if align.indent else 0),
                              font.sz, font.b) if align.wrap_text else 1)
            height = _height(wrapped, font.sz)
            current = self.ws.row_dimensions[self.row].height or 0
            self.ws.row_dimensions[self.row].height = max(current, height)

    def page_break(self) -> None:
        """A manual break above the current row (XLSX counts the row it follows)."""
        if self.row > 1:
            self.ws.row_breaks.append(Break(id=self.row - 1))

    def project(self, number: int, project: source.Project) -> None:
        self.page_break()
        self.put(2, project.theme, _font(9, italic=True), TOP, LAST)
        self.row += 1
        # The number sits low in a tall row, the title high: on its own text line, the
        # number does not read as the first word of the title.
        self.put(1, str(number), _font(10, bold=True), BOTTOM_RIGHT, fill=TITLE_FILL)
        self.put(2, project.title, _font(12, bold=True), TOP, LAST, fill=TITLE_FILL)
        self.ws.row_dimensions[self.row].height += 12
        self.row += 2  # and an empty row under the title
        for row in project.rows:
            if isinstance(row, source.Table):
                self.row += 1
                self.table(row, start=2)
            else:
                self.field(row)
        if project.notes:
            self.row += 1
        for note in project.notes:
            texts = note.text or ("",)
            self.put(2, f"{note.mark} {texts[0]}", _font(8), TOP, LAST)
            self.row += 1
            for more in texts[1:]:
                self.put(2, more, _font(8), ITEM, LAST)
                self.row += 1
        self.row += 1

    def field(self, field: source.Field) -> None:
        self.put(2, field.label, _font(bold=True), TOP)
        for item in field.content or ("",):
            if isinstance(item, source.Table):
                self.table(item, start=3)
            else:
                self.put(3, item, _font(), ITEM if MARKER.match(item) else TOP, LAST)
                self.row += 1

    def table(self, t: source.Table, start: int) -> None:
        """Label column from `start` over the spare columns; the values end at column I."""
        first_value = LAST - t.columns + 1
        label_last = first_value - 1
        head = _font(bold=True)
        lines = len(t.header)
        top = self.row
        self.put(start, t.label, head, TOP, label_last, border=BOX, fill=HEAD_FILL, lines=lines)
        for h in t.header_cells():
            self.row = top + h.line
            col = first_value + h.column - 1
            self.put(col, h.text, head, CENTRE, col + h.columns - 1, border=BOX, fill=HEAD_FILL,
                     lines=h.lines)
        self.row = top + lines
        for b, body in enumerate(t.rows):
            if b == t.page_break_before_row:
                self.page_break()
            total = body[0].strip().lower().startswith("totaal")
            box = TOTAL_BOX if total else BOX
            self.put(start, body[0], _font(bold=total), TOP, label_last, border=box)
            for j, cell in enumerate(body[1:]):
                self.put(first_value + j, cell, _font(bold=total),
                         AMOUNT if start == 2 else RIGHT, border=box)
            self.row += 1
        for note in t.footnotes:
            self.put(start, note, _font(8), TOP, LAST)
            self.row += 1
        self.row += 1


def build_workbook(dossier: source.Dossier, toc_pages: list[int] | None = None) -> Workbook:
    wb = Workbook()
    stamp = datetime.datetime(2018, 6, 1, 12, 0, 0)
    wb.properties.creator = "Regio Deal"
    wb.properties.created = wb.properties.modified = stamp
    toc = wb.active
    toc.title = "Inhoud"
    for col, units in (("A", NUMBER_UNITS), ("B", 90), ("C", 8)):
        toc.column_dimensions[col].width = units
    toc.cell(1, 2, dossier.toc_heading).font = _font(14, bold=True)
    toc.row_dimensions[1].height = 24
    for i, entry in enumerate(dossier.toc):
        row = i + 3
        toc.cell(row, 1, str(i + 1)).font = _font()
        toc.cell(row, 1).alignment = RIGHT
        cell = toc.cell(row, 2, entry.text)
        cell.font = _font()
        cell.alignment = TOP
        toc.row_dimensions[row].height = _height(_lines(entry.text, 90))
        if toc_pages:
            num = toc.cell(row, 3, toc_pages[i])
            num.font = _font()
            num.alignment = Alignment(horizontal="right", vertical="top")
    _page_setup(toc)
    ws = wb.create_sheet("Voorstel")
    sheet = _Sheet(ws, dossier)
    for i, project in enumerate(dossier.projects, 1):
        sheet.project(i, project)
    _page_setup(ws)
    return wb


def _print(xlsx: Path, outdir: Path, profile: Path) -> Path:
    soffice = need("soffice")
    # Its own profile: other LibreOffice runs on the machine do not share (or lock) it.
    run(["env", f"SOURCE_DATE_EPOCH={EPOCH}", soffice, f"-env:UserInstallation={profile.as_uri()}",
         "--headless", "--norestore", "--convert-to", "pdf", "--outdir", str(outdir), str(xlsx)],
        timeout=600)
    pdf = outdir / (xlsx.stem + ".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"soffice wrote no {pdf}")
    return pdf


def render_calc(dossier: source.Dossier, pdf_path, keep_xlsx: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The workbook lives in a temporary directory; pass `keep_xlsx` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        xlsx = tmp / (Path(pdf_path).stem + ".xlsx")
        build_workbook(dossier, toc_pages).save(xlsx)
        return xlsx, _print(xlsx, tmp, Path("/tmp/lo-profile-calc"))

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-calc-", produce, keep_xlsx)
