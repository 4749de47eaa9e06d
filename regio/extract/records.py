"""Tables printed as records: a block for each row, its label over one line per column
("Totaal ... 2.000.000", "Rijk ... 500.000"), as a web page prints a table too narrow for
its columns, or a form lists each cost line's sources under it.

``records_of`` tells such lines from a table's; ``read_records`` turns them back into the
table they print: a row for each record, a column for each label its lines give.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from regio.extract import columns as colmap
from regio.extract.layout import Line, Word, cells_of, join_words
from regio.extract.tables import dedupe_keys, names_funding_sources, row_kind
from regio.geometry import rounded, union
from regio.money import is_figure, parse_cell
from regio.schema import Cell, CellKind, Column, Provenance, Row

# How far the labels of a record's lines, and its title over them, may stand apart.
_ALIGN_PT = 3.0
# The most space between two lines of one title, in its type's size: a wrapped line's leading.
_WRAPPED = 0.6


@dataclass
class _Record:
    titles: list[Line] = field(default_factory=list)
    # Each line under the title: the line, its label's words and its value's words.
    entries: list[tuple[Line, list[Word], list[Word]]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " ".join(ln.text for ln in self.titles)


def _records(lines: list[Line]) -> list[_Record] | None:
    """The lines as records, or None where a line is neither a title (one run of words) nor
    a label and its value (two runs, or one broken by a colon before an amount: a list's
    item, "– Totaal: 1.650.000"). A value too long for its line goes on, set apart from the
    labels, on the next. A list's marks ("•", "–") are no part of either."""
    found: list[_Record] = []
    for line in map(_without_mark, lines):
        colon = _colon_entry(line)
        cells = list(colon) if colon else cells_of(line)
        if len(cells) == 2:
            if not found:
                found.append(_Record())  # a record going on from the page before
            found[-1].entries.append((line, cells[0], cells[1]))
        elif len(cells) == 1 and found and found[-1].entries and _goes_on(found[-1], line):
            entry_line, label, value = found[-1].entries[-1]
            found[-1].entries[-1] = (entry_line, label, value + line.words)
        elif len(cells) == 1 and not is_figure(line.text):
            if found and not found[-1].entries:
                if line.top - found[-1].titles[-1].bottom > _WRAPPED * line.size:
                    return None  # a line over the title, set apart from it: no part of the records
                found[-1].titles.append(line)  # a title wrapped over two lines
            else:
                found.append(_Record([line]))
        else:
            return None
    return found


_LIST_MARKS = frozenset("•●▪■◦○►▸–—-")


def _without_mark(line: Line) -> Line:
    words = line.words
    return Line(line.page, words[1:], line.space) if len(words) > 1 and words[0].text in _LIST_MARKS else line


def _colon_entry(line: Line) -> tuple[list[Word], list[Word]] | None:
    """A label, a colon and an amount in one run ("Totaal: 1.650.000"): the label (without its
    colon) and the amount."""
    at = next((k for k, w in enumerate(line.words) if w.text.endswith(":") and len(w.text) > 1), None)
    if at is None or at == len(line.words) - 1:
        return None
    value = line.words[at + 1:]
    if parse_cell(join_words(value)).kind == CellKind.text:  # (an amount, a nil, a cell said empty)
        return None
    return [*line.words[:at], replace(line.words[at], text=line.words[at].text[:-1])], value


def listed_records(lines: list[Line], aliases: dict[str, str] | None = None) -> list[tuple[Line | None, list[Line]]]:
    """Tables written as lists: a list item for each row, under it an item for each column
    with its amount ("• Projecten" over "– Totaal: 2.000.000", "– Rijk: 500.000"), and the
    line over them that names the table with a colon ("Opgaven/Investeringen:"). Each run of
    such lines that reads as records (see records_of), with that line (or a caption over them,
    "Tabel: Opgaven/Investeringen") if any."""
    from regio.extract.finder import names_table

    runs: list[tuple[Line | None, list[Line]]] = []
    current: list[Line] = []
    start = 0
    for k, line in enumerate([*lines, None]):
        unmarked = _without_mark(line) if line is not None else None
        # An item of a label, a colon and an amount, or a row's title after a list's mark or in
        # bold over such items (a large-print edition's table written out, a row a paragraph).
        if line is not None and unmarked is not None and (
                _colon_entry(unmarked) is not None or (unmarked is not line and len(cells_of(unmarked)) == 1)
                or _bold_title_over_items(lines[k:k + _TITLE_LINES + 1])):
            current.append(line)
            continue
        if len(current) >= 4 and records_of(current, [], aliases) is not None:
            above = lines[start - 1] if start else None
            named = above is not None and len(cells_of(above)) == 1 and (above.text.rstrip().endswith(":") or names_table(above))
            runs.append((above if named else None, current))
        current, start = [], k + 1
    return runs


def _bold_title_over_items(lines: list[Line]) -> bool:
    """Is the first line a row's title in bold, over an item of the row or over the rest of
    the title, wrapped?"""
    for line, below in zip(lines, lines[1:_TITLE_LINES + 1]):
        if not line.bold or len(cells_of(line)) != 1 or line.text.rstrip().endswith(":"):
            return False
        if not below.bold:  # (in the items' type: a heading over the list is none)
            return _colon_entry(_without_mark(below)) is not None and abs(below.size - lines[0].size) < 1
    return False


_TITLE_LINES = 3


def _goes_on(record: _Record, line: Line) -> bool:
    labels_end = max(w.x1 for _, label, _ in record.entries for w in label)
    return line.x0 > labels_end + _ALIGN_PT


def records_of(lines: list[Line], above: list[Line], aliases: dict[str, str] | None = None,
               at_page_foot: bool = False) -> list[Line] | None:
    """The lines, and the first record's title among the lines ``above`` them (nearest
    last), where they print a table as records: each but the first under a title, each line
    under it a label and a value, set in line, the labels naming funding sources (one record
    is enough then, if their values are figures; the first and last may be cut by the page) or
    recurring: two records with the same
    labels (the one a page cuts short with the first of them), or three or more, each label
    in two of them. Lines ``at_page_foot`` may end with a record's title alone, set as the
    others are (the page cut its lines off), or be one titled record of two lines (the page
    cut off the records after it)."""
    found = _records(lines)
    cut: list[Line] = []
    if at_page_foot and found and len(found) >= 2 and not found[-1].entries:
        cut, found = found[-1].titles, found[:-1]
    if found is None or any(not r.titles or not r.entries for r in found[1:]) or not found[0].entries:
        return None
    labels = [[colmap.normalise(join_words(label)) for _, label, _ in r.entries] for r in found]
    recurring = Counter(name for names in labels for name in set(names))
    alike = max(len(names) for names in labels) >= 2 and (
        (len(found) >= 3 and min(recurring.values()) >= 2) or (len(found) == 2 and _same_start(*labels)))
    figures = all(is_figure(join_words(value)) or colmap.is_column_word(join_words(label), aliases)
                  for r in found for _, label, value in r.entries)
    names = [join_words(label) for r in found for _, label, _ in r.entries]
    # (the records the page cuts the others from may name two sources and no total)
    sources = [colmap.source_of(n, aliases) for n in names]
    cut_from_the_rest = at_page_foot and all(sources) and len({m.key for m in sources if m}) >= 2
    # (a cost line paid from one source is a record of one line, where every line names a source;
    # a block whose lines name no source, over one whose lines do, is a budget's costs over its
    # funding, no record of sources)
    each_named = all(2 * sum(colmap.source_of(join_words(label), aliases) is not None for _, label, _ in r.entries)
                     >= len(r.entries) for r in found)
    named = figures and (names_funding_sources(names, aliases) or cut_from_the_rest) and each_named \
        and (all(sources) or all(len(r.entries) >= 2 for r in found[1:-1])) \
        and (len(found) >= 2 or len(found[0].entries) >= 2 + (not at_page_foot))
    lefts = [label[0].x0 for r in found for _, label, _ in r.entries]
    # (A list's items set their amounts right after their labels: those stand apart.)
    rights = [value[-1].x1 for r in found for line, label, value in r.entries
              if value[-1] in line.words and label[-1] in line.words]
    if not (alike or named) or max(lefts) - min(lefts) > _ALIGN_PT or (rights and max(rights) - min(rights) > _ALIGN_PT):
        return None
    titles = [ln for r in found for ln in r.titles]
    head = [] if found[0].titles else _title_above(above, lines[0], titles, min(lefts))
    if len(found) == 1 and len(found[0].entries) == 2 and not (titles or head):
        return None  # two lines of a label and a figure at a page's foot are a table only under a row's title
    return [*head, *(lines if _titled_alike(cut, titles + head) else lines[:len(lines) - len(cut)])]


def entries_going_on(records: list[Line], lines: list[Line]) -> list[Line]:
    """The first of ``lines`` (the next page's) that go on the last of the records: each a
    label the records give and its value, the labels in line with theirs."""
    found = _records(records) or []
    entries = [label for r in found for _, label, _ in r.entries]
    if not entries:
        return []
    labels = {colmap.normalise(join_words(label)) for label in entries}
    left = min(label[0].x0 for label in entries)
    going_on = []
    for line in lines:
        cells = cells_of(line)
        if len(cells) != 2 or colmap.normalise(join_words(cells[0])) not in labels or abs(cells[0][0].x0 - left) > _ALIGN_PT:
            break
        going_on.append(line)
    return going_on


def closed_by_total(records: list[Line], following: list[Line]) -> bool:
    """Do the records end with a total's record, and the lines after them open a record of
    their own: another table, not the total's lines going on?"""
    found, after = _records(records) or [], _records(following) or []
    return bool(found and after and found[-1].titles and after[0].titles) and row_kind(found[-1].label) == "total"


def parted_at_captions(lines: list[Line], aliases: dict[str, str] | None = None) -> list[list[Line]]:
    """Two tables printed as records, run together: the first's last record, then the next
    one's caption set apart over its first record's title ("Onderdeel" over "Monitoring").
    The lines parted before each such caption where those before it read as records."""
    parts: list[list[Line]] = []
    start = 0
    for k in range(1, len(lines) - 1):
        if len(cells_of(lines[k - 1])) == 2 and _caption_at(lines, k) and records_of(lines[start:k], [], aliases) is not None:
            parts.append(lines[start:k])
            start = k
    return [*parts, lines[start:]]


def after_caption(lines: list[Line]) -> list[Line]:
    """The lines after the last caption among them set apart over a record's title, from
    that title on (see parted_at_captions); all of them where there is none."""
    return next((lines[k + 1:] for k in range(len(lines) - 2, -1, -1) if _caption_at(lines, k)), lines)


def _caption_at(lines: list[Line], k: int) -> bool:
    caption, title = lines[k], lines[k + 1]
    return _alone(caption) and _alone(title) and title.top - caption.bottom > _WRAPPED * title.size


def _alone(line: Line) -> bool:
    """A line of one run of words, no figure: a record's title, or a caption."""
    return len(cells_of(line)) == 1 and not is_figure(line.text)


def _titled_alike(lines: list[Line], titles: list[Line]) -> bool:
    """Lines set as the records' titles are (or no lines)."""
    return not lines or bool(titles) and all(t.bold == line.bold and abs(t.size - line.size) < 0.5
                                             and abs(t.x0 - line.x0) <= _ALIGN_PT for t in titles for line in lines)


def _same_start(first: list[str], second: list[str]) -> bool:
    """Two records with the same labels, where the page may cut one short: the first, going
    on from the page before, ends with the second's last labels; the second, going on on the
    next page, starts with the first's."""
    shorter = min(len(first), len(second))
    return shorter >= 2 and (first[-shorter:] == second[-shorter:] or first[:shorter] == second[:shorter])


def _title_above(above: list[Line], first: Line, titles: list[Line], left: float) -> list[Line]:
    """The lines right over the first record's lines that title it: runs of words set as the
    other records' titles are, where the labels stand, up to three lines."""
    taken: list[Line] = []
    below = first
    for line in reversed(above[-3:]):
        if len(cells_of(line)) != 1 or is_figure(line.text) or abs(line.x0 - left) > 4 * _ALIGN_PT \
                or not 0 <= below.top - line.bottom <= below.size \
                or not all(t.bold == line.bold and abs(t.size - line.size) < 0.5 for t in titles):
            break
        taken.insert(0, line)
        below = line
    return taken


def read_records(lines: list[Line], aliases: dict[str, str] | None = None) -> tuple[list[Column], list[Row]]:
    """The table the records print: a column for each label, in the order they first come
    (a label given twice in one record, as a group's two members may be, is two columns),
    a row for each record; a label a record leaves out is an empty cell."""
    found = _records(lines) or []
    keys: list[tuple[str, int]] = []
    named: dict[tuple[str, int], tuple[int, list[Word]]] = {}
    for record in found:
        for key, (line, label, _) in zip(_keyed(record), record.entries):
            if key not in named:
                keys.append(key)
                named[key] = (line.page, label)
    counts: dict[str, int] = {}
    cols: list[Column] = []
    for key in keys:
        page, label_words = named[key]
        text = join_words(label_words)
        group = colmap.group_of(text)
        if group is not None:
            counts[group] = counts.get(group, 0) + 1
        m = colmap.meaning("" if group else text, text if group else None, counts.get(group) if group else None, aliases)
        cols.append(Column(label=text, key=m.key, group=m.group, role=m.role,
                           provenance=_provenance(page, label_words)))
    dedupe_keys(cols)
    rows = [Row(label=record.label, kind=row_kind(record.label), cells=[_cell(record, key) for key in keys],
                provenance=_provenance(record.titles[0].page, [w for ln in record.titles for w in ln.words])
                if record.titles else None)
            for record in found]
    return cols, rows


def _keyed(record: _Record) -> Iterator[tuple[str, int]]:
    seen: dict[str, int] = {}
    for _, label, _ in record.entries:
        name = colmap.normalise(join_words(label))
        seen[name] = seen.get(name, 0) + 1
        yield name, seen[name]


def _cell(record: _Record, key: tuple[str, int]) -> Cell:
    for found, (line, _, value) in zip(_keyed(record), record.entries):
        if found == key:
            raw = join_words(value)
            parsed = parse_cell(raw)
            return Cell(raw=raw, kind=parsed.kind, amount=parsed.amount, marks=list(parsed.marks),
                        provenance=_provenance(line.page, value))
    return Cell(raw="", kind=CellKind.empty)


def _provenance(page: int, words: list[Word]) -> Provenance:
    return Provenance(page=page, bbox=rounded(union(words)))
