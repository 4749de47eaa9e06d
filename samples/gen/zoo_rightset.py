"""One more house style for the layout zoo (see zoo.py), held out: a design studio's annual
plan ("jaarplan"), set with unusual alignment throughout: right-aligned labels, centred
amounts, tables without a single rule or fill.

- rightset: A4 portrait, margins 2 cm all round (a 17 cm type area). Body Helvetica 9.5pt on
          13pt, ragged right. Projects flow on (a conditional break keeps a project's opening
          off a page's foot), 22pt of space between projects.
          Over each project its THEME in 8pt letter-spaced capitals (1.4pt between letters,
          mid grey), then the title in 18pt light-weight Helvetica (regular) in dark grey on
          22pt, both at the left margin.
          FIELDS: a 4 cm left column for the label and the 13 cm text column beside it. The
          label is set in 8.5pt bold dark grey, RIGHT-aligned, ending 0.5 cm before the text
          column (so labels of different lengths start at different x; a long label wraps,
          ragged left); its first line stands on the baseline of the field's first line. The
          field's paragraphs in the text column, ragged right, 4pt apart; 8pt between fields.
          A table inside a field stands in the text column.
          FUNDING TABLES (a project's own tables across the type area, tables in a field across
          the text column): NO rules and NO fills at all. The label column (about 30% of the
          width, at most 6 cm) holds the table's label over it and the row labels, all
          RIGHT-aligned against the first amount column (they end at the same x and start
          where their length puts them; a long one wraps, ragged left). The value columns are
          of equal width (at most 2.6 cm each, the table left-aligned when they leave room);
          every column header and every amount is CENTRED in its column (so amounts of
          different lengths have different left and right edges), text cells (a date, a
          party, "€ 75.000 per broedplaats = € 750.000") centred too, wrapping in the column.
          Type 8pt on 10pt, headers bold and bottom-aligned; a column header standing over
          two header lines fills both. A group header ("Publiek") is centred over its member
          columns with a thin (0.3pt) hairline under the group label only (across the group's
          columns, inset by the cell padding) — the only rule in the table. The Totaal row in
          bold with 6pt extra space above it. Amounts exactly as transcribed, their note marks
          included ("7.500.000*"). Header lines repeated where a table breaks over a page.
          TABLE NOTES right-aligned under the table (flush with its right edge), 8pt grey.
          PROJECT NOTES (the notes the prose marks with superscript numbers) at the end of the
          project in the text column, 8pt, the mark hanging.
          Running footer on every page, 8pt grey: "Jaarplan Regio Deal <Name>" centred and the
          page number at the outer corner (right on odd pages, left on even ones), both on
          the same baseline 1.2 cm above the paper's foot.

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
LABEL_W = 4 * cm
GUTTER = 0.5 * cm
TEXT_W = FW - LABEL_W
DARK = colors.HexColor("#3A3A3A")
MID = colors.HexColor("#7A7A7A")
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 9.5, 13.0
TSIZE, TLEAD = 8.0, 10.0
PAD = 3.0
VALUE_MAX = 2.6 * cm
TRACK = 1.4  # letter spacing of the theme line


def _styles() -> dict:
    def t(name, font, align):
        return ParagraphStyle(f"rs-{name}", fontName=font, fontSize=TSIZE, leading=TLEAD,
                              alignment=align)

    return {
        "title": ParagraphStyle("rs-title", fontName=SANS, fontSize=18, leading=22,
                                textColor=DARK, spaceAfter=12, keepWithNext=1),
        "label": ParagraphStyle("rs-label", fontName=SANS_B, fontSize=8.5, leading=LEAD,
                                alignment=TA_RIGHT, textColor=DARK),
        "body": ParagraphStyle("rs-body", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               alignment=TA_LEFT),
        "tlabel": t("tl", SANS_B, TA_RIGHT),
        "thead": t("th", SANS_B, TA_CENTER),
        "tgroup": t("tg", SANS_B, TA_CENTER),
        "tbody": t("tb", SANS, TA_RIGHT),
        "tbody_b": t("tbb", SANS_B, TA_RIGHT),
        "tamount": t("ta", SANS, TA_CENTER),
        "tamount_b": t("tab", SANS_B, TA_CENTER),
        "tfoot": ParagraphStyle("rs-tf", fontName=SANS, fontSize=8, leading=10,
                                alignment=TA_RIGHT, textColor=MID),
        "note": ParagraphStyle("rs-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("rs-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


class _Tracked(Flowable):
    """One line of letter-spaced capitals (the theme over a title); reports its page."""

    def __init__(self, text, size, colour, rec=None, space_after=3):
        super().__init__()
        self.text, self.size, self.colour, self.rec = text, size, colour, rec
        self.font = font_for(text, SANS)
        self.space_after = space_after
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.h = self.size * 1.25
        return aW, self.h + self.space_after

    def draw(self):
        c = self.canv
        c.saveState()
        t = c.beginText(0, self.space_after + self.size * 0.3)
        t.setFont(self.font, self.size)
        t.setCharSpace(TRACK)
        t.setFillColor(self.colour)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _GroupHead(Flowable):
    """A group header centred over its columns, a hairline under it across the cell."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def wrap(self, aW, aH):
        self.aW = aW
        _, self.ph = self.p.wrap(aW, aH)
        return aW, self.ph + 3

    def draw(self):
        self.p.drawOn(self.canv, 0, 3)
        c = self.canv
        c.saveState()
        c.setStrokeColor(DARK)
        c.setLineWidth(0.3)
        c.line(0, 1, self.aW, 1)
        c.restoreState()


def _widths(t: source.Table, width: float) -> list[float]:
    n = t.columns
    value = min(VALUE_MAX, width * 0.7 / n)
    label = min(width - n * value, max(width * 0.3, 6 * cm))
    return [label] + [value] * n


def funding_table(t: source.Table, st, rec, width) -> list:
    """No rules, no fills: labels right-aligned, every header and amount centred."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, lines), (-1, lines), 2 + 3)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        if h.columns > 1:
            cell = _GroupHead(para(h.text, st["tgroup"], rec))
        else:
            cell = para(h.text, st["thead"], rec)
        rows[h.line][h.column] = cell
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            r = len(rows)
            cmds.append(("TOPPADDING", (0, r), (-1, r), (5 if r == lines else 2) + 6))
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["tbody_b" if bold else "tbody"], rec)]
                    + [para(c, st["tamount_b" if bold else "tamount"], rec) for c in cells])
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _widths(t, width)
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    if t.footnotes:
        notes = Table([[para(f, st["tfoot"], rec)] for f in t.footnotes], colWidths=[sum(widths)],
                      hAlign="LEFT", style=TableStyle([
                          ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                          ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                          ("TOPPADDING", (0, 0), (-1, -1), 0),
                          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        out += [Spacer(0, 3), notes]
    return out


def _field(field: source.Field, st, rec) -> Table:
    """Label (right-aligned, 4 cm column) | the field's paragraphs, one row each."""
    rows = []
    for k, item in enumerate(field.content or ("",)):
        left = para(field.label, st["label"], rec) if k == 0 else ""
        if isinstance(item, source.Table):
            right = [Spacer(0, 3), *funding_table(item, st, rec, TEXT_W), Spacer(0, 3)]
        else:
            right = para(item, st["body"], rec)
        rows.append([left, right])
    return Table(rows, colWidths=[LABEL_W, TEXT_W], hAlign="LEFT", splitInRow=1,
                 style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), GUTTER),
                     ("LEFTPADDING", (1, 0), (1, -1), 0), ("RIGHTPADDING", (1, 0), (1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (0, 0), 1),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))


def render_rightset(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Jaarplan Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "rightset")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "rightset"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFillColor(MID)
            canv.setFont(font_for(footer, SANS), 8)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, footer)
            canv.setFont(SANS, 8)
            if page % 2:
                canv.drawRightString(WIDTH - MARGIN, 1.2 * cm, str(page))
            else:
                canv.drawString(MARGIN, 1.2 * cm, str(page))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [Spacer(0, 22), CondPageBreak(6 * cm)]
            story.append(_Tracked(pr.theme.upper(), 8, MID, truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 4), *funding_table(row, st, rec, FW), Spacer(0, 10)]
                else:
                    story.append(_field(row, st, rec))
            if pr.notes:
                notes = []
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        notes.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
                story.append(Table([["", notes]], colWidths=[LABEL_W, TEXT_W], hAlign="LEFT", splitInRow=1,
                                   style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                     ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                     ("TOPPADDING", (0, 0), (-1, -1), 4),
                                                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))
        doc.build(story)
        return truth

    return build_until_stable(once)
