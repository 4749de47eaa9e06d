"""Where projects begin: headings found by typography, the table of contents and the fields.

The evidence, strongest first:
1. the table of contents: each entry names a project and its page; the heading on (or
   near) that page whose text is the entry's, or its end (the entry may put the theme
   before the title), starts the project;
2. a "Theme | Title" heading;
3. the fields: every project repeats the same field labels, so where a label comes back
   a new project has begun, under the nearest heading above it.

A heading is a line set apart by typography relative to the body text: larger, bold on a
line of its own, or pale text on a dark band; numbered headings ("3.2 Skills Twente") lose
their number in the title.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import takewhile

from regio.extract.columns import group_of, is_column_word, normalise
from regio.extract.finder import names_table
from regio.extract.furniture import PAGE_WORD, folios
from regio.extract.header_table import is_table_header
from regio.extract.labels import (
    GOES_ON,
    PART_NUMBER,
    Labels,
    asks,
    discover,
    is_numbering,
    is_report_part,
    names_a_field,
    numbered_label,
    squash,
    strip_numbering,
    without_link_address,
)
from regio.extract.layout import CURRENCY_SIGNS, Line, PageLayout, Word, build_lines, help_lines, join_words, set_apart_by_type
from regio.extract.settings import Settings
from regio.geometry import Box, centred_in, rounded
from regio.money import AmountSyntaxError, is_figure, parse_amount
from regio.schema import Provenance, TocEntry

_THEME_TITLE = re.compile(r"^(?P<theme>\S.{1,80}?)\s+\|\s*(?P<title>.*)$")
# spaces or leader dots before the number; not a version's or decimal's point ("Teelt 2.0")
_TOC_LINE = re.compile(rf"^(?P<text>\S.*?)(?:[\s.·…_]+{PAGE_WORD})?[\s.·…_]*[\s.·…_](?<!\d\.)(?P<page>\d{{1,4}})$", re.I)
_PAGE_ALONE = re.compile(r"(?P<text>)[.·…_\s]*(?P<page>\d{1,4})")
_GLUED_PAGE = re.compile(r"^(?P<text>\S.*[^\W\d_])(?P<page>\d{1,4})$")
_TOC_HEADINGS = {"inhoud", "inhoudsopgave", "contents", "table of contents", "inhoudstafel"}
# "3.2", "IV.", "B.", "A.1", "II.3.1", "Project 4:" before a heading's text.
_TRAILING_NUMBER = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4}|[A-Z])(?:\.\d{1,2})*\.?$")
_MAX_HEADING_WORDS = 16
# Between what a page is and the title of the project it belongs to ("Uitvouwblad – <title>",
# "Bijlage: <title>").
TITLE_APART = re.compile(r"\s+[–—-]\s+|\s*[:|]\s+")


@dataclass
class ProjectStart:
    theme: str
    title: str
    lines: list[Line]  # the lines that make the heading (theme, title, its wrapped part)
    at: Line | None = None  # where a project without a heading in text starts: its first label
    printed: bool = False  # its title is the running title its pages repeat, not a heading in its text
    opens: Line | None = None  # where a block that opens every project over its heading starts

    def __post_init__(self) -> None:
        self.theme, self.title = without_link_address(self.theme), without_link_address(self.title)
        if named := _THEME_NAMED.fullmatch(self.theme):  # "Thema: Energietransitie" over the title
            self.theme = named[1]

    @property
    def first(self) -> Line:
        return self.opens or (self.lines[0] if self.lines else self.at)  # type: ignore[return-value]


@dataclass
class Structure:
    """What the pre-pass found: the table of contents, where each project starts, and
    the labels the document uses."""

    body_size: float
    toc: list[TocEntry] = field(default_factory=list)
    toc_lines: set[int] = field(default_factory=set)
    starts: dict[int, ProjectStart] = field(default_factory=dict)  # id of first heading line -> start
    heading_lines: set[int] = field(default_factory=set)
    labels: Labels = field(default_factory=Labels)
    unmatched_toc: list[TocEntry] = field(default_factory=list)
    # A contents that sets each theme on a line of its own over its projects' entries: the
    # theme, by the index of the entry it was read into.
    toc_themes: dict[int, str] = field(default_factory=dict)
    # Each contents section: the index of its first entry, the page of its heading, and
    # whether it stands inside the part an earlier section names (a partner's own contents
    # in a bundle whose contents names every partner's part).
    toc_parts: list[tuple[int, int, bool]] = field(default_factory=list)

    def parts(self) -> list[tuple[list[TocEntry], int, int | None, bool]]:
        """Each contents section's entries, with the pages its part of the document spans
        (from the first page, or its heading's, to before the next section's heading; for a
        section that encloses others, to before the next one it does not), and whether it
        stands inside another."""
        out = []
        for n, (first, page, inside) in enumerate(self.toc_parts):
            later = self.toc_parts[n + 1:]
            end = later[0][0] if later else len(self.toc)
            next_page = next((p for _, p, within in later if inside or not within), None)
            out.append((self.toc[first:end], page if n else 1, next_page, inside))
        return out


def body_size(layouts: list[PageLayout]) -> float:
    sizes: Counter[float] = Counter()
    for layout in layouts:
        for line in layout.lines:
            for w in line.words:
                sizes[w.size] += len(w.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def is_heading(line: Line, layout: PageLayout, body: float, settings: Settings) -> bool:
    """Set apart by typography: larger than the body, bold on its own, or pale on a dark fill."""
    if len(line.words) > _MAX_HEADING_WORDS or not any(ch.isalpha() for ch in line.text):
        return False
    cells = line.segments(gap=settings.column_gap_em * 2 * line.size)
    if cells[1:] and not (len(cells) == 2 and PART_NUMBER.fullmatch(join_words(cells[0]))):
        return False  # cells side by side: a table row, not a heading (but "Project 1 | Title")
    if line.size >= settings.heading_size_share * body:
        return True
    fill = layout.fill_behind(line)
    if fill is not None and fill.shade < 0.6 and line.light:
        return True
    # Capitals underlined, or a line a text file underlines with a line of "=" or "-" that
    # does not end as a label does: a typist's heading, in a document that sets nothing bold.
    set_apart = line.bold or (line.text.isupper() and layout.underlined(line)) \
        or (not line.text.rstrip().endswith(":") and layout.underlined(line, typed=True))
    return set_apart and line.size >= settings.body_size_share * body


def _an_amount(line: Line) -> bool:
    """A line that is an amount alone, in euros or millions ("2,15 mln.", "€ 9.342.000"): a key
    figure set large in a box of facts, with its caption ("Kerngegevens", "Gevraagde
    bijdrage") in heading type over it; neither is a title."""
    try:
        amount = parse_amount(line.text)
    except AmountSyntaxError:
        return False
    grouped = amount.value.adjusted() >= 3 and not line.text.strip().isdigit()  # "9.342.000", not a year
    return amount.unit is not None or any(sign in line.text for sign in CURRENCY_SIGNS) or grouped


def _captions_a_key_figure(group: list[Line], layout: PageLayout, body: float) -> bool:
    """A caption no larger than the text on a tile with a key figure set larger close over or
    under it ("BIJDRAGE RIJK" under "€ 840.000"): the figure may have no letters to make it a
    heading, and the caption is no title either (a title in a band under the project's number
    in display type is set larger than the text)."""
    tile = layout.fill_behind(group[0])
    return tile is not None and group[0].size <= body and any(
        (_an_amount(line) or _KEY_FIGURE.fullmatch(line.text) is not None) and line.size > group[0].size
        and layout.fill_behind(line) == tile
        and min(abs(line.top - group[-1].bottom), abs(group[0].top - line.bottom)) <= _FIGURE_REACH_EM * line.size
        for line in layout.lines)


_FIGURE_REACH_EM = 2.0
_CLOSING = re.compile(r"[)\]]+[.,;:]?")
_KEY_FIGURE = re.compile(r"[+\-]?\s*\d[\d.,\s]*%")  # "25%", "+12 %": a project's number ("01") is none


def _with_wrapped_figures(candidates: list[tuple[int, Line]], lines: list[Line],
                          settings: Settings) -> list[tuple[int, Line]]:
    """A title wrapped before a number of its own ("Advanced Talentontwikkeling" over "2.0"),
    or before the bracket that closes it (a link's address printed after it, broken over
    lines): the line of the number or bracket, right under it in its type, is the heading's,
    though such a line alone heads nothing."""
    chosen = {i for i, _ in candidates}
    wrapped = [(i + 1, lines[i + 1]) for i, line in candidates if i + 1 < len(lines) and i + 1 not in chosen
               and _figures_under(line, lines[i + 1], settings)]
    return sorted([*candidates, *wrapped], key=lambda candidate: candidate[0])


def _figures_under(title: Line, line: Line, settings: Settings) -> bool:
    text = line.text.strip()
    figures = not any(ch.isalpha() for ch in text) and any(ch.isdigit() for ch in text)
    return line.page == title.page and len(line.words) <= 2 and (figures or bool(_CLOSING.fullmatch(text))) \
        and _in_one_type(line, title, settings) \
        and title.x0 - 1 <= line.x0 < title.x1 \
        and -settings.heading_overlap_em * line.size <= line.top - title.bottom < settings.row_gap_em * line.size


def _heads_a_table(line: Line, following: list[Line], settings: Settings, tables: Sequence[Box] = ()) -> bool:
    """A caption that names a table ("Tabel: Leonardo", set bold under the title), a column
    group's label ("Publiek") right over a table's header line, as a table that goes on over
    a page repeats it at the top, or a short title right over a header ("Opgaven/
    Investeringen" over "Totaal EUR Gemeente Rijk", "Financiering in één oogopslag" over
    "Publiek" or a wrapped label's "Totaal") is the table's: no heading, nor a field's label,
    however often it recurs. A field's label ("Financiering") over a field that opens with
    its table stays a label. A header line is known by its words, or by opening one of the
    page's ``tables`` (two sources named are too few words to tell a header)."""
    if names_table(line):
        return True
    below = following[0] if following else None
    if below is None or below.page != line.page or _VOCABULARY.whole(line.text):
        return False
    # The header's upper lines may stand between, in its type: a group's label, a wrapped
    # label's first words.
    at = next((k for k, ln in enumerate(following) if ln.page == line.page and (
        is_table_header(ln, None, settings) or (k and _sources_under_a_group(following[k - 1], ln))
        or _opens(ln, tables))), None)
    if at is None:
        return False
    header = following[at]
    if not all(len(ln.words) <= _UPPER_WORDS and abs(ln.size - header.size) < settings.other_type_pt
               and not any(is_figure(w.text) for w in ln.words) and not _VOCABULARY.match(ln.text)
               and nxt.top - ln.bottom <= settings.table_line_gap_em * ln.size
               for ln, nxt in zip(following[:at], following[1:at + 1])):
        return False
    # (a project's title over its table is set larger)
    return (group_of(line.text) is not None and header is below) or (
        0 <= below.top - line.bottom <= settings.caption_gap_em * line.size and len(line.words) <= _TITLE_WORDS
        and line.size <= _TITLE_SIZE_SHARE * header.size)


def _opens(line: Line, tables: Sequence[Box]) -> bool:
    return any(abs(line.top - box[1]) < line.size / 2 for box in tables if centred_in(line, (box,)))


def _sources_under_a_group(group: Line, header: Line) -> bool:
    """A header of two sources or more under a line that names their group ("Publiek" over
    "Kostenpost Bedrijfsleven Gem."): too few column labels to be a header line alone."""
    return group_of(group.text) is not None and sum(is_column_word(w.text) for w in header.words) >= 2


def _text_in_type(line: Line) -> tuple[str, float, bool]:
    return squash(line.text), round(line.size), line.bold


_TITLE_WORDS = 6
_TITLE_SIZE_SHARE = 1.2
_VOCABULARY = Labels()
_UPPER_WORDS = 3


def analyse(layouts: list[PageLayout], furniture: set[int], settings: Settings,
            funding_tables: dict[int, list[Box]] | None = None,
            headed_tables: dict[int, list[Box]] | None = None, budgets: dict[int, list[Box]] | None = None) -> Structure:
    """Contents, project starts and labels. ``funding_tables``: the boxes by page where no
    line is a field label however often it recurs (the funding tables' among them);
    ``headed_tables``: those of every table of amounts under a header, whose captions are
    no headings; ``budgets``: those of the funding tables alone."""
    lines = [ln for layout in layouts for ln in layout.lines if id(ln) not in furniture]
    by_page = {layout.number: layout for layout in layouts}
    structure = Structure(body_size(layouts))
    _read_toc(lines, structure)
    for entries, first, end, _ in structure.parts():
        printed = folios([ly for ly in layouts if first <= ly.number and (end is None or ly.number < end)], settings)
        for entry in entries:
            entry.pdf_page = printed.get(entry.page)
    body = structure.body_size
    candidates = _with_wrapped_figures([(i, ln) for i, ln in enumerate(lines) if id(ln) not in structure.toc_lines
                                        and is_heading(ln, by_page[ln.page], body, settings)], lines, settings)
    # A table's title is one wherever it recurs in its type, over a header read or not.
    titles = {_text_in_type(ln) for i, ln in candidates
              if _heads_a_table(ln, lines[i + 1:i + 4], settings, (headed_tables or {}).get(ln.page, ()))}
    heads = [ln for _, ln in candidates if _text_in_type(ln) not in titles]
    groups = _heading_groups(heads, by_page, settings)
    in_tables = funding_tables or {}
    outside_tables = [ln for ln in lines if not centred_in(ln, in_tables.get(ln.page, ()))]
    page_ends = {id(a) for a, b in zip(lines, [*lines[1:], None]) if b is None or b.page != a.page}
    structure.labels = Labels(_document_labels(structure, [ln for ln in heads if not centred_in(ln, in_tables.get(ln.page, ()))],
                                               settings, _column_labels(outside_tables, settings), page_ends))
    groups = _without_pages_named_after(
        [g for g in groups if not structure.labels.whole(_text(g)) and not structure.labels.prefix(_text(g))
         and not any(map(_an_amount, g)) and not _captions_a_key_figure(g, by_page[g[0].page], body)])
    position = {id(ln): i for i, ln in enumerate(lines)}
    theme = ""
    found = (_from_toc_or_its_pages(structure, groups, lines, settings, by_page) or _from_theme_title(groups, body, settings)
             or _from_contents_pages(lines, groups, structure, settings, by_page)
             or _from_keys_or_cycles(lines, groups, structure, settings, by_page, in_tables)
             or _from_budgets(lines, groups, budgets or {}, settings))
    found = [start for start in _without_running_titles(found) if not is_report_part(start.title)]
    starts = []
    for start in _with_subtitles(found, lines, position, structure, settings):
        crumbed = _with_breadcrumb(start, lines, position, settings)
        start = crumbed if crumbed is not start else _with_theme_line(start, lines, position, structure, settings)
        start = _with_theme_named_below(start, lines, position, settings)
        start = _with_its_band(start, lines, position, by_page)
        start = _with_kicker_beside(start, lines, position, structure, settings)
        # A theme named where it changes goes on for the projects after it; its own number
        # ("A.1" after "A. Techniek als motor") is the title's.
        start.theme = _TRAILING_NUMBER.sub("", start.theme).strip() or theme
        theme = start.theme
        starts.append(start)
    for start in _opened_alike(starts, lines, position):
        structure.starts[id(start.first)] = start
        structure.heading_lines.update(id(ln) for ln in start.lines)
    _front_of_parts(structure, lines)
    return structure


def names_the_title(text: str, squashed_title: str) -> bool:
    """Does the text name the title (squashed) after what its page is ("Uitvouwblad – <title>")?"""
    return any(squash(text[m.end():]) == squashed_title for m in TITLE_APART.finditer(text))


def _without_pages_named_after(groups: list[list[Line]]) -> list[list[Line]]:
    """A heading that names a heading before it after what its page is ("Uitvouwblad – <title>"
    over a fold-out budget) heads a page of that project, no project of its own, and parts
    no project's labels from the next's."""
    kept: list[list[Line]] = []
    before: set[str] = set()
    for group in groups:
        text = _text(group)
        if not any(names_the_title(text, title) for title in before):
            kept.append(group)
        before.add(squash(text))
    return kept


def _without_running_titles(starts: list[ProjectStart]) -> list[ProjectStart]:
    """A heading that names the project before it and says it goes on ("Zorgtalent Zeeland
    (vervolg)") starts no project: the one it names goes on there."""
    kept: list[ProjectStart] = []
    for start in starts:
        if kept and GOES_ON.search(start.title) and squash(GOES_ON.sub("", start.title)) == squash(kept[-1].title):
            continue
        kept.append(start)
    return kept


def _front_of_parts(structure: Structure, lines: list[Line]) -> None:
    """A part's own contents page in a bundle is the part's front (its letterhead, a sender's
    column beside the contents): nothing on it before the part's first heading is a project's."""
    for _, page, _, inside in structure.parts():
        if not inside:
            continue
        on_page = [ln for ln in lines if ln.page == page]
        opening = min((ln.top for ln in on_page if id(ln) in structure.starts), default=math.inf)
        structure.toc_lines.update(id(ln) for ln in on_page if ln.top < opening)


def _with_theme_line(start: ProjectStart, lines: list[Line], position: dict[int, int],
                     structure: Structure, settings: Settings) -> ProjectStart:
    """The project begins at its theme where the theme is printed right above its title, not
    at the title: the theme the contents gave, or a short line in other type than the body
    set close over the title (a kicker: "Techniek als motor" in small type, or in capitals); and at the
    project's number where it stands over them ("02" in large type)."""
    if not start.lines:
        return start
    numbered = _with_number(start, lines, position, settings)
    if numbered is not start:  # the project's number right over its title, and over that perhaps its theme
        return _with_theme_line(numbered, lines, position, structure, settings)
    above = _right_above(start.lines[0], lines, position, settings)
    if above is None:
        return start
    if start.theme:
        same = normalise(above.text) == normalise(_TRAILING_NUMBER.sub("", start.theme))
        if same:
            return _with_number(ProjectStart(start.theme, start.title, [above, *start.lines]), lines, position, settings)
        # (a kicker over a title whose theme stands under it, opening the page: the project's still)
        block = _kicker_block(above, lines, position, settings)
        before = _before(block[0], lines, position)
        opens = before is None or before.page != above.page
        kicker = opens and _is_kicker(above, start.lines[0], lines, position, structure, settings)
        return ProjectStart(start.theme, start.title, [*block, *start.lines]) if kicker else start
    if _is_kicker(above, start.lines[0], lines, position, structure, settings):
        return _with_number(ProjectStart(above.text.strip(), start.title, [*_kicker_block(above, lines, position, settings),
                                                                           *start.lines]), lines, position, settings)
    return start


def _is_kicker(above: Line, title: Line, lines: list[Line], position: dict[int, int], structure: Structure,
               settings: Settings) -> bool:
    """Is the line right over a title a kicker: a short line in other type than the text's?"""
    other_type = above.bold or above.tinted or above.italic or above.text.isupper() \
        or abs(above.size - structure.body_size) > settings.theme_size_share * structure.body_size \
        or _with_the_title(above, title, lines, position)
    short = len(above.words) <= 8 and not structure.labels.whole(above.text) and not structure.labels.match(above.text)
    return other_type and short and not above.text.rstrip().endswith((".", ":"))


def _kicker_block(kicker: Line, lines: list[Line], position: dict[int, int], settings: Settings) -> list[Line]:
    """The kicker, and the line over it in its type, close over it, where the two open their
    page (a partner's name over "PROJECTVOORSTEL" over the title)."""
    above = _right_above(kicker, lines, position, settings)
    if above is None or (above.size, above.bold, above.tinted) != (kicker.size, kicker.bold, kicker.tinted) \
            or len(above.words) > _KICKER_WORDS or above.text.rstrip().endswith((".", ":")):
        return [kicker]
    over = _before(above, lines, position)
    return [above, kicker] if over is None or over.page != above.page else [kicker]


_KICKER_WORDS = 8


def _with_the_title(above: Line, title: Line, lines: list[Line], position: dict[int, int]) -> bool:
    """A line in the text's type goes with the title under it where it stands closer to the
    title than to anything over it on its page: a kicker, not the end of what goes before
    (a list's last item, a sentence's last words, run over to the title's page)."""
    text = above.text.strip()
    if text[:1] in _LIST_MARKS or text[-1:] in ".,;:!?":
        return False
    over = _before(above, lines, position)
    return over is None or over.page != above.page or title.top - above.bottom < above.top - over.bottom


_LIST_MARKS = frozenset("•·‣◦▪■○●-–—*")


def _with_subtitles(starts: list[ProjectStart], lines: list[Line], position: dict[int, int],
                    structure: Structure, settings: Settings) -> list[ProjectStart]:
    """A house that sets a subtitle under every title (a word processor's "Title" and
    "Subtitle": the second smaller and in a lighter ink, right under the first) names the
    project's theme there. Only where most projects have one, and the theme is not given
    otherwise: over the title, or in the contents."""
    subtitles = {id(start.first): subtitle for start in starts
                 if (subtitle := _subtitle(start, lines, position, structure, settings)) is not None}
    if len(subtitles) < max(2, 2 * len(starts) / 3):
        return starts
    out = []
    for start in starts:
        subtitle = subtitles.get(id(start.first))
        # (a project without a heading in text, opened by its first label, has no subtitle)
        title = " ".join(ln.text.strip() for ln in _title_lines(start, settings)) if subtitle is not None else ""
        if subtitle is None or start.theme not in ("", title):
            out.append(start)
            continue
        heading = [ln for ln in start.lines if ln is not subtitle]
        out.append(ProjectStart(subtitle.text.strip(), strip_numbering(title), [*heading, subtitle]))
    return out


def _title_lines(start: ProjectStart, settings: Settings) -> list[Line]:
    """The heading's lines in its largest type: the title, wrapped or not."""
    largest = max(ln.size for ln in start.lines)
    return [ln for ln in start.lines if ln.size > largest - settings.other_type_pt]


def _subtitle(start: ProjectStart, lines: list[Line], position: dict[int, int], structure: Structure,
              settings: Settings) -> Line | None:
    """The line right under the title, smaller and in a lighter ink than it, short: its subtitle."""
    if not start.lines:
        return None
    title = _title_lines(start, settings)[-1]
    index = position.get(id(title), -1) + 1
    below = lines[index] if 0 < index < len(lines) else None
    if below is None or below.page != title.page or below.top - title.bottom > settings.theme_gap_em * title.size:
        return None
    short = len(below.words) <= 8 and not below.text.rstrip().endswith((".", ":"))
    named = structure.labels.whole(below.text) or structure.labels.match(below.text)
    return below if _paler(below, title) and short and not named and below.size < title.size - settings.other_type_pt \
        else None


def _paler(line: Line, than: Line) -> bool:
    """In a lighter ink or style than the other line: grey or italic under black, not bold under plain."""
    return (line.tinted or line.light or line.italic) and not (than.tinted or than.light or than.italic) \
        and (than.bold or not line.bold)


def _with_breadcrumb(start: ProjectStart, lines: list[Line], position: dict[int, int], settings: Settings) -> ProjectStart:
    """A website's breadcrumb trail right over the title ("Home › Regio Deal Twente › Techniek
    als motor", or on to the title itself) names its theme, whatever heading stands further up."""
    for k, line in enumerate(start.lines):
        above = _right_above(line, lines, position, settings)
        if above is None:
            continue
        # A trail too long for its line wraps: its last step goes on under it.
        higher = _right_above(above, lines, position, settings)
        wrapped = [higher, above] if higher is not None and higher.size == above.size else []
        for crumbs in ([above], wrapped):
            text = " ".join(c.text.strip() for c in crumbs)
            trail = _BREADCRUMB.split(text)
            if len(trail) < 2 and len(slashed := _SLASHES.split(text)) >= 3:  # "Regio Deal / Projecten / Thema"
                trail = slashed
            if crumbs and len(trail) >= 2 and all(trail) and len(text.split()) <= 20 * len(crumbs):
                # A trail that goes on to the page itself ends with its title.
                steps = trail[:-1] if len(trail) >= 3 and squash(trail[-1]) == squash(start.title) else trail
                return ProjectStart(steps[-1], start.title, [*crumbs, *start.lines[k:]])
    return start


# The steps of a breadcrumb trail; the last is the title's theme.
_BREADCRUMB = re.compile(r"\s+[›»]\s+")
_SLASHES = re.compile(r"\s+/\s+")  # a trail's steps, where three or more: one stroke is a phrase's


def _with_its_band(start: ProjectStart, lines: list[Line], position: dict[int, int],
                   by_page: dict[int, PageLayout]) -> ProjectStart:
    """The project starts at the top of the band its heading is printed on: a template's
    line over the theme on the same band ("Bijlage 2 — Regio Deal Twente") is the heading's,
    not the end of the project before. A band is a few lines high, not a page's background."""
    if not start.lines:
        return start
    first = start.lines[0]
    layout = by_page[first.page]
    band = layout.fill_behind(first)
    if band is None or band.bottom - band.top > _BAND_LINES * first.size * 1.5:
        return start
    index = position.get(id(first), 0)
    above: list[Line] = []
    while index > 0 and lines[index - 1].page == first.page and layout.fill_behind(lines[index - 1]) == band:
        index -= 1
        above.insert(0, lines[index])
    return ProjectStart(start.theme, start.title, [*above, *start.lines]) if above else start


_BAND_LINES = 6  # the most lines a heading's band holds


def _with_kicker_beside(start: ProjectStart, lines: list[Line], position: dict[int, int], structure: Structure,
                        settings: Settings) -> ProjectStart:
    """A kicker level with a line of the title, left of it in the margin (its line parted
    from the title's by its size): the heading's, and the theme where nothing else gives one.
    Read after the title line it stands level with (its top is the lower)."""
    for line in start.lines:
        index = position.get(id(line), -1) + 1
        beside = lines[index] if 0 < index < len(lines) else None
        if beside is not None and beside.page == line.page and beside.x1 < line.x0 and id(beside) not in map(id, start.lines) \
                and line.top <= beside.top and beside.bottom <= line.bottom + _LEVEL_SHARE * beside.size \
                and _is_kicker(beside, line, lines, position, structure, settings):
            return ProjectStart(start.theme or beside.text.strip(), start.title, [*start.lines, beside])
    return start


_LEVEL_SHARE = 0.3  # how far under the title's foot a kicker on its baseline may reach (its descenders)


def _opened_alike(starts: list[ProjectStart], lines: list[Line], position: dict[int, int]) -> list[ProjectStart]:
    """Projects that each open their page with the same few lines over the heading (a form's
    block of "Projectnummer", "Thema", "Indiener" over each title; a web form's steps over
    the name field of a project without one): those lines are the project's, not the end of
    the one before."""
    def opening(start: ProjectStart) -> list[Line]:
        index = position.get(id(start.first), 0)
        first = next(k for k in range(index, -1, -1) if k == 0 or lines[k - 1].page != start.first.page)
        return lines[first:index] if index - first <= _OPENING_LINES else []

    def keys(block: list[Line]) -> tuple[str, ...]:  # (a block that numbers its project: "PROJECTKAART 3")
        return tuple(re.sub(r"\d+", "#", join_words(ln.segments()[0])) for ln in block)

    # (a block is no heading's, and each counts once: two headings on a page share one)
    headings = {id(ln) for start in starts for ln in start.lines}
    blocks = [[] if any(id(ln) in headings for ln in block) else block for block in map(opening, starts)]
    counts = Counter(keys(block) for block in {id(block[0]): block for block in blocks if block}.values())
    def keyed(line: Line) -> bool:  # a key and its value, not a number set apart before a heading
        segments = line.segments()
        return len(segments) >= 2 and not is_numbering(join_words(segments[0]))

    for start, block in zip(starts, blocks):
        # (one project alone: a block of keys and their values, as a form's)
        alone = len(starts) == 1 and all(map(keyed, block))
        if not block or (counts[keys(block)] < max(2, len(blocks) // 2) and not alone):
            continue
        kicker = start.lines[0] if start.lines else None
        if kicker is not None and keyed(kicker) and kicker.text.strip() != start.title:
            # (the block's last row, right over the title, is no theme printed over it)
            start.lines, start.theme, block = start.lines[1:], "", [*block, kicker]
        start.opens = block[0]
        start.theme = next((join_words([w for seg in ln.segments()[1:] for w in seg]) for ln in block
                            if _THEME_KEY.fullmatch(join_words(ln.segments()[0]))), start.theme)
    return starts


_OPENING_LINES = 8  # the most lines a project's opening block over its heading holds


# A line under a title that names its theme: "Thema: Techniek als motor", "Programmalijn: ...".
_THEME_WORDS = r"(?:thema|theme|programmalijn|programmaonderdeel|actielijn|speerpunt|pijler|domein)"
_THEME_NAMED = re.compile(rf"(?i){_THEME_WORDS}\s*:\s*(\S.*)")
_THEME_KEY = re.compile(rf"(?i){_THEME_WORDS}\s*:?")  # the same as a form's row: "Thema | Techniek als motor"


def _with_theme_named_below(start: ProjectStart, lines: list[Line], position: dict[int, int],
                            settings: Settings) -> ProjectStart:
    """The heading goes on with a line right under the title that names the theme: that is
    the project's theme, however the pages before named it."""
    if not start.lines:
        return start
    index = position.get(id(start.lines[-1]), -1) + 1
    below = lines[index] if 0 < index < len(lines) else None
    named = _THEME_NAMED.fullmatch(below.text.strip()) if below is not None else None
    if below is None or named is None or below.page != start.lines[-1].page \
            or below.top - start.lines[-1].bottom > settings.theme_gap_em * max(below.size, start.lines[-1].size):
        return start
    return ProjectStart(named.group(1).strip(), start.title, [*start.lines, below])


# A project's number set large over its theme or title ("02", "3.", "#4"), or written out ("PROJECT 2:").
_NUMBER_ONLY = re.compile(r"#?\d{1,3}\.?|(?i:project|projectvoorstel|voorstel|deelproject)\s+\d{1,3}\s*[:.\-–—]?")


def _before(line: Line, lines: list[Line], position: dict[int, int]) -> Line | None:
    """The line before in reading order."""
    index = position.get(id(line), 0)
    return lines[index - 1] if index else None


def _right_above(first: Line, lines: list[Line], position: dict[int, int], settings: Settings) -> Line | None:
    above = _before(first, lines, position)
    # The space over a large title grows with it. (A line read before it but standing lower
    # is the end of another column, or of the other page of a spread.)
    gap = first.top - above.bottom if above is not None else 0.0
    if above is None or above.page != first.page or above.top >= first.top \
            or gap > settings.theme_gap_em * max(above.size, first.size):
        return None
    return above


def _with_number(start: ProjectStart, lines: list[Line], position: dict[int, int], settings: Settings) -> ProjectStart:
    above = _right_above(start.lines[0], lines, position, settings)
    if above is not None and _NUMBER_ONLY.fullmatch(above.text.strip()):
        return ProjectStart(start.theme, start.title, [above, *start.lines])
    return start


# -- the table of contents ------------------------------------------------------------

def _read_toc(lines: list[Line], structure: Structure) -> None:
    """Every contents section: a bundle of dossiers bound in one file has one for each, and
    each names the pages of its own part. A later section that lists fewer than two entries,
    or pages out of order or beyond the file's, is no contents (a field headed "Inhoud",
    its sentences ending in years) and is left to the text."""
    last_page = lines[-1].page if lines else 0
    index = 0
    while index < len(lines):
        if normalise(lines[index].text) not in _TOC_HEADINGS:
            index += 1
            continue
        first, kept = len(structure.toc), set(structure.toc_lines)
        heading = lines[index]
        index = _read_contents(lines, index, structure)
        entries = structure.toc[first:]
        pages = [e.page for e in entries]
        if first and entries and _goes_on(structure.toc[first - 1], heading, entries[0]):
            continue  # the contents over a second page, under its heading again: the same part
        # A part's own contents, inside the pages a contents before it names, may list one entry.
        enclosed = _enclosed(structure, heading)
        if first and (len(pages) < 2 - enclosed or pages != sorted(pages) or pages[-1] > last_page):
            del structure.toc[first:]
            structure.toc_lines = kept
            structure.toc_themes = {i: theme for i, theme in structure.toc_themes.items() if i < first}
        elif entries:
            structure.toc_parts.append((first, heading.page, enclosed))


def _enclosed(structure: Structure, heading: Line) -> bool:
    """Does the last section not inside another name pages past this contents heading?"""
    outer = [n for n, (_, _, inside) in enumerate(structure.toc_parts) if not inside]
    if not outer:
        return False
    first = structure.toc_parts[outer[-1]][0]
    end = structure.toc_parts[outer[-1] + 1][0] if outer[-1] + 1 < len(structure.toc_parts) else len(structure.toc)
    return max(e.page for e in structure.toc[first:end]) >= heading.page


def _goes_on(last: TocEntry, heading: Line, first: TocEntry) -> bool:
    """Does a contents heading go on with the contents before it: it says so ("Inhoud
    (vervolg)"), or it stands on the next page and its page numbers go on rising (a bundle's
    next contents starts them again)?"""
    before = last.provenance.page if last.provenance else 0
    return bool(GOES_ON.search(heading.text)) or (heading.page <= before + 1 and first.page >= last.page)


def _read_contents(lines: list[Line], heading: int, structure: Structure) -> int:
    """The entries "text .... page" under the contents heading at `heading`; returns where
    the contents ends. An entry may wrap: its number can stand on its first line or on its last."""
    # What stands over the contents on its page (a part's letterhead or running header in a
    # bundle) is no project's text.
    top = next(k for k in range(heading, -1, -1) if k == 0 or lines[k - 1].page != lines[heading].page)
    structure.toc_lines.update(id(ln) for ln in lines[top:heading + 1])
    pending: list[Line] = []
    entry_lines: list[Line] = []
    index = heading + 1
    left = lines[heading].x0  # where the contents' column starts: its heading's or its entries' left edge
    first = len(structure.toc)
    while index < len(lines):
        line = lines[index]
        # A column left of the contents: the cover's title beside its box, an em of the smaller
        # type away (a title's em is wider than the white beside it); an entry of the front
        # matter, numbered as it is ("Voorwoord ..... ii").
        if (line.page == lines[heading].page and line.x1 < left - min(line.size, lines[heading].size)) \
                or _FRONT_MATTER_ENTRY.match(line.text):
            index += 1
            continue
        m = _entry_before_margin(line, structure) or _TOC_LINE.match(line.text) or _glued_page(lines, index, structure) \
            or _page_alone(line, pending, structure)
        if m and len(structure.toc) > first and int(m["page"]) < structure.toc[-1].page:
            break  # a contents' pages only rise: a line after it that ends in a number (its page's footer)
        left = min(left, line.x0) if m else left
        if not m:
            if len(pending) >= 3 or (entry_lines and line.page != entry_lines[-1].page):
                break
            pending.append(line)
            index += 1
            continue
        index += 1
        # Small print under an entry (the partner who wrote the part, a summary) is no part of it.
        size = min(line.size, entry_lines[-1].size) if entry_lines else line.size
        structure.toc_lines.update(id(ln) for ln in pending if _aside(ln, size))
        pending = [ln for ln in pending if not _aside(ln, size)]
        after = [*pending[1:], line]
        k = 0
        # A number on a line of its own ends an entry wrapped onto it: the line over it is that entry's.
        while k < len(pending) - (not m["text"]) and _continues(pending[k], entry_lines, after[k]):
            k += 1
        _extend_last(structure, pending[:k], entry_lines)
        # A theme over its entries: bold over plain ones, or in capitals over ones that are not.
        themes = [ln for ln in pending[k:] if (ln.bold and not line.bold) or (ln.text.isupper() and not line.text.isupper())]
        themed = len(themes) == 1 and pending[k] is themes[0]
        if themed:
            structure.toc_themes[len(structure.toc)] = themes[0].text
            structure.toc_lines.add(id(themes[0]))
        # A theme in capitals is no part of the entry's text (a bold one may be: "Theme | Title").
        entry_lines, pending = [*pending[k + (themed and themes[0].text.isupper()):], line], []
        text = " ".join([*(ln.text for ln in entry_lines[:-1]), *([m["text"].strip()] if m["text"] else [])])
        box = (min(ln.x0 for ln in entry_lines), entry_lines[0].top, max(ln.x1 for ln in entry_lines), line.bottom)
        structure.toc.append(TocEntry(text=text, page=int(m["page"]), report_part=is_report_part(text),
                                      provenance=Provenance(page=line.page, bbox=rounded(box))))
        structure.toc_lines.update(id(ln) for ln in entry_lines)
    if entry_lines:
        _extend_last(structure, _wrapped_lines(entry_lines, pending, structure), entry_lines)
    return index - len(pending)


def _wrapped_lines(entry_lines: list[Line], pending: list[Line], structure: Structure) -> list[Line]:
    """The last entry's wrapped lines, each close under the one before and starting under its
    text (not in a column of the margin beside the contents: a letter's sender); small print
    between them is the contents' own."""
    above, wrapped = entry_lines[-1], []
    for p in pending:
        if p.page != above.page or not 0 <= p.top - above.bottom < above.size \
                or p.x0 - entry_lines[0].x0 > _WRAP_INDENT_EM * above.size:
            break
        if _aside(p, above.size):
            structure.toc_lines.add(id(p))
            continue
        wrapped.append(p)
        above = p
    return wrapped


def _entry_before_margin(line: Line, structure: Structure) -> re.Match | None:
    """An entry on the baseline of text in the margin beside the contents (a letter's column
    of sender's details, "T 088 123 45 00"): the entry ends at its page number, a word of its
    own and after the page of the entry before; the words after a gutter are no part of it
    (nor a leader to another number)."""
    segments = line.segments()
    for k in range(len(segments) - 1, 0, -1):
        entry, rest = (join_words([w for seg in part for w in seg]) for part in (segments[:k], segments[k:]))
        if segments[k][0].x0 - segments[k - 1][-1].x1 >= _MARGIN_GAP_EM * line.size and _LETTER.search(rest) \
                and not _LEADER_RUN.search(rest) and not PART_NUMBER.fullmatch(entry) and (m := _TOC_LINE.match(entry)) \
                and segments[k - 1][-1].text.lstrip(".·…_") == m["page"] \
                and (not structure.toc or int(m["page"]) >= structure.toc[-1].page):
            return m
    return None


_MARGIN_GAP_EM = 2.0
_FRONT_MATTER_ENTRY = re.compile(r"^\S.*?[\s.·…_]+(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3})$")
_WRAP_INDENT_EM = 4.0  # how far in a wrapped entry's lines may hang: under its text, past its number
_LEADER_RUN = re.compile(r"[.·…_]{3}")
_LETTER = re.compile(r"[^\W\d_]")


def _glued_page(lines: list[Line], index: int, structure: Structure) -> re.Match | None:
    """An entry whose page number lost its tab and leader and runs into its text
    ("Vakmanschap11"): read so only where that number falls between the page numbers of the
    entries around it ("CO2" in a title after an entry on page 8 is no page number)."""
    m = _GLUED_PAGE.match(lines[index].text)
    if not m or not structure.toc or int(m["page"]) < structure.toc[-1].page:
        return None
    after = next((n for ln in lines[index + 1:index + 4] if ln.page == lines[index].page
                  and (n := _TOC_LINE.match(ln.text))), None)
    return m if after and int(m["page"]) <= int(after["page"]) else None


def _page_alone(line: Line, pending: list[Line], structure: Structure) -> re.Match | None:
    """A page number on a line of its own, right under a line without one: an entry too long
    for its line, its number wrapped onto the next (no page footer: it stands close under the
    entry and after the page of the entry before)."""
    m = _PAGE_ALONE.fullmatch(line.text.strip())
    above = pending[-1] if pending else None
    if not m or above is None or above.page != line.page or not 0 <= line.top - above.bottom < above.size:
        return None
    return m if not structure.toc or int(m["page"]) >= structure.toc[-1].page else None


def _aside(line: Line, size: float) -> bool:
    """Plain type smaller than the entries' (a theme over them may be small, in capitals or bold)."""
    return line.size < 0.85 * size and not (line.bold or line.text.isupper())


def _continues(line: Line, entry_lines: list[Line], following: Line) -> bool:
    """A line without a page number continues the entry above when it is indented under it,
    goes on mid-sentence, or stands closer to it than to the line after it; a numbered
    section line ("2 Arbeidsmarkt & Talent") opens the next entry, as does a line nearer to
    the line after it."""
    if not entry_lines:
        return False
    if line.x0 > entry_lines[0].x0 + 2 or line.text[:1].islower():
        return True
    numbered = strip_numbering(line.text) != line.text.strip()
    return not numbered and line.top - entry_lines[-1].bottom <= following.top - line.bottom


def _extend_last(structure: Structure, lines: list[Line], entry_lines: list[Line]) -> None:
    """The last entry with its wrapped lines; one in the column of a theme set beside the
    entry ("ARBEIDSMARKT &" over "TALENT") goes on with the theme, not after the title."""
    if not (lines and structure.toc):
        return
    last = structure.toc[-1]
    segments = entry_lines[0].segments() if entry_lines else []
    head = join_words(segments[0]) if len(segments) >= 2 else None
    for line in lines:
        if head is not None and line.x1 < segments[1][0].x0 and last.text.startswith(head):
            last.text = f"{head} {line.text}{last.text[len(head):]}"
            head = f"{head} {line.text}"
        else:
            last.text = f"{last.text} {line.text}"
    structure.toc_lines.update(id(ln) for ln in lines)


def _from_toc(structure: Structure, groups: list[list[Line]], lines: list[Line],
              settings: Settings) -> list[ProjectStart]:
    previous = {id(b): a for a, b in zip(lines, lines[1:]) if a.page == b.page}
    order = {id(ln): i for i, ln in enumerate(lines)}
    starts: list[ProjectStart] = []
    for entries, _, end, inside in structure.parts():
        after_toc = max(e.provenance.page for e in entries if e.provenance)
        candidates = [g for g in groups if g[0].page >= after_toc and (end is None or g[0].page < end)]
        if inside:  # the part it stands in names its projects; its own pages count from elsewhere
            _place_in_the_file(entries, candidates)
            continue
        starts += _starts_of(entries, candidates, (previous, order), structure, settings,
                             starts[-1].lines[-1] if starts else None)
    return starts


def _from_toc_or_its_pages(structure: Structure, groups: list[list[Line]], lines: list[Line], settings: Settings,
                           by_page: dict[int, PageLayout]) -> list[ProjectStart]:
    """The projects the contents' entries name by their headings; or, where some entries
    name no heading (a theme's page listing its one project named the first; the others
    are titled only where no text is), by the pages the contents gives, if that finds more."""
    starts = _from_toc(structure, groups, lines, settings)
    if structure.unmatched_toc:
        by_pages = _from_contents_pages(lines, groups, structure, settings, by_page)
        if len(by_pages) > len(starts):
            structure.unmatched_toc.clear()
            return by_pages
    return starts


def _place_in_the_file(entries: list[TocEntry], groups: list[list[Line]]) -> None:
    """The PDF's page of each entry of a part's own contents whose pages print no numbers
    to go by: its numbers stand the offset from the file's that its headings show."""
    matches = _naming_headings(entries, groups)
    offsets = Counter(g[0].page - entries[i].page for i, gs in matches.items() for g in gs)
    if offsets:
        offset = offsets.most_common(1)[0][0]
        for entry in entries:
            if entry.pdf_page is None:
                entry.pdf_page = entry.page + offset


def _starts_of(entries: list[TocEntry], groups: list[list[Line]], around: tuple[dict[int, Line], dict[int, int]],
               structure: Structure, settings: Settings, last: Line | None) -> list[ProjectStart]:
    """The headings one contents section names, after `last` in reading order (on a spread,
    the right page's heading stands level with the left's). ``around``: the line before each
    line on its page, and each line's place in reading order."""
    previous, order = around
    matches = _without_lists_of_them(_naming_headings(entries, groups), entries)
    offsets = Counter(g[0].page - entries[i].page for i, gs in matches.items() for g in gs)
    if not offsets:
        return []
    offset = offsets.most_common(1)[0][0]
    starts: list[ProjectStart] = []
    parents, theme = _parents(entries), ""
    # The themes the contents sets on lines of their own over their entries.
    set_over = {id(e): structure.toc_themes[i] for i, e in enumerate(structure.toc) if i in structure.toc_themes}
    in_a_part = False  # under an entry of the report's own (its introduction's sections)
    for i, entry in enumerate(entries):
        theme = set_over.get(id(entry), theme)
        if i in parents:
            in_a_part = entry.report_part
        entry.report_part = entry.report_part or in_a_part
        if entry.report_part:
            continue
        if i in parents:
            theme = strip_numbering(entry.text)
            continue
        # The page printed in the contents may be wrong (that is worth a finding, not a
        # lost project): the heading nearest to it, after the previous project, counts.
        near = [g for g in matches[i] if last is None or order.get(id(g[0]), -1) > order.get(id(last), -1)]
        if not near:
            structure.unmatched_toc.append(entry)
            continue
        # The page that prints the entry's number, where the pages print theirs; else the
        # contents' numbers stand a fixed offset from the PDF's (a cover, a preface).
        expected = entry.pdf_page if entry.pdf_page is not None else entry.page + offset
        group = min(near, key=lambda g: (abs(g[0].page - expected), g[0].page, g[0].top))
        above = previous.get(id(group[0]))
        if above is not None and _is_theme_of(above, group, entry.text, settings):
            group = [above, *group]  # a theme in small type over the title
        own_theme, title = (_as_the_contents_spell_it(entry.text, part)
                            for part in _theme_and_title(entry.text, group, settings))
        starts.append(ProjectStart(own_theme or theme, title, group))
        last = group[-1]
    return starts


_ENTRY_NUMBER = re.compile(r"^((?:\d{1,2}|[IVX]{1,4}|[A-Z])(?:\.\d{1,2})*)\.?\s+\S")


def _parents(entries: list[TocEntry]) -> set[int]:
    """The entries numbered as the part the next one belongs to ("1" over "1.1", "B." over
    "B.2"): a theme over its projects, not a project; unless the entry goes on with its
    first part ("B. Arbeidsmarkt & Talent B.1 Twents Fonds ...": the theme's line and its
    first project's, read as one)."""
    numbers = [m.group(1) if (m := _ENTRY_NUMBER.match(e.text)) else None for e in entries]
    return {i for i, (number, following) in enumerate(zip(numbers, numbers[1:]))
            if number and following and following.startswith(number + ".")
            and not re.search(rf"\s{re.escape(number)}\.\d", entries[i].text)}


def _is_theme_of(line: Line, group: list[Line], entry: str, settings: Settings) -> bool:
    target = squash(strip_numbering(entry))
    title = squash(strip_numbering(_text(group)))
    near = group[0].top - line.bottom < settings.toc_theme_reach_em * group[0].size
    return near and target == squash(strip_numbering(line.text)) + title and len(title) < len(target)


def _naming_headings(toc: list[TocEntry], groups: list[list[Line]]) -> dict[int, list[list[Line]]]:
    """For each contents entry, the headings that name it: the same text, or its end (the
    title after the theme), or the entry's text followed by more (a subtitle). Found through
    an index of the headings' texts: each entry against each heading is quadratic in a long
    document."""
    index: dict[str, list[int]] = defaultdict(list)
    for n, group in enumerate(groups):
        if GOES_ON.search(_text(group)):
            continue  # "Skills Twente (vervolg)": the project goes on there, it does not start
        # Its first lines, from the top or under a theme set over the title on the same band.
        for first, end in ((a, b) for a in range(len(group)) for b in range(a + 1, len(group) + 1)):
            text = _text(group[first:end])
            # and the title after a theme set on its line ("Techniek als motor | Leonardo")
            for named in {text.replace("|", " "), text.rpartition("|")[2]}:
                key = squash(strip_numbering(named))
                if len(key) >= 4 and n not in index[key]:
                    index[key].append(n)
    matches = {}
    for i, entry in enumerate(toc):
        target = squash(strip_numbering(entry.text))
        hits = set(index.get(target, ()))
        for start in range(1, len(target) - 7):  # its ends of eight characters or more
            hits.update(index.get(target[start:], ()))
        matches[i] = [groups[n] for n in sorted(hits)]
    return matches


def _without_lists_of_them(matches: dict[int, list[list[Line]]], entries: list[TocEntry]) -> dict[int, list[list[Line]]]:
    """The matches without the lines of a page that names entries the contents sets on
    other pages, two or more and none on this one (a theme's opening page listing its
    projects): a list, no headings. A theme's heading over each of its projects' is no list."""
    elsewhere: dict[int, set[int]] = defaultdict(set)
    own: set[int] = set()
    for i, found in matches.items():
        page = entries[i].pdf_page or entries[i].page
        named = squash(strip_numbering(entries[i].text))
        for group in found:
            if group[0].page == page:
                own.add(page)
            elif squash(strip_numbering(_text(group))) == named:  # (the whole entry: a title's end is no list's)
                elsewhere[group[0].page].add(page)
    listing = {page for page, printed_on in elsewhere.items() if len(printed_on) >= 2 and page not in own}
    return {i: [g for g in found if g[0].page not in listing] for i, found in matches.items()}


def _as_the_contents_spell_it(entry: str, part: str) -> str:
    """A heading set in capitals ("ADVANCED MANUFACTURING PROGRAM") has lost its spelling;
    the contents entry that names it has it."""
    if not part.isupper() or entry.isupper():
        return part
    words = strip_numbering(entry).split()
    target = squash(part)
    for i in range(len(words)):
        for j in range(len(words), i, -1):
            if squash(" ".join(words[i:j])) == target:
                return " ".join(words[i:j])
    return part


def _theme_and_title(entry: str, group: list[Line], settings: Settings) -> tuple[str, str]:
    text = strip_numbering(_text(group))
    m = _THEME_TITLE.match(text)
    if m:
        return m["theme"].strip(), m["title"].strip()
    target = squash(strip_numbering(entry))
    for j in range(1, len(group)):  # a theme line over the title, on one band, in other type
        head, tail = strip_numbering(_text(group[:j])), strip_numbering(_text(group[j:]))
        other_type = abs(group[j - 1].size - group[j].size) >= settings.other_type_pt \
            or group[j - 1].bold != group[j].bold
        if other_type and target.endswith(squash(tail)) and (squash(head) in target or target == squash(tail)):
            return head, tail
    words = strip_numbering(entry).split()
    target = squash(text)
    for k in range(len(words)):
        if squash(" ".join(words[k:])) == target:
            return " ".join(words[:k]), text
    return "", text


# -- headings ---------------------------------------------------------------------------

def _text(group: list[Line]) -> str:
    return " ".join(ln.text for ln in group)


def _heading_groups(heads: list[Line], by_page: dict[int, PageLayout], settings: Settings) -> list[list[Line]]:
    """Consecutive heading lines of one style, close together, are one heading (a title that
    wraps); so are the lines printed on one band (a theme over its title)."""
    groups: list[list[Line]] = []
    for line in heads:
        if groups:
            last = groups[-1][-1]
            # Font boxes of tightly set lines overlap a little: a small negative gap is close too.
            # (a heading at the same height in the next column is another's)
            overlap = -settings.heading_overlap_em * line.size
            close = line.page == last.page and overlap <= line.top - last.bottom < settings.row_gap_em * line.size \
                and line.x0 < last.x1 and last.x0 < line.x1
            same_style = _in_one_type(line, last, settings)
            band = by_page[line.page].fill_behind(line)
            # (a band, a few lines high: not a page printed on colour, whose lines are many headings)
            same_band = band is not None and line.page == last.page and band == by_page[line.page].fill_behind(last) \
                and band.bottom - band.top <= _BAND_LINES * line.size * 1.5
            # (numbered as the line that opened the heading: the next of a list of headings)
            listed = _numbered(line.text) and _numbered(groups[-1][0].text)
            if ((close and same_style) or same_band) and not listed:
                groups[-1].append(line)
                continue
        groups.append([line])
    return groups


def _from_keys_or_cycles(lines: list[Line], groups: list[list[Line]], structure: Structure, settings: Settings,
                         by_page: dict[int, PageLayout], in_tables: dict[int, list[Box]]) -> list[ProjectStart]:
    """The projects the title keys open, or the rounds of labels; a single title key names
    the one project of a document whose labels go round once (a form's "Projecttitel" under
    the form's own heading), but not one of a document whose labels go round more often."""
    keyed = _from_title_keys(lines, groups)
    if len(keyed) >= 2:
        return keyed
    cycles = _from_label_cycles(lines, groups, structure, settings, by_page, in_tables)
    return cycles if len(cycles) >= 2 or not keyed else keyed


def _from_title_keys(lines: list[Line], groups: list[list[Line]]) -> list[ProjectStart]:
    """Projects a form titles only in a grid of keys and values over each ("Projecttitel |
    Advanced Manufacturing Program", "Thema | Techniek als motor"), in the text's own type:
    each such key's value titles the project it opens, the theme key's by it its theme. A
    key right under a heading that names its title is that heading's project's: the heading
    opens it (a form's section over the keys, "A. Gegevens project", names none)."""
    starts = []
    heading_ends = {id(group[-1]): group for group in groups}
    for i, line in enumerate(lines):
        key, *value = numbered_label(line.segments())
        typed = _TITLE_TYPED.fullmatch(line.text)  # ("Projecttitel: ..." in one run)
        named = value and _TITLE_KEY.fullmatch(strip_numbering(join_words(key)))
        title = join_words([w for seg in value for w in seg]) if named \
            else typed["title"].strip() if typed else ""
        if title and any(id(ln) in heading_ends and ln.page == line.page and squash(title) in squash(_text(heading_ends[id(ln)]))
                         for ln in lines[max(0, i - _KEYS_NEAR):i]):
            return []
        if title:
            near = [ln for ln in [*lines[i + 1:i + 1 + _KEYS_NEAR], *lines[max(0, i - _KEYS_NEAR):i]] if ln.page == line.page]
            theme, keyed = _theme_key(near)
            wrapped = _value_going_on(value[0][0], line.page, lines[i + 1:i + 1 + _KEYS_NEAR]) if named else []
            # (a theme's key over the title's opens the project: a band naming the theme over its first)
            over = [keyed] if keyed is not None and keyed.top < line.top else []
            starts.append(ProjectStart(theme, " ".join([title, *(ln.text for ln in wrapped)]), [*over, line, *wrapped]))
    return starts


def _from_budgets(lines: list[Line], groups: list[list[Line]], budgets: dict[int, list[Box]],
                  settings: Settings) -> list[ProjectStart]:
    """Where nothing else tells the projects apart (no contents, no theme over a title, no
    labels coming back: a decision drafted as legislation, its projects "Artikel 2. ..."
    under chapters "Hoofdstuk 2. <theme>"; a report whose only headings are numbered lines in
    the text's type): a project is what holds a budget. Of the kinds of heading (a type, and
    the word or depth of its number), the one whose sections hold the funding tables apart,
    most of them in one each, heads the projects: each of its sections that holds one is a
    project, its theme the nearest heading of a kind over it."""
    position = {id(ln): i for i, ln in enumerate(lines)}
    on_page: dict[int, list[Line]] = defaultdict(list)
    for line in lines:
        on_page[line.page].append(line)
    # (where each budget starts in the reading order: its first line)
    at = sorted(i for page, boxes in budgets.items() for box in boxes
                if (i := min((position[id(ln)] for ln in on_page[page] if centred_in(ln, (box,))), default=-1)) >= 0)
    grouped = {id(ln) for g in groups for ln in g}
    heads = sorted([(position[id(g[0])], g) for g in groups if id(g[0]) in position]
                   + [(i, [ln]) for i, ln in enumerate(lines) if id(ln) not in grouped and _a_numbered_heading(ln, budgets)],
                   key=lambda head: head[0])
    kind_at = {i: _heading_kind(group[0]) for i, group in heads}
    kinds: dict[tuple, list[tuple[int, list[Line]]]] = defaultdict(list)
    for head in heads:
        kinds[kind_at[head[0]]].append(head)
    best: list[tuple[int, list[Line]]] = []
    share = 0.0  # of the best kind's sections, those holding a budget (the fewer empty, the likelier)
    for kind, own in kinds.items():
        ends = sorted({i for i, _ in own} | {i for i, _ in heads if _over(kind_at[i], kind, settings)})
        counts = [sum(i < t < _next_after(ends, i) for t in at) for i, _ in own]
        holding = [head for head, count in zip(own, counts) if count]
        if len(holding) >= 2 and 2 * counts.count(1) > len(holding) \
                and (len(holding), len(holding) / len(own)) > (len(best), share):
            best, share = holding, len(holding) / len(own)
    starts = []
    for i, group in best:
        over = [g for j, g in heads if j < i and _over(kind_at[j], kind_at[i], settings)]
        theme = _without_part_number(strip_numbering(_text(over[-1]))) if over else ""
        starts.append(ProjectStart(theme, _without_part_number(strip_numbering(_text(group))), group))
    return starts


def _a_numbered_heading(line: Line, budgets: dict[int, list[Box]]) -> bool:
    """A numbered line in the text's type that reads as a heading: short, one cell, no
    sentence's end ("2.1 Groene Haven"), outside the budgets."""
    text = line.text.strip()
    return _numbered(text) and text[:1] not in _LIST_MARKS and len(line.words) <= _MAX_HEADING_WORDS \
        and text[-1:] not in ".,;:" and any(ch.isalpha() for ch in strip_numbering(text)) \
        and len(line.segments()) == 1 and not centred_in(line, budgets.get(line.page, ()))


def _heading_kind(line: Line) -> tuple[float, bool, str]:
    """(size, bold, number): a heading's type, and its number's word ("artikel") or depth ("2.1": 2)."""
    part = PART_NUMBER.match(line.text)
    depth = len([n for n in line.text.split()[0].split(".") if n]) if _numbered(line.text) else 0
    return round(line.size), line.bold, part[0].split()[0].casefold() if part else str(depth or "")


def _over(kind: tuple[float, bool, str], other: tuple[float, bool, str], settings: Settings) -> bool:
    """Does a heading of ``kind`` rank over one of ``other``: in larger type, or in the same
    size numbered less deep ("2" over "2.1"), or bold over the same number plain?"""
    if kind[0] != other[0]:
        return kind[0] > other[0] + settings.other_type_pt
    if kind[2].isdigit() and other[2].isdigit() and kind[2] != other[2]:
        return int(kind[2]) < int(other[2])
    return kind[2] == other[2] and kind[1] and not other[1]


def _next_after(ends: list[int], i: int) -> float:
    k = bisect_right(ends, i)
    return ends[k] if k < len(ends) else math.inf


def _without_part_number(text: str) -> str:
    part = PART_NUMBER.match(text)
    return text[part.end():].strip(" .:-–—") if part else text


# (or a key of a database's report: "Project:", with its colon; or a list item's "Titel")
_TITLE_KEY = re.compile(r"(?i)(?:project\s?titel|titel(?: van het)? project|titel|project(?=\s*:))\s*:?")
_TITLE_TYPED = re.compile(rf"{_TITLE_KEY.pattern}\s*(?<=:)\s*(?P<title>\S.*)")
_THEME_TYPED = re.compile(rf"(?i){_THEME_WORDS}\s*:\s*(?P<theme>\S.*)")
_KEYS_NEAR = 4  # how many lines from the title's key the theme's may stand


def _theme_key(near: list[Line]) -> tuple[str, Line | None]:
    """The theme a key near a title's names ("Thema | Techniek als motor", "Thema: ..."), and its line."""
    for line in near:
        segments = numbered_label(line.segments())
        if len(segments) >= 2 and _THEME_KEY.fullmatch(strip_numbering(join_words(segments[0]))):
            return join_words([w for seg in segments[1:] for w in seg]), line
        if typed := _THEME_TYPED.fullmatch(line.text):
            return typed["theme"], line
    return "", None


def _value_going_on(value: Word, page: int, below: list[Line]) -> list[Line]:
    """The lines a key's value wraps onto in its column: right under it, at its start, in
    its type, with no key of their own before them."""
    wrapped: list[Line] = []
    bottom = value.bottom
    for line in below:
        first = line.words[0]
        if line.page != page or len(line.segments()) > 1 or abs(first.x0 - value.x0) > _VALUE_ALIGNED_PT \
                or (first.size, first.bold) != (value.size, value.bold) or not 0 <= line.top - bottom < value.size:
            break
        wrapped.append(line)
        bottom = line.bottom
    return wrapped


_VALUE_ALIGNED_PT = 2.0


# What follows a stroke in a banner's line, not a title: a date ("14 maart 2019"), an address.
_MONTH = r"(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)[a-z]*"
_NO_TITLE = re.compile(rf"(?i)@|www\.|https?://|^\d{{1,2}}\s+{_MONTH}\s+\d{{4}}$|^{_MONTH}\s+\d{{4}}$|^\d{{1,2}}[-/.]\d{{1,2}}[-/.]\d{{2,4}}$")


def _from_theme_title(groups: list[list[Line]], body: float, settings: Settings) -> list[ProjectStart]:
    starts = []
    for group in groups:
        m = _THEME_TITLE.match(_text(group))
        if m and group[0].size >= settings.heading_size_share * body * 0.95 and not _NO_TITLE.search(m["title"]):
            starts.append(ProjectStart(m["theme"].strip(), strip_numbering(m["title"].strip()), group))
    # Projects are titled each their own way: a line said alike over each (a deck's subtitle,
    # "Regio Deal Twente | stuurgroep 14 maart 2019") titles none.
    return starts if 2 * len({squash(start.title) for start in starts}) > len(starts) else []


# -- fields -----------------------------------------------------------------------------

def _from_contents_pages(lines: list[Line], groups: list[list[Line]], structure: Structure,
                         settings: Settings, by_page: dict[int, PageLayout]) -> list[ProjectStart]:
    """Projects whose headings are no text (drawn as outlines, set in a picture) or no text
    of the page's own (a one-project deck's title over every slide, taken out as repeated):
    each contents entry's project starts at the first label on the page the entry names,
    where none of those pages holds a heading, and is titled by the entry (its theme, where
    the contents sets the themes on lines of their own, apart), or by the running title the
    entry ends with, in heading type on that page, the entry's words before it its theme."""
    after_toc = max((e.provenance.page for e in structure.toc if e.provenance), default=0)
    headed = {g[0].page for g in groups}
    first_label: dict[int, Line] = {}
    display: list[Line] = []  # the lines in display type right over the line read
    for line in lines:
        if display and display[-1].page != line.page:
            display = []
        if line.page > after_toc and line.page not in first_label and id(line) not in structure.toc_lines \
                and _label_of(line, structure.labels, settings):
            # (a project's number set large over its first label opens it)
            first_label[line.page] = display[0] if display else line
        display = [*display, line] if line.size >= settings.heading_size_share * structure.body_size else []
    starts: list[ProjectStart] = []
    theme = ""
    for i, entry in enumerate(structure.toc):
        page = entry.pdf_page if entry.pdf_page is not None else entry.page
        if entry.report_part:
            continue
        at = first_label.get(page)
        if at is None or page in headed or (starts and starts[-1].first.page >= page):
            return []
        text = strip_numbering(entry.text)
        if i in structure.toc_themes:
            theme = structure.toc_themes[i]
            text = text[len(theme):].strip() if text.startswith(theme) else text
        printed = _running_title(text, by_page.get(page), structure.body_size, settings)
        if printed is not None:
            theme, text = text[:-len(printed)].strip() or theme, printed
        starts.append(ProjectStart(theme, text, [], at=at, printed=printed is not None))
    return starts


def _running_title(entry: str, layout: PageLayout | None, body: float, settings: Settings) -> str | None:
    """The title in heading type that the page repeats from the others, where the contents
    entry ends with it after words of its own (the theme)."""
    for line in build_lines(layout.running, layout.number, settings) if layout else []:
        title = line.text.strip()
        if line.size >= settings.heading_size_share * body and entry.endswith(title) and len(title) < len(entry) \
                and entry[-len(title) - 1] == " ":
            return title
    return None


def _document_labels(structure: Structure, heads: list[Line], settings: Settings, in_a_column: list[tuple[str, bool]],
                     page_ends: set[int]) -> set[str]:
    """The labels the document adds to the vocabulary: short headings that recur, and words
    set apart in a column of their own beside their text that recur (``in_a_column``).
    ``page_ends``: the ids of the lines that end their pages."""
    toc_text = " ".join([*(squash(e.text) for e in structure.toc), *map(squash, structure.toc_themes.values())])
    # Themes recur too (one per project on a band, over each title, or in every running
    # title): a label is neither part of a contents entry nor printed pale on a dark band,
    # nor set right over a larger heading (a title's theme: a label has its text under it).
    # Nor is it a column label of a table ("Publiek" over its columns, bold in every table).
    # Nor a subtitle, under a title and over a label in other type: it has no text of its own.
    other, gap = settings.other_type_pt, settings.theme_gap_em
    themes = {id(a) for a, b in zip(heads, heads[1:]) if a.page == b.page and 0 <= b.top - a.bottom <= gap * a.size
              and (b.size >= a.size + other or (a.tinted and abs(b.size - a.size) > other))}
    titles = _print_titles(heads)
    # Nor a form's help under its label, asked in every project as the label is.
    helping = help_lines(heads, settings)
    # Nor a heading that says it goes on ("Leonardo (vervolg)"): a running title, which reads
    # as its title again.
    short_heads = [ln for ln in heads if (len(ln.words) <= 6 or asks(ln.text)) and not ln.light
                   and squash(ln.text) not in toc_text and not is_column_word(ln.text)
                   and id(ln) not in themes and id(ln) not in titles and id(ln) not in helping
                   and not GOES_ON.search(ln.text)]
    beside = [(text, opens) for text, opens in in_a_column if squash(text) not in toc_text and not is_column_word(text)]
    found = discover([*(ln.text for ln in short_heads), *(text for text, _ in beside)], max(2, len(structure.toc))) \
        | _form_questions(short_heads)
    # A document of one project says each of its own labels once: in a column of them beside
    # their text, each opening its block, where it uses none the vocabulary knows, they are its labels.
    if not found and len({squash(text) for text, _ in beside}) >= _LONE_COLUMN_LABELS and all(opens for _, opens in beside) \
            and not any(names_a_field(text) for text in [*(text for text, _ in beside), *(ln.text for ln in heads)]):
        found = {text.rstrip(":") for text, _ in beside}
    # A label has its text under it: a heading that ends its page wherever it stands ("Geen
    # reacties" under a web page's every article) is none.
    last = {squash(strip_numbering(ln.text)) for ln in short_heads if id(ln) in page_ends}
    last -= {squash(strip_numbering(ln.text)) for ln in short_heads if id(ln) not in page_ends}
    found = {text for text in found if squash(text) not in last}
    return found | _worded_further(short_heads, Labels(found))


def _worded_further(heads: list[Line], labels: Labels) -> set[str]:
    """Headings in the type of the document's labels that open with a label and go on
    ("Planning en mijlpalen" where "Planning" is one): labels, though they come once."""
    def style(line: Line) -> tuple:
        return round(line.size), line.bold, line.tinted, line.italic

    types = {style(ln) for ln in heads if labels.whole(ln.text)}
    return {strip_numbering(ln.text).rstrip(":").strip() for ln in heads
            if style(ln) in types and not labels.whole(ln.text) and labels.match(ln.text) is not None}


def _column_labels(lines: list[Line], settings: Settings) -> list[tuple[str, bool]]:
    """Words in a column of their own before the text of their line, set apart from it by
    their type, bold or in colour ("Wie | 29 bedrijven, kennisinstellingen: ..."): a label
    where they recur, as a programme's own words for its fields (Wie, Wat, Geld) do. Only
    in a column where some label's text goes on under its first line, beside nothing: a
    block of one-line keys and values (a form's "Thema | ...", "Indiener | ..." over each
    title) is no column of labels. There, a key with its colon and nothing beside it (a
    database's empty field, "Contactpersoon:") is one too: its field is empty. Each with
    whether it opens a block in its column, no words of that column right over it (a cell's
    second line, a name wrapped in a table's first column, does not)."""
    found: dict[tuple, list[tuple[str, bool]]] = defaultdict(list)
    running: set[tuple] = set()
    alone: list[Line] = []  # keys with nothing beside them
    for over, line, under in zip([None, *lines], lines, [*lines[1:], None]):
        segments = line.segments(gap=settings.label_gap_em * line.size)
        if len(segments) == 1 and len(line.words) <= _COLUMN_LABEL_WORDS and line.text.endswith(":"):
            alone.append(line)
        if len(segments) < 2 or len(segments[0]) > _COLUMN_LABEL_WORDS or not segments[0][0].text[:1].isupper():
            continue
        label, text = segments[0], line.words[len(segments[0]):]
        worded = sum(any(c.islower() for c in w.text) for w in text) >= _PROSE_WORDS
        if worded and set_apart_by_type(label, text[:_PROSE_WORDS + 1]):
            # (its labels set flush left or right: where their text starts is the column's)
            column = (round(text[0].x0 / _COLUMN_SLACK), label[0].bold, label[0].tinted)
            opens = over is None or over.page != line.page or line.top - over.bottom >= line.size / 2 \
                or not over.words_between(-math.inf, text[0].x0)
            found[column].append((join_words(label), opens))
            if under is not None and under.page == line.page and abs(under.x0 - text[0].x0) <= _COLUMN_SLACK \
                    and under.top - line.bottom < line.size:
                running.add(column)
    for start, bold, tinted in running:
        found[start, bold, tinted] += [(line.text, True) for line in alone
                                       if (line.words[0].bold, line.words[0].tinted) == (bold, tinted)
                                       and 0 <= start * _COLUMN_SLACK - line.x1 <= _KEY_GAP_EM * line.size]
    return [text for column in running for text in found[column]]


_LONE_COLUMN_LABELS = 4  # a column of this many labels said once each is one of labels
_KEY_GAP_EM = 4.0  # how far before its column's text a key alone may end
_COLUMN_SLACK = 3  # points: where a column's lines start alike
_COLUMN_LABEL_WORDS = 3
_PROSE_WORDS = 2  # a row of a table has figures beside its label, a field its text


def _form_questions(heads: list[Line]) -> set[str]:
    """The questions of an application form, its labels (see ``asks``) though a form of one
    project asks each once: where several are set in one type."""
    asked = Counter(_text_in_type(ln)[1:] for ln in heads if asks(ln.text))
    return {strip_numbering(ln.text).rstrip(":") for ln in heads if asks(ln.text) and asked[_text_in_type(ln)[1:]] >= 3}


def _print_titles(heads: list[Line]) -> set[int]:
    """Headings that open each of a run of pages with the same text (a spreadsheet's title rows
    repeated at the top of every page of a sheet, a title repeated as the pages' heading): a
    project's title, however often it recurs, and no label."""
    top: dict[int, Line] = {}
    for line in heads:
        if line.page not in top or line.top < top[line.page].top:
            top[line.page] = line
    return {id(line) for page, line in top.items()
            if any(other is not None and squash(other.text) == squash(line.text)
                   for other in (top.get(page - 1), top.get(page + 1)))}


def _under_the_title(group: list[Line], over: list[Line], label: Line, layout: PageLayout,
                     settings: Settings) -> str | None:
    """Of two headings over a project's first label, the larger is a theme over its projects'
    titles unless the one under it is no title (nor one of the project's sections, which the
    caller sees among its labels): the heading of the labels' own section (in
    their type: "Projectgegevens" over "Naam Project"; or heading the box beside the text the
    labels start in: "Kerngegevens" over "Looptijd:"; or a tile's beside the title, right
    under its foot), read as no theme; or the title's subtitle (smaller, in a lighter ink or at half its
    size, right under it), read as its theme. (Numbering tells
    nothing: "2.1 Groene Teelt" over "2.1.1 Naam Project" is a title as "1 Projectgegevens"
    over "1.1 Naam Project" is none.)"""
    first, word, title = group[0], label.words[0], over[-1]

    def in_the_labels_type(line: Line) -> bool:
        return abs(line.size - word.size) < settings.other_type_pt and (line.bold, line.tinted) == (word.bold, word.tinted)

    box = layout.aside_of(first) if label.page == first.page else None
    # (A document in one type throughout, as a text file printed, tells nothing by its type.)
    if len(group) == 1 and (in_the_labels_type(first) and not in_the_labels_type(title)
                            or box is not None and box is layout.aside_of(label) and layout.aside_of(title) is None):
        return ""
    if 0 <= first.top - title.bottom <= settings.theme_gap_em * title.size and (first.x0 > title.x1 or first.x1 < title.x0):
        return ""
    # (no theme is set at twice its titles' size: a line that much smaller is the title's)
    if (_paler(first, title) or first.size <= _SUBTITLE_SHARE * title.size) and _set_under(first, title, settings):
        return strip_numbering(_text(group))
    return None


_SUBTITLE_SHARE = 0.5


def _label_of(line: Line, labels: Labels, settings: Settings) -> str:
    """The field label the line opens with (in a label column, or before a colon), or "".
    A table's header row opens with its corner label ("Begroting", "Kosten en financiering"),
    no field's: the cells after it name funding sources."""
    segments = [" ".join(w.text for w in cell) for cell in line.segments(gap=settings.label_gap_em * line.size)]
    if len(segments) >= 3 and sum(map(is_column_word, segments[1:])) >= 2:
        return ""
    # (a number set apart before the label, as a form numbers its sections in boxes: "6  Inzet")
    head = " ".join(segments[:2]) if len(segments) >= 2 and is_numbering(segments[0]) else segments[0]
    # A label is capitalised: no sentence's last word at the start of a justified line
    # ("opgave." and a wide space), no header's word wrapped under another ("partijen").
    if head[:1].islower():
        return ""
    label = head if labels.whole(head) else (line.text.split(":", 1)[0] if ":" in line.text else "")
    return label if label and labels.whole(label) else _run_in(line, labels)


def _run_in(line: Line, labels: Labels) -> str:
    """A label run in before its text in bold, ended by a full stop ("**Opgave.** De
    maakindustrie ..."), or ""."""
    bold = list(takewhile(lambda w: w.bold, line.words[:_RUN_IN_WORDS + 1]))
    if not bold or len(bold) == len(line.words) or not bold[-1].text.endswith((".", ":")):
        return ""
    label = join_words(bold).rstrip(".:").strip()
    return label if labels.whole(label) else ""


_RUN_IN_WORDS = 5


def _label_rounds(labelled: list[tuple[int, Line, str]], heads: list[int], sections: frozenset[int] = frozenset()) -> list[int]:
    """Where in ``labelled`` (index in the lines, line, label) each round of labels starts: at
    a label that comes back (see _at_the_openers)."""
    rounds: list[int] = []
    seen: set[str] = set()
    last = ("", -1)
    for k, (index, _, key) in enumerate(labelled):
        # The label again right after itself, no title between, is its field going on (a
        # table's title over the part of it on the next page, a table's corner under its
        # field), no new round.
        again = key == last[0] and bisect_right(heads, last[1]) == bisect_left(heads, index)
        if not rounds or key in seen and not again:
            rounds.append(k)
            seen = set()
        seen.add(key)
        last = (key, index)
    return _at_the_openers(rounds, labelled, heads, sections)


def _numbered(text: str) -> bool:
    return strip_numbering(text) != text.strip()


def _in_one_type(a: Line, b: Line, settings: Settings) -> bool:
    return abs(a.size - b.size) < settings.other_type_pt and a.bold == b.bold


def _at_the_openers(rounds: list[int], labelled: list[tuple[int, Line, str]], heads: list[int],
                    sections: frozenset[int] = frozenset()) -> list[int]:
    """The rounds of labels, a round without a title of its own (none larger than the text
    since the round before but the form's section headings, ``sections``) moved to the
    label that opened the first, where that label follows before the next round: a field's
    label that comes back inside a project (a table's title naming it again) starts no
    project of its own. Nor does an untitled round whose labels after its first are mostly
    new: the project going back to sections it left (a form printed in another order than
    its sections are numbered)."""
    if not rounds:
        return rounds
    opener = labelled[rounds[0]][2]
    moved = [rounds[0]]
    for start, end in zip(rounds[1:], [*rounds[2:], len(labelled)]):
        between = heads[bisect_right(heads, labelled[moved[-1]][0]):bisect_left(heads, labelled[start][0])]
        if any(head not in sections for head in between):  # titled
            moved.append(start)
            continue
        at_opener = next((k for k in range(start, end) if labelled[k][2] == opener), None)
        if at_opener is not None:
            moved.append(at_opener)
        elif _repeats_the_round_before(labelled, moved[-1], start, end):
            moved.append(start)
    return moved


def _repeats_the_round_before(labelled: list[tuple[int, Line, str]], before: int, start: int, end: int) -> bool:
    earlier = {key for _, _, key in labelled[before:start]}
    rest = [key for _, _, key in labelled[start + 1:end]]
    return not rest or 2 * sum(key in earlier for key in rest) > len(rest)


def _kicker_over(group: list[Line], settings: Settings) -> tuple[str, str]:
    """(theme, title) of a heading whose first line, in capitals and in other type than the
    lines under it, or in type much smaller than theirs, is its theme (a kicker: "TECHNIEK
    ALS MOTOR" over the title; a panel's title bar with its theme small over the title)."""
    first, rest = group[0], group[1:]
    capitals = first.text.isupper() and not all(ln.text.isupper() for ln in rest)
    if rest and ((capitals and (abs(first.size - rest[0].size) >= settings.other_type_pt or first.bold != rest[0].bold))
                 or first.size <= _KICKER_SHARE * rest[0].size):
        return strip_numbering(first.text), strip_numbering(_text(rest))
    return "", strip_numbering(_text(group))


_KICKER_SHARE = 0.7  # a kicker over a title, set this much smaller at most
_SAID_ALIKE = 3  # a heading said over this many rounds of labels at least is said alike


def _from_label_cycles(lines: list[Line], groups: list[list[Line]], structure: Structure,
                       settings: Settings, by_page: dict[int, PageLayout], in_tables: dict[int, list[Box]]) -> list[ProjectStart]:
    """Without contents or "Theme | Title": a label that comes back starts a new project,
    titled by the nearest heading above the first label of its round. No line in a table
    (``in_tables``) is a label; a heading read as a table's row still titles its round."""
    labels = structure.labels
    order = {id(ln): i for i, ln in enumerate(lines)}
    # Headings larger than the text: a title between two of a label's lines parts them; one
    # that says its project goes on ("Groene Havens (vervolg)" over the label again) does not.
    heads = sorted(order[id(g[0])] for g in groups if id(g[0]) in order
                   and g[0].size > structure.body_size + settings.other_type_pt and not GOES_ON.search(_text(g)))
    # ("1.2.1 Naam Project" comes back as "1.3.1 ...")
    labelled = [(index, line, squash(strip_numbering(label))) for index, line in enumerate(lines)
                if not centred_in(line, in_tables.get(line.page, ())) and (label := _label_of(line, labels, settings))]
    # (a numbered heading set as the form's numbered sections that are labels, "5 Continuïteit"
    # as "4 Begroting", is a section of the form: it titles no project)
    numbered = [line for _, line, _ in labelled if _numbered(line.text)]
    form_sections = frozenset(order[id(g[0])] for g in groups if id(g[0]) in order and _numbered(_text(g))
                              and any(_in_one_type(g[0], line, settings) for line in numbered))
    rounds = _label_rounds(labelled, heads, form_sections)
    alike = _said_alike(groups, labelled, rounds, order)
    said_at = {order[id(g[0])]: squash(_text(g)) for g in groups if id(g[0]) in order}
    titles = [i for i in heads if said_at[i] not in alike]
    if len(titles) < len(heads):
        rounds = _label_rounds(labelled, titles, form_sections)
    ends = [labelled[k - 1][0] for k in [*rounds[1:], len(labelled)]] if rounds else []  # each round's last label
    starts: list[ProjectStart] = []
    floor = -1
    for k, after, end in zip(rounds, [*rounds[1:], len(labelled)], ends):
        line = labelled[k][1]
        above = [g for g in groups if floor < order.get(id(g[0]), -1) < order[id(line)] and squash(_text(g)) not in alike]
        # (a heading on a page before, lines before the round's first label, closes the project
        # before, a form's step: the round's name field names it; a title at a page's foot does not)
        named = _round_named(lines, labelled[k:min(after, k + _NAME_AMONG_FIRST)], labels, settings) if not above or (
            above[-1][0].page < line.page and order[id(line)] - order[id(above[-1][-1])] > _TITLE_REACH_LINES) else ""
        if above and not named:
            group = above[-1]
            text = strip_numbering(_text(group))
            # ("Regio Deal Walcheren | stuurgroep" under a title set larger: its subtitle, not "Theme | Title")
            m = None if len(above) >= 2 and _set_under(group[0], above[-2][-1], settings) else _THEME_TITLE.match(text)
            theme, title = (m["theme"].strip(), m["title"].strip()) if m else _kicker_over(group, settings)
            lines_of = group
            if not m and len(above) >= 2 and above[-2][0].page == group[0].page and above[-2][0].size >= group[0].size:
                # Other headings in its type among the round's labels (not itself again, as a
                # theme's badge on each page): it heads the first of the project's sections.
                sections = any(order[id(line)] < order.get(id(g[0]), -1) < end and _in_one_type(g[0], group[0], settings)
                               and _text(g) != _text(group) for g in groups)
                under = "" if sections else _under_the_title(group, above[-2], line, by_page[line.page], settings)
                theme, title = (strip_numbering(_text(above[-2])), title) if under is None \
                    else (under, strip_numbering(_text(above[-2])))
                lines_of = [*above[-2], *group]
            starts.append(ProjectStart(theme, title, lines_of))
        elif named:
            starts.append(ProjectStart("", named, [], at=line))  # (its title drawn, not set: outlines, a picture)
        floor = order[id(line)]
    return starts


def _set_under(line: Line, heading: Line, settings: Settings) -> bool:
    """Does the line, after the heading, stand right under it (or beside it) in smaller type?"""
    return line.page == heading.page and line.size < heading.size - settings.other_type_pt \
        and line.top - heading.bottom <= settings.theme_gap_em * heading.size


def _said_alike(groups: list[list[Line]], labelled: list[tuple[int, Line, str]], rounds: list[int],
                order: dict[int, int]) -> set[str]:
    """The headings said alike over most of the rounds of labels (a deck's subtitle under each
    title, a web form's steps), which title none and part no round: over most of them as the
    labels come back, where they made more rounds than that; or between every two rounds and
    over the first, of two or more that headings stand over (titles differ; a title said
    again over its project's next page stands inside its round, or says it goes on)."""
    said = Counter(squash(_text(g)) for g in groups)
    cycles = Counter(Counter(key for _, _, key in labelled).values()).most_common(1)
    come_back = min(len(rounds), cycles[0][0]) if cycles else len(rounds)
    alike = {text for text, n in said.items() if n >= _SAID_ALIKE and 2 * n > come_back}
    # (each round's first label, and the last label of the round before it)
    windows = [(order[id(labelled[k - 1][1])] if k else -1, order[id(labelled[k][1])]) for k in rounds]
    inside: dict[int, list[list[Line]]] = defaultdict(list)
    for g in groups:
        if GOES_ON.search(_text(g)):
            continue  # (the title said again where its project goes on: "(vervolg)")
        at = order.get(id(g[0]), -1)
        for i in (i for i, (after, before) in enumerate(windows) if after < at < before):
            inside[i].append(g)
    # Over a round stand the headings on the page of the last of them: a sheet's title said
    # again atop the project's last page, before the next project's page, is over neither.
    # (Rounds that no heading stands over are a field's label said again inside a project.)
    over: dict[str, set[int]] = defaultdict(set)
    for i, gs in inside.items():
        for g in gs:
            if g[0].page == gs[-1][0].page:
                over[squash(_text(g))].add(i)
    headed = set().union(*over.values())
    return alike | {text for text, between in over.items() if len(headed) >= 2 and between == headed}


def _round_named(lines: list[Line], labelled: list[tuple[int, Line, str]], labels: Labels, settings: Settings) -> str:
    """The project's name as the name field among its round's first labels gives it, if any."""
    return next(filter(None, (_named_by_its_field(lines, index, labels, settings) for index, _, _ in labelled)), "")


def _named_by_its_field(lines: list[Line], index: int, labels: Labels, settings: Settings) -> str:
    """The project's name as the field that opens its round of labels gives it ("Naam Project
    | Advanced Manufacturing Program"), where no heading in text titles it: the value beside
    the label, or the lines right under it up to the next label."""
    line = lines[index]
    label = _label_of(line, labels, settings)
    if not _NAME_LABEL.fullmatch(squash(strip_numbering(label).rstrip(":"))):
        return ""
    beside = line.text[len(label):].strip().lstrip(":").strip() if line.text.startswith(label) else ""
    if beside:
        return beside
    under: list[str] = []
    for above, below in zip(lines[index:], lines[index + 1:index + 1 + _NAME_LINES]):
        # (a form's answer stands in its box, farther under the label than a line's spacing)
        gap = _BOXED_ANSWER_GAP if above is line else 1.0
        if below.page != line.page or _label_of(below, labels, settings) or below.top - above.bottom > gap * below.size:
            break
        under.append(below.text)
    return " ".join(under)


_NAME_LABEL = re.compile(r"naam(?:vanhet)?project|projectnaam|project ?titel|titel(?:vanhet)?project")
_NAME_LINES = 3
_TITLE_REACH_LINES = 3  # a title on the page before its first label stands this many lines over it at most
_NAME_AMONG_FIRST = 2  # a round's name field is among its first labels (a form's section heading may come first)
_BOXED_ANSWER_GAP = 1.5  # line sizes
