"""Checks over the whole dossier: readability, table of contents."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator

from regio.schema import UNREAD, Project
from regio.validate.diagnosis import describe
from regio.validate.findings import Finding, Phrase, Severity
from regio.validate.rules import About, DossierContext, rule
from regio.validate.texts import Text


@rule("RD001", "no-investment-table", "dossier",
      About("No investment table found",
            "A Regio Deal proposal states its investments in tables with Totaal, Privaat, ..., Rijk columns; none was found.",
            "Check that the file is the proposal (not a cover letter) and that its tables are text, not images."),
      messages={
          "no-tables": Text("no investment table found (no table with Totaal / Privaat / Rijk columns).",
                            "geen investeringstabel gevonden (geen tabel met de kolommen Totaal / Privaat / Rijk)."),
          "budget": Text("no investment table (Totaal / Privaat / Rijk columns): this looks like a budget or a "
                         "financial statement, not a Regio Deal proposal; its {tables} tables were read and the "
                         "{with_totals} with totals checked.",
                         "geen investeringstabel (kolommen Totaal / Privaat / Rijk): dit lijkt een begroting of een "
                         "financieel overzicht, geen Regio Deal-voorstel; de {tables} tabellen zijn gelezen en de "
                         "{with_totals} met totalen gecontroleerd."),
          "report": Text("no investment table (Totaal / Privaat / Rijk columns): this looks like a report with "
                         "tables, not a Regio Deal proposal; its {tables} tables were read and the {with_totals} "
                         "with totals checked.",
                         "geen investeringstabel (kolommen Totaal / Privaat / Rijk): dit lijkt een rapport met "
                         "tabellen, geen Regio Deal-voorstel; de {tables} tabellen zijn gelezen en de {with_totals} "
                         "met totalen gecontroleerd.")},
      actions={"no-tables": Text("Check the file; if its tables are scanned images, run OCR first.",
                                 "Controleer het bestand; zijn de tabellen afbeeldingen, laat dan eerst OCR lopen."),
               "default": Text("If this is a proposal, check that its funding table has the usual columns.",
                               "Is dit een voorstel, controleer dan of de financieringstabel de gebruikelijke "
                               "kolommen heeft.")})
def no_investment_table(ctx: DossierContext) -> Iterator[Finding]:
    if any(p.investment_table for p in ctx.dossier.projects):
        return
    tables = ctx.dossier.tables
    if not tables:
        yield no_investment_table.finding(ctx, "no-tables")
        return
    with_totals = sum(any(r.kind in ("total", "subtotal") for r in t.rows) or any(c.role == "total" for c in t.columns)
                      for t in tables)
    yield no_investment_table.finding(ctx, "budget" if any(t.scale for t in tables) else "report",
                                      severity=Severity.warning,
                                      params={"tables": str(len(tables)), "with_totals": str(with_totals)})


@rule("RD002", "partial-extraction", "dossier",
      About("Part of the dossier could not be read",
            "A page or table could not be read, so the checks of that part are missing.",
            "Look at the named page; the findings of this run do not cover it."),
      severity=Severity.warning,
      messages={"default": Text("{warning} — its numbers are not checked.",
                                "{warning} — de getallen daarvan zijn niet gecontroleerd.")},
      actions={"default": Text("Check this part by hand or fix the file.",
                               "Controleer dit deel met de hand of herstel het bestand.")})
def partial_extraction(ctx: DossierContext) -> Iterator[Finding]:
    for w in ctx.dossier.warnings:
        if w.code in UNREAD or w.code == "project-without-table":
            cause = Phrase(key="extraction-warning", params={"code": w.code})
            yield partial_extraction.finding(ctx, params={"warning": w.message}, page=w.page, cause=cause,
                                             diagnosis=describe(cause, "en"))


# Contents entries that are no project: an annex, the front and back matter.
_NO_PROJECT = re.compile(r"(?:\d+(?:\.\d+)*\.?\s+)?(?:bijlage|bijlagen|annex|appendix|bijl\.|eindnoten|noten|voetnoten"
                         r"|literatuur|literatuurlijst|bronnen|bronvermelding|colofon|afkortingen|begrippenlijst"
                         r"|voorwoord|verantwoording)\b", re.I)


class _EndsWith:
    """Projects by a key, found by the whole text or by the end of it, in time that grows
    with the number of distinct key lengths, not the number of projects (a contents of
    thousands of entries against thousands of projects stays fast). Where several projects
    have the key (a bundle of dossiers, each with its contents), the first that starts after
    the contents page wins, else the first."""

    def __init__(self, items: Iterable[tuple[str, Project]]):
        self.by_key: dict[str, list[Project]] = defaultdict(list)
        for key, project in items:
            if key:
                self.by_key[key].append(project)
        self.lengths = sorted({len(k) for k in self.by_key}, reverse=True)

    def exactly(self, text: str, after: int = 0) -> Project | None:
        return self._after(self.by_key.get(text), after)

    def end_of(self, text: str, after: int = 0) -> Project | None:
        found = next((ps for n in self.lengths if n <= len(text) and (ps := self.by_key.get(text[len(text) - n:]))), None)
        return self._after(found, after)

    @staticmethod
    def _after(projects: list[Project] | None, page: int) -> Project | None:
        if not projects:
            return None
        return next((p for p in projects if p.provenance and p.provenance.page >= page), projects[0])


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


@rule("RD301", "toc-page", "dossier",
      About("Table of contents points at the wrong page",
            "Each project's page in the table of contents must be the page where the project starts.",
            "Update the table of contents."),
      severity=Severity.warning,
      messages={"unknown": Text("the table of contents lists '{entry}' (page {page}), but no project with that title "
                                "was found.",
                                "de inhoudsopgave noemt '{entry}' (pagina {page}), maar er is geen project met die "
                                "titel gevonden."),
                "default": Text("the table of contents puts '{title}' on page {page}; it starts on page {start}.",
                                "de inhoudsopgave zet '{title}' op pagina {page}; het begint op pagina {start}."),
                "printed": Text("the table of contents puts '{title}' on page {page}, which is the PDF's page "
                                "{expected}; it starts on the PDF's page {start}.",
                                "de inhoudsopgave zet '{title}' op pagina {page}, pagina {expected} van de pdf; het "
                                "begint op pagina {start} van de pdf.")},
      actions={"unknown": Text("Check the title in the table of contents.",
                               "Controleer de titel in de inhoudsopgave."),
               "default": Text("Update the page number in the table of contents.",
                               "Werk het paginanummer in de inhoudsopgave bij.")})
def toc_pages(ctx: DossierContext) -> Iterator[Finding]:
    named = _EndsWith((_squash(p.theme + p.title), p) for p in ctx.dossier.projects)
    titled = _EndsWith((_squash(p.title), p) for p in ctx.dossier.projects)
    themes = _EndsWith((_squash(p.theme), p) for p in ctx.dossier.projects if p.theme)
    titles = [(_words(p.title), p) for p in ctx.dossier.projects if p.title]
    for entry in (e for e in ctx.dossier.toc if not e.report_part):
        text = _squash(entry.text)
        page = entry.provenance.page if entry.provenance else None
        project = named.exactly(text, page or 0) or titled.end_of(text, page or 0) or _named_in(entry.text, entry.page, titles)
        if project is None and (themes.end_of(text) or _NO_PROJECT.match(entry.text)):
            continue  # a theme's line in the contents, numbered like a project's, or an annex's
        if project is None:
            yield toc_pages.finding(ctx, "unknown", params={"entry": entry.text, "page": str(entry.page)}, page=page)
            continue
        start = project.provenance.page if project.provenance else None
        # Where the pages print their numbers, the contents' number is the one printed.
        expected = entry.pdf_page if entry.pdf_page is not None else entry.page
        if start is not None and start != expected and not _front_matter(expected, start, page, ctx.dossier.projects):
            yield toc_pages.finding(ctx, "default" if expected == entry.page else "printed", project=project.title,
                                    page=page, params={"title": project.title, "page": str(entry.page),
                                                       "expected": str(expected), "start": str(start)})


# A partner's document bound into a bundle opens with its own cover and contents.
_FRONT_PAGES = 3


def _front_matter(named: int, start: int, contents: int | None, projects: list[Project]) -> bool:
    """Does the contents name the first page of a part of the file that opens with a few
    pages of no project (its own cover or contents) right before the project starts?"""
    between = set(range(named, start))
    return 0 < start - named <= _FRONT_PAGES and contents not in between \
        and all(p.pages and not between & set(p.pages) for p in projects)


def _named_in(entry: str, page: int, titles: list[tuple[list[str], Project]]) -> Project | None:
    """The project that starts on the page an entry names and whose title's words the entry
    holds in order among others (a contents set as a table: number, title, theme, page, the
    title wrapped in its cell)."""
    words = _words(entry)

    def holds(title: list[str]) -> bool:
        rest = iter(words)
        return all(w in rest for w in title)

    return next((p for title, p in titles if p.provenance and p.provenance.page == page and holds(title)), None)


def _words(text: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"\w+", text)]


RULES = (no_investment_table, partial_extraction, toc_pages)
