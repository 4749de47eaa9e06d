"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"modern" report, the look of a Canva / Figma export.

- tiles:   A4 portrait, a sans body (Liberation Sans, else DejaVu Sans) in 9.5pt on 13.5pt,
           ragged right, generous white space (margins 2.6 cm left, 2.2 cm right, 2.4 cm top,
           2.6 cm bottom). A thin accent bar (5pt) at the left edge of every page; the page
           number in white inside a filled accent circle at the bottom right; the document's
           title in 7.5pt grey at the bottom left. Page 1 is a cover (the document's title
           in 30pt, the subtitle in 12pt). Each project starts on a new page: its theme as a
           coloured pill (a filled rounded rectangle, the theme in white 8pt bold) above the
           title in 22pt bold. Field labels as small coloured pills (the label in white 8pt
           bold CAPITALS) on a line of their own above the field's paragraphs; a list item
           keeps its marker and hangs on it. Project notes as page footnotes in 7.5pt under a
           short rule (notes whose mark is nowhere go with the project's last paragraph).
           TABLES ARE DRAWN AS TILES: no rules at all; every cell is its own filled rounded
           rectangle (radius 2.5pt) with a WHITE GAP of 2.5pt between neighbouring cells:
           header cells (the table's label, the column labels, a spanning group label) in a
           dark accent colour with white bold text, body cells in a light tint, the row-label
           column in a slightly different (greyer) tint, the Totaal row in a medium tint with
           bold text; amounts right-aligned inside their tiles with 5pt padding, as
           transcribed; an empty body cell is an empty tile. Tables in 8.5pt (down to 7pt
           where the columns need it) across the text column; header lines repeated where a
           table breaks over a page; table footnotes under the table in 7.5pt. Tables inside
           a field use the same tile look, in the field.

The truth record is the usual one (pages of each project's heading and last content); the
amounts are printed as transcribed, so there is no "raw".
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _fonts, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total,
                         meta, para, Truth)

WIDTH, HEIGHT = A4
LEFT, RIGHT = 2.6 * cm, 2.2 * cm
TOP, BOTTOM = 2.4 * cm, 2.6 * cm
FW = WIDTH - LEFT - RIGHT

INK = colors.HexColor("#1E1B3A")
GREY = colors.HexColor("#8A8799")
ACCENT = colors.HexColor("#4B3FA8")      # pills, bar, page circle
THEME = colors.HexColor("#E8665A")       # the theme pill
HEAD = colors.HexColor("#2E2870")        # header tiles
BODY = colors.HexColor("#EFEEF8")        # body tiles
LABEL = colors.HexColor("#E4E4EC")       # the row-label column
TOTAL = colors.HexColor("#CBC6EC")       # the Totaal row
WHITE = colors.white

GAP = 2.5                 # white gap between neighbouring tiles
RADIUS = 2.5
HPAD = 5.0                # text padding inside a tile (left/right)
VPAD = 3.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _fill_of(value):
    """The tile colour of a cell's content (reportlab may hold it as a tuple of parts)."""
    if isinstance(value, (list, tuple)):
        return next((f for f in map(_fill_of, value) if f is not None), None)
    return getattr(value, "_tile", None)


class TileTable(Table):
    """A table without rules whose every cell is a filled rounded tile, inset by half the
    gap on each side; a cell's fill is the `_tile` attribute of the flowable it holds
    (so repeated header rows and split parts keep their colours)."""

    def _drawBkgrnd(self):
        canv = self.canv
        spans = getattr(self, "_spanRects", None)
        cp, rp = self._colpositions, self._rowpositions
        for r in range(self._nrows):
            for c in range(self._ncols):
                if spans:
                    rect = spans.get((c, r))
                    if rect is None:
                        continue
                    x, y, w, h = rect
                else:
                    x, y, w, h = cp[c], rp[r + 1], cp[c + 1] - cp[c], rp[r] - rp[r + 1]
                fill = _fill_of(self._cellvalues[r][c])
                if fill is None:
                    continue
                canv.saveState()
                canv.setFillColor(fill)
                canv.setStrokeColor(fill)
                canv.roundRect(x + GAP / 2, y + GAP / 2, w - GAP, h - GAP, RADIUS,
                               stroke=0, fill=1)
                canv.restoreState()


class Pill(Flowable):
    """A filled rounded rectangle holding a short text in white (wrapping if need be)."""

    def __init__(self, text, font, size, fill, rec=None, space_before=0.0, space_after=0.0,
                 pad=5.0, keep=True):
        super().__init__()
        self.text, self.font, self.size, self.fill, self.rec = text, font, size, fill, rec
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.pad = pad
        self.keepWithNext = 1 if keep else 0
        self.leading = round(size * 1.25, 2)

    def wrap(self, aW, aH):
        self.lines = simpleSplit(self.text, self.font, self.size, aW - 2 * self.pad) or [""]
        self.width = max(stringWidth(x, self.font, self.size) for x in self.lines) + 2 * self.pad
        self.height = len(self.lines) * self.leading + 2 * (self.pad * 0.55)
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.fill)
        radius = min(self.height / 2, 7)
        c.roundRect(0, 0, self.width, self.height, radius, stroke=0, fill=1)
        c.setFillColor(WHITE)
        c.setFont(self.font, self.size)
        y = self.height - self.pad * 0.55 - self.size * 0.95
        for line in self.lines:
            c.drawString(self.pad, y, line)
            y -= self.leading
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def _styles(sans, bold):
    def style(name, font=sans, size=9.5, leading=13.5, **kw):
        return ParagraphStyle(f"ti-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    def table(size):
        lead = round(size * 1.25, 2)
        p = f"{size}-"
        return {
            "tlabel": style(f"{p}tl", bold, size, lead, textColor=WHITE),
            "thead": style(f"{p}th", bold, size, lead, textColor=WHITE, alignment=TA_RIGHT),
            "tgroup": style(f"{p}tg", bold, size, lead, textColor=WHITE, alignment=TA_CENTER),
            "tbody": style(f"{p}tb", sans, size, lead),
            "tbody_b": style(f"{p}tbb", bold, size, lead),
            "tamount": style(f"{p}ta", sans, size, lead, alignment=TA_RIGHT),
            "tamount_b": style(f"{p}tab", bold, size, lead, alignment=TA_RIGHT),
        }

    return {
        "cover": style("cover", bold, 30, 36, spaceAfter=14),
        "sub": style("sub", sans, 12, 16, textColor=GREY),
        "title": style("title", bold, 22, 27, spaceBefore=8, spaceAfter=16),
        "body": style("body", spaceAfter=6),
        "item": style("item", leftIndent=13, firstLineIndent=-13, spaceAfter=4),
        "tfoot": style("tfoot", sans, 7.5, 9.5, textColor=GREY, spaceBefore=2),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8,
                      spaceAfter=1.5),
        "table": table,
    }


def _tile(flowable, fill):
    flowable._tile = fill
    return flowable


def _widths(t: source.Table, size, sans, bold):
    """[label, values...]: value columns as wide as their widest amount (or header word)
    plus padding, evened out; the label column takes the rest (at least 30%)."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, bold, size) for w in h.text.split()), default=0.0))
    for body in t.rows:
        font = bold if is_total(body[0]) else sans
        for c, text in enumerate(body[1:n + 1]):
            full = stringWidth(text, font, size)
            widest = max((stringWidth(w, font, size) for w in text.split()), default=0.0)
            need[c] = max(need[c], min(full, max(widest, 70.0)))
    values = [w + 2 * HPAD + GAP + 1 for w in need]
    label = FW - sum(values)
    if label < 0.3 * FW:
        return None
    # even the value columns out a little, a design grid likes equal columns
    widest = max(values)
    spare = label - 0.3 * FW
    for k, v in enumerate(values):
        add = min(widest - v, spare / n)
        values[k] += max(add, 0.0)
    label = FW - sum(values)
    extra = min((label - 0.3 * FW) / (n + 1), 0.5 * cm) if label > 0.3 * FW else 0.0
    values = [v + extra for v in values]
    return [FW - sum(values)] + values


def _table(t: source.Table, st, rec, fonts, nested=False) -> list:
    sans, bold = fonts
    size = 8.5
    widths = _widths(t, size, sans, bold)
    while widths is None and size > 7.0:
        size -= 0.25
        widths = _widths(t, size, sans, bold)
    if widths is None:  # squeeze: the value columns share 70%
        n = t.columns
        widths = [0.3 * FW] + [0.7 * FW / n] * n
    ts = st["table"](size)
    n, lines = t.columns, max(len(t.header), 1)
    grid = [[_tile(para("", ts["tlabel"], rec), HEAD) for _ in range(n + 1)]
            for _ in range(lines)]
    spans = []
    grid[0][0] = _tile(para(t.label, ts["tlabel"], rec), HEAD)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = _tile(para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"],
                                      rec), HEAD)
        if (c1, h.line + h.lines - 1) != (c0, h.line):
            spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [_tile(para(body[0], ts["tbody_b"] if total else ts["tbody"], rec),
                     TOTAL if total else LABEL)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(_tile(para(cell, ts["tamount_b"] if total else ts["tamount"], rec),
                             TOTAL if total else BODY))
        grid.append(row)
    pad_x, pad_y = HPAD + GAP / 2, VPAD + GAP / 2
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad_x), ("RIGHTPADDING", (0, 0), (-1, -1), pad_x),
            ("TOPPADDING", (0, 0), (-1, -1), pad_y), ("BOTTOMPADDING", (0, 0), (-1, -1), pad_y)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1))))
    table = TileTable(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                      hAlign="LEFT")
    return [Spacer(0, 6 if nested else 10), table] + \
        [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 8 if nested else 12)]


def _fields(pr: source.Project, st, rec, foot, fonts) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    sans, bold = fonts
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, st, rec, fonts)
            continue
        story.append(Pill(row.label.upper(), bold, 8, ACCENT, rec, space_before=10,
                          space_after=5, pad=5.5))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, st, rec, fonts, nested=True)
                continue
            q = _text(item, st["item" if _LIST_ITEM.match(item) else "body"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_tiles(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    fonts = (sans, bold)
    st = _styles(sans, bold)
    info_meta = meta(dossier, "tiles")
    title = info_meta["title"]
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "tiles")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **info_meta)

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(ACCENT)
            canv.rect(0, 0, 5, HEIGHT, stroke=0, fill=1)
            cx, cy, r = WIDTH - RIGHT - 9, 1.35 * cm, 9
            canv.circle(cx, cy, r, stroke=0, fill=1)
            canv.setFillColor(WHITE)
            canv.setFont(bold, 8)
            canv.drawCentredString(cx, cy - 2.9, str(page))
            canv.setFillColor(GREY)
            canv.setFont(sans, 7.5)
            canv.drawString(LEFT, 1.35 * cm - 2.7, title)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [Spacer(0, 5 * cm),
                       Pill("REGIO DEAL", bold, 9, THEME, pad=6, space_after=14),
                       para(f"Regio Deal {name}".strip(), st["cover"]),
                       para("Bijlage: projectvoorstellen en financiering", st["sub"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(Pill(pr.theme, bold, 8, THEME, rec, space_after=4, pad=6))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story += _fields(pr, st, rec, foot, fonts)
        doc.build(story)
        return truth

    return build_until_stable(once)
