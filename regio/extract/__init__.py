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
from regio.schema import UNREAD, Dossier, ExtractionWarning, Table

if TYPE_CHECKING:
    from regio.extract.layout import PageLayout

__all__ = ["CROSS_CHECKS", "InputError", "extract", "extract_tables"]

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
    """
    from regio.extract.document import DocumentReader

    if cross_check not in CROSS_CHECKS:
        raise ValueError(f"cross_check must be one of {CROSS_CHECKS}")
    path = Path(path)
    settings = settings or DEFAULT
    if aliases:
        settings = replace(settings, aliases=tuple({**settings.alias_map, **aliases}.items()))
    warnings: list[ExtractionWarning] = []
    opened, layouts = _read_layouts(path, pages, password, limits, settings, warnings)
    tables = _page_tables(layouts, settings, warnings, _processes(limits))
    reader = DocumentReader(layouts, settings, name=path.stem, tables=tables)  # the structure
    reader.read()  # the projects
    projects = reader.projects_out()
    reader.hyphenation.mend_tables([*tables, *(t for p in projects for t in p.tables)])
    warnings.extend(reader.warnings)
    if cross_check != "none":
        # The second readers see no form fields: the pages they filled in are not theirs to check.
        checked = [layout for layout in layouts if layout.number not in opened.filled_in]
        warnings.extend(_cross_check(path, password, cross_check, checked, projects, cross_check_all))
    for project in projects:
        if not project.tables:
            warnings.append(ExtractionWarning(code="project-without-table", page=project.pages[0] if project.pages else None,
                                              message=f"{project.title}: no investment table found"))
    return Dossier(file=path.name, sha256=opened.sha256, page_count=opened.page_count, **_status(warnings),
                   toc=reader.toc, tables=tables, projects=projects, warnings=warnings)


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
    """Every table of the PDF and nothing else: a Dossier whose ``tables`` are filled."""
    from regio.extract.hyphenation import Hyphenation

    path = Path(path)
    settings = settings or DEFAULT
    warnings: list[ExtractionWarning] = []
    opened, layouts = _read_layouts(path, pages, password, limits, settings, warnings)
    tables = _page_tables(layouts, settings, warnings, _processes(limits))
    Hyphenation(layouts, settings, tables).mend_tables(tables)
    return Dossier(file=path.name, sha256=opened.sha256, page_count=opened.page_count, **_status(warnings),
                   tables=tables, warnings=warnings)


def _status(warnings: list[ExtractionWarning]) -> dict:
    incomplete = [f"page {w.page}: {w.message}" if w.page else w.message for w in warnings if w.code in UNREAD]
    return {"status": "partial" if incomplete else "complete", "incomplete": incomplete}


def _read_layouts(path: Path, pages: Iterable[int] | None, password: str | None, limits, settings: Settings,
                  warnings: list[ExtractionWarning]):
    """Open the file and read the wanted pages' layouts, in as many runs of pages at once as
    the limits allow processes; pages without text become warnings."""
    from regio.extract.furniture import (
        with_the_documents_columns,
        within_the_documents_area,
        without_paragraph_numbers,
        without_repeated_words,
    )
    from regio.forks import in_forks, in_parts

    opened = open_pdf(path, password, limits)
    try:
        wanted = sorted(set(pages)) if pages is not None else list(range(1, opened.page_count + 1))
        outside = [p for p in wanted if not 1 <= p <= opened.page_count]
        if outside:
            raise InputError(f"page {outside[0]} does not exist (the file has {opened.page_count} pages)")
        runs = in_forks([functools.partial(_read_pages, opened, run, settings)
                         for run in in_parts(wanted, _processes(limits), _PAGES_PER_JOB)])
    finally:
        opened.close()
    layouts = [layout for run in runs for layout in run.layouts]
    undecodable = sum(run.undecodable for run in runs)
    if undecodable and undecodable >= len(layouts):
        raise InputError(f"the text layer of {undecodable} of its {len(wanted)} page(s) does not decode to text (fonts "
                         "that map their glyphs to no characters, as a PDF printed through a PostScript driver can "
                         "have): run OCR first (for example `ocrmypdf --force-ocr in.pdf out.pdf`)")
    warnings.extend(w for run in runs for w in run.warnings)
    opened.filled_in.update(*(run.filled_in for run in runs))
    layouts = with_the_documents_columns(without_paragraph_numbers(without_repeated_words(
        within_the_documents_area(layouts, settings), settings), settings), settings)
    if not layouts:
        if sum(run.unloadable for run in runs) == len(wanted):
            raise InputError(f"damaged PDF: none of its {len(wanted)} page(s) can be loaded")
        raise InputError(f"no text layer on any of its {len(wanted)} page(s); it looks like a scan: "
                         "run OCR first (for example `ocrmypdf in.pdf out.pdf`)")
    return opened, layouts


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
            layout = read_page(page, number, settings)
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
