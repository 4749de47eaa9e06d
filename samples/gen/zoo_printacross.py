"""One more house style for the layout zoo (see zoo.py), held out: a Word report whose
funding tables were pasted from an Excel sheet too wide for the page and printed the way
Excel prints such a sheet, "Columns to repeat at left" set to the label column and the page
order "Over, then down".

- printacross: A4 portrait, margins 2.5 cm all round (a 16 cm text column), a sans
          (Liberation Sans; else DejaVu Sans) 10pt on 13pt, ragged right. Footer on every
          page: "Pagina N" centred, 8pt. Each project opens a new page: its theme in 9pt
          grey, its title in 15pt bold, then its fields in the transcription's order, each
          label bold on a line of its own, the field's paragraphs under it, list items as
          bullets (the transcription's marker hanging). Tables stand where the transcription
          puts them (an investment table among the fields, a table inside a field in that
          field).
          EVERY TABLE is printed in TWO PARTS split by its columns: part 1 holds the label
          column and the first ceil(k/2) of its k value columns, part 2 the label column
          AGAIN (the table's label in the corner cell, every row label repeated) and the
          remaining value columns. The header lines are repeated for each part's columns; a
          group header ("Publiek") whose members fall in both parts is repeated over its
          members in each part. Each part is as wide as its columns need: the label column
          5.5 cm, each value column 2.6 cm (wider where a word needs it, narrower where the
          part would not fit the column). 9pt, a 0.5pt black grid on every cell, the header
          line(s) bold on a grey fill (#D9D9D9), the table's label left in the corner cell
          (merged down over the header lines), single headers right-aligned, a group header
          centred over its members; amounts right-aligned exactly as transcribed (note marks
          included), words left-aligned as Excel aligns text; the Totaal row bold.
          PART 1 stands where the table belongs; the page ends under it; PART 2 stands at
          the TOP of the NEXT page and the text goes on under it there. Above each part, in
          7.5pt grey, the table's label at the left and "deel 1 van 2" / "deel 2 van 2" at
          the right, across the part's width. The table's footnotes (7.5pt) under part 2.
          Where part 1 does not fit the rest of its page it moves to the top of the next
          page, and part 2 to the page after. The transcription's page breaks inside tables
          are not reproduced. The project's notes (the superscript-marked ones, which the
          spec leaves unplaced) at the project's end in 7.5pt under a short rule.

Every transcribed cell prints as transcribed: the truth record is the plain one (no "raw", no
"table_order"); the two parts are one table of the source. A project runs from the page of
its heading to the last page holding its content, the page of its last part 2 included.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _fonts, _markup
from .zoo_common import Doc, Truth, build_until_stable, font_for, is_total, meta, para
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
LABEL_W = 5.5 * cm
VALUE_W = 2.6 * cm
PAD = 3.0
TSIZE, TLEAD = 9, 11
GRID = 0.5

INK = colors.black
GREY = colors.HexColor("#7F7F7F")
HEAD_FILL = colors.HexColor("#D9D9D9")

ITEM_IN = 14.0  # a list item's text from the left margin, its marker hanging before it

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=10, leading=13, **kw):
        return ParagraphStyle(f"pa-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "theme": st("theme", sans, 9, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 15, 18.5, spaceAfter=6, keepWithNext=1),
        "label": st("label", bold, 10, 13, spaceBefore=7, spaceAfter=1, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=ITEM_IN, bulletIndent=2, bulletFontName=sans,
                   bulletFontSize=10, spaceAfter=2),
        "tlabel": st("tl", bold, TSIZE, TLEAD, alignment=TA_LEFT),
        "thead": st("th", bold, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, TSIZE, TLEAD, alignment=TA_CENTER),
        "tbody": st("tb", sans, TSIZE, TLEAD, alignment=TA_LEFT),
        "tbody_b": st("tbb", bold, TSIZE, TLEAD, alignment=TA_LEFT),
        "tamount": st("ta", sans, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 7.5, 9.5, spaceBefore=2),
        "note": st("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


class _Caption(Flowable):
    """The print title over a part: the table's label at the left, "deel i van 2" at the
    right, across the part's width."""

    SIZE = 7.5

    def __init__(self, left, right, width, font):
        super().__init__()
        self.left, self.right, self.font = left, right, font
        self.width, self.height = width, self.SIZE + 4

    def wrap(self, aW, aH):
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(GREY)
        c.setFont(font_for(self.left, self.font), self.SIZE)
        c.drawString(0, 3, self.left)
        c.setFont(self.font, self.SIZE)
        c.drawRightString(self.width, 3, self.right)
        c.restoreState()


class _Rule(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 6

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.width, 3)


def _value_widths(t: source.Table, first: int, last: int, st) -> list[float]:
    """2.6 cm per value column, wider where its widest word needs it; all scaled down
    where the part would not fit beside the 5.5 cm label column."""
    hf, bf = st["thead"].fontName, st["tamount_b"].fontName
    need = dict.fromkeys(range(first, last + 1), VALUE_W)
    for h in t.header_cells():
        if h.columns == 1 and first <= h.column <= last:
            w = max((stringWidth(x, hf, TSIZE) for x in h.text.split()), default=0)
            need[h.column] = max(need[h.column], w + 2 * PAD + 2)
    for body in t.rows:
        for c in range(first, min(last, len(body) - 1) + 1):
            need[c] = max(need[c], stringWidth(body[c], bf, TSIZE) + 2 * PAD + 2)
    widths = [need[c] for c in range(first, last + 1)]
    room = FW - LABEL_W
    if sum(widths) > room:
        widths = [w * room / sum(widths) for w in widths]
    return widths


def _part(t: source.Table, first: int, last: int, st, rec) -> Table:
    """The label column and value columns first..last (1-based) of `t` in the Excel grid."""
    n = last - first + 1
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), GRID, INK),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        # a header is printed over those of its columns the part holds (a group cut by the
        # split is repeated over its members in each part)
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
        b = "_b" if bold else ""
        cells = list(body[1:]) + [""] * (t.columns - (len(body) - 1))
        row = [para(body[0], st["tbody" + b], rec)]
        for text in cells[first - 1:last]:
            # Excel's alignment: numbers right, text left
            row.append(para(text, st[("tamount" if amount(text) is not None else "tbody") + b],
                            rec))
        rows.append(row)
    widths = [LABEL_W] + _value_widths(t, first, last, st)
    return Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")


def _table(t: source.Table, st, rec) -> list:
    """Part 1 where the table stands (moved whole to the next page where it does not fit),
    a page break, part 2 at the top of the next page, the footnotes under it."""
    k = t.columns
    half = (k + 1) // 2
    font = st["tfoot"].fontName
    p1, p2 = _part(t, 1, half, st, rec), _part(t, half + 1, k, st, rec)
    out: list = [Spacer(0, 6),
                 KeepTogether([_Caption(t.label, "deel 1 van 2", p1.wrap(FW, 1e6)[0], font), p1]),
                 PageBreak(),
                 _Caption(t.label, "deel 2 van 2", p2.wrap(FW, 1e6)[0], font), p2]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _text(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    if m:
        rest = text[m.end():]
        body = _markup(rest, st["item"].fontName) or escape(rest)
        # the marker as transcribed: the scored field text holds it
        return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")
    return para(text, st["body"], rec)


def render_printacross(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)

    def once(info):
        truth = Truth(dossier, "printacross")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "printacross"))

        def footer(canv, d):
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    story += _table(item, st, rec) if isinstance(item, source.Table) else [
                        _text(item, st, rec)]
            if pr.notes:
                story += [Spacer(0, 8), _Rule(90)]
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
