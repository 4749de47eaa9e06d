"""One more house style for the layout zoo (see zoo.py): a Word report whose funding tables
break over pages.

- continued: the look of a Word report as a province or municipality submits it. Portrait A4,
             margins 2.5 cm; a serif body (Liberation Serif, Times metrics; else DejaVu Serif)
             at 11pt, ragged right; each field's label in bold 11pt on a line of its own above
             its paragraphs. Running header "Regio Deal <name> - projecten" in 8pt grey at the
             left, the page number centred at the foot. The contents first (the
             transcription's heading) with the themes in bold and their projects under them,
             leader dots to the page numbers. Each project under its theme (italic, grey) and
             its title (15pt bold). Tables (investment tables and those inside a field) in 9pt
             serif with thin horizontal rules only: a rule above and under the header, a
             hairline under every body row, a thin rule under just the columns a group header
             ("Publiek") spans and over the Totaal row, no vertical rules or fills; the table
             label over the first column, headers bold, amounts right aligned, the Totaal row
             bold. Every investment table of two body rows or more starts low on a page and
             breaks there as Word breaks a table whose header row repeats: the header lines
             again at the top of the next page, a small italic "(vervolg)" caption above them,
             the rest of the rows (the Totaal row at least) under them. Table footnotes
             ("* ...") and project notes are page footnotes in 9pt under a short rule, at the
             foot of the page where the marked amount (or paragraph) stands; a table footnote
             whose mark is in no cell goes with the page of the table's last row.
             How a table comes to start low: a project follows the one before it (the first
             one the contents) or opens a new page, and keeps one Word paragraph spacing
             throughout ("spacing after" 2-12pt, line spacing 13-14.5pt), as its authors
             delivered it. Project by project, the first of these layouts under which its
             table breaks by itself is taken, or else the one that needs the least empty
             space before the table (an author's empty paragraphs) to push its last row over.
             Tables of one body row are not broken.
"""

from __future__ import annotations

import io
import math
import re
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _TocLine, fields_with_notes
from .zoo_common import (build_until_stable, Doc, FootnoteSupport, meta, page_of, para,
                         Truth)
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#595959")
HAIR = colors.HexColor("#8C8C8C")

# A project's layouts in the order tried: (paragraph spacing after, line spacing, whether it
# opens a new page rather than following the project before it).
LAYOUTS = [(after, leading, own_page) for own_page in (False, True)
           for leading in (13.5, 13.0, 14.0, 14.5) for after in (6, 4, 8, 3, 10, 12, 5, 7, 9, 2, 11)]


def _marked(t: source.Table) -> list[tuple[source.Note, int]]:
    """Each footnote of `t` as a page note, with the body row that first carries its mark
    ("*" at the end of an amount; "**" is not "*"), or the last row where none does."""
    out = []
    for text in t.footnotes:
        mark, _, rest = text.partition(" ")
        if not rest or re.search(r"\w", mark):  # no mark of its own: the whole text
            mark, rest = "", text
        home = len(t.rows) - 1
        if mark:
            pattern = re.compile(rf"(?<!{re.escape(mark[-1])}){re.escape(mark)}$")
            home = next((i for i, row in enumerate(t.rows)
                         if any(pattern.search(c.strip()) for c in row[1:])), home)
        out.append((source.Note(mark, (rest,)), home))
    return out


class _Breaking(Flowable):
    """A table that breaks over pages as Word draws it: its header lines repeated on the next
    page under a "(vervolg)" caption; the notes of the rows drawn here at the page's foot.

    `rows` are the body rows of the transcription drawn by this part; `notes` pairs every
    footnote of the table with the body row it belongs to. `probe`, if given, hears
    (room, row heights) each time the table is laid out: the room it is offered, less the
    room its notes take.
    """

    def __init__(self, table, rows, notes, foot, caption, probe=None):
        super().__init__()
        self.table, self.rows, self.notes = table, rows, notes
        self.foot, self.caption, self.probe = foot, caption, probe
        self.own = tuple(n for n, home in notes if home in rows)
        self.spaceBefore, self.spaceAfter = 6, 10

    def _reserve(self, width, notes):
        return self.foot.height(notes, width) if notes else 0.0

    def wrap(self, aW, aH):
        w, h = self.table.wrap(aW, aH)
        nh = self._reserve(aW, self.own)
        if self.probe:
            self.probe((aH - nh, list(self.table._rowHeights)))
        # Like a paragraph with notes (zoo_common.RP): the notes' room only counts where it
        # decides that the table must break.
        return w, (h + nh if h + nh > aH else h)

    def split(self, aW, aH):
        parts = self.table.split(aW, aH - self._reserve(aW, self.own))
        if len(parts) < 2:
            return []
        k = len(parts[0]._cellvalues) - self.table.repeatRows
        first, rest = self.rows[:k], self.rows[k:]
        return [_Breaking(parts[0], first, self.notes, self.foot, self.caption),
                PageBreak(), self.caption(),
                _Breaking(parts[1], rest, self.notes, self.foot, self.caption)]

    def drawOn(self, canv, x, y, _sW=0):
        self.table.drawOn(canv, x, y, _sW)
        if self.own:
            self.foot.place(self.own, self._frame, canv)


def _push(room, heights, lines, n):
    """Empty space to set before a table offered `room` so that it breaks (0 where it breaks
    by itself), or None where not even the header and one row fit (it moves on whole)."""
    below = [sum(heights[:lines + k]) for k in range(1, n + 1)]
    if room < below[0]:
        return None
    if room < below[-1]:
        return 0.0
    return room - below[-1] + heights[-1] / 2  # the last row goes over


def _table_styles(serif, bold):
    def style(name, font, **kw):
        return ParagraphStyle(f"ct-{name}", fontName=font, fontSize=9, leading=11,
                              textColor=INK, **kw)

    return {"tlabel": style("tl", bold), "thead": style("th", bold, alignment=TA_RIGHT),
            "tgroup": style("tg", bold, alignment=TA_CENTER), "tbody": style("tb", serif),
            "tbody_b": style("tbb", bold), "tamount": style("ta", serif, alignment=TA_RIGHT),
            "tamount_b": style("tab", bold, alignment=TA_RIGHT)}


def _ruled(t: source.Table, st, rec) -> Table:
    """Table `t` with horizontal rules only, its header lines repeated where it breaks."""
    pad = 4
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.75, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, INK),
            ("LINEBELOW", (0, lines), (-1, -1), 0.25, HAIR)]
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, INK))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    # Every row measured (not only those that fit): the break is planned from their heights.
    return Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, pad), repeatRows=lines,
                 style=TableStyle(cmds), hAlign="LEFT", longTableOptimize=0)


class _Probe(Flowable):
    """Takes no room; tells `probe` the room left in the frame where it stands and the space
    after the flowable before it (which overlaps the space before the next one)."""

    def __init__(self, probe):
        super().__init__()
        self.probe = probe

    def wrap(self, aW, aH):
        self.probe((aH, self._frame._prevASpace))
        return aW, 0

    def draw(self):
        pass


def render_continued(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    serif, bold, italic = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]
    st = {
        "label": ParagraphStyle("ct-label", fontName=bold, fontSize=11, leading=13.5,
                                textColor=INK, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "theme": ParagraphStyle("ct-theme", fontName=italic, fontSize=10, leading=13,
                                textColor=MUTED, spaceBefore=26, keepWithNext=1),
        "h1": ParagraphStyle("ct-h1", fontName=bold, fontSize=15, leading=19, textColor=INK,
                             spaceAfter=8, keepWithNext=1),
        "caption": ParagraphStyle("ct-cap", fontName=italic, fontSize=8.5, leading=10,
                                  textColor=MUTED, spaceAfter=2, keepWithNext=1),
        "note": ParagraphStyle("ct-note", fontName=serif, fontSize=9, leading=11,
                               textColor=INK, leftIndent=10, firstLineIndent=-10,
                               spaceAfter=1.5),
        "toc_h": ParagraphStyle("ct-toch", fontName=bold, fontSize=16, leading=20,
                                textColor=INK, spaceAfter=14),
        "toc_theme": ParagraphStyle("ct-toct", fontName=bold, fontSize=11, leading=13.5,
                                    textColor=INK, keepWithNext=1),
        "toc": ParagraphStyle("ct-toc", fontName=serif, fontSize=11, leading=13.5,
                              textColor=INK, leftIndent=14),
    }
    body = [ParagraphStyle(f"ct-body{i}", fontName=serif, fontSize=11, leading=leading,
                           textColor=INK, spaceAfter=after)
            for i, (after, leading, _) in enumerate(LAYOUTS)]
    tst = _table_styles(serif, bold)
    name_meta = meta(dossier, "continued")
    running = name_meta["title"]
    projects = dossier.projects
    breaking = {(p, t) for p, pr in enumerate(projects) for t in pr.rows
                if isinstance(t, source.Table) and len(t.rows) > 1}
    table_notes = {(p, t): _marked(t) for p, pr in enumerate(projects) for t in pr.tables()}
    owner = {id(n): p for p, pr in enumerate(projects) for n in pr.notes}
    owner.update({id(n): p for (p, _), notes in table_notes.items() for n, _ in notes})

    def new_doc(target, truth):
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owner[id(n)]),
                               rule_width=100)
        doc = Doc(target, truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **name_meta)

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(MUTED)
            canv.setFont(serif, 8)
            canv.drawString(MARGIN, HEIGHT - 1.5 * cm, running)
            canv.setFillColor(INK)
            canv.setFont(serif, 9)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])
        return doc, foot

    def project(p, layout, push, truth, foot, rooms=None):
        """Project p's flowables in LAYOUTS[layout], push[table] points of empty space before
        each investment table; the room each is offered (and its row heights) into `rooms`."""
        pr = projects[p]
        rec = truth.content(p)

        def place(t, inside):
            out, probe = [], None
            if not inside and (p, t) in breaking:
                out.append(Spacer(0, push.get(t, 0.0)))
                probe = partial(rooms.__setitem__, t) if rooms is not None else None
            return out + [_Breaking(_ruled(t, tst, rec), range(len(t.rows)), table_notes[(p, t)],
                                    foot, lambda: para("(vervolg)", st["caption"], rec), probe)]

        story = [PageBreak()] if LAYOUTS[layout][2] else []
        story += [para(pr.theme, st["theme"], rec), para(pr.title, st["h1"], truth.heading(p))]
        return story + fields_with_notes(pr, dict(st, body=body[layout]), rec, foot, place)

    def contents(info):
        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [Spacer(0, 6), para(pr.theme, st["toc_theme"])]
            story += [Spacer(0, 3), _TocLine(para(pr.title, st["toc"]), page_of(info, p),
                                             st["toc"])]
        return story

    def left_by(story, doc):
        """(room, space after) that `story` leaves on its last page."""
        end: list = []
        doc.build(story + [_Probe(end.append)])
        return end[-1]

    def trial(p, layout, start, push):
        """Project p alone in LAYOUTS[layout] with `push`, begun where `start` = (room, space
        after) is left by what goes before it: the room its tables are offered, and what it
        leaves."""
        truth = Truth(dossier, "continued")
        doc, foot = new_doc(io.BytesIO(), truth)
        rooms: dict = {}
        story = project(p, layout, push, truth, foot, rooms)
        if isinstance(story[0], PageBreak):
            story = story[1:]
        else:  # the page the project before ends on, as full as that left it
            room, after = start
            filler = Spacer(0, FH - room - after)
            filler.spaceAfter = after
            story.insert(0, filler)
        return rooms, left_by(story, doc)

    def once(info, layouts, push, planned):
        truth = Truth(dossier, "continued")
        doc, foot = new_doc(str(pdf_path), truth)
        story = contents(info)
        rooms: dict[int, dict] = {p: {} for p in planned}
        for p in range(len(projects)):
            story += project(p, layouts[p], push[p], truth, foot, rooms.get(p))
        doc.build(story)
        for p, heard in rooms.items():
            for t, (room, heights) in heard.items():
                if _push(room, heights, len(t.header), len(t.rows)) != 0:
                    raise RuntimeError(f"{projects[p].title}: its table does not break as planned")
        return truth

    # Project by project, the first layout under which its tables break by themselves, or
    # else the one that needs the least empty space before them to break.
    layouts: list[int] = []
    push: dict[int, dict] = {}
    planned = set()
    start = left_by(contents({"starts": {}, "total": 0}), new_doc(io.BytesIO(), Truth(dossier, "continued"))[0])
    for p in range(len(projects)):
        best: tuple = (math.inf, 0, {}, None)
        for layout in range(len(LAYOUTS)) if any(q == p for q, _ in breaking) else (0,):
            rooms, end = trial(p, layout, start, {})
            pushes = {t: _push(room, heights, len(t.header), len(t.rows))
                      for t, (room, heights) in rooms.items()}
            if None in pushes.values():
                continue
            cost = max(pushes.values(), default=0.0)
            if cost < best[0]:
                best = (cost, layout, pushes, end)
            if cost == 0:
                break
        cost, layout, push[p], end = best
        if cost < math.inf:
            planned.add(p)
        if end is None or any(push[p].values()):  # what it leaves as it will be drawn
            end = trial(p, layout, start, push[p])[1]
        layouts.append(layout)
        start = end
    return build_until_stable(lambda info: once(info, layouts, push, planned))
