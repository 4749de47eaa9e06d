"""`regio tables`: every table of the PDFs, whatever its columns, as rows of cell text."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from regio.cli.common import (
    EXIT_INPUT,
    EXIT_OK,
    FILES_ARGUMENT,
    OUTPUT_OPTION,
    check_output,
    choice,
    expand_inputs,
    format_option,
    load_config,
    read_inputs,
    reads_pdfs,
    report_failures,
    usage_errors,
    write_results,
)
from regio.report.formats import TABLES

if TYPE_CHECKING:
    from regio.batch import ReadOptions

    Choice = str
else:
    Choice = choice(TABLES)


@reads_pdfs(job="tables")
def tables(
    files: list[Path] = FILES_ARGUMENT,
    output: Path | None = OUTPUT_OPTION,
    format: Choice = format_option(TABLES, "json"),
    *,
    reading: ReadOptions,
) -> None:
    """Read every table of the PDFs as rows of cell text.

    Every table, whatever its columns: funding tables, budgets per year, statistics."""
    with usage_errors():
        check_output(output)
        inputs = expand_inputs(files, reading.limits.max_file_mb)
        config = load_config()
    results = read_inputs(inputs, reading, config.aliases)
    report_failures(results)
    write_results(results, output, TABLES[format])
    raise typer.Exit(EXIT_INPUT if any(r.status != "ok" for r in results) else EXIT_OK)
