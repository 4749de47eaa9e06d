"""`regio rule`: what a rule checks and what to do about its findings, as `ruff rule` explains
one; without a rule, every rule. `regio rule --format markdown` writes docs/rules.md, the
page SARIF's helpUri and `regio rule` link to."""

from __future__ import annotations

import sys
import textwrap
from typing import IO, TYPE_CHECKING

import typer

from regio.cli.common import Lang, UsageError, choice, format_option, lang_option, usage_errors
from regio.report.formats import Format

if TYPE_CHECKING:
    from regio.validate.rules import Rule

    Rules = tuple[list[Rule], str]  # the rules to explain, in code order, and the language


_MEASURE = 88  # text wrapped for reading, however wide the terminal


def term(key: str, lang: str, **values: object) -> str:
    # The texts come with the rules: loaded when a rule is explained, not for every --help.
    from regio.validate.texts import term as text

    return text(key, lang, **values)


def _scope(r: Rule, lang: str) -> str:
    return term(f"scope_{r.scope}", lang)


def _text_one(r: Rule, lang: str) -> str:
    about = r.about(lang)
    width = min(_width(), _MEASURE)

    def section(key: str, text: str) -> list[str]:
        return ["", term(key, lang), *textwrap.wrap(text, width, initial_indent="  ", subsequent_indent="  ")]

    return "\n".join([
        *textwrap.wrap(f"{r.code} {r.check}: {about.title}", width, subsequent_indent="  "),
        f"{term('severity', lang)}: {term(r.severity.value, lang)} · {term('scope', lang)}: {_scope(r, lang)}",
        *section("checks", about.description), *section("do", about.help), "", f"{term('more', lang)}: {r.url}",
    ]) + "\n"


def _text(rules: Rules, out: IO[str]) -> None:
    """One rule explained; several, a line each: code, name, default severity and title."""
    chosen, lang = rules
    if len(chosen) == 1:
        out.write(_text_one(chosen[0], lang))
        return
    names = max(len(r.check) for r in chosen)
    severities = max(len(term(r.severity.value, lang)) for r in chosen)
    for r in chosen:
        out.write(f"{r.code}  {r.check:<{names}}  {term(r.severity.value, lang):<{severities}}  {r.about(lang).title}\n")


def _markdown_one(r: Rule, lang: str) -> str:
    """A rule's section: its heading, "## RD103", is the anchor its URL points at."""
    about = r.about(lang)
    return (f"## {r.code}\n\n`{r.check}` · {term(r.severity.value, lang)} · {term('scope', lang)} "
            f"{_scope(r, lang)}\n\n**{about.title}**\n\n### {term('checks', lang)}\n\n{about.description}\n\n"
            f"### {term('do', lang)}\n\n{about.help}\n")


def _markdown(rules: Rules, out: IO[str]) -> None:
    """One rule's section; for several, a page: a table of them all, then a section each."""
    chosen, lang = rules
    if len(chosen) == 1:
        out.write(_markdown_one(chosen[0], lang))
        return
    head = [term(key, lang) for key in ("code", "name", "severity", "title")]
    out.write(f"# {term('rules_title', lang)}\n\n{term('rules_intro', lang)}\n\n| {' | '.join(head)} |\n|---|---|---|---|\n")
    for r in chosen:
        out.write(f"| [{r.code}](#{r.anchor}) | `{r.check}` | {term(r.severity.value, lang)} | {r.about(lang).title} |\n")
    for r in chosen:
        out.write("\n" + _markdown_one(r, lang))


def _width() -> int:
    from regio.report.text import width_of

    return width_of(sys.stdout)


RULE: dict[str, Format[Rules]] = {f.name: f for f in (
    Format("text", "", _text),
    Format("markdown", "docs/rules.md without a rule", _markdown),
)}

if TYPE_CHECKING:
    Choice = str
else:
    Choice = choice(RULE)


def rule(
    name: str | None = typer.Argument(None, metavar="RULE", show_default=False,
                                      help="A rule's code (RD103) or check name (grand-total); without it, every rule."),
    lang: Lang = lang_option("en or nl: the language of the explanation."),
    format: Choice = format_option(RULE, "text"),
) -> None:
    """Explain a rule: what it checks and what to do; or list them all."""
    from regio.validate import RULES

    with usage_errors():
        try:
            chosen = [RULES.named(name)] if name else sorted(RULES.values(), key=lambda r: r.code)
        except ValueError as exc:
            raise UsageError(str(exc)) from None
    RULE[format].render((chosen, lang.value), sys.stdout)
