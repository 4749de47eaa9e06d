"""One more house style for the layout zoo (see zoo.py), held out: a province's
infographic-style project catalogue in which every field label has a small round icon in
front of it and every page's corner carries the theme's pictogram.

- icons:  A4 portrait, margins 2 cm all round, a sans (Liberation Sans, else DejaVu Sans)
          9.5pt on 13pt, ragged right.
          Each project opens a new page. Every page carries in its top right corner (inside
          the margins) the PICTOGRAM of its project's theme: a 1.6 cm circle in the theme's
          colour (one colour per theme, in order of first appearance: #2E86AB, #E07A5F,
          #3D9970, #8E6C8A, #D4A72C) with a white inner shape drawn with curves (a ring and a
          wedge, a leaf of two bezier arcs with its midrib, a drop, a sun of a disc and
          rays; one shape per theme) - vector paths, no text. On a project's first page its
          theme in 8pt capitals in the theme's colour and its title in 16pt bold dark grey
          stand beside the pictogram (their lines stop short of it); on its later pages the
          text starts under the pictogram.
          FIELDS: each label preceded by a round ICON 12pt across on the label's first line
          (a filled circle in the theme's colour holding a small white glyph drawn with
          canvas paths: a ring, a check mark of two lines, a dot, a plus, three dots, an
          arrow, a wave, three bars; one glyph per field label, the labels taken in order of
          first appearance in the dossier), a 5pt gap, then the label in 10pt bold dark
          grey. The field's paragraphs under it indented to the label's start (not under the
          icon); list items as hanging bullets (the transcription's marker as the bullet).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too) across the text width from the margin (not indented),
          8pt: the header line(s) bold on a pale fill of the theme's colour (a group header
          centred over its members, single headers right-aligned), thin grey rules under
          each row, amounts right-aligned exactly as transcribed, the Totaal row bold; in the
          header's first cell a 9pt icon (a filled circle with a small white table glyph)
          before the table's label. The header is not repeated where a table breaks. Table
          footnotes under the table in 7pt. PROJECT NOTES under the project's last field in
          7pt, each with its mark.
          Footer: the page number at the bottom right, 8pt dark grey, a 6pt filled circle in
          the theme's colour before it.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed and
the tables in the transcription's order: the truth record is the plain one.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, field_para, meta, notes_at_end, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
PICTO = 1.6 * cm
PICTO_GAP = 10.0  # between the pictogram and the text beside or under it
FOOT_Y = 1.2 * cm  # the footer's baseline, in the bottom margin

INK = colors.HexColor("#333333")
RULE = colors.HexColor("#BDBDBD")
PALETTE = [colors.HexColor(c) for c in ("#2E86AB", "#E07A5F", "#3D9970", "#8E6C8A", "#D4A72C")]

SIZE, LEAD = 9.5, 13.0
TSIZE, TLEAD = 8.0, 10.0
ICON, ICON_GAP = 12.0, 5.0
INDENT = ICON + ICON_GAP  # the label's start: the field's text is indented to it
TICON = 9.0
PAD = 3.5



def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ic-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT):
        return style(name, font, TSIZE, TLEAD, alignment=align)

    return {
        "kicker": style("kicker", sans, 8, 10, spaceAfter=3),
        "title": style("title", bold, 16, 19.5),
        "label": style("label", bold, 10, 12.5),
        "body": style("body", leftIndent=INDENT, spaceAfter=4),
        "item": style("item", leftIndent=INDENT + 12, bulletIndent=INDENT, bulletFontName=sans,
                      bulletFontSize=SIZE, spaceAfter=2.5),
        "tlabel": t("tl", bold),
        "thead": t("th", bold, TA_RIGHT),
        "tgroup": t("tg", bold, TA_CENTER),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", bold),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "tfoot": style("tf", sans, 7, 8.8, spaceBefore=2),
        "note": style("note", sans, 7, 8.8, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", sans, 7, 8.8, leftIndent=8, spaceAfter=1.5),
    }


def _pale(c, k=0.18):
    """The theme colour mixed into white (`k` of the colour)."""
    return colors.Color(1 - k * (1 - c.red), 1 - k * (1 - c.green), 1 - k * (1 - c.blue))


# --- pictograms and icons: canvas paths only, no text ---------------------------------


def _pictogram(c, x, y, d, fill, kind):
    """The theme's pictogram: a `d`-wide circle, lower left at (x, y), a white shape in it."""
    r = d / 2
    cx, cy = x + r, y + r
    c.saveState()
    c.setFillColor(fill)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    c.setLineWidth(d * 0.045)
    c.setLineCap(1)
    k = kind % 4
    if k == 0:  # a ring with a wedge cut out of a disc inside it (a pie chart)
        c.circle(cx, cy, r * 0.58, stroke=1, fill=0)
        p = c.beginPath()
        p.moveTo(cx, cy)
        p.arcTo(cx - r * 0.42, cy - r * 0.42, cx + r * 0.42, cy + r * 0.42, 20, 110)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    elif k == 1:  # a leaf of two bezier arcs, its midrib drawn in the circle's colour
        s = r * 0.55
        p = c.beginPath()
        p.moveTo(cx - s, cy - s)
        p.curveTo(cx - s, cy + s * 0.6, cx - s * 0.2, cy + s, cx + s, cy + s)
        p.curveTo(cx + s, cy - s * 0.2, cx + s * 0.6, cy - s, cx - s, cy - s)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        c.setStrokeColor(fill)
        c.setLineWidth(d * 0.03)
        c.line(cx - s * 0.75, cy - s * 0.75, cx + s * 0.6, cy + s * 0.6)
    elif k == 2:  # a drop: two bezier arcs meeting at a point above a round foot
        s = r * 0.5
        p = c.beginPath()
        p.moveTo(cx, cy + s * 1.25)
        p.curveTo(cx + s * 0.35, cy + s * 0.6, cx + s, cy + s * 0.1, cx + s * 0.9, cy - s * 0.4)
        p.curveTo(cx + s * 0.7, cy - s * 1.1, cx - s * 0.7, cy - s * 1.1, cx - s * 0.9, cy - s * 0.4)
        p.curveTo(cx - s, cy + s * 0.1, cx - s * 0.35, cy + s * 0.6, cx, cy + s * 1.25)
        p.close()
        c.drawPath(p, stroke=0, fill=1)
    else:  # a sun: a disc and eight rays
        c.circle(cx, cy, r * 0.28, stroke=0, fill=1)
        for i in range(8):
            a = math.radians(i * 45)
            c.line(cx + math.cos(a) * r * 0.42, cy + math.sin(a) * r * 0.42,
                   cx + math.cos(a) * r * 0.62, cy + math.sin(a) * r * 0.62)
    c.restoreState()


GLYPHS = ("ring", "check", "dot", "plus", "dots", "arrow", "wave", "bars")


def _icon(c, x, y, d, fill, glyph):
    """A round icon `d` across, lower left at (x, y): a filled circle, a white glyph in it."""
    r = d / 2
    cx, cy = x + r, y + r
    c.saveState()
    c.setFillColor(fill)
    c.circle(cx, cy, r, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setStrokeColor(colors.white)
    c.setLineWidth(max(0.6, d * 0.1))
    c.setLineCap(1)
    c.setLineJoin(1)
    if glyph == "ring":
        c.circle(cx, cy, r * 0.45, stroke=1, fill=0)
    elif glyph == "check":
        c.line(cx - r * 0.45, cy, cx - r * 0.12, cy - r * 0.35)
        c.line(cx - r * 0.12, cy - r * 0.35, cx + r * 0.48, cy + r * 0.38)
    elif glyph == "dot":
        c.circle(cx, cy, r * 0.32, stroke=0, fill=1)
    elif glyph == "plus":
        c.line(cx - r * 0.45, cy, cx + r * 0.45, cy)
        c.line(cx, cy - r * 0.45, cx, cy + r * 0.45)
    elif glyph == "dots":
        for dx in (-0.42, 0, 0.42):
            c.circle(cx + dx * r, cy, r * 0.13, stroke=0, fill=1)
    elif glyph == "arrow":
        c.line(cx - r * 0.45, cy, cx + r * 0.45, cy)
        c.line(cx + r * 0.45, cy, cx + r * 0.15, cy + r * 0.3)
        c.line(cx + r * 0.45, cy, cx + r * 0.15, cy - r * 0.3)
    elif glyph == "wave":
        p = c.beginPath()
        p.moveTo(cx - r * 0.5, cy)
        p.curveTo(cx - r * 0.3, cy + r * 0.45, cx - r * 0.1, cy + r * 0.45, cx, cy)
        p.curveTo(cx + r * 0.1, cy - r * 0.45, cx + r * 0.3, cy - r * 0.45, cx + r * 0.5, cy)
        c.drawPath(p, stroke=1, fill=0)
    elif glyph == "bars":
        c.setLineWidth(max(0.5, d * 0.08))
        for dy in (-0.3, 0, 0.3):
            c.line(cx - r * 0.42, cy + dy * r, cx + r * 0.42, cy + dy * r)
    elif glyph == "table":  # a framed grid: the funding table's icon
        c.setLineWidth(max(0.4, d * 0.07))
        s = r * 0.45
        c.rect(cx - s, cy - s * 0.8, 2 * s, 1.6 * s, stroke=1, fill=0)
        c.line(cx - s, cy + s * 0.25, cx + s, cy + s * 0.25)
        c.line(cx - s * 0.2, cy - s * 0.8, cx - s * 0.2, cy + s * 0.8)
    c.restoreState()


class _IconLabel(Flowable):
    """A label paragraph with a round icon before its first line (`size` across, `gap` to
    the text); the paragraph records its page when drawn."""

    def __init__(self, p, fill, glyph, size=ICON, gap=ICON_GAP):
        super().__init__()
        self.p, self.fill, self.glyph, self.size, self.gap = p, fill, glyph, size, gap

    def wrap(self, aW, aH):
        _, self.ph = self.p.wrap(aW - self.size - self.gap, aH)
        self.width, self.height = aW, self.ph
        return aW, self.ph

    def draw(self):
        c = self.canv
        st = self.p.style
        # the icon centred on the first line's x-height
        mid = self.ph - st.leading + (st.leading - st.fontSize) / 2 + st.fontSize * 0.35
        _icon(c, 0, mid - self.size / 2, self.size, self.fill, self.glyph)
        self.p.drawOn(c, self.size + self.gap, 0)


class _Heading(Flowable):
    """The theme kicker and the title beside the pictogram (the page template draws it),
    at least as tall as the pictogram."""

    def __init__(self, kicker, title):
        super().__init__()
        self.kicker, self.title = kicker, title

    def wrap(self, aW, aH):
        w = aW - PICTO - PICTO_GAP
        self.kh = self.kicker.wrap(w, aH)[1]
        self.th = self.title.wrap(w, aH)[1]
        self.text = self.kh + self.kicker.style.spaceAfter + self.th
        self.height = max(self.text, PICTO) + PICTO_GAP
        return aW, self.height

    def draw(self):
        top = self.height
        self.kicker.drawOn(self.canv, 0, top - self.kh)
        self.title.drawOn(self.canv, 0, top - self.text)


# --- funding tables ---------------------------------------------------------------


def _table(t: source.Table, st, rec, fill) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    rows[0][0] = _IconLabel(rows[0][0], fill, "table", TICON, 4.0)
    last = len(rows) - 1
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), _pale(fill)),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, last), 0.4, RULE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.34)
    out: list = [Spacer(0, 7), Table(rows, colWidths=widths, style=TableStyle(cmds),
                                     hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- the document -------------------------------------------------------------------


def _order(items) -> OrderedDict:
    out: OrderedDict = OrderedDict()
    for it in items:
        out.setdefault(it, len(out))
    return out


def render_icons(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    themes = _order(pr.theme for pr in dossier.projects)
    glyph_of = _order(r.label for pr in dossier.projects for r in pr.rows
                      if isinstance(r, source.Field))

    def text_para(text, rec):
        return field_para(text, st["body"], st["item"], rec)

    def once(info):
        truth = Truth(dossier, "icons")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "icons"))

        def decorate(theme):
            k = themes[theme]
            fill = PALETTE[k % len(PALETTE)]

            def on_page(canv, d):
                _pictogram(canv, WIDTH - MARGIN - PICTO, HEIGHT - MARGIN - PICTO, PICTO, fill, k)
                num = str(canv.getPageNumber())
                canv.saveState()
                canv.setFont(sans, 8)
                canv.setFillColor(INK)
                canv.drawRightString(WIDTH - MARGIN, FOOT_Y, num)
                canv.setFillColor(fill)
                x = WIDTH - MARGIN - canv.stringWidth(num, sans, 8) - 4 - 3
                canv.circle(x, FOOT_Y + 2.9, 3, stroke=0, fill=1)
                canv.restoreState()
            return on_page

        def frame(top_off=0.0):
            return Frame(MARGIN, MARGIN, FW, FH - top_off, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        templates = []
        for theme in themes:
            # a project's first page: the heading stands beside the pictogram; its later
            # pages: the text starts under it
            templates.append(PageTemplate(f"open{themes[theme]}", [frame()],
                                          onPage=decorate(theme)))
            templates.append(PageTemplate(f"cont{themes[theme]}", [frame(PICTO + PICTO_GAP)],
                                          onPage=decorate(theme)))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            k = themes[pr.theme]
            fill = PALETTE[k % len(PALETTE)]
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate(f"open{k}"), PageBreak()]
            kicker = para(pr.theme.upper(), ParagraphStyle("ic-k", st["kicker"], textColor=fill),
                          truth.heading(p))
            story += [_Heading(kicker, para(pr.title, st["title"], truth.heading(p))),
                      NextPageTemplate(f"cont{k}")]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, fill)
                    continue
                label = _IconLabel(para(row.label, st["label"], rec), fill,
                                   GLYPHS[glyph_of[row.label] % len(GLYPHS)])
                label.keepWithNext, label.spaceBefore, label.spaceAfter = 1, 9, 3
                story.append(label)
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, fill)
                    else:
                        story.append(text_para(item, rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
