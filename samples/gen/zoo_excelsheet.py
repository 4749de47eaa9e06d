"""One more house style for the layout zoo (see zoo.py), held out: every project a worksheet
printed from Excel WITHOUT gridlines, the way budget officers send them.

- excelsheet: A4 LANDSCAPE with Excel's "Normal" margins (0.7 inch left and right, 0.75 inch
          top and bottom; header and footer 0.3 inch from the edge), "Fit all columns on one
          page" (the used range A-H, 22.2 cm, fits at 100 %, left-aligned). Helvetica standing
          in for Calibri, 9pt everywhere; every row on the sheet's fixed grid of 11.25pt
          (Excel's default 15 px row), a row of wrapped text n grid rows tall. No gridlines.
          Column A 4 cm, B-H 2.6 cm each. A1 the project title in 14pt bold (a row two grid
          units tall), A2 the theme in 9pt grey, both spilling over the empty cells to their
          right; row 3 empty. FIELDS: the label in bold in column A (no wrap: a label longer
          than A is cut at B's edge, since B holds text), each paragraph in the merged cell
          B:H with "wrap text" on, top-aligned, the row as tall as its lines; a field's
          paragraphs on consecutive rows, an empty row between fields.
          FUNDING TABLES from column A after an empty row (a table inside a field likewise,
          among the field's paragraphs, with an empty row before and after it): each header
          line on its own row as typed (the table's label in A of the first), bold; a header
          over several columns merged and centred across them; value headers right-aligned;
          a thin bottom border under the last header row across the table's columns. Body
          rows one grid row each: the row label in column A, the values in B, C, ... right-
          aligned as transcribed (words left-aligned), empty cells empty. Excel's overflow
          rule for unwrapped text: left-aligned text longer than its cell spills into empty
          cells to its right and is cut (a clip path; the PDF's text layer keeps the whole
          string) at the first non-empty cell or at the print area's right edge; right-
          aligned text likewise to the left; centred text both ways. So a long row label is
          cut at column A's right edge where B holds the Totaal (or first) amount. The Totaal
          row: a thin top border and a double bottom border across the table's columns
          ("Accounting"); no other lines. Table notes under the table and the project's notes
          at the sheet's foot (after an empty row), each paragraph a row of its own in A in
          8pt italic, spilling to the right without wrapping (cut at the print area's edge).
          Page header "Regio Deal <Name> — werkblad <n>" centred 8pt, footer "Pagina N" at
          the right (N counted over the whole print). Each worksheet starts a new page; a
          sheet longer than a page breaks between rows (a row never splits unless taller
          than a page) and continues with rows 1-2 repeated at the top ("Rows to repeat at
          top"). The transcription's page breaks inside tables are not followed; no contents
          sheet.

Every golden cell is printed as transcribed (clipped cells keep their whole text in the
text layer), so the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from dataclasses import dataclass, field as dfield

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import FONT_DIR, Truth, build_until_stable, dossier_name, font_for, is_total, meta, register_fonts
from .zoo_province import _numeric

SHEET_W, SHEET_H = landscape(A4)
MARGIN_X, MARGIN_Y = 0.7 * inch, 0.75 * inch
HEADER_Y = 0.3 * inch
GRID = 11.25  # Excel's default row height (15 px)
WIDTHS = [4.0 * cm] + [2.6 * cm] * 7  # A-H
EDGES = [MARGIN_X + sum(WIDTHS[:k]) for k in range(len(WIDTHS) + 1)]
COLUMNS = len(WIDTHS)
PAD = 2.0  # Excel's cell indent
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE = 9.0
GREY = colors.HexColor("#595959")
TOP = SHEET_H - MARGIN_Y
AVAIL = SHEET_H - 2 * MARGIN_Y


@dataclass
class Cell:
    text: str
    col: int
    span: int = 1
    font: str = SANS
    size: float = SIZE
    align: str = "L"  # L, R, C
    color: object = colors.black
    wrap: bool = False
    top: bool = False  # top-aligned (else Excel's default: bottom)
    lines: list = dfield(default_factory=list)  # wrapped lines


@dataclass
class Row:
    units: int = 1
    cells: list = dfield(default_factory=list)
    borders: list = dfield(default_factory=list)  # (kind, first col, last col)
    rec: object = None

    @property
    def height(self) -> float:
        return self.units * GRID


def _font(text: str, font: str) -> str:
    """`font`, or its DejaVu stand-in where the text has characters outside WinAnsi."""
    if font == ITALIC:
        try:
            text.encode("cp1252")
            return font
        except UnicodeEncodeError:
            return "DejaVuSans-Oblique"
    return font_for(text, font)


def _register() -> None:
    register_fonts()
    if "DejaVuSans-Oblique" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique",
                                       str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


def _wrapped(text: str, col: int, span: int, font=SANS, size=SIZE) -> Cell:
    width = EDGES[col + span] - EDGES[col] - 2 * PAD
    f = _font(text, font)
    lines = simpleSplit(text, f, size, width) or [""]
    return Cell(text, col, span, font, size, wrap=True, top=True, lines=lines)


def _split(row: Row, units: int) -> tuple[Row, Row]:
    """A wrapped row taller than a page: its first `units` lines here, the rest after."""
    head = Row(units, [], [], row.rec)
    tail = Row(row.units - units, [], row.borders, row.rec)
    for c in row.cells:
        if c.wrap and len(c.lines) > units:
            head.cells.append(Cell(**{**c.__dict__, "lines": c.lines[:units]}))
            tail.cells.append(Cell(**{**c.__dict__, "lines": c.lines[units:]}))
        else:
            head.cells.append(c)
    return head, tail


def _draw_text(c: Canvas, text, font, size, color, x, y, align, clip):
    f = _font(text, font)
    c.setFont(f, size)
    c.setFillColor(color)
    if clip is not None:
        c.saveState()
        p = c.beginPath()
        p.rect(clip[0], y - size, clip[1] - clip[0], size * 3)
        c.clipPath(p, stroke=0, fill=0)
    if align == "R":
        c.drawRightString(x, y, text)
    elif align == "C":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)
    if clip is not None:
        c.restoreState()


def _draw_row(c: Canvas, row: Row, top: float) -> None:
    bottom = top - row.height
    occupied = set()
    for cell in row.cells:
        if cell.text or cell.lines:
            occupied.update(range(cell.col, cell.col + cell.span))
    for cell in row.cells:
        x0, x1 = EDGES[cell.col], EDGES[cell.col + cell.span]
        if cell.wrap:
            for k, line in enumerate(cell.lines):
                y = top - (k + 1) * GRID + 2.6
                _draw_text(c, line, cell.font, cell.size, cell.color, x0 + PAD, y, "L", None)
            continue
        if not cell.text:
            continue
        y = (top - cell.size - 1.2) if cell.top else bottom + 2.6
        width = stringWidth(cell.text, _font(cell.text, cell.font), cell.size)
        # Excel's overflow: into empty neighbours, cut at the first occupied cell or the
        # print area's edge.
        left, right = x0, x1
        if cell.align in "LC":
            k = cell.col + cell.span
            while k < COLUMNS and k not in occupied:
                k += 1
            right = EDGES[k]
        if cell.align in "RC":
            k = cell.col - 1
            while k >= 0 and k not in occupied:
                k -= 1
            left = EDGES[k + 1]
        if cell.align == "R":
            x, need = x1 - PAD, (x1 - PAD - width, x1)
        elif cell.align == "C":
            mid = (x0 + x1) / 2
            x, need = mid, (mid - width / 2, mid + width / 2)
        else:
            x, need = x0 + PAD, (x0, x0 + PAD + width)
        clip = None if need[0] >= left and need[1] <= right else (left, right)
        _draw_text(c, cell.text, cell.font, cell.size, cell.color, x, y, cell.align, clip)
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    for kind, a, b in row.borders:
        xa, xb = EDGES[a], EDGES[b + 1]
        if kind == "top":
            c.line(xa, top, xb, top)
        elif kind == "bottom":
            c.line(xa, bottom, xb, bottom)
        elif kind == "double":
            c.line(xa, bottom + 0.8, xb, bottom + 0.8)
            c.line(xa, bottom - 0.8, xb, bottom - 0.8)
    c.restoreState()


# --- the sheet ----------------------------------------------------------------------


def _table(t: source.Table, rec) -> list[Row]:
    n = t.columns
    if n >= COLUMNS:
        raise ValueError(f"table {t.label!r} has {n} value columns; the sheet has B-H")
    lines = max(len(t.header), 1)
    head = [Row(rec=rec) for _ in range(lines)]
    head[0].cells.append(Cell(t.label, 0, font=BOLD))
    wordy = [sum(not _numeric(body[c]) for body in t.rows if c < len(body)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    for h in t.header_cells():
        if not h.text:
            continue
        if h.columns > 1:
            align = "C"
        else:
            align = "L" if wordy[h.column - 1] else "R"
        head[h.line].cells.append(Cell(h.text, h.column, h.columns, BOLD, align=align))
    head[-1].borders.append(("bottom", 0, n))
    out = head
    for body in t.rows:
        row = Row(rec=rec)
        row.cells.append(Cell(body[0], 0))
        for k, text in enumerate(list(body[1:n + 1])):
            if text:
                row.cells.append(Cell(text, k + 1, align="R" if _numeric(text) else "L"))
        if is_total(body[0]):
            row.borders += [("top", 0, n), ("double", 0, n)]
        out.append(row)
    for f in t.footnotes:
        out.append(Row(rec=rec, cells=[Cell(f, 0, font=ITALIC, size=8.0)]))
    return out


def _sheet(pr: source.Project, rec, heading_rec) -> list[Row]:
    rows = [Row(2, [Cell(pr.title, 0, font=BOLD, size=14.0)], rec=heading_rec),
            Row(1, [Cell(pr.theme, 0, color=GREY)], rec=rec),
            Row()]
    first = True
    for item in pr.rows:
        if not first:
            rows.append(Row())
        first = False
        if isinstance(item, source.Table):
            rows += _table(item, rec)
            continue
        label = Cell(item.label, 0, font=BOLD, top=True)
        after_table = False
        for part in item.content or ("",):
            if isinstance(part, source.Table):
                if label is not None:
                    rows.append(Row(1, [label], rec=rec))
                    label = None
                rows.append(Row())
                rows += _table(part, rec)
                after_table = True
                continue
            if after_table:
                rows.append(Row())
                after_table = False
            text = _wrapped(part, 1, COLUMNS - 1)
            cells = ([label] if label is not None else []) + [text]
            rows.append(Row(max(1, len(text.lines)), cells, rec=rec))
            label = None
    if pr.notes:
        rows.append(Row())
        for note in pr.notes:
            for j, text in enumerate(note.text or ("",)):
                t = f"{note.mark} {text}" if j == 0 else text
                rows.append(Row(rec=rec, cells=[Cell(t, 0, font=ITALIC, size=8.0)]))
    return rows


def render_excelsheet(dossier: source.Dossier, pdf_path) -> dict:
    _register()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "excelsheet")
        m = meta(dossier, "excelsheet")
        c = Canvas(str(pdf_path), pagesize=(SHEET_W, SHEET_H), invariant=1)
        c.setTitle(m["title"])
        c.setAuthor(m["author"])
        c.setSubject(m["subject"])
        c.setCreator(m["creator"])
        page = 0

        def furniture(sheet_no):
            nonlocal page
            page += 1
            c.saveState()
            head = f"Regio Deal {name} — werkblad {sheet_no}".replace("  ", " ")
            c.setFont(_font(head, SANS), 8)
            c.drawCentredString(SHEET_W / 2, SHEET_H - HEADER_Y - 8, head)
            c.drawRightString(SHEET_W - MARGIN_X, HEADER_Y, f"Pagina {page}")
            c.restoreState()

        for p, pr in enumerate(dossier.projects):
            rows = _sheet(pr, truth.content(p), truth.heading(p))
            titles = rows[:2]
            if p:
                c.showPage()
            furniture(p + 1)
            y = TOP
            queue = list(rows)
            while queue:
                row = queue.pop(0)
                room = y - MARGIN_Y
                if row.height > room + 0.01:
                    fresh = AVAIL - sum(r.height for r in titles)
                    if row.height > fresh + 0.01 and room >= GRID:  # taller than a page
                        row, rest = _split(row, int(room // GRID + 1e-6))
                        queue.insert(0, rest)
                    else:
                        c.showPage()
                        furniture(p + 1)
                        y = TOP
                        for t in titles:
                            _draw_row(c, t, y)
                            y -= t.height
                        queue.insert(0, row)
                        continue
                _draw_row(c, row, y)
                if row.rec and (row.cells or row.borders):
                    row.rec(page)
                y -= row.height
        c.showPage()
        c.save()
        truth.pages = page
        return truth

    return build_until_stable(once)
