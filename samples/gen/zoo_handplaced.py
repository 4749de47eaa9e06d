"""One more house style for the layout zoo (see zoo.py), held out: a design agency laid the
dossier out in a DTP program (InDesign-like) and typeset the funding tables NOT as table
objects but BY HAND, each cell's text a text frame of its own placed by eye.

- handplaced: A4 portrait on a 12-column design grid (margins 1.8 cm left and right, 2 cm
          top and bottom; 11 gutters of 12pt, so a grid column is about 30pt). Body in a sans
          (Liberation Sans where installed, else DejaVu Sans) at 9.5pt on 13pt, ragged right,
          set in grid columns 3-12 (the first two columns stay empty beside the text); a list
          item hangs on its own marker. One brand colour (teal #0B7A80) for every accent.
          Each project OPENS A NEW PAGE: a short 2pt brand bar over grid columns 1-2, under it
          the project's number ("01", "02" ... in dossier order) in 40pt extra-light sans in a
          light tint of the brand colour (#8CC7CA) in columns 1-2; beside it, in columns 3-12,
          the theme in 8pt bold brand capitals letter-spaced 0.8pt, and under it the title in
          DejaVu Serif 20pt on 24pt (dark grey, wrapping). FIELD LABELS in 8pt bold capitals,
          letter-spaced 0.8pt, in the brand colour, on a line of their own (11pt above, kept
          with what follows), the field's paragraphs under them. Folio in the OUTER bottom
          corner of every page, 1.1 cm from the bottom edge, 7.5pt: on an odd page at the right
          "Regio Deal <Name>" in grey then the page number in bold brand colour, on an even
          page at the left the number then the name. No running header, no cover, no contents.
          Project notes at the end of the project in 7pt, each "<mark> <text>".

          TABLES (investment tables and those inside a field, which stand in their field) run
          across all 12 grid columns and are TYPESET BY HAND: no table object, every cell's
          text (every line of a wrapped row label or header) a separate text object, with the
          small irregularities of frames placed by eye, drawn from a seed per table (the same
          on every rendering):
          * columns: the row-label column takes 5, 4 or 3 grid columns (the most that leave
            each value column room for its widest amount or word, with air, and its header's
            longest word); each value column gets what it needs and an equal share of what is
            left. A table whose amounts do not fit so at 8.5pt is set smaller as a whole (in
            half points, down to 7pt); a header word wider than its column is set smaller alone.
          * header: the table's label (as transcribed) in the corner over the row labels,
            left; each column name in 7.5pt bold on 9pt, bottom-aligned to the header's last
            line, CENTRED BY EYE over its column's amounts (offset up to 4pt, kept inside its
            column); a name wider than its column wraps, and about a third of the names of
            two words or more are broken by hand over two lines where they would fit on one
            ("Overig" / "publiek", "Totaal" / "EUR"). A group name ("Publiek") centred over
            its members, its members on the line under it. A single 0.75pt brand-colour rule
            under the header.
          * body 8.5pt on 11pt (a rare cell, about one in twenty, half a point smaller); the
            Totaal row (a label starting "Totaal"/"Total", any case) in bold with a 1pt dark
            rule above it. Row labels left-aligned, wrapped by hand (the wrap width varies up
            to 12pt from row to row), each line its own text object. Amounts (digits, nils
            "-", ".-", marks, "mln.", "€") right-aligned to their column's edge, that edge
            moving up to 3pt from row to row; cells of words ("Gem.", "Q4 2024") left-aligned
            in their column, wrapping (a "€" kept with the amount after it), 0 to 3pt in from
            the column's left edge. Baselines move up to +-1.5pt from cell to cell within a
            row. The row's cells stand on the FIRST line's baseline of its label, or, in about
            half the tables, are vertically CENTRED on the row's tallest cell.
          * rules: 0.25pt grey hairlines under some rows only (under runs of one to three rows,
            the designer's groups; never under the row over the total), the 1pt rule over the
            total row; a rule starts within a point of the table's left edge, and about one in
            four stops 5pt short of its right edge. No vertical rules, no fills.
          A table is kept whole on the next page where it does not fit on this one but fits a
          page; a longer one is cut between body rows and goes on under its header again. The
          transcription's page breaks inside a table are not followed. Table footnotes in 7pt
          under the table.

Every cell is printed exactly as transcribed (an empty cell not at all): the truth record is
the plain one. A project runs from its opening page (its number and title drawn) to the page
of its last field text, table cell or note.
"""

from __future__ import annotations

import random
import re
import zlib

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate

from . import source
from .zoo_budget import _fonts
from .zoo_common import (FONT_DIR, Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, notes_at_end, para)

WIDTH, HEIGHT = A4
MARGIN_X, MARGIN_Y = 1.8 * cm, 2.0 * cm
FW, FH = WIDTH - 2 * MARGIN_X, HEIGHT - 2 * MARGIN_Y
GUTTER = 12.0
GRID = (FW - 11 * GUTTER) / 12          # one grid column
TEXT_X = 2 * (GRID + GUTTER)            # body text starts at grid column 3

BRAND = colors.HexColor("#0B7A80")
TINT = colors.HexColor("#8CC7CA")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#6A6A6A")
HAIR = colors.HexColor("#8A8A8A")
TRACK = 0.8                             # letter-spacing of the capital labels
LIGHT = "DejaVuSans-ExtraLight"

HSIZE, HLEAD = 7.5, 9.0                 # table header
BSIZE, BLEAD = 8.5, 11.0                # table body

PAD_T, PAD_B = 4.0, 4.5                 # above and below a body row's text
AMOUNT_IN = 2.0                         # an amount's right edge inside its column
TEXT_IN = 3.0                           # a word cell's left edge inside its column

# An amount or a nil as the transcriptions write them: "1.650.000", "€ 2,45 mln.", "-*", ".-".
_AMOUNT = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*")


def _is_amount(text: str) -> bool:
    return bool(text.strip()) and bool(_AMOUNT.fullmatch(text.strip()))


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font_for(text, font), size)


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap as the designer breaks a frame's text: whole words only, a "€" kept
    with the amount after it."""
    lines: list[str] = []
    for word in re.findall(r"€\s+\S+|\S+", text):
        if lines and _width(f"{lines[-1]} {word}", font, size) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines or [""]


def _fit(lines: list[str], font: str, size: float, width: float, floor: float) -> float:
    """The size at which the widest of `lines` fits `width` (never under `floor`)."""
    widest = max((_width(s, font, size) for s in lines), default=0.0)
    return size if widest <= width else max(floor, size * width / widest)


# --- the hand-set table ------------------------------------------------------------------


class _Plan:
    """Every text and rule of one table, placed once (seeded) for the full frame width:
    header commands, then per body row its height and commands. Coordinates are x from the
    table's left and dy down from the top of the header or of the row."""

    def __init__(self, t: source.Table, fonts, seed: int):
        self.t, self.fonts = t, fonts
        rng = random.Random(seed)
        centred = rng.random() < 0.5
        self._columns()
        self._header(rng)
        self._body(rng, centred)

    def _columns(self) -> None:
        t, (sans, bold), n = self.t, self.fonts, self.t.columns
        # the widest row-label column (5 to 3 grid columns) that leaves each value
        # column room for its widest amount or word and its header's longest word
        heads = [0.0] * n
        for h in t.header_cells():
            if h.columns == 1:
                heads[h.column - 1] = max((_width(w, bold, HSIZE) + 6 for w in h.text.split()),
                                          default=0.0)

        def needs(size):
            out = list(heads)
            for r in t.rows:
                font = bold if is_total(r[0]) else sans
                for j, text in enumerate(r[1:]):
                    if _is_amount(text):  # with air enough that no two amounts run together
                        want = _width(text, font, size) + AMOUNT_IN + 9
                    else:
                        want = max((_width(w, font, size) for w in text.split()), default=0) + 8
                    out[j] = max(out[j], want)
            return out

        for k in (5, 4, 3):
            room = FW - k * (GRID + GUTTER)
            if room >= sum(needs(BSIZE)):
                break
        # a table too wide for 8.5pt is set smaller as a whole (a header word shrinks alone)
        self.size = BSIZE
        while (self.size > 7.0 and sum(needs(self.size)) > room
               and needs(self.size - 0.5) != needs(self.size)):  # else the headers are what is wide
            self.size -= 0.5
        want = needs(self.size)
        if sum(want) <= room:  # what is left over is shared out alike
            widths = [w + (room - sum(want)) / n for w in want]
        else:
            widths = [w * room / sum(want) for w in want]
        vx = k * (GRID + GUTTER)
        self.label_w = vx - GUTTER
        self.cols, x = [], vx
        for w in widths:
            self.cols.append((x, x + w))
            x += w
        self.amount_w = [0.0] * n  # the widest amount of each column
        for r in t.rows:
            for j, text in enumerate(r[1:]):
                if _is_amount(text):
                    self.amount_w[j] = max(self.amount_w[j],
                                           _width(text, bold if is_total(r[0]) else sans, self.size))

    def _header(self, rng) -> None:
        """Each header cell's lines, bottom-aligned to the last header line it covers."""
        t, bold = self.t, self.fonts[1]
        bands = max(len(t.header), 1)
        cells = []  # (first band, last band, lines, font, size, x of each line, align)
        corner = _wrap(t.label, bold, HSIZE, self.label_w - 4)
        cells.append((0, bands - 1, corner, bold, _fit(corner, bold, HSIZE, self.label_w - 4, 5.5),
                       rng.uniform(0, 1.5), "l"))
        for h in t.header_cells():
            if not h.text.strip():
                continue
            x0, x1 = self.cols[h.column - 1][0], self.cols[h.column + h.columns - 2][1]
            space = x1 - x0 - 4
            lines = _wrap(h.text, bold, HSIZE, space)
            words = h.text.split()
            if h.columns == 1 and len(lines) == 1 and len(words) > 1 and rng.random() < 0.35:
                cut = min(range(1, len(words)), key=lambda i: abs(
                    _width(" ".join(words[:i]), bold, HSIZE) - _width(" ".join(words[i:]), bold, HSIZE)))
                lines = [" ".join(words[:cut]), " ".join(words[cut:])]
            size = _fit(lines, bold, HSIZE, space, 5.5)
            wide = max(_width(s, bold, size) for s in lines)
            if h.columns == 1 and self.amount_w[h.column - 1]:  # over the amounts, as the eye sees them
                centre = x1 - AMOUNT_IN - self.amount_w[h.column - 1] / 2
            else:
                centre = (x0 + x1) / 2
            centre += rng.uniform(-4, 4) if h.columns == 1 else rng.uniform(-2, 2)
            centre = min(max(centre, x0 + 1 + wide / 2), x1 + 1 - wide / 2)
            cells.append((h.line, h.line + h.lines - 1, lines, bold, size, centre, "c"))
        band_lines = [0] * bands
        for first, last, lines, *_ in sorted(cells, key=lambda c: c[1] - c[0]):
            short = len(lines) - sum(band_lines[first:last + 1])
            if short > 0:
                band_lines[last] += short
        bottoms, y = [], 2.0
        for b in band_lines:
            y += b * HLEAD + (1.5 if bottoms else 0.0)  # a little air under a group's name
            bottoms.append(y)
        self.head = []  # (x, dy, text, font, size, align, colour)
        for _first, last, lines, font, size, x, align in cells:
            for i, line in enumerate(lines):
                dy = bottoms[last] - 2.2 - (len(lines) - 1 - i) * HLEAD
                self.head.append((x + rng.uniform(-0.4, 0.4), dy, line, font, size, align, INK))
        self.head_rule = (rng.uniform(-0.5, 1.0), self._rule_end(rng), bottoms[-1] + 2.5)
        self.head_h = bottoms[-1] + 2.5 + 4.0

    def _body(self, rng, centred: bool) -> None:
        t, (sans, bold) = self.t, self.fonts
        groups = [i for i, r in enumerate(t.rows) if not is_total(r[0])]
        under, run = set(), 0
        limit = rng.randint(1, 3)
        for i in groups:  # hairlines under runs of one to three rows
            run += 1
            if run >= limit:
                under.add(i)
                run, limit = 0, rng.randint(1, 3)
        under -= {i - 1 for i, r in enumerate(t.rows) if is_total(r[0])}  # the total's own rule
        self.rows = []
        for i, r in enumerate(t.rows):
            total = is_total(r[0])
            font = bold if total else sans
            top = 3.0 if total else 0.0
            blocks = []  # (lines, size, x, align)
            wrap_w = self.label_w - 4 - rng.uniform(0, min(12.0, 0.1 * self.label_w))
            label = _wrap(r[0], font, self.size, wrap_w)
            size = _fit(label, font, self.size, self.label_w - 2, 5.5)  # a word wider than the column
            blocks.append((label, size, rng.uniform(0, 3), "l"))
            for j, text in enumerate(r[1:]):
                if not text.strip():
                    continue
                x0, x1 = self.cols[j]
                size = self.size - 0.5 if rng.random() < 0.05 else self.size
                if _is_amount(text):
                    size = _fit([text], font, size, x1 - x0 - AMOUNT_IN - 6, 5.5)
                    blocks.append(([text], size, x1 - AMOUNT_IN + rng.uniform(-1.5, 1.5), "r"))
                else:
                    lines = _wrap(text, font, size, x1 - x0 - TEXT_IN - 4)
                    size = _fit(lines, font, size, x1 - x0 - TEXT_IN - 1, 5.5)
                    blocks.append((lines, size, x0 + TEXT_IN + rng.uniform(0, 3), "l"))
            tallest = max(len(b[0]) for b in blocks)
            first_base = top + PAD_T + self.size * 0.76
            cmds = []
            for k_, (lines, size, x, align) in enumerate(blocks):
                base = first_base + ((tallest - len(lines)) * BLEAD / 2 if centred else 0)
                base += rng.uniform(-1.5, 1.5) if k_ else rng.uniform(-0.5, 0.5)
                for m, line in enumerate(lines):
                    nudge = rng.uniform(-0.6, 0.6) if m else 0.0  # each line its own frame
                    cmds.append((x + nudge, base + m * BLEAD, line, font, size, align, INK))
            h = top + PAD_T + self.size + (tallest - 1) * BLEAD + PAD_B
            rules = []
            if total:
                rules.append((rng.uniform(-0.5, 1.0), self._rule_end(rng), 1.0, 1.0, INK))
            if i in under:
                rules.append((rng.uniform(-0.5, 1.0), self._rule_end(rng), h, 0.25, HAIR))
            self.rows.append((h, cmds, rules))

    @staticmethod
    def _rule_end(rng) -> float:
        """A rule's right end: at the table's edge by eye, or now and then 5pt short of it."""
        return FW - 5.0 if rng.random() < 0.25 else FW + rng.uniform(-1.0, 0.5)


class _HandTable(Flowable):
    """The rows `rows` of a hand-set table under its header. Kept whole on the next page
    where it fits a page; else cut between body rows, the rest under the header again."""

    def __init__(self, plan: _Plan, rec, rows=None):
        super().__init__()
        self.plan, self.rec = plan, rec
        self.rows = list(range(len(plan.rows))) if rows is None else rows

    def _height(self, rows) -> float:
        return self.plan.head_h + sum(self.plan.rows[i][0] for i in rows)

    def wrap(self, aW, aH):
        self.h = self._height(self.rows)
        return FW, self.h

    def split(self, aW, aH):
        if aH < FH - 1 and self._height(self.rows) <= FH:
            return []  # the designer moves the whole table to the next page
        k = 0
        while k < len(self.rows) and self._height(self.rows[:k + 1]) <= aH:
            k += 1
        if k == 0 or k == len(self.rows):
            return []
        return [_HandTable(self.plan, self.rec, self.rows[:k]),
                _HandTable(self.plan, self.rec, self.rows[k:])]

    def _text(self, c, top, cmd):
        x, dy, text, font, size, align, colour = cmd
        c.setFillColor(colour)
        c.setFont(font_for(text, font), size)
        draw = {"l": c.drawString, "r": c.drawRightString, "c": c.drawCentredString}[align]
        draw(x, top - dy, text)  # one text object per call: a frame of its own

    def _rule(self, c, x0, x1, y, width, colour):
        c.setStrokeColor(colour)
        c.setLineWidth(width)
        c.line(x0, y, x1, y)

    def draw(self):
        c, p = self.canv, self.plan
        c.saveState()
        top = self.h
        for cmd in p.head:
            self._text(c, top, cmd)
        x0, x1, dy = p.head_rule
        self._rule(c, x0, x1, top - dy, 0.75, BRAND)
        top -= p.head_h
        for i in self.rows:
            h, cmds, rules = p.rows[i]
            for cmd in cmds:
                self._text(c, top, cmd)
            for x0, x1, dy, width, colour in rules:
                self._rule(c, x0, x1, top - dy, width, colour)
            top -= h
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


# --- page furniture ------------------------------------------------------------------------


class _Caps(Flowable):
    """A label in letter-spaced capitals, broken between words where the line is full."""

    def __init__(self, text, font, size, colour, indent=0.0, rec=None, space_before=0.0,
                 space_after=0.0, keep=True):
        super().__init__()
        self.text, self.font = text.upper(), font_for(text.upper(), font)
        self.size, self.colour, self.indent, self.rec = size, colour, indent, rec
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = 1 if keep else 0

    def _w(self, s):
        return stringWidth(s, self.font, self.size) + len(s) * TRACK

    def wrap(self, aW, aH):
        room = aW - self.indent
        self.lines = []
        for word in self.text.split():
            if self.lines and self._w(f"{self.lines[-1]} {word}") <= room:
                self.lines[-1] += f" {word}"
            else:
                self.lines.append(word)
        self.lines = self.lines or [""]
        self.height = len(self.lines) * (self.size + 3)
        return aW, self.height

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        for k, line in enumerate(self.lines):
            t = c.beginText(self.indent, self.height - (k + 1) * (self.size + 3) + 2.5)
            t.setFont(self.font, self.size)
            t.setCharSpace(TRACK)
            t.textOut(line)
            c.drawText(t)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _Opener(Flowable):
    """A project's opening: the brand bar and the big light number in grid columns 1-2, the
    theme in capitals and the serif title beside them."""

    def __init__(self, number: str, theme: _Caps, title, rec):
        super().__init__()
        self.number, self.theme, self.title, self.rec = number, theme, title, rec

    def wrap(self, aW, aH):
        room = aW - TEXT_X
        self.th = self.theme.wrap(room, aH)[1]
        self.tt = self.title.wrap(room, aH)[1]
        self.height = max(10 + self.th + 4 + self.tt, 62.0) + 18
        return aW, self.height

    def draw(self):
        c = self.canv
        top = self.height
        c.saveState()
        c.setFillColor(BRAND)
        c.rect(0, top - 2, 2 * GRID + GUTTER, 2, stroke=0, fill=1)
        c.setFillColor(TINT)
        c.setFont(LIGHT, 40)
        c.drawString(-1.5, top - 10 - 30, self.number)
        c.restoreState()
        self.theme.drawOn(c, TEXT_X, top - 10 - self.th)
        self.title.drawOn(c, TEXT_X, top - 10 - self.th - 4 - self.tt)
        self.rec(c.getPageNumber())


def _styles(sans) -> dict:
    def st(name, size=9.5, leading=13.0, font=sans, **kw):
        return ParagraphStyle(f"hp-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", 20, 24, "DejaVuSerif", textColor=INK),
        "body": st("body", leftIndent=TEXT_X, spaceAfter=5, textColor=INK),
        "item": st("item", leftIndent=TEXT_X + 13, bulletIndent=TEXT_X, spaceAfter=3,
                   bulletFontName=sans, textColor=INK),
        "tfoot": st("tfoot", 7, 9, spaceBefore=2, textColor=INK),
        "tfoot_last": st("tfoot_last", 7, 9, spaceBefore=2, spaceAfter=9, textColor=INK),
        "note": st("note", 7, 9, leftIndent=TEXT_X, spaceAfter=2, textColor=INK),
        "note_more": st("note_more", 7, 9, leftIndent=TEXT_X + 8, spaceAfter=2, textColor=INK),
    }


def _register_light() -> None:
    if LIGHT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(LIGHT, str(FONT_DIR / f"{LIGHT}.ttf")))


def render_handplaced(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    _register_light()
    st = _styles(sans)
    name = f"Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "handplaced")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=MARGIN_Y, bottomMargin=MARGIN_Y, **meta(dossier, "handplaced"))

        def folio(canv, d):
            page = canv.getPageNumber()
            num, gap = str(page), 8.0
            y = 1.1 * cm
            name_font = font_for(name, sans)
            nw, pw = stringWidth(name, name_font, 7.5), stringWidth(num, bold, 7.5)
            canv.saveState()
            if page % 2:  # a right-hand page: the outer corner is the right one
                xn, xp = WIDTH - MARGIN_X - pw - gap - nw, WIDTH - MARGIN_X - pw
            else:
                xp, xn = MARGIN_X, MARGIN_X + pw + gap
            canv.setFillColor(GREY)
            canv.setFont(name_font, 7.5)
            canv.drawString(xn, y, name)
            canv.setFillColor(BRAND)
            canv.setFont(bold, 7.5)
            canv.drawString(xp, y, num)
            canv.restoreState()

        frame = Frame(MARGIN_X, MARGIN_Y, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=folio)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            theme = _Caps(pr.theme, bold, 8, BRAND, keep=False)
            title = para(pr.title, st["title"])
            story.append(_Opener(f"{p + 1:02d}", theme, title, truth.heading(p)))
            tables = list(pr.tables())

            def table(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                plan = _Plan(t, (sans, bold), zlib.crc32(f"{pr.title}|{k}".encode()))
                table = _HandTable(plan, rec)
                # room round the table as space before and after, which a page break swallows
                table.spaceBefore, table.spaceAfter = 9, (1 if t.footnotes else 9)
                last = len(t.footnotes) - 1
                return [table, *(para(f, st["tfoot_last" if i == last else "tfoot"], rec)
                                 for i, f in enumerate(t.footnotes))]

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(_Caps(row.label, bold, 8, BRAND, TEXT_X, rec, space_before=11,
                                   space_after=3))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=10)
        doc.build(story)
        return truth

    return build_until_stable(once)
