"""One more house style for the layout zoo (see zoo.py): a regional annual programme report
set by a design agency in InDesign (held out: scored before the reader knew of it).

- annual: portrait A4, the text area 16.8 cm wide (2.1 cm margins left and right, 2 cm at
          the top, 2.2 cm at the foot) in two columns of 8 cm with a 0.8 cm gutter. A light
          sans (Liberation Sans; else DejaVu Sans) at 9pt on 12.5pt, ragged right, in dark
          grey (#333333); no bold anywhere. Field labels are told apart by colour only: the
          label on a line of its own in the body's font, size and weight, in teal (#00808A),
          4pt space after it, the field's paragraphs under it (list items with a hanging
          indent); no colon, no label column. Each project opens a new page under a teal
          band across the full page width, 3.5 cm high from the paper's top edge: the theme
          in 9pt white letter-spaced capitals above the title in 20pt white regular (two
          lines where it wraps), both at the left text edge and sitting at the band's foot;
          the fields flow in the two columns below the band, left column first; a column
          does not end on a label. Tables (the investment table and the tables inside a
          field, which stay in their field) span both columns at the point in the flow where
          they stand: the text before the table is balanced over the two columns above it,
          the table runs across the text width, the two columns go on below it (a table
          breaking over pages repeats its header lines). Table style: 8pt, no vertical
          rules, 0.3pt light grey rules under the header and between the body rows; the
          table's label (the source's) as the first header cell, the header texts in teal
          (regular), a group header ("Publiek") centred over its members with a thin teal
          rule under it only, the value headers and amounts right aligned, the Totaal row
          on a pale teal fill (#D9EEF0), not bold; table footnotes in 7pt under the table.
          Project notes as footnotes at the foot of the column in which their mark stands
          (7pt, under a short teal rule, led by the superscript mark); a note whose mark is
          nowhere goes with the project's last paragraph. Running footer only: the page
          number in 8pt teal at the outer edge (right on odd pages, left on even), the
          report's name ("Jaarverslag Regio Deal <name> <year>") at the inner side in 7pt
          grey. Page 1 holds the contents in one column under the transcription's heading
          (20pt teal): each theme in teal letter-spaced capitals, its projects'
          titles under it, each with its page number directly after it in teal ("Advanced
          Manufacturing Program  3"), not right aligned.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners
from .zoo_common import _words, build_until_stable, Doc, dossier_name, meta, page_of, para, Truth
from .zoo_minutes import _year
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
COL_W, GUTTER = 8.0 * cm, 0.8 * cm
FW = 2 * COL_W + GUTTER                 # the text area, both columns
MX = (WIDTH - FW) / 2                   # left and right margins (2.1 cm)
MT, MB = 2.0 * cm, 2.2 * cm
FOOT_Y = 1.2 * cm
BAND_H = 3.5 * cm
BAND_GAP = 0.8 * cm                     # band foot to the columns' top
TEAL = colors.HexColor("#00808A")
INK = colors.HexColor("#333333")
FOOT_GREY = colors.HexColor("#8C8C8C")
RULE = colors.HexColor("#C4C4C4")
PALE = colors.HexColor("#D9EEF0")
WHITE = colors.white
LIST_ITEM = re.compile(r"^(?:[•●○o\-–]|\d+[.)])\s")
NOTE_GAP = 9.0                          # room for the short rule above a column's notes


# --- the two columns ------------------------------------------------------------------


class _Page:
    """The project notes placed on the current page, per column; drawn at the page end."""

    def __init__(self, note_style, more_style, rec_for):
        self.style, self.more, self.rec_for = note_style, more_style, rec_for
        self.pending: list[list] = [[], []]

    def paras(self, note):
        return [para(f"{note.mark} {t}" if k == 0 else t, self.style if k == 0 else self.more,
                     self.rec_for(note)) for k, t in enumerate(note.text or ("",))]

    def height(self, notes) -> float:
        if not notes:
            return 0.0
        h = NOTE_GAP
        for n in notes:
            for p in self.paras(n):
                h += p.wrap(COL_W, 1e6)[1] + self.style.spaceAfter
        return h

    def reserve(self, more=((), ())) -> float:
        """Room the notes take at the page foot (the taller column's), with `more` added."""
        return max(self.height(self.pending[c] + list(more[c])) for c in (0, 1))

    def draw(self, canv) -> None:
        for c in (0, 1):
            notes = self.pending[c]
            if not notes:
                continue
            x = MX + c * (COL_W + GUTTER)
            items = [(p, p.wrap(COL_W, 1e6)[1]) for n in notes for p in self.paras(n)]
            y = MB + sum(h + self.style.spaceAfter for _, h in items)
            canv.saveState()
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.5)
            canv.line(x, y + 5, x + 48, y + 5)
            canv.restoreState()
            for p, h in items:
                y -= h
                p.drawOn(canv, x, y)
                y -= self.style.spaceAfter
        self.pending = [[], []]


def _split(f, avail):
    """Split paragraph `f` to `avail`; its notes go with the part that holds their mark."""
    parts = f.split(COL_W, avail)
    notes = list(getattr(f, "_an", ()))
    if len(parts) < 2:
        return parts
    for q in parts:
        q._an = ()
    for q in parts[:-1]:
        q.wrap(COL_W, 1e6)
        words = _words(q)
        q._an = tuple(n for n in notes if any(n.mark in w for w in words))
        notes = [n for n in notes if n not in q._an]
    parts[-1]._an = tuple(notes)
    return parts


def _fill(queue, height):
    """Fill one column of `height` from `queue` (consumed); -> [(flowable, top, h)]."""
    placed = []
    y = 0.0
    while queue:
        f = queue[0]
        sb = f.getSpaceBefore() if placed else 0.0
        avail = height - y - sb
        if avail <= 0:
            break
        h = f.wrap(COL_W, avail)[1]
        if h <= avail + 1e-6:
            placed.append((f, y + sb, h))
            y += sb + h + f.getSpaceAfter()
            queue.pop(0)
            continue
        parts = _split(f, avail)
        if len(parts) >= 2:
            h = parts[0].wrap(COL_W, avail)[1]
            if h <= avail + 1e-6:
                placed.append((parts[0], y + sb, h))
                queue[0:1] = parts[1:]
        break
    while len(placed) > 1 and queue and placed[-1][0].getKeepWithNext():
        queue.insert(0, placed.pop()[0])  # a label does not end a column
    return placed


class _Layout:
    def __init__(self, cols, rest, notes, extra):
        self.cols, self.rest, self.notes, self.extra = cols, rest, notes, extra
        self.height = max((top + h for col in cols for _, top, h in col), default=0.0)


def _arrange(items, height, page: _Page, cuts: bool = True) -> _Layout:
    """Fill the left column, then the right one, each `height` tall less (where `cuts`)
    the room its own new notes take at the page foot beyond what is reserved there."""
    base = page.reserve()
    cut = [0.0, 0.0]
    for _ in range(8 if cuts else 1):
        queue = list(items)
        cols = [_fill(queue, height - cut[0]), _fill(queue, height - cut[1])]
        notes = [[n for f, _, _ in col for n in getattr(f, "_an", ())] for col in cols]
        need = [max(0.0, page.height(page.pending[c] + notes[c]) - base) for c in (0, 1)]
        if need[0] <= cut[0] + 1e-6 and need[1] <= cut[1] + 1e-6:
            break
        cut = [max(cut[c], need[c]) for c in (0, 1)]
    return _Layout(cols, queue, notes, max(need))


class _Columns(Flowable):
    """Paragraphs flowing in the two columns, left first. Where `balance` (text above a
    table), what fits on the page is balanced over the two columns."""

    def __init__(self, items, page: _Page, balance: bool, space_before: float = 0.0):
        super().__init__()
        self.items, self.page, self.balance = list(items), page, balance
        self.spaceBefore = space_before
        self._lay = None

    def _full(self, aH) -> _Layout:
        return _arrange(self.items, aH, self.page)

    def wrap(self, aW, aH):
        lay = self._full(aH)
        if lay.rest:
            self._lay = None
            return aW, aH + 1  # too tall: the frame will split it
        if self.balance:
            lo, hi = 0.0, lay.height
            for _ in range(24):
                if hi - lo < 0.25:
                    break
                mid = (lo + hi) / 2
                trial = _arrange(self.items, mid, self.page, cuts=False)
                if not trial.rest and trial.height + trial.extra <= aH:
                    hi = mid
                else:
                    lo = mid
            lay = _arrange(self.items, hi, self.page, cuts=False)
            if lay.rest or lay.height + lay.extra > aH:
                lay = self._full(aH)
        self._lay = lay
        return aW, lay.height

    def split(self, aW, aH):
        lay = self._full(aH)
        if not lay.cols[0]:
            return []
        out = [_Placed(lay, self.page)]
        if lay.rest:
            out.append(_Columns(lay.rest, self.page, self.balance))
        return out

    def drawOn(self, canv, x, y, _sW=0):
        _draw(self._lay, self.page, canv, x, y, getattr(self, "_frame", None))


class _Placed(Flowable):
    """The part of a `_Columns` that fits on this page."""

    def __init__(self, lay, page):
        super().__init__()
        self.lay, self.page = lay, page

    def wrap(self, aW, aH):
        return aW, self.lay.height

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        _draw(self.lay, self.page, canv, x, y, getattr(self, "_frame", None))


def _draw(lay, page, canv, x, y, frame):
    top = y + lay.height
    for c, col in enumerate(lay.cols):
        xc = x + c * (COL_W + GUTTER)
        for f, off, h in col:
            f.wrap(COL_W, 1e6)
            f.drawOn(canv, xc, top - off - h)
    before = page.reserve()
    for c in (0, 1):
        page.pending[c].extend(lay.notes[c])
    if frame is not None:
        frame._y1p += page.reserve() - before


# --- page furniture ---------------------------------------------------------------------


class _Band(Flowable):
    """The project's opening band across the page top; no height in the flow."""

    def __init__(self, theme, title_p, font):
        super().__init__()
        self.theme, self.title_p, self.font = theme, title_p, font

    def wrap(self, aW, aH):
        return aW, 0

    def drawOn(self, canv, x, y, _sW=0):
        th = self.title_p.wrap(FW, 1e6)[1]
        ty = HEIGHT - BAND_H + 0.55 * cm
        canv.saveState()
        canv.setFillColor(TEAL)
        canv.rect(0, HEIGHT - BAND_H, WIDTH, BAND_H, stroke=0, fill=1)
        t = canv.beginText(MX, ty + th + 7)
        t.setFont(self.font, 9)
        t.setCharSpace(1.4)
        t.setFillColor(WHITE)
        t.textOut(self.theme.upper())
        canv.drawText(t)
        canv.restoreState()
        self.title_p.drawOn(canv, MX, ty)


class _Spaced(Flowable):
    """One line of letter-spaced capitals (the contents' theme lines)."""

    def __init__(self, text, font, size, colour, space_before=0.0):
        super().__init__()
        self.text, self.font, self.size, self.colour = text.upper(), font, size, colour
        self.spaceBefore, self.spaceAfter = space_before, 3.0

    def wrap(self, aW, aH):
        return aW, self.size * 1.3

    def draw(self):
        t = self.canv.beginText(0, self.size * 0.3)
        t.setFont(self.font, self.size)
        t.setCharSpace(1.4)
        t.setFillColor(self.colour)
        t.textOut(self.text)
        self.canv.drawText(t)


# --- tables ------------------------------------------------------------------------------


def _table(t: source.Table, st, rec) -> list:
    pad = 4
    widths = _col_widths(t, lambda s: s, FW, st, pad, label_share=0.34)
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    if len(rows) > lines:
        cmds.append(("LINEBELOW", (0, lines - 1), (-1, -2), 0.3, RULE))
    for r in totals:
        cmds.append(("BACKGROUND", (0, r), (-1, r), PALE))
    for h in placed:  # a thin teal rule under a group header only
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.5, TEAL))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT", spaceBefore=12, spaceAfter=4 if t.footnotes else 12)
    out: list = [table]
    for k, f in enumerate(t.footnotes):
        q = para(f, st["tfoot"], rec)
        if k == len(t.footnotes) - 1:
            q.style = ParagraphStyle("an-tf-last", q.style, spaceAfter=12)
        out.append(q)
    return out


# --- the report --------------------------------------------------------------------------


def render_annual(dossier: source.Dossier, pdf_path) -> dict:
    sans, _bold = _fonts()  # no bold anywhere

    def style(name, size=9.0, leading=12.5, colour=INK, **kw):
        return ParagraphStyle(f"an-{name}", fontName=sans, fontSize=size, leading=leading,
                              textColor=colour, **kw)

    st = {
        "body": style("body", spaceAfter=4.5),
        "item": style("item", spaceAfter=3, leftIndent=10, firstLineIndent=-10),
        "label": style("label", colour=TEAL, spaceBefore=9, spaceAfter=4, keepWithNext=1),
        "title": style("title", 20, 24, WHITE),
        "toc_h": style("toch", 20, 24, TEAL, spaceAfter=18),
        "toc": style("toc", 9.5, 13.5, spaceAfter=2),
        "note": style("note", 7, 8.8, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", 7, 8.8, leftIndent=8, spaceAfter=1.5),
        "tlabel": style("tl", 8, 10.2, TEAL),
        "thead": style("th", 8, 10.2, TEAL, alignment=TA_RIGHT),
        "tgroup": style("tg", 8, 10.2, TEAL, alignment=TA_CENTER),
        "tbody": style("tb", 8, 10.2), "tbody_b": style("tbb", 8, 10.2),
        "tamount": style("ta", 8, 10.2, alignment=TA_RIGHT),
        "tamount_b": style("tab", 8, 10.2, alignment=TA_RIGHT),
        "tfoot": style("tf", 7, 8.8, spaceBefore=2, spaceAfter=1),
    }
    name = dossier_name(dossier)
    report = f"Jaarverslag Regio Deal {name} {_year(dossier)}".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "annual")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        page = _Page(st["note"], st["note_more"], lambda n: truth.content(owners[id(n)]))
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "annual"))

        def footer(canv, d):
            n = canv.getPageNumber()
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(TEAL)
            (canv.drawRightString(WIDTH - MX, FOOT_Y, str(n)) if n % 2
             else canv.drawString(MX, FOOT_Y, str(n)))
            canv.setFont(sans, 7)
            canv.setFillColor(FOOT_GREY)
            (canv.drawString(MX, FOOT_Y, report) if n % 2
             else canv.drawRightString(WIDTH - MX, FOOT_Y, report))
            canv.restoreState()

        def frame(top):
            return Frame(MX, MB, FW, top - MB, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        end = lambda canv, d: page.draw(canv)  # noqa: E731
        doc.addPageTemplates([
            PageTemplate("page", [frame(HEIGHT - MT)], onPage=footer, onPageEnd=end),
            PageTemplate("open", [frame(HEIGHT - BAND_H - BAND_GAP)], onPage=footer,
                         onPageEnd=end)])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        last = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                story.append(_Spaced(pr.theme, sans, 8.5, TEAL, 12 if p else 0))
            number = page_of(info, p)
            story.append(para("", st["toc"], markup=(
                f'{escape(pr.title)}&nbsp;&nbsp;<font color="#00808A">{number}</font>')))

        for p, pr in enumerate(dossier.projects):
            story += [NextPageTemplate("open"), PageBreak(),
                      _Band(pr.theme, para(pr.title, st["title"], truth.heading(p)), sans),
                      NextPageTemplate("page")]
            story += _project(pr, st, truth.content(p), page)
        doc.build(story)
        return truth

    return build_until_stable(once)


def _project(pr: source.Project, st, rec, page: _Page) -> list:
    """The project's fields in column runs; each table across the page where it stands."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    out: list = []
    run: list = []
    after_table = [False]

    def flush(balance):
        if run:
            out.append(_Columns(run, page, balance, space_before=12 if after_table[0] else 0))
            run.clear()

    def table(t):
        flush(True)
        out.extend(_table(t, st, rec))
        after_table[0] = True

    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            table(row)
            continue
        run.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                table(item)
                continue
            q = para(item, st["item"] if LIST_ITEM.match(item) else st["body"], rec)
            q._an = tuple(owner.get((r, i), ()))
            run.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            run.append(last_q)
        last_q._an = tuple(last_q._an) + tuple(loose)
    flush(False)
    return out
