"""`regio extract`: projects, fields and investment tables as typed records."""

from __future__ import annotations

import sys
import tempfile
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

import typer

from regio.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    FILES_ARGUMENT,
    OUTPUT_OPTION,
    UsageError,
    check_output,
    choice,
    expand_inputs,
    format_option,
    load_config,
    read_inputs,
    reads_pdfs,
    report_failures,
    usage_errors,
    warning_lines,
    write_output,
    write_results,
)
from regio.report.formats import EXTRACT, Format

if TYPE_CHECKING:
    from regio.batch import FileResult, ReadOptions

    Choice = str
else:
    Choice = choice(EXTRACT)


@reads_pdfs()
def extract(
    files: list[Path] = FILES_ARGUMENT,
    output: Path | None = OUTPUT_OPTION,
    format: Choice = format_option(EXTRACT, "json"),
    *,
    reading: ReadOptions,
) -> None:
    """Extract projects, fields and tables as typed records.

    JSON (the Dossier; for several inputs, every input with its status), CSV or XLSX."""
    fmt = EXTRACT[format]
    with usage_errors():
        check_output(output)
        inputs = expand_inputs(files, reading.limits.max_file_mb)
        config = load_config()
        if fmt.binary and output is None:
            raise UsageError(f"--format {fmt.name} needs -o FILE.{fmt.name}")
    # One dossier's JSON written as it is read, not held whole (a spooled stdin goes by
    # another name than its file's, which the JSON would carry).
    spooled = fmt.name == "json" and len(inputs) == 1 and inputs[0].name == str(inputs[0].path)
    with tempfile.TemporaryDirectory(prefix="regio-") if spooled else nullcontext() as spool:
        if spool is not None:
            reading = replace(reading, spool=Path(spool) / "dossier.json")
        results = read_inputs(inputs, reading, config.aliases)
        report_failures(results)
        if fmt.name == "csv" and output is not None and (output.is_file() or not output.exists()):
            fmt = _with_warnings_beside(fmt, output)
        write_results(results, output, fmt)
    if sys.stderr.isatty():
        _summary(results)
    else:
        warning_lines(results)
    raise typer.Exit(EXIT_INPUT if any(r.status != "ok" for r in results) else EXIT_OK)


def _with_warnings_beside(fmt: Format[list[FileResult]], cells: Path) -> Format[list[FileResult]]:
    """CSV holds one table, so the warnings go to a second file beside the cells (out.csv →
    out.warnings.csv), written whenever the cells are and with a header only when there
    are none, so that no stale file of an earlier run stands beside new cells. (Not beside
    a device or a pipe such as -o /dev/stdout: stderr has the warnings.)"""
    from regio.export import read_dossiers, warnings_path, write_warnings_csv

    def render(results: list[FileResult], out: IO[str]) -> None:
        fmt.render(results, out)
        write_output(warnings_path(cells), lambda fh: write_warnings_csv(read_dossiers(results), fh))

    return replace(fmt, render=render)


def _summary(results: list[FileResult]) -> None:
    """On a terminal: a table of what was read from each file, and the warnings."""
    from rich.console import Console
    from rich.table import Table

    from regio.report.text import safe

    console = Console(stderr=True)
    table = Table(title="regio extract", title_justify="left")
    for name in ("file", "projects", "tables", "cells", "warnings", "status"):
        table.add_column(name, justify="right" if name in ("projects", "tables", "cells", "warnings") else "left")
    for result in results:
        dossier = result.dossier
        if dossier is None:
            table.add_row(safe(str(result.path)), "-", "-", "-", "-", safe(result.reason or "", "red"))
            continue
        tables = [t for p in dossier.projects for t in p.tables]
        cells = result.cells if result.cells is not None else sum(len(r.cells) for t in tables for r in t.rows)
        status = "[green]ok[/green]" if result.status == "ok" else safe(result.reason or "", "red")
        table.add_row(safe(str(result.path)), str(len(dossier.projects)), str(len(tables)), str(cells),
                      str(len(dossier.warnings)), status)
    console.print(table)
    for dossier in (r.dossier for r in results if r.dossier is not None):
        for w in dossier.warnings:
            where = f"page {w.page}: " if w.page else ""
            console.print(safe("warning", "yellow"), safe(f"{dossier.file}: {where}{w.message}"), highlight=False)
