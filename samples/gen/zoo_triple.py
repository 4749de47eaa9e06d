"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a regional
magazine's special issue, set in THREE columns, the funding tables floated across two of them.

- triple: A4 portrait, 1.5 cm margins all round; the text area 18 cm wide in THREE COLUMNS
          with 0.5 cm gutters and a thin (0.3pt) vertical rule in the middle of each gutter
          beside the column text (not across a float). Body in a serif (Liberation Serif,
          else DejaVu Serif) at 8.5pt on 11pt, RAGGED RIGHT, 3pt after each paragraph; a
          list item hangs on its marker by 9pt. EACH PROJECT STARTS AT THE TOP OF A NEW PAGE
          with its title across all three columns (20pt bold serif on 23pt) and the theme
          above it in 8pt sans capitals, a 0.75pt rule under the title block. The fields flow through the columns (left, middle, right, then the
          next page): the label in bold 8.5pt on its own line (6pt above), its text under it.
          A label is kept with the first two lines of its text; no single line is left at a
          column's foot. THE FUNDING TABLE IS SET ACROSS TWO OF THE THREE COLUMNS - the left
          two for the first, third, ... project, the right two for the others - as a float
          at the TOP of the page its anchor falls on (under the title block on a project's
          first page), or at its FOOT when the top already holds one, else at the top of the
          next page; the column outside the float runs on at full height beside it. Tables
          inside a field float the same way. Each float: the caption "Tabel: <project title>"
          in 8pt bold sans above it, then the table in 7.5pt sans (Liberation Sans, else
          DejaVu Sans): bold header (the table's label over the row labels, column headers
          right aligned, a group header centred over its members), thin (0.3pt) horizontal
          rules under every row, 0.75pt above the header and under the last row, no vertical
          rules; amounts right aligned, printed as transcribed; the Totaal row bold;
          footnotes in 6.5pt sans under it. 10pt between a float and the column text.
          Project notes at the end of the project's text in 7pt serif, the mark hanging,
          under a short rule. Page footer: the magazine's name ("Regio Magazine <name> -
          Speciale editie Regio Deal") in 7pt sans at the left, the page number at the right,
          over a 0.3pt rule. No running header, no contents.

Every cell is printed as transcribed: the truth record has no "raw" texts. A project's pages
run from its title to its last text, note or float (a float deferred to the next page
extends its project to that page).
"""

from __future__ import annotations

import re
from collections import deque

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners
from .zoo_budget import _fonts as _sans_fonts
from .zoo_budget import _text
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, meta, para
from .zoo_gazette import _serif_fonts

WIDTH, HEIGHT = A4
MARGIN = 1.5 * cm
FW = WIDTH - 2 * MARGIN                  # 18 cm
GUTTER = 0.5 * cm
COL_W = (FW - 2 * GUTTER) / 3            # about 5.67 cm
SPAN_W = 2 * COL_W + GUTTER              # a float across two columns
BODY_TOP = HEIGHT - MARGIN
BODY_BOTTOM = MARGIN + 16.0              # over the footer
FLOAT_GAP = 10.0
FLOAT_MAX = 0.72 * (BODY_TOP - BODY_BOTTOM)
MIN_COLUMN = 6 * 11.0
TITLE_GAP = 12.0
INK = colors.black
_LIST = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(serif, serif_b, sans, sans_b) -> dict:
    def style(name, font=serif, size=8.5, leading=11, **kw):
        return ParagraphStyle(f"tr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    body = {"alignment": TA_LEFT, "spaceAfter": 3, "allowWidows": 0, "allowOrphans": 0}
    return {
        "body": style("body", **body),
        "item": style("item", leftIndent=9, firstLineIndent=-9, **body),
        "label": style("label", serif_b, spaceBefore=6, spaceAfter=0.5, keepWithNext=1),
        "theme": style("theme", sans, 8, 10, spaceAfter=3),
        "title": style("title", serif_b, 20, 23),
        "note": style("note", serif, 7, 8.8, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", serif, 7, 8.8, leftIndent=8, spaceAfter=1.5),
        "caption": style("cap", sans_b, 8, 10),
        "tlabel": style("tl", sans_b, 7.5, 9),
        "thead": style("th", sans_b, 7.5, 9, alignment=TA_RIGHT),
        "tgroup": style("tg", sans_b, 7.5, 9, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7.5, 9),
        "tbody_b": style("tbb", sans_b, 7.5, 9),
        "tamount": style("ta", sans, 7.5, 9, alignment=TA_RIGHT),
        "tamount_b": style("tab", sans_b, 7.5, 9, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 6.5, 8),
    }


# --- the flow -------------------------------------------------------------------------


class _Anchor(Flowable):
    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def wrap(self, aW, aH):
        return 0, 0


class _Rule(Flowable):
    """A short rule over the project notes."""

    spaceBefore, spaceAfter = 8.0, 3.0

    def wrap(self, aW, aH):
        return COL_W, 1.0

    def draw(self):
        self.canv.setLineWidth(0.4)
        self.canv.line(0, 0.5, 2 * cm, 0.5)


def _float(t: source.Table, title: str, st, rec) -> list:
    pad = 2.5
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, SPAN_W, st, pad, label_share=0.32, min_label=64.0)
    widths[-1] -= sum(widths) - SPAN_W
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.75, INK),
            ("LINEBELOW", (0, lines - 1), (-1, -2), 0.3, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [_text(f"Tabel: {title}", st["caption"], rec),
           Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _float_height(items) -> float:
    return sum(f.wrap(SPAN_W, 1e6)[1] + (3.0 if f is items[0] else 2.0) for f in items)


def _project_flow(pr: source.Project, st, rec, anchor) -> list:
    flow = []
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    notes = [n for r in sorted(owner) for n in owner[r]] + list(loose)
    for row in pr.rows:
        if isinstance(row, source.Table):
            flow.append(anchor(row))
            continue
        flow.append(para(row.label, st["label"], rec))
        for item in row.content:
            if isinstance(item, source.Table):
                flow.append(anchor(item))
                continue
            flow.append(_text(item, st["item"] if _LIST.match(item) else st["body"], rec))
    if notes:
        flow.append(_Rule())
        for note in notes:
            for j, t in enumerate(note.text or ("",)):
                flow.append(_text(f"{note.mark} {t}" if j == 0 else t,
                                  st["note"] if j == 0 else st["note_more"], rec))
    return flow


# --- the page builder -----------------------------------------------------------------


def _keep(f) -> bool:
    return bool(getattr(getattr(f, "style", None), "keepWithNext", 0))


def _chain(flow, i, f, sb) -> float:
    need = sb + f.wrap(COL_W, 1e6)[1]
    after = f.getSpaceAfter()
    for g in flow[i + 1:]:
        if isinstance(g, _Anchor):
            continue
        gh = g.wrap(COL_W, 1e6)[1]
        need += after + g.getSpaceBefore()
        if _keep(g):
            need += gh
            after = g.getSpaceAfter()
            continue
        leading = getattr(getattr(g, "style", None), "leading", gh)
        need += min(gh, 2 * leading)
        break
    return need


class _Fill:
    def __init__(self):
        self.cols = [[], [], []]    # (flowable, offset down from the column top)
        self.used = [0.0, 0.0, 0.0]
        self.anchors: list[int] = []
        self.end = None


def _fill(flow, start, heights) -> _Fill:
    out = _Fill()
    i, rest = start
    for c in range(3):
        y, after, placed = 0.0, 0.0, False
        limit = heights[c]
        while i < len(flow):
            f = rest if rest is not None else flow[i]
            if isinstance(f, _Anchor):
                out.anchors.append(f.k)
                i, rest = i + 1, None
                continue
            sb = (after + f.getSpaceBefore()) if y > 0 else 0.0
            h = f.wrap(COL_W, 1e6)[1]
            if _keep(f) and placed and y + _chain(flow, i, f, sb) > limit:
                break
            if y + sb + h <= limit:
                out.cols[c].append((f, y + sb))
                y += sb + h
                after = f.getSpaceAfter()
                placed = True
                i, rest = i + 1, None
                continue
            room = limit - y - sb
            parts = f.split(COL_W, room) if room > 0 and not _keep(f) else []
            if len(parts) >= 2:
                first = parts[0]
                out.cols[c].append((first, y + sb))
                y += sb + first.wrap(COL_W, 1e6)[1]
                rest = parts[1]
                break
            if not placed and y == 0.0:
                out.cols[c].append((f, 0.0))
                y = h
                i, rest = i + 1, None
            break
        out.used[c] = y
    out.end = (i, rest)
    return out


class _Sheet:
    def __init__(self, head, side, top, bottom, fill, tops, bottoms, area_top):
        self.head, self.side, self.top, self.bottom, self.fill = head, side, top, bottom, fill
        self.tops, self.bottoms, self.area_top = tops, bottoms, area_top


def _layout(flow, floats, head, side) -> list[_Sheet]:
    """The pages of one project: `head` (title block) on the first, floats over the columns
    `side` (0: the left two, 1: the right two)."""
    heights = [_float_height(f) for f in floats]
    head_h = head.wrap(FW, 1e6)[1] + TITLE_GAP
    span = (0, 1) if side == 0 else (1, 2)
    pending: deque[int] = deque()
    state = (0, None)
    sheets: list[_Sheet] = []

    def geometry(top, bottom, first):
        area_top = BODY_TOP - (head_h if first else 0.0)
        t = area_top - sum(heights[k] + FLOAT_GAP for k in top)
        b = BODY_BOTTOM + sum(heights[k] + FLOAT_GAP for k in bottom)
        tops = [t if c in span else area_top for c in range(3)]
        bottoms = [b if c in span else BODY_BOTTOM for c in range(3)]
        return tops, bottoms, area_top

    def ok(top, bottom, first):
        tops, bottoms, _ = geometry(top, bottom, first)
        share = sum(heights[k] + FLOAT_GAP for k in top + bottom)
        return (tops[span[0]] - bottoms[span[0]] >= MIN_COLUMN and share <= FLOAT_MAX) or \
            (len(top) + len(bottom) == 1 and not first)

    def fill(top, bottom, first):
        tops, bottoms, _ = geometry(top, bottom, first)
        return _fill(flow, state, [t - b for t, b in zip(tops, bottoms)])

    while state[0] < len(flow) or pending or not sheets:
        first = not sheets
        top: list[int] = []
        bottom: list[int] = []
        if pending:
            top.append(pending.popleft())
        if pending and ok(top, [pending[0]], first):
            bottom.append(pending.popleft())
        waiting = bool(pending)
        deferred: list[int] = []
        seen = set(top + bottom)
        while True:
            res = fill(top, bottom, first)
            new = [k for k in res.anchors if k not in seen]
            if not new:
                break
            k = new[0]
            seen.add(k)
            if waiting or (top and bottom):
                deferred.append(k)
                waiting = True
                continue
            cand = (top + [k], bottom) if not top else (top, bottom + [k])
            good = ok(*cand, first) and k in fill(*cand, first).anchors
            if good:
                top, bottom = cand
            else:
                deferred.append(k)
                waiting = True
        tops, bottoms, area_top = geometry(top, bottom, first)
        sheets.append(_Sheet(head if first else None, span, top, bottom, res, tops, bottoms,
                             area_top))
        state = res.end
        pending.extend(deferred)
    return sheets


class _Page(Flowable):
    def __init__(self, sheet: _Sheet, floats, heights, recs):
        super().__init__()
        self.sheet, self.floats, self.heights, self.recs = sheet, floats, heights, recs

    def wrap(self, aW, aH):
        return WIDTH, HEIGHT

    def split(self, aW, aH):
        return []

    def _draw_float(self, k, top, x):
        y = top
        items = self.floats[k]
        for f in items:
            h = f.wrap(SPAN_W, 1e6)[1]
            y -= h
            f.drawOn(self.canv, x, y)
            y -= 3.0 if f is items[0] else 2.0

    def draw(self):
        c, s = self.canv, self.sheet
        if s.head is not None:
            h = s.head.wrap(FW, 1e6)[1]
            s.head.drawOn(c, MARGIN, BODY_TOP - h)
            c.saveState()
            c.setLineWidth(0.75)
            c.line(MARGIN, BODY_TOP - h - TITLE_GAP / 2, MARGIN + FW, BODY_TOP - h - TITLE_GAP / 2)
            c.restoreState()
        fx = MARGIN + s.side[0] * (COL_W + GUTTER)
        y = s.area_top
        for k in s.top:
            self._draw_float(k, y, fx)
            y -= self.heights[k] + FLOAT_GAP
        y = s.bottoms[s.side[0]]
        for k in s.bottom:
            y -= FLOAT_GAP
            self._draw_float(k, y, fx)
            y -= self.heights[k]
        low = []
        for col in range(3):
            x = MARGIN + col * (COL_W + GUTTER)
            lo = None
            for f, off in s.fill.cols[col]:
                h = f.wrap(COL_W, 1e6)[1]
                f.drawOn(c, x, s.tops[col] - off - h)
                lo = s.tops[col] - off - h
            low.append(lo)
        c.saveState()
        c.setLineWidth(0.3)
        for g in range(2):
            a, b = low[g], low[g + 1]
            if a is None or b is None:
                continue
            gx = MARGIN + (g + 1) * COL_W + g * GUTTER + GUTTER / 2
            top = min(s.tops[g], s.tops[g + 1])
            c.line(gx, top, gx, max(min(a, b), max(s.bottoms[g], s.bottoms[g + 1])))
        c.restoreState()


class _Head(Flowable):
    """The title block: the theme in 8pt capitals over the title, across all columns."""

    def __init__(self, theme, title):
        super().__init__()
        self.theme, self.title = theme, title

    def wrap(self, aW, aH):
        self._h = [p.wrap(FW, 1e6)[1] for p in (self.theme, self.title)]
        return FW, self._h[0] + self.theme.style.spaceAfter + self._h[1]

    def draw(self):
        h = self.wrap(FW, 1e6)[1]
        self.theme.drawOn(self.canv, 0, h - self._h[0])
        self.title.drawOn(self.canv, 0, 0)


# --- the style ------------------------------------------------------------------------


def render_triple(dossier: source.Dossier, pdf_path) -> dict:
    serif, serif_b, _ = _serif_fonts()
    sans, sans_b, _ = _sans_fonts()
    st = _styles(serif, serif_b, sans, sans_b)
    name = dossier_name(dossier)
    magazine = f"Regio Magazine {name} - Speciale editie Regio Deal".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "triple")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=0, rightMargin=0,
                  topMargin=0, bottomMargin=0, **meta(dossier, "triple"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(INK)
            canv.setLineWidth(0.3)
            canv.line(MARGIN, MARGIN + 10, MARGIN + FW, MARGIN + 10)
            canv.setFont(sans, 7)
            canv.drawString(MARGIN, MARGIN, magazine)
            canv.drawRightString(MARGIN + FW, MARGIN, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(0, 0, WIDTH, HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)], onPage=furniture)])
        pages = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            floats: list[list] = []

            def anchor(t, pr=pr, rec=rec, floats=floats):
                floats.append(_float(t, pr.title, st, rec))
                return _Anchor(len(floats) - 1)

            flow = _project_flow(pr, st, rec, anchor)
            theme = para(pr.theme.upper(), st["theme"], rec)
            head = _Head(theme, para(pr.title, st["title"], truth.heading(p)))
            heights = [_float_height(f) for f in floats]
            for sheet in _layout(flow, floats, head, p % 2):
                pages.append(_Page(sheet, floats, heights, rec))
        doc.build(pages)
        return truth

    return build_until_stable(once)
