"""One more house style for the layout zoo (see zoo.py), held out: a subsidy web portal's
"print view" of the submitted applications, printed from a phone-width (responsive) page,
so that every funding table comes out as a stack of cards instead of a grid.

- stacked: A4 portrait, but all content in ONE NARROW COLUMN 10 cm wide, centred on the
           page (5.5 cm left and right), 2.4 cm from the top edge and 2.2 cm from the
           bottom; Helvetica 9.5pt on 12.5pt, ragged right. PORTAL HEADER on every page at
           the top of the column: "Regio Deal portaal · Aanvraag <n>" (n: the project's number
           in the dossier, 1, 2, ...) in 7.5pt grey over a thin (0.4pt) light grey rule across
           the column; FOOTER under the column: "Afgedrukt op 12-03-2018 · pagina N/M" (N, M
           counted through the whole print) in 7.5pt grey, centred. No cover, no contents.
           Each application (project) starts a new page: its THEME in grey capitals (8pt)
           above its title (15pt Helvetica-Bold on 18pt, wrapping in the column), 8pt below.
           FIELDS: the label in bold (9.5pt) on a line of its own (8pt above it, kept with
           what follows), then the field's paragraphs (4pt after each).
           FUNDING TABLES (investment tables and those inside a field alike) as STACKED
           CARDS: the table's label (the text over the row labels in the source) as a bold
           9pt caption, then for each body row, in the source's order, a small box across
           the column (a thin 0.5pt grey border, 5pt inner padding, 4pt between boxes, never
           split over a page): its first line the row label in bold 9pt (wrapping), then one
           line per value column, 8.5pt: the column's label at the left and the cell at the
           right edge of the box (right-aligned, no leader dots, no colon; a long cell
           wraps, right-aligned). A column's label is the source's header text over it; a
           column under a group header is written "<group> – <header>" ("Publiek – Gem.",
           "Publiek – Provincie"), a group header with no header of its own under it is
           written alone ("Publiek" on both of its lines). Cells printed exactly as
           transcribed (nils "-", ".-", "-*" as written, marks kept: "7.500.000*"); an EMPTY
           CELL's line is left out of its card. The Totaal row is a card like the others
           (its label as transcribed, "Totaal", "TOTAAL", bold like every card's label).
           The table's footnotes in 8pt under its last card. The source's page breaks
           inside a table are not followed: the cards flow over pages.
           Project notes (the notes the prose marks with superscript numbers) at the end of
           the application in 8pt, the mark hanging.

Every cell the truth expects is printed as transcribed, so the truth record is the plain
one (no "raw"); an empty cell is not printed at all (its golden cell is still empty).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, font_for, meta, para, register_fonts

WIDTH, HEIGHT = A4
COL_W = 10 * cm
MARGIN_X = (WIDTH - COL_W) / 2
TOP, BOTTOM = 2.4 * cm, 2.2 * cm
GREY = colors.HexColor("#6B6B6B")
BORDER = colors.HexColor("#B4B4B4")
RULE = colors.HexColor("#CFCFCF")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 9.5, 12.5
CSIZE = 8.5
PAD = 5.0
PRINTED = "12-03-2018"


def _styles() -> dict:
    return {
        "theme": ParagraphStyle("st-theme", fontName=SANS, fontSize=8, leading=10,
                                textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("st-title", fontName=BOLD, fontSize=15, leading=18,
                                spaceAfter=8, keepWithNext=1),
        "label": ParagraphStyle("st-label", fontName=BOLD, fontSize=SIZE, leading=LEAD,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("st-body", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               spaceAfter=4),
        "caption": ParagraphStyle("st-cap", fontName=BOLD, fontSize=9, leading=11.5,
                                  spaceBefore=4, spaceAfter=4),
        "row": ParagraphStyle("st-row", fontName=BOLD, fontSize=9, leading=11.2),
        "col": ParagraphStyle("st-col", fontName=SANS, fontSize=CSIZE, leading=10.6,
                              alignment=TA_LEFT),
        "cell": ParagraphStyle("st-cell", fontName=SANS, fontSize=CSIZE, leading=10.6,
                               alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("st-tf", fontName=SANS, fontSize=8, leading=10, spaceBefore=1,
                                spaceAfter=1),
        "note": ParagraphStyle("st-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("st-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


class _Opens(Flowable):
    """Zero-size marker: from the page it is drawn on, the header names application `n`."""

    def __init__(self, state: dict, n: int):
        super().__init__()
        self.state, self.n = state, n

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state["n"] = self.n


def column_labels(t: source.Table) -> list[str]:
    """Each value column's label: the header texts over it, top to bottom, joined by " – "."""
    over: list[list[tuple[int, str]]] = [[] for _ in range(t.columns)]
    for h in t.header_cells():
        if not h.text.strip():
            continue
        for c in range(h.column, h.column + h.columns):
            if 1 <= c <= t.columns:
                over[c - 1].append((h.line, h.text.strip()))
    return [" – ".join(text for _, text in sorted(texts)) for texts in over]


def _widths(t: source.Table, labels: list[str], inner: float) -> tuple[float, float]:
    """(label, value) widths inside a card: the value column as wide as the widest cell
    needs (within 35-60% of the card), the label column the rest."""
    need = max([stringWidth(c, SANS, CSIZE) for row in t.rows for c in row[1:]] + [0.0]) + 4
    value = max(0.35 * inner, min(need, 0.6 * inner))
    label_need = max([stringWidth(s, SANS, CSIZE) for s in labels] + [0.0]) + 6
    if label_need + value > inner:  # a long cell shares the room with the labels
        value = max(0.35 * inner, inner - label_need)
    return inner - value, value


def _card(row: tuple[str, ...], labels, widths, st, rec) -> Table:
    rows = [[para(row[0], st["row"], rec), ""]]
    cells = list(row[1:]) + [""] * (len(labels) - len(row) + 1)
    for label, text in zip(labels, cells):
        if not text.strip():
            continue  # an empty cell has no line in the card
        rows.append([para(label, st["col"], rec), para(text, st["cell"], rec)])
    cmds = [("SPAN", (0, 0), (1, 0)),
            ("BOX", (0, 0), (-1, -1), 0.5, BORDER),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (1, 0), (1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), PAD), ("BOTTOMPADDING", (0, 0), (-1, 0), 2.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), PAD)]
    if len(rows) == 1:
        cmds.append(("BOTTOMPADDING", (0, 0), (-1, 0), PAD))
    return Table(rows, colWidths=list(widths), style=TableStyle(cmds), hAlign="LEFT")


def cards(t: source.Table, st, rec, width: float = COL_W) -> list:
    """The table as a caption and one card per body row, 4pt apart; footnotes under them."""
    labels = column_labels(t)
    la, va = _widths(t, labels, width - 3 * PAD - 2)  # the cells' room inside the paddings
    widths = (la + 2 * PAD, va + 2 + PAD)
    out: list = [Spacer(0, 4)]
    caption = para(t.label, st["caption"], rec) if t.label.strip() else None
    for k, row in enumerate(t.rows):
        card = _card(row, labels, widths, st, rec)
        if k == 0 and caption is not None:
            out.append(KeepTogether([caption, card]))
        else:
            out.append(card)
        if k < len(t.rows) - 1:
            out.append(Spacer(0, 4))
    if not t.rows and caption is not None:
        out.append(caption)
    if t.footnotes:
        out.append(Spacer(0, 3))
        out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_stacked(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "stacked")
        state = {"n": 1}
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "stacked"))

        def on_page_end(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            head = f"Regio Deal portaal · Aanvraag {state['n']}"
            canv.setFillColor(GREY)
            canv.setFont(font_for(head, SANS), 7.5)
            canv.drawString(MARGIN_X, HEIGHT - 1.5 * cm, head)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, HEIGHT - 1.68 * cm, MARGIN_X + COL_W, HEIGHT - 1.68 * cm)
            foot = f"Afgedrukt op {PRINTED} · pagina {page}/{max(info['total'], page)}"
            canv.setFont(font_for(foot, SANS), 7.5)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, foot)
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, COL_W, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPageEnd=on_page_end)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_Opens(state, p + 1))
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += cards(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += cards(item, st, rec)
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
