"""One more house style for the layout zoo (see zoo.py), held out: a ministry's "projecten
in één oogopslag" format, in which every project opens with its money and the prose follows.

- glance: A4 portrait, margins 2.2 cm left and right, 2.0 cm top, 2.4 cm bottom. Body in
          Times-Roman 10pt on 13pt (a Georgia-like serif), headings in Helvetica. Each project
          starts on a new page: a thin (1.2pt) rule in the ministry's blue across the text
          column, the THEME in 8pt Helvetica capitals, slightly letter-spaced (0.6pt), grey,
          then the title in 18pt Helvetica-Bold, and IMMEDIATELY, before any field, the
          project's INVESTMENT TABLE (its first table whose header names funding sources
          (Rijk, Provincie, Gemeenten, Privaat, Bedrijven, Onderwijs, Publiek, Regio ...)
          that stands in or after the field about (co-)financing; failing that its first such
          table anywhere) in a light-grey shaded box: a small bold heading "Financiering in
          één oogopslag" (9pt Helvetica-Bold) over the table, the table's notes right under
          it inside the box.
          Then the fields in the transcription's order, each a Helvetica-Bold 10pt label on a
          line of its own and its paragraphs in the serif; the field the investment table came
          from keeps its prose without the table (it was moved up). Any other table (a
          milestone table, a year table, a second funding table) stays where the transcription
          has it, its notes under it in 8pt.
          TABLES: horizontal rules only (over the header, under the header, over a Totaal row,
          under the last row), 8.5pt: header in Helvetica-Bold as transcribed (group headers
          kept, centred over their columns; the table label in the first header cell), body
          in Times-Roman, value cells right-aligned exactly as transcribed, the Totaal row
          bold. Header lines repeated where a table breaks over a page.
          Project notes at the foot of the page that holds their mark, under a short rule,
          7.5pt (a note whose mark is nowhere goes with the project's last paragraph).
          Running footer on every page: "Regio Deal <Name> | projecten in één oogopslag | N"
          in 8pt grey Helvetica at the left margin over a thin grey rule.

Moving the investment table to the top changes the reading order of a project's tables
where another table stands before it in the transcription (twente "Creatieve
Broedplaatsen": the year table "Investering" in the co-financing field; zeeland
"Innovatiecentrum Vlissingen-Oost": the milestone table; "Zorgtalent Zeeland": the
activity/year table): the golden list numbers those tables in the transcription's order, the
rendering prints them the other way round. The truth records, under "table_order", each such
project's tables in the order printed, by their number in the transcription.

Amounts are printed as transcribed: the truth has no "raw" object.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, fields_with_notes
from .zoo_common import Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, font_for, meta, para, register_fonts, tables_of

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.2 * cm, 2.0 * cm, 2.4 * cm
FW = WIDTH - 2 * MARGIN_X
BLUE = colors.HexColor("#01689B")
GREY = colors.HexColor("#5F5F5F")
SHADE = colors.HexColor("#EDEDED")
RULE = colors.HexColor("#3A3A3A")
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
SERIF, SERIF_B = "Times-Roman", "Times-Bold"
TSIZE = 8.5
BOX_PAD = 8.0
CELL_PAD = 3.0

_SOURCE_WORDS = re.compile(
    r"\b(rijk|provincie|prov\b|prov\.|gemeente|gemeenten|gem\b|gem\.|privaat|bedrijf|bedrijven|"
    r"bedrijfsleven|onderwijs|onderw|kennisinstelling|publiek|regio|waterschap|werkgever)",
    re.IGNORECASE)
_FINANCING_FIELD = re.compile(r"financier", re.IGNORECASE)


def _styles() -> dict:
    def tstyle(name, font, align):
        return ParagraphStyle(f"gl-{name}", fontName=font, fontSize=TSIZE,
                              leading=TSIZE * 1.2, alignment=align)

    return {
        "title": ParagraphStyle("gl-title", fontName=SANS_B, fontSize=18, leading=22,
                                spaceBefore=2, spaceAfter=12, keepWithNext=1),
        "box_h": ParagraphStyle("gl-boxh", fontName=SANS_B, fontSize=9, leading=11),
        "label": ParagraphStyle("gl-label", fontName=SANS_B, fontSize=10, leading=13,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("gl-body", fontName=SERIF, fontSize=10, leading=13,
                               spaceAfter=4),
        "tlabel": tstyle("tl", SANS_B, TA_LEFT),
        "thead": tstyle("th", SANS_B, TA_RIGHT),
        "tgroup": tstyle("tg", SANS_B, TA_CENTER),
        "tbody": tstyle("tb", SERIF, TA_LEFT),
        "tbody_b": tstyle("tbb", SERIF_B, TA_LEFT),
        "tamount": tstyle("ta", SERIF, TA_RIGHT),
        "tamount_b": tstyle("tab", SERIF_B, TA_RIGHT),
        "tfoot": ParagraphStyle("gl-tf", fontName=SERIF, fontSize=8, leading=10,
                                spaceBefore=2),
        "note": ParagraphStyle("gl-note", fontName=SERIF, fontSize=7.5, leading=9.2,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


class _Theme(Flowable):
    """The theme on one line in slightly letter-spaced capitals."""

    SIZE, SPACE = 8.0, 0.6

    def __init__(self, text, rec=None):
        super().__init__()
        self.text = text.upper()
        self.font = font_for(self.text, SANS)
        self.rec = rec

    def wrap(self, aW, aH):
        return aW, self.SIZE + 6

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(self.font, self.SIZE)
        c.drawString(0, 4, self.text, charSpace=self.SPACE)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _TopRule(Flowable):
    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 12

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(BLUE)
        c.setLineWidth(1.2)
        c.line(0, 11, self.aW, 11)
        c.restoreState()


def _printed_order(dossier: source.Dossier) -> dict[str, list[int]]:
    """Where the investment table moved up past other tables: their numbers, as printed."""
    order = {}
    for pr in dossier.projects:
        tables, money = tables_of(pr), investment_table(pr)
        if money is not None and tables.index(money) > 0:
            order[pr.title] = [tables.index(money), *(k for k, t in enumerate(tables) if t is not money)]
    return order


class _GlanceTruth(Truth):
    def record(self) -> dict:
        out = super().record()
        if order := _printed_order(self.dossier):
            out["table_order"] = order
        return out


def _names_sources(t: source.Table) -> bool:
    return any(_SOURCE_WORDS.search(h.text) for h in t.header_cells())


def investment_table(pr: source.Project) -> source.Table | None:
    """The project's first table naming funding sources that stands in or after the field
    about (co-)financing; else its first such table anywhere."""
    start = next((r for r, row in enumerate(pr.rows)
                  if isinstance(row, source.Field) and _FINANCING_FIELD.search(row.label)), None)
    placed = []
    for r, row in enumerate(pr.rows):
        items = [row] if isinstance(row, source.Table) else [
            c for c in row.content if isinstance(c, source.Table)]
        placed += [(r, t) for t in items]
    if start is not None:
        hit = next((t for r, t in placed if r >= start and _names_sources(t)), None)
        if hit is not None:
            return hit
    return next((t for _, t in placed if _names_sources(t)), None)


def _grid_table(t: source.Table, st, rec, width) -> Table:
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, RULE),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEABOVE", (0, r), (-1, r), 0.5, RULE) for r in totals]
    widths = _col_widths(t, lambda s: s, width, st, CELL_PAD, label_share=0.36)
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                 hAlign="LEFT")


def _box(t: source.Table, st, rec) -> Table:
    """The investment table in a light-grey box under its heading, its notes under it."""
    inner = FW - 2 * BOX_PAD
    cells = [[para("Financiering in één oogopslag", st["box_h"], rec)],
             [_grid_table(t, st, rec, inner)]]
    cells += [[para(f, st["tfoot"], rec)] for f in t.footnotes]
    cmds = [("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), BOX_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), BOX_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), BOX_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, 0), 5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), BOX_PAD)]
    return Table(cells, colWidths=[FW], style=TableStyle(cmds), hAlign="LEFT")


def _loose_table(t: source.Table, st, rec) -> list:
    out = [Spacer(0, 5), _grid_table(t, st, rec, FW)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_glance(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} | projecten in één oogopslag | ".replace("  ", " ")

    def once(info):
        truth = _GlanceTruth(dossier, "glance")
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "glance"))

        def on_page(canv, d):
            canv.saveState()
            text = footer + str(canv.getPageNumber())
            canv.setStrokeColor(colors.HexColor("#A0A0A0"))
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, 1.6 * cm, WIDTH - MARGIN_X, 1.6 * cm)
            canv.setFillColor(GREY)
            canv.setFont(font_for(text, SANS), 8)
            canv.drawString(MARGIN_X, 1.15 * cm, text)
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_TopRule())
            story.append(_Theme(pr.theme, truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            money = investment_table(pr)
            if money is not None:
                story += [_box(money, st, rec), Spacer(0, 6)]

            def place(t, inside, money=money, rec=rec):
                return [] if t is money else _loose_table(t, st, rec)

            story += fields_with_notes(pr, st, rec, foot, place)
        doc.build(story)
        return truth

    return build_until_stable(once)
