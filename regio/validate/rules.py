"""What a check is: a small named rule with a stable code that owns its findings.

A rule declares its code, its default severity, the scope it runs in and the sentences its
findings are told in, in every language the reports speak. It builds its findings itself
(``rule.finding``), so code, check, severity and fingerprint are never written by hand, and a
report in Dutch renders the rule's Dutch template from the finding's data instead of
translating the English sentence. A code never changes meaning once released; CI baselines
and SARIF alerts refer to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from regio.schema import Dossier, FundingTable, Project
from regio.validate.findings import Finding, Severity
from regio.validate.texts import DESCRIPTIONS_NL, HELP_NL, TITLES_NL, Text

Scope = Literal["table", "project", "dossier"]

# Where each rule is documented: docs/rules.md, generated from this registry, with an anchor
# per rule. The one place that says where the documentation lives (SARIF's helpUri, `regio rule`).
DOCS_URL = "https://github.com/regio-nl/regio/blob/main/docs/rules.md#{anchor}"


@dataclass(frozen=True)
class DossierContext:
    file: str
    dossier: Dossier


@dataclass(frozen=True)
class ProjectContext(DossierContext):
    project: Project


@dataclass(frozen=True)
class TableContext(DossierContext):
    project: Project | None  # None: a table outside any project (a report's or a budget's)
    table: FundingTable
    table_index: int


Context = DossierContext | ProjectContext | TableContext


@dataclass(frozen=True)
class Rule:
    code: str
    check: str
    title: str
    description: str
    help: str
    scope: Scope
    severity: Severity
    # A finding's message by its kind; "{what}" is the finding's subject, told in the same language.
    messages: Mapping[str, Text]
    actions: Mapping[str, Text]
    subjects: Mapping[str, Text] = field(default_factory=dict)
    run: Callable[[Any], Iterable[Finding]] | None = None  # None: the code is emitted by another rule

    def finding(self, ctx: Context, kind: str = "default", *, severity: Severity | None = None,
                params: Mapping[str, str] | None = None, **data: Any) -> Finding:
        """A finding of this rule about `ctx`, its message and action rendered in English from
        the templates of its `kind`."""
        where: dict[str, Any] = {"file": ctx.file}
        if isinstance(ctx, (ProjectContext, TableContext)) and ctx.project is not None:
            where["project"] = ctx.project.title
        if isinstance(ctx, TableContext):
            where["table_index"] = ctx.table_index
        found = Finding(code=self.code, check=self.check, severity=severity or self.severity, kind=kind,
                        params=dict(params or {}), message="", **(where | data))
        found.message = self.message(found, "en")
        found.action = self.action(found, "en")
        return found.with_fingerprint()

    def message(self, finding: Finding, lang: str) -> str:
        params = dict(finding.params)
        if "subject" in params:
            params["what"] = self.subjects[params["subject"]].render(lang, params)
        return self.messages[finding.kind].render(lang, params)

    def action(self, finding: Finding, lang: str) -> str | None:
        template = self.actions.get(finding.kind) or self.actions.get("default")
        return template.render(lang, finding.params) if template else None

    def about(self, lang: str) -> About:
        """Its title, what it checks and what to do, in ``lang``."""
        if lang == "nl":
            return About(TITLES_NL[self.code], DESCRIPTIONS_NL[self.code], HELP_NL[self.code])
        return About(self.title, self.description, self.help)

    @property
    def anchor(self) -> str:
        """Its heading's anchor in docs/rules.md ("## RD103" → "rd103")."""
        return self.code.lower()

    @property
    def url(self) -> str:
        return DOCS_URL.format(anchor=self.anchor)


class About(NamedTuple):
    """What a rule checks, for the reader of its documentation and of a SARIF log."""

    title: str
    description: str
    help: str


def rule(code: str, check: str, scope: Scope, about: About, *, severity: Severity = Severity.error,
         messages: Mapping[str, Text], actions: Mapping[str, Text], subjects: Mapping[str, Text] | None = None
         ) -> Callable[[Callable[..., Iterable[Finding]]], Rule]:
    """The decorated function becomes the rule that runs it; inside it, the function's own name
    is the rule (``yield row_sums.finding(ctx, ...)``)."""
    def make(run: Callable[..., Iterable[Finding]]) -> Rule:
        return Rule(code, check, *about, scope, severity, messages, actions, subjects or {}, run)

    return make


class Registry(Mapping[str, Rule]):
    """Every rule by its code, in the order given; a code may be given once only."""

    def __init__(self, *groups: Iterable[Rule]) -> None:
        self._rules: dict[str, Rule] = {}
        for r in (r for group in groups for r in group):
            if r.code in self._rules:
                raise ValueError(f"rule code {r.code} registered twice")
            self._rules[r.code] = r

    def __getitem__(self, code: str) -> Rule:
        return self._rules[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def message(self, finding: Finding, lang: str) -> str:
        r = self._rules.get(finding.code)
        return r.message(finding, lang) if r and finding.kind in r.messages else finding.message

    def action(self, finding: Finding, lang: str) -> str | None:
        r = self._rules.get(finding.code)
        return r.action(finding, lang) if r and finding.kind in r.messages else finding.action

    def codes(self, items: Iterable[str]) -> list[str]:
        """Codes or code prefixes ("RD1") or check names ("row-sum") as the codes they choose.
        Raises ValueError naming what chooses no rule: a typo must not silently select nothing."""
        chosen: list[str] = []
        for item in (i.strip() for i in items if i.strip()):
            by_name = [c for c, r in self._rules.items() if r.check == item.lower()]
            if by_name:
                chosen += by_name
            elif any(c.startswith(item.upper()) for c in self._rules):
                chosen.append(item.upper())
            else:
                raise ValueError(f"'{item}' is no rule code, prefix or check name "
                                 f"(codes: {', '.join(sorted(self._rules))})")
        return chosen

    def named(self, name: str) -> Rule:
        """The rule with this code ("RD103", "rd103") or check name ("grand-total")."""
        for r in self._rules.values():
            if name.strip().upper() == r.code or name.strip().lower() == r.check:
                return r
        raise ValueError(f"'{name}' is no rule code or check name (codes: {', '.join(sorted(self._rules))})")

