"""One more house style for the layout zoo (see zoo.py), held out: a design agency's report
made with a CSS grid (a Notion-like export) whose tables have no rules at all.

- tilegrid: A4 portrait, margins 2 cm top and bottom, 2.2 cm left and right; body 9.5pt
          Helvetica on 13pt in dark slate (#2B3A42), paragraphs 5pt apart (a list item
          hanging on its marker). Each project starts a new page: a small label
          "PROJECT <n>" in 8pt bold teal with 1pt letter spacing, under it the title in 18pt
          bold, a 40pt wide, 2pt high teal bar under the title. Field labels 9.5pt bold teal
          on a line of their own. Footer on every page: "<Name> Regio Deal" at the left and
          the page number at the right, 7.5pt grey.
          TABLES (investment tables and tables inside a field alike) as wide as the text,
          8pt, NO RULES AT ALL: every cell a separate pale FILLED rectangle (a tile), the
          white gaps between tiles (3pt horizontally and vertically) the only thing
          separating cells; no strokes anywhere. Header tiles filled dark teal (#1F6F78)
          with white bold text (the table's label at the left, a single value header
          right-aligned over amounts and left over words, a group header centred); body
          tiles a very light blue-grey (#EEF3F5) with dark text; the Totaal row's tiles a
          light teal (#CFE6E8), bold. Tiles padded 4pt. A group header such as "Publiek"
          is one tile spanning its members' tiles and the gaps between them, its members'
          tiles under it; a header spanning both header lines is one tall tile. Every
          tile of a row as tall as the row (its text at the top). The row-label column 34%
          of the table width, the value columns share the rest in proportion to what their
          cells need. Amounts right-aligned exactly as transcribed, row labels (and words)
          left, all wrapping inside their tile; an empty cell an empty tile. Header tiles
          repeated where a table breaks over a page. Table footnotes under the table in
          7pt; the project's notes at the end of the project in 7pt grey, each with its
          mark.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed and
the tables in the transcription's order: the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN_X, MARGIN_Y = 2.2 * cm, 2.0 * cm
FW = WIDTH - 2 * MARGIN_X

INK = colors.HexColor("#2B3A42")
TEAL = colors.HexColor("#1F6F78")
HEAD = TEAL                           # header tiles
BODY = colors.HexColor("#EEF3F5")     # body tiles
TOTAL = colors.HexColor("#CFE6E8")    # the Totaal row's tiles
GREY = colors.HexColor("#7A858B")
WHITE = colors.white

SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 9.5, 13.0
TSIZE, TLEAD = 8.0, 10.0
GAP = 3.0        # white gap between neighbouring tiles, both ways
PAD = 4.0        # text padding inside a tile
LABEL_SHARE = 0.34


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"tg-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    def t(name, font, align, colour=INK):
        return st(name, font, TSIZE, TLEAD, alignment=align, textColor=colour)

    return {
        "title": st("title", BOLD, 18, 22, keepWithNext=1),
        "label": st("label", BOLD, textColor=TEAL, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", leftIndent=12, firstLineIndent=-12, bulletIndent=0, spaceAfter=5),
        "tlabel": t("tl", BOLD, TA_LEFT, WHITE),
        "thead": t("th", BOLD, TA_RIGHT, WHITE),
        "tgroup": t("tg", BOLD, TA_CENTER, WHITE),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
        "tfoot": st("tfoot", SANS, 7, 9, spaceBefore=1),
        "note": st("note", SANS, 7, 9, textColor=GREY, spaceBefore=1),
        "note_more": st("notem", SANS, 7, 9, textColor=GREY, leftIndent=8),
    }


# --- heading -------------------------------------------------------------------------


class _Kicker(Flowable):
    """"PROJECT <n>" in small bold teal capitals, letter-spaced 1pt."""

    SIZE, SPACE = 8.0, 1.0

    def __init__(self, text, rec):
        super().__init__()
        self.text, self.rec = text, rec
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.width = stringWidth(self.text, BOLD, self.SIZE) + self.SPACE * len(self.text)
        self.height = self.SIZE + 5
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        t = c.beginText(0, 5)
        t.setFont(BOLD, self.SIZE)
        t.setCharSpace(self.SPACE)
        t.setFillColor(TEAL)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _Bar(Flowable):
    """The short teal bar under the title."""

    W, H = 40.0, 2.0

    def wrap(self, aW, aH):
        return self.W, self.H + 17  # 5pt under the title, 12pt above the first label

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        c.rect(0, 12, self.W, self.H, stroke=0, fill=1)
        c.restoreState()


# --- tile tables ---------------------------------------------------------------------


def _fill_of(value):
    """The tile colour a cell carries (reportlab may hold a cell as a list of parts)."""
    if isinstance(value, (list, tuple)):
        return next((f for f in map(_fill_of, value) if f is not None), None)
    return getattr(value, "_tile", None)


class TileTable(Table):
    """A table with no rules whose every cell (a spanned range as one) is a filled
    rectangle; a tile gives up half the gap on each side it shares with a neighbour, so
    neighbouring tiles stand GAP apart and the outer tiles reach the table's edges. The
    fill is the `_tile` attribute of the cell's flowable (split parts and repeated header
    rows keep it)."""

    def _drawBkgrnd(self):
        canv = self.canv
        cp, rp = self._colpositions, self._rowpositions
        ranges = getattr(self, "_spanRanges", None)  # only set where a table has spans
        last_c, last_r = self._ncols - 1, self._nrows - 1
        for r in range(self._nrows):
            for c in range(self._ncols):
                span = ranges.get((c, r)) if ranges else (c, r, c, r)
                if span is None:  # inside another cell's span
                    continue
                c0, r0, c1, r1 = span
                fill = _fill_of(self._cellvalues[r][c])
                if fill is None:
                    continue
                x0 = cp[c0] + (GAP / 2 if c0 > 0 else 0)
                x1 = cp[c1 + 1] - (GAP / 2 if c1 < last_c else 0)
                top = rp[r0] - (GAP / 2 if r0 > 0 else 0)
                bottom = rp[r1 + 1] + (GAP / 2 if r1 < last_r else 0)
                canv.saveState()
                canv.setFillColor(fill)
                canv.rect(x0, bottom, x1 - x0, top - bottom, stroke=0, fill=1)
                canv.restoreState()


def _tile(flowable, fill):
    flowable._tile = fill
    return flowable


def _widest_word(text, font, size=TSIZE):
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _widths(t: source.Table, width) -> list[float]:
    """The row-label column 34%; the value columns share the rest in proportion to what
    they need (their widest amount, a header on at most two lines)."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            want = max(_widest_word(h.text, BOLD), stringWidth(h.text, BOLD, TSIZE) / 2)
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        font = BOLD if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:n + 1]):
            full = stringWidth(text, font, TSIZE)
            need[c] = max(need[c], min(full, max(_widest_word(text, font), 70.0)))
    need = [w + 2 * PAD + GAP + 1 for w in need]
    label = LABEL_SHARE * width
    k = (width - label) / sum(need)
    return [label] + [w * k for w in need]


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    grid = [[_tile(para("", st["tlabel"], rec), HEAD) for _ in range(n + 1)]
            for _ in range(lines)]
    spans = []
    grid[0][0] = _tile(para(t.label, st["tlabel"], rec), HEAD)
    if lines > 1:  # the label's tile as tall as the header
        spans.append(((0, 0), (0, lines - 1)))
    # a value header sits over its column the way the column's cells do: right over
    # amounts, left over words ("Gereed" over "Q4 2024")
    numeric = [any(amount(b[c]) is not None for b in t.rows if c < len(b) and b[c].strip())
               for c in range(n + 1)]
    for h in t.header_cells():
        c0, c1, r1 = h.column, h.column + h.columns - 1, h.line + h.lines - 1
        key = "tgroup" if h.columns > 1 else "thead" if numeric[c0] else "tlabel"
        grid[h.line][c0] = _tile(para(h.text, st[key], rec), HEAD)
        if (c1, r1) != (c0, h.line):
            spans.append(((c0, h.line), (c1, r1)))
    for body in t.rows:
        total = is_total(body[0])
        fill, b = (TOTAL, "_b") if total else (BODY, "")
        row = [_tile(para(body[0], st["tbody" + b], rec), fill)]
        for c in range(n):
            text = body[1 + c] if 1 + c < len(body) else ""
            # amounts (and nils) right, words left, as a grid of text boxes sets them
            key = ("tamount" if amount(text) is not None else "tbody") + b
            row.append(_tile(para(text, st[key], rec), fill))
        grid.append(row)
    # half the gap on each inner side of a tile, then the tile's own padding
    inner = PAD + GAP / 2
    last = len(grid) - 1
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), inner), ("RIGHTPADDING", (0, 0), (-1, -1), inner),
            ("TOPPADDING", (0, 0), (-1, -1), inner), ("BOTTOMPADDING", (0, 0), (-1, -1), inner),
            ("LEFTPADDING", (0, 0), (0, -1), PAD), ("RIGHTPADDING", (-1, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, 0), PAD), ("BOTTOMPADDING", (0, last), (-1, last), PAD)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines))))
    out: list = [TileTable(grid, colWidths=_widths(t, width), repeatRows=lines,
                           style=TableStyle(cmds), hAlign="LEFT")]
    if t.footnotes:
        out.append(Spacer(0, 2))
        out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


# --- the document ----------------------------------------------------------------------


def _field(field: source.Field, st, rec) -> list:
    out: list = [para(field.label, st["label"], rec)]
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += [Spacer(0, 3), *_table(item, st, rec, FW), Spacer(0, 7)]
        else:
            out.append(field_para(item, st["body"], st["item"], rec))
    return out


def render_tilegrid(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"{dossier_name(dossier)} Regio Deal".strip()

    def once(info):
        truth = Truth(dossier, "tilegrid")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=MARGIN_Y, bottomMargin=MARGIN_Y,
                  **meta(dossier, "tilegrid"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, SANS), 7.5)
            y = MARGIN_Y - 0.9 * cm
            canv.drawString(MARGIN_X, y, footer)
            canv.drawRightString(WIDTH - MARGIN_X, y, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN_X, MARGIN_Y, FW, HEIGHT - 2 * MARGIN_Y, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            bar = _Bar()
            bar.keepWithNext = 1
            story += [_Kicker(f"PROJECT {p + 1}", truth.heading(p)),
                      para(pr.title, st["title"], truth.heading(p)), bar]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 8), *_table(row, st, rec, FW), Spacer(0, 6)]
                else:
                    story += _field(row, st, rec)
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
