"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" whose DISPLAY TYPE WAS CONVERTED TO OUTLINES (InDesign's "Create Outlines", as
designers do with a display face that has no embedding licence): the cover, every theme's
divider page, every project's title and the running head are vector PATHS, not text; the
body, the field labels, the tables and the footer are live text. No contents page.

- outlinedtitles: A4 portrait. OUTLINES: every outlined word is drawn glyph by glyph, each
          glyph of DejaVu Sans (Bold) read with fontTools and filled as one path (the quadratic
          curves decomposed to cubics, nonzero winding), set on the glyphs' advances without
          kerning; the page holds no text object for it.
          COVER (page 1): the whole page filled in dark ink blue (#1D3557); "Regio Deal" (40pt
          bold, white) and "<Name>" (64pt bold, coral #E76F51) at the left 2.5 cm from the edge
          in the upper third, "Projectenboek" (22pt, light blue #A8DADC) under them, all OUTLINED;
          at the foot one line of live text, "Uitgave: Programmabureau Regio Deal <Name>" (8pt,
          white).
          THEME DIVIDERS: before the first project of each theme a page of its own, filled in
          the theme's colour (one per theme in order of first appearance: teal #2A9D8F, coral
          #E76F51, ink blue #264653, ochre #B5832A, plum #6D597A), holding the theme's number
          ("01", 120pt bold, in a lighter tint of the colour) and under it the theme's name
          (34pt bold white, wrapped within 15 cm), both OUTLINED; no folio, no other text.
          PROJECT OPENER: each project starts a new page under a BAND across the full page
          width from the top edge, filled in its theme's colour: in it, 2.2 cm from the left
          edge, "PROJECT <nn>" (9pt bold, letter-spaced capitals, white at 75%) and the
          project's TITLE (26pt bold on 30pt, white, wrapped within 16.6 cm onto as many lines as
          it needs; the band grows with it), both OUTLINED; the band ends about 0.9 cm under the
          title's last baseline, the body starts 0.8 cm under the band.
          RUNNING HEAD on a project's later pages: the theme's name in letter-spaced 7.5pt
          capitals in the theme's colour at the top right, a 0.5pt rule in that colour under it
          across the text width, OUTLINED (the rule a plain line). FOOTER on every page but the
          cover and the dividers, live text 7.5pt grey: "Regio Deal <Name> · Projectenboek" at
          the left and the page number at the right.
          BODY: margins 2.2 cm left and right, text width 16.6 cm. The prose in TWO BALANCED
          COLUMNS (8.0 cm, 0.6 cm gutter) that end level where the fields before the
          investment table end; a field's LABEL as live text in bold 9pt sans in the theme's
          colour on a line of its own, 8pt above it; the paragraphs in DejaVu Sans 8.8pt on
          12.5pt, ragged right, 4pt after each, a list item hanging on the source's marker. A
          table inside a field stands in its column (7pt). The INVESTMENT TABLE then runs
          across the full text width on a tinted panel (#F1F4F3 behind the body rows): the
          header (bold 7.8pt, the theme's colour) with the table's label in its corner, a
          group header such as "Publiek" centred over its members with a 0.5pt rule under
          it, amount headers right-aligned, a 1.2pt rule in the theme's colour under the
          header and above and below a Totaal row (bold); no vertical rules; amounts
          right-aligned as transcribed; the header repeated where the table breaks over a
          page. Table footnotes under it in 7pt grey. The fields after the table again in two
          balanced columns. The project's notes at its end in 7.5pt grey, each after its mark.

So the only live text of a project's name is its first field ("Naam Project" in Twente,
"Projectnaam" in Zeeland, often worded otherwise than the title). The truth records what a
human reads: the outlined title is the project's heading. Every cell prints as transcribed (no
"raw"). A project runs from its opener page to the page of its last field text, table cell or
note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus.flowables import BalancedColumns

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_total, meta,
                         notes_at_end, para, register_fonts)
from .zoo_outlines import _advance, _draw_outlined, _wrap

WIDTH, HEIGHT = A4
MX = 2.2 * cm
FW = WIDTH - 2 * MX
TOP, BOTTOM = 2.4 * cm, 2.2 * cm
GUTTER = 0.6 * cm
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#6F6F6F")
PANEL = colors.HexColor("#F1F4F3")
COVER = colors.HexColor("#1D3557")
CORAL = colors.HexColor("#E76F51")
PALE = colors.HexColor("#A8DADC")
THEME_COLOURS = ["#2A9D8F", "#E76F51", "#264653", "#B5832A", "#6D597A"]
SANS, BOLD = "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"
TITLE_SIZE, TITLE_LEADING = 26.0, 30.0


def _tint(c, k: float):
    """`c` mixed with white, `k` of the way."""
    return colors.Color(c.red + (1 - c.red) * k, c.green + (1 - c.green) * k, c.blue + (1 - c.blue) * k)


class _Cover(Flowable):
    """The cover: a full-page fill and outlined display type, one live colophon line."""

    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, aW, aH):
        return aW, 1

    def draw(self):
        c = self.canv
        c.saveState()
        c.translate(-self._frame._x1, -self._frame._y1 - self._frame._height + 1)  # page coordinates
        c.setFillColor(COVER)
        c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
        x, y = 2.5 * cm, HEIGHT - 8.5 * cm
        c.setFillColor(colors.white)
        _draw_outlined(c, BOLD, "Regio Deal", 40, x, y)
        c.setFillColor(CORAL)
        _draw_outlined(c, BOLD, self.name, 64, x, y - 66)
        c.setFillColor(PALE)
        _draw_outlined(c, SANS, "Projectenboek", 22, x, y - 104)
        c.setFillColor(colors.white)
        c.setFont("DejaVuSans", 8)
        c.drawString(x, 2.0 * cm, f"Uitgave: Programmabureau Regio Deal {self.name}")
        c.restoreState()


class _Divider(Flowable):
    """A theme's divider page: the page in the theme's colour, number and name outlined."""

    def __init__(self, number, theme, colour):
        super().__init__()
        self.number, self.theme, self.colour = number, theme, colour

    def wrap(self, aW, aH):
        return aW, 1

    def draw(self):
        c = self.canv
        c.saveState()
        c.translate(-self._frame._x1, -self._frame._y1 - self._frame._height + 1)
        c.setFillColor(self.colour)
        c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
        x = 2.5 * cm
        c.setFillColor(_tint(self.colour, 0.35))
        _draw_outlined(c, BOLD, f"{self.number:02d}", 120, x, HEIGHT - 12 * cm)
        c.setFillColor(colors.white)
        y = HEIGHT - 14 * cm
        for line in _wrap(BOLD, self.theme, 34, 15 * cm):
            _draw_outlined(c, BOLD, line, 34, x, y)
            y -= 40
        c.restoreState()


class _Band(Flowable):
    """A project's opener: a full-width band in the theme colour from the top edge, the
    project's number and title outlined in it. Reports its page as the project's heading."""

    def __init__(self, number, title, colour, rec):
        super().__init__()
        self.number, self.title, self.colour, self.rec = number, title, colour, rec

    def wrap(self, aW, aH):
        self.lines = _wrap(BOLD, self.title, TITLE_SIZE, FW)
        # from the frame top: the number, the title lines, 0.8 cm under the last baseline,
        # and 0.8 cm of white before the body
        self.height = 22 + len(self.lines) * TITLE_LEADING + 0.8 * cm + 0.8 * cm
        return aW, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        band_bottom = 0.8 * cm
        c.setFillColor(self.colour)
        c.rect(-MX, band_bottom, WIDTH, self.height - band_bottom + TOP + 2, stroke=0, fill=1)
        y = self.height - 9
        c.setFillColor(colors.Color(1, 1, 1, alpha=0.75))
        _draw_outlined(c, BOLD, f"PROJECT {self.number:02d}", 9, 0, y, 0.18)
        c.setFillColor(colors.white)
        y -= 13
        for line in self.lines:
            y -= TITLE_LEADING
            _draw_outlined(c, BOLD, line, TITLE_SIZE, 0, y + (TITLE_LEADING - TITLE_SIZE))
        c.restoreState()
        self.rec(c.getPageNumber())


def _styles():
    def s(name, font="DejaVuSans", size=8.8, leading=12.5, colour=INK, **kw):
        return ParagraphStyle(f"olt-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=colour, **kw)
    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", spaceAfter=3, leftIndent=11, bulletIndent=0),
        "label": s("label", "DejaVuSans-Bold", 9, 12, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "tlabel": s("tl", "DejaVuSans-Bold", 7.8, 9.8),
        "thead": s("th", "DejaVuSans-Bold", 7.8, 9.8, alignment=TA_RIGHT),
        "tgroup": s("tg", "DejaVuSans-Bold", 7.8, 9.8, alignment=TA_CENTER),
        "tbody": s("tb", size=7.8, leading=9.8), "tbody_b": s("tbb", "DejaVuSans-Bold", 7.8, 9.8),
        "tamount": s("ta", size=7.8, leading=9.8, alignment=TA_RIGHT),
        "tamount_b": s("tab", "DejaVuSans-Bold", 7.8, 9.8, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7, leading=9, colour=GREY, spaceBefore=2),
        "note": s("note", size=7.5, leading=9.5, colour=GREY, leftIndent=8, firstLineIndent=-8,
                  spaceAfter=1.5),
        "note_more": s("note2", size=7.5, leading=9.5, colour=GREY, leftIndent=8, spaceAfter=1.5),
    }


def _themed(st, colour):
    out = dict(st)
    for k in ("label", "tlabel", "thead", "tgroup"):
        out[k] = ParagraphStyle(f"{st[k].name}-{colour.hexval()}", st[k], textColor=colour)
    return out


def _small(st):
    return {k: ParagraphStyle(f"{v.name}-s", v, fontSize=7, leading=8.8)
            for k, v in st.items() if k.startswith("t")}


def _table(t: source.Table, st, rec, width, colour, investment: bool) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.2, colour)]
    if investment:
        cmds.append(("BACKGROUND", (0, lines), (-1, -1), PANEL))
    cmds += [("SPAN", a, b) for a, b in spans]
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.5, colour))
    for r in totals:
        cmds += [("LINEABOVE", (0, r), (-1, r), 1.2, colour), ("LINEBELOW", (0, r), (-1, r), 1.2, colour)]
    widths = _col_widths(t, lambda s: s, width, st, 3.5, min_label=60.0 if not investment else 80.0)
    table = Table(rows, colWidths=widths, repeatRows=lines if investment else 0,
                  style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


class _Whole(Flowable):
    """A table inside a field, kept whole in its column (the balanced columns do not split it)."""

    def __init__(self, table):
        super().__init__()
        self.table = table

    def wrap(self, aW, aH):
        self.w, self.h = self.table.wrap(aW, 1e6)
        return min(self.w, aW), self.h

    def split(self, aW, aH):
        return []

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def _columns(fields, st, small, rec, colour) -> list:
    flow = []
    cw = (FW - GUTTER) / 2
    for f in fields:
        flow.append(para(f.label, st["label"], rec))
        for item in f.content:
            if isinstance(item, source.Table):
                flow += [_Whole(f) if isinstance(f, Table) else f
                         for f in _table(item, small, rec, cw, colour, investment=False)]
            else:
                flow.append(field_para(item, st["body"], st["item"], rec))
    if not flow:
        return []
    return [BalancedColumns(flow, nCols=2, innerPadding=GUTTER, leftPadding=0, rightPadding=0,
                            topPadding=0, bottomPadding=0, spaceAfter=6)]


def render_outlinedtitles(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    base = _styles()
    name = dossier_name(dossier)
    themes: list[str] = []
    for pr in dossier.projects:
        if pr.theme not in themes:
            themes.append(pr.theme)
    colour_of = {t: colors.HexColor(THEME_COLOURS[i % len(THEME_COLOURS)]) for i, t in enumerate(themes)}

    def once(info):
        truth = Truth(dossier, "outlinedtitles")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "outlinedtitles"))
        state = {"theme": None, "opener": set(), "bare": set()}

        def page(canv, d):
            n = canv.getPageNumber()
            if n in state["bare"]:
                return
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont("DejaVuSans", 7.5)
            canv.drawString(MX, 1.2 * cm, f"Regio Deal {name} \u00b7 Projectenboek")
            canv.drawRightString(WIDTH - MX, 1.2 * cm, str(n))
            theme = state["theme"]
            if theme and n not in state["opener"]:
                colour = colour_of[theme]
                canv.setFillColor(colour)
                text = theme.upper()
                w = _advance(SANS, text, 7.5, 0.14)
                _draw_outlined(canv, SANS, text, 7.5, WIDTH - MX - w, HEIGHT - 1.5 * cm, 0.14)
                canv.setStrokeColor(colour)
                canv.setLineWidth(0.5)
                canv.line(MX, HEIGHT - 1.5 * cm - 5, WIDTH - MX, HEIGHT - 1.5 * cm - 5)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(MX, BOTTOM, FW, HEIGHT - TOP - BOTTOM,
                                                          leftPadding=0, rightPadding=0,
                                                          topPadding=0, bottomPadding=0, id="main")],
                                           onPageEnd=page)])

        class _Mark(Flowable):
            """Zero-size: notes the page's role (cover, divider, opener) and current theme."""

            def __init__(self, kind, theme=None):
                super().__init__()
                self.kind, self.theme = kind, theme

            def wrap(self, aW, aH):
                return 0, 0

            def draw(self):
                n = self.canv.getPageNumber()
                if self.kind in ("cover", "divider"):
                    state["bare"].add(n)
                    state["theme"] = None
                else:
                    state["opener"].add(n)
                    state["theme"] = self.theme

        story: list = [_Mark("cover"), _Cover(name)]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            colour = colour_of[pr.theme]
            st = _themed(base, colour)
            small = _small(st)
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [PageBreak(), _Mark("divider"),
                          _Divider(themes.index(pr.theme) + 1, pr.theme, colour)]
            story += [PageBreak(), _Mark("opener", pr.theme), _Band(p + 1, pr.title, colour, truth.heading(p))]
            pending: list = []
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _columns(pending, st, small, rec, colour)
                    pending = []
                    story += _table(row, st, rec, FW, colour, investment=True)
                else:
                    pending.append(row)
            story += _columns(pending, st, small, rec, colour)
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
