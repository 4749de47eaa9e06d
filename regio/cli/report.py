"""`regio report`: the reviewer's report, with the offending numbers outlined on their page."""

from __future__ import annotations

import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from regio.cli.common import (
    EXIT_INPUT,
    FILES_ARGUMENT,
    STDIN,
    Judging,
    Lang,
    UsageError,
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
from regio.report.formats import REPORT, ReportFormat

if TYPE_CHECKING:
    from regio.batch import ReadOptions

    Choice = str
else:
    Choice = choice(REPORT)


def report_name(source: Path, folder: Path, suffix: str = ".report.html") -> Path:
    """The report's path for ``source`` inside ``folder``: a name made from the input's name
    alone, which cannot climb out of the folder whatever the input was called ("stdin" for -)."""
    stem = "stdin" if str(source) == STDIN else source.stem
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in stem).strip(".") or "dossier"
    target = (folder / f"{stem[:120]}{suffix}").resolve()
    if target.parent != folder.resolve():
        raise UsageError(f"report name for '{source}' would leave {folder}")
    return target


def report_names(sources: list[Path], folder: Path, suffix: str) -> dict[Path, Path]:
    """A report path in ``folder`` for every input, none the same: "dossier.report.html",
    then "dossier-2.report.html" for the next input called dossier.pdf, in input order."""
    names: dict[Path, Path] = {}
    taken: set[Path] = set()
    for source in sources:
        target, n = report_name(source, folder, suffix), 1
        while target in taken:
            n += 1
            target = report_name(source.with_name(f"{source.stem}-{n}{source.suffix}"), folder, suffix)
        taken.add(target)
        names[source] = target
    return names


@reads_pdfs()
@judges_findings
def report(
    files: list[Path] = FILES_ARGUMENT,
    output: Path | None = typer.Option(None, "-o", "--output",
                                          metavar="FILE", help="The report file, or a folder for one report per input "
                                               "(default: FILE.report.html next to each PDF; markdown, and the report "
                                               "of a PDF on stdin, go to stdout)."),
    format: Choice = format_option(REPORT, "html"),
    lang: Lang = lang_option("en or nl: the language of the report."),
    *,
    judging: Judging,
    reading: ReadOptions,
) -> None:
    """Write the reviewer's report, in HTML or Markdown.

    Each finding with the numbers outlined on their page.

    Exit 0 clean, 1 findings (as --fail-on says), 2 unreadable input."""
    fmt = REPORT[format]
    with usage_errors():
        config = load_config()
        inputs = expand_inputs(files, reading.limits.max_file_mb)
        folder = output if output is not None and (output.is_dir() or len(inputs) > 1) else None
        if folder is not None and not folder.is_dir():
            raise UsageError(f"-o: folder '{folder}' does not exist")
        names = report_names([Path(i.name) for i in inputs], folder, fmt.suffix) if folder is not None else None
        select, ignore = judging.rules(config)
    # Checked and rendered in the worker that reads the file, under its time and memory limit
    # (page crops render the PDF's pages, which for stdin is its temporary copy).
    reading = replace(reading, checks=(tuple(select), tuple(ignore)), report=(fmt.name, lang.value))
    failed, findings = False, []
    for result in read_inputs(inputs, reading, config.aliases):
        if result.dossier is None or result.rendered is None:  # a file without tables gets its report, which says so
            error_line(str(result.path), result.reason or "")
            failed = True
            continue
        findings += result.findings or []
        target = names[result.path] if names is not None else output or _beside(fmt, result.path)
        try:
            write_output(target, partial(_write, result.rendered))
        except UsageError as exc:
            error_line(str(result.path), str(exc))
            failed = True
            continue
        if names is not None or (fmt.beside and target is not None):
            sys.stderr.write(f"regio: wrote {target}\n")
    raise typer.Exit(EXIT_INPUT if failed else judging.exit_code(findings))


def _write(text: str, out: IO[str]) -> None:
    out.write(text)


def _beside(fmt: ReportFormat, source: Path) -> Path | None:
    """A file next to the input, for a format written beside it; otherwise (and for stdin) stdout."""
    return source.with_suffix(fmt.suffix) if fmt.beside and str(source) != STDIN else None
