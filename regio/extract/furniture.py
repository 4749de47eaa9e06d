"""Running headers and footers: the same line at the same place on many pages.

A document's furniture (its title in the header, "Pagina 3 van 31" in the footer, a
confidentiality line) is never content: left in, it would end fields, start tables and
split projects. A line counts as furniture when, with its digits ignored, it stands at
about the same height near the top or bottom edge of at least ``furniture_share`` of the
pages; a lone page number near an edge always does.

A web page printed to PDF repeats more than a header: a navigation column, a logo, a
cookie notice stand word for word at the same place on nearly every page, beside the
content and on its baselines. Such words are taken out of the pages before anything else
reads them (``without_repeated_words``).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import replace
from statistics import median

from regio.extract.columns import is_column_word
from regio.extract.finder import names_table
from regio.extract.labels import GOES_ON, Labels, squash
from regio.extract.layout import (
    Fill,
    Line,
    PageLayout,
    Word,
    apart_in_columns,
    build_lines,
    columns_at,
    join_words,
    rules_across,
    running_text,
    text_columns,
)
from regio.extract.settings import Settings
from regio.money import is_figure

# The words a page's number follows: "pagina 2", "blz. 2", "blad 2" (a typed report's sheet).
PAGE_WORD = r"(?:pagina|page|blad|blz\.?|pag\.|p\.)"
_PAGE_NUMBER = re.compile(rf"^(?:{PAGE_WORD}\s*|[-–—]\s*)?\d{{1,4}}(?:\s*(?:/|van|of)\s*\d{{1,4}})?(?:\s*[-–—])?$", re.I)
_SAME_PLACE_PT = 6.0


def _keys(line: Line, layout: PageLayout) -> set[tuple[str, bool]]:
    """The line's text, digits aside, and the text of each of its parts set apart: a header
    that names the dossier on the left and the current theme on the right repeats by its
    left part. A header has a left, a middle and a right part at most; more parts, or an
    amount beside its label, are a table's cells, whose row repeats only word for word."""
    top = line.top < layout.height / 2
    if _a_column_label(line.text):
        return set()  # a table's column or group label over its part on each page (printed pages across)
    if _table_row(line):
        return {(" ".join(line.text.casefold().split()), top)}
    # (a list's mark before its item is no part that repeats: every page has its bullets)
    parts = [join_words(seg) for seg in line.segments()]
    texts = [line.text, *(part for part in parts if not _a_column_label(part) and any(map(str.isalnum, part)))] \
        if len(parts) in (2, 3) else [line.text]
    return {(keyed(text), top) for text in texts}


def _labels_side_by_side(line: Line, labels: Labels) -> bool:
    """The labels of fields set side by side, each project opening with them at that place."""
    parts = line.segments()
    return len(parts) >= 2 and all(labels.whole(join_words(part)) for part in parts)


def _a_column_label(text: str) -> bool:
    """A word a table's header names a column or a group by ("Rijk", "Publiek"), alone."""
    return len(text.split()) == 1 and is_column_word(text)


def _table_row(line: Line) -> bool:
    """An amount beside its label: a table's row, or a record's line, at whatever place."""
    return any(is_figure(part) and not _PAGE_NUMBER.match(part) for part in (join_words(seg) for seg in line.segments()))


def _edge_distance(line: Line, layout: PageLayout) -> float:
    return line.top if line.top < layout.height / 2 else layout.height - line.bottom


def _near_edge(line: Line, layout: PageLayout, settings: Settings) -> bool:
    margin = settings.furniture_margin(layout.width, layout.height)
    if layout.area is not None:
        top, bottom = layout.area
        return line.bottom < top + margin or line.top > bottom - margin
    return line.bottom < margin or line.top > layout.height - margin


def furniture(layouts: list[PageLayout], settings: Settings) -> set[int]:
    """ids of the lines that are running headers, footers, page numbers or an imprint.

    A running header is the same line at the same place on most of the pages that have
    any line there: a document whose projects open on pages without the header, or whose
    budgets stand on pages of their own, still repeats it on every other page."""
    places: dict[tuple[str, bool], list[tuple[int, float, Line]]] = defaultdict(list)
    edges: list[tuple[int, bool, float]] = []  # every near-edge line: page, top edge, distance
    found: set[int] = set()
    for layout in layouts:
        found.update(_page_numbers(layout, settings))
    alone = set(found)  # the numbers alone at a page's edge
    found.update(id(line) for layout in layouts for line in (*_naming_its_page(layout, settings), *_imprint(layout)))
    for layout in layouts:
        for line in layout.lines:
            if not _near_edge(line, layout, settings):
                continue
            for key in _keys(line, layout):
                places[key].append((layout.number, _edge_distance(line, layout), line))
            edges.append((layout.number, line.top < layout.height / 2, _edge_distance(line, layout)))
    if len(layouts) < 2:
        return found
    least = max(3.0, settings.furniture_min_share * len(layouts))
    by_number = {layout.number: layout for layout in layouts}
    labels = Labels()
    text_size = _text_size(layouts)
    for (text, top), seen in places.items():
        if len(layouts) == 2 and not _running_on_both(seen, labels):
            continue
        middle = median(distance for _, distance, _ in seen)
        same_place = [(page, line) for page, distance, line in seen if abs(distance - middle) <= _SAME_PLACE_PT]
        occupied = {page for page, edge, distance in edges if edge == top and abs(distance - middle) <= _SAME_PLACE_PT}
        pages = {page for page, _ in same_place}
        if text == "#" and (not _steps_with_the_pages(same_place) or _numbers_titles(same_place, text_size)):
            continue  # a heading's own number set apart from its title ("1   Circulaire Transformatie")
        # In a short document two pages can show a running header at their top (set apart
        # from the text under it, though a page's large title may stand as close as a kicker).
        # So can two pages show a line that carries their number ("Vertrouwelijk 2", "Vertrouwelijk 3").
        fewest = 2 if _carries_the_folio(same_place) or (
            top and all(_a_small_header(line, text, labels, text_size) for _, line in same_place)
            and 2 * sum(_set_apart(line, by_number[page], settings) for page, line in same_place) >= len(same_place)) \
            else least
        if len(pages) >= max(min(fewest, len(layouts)), settings.furniture_share * len(occupied)):
            found.update(id(line) for _, line in same_place)
        else:  # a part's own header in a bundle of parts, whole, on every page of a run
            in_runs = _runs(pages, _RUN)
            found.update(id(line) for page, line in same_place if page in in_runs and keyed(line.text) == text
                         and len(line.words) > 1 and not labels.whole(line.text)
                         and (line.size <= text_size or page - 1 in pages))
    found.update(_folio_heads(layouts, settings, text_size, alone))
    found.update(_folios_inside(layouts, found, settings))
    found.update(_heads_over_the_text(layouts, settings, text_size, found))
    if len(layouts) >= 3:
        found.update(_running_titles(layouts, settings, least, text_size))
    found.update(id(line) for layout in layouts for line in layout.lines if _BLANK_PAGE.fullmatch(line.text.strip()))
    return found - _labels_going_on(layouts, settings) - _content_at_the_place(layouts, found, labels, settings)


def _content_at_the_place(layouts: list[PageLayout], found: set[int], labels: Labels, settings: Settings) -> set[int]:
    """ids of the lines found where a running header or footer stands that are content there:
    a form's label or field, a label over its text, labels side by side, a table's header, and
    a caption that numbers a table ("Tabel 3 Financiering ... (bedragen x € 1 mln.)"), however
    its scale repeats at that place or its text runs on over pages like a part's title."""
    return {id(line) for layout in layouts for line in layout.lines if id(line) in found and (
        _a_forms_label(line, layout, labels, settings) or _a_forms_field(line, layout, labels, settings)
        or _labels_the_text_under_it(line, layout, labels, settings) or _labels_side_by_side(line, labels)
        or _heads_a_table(line, layout) or names_table(line))}


_RUN = 3


def _page_numbers(layout: PageLayout, settings: Settings) -> set[int]:
    """The page's numbers: a number alone ("3", "- 3 -", "Pagina 3 van 12") near its top or
    foot, the outermost such on its side (a row label's last word wrapped under it, "fase"
    over "2", stands further in), and not as close under or over a line as the lines of
    a paragraph or a cell stand (that word where the page's folio is elsewhere), nor set
    large (a project's number in display type over its title)."""
    if not layout.lines:
        return set()
    largest = _FOLIO_SIZE_SHARE * median(ln.size for ln in layout.lines)
    numbers = [line for line in layout.lines if _near_edge(line, layout, settings) and _PAGE_NUMBER.match(line.text)
               and line.size <= largest and not _wraps_on(line, layout)]
    top = [ln for ln in numbers if ln.top < layout.height / 2]
    foot = [ln for ln in numbers if ln.top >= layout.height / 2]
    return {id(ln) for ln in top if ln.top <= min(o.top for o in top) + 2} \
        | {id(ln) for ln in foot if ln.bottom >= max(o.bottom for o in foot) - 2}


_FOLIO_SIZE_SHARE = 2.0  # a folio set larger than this many times the page's usual type is none


def _naming_its_page(layout: PageLayout, settings: Settings) -> list[Line]:
    """A line at the page's top or foot that ends by naming the page ("Gemeente Zwolle —
    Begroting — pagina 2"), or by its number in type smaller than the text's, set apart from
    the text ("Rivierenland · Regio Deal   1"): furniture, though no other page repeats it
    (a short document's first page may print no footer; a document of one page has no other)."""
    body = median(ln.size for ln in layout.lines) if layout.lines else 0.0
    return [line for line in layout.lines if _near_edge(line, layout, settings) and not _wraps_on(line, layout)
            and (_NAMES_A_PAGE.search(line.text) or _numbered_footer(line, layout, body - settings.other_type_pt, settings)
                 or _a_browsers_print_line(line, layout, body - settings.other_type_pt, settings))]


def _a_browsers_print_line(line: Line, layout: PageLayout, small: float, settings: Settings) -> bool:
    """A browser's print header or footer, in small type set apart at the page's edge: the
    date and time of printing and the page's title ("14-05-2018 16:32  Leonardo – Regio Deal"),
    or the page's address and the print's page count ("https://.../leonardo   1/3"). Each print
    of a web page names its own title, so no other page need repeat it."""
    if line.size > small or not _set_apart_at_its_edge(line, layout, settings):
        return False
    if _PRINT_STAMP.match(line.text) or _PRINT_ADDRESS.match(line.text):
        return True
    # (its date may be gone already, at one place on every page: the page's title opens what
    # is left, the site's name after it; a breadcrumb trail ends with the title instead)
    own = squash(line.text)
    return line.top < layout.height / 2 and any(
        ln.size >= settings.heading_size_share * small and len(title := squash(ln.text)) >= _TITLE_CHARS
        and own.startswith(title) and title != own for ln in layout.lines)


_TITLE_CHARS = 8  # a title to find in a header: not a word of two


_PRINT_STAMP = re.compile(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)")
_PRINT_ADDRESS = re.compile(r"(?:https?://|www\.)\S+.*\s\d{1,3}\s*/\s*\d{1,3}$")


def _numbered_footer(line: Line, layout: PageLayout, small: float, settings: Settings) -> bool:
    words = line.words
    return len(words) >= 2 and words[-1].text == str(layout.number) and line.size <= small \
        and not any(_an_amount(w.text) for w in words) and _set_apart_at_its_edge(line, layout, settings)


def _set_apart_at_its_edge(line: Line, layout: PageLayout, settings: Settings) -> bool:
    """Further from the text on the page's side of it than a kicker stands from its title."""
    if line.top < layout.height / 2:
        return _set_apart(line, layout, settings)
    above = max((ln for ln in layout.lines if ln.bottom <= line.top), key=lambda ln: ln.bottom, default=None)
    return above is None or line.top - above.bottom > settings.theme_gap_em * max(line.size, above.size)


_NAMES_A_PAGE = re.compile(rf"(?:^|\s){PAGE_WORD}\s*\d{{1,4}}(?:\s*(?:/|van|of)\s*\d{{1,4}})?$", re.I)


def _wraps_on(line: Line, layout: PageLayout) -> bool:
    """Does the line stand under or over another, overlapping it across, a line's leading
    from it?"""
    def leading(upper: Line, lower: Line) -> bool:
        return upper.top + 0.5 * lower.size < lower.top and lower.top - upper.bottom < _LEADING_EM * lower.size

    return any(other is not line and other.x0 < line.x1 and line.x0 < other.x1
               and (leading(other, line) or leading(line, other)) for other in layout.lines)


_LEADING_EM = 0.5


def _steps_with_the_pages(same_place: list[tuple[int, Line]]) -> bool:
    """A number set apart at one place on the pages is their folio where it rises as they do,
    one for one from page to page (a bundle's parts may start again); the numbers of the
    headings that open the projects rise by one from project to project, however many pages
    each takes."""
    numbered = sorted((page, int(number)) for page, line in same_place
                      for number in (join_words(seg) for seg in line.segments()) if number.isdigit())
    steps = [b_number - a_number == b_page - a_page for (a_page, a_number), (b_page, b_number) in zip(numbered, numbered[1:])]
    return sum(steps) > len(steps) / 2 if steps else True


def _numbers_titles(same_place: list[tuple[int, Line]], text_size: float) -> bool:
    """Does each number stand on a line of its own words in a title's type (larger than the
    text)? Projects of a page each number their titles as the pages are numbered."""
    return all(line.size > text_size + 1 and len(line.segments()) > 1 for _, line in same_place)


def _carries_the_folio(same_place: list[tuple[int, Line]]) -> bool:
    """Does each line, one a page, end in a number that rises one for one with the pages?"""
    numbered = [(page, int(m[1])) for page, line in same_place if (m := _LAST_NUMBER.search(line.text))]
    return len(numbered) == len(same_place) == len({page for page, _ in numbered}) and _one_for_one(numbered)


def _one_for_one(numbered: list[tuple[int, int]]) -> bool:
    """Do the (page, number) pairs, on two pages or more, number the pages one for one?"""
    return len({page for page, _ in numbered}) >= 2 and len({number - page for page, number in numbered}) == 1


_LAST_NUMBER = re.compile(r"(\d{1,4})\s*$")
_A_NUMBER = re.compile(r"\d{1,4}")


def _folios_inside(layouts: list[PageLayout], found: set[int], settings: Settings) -> set[int]:
    """The page numbers of pages placed inside others (a partner's submission scaled onto the
    bundle's sheets, each sheet numbered again at its own edge): a number alone, the first
    or last line of what the sheet holds inside its own header and footer, set apart from
    the text, at one place on two pages or more, rising with the pages where it stands."""
    at: dict[tuple[bool, int], list[tuple[int, Line]]] = defaultdict(list)
    for layout in layouts:
        by_top = sorted((ln for ln in layout.lines if id(ln) not in found), key=lambda ln: ln.top)
        # (a sheet may hold nothing else the text could read: a picture, its folio under it)
        alone = [(by_top[0], None, by_top[0].top < layout.height / 2)] if len(by_top) == 1 else []
        pairs = [(by_top[0], by_top[1], True), (by_top[-1], by_top[-2], False)] if len(by_top) >= 2 else alone
        for line, neighbour, top in pairs:
            gap = math.inf if neighbour is None else neighbour.top - line.bottom if top else line.top - neighbour.bottom
            if _PAGE_NUMBER.match(line.text) and gap > settings.theme_gap_em * max(line.size, (neighbour or line).size):
                at[top, round(_edge_distance(line, layout) / _SAME_PLACE_PT)].append((layout.number, line))
    return {id(line) for same_place in at.values() if len(same_place) >= 2 and _steps_with_the_pages(same_place)
            for _, line in same_place}


def _folio_heads(layouts: list[PageLayout], settings: Settings, text_size: float, alone: set[int]) -> set[int]:
    """Running heads that differ from page to page, as a book's left and right pages do
    ("2   1.1 Groene Werkplaats" and "Regio Deal Zuidoost Drenthe   3"), but open or end
    with the page's number: the highest or lowest line of a page, in type no larger than the
    text's (no heading), a few parts set apart and no figure but the number (no row of a
    table), their numbers all one for one with the pages, on two pages or more with the
    numbers ``alone`` on other pages (a first page numbered at its foot, the next at its head)."""
    numbered: list[tuple[int, int, Line | None]] = []
    for layout in layouts:
        numbered += [(layout.number, int(m[0]), None) for line in layout.lines
                     if id(line) in alone and (m := _A_NUMBER.search(line.text))]
        highest = min(layout.lines, key=lambda ln: ln.top, default=None)
        lowest = max(layout.lines, key=lambda ln: ln.bottom, default=None)
        for line in {id(ln): ln for ln in (highest, lowest) if ln is not None}.values():
            parts = [join_words(seg) for seg in line.segments()]
            folio = next((p for p in (parts[0], parts[-1]) if p.isdigit() and len(p) <= 4), None)
            if folio is not None and 2 <= len(parts) <= 4 and sum(map(is_figure, parts)) == 1 \
                    and _near_edge(line, layout, settings) and not line.bold \
                    and line.size < text_size + settings.other_type_pt:
                # (with what the page sets on its baseline: a head the text's columns parted)
                numbered += [(layout.number, int(folio), ln) for ln in layout.lines
                             if abs(ln.top - line.top) < 1 and abs(ln.bottom - line.bottom) < 1]
    heads = [(page, number) for page, number, line in numbered if line is not None]
    if heads and (_one_for_one(heads) or _one_for_one([(page, number) for page, number, _ in numbered])):
        return {id(line) for _, _, line in numbered if line is not None}
    return set()


def _heads_over_the_text(layouts: list[PageLayout], settings: Settings, text_size: float, found: set[int]) -> set[int]:
    """A running head a short document prints on a page or two only (those after a project's
    first): the page's highest line, a few words in small type, neither bold (a label) nor
    opening a note nor holding an amount (a table's total or note the page break left for
    the page), set apart from the text under it (a paragraph's last words alone on a page
    have none) and over where the text of every other page starts."""
    small = text_size - settings.other_type_pt
    tops = {layout.number: min((ln.top for ln in layout.lines if id(ln) not in found and ln.size > small), default=math.inf)
            for layout in layouts}
    heads: set[int] = set()
    for layout in layouts:
        line = min((ln for ln in layout.lines if id(ln) not in found), key=lambda ln: ln.top, default=None)
        if line is None:
            continue
        under = min((ln.top for ln in layout.lines if ln.top > line.top + line.size / 2 and id(ln) not in found),
                    default=math.inf)
        if _a_head(line, small) and math.isfinite(under) and under - line.bottom > settings.theme_gap_em * text_size \
                and line.bottom < min((top for number, top in tops.items() if number != layout.number), default=-math.inf):
            heads.update(id(ln) for ln in layout.lines if abs(ln.top - line.top) < 1 and ln.size <= small)
    return heads


def _a_head(line: Line, small: float) -> bool:
    return line.size <= small and not line.bold and len(line.words) <= _HEAD_WORDS and line.text[:1] not in _NOTE_OPENERS \
        and not any(_an_amount(w.text) for w in line.words)


def _an_amount(text: str) -> bool:
    """A figure with digits, more than a page's or a year's number."""
    return is_figure(text) and any(c.isdigit() for c in text) and not (text.isdigit() and len(text) <= 4)


_HEAD_WORDS = 8
_NOTE_OPENERS = frozenset("*†‡§¹²³⁴⁵⁶⁷⁸⁹0123456789(")


def _set_apart(line: Line, layout: PageLayout, settings: Settings) -> bool:
    """Further over the text under it than a kicker stands over its title."""
    under = min((ln for ln in layout.lines if ln.top >= line.bottom), key=lambda ln: ln.top, default=None)
    return under is None or under.top - line.bottom > settings.theme_gap_em * max(line.size, under.size)


def _a_small_header(line: Line, text: str, labels: Labels, text_size: float) -> bool:
    """The whole line of a header: words in type smaller than the text, neither a field's
    label nor a table's header repeated over the part of the table on each page."""
    return len(line.words) > 1 and keyed(line.text) == text and line.size < text_size and not labels.match(line.text) \
        and not any(is_column_word(join_words(seg)) for seg in line.segments())


def _running_on_both(seen: list[tuple[int, float, Line]], labels: Labels) -> bool:
    """On a document of two pages, a line the same on both (digits aside) at the same edge is
    its header or footer where it is nothing that may open both pages: no bold heading, no
    field's label, no table's header of column labels."""
    lines = [line for _, _, line in seen]
    return len({page for page, _, _ in seen}) == 2 and not any(
        labels.whole(line.text) or line.bold or sum(map(is_column_word, (w.text for w in line.words))) >= 2
        for line in lines)


def _a_forms_label(line: Line, layout: PageLayout, labels: Labels, settings: Settings) -> bool:
    """A field label under the title at the top of a project's page (a form each project opens
    anew): the page's own, however often it stands at that place. Nothing in larger type
    stands over a running header."""
    return labels.whole(line.text) and any(other.bottom <= line.top and other.size > line.size + settings.other_type_pt
                                           for other in layout.lines)


def _a_forms_field(line: Line, layout: PageLayout, labels: Labels, settings: Settings) -> bool:
    """The same with the field's text beside its label ("Projectnaam  Innovatiecentrum ..."),
    a sheet that opens every project with the same field at the same place."""
    return _a_forms_label(Line(line.page, line.segments()[0], line.space), layout, labels, settings)


def _labels_the_text_under_it(line: Line, layout: PageLayout, labels: Labels, settings: Settings) -> bool:
    """A field's label with its text right under it, as close as a kicker over its title:
    projects that each happen to open a page with the same field show it at the same place
    on those pages. A running header stands further off the text under it."""
    return labels.whole(line.text) and not _set_apart(line, layout, settings)


def _heads_a_table(line: Line, layout: PageLayout) -> bool:
    """A line of column labels over rows of amounts: a table's header, however often a table
    stands at that place (a budget at the top of each project's last page, its header
    repeated over each page's part)."""
    named = sum(map(is_column_word, (w.text for w in line.words)))
    # (or a line of the header beside one, under or over it: a source's name, a wrapped
    # label's rest, "stellingen publiek", the first words of labels centred in a taller header)
    below = sorted((ln for ln in layout.lines if ln.top > line.top), key=lambda ln: ln.top)[:_HEADER_LINES]
    if _over_its_cells(line, below):
        return True
    if named < 2 and not (named and (any(other is not line and abs(line.top - other.top) <= line.size
                                         and sum(map(is_column_word, (w.text for w in other.words))) >= 2
                                         for other in layout.lines) or _names_the_column_under(line, below))):
        return False
    return any(map(_table_row, below))


def _over_its_cells(line: Line, below: list[Line]) -> bool:
    """Labels of more cells than a running header has parts ("Kostenpost  Financier  Bedrag"),
    right over a row whose cells stand under them: a table's header, whatever it names."""
    heads = line.segments()
    if len(heads) < 3 or not below or below[0].top - line.bottom > line.size or not _table_row(below[0]):
        return False
    under = sum(any(seg[0].x0 < head[-1].x1 and head[0].x0 < seg[-1].x1 for head in heads) for seg in below[0].segments())
    return under >= 2 and not any(_an_amount(w.text) for w in line.words)


def _names_the_column_under(line: Line, below: list[Line]) -> bool:
    """One source's name over the figures of the row right under it: the header of a table
    whose other columns the page before printed (a spreadsheet printed pages across)."""
    name = next(w for w in line.words if is_column_word(w.text))
    return bool(below) and below[0].top - line.bottom <= line.size and any(
        is_figure(w.text) and w.x0 < name.x1 + line.size and name.x0 - line.size < w.x1 for w in below[0].words)


_HEADER_LINES = 4  # a header's lines under its first, a group's members among them, and the first row


def _runs(pages: set[int], length: int) -> set[int]:
    """The pages that stand in a run of at least ``length`` pages in a row."""
    out: set[int] = set()
    for page in pages:
        if page - 1 not in pages:
            end = page
            while end + 1 in pages:
                end += 1
            if end - page + 1 >= length:
                out.update(range(page, end + 1))
    return out


# What a printed book says on the back of a sheet it leaves empty.
_BLANK_PAGE = re.compile(r"(?i)\(?(?:deze\s+pagina\s+is\s+|this\s+page\s+(?:has\s+been\s+|is\s+)?)?"
                         r"(?:bewust|opzettelijk|intentionally)\s+(?:leeg|blank|left\s+blank)(?:\s+gelaten)?\.?\)?")


def _imprint(layout: PageLayout) -> list[Line]:
    """A copyright line ("© 2019 Regio Deal Foodvalley · Privacy") and the lines its paragraph
    goes on with: a web page's or a report's imprint, nobody's field. So are a web page's
    controls and links printed with it ("↑ Terug naar boven", "Deel deze pagina: LinkedIn",
    "Privacyverklaring · Cookies", "Contact: ... | info@... | www...")."""
    imprint: list[Line] = []
    last: Line | None = None  # the paragraph's line before, while it is the imprint's
    for line in sorted(layout.lines, key=lambda ln: ln.top):
        if _opens_an_imprint(line.text) or (last is not None and 0 <= line.top - last.bottom <= _LEADING_EM * last.size
                                            and line.x0 < last.x1 and last.x0 < line.x1):
            imprint.append(line)
            last = line
        elif last is not None and line.top >= last.bottom:
            last = None
    return imprint


def _opens_an_imprint(text: str) -> bool:
    linked = any(mark in text for mark in _LINK_SEPARATORS)  # links in a row, not a sentence's words
    return bool(_COPYRIGHT.match(text) or _PAGE_CONTROL.fullmatch(text) or _SHARING.match(text)
                or (linked and (_SITE_LINK.search(text) or (_CONTACT.match(text) and "@" in text))))


_COPYRIGHT = re.compile(r"(?i)\s*(?:©|\(c\)|copyright\b\s*©?)\s*(?:19|20)\d{2}\b")
_PAGE_CONTROL = re.compile(r"(?i)\s*[↑^]?\s*(?:terug\s+naar\s+(?:boven|begin)|naar\s+boven|back\s+to\s+top)\s*[↑^]?\s*")
_SHARING = re.compile(r"(?i)\s*(?:deel\s+(?:deze\s+pagina|dit\s+(?:artikel|bericht))|share\s+this\s+page|volg\s+ons)\s*:")
_SITE_LINK = re.compile(r"(?i)\b(?:privacyverklaring|privacybeleid|privacystatement|cookieverklaring|cookiebeleid"
                        r"|disclaimer|toegankelijkheidsverklaring|sitemap)\b")
_CONTACT = re.compile(r"(?i)\s*contact\s*:")
_LINK_SEPARATORS = ("·", "|", "•")


def _labels_going_on(layouts: list[PageLayout], settings: Settings) -> set[int]:
    """A field's label marked as going on from the page before ("Opgave (vervolg)": a box cut
    at the foot of a page), however often it stands at the top of one, is no running header."""
    labels = Labels()
    return {id(line) for layout in layouts for line in layout.lines if _near_edge(line, layout, settings)
            and GOES_ON.search(line.text) and labels.whole(GOES_ON.sub("", line.text))}


def folios(layouts: list[PageLayout], settings: Settings) -> dict[int, int]:
    """The page each printed page number stands on ({5: 3}: the page printed "5" is the
    PDF's third), where the pages print their numbers and they rise with the pages: a
    booklet's spreads print two on each sheet, a document with a cover starts at another
    number. Empty where the numbers are too few or out of order. Where two numberings stand
    at two places (a release's own beside the document's), the document's is the one that
    is not the file's own count of its pages."""
    by_place: dict[tuple[bool, int], list[tuple[int, int]]] = defaultdict(list)
    series = []
    for layout in layouts:
        for line in (ln for ln in layout.lines if _near_edge(ln, layout, settings)):
            # A spread prints its two folios apart on one line; more numbers there are a row of
            # a table at the page's edge (its years: "2024 2025 2026").
            numbers = [n for text in (join_words(seg) for seg in line.segments())
                       if _PAGE_NUMBER.match(text) and (n := re.search(r"\d+", text))]
            place = (line.top < layout.height / 2, round(3 * (line.x0 + line.x1) / 2 / layout.width))
            for number in numbers if len(numbers) <= 2 else []:
                series.append((int(number.group()), layout.number))
                by_place[place].append((int(number.group()), layout.number))
    whole = _numbering(series)
    if whole is not None or len(by_place) < 2:
        return whole or {}
    # (a page's number goes up by one from page to page, numbered headings at a page's top do
    # not; and it stands on most pages, not on a bundled part's alone)
    own = [found for found in map(_numbering, by_place.values()) if found is not None
           and any(number != page for number, page in found.items()) and _with_the_pages(found)
           and len(found) >= len(layouts) / 2]
    return own[0] if len(own) == 1 else {}


def _with_the_pages(found: dict[int, int]) -> bool:
    numbered = sorted(found.items())
    return all(n2 - n1 == p2 - p1 for (n1, p1), (n2, p2) in zip(numbered, numbered[1:]))


def _numbering(numbers: list[tuple[int, int]]) -> dict[int, int] | None:
    """Page numbers and the pages they stand on as one numbering: three or more, each on
    one page, rising with the pages, never slower than they do (a chapter's number at the top
    of its first page rises by one over many)."""
    found: dict[int, int] = {}
    for number, page in numbers:
        if found.setdefault(number, page) != page:
            return None  # a number printed on two pages: the numbering starts again (a bundle's parts)
    numbered = sorted(found.items())
    return found if len(found) >= 3 and all(p1 <= p2 and n2 - n1 >= p2 - p1
                                            for (n1, p1), (n2, p2) in zip(numbered, numbered[1:])) else None


def _text_size(layouts: list[PageLayout]) -> float:
    return (Counter(round(line.size, 1) for layout in layouts for line in layout.lines).most_common(1) or [(0.0, 0)])[0][0]


def _running_titles(layouts: list[PageLayout], settings: Settings, least: float, text_size: float) -> set[int]:
    """A header whose text changes with each part of the document (a spreadsheet's sheet
    name, a chapter's title): one place at the edge, held on most pages, each text there on
    a run of two or more pages in a row; and a title shown once there in the same type (the
    only page of a part, or a header that alternates sides), or in small type over the
    heading it repeats. A heading set at that place in other type is left alone."""
    at: dict[tuple[bool, int], list[tuple[int, Line]]] = defaultdict(list)
    labels = Labels()  # a field's label at the top of a page is no title
    for layout in layouts:
        for line in layout.lines:
            if _near_edge(line, layout, settings) and len(line.words) <= 8 and not _table_row(line):
                place = (line.top < layout.height / 2, round(_edge_distance(line, layout) / _SAME_PLACE_PT))
                at[place].append((layout.number, line))
    found: set[int] = set()
    by_number = {layout.number: layout for layout in layouts}
    for held in at.values():
        pages: dict[str, list[int]] = defaultdict(list)
        for page, line in held:
            pages[keyed(line.text)].append(page)
        # (a field's label at one place on pages in a row is the form's, no part's title)
        runs = [(page, line) for page, line in held if any(abs(page - other) == 1 for other in pages[keyed(line.text)])
                and not labels.whole(line.text)]
        if len({page for page, _ in held}) < max(least, settings.furniture_share * len(layouts)):
            continue
        found.update(id(line) for page, line in held if line.size <= text_size and _echoes_a_heading(line, by_number[page]))
        if len(runs) >= settings.furniture_share * len(held):
            size, bold = median(line.size for _, line in runs), sum(line.bold for _, line in runs) > len(runs) / 2
            # Titles larger than the text, in a band at the top of every page of their part, are
            # its heading where the part begins and its running title after.
            found.update(id(line) for page, line in runs if size <= text_size or page - 1 in pages[keyed(line.text)])
            # A part's title shown on one page only, at that place in the runs' type, is one too,
            # where that type is no larger than the text's (a slide's title bar is its heading).
            if size <= text_size:
                found.update(id(line) for _, line in held if abs(line.size - size) < 0.5 and line.bold == bold
                             and not labels.whole(line.text))
    return found - {id(line) for held in at.values() for _, line in held if _a_column_label(line.text)}


def _echoes_a_heading(line: Line, layout: PageLayout) -> bool:
    """Does a heading on the page say what the line says, or begin with it (a sheet's name,
    cut short as a spreadsheet's are, printed as the page's header)?"""
    key = keyed(line.text)
    return any(other.size > _HEADING_OVER_HEADER * line.size and (keyed(other.text) + " ").startswith(key + " ")
               for other in layout.lines)


_HEADING_OVER_HEADER = 1.3  # a heading's type is this much larger than a running header's, at least


def keyed(text: str) -> str:
    """A line's text as the running lines of a document repeat it, whatever page it numbers."""
    return re.sub(r"\d+", "#", " ".join(text.casefold().split()))


def _a_title_sharing_words(run: list[Word], layout: PageLayout, repeated: Callable[[Word], bool], text_size: float) -> bool:
    """A heading larger than the text that shares words with the headings at its place on
    other pages ("Slimme Zorg", "Slimme Havens"): its own words make it no running header.
    (A footer in large type that names its page and counts the pages is one.)"""
    return _a_heading_of_its_own(run, repeated, text_size) and run[0].top < layout.height / 2 \
        and not _PAGE_COUNTER.search(join_words(run))


def _a_heading_of_its_own(run: list[Word], repeated: Callable[[Word], bool], text_size: float) -> bool:
    """Type larger than the text, some of its words said nowhere else at its place: a heading
    of the page's own, though set where the others set theirs (a slide's title in its bar)."""
    return run[0].size > text_size + 1 and not all(map(repeated, run))


def _at_their_place(layouts: list[PageLayout], enough: float) -> Callable[[Word], bool] | None:
    """Which words stand at the same place on ``enough`` pages; None where none does."""
    # Places on a grid of 2 pt, and on that grid shifted by half a cell each way: a word set
    # a little off its place on each page (an OCR text layer's boxes) falls in one cell of
    # one of the four. A word is placed by its left edge and by its middle: one centred at
    # its place starts further left where it is set in bold (a bar of steps, the current one bold).
    def keys(word: Word) -> tuple[tuple[str, int, int, int], ...]:
        middle = (word.x0 + word.x1) / 2
        return tuple((word.text, grid + 4 * centred, round((x + grid // 2) / 2), round((word.top + grid % 2) / 2))
                     for centred, x in enumerate((word.x0, middle)) for grid in range(4))

    def words(layout: PageLayout) -> Iterator[Word]:
        return (w for line in [*layout.lines, *layout.margin] for w in line.words)

    # Only words on enough pages can be at one place on enough pages: the places of the rest
    # (nearly all the words of a long document) are not counted.
    texts = Counter(text for layout in layouts for text in {w.text for w in words(layout)})
    often = {text for text, count in texts.items() if count >= enough}
    pages: dict[tuple[str, int, int, int], set[int]] = defaultdict(set)
    for layout in layouts:
        for word in words(layout):
            if word.text in often:
                for place in keys(word):
                    pages[place].add(layout.number)
    places = {k for k, seen in pages.items() if len(seen) >= enough}
    if not places:
        return None
    return lambda word: word.text in often and any(place in places for place in keys(word))


def without_repeated_words(layouts: list[PageLayout], settings: Settings) -> list[PageLayout]:
    """The pages without the words that stand at the same place on nearly every page (a
    page that holds nothing else is left out); those a page read as notes in its margin
    count too, since a column of them may stand beside text on one page and alone on the next."""
    if len(layouts) < settings.repeated_word_pages:
        return _without_counted_footers(layouts)
    enough = max(settings.repeated_word_pages, settings.repeated_word_share * len(layouts))
    repeated = _at_their_place(layouts, enough)
    if repeated is None:
        return layouts
    chrome = _chrome_boxes(layouts, enough)
    labels = Labels()
    text_size = _text_size(layouts)
    # The running header or footer those words make, to know it on a page that sets it
    # elsewhere (a landscape page, whose header runs wider).
    at_edges = {(keyed(ln.text), ln.top < layout.height / 2) for layout in layouts
                for ln in build_lines([w for line in layout.lines for w in line.words if repeated(w)],
                                      layout.number, settings) if _near_edge(ln, layout, settings)}
    out: list[PageLayout] = []
    for layout in layouts:
        # A repeated word among many new ones is the line's own ("Tabel" over each page's
        # table): a frame repeats its lines, or most of them.
        boxes = chrome.get(layout.number, [])
        lone = _lone_repeats(layout, repeated, settings)
        # (a label beside the next column's text on its baseline, the columns not parted yet, too)
        forms = {id(line) for line in layout.lines if _a_forms_label(line, layout, labels, settings)
                 or _a_forms_field(line, layout, labels, settings) or _labels_side_by_side(line, labels)}
        numbers = {id(line): own for line in layout.lines if (own := _numbered_edge(line, layout, at_edges, settings, repeated))}
        kept = [w for line in layout.lines if id(line) in forms or (
                    not _repeats_an_edge(line, layout, at_edges, settings, repeated, text_size) and id(line) not in numbers
                    and not _counts_pages(line, repeated))
                for run in line.segments()
                # (a heading of its own in a frame every page draws: a slide's title in its bar)
                for own in [_a_heading_of_its_own(run, repeated, text_size) and any(_inside(w, boxes) for w in run)]
                for mostly_new in [3 * sum(map(repeated, run)) < len(run) or id(line) in lone or id(line) in forms
                                   or own or _a_title_sharing_words(run, layout, repeated, text_size)]
                for w in run if (mostly_new or not repeated(w)) and (own or not _inside(w, boxes))]
        if len(kept) == sum(len(line.words) for line in layout.lines):
            out.append(layout)
            continue
        # A page of nothing but what every page repeats is none; one whose footer numbers it
        # ("Regio Deal Flevoland 3") is a page left blank.
        kept = kept or [w for own in numbers.values() for w in own]
        if not kept:
            continue
        lines, columns = text_columns(build_lines(kept, layout.number, settings), settings, layout.width,
                                       rules_across(layout.hrules, layout.fills, layout.height), layout.vrules, layout.fills)
        taken = {id(w) for w in kept}
        out.append(replace(layout, lines=lines, columns=columns,
                           running=[w for line in layout.lines for w in line.words if id(w) not in taken]))
    # Pages that are all alike repeat their content, not a frame around it.
    return out or layouts


def without_numbered_footers(layouts: list[PageLayout], settings: Settings) -> list[PageLayout]:
    """Slides printed several to a page (or as notes pages) keep each its own footer inside
    its frame, wherever the frame stands: the same words and the slide's number, in type
    smaller than the text's ("Regio Deal Zeeland 4", "Skills Twente 16"). Lines of the same
    words that count on through the document, three or more, are no content."""
    small = _text_size(layouts) - settings.other_type_pt
    counted: dict[str, list[tuple[Line, int]]] = defaultdict(list)
    for line in (ln for layout in layouts for ln in layout.lines if len(ln.words) >= 2 and ln.size <= small):
        for words, number in _numbered_runs(line):
            counted[words].append((line, number))
    keys = {words for words, found in counted.items() if len(found) >= _COUNTED_FOOTERS and _counting_on(found)}
    footers = {id(line) for words in keys for line, _ in counted[words]}
    # (and the same words at their place where the page sets its number apart, on a line of
    # its own: a left-hand page's number at its outer edge)
    footers |= {id(ln) for layout in layouts for ln in layout.lines if ln.size <= small and (words := squash(ln.text)) in keys
                and any(abs(ln.top - line.top) <= _SAME_PLACE_PT for line, _ in counted[words])}
    if not footers:
        return layouts
    return [replace(layout, lines=[ln for ln in layout.lines if id(ln) not in footers],
                    running=[*layout.running, *(w for ln in layout.lines if id(ln) in footers for w in ln.words)])
            for layout in layouts]


_COUNTED_FOOTERS = 3
_SLIDE_NUMBER = re.compile(r"[0-9]{1,3}")


def _numbered_runs(line: Line) -> list[tuple[str, int]]:
    """The line as runs of words each closed by a number of up to three figures ("Skills
    Twente 16"; two slides' footers side by side on one line, "Sterke Mobiliteit 2.0  3
    Sterke Mobiliteit 2.0  4"): each run's words and number; none where it is not so made."""
    runs: list[tuple[str, int]] = []
    words: list[Word] = []
    segments = line.segments()
    for k, seg in enumerate(segments):
        *head, last = seg
        # (set apart, or ending the line: "Project 1 | Regionale Campus | 2" is one run)
        numbered = _SLIDE_NUMBER.fullmatch(last.text) is not None and (not head or k == len(segments) - 1)
        words += head if numbered else seg
        if not numbered:
            continue
        # (the words may hold a number of their own: "Sterke Mobiliteit 2.0", "Agenda 2030")
        if not any(c.isalpha() for w in words for c in w.text):
            return []
        runs.append((squash(join_words(words)), int(last.text)))
        words = []
    return runs if not words else []


def _counting_on(found: list[tuple[Line, int]]) -> bool:
    """Do the numbers count on: each a different one, most of a run without gaps?"""
    numbers = sorted(number for _, number in found)
    return len(set(numbers)) == len(numbers) and numbers[-1] - numbers[0] + 1 <= 2 * len(numbers)


def without_paragraph_numbers(layouts: list[PageLayout], settings: Settings) -> list[PageLayout]:
    """An advisory report numbers every paragraph in the margin, one count through the whole
    document ("120", "121", ...): a number opening a line, standing left of everything else
    on its page. A page may hold two or three of them, too few to tell from a table's column
    of numbers (a page that holds more has lost them already, see layout.without_line_numbers);
    the count rising over all the pages, each page's at the same edge, tells. They are no
    content."""
    numbers = {layout.number: _margin_numbers(layout, settings) for layout in layouts}
    run = [w for layout in layouts for w in numbers[layout.number]]
    # (fewer where they stand on pages apart, or count on one by one before sentences: the
    # pages that hold more have lost theirs)
    enough = len(run) >= _PARAGRAPH_NUMBERS or (len(run) >= 3 and (
        sum(bool(found) for found in numbers.values()) >= 2 or _opening_sentences_one_by_one(layouts, run, settings)))
    if not enough or any(int(b.text) <= int(a.text) for a, b in zip(run, run[1:])) \
            or max(w.x1 for w in run) - min(w.x1 for w in run) > _SAME_PLACE_PT:
        return layouts
    out: list[PageLayout] = []
    for layout in layouts:
        margin = {id(w) for w in numbers[layout.number]}
        if not margin:
            out.append(layout)
            continue
        kept = [w for line in layout.lines for w in line.words if id(w) not in margin]
        lines, columns = text_columns(build_lines(kept, layout.number, settings), settings, layout.width,
                                       rules_across(layout.hrules, layout.fills, layout.height), layout.vrules, layout.fills)
        out.append(replace(layout, lines=lines, columns=columns))
    return out


_PARAGRAPH_NUMBERS = 5  # paragraphs numbered at least, in a document that numbers them


def _opening_sentences_one_by_one(layouts: list[PageLayout], numbers: list[Word], settings: Settings) -> bool:
    """Do the numbers count up by one, each opening a line of running text, no cells set apart
    in it after its first word, a bullet maybe (not a table's numbered rows)?"""
    opened = {id(line.words[0]): line.words[1:] for layout in layouts for line in layout.lines}
    return all(int(b.text) - int(a.text) == 1 for a, b in zip(numbers, numbers[1:])) and all(
        running_text(words) and all(b.x0 - a.x1 <= settings.column_gap_em * a.size for a, b in zip(words[1:], words[2:]))
        for words in (opened[id(w)] for w in numbers))


def _margin_numbers(layout: PageLayout, settings: Settings) -> list[Word]:
    """Whole numbers opening lines, a margin's width before their text, every other word of
    the page starting right of them."""
    opening = [line.words[0] for line in layout.lines if line.words[0].text.isascii() and line.words[0].text.isdigit()
               and len(line.words[0].text) <= 4 and len(line.words) > 1
               and line.words[1].x0 - line.words[0].x1 > settings.column_gap_em * line.words[0].size]
    if not opening:
        return []
    edge = max(w.x1 for w in opening)
    firsts = {id(w) for w in opening}
    others = [w for line in layout.lines for w in line.words if id(w) not in firsts]
    return opening if all(w.x0 >= edge + 0.3 * w.size for w in others) else []


# "10 / 91", "3 van 12": a page's number among all.
_PAGE_COUNTER = re.compile(r"\d{1,4}\s*(?:/|van|of)\s*\d{1,4}")


def _without_counted_footers(layouts: list[PageLayout]) -> list[PageLayout]:
    """Pages too few to show what stands at its place on each: the lines that count pages or
    slides under the same words ("Regio Deal Betuwe   2 / 7", three slides to a hand-out's
    page), three or more of them counting three others, are no content."""
    counters: dict[str, list[tuple[Line, str]]] = defaultdict(list)
    for line in (ln for layout in layouts for ln in layout.lines):
        if (found := _words_and_count(line)) is not None:
            counters[found[0]].append((line, found[1]))
    counted = {id(line) for found in counters.values() if len({count for _, count in found}) >= 3 for line, _ in found}
    if not counted:
        return layouts
    return [replace(layout, lines=[ln for ln in layout.lines if id(ln) not in counted],
                    running=[*layout.running, *(w for ln in layout.lines if id(ln) in counted for w in ln.words)])
            for layout in layouts]


def _counts_pages(line: Line, repeated: Callable[[Word], bool]) -> bool:
    """A footer of pages set inside the page (slides printed as hand-outs, each with "Regio Deal
    Twente   10 / 91" under it): words repeated at their place and the page's number among all,
    wherever on the sheet it stands."""
    return _words_and_count(line) is not None and sum(map(repeated, line.words)) >= len(line.words) - 1


def _words_and_count(line: Line) -> tuple[str, str] | None:
    """A line of words, then a page's number among all, set apart: the words and the count."""
    runs = [join_words(run) for run in line.segments()]
    return (" ".join(runs[:-1]), runs[-1]) if len(runs) >= 2 and _PAGE_COUNTER.fullmatch(runs[-1]) else None


def _lone_repeats(layout: PageLayout, repeated: Callable[[Word], bool], settings: Settings) -> set[int]:
    """ids of the lines in the body of the page that repeat what other pages hold at their
    place, where the lines next above and under them in their column do not: a form's label
    where every project opens a page of its own ("Projectnaam" over each project's name),
    not a menu's or a letterhead's lines (together, however spaced) nor a header or footer
    at the page's edge."""
    lines = [*layout.lines, *layout.margin]
    flagged = {id(ln) for ln in lines if 3 * sum(map(repeated, ln.words)) >= 2 * len(ln.words)}
    menus = {id(ln) for ln in lines if len(ln.segments()) >= _MENU_RUNS}  # words set apart along a line: no label

    def next_to(line: Line, step: int) -> Line | None:
        column = [o for o in lines if o is not line and o.x0 < line.x1 and line.x0 < o.x1
                  and 0 < step * (o.top - line.top) <= 4 * line.size]
        return min(column, key=lambda o: abs(o.top - line.top), default=None)

    return {id(line) for line in lines if id(line) in flagged and id(line) not in menus and not _near_edge(line, layout, settings)
            and not any(n is not None and id(n) in flagged for n in (next_to(line, -1), next_to(line, 1)))}


_MENU_RUNS = 3


def _chrome_boxes(layouts: list[PageLayout], enough: float) -> dict[int, list[Fill]]:
    """By page, the shaded boxes at the same place on nearly every page whose words nearly
    all stand in that box on nearly every page (a web page's navigation rail): all their
    text is the frame's, also the entry the page sets apart (in bold, indented, wrapped
    otherwise, moving the entries under it)."""
    def place(fill: Fill) -> tuple[int, int, int, int]:
        return round(fill.x0), round(fill.top), round(fill.x1), round(fill.bottom)

    counts = Counter(p for layout in layouts for p in {place(f) for f in layout.fills})
    # Narrower than half the page: a page's ground holds its content.
    boxes = {layout.number: [(f, [w for line in [*layout.lines, *layout.margin] for w in line.words if _inside(w, [f])])
                             for f in layout.fills if counts[place(f)] >= enough and f.x1 - f.x0 < 0.5 * layout.width]
             for layout in layouts}
    pages_with: dict[tuple[int, int, int, int], Counter[str]] = defaultdict(Counter)
    for found in boxes.values():
        for fill, inside in found:
            pages_with[place(fill)].update({w.text for w in inside})
    return {number: [fill for fill, inside in found
                     if inside and sum(pages_with[place(fill)][w.text] >= enough for w in inside) >= 0.8 * len(inside)]
            for number, found in boxes.items()}


def _inside(word: Word, boxes: list[Fill]) -> bool:
    return any(b.x0 <= word.middle <= b.x1 and b.top <= word.top and word.bottom <= b.bottom for b in boxes)


def _repeats_an_edge(line: Line, layout: PageLayout, at_edges: set[tuple[str, bool]], settings: Settings,
                     repeated: Callable[[Word], bool], text_size: float) -> bool:
    """The running header's text where the page sets it elsewhere; not a title in larger type
    that says what a navigation rail's entry says (the rail's lines are repeated at the edge too)."""
    return _near_edge(line, layout, settings) and (keyed(line.text), line.top < layout.height / 2) in at_edges \
        and not _a_title_sharing_words(line.words, layout, repeated, text_size)


def _numbered_edge(line: Line, layout: PageLayout, at_edges: set[tuple[str, bool]], settings: Settings,
                   repeated: Callable[[Word], bool]) -> list[Word]:
    """The numbers of its own in the running header or footer the repeated words make at the
    page's edge ("Aanvraag 2", a part's or a chapter's); none where the line is no such one.
    A page's place among all ("3 van 7") is left to tell the pages apart (see _counts_pages)."""
    if not _near_edge(line, layout, settings):
        return []
    own = [w for w in line.words if not repeated(w)]
    if not own or len(own) == len(line.words) or not all(w.text.isdigit() for w in own) or _PAGE_COUNTER.search(line.text):
        return []
    rest = join_words([w for w in line.words if repeated(w)])
    return own if (keyed(rest), line.top < layout.height / 2) in at_edges else []


def within_the_documents_area(layouts: list[PageLayout], settings: Settings) -> list[PageLayout]:
    """Pages that print their text well inside the sheet at its top and at its foot, its top
    line and its last at one place on nearly every page (a page scaled down onto a larger
    sheet, beside a pane of a reviewer's comments, or two to a sheet), have their edges where
    their text starts and ends: their running header and footer stand there. (Short pages
    that start at the sheet's top and end at one place do not: their last rows are theirs.)"""
    pages = [layout for layout in layouts if layout.lines]
    if len(pages) < 2:
        return layouts
    height = median(layout.height for layout in pages)
    clear = settings.furniture_margin(median(layout.width for layout in pages), height)
    tops = [min(ln.top for ln in layout.lines) for layout in pages]
    bottoms = [max(ln.bottom for ln in layout.lines) for layout in pages]
    top, bottom = median(tops), median(bottoms)
    if top > clear and bottom < height - clear and _at_one_place(tops, top) and _at_one_place(bottoms, bottom):
        for layout in pages:
            layout.area = (top, bottom)
    return layouts


def _at_one_place(edges: list[float], middle: float) -> bool:
    return sum(abs(edge - middle) <= _SAME_PLACE_PT for edge in edges) >= _NEARLY_EVERY * len(edges)


_NEARLY_EVERY = 0.8


def with_the_documents_columns(layouts: list[PageLayout], settings: Settings) -> list[PageLayout]:
    """A page of a document set in columns whose own text does not show them (a table in a
    narrow column beside notes in the next: few lines of running text side by side) is
    parted at the gutters the document's other pages show, where no line crosses them and
    the columns go their own way. The grid is the document's where two runs of columns show
    it (on one page or two), a run down half a page or more counting as two, or one on half
    of a short document's pages."""
    shown = [(middles, 2 if bottom - top >= layout.height / 2 else 1)
             for layout in layouts for top, bottom, middles in layout.columns]
    # A grid's gutters, as each run finds them, stand a few points apart.
    shows, middles = max(((sum(weight for other, weight in shown if _same_grid(grid, other)), grid)
                          for grid, _ in Counter(grid for grid, _ in shown).most_common(_GRIDS_TRIED)), default=(0, ()))
    if shows < min(2, len(layouts) / 2):
        return layouts
    out = []
    for layout in layouts:
        lines, runs = (layout.lines, []) if layout.columns or layout.turn else \
            columns_at(layout.lines, middles, settings, apart_in_columns(settings), layout.hrules)
        out.append(replace(layout, lines=lines, columns=runs) if runs else layout)
    return out


_GRIDS_TRIED = 4  # the grids the most runs show, each tried as the document's
_GUTTER_SHIFT_PT = 6.0  # half a gutter: ragged text moves a strip's middle


def _same_grid(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _GUTTER_SHIFT_PT for x, y in zip(a, b))
