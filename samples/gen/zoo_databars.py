"""One more house style for the layout zoo (see zoo.py), held out: a dashboard export (a
Power BI report, or an Excel sheet with conditional formatting) printed to PDF.

- databars: A4 LANDSCAPE, a Segoe-like sans (Helvetica) at 9pt throughout. A dark slate
          BAND across the top of every page (0.85 cm high, full page width) holding
          "Regio Deal <Name> · Dashboard projecten" in white 9pt at the left and the page
          number ("Pagina N") in a light tint at the right. Margins 1.2 cm left and right,
          the content 0.6 cm under the band, 1.0 cm from the bottom edge.
          Each project is a REPORT PAGE: it opens on a new page with its title in 16pt bold
          (dark slate; a long title wraps) and, beside the title's first line, its theme as a
          coloured PILL (a filled rounded rectangle, the theme in white 8pt bold; the themes
          coloured in order of first appearance from a fixed palette of five tones).
          FIELDS in a TWO-COLUMN GRID OF CARDS (12.7 cm each, a 0.35 cm gap; fields taken
          two by two in the transcription's order, an odd last field alone in the left slot):
          each card a light grey filled rounded rectangle (radius 5pt, no border, 8pt inner
          padding), both cards of a grid row as tall as the taller; the label in small bold
          grey CAPITALS (7pt) at the card's top, the field's paragraphs under it in 9pt on
          11.5pt, ragged right, 4pt apart (a list item hanging on its marker). A table inside a
          field stands in its card, in the funding-table look at the card's inner width.
          A project may take several pages: a card row that does not fit is split (a card's
          paragraphs continue in the same slot on the next page, without their label), and
          every later page of the project repeats the heading as "<title> (vervolg)" with the
          pill beside it.
          FUNDING TABLES (the project's investment tables) FULL WIDTH UNDER THE GRID (a
          field the transcription places after the table is in the grid too), 8.5pt, NO
          grid lines: the header line(s) bold, the table's label at the left over the row
          labels, single value headers right-aligned, a group header ("Publiek") centred
          over its members, a thin (0.8pt) dark rule under the last header line; each AMOUNT
          cell has a DATA BAR behind its number: a light blue filled rectangle from the
          cell's left edge (2pt in from the row's top and bottom) whose width is the cell's
          value over the largest value in that column of the table (the Totaal row counted)
          times the cell's width; nils ("-"), empty cells and words have no bar. The amount
          right-aligned over the bar, printed exactly as transcribed ("43,8mln.",
          "€ 2,8 mln.", "7.500.000*"); words left-aligned. The Totaal row in bold on a light
          grey band across the whole row. Header lines repeated where a table breaks over a
          page. Table footnotes under the table in 7.5pt grey; the project's notes after its
          last table in 7.5pt grey, each with its mark ("¹ Bron: ...").

The house prints every table cell as transcribed and the tables in the transcription's
order: the truth record is the plain one (no "raw", no "table_order"). A project's pages run
from its report page to the last page holding its content (continuation pages included).
"""

from __future__ import annotations

import re
from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end,
                         para, register_fonts)
from .zoo_percent import amount

WIDTH, HEIGHT = landscape(A4)
BAND_H = 0.85 * cm
MARGIN_X = 1.2 * cm
TOP = BAND_H + 0.6 * cm
BOTTOM = 1.0 * cm
FW = WIDTH - 2 * MARGIN_X
FH = HEIGHT - TOP - BOTTOM

SLATE = colors.HexColor("#2B3A4A")
BAND_TINT = colors.HexColor("#C5D0DB")
INK = colors.HexColor("#1F2933")
LABEL_GREY = colors.HexColor("#6B7480")
NOTE_GREY = colors.HexColor("#6E6E6E")
CARD = colors.HexColor("#F0F2F4")
BAR = colors.HexColor("#BFDCF3")
TOTAL_BAND = colors.HexColor("#E4E6E9")
RULE = colors.HexColor("#2F3B47")
PALETTE = [colors.HexColor(c) for c in ("#2F6FB0", "#C0504D", "#3C9D6B", "#8064A2", "#D08A1E")]

SANS, BOLD = "Helvetica", "Helvetica-Bold"
COL_GAP = 0.35 * cm
ROW_GAP = 8.0
PAD = 8.0
RADIUS = 5.0
CARD_W = (FW - COL_GAP) / 2
INNER = CARD_W - 2 * PAD
HEAD_GAP = 10.0  # under the heading

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles() -> dict:
    def st(name, font=SANS, size=9, leading=11.5, **kw):
        return ParagraphStyle(f"db-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts, tl = 8.5, 10.5
    return {
        "title": st("title", BOLD, 16, 19.5, textColor=SLATE),
        "label": st("label", BOLD, 7, 9, textColor=LABEL_GREY),
        "body": st("body", textColor=INK),
        "item": st("item", textColor=INK, leftIndent=12, firstLineIndent=-12),
        "tlabel": st("tl", BOLD, ts, tl, textColor=INK),
        "thead": st("th", BOLD, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, ts, tl, textColor=INK, alignment=TA_CENTER),
        "tbody": st("tb", SANS, ts, tl, textColor=INK),
        "tbody_b": st("tbb", BOLD, ts, tl, textColor=INK),
        "tamount": st("ta", SANS, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "ttext": st("tt", SANS, ts, tl, textColor=INK, alignment=TA_LEFT),
        "ttext_b": st("ttb", BOLD, ts, tl, textColor=INK, alignment=TA_LEFT),
        "note": st("note", SANS, 7.5, 9.5, textColor=NOTE_GREY, spaceBefore=2),
        "note_more": st("notem", SANS, 7.5, 9.5, textColor=NOTE_GREY, leftIndent=8),
    }


def _themes(dossier) -> OrderedDict:
    out: OrderedDict = OrderedDict()
    for pr in dossier.projects:
        out.setdefault(pr.theme, len(out))
    return out


# --- heading -------------------------------------------------------------------------


class _Pill(Flowable):
    """The theme in white 8pt bold on a filled rounded rectangle."""

    SIZE, PADX, H = 8.0, 7.0, 15.0

    def __init__(self, text, fill, rec=None):
        super().__init__()
        self.text, self.fill, self.rec = text, fill, rec
        self.font = font_for(text, BOLD)

    def wrap(self, aW, aH):
        self.width = stringWidth(self.text, self.font, self.SIZE) + 2 * self.PADX
        self.height = self.H
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.fill)
        c.roundRect(0, 0, self.width, self.height, self.height / 2, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.font, self.SIZE)
        c.drawString(self.PADX, (self.height - self.SIZE * 0.7) / 2, self.text)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _Heading(Flowable):
    """The title (wrapping if need be) with the theme pill beside its first line."""

    def __init__(self, title_p, pill):
        super().__init__()
        self.title_p, self.pill = title_p, pill

    def wrap(self, aW, aH):
        pw, ph = self.pill.wrap(aW, aH)
        style = self.title_p.style
        natural = stringWidth(self.title_p._text or "", style.fontName, style.fontSize)
        self.tw = min(natural + 1, aW - pw - 12)
        th = self.title_p.wrap(self.tw, aH)[1]
        widths = self.title_p.getActualLineWidths0() or [natural]
        self.first_line = widths[0]
        self.th = th
        self.height = max(th, ph) + HEAD_GAP
        self.width = aW
        return aW, self.height

    def draw(self):
        c = self.canv
        body = self.height - HEAD_GAP
        self.title_p.drawOn(c, 0, body - self.th)
        lead = self.title_p.style.leading
        # the pill centred on the first line of the title
        y = body - lead / 2 - self.pill.height / 2 - 1
        self.pill.drawOn(c, self.first_line + 12, y)


def _heading(pr, colour, st, rec, suffix="") -> _Heading:
    return _Heading(para(pr.title + suffix, st["title"], rec), _Pill(pr.theme, colour, rec))


# --- funding tables with data bars ---------------------------------------------------------


def _bar_of(value):
    """The bar fraction a cell carries (reportlab may hold a cell as a list of parts)."""
    if isinstance(value, (list, tuple)):
        return next((f for f in map(_bar_of, value) if f is not None), None)
    return getattr(value, "_bar", None)


class BarTable(Table):
    """A table without rules in which an amount cell draws a data bar behind its text: a
    filled rectangle from the cell's left edge, its width the `_bar` fraction of the cell's
    width (carried by the cell's paragraph, so split parts keep their bars)."""

    def _drawBkgrnd(self):
        super()._drawBkgrnd()
        canv = self.canv
        cp, rp = self._colpositions, self._rowpositions
        for r in range(self._nrows):
            for c in range(self._ncols):
                frac = _bar_of(self._cellvalues[r][c])
                if not frac:
                    continue
                x, y = cp[c], rp[r + 1]
                w, h = cp[c + 1] - cp[c], rp[r] - rp[r + 1]
                canv.saveState()
                canv.setFillColor(BAR)
                canv.rect(x, y + 2, w * frac, h - 4, stroke=0, fill=1)
                canv.restoreState()


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, RULE)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    # the largest value of each column (every body row, the Totaal row too)
    cells = [list(body[1:]) + [""] * (n + 1 - len(body)) for body in t.rows]
    values = [[amount(c) for c in row] for row in cells]
    top = [max((v[c] for v in values if v[c] is not None), default=None) for c in range(n)]
    for body, row_cells, row_values in zip(t.rows, cells, values):
        bold = is_total(body[0])
        if bold:
            r = len(rows)
            cmds.append(("BACKGROUND", (0, r), (-1, r), TOTAL_BAND))
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for c, (text, v) in enumerate(zip(row_cells, row_values)):
            key = ("tamount" if v is not None else "ttext") + ("_b" if bold else "")
            p = para(text, st[key], rec)
            if v is not None and v > 0 and top[c] and top[c] > 0:
                p._bar = float(v / top[c])
            row.append(p)
        rows.append(row)
    label = max(0.25 * width, min(0.4 * width, width - n * 72))
    widths = [label] + [(width - label) / n] * n
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [BarTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                          hAlign="LEFT")]
    out += [para(f, st["note"], rec) for f in t.footnotes]
    return out


# --- the card grid -----------------------------------------------------------------


def _card_items(field: source.Field, st, rec) -> list:
    """(flowable, gap after) for one card: the label, then the field's content."""
    label = para(field.label.upper(), st["label"], rec)
    label._is_label = True
    items = [(label, 3.0)]
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            items += [(f, 4.0) for f in _table(item, st, rec, INNER)]
        else:
            items.append((para(item, st["item" if _LIST_ITEM.match(item) else "body"], rec), 4.0))
    return items


def _height(items) -> float:
    if not items:
        return 0.0
    return sum(f.wrap(INNER, 1e6)[1] + g for f, g in items) - items[-1][1]


def _fit(items, height):
    """The items that fit in `height` (the one that does not split where it can), the rest;
    a label is not left alone at the foot of a card part."""
    first, used = [], 0.0
    for i, (f, gap) in enumerate(items):
        h = f.wrap(INNER, 1e6)[1]
        if used + h <= height:
            first.append((f, gap))
            used += h + gap
            continue
        room = height - used
        parts = f.split(INNER, room) if room > 12 else []
        if len(parts) > 1:
            first.append((parts[0], gap))
            rest = [(q, gap) for q in parts[1:]] + list(items[i + 1:])
        else:
            rest = list(items[i:])
        break
    else:
        rest = []
    while first and getattr(first[-1][0], "_is_label", False) and rest:
        rest.insert(0, first.pop())
    return first, rest


class _CardRow(Flowable):
    """One row of the grid: two card slots side by side, as tall as the taller card."""

    def __init__(self, left, right):
        super().__init__()
        self.cols = [list(left), list(right)]

    def wrap(self, aW, aH):
        self.body = max(_height(c) for c in self.cols)
        self.height = self.body + 2 * PAD + ROW_GAP
        self.width = aW
        return aW, self.height

    def split(self, aW, aH):
        room = aH - ROW_GAP - 2 * PAD
        if room < 40:
            return []
        parts = [_fit(c, room) for c in self.cols]
        if not any(first for first, _ in parts):
            return []
        out = [_CardRow(parts[0][0], parts[1][0])]
        if any(rest for _, rest in parts):
            out.append(_CardRow(parts[0][1], parts[1][1]))
        return out

    def draw(self):
        c = self.canv
        for k, items in enumerate(self.cols):
            if not items:
                continue
            x = k * (CARD_W + COL_GAP)
            c.saveState()
            c.setFillColor(CARD)
            c.roundRect(x, ROW_GAP, CARD_W, self.body + 2 * PAD, RADIUS, stroke=0, fill=1)
            c.restoreState()
            y = ROW_GAP + PAD + self.body
            for f, gap in items:
                h = f.wrap(INNER, 1e6)[1]
                y -= h
                f.drawOn(c, x + PAD, y)
                y -= gap


# --- the document ---------------------------------------------------------------------


def render_databars(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    themes = _themes(dossier)
    band_text = f"Regio Deal {dossier_name(dossier)} · Dashboard projecten".replace("  ", " ")

    def colour(pr):
        return PALETTE[themes[pr.theme] % len(PALETTE)]

    def once(info):
        truth = Truth(dossier, "databars")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "databars"))

        def band(canv, d):
            canv.saveState()
            canv.setFillColor(SLATE)
            canv.rect(0, HEIGHT - BAND_H, WIDTH, BAND_H, stroke=0, fill=1)
            base = HEIGHT - BAND_H / 2 - 3.2
            canv.setFillColor(colors.white)
            canv.setFont(font_for(band_text, SANS), 9)
            canv.drawString(MARGIN_X, base, band_text)
            canv.setFillColor(BAND_TINT)
            canv.setFont(SANS, 9)
            canv.drawRightString(WIDTH - MARGIN_X, base, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        def frame(height):
            return Frame(MARGIN_X, BOTTOM, FW, height, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        templates = [PageTemplate("first", [frame(FH)], onPage=band)]
        for p, pr in enumerate(dossier.projects):
            def cont_page(canv, d, p=p, pr=pr):
                band(canv, d)
                head = _heading(pr, colour(pr), st, truth.content(p), " (vervolg)")
                _, h = head.wrap(FW, FH)
                head.drawOn(canv, MARGIN_X, HEIGHT - TOP - h)

            head_h = _heading(pr, colour(pr), st, None, " (vervolg)").wrap(FW, FH)[1]
            templates.append(PageTemplate(f"cont{p}", [frame(FH - head_h)], onPage=cont_page))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate("first"), PageBreak()]
            story += [_heading(pr, colour(pr), st, truth.heading(p)), NextPageTemplate(f"cont{p}")]
            fields = [r for r in pr.rows if isinstance(r, source.Field)]
            for k in range(0, len(fields), 2):
                pair = [_card_items(f, st, rec) for f in fields[k:k + 2]]
                story.append(_CardRow(pair[0], pair[1] if len(pair) > 1 else []))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *_table(row, st, rec, FW)]
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
