"""Limits that keep one hostile file from exhausting the machine, with their defaults."""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_file_mb: float = 200      # --max-file-size
    max_pages: int = 2000         # --max-pages
    max_stream_mb: float = 256    # --max-stream-size: any one stream, once inflated
    timeout: float = 300          # --timeout: seconds per file
    max_memory_mb: int = 1024     # --max-memory: resident memory per file (per process reading it)
    processes: int = 1            # --jobs: the processes one file is read by, each a run of its pages
    # A longer file is read a window of this many pages at a time (regio.extract.windows), so
    # that its reading holds about as much memory however long it is.
    window_pages: int = 100


DEFAULT = Limits()

_STREAM = re.compile(rb"stream\r?\n")
_ENDSTREAM = re.compile(rb"endstream")


def check_file(data: bytes, limits: Limits) -> None:
    """Refuse a file that is too large, or holds a stream that inflates beyond the limit,
    before any PDF library inflates it."""
    from regio.extract.pdf import InputError  # here, not above: the command line reads the defaults at start-up

    if len(data) > limits.max_file_mb * MB:
        raise InputError(f"file is {len(data) / MB:.0f} MB, more than the limit of {limits.max_file_mb:g} MB "
                         "(raise it with --max-file-size)")
    budget = int(limits.max_stream_mb * MB)
    for start in _stream_starts(data):
        end = _ENDSTREAM.search(data, start)
        chunk = data[start: end.start() if end else len(data)]
        if _inflated_size(chunk, budget) > budget:
            raise InputError(f"a stream inflates to more than {limits.max_stream_mb:g} MB (a compression bomb?); "
                             "raise the limit with --max-stream-size")


def _stream_starts(data: bytes):
    for m in _STREAM.finditer(data):
        # The dictionary in front says whether the stream is Flate-compressed.
        head = data[max(0, m.start() - 512): m.start()]
        if b"FlateDecode" in head[head.rfind(b"<<"):] if b"<<" in head else False:
            yield m.end()


def _inflated_size(chunk: bytes, budget: int) -> int:
    """Inflate in pieces and stop as soon as the budget is passed; damaged data counts as
    what it inflated to so far (the PDF library will complain about it in its own words)."""
    inflater = zlib.decompressobj()
    size = 0
    data = chunk
    try:
        while data and size <= budget and not inflater.eof:
            before = len(data)
            size += len(inflater.decompress(data, MB))
            data = inflater.unconsumed_tail
            if len(data) == before and before:
                break  # no progress: whatever follows is not deflate data
    except zlib.error:
        pass
    return size


def check_pages(count: int, limits: Limits) -> None:
    from regio.extract.pdf import InputError

    if count > limits.max_pages:
        raise InputError(f"file has {count} pages, more than the limit of {limits.max_pages} "
                         "(raise it with --max-pages)")
