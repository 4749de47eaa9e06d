"""What the commands share: error lines and exit codes, inputs (stdin among them) and outputs,
the options of the commands that read PDFs and of those that judge findings (declared once,
here), how the help shows arguments, and reading every input."""

from __future__ import annotations

import atexit
import functools
import importlib.util
import inspect
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Literal

import typer
from typer.core import TyperArgument, TyperCommand

from regio.limits import DEFAULT as DEFAULT_LIMITS
from regio.limits import MB
from regio.report.formats import Format, choices_help

if TYPE_CHECKING:
    from typer._click.formatting import HelpFormatter

    from regio.batch import FileResult, ReadOptions
    from regio.config import Config
    from regio.validate.findings import Finding
else:
    HelpFormatter = typer.Context.formatter_class  # click's hook for help formatting (typer carries its own click)

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2
STDIN = "-"  # the file argument that reads a PDF from stdin, and the name outputs give it


class UsageError(Exception):
    """A mistake in how the command was called, told in one line that starts with what is
    wrong ("-o: folder 'x' does not exist", "regio.toml: unknown setting(s) foo")."""


def say(kind: Literal["error", "warning", "note"], text: str) -> None:
    """One line on stderr, ``regio: KIND: TEXT``, whatever the text holds."""
    from regio.report import printable

    sys.stderr.write(f"regio: {kind}: {printable(text)}\n")


def error_line(name: str, reason: str) -> None:
    say("error", f"{name}: {reason}")


def warning_lines(results: list[FileResult]) -> None:
    """The reading's warnings, one line each on stderr: a pipeline keeps them in its log
    (a terminal gets them with the summary table instead)."""
    for dossier in (r.dossier for r in results if r.dossier is not None):
        for w in dossier.warnings:
            where = f"page {w.page}: " if w.page else ""
            say("warning", f"{dossier.file}: {where}{w.message}")


@contextmanager
def usage_errors() -> Iterator[None]:
    """A usage error ends the command with its one line and exit code 2."""
    try:
        yield
    except UsageError as exc:
        say("error", str(exc))
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


@dataclass(frozen=True)
class Input:
    """One input: the file to read, the name outputs give it (the path as given, or "-" for
    stdin), and why it is not read at all (None: it is read)."""

    path: Path
    name: str
    problem: str | None = None


def expand_inputs(paths: list[Path], max_file_mb: float) -> list[Input]:
    """Files as given, folders replaced by the PDFs below them (sorted), "-" by the PDF on
    stdin; a folder without any PDF stays in the list with its reason, so that no input goes
    unreported."""
    if sum(str(path) == STDIN for path in paths) > 1:
        raise UsageError("-: stdin can be read only once")
    out: list[Input] = []
    for path in paths:
        if str(path) == STDIN:
            out.append(_spool_stdin(max_file_mb))
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".pdf" and p.is_file())
            out.extend(Input(p, str(p)) for p in found)
            if not found:
                out.append(Input(path, str(path), "folder holds no PDF files"))
        else:
            out.append(Input(path, str(path)))
    return out


def _spool_stdin(max_file_mb: float) -> Input:
    """The PDF on stdin, in a temporary file removed when regio exits: a PDF is read
    from its end, and worker processes open it by name. Past --max-file-size, stdin is not
    read on."""
    if sys.stdin is None or sys.stdin.isatty():
        raise UsageError("-: stdin is a terminal; pipe a PDF into it (regio check - < dossier.pdf)")
    fd, name = tempfile.mkstemp(prefix="regio-stdin-", suffix=".pdf")
    spooled = Path(name)
    atexit.register(spooled.unlink, missing_ok=True)  # after the last reader (a report's page crops)
    limit, size = int(max_file_mb * MB), 0
    with os.fdopen(fd, "wb") as fh:
        while size <= limit and (chunk := sys.stdin.buffer.read(MB)):
            fh.write(chunk)
            size += len(chunk)
    if size > limit:
        return Input(spooled, STDIN, f"file is larger than the limit of {max_file_mb:g} MB (raise it with --max-file-size)")
    return Input(spooled, STDIN)


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
        raise UsageError(str(exc)) from None  # it names the file, which says it is the configuration


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


class Lang(str, Enum):
    en = "en"
    nl = "nl"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


class _Argument(TyperArgument):
    """An argument shown by its metavar, "FILE...", as click and most tools show one: without
    typer's Python type ("<list[Path]>") and braces ("{FILE}...")."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def _rich_display_name(self) -> str:
        return self.display_name_raw + ("..." if self.nargs != 1 else "")

    def _usage_display_name(self) -> str:
        return self._rich_display_name() if self.required else f"[{self._rich_display_name()}]"


_NO_BREAK = "\u2011"  # a non-breaking hyphen, which textwrap never breaks a line at


class _Formatter(HelpFormatter):
    """Help that never breaks a line at a hyphen, as textwrap would: a choice, an option's
    name or a file name ("regio-baseline.json") stays whole on its line."""

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        start = len(self.buffer)
        super().write_dl([(term, text.replace("-", _NO_BREAK)) for term, text in rows], col_max, col_spacing)
        self.buffer[start:] = [part.replace(_NO_BREAK, "-") for part in self.buffer[start:]]

    def write_text(self, text: str) -> None:
        start = len(self.buffer)
        super().write_text(text.replace("-", _NO_BREAK))
        self.buffer[start:] = [part.replace(_NO_BREAK, "-") for part in self.buffer[start:]]


class _Context(typer.Context):
    formatter_class = _Formatter


class RegioCommand(TyperCommand):
    """A command whose help shows its arguments as `_Argument` does (typer makes them itself)
    and wraps its lines as `_Formatter` does."""

    context_class = _Context

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if type(param) is TyperArgument:
                param.__class__ = _Argument


FILES_ARGUMENT = typer.Argument(..., metavar="FILE", show_default=False,
                                help="PDF files, folders of PDFs, or - for a PDF on stdin.")
OUTPUT_OPTION = typer.Option(None, "-o", "--output", metavar="FILE", help="Write here instead of stdout.")
PASSWORD_OPTION = typer.Option(None, "--password", metavar="TEXT", help="Password of an encrypted PDF.")
MAX_FILE_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_file_mb, "--max-file-size", min=1, metavar="MB",
                                    help="Largest file to read, in MB.")
MAX_PAGES_OPTION = typer.Option(DEFAULT_LIMITS.max_pages, "--max-pages", min=1, metavar="N", help="Most pages a file may have.")
MAX_STREAM_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_stream_mb, "--max-stream-size", min=1,
                                      metavar="MB", help="Most MB any one compressed stream may inflate to.")


def lang_option(help: str) -> Any:
    return typer.Option(Lang.en, "--lang", metavar="LANG", help=help)


# The options of the commands that read PDFs, in the order --help lists them: name, type, option.
_READING: list[tuple[str, Any, Any]] = [
    ("pages", str | None, typer.Option(None, "--pages", metavar="PAGES", help="Only these pages, e.g. 2-5,9.")),
    ("password", str | None, PASSWORD_OPTION),
    ("cross_check", CrossCheck, typer.Option(CrossCheck.pdfplumber, "--cross-check", metavar="READER",
                                             help="pdfplumber, camelot or none: a second reading of ruled tables "
                                                  "where the first is uncertain; disagreements become warnings.")),
    ("cross_check_all", bool, typer.Option(False, "--cross-check-all", metavar="",
                                           help="Re-read every page with a ruled table.")),
    ("jobs", int, typer.Option(1, "--jobs", "-j", min=1, metavar="N",
                               help="Use this many processes: files read at once, or a long file's pages in runs.")),
    ("timeout", float, typer.Option(DEFAULT_LIMITS.timeout, "--timeout", min=0,
                                    metavar="SECONDS", help="Seconds per file before it is given up (0: no limit).")),
    ("max_memory", int, typer.Option(DEFAULT_LIMITS.max_memory_mb, "--max-memory", min=0,
                                     metavar="MB", help="Memory per file in MB (0: no limit).")),
    ("max_file_size", float, MAX_FILE_SIZE_OPTION),
    ("max_pages", int, MAX_PAGES_OPTION),
    ("max_stream_size", float, MAX_STREAM_SIZE_OPTION),
    ("debug", bool, typer.Option(False, "--debug", metavar="", help="Show tracebacks.")),
]

# The options of the commands that judge findings (check, report), as ruff and flake8 name them.
_JUDGING: list[tuple[str, Any, Any]] = [
    ("select", list[str] | None, typer.Option(None, "--select", metavar="RULES",
                                              help="Only these rules: codes, prefixes (RD1) or check names, "
                                                   "comma-separated or repeated.")),
    ("ignore", list[str] | None, typer.Option(None, "--ignore", metavar="RULES",
                                              help="Skip these rules, as --select names them.")),
    ("fail_on", FailOn, typer.Option(FailOn.error, "--fail-on", metavar="SEVERITY",
                                     help="error or warning: exit 1 when a finding is at least this severe.")),
    ("exit_zero", bool, typer.Option(False, "--exit-zero", metavar="",
                                     help="Exit 0 even with findings (2 still means unreadable input).")),
]


Command = Callable[..., None]


def _shared(name: str, options: list[tuple[str, Any, Any]], build: Callable[[dict[str, Any]], Any]
            ) -> Callable[[Command], Command]:
    """Give a command ``options`` after its own, and hand it their values built into one
    argument, ``name``: options declared once, here, for every command that takes them."""
    shared = [inspect.Parameter(option, inspect.Parameter.KEYWORD_ONLY, default=default, annotation=kind)
              for option, kind, default in options]

    def decorate(command: Command) -> Command:
        own = [p for p in inspect.signature(command).parameters.values() if p.name != name]

        @functools.wraps(command)
        def run(**given: Any) -> None:
            values = {p.name: given.pop(p.name) for p in shared}
            with usage_errors():
                built = build(values)
            command(**given, **{name: built})

        # typer takes the options from the signature and their types from the annotations;
        # ``name`` is none of its business (and its type is imported for type checking only).
        # typeshed declares no __signature__ on a function, the attribute inspect and typer read.
        wrapper: Any = run
        wrapper.__signature__ = inspect.Signature(own + shared)
        wrapper.__annotations__ = {p.name: p.annotation for p in own + shared}
        return run

    return decorate


def reads_pdfs(job: Literal["dossier", "tables"] = "dossier") -> Callable[[Command], Command]:
    """Give a command the reading options, handed to it as one ReadOptions, ``reading``."""
    # Reading only the tables has no cross-check.
    left_out = {"cross_check", "cross_check_all"} if job == "tables" else set()
    return _shared("reading", [o for o in _READING if o[0] not in left_out], lambda given: _read_options(given, job))


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


@dataclass(frozen=True)
class Judging:
    """Which rules run, and which findings fail the run: --select, --ignore, --fail-on and
    --exit-zero, as ruff and flake8 take them."""

    select: tuple[str, ...]  # rule codes and prefixes; empty: the configuration's, else every rule
    ignore: tuple[str, ...]
    fail_rank: int
    exit_zero: bool

    def rules(self, config: Config) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The rules to select and to ignore: the command line's, else the configuration's.
        Where the configuration's narrow the checks, one line on stderr says so: a run that
        checks less than every rule never looks like one that checks them all."""
        where = os.path.relpath(config.source) if config.source else "the configuration"
        select = self.select or tuple(rule_codes(config.select, f"{where}: select"))
        ignore = self.ignore or tuple(rule_codes(config.ignore, f"{where}: ignore"))
        narrowed = [f"{key} = {', '.join(given)}" for key, given, own in
                    (("select", config.select, self.select), ("ignore", config.ignore, self.ignore)) if given and not own]
        if narrowed:
            say("note", f"{where} narrows the checks: {'; '.join(narrowed)} (--select and --ignore replace it)")
        return select, ignore

    def exit_code(self, findings: list[Finding]) -> int:
        """1 when a finding is at least as severe as --fail-on (unless --exit-zero), else 0."""
        failing = any(f.severity.rank >= self.fail_rank for f in findings)
        return EXIT_FINDINGS if failing and not self.exit_zero else EXIT_OK


def judges_findings(command: Command) -> Command:
    """Give a command the options that choose rules and fail the run, handed to it as one
    Judging, ``judging``."""
    return _shared("judging", _JUDGING, _judging)(command)


def _judging(given: dict[str, Any]) -> Judging:
    from regio.validate.findings import Severity

    fail_rank = Severity.error.rank if given["fail_on"] == FailOn.error else Severity.warning.rank
    return Judging(tuple(rule_codes(given["select"], "--select")), tuple(rule_codes(given["ignore"], "--ignore")),
                   fail_rank, given["exit_zero"])


def rule_codes(given: list[str] | None, where: str) -> list[str]:
    """The rule codes and prefixes that ``given`` names (codes, prefixes or check names,
    comma-separated or repeated); one that names no rule is an error, told as ``where`` says."""
    from regio.validate import RULES

    try:
        return RULES.codes(part for text in given or [] for part in text.split(","))
    except ValueError as exc:
        raise UsageError(f"{where}: {exc}") from None


def read_inputs(inputs: list[Input], options: ReadOptions, aliases: dict[str, str]) -> list[FileResult]:
    """Every input's result, in input order, under the name the input goes by; a file that
    cannot be read never stops the rest."""
    from regio.batch import FileResult, read_many, read_one

    options = replace(options, aliases=tuple(sorted(aliases.items())))
    readable = [i.path for i in inputs if i.problem is None]
    # Worker processes keep a crash, a hang or a runaway file from taking the rest down;
    # with both limits switched off (0) files are read in this process.
    if options.jobs > 1 or options.limits.timeout or options.limits.max_memory_mb:
        read = dict(zip(readable, _with_progress(readable, lambda advance: read_many(readable, options, advance))))
    else:
        read = {path: read_one(path, options) for path in readable}
    results = []
    for i in inputs:
        result = read[i.path] if i.problem is None else FileResult(i.path, "unreadable", reason=i.problem)
        if result.trace and options.debug:
            sys.stderr.write(result.trace)
        results.append(_named(result, i.name))
    return results


def _named(result: FileResult, name: str) -> FileResult:
    """The result of a spooled input (stdin) under the name it goes by, "-", instead of its
    temporary file's; its findings' fingerprints follow the name."""
    if str(result.path) == name:
        return result
    if result.dossier is not None:
        result.dossier.file = name
    for f in result.findings or []:
        f.file = name
        f.with_fingerprint()
    return replace(result, path=Path(name))


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
