"""One more house style for the layout zoo (see zoo.py), held out: a communication
agency's dossier design whose funding tables are drawn as column bands.

- colbands: A4 portrait, margins 2.2 cm all round, a sans (Liberation Sans, else DejaVu
          Sans) 9.5pt on 13pt, ragged right. Footer on every page: "Regio Deal <Name>" at
          the left and the page number at the right, 8pt grey. No header.
          Each project opens a new page: its THEME as a 9pt grey kicker in capitals, then the
          title in 18pt bold dark teal (#0B5563), then a 1.5pt teal rule 3 cm long under it.
          FIELDS: the label in 9.5pt bold teal on its own line, the field's paragraphs under
          it; list items as hanging bullets (the transcription's marker as the bullet).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too) across the full text width, 8pt, drawn as COLUMN BANDS:
          the label column has no background; each amount column stands on its own filled
          rectangle from the top of the header to the foot of the table (the Totaal row), in
          alternating pale tints (#E3F1F2, #EEF6F0), 2.5pt of white between neighbouring
          bands, so the columns are told apart by colour alone. Header texts bold, centred
          in their band; a group header ("Publiek") centred on a band of its own, a little
          darker, spanning its member bands (2.5pt above them). Amounts right-aligned,
          printed exactly as transcribed. NO rules and no row fills; the Totaal row bold with
          a little extra space above it. The table's label in bold in the header row's first
          cell (over the row labels). Table footnotes under the table in 7pt grey. A table
          that breaks over a page continues without its header; its bands run over each part.
          PROJECT NOTES under the project's last field in 7.5pt, after a short grey rule.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed and
the tables in the transcription's order: the truth record is the plain one.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.2 * cm
FW = WIDTH - 2 * MARGIN
FOOT_Y = 1.2 * cm  # the footer's baseline, under the bottom margin

TEAL = colors.HexColor("#0B5563")
GREY = colors.HexColor("#6F6F6F")
INK = colors.HexColor("#1E1E1E")
TINTS = (colors.HexColor("#E3F1F2"), colors.HexColor("#EEF6F0"))
GROUP_TINT = colors.HexColor("#CFE5E7")
NOTE_RULE = colors.HexColor("#A8A8A8")

SIZE, LEAD = 9.5, 13.0
TSIZE, TLEAD = 8.0, 10.0
GAP = 2.5            # white between two bands
PAD = GAP / 2 + 3.5  # a value cell's side padding: half the gap, then the text's own room
TOTAL_ABOVE = 7.0    # the Totaal row's top padding (the other rows 2.5)



def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"cb-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT):
        return style(name, font, TSIZE, TLEAD, alignment=align)

    return {
        "kicker": style("kicker", sans, 9, 11, textColor=GREY, spaceAfter=3, keepWithNext=1),
        "title": style("title", bold, 18, 22, textColor=TEAL, keepWithNext=1),
        "label": style("label", bold, textColor=TEAL, spaceBefore=9, spaceAfter=2,
                       keepWithNext=1),
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=12, bulletIndent=0, bulletFontName=sans,
                      bulletFontSize=SIZE, spaceAfter=2.5),
        "tlabel": t("tl", bold),
        "thead": t("th", bold, TA_CENTER),
        "tgroup": t("tg", bold, TA_CENTER),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", bold),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "tfoot": style("tf", sans, 7, 8.8, textColor=GREY, spaceBefore=2),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


class _Rule(Flowable):
    """A short horizontal rule (`length` long, `weight` thick) with room above and below."""

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


# --- funding tables as column bands -------------------------------------------------


def _group_of(value):
    """The (first column, last column, lines) a group header cell carries, else None
    (reportlab may hold a cell as a list of parts)."""
    if isinstance(value, (list, tuple)):
        return next((g for g in map(_group_of, value) if g is not None), None)
    return getattr(value, "_group", None)


class BandTable(Table):
    """A table without rules whose value columns stand on tinted bands; the cells carry
    what the bands need, so the parts of a split table draw their own bands."""

    def _drawBkgrnd(self):
        super()._drawBkgrnd()
        canv = self.canv
        cp, rp = self._colpositions, self._rowpositions
        tops = dict.fromkeys(range(1, self._ncols), rp[0])
        groups = []
        for r in range(self._nrows):
            for c in range(self._ncols):
                g = _group_of(self._cellvalues[r][c])
                if g is None:
                    continue
                c0, c1, lines = g
                foot = rp[min(r + lines, self._nrows)]
                groups.append((cp[c0] + GAP / 2, foot + GAP / 2, cp[c1 + 1] - GAP / 2, rp[r]))
                for m in range(c0, c1 + 1):  # the members start under the group's band
                    tops[m] = min(tops[m], foot - GAP / 2)
        canv.saveState()
        for c, top in tops.items():
            canv.setFillColor(TINTS[(c - 1) % 2])
            x0, x1 = cp[c] + GAP / 2, cp[c + 1] - GAP / 2
            canv.rect(x0, rp[-1], x1 - x0, top - rp[-1], stroke=0, fill=1)
        canv.setFillColor(GROUP_TINT)
        for x0, y0, x1, y1 in groups:
            canv.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        canv.restoreState()


def _table(t: source.Table, st, rec, width) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    for h in placed:
        if h.columns > 1:
            rows[h.line][h.column]._group = (h.column, h.column + h.columns - 1, h.lines)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0),  # the label column has no band: flush left
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, 0), 4),  # room inside the bands' tops
            ("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 4)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("TOPPADDING", (0, r), (-1, r), TOTAL_ABOVE) for r in totals]
    for h in placed:  # a group's band stands GAP above its members: room under its text
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("BOTTOMPADDING", (h.column, r), (h.column, r), 3 + GAP))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.3)
    out: list = [Spacer(0, 6), BandTable(rows, colWidths=widths, style=TableStyle(cmds),
                                         hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- the document ----------------------------------------------------------------------


def render_colbands(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    footer = f"Regio Deal {dossier_name(dossier)}".strip()

    def text_para(text, rec):
        return field_para(text, st["body"], st["item"], rec)

    def once(info):
        truth = Truth(dossier, "colbands")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "colbands"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, sans), 8)
            canv.drawString(MARGIN, FOOT_Y, footer)
            canv.drawRightString(WIDTH - MARGIN, FOOT_Y, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["kicker"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            rule = _Rule(3 * cm, 1.5, TEAL, 4, 6)
            rule.keepWithNext = 1
            story.append(rule)
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
                story.append(_Rule(2 * cm, 0.5, NOTE_RULE, 10, 4))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
