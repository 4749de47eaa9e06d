"""One more house style for the layout zoo (see zoo.py), held out: a municipality's dossier
whose prose was written in Word and whose every table was PRINTED STRAIGHT FROM THE BUDGET
WORKBOOK in Excel's ACCOUNTING NUMBER FORMAT ("Financieel", € Nederlands), the two prints
collated project by project into one PDF.

- excelprint: TWO KINDS OF PAGE, A4 portrait both. THE WORD PART (the prose): margins 2.5 cm
          all round (a 16 cm column); Helvetica (standing in for Calibri; a character it lacks
          set in DejaVu Sans) 10.5pt on 13.5pt, ragged right, 6pt after each paragraph; a list
          item (it keeps the source's marker) hangs on it by 14pt. Each project opens a new
          page: its theme in 9pt grey, its title as Word's "Heading 1" (16pt bold, blue
          #2F5496, 10pt after); each field's label as "Heading 2" (11.5pt bold blue, 10pt
          above, 3pt after) over its paragraphs. A table's place in the prose is not marked:
          the field's paragraphs before and after it follow each other. The project's notes
          after its last field (8.5pt, 8pt above, each led by its mark). Word's footer: "Regio
          Deal <Name> - projectvoorstellen" at the left and the Word page number at the right,
          8pt grey; the Word pages are numbered on their own (the sheets in between do not
          count). No contents.
          THE SHEETS: after each project's prose, each of its tables (the funding table and
          a table inside a field alike, in the transcription's order) is a WORKSHEET printed
          on pages of its own with Excel's "Normal" margins (0.7 inch left and right, 0.75
          inch top and bottom, header and footer 0.3 inch from the edge), page setup "FIT TO
          1 PAGE WIDE" (automatic height): the used range is printed at the whole percentage
          that fits it into the 17.4 cm print width (at most 100 %), left aligned, so every
          sheet has ITS OWN SCALE (type from 10pt at 100 % down to about 7pt; rules,
          padding, header and footer scale along: "Scale with document"). At 100 % the sheet
          is Arial 10 (Helvetica), rows 12.75pt (wrapped text: one more 12.75pt per line).
          Columns: A the row labels, 180pt wide (the template's width, not fitted); B an
          EMPTY SPACER 30pt wide; C onwards one per value column, each autofitted to its
          widest entry (at least 60pt). A1 "Begroting: <project title>" in 12pt bold and A2
          "Regio Deal <Name>, bedragen in euro's" in 9pt grey, both spilling over the empty
          cells to their right; row 3 empty. The header from row 4: one sheet row per header
          line, BOLD, on a light grey fill (#E7E6E6) across A to the last column: the table's
          label in A (left), each column header centred and wrapped in its column, a header
          over several columns ("Publiek") merged and centred across them, a one-column
          header over two header lines merged down over both, its text at the foot; a thin
          black border under the last header row. BODY rows: the row label in A, general
          format, left, NO WRAP; the amounts in ACCOUNTING FORMAT without decimals
          (`_ € * #.##0_ ;_ € * -#.##0_ ;_ € * "-"_ ;_ @_ `): the "€" one space in from the
          cell's LEFT edge, the figure one space in from its RIGHT edge (a bare number or
          one with a "€ " before it: "1.650.000" and "€ 150.000" both print as "€" ...
          "1.650.000"); a nil ("-") as "€" at the left and the dash at the right, one space
          in from the edge, where the units stand ("€ -"); a negative as "€" ... "-500.000".
          Anything else the officer typed is TEXT (a mark after a figure, "7.500.000*", "-*";
          a unit, "6,33 mln.", "€ 92,3 mln."; ".-"; words): left aligned one space in, as
          the format's text section has it, exactly as transcribed; an empty cell is empty.
          The Totaal row bold with a thin border above and a DOUBLE border under it across
          A to the last column. EXCEL'S OVERFLOW RULE for unwrapped left-aligned text: a
          row label (or a text cell) longer than its cell SPILLS into the empty cells to
          its right (the spacer B always, a value cell where it is empty) and is CUT at the
          edge of the first cell that holds something (or at the print area's right edge):
          the cut is a clipping path, the whole string stays in the text layer (as GDI's
          clipped text output writes it), only the part in front of the next cell is
          visible. GRIDLINES PRINTED: every cell boundary of the used range (A1 to the last
          column of the last row) as a thin (0.3pt) grey (#A6A6A6) line, except inside
          merged cells, on filled cells (the header) and where spilled text crosses a
          boundary. Row and column headings (A, B, 1, 2) NOT printed. Table footnotes
          under the table after an empty row, each paragraph in a merged, wrapped A:last
          cell in 8pt italic. Excel's page header "&[Tab]" centred ("Project 3" or
          "Project 3 (2)" for a project's second table), the footer "&[Bestand]" at the
          left ("begroting_regiodeal_<name>.xlsx") and "Pagina &P van &N" (per sheet) at the
          right, 8pt at 100 % (scaled with the sheet). A sheet too tall for a page breaks
          between rows (the transcription's page breaks inside tables are not followed).

The truth record: amount_format "€ {}" (an amount printed in the accounting format reads as
"€ <transcribed>", the sign and the figure joined by one space), and under "raw" the text of
every cell printed otherwise: a nil as "€ -", a text cell with a value ("6,33 mln.",
"7.500.000*") as typed (without a "€" the format would add). Row labels are kept whole in
the text layer, so the labels need no record. A project's pages run from its title (Word
part) to its last sheet's page.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field as dfield
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from . import source
from .zoo_common import (FONT_DIR, Doc, Truth, build_until_stable, cell_list, dossier_name, field_para, font_for,
                         is_total, meta, notes_at_end, para, register_fonts, tables_of)

PAGE_W, PAGE_H = A4
WORD_MARGIN = 2.5 * cm
MX, MY = 0.7 * inch, 0.75 * inch
HF = 0.3 * inch
PRINT_W = PAGE_W - 2 * MX
PRINT_H = PAGE_H - 2 * MY
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
ROW = 12.75
PAD = 1.5                      # Excel's cell margin
COL_A, COL_B, COL_MIN = 180.0, 30.0, 60.0
GRIDLINE = colors.HexColor("#A6A6A6")
HEAD_FILL = colors.HexColor("#E7E6E6")
BLUE = colors.HexColor("#2F5496")
GREY = colors.HexColor("#595959")
_NUMBER = re.compile(r"(?:€\s?)?(-?)(\d{1,3}(?:\.\d{3})*)")


def _register() -> None:
    register_fonts()
    if "DejaVuSans-Oblique" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


def _font(text: str, font: str) -> str:
    if font == ITALIC:
        try:
            text.encode("cp1252")
            return font
        except UnicodeEncodeError:
            return "DejaVuSans-Oblique"
    return font_for(text, font)


def accounting(text: str) -> tuple[str, str] | None:
    """The cell as Excel's accounting format prints it, (sign, figure), where the officer typed
    a number ("1.650.000", "€ 150.000", "-" for a nil, "-500.000"); None for a text cell."""
    t = text.strip()
    if t == "-":
        return "€", "-"
    m = _NUMBER.fullmatch(t)
    if not m:
        return None
    return "€", ("-" if m.group(1) else "") + m.group(2)


# --- the sheet model -------------------------------------------------------------------


@dataclass
class Cell:
    text: str
    col: int
    span: int = 1               # columns
    down: int = 1               # rows (a merged header cell)
    font: str = SANS
    size: float = 10.0
    align: str = "L"            # L (general text), R, C, A (accounting), T (accounting text)
    color: object = colors.black
    wrap: bool = False
    lines: list = dfield(default_factory=list)


@dataclass
class SRow:
    height: float = ROW
    cells: list = dfield(default_factory=list)
    fill: bool = False
    border_below: str | None = None     # "thin" | "double"
    border_above: bool = False
    covered: set = dfield(default_factory=set)   # columns covered by a merge from above
    rec: object = None


class Sheet:
    def __init__(self, widths: list[float]):
        self.widths = widths
        self.rows: list[SRow] = []

    @property
    def edges(self) -> list[float]:
        return [sum(self.widths[:k]) for k in range(len(self.widths) + 1)]

    @property
    def scale(self) -> float:
        used = sum(self.widths)
        return min(1.0, math.floor(100 * PRINT_W / used) / 100)


def _text_w(text, font, size) -> float:
    return stringWidth(text, _font(text, font), size)


def _widths(t: source.Table) -> list[float]:
    """A 180pt, B 30pt, each value column autofitted to its widest entry (header words, as
    the header wraps; amounts as the format prints them; text cells whole)."""
    n = t.columns
    need = [COL_MIN] * n
    sp = stringWidth(" ", SANS, 10)
    for row in t.rows:
        for j, v in enumerate(row[1:n + 1]):
            font = BOLD if is_total(row[0]) else SANS
            acc = accounting(v)
            w = (_text_w("€", font, 10) + 3 * sp + _text_w(acc[1], font, 10)) if acc else _text_w(v, font, 10) + 2 * sp
            need[j] = max(need[j], w + 2 * PAD + 2)
    for h in t.header_cells():
        if h.columns == 1 and h.text:
            longest = max(_text_w(w, BOLD, 10) for w in h.text.split())
            need[h.column - 1] = max(need[h.column - 1], longest + 2 * PAD + 4)
    return [COL_A, COL_B] + [math.ceil(w / 5.25) * 5.25 for w in need]


def _build_sheet(t: source.Table, title: str, name: str, rec, raw_of) -> Sheet:
    sh = Sheet(_widths(t))
    last = len(sh.widths) - 1
    sh.rows.append(SRow(15.75, [Cell(f"Begroting: {title}", 0, font=BOLD, size=12)], rec=rec))
    sh.rows.append(SRow(ROW, [Cell(f"Regio Deal {name}, bedragen in euro's", 0, size=9, color=GREY)], rec=rec))
    sh.rows.append(SRow(ROW, [], rec=rec))
    # header
    lines = len(t.header)
    first = len(sh.rows)
    hrows = [SRow(ROW, [], fill=True, rec=rec) for _ in range(lines)]
    hrows[-1].border_below = "thin"
    if t.label:
        hrows[0].cells.append(Cell(t.label, 0, down=lines, font=BOLD))
        for r in hrows[1:]:
            r.covered.add(0)
    for h in t.header_cells():
        col = h.column + 1
        c = Cell(h.text, col, span=h.columns, down=h.lines, font=BOLD, align="C", wrap=True)
        width = sum(sh.widths[col:col + h.columns]) - 2 * PAD
        c.lines = simpleSplit(h.text, _font(h.text, BOLD), 10, width) or [""]
        hrows[h.line].cells.append(c)
        for k in range(1, h.lines):
            hrows[h.line + k].covered.update(range(col, col + h.columns))
    for h in t.header_cells():  # a row as tall as its wrapped header lines (merged: the last row grows)
        c = next(x for x in hrows[h.line].cells if x.col == h.column + 1)
        need = len(c.lines) * ROW
        target = hrows[h.line + h.lines - 1]
        have = sum(r.height for r in hrows[h.line:h.line + h.lines])
        if need > have:
            target.height += need - have
    sh.rows += hrows
    # body
    for i, row in enumerate(t.rows):
        total = is_total(row[0])
        font = BOLD if total else SANS
        r = SRow(ROW, [Cell(row[0], 0, font=font)], rec=rec)
        if total:
            r.border_above, r.border_below = True, "double"
        for j, v in enumerate(row[1:t.columns + 1]):
            if not v:
                continue
            acc = accounting(v)
            if acc:
                printed = f"{acc[0]} {acc[1]}"
                r.cells.append(Cell(printed, j + 2, font=font, align="A"))
            else:
                printed = v
                r.cells.append(Cell(v, j + 2, font=font, align="T"))
            raw_of(i, j, v, printed)
        sh.rows.append(r)
    if t.footnotes:
        sh.rows.append(SRow(ROW, [], rec=rec))
        width = sum(sh.widths) - 2 * PAD
        for f in t.footnotes:
            c = Cell(f, 0, span=last + 1, font=ITALIC, size=8, wrap=True)
            c.lines = simpleSplit(f, _font(f, ITALIC), 8, width) or [""]
            sh.rows.append(SRow(max(ROW, len(c.lines) * 11.0), [c], rec=rec))
    return sh


# --- drawing a sheet -------------------------------------------------------------------


def _occupied(row: SRow) -> dict[int, Cell]:
    out = {}
    for c in row.cells:
        for k in range(c.col, c.col + c.span):
            out[k] = c
    return out


def _draw_sheet_page(canv, sh: Sheet, rows: list[SRow], page: int, pages: int, tab: str, file: str) -> None:
    s = sh.scale
    edges = [MX + e * s for e in sh.edges]
    ncol = len(sh.widths)
    right = edges[-1]
    top = PAGE_H - MY
    # header and footer, scaled with the document
    canv.saveState()
    canv.setFillColor(colors.black)
    canv.setFont(SANS, 8 * s)
    canv.drawCentredString(PAGE_W / 2, PAGE_H - HF - 8 * s, tab)
    canv.drawString(MX, HF, file)
    canv.drawRightString(PAGE_W - MX, HF, f"Pagina {page} van {pages}")
    canv.restoreState()
    # rows: fills first, then gridlines, then text, then borders
    ys = [top]
    for r in rows:
        ys.append(ys[-1] - r.height * s)
    spills: list[set] = []   # per row: boundaries (column index k: the line at edges[k]) crossed by text
    clips: dict = {}
    for i, r in enumerate(rows):
        occ = _occupied(r)
        crossed = set()
        for c in r.cells:
            if c.wrap or c.align not in ("L", "T") or c.span > 1 or c.down > 1:
                continue
            x0 = edges[c.col] + PAD * s + (stringWidth(" ", SANS, c.size * s) if c.align == "T" else 0)
            end = x0 + _text_w(c.text, c.font, c.size * s)
            k = c.col + 1
            while k < ncol and end > edges[k] and k not in occ and k not in r.covered:
                crossed.add(k)
                k += 1
            clip = edges[k] if k < ncol else right
            clips[(i, c.col)] = clip if end > clip else None
        spills.append(crossed)
    canv.saveState()
    for i, r in enumerate(rows):
        if r.fill:
            canv.setFillColor(HEAD_FILL)
            canv.rect(edges[0], ys[i + 1], right - edges[0], ys[i] - ys[i + 1], stroke=0, fill=1)
    # gridlines
    canv.setStrokeColor(GRIDLINE)
    canv.setLineWidth(0.3 * s)
    for i, r in enumerate(rows):
        if r.fill:
            continue
        occ = _occupied(r)
        for k in range(ncol + 1):   # vertical boundaries of this row
            if k in spills[i]:
                continue
            if 0 < k < ncol and occ.get(k - 1) is not None and occ.get(k - 1) is occ.get(k):
                continue            # inside a merged cell
            canv.line(edges[k], ys[i], edges[k], ys[i + 1])
        prev_fill = i > 0 and rows[i - 1].fill
        if not prev_fill:
            canv.line(edges[0], ys[i], right, ys[i])
    if rows and not rows[-1].fill:
        canv.line(edges[0], ys[-1], right, ys[-1])
    canv.restoreState()
    # text
    for i, r in enumerate(rows):
        for c in r.cells:
            size = c.size * s
            font = _font(c.text, c.font)
            # the cell's box (merged down: over the rows it spans)
            bottom = ys[min(len(rows), i + c.down)]
            x0, x1 = edges[c.col], edges[min(ncol, c.col + c.span)]
            canv.saveState()
            canv.setFillColor(c.color)
            canv.setFont(font, size)
            base = bottom + 0.28 * size + 0.6 * s
            if c.wrap:
                lead = (11.0 if c.font == ITALIC else ROW) * s
                if c.font == ITALIC:   # notes: top aligned
                    y = ys[i] - lead + 0.28 * size
                    for line in c.lines:
                        canv.drawString(x0 + PAD * s, y, line)
                        y -= lead
                else:                  # header: centred, at the foot
                    y = base + (len(c.lines) - 1) * lead
                    for line in c.lines:
                        canv.drawCentredString((x0 + x1) / 2, y, line)
                        y -= lead
            elif c.align == "A":
                sign, figure = c.text.split(" ", 1)
                sp = stringWidth(" ", font, size)
                canv.drawString(x0 + PAD * s + sp, base, sign)
                canv.drawRightString(x1 - PAD * s - sp, base, figure)
            else:
                x = x0 + PAD * s + (stringWidth(" ", font, size) if c.align == "T" else 0)
                clip = clips.get((i, c.col))
                if clip is not None:
                    p = canv.beginPath()
                    p.rect(x0, bottom, clip - x0, ys[i] - bottom)
                    canv.clipPath(p, stroke=0, fill=0)
                canv.drawString(x, base, c.text)
            canv.restoreState()
        if r.rec:
            r.rec(canv.getPageNumber())
    # borders
    canv.saveState()
    canv.setStrokeColor(colors.black)
    for i, r in enumerate(rows):
        if r.border_above:
            canv.setLineWidth(0.5 * s)
            canv.line(edges[0], ys[i], right, ys[i])
        if r.border_below == "thin":
            canv.setLineWidth(0.5 * s)
            canv.line(edges[0], ys[i + 1], right, ys[i + 1])
        elif r.border_below == "double":
            canv.setLineWidth(0.4 * s)
            canv.line(edges[0], ys[i + 1] + 1.0 * s, right, ys[i + 1] + 1.0 * s)
            canv.line(edges[0], ys[i + 1] - 1.0 * s, right, ys[i + 1] - 1.0 * s)
    canv.restoreState()


def _pages(sh: Sheet) -> list[list[SRow]]:
    """The sheet's rows cut into pages between rows."""
    s = sh.scale
    pages, cur, h = [], [], 0.0
    for r in sh.rows:
        if cur and h + r.height * s > PRINT_H:
            pages.append(cur)
            cur, h = [], 0.0
        cur.append(r)
        h += r.height * s
    pages.append(cur)
    return pages


class _SheetPage(Flowable):
    """One printed page of a worksheet, drawn at absolute positions on its own page."""

    def __init__(self, sh, rows, page, pages, tab, file):
        super().__init__()
        self.sh, self.rows, self.page, self.pages, self.tab, self.file = sh, rows, page, pages, tab, file

    def wrap(self, aW, aH):
        return aW, aH

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        _draw_sheet_page(canv, self.sh, self.rows, self.page, self.pages, self.tab, self.file)


# --- the document ----------------------------------------------------------------------


def _column_keys(dossier) -> dict[tuple[str, int], list[str]]:
    keys: dict[tuple[str, int], list[str]] = {}
    for g in cell_list(dossier):
        cols = keys.setdefault((g["project"], int(g["table"])), [])
        if g["column"] not in cols:
            cols.append(g["column"])
    return keys


class _RawTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "excelprint", amount_format="€ {}")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _has_value(v: str) -> bool:
    return bool(re.search(r"\d", v))


def render_excelprint(dossier: source.Dossier, pdf_path) -> dict:
    _register()
    name = dossier_name(dossier)
    keys = _column_keys(dossier)
    file = f"begroting_regiodeal_{name.lower().replace(' ', '_')}.xlsx"

    def style(n, font=SANS, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"xp-{n}", fontName=font, fontSize=size, leading=leading, **kw)

    st = {
        "body": style("body", spaceAfter=6),
        "item": style("item", spaceAfter=6, leftIndent=14, bulletIndent=0),
        "theme": style("theme", size=9, leading=12, textColor=GREY, spaceAfter=2),
        "title": style("title", BOLD, 16, 19.5, textColor=BLUE, spaceAfter=10, keepWithNext=1),
        "label": style("label", BOLD, 11.5, 14, textColor=BLUE, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "note": style("note", size=8.5, leading=11, spaceAfter=3),
    }

    def once(info):
        truth = _RawTruth(dossier)
        word_pages = [0]

        def word_footer(canv, doc):
            word_pages[0] += 1
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            canv.drawString(WORD_MARGIN, 1.3 * cm, f"Regio Deal {name} - projectvoorstellen")
            canv.drawRightString(PAGE_W - WORD_MARGIN, 1.3 * cm, str(word_pages[0]))
            canv.restoreState()

        word = PageTemplate("word", [Frame(WORD_MARGIN, WORD_MARGIN, PAGE_W - 2 * WORD_MARGIN,
                                           PAGE_H - 2 * WORD_MARGIN, 0, 0, 0, 0, id="w")], onPage=word_footer)
        sheet = PageTemplate("sheet", [Frame(0, 0, PAGE_W, PAGE_H, 0, 0, 0, 0, id="s")])
        doc = Doc(str(pdf_path), truth, pagesize=A4, pageTemplates=[word, sheet], **meta(dossier, "excelprint"))
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate("word"), PageBreak()]
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, str):
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], space=8)
            tables = tables_of(pr)
            for k, t in enumerate(tables):
                cols = keys.get((pr.title, k))

                def raw_of(row, j, typed, printed, pr=pr, k=k, cols=cols):
                    key = cols[j] if cols and j < len(cols) else str(j + 1)
                    want = f"€ {typed}" if _has_value(typed) and not typed.startswith("€") else typed
                    if printed != want:
                        truth.raw[f"{pr.title}|{k}|{row}|{key}"] = printed

                sh = _build_sheet(t, pr.title, name, rec, raw_of)
                tab = f"Project {p + 1}" + (f" ({k + 1})" if k else "")
                pages = _pages(sh)
                for n, rows in enumerate(pages):
                    story += [NextPageTemplate("sheet"), PageBreak(),
                              _SheetPage(sh, rows, n + 1, len(pages), tab, file)]
        doc.build(story)
        return truth

    return build_until_stable(once)
