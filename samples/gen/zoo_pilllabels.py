"""One more house style for the layout zoo (see zoo.py), held out: a regional programme's
project pages on its WEB CMS (a modern "headless CMS" theme), printed to PDF from the
browser, in which EVERY FIELD LABEL IS A PILL: a "tag"/"badge" of white (or dark) text in a
filled rounded rectangle of the theme's colour.

- pilllabels: A4 portrait, the browser's print margins (1.8 cm left and right, 2.0 cm top and
          bottom); DejaVu Sans (the CMS's system font stack on a Linux print) 9.5pt on 14pt,
          ragged right, 5pt after each paragraph; a list item hangs on its transcribed marker.
          The browser's own header and footer in 7pt grey in the page margin: the print
          date and time "14-5-2019 10:32" at the top left and the page's title "Projecten -
          Regio Deal <Name>" centred; the page's address
          "https://www.regiodeal<name>.nl/projecten/<slug>" (the slug of the project the page
          belongs to) at the bottom left and "N/M" at the bottom right. Each project (one web
          page) opens a new sheet.
          One colour per theme, in order of first appearance (#5B4FE9 violet, #0E9F6E
          green, #F2A93B amber, #E0457B pink, #1C7ED6 blue): on amber the pills' text is
          dark (#2B2B2B), elsewhere white.
          THE PROJECT'S HEAD: its THEME as a small OUTLINED PILL (a rounded rectangle 0.8pt
          stroked in the theme colour, no fill, the theme in 7.5pt bold theme-coloured
          text, radius half its height); under it the TITLE in LARGE LIGHT-WEIGHT type
          (DejaVu Sans ExtraLight 24pt on 29pt, near-black #1E1E24), then a THIN COLOURED
          UNDERLINE (a 1pt rule in the theme colour across the text column) 6pt under the
          title and 12pt above the first field.
          FIELDS: the label as a FILLED PILL (radius 7pt, 14pt high, the label in 7.5pt bold,
          7pt padding either side; the label as transcribed) on a line of its own, 12pt
          above it, 5pt under it the field's paragraphs at the text column's left edge. A
          SHORT FIELD (a single paragraph of at most 120 characters, no list item) has its
          pill AT THE LEFT OF ITS TEXT'S FIRST LINE instead (the pill on the first line's
          x-height, the text starting 7pt after it; a second line starts at the margin).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too): the text width, 8pt type, NO grid. The HEADER CELLS ARE
          ROUNDED: every header cell (the table's label in the first, each single header,
          a group header over its members on a line above, a one-line header spanning both
          lines) is its own rounded rectangle (radius 4pt) filled in the theme colour, 1.5pt
          of white between two cells, text white (dark on amber) bold, the label left,
          headers right-aligned, a group header centred. Body rows on white, a 0.4pt pale
          grey (#E2E2E8) hairline under each; the Totaal row bold with a 1pt rule in the
          theme colour over it. Row labels left, amounts right-aligned, every cell printed
          exactly as transcribed. The header lines repeated where a table breaks over a
          page. Table footnotes under the table in 7pt grey; the project's notes after its
          last field in 7.5pt, each with its mark.

The transcription's page breaks are not reproduced. Every cell prints as transcribed and the
tables in the transcription's order: the truth record is the plain one. A project runs from
its opening page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (FONT_DIR, LIST_ITEM, Doc, Truth, build_until_stable, dossier_name, field_para,
                         font_for, meta, notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 1.8 * cm
TOP = BOTTOM = 2.0 * cm
FW = WIDTH - LEFT - RIGHT

SANS, BOLD, LIGHT = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-ExtraLight"
INK = colors.HexColor("#1E1E24")
DARK = colors.HexColor("#2B2B2B")
GREY = colors.HexColor("#707078")
HAIR = colors.HexColor("#E2E2E8")
PALETTE = [colors.HexColor(c) for c in ("#5B4FE9", "#0E9F6E", "#F2A93B", "#E0457B", "#1C7ED6")]
LIGHT_FILLS = {"#F2A93B"}

SIZE, LEAD = 9.5, 14.0
PILL_H, PILL_SIZE, PILL_PAD = 14.0, 7.5, 7.0
SHORT = 120
TPAD = 4.0
RADIUS = 4.0
GAP = 1.5


def _fonts() -> None:
    register_fonts()
    if LIGHT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LIGHT, str(FONT_DIR / "DejaVuSans-ExtraLight.ttf")))


def _ink_on(fill) -> colors.Color:
    return DARK if fill.hexval().upper().replace("0X", "#") in LIGHT_FILLS else colors.white


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"pl-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "title": st("title", LIGHT, 24, 29),
        "body": st("body", spaceAfter=5),
        "item": st("item", leftIndent=14, bulletIndent=2, bulletFontName=SANS, bulletFontSize=SIZE,
                   spaceAfter=3),
        "tbody": st("tb", SANS, 8, 10),
        "tbody_b": st("tbb", BOLD, 8, 10),
        "tamount": st("ta", SANS, 8, 10, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, 8, 10, alignment=TA_RIGHT),
        "tfoot": st("tf", SANS, 7, 9, textColor=GREY, spaceBefore=3),
        "note": st("note", SANS, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", SANS, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


def _head_styles(fill) -> dict:
    ink = _ink_on(fill)

    def st(name, align):
        return ParagraphStyle(f"pl-{name}-{fill.hexval()}", fontName=BOLD, fontSize=8, leading=10,
                              textColor=ink, alignment=align)

    return {"tlabel": st("tl", TA_LEFT), "thead": st("th", TA_RIGHT), "tgroup": st("tg", TA_CENTER)}


def _pill_width(text: str) -> float:
    return stringWidth(text, font_for(text, BOLD), PILL_SIZE) + 2 * PILL_PAD


def _draw_pill(c, x, y, text, fill, outlined=False) -> None:
    """A pill PILL_H high, lower left at (x, y)."""
    font = font_for(text, BOLD)
    w = _pill_width(text)
    c.saveState()
    if outlined:
        c.setStrokeColor(fill)
        c.setLineWidth(0.8)
        c.roundRect(x, y, w, PILL_H, PILL_H / 2, stroke=1, fill=0)
        c.setFillColor(fill)
    else:
        c.setFillColor(fill)
        c.roundRect(x, y, w, PILL_H, PILL_H / 2, stroke=0, fill=1)
        c.setFillColor(_ink_on(fill))
    c.setFont(font, PILL_SIZE)
    c.drawString(x + PILL_PAD, y + (PILL_H - PILL_SIZE * 0.72) / 2, text)
    c.restoreState()


class _Pill(Flowable):
    """A label pill on a line of its own (or the theme's outlined pill)."""

    def __init__(self, text, fill, outlined=False, rec=None, before=12.0, after=5.0):
        super().__init__()
        self.text, self.fill, self.outlined, self.rec = text, fill, outlined, rec
        self.spaceBefore, self.spaceAfter = before, after
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        return aW, PILL_H

    def draw(self):
        _draw_pill(self.canv, 0, 0, self.text, self.fill, self.outlined)
        if self.rec:
            self.rec(self.canv.getPageNumber())


class _InlinePill(Flowable):
    """A short field: its pill at the left of the text's first line, the text after it."""

    def __init__(self, text, fill, p):
        super().__init__()
        self.text, self.fill, self.p = text, fill, p
        self.spaceBefore, self.spaceAfter = 12.0, 5.0

    def wrap(self, aW, aH):
        self.ph = self.p.wrap(aW, aH)[1]
        return aW, self.ph

    def draw(self):
        st = self.p.style
        base = self.ph - st.leading + (st.leading - st.fontSize) / 2 + st.fontSize * 0.2
        mid = base + st.fontSize * 0.36  # the first line's x-height
        _draw_pill(self.canv, 0, mid - PILL_H / 2, self.text, self.fill)
        self.p.drawOn(self.canv, 0, 0)


class _Underline(Flowable):
    def __init__(self, fill):
        super().__init__()
        self.fill = fill
        self.spaceBefore, self.spaceAfter = 6.0, 0.0

    def wrap(self, aW, aH):
        self.w = aW
        return aW, 1.0

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.fill)
        c.setLineWidth(1.0)
        c.line(0, 0.5, self.w, 0.5)
        c.restoreState()


class _RoundHeadTable(Table):
    """A table whose header cells (the first `repeatRows` lines) are rounded rectangles in
    `fill` (a class attribute: a split keeps it), drawn under the cells' text."""

    fill = colors.black

    def _drawBkgrnd(self):
        super()._drawBkgrnd()
        c = self.canv
        cols, rows = self._colpositions, self._rowpositions
        lines = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        c.saveState()
        c.setFillColor(self.fill)
        for r in range(lines):
            for col in range(len(cols) - 1):
                span = getattr(self, "_spanRanges", {}).get((col, r), (col, r, col, r))
                if span is None:
                    continue
                c0, r0, c1, r1 = span
                x0, x1 = cols[c0] + GAP / 2, cols[c1 + 1] - GAP / 2
                y1, y0 = rows[r0] - GAP / 2, rows[r1 + 1] + GAP / 2
                c.roundRect(x0, y0, x1 - x0, y1 - y0, RADIUS, stroke=0, fill=1)
        c.restoreState()


def _table(t: source.Table, st, rec, fill) -> list:
    hs = {**st, **_head_styles(fill)}
    rows, spans, placed, totals = _grid(t, hs, rec)
    lines = len(t.header)
    last = len(rows) - 1
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), TPAD + 1), ("RIGHTPADDING", (0, 0), (-1, -1), TPAD + 1),
            ("TOPPADDING", (0, 0), (-1, lines - 1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, lines - 1), 4.5),
            ("TOPPADDING", (0, lines), (-1, -1), 4), ("BOTTOMPADDING", (0, lines), (-1, -1), 4),
            ("LINEBELOW", (0, lines), (-1, last), 0.4, HAIR)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, fill))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines))))
    widths = _col_widths(t, lambda s: s, FW, hs, TPAD + 1, label_share=0.36)
    cls = type("_RoundHead", (_RoundHeadTable,), {"fill": fill})
    out: list = [Spacer(0, 6), cls(rows, colWidths=widths, style=TableStyle(cmds), repeatRows=lines,
                                    hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _slug(title: str) -> str:
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def _short(field: source.Field) -> bool:
    c = field.content
    return (len(c) == 1 and isinstance(c[0], str) and len(c[0]) <= SHORT
            and LIST_ITEM.match(c[0]) is None)


def render_pilllabels(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)
    site = f"regiodeal{name.lower().replace(' ', '')}.nl"
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes))

    def once(info):
        truth = Truth(dossier, "pilllabels")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "pilllabels"))

        def on_page(canv, d):
            n = canv.getPageNumber()
            p = max((q for q, first in info["starts"].items() if first and first <= n), default=0)
            canv.saveState()
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawString(1.0 * cm, HEIGHT - 1.0 * cm, "14-5-2019 10:32")
            canv.drawCentredString(WIDTH / 2, HEIGHT - 1.0 * cm, f"Projecten - Regio Deal {name}")
            url = f"https://www.{site}/projecten/{_slug(dossier.projects[p].title)}"
            canv.drawString(1.0 * cm, 0.9 * cm, url)
            canv.drawRightString(WIDTH - 1.0 * cm, 0.9 * cm, f"{n}/{info['total'] or n}")
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("web", [frame], onPage=on_page)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            fill = PALETTE[themes[pr.theme] % len(PALETTE)]
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_Pill(pr.theme, fill, outlined=True, rec=truth.heading(p), before=0, after=8))
            title = para(pr.title, st["title"], truth.heading(p))
            title.keepWithNext = 1
            story += [title, _Underline(fill), Spacer(0, 4)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, fill)
                    continue
                if _short(row):
                    text = row.content[0]
                    base = ParagraphStyle(f"pl-short-{_pill_width(row.label):.1f}", st["body"],
                                          firstLineIndent=_pill_width(row.label) + 7, spaceAfter=0)
                    story.append(_InlinePill(row.label, fill, field_para(text, base, st["item"], rec)))
                    continue
                story.append(_Pill(row.label, fill))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, fill)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
