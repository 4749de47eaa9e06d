"""One more house style for the layout zoo (see zoo.py), held out: the proposals bound as a
ministry's financial appendix, in the manner of the Rijksbegroting's "Financiële bijlage",
whose tables carry the apparatus of government finance tables (captions with a unit phrase,
column numbers with a sum formula, row numbers, a diagonally split corner cell).

- govtable: A4 portrait, margins 2.8 cm left, 2.2 cm right, 2.5 cm top, 2.2 cm bottom (a
          16 cm text column). DejaVu Sans (standing in for RijksoverheidSans) 9.5pt on 13pt,
          ragged right, 5pt after a paragraph; a list item keeps the source's marker (as
          text) and hangs on it.
          THE LINT: a blue (#154273) band 0.9 cm wide down the whole left page edge, on every
          page, with "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties" in 7.5pt
          white, turned 90 degrees (reading upwards), starting 2.5 cm above the page foot.
          Running header 1.4 cm from the top in 7.5pt grey: "Bijlage 1 Regio Deal <Name>" at
          the text column's left edge, "Financiële bijlage" right-aligned at its right edge.
          Footer: the page number alone, 8pt, centred under the text column, 1.2 cm above
          the page foot.
          NUMBERED HEADINGS with a HANGING number: each theme (in order of first appearance)
          is a chapter "<k> <theme>" in 13pt bold; each project "<k>.<j> <title>" in 11pt
          bold. The number is a text object of its own set 1.15 cm left of the text column
          (in the left margin, clear of the lint), the title starts at the text column and
          wraps there. A chapter heading wants 8 cm of the page, a project heading 6 cm
          (more where the project opens with a table: room for the table's start too, see
          below), else they go to the next page. Projects flow on.
          FIELD LABELS in 9.5pt bold italic (DejaVu Sans Bold Oblique) on their own line (7pt
          above, kept with what follows), the field's paragraphs under them; a table inside a
          field stands in its field where the transcription places it, in the table style.
          FUNDING TABLES (a table with at least one amount in it) across the text column in
          8pt on 10pt (7.5pt, then 7pt, where the value columns do not fit at 8pt):
            * a CAPTION above, "Tabel <k>.<j>.<t> <table label> (bedragen x € 1)" in 8.5pt
              bold, <t> counting the project's tables (nested ones too) from 1; the unit
              phrase is fixed (the figures are euros, scale 1), whatever the cells write,
              and set with no-break spaces (it wraps as a whole);
            * the HEADER as transcribed, bold: single headers right-aligned over their
              column, a group ("Publiek") centred over its members, a header with nothing
              under it spanning the header's lines; the header's lines bottom-aligned;
            * under the header a row of COLUMN NUMBERS in 7pt italic, right-aligned: "(1)",
              "(2)", ... for the value columns in order; over the Totaal column (a header
              starting "Totaal"/"Total") a sum formula of the columns before it,
              "(7)=(1)+...+(6)" (written out for two: "(3)=(1)+(2)"; "(2)=(1)" for one), or
              just "(1)" where the Totaal column comes first; the corner of that row empty;
            * the CORNER CELL over the row numbers and row labels, through all header lines,
              split by a 0.5pt DIAGONAL from its top-left to its bottom-right corner:
              "Financier" (bold, the table's size) in its top right, the table's own label
              (bold, wrapping within 62% of the corner's width) in its bottom left, clear of
              the diagonal (the header lines grow to make room); a table without a label
              gets the diagonal and "Financier" only;
            * ROW NUMBERS: a narrow first column (0.6 cm) with "1", "2", ... in grey for
              the body rows, none for the total row (a row whose label starts "Totaal"/
              "Total"); the row label in the second column, wrapping; the figures as
              transcribed ("1.650.000", "6,33 mln.", "€ 2,8 mln.", "-", "750.000*"),
              right-aligned where a column holds only amounts and nils, else left-aligned;
            * value columns of equal width where they fit beside the label column's
              minimum (28% of the text column): as wide as the widest figure, header (on
              two lines at most) or column number of any of them needs, a Totaal column
              wider where its formula needs it; else each column its own need; where even
              that does not fit at 7pt, the columns share the room in proportion. The label
              column takes the rest;
            * RULES of 0.5pt: horizontal above the table, under it and between all rows
              (not inside a cell spanning rows); VERTICAL only between the row-label column
              and the figures and before the Totaal column; the total row bold on a light
              blue (#D9E6F2) fill;
            * under the table "Bron: projectaanvraag" in 7pt, then the table's footnotes in
              7pt.
          A table starts on a page only where its caption, header lines, column-number row
          and first body row fit (a field label that opens with the table goes with them),
          else on the next page; it breaks where the page is full (the transcription's page
          breaks are not followed), its header lines and column-number row repeated at the
          top of the next page (a table's last row, its total, may stand there alone).
          OTHER TABLES (no amount in any value cell: a milestone table "Mijlpaal | Gereed |
          Trekker") get the same rules, row numbers and "Bron" line, but their caption has
          no unit phrase, there is no column-number row and the corner holds the table's
          label alone, without diagonal and "Financier".
          Project notes at the end of the project in 8pt, each "<mark> <text>".

Every cell is printed as transcribed (an empty one not at all): the truth has no "raw". The row numbers, the column
numbers and the caption are apparatus outside the transcription's rows and columns; a
project runs from its heading's page to the page of its last field text, table cell,
"Bron" line, footnote or note.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (FONT_DIR, Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.8 * cm, 2.2 * cm, 2.5 * cm, 2.2 * cm
FW = WIDTH - LEFT - RIGHT
LINT_W = 0.9 * cm
HANG = 1.15 * cm  # the heading number's distance left of the text column

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ITALIC, BOLD_ITALIC = "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"
LINT_BLUE = colors.HexColor("#154273")
TOTAL_FILL = colors.HexColor("#D9E6F2")
GREY = colors.HexColor("#555555")

MINISTRY = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
BIJLAGE = 1
UNIT = "(bedragen\u00a0x\u00a0€\u00a01)"  # no-break spaces: the phrase is never split
CORNER_HEAD = "Financier"
SOURCE_LINE = "Bron: projectaanvraag"

TSIZES = (8.0, 7.5, 7.0)  # the table type, a step smaller where the columns do not fit
NUM_SIZE = 7.0
PAD = 3.0
RULE = 0.5
ROWNO_W = 0.6 * cm
LABEL_MIN = 0.28  # of the text column
CORNER_TEXT = 0.62  # the corner label's wrapping width, of the corner's width
GAP = 3.0  # between the corner's texts and its diagonal

# An amount as the proposals write them ("1.650.000", "€ 2,8 mln.", "36,5 mln.", "750.000*",
# "EUR 3.000"), and a nil ("-", ".-", "0", "-*").
_AMOUNT = re.compile(r"(?:€|EUR)?\s*-?\d[\d.]*(?:,\d+)?\s*(?:mln\.?|miljoen)?")
_NIL = re.compile(r"[.,]?-|0")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰"


def _amount_like(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text.strip().rstrip(_MARKS).strip()))


def _figure(text: str) -> bool:
    """An amount, a nil or nothing: what a right-aligned figures column holds."""
    s = text.strip().rstrip(_MARKS).strip()
    return not s or bool(_NIL.fullmatch(s)) or _amount_like(text)


def _fonts() -> None:
    """DejaVu Sans and its obliques (the bold italic labels, the italic column numbers)."""
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    for name in (ITALIC, BOLD_ITALIC):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


def _styles() -> dict:
    def st(name, font=SANS, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"gt-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "h1": st("h1", BOLD, 13, 17, spaceBefore=16, spaceAfter=6),
        "h2": st("h2", BOLD, 11, 14.5, spaceBefore=12, spaceAfter=5),
        "label": st("label", BOLD_ITALIC, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", spaceAfter=5, leftIndent=14, bulletIndent=0, bulletFontName=SANS),
        "caption": st("caption", BOLD, 8.5, 11, spaceBefore=9, spaceAfter=4),
        "colno": st("colno", ITALIC, NUM_SIZE, 9, alignment=TA_RIGHT),
        "colno_l": st("colnol", ITALIC, NUM_SIZE, 9, alignment=TA_LEFT),
        "bron": st("bron", SANS, 7, 9, spaceBefore=3),
        "tfoot": st("tfoot", SANS, 7, 9, spaceBefore=1),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


def _cell_styles(size: float) -> dict:
    def st(name, font, align=TA_LEFT, **kw):
        return ParagraphStyle(f"gt-{name}-{size}", fontName=font, fontSize=size,
                              leading=size * 1.25, alignment=align, **kw)

    return {"th": st("th", BOLD, TA_RIGHT), "th_l": st("thl", BOLD), "th_c": st("thc", BOLD, TA_CENTER),
            "corner": st("corner", BOLD), "rowno": st("rowno", SANS, textColor=GREY),
            "td": st("td", SANS), "td_b": st("tdb", BOLD),
            "ta": st("ta", SANS, TA_RIGHT), "ta_b": st("tab", BOLD, TA_RIGHT)}


class _Heading(Flowable):
    """A numbered heading: the number a paragraph of its own hanging HANG left of the text
    column, the title (which reports its page) at the column, their first lines level."""

    def __init__(self, number: str, title, style):
        super().__init__()
        self.number = para(number, style)
        self.title = title
        self.style = style
        self.keepWithNext = 1
        self.spaceBefore, self.spaceAfter = style.spaceBefore, style.spaceAfter

    def wrap(self, aW, aH):
        _, self.h = self.title.wrap(aW, aH)
        return aW, self.h

    def draw(self):
        text = self.number._text
        _, nh = self.number.wrap(LEFT, 1e6)
        # a wide number ("12.10") keeps 4pt clear of the title
        width = stringWidth(text, font_for(text, self.style.fontName), self.style.fontSize)
        self.number.drawOn(self.canv, -max(HANG, width + 4), self.h - nh)
        self.title.drawOn(self.canv, 0, 0)


class _Corner(Flowable):
    """The corner cell's content: takes the room the diagonal split needs; the drawing is
    done by `_paint_corner`, which knows the whole cell's rectangle."""

    def __init__(self, label, width: float, style):
        super().__init__()
        self.label, self.cw, self.style = label, width, style

    def _label_box(self) -> tuple[float, float]:
        if self.label is None:
            return 0.0, 0.0
        self.label.wrap(self.cw * CORNER_TEXT - PAD, 1e6)
        widths = self.label.getActualLineWidths0() or [0.0]
        return max(widths), self.label.height

    def need(self) -> float:
        """The cell height at which "Financier" (top right) and the label (bottom left)
        both stay clear of the diagonal from top-left to bottom-right."""
        w = self.cw
        fw = stringWidth(CORNER_HEAD, self.style.fontName, self.style.fontSize)
        h = (PAD + self.style.leading + GAP) * w / max(w - PAD - fw - GAP, 1)
        lw, lh = self._label_box()
        if self.label is not None:
            h = max(h, (PAD + lh + GAP) * w / max(w - PAD - lw - GAP, 1))
        return max(h, 2 * self.style.leading + 2 * PAD + GAP)

    def wrap(self, aW, aH):
        return min(aW, self.cw), self.need()

    def draw(self):
        pass


def _paint_corner(table, event, *args):
    """Table render hook: the diagonal, "Financier" and the label over the corner cell."""
    if event != "startCell":
        return
    value = args[2]  # a cell's flowables, as the table holds them: a tuple
    corner = next((v for v in (value if isinstance(value, (tuple, list)) else (value,))
                   if isinstance(v, _Corner)), None)
    if corner is None:
        return
    (x, y), (w, h) = args[4], args[5]
    c = table.canv
    c.saveState()
    c.setLineWidth(RULE)
    c.line(x, y + h, x + w, y)
    st = corner.style
    c.setFillColor(colors.black)
    c.setFont(st.fontName, st.fontSize)
    c.drawRightString(x + w - PAD, y + h - PAD - st.fontSize, CORNER_HEAD)
    c.restoreState()
    if corner.label is not None:
        corner._label_box()
        corner.label.drawOn(c, x + PAD, y + PAD)


def _column_numbers(t: source.Table) -> list[str]:
    """"(1)", "(2)", ... and over the Totaal column the sum of the columns before it."""
    placed = t.header_cells()
    out = []
    for c in range(1, t.columns + 1):
        own = [h for h in placed if h.column == c and h.columns == 1]
        total = any(is_total(h.text) for h in own)
        if total and c == 2:
            out.append("(2)=(1)")
        elif total and c == 3:
            out.append("(3)=(1)+(2)")
        elif total and c > 3:
            out.append(f"({c})=(1)+...+({c - 1})")
        else:
            out.append(f"({c})")
    return out


def _total_columns(t: source.Table) -> list[int]:
    return [h.column for h in t.header_cells() if h.columns == 1 and is_total(h.text)]


def _needs(t: source.Table, numbers: list[str] | None, size: float) -> list[float]:
    """What each value column wants at type size `size`: its widest figure, header (on two
    lines at most) or column number; words wrap (their longest word, or a third of them)."""
    need = [0.0] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            words = max((stringWidth(w, BOLD, size) for w in h.text.split()), default=0.0)
            want = max(words, stringWidth(h.text, BOLD, size) / 2)
            need[h.column - 1] = max(need[h.column - 1], want + 2 * PAD + 1)
    for body in t.rows:
        font = BOLD if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:t.columns + 1]):
            want = stringWidth(text, font, size)
            if not _figure(text):
                want = max(max((stringWidth(w, font, size) for w in text.split()), default=0.0), want / 3)
            need[c] = max(need[c], want + 2 * PAD + 1)
    for c, text in enumerate(numbers or []):
        need[c] = max(need[c], stringWidth(text, ITALIC, NUM_SIZE) + 2 * PAD + 1)
    return need


def _widths(t: source.Table, numbers: list[str] | None) -> tuple[float, list[float]]:
    """The table's type size and its columns [row number, label, values...]: the largest size
    at which the value columns fit beside the label's minimum, all as wide as the widest of
    them (a Totaal column with its formula wider where it must) or else each its own need;
    at the smallest size they share the room in proportion. The label takes the rest."""
    room = FW - ROWNO_W - LABEL_MIN * FW
    totals = {c - 1 for c in _total_columns(t)}
    for size in TSIZES:
        need = _needs(t, numbers, size)
        even = max((w for c, w in enumerate(need) if c not in totals), default=0.0)
        values = [max(w, even) if c in totals else even for c, w in enumerate(need)]
        if sum(values) > room:
            values = need
        if sum(values) <= room:
            break
    else:
        values = [w * room / sum(need) for w in need]
    return size, [ROWNO_W, FW - ROWNO_W - sum(values)] + values


def _head(t: source.Table, widths, figures, numbers, st, rec) -> tuple[list, list]:
    """The table's header lines (under the split corner where `numbers`, the column numbers
    of a funding table, are given; they make the row under them) and the table's rules."""
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 2) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), RULE, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEAFTER", (1, 0), (1, -1), RULE, colors.black),
            ("SPAN", (0, 0), (1, lines - 1))]
    for c in _total_columns(t):
        cmds.append(("LINEBEFORE", (1 + c, 0), (1 + c, -1), RULE, colors.black))
    label = para(t.label, st["corner"], rec) if t.label.strip() else None
    if numbers:
        rows[0][0] = _Corner(label, widths[0] + widths[1], st["corner"])
        cmds += [("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 0),
                 ("TOPPADDING", (0, 0), (0, 0), 0), ("BOTTOMPADDING", (0, 0), (0, 0), 0)]
    else:
        rows[0][0] = label or ""
    for h in t.header_cells():
        style = st["th_c"] if h.columns > 1 else st["th" if figures[h.column - 1] else "th_l"]
        rows[h.line][1 + h.column] = para(h.text, style, rec)
        c1, r1 = 1 + h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (1 + h.column, h.line):
            cmds.append(("SPAN", (1 + h.column, h.line), (c1, r1)))
    if numbers:
        cmds += [("SPAN", (0, lines), (1, lines)),
                 ("TOPPADDING", (0, lines), (-1, lines), 1), ("BOTTOMPADDING", (0, lines), (-1, lines), 2)]
        rows.append(["", ""] + [para(x, st["colno" if figures[c] else "colno_l"])
                                for c, x in enumerate(numbers)])
    return rows, cmds


def _table(t: source.Table, number: str, st, rec) -> tuple[float, list]:
    """The caption, the table in the ministry's style, the "Bron" line and footnotes; and the
    room the caption, the table's head and its first row take, which the page must have for
    the table to start on it."""
    n = t.columns
    bodies = [list(b[1:n + 1]) + [""] * (n + 1 - len(b)) for b in t.rows]
    funding = any(_amount_like(c) for b in bodies for c in b if c.strip())
    numbers = _column_numbers(t) if funding else None
    size, widths = _widths(t, numbers)
    st = {**st, **_cell_styles(size)}  # the cells at the size that fits
    figures = [all(_figure(b[c]) for b in bodies) for c in range(n)]
    caption = f"Tabel {number} {t.label}".rstrip() + (f" {UNIT}" if funding else "")
    out: list = [para(caption, st["caption"], rec)]
    rows, cmds = _head(t, widths, figures, numbers, st, rec)
    head = len(rows)
    count = 0
    for body, cells in zip(t.rows, bodies):
        total = is_total(body[0])
        b = "_b" if total else ""
        if total:
            cmds.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), TOTAL_FILL))
            number_cell = ""
        else:
            count += 1
            number_cell = para(str(count), st["rowno"])
        rows.append([number_cell, para(body[0], st["td" + b], rec)]
                    + [para(x, st[("ta" if figures[c] else "td") + b], rec) if x else ""
                       for c, x in enumerate(cells)])
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, head))))
    table = Table(rows, colWidths=widths, repeatRows=head, style=TableStyle(cmds),
                  hAlign="LEFT", renderCB=_paint_corner)
    table.wrap(FW, 1e6)  # its rows' heights: the head and first row must fit where it starts
    room = (st["caption"].spaceBefore + out[0].wrap(FW, 1e6)[1] + st["caption"].spaceAfter
            + sum(table._rowHeights[:head + 1]) + 2)
    out += [table, para(SOURCE_LINE, st["bron"], rec)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return room, out + [Spacer(0, 8)]


def _themes(dossier: source.Dossier) -> OrderedDict:
    out: OrderedDict[str, int] = OrderedDict()
    for pr in dossier.projects:
        out.setdefault(pr.theme, len(out) + 1)
    return out


def _project_flow(pr: source.Project, number: str, st, rec) -> list:
    """The project's fields and tables, each table after a conditional break that keeps its
    start (and the label of a field that opens with it) together."""
    body: list = []
    tables = 0
    for row in pr.rows:
        if isinstance(row, source.Table):
            tables += 1
            room, flow = _table(row, f"{number}.{tables}", st, rec)
            body += [CondPageBreak(room), *flow]
            continue
        label = para(row.label, st["label"], rec)
        opens = bool(row.content) and isinstance(row.content[0], source.Table)
        if not opens:
            body.append(label)
        for i, item in enumerate(row.content):
            if not isinstance(item, source.Table):
                body.append(field_para(item, st["body"], st["item"], rec))
                continue
            tables += 1
            room, flow = _table(item, f"{number}.{tables}", st, rec)
            if i == 0:  # the label goes with the table it opens with
                room += st["label"].spaceBefore + label.wrap(FW, 1e6)[1] + st["label"].spaceAfter
                flow = [label, *flow]
            body += [CondPageBreak(room), *flow]
    return body


def render_govtable(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)
    left_head = f"Bijlage {BIJLAGE} Regio Deal {name}".rstrip()
    themes = _themes(dossier)

    def furniture(canv, doc):
        canv.saveState()
        canv.setFillColor(LINT_BLUE)
        canv.rect(0, 0, LINT_W, HEIGHT, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(SANS, 7.5)
        canv.translate(LINT_W / 2 + 2.7, 2.5 * cm)
        canv.rotate(90)
        canv.drawString(0, 0, MINISTRY)
        canv.restoreState()
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont(font_for(left_head, SANS), 7.5)
        canv.drawString(LEFT, HEIGHT - 1.4 * cm, left_head)
        canv.setFont(SANS, 7.5)
        canv.drawRightString(WIDTH - RIGHT, HEIGHT - 1.4 * cm, "Financiële bijlage")
        canv.setFillColor(colors.black)
        canv.setFont(SANS, 8)
        canv.drawCentredString(LEFT + FW / 2, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    def once(info):
        truth = Truth(dossier, "govtable")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "govtable"))
        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = []
        seen: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            chapter = pr.theme not in seen
            seen[pr.theme] = seen.get(pr.theme, 0) + 1
            number = f"{k}.{seen[pr.theme]}"
            heading = _Heading(number, para(pr.title, st["h2"], truth.heading(p)), st["h2"])
            body = _project_flow(pr, number, st, rec)
            # the heading wants 6 cm under it, and more where a table follows it at once
            want = 6 * cm
            if body and isinstance(body[0], CondPageBreak):
                want = max(want, body[0].height + st["h2"].spaceBefore + heading.wrap(FW, 1e6)[1]
                           + st["h2"].spaceAfter)
            if chapter:  # the chapter heading wants 8 cm, and room for the project's opening
                theme = _Heading(str(k), para(pr.theme, st["h1"]), st["h1"])
                story += [CondPageBreak(max(8 * cm, want + st["h1"].spaceBefore + theme.wrap(FW, 1e6)[1]
                                            + st["h1"].spaceAfter)), theme]
            story += [CondPageBreak(want), heading, *body]
            story += notes_at_end(pr, rec, st["note"], space=6)
        doc.build(story)
        return truth

    return build_until_stable(once)
