"""Checks over the whole dossier: readability, table of contents."""

from __future__ import annotations

import re
from typing import Iterator

from regio.validate.findings import Finding, Severity
from regio.validate.rules import Context, rule


@rule("RD001", "no-investment-table", "No investment table found", "dossier",
      "A Regio Deal proposal states its investments in tables with Totaal, Privaat, ..., Rijk columns; none was found.",
      "Check that the file is the proposal (not a cover letter) and that its tables are text, not images.")
def no_investment_table(ctx: Context) -> Iterator[Finding]:
    if any(t.funding and t.field is None for p in ctx.dossier.projects for t in p.tables):
        return
    tables = ctx.dossier.tables
    if not tables:
        yield Finding(code="RD001", check="no-investment-table", severity=Severity.error, file=ctx.file,
                      message="no investment table found (no table with Totaal / Privaat / Rijk columns).",
                      action="Check the file; if its tables are scanned images, run OCR first.").with_fingerprint()
        return
    with_totals = sum(any(r.kind != "body" for r in t.rows) or any(c.role == "total" for c in t.columns) for t in tables)
    kind = "a budget or a financial statement" if any(t.scale for t in tables) else "a report with tables"
    yield Finding(code="RD001", check="no-investment-table", severity=Severity.warning, file=ctx.file,
                  message=f"no investment table (Totaal / Privaat / Rijk columns): this looks like {kind}, not a "
                          f"Regio Deal proposal; its {len(tables)} tables were read and the {with_totals} with "
                          "totals checked.",
                  action="If this is a proposal, check that its funding table has the usual columns.").with_fingerprint()


@rule("RD002", "partial-extraction", "Part of the dossier could not be read", "dossier",
      "A page or table could not be read, so the checks of that part are missing.",
      "Look at the named page; the findings of this run do not cover it.")
def partial_extraction(ctx: Context) -> Iterator[Finding]:
    for w in ctx.dossier.warnings:
        if w.code in ("page-unreadable", "page-without-text", "table-unreadable", "table-without-rows",
                      "project-without-table"):
            yield Finding(code="RD002", check="partial-extraction", severity=Severity.warning, file=ctx.file,
                          message=f"{w.message} — its numbers are not checked.", page=w.page,
                          diagnosis=f"extraction warning {w.code}",
                          action="Check this part by hand or fix the file.").with_fingerprint()


def _squash(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


@rule("RD301", "toc-page", "Table of contents points at the wrong page", "dossier",
      "Each project's page in the table of contents must be the page where the project starts.",
      "Update the table of contents.")
def toc_pages(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.dossier.toc:
        project = next((p for p in ctx.dossier.projects if _squash(p.theme + p.title) == _squash(entry.text)), None)
        if project is None:
            project = next((p for p in ctx.dossier.projects if _squash(entry.text).endswith(_squash(p.title))), None)
        if project is None:
            yield Finding(code="RD301", check="toc-page", severity=Severity.warning, file=ctx.file,
                          message=f"the table of contents lists '{entry.text}' (page {entry.page}), "
                                  f"but no project with that title was found.",
                          page=entry.provenance.page if entry.provenance else None,
                          action="Check the title in the table of contents.").with_fingerprint()
            continue
        start = project.provenance.page if project.provenance else None
        if start is not None and start != entry.page:
            yield Finding(code="RD301", check="toc-page", severity=Severity.warning, file=ctx.file,
                          project=project.title, message=f"the table of contents puts '{project.title}' on page "
                                                         f"{entry.page}; it starts on page {start}.",
                          page=entry.provenance.page if entry.provenance else None,
                          action="Update the page number in the table of contents.").with_fingerprint()
