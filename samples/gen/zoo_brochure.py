"""One more house style for the layout zoo (see zoo.py): a design agency's brochure.

- brochure: the look of an InDesign/Illustrator export, laid out on the canvas line by line.
            No text holds a space character: every word is placed on its own (a text
            positioning of its own), titles glyph by glyph, so word gaps exist only as
            horizontal distance (the font's space width, plus the tracking in titles). A4
            portrait; down the left edge of every page a 60pt band in the agency's colour
            with the theme written in white, turned 90 degrees (reading bottom to top), and
            the page number at its foot (on the contents page the band carries the running
            title "Regio Deal <name> - projecten"). One column of DejaVu Sans 9.5pt, ragged
            right; field labels bold, upper case, in the agency's colour on a line of their
            own. Each project opens a new page under a 20pt bold title in the colour,
            tracked 1pt glyph by glyph, with a short thick rule below. Every table (the
            investment tables and those inside a field alike) across the column: a tall
            header row whose column headers are turned 90 degrees (reading bottom to top,
            against the right edge of their column), a group header ("Publiek") horizontal
            over its turned members with a hairline under it (at the foot of the header
            row where the group has no members on a line below), the table label
            horizontal over the first column; a coloured rule under the header; body rows
            zebra-shaded without rules, the Totaal row bold; every amount right-aligned as
            its raw text, but a cell whose text starts with "€ " in the accounting format:
            the € flush left in the cell, the rest flush right. A table moves whole to the
            next page where it does not fit; its footnotes in 7pt under it. Project notes
            at the end of the project in 7.5pt oblique under a short rule, the mark
            hanging. A contents page: the contents heading set like a project title, the
            themes bold in the colour, each project title with its page number flush right.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import source
from .zoo_common import (build_until_stable, FONT_DIR, is_total, meta, page_of,
                         register_fonts, Truth)

WIDTH, HEIGHT = A4

ACCENT = colors.HexColor("#B4235A")   # band, title, labels, rules
ZEBRA = colors.HexColor("#F6E8EE")
INK = colors.HexColor("#222222")

SANS, BOLD, OBLIQUE = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
BAND = 60.0
LEFT, RIGHT, TOP, BOTTOM = BAND + 40, WIDTH - 48, HEIGHT - 56, 56.0
TEXT_W = RIGHT - LEFT

BODY, BODY_LEAD = 9.5, 13.5
LABEL, LABEL_LEAD = 8.5, 11.0
TITLE, TITLE_LEAD, TRACKING = 20.0, 25.0, 1.0
FOOT, FOOT_LEAD = 7.0, 8.8
NOTE, NOTE_LEAD, HANG = 7.5, 9.6, 9.0


def _fonts() -> None:
    """zoo_common's DejaVu faces and the sans oblique the notes are set in."""
    register_fonts()
    if OBLIQUE not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(OBLIQUE, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


# --- words placed one by one ----------------------------------------------------------


def _width(word, font, size, tracking=0.0):
    return stringWidth(word, font, size) + tracking * len(word)


def _gap(font, size, tracking=0.0):
    return stringWidth(" ", font, size) + tracking


def _line_width(words, font, size, tracking=0.0):
    return (sum(_width(w, font, size, tracking) for w in words)
            + _gap(font, size, tracking) * max(0, len(words) - 1))


def _break(text, font, size, width, tracking=0.0) -> list[list[str]]:
    """`text`'s words broken greedily into lines of at most `width` (a longer word alone)."""
    gap = _gap(font, size, tracking)
    lines, line, used = [], [], 0.0
    for word in text.split():
        w = _width(word, font, size, tracking)
        if line and used + gap + w > width:
            lines.append(line)
            line, used = [], 0.0
        used += (gap if line else 0.0) + w
        line.append(word)
    if line:
        lines.append(line)
    return lines


def _put(c, x, y, words, font, size, tracking=0.0) -> None:
    """Each word placed on its own (glyph by glyph where `tracking`), as an export from a
    layout program does: the gaps are distance only, never a space character."""
    gap = _gap(font, size, tracking)
    t = c.beginText()
    t.setFont(font, size)
    for word in words:
        for piece in (word if tracking else (word,)):
            t.setTextOrigin(x, y)
            t.textOut(piece)
            x += _width(piece, font, size, tracking)
        x += gap
    c.drawText(t)


def _put_right(c, right, y, words, font, size) -> None:
    _put(c, right - _line_width(words, font, size), y, words, font, size)


# --- tables ---------------------------------------------------------------------------

PAD, VPAD = 4.0, 3.0
HEAD, CELL, CELL_LEAD = 7.4, 7.6, 9.6
GROUP_H = HEAD + 7          # a header line that holds a horizontal group header
EURO = "€ "
EURO_GAP = 4.0              # least room between the flush-left € and the amount


def _accounting(text):
    return text.startswith(EURO)


def _cell_font(row):
    return BOLD if is_total(row[0]) else SANS


class _Grid:
    """A table's layout: column widths, the turned header's height, each row's lines."""

    def __init__(self, t: source.Table, width: float):
        self.t, self.width = t, width
        n, lines = t.columns, len(t.header)
        self.placed = t.header_cells()
        euro_w = stringWidth("€", BOLD, CELL)
        # A value column is as wide as its widest cell on one line (a turned header needs
        # only a line's height).
        need = [2 * PAD + HEAD * 1.4] * n
        for row in t.rows:
            font = _cell_font(row)
            for k, text in enumerate(row[1:]):
                full = _line_width(text.split(), font, CELL)
                if _accounting(text):
                    full = euro_w + EURO_GAP + _line_width(text[len(EURO):].split(), font, CELL)
                need[k] = max(need[k], full + 2 * PAD)
        for h in self.placed:  # a group header is as wide as its columns together
            if h.columns > 1:
                span = slice(h.column - 1, h.column - 1 + h.columns)
                short = _width(h.text, BOLD, HEAD) + 2 * PAD - sum(need[span])
                if short > 0:
                    need[span] = [w + short / h.columns for w in need[span]]
        label_need = max([_width(w, _cell_font(r), CELL) for r in t.rows for w in r[0].split()]
                         + [_width(w, BOLD, HEAD) for w in t.label.split()]) + 2 * PAD
        label_need = max(label_need, 90.0)
        rest = width - sum(need)
        if rest < label_need:  # the values squeezed (their text wraps)
            k = (width - label_need) / sum(need)
            need, label = [w * k for w in need], label_need
        else:  # the label column takes the room up to half the width, the values the rest
            label = min(rest, max(label_need, width / 2))
            need = [w + (rest - label) / n for w in need]
        self.widths = [label] + need
        self.x = [sum(self.widths[:k]) for k in range(n + 2)]

        self.label_lines = _break(t.label, BOLD, HEAD, label - 2 * PAD)
        turned = [_width(h.text, BOLD, HEAD) + 2 * PAD + h.line * GROUP_H
                  for h in self.placed if h.columns == 1 and h.text]
        self.head_h = max(turned + [len(self.label_lines) * CELL_LEAD + 2 * VPAD,
                                    lines * GROUP_H])
        self.rows = []  # (font, [cell lines]) per body row, and its height
        self.row_h = []
        for row in t.rows:
            font = _cell_font(row)
            cells = [_break(row[0], font, CELL, label - 2 * PAD)]
            for k, text in enumerate(row[1:], 1):
                inner = self.widths[k] - 2 * PAD
                if _accounting(text):
                    inner -= euro_w + EURO_GAP
                    text = text[len(EURO):]
                cells.append(_break(text, font, CELL, inner))
            self.rows.append((font, cells))
            self.row_h.append(max(1, *(len(c) for c in cells)) * CELL_LEAD + 2 * VPAD)
        self.foot = [_break(f, SANS, FOOT, width) for f in t.footnotes]
        self.height = (self.head_h + sum(self.row_h)
                       + sum(len(f) * FOOT_LEAD + 2 for f in self.foot) + (3 if self.foot else 0))

    def draw(self, c, x0, top, rec):
        t, lines = self.t, len(self.t.header)
        bottom = top - self.head_h
        c.setFillColor(INK)
        base = bottom + VPAD + 0.25 * CELL_LEAD  # the label's last line at the header's foot
        for k, words in enumerate(reversed(self.label_lines)):
            _put(c, x0 + PAD, base + k * CELL_LEAD, words, BOLD, HEAD)
        for h in self.placed:
            if not h.text:
                continue
            left, right = x0 + self.x[h.column], x0 + self.x[h.column + h.columns]
            words = h.text.split()
            if h.columns == 1:
                # Turned a quarter anticlockwise: the baseline runs up against the column's
                # right edge (the glyphs lean left from it), starting at the header's foot.
                c.saveState()
                c.translate(right - PAD - 0.25 * HEAD, bottom + PAD)
                c.rotate(90)
                _put(c, 0, 0, words, BOLD, HEAD)
                c.restoreState()
                continue
            mid = (left + right) / 2 - _line_width(words, BOLD, HEAD) / 2
            if h.line + h.lines < lines:  # members below it: at the top, a hairline under
                y = top - h.line * GROUP_H - HEAD - 1
                c.saveState()
                c.setStrokeColor(ACCENT)
                c.setLineWidth(0.4)
                c.line(left + PAD, y - 3, right - PAD, y - 3)
                c.restoreState()
            else:
                y = base
            _put(c, mid, y, words, BOLD, HEAD)
        rec()
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        c.line(x0, bottom, x0 + self.width, bottom)
        c.restoreState()

        y = bottom - 0.6
        for r, ((font, cells), h) in enumerate(zip(self.rows, self.row_h)):
            if r % 2 == 0:
                c.saveState()
                c.setFillColor(ZEBRA)
                c.rect(x0, y - h, self.width, h, stroke=0, fill=1)
                c.restoreState()
            first = y - VPAD - CELL
            for k, words in enumerate(cells[0]):
                _put(c, x0 + PAD, first - k * CELL_LEAD, words, font, CELL)
            for col, cell in enumerate(cells[1:], 1):
                right = x0 + self.x[col + 1] - PAD
                if _accounting(t.rows[r][col]):
                    _put(c, x0 + self.x[col] + PAD, first, ["€"], font, CELL)
                for k, words in enumerate(cell):
                    _put_right(c, right, first - k * CELL_LEAD, words, font, CELL)
            y -= h
        rec()
        y -= 3
        for note in self.foot:
            y -= 2
            for words in note:
                _put(c, x0, y - FOOT, words, SANS, FOOT)
                y -= FOOT_LEAD
        if self.foot:
            rec()


# --- pages ----------------------------------------------------------------------------


class _Pages:
    """The canvas and the position in the one column; pages begin as the text needs them,
    each with the band carrying `band` and the page number."""

    def __init__(self, path, dossier, truth):
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        m = meta(dossier, "brochure")
        self.c.setTitle(m["title"])
        self.c.setAuthor(m["author"])
        self.c.setSubject(m["subject"])
        self.c.setCreator(m["creator"])
        self.truth = truth
        self.page = 0
        self.band = ""
        self.y = TOP

    def new_page(self, band=None):
        if band is not None:
            self.band = band
        if self.page:
            self.c.showPage()
        self.page += 1
        self.truth.pages = self.page
        self.y = TOP
        c = self.c
        c.saveState()
        c.setFillColor(ACCENT)
        c.rect(0, 0, BAND, HEIGHT, stroke=0, fill=1)
        c.setFillColor(colors.white)
        number = [str(self.page)]
        _put(c, BAND / 2 - _line_width(number, BOLD, 9) / 2, 28, number, BOLD, 9)
        c.translate(BAND / 2 + 0.35 * 11, 64)
        c.rotate(90)
        _put(c, 0, 0, self.band.split(), BOLD, 11)
        c.restoreState()

    def room(self, h):
        """A new page (same band) unless `h` more points fit on this one."""
        if self.y - h < BOTTOM:
            self.new_page()

    def space(self, h):
        if self.y < TOP:  # no space at the head of a page
            self.y -= h

    def lines(self, lines, font, size, leading, colour, rec=None, x=LEFT, tracking=0.0,
              right_text=None):
        """Lines of words, each on this page if it fits, else on the next; `right_text`
        flush right on the last line."""
        for k, words in enumerate(lines):
            self.room(leading)
            base = self.y - size
            self.c.setFillColor(colour)
            _put(self.c, x, base, words, font, size, tracking)
            if right_text and k == len(lines) - 1:
                _put_right(self.c, RIGHT, base, right_text.split(), BOLD, size)
            self.y -= leading
            if rec:
                rec(self.page)

    def title(self, text, rec=None):
        self.lines(_break(text, BOLD, TITLE, TEXT_W, TRACKING), BOLD, TITLE, TITLE_LEAD,
                   ACCENT, rec, tracking=TRACKING)
        self.short_rule(self.y - 4, 40, 2.5)
        self.y -= 24

    def short_rule(self, y, length, weight):
        c = self.c
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setLineWidth(weight)
        c.line(LEFT, y, LEFT + length, y)
        c.restoreState()

    def table(self, t, rec):
        grid = _Grid(t, TEXT_W)
        self.space(8)
        self.room(grid.height)
        grid.draw(self.c, LEFT, self.y, lambda: rec(self.page))
        self.y -= grid.height + 10

    def note(self, note, rec):
        for k, text in enumerate(note.text or ("",)):
            lines = _break(text, OBLIQUE, NOTE, TEXT_W - HANG) or [[]]
            if k == 0:  # the mark hangs in the margin of the note's first line
                self.room(NOTE_LEAD)
                self.c.setFillColor(INK)
                _put(self.c, LEFT, self.y - NOTE, [note.mark], OBLIQUE, NOTE)
            self.lines(lines, OBLIQUE, NOTE, NOTE_LEAD, INK, rec, x=LEFT + HANG)
            self.y -= 1.5


def render_brochure(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    running = meta(dossier, "brochure")["title"]

    def once(info):
        truth = Truth(dossier, "brochure")
        pages = _Pages(pdf_path, dossier, truth)

        pages.new_page(running)
        pages.title(dossier.toc_heading)
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            entry = _break(pr.title, SANS, BODY, TEXT_W - 12 - 40)
            if pr.theme != last_theme:
                last_theme = pr.theme
                pages.space(10)
                pages.room(BODY_LEAD + 3 + len(entry) * BODY_LEAD)
                pages.lines(_break(pr.theme, BOLD, BODY, TEXT_W), BOLD, BODY, BODY_LEAD, ACCENT)
                pages.y -= 3
            pages.lines(entry, SANS, BODY, BODY_LEAD, INK, x=LEFT + 12,
                        right_text=page_of(info, p))
            pages.y -= 3

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            pages.new_page(pr.theme)
            pages.title(pr.title, truth.heading(p))
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    pages.table(row, rec)
                    continue
                label = _break(row.label.upper(), BOLD, LABEL, TEXT_W)
                # The label keeps with its first two lines of text, or its whole table.
                follow = 0.0
                if row.content and isinstance(row.content[0], source.Table):
                    follow = 8 + _Grid(row.content[0], TEXT_W).height
                elif row.content:
                    follow = min(2, len(_break(row.content[0], SANS, BODY, TEXT_W))) * BODY_LEAD
                if r:
                    pages.space(12)
                pages.room(len(label) * LABEL_LEAD + 3 + follow)
                pages.lines(label, BOLD, LABEL, LABEL_LEAD, ACCENT, rec)
                pages.y -= 3
                for item in row.content:
                    if isinstance(item, source.Table):
                        pages.table(item, rec)
                    else:
                        pages.lines(_break(item, SANS, BODY, TEXT_W), SANS, BODY, BODY_LEAD,
                                    INK, rec)
                        pages.y -= 4
            if pr.notes:
                pages.space(10)
                pages.room(6 + NOTE_LEAD)
                pages.short_rule(pages.y - 1, 60, 0.6)
                pages.y -= 6
                for note in pr.notes:
                    pages.note(note, rec)
        pages.c.showPage()
        pages.c.save()
        return truth

    return build_until_stable(once)
