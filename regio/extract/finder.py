"""Finding tables among lines of text, from how tables are drawn.

Two kinds of evidence, each read on its own:

- **a ruled grid**: horizontal and vertical rules that meet, with at least two columns
  between them;
- **aligned text**: consecutive lines split into cells by wide gaps, whose gaps line up
  into empty vertical channels that run through the whole block (the whitespace between
  columns). Prose has no such channel; a list has one, right after its bullets; a table of
  contents has leader dots; two columns of page text have one, but both sides are prose.

Around the block the finder takes the header lines above it (a group label centred over
its columns, lines under the table's top rule), a caption ("Tabel 3. ...", "bedragen x
€ 1.000") and footnotes below. Which line is header and which is body follows the values:
the lines before the first line with an amount are the header. The regions go to the one
table reader (tables.build_table) that also reads the dossiers' funding tables.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import combinations
from statistics import median

from regio.extract import columns as colmap
from regio.extract.layout import Fill, Line, PageLayout, Rule, Word, cells_of, is_typed_rule, join_words, running_text
from regio.extract.settings import DEFAULT, Settings
from regio.extract.tables import (
    UNIT_WORD,
    TableForm,
    amounts_under_label,
    banded,
    carried_marks,
    first_row_lines_in_header,
    is_footnote,
    is_total_row,
    opening_mark,
    starts_with_mark,
    typed_marks,
)
from regio.geometry import Box, union
from regio.money import is_figure, parse_cell
from regio.schema import CellKind

# (an ellipsis closing a word cut short, "circulaire tex…", leads nowhere)
_LEADER = re.compile(r"(?:\.\s?){4,}|(?<!\w)…|…(?:\s?…)+|(?:_\s?){4,}")
_ENUMERATOR = re.compile(r"^(?:[•·▪◦‣●○■□➢►\-–—*o†‡¹²³⁴⁵⁶⁷⁸⁹]|\(?\d{1,2}[.)]|\(?[a-z][.)]?|\(?[ivx]{1,4}[.)])$", re.I)


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
# The word that names a table in a caption ("Tabel 3", "Table 2.1").
TABLE_WORD = r"(?:tabel|table|tab\.|tableau|tabelle)"
_CAPTION = re.compile(rf"^{TABLE_WORD}\s*:?\s*[\dA-Z]", re.I)
_SCALE_HINT = re.compile(r"bedragen\s+(?:x|×|in)\b|x\s*(?:€|eur|\$|1[.,]?000)"
                         r"|\bin\s+(?:miljoen|miljard|duizend|thousands|millions|billions|%)"
                         r"|\((?:in\s+)?(?:€|eur|\$|x)|eur\s?m\b|\$\s?0{3}", re.I)


@dataclass
class TableRegion:
    """Lines that form one table on one page, split into header, body and footnotes."""

    page: int
    header: list[Line]
    body: list[Line]
    footnotes: list[Line] = field(default_factory=list)
    caption: Line | None = None
    scale_note: Line | None = None  # "bedragen x € 1.000" beside a caption that names the table
    ruled: bool = False
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    cuts: list[float] = field(default_factory=list)  # where the columns of an aligned table part
    form: TableForm = "grid"

    @property
    def lines(self) -> list[Line]:
        return self.header + self.body


def find_tables(layout: PageLayout, lines: list[Line] | None = None, settings: Settings = DEFAULT) -> list[TableRegion]:
    """The tables among ``lines`` (default: every line of the page), in reading order."""
    if lines is None:
        lines, hrules, vrules = layout.lines, layout.hrules, layout.vrules
    else:
        # Part of a page (the text of one field): the rules of a frame around it are not a
        # table's. A table's rules reach the border right of its last column, which may be
        # wider than its words.
        lo, right = min(ln.x0 for ln in lines) - 8, max(ln.x1 for ln in lines)
        top, bottom = min(ln.top for ln in lines), max(ln.bottom for ln in lines)
        border = min((r.x0 for r in layout.vrules if r.x0 >= right and r.top <= bottom and top <= r.bottom), default=right)
        hi = max(right, border) + 8
        hrules = [r for r in layout.hrules if lo <= r.x0 and r.x1 <= hi]
        vrules = [r for r in layout.vrules if lo + 11 < r.x0 < hi - 11]
        # A rule at the text's edge beside rules inside it is a grid's border, not a frame's.
        vrules += [r for r in layout.vrules if lo <= r.x0 <= lo + 11 or hi - 11 <= r.x0 <= hi
                   if any(v.top < r.bottom and r.top < v.bottom for v in vrules)]
    lines = sorted(lines, key=layout.reading_key)
    regions: list[TableRegion] = []
    taken: set[int] = set()
    # Smallest first: a grid drawn inside another's cell (a table nested in a form) is a table
    # of its own, its lines not the form's.
    for grid in sorted(ruled_grids(hrules, vrules, settings), key=lambda b: (b[2] - b[0]) * (b[3] - b[1])):
        inside, lines = _cut_out(lines, grid)
        found = _ruled_regions(layout, inside, grid, settings)
        for ruled in found:
            if (head := _header_over_the_grid(lines, ruled)) is not None:
                ruled.body[:0], ruled.header = ruled.header, [head]
                ruled.box = (ruled.box[0], head.top, ruled.box[2], ruled.box[3])
                lines = [ln for ln in lines if ln is not head]
        regions.extend(found)
        used = {id(ln) for region in found for ln in region.lines}
        noted = _notes_under_the_grid(found, [ln for ln in inside if id(ln) not in used], lines, grid, settings)
        lines = sorted([ln for ln in lines if id(ln) not in noted] + [ln for ln in inside if id(ln) not in used | noted],
                       key=layout.reading_key)
    rest = lines
    for block in _aligned_blocks(rest, settings, layout):
        # (a block may open with the line the table over it ended on: its last row's units
        # wrapped under its cells, "mln.   mln.")
        while block and id(block[0]) in taken:
            block = block[1:]
        region = _aligned_region(layout, rest, block, settings) if block else None
        if region is not None and not any(id(ln) in taken for ln in region.lines):
            regions.append(region)
            taken.update(id(ln) for ln in region.lines + region.footnotes)
    regions += written_out([ln for ln in rest if id(ln) not in taken], settings)
    regions = _header_grids_joined(sorted(regions, key=lambda r: r.box[1]), layout, settings)
    for region in regions:
        if region.ruled and (rows := _rows_under_a_header_grid([ln for ln in rest if id(ln) not in taken], region,
                                                                layout, settings)):
            if _holds_rows(region, rows[0]):  # the rows under the rules part by their alignment, not by rules
                region.body, region.ruled, region.cuts = region.body + rows, False, _column_rules(region, layout)[1:-1]
            else:
                region.header, region.body = region.header + region.body, rows
            region.box = (region.box[0], region.box[1], region.box[2], rows[-1].bottom)
            taken.update(map(id, rows))
    for region in regions:
        taken.update(id(ln) for ln in _whole_bands(layout, region, lines))
    _add_captions(regions, [ln for ln in lines if id(ln) not in taken], settings)
    return sorted(regions, key=lambda r: layout.reading_key(r.lines[0]))


def _whole_bands(layout: PageLayout, region: TableRegion, lines: list[Line]) -> list[Line]:
    """The lines on the band of the region's first or last row that the region left out (a
    label wrapped above or below its values, centred on the row's band), now its body's.
    Returns the lines so taken."""
    def band(line: Line) -> Fill | None:
        fill = layout.fill_behind(line)
        return fill if fill is not None and fill.bottom - fill.top < 0.25 * layout.height else None

    order = sorted(lines, key=lambda ln: ln.top)
    at = {id(ln): i for i, ln in enumerate(order)}
    taken: list[Line] = []
    if not region.body or id(region.body[0]) not in at or id(region.body[-1]) not in at:
        return taken
    def row_band(row: Line) -> Fill | None:
        """The band of that row alone: one behind other rows of the table too is its ground
        (a box it stands in), no row's; so is one reaching a line's height past the table."""
        fill = band(row)
        shared = fill is not None and any(band(ln) is fill and is_tabular(ln) for ln in region.body if ln is not row)
        beyond = fill is not None and (fill.top < region.box[1] - row.size or fill.bottom > region.box[3] + row.size)
        return None if shared or beyond else fill

    first, last = row_band(region.body[0]), row_band(region.body[-1])
    if first is not None and region.header and band(region.header[-1]) is first:
        region.body.insert(0, region.header.pop())
    i = at[id(region.body[0])] - 1
    while first is not None and not region.header and i >= 0 and band(order[i]) is first:
        region.body.insert(0, order[i])
        taken.append(order[i])
        i -= 1
    i = at[id(region.body[-1])] + 1
    while last is not None and i < len(order) and band(order[i]) is last and order[i] not in region.footnotes:
        region.body.append(order[i])
        taken.append(order[i])
        i += 1
    floor = _rule_under(layout, region) if last is None else None
    # The last row's band closed by a rule across the table: a cell's text wrapped under its
    # first line, in its type, set close under it, above that rule and within its length.
    while floor is not None and i < len(order) and order[i].bottom <= floor.top + 1 and order[i] not in region.footnotes \
            and order[i].top - order[i - 1].bottom < order[i].size and abs(order[i].size - order[i - 1].size) <= _SAME_TYPE_PT \
            and floor.x0 - 2 <= order[i].x0 and order[i].x1 <= floor.x1 + 2:
        region.body.append(order[i])
        taken.append(order[i])
        i += 1
    return taken


def _rule_under(layout: PageLayout, region: TableRegion) -> Rule | None:
    """The first rule across the whole table under the first line of its last row."""
    last = region.body[-1]
    x0, _, x1, _ = region.box
    under = [r for r in layout.hrules if r.top >= last.bottom - 1 and r.x0 <= x0 + last.size and r.x1 >= x1 - last.size]
    return min(under, key=lambda r: r.top, default=None)


def _header_grids_joined(regions: list[TableRegion], layout: PageLayout, settings: Settings) -> list[TableRegion]:
    """A grid of words only, right above an aligned table as wide as it, is that table's
    header drawn in boxes; a grid with rows of figures too is the top of the table, where
    the rules stop (the rules a table's coloured grounds draw between its cells, on rows
    of alternating ground, can stop after the first) and its cells stay in the grid's columns."""
    out: list[TableRegion] = []
    for region in regions:
        head = out[-1] if out else None
        if head is not None and head.ruled and not region.ruled and \
                region.lines[0].top - head.lines[-1].bottom <= settings.table_line_gap_em * region.lines[0].size and \
                head.box[0] - 12 <= region.box[0] and region.box[2] <= head.box[2] + 12:
            rows = _holds_rows(head, region.lines[0]) and _fits_the_grid(head, layout)(region.lines)
            if rows or not any(_mostly_figures(ln) for ln in head.lines):
                out[-1] = TableRegion(region.page, head.header if rows else head.lines,
                                      head.body + region.lines if rows else region.lines, region.footnotes,
                                      region.caption, ruled=False,
                                      box=(min(head.box[0], region.box[0]), head.box[1],
                                           max(head.box[2], region.box[2]), region.box[3]),
                                      cuts=region.cuts)
                continue
        out.append(region)
    return out


def _fits_the_grid(grid: TableRegion, layout: PageLayout) -> Callable[[list[Line]], bool]:
    """A test of lines against the grid's columns, measured once: does no cell of them cross
    a rule between two of its columns (an amount may run past its border), and do they hold a
    cell in as many of its columns as its own rows do?"""
    edges = _column_rules(grid, layout)

    def columns(cells: list[list[Word]]) -> set[int]:
        return {bisect_left(edges, (cell[0].x0 + cell[-1].x1) / 2) for cell in cells}

    widest = max((len(columns(cells_of(ln))) for ln in grid.body), default=0)

    def fits(lines: list[Line]) -> bool:
        cells = [cells_of(ln) for ln in lines]
        crossing = any(cell[0].x0 + 1 < x < cell[-1].x1 - 1 for line in cells for cell in line for x in edges[1:-1])
        return len(edges) >= 3 and widest >= 3 and not crossing and max(len(columns(line)) for line in cells) >= widest
    return fits


# ------------------------------------------------------------------------ ruled grids


def ruled_grids(hrules: list[Rule], vrules: list[Rule], settings: Settings) -> list[tuple[float, float, float, float]]:
    """Boxes of connected sets of rules that part at least two columns."""
    rules = [(r, True) for r in hrules] + [(r, False) for r in vrules]
    parent = list(range(len(rules)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    reach = settings.rule_join_pt + 1.5
    for i, (a, _) in enumerate(rules):
        for j in range(i + 1, len(rules)):
            b = rules[j][0]
            if a.x0 - reach <= b.x1 and b.x0 - reach <= a.x1 and a.top - reach <= b.bottom and b.top - reach <= a.bottom:
                parent[root(i)] = root(j)
    groups: dict[int, list[tuple[Rule, bool]]] = {}
    for i, item in enumerate(rules):
        groups.setdefault(root(i), []).append(item)
    boxes = []
    for members in groups.values():
        verticals = {round(r.x0) for r, horizontal in members if not horizontal}
        horizontals = [r for r, horizontal in members if horizontal]
        if len(verticals) < 2 or len(horizontals) < 2:
            continue
        # Columns between the vertical rules, and beyond them where the grid is open at a side.
        open_sides = (sum(r.x0 < min(verticals) - _OPEN_SIDE_PT for r in horizontals) >= 2) + \
            (sum(r.x1 > max(verticals) + _OPEN_SIDE_PT for r in horizontals) >= 2)
        if len(verticals) - 1 + open_sides >= 2:
            boxes.append(union(r for r, _ in members))
            boxes += _nested_grids(horizontals, [r for r, horizontal in members if not horizontal])
    return boxes


# A grid is open at a side where its row rules reach this far past its last column rule.
_OPEN_SIDE_PT = 10


def _nested_grids(hrules: list[Rule], vrules: list[Rule], slack: float = 2.0) -> list[tuple[float, float, float, float]]:
    """Grids drawn inside one cell of a grid whose rules they touch (a table nested in a form
    and broken with it at the page's foot): vertical rules of one height, three or more,
    between two rules of the cell's sides, under a rule of their own that runs from the
    first to the last and stops short of the cell's sides. A group label's rules reach the
    sides of the column it spans, and a title row's rule the table's, so neither is one."""
    boxes = []
    seen: set[tuple[int, int]] = set()
    for rule in vrules:
        mates = [r for r in vrules if abs(r.top - rule.top) <= slack and abs(r.bottom - rule.bottom) <= slack]
        extent = (round(rule.top), round(rule.bottom))
        if len({round(r.x0) for r in mates}) < 3 or extent in seen:
            continue
        seen.add(extent)
        left, right = min(r.x0 for r in mates), max(r.x0 for r in mates)
        sides = [r.x0 for r in vrules if r.top <= rule.top + slack and r.bottom >= rule.bottom - slack]
        outside_left = [x for x in sides if x < left - slack]
        outside_right = [x for x in sides if x > right + slack]
        if not (outside_left and outside_right):
            continue
        if any(abs(h.top - rule.top) <= slack and abs(h.x0 - left) <= slack and abs(h.x1 - right) <= slack
               and h.x0 > max(outside_left) + slack and h.x1 < min(outside_right) - slack for h in hrules):
            boxes.append((left, min(r.top for r in mates), right, max(r.bottom for r in mates)))
    return boxes


def _cut_out(lines: list[Line], box: tuple[float, float, float, float]) -> tuple[list[Line], list[Line]]:
    """The words inside a box, and those outside it, as lines: text may run beside a grid
    on the same baselines."""
    inside: list[Line] = []
    outside: list[Line] = []
    for line in lines:
        middle = (line.top + line.bottom) / 2
        if not box[1] <= middle <= box[3]:
            outside.append(line)
            continue
        within = [w for w in line.words if box[0] - 2 <= w.middle <= box[2] + 2]
        if len(within) == len(line.words):
            inside.append(line)
            continue
        if within:
            inside.append(Line(line.page, within, line.space))
        kept = {id(w) for w in within}
        outside.append(Line(line.page, [w for w in line.words if id(w) not in kept], line.space))
    return inside, outside


def _ruled_regions(layout: PageLayout, inside: list[Line], grid, settings: Settings) -> list[TableRegion]:
    if len(inside) < 2:
        return []
    cuts = sorted({x for ln in inside for x in layout.vrules_crossing(ln.top, ln.bottom) if grid[0] - 2 <= x <= grid[2] + 2})
    # (a grid open at a side, its row rules reaching past its column rules, as ruled_grids
    # reads it, ends where they end)
    rows = [r for r in layout.hrules if grid[1] - 2 <= r.top <= grid[3] + 2 and grid[0] - 2 <= r.x0 and r.x1 <= grid[2] + 2]
    if cuts and sum(r.x0 < cuts[0] - _OPEN_SIDE_PT for r in rows) >= 2:
        cuts.insert(0, grid[0])
    if cuts and sum(r.x1 > cuts[-1] + _OPEN_SIDE_PT for r in rows) >= 2:
        cuts.append(grid[2])
    columns = [(a, b) for a, b in zip(cuts, cuts[1:]) if any(ln.words_between(a, b) for ln in inside)]
    if len(columns) < 2 or sum(_prose_columns(inside, columns, layout.width, settings)) >= 2 \
            or _bar_chart(layout, [ln for ln in inside if is_tabular(ln)]) or _boxes_stacked(layout, inside, grid):
        return []  # a box around text, a grid with text in one column only, page text in ruled columns, a chart
    inside = sorted(inside, key=lambda ln: (ln.top, ln.x0))
    header, body = _split_header(inside, layout)
    # Running text over the table's top rule, or under its last row, in the same frame (a
    # spreadsheet's grid holds the text around its tables), is no part of the table's box.
    top = (header or body)[0].top - 2 if (header or body)[0] is not inside[0] else grid[1]
    body = _without_text_below(body, cuts)
    bottom = body[-1].bottom + 2 if body and body[-1] is not inside[-1] else grid[3]
    return [TableRegion(layout.number, header, body, _notes_off(body), ruled=True, box=(grid[0], top, grid[2], bottom))]


def _boxes_stacked(layout: PageLayout, inside: list[Line], grid) -> bool:
    """Do two lines of the grid stand between rules none of which parts the other (a canvas's
    row of boxes over another row parted elsewhere)? A table's column rules run through its
    body's every row, a cell spanning columns only leaves some of them out, and cells drawn
    each in a box of its own part their columns a few points apart, within an em."""
    parted = {frozenset(x for x in layout.vrules_crossing(ln.top, ln.bottom) if grid[0] + 2 < x < grid[2] - 2)
              for ln in inside}
    parted.discard(frozenset())
    em = median(ln.size for ln in inside)
    return any(all(abs(x - y) > em for x in a for y in b) for a, b in combinations(parted, 2))


def _without_text_below(body: list[Line], cuts: list[float]) -> list[Line]:
    """The body without the paragraphs that follow its last row of cells (and its notes):
    running text over the columns' rules, as a spreadsheet lets it run on over empty cells;
    a cell's own text, however long, stays within its column (a field's label in the first
    column is a cell of its own, its text beside it runs on)."""
    def runs_on(line: Line) -> bool:
        return any(len(cell) >= DEFAULT.prose_cell_words and any(cell[0].x0 + 2 < x < cell[-1].x1 - 2 for x in cuts)
                   for cell in cells_of(line))

    last_row = max((i for i, ln in enumerate(body) if (is_tabular(ln) or _mostly_figures(ln)) and not runs_on(ln)),
                   default=len(body))
    text = next((i for i in range(last_row + 1, len(body)) if runs_on(body[i]) and not is_footnote(body[i])), len(body))
    return body[:text]


def _header_over_the_grid(lines: list[Line], region: TableRegion) -> Line | None:
    """A grid of rows alone (its column labels set over its top rule, as a spreadsheet sets
    labels written at an angle): the line right over the grid with a label over nearly every
    column is its header, where the grid's first line has figures beside its label and is
    set in the body's type (a header row in the grid is bold)."""
    def a_row(line: Line) -> bool:  # a label and cells, figures among them
        cells = cells_of(line)
        return len(cells) >= 2 and any(is_figure(w.text) for cell in cells[1:] for w in cell)

    x0, top, x1, _ = region.box
    first = (region.header or region.body)[0]
    # A label written at an angle rises from its foot over its column and may lean past the grid.
    above = [ln for ln in lines if ln.bottom <= top + 1 and top - ln.bottom <= first.size and x0 - 2 <= ln.x0
             and max(w.x0 if w.reach else w.x1 for w in ln.words) <= x1 + 2]
    head = max(above, key=lambda ln: ln.bottom, default=None)
    # A label over nearly every column, each apart (a caption runs on as one).
    if head is None or _mostly_figures(head) or len(cells_of(head)) < max(2, len(cells_of(first)) - 1):
        return None
    angled = sum(1 for w in head.words if w.reach) >= 2  # labels at an angle head columns, whatever the rows
    return head if angled or (a_row(first) and not first.bold) else None


def _rows_under_a_header_grid(lines: list[Line], region: TableRegion, layout: PageLayout, settings: Settings) -> list[Line]:
    """A grid that rules its header alone (a dark band parted by white rules, the rows set
    open under it) and holds no figure, with no table found under it (too few rows to show
    their alignment): the lines right under it with figures, within its width, are its rows.
    A grid whose rules stop after its first rows (see _header_grids_joined) goes on in the
    lines right under it that fill its columns as its rows do."""
    x0, _, x1, bottom = region.box
    below = sorted((ln for ln in lines if (ln.top + ln.bottom) / 2 >= bottom - 1), key=lambda ln: ln.top)
    header_only = not below or not _holds_rows(region, below[0])
    fits = _fits_the_grid(region, layout) if not header_only else None
    rows: list[Line] = []
    for line in below:
        above = rows[-1].bottom if rows else bottom
        if line.top - above > settings.table_line_gap_em * line.size or line.x0 < x0 - 2 or line.x1 > x1 + 2 \
                or not (fits([line]) if fits else _mostly_figures(line)):
            break
        rows.append(line)
    return rows


def _column_rules(grid: TableRegion, layout: PageLayout) -> list[float]:
    x0, top, x1, bottom = grid.box
    return sorted({round(r.x0) for r in layout.vrules if x0 - 2 <= r.x0 <= x1 + 2 and r.top < bottom and top < r.bottom})


def _holds_rows(grid: TableRegion, below: Line) -> bool:
    """Does a grid rule rows of its table, not its header alone: figures in it, or, in a
    table of words (figures under a grid of words only are rows under their header), lines
    under its header set in the type of the line under it?"""
    return any(_mostly_figures(ln) for ln in grid.lines) or not _mostly_figures(below) and bool(grid.body) and all(
        (ln.size, ln.bold) == (below.size, below.bold) for ln in grid.body)


def _notes_off(body: list[Line]) -> list[Line]:
    """The notes at the foot of a table's body (the grid's box took them in, or they read
    as the last row's label wrapped), taken off it."""
    notes: list[Line] = []
    while len(body) > 1 and is_footnote(body[-1]):
        notes.insert(0, body.pop())
    return notes


# ------------------------------------------------------------------------ aligned text


@lru_cache(maxsize=8192)
def is_tabular(line: Line) -> bool:
    """Cells side by side, and not a contents entry (text, leader dots, a page number) or a
    list item."""
    segs = cells_of(line)
    if len(segs) < 2 or (len(segs) == 2 and _LEADER.search(line.text)) or _CAPTION.match(line.text) or is_footnote(line):
        return False
    return not (len(segs) == 2 and (_ENUMERATOR.match(join_words(segs[0])) or _numbered_heading(segs))) \
        and not justified(line)


def _numbered_heading(segs: list[list[Word]]) -> bool:
    """A section's number set apart before its words in bold ("2.2   Slimme Werkplaats"), no
    figure (a row's number before its label is set as the row is)."""
    return _SECTION_NUMBER.fullmatch(join_words(segs[0])) is not None and not any(is_figure(w.text) for w in segs[1]) \
        and all(w.bold for seg in segs for w in seg)


def justified(line: Line) -> bool:
    """Prose set justified: every gap between its words stretched alike, all of them wide, on
    a line of five words or more, or of four in a narrow column. A list item's marker hangs
    apart from its text by a gap of its own."""
    words = line.words[1:] if len(line.words) > 1 and _ENUMERATOR.match(line.words[0].text) else line.words
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    wordy = sum(w.text[:1].isalpha() for w in line.words) >= 0.5 * len(line.words)
    # Four words of a narrow column, most in lower case and none a column's label, as well.
    few = len(gaps) == 3 and sum(w.text[:1].islower() for w in words) > len(words) / 2 \
        and not any(colmap.is_column_word(w.text) for w in words)
    return wordy and (len(gaps) >= 4 or few) and max(gaps) - min(gaps) < 0.3 * max(gaps)


def _aligned_blocks(lines: list[Line], settings: Settings, layout: PageLayout) -> list[list[Line]]:
    """Runs of tabular lines close together; up to two other lines may stand between two of
    them (a wrapped label, a section row), but no sentence run across the columns of a table
    of two lines or more (the text between two tables). Runs further apart may still be
    parts of one table (see _join_blocks); what stays a single line is no table."""
    from regio.extract.records import parted_at_captions

    blocks: list[list[Line]] = []
    current: list[Line] = []
    pending: list[Line] = []
    for line, after in zip(lines, [*lines[1:], None]):
        previous = (pending or current)[-1] if (pending or current) else None
        # Reading order goes back up where a second column of text starts: that is no row below.
        close = previous is not None and previous.top <= line.top and \
            line.top - previous.bottom <= settings.table_line_gap_em * line.size
        if not close:
            if current:
                blocks.append(current)
            current, pending = [], []
        if is_typed_rule(line):
            continue  # a rule typed as dashes or underscores
        if is_tabular(line) and current and _opens_another_table(line, current):
            blocks.append(current)
            current, pending = [*pending, line], []
        elif is_tabular(line):
            current.extend(pending)
            current.append(line)
            pending = []
        elif current:
            pending.append(line)
            # (a cost line's total, its label wrapped in its column over many lines, as a budget
            # in long form sets it between its cost lines, stands between them as one line)
            values_from = next(iter(cells_of(current[-1])[1:2]), [line])[0].x0
            apart = sum(not (is_total_row(current[-1]) and _label_going_on(ln, above) and ln.x1 < values_from)
                        for ln, above in zip(pending, [current[-1], *pending]))
            # (a row's label as wide as the table over its amounts is no sentence: a finance report's row)
            across = sentence_across(line, current) and not (after is not None and amounts_under_label(line, after))
            if apart > 2 or (len(current) >= 2 and across):
                blocks.append(current)
                current, pending = [], []
    if current:
        blocks.append(current)
    return [part for block in _join_blocks(lines, blocks, settings, layout)
            for part in parted_at_captions(block, settings.alias_map) if sum(is_tabular(ln) for ln in part) >= 2]


def _opens_another_table(line: Line, above: list[Line]) -> bool:
    """Labels only, under rows of figures that end in a total, or in header type (bold) under
    rows that are not: the header of the next table stacked under the first, not a row of it
    (whatever stands between: the first table's notes, a line of text)."""
    def values(ln: Line) -> bool:
        return any(is_figure(join_words(cell)) for cell in cells_of(ln)[1:])

    last = next((ln for ln in reversed(above) if is_tabular(ln) and values(ln)), None)
    # (a cell of a currency sign alone stands over or beside its amount: no label)
    labels = all(any(ch.isalpha() for ch in join_words(cell)) for cell in cells_of(line))
    if last is None or not labels or values(line) or not values(last):
        return False
    return is_total_row(last) or (all(w.bold for w in line.words) and not all(w.bold for w in last.words))


def _label_going_on(line: Line, above: Line) -> bool:
    """A label alone right under the line over it, where that line's label starts: that label
    going on, wrapped in its column ("Totaal Veldproeven op" over "proefbedrijven")."""
    return len(cells_of(line)) == 1 and abs(line.x0 - above.x0) <= 2 and 0 <= line.top - above.bottom <= 0.5 * line.size


def sentence_across(line: Line, block: list[Line]) -> bool:
    """A line of running text from the block's left edge across most of its width, its words
    no further apart than words are: a sentence, not a cell nor a header's cells (nor the
    text beside a column of labels, which the block may be)."""
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    return running_text(line.words) and line.x0 <= x0 + line.size and line.x1 - line.x0 >= _ACROSS_SHARE * (x1 - x0) \
        and len(line.segments()) == 1


_ACROSS_SHARE = 0.8


def _join_blocks(lines: list[Line], blocks: list[list[Line]], settings: Settings, layout: PageLayout) -> list[list[Line]]:
    """Parts of one table set further apart than its lines (a header above a gap, groups of
    rows under section labels, a label wrapped over many lines) are joined where their
    columns line up and the few lines between them fit in its columns. Under a rule that
    closes the first part, across all of it, only a part that fills its last column goes on.
    Records (see records) are joined under their titles."""
    from regio.extract.records import after_caption, records_of

    position = {id(ln): i for i, ln in enumerate(lines)}
    joined: list[list[Line]] = []
    for block in blocks:
        if joined:
            last = joined[-1]
            between = lines[position[id(last[-1])] + 1:position[id(block[0])]]
            chain = [last[-1], *between, block[0]]
            gap = max(b.top - a.bottom for a, b in zip(chain, chain[1:]))
            downward = all(a.top <= b.top for a, b in zip(chain, chain[1:]))
            x0, x1 = min(ln.x0 for ln in last), max(ln.x1 for ln in last)
            closed = layout.hrule_between(last[-1].bottom, block[0].top, x0, x1, cover=0.95) \
                and not _rows_ruled(layout, last, x0, x1)
            opener = next((ln for ln in block if is_tabular(ln)), block[0])
            # (a cell of the part's first row wrapped round the row's line, "€" over it, the
            # amount under it, reaches into the last column between the parts)
            reaching = between + block if closed else block
            if downward and gap <= settings.table_part_gap_em * block[0].size and _few_between(between, last + block) and \
                    not _opens_another_table(opener, last) and not _prose_under(block, last, settings) and \
                    ((_same_columns(last, reaching, strictly=closed) and _fit_columns(between, last + block))
                     or records_of(after_caption(last) + between + block, [], settings.alias_map) is not None):
                last.extend(between + block)
                continue
        joined.append(block)
    return joined


def _prose_under(block: list[Line], part: list[Line], settings: Settings) -> bool:
    """Are the block's tabular lines running text without amounts, in a type other than the
    rows' over it: the text going on under the table, its words apart where they line up
    with its columns (justified), not rows of it (nor rows with a column of remarks)?"""
    rows = median(ln.size for ln in part if is_tabular(ln))
    return all(running_text(ln.words) and not any(_is_amount(w.text) for w in ln.words)
               and abs(ln.size - rows) >= settings.other_type_pt for ln in block if is_tabular(ln))


def _rows_ruled(layout: PageLayout, part: list[Line], x0: float, x1: float) -> bool:
    """Rules between the rows of a table, not only under its header: the rule under its last
    row parts that row from the next, it closes nothing."""
    return sum(layout.hrule_between(a.bottom, b.top, x0, x1, cover=0.95) for a, b in zip(part, part[1:])) >= 2


def _few_between(between: list[Line], table: list[Line]) -> bool:
    """A few lines at most between two parts of a table, not counting the lines of a row label
    wrapped in its column (however many: a narrow label column, a long label); lines of
    running text there are a column of prose beside the table."""
    tabular = [ln for ln in table if is_tabular(ln)]
    gaps = channels(tabular, allowed=len(tabular) // 5)
    left, label_edge = min(ln.x0 for ln in tabular), gaps[0][0] if gaps else -math.inf
    return sum(running_text(ln.words) or not left - 2 <= ln.x0 <= ln.x1 <= label_edge + 1 for ln in between) <= 6


def _fit_columns(between: list[Line], table: list[Line]) -> bool:
    """Lines between two parts of a table belong to it if each stays within one of its
    columns (a row label wrapped over several lines, a section label) or stands over its
    value columns (a label spanning them); prose runs across from the left."""
    tabular = [ln for ln in table if is_tabular(ln)]
    gaps = channels(tabular, allowed=len(tabular) // 5)
    over_values = gaps[0][1] if gaps else float("inf")
    return all(not is_tabular(ln) and (ln.x0 >= over_values - 1 or not any(ln.x0 < a and ln.x1 > b for a, b in gaps))
               for ln in between)


def _same_columns(a: list[Line], b: list[Line], strictly: bool = False) -> bool:
    def count(lines: list[Line]) -> int:
        tabular = [ln for ln in lines if is_tabular(ln)]
        return len(channels(tabular, allowed=len(tabular) // 5))

    both = count(a + b)
    if strictly:  # the second part reaches into the first's last column
        gaps = channels([ln for ln in a if is_tabular(ln)])
        return both >= 1 and bool(gaps) and max(ln.x1 for ln in b) > gaps[-1][1]
    return both >= 1 and both >= 0.5 * min(count(a), count(b))


def channels(lines: list[Line], allowed: int = 0) -> list[tuple[float, float]]:
    """Empty vertical strips through the tabular lines: the gaps between columns. A strip
    may be crossed by at most ``allowed`` lines of words (a group label over two columns),
    never by a line of figures."""
    figures: list[list[list[Word]]] = []
    words: list[list[list[Word]]] = []
    for line in lines:
        if is_tabular(line):
            cells = cells_of(line)
            amounts = sum(_is_amount(join_words(c)) for c in cells[1:])
            (figures if amounts >= 0.5 * (len(cells) - 1) else words).append(cells)
    # Header cells in narrow columns may stand no farther apart than words do: where the
    # rows of figures part two columns, a gap between words, each over figures on its side,
    # parts two cells.
    parted = _strips([(c[0].x0, c[-1].x1, 1) for cells in figures for c in cells], 0) if len(figures) >= 2 else []
    spans = [(c[0].x0, c[-1].x1, allowed + 1) for cells in figures for c in cells] + [
        (piece[0].x0, piece[-1].x1, 1) for cells in words for c in cells for piece in _parted_at(c, parted)]
    return _strips(spans, allowed)


def _parted_at(cell: list[Word], strips: list[tuple[float, float]]) -> list[list[Word]]:
    pieces = [[cell[0]]]
    for a, b in zip(cell, cell[1:]):
        if any(a.x0 < start and a.x1 < end and start < b.x0 and end < b.x1 for start, end in strips):
            pieces.append([b])
        else:
            pieces[-1].append(b)
    return pieces


def _strips(spans: list[tuple[float, float, int]], allowed: int) -> list[tuple[float, float]]:
    """Where spans of text, each of a weight, stack to at most ``allowed``, between the first
    span's left and the last's right."""
    if not spans:
        return []
    spans.sort()
    edges: list[tuple[float, int]] = [(a, w) for a, _, w in spans] + [(b, -w) for _, b, w in spans]
    edges.sort()
    found: list[tuple[float, float]] = []
    depth, start = 0, None
    left, right = spans[0][0], max(b for _, b, _ in spans)
    for x, step in edges:
        depth += step
        if depth <= allowed and start is None:
            start = x
        elif depth > allowed and start is not None:
            if left < start and x - start >= 1.0:
                found.append((start, x))
            start = None
    return [c for c in found if c[1] <= right]


def _aligned_region(layout: PageLayout, lines: list[Line], block: list[Line], settings: Settings) -> TableRegion | None:
    block = _under_the_text_columns(layout, _without_running_text(block, settings))
    if not block:
        return None
    if (records := _records_in(lines, block, settings)) is not None:
        notes = footnotes_below(lines, block[-1], settings, typed_marks(records), carried_marks(records))
        return TableRegion(layout.number, [], records, notes, box=union(records), form="records")
    tabular = [ln for ln in block if is_tabular(ln)]
    gaps = channels(tabular, allowed=len(tabular) // 5)
    if not gaps or _bar_chart(layout, tabular):
        return None
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    cuts = _shared_columns(block, [x0 - 1, *((a + b) / 2 for a, b in _narrowed(gaps, block)), x1 + 1])
    cuts = banded([f for f in layout.fills if f not in layout.asides], tabular, cuts)  # a box beside the text is no band
    columns = list(zip(cuts, cuts[1:]))
    prose = _prose_columns(tabular, columns, layout.width, settings)
    if sum(prose) >= 2 or (len(columns) == 2 and prose[1]) or _is_list(tabular, columns) or _is_contents(tabular, columns):
        return None  # page text in columns, notes or definitions ("GDP: gross ..."), a list, contents
    # Long row labels beside figures, each on a line with figures, are no running text.
    labels = prose[0] and _figures_beside(block, columns) and not any(
        ln.words_between(*columns[0]) and not ln.words_between(cuts[1], cuts[-1]) for ln in tabular)
    if (prose[0] and not labels) or (prose[-1] and len(columns) >= 3):
        # Running text beside the table, on the same baselines: keep what stands beside it.
        keep = (lambda w: w.x0 >= cuts[1]) if prose[0] and not labels else (lambda w: w.x1 <= cuts[-2])
        part = {id(ln): Line(ln.page, kept, ln.space) for ln in lines if (kept := [w for w in ln.words if keep(w)])}
        return _aligned_region(layout, [part[id(ln)] for ln in lines if id(ln) in part],
                               [part[id(ln)] for ln in block if id(ln) in part], settings)
    block = _trim_prose(block, gaps)
    tabular = [ln for ln in block if is_tabular(ln)]
    # Two lines of words whose gaps meet are no evidence of a table; a figure, or a third, is.
    wordy = not any(is_figure(join_words(cell)) for ln in tabular for cell in cells_of(ln))
    if len(tabular) < 2 + wordy or _inside_paragraph(block, settings):
        return None
    gathered = _header_above(layout, lines, block, gaps, settings) + block + _wrapped_below(lines, block, cuts)
    header, body = _split_header(gathered, layout)
    if not body:
        return None
    table_lines = {id(ln) for ln in header + body}
    if len(table_lines) < len(gathered):  # running text over the table's top rule: the table is what stands under it
        return _aligned_region(layout, [ln for ln in lines if id(ln) in table_lines or ln not in gathered],
                               [ln for ln in block if id(ln) in table_lines], settings)
    notes = _notes_off(body)
    footnotes = notes + footnotes_below(lines, (notes or body)[-1], settings, typed_marks(body), carried_marks(body))
    everything = header + body
    return TableRegion(layout.number, header, body, footnotes, box=union(everything), cuts=cuts[1:-1])


def written_out(lines: list[Line], settings: Settings, heading: str | None = None) -> list[TableRegion]:
    """Tables written out in the text: as lists (see records.listed_records) or as sentences
    (see sentences.budget_sentences, ``heading`` the label of the field whose text the lines
    are), the line that names one its caption, the notes under it its own."""
    from regio.extract.records import listed_records
    from regio.extract.sentences import budget_sentences

    found: list[tuple[Line | None, list[Line], TableForm]] = [
        (caption, body, "records") for caption, body in listed_records(lines, settings.alias_map)]
    listed = {id(ln) for _, body, _ in found for ln in body}
    found += [(caption, body, "sentences")
              for caption, body in budget_sentences([ln for ln in lines if id(ln) not in listed], settings.alias_map, heading)]
    out = []
    for caption, body, form in found:
        notes = footnotes_below(lines, body[-1], settings, typed_marks(body), carried_marks(body)) if form == "sentences" else []
        out.append(TableRegion(body[0].page, [], body, notes, caption=caption, box=union(body), form=form))
    return out


def _records_in(lines: list[Line], block: list[Line], settings: Settings) -> list[Line] | None:
    """The block as records (see records), or its part from a title on: a field's line in two
    runs ("Looptijd   2018-2022") may stand right over the first record."""
    from regio.extract.records import records_of

    # A record's title left at the page's foot, the page cutting off its lines, is the block's.
    end = next(i for i, ln in enumerate(lines) if ln is block[-1]) + 1
    at_page_foot = len(lines) - end <= 2 and all(len(cells_of(ln)) == 1 for ln in lines[end:])
    block = block + lines[end:] if at_page_foot else block
    # (not under a table's header and rows: a line without amounts over one with them)
    amounts = [any(_is_amount(w.text) for w in ln.words) for ln in block]
    openings = [k for k in range(1, min(4, len(block))) if len(cells_of(block[k])) == 1
                and not any(not a and any(amounts[i + 1:k]) for i, a in enumerate(amounts[:k]))]
    for start in [0, *openings]:
        index = next(i for i, ln in enumerate(lines) if ln is block[start])
        if (found := records_of(block[start:], lines[max(0, index - 3):index], settings.alias_map, at_page_foot)) is not None:
            return found
    return None


def _bar_chart(layout: PageLayout, lines: list[Line]) -> bool:
    """A bar chart's labels and figures: on most lines a bar drawn from the label's side to just
    before its figure (none for a nil, nor for a figure too small to draw one: it stands at
    the bars' foot), the bars of different lengths, so the figures stand in no column."""
    ends: list[float] = []
    feet: list[float] = []
    unbarred: list[float] = []
    for line in lines:
        cells = cells_of(line)
        figure = cells[-1][0]
        bar = next((f for f in layout.fills if f.top <= line.bottom and line.top <= f.bottom and f.shade < 0.97
                    and cells[0][-1].x1 - 2 <= f.x0 < figure.x0 and figure.x0 - 8 <= f.x1 <= figure.x0 + 1
                    and not _shaded_on(f, layout.fills)), None)
        if bar is not None or (len(cells) == 2 and parse_cell(join_words(cells[1])).kind == CellKind.nil):
            ends.append(bar.x1 if bar else cells[0][-1].x1)
            feet += [bar.x0] if bar else []
        elif len(cells) == 2:
            unbarred.append(figure.x0)
    if feet:
        ends += [min(feet) for x in unbarred if abs(x - min(feet)) <= 8]
    return len(ends) >= max(2, 2 * len(lines) / 3) and max(ends) - min(ends) > 2


def _shaded_on(fill: Fill, fills: list[Fill]) -> bool:
    """Does a fill of the same band go on where the fill ends: a cell of a row shaded cell by
    cell, no bar?"""
    return any(abs(f.x0 - fill.x1) < 1 and abs(f.top - fill.top) < 1 and abs(f.bottom - fill.bottom) < 1 for f in fills)


def _inside_paragraph(block: list[Line], settings: Settings) -> bool:
    """Lines of words set flush left and right, each line's gaps stretched alike: a justified
    paragraph in a narrow column, or a list's justified items, whose wide gaps happen to line up."""
    if any(_mostly_figures(ln) for ln in block):
        return False
    # A list item's marker hangs out left of its text, a tab's width before it.
    marked = [len(ln.words) > 1 and bool(_ENUMERATOR.match(ln.words[0].text)) for ln in block]
    plain = [ln for ln, mark in zip(block[1:], marked[1:]) if not mark]
    x0, x1 = min((ln.x0 for ln in plain), default=block[0].x0), max(ln.x1 for ln in block)

    def stretched(words: list[Word]) -> bool:
        gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
        # Some typesetters stretch the space after a full stop or comma more.
        return bool(gaps) and max(gaps) <= settings.stretch_ratio * min(gaps) and abs(words[-1].x1 - x1) <= settings.flush_pt

    # The first line may be indented, or follow a label run into it.
    return all(abs(ln.x0 - x0) <= settings.flush_pt for ln in plain) \
        and all(stretched(ln.words[mark:]) for ln, mark in zip(block, marked) if is_tabular(ln))


def _without_running_text(block: list[Line], settings: Settings) -> list[Line]:
    """A block without the lines at its ends that carry running text across the columns its
    lines of figures leave open: the next field of a form ("Structureel karakter | De EU
    ..."), set as close to the table as its rows."""
    figures = [ln for ln in block if is_tabular(ln) and _mostly_figures(ln)]
    gaps = channels(figures)
    if not gaps:
        return block

    # The figures' own columns, between the gaps: a run of words over one of them is text.
    columns = [(left[1], right[0]) for left, right in zip(gaps, gaps[1:])]

    def runs_across(line: Line) -> bool:
        return any(len(cell) >= settings.prose_cell_words and cell[0].x0 < a and cell[-1].x1 > b
                   for cell in cells_of(line) for a, b in [*gaps, *columns])

    start, end = 0, len(block)
    while start < end and runs_across(block[start]):
        start += 1
    while end > start and runs_across(block[end - 1]):
        end -= 1
    end = _end_after_the_total(block, start, end)
    # What stood between the table and that text may be the table's footnotes.
    while end > start + 1 and not is_tabular(block[end - 1]) and is_footnote(block[end - 1]):
        end -= 1
    return block[start:end]


def _end_after_the_total(block: list[Line], start: int, end: int) -> int:
    """A table ends with its total: words without a figure under it are the text that goes
    on (a run-in label, justified wide enough to look like cells), or its notes."""
    def has_figures(line: Line) -> bool:
        return any(is_figure(w.text) for w in line.words)

    total = next((i for i in range(end - 1, start, -1) if has_figures(block[i]) and is_total_row(block[i])), None)
    while total is not None and end > total + 1 and not has_figures(block[end - 1]) \
            and not is_footnote(block[end - 1]) and not starts_with_mark(block[end - 1]):
        end -= 1
    return end


# Lines of one cell are set in one type: sizes further apart than this are two kinds of text.
_SAME_TYPE_PT = 0.5


def _centred_row(last: Line, below: list[Line], label_end: float) -> list[Line]:
    """A last row whose cells are centred in its height, under the block: none of its lines
    holds two cells (an amount wrapped over two lines, "€ 2,8" / "mln.", its label on the
    line between, "TOTAAL"), each line reaching into the next, a label and a value among them."""
    row: list[Line] = []
    for line in below:
        # Its first line close under the table; each line after reaching into the one before,
        # from under its top (reading order goes back up where the next text column starts).
        above = row[-1] if row else last
        close = above.top <= line.top and (above.bottom - line.top > 0.25 * line.size if row
                                           else line.top - above.bottom <= line.size)
        if not close or abs(line.size - last.size) > _SAME_TYPE_PT or running_text(line.words):
            break
        row.append(line)
    labelled = any(ln.x1 <= label_end for ln in row) and any(ln.x0 >= label_end for ln in row)
    return row if len(row) >= 2 and labelled else []


def _wrapped_below(lines: list[Line], block: list[Line], cuts: list[float]) -> list[Line]:
    """The rest of the last row, wrapped onto the lines under the block: its label, where
    the line above ran full to the label column's edge, a cell's unit ("€ 2,8" over "mln.")
    or amount left hanging ("€" over "450.000"), or a cell of words going on, each close
    below in one column."""
    label_end = cuts[1]
    edge = max((w.x1 for ln in block for w in ln.words_between(-1e9, label_end)), default=label_end)
    index = next(i for i, ln in enumerate(lines) if ln is block[-1])
    if row := _centred_row(block[-1], lines[index + 1:], label_end):
        return row
    taken: list[Line] = []
    above = block[-1]
    for line in lines[index + 1:]:
        if line.top - above.bottom > line.size or line.top < above.top:  # not below: the next text column
            break
        # The text after the table, set close under it, is in other type than what it stands
        # under (a cell's own type: a narrow table shrinks some cells to fit, not others).
        over = [w.size for w in above.words if w.x0 < line.x1 and line.x0 < w.x1]
        if abs(line.size - (median(over) if over else above.size)) > _SAME_TYPE_PT:
            break
        if line.x1 <= label_end:
            label = above.words_between(-1e9, label_end)
            if not label or label[-1].x1 + above.word_space + (line.words[0].x1 - line.words[0].x0) <= edge + 1:
                break
        else:
            # The last column ends where its widest cell does, which a wrapped word may pass.
            bounds = [*cuts[:-1], math.inf]
            columns = list(zip(bounds, bounds[1:]))
            parts = [[w for w in line.words if a <= w.x0 < b] for a, b in columns]
            if not all(_goes_on_its_cell(part, above.words_between(a, b), b) for part, (a, b) in zip(parts, columns) if part):
                break
        taken.append(line)
        above = line
    return taken


def _goes_on_its_cell(words: list[Word], cell: list[Word], edge: float) -> bool:
    """Do the words, within their column's ``edge``, go on with the cell over them: its
    amount's unit ("€ 2,8" over "mln."), the amount a sign left hanging ("€" over "450.000"),
    or words wrapping as words do ("Zeeuwse" / "Waterstofcoalitie"), no figure among them?"""
    words_only = not any(is_figure(w.text) for w in cell + words)
    return bool(cell) and words[-1].x1 <= edge \
        and (UNIT_WORD.match(join_words(words)) is not None or cell[-1].text[-1:] in "€$£=+-–(" or words_only)


def _narrowed(gaps: list[tuple[float, float]], lines: list[Line]) -> list[tuple[float, float]]:
    """Channels narrowed by the words of the other lines that reach into them from one side
    (a label wrapped over a line of its own runs further than the labels beside figures)."""
    out = []
    # A cell reaches in as a whole: a header set flush left over right-aligned figures starts
    # inside the channel with a word that ends there too.
    reaching = [(seg[0].x0, seg[-1].x1) for ln in lines for seg in ln.segments()]
    reaching += [(w.x0, w.x1) for ln in lines for w in ln.words]
    for a, b in gaps:
        lo, hi = a, b
        for x0, x1 in (r for r in reaching if r[1] > a and r[0] < b):
            if x0 <= a and x1 < b:
                lo = max(lo, x1)
            elif x1 >= b and x0 > a:
                hi = min(hi, x0)
        out.append((lo, hi) if lo < hi else (a, b))
    return out


def _figures_beside(lines: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Do the columns right of the first hold figures, nearly all of their cells?"""
    cells = [join_words(ws) for ln in lines for a, b in columns[1:] if (ws := ln.words_between(a, b))]
    return bool(cells) and sum(_is_amount(c) or c.strip() in "†#‡*–—-" for c in cells) >= 0.8 * len(cells)


def _shared_columns(lines: list[Line], cuts: list[float]) -> list[float]:
    """Two value columns that never hold text side by side are one column: a header set left
    over figures set right leaves a gap between them. Side by side is on lines that reach
    into each other too: a row's cells centred in its height, each wrapped over another
    number of lines, may share no line."""
    kept = cuts[:2]
    for cut, right in zip(cuts[2:-1], cuts[3:]):
        left_side = [ln for ln in lines if ln.words_between(kept[-1], cut)]
        right_side = [ln for ln in lines if ln.words_between(cut, right)]
        if any(a.page == b.page and a.top < b.bottom and b.top < a.bottom for a in left_side for b in right_side):
            kept.append(cut)
    return [*kept, cuts[-1]]


def _prose_columns(lines: list[Line], columns: list[tuple[float, float]], page_width: float,
                   settings: Settings) -> list[bool]:
    """Which columns hold running text: many words a cell, filling a wide column (on a large
    page, of boxes with no amount among them, a column wide in ems: the columns of a table's
    rows may hold its long labels)."""
    cells = [[c for ln in lines if (c := ln.words_between(a, b))] for a, b in columns]
    figures = [any(_is_amount(join_words(c)) for c in column) for column in cells]
    flags = []
    for (a, b), column, figured in zip(columns, cells, figures):
        wide = settings.prose_column_share * page_width
        if not any(figures) and column:
            wide = min(wide, settings.prose_column_em * median(w.size for c in column for w in c))
        flags.append(bool(column) and median(len(c) for c in column) >= settings.prose_cell_words and b - a >= wide
                     and not figured)
    return flags


def _is_list(lines: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Bullets or numbers in a narrow first column, text after: a list, not a table."""
    if len(columns) != 2:
        return False
    firsts = [join_words(ws) for ln in lines if (ws := ln.words_between(*columns[0]))]
    return bool(firsts) and all(_ENUMERATOR.match(t) for t in firsts)


def _is_contents(lines: list[Line], columns: list[tuple[float, float]]) -> bool:
    """Titles and the page numbers they start on, rising: a table of contents."""
    numbers = [join_words(ws) for ln in lines if (ws := ln.words_between(*columns[-1]))]
    if len(numbers) < 3 or not all(n.isdigit() and len(n) <= 4 for n in numbers):
        return False
    pages = [int(n) for n in numbers]
    return pages == sorted(pages) and all(ln.words_between(*columns[0]) for ln in lines)


def _trim_prose(block: list[Line], gaps: list[tuple[float, float]]) -> list[Line]:
    """Lines at either end of a block that run through a column gap are the prose around it."""
    def crosses(line: Line) -> bool:
        return not is_tabular(line) and any(line.x0 < a and line.x1 > b for a, b in gaps)

    start, end = 0, len(block)
    while start < end and crosses(block[start]):
        start += 1
    while end > start and crosses(block[end - 1]):
        end -= 1
    return block[start:end]


def _header_above(layout: PageLayout, lines: list[Line], block: list[Line], gaps, settings: Settings) -> list[Line]:
    """Lines just above the block that stand over its value columns: a group label, a
    header cell taller than the others; not the last lines of a column of the page's text
    over a table set across the columns."""
    index = next(i for i, ln in enumerate(lines) if ln is block[0])
    across = _in_a_text_column(layout, block[0]) is None
    first_gap = gaps[0][0]
    taken: list[Line] = []
    below = block[0]
    for line in reversed(lines[max(0, index - 4):index]):
        gap = below.top - line.bottom
        if gap > settings.table_line_gap_em * line.size or line.top > below.top or _CAPTION.match(line.text) \
                or starts_with_mark(line) \
                or _SCALE_HINT.search(line.text):
            break
        broken_head = len(line.segments()) == 1 and abs(line.x0 - block[0].x0) <= 1 and line.text.endswith("/")
        if (line.x0 < first_gap - 1 and not broken_head) or (across and _in_a_text_column(layout, line)) \
                or _opens_another_table(below, [line]):
            break
        # (the label column's head broken at its stroke, "Opgaven/" over "Investeringen", may
        # stand beside a group's label wrapped over its columns: the lines go on above it)
        taken.insert(0, line)
        below = line
    return taken


def _under_the_text_columns(layout: PageLayout, block: list[Line]) -> list[Line]:
    """A table set across the page's columns of text starts under them: the columns' last
    lines, over its value columns, are the text's (see _in_a_text_column)."""
    k = 0
    while k < len(block) and _in_a_text_column(layout, block[k]) \
            and any(_in_a_text_column(layout, ln) is None for ln in block[k + 1:]):
        k += 1
    return block[k:]


def _in_a_text_column(layout: PageLayout, line: Line) -> bool | None:
    """Where the page sets the line's text in columns: does the line start where the text of
    its column does (a line of that text, not a header cell standing there)? None outside
    the columns."""
    for top, bottom, middles in layout.columns:
        within = lambda ln: top - 0.5 <= (ln.top + ln.bottom) / 2 <= bottom + 0.5  # noqa: E731, B023
        if within(line):
            column = sum(line.x0 >= m for m in middles)
            left = min(ln.x0 for ln in layout.lines if within(ln) and sum(ln.x0 >= m for m in middles) == column)
            return line.x0 <= left + 2
    return None


# A sentence that leads in to a table ("De mijlpalen zijn:"), not a header's label ("Less:").
_LEAD_IN_WORDS = 3


def _split_header(lines: list[Line], layout: PageLayout) -> tuple[list[Line], list[Line]]:
    """The table's header and body (see _header_ended). A row over the column labels that
    names the table, states its unit ("bedragen x € 1.000") or leads in to it ("De mijlpalen
    zijn:"), as a spreadsheet prints them in the rows of its grid, is neither: the table
    starts under it."""
    header, body = _header_ended(lines, layout)
    if len(header) == 1 and len(cells_of(header[0])) == 1 and len(body) >= 3:
        if _introduces(header[0]):
            return _header_ended(body, layout)
        if _introduces(body[0]):  # under a line of the text before it
            return _header_ended(body[1:], layout)
    if len(header) >= 2 and len(cells_of(header[0])) == 1 and _introduces(header[0]):
        # (a caption between two tables stacked close, read with the second's header)
        return _header_ended([ln for ln in lines if ln is not header[0]], layout)
    return header, body


def _names_a_source(lines: list[Line]) -> bool:
    return any((found := colmap.lookup(join_words(seg))) is not None and found.role == "source"
               for ln in lines for seg in cells_of(ln))


def _introduces(line: Line) -> bool:
    return len(cells_of(line)) == 1 and (
        is_caption(line) or (len(line.words) >= _LEAD_IN_WORDS and line.text.rstrip().endswith(":")))


def _header_ended(lines: list[Line], layout: PageLayout) -> tuple[list[Line], list[Line]]:
    """The header ends at the table's first inner rule (a group's own rule, under its label
    and over its members only, is inside the header where another rule follows before the
    figures); without one, at its first line of figures; in a table with neither, it is the
    first line."""
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    figures_from = next((i for i, ln in enumerate(lines) if _mostly_figures(ln)), len(lines))
    rules = [k for k in range(1, min(len(lines), max(24, figures_from + 1)))
             if layout.hrule_between(lines[k - 1].bottom, lines[k].top, x0, x1)]
    if (tiers := _tiers_end(lines, layout, x0, x1, figures_from)) is not None:
        return lines[:tiers], lines[tiers:]
    # Running text over the table's top rule, taken in by a gap that happens to line up, or
    # paragraphs in the rows of a spreadsheet's grid: the header is what stands between the
    # rule under the last of them and the next.
    def running_over(k: int) -> bool:  # running text in the rows over the k-th rule
        return _running(lines[rules[k - 1] if k else 0:rules[k]])

    above = 0
    while above + 1 < len(rules) and rules[above + 1] <= figures_from and running_over(above):
        above += 1
    # A grid that rules its every row (a sheet's) sets more under its table: the rows of the
    # text going on. Over the table, a paragraph ends in a short line, a list of short items
    # stands between two: the last running text over the figures ends them.
    sheet = sum(k <= figures_from for k in rules) >= _RULED_ROWS * figures_from
    if above and sheet:
        above = 1 + max(k for k in range(above - 1, len(rules) - 1) if rules[k + 1] <= figures_from and running_over(k))
    if above and not _running(lines[rules[above]:figures_from if sheet else None]):
        start = rules[above - 1]
        end = _past_the_groups(lines, start, rules[above:], figures_from, layout)
        return lines[start:end], lines[end:]
    # A grid that opens its page with amounts over its first rule, two or more on a line and
    # under no word that names a column, goes on from the page before without its header: it
    # opens with a row. (One amount is a header's: "EUR 3" over "jaar"; so are ranges of
    # amounts in a header under a title.)
    if rules and figures_from < rules[0] \
            and sum(_is_amount(join_words(seg)) for seg in cells_of(lines[figures_from])[1:]) >= 2 \
            and not any(colmap.is_column_word(w.text) for ln in lines[:figures_from] for w in ln.words) \
            and not any(ln.bottom <= lines[0].top for ln in layout.lines):
        return [], lines
    # A header of up to six lines over its first rule; more where no line of it is running
    # text or figures (a turned table's labels of cost lines, each wrapped in its narrow column).
    if rules and (rules[0] < 7 or (rules[0] <= figures_from and not _running(lines[:rules[0]]))):
        end = _past_the_groups(lines, 0, rules, figures_from, layout)
        if 0 < figures_from < end and not is_figure(join_words(cells_of(lines[figures_from])[0])) \
                and _names_a_source(lines[:figures_from]):
            # A row, its label and its amounts, under labels that name funding sources and over
            # the first rule (none under the header, the edge of the total's band the first): the
            # header ends over it. (Figures under labels that name none may be the header's:
            # ranges, "Year 7 8 9", a statistics table's.)
            end = figures_from - first_row_lines_in_header(lines[:figures_from], lines[figures_from:])
        return lines[_paragraph_over(lines[:end], x0, x1, layout):end], lines[end:]
    first_value = next((i for i, ln in enumerate(lines[:7]) if _mostly_figures(ln)), None)
    if first_value is not None:
        start = first_value - first_row_lines_in_header(lines[:first_value], lines[first_value:])
        return lines[:start], lines[start:]
    return lines[:1], lines[1:]


_RULED_ROWS = 0.5  # a sheet's grid rules at least this share of the lines over its table's figures


def _tiers_end(lines: list[Line], layout: PageLayout, x0: float, x1: float, figures_from: int) -> int | None:
    """Where a header drawn in tiers ends: groups over groups, each group's rule parting its
    members only, the corner's and the total's cells merged down beside them (their labels
    centred at any height among the tiers' lines). The header ends at the first rule across
    the whole table, over the first figures; None where no rule parts only some columns, or
    running text stands over that rule (a paragraph in a spreadsheet's rows: see below)."""
    limit = lines[figures_from].top if figures_from < len(lines) else math.inf
    ys = sorted({round(r.top, 1) for r in layout.hrules if lines[0].top < r.top < limit and r.x0 < x1 and x0 < r.x1})
    across = next((y for y in ys if layout.hrule_between(y, y, x0, x1, cover=_ACROSS)), None)
    if across is None or not any(y < across and not layout.hrule_between(y, y, x0, x1, cover=_ACROSS) for y in ys):
        return None
    end = sum((ln.top + ln.bottom) / 2 < across for ln in lines)
    return end if 0 < end < len(lines) and not _running(lines[:end]) else None


_ACROSS = 0.95


def _past_the_groups(lines: list[Line], start: int, rules: list[int], figures_from: int, layout: PageLayout) -> int:
    """Where the header that starts at ``start`` ends: at the first of the ``rules`` (the
    indices of the lines they stand over), or at the next where the lines over the first
    name groups of columns, or a group's own rule leaves the row labels' side free."""
    x0, x1 = min(ln.x0 for ln in lines[start:]), max(ln.x1 for ln in lines[start:])
    end = rules[0]
    later = [k for k in rules[1:] if k <= figures_from < len(lines) and k - end <= 3]
    if later and (_over_the_values_only(layout, lines[end - 1], lines[end], x0, x1)
                  or _group_names_only(lines[start:end], x0 + 0.25 * (x1 - x0))):
        return later[0]
    return end


def _paragraph_over(head: list[Line], x0: float, x1: float, layout: PageLayout) -> int:
    """How many of the lines over the table's first rule are a paragraph set over its header
    (a field's text beside its label, which a spreadsheet sets in the rows above a table):
    running text as wide as half the table, in no column a rule parts off (a header cell's
    label wrapped over lines is), and the short last lines that go on under it."""
    count = 0
    for line in head[:-1]:
        if _running([line]) and len(line.segments()) == 1 and line.x1 - line.x0 >= 0.5 * (x1 - x0) \
                and not any(x0 < x < line.x0 for x in layout.vrules_crossing(line.top, line.bottom)):
            count += 1
        elif count and abs(line.x0 - head[count - 1].x0) <= 1 and not is_tabular(line):
            count += 1
        else:
            break
    return count


def _over_the_values_only(layout: PageLayout, above: Line, below: Line, x0: float, x1: float) -> bool:
    """Do the rules under the line above leave the row labels' side of the table free, with
    the line centred over them, as a group's label over its members is?"""
    rules = [r for r in layout.hrules if above.bottom - 1 <= r.top <= below.top + 1 and r.x1 > x0 and r.x0 < x1]
    if not rules or min(r.x0 for r in rules) <= x0 + 0.25 * (x1 - x0):
        return False
    left, right = min(r.x0 for r in rules), max(r.x1 for r in rules)
    return abs((above.x0 + above.x1) / 2 - (left + right) / 2) <= 0.1 * (right - left)


def _group_names_only(lines: list[Line], right_of: float) -> bool:
    """Lines that name groups of columns only ("Publiek" over its members), over the values'
    side of the table: the header's, though a band's edge parts them from the rest of it."""
    return all(ln.x0 > right_of and all(colmap.group_of(join_words(seg)) for seg in ln.segments()) for ln in lines)


def _running(lines: list[Line]) -> bool:
    """Is there running text among the lines: a cell of many words?"""
    return any(len(cell) >= DEFAULT.prose_cell_words for ln in lines for cell in cells_of(ln))


def _mostly_figures(line: Line) -> bool:
    """A line of a table's body: at least half the cells after the first are figures (a
    header may number its columns "1 2 3" beside words such as "Year Total")."""
    cells = [join_words(seg) for seg in cells_of(line)[1:]]
    return bool(cells) and sum(_is_amount(c) for c in cells) >= 0.5 * len(cells) and \
        not all(_is_amount(c) and c.strip().isdigit() and len(c.strip()) <= 2 for c in cells)


def _is_amount(text: str) -> bool:
    return is_figure(text) and not _is_year(text)


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))


def _notes_under_the_grid(found: list[TableRegion], left: list[Line], outside: list[Line], grid: Box,
                          settings: Settings) -> set[int]:
    """The notes right under each table's rows ("* ..."), ``left`` in the grid's frame or
    ``outside`` it, under it, made its footnotes; their ids."""
    for ruled in found:
        last = (ruled.footnotes or ruled.body)[-1]
        below = sorted([last, *(ln for ln in [*left, *(ln for ln in outside if ln.bottom > grid[3])]
                                if ln.top >= last.bottom - 1)], key=lambda ln: ln.top)
        ruled.footnotes += footnotes_below(below, last, settings, typed_marks(ruled.body), carried_marks(ruled.body))
    return {id(ln) for ruled in found for ln in ruled.footnotes}


def footnotes_below(lines: list[Line], last: Line, settings: Settings, typed: frozenset[str] = frozenset(),
                    carried: frozenset[str] = frozenset()) -> list[Line]:
    """The notes under ``last`` among ``lines`` (in reading order, ``last`` among them): lines
    that open with a mark, or go on from the note over them, close under each other; the
    first may stand as far under the table as a caption where it opens with a mark the
    table's amounts carry (``carried``: a paragraph's margin over it, a grid's padding)."""
    index = next(i for i, ln in enumerate(lines) if ln is last)
    notes: list[Line] = []
    previous = last
    for line in lines[index + 1:]:
        reach = settings.caption_gap_em if not notes and opening_mark(line) in carried else settings.table_line_gap_em
        if line.top - previous.bottom > reach * line.size or line.top < previous.top:
            break
        goes_on = notes and not starts_with_mark(line, typed) and line.x0 >= notes[-1].x0 - 1 \
            and abs(line.size - notes[-1].size) < settings.other_type_pt
        if not notes and previous is last and _CAPTION.match(line.text):
            previous = line  # the caption set under the table, its notes under it
            continue
        if not (is_footnote(line, typed) or goes_on):
            break
        notes.append(line)
        previous = line
    return notes


def _add_captions(regions: list[TableRegion], free: list[Line], settings: Settings) -> None:
    """A caption is the free line just above a table (or just below it) that names it
    ("Tabel 3 ...") or states its unit ("bedragen x € 1.000"). A page sets its captions on
    one side of its tables: where a caption stands between two tables, the side the other
    captions of the page take decides whose it is."""
    near = {id(r): _caption_candidates(r, free, settings) for r in regions}
    sides = {side for r in regions for side, line, _ in near[id(r)]
             if not any(line is other for q in regions if q is not r for _, other, _ in near[id(q)])}
    taken: set[int] = set()
    # The nearest pairs first: a line between two tables is the caption of the nearer one.
    pairs = sorted(((distance, k, line) for k, r in enumerate(regions) for side, line, distance in near[id(r)]
                    if len(sides) != 1 or side in sides), key=lambda p: (p[0], p[1]))
    for _, k, line in pairs:
        region = regions[k]
        if region.caption is None and id(line) not in taken:
            region.caption = line
            taken.add(id(line))
    for region in regions:
        notes = [ln for _, ln, _ in near[id(region)] if ln is not region.caption and id(ln) not in taken]
        region.scale_note = next((ln for ln in notes if _SCALE_HINT.search(ln.text)), None)


def _caption_candidates(region: TableRegion, free: list[Line], settings: Settings) -> list[tuple[str, Line, float]]:
    """Caption lines within reach of the table: (side, line, distance)."""
    top = region.lines[0].top
    # Below the table: under its last row (with its footnotes under the caption), or under its footnotes.
    ends = [region.lines[-1].bottom, (region.footnotes or region.lines)[-1].bottom]
    out = []
    for line in free:
        if not is_caption(line):
            continue
        above = top - line.bottom if line.bottom <= top else float("inf")
        below = min((line.top - end for end in ends if line.top >= end), default=float("inf"))
        distance = min(above, below)
        if distance <= settings.caption_gap_em * line.size:
            out.append(("above" if above <= below else "below", line, distance))
    return out


def names_table(line: Line) -> bool:
    """A caption that names a table: "Tabel 3. Begroting"."""
    return bool(_CAPTION.match(line.text))


def is_caption(line: Line) -> bool:
    """A line that names a table ("Tabel 3 ...") or states its unit ("bedragen x € 1.000"),
    not a sentence of running text that mentions millions."""
    return bool(_CAPTION.match(line.text) or (_SCALE_HINT.search(line.text) and len(line.words) <= 12))
