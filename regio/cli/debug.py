"""`regio debug`: one page drawn with what regio read on it."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from regio.cli.common import (
    EXIT_INPUT,
    MAX_FILE_SIZE_OPTION,
    MAX_PAGES_OPTION,
    MAX_STREAM_SIZE_OPTION,
    PASSWORD_OPTION,
    error_line,
)


def debug(
    file: Path = typer.Argument(..., metavar="PDF", help="A PDF file.", show_default=False),
    page: int = typer.Option(..., "--page", "-p", min=1, metavar="N", help="The page to draw (1-based)."),
    output: Path = typer.Option(..., "-o", "--output", metavar="FILE", help="Where to write the picture (PNG)."),
    scale: float = typer.Option(2.0, "--scale", min=0.1, max=8.0, metavar="NUMBER", help="Pixels per point."),
    password: str | None = PASSWORD_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
) -> None:
    """Draw one page with what regio read on it.

    Words, rules, fills, each table's box, columns, rows and header, and a legend of which
    reader read which table."""
    from regio.debug import draw_page
    from regio.extract import InputError
    from regio.limits import Limits

    limits = Limits(max_file_mb=max_file_size, max_pages=max_pages, max_stream_mb=max_stream_size)
    try:
        summary = draw_page(file, page, output, password=password, scale=scale, limits=limits)
    except InputError as exc:
        error_line(str(file), str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except OSError as exc:
        error_line(str(output), f"cannot write the picture ({exc.strerror or exc})")
        raise typer.Exit(EXIT_INPUT) from None
    tables = "; ".join(f"{t} {reader} {cols} columns x {rows} rows" for t, reader, cols, rows in summary.tables)
    sys.stderr.write(f"wrote {output}: page {page}, {len(summary.tables)} table(s){': ' + tables if tables else ''}\n")
