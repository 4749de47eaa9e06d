"""Every output format of the commands, by name. The command line takes its `--format` choices
and their help from these registries: adding a format is one renderer and one entry here.

Renderers import what they need when they run, so that the command line starts at once.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from regio.batch import FileResult
    from regio.schema import Dossier
    from regio.validate import CheckResult, Summary

T = TypeVar("T")


@dataclass(frozen=True)
class Format(Generic[T]):
    """One output format: its name (the `--format` choice), a note on it for `--help` (empty
    where the name says it all), and the renderer that writes a ``T`` to an open file."""

    name: str
    help: str
    render: Callable[[T, IO[Any]], None]
    binary: bool = False  # bytes, not text: written to a file (-o) only


def choices_help(formats: Mapping[str, Format[Any]]) -> str:
    """`--format`'s help: "a (note), b or c (note)."."""
    *rest, last = [f"{f.name} ({f.help})" if f.help else f.name for f in formats.values()]
    return (f"{', '.join(rest)} or {last}" if rest else last) + "."


F = TypeVar("F", bound=Format[Any])


def _registry(*formats: F) -> dict[str, F]:
    return {f.name: f for f in formats}


# regio extract and regio tables: every input, in input order.

def _dossiers_json(results: list[FileResult], out: IO[str]) -> None:
    from regio.export import write_dossiers_json

    write_dossiers_json(results, out)


def _cells_csv(results: list[FileResult], out: IO[str]) -> None:
    from regio.export import read_dossiers, write_csv

    write_csv(read_dossiers(results), out)


def _cells_xlsx(results: list[FileResult], out: IO[bytes]) -> None:
    from regio.export import read_dossiers, write_xlsx

    write_xlsx(read_dossiers(results), out)


EXTRACT: dict[str, Format[list[FileResult]]] = _registry(
    Format("json", "the Dossier", _dossiers_json),
    Format("csv", "one row per table cell; with -o, the warnings in NAME.warnings.csv", _cells_csv),
    Format("xlsx", "sheets of cells and of warnings", _cells_xlsx, binary=True),
)


def _tables_json(results: list[FileResult], out: IO[str]) -> None:
    from regio.export import tables_json

    out.write(tables_json(results) + "\n")


def _tables_csv(results: list[FileResult], out: IO[str]) -> None:
    from regio.export import tables_csv

    tables_csv(results, out)


def _tables_markdown(results: list[FileResult], out: IO[str]) -> None:
    from regio.export import tables_markdown

    out.write(tables_markdown(results))


TABLES: dict[str, Format[list[FileResult]]] = _registry(
    Format("json", "every table's cells, spans, box, caption and scale", _tables_json),
    Format("csv", "one row per cell", _tables_csv),
    Format("markdown", "a heading and a table for each", _tables_markdown),
)


# regio check: the findings of every file together.

@dataclass(frozen=True)
class CheckedFile:
    """An input of `regio check`: how reading it went, and the summary of its findings (None
    for a file that could not be read, and so was not checked)."""

    file: FileResult
    summary: Summary | None

    @property
    def name(self) -> str:
        return str(self.file.path)

    @property
    def checked(self) -> bool:
        return self.file.status != "unreadable"  # a file without tables is checked: RD001 says so


@dataclass(frozen=True)
class CheckRun:
    """What a check format renders."""

    result: CheckResult        # the findings of every file, and their summary
    files: list[CheckedFile]   # every input, in input order
    fail_rank: int             # findings of at least this severity rank fail the run (--fail-on)
    show_info: bool = False    # list the differences within rounding too (text)
    lang: str = "en"           # the language of the words around the findings (--lang)


def told_in(result: CheckResult, lang: str) -> CheckResult:
    """The findings with their message, likely cause and what to do in ``lang``, rendered
    from their rules' templates and their data (in English as the checks wrote them)."""
    if lang == "en":
        return result
    from regio.report.i18n import action, diagnosis, message

    findings = [f.model_copy(update={"message": message(f, lang), "action": action(f, lang),
                                     "diagnosis": diagnosis(f, lang)}) for f in result.findings]
    return result.model_copy(update={"findings": findings})


def _text(run: CheckRun, out: IO[str]) -> None:
    from regio.report.text import render_text

    render_text(run.result, run.files, out, show_info=run.show_info, lang=run.lang)


def _json(run: CheckRun, out: IO[str]) -> None:
    from regio.report.ci import as_json

    out.write(as_json(run.result, [_file_entry(f) for f in run.files]))


def _file_entry(f: CheckedFile) -> dict[str, object]:
    entry: dict[str, object] = {"file": f.name, "status": "checked" if f.checked else "unreadable"}
    if not f.checked and f.file.reason:
        entry["reason"] = f.file.reason
    if f.summary is not None:
        entry.update(errors=f.summary.errors, warnings=f.summary.warnings, baselined=f.summary.baselined)
    return entry


def _sarif(run: CheckRun, out: IO[str]) -> None:
    from regio.report.ci import sarif

    out.write(json.dumps(sarif(run.result, run.lang), indent=2, ensure_ascii=False) + "\n")


def _junit(run: CheckRun, out: IO[str]) -> None:
    from regio.report.ci import junit

    checked = [f for f in run.files if f.summary is not None]
    out.write(junit(run.result, [f.name for f in checked], run.fail_rank, run.lang,
                    baselined={f.name: f.summary.baselined for f in checked if f.summary is not None}))


def _github(run: CheckRun, out: IO[str]) -> None:
    from regio.report.ci import github, markdown

    out.write(github(run.result, run.lang))
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:  # the whole table, where the annotations show at most ten of each
        with open(summary, "a", encoding="utf-8") as fh:
            fh.write(markdown(run.result, run.lang))


def _markdown(run: CheckRun, out: IO[str]) -> None:
    from regio.report.ci import markdown

    out.write(markdown(run.result, run.lang))


def _concise(run: CheckRun, out: IO[str]) -> None:
    from regio.report.text import render_concise

    render_concise(run.result, out, show_info=run.show_info, lang=run.lang)


CHECK: dict[str, Format[CheckRun]] = _registry(
    Format("text", "a block per finding", _text),
    Format("concise", "one line per finding", _concise),
    Format("json", "", _json),
    Format("sarif", "", _sarif),
    Format("junit", "", _junit),
    Format("github", "workflow commands", _github),
    Format("markdown", "", _markdown),
)


# regio report: one dossier at a time, for reviewers.

@dataclass(frozen=True)
class Review:
    """What a report format renders: one dossier and its findings."""

    dossier: Dossier
    result: CheckResult
    pdf: Path              # the file it was read from, for page crops and links
    lang: str
    password: str | None


@dataclass(frozen=True)
class ReportFormat(Format[Review]):
    """A report format, and where its reports go: into an -o folder each as its input's name
    and ``suffix``; otherwise, ``beside`` the input (or to -o) as a file named on stderr, or
    else to -o or stdout as `regio check` writes."""

    suffix: str = ""
    beside: bool = False


def _html(review: Review, out: IO[str]) -> None:
    from regio.report.html import render

    out.write(render(review.dossier, review.result, review.pdf, review.lang, review.password))


def _review_markdown(review: Review, out: IO[str]) -> None:
    from regio.report.ci import markdown

    out.write(markdown(told_in(review.result, review.lang), review.lang))


REPORT: dict[str, ReportFormat] = _registry(
    ReportFormat("html", "one self-contained file", _html, suffix=".report.html", beside=True),
    ReportFormat("markdown", "", _review_markdown, suffix=".md"),
)
