"""One more house style for the layout zoo (see zoo.py), held out: a pocket-size (A5) Word
report whose funding tables are too wide for its narrow column, so each wide table was split
by hand into two tables printed one under the other.

- splitwide: A5 portrait (148 x 210 mm), margins 1.5 cm all round (an 11.8 cm text column).
          Helvetica 8.5pt on 11pt throughout, ragged right, 3pt after each paragraph. Each
          project starts on a new page: its THEME in 8pt grey capitals, then the title in
          12pt Helvetica-Bold; each field's label in bold on a line of its own (6pt above),
          the field's paragraphs under it. Project notes at the project's end under a short
          rule, 7.5pt. Footer on every page: "Pagina N" in 8pt grey, centred.
          FUNDING TABLES (investment tables and those inside a field, which stay in their
          field) in 7.5pt, a full grid of thin (0.4pt) black rules round every cell, the
          header line(s) in bold (the table's label in the corner cell, merged down over the
          header lines, left-aligned; single column headers right-aligned; a group header
          such as "Publiek" centred over its members), amounts right-aligned exactly as
          transcribed (note marks included), the Totaal row bold. Value columns are 1.9 cm
          wide, the row-label column takes the rest. A table of at most FOUR value columns
          is printed whole. A table of MORE than four value columns does not fit the column
          and is printed in TWO PARTS, one under the other, as a Word user splits a table:
          part 1 holds the row-label column and the first half of the value columns (the
          larger half where their number is odd: 5 -> 3 + 2, 6 -> 3 + 3, 7 -> 4 + 3), e.g.
          Totaal, Privaat, Onderwijs; then 8pt of space; then part 2 REPEATS the row-label
          column (every row label again), its corner cell reading "<label> (vervolg)", with
          the remaining value columns (e.g. Gem., Provincie, Rijk), the header lines
          repeated for those columns; a group header is printed over its members within
          the part that holds them (over its columns in each part where the split cuts
          through it). Both parts use the same column widths, so part 2 is narrower where
          it has fewer columns. The Totaal row is bold in both parts. Each part is kept
          whole where it fits on a page (moved to the next page otherwise); where part 2
          does not fit under part 1 it goes to the top of the next page. Table footnotes
          under the table (under part 2 where split) in 7pt. The transcription's page breaks
          inside tables are not reproduced.

Every cell prints as transcribed, so no "raw" is recorded. The two parts are ONE table of the
source, all its columns under their own keys, and the table indices of the project are
those of the transcription; each part's cells record their page.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import end_notes
from .zoo_common import Doc, Truth, build_until_stable, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A5
MARGIN = 1.5 * cm
FW = WIDTH - 2 * MARGIN
VALUE_W = 1.9 * cm
PER_PART = 4  # value columns that fit beside the row labels
GAP = 8  # space between the two parts
GRID = 0.4
GREY = colors.HexColor("#6B6B6B")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
TSIZE = 7.5


def _styles() -> dict:
    def t(name, font, align):
        return ParagraphStyle(f"sw-{name}", fontName=font, fontSize=TSIZE, leading=TSIZE * 1.22,
                              alignment=align)

    return {
        "theme": ParagraphStyle("sw-theme", fontName=SANS, fontSize=8, leading=10,
                                textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("sw-title", fontName=BOLD, fontSize=12, leading=15,
                                spaceAfter=6, keepWithNext=1),
        "label": ParagraphStyle("sw-label", fontName=BOLD, fontSize=8.5, leading=11,
                                spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "body": ParagraphStyle("sw-body", fontName=SANS, fontSize=8.5, leading=11,
                               spaceAfter=3),
        "tfoot": ParagraphStyle("sw-tf", fontName=SANS, fontSize=7, leading=8.8, spaceBefore=2),
        "note": ParagraphStyle("sw-note", fontName=SANS, fontSize=7.5, leading=9.4,
                               leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": ParagraphStyle("sw-notem", fontName=SANS, fontSize=7.5, leading=9.4,
                                    leftIndent=8, spaceAfter=1.5),
        "tlabel": t("tl", BOLD, TA_LEFT),
        "thead": t("th", BOLD, TA_RIGHT),
        "tgroup": t("tg", BOLD, TA_CENTER),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
    }


class _Rule(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 6

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.width, 3)


def _part(t: source.Table, first: int, last: int, label: str, label_w: float, st, rec) -> Table:
    """The row-label column and value columns first..last (1-based) of table `t`, the
    corner cell reading `label`."""
    n = last - first + 1
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    rows[0][0] = para(label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = max(h.column, first), min(h.column + h.columns - 1, last)
        if c0 > c1:
            continue
        x0, x1 = c0 - first + 1, c1 - first + 1
        rows[h.line][x0] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        r1 = h.line + h.lines - 1
        if (x1, r1) != (x0, h.line):
            cmds.append(("SPAN", (x0, h.line), (x1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (t.columns - (len(body) - 1))
        rows.append([para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
                    + [para(x, st["tamount_b"] if bold else st["tamount"], rec)
                       for x in cells[first - 1:last]])
    style = [("GRID", (0, 0), (-1, -1), GRID, colors.black),
             ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
             ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))] + cmds
    return Table(rows, colWidths=[label_w] + [VALUE_W] * n, repeatRows=lines,
                 style=TableStyle(style), hAlign="LEFT")


def _place(t: source.Table, st, rec, width: float) -> list:
    n = t.columns
    out: list = [Spacer(0, 4)]
    if n <= PER_PART:
        label_w = width - n * VALUE_W
        out.append(KeepTogether([_part(t, 1, n, t.label, label_w, st, rec)]))
    else:
        half = (n + 1) // 2
        label_w = width - half * VALUE_W
        out.append(KeepTogether([_part(t, 1, half, t.label, label_w, st, rec)]))
        out.append(Spacer(0, GAP))
        out.append(KeepTogether([_part(t, half + 1, n, f"{t.label} (vervolg)", label_w, st,
                                       rec)]))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_splitwide(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "splitwide")
        doc = Doc(str(pdf_path), truth, pagesize=A5, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "splitwide"))

        def footer(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            canv.drawCentredString(WIDTH / 2, 0.8 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(
            MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0)], onPage=footer)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if story:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _place(row, st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _place(item, st, rec, FW)
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story += [Spacer(0, 8), CondPageBreak(30), _Rule(90)]
                story += end_notes(pr.notes, st, rec)
        doc.build(story)
        return truth

    return build_until_stable(once)
