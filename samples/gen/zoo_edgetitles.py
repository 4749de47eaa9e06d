"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" set for double-sided printing whose project titles stand ONLY TURNED, on a
coloured strip along the page's outer edge, like the tabs of a book.

- edgetitles: A4 portrait, mirrored. On every page a STRIP 1.7 cm wide and the full page
          height along the OUTER EDGE (the right edge of an odd page, the left edge of an even
          one), filled in the colour of the page's theme (one dark tone per theme, in order of
          first appearance). In it, TURNED 90 DEGREES (top to bottom on a right-hand strip,
          bottom to top on a left-hand one, as a book's tab reads), starting 2.5 cm from the
          page's top (right strip) or bottom (left strip): the theme in 7.5pt capitals in a
          light tint and, on the line nearer the text, the project's TITLE in bold 15pt white
          (smaller where it would not fit 23 cm), on EVERY page of the project, its first and
          its later pages alike; the page number horizontal at the strip's foot, 9pt bold
          white, centred in the strip 1.2 cm over the bottom edge. The contents page's strip is
          grey and carries "Regio Deal <Name> · Projectenboek". THERE IS NO HORIZONTAL
          TITLE: a project's first page opens with its number in the dossier as two digits
          ("04") in 44pt bold in the theme colour, and under it the fields.
          Text column 15.7 cm wide: 2.3 cm from the inner edge, 3.0 cm from the outer edge
          (the strip and 1.3 cm of white), 2.2 cm top, 2.4 cm bottom. A sans (Liberation Sans,
          else DejaVu Sans) 9.5pt on 13.5pt, ragged right, 4pt after a paragraph; a list item
          hangs on its own marker. Field labels 10pt bold in the theme colour on a line of
          their own, 9pt above.
          A ROUND PHOTO (a disc 6.2 cm across, drawn as concentric rings in tints of the theme
          colour, no text) at the top right of every project's first page, its top level with
          the top of the number; the number, the labels and the paragraphs beside it WRAP
          ROUND THE DISC as a DTP program wraps text round an elliptical frame: every line's
          width is what the disc leaves at that line's height (the disc's chord, 10pt of
          white beside it), so the lines beside it have ever-changing lengths, shortest at
          its middle; lines below the disc run the full width again (a paragraph may change
          width line by line). A table, or anything after the disc's foot, runs below it.
          THEME PAGES: before the first project of each theme a FULL-BLEED page in the theme
          colour (no strip, no page number): "THEMA <k>" in 10pt light capitals, the theme's
          name in 34pt bold white, then the theme's projects, "04  <title>" in 11pt white, one
          a line. Every project starts a new page.
          FUNDING TABLES (the investment tables and those inside a field, which stay in their
          field) across the column in 8pt WITHOUT RULES: every body row a band made of
          TINTED COLUMN BACKGROUNDS (the row-label column a neutral #EEF0F2, the value columns
          alternately two light tints of the theme colour), WHITE GAPS of 2.5pt between the
          rows, no gaps between the columns; the header on the white page, bold in the theme
          colour (the table's label at the left over the row labels, single headers
          right-aligned, a group header centred over its members); the Totaal row a band in
          the full theme colour with white bold text. Amounts right-aligned exactly as
          transcribed, row labels left, both wrapping. Column widths from what the cells
          need. Header lines repeated where a table breaks over a page. Table footnotes
          under the table in 7pt grey. Project notes at the end of the project in 7.5pt grey,
          the mark first.
          Page 1 (a right-hand page): "PROJECTENBOEK" 9pt capitals, "Regio Deal <Name>" in
          26pt bold, then the transcription's contents heading ("Inhoud", 14pt bold) and every
          theme (bold capitals in its colour) with its projects "04  <title>" and their pages
          at the right.

Every cell is printed as transcribed: the truth record is the plain one. A project runs from
its first page (its number) to the page of its last field text, table cell or note; a theme
page belongs to no project.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, LIST_ITEM, Truth, build_until_stable, dossier_name, field_para,
                         font_for, meta, notes_at_end, page_of, para)
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
STRIP = 1.7 * cm
INNER, OUTER = 2.3 * cm, 3.0 * cm
TOP, BOTTOM = 2.2 * cm, 2.4 * cm
FW = WIDTH - INNER - OUTER

PALETTE = ("#1D4E89", "#00798C", "#8E3B46", "#2E6B34", "#5B3F8C", "#A0522D")
GREY = colors.HexColor("#6F7378")
INK = colors.HexColor("#222222")
NEUTRAL = colors.HexColor("#EEF0F2")
CONTENTS_STRIP = colors.HexColor("#7A7F85")

SIZE, LEAD = 9.5, 13.5
TSIZE, TLEAD = 8.0, 10.0
DISC = 6.2 * cm
DISC_GAP = 10.0
ROW_GAP = 2.5


def _tint(colour, share):
    """`colour` mixed with white: `share` of the colour."""
    return colors.Color(1 - (1 - colour.red) * share, 1 - (1 - colour.green) * share,
                        1 - (1 - colour.blue) * share)


def _styles(sans: str, bold: str, accent) -> dict:
    def style(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"et-{name}-{accent.hexval()}", fontName=font, fontSize=size,
                              leading=leading, **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT, colour=INK):
        return style(name, font, TSIZE, TLEAD, alignment=align, textColor=colour)

    return {
        "number": style("number", bold, 44, 48, textColor=accent, spaceAfter=6),
        "label": style("label", bold, 10, 13.5, textColor=accent, spaceBefore=9, spaceAfter=2,
                       keepWithNext=1),
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=12, bulletIndent=0, bulletFontName=sans, spaceAfter=2.5),
        "tlabel": t("tl", bold, colour=accent),
        "thead": t("th", bold, TA_RIGHT, accent),
        "tgroup": t("tg", bold, TA_CENTER, accent),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", bold, colour=colors.white),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT, colors.white),
        "tfoot": style("tf", sans, 7, 8.8, textColor=GREY, spaceBefore=2),
        "note": style("note", sans, 7.5, 9.5, textColor=GREY, spaceAfter=1.5),
    }


# --- the round photo and the text wrapped round it ---------------------------------------


def _inset(top: float, bottom: float, width: float) -> float:
    """The room a line between `top` and `bottom` (downwards from the disc's top) leaves left
    of the disc at the column's right edge, in a column `width` wide."""
    r = DISC / 2
    lo, hi = top - DISC_GAP / 2, bottom + DISC_GAP / 2
    if hi <= 0 or lo >= DISC:
        return width
    dy = 0.0 if lo <= r <= hi else min(abs(lo - r), abs(hi - r))
    half = math.sqrt(max(r * r - dy * dy, 0.0))
    return width - r - half - DISC_GAP


class DiscWrap(Flowable):
    """The disc at the top right and the paragraphs set round it, line by line."""

    def __init__(self, items, accent, width):
        super().__init__()
        self.items, self.accent = items, accent
        self.place = []  # (paragraph, y of its top from the block's top)
        y = 0.0
        for k, p in enumerate(items):
            if k:
                y += p.style.spaceBefore
            st = p.style
            widths = []
            for i in range(400):
                w = _inset(y + i * st.leading, y + (i + 1) * st.leading, width)
                widths.append(w - st.leftIndent - (st.firstLineIndent if i == 0 else 0) - st.rightIndent)
            p.width = width
            p._wrapWidths = widths
            p.blPara = p.breakLines(widths)
            p.height = len(p.blPara.lines) * st.leading
            self.place.append((p, y))
            y += p.height + st.spaceAfter
        self.block_h = max(y, DISC + 4)

    @staticmethod
    def ends_at(items, width) -> int:
        """How many of `items` start beside the disc (a label is never the last of them)."""
        y, n = 0.0, 0
        for k, p in enumerate(items):
            if k:
                y += p.style.spaceBefore
            if y >= DISC + DISC_GAP / 2:
                break
            w, h = p.wrap(_inset(y, y + DISC, width) if y < DISC else width, 1e6)
            y += h + p.style.spaceAfter
            n = k + 1
        while n and getattr(items[n - 1], "_is_label", False):
            n -= 1
        return n

    def wrap(self, aW, aH):
        self.width, self.height = aW, self.block_h
        return aW, self.block_h

    def draw(self):
        c = self.canv
        r = DISC / 2
        cx, cy = self.width - r, self.height - r
        c.saveState()
        for k, share in enumerate((0.35, 0.5, 0.65, 0.8, 1.0)):
            c.setFillColor(_tint(self.accent, share))
            c.circle(cx + k * 3, cy - k * 2, r * (1 - k * 0.17), stroke=0, fill=1)
        c.restoreState()
        for p, y in self.place:
            p.drawOn(c, 0, self.height - y - p.height)


# --- tables --------------------------------------------------------------------------------


def _table(t: source.Table, st, rec, width, accent) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    n = t.columns
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, lines), (0, -1), NEUTRAL)]
    for c in range(1, n + 1):
        cmds.append(("BACKGROUND", (c, lines), (c, -1), _tint(accent, 0.12 if c % 2 else 0.22)))
    for r in totals:
        cmds.append(("BACKGROUND", (0, r), (-1, r), accent))
    if len(rows) - lines > 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), ROW_GAP, colors.white))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, 5, label_share=0.32)
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT",
                                     repeatRows=lines)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- page furniture --------------------------------------------------------------------------


class ThemePage(Flowable):
    """A full-bleed page in the theme's colour; draws over the whole page."""

    def __init__(self, state, k, theme, entries, accent, sans, bold):
        super().__init__()
        self.state, self.k, self.theme, self.entries = state, k, theme, entries
        self.accent, self.sans, self.bold = accent, sans, bold

    def wrap(self, aW, aH):
        self.width, self.height = aW, aH - 1
        return self.width, self.height

    def drawOn(self, canv, x, y, _sW=0):
        self._xy = (x, y)
        super().drawOn(canv, x, y, _sW)

    def draw(self):
        c = self.canv
        x, y = self._xy
        self.state["splash"] = True
        c.saveState()
        c.translate(-x, -y)
        c.setFillColor(self.accent)
        c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
        c.setFillColor(_tint(self.accent, 0.35))
        c.setFont(self.sans, 10)
        c.drawString(2.5 * cm, HEIGHT - 9 * cm, f"THEMA {self.k}")
        name_style = ParagraphStyle("et-theme", fontName=self.bold, fontSize=34, leading=38,
                                    textColor=colors.white)
        p = para(self.theme, name_style)
        w, h = p.wrap(WIDTH - 5 * cm, HEIGHT)
        p.drawOn(c, 2.5 * cm, HEIGHT - 9.4 * cm - h)
        yy = HEIGHT - 10.6 * cm - h
        for num, title in self.entries:
            text = f"{num}  {title}"
            c.setFillColor(colors.white)
            c.setFont(font_for(text, self.sans), 11)
            c.drawString(2.5 * cm, yy, text)
            yy -= 16
        c.restoreState()


class Marker(Flowable):
    """Sets the project whose title the page's strip carries."""

    def __init__(self, state, value):
        super().__init__()
        self.state, self.value = state, value

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state["project"] = self.value


def _strip_title_size(title, theme_font, bold, room):
    size = 15.0
    while size > 8 and stringWidth(title, font_for(title, bold), size) > room:
        size -= 0.5
    return size


# --- the document ----------------------------------------------------------------------------


def render_edgetitles(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    name = dossier_name(dossier)
    themes: list[str] = []
    for pr in dossier.projects:
        if pr.theme not in themes:
            themes.append(pr.theme)
    accent_of = {t: colors.HexColor(PALETTE[k % len(PALETTE)]) for k, t in enumerate(themes)}
    styles = {t: _styles(sans, bold, a) for t, a in accent_of.items()}
    num = {p: f"{p + 1:02d}" for p in range(len(dossier.projects))}

    def once(info):
        truth = Truth(dossier, "edgetitles")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=INNER, rightMargin=OUTER,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "edgetitles"))
        state = {"project": None, "splash": False}
        frame = Frame(INNER, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)

        def begin(canv, d):
            page = canv.getPageNumber()
            frame._x1 = INNER if page % 2 else OUTER
            frame._geom()
            frame._reset()

        def end(canv, d):
            page = canv.getPageNumber()
            if state["splash"]:
                state["splash"] = False
                return
            right = page % 2 == 1
            x0 = WIDTH - STRIP if right else 0
            p = state["project"]
            canv.saveState()
            if p is None:
                fill, top_line, main = CONTENTS_STRIP, "", f"Regio Deal {name} · Projectenboek"
                light = colors.HexColor("#D9DCDF")
            else:
                pr = dossier.projects[p]
                fill, top_line, main = accent_of[pr.theme], pr.theme.upper(), pr.title
                light = _tint(fill, 0.3)
            canv.setFillColor(fill)
            canv.rect(x0, 0, STRIP, HEIGHT, stroke=0, fill=1)
            room = 23 * cm
            size = _strip_title_size(main, sans, bold, room)
            _strip_text(canv, right, x0, main, top_line, size, bold, sans, light)
            canv.setFillColor(colors.white)
            canv.setFont(bold, 9)
            canv.drawCentredString(x0 + STRIP / 2, 1.2 * cm, str(page))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=begin, onPageEnd=end)])

        cst = ParagraphStyle("et-c", fontName=sans, fontSize=10, leading=14, textColor=INK)
        story: list = [para("PROJECTENBOEK", ParagraphStyle("et-k", cst, fontSize=9, textColor=GREY)),
                       para(f"Regio Deal {name}", ParagraphStyle("et-ct", cst, fontName=bold,
                                                                 fontSize=26, leading=32, spaceAfter=18)),
                       para(dossier.toc_heading, ParagraphStyle("et-h", cst, fontName=bold, fontSize=14,
                                                                leading=18, spaceAfter=6))]
        for theme in themes:
            story.append(para(theme.upper(), ParagraphStyle(f"et-th{themes.index(theme)}", cst, fontName=bold,
                                                            fontSize=9, textColor=accent_of[theme],
                                                            spaceBefore=8, spaceAfter=2)))
            data = [[para(num[p], cst), para(pr.title, cst), para(page_of(info, p), ParagraphStyle(
                "et-pg", cst, alignment=TA_RIGHT))]
                for p, pr in enumerate(dossier.projects) if pr.theme == theme]
            story.append(Table(data, colWidths=[1.0 * cm, FW - 2.5 * cm, 1.5 * cm], hAlign="LEFT",
                               style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 1),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                                 ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        seen: set[str] = set()
        for p, pr in enumerate(dossier.projects):
            accent, st = accent_of[pr.theme], styles[pr.theme]
            rec = truth.content(p)
            if pr.theme not in seen:
                seen.add(pr.theme)
                entries = [(num[q], o.title) for q, o in enumerate(dossier.projects) if o.theme == pr.theme]
                story += [PageBreak(), Marker(state, None),
                          ThemePage(state, themes.index(pr.theme) + 1, pr.theme, entries, accent, sans, bold)]
            story += [PageBreak(), Marker(state, p)]
            flow: list = []  # (flowable, is the label) of the project, in order
            number = para(num[p], st["number"], truth.heading(p))
            flow.append(number)
            for row in pr.rows:
                if isinstance(row, source.Table):
                    flow += _table(row, st, rec, FW, accent)
                    continue
                lab = para(row.label, st["label"], rec)
                lab._is_label = True
                flow.append(lab)
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        flow += _table(item, st, rec, FW, accent)
                    else:
                        flow.append(field_para(item, st["body"], st["item"], rec))
            # the paragraphs that start beside the disc (up to the first table)
            lead = []
            for f in flow:
                if not hasattr(f, "breakLines"):
                    break
                lead.append(f)
            n = DiscWrap.ends_at(lead, FW)
            story.append(DiscWrap(flow[:max(n, 1)], accent, FW))
            story += flow[max(n, 1):]
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)


def _strip_text(canv, right, x0, main, top_line, size, bold, sans, light):
    """The strip's turned lines: the title (nearer the text) and the theme (nearer the edge),
    reading top to bottom on a right-hand strip, bottom to top on a left-hand one."""
    canv.saveState()
    if right:
        # origin at the strip's inner edge, 2.5 cm from the top; x runs down the page and the
        # text's up points to the page's outer (right) edge
        canv.translate(x0, HEIGHT - 2.5 * cm)
        canv.rotate(-90)
        title_base, theme_base = 14, 14 + size + 6
    else:
        # origin at the strip's inner edge, 2.5 cm from the bottom; up points to the left edge
        canv.translate(x0 + STRIP, 2.5 * cm)
        canv.rotate(90)
        title_base, theme_base = 14, 14 + size + 6
    canv.setFillColor(colors.white)
    canv.setFont(font_for(main, bold), size)
    canv.drawString(0, title_base, main)
    if top_line:
        canv.setFillColor(light)
        canv.setFont(font_for(top_line, sans), 7.5)
        canv.drawString(0, theme_base, top_line)
    canv.restoreState()
