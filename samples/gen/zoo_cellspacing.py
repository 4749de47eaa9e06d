"""One more house style for the layout zoo (see zoo.py), held out: a web page printed from a
browser whose tables keep the HTML defaults `border-collapse: separate; border-spacing: 2px`
with `td, th {border: 1px solid #888}`.

- cellspacing: A4 portrait, margins 2 cm, body 10pt Helvetica on 13pt, paragraphs 6pt apart,
          left-aligned. Page header as browsers print it: the page's "URL"
          "https://www.regiodeal-<name>.nl/projecten" in 7pt grey at the top left and the
          date "1-12-2026 10:14" at the top right; footer "<page>/<pages>" at the bottom
          right in 7pt.
          Each project: an <h2>-like title in 15pt bold, 14pt before and 6pt after (projects
          flow on, no new pages); fields as <h4> labels in 10.5pt bold on their own line, the
          field's paragraphs and list items under them (a table inside a field stands there).
          TABLES in 8.5pt: EVERY CELL IS ITS OWN BOX (a 0.75pt #888 stroked rectangle, 3pt
          padding inside it), neighbouring boxes 1.5pt apart both ways, so every inner
          boundary shows as two parallel rules with a white gap between them; the table's own
          0.75pt border 1.5pt outside the cells. Header cells (<th>) bold and centred (the
          browser default), a light grey (#EEE) fill inside their own box, the table's label
          the first of them; a group header ("Publiek") one box over its members' boxes and
          the gaps between them, the members in their own boxes under it; a header over both
          header lines ("Totaal") one box that tall. Cells vertically centred. Amounts
          right-aligned exactly as transcribed, words and row labels left; the Totaal row
          bold; empty cells still boxed (`empty-cells: show`). Column widths from content
          (the browser's auto layout: each column its widest unwrapped text where the table
          fits the text width, and narrower, left-aligned; else the room past the longest
          words shared out in proportion). A table breaking over a page repeats its header
          lines, each part in its own outer border. Table footnotes under the table in 7.5pt;
          the project's notes at its end in 7.5pt after a short rule.

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    is_total,
    meta,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2 * cm
FW = WIDTH - 2 * MARGIN
SANS, BOLD = "Helvetica", "Helvetica-Bold"
BORDER = colors.HexColor("#888888")
TH_FILL = colors.HexColor("#EEEEEE")
GREY = colors.HexColor("#666666")
DATE = "1-12-2026 10:14"

TSIZE = 8.5
LINE = 0.75     # 1px border
SPACING = 1.5   # 2px border-spacing
PAD = 3.0       # cell padding inside the border
# A reportlab cell is a cell's box plus half the spacing on each side: its text sits that
# half gap, the border and the padding in from the cell's edge; the box's stroke is centred
# half a line inside the box's outer edge.
HALF = SPACING / 2
INSET = HALF + LINE / 2
CELL_PAD = HALF + LINE + PAD
# The table's own border stands a full spacing outside the cells' boxes, i.e. half a spacing
# plus its line outside the reportlab cells.
OUT = HALF + LINE


def _styles() -> dict:
    def st(name, font=SANS, size=10, leading=13, **kw):
        return ParagraphStyle(f"cs-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.2
    return {
        "h2": st("h2", BOLD, 15, 18, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "h4": st("h4", BOLD, 10.5, 13, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", leftIndent=16, bulletIndent=4, spaceAfter=3),
        "th": st("th", BOLD, TSIZE, tl, alignment=TA_CENTER),
        "td": st("td", SANS, TSIZE, tl, alignment=TA_LEFT),
        "td_b": st("tdb", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "num": st("num", SANS, TSIZE, tl, alignment=TA_RIGHT),
        "num_b": st("numb", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "foot": st("foot", SANS, 7.5, 9.5, spaceBefore=3),
        "note": st("note", SANS, 7.5, 9.5, spaceAfter=2),
    }


# --- tables with separated borders ----------------------------------------------------


def _is_th(value) -> bool:
    """Whether a cell holds a header paragraph (reportlab may hold a cell as a list of parts)."""
    if isinstance(value, (list, tuple)):
        return any(map(_is_th, value))
    return getattr(value, "_th", False)


class SpacedTable(Table):
    """A table without grid commands in which every cell draws its own box (inset from the
    cell's edges, so neighbouring boxes stand apart), a header cell's box filled, and the
    table (each part of it, once split) its own border around all cells. The outer border
    lies outside the reportlab table: wrap, split and draw make room for it."""

    def wrap(self, availWidth, availHeight):
        w, h = super().wrap(availWidth - 2 * OUT, availHeight - 2 * OUT)
        return w + 2 * OUT, h + 2 * OUT

    def split(self, availWidth, availHeight):
        return super().split(availWidth - 2 * OUT, availHeight - 2 * OUT)

    def _rects(self):
        spans = getattr(self, "_spanRects", None) if self._spanCmds else None
        cp, rp = self._colpositions, self._rowpositions
        for r in range(self._nrows):
            for c in range(self._ncols):
                if spans is not None:
                    rect = spans[c, r]
                    if rect is None:
                        continue
                else:
                    rect = (cp[c], rp[r + 1], cp[c + 1] - cp[c], rp[r] - rp[r + 1])
                yield self._cellvalues[r][c], rect

    def _drawBkgrnd(self):
        super()._drawBkgrnd()
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(BORDER)
        canv.setLineWidth(LINE)
        canv.setFillColor(TH_FILL)
        for value, (x, y, w, h) in self._rects():
            th = _is_th(value)
            canv.rect(x + INSET, y + INSET, w - 2 * INSET, h - 2 * INSET, stroke=1, fill=int(th))
        canv.restoreState()

    def draw(self):
        canv = self.canv
        canv.saveState()
        canv.translate(OUT, OUT)
        super().draw()
        canv.setStrokeColor(BORDER)
        canv.setLineWidth(LINE)
        d = OUT - LINE / 2
        canv.rect(-d, -d, self._width + 2 * d, self._height + 2 * d, stroke=1, fill=0)
        canv.restoreState()


# Padding and border a column adds to its text; 1pt against rounding.
_EXTRA = CELL_PAD * 2 + 1


def _th(text, st, rec):
    p = para(text, st["th"], rec)
    p._th = True
    return p


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD)]
    measure = [(0, 1, t.label, st["th"])]
    rows[0][0] = _th(t.label, st, rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _th(h.text, st, rec)
        measure.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        b = "_b" if bold else ""
        row = [para(body[0], st["td" + b], rec)]
        measure.append((0, 1, body[0], st["td" + b]))
        for c, text in enumerate(body[1:], 1):
            style = st[("num" if amount(text) is not None else "td") + b]
            row.append(para(text, style, rec))
            measure.append((c, 1, text, style))
        rows.append(row)
    widths = auto_widths(measure, n + 1, width - 2 * OUT, _EXTRA)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [SpacedTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                             hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


# --- the page ----------------------------------------------------------------------------


class _ShortRule(Flowable):
    """The short rule over a project's notes."""

    def wrap(self, aW, aH):
        return aW, 9

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.5)
        c.line(0, 4, 3 * cm, 4)
        c.restoreState()


def render_cellspacing(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    slug = "-".join(dossier_name(dossier).lower().split())
    url = f"https://www.regiodeal-{slug}.nl/projecten"

    def once(info):
        truth = Truth(dossier, "cellspacing")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "cellspacing"))

        def on_page(canv, d):
            # the browser's print header and footer, in the page margin
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            top = HEIGHT - 1.1 * cm
            canv.drawString(MARGIN, top, url)
            canv.drawRightString(WIDTH - MARGIN, top, DATE)
            canv.drawRightString(WIDTH - MARGIN, 1.0 * cm, f"{page}/{max(info['total'], page)}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(para(pr.title, st["h2"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 4), *_table(row, st, rec, FW), Spacer(0, 6)]
                    continue
                story.append(para(row.label, st["h4"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *_table(item, st, rec, FW), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                story += [Spacer(0, 4), _ShortRule()]
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
