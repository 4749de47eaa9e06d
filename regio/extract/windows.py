"""A long document read in windows of pages, so that what reading it holds in memory does
not grow with its length. Each window runs every stage and hands on the projects it read
whole; the next one starts at the page where the window's last project begins (it may go
on past the window), with the contents that names that part of the document read again in
front of it, since the contents tells where its projects start. A document no longer than
a window is read in one, as it always was."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from regio.schema import Dossier, Project, TocEntry

if TYPE_CHECKING:
    from regio.extract import PageCounts, WindowReading
    from regio.extract.headings import Structure
    from regio.schema import ExtractionWarning


def in_windows(reading: WindowReading, wanted: Sequence[int], window: int) -> Iterator[Dossier]:
    """The parts of the dossier, window by window; InputError once the last window shows
    that nothing of the document could be read."""
    from regio.extract import PageCounts

    counts = PageCounts()
    contents = _Contents()
    start, carried = 0, None
    said: set[tuple] = set()
    size = window
    while start < len(wanted):
        end = min(len(wanted), start + size)
        own = wanted[start:end]
        if start:
            reading.opened.reopen()
        read = reading.read([*contents.in_front_of(own[0], set(own)), *own], going_on=start > 0)
        projects = _after(read.projects, carried)
        last = end == len(wanted)
        going = None if last else _going_on(projects, own[0])
        if projects and not (last or going):
            size *= 2  # a project as long as the window: read again, in one twice as long
            continue
        size, carried = window, going
        counts.add(_own_counts(read.counts, len(own)))
        following = wanted.index(carried.pages[0]) if carried else end
        if carried:
            projects = projects[:-1]
        if last:
            counts.refuse_unread()
        if start == 0 and last:  # the document whole, in one window
            yield reading.part(read, projects, None, read.structure.toc if read.structure else [])
            return
        contents.add(read.structure)
        # The page where the next window starts is read by both: its warnings are said once.
        # (an entry one window does not find may lie in another's pages: said at the end)
        kept = set(wanted[start:following + 1])
        read.warnings = [w for w in read.warnings if w.code != "toc-entry-not-found" and (w.page is None or w.page in kept)
                         and (w.code, w.page, w.message) not in said]
        said = {(w.code, w.page, w.message) for w in read.warnings if not last and w.page == wanted[following]}
        yield reading.part(read, projects, set(wanted[start:following]), list(contents.entries.values()) if last else [],
                           contents.not_found() if last else ())
        start = following


def _own_counts(counts: PageCounts, own: int) -> PageCounts:
    """The counts of a window's own pages (the contents read in front of it counts once)."""
    from regio.extract import PageCounts

    front = counts.wanted - own
    return PageCounts(own, max(0, counts.with_text - front), max(0, counts.laid_out - front), counts.unloadable,
                      counts.undecodable)


def _after(projects: list[Project], carried: Project | None) -> list[Project]:
    """The projects from the one the window before handed on: those before it, on its first
    page, were read by that window. Where the window reads it otherwise, from the first
    that starts after its page."""
    if carried is None:
        return projects
    again = next((i for i, p in enumerate(projects) if p.title == carried.title and p.pages[:1] == carried.pages[:1]),
                 None)
    if again is not None:
        return projects[again:]
    return [p for p in projects if p.pages and p.pages[0] > carried.pages[0]]


def _going_on(projects: list[Project], first_page: int) -> Project | None:
    """The window's last project, which may go on past it, where the next window can start
    at its first page: after the window's first."""
    if not projects or not projects[-1].pages or projects[-1].pages[0] <= first_page:
        return None
    return projects[-1]


@dataclass
class _Contents:
    """The contents sections read so far, and which of their entries a window found."""

    sections: dict[int, tuple[frozenset[int], bool]] = field(default_factory=dict)  # heading page: pages, inside
    entries: dict[tuple, TocEntry] = field(default_factory=dict)
    found: set[tuple] = field(default_factory=set)

    def in_front_of(self, page: int, own: set[int]) -> list[int]:
        """The pages of the contents whose part of the document ``page`` lies in: the last
        section before it, and those inside that section's part after it."""
        before = sorted((heading, pages, inside) for heading, (pages, inside) in self.sections.items() if heading < page)
        outer = [n for n, (_, _, inside) in enumerate(before) if not inside]
        if not outer:
            return []
        return sorted({p for _, pages, _ in before[outer[-1]:] for p in pages} - own)

    def add(self, structure: Structure | None) -> None:
        if structure is None:
            return
        for entries, heading, _, inside in structure.parts():
            pages = {heading} | {e.provenance.page for e in entries if e.provenance}
            self.sections.setdefault(heading, (frozenset(pages), inside))
        unmatched = {_key(e) for e in structure.unmatched_toc}
        for entry in structure.toc:
            key = _key(entry)
            known = self.entries.get(key)
            if known is None or (known.pdf_page is None and entry.pdf_page is not None):
                self.entries[key] = entry
            if key not in unmatched:
                self.found.add(key)

    def not_found(self) -> list[ExtractionWarning]:
        """Each entry no window found a heading for, as the reader says so."""
        from regio.extract.document import toc_entry_not_found

        return [toc_entry_not_found(e) for key, e in self.entries.items() if key not in self.found]


def _key(entry: TocEntry) -> tuple:
    return (entry.provenance.page if entry.provenance else None, entry.text, entry.page)
