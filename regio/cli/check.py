"""`regio check`: every sum and every restated amount, in the format CI or people read."""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from regio.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    FILES_ARGUMENT,
    OUTPUT_OPTION,
    Judging,
    Lang,
    UsageError,
    check_output,
    choice,
    error_line,
    expand_inputs,
    format_option,
    judges_findings,
    lang_option,
    load_config,
    read_inputs,
    reads_pdfs,
    usage_errors,
    write_output,
)
from regio.report.formats import CHECK, CheckedFile, CheckRun, told_in

if TYPE_CHECKING:
    from regio.batch import FileResult, ReadOptions
    from regio.validate import CheckResult

    Choice = str
else:
    Choice = choice(CHECK)


@reads_pdfs()
@judges_findings
def check(
    files: list[Path] = FILES_ARGUMENT,
    format: Choice = format_option(CHECK, "text"),
    output: Path | None = OUTPUT_OPTION,
    lang: Lang = lang_option("en or nl: the language of the findings' words; json, sarif, junit and github "
                             "keep their keys and codes."),
    show_info: bool = typer.Option(False, "--show-info", metavar="", help="List differences within rounding too (text output)."),
    baseline: Path | None = typer.Option(None, "--baseline", metavar="FILE", help="Leave out the findings this baseline accepts "
                                                                     "(so CI fails only on new ones)."),
    write_baseline: bool = typer.Option(False, "--write-baseline", metavar="", help="Write the current findings to the baseline "
                                                                        "file (--baseline, or regio-baseline.json) and exit 0."),
    *,
    judging: Judging,
    reading: ReadOptions,
) -> None:
    """Check every sum and every restated amount.

    Exit 0 clean, 1 findings, 2 unreadable input."""
    with usage_errors():
        check_output(output)
        inputs = expand_inputs(files, reading.limits.max_file_mb)
        config = load_config()
        baseline_path = baseline or (Path(config.baseline) if config.baseline else None)
        accepted = _accepted(baseline_path) if baseline_path and not write_baseline else set()
        reading = replace(reading, checks=judging.rules(config))
    result, checked = _check_each(read_inputs(inputs, reading, config.aliases), accepted)
    unreadable = any(not f.checked for f in checked)
    if write_baseline:
        _write_baseline(baseline_path or Path("regio-baseline.json"), result)
        raise typer.Exit(EXIT_INPUT if unreadable else EXIT_OK)
    run = CheckRun(told_in(result, lang.value), checked, judging.fail_rank, show_info, lang.value)
    with usage_errors():
        write_output(output, lambda fh: CHECK[format].render(run, fh))
    raise typer.Exit(EXIT_INPUT if unreadable else judging.exit_code(result.findings))


def _accepted(baseline: Path) -> set[str]:
    """The fingerprints of the findings the baseline accepts."""
    from regio.config import ConfigError, read_baseline

    try:
        return read_baseline(baseline)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _check_each(results: list[FileResult], accepted: set[str]) -> tuple[CheckResult, list[CheckedFile]]:
    """The findings on every readable file (one without tables too: that is a finding, not
    an input error), each fingerprinted with its file's path, leaving out the findings the
    baseline accepts."""
    from regio.config import located
    from regio.validate import CheckResult, combined, summarise

    findings, files = [], []
    for result in results:
        dossier, found = result.dossier, result.findings
        if dossier is None or found is None:
            error_line(str(result.path), result.reason or "")
            files.append(CheckedFile(result, None))
            continue
        found = [f.model_copy(update={"fingerprint": located(f)}) for f in found]
        kept = [f for f in found if f.fingerprint not in accepted]
        findings.extend(kept)
        # The checks summed the dossier up as they read it: its prose's amounts are dear to find again.
        summary = combined([result.summary], kept) if result.summary else summarise([dossier], kept)
        summary.baselined = len(found) - len(kept)
        files.append(CheckedFile(result, summary))
    summaries = [f.summary for f in files if f.summary is not None]
    every = CheckResult(findings=findings, summary=combined(summaries, findings))
    every.summary.baselined = sum(s.baselined for s in summaries)
    return every, files


def _write_baseline(target: Path, result: CheckResult) -> None:
    """Accept the findings of this run, warnings and errors, from now on."""
    from regio.config import baseline_document
    from regio.validate.findings import Severity

    accepted = [f for f in result.findings if f.severity.rank >= Severity.warning.rank]
    with usage_errors():
        write_output(target, lambda fh: fh.write(baseline_document(accepted)))
    sys.stderr.write(f"regio: wrote {target} ({result.summary.errors + result.summary.warnings} findings)\n")
