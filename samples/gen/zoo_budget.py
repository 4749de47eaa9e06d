"""One more house style for the layout zoo (see zoo.py): a Word dossier whose every table
was pasted in from Excel as it prints (held out: scored before the reader knew of it).

- budget: the prose written in Word with its 2016 defaults, the tables pasted from the
          applicant's budget workbook. Portrait A4, margins 2.5 cm all round (a 16 cm text
          column). The body in a Calibri-like sans (Liberation Sans, Arial's metrics; else
          DejaVu Sans) at 10pt on 12.2pt, ragged right, 8pt after each paragraph; list
          items (they keep the source's markers) as "List Paragraph": the marker at 0.63 cm,
          the text at 1.27 cm (its later lines too), 2pt between them; a character the font
          lacks ("⁴", "₂") set in DejaVu Sans on its own. Headings in Word's blue: the theme
          as an unnumbered 16pt heading where it changes (12pt above, a new page where
          less than 8 cm is left); the project title as a numbered 13pt "Heading 2" ("4
          Twents Fonds voor Vakmanschap", the project's number in the dossier's order at
          the margin, the title at 0.76 cm); each field label as a numbered 12pt "Heading 3"
          in a darker blue, numbered per project from 1 ("4.1 Naam Project", "4.2
          Partijen", the title at 1.02 cm), no space between a heading and its text. Every
          table (investment tables and those inside a field, which stay in their field) as
          Excel prints a range: a caption "Tabel N: <label>" above it in 9pt italic
          blue-grey (N counted through the dossier), then the grid in 8.5pt (smaller, down
          to 6pt, where its columns need it, as "fit all columns on one page" does): light
          grey 0.25pt gridlines round every cell, the empty ones too, including an empty
          0.4 cm column A at its left and an empty row above the header; no column letters
          or row numbers. The table's label in column B of the header, the column headers in
          C onwards, bold, left aligned, wrapped, at the cell's foot, on a light blue fill; a
          header over several columns ("Publiek") merged and centred over its members, a
          one-column header over two header lines and the label merged down over both. A
          row label in column B, wrapped; every cell at its foot (Excel's default). An
          amount that the transcription writes as a bare number (a "€ " before it or not)
          in Excel's accounting format with two decimals: "€" at the cell's left edge and
          the number at its right ("€ 1.650.000,00"), a nil ("-") as "€" and a dash set
          where the units stand ("€ -"), a negative number in parentheses ("€
          (500.000,00)"), footnote marks kept after the number ("7.500.000,00*", "-*").
          Anything else (amounts with a unit: "6,33 mln.", "€ 92,3 mln."; words; ".-")
          as typed text, left aligned, exactly as transcribed; empty cells empty. The
          Totaal row bold with a double bottom border across columns B onwards. Value
          columns one width (that of the widest amount, at least 2.3 cm) where they fit, the
          label column the rest up to 6 cm; the grid left aligned. A table breaking over
          pages is cut between rows and does not repeat its header. Under the grid "Bron:
          begroting aanvrager (Excel)" in 7pt grey, then the table's footnotes in 8pt.
          Project notes as Word footnotes at the page foot under a 5 cm rule, 8pt.
          Running header 1.25 cm from the top: "Regio Deal <name>" left, "Bijlage B" right,
          8pt grey; the page number centred in the footer. A Word contents page first: the
          transcription's heading (16pt blue), the themes at the margin and the numbered
          project titles indented 0.39 cm (number, the title at a tab), dot leaders to the
          page numbers right aligned; the transcription's page breaks are not reproduced.

The truth record holds, under "raw", the text each amount cell prints where that is not the
transcription's ("<project>|<table>|<row>|<column key>" -> "€ 1.650.000,00"), the column keys
taken from the dossier's hand-written cell list (tests/golden/<dossier>_cells.csv) by column
order; without that list, the column's 1-based number stands for its key.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate,
                                Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (FALLBACK, build_until_stable, cell_list, Doc, dossier_name, FootnoteSupport,
                         is_total, meta, page_of, para, register_fonts,
                         Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
HEAD_DIST = 1.25 * cm                 # Word's header and footer distance
COL_A = 0.4 * cm                      # the empty column A
MIN_VALUE_W = 2.3 * cm
MAX_LABEL_W = 6.0 * cm
MIN_LABEL_W = 3.2 * cm
PAD = 2.5                              # cell padding (Excel's indent of the text)
INK = colors.black
BLUE = colors.HexColor("#2F5496")       # Word 2016: Heading 1 and 2
DARK_BLUE = colors.HexColor("#1F3763")  # Heading 3
CAPTION = colors.HexColor("#44546A")
GREY = colors.HexColor("#595959")
GRIDLINE = colors.HexColor("#BFBFBF")
HEAD_FILL = colors.HexColor("#DDEBF7")

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_FACES = {"BgSans": ("LiberationSans-Regular.ttf", "DejaVuSans"),
          "BgSans-Bold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold"),
          "BgSans-Italic": ("LiberationSans-Italic.ttf", "DejaVuSans-Oblique")}

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NUMBER = re.compile(r"(?:€\s?)?(-?)(\d{1,3}(?:\.\d{3})*|\d+)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _fonts() -> tuple[str, str, str]:
    """Liberation Sans (regular, bold, italic) where installed, else DejaVu Sans; a
    character the face lacks ("⁴", "₂") is set in DejaVu Sans."""
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    if "DejaVuSans-Oblique" not in have:
        pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", "/usr/share/fonts/truetype/dejavu/"
                                                             "DejaVuSans-Oblique.ttf"))
    if not all((_LIBERATION / f).is_file() for f, _ in _FACES.values()):
        return "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    return tuple(_FACES)


def accounting(text: str) -> tuple[str, str] | None:
    """The cell in Excel's accounting format as (sign, number) where the transcription
    writes a bare number or a nil ("1.650.000" -> ("€", "1.650.000,00"), "-" -> ("€", "-"),
    "-500.000" -> ("€", "(500.000,00)"), "7.500.000*" -> ("€", "7.500.000,00*")); None for
    a text cell."""
    core = text.rstrip(_MARKS)
    marks = text[len(core):]
    if core == "-":
        return "€", "-" + marks
    m = _NUMBER.fullmatch(core)
    if not m:
        return None
    number = f"{m.group(2)},00"
    return "€", (f"({number})" if m.group(1) else number) + marks


class _Amount(Flowable):
    """An accounting-format cell: the sign flush left, the number flush right (a nil's
    dash where the units stand, the width of ",00" in from the edge)."""

    def __init__(self, sign, number, font, size, rec):
        super().__init__()
        self.sign, self.number, self.font, self.size, self.rec = sign, number, font, size, rec

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.size * 1.22

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        base = self.size * 0.25
        c.drawString(0, base, self.sign)
        right = self.aW
        if self.number.startswith("-"):
            right -= stringWidth(",00", self.font, self.size)
        c.drawRightString(right, base, self.number)
        c.restoreState()
        if self.rec:
            self.rec(self.canv.getPageNumber())


class _TocEntry(Flowable):
    """A Word contents entry: (number at `indent`,) the text at a tab, dot leaders to the
    page number at the right margin."""

    def __init__(self, number, text, page, style, indent, tab):
        super().__init__()
        self.number, self.page, self.st, self.indent, self.tab = number, page, style, indent, tab
        self.p = para(text, style)

    def wrap(self, aW, aH):
        self.aW = aW
        self.text_w = aW - self.tab - 30
        self.h = self.p.wrap(self.text_w, aH)[1]
        return aW, self.h + self.st.spaceAfter

    def draw(self):
        c, st = self.canv, self.st
        y0 = self.st.spaceAfter
        self.p.drawOn(c, self.tab, y0)
        bl = self.p.blPara
        extra = bl.lines[-1][0] if bl.kind == 0 else bl.lines[-1].extraSpace
        base = y0 + self.h - st.fontSize - (len(bl.lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(INK)
        if self.number:
            c.drawString(self.indent, y0 + self.h - st.fontSize, self.number)
        page_w = stringWidth(self.page, st.fontName, st.fontSize)
        dot = stringWidth(".", st.fontName, st.fontSize)
        x0 = self.tab + self.text_w - extra + 3
        x1 = self.aW - page_w - 3
        count = max(0, int((x1 - x0) / dot))
        c.drawString(x1 - count * dot, base, "." * count)
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


def _column_keys(dossier: source.Dossier) -> dict[tuple[str, int], list[str]]:
    """(project title, table index) -> the column keys of the dossier's cell list (hand-written,
    or a generated dossier's own: cell_list), in column order; {} where there is none."""
    keys: dict[tuple[str, int], list[str]] = {}
    for g in cell_list(dossier):
        cols = keys.setdefault((g["project"], int(g["table"])), [])
        if g["column"] not in cols:
            cols.append(g["column"])
    return keys


class _BudgetTruth(Truth):
    """The truth record with the raw text of every cell printed otherwise."""

    def __init__(self, dossier):
        super().__init__(dossier, "budget")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _fits(t: source.Table, fonts, size, width):
    """Column widths [A, B, values...] of table `t` at `size`, or None where the value
    columns leave the label column less than its minimum."""
    sans, bold, _ = fonts
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:  # wrapped: its widest word
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, bold, size) for w in h.text.split()), default=0.0))
    for body in t.rows:
        font = bold if is_total(body[0]) else sans
        for c, text in enumerate(body[1:]):
            acc = accounting(text)
            if acc:  # a nil's dash stands the width of ",00" in from the edge
                w = stringWidth(acc[0], font, size) + size + stringWidth(acc[1], font, size) \
                    + (stringWidth(",00", font, size) if acc[1].startswith("-") else 0.0)
            else:
                full = stringWidth(text, font, size)
                widest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
                w = min(full, max(widest, 70.0))
            need[c] = max(need[c], w)
    need = [w + 2 * PAD + 1 for w in need]
    rest = width - COL_A
    uniform = max(max(need), MIN_VALUE_W)
    if rest - n * uniform >= MIN_LABEL_W:
        values = [uniform] * n
    elif rest - sum(need) >= MIN_LABEL_W:
        values = need
    else:
        return None
    label = min(MAX_LABEL_W, rest - sum(values))
    return [COL_A, label] + values


def _excel_table(t, number, st, fonts, rec, width, raw_of) -> list:
    """Caption, the pasted range, its source line and footnotes. `raw_of(row, column)`
    records a cell's printed text where it is not the transcription's."""
    sans, bold, _ = fonts
    size = 8.5
    widths = _fits(t, fonts, size, width)
    while widths is None and size > 6.0:
        size -= 0.25
        widths = _fits(t, fonts, size, width)
    if widths is None:
        widths = _fits(t, fonts, size, 1e6)
        k = (width - COL_A) / (sum(widths) - COL_A)
        widths = [COL_A] + [w * k for w in widths[1:]]
    lead = size * 1.22

    def cell_style(name, font, **kw):
        return ParagraphStyle(f"bg-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              textColor=INK, **kw)

    text, text_b = cell_style("tc", sans), cell_style("tcb", bold)
    head, group = cell_style("th", bold), cell_style("tg", bold, alignment=TA_CENTER)

    n, lines = t.columns, len(t.header)
    grid = [[""] * (n + 2) for _ in range(1 + lines)]   # row 1 empty, then the header
    spans = []
    grid[1][1] = para(t.label, head, rec)
    if lines > 1:
        spans.append(((1, 1), (1, lines)))
    for h in t.header_cells():
        grid[1 + h.line][1 + h.column] = para(h.text, group if h.columns > 1 else head, rec)
        c1, r1 = 1 + h.column + h.columns - 1, 1 + h.line + h.lines - 1
        if (c1, r1) != (1 + h.column, 1 + h.line):
            spans.append(((1 + h.column, 1 + h.line), (c1, r1)))
    totals = []
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        if total:
            totals.append(len(grid))
        font = bold if total else sans
        row = ["", para(body[0], text_b if total else text, rec)]
        for c, cell in enumerate(body[1:]):
            acc = accounting(cell)
            if acc is None:
                row.append(para(cell, text_b if total else text, rec) if cell else "")
                continue
            printed = " ".join(acc)
            if printed != cell:
                raw_of(i, c, printed)
            row.append(_Amount(*acc, font, size, rec))
        grid.append(row)

    cmds = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("GRID", (0, 0), (-1, -1), 0.25, GRIDLINE),
            ("BACKGROUND", (1, 1), (-1, lines), HEAD_FILL),
            ("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEBELOW", (1, r), (-1, r), 0.5, INK, None, None, None, 2, 1.2) for r in totals]
    heights = [lead + 3.5] + [None] * (len(grid) - 1)
    table = Table(grid, colWidths=widths, rowHeights=heights, style=TableStyle(cmds),
                  hAlign="LEFT")
    caption = para(f"Tabel {number}: {t.label}", st["caption"], rec)
    caption.keepWithNext = 1
    out = [caption, table, para("Bron: begroting aanvrager (Excel)", st["bron"], rec)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_budget(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, italic = fonts

    def style(name, font=sans, size=10.0, leading=12.2, **kw):
        return ParagraphStyle(f"bg-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=8),
        "item": style("item", leftIndent=1.27 * cm, bulletIndent=0.63 * cm, bulletFontName=sans,
                      bulletFontSize=10, spaceAfter=2),
        "h1": style("h1", sans, 16, 19.5, textColor=BLUE, spaceBefore=12, spaceAfter=4,
                    keepWithNext=1),
        "h2": style("h2", sans, 13, 16, textColor=BLUE, spaceBefore=10, spaceAfter=2,
                    leftIndent=0.76 * cm, bulletIndent=0, bulletFontName=sans,
                    bulletFontSize=13, keepWithNext=1),
        "h3": style("h3", sans, 12, 14.6, textColor=DARK_BLUE, spaceBefore=6,
                    leftIndent=1.02 * cm, bulletIndent=0, bulletFontName=sans,
                    bulletFontSize=12, keepWithNext=1),
        "caption": style("caption", italic, 9, 11, textColor=CAPTION, spaceBefore=4,
                         spaceAfter=3),
        "bron": style("bron", sans, 7, 8.5, textColor=GREY, spaceBefore=2),
        "tfoot": style("tfoot", sans, 8, 9.8, spaceBefore=2),
        "note": style("note", sans, 8, 9.8, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": style("toch", sans, 16, 19.5, textColor=BLUE, spaceAfter=10),
        "toc": style("toc", sans, 10, 12.2, spaceAfter=5),
    }
    name = dossier_name(dossier)
    running = f"Regio Deal {name}".strip()
    keys = _column_keys(dossier)
    table_no = {id(t): k for k, t in enumerate(
        (t for pr in dossier.projects for t in pr.tables()), 1)}

    def once(info):
        truth = _BudgetTruth(dossier)
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "budget"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN, HEIGHT - HEAD_DIST - 8, running)
            canv.drawRightString(WIDTH - MARGIN, HEIGHT - HEAD_DIST - 8, "Bijlage B")
            canv.setFillColor(INK)
            canv.setFont(sans, 10)
            canv.drawCentredString(WIDTH / 2, HEAD_DIST, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        last = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                story.append(_TocEntry("", pr.theme, page_of(info, p), st["toc"], 0, 0))
            story.append(_TocEntry(str(p + 1), pr.title, page_of(info, p), st["toc"],
                                   0.39 * cm, 0.39 * cm + 0.78 * cm))
        story.append(PageBreak())

        last = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last:
                last = pr.theme
                story += [CondPageBreak(8 * cm), para(pr.theme, st["h1"], rec)]
            else:
                story.append(CondPageBreak(4 * cm))
            story.append(para("", st["h2"], truth.heading(p),
                              markup=f"<bullet>{p + 1}</bullet>{escape(pr.title)}"))
            tables = list(pr.tables())

            def place(t, p=p, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(row, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = printed

                return _excel_table(t, table_no[id(t)], st, fonts, rec, FW, raw_of)

            story += _fields(pr, p, st, rec, foot, place)
        doc.build(story)
        return truth

    return build_until_stable(once)


def _markup(text: str, font: str) -> str | None:
    """Markup for `text` with each character `font` lacks ("⁴", "₂") in its stand-in, as
    Word substitutes a font for single characters; None where `font` has them all."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs or all(ord(ch) in glyphs for ch in text):
        return None
    stand_in = FALLBACK.get(font, "DejaVuSans")
    return "".join(escape(ch) if ord(ch) in glyphs else f'<font name="{stand_in}">{escape(ch)}</font>'
                   for ch in text)


def _text(text: str, style: ParagraphStyle, rec=None):
    markup = _markup(text, style.fontName)
    return para(text, style, rec) if markup is None else para("", style, rec, markup=markup)


def _item(text: str, st, rec):
    """A list item as "List Paragraph": its marker hanging, the text at the tab after it."""
    m = _LIST_ITEM.match(text)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    return para("", st["item"], rec,
                markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _fields(pr: source.Project, p: int, st, rec, foot, place) -> list:
    """The project's fields under numbered "Heading 3" labels, tables where they stand; a
    paragraph holding a note's mark carries the note to its page's foot (notes whose mark
    is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    k = 0
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += place(row)
            continue
        k += 1
        story.append(para("", st["h3"], rec,
                          markup=f"<bullet>{p + 1}.{k}</bullet>{escape(row.label)}"))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += place(item)
                continue
            q = _item(item, st, rec) if _LIST_ITEM.match(item) else _text(item, st["body"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story
