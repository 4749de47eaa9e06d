"""What the commands share: error lines and exit codes, inputs and outputs, the options of the
commands that read PDFs (declared once, here), and reading every input."""

from __future__ import annotations

import functools
import importlib.util
import inspect
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import typer

from regio.limits import DEFAULT as DEFAULT_LIMITS
from regio.report.formats import Format, choices_help

if TYPE_CHECKING:
    from regio.batch import FileResult, ReadOptions
    from regio.config import Config

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2


class UsageError(Exception):
    pass


def error_line(name: str, reason: str) -> None:
    from regio.report import printable

    sys.stderr.write(f"regio: error: {printable(name)}: {printable(reason)}\n")


def warning_lines(results: list[FileResult]) -> None:
    """The reading's warnings, one line each on stderr: a pipeline keeps them in its log
    (a terminal gets them with the summary table instead)."""
    from regio.report import printable

    for dossier in (r.dossier for r in results if r.dossier is not None):
        for w in dossier.warnings:
            where = f"page {w.page}: " if w.page else ""
            sys.stderr.write(f"regio: warning: {printable(dossier.file)}: {printable(where + w.message)}\n")


@contextmanager
def usage_errors() -> Iterator[None]:
    """A usage error ends the command with its one line and exit code 2."""
    try:
        yield
    except UsageError as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None


def parse_pages(spec: str | None) -> list[int] | None:
    """"1-3,7" → [1, 2, 3, 7]."""
    if not spec:
        return None
    pages: set[int] = set()
    for part in spec.split(","):
        part = part.strip()
        try:
            if "-" in part:
                lo, hi = (int(x) for x in part.split("-", 1))
                if lo < 1 or hi < lo:
                    raise ValueError
                pages.update(range(lo, hi + 1))
            else:
                if int(part) < 1:
                    raise ValueError
                pages.add(int(part))
        except ValueError:
            raise UsageError(f"--pages: '{part}' is not a page or a range like 2-5") from None
    return sorted(pages)


def expand_inputs(paths: list[Path]) -> list[tuple[Path, str | None]]:
    """Files as given, folders replaced by the PDFs below them (sorted); a folder without
    any PDF stays in the list with its reason, so that no input goes unreported."""
    out: list[tuple[Path, str | None]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
            out.extend((p, None) for p in found)
            if not found:
                out.append((path, "folder holds no PDF files"))
        else:
            out.append((path, None))
    return out


def write_output(target: Path | None, write: Callable[[IO[Any]], object], binary: bool = False) -> None:
    """Write to stdout, or to a file atomically: a reader never sees half a file."""
    if target is None:
        write(sys.stdout.buffer if binary else sys.stdout)
        return
    check_output(target)
    folder = target.parent if str(target.parent) else Path(".")
    if target.exists() and not target.is_file():
        # A device or a pipe (/dev/null, a FIFO) is written to, never replaced by a file.
        with open(target, "wb" if binary else "w", encoding=None if binary else "utf-8") as fh:
            write(fh)
        return
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)
    umask = os.umask(0)
    os.umask(umask)
    # An existing file keeps its mode; a new one is an ordinary file, not mkstemp's private one.
    os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~umask)
    try:
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else "utf-8", newline=None if binary else "") as fh:
            write(fh)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def check_output(target: Path | None) -> None:
    """Refuse an -o that cannot be written before any input is read, not after."""
    if target is None:
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"-o: folder '{folder}' does not exist")
    if target.is_dir():
        raise UsageError(f"-o: '{target}' is a folder")


def load_config() -> Config:
    from regio.config import ConfigError, find

    try:
        return find(Path.cwd())
    except ConfigError as exc:
        raise UsageError(f"configuration: {exc}") from None


def choice(formats: Mapping[str, Format[Any]]) -> Any:
    """The type of a `--format` parameter: typer offers a Literal's values as its choices.
    A type checker cannot read a Literal made at run time, so it is told ``str``."""
    return Literal[tuple(formats)]


def format_option(formats: Mapping[str, Format[Any]], default: str) -> Any:
    return typer.Option(default, "--format", "-f", metavar="FORMAT", help=choices_help(formats))


class CrossCheck(str, Enum):
    pdfplumber = "pdfplumber"
    camelot = "camelot"
    none = "none"


FILES_ARGUMENT = typer.Argument(..., metavar="PDF", help="PDF files or folders of PDFs.", show_default=False)
OUTPUT_OPTION = typer.Option(None, "-o", "--output", metavar="FILE", help="Write here instead of stdout.")
PASSWORD_OPTION = typer.Option(None, "--password", metavar="TEXT", help="Password of an encrypted PDF.")
MAX_FILE_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_file_mb, "--max-file-size", min=1, metavar="MB",
                                    help="Largest file to read, in MB.")
MAX_PAGES_OPTION = typer.Option(DEFAULT_LIMITS.max_pages, "--max-pages", min=1, metavar="N", help="Most pages a file may have.")
MAX_STREAM_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_stream_mb, "--max-stream-size", min=1,
                                      metavar="MB", help="Most MB any one compressed stream may inflate to.")

# The options of the commands that read PDFs, in the order --help lists them: name, type, option.
_READING: list[tuple[str, Any, Any]] = [
    ("pages", str | None, typer.Option(None, "--pages", metavar="PAGES", help="Only these pages, e.g. 2-5,9.")),
    ("password", str | None, PASSWORD_OPTION),
    ("cross_check", CrossCheck, typer.Option(CrossCheck.pdfplumber, "--cross-check", metavar="READER",
                                             help="pdfplumber, camelot or none: a second reading of ruled tables "
                                                  "where the first is uncertain; disagreements become warnings.")),
    ("cross_check_all", bool, typer.Option(False, "--cross-check-all", metavar="",
                                           help="Re-read every page with a ruled table.")),
    ("jobs", int, typer.Option(1, "--jobs", "-j", min=1, metavar="N", help="Read this many files at once, in worker processes.")),
    ("timeout", float, typer.Option(DEFAULT_LIMITS.timeout, "--timeout", min=0,
                                    metavar="SECONDS", help="Seconds per file before it is given up (0: no limit).")),
    ("max_memory", int, typer.Option(DEFAULT_LIMITS.max_memory_mb, "--max-memory", min=0,
                                     metavar="MB", help="Memory per file in MB (0: no limit).")),
    ("max_file_size", float, MAX_FILE_SIZE_OPTION),
    ("max_pages", int, MAX_PAGES_OPTION),
    ("max_stream_size", float, MAX_STREAM_SIZE_OPTION),
    ("debug", bool, typer.Option(False, "--debug", metavar="", help="Show tracebacks.")),
]


Command = Callable[..., None]


def reads_pdfs(job: Literal["dossier", "tables"] = "dossier", pages: bool = True) -> Callable[[Command], Command]:
    """Give a command the reading options after its own, and hand it their values as one
    ReadOptions, ``reading``: declared once, here, for every command that reads PDFs."""
    left_out = set() if pages else {"pages"}
    if job == "tables":
        left_out |= {"cross_check", "cross_check_all"}  # reading only the tables has no cross-check
    shared = [inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=option, annotation=kind)
              for name, kind, option in _READING if name not in left_out]

    def decorate(command: Command) -> Command:
        own = [p for p in inspect.signature(command).parameters.values() if p.name != "reading"]

        @functools.wraps(command)
        def run(**given: Any) -> None:
            values = {p.name: given.pop(p.name) for p in shared}
            with usage_errors():
                reading = _read_options(values, job)
            command(**given, reading=reading)

        # typer takes the options from the signature and their types from the annotations;
        # ``reading`` is none of its business (and its type is imported for type checking only).
        # typeshed declares no __signature__ on a function, the attribute inspect and typer read.
        wrapper: Any = run
        wrapper.__signature__ = inspect.Signature(own + shared)
        wrapper.__annotations__ = {p.name: p.annotation for p in own + shared}
        return run

    return decorate


def _read_options(given: dict[str, Any], job: Literal["dossier", "tables"]) -> ReadOptions:
    from regio.batch import ReadOptions
    from regio.limits import Limits

    cross_check = given.get("cross_check", CrossCheck.none).value
    if cross_check == "camelot" and importlib.util.find_spec("camelot") is None:
        raise UsageError("--cross-check camelot needs camelot, an optional extra: pip install 'regio[camelot]'")
    limits = Limits(timeout=given["timeout"], max_memory_mb=given["max_memory"], max_file_mb=given["max_file_size"],
                    max_pages=given["max_pages"], max_stream_mb=given["max_stream_size"])
    return ReadOptions(pages=parse_pages(given.get("pages")), password=given["password"],
                       cross_check=cross_check,
                       cross_check_all=given.get("cross_check_all", False), jobs=given["jobs"], limits=limits,
                       debug=given["debug"], job=job)


def read_inputs(inputs: list[tuple[Path, str | None]], options: ReadOptions, aliases: dict[str, str]) -> list[FileResult]:
    """Every input's result, in input order; a file that cannot be read never stops the rest."""
    from regio.batch import FileResult, read_many, read_one

    options = replace(options, aliases=tuple(sorted(aliases.items())))
    readable = [path for path, problem in inputs if problem is None]
    # Worker processes keep a crash, a hang or a runaway file from taking the rest down;
    # with both limits switched off (0) files are read in this process.
    if options.jobs > 1 or options.limits.timeout or options.limits.max_memory_mb:
        read = dict(zip(readable, _with_progress(readable, lambda advance: read_many(readable, options, advance))))
    else:
        read = {path: read_one(path, options) for path in readable}
    results = []
    for path, problem in inputs:
        result = read[path] if problem is None else FileResult(path, "unreadable", reason=problem)
        if result.trace and options.debug:
            sys.stderr.write(result.trace)
        results.append(result)
    return results


def _with_progress(paths: list[Path], run: Callable[[Callable[[Path], None] | None], list[FileResult]]) -> list[FileResult]:
    if len(paths) < 2 or not sys.stderr.isatty():
        return run(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task("files", total=len(paths))
        return run(lambda path: progress.advance(task))


def report_failures(results: list[FileResult]) -> None:
    """One line on stderr for every input that was not read whole."""
    for result in results:
        if result.status != "ok":
            error_line(str(result.path), result.reason or "")


def write_results(results: list[FileResult], output: Path | None, fmt: Format[list[FileResult]]) -> None:
    """The document of every input; for a single input that failed, the line on stderr says
    it all and stdout stays empty."""
    if any(r.status == "ok" for r in results) or len(results) > 1:
        with usage_errors():
            write_output(output, lambda fh: fmt.render(results, fh), binary=fmt.binary)
