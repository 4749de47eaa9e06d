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

import re
from dataclasses import dataclass, field
from statistics import median

from regio.extract.amounts import is_figure
from regio.extract.layout import Line, PageLayout, Rule, Word, join_words
from regio.extract.settings import DEFAULT, Settings
from regio.extract.tables import is_footnote, starts_with_mark

_LEADER = re.compile(r"(?:\.\s?){4,}|…|(?:_\s?){4,}")
_ENUMERATOR = re.compile(r"^(?:[•·▪◦‣●○■□➢►\-–—*o†‡¹²³⁴⁵⁶⁷⁸⁹]|\(?\d{1,2}[.)]|\(?[a-z][.)]?|\(?[ivx]{1,4}[.)])$", re.I)
_GROUP = re.compile(r"^\d{3}(?:[.,]\d+)?\W*$")
_LEADING_GROUP = re.compile(r"^[(\-−–]?[€$£]?\d{1,3}$")
_RULE_TEXT = re.compile(r"^[-_=.·–—\s]{4,}$")
_CAPTION = re.compile(r"^(?:tabel|table|tab\.|tableau|tabelle)\s*[\dA-Z]", re.I)
_SCALE_HINT = re.compile(r"bedragen|x\s*(?:€|eur|\$|1[.,]?000)|\bin\s+(?:miljoen|miljard|duizend|thousands|millions|billions|%)"
                         r"|\((?:in\s+)?(?:€|eur|\$|x)|eur\s?m\b|\$\s?0{3}", re.I)


@dataclass
class TableRegion:
    """Lines that form one table on one page, split into header, body and footnotes."""

    page: int
    header: list[Line]
    body: list[Line]
    footnotes: list[Line] = field(default_factory=list)
    caption: Line | None = None
    ruled: bool = False
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    cuts: list[float] = field(default_factory=list)  # where the columns of an aligned table part

    @property
    def lines(self) -> list[Line]:
        return self.header + self.body


def find_tables(layout: PageLayout, lines: list[Line] | None = None, settings: Settings = DEFAULT) -> list[TableRegion]:
    """The tables among ``lines`` (default: every line of the page), top to bottom."""
    lines = sorted(layout.lines if lines is None else lines, key=lambda ln: (ln.top, ln.x0))
    regions: list[TableRegion] = []
    taken: set[int] = set()
    for grid in _ruled_grids(layout, settings):
        inside, lines = _cut_out(lines, grid)
        region = _ruled_region(layout, inside, grid, settings)
        if region is None:
            lines = sorted(lines + inside, key=lambda ln: (ln.top, ln.x0))
        else:
            regions.append(region)
    rest = lines
    for block in _aligned_blocks(rest, settings):
        region = _aligned_region(layout, rest, block, settings)
        if region is not None and not any(id(ln) in taken for ln in region.lines):
            regions.append(region)
            taken.update(id(ln) for ln in region.lines + region.footnotes)
    for region in regions:
        _add_caption(region, [ln for ln in lines if id(ln) not in taken], settings)
    return sorted(regions, key=lambda r: r.box[1])


# ------------------------------------------------------------------------ ruled grids


def _ruled_grids(layout: PageLayout, settings: Settings) -> list[tuple[float, float, float, float]]:
    """Boxes of connected sets of rules with at least three vertical rules (two columns)."""
    rules = [(r, True) for r in layout.hrules] + [(r, False) for r in layout.vrules]
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
        if len(verticals) >= 3 and len(horizontals) >= 2:
            boxes.append((min(r.x0 for r, _ in members), min(r.top for r, _ in members),
                          max(r.x1 for r, _ in members), max(r.bottom for r, _ in members)))
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


def _ruled_region(layout: PageLayout, inside: list[Line], grid, settings: Settings) -> TableRegion | None:
    if len(inside) < 2:
        return None
    columns = sorted({x for ln in inside for x in layout.vrules_crossing(ln.top, ln.bottom) if grid[0] - 2 <= x <= grid[2] + 2})
    if len(columns) < 3 or sum(_prose_columns(inside, list(zip(columns, columns[1:])), layout.width)) >= 2:
        return None
    header, body = _split_header(inside, layout)
    return TableRegion(layout.number, header, body, ruled=True, box=grid)


# ------------------------------------------------------------------------ aligned text


def cells_of(line: Line) -> list[list[Word]]:
    """The line's cells: runs of words set apart by wide gaps, and split between two figures
    set closer than that (dense statistical tables), unless the second only continues the
    first's digit groups ("15 455")."""
    cells: list[list[Word]] = []
    for seg in line.segments():
        cells.append([seg[0]])
        for a, b in zip(seg, seg[1:]):
            if is_figure(a.text) and is_figure(b.text) and not (_GROUP.match(b.text) and _LEADING_GROUP.match(a.text)):
                cells.append([b])
            else:
                cells[-1].append(b)
    return cells


def is_tabular(line: Line) -> bool:
    """Cells side by side, and not a contents entry (text, leader dots, a page number) or a
    list item."""
    segs = cells_of(line)
    if len(segs) < 2 or (len(segs) == 2 and _LEADER.search(line.text)) or _CAPTION.match(line.text) or is_footnote(line):
        return False
    return not (len(segs) == 2 and _ENUMERATOR.match(join_words(segs[0]))) and not _justified(line)


def _justified(line: Line) -> bool:
    """Prose set justified: every gap between its words stretched alike, all of them wide."""
    gaps = [b.x0 - a.x1 for a, b in zip(line.words, line.words[1:])]
    wordy = sum(w.text[:1].isalpha() for w in line.words) >= 0.8 * len(line.words)
    return wordy and len(gaps) >= 4 and max(gaps) - min(gaps) < 0.3 * max(gaps)


def _aligned_blocks(lines: list[Line], settings: Settings) -> list[list[Line]]:
    """Runs of tabular lines close together; up to two other lines may stand between two of
    them (a wrapped label, a section row)."""
    blocks: list[list[Line]] = []
    current: list[Line] = []
    pending: list[Line] = []
    for line in lines:
        previous = (pending or current)[-1] if (pending or current) else None
        close = previous is not None and line.top - previous.bottom <= settings.table_line_gap_em * line.size
        if not close:
            if len(current) >= 2:
                blocks.append(current)
            current, pending = [], []
        if _RULE_TEXT.match(line.text):
            continue  # a rule typed as dashes or underscores
        if is_tabular(line):
            current.extend(pending)
            current.append(line)
            pending = []
        elif current:
            pending.append(line)
            if len(pending) > 2:
                if len(current) >= 2:
                    blocks.append(current)
                current, pending = [], []
    if len(current) >= 2:
        blocks.append(current)
    return _join_blocks(lines, [b for b in blocks if sum(is_tabular(ln) for ln in b) >= 2], settings)


def _join_blocks(lines: list[Line], blocks: list[list[Line]], settings: Settings) -> list[list[Line]]:
    """Parts of one table set further apart than its lines (a header above a gap, groups of
    rows under section labels, a label wrapped over many lines) are joined where their
    columns line up and the few lines between them fit in its columns."""
    position = {id(ln): i for i, ln in enumerate(lines)}
    joined: list[list[Line]] = []
    for block in blocks:
        if joined:
            last = joined[-1]
            between = lines[position[id(last[-1])] + 1:position[id(block[0])]]
            chain = [last[-1], *between, block[0]]
            gap = max(b.top - a.bottom for a, b in zip(chain, chain[1:]))
            if gap <= settings.table_part_gap_em * block[0].size and len(between) <= 4 and \
                    _same_columns(last, block) and _fit_columns(between, last + block):
                last.extend(between + block)
                continue
        joined.append(block)
    return joined


def _fit_columns(between: list[Line], table: list[Line]) -> bool:
    """Lines between two parts of a table belong to it if each stays within one of its
    columns (a row label wrapped over several lines, a section label); prose runs across."""
    tabular = [ln for ln in table if is_tabular(ln)]
    gaps = channels(tabular, allowed=len(tabular) // 5)
    return all(not is_tabular(ln) and not any(ln.x0 < a and ln.x1 > b for a, b in gaps) for ln in between)


def _same_columns(a: list[Line], b: list[Line]) -> bool:
    def count(lines: list[Line]) -> int:
        tabular = [ln for ln in lines if is_tabular(ln)]
        return len(channels(tabular, allowed=len(tabular) // 5))

    both = count(a + b)
    return both >= 1 and both >= 0.5 * min(count(a), count(b))


def channels(lines: list[Line], allowed: int = 0) -> list[tuple[float, float]]:
    """Empty vertical strips through the tabular lines: the gaps between columns. A strip
    may be crossed by at most ``allowed`` lines of words (a group label over two columns),
    never by a line of figures."""
    spans = []
    for line in lines:
        if is_tabular(line):
            cells = cells_of(line)
            figures = sum(_is_amount(join_words(c)) for c in cells[1:])
            weight = allowed + 1 if figures >= 0.5 * (len(cells) - 1) else 1
            spans.extend((c[0].x0, c[-1].x1, weight) for c in cells)
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


def column_cuts(lines: list[Line]) -> list[float]:
    """Where the columns of lines known to form a table part: the middles of their channels."""
    tabular = [ln for ln in lines if is_tabular(ln)]
    return [(a + b) / 2 for a, b in channels(tabular, allowed=len(tabular) // 5)]


def _aligned_region(layout: PageLayout, lines: list[Line], block: list[Line], settings: Settings) -> TableRegion | None:
    tabular = [ln for ln in block if is_tabular(ln)]
    gaps = channels(tabular, allowed=len(tabular) // 5)
    if not gaps:
        return None
    x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
    cuts = [x0 - 1, *((a + b) / 2 for a, b in gaps), x1 + 1]
    columns = list(zip(cuts, cuts[1:]))
    prose = _prose_columns(tabular, columns, layout.width)
    if sum(prose) >= 2 or (len(columns) == 2 and prose[1]) or _is_list(tabular, columns) or _is_contents(tabular, columns):
        return None  # page text in columns, notes or definitions ("GDP: gross ..."), a list, contents
    if prose[0]:
        # Running text beside the table, on the same baselines: keep what stands right of it.
        right = {id(ln): Line(ln.page, kept, ln.space) for ln in lines
                 if (kept := [w for w in ln.words if w.x0 >= cuts[1]])}
        return _aligned_region(layout, [right[id(ln)] for ln in lines if id(ln) in right],
                               [right[id(ln)] for ln in block if id(ln) in right], settings)
    block = _trim_prose(block, gaps)
    if sum(is_tabular(ln) for ln in block) < 2:
        return None
    above = _header_above(lines, block, gaps, settings)
    header, body = _split_header(above + block, layout)
    if not body:
        return None
    footnotes = _footnotes_below(lines, body[-1], settings)
    everything = header + body
    box = (min(ln.x0 for ln in everything), min(ln.top for ln in everything),
           max(ln.x1 for ln in everything), max(ln.bottom for ln in everything))
    return TableRegion(layout.number, header, body, footnotes, box=box, cuts=cuts[1:-1])


def _prose_columns(lines: list[Line], columns: list[tuple[float, float]], page_width: float) -> list[bool]:
    """Which columns hold running text: many words a cell, filling a wide column."""
    flags = []
    for a, b in columns:
        cells = [c for ln in lines if (c := ln.words_between(a, b))]
        flags.append(bool(cells) and median(len(c) for c in cells) >= 6 and b - a >= 0.25 * page_width
                     and not any(_is_amount(join_words(c)) for c in cells))
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


def _header_above(lines: list[Line], block: list[Line], gaps, settings: Settings) -> list[Line]:
    """Lines just above the block that stand over its value columns: a group label, a
    header cell taller than the others."""
    index = next(i for i, ln in enumerate(lines) if ln is block[0])
    first_gap = gaps[0][0]
    taken: list[Line] = []
    below = block[0]
    for line in reversed(lines[max(0, index - 4):index]):
        gap = below.top - line.bottom
        if gap > settings.table_line_gap_em * line.size or _CAPTION.match(line.text) or starts_with_mark(line) \
                or _SCALE_HINT.search(line.text):
            break
        if line.x0 < first_gap - 1:
            break
        taken.insert(0, line)
        below = line
    return taken


def _split_header(lines: list[Line], layout: PageLayout) -> tuple[list[Line], list[Line]]:
    """The lines before the first with an amount are the header; in a table without amounts,
    the lines above its first inner rule, or else its first line."""
    lines = sorted(lines, key=lambda ln: (ln.top, ln.x0))
    first_value = next((i for i, ln in enumerate(lines) if _values_only(ln)), None)
    if first_value is not None and first_value <= 6:
        return lines[:first_value], lines[first_value:]
    x0, x1 = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    for k in range(1, min(len(lines), 5)):
        if layout.hrule_between(lines[k - 1].bottom, lines[k].top, x0, x1):
            return lines[:k], lines[k:]
    return lines[:1], lines[1:]


def _values_only(line: Line) -> bool:
    """A line of amounts: every cell after the first one is an amount or a dash (a header
    numbers its columns "1 2 3" beside words such as "Year Total")."""
    cells = [join_words(seg) for seg in cells_of(line)[1:]]
    return bool(cells) and all(_is_amount(c) for c in cells)


def _is_amount(text: str) -> bool:
    return is_figure(text) and not _is_year(text)


def _is_year(text: str) -> bool:
    return bool(re.fullmatch(r"(?:19|20)\d\d", text.strip()))


def _footnotes_below(lines: list[Line], last: Line, settings: Settings) -> list[Line]:
    index = next(i for i, ln in enumerate(lines) if ln is last)
    notes: list[Line] = []
    previous = last
    for line in lines[index + 1:]:
        if line.top - previous.bottom > settings.table_line_gap_em * line.size:
            break
        if not (is_footnote(line) or (notes and not starts_with_mark(line) and line.x0 >= notes[-1].x0 - 1)):
            break
        notes.append(line)
        previous = line
    return notes


def _add_caption(region: TableRegion, free: list[Line], settings: Settings) -> None:
    """A caption is the free line just above the table (or just below it) that names it
    ("Tabel 3 ...") or states its unit ("bedragen x € 1.000")."""
    top, bottom = region.lines[0].top, (region.footnotes or region.lines)[-1].bottom
    near = [ln for ln in free if ln.bottom <= top and top - ln.bottom <= 2.5 * ln.size
            or ln.top >= bottom and ln.top - bottom <= 2.5 * ln.size]
    for line in sorted(near, key=lambda ln: min(abs(top - ln.bottom), abs(ln.top - bottom))):
        if _CAPTION.match(line.text) or _SCALE_HINT.search(line.text):
            region.caption = line
            return
