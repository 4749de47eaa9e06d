"""Turning the lines of one table region into a FundingTable.

Columns come from vertical rules where the table has them (Word's ruled tables) and from
the alignment of the body cells where it has none (web exports with only horizontal
rules). Header labels are then laid over those columns: a label that covers several
columns ("Publiek" over Gem. and Provincie) is a group. Rows are separated by horizontal
rules, or by the lines that carry values when a table has no rules.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import dropwhile, takewhile
from operator import itemgetter
from statistics import median
from typing import Literal

from regio.extract import columns as colmap
from regio.extract.colour_key import named, nearest_key, swatch_over
from regio.extract.labels import squash
from regio.extract.layout import (
    CAPITAL_INSIDE,
    CURRENCY_SIGNS,
    Fill,
    Line,
    PageLayout,
    Rule,
    Word,
    cells_of,
    is_typed_rule,
    join_words,
    running_text,
)
from regio.extract.long_form import LongForm, read_long_form
from regio.extract.settings import DEFAULT, Settings
from regio.geometry import around, rounded, union
from regio.money import (
    MISSING_FORMS,
    NOTE_MARKS,
    TYPED_MARK,
    VALUE_KINDS,
    abbreviated,
    is_figure,
    is_sum_of_money,
    misread_figures,
    parse_cell,
    separator_style,
    split_marks,
    stated_scale,
    too_long_numbers,
)
from regio.schema import (
    Cell,
    CellKind,
    Column,
    ExtractionWarning,
    Footnote,
    FundingTable,
    Provenance,
    Row,
)

_MARK_START = tuple(NOTE_MARKS)
# (with the mark of a note on its amount: "2,08" over "mln.*")
UNIT_WORD = re.compile(rf"^(?:mln|mio|mld|miljoen|miljard|euro|bn|million|billion)\.?[{re.escape(NOTE_MARKS)}]*$", re.I)
_FIGURE_START = set("0123456789€$£(")
_DANGLING = set("-–=€$£(&/+,:")

# How a table is printed: as a grid of rows and columns; as records, a block for each row, a
# line for each column (see records); as sentences, a paragraph for each row (see sentences).
TableForm = Literal["grid", "records", "sentences"]


@dataclass
class Region:
    """The lines of one table, with the page layouts they sit on."""

    header: list[Line]
    body: list[Line]
    footnotes: list[Line]
    x0: float
    x1: float
    pages: dict[int, PageLayout]
    label: str = ""
    caption: str = ""  # the line that names the table, over or under it
    field_label: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # extra column labels from the configuration
    cuts: list[float] = field(default_factory=list)  # where columns part, where a finder has seen it
    repeated: list[Line] = field(default_factory=list)  # the header as later pages repeat it
    remarks: list[list[Line]] = field(default_factory=list)  # a row's explanation under it, set small across the columns
    form: TableForm = "grid"
    settings: Settings = DEFAULT
    warnings: list[ExtractionWarning] = field(default_factory=list)


def starts_with_mark(line: Line, typed: frozenset[str] = frozenset()) -> bool:
    """Does the line open with a note's mark: a raised one, or one of the ``typed`` marks its
    table writes after amounts ("1)")?"""
    return _NOTE_LABEL.sub("", line.text, count=1).startswith(_MARK_START) or _typed_mark(line, typed) is not None


def _typed_mark(line: Line, typed: frozenset[str]) -> str | None:
    first = line.words[0].text if line.words else ""
    return first if first in typed else None


def typed_marks(lines: list[Line]) -> frozenset[str]:
    """The marks typed after the amounts of a table's lines ("7.500.000 1)"), which its notes
    then open with: a mark of that form opens a note only under a table that uses it."""
    return frozenset(b.text for line in lines for a, b in zip(line.words, line.words[1:])
                     if TYPED_MARK.fullmatch(b.text) and is_figure(a.text))


def carried_marks(lines: list[Line]) -> frozenset[str]:
    """The note marks the amounts of a table's lines carry ("625.000*": "*")."""
    return frozenset(m[1] for line in lines for w in line.words if (m := _CARRIED.search(w.text)))


def opening_mark(line: Line) -> str:
    """The mark a note opens with ("*", "¹"), or ""."""
    m = _OPENING.match(_NOTE_LABEL.sub("", line.text, count=1))
    return m[0] if m else ""


_CARRIED = re.compile(rf"\d([{re.escape(NOTE_MARKS)}]+)$")
_OPENING = re.compile(rf"[{re.escape(NOTE_MARKS)}]+")
# "Toelichting: * ...": a form's or a house's word before a table's note.
_NOTE_LABEL = re.compile(r"^(?:toelichting|noot|opmerking|note)\s*:\s*(?=[^\w\s])", re.I)


def heads_notes(line: Line) -> bool:
    """A line of its own over a table's notes: "Opmerkingen:", "Toelichting", "Noten", or the
    header of a small table of them ("Noot | Toelichting")."""
    return _NOTES_HEADING.fullmatch(line.text.strip()) is not None


_NOTES_HEADING = re.compile(r"(?i)(?:(?:noot|noten|voetnoot|nr\.?)\s+(?:toelichting|omschrijving|tekst)"
                            r"|opmerkingen|opmerking|toelichting|noten|noot|voetnoten|notes?)\s*:?")


def is_footnote(line: Line, typed: frozenset[str] = frozenset()) -> bool:
    """A mark followed by words: "* Het bedrijfsleven investeert ... 7.500.000 euro" is a
    footnote even where its justified spacing sets an amount apart like a cell; so is the
    note of a table's source ("Bron: begroting aanvrager"), and a note that opens with one
    of the ``typed`` marks of its table ("1) Het bedrijfsleven ...")."""
    if (mark := _typed_mark(line, typed)) is not None:
        return line.text[len(mark):].lstrip()[:1].isalpha()
    rest = _NOTE_LABEL.sub("", line.text, count=1).lstrip("".join(_MARK_START)).lstrip()
    return (starts_with_mark(line) and rest[:1].isalpha()) or is_source(line) or is_legend(line)


def is_legend(line: Line) -> bool:
    """A chart's legend under it: swatches each before a word or two ("■ uitvoering ◆
    mijlpaal"), two of them at least (one alone opens a list's item)."""
    return _LEGEND.fullmatch(line.text) is not None


_SWATCH = "■□▪▫●○◆◇▲△▼▽◼◻⬛⬜"
_LEGEND = re.compile(rf"(?:[{_SWATCH}]\s*[^\W\d_][^{_SWATCH}]{{0,30}}?\s*){{2,}}")


def is_source(line: Line) -> bool:
    """The note of a table's source ("Bron: begroting aanvrager"), or of what its amounts are
    ("Bedragen in euro's, excl. btw")."""
    return _SOURCE.match(line.text) is not None or (_AMOUNTS_ARE.match(line.text) is not None
                                                     and len(line.words) <= _UNIT_NOTE_WORDS)


_SOURCE = re.compile(r"(?i)(?:bron|bronnen|source|sources)\s*:\s*\S")
_AMOUNTS_ARE = re.compile(r"(?i)\(?\s*(?:alle\s+)?(?:bedragen|amounts)\s+(?:x|×|in)\b")
_UNIT_NOTE_WORDS = 8


def value_segments(line: Line, x0: float) -> list[list[Word]]:
    """Cells after the row label: those starting right of the label's first segment."""
    segs = [s for s in cells_of(line) if s[0].x0 >= x0 - 1]
    return segs[1:] if segs and segs[0][0].x0 < x0 + 8 else segs


def has_values(line: Line, x0: float) -> bool:
    return any(parse_cell(join_words(s)).kind in VALUE_KINDS for s in value_segments(line, x0))


def first_row_lines_in_header(header: list[Line], body: list[Line]) -> int:
    """How many of the header's last lines begin the body's first row (see _centred_row_lines),
    or are its label, on lines of their own over its amounts: set in from them, opening with
    a figure, the amounts' line, and the label's lines each one run of words, however far
    they reach."""
    over = next((k for k, ln in enumerate(reversed(header[1:]))
                 if not (len(ln.segments()) == 1 and running_text(ln.words) and amounts_under_label(ln, body[0]))),
                max(len(header) - 1, 0))  # (a finder's lines over a table may be none)
    return _centred_row_lines(header, body) or over


def amounts_under_label(label: Line, amounts: Line) -> bool:
    """A row's amounts on a line of their own under its label: set in from it, opening with a figure."""
    return bool(amounts.words) and is_figure(amounts.words[0].text) and amounts.x0 > label.x0 + label.size


def _centred_row_lines(header: list[Line], body: list[Line]) -> int:
    """How many of the header's last lines begin the body's first row: a row whose cells are
    centred in its height sets its values in the middle of its wrapped label, as many of the
    label's lines over them as under them. Those lines stand in the label column alone, and
    the gap over them is wider than the gaps between the label's lines (a header cell
    wrapped over its lines has no such gap). A cell's first line set over part of the row's
    line ("36,5" over "mln.", centred beside a one-line label) is the row's as well, as is a
    label's line interleaved with the row's first."""
    first = body[0]
    values = [w.x0 for w in first.words if is_figure(w.text)]
    if not values or len(header) < 2:
        return 0
    # The row's lines of cells each centred on lines of their own ("€" over "387.000" beside
    # "-*", the label's first line over them): they climb from its last line in steps of
    # part of a line, and a wider gap over the top step parts them from the header.
    steps, below = 0, first
    for line in reversed(header[1:]):
        if not _overlaps(line, below):
            break
        steps, below = steps + 1, line
    stepped = steps if steps and _row_set_apart(header[-steps - 1], [*header[-steps:], first]) else 0
    cells = next((k for k, ln in enumerate(reversed(header[1:]))
                  if not _overlaps(ln, first) or ln.x0 < min(values) - 1), len(header) - 1)
    if cells:
        return max(cells, stepped)

    def label_only(line: Line) -> bool:
        return line.page == first.page and line.x1 < min(values) - 1

    # (the label column's own header may stand over them, wrapped: "Opgaven /" over "Investeringen")
    labels = next((k for k, ln in enumerate(reversed(header[1:])) if not label_only(ln)), len(header) - 1)
    # Label lines interleaved with the row's first line, a fraction of a line apart (the label
    # and the cells beside it each centred on lines of their own), are the row's, and so are
    # the label's lines over them, a wider gap over the first than between them.
    interleaved, below = 0, first
    for line in reversed(header[1:]):
        if not (label_only(line) and _overlaps(line, below)):
            break
        interleaved, below = interleaved + 1, line
    if interleaved:
        return next((k for k in range(labels, interleaved, -1) if _row_set_apart(header[-k - 1], [*header[-k:], first])),
                    interleaved)
    if stepped:
        return stepped

    def values_wrapped(line: Line) -> bool:
        """The row's values going on: a unit wrapped under its amount ("1,12" over "mln."), or
        the other cells, centred on a line of their own between the label's."""
        right = [w for w in line.words if w.x1 >= min(values) - 1]
        alone = len(right) == len(line.words) and all(is_figure(w.text) or UNIT_WORD.match(w.text) for w in right)
        return line.page == first.page and bool(right) and (alone or all(UNIT_WORD.match(w.text) for w in right))

    # (the values may wrap in their cells too: the label's lines under them count from there)
    under = list(dropwhile(values_wrapped, body[1:]))
    above = min(labels, next((k for k, ln in enumerate(under) if not label_only(ln)), len(under)))
    # (fewer where the lines under are the next row's label too, centred as this one's)
    return next((k for k in range(above, 0, -1)
                 if _row_set_apart(header[-k - 1], [*header[-k:], first, *body[1:len(body) - len(under)], *under[:k]])), 0)


def _row_set_apart(over: Line, row: list[Line]) -> bool:
    """Does a wider gap part the row's lines from the line over them than parts them?"""
    inner = max(b.top - a.bottom for a, b in zip(row, row[1:]))
    return row[0].top - over.bottom > inner + 0.2 * row[0].size


def _intervals_from_rules(region: Region) -> list[tuple[float, float]] | None:
    xs = _rule_positions(region)
    body = [x for ln in region.body for x in (ln.x0, ln.x1)] + _angled_label_feet(region)
    # Of the rules left of all text (the table's border, the border of a box it stands in)
    # only the nearest is the table's edge; so on the right. A source's label over a column
    # no row fills (the last) stands inside the table too.
    inside = body + [x for ln in region.header for w in ln.words if colmap.is_column_word(w.text, region.aliases)
                     for x in (w.x0, w.x1)]
    outer = [x for x in xs if x < min(inside)], [x for x in xs if x > max(inside)]
    xs -= {x for x in outer[0] if x < max(outer[0])} | {x for x in outer[1] if x > min(outer[1])}
    # A grid open at its sides (no outer vertical rules) still has its first and last column.
    if xs and min(body) < min(xs) - 1:
        xs.add(min(body) - 1)
    if xs and max(body) > max(xs) + 1:
        xs.add(max(body) + 1)
    cuts = sorted(xs)
    merged: list[float] = []
    for x in cuts:
        if merged and x - merged[-1] < region.settings.min_column_pt:
            continue
        merged.append(x)
    if len(merged) < 3:
        return None
    return list(zip(merged, merged[1:]))


def _angled_label_feet(region: Region) -> list[float]:
    """Where the header's labels turned or at an angle stand: each heads the column its foot
    is in, though it leans over the next or no row fills that column."""
    return [w.x0 for ln in region.header for w in ln.words if w.reach]


def _rule_positions(region: Region) -> set[float]:
    return _edges_of(_rules_of_rows(region))


def _rules_of_rows(region: Region) -> list[list[float]]:
    """Where each body line's vertical rules stand, in the table; not where a line without
    amounts has a rule no other line has near it: the edge of a box round its words alone
    (a form's "+ Regel toevoegen" button under the rows), no column's."""
    return [rules if _has_amounts(line) else [x for x in rules if x not in own]
            for line, (rules, own) in zip(region.body, _rules_and_own_rules(region, region.body))]


def _rules_and_own_rules(region: Region, lines: list[Line]) -> list[tuple[list[float], list[float]]]:
    """Each line's vertical rules in the table, and those of them no other line has near."""
    rows = [[x for x in region.pages[line.page].vrules_crossing(line.top, line.bottom) if region.x0 - 2 <= x <= region.x1 + 2]
            for line in lines]

    # (through the rules in order: each line against every other is quadratic in a long table)
    placed = sorted((x, k) for k, row in enumerate(rows) for x in row)
    xs = [x for x, _ in placed]

    def shared(x: float, own: int) -> bool:
        near = range(bisect_left(xs, x - _OWN_RULE_PT), bisect_right(xs, x + _OWN_RULE_PT))
        return any(placed[i][1] != own for i in near)

    return [(row, [x for x in row if not shared(x, k)]) for k, row in enumerate(rows)]


def _has_amounts(line: Line) -> bool:
    return any(is_figure(w.text) for w in line.words)


def _without_buttons(region: Region, body: list[Line]) -> list[Line]:
    """The body without a button under the rows (a form's "+ Regel toevoegen"): a few words,
    no amount and no column's name, a rule close left of them and one close right that no
    other line has near. A control, no row; a sub-header boxed in its own cells names columns,
    a form's row of text has more words."""
    def boxed(line: Line, rules: list[float], own: list[float]) -> bool:
        reach = _BUTTON_PAD_EM * line.size
        return len(line.words) <= _BUTTON_WORDS and not _has_amounts(line) \
            and not any(colmap.is_column_word(w.text, region.aliases) for w in line.words) \
            and any(line.x1 <= x <= line.x1 + reach for x in own) and any(line.x0 - reach <= x <= line.x0 for x in rules)

    rows = [line for line, (rules, own) in zip(body, _rules_and_own_rules(region, body)) if not boxed(line, rules, own)]
    return rows or body


_BUTTON_PAD_EM = 2.0  # how far a button's box stands from its words at most
_BUTTON_WORDS = 4  # "‹ Vorige Volgende ›"


def _edges_of(rows: list[list[float]]) -> set[float]:
    """Where the rows' rules stand; rules a few points apart that no row has both of are one
    column's edge, drawn off in a table pasted row by row (see _by_its_own_rules)."""
    edges: list[list[float]] = []
    for x in sorted({x for row in rows for x in row}):
        if edges and x - edges[-1][-1] <= _OWN_RULE_PT and not any(x in row and set(row) & set(edges[-1]) for row in rows):
            edges[-1].append(x)
        else:
            edges.append([x])
    return {sum(edge) / len(edge) for edge in edges}


def _columns(region: Region) -> tuple[list[tuple[float, float]], Literal["ruled", "aligned"]]:
    """Columns from the vertical rules, unless the text shows more columns than the rules
    do (rules that edge a shaded column or two, a border left out); with the reader that
    gave them, "ruled" or "aligned"."""
    ruled = _intervals_from_rules(region)
    if ruled is not None:
        # A spreadsheet prints the grid of its empty margin cells too: no column of the table.
        lines = region.header + region.body
        kept = [(a, b) for a, b in ruled if any(ln.words_between(a, b) for ln in lines)
                or any(a <= x < b for x in _angled_label_feet(region))]
        ruled = kept if len(kept) >= 2 else ruled
    try:
        aligned = _intervals_from_cuts(region) if region.cuts else _banded_alignment(region)
    except ValueError:
        if ruled is None:
            raise
        return ruled, "ruled"
    if ruled is None or (len(aligned) > len(ruled) and not _each_row_in_its_own_rules(region)
                         and _text_shows_more_columns(region, ruled, aligned)):
        return aligned, "ruled" if ruled is not None and _open_edges_only(ruled, aligned) else "aligned"
    return ruled, "ruled"


def _text_shows_more_columns(region: Region, ruled: list[tuple[float, float]], aligned: list[tuple[float, float]]) -> bool:
    """Does the text show columns the rules leave out: a row holding words in two of the
    columns it shows, within one ruled column (a border left out), or words past the rules
    (a column they leave open, its label in the header)? Where none does, the text only
    stands differently from cell to cell (a spreadsheet sets "-" right and "2 mln." left in
    one column), and the rules hold."""
    body = region.body
    for a, b in ruled:
        pieces = [(max(x0, a), min(x1, b)) for x0, x1 in aligned if min(x1, b) - max(x0, a) > 1]
        if len(pieces) >= 2 and any(sum(bool(ln.words_between(x0, x1)) for x0, x1 in pieces) >= 2 for ln in body):
            return True
    return any(ln.words_between(-math.inf, ruled[0][0]) or ln.words_between(ruled[-1][1], math.inf)
               for ln in region.header + body)


def _each_row_in_its_own_rules(region: Region) -> bool:
    """Are the rows grids of their own, drawn a few points off from each other (see
    _rule_positions): each row a rule at every one of the table's column edges, a few
    points from it at most, and no word across them? Their text then stands as far off, and
    shows no more columns than the rules. (Data bars in the cells are no such rules: their
    ends differ from row to row.)"""
    rules = _rules_of_rows(region)
    edges = sorted(_edges_of(rules))
    rows = list(zip(region.body, rules))
    return any(xs != edges for _, xs in rows) and all(
        len(xs) == len(edges) and all(abs(x - edge) <= _OWN_RULE_PT for x, edge in zip(xs, edges))
        and not any(w.x0 + 1 < x < w.x1 - 1 for w in line.words for x in xs) for line, xs in rows)


def _open_edges_only(ruled: list[tuple[float, float]], aligned: list[tuple[float, float]]) -> bool:
    """Does the text add columns only where the rules leave the table open, past its first or
    last rule (no rule down its edge), one column of text in each ruled one? The table is
    then a ruled one still, its header inside its frame."""
    middles = [(a + b) / 2 for a, b in aligned]
    return all(sum(a <= m < b for m in middles) == 1 for a, b in ruled)


def banded(fills: list[Fill], rows: list[Line], cuts: list[float]) -> list[float]:
    """Columns shaded in turn (a band behind every other column, over all the rows) are drawn
    columns: the bands' edges part them, and a gap in the text inside one column, between
    its heading set left and its figures set right, parts nothing, unless a row holds
    words on both sides of it there (two columns under one shade)."""
    left, right = cuts[0], cuts[-1]
    size = median(ln.size for ln in rows) if rows else 0.0
    # A band is padded past its column's text: the last one may reach past the table's.
    bands = [f for f in fills if left < f.x0 < right and f.x1 <= right + 2 * size and f.x1 - f.x0 < (right - left) / 2
             and sum(f.top <= ln.top + 1 and ln.bottom <= f.bottom + 1 for ln in rows) >= max(2, len(rows) / 2)]
    if not bands:
        return cuts
    # An edge with no text on one side is the table's own (a shaded label column, the last band): no cut.
    edges = _one_cut_per_gap(sorted({*(x for f in bands for x in (f.x0, f.x1) if x < right - 1
                                       and any(ln.words_between(left, x) for ln in rows)
                                       and any(ln.words_between(x, right) for ln in rows))}),
                             left, right, 0.75 * size)
    kept = [x for x in cuts[1:-1] if not any(a + 1 < x < b - 1 for a, b in zip(edges, edges[1:]))
            or any(_both_sides(ln, x, *_between(edges, x)) for ln in rows)]
    kept = [x for x in kept if all(abs(x - edge) > 1 for edge in edges)]
    return sorted({*kept, *edges})


def _one_cut_per_gap(edges: list[float], left: float, right: float, gap: float) -> list[float]:
    """Where every column has a band of its own, a narrow white gap parts two bands: one cut
    down its middle, not a column of its own; a band's edge that close to the table's is
    the table's."""
    cuts = [left]
    for x in edges:
        if x - cuts[-1] < gap:
            if len(cuts) > 1:
                cuts[-1] = (cuts[-1] + x) / 2
        else:
            cuts.append(x)
    if right - cuts[-1] < gap and len(cuts) > 1:
        cuts.pop()
    return [*cuts, right]


def _between(edges: list[float], x: float) -> tuple[float, float]:
    i = bisect_right(edges, x)
    return edges[i - 1], edges[i]


def _both_sides(line: Line, x: float, a: float, b: float) -> bool:
    return bool(line.words_between(a, x)) and bool(line.words_between(x, b))


def _intervals_from_cuts(region: Region) -> list[tuple[float, float]]:
    right = max(ln.x1 for ln in region.header + region.body) + 1
    cuts = [region.x0, *_past_long_labels(region.cuts, region.body), max(region.x1, right)]
    return list(zip(cuts, cuts[1:]))


def _past_long_labels(cuts: list[float], body: list[Line]) -> list[float]:
    """The cuts found on a table's first page, for all its rows: where a row's label on a
    later page runs past the label column's edge, before the first column's cells, the
    edge moves past it."""
    if not cuts or not body:
        return cuts
    edge = cuts[0]
    crossing = [w for ln in body if ln.page != body[0].page for w in ln.words if w.x0 < edge < w.x1]
    if not crossing:
        return cuts
    moved = max(w.x1 for w in crossing) + 1
    clear = all(not (w.x0 < moved < w.x1) for ln in body for w in ln.words)
    return [moved, *cuts[1:]] if clear and (len(cuts) == 1 or moved < cuts[1]) \
        and not any(moved > w.x0 >= edge and is_figure(w.text) for ln in body for w in ln.words) else cuts


def _banded_alignment(region: Region) -> list[tuple[float, float]]:
    """The columns the text's alignment shows, parted where shaded column bands part them."""
    intervals = _intervals_from_alignment(region)
    rows = [ln for ln in region.body if len(ln.segments()) >= 2]
    if not rows:
        return intervals
    page = Counter(ln.page for ln in rows).most_common(1)[0][0]
    cuts = banded(region.pages[page].fills, [ln for ln in rows if ln.page == page], [intervals[0][0], *(b for _, b in intervals)])
    return list(zip(cuts, cuts[1:]))


def _intervals_from_alignment(region: Region) -> list[tuple[float, float]]:
    spans: list[tuple[float, float, int]] = []  # a cell's left and right, and its page
    values: set[tuple[float, float, int]] = set()  # those of amounts
    left = min(ln.x0 for ln in region.body)
    segmented = [(line.page, segs) for line in region.body if (segs := cells_of(line))]
    # The row label is everything before the first amount: a label set justified in a
    # narrow column has gaps as wide as a column's.
    # A label may be indented under a section's heading or its group's.
    def opens_with_label(segs: list[list[Word]]) -> bool:
        return segs[0][0].x0 < left + max(8.0, _LABEL_INDENT_EM * segs[0][0].size)

    labels = [segs[:_first_value(segs)] for _, segs in segmented if opens_with_label(segs) and _first_value(segs) < len(segs)]
    label_ends = [segs[-1][-1].x1 for segs in labels]
    label_end = max(label_ends, default=left)
    # Where the labels end on each page: a label too long for its column runs past it (a
    # word that cannot be broken), and on another page an amount may start under its end.
    ends: dict[int, float] = {}
    for page, segs in segmented:
        k = 0
        if opens_with_label(segs) or (labels and _centred_label(segs, label_end)):
            k = _first_value(segs)
            if k == len(segs) and labels:
                # A line without amounts (a label wrapped beside a cell of text wrapped too):
                # its label is what stands over the other rows' labels.
                k = next((i for i, seg in enumerate(segs) if i and seg[0].x0 > label_end), k)
            label_ends.append(segs[k - 1][-1].x1)
            label_end = max(label_end, label_ends[-1])
            ends[page] = max(ends.get(page, left), segs[k - 1][-1].x1)
        for seg in segs[k:]:
            spans.append((seg[0].x0, seg[-1].x1, page))
            if _is_value(seg):
                values.add(spans[-1])
    # A column of amounts set right keeps a total wider than the labels' column, which reaches
    # in under their ends; other spans that do are pieces of labels.
    overlapping = _overlapping(spans)
    clusters = [c for c in overlapping if all(lo > ends.get(page, left) - 1 for lo, _, page in c)
                or (len(c) >= 3 and _aligned(c, 1) and values.issuperset(c))] or overlapping
    clusters = sorted([*clusters, *_silent_columns(region, clusters, label_end)], key=lambda c: min(s[0] for s in c))
    cuts = [region.x0]
    first_left = min((s[0] for s in clusters[0] if s[0] > ends.get(s[2], left) - 1),
                     default=min(s[0] for s in clusters[0])) if clusters else region.x1
    if clusters and label_end > (first_right := max(s[1] for s in clusters[0])):
        # A label run on past the first column's values, over its empty cell (a spreadsheet
        # prints a long label on into the empty cells beside it), is no edge of the labels.
        label_end = max((x for x in label_ends if x <= first_right), default=label_end)
    # A header cell set flush left over its column of right-aligned amounts shows where
    # that column begins, which the amounts alone do not.
    opening = [seg[0].x0 for ln in region.header for seg in ln.segments()
               if label_end + 1 < seg[0].x0 < first_left and seg[-1].x1 > first_left]
    cuts.append((label_end + min([first_left, *opening])) / 2)
    if cuts[1] <= cuts[0]:
        raise ValueError("no column of values right of the row labels")
    evidence = [c if len(c) > 1 else [*c, *_header_words_over(region, c, clusters)] for c in clusters]
    for before, after in zip(evidence, evidence[1:]):
        cuts.append(_clear_of_header_words(region, before, after, _boundary(before, after)))
    cuts.append(max(region.x1, max(s[1] for s in clusters[-1]) + 1) if clusters else region.x1)
    return list(zip(cuts, cuts[1:]))


def _overlapping(spans: list[tuple[float, float, int]]) -> list[list[tuple[float, float, int]]]:
    """The cells' spans in clusters, left to right, each of the spans that overlap."""
    clusters: list[list[tuple[float, float, int]]] = []
    reach = 0.0  # the right end of the last cluster's spans
    for span in sorted(spans):
        if clusters and span[0] <= reach + 1:
            clusters[-1].append(span)
        else:
            clusters.append([span])
        reach = max(reach, span[1]) if len(clusters[-1]) > 1 else span[1]
    return clusters


def _centred_label(segs: list[list[Word]], label_end: float) -> bool:
    """Words before the values inside the labels' column: a label centred in it ("Totaal")."""
    return 0 < _first_value(segs) and segs[0][-1].x1 <= label_end + 1


def _silent_columns(region: Region, clusters: list[list[tuple[float, float, int]]],
                    label_end: float) -> list[list[tuple[float, float, int]]]:
    """Columns no row fills: where the header's fullest line names more columns than the rows
    fill, its cells over no cell, an em or more right of the labels. Only where those are
    as many as the columns missing (a header cell set left over short amounts set right
    stands over no cell either), each set apart from its neighbours as cells are (not the
    words of one cell spread out), and none over or under a header cell over one column:
    that is a line of it."""
    if not clusters:
        return []
    extents = [(min(s[0] for s in c), max(s[1] for s in c)) for c in clusters]

    def touched(seg: list[Word]) -> int:
        return sum(seg[0].x0 < b and a < seg[-1].x1 for a, b in extents)

    def beside(seg: list[Word], other: list[Word]) -> bool:
        return other[0].x0 < seg[-1].x1 and seg[0].x0 < other[-1].x1

    lines = [[seg for seg in ln.segments() if seg[0].x0 > label_end + 1] for ln in region.header]
    main = max(range(len(lines)), key=lambda i: len(lines[i]), default=0)
    fullest = lines[main] if lines else []
    groups = _group_labels(lines, main)
    # A cell over none on the header's fullest line, or, where the header is centred in its
    # band, wrapped in lines level with it, or a member's under its group's label ("Gem."
    # under "Publiek"); close to the labels' ends, it may head the labels' column.
    silent = [stack for stack in _stacks([(seg, i) for i, segs in enumerate(lines) for seg in segs if not touched(seg)])
              if (any(i == main for _, i in stack) or _under_a_group(stack, groups)
                  or _level_with([region.header[i] for _, i in stack], region.header[main]))
              and stack[0][0][0].x0 > label_end + stack[0][0][0].size]

    def labels_in(seg: list[Word], line: int) -> int:
        """A cell over one column's cells or none names one; one over more on the fullest
        line holds their labels (see _labels_over); over them on a line above, it is a
        group's or a label over a column's parts."""
        if touched(seg) <= 1:
            return 1
        return _labels_over(seg, extents) if line == main else 0

    if not silent or len(silent) != _columns_named(lines, labels_in, groups) - len(clusters):
        return []
    # An em apart, or about as far as the header cells over columns of cells are.
    apart = [_CELLS_APART * (b[0].x0 - a[-1].x1) for a, b in zip(fullest, fullest[1:]) if touched(a) and touched(b)]
    # (a stack's cell on the fullest line is measured there; the lines of one level with it each on its own)
    # (a known label stands alone however tight the header is packed: no word of it is spread out)
    def gap(seg: list[Word]) -> float:
        tight = region.settings.header_tight_em if colmap.names_exactly(join_words(seg), region.aliases) else 1.0
        return min([tight * seg[0].size, *apart])

    if not all(_set_apart(seg, lines[i], gap(seg))
               for stack in silent for seg, i in stack if i == main or all(k != main for _, k in stack)):
        return []
    # A header cell over cells of one column, stacked with the silent cell alone, is a line
    # of it: its column has cells. A group label over it and its neighbour is not.
    heads = [seg for segs in lines for seg in segs if touched(seg) == 1 and sum(beside(seg, s) for s in fullest) <= 1
             and not any(seg is group for group in groups)]
    if any(beside(seg, head) for stack in silent for seg, _ in stack for head in heads):
        return []
    page = region.header[0].page
    return [[(min(seg[0].x0 for seg, _ in stack), max(seg[-1].x1 for seg, _ in stack), page)] for stack in silent]


def _group_labels(lines: list[list[list[Word]]], main: int) -> list[list[Word]]:
    """The header cells that name a group: alone ("Publiek"), or as the lines of a label
    wrapped over them ("Publieke" over "partijen") above the fullest line."""
    alone = [seg for segs in lines for seg in segs if colmap.group_of(join_words(seg))]
    above = _stacks([(seg, i) for i, segs in enumerate(lines[:main]) for seg in segs])
    wrapped = [seg for stack in above if len(stack) > 1
               and colmap.group_of(" ".join(join_words(seg) for seg, _ in sorted(stack, key=itemgetter(1))))
               for seg, _ in stack]
    return alone + [seg for seg in wrapped if not any(seg is other for other in alone)]


def _under_a_group(stack: list[tuple[list[Word], int]], groups: list[list[Word]]) -> bool:
    """Do the stack's cells stand under a group's label ("Gem." under "Publiek")?"""
    return any(group[0].x0 < seg[-1].x1 and seg[0].x0 < group[-1].x1 and group[0].bottom <= seg[0].top
               for seg, _ in stack for group in groups)


def _labels_over(cell: list[Word], extents: list[tuple[float, float]]) -> int:
    """The labels a header cell over two columns' cells or more holds, set close (a header
    packed tight: "Totaal EUR Bedrijfsleven", or glued into one word): the column each word
    stands over the most, and those a word stands over by half their width."""
    overlaps = [[min(w.x1, b) - max(w.x0, a) for a, b in extents] for w in cell]
    most = {max(range(len(extents)), key=o.__getitem__) for o in overlaps if max(o) > 0}
    half = {k for o in overlaps for k, (a, b) in enumerate(extents) if o[k] >= (b - a) / 2}
    return len(most | half) or 1


def _stacks(cells: list[tuple[list[Word], int]]) -> list[list[tuple[list[Word], int]]]:
    """Header cells (each with its line) in stacks, those over one another together, left to right."""
    stacks: list[list[tuple[list[Word], int]]] = []
    reach = -math.inf
    for cell in sorted(cells, key=lambda c: c[0][0].x0):
        if stacks and cell[0][0].x0 < reach:
            stacks[-1].append(cell)
        else:
            stacks.append([cell])
        reach = max(reach, cell[0][-1].x1) if len(stacks[-1]) > 1 else cell[0][-1].x1
    return stacks


def _level_with(stack: list[Line], line: Line) -> bool:
    """A cell's lines, from the first's top to the last's foot, reaching into the line's height."""
    return min(ln.top for ln in stack) < line.bottom and max(ln.bottom for ln in stack) > line.top


def _columns_named(lines: list[list[list[Word]]], labels_in: Callable[[list[Word], int], int],
                   groups: list[list[Word]]) -> int:
    """How many columns a header names: the labels its cells on all its lines hold, those
    stacked over one another counted once, a group's name (its cells `groups`) over its
    members not at all."""
    cells = sorted(((seg, i) for i, segs in enumerate(lines) for seg in segs
                    if labels_in(seg, i) and not any(seg is group for group in groups)), key=lambda cell: cell[0][0].x0)
    named, reach = 0, -math.inf
    for seg, i in cells:
        named += labels_in(seg, i) if seg[0].x0 >= reach else 0
        reach = seg[-1].x1 if seg[0].x0 >= reach else max(reach, seg[-1].x1)
    return named


def _set_apart(seg: list[Word], line: list[list[Word]], gap: float) -> bool:
    i = line.index(seg)
    gaps = [seg[0].x0 - line[i - 1][-1].x1] if i else []
    gaps += [line[i + 1][0].x0 - seg[-1].x1] if i + 1 < len(line) else []
    return all(g >= gap for g in gaps)


_CELLS_APART = 0.7


def _header_words_over(region: Region, cluster: list[tuple[float, float, int]],
                       clusters: list[list[tuple[float, float, int]]]) -> list[tuple[float, float, int]]:
    """The header's words over a column of one cell, and over no other: how they are aligned
    is how its cell is, which one cell cannot show ("Provincie" over "500.000", set right)."""
    def over(word: Word, column: list[tuple[float, float, int]]) -> bool:
        return word.x0 < max(s[1] for s in column) and min(s[0] for s in column) < word.x1

    return [(w.x0, w.x1, ln.page) for ln in region.header for w in ln.words
            if over(w, cluster) and not any(over(w, c) for c in clusters if c is not cluster)]


def _first_value(segs: list[list[Word]]) -> int:
    """Where a line's values begin (its label before them), or past its end."""
    return next((i for i, seg in enumerate(segs) if i and _is_value(seg)), len(segs))


def _is_value(seg: list[Word]) -> bool:
    """An amount, a dash, or a cell that opens with one ("€ 75.000 per broedplaats = ..."),
    the unit of an amount wrapped in its narrow cell ("0,7" / "mln."), or the mark a data
    frame prints in a cell it holds no value in ("NaN")."""
    text = join_words(seg)
    if text.lower() in MISSING_FORMS:
        return True
    # A dash opens a nil or a negative amount, not a word broken after it ("-toe-" / "passing").
    dash = text[:1] in "-–—" and not text[1:2].isalpha()
    return text[:1].isdigit() or text[:1] in "€$£" or dash or _NEGATIVE.match(text) is not None \
        or parse_cell(text).kind in VALUE_KINDS or UNIT_WORD.match(text) is not None


_NEGATIVE = re.compile(r"\(\s*[€$£]?\s*\d")  # "(50.000)", "(€ 50.000)"; "(scholing ...)" is words


def _boundary(left: Sequence[Sequence[float]], right: Sequence[Sequence[float]]) -> float:
    """Where one column ends and the next begins, judged by how their cells are aligned:
    right-aligned amounts end just before the boundary, left-aligned text starts just after."""
    left_end, right_start = max(s[1] for s in left), min(s[0] for s in right)
    pad = min((right_start - left_end) / 2, 6.0)
    if _aligned(left, 1) and not _aligned(left, 0):
        return left_end + pad
    if _aligned(right, 0) and not _aligned(right, 1):
        return right_start - pad
    return (left_end + right_start) / 2


def _clear_of_header_words(region: Region, left: Sequence[Sequence[float]], right: Sequence[Sequence[float]],
                           cut: float) -> float:
    """The cut moved out of a column's own label (no other header word under it: a group's
    "2004" over "N" and "%" is none) set flush with its cells on its far side and wider than
    them, reaching into the gap between the columns ("Rijksbijdrage" set right over a dash):
    where the cells say nothing of how they are aligned, the gap's middle runs through it."""
    left_start, left_end = min(s[0] for s in left), max(s[1] for s in left)
    right_start, right_end = min(s[0] for s in right), max(s[1] for s in right)
    low, high = left_end, right_start
    words = [w for ln in region.header for w in ln.words]
    for word in (w for w in words if not any(o.top > w.bottom - 1 and o.x0 < w.x1 and w.x0 < o.x1 for o in words)):
        if left_start - 1 <= word.x0 < left_end < word.x1 < right_start:
            low = max(low, word.x1)
        elif left_end < word.x0 < right_start < word.x1 <= right_end + 1:
            high = min(high, word.x0)
    if low >= high:
        return cut
    return min(max(cut, low), high)


def _aligned(spans: Sequence[Sequence[float]], edge: int) -> bool:
    """Do the cells of a column share their left (0) or right (1) edge? Cells that are all
    alike ("-" in every row) share both and say nothing about alignment."""
    return len(spans) > 1 and max(s[edge] for s in spans) - min(s[edge] for s in spans) < 1.5


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _cell_extent(region: Region, line: Line, seg: list[Word], leaves: list[tuple[float, float]]) -> tuple[float, float]:
    """The box a header segment's cell spans: up to the vertical rules around it, or as wide
    as the rule drawn right under it (a group label underlined over its columns)."""
    layout = region.pages[line.page]
    # (the segment's own height: a label in a lower tier of the header may share its line with
    # labels of the whole header's height, whose top stands over the tier's rules)
    rules = layout.vrules_crossing(min(w.top for w in seg), max(w.bottom for w in seg))
    left = max((x for x in rules if x <= seg[0].x0 + 1), default=None)
    right = min((x for x in rules if x >= seg[-1].x1 - 1), default=None)
    # Rules around other cells of the line too are a frame (a box the table stands in); so
    # are rules round the whole table where a label narrower than a column stands alone
    # between them (a header on a band drawn round, its label stacked over the line below).
    frame = left is not None and right is not None and left <= leaves[0][0] and right > leaves[-1][0] \
        and seg[-1].x1 - seg[0].x0 < min(b - a for a, b in leaves)
    middle, size = (seg[0].x0 + seg[-1].x1) / 2, line.size
    # A label set in a box as wide as several columns stands at its side or centred there; one
    # standing anywhere else (right-aligned over one column of a group's box) is that column's.
    if left is not None and right is not None and not frame and (
            min(seg[0].x0 - left, right - seg[-1].x1) <= _SET_IN_ITS_BOX_EM * size
            or abs(middle - (left + right) / 2) <= _OFF_CENTRE * (right - left)) and not any(
            left <= w.x0 and w.x1 <= right for w in line.words if w.x1 < seg[0].x0 or w.x0 > seg[-1].x1):
        return left, right
    first, last = leaves[0][0], leaves[-1][1]
    reach = region.settings.underline_gap_em * size
    under = [r for r in layout.hrules if line.bottom - 1 <= r.top <= line.bottom + reach and r.x0 <= middle <= r.x1
             and r.x1 - r.x0 > seg[-1].x1 - seg[0].x0 and r.x0 >= first - 6 and not (r.x0 <= first + 6 and r.x1 >= last - 6)]
    if under:
        rule = min(under, key=lambda r: r.top)
        return rule.x0, rule.x1
    return seg[0].x0, seg[-1].x1


# How far from its box's side a label set there stands (its padding), in ems; how far off its
# middle a label centred there stands, in shares of the box's width.
_SET_IN_ITS_BOX_EM, _OFF_CENTRE = 1.5, 0.15


def _leaf_of(x: float, leaves: list[tuple[float, float]]) -> int | None:
    return next((i for i, (a, b) in enumerate(leaves) if a <= x < b), None)


def _widen_group(leaf: int, seg: list[Word], leaves: list[tuple[float, float]], labelled: set[int]) -> list[int]:
    """A group label ("Publiek") stands over at least two columns: add the neighbour that
    has no label of its own, or else the one on the side of the boundary its middle is
    nearest to (a group label set flush right over its columns has its middle in one)."""
    left = leaf - 1 if leaf > 0 else None
    right = leaf + 1 if leaf + 1 < len(leaves) else None
    free = [n for n in (left, right) if n is not None and n not in labelled]
    if len(free) == 1:
        return sorted([leaf, free[0]])
    a, b = leaves[leaf]
    middle = (seg[0].x0 + seg[-1].x1) / 2
    if middle - a < b - middle and left is not None:
        return [left, leaf]
    if right is not None:
        return [leaf, right]
    return [left, leaf] if left is not None else [leaf]


def _centred_over(covered: list[int], seg: list[Word], leaves: list[tuple[float, float]], labelled: set[int]) -> list[int]:
    """A group label centred over more columns than its words reach ("Publiek" over four
    narrow columns of "€" and "%") spans the columns without labels on both sides of it,
    as far as that brings it nearer the middle of what it spans."""
    middle = (seg[0].x0 + seg[-1].x1) / 2
    lo, hi = covered[0], covered[-1]
    while lo > 0 and hi + 1 < len(leaves) and lo - 1 not in labelled and hi + 1 not in labelled \
            and abs(middle - (leaves[lo - 1][0] + leaves[hi + 1][1]) / 2) < abs(middle - (leaves[lo][0] + leaves[hi][1]) / 2):
        lo, hi = lo - 1, hi + 1
    return list(range(lo, hi + 1))


def _labelled_leaves(region: Region, leaves: list[tuple[float, float]]) -> set[int]:
    """The columns with a label of their own in the header (a known column name), on one line
    or wrapped over several ("Kennisin-" over "stellingen")."""
    out: set[int] = set()
    for line in region.header:
        for seg in line.segments():
            text = join_words(seg)
            if colmap.lookup(text, region.aliases) and not colmap.group_of(text):
                home = _leaf_of((seg[0].x0 + seg[-1].x1) / 2, leaves)
                if home is not None:
                    out.add(home)
    for leaf, span in enumerate(leaves):
        parts = [join_words(ws) for ln in region.header if (ws := ln.words_between(*span))] if leaf not in out else []
        if len(parts) < 2:
            continue  # labelled already, or on one line: read above
        stacked = _unbroken(parts)
        if colmap.lookup(stacked, region.aliases) and not colmap.group_of(stacked):
            out.add(leaf)
    return out


def _labelled_on_both_sides(region: Region, seg: list[Word], leaf: int, leaves: list[tuple[float, float]]) -> bool:
    """Are the columns on either side of a group's label headed by labels of their own on its
    line ("Onderwijs | Publieke partijen | Rijk")? Then the group is over its own column only,
    its member's label under it. (At the table's edge its other members may be printed on the
    next page, beside the row labels again.)"""
    line = next((ln for ln in region.header if any(w is seg[0] for w in ln.words)), None)
    if line is None:
        return False
    beside = {_leaf_of((other[0].x0 + other[-1].x1) / 2, leaves) for other in line.segments()
              if other[0] is not seg[0] and colmap.lookup(join_words(other), region.aliases)
              and not colmap.group_of(join_words(other))}
    return leaf - 1 in beside and leaf + 1 in beside


def _names_one_column(region: Region, leaf: int, leaves: list[tuple[float, float]], text: str) -> bool:
    """Does a group word ("Publiek") finish a label of its own column, stacked over header
    lines ("Overig" above "Publiek")?"""
    stacked = " ".join(join_words(ws) for ln in region.header if (ws := ln.words_between(*leaves[leaf])))
    found = colmap.lookup(stacked, region.aliases) if stacked != text else None
    return found is not None and not colmap.group_of(stacked)


_OVER_THE_CELLS = 0.8  # a header cell over this share of a column's cells' width stands over the column


def _columns_covered(extent: tuple[float, float], leaves: list[tuple[float, float]],
                     cells: list[tuple[float, float] | None]) -> list[int]:
    """The columns a header cell stands over: a good share of their width, or nearly the
    whole width of their ``cells`` (see _cells_extents; the first column reaches halfway to
    the row labels, however far off they end, and "Totale kosten" over its amounts and its
    shares covers too little of it). A label that merely runs a little into the next column
    still belongs to the one its middle stands in; a label centred over the boundary of two
    columns ("Publiek") covers both."""
    lo, hi = extent
    covered = [i for i, ((a, b), drawn) in enumerate(zip(leaves, cells)) if _overlap(lo, hi, a, b) >= 0.3 * (b - a)
               or (drawn is not None and _overlap(lo, hi, *drawn) >= _OVER_THE_CELLS * (drawn[1] - drawn[0]))]
    if len(covered) > 1:
        middle = (lo + hi) / 2
        home = _leaf_of(middle, leaves)
        if home is not None:
            a, b = leaves[home]
            if a + 0.2 * (b - a) <= middle <= b - 0.2 * (b - a):
                return [home]
    if not covered:
        home = _leaf_of((lo + hi) / 2, leaves)
        covered = [home] if home is not None else []
    return covered


def _astride(word: Word, covered: list[int], leaves: list[tuple[float, float]]) -> list[int]:
    """A word set across the boundary of the one column it was found over, a good share of it
    either side, stands over both: it names them together ("Dekking" centred over the
    sources), however the boundary falls, for a word cannot be two columns' labels."""
    if len(covered) != 1:
        return covered
    (i,) = covered
    a, b = leaves[i]
    share = _ASTRIDE * (word.x1 - word.x0)
    if i > 0 and min(a - word.x0, word.x1 - a) >= share:
        return [i - 1, i]
    if i + 1 < len(leaves) and min(b - word.x0, word.x1 - b) >= share:
        return [i, i + 1]
    return covered


_ASTRIDE = 0.4  # a word this share of it or more either side of a boundary stands astride it


@dataclass
class Header:
    """What a table's header says of each of its value columns."""

    own: list[list[str]]  # each column's own label, line by line
    group_for: list[str | None]  # the label of the group a column stands under
    boxes: list[Provenance | None]
    spanning: list[tuple[int, str, list[int]]]  # header line, text, the columns it spans

    @property
    def labels(self) -> list[str]:
        return [_unbroken(parts) for parts in self.own]


def _unlabelled_by_rows(region: Region, leaves: list[tuple[float, float]],
                        header: Header) -> tuple[list[tuple[float, float]], Header]:
    """Neighbouring columns under a group label, none with a label of its own, cut where the
    rows' cells part: where every row holds as many cells there, the first cells are one
    column, the second the next (Leonardo's "Publiek": "Gem." and "Prov." set left in one row,
    the nils under them set right in the next, are two columns, not four)."""
    def unlabelled(i: int) -> bool:
        return not _UNIT_ONLY.sub("", header.labels[i]).strip()

    i = 0
    while i < len(leaves):
        j = i
        while j + 1 < len(leaves) and unlabelled(i) and unlabelled(j + 1):
            j += 1
        cut = _cut_by_rows(region, leaves[i][0], leaves[j][1]) if j > i and any(header.group_for[i:j + 1]) else None
        if cut is not None and len(cut) - 1 < j - i + 1:
            leaves = [*leaves[:i], *zip(cut, cut[1:]), *leaves[j + 1:]]
            header = _recut(header, i, j, len(cut) - 1)
        i = j + 1
    return leaves, header


def _cut_by_rows(region: Region, x0: float, x1: float) -> list[float] | None:
    """Edges of the columns between x0 and x1 where every row has as many cells there and
    each row's k-th cell lies left of every row's (k+1)-th; None where they do not."""
    rows = [Line(ln.page, words, ln.space).segments() for ln in region.body if (words := ln.words_between(x0, x1))]
    if not rows or len({len(cells) for cells in rows}) != 1:
        return None
    edges = [x0]
    for k in range(len(rows[0]) - 1):
        right, left = max(cells[k][-1].x1 for cells in rows), min(cells[k + 1][0].x0 for cells in rows)
        if right >= left:
            return None
        edges.append((right + left) / 2)
    return [*edges, x1]


def _recut(header: Header, i: int, j: int, n: int) -> Header:
    """The header with its columns i..j made n columns under their group."""
    group = next(g for g in header.group_for[i:j + 1] if g)

    def index(k: int) -> list[int]:
        return [k] if k < i else list(range(i, i + n)) if k <= j else [k - (j - i + 1) + n]
    return Header([*header.own[:i], *([[]] * n), *header.own[j + 1:]],
                  [*header.group_for[:i], *([group] * n), *header.group_for[j + 1:]],
                  [*header.boxes[:i], *([next((b for b in header.boxes[i:j + 1] if b), None)] * n), *header.boxes[j + 1:]],
                  [(line, text, sorted({m for k in covered for m in index(k)})) for line, text, covered in header.spanning])


def _unbroken(parts: list[str]) -> str:
    """A column's label from its lines, a word broken at a line's end made whole ("Onder-" over
    "wijs": "Onderwijs"), or cut where a narrow cell ran out without a hyphen ("Rij" over "k":
    a source's name whole, its first part none). A label said twice (a group one column wide
    named as its member) is said once."""
    text = ""
    for part in parts:
        broken = text.endswith("-") and len(text) > 2 and text[-2].isalpha() and part[:1].islower()
        last = text.rsplit(" ", 1)[-1]
        cut = part[:1].islower() and " " not in part and last[-1:].isalpha() \
            and not colmap.is_column_word(last) and colmap.names_exactly(last + part)
        text = text[:-1] + part if broken else text + part if cut else f"{text} {part}".strip()
    words = text.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half and len(words) % 2 == 0 and words[:half] == words[half:] else text


def build_table(region: Region, investment: bool | None = True) -> FundingTable:
    """Read a region as a table. ``investment``: read its columns as funding sources (True),
    as plain columns (False), or as what their labels name (None). A table that goes on where
    the next page sets its text elsewhere (mirrored margins) is read in its first page's frame;
    one broken by hand over pages, each part set in column widths of its own, part by part."""
    parts = _parts_in_widths_of_their_own(region)
    try:
        tables = [build_table(part, investment) for part in parts]
    except ValueError:  # a part too small to show its columns: read with the others
        tables = []
    if tables and all([c.key for c in t.columns] == [c.key for c in tables[0].columns] for t in tables):
        region.warnings.extend(w for part in parts for w in part.warnings)
        return tables[0].model_copy(update={"rows": [r for t in tables for r in t.rows],
                                            "footnotes": [n for t in tables for n in t.footnotes],
                                            "pages": sorted({p for t in tables for p in t.pages})})
    frames = _into_the_first_frame(region)
    table = _build_table(region, investment)
    return _back_in_place(table, frames) if frames else table


def drawn_as_one(region: Region) -> list[Region]:
    """The tables one drawn table holds: the parts it stacks under one set of columns, each
    split where it sets a second table beside the first."""
    return [half for part in stacked_parts(region) for half in _side_by_side(part)]


def _side_by_side(region: Region) -> list[Region]:
    """Two tables set side by side under one header line ("Kosten | Bedrag | Dekking | Bedrag":
    a budget's costs, and beside them the funding that covers them): the header repeats its
    columns' labels after a label of its own, over a column of words (the second table's row
    labels), not of amounts. Each half is read on its own."""
    if not region.header or region.form != "grid":
        return [region]
    heads = [colmap.normalise(join_words(seg)) for seg in region.header[-1].segments()]
    half = len(heads) // 2
    if len(heads) < 4 or len(heads) % 2 or heads[1:half] != heads[half + 1:] or heads[0] == heads[half]:
        return [region]
    edge = region.header[-1].segments()[half][0].x0 - 2
    beside = [segs for segs in ([seg for seg in ln.segments() if seg[0].x0 >= edge] for ln in region.body)
              if len(segs) >= 2]
    if len(beside) < 2 or any(is_figure(join_words(segs[0])) for segs in beside):
        return [region]
    return [_clipped(region, region.x0, edge, region.label), _clipped(region, edge, region.x1, "")]


def _clipped(region: Region, x0: float, x1: float, label: str) -> Region:
    def inside(lines: list[Line]) -> list[Line]:
        kept = (Line(ln.page, [w for w in ln.words if x0 <= w.x0 < x1], ln.space, ln.column) for ln in lines)
        return [ln for ln in kept if ln.words]

    header, body = inside(region.header), inside(region.body)
    right = max(ln.x1 for ln in header + body)  # (a cut past the half's last word parts nothing)
    return replace(region, header=header, body=body, x0=x0, x1=x1, label=label,
                   cuts=[x for x in region.cuts if x0 < x < right], repeated=inside(region.repeated), remarks=[],
                   warnings=[])


def stacked_parts(region: Region) -> list[Region]:
    """The tables one drawn table stacks under one set of columns: a body line that repeats the
    header's column labels under a label of its own ("Kosten | Bedrag", later "Dekking |
    Bedrag": a budget, then the funding that covers it) heads the part under it, as does a
    label alone that opens the funding under the costs' total (see _opens_the_funding). Each
    part is read on its own, as its rows may run the other way round (the funding's sources
    as rows)."""
    if not region.header or region.form != "grid":
        return [region]
    labels = next((ln for ln in reversed(region.header) if len(ln.segments()) >= 2), region.header[-1])
    repeated = {k for k, line in enumerate(region.body) if _repeats_the_labels(labels, line)}
    starts = sorted(repeated | {k for k in range(len(region.body)) if _opens_the_funding(region, k)})
    if not starts:
        return [region]
    heads = [region.header, *([region.body[k] if k in repeated else _beside_the_labels(region.body[k], labels)]
                              for k in starts)]
    bounds = [-1, *starts, len(region.body)]
    parts = []
    for k, head in enumerate(heads):
        body = region.body[bounds[k] + 1:bounds[k + 1]]
        pages = {ln.page for ln in body}
        last = k == len(heads) - 1
        parts.append(replace(region, header=head, body=body, footnotes=region.footnotes if last else [],
                             label=region.label if k == 0 else "",
                             repeated=[ln for ln in region.repeated if ln.page in pages], remarks=[], warnings=[]))
    return parts if all(part.body for part in parts) else [region]


def _beside_the_labels(section: Line, header: Line) -> Line:
    """A label alone that opens a part, with the header's column labels as if repeated beside it."""
    dy = section.top - header.top
    labels = [replace(w, top=w.top + dy, bottom=w.bottom + dy, reach=None) for seg in header.segments()[1:] for w in seg]
    return Line(section.page, [*section.words, *labels], section.space, section.column)


def is_total_row(line: Line) -> bool:
    """Does the line's first cell name a total ("Totaal", "Total", "Eindtotaal")?"""
    return row_kind(join_words(cells_of(line)[0])) == "total"


def _opens_the_funding(region: Region, k: int) -> bool:
    """A label alone under the costs' total, over lines that name funding sources as labels do
    where the lines above named none ("Totaal kosten", then "Dekking" over "Bedrijfsleven",
    "Provincie", "Rijk"): the funding's part of a budget drawn as one table."""
    body = region.body
    if not 0 < k < len(body) - 2 or _has_amounts(body[k]) or not (_has_amounts(body[k - 1]) and is_total_row(body[k - 1])):
        return False
    under = list(takewhile(lambda ln: not is_total_row(ln), (ln for ln in body[k + 1:] if _has_amounts(ln))))
    over = [ln for ln in body[:k - 1] if _has_amounts(ln) and not is_total_row(ln)]
    labels = [[join_words(cells_of(ln)[0]) for ln in lines] for lines in (under, over)]
    named = [_naming_sources(texts, region.aliases, outright=True) for texts in labels]
    return len(under) >= 2 and bool(over) and named[0] >= _MOSTLY and named[1] <= named[0] / 2


def budget_parts(tables: list[FundingTable]) -> list[FundingTable]:
    """A project's tables in the order drawn: a table without funding sources that totals its
    lines, followed by one that names them drawn alike (its sources as rows beside the amount
    column the costs have, "Bedrag"), are a budget's costs and the funding that covers them
    ("begroting en dekkingsplan", one table in two parts or two tables, in one field or two),
    whose totals must agree."""
    marked = list(tables)
    for k in range(len(marked) - 1):
        costs, funding = marked[k], marked[k + 1]
        if not costs.funding and funding.funding and any(row.kind == "total" for row in costs.rows) \
                and [c.label for c in costs.columns] == [row.label for row in funding.rows]:
            marked[k] = costs.model_copy(update={"budget_part": "costs"})
            marked[k + 1] = funding.model_copy(update={"budget_part": "funding"})
    return marked


def _repeats_the_labels(header: Line, line: Line) -> bool:
    """``line`` names the header line's columns (all but the first), each over its own, under a
    first label that differs; no amount on it."""
    own, theirs = line.segments(), header.segments()
    if len(own) != len(theirs) or len(own) < 2 or _has_amounts(line):
        return False
    if colmap.normalise(join_words(own[0])) == colmap.normalise(join_words(theirs[0])):
        return False
    return all(colmap.normalise(join_words(a)) == colmap.normalise(join_words(b))
               and _overlap(a[0].x0, a[-1].x1, b[0].x0, b[-1].x1) > 0 for a, b in zip(own[1:], theirs[1:]))


def _parts_in_widths_of_their_own(region: Region) -> list[Region]:
    """The parts of a table, one from each page that repeats its header, where a repeated
    header shows its columns moved apart (see columns_moved_apart): each to be read in its
    own columns, as one set of columns laid over all would put a column's cells under its
    neighbour's label."""
    starts = sorted({ln.page for ln in region.repeated})
    if not any(columns_moved_apart(region.header, [ln for ln in region.repeated if ln.page == page]) for page in starts):
        return []
    starts.insert(0, (region.header or region.body)[0].page)
    parts = []
    for k, page in enumerate(starts):
        until = starts[k + 1] if k + 1 < len(starts) else math.inf
        parts.append(replace(region, header=region.header if k == 0 else [ln for ln in region.repeated if ln.page == page],
                             body=[ln for ln in region.body if page <= ln.page < until],
                             footnotes=[ln for ln in region.footnotes if page <= ln.page < until],
                             cuts=region.cuts if k == 0 else [], repeated=[], warnings=[]))
    return parts if all(part.body for part in parts) else []


def columns_moved_apart(header: list[Line], repeated: list[Line]) -> bool:
    """Does a header repeated on a later page stand with its columns moved by different
    amounts? A typesetter or a browser sets each part of a table broken by hand in column
    widths of its own, a few points apart. Each label of the repeated header stands for its
    column: its edges are measured against the first's."""
    shifts = _header_shifts(header, repeated)
    return len(shifts) >= 4 and max(shifts) - min(shifts) > _COLUMN_SHIFT_PT


def _header_shifts(header: list[Line], repeated: list[Line]) -> list[float]:
    """How far each edge of the repeated header's labels stands from the first header's."""
    own = [w for ln in repeated for w in ln.words]
    first = [w for ln in header for w in ln.words]
    matcher = SequenceMatcher(None, [w.text.casefold() for w in own], [w.text.casefold() for w in first], autojunk=False)
    return [edge(own[i + k]) - edge(first[j + k]) for i, j, n in matcher.get_matching_blocks() for k in range(n)
            for edge in (lambda w: w.x0, lambda w: w.x1)]


# Columns of two parts of one table further apart than this, one against another, are set
# in widths of their own.
_COLUMN_SHIFT_PT = 1.0


def _into_the_first_frame(region: Region) -> dict[int, _Frame]:
    """Each later page's part of the table moved to where the first page sets it, measured at
    the parts' left edges (the row labels'), with the rules and fills drawn around it; by
    page, where it moved more than a cell's padding. Where the right edges did not move as
    the left ones did, the part's cells only differ in length (labels set right, amounts set
    left): it did not move. A header repeated on the page says how far it moved; a part
    ruled in columns of its own is laid column by column on the first page's."""
    lines = region.header + region.body
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for line in lines:
        lefts[line.page] = min(lefts.get(line.page, line.x0), line.x0)
        rights[line.page] = max(rights.get(line.page, line.x1), line.x1)
    first, right = lefts[lines[0].page], rights[lines[0].page]
    lefts = {page: x if abs((x - first) - (rights[page] - right)) <= _FRAME_SHIFT_PT else first
             for page, x in lefts.items()}
    # Beyond a cell's padding, or as far as the page's text is moved too (mirrored margins).
    texts = {page: _text_left(region.pages[page]) for page in lefts}
    offsets = {page: x - first for page, x in lefts.items()
               if abs(x - first) > _FRAME_SHIFT_PT or (abs(x - first) > 1 and abs(texts[page] - texts[lines[0].page]
                                                                                   - (x - first)) <= 1)}
    for page in {ln.page for ln in region.repeated}:
        shifts = _header_shifts(region.header, [ln for ln in region.repeated if ln.page == page])
        if len(shifts) >= 4 and max(shifts) - min(shifts) <= _COLUMN_SHIFT_PT and abs(median(shifts)) > _FRAME_SHIFT_PT:
            offsets[page] = median(shifts)
    frames = {page: _Frame(((dx, 0.0),)) for page, dx in offsets.items()}
    frames.update(_ruled_frames(region, lines[0].page))
    if not frames:
        return frames
    region.header, region.body, region.footnotes = ([_moved(ln, frames.get(ln.page)) for ln in part]
                                                    for part in (region.header, region.body, region.footnotes))
    region.pages = {page: _moved_layout(layout, frames[page]) if page in frames else layout
                    for page, layout in region.pages.items()}
    return frames


@dataclass(frozen=True)
class _Frame:
    """Where a later page sets a table's part against the first page: pairs of positions
    (on its own page, on the first), rising both ways; between two pairs in proportion,
    beyond the outer ones moved as they are."""

    pairs: tuple[tuple[float, float], ...]

    def there(self, x: float) -> float:
        return _through(self.pairs, x)

    def back(self, x: float) -> float:
        return _through(tuple((first, own) for own, first in self.pairs), x)


def _through(pairs: tuple[tuple[float, float], ...], x: float) -> float:
    i = bisect_right([own for own, _ in pairs], x)
    if i in (0, len(pairs)):
        own, first = pairs[max(i - 1, 0)]
        return x + first - own
    (a0, b0), (a1, b1) = pairs[i - 1], pairs[i]
    return b0 + (x - a0) * (b1 - b0) / (a1 - a0)


def _ruled_frames(region: Region, first: int) -> dict[int, _Frame]:
    """The later pages whose part of a ruled table stands between rules of its own, as many
    as the first page's but elsewhere (a table broken by hand, laid out anew): each rule
    stands for the first page's."""
    def rules(page: int) -> list[float]:
        return sorted({round(x, 1) for ln in region.body if ln.page == page
                       for x in region.pages[page].vrules_crossing(ln.top, ln.bottom)})

    home = rules(first)
    frames = {}
    for page in sorted({ln.page for ln in region.body} - {first}):
        own = rules(page)
        if len(own) == len(home) >= 3 and max(abs(a - b) for a, b in zip(own, home)) > _COLUMN_SHIFT_PT:
            frames[page] = _Frame(tuple(zip(own, home)))
    return frames


_FRAME_SHIFT_PT = 12.0


def _text_left(layout: PageLayout) -> float:
    """Where most of the page's lines start."""
    starts = Counter(round(ln.x0) for ln in layout.lines)
    return float(starts.most_common(1)[0][0]) if starts else 0.0


def _moved(line: Line, frame: _Frame | None) -> Line:
    if frame is None:
        return line
    return Line(line.page, [replace(w, x0=frame.there(w.x0), x1=frame.there(w.x1)) for w in line.words], line.space)


def _moved_layout(layout: PageLayout, frame: _Frame) -> PageLayout:
    """The page's rules and fills in the first page's frame, for reading a table part there."""
    return replace(layout, lines=[], turned=[], margin=[], notes=[], columns=[], frames=[], struck=[],
                   hrules=[replace(r, x0=frame.there(r.x0), x1=frame.there(r.x1)) for r in layout.hrules],
                   vrules=[replace(r, x0=frame.there(r.x0), x1=frame.there(r.x1)) for r in layout.vrules],
                   fills=[replace(f, x0=frame.there(f.x0), x1=frame.there(f.x1)) for f in layout.fills])


def _back_in_place(table: FundingTable, frames: dict[int, _Frame]) -> FundingTable:
    """The boxes of what stands on a moved page, where the page has it."""
    def placed(prov: Provenance | None) -> Provenance | None:
        if prov is None or prov.bbox is None or prov.page not in frames:
            return prov
        x0, top, x1, bottom = prov.bbox
        frame = frames[prov.page]
        return prov.model_copy(update={"bbox": rounded((frame.back(x0), top, frame.back(x1), bottom))})

    for row in table.rows:
        row.provenance = placed(row.provenance)
        for cell in row.cells:
            cell.provenance = placed(cell.provenance)
    for note in table.footnotes:
        note.provenance = placed(note.provenance)
    return table


class NoValueColumns(ValueError):
    """A region of lines in one column, labels and nothing beside them: a list, not a table."""


def _label_and_value_columns(region: Region
                             ) -> tuple[tuple[float, float], list[tuple[float, float]], Literal["ruled", "aligned"]]:
    """The row labels' column, the columns of values beside it, and which reader gave them.
    Labels set on lines of their own across the columns or over their amounts (see
    _labels_across) make none."""
    starts = [seg[0].x0 for ln in region.body for seg in _beside_a_label(ln.segments()) if _is_value(seg)]
    over = _over_their_amounts(region.body)
    across = {id(ln) for ln in region.body if starts and _label_across(ln, min(starts))} | over
    intervals, reader = _columns(replace(region, body=[ln for ln in region.body if id(ln) not in across]) if across else region)
    # (every label on a line of its own over its amounts: the first column is one of amounts, the labels' left of it)
    amounts_from = min((amounts.x0 for label, amounts in zip(region.body, region.body[1:]) if id(label) in over), default=None)
    if amounts_from is not None and intervals and intervals[0][0] < amounts_from < intervals[0][1]:
        intervals = [(intervals[0][0], amounts_from - _LABEL_GAP_PT), (amounts_from - _LABEL_GAP_PT, intervals[0][1]),
                     *intervals[1:]]
    if len(intervals) < 2:
        raise NoValueColumns("no column beside the row labels")
    label_col, leaves = intervals[0], intervals[1:]
    if (split := _headed_apart(region, label_col)) is not None:
        label_col, leaves = (label_col[0], split), [(split, label_col[1]), *leaves]
    reach = _row_labels_heading_reach(region, label_col, leaves[0])
    if reach is not None and reach < leaves[0][1]:
        label_col, leaves = (label_col[0], reach), [(reach, leaves[0][1]), *leaves[1:]]
    if reader == "aligned":
        leaves = [part for leaf in leaves for part in _parted_under_their_labels(region, leaf)]
    return label_col, leaves, reader


def _parted_under_their_labels(region: Region, leaf: tuple[float, float]) -> list[tuple[float, float]]:
    """A column the text's alignment shows, parted where a header line names two sources in
    it, apart, and no row has words on both sides: a source no row fills ("Prov." beside
    "Rijk" over a column of amounts under one of them) has no alignment to show."""
    a, b = leaf
    words = [w for ln in region.body for w in ln.words]
    lines = [[seg for seg in line.segments() if a <= (seg[0].x0 + seg[-1].x1) / 2 < b] for line in region.header]
    for heads in [*lines, _side_by_side_stacks(region, a, b)]:
        keys = [found.key if (found := colmap.lookup(join_words(seg), region.aliases)) else None for seg in heads]
        if len(heads) < 2 or None in keys or len(set(keys)) < len(keys):
            continue
        middles = [_clear_middle(left[-1].x1, right[0].x0, words) for left, right in zip(heads, heads[1:])]
        cuts = [x for x in middles if x is not None]
        if len(cuts) == len(middles) and all(len({bisect_right(cuts, w.middle) for w in ln.words_between(a, b)}) <= 1
                                           for ln in region.body):
            return list(zip([a, *cuts], [*cuts, b]))
    return [leaf]


def _side_by_side_stacks(region: Region, a: float, b: float) -> list[list[Word]]:
    """The header's words over a column, in stacks side by side: the lines of a label wrapped
    in its cell ("Rijk" over "(Regio" over "Deal)") beside another's ("Provincie"), each in
    reading order. A word reaching over two (a group's label) joins them into one, which
    names no source."""
    stacks: list[list[Word]] = []
    for word in sorted((w for ln in region.header for w in ln.words if a <= w.middle < b), key=lambda w: w.x0):
        if stacks and word.x0 <= max(w.x1 for w in stacks[-1]):
            stacks[-1].append(word)
        else:
            stacks.append([word])
    return [sorted(stack, key=lambda w: (round(w.top), w.x0)) for stack in stacks]


def _clear_middle(x0: float, x1: float, words: list[Word]) -> float | None:
    """The middle of the widest stretch between x0 and x1 that no word covers (amounts set
    right reach past a label centred over them), if any."""
    free, start = [], x0
    for w in sorted((w for w in words if w.x1 > x0 and w.x0 < x1), key=lambda w: w.x0):
        if w.x0 > start:
            free.append((start, w.x0))
        start = max(start, w.x1)
    if start < x1:
        free.append((start, x1))
    if not free:
        return None
    a, b = max(free, key=lambda ab: ab[1] - ab[0])
    return (a + b) / 2


_LABEL_GAP_PT = 2.0  # the labels' column ends this far left of the first figures where nothing else ends it


def _beside_a_label(segments: list[list[Word]]) -> list[list[Word]]:
    """A line's cells after its label's, or all of them on a line of amounts alone (the
    amounts set under a label on a line of its own, the label's cell left empty)."""
    return segments if len(segments) >= 2 and all(map(_is_value, segments)) else segments[1:]


def _headed_apart(region: Region, label_col: tuple[float, float]) -> float | None:
    """Where a column of words beside the row labels starts that too few rows fill for its
    alignment to show (a status, a remark): a header cell of its own over the labels' column,
    after the corner's, the words under it set flush with it, none crossing its edge."""
    heads = [seg for ln in region.header
             for seg in sorted((s for s in ln.segments() if label_col[0] <= s[0].x0 < label_col[1]), key=lambda s: s[0].x0)[1:]]
    if not heads:
        return None
    head = min(heads, key=lambda s: s[0].x0)
    edge = head[0].x0 - _LABEL_GAP_PT
    beside = [(ln, [seg for seg in ln.segments() if edge <= seg[0].x0 < label_col[1]]) for ln in region.body]
    cells = [(ln, segs) for ln, segs in beside if segs]
    crossing = any(w.x0 < edge < w.x1 for ln in region.body for w in ln.words_between(label_col[0], label_col[1]))
    # (each beside its row's label: no labels' column of a table set in from a field's label)
    labelled = all(ln.words_between(label_col[0], edge) for ln, _ in cells)
    flush = all(abs(seg[0].x0 - head[0].x0) <= _FLUSH_PT or abs(seg[-1].x1 - head[-1].x1) <= _FLUSH_PT
                for _, segs in cells for seg in segs)
    return edge if cells and flush and labelled and not crossing else None


_FLUSH_PT = 2.0  # a column's cells set flush with its header start or end this close to its edge


def _row_labels_heading_reach(region: Region, label_col: tuple[float, float], first: tuple[float, float]) -> float | None:
    """Where the row labels' heading ends, set on header lines of its own under all the
    columns' labels, against the first column of values (a data frame's index name, right-aligned in
    its column), and reaching past the labels under it: the labels' column reaches as far."""
    if len(region.header) < 2 or any(w.x1 >= first[1] for w in region.header[-1].words):
        return None  # (the header's last line reaches into the first column's: no heading of the labels)
    values = [w.x0 for ln in region.body for w in ln.words if w.x0 >= label_col[0] and is_figure(w.text)]
    if not values:
        return None
    first_value = min(values)
    reaching = [k for k, ln in enumerate(region.header) if any(w.x1 >= first_value for w in ln.words)]
    under = region.header[reaching[-1] + 1:] if reaching else []
    # (no column's own label: "Provincie" set left of its figures under its group's label)
    own = [ln for ln in under if all(w.x1 < first_value and not colmap.is_column_word(w.text, region.aliases) for w in ln.words)]
    reach = max((w.x1 for ln in own for w in ln.words), default=None)
    return reach + 1 if reach is not None and reach > label_col[1] else None


def _build_table(region: Region, investment: bool | None) -> FundingTable:
    if region.form != "grid":
        return _text_table(region, investment)
    in_drawn_order = investment is False  # any table, its grid compared with the page as drawn
    region.body = _without_buttons(region, _body_lines(region.body))
    key = nearest_key(region.header, region.pages)
    region.header = [ln for ln in region.header if key is None or all(ln is not k for k in key[0])]  # a key heads no column
    region.x0 = min([region.x0, *(ln.x0 - 12 for ln in region.header + region.body)])
    label_col, leaves, reader = _label_and_value_columns(region)
    header = _read_header(region, label_col, leaves)
    _named_by_colour(region, header, leaves, key[1] if key else None)
    leaves, header = _unlabelled_by_rows(region, leaves, header)
    region.label = region.label or _header_label(region.header, label_col)
    if investment is not False and (long := read_long_form(region.body, label_col, leaves, region.aliases)) is not None:
        return _widened(region, long, reader)
    rows = _group_rows(region, label_col, leaves)
    table_rows = [_make_row(lines, *_by_its_own_rules(region, lines, label_col, leaves, reader)) for lines in rows]
    rows, table_rows = _shares_in_their_cells(*_cost_lines_only(rows, table_rows))
    _mark_sections(rows, table_rows, label_col)
    if _without_line_numbers(table_rows, rows, _NUMBER_HEAD.match(region.label) is not None):
        region.label = _NUMBER_HEAD.sub("", region.label)
    _read_numbers_as_written(table_rows)
    if investment is not False and _turned(header, table_rows, region.aliases):
        # Sources drawn as rows and cost lines as columns: the table as meant is the other way round.
        investment = True
        cols, table_rows, group_for = _turned_table(header, table_rows, [_label_x(lines, label_col) for lines in rows],
                                                    region.aliases)
        groups = _groups_of(group_for)
    else:
        if investment is None:
            investment = _names_funding(region, header.labels, header.group_for) \
                or _sources_under_their_funding(header, region.aliases)
        cols, group_for = _make_columns(region, header, leaves, investment), header.group_for
        groups = [[(text, covered[0], len(covered)) for k, text, covered in header.spanning if k == level]
                  for level in sorted({k for k, _, _ in header.spanning})]
        _labels_run_on_over_empty_cells(table_rows, rows, leaves, header.labels)
    if _labels_beside_numbers(cols, table_rows, _NUMBER_HEAD.fullmatch(f"{region.label.strip()} ") is not None):
        region.label = cols.pop(0).label
    elif _label_run_on_into(cols, table_rows, rows):
        cols.pop(0)
    elif not in_drawn_order:
        _labels_beside_a_category(region, cols, table_rows, rows, label_col)
    for k in _accounting_nils(cols, table_rows):
        group_for, groups = _without_column(k, group_for, groups)
    _adopt_leaked_subheaders(region, cols, table_rows)
    _warn_unlabelled(region, cols, group_for)
    _misread_or_too_long(region, cols, table_rows)
    pages = sorted({ln.page for ln in region.header + region.body + region.footnotes})
    return FundingTable(
        label=region.label,
        columns=cols,
        rows=table_rows,
        footnotes=[*_remarks(region.remarks), *read_footnotes(region.footnotes, sources=True, typed=typed_marks(region.body))],
        pages=pages,
        field=region.field_label,
        funding=holds_funding(bool(investment), cols, table_rows, groups),
        head_groups=groups,
        reader=reader,
        provenance=_line_prov(region.header or region.body),
    )


def _named_by_colour(region: Region, header: Header, leaves: list[tuple[float, float]], key: dict[float, str] | None) -> None:
    """Columns headed by a swatch alone, named by the key that sets a word beside a swatch of
    that colour: over the table, or else the nearest before it on its page or the page before."""
    if not region.body:
        return
    first = region.body[0]
    layout = region.pages[first.page]
    top = (region.header[0].top if region.header and region.header[0].page == first.page else first.top - 3 * first.size)
    swatches = {i: fill for i, (a, b) in enumerate(leaves)
                if not header.own[i] and (fill := swatch_over(layout, a, b, top - first.size, first.top, first.size))}
    if not swatches:
        return
    if key is None:
        before = region.pages.get(first.page - 1)
        found = nearest_key([*sorted((ln for ln in layout.lines if ln.bottom <= top), key=lambda ln: -ln.top),
                             *sorted(before.lines if before else [], key=lambda ln: -ln.top)], region.pages)
        key = found[1] if found else None
    for i, fill in swatches.items():
        if key is not None and (name := named(fill.shade, key)) is not None:
            header.own[i].append(name)
            header.boxes[i] = Provenance(page=first.page, bbox=rounded((fill.x0, fill.top, fill.x1, fill.bottom)))


def _groups_of(group_for: list[str | None]) -> list[list[tuple[str, int, int]]]:
    """The groups columns stand under, as (label, first column, how many) on one level."""
    spans: dict[str, list[int]] = {}
    for i, group_label in enumerate(group_for):
        if group_label:
            spans.setdefault(group_label, []).append(i)
    return [[(text, covered[0], len(covered)) for text, covered in spans.items()]] if spans else []


def _without_column(k: int, group_for: list[str | None], groups: list[list[tuple[str, int, int]]]
                    ) -> tuple[list[str | None], list[list[tuple[str, int, int]]]]:
    """The groups' reach once column ``k`` is taken out of the table."""
    return [*group_for[:k], *group_for[k + 1:]], [
        [(text, first - (first > k), span - (first <= k < first + span)) for text, first, span in level] for level in groups]


def _header_label(header: list[Line], label_col: tuple[float, float]) -> str:
    """The table's own label: the header's words but those that head its value columns."""
    parts = [join_words([w for seg in ln.segments() if seg not in _value_heads(ln, label_col) for w in seg]) for ln in header]
    return " ".join(p for p in parts if p)


def _widened(region: Region, long: LongForm, reader: Literal["ruled", "aligned"]) -> FundingTable:
    """The table a budget in long form stands for (see long_form)."""
    cols = []
    for key, printed in long.columns.items():
        m = colmap.source_of(printed, region.aliases)
        cols.append(Column(label=printed, key=key, group=m.group if m else None, role="total" if key == "totaal" else "source"))
    rows = [Row(label=row.label, kind=row_kind(row.label),
                cells=[_make_cell([row.amounts[c.key]], *long.amounts) if c.key in row.amounts
                       else Cell(raw="", kind=CellKind.empty) for c in cols],
                provenance=_line_prov(list(row.amounts.values())))
            for row in long.rows]
    _read_numbers_as_written(rows)
    return FundingTable(label=region.label, columns=cols, rows=rows,
                        footnotes=read_footnotes(region.footnotes, sources=True, typed=typed_marks(region.body)),
                        pages=sorted({ln.page for ln in region.header + region.body + region.footnotes}),
                        field=region.field_label, funding=True, reader=reader,
                        provenance=_line_prov(region.header or region.body))


def _text_table(region: Region, investment: bool | None) -> FundingTable:
    """A table written out in the text, as records or as sentences."""
    from regio.extract.records import read_records
    from regio.extract.sentences import read_sentences

    reader: Literal["records", "sentences"] = "records" if region.form == "records" else "sentences"
    cols, rows = (read_records if reader == "records" else read_sentences)(region.body, region.aliases)
    if investment is None:
        investment = _names_funding(region, [c.label for c in cols], [None] * len(cols))
    if not investment:  # any table: every word of a label counts, as in _make_columns
        for col in cols:
            col.key, col.role, col.group = _plain_key(col.label), _ROLES.get(row_kind(col.label), "source"), None
        dedupe_keys(cols)
    _read_numbers_as_written(rows)
    _adopt_leaked_subheaders(region, cols, rows)
    notes = read_footnotes(region.footnotes, sources=True, typed=typed_marks(region.body))
    return FundingTable(label=region.label, columns=cols, rows=rows, footnotes=notes,
                        pages=sorted({ln.page for ln in region.body + region.footnotes}), field=region.field_label,
                        funding=holds_funding(bool(investment), cols, rows, []),
                        reader=reader, provenance=_line_prov(region.body))


_LINE_NUMBER = re.compile(r"\d{1,3}[.)]?")
_NUMBER_HEAD = re.compile(r"(?i)^(?:nr|no|nummer|#)\.?\s+")


def _without_line_numbers(rows: list[Row], lines: list[list[Line]], headed: bool) -> bool:
    """A column of line numbers before the row labels ("1", "2", ... under "Nr."), as a budget
    book numbers its cost lines, is no part of the labels: every cost line opens with the
    next number, set apart from its words as a cell is ("1 reclassification" is a label), two
    or more of them, one under a header that says so, or a "1" alone. Whether there was
    such a column."""
    body = [(r, ls) for r, ls in zip(rows, lines) if r.kind == "body"]
    parts = [r.label.split(maxsplit=1) for r, _ in body]
    # (one cost line numbered "1", set apart as a cell is, is numbered as the rows of a longer one)
    alone = len(body) == 1 and parts[0][:1] in (["1"], ["1."])
    if len(body) < (1 if headed or alone else 2) or any(len(p) < 2 for p in parts) or not _counted([p[0] for p in parts]) \
            or any(len(ls[0].segments()[0]) != 1 for _, ls in body):
        return False
    for (row, _), (_, label) in zip(body, parts):
        row.label = label
    return True


def _counted(texts: list[str]) -> bool:
    """Line numbers counting on one by one ("1", "2", "3." ...)."""
    if not texts or not all(_LINE_NUMBER.fullmatch(t) for t in texts):
        return False
    numbers = [int(t.rstrip(".)")) for t in texts]
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _labels_beside_numbers(cols: list[Column], rows: list[Row], headed: bool) -> bool:
    """Line numbers alone in the row labels' column ("Nr.": 1, 2, 3; none beside the total)
    and words in the first column beside them: those words are the row labels; so are they
    where that column, ``headed`` as numbers, holds none (a total alone). Whether they were
    moved there."""
    numbered = [r for r in rows if r.label]
    if len(cols) < 2 or not (_counted([r.label for r in numbered]) if numbered else headed) \
            or any(r.cells[0].kind != CellKind.text for r in numbered or rows):
        return False
    for row in rows:
        row.label = row.cells.pop(0).raw
        row.kind = row_kind(row.label)
    return True


def _label_run_on_into(cols: list[Column], rows: list[Row], lines: list[list[Line]]) -> bool:
    """A first column with no header whose few words each go on the row's label a word
    space after it, further from the next cell ("Monitoring fase 2  3.340.000": a label
    wider than the column the other labels make): those words are the labels' ends.
    Whether they were moved there."""
    if len(cols) < 2 or cols[0].label.strip():
        return False
    held = [(row, row_lines) for row, row_lines in zip(rows, lines) if row.cells[0].raw]
    if not held or 3 * len(held) > len(rows) or any(not row.label for row, _ in held):
        return False
    for row, row_lines in held:
        provenance = row.cells[0].provenance
        if provenance is None or provenance.bbox is None:
            return False
        x0, _, x1, _ = provenance.bbox
        words = [w for ln in row_lines for w in ln.words]
        before = [w for w in words if w.x1 <= x0]
        after = [w for w in words if w.x0 >= x1]
        spaces = [b.x0 - a.x1 for a, b in zip(before, before[1:]) if b.top < a.bottom]
        if not before or not spaces or not after or len(row.cells[0].raw.split()) > 1:
            return False
        gap = x0 - before[-1].x1
        if gap > max(spaces) + 0.5 or gap >= after[0].x0 - x1:
            return False
    for row in rows:
        end = row.cells.pop(0).raw
        if end:
            row.label = f"{row.label} {end}"
            row.kind = row_kind(row.label)
    return True


def _labels_run_on_over_empty_cells(rows: list[Row], lines: list[list[Line]], leaves: list[tuple[float, float]],
                                    labels: list[str]) -> None:
    """A label longer than its column printed on over the empty cells beside it, as a
    spreadsheet prints one: words a word space after the label's, in a column whose other
    rows hold values, or in an unlabelled column of no values (a narrow spacer), are the
    label's end; the cells they stood in are empty."""
    # Each column's kinds counted once, not again for every cell: a table may have thousands of rows.
    width = max((len(r.cells) for r in rows), default=0)
    kinds = [Counter(r.cells[k].kind for r in rows if k < len(r.cells)) for k in range(width)]
    for row, row_lines in zip(rows, lines):
        words = sorted(((ln.page, w) for ln in row_lines for w in ln.words), key=lambda pw: pw[1].x0)
        for k, cell in enumerate(row.cells):
            others = kinds[k] - Counter({cell.kind: 1})
            spacer = not (labels[k] if k < len(labels) else "") and not any(kind in VALUE_KINDS for kind in others)
            if cell.kind != CellKind.text or not cell.provenance or not cell.provenance.bbox \
                    or not spacer and (CellKind.text in others or not any(kind in VALUE_KINDS for kind in others)):
                break
            (x0, top, _, bottom), (a, b) = cell.provenance.bbox, leaves[k]
            before = [w for page, w in words if page == cell.provenance.page and w.x1 <= x0 and w.bottom > top]
            if not before or x0 - before[-1].x1 > _RUN_ON_SPACE_EM * before[-1].size:
                break
            row.label = f"{row.label} {cell.raw}"
            row.kind = row_kind(row.label)
            row.cells[k] = Cell(raw="", kind=CellKind.empty,
                                provenance=Provenance(page=cell.provenance.page, bbox=rounded((a, top, b, bottom))))
            kinds[k].update({CellKind.text: -1, CellKind.empty: 1})


_RUN_ON_SPACE_EM = 0.5  # a word space, not the gap between cells


def _labels_beside_a_category(region: Region, cols: list[Column], rows: list[Row], lines: list[list[Line]],
                              label_col: tuple[float, float]) -> None:
    """A first column that names a category once for the run of rows it groups ("Soort":
    "Investering" in a cell merged down them, blank beside the run's other rows and the
    total) and words in the next column on every row: those words are the row labels, the
    category a column of words of its own (headed by what headed the labels' column)."""
    if len(cols) < 2 or len(rows) < 2 or any(r.cells[0].raw and r.cells[0].kind != CellKind.text for r in rows):
        return
    # (the total's label may stand across both columns, in a cell merged over them)
    costs = [r for r in rows if not (r.kind == "total" and not r.cells[0].raw)]
    worded = sum(bool(r.cells[0].raw) for r in costs)
    named = sum(bool(r.label) for r in costs)
    if worded < len(costs) or not 0 < named < len(costs):
        return
    for row, row_lines in zip(rows, lines):
        if row not in costs:
            continue
        row.label = row.cells[0].raw
        row.cells[0] = _make_cell(row_lines, *label_col)
        row.kind = row_kind(row.label)
    cols[0].label, region.label = region.label, cols[0].label
    cols[0].key = _plain_key(cols[0].label)


# Bookkeeping carries a table's sums over a page break: "Transport" or "Subtotaal (over te
# brengen)" at the foot of a page, "Transport" or "Van vorige pagina" at the head of the next.
_CARRY = re.compile(r"(?i)(?:transport(?:\s+(?:van\s+vorige|naar\s+volgende)\s+pagina)?|(?:saldo\s+)?over\s+te\s+brengen"
                    r"|overgebracht|van\s+vorige\s+pagina|subtota(?:al|le)\s*\(?\s*(?:over\s+te\s+brengen|transport)\s*\)?)\s*:?")


def carries_sums(row: Row) -> bool:
    """Is the row the sums a table carries over a page break ("Transport", "Van vorige pagina")?"""
    return _CARRY.fullmatch(row.label.strip()) is not None


def _cost_lines_only(rows: list[list[Line]], table_rows: list[Row]) -> tuple[list[list[Line]], list[Row]]:
    """The rows but those that are no cost line: the sums carried over a page break, and a row
    that numbers the columns under the header ("(1)  (2)  (3)=(1)+(2)"), as a government's
    finance tables do on every page the table goes on over."""
    pages = [lines[0].page for lines in rows]
    dropped = {i for i, row in enumerate(table_rows) if carries_sums(row)
               and ((i + 1 < len(rows) and pages[i + 1] > pages[i]) or (i > 0 and pages[i - 1] < pages[i]))}
    dropped |= {i for i, row in enumerate(table_rows) if _numbers_columns(row)}
    if not dropped:
        return rows, table_rows
    return [r for i, r in enumerate(rows) if i not in dropped], [r for i, r in enumerate(table_rows) if i not in dropped]


_COLUMN_NUMBER = re.compile(r"\((\d{1,2})\)(?:\s*=.*)?")


def _body_lines(body: list[Line]) -> list[Line]:
    """The body's lines but a rule typed over a total ("____") and a template's rows for cost
    lines to come, each currency sign on its amount."""
    return _signs_on_their_amounts([ln for ln in body if not is_typed_rule(ln) and not _to_fill(ln)])


def _to_fill(line: Line) -> bool:
    """A template's row left in for a cost line to come ("Kostenpost …  € …  € …"): past its
    label, nothing but dots where amounts go, with their currency signs or without (signs
    alone stand over amounts their cells broke)."""
    words = [w.text for seg in line.segments()[1:] for w in seg]
    return bool(words) and all(text in CURRENCY_SIGNS or _ELLIPSIS.fullmatch(text) for text in words) \
        and any(_ELLIPSIS.fullmatch(text) for text in words)


_ELLIPSIS = re.compile(r"…|\.{3,}")


def _numbers_columns(row: Row) -> bool:
    numbers = [m[1] for c in row.cells if c.raw and (m := _COLUMN_NUMBER.fullmatch(c.raw.strip()))]
    return not row.label.strip() and len(numbers) >= 2 and len(numbers) == sum(bool(c.raw) for c in row.cells) \
        and [int(n) for n in numbers] == list(range(int(numbers[0]), int(numbers[0]) + len(numbers)))


def _read_header(region: Region, label_col: tuple[float, float], leaves: list[tuple[float, float]]) -> Header:
    n = len(leaves)
    header = Header([[] for _ in range(n)], [None] * n, [None] * n, [])
    labelled = _labelled_leaves(region, leaves)
    cells = _cells_extents(region.body, leaves)
    wrapped = _wrapped_group_labels(region.header, label_col)
    for line_index, line in enumerate(region.header):
        for word, label in _run_on_from_the_labels(line, label_col, region.aliases):
            if len(covered := _columns_covered((label_col[1], word.x1), leaves, cells)) == 1:
                header.own[covered[0]].append(label)
                header.boxes[covered[0]] = header.boxes[covered[0]] or _prov(line.page, [word])
        for seg in _value_heads(line, label_col):
            if wrapped.get(id(seg[0])) == "":
                continue  # a group's label wrapped onto this line: read with its first line
            seg = _run_together_parted(seg, region.aliases)
            covered = _columns_covered(_cell_extent(region, line, seg, leaves), leaves, cells)
            if len(seg) == 1:
                covered = _astride(seg[0], covered, leaves)
            rule = _rule_under(region, line, seg, label_col)
            if rule is not None:  # the columns its rule stands over
                covered = [i for i, (a, b) in enumerate(leaves) if rule.x0 <= (a + b) / 2 <= rule.x1] or covered
            if len(seg) > 1 and len({_leaf_of(w.middle, leaves) for w in seg}) > 1 and rule is None \
                    and not colmap.group_of(join_words(seg)) and not colmap.names_exactly(join_words(seg), region.aliases) \
                    and (len(covered) > 1 or _each_in_its_column(region, seg, leaves)):
                # Labels of neighbouring columns set close together ("Gem. Provincie"); a group's
                # name ("Publieke partijen") over its members, or a label of two words ("Totale
                # kosten") over a column's amounts and shares, is one label.
                for leaf in sorted(i for i in {_leaf_of(w.middle, leaves) for w in seg} if i is not None):
                    part = [w for w in seg if _leaf_of(w.middle, leaves) == leaf]
                    header.own[leaf].append(join_words(part))
                    header.boxes[leaf] = header.boxes[leaf] or _prov(line.page, part)
                continue
            if (labels := _run_together(seg, covered, region.aliases)) is not None:
                for leaf, label in zip(covered, labels):
                    header.own[leaf].append(label)
                    header.boxes[leaf] = header.boxes[leaf] or _prov(line.page, seg)
                continue
            text = wrapped.get(id(seg[0])) or join_words(seg)
            if rule is None:
                covered = _group_columns(region, seg, text, covered, leaves, labelled)
            if len(covered) == 1:
                header.own[covered[0]].append(text)
                header.boxes[covered[0]] = header.boxes[covered[0]] or _prov(line.page, seg)
            elif len(covered) > 1:
                header.spanning.append((line_index, text, covered))
                for i in covered:
                    header.group_for[i] = text
                    header.boxes[i] = header.boxes[i] or _prov(line.page, seg)
    return header


def _wrapped_group_labels(header: list[Line], label_col: tuple[float, float]) -> dict[int, str]:
    """A group's label wrapped over two header lines in its narrow column ("Publieke" over
    "partijen"), by the first word of each line's cell: the first line's holds the whole
    label, the second's nothing (it is read with the first)."""
    wrapped: dict[int, str] = {}
    for above, below in zip(header, header[1:]):
        if above.page != below.page or below.top - above.bottom > above.size:
            continue
        for top in _value_heads(above, label_col):
            for under in _value_heads(below, label_col):
                text = f"{join_words(top)} {join_words(under)}"
                if top[0].x0 < under[-1].x1 and under[0].x0 < top[-1].x1 and colmap.group_of(text) \
                        and not colmap.group_of(join_words(top)) and id(top[0]) not in wrapped:
                    wrapped[id(top[0])], wrapped[id(under[0])] = text, ""
    return wrapped


def _each_in_its_column(region: Region, seg: list[Word], leaves: list[tuple[float, float]]) -> bool:
    """Labels of neighbouring columns a narrow gap apart ("Bedrijven Kennisinstellingen"):
    every word over the column its middle is in, none running into the cells of a column
    beside it as a long label's words do, and each column's words, or one of them, naming a
    funding source or the unit of its amounts (a wrapped "Totaal" / "EUR" beside "Privaat").
    (A label set flush with its column's right-aligned figures may run over the cut halfway
    to the next column, but not into that column's figures.)"""
    homes = [_leaf_of(word.middle, leaves) for word in seg]
    if None not in homes and len(set(homes)) == len(seg) \
            and all(colmap.is_column_word(w.text, region.aliases) or _UNIT_ONLY.fullmatch(w.text) for w in seg) \
            and not colmap.is_column_word(join_words(seg), region.aliases):
        # A column's name (or its unit, "EUR" under "Totaal") over each, however close they are
        # set ("Prov. Waterschap Rijksbijdrage"), and not one name of them all ("Overig publiek").
        return True
    cells = _cells_extents(region.body, leaves)
    parts: dict[int, list[Word]] = {}
    for word in seg:
        leaf = _leaf_of(word.middle, leaves)
        if leaf is None:
            return False
        before = cells[leaf - 1] if leaf > 0 else None
        after = cells[leaf + 1] if leaf + 1 < len(leaves) else None
        if word.x0 < min(leaves[leaf][0] - 1, before[1] if before else math.inf) \
                or word.x1 > max(leaves[leaf][1] + 1, after[0] if after else -math.inf):
            return False
        parts.setdefault(leaf, []).append(word)
    return all(any(colmap.is_column_word(w.text, region.aliases) for w in part) or _UNIT_ONLY.fullmatch(join_words(part))
               or colmap.is_column_word(join_words(part), region.aliases) for part in parts.values())


def _cells_extents(body: list[Line], leaves: list[tuple[float, float]]) -> list[tuple[float, float] | None]:
    """How far the body's words reach in each column, left and right."""
    reach: list[tuple[float, float] | None] = [None] * len(leaves)
    for line in body:
        for word in line.words_between(leaves[0][0], leaves[-1][1]):
            i = _leaf_of(word.middle, leaves)
            if i is not None:
                seen = reach[i]
                reach[i] = (min(seen[0], word.x0), max(seen[1], word.x1)) if seen else (word.x0, word.x1)
    return reach


def _run_together(seg: list[Word], covered: list[int], aliases: dict[str, str]) -> list[str] | None:
    """Labels of neighbouring columns printed into one another: a word too long for its cell
    that does not wrap runs on over the next one, against its label ("BedrijvenKennisinstellingen").
    Parted at its capitals, one part a column, where each part names a column."""
    if len(seg) != 1 or len(covered) < 2:
        return None
    parts = _names_run_together(seg[0].text, aliases)
    return parts if parts is not None and len(parts) == len(covered) else None


def _names_run_together(text: str, aliases: dict[str, str]) -> list[str] | None:
    """The columns' names a word is made of, parted at its capitals inside, if each part
    names a column ("PrivaatOnderwijs")."""
    parts = CAPITAL_INSIDE.split(text)
    return parts if len(parts) >= 2 and all(colmap.is_column_word(part, aliases) for part in parts) else None


def _run_together_parted(seg: list[Word], aliases: dict[str, str]) -> list[Word]:
    """The words of a line of labels, those of neighbouring columns printed into one another
    ("PrivaatOnderwijs Gemeente") parted at their capitals, each part as wide as its letters."""
    out: list[Word] = []
    for word in seg:
        parts = None if colmap.is_column_word(word.text, aliases) else _names_run_together(word.text, aliases)
        if parts is None:
            out.append(word)
            continue
        x, per_letter = word.x0, (word.x1 - word.x0) / len(word.text)
        for part in parts:
            out.append(replace(word, text=part, x0=x, x1=x + per_letter * len(part)))
            x += per_letter * len(part)
    return out


def _run_on_from_the_labels(line: Line, label_col: tuple[float, float], aliases: dict[str, str]) -> list[tuple[Word, str]]:
    """The label column's header printed into the first value column's, against its label
    ("Opgaven/InvesteringsTotaal"): the word that crosses into the value columns, and the
    part after its last capital inside where that part names a column."""
    found = []
    for word in line.words:
        parts = CAPITAL_INSIDE.split(word.text) if word.x0 < label_col[1] < word.x1 else []
        if len(parts) >= 2 and colmap.is_column_word(parts[-1], aliases) and not colmap.is_column_word(word.text, aliases):
            found.append((word, parts[-1]))
    return found


def _group_columns(region: Region, seg: list[Word], text: str, covered: list[int], leaves: list[tuple[float, float]],
                   labelled: set[int]) -> list[int]:
    """The columns a header cell stands over, by its words: a group's label centred over its
    members, or a wide label of one column ("Provincie") that runs into its neighbour."""
    if len(covered) == 1 and colmap.group_of(text) and not _names_one_column(region, covered[0], leaves, text) \
            and not _labelled_on_both_sides(region, seg, covered[0], leaves):
        return _centred_over(_widen_group(covered[0], seg, leaves, labelled), seg, leaves, labelled)
    if len(covered) > 1 and colmap.group_of(text):
        return _centred_over(covered, seg, leaves, labelled)
    if len(covered) > 1 and colmap.lookup(text, region.aliases):
        home = _leaf_of((seg[0].x0 + seg[-1].x1) / 2, leaves)
        return [home] if home is not None else covered
    return covered


def _rule_under(region: Region, line: Line, seg: list[Word], label_col: tuple[float, float]) -> Rule | None:
    """A rule right under the words, alone over it, that reaches past them both ways and
    leaves the row labels' column free, with labels, not values, under it: a group's label
    over its members ("Female students", "Dekking"), not the members' own labels over the
    header's rule, nor the last label of a stacked cell on the rule that closes the header."""
    layout = region.pages[line.page]
    others = [s for s in line.segments() if s[0] is not seg[0]]
    return next((r for r in layout.hrules if line.bottom - 1 <= r.top <= line.bottom + line.size
                 and r.x0 <= seg[0].x0 - 1 and r.x1 >= seg[-1].x1 + 1 and r.x0 >= label_col[1] - 2
                 and not any(s[-1].x1 > r.x0 and s[0].x0 < r.x1 for s in others) and _labels_under(region, r, line.page)),
                None)


def _labels_under(region: Region, rule: Rule, page: int) -> bool:
    """Does the header go on under the rule in its span, or the first line under it hold
    words there, not a row's figures (the members' labels, read as the body's first line)?"""
    below = [ln for ln in region.header + region.body if ln.page == page and (ln.top + ln.bottom) / 2 > rule.top]
    if any(ln.words_between(rule.x0, rule.x1) for ln in below if ln in region.header):
        return True
    under = min(below, key=lambda ln: ln.top, default=None)
    if under is None:
        return False
    words = under.words_between(rule.x0, rule.x1)
    return bool(words) and not (has_values(under, under.x0) and any(is_figure(w.text) for w in words))


def _value_heads(line: Line, label_col: tuple[float, float]) -> list[list[Word]]:
    """The header cells of a line over the value columns: those right of the row labels'
    column, and a cell centred over the columns that starts in it (a long label wrapped
    over lines of its own)."""
    value_words = line.words_between(label_col[1], 1e9)
    heads = Line(line.page, value_words, line.space).segments() if value_words else []
    wide = [seg for seg in line.segments() if seg[0].x0 < label_col[1] < seg[-1].x1
            and (seg[0].x0 + seg[-1].x1) / 2 > label_col[1] and seg[0].x0 > label_col[0] + 2]
    return wide + [seg for seg in heads if not any(w in wide[0] for w in seg)] if wide else heads


def _by_its_own_rules(region: Region, lines: list[Line], label_col: tuple[float, float], leaves: list[tuple[float, float]],
                      reader: str) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """A ruled row's columns where its own rules part them: tables pasted row by row, each
    a grid of its own, draw the same column a few points off from the others."""
    edges = [label_col[0], label_col[1], *(b for _, b in leaves)]
    own = sorted({x for ln in lines for x in region.pages[ln.page].vrules_crossing(ln.top, ln.bottom)}) \
        if reader == "ruled" else []
    near = [min(own, key=lambda x: abs(x - edge), default=edge) for edge in edges]
    moved = [x if abs(x - edge) <= _OWN_RULE_PT else edge for x, edge in zip(near, edges)]
    if moved == edges or any(b <= a for a, b in zip(moved, moved[1:])):
        return label_col, leaves
    return (moved[0], moved[1]), list(zip(moved[1:], moved[2:]))


_OWN_RULE_PT = 8.0  # a row's own rule stands this close to the column's edge at most


def _make_row(lines: list[Line], label_col: tuple[float, float], leaves: list[tuple[float, float]]) -> Row:
    across = _labels_across(lines, label_col)
    label = " ".join(filter(None, (join_words(ln.words if ln in across else ln.words_between(-1e9, label_col[1]))
                                   for ln in lines)))
    cells = [_make_cell([ln for ln in lines if ln not in across], a, b) for a, b in leaves]
    return Row(label=label, kind="share" if _shares_only(cells) else row_kind(label), cells=cells,
               provenance=_line_prov(lines))


def _labels_across(lines: list[Line], label_col: tuple[float, float]) -> list[Line]:
    """A row's label set on lines of its own over its amounts, running from the label column
    on across the value columns in one run of words, as a finance report prints a label too
    long for its column, or right over a line of its amounts alone: those lines are the
    label's, none of their words a cell's."""
    over = _over_their_amounts(lines)
    across = [ln for ln in lines if _label_across(ln, label_col[1]) or id(ln) in over]
    return across if len(across) < len(lines) and _has_values([ln for ln in lines if ln not in across]) else []


def _label_across(line: Line, values_x: float) -> bool:
    return line.x0 < values_x < line.x1 and len(line.segments()) == 1 and running_text(line.words) \
        and not any(is_figure(w.text) for w in line.words)


def _over_their_amounts(lines: list[Line]) -> set[int]:
    """The lines that are a label alone right over a line of amounts alone set in from it (see
    amounts_under_label), its label's cell left empty: a row printed on two lines, as a
    finance report prints them all."""
    return {id(label) for label, amounts in zip(lines, lines[1:])
            if len(label.segments()) == 1 and not any(is_figure(w.text) for w in label.words)
            and amounts_under_label(label, amounts) and len(segments := amounts.segments()) >= 2
            and all(map(_is_value, segments))}


_SHARE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?%")


def _shares_in_their_cells(rows: list[list[Line]], table_rows: list[Row]) -> tuple[list[list[Line]], list[Row]]:
    """Shares set small under each amount in its own cell ("1.650.000" over "27%") are the
    row's, not a row of shares: the line goes to the row over it, and so does a row label's
    wrapped part beside them ("Operationeel/" over "samenwerking")."""
    out_rows: list[list[Line]] = []
    out: list[Row] = []
    for lines, row in zip(rows, table_rows):
        above = out[-1] if out else None
        if row.kind == "share" and above is not None and above.kind != "share" \
                and all(c.kind == CellKind.empty or a.kind != CellKind.empty for c, a in zip(row.cells, above.cells)) \
                and max((w.size for ln in lines for w in ln.words if w.text.endswith("%")), default=math.inf) \
                < _SHARE_SIZE_SHARE * max(w.size for ln in out_rows[-1] for w in ln.words) \
                and not _NAMES_SHARES.search(row.label):
            above.label = f"{above.label} {row.label}".strip()
            out_rows[-1] = [*out_rows[-1], *lines]
            continue
        out_rows.append(lines)
        out.append(row)
    return out_rows, out


_SHARE_SIZE_SHARE = 0.9  # a cell's shares under its amount are set smaller than the amount
_NAMES_SHARES = re.compile(r"(?i)\b(?:aandeel|aandelen|percentage|procent|share)\b|%")  # a row of shares of its own


def _shares_only(cells: list[Cell]) -> bool:
    """A row that gives each source's part of the total and no amount ("Aandeel in totaal":
    "42%", "8%", ...): no row to add up."""
    written = [c for c in cells if c.kind != CellKind.empty]
    shares = sum(bool(_SHARE.fullmatch(c.raw.strip())) for c in written)
    return shares >= 2 and shares + sum(c.kind == CellKind.nil for c in written) == len(written)


def _mark_sections(rows: list[list[Line]], table_rows: list[Row], label_col: tuple[float, float]) -> None:
    """A row of a label alone over rows of amounts, set apart from their labels (bold or
    italic over plain, or the rows under it indented), heads a section of the table
    ("Eenmalige kosten"): it adds nothing up and is no cost line. So does a category's row
    that carries the sum of the lines set apart under it ("Programmakosten" in bold over its
    lines indented): its amounts are theirs."""
    labels = [[w for ln in lines for w in ln.words_between(-1e9, label_col[1])] for lines in rows]
    for i, row in enumerate(table_rows):
        under = table_rows[i + 1] if i + 1 < len(table_rows) else None
        if not row.label or under is None or under.kind in ("section", "share") or not any(c.raw for c in under.cells):
            continue
        if not any(c.raw for c in row.cells):
            if _heads_labels(labels[i], labels[i + 1]):
                row.kind = "section"
        elif row.kind == "body" and _sums_the_lines_under(i, table_rows, labels):  # (a Totaal set first is a total)
            row.kind = "section"


def _sums_the_lines_under(i: int, rows: list[Row], labels: list[list[Word]]) -> bool:
    members = list(takewhile(lambda k: rows[k].kind == "body" and _heads_labels(labels[i], labels[k]), range(i + 1, len(rows))))
    summed = [j for j, c in enumerate(rows[i].cells) if c.amount is not None]
    return bool(members and summed) and all(
        sum(c.amount.value for k in members if (c := rows[k].cells[j]).amount is not None) == rows[i].cells[j].amount.value  # type: ignore[union-attr]
        for j in summed)


def holds_funding(named: bool, columns: list[Column], rows: list[Row], head_groups: list[list[tuple[str, int, int]]]) -> bool:
    """Columns that name funding sources make a funding table; a header with "Total" and one
    look-alike ("Private") is a table of some other kind, and so is one that says it counts
    ("Number of teachers": Total, Public, Private), whose totals are averages of its parts, or
    that holds no amount at all (partners turned into its columns, their roles in its cells)."""
    return named and sum(c.key in colmap.SOURCE_KEYS for c in columns) >= 2 \
        and not counts(columns, head_groups) and not _totals_average(columns, rows) \
        and any(c.kind in (CellKind.amount, CellKind.pending) for r in rows for c in r.cells)


def _totals_average(columns: list[Column], rows: list[Row]) -> bool:
    """Does every row's total lie between its parts ("Pupil/teacher ratio": Total 16.9, Public
    17.1, Private 15.5)? Amounts add up to more than any of their parts, so these are rates or
    averages, whatever the labels say, however the figures are written. Rows with fewer than
    two parts tell nothing; two rows that agree are needed."""
    total = next((i for i, c in enumerate(columns) if c.role == "total"), None)
    if total is None:
        return False
    parts = [i for i, c in enumerate(columns) if c.role == "source"]
    between = 0
    for row in rows:
        amounts = {i: c.amount.value for i, c in enumerate(row.cells) if c.amount is not None}
        given = [amounts[i] for i in parts if amounts.get(i)]
        if total not in amounts or len(given) < 2:
            continue
        if not min(given) <= amounts[total] <= max(given):
            return False
        between += 1
    return between >= 2


_COUNTS = re.compile(r"(?i)(?:number|aantal|no\.)\s+(?:of\s+)?\w")


def counts(columns: list[Column], head_groups: list[list[tuple[str, int, int]]]) -> bool:
    """Does a header say its columns count things ("Number of teachers", "Aantal deelnemers")?"""
    labels = (*(c.group or "" for c in columns), *(text for level in head_groups for text, _, _ in level))
    return any(_COUNTS.match(label) for label in labels)


def _heads_labels(own: list[Word], theirs: list[Word], left: float | None = None) -> bool:
    """Is a label set apart from the labels under it: bold or italic over plain, or they
    stand indented under it (where it starts at the labels' ``left`` edge, if given: the
    lines of a label centred in its cell start anywhere)?"""
    if not (own and theirs):
        return False
    start, end = min(w.x0 for w in own), max(w.x1 for w in own)
    their_start, their_end = min(w.x0 for w in theirs), max(w.x1 for w in theirs)
    # Labels set right or centred start where their length puts them.
    aligned = abs(end - their_end) <= 1 or abs(start + end - their_start - their_end) <= 2
    return (all(w.bold for w in own) and not any(w.bold for w in theirs)) \
        or (all(w.italic for w in own) and not any(w.italic for w in theirs)) \
        or (their_start - start >= _INDENT_EM * own[0].size and (left is None or start <= left + 1) and not aligned)


def _parts_a_section(row: list[Line], line: Line, following: Line | None, label_col: tuple[float, float],
                     left: float) -> bool:
    """Does a section's heading stand between the row and the line: the row is the heading,
    over its first row of values, or the line is the next heading, set apart from the last
    row above it and the first below?"""
    labelled, labels = [w for ln in row for w in ln.words_between(*label_col)], line.words_between(*label_col)
    if not _has_values(row):
        return _has_values([line]) and _heads_labels(labelled, labels, left)
    return following is not None and not _has_values([line]) and _has_values([following]) \
        and _heads_labels(labels, labelled, left) and _heads_labels(labels, following.words_between(*label_col), left)


_INDENT_EM = 0.6
_LABEL_INDENT_EM = 2.4  # the most a row label stands indented under a heading


def _label_x(lines: list[Line], label_col: tuple[float, float]) -> float | None:
    words = [w for ln in lines for w in ln.words_between(-1e9, label_col[1])]
    return min(w.x0 for w in words) if words else None


def _turned(header: Header, rows: list[Row], aliases: dict[str, str] | None) -> bool:
    """A table whose row labels name funding sources and whose column labels name none (a
    total aside), or only a few of many (cost lines as columns, one of them the total, one
    that happens to name a party: "Begeleiding van startende ondernemers"). The part of a
    table printed pages across may name too few sources to be one, but it names them."""
    labels = [r.label for r in rows]
    # (two sources as rows beside a column of their totals name enough, as a header would)
    totals = [label for label in header.labels if label and (m := colmap.source_of(label, aliases)) and m.role == "total"]
    # (so do two sources or more that every row names, under cost lines that name none)
    every = len(labels) >= 2 and _naming_sources(labels, aliases) == 1
    # (not cost lines under a total, one of them naming a party in passing)
    named = names_funding_sources([*labels, *totals[:1]], aliases) \
        and _naming_sources(labels, aliases, outright=True, leading=True) >= 0.5
    if not (named or every) or not any(header.labels):
        return False
    if not any((m := colmap.source_of(label, aliases)) and m.role == "source" for label in header.labels if label):
        return True
    rows_named = _naming_sources(labels, aliases, outright=True)
    # (the cost lines' total aside: a table turned has one)
    cost_lines = [label for label in header.labels if not ((m := colmap.source_of(label, aliases)) and m.role == "total")]
    return rows_named >= _MOSTLY and _naming_sources(cost_lines, aliases, outright=True) <= rows_named / 2


_MOSTLY = 0.75


def _naming_sources(labels: list[str], aliases: dict[str, str] | None, outright: bool = False,
                    leading: bool = False) -> float:
    """The share of the labels that name a funding source or a group of them ("Publiek");
    ``outright``: as a label does (a word or two, a name the vocabulary knows, a group's name
    over a member's; ``leading``: or its first word, "Rijksbijdrage Regio Deal"), not a phrase
    that names a party in passing ("Begeleiding van startende ondernemers", a cost line's)."""
    named = [label for label in labels if label]

    def names(label: str) -> bool:
        words = colmap.normalise(label).split()
        if outright and len(words) > _LABEL_WORDS and not colmap.names_exactly(label, aliases) \
                and colmap.leading_group(label) is None and not (leading and colmap.source_of(words[0], aliases)):
            return False
        return colmap.source_of(label, aliases) is not None or colmap.group_of(label) is not None

    return sum(map(names, named)) / len(named) if named else 0.0


_LABEL_WORDS = 2  # a source's own label has a word or two ("Bijdrage Rijk")


def _turned_table(header: Header, rows: list[Row], label_x: list[float | None], aliases: dict[str, str] | None
                  ) -> tuple[list[Column], list[Row], list[str | None]]:
    """Columns from the drawn rows and rows from the drawn columns. A drawn row without
    amounts that names a group ("Publiek") heads the rows indented under it."""
    sources: list[tuple[Row, str | None]] = []
    group: tuple[str, float] | None = None
    for row, x in zip(rows, label_x):
        indented = group is not None and (x is None or x > group[1] + 2)
        if not indented:
            group = None
        if all(c.kind == CellKind.empty for c in row.cells) and colmap.group_of(row.label) and x is not None:
            group = (row.label, x)
            continue
        sources.append((row, group[0] if indented and group else None))
    cols: list[Column] = []
    counts: dict[str, int] = {}
    for row, group_label in sources:
        index = None
        if group_label and not row.label:
            counts[group_label] = index = counts.get(group_label, 0) + 1
        m = colmap.meaning(row.label, group_label, index, aliases)
        cols.append(Column(label=row.label or group_label or "", key=m.key, group=m.group,
                           role=m.role, provenance=row.provenance))
    dedupe_keys(cols)
    turned = [Row(label=label, kind="share" if _shares_only(cells) else row_kind(label), cells=cells,
                  provenance=header.boxes[i])
              for i, label in enumerate(header.labels) for cells in [[row.cells[i] for row, _ in sources]]]
    return cols, turned, [group_label for _, group_label in sources]


def _group_rows(region: Region, label_col: tuple[float, float], leaves: list[tuple[float, float]]) -> list[list[Line]]:
    """Rows from the text: a line starts a new row unless it carries on the cells of the
    line above (see _carries_on). Where rules part most of those rows, the rules decide:
    the table is ruled row by row, and its cells may break lines anywhere; rules that part
    only groups of rows leave the rows to the text."""
    columns = [(region.x0, label_col[1]), *leaves]
    edges = [max((w.x1 for ln in region.body for w in ln.words_between(a, b)), default=b) for a, b in columns]
    banded = _rows_by_band(region)
    if banded is not None:
        return banded
    ruled_rows: list[list[Line]] = []

    def by_rules() -> list[list[Line]]:
        if not ruled_rows:
            ruled_rows.extend(_rows(region, columns, edges, ruled=True))
        return ruled_rows
    if _ruled_row_by_row(region, label_col[1]):
        return by_rules()
    # The lines between each two rules (over pages only where each page opens with values: a
    # page break may cut a row), or the rows the rules part as text rows go on.
    ruled_at = {id(b) for a, b in zip(region.body, region.body[1:]) if _rule_above(region, b, a)}
    whole = all(_has_values([b]) for a, b in zip(region.body, region.body[1:]) if a.page != b.page)
    for rows in (make() for make in (lambda: _rows_parted_at(region.body, ruled_at) if whole else [], by_rules)):
        if len(rows) >= 2 and all(_one_row(row, columns) for row in rows):
            return rows
    spaced = _spaced_lines(region.body, label_col[1], region.settings)
    padded = _rows_parted_at(region.body, spaced)
    # Values set between lines of their label, over and under them, were centred in the row's
    # height; where the padding parts rows of one line of values each, it parts them all.
    shapes = ["".join("v" if _has_values([ln]) else "l" for ln in row) for row in padded]
    centred = any(re.fullmatch("l+v+l+", shape) for shape in shapes)
    if centred and all(re.fullmatch("l*vl*", shape) for shape in shapes):
        return padded
    if _labels_lead(region.body, edges[0]):
        closed = _rows_closed_by_values(region.body)
        if not centred or all(id(row[0]) in spaced for row in closed[1:]):
            return closed
    pairs = [(a, b) for a, b in zip(region.body, region.body[1:]) if a.page == b.page]
    if pairs and len(ruled_at) >= 0.5 * len(pairs):
        return by_rules()  # a rule under (nearly) every line
    text_rows = _rows(region, columns, edges, ruled=False, spaced=spaced)
    starts = [row[0] for row in text_rows[1:]]
    parted = sum(id(line) in ruled_at for line in starts)
    if not parted or parted < 0.5 * len(starts):
        return text_rows
    return by_rules()


def _rows_parted_at(body: list[Line], starts: set[int]) -> list[list[Line]]:
    """The body's lines in rows that begin at ``starts`` and at each new page."""
    rows: list[list[Line]] = []
    for line in body:
        if not rows or id(line) in starts or line.page != rows[-1][-1].page:
            _open_row(rows, line, starts)
        else:
            rows[-1].append(line)
    return rows


def _ruled_row_by_row(region: Region, label_edge: float) -> bool:
    """Does a rule across the table part every two lines of values, whatever lines stand
    between them (a label wrapped round its values, centred in its cell)? In a table of
    words, every two lines with a cell beside the row label. Where the first column is
    mostly empty (a category's cell merged down the rows it groups, parted by none of the
    rules), across the columns after it. Signs alone over their amounts are no line of values
    of their own: their cells wrapped them."""
    valued = [ln for ln in region.body if _has_values([ln]) and not _signs_only(ln)] \
        or [ln for ln in region.body if any(w.x0 >= label_edge for w in ln.words)]
    pairs = [(a, b) for a, b in zip(valued, valued[1:]) if a.page == b.page]
    x0, x1 = min(ln.x0 for ln in region.body), max(ln.x1 for ln in region.body)
    if 3 * sum(any(w.x1 <= label_edge for w in ln.words) for ln in region.body) <= len(region.body):
        x0 = label_edge
    return bool(pairs) and all(region.pages[a.page].hrule_between(a.bottom, b.top, x0, x1, cover=0.9) for a, b in pairs)


def _signs_only(line: Line) -> bool:
    """Do the line's cells right of its label hold currency signs and nothing else?"""
    signs = [w.text in CURRENCY_SIGNS for seg in line.segments()[1:] for w in seg]
    return bool(signs) and all(signs)


def _one_row(lines: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Do the lines between two rules read as one row: one label, going on in lower case or
    after a word that cannot end it, and in each column one amount, however its cell broke
    it ("€" over its figure, "mln." under it, digits cut at the edge)? Cells in type of
    several sizes, set at the top of a grid's rows, part a row into lines of their own (a
    small amount stands higher than its label): the rules say what is a row, where they
    part only rows."""
    for i, (a, b) in enumerate(columns):
        cell: list[Word] = []
        for line in lines:
            words = line.words_between(a, b)
            if not words:
                continue
            text = join_words(words)
            if cell and i == 0 and not (text[:1].islower() or cut_short(cell)):
                return False
            whole = is_figure(join_words(cell))  # (an amount its sign ends, "3 772 000 €", is not left hanging)
            if cell and i and text[:1] in _FIGURE_START and (whole or not _hanging(cell)) \
                    and not _amount_goes_on(join_words(cell), text):
                return False
            cell = words
    return True


def cut_short(words: list[Word]) -> bool:
    """Does a label's or a sentence's line end on a word or mark that cannot end it ("en",
    "van", a comma)?"""
    return words[-1].text.endswith((",", "-", "/")) or words[-1].text.casefold() in _GOES_ON_WORDS


def _labels_lead(body: list[Line], label_edge: float) -> bool:
    """Are the rows set at their foot: the table opens with a row label that runs full to
    its column's edge and wraps, its values beside its last line (a typist's tab stops, an
    accountant's layout), or with a label on a line of its own over its amounts?"""
    return len(body) >= 2 and _has_values(body) and (_breaks_off(body[0], body[1], label_edge)
                                                     or bool(_over_their_amounts(body[:2])))


def _leading_labels(body: list[Line], label_edge: float) -> set[int]:
    """Lines of a row label broken off above the line that holds its values (one row set
    at its foot in a table whose other rows are not)."""
    leads: set[int] = set()
    for above, below in reversed(list(zip(body, body[1:]))):
        if (_has_values([below]) or id(below) in leads) and _breaks_off(above, below, label_edge):
            leads.add(id(above))
    return leads


def _breaks_off(line: Line, below: Line, label_edge: float) -> bool:
    """Is the line a row label alone, run full to its column's edge and broken off mid-phrase,
    going on below: in lower case there, or ending on a word that cannot end a label ("en",
    "van", a comma)? Both together say so short of the edge too (a house that wraps its
    labels narrower than their column). A section's label is whole."""
    label_only = all(w.x1 <= label_edge + 1 for w in line.words)
    lower = below.text[:1].islower() or below.text.startswith(("-", "–"))
    cut = cut_short(line.words)
    full = line.x1 + line.word_space + (below.words[0].x1 - below.words[0].x0) > label_edge + 1
    return label_only and line.page == below.page and ((full and (lower or cut)) or (lower and cut))


_GOES_ON_WORDS = frozenset("en of van het de een op in voor met aan tot bij door naar om te o.b.v. and the for to on".split())


def _rows_closed_by_values(body: list[Line]) -> list[list[Line]]:
    """Rows each ending at its line of values: the line after it opens the next."""
    rows: list[list[Line]] = [[]]
    for line in body:
        if not rows[-1] or not _has_values(rows[-1][-1:]):
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _rows_by_band(region: Region) -> list[list[Line]] | None:
    """Rows set each on a band of its own (a shaded strip, the page's ground between them):
    the lines on one band are one row, however its label wraps around its values. None
    where the body does not stand on such bands: some line on none, every line on one, or
    one band behind several lines of values."""
    bands = [region.pages[ln.page].fill_behind(ln) for ln in region.body]
    if not all(bands) or len(region.body) < 2:
        return None
    rows: list[list[Line]] = []
    for i, (line, band) in enumerate(zip(region.body, bands)):
        if i and band is bands[i - 1]:
            rows[-1].append(line)
        else:
            rows.append([line])
    # A band behind several lines of values is the table's ground, not one row's.
    return None if len(rows) in (1, len(region.body)) or any(sum(_has_values([ln]) for ln in row) > 1 for row in rows) \
        else rows


def _spaced_lines(lines: list[Line], label_edge: float, settings: Settings) -> set[int]:
    """Lines set further below the line above than the table's closest lines are: where a
    table pads its cells, the extra space is where a row begins. Measured at the row labels'
    lines, from the foot of one to the head of the next: a page scanned askew sets a row's far
    values higher, and a line of values centred beside a wrapped label stands between two of
    its lines."""
    # Each label line's own words, all of them: a word's box may be its glyphs' ("apparatuur"
    # stands lower than "Indirecte" on the same baseline), the line's is not.
    labels = [(ln, [w for w in ln.words if w.x0 < label_edge]) for ln in lines if ln.words[0].x0 < label_edge]
    gaps = [(b, min(w.top for w in below) - max(w.bottom for w in above))
            for (a, above), (b, below) in zip(labels, labels[1:]) if a.page == b.page]
    if len(gaps) < 2:
        return set()
    closest = min(gap for _, gap in gaps)
    size = median(b.size for b, _ in gaps)
    return {id(b) for b, gap in gaps if gap > closest + settings.row_padding_em * size}


def _up_to_a_rule(region: Region, start: int) -> list[Line]:
    """The body's lines from ``start`` on, as far as a rule across the table or the page's end."""
    lines = [region.body[start]]
    for line in region.body[start + 1:]:
        if line.page != lines[-1].page or _rule_above(region, line, lines[-1]):
            break
        lines.append(line)
    return lines


def _overlaps(above: Line, line: Line) -> bool:
    """Does the line start a good way above the foot of the line before it? Rows never do;
    the lines of one row's cells do, where each cell is centred in the row's height and
    holds another number of lines than its neighbour. A line of prose does too, set in the
    next column on baselines of its own: it is none of the row's."""
    return above.page == line.page and above.bottom - line.top > 0.25 * min(above.size, line.size) \
        and not any(running_text(ln.words) and len(ln.segments()) == 1 for ln in (above, line))


def _rule_above(region: Region, line: Line, prev: Line | None) -> bool:
    return prev is not None and prev.page == line.page and \
        region.pages[line.page].hrule_between(prev.bottom, line.top, region.x0, region.x1)


def _rows(region: Region, columns: list[tuple[float, float]], edges: list[float], ruled: bool,
          spaced: set[int] = frozenset()) -> list[list[Line]]:  # type: ignore[assignment]
    rows: list[list[Line]] = []
    leads = _leading_labels(region.body, edges[0]) if not ruled else set()
    hanging = not ruled and _labels_hang(region.body, edges[0])
    left = min(ln.x0 for ln in region.body)
    for i, line in enumerate(region.body):
        prev = region.body[i - 1] if i else None
        if prev is None or id(line) in spaced:
            new_row = True
        elif _overlaps(prev, line) and not region.pages[line.page].hrule_between(prev.top, line.top, region.x0, region.x1):
            new_row = False  # cells centred in a row set their lines between each other's
        elif id(prev) in leads:
            new_row = False  # the rest of a label broken off above its values
        elif id(line) in leads:
            # A line of amounts alone ends its row too: a cell centred in the row's height
            # that wrapped under the row's other cells.
            new_row = _has_values([prev]) or all(_is_amount(seg) for seg in prev.segments())
        elif prev.page != line.page:
            # A page break may cut a row: the rest of its text (no values) carries it on. Not
            # where rules part the rows and the line's own stretch between them holds values
            # (a row's label wrapped round its values, the row above having its own).
            new_row = _has_values([line]) or not _carries_on(rows[-1], line, columns, edges, False, region.settings) \
                or (ruled and _has_values(rows[-1]) and _has_values(_up_to_a_rule(region, i))) \
                or _opens_after_a_whole_row(rows[-1], line)
        else:
            new_row = (ruled and _rule_above(region, line, prev)) \
                or (not ruled and _parts_a_section(rows[-1], line, region.body[i + 1] if i + 1 < len(region.body) else None,
                                                   columns[0], left)) \
                or not ((hanging and _hangs_under(rows[-1], line, edges[0]))
                        or _carries_on(rows[-1], line, columns, edges, ruled, region.settings))
        if new_row:
            _open_row(rows, line, spaced)
        else:
            rows[-1].append(line)
    return rows


def _opens_after_a_whole_row(row: list[Line], line: Line) -> bool:
    """A label opening in capitals at the top of the next page, after a row whose values
    stand whole (none left hanging), is a row of its own, however long the label above."""
    return line.text[:1].isupper() and _has_values(row) and not any(
        _hanging(seg) for ln in row for seg in ln.segments()[1:])


def _open_row(rows: list[list[Line]], line: Line, spaced: set[int]) -> None:
    """A new row at ``line``. Where it is a label set apart from the row above, right under
    the first lines of taller cells of its own row (the row's cells centred in its height),
    those lines open the row."""
    opened = [line]
    while rows and id(line) in spaced and _overlaps(rows[-1][-1], opened[0]):
        opened.insert(0, rows[-1].pop())
        if not rows[-1]:
            rows.pop()
    rows.append(opened)


def _labels_hang(body: list[Line], label_edge: float) -> bool:
    """Are the rows set at their head: values on a row's first line, its label going on
    under them in lower case (a word processor's table, its cells aligned to the top)?
    Then a line of the label column alone, set where the label starts, goes on with the
    row above, whatever its case."""
    return _has_values(body[:1]) and any(
        a.page == b.page and _hangs_under([a], b, label_edge) and b.text[:1].islower() for a, b in zip(body, body[1:]))


def _hangs_under(row: list[Line], line: Line, label_edge: float) -> bool:
    return _has_values(row) and not _has_values([line]) and line.x1 <= label_edge + 1 \
        and abs(line.x0 - row[0].x0) <= 0.5 * line.size


def _signs_on_their_amounts(body: list[Line]) -> list[Line]:
    """A cell too narrow for "€ 1.700.000" wraps it at its space: the sign alone on a line
    over its amount, or, the cell centred in the row's height, over the line of the row's
    other cells too. Each sign of a line of nothing else, over an amount close below it,
    goes before the amount, on its line: the cell's text as written. (A sign on a line with
    other cells leaves its row hanging: see _carries_on.)"""
    moved: dict[int, Word] = {}  # an amount's id: the sign that goes before it
    for i, line in enumerate(body):
        if not all(w.text in CURRENCY_SIGNS for w in line.words):
            continue
        for sign in line.words:
            below = (w for ln in body[i + 1:i + 1 + _SIGN_LINES_ABOVE] if ln.page == line.page
                     and ln.top - line.bottom < _SIGN_LINES_ABOVE * line.size for w in ln.words)
            amount = next((w for w in below if w.x0 <= sign.middle <= w.x1), None)
            if amount is not None and is_figure(amount.text) and amount.text not in CURRENCY_SIGNS:
                moved[id(amount)] = sign
    if not moved:
        return body
    signs = {id(sign) for sign in moved.values()}
    out = []
    for line in body:
        words = [_signed(moved[id(w)], w) if id(w) in moved else w for w in line.words if id(w) not in signs]
        if words:
            out.append(line if words == line.words else replace(line, words=words))
    return out


def _signed(sign: Word, amount: Word) -> Word:
    """The amount with its sign before it, on the amount's line, its box round both: the
    row it stands in reaches up to the sign."""
    return replace(amount, text=f"{sign.text} {amount.text}", x0=min(sign.x0, amount.x0), x1=max(sign.x1, amount.x1),
                   top=min(sign.top, amount.top))


_SIGN_LINES_ABOVE = 2  # how far over its amount a wrapped sign may stand: two lines, centred over the row's others


def _is_amount(seg: list[Word]) -> bool:
    return is_sum_of_money(join_words(seg))


def _has_values(lines: list[Line]) -> bool:
    return any(_is_value(seg) for ln in lines for seg in ln.segments()[1:])


def _carries_on(row: list[Line], line: Line, columns: list[tuple[float, float]], edges: list[float],
                ruled: bool = False, settings: Settings = DEFAULT) -> bool:
    """Does ``line`` continue the row above? It does where it carries on text cells that ran
    full to their column's edge (a whole amount never wraps), and where it brings the values
    of a label that has none yet (values set beside the middle of a two-line label, or below
    a label that ran full). Otherwise a second line of amounts is a second row. In a ruled
    table only the last holds: its rules part the rows, text lines may break anywhere."""
    prev = row[-1]
    here = [line.words_between(a, b) for a, b in columns]
    so_far = [next((ws for ln in reversed(row) if (ws := ln.words_between(a, b))), []) for a, b in columns]
    filled = [i for i, ws in enumerate(here) if ws]

    def ran_full(i: int) -> bool:
        return bool(so_far[i]) and so_far[i][-1].x1 + prev.word_space + _unbroken_width(here[i]) > edges[i] + 1

    def fresh(i: int) -> bool:
        """A figure starting a cell below a cell that reads complete starts a new row."""
        return here[i][0].text[:1] in _FIGURE_START and not _hanging(so_far[i])

    def goes_on(i: int) -> bool:
        """Lower case carries on whatever stands above it ("1,425" over "mln."), and so does
        a note's mark alone ("7.500.000" over "*") or the rest of a broken amount."""
        return here[i][0].text[:1].islower() or join_words(here[i]).strip(NOTE_MARKS) == "" \
            or (_wraps(so_far[i]) and not fresh(i)) or _amount_goes_on(_cell_so_far(row, columns[i]), join_words(here[i]))

    # A cell's lines follow each other: one that a whole line of the row under it left empty
    # has ended, and text in its column below is the next row's (a one-line date beside a
    # wrapped label). Values set beside the middle of a two-line label stand between its lines.
    if not ruled and any(so_far[i] and _ended(row, prev, columns[i]) for i in filled):
        return False
    # A line that fills again every cell the row's first line filled, its label opening with a
    # capital or a figure, is a row of its own (a row seldom wraps in all its cells at once),
    # but under signs alone awaiting their amounts ("TOTAAL  €  €" over "KOSTEN  17.493.000").
    opened = [i for i, (a, b) in enumerate(columns) if row[0].words_between(a, b)]
    if not ruled and len(filled) >= 2 and filled == opened and filled[0] == 0 \
            and (here[0][0].text[:1].isupper() or here[0][0].text[:1].isdigit()) and not _signs_only(prev):
        return False
    hung = _signs_left_hanging(so_far, filled)
    if all(((ran_full(i) or (i and _its_amount(so_far[i], here[i])) or (hung and here[i][0].text[:1].islower()))
            and (i == 0 or goes_on(i))) or (i and UNIT_WORD.match(join_words(here[i]))) for i in filled):
        return True
    row_has_values = _has_values([ln for ln in row if not _signs_only(ln)])  # a sign alone awaits its amount
    if row_has_values and _has_values([line]):
        return False
    if ruled:
        return True
    if line.top - prev.bottom > settings.wrap_gap_em * line.size:
        return False
    if not row_has_values and not here[0] and all(not so_far[i] for i in filled):
        return True
    return bool(here[0]) and not row_has_values and ran_full(0)


def _wraps(words: list[Word]) -> bool:
    """Text that can go on: words, not one figure (right-aligned figures all reach the
    edge), or a cell left hanging ("€" with its amount on the next line, an amount cut short
    at its cell's edge)."""
    if _hanging(words):
        return True
    if is_figure(join_words(words)):
        return False
    return len(words) > 1 or words[-1].text.endswith("-") or not _is_value(words)


def _its_amount(above: list[Word], words: list[Word]) -> bool:
    """Do the words open with the amount of the sign left alone at the end of the cell above?"""
    return bool(above) and above[-1].text in CURRENCY_SIGNS and words[0].text[:1].isdigit()


def _cell_so_far(row: list[Line], column: tuple[float, float]) -> str:
    """The text of the row's cell in the column over all its lines so far ("400" ".00")."""
    return _joined_lines([join_words(ws) for ln in row if (ws := ln.words_between(*column))])


def _signs_left_hanging(so_far: list[list[Word]], filled: list[int]) -> bool:
    """Do value cells the line fills end on a sign alone ("€" over the amount its narrow cell
    wrapped)? The label's words in lower case under them go on with the row, short of their
    column's edge or not."""
    return any(i and so_far[i] and so_far[i][-1].text in CURRENCY_SIGNS for i in filled)


def _hanging(words: list[Word]) -> bool:
    last = words[-1].text
    if last[-1:] in CURRENCY_SIGNS and (is_figure(last[:-1]) or (
            len(words) > 1 and is_figure(words[-2].text) and words[-1].x0 - words[-2].x1 < 0.5 * words[-1].size)):
        return False  # the sign written a space after its amount ("5 750 000 €"), not one awaiting it
    return last[-1:] in _DANGLING or _cut_amount(last) or _CUT_FIRST_GROUP.search(last) is not None


def _unbroken_width(words: list[Word]) -> float:
    """The width of what opens a line and could not have been broken: its first word, or an
    amount whose digit groups and sign are set a no-break space apart ("750 000 €")."""
    end = 1
    while end < len(words) and _GROUP.fullmatch(words[end].text) and words[end - 1].text[-1:].isdigit() \
            and words[end].x0 - words[end - 1].x1 < 0.5 * words[end].size:
        end += 1
    return words[end - 1].x1 - words[0].x0


_GROUP = re.compile(r"\d{3}[*¹²³]*|[€$£]")


def _ended(row: list[Line], prev: Line, column: tuple[float, float]) -> bool:
    holder = next(ln for ln in reversed(row) if ln.words_between(*column))
    return holder is not prev and prev.top >= holder.bottom - 1 and not (_has_values([prev]) and not _has_values([holder]))


_SUBTOTAL = colmap.SUBTOTAL_WORDS
_TOTAL = ("totaal", "total", "generaal totaal", "grand total", "eindtotaal")


def row_kind(label: str) -> Literal["body", "subtotal", "total", "detail"]:
    name = colmap.normalise(label)
    if name.startswith(_SUBTOTAL):
        return "subtotal"
    if _DETAIL.match(name):
        return "detail"
    return "total" if name.startswith(_TOTAL) else "body"


# A row that says it is part of the row over it: "w.v. 2019" (waarvan), "waaronder", "of which".
_DETAIL = re.compile(r"[-–•\s]*(?:w v|w o|waarvan|waaronder|hiervan|of which)\b")


def _read_numbers_as_written(rows: list[Row]) -> None:
    """Read every figure of the table with the separators the table uses ("1,880" and
    "97.4" in an English table are 1880 and 97.4, not 1.88)."""
    style = separator_style(c.raw for r in rows for c in r.cells)
    if style is None:
        return
    for row in rows:
        for cell in row.cells:
            parsed = parse_cell(cell.raw, style)
            cell.kind, cell.amount, cell.marks = parsed.kind, parsed.amount, list(parsed.marks)


def _make_cell(lines: list[Line], x0: float, x1: float) -> Cell:
    # A rule typed with underscores over a total ("__________") is no part of the cell.
    per_line = [[w for w in ln.words_between(x0, x1) if w.text.strip("_")] for ln in lines]
    words = [w for ws in per_line for w in ws]
    raw = _joined_lines([join_words(ws) for ws in per_line if ws])
    parsed = parse_cell(raw)
    page = lines[0].page
    box = union(words) if words else (x0, min(ln.top for ln in lines), x1, max(ln.bottom for ln in lines))
    return Cell(raw=raw, kind=parsed.kind, amount=parsed.amount, marks=list(parsed.marks),
                provenance=Provenance(page=page, bbox=rounded(box)))


def _joined_lines(parts: list[str]) -> str:
    """A cell's lines as its text: an amount broken inside a digit group or before its
    separator where it met its cell's edge ("13.699.0" over "97", "16.379" over ".000"),
    or whose note mark went on to the next line, is one word again."""
    text = ""
    for part in parts:
        glued = _amount_goes_on(text, part) or (text[-1:].isdigit() and part.strip(NOTE_MARKS) == "")
        text = text + part if glued else f"{text} {part}".strip()
    return text


def _amount_goes_on(text: str, part: str) -> bool:
    """Does ``part`` go on with the amount ``text`` ends in, broken at its cell's edge?"""
    return (part[:1].isdigit() and _cut_amount(text)) or _group_completed(text, part) \
        or (_WHOLE_GROUPS_AT_END.search(text) is not None and _GROUPS_ONLY.match(part) is not None)


def _group_completed(text: str, part: str) -> bool:
    """An amount cut in or after its first digit group ("525.00" over "0", a bold total in a
    column sized for plain type; "2.75" over "0.000"; "1." over "650.000"; "5.85" over "2.00"
    over "0"): the next line's digits make that group three, and whole groups follow them,
    up to where the line is cut again."""
    cut, rest = _CUT_FIRST_GROUP.search(text), _GROUPS_AFTER_A_CUT.match(part)
    return cut is not None and rest is not None and len(cut["tail"]) + len(rest["head"]) == 3


def _cut_amount(text: str) -> bool:
    """Does the text end in an amount cut short inside a digit group ("13.699.0", "1.000.")?
    Whole amounts group their digits by three."""
    return _CUT_AMOUNT.search(text) is not None


_CUT_AMOUNT = re.compile(r"(?:^|[\s€])\d{1,3}(?:\.\d{3})+\.\d{0,2}$")
_CUT_FIRST_GROUP = re.compile(r"(?:^|[\s€])\d{1,3}\.(?P<tail>\d{0,2})$")
_GROUPS_AFTER_A_CUT = re.compile(r"(?P<head>\d{1,3})(?:\.\d{3})*(?:\.\d{0,2})?(?![\d.,])")  # (cut again: "2.00")
_WHOLE_GROUPS_AT_END = re.compile(r"(?:^|[\s€])\d{1,3}(?:\.\d{3})*$")
_GROUPS_ONLY = re.compile(r"(?:\.\d{3})*\.\d{1,3}(?![\d.,])")  # (cut again: ".00")


def names_funding_sources(labels: list[str], aliases: dict[str, str] | None = None) -> bool:
    """Column labels that make a funding table: three sources, or a total and a source."""
    keys = {m.key for label in labels if label and (m := colmap.source_of(label, aliases))}
    return len(keys) >= 3 or ("totaal" in keys and len(keys) >= 2)


def joined_across(left: FundingTable, right: FundingTable, aliases: dict[str, str] | None = None) -> FundingTable | None:
    """A table too wide for its page, printed "pages across" (the next page sets its other
    columns, none of the first part's, beside the same row labels again) or split under
    itself on the same page. The two parts as one table, or None where ``right`` is no such
    part of ``left``. The part's caption, repeated over it, may have been read as the label
    of a field of its own: it names the table still."""
    if not (left.pages and right.pages and right.pages[0] in (left.pages[-1], left.pages[-1] + 1)
            and (right.field == left.field or squash(left.label).endswith(squash(right.label) or "-")
                 or (right.field and squash(right.field) == squash(left.label)))
            and len(right.rows) == len(left.rows) >= 1
            and [squash(r.label) for r in right.rows] == [squash(r.label) for r in left.rows]
            and not _own_labels(right) & _own_labels(left)):
        return None
    labels = [c.label for c in left.columns + right.columns]
    funding = left.funding or names_funding_sources(labels, aliases) \
        or _budget_and_sources(f"{left.caption or ''} {left.field or ''} {left.label}", labels, aliases)
    # A first part too narrow to name enough sources is read as one once the second part does.
    columns = [] if funding and not left.funding else list(left.columns)
    for column in right.columns if columns else [*left.columns, *right.columns]:
        # A group's columns without labels of their own count on from the first part's.
        group = colmap.group_of(column.label) if column.label else None
        index = sum(colmap.group_of(c.label) == group for c in columns if c.label) + 1 if group else None
        columns.append(column.model_copy(update=_key_of(column, funding, aliases, index)))
    dedupe_keys(columns)
    shift = len(left.columns)
    lefts, rights = left.head_groups, right.head_groups
    groups = [[*(lefts[k] if k < len(lefts) else []),
               *((text, first + shift, span) for text, first, span in (rights[k] if k < len(rights) else []))]
              for k in range(max(len(lefts), len(rights)))]
    rows = [row.model_copy(update={"cells": [*row.cells, *other.cells]}) for row, other in zip(left.rows, right.rows)]
    notes = [*left.footnotes, *(n for n in right.footnotes if all(n.mark != m.mark for m in left.footnotes))]
    return left.model_copy(update={
        "columns": columns, "rows": rows, "footnotes": notes, "pages": sorted({*left.pages, *right.pages}),
        "funding": holds_funding(funding, columns, rows, groups), "head_groups": groups,
        "scale": left.scale if left.scale is not None else right.scale})


def _own_labels(table: FundingTable) -> set[str]:
    """The labels of a table's columns, but a group's, which its columns without labels of
    their own repeat."""
    return {squash(c.label) for c in table.columns if c.label and colmap.group_of(c.label) is None}


def _key_of(column: Column, funding: bool, aliases: dict[str, str] | None, index: int | None) -> dict:
    if not funding:
        return {"key": _plain_key(column.label or column.group or "column")}
    m = colmap.meaning("" if index else column.label, column.label if index else column.group, index, aliases)
    return {"key": m.key, "group": m.group, "role": m.role}


# A column's role by the kind of sum its label names.
_ROLES: dict[str, Literal["total", "subtotal"]] = {"total": "total", "subtotal": "subtotal"}


def _plain_key(label: str) -> str:
    """A column of a table that names no funding sources (years, milestones) keeps its own
    words, but its total is "totaal" however the house words it ("Totale projectkosten");
    a total of some years ("Totaal 2019-2021") keeps its years."""
    total = row_kind(label) == "total" and not any(ch.isdigit() for ch in label)
    return "totaal" if total else colmap.plain_slug(label)


def _make_columns(region: Region, header: Header, leaves: list[tuple[float, float]], investment: bool) -> list[Column]:
    cols: list[Column] = []
    group_index: dict[str, int] = {}
    for i in range(len(leaves)):
        label = header.labels[i]
        group_label = header.group_for[i]
        if cols and _SHARE_LABEL.fullmatch(label.strip()):
            # The part of the total the source beside it gives, written under its own "%".
            cols.append(Column(label=label, key=f"{cols[-1].key}_aandeel", group=cols[-1].group, role="share",
                               provenance=header.boxes[i], span=(round(leaves[i][0], 2), round(leaves[i][1], 2))))
            continue
        index = None
        if _UNIT_ONLY.fullmatch(label):
            label = ""  # "€" over a group's column names no source of its own
        if group_label and not label:
            group_index[group_label] = group_index.get(group_label, 0) + 1
            index = group_index[group_label]
        if investment:
            m = colmap.meaning(label, group_label, index, region.aliases)
        else:
            name = label or group_label or f"column {i + 1}"
            m = colmap.ColumnMeaning(_plain_key(name), role=_ROLES.get(row_kind(name), "source"))
        cols.append(Column(label=label or group_label or "", key=m.key, group=m.group if investment else group_label,
                           role=m.role, provenance=header.boxes[i],
                           span=(round(leaves[i][0], 2), round(leaves[i][1], 2))))
    if investment:
        _budget_as_total(cols)
    dedupe_keys(cols)
    return cols


# What a house may call the whole of a cost line beside the sources that cover it.
_BUDGET_WORDS = frozenset({"begroting", "budget", "kosten", "projectkosten", "investering", "investeringen",
                           "raming", "begroot"})


def _budget_and_sources(table_label: str, labels: list[str], aliases: dict[str, str] | None) -> bool:
    """Two sources or more beside a first or last column named for the budget they cover
    ("Begroting", "Kosten"), that column the total (see _budget_as_total), or beside cost
    lines so named, under a caption or in a field so naming the table ("Opgaven/Investeringen",
    "Tabel 2. Financieringsoverzicht", "Kosten en financiering"): a funding table, though it
    states no total."""
    named = [label for label in labels if label]
    budget = {colmap.normalise(named[0]), colmap.normalise(named[-1])} if named else set()
    if not budget & _BUDGET_WORDS and not names_costs_or_funding(table_label):
        return False
    return len({m.key for label in named if (m := colmap.source_of(label, aliases)) and m.role == "source"}) >= 2


def names_costs_or_funding(label: str) -> bool:
    """A table's label that says what its lines cost or how they are funded, alone or in a
    compound ("Opgaven/Investeringen", "Projectbegroting", "Financieringsoverzicht")."""
    stems = _BUDGET_WORDS | _FUNDING_WORDS
    return any(word in stems or any(word.startswith(stem) or word.endswith(stem) for stem in stems if len(word) > len(stem) + 2)
               for word in re.split(r"[\s/\-]+", colmap.normalise(label)))


def _sources_under_their_funding(header: Header, aliases: dict[str, str] | None) -> bool:
    """Two sources or more under a group label that says they fund the cost lines
    ("Dekking", "Financiering"): a funding table, though it states no total."""
    return any(colmap.normalise(text) in _FUNDING_WORDS and len({
        m.key for i in covered if (m := colmap.source_of(header.labels[i], aliases)) and m.role == "source"}) >= 2
        for _, text, covered in header.spanning)


def _names_funding(region: Region, labels: list[str], groups: list[str | None]) -> bool:
    """Do a table's column labels (under their groups' labels) make it a funding table?"""
    return names_funding_sources(labels, region.aliases) \
        or _budget_and_sources(f"{region.caption} {region.field_label or ''} {region.label}", labels, region.aliases) \
        or _a_grouped_source_beside_another(labels, groups, region.aliases)


def _a_grouped_source_beside_another(labels: list[str], groups: list[str | None], aliases: dict[str, str] | None) -> bool:
    """Two sources, one set under the group it belongs to ("Publiek" over "Gem.", "Publieke
    partijen – Gemeenten"): the columns are a funding table's, though it states no total."""
    meanings = [(i, m) for i, label in enumerate(labels) if (m := colmap.source_of(label, aliases)) and m.role == "source"]
    named = [{colmap.group_of(groups[i] or ""), colmap.leading_group(labels[i])} for i, _ in meanings]
    grouped = any(m.group and m.group in names for (_, m), names in zip(meanings, named))
    return grouped and len({m.key for _, m in meanings}) >= 2


# What a house may call the sources' share of a cost line, over their columns.
_FUNDING_WORDS = frozenset({"dekking", "financiering", "bekostiging", "bijdrage", "bijdragen", "financieringsbronnen",
                            "cofinanciering"})


def _budget_as_total(cols: list[Column]) -> None:
    """A funding table without a Totaal column whose first or last column is named for the
    budget ("Begroting", "Kosten") and stands under no group (the sources stand under
    "Dekking"): that column is the total the sources cover."""
    if any(c.role == "total" for c in cols):
        return
    for col in (cols[0], cols[-1]) if cols else ():
        if col.group is None and colmap.normalise(col.label) in _BUDGET_WORDS:
            col.key, col.role = "totaal", "total"
            return


_UNIT_ONLY = re.compile(r"(?i)\s*(?:€|eur|euro)\s*")
_SHARE_LABEL = re.compile(r"(?i)%|aandeel|perc\.?|percentage")


def _warn_unlabelled(region: Region, cols: list[Column], group_for: list[str | None]) -> None:
    """Columns under a group label that still have no label of their own."""
    for group in sorted({g for g in group_for if g}):
        keys = [c.key for c, g in zip(cols, group_for) if g == group and c.label == group]
        if keys:
            region.warnings.append(ExtractionWarning(
                code="unlabelled-columns", page=region.header[0].page if region.header else None,
                message=f"table '{region.label}': the columns under '{group}' have no labels of their own; "
                        f"named {', '.join(keys)}"))


def dedupe_keys(cols: list[Column]) -> None:
    seen: dict[str, int] = {}
    for c in cols:
        seen[c.key] = seen.get(c.key, 0) + 1
        if seen[c.key] > 1:
            c.key = f"{c.key}_{seen[c.key]}"


def _accounting_nils(cols: list[Column], rows: list[Row]) -> list[int]:
    """A spreadsheet's accounting format prints a nil as its currency sign at the cell's left
    and a dash at its right, where the units stand ("€      -"). In a column whose other
    cells are words set left ("15 mln."), the dashes alone stand apart as a column of their
    own, the column's label over one of the two: each dash is the nil of the sign beside it,
    in one column. The columns taken out, from the right."""
    taken: list[int] = []
    for k in range(len(cols) - 1, 0, -1):
        held = [row for row in rows if row.cells[k].raw.strip()]
        if (cols[k].label.strip() and cols[k - 1].label.strip()) or not held \
                or any(row.cells[k].kind != CellKind.nil or row.cells[k - 1].raw.strip() not in CURRENCY_SIGNS
                       for row in held):
            continue
        for row in rows:
            sign, dash = row.cells[k - 1], row.cells.pop(k)
            if dash.raw.strip() and sign.provenance and dash.provenance and sign.provenance.bbox and dash.provenance.bbox:
                parsed = parse_cell(f"{sign.raw} {dash.raw}")
                row.cells[k - 1] = Cell(raw=f"{sign.raw} {dash.raw}", kind=parsed.kind, provenance=Provenance(
                    page=sign.provenance.page, bbox=rounded(around([sign.provenance.bbox, dash.provenance.bbox]))))
        gone = k if not cols[k].label.strip() else k - 1
        cols.pop(gone)
        taken.append(gone)
    return taken


def _adopt_leaked_subheaders(region: Region, cols: list[Column], rows: list[Row]) -> None:
    """Sub-header words printed in a data row (Leonardo's "Gem." "Prov.") name their columns.
    A row before the first amount that holds nothing but such words is the header's own
    second line drawn in a ruled row of its own ("Gem." under "Publieke partijen"): it is
    taken out of the body, without a warning."""
    header_rows = []
    for row in rows:
        if any(cell.amount is not None for cell in row.cells):
            break
        if not row.label.strip() and _names_its_columns(region, cols, row):
            header_rows.append(row)
    for row in header_rows:
        rows.remove(row)
    for row in [*header_rows, *rows]:
        for col, cell in zip(cols, row.cells):
            if cell.kind != CellKind.text or not _open_to_its_members(col):
                continue
            found = colmap.lookup(cell.raw, region.aliases)
            if found is None or (col.key == found.key):
                continue
            old = col.key
            col.group = col.group or found.group  # a group's label alone over its column
            col.label, col.key = cell.raw, found.key
            if row not in header_rows:
                region.warnings.append(ExtractionWarning(
                    code="subheader-in-row",
                    message=f"table '{region.label}': '{cell.raw}' stands in row '{row.label}' where a value "
                            f"belongs; read as the label of column {old} (now {col.key})",
                    page=cell.provenance.page if cell.provenance else None))
    dedupe_keys(cols)


def _names_its_columns(region: Region, cols: list[Column], row: Row) -> bool:
    """Does every filled cell of ``row`` name its column's source, or one under the column's group?"""
    filled = [(col, cell) for col, cell in zip(cols, row.cells) if cell.raw.strip()]
    return bool(filled) and all(
        cell.kind == CellKind.text and (found := colmap.lookup(cell.raw, region.aliases)) is not None
        and (found.key == col.key or _open_to_its_members(col)) for col, cell in filled)


def _open_to_its_members(col: Column) -> bool:
    """Is the column under a group's label, or headed by one alone ("Publieke partijen")?"""
    return bool(col.group) or colmap.group_of(col.label) is not None


# Groups of thousands, one parted by a comma or more: "525,000", "1.000,000", "4,500.000", "€ 14,000".
_COMMA_GROUP = re.compile(r"(?:€\s?)?\d{1,3}(?:\.\d{3})*,\d{3}(?:[.,]\d{3})*")
_DOT_GROUPS = re.compile(r"(?:€\s?)?\d{1,3}(?:\.\d{3})+")


def _misread_figures(region: Region, cols: list[Column], rows: list[Row]) -> None:
    """An OCR text layer's misreadings, read as the figures they stand for and named: a
    letter for a figure ("1.65O.000"; see misread_figures), and in a table that groups its
    thousands with dots and writes no decimals, a dot read as a comma ("525,000", "4,500.000").
    Not in a table that states its amounts in thousands or more: there three decimals are
    euros ("13.699,097" thousand)."""
    cells = [(row, col, cell) for row in rows for col, cell in zip(cols, row.cells)]
    dotted = sum(bool(_DOT_GROUPS.fullmatch(split_marks(c.raw)[0])) for _, _, c in cells)
    decimals = _states_thousands(region, cols) or any(
        c.amount is not None and c.amount.precision < 1 and not _COMMA_GROUP.fullmatch(split_marks(c.raw)[0])
        for _, _, c in cells)
    for row, col, cell in cells:
        body = split_marks(cell.raw)[0]
        read_as = misread_figures(body)
        if read_as is None and dotted >= 2 and not decimals and _COMMA_GROUP.fullmatch(body):
            read_as = body.replace(",", ".")
            parsed = parse_cell(read_as)
            cell.kind, cell.amount = parsed.kind, parsed.amount
        if read_as is None or cell.amount is None:
            continue
        region.warnings.append(ExtractionWarning(
            code="misread-figures", page=cell.provenance.page if cell.provenance else None,
            message=f"table '{region.label}', row '{row.label}', column '{col.label or col.key}': '{cell.raw}' is read "
                    f"as {read_as}, the text layer giving other characters than figures (an OCR misreading?)"))


def _states_thousands(region: Region, cols: list[Column]) -> bool:
    """Do the table's caption, label, header or notes state its amounts in thousands or more?"""
    texts = [region.caption, region.label, *(ln.text for ln in region.header + region.footnotes), *(c.label for c in cols)]
    return any((stated_scale(text)[0] or 1) >= 1000 for text in texts if text)


def _misread_or_too_long(region: Region, cols: list[Column], rows: list[Row]) -> None:
    _misread_figures(region, cols, rows)
    _warn_too_long(region, cols, rows)


def _warn_too_long(region: Region, cols: list[Column], rows: list[Row]) -> None:
    for row in rows:
        for col, cell in zip(cols, row.cells):
            for number in too_long_numbers(cell.raw):
                where = f"table '{region.label}', row '{row.label}', column '{col.label or col.key}'"
                region.warnings.append(ExtractionWarning(
                    code="number-out-of-range", page=cell.provenance.page if cell.provenance else None,
                    message=f"{where}: '{abbreviated(number)}' has more digits than any amount; it is read as text"))


def read_footnotes(lines: list[Line], sources: bool = False, typed: frozenset[str] = frozenset()) -> list[Footnote]:
    """Notes, each opening with its mark (a raised one, or one of the ``typed`` marks of its
    table); a line without one goes on the note before it. With ``sources`` (a table's
    notes) a line naming the source is a note of its own, without a mark."""
    notes: list[Footnote] = []
    for line in lines:
        text = _NOTE_LABEL.sub("", line.text, count=1)
        if starts_with_mark(line, typed) or (sources and is_source(line)):
            mark = _typed_mark(line, typed) or text[: len(text) - len(text.lstrip(NOTE_MARKS))]
            notes.append(Footnote(mark=mark, text=text[len(mark):].strip(),
                                  provenance=Provenance(page=line.page, bbox=rounded(line.bbox))))
        elif notes:
            note = notes[-1]
            note.text = f"{note.text} {text}".strip()
            if note.provenance is not None and note.provenance.page == line.page and note.provenance.bbox:
                note.provenance = Provenance(page=line.page, bbox=rounded(around([note.provenance.bbox, line.bbox])))
    return notes


def _remarks(remarks: list[list[Line]]) -> list[Footnote]:
    """Explanations set under their rows, each a note without a mark."""
    return [Footnote(mark="", text=" ".join(ln.text for ln in lines), provenance=_line_prov(lines)) for lines in remarks]


def _prov(page: int, words: list[Word]) -> Provenance:
    return Provenance(page=page, bbox=rounded(union(words)))


def _line_prov(lines: list[Line]) -> Provenance | None:
    if not lines:
        return None
    first = [ln for ln in lines if ln.page == lines[0].page]
    return Provenance(page=lines[0].page, bbox=rounded(union(first)))
