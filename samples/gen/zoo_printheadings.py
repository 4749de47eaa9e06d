"""One more house style for the layout zoo (see zoo.py), held out: the dossier kept in an
Excel workbook and printed with "Print gridlines" AND "Print row and column headings" on.

- printheadings: A4 LANDSCAPE at 100 % with Excel's "Normal" margins (0.7 inch left and right,
          0.75 inch top and bottom; header and footer 0.3 inch from the edge). EVERY PAGE shows
          the sheet's HEADINGS: a band of grey boxes (fill #E4E4E4, #9A9A9A borders, 12pt
          high) across the top of the print area holding the column letters "A" ... "H"
          centred over their columns (8pt Helvetica, #505050), and a column of grey boxes
          (0.8 cm wide) down the left holding each printed row's NUMBER (1, 2, 3, ...)
          centred in it, the empty corner box top left. Every cell of the used range A-H,
          the empty ones too, has a thin grey GRIDLINE (0.4pt, #B4B4B4); no gridline inside
          a merged cell nor under text spilling into empty cells. Helvetica (DejaVu Sans
          where a text has a character it lacks) 9pt; rows 12pt high (a row with wrapped
          text as many lines tall), Excel's bottom alignment unless said otherwise. Column
          A 4.2 cm, B-H 3.0 cm each (the print area fills the page width).
          One sheet per project, each starting a new page; its rows numbered from 1. A1 the
          project title (13pt bold, the row 18pt high), A2 the theme (grey), both spilling
          over the empty cells to their right; row 3 empty. FIELDS: each paragraph cut into
          the lines that fit B:H (Excel's Fill > Justify): EACH LINE IN A ROW OF ITS OWN, in
          a cell merged over B:H, so a gridline runs between the lines of a paragraph and
          every line has its row number; the paragraphs of a field on consecutive rows, an
          empty row between fields. The field's label in bold in column A, in a cell
          MERGED DOWN over the rows of the field's text (top-aligned, wrapped in A), so no
          gridline crosses it; a field broken over pages shows its label on the first page
          only. A table inside a field follows its paragraphs after an empty row, with one
          after it, column A empty beside the paragraphs after it.
          FUNDING TABLES after an empty row: header line(s) bold, the table's label in A
          (merged down over two header lines), header texts wrapped in their cells (value
          headers right-aligned, a column mostly of words left-aligned), a header over
          several columns merged and centred; a thin black bottom border under the last
          header line across the table. Body rows: the row label in A (wrapped, the row as
          tall as its lines), the cells in B, C, ... as typed text exactly as transcribed,
          amounts right-aligned, words left-aligned (wrapped); the Totaal row bold with a
          thin black top border and a double bottom border across the table's columns.
          Table footnotes under the table and the project's notes at the sheet's foot (after
          an empty row) in 8pt italic, each cut into lines that fit A:H, one line per row in
          a cell merged over A:H. Page header "Pagina N" centred (N counted over the whole
          print), footer the sheet's tab name centred: the project's title cut at a word to
          at most 31 characters. A sheet longer than a page breaks between rows (the
          headings repeated on every page, the row numbers running on; a table's header is
          not repeated, no "rows to repeat at top"; a table's header lines stay with its
          first body row, a label's first lines with its text). Where the
          transcription has contents, a first sheet "Blad1" lists them: the heading in A1
          (13pt bold), then per theme its name in bold in A on the row of its first project,
          each project's title in B:H; no page numbers. The transcription's page breaks
          inside tables are not followed.

Every golden cell is printed as transcribed: the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dfield

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import cm, inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import Truth, build_until_stable, font_for, is_total, meta, register_fonts

PAGE_W, PAGE_H = landscape(A4)
MARGIN_X, MARGIN_Y = 0.7 * inch, 0.75 * inch
HEADER_Y = 0.3 * inch
HEAD_W = 0.8 * cm  # the row numbers' column
HEAD_H = 12.0  # the column letters' band
GRID = 12.0
WIDTHS = [4.2 * cm] + [3.0 * cm] * 7  # A-H
X0 = MARGIN_X + HEAD_W
EDGES = [X0 + sum(WIDTHS[:k]) for k in range(len(WIDTHS) + 1)]
COLUMNS = len(WIDTHS)
PAD = 2.0
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE = 9.0
GRIDLINE = colors.HexColor("#B4B4B4")
HEAD_FILL = colors.HexColor("#E4E4E4")
HEAD_RULE = colors.HexColor("#9A9A9A")
HEAD_TEXT = colors.HexColor("#505050")
GREY = colors.HexColor("#595959")
TOP = PAGE_H - MARGIN_Y - HEAD_H  # the first row's top
BOTTOM = MARGIN_Y


def _font(text: str, font: str) -> str:
    if font == ITALIC:
        try:
            text.encode("cp1252")
            return font
        except UnicodeEncodeError:
            return "DejaVuSans"
    return font_for(text, font)


@dataclass
class Cell:
    col: int
    lines: list
    span: int = 1
    font: str = SANS
    size: float = SIZE
    align: str = "L"  # L, R, C
    color: object = colors.black
    spill: bool = False  # one unwrapped line spilling into empty cells to its right


@dataclass
class Row:
    height: float = GRID
    cells: list = dfield(default_factory=list)
    borders: list = dfield(default_factory=list)  # (kind, first col, last col)
    rec: object = None
    block: object = None  # the vertical merge in column A this row belongs to
    keep: int = 1  # rows (this one included) to keep on one page with it
    hide_below: set = dfield(default_factory=set)  # columns merged down into the next row


@dataclass
class Block:
    """A cell merged down column A (a field's label)."""
    lines: list
    font: str = BOLD
    drawn: bool = False


def _lines(text: str, width: float, font=SANS, size=SIZE) -> list[str]:
    return simpleSplit(text, _font(text, font), size, width - 2 * PAD) or [""]


def _width(a: int, b: int) -> float:
    return EDGES[b + 1] - EDGES[a]


def _numeric(text: str) -> bool:
    import re
    return bool(re.fullmatch(r"[€\s\d.,*\-–]*(mln\.?)?[\s*]*", text.strip()))


def _text_rows(text: str, col: int, span: int, rec, font=SANS, size=SIZE, color=colors.black) -> list[Row]:
    """A paragraph cut into the lines that fit the merged cell, one row per line."""
    return [Row(GRID, [(Cell(col, [line], span, font, size, color=color), 1)], rec=rec)
            for line in _lines(text, _width(col, col + span - 1), font, size)]


def _table(t: source.Table, rec) -> list[Row]:
    n = t.columns
    if n >= COLUMNS:
        raise ValueError(f"table {t.label!r} has {n} value columns; the sheet has B-H")
    nlines = max(len(t.header), 1)
    head = [Row(rec=rec) for _ in range(nlines)]
    wordy = [sum(not _numeric(body[c]) for body in t.rows if c < len(body)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    label = _lines(t.label, _width(0, 0), BOLD)
    placed = [[] for _ in range(nlines)]  # (line, cell, lines spanned)
    placed[0].append((Cell(0, label, 1, BOLD), nlines))
    for h in t.header_cells():
        if not h.text:
            continue
        align = "C" if h.columns > 1 else ("L" if wordy[h.column - 1] else "R")
        cell = Cell(h.column, _lines(h.text, _width(h.column, h.column + h.columns - 1), BOLD),
                    h.columns, BOLD, align=align)
        placed[h.line].append((cell, h.lines))
    # heights: a cell merged over several lines puts its extra lines on the last one
    for k in range(nlines):
        need = [len(c.lines) for c, span in placed[k] if span == 1]
        head[k].height = GRID * max(need or [1])
    for k in range(nlines):
        for c, span in placed[k]:
            if span > 1:
                for r in head[k:k + span - 1]:
                    r.hide_below.update(range(c.col, c.col + c.span))
                have = sum(r.height for r in head[k:k + span])
                if len(c.lines) * GRID > have:
                    head[k + span - 1].height += len(c.lines) * GRID - have
            head[k].cells.append((c, span))
    head[-1].borders.append(("bottom", 0, n))
    for r in head:
        r.keep = nlines + 1
    out = head
    for body in t.rows:
        bold = is_total(body[0])
        font = BOLD if bold else SANS
        cells = [Cell(0, _lines(body[0], _width(0, 0), font), 1, font)]
        for k, text in enumerate(list(body[1:n + 1])):
            if text:
                num = _numeric(text)
                cells.append(Cell(k + 1, [text] if num else _lines(text, _width(k + 1, k + 1), font), 1,
                                  font, align="R" if num else "L"))
        row = Row(GRID * max(len(c.lines) for c in cells), [(c, 1) for c in cells], rec=rec)
        if bold:
            row.borders += [("top", 0, n), ("double", 0, n)]
        out.append(row)
    for f in t.footnotes:
        out += _text_rows(f, 0, COLUMNS, rec, ITALIC, 8.0)
    return out


def _field(item: source.Field, rec) -> list[Row]:
    rows: list[Row] = []
    block = Block(_lines(item.label, _width(0, 0), BOLD))
    current = block
    members: list[Row] = []
    after_table = False
    for part in item.content or ("",):
        if isinstance(part, source.Table):
            if not members:  # a field that opens with its table: the label on a row of its own
                row = Row(rec=rec, block=current)
                rows.append(row)
                members.append(row)
            current = None
            rows.append(Row())
            rows += _table(part, rec)
            after_table = True
            continue
        if after_table:
            rows.append(Row())
            after_table = False
        for r in _text_rows(part, 1, COLUMNS - 1, rec):
            r.block = current
            if current is block:
                members.append(r)
            rows.append(r)
    # the merged label needs as many rows as its lines
    if members and len(members) < len(block.lines):
        members[-1].height += (len(block.lines) - len(members)) * GRID
    if members:
        members[0].keep = min(len(members), len(block.lines))
    return rows


def _sheet(pr: source.Project, rec, heading_rec) -> list[Row]:
    rows = [Row(18.0, [(Cell(0, [pr.title], 1, BOLD, 13.0, spill=True), 1)], rec=heading_rec),
            Row(GRID, [(Cell(0, [pr.theme], 1, SANS, SIZE, color=GREY, spill=True), 1)], rec=rec),
            Row()]
    first = True
    for item in pr.rows:
        if not first:
            rows.append(Row())
        first = False
        if isinstance(item, source.Table):
            rows += _table(item, rec)
        else:
            rows += _field(item, rec)
    if pr.notes:
        rows.append(Row())
        for note in pr.notes:
            for j, text in enumerate(note.text or ("",)):
                rows += _text_rows(f"{note.mark} {text}" if j == 0 else text, 0, COLUMNS, rec, ITALIC, 8.0)
    return rows


def _contents(dossier: source.Dossier) -> list[Row]:
    rows = [Row(18.0, [(Cell(0, [dossier.toc_heading or "Inhoud"], 1, BOLD, 13.0, spill=True), 1)]), Row()]
    seen = set()
    for entry, pr in zip(dossier.toc, dossier.projects):
        cells = []
        if pr.theme not in seen:
            seen.add(pr.theme)
            cells.append((Cell(0, _lines(pr.theme, _width(0, 0), BOLD), 1, BOLD), 1))
        title = Cell(1, _lines(pr.title, _width(1, COLUMNS - 1)), COLUMNS - 1)
        cells.append((title, 1))
        rows.append(Row(GRID * max(len(c.lines) for c, _ in cells), cells))
    return rows


def sheet_name(title: str) -> str:
    """The tab name: the title cut at a word to at most 31 characters, without the characters
    Excel forbids."""
    clean = "".join(ch for ch in title if ch not in ':\\/?*[]')
    out = ""
    for w in clean.split():
        if len(out) + len(w) + (1 if out else 0) > 31:
            break
        out = f"{out} {w}".strip()
    return out or clean[:31]


# --- drawing ----------------------------------------------------------------------------


def _text(c: Canvas, text, font, size, color, x, y, align):
    c.setFont(_font(text, font), size)
    c.setFillColor(color)
    if align == "R":
        c.drawRightString(x, y, text)
    elif align == "C":
        c.drawCentredString(x, y, text)
    else:
        c.drawString(x, y, text)


def _draw_page(c: Canvas, placed: list[tuple[Row, float, int]], page: int, tab: str) -> None:
    """One printed page: the rows (row, top, number), their gridlines and the headings."""
    c.saveState()
    c.setFont("Helvetica", 8)
    c.drawCentredString(PAGE_W / 2, PAGE_H - HEADER_Y - 8, f"Pagina {page}")
    c.setFont(_font(tab, SANS), 8)
    c.drawCentredString(PAGE_W / 2, HEADER_Y, tab)
    bottom = placed[-1][1] - placed[-1][0].height
    # gridlines: per row, the cells' edges that no merge or spill hides
    c.setStrokeColor(GRIDLINE)
    c.setLineWidth(0.4)
    for k, (row, top, _n) in enumerate(placed):
        low = top - row.height
        covered = set()  # vertical edges (by index) hidden in this row
        for cell, _span in row.cells:
            for e in range(cell.col + 1, cell.col + cell.span):
                covered.add(e)
            if cell.spill:
                width = stringWidth(cell.lines[0], _font(cell.lines[0], cell.font), cell.size) + 2 * PAD
                e = cell.col + cell.span
                occupied = {x.col for x, _ in row.cells}
                while e < COLUMNS and EDGES[e] < EDGES[cell.col] + width and e not in occupied:
                    covered.add(e)
                    e += 1
        for e in range(COLUMNS + 1):
            if e not in covered:
                c.line(EDGES[e], top, EDGES[e], low)
        # horizontal line under the row: not across column A inside a merged label
        nxt = placed[k + 1][0] if k + 1 < len(placed) else None
        hidden = set(row.hide_below) if nxt is not None else set()
        if nxt is not None and row.block is not None and nxt.block is row.block:
            hidden.add(0)
        for e in range(COLUMNS):
            if e not in hidden:
                c.line(EDGES[e], low, EDGES[e + 1], low)
    c.line(EDGES[0], placed[0][1], EDGES[COLUMNS], placed[0][1])
    # the headings
    c.setStrokeColor(HEAD_RULE)
    c.setFillColor(HEAD_FILL)
    c.setLineWidth(0.5)
    c.rect(MARGIN_X, TOP, HEAD_W, HEAD_H, stroke=1, fill=1)
    for e in range(COLUMNS):
        c.setFillColor(HEAD_FILL)
        c.rect(EDGES[e], TOP, WIDTHS[e], HEAD_H, stroke=1, fill=1)
        c.setFillColor(HEAD_TEXT)
        c.setFont("Helvetica", 8)
        c.drawCentredString((EDGES[e] + EDGES[e + 1]) / 2, TOP + 3.4, chr(ord("A") + e))
    for row, top, number in placed:
        c.setFillColor(HEAD_FILL)
        c.rect(MARGIN_X, top - row.height, HEAD_W, row.height, stroke=1, fill=1)
        c.setFillColor(HEAD_TEXT)
        c.setFont("Helvetica", 8)
        c.drawCentredString(MARGIN_X + HEAD_W / 2, top - row.height + 3.4, str(number))
    c.restoreState()
    # borders and text
    c.saveState()
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    for row, top, _n in placed:
        low = top - row.height
        for kind, a, b in row.borders:
            xa, xb = EDGES[a], EDGES[b + 1]
            if kind == "top":
                c.line(xa, top, xb, top)
            elif kind == "bottom":
                c.line(xa, low, xb, low)
            elif kind == "double":
                c.line(xa, low + 1.0, xb, low + 1.0)
                c.line(xa, low - 1.0, xb, low - 1.0)
    c.restoreState()
    for k, (row, top, _n) in enumerate(placed):
        if row.block is not None and not row.block.drawn:
            row.block.drawn = True  # the merged label, top-aligned, on the block's first page only
            for j, line in enumerate(row.block.lines):
                _text(c, line, row.block.font, SIZE, colors.black, EDGES[0] + PAD, top - (j + 1) * GRID + 3.2, "L")
        for cell, span in row.cells:
            # a cell merged down `span` rows stands at the foot of the last of them
            low = placed[min(k + span - 1, len(placed) - 1)][1] - placed[min(k + span - 1, len(placed) - 1)][0].height
            x0, x1 = EDGES[cell.col], EDGES[cell.col + cell.span]
            x = {"L": x0 + PAD, "R": x1 - PAD, "C": (x0 + x1) / 2}[cell.align]
            for j, line in enumerate(reversed(cell.lines)):
                _text(c, line, cell.font, cell.size, cell.color, x, low + 3.2 + j * GRID, cell.align)


def render_printheadings(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()

    def once(info):
        truth = Truth(dossier, "printheadings")
        m = meta(dossier, "printheadings")
        c = Canvas(str(pdf_path), pagesize=(PAGE_W, PAGE_H), invariant=1)
        c.setTitle(m["title"])
        c.setAuthor(m["author"])
        c.setSubject(m["subject"])
        c.setCreator(m["creator"])
        page = 0
        sheets = []
        if dossier.toc:
            sheets.append(("Blad1", _contents(dossier)))
        for p, pr in enumerate(dossier.projects):
            sheets.append((sheet_name(pr.title), _sheet(pr, truth.content(p), truth.heading(p))))
        for tab, rows in sheets:
            number = 0
            queue = list(rows)
            while queue:
                placed, y = [], TOP
                while queue:
                    row = queue[0]
                    need = sum(r.height for r in queue[:row.keep])
                    if placed and (y - need < BOTTOM - 0.01):
                        break
                    queue.pop(0)
                    number += 1
                    placed.append((row, y, number))
                    y -= row.height
                page += 1
                _draw_page(c, placed, page, tab)
                for row, _top, _n in placed:
                    if row.rec and (row.cells or row.borders or row.block):
                        row.rec(page)
                c.showPage()
        c.save()
        truth.pages = page
        return truth

    return build_until_stable(once)
