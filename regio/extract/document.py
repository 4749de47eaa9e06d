"""Reading a dossier's structure from its page layouts.

A pre-pass (headings.py) finds the running headers and footers, the table of contents,
the field labels the document uses and the headings where projects begin. Then the walk
goes line by line through the pages in order, so a field or a table that runs over a page
break simply continues. What a line is depends on where it stands: a project heading
starts a project; a label (in the label column, on a line of its own, or before a colon)
starts a field, and text without one continues the field above; a line of column labels
(Totaal, Privaat, ...) starts an investment table; a line starting with a footnote mark
in small print is a footnote.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import dropwhile, takewhile
from statistics import median
from typing import Literal

from regio.extract import columns as colmap
from regio.extract.every_table import describe, read_region
from regio.extract.finder import (
    TABLE_WORD,
    TableRegion,
    find_tables,
    footnotes_below,
    is_caption,
    justified,
    names_table,
    written_out,
)
from regio.extract.furniture import furniture, keyed
from regio.extract.header_table import HeaderTable, is_continuation, is_table_header, states_the_unit
from regio.extract.headings import Structure, analyse, is_heading, names_the_title
from regio.extract.hyphenation import Hyphenation
from regio.extract.labels import (
    GOES_ON,
    PART_NUMBER,
    Labels,
    is_back_matter,
    is_bullet,
    is_numbering,
    numbered_label,
    squash,
    strip_numbering,
)
from regio.extract.layout import (
    Fill,
    Line,
    PageLayout,
    Word,
    help_lines,
    in_display_type,
    is_typed_rule,
    join_words,
    running_text,
    set_apart_by_type,
)
from regio.extract.records import closed_by_total, entries_going_on
from regio.extract.settings import DEFAULT, Settings
from regio.extract.tables import (
    Region,
    budget_parts,
    build_table,
    carries_sums,
    columns_moved_apart,
    counts,
    cut_short,
    drawn_as_one,
    has_values,
    is_footnote,
    is_total_row,
    joined_across,
    names_funding_sources,
    read_footnotes,
    starts_with_mark,
    typed_marks,
)
from regio.geometry import Area, Box, around, centred_in, rounded
from regio.money import (
    NOTE_MARKS,
    RAISED_DIGITS,
    TYPED_MARK,
    VALUE_KINDS,
    abbreviated,
    is_figure,
    parse_cell,
    stated_scale,
    too_long_numbers,
)
from regio.schema import (
    ExtractionWarning,
    Field,
    Footnote,
    FundingTable,
    Project,
    Provenance,
    Table,
    TextSpan,
    TocEntry,
)

_NOTE_MARKS = tuple(RAISED_DIGITS[1:])
_CLOSING = re.compile(r"(?i)(?:met\s+)?(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?,?|hoogachtend,?"
                      r"|(?:kind|best|warm)\s+regards,?|yours\s+(?:sincerely|faithfully),?")
_DASHES = ("–", "—", "-")
_QUOTE_MARKS = "„“”\"'‘’«» "
_NOTES_HEADINGS = {"toelichting", "noten", "voetnoten", "eindnoten", "notes", "footnotes"}


@dataclass
class _FieldDraft:
    label_lines: list[Line]
    lines: list[Line] = field(default_factory=list)
    label_closed: bool = False
    label: str | None = None  # a label set as a heading or before a colon, not in a label column
    label_line: Line | None = None


@dataclass
class _ProjectDraft:
    theme: str
    title: str
    heading: Line
    fields: list[_FieldDraft] = field(default_factory=list)
    tables: list[FundingTable] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    pages: set[int] = field(default_factory=set)
    heading_lines: list[Line] = field(default_factory=list)


class DocumentReader:
    def __init__(self, layouts: list[PageLayout], settings: Settings = DEFAULT, name: str = "",
                 tables: Sequence[Table] = (), going_on: bool = False):
        # ``going_on``: the pages go on from a project read before (a window of a long
        # document), which the text before the first heading ends.
        self.going_on = going_on
        # The funding tables each page draws: their lines are a table's, however a label
        # column or a header broken over lines makes them look.
        funding = [t for t in tables if t.bbox is not None and names_funding_sources([c.label for c in t.columns],
                                                                                     settings.alias_map)]
        self.grids = _funding_grids(funding)
        self._page_tables = [t for t in tables if t.caption]  # those a caption may give to a project
        self._counted = {(t.page, tuple(c.label for c in t.columns)) for t in tables if counts(t.columns, t.head_groups)}
        self._regions: dict[int, list[TableRegion]] = {}  # the finder's, by page, where asked for
        self._table_boxes = _boxes_by_page(tables)  # every table the pages draw
        headed = [t for t in tables if any(c.label for c in t.columns)
                  and any(c.amount is not None for r in t.rows for c in r.cells)]
        self._headed_boxes = _boxes_by_page(headed)  # and those among them of amounts under a header
        self._opened: set[tuple[int, Box]] = set()
        self.settings = settings
        self.aliases = settings.alias_map
        self.name = name
        self.layouts = {layout.number: layout for layout in layouts}
        self.warnings: list[ExtractionWarning] = []
        self.projects: list[_ProjectDraft] = []
        self._furniture = furniture(layouts, settings)
        self._running_titles: set[int] = set()  # a project's title (or theme) set again over its later pages or cards
        # (a caption stands over a header line: a list of records has none)
        self.structure: Structure = analyse(layouts, self._furniture, settings, _not_labels(funding, tables),
                                            _boxes_by_page([t for t in headed if t.reader not in ("records", "sentences")]),
                                            _boxes_by_page(funding))
        self.labels: Labels = self.structure.labels
        self.toc = self.structure.toc
        self.body_size = self.structure.body_size
        self._splits, self._label_lefts = self._label_columns(layouts)
        self._help_words: dict[int, set[int]] = {}  # by page, the words of the help in its label column
        self.hyphenation = Hyphenation(layouts, settings, tables)
        self._themes = {squash(start.theme) for start in self.structure.starts.values() if start.theme}
        self._table: HeaderTable | None = None
        self._captions_above = False
        self._across_labels: set[int] = set()  # table rows whose first cell stands in the label column
        self._in_notes = False
        self._notes_section = False
        self._signed_off = False  # a letter's closing read: its signature and disclaimer are no text
        self._back_matter = False  # in the report's back matter, until a project starts again
        self._annexes: set[int] = set()  # the drafts that are the report's annexes, no projects
        self._interlude = False  # between a theme's heading and its first project: its introduction
        self._starts_ahead: list[tuple[int, float, str]] = []
        self._aside: Fill | None = None
        self._side: tuple[Line, list[float], list[_FieldDraft]] | None = None
        self._interrupted: _FieldDraft | None = None
        self._labelled_by_grid: _FieldDraft | None = None  # the field whose label a grid's lines stand beside
        self._label_by_table: _FieldDraft | None = None  # the field whose label began beside the open table's header
        self._resume: _FieldDraft | None = None
        self._named = {squash(strip_numbering(entry.text)) for entry in self.toc}  # the projects the contents names
        self._dividers = self._divider_pages(layouts)
        self._floated = self._float_lines()
        self._divider: tuple[int, str] = (0, "")  # the last divider page and its text

    # -- geometry ---------------------------------------------------------------------

    def _float_lines(self) -> set[int]:
        """The lines of the tables set across a page's text columns whose caption names a
        project (their rows, caption and notes): the text flows around such a table wherever
        it falls, so it is read apart and given to the project it names (see
        _floats_to_named_projects)."""
        titles = [squash(start.title) for start in self.structure.starts.values() if start.title]
        floated: set[int] = set()
        for table in self._page_tables:
            caption = squash(table.caption or "")
            if any(title in caption for title in titles) and _across_columns(self.layouts[table.page], table.bbox):
                found = self._region_of(table)
                if found is not None:
                    floated.update(id(ln) for ln in [*found.lines, *found.footnotes, found.caption, found.scale_note] if ln)
        return floated

    def _region_of(self, table: Table) -> TableRegion | None:
        """The finder's region of a table of the page, as the page tables were read."""
        found = self._regions.get(table.page)
        if found is None:
            found = self._regions[table.page] = find_tables(self.layouts[table.page], settings=self.settings)
        return next((f for f in found if rounded(f.box) == table.bbox), None)

    def _label_columns(self, layouts: list[PageLayout]) -> tuple[dict[int, float | None], dict[int, float]]:
        """Per page, the x where the label column ends, found from the field labels that
        stand in a column of their own left of their text; and where the labels start."""
        starts: dict[int, list[float]] = {}
        lefts: dict[int, list[float]] = {}
        alone: Counter[int] = Counter()
        run_in = 0  # labels whose text wraps back under them: run-in headings, no column
        for layout in (page for page in layouts if page.lines):
            # Where the page's text starts, whatever a few lines or a table set wider than the text do.
            boxes = self._table_boxes.get(layout.number, [])
            xs = sorted(ln.x0 for ln in layout.lines if not centred_in(ln, boxes)) or [ln.x0 for ln in layout.lines]
            margin = xs[len(xs) // 10]
            for line in layout.lines:
                segs = numbered_label(line.segments(gap=self.settings.label_gap_em * line.size))
                # (a side-head in the margin stands beside its text: no label alone)
                alone[layout.number] += len(segs) == 1 and self.labels.whole(line.text) and line.heads is None
                # A label column is the page's first: a header cell further right ("Totale
                # kosten | Private") is no label however it reads. (Labels set right against
                # their text start where their length puts them.)
                # Labels alone side by side head fields set side by side (see _side_by_side).
                # (a label set with its words spaced wide, "INZET   EN   CO-FINANCIERING", is one)
                if len(segs) >= 2 and not (all(len(seg) == 1 for seg in segs) and self.labels.whole(line.text)) \
                        and (segs[0][0].x0 <= margin + 2 * line.size or self._set_right(segs, layout.width, line.size)) \
                        and not self._run_in_label(line, strict=True) \
                        and (self.labels.match(join_words(segs[0])) or self.labels.prefix(join_words(segs[0]))) \
                        and not all(self.labels.whole(join_words(seg)) for seg in segs) \
                        and not is_table_header(line, self.aliases, self.settings) and not justified(line):
                    if self._wraps_under_its_label(layout, line, segs):
                        run_in += 1
                        continue
                    starts.setdefault(layout.number, []).append(segs[1][0].x0)
                    lefts.setdefault(layout.number, []).append(segs[0][0].x0)
        # A column is where several labels' texts start alike; one line that looks so (a
        # table header, prose that opens with "Voor") is none.
        every = sorted(x for xs in starts.values() for x in xs)
        found = {page: min(xs) - self.settings.label_pad_pt for page, xs in starts.items()
                 if sum(bisect_right(every, x + 4) - bisect_left(every, x - 4) for x in xs) >= 3 and run_in < len(every)
                 and not self._text_runs_across(self.layouts[page], min(xs) - self.settings.label_pad_pt)}
        # Where labels stand on lines of their own, what stood beside a few was other text (a
        # sidebar): in the document, or (a bundle of partners' documents) on the pages around.
        if sum(alone.values()) > len(every):
            near = range(-_LABEL_COLUMN_REACH, _LABEL_COLUMN_REACH + 1)
            found = {page: x for page, x in found.items()
                     if sum(alone[page + d] for d in near) <= sum(len(starts.get(page + d, ())) for d in near)}
        fallback = median(found.values()) if found else None
        splits: dict[int, float | None] = {}
        last = fallback
        for layout in layouts:
            last = found.get(layout.number, last)
            # A page without labels of its own keeps the column unless its text runs across
            # it (a landscape table page, a full-width band), not a table nor its notes.
            boxes = self._table_boxes.get(layout.number, [])
            crossed = last is not None and layout.number not in found and any(
                seg[0].x0 < last < seg[-1].x1 for line in layout.lines
                if not (centred_in(line, boxes) or (line.text.startswith(tuple(NOTE_MARKS)) and line.size < self.body_size))
                for seg in line.segments())
            splits[layout.number] = None if crossed else last
        left = {page: min(lefts[page]) for page in found}
        every_left = median(left.values()) if left else 0.0
        return splits, {layout.number: left.get(layout.number, every_left) for layout in layouts}

    def _set_right(self, segs: list[list[Word]], width: float, size: float) -> bool:
        """Does the line's first run end close before the next, in the page's left half (a
        label set right against its text)? The space before the text is the text's."""
        return segs[0][-1].x1 < width / 2 and segs[1][0].x0 - segs[0][-1].x1 <= 2 * max(size, self.body_size)

    def _text_runs_across(self, layout: PageLayout, split: float) -> bool:
        """Does the page's running text run across where its labels' texts start, words lying
        over that edge on most of its lines (a first field's label beside its short text, the
        paragraphs under it wrapping back to the margin)? Then there is no label column."""
        boxes = self._table_boxes.get(layout.number, [])
        text = [ln for ln in layout.lines if not centred_in(ln, boxes) and len(ln.words) > 3]
        return len(text) >= _LINES_TO_JUDGE and 2 * sum(any(w.x0 < split < w.x1 for w in ln.words) for ln in text) > len(text)

    def _wraps_under_its_label(self, layout: PageLayout, line: Line, segs: list[list[Word]]) -> bool:
        """A label set as a run-in heading, an em before its text (KOMA's \\paragraph): the text's
        next line runs on from under the label, not beside it (nor is it the label's own second
        line, its text beside it again)."""
        below = next((ln for ln in layout.lines if ln.top > line.bottom - 1 and ln.x0 < segs[-1][-1].x1), None)
        return below is not None and below.top - line.bottom < line.size and abs(below.x0 - segs[0][0].x0) <= 2 \
            and len(below.segments(gap=self.settings.label_gap_em * below.size)) == 1

    def _split(self, line: Line) -> float | None:
        """Where the line's label ends, if the page has a label column and the line stands in
        it: a table or its footnotes set wider than the text, starting left of the labels,
        runs across it; a label set right-aligned against the text (its lines start where
        their length puts them) ends bold close before it."""
        split = self._splits.get(line.page)
        if split is None or line.x0 >= self._label_lefts[line.page] - line.size:
            return split
        head = line.words_between(-1e9, split)
        # (the space before the text is the text's: a label in small capitals is set smaller)
        aligned = bool(head) and all(w.bold for w in head) \
            and split - 2 * max(line.size, self.body_size) <= head[-1].x1 <= split
        return split if aligned else None

    def _without_help(self, line: Line, split: float) -> Line | None:
        """The line without a form's help under a label in its label column (see
        layout.helps), None where nothing else is left: it says what to fill in."""
        helping = self._help_words.get(line.page)
        if helping is None:
            parts = [Line(line.page, words, ln.space) for ln in self.layouts[line.page].lines
                     if (words := ln.words_between(-1e9, split))]
            found = help_lines(parts, self.settings)
            helping = self._help_words[line.page] = {id(w) for part in parts if id(part) in found for w in part.words}
        if not any(id(w) in helping for w in line.words):
            return line
        rest = [w for w in line.words if id(w) not in helping]
        return Line(line.page, rest, line.space) if rest else None

    def _divider_pages(self, layouts: list[PageLayout]) -> set[int]:
        """Pages that hold a few words in heading type and nothing else (a section's divider,
        its theme set large on a page of its own): no project's content."""
        skip = self._furniture | self.structure.toc_lines
        pages = set()
        for layout in layouts:
            # (and its list of the projects it holds, as the contents names them)
            lines = [ln for ln in layout.lines if id(ln) not in skip and squash(strip_numbering(ln.text)) not in self._named]
            headings = [is_heading(ln, layout, self.body_size, self.settings) for ln in lines]
            # (a kicker of a word or two in capitals over the theme: "THEMA 2")
            if lines and sum(len(ln.words) for ln in lines) <= 12 and not any(id(ln) in self.structure.starts for ln in lines) \
                    and any(headings) and all(h or (len(ln.words) <= _KICKER_WORDS and ln.text.isupper())
                                              for h, ln in zip(headings, lines)):
                pages.add(layout.number)
        return pages

    # -- the walk -----------------------------------------------------------------------

    def read(self) -> None:
        skip = self._furniture | self.structure.toc_lines
        # Where each project starts, with its theme: a theme's heading opens its chapter only
        # where the next project is that theme's.
        self._starts_ahead = sorted((start.first.page, start.first.top, squash(strip_numbering(start.theme)))
                                    for start in self.structure.starts.values())
        for number in sorted(self.layouts):
            for line in self.layouts[number].lines:
                if id(line) not in skip:
                    self._feed(line)
        self._close_region()
        unheaded = sorted(start.first.page for start in self.structure.starts.values() if not start.lines and not start.printed)
        if unheaded:
            self.warnings.append(ExtractionWarning(
                code="heading-not-text", page=unheaded[0],
                message=f"the project headings on page(s) {', '.join(map(str, unheaded))} are no text (drawn as "
                        "outlines or set in a picture): each project is named after its contents entry and starts "
                        "at its first field label"))
        self.warnings.extend(map(toc_entry_not_found, self.structure.unmatched_toc))

    def _feed(self, line: Line) -> None:
        start = self.structure.starts.get(id(line))
        if start is not None:
            self._close_region()
            self._in_notes = self._notes_section = self._signed_off = self._back_matter = self._interlude = False
            self.projects.append(_ProjectDraft(start.theme or self._divider[1], start.title, line, pages={line.page},
                                               heading_lines=start.lines))
            if start.lines:
                return  # the heading; a project without one starts at its first label, read on
        if self._in_back_matter(line) or self._interlude or id(line) in self._floated or self._on_a_band(line):
            return
        if line.page in self._dividers:  # a theme's page of its own: the theme of the projects after it
            if squash(strip_numbering(line.text)) in self._named:
                return  # its list of them
            page, theme = self._divider
            self._divider = (line.page, f"{theme} {line.text}" if page == line.page else line.text)
            return
        if self._in_a_heading(line) or self._at_a_theme(line) or is_typed_rule(line) or self._opens_an_annex(line):
            return
        split = self._split(line)
        if split is not None and (kept := self._without_help(line, split)) is not line:
            if kept is None:
                return
            line = kept
        label_text = join_words(line.words_between(-1e9, split)) if split else ""
        if self.projects and self._signs_off(line, label_text):
            return
        if not self.projects and not self._opens_the_content(line, label_text):
            return  # a title page, a preface, the end of a project read before: not part of any project
        project = self.projects[-1]
        if self._repeats_heading(project, line):
            self._running_titles.add(id(line))
            return  # the title (and theme) repeated at the top of each page of the project
        project.pages.add(line.page)
        self._note_aside(project, line)
        table = self._table
        after = self._through_the_table(table, project, line, label_text, split) if table is not None else "after it"
        if after == "taken":
            return
        if after == "its other columns" or is_table_header(line, self.aliases, self.settings):
            self._opened.update(self._grids_at(line))  # its header line reads it
            label = Line(line.page, line.words_between(-1e9, split), line.space) if split else None
            header = _content_line(line, label.words[-1].x1) if label is not None and label.words else None
            # (a header that heads its own row labels: the table stands right of the label column)
            going_on = header is not None and label is not None and split is not None \
                and not colmap.is_column_word(join_words(header.segments()[0]), self.aliases) \
                and self._label_goes_on_under(line, label, split)
            if label is not None and label.words and not self._label_ends_beside_its_table(project, label) \
                    and self._label_beside_its_table(project, label, going_on) and going_on:
                line = header or line
            self._start_table(project, line)
        elif project.fields and (grids := [box for page, box in self._grids_at(line) if (page, box) not in self._opened]):
            self._grid_line(project, line, min(box[0] for box in grids))
        elif not self._note_line(project, line, label_text, split):
            self._field_line(project, line, label_text, split)

    def _opens_the_content(self, line: Line, label_text: str) -> bool:
        """Does the line, before any project heading, open the document's content (a table's
        header, a field's label)? Content without a project heading is still one project,
        named after the heading over it, or else after the file."""
        header = is_table_header(line, self.aliases, self.settings)
        # (a label is capitalised: "financiering" is a title's last word, wrapped)
        labelled = self.labels.match(label_text) or self.labels.whole(line.text)
        if self.going_on or not (header or (labelled and line.text[:1].isupper())):
            return False
        over = self._one_projects_title(line)
        title = strip_numbering(over.text) if over is not None else self.name or "(document)"
        self.projects.append(_ProjectDraft("", title, line, pages={line.page}, heading_lines=[]))
        self.warnings.append(ExtractionWarning(
            code="no-project-heading", page=line.page,
            message=f"content starts on page {line.page} without a project heading that could be recognised; "
                    f"read as project '{title}'"))
        return True

    def _one_projects_title(self, line: Line) -> Line | None:
        """Of the headings over the first line of a document's content on its page, none found
        to open a project, the one in the largest type: the title of the document's one project
        (not the line of its theme or a kicker over it, set smaller)."""
        layout = self.layouts[line.page]
        larger = self.body_size + self.settings.other_type_pt
        over = [ln for ln in layout.lines if ln.bottom <= line.top and id(ln) not in self._furniture
                and len(ln.words) <= _TITLE_WORDS and not has_values(ln, ln.x0) and not self.labels.whole(ln.text)
                and ln.size > larger and is_heading(ln, layout, self.body_size, self.settings)]
        return max(over, key=lambda ln: ln.size, default=None)

    def _in_a_heading(self, line: Line) -> bool:
        """A line of a project's heading, or set between the lines of the project's heading on
        its page (the page's lead "11 projecten", the theme's label between a page's title and
        the project's): the heading's, not its text, nor a theme opening after it."""
        heading = self.projects[-1].heading_lines if self.projects else []
        if id(line) in self.structure.heading_lines:
            return True
        if not heading or any(ln.page != line.page for ln in heading):
            return False
        return min(ln.top for ln in heading) < line.top < max(ln.top for ln in heading) \
            and min(ln.x1 for ln in heading) > line.x0 and line.x1 > max(ln.x0 for ln in heading)

    def _opens_an_annex(self, line: Line) -> bool:
        """A heading that names an annex ("Bijlage 1 – Financiële overzichten") after a project's
        text, where no project starts: the report's annex opens, whose tables go to the projects
        their captions name (see _annexes_given_away)."""
        if not (self.projects and self.projects[-1].fields) or id(self.projects[-1]) in self._annexes \
                or len(line.words) > _ANNEX_WORDS or not _ANNEX.match(strip_numbering(line.text)) \
                or not is_heading(line, self.layouts[line.page], self.body_size, self.settings):
            return False
        self._close_region()
        annex = _ProjectDraft("", line.text.strip(), line, pages={line.page}, heading_lines=[line])
        self._in_notes = self._notes_section = False  # the last project's notes end with it
        self.projects.append(annex)
        self._annexes.add(id(annex))
        return True

    def _in_back_matter(self, line: Line) -> bool:
        """Is the line in the report's back matter (a glossary, a colophon, the signatures),
        which its heading opens after the projects: none of theirs?"""
        if self.projects and not self._back_matter and len(line.words) <= _BACK_MATTER_WORDS and is_back_matter(line.text) \
                and is_heading(line, self.layouts[line.page], self.body_size, self.settings):
            self._close_region()
            self._take_back_its_kicker(self.projects[-1], line)
            self._back_matter = True
        return self._back_matter

    def _through_the_table(self, table: HeaderTable, project: _ProjectDraft, line: Line, label_text: str,
                           split: float | None) -> Literal["taken", "its other columns", "after it"]:
        """The line fed to the open table: taken by it (or, set apart after it, a field's), or
        after it; the header of its other columns on the next page opens a table, however few
        they are (one column is no header line of its own)."""
        if table.titled_again(line):
            return "taken"
        starts = self._starts_field(line, label_text)
        apart = not starts and not split and table.state == "body" and self._labels_its_text(line)
        goes_on = (starts or apart) and self._table_goes_on(project, label_text or line.text)
        # (beside the label that says the field goes on: its rows, or its header again, not the label)
        beside = _content_line(line, split) or line if goes_on and split else line
        if not table.ends(beside, (starts or apart) and not goes_on) and not self._tops_a_table_under(table, line):
            table.add(self._label_goes_on_by_table(line, split) or beside)
            return "taken"
        other_columns = not starts and table.other_columns_header(line)
        self._close_region()
        if apart:
            self._field_set_apart(project, line)
            return "taken"
        return "its other columns" if other_columns else "after it"

    def _tops_a_table_under(self, table: HeaderTable, line: Line) -> bool:
        """Is the line, without values, the top of another table drawn under the open table's
        last row on the page, or its caption right over it? That table's header, however few
        of its words name a column (a table going on from the page before, then the next in
        rules of its own; a table laid on its side under a caption)."""
        last = table.last_row_line()
        # (set off from the rows: not a cell's wrapped line, where the page's reading of the
        # table may have parted it)
        if last is None or last.page != line.page or line.top - last.bottom <= self.settings.row_gap_em * line.size \
                or has_values(line, table.value_x(line)):
            return False
        under = [box for box in self._headed_boxes.get(line.page, ()) if box[1] >= last.bottom - 1]
        if any(centred_in(line, [box]) for box in under):
            return True
        typed = typed_marks(table.region.body)
        # (not a line of the notes under the rows)
        return not table.region.footnotes and not starts_with_mark(line, typed) and not is_footnote(line, typed) and any(
            box[0] - line.size <= line.x0 and 0 <= box[1] - line.bottom <= self.settings.caption_gap_em * line.size
            for box in under)

    def _grid_line(self, project: _ProjectDraft, line: Line, grid_x0: float) -> None:
        """A line of a ruled funding table that no header line opened (its header cells
        broken over lines): read with the field's text by the table finder, from the grid's
        rules, and whole, since its row label stands in the label column. Words left of the
        grid are the label of the field the grid is the text of."""
        labelled = self._label_beside_the_grid(project, line, grid_x0)
        if labelled:
            line = Line(line.page, [w for w in line.words if w.x1 >= grid_x0], line.space)
        self._across_labels.add(id(line))
        # (a label begun beside the grid may go on beside its later lines: "Inzet en" /
        # "co-financiering" beside the header's first and third)
        field = project.fields[-1]
        field.label_closed = not labelled and field is not self._labelled_by_grid
        field.lines.append(line)

    def _label_beside_the_grid(self, project: _ProjectDraft, line: Line, grid_x0: float) -> bool:
        """Do the line's words left of the grid open a field's label, or go on with the one
        the line above opened ("Inzet en" over "co-financiering")? Then they are that field's."""
        words = [w for w in line.words if w.x1 < grid_x0]
        if not words:
            return False
        label = Line(line.page, words, line.space)
        current = project.fields[-1]
        if not current.label_closed and current.lines and current.label_lines and self._continues_label(current, label):
            current.label_lines.append(label)
            return True
        if not self._starts_field(label, join_words(words)):
            return False
        current.label_closed = True
        project.fields.append(_FieldDraft([label]))
        self._labelled_by_grid = project.fields[-1]
        return True

    def _field_set_apart(self, project: _ProjectDraft, line: Line) -> None:
        """The field a label set apart before its text opens (see _labels_its_text)."""
        segs = line.segments(gap=self.settings.label_gap_em * line.size)
        if project.fields:
            project.fields[-1].label_closed = True
        project.fields.append(_FieldDraft([], label=join_words(segs[0]), label_closed=True, label_line=line))
        project.fields[-1].lines.append(Line(line.page, [w for seg in segs[1:] for w in seg], line.space))

    def _labels_its_text(self, line: Line, answer: bool = False) -> bool:
        """A field's label set apart before its text where no label column was found for the
        line ("Structureel karakter   De samenwerking ..." under a table across the page):
        running text after it, not a row's amounts after its label nor the header of the
        table's next part ("Begroting   Publieke partijen", "Begroting (vervolg)   Rijksbijdrage
        Totale kosten"). ``answer``, for a label set in its own type before its answer: words
        alone are enough ("Status   INGEDIEND", a grid's row), and only a column's very name
        is a header's ("Thema   Arbeidsmarkt & Onderwijs" is an answer)."""
        segs = line.segments(gap=self.settings.label_gap_em * line.size)
        rest = [w for seg in segs[1:] for w in seg]
        cells = Line(line.page, rest, line.space).segments() if rest else []  # (as far apart as a table's)
        worded = running_text(rest) or (answer and all(w.text[:1].isalpha() for w in rest))
        return len(segs) >= 2 and self.labels.whole(join_words(segs[0])) and worded \
            and not has_values(line, segs[0][-1].x1) and not any((colmap.names_exactly if answer else colmap.is_column_word)(
                join_words(c)) for c in cells)

    def _signs_off(self, line: Line, label_text: str) -> bool:
        """A letter's closing ("Met vriendelijke groet,") ends its text: the signature and a
        mail's disclaimer under it belong to no field, up to the next field or project."""
        if self._signed_off and not self._starts_field(line, label_text):
            return True
        self._signed_off = _CLOSING.fullmatch(line.text.strip()) is not None
        if self._signed_off:
            self._close_region()
        return self._signed_off

    def _table_goes_on(self, project: _ProjectDraft, label: str) -> bool:
        """"Kosten en financiering (vervolg)" over a table going on on a new page (or beside
        its rows), where that is the label of the field the table stands in: the field goes
        on, and its table too."""
        text = strip_numbering(label)
        if not project.fields or not GOES_ON.search(text):
            return False
        return squash(GOES_ON.sub("", text)) == squash(self._label(project.fields[-1]))

    def _grids_at(self, line: Line) -> list[tuple[int, Box]]:
        return [(line.page, box) for box in self.grids.get(line.page, ()) if centred_in(line, [box])]

    def _label_beside_its_table(self, project: _ProjectDraft, label: Line, going_on: bool) -> bool:
        """A field's label in the label column, level with the header of the table that is
        all its text: the field is there, empty of prose, its table the project's. Its start
        may be ``going_on`` beside the table's rows ("Inzet en" / "co-financiering")."""
        if not (self.labels.whole(label.text) or (going_on and self.labels.prefix(label.text))):
            return False
        if project.fields:
            project.fields[-1].label_closed = True
        project.fields.append(field := _FieldDraft([label], label_closed=True, label_line=label))
        self._label_by_table = field if going_on else None
        return True

    def _label_goes_on_under(self, line: Line, label: Line, split: float) -> bool:
        """Do the label column's words right under the header line go on with the label beside
        it, a label still (a table whose header heads its own row labels, right of the label
        column, has none there)?"""
        lines = self.layouts[line.page].lines
        at = _place_on_page(lines, line)
        below = lines[at + 1] if at + 1 < len(lines) else None
        words = below.words_between(-1e9, split) if below is not None and below.top - line.bottom < line.size else []
        text = f"{label.text} {join_words(words)}"
        return bool(words) and (self.labels.whole(text) or self.labels.prefix(text))

    def _label_goes_on_by_table(self, line: Line, split: float | None) -> Line | None:
        """The line's part right of the label column, where its words in that column go on
        with the label begun beside the open table's header (see _label_beside_its_table):
        they are the label's."""
        field, self._label_by_table = self._label_by_table, None
        words = line.words_between(-1e9, split) if field is not None and split else []
        if field is None or split is None or not words:
            return None
        label = " ".join([*(ln.text for ln in field.label_lines), join_words(words)])
        if not (self.labels.whole(label) or self.labels.prefix(label)):
            return None
        field.label_lines.append(Line(line.page, words, line.space))
        self._label_by_table = field
        return _content_line(line, split)

    def _label_ends_beside_its_table(self, project: _ProjectDraft, label: Line) -> bool:
        """Does the label column's text beside a table's header go on with the label the line
        above began ("Inzet en" over "co-financiering", the header's lines beside them)? The
        field is then there, its label whole, empty of prose."""
        current = project.fields[-1] if project.fields else None
        if current is None or current.label_closed or not current.lines or not self._continues_label(current, label):
            return False
        first = current.label_lines[0]
        begun = first.words_between(-1e9, self._split(first) or label.x1 + 1)
        if not self.labels.whole(f"{join_words(begun)} {label.text}"):
            return False  # the table's own label broken over its header's lines ("Opgaven /" over "Investeringen")
        current.label_lines = [Line(first.page, begun, first.space), label]
        current.label_line, current.label_closed = current.label_lines[0], True
        return True

    def _start_table(self, project: _ProjectDraft, line: Line) -> None:
        self._in_notes = False
        head = [*self._take_label_above(project, line), line]
        caption = self._caption_above(project, head)
        if caption is None and len(head) > 1 and is_caption(head[0]):
            # The caption right over the header, taken with the label's lines over it: the
            # table's caption still, not a piece of its header.
            caption = head.pop(0)
        # A document that sets one caption over its table sets them all there: a caption
        # under a table is then the next one's.
        self._captions_above = self._captions_above or caption is not None
        self._table = HeaderTable(head, self.layouts, self.settings, self._value_x, self.body_size, caption,
                                  captions_below=not self._captions_above)

    def _note_line(self, project: _ProjectDraft, line: Line, label_text: str, split: float | None) -> bool:
        """Is the line one of the project's notes (or the heading over them)?"""
        if squash(line.text) in _NOTES_HEADINGS:
            self._notes_section = True  # "Toelichting" over the notes of the project
            return True
        if self._notes_section and not (self.labels.match(label_text) or self._own_label(line)):
            project.notes.append(line)
            return True
        self._notes_section = False
        small = line.size < self.settings.body_size_share * self.body_size
        # In a page's text column, beside the labels, only small print is a note.
        if line.text.startswith(_NOTE_MARKS) and (not split or line.x0 < split or small) and (small or not label_text):
            self._in_notes = True
        elif self._in_notes and not _note_runs_on(project.notes[-1], line) and (
                not small or (line.page != project.notes[-1].page
                              and not _note_goes_on(project.notes[-1], line, self.layouts[line.page]))
                or line.top - project.notes[-1].bottom > _NOTES_APART_EM * line.size):
            # Footnotes are small print on their own page: body-size text, or a new page,
            # is the document again (a field that goes on after a page-bottom footnote),
            # but for the next line of a note in the text's own type. Small print far below
            # them is not theirs (a table's header in its smaller type).
            self._in_notes = False
        if self._in_notes and not self.labels.match(label_text):
            project.notes.append(line)
            return True
        self._in_notes = False
        return False

    def _at_a_theme(self, line: Line) -> bool:
        """Is the line a theme's heading (which may open an interlude before its projects)?"""
        if not self._theme_heading(line):
            return False
        self._interlude = self._opens_another_theme(line)
        return True

    def _opens_another_theme(self, line: Line) -> bool:
        """Does the theme's heading open a theme other than the project's before it (a
        chapter, whose introduction up to its first project is no project's)? Not where it
        names that project's own theme again (a running head over its pages)."""
        if self._interlude:
            return True
        before = self.projects[-1].theme if self.projects else ""
        theme = squash(strip_numbering(line.text))
        ahead = bisect_right(self._starts_ahead, (line.page, line.top, "\uffff"))
        opens = bool(before) and theme != squash(strip_numbering(before)) \
            and ahead < len(self._starts_ahead) and self._starts_ahead[ahead][2] == theme
        if opens:
            self._close_region()
            self._take_back_its_kicker(self.projects[-1], line)
        return opens

    def _take_back_its_kicker(self, project: _ProjectDraft, heading: Line) -> None:
        """A part's number set right over its heading ("Hoofdstuk 3" over a theme, "Artikel 13."
        over the closing provisions), read into the project before as its last words: the part's."""
        if not project.fields or not project.fields[-1].lines:
            return
        lines = project.fields[-1].lines
        if lines[-1].page != heading.page or not PART_NUMBER.fullmatch(lines[-1].text.strip()) \
                or not 0 <= heading.top - lines[-1].bottom <= self.settings.theme_gap_em * heading.size:
            return
        lines.pop()
        kept = [ln for fd in project.fields for ln in (*fd.label_lines, *fd.lines)] + project.notes + [project.heading]
        if not any(ln.page == heading.page for ln in kept):
            project.pages.discard(heading.page)

    def _theme_heading(self, line: Line) -> bool:
        """A theme set as a heading of its own where it changes ("B. Arbeidsmarkt & Talent"),
        apart from the titles under it."""
        heading = line.bold or line.size >= self.settings.heading_size_share * self.body_size
        return heading and squash(strip_numbering(line.text)) in self._themes

    def _on_a_band(self, line: Line) -> bool:
        """A sidebar's line that is no project's heading: the title set again on the project's
        later pages, the theme, the document's name, a rail of the projects to go to."""
        layout = self.layouts[line.page]
        return bool(layout.bands) and id(line) not in self.structure.heading_lines \
            and any(PageLayout.within(line, band) for band in layout.bands)

    def _repeats_heading(self, project: _ProjectDraft, line: Line) -> bool:
        """At the top of a later page, the project's title set as a heading again, or its
        theme: a running title ("Skills Twente (vervolg)"). The title in heading type that
        says it goes on is one anywhere (the next card's strip on the same page)."""
        layout = self.layouts[line.page]
        if project.heading_lines and self._title_going_on(project, line):
            return True
        if project.heading_lines and project.theme and squash(line.text) == squash(project.theme):
            # The theme over that title, on the same slide or card.
            below = next((o for o in layout.lines if o.top > line.top and o.x0 < line.x1 and line.x0 < o.x1), None)
            if below is not None and below.top - line.bottom <= self.settings.theme_gap_em * line.size \
                    and self._title_going_on(project, below):
                return True
        if line.page == project.heading.page or not project.heading_lines \
                or line.top > 1.5 * self.settings.furniture_margin(layout.width, layout.height):
            return False
        text = squash(_CONTINUED.sub("", line.text))
        title, theme = squash(project.title), squash(project.theme)
        # In heading type, or in small type over everything else on the page (a running title)
        # or right over the page's heading (a slide's kicker over its title).
        small = line.size < self.body_size - self.settings.other_type_pt
        heading = line.bold or line.size >= self.settings.heading_size_share * self.body_size \
            or (small and all(other.top >= line.bottom - 1 for other in layout.lines if other is not line)) \
            or (small and self._over_a_heading(line))
        # Title and theme side by side, a gap between, in either order, are a running header in
        # any type (a theme in tracked capitals may show gaps of its own).
        both = bool(theme) and text in (title + theme, theme + title) and len(line.segments()) >= 2
        # The title after what the page is ("Uitvouwblad – <title>", "Bijlage: <title>").
        named = heading and names_the_title(line.text, title)
        counted = heading and squash(_FRAME_COUNT.sub("", line.text)) == title
        return bool(text) and (text == theme or both or named or (heading and text == title) or counted)

    def _over_a_heading(self, line: Line) -> bool:
        below = next((o for o in self.layouts[line.page].lines if o.top > line.top and o.x0 < line.x1 and line.x0 < o.x1), None)
        return below is not None and below.top - line.bottom <= line.size \
            and below.size > line.size + self.settings.other_type_pt \
            and (below.bold or below.size >= self.settings.heading_size_share * self.body_size)

    def _title_going_on(self, project: _ProjectDraft, line: Line) -> bool:
        return bool(GOES_ON.search(line.text)) and squash(GOES_ON.sub("", line.text)) == squash(project.title) \
            and (line.bold or line.size >= self.settings.heading_size_share * self.body_size)

    def _note_aside(self, project: _ProjectDraft, line: Line) -> None:
        """A box beside the text (a fact box) is read as a whole where it starts; the text it
        interrupted goes on after it."""
        aside = self.layouts[line.page].aside_of(line)
        if aside is not None and self._aside is None:
            self._interrupted = project.fields[-1] if project.fields else None
        elif aside is None and self._aside is not None:
            self._resume, self._interrupted = self._interrupted, None
        self._aside = aside

    def _label_goes_on(self, draft: _FieldDraft, line: Line) -> Line | None | Literal[False]:
        """A label whose remark in parentheses wraps onto the next line ("Structureel karakter
        (Hoe verder zonder" over "rijksbijdrage). De middelen ..."): its bold words up to the
        closing parenthesis finish the label; the text after them is the field's. False where
        the line does not go on with the label."""
        for i, word in enumerate(line.words):
            if not word.bold:
                return False
            if ")" in word.text:
                draft.label = f"{draft.label} {join_words(line.words[:i + 1]).rstrip('.:')}"
                rest = line.words[i + 1:]
                return Line(line.page, rest, line.space) if rest else None
        return False

    def _side_by_side(self, project: _ProjectDraft, line: Line, label_text: str) -> bool:
        """Fields set side by side: a line of labels only ("Projectnaam   Betrokken partijen"),
        each label's text below it in its own column, until a line runs across the columns,
        a label comes or the page ends."""
        segments = line.segments(gap=self.settings.column_gap_em * line.size)
        if not label_text and len(segments) >= 2 and all(self.labels.whole(join_words(seg)) for seg in segments):
            if project.fields:
                project.fields[-1].label_closed = True
            starts = [seg[0].x0 for seg in segments]
            drafts = [_FieldDraft([], label=join_words(seg).rstrip(":").strip(), label_closed=True, label_line=line)
                      for seg in segments]
            project.fields.extend(drafts)
            self._side = (line, starts, drafts)
            return True
        if self._side is None:
            return False
        last, starts, drafts = self._side
        bounds = starts[1:]
        crosses = any(w.x0 < b - 1 < w.x1 for w in line.words for b in bounds)
        if line.page != last.page or crosses or label_text or self._own_label(line) \
                or line.top - last.bottom > 2 * self.settings.paragraph_gap_share * line.size:
            self._side = None
            return False
        for k, draft in enumerate(drafts):
            lo, hi = starts[k] - 1, bounds[k] - 1 if k < len(bounds) else float("inf")
            words = [w for w in line.words if lo <= w.x0 < hi]
            if words:
                draft.lines.append(Line(line.page, words, line.space))
        self._side = (line, starts, drafts)
        return True

    def _field_line(self, project: _ProjectDraft, line: Line, label_text: str, split: float | None) -> None:
        fields = project.fields
        if self._side_by_side(project, line, label_text):
            return
        resume, self._resume = self._resume, None
        if resume is not None and not label_text and not self._own_label(line) and any(f is resume for f in fields):
            fields[:] = [f for f in fields if f is not resume] + [resume]
            resume.label_closed = True
        if fields and fields[-1].label and fields[-1].label.count("(") > fields[-1].label.count(")") \
                and not fields[-1].lines and (rest := self._label_goes_on(fields[-1], line)) is not False:
            if rest is not None:
                fields[-1].lines.append(rest)
            return
        if not label_text and (own := self._own_label(line)):
            label, rest = own
            if fields:
                fields[-1].label_closed = True
            fields.append(_FieldDraft([], label=label, label_closed=True, label_line=line))
            if rest is not None:
                fields[-1].lines.append(rest)
            return
        if not split and self._labels_its_text(line, answer=True) and _label_in_its_own_type(line, self.settings) \
                and not self._right_of_the_text(fields, line):
            self._field_set_apart(project, line)  # a grid's row: a label and its answer
            return
        # (a label begun on the line above goes on here: "Structureel" over "karakter", beside
        # justified text whose stretched spaces part it as cells are parted)
        if label_text and fields and split and not self.labels.match(label_text) \
                and (_cells_beside(line, split) or self._row_goes_on(fields[-1], line, split)) \
                and not self._label_wraps_under(line, label_text, split) \
                and (fields[-1].label_closed or not self._continues_label(fields[-1], line)):
            # A row of a table set across the label column (a grid of rows, as a spreadsheet
            # prints one): its first cell is a row label, not a field's.
            self._across_labels.add(id(line))
            fields[-1].lines.append(line)
            return
        if label_text and fields and self._wraps_a_row_label(fields[-1], line, label_text):
            self._across_labels.add(id(line))
            fields[-1].lines.append(line)
            return
        if label_text:
            current = fields[-1] if fields else None
            if current and not current.label_closed and self._continues_label(current, line):
                current.label_lines.append(line)
            else:
                if current:
                    current.label_closed = True
                fields.append(_FieldDraft([line]))
        elif fields:
            fields[-1].label_closed = True
        if not fields:
            fields.append(_FieldDraft([]))
        fields[-1].lines.append(line)

    @staticmethod
    def _right_of_the_text(fields: list[_FieldDraft], line: Line) -> bool:
        """Does the line start right of where the field before it starts on its page (a box
        of key facts in a panel beside the prose)?"""
        before = (fields[-1].label_line or next(iter(fields[-1].lines), None)) if fields else None
        return before is not None and before.page == line.page and line.x0 > before.x0 + 2 * line.size

    def _label_wraps_under(self, line: Line, label_text: str, split: float) -> bool:
        """Does the label column's text go on in the line right under, into a whole label
        ("Kosten en" over "financiering", a table's header beside the first)?"""
        under = self._line_under(line)
        if under is None:
            return False
        rest = join_words(under.words_between(-1e9, split))
        return bool(rest) and self.labels.match(f"{label_text} {rest}") is not None

    def _line_under(self, line: Line, gap_em: float | None = None) -> Line | None:
        """The page's next line, where it stands as close under as a paragraph's lines do (or
        ``gap_em`` ems)."""
        # (a line of two types' baselines, a label beside a table's header, reaches down into it)
        under = next((ln for ln in self.layouts[line.page].lines if ln.top > line.top + line.size / 2), None)
        gap = (gap_em if gap_em is not None else self.settings.row_gap_em) * line.size
        return under if under is not None and under.top - line.bottom <= gap else None

    def _row_above(self, current: _FieldDraft) -> Line | None:
        """The field's last line where it is a row of a table set across the label column."""
        above = current.lines[-1] if current.lines else None
        return above if above is not None and id(above) in self._across_labels else None

    def _row_goes_on(self, current: _FieldDraft, line: Line, split: float) -> bool:
        """A row of such a table with one amount beside its label, the other cells empty,
        under the table's rows (on this page or the one before)."""
        above = self._row_above(current)
        beside = [w for w in line.words if w.middle >= split]
        return above is not None and line.page - above.page <= 1 and bool(beside) and is_figure(join_words(beside))

    def _wraps_a_row_label(self, current: _FieldDraft, line: Line, label_text: str) -> bool:
        """The label of a table's row set across the label column, wrapped in its cell onto
        a line with nothing beside it: no field's label, though it stands where labels do."""
        above = self._row_above(current)
        return above is not None and above.page == line.page \
            and not self.labels.match(label_text) and line.top - above.bottom <= self.settings.row_gap_em * line.size \
            and not self.layouts[line.page].hrule_between(above.bottom, line.top, line.x0, line.x1)

    def _own_label(self, line: Line) -> tuple[str, Line | None] | None:
        """A label on a line of its own ("OPGAVE", "Partijen:", "Financiering."), or before a colon at the
        start of its text ("Partijen: Universiteit Twente, ..."), with the text after it."""
        split = self._split(line)
        if split is not None and line.x0 >= split:
            return None  # the page has a label column, and this is the text beside it
        text = strip_numbering(line.text)
        # A label starts with a capital: "partijen" alone is a header cell's second line
        # ("Publieke" over it), "cofinanciering:" a sentence wrapped there; one broken at a
        # stroke goes on below ("Opgaven /" over "Investeringen", a table's label column).
        # "Opgave (vervolg)" goes on with Opgave.
        if self.labels.whole(GOES_ON.sub("", text)) and text[:1].isupper() and not text.rstrip().endswith("/"):
            # A colon sets a label apart, as does a section's number ("1.2.3 Opgave").
            set_apart = line.bold or line.italic or line.tinted or text.isupper() or text.endswith(":") \
                or _SECTION_NUMBER.match(line.text) is not None \
                or line.size > self.settings.label_size_share * self.body_size or self.layouts[line.page].underlined(line)
            return (text.rstrip(":.").strip(), None) if set_apart else None
        if self._heads_numbered_labels(line):
            return text.strip(), None
        return self._run_in_label(line)

    def _heads_numbered_labels(self, line: Line) -> bool:
        """A form's section, numbered and set apart over its first label numbered under it
        ("2 Projectinhoud" over "2.1 Opgave"): a label of the fields under it, whatever it says."""
        number = _SECTION_HEAD.match(line.text)
        if number is None or not (line.bold or line.size > self.settings.label_size_share * self.body_size):
            return False
        under = self._line_under(line, self.settings.caption_gap_em)
        return under is not None and re.match(rf"{number[1]}\.1\.?\s", under.text) is not None \
            and self.labels.match(strip_numbering(under.text)) is not None

    def _run_in_label(self, line: Line, strict: bool = False) -> tuple[str, Line | None] | None:
        """A label that opens its text: before a colon ("Partijen: ..."), or set bold and
        ended by a full stop, by a dash one space on or by the text's own type ("**Partijen.**
        Universiteit Twente, ...", "**Opgave –** De regio ...", "**Partijen** Universiteit
        Twente"; a dash further on is a list's, after a label in a column of its own). ``strict``
        while the label columns are sought: a gap wider than a space is a column's."""
        words: list = []
        # A list whose items are the fields: "• Opgave: ...".
        start = 1 if len(line.words) > 1 and is_bullet(line.words[0].text) and line.words[1].bold else 0
        for i, word in enumerate(line.words[start:start + 6], start):
            words.append(word)
            after = line.words[i + 1] if i + 1 < len(line.words) else None
            dash = after is not None and after.text in _DASHES and after.x0 - word.x1 < 1.5 * line.size
            bold = all(w.bold for w in words)
            # The text's own type one space on, as wide as the line's other spaces where it is
            # justified (not a gap: that is a label column's).
            # On a page without a label column, as far as a run-in heading's em and a little more.
            gap = self.settings.label_gap_em if strict or self._splits.get(line.page) is not None else _RUN_IN_GAP_EM
            typed = after is not None and not after.bold and after.x0 - word.x1 < max(
                gap * line.size, 1.2 * _usual_space(line.words[i + 1:]))
            ends = ":" in word.text or (bold and ((word.text.endswith(".") and not (i == start and is_numbering(word.text)))
                                                  or dash)) \
                or (bold and typed and self.labels.whole(join_words(words)))
            if not ends:
                continue
            head, _, tail = join_words(words).rstrip(" ." + "".join(_DASHES)).partition(":")
            head = strip_numbering(head)  # "2. Partijen: ..." is the field Partijen, as on a line of its own
            # A label starts with a capital: "opgave:" is a sentence wrapped onto this line.
            if not self.labels.whole(head) or tail.strip() or not head[:1].isupper():
                return None
            rest = line.words[i + 2:] if dash and not word.text.endswith((".", ":")) else line.words[i + 1:]
            return head.strip(), Line(line.page, rest, line.space) if rest else None
        return None

    def _starts_field(self, line: Line, label_text: str) -> bool:
        """A label in the label column, or its first line where it wraps there ("Structureel"
        over "karakter"), or a label of its own elsewhere."""
        return bool(self.labels.match(label_text) or (label_text[:1].isupper() and self.labels.prefix(label_text))
                    or (not label_text and self._own_label(line)))

    def _continues_label(self, current: _FieldDraft, line: Line) -> bool:
        if not current.label_lines:
            return False
        previous = current.label_lines[-1]
        if previous.page != line.page or line.top - previous.bottom > self.settings.row_gap_em * line.size:
            return False
        split = self._split(line) or line.x1
        # (a rule under a table's header beside the label's first line parts no label)
        if self.layouts[line.page].hrule_between(previous.bottom, line.top, previous.x0, min(previous.x1, split)):
            return False
        so_far = " ".join(join_words(ln.words_between(-1e9, split)) for ln in current.label_lines)
        return not self.labels.match(so_far) or self.labels.prefix(so_far + join_words(line.words_between(-1e9, split)))

    # -- tables -------------------------------------------------------------------------

    def _caption_above(self, project: _ProjectDraft, head: list[Line]) -> Line | None:
        """A line naming a table ("Tabel 2.4 Leonardo") or its project ("Leonardo —
        Investeringen") right over it is its caption, not text; so is one that names a table
        over two lines, the second close under the first, and one that names a table or its
        unit last on the page before a table that opens its page."""
        first = head[0]
        lines = project.fields[-1].lines if project.fields else []
        above = lines[-1] if lines else None
        if len(lines) >= 2 and self._wraps_a_caption(lines[-2], lines[-1], first):
            below, over = lines.pop(), lines.pop()
            return Line(below.page, [*over.words, *below.words], below.space)
        if above is not None and above.page == first.page - 1 and is_caption(above):
            return lines.pop()  # (left at the foot of the page before by the page's break)
        # (a line of figures alone names nothing: an amount wrapped under its cell's "€")
        if above is None or above.page != first.page or not any(c.isalpha() for c in above.text) \
                or not (names_table(above) or self._titles_a_table(above, lines, project.title)
                        or _unit_in_caption_type(above, self.body_size) or _caption_type(above, self.body_size)
                        or _heads_the_label_column(above, head)) \
                or not self._right_over(above, first):
            return self._caption_read_before(head)
        return lines.pop()

    def _titles_a_table(self, line: Line, lines: list[Line], title: str) -> bool:
        """A short line that names the project, or one set bold in a field of other type,
        that does not end like a sentence or a label ("Opgaven/Investeringen")."""
        if len(line.words) > 12 or line.text.rstrip().endswith((".", ":")) or self.labels.whole(line.text):
            return False
        return squash(title) in squash(line.text) or (
            len(line.words) <= 6 and line.bold and not all(ln.bold for ln in lines) and not has_values(line, line.x0))

    def _right_over(self, caption: Line, first: Line) -> bool:
        return caption.page == first.page and 0 <= first.top - caption.bottom <= self.settings.caption_gap_em * caption.size

    def _caption_read_before(self, head: list[Line]) -> Line | None:
        """A caption right over a table set across the text columns, which the reading order
        gave to the foot of the column above it: taken from the field that holds it."""
        x0, x1 = min(ln.x0 for ln in head), max(ln.x1 for ln in head)
        for project in reversed(self.projects[-2:]):
            for draft in project.fields:
                found = next((ln for ln in draft.lines if names_table(ln) and self._right_over(ln, head[0])
                              and ln.x0 < x1 and x0 - ln.size < ln.x1), None)
                if found is not None:
                    draft.lines.remove(found)
                    return found
        return None

    def _wraps_a_caption(self, over: Line, below: Line, first: Line) -> bool:
        return names_table(over) and not names_table(below) and over.page == below.page == first.page \
            and 0 <= below.top - over.bottom < 0.5 * below.size and abs(below.size - over.size) < 0.5 \
            and 0 <= first.top - below.bottom <= self.settings.caption_gap_em * below.size

    def _take_label_above(self, project: _ProjectDraft, line: Line) -> list[Line]:
        """Header lines just above the line that gave the table away were read as text:
        a label wrapped above it ("Opgaven/" over "Investeringen Totaal ..."), or a header
        cell set higher because it spans two header rows ("Publiek", a centred "Totaal")."""
        if not project.fields:
            return []
        # The field whose text ends right above it: a box read before the table (a card beside
        # the one the text was in) may have taken the last field's place. A field ending higher
        # in the text column beside is not over it.
        layout = self.layouts[line.page]
        last = max((f for f in project.fields if f.lines and f.lines[-1].page == line.page and f.lines[-1].top < line.top
                    and not _in_other_text_columns(layout, f.lines[-1], line)),
                   key=lambda f: f.lines[-1].bottom, default=project.fields[-1])
        band = self._header_band(line)
        split = self._split(line) or _values_side(band)
        grid = [box for _, box in self._grids_at(line)]  # the ruled frame the header line stands in
        taken: list[Line] = []
        top = line.top
        while last.lines:
            above = last.lines[-1]
            label_only = not above.words_between(split, 1e9)
            # Beside a field's label, only the words right of it may be the table's.
            segs = [seg for seg in above.segments() if seg[-1].x1 > split] or above.segments()
            # Column words, after the start of the table's own label ("Opgaven / ... Overig").
            at_labels = segs[0][0].x0 < line.x0 + 8
            cells = [] if at_labels and len(segs) == 1 and _leads_in(Line(above.page, segs[0], above.space)) else \
                segs[1:] if len(segs) > 1 and at_labels else segs
            rest = [w for seg in cells for w in seg]
            # The label column's head broken at its stroke ("Opgaven /" over "Investeringen").
            broken_head = at_labels and len(segs) == 1 and join_words(segs[0]).endswith("/")
            group = bool(rest) and colmap.group_of(join_words(rest)) is not None
            header_words = bool(rest) and (all(map(_names_a_column, cells)) or group
                                           or broken_head or _over_its_cells(rest, band, split, self.settings))
            only_label_lines = all(not ln.words_between(split, 1e9) for ln in last.lines)
            gap = top - above.bottom
            # Header rows printed on one shaded band belong together however padded they are.
            one_band = _shaded_between(layout, above, line)
            in_its_type = _in_the_headers_type(above, line, last)
            # Below it: the end of the facing page; the last line of a paragraph is text.
            if above.page != line.page or above.top >= top or _ends_a_paragraph(above, last.lines) \
                    or _ends_the_text_over(above, last.lines, gap) \
                    or self._whole_label_of(last, above) or not (
                    ((header_words or in_its_type) and (gap <= self.settings.table_line_gap_em * line.size or one_band))
                    # a group's name over its members' labels, set higher than a header's lines are apart
                    or (group and not at_labels and gap <= self.settings.caption_gap_em * line.size)
                    or (label_only and only_label_lines and gap <= self.settings.row_gap_em * line.size
                        and not any(above.x0 < box[0] - 2 for box in grid))  # text beside the frame is no label in it
                    or (centred_in(above, grid) and not _a_sentence(above))):
                break
            taken.insert(0, last.lines.pop())
            if last.label_lines and last.label_lines[-1] is above:
                if self._label_stays(last, taken, split):
                    break
                last.label_lines.pop()
            top = above.top
        # A label over its text stays, its text the table, as does one beside the grid it labels.
        if not last.lines and not last.label_lines and last.label_line is None:
            project.fields[:] = [f for f in project.fields if f is not last]
        return taken

    def _whole_label_of(self, field: _FieldDraft, line: Line) -> bool:
        """Is the line the last of the field's label, a whole one ("Financiële" over
        "onderbouwing" in the label column, the table its text)? It is no table's label."""
        return bool(field.label_lines) and field.label_lines[-1] is line \
            and self.labels.whole(" ".join(ln.text for ln in field.label_lines))

    def _label_stays(self, field: _FieldDraft, taken: list[Line], split: float) -> bool:
        """The field's whole label beside the header's upper cells on the line taken: it stays
        the field's, empty of prose, and the rest of its line is the header's."""
        line = taken[0]
        words, cells = line.words_between(-1e9, split), line.words_between(split, 1e9)
        if not (cells and self.labels.whole(join_words(words))):
            return False
        label = Line(line.page, words, line.space)
        taken[0] = Line(line.page, cells, line.space)
        field.lines.append(label)
        field.label_lines[-1] = field.label_line = label
        field.label_closed = True
        return True

    def _header_band(self, opener: Line) -> list[Line]:
        """The line that opened a table and the header lines right under it, without values:
        a header whose cells are set over two lines and centred has its one-line cells on a
        line of their own between the two lines of the others."""
        lines = self.layouts[opener.page].lines
        band = [opener]
        at = _place_on_page(lines, opener)
        for below in lines[at + 1:]:
            if below.top - band[-1].bottom > self.settings.table_line_gap_em * below.size \
                    or has_values(below, self._value_x(below)):
                break
            band.append(below)
        return band

    def _close_region(self) -> None:
        gathering, self._table = self._table, None
        self._label_by_table = None
        if gathering is None or not self.projects:
            return
        project = self.projects[-1]
        table, warnings = gathering.read(project.title)
        self.warnings.extend(_about(project.title, warnings) if table is not None else warnings)
        if table is not None:
            # Read on its page with the header lines over it, the table may say what it counts
            # ("Number of teachers": Total, Public, Private): then it holds no money.
            if table.funding and any((page, tuple(c.label for c in table.columns)) in self._counted for page in table.pages):
                table = table.model_copy(update={"funding": False})
            project.tables.append(table)

    def _value_x(self, line: Line) -> float:
        split = self._split(line)
        return split if split else line.x0

    # -- results ------------------------------------------------------------------------

    def projects_out(self) -> list[Project]:
        form = self._form_text()
        for fd in (fd for p in self.projects for fd in p.fields):
            fd.lines = [ln for ln in fd.lines if id(ln) not in form]
        built = [self._project(p) for p in self.projects]
        _endnotes_to_their_marks(built)
        annexes = {id(b) for b, draft in zip(built, self.projects) if id(draft) in self._annexes}
        projects = _tables_to_named_projects(built, annexes, self._place)
        self._floats_to_named_projects(projects)
        for project in projects:
            _in_number_order(project)
        _page_notes_to_their_marks(projects, self.layouts, self._furniture)
        return projects

    def _form_text(self) -> set[int]:
        """The lines a form prints round its answers, in a type other than the answer's: the
        help under a question, the same in every project's field of that label (not a table's
        header, the same over every project's table), and a counter of the answer's length
        ("1.234 / 3.000 tekens")."""
        seen: dict[tuple[str, str], set[int]] = {}
        candidates: list[tuple[tuple[str, str], Line]] = []
        form: set[int] = set()
        opening: Counter[tuple[float, bool, bool, bool]] = Counter()  # the types the fields' text opens with
        answered = 0
        for number, project in enumerate(self.projects):
            for fd in project.fields:
                label = squash(self._label(fd))
                leading = {id(ln) for ln in fd.lines[:4]}
                answered += len(fd.lines) >= 2  # (a help line and an answer under it)
                opens: set[tuple[float, bool, bool, bool]] = set()
                # (in other type than the field's answer, or than the document's text where
                # the help is longer than a short answer under it)
                for line in _in_other_type(fd.lines, self.settings, self.body_size):
                    if _COUNTER.fullmatch(line.text.strip()):
                        form.add(id(line))
                    elif id(line) in leading and not centred_in(line, self._table_boxes.get(line.page, ())):
                        key = (label, squash(line.text))
                        seen.setdefault(key, set()).add(number)
                        candidates.append((key, line))
                        opens.add(_kind(line))
                opening.update(opens)
        needed = max(2, len(self.projects) // 3)
        # The help's type, learnt where it repeats, tells it under a question asked once. A
        # single application asks each question once: its help's type opens nearly every field.
        kinds = {_kind(line) for key, line in candidates if len(seen[key]) >= needed}
        if len(self.projects) == 1:
            kinds |= {kind for kind, n in opening.items() if n >= max(_FORM_FIELDS, _FORM_SHARE * answered)}
        return form | {id(line) for _, line in candidates if _kind(line) in kinds}

    def _floats_to_named_projects(self, projects: list[Project]) -> None:
        """A table the walk did not take (set across the text columns, where the reading order
        puts it among another project's text) whose caption names a project is that project's,
        read as its tables are, in its place among them by page and height. A scale the
        project's text states apart ("bedragen x € 1.000") is that of the one float it gets
        without a scale of its own whose amounts so scaled stay within what a project costs:
        one written in full euros ("3.450.000") beside it is not in thousands."""
        titles = sorted(((squash(p.title), p) for p in projects if p.title), key=lambda item: -len(item[0]))
        unscaled: dict[int, tuple[Project, list[FundingTable]]] = {}
        held = [(c.provenance.page, c.provenance.bbox) for p in projects for t in p.tables for r in t.rows for c in r.cells
                if c.provenance and c.provenance.bbox]
        for table in self._page_tables:
            owner = next((p for title, p in titles if title in squash(table.caption or "")), None)
            x0, top, x1, bottom = table.bbox
            if owner is None or any(page == table.page and x0 <= (b[0] + b[2]) / 2 <= x1 and top <= (b[1] + b[3]) / 2 <= bottom
                                    for page, b in held):
                continue
            found = self._region_of(table)
            read = read_region(self.layouts[table.page], found, table.id, self.settings, investment=None) if found else None
            if not isinstance(read, Table):
                continue
            given = FundingTable(**{**{name: getattr(read, name) for name in FundingTable.model_fields},
                                    "provenance": Provenance(page=table.page, bbox=table.bbox)})
            if any(_same_figures(t, given) for t in owner.tables):
                continue  # a repeat of the project's own table (an annex of budgets)
            if given.scale is None:
                unscaled.setdefault(id(owner), (owner, []))[1].append(given)
            owner.tables.append(given)
            owner.tables.sort(key=self._place)
            if owner.pages and owner.pages[0] <= table.page <= owner.pages[-1] + 1:
                owner.pages = sorted({*owner.pages, table.page})
        for owner, floats in unscaled.values():
            scale = _scale_stated_apart(owner)
            fitting = [t for t in floats if scale is not None and all(
                abs(c.amount.value) * scale < _MOST_A_PROJECT_COSTS for r in t.rows for c in r.cells if c.amount)]
            if len(fitting) == 1:
                fitting[0].scale = scale

    def _project(self, draft: _ProjectDraft) -> Project:
        fields: list[Field] = []
        nested: list[tuple[int, FundingTable]] = []
        for fd in self._without_fact_boxes(self._without_pull_quotes(self._continued(draft.fields))):
            if not fd.lines and fd.label_line is None:
                continue  # its one line was a table's caption
            label = self._label(fd)
            prose, tables = self._split_nested(fd, label, draft.title)
            first = fd.label_line or fd.lines[0]
            nested.extend((first.page, t) for t in tables)
            pages = sorted({ln.page for ln in fd.lines}) or [first.page]
            text, spans = _paragraphs(prose, self.settings, self.hyphenation)
            if not text and (not label or any(squash(f.label) == squash(label) for f in fields)):
                # the label again over tables alone (a page of the budgets headed so): the field's
                # still; no label over tables alone: no field (a form's block over the title)
                continue
            self.warnings += [ExtractionWarning(
                code="number-out-of-range", page=first.page,
                message=f"{draft.title}, field '{label}': '{abbreviated(number)}' has more digits than any amount; it is "
                        "read as text") for number in too_long_numbers(text)]
            fields.append(Field(label=label, text=text, pages=pages, lines=spans,
                                provenance=Provenance(page=first.page, bbox=_box(first))))
        if not draft.tables:
            # A project without a table of its own whose funding table stands in a field's text
            # (after "Inzet en co-financiering", under a header the column test did not know):
            # that table is the project's.
            funding = next((t for _, t in nested if t.funding), None)
            if funding is not None:
                funding.field = None
        ordered = sorted(nested + [(t.pages[0] if t.pages else 0, t) for t in draft.tables],
                         key=lambda item: self._place(item[1], item[0]))
        page = draft.heading.page
        return Project(
            theme=self.hyphenation.mended(draft.theme, page), title=self.hyphenation.mended(draft.title, page),
            fields=fields, tables=budget_parts(self._parts_joined([t for _, t in ordered])),
            notes=read_footnotes(draft.notes, typed=_typed_openings(draft.notes)), pages=sorted(draft.pages),
            provenance=Provenance(page=page, bbox=_box(draft.heading)),
        )

    def _parts_joined(self, tables: list[FundingTable]) -> list[FundingTable]:
        """The parts of a table printed pages across (its other columns on the next page,
        beside its row labels again), or broken from one text column into the next, as the
        one table they are."""
        out: list[FundingTable] = []
        for table in tables:
            joined = joined_across(out[-1], table, self.aliases) if out else None
            if joined is not None:
                out[-1] = joined
            elif out and (self._goes_on_in_the_next_column(out[-1], table) or self._goes_on_over_the_page(out[-1], table)):
                out[-1] = _going_on_with(out[-1], table)
            elif (k := self._broken_by_floats(out, table)) is not None:
                out[k] = _going_on_with(out[k], table)
            else:
                out.append(table)
        return out

    def _broken_by_floats(self, out: list[FundingTable], table: FundingTable) -> int | None:
        """The table read before whose rows ``table`` goes on, over pages between them that the
        tables read between hold (figures placed on pages of their own where the text broke)."""
        for k in range(len(out) - 2, -1, -1):
            before, floats = out[k], out[k + 1:]
            if not (before.pages and table.pages):
                return None
            gap = set(range(before.pages[-1] + 1, table.pages[0]))
            if not gap or not all(f.pages and set(f.pages) <= gap for f in floats):
                return None
            if {page for f in floats for page in f.pages} == gap \
                    and self._goes_on_over_the_page(before, table, over=len(gap) + 1):
                return k
        return None

    def _goes_on_over_the_page(self, before: FundingTable, table: FundingTable, over: int = 1) -> bool:
        """A table that ends its page in its column, without a total or notes, and one under
        the same column labels and caption that the next page opens: the table, its header
        repeated, though text in a column beside it was read between the two (a dashboard's).
        The part may leave the header out (a grid in a form's cell): as many columns, none
        labelled, and no caption of its own."""
        headless = len(table.columns) == len(before.columns) and not any(c.label for c in table.columns) \
            and table.caption is None
        headed_alike = _captioned_alike(before.caption, table.caption, below=not self._captions_above) \
            and [c.label for c in before.columns] == [c.label for c in table.columns]
        if before.footnotes or before.total_row is not None or not (headless or headed_alike) \
                or not before.pages or table.pages[:1] != [before.pages[-1] + over]:
            return False
        ends = _box_on(before, before.pages[-1])
        return ends is not None and not any(id(ln) not in self._furniture and _across(ln, ends) and ln.top > ends[3] + 1
                                            for ln in self.layouts[before.pages[-1]].lines)

    def _goes_on_in_the_next_column(self, before: FundingTable, table: FundingTable) -> bool:
        """A table that ends one text column, without a total or notes, and one under the same
        column labels that opens the next column of the page, with no text after the one or
        before the other in its column (a title across the columns over them is in neither, nor
        is the project's title set again over the next card, "(vervolg)"). The part that goes
        on may leave its header out: as many columns, none labelled."""
        headless = len(table.columns) == len(before.columns) and not any(c.label for c in table.columns)
        if before.footnotes or before.total_row is not None \
                or ([c.key for c in before.columns] != [c.key for c in table.columns] and not headless):
            return False
        if not (before.pages and table.pages and before.pages[-1] == table.pages[0]):
            return False
        page = table.pages[0]
        ends, starts = _box_on(before, page), _box_on(table, page)
        if ends is None or starts is None or starts[0] < ends[2] - 1 or starts[1] >= ends[3]:
            return False  # the part goes on right of the first, higher up: in the next column
        layout, apart = self.layouts[page], self._furniture | self._running_titles
        return not any(id(ln) not in apart and not _across_columns(layout, ln.bbox)
                       and (_across(ln, ends) and ln.top > ends[3] + 1 or _across(ln, starts) and ln.bottom < starts[1] - 1)
                       for ln in layout.lines)

    def _place(self, table: FundingTable, page: int = 0) -> tuple[int, tuple]:
        """Where the table stands in the order the pages are read."""
        where = table.provenance
        if not (where and where.bbox):
            return (table.pages[0] if table.pages else page), ()
        layout = self.layouts.get(where.page)
        return where.page, layout.reading_key(Area(*where.bbox)) if layout else (where.bbox[1],)

    def _continued(self, drafts: list[_FieldDraft]) -> list[_FieldDraft]:
        """A field whose label says it goes on ("Opgave (vervolg)": a box cut at the foot of a
        page and carried on under its label again) is the rest of the field of that label; so
        is its label again over nothing but a table (a fold-out page's budget)."""
        kept: list[_FieldDraft] = []
        by_label: dict[str, _FieldDraft] = {}
        for fd in drafts:
            label = self._label(fd)
            if fd.lines and GOES_ON.fullmatch(fd.lines[0].text):  # the mark wrapped under a long label
                label, fd.lines = f"{label} {fd.lines[0].text}", fd.lines[1:]
            base = GOES_ON.sub("", label)
            earlier = by_label.get(squash(base)) if base != label or not fd.lines else None
            if earlier is None:
                by_label.setdefault(squash(label), fd)
                kept.append(fd)
            else:
                earlier.lines += fd.lines
        return kept

    def _without_pull_quotes(self, drafts: list[_FieldDraft]) -> list[_FieldDraft]:
        """A passage in a larger type of another colour that repeats the project's own text
        word for word is a pull quote: decoration, left out where it interrupts a field."""
        for fd in drafts:
            runs: list[list[int]] = []
            for i, line in enumerate(fd.lines):
                if all(in_display_type(w, self.body_size, self.settings) for w in line.words):
                    if runs and runs[-1][-1] == i - 1:
                        runs[-1].append(i)
                    else:
                        runs.append([i])
            for inside in ({id(fd.lines[i]) for i in run} for run in runs):
                quote = squash(" ".join(ln.text for ln in fd.lines if id(ln) in inside).strip(_QUOTE_MARKS))
                rest = squash(" ".join(ln.text for f in drafts for ln in f.lines if id(ln) not in inside))
                if len(quote) >= 20 and quote in rest:
                    fd.lines = [ln for ln in fd.lines if id(ln) not in inside]
        return drafts

    def _without_fact_boxes(self, drafts: list[_FieldDraft]) -> list[_FieldDraft]:
        """A box beside the text holding a few words, one of them in large type, all of them
        words of the project's own text ("29 bedrijven / betrokken bij AMP") repeats the text
        as decoration: left out where it interrupts a field."""
        boxes: dict[int, list[Line]] = {}
        for line in (ln for fd in drafts for ln in fd.lines):
            box = self.layouts[line.page].aside_of(line)
            if box is not None:
                boxes.setdefault(id(box), []).append(line)
        for lines in boxes.values():
            words = [w for ln in lines for w in ln.words]
            inside = {id(ln) for ln in lines}
            text = {_word_key(w.text) for fd in drafts for ln in fd.lines if id(ln) not in inside for w in ln.words}
            if len(words) <= 10 and max(w.size for w in words) >= 1.5 * self.body_size \
                    and all(_word_key(w.text) in text for w in words):
                for fd in drafts:
                    fd.lines = [ln for ln in fd.lines if id(ln) not in inside]
        return drafts

    def _label(self, fd: _FieldDraft) -> str:
        if fd.label is not None:
            return fd.label
        text = ""
        for line in fd.label_lines:
            part = join_words(line.words_between(-1e9, self._split(line) or line.x1))
            # A label wrapped at its hyphen ("Inzet en co-" / "financiering") is one word.
            text += part if not text or text.endswith("-") or not part else " " + part
        # (a colon ends a label typed before a tab to its text: "Partijen:<tab>..."; a form
        # numbers its questions in a column before them: "2.2 | Betrokken partijen")
        return strip_numbering(text.rstrip().removesuffix(":").rstrip())

    def _split_nested(self, fd: _FieldDraft, label: str, title: str) -> tuple[list[Line], list[FundingTable]]:
        """Separate the tables standing inside a field's text from the prose around it: the
        same finder and reader as for any table, on the field's text beside its label."""
        split_of = lambda ln: self._split(ln) or ln.x0  # noqa: E731
        content = [c for ln in fd.lines
                   if (c := ln if id(ln) in self._across_labels else _content_line(ln, split_of(ln))) is not None]
        in_table: set[int] = set()
        regions = self._written_out_tables(content, label, in_table)  # lists may go on over a page
        for page in sorted({ln.page for ln in content if id(ln) not in in_table}):
            before = regions[-1][0] if regions else None
            on_page = [ln for ln in content if ln.page == page and id(ln) not in in_table]
            for found in find_tables(self.layouts[page], on_page, self.settings):
                titled = self._title_over(content, found.lines[0], in_table, title)
                if found.caption is None:
                    found.caption = _caption_before(content, found.lines[0], in_table) or titled \
                        or self._small_caption_over(content, found.lines[0], in_table)
                over = found.caption or self._line_right_over(content, found.lines[0], in_table)
                # A caption that names the table ("Tabel 2. Kostenpost") is the table's; a
                # line that states its unit ("bedragen x € 1.000") stays in the text too,
                # unless it is set in a caption's smaller type.
                named = [found.caption] if found.caption and (names_table(found.caption) or found.caption is titled
                                                              or _unit_in_caption_type(found.caption, self.body_size)
                                                              or _caption_type(found.caption, self.body_size)) else []
                in_table.update(id(ln) for ln in [*found.lines, *found.footnotes, *named])
                self._begun_before(found, content, in_table, page)
                previous = regions[-1][0] if regions else None
                # (its header again, maybe without the upper lines a page took as its running header:
                # a group's label over the columns at the top of every page a table breaks onto)
                said = [_plain(ln.text) for ln in previous.header] if previous is not None else []
                repeated = bool(found.header) and [_plain(ln.text) for ln in found.header] == said[len(said) - len(found.header):]
                if previous is not None and _continues_over_page(previous, found, content, in_table, repeated):
                    if repeated:
                        previous.repeated.extend(found.header)
                    if not (repeated and columns_moved_apart(previous.header, found.header)):
                        previous.cuts = _cuts_of_both(previous, found)
                    previous.body.extend(found.body if repeated else found.lines)
                    previous.footnotes.extend(found.footnotes)
                    continue
                regions.append((Region(header=found.header, body=found.body, footnotes=found.footnotes, x0=found.box[0],
                                       x1=found.box[2] + 1, pages=self.layouts, field_label=label, cuts=found.cuts,
                                       form=found.form, aliases=self.aliases, settings=self.settings,
                                       caption=over.text if over else ""), found))
            if before is not None:
                self._taken_at_page_top(before, content, in_table, page)
        tables = self._parts_joined([table for region, found in sorted(regions, key=lambda pair: _first_place(pair[0]))
                                     for table in self._read_in_field(region, found, in_table, title, label)])
        prose = [ln for ln in content if id(ln) not in in_table]
        _unit_from_text(tables, prose)  # the unit the text states is the whole table's
        return prose, tables

    def _read_in_field(self, region: Region, found: TableRegion, in_table: set[int], title: str,
                       label: str) -> Iterator[FundingTable]:
        """The tables a region in a field's text draws; the lines of one that cannot be read go
        back to the text."""
        for part in drawn_as_one(region):
            try:
                table = build_table(part, investment=None)
            except Exception as exc:  # keep the text, say why the table is missing
                self.warnings.append(ExtractionWarning(code="table-unreadable", page=(part.header or part.body)[0].page,
                                                       message=f"{title}: table in field '{label}' could not be read ({exc})"))
                table = None
            if table is None:
                in_table.difference_update(id(ln) for ln in part.header + part.body + part.footnotes)
                continue
            describe(table, found)
            self.warnings.extend(_about(title, part.warnings))
            yield table

    def _taken_at_page_top(self, region: Region, content: list[Line], in_table: set[int], page: int) -> None:
        """The table that ended the page before takes what the page opens with of it: its rows
        going on, or its notes."""
        taken, rows = _going_on_at_page_top(region, content, in_table, page)
        in_table.update(map(id, taken))
        region.body.extend(rows)
        if notes := _notes_at_page_top(region, content, in_table, page, self.settings):
            in_table.update(map(id, notes))
            region.footnotes.extend(notes)

    def _begun_before(self, found: TableRegion, content: list[Line], in_table: set[int], page: int) -> None:
        """A table that began on the page before: its header and a row or two at that page's
        foot (see _begun_at_page_foot), or its header alone (see _header_left_at_page_foot)."""
        if start := _begun_at_page_foot(found, content, in_table):
            in_table.update(id(ln) for ln in start)
            found.body[:0] = start[len(found.header):]
        elif head := _header_left_at_page_foot(found, content, in_table, self.layouts[page]):
            in_table.update(map(id, head))
            found.header, found.body = head, found.header + found.body

    def _written_out_tables(self, content: list[Line], label: str, in_table: set[int]) -> list[tuple[Region, TableRegion]]:
        """Tables written out in the field's text, as lists or sentences (see finder.written_out);
        taken out of the text."""
        regions = []
        for found in written_out([ln for ln in content if id(ln) not in in_table], self.settings, label):
            in_table.update(id(ln) for ln in [found.caption, *found.lines, *found.footnotes] if ln is not None)
            regions.append((Region(header=[], body=found.body, footnotes=found.footnotes, x0=found.box[0], x1=found.box[2] + 1,
                                   pages=self.layouts, field_label=label, form=found.form, aliases=self.aliases,
                                   settings=self.settings), found))
        return regions

    def _small_caption_over(self, content: list[Line], first: Line, in_table: set[int]) -> Line | None:
        above = _line_before(content, first, in_table)
        return above if above is not None and self._right_over(above, first) and _caption_type(above, self.body_size) else None

    def _title_over(self, content: list[Line], first: Line, in_table: set[int], title: str) -> Line | None:
        """The field's line right over a table that titles it (see _titles_a_table)."""
        above = self._line_right_over(content, first, in_table)
        return above if above is not None and self._titles_a_table(above, content, title) else None

    def _line_right_over(self, content: list[Line], first: Line, in_table: set[int]) -> Line | None:
        """The field's line right over a table, which may say what the table holds (its caption,
        or the sentence that leads into it)."""
        above = _line_before(content, first, in_table)
        return above if above is not None and self._right_over(above, first) else None


_RUN_IN_GAP_EM = 1.5
_TITLE_WORDS = 12  # a title is a line of a few words, no paragraph's

# The most words of a line in small type over a table that is its caption, not a note.
_CAPTION_WORDS = 10


def toc_entry_not_found(entry: TocEntry) -> ExtractionWarning:
    return ExtractionWarning(code="toc-entry-not-found", page=entry.page,
                             message=f"contents entry '{entry.text}' (page {entry.page}): no heading with this text "
                                     "was found near that page, so it is not read as a project of its own")


def _caption_type(line: Line, body_size: float) -> bool:
    """A few words in smaller type than the text, no sentence, right over a table: its
    caption ("Opgaven/Investeringen   deel 1 van 2" over each part of a table printed in two)."""
    return line.size < body_size - 1 and _a_name(line)


def _a_name(line: Line, sentence_ends: tuple[str, ...] = (".", ":")) -> bool:
    """A few words, no sentence, no amount: a line that names something."""
    return len(line.words) <= _CAPTION_WORDS and not line.text.rstrip().endswith(sentence_ends) \
        and not has_values(line, line.x0)


def _captioned_alike(before: str | None, part: str | None, below: bool = False) -> bool:
    """The caption of a table's first part and of a part after it: the same, or the first's
    start again with a word that it goes on ("Tabel 1. Begroting (vervolg)"); where captions
    stand ``below`` their tables, the last part's alone (the whole table's)."""
    if before == part or (below and before is None):
        return True
    if not before or not part or not GOES_ON.search(part):
        return False
    opening = squash(GOES_ON.sub("", part))
    return bool(opening) and squash(before).startswith(opening)


def _heads_the_label_column(line: Line, header: list[Line]) -> bool:
    """A few words, no sentence, no list's item and no amount, wholly left of where the
    header's cells start: the head of the row labels' column ("Financieringsoverzicht"), on
    a line of its own over the header's."""
    return line.x1 < min(ln.x0 for ln in header) and _a_name(line, (".", ":", ";", ",")) \
        and not is_bullet(line.words[0].text)


def _unit_in_caption_type(line: Line, body_size: float) -> bool:
    """A line stating the unit ("bedragen in €") in smaller type than the text is its table's
    caption; in the text's own type it is a sentence of the text."""
    return is_caption(line) and not names_table(line) and line.size < body_size - 0.5


def _unit_from_text(tables: list[FundingTable], prose: list[Line]) -> None:
    """A line of its own that states the unit ("bedragen x € 1.000") in the text of a field
    with one table is that table's, wherever a page or slide break has put the table."""
    notes = [ln for ln in prose if is_caption(ln) and states_the_unit(ln)]
    if len(tables) == 1 and len(notes) == 1 and tables[0].scale is None:
        tables[0].scale, _ = stated_scale(notes[0].text)


# A form's count of an answer's length, under its box.
_COUNTER = re.compile(r"\d{1,3}(?:[.\s]\d{3})*\s*/\s*\d{1,3}(?:[.\s]\d{3})*\s*(?:tekens|karakters|woorden|characters|words)",
                      re.I)


# A type that opens the text of this many fields, and this share of them, is a form's help.
_FORM_FIELDS, _FORM_SHARE = 3, 0.75


def _kind(line: Line) -> tuple[float, bool, bool, bool]:
    return round(line.size, 1), line.bold, line.italic, line.tinted


def _in_the_headers_type(above: Line, header: Line, field: _FieldDraft) -> bool:
    """Is the line, read as the field's text, one of the header's cells set at another height
    (centred over the header's lines, the labels' line at its foot): in the header's own
    type, over text set in another, holding no amounts (a total's row in the header's bold)?"""
    return _kind(above) == _kind(header) and not _a_sentence(above) \
        and not any(is_figure(w.text) for w in above.words) and _in_another_type(field, header)


def _in_another_type(field: _FieldDraft, line: Line) -> bool:
    """Is the field's text, up to the lines in the line's type it ends with, set in other type?"""
    text = [ln for ln in field.lines if ln not in field.label_lines]
    while text and _kind(text[-1]) == _kind(line):
        text.pop()
    return bool(text) and 2 * sum(_kind(ln) != _kind(line) for ln in text) > len(text)


def _in_other_type(lines: list[Line], settings: Settings, body_size: float | None = None) -> list[Line]:
    """The lines set smaller, or in italics or another ink, than most of the field's lines;
    or, given the text's ``body_size``, smaller than the text and in italics or another ink."""
    if not lines:
        return []
    size = median(ln.size for ln in lines)
    most_italic = sum(ln.italic for ln in lines) > len(lines) / 2
    most_tinted = sum(ln.tinted for ln in lines) > len(lines) / 2
    return [ln for ln in lines if ln.size < size - settings.other_type_pt or (ln.italic and not most_italic)
            or (ln.tinted and not most_tinted)
            or (body_size is not None and ln.size < body_size - settings.other_type_pt and (ln.italic or ln.tinted))]


def _scale_stated_apart(project: Project) -> Decimal | None:
    """The scale a line of its own states ("bedragen x € 1.000") in the one field of the
    project that has such a line and no table of its own: that of a table set elsewhere."""
    stated = [(f.label, scale) for f in project.fields for span in f.lines
              if len((text := f.text[span.start:span.end]).split()) <= 6 and (scale := stated_scale(text)[0]) is not None]
    if len(stated) != 1 or stated[0][0] in {t.field for t in project.tables}:
        return None
    return stated[0][1]


_LABEL_COLUMN_REACH = 2  # pages either side
# More than any regional deal's project costs (a whole national round is about a billion):
# amounts that would reach it in the scale stated are written in full euros.
_MOST_A_PROJECT_COSTS = Decimal(10) ** 9


def _usual_space(words: list[Word]) -> float:
    gaps = [b.x0 - a.x1 for a, b in zip(words, words[1:])]
    return median(gaps) if gaps else 0.0


_CONTINUED = re.compile(r"\s*[(\[]?\s*(?:vervolg|continued|cont\.|vervolgd)\s*[)\]]?\s*$", re.I)
# A slide's title counted over the frames it breaks into: beamer's "Leonardo II".
_FRAME_COUNT = re.compile(r"\s+[IVX]{1,4}\s*$")


_DIGITS = str.maketrans(RAISED_DIGITS, "0123456789")


def _word_key(text: str) -> str:
    return text.strip(".,;:!?()'\"").casefold()


def _plain(text: str) -> str:
    """Text to compare a header printed again with: a digit may have been read as raised,
    and the label may say that the table goes on ("Activiteit (vervolg)")."""
    return "".join(_GOES_ON_MARK.sub("", text).translate(_DIGITS).split())


_GOES_ON_MARK = re.compile(r"[(\[]\s*(?:vervolg|vervolgd|continued|cont\.)\s*[)\]]", re.I)


def _shaded_between(layout: PageLayout, above: Line, below: Line) -> bool:
    """Is the line above printed on shading that runs on, unbroken, down to the line below
    (the cells of a shaded table header)?"""
    cell = layout.fill_behind(above)
    if cell is None:
        return False
    return any(f.x0 < above.x1 and above.x0 < f.x1 and f.top <= cell.bottom + 1 and f.bottom >= below.top
               for f in layout.fills)


_KICKER_WORDS = 2
_BACK_MATTER_WORDS = 4  # "Lijst van afkortingen", "3. Colofon"
# (capitalised, as a heading is: "bijlage toegevoegd." is a sentence's end wrapped)
_ANNEX = re.compile(r"(?:Bijlagen?|BIJLAGEN?|Annex|ANNEX|Appendix|APPENDIX)\b(?!.*\.$)")
_ANNEX_WORDS = 8  # "Bijlage 1 – Financiële overzichten per project"


def _label_in_its_own_type(line: Line, settings: Settings) -> bool:
    """Is the line's first run, a gap before the rest, set in other type than the rest (bold,
    in colour)? A label set apart so, not a justified line's first word before a wide space."""
    label, *rest = line.segments(gap=settings.label_gap_em * line.size)
    return set_apart_by_type(label, [w for seg in rest for w in seg])


def _boxes_by_page(tables: Sequence[Table]) -> dict[int, list[Box]]:
    boxes: dict[int, list[Box]] = {}
    for t in tables:
        if t.bbox is not None:
            boxes.setdefault(t.page, []).append(t.bbox)
    return boxes


def _not_labels(funding: Sequence[Table], tables: Sequence[Table]) -> dict[int, list[Box]]:
    """Where no line is a field's label however often it recurs: the funding tables, and the
    rows heading a section of any table of amounts ("Investeringen" over its cost lines; a
    form's labels set right against their text, read as a table of words, may take a
    project's title for one)."""
    boxes = _boxes_by_page(funding)
    of_amounts = [t for t in tables if any(c.amount is not None for r in t.rows for c in r.cells)]
    for where in (r.provenance for t in of_amounts for r in t.rows if r.kind == "section"):
        if where is not None and where.bbox is not None:
            boxes.setdefault(where.page, []).append(where.bbox)
    return boxes


def _funding_grids(tables: Sequence[Table]) -> dict[int, list[Box]]:
    """The boxes of the funding tables, with their notes under them, by page. A table found
    from its text alone is held from its first row to its last with an amount: what the
    finder took for its header over that, or for a row of words under it, may be the form's
    text."""
    grids: dict[int, list[Box]] = {}
    for t in tables:
        box = t.bbox
        if box is None:
            continue
        if t.reader == "aligned":
            rows = [r.provenance.bbox for r in t.rows if any(c.amount for c in r.cells)
                    and r.provenance and r.provenance.page == t.page and r.provenance.bbox]
            if not rows:
                continue
            box = (t.bbox[0], rows[0][1], t.bbox[2], rows[-1][3])
        notes = [n.provenance.bbox for n in t.footnotes if n.provenance and n.provenance.page == t.page and n.provenance.bbox]
        grids.setdefault(t.page, []).append(around([box, *notes]))
    return grids


# A page of fewer lines of text (a page of notes, a cover) says nothing of how its text is set.
_LINES_TO_JUDGE = 8


def _names_a_column(cell: list[Word]) -> bool:
    """Column labels, word by word or as a whole ("Totale kosten", not "Rijksbijdrage: €
    840.000"), or a currency's name."""
    text = join_words(cell)
    return (colmap.is_column_word(text) and not any(c.isdigit() for c in text)) or all(
        colmap.is_column_word(w.text) or colmap.normalise(w.text) in ("", "eur", "euro") for w in cell)


def _leads_in(line: Line) -> bool:
    """A line standing alone at the row labels' start over a table: text leading in to it
    ("Zie de tabel", "De kosten zijn:"), not the top of the labels' header cell wrapped over
    lines ("Opgaven/" over "Investeringen"), a word or two or a compound broken at its
    stroke, nor the table's caption, which the header takes along (see _caption_above)."""
    text = line.text.rstrip()
    return text.endswith(":") or not (len(line.words) <= 2 or text.endswith(("/", "-")) or is_caption(line))


def _ends_a_paragraph(line: Line, lines: list[Line]) -> bool:
    """Is ``line`` the last of a paragraph: set where the running text over it starts, at its
    line pitch, and ending a sentence ("... te" over "financieren is.")? A header cell's
    first line stands apart from the text above it. The pitch is the paragraph's, or where
    the paragraph has only the one line over it, the one most lines of the field keep."""
    before = [ln for ln in lines[-3:-1] if ln.page == line.page]
    if not before or not line.text.rstrip().endswith((".", "!", "?")) \
            or not all(abs(ln.x0 - line.x0) <= 1 and running_text(ln.words) for ln in before[-1:]):
        return False
    if cut_short(before[-1].words) and line.top - before[-1].bottom < 0.5 * line.size:
        return True  # the sentence the line above broke off ("... onderwijs en" / "bedrijfsleven.")
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    kept = [median(pitches)] if len(pitches) >= 3 else []
    if len(before) == 2 and abs(before[0].x0 - line.x0) <= 1 and running_text(before[0].words):
        kept.append(before[1].top - before[0].top)
    return any(abs((line.top - before[-1].top) - pitch) <= 0.1 * line.size for pitch in kept)


def _ends_the_text_over(line: Line, lines: list[Line], gap_under: float) -> bool:
    """Is ``line`` the last of a paragraph over a table: it ends a sentence, it goes on from
    running text over it that starts where it does (beside the field's label, there may be),
    and it stands closer to that text than to the table under it?"""
    if len(lines) < 2 or lines[-2].page != line.page or not line.text.rstrip().endswith((".", "!", "?")):
        return False
    above = lines[-2]
    words = [w for w in above.words if w.x0 >= line.x0 - 1]
    return bool(words) and abs(words[0].x0 - line.x0) <= 1 and running_text(words) and line.top - above.bottom < gap_under


def _values_side(band: list[Line]) -> float:
    """Where the values' side of a table's header band starts: at the first cell of the line
    that opened it, or where a lower line of the header starts further left with the row
    labels' head ("Kostenpost kosten Privaat" under a line of packed column labels), right
    after that head: the cells over it ("Totale" over "kosten") are the values' too. (A
    first row's label wrapped over its values has no cells beside it.)"""
    opener, left = band[0], min(band, key=lambda ln: ln.x0)
    if left.x0 >= opener.x0 - 1 or left.x1 <= opener.x0:
        return opener.x0
    return min(left.segments()[0][-1].x1 + 1, opener.x0)


def _a_sentence(line: Line) -> bool:
    """Running text ending a sentence: prose between two tables, in no header cell."""
    return len(line.segments()) == 1 and running_text(line.words) and line.text.rstrip().endswith((".", "!", "?"))


def _over_its_cells(words: list, band: list[Line], split: float, settings: Settings) -> bool:
    """Words without figures, in runs each over one cell of the header's lines: the first lines
    of header cells wrapped over two lines ("Totale" over "kosten", "Bijdrage" over "Rijk"),
    in the header's type; or over the gap between two, a group's label centred over its
    members ("Publiek" over "Gem." and "Prov."), reaching into the two cells its middle stands
    between or not. A line of running text runs over several, is set larger, or reaches over
    a cell from beside the header's cells."""
    header = band[0]
    # The header's cells, those on different lines over each other as one; one may reach into
    # the label column from the right (a wide table's first amount column).
    slots: list[list[float]] = []
    for x0, x1 in sorted((c[0].x0, c[-1].x1) for ln in band for c in ln.segments() if c[-1].x1 > split + 1):
        if slots and x0 < slots[-1][1]:
            slots[-1][1] = max(slots[-1][1], x1)
        else:
            slots.append([x0, x1])
    runs = Line(header.page, words, header.space).segments()
    # Cells shrunk to fit their column set a header in several sizes: any of them is its type.
    # (A group's label, over columns enough for it, is not shrunk.)
    sizes = {w.size for ln in band for w in ln.words}

    def in_the_type(run: list) -> bool:
        return all(any(abs(w.size - size) < settings.other_type_pt for size in sizes) for w in run)

    def over_one_or_between(run: list) -> bool:
        over = [(x0, x1) for x0, x1 in slots if min(x1, run[-1].x1) - max(x0, run[0].x0) > _TOUCHING_PT]
        if len(over) == 1:  # running text beside the cells may reach over one: within them, set to it or mostly over it
            (x0, x1), (left, right) = over[0], (run[0].x0, run[-1].x1)
            return in_the_type(run) and (slots[0][0] - header.size <= left and right <= slots[-1][1] + header.size
                                         or min(x1, right) - max(x0, left) >= _OVER_A_CELL * (right - left)
                                         or any(abs(a - b) <= 0.5 * header.size
                                                for a, b in ((left, x0), (right, x1), (left + right, x0 + x1))))
        if len(over) >= 2:  # a short group label centred over the middle of its members, reaching into two
            middle, span = (run[0].x0 + run[-1].x1) / 2, (over[0][0] + over[-1][1]) / 2
            # (in other type, over value columns only: no text's last words over the labels' column)
            return len(run) <= _GROUP_LABEL_WORDS and abs(middle - span) <= header.size \
                and (in_the_type(run) or over[0][0] > slots[0][0])
        return in_the_type(run) and slots[0][1] < run[0].x0 and run[-1].x1 < slots[-1][0]
    return bool(slots) and not any(is_figure(w.text) for w in words) and all(map(over_one_or_between, runs))


_GROUP_LABEL_WORDS = 2
# The share of a run of words over a header cell that makes it the cell's first line, where
# it is not set to the cell's left, right or middle: a centred one over a narrower line
# ("Bijdrage" over "Rijk") is half over it.
_OVER_A_CELL = 0.3
# Less than this over a cell is beside it: a group's label centred over the gap between its
# members may touch one's edge.
_TOUCHING_PT = 1.0


_SECTION_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?\s")
_SECTION_HEAD = re.compile(r"(\d{1,2})\.?\s+[A-ZÀ-Ý]")


def _typed_openings(notes: list[Line]) -> frozenset[str]:
    """The marks typed on the line ("(1)", "2)") that the project's notes open with: under
    their heading ("Noten") they are the notes' marks, as raised ones are."""
    return frozenset(ln.words[0].text for ln in notes if ln.words and TYPED_MARK.fullmatch(ln.words[0].text))


_NOTES_APART_EM = 4.0  # a note's lines and paragraphs stand closer than this under one another


def _note_runs_on(note: Line, line: Line) -> bool:
    """The next line of a note, or of its next paragraph ("Bron: ..."): right under it, in its
    type, at its text's indent."""
    return line.page == note.page and 0 <= line.top - note.bottom <= note.size and abs(line.size - note.size) < 0.5 \
        and any(abs(line.x0 - x) < 2 for x in _note_indents(note))


def _note_indents(note: Line) -> list[float]:
    return [note.x0, *(w.x0 for w in note.words[1:2] if note.text.startswith(_NOTE_MARKS))]


def _note_goes_on(note: Line, line: Line, layout: PageLayout) -> bool:
    """Notes at a project's end cut by the page go on at the top of the next page: a line
    in the note's type, at its text's indent, with nothing above it but the page's furniture."""
    return line.page == note.page + 1 and abs(line.size - note.size) < 0.5 \
        and any(abs(line.x0 - x) < 2 for x in _note_indents(note)) and line is layout.lines[0]


def _endnotes_to_their_marks(projects: list[Project]) -> None:
    """A section of notes alone ("Eindnoten" at the document's end: no fields, no tables)
    gives each note to the project whose text carries its mark, the first after the last
    one given (marks numbered through the document), and keeps what it cannot give."""
    for section in (p for p in projects if p.notes and not p.fields and not p.tables):
        start, kept = 0, []
        for note in section.notes:
            owner = next((i for i, p in enumerate(projects[start:], start) if p is not section
                          and any(_carries_mark(f.text, note.mark) for f in p.fields)), None)
            if owner is None:
                kept.append(note)
                continue
            projects[owner].notes.append(note)
            start = owner
        section.notes = kept


def _carries_mark(text: str, mark: str) -> bool:
    """Does the text carry the note mark, not a unit's power ("m²", "km²")?"""
    return any(not _UNIT_POWER.search(text, 0, i) for i in (m.start() for m in re.finditer(re.escape(mark), text)))


_UNIT_POWER = re.compile(r"(?<![^\W\d_])(?:m|km|cm|dm|mm)$")  # after a figure or a space: "180.000m²", "5 km²"


def _page_notes_to_their_marks(projects: list[Project], layouts: dict[int, PageLayout], furniture: set[int]) -> None:
    """The footnotes at a page's foot go to what carries their mark on that page: a table's
    cell (they are the table's footnotes), else a project's text (its notes); a note whose
    mark is nowhere goes to the last project on the page. Notes alone on a page went on
    from the page before, and so does that page's last project; so do lines without a mark
    at the top of a page's notes (a note continued under Word's continuation separator)."""
    last: Footnote | None = None
    # A running footer that a page set apart from its text in small type, as it sets its
    # notes, is the document's furniture there too: no note, nor a note going on.
    running = {keyed(ln.text) for layout in layouts.values() for ln in layout.lines if id(ln) in furniture}
    for number, layout in sorted(layouts.items()):
        holders = [p for p in projects if number in p.pages]
        before = [p for p in projects if number - 1 in p.pages][-1:]
        notes = [ln for ln in layout.notes if keyed(ln.text) not in running]
        # Beside the notes, the page holds its furniture and at most the title repeated over it.
        if not holders and notes and all(id(ln) in furniture or (before and squash(ln.text).startswith(
                squash(before[0].title))) for ln in layout.lines):
            holders = before
            for project in holders:
                project.pages = sorted({*project.pages, number})
        rest = list(dropwhile(lambda ln: not starts_with_mark(ln), notes))
        if last is not None and len(rest) < len(notes):
            last.text = " ".join([last.text, *(ln.text for ln in notes[:len(notes) - len(rest)])])
        for note in read_footnotes(rest) if holders else []:
            last = note
            table = next((t for p in holders for t in p.tables if any(
                note.mark in c.marks and c.provenance and c.provenance.page == number for r in t.rows for c in r.cells)), None)
            if table is not None:
                if all(f.mark != note.mark for f in table.footnotes):
                    table.footnotes.append(note)
                continue
            owner = next((p for p in holders if any(number in f.pages and note.mark in f.text for f in p.fields)), None)
            # (a note set over the page after its mark's, where no text on this page has the mark)
            if owner is None and before and before[0] not in holders and _marks_its_text(before[0], note.mark) \
                    and not any(_marks_its_text(p, note.mark) for p in holders):
                owner = before[0]
                owner.pages = sorted({*owner.pages, number})
            (owner or holders[-1]).notes.append(note)


def _marks_its_text(project: Project, mark: str) -> bool:
    return any(mark in f.text for f in project.fields)


def _tables_to_named_projects(projects: list[Project], annexes: set[int],
                              place: Callable[[FundingTable], tuple]) -> list[Project]:
    """A table whose caption names another project ("Tabel 2.4 Leonardo" in an annex of
    budgets) is that project's, wherever it stands, in its ``place`` among the project's
    tables; one that repeats a table the project's text holds already is the project's once.
    A section left with neither fields nor tables was only the tables' place (the annex), not
    a project. ``annexes``: the ids of the sections under an annex's heading (see
    _annexes_given_away)."""
    titles = sorted(((squash(p.title), p) for p in projects if p.title), key=lambda item: -len(item[0]))
    gave: set[int] = set()
    for before, holder in zip([None, *projects], projects):
        annex = id(holder) in annexes
        given: set[int] = set()  # the pages of the tables the holder gave away
        for table in [t for t in holder.tables if t.caption]:
            caption = squash(table.caption or "")
            # A table the walk found in a field is another project's only where its caption
            # ends in that project's name ("Tabel 4. Investeringen – <title>"): a float set
            # at the top of the page the project begins on, after the last field before it.
            owner, title = next(((p, title) for title, p in titles
                                 if (caption.endswith(title) if table.field else title in caption)), (None, ""))
            # A project's own table goes to another that has one only from an annex's place,
            # or where its caption ends in that project's name (a float the next project's
            # text flowed around).
            if owner is None or owner is holder or (owner.investment_table is not None and _has_fields(holder)
                                                     and not annex and not caption.endswith(title)):
                continue
            if annex:
                gave.add(id(holder))
            holder.tables.remove(table)
            given.update(table.pages)
            _without_pages_only(holder, given)
            if any(_same_figures(t, table) for t in owner.tables):
                continue  # the annex repeats it
            table.field = None
            owner.tables.append(table)
            owner.tables.sort(key=place)
            if owner is before and _has_fields(holder) and not annex:  # a float the next project's text flowed around
                owner.pages = sorted({*owner.pages, *table.pages})
    return [p for p in _annexes_given_away(projects, annexes, gave) if p.tables or _has_fields(p)]


def _in_number_order(project: Project) -> None:
    """A project whose tables are all numbered in their captions ("Tabel 2") has them in that
    order, wherever the page sets them (side by side, the second under the first's column)."""
    numbers = [m for t in project.tables if (m := _TABLE_NUMBER.match(t.caption or ""))]
    keys = [tuple(int(n) for n in m[1].split(".")) for m in numbers]
    if len(project.tables) >= 2 and len(set(keys)) == len(project.tables):
        project.tables = [t for _, t in sorted(zip(keys, project.tables), key=lambda pair: pair[0])]


_TABLE_NUMBER = re.compile(rf"(?i){TABLE_WORD}\s*(\d+(?:\.\d+)*)")


def _annexes_given_away(projects: list[Project], annexes: set[int], gave: set[int]) -> list[Project]:
    """An annex that gave its tables to the projects their captions name was the report's:
    its text is no project's, and what tables it keeps (an overview of them all) its own
    section. One that gave none was the project's before it (its own budget in an annex):
    read on as that project's."""
    kept: list[Project] = []
    for project in projects:
        if id(project) in gave:
            project.fields.clear()
        elif id(project) in annexes and kept:
            before = kept[-1]
            before.fields += project.fields
            before.tables += project.tables
            before.notes += project.notes
            before.pages = sorted({*before.pages, *project.pages})
            continue
        kept.append(project)
    return kept


def _without_pages_only(project: Project, given: set[int]) -> None:
    """The project's pages without those at its end that only the tables it gave away held
    (floats at the top of the pages where the next project begins), ``given`` their pages."""
    held = {s.page for f in project.fields for s in f.lines} | {p for t in project.tables for p in t.pages} \
        | {f.provenance.page for f in project.fields if f.provenance} \
        | {n.provenance.page for n in project.notes if n.provenance} | {project.pages[0]}
    while project.pages and project.pages[-1] in given and project.pages[-1] not in held:
        project.pages.pop()


def _has_fields(project: Project) -> bool:
    return any(f.label or f.text for f in project.fields)


def _same_figures(table: FundingTable, other: FundingTable) -> bool:
    """The same amounts in the same cells (tables of words alone are not compared)."""
    def figures(t: FundingTable) -> list[list[Decimal | None]]:
        return [[c.amount.value if c.amount else None for c in r.cells] for r in t.rows]
    mine = figures(table)
    return any(v is not None for row in mine for v in row) and mine == figures(other)


def _across_columns(layout: PageLayout, box: Box) -> bool:
    """Does the box cross a gutter of the text columns the page sets beside it?"""
    return any(box[0] < gutter < box[2] for _, _, gutters in layout.columns for gutter in gutters)


def _in_other_text_columns(layout: PageLayout, a: Line, b: Line) -> bool:
    """Do the lines (``a`` the higher) stand in two of the page's columns of text, a gutter
    between them?"""
    return any(top - 1 <= a.top and b.bottom <= bottom + 1 and any(
        a.x1 <= gutter <= b.x0 or b.x1 <= gutter <= a.x0 for gutter in gutters) for top, bottom, gutters in layout.columns)


def _line_before(content: list[Line], first: Line, in_table: set[int]) -> Line | None:
    """The field's line right before a table's first line, unless a table has it."""
    index = next((i for i, ln in enumerate(content) if ln is first), 0)
    before = content[index - 1] if index else None
    return None if before is None or id(before) in in_table else before


def _caption_before(content: list[Line], first: Line, in_table: set[int]) -> Line | None:
    """The field's line right before a table that opens a page or a text column may be its
    caption, left at the foot of the page or column before."""
    before = _line_before(content, first, in_table)
    if before is None:
        return None
    foot = before.page == first.page - 1 or (before.page == first.page and before.top > first.top)
    if not foot:
        return None
    return before if is_caption(before) else None


def _continues_over_page(region: Region, found, content: list[Line], in_table: set[int], repeated: bool) -> bool:
    """A table that ends its page and one that opens the next with its header repeated, with
    as many columns, or with no header at all (its first row, amounts and all, read as one:
    a word processor that does not repeat the header) are one table broken by the page. A
    table closed by its total is whole: a header of other labels under it opens the next."""
    last = (region.footnotes or region.body)[-1]
    first = found.lines[0]
    headless = any(has_values(line, line.x0) for line in found.header)
    if first.page != last.page + 1 or (len(found.cuts) != len(region.cuts) and not repeated and not headless) \
            or _its_other_columns(region, first) \
            or (found.header and not repeated and not headless and _closed_by_total(region)) \
            or (region.form == found.form == "records" and closed_by_total(region.body, found.lines)) \
            or _captioned_anew(region, found):
        return False
    after = [ln for ln in content if ln.page == last.page and ln.top > last.bottom and id(ln) not in in_table]
    # (a caption over the part that says the table goes on is the part's)
    before = [ln for ln in content if ln.page == first.page and ln.bottom < first.top and id(ln) not in in_table
              and ln is not found.caption]
    return not after and not before


def _captioned_anew(region: Region, found: TableRegion) -> bool:
    """Does the part stand under a caption of its own that names another table: not the
    table's caption again, nor one saying it goes on, nor a line stating the unit?"""
    caption = found.caption
    if caption is None or is_continuation(caption) or (is_caption(caption) and not names_table(caption)):
        return False
    return _plain(caption.text) != _plain(region.caption) if region.caption else names_table(caption)


def _closed_by_total(region: Region) -> bool:
    # (the last row's first line: a cell of it may wrap onto lines under it, "€" over "900.000")
    left = min(ln.x0 for ln in region.body)
    last_row = next((ln for ln in reversed(region.body) if has_values(ln, ln.x0) and ln.x0 <= left + ln.size), None)
    return last_row is not None and is_total_row(last_row)


# The most lines a table's start at a page's foot may have (its header and a row or two) and
# still be too small for the finder to take for a table.
_FOOT_START_LINES = 8


def _begun_at_page_foot(found, content: list[Line], in_table: set[int]) -> list[Line]:
    """A table opening its page with its header whose header ends the page before too, over a
    row or two too few for a table of their own: those lines (that header and its rows) are
    where the table begins."""
    first = found.lines[0]
    if not found.header or any(ln.page == first.page and ln.bottom < first.top and id(ln) not in in_table for ln in content):
        return []
    foot = [ln for ln in content if ln.page == first.page - 1 and id(ln) not in in_table][-_FOOT_START_LINES:]
    head = [_plain(ln.text) for ln in found.header]
    for start in range(len(foot) - len(head) - 1, -1, -1):
        if [_plain(ln.text) for ln in foot[start:start + len(head)]] == head:
            rows = foot[start + len(head):]
            return foot[start:] if len(rows[0].segments()) >= 2 else []
    return []


def _header_left_at_page_foot(found, content: list[Line], in_table: set[int], layout: PageLayout) -> list[Line]:
    """A table opening its page without a header, or with a row of amounts for one (the finder
    took its first row for it), whose header ends the page before alone (a spreadsheet breaks a page after
    a header row and does not repeat it): the line there, a label over each of its columns
    and no amount, is its header."""
    first = found.lines[0]
    x0, _, x1, _ = found.box
    inner = found.cuts or [x for x in layout.vrules_crossing(first.top, first.bottom) if x0 + 2 < x < x1 - 2]
    if not inner or (found.header and not any(has_values(ln, ln.x0) for ln in found.header)) \
            or any(ln.page == first.page and ln.bottom < first.top and id(ln) not in in_table for ln in content):
        return []
    foot = [ln for ln in content if ln.page == first.page - 1 and id(ln) not in in_table]
    if not foot or has_values(foot[-1], foot[-1].x0):
        return []
    edges = [-math.inf, *sorted(inner), math.inf]  # the outer cells may reach past the rows
    cells = foot[-1].segments()
    # (each over its column by its middle: a label set wider than the amounts under it may
    # start a little left of where the column's amounts part from the column before)
    over_each = len(cells) == len(edges) - 1 and all(
        edges[k] <= (cell[0].x0 + cell[-1].x1) / 2 <= edges[k + 1] for k, cell in enumerate(cells))
    return [foot[-1]] if over_each else []


def _notes_at_page_top(region: Region, content: list[Line], in_table: set[int], page: int,
                       settings: Settings) -> list[Line]:
    """A table that ends its page has its notes at the top of the next (under the rows that
    went on there, if any): there, a line that opens with a mark one of its amounts carries
    ("325.000*" over "* Bijdrage Rijk ..."), and the notes under it."""
    last = next((ln for ln in reversed(region.footnotes or region.body) if ln.page < page), None)
    if last is None or last.page != page - 1 or any(ln.page == last.page and ln.top > last.bottom and id(ln) not in in_table
                                                    for ln in content):
        return []
    top = [ln for ln in content if ln.page == page and id(ln) not in in_table]
    typed = typed_marks(region.body)
    carried = typed | {w.text[len(w.text.rstrip(NOTE_MARKS)):] for ln in region.body for w in ln.words
                       if is_figure(w.text.rstrip(NOTE_MARKS)) and w.text != w.text.rstrip(NOTE_MARKS)}
    if not top or not is_footnote(top[0], typed) or not top[0].text.startswith(tuple(carried)):
        return []
    return [top[0], *footnotes_below(top, top[0], settings, typed)]


def _going_on_at_page_top(region: Region, content: list[Line], in_table: set[int], page: int) -> tuple[list[Line], list[Line]]:
    """A table that ends its page, and whose header opens the next over a row or two too few
    for a table of their own: the lines the table takes (that header and those rows) and its
    rows among them, where the table goes on. Its rows may go on under no header again, after
    a row that is no total: values in its value columns, a label's lines wrapped under them.
    Records (see records) go on without a header: the last record's lines cut off by the page."""
    last = (region.footnotes or region.body)[-1]
    if region.footnotes or not (region.header or region.form == "records") or last.page != page - 1 \
            or any(ln.page == last.page and ln.top > last.bottom and id(ln) not in in_table for ln in content):
        return [], []
    top = [ln for ln in content if ln.page == page and id(ln) not in in_table][:_FOOT_START_LINES]
    if region.form == "records":
        going_on = entries_going_on(region.body, top)
        return going_on, going_on
    head = len(region.header)
    if [_plain(ln.text) for ln in top[:head]] == [_plain(ln.text) for ln in region.header]:
        rows = list(takewhile(lambda ln: len(ln.segments()) >= 2, top[head:]))
        return (top[:head + len(rows)], rows) if rows else ([], [])
    cuts = region.cuts or _ruled_cuts(region)
    rows = _rows_going_on(top, cuts[0]) if cuts and not is_total_row(region.body[-1]) else []
    return rows, rows


def _ruled_cuts(region: Region) -> list[float]:
    """Where the rules part a ruled table's columns, at its last row."""
    last = region.body[-1]
    layout = region.pages.get(last.page)
    crossing = layout.vrules_crossing(last.top, last.bottom) if layout is not None else []
    return [x for x in crossing if region.x0 + 2 < x < region.x1 - 2]


def _rows_going_on(top: list[Line], values_from: float) -> list[Line]:
    """The lines a page opens with that go on with the rows of the table over them: values
    right of where its values start and nothing else there, and the words of a label
    wrapped under them left of it."""
    rows: list[Line] = []
    for line in top:
        cells = [join_words(cell) for cell in line.segments() if cell[-1].x1 > values_from]
        if cells and all(parse_cell(cell).kind in VALUE_KINDS for cell in cells):
            rows.append(line)
        elif not rows or line.x1 > values_from or line.top - rows[-1].bottom > line.size:
            break
        else:
            rows.append(line)
    return rows


def _cuts_of_both(part: Region | TableRegion, more: TableRegion) -> list[float]:
    """The column cuts of a table read in two parts, one on each page: each where the gap it
    stands in on the one page meets the gap on the other (a long row label on the second
    page reaches further into the gap than any on the first; a header's label wider than its
    column's figures, into the gap before them), else the first part's."""
    cuts = part.cuts
    if len(cuts) != len(more.cuts):
        return cuts
    parts = [([w for ln in p.header + p.body for w in ln.words], p.cuts) for p in (part, more)]
    out = []
    for k, cut in enumerate(cuts):
        lo = max(max((w.x1 for w in words if w.middle < at[k]), default=-math.inf) for words, at in parts)
        hi = min(min((w.x0 for w in words if w.middle >= at[k]), default=math.inf) for words, at in parts)
        out.append((lo + hi) / 2 if math.isfinite(lo) and math.isfinite(hi) and lo < hi else cut)
    return out


def _going_on_with(table: FundingTable, part: FundingTable) -> FundingTable:
    """The table with the rows of its part that goes on, its pages, and the notes under that part
    (and its caption, where only that part has one: set under the table's end);
    the sums carried over the break between them ("Subtotaal (over te brengen)" ending the one,
    "Van vorige pagina" opening the other) are no cost lines."""
    before = table.rows[:-1] if table.rows and carries_sums(table.rows[-1]) else table.rows
    after = part.rows[1:] if part.rows and carries_sums(part.rows[0]) else part.rows
    return table.model_copy(update={"rows": [*before, *after], "footnotes": part.footnotes,
                                    "caption": table.caption or part.caption,
                                    "pages": sorted({*table.pages, *part.pages})})


def _first_place(region: Region) -> tuple[int, tuple]:
    first = (region.header or region.body)[0]
    return first.page, region.pages[first.page].reading_key(first)


def _box_on(table: FundingTable, page: int) -> Box | None:
    """The box around the table's rows, their cells and its header on the page; an empty
    cell stands for its column's span (the last reaching to the page's edge), no ink."""
    places = [where for r in table.rows for where in (r.provenance, *(c.provenance for c in r.cells if c.raw))]
    boxes = [where.bbox for where in places if where and where.page == page and where.bbox]
    if table.provenance and table.provenance.page == page and table.provenance.bbox:
        boxes.append(table.provenance.bbox)
    return around(boxes) if boxes else None


def _across(line: Line, box: Box) -> bool:
    return box[0] < line.x1 and line.x0 < box[2]


def _its_other_columns(region: Region, first: Line) -> bool:
    """A part on the next page headed like the table in its first cell alone ("Activiteit
    2026 Totaal" under "Activiteit 2024 2025"): the table's other columns, beside its row
    labels again."""
    def first_cell(line: Line) -> str | None:
        runs = line.segments()
        return join_words(runs[0]) if len(runs) > 1 else None

    corner = first_cell(first)
    return corner is not None and any(first_cell(ln) == corner and _plain(ln.text) != _plain(first.text) for ln in region.header)


def _about(title: str, warnings: list[ExtractionWarning]) -> list[ExtractionWarning]:
    return [w.model_copy(update={"message": f"{title}: {w.message}"}) for w in warnings]


def _cells_beside(line: Line, split: float) -> bool:
    """Does the text beside the label column stand in cells, as a table row's does, rather
    than run as a field's text?"""
    beside = [w for w in line.words if w.middle >= split]
    return len(Line(line.page, beside, line.space).segments()) >= 2 if beside else False


def _place_on_page(lines: list[Line], line: Line) -> int:
    """Where the line stands among its page's lines (len(lines) where it does not): the walk
    may have cut it from one of them, found then by its words."""
    return next((i for i, ln in enumerate(lines) if ln is line or any(w is line.words[0] for w in ln.words)), len(lines))


def _content_line(line: Line, split: float) -> Line | None:
    words = [w for w in line.words if w.middle >= split]
    return Line(line.page, words, line.space) if words else None


def _paragraphs(lines: list[Line], settings: Settings, hyphenation: Hyphenation | None = None) -> tuple[str, list[TextSpan]]:
    """Join lines into text, with where each line stands; a wider gap than the usual line
    pitch starts a paragraph. A word the document broke at a line end ("produc-" over "tie")
    is one word again."""
    if not lines:
        return "", []
    pitches = [b.top - a.top for a, b in zip(lines, lines[1:]) if a.page == b.page and b.top > a.top]
    pitch = median(pitches) if pitches else lines[0].size * 1.2
    out: list[str] = []
    spans: list[TextSpan] = []
    length = 0
    for i, line in enumerate(lines):
        if i:
            prev = lines[i - 1]
            gap = line.top - prev.top if line.page == prev.page else pitch
            if gap > settings.paragraph_gap_share * pitch:
                out.append("\n")
                length += 1
            elif hyphenation and (join := hyphenation.at_line_end(prev, line)):
                if join == "mend":
                    out[-1] = out[-1][:-1]
                    length -= 1
                    spans[-1].end -= 1
            else:
                out.append(" ")
                length += 1
        text = line.text
        spans.append(TextSpan(start=length, end=length + len(text), page=line.page, bbox=_box(line)))
        out.append(text)
        length += len(text)
    return "".join(out), spans


def _box(line: Line) -> Box:
    return rounded(line.bbox)
