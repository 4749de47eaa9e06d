"""`regio check`: every sum and every restated amount, in the format CI or people read."""

from __future__ import annotations

import sys
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from regio.cli.common import (
    EXIT_FINDINGS,
    EXIT_INPUT,
    EXIT_OK,
    FILES_ARGUMENT,
    OUTPUT_OPTION,
    UsageError,
    check_output,
    choice,
    error_line,
    expand_inputs,
    format_option,
    load_config,
    read_inputs,
    reads_pdfs,
    usage_errors,
    write_output,
)
from regio.report.formats import CHECK, CheckedFile, CheckRun

if TYPE_CHECKING:
    from regio.batch import FileResult, ReadOptions
    from regio.validate import CheckResult

    Choice = str
else:
    Choice = choice(CHECK)


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


@reads_pdfs()
def check(
    files: list[Path] = FILES_ARGUMENT,
    format: Choice = format_option(CHECK, "text"),
    output: Path | None = OUTPUT_OPTION,
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", metavar="SEVERITY",
                                   help="error or warning: exit 1 when a finding is at least this severe."),
    exit_zero: bool = typer.Option(False, "--exit-zero", metavar="",
                                   help="Exit 0 even with findings (2 still means unreadable input)."),
    select: list[str] | None = typer.Option(None, "--select", metavar="RULES",
                                            help="Only these rules: codes, prefixes (RD1) or check names, "
                                                 "comma-separated or repeated."),
    ignore: list[str] | None = typer.Option(None, "--ignore", metavar="RULES", help="Skip these rules, as --select names them."),
    show_info: bool = typer.Option(False, "--show-info", metavar="", help="List differences within rounding too (text output)."),
    baseline: Path | None = typer.Option(None, "--baseline", metavar="FILE", help="Leave out the findings this baseline accepts "
                                                                     "(so CI fails only on new ones)."),
    write_baseline: bool = typer.Option(False, "--write-baseline", metavar="", help="Write the current findings to the baseline "
                                                                        "file (--baseline, or regio-baseline.json) and exit 0."),
    *,
    reading: ReadOptions,
) -> None:
    """Check every sum and every restated amount; exit 0 clean, 1 findings, 2 unreadable input."""
    from regio.validate.findings import Severity

    with usage_errors():
        check_output(output)
        inputs = expand_inputs(files)
        config = load_config()
        baseline_path = baseline or (Path(config.baseline) if config.baseline else None)
        accepted = _accepted(baseline_path) if baseline_path and not write_baseline else set()
        chosen, skipped = _rules(select, config.select), _rules(ignore, config.ignore)
    fail_rank = Severity.error.rank if fail_on == FailOn.error else Severity.warning.rank
    reading = replace(reading, checks=(tuple(chosen), tuple(skipped)))
    result, checked = _check_each(read_inputs(inputs, reading, config.aliases), accepted)
    run = CheckRun(result, checked, fail_rank, show_info)
    unreadable = any(not f.checked for f in run.files)
    if write_baseline:
        _write_baseline(baseline_path or Path("regio-baseline.json"), run.result)
        raise typer.Exit(EXIT_INPUT if unreadable else EXIT_OK)
    with usage_errors():
        write_output(output, lambda fh: CHECK[format].render(run, fh))
    if unreadable:
        raise typer.Exit(EXIT_INPUT)
    failing = any(f.severity.rank >= fail_rank for f in run.result.findings)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


def _accepted(baseline: Path) -> set[str]:
    """The fingerprints of the findings the baseline accepts."""
    from regio.config import ConfigError, read_baseline

    try:
        return read_baseline(baseline)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _rules(given: list[str] | None, configured: list[str]) -> list[str]:
    """The rule codes --select or --ignore name (comma-separated or repeated), else the configuration's."""
    from regio.validate import RULES

    try:
        return RULES.codes(part for text in given or [] for part in text.split(",")) or RULES.codes(configured)
    except ValueError as exc:
        raise UsageError(f"rule selection: {exc}") from None


def _check_each(results: list[FileResult], accepted: set[str]) -> tuple[CheckResult, list[CheckedFile]]:
    """The findings on every readable file (one without tables too: that is a finding, not
    an input error), leaving out the findings the baseline accepts."""
    from regio.validate import CheckResult, summarise

    findings, dossiers, files = [], [], []
    baselined = 0
    for result in results:
        dossier, found = result.dossier, result.findings
        if dossier is None or found is None:
            error_line(str(result.path), result.reason or "")
            files.append(CheckedFile(result, None))
            continue
        kept = [f for f in found if f.fingerprint not in accepted]
        baselined += len(found) - len(kept)
        findings.extend(kept)
        dossiers.append(dossier)
        files.append(CheckedFile(result, summarise([dossier], kept)))
    combined = CheckResult(findings=findings, summary=summarise(dossiers, findings))
    combined.summary.baselined = baselined
    return combined, files


def _write_baseline(target: Path, result: CheckResult) -> None:
    """Accept the findings of this run, warnings and errors, from now on."""
    from regio.config import baseline_document
    from regio.validate.findings import Severity

    accepted = [f for f in result.findings if f.severity.rank >= Severity.warning.rank]
    with usage_errors():
        write_output(target, lambda fh: fh.write(baseline_document(accepted)))
    sys.stderr.write(f"regio: wrote {target} ({result.summary.errors + result.summary.warnings} findings)\n")
