"""Work shared out over forked child processes, for the stages of one long file that read
page by page. A forked child starts with its parent's memory (the open document, every
page read so far) at no cost, so only its result travels back; where fork does not exist
the work runs here, one part after the other, with the same result."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from multiprocessing import Pipe
from multiprocessing.connection import Connection
from typing import TypeVar, cast

T = TypeVar("T")
S = TypeVar("S")

CAN_FORK = hasattr(os, "fork")


class ChildDied(RuntimeError):
    """A child process ended without sending its result (a crash, or a memory ceiling)."""


def in_parts(items: Sequence[S], jobs: int, smallest: int) -> list[Sequence[S]]:
    """``items`` in up to ``jobs`` runs of near-equal length, in order, none shorter than
    ``smallest``: a fork costs more than reading a few pages."""
    count = max(1, min(jobs if CAN_FORK else 1, len(items) // max(1, smallest)))
    size, extra = divmod(len(items), count)
    bounds = [i * size + min(i, extra) for i in range(count + 1)]
    return [items[bounds[i]:bounds[i + 1]] for i in range(count)]


def in_forks(works: Sequence[Callable[[], T]]) -> list[T]:
    """The result of every work, in order: the first done here, each other in a forked child
    of its own meanwhile. A child's exception is raised here; a child that died, ChildDied."""
    if len(works) > 1 and not CAN_FORK:
        return [work() for work in works]
    children: dict[int, Connection] = {}
    try:
        for work in works[1:]:
            pid, receive = _fork(work)
            children[pid] = receive
        results = [works[0]()] if works else []
        while children:
            pid = next(iter(children))
            results.append(cast(T, _result(pid, children.pop(pid))))
        return results
    finally:
        for pid, receive in children.items():  # left behind by an exception: not wanted any more
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            receive.close()


def _fork(work: Callable[[], object]) -> tuple[int, Connection]:
    """A child process doing ``work``, by a bare fork: a batch's daemonic worker may not start
    multiprocessing children."""
    parent = os.getpid()
    receive, send = Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:
        try:
            receive.close()
            _run(work, send, parent)
        finally:
            os._exit(0)  # the parent's exit handlers and buffers are the parent's
    send.close()
    return pid, receive


def _run(work: Callable[[], object], send: Connection, parent: int) -> None:
    end_with(parent)
    try:
        outcome: tuple[bool, object] = (True, work())
    except BaseException as exc:  # the parent raises it, as if the work had run there
        outcome = (False, exc)
    try:
        send.send(outcome)
    except Exception as exc:  # an exception that cannot be pickled still tells its story
        send.send((False, ChildDied(f"{outcome[1].__class__.__name__}: {outcome[1]} ({exc})")))
    send.close()


def _result(pid: int, receive: Connection) -> object:
    try:
        done, value = receive.recv()
    except (EOFError, OSError):
        _, status = os.waitpid(pid, 0)
        raise ChildDied(f"a reading process ended unexpectedly (exit code {os.waitstatus_to_exitcode(status)})") from None
    finally:
        receive.close()
    os.waitpid(pid, 0)
    if not done:
        raise value
    return value


def end_with(parent: int) -> None:
    """End this process when its parent is gone, however it ended (a SIGKILL leaves no chance
    to end the children): an orphan would read on past every limit with nobody to answer."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.2)
        os._exit(3)

    threading.Thread(target=watch, daemon=True).start()
