"""The registry of checks: small named rules with stable codes.

A code never changes meaning once released; CI baselines and SARIF alerts refer to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Literal

from regio.schema import Dossier, FundingTable, Project
from regio.validate.findings import Finding

Scope = Literal["table", "project", "dossier"]


@dataclass(frozen=True)
class Context:
    file: str
    dossier: Dossier
    project: Project | None = None
    table: FundingTable | None = None
    table_index: int | None = None


@dataclass(frozen=True)
class Rule:
    code: str
    check: str
    title: str
    description: str
    help: str
    scope: Scope
    run: Callable[[Context], Iterable[Finding]] | None  # None: the code is emitted by another rule


RULES: dict[str, Rule] = {}


def rule(code: str, check: str, title: str, scope: Scope, description: str, help: str):
    def register(func: Callable[[Context], Iterable[Finding]]):
        if code in RULES:
            raise ValueError(f"rule code {code} registered twice")
        RULES[code] = Rule(code, check, title, description, help, scope, func)
        return func

    return register


def code(code: str, check: str, title: str, scope: Scope, description: str, help: str) -> None:
    """Register a finding code that another rule emits (a missing total is found while summing)."""
    if code in RULES:
        raise ValueError(f"rule code {code} registered twice")
    RULES[code] = Rule(code, check, title, description, help, scope, None)


def rule_codes(items: Iterable[str]) -> list[str]:
    """Codes or code prefixes ("RD1") or check names ("row-sum") as the codes they choose.
    Raises ValueError naming what chooses no rule: a typo must not silently select nothing."""
    chosen: list[str] = []
    for item in (i.strip() for i in items if i.strip()):
        by_name = [c for c, r in RULES.items() if r.check == item.lower()]
        if by_name:
            chosen += by_name
        elif any(c.startswith(item.upper()) for c in RULES):
            chosen.append(item.upper())
        else:
            raise ValueError(f"'{item}' is no rule code, prefix or check name (codes: {', '.join(sorted(RULES))})")
    return chosen
