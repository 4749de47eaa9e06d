"""One more house style for the layout zoo (see zoo.py), held out: funding tables exported
from a spreadsheet whose column headers are set at an angle (Excel's "Angle
Counterclockwise", 45 degrees), as budget sheets with many narrow columns print them.

- slanted: A4 portrait, margins 2.2 cm, a sans (Liberation Sans; else DejaVu Sans) 9.5pt on
          13pt, ragged right. Each project opens a new page under its title in 15pt bold,
          its theme above it in 8.5pt grey. Fields: the label in bold on a line of its own,
          the field's paragraphs under it (a list item hanging on its marker). Footer: the
          page number at the right in 8pt.
          EVERY TABLE (the investment tables, and those inside a field, which stay where
          they stand): the table's label set level, bold, at the bottom left of the header
          row; every other column header WRITTEN AT 45 DEGREES, rising to the right from the
          bottom of the header row, its baseline starting a little right of its column's
          left edge, the header row as tall as the longest slanted label needs; a group
          header ("Publiek") set level and centred over its members in a band above the
          slanted labels. Narrow columns: 1.7 cm for a column of amounts (a column holding
          words as wide as its longest text needs, at most 4.5 cm), the label column takes
          the rest (at most 7 cm) but the room the last slanted labels reach out to the
          right. Body 8pt, amounts right-aligned exactly as transcribed, words left-aligned,
          the Totaal row bold; thin (0.4pt) grid lines round the body cells only, none round
          the slanted header; each slanted label has a thin (0.3pt) slanted line along its
          left side, from its column's left edge at the foot of the header row up to the
          row's top, as Excel draws angled header borders. Header rows repeated where a
          table breaks over a page. Table footnotes under the table in 7pt; the project's
          notes at its end in 7.5pt, each with its mark ("¹ Bron: ...").

The transcription's page breaks are not reproduced. Every cell is printed as transcribed and
the tables in the transcription's order: the truth record is the plain one.
"""

from __future__ import annotations

import math

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _fonts
from .zoo_common import (Doc, Truth, build_until_stable, field_para, font_for, is_total, meta, notes_at_end,
                         para)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.2 * cm
FW = WIDTH - 2 * MARGIN
GREY = colors.HexColor("#6E6E6E")

TSIZE = 8.0               # table body and headers
AMOUNT_W = 1.7 * cm
TEXT_MAX = 4.5 * cm       # a column of words
LABEL_MAX = 7.0 * cm
PAD = 3.0
GRID, SLANT_RULE = 0.4, 0.3
ROOT2 = math.sqrt(2)
BASE_Y = 3.0              # the labels' baselines start this far above the header row's foot
CLEAR = 1.5               # room between a label's ascenders and its slanted line


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"sl-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.25
    return {
        "theme": st("theme", sans, 8.5, 11, textColor=GREY, spaceAfter=1, keepWithNext=1),
        "title": st("title", bold, 15, 18.5, spaceAfter=10, keepWithNext=1),
        "label": st("label", bold, spaceBefore=7, spaceAfter=1, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=12, firstLineIndent=-12, spaceAfter=3),
        "tlabel": st("tl", bold, TSIZE, tl, alignment=TA_LEFT),
        "tgroup": st("tg", bold, TSIZE, tl, alignment=TA_CENTER),
        "tbody": st("tb", sans, TSIZE, tl),
        "tbody_b": st("tbb", bold, TSIZE, tl),
        "tamount": st("ta", sans, TSIZE, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, TSIZE, tl, alignment=TA_RIGHT),
        "ttext": st("tt", sans, TSIZE, tl, alignment=TA_LEFT),
        "ttext_b": st("ttb", bold, TSIZE, tl, alignment=TA_LEFT),
        "tfoot": st("tf", sans, 7, 8.75, spaceBefore=2),
        "note": st("note", sans, 7.5, 9.5, spaceBefore=1.5),
        "note_more": st("notem", sans, 7.5, 9.5, leftIndent=8),
    }


# --- the slanted header ------------------------------------------------------------------


def _x0(size) -> float:
    """Where a label's baseline starts, right of its column's left edge: far enough that its
    ascenders clear the slanted line drawn from that edge."""
    return BASE_Y + (0.75 * size + CLEAR) * ROOT2


def _reach(text, font, size) -> tuple[float, float]:
    """(height above the row's foot, width right of the column's left edge) the label needs."""
    length = stringWidth(text, font, size)
    top = BASE_Y + (length + 0.75 * size) / ROOT2
    right = _x0(size) + (length + 0.25 * size) / ROOT2
    return top, right


class _Slant(Flowable):
    """A header label at 45 degrees, rising to the right from the foot of its cell (drawn
    with no padding, so its origin is the column's left edge at the row's foot), with the
    slanted border line along its left side up to the row's top (`height`)."""

    def __init__(self, text, font, size, height, rec=None):
        super().__init__()
        self.text, self.size, self.rec = text, size, rec
        self.font = font_for(text, font)
        self.row_h = height

    def wrap(self, aW, aH):
        self.width, self.height = aW, self.row_h
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(SLANT_RULE)
        c.setStrokeColor(colors.black)
        c.line(0, 0, self.row_h, self.row_h)
        c.translate(_x0(self.size), BASE_Y)
        c.rotate(45)
        c.setFillColor(colors.black)
        c.setFont(self.font, self.size)
        c.drawString(0, 0, self.text)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def _is_amounts(t: source.Table, col: int) -> bool:
    """Whether value column `col` (0-based) holds amounts only (or nothing)."""
    cells = [r[1 + col] for r in t.rows if 1 + col < len(r) and r[1 + col].strip()]
    return all(amount(c) is not None for c in cells)


def _value_width(t: source.Table, col: int, sans, bold) -> float:
    if _is_amounts(t, col):
        return AMOUNT_W
    need = 0.0
    for r in t.rows:
        text = r[1 + col] if 1 + col < len(r) else ""
        font = bold if is_total(r[0]) else sans
        need = max(need, stringWidth(text, font_for(text, font), TSIZE))
    return min(max(need + 2 * PAD + 1, AMOUNT_W), TEXT_MAX)


def _table(t: source.Table, st, rec, fonts, width=FW) -> list:
    sans, bold = fonts
    n = t.columns
    placed = t.header_cells()
    # single-column headers go to the slanted row (a column's stacked cells read as one
    # label); group headers to a level band above it, one band per header line holding one
    slanted: dict[int, list[str]] = {}
    groups = [h for h in placed if h.columns > 1]
    for h in placed:
        if h.columns == 1 and h.text.strip():
            slanted.setdefault(h.column, []).append(h.text)
    labels = {c: " ".join(texts) for c, texts in slanted.items()}
    band_lines = sorted({h.line for h in groups})
    bands = len(band_lines)
    head = bands + 1

    values = [_value_width(t, c, sans, bold) for c in range(n)]
    reach = {c: _reach(text, font_for(text, bold), TSIZE) for c, text in labels.items()}
    row_h = max([top for top, _ in reach.values()] + [TSIZE * 1.25 + 2 * BASE_Y]) + 3
    # the room the slanted labels and lines of the last columns need right of the table
    left, over = 0.0, 0.0
    for c in range(n):
        if c + 1 in reach:
            over = max(over, left + max(reach[c + 1][1], row_h) - sum(values))
        left += values[c]
    label_w = max(2.5 * cm, min(LABEL_MAX, width - sum(values) - over))
    widths = [label_w] + values

    rows = [[""] * (n + 1) for _ in range(head)]
    rows[-1][0] = para(t.label, st["tlabel"], rec)
    for c, text in labels.items():
        rows[-1][c] = _Slant(text, bold, TSIZE, row_h, rec)
    cmds = [("VALIGN", (0, 0), (-1, head - 1), "BOTTOM"),
            ("VALIGN", (0, head), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            # a slanted label is drawn from its column's left edge at the row's foot
            ("LEFTPADDING", (1, head - 1), (-1, head - 1), 0),
            ("RIGHTPADDING", (1, head - 1), (-1, head - 1), 0),
            ("TOPPADDING", (1, head - 1), (-1, head - 1), 0),
            ("BOTTOMPADDING", (1, head - 1), (-1, head - 1), 0),
            ("BOTTOMPADDING", (0, 0), (0, head - 1), BASE_Y)]
    if bands:
        cmds.append(("SPAN", (0, 0), (0, head - 1)))
        rows[0][0] = rows[-1][0]
        rows[-1][0] = ""
    for h in groups:
        b = band_lines.index(h.line)
        rows[b][h.column] = para(h.text, st["tgroup"], rec)
        cmds.append(("SPAN", (h.column, b), (h.column + h.columns - 1, b)))
    for body in t.rows:
        bold_row = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold_row else "tbody"], rec)]
        for c in range(n):
            text = body[1 + c] if 1 + c < len(body) else ""
            kind = "tamount" if amount(text) is not None else "ttext"
            row.append(para(text, st[kind + ("_b" if bold_row else "")], rec) if text else "")
        rows.append(row)
    cmds.append(("GRID", (0, head), (-1, -1), GRID, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, head))))
    heights = [None] * bands + [row_h] + [None] * len(t.rows)
    out: list = [Table(rows, colWidths=widths, rowHeights=heights, repeatRows=head,
                       style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


# --- the document --------------------------------------------------------------------


def render_slanted(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    fonts = (sans, bold)
    st = _styles(sans, bold)

    def once(info):
        truth = Truth(dossier, "slanted")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "slanted"))

        def footer(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story += [para(pr.theme, st["theme"], truth.heading(p)),
                      para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 8), *_table(row, st, rec, fonts), Spacer(0, 4)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 4), *_table(item, st, rec, fonts), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
