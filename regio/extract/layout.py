"""A page as lines of words and ruling lines: the one view every later step reads.

Built once per page (pdfium_layout.py), then the PDF page is released; nothing downstream
touches the PDF again.
"""

from __future__ import annotations

import math
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import accumulate, combinations
from operator import itemgetter
from statistics import median

from regio.extract.columns import is_column_word
from regio.extract.labels import names_a_field
from regio.extract.settings import DEFAULT, Settings
from regio.geometry import Box, Boxed
from regio.money import (
    GROUP_SPACES,
    NIL_FORMS,
    NOTE_MARKS,
    RAISED_DIGITS,
    RAISED_LETTERS,
    TYPED_MARK,
    UNIT,
    is_figure,
    is_sum_of_money,
)

_SUPERSCRIPT = str.maketrans("0123456789*", RAISED_DIGITS + "*")
# A capital inside a word: a name in camel case ("InnovateGO"), or where the texts of two cells
# printed into each other meet ("Opgaven/InvesteringenTotaal", a label run on under the next).
CAPITAL_INSIDE = re.compile(r"(?<=[a-zà-ÿ.)])(?=[A-ZÀ-Ý])")
_RAISED_LETTER = str.maketrans("abcdefghijklmnoprstuvwxyz", RAISED_LETTERS)


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False
    light: bool = False  # pale text, as on a dark band or header fill
    tinted: bool = False  # in a colour or a middle grey, not black: a label may be set apart by its ink alone
    italic: bool = False
    # A word turned on its side in a line of level words stands on the line with a box one
    # text height tall; `reach` is the top and bottom of all of it.
    reach: tuple[float, float] | None = None
    # A currency sign whose amount wrapped onto the line under it, in a narrow cell: the sign
    # ends its cell, however close the next cell's text stands.
    over_its_amount: bool = False

    @property
    def middle(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(eq=False)
class Line:
    """Words on one baseline, left to right. Built once and not changed afterwards, so its
    measures are computed on first use and kept."""

    page: int
    words: list[Word]
    space: float = 0.0  # the page's usual gap between words, in ems of their type (wide in monospaced type)
    # The column of a run of columns the line was read in (see columns_at), where its words
    # may stand in another: a label over a table floated across the columns is the table's.
    column: int | None = None
    # A side-head in the margin right of the text (see side_heads): the top of the line of
    # text it heads, beside which it is read, first.
    heads: float | None = None

    @cached_property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @cached_property
    def top(self) -> float:
        return min(w.reach[0] if w.reach else w.top for w in self.words)

    @cached_property
    def bottom(self) -> float:
        return max(w.reach[1] if w.reach else w.bottom for w in self.words)

    @cached_property
    def size(self) -> float:
        return median(w.size for w in self.words)

    @cached_property
    def text(self) -> str:
        return join_words(self.words)

    @cached_property
    def bold(self) -> bool:
        # The weight of its words: a heading's number or a mark may be set in other type.
        worded = [w for w in self.words if any(c.isalpha() for c in w.text)] or self.words
        return all(w.bold for w in worded)

    @cached_property
    def light(self) -> bool:
        return all(w.light for w in self.words)

    @cached_property
    def tinted(self) -> bool:
        worded = [w for w in self.words if any(c.isalpha() for c in w.text)] or self.words
        return all(w.tinted for w in worded)

    @cached_property
    def italic(self) -> bool:
        worded = [w for w in self.words if any(c.isalpha() for c in w.text)] or self.words
        return all(w.italic for w in worded)

    @property
    def word_space(self) -> float:
        """The page's usual word space in this line's type: a table shrunk to fit its column
        spaces its cells closer than the text around it spaces its words."""
        return self.space * self.size

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x0, self.top, self.x1, self.bottom)

    @cached_property
    def _middles(self) -> tuple[array[float], bool]:
        """The words' middles, and whether they stand in order (words that overlap, such as
        a raised mark, may not). An array: kept for every line a table reads, a list of
        floats would cost four times the room."""
        middles = array("d", [(w.x0 + w.x1) / 2 for w in self.words])
        return middles, all(a <= b for a, b in zip(middles, middles[1:]))

    def words_between(self, x0: float, x1: float) -> list[Word]:
        """Words whose middle lies in [x0, x1)."""
        middles, ordered = self._middles
        if ordered:  # a table asks this of every line for every cell
            return self.words[bisect_left(middles, x0):bisect_left(middles, x1)]
        return [w for w, m in zip(self.words, middles) if x0 <= m < x1]

    def segments(self, gap: float | None = None) -> list[list[Word]]:
        """Runs of words separated by gaps wider than ``gap`` (default: half the font size, or
        one and a half of the page's usual word space where that is wider, and as wide as
        cells stand apart in the smaller type where the type changes markedly: a label shrunk
        to fit its cell beside one at full size, in a monospaced header whose spaces are wide).
        Kept for each gap asked (a table's reading asks the same of a line again and again):
        not to be changed by the caller."""
        found = self._segments.get(gap)
        if found is None:
            found = self._segments[gap] = self._runs_apart(gap)
        return found

    @cached_property
    def _segments(self) -> dict[float | None, list[list[Word]]]:
        return {}

    def _runs_apart(self, gap: float | None) -> list[list[Word]]:
        limit = gap if gap is not None else max(DEFAULT.cell_gap_em * self.size, 1.5 * self.word_space)
        runs: list[list[Word]] = []
        for word in self.words:
            # A word that starts a quarter em or more inside the one before is printed over it:
            # a cell's text run on into the next cell (a label wider than its fixed column).
            # A label turned or at an angle stands alone over its column, however close the next.
            # (a figure's unit an em from it at most is its: a typewriter's space is that wide)
            if not runs:
                runs.append([word])
                continue
            last = runs[-1][-1]
            apart = word.x0 - last.x1
            if -0.25 * self.size < apart and (apart <= limit or (gap is None and apart <= self.size and _unit_of(last, word))) \
                    and not (word.reach or last.reach) \
                    and not last.over_its_amount \
                    and (gap is not None or word.size == last.size or not _resized(last, word)):
                runs[-1].append(word)
            else:
                runs.append([word])
        return runs


def _unit_of(figure: Word, word: Word) -> bool:
    return _UNIT.fullmatch(word.text) is not None and is_figure(figure.text)


def _resized(before: Word, word: Word) -> bool:
    """Does the word stand in type markedly larger or smaller than the one before it, as far
    from it as cells stand apart in the smaller type?"""
    small, large = sorted((before.size, word.size))
    return small <= _RESIZED_SHARE * large and word.x0 - before.x1 >= DEFAULT.cell_gap_em * small


_RESIZED_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Rule:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def horizontal(self) -> bool:
        return (self.x1 - self.x0) >= (self.bottom - self.top)


@dataclass(frozen=True, slots=True)
class Fill:
    """A filled area: a title band, a shaded header cell, a zebra stripe. ``shade`` is its
    luminance, 0 black to 1 white."""

    x0: float
    top: float
    x1: float
    bottom: float
    shade: float


@dataclass
class PageLayout:
    number: int
    width: float
    height: float
    lines: list[Line]
    hrules: list[Rule] = field(default_factory=list)
    vrules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    # Runs of text set in columns: top, bottom, the middle of each gutter.
    columns: list[tuple[float, float, tuple[float, ...]]] = field(default_factory=list)
    # Kept out of the lines: words set at an angle, notes in the margin beside the text,
    # footnotes at the foot of the page.
    turned: list[Word] = field(default_factory=list)
    margin: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    turn: int = 0  # degrees clockwise the page was turned, beyond its /Rotate, to read its text level
    struck: list[Word] = field(default_factory=list)  # text struck through: deleted, not read
    balloons: list[Line] = field(default_factory=list)  # a reviewer's comments beside the text: not read
    # The words the document repeats at their place on its pages, taken out of ``lines`` (see
    # furniture.without_repeated_words): a slide's running title among them.
    running: list[Word] = field(default_factory=list)
    frames: list[Fill] = field(default_factory=list)  # the boxes of tables drawn in rules, narrower than the page
    typed_underlines: list[Rule] = field(default_factory=list)  # a text file's "=====" under a line: one of hrules
    panels: list[Fill] = field(default_factory=list)  # a panel beside the column of text (see _panel_box)
    bands: list[Fill] = field(default_factory=list)  # a sidebar down a side of the page (see _sidebar)
    # The top and bottom of the area the document prints its pages' text in, where that stands
    # well inside the sheet (see furniture.within_the_documents_area); else the sheet's.
    area: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        # Shaded boxes of text set beside other text (a fact box, a sidebar), and tables in
        # rules that the text wraps around (a float): the lines that run into one become the
        # two lines they are.
        self.asides: list[Fill] = [*self.bands, *self.panels]
        for box, framed in [*((fill, False) for fill in self.fills), *((frame, True) for frame in self.frames)]:
            around = [line.words for line in self.lines]
            parts = [part for line in self.lines for part in _parted(line, box, around, framed)]
            # A float shares lines with the text that wraps around it (a table in a column of
            # its own, as on a spread of two pages, shares none).
            kept = self._is_aside(box, parts) if not framed else \
                self._is_float(box, parts) and len(parts) - len(self.lines) >= 2
            if kept and not _runs_through(self.lines, box) and (framed or not shades_a_grid_cell(box, self.hrules, self.vrules)):
                self.asides.append(box)
                self.lines = parts
        self.lines = sorted(self.lines, key=self.reading_key)

    def _is_float(self, frame: Fill, parts: list[Line]) -> bool:
        """A table with running text beside it, on the lines it stands on."""
        inside = [part for part in parts if self.within(part, frame)]
        beside = [part for part in parts if not self.within(part, frame) and part.top < frame.bottom and frame.top < part.bottom]
        return len(inside) >= 2 and sum(running_text(part.words) and len(part.segments()) == 1 for part in beside) >= 2

    def _is_aside(self, fill: Fill, parts: list[Line]) -> bool:
        """A band across the page, a zebra stripe or a shaded header cell has no running text
        beside it, holds one line, or holds the cells of a table row; a table's shaded first
        column has rows of cells beside it, not running text."""
        inside = [part for part in parts if self.within(part, fill)]
        outside = [part for part in parts if not self.within(part, fill) and part.top < fill.bottom and fill.top < part.bottom]
        # Running text beside it: a line of words at the usual spacing (a list's item after its
        # bullet too), not a row of cells.
        beside = any(running_text(part.words) and _one_run(part) for part in outside)
        entries = _contents_entries(inside)
        cells = [len(ln.segments()) for ln in inside if id(ln) not in entries]
        words = sum(len(part.words) for part in inside)
        # A column of figures on a shaded band is a table's column, not a box of text.
        figures = sum(all(_VALUE.fullmatch(w.text) for w in part.words) for part in inside)
        # A few words will do in a type larger than the text's beside it (a fact box: "29 bedrijven").
        large = bool(outside) and max(w.size for part in inside for w in part.words) > 1.5 * median(
            w.size for part in outside for w in part.words) if inside else False
        # So will a label in bold over its text (a sidebar's one field: "Naam Project" over the name).
        first = min(inside, key=lambda ln: ln.top) if inside else None
        headed = first is not None and first.bold and not any(ln.bold for ln in inside if ln is not first)
        return len(inside) >= 2 and (words >= 6 or (words >= 3 and (large or headed))) and beside \
            and sum(n > 1 for n in cells) <= len(inside) / 3 \
            and max(cells, default=1) < 3 and figures <= len(inside) / 2 and not band_beside(fill, self.fills)

    @staticmethod
    def within(line: Boxed, fill: Fill) -> bool:
        return fill.x0 - 1 <= line.x0 and line.x1 <= fill.x1 + 1 and fill.top - 1 <= line.top and line.bottom <= fill.bottom + 1

    def aside_of(self, line: Boxed) -> Fill | None:
        return next((box for box in self.asides if self.within(line, box)), None)

    def reading_key(self, line: Boxed) -> tuple[float, int, float, float, float]:
        """Sorts lines in reading order: top to bottom; where the page sets its text in
        columns, column by column from the left; a box beside the text as a whole,
        where it starts (boxes side by side from the left)."""
        box = self.aside_of(line)
        if box is not None and box in self.bands:  # beside every run of the page's columns
            return (box.top, 0, box.x0, line.top, line.x0)
        # (a side-head is read level with the line it heads, before it)
        heads = line.heads if isinstance(line, Line) else None
        top, x0 = (line.top, line.x0) if heads is None else (heads, -math.inf)
        for run_top, run_bottom, middles in self.columns:
            # By its middle: the first lines of boxes side by side need not start level. A box
            # within a run of columns is read in its column, as a whole, where it starts.
            if run_top - 0.5 <= (line.top + line.bottom) / 2 <= run_bottom + 0.5 and (box is None or box.bottom > run_top):
                column = line.column if isinstance(line, Line) and line.column is not None else sum(line.x0 >= m for m in middles)
                return (run_top, column, box.top if box else top, top, x0)
        if box is not None:
            return (box.top, 0, box.x0, top, x0)
        return (top, 0, -1.0, top, x0)

    def underlined(self, line: Line, typed: bool = False) -> bool:
        """Is the line underlined from its first word to its last: a rule, or a rule under each
        word, drawn just under its baseline (a typist's emphasis, where nothing is bold)? With
        ``typed``, only by a line of characters typed under it."""
        under = [r for r in (self.typed_underlines if typed else self.hrules)
                 if r.bottom - r.top < 2.0 and line.x0 - 2 <= r.x0 and r.x1 <= line.x1 + 2
                 and line.top + 0.7 * (line.bottom - line.top) <= (r.top + r.bottom) / 2 <= line.bottom + 0.2 * line.size]
        return sum(r.x1 - r.x0 for r in under) >= 0.8 * (line.x1 - line.x0) if under else False

    def fill_behind(self, line: Line) -> Fill | None:
        """The filled area the line is printed on, if any (the smallest one)."""
        inside = [f for f in self.fills
                  if f.x0 - 1 <= line.x0 and line.x1 <= f.x1 + 1 and f.top - 1 <= line.top and line.bottom <= f.bottom + 1]
        return min(inside, key=lambda f: (f.x1 - f.x0) * (f.bottom - f.top), default=None)

    def hrule_between(self, y0: float, y1: float, x0: float, x1: float, cover: float = 0.5) -> bool:
        """Is there a horizontal rule between heights y0 and y1 covering ``cover`` of x0..x1?
        The edge of a filled band counts as one: zebra stripes part rows as rules do. So do
        rules drawn cell by cell, each cell's border apart from its neighbour's (a browser's
        cell spacing): together they cover the width. Fills do not add up so: a shade behind
        each line's text (a form's typed answers) parts no rows."""
        span = max(x1 - x0, 1.0)
        if any(y0 - 1 <= y <= y1 + 1 and (min(f.x1, x1) - max(f.x0, x0)) >= cover * span
               for f in self.fills for y in (f.top, f.bottom)):
            return True
        rules = sorted((max(r.x0, x0), min(r.x1, x1)) for r in self.hrules
                       if y0 - 1 <= r.top <= y1 + 1 and min(r.x1, x1) > max(r.x0, x0))
        longest, start, reach = 0.0, x0, -math.inf
        for left, right in rules:
            if left > reach + _CELL_SPACING_PT:  # a gap wider than cells are spaced: another rule
                start = left
            reach = max(reach, right)
            longest = max(longest, reach - start)
        return longest >= cover * span

    def vrules_crossing(self, top: float, bottom: float) -> list[float]:
        """x positions of vertical rules that run through the band top..bottom."""
        mid_top, mid_bottom = top + 1, bottom - 1
        return sorted({round(r.x0, 1) for r in self.vrules if r.top <= mid_top and r.bottom >= mid_bottom})


# Cells drawn each in its own box stand this close at most; underlines under each column's
# figures (an accountant's sums) stand a column gap apart.
_CELL_SPACING_PT = 4.0


def _runs_through(lines: list[Line], fill: Fill) -> bool:
    """Does the text run on into the fill at word spacing (a shape drawn behind the text, a
    decoration), where a box beside the text stands apart from it by a gutter? Words tell,
    not a table's figures: cells stand a gutter apart whatever is drawn behind them."""
    crossing = [(a, b) for line in lines if fill.top - 1 <= line.top and line.bottom <= fill.bottom + 1
                for a, b in zip(line.words, line.words[1:])
                if ((a.x1 <= fill.x0 + 1 < b.x1) or (a.x0 < fill.x1 - 1 <= b.x0))
                and a.text[:1].isalpha() and b.text[:1].isalpha()]
    close = sum(b.x0 - a.x1 < DEFAULT.gutter_em * a.size for a, b in crossing)
    return bool(crossing) and close > len(crossing) / 2


def _contents_entries(box: list[Line]) -> set[int]:
    """The lines of a box that each give a title and the page it starts on, where the pages
    rise: a contents box's entries, no table's rows."""
    def page(ln: Line) -> int | None:
        runs = ln.segments()
        last = join_words(runs[-1]) if len(runs) == 2 else ""
        return int(last) if last.isdigit() and len(last) <= 4 else None

    pages = {id(ln): p for ln in box if (p := page(ln)) is not None}
    return set(pages) if len(pages) >= 3 and list(pages.values()) == sorted(pages.values()) else set()


def _one_run(line: Line) -> bool:
    """Words in one run, or a list item's words after its bullet."""
    runs = line.segments()
    return len(runs) == 1 or (len(runs) == 2 and len(runs[0]) == 1 and runs[0][0].text in _BULLETS)


_BULLETS = frozenset("•●▪■◦○–-o*")


def _parted(line: Line, box: Fill, around: Sequence[Sequence[Word]], framed: bool = False) -> list[Line]:
    """A line that runs from the text into a box beside it, as the two lines it is (read
    among the page's lines ``around`` it). A box drawn in rules holds its words tight: the
    text beside it may stand lower than its edge."""
    if framed:
        if not (line.top < box.bottom and box.top < line.bottom):
            return [line]
    elif not (box.top - 1 <= line.top and line.bottom <= box.bottom + 1):
        return [line]
    inside = [w for w in line.words if box.x0 - 1 <= w.x0 and w.x1 <= box.x1 + 1
              and (not framed or (box.top - 1 <= w.top and w.bottom <= box.bottom + 1))]
    if not inside or len(inside) == len(line.words):
        return [line]
    outside = [w for w in line.words if w not in inside]
    # Built anew: large type in the box may have joined two of the text's lines beside it.
    return [*build_lines(outside, line.page, space=line.space, around=around),
            *build_lines(inside, line.page, space=line.space, around=around)]


def is_typed_rule(line: Line) -> bool:
    """A rule typed as dashes, underscores or dots: no text."""
    return bool(_RULE_TEXT.match(line.text))


_RULE_TEXT = re.compile(r"^(?:[-_=.·–—\s]{4,}|_{2,}(?:\s+_{2,})*)$")


_RAISED = frozenset(RAISED_DIGITS + RAISED_LETTERS + "†‡")


@lru_cache(maxsize=8192)
def cells_of(line: Line) -> list[list[Word]]:
    """The line's cells: runs of words set apart by wide gaps, and split between two figures
    set closer than that (dense statistical tables) or after a figure's unit ("10,4 mln."),
    unless the second only continues the first's digit groups ("15 455") or is its note's
    mark ("400 1)"), and between a word and an amount in thousands that more cells follow.
    Where the line's amounts open with their sign ("€ 1.650.000"), a sign after a figure opens
    the next ("0 € 8.500.000")."""
    cells: list[list[Word]] = []
    segments = line.segments()
    signs_lead = any(_opens_with_its_sign(a, b) for seg in segments for a, b in zip(seg, [*seg[1:], None]))
    for k, seg in enumerate(segments):
        cells.append([seg[0]])
        for a, b, c in zip(seg, seg[1:], [*seg[2:], None]):
            unit = len(cells[-1]) >= 2 and _UNIT.fullmatch(a.text) is not None and is_figure(cells[-1][-2].text)
            if (unit or (a.text[:1] in _CELL_START and is_figure(a.text))) and b.text[:1] in _CELL_START \
                    and (is_figure(b.text) or (signs_lead and b.text in CURRENCY_SIGNS and c is not None and is_figure(c.text))) \
                    and not (_DIGIT_GROUP.match(b.text) and _LEADING_DIGITS.match(a.text)) and not TYPED_MARK.fullmatch(b.text):
                cells.append([b])
            else:
                cells[-1].append(b)
        # A row label too long for its narrow column runs up to the amount beside it, closer
        # than cells are set apart ("Ondernemerschap 2.300.000", "Positionering 1,120 mln.",
        # more amounts after it).
        if k + 1 < len(segments) and segments[k + 1][0].text[:1] in _CELL_START:
            last = cells[-1]
            at = next((i for i in range(1, len(last)) if last[i].text[:1] in _CELL_START
                       and any(c.isalpha() for c in last[i - 1].text) and _RUN_ON_AMOUNT.fullmatch(join_words(last[i:]))),
                      None)
            if at is not None:
                cells[-1:] = [last[:at], last[at:]]
    return cells


def _opens_with_its_sign(word: Word, after: Word | None) -> bool:
    """An amount opening with its sign: "€ 1.650.000" as one word, or "€" before the figure."""
    if word.text[:1] not in CURRENCY_SIGNS:
        return False
    return is_figure(word.text) if len(word.text) > 1 else after is not None and is_figure(after.text)


# An amount no label ends in: written with its digit groups, or with its unit.
_RUN_ON_AMOUNT = re.compile(rf"[€$£]?\s?(?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d+(?:,\d+)?\s?{UNIT})", re.IGNORECASE)


_DIGIT_GROUP = re.compile(r"^\d{3}(?:[.,]\d+)?\W*$")
_LEADING_DIGITS = re.compile(r"^[(\-−–]?[€$£]?(?!0$)\d{1,3}$")  # (a nought alone opens no digit groups)
_CELL_START = frozenset("0123456789(-−–+€$£")


def garbled(lines: Sequence[Line]) -> bool:
    """Text that decodes to no words: fonts whose glyphs map to no characters (a document
    printed to PDF through a PostScript driver, its Type 3 fonts without a Unicode map) give
    punctuation and stray figures where the letters were. Letters are few, and figures fewer
    than a page of numbers would hold."""
    characters = "".join(w.text for line in lines for w in line.words)
    if len(characters) < _GARBLED_LENGTH:
        return False
    others = _LETTERS.sub("", characters)
    letters, figures = len(characters) - len(others), len(others) - len(_FIGURES.sub("", others))
    return letters < 0.1 * len(characters) and figures < 0.5 * len(characters)


_GARBLED_LENGTH = 100  # characters: fewer (a page number, a date) tell nothing
_LETTERS, _FIGURES = re.compile(r"[^\W\d_]+"), re.compile(r"\d+")


def set_apart_by_type(label: Sequence[Word], text: Sequence[Word]) -> bool:
    """Are a label's words all bold, or all in colour, where none of the text's beside them is?"""
    return bool(label and text) and any(all(getattr(w, kind) for w in label) and not any(getattr(w, kind) for w in text)
                                        for kind in ("bold", "tinted"))


def join_words(words: Sequence[Word]) -> str:
    """Words of one line as text: a space between words, none before a superscript mark."""
    parts: list[str] = []
    for i, w in enumerate(words):
        if i and not (w.text and w.text[0] in _RAISED and w.x0 - words[i - 1].x1 < 1.0):
            parts.append(" ")
        parts.append(w.text)
    return "".join(parts)


def build_lines(words: Iterable[Word], page: int, settings: Settings = DEFAULT, space: float | None = None,
                around: Sequence[Sequence[Word]] = ()) -> list[Line]:
    """Group words into lines by vertical overlap, each line sorted left to right. Where the
    words are only part of the page, ``space`` is its usual gap between words and ``around``
    its lines (a currency sign's amount may have wrapped onto one of them)."""
    groups: list[tuple[list[Word], list[float]]] = []  # words, [top, bottom]
    for word in sorted(words, key=lambda w: (w.bottom, w.x0)):
        height = word.bottom - word.top
        for members, extent in reversed(groups[-3:]):
            overlap = min(extent[1], word.bottom) - max(extent[0], word.top)
            if overlap >= 0.5 * min(height, extent[1] - extent[0]) and not _below_its_first_line(word, members) \
                    and not (extent[1] - extent[0] > height and _over_or_under_one(word, members)):
                members.append(word)
                extent[0], extent[1] = min(extent[0], word.top), max(extent[1], word.bottom)
                break
        else:
            groups.append(([word], [word.top, word.bottom]))
    ordered = [part for members, _ in _raised_marks_joined(groups)
               for part in _apart_in_size(_kerned_together(sorted(members, key=lambda w: w.x0)))]
    space = _usual_space(ordered) if space is None else space
    lines = [Line(page, _mark_superscripts(_currency_with_amount(kept, [*ordered, *around]), settings), space)
             for words in ordered if (kept := _without_leaders(words))]
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines



def _kerned_together(words: list[Word]) -> list[Word]:
    """A word drawn in pieces (a kerned "T" before "otaal", as groff's PDF writer sets bold
    type): a piece that touches or overlaps the one before, in its type and on its baseline,
    and goes on in lower case or with a stop after a letter, is the same word. (Not a word
    with no width: the rest of a label clipped at its cell's edge, each word of it there.)"""
    out: list[Word] = []
    for word in words:
        last = out[-1] if out else None
        if last is not None and last.x0 < word.x0 <= last.x1 and word.x0 < word.x1 \
                and (word.text[:1].islower() or word.text[:1] in ".,;:)") \
                and last.text[-1:].isalpha() \
                and (last.size, last.bold, last.italic) == (word.size, word.bold, word.italic) \
                and abs(last.bottom - word.bottom) < 0.2 * word.size:
            out[-1] = replace(last, text=last.text + word.text, x1=max(last.x1, word.x1), top=min(last.top, word.top),
                              bottom=max(last.bottom, word.bottom))
        else:
            out.append(word)
    return out


def _over_or_under_one(word: Word, members: list[Word]) -> bool:
    """Words of one line stand side by side: a word set over or under one of them (a title
    under its kicker, the two beside a number as tall as both) is on a line of its own."""
    return any((m.bottom <= word.top or word.bottom <= m.top)
               and min(m.x1, word.x1) - max(m.x0, word.x0) > 0.5 * min(m.x1 - m.x0, word.x1 - word.x0) for m in members)


def _below_its_first_line(word: Word, members: list[Word]) -> bool:
    """A word clear of the line's first word, in the band the line grew to by a word set
    between two lines (a cell centred beside a label wrapped over two: the label's second
    line is a line of its own), as most of the line's words are."""
    first, height = members[0], word.bottom - word.top
    if min(first.bottom, word.bottom) - max(first.top, word.top) > 0.25 * min(height, first.bottom - first.top):
        return False
    on_it = sum(min(m.bottom, word.bottom) - max(m.top, word.top) >= 0.5 * min(height, m.bottom - m.top) for m in members)
    return 2 * on_it < len(members)


def letter_spaced_joined(words: list[Word]) -> list[Word]:
    """Words set letter-spaced ("S T R U C T U R E L E   B O R G I N G", a label's capitals
    tracked wider than the gap that parts words in running text): each run of single letters
    on one baseline, evenly spaced, is its words again, parted where the gap is wider than the
    tracking by about a space."""
    joined: list[Word] = []
    run: list[Word] = []
    for word in [*words, None]:
        if word is not None and run and _tracked_after(run[-1], word):
            run.append(word)
            continue
        joined += _untracked(run)
        run = [word] if word is not None and _a_letter(word) else []
        if not run and word is not None:
            joined.append(word)
    return joined


def _a_letter(word: Word) -> bool:
    return len(word.text) == 1 and (word.text.isalpha() or word.text in _IN_TRACKED_WORDS)


def _tracked_after(before: Word, word: Word) -> bool:
    """Does the letter follow the one before in a tracked line: in its type, or as a small
    capital beside a capital, on its baseline?"""
    size = max(word.size, before.size)
    return _a_letter(word) and min(word.size, before.size) >= _SMALL_CAPS_SHARE * size \
        and abs(word.bottom - before.bottom) < _SMALL_CAPS_SHARE / 4 * size \
        and (word.bold, word.italic) == (before.bold, before.italic) \
        and 0 <= word.x0 - before.x1 <= _WIDEST_TRACKING_EM * size


def _untracked(run: list[Word]) -> list[Word]:
    if sum(w.text.isalpha() for w in run) < _FEWEST_TRACKED:
        return run
    gaps = [b.x0 - a.x1 for a, b in zip(run, run[1:])]
    tracking = min(gaps)
    words, part = [], [run[0]]
    for gap, letter in zip(gaps, run[1:]):
        if gap > tracking + _SPACE_EM * max(letter.size, part[-1].size):
            words.append(part)
            part = []
        part.append(letter)
    words.append(part)
    return [replace(part[0], text="".join(w.text for w in part), x1=part[-1].x1, size=max(w.size for w in part),
                    top=min(w.top for w in part), bottom=max(w.bottom for w in part)) for part in words]


# Tracking wider than this (in ems) sets letters apart as a table's one-letter column heads
# are; a space is at least this wide beyond the tracking; fewer letters than this in a run
# may be initials or a list's letters.
_WIDEST_TRACKING_EM, _SPACE_EM, _FEWEST_TRACKED = 1.2, 0.2, 4
_SMALL_CAPS_SHARE = 0.6  # of a capital's size, at least: a small capital's
_IN_TRACKED_WORDS = "-&'’"


def drop_caps_joined(words: list[Word]) -> list[Word]:
    """A paragraph's first letter set as a drop cap (three lines high, its top level with the
    first line's, the rest of the word right after it: "D" + "e regio") is that word's."""
    sizes = sorted(w.size for w in words)
    if not sizes:
        return words
    body = sizes[len(sizes) // 2]
    with_cap: dict[int, Word] = {}  # the word a drop cap opens, joined with it
    caps: set[int] = set()
    for cap in (w for w in words if w.size >= 2.5 * body and len(w.text.strip("([\"'‘“")) == 1 and w.text[-1].isalnum()):
        rest = min((w for w in words if 0 <= w.x0 - cap.x1 < w.size and abs(w.top - cap.top) < 0.5 * w.size
                    and 2.5 * w.size <= cap.size), key=lambda w: w.x0, default=None)
        if rest is not None and id(rest) not in with_cap:
            with_cap[id(rest)] = replace(rest, text=cap.text + rest.text, x0=cap.x0)
            caps.add(id(cap))
    return [with_cap.get(id(w), w) for w in words if id(w) not in caps] if caps else words


def _apart_in_size(words: list[Word]) -> list[list[Word]]:
    """A title in display type and small type far right of it on its height, to the line's
    end, are two lines, not one: a tag or a date set level with the title at the other side
    of the page; so are a giant number and the lines of a title set beside it, however close;
    and a kicker in small type in the margin (a theme, a section's name) and the title in
    display type it stands level with (see _kicker_beside).
    (Large type right of the text is a fact box's, which the page reads as a box of its own;
    type under 4 pt is a drawing's labels, scaled. A table's label shrunk to fit its cell,
    labels in the larger type after it, is a label of their line.)"""
    parts = [[words[0]]] if words else []
    for k, (before, word) in enumerate(zip(words, words[1:]), 1):
        if (word.x0 - before.x1 >= 2 * word.size and before.size >= 2 * word.size >= 8
                and all(before.size >= 2 * w.size for w in words[k:])) or before.size >= 3 * word.size >= 12 \
                or _kicker_beside(words[:k], words[k:]):
            parts.append([word])
        else:
            parts[-1].append(word)
    return parts


def _kicker_beside(small: list[Word], large: list[Word]) -> bool:
    """Small type, then display type at least twice its size a gutter (two of its ems) to
    the right, to the line's end: a kicker in the margin column beside a title, not one line."""
    size = max(w.size for w in small)
    return large[0].x0 - small[-1].x1 >= 2 * size and 2 * size >= 8 and min(w.size for w in large) >= max(2 * size, 12)


def _raised_marks_joined(groups: list[tuple[list[Word], list[float]]]) -> list[tuple[list[Word], list[float]]]:
    """A note mark raised high against the word it follows (a dagger, whose glyph reaches below
    its own baseline) may overlap the line above as much as its own: it goes with the line
    whose height its foot stands in, right after a word of it."""
    def follows(mark: Word, members: list[Word]) -> bool:
        return any(-0.5 <= mark.x0 - w.x1 < 0.3 * w.size and w.bottom - mark.bottom > 0.15 * w.size and mark.size < w.size
                   for w in members)

    for members, _ in groups:
        for mark in [w for w in members if w.text and set(w.text) <= _MARK_GLYPHS and not follows(w, members)]:
            host = next((g for g, extent in groups if g is not members and extent[0] < mark.bottom < extent[1]
                         and follows(mark, g)), None)
            if host is not None:
                members.remove(mark)
                host.append(mark)
    return [(members, extent) for members, extent in groups if members]


_MARK_GLYPHS = frozenset("*†‡§" + RAISED_DIGITS + RAISED_LETTERS + "0123456789")


def rules_across(hrules: Sequence[Rule], fills: Sequence[Fill], height: float) -> list[Rule]:
    """The rules that end a stretch of text in columns: those drawn, and the edges of a band
    (a table's shaded header across the page, not a page's ground)."""
    return [*hrules, *(Rule(f.x0, y, f.x1, y) for f in fills if f.bottom - f.top < 0.25 * height for y in (f.top, f.bottom))]


Runs = list[tuple[float, float, tuple[float, ...]]]


def text_columns(lines: list[Line], settings: Settings = DEFAULT, width: float | None = None,
                 hrules: Sequence[Rule] = (), vrules: Sequence[Rule] = (), fills: Sequence[Fill] = ()
                 ) -> tuple[list[Line], Runs]:
    """Where the page sets its text in columns, each line as its parts in each column, and
    the runs of lines side by side as (top, bottom, the gutters' middles). A stretch of
    lines that leaves the gutters open without running text side by side (a table under a
    heading in the left column) is not split, nor are a table's rows across the columns
    (see columns_at). A landscape sheet of two pages side by side (a booklet's spread,
    ``width`` the sheet's) is read as its left page, then its right; boxes set side by
    side (cards, panels) each as a column, however little text one holds."""
    lines, runs, _, _ = columns_and_panel(lines, settings, width, hrules, vrules, fills)
    return lines, runs


def columns_and_panel(lines: list[Line], settings: Settings = DEFAULT, width: float | None = None,
                      hrules: Sequence[Rule] = (), vrules: Sequence[Rule] = (), fills: Sequence[Fill] = ()
                      ) -> tuple[list[Line], Runs, Fill | None, list[Fill]]:
    """text_columns, the box of a panel beside the column of text where that is what parts
    the page (see _beside_a_panel), and the sidebars down its sides (see _sidebar)."""
    sidebar = _sidebar(lines, fills, width)
    if sidebar is not None:
        return _beside_the_sidebar(lines, sidebar, settings, width, (hrules, vrules, fills))
    spine = _spine(lines, width, settings)
    if spine is not None:
        return _two_pages(lines, spine, settings), [(min(ln.top for ln in lines), max(ln.bottom for ln in lines), (spine,))], \
            None, []
    gutters = tuple((a + b) / 2 for a, b in _gutters(lines, settings))
    if framed := _between_boxes(lines, hrules, vrules, fills, gutters):
        return *_in_frames(lines, framed, settings), None, []
    middles = gutters or _column_rules(lines, hrules, vrules, settings)
    if middles:
        # (the last column may hold a column of a few lines beside it: the text going on there)
        last = [Line(ln.page, words, ln.space) for ln in lines if (words := _in_columns(ln.words, middles[-1:])[1])]
        spilled = _spilled_over(last, settings)
        middles = (*middles, spilled) if spilled is not None else middles
        return *columns_at(lines, middles, settings, _running_side_by_side(settings), hrules), None, []
    spilled = _spilled_over(lines, settings)
    if spilled is not None:
        # (parted where the short column's text stands: not a running header's two ends above it)
        return *columns_at(lines, (spilled,), settings, lambda parts: any(running_text(p[-1]) for p in parts), hrules), None, []
    strip = _beside_a_panel(lines, settings)
    if strip is None:
        return lines, [], None, []
    return *columns_at(lines, ((strip[0] + strip[1]) / 2,), settings, lambda parts: True, hrules), \
        _panel_box(lines, strip[1]), []


def _sidebar(lines: list[Line], fills: Sequence[Fill], width: float | None) -> tuple[Fill, float, bool] | None:
    """A shaded band down one side of the text (a design's strip for the project's number and
    title, the document's name and the folio), text on it and more beside it: where it parts
    the page (its middle, and whether the band is left of it), as no line runs from the band
    onto the page, however level the two (a title in the band beside a heading in the text).
    A word that starts on the band is the band's, should it run past its edge."""
    words = [w for ln in lines for w in ln.words]
    if not words:
        return None
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    left, right = min(w.x0 for w in words), max(w.x1 for w in words)
    size = median(w.size for w in words)
    for fill in fills:
        if fill.bottom - fill.top < _SIDEBAR_HEIGHT * (bottom - top) \
                or fill.x1 - fill.x0 > _SIDEBAR_WIDTH * (width or right - left):
            continue
        at_left = fill.x0 <= left + size
        if not at_left and fill.x1 < right - size:
            continue
        on = [w for w in words if (fill.x0 - 1 <= w.x0 < fill.x1 if at_left else fill.x0 < w.x1 <= fill.x1 + 1)
              and fill.top - 1 <= w.top and w.bottom <= fill.bottom + 1]
        if not on:
            continue
        kept = {id(w) for w in on}
        beside = [w for w in words if id(w) not in kept]
        # Where the left side's words end and the right side's begin (a page of the band
        # alone, the text beside it ended on the page before: the band's edge).
        if at_left:
            left_end = max(w.x1 for w in on)
            right_start = min((w.x0 for w in beside), default=max(fill.x1, left_end))
        else:
            right_start = min(w.x0 for w in on)
            left_end = max((w.x1 for w in beside), default=min(fill.x0, right_start))
        if left_end <= right_start and not _a_tables_column(fill, fills, lines, kept):
            # (the band's box takes in a word run past its edge)
            band = replace(fill, x1=max(fill.x1, left_end)) if at_left else replace(fill, x0=min(fill.x0, right_start))
            return band, (left_end + right_start) / 2, at_left
    return None


def band_beside(fill: Fill, fills: Sequence[Fill]) -> bool:
    """A band as tall as this one a narrow white gap beside it: the two are columns of a
    table drawn in bands, not a box of text nor a sidebar."""
    return any(o is not fill and abs(o.top - fill.top) <= 1 and abs(o.bottom - fill.bottom) <= 1
               and (_TILE_GAP[0] < o.x0 - fill.x1 < _TILE_GAP[1] or _TILE_GAP[0] < fill.x0 - o.x1 < _TILE_GAP[1])
               for o in fills)


def _a_tables_column(band: Fill, fills: Sequence[Fill], lines: list[Line], on: set[int]) -> bool:
    """Is the band a table's shaded column: another as tall a narrow white gap beside it,
    amounts on it, or its lines level with rows of amounts beside it?"""
    if band_beside(band, fills):
        return True
    words = [w for ln in lines for w in ln.words if id(w) in on]
    figures = sum(bool(_VALUE.fullmatch(w.text)) for w in words)
    level = [ln for ln in lines if any(id(w) in on for w in ln.words)]
    in_rows = sum(any(id(w) not in on and _VALUE.fullmatch(w.text) for w in ln.words) for ln in level)
    return 2 * figures > len(words) or 2 * in_rows > len(level)


# A sidebar stands down this share of the text's height at the least, and is this share of
# the page's width (or the text's) at the most.
_SIDEBAR_HEIGHT, _SIDEBAR_WIDTH = 0.75, 0.4


def _beside_the_sidebar(lines: list[Line], sidebar: tuple[Fill, float, bool], settings: Settings, width: float | None,
                        drawn: tuple[Sequence[Rule], Sequence[Rule], Sequence[Fill]]
                        ) -> tuple[list[Line], Runs, Fill | None, list[Fill]]:
    """The sidebar's lines, read first, and the page's others, read on their own (they may
    stand in columns of their own beside it)."""
    band, edge, at_left = sidebar
    parts = [_in_columns(ln.words, (edge,)) for ln in lines]
    before, after = ([Line(ln.page, side[k], ln.space) for ln, side in zip(lines, parts) if side[k]] for k in (0, 1))
    hrules, vrules, fills = drawn
    text, runs, panel, bands = columns_and_panel(after if at_left else before, settings, width, hrules, vrules,
                                                 [f for f in fills if (f.x1 > edge if at_left else f.x0 < edge)])
    return [*(before if at_left else after), *text], runs, panel, [band, *bands]


def _column_rules(lines: list[Line], hrules: Sequence[Rule], vrules: Sequence[Rule], settings: Settings) -> tuple[float, ...]:
    """The rules a magazine draws down its gutters: vertical, as tall as a column's worth of
    lines, standing free (no rule meets or crosses them, as a grid's do), no word over them, and
    running text in the text's type on both sides along them, in a few lines at least (a
    column that holds a few lines only beside a full one shows no gutter of its own)."""
    if len(lines) < settings.text_column_lines:
        return ()
    size = median(ln.size for ln in lines)
    found: list[float] = []
    for rule in vrules:
        x, top, bottom = (rule.x0 + rule.x1) / 2, rule.top, rule.bottom
        along = [ln for ln in lines if top <= (ln.top + ln.bottom) / 2 <= bottom]
        if bottom - top < settings.text_column_lines * size \
                or any(r.x0 - 1 <= x <= r.x1 + 1 and top - 2 <= r.top <= bottom + 2 for r in hrules) \
                or any(w.x0 < x < w.x1 for ln in along for w in ln.words):
            continue
        left = sum(_running_in(size, [w for w in ln.words if w.x1 <= x], settings) for ln in along)
        right = sum(_running_in(size, [w for w in ln.words if w.x0 >= x], settings) for ln in along)
        if min(left, right) >= 2 and max(left, right) >= settings.text_column_lines // 2:
            found.append(x)
    return tuple(sorted(found))


def _running_in(size: float, words: list[Word], settings: Settings) -> bool:
    """Running text in the text's type (not a note's, set smaller)."""
    return running_text(words) and abs(median(w.size for w in words) - size) <= settings.other_type_pt


def _spilled_over(lines: list[Line], settings: Settings) -> float | None:
    """The middle of the gutter before a column that holds a few lines only, at its top:
    the text runs down a full column and goes on at the top of the next (a column break
    near a section's end), too few lines side by side to show a gutter (see _gutters). The
    short column's lines, running text from the first, start at one edge, level with the
    full column's first line (or its first in the text's type, under a title), a gutter from
    it (narrower than half a column), in the text's type (a note in the margin is smaller, a
    pull quote larger; the page's footnotes may follow under it), no wider than its lines."""
    n = settings.text_column_lines
    if len(lines) < n:
        return None
    ordered = sorted(lines, key=lambda ln: ln.top)
    size = median(w.size for ln in ordered for w in ln.words)
    width = settings.gutter_em * size
    # (where a next column can start: a gap as wide as a gutter, in the middle of the text's width)
    left, right = min(ln.x0 for ln in ordered), max(ln.x1 for ln in ordered)
    lo, hi = left + 0.2 * (right - left), left + 0.8 * (right - left)
    starts = sorted({round(b.x0) for ln in ordered for a, b in zip(ln.words, ln.words[1:])
                     if b.x0 - a.x1 >= width and lo <= b.x0 <= hi})
    return next((middle for x in starts if (middle := _spill_at(ordered, x, size, width, settings)) is not None), None)


_LINE_PITCH_EM = 1.6  # lines of a paragraph stand this many ems of their type apart at most
_FILLED_EM = 4.0  # most lines of a column of running text end this close to its edge, ragged or not
_RAGGED_SHARE = 0.25  # ... or, in a narrow column, this share of its measure


def _spill_at(ordered: list[Line], x: float, size: float, width: float, settings: Settings) -> float | None:
    """The gutter's middle where the column that starts at ``x`` holds a few lines at its top
    beside a full column (see _spilled_over), or None: in a run of lines no word crosses x
    (a running header's far end over the title stands in one of its own)."""
    crossed = [any(w.x0 < x - 1 and w.x1 > x - width for w in ln.words) for ln in ordered]
    start = 0
    while start < len(ordered):
        if crossed[start]:
            start += 1
            continue
        end = start
        while end + 1 < len(ordered) and not crossed[end + 1]:
            end += 1
        run = ordered[start:end + 1]
        if any(w.x0 >= x - 1 for ln in run for w in ln.words) \
                and (found := _spilled_beside(ordered, run, x, size, width, settings)) is not None:
            return found
        start = end + 1
    return None


def _spilled_beside(ordered: list[Line], run: list[Line], x: float, size: float, width: float,
                    settings: Settings) -> float | None:
    """_spill_at in one run of lines."""
    lefts = [[w for w in ln.words if w.x0 < x - 1] for ln in run]
    rights = [[w for w in ln.words if w.x0 >= x - 1] for ln in run]
    full = [words for words in lefts if running_text(words)]
    beside = [words for words in lefts if words]
    in_text_type = [words for words in beside if all(abs(w.size - size) < settings.other_type_pt for w in words)]
    # (a running header's far end, over the full column's text, is none of the short column's)
    text_top = min(w.top for w in in_text_type[0]) if in_text_type else -math.inf
    spilled = [words for words in rights if words and min(w.top for w in words) >= text_top - size]
    # (the short column may open with a heading over its text: the label of a field going on)
    opening = 1 if len(spilled) >= 2 and _heads_its_text(spilled[0], spilled[1]) else 0
    # (its first line may be the last words of a paragraph going on from the full column's
    # foot, a paragraph's space under them)
    ending = _last_words(spilled[opening:opening + 2])
    if len(full) < settings.text_column_lines or not 1 <= len(spilled) < len(full) / 2 \
            or not (running_text(spilled[opening]) or ending):
        return None
    # The full column's first line, its first in the text's type or of running text: a
    # running header or a title over the columns may stand above it, a heading in it.
    prose = [words for words in in_text_type if running_text(words)][:1]
    # (and its first under a title in larger type over it: a field's label)
    titled = max((max(w.bottom for w in words) for words in beside if words[0].size >= size + settings.other_type_pt
                  and prose and min(w.top for w in words) < min(w.top for w in prose[0])), default=None)
    under_title = [words for words in in_text_type if titled is not None and min(w.top for w in words) >= titled][:1]
    firsts = [text_top, *(min(w.top for w in words) for words in (beside[0], *prose, *under_title))]
    edge = max(w.x1 for words in lefts for w in words)
    # (a full column: down half the text's height or more, its lines filling their measure)
    measure = edge - min(words[0].x0 for words in full)
    if run[-1].bottom - run[0].top < 0.5 * (max(ln.bottom for ln in ordered) - ordered[0].top) \
            or median(words[-1].x1 for words in full) < edge - max(_FILLED_EM * size, _RAGGED_SHARE * measure):
        return None
    column = median(words[-1].x1 - words[0].x0 for words in full)
    # (the page's footnotes may follow the short column's text: smaller, from a note's mark on)
    notes = next((k for k in range(1, len(spilled)) if _marks_a_note(spilled[k][0].text)
                  and all(w.size <= size - settings.other_type_pt for words in spilled[k:] for w in words)), None)
    # (the page's folio may stand under them, a number alone)
    text = spilled[:notes]
    while len(text) > 1 and len(text[-1]) == 1 and text[-1][0].text.isdigit():
        text = text[:-1]
    tops = [min(w.top for w in words) for words in text]
    # (one paragraph's lines, close under each other, the first level with the full column's,
    # or the last words of the one before over them)
    at_its_top = any(abs(tops[0] - first) <= size for first in firsts) \
        and tops[-1] - tops[0] <= _LINE_PITCH_EM * size * (len(tops) - 1 + ending)
    return (edge + x) / 2 if at_its_top \
        and width <= x - edge <= column / 2 and _at_the_columns_edge(text, x, size) \
        and all(abs(w.size - size) < settings.other_type_pt for words in text for w in words) \
        and max(words[-1].x1 - words[0].x0 for words in spilled) <= 1.1 * max(words[-1].x1 - words[0].x0 for words in full) \
        else None


def _last_words(lines: list[list[Word]]) -> bool:
    """A paragraph's last few words, ending its sentence, over running text."""
    return len(lines) == 2 and len(lines[0]) < _RUNNING_WORDS and all(w.text[:1].isalpha() for w in lines[0]) \
        and lines[0][-1].text.endswith((".", "!", "?", ":", ";")) and running_text(lines[1])


def _heads_its_text(heading: list[Word], text: list[Word]) -> bool:
    """A few words in bold over running text, ending no sentence: a heading."""
    return len(heading) <= _HEADING_WORDS and all(w.bold for w in heading) and not heading[-1].text.endswith(".") \
        and running_text(text) and not any(w.bold for w in text)


_HEADING_WORDS = 6


def _at_the_columns_edge(lines: list[list[Word]], x: float, size: float) -> bool:
    """Do the lines start at the column's edge, a list item's wrapped lines under its text?"""
    item = False
    for words in lines:
        indent = words[0].x0 - x
        if not (abs(indent) <= 1 or (item and 0 < indent <= 2 * size)):
            return False
        item = words[0].text in _BULLETS or (item and indent > 1)
    return True


def _panel_box(lines: list[Line], edge: float) -> Fill:
    """The box of a panel beside the page's column of text, its left at ``edge``: from its
    first line that starts there (not a running header's end over it) to its foot. Read as
    an aside: the text it stands beside goes on after it."""
    size = median(ln.size for ln in lines)
    beyond = [_in_columns(ln.words, (edge,))[1] for ln in lines]
    top = min(words[0].top for words in beyond if words and _at_the_edge(words[0], edge, size))
    inside = [w for words in beyond for w in words if w.top >= top - 1]
    return Fill(edge - 1, top - 1, max(w.x1 for w in inside) + 1, max(w.bottom for w in inside) + 1, shade=1.0)


def _beside_a_panel(lines: list[Line], settings: Settings) -> tuple[float, float] | None:
    """The gutter (its left and right) between a column of running text and a panel beside it
    that holds none (tables under their headings, key figures: a page set in halves, a
    sidebar), which shows no lines of running text side by side (see _gutters): a strip a
    gutter wide that no word crosses from the page's top to its foot, the text's lines
    filling their measure up to it, and beyond it lines of their own, starting at one edge (a
    heading, a row's label), about as wide as the text (not notes in the margin, nor the text
    beside a rail of titles)."""
    n = settings.text_column_lines
    if len(lines) < n:
        return None
    size = median(ln.size for ln in lines)
    width = settings.gutter_em * size
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    lo, hi = left + 0.2 * (right - left), left + 0.8 * (right - left)
    reach = -math.inf
    for x0, x1 in sorted((w.x0, w.x1) for ln in lines for w in ln.words):
        if x0 - reach >= width and lo <= (reach + x0) / 2 <= hi and _a_panel_beside(lines, reach, x0, right, size, settings):
            return reach, x0
        reach = max(reach, x1)
    return None


def _a_panel_beside(lines: list[Line], a: float, b: float, right: float, size: float, settings: Settings) -> bool:
    """Lines of running text left of ``a`` that fill their measure up to it, and right of ``b``
    a panel (see _beside_a_panel)."""
    sides = [_in_columns(ln.words, ((a + b) / 2,)) for ln in lines]  # (no word crosses the strip)
    text = [before for before, _ in sides if running_text(before)]
    if sum(words[-1].x1 >= a - _FILLED_EM * size for words in text) < settings.text_column_lines:
        return False
    # (running text in the text's own type beyond the strip: a column of the text, which may
    # go on there under a table that ends the first, read in the order of the page's runs)
    text_size = median(w.size for words in text for w in words)
    if any(running_text(beyond) and all(abs(w.size - text_size) < settings.other_type_pt for w in beyond)
           for _, beyond in sides):
        return False
    measure = a - min(words[0].x0 for words in text)
    return sum(bool(beyond) and _at_the_edge(beyond[0], b, size) for _, beyond in sides) >= _PANEL_EDGE_LINES \
        and _PANEL_SHARE * measure <= right - b <= measure / _PANEL_SHARE


def _at_the_edge(word: Word, edge: float, size: float) -> bool:
    """A word that opens a panel's line: at its edge (within an em: a cell's padding), a word."""
    return word.x0 - edge <= size and word.text[:1].isalpha()


_PANEL_EDGE_LINES = 3  # a panel's lines that start at its edge, at the least
# A panel beside the text is this share of the text's width at the least (notes in the margin
# are narrower), and the text this share of the panel's (a rail of titles beside the text is narrower).
_PANEL_SHARE = 0.5


def _marks_a_note(text: str) -> bool:
    return text[:1] in NOTE_MARKS or TYPED_MARK.fullmatch(text) is not None


def _between_boxes(lines: list[Line], hrules: Sequence[Rule], vrules: Sequence[Rule], fills: Sequence[Fill],
                   gutters: tuple[float, ...]) -> tuple[list[tuple[float, float]], tuple[float, ...]] | None:
    """Boxes set side by side down most of the page, framed by rules (cards) or shaded (a
    dashboard's panels): the strips between them, a gutter wide, that no word, no rule and
    no shaded box crosses (a table's grid has rows across its columns), with text either
    side. As the rows of boxes (top, bottom: where a clear band across the columns parts
    them) and the strips' middles, or None."""
    if not lines or (len(vrules) < 4 and len(fills) < 2 and len(hrules) < 4):
        return None  # (two frames need four sides; two shaded boxes, two fills; two ruled tables, two rules each)
    top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
    size = median(ln.size for ln in lines)
    words = [w for ln in lines for w in ln.words]
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    # (not the page's ground, under all the text)
    shaded = [f for f in fills if not (f.x0 <= x0 and x1 <= f.x1 and f.top <= top and bottom <= f.bottom)]

    def crossing(a: float, b: float) -> list[tuple[float, float]]:
        """The tops and bottoms of what runs across the strip from a to b."""
        # (text set flush with a table's rules starts where they do, a hair either side)
        return [*((w.top, w.bottom) for w in words if w.x0 < b - _HAIR and w.x1 > a + _HAIR),
                *((r.top, r.bottom) for r in hrules if r.x0 < a and r.x1 > b),
                *((f.top, f.bottom) for f in shaded if f.x0 < a and f.x1 > b)]

    def clear(a: float, b: float, boxes: list[tuple[float, float]]) -> bool:
        lo, hi = min(t for t, _ in boxes), max(b for _, b in boxes)
        inside = [w for w in words if lo <= w.top and w.bottom <= hi]
        return not any(above < hi and below > lo for above, below in crossing(a, b)) \
            and any(w.x1 <= a for w in inside) and any(w.x0 >= b for w in inside)

    def grown(a: float, b: float, boxes: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """The tables' band, as far up and down as nothing runs across the strip's middle (an
        em either side: the text beside may reach past the tables' rules): the columns they
        stand in (panels side by side, whose boxes are not drawn)."""
        lo, hi = min(t for t, _ in boxes), max(b for _, b in boxes)
        across = crossing((a + b) / 2 - size, (a + b) / 2 + size)
        return [(max((below for _, below in across if below <= lo), default=top),
                 min((above for above, _ in across if above >= hi), default=bottom))]

    strips = [(boxes, (a + b) / 2)
              for a, b, boxes in [*_between_frames(vrules, size, bottom - top), *_between_shaded(shaded, size, bottom - top)]
              if clear(a, b, boxes)]
    if not strips:
        # (tables side by side, where no box holds them: a box's table is read in its box;
        # where the text's own gutters part other columns than they do, or more, those part
        # the page: the tables stand in boxes of a grid that is no column's)
        strips = [(grown(a, b, boxes), (a + b) / 2) for a, b, boxes in _between_ruled(hrules, vrules, words, size)
                  if clear(a, b, boxes)]
        if strips and _other_gutters(gutters, sorted({m for _, m in strips}), size):
            return None
    if not strips:
        return None
    rows: list[tuple[float, float]] = []
    for box_top, box_bottom in sorted(box for boxes, _ in strips for box in boxes):
        if rows and box_top <= rows[-1][1] + 1:
            rows[-1] = (rows[-1][0], max(rows[-1][1], box_bottom))
        else:
            rows.append((box_top, box_bottom))
    return rows, tuple(sorted({m for _, m in strips}))


def _other_gutters(gutters: tuple[float, ...], middles: list[float], size: float) -> bool:
    """Does the text's own alignment show ``gutters`` (their middles) other than the
    ``middles`` between tables, or more of them (two tables' strips in one gutter counting
    once)?"""
    apart = [m for k, m in enumerate(middles) if not k or m - middles[k - 1] > size]
    return bool(gutters) and (len(gutters) > len(apart) or any(min(abs(m - g) for g in gutters) > size for m in middles))


_HAIR = 0.5  # points text set flush with a rule may stand past its end


def _between_frames(vrules: Sequence[Rule], size: float, height: float) -> list[tuple[float, float, list[tuple[float, float]]]]:
    """The strips (left, right, the boxes' tops and bottoms) between the right edge of a frame
    and the left edge of the next: upright rules a gutter apart, as long as half the text is
    tall, each with its frame's other edge beside it, alike in length. Or, frames shorter, a
    grid of them (slides printed six to a page): rows of frames side by side, the strips at
    one place in two rows or more."""
    long = [r for r in vrules if r.bottom - r.top >= 0.5 * height]
    if found := _between_frames_in_a_row(long, size, lambda gutter, _: gutter <= _FRAMES_APART_EM * size):
        return found
    rows: list[list[Rule]] = []
    for rule in sorted((r for r in vrules if r.bottom - r.top >= _FRAME_LINES * size), key=lambda r: r.top):
        if rows and abs(rows[-1][0].top - rule.top) <= size:
            rows[-1].append(rule)
        else:
            rows.append([rule])
    # (the gutter between slides is narrow beside them, however small their type)
    strips = [strip for row in rows for strip in _between_frames_in_a_row(
        row, size, lambda gutter, frame: gutter <= _GRID_GUTTER_SHARE * frame)]
    at = Counter((round(a), round(b)) for a, b, _ in strips)
    return [strip for strip in strips if at[round(strip[0]), round(strip[1])] >= 2]


def _between_frames_in_a_row(rules: list[Rule], size: float, near: Callable[[float, float], bool]
                             ) -> list[tuple[float, float, list[tuple[float, float]]]]:
    """The strips between frames side by side whose upright edges are the rules: each pair of
    rules ``near`` each other (for the gutter between them and the width of the frame left of
    it), each with its frame's other edge beside it, alike in length."""
    edges = sorted(rules, key=lambda r: r.x0)

    def alike(a: Rule, b: Rule) -> bool:
        return abs(a.top - b.top) <= size and abs(a.bottom - b.bottom) <= size

    return [(a.x0, b.x0, [(a.top, a.bottom), (b.top, b.bottom)])
            for k, (a, b) in enumerate(zip(edges, edges[1:]))
            if size <= b.x0 - a.x0 and 0 < k < len(edges) - 2 and near(b.x0 - a.x0, a.x0 - edges[k - 1].x0)
            and alike(a, b) and alike(edges[k - 1], a) and alike(b, edges[k + 2])]


def _between_shaded(fills: Sequence[Fill], size: float, height: float) -> list[tuple[float, float, list[tuple[float, float]]]]:
    """The strips (left, right, the boxes' tops and bottoms) between shaded boxes ending at
    one x and those starting a gutter further, each side's boxes standing down half the
    text's height."""
    rights, lefts = _tall_sides(fills, lambda f: f.x1, height), _tall_sides(fills, lambda f: f.x0, height)
    return [(a, b, [(f.top, f.bottom) for f in rights[a] + lefts[b]])
            for a in rights for b in lefts if size <= b - a <= _FRAMES_APART_EM * size]


def _between_ruled(hrules: Sequence[Rule], vrules: Sequence[Rule], words: list[Word], size: float
                   ) -> list[tuple[float, float, list[tuple[float, float]]]]:
    """The strips (left, right, the tables' tops and bottoms, their captions and notes taken in)
    between tables ruled across their rows, set side by side: rules of one length ending at
    one x, rules of another starting a gutter further, three at least (a table of one row
    may have one rule only, under its header), each as wide as a table (not the underlines
    of a column's sums) and between lines (not under or through one: a line drawn from a
    word to a comment beside the text), the two tables level. Rules that close a box with
    its two sides and no column rule inside are a box's (a comment's balloon), no table's."""
    def tables(rules: list[Rule]) -> dict[tuple[int, int], list[Rule]]:
        by_extent: dict[tuple[int, int], list[Rule]] = defaultdict(list)
        for r in rules:
            if r.x1 - r.x0 >= _TABLE_EM * size:
                by_extent[(round(r.x0), round(r.x1))].append(r)
        if len(by_extent) < 2:
            return {}  # (one table's rules or none, as most pages have: no words to look at)
        between = {extent: [r for r in group if not any(w.top - 1 < r.top < w.bottom + 1 and r.x0 < w.x1 and w.x0 < r.x1
                                                         for w in words)]
                   for extent, group in by_extent.items()}
        return {extent: group for extent, group in between.items()
                if group and not boxed(extent, group) and cells_between(extent, group)}

    def cells_between(extent: tuple[int, int], group: list[Rule]) -> bool:
        """Does a line between the rules part its words as cells (a table's, not a card's text)?"""
        top, bottom = min(r.top for r in group) - _CELL_LINE_EM * size, max(r.bottom for r in group)
        inside = sorted((w for w in words if extent[0] <= w.x0 and w.x1 <= extent[1] and top <= w.top and w.bottom <= bottom),
                        key=lambda w: (round(w.top), w.x0))
        return any(round(a.top) == round(b.top) and b.x0 - a.x1 > _CELL_GAP_EM * size for a, b in zip(inside, inside[1:]))

    def boxed(extent: tuple[int, int], group: list[Rule]) -> bool:
        top, bottom = min(r.top for r in group), max(r.bottom for r in group)
        closed = all(any(abs(v.x0 - x) <= 2 and v.top - 2 <= r.top <= v.bottom + 2 for v in vrules)
                     for r in group for x in extent)
        return closed and not any(extent[0] + 2 < v.x0 < extent[1] - 2 and v.top < bottom and top < v.bottom for v in vrules)

    found = tables([r for r in hrules if r.bottom - r.top < size])
    return [(a[1], b[0], [_clear_band(min(r.top for r in left + right), max(r.bottom for r in left + right),
                                      (a[1], b[0]), words, size)])
            for a, left in found.items() for b, right in found.items()
            if size <= b[0] - a[1] <= _TABLES_APART_EM * size and len(left) + len(right) >= 3
            and min(r.top for r in left) <= max(r.top for r in right) and min(r.top for r in right) <= max(r.top for r in left)]


_TABLE_EM = 10.0  # a table ruled across its rows is as wide as this at least
_CELL_LINE_EM = 2.0  # a header line over a table's first rule stands this close over it
_CELL_GAP_EM = 2.0  # cells of a row stand this far apart at least, words of a sentence closer
_TABLES_APART_EM = 6.0  # tables side by side stand a gutter apart, no more (in their type, often shrunk to fit)


def _clear_band(top: float, bottom: float, strip: tuple[float, float], words: list[Word], size: float) -> tuple[float, float]:
    """The band from top to bottom taken on, line by line, over the lines right over and
    under it that keep clear of the strip: the captions over tables side by side, their
    header lines over their first rules, their notes under their last."""
    def clear(line: list[Word]) -> bool:
        return bool(line) and not any(w.x0 < strip[1] and w.x1 > strip[0] for w in line)

    while clear(above := [w for w in words if top - size <= w.bottom <= top + 1 and w.top < top]):
        top = min(w.top for w in above)
    while clear(under := [w for w in words if bottom - 1 <= w.top <= bottom + size and w.bottom > bottom]):
        bottom = max(w.bottom for w in under)
    return top, bottom


def _tall_sides(fills: Sequence[Fill], side: Callable[[Fill], float], height: float) -> dict[float, list[Fill]]:
    """The boxes by where one of their sides stands (within a point or two of each other: one
    side), where they stand down half the text's height or more."""
    by_x: dict[int, list[Fill]] = defaultdict(list)
    for f in fills:
        by_x[round(side(f))].append(f)
    groups: list[list[Fill]] = []
    for x in sorted(by_x):
        if groups and x - round(side(groups[-1][-1])) <= 1:
            groups[-1] += by_x[x]
        else:
            groups.append(list(by_x[x]))
    return {median(side(f) for f in group): group for group in groups if _tall(group) >= 0.5 * height}


def _tall(boxes: list[Fill]) -> float:
    """How much of the page's height the boxes stand over, one over another or not."""
    reach, total = -math.inf, 0.0
    for top, bottom in sorted((f.top, f.bottom) for f in boxes):
        total += max(0.0, bottom - max(top, reach))
        reach = max(reach, bottom)
    return total


_FRAMES_APART_EM = 4.0  # boxes side by side stand a gutter apart, no more
_FRAME_LINES = 5  # a grid's frame holds a few lines of text at least
_GRID_GUTTER_SHARE = 0.25  # the gutter between a grid's frames, at most this share of a frame's width


def _in_frames(lines: list[Line], framed: tuple[list[tuple[float, float]], tuple[float, ...]],
               settings: Settings) -> tuple[list[Line], list[tuple[float, float, tuple[float, ...]]]]:
    """The lines of each row of boxes read box by box, the rows in order down the page, and
    the lines outside them where they stand."""
    rows, middles = framed
    out: list[Line] = []
    rest = sorted(lines, key=lambda ln: ln.top)
    for top, bottom in rows:
        inside = [ln for ln in rest if top <= (ln.top + ln.bottom) / 2 <= bottom]
        out += [ln for ln in rest if (ln.top + ln.bottom) / 2 < top]
        rest = [ln for ln in rest if (ln.top + ln.bottom) / 2 > bottom]
        out += _lines_in_columns(inside, [_in_columns(ln.words, middles) for ln in inside], len(middles) + 1, settings)
    return [*out, *rest], [(top, bottom, middles) for top, bottom in rows]


def _running_side_by_side(settings: Settings) -> Callable[[list[list[list[Word]]]], bool]:
    """Do the lines' parts in the columns hold running text side by side, on the lines
    (a line each column's, where the columns do not share their baselines)?"""
    def enough(parts: list[list[list[Word]]]) -> bool:
        running = [list(map(running_text, p)) for p in parts]
        both = sum(sum(r) >= 2 for r in running)
        # The lines of running text of the column with the fewest but one (each column's
        # lines on baselines of their own, or one column running on after the other stops).
        second = sorted(sum(column) for column in zip(*running))[-2]
        return max(both, second) >= settings.text_column_lines // 2 or (both >= 1 and second >= 2) \
            or _a_few_lines_side_by_side(parts, settings)
    return enough


def _a_few_lines_side_by_side(parts: list[list[list[Word]]], settings: Settings, beside_a_table: int | None = None) -> bool:
    """A few lines in columns: running text in two columns (in more than one line of one),
    side by side on a line at least (not boxes set one under the other, a little aside), and
    no table's cells (wide gaps, amounts) that a column holds beside the other's text. A
    table within one column, nothing beside it, is that column's where the other column runs
    on for lines of its own outside any table, ``beside_a_table`` of them (by default half a
    column's least: not a panel of a title and a table beside the text, whose rows' labels wrap)."""
    tables = [[bool(c) and _table_like(c, settings) for c in p] for p in parts]
    beside = [t for p, t in zip(parts, tables) if sum(map(bool, p)) >= 2]
    if not beside or any(map(any, beside)):
        return False
    running = sorted(_running_outside_tables([p[k] for p in parts], [t[k] for t in tables]) for k in range(len(parts[0])))
    return len(running) >= 2 and running[-1] >= 2 and \
        running[-2] >= ((beside_a_table or settings.text_column_lines // 2) if any(map(any, tables)) else 1)


def _running_outside_tables(column: list[list[Word]], table: list[bool]) -> int:
    """The lines of running text of a column, those among the rows of a table it holds aside."""
    rows = [i for i, is_row in enumerate(table) if is_row]
    return sum(running_text(words) for i, words in enumerate(column) if not (rows and rows[0] <= i <= rows[-1]))


def columns_at(lines: list[Line], middles: tuple[float, ...], settings: Settings,
               side_by_side: Callable[[list[list[list[Word]]]], bool], hrules: Sequence[Rule] = ()
               ) -> tuple[list[Line], list[tuple[float, float, tuple[float, ...]]]]:
    """The lines parted at the gutters' ``middles`` where a stretch of lines crosses none of
    them and its words in the columns are ``side_by_side``; with the runs so parted. A line
    across some of the gutters only (a table floated across two of three columns, the third
    running on beside it) is parted at the others, and read in the first column it spans. A
    rule drawn across the gutters ends a stretch (a table's rows between such rules are read
    each on its own)."""
    across_at = _rules_across_at(lines, middles, hrules, settings)
    stretches: list[list[Line]] = [[]]
    bounds = (-math.inf, *middles, math.inf)
    across: set[int] = set()  # the stretches that are a table's, set across the columns
    spanned: dict[int, list[bool]] = {}  # lines across some of the gutters, and which they cross
    under_rule = False  # the stretch is a table's row under such a rule: it ends at a white band
    crossings = _rows_between(_ruled_across([[_across(line, edges, settings) for edges in zip(bounds, middles, bounds[2:])]
                                             for line in lines], lines, middles, hrules, settings), lines, middles, settings)
    for line, crossed in zip(lines, crossings):
        above = stretches[-1][-1] if stretches[-1] else None
        ruled = None if above is None else next(
            (y for y in across_at[bisect_left(across_at, above.bottom - 1):] if y <= line.top + 1), None)
        if any(crossed) and not all(crossed):
            spanned.update((id(ln), crossed) for ln in _with_the_header_over(line, crossed, stretches[-1], middles, settings))
        if all(crossed):
            across.add(len(stretches))
            stretches += [_with_its_header(stretches[-1], line, line.top, middles, settings), []]
            under_rule = False
        elif ruled is not None:  # a row of a table under the rule, or the first, with the header over it
            banded = _on_a_band(stretches[-1], ruled, across_at, middles)
            stretches.append([line] if under_rule else _with_its_header(stretches[-1], line, ruled, middles, settings))
            under_rule = (_a_tables_rule(ruled, across_at, line.size) and not banded) \
                or (_a_row_across(_in_columns(line.words, middles), settings) and not _in_boxes_apart(line, hrules, middles))
        elif under_rule and above is not None and line.top - above.bottom > settings.table_line_gap_em * line.size:
            stretches.append([line])
            under_rule = False
        elif _row_under_a_line_across(stretches, across, line, middles, settings):
            stretches[-2].append(line)
        else:
            stretches[-1].append(line)
    out: list[Line] = []
    runs: list[tuple[float, float, tuple[float, ...]]] = []
    in_columns = False  # the stretch before was read in columns
    for i, stretch in enumerate(stretches):
        parts = [_in_columns(ln.words, middles, spanned.get(id(ln))) for ln in stretch]
        # A stretch of a table's cells is a row (or the header) of a table across the columns;
        # so is one held close between two rules across them, whatever its cells hold.
        if not stretch or i in across or all(_cells(p, settings) for p in parts) or _ruled_in(stretch, across_at, settings) \
                or not side_by_side(parts):
            going_on = _going_on_in_one_column(stretch, parts, runs[-1], settings) if in_columns else 0
            if going_on:
                out = _run_on(out, runs, stretch[:going_on], parts[:going_on])
                if going_on == len(stretch):
                    continue
            in_columns = False
            out += stretch[going_on:]
            continue
        in_columns = True
        runs.append((min(ln.top for ln in stretch), max(ln.bottom for ln in stretch), middles))
        out += _lines_in_columns(stretch, parts, len(middles) + 1, settings)
    return out, runs


def _lines_in_columns(stretch: list[Line], parts: list[list[list[Word]]], columns: int, settings: Settings) -> list[Line]:
    """Each column's lines anew from its words, column by column: columns need not share
    their baselines, and a line of one column may have joined two of its neighbour's."""
    out = []
    for column in range(columns):
        words = [w for line_parts in parts for w in line_parts[column]]
        for line in build_lines(words, stretch[0].page, settings, stretch[0].space) if words else []:
            line.column = column
            out.append(line)
    return out


def _going_on_in_one_column(stretch: list[Line], parts: list[list[list[Word]]],
                            run: tuple[float, float, tuple[float, ...]], settings: Settings) -> int:
    """How many of the first lines of a stretch under a run of columns stand in one of them
    alone, each close under the one before and the first close under the run (a table at
    the foot of the first column, the next column ended higher): that column goes on with
    them, and with a block of lines further down in it (a second table under the first).
    Two at least, and set apart from the line after them: a page number further down is not
    one of them, and a table's header whose upper lines fit one column is not parted."""
    bottom, column, count = run[1], None, 0
    for i, (line, line_parts) in enumerate(zip(stretch, parts)):
        close = line.top - bottom <= settings.table_part_gap_em * line.size \
            or (count > 0 and _a_block_in(column, stretch[i:i + 2], parts[i:i + 2], settings))
        filled = [k for k, words in enumerate(line_parts) if words]
        if len(filled) != 1 or column not in (None, filled[0]) or sum(map(len, line_parts)) != len(line.words) \
                or not close:
            return count if count >= 2 and not close else 0
        bottom, column, count = line.bottom, filled[0], count + 1
    return count if count >= 2 else 0


def _a_block_in(column: int | None, lines: list[Line], parts: list[list[list[Word]]], settings: Settings) -> bool:
    """Do the two lines stand in the column alone, the second close under the first?"""
    return len(lines) == 2 and lines[1].top - lines[0].bottom <= settings.table_part_gap_em * lines[1].size \
        and all([k for k, words in enumerate(p) if words] == [column] for p in parts)


def _run_on(out: list[Line], runs: list[tuple[float, float, tuple[float, ...]]], stretch: list[Line],
            parts: list[list[list[Word]]]) -> list[Line]:
    """The lines read so far with the stretch's, in the one column they stand in, after that
    column's lines of the run before, which now reaches down to them."""
    top, _, middles = runs[-1]
    runs[-1] = (top, max(ln.bottom for ln in stretch), middles)
    column = next(k for p in parts for k, words in enumerate(p) if words)
    for line in stretch:
        line.column = column
    at = max((i + 1 for i, ln in enumerate(out) if ln.column is not None and ln.column <= column), default=len(out))
    return [*out[:at], *stretch, *out[at:]]


def _ruled_across(crossings: list[list[bool]], lines: list[Line], middles: tuple[float, ...], hrules: Sequence[Rule],
                  settings: Settings) -> list[list[bool]]:
    """Which gutters each line crosses, counting as crossed by a table's rows those its rules
    cross: a table floated across some of the columns (not all: a rule across the page parts
    nothing), its rows between rules of one length, its cells leaving the gutter clear. The
    lines between two such rules, one under the other, with words either side of the gutter
    cross it where they hold a value and no running text on both sides."""
    spans: dict[tuple[int, int], list[Rule]] = {}
    for rule in hrules:
        crossed = [rule.x0 < middle < rule.x1 for middle in middles]
        if rule.horizontal and any(crossed) and not all(crossed):
            spans.setdefault((round(rule.x0), round(rule.x1)), []).append(rule)
    out = list(crossings)
    parts = [_in_columns(line.words, middles) for line in lines] if spans else []
    for (x0, x1), rules in spans.items():
        crossed = [x0 < middle < x1 for middle in middles]
        rules.sort(key=lambda r: r.top)
        for above, below in zip(rules, rules[1:]):
            # (the words either side of the gutter, between the rules: the line may hold the
            # words of a column beside the table on its baseline)
            rows = [i for i, line in enumerate(lines) if above.bottom < line.bottom and line.top < below.top and any(
                c and parts[i][k] and parts[i][k + 1]
                and all(above.bottom < w.top and w.bottom < below.top for w in parts[i][k] + parts[i][k + 1])
                for k, c in enumerate(crossed))]
            sides = [parts[i][k:k + 2] for i in rows for k, c in enumerate(crossed) if c]
            if rows and not any(running_text(left) and running_text(right) for left, right in sides) \
                    and any(_VALUE.fullmatch(w.text) for left, right in sides for w in left + right):
                for i in rows:
                    out[i] = [a or b for a, b in zip(out[i], crossed)]
    return out


def _rules_across_at(lines: list[Line], middles: tuple[float, ...], hrules: Sequence[Rule], settings: Settings) -> list[float]:
    """Where rules run across all the gutters, top to bottom."""
    reach = settings.across_value_em * median(ln.size for ln in lines) if lines else 0.0
    return sorted((r.top + r.bottom) / 2 for r in hrules if r.x0 < middles[0] - reach and r.x1 > middles[-1] + reach)


def _row_under_a_line_across(stretches: list[list[Line]], across: set[int], line: Line, middles: tuple[float, ...],
                             settings: Settings) -> bool:
    """Is the line a table's row (cells across the columns) close under a stretch set across
    them, nothing between, within its width and in its type: a table floated across the
    columns whose rows leave the gutter clear, under a header that crosses it?"""
    if stretches[-1] or len(stretches) - 2 not in across:
        return False
    above = stretches[-2][-1]
    return 0 <= line.top - above.bottom <= settings.table_line_gap_em * line.size \
        and above.x0 - line.size <= line.x0 and line.x1 <= above.x1 + _ROW_PAST_HEADER_EM * line.size \
        and abs(line.size - above.size) < settings.other_type_pt and _a_row_across(_in_columns(line.words, middles), settings)


_ROW_PAST_HEADER_EM = 3  # a column's amounts may run wider than its label


def _rows_between(crossings: list[list[bool]], lines: list[Line], middles: tuple[float, ...],
                  settings: Settings) -> list[list[bool]]:
    """Which gutters each line crosses, counting as crossed by a table's rows those its cells
    happen to leave clear: a table floated across the columns has rows with a word or a
    value over the gutter and rows whose cells stand either side of it. Lines between two
    that cross the same gutters cross them too, where they stand close under each other as
    rows do, none with running text on both sides of a gutter, and a value among them."""
    out = list(crossings)
    spanning = [i for i, crossed in enumerate(crossings) if any(crossed)]
    for a, b in zip(spanning, spanning[1:]):
        both = [x and y for x, y in zip(crossings[a], crossings[b])]
        # (between two lines across every gutter, columns of short lines may stand: rows of
        # a table floated across them have values beside the gutter, most of them)
        if b - a > 1 and any(both) and _rows_of_one_table(lines[a:b + 1], both, middles, settings) \
                and (not all(both) or _mostly_valued(lines[a + 1:b], middles)):
            out[a + 1:b] = [both] * (b - a - 1)
    # A row's values wrapped onto a line of their own under it ("€" over "4.330.000", "1,7"
    # over "mln.") go with it, whatever type each cell is set in.
    for i in range(1, len(lines)):
        if any(out[i - 1]) and not any(out[i]) and _values_wrapped_under(lines[i - 1], lines[i], out[i - 1], middles, settings):
            out[i] = out[i - 1]
    return out


def _mostly_valued(lines: list[Line], middles: tuple[float, ...]) -> bool:
    """Have at least half the lines a value right of the first gutter?"""
    return 2 * sum(any(_VALUE.fullmatch(w.text) for w in _in_columns(ln.words, middles)[1]) for ln in lines) >= len(lines)


def _values_wrapped_under(row: Line, line: Line, crossed: list[bool], middles: tuple[float, ...], settings: Settings) -> bool:
    """Is the line nothing but values, close under the row, on both sides of a gutter the row
    crosses?"""
    parts = _in_columns(line.words, middles)
    return row.top < line.top and line.top - row.bottom <= settings.table_line_gap_em * line.size \
        and all(_VALUE.fullmatch(w.text) for w in line.words) \
        and any(c and parts[k] and parts[k + 1] for k, c in enumerate(crossed))


def _rows_of_one_table(lines: list[Line], crossed: list[bool], middles: tuple[float, ...], settings: Settings) -> bool:
    """Do the lines' words either side of the ``crossed`` gutters stand as a table's rows do
    (see _rows_between)? Lines with no word there are another column's, passed over; the
    first and last, which cross the gutters, may be a header's labels."""
    sides = [k for k, c in enumerate(crossed) if c]
    spans: list[list[Word]] = []
    between: list[Word] = []
    for i, line in enumerate(lines):
        parts = _in_columns(line.words, middles)
        inner = 0 < i < len(lines) - 1
        if inner and any(_prose(parts[k]) and _prose(parts[k + 1]) for k in sides):
            return False
        words = sorted({id(w): w for k in sides for w in (*parts[k], *parts[k + 1])}.values(), key=lambda w: w.x0)
        if words:
            spans.append(words)
            between += words if inner else []
    if not any(_VALUE.fullmatch(w.text) for w in between):
        return False
    tops = [min(w.top for w in ws) for ws in spans]
    bottoms = [max(w.bottom for w in ws) for ws in spans]
    size = max(w.size for ws in spans for w in ws)
    return all(top - bottom <= settings.table_line_gap_em * size for bottom, top in zip(bottoms, tops[1:]))


def _prose(words: list[Word]) -> bool:
    """Running text, not a header's labels naming columns ("Totaal (€)  Gem.  Rijk")."""
    return running_text(words) and sum(is_column_word(w.text) for w in words) < 2


def _with_its_header(stretch: list[Line], line: Line, top: float, middles: tuple[float, ...],
                     settings: Settings) -> list[Line]:
    """The line and the table's header lines right above ``top`` (a group label over some of
    the columns, labels wrapped over lines of their own over its cells), which go with a row
    across the columns: taken off the stretch."""
    head = [line]
    while stretch and top - stretch[-1].bottom <= settings.table_line_gap_em * line.size and (
            _cells(_in_columns(stretch[-1].words, middles), settings) or _over_a_cell(stretch[-1], head[0])
            or _over_a_cell(stretch[-1], line, top)):
        top = stretch[-1].top
        head.insert(0, stretch.pop())
    return head


def _with_the_header_over(line: Line, crossed: list[bool], stretch: list[Line], middles: tuple[float, ...],
                          settings: Settings) -> list[Line]:
    """A line across some of the gutters (``crossed``) and the header lines right over it in
    the stretch, which span the gutters its rows do (the lines of the columns beside them,
    on baselines of their own, passed over)."""
    # The columns the table spans: those beside the gutters its rows cross (the line may have
    # taken words of a column before them on its baseline).
    first = crossed.index(True)
    start = middles[first - 1] if first else -math.inf
    end = next((m for m, c in zip(middles[first:], crossed[first:]) if not c), math.inf)
    spanning = [line]
    for above in reversed(stretch):
        own = [w for w in above.words if start <= w.x0 and w.x1 <= end]  # (not the columns' words beside)
        if not own:
            continue
        # (over a header line, a group's label over some of its cells is the header's too, as is
        # a label's first word over the row's values; so is a piece of a label set higher than
        # the line it ends on, in a cell too narrow for it)
        cells = 1 if len(spanning) > 1 or _a_label_over_the_values(own, line) else 2
        if not (_heads_the_row(own, spanning, end, settings, cells=cells) or _tucked_into(own, spanning[-1])):
            break
        spanning.append(above)
    return spanning


def _a_label_over_the_values(words: list[Word], line: Line) -> bool:
    """Are the words a few in one run (no running text), right of the row's first cell?"""
    return bool(words) and not running_text(words) and words[0].x0 > line.segments()[0][-1].x1 \
        and all(b.x0 - a.x1 < 2 * a.size for a, b in zip(words, words[1:]))


def _tucked_into(words: list[Word], line: Line) -> bool:
    """Are the words a label's first piece, a word or two in smaller type than the line (a
    cell too narrow for the label), standing within its width, their foot below its head?"""
    return 0 < len(words) <= 2 and max(w.size for w in words) < max(w.size for w in line.words) \
        and max(w.bottom for w in words) > line.top \
        and line.x0 <= words[0].x0 and max(w.x1 for w in words) <= line.x1


def _heads_the_row(words: list[Word], lines: list[Line], end: float, settings: Settings, cells: int = 2) -> bool:
    """Do a line's words stand close over the last of ``lines`` (a row, the header lines over
    it) as a header line does: up to ``end``, as many ``cells`` or more, each over a cell of
    one of them?"""
    over = Line(lines[0].page, words, lines[0].space).segments()
    under = [seg for seg in lines[-1].segments() if seg[-1].x1 <= end]
    if len(over) < cells or not under:
        return False
    # (measured at their words up to ``end``: a line may have taken the next column's words on
    # baselines of their own)
    gap = min(w.top for seg in under for w in seg) - max(w.bottom for seg in over for w in seg)
    below = [seg for line in lines for seg in line.segments() if seg[-1].x1 <= end]
    return 0 <= gap <= settings.table_line_gap_em * lines[-1].size and all(
        any(cell[0].x0 < seg[-1].x1 and seg[0].x0 < cell[-1].x1 for seg in below) for cell in over)


def _a_tables_rule(y: float, rules_at: list[float], size: float) -> bool:
    """Is the rule across the columns at ``y`` one of a table's, which part its rows a line or
    two apart? Running text in columns under a rule of its own (under the title) is no row."""
    return any(0 < abs(other - y) <= _ROW_RULES_EM * size for other in rules_at)


# Rules across the columns this many ems of their text apart, or closer, part a table's rows.
_ROW_RULES_EM = 4.0


def _in_boxes_apart(line: Line, hrules: Sequence[Rule], middles: tuple[float, ...]) -> bool:
    """Does the line stand in boxes side by side, one a column (cards, each a project's title
    on its own shaded head): its words either side of a gutter each under a rule of their
    own, the two at one height, the first ending short of the second?"""
    over = [r for r in hrules if 0 <= line.top - r.top <= 2 * line.size]
    parts = [p for p in _in_columns(line.words, middles) if p]

    def under(part: list[Word]) -> list[Rule]:
        return [r for r in over if r.x0 <= part[0].x0 and part[-1].x1 <= r.x1]
    return any(a.x1 < b.x0 and abs(a.top - b.top) < 1 for p, q in zip(parts, parts[1:]) for a in under(p) for b in under(q))


def _on_a_band(stretch: list[Line], y: float, rules_at: list[float], middles: tuple[float, ...]) -> bool:
    """Is the stretch's last line, over the rule at ``y``, a heading on a band across the
    columns (the rule the band's foot, another its head), alone on it, its words in one
    column: no table's header, whose cells stand across the columns, nor a row's label
    wrapped between the rules of its row?"""
    if not stretch:
        return False
    line = stretch[-1]
    head = max((other for other in rules_at if other < line.top and 0 < y - other <= _ROW_RULES_EM * line.size), default=None)
    return head is not None and not any(head < ln.top for ln in stretch[:-1]) \
        and sum(bool(part) for part in _in_columns(line.words, middles)) == 1


def _ruled_in(stretch: list[Line], rules_at: list[float], settings: Settings) -> bool:
    """Is the stretch a row held between two rules across the page, each within a line's
    height? Not the page's text between the rules under its head and over its foot: a row
    has fewer lines than show two columns of text."""
    if len(stretch) >= 2 * settings.text_column_lines:
        return False
    top, bottom = min(ln.top for ln in stretch), max(ln.bottom for ln in stretch)
    size = median(ln.size for ln in stretch)
    return any(0 <= top - y <= size for y in rules_at) and any(0 <= y - bottom <= size for y in rules_at)


def helps(label: Line, line: Line, settings: Settings = DEFAULT) -> bool:
    """Is the line a form's help under its label ("Hoe loopt het project door na afloop van
    de Regio Deal?" under "Structureel karakter"): close under a bold label (or under the
    help's line before), where it starts, in a type a point smaller or more, italic or grey,
    not bold? It says what to fill in; the field is what was filled in."""
    under = label.page == line.page and 0 <= line.top - label.bottom <= settings.row_gap_em * label.size \
        and abs(line.x0 - label.x0) <= _HELP_ALIGN_PT
    plain = not any(w.bold for w in line.words) and (line.italic or line.tinted)
    return under and plain and (label.bold and line.size <= label.size - _HELP_SMALLER_PT or (
        not label.bold and (label.italic, label.tinted) == (line.italic, line.tinted) and abs(label.size - line.size) < 0.5))


def help_lines(lines: Sequence[Line], settings: Settings = DEFAULT) -> set[int]:
    """The ids of the lines that are a form's help under its label (see helps): each under
    the line above it that starts where it does, a bold label or a line of the help."""
    found: set[int] = set()
    above: dict[tuple[int, int], Line] = {}  # the last line seen starting at each place
    for line in sorted(lines, key=lambda ln: (ln.page, ln.top)):
        place = round(line.x0 / _HELP_ALIGN_PT)
        label = next((above[key] for key in ((line.page, place + d) for d in (0, -1, 1)) if key in above), None)
        if label is not None and (label.bold or id(label) in found) and helps(label, line, settings):
            found.add(id(line))
        above[(line.page, place)] = line
    return found


_HELP_ALIGN_PT, _HELP_SMALLER_PT = 2.0, 1.0


def side_heads(lines: list[Line], settings: Settings = DEFAULT) -> list[Line]:
    """Side-heads hung in the margin right of the text, as a book sets them in the outer
    margin of a right-hand page: a field's label beside its first line, in capitals or bold,
    a gutter apart from a line of running text that keeps to the text's edge. On the text's
    baselines they would end its lines; each is parted from its line as a line of its own,
    read before it, with the lines it wraps onto under it in the margin. (Left of the text
    they are read first as they stand.)"""
    left, right, size = _running_texts_edges(lines, settings)
    if math.isinf(right):
        return lines
    margin = [w for ln in lines for w in ln.words if w.x0 >= right]
    out: list[Line] = []
    heads: list[Line] = []
    for line in lines:
        k = next((i for i, w in enumerate(line.words) if w.x0 >= right), len(line.words))
        text, head = line.words[:k], line.words[k:]
        if head and not text and heads and _wraps_on(heads[-1], head, size):
            heads[-1].words.extend(head)
            continue
        if not _beside_running_text(text, head, (left, size), settings) or _heads_a_column(head, margin, size):
            out.append(line)
            continue
        out.append(Line(line.page, text, line.space, line.column))
        heads.append(Line(line.page, list(head), line.space, line.column, heads=line.top))
        out.append(heads[-1])
    return out


def _beside_running_text(text: list[Word], head: list[Word], frame: tuple[float, float], settings: Settings) -> bool:
    """Do the words past the text's edge head the line's text: set as a label, a gutter
    apart from plain words in the text's type that start at its left edge (or a list's
    indent), no gap among them as wide (a justified line's spaces may stretch past an em)?"""
    left, size = frame
    if not head or not text or not _a_side_head(head) or all(w.bold for w in text):
        return False
    apart = head[0].x0 - text[-1].x1
    return all(abs(w.size - size) <= 0.5 for w in text) and text[0].x0 <= left + _SIDE_HEAD_INDENT_EM * size \
        and apart >= settings.gutter_em * size and all(b.x0 - a.x1 < apart - 1 for a, b in zip(text, text[1:]))


def _heads_a_column(head: list[Word], margin: list[Word], size: float) -> bool:
    """Does a line in plain type start under the words in the margin, where they start: a
    column of notes or a letter's sender block (its name over its address), no side-head?"""
    return any(abs(w.x0 - head[0].x0) <= _HELP_ALIGN_PT and 0 < w.top - head[-1].bottom <= _SIDE_HEAD_COLUMN_EM * size
               and not _a_side_head([w]) for w in margin)


def _commonest_size(lines: list[Line]) -> float:
    """The size most of the lines' characters are set in: the text's (lines with words only)."""
    sizes: Counter[float] = Counter()
    for word in (w for ln in lines for w in ln.words):
        sizes[word.size] += len(word.text)
    return sizes.most_common(1)[0][0]


def _running_texts_edges(lines: list[Line], settings: Settings) -> tuple[float, float, float]:
    """The left and right edges of the page's running text in its own type (not a table's
    nor the notes' smaller type, which may reach further), and that type's size; edges at
    infinity where too few lines show them."""
    if not any(ln.words for ln in lines):
        return -math.inf, math.inf, 0.0
    size = _commonest_size(lines)
    running = [ln for ln in lines if running_text(ln.words) and all(w.size == size for w in ln.words)
               and not _a_gap_apart(ln.words, settings.gutter_em * size)]
    if len(running) < settings.text_column_lines:
        return -math.inf, math.inf, size
    return min(ln.x0 for ln in running), max(ln.x1 for ln in running), size


def _a_gap_apart(words: list[Word], gutter: float) -> bool:
    """Does a gap as wide as a gutter, and twice the line's usual one, part the words (a
    justified line stretches all its spaces alike)?"""
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    return bool(gaps) and max(gaps) >= max(gutter, 2 * median(gaps))


def _a_side_head(words: list[Word]) -> bool:
    """A few words, not figures, set apart as a label is: in capitals (small capitals too) or bold."""
    letters = "".join(ch for w in words for ch in w.text if ch.isalpha())
    return len(words) <= _SIDE_HEAD_WORDS and len(letters) >= 2 and not any(_VALUE.fullmatch(w.text) for w in words) \
        and (letters.isupper() or all(w.bold for w in words)) and not any(w.italic for w in words)


def _wraps_on(head: Line, words: list[Word], size: float) -> bool:
    """Do the words go on a side-head on the next line of the margin, where it starts, in its type?"""
    last = head.words[-1]
    return abs(words[0].x0 - head.x0) <= 2 and 0 <= words[0].top - last.bottom < size and _a_side_head(words) \
        and len(head.words) + len(words) <= _SIDE_HEAD_WORDS


_SIDE_HEAD_WORDS = 6
_SIDE_HEAD_COLUMN_EM = 1.5  # a line of a column in the margin stands this close under the one before
_SIDE_HEAD_INDENT_EM = 3  # the text beside a side-head starts at the text's edge, or a list's indent in


def margin_notes(lines: list[Line], settings: Settings = DEFAULT, rules: tuple[list[Rule], list[Rule]] = ([], []),
                 columns: Sequence[tuple[float, float, tuple[float, ...]]] = ()) -> tuple[list[Line], list[Line]]:
    """Notes set in the margin beside the text ("zie bijlage 2", a decision's number, a
    letter's sender column): clear of the edge the text keeps to, left or right, wide apart
    from the text on their baseline (a label, whose number may hang into the margin, or a
    line of a paragraph), which they would otherwise join, and in type smaller than it (plain
    on the left: a label column's labels are set bold or near the text's size); a table's row label has
    figures beside it; two pages' running headers side by side are one size.
    A note on a line of its own stays a line: nothing tells it from a wrapped row label or
    a running header. ``columns``: where the page sets its text in columns (see
    columns_and_panel). Returns (the lines without them, the notes)."""
    lines, remarks = _remarks(lines, rules, settings)
    body = [ln for ln in lines if len(ln.words) >= 3]
    if not body:
        return lines, remarks
    clear, right, size, top, bottom = _text_frame(body, settings, columns)
    apart = 2 * settings.gutter_em * size

    def smaller(note: list[Word], rest: list[Word]) -> bool:
        return _smaller_note(note, rest, settings)

    def display(note: list[Word], rest: list[Word]) -> bool:
        return _displayed_note(note, rest, settings)

    kept: list[Line] = []
    notes: list[Line] = []
    for line in lines:
        words = line.words
        # Apart by a gutter, or by less where the type changes (a display type beside the text,
        # a note past the right edge of ragged text; a pull quote in italic beside a label in
        # the quote's colour).
        gaps = [i for i in range(1, len(words)) if words[i].x0 - words[i - 1].x1 >= apart or (
                (words[i].x0 - words[i - 1].x1 >= apart / 2 or words[i].x0 >= right > words[i - 1].x1)
                and (words[i].tinted, words[i].italic) != (words[i - 1].tinted, words[i - 1].italic)
                and abs(words[i].size - words[i - 1].size) >= (1 - settings.margin_note_size_share) * size)]
        start, end = 0, len(words)
        if gaps and top <= line.top <= bottom:
            first, last = gaps[0], gaps[-1]
            if _note_on_the_left(words[:first], words[first:], clear, size, settings):
                notes.append(Line(line.page, words[:first], line.space))
                start = first
            inked = _other_ink(words[last:], words[start:last])
            past = _past_the_text(words[last], words[last - 1], inked, (clear, right), apart)
            # A run of amounts in about its label's type is a table's row going on; words in
            # the very type of those before them (smaller than the text) are its cells going on.
            column = past and inked and _in_a_column_of_notes(words[last:], lines, right, apart)
            worded = _worded(words[last:]) and not _row_going_on(words[last:], words[last - 1])
            if last > start and past and (column or worded) \
                    and not _in_the_type_of(words[last:], words[last - 1], size) \
                    and not _over_amounts(words[last:], line, lines, size) and not _text_right_of(words[last:], lines) and (
                    column or display(words[last:], words[start:last]) or (
                    smaller(words[last:], words[start:last])
                    and (inked or all(w.size <= settings.margin_note_size_share * size for w in words[last:])))):
                notes.append(Line(line.page, words[last:], line.space))
                end = last
        kept.append(line if (start, end) == (0, len(words)) else Line(line.page, words[start:end], line.space))
    return _with_their_lines(kept, notes + remarks, clear, right, size, settings)


def _note_on_the_left(note: list[Word], rest: list[Word], clear: float, size: float, settings: Settings) -> bool:
    """Are the words before a gap a note left of the text: left of its edge, in display
    type, quoted or smaller and plain (no row label before figures)? A pull quote in display
    type beside the text is one wherever the text's edge is found: a table wider than the
    text may start where the quote does."""
    pulled = _displayed_note(note, rest, settings) and not any(in_display_type(w, size, settings) for w in rest)
    # (a field's label in a column of small capitals is no note: "NAAM PROJECT")
    return (note[-1].x1 < clear or pulled) and not names_a_field(join_words(note)) and (
        _displayed_note(note, rest, settings) or _quoted(note, rest)
        or _smaller_note(note, rest, settings) and not any(w.bold for w in note)
        and not any(_FIGURE.search(w.text) for w in rest[1:]))


def _smaller_note(note: list[Word], rest: list[Word], settings: Settings) -> bool:
    return len(note) <= 8 and all(w.size <= settings.margin_note_size_share * max(r.size for r in rest) for w in note)


def _displayed_note(note: list[Word], rest: list[Word], settings: Settings) -> bool:
    largest = max(r.size for r in rest)
    return len(note) <= 8 and all(in_display_type(w, largest, settings) for w in note)


def _past_the_text(note: Word, before: Word, inked: bool, frame: tuple[float, float], apart: float) -> bool:
    """Does a note start past the text's right edge, or, where too few lines show it, set
    apart in other ink (which also tells it from a page whose text is mostly a table's
    smaller type)? Not in the first half of the text its line stands in: a field's value in
    other ink beside its key."""
    clear, right = frame
    in_its_first_half = before.x0 >= clear and note.x0 < (clear + right) / 2 < math.inf
    return note.x0 >= right or (note.x0 - before.x1 >= apart / 2 and inked and not in_its_first_half)


def _quoted(note: list[Word], text: list[Word]) -> bool:
    """A pull quote in the margin, in the text's size or about: italic, in another ink."""
    return len(note) <= _NOTE_WORDS and all(w.italic and w.tinted and not w.bold for w in note) and _other_ink(note, text)


_NOTE_WORDS = 8


def _in_a_column_of_notes(words: list[Word], lines: list[Line], right: float, apart: float) -> bool:
    """Do words in their type start where they do past the text's right edge, on lines of
    their own or set apart from the words before them, line after line: a column of them
    (a letter's sender column, notes whatever type the text beside them is set in, a
    table's)?"""
    first = words[0]
    # (where too few lines of text show its right edge, the gap before each word tells: a
    # column in other ink of words, not figures alone (a contents' page numbers), with no
    # label at its head in the ink of the lines beside it (a table's column of remarks))
    unbounded = math.isinf(right)
    if unbounded and not any(ch.isalpha() for w in words for ch in w.text):
        return False

    def starts_there(line: Line) -> bool:
        return any(abs(w.x0 - first.x0) <= 1 and (w.x0 >= right or unbounded) and (w.size, w.tinted) == (first.size, first.tinted)
                   and (not unbounded or w.italic == first.italic)
                   and (i == 0 or w.x0 - line.words[i - 1].x1 >= apart) for i, w in enumerate(line.words))
    column = [line for line in lines if starts_there(line)]
    if len(column) < _NOTES_IN_A_COLUMN or (unbounded and (_headed(column[0], first, lines) or not _close(column))):
        return False
    # A table's column of remarks has a cell on every row with amounts; notes stand level
    # with a row now and then.
    rows = [line for line in lines if column[0].top <= line.top <= column[-1].bottom
            and any(_AMOUNT.fullmatch(w.text) for w in line.words if w.x1 < first.x0)]
    return len(rows) < 2 or sum(line in column for line in rows) < _ON_EVERY_ROW * len(rows)


def _headed(top: Line, first: Word, lines: list[Line]) -> bool:
    """Does a word in other ink than the column's stand at its edge over its top line (a
    column's label over the first of its cells in the column's ink)?"""
    return any(abs(w.x0 - first.x0) <= _HEAD_EDGE_PT and (w.tinted, w.italic) != (first.tinted, first.italic)
               for line in lines if line.top < top.top for w in line.words)


_HEAD_EDGE_PT = 2


def _close(column: list[Line]) -> bool:
    """Do the lines stand as a block, a few blank lines between them at most (an address;
    not labels set far apart down a page, each over its text)?"""
    tops = sorted(line.top for line in column)
    return all(b - a <= (_NOTES_APART + 1) * column[0].size for a, b in zip(tops, tops[1:]))
_NOTES_IN_A_COLUMN = 3
_ON_EVERY_ROW = 2 / 3
_NOTES_APART = 3  # lines of their size between the notes of a column in the margin, at most


def _over_amounts(words: list[Word], line: Line, lines: list[Line], size: float) -> bool:
    """Do amounts stand right under the words, a line or two lower: the head of a table's
    column (shrunk to fit it), not a note beside the text (a sender's address and telephone
    number are figures, not amounts)? A nil in a row of amounts counts too, within an em of
    the words: set at its column's edge, it may stand clear of a label centred over it."""
    x0, x1, em = words[0].x0, words[-1].x1, words[0].size
    for below in lines:
        if 0 < below.top - line.bottom <= _NOTE_HEAD_REACH_EM * size:
            if any(w.x0 < x1 and x0 < w.x1 and is_sum_of_money(w.text) for w in below.words) or (
                    any(w.x0 < x1 + em and x0 - em < w.x1 and w.text in NIL_FORMS for w in below.words)
                    and sum(is_sum_of_money(w.text) for w in below.words) >= 2):
                return True
    return False


def _text_right_of(words: list[Word], lines: list[Line]) -> bool:
    """Do other words stand right of the words, or of the lines that start where they do,
    close over and under each other (a row label wrapped under its row, the row's values
    beside it)? They are then a table's cell or a column's text, no note in the margin:
    nothing stands right of a note but the note's own wider lines."""
    x0 = words[0].x0
    stack = sorted(((line, run) for line in lines for run in line.segments() if abs(run[0].x0 - x0) <= 2),
                   key=lambda item: item[0].top)
    at = next((i for i, (_, run) in enumerate(stack) if any(w in run for w in words)), None)
    if at is None:
        return False
    first = last = at
    while first > 0 and stack[first][0].top - stack[first - 1][0].bottom < stack[first][0].size:
        first -= 1
    while last + 1 < len(stack) and stack[last + 1][0].top - stack[last][0].bottom < stack[last][0].size:
        last += 1
    column = stack[first:last + 1]
    edge = max(run[-1].x1 for _, run in column)
    return any(w.x0 > edge + w.size for line, _ in column for w in line.words)


# How far under a line's words, in ems of the text, amounts make them a column's head.
_NOTE_HEAD_REACH_EM = 3.0


def _worded(words: list[Word]) -> bool:
    """A note says something in words; a sign alone ("€" whose amount wrapped under it, a
    dash for nil) is a cell's."""
    return any(ch.isalpha() for w in words for ch in w.text)


def _row_going_on(words: list[Word], before: Word) -> bool:
    """A row's amounts, after its label or without: two figures or more to the end, each with
    its unit ("4,2 mln.") in a column of its own (further apart than a telephone number's
    groups), in about the label's type (shrunk to fit a narrow column, no smaller)."""
    parts: list[list[Word]] = []
    for word in words:
        if parts and is_figure(parts[-1][-1].text) and _UNIT.fullmatch(word.text):
            parts[-1].append(word)
        else:
            parts.append([word])
    figures = next((i for i, part in enumerate(reversed(parts)) if not is_figure(part[0].text)), len(parts))
    label, cells = words[0] if figures < len(parts) else before, parts[len(parts) - figures:]
    return figures >= 2 and len(parts) - figures <= _LABEL_WORDS \
        and all(w.size >= _ROW_TYPE_SHARE * label.size for cell in cells for w in cell) \
        and all(b[0].x0 - a[-1].x1 >= _CELL_GAP_EM * b[0].size for a, b in zip(cells, cells[1:]))


def _in_the_type_of(words: list[Word], before: Word, text_size: float) -> bool:
    """Are the words in the very type of the word before them, a type smaller than the text's?"""
    return before.size < text_size and all(
        (w.size, w.bold, w.italic, w.tinted) == (before.size, before.bold, before.italic, before.tinted) for w in words)


_ROW_TYPE_SHARE = 0.7  # a cell's type shrunk to fit its column, no smaller
_LABEL_WORDS = 4
_CELL_GAP_EM = 0.5  # twice a word space: a narrow table's columns are no further apart
_UNIT = re.compile(UNIT, re.IGNORECASE)


def _remarks(lines: list[Line], rules: tuple[list[Rule], list[Rule]], settings: Settings) -> tuple[list[Line], list[Line]]:
    """Remarks beside the text, however close to it: a few plain words in a box drawn round
    them, in a smaller type and another colour than the text's, wholly left or right of all
    else the page holds (a reviewer's comments, flattened into the page). Returns (the lines
    without them, them)."""
    if not any(w.tinted and not w.bold for ln in lines for w in ln.words):
        return lines, []
    size = _commonest_size(lines)

    def typed(word: Word) -> bool:
        return word.tinted and not word.bold and word.size < size - settings.other_type_pt

    others = [w for ln in lines for w in ln.words if not typed(w)]
    if not others:
        return lines, []
    left = min(w.x0 for w in others) - 0.25 * size
    right = max(w.x1 for w in others) + 0.25 * size

    def remark(words: list[Word], rest: list[Word]) -> bool:
        return 0 < len(words) <= 8 and not (rest and all(w.tinted for w in rest)) and all(typed(w) for w in words) \
            and _boxed(words, rules, size)

    kept: list[Line] = []
    remarks: list[Line] = []
    for line in lines:
        words = line.words
        start = next((i for i, w in enumerate(words) if w.x1 > left), len(words))
        end = max(start, next((i for i, w in enumerate(words) if w.x0 >= right), len(words)))
        start = start if remark(words[:start], words[start:end]) else 0
        end = end if remark(words[end:], words[start:end]) else len(words)
        remarks += [Line(line.page, part, line.space) for part in (words[:start], words[end:]) if part]
        if end > start:
            kept.append(line if (start, end) == (0, len(words)) else Line(line.page, words[start:end], line.space))
    return kept, remarks


def _boxed(words: list[Word], rules: tuple[list[Rule], list[Rule]], size: float) -> bool:
    """Are the words inside a box drawn close round them (the box may hold more lines)?"""
    x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
    top, bottom = min(w.top for w in words), max(w.bottom for w in words)
    hrules, vrules = rules
    reach = 4 * size  # a box of a few lines

    def across(r: Rule) -> bool:
        return r.x0 <= x0 + 1 and r.x1 >= x1 - 1 and r.x1 - r.x0 < reach * 4  # a margin's width, not a table's

    def along(r: Rule) -> bool:
        return r.top <= top + 1 and r.bottom >= bottom - 1 and r.bottom - r.top < bottom - top + 2 * reach

    return any(across(r) and top - reach <= r.top <= top for r in hrules) \
        and any(across(r) and bottom <= r.top <= bottom + reach for r in hrules) \
        and any(along(r) and x1 - 4 * reach <= r.x0 <= x0 for r in vrules) \
        and any(along(r) and x1 <= r.x0 <= x0 + 4 * reach for r in vrules)


def picture_captions(lines: list[Line], pictures: list[Box],
                     settings: Settings = DEFAULT) -> tuple[list[Line], list[Line]]:
    """The lines right under a picture and within its width, in a smaller type than the
    text's or set apart in italics or another ink: its caption ("... Foto: Jan Jansen"), no
    part of the text around it, however the text wraps beside the picture. Returns (the lines
    without them, them)."""
    if not pictures or not lines:
        return lines, []
    size = median(ln.size for ln in lines)
    captions: list[Line] = []
    for x0, _, x1, bottom in (p for p in pictures if p[2] - p[0] >= 4 * size and p[3] - p[1] >= 3 * size):
        lines, found = _caption_under(lines, (x0, bottom, x1), size, settings)
        captions += found
    return lines, captions


def chart_text(lines: list[Line], drawings: list[Box], fills: list[Fill],
               settings: Settings = DEFAULT) -> tuple[list[Line], list[Line]]:
    """The words a chart sets round its drawing (a pie's "Rijk 25%": a few words, apart from
    any text beside them) and its legend (entries each after a swatch of colour, two colours
    at least, and the legend's title right over them): no part of the text. Returns (the
    lines without them, them)."""
    if not lines or not (drawings or fills):
        return lines, []
    size = median(ln.size for ln in lines)
    swatches = [f for f in fills if 0.4 * size <= f.x1 - f.x0 <= 1.5 * size and 0.4 * size <= f.bottom - f.top <= 1.5 * size
                and abs((f.x1 - f.x0) - (f.bottom - f.top)) <= 0.2 * size]
    if not drawings and len(swatches) < 2:
        return lines, []
    # A chart labels its shapes about as far out as the shapes are large, with their shares or amounts.
    reach = [(x0 - (x1 - x0), top - _CHART_REACH * (bottom - top), x1 + (x1 - x0), bottom + _CHART_REACH * (bottom - top))
             for x0, top, x1, bottom in drawings]
    runs_of = {id(line): line.segments(gap=_APART_EM * size) for line in lines}
    parts = [(line, run) for line in lines for run in runs_of[id(line)]]
    chart = {id(run) for _, run in parts if len(run) <= _LABEL_WORDS
             and any(w.text.endswith("%") or _AMOUNT.fullmatch(w.text) for w in run) and all(
        any(x0 <= w.x0 and w.x1 <= x1 and top <= w.top and w.bottom <= bottom for x0, top, x1, bottom in reach) for w in run)}
    chart |= _legend(parts, swatches, size)
    if not chart:
        return lines, []
    kept: list[Line] = []
    taken: list[Line] = []
    for line in lines:
        runs = runs_of[id(line)]
        if not any(id(run) in chart for run in runs):
            kept.append(line)
            continue
        ours = [w for run in runs if id(run) in chart for w in run]
        rest = [w for run in runs if id(run) not in chart for w in run]
        taken.append(Line(line.page, ours, line.space))
        if rest:
            kept.append(Line(line.page, rest, line.space))
    return kept, taken


_CHART_REACH = 0.3  # how far above or below its drawing, for its height, a chart sets its labels
_APART_EM = 2.0


def _legend(parts: list[tuple[Line, list[Word]]], swatches: list[Fill], size: float) -> set[int]:
    """ids of the runs of words that each follow a small square of colour (a swatch), two
    colours at least among them (a list's square bullets are all one colour), and the title
    right over the first of them."""
    if len(swatches) < 2:
        return set()
    opened: dict[int, Fill] = {}
    for _, run in parts:
        first = run[0]
        swatch = next((f for f in swatches
                       if 0 <= first.x0 - f.x1 <= 1.5 * size and f.top < first.bottom and first.top < f.bottom), None)
        if swatch is not None:
            opened[id(run)] = swatch
    # A legend's swatches stand in a column of their own, one under the other.
    columns: dict[int, list[int]] = defaultdict(list)
    for run_id, swatch in opened.items():
        columns[round(swatch.x0)].append(run_id)
    entries = {run_id: opened[run_id] for ids in columns.values() if len({opened[i].shade for i in ids}) >= 2 for run_id in ids}
    if not entries:
        return set()
    found = set(entries)
    for _, run in parts:  # an entry's amount or share set right in the legend
        if id(run) not in entries and is_figure(join_words(run)) and any(
                id(other) in entries and other[-1].x1 < run[0].x0 and abs(other[0].top - run[0].top) < 0.5 * size
                for _, other in parts):
            found.add(id(run))
    runs = [run for _, run in parts if id(run) in entries]
    left = min(f.x0 for f in entries.values())
    top_entry = min(runs, key=lambda run: min(w.top for w in run))
    top = min(w.top for w in top_entry)
    title = next((run for _, run in parts if 0 <= top - max(w.bottom for w in run) <= size
                  and run[0].x0 >= left - size and len(run) <= _LABEL_WORDS + 1), None)
    if title is not None:
        found.add(id(title))
    return found


def _caption_under(lines: list[Line], under: tuple[float, float, float], size: float,
                   settings: Settings) -> tuple[list[Line], list[Line]]:
    x0, y, x1 = under
    parted: dict[int, tuple[list[Word], list[Word]]] = {}
    for line in sorted(lines, key=lambda ln: ln.top):
        if len(parted) == 4 or line.top - y > 1.5 * line.size:
            break
        inside = [w for w in line.words if x0 - 2 <= w.x0 and w.x1 <= x1 + 2]
        rest = [w for w in line.words if not (x0 - 2 <= w.x0 and w.x1 <= x1 + 2)]
        # Set apart from the picture's neighbours: the text beside it may share the line.
        caption_type = bool(inside) and all(w.size < size - settings.other_type_pt or w.italic or w.tinted for w in inside)
        if caption_type and min(w.top for w in inside) >= y - 1 and all(w.x1 < x0 - 0.5 * size or w.x0 > x1 + 0.5 * size
                                                                         for w in rest):
            parted[id(line)] = (inside, rest)
            y = max(w.bottom for w in inside)
    kept: list[Line] = []
    found: list[Line] = []
    for line in lines:
        if id(line) not in parted:
            kept.append(line)
            continue
        inside, rest = parted[id(line)]
        found.append(Line(line.page, inside, line.space))
        if rest:
            kept.append(Line(line.page, rest, line.space))
    return kept, found


def in_display_type(word: Word, text_size: float, settings: Settings = DEFAULT) -> bool:
    """Set larger than the text and in another colour, not bold: a pull quote's type,
    decoration whose words are the text's."""
    return word.size >= text_size / settings.margin_note_size_share and word.tinted and not word.bold


def _text_frame(body: list[Line], settings: Settings, columns: Sequence[tuple[float, float, tuple[float, ...]]] = ()
                ) -> tuple[float, float, float, float, float]:
    """Where the text keeps to: the margin left of it (clear), the text's right edge, its
    size, its top and bottom. Too few lines show no edges: only notes in other ink are
    then told apart."""
    if len(body) < settings.text_column_lines:
        return -math.inf, math.inf, median(ln.size for ln in body), -math.inf, math.inf
    # The text's left edge: the leftmost place many lines start at in the text's type (on a
    # sheet of two pages, the left page's).
    # (its type is its running text's: a table may hold more words, in a smaller type)
    prose = [ln for ln in body if running_text(ln.words)]
    sizes = Counter(w.size for ln in (prose if len(prose) >= _PROSE_LINES else body) for w in ln.words)
    main = sizes.most_common(1)[0][0]
    starts = Counter(round(next((w.x0 for w in ln.words if w.size == main), ln.x0)) for ln in body)
    edge = min(x for x, n in starts.items() if n >= max(3, 0.2 * len(body)) or n == max(starts.values()))
    text = [ln for ln in body if any(w.x0 >= edge - 1 for w in ln.words)]
    # (the size of its running text: a table, or notes in the margin, may hold as many lines)
    size = median(ln.size for ln in [ln for ln in text if running_text(ln.words)] or text)
    apart = 2 * settings.gutter_em * size
    # The right edge: where the lines of running text (from the left edge, or from a gutter
    # the page's columns part at, with no wide gap in them) end. (The next column may hold
    # too few lines of running text to show as text of its own, a table taking the rest.)
    gutters = [m for _, _, middles in columns for m in middles if m > edge]
    running = [ln for ln in text if (ln.x0 <= edge + 2 * size or any(ln.x0 > m for m in gutters))
               and all(b.x0 - a.x1 < apart for a, b in zip(ln.words, ln.words[1:]))]
    whole = [ln.x1 for ln in running]
    right = max(whole) + settings.gutter_em * size if len(whole) >= 3 and not _text_beyond(body, max(whole), size, settings) \
        else math.inf
    return edge - settings.gutter_em * size, right, size, min(ln.top for ln in text), max(ln.bottom for ln in text)


def _text_beyond(body: list[Line], x: float, size: float, settings: Settings) -> bool:
    """Does running text in the text's type go on right of ``x``, line after line: a second
    column of text, whose edge is the page's, not a margin?"""
    beyond = [[w for w in ln.words if w.x0 > x] for ln in body]
    return sum(running_text(words) and abs(median(w.size for w in words) - size) < settings.other_type_pt
               for words in beyond if words) >= _LINES_BEYOND


_LINES_BEYOND = 3  # lines of text in the text's own type: no note is set so
_PROSE_LINES = 3  # lines of running text that tell the text's type


def _other_ink(note: list[Word], text: list[Word]) -> bool:
    """Grey or italic type beside plain text: a note, not the line's own words (nor a
    heading in capitals of a column beside them)."""
    capitals = join_words(note)
    return all(w.tinted or w.italic for w in note) and not any(w.tinted or w.italic for w in text) \
        and not (capitals.isupper() and sum(map(str.isalpha, capitals)) > 1)  # (a telephone's "T 088 ..." is none)


def _with_their_lines(lines: list[Line], notes: list[Line], clear: float, right: float, text_size: float,
                      settings: Settings) -> tuple[list[Line], list[Line]]:
    """The lines of their own in the margin that go on a note found beside the text, close
    above or below it in its type (the first or last line of a note that wraps, or, starting
    where it does, of the next note in a column of them: a sender's address, then a blank
    line, then the telephone), and those in a display type of another colour (a pull quote:
    decoration, its words the text's)."""
    kept: list[Line] = []
    for line in lines:
        if _goes_on_a_note(line, notes, clear, right, text_size, settings):
            notes.append(line)
        else:
            kept.append(line)
    # (a column's notes may go on upwards too: the lines over the first beside the text)
    while taken := [line for line in kept if _goes_on_a_note(line, notes, clear, right, text_size, settings)]:
        notes += taken
        kept = [line for line in kept if all(line is not t for t in taken)]
    return kept, notes


def _goes_on_a_note(line: Line, notes: list[Line], clear: float, right: float, text_size: float,
                    settings: Settings) -> bool:
    outside = line.x1 < clear or line.x0 >= right
    if outside and all(in_display_type(w, text_size, settings) for w in line.words):
        return True
    # Outside the text, or starting where the note does (where the page shows no edges).
    return any(abs(line.size - note.size) < 0.5 and line.tinted == note.tinted and line.bold == note.bold
               and (outside and (line.x1 < clear) == (note.x1 < clear)
                    or abs(line.x0 - note.x0) < 2 and len(line.segments()) == 1)
               and -line.size < max(note.top - line.bottom, line.top - note.bottom)
               < (_NOTES_APART if outside and abs(line.x0 - note.x0) < 2 else 1) * line.size
               for note in notes)


_FIGURE = re.compile(r"\d")
_VALUE = re.compile(rf"(?:€\s?)?[-–][*¹²³]*|€|mln\.?|miljoen|[-(]?(?:€\s?)?\d[\d.,{GROUP_SPACES}]*%?[)*¹²³]*")  # a cell's words
# An amount as tables write them: "2.000.000", "6,6", "€ 500", "1 650 000", not a year or a list's "3.".
_AMOUNT = re.compile(rf"[-(]?(?:\d{{1,3}}(?:[.,{GROUP_SPACES}]\d+)+|€\s?\d[\d.,{GROUP_SPACES}]*)[)*¹²³]*")


# Characters a text file draws a table with: bars, and runs of dashes or equals signs with
# their corners ("+-----+").
_BARS = frozenset("|│┃║")
_CORNERS = frozenset("+┼┬┴├┤┌┐└┘╋╬╠╣╦╩╔╗╚╝")
_TYPED_BORDER = re.compile(r"[-=─━═+┼┬┴├┤┌┐└┘╋╬╠╣╦╩╔╗╚╝]{3,}")


def rules_typed_in_characters(words: list[Word]) -> tuple[list[Word], list[Rule], list[Rule]]:
    """A table drawn in characters, as a text file prints it, has the rules they draw: a bar
    is a piece of vertical rule, a run of dashes or equals signs a horizontal one, each corner
    in it a piece of the vertical rule through it; the pieces of one line and the next, a
    line's leading apart, are one rule. A bar with no piece above or below it is a word
    ("Techniek als motor | Leonardo"). A run alone under a line of text, about as long,
    underlines it (a text file's heading): its rule is drawn at the foot of that text.
    Returns (the words without them, the rules, those of them that underline)."""
    if not any(w.text in _BARS or _TYPED_BORDER.fullmatch(w.text) for w in words):
        return words, [], []
    horizontal: list[Rule] = []
    underlines: list[Rule] = []
    pieces: list[tuple[float, float, float, float, Word | None]] = []  # x, top, bottom, type size, the bar
    for word in words:
        if word.text in _BARS:
            pieces.append(((word.x0 + word.x1) / 2, word.top, word.bottom, word.size, word))
        elif _TYPED_BORDER.fullmatch(word.text):
            rule, corners, underlining = _typed_border(word, words)
            (underlines if underlining else horizontal).append(rule)
            pieces += [(x, word.top, word.bottom, word.size, None) for x in corners]
    verticals, alone = _joined_down(pieces)
    kept = [w for w in words if id(w) in alone or not (w.text in _BARS or _TYPED_BORDER.fullmatch(w.text))]
    return kept, horizontal + underlines + verticals, underlines


def _typed_border(border: Word, words: list[Word]) -> tuple[Rule, list[float], bool]:
    pitch = (border.x1 - border.x0) / len(border.text)  # the characters of a text file are all one width
    corners = [border.x0 + (i + 0.5) * pitch for i, ch in enumerate(border.text) if ch in _CORNERS]
    y = (border.top + border.bottom) / 2
    if not corners:
        over = [w for w in words if w.bottom <= border.top + 0.2 * border.size
                and border.top - w.bottom < 0.6 * border.size and w.x1 > border.x0 and w.x0 < border.x1]
        beside = any(abs(w.bottom - border.bottom) < 0.3 * border.size and w is not border
                     and (w.x1 <= border.x0 or w.x0 >= border.x1) for w in words)
        if over and not beside and abs(min(w.x0 for w in over) - border.x0) <= pitch \
                and abs(max(w.x1 for w in over) - border.x1) <= 3 * pitch:
            y = max(w.bottom for w in over)
            return Rule(border.x0, y, border.x1, y), [], True
    return Rule(border.x0, y, border.x1, y), corners, False


def _joined_down(pieces: list[tuple[float, float, float, float, Word | None]]) -> tuple[list[Rule], set[int]]:
    """The vertical rules the pieces make, and the bars that stand alone (by id)."""
    runs: list[list[tuple[float, float, float, float, Word | None]]] = []
    for piece in sorted(pieces, key=lambda p: (round(p[0]), p[1])):
        last = runs[-1][-1] if runs else None
        if last is not None and round(last[0]) == round(piece[0]) and piece[1] - last[2] <= 0.6 * piece[3]:
            runs[-1].append(piece)
        else:
            runs.append([piece])
    alone = {id(run[0][4]) for run in runs if len(run) == 1 and run[0][4] is not None}
    return [Rule(run[0][0], run[0][1], run[0][0], max(p[2] for p in run)) for run in runs if len(run) > 1 or run[0][4] is None], \
        alone


def without_word_boxes(hrules: list[Rule], vrules: list[Rule], words: Sequence[Word]) -> tuple[list[Rule], list[Rule]]:
    """The rules but those of a box drawn close round a word or a few on one line, or round
    nothing (a redaction's frame with its legal ground in it, a form's input field, a tag):
    it parts no cells of a table it stands in. Boxes that line up with others in a row or a
    column are a table drawn cell by cell, and stay."""
    if not words or len(vrules) < 2:
        return hrules, vrules
    size = median(w.size for w in words)
    short = [v for v in vrules if v.bottom - v.top <= _WORD_BOX_LINES * size]
    boxes: list[tuple[Rule, Rule, Rule, Rule]] = []
    for left in short:
        for right in short:
            if not (left.x0 + 2 < right.x0 <= left.x0 + _WORD_BOX_EMS * size
                    and abs(right.top - left.top) <= _CORNER_PT and abs(right.bottom - left.bottom) <= _CORNER_PT):
                continue
            top, bottom = (next((h for h in hrules if abs(h.top - y) <= _CORNER_PT and abs(h.x0 - left.x0) <= _CORNER_PT
                                 and abs(h.x1 - right.x0) <= _CORNER_PT), None) for y in (left.top, left.bottom))
            if top is not None and bottom is not None:
                boxes.append((left, right, top, bottom))
    drop: set[int] = set()
    for box in boxes:
        left, right = box[0], box[1]
        inside = [w for w in words if left.x0 < (w.x0 + w.x1) / 2 < right.x0 and left.top < (w.top + w.bottom) / 2 < left.bottom]
        lined_up = any(other is not box and ((abs(other[0].top - left.top) <= 2 and abs(other[0].bottom - left.bottom) <= 2)
                                             or (abs(other[0].x0 - left.x0) <= 2 and abs(other[1].x0 - right.x0) <= 2))
                       for other in boxes)
        if not lined_up and (not inside or max(w.top for w in inside) - min(w.top for w in inside) < 0.5 * size):
            drop.update(map(id, box))
    return [r for r in hrules if id(r) not in drop], [r for r in vrules if id(r) not in drop]


_WORD_BOX_LINES = 2.5  # a box round a word is no taller than this many ems of the text
_WORD_BOX_EMS = 20  # ... nor wider
_CORNER_PT = 1.5  # a box's sides meet within this


def rules_between_tiles(fills: list[Fill], hrules: list[Rule], vrules: list[Rule], words: Sequence[Word] = ()) -> list[Rule]:
    """A table drawn as tiles, every cell its own filled box with a narrow white gap to the
    next (a design tool's table), has the rules its gaps draw: one down the middle of each
    gap, and one along each outer edge of the tiles. The shade of a grid's cell is no tile:
    the gap between a form's label cells and the header of a table nested beside them is a
    cell's padding, no rule. Nor is a shade behind a line of ``words`` as wide as the line
    (a form's typed answers): a tile pads its cell."""
    visible = [f for f in fills if 0.05 < f.shade < 0.97 and f.x1 - f.x0 > 4 and 4 < f.bottom - f.top < 120]
    if len(visible) > _MOST_TILES:
        return []
    visible = [f for f in visible if not shades_a_grid_cell(f, hrules, vrules) and not _behind_its_line(f, words)]
    # A fill inside another (a text's own background in its cell) is no tile of its own.
    tiles = [f for f in visible if not any(o is not f and _within(f, o) for o in visible)]
    rows, columns = _Neighbours(tiles, along_x=True), _Neighbours(tiles, along_x=False)
    reach = _TILE_GAP[1]  # far enough to meet the rule of the next row or column across the gap
    rules: list[Rule] = []
    for tile in tiles:
        right, left = rows.after(tile), rows.before(tile)
        under, over = columns.after(tile), columns.before(tile)
        if not (right or under or left or over):
            continue
        gaps = [(tile.x1 + o.x0) / 2 for o in right]
        if not (under or over or any(columns.after(o) or columns.before(o) for o in (*right, *left))):
            # Tiles side by side with none above or below them: bands behind the columns of a
            # table whose rows nothing draws (its row labels may stand on no band at all). The
            # gaps part its columns; no edge of a band is the table's.
            rules += [Rule(x, tile.top - reach, x, tile.bottom + reach) for x in gaps]
            continue
        rules += [Rule(x, tile.top - reach, x, tile.bottom + reach) for x in
                  [*gaps, *([tile.x0] if not left else []), *([tile.x1] if not right else [])]]
        rules += [Rule(tile.x0 - reach, y, tile.x1 + reach, y) for y in
                  [*((tile.bottom + o.top) / 2 for o in under), *([tile.top] if not over else []),
                   *([tile.bottom] if not under else [])]]
    return rules


def _behind_its_line(fill: Fill, words: Sequence[Word]) -> bool:
    """Is the fill a shade drawn round the words of one line, edge to edge?"""
    inside = [w for w in words if fill.x0 - 1 <= w.x0 and w.x1 <= fill.x1 + 1
              and fill.top - 1 <= w.top and w.bottom <= fill.bottom + 1]
    return bool(inside) and min(w.x0 for w in inside) - fill.x0 < _SHADE_HUG_PT \
        and fill.x1 - max(w.x1 for w in inside) < _SHADE_HUG_PT


_SHADE_HUG_PT = 2.0  # a shade behind a line reaches this far past its words at most; a tile pads its text
_TILE_GAP = (0.3, 6.0)  # points of white between two tiles
_TILE_EDGE = 1.5  # points two tiles of one column may differ in their edges
_MOST_TILES = 600  # more fills than a table of tiles has: a drawing, not read for tiles


class _Neighbours:
    """The tiles next to a tile across a narrow gap in one row (``along_x``) or one column."""

    def __init__(self, tiles: list[Fill], along_x: bool):
        self.along_x = along_x
        self.by_start = sorted(tiles, key=self._start)
        self.starts = [self._start(t) for t in self.by_start]
        self.by_end = sorted(tiles, key=self._end)
        self.ends = [self._end(t) for t in self.by_end]

    def _start(self, tile: Fill) -> float:
        return tile.x0 if self.along_x else tile.top

    def _end(self, tile: Fill) -> float:
        return tile.x1 if self.along_x else tile.bottom

    def _lined_up(self, a: Fill, b: Fill) -> bool:
        """One row's tiles share most of their height; one column's share both edges (bars of
        different lengths behind a column's amounts, each from the cell's edge, are no tiles)."""
        if self.along_x:
            return _shared(a.top, a.bottom, b.top, b.bottom)
        return abs(a.x0 - b.x0) <= _TILE_EDGE and abs(a.x1 - b.x1) <= _TILE_EDGE

    def after(self, tile: Fill) -> list[Fill]:
        end = self._end(tile)
        found = self.by_start[bisect_right(self.starts, end + _TILE_GAP[0]):bisect_right(self.starts, end + _TILE_GAP[1])]
        return [o for o in found if self._lined_up(tile, o)]

    def before(self, tile: Fill) -> list[Fill]:
        start = self._start(tile)
        found = self.by_end[bisect_left(self.ends, start - _TILE_GAP[1]):bisect_left(self.ends, start - _TILE_GAP[0])]
        return [o for o in found if self._lined_up(tile, o)]


def shades_a_grid_cell(fill: Fill, hrules: list[Rule], vrules: list[Rule], slack: float = 2.0) -> bool:
    """A shaded cell or column of a grid (a form's label cells) has a side on a rule that
    runs on past it to the cells above or below, or the rules between its rows run across
    it and on into the next column; a bordered box's rules end at its corners, and so do a
    table's whose every cell is a filled box drawn round with rules."""
    beyond = 3 * slack
    side = any(abs(rule.x0 - x) <= slack and rule.top <= fill.top + slack and fill.bottom - slack <= rule.bottom
               and (rule.top < fill.top - beyond or rule.bottom > fill.bottom + beyond)
               for rule in vrules for x in (fill.x0, fill.x1))
    return side or any(fill.top + slack < rule.top < fill.bottom - slack and rule.x0 <= fill.x0 + slack
                       and fill.x1 - slack <= rule.x1 and (rule.x0 < fill.x0 - beyond or rule.x1 > fill.x1 + beyond)
                       for rule in hrules)


def _within(inner: Fill, outer: Fill, slack: float = 0.5) -> bool:
    return outer.x0 - slack <= inner.x0 and inner.x1 <= outer.x1 + slack and outer.top - slack <= inner.top \
        and inner.bottom <= outer.bottom + slack


def _shared(a0: float, a1: float, b0: float, b1: float) -> bool:
    """Do two spans share most of the shorter one (one row's tiles, one column's)?"""
    return min(a1, b1) - max(a0, b0) >= 0.8 * min(a1 - a0, b1 - b0)


def without_line_numbers(words: list[Word]) -> list[Word]:
    """A draft's line numbers (Word's "regelnummers"), or a spreadsheet's row numbers printed
    with its headings: whole numbers set flush right or centred in a column of their own left
    of everything else on the page, counting up down the page by one step (every line, or
    every fifth), and the column letters over them ("A B C ..."), which tell a sheet's few
    rows on a page. They are no content. A table's column of numbers is none of them: the
    text beside the table starts where they do."""
    numbers = [w for w in words if w.text.isascii() and w.text.isdigit() and len(w.text) <= 4]
    if len(numbers) < _HEADED_ROWS:
        return words
    letters = _column_letters(words)
    if letters:
        numbers = [w for w in numbers if w.top >= max(letter.bottom for letter in letters)]
    least = _HEADED_ROWS if letters else _NUMBERED_LINES
    if len(numbers) < least:
        return words
    by_edge: dict[int, list[Word]] = defaultdict(list)
    by_middle: dict[int, list[Word]] = defaultdict(list)
    for word in numbers:
        by_edge[round(word.x1)].append(word)
        by_middle[round((word.x0 + word.x1) / 2)].append(word)
    longest = max([*by_edge.values(), *by_middle.values()], key=len)
    column = sorted(longest, key=lambda w: w.top)
    steps = [int(b.text) - int(a.text) for a, b in zip(column, column[1:])]
    if len(column) < least or not steps or Counter(steps).most_common(1)[0][1] < 0.8 * len(steps) or min(steps) <= 0:
        return words
    edge = max(w.x1 for w in column)
    numbering = {id(w) for w in [*column, *letters]}
    if any(w.x0 < edge + 0.3 * w.size for w in words if id(w) not in numbering):
        return words
    return [w for w in words if id(w) not in numbering]


_NUMBERED_LINES = 5  # a draft's numbers, on a page at least
_HEADED_ROWS = 2  # a sheet's numbered rows under its column letters


def _column_letters(words: list[Word]) -> list[Word]:
    """A spreadsheet's column letters: a line of nothing but capitals one apart in the
    alphabet, left to right ("A B C D")."""
    tops = {round(w.top) for w in words if len(w.text) == 1 and "A" <= w.text <= "Z"}
    by_line: dict[int, list[Word]] = defaultdict(list)
    for word in words:
        if round(word.top) in tops:
            by_line[round(word.top)].append(word)
    for line in by_line.values():
        letters = [w.text for w in sorted(line, key=lambda w: w.x0)]
        if len(letters) >= 3 and all(len(t) == 1 and "A" <= t <= "Z" for t in letters) \
                and all(ord(b) - ord(a) == 1 for a, b in zip(letters, letters[1:])):
            return line
    return []


def without_sort_controls(words: list[Word]) -> list[Word]:
    """A web table printed with its sort controls: a small triangle pointing up over one
    pointing down at each header label's side (a pair, as every sortable column shows one).
    They are no part of the labels, nor columns of their own."""
    ups = [w for w in words if w.text in _SORT_UP]
    if not ups:
        return words
    downs = [w for w in words if w.text in _SORT_DOWN]
    controls = {id(w) for up in ups for down in downs
                if abs(up.x0 - down.x0) < 0.2 * up.size and 0 < down.top - up.top < 2.5 * up.size
                for w in (up, down)}
    return [w for w in words if id(w) not in controls]


_SORT_UP = frozenset("▲△▴▵↑⬆")
_SORT_DOWN = frozenset("▼▽▾▿↓⬇")


def without_table_controls(lines: list[Line]) -> list[Line]:
    """A web table printed with its controls: how many rows to show and a search box over it
    ("Toon 10 rijen   Zoeken:"), which rows it shows and the pager under it ("Toont 1 tot 3
    van 3 rijen   Vorige 1 Volgende"); an online form printed step by step, with the buttons
    under each step ("‹ Vorige   Volgende ›", "Opslaan als concept   Indienen"): two of them,
    or one with its arrow. They are neither text nor rows."""
    return [ln for ln in lines if not any(pattern.match(ln.text) for pattern in _TABLE_CONTROLS) and not _buttons(ln.text)]


def _buttons(text: str) -> bool:
    found = _BUTTON.findall(text)
    return bool(found) and _BUTTON.sub("", text).strip() == "" and (len(found) >= 2 or bool(_ARROWS.search(text)))


_BUTTON = re.compile(r"(?i)(?:[‹«←]\s*)?(?:vorige|terug|previous|back)\b|\b(?:volgende|verder|next)(?:\s*[›»→])?"
                     r"|\b(?:opslaan(?:\s+als\s+concept)?|indienen|annuleren|verzenden|save(?:\s+as\s+draft)?|submit|cancel)\b")
_ARROWS = re.compile(r"[‹«←›»→]")
_ROWS = r"(?:rijen|regels|resultaten|items|records|entries|rows)"
_TABLE_CONTROLS = (
    re.compile(rf"(?i)(?:toon|tonen|show)\s+\d+\s+{_ROWS}(?:\s+(?:zoeken|search|filter)\s*:?)?$"),
    re.compile(rf"(?i)(?:toont|tonen|showing|resultaten|regels)\s+\d+\s+(?:tot|to|-|–)\s+\d+\s+(?:van|of)\s+\d+\s+{_ROWS}"
               r"(?:\s+(?:vorige|previous|eerste|first)(?:\s+\d+)*\s+(?:volgende|next|laatste|last))?$"),
)


def without_markup_balloons(words: list[Word], fills: Sequence[Fill], hrules: list[Rule], page: int,
                            settings: Settings) -> tuple[list[Word], list[Rule], list[Line]]:
    """A document printed with its markup (Word's "Print Markup") sets its reviewers' comments
    and its tracked formatting in balloons beside the text: "Commented [AB1]: ...",
    "Opmerking [JdV2]: ...", "Formatted: Font: Bold". Such a balloon is no text of the
    document: the words of a filled box whose first line opens with the markup's own words
    (level with a line of the text, however close), or, where no box holds it, that line and
    those that go on under it in its type and at its left edge. Nor is the line drawn from a
    commented word to its balloon, under the text and out past its edge, a rule of the page
    (through a table's row it would part the row). The words left, the rules left, and the
    balloons' lines."""
    if not any(w.text in _MARKUP_WORDS for w in words):
        return words, hrules, []
    balloons: list[Line] = []
    for box in fills:
        inside = [w for w in words if PageLayout.within(w, box)]
        lines = build_lines(inside, page, settings) if inside else []
        if lines and len(lines) <= _BALLOON_LINES and opens_a_balloon(min(lines, key=lambda ln: ln.top).text):
            balloons += lines
    taken = {id(w) for ln in balloons for w in ln.words}
    lines = build_lines([w for w in words if id(w) not in taken], page, settings)
    for line in lines:
        if not opens_a_balloon(line.text) or any(line is b for b in balloons):
            continue
        balloons.append(line)
        for below in sorted((ln for ln in lines if ln.top > line.top), key=lambda ln: ln.top):
            last = balloons[-1]
            if abs(below.x0 - line.x0) > 1 or abs(below.size - line.size) > 0.5 or below.top - last.bottom > 0.5 * line.size:
                break
            balloons.append(below)
    taken = {id(w) for ln in balloons for w in ln.words}
    text = [w for w in words if id(w) not in taken]
    edge = max((w.x1 for w in text if w.x1 <= min(b.x0 for b in balloons)), default=None) if balloons else None
    if edge is None:  # (no balloon, or none beside the text's right)
        return text, hrules, balloons

    def connector(r: Rule) -> bool:
        under = any(w.top < r.top < w.bottom + 1 and r.x0 - 1 <= w.x1 and w.x0 < r.x1 for w in text)
        return r.x1 > edge + _CONNECTOR_PAST_PT or (under and r.x1 > edge - _CONNECTOR_PAST_PT)
    return text, [r for r in hrules if not connector(r)], balloons


def opens_a_balloon(text: str) -> bool:
    return _MARKUP.match(text) is not None


# The words that open a balloon of Word's markup, in Dutch and English, before its colon.
_MARKUP = re.compile(r"(?:(?:Commented|Comment|Opmerking)\s*\[[^\]]{1,16}\]|Formatted|Opgemaakt|Deleted|Verwijderd"
                     r"|Inserted|Ingevoegd|Moved|Verplaatst)(?:\s*\([^)]{1,20}\))?\s*:")
_MARKUP_WORDS = frozenset({"Commented", "Comment", "Opmerking", "Formatted:", "Opgemaakt:", "Deleted:", "Verwijderd:",
                           "Inserted:", "Ingevoegd:", "Moved", "Verplaatst"})
_BALLOON_LINES = 12  # a balloon's box holds this many lines at most (not the pane of them all)
_CONNECTOR_PAST_PT = 12.0  # a rule of the page's own reaches no further past its text (a cell's padding)


def struck_through(words: list[Word], hrules: list[Rule], word_gap: float) -> tuple[list[Word], list[Word], list[Rule]]:
    """Words with a line drawn through their middle from the first one's start to the last
    one's end: text deleted and shown so (a draft printed with its tracked changes). An
    underline runs under the baseline; a table's rule runs from edge to edge of the table,
    past its words. Returns (the words without them, theirs, the rules without those lines),
    the words left closed up over the gaps the struck ones leave (see _closed_up)."""
    struck: set[int] = set()
    through: set[int] = set()
    starting: dict[int, list[Word]] = defaultdict(list)  # words by where they start: a strike starts with one
    for word in words:
        starting[round(word.x0)].append(word)

    def crosses(word: Word, y: float) -> bool:
        return 0.35 <= (y - word.top) / max(word.bottom - word.top, 0.1) <= 0.75

    for rule in (r for r in hrules if r.bottom - r.top < 2.0):
        y = (rule.top + rule.bottom) / 2
        if not any(crosses(w, y) for x in range(round(rule.x0) - 2, round(rule.x0) + 6) for w in starting.get(x, ())):
            continue
        crossed = sorted((w for w in words if rule.x0 - 1 <= w.x0 and w.x1 <= rule.x1 + 1
                          and crosses(w, y)), key=lambda w: w.x0)
        # The strike may take in the space before or after the words deleted with them.
        if crossed and abs(crossed[0].x0 - rule.x0) <= max(2.0, _SPACE_EM * crossed[0].size) \
                and abs(crossed[-1].x1 - rule.x1) <= max(2.0, _SPACE_EM * crossed[-1].size):
            struck.update(id(w) for w in crossed)
            through.add(id(rule))
    if not struck:
        return words, [], hrules
    return (_closed_up([w for w in words if id(w) not in struck], [w for w in words if id(w) in struck], word_gap),
            [w for w in words if id(w) in struck], [r for r in hrules if id(r) not in through])


def _closed_up(words: list[Word], struck: list[Word], word_gap: float) -> list[Word]:
    """Text deleted leaves no gap in the line it was deleted from. The two words either side
    of a struck one that touches both are one word ("(" and "2020)" of "(<del>2019</del>2020)");
    otherwise the word after it, the one that took its place, reaches back over it: what is
    left reads as the running text it is, with no gap a column could part."""
    def gap(left: Word, right: Word) -> float | None:
        same_line = abs(left.bottom - right.bottom) < 0.5 * max(left.size, 1)
        return right.x0 - left.x1 if same_line and right.x0 - left.x1 >= -0.5 else None

    now = {id(w): w for w in words}
    for deleted in sorted(struck, key=lambda w: (w.bottom, w.x0)):
        before = next((k for k, w in now.items() if (g := gap(w, deleted)) is not None and g <= word_gap), None)
        after = next((k for k, w in now.items() if (g := gap(deleted, w)) is not None and g <= _DELETED_SPACE_EM * w.size),
                     None)
        if after is None:
            continue
        right = now[after]
        if before is not None and before != after and right.x0 - deleted.x1 <= word_gap:
            del now[after]
            left = now[before]
            now[before] = replace(left, text=left.text + right.text, x1=right.x1, top=min(left.top, right.top),
                                  bottom=max(left.bottom, right.bottom))
        else:
            now[after] = replace(right, x0=deleted.x0)
    return [now[id(w)] for w in words if id(w) in now]


_SPACE_EM = 0.3  # a word space, about
_DELETED_SPACE_EM = 1.0  # a word this close after a deleted one took its place in the text


def parted_at_rules(words: list[Word], vrules: list[Rule]) -> list[Word]:
    """Two cells' texts read as one word across the column's rule between them: a cell's nil
    ("-") set against the next cell's amount, which, wider than its column, ran back to it
    ("-1.000.000"; a minus sign inside the amount's own cell stays its sign), or a header
    label overflowing its narrow cell into the next one's ("BedrijfslevenKennisinstellingen",
    parted where the capital the rule stands by starts the second)."""
    out: list[Word] = []
    for word in words:
        across = [r.x0 for r in vrules if r.top <= word.top and word.bottom <= r.bottom and word.x0 < r.x0 < word.x1]
        cut = _cut_at_rule(word, across) if across else None
        if cut is None:
            out.append(word)
            continue
        k, x = cut
        out += [replace(word, text=word.text[:k], x1=x), replace(word, text=word.text[k:], x0=x)]
    return out


def _cut_at_rule(word: Word, across: list[float]) -> tuple[int, float] | None:
    """Where the rules at ``across`` part the word: (its characters before, the x between)."""
    step = (word.x1 - word.x0) / max(len(word.text), 1)  # a character's width, about
    if _DASHED_AMOUNT.fullmatch(word.text):
        return (1, word.x0 + step) if any(x < word.x0 + 2 * step for x in across) else None
    for capital in CAPITAL_INSIDE.finditer(word.text):
        at = word.x0 + capital.start() * step
        if any(abs(x - at) <= _RULE_REACH * step for x in across):
            return capital.start(), at
    return None


_RULE_REACH = 2  # characters between where a capital inside a word starts, about, and the rule there


_DASHED_AMOUNT = re.compile(r"[-–−]\d{1,3}(?:[.,]\d{3})+")


def without_highlights(veils: list[Fill], words: list[Word]) -> list[Fill]:
    """Translucent fills but highlights: a light one that hugs the words of the line it lies
    on, no padding above or below them (a highlighter's mark, flattened into the page),
    gives the page no band, cell or stripe."""
    def hugs(fill: Fill) -> bool:
        covered = [w for w in words if fill.x0 - 1 <= (w.x0 + w.x1) / 2 <= fill.x1 + 1
                   and fill.top - 1 <= (w.top + w.bottom) / 2 <= fill.bottom + 1]
        return bool(covered) and abs(fill.top - min(w.top for w in covered)) <= 1.5 \
            and abs(fill.bottom - max(w.bottom for w in covered)) <= 1.5 \
            and fill.bottom - fill.top < 1.5 * max(w.bottom - w.top for w in covered)

    return [f for f in veils if f.shade < 0.6 or not hugs(f)]


def boxes_in_the_margin(words: list[Word], fills: list[Fill], width: float, settings: Settings = DEFAULT
                        ) -> tuple[list[Word], list[Word]]:
    """The words on a box set at the page's outer edge, clear of all other text (a thumb
    tab with the theme's number and name): on the baselines of the text beside them they
    would join its lines, and a tall one would join two. Returns (the words without them,
    theirs)."""
    apart: set[int] = set()
    if not words:
        return words, []
    # A narrow box at the page's edge (a tab bleeds off it; a sidebar keeps to the text's
    # margins, or runs down the page's whole side: see _sidebar), holding a few words.
    high = _SIDEBAR_HEIGHT * (max(w.bottom for w in words) - min(w.top for w in words))
    for box in (f for f in fills if f.x1 - f.x0 <= 0.25 * width and (f.x0 <= 0.02 * width or f.x1 >= 0.98 * width)
                and f.bottom - f.top < high):
        on = {i for i, w in enumerate(words) if box.x0 - 1 <= w.x0 and w.x1 <= box.x1 + 1
              and box.top - 1 <= w.top and w.bottom <= box.bottom + 1}
        others = [w for i, w in enumerate(words) if i not in on]
        if not on or len(on) > 0.1 * len(words):
            continue
        clear = settings.gutter_em * median(w.size for w in others)
        if all(w.x1 < box.x0 - clear for w in others) or all(w.x0 > box.x1 + clear for w in others):
            apart |= on
    return [w for i, w in enumerate(words) if i not in apart], [w for i, w in enumerate(words) if i in apart]


def foot_notes(lines: list[Line], hrules: list[Rule], settings: Settings = DEFAULT) -> tuple[list[Line], list[Line]]:
    """Footnotes at the foot of the page, as word processors set them: under a short rule at
    the text's left edge, in small print, the first one opening with its mark. They belong
    to the marks on the page, not to the text they stand under (a field that runs on to the
    next page). Returns (the lines without them, the notes); a page number stays a line."""
    body = [ln for ln in lines if len(ln.words) >= 3]
    if not body:
        return lines, []
    right = max(ln.x1 for ln in body)
    # Where the text's lines start, or the leftmost line (labels hung in the margin start
    # further left, and the rule may start under either).
    starts = Counter(round(ln.x0) for ln in body)
    edges = [min(starts), *(x for x, n in starts.items() if n >= max(3, 0.2 * len(body)))]
    # Smaller than the text, if only by a point (a word processor's 10 under 11).
    text_size = median(ln.size for ln in body)
    small = max(settings.body_size_share * text_size, text_size - settings.other_type_pt)
    for rule in sorted((r for r in hrules if r.horizontal), key=lambda r: r.top):
        left = next((x for x in edges if abs(rule.x0 - x) <= 6), None)
        if left is None or rule.x1 - rule.x0 < 20:
            continue
        above = [ln for ln in lines if ln.bottom <= rule.top + 0.5]
        below = [ln for ln in lines if ln.top >= rule.bottom - 0.5]
        footer = [ln for ln in below if not _FOLIO.fullmatch(ln.text.strip())]
        notes = _run_under(rule, footer)
        if len(above) + len(below) != len(lines) or not notes:
            continue
        if rule.x1 - rule.x0 <= 0.5 * (right - left):
            # Notes opening with a raised figure as a character ("²") need no smaller type, as
            # long as they keep one size: a text file has only one.
            # (a word processor numbers its notes in the note's own type: "1 Het bedrijfsleven ...")
            numbered = _NOTE_NUMBER.match(notes[0].text) is not None and all(ln.size <= small for ln in notes)
            if numbered or notes[0].text.startswith(tuple(NOTE_MARKS)) and (all(ln.size <= small for ln in notes) or (
                    notes[0].text[0] in RAISED_DIGITS and all(ln.size == notes[0].size <= text_size for ln in notes))):
                return [ln for ln in lines if ln not in notes], notes
        elif _continues_a_note(rule, hrules, notes, footer, small):
            return [ln for ln in lines if ln not in notes], notes
    return lines, []


_NOTE_NUMBER = re.compile(r"\d{1,3}[.)]?\s+\S")


def _continues_a_note(rule: Rule, hrules: list[Rule], notes: list[Line], footer: list[Line], small: float) -> bool:
    """Word's continuation separator: a rule across the text at the foot of the page, over
    the rest of a note from the page before (no mark) in small print, running text (no
    table's cells set apart), and nothing but the page's own notes below. No other rule of
    its length (as a table's rules are)."""
    return not notes[0].text.startswith(tuple(NOTE_MARKS)) and all(ln.size <= small for ln in notes) \
        and len(notes) == len(footer) and all(len(ln.segments(gap=2 * ln.size)) == 1 for ln in notes) \
        and not any(r is not rule and abs(r.x0 - rule.x0) <= 2 and abs(r.x1 - rule.x1) <= 2 for r in hrules)


def _run_under(rule: Rule, lines: list[Line]) -> list[Line]:
    """The lines that follow each other close under the rule; a line set well apart below
    them (the page's footer) is none of them."""
    run: list[Line] = []
    for line in sorted(lines, key=lambda ln: ln.top):
        if line.top - (run[-1].bottom if run else rule.bottom) > 1.5 * line.size:
            break
        run.append(line)
    return run


_FOLIO = re.compile(r"(?i)(?:pagina|page|blz\.?|p\.)?\s*[-–]?\s*\d{1,4}\s*[-–]?(?:\s*(?:van|of|/)\s*\d{1,4})?")


def _spine(lines: list[Line], width: float | None, settings: Settings) -> float | None:
    """The middle of a landscape sheet that no line comes near, with a page's worth of
    text on either side: the fold between two pages printed side by side."""
    if width is None or not lines:
        return None
    middle = width / 2
    clear = settings.gutter_em * median(ln.size for ln in lines)
    words = [w for ln in lines for w in ln.words]
    if any(w.x1 > middle - clear and w.x0 < middle + clear for w in words):
        return None
    if width <= 1.2 * max(ln.bottom for ln in lines):  # not wider than the text is tall: no landscape sheet
        return None
    # Each half a page: lines of words (prose, contents; a table's figures beside its row
    # labels are not), and its own page number at the foot or head, on a short line of its
    # own (not a table's last cells).
    height = max(ln.bottom for ln in lines)
    halves = [build_lines([w for w in words if (w.x1 <= middle) == left], lines[0].page, settings) for left in (True, False)]
    if not all(half and any(_a_folio(ln, height, half) for ln in (half[0], half[-1])) for half in halves):
        return None
    # Counted on each half's own lines: a larger line of one page spans two of the other's.
    return middle if min(sum(sum(w.text[:1].isalpha() for w in ln.words) >= 2 for ln in half) for half in halves) >= 2 else None


def _a_folio(line: Line, height: float, page: list[Line]) -> bool:
    """A page number at the head or the foot of the page, on a short line of its own, set
    off from the page's other lines (a table's last row label, "Onderzoek fase 2", is not)."""
    return (line.top < 0.1 * height or line.bottom > 0.9 * height) and len(line.words) <= 3 \
        and any(w.text.isdigit() and len(w.text) <= 4 for w in line.words) \
        and not any(other is not line and abs(other.top - line.top) < _FOLIO_APART_EM * line.size for other in page)


_FOLIO_APART_EM = 2.5  # a folio stands at least this far from the lines over or under it


def _two_pages(lines: list[Line], spine: float, settings: Settings) -> list[Line]:
    """Each half's lines anew from its words: the two pages need not share baselines."""
    halves = ([w for ln in lines for w in ln.words if w.x1 <= spine], [w for ln in lines for w in ln.words if w.x0 >= spine])
    return [ln for words in halves if words for ln in build_lines(words, lines[0].page, settings, lines[0].space)]


def _across(line: Line, edges: tuple[float, float, float], settings: Settings) -> bool:
    """Does the line run across the gutter at the middle of ``edges`` (the gutters either
    side of it are the others): a word over it, words either side of it no further apart
    than words are (a title set over the columns), or a row of a table set across the two
    columns (amounts either side, or a value far right of the gutter, where no column's
    text starts), its two sides in one type (cells shrunk to fit aside): in another, they
    are a column's text and a table set in the next column, level with each other by chance.
    A row whose cells right of the gutter open with a label of their own is two tables' rows,
    one in each column, level with each other."""
    before, middle, after = edges
    if any(w.x0 < middle < w.x1 for w in line.words):
        return True
    # (the word left of the gutter may reach back over the one before: a title's, in large type)
    left = [w for w in line.words if before < w.x1 <= middle]
    right = [w for w in line.words if middle <= w.x0 and w.x1 <= after]
    if not (left and right):
        return False
    if right[0].x0 - left[-1].x1 < settings.gutter_em * line.size:
        return True
    sizes = sorted((max(w.size for w in left), max(w.size for w in right)))
    labelled = not _VALUE.fullmatch(right[0].text) and any(_AMOUNT.fullmatch(w.text) for w in right)
    return sizes[0] >= _ONE_TYPE_SHARE * sizes[1] and ((_row_of_amounts([left, right], settings) and not labelled) or (
        right[0].x0 - middle > settings.across_value_em * line.size and all(_VALUE.fullmatch(w.text) for w in right)))


# A row set across the columns is set in one type either side of the gutter, the smaller at
# least this share of the larger: a table set a point smaller than the text beside it is
# another column's. (A narrow table's own cells may be shrunk further, see _ROW_TYPE_SHARE.)
_ONE_TYPE_SHARE = 0.95


def _over_a_cell(line: Line, header: Line, top: float | None = None) -> bool:
    """Is the line the first line of a header cell set over two (tight over the header
    line, or over its lines above it from ``top``, within one of its cells), or the lines of
    several over a header of three cells or more, each set to its cell's right or middle, or
    to its left where it is a few words (labels wrapped over more lines than the others; a
    text column's lines start where the column does, and run on)? A label shrunk to fit its
    cell may reach a little into the line under it."""
    if not -_SHRUNK_INTO * header.size <= (header.top if top is None else top) - line.bottom < 0.5 * header.size:
        return False
    cells = header.segments()
    if any(cell[0].x0 - header.size <= line.x0 and line.x1 <= cell[-1].x1 + header.size for cell in cells):
        return True

    def set_to_one(seg: list[Word]) -> bool:
        under = [c for c in cells if c[0].x0 < seg[-1].x1 and seg[0].x0 < c[-1].x1]
        if len(under) != 1:
            return False
        (x0, x1), (a0, a1) = (seg[0].x0, seg[-1].x1), (under[0][0].x0, under[0][-1].x1)
        return any(abs(a - b) <= header.size for a, b in ((x1, a1), (x0 + x1, a0 + a1))) \
            or (len(seg) <= _LABEL_HEAD_WORDS and abs(x0 - a0) <= header.size)
    segments = line.segments()
    return len(segments) >= 2 and len(cells) >= 3 and all(map(set_to_one, segments))


_SHRUNK_INTO = 0.5  # ems of the header line a label over it may reach down into (lines set tighter than their type)


def _row_of_amounts(parts: list[list[Word]], settings: Settings) -> bool:
    """Words in two columns or more, each part of them cells with an amount among them: a
    row of a table set across the columns."""
    return _cells(parts, settings) and all(any(_AMOUNT.fullmatch(w.text) for w in p) for p in parts if p)


def _table_like(words: list[Word], settings: Settings) -> bool:
    """Words with a table's wide gaps between them, or an amount that is no part of a
    sentence."""
    wide = 2 * settings.gutter_em * max(w.size for w in words)
    return any(b.x0 - a.x1 >= wide for a, b in zip(words, words[1:])) \
        or (not running_text(words) and any(_AMOUNT.fullmatch(w.text) for w in words))


def _cells(parts: list[list[Word]], settings: Settings) -> bool:
    """Words in two columns or more, each part of them no running text, or parted by a
    table's wide gaps (a header line or a row set across the columns); beside such gaps, a
    few words may head the row labels ("Kosten en financiering")."""
    filled = [p for p in parts if p]
    wide = 2 * settings.gutter_em * max((w.size for p in filled for w in p), default=0.0)
    gapped = [any(b.x0 - a.x1 >= wide for a, b in zip(p, p[1:])) for p in filled]
    return len(filled) >= 2 and all(not running_text(p) or apart or (any(gapped) and len(p) <= _LABEL_HEAD_WORDS)
                                    for p, apart in zip(filled, gapped))


_LABEL_HEAD_WORDS = 3


def _a_row_across(parts: list[list[Word]], settings: Settings) -> bool:
    """Cells (see _cells) in one type across the columns: a table's row. A heading in one
    column beside a table's header in the next, set smaller, are two columns' lines."""
    sizes = [median(w.size for w in p) for p in parts if p]  # (a note's mark is smaller)
    return _cells(parts, settings) and max(sizes) - min(sizes) < settings.other_type_pt


def _in_columns(words: list[Word], middles: tuple[float, ...], crossed: list[bool] | None = None) -> list[list[Word]]:
    """The words in each column; those across a ``crossed`` gutter in the first column they span."""
    parts: list[list[Word]] = [[] for _ in range(len(middles) + 1)]
    starts = [(0, -math.inf), *((k + 1, m) for k, m in enumerate(middles) if not (crossed and crossed[k]))]
    for (column, a), (_, b) in zip(starts, [*starts[1:], (0, math.inf)]):
        parts[column] = [w for w in words if a <= w.x0 and w.x1 <= b]
    return parts


def _gutters(lines: list[Line], settings: Settings) -> list[tuple[float, float]]:
    """The strips between columns of running text: crossed by no word of a long run of lines
    with running text on both sides, wider than the gaps between words, the columns about
    as wide as each other."""
    if len(lines) < settings.text_column_lines:
        return []
    # The text's edges, as far out as a column's worth of lines reaches (a last column may
    # hold a few lines only).
    n = settings.text_column_lines
    left, right = sorted(ln.x0 for ln in lines)[n - 1], sorted(ln.x1 for ln in lines)[-n]
    lo, hi = left + 0.2 * (right - left), left + 0.8 * (right - left)
    width = settings.gutter_em * median(ln.size for ln in lines)
    # Only where enough lines leave a gap as wide as a gutter can there be one: inside a
    # line, or beside it where columns that do not share their baselines put running text
    # on one side only (there are then lines of it that start right of the text's edge).
    open_at: dict[int, int] = {}
    gaps = [(a.x1, b.x0) for line in lines for a, b in zip(line.words, line.words[1:]) if b.x0 - a.x1 >= width]
    one_side = [ln for ln in lines if running_text(ln.words) and (ln.x0 > lo or ln.x1 < hi)]
    if sum(ln.x0 > lo for ln in one_side) >= n // 2:
        gaps += [(ln.x1, hi) if ln.x1 < hi else (lo, ln.x0) for ln in one_side]
    for a, b in gaps:
        for x in range(max(int(a) + 1, int(lo)), min(int(b), int(hi)) + 1):
            open_at[x] = open_at.get(x, 0) + 1
    sides = [_Sides(line, width) for line in lines] if open_at else []
    # The count changes only where a word starts or ends: one count for each stretch between.
    edges = sorted({x for side in sides for x in (*side.x0s, *side.reach)})
    counted: dict[tuple[int, int], int] = {}
    runs: list[list[tuple[int, int]]] = []  # (x, lines side by side) where a gutter may be, left to right
    for x in sorted(x for x, n in open_at.items() if n >= settings.text_column_lines):
        between = (bisect_left(edges, x), bisect_right(edges, x))
        score = counted.get(between)
        if score is None:
            score = counted[between] = _side_by_side(sides, x, settings)
        if score < settings.text_column_lines:
            continue
        if runs and x - runs[-1][-1][0] <= 1:
            runs[-1].append((x, score))
        else:
            runs.append([(x, score)])
    # A gutter is wider than the gaps between words, which may meet by chance in a few lines.
    strips = [s for s in (_strip(run, width) for run in runs) if s[2] - s[1] >= width]
    # Of the strips, the gutters are those that part the text into columns about as wide as
    # each other, with the most lines side by side: a river of spaces through a column's
    # lines is no gutter, though it may run as long as one.
    strongest = sorted(strips, reverse=True)[:_MOST_GUTTERS]
    balanced = [chosen for k in range(len(strongest), 0, -1) for chosen in combinations(sorted(strongest, key=itemgetter(1)), k)
                if _balanced(_column_widths(lines, [x for _, a, b in chosen for x in (a, b)], (left, right), n, settings),
                             settings.text_column_balance)]
    chosen = max(balanced, key=lambda chosen: sum(score for score, _, _ in chosen), default=())
    return [_least_crossed(lines, a, b, width) if b - a > _WIDE_STRIP * width else (a, b) for _, a, b in chosen]


def _least_crossed(lines: list[Line], a: float, b: float, width: float) -> tuple[float, float]:
    """A strip much wider than a gutter lies where a column's lines are short (its first fields,
    a list), beside the next column: lines of its running text lower down, from its edge
    and filling their measure, reach into it. Its part that the fewest of their words
    cross, nearest its middle, is the gutter."""
    start, end = math.ceil(a), math.floor(b)
    running = [ln for ln in lines if running_text(ln.words)]
    edge = min((ln.x0 for ln in running), default=0.0)
    crossed = [0] * (end - start + 2)
    # (a line's run from the edge, up to a gap as wide as a gutter: the column's text, not the
    # cells of a table's line under the columns)
    for word in (w for ln in running if ln.x0 <= edge + ln.size for w in ln.segments(gap=width)[0]
                 if w.x0 < end and w.x1 > start):
        crossed[max(0, math.floor(word.x0) + 1 - start)] += 1
        crossed[min(end - start + 1, math.ceil(word.x1) - start)] -= 1
    counts = list(accumulate(crossed[:-1]))
    least = min(counts)
    middle = (a + b) / 2
    if counts[min(len(counts) - 1, max(0, round(middle) - start))] == least:
        return a, b
    x = min((start + k for k, n in enumerate(counts) if n == least), key=lambda x: abs(x - middle))
    reach = min(x - a, b - x)
    return x - reach, x + reach


_WIDE_STRIP = 4  # gutters wide: a strip wider is a column's short lines beside the next
# Gutters looked for among this many strips at most, the longest runs of lines side by side.
_MOST_GUTTERS = 6


def _column_widths(lines: list[Line], gutters: list[float], edges: tuple[float, float], n: int,
                   settings: Settings) -> list[tuple[float, float]]:
    """How wide each column between the ``gutters`` (their edges, left to right) may be, as
    (least, most): the outer ones as far as the text's ``edges``, or only as far as their
    running text starts and ends (where ``n`` lines of it reach): a table or a picture
    floated wider than the text, across a next column empty but for it, stands wider than
    its column; a pull quote set larger than the text beside a column is none of its text."""
    largest = median(ln.size for ln in lines) + settings.other_type_pt

    def running(words: list[Word]) -> bool:
        return running_text(words) and median(w.size for w in words) <= largest

    before = ([w for w in ln.words if w.x1 <= gutters[0]] for ln in lines)
    after = ([w for w in ln.words if w.x0 >= gutters[-1]] for ln in lines)
    firsts = sorted(words[0].x0 for words in before if running(words))
    lasts = sorted(words[-1].x1 for words in after if running(words))
    first = sorted((gutters[0] - edges[0], gutters[0] - (firsts[n - 1] if len(firsts) >= n else edges[0])))
    last = sorted((edges[1] - gutters[-1], (lasts[-n] if len(lasts) >= n else edges[1]) - gutters[-1]))
    inner = [(b - a, b - a) for a, b in zip(gutters[1::2], gutters[2::2])]
    return [(first[0], first[1]), *inner, (last[0], last[1])]


def _balanced(widths: list[tuple[float, float]], share: float) -> bool:
    """Can the columns, each as wide as somewhere within its (least, most), be about as wide
    as each other: the narrowest at least ``share`` of the widest?"""
    return min(most for _, most in widths) >= share * max(least for least, _ in widths)


def _strip(run: list[tuple[int, int]], width: float) -> tuple[int, float, float]:
    """(lines side by side, start, end) of a run's gutter: the widest stretch of it with
    nearly as many lines side by side as its best (one word reaching into the gutter
    breaks a column's run of lines somewhere), the best that holds as wide as a gutter:
    where the gaps between a table's words across the gutter meet, more lines count, over
    a point or two."""
    found = []
    for best in sorted({score for _, score in run}, reverse=True):
        stretches: list[list[int]] = []
        for x, score in run:
            if score < 0.75 * best:
                continue
            if stretches and x - stretches[-1][-1] <= 1:
                stretches[-1].append(x)
            else:
                stretches.append([x])
        widest = max(stretches, key=len)
        found.append((best, widest[0], widest[-1]))
        if widest[-1] - widest[0] >= width:
            break
    return found[-1] if found[-1][2] - found[-1][1] >= width else found[0]


def _side_by_side(lines: list[_Sides], x: float, settings: Settings) -> int:
    """In the longest run of lines that no word crosses at x, the lines with running text
    on both sides of x; where the columns do not share their baselines, a line may hold one
    side only, and a pair of them counts as one."""
    best = both = left = right = 0
    for line in lines:
        k = bisect_left(line.x0s, x)  # the words that start left of x
        if k and line.reach[k - 1] > x:  # one of them crosses it
            # (a few lines beside a table's rows above may be a run too: not the longest)
            best = max(best, both + min(left, right))
            both = left = right = 0
            continue
        # Running text: several words, nearly all of them words, not figures in the cells of a table.
        # (a side with an amount a gutter's width from the word before holds a table's cells:
        # a row's label and amounts, a note beside them)
        n, letters, wide = len(line.x0s), line.letters, line.wide
        on_left = _running_count(k, letters[k]) and not wide[k]
        on_right = _running_count(n - k, letters[n] - letters[k]) and wide[n] == wide[k + 1 if k < n else n]
        both += on_left and on_right
        left += on_left and not on_right
        right += on_right and not on_left
    return max(best, both + min(left, right))


class _Sides:
    """A line's words as running sums, so that what stands either side of any x is found
    by one search (a page may offer hundreds of places for a gutter)."""

    __slots__ = ("x0s", "reach", "letters", "wide")

    def __init__(self, line: Line, gutter: float):
        words = sorted(line.words, key=lambda w: w.x0)
        self.x0s = [w.x0 for w in words]
        self.reach = list(accumulate((w.x1 for w in words), max))
        self.letters = [0, *accumulate(w.text[:1].isalpha() for w in words)]
        # (among the first k words, the gaps as wide as a gutter before an amount: a table's
        # cells, not a justified line's stretched spaces)
        self.wide = [0, 0, *accumulate(b.x0 - reach >= gutter and (b.text in ("-", "–") or bool(_AMOUNT.fullmatch(b.text)))
                                       for reach, b in zip(self.reach, words[1:]))]


def _running_count(words: int, letters: int) -> bool:
    return words >= _RUNNING_WORDS and letters >= 0.6 * words


_RUNNING_WORDS = 3


def running_text(words: list[Word]) -> bool:
    """Several words, nearly all of them words, not all of them amounts' abbreviated units
    (a table's cells wrap theirs onto lines of their own: "mln. mln. mln.")."""
    return _running_count(len(words), sum(w.text[:1].isalpha() for w in words)) \
        and not all(_ABBREVIATED_UNIT.fullmatch(w.text) for w in words if w.text[:1].isalpha())


_ABBREVIATED_UNIT = re.compile(r"(?i)(?:mln|mio|mld|bn)\.?")


def _usual_space(lines: list[list[Word]]) -> float:
    """The page's word space in ems: the middle of its gaps between words; where they spread
    wide (justified lines stretch theirs, each its own way), their narrow end, the type's
    own space, which a table in that type sets its cells further apart than."""
    gaps = sorted((b.x0 - a.x1) / a.size for words in lines for a, b in zip(words, words[1:]) if 0 < b.x0 - a.x1 < a.size)
    if not gaps:
        return 0.0
    middle, narrow = gaps[len(gaps) // 2], gaps[len(gaps) // 5]
    return narrow if middle - narrow > _STRETCHED_EM else middle


_STRETCHED_EM = 0.1  # word spaces spread this much wider than the narrow end are stretched
CURRENCY_SIGNS = frozenset("€$£")
_WORD_SPACE_EM = 0.4
_LEADER = frozenset("._·…")


def _spaced_off(words: list[Word], i: int) -> bool:
    """Does the dot ``words[i]`` stand twice as far from the word before it as the line's
    words stand apart (or, where they are too few to tell, as a space is wide)? A leader's one
    dot; not a sentence's stop typed a space after its word ("het gedefinieerde project ."),
    nor one in a line of monospaced type, whose spaces are all wide."""
    gaps = [b.x0 - a.x1 for a, b in zip(words[:i], words[1:i])]
    usual = median(gaps) if gaps else _WORD_SPACE_EM * words[i].size
    return words[i].x0 - words[i - 1].x1 >= 2 * usual


def _without_leaders(words: list[Word]) -> list[Word]:
    """Leader dots after a table's row label ("Projecten . . . . . 2.000.000") are no part of
    the label, and would stretch its column to where the dots end: single dots set close
    together, one run of them, or the one dot a long label leaves room for before its
    cells. Not the ".." a statistical table writes in a cell, and a contents entry keeps its
    dots: they lead to a page number alone."""
    def dots(w: Word) -> bool:
        return bool(w.text) and set(w.text) <= _LEADER

    if not any(w.text[:1] in _LEADER for w in words):  # every line is built through here
        return words
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = i
        while j < len(words) and dots(words[j]) and len(words[j].text) == 1 \
                and (j == i or words[j].x0 - words[j - 1].x1 < words[j].size):
            j += 1
        if j == i and dots(words[i]) and len(words[i].text) >= 4:
            j = i + 1
        lone = j == i + 1 and len(words[i].text) == 1 and 0 < i and (j < len(words) and (
            words[i].x0 - words[i - 1].x1 < 1.5 * words[i].size and words[j].x0 - words[i].x1 >= words[i].size
            and bool(_FIGURE.search(words[j].text) or words[j].text in ("-", "–", "€"))  # the cells that follow
        ) or (j == len(words) and _spaced_off(words, i)))  # a label's last line
        if j - i >= 2 or (j == i + 1 and (len(words[i].text) >= 4 or lone)):
            runs.append((i, j))
        i = max(j, i + 1)
    if not runs or (runs[-1][1] == len(words) - 1 and words[-1].text.isdigit() and len(words[-1].text) <= 4):
        return words
    dropped = {k for a, b in runs for k in range(a, b)}
    return [w for k, w in enumerate(words) if k not in dropped]


def _currency_with_amount(words: list[Word], page_lines: Sequence[Sequence[Word]]) -> list[Word]:
    """A currency sign set apart from its amount, flush left in the cell with the amount flush
    right (a spreadsheet's accounting format), is one word with it, however wide the gap; a
    sign that ends a label ("Bedrag in €") is not: a sign opens a cell where it stands apart
    from the word before, or after the value that closes the cell before ("6,6 mln."), not a
    word space after it: there it closes that value ("1 650 000 €"). Nor is a sign whose
    amount wrapped onto the next line of a narrow cell (``page_lines``), over the gutter from
    the next column's amount: such a sign ends its cell (``over_its_amount``); one in a
    sentence ("gevraagd € 150.000") does not, whatever the line under it holds."""
    wrapped = {id(w) for w in words if w.text in CURRENCY_SIGNS and _amount_wrapped_under(w, page_lines)}
    out: list[Word] = []
    for word in words:
        sign = out[-1] if out else None
        if sign and _opens_a_cell(out, len(out) - 1) and sign.text in CURRENCY_SIGNS and word.text[:1] in "0123456789-–(" \
                and sign.size == word.size and not (word.x0 - sign.x1 > _WORD_SPACE_EM * sign.size and id(sign) in wrapped):
            out[-1] = replace(word, text=f"{sign.text} {word.text}", x0=sign.x0, top=min(sign.top, word.top),
                              bottom=max(sign.bottom, word.bottom))
        else:
            out.append(word)
    return [replace(w, over_its_amount=True) if id(w) in wrapped and _opens_a_cell(out, i) else w for i, w in enumerate(out)]


def _opens_a_cell(words: list[Word], i: int) -> bool:
    """Does word ``i`` stand apart from the word before it, or after the value that closes
    the cell before ("6,6 mln."), not a word space after it?"""
    word = words[i]
    return i == 0 or word.x0 - words[i - 1].x1 > word.size or (
        _VALUE.fullmatch(words[i - 1].text) is not None and word.x0 - words[i - 1].x1 > _WORD_SPACE_EM * word.size)


def _amount_wrapped_under(sign: Word, page_lines: Sequence[Sequence[Word]]) -> bool:
    """Does the rest of the sign's cell stand on the next line: an amount aligned with the
    sign (at the cell's right or left edge, or centred) a line's pitch below it? Under a sign
    of the accounting format stands the next row's sign, not bare digits."""
    near, pitch = _WRAP_ALIGN_EM * sign.size, _WRAP_PITCH_EM * sign.size
    for line in page_lines:
        # Each word's own top: a line's may be another cell's, set smaller to fit, standing higher.
        # Below the sign's middle, as the loose boxes of closely set lines overlap.
        if any(sign.top + sign.bottom < 2 * w.top and w.top - sign.bottom < pitch and w.text[:1].isdigit() and w.size == sign.size
               and min(abs(_with_its_mark(line, k) - sign.x1), abs(w.x0 - sign.x0), abs(w.middle - sign.middle)) < near
               for k, w in enumerate(line)):
            return True
    return False


def _with_its_mark(line: Sequence[Word], k: int) -> float:
    """Where word ``k`` ends with the note's mark set small right after it ("1.750.000¹"): a
    cell aligned at its right edge ends there."""
    word = line[k]
    after = line[k + 1] if k + 1 < len(line) else None
    return after.x1 if after is not None and after.size < word.size and after.x0 - word.x1 < _MARK_TOUCH_PT else word.x1


_WRAP_ALIGN_EM = 0.3
_MARK_TOUCH_PT = 0.5
_WRAP_PITCH_EM = 0.8  # the gap between a line's bottom and the next line's top


def _mark_superscripts(words: list[Word], settings: Settings) -> list[Word]:
    """Small raised digits after a word are footnote marks: write them as ¹ ² ³. So is a
    small raised letter after an amount, or before the note it opens: ᵃ ᵇ (not the "e" of
    an ordinal, "2ᵉ", raised after a short number)."""
    if len(words) < 2:
        return words
    # A mark that opens its note stands a word space before the note's text.
    return [replace(w, text=w.text.translate(_SUPERSCRIPT))
            if w.text.isdigit() and (_raised_against(w, words[i - 1], settings) if i else
                                     _raised_against(w, words[1], settings, reach=0.6))
            else replace(w, text=w.text.translate(_RAISED_LETTER)) if _raised_letter(words, i, settings) else w
            for i, w in enumerate(words)]


def _raised_letter(words: list[Word], i: int, settings: Settings) -> bool:
    word = words[i]
    if len(word.text) != 1 or not word.text.islower() or word.text == "q":
        return False
    if i == 0:  # opening its note, a word space before the note's text
        return _raised_against(word, words[1], settings, reach=0.6)
    before = words[i - 1]
    amount = _AMOUNT.fullmatch(before.text) or (before.text.isdigit() and len(before.text) >= 3) or before.text in ("-", "–")
    return bool(amount) and _raised_against(word, before, settings)


def _raised_against(mark: Word, word: Word, settings: Settings, reach: float = 0.3) -> bool:
    """Is a figure a mark set against this word, smaller and raised: after the word it
    refers to, or before the note it opens? Measured against that word alone, not the line:
    on a sheet of two pages a line may hold a larger word of the other page."""
    return mark.size < settings.superscript_size_share * word.size and mark.bottom < word.bottom - 0.15 * word.size \
        and min(abs(mark.x0 - word.x1), abs(word.x0 - mark.x1)) < reach * word.size


def merge_rules(rules: Iterable[Rule], settings: Settings = DEFAULT) -> tuple[list[Rule], list[Rule]]:
    """Split edges into horizontal and vertical rules, merging collinear touching pieces."""
    horizontal: dict[float, list[Rule]] = {}
    vertical: dict[float, list[Rule]] = {}
    shortest = settings.rule_min_length_pt
    for r in rules:
        if r.horizontal and r.x1 - r.x0 >= shortest:
            horizontal.setdefault(round((r.top + r.bottom) / 2), []).append(r)
        elif not r.horizontal and r.bottom - r.top >= shortest:
            vertical.setdefault(round((r.x0 + r.x1) / 2), []).append(r)

    def merged(groups: dict[float, list[Rule]], along_x: bool) -> list[Rule]:
        out: list[Rule] = []
        for pos, items in sorted(groups.items()):
            items.sort(key=lambda r: r.x0 if along_x else r.top)
            start, end = (items[0].x0, items[0].x1) if along_x else (items[0].top, items[0].bottom)
            for r in items[1:]:
                lo, hi = (r.x0, r.x1) if along_x else (r.top, r.bottom)
                if lo <= end + settings.rule_join_pt:
                    end = max(end, hi)
                    continue
                out.append(Rule(start, pos, end, pos) if along_x else Rule(pos, start, pos, end))
                start, end = lo, hi
            out.append(Rule(start, pos, end, pos) if along_x else Rule(pos, start, pos, end))
        return out

    return merged(horizontal, True), merged(vertical, False)


def apart_in_columns(settings: Settings) -> Callable[[list[list[list[Word]]]], bool]:
    """Two columns that go their own way: in several lines the words of one column stand on
    another baseline than those of the next (text beside notes in smaller type), as a
    table's cells across the columns never do; or a few lines of running text side by side
    (two beside a column that holds a table: the document's gutter says where they part)."""
    return lambda parts: _on_baselines_of_their_own(parts) or _a_few_lines_side_by_side(parts, settings, beside_a_table=2)


def _on_baselines_of_their_own(parts: list[list[list[Word]]]) -> bool:
    def apart(columns: list[list[Word]]) -> bool:
        feet = [median(w.bottom for w in words) for words in columns if words]
        size = max((w.size for words in columns for w in words), default=0.0)
        return len(feet) >= 2 and max(feet) - min(feet) > 0.25 * size
    return sum(map(apart, parts)) >= 2
