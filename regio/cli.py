"""Command line: `regio extract`, `regio tables`, `regio check`, `regio report`, `regio debug`, `regio schema`.

Heavy libraries (pdfplumber, pandas) are imported inside the commands that use them, so
that `regio --help` answers at once.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from enum import Enum
from pathlib import Path

import typer

from regio.limits import DEFAULT as DEFAULT_LIMITS

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT = 0, 1, 2

app = typer.Typer(
    add_completion=False,
    pretty_exceptions_enable=False,
    no_args_is_help=True,
    help="Read Regio Deal proposals (PDF) and show where the money does not add up.",
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(shown: bool) -> None:
    if shown:
        from importlib.metadata import version

        sys.stdout.write(f"regio {version('regio')}\n")
        raise typer.Exit()


@app.callback()
def _options(shown: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                        help="Show the version and exit.")) -> None:
    """Read Regio Deal proposals (PDF) and show where the money does not add up."""


class ExtractFormat(str, Enum):
    json = "json"
    csv = "csv"
    xlsx = "xlsx"


class CheckFormat(str, Enum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"
    markdown = "markdown"


class CrossCheck(str, Enum):
    pdfplumber = "pdfplumber"
    camelot = "camelot"
    none = "none"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"


class UsageError(Exception):
    pass


def error_line(name: str, reason: str) -> None:
    from regio.report import printable

    sys.stderr.write(f"regio: error: {printable(name)}: {printable(reason)}\n")


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


def write_output(target: Path | None, write: Callable[[object], None], binary: bool = False) -> None:
    """Write to stdout, or to a file atomically: a reader never sees half a file."""
    if target is None:
        write(sys.stdout.buffer if binary else sys.stdout)
        return
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UsageError(f"-o: folder '{folder}' does not exist")
    if target.is_dir():
        raise UsageError(f"-o: '{target}' is a folder")
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


def load_config():
    from regio.config import ConfigError, find

    try:
        return find(Path.cwd())
    except ConfigError as exc:
        raise UsageError(f"configuration: {exc}") from None


# Options that extract, check and report share.
PAGES_OPTION = typer.Option(None, "--pages", help="Only these pages, e.g. 2-5,9.")
PASSWORD_OPTION = typer.Option(None, "--password", help="Password of an encrypted PDF.")
CROSS_CHECK_OPTION = typer.Option(CrossCheck.pdfplumber, "--cross-check",
                                  help="Second reading of ruled tables where the first is uncertain; "
                                       "disagreements become warnings.")
CROSS_CHECK_ALL_OPTION = typer.Option(False, "--cross-check-all", help="Re-read every page with a ruled table.")
JOBS_OPTION = typer.Option(1, "--jobs", "-j", min=1, help="Read this many files at once, in worker processes.")
TIMEOUT_OPTION = typer.Option(DEFAULT_LIMITS.timeout, "--timeout", min=0,
                              help="Seconds per file before it is given up (0: no limit).")
MAX_MEMORY_OPTION = typer.Option(DEFAULT_LIMITS.max_memory_mb, "--max-memory", min=0, help="Memory per file in MB (0: no limit).")
MAX_FILE_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_file_mb, "--max-file-size", min=1, help="Largest file to read, in MB.")
MAX_PAGES_OPTION = typer.Option(DEFAULT_LIMITS.max_pages, "--max-pages", min=1, help="Most pages a file may have.")
MAX_STREAM_SIZE_OPTION = typer.Option(DEFAULT_LIMITS.max_stream_mb, "--max-stream-size", min=1,
                                      help="Most MB any one compressed stream may inflate to.")
DEBUG_OPTION = typer.Option(False, "--debug", help="Show tracebacks.")


def read_inputs(inputs: list[tuple[Path, str | None]], pages, password, cross_check: CrossCheck, jobs: int,
                timeout: float, max_memory: int, debug: bool, aliases: dict[str, str], max_file_size: float,
                max_pages: int, max_stream_size: float, job: str = "dossier", cross_check_all: bool = False):
    """Every input's outcome, in input order; a file that cannot be read never stops the rest."""
    from regio.batch import Options, Outcome, read_many, read_one

    options = Options(pages=pages, password=password, cross_check=cross_check.value, timeout=timeout or None,
                      memory_mb=max_memory or None, aliases=tuple(sorted(aliases.items())),
                      max_file_mb=max_file_size, max_pages=max_pages, max_stream_mb=max_stream_size, job=job,
                      cross_check_all=cross_check_all)
    readable = [path for path, problem in inputs if problem is None]
    # Worker processes keep a crash, a hang or a runaway file from taking the rest down;
    # with both limits switched off (0) files are read in this process.
    isolated = jobs > 1 or bool(timeout) or bool(max_memory)
    if not isolated:
        outcomes = {path: read_one(path, options) for path in readable}
    else:
        outcomes = dict(zip(readable, _with_progress(readable, lambda cb: read_many(readable, options, jobs, cb))))
    results = []
    for path, problem in inputs:
        outcome = outcomes.get(path) if problem is None else Outcome(path, None, problem)
        if outcome.trace and debug:
            sys.stderr.write(outcome.trace)
        results.append(outcome)
    return results


def _with_progress(paths: list[Path], run):
    if len(paths) < 2 or not sys.stderr.isatty():
        return run(None)
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  transient=True) as progress:
        task = progress.add_task("files", total=len(paths))
        return run(lambda path: progress.advance(task))


@app.command()
def extract(
    files: list[Path] = typer.Argument(..., help="PDF files or folders of PDFs.", show_default=False),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", "-f",
                                         help="json (the Dossier), csv or xlsx (one row per table cell)."),
    pages: str | None = PAGES_OPTION,
    password: str | None = PASSWORD_OPTION,
    cross_check: CrossCheck = CROSS_CHECK_OPTION,
    cross_check_all: bool = CROSS_CHECK_ALL_OPTION,
    jobs: int = JOBS_OPTION,
    timeout: float = TIMEOUT_OPTION,
    max_memory: int = MAX_MEMORY_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Extract projects, fields and investment tables into typed records."""
    try:
        page_list = parse_pages(pages)
        inputs = expand_inputs(files)
        config = load_config()
        if format == ExtractFormat.xlsx and output is None:
            raise UsageError("--format xlsx needs -o FILE.xlsx")
    except UsageError as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None

    results = []
    for outcome in read_inputs(inputs, page_list, password, cross_check, jobs, timeout, max_memory, debug,
                               config.aliases, max_file_size, max_pages, max_stream_size,
                               cross_check_all=cross_check_all):
        if outcome.problem:
            error_line(str(outcome.path), outcome.problem)
        results.append((outcome.path, outcome.dossier, outcome.problem))
    good = [d for _, d, p in results if d is not None and p is None]

    # For a single unreadable file the one line on stderr says it all; stdout stays empty.
    if good or len(results) > 1:
        try:
            if format == ExtractFormat.json:
                write_output(output, lambda fh: fh.write(_json_document(results) + "\n"))
            elif format == ExtractFormat.csv:
                from regio.export import write_csv

                write_output(output, lambda fh: write_csv(good, fh))
            else:
                from regio.export import write_xlsx

                write_output(output, lambda fh: write_xlsx(good, fh), binary=True)
        except UsageError as exc:
            error_line("usage", str(exc))
            raise typer.Exit(EXIT_INPUT) from None

    if sys.stderr.isatty():
        _summary(results)
    raise typer.Exit(EXIT_INPUT if any(p for _, _, p in results) else EXIT_OK)


def _json_document(results) -> str:
    if len(results) == 1 and results[0][2] is None:
        return results[0][1].model_dump_json(indent=2)
    entries = []
    for path, dossier, problem in results:
        entry = {"file": str(path), "status": "error" if problem else "ok"}
        if problem:
            entry["error"] = problem
        if dossier is not None and not problem:
            entry["dossier"] = json.loads(dossier.model_dump_json())
        entries.append(entry)
    return json.dumps({"results": entries}, indent=2, ensure_ascii=False)


def _summary(results) -> None:
    from rich.console import Console
    from rich.table import Table

    from regio.report.text import safe

    console = Console(stderr=True)
    table = Table(title="regio extract", title_justify="left")
    for name in ("file", "projects", "tables", "cells", "warnings", "status"):
        table.add_column(name, justify="right" if name in ("projects", "tables", "cells", "warnings") else "left")
    for path, dossier, problem in results:
        if dossier is None:
            table.add_row(safe(str(path)), "-", "-", "-", "-", safe(problem, "red"))
            continue
        tables = [t for p in dossier.projects for t in p.tables]
        cells = sum(len(r.cells) for t in tables for r in t.rows)
        status = safe(problem, "red") if problem else "[green]ok[/green]"
        table.add_row(safe(str(path)), str(len(dossier.projects)), str(len(tables)), str(cells), str(len(dossier.warnings)),
                      status)
    console.print(table)
    for _, dossier, _ in results:
        for w in dossier.warnings if dossier else []:
            where = f"page {w.page}: " if w.page else ""
            console.print(safe("warning", "yellow"), safe(f"{dossier.file}: {where}{w.message}"), highlight=False)


class TablesFormat(str, Enum):
    json = "json"
    csv = "csv"
    markdown = "markdown"


@app.command()
def tables(
    files: list[Path] = typer.Argument(..., help="PDF files or folders of PDFs.", show_default=False),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    format: TablesFormat = typer.Option(TablesFormat.json, "--format", "-f",
                                        help="json (every table's cells, spans, box, caption and scale), "
                                             "csv (one row per cell) or markdown (a heading and a table for each)."),
    pages: str | None = PAGES_OPTION,
    password: str | None = PASSWORD_OPTION,
    jobs: int = JOBS_OPTION,
    timeout: float = TIMEOUT_OPTION,
    max_memory: int = MAX_MEMORY_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Read every table of the PDFs, whatever its columns, as rows of cell text."""
    try:
        page_list = parse_pages(pages)
        inputs = expand_inputs(files)
        config = load_config()
    except UsageError as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None

    results = []
    for outcome in read_inputs(inputs, page_list, password, CrossCheck.none, jobs, timeout, max_memory, debug,
                               config.aliases, max_file_size, max_pages, max_stream_size, job="tables"):
        if outcome.problem:
            error_line(str(outcome.path), outcome.problem)
        results.append(outcome)

    # As for extract: a single unreadable file gets its line on stderr and an empty stdout.
    if any(o.problem is None for o in results) or len(results) > 1:
        try:
            if format == TablesFormat.json:
                write_output(output, lambda fh: fh.write(_tables_json(results) + "\n"))
            elif format == TablesFormat.csv:
                write_output(output, lambda fh: _tables_csv(results, fh))
            else:
                write_output(output, lambda fh: fh.write(_tables_markdown(results)))
        except UsageError as exc:
            error_line("usage", str(exc))
            raise typer.Exit(EXIT_INPUT) from None
    raise typer.Exit(EXIT_INPUT if any(o.problem for o in results) else EXIT_OK)


def _table_record(table) -> dict:
    from regio.schema import euros_to_json

    return {"id": table.id, "page": table.page, "bbox": list(table.bbox), "rows": table.grid(),
            "spans": table.spans(), "caption": table.caption,
            "scale": euros_to_json(table.scale) if table.scale is not None else None,
            "unit": table.unit, "reader": table.reader}


def _tables_json(results) -> str:
    if len(results) == 1 and results[0].problem is None:
        return json.dumps({"tables": [_table_record(t) for t in results[0].dossier.tables]}, indent=2,
                          ensure_ascii=False)
    entries = []
    for outcome in results:
        entry = {"file": str(outcome.path), "status": "error" if outcome.problem else "ok"}
        if outcome.problem:
            entry["error"] = outcome.problem
        else:
            entry["tables"] = [_table_record(t) for t in outcome.dossier.tables]
        entries.append(entry)
    return json.dumps({"results": entries}, indent=2, ensure_ascii=False)


def _tables_csv(results, fh) -> None:
    """One row per cell of every table's grid, header rows first; row and column count from 0,
    as in the spans of the JSON output."""
    import csv

    from regio.export import spreadsheet_safe

    writer = csv.writer(fh, lineterminator="\n")
    writer.writerow(["file", "table", "page", "row", "column", "text"])
    for outcome in results:
        for table in outcome.dossier.tables if outcome.problem is None else []:
            for r, row in enumerate(table.grid()):
                for c, text in enumerate(row):
                    writer.writerow([spreadsheet_safe(str(outcome.path)), table.id, table.page, r, c,
                                     spreadsheet_safe(text)])


def _tables_markdown(results) -> str:
    """A heading and a Markdown table per table (a heading per file in a batch); the text is
    escaped as in the CI Markdown, for a proposal is untrusted input."""
    from regio.report.ci import escape_markdown

    lines: list[str] = []
    for outcome in results:
        if len(results) > 1:
            lines += [f"## {escape_markdown(str(outcome.path))}", ""]
        if outcome.problem:
            lines += [f"error: {escape_markdown(outcome.problem)}", ""]
            continue
        for table in outcome.dossier.tables:
            caption = f": {escape_markdown(table.caption)}" if table.caption else ""
            lines += [f"### {escape_markdown(table.id)} (page {table.page}){caption}", ""]
            grid = table.grid()
            width = max((len(row) for row in grid), default=0) or 1
            grid = [row + [""] * (width - len(row)) for row in grid] or [[""] * width]
            lines.append("| " + " | ".join(escape_markdown(text) for text in grid[0]) + " |")
            lines.append("|" + "---|" * width)
            lines += ["| " + " | ".join(escape_markdown(text) for text in row) + " |" for row in grid[1:]]
            lines.append("")
    return "\n".join(lines)


@app.command()
def check(
    files: list[Path] = typer.Argument(..., help="PDF files or folders of PDFs.", show_default=False),
    format: CheckFormat = typer.Option(CheckFormat.text, "--format", "-f",
                                       help="text (a readable table), json, sarif, junit, github (workflow commands) "
                                            "or markdown."),
    output: Path | None = typer.Option(None, "-o", "--output", help="Write here instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Exit 1 when a finding is at least this severe."),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="Exit 0 even with findings (2 still means unreadable input)."),
    select: list[str] | None = typer.Option(None, "--select", help="Only these rules: codes, prefixes (RD1) or check "
                                                                      "names, comma-separated or repeated."),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="Skip these rules, as --select names them."),
    show_info: bool = typer.Option(False, "--show-info", help="List differences within rounding too (text output)."),
    baseline: Path | None = typer.Option(None, "--baseline", help="Leave out the findings this baseline accepts "
                                                                     "(so CI fails only on new ones)."),
    write_baseline: bool = typer.Option(False, "--write-baseline", help="Write the current findings to the baseline "
                                                                        "file (--baseline, or regio-baseline.json) and exit 0."),
    pages: str | None = PAGES_OPTION,
    password: str | None = PASSWORD_OPTION,
    cross_check: CrossCheck = CROSS_CHECK_OPTION,
    cross_check_all: bool = CROSS_CHECK_ALL_OPTION,
    jobs: int = JOBS_OPTION,
    timeout: float = TIMEOUT_OPTION,
    max_memory: int = MAX_MEMORY_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Check every sum and every restated amount; exit 0 clean, 1 findings, 2 unreadable input."""
    from regio.config import ConfigError, baseline_document, read_baseline
    from regio.validate import RULES, CheckResult, summarise
    from regio.validate import check as run_check
    from regio.validate.findings import Severity


    try:
        page_list = parse_pages(pages)
        inputs = expand_inputs(files)
        config = load_config()
        baseline_path = baseline or (Path(config.baseline) if config.baseline else None)
        accepted = read_baseline(baseline_path) if baseline_path and not write_baseline else set()
        chosen = RULES.codes(part for text in select or [] for part in text.split(",")) or RULES.codes(config.select)
        skipped = RULES.codes(part for text in ignore or [] for part in text.split(",")) or RULES.codes(config.ignore)
    except (UsageError, ConfigError) as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    except ValueError as exc:
        error_line("usage", f"rule selection: {exc}")
        raise typer.Exit(EXIT_INPUT) from None

    findings, dossiers, statuses = [], [], []
    baselined = 0
    for outcome in read_inputs(inputs, page_list, password, cross_check, jobs, timeout, max_memory, debug,
                               config.aliases, max_file_size, max_pages, max_stream_size,
                               cross_check_all=cross_check_all):
        path, dossier, problem = outcome.path, outcome.dossier, outcome.problem
        if problem and dossier is not None:
            problem = None  # readable, but without tables: that is a finding, not an input error
        if problem:
            error_line(str(path), problem)
            statuses.append((str(path), "unreadable", problem, None))
            continue
        dossier.file = str(path)  # findings name the file as it was given: CI needs the repository path
        result = run_check(dossier, select=chosen, ignore=skipped)
        kept = [f for f in result.findings if f.fingerprint not in accepted]
        baselined += len(result.findings) - len(kept)
        result.findings = kept
        result.summary = summarise([dossier], kept)
        findings.extend(kept)
        dossiers.append(dossier)
        statuses.append((str(path), "checked", None, result.summary))
    combined = CheckResult(findings=findings, summary=summarise(dossiers, findings))
    combined.summary.baselined = baselined
    if write_baseline:
        target = baseline_path or Path("regio-baseline.json")
        try:
            write_output(target, lambda fh: fh.write(baseline_document(
                [f for f in findings if f.severity.rank >= Severity.warning.rank])))
        except UsageError as exc:
            error_line("usage", str(exc))
            raise typer.Exit(EXIT_INPUT) from None
        sys.stderr.write(f"regio: wrote {target} ({combined.summary.errors + combined.summary.warnings} findings)\n")
        raise typer.Exit(EXIT_INPUT if any(st == "unreadable" for _, st, _, _ in statuses) else EXIT_OK)
    threshold = Severity.error.rank if fail_on == FailOn.error else Severity.warning.rank
    failing = any(f.severity.rank >= threshold for f in findings)

    file_entries = [{"file": name, "status": status, **({"reason": reason} if reason else {}),
                     **({"errors": s.errors, "warnings": s.warnings} if s else {})}
                    for name, status, reason, s in statuses]

    def render(fh) -> None:
        from regio.report import ci

        if format == CheckFormat.json:
            fh.write(ci.as_json(combined, file_entries))
        elif format == CheckFormat.sarif:
            fh.write(json.dumps(ci.sarif(combined), indent=2, ensure_ascii=False) + "\n")
        elif format == CheckFormat.junit:
            fh.write(ci.junit(combined, [name for name, status, _, _ in statuses if status == "checked"], threshold))
        elif format == CheckFormat.github:
            fh.write(ci.github(combined))
            summary = os.environ.get("GITHUB_STEP_SUMMARY")
            if summary:
                with open(summary, "a", encoding="utf-8") as out:
                    out.write(ci.markdown(combined))
        elif format == CheckFormat.markdown:
            fh.write(ci.markdown(combined))
        else:
            from regio.report.text import render_text

            render_text(combined, statuses, fh, show_info=show_info)

    try:
        write_output(output, render)
    except UsageError as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    if any(status == "unreadable" for _, status, _, _ in statuses):
        raise typer.Exit(EXIT_INPUT)
    raise typer.Exit(EXIT_FINDINGS if failing and not exit_zero else EXIT_OK)


class ReportFormat(str, Enum):
    html = "html"
    markdown = "markdown"


class Lang(str, Enum):
    en = "en"
    nl = "nl"


def report_name(source: Path, folder: Path) -> Path:
    """The report's path for ``source`` inside ``folder``: a name made from the input's name
    alone, which cannot climb out of the folder whatever the input was called."""
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in source.stem).strip(".") or "dossier"
    target = (folder / f"{stem[:120]}.report.html").resolve()
    if target.parent != folder.resolve():
        raise UsageError(f"report name for '{source}' would leave {folder}")
    return target


def report_names(sources: list[Path], folder: Path) -> dict[Path, Path]:
    """A report path in ``folder`` for every input, none the same: "dossier.report.html",
    then "dossier-2.report.html" for the next input called dossier.pdf, in input order."""
    names: dict[Path, Path] = {}
    taken: set[Path] = set()
    for source in sources:
        target, n = report_name(source, folder), 1
        while target in taken:
            n += 1
            target = report_name(source.with_name(f"{source.stem}-{n}{source.suffix}"), folder)
        taken.add(target)
        names[source] = target
    return names


@app.command()
def report(
    files: list[Path] = typer.Argument(..., help="Proposal PDFs (or folders of them).", show_default=False),
    output: Path | None = typer.Option(None, "-o", "--output",
                                          help="The report file, or a folder for one report per input "
                                               "(default: FILE.report.html next to each PDF; markdown goes to stdout)."),
    format: ReportFormat = typer.Option(ReportFormat.html, "--format", "-f", help="html (one self-contained file) or markdown."),
    lang: Lang = typer.Option(Lang.en, "--lang", help="Language of the report: en or nl."),
    password: str | None = PASSWORD_OPTION,
    cross_check: CrossCheck = CROSS_CHECK_OPTION,
    cross_check_all: bool = CROSS_CHECK_ALL_OPTION,
    jobs: int = JOBS_OPTION,
    timeout: float = TIMEOUT_OPTION,
    max_memory: int = MAX_MEMORY_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
    debug: bool = DEBUG_OPTION,
) -> None:
    """Write the reviewer's report: findings with the numbers outlined on their page."""
    from regio.validate import check as run_check

    try:
        config = load_config()
        inputs = expand_inputs(files)
        into_folder = output is not None and (output.is_dir() or len(inputs) > 1)
        if into_folder and not output.is_dir():
            raise UsageError(f"-o: folder '{output}' does not exist")
        names = report_names([path for path, _ in inputs], output) if into_folder else {}
    except UsageError as exc:
        error_line("usage", str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    failed = False
    for outcome in read_inputs(inputs, None, password, cross_check, jobs, timeout, max_memory, debug,
                               config.aliases, max_file_size, max_pages, max_stream_size,
                               cross_check_all=cross_check_all):
        file = outcome.path
        if outcome.dossier is None:
            error_line(str(file), outcome.problem)
            failed = True
            continue
        result = run_check(outcome.dossier, select=config.select, ignore=config.ignore)
        try:
            if format == ReportFormat.markdown and not into_folder:
                from regio.report.ci import markdown

                write_output(output, lambda fh, result=result: fh.write(markdown(result)))
                continue
            if format == ReportFormat.markdown:
                from regio.report.ci import markdown

                text, target = markdown(result), names[file].with_suffix("").with_suffix(".md")
            else:
                from regio.report.html import render

                text = render(outcome.dossier, result, file, lang.value, password)
                target = names[file] if into_folder else (output or file.with_suffix(".report.html"))
            write_output(target, lambda fh, text=text: fh.write(text))
            sys.stderr.write(f"regio: wrote {target}\n")
        except UsageError as exc:
            error_line(str(file), str(exc))
            failed = True
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


@app.command()
def debug(
    file: Path = typer.Argument(..., help="A PDF file.", show_default=False),
    page: int = typer.Option(..., "--page", "-p", min=1, help="The page to draw (1-based)."),
    output: Path = typer.Option(..., "-o", "--output", help="Where to write the picture (PNG)."),
    scale: float = typer.Option(2.0, "--scale", min=0.1, max=8.0, help="Pixels per point."),
    password: str | None = PASSWORD_OPTION,
    max_file_size: float = MAX_FILE_SIZE_OPTION,
    max_pages: int = MAX_PAGES_OPTION,
    max_stream_size: float = MAX_STREAM_SIZE_OPTION,
) -> None:
    """Draw one page with what regio read on it: words, rules, fills, each table's box,
    columns, rows and header, and a legend of which reader read which table."""
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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the extraction output (a Dossier)."""
    from regio.schema import json_schema

    sys.stdout.write(json.dumps(json_schema(), indent=2) + "\n")


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


if __name__ == "__main__":
    main()
