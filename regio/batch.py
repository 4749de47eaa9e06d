"""Reading many files: each in its own worker process, with a time and memory limit, so that
a crash, a hang or a runaway file fails alone and every input still gets its line."""

from __future__ import annotations

import multiprocessing as mp
import os
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path

from regio.schema import Dossier


@dataclass
class Outcome:
    path: Path
    dossier: Dossier | None
    problem: str | None
    trace: str | None = None


@dataclass(frozen=True)
class Options:
    pages: list[int] | None = None
    password: str | None = None
    cross_check: str = "pdfplumber"
    timeout: float | None = None     # seconds per file
    memory_mb: int | None = None     # resident memory per worker
    max_file_mb: float | None = None
    max_pages: int | None = None
    max_stream_mb: float | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # extra column labels → funding-source keys
    job: str = "dossier"             # "dossier": projects, fields and tables; "tables": every table only
    cross_check_all: bool = False    # re-read every ruled page, not only the uncertain ones


def read_one(path: Path, options: Options) -> Outcome:
    """Read one file in this process (the whole dossier, or only its tables); never raises
    for a bad file."""
    from regio.extract import InputError, extract, extract_tables
    from regio.extract.settings import DEFAULT as SETTINGS
    from regio.limits import DEFAULT, Limits

    limits = Limits(max_file_mb=options.max_file_mb or DEFAULT.max_file_mb,
                    max_pages=options.max_pages or DEFAULT.max_pages,
                    max_stream_mb=options.max_stream_mb or DEFAULT.max_stream_mb)
    try:
        if options.job == "tables":
            settings = replace(SETTINGS, aliases=tuple({**SETTINGS.alias_map, **dict(options.aliases)}.items()))
            return Outcome(path, extract_tables(path, pages=options.pages, password=options.password, limits=limits,
                                                settings=settings), None)
        dossier = extract(path, pages=options.pages, password=options.password, cross_check=options.cross_check,
                          aliases=dict(options.aliases), limits=limits, cross_check_all=options.cross_check_all)
    except InputError as exc:
        return Outcome(path, None, str(exc))
    except MemoryError:
        limit = f" (limit {options.memory_mb} MB, raise it with --max-memory)" if options.memory_mb else ""
        return Outcome(path, None, f"ran out of memory{limit}")
    except Exception as exc:  # a bug or a file that defeats a library: this file fails, not the batch
        return Outcome(path, None, f"unexpected error while reading ({exc.__class__.__name__}: {exc})",
                       traceback.format_exc())
    if not any(p.tables for p in dossier.projects) and not dossier.tables:
        return Outcome(path, dossier, "no table found (no investment table, and no other table either)")
    return Outcome(path, dossier, None)


def _worker(path: Path, options: Options, conn: Connection) -> None:
    _end_with(os.getppid())
    outcome = read_one(path, options)
    conn.send((outcome.dossier.model_dump_json() if outcome.dossier else None, outcome.problem, outcome.trace))
    conn.close()


def _end_with(parent: int) -> None:
    """End this worker when its parent is gone, however it ended (a SIGKILL leaves no chance
    to end the workers): an orphan would read on past every limit with nobody to answer."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(3)

    threading.Thread(target=watch, daemon=True).start()


def read_many(paths: Iterable[Path], options: Options, jobs: int = 1,
              progress: Callable[[Path], None] | None = None) -> list[Outcome]:
    """Extract every file in worker processes, ``jobs`` at a time; results in input order."""
    queue = list(enumerate(paths))
    results: dict[int, Outcome] = {}
    running: dict[Connection, tuple[int, Path, BaseProcess, float]] = {}
    context = mp.get_context("spawn")
    while queue or running:
        while queue and len(running) < max(1, jobs):
            index, path = queue.pop(0)
            parent, child = context.Pipe(duplex=False)
            process: BaseProcess = context.Process(target=_worker, args=(path, options, child), daemon=True)
            process.start()
            child.close()
            running[parent] = (index, path, process, time.monotonic())
        ready = wait(list(running), timeout=0.1)
        now = time.monotonic()
        for conn in list(running):
            index, path, process, started = running[conn]
            outcome = None
            if conn in ready:
                try:
                    dossier_json, problem, trace = conn.recv()
                    dossier = Dossier.model_validate_json(dossier_json) if dossier_json else None
                    outcome = Outcome(path, dossier, problem, trace)
                except (EOFError, OSError):
                    process.join(1)
                    outcome = Outcome(path, None, _death(process.exitcode, options))
            elif options.timeout and now - started > options.timeout:
                process.kill()
                outcome = Outcome(path, None, f"took longer than {options.timeout:g} s (raise the limit with --timeout)")
            elif options.memory_mb and _resident_mb(process.pid) > options.memory_mb:
                process.kill()
                outcome = Outcome(path, None, f"used more than {options.memory_mb} MB of memory "
                                              "(raise the limit with --max-memory)")
            if outcome is None:
                continue
            process.join(1)
            conn.close()
            del running[conn]
            results[index] = outcome
            if progress:
                progress(path)
    return [results[i] for i in sorted(results)]


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


def _death(exitcode: int | None, options: Options) -> str:
    if exitcode is not None and exitcode < 0:
        return f"the reader crashed on this file (signal {-exitcode})"
    return f"the reader stopped without a result (exit code {exitcode})"
