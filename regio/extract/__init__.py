"""PDF → Dossier, in named stages, each a function of what the one before made:

1. **layout** (pdf, pdfium_layout, layout): each page's words, lines, rules and fills, read
   once (milliseconds a page), a filled-in form's fields with them, and turned the way the
   text runs; columns of text and boxes beside the text put in reading order, tables across
   the columns kept whole; text set at an angle, notes in the margins, tabs at the page's
   edge and footnotes at its foot kept apart; the document's column grid lent to pages that
   do not show it themselves.
2. **page tables** (finder, tables): every table a page draws, found from its rules or its
   aligned columns and read by the one table reader.
3. **structure** (furniture, headings, labels, hyphenation): running headers and footers, the
   table of contents, the headings where projects start, the field labels and label columns,
   and whether the document breaks words at line ends.
4. **projects** (document, header_table): the walk through the pages in reading order that
   gives each project its fields, notes and tables (a table under a line of column labels,
   or one the finder draws inside a field's text).
5. **cross-check** (crosscheck): a second reading of uncertain ruled tables by pdfplumber
   or camelot, opened only for those pages.
6. **dossier**: everything with one status, complete or partial and why.

A document longer than a window of pages (regio.limits) goes through stages 1 to 5 a
window at a time (windows), each window handing on its projects as a part of the dossier.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from regio.extract.pdf import InputError, OpenedPdf, open_pdf
from regio.extract.settings import DEFAULT, Settings
from regio.schema import Dossier, ExtractionWarning, Project, Table, TocEntry, reading_status

if TYPE_CHECKING:
    from regio.extract.headings import Structure
    from regio.extract.layout import PageLayout

__all__ = ["CROSS_CHECKS", "InputError", "extract", "extract_in_parts", "extract_tables"]

CROSS_CHECKS = ("pdfplumber", "camelot", "none")
P = ParamSpec("P")
R = TypeVar("R")


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector, off while a document is read: it would scan every word and
    line of every page again and again (an eighth of the time of a long dossier), and the
    reading makes no cycles worth collecting before it ends."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _gc_paused(read: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(read)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        with cyclic_gc_paused():
            return read(*args, **kwargs)
    return paused


@_gc_paused
def extract(path: Path | str, pages: Iterable[int] | None = None, password: str | None = None,
            cross_check: str = "pdfplumber", aliases: dict[str, str] | None = None, limits=None,
            settings: Settings | None = None, cross_check_all: bool = False) -> Dossier:
    """Read a dossier PDF. Raises InputError for a file that cannot be read at all.

    ``cross_check`` names a second route that re-reads the ruled tables ("pdfplumber":
    its table finder; "camelot": its lattice parser, slower; "none"); cells the two routes
    read differently become warnings. It re-reads the pages where the first reading is
    uncertain (a rule runs through a cell's text, or the text shows other columns than the
    rules), or every page with a ruled table when ``cross_check_all`` is set. ``aliases``
    maps extra column labels to funding-source keys (totaal, privaat, onderwijs, gemeente,
    provincie, overig_publiek, rijk).
    ``settings`` holds the layout tolerances (regio.extract.settings). ``limits`` bound what
    one file may cost (regio.limits); its ``processes`` read a long file's pages and tables,
    each a run of pages (where the system can fork), with the same result as one.
    A document longer than the limits' ``window_pages`` is read window by window (see
    regio.extract.windows).
    """
    return Dossier.joined(list(extract_in_parts(path, pages, password, cross_check, aliases, limits, settings,
                                                cross_check_all)))


def extract_in_parts(path: Path | str, pages: Iterable[int] | None = None, password: str | None = None,
                     cross_check: str = "pdfplumber", aliases: dict[str, str] | None = None, limits=None,
                     settings: Settings | None = None, cross_check_all: bool = False) -> Iterator[Dossier]:
    """The dossier as `extract` reads it, in parts that each hold the projects, tables and
    warnings of a window of pages (one part for a document no longer than the limits'
    ``window_pages``): a caller that checks each part as it comes holds one window's
    reading at a time."""
    from regio.extract.windows import in_windows
    from regio.limits import DEFAULT as LIMITS

    if cross_check not in CROSS_CHECKS:
        raise ValueError(f"cross_check must be one of {CROSS_CHECKS}")
    path = Path(path)
    settings = settings or DEFAULT
    if aliases:
        settings = replace(settings, aliases=tuple({**settings.alias_map, **aliases}.items()))
    opened = open_pdf(path, password, limits)
    try:
        wanted = _wanted(opened, pages)
        reading = WindowReading(path, password, opened, limits, settings, cross_check, cross_check_all)
        yield from in_windows(reading, wanted, (limits or LIMITS).window_pages)
    finally:
        opened.close()


def _wanted(opened: OpenedPdf, pages: Iterable[int] | None) -> list[int]:
    wanted = sorted(set(pages)) if pages is not None else list(range(1, opened.page_count + 1))
    outside = [p for p in wanted if not 1 <= p <= opened.page_count]
    if outside:
        raise InputError(f"page {outside[0]} does not exist (the file has {opened.page_count} pages)")
    return wanted


@dataclass(frozen=True)
class WindowReading:
    """How each window of a document is read: every stage but the opening of the file."""

    path: Path
    password: str | None
    opened: OpenedPdf
    limits: object
    settings: Settings
    cross_check: str
    cross_check_all: bool

    def read(self, numbers: Sequence[int], going_on: bool = False) -> WindowRead:
        """The pages' layouts, tables, structure and projects; ``going_on``: they go on
        from a project read in the window before."""
        from regio.extract.document import DocumentReader

        settings = self.settings
        read = WindowRead(*_read_layouts(self.opened, numbers, self.limits, settings))
        if not read.layouts or read.counts.undecodable >= read.counts.with_text:
            return read
        read.tables = _page_tables(read.layouts, settings, read.warnings, _processes(self.limits))
        reader = DocumentReader(read.layouts, settings, name=self.path.stem, tables=read.tables,  # the structure
                                going_on=going_on)
        reader.read()  # the projects
        read.projects = reader.projects_out()
        reader.hyphenation.mend_tables([*read.tables, *(t for p in read.projects for t in p.tables)])
        read.warnings.extend(reader.warnings)
        read.structure = reader.structure
        return read

    def checked(self, read: WindowRead, projects: list[Project]) -> list[ExtractionWarning]:
        """The cross-check of ``projects`` (read in ``read``), and those without a table."""
        warnings = []
        if self.cross_check != "none":
            # The second readers see no form fields: the pages they filled in are not theirs to check.
            checked = [layout for layout in read.layouts if layout.number not in self.opened.filled_in]
            warnings.extend(_cross_check(self.path, self.password, self.cross_check, checked, projects,
                                         self.cross_check_all))
        for project in projects:
            if not project.tables:
                warnings.append(ExtractionWarning(code="project-without-table",
                                                  page=project.pages[0] if project.pages else None,
                                                  message=f"{project.title}: no investment table found"))
        return warnings

    def part(self, read: WindowRead, projects: list[Project], kept: set[int] | None, toc: list[TocEntry],
             extra: Sequence[ExtractionWarning] = ()) -> Dossier:
        """The dossier of ``projects``, the read's warnings, and the tables on the pages
        ``kept`` (None: on every page read)."""
        warnings = [*read.warnings, *self.checked(read, projects), *extra]
        return Dossier(file=self.path.name, sha256=self.opened.sha256, page_count=self.opened.page_count,
                       **reading_status(warnings), toc=toc, tables=[t for t in read.tables if kept is None or t.page in kept],
                       projects=projects, warnings=warnings)


@dataclass
class WindowRead:
    """What reading one window of pages gave."""

    layouts: list[PageLayout]
    warnings: list[ExtractionWarning]
    counts: PageCounts
    tables: list[Table] = field(default_factory=list)
    projects: list[Project] = field(default_factory=list)
    structure: Structure | None = None


def _cross_check(path: Path, password: str | None, route: str, layouts, projects, every: bool) -> list[ExtractionWarning]:
    """The cells a second reading of the uncertain ruled tables reads otherwise."""
    from regio.extract import crosscheck

    ruled = _pages_to_recheck(layouts, projects, every)
    if not ruled:
        return []
    try:
        second = (crosscheck.camelot_cells(path, ruled, password) if route == "camelot"
                  else crosscheck.pdfplumber_pages(path, ruled, password))
        return crosscheck.compare(projects, route, second)
    except Exception as exc:  # the second reading is a check, never a reason to fail
        return [ExtractionWarning(code="cross-check-failed",
                                  message=f"the {route} cross-check could not run ({exc.__class__.__name__}: {exc})")]


@_gc_paused
def extract_tables(path: Path | str, pages: Iterable[int] | None = None, password: str | None = None,
                   limits=None, settings: Settings | None = None) -> Dossier:
    """Every table of the PDF and nothing else: a Dossier whose ``tables`` are filled. A
    document longer than the limits' ``window_pages`` is read a window of pages at a time:
    a page's tables are its own, so a window needs nothing of another."""
    from regio.extract.hyphenation import Hyphenation
    from regio.limits import DEFAULT as LIMITS

    path = Path(path)
    settings = settings or DEFAULT
    window = (limits or LIMITS).window_pages
    tables: list[Table] = []
    warnings: list[ExtractionWarning] = []
    counts = PageCounts()
    opened = open_pdf(path, password, limits)
    try:
        wanted = _wanted(opened, pages)
        for start in range(0, len(wanted), window):
            if start:
                opened.reopen()  # (see OpenedPdf.reopen)
            layouts, found, read = _read_layouts(opened, wanted[start:start + window], limits, settings)
            counts.add(read)
            if start + window >= len(wanted):
                counts.refuse_unread()
            own = _page_tables(layouts, settings, found, _processes(limits))
            Hyphenation(layouts, settings, own).mend_tables(own)
            tables += own
            warnings += found
    finally:
        opened.close()
    return Dossier(file=path.name, sha256=opened.sha256, page_count=opened.page_count, **reading_status(warnings),
                   tables=tables, warnings=warnings)


def _read_layouts(opened: OpenedPdf, numbers: Sequence[int], limits, settings: Settings,
                  ) -> tuple[list[PageLayout], list[ExtractionWarning], PageCounts]:
    """The pages' layouts, read in as many runs of pages at once as the limits allow
    processes, the warnings on them (pages without text among them), and their counts."""
    from regio.extract.furniture import (
        with_the_documents_columns,
        within_the_documents_area,
        without_numbered_footers,
        without_paragraph_numbers,
        without_repeated_words,
    )
    from regio.forks import in_forks, in_parts

    runs = in_forks([functools.partial(_read_pages, opened, run, settings)
                     for run in in_parts(numbers, _processes(limits), _PAGES_PER_JOB)])
    layouts = [layout for run in runs for layout in run.layouts]
    counts = PageCounts(len(numbers), len(layouts), 0, sum(run.unloadable for run in runs),
                        sum(run.undecodable for run in runs))
    opened.filled_in.update(*(run.filled_in for run in runs))
    layouts = with_the_documents_columns(without_paragraph_numbers(without_numbered_footers(without_repeated_words(
        within_the_documents_area(layouts, settings), settings), settings), settings), settings)
    counts.laid_out = len(layouts)
    return layouts, [w for run in runs for w in run.warnings], counts


@dataclass
class PageCounts:
    """How many pages were wanted, how many held text, how many of those were laid out, how
    many could not be loaded and how many do not decode to text."""

    wanted: int = 0
    with_text: int = 0
    laid_out: int = 0
    unloadable: int = 0
    undecodable: int = 0

    def add(self, other: PageCounts) -> None:
        for name in ("wanted", "with_text", "laid_out", "unloadable", "undecodable"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def refuse_unread(self) -> None:
        """Raise InputError for a document with nothing to read."""
        if self.undecodable and self.undecodable >= self.with_text:
            raise InputError(f"the text layer of {self.undecodable} of its {self.wanted} page(s) does not decode to "
                             "text (fonts that map their glyphs to no characters, as a PDF printed through a "
                             "PostScript driver can have): run OCR first (for example `ocrmypdf --force-ocr in.pdf "
                             "out.pdf`)")
        if not self.laid_out:
            if self.unloadable == self.wanted:
                raise InputError(f"damaged PDF: none of its {self.wanted} page(s) can be loaded")
            raise InputError(f"no text layer on any of its {self.wanted} page(s); it looks like a scan: "
                             "run OCR first (for example `ocrmypdf in.pdf out.pdf`)")


# Fewer pages than this are read in one run: a fork costs about what reading them does.
_PAGES_PER_JOB = 24


def _processes(limits) -> int:
    return limits.processes if limits else 1


@dataclass
class _PagesRead:
    layouts: list[PageLayout] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    unloadable: int = 0
    undecodable: int = 0
    filled_in: set[int] = field(default_factory=set)


def _read_pages(opened: OpenedPdf, numbers: Sequence[int], settings: Settings) -> _PagesRead:
    import pypdfium2 as pdfium

    from regio.extract.layout import garbled, opens_a_balloon
    from regio.extract.pdfium_layout import read_page

    read = _PagesRead()
    for number in numbers:
        try:
            page = opened.page(number)
        except pdfium.PdfiumError as exc:  # a broken page must not cost the other pages
            read.unloadable += 1
            read.warnings.append(ExtractionWarning(code="page-unreadable", page=number,
                                                   message=f"page could not be read ({exc})"))
            continue
        try:
            layout = read_page(page, number, settings, lambda: opened.hidden_layers)
        except Exception as exc:
            read.warnings.append(ExtractionWarning(code="page-unreadable", page=number,
                                                   message=f"page could not be read ({exc.__class__.__name__}: {exc})"))
            continue
        finally:
            page.close()
        if layout.struck:
            words = " ".join(w.text for w in layout.struck)
            read.warnings.append(ExtractionWarning(
                code="struck-through", page=number,
                message=f"{len(layout.struck)} word(s) struck through (a draft printed with its tracked changes?) "
                        f"are left out: '{words if len(words) <= 80 else words[:79] + '…'}'"))
        if layout.balloons:
            first = next(ln.text for ln in layout.balloons if opens_a_balloon(ln.text))
            read.warnings.append(ExtractionWarning(
                code="markup-balloons", page=number,
                message=f"{sum(opens_a_balloon(ln.text) for ln in layout.balloons)} comment(s) or tracked "
                        f"change(s) in balloons beside the text (a document printed with its markup) are left out: "
                        f"'{first if len(first) <= 80 else first[:79] + '…'}'"))
        if garbled(layout.lines):
            read.undecodable += 1
            read.warnings.append(ExtractionWarning(
                code="page-text-undecodable", page=number,
                message="the page's text layer does not decode to text (its fonts map their glyphs to no characters): "
                        "run OCR on it"))
        elif layout.lines or layout.notes:  # a page may hold only the notes the page before ran out of room for
            read.layouts.append(layout)
        else:
            read.warnings.append(ExtractionWarning(code="page-without-text", page=number,
                                                   message="page has no text layer (scanned image?)"))
    read.filled_in = set(opened.filled_in)
    return read


def _page_tables(layouts: list[PageLayout], settings: Settings, warnings: list[ExtractionWarning],
                 jobs: int) -> list[Table]:
    """Every table the pages draw, read in ``jobs`` runs of pages at once."""
    from regio.forks import in_forks, in_parts

    runs = in_forks([functools.partial(_tables_of, run, settings) for run in in_parts(layouts, jobs, _PAGES_PER_JOB)])
    warnings.extend(w for _, found in runs for w in found)
    return [t for tables, _ in runs for t in tables]


def _tables_of(layouts: Sequence[PageLayout], settings: Settings) -> tuple[list[Table], list[ExtractionWarning]]:
    from regio.extract.every_table import read_page_tables

    warnings: list[ExtractionWarning] = []
    return [t for layout in layouts for t in read_page_tables(layout, settings, warnings)], warnings


def _pages_to_recheck(layouts, projects, every: bool) -> list[int]:
    """The pages with a ruled table, or only those where the table's reading is uncertain:
    the text gave other columns than the rules, or a rule runs through a cell's text."""
    by_page = {layout.number: layout for layout in layouts}
    pages: set[int] = set()
    for table in (t for p in projects for t in p.tables):
        for page in table.pages:
            layout = by_page.get(page)
            if layout is None or not _has_ruled_table(layout):
                continue
            if every or table.reader != "ruled" or _rule_through_a_cell(layout, table, page):
                pages.add(page)
    return sorted(pages)


def _rule_through_a_cell(layout, table, page: int) -> bool:
    boxes = [c.provenance.bbox for r in table.rows for c in r.cells
             if c.raw and c.provenance and c.provenance.page == page and c.provenance.bbox]
    return any(x0 + 1 < rule.x0 < x1 - 1 and rule.top <= top and bottom <= rule.bottom
               for x0, top, x1, bottom in boxes for rule in layout.vrules)


def _has_ruled_table(layout) -> bool:
    """Several vertical rules: a table with columns, not just a box around text."""
    return len({round(r.x0) for r in layout.vrules}) >= 4
