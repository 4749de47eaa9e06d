"""One more house style for the layout zoo (see zoo.py), held out: a regional programme
office's "projectfactsheets", designed in InDesign, one project after the other.

- factsheet: A4 portrait, 1.5 cm margins, a sans (Liberation Sans, else DejaVu Sans)
             throughout. Page 1 is the contents: "Inhoud" (22pt bold, dark blue), each theme
             in dark blue small caps and under it its projects' titles with their page numbers
             at the right. Each project starts on a new page under a dark blue (#1B3A5C)
             band, 2.2 cm high and as wide as the grid (17.8 cm), holding the theme in small
             white caps (8pt) and the title in white bold 18pt (a long title on two lines).
             Below the band the fields are CARDS: rounded boxes (radius 4pt, a 0.5pt
             grey-blue border, light grey fill #F2F4F7) in TWO COLUMNS of 8.6 cm, 0.6 cm apart,
             stacked like a masonry grid: the cards are placed in document order, each in the
             column that is shorter at that moment (the left one on a tie), 0.35 cm under the
             card above it, so the reading order goes card by card, not line by line across
             the page. Each card: 6pt padding, the field's label as its title (bold 9pt, dark
             blue), then the field's paragraphs (8.5pt on 11pt, ragged right, 4pt apart; a
             list item hanging on its marker). A card grows as tall as its text needs; a card
             that does not fit in what is left of its column is cut there (its column is then
             full, and the next cards go on in the other column of the same page) and goes on
             in a card on the next page titled "<label> (vervolg)", in whichever column is the
             shorter there (continuations first, in the order they were cut). The investment
             table is not in a card: at its place in the document order the columns are
             finished level (continuations moved on first), then the table spans the grid
             full width (8pt; header lines on a dark blue fill in white bold, the table label
             over the row labels, a group header centred over its columns; thin grey rules
             between the body rows; amounts right aligned; the Totaal row bold; header lines
             repeated where it breaks over a page), its footnotes (7pt) under it, and the cards
             go on below it in two columns again. A table inside a field stays in its field's
             card at the card's width, in the same style at 7pt (cells wrap). Footer on every
             page: "Projectfactsheets Regio Deal <name>" at the left and the page number at the
             right, 7pt grey. Project notes as page footnotes across the full width at the foot
             of the page where their mark is (7pt, under a short rule); notes whose mark is
             nowhere go with the project's last paragraph.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Paragraph, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _small_caps
from .zoo_common import Doc, Truth, _words, build_until_stable, dossier_name, meta, page_of, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
MARGIN = 1.5 * cm
COL_W = 8.6 * cm                   # a column of cards
COL_GAP = 0.6 * cm
GRID = 2 * COL_W + COL_GAP         # 17.8 cm: band, cards and tables on this grid
H = HEIGHT - 2 * MARGIN            # the content area's height
BAND_H = 2.2 * cm
BAND_GAP = 0.5 * cm                # band foot to the first cards
CARD_GAP = 0.35 * cm               # between cards in a column, and around a full-width table
PAD = 6.0                          # inside a card
RADIUS = 4.0
TITLE_GAP = 3.0                    # card title to its text
PARA_GAP = 4.0                     # between a card's paragraphs
NOTE_GAP = 10.0                    # room for the rule above the page footnotes

BLUE = colors.HexColor("#1B3A5C")
CARD_FILL = colors.HexColor("#F2F4F7")
CARD_LINE = colors.HexColor("#C3CBD6")
RULE = colors.HexColor("#B4BCC8")
GREY = colors.HexColor("#6E7782")
INK = colors.HexColor("#222222")

_LIST = re.compile(r"^(•|●|-|–|o|\d{1,2}[.)])\s")


def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=8.5, leading=11.0, **kw):
        return ParagraphStyle(f"fs-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    def table(prefix, size, leading):
        white = colors.white
        return {
            "tlabel": style(f"{prefix}tl", bold, size, leading, textColor=white),
            "thead": style(f"{prefix}th", bold, size, leading, textColor=white, alignment=TA_RIGHT),
            "tgroup": style(f"{prefix}tg", bold, size, leading, textColor=white,
                            alignment=TA_CENTER),
            "tbody": style(f"{prefix}tb", sans, size, leading),
            "tbody_b": style(f"{prefix}tbb", bold, size, leading),
            "tamount": style(f"{prefix}ta", sans, size, leading, alignment=TA_RIGHT),
            "tamount_b": style(f"{prefix}tab", bold, size, leading, alignment=TA_RIGHT),
            "tfoot": style(f"{prefix}tf", sans, 7, 8.8, spaceBefore=3),
        }

    return {
        "body": style("body"),
        "item": style("item", leftIndent=9, firstLineIndent=-9),
        "card_title": style("ct", bold, 9, 11, textColor=BLUE),
        "band_theme": style("bth", sans, 9, 11, textColor=colors.white),
        "band_title": style("btt", bold, 18, 21, textColor=colors.white),
        "note": style("note", sans, 7, 8.6, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", sans, 7, 8.6, leftIndent=8, spaceAfter=1.5),
        "toc_h": style("toch", bold, 22, 26, textColor=BLUE, spaceAfter=16),
        "toc_theme": style("toct", bold, 9.5, 12, textColor=BLUE),
        "toc": style("toc", sans, 10, 13, leftIndent=12),
        "toc_page": style("tocp", sans, 10, 13, alignment=TA_RIGHT),
        "inv": table("i", 8, 10),
        "nested": table("n", 7, 8.6),
    }


def _table(t: source.Table, st: dict, rec, width: float) -> Table:
    """Table `t` in the house style across `width`: dark header lines with white bold text,
    thin grey rules between the body rows, amounts right aligned, the Totaal row bold."""
    pad = 3.0
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad)
    widths[-1] -= sum(widths) - width  # exactly the width asked for
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), BLUE)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.4, RULE))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.8, BLUE))
    cmds += [("SPAN", a, b) for a, b in spans]
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


# --- the page layout ------------------------------------------------------------------


class _Sheet:
    """One page being laid out; tops are measured down from the content area's top."""

    def __init__(self, band=None):
        top = BAND_H + BAND_GAP if band else 0.0
        self.band = band                  # (theme paragraph, title paragraph) or None
        self.cols = [top, top]            # where each column of cards ends
        self.started = [False, False]     # whether something stands above in the column
        self.closed = [False, False]      # full: a card was cut there, or could not start
        self.boxes: list[tuple] = []      # cards: (x, top, width, height)
        self.items: list[tuple] = []      # (flowable, x, top, width)
        self.notes: list = []             # footnote paragraphs
        self.notes_h = 0.0

    def note_height(self, paras) -> float:
        if not paras:
            return 0.0
        h = sum(p.wrap(GRID, 1e6)[1] + p.style.spaceAfter for p in paras)
        return h + (0.0 if self.notes else NOTE_GAP)

    def limit(self, paras=()) -> float:
        """How far down the content may go with these footnote paragraphs added."""
        return H - self.notes_h - self.note_height(paras)

    def add_notes(self, paras) -> None:
        self.notes_h += self.note_height(paras)
        self.notes.extend(paras)


class _Layout:
    """The masonry of cards and full-width tables, page by page."""

    def __init__(self, st):
        self.st = st
        self.pages: list[_Sheet] = []
        self.page: _Sheet | None = None
        self.pending: list[tuple] = []    # cut cards going on on the next page

    def new_page(self, band=None) -> None:
        self.page = _Sheet(band)
        self.pages.append(self.page)
        pending, self.pending = self.pending, []
        for label, items, rec in pending:
            self.card(label, items, rec, cont=True)

    def finish(self) -> None:
        while self.pending:
            self.new_page()

    # cards

    def card(self, label, items, rec, cont=False) -> None:
        fresh = 0
        while True:
            page = self.page
            free = [c for c in (0, 1) if not page.closed[c]]
            if not free:
                fresh += 1
                if fresh > 3:
                    raise RuntimeError(f"card {label!r} does not fit on an empty page")
                self.new_page()
                continue
            c = min(free, key=lambda k: (page.cols[k], k))
            rest = self._fill(c, label, items, rec, cont)
            if rest is None:
                page.closed[c] = True
                continue
            if rest:
                self.pending.append((label, rest, rec))
                page.closed[c] = True
            return

    def _fill(self, c, label, items, rec, cont):
        """Card `label` in column `c` of this page, as much of `items` as fits: the items
        left over ([] when all fit), or None when not even its start fits here."""
        page = self.page
        x = c * (COL_W + COL_GAP)
        top = page.cols[c] + (CARD_GAP if page.started[c] else 0.0)
        w = COL_W - 2 * PAD
        title = para(label + (" (vervolg)" if cont else ""), self.st["card_title"], rec)
        y = top + PAD + title.wrap(w, 1e6)[1]
        placed = [(title, x + PAD, top + PAD, w)]
        notes_here: list = []
        rest = list(items)
        n = 0
        while rest:
            f = rest[0]
            gap = TITLE_GAP if n == 0 else PARA_GAP
            notes = getattr(f, "_fs_notes", [])
            limit = page.limit(notes_here + notes)
            other_ok = not notes or page.cols[1 - c] <= limit
            h = f.wrap(w, 1e6)[1]
            if other_ok and y + gap + h + PAD <= limit:
                placed.append((f, x + PAD, y + gap, w))
                notes_here += notes
                y += gap + h
                rest.pop(0)
                n += 1
                continue
            room = limit - (y + gap) - PAD
            parts = f.split(w, room) if other_ok and room > 11 else []
            if len(parts) >= 2:
                first = parts[0]
                h1 = first.wrap(w, 1e6)[1]
                if notes:
                    words = _words(first)
                    mine = [q for q in notes if any(q._mark in wd for wd in words)]
                    later = [q for q in notes if q not in mine]
                    notes_here += mine
                    parts[1]._fs_notes = later
                placed.append((first, x + PAD, y + gap, w))
                y += gap + h1
                n += 1
                rest = list(parts[1:]) + rest[1:]
            break
        if n == 0 and (items or y + PAD > page.limit()):
            return None
        height = y + PAD - top
        page.boxes.append((x, top, COL_W, height))
        page.items.extend(placed)
        page.cols[c] = top + height
        page.started[c] = True
        page.add_notes(notes_here)
        return rest

    # full-width tables

    def wide(self, flowables) -> None:
        """A table (and its footnotes) across both columns, under the cards so far."""
        while self.pending:
            self.new_page()
        page = self.page
        y = max(page.cols) + (CARD_GAP if any(page.started) else 0.0)
        for f in flowables:
            while True:
                limit = page.limit()
                h = f.wrap(GRID, 1e6)[1]
                if y + h <= limit:
                    page.items.append((f, 0.0, y, GRID))
                    y += h + (3.0 if isinstance(f, Paragraph) else 0.0)
                    break
                parts = f.split(GRID, limit - y) if limit - y > 20 else []
                if len(parts) >= 2:
                    page.items.append((parts[0], 0.0, y, GRID))
                    f = parts[1]
                elif not any(page.started) and not page.items:
                    raise RuntimeError("a table does not fit on an empty page")
                self.new_page()
                page = self.page
                y = 0.0
        page.cols = [y, y]
        page.started = [True, True]
        page.closed = [False, False]


class _Page(Flowable):
    """One laid-out page: band, cards, their contents, the page's footnotes."""

    def __init__(self, sheet: _Sheet):
        super().__init__()
        self.sheet = sheet

    def wrap(self, aW, aH):
        return GRID, H

    def split(self, aW, aH):
        return []

    def draw(self):
        c, s = self.canv, self.sheet
        if s.band:
            theme, title = s.band
            c.saveState()
            c.setFillColor(BLUE)
            c.rect(0, H - BAND_H, GRID, BAND_H, stroke=0, fill=1)
            c.restoreState()
            inner = GRID - 2 * 14
            th, tt = theme.wrap(inner, 1e6)[1], title.wrap(inner, 1e6)[1]
            block = th + 3 + tt
            y = H - BAND_H + (BAND_H - block) / 2
            title.drawOn(c, 14, y)
            theme.drawOn(c, 14, y + tt + 3)
        c.saveState()
        c.setFillColor(CARD_FILL)
        c.setStrokeColor(CARD_LINE)
        c.setLineWidth(0.5)
        for x, top, w, h in s.boxes:
            c.roundRect(x, H - top - h, w, h, RADIUS, stroke=1, fill=1)
        c.restoreState()
        for f, x, top, w in s.items:
            h = f.wrap(w, 1e6)[1]
            f.drawOn(c, x, H - top - h)
        if s.notes:
            heights = [p.wrap(GRID, 1e6)[1] for p in s.notes]
            y = sum(h + p.style.spaceAfter for h, p in zip(heights, s.notes))
            c.saveState()
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.line(0, y + 4, 90, y + 4)
            c.restoreState()
            for p, h in zip(s.notes, heights):
                y -= h
                p.drawOn(c, 0, y)
                y -= p.style.spaceAfter


# --- the style ------------------------------------------------------------------------


def render_factsheet(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    footer = f"Projectfactsheets Regio Deal {name}".replace("  ", " ").strip()

    def note_paras(notes, rec):
        out = []
        for note in notes:
            for j, t in enumerate(note.text or ("",)):
                q = para(f"{note.mark} {t}" if j == 0 else t,
                         st["note"] if j == 0 else st["note_more"], rec)
                q._mark = note.mark
                out.append(q)
        return out

    def once(info):
        truth = Truth(dossier, "factsheet")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN,
                  rightMargin=WIDTH - MARGIN - GRID, topMargin=MARGIN, bottomMargin=MARGIN,
                  **meta(dossier, "factsheet"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 7)
            canv.drawString(MARGIN, 1.0 * cm, footer)
            canv.drawRightString(MARGIN + GRID, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, GRID, H, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])

        story = [para("Inhoud", st["toc_h"])]
        rows, cmds, last_theme = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                if rows:
                    cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 10))
                cmds.append(("SPAN", (0, len(rows)), (1, len(rows))))
                rows.append([para("", st["toc_theme"], markup=_small_caps(pr.theme, 9.5)), ""])
            rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[GRID - 40, 40], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)] + cmds)))
        story.append(PageBreak())

        layout = _Layout(st)
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            band = (para("", st["band_theme"], rec, markup=_small_caps(pr.theme, 9)),
                    para(pr.title, st["band_title"], truth.heading(p)))
            layout.new_page(band)
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            if loose:  # notes whose mark is nowhere: with the project's last paragraph
                last = [(r, i) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
                        for i, c in enumerate(row.content) if isinstance(c, str)]
                if last:
                    owner.setdefault(last[-1], []).extend(loose)
                    loose = []
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    layout.wide([_table(row, st["inv"], rec, GRID)] +
                                [para(f, st["inv"]["tfoot"], rec) for f in row.footnotes])
                    continue
                items = []
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        items.append(_table(item, st["nested"], rec, COL_W - 2 * PAD))
                        items += [para(f, st["nested"]["tfoot"], rec) for f in item.footnotes]
                        continue
                    q = para(item, st["item"] if _LIST.match(item) else st["body"], rec)
                    if (r, i) in owner:
                        q._fs_notes = note_paras(owner[(r, i)], rec)
                    items.append(q)
                layout.card(row.label, items, rec)
            if loose:  # a project without any paragraph: its notes in a card of their own
                layout.card("Noten", note_paras(loose, rec), rec)
            layout.finish()
        story += [_Page(s) for s in layout.pages]
        doc.build(story)
        return truth

    return build_until_stable(once)
