"""Words broken at a line's end: which breaks are the typesetter's, to be mended ("produc-"
over "tie" is "productie"), and which are a compound's own hyphen, to be kept ("mbo-" over
"niveau" is "mbo-niveau").

A document that hyphenates shows it in two ways: many of its lines end in a broken word
(a narrow column set by InDesign), or, where it breaks only now and then (pdfLaTeX, one line
in fifty), the words it breaks stand whole elsewhere in its own text ("onder-" over "wijs",
and "onderwijs" on every page). A document that does not hyphenate breaks lines only at a
compound's hyphen, and those compounds, where they come again, mostly come with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property
from typing import Literal

from regio.extract.labels import without_link_address
from regio.extract.layout import Line, PageLayout
from regio.extract.settings import Settings
from regio.schema import CellKind, FundingTable

BROKEN_WORD = re.compile(r"[^\W\d_]{2}-$")
ELIDED = {"en", "of", "tot", "en/of"}  # "midden- en kleinbedrijf": the hyphen stands for a word
_EDGES = re.compile(r"^[^\w-]+|[^\w-]+$")
# A break inside a cell's text, once its lines are joined with a space: "inte- graaluurtarief".
_JOINED_BREAK = re.compile(r"(\S*[^\W\d_]{2})- ([^\W\d_]\S*)")
_REACH = 2  # pages either side that share a page's evidence of breaking words
# A document whose own words confirm this many of its breaks, and few of them are compounds
# it writes with their hyphen elsewhere, hyphenates.
_CONFIRMED = 3
_CONFIRMED_IN_FEW, _MOSTLY = 2, 2 / 3


class Hyphenation:
    """Which pages of a document break words at line ends, and the mending of its text."""

    def __init__(self, layouts: list[PageLayout], settings: Settings, tables: Iterable[FundingTable] = ()):
        self._layouts = layouts
        counts, breaks = _breaks(layouts)
        breaks += _breaks_in_cells(tables)
        self.pages = _breaking_pages(counts, settings)
        if len(breaks) >= _CONFIRMED_IN_FEW and len(self.pages) < len(counts):
            whole, hyphened = self._words
            confirmed = sum(f"{head[:-1]}{tail}" in whole and f"{head}{tail}" not in hyphened for head, tail in breaks)
            compounds = sum(f"{head}{tail}" in hyphened for head, tail in breaks)
            # A short text breaks few words; most of them confirmed will do (a compound's own
            # hyphen is seldom confirmed: "mbo-" over "niveau" and "mboniveau" elsewhere).
            evidence = confirmed >= _CONFIRMED or (confirmed >= _CONFIRMED_IN_FEW and confirmed >= _MOSTLY * len(breaks))
            if evidence and compounds * _CONFIRMED <= confirmed:
                self.pages = {number for number, _, _ in counts}

    @cached_property
    def _words(self) -> tuple[set[str], set[str]]:
        """The words the text sets whole, and of those the ones with a hyphen inside, in lower
        case; asked for only where the document breaks words, or may."""
        whole: set[str] = set()
        for layout in self._layouts:
            for line, below in zip(layout.lines, [*layout.lines[1:], None]):
                at_break = below is not None and _broken_word(line, below)
                whole.update(_key(w.text) for w in (line.words[:-1] if at_break else line.words))
        return whole, {w for w in whole if "-" in w.strip("-")}

    def at_line_end(self, line: Line, below: Line) -> Literal["mend", "keep"] | None:
        """How ``line`` and ``below`` join where a word ends ``line`` on a hyphen: "mend" (the
        typesetter broke it: "produc-" over "tie" is "productie"), "keep" (a compound's own
        hyphen: "mbo-niveau", "Oost-Nederland"), or None (no broken word; "midden- en" keeps
        its space, the hyphen standing for a word)."""
        if not BROKEN_WORD.search(line.text) or not below.text[:1].isalpha() or _key(below.words[0].text) in ELIDED:
            return None
        return self._join(line.words[-1].text, below.words[0].text, line.page)

    def _join(self, head: str, tail: str, page: int) -> Literal["mend", "keep"]:
        # Where the document does not hyphenate, every hyphen at a line's end is a compound's
        # own, even one the document spells whole elsewhere; where it does, a compound it
        # writes with its hyphen elsewhere, and never whole, keeps it.
        if not (tail[:1].islower() and page in self.pages):
            return "keep"
        head, tail = _key(head), _key(tail)
        whole, hyphened = self._words
        compound = f"{head}{tail}" in hyphened and f"{head[:-1]}{tail}" not in whole
        return "keep" if compound else "mend"

    def mend_tables(self, tables: Iterable[FundingTable]) -> None:
        """Row labels and cells of words, whose lines were joined with a space, joined as
        ``at_line_end`` joins lines where a line ended on a hyphen."""
        for table in tables:
            for row in table.rows:
                page = row.provenance.page if row.provenance else table.pages[0] if table.pages else 0
                row.label = without_link_address(self.mended(row.label, page))
                for cell in row.cells:
                    if cell.kind is CellKind.text:
                        cell.raw = self.mended(cell.raw, page)

    def mended(self, text: str, page: int) -> str:
        """Text whose lines were joined with a space (a row label, a title over two lines),
        its words broken at a line's end joined again."""
        if "- " not in text:
            return text

        def joined(m: re.Match) -> str:
            if _key(m[2]) in ELIDED:
                return m[0]
            return m[1] + m[2] if self._join(f"{m[1]}-", m[2], page) == "mend" else f"{m[1]}-{m[2]}"
        return _JOINED_BREAK.sub(joined, text)


def _broken_word(line: Line, below: Line) -> bool:
    """Does ``line`` end in a word broken over to ``below``, going on in lower case?"""
    return bool(BROKEN_WORD.search(line.text)) and below.text[:1].islower() and _key(below.words[0].text) not in ELIDED


def _breaks(layouts: list[PageLayout]) -> tuple[list[tuple[int, int, int]], list[tuple[str, str]]]:
    """Each page's count of broken lines and of lines; the breaks, as (head with its hyphen, tail)."""
    counts: list[tuple[int, int, int]] = []
    breaks: list[tuple[str, str]] = []
    for layout in layouts:
        broken = 0
        for line, below in zip(layout.lines, layout.lines[1:]):
            if _broken_word(line, below):
                broken += 1
                breaks.append((_key(line.words[-1].text), _key(below.words[0].text)))
        counts.append((layout.number, broken, max(len(layout.lines) - 1, 0)))
    return counts, breaks


def _breaks_in_cells(tables: Iterable[FundingTable]) -> list[tuple[str, str]]:
    """The breaks in tables' row labels and cells of words: a narrow cell breaks its words
    as the document does, where the lines across a table's row do not show it."""
    texts = (text for table in tables for row in table.rows
             for text in (row.label, *(c.raw for c in row.cells if c.kind is CellKind.text)))
    return [(_key(m[1]) + "-", _key(m[2])) for text in texts if "- " in text
            for m in _JOINED_BREAK.finditer(text) if m[2][:1].islower() and _key(m[2]) not in ELIDED]


def _key(text: str) -> str:
    if text[:1].isalnum() and text[-1:].isalnum():  # most words: nothing at their edges
        return text.casefold()
    return _EDGES.sub("", text).casefold()


def _breaking_pages(counts: list[tuple[int, int, int]], settings: Settings) -> set[int]:
    """The pages many of whose lines end in a broken word: the whole document's, or (a bundle
    of partners' documents) a run of its pages."""
    def breaks(window) -> bool:
        broken, pairs = sum(b for _, b, _ in window), sum(n for _, _, n in window)
        return broken >= 5 and broken >= settings.hyphenation_share * pairs

    if breaks(counts):
        return {number for number, _, _ in counts}
    return {number for i, (number, _, _) in enumerate(counts) if breaks(counts[max(0, i - _REACH):i + _REACH + 1])}
