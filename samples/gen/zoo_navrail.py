"""One more house style for the layout zoo (see zoo.py), held out: an online annual report
("online jaarverslag") of a regional programme, printed to PDF from the web page, so every
page carries the site's navigation rail at the left.

- navrail: A4 portrait. A LEFT RAIL 4.4 cm wide from the page's top to its foot, filled pale
          grey (#F2F2F2). In the rail, on EVERY page, from 1.5 cm below the top: the
          programme's name "Regio Deal <Name>" in 9pt bold, then the navigation: every theme
          of the dossier in 7pt grey capitals, under it every project title of that theme in
          8pt (wrapped within the rail, indented 0.35 cm), 3pt between entries. The entry of
          the project the page belongs to is set bold in the accent colour (#C0392B) with a
          2pt accent bar left of it, the others plain dark grey (a page before the first
          project highlights none).
          The MAIN column from 1.2 cm right of the rail to 1.8 cm from the page's right edge,
          1.8 cm top and bottom margins; a sans (Liberation Sans, else DejaVu Sans) 9.5pt on
          13pt, ragged right. Footer under the main column, centred: the page number, 8pt
          grey. No header (the rail is the site's chrome).
          Each project opens a new page: a breadcrumb "Home › <theme> › <title>" in 7.5pt
          grey, the title in 18pt bold, then the fields: the label in 10pt bold accent colour
          on its own line, the paragraphs under it, list items as hanging bullets (the
          transcription's marker as the bullet: "•", "-", "○", "1.", "(a)").
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too) across the main column, 8pt, a hairline under the header
          and above the Totaal row, no other rules; header bold (the table's label over the
          row labels, single headers right-aligned, a group header centred over its members);
          amounts right-aligned exactly as transcribed; the Totaal row bold. Header lines
          repeated where a table breaks over a page (as a browser repeats a <thead>). Table
          footnotes under the table in 7pt.
          PROJECT NOTES under the project's last field in 7pt, after a short rule.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed: the
truth record is the plain one (a project's pages are its own pages; the rail, drawn on all of
them, is recorded for none).
"""

from __future__ import annotations

from collections import OrderedDict
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
RAIL_W = 4.4 * cm
RAIL_TOP = 1.5 * cm
RAIL_PAD = 0.4 * cm     # the rail's text from its left and right edges
RAIL_INDENT = 0.35 * cm  # a project entry under its theme
MAIN_X = RAIL_W + 1.2 * cm
MAIN_RIGHT = 1.8 * cm
TOP = BOTTOM = 1.8 * cm
FW = WIDTH - MAIN_X - MAIN_RIGHT
FOOT_Y = 1.0 * cm  # the footer's baseline, under the bottom margin

ACCENT = colors.HexColor("#C0392B")
RAIL_FILL = colors.HexColor("#F2F2F2")
INK = colors.HexColor("#222222")
DARK_GREY = colors.HexColor("#444444")
GREY = colors.HexColor("#7A7A7A")
HAIR = colors.HexColor("#555555")

SIZE, LEAD = 9.5, 13.0
TSIZE, TLEAD = 8.0, 10.0
PAD = 3.0
ENTRY_GAP = 3.0   # between the rail's entries
THEME_GAP = 8.0   # above a theme in the rail (the gap between its sections)



def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"nr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT):
        return style(name, font, TSIZE, TLEAD, alignment=align)

    return {
        "crumb": style("crumb", sans, 7.5, 9.5, textColor=GREY, spaceAfter=4, keepWithNext=1),
        "title": style("title", bold, 18, 22, keepWithNext=1, spaceAfter=4),
        "label": style("label", bold, 10, 13, textColor=ACCENT, spaceBefore=9, spaceAfter=2,
                       keepWithNext=1),
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=14, bulletIndent=2, bulletFontName=sans,
                      bulletFontSize=SIZE, spaceAfter=2.5),
        "tlabel": t("tl", bold),
        "thead": t("th", bold, TA_RIGHT),
        "tgroup": t("tg", bold, TA_CENTER),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", bold),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "tfoot": style("tf", sans, 7, 8.8, spaceBefore=2),
        "note": style("note", sans, 7, 9, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", sans, 7, 9, leftIndent=8, spaceAfter=1.5),
        # the rail; as in a browser, a word wider than the rail is not broken (it runs on
        # into the rail's right padding)
        "r_name": style("rname", bold, 9, 11.5, splitLongWords=0),
        "r_theme": style("rtheme", sans, 7, 9, textColor=GREY, splitLongWords=0),
        "r_entry": style("rentry", sans, 8, 10, textColor=DARK_GREY, splitLongWords=0),
        "r_here": style("rhere", bold, 8, 10, textColor=ACCENT, splitLongWords=0),
    }


class _Rule(Flowable):
    """A short horizontal rule with room above and below."""

    def __init__(self, length, weight, colour, above, below):
        super().__init__()
        self.length, self.weight, self.colour = length, weight, colour
        self.above, self.below = above, below

    def wrap(self, aW, aH):
        return self.length, self.above + self.weight + self.below

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.weight)
        y = self.below + self.weight / 2
        c.line(0, y, self.length, y)
        c.restoreState()


# --- the navigation rail ----------------------------------------------------------------


def _plain(text, style) -> Paragraph:
    """A rail text: drawn on every page but recorded for no project."""
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    return Paragraph(escape(text), style)


def _draw_rail(canv, dossier, st, name, here):
    """The rail with project `here` (an index, or None) highlighted."""
    canv.saveState()
    canv.setFillColor(RAIL_FILL)
    canv.rect(0, 0, RAIL_W, HEIGHT, stroke=0, fill=1)
    canv.restoreState()
    inner = RAIL_W - 2 * RAIL_PAD
    y = HEIGHT - RAIL_TOP

    def put(p, x, width, gap_after):
        nonlocal y
        h = p.wrap(width, HEIGHT)[1]
        y -= h
        p.drawOn(canv, x, y)
        y -= gap_after
        return h

    put(_plain(name, st["r_name"]), RAIL_PAD, inner, 4)
    themes: OrderedDict = OrderedDict()
    for i, pr in enumerate(dossier.projects):
        themes.setdefault(pr.theme, []).append(i)
    for theme, members in themes.items():
        y -= THEME_GAP
        put(_plain(theme.upper(), st["r_theme"]), RAIL_PAD, inner, ENTRY_GAP)
        for i in members:
            x = RAIL_PAD + RAIL_INDENT
            h = put(_plain(dossier.projects[i].title, st["r_here" if i == here else "r_entry"]),
                    x, inner - RAIL_INDENT, ENTRY_GAP)
            if i == here:  # the accent bar, 2pt wide, 3pt left of the entry
                canv.saveState()
                canv.setFillColor(ACCENT)
                canv.rect(x - 5, y + ENTRY_GAP, 2, h, stroke=0, fill=1)
                canv.restoreState()


# --- funding tables ---------------------------------------------------------------------


def _table(t: source.Table, st, rec, width) -> list:
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.25, HAIR)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEABOVE", (0, r), (-1, r), 0.25, HAIR) for r in totals]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.34)
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- the document ----------------------------------------------------------------------


def render_navrail(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    name = f"Regio Deal {dossier_name(dossier)}".strip()

    def text_para(text, rec):
        return field_para(text, st["body"], st["item"], rec)

    def once(info):
        truth = Truth(dossier, "navrail")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MAIN_X, rightMargin=MAIN_RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "navrail"))

        def page_for(here):
            def on_page(canv, d):
                _draw_rail(canv, dossier, st, name, here)
                canv.saveState()
                canv.setFillColor(GREY)
                canv.setFont(sans, 8)
                canv.drawCentredString(MAIN_X + FW / 2, FOOT_Y, str(canv.getPageNumber()))
                canv.restoreState()
            return on_page

        def frame():
            return Frame(MAIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        # one template per project, so every page of a project highlights its entry;
        # "front" (no entry highlighted) would serve a page before the first project
        n = len(dossier.projects)
        templates = [PageTemplate(f"p{p}", [frame()], onPage=page_for(p)) for p in range(n)]
        templates.append(PageTemplate("front", [frame()], onPage=page_for(None)))
        doc.addPageTemplates(templates)
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate(f"p{p}"), PageBreak()]
            crumb = f"Home › {pr.theme} › {pr.title}"
            story.append(para(crumb, st["crumb"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, FW)
                    else:
                        story.append(text_para(item, rec))
            if pr.notes:
                story.append(_Rule(2 * cm, 0.5, GREY, 10, 4))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
