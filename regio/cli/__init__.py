"""Command line: `regio extract`, `regio tables`, `regio check`, `regio report`, `regio rule`, `regio debug`,
`regio schema`, one module each; what they share is in `common`, their output formats in `regio.report.formats`.

Heavy libraries (pdfplumber, pandas) are imported inside the commands that use them, so
that `regio --help` answers at once.
"""

from __future__ import annotations

import sys
import traceback

import typer

from regio.cli import check, debug, extract, report, rule, schema, tables
from regio.cli.common import EXIT_INPUT, RegioCommand, error_line

app = typer.Typer(
    rich_markup_mode=None,  # plain help: read in a CI log as on a terminal, and quick to start
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Read Regio Deal proposals (PDF) and show where the money does not add up.",
    context_settings={"help_option_names": ["-h", "--help"]},
)
for command in (extract.extract, tables.tables, check.check, report.report, rule.rule, debug.debug, schema.schema):
    app.command(cls=RegioCommand)(command)


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        sys.stdout.write(f"regio {version('regio')}\n")
        raise typer.Exit()


@app.callback()
def _options(shown: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                        metavar="", help="Show the version and exit.")) -> None:
    """Read Regio Deal proposals (PDF) and show where the money does not add up."""


def main() -> None:
    try:
        app(prog_name="regio")
    except KeyboardInterrupt:
        sys.stderr.write("regio: interrupted\n")
        sys.exit(130)
    except Exception as exc:  # a bug in regio: one line unless --debug asks for the traceback
        if "--debug" in sys.argv:
            traceback.print_exc()
        error_line("internal error", f"{exc.__class__.__name__}: {exc} (run with --debug for the traceback)")
        sys.exit(EXIT_INPUT)
