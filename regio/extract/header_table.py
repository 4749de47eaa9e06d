"""The tables a document opens with a line of column labels (Totaal, Privaat, ... Rijk):
one region at a time, fed the lines that follow in reading order until the table ends.

The region has states: header lines, body rows, a caption under the body, footnotes; a
new page may repeat the header. It ends at the next field, or after its Totaal row at a
line without values set apart like a new row. What it gathered goes to the one table
reader (tables.build_table), as every table the finder draws does.
"""

from __future__ import annotations

import re
import statistics
from bisect import insort
from collections.abc import Callable

from regio.extract import columns as colmap
from regio.extract.every_table import describe_lines
from regio.extract.finder import is_caption, justified, names_table, sentence_across
from regio.extract.labels import GOES_ON, squash
from regio.extract.layout import CURRENCY_SIGNS, Line, PageLayout, join_words, running_text
from regio.extract.settings import Settings
from regio.extract.tables import (
    Region,
    amounts_under_label,
    build_table,
    first_row_lines_in_header,
    has_values,
    heads_notes,
    is_footnote,
    starts_with_mark,
    typed_marks,
)
from regio.money import NOTE_MARKS, is_figure, stated_scale
from regio.schema import ExtractionWarning, FundingTable


def is_table_header(line: Line, aliases: dict[str, str] | None, settings: Settings) -> bool:
    """A line of column labels: Totaal, Privaat, Publiek, ... set apart in columns.

    Counted from the first column word on, so that the table's own label (whatever its
    spelling) may stand in front; prose that names funding sources ("provincie, gemeente
    en Rijk") has no wide gaps between them, or gaps all alike and commas (justified), and does not count.
    """
    words = _without_remarks(line.words)
    labels = _labels_among(words, aliases)
    hits = [i for i, _ in labels]
    if len(hits) < 2 or (justified(line) and any(w.text.endswith(",") for w in words)):
        return False
    span = words[hits[0]: hits[-1] + 1]
    keys = {m.key for _, label in labels if (m := colmap.lookup(label, aliases))}
    # A table's other columns under its label that says it goes on ("Opgaven (vervolg)  Gem.
    # Rijk"), the label's gap to them a gap between cells too.
    label = line.words[:line.words.index(words[hits[0]])]
    goes_on = bool(label) and GOES_ON.search(join_words(label)) is not None
    if goes_on:
        span = [label[-1], *span]
    enough = len(hits) >= 3 or "totaal" in keys or goes_on
    if any(is_figure(w.text) and not _YEAR.fullmatch(w.text) for w in words[hits[-1] + 1:]):
        return False  # an amount under the last label: a row that names sources ("Totaal  Privaat  2.500.000")
    gaps = [b.x0 - a.x1 for a, b in zip(span, span[1:])]
    # (a table shrunk to its page packs its labels closer than a header set roomy does)
    # (labels and nothing else, after the table's own label, not after a sentence beside them)
    alone = len(hits) == len(span) and not running_text(words[:hits[0]])
    packed = (settings.header_tight_em if alone else settings.header_packed_em) * line.size
    spread = max(gaps) >= settings.header_spread_em * line.size or (len(hits) >= _PACKED_LABELS and min(gaps) >= packed)
    return enough and spread and len(hits) >= 0.6 * len(span)


def _labels_among(words: list, aliases: dict[str, str] | None) -> list[tuple[int, str]]:
    """(index, label) of each word that is a column label, and of both words of a known label
    of two where neither is one alone ("Totale kosten")."""
    alone = [colmap.is_column_word(word.text, aliases) for word in words]
    if not any(alone):
        return []  # (most lines: no pair of words need be looked up)
    labels: list[tuple[int, str]] = []
    for i, word in enumerate(words):
        if alone[i]:
            labels.append((i, word.text))
        elif i + 1 < len(words) and not alone[i + 1] and not (labels and labels[-1][0] == i) \
                and colmap.names_exactly(pair := f"{word.text} {words[i + 1].text}", aliases):
            labels += [(i, pair), (i + 1, pair)]
    return labels


def _signs_alone(line: Line) -> bool:
    """Cells that hold a currency sign alone, two or more: a row whose amounts their narrow
    cells wrapped onto the next line ("Totaal € € €"), not a header."""
    cells = line.segments()[1:]
    return len(cells) >= 2 and all(len(cell) == 1 and cell[0].text in CURRENCY_SIGNS for cell in cells)


def _under_the_value_heads(line: Line, header: Line) -> bool:
    """Every part of the line under one of the header's cells after its first, none in the
    label column where a field's label stands: the wrapped second lines of the values'
    labels ("EUR" under "Totaal", "partijen" under "Publieke")."""
    first, *heads = header.segments()
    return bool(heads) and line.x0 > first[-1].x1 and all(
        any(seg[0].x0 < head[-1].x1 and head[0].x0 < seg[-1].x1 for head in heads) for seg in line.segments())


_PACKED_LABELS = 4
_YEAR = re.compile(r"(?:19|20)\d\d")
_HEADER_LINES = 3


def _without_remarks(words: list) -> list:
    """The words of a header without remarks in parentheses ("(incl. Invest-NL)") and
    currency words ("EUR"), which stand beside column labels, not for them."""
    kept, depth = [], 0
    for word in words:
        depth += word.text.startswith("(")
        if not depth and colmap.normalise(word.text) not in ("", "eur", "euro"):
            kept.append(word)
        if word.text.endswith(")") and depth:
            depth -= 1
    return kept


def states_the_unit(line: Line) -> bool:
    """A short line that states what the amounts count ("Bedragen x € 1.000")."""
    return len(line.words) <= 6 and stated_scale(line.text)[0] is not None


def is_continuation(line: Line) -> bool:
    """A line that says a table goes on from the page before: "(vervolg)", "Tabel 3
    (vervolg)", "vervolg van vorige pagina", "(continued)", "Begroting (vervolg)", or names
    a later part of it ("Begroting  deel 2 van 2": its other columns printed across)."""
    later_part = (part := _PART_OF.search(line.text)) is not None and 1 < int(part[1]) <= int(part[2])
    return (len(line.words) <= 6 and bool(_CONTINUATION.fullmatch(line.text.strip()) or GOES_ON.search(line.text))) \
        or (len(line.words) <= 14 and (_CONTINUES_TABLE.match(line.text.strip()) is not None or later_part))


_CONTINUATION = re.compile(r"(?i)(?:tabel\s+\S+\s*)?[(\[]?\s*(?:wordt\s+)?(?:vervolg|vervolgd|continued|cont\.)\b"
                           r"[^()\[\]]{0,40}[)\]]?")
# "deel 2 van 3", "part 2 of 2", "blad 2/2".
_PART_OF = re.compile(r"(?i)\b(?:deel|part|blad|sheet)\s+(\d{1,2})\s*(?:van|of|/)\s*(\d{1,2})\b")
# "Vervolg tabel: Opgaven/Investeringen (kolommen Gem.–Rijk)", "Vervolg van tabel 3".
_CONTINUES_TABLE = re.compile(r"(?i)(?:vervolg|continuation)\s+(?:van\s+|of\s+)?(?:de\s+|the\s+)?(?:tabel|table)\b")


# How much of a table's width a line of text runs across to be the text after it, not a row.
_ACROSS_SHARE = 0.7
# Spaces this many times the usual word space are stretched (justified).
_STRETCHED = 1.5
# The most words of a row's label going on onto a line of its own.
_LABEL_GOES_ON_WORDS = 3


_AGAINST_THE_COLUMNS_EM = 3.0  # how far before the first column a heading set against it ends


class HeaderTable:
    """One table being gathered, from its header line on."""

    def __init__(self, header: list[Line], pages: dict[int, PageLayout], settings: Settings,
                 value_x: Callable[[Line], float], text_size: float, caption: Line | None = None,
                 captions_below: bool = True):
        self.settings = settings
        self.pages = pages
        self.value_x = value_x  # where a line's values start (right of a label column)
        self.text_size = text_size  # the size of the text's type
        self.region = Region(header=header, body=[], footnotes=[],
                             x0=min(ln.x0 for ln in header) - settings.table_margin_pt,
                             x1=pages[header[-1].page].width, pages=pages, aliases=settings.alias_map,
                             settings=settings)
        self.state = "header"
        self.seen_total = False
        self.total_first = False  # the total straight under the header, over the rows it sums
        self.caption = caption
        self.captions_below = captions_below  # False where the document sets its captions over its tables
        self._typed: tuple[int, frozenset[str]] = (0, frozenset())  # the body's length and its typed marks
        self._last_added: Line | None = None
        self._row_sizes: list[float] = []  # the body's, sorted, kept as rows come (a table may have thousands)
        self._rows_x0 = float("inf")

    def ends(self, line: Line, starts_field: bool) -> bool:
        """Does the table end before this line?"""
        region = self.region
        # (or its own note, set small under its total: its legend; a field's label is none)
        if self._heads_its_notes(line) or self._a_row_among_sources(line) or (not starts_field and self._its_note(line)):
            return False
        if self.state in ("body", "footnotes") and (self._in_the_next_column(line) or self._out_of_its_panel(line)):
            return True  # a part going on there is a table of its own, joined to this one once read
        if (self.state in ("repeat", "body", "footnotes") and self._next_page(line)
                and is_table_header(line, region.aliases, self.settings) and self._repeats_header(line)
                and not self._other_header_from(line)) or (self.state == "footnotes" and self._header_again_from(line)):
            # The header repeated at the top of the next page (after the footnotes of the page
            # before, the same header), whatever it opens with; not the upper line of another
            # table's header that happens to use the same words ("Totaal", "Overig").
            return False
        if self._upper_lines_of_the_next(line):
            return True
        if starts_field:
            return not (self._wraps_a_header_cell(line) or self._heads_the_row_labels(line))
        if is_table_header(line, region.aliases, self.settings):
            # More of the header; any other header line starts a table of its own, as do the
            # other columns of a table too wide for its page, printed on the next beside its
            # row labels again.
            return self.state != "header"
        if self.state in ("body", "footnotes") and self._next_page(line) and is_continuation(line):
            return False
        if self.other_columns_header(line):
            return True
        if (names_table(line) or (states_the_unit(line) and self._right_over_a_header(line))) \
                and self.state in ("body", "footnotes") and not self._caption_below(line):
            return True  # the next table's caption, or its unit over its header ("Bedragen x € 1.000")
        if self.state == "footnotes":
            # A note goes on in lines that start under it; a line set further left is text, one
            # set right of its end the next table's header cell (right aligned, wrapped), one in
            # larger type (the text's, notes being set smaller) or in other type a paragraph's
            # gap below (in the smaller type's measure: the notes' lines keep theirs), or on
            # the next page, what follows.
            if self._opens_a_note(line) or not region.footnotes:
                return False  # (a heading over the notes says notes follow, marked or not)
            last = region.footnotes[-1]
            other_type = abs(line.size - last.size) >= self.settings.other_type_pt or line.bold != last.bold
            return not last.x0 - 12 <= line.x0 < last.x1 or line.size - last.size >= self.settings.other_type_pt \
                or (other_type and (line.page != last.page
                                    or line.top - last.bottom > self.settings.row_gap_em * min(line.size, last.size)))
        if self.state == "caption":
            return not (starts_with_mark(line, self._typed_marks()) or self._caption_goes_on(line))
        if self.state == "body" and self._caption_below(line):
            return False
        if self.state == "body" and self.total_first and self._next_page(line) and self._repeats_header(line):
            return False  # its rows go on over the page, under the header again
        if self.state == "body" and not self.seen_total and self._paragraph_after_the_rows(line):
            return True
        if self.state == "body" and self.seen_total:
            if sentence_across(line, region.body) and not self._opens_a_note(line):
                return True  # a sentence after the total, however close under it
            # Figures in justified prose ("minimaal 5 nationale") stand apart like cells, but are none;
            # nor is a figure in a sentence run on into the columns, however close under them.
            return self._set_off(line) and not self._opens_a_note(line) \
                and (justified(line) or not has_values(line, self.value_x(line)) or self._runs_into_the_columns(line))
        return False

    def add(self, line: Line) -> None:
        region = self.region
        if is_table_header(line, region.aliases, self.settings) and not self._a_row_among_sources(line):
            if self.state == "header":
                region.header.append(line)
            elif self.state == "repeat" or self._next_page(line):
                # (after the notes at the page's foot too: the rows go on under it)
                region.repeated.append(line)
                self.state = "repeat"
            return
        if (self.state == "body" or (self.state == "footnotes" and is_continuation(line))) and self._next_page(line) \
                or (self.state == "footnotes" and self._header_again_from(line)):
            self.state = "repeat"  # a new page may repeat the header: skip it
        if self.state == "body" and is_continuation(line) and not has_values(line, self.value_x(line)):
            return  # "wordt vervolgd op de volgende pagina" under the rows a page break cuts
        if self.state == "repeat":
            if self._repeats_header(line):
                region.repeated.append(line)
                return
            if is_continuation(line) or self._over_the_header_again(line):
                return
            self.state = "body"
        if self.state == "body" and self._caption_below(line):
            self._take_under_the_table(line)
            return
        if self.state == "caption" and self.caption is not None and self._caption_goes_on(line):
            self.caption = Line(line.page, [*self.caption.words, *line.words], self.caption.space)
            return
        if self._heads_its_notes(line):
            self.state = "footnotes"  # the heading says what follows; it is no note itself
            return
        if self.state == "caption":
            self.state = "footnotes"
        if self._remark_under_a_row(line):
            remarks = region.remarks
            if remarks and remarks[-1][-1] is self._last_added:
                remarks[-1].append(line)
            else:
                remarks.append([line])
            self._last_added = line
            return
        self._last_added = line
        typed = self._typed_marks()
        # A mark alone on its line is a cell's, gone on under its amount ("7.500.000" over "*").
        if self.state in ("header", "body") and region.body and (is_footnote(line, typed) or self._legend_under(line) or (
                starts_with_mark(line, typed) and not has_values(line, self.value_x(line)) and line.text.strip(NOTE_MARKS))):
            self.state = "footnotes"
        if self.state == "footnotes":
            region.footnotes.append(line)
        elif self.state == "header" and not has_values(line, self.value_x(line)) and not self._row_label_under_rule(line):
            region.header.append(line)
        else:
            self.state = "body"
            region.body.append(line)
            if colmap.normalise(line.text).startswith(("totaal", "total")):
                self.seen_total = True
                self.total_first = len(region.body) == 1

    def _heads_its_notes(self, line: Line) -> bool:
        """A heading over the table's notes ("Noot | Toelichting") under its total, or set off
        from rows that state none (a small table of notes under the grid)."""
        return self.state == "body" and heads_notes(line) and (self.seen_total or self._set_off(line))

    def titled_again(self, line: Line) -> bool:
        """Is the line, on the page the rows go on to, the line over the table's header said
        again right over its header again (its title, a field's label that names it, its
        caption with "(vervolg)")? The table goes on under it."""
        if self.state not in ("body", "footnotes") or not self._next_page(line) or has_values(line, self.value_x(line)) \
                or states_the_unit(line) or (names_table(line) and not GOES_ON.search(line.text)):
            return False  # (a unit, or a caption that does not say it goes on: the table reads it as its own)
        first = self.region.header[0]
        lines = self.pages[first.page].lines
        at = next((i for i, ln in enumerate(lines) if ln is first), 0)
        below = self._page_from(line)[1:2]
        return at > 0 and squash(lines[at - 1].text) == squash(line.text) and bool(below) and self._repeats_header(below[0])

    def other_columns_header(self, line: Line) -> bool:
        """The header of the table's other columns, on the page after it: under what that page
        repeats, or its first line (with two labels then, set apart: a row's label, or a note's
        sentence, may name a source)."""
        if not (self.state == "repeat" or (self.state in ("body", "footnotes") and self._next_page(line))):
            return False
        if self.state == "repeat" and self._header_whole_again():
            return False  # (every column is back: a row follows, however its label reads)
        if self._repeats_header(line) or has_values(line, self.value_x(line)) or _signs_alone(line):
            return False
        labels = self._labels_in(line)
        if self.state == "repeat":
            return labels >= 1
        # (one column beside the table's own label again; a group's name over the labels under
        # it, the header's first line of several)
        return labels >= 2 or (labels == 1 and (self._opens_with_the_tables_label(line) or (
            all(colmap.group_of(join_words(seg)) for seg in line.segments())
            and any(map(self._labels_in, self._header_lines_under(line))))))

    def _opens_with_the_tables_label(self, line: Line) -> bool:
        first = join_words(line.segments()[0])
        return not colmap.is_column_word(first, self.region.aliases) and any(
            join_words(header.segments()[0]) == first for header in self.region.header)

    def _labels_in(self, line: Line) -> int:
        return sum(any(colmap.is_column_word(w.text, self.region.aliases) for w in cell) for cell in line.segments())

    def _header_lines_under(self, line: Line) -> list[Line]:
        """The lines under this one before the first with values, a header's few at most,
        that do not print this table's header again."""
        under = []
        for below in self._page_from(line)[1:_HEADER_LINES + 1]:
            if has_values(below, self.value_x(below)):
                break
            under.append(below)
        return [below for below in under if not self._repeats_header(below)]

    def _header_whole_again(self) -> bool:
        """Has the page repeated every word of the header, the labels of all its columns?"""
        repeated = {w.text.casefold() for ln in self.region.repeated for w in ln.words}
        return bool(repeated) and all(w.text.casefold() in repeated for ln in self.region.header for w in ln.words)

    def _set_off(self, line: Line) -> bool:
        """Is the line set off from the rows over it, as a new row or paragraph is: on a new
        page, a paragraph's gap or a rule below them, or, opening where the rows do (not a
        cell's wrapped line, nor a label's few words going on in lower case: "Totaal" over
        "kosten"), in other type than theirs?"""
        region, previous = self.region, self.region.body[-1]
        return previous.page != line.page or line.top - previous.bottom > self.settings.row_gap_em * line.size \
            or self.pages[line.page].hrule_between(previous.bottom, line.top, region.x0, region.x1) \
            or (self._at_the_rows_left(line)
                and not (line.text[:1].islower() and len(line.words) <= _LABEL_GOES_ON_WORDS)
                and abs(line.size - self._rows_size()) >= self.settings.other_type_pt)

    def _at_the_rows_left(self, line: Line) -> bool:
        self._count_rows()
        return line.x0 <= self._rows_x0 + line.size

    def _paragraph_after_the_rows(self, line: Line) -> bool:
        """Running text set off from the rows (see _set_off), across most of the table's
        width in one run of words, or in a column of text of its own however narrow, from the
        rows' left edge, set justified (its words apart like cells, further than spaces) or
        running on past where the values start (a column of text under a table set across
        the page): the field's text going on after a table that states no total (with one,
        see ends). A row's cells stand apart in their columns, and a long row label is set
        ragged; the text may start at the label column's edge or, in a sheet's text column,
        the values'."""
        if not (self._set_off(line) and running_text(line.words)) or self._opens_a_note(line) \
                or is_continuation(line) or self._over_its_amounts(line):
            return False
        block = [self.region.header[-1], *self.region.body]  # (not a label over it)
        x0, x1 = min(ln.x0 for ln in block), max(ln.x1 for ln in block)
        if min(line.x1, x1) - max(line.x0, x0) >= _ACROSS_SHARE * (x1 - x0) and len(line.segments()) == 1:
            return True
        # From the rows' left edge (not a note across the values): stretched (not a long row
        # label), or, in a column of text narrower than the table, on past where the values start.
        return self._at_the_rows_left(line) and (
            (justified(line) and min(b.x0 - a.x1 for a, b in zip(line.words, line.words[1:])) > _STRETCHED * line.word_space)
            or (self._past_the_values_start(line) and not has_values(line, self.value_x(line))))

    def _over_its_amounts(self, line: Line) -> bool:
        """A row's label on a line of its own, its amounts on the line right under it, set in
        from the label and opening with a figure (a label too long for its column, as a
        finance report prints every row): a row, not a paragraph after the table."""
        below = self._page_from(line)[1:2]
        return bool(below) and amounts_under_label(line, below[0]) and has_values(below[0], self.value_x(below[0])) \
            and below[0].top - line.bottom <= self.settings.row_gap_em * line.size

    def _past_the_values_start(self, line: Line) -> bool:
        """Is the line one run of words on past where the rows' values start: where most rows
        set their first figure apart from the label (a label's words may stand apart too,
        and one may be a figure: "fase 1")?"""
        firsts = (next((seg[0].x0 for seg in ln.segments()[1:] if is_figure(seg[0].text)), None) for ln in self.region.body)
        starts = [x for x in firsts if x is not None]
        return bool(starts) and len(line.segments()) == 1 and line.x1 > statistics.median(starts)

    def _legend_under(self, line: Line) -> bool:
        """A line under the total in type smaller than the rows', its words running across the
        columns: the table's legend or note ("● Op schema ● Vertraagd – % besteed: ..."), not a row."""
        # (smaller than the text's type too: a paragraph after a table set larger than the text is none)
        rows = self._rows_size() if self.region.body else 0.0
        return self.seen_total and line.size <= min(rows, self.text_size) - self.settings.other_type_pt \
            and self._runs_into_the_columns(line)

    def _its_note(self, line: Line) -> bool:
        return self._legend_under(line) or self._remark_under_a_row(line)

    def last_row_line(self) -> Line | None:
        """The last line the rows took: a row's, or the explanation set under it."""
        remarks, body = self.region.remarks, self.region.body
        if remarks and remarks[-1][-1] is self._last_added:
            return self._last_added
        return body[-1] if body else None

    def _count_rows(self) -> None:
        sizes = self._row_sizes
        for line in self.region.body[len(sizes):]:
            insort(sizes, line.size)
            self._rows_x0 = min(self._rows_x0, line.x0)

    def _rows_size(self) -> float:
        """The median size of the rows' type."""
        self._count_rows()
        sizes, half = self._row_sizes, len(self._row_sizes) // 2
        return sizes[half] if len(sizes) % 2 else (sizes[half - 1] + sizes[half]) / 2

    def _remark_under_a_row(self, line: Line) -> bool:
        """A line among the rows in type smaller than theirs and the text's, running across
        the columns ("Toelichting: bedragen inclusief btw ..."), or going on under such a line:
        an explanation of the row above, as a budget sets it; no row, nor the label's."""
        body = self.region.body
        smaller = self.settings.other_type_pt
        if self.state != "body" or not body or self.seen_total or line.size > self.text_size - smaller \
                or line.size > self._rows_size() - smaller:
            return False
        if self._opens_a_note(line):
            return False  # (the table's notes, under its last row where it states no total)
        last = self.last_row_line()
        if last is not None and last is not body[-1] and last.page == line.page \
                and abs(line.size - last.size) < self.settings.other_type_pt \
                and line.x0 >= last.x0 - 1 and line.top - last.bottom <= self.settings.row_gap_em * line.size:
            return True
        return self._runs_into_the_columns(line)

    def _runs_into_the_columns(self, line: Line) -> bool:
        """Running text in one run of words from the labels on past where the rows' first
        values start, or across two columns of values: a sentence, not a row (whose values
        stand apart from its label; a legend's "● Afgerond – % besteed: de uitgaven ...")."""
        starts = [segs[1][0].x0 for ln in self.region.body if len(segs := ln.segments()) > 1]
        if not starts:
            return False
        if len(line.segments()) == 1:
            return running_text(line.words) and line.x1 > min(starts)
        values = sorted({w.x1 for ln in self.region.body for w in ln.words if w.x0 >= min(starts) and is_figure(w.text)})
        return any(running_text(seg) and sum(seg[0].x0 < x < seg[-1].x1 for x in values) >= 2 for seg in line.segments())

    def _wraps_a_header_cell(self, line: Line) -> bool:
        """A header cell's last line, wrapped under the line of column labels before any row
        ("Kosten en" / "financiering (€)"), or under the header repeated on a new page: set
        close under it, in lower case, as a field's label never starts, or under the values'
        labels alone ("EUR partijen"), though its words name one."""
        repeated = self.region.repeated
        if self.state == "header":
            last = self.region.header[-1]
        elif repeated and repeated[-1].page == line.page and self.state in ("repeat", "body") and self._next_page(line):
            last = repeated[-1]  # the header just repeated on this page, no row under it yet
        else:
            return False
        return line.page == last.page and line.top - last.bottom <= self.settings.row_gap_em * line.size \
            and (line.text[:1].islower() or _under_the_value_heads(line, last))

    def _heads_the_row_labels(self, line: Line) -> bool:
        """The row labels' heading on a line of its own under the column labels, set against
        the first of them (a data frame's index name, "Begroting"): the header's, though its
        words name a field."""
        if self.state != "header":
            return False
        last = self.region.header[-1]
        first_column = min(ln.x0 for ln in self.region.header)
        return line.page == last.page and line.top - last.bottom <= self.settings.row_gap_em * line.size \
            and first_column - _AGAINST_THE_COLUMNS_EM * line.size <= line.x1 <= first_column

    def _row_label_under_rule(self, line: Line) -> bool:
        """A line left of the column labels, under a rule (or a band's edge) that closes the
        header: the first lines of a row label whose values stand beside its last line, as
        a spreadsheet sets its cells at their foot (or their euro signs over amounts wrapped)."""
        above = self.region.header[-1]
        columns = [w.x0 for ln in self.region.header for w in ln.words if colmap.is_column_word(w.text, self.region.aliases)]
        if not columns or above.page != line.page or any(w.x1 >= min(columns) and w.text != "€" for w in line.words) \
                or self._in_the_headers_band(line):
            return False
        # A rule across the columns, or one under each column's label (an accountant's header).
        x0, x1 = min(columns), max(ln.x1 for ln in self.region.header)
        # (an underline stands within the label's line, in its descent)
        under = [r for r in self.pages[line.page].hrules if (above.top + above.bottom) / 2 <= r.top <= line.top + 1]
        return self.pages[line.page].hrule_between(above.bottom, line.top, x0, x1) \
            or sum(max(0.0, min(r.x1, x1) - max(r.x0, x0)) for r in under) >= 0.5 * (x1 - x0)

    def _in_the_headers_band(self, line: Line) -> bool:
        """Is the line printed on the shading behind the header's last line, a band that ends
        before the first row? A rule within it parts the header's own lines (a group's name
        underlined over its members), not the header from the rows."""
        layout = self.pages[line.page]
        band = layout.fill_behind(self.region.header[-1])
        from_here = self._page_from(line)
        if band is None or layout.fill_behind(line) is not band or not from_here:
            return False
        rows = (ln for ln in from_here if has_values(ln, self.value_x(ln)))
        return next(rows, line).top >= band.bottom - 1

    def _in_the_next_column(self, line: Line) -> bool:
        """Does the line stand right of the table and no lower than its header, or above the
        table altogether: in the text column after the one the table ends (beside it, or
        under it where the table is set across that column too), not beside its rows?"""
        first, last = self.region.header[0], self.region.body[-1] if self.region.body else None
        return last is not None and line.page == first.page == last.page and (line.bottom <= first.top or (
            line.top <= first.top + 1 and line.x0 >= max(ln.x1 for ln in self.region.header + self.region.body) - 1))

    def _a_row_among_sources(self, line: Line) -> bool:
        """A source's or a group's name alone ("Publiek", "Rijk") among rows named for sources:
        a table drawn turned (a source per row) sets a group as a row over its members, and a
        source with nothing to give as a row without amounts; neither is a header of its own."""
        aliases = self.region.aliases
        if self.state != "body" or self._next_page(line) or (
                colmap.group_of(line.text) is None and colmap.source_of(line.text, aliases) is None):
            return False
        # Every row so far, its total aside, named for a source or a group of them.
        labels = [join_words(ln.segments()[0]) for ln in self.region.body if ln.words]
        meanings = [(colmap.source_of(label, aliases), colmap.group_of(label)) for label in labels]
        named = [source is not None or group is not None for source, group in meanings if not (source and source.role == "total")]
        return bool(named) and all(named)

    def _next_page(self, line: Line) -> bool:
        return bool(self.region.body) and line.page != self.region.body[-1].page

    def _repeats_header(self, line: Line) -> bool:
        """A line of the header printed again on a new page (not the rest of a row that the
        page break cut: that goes on below it). A table laid out anew on that page may break
        a label there that it did not before ("Waterschap" as "Water-" / "schap")."""
        header = {w.text.casefold() for ln in self.region.header for w in ln.words}

        def in_header(word: str) -> bool:
            return word in header or any(
                (word.endswith("-") and label.startswith(word[:-1])) or (len(word) >= 4 and label.endswith(word))
                for label in header)
        if has_values(line, self.value_x(line)):
            return False
        return all(in_header(w.text.casefold()) for w in line.words if not _CONTINUATION.fullmatch(w.text)) \
            or self._group_over_the_repeated(line)

    def _group_over_the_repeated(self, line: Line) -> bool:
        """A group's name ("Publieke partijen") right over the header printed again: the
        repeated header's, though the header on the page before was read without it."""
        if not all(colmap.group_of(join_words(seg)) for seg in line.segments()):
            return False
        below = self._page_from(line)[1:2]
        return bool(below) and below[0].top - line.bottom <= self.settings.row_gap_em * line.size \
            and self._repeats_header(below[0])

    def _upper_lines_of_the_next(self, line: Line) -> bool:
        """Does the line open the next table's header, its upper lines (a group's label, the
        first words of wrapped labels) over a header line before any row: on the next page,
        a header of other labels; a paragraph's gap under the rows, any header?"""
        region = self.region
        # A note's line, even the first of the next page (its table's last row ended the page before), is none.
        if self.state not in ("body", "footnotes") or has_values(line, self.value_x(line)) \
                or self._opens_a_note(line) or self._under_the_last_note(line):
            return False
        if self._next_page(line):
            return self._other_header_from(line)
        return self.state == "body" and bool(region.body) \
            and line.top - region.body[-1].bottom > self.settings.row_gap_em * line.size \
            and not self._caption_below(line) and self._other_header_from(line, repeated_too=True)

    def _out_of_its_panel(self, line: Line) -> bool:
        """Do the table's rows stand in a panel beside the column of text (see layout's
        _panel_box) and the line, no note of the table's, in none: the text the panel was set
        beside, going on after it?"""
        last = self.region.body[-1] if self.region.body else None
        return last is not None and any(PageLayout.within(last, box) for box in self.pages[last.page].panels) \
            and not any(PageLayout.within(line, box) for box in self.pages[line.page].panels) \
            and not self._opens_a_note(line)

    def _opens_a_note(self, line: Line) -> bool:
        """A note under the table: its mark and words, or one of the marks its amounts carry."""
        typed = self._typed_marks()
        return is_footnote(line, typed) or starts_with_mark(line, typed)

    def _under_the_last_note(self, line: Line) -> bool:
        """Does the line go on the note over it: close under it, in its type, within its width?"""
        if self.state != "footnotes" or not self.region.footnotes:
            return False
        last = self.region.footnotes[-1]
        return last.page == line.page and 0 <= line.top - last.bottom <= self.settings.row_gap_em * line.size \
            and abs(line.size - last.size) < self.settings.other_type_pt and last.x0 - 1 <= line.x0 < last.x1

    def _header_again_from(self, line: Line) -> bool:
        """Does the header printed again on the next page open with this line, its upper one (a
        group's name), after the notes at the foot of the page before?"""
        return self._next_page(line) and self._repeats_header(line) and self._over_the_header_again(line)

    def _over_the_header_again(self, line: Line) -> bool:
        """Does the header printed again stand under the line, no row's, before any row: the
        table goes on from there, and what the page sets over it (its running header) is not
        the table's."""
        if has_values(line, self.value_x(line)):
            return False
        for below in self._page_from(line)[1:]:
            if has_values(below, self.value_x(below)):
                return False
            if self._repeats_header(below) and is_table_header(below, self.region.aliases, self.settings):
                return True
        return False

    def _other_header_from(self, line: Line, repeated_too: bool = False) -> bool:
        """Does a header line other than this table's (or, ``repeated_too``, any) stand from
        this line down to the first line with values?"""
        for below in self._page_from(line):
            if has_values(below, self.value_x(below)):
                return False
            if is_table_header(below, self.region.aliases, self.settings) and (repeated_too or not self._repeats_header(below)):
                return True
        return False

    def _right_over_a_header(self, line: Line) -> bool:
        """Does another table's header start right under the line (its first line, or one
        under a group's label and a label's first words wrapped over it), not this one's
        repeated on its next page?"""
        below = self._page_from(line)[1:4]
        return bool(below) and below[0].top - line.bottom <= self.settings.caption_gap_em * line.size \
            and any(is_table_header(b, self.region.aliases, self.settings) and not self._repeats_header(b) for b in below)

    def _the_next_tables_unit(self, line: Line) -> bool:
        """Does the line state the unit of the table whose header starts right under it (no
        caption of that table's own between them)?"""
        return self._right_over_a_header(line) and not any(map(names_table, self._page_from(line)[1:2]))

    def _page_from(self, line: Line) -> list[Line]:
        """The page's lines from this one on; none where the line is no line of its page as
        read (a part the walk cut from one)."""
        lines = self.pages[line.page].lines
        try:
            return lines[lines.index(line):]
        except ValueError:
            return []

    def _right_edge(self) -> float:
        """How far right the table reaches: its lines, and the first rule right of them that
        runs through one (its border); gathered, it might reach the page's edge."""
        lines = self.region.header + self.region.body
        right = max(ln.x1 for ln in lines)
        return min((x for ln in lines for x in self.pages[ln.page].vrules_crossing(ln.top, ln.bottom) if x >= right - 1),
                   default=right)

    def _typed_marks(self) -> frozenset[str]:
        """The table's typed note marks (see typed_marks), read from the lines added since."""
        read, marks = self._typed
        if read != len(self.region.body):
            self._typed = (len(self.region.body), marks | typed_marks(self.region.body[read:]))
        return self._typed[1]

    def _take_under_the_table(self, line: Line) -> None:
        """The caption under the table, its footnotes may follow; or under one captioned over
        it the unit it states, a note of it."""
        if self.caption is None:
            self.caption, self.state = line, "caption"
        else:
            self.region.footnotes.append(line)
            self.state = "footnotes"

    def _caption_goes_on(self, line: Line) -> bool:
        """Does the caption under the table wrap onto the line, its bracket still open
        ("Tabel 2.3 Financiering Leonardo (bron:" over "projectvoorstel)")?"""
        caption = self.caption
        return caption is not None and caption.text.count("(") > caption.text.count(")") and line.page == caption.page \
            and abs(line.size - caption.size) < self.settings.other_type_pt \
            and 0 <= line.top - caption.bottom <= self.settings.row_gap_em * line.size

    def _caption_below(self, line: Line) -> bool:
        """A caption set right under the table ("Tabel 6. Opgaven/Investeringen"), or under one
        captioned over it, the unit its amounts are in ("Bedragen in duizenden euro's"; not the
        next table's, right over its header)."""
        last = self.region.body[-1] if self.region.body else None
        its_own = self.caption is None or (states_the_unit(line) and not names_table(line)
                                           and not self._the_next_tables_unit(line))
        return its_own and last is not None and last.page == line.page and is_caption(line) \
            and (self.captions_below or not names_table(line)) \
            and 0 <= line.top - last.bottom <= self.settings.caption_gap_em * line.size

    def read(self, project: str) -> tuple[FundingTable | None, list[ExtractionWarning]]:
        """The table, or why there is none; with what the reader noticed on the way."""
        region = self.region
        page = region.header[0].page
        if not region.body:
            return None, [ExtractionWarning(code="table-without-rows", page=page,
                                            message=f"{project}: table '{region.label}' has a header but no rows")]
        if begun := first_row_lines_in_header(region.header, region.body):
            region.header, region.body = region.header[:-begun], region.header[-begun:] + region.body
        region.caption = self.caption.text if self.caption else ""
        region.x1 = min(region.x1, self._right_edge() + self.settings.table_margin_pt)
        try:
            table = build_table(region)
        except Exception as exc:  # one unreadable table must not cost the rest of the dossier
            return None, [ExtractionWarning(code="table-unreadable", page=page,
                                            message=f"{project}: table '{region.label}' could not be read ({exc})")]
        describe_lines(table, self.caption, region.header)
        return table, region.warnings
