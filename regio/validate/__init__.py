"""Schema objects → findings. Nothing here reads a PDF or renders output."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from decimal import Decimal

from pydantic import Field as PydField

from regio.schema import UNREAD, Dossier, Euros, Model, Table
from regio.validate import arithmetic, prose
from regio.validate import dossier as dossier_rules
from regio.validate.findings import Finding, Severity
from regio.validate.rules import DossierContext, ProjectContext, Registry, Rule, TableContext

RULES = Registry(dossier_rules.RULES, arithmetic.RULES, prose.RULES)


class Summary(Model):
    files: int = 0
    projects: int = 0
    tables: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    total: Euros = Decimal(0)
    by_source: dict[str, Euros] = PydField(default_factory=dict)
    by_theme: dict[str, Euros] = PydField(default_factory=dict)
    rijk_total: Euros = Decimal(0)
    prose_amounts: int = 0
    prose_amounts_linked: int = 0
    partial: bool = False
    baselined: int = 0  # findings accepted by the baseline and left out


class CheckResult(Model):
    findings: list[Finding] = PydField(default_factory=list)
    summary: Summary = PydField(default_factory=Summary)


def wanted(code: str, select: Iterable[str] | None, ignore: Iterable[str] | None) -> bool:
    return (not select or any(code.startswith(s) for s in select)) and not (ignore and any(code.startswith(i) for i in ignore))


def check(dossier: Dossier, select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> CheckResult:
    return check_parts([dossier], select, ignore)[0]


def check_parts(parts: Iterable[Dossier], select: Iterable[str] | None = None,
                ignore: Iterable[str] | None = None) -> tuple[CheckResult, Dossier]:
    """The findings on a dossier read in parts (regio.extract.extract_in_parts), and its
    outline: each part's tables and projects are checked as it comes and only its outline
    kept, so that a long dossier is never held whole; the checks of the whole dossier run
    over the outlines joined."""
    select, ignore = list(select or []), list(ignore or [])
    findings: list[Finding] = []
    outlines: list[Dossier] = []
    summaries: list[Summary] = []
    funded = False
    offset = 0  # the tables of the parts before: the index of a free table is the dossier's
    for part in parts:
        free = part.free_tables()
        for r in (r for r in RULES.values() if r.scope != "dossier"):
            findings.extend(_run(r, part, free, offset))
        funded = funded or any(t.funding for p in part.projects for t in p.tables)
        summaries.append(summarise([part], []))
        outlines.append(part.outline())
        offset += len(part.tables)
    dossier = Dossier.joined(outlines)
    for r in (r for r in RULES.values() if r.scope == "dossier"):
        findings.extend(_run(r, dossier, [], 0))
    if not funded:
        # Not a proposal (RD001 says so): its prose makes no claims a proposal's would.
        findings = [f.model_copy(update={"severity": Severity.warning})
                    if f.code.startswith("RD2") and f.severity == Severity.error else f for f in findings]
    findings = [f for f in findings if wanted(f.code, select, ignore)]
    order = {p.title: i for i, p in enumerate(dossier.projects)}
    findings.sort(key=lambda f: (order.get(f.project or "", -1), f.table_index if f.table_index is not None else -1,
                                 -f.severity.rank, f.code, f.row or "", f.column or "", f.fingerprint))
    summary = combined(summaries, findings)
    summary.files = 1
    return CheckResult(findings=findings, summary=summary), dossier


def _run(r: Rule, dossier: Dossier, free: list[tuple[int, Table]], offset: int) -> Iterable[Finding]:
    """The rule over each thing of its scope: the dossier, each project, or each table (a
    table no project holds by its index in the dossier's tables, ``offset`` before this
    part's)."""
    if r.run is None:
        return
    file = dossier.file
    if r.scope == "dossier":
        yield from r.run(DossierContext(file, dossier))
    elif r.scope == "project":
        for project in dossier.projects:
            yield from r.run(ProjectContext(file, dossier, project))
    else:
        for project in dossier.projects:
            for index, table in enumerate(project.tables):
                yield from r.run(TableContext(file, dossier, project, table, index))
        for index, table in free:
            yield from r.run(TableContext(file, dossier, None, table, offset + index))


def combined(summaries: list[Summary], findings: list[Finding]) -> Summary:
    """The summaries of several files as one, with the counts of ``findings``."""
    s = Summary(files=len(summaries))
    by_source: dict[str, Decimal] = defaultdict(Decimal)
    by_theme: dict[str, Decimal] = defaultdict(Decimal)
    for one in summaries:
        s.projects += one.projects
        s.tables += one.tables
        s.prose_amounts += one.prose_amounts
        s.prose_amounts_linked += one.prose_amounts_linked
        s.partial = s.partial or one.partial
        s.total += one.total
        s.rijk_total += one.rijk_total
        for key, value in one.by_source.items():
            by_source[key] += value
        for key, value in one.by_theme.items():
            by_theme[key] += value
    s.by_source, s.by_theme = dict(by_source), dict(by_theme)
    return _counted(s, findings)


def _counted(s: Summary, findings: list[Finding]) -> Summary:
    s.errors = sum(f.severity == Severity.error for f in findings)
    s.warnings = sum(f.severity == Severity.warning for f in findings)
    s.infos = sum(f.severity == Severity.info for f in findings)
    return s


def summarise(dossiers: list[Dossier], findings: list[Finding]) -> Summary:
    s = Summary(files=len(dossiers))
    by_source: dict[str, Decimal] = defaultdict(Decimal)
    by_theme: dict[str, Decimal] = defaultdict(Decimal)
    for dossier in dossiers:
        s.projects += len(dossier.projects)
        s.partial = s.partial or any(w.code in UNREAD for w in dossier.warnings)
        for project in dossier.projects:
            s.tables += len(project.tables)
            cov = prose.coverage(project)
            s.prose_amounts += cov.found
            s.prose_amounts_linked += cov.linked
            investment = project.investment_table
            total_row = investment.totals if investment else None
            if investment is None or total_row is None:
                continue
            for column, cell in zip(investment.columns, total_row.cells):
                value = investment.euros(cell)
                if value is None:
                    continue
                if column.role == "total":
                    s.total += value
                    by_theme[project.theme] += value
                else:
                    by_source[column.key] += value
    s.by_source = dict(by_source)
    s.by_theme = dict(by_theme)
    s.rijk_total = by_source.get("rijk", Decimal(0))
    return _counted(s, findings)
