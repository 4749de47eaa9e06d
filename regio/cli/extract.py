"""`regio extract`: projects, fields and investment tables as typed records."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

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
    write_results,
)
from regio.report.formats import EXTRACT

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
    """Extract projects, fields and investment tables into typed records."""
    fmt = EXTRACT[format]
    with usage_errors():
        check_output(output)
        inputs = expand_inputs(files)
        config = load_config()
        if fmt.binary and output is None:
            raise UsageError(f"--format {fmt.name} needs -o FILE.{fmt.name}")
    results = read_inputs(inputs, reading, config.aliases)
    report_failures(results)
    write_results(results, output, fmt)
    if sys.stderr.isatty():
        _summary(results)
    else:
        warning_lines(results)
    raise typer.Exit(EXIT_INPUT if any(r.status != "ok" for r in results) else EXIT_OK)


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
        cells = sum(len(r.cells) for t in tables for r in t.rows)
        status = "[green]ok[/green]" if result.status == "ok" else safe(result.reason or "", "red")
        table.add_row(safe(str(result.path)), str(len(dossier.projects)), str(len(tables)), str(cells),
                      str(len(dossier.warnings)), status)
    console.print(table)
    for dossier in (r.dossier for r in results if r.dossier is not None):
        for w in dossier.warnings:
            where = f"page {w.page}: " if w.page else ""
            console.print(safe("warning", "yellow"), safe(f"{dossier.file}: {where}{w.message}"), highlight=False)
