"""One more house style for the layout zoo (see zoo.py), held out: a ministry's assessment
form ("beoordelingsformulier") in which every note is a row of a small table instead of a
footnote.

- notetable: A4 portrait, margins 2.2 cm left and right, 2.2 cm top, 2.4 cm bottom. A
          Verdana-like sans (Helvetica) at 9.5pt on 12.5pt throughout. Projects flow on (a
          project opens on a new page only where less than 6 cm is left). Over each project
          its THEME in 9pt petrol capitals, then the title in 15pt Helvetica-Bold in petrol
          with a thin (0.6pt) petrol rule under it.
          FIELDS: a two-column table (a run of fields between two investment tables is one
          such table): the label in bold in a 4 cm column, the field's paragraphs in the rest
          (one table row per paragraph, a row splits over pages); light grey (0.5pt) horizontal
          rules between fields only, no vertical rules. A table inside a field stands in the
          text column, its note table under it.
          FUNDING TABLES across the column (in a field: across the text column): a full grid of
          thin (0.4pt) rules round every cell; the header line(s) on a petrol fill in white
          bold type (the table's label over the row-label column, a group header centred over
          its members, single headers right-aligned); body 8.5pt, amounts right-aligned
          exactly as transcribed, their note marks included ("7.500.000*", "80.000**"); the
          Totaal row bold. Header lines repeated where a table breaks over a page.
          TABLE NOTES: 4pt under each table that has notes, a separate small table of two
          columns (1.6 cm | the rest), full grid of thin rules, the header row "Noot |
          Toelichting" in bold on a light grey fill (repeated over a page break), one row per
          note in 8pt: the note's mark alone in the first column ("*", "**", "1)"), the note's
          text without its mark, wrapped, in the second. No notes: no note table.
          PROJECT NOTES (the notes the prose marks with superscript numbers) at the end of the
          project: the bold heading "Noten bij dit project" and the same kind of note table,
          the mark as the transcription gives it ("¹") in the first column, the note's
          paragraphs in the second.
          Footer on every page: "Beoordelingsformulier Regio Deal <Name> — pagina N van M" in
          8pt grey, centred, over a thin grey rule.

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.2 * cm, 2.2 * cm, 2.4 * cm
FW = WIDTH - 2 * MARGIN_X
PETROL = colors.HexColor("#00707F")
GREY = colors.HexColor("#5A5A5A")
LIGHT = colors.HexColor("#C8C8C8")
NOTE_FILL = colors.HexColor("#E3E3E3")
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 9.5, 12.5
TSIZE = 8.5
NSIZE = 8.0
LABEL_W = 4 * cm
MARK_W = 1.6 * cm
PAD = 3.0
GRID = 0.4

# A table note's leading mark: "*", "**", "1)", "(2)", "a)", "1", "¹" ...
_MARK = re.compile(r"^\s*(\*+|\(?\d{1,2}\)|[a-z]\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}(?=\s))\s*(.*)$", re.S)


def _styles() -> dict:
    def t(name, font, align, size=TSIZE, colour=colors.black):
        return ParagraphStyle(f"nt-{name}", fontName=font, fontSize=size, leading=size * 1.2,
                              alignment=align, textColor=colour)

    white = colors.white
    return {
        "theme": ParagraphStyle("nt-theme", fontName=SANS, fontSize=9, leading=11,
                                textColor=PETROL, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("nt-title", fontName=SANS_B, fontSize=15, leading=18.5,
                                textColor=PETROL, keepWithNext=1),
        "label": ParagraphStyle("nt-label", fontName=SANS_B, fontSize=SIZE, leading=LEAD),
        "body": ParagraphStyle("nt-body", fontName=SANS, fontSize=SIZE, leading=LEAD),
        "notes_h": ParagraphStyle("nt-nh", fontName=SANS_B, fontSize=SIZE, leading=LEAD,
                                  spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "tlabel": t("tl", SANS_B, TA_LEFT, colour=white),
        "thead": t("th", SANS_B, TA_RIGHT, colour=white),
        "tgroup": t("tg", SANS_B, TA_CENTER, colour=white),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", SANS_B, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", SANS_B, TA_RIGHT),
        "nhead": t("nh", SANS_B, TA_LEFT, NSIZE),
        "nmark": t("nm", SANS, TA_LEFT, NSIZE),
        "ntext": t("nt", SANS, TA_LEFT, NSIZE),
    }


class _Rule(Flowable):
    """The thin petrol rule under a project's title."""

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 10

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(PETROL)
        c.setLineWidth(0.6)
        c.line(0, 6, self.aW, 6)
        c.restoreState()


def split_mark(note: str) -> tuple[str, str]:
    """A table note's mark and its text ("* Het bedrijfsleven ..." -> ("*", "Het ..."))."""
    m = _MARK.match(note)
    if m and m.group(2):
        return m.group(1), m.group(2)
    return "", note.strip()


def note_table(items, st, rec, width) -> Table:
    """[(mark, [texts])] as a "Noot | Toelichting" table with a full grid."""
    rows = [[para("Noot", st["nhead"], rec), para("Toelichting", st["nhead"], rec)]]
    for mark, texts in items:
        rows.append([para(mark, st["nmark"], rec),
                     [para(t, st["ntext"], rec) for t in (texts or ("",))]])
    cmds = [("GRID", (0, 0), (-1, -1), GRID, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), NOTE_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return Table(rows, colWidths=[MARK_W, width - MARK_W], repeatRows=1,
                 style=TableStyle(cmds), hAlign="LEFT")


def funding_table(t: source.Table, st, rec, width) -> list:
    """The table in a full grid under a petrol header; its note table 4pt under it."""
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("GRID", (0, 0), (-1, -1), GRID, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), PETROL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.34)
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    if t.footnotes:
        items = [(m, (text,)) for m, text in map(split_mark, t.footnotes)]
        out += [Spacer(0, 4), note_table(items, st, rec, width)]
    return out


def _fields(fields: list[source.Field], st, rec) -> Table:
    """Label | text: one row per paragraph, grey rules between fields only."""
    text_w = FW - LABEL_W
    rows, cmds = [], []
    for f, field in enumerate(fields):
        for k, item in enumerate(field.content or ("",)):
            left = para(field.label, st["label"], rec) if k == 0 else ""
            if isinstance(item, source.Table):
                right = [Spacer(0, 2), *funding_table(item, st, rec, text_w - 6), Spacer(0, 2)]
            else:
                right = para(item, st["body"], rec)
            rows.append([left, right])
            if k and len(rows) > 1:  # a field's later paragraph: a little room above
                cmds.append(("TOPPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 1))
        if f < len(fields) - 1:
            cmds.append(("LINEBELOW", (0, len(rows) - 1), (-1, len(rows) - 1), 0.5, LIGHT))
            cmds.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 5))
    base = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 8),
            ("LEFTPADDING", (1, 0), (1, -1), 0), ("RIGHTPADDING", (1, 0), (1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    return Table(rows, colWidths=[LABEL_W, text_w], hAlign="LEFT", splitInRow=1,
                 style=TableStyle(base + cmds))


def render_notetable(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Beoordelingsformulier Regio Deal {dossier_name(dossier)}".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "notetable")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "notetable"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            text = f"{footer} — pagina {page} van {max(info['total'], page)}"
            canv.setStrokeColor(LIGHT)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, 1.6 * cm, WIDTH - MARGIN_X, 1.6 * cm)
            canv.setFillColor(GREY)
            canv.setFont(font_for(text, SANS), 8)
            canv.drawCentredString(WIDTH / 2, 1.15 * cm, text)
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [Spacer(0, 18), CondPageBreak(6 * cm)]
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            rule = _Rule()
            rule.keepWithNext = 1
            story += [rule, Spacer(0, 2)]
            run: list[source.Field] = []
            for row in list(pr.rows) + [None]:
                if isinstance(row, source.Field):
                    run.append(row)
                    continue
                if run:
                    story.append(_fields(run, st, rec))
                    run = []
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *funding_table(row, st, rec, FW), Spacer(0, 8)]
            if pr.notes:
                story.append(para("Noten bij dit project", st["notes_h"], rec))
                story.append(note_table([(n.mark, n.text) for n in pr.notes], st, rec, FW))
        doc.build(story)
        return truth

    return build_until_stable(once)
