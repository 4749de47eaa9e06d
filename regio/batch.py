"""Reading many files: each in its own worker process, with a time and memory limit, so that
a crash, a hang or a runaway file fails alone and every input still gets its line."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from regio.forks import end_with
from regio.limits import DEFAULT, Limits
from regio.schema import Dossier

if TYPE_CHECKING:
    from regio.report.formats import Review
    from regio.validate import Summary
    from regio.validate.findings import Finding

Status = Literal["ok", "unreadable", "no_tables"]
T = TypeVar("T")


@dataclass
class FileResult:
    """What reading one input gave: its dossier ("ok"), a dossier without a single table
    ("no_tables": a finding for `regio check`, an input error for `regio extract`), or no
    dossier at all ("unreadable"). A file checked in a worker comes back with its dossier's
    outline (see Dossier.outline): the checks have read the rest there."""

    path: Path
    status: Status
    dossier: Dossier | None = None
    reason: str | None = None  # why the file is unreadable or holds no table
    trace: str | None = None   # the traceback of an unexpected failure, shown with --debug
    findings: list[Finding] | None = None  # when checks were asked for: the dossier's findings
    rendered: str | None = None  # when a report was asked for: the report
    summary: Summary | None = None  # when checks were asked for: what they summed up (read once, it is dear)
    # Where the dossier's JSON was written as it was read (ReadOptions.spool): then ``dossier``
    # is its outline, and ``cells`` how many cells its projects' tables hold.
    spooled: Path | None = None
    cells: int | None = None

    @property
    def ok_dossier(self) -> Dossier | None:
        """The dossier of an input read whole; None for one unreadable or without tables."""
        return self.dossier if self.status == "ok" else None


@dataclass(frozen=True)
class ReadOptions:
    """How the commands that read PDFs read each file, and within which limits."""

    pages: list[int] | None = None
    password: str | None = None
    cross_check: str = "pdfplumber"
    cross_check_all: bool = False    # re-read every ruled page, not only the uncertain ones
    jobs: int = 1                    # files read at once, each in a worker process
    limits: Limits = DEFAULT         # a timeout or memory limit of 0 is no limit
    debug: bool = False              # show the traceback of a file that failed unexpectedly
    aliases: tuple[tuple[str, str], ...] = ()  # extra column labels → funding-source keys
    job: Literal["dossier", "tables"] = "dossier"  # projects, fields and tables, or every table only
    # The rules to select and to ignore, to check each dossier where it is read: under the
    # same time and memory limit, since a hostile table can make checking costly too.
    checks: tuple[tuple[str, ...], tuple[str, ...]] | None = None
    # The report format and language to render each checked dossier in, in its worker too
    # (page crops render the PDF's pages).
    report: tuple[str, str] | None = None
    # Where to write the dossier's JSON as each window of pages is read, keeping only its
    # outline: one long file's extraction in memory as flat as its check's.
    spool: Path | None = None


def read_one(path: Path, options: ReadOptions) -> FileResult:
    """Read one file in this process (the whole dossier, or only its tables), and check it if
    ``options.checks`` asks; never raises for a bad file."""
    from regio.extract import cyclic_gc_paused

    with cyclic_gc_paused():
        return _read_and_check(path, options)


def _read_and_check(path: Path, options: ReadOptions) -> FileResult:
    if options.checks is not None and options.report is None and options.job == "dossier":
        return _checked_in_parts(path, options)
    if options.spool is not None and options.checks is None and options.job == "dossier":
        return _spooled(path, options.spool, options)
    result = _read(path, options)
    if options.checks is None or result.dossier is None:
        return result
    from regio.report.formats import Review
    from regio.validate import check

    select, ignore = options.checks
    result.dossier.file = str(path)  # findings name the file as it was given: CI needs the repository path
    try:
        checked = check(result.dossier, select=list(select), ignore=list(ignore))
        result.findings, result.summary = checked.findings, checked.summary
        if options.report is not None:
            result.rendered = _rendered(Review(result.dossier, checked, path, options.report[1], options.password),
                                        options.report[0])
    except Exception as exc:  # a bug the file brings out: this file fails, not the batch
        return FileResult(path, "unreadable", reason=f"unexpected error while checking ({exc.__class__.__name__}: {exc})",
                          trace=traceback.format_exc())
    return result


def _checked_in_parts(path: Path, options: ReadOptions) -> FileResult:
    """The findings on one file, each part of it checked as it is read (see
    regio.validate.check_parts): what comes back is the dossier's outline."""
    from regio.extract import extract_in_parts
    from regio.validate import check_parts

    def named(parts: Iterable[Dossier]) -> Iterator[Dossier]:
        for part in parts:
            part.file = str(path)  # findings name the file as it was given: CI needs the repository path
            yield part

    select, ignore = options.checks or ((), ())
    result = _reading(path, options, lambda: check_parts(named(extract_in_parts(
        path, pages=options.pages, password=options.password, cross_check=options.cross_check,
        aliases=dict(options.aliases), limits=options.limits, cross_check_all=options.cross_check_all)),
        select=list(select), ignore=list(ignore)))
    if isinstance(result, FileResult):
        return result
    checked, outline = result
    found = _with_tables(path, outline)
    found.findings, found.summary = checked.findings, checked.summary
    return found


def _spooled(path: Path, spool: Path, options: ReadOptions) -> FileResult:
    """The dossier's JSON written to ``spool`` window by window (see export.write_parts_json)."""
    from regio.export import write_parts_json
    from regio.extract import extract_in_parts

    def read() -> tuple[Dossier, int]:
        with spool.open("w", encoding="utf-8") as out:
            return write_parts_json(extract_in_parts(
                path, pages=options.pages, password=options.password, cross_check=options.cross_check,
                aliases=dict(options.aliases), limits=options.limits, cross_check_all=options.cross_check_all), out)

    result = _reading(path, options, read)
    if isinstance(result, FileResult):
        return result
    outline, cells = result
    return replace(_with_tables(path, outline), spooled=spool, cells=cells)


def _rendered(review: Review, fmt: str) -> str:
    from io import StringIO

    from regio.report.formats import REPORT

    out = StringIO()
    REPORT[fmt].render(review, out)
    return out.getvalue()


def _read(path: Path, options: ReadOptions) -> FileResult:
    from regio.extract import extract, extract_tables
    from regio.extract.settings import DEFAULT as SETTINGS

    if options.job == "tables":
        settings = replace(SETTINGS, aliases=tuple({**SETTINGS.alias_map, **dict(options.aliases)}.items()))
        tables = _reading(path, options, lambda: extract_tables(path, pages=options.pages, password=options.password,
                                                                limits=options.limits, settings=settings))
        return tables if isinstance(tables, FileResult) else FileResult(path, "ok", tables)
    dossier = _reading(path, options, lambda: extract(
        path, pages=options.pages, password=options.password, cross_check=options.cross_check,
        aliases=dict(options.aliases), limits=options.limits, cross_check_all=options.cross_check_all))
    return dossier if isinstance(dossier, FileResult) else _with_tables(path, dossier)


def _with_tables(path: Path, dossier: Dossier) -> FileResult:
    if not any(p.tables for p in dossier.projects) and not dossier.tables:
        return FileResult(path, "no_tables", dossier, "no table found (no investment table, and no other table either)")
    return FileResult(path, "ok", dossier)


def _reading(path: Path, options: ReadOptions, read: Callable[[], T]) -> T | FileResult:
    """What ``read`` gives, or the file's failure: this file fails, not the batch."""
    from regio.extract import InputError

    try:
        return read()
    except InputError as exc:
        return FileResult(path, "unreadable", reason=str(exc))
    except MemoryError:
        return FileResult(path, "unreadable", reason=_out_of_memory(options.limits))
    except Exception as exc:  # a bug or a file that defeats a library
        return FileResult(path, "unreadable", reason=f"unexpected error while reading ({exc.__class__.__name__}: {exc})",
                          trace=traceback.format_exc())


def _out_of_memory(limits: Limits) -> str:
    memory = limits.max_memory_mb
    return "ran out of memory" + (f" (limit {memory} MB, raise it with --max-memory)" if memory else "")


def _worker(path: Path, options: ReadOptions, conn: Connection) -> None:
    end_with(os.getppid())
    import regio.extract.pdfium_layout  # noqa: F401  the reader's own code counts before the ceiling
    import regio.validate  # noqa: F401

    _cap_address_space(options.limits.max_memory_mb, generous=options.cross_check == "camelot")
    _reply(conn, read_one(path, options), options)
    conn.close()


def _reply(conn: Connection, result: FileResult, options: ReadOptions) -> None:
    """Send the result; a failure to send it is the file's, in one line, not a traceback."""
    try:
        _send(conn, result, options)
    except MemoryError:
        conn.send(("result", "unreadable", False, _out_of_memory(options.limits), None, None, None, None, None, None))
    except Exception as exc:
        conn.send(("result", "unreadable", False, f"unexpected error while sending the result ({exc.__class__.__name__}: "
                   f"{exc})", traceback.format_exc(), None, None, None, None, None))


def _send(conn: Connection, result: FileResult, options: ReadOptions) -> None:
    """The result down the pipe: the dossier's JSON in parts, then the rest. A long dossier's
    JSON whole (and pydantic's copy of it) would cost as much memory again as its records,
    past the worker's ceiling."""
    from regio.export import write_model_json

    dossier = result.dossier if options.checks is None or result.dossier is None else result.dossier.outline()
    if dossier is not None:
        parts = _Parts(conn)
        write_model_json(dossier, parts)
        parts.flush()
    findings = None if result.findings is None else _findings_adapter().dump_json(result.findings).decode()
    conn.send(("result", result.status, dossier is not None, result.reason, result.trace, findings, result.rendered,
               result.summary.model_dump_json() if result.summary else None, result.spooled, result.cells))


class _Parts:
    """Text written down a pipe in parts of about a megabyte."""

    SIZE = 1 << 20

    def __init__(self, conn: Connection):
        self.conn = conn
        self.held: list[str] = []
        self.size = 0

    def write(self, text: str) -> None:
        self.held.append(text)
        self.size += len(text)
        if self.size >= self.SIZE:
            self.flush()

    def flush(self) -> None:
        if self.held:
            self.conn.send(("part", "".join(self.held)))
            self.held, self.size = [], 0


def _summary_of(summary_json: str | None) -> Summary | None:
    from regio.validate import Summary

    return Summary.model_validate_json(summary_json) if summary_json else None


def _findings_adapter():
    from pydantic import TypeAdapter

    from regio.validate.findings import Finding

    return TypeAdapter(list[Finding])


def _cap_address_space(max_memory_mb: int, generous: bool = False) -> None:
    """A hard ceiling under the parent's watch of resident memory, which looks ten times a
    second: past it an allocation fails at once (a MemoryError in Python; in pdfium the
    worker ends), however fast a stream inflates between two looks. The reader maps about
    as much address space as it touches, so the ceiling is what is mapped now plus what is
    left of the allowance; OpenCV (the camelot cross-check) reserves stacks and arenas for
    every core, so with it the ceiling is twice the allowance and more."""
    if not max_memory_mb:
        return
    try:
        import resource
    except ImportError:  # not on Windows: the parent's watch is the limit there
        return
    mapped, resident = _vm_mb("VmSize"), _vm_mb("VmRSS")
    # A few MB under the allowance: a worker stopped there must not have passed it (its last
    # allocations can touch some pages mapped before the ceiling was set).
    ceiling_mb = 2 * max_memory_mb + 256 if generous or not mapped else mapped + max(max_memory_mb - resident - 8, 64)
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    ceiling = int(ceiling_mb * 2**20)
    resource.setrlimit(resource.RLIMIT_AS, (ceiling if hard == resource.RLIM_INFINITY else min(ceiling, hard), hard))


def _vm_mb(field: str) -> float:
    """This process's mapped (VmSize) or resident (VmRSS) memory (Linux); 0 where unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            return next((int(line.split()[1]) / 1024 for line in fh if line.startswith(field + ":")), 0.0)
    except (OSError, ValueError):
        return 0.0


def read_many(paths: Iterable[Path], options: ReadOptions,
              progress: Callable[[Path], None] | None = None) -> list[FileResult]:
    """Extract every file in worker processes, ``options.jobs`` at a time; results in input order.
    The processes that fewer files than jobs leave spare read each file's pages in runs."""
    queue = list(enumerate(paths))
    processes = max(1, options.jobs // max(1, min(options.jobs, len(queue))))
    within = replace(options, limits=replace(options.limits, processes=processes))
    results: dict[int, FileResult] = {}
    running: dict[Connection, tuple[int, Path, BaseProcess, float]] = {}
    context = mp.get_context("spawn")
    while queue or running:
        while queue and len(running) < max(1, options.jobs):
            index, path = queue.pop(0)
            parent, child = context.Pipe(duplex=False)
            process: BaseProcess = context.Process(target=_worker, args=(path, within, child), daemon=True)
            process.start()
            child.close()
            running[parent] = (index, path, process, time.monotonic())
        ready = wait(list(running), timeout=0.1)
        for conn in list(running):
            index, path, process, started = running[conn]
            if conn in ready:
                result: FileResult | None = _answer(conn, path, process, options.limits)
            else:
                result = _overrun(path, process, started, options.limits)
            if result is None:
                continue
            process.join(1)
            conn.close()
            del running[conn]
            results[index] = result
            if progress:
                progress(path)
    return [results[i] for i in sorted(results)]


def _answer(conn: Connection, path: Path, process: BaseProcess, limits: Limits) -> FileResult:
    """The result a worker sent, or why it sent none."""
    parts = []
    try:
        while (message := conn.recv())[0] == "part":
            parts.append(message[1])
    except (EOFError, OSError):
        process.join(1)
        return FileResult(path, "unreadable", reason=_death(process.exitcode, limits))
    _, status, sent, reason, trace, findings_json, rendered, summary_json, spooled, cells = message
    from regio.extract import cyclic_gc_paused

    text = "".join(parts)
    parts.clear()  # not held twice while the records are built
    # The cycle collector would scan the growing dossier again and again as it is built: a
    # 3,200-page dossier took 17 s to read back instead of 2.
    with cyclic_gc_paused():
        dossier = Dossier.model_validate_json(text) if sent else None
        findings = _findings_adapter().validate_json(findings_json) if findings_json is not None else None
        summary = _summary_of(summary_json)
    return FileResult(path, status, dossier, reason, trace, findings, rendered, summary, spooled, cells)


def _overrun(path: Path, process: BaseProcess, started: float, limits: Limits) -> FileResult | None:
    """End a worker past its time or memory limit (a limit of 0 is none); None while it is within them."""
    if limits.timeout and time.monotonic() - started > limits.timeout:
        process.kill()
        return FileResult(path, "unreadable", reason=f"took longer than {limits.timeout:g} s (raise the limit with --timeout)")
    if limits.max_memory_mb and _resident_mb(process.pid) > limits.max_memory_mb:
        process.kill()
        return FileResult(path, "unreadable", reason=f"used more than {limits.max_memory_mb} MB of memory "
                                                     "(raise the limit with --max-memory)")
    return None


def _resident_mb(pid: int | None) -> float:
    """Resident memory of a worker (Linux /proc); 0 where it cannot be read."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _death(exitcode: int | None, limits: Limits = DEFAULT) -> str:
    if exitcode == -signal.SIGABRT and limits.max_memory_mb:
        # pdfium aborts when an allocation fails, as it does at the address-space ceiling.
        return (f"stopped at its memory ceiling: used more than {limits.max_memory_mb} MB of memory "
                "(raise the limit with --max-memory)")
    if exitcode is not None and exitcode < 0:
        return f"the reader crashed on this file (signal {-exitcode})"
    return f"the reader stopped without a result (exit code {exitcode})"
