"""The worker-process reader: every input comes back, in order, whatever happens to a worker."""

import os
from pathlib import Path

from conftest import SAMPLES
from regio.extract import extract
from regio.batch import ReadOptions, _death, _resident_mb, read_many
from regio.limits import Limits


def test_a_crashed_worker_is_reported_with_its_signal():
    assert _death(-11) == "the reader crashed on this file (signal 11)"
    assert "exit code 3" in _death(3)
    assert "more than 300 MB of memory" in _death(-6, Limits(max_memory_mb=300))  # pdfium's end at the ceiling
    assert _death(-6, Limits(max_memory_mb=0)) == "the reader crashed on this file (signal 6)"


def test_resident_memory_is_read_for_live_processes_only():
    assert _resident_mb(os.getpid()) > 10
    assert _resident_mb(None) == 0.0


def test_read_many_keeps_the_input_order_and_reports_every_file(tmp_path):
    missing = tmp_path / "missing.pdf"
    files = [SAMPLES / "twente-web.pdf", missing, SAMPLES / "twente-word.pdf"]
    outcomes = read_many(files, ReadOptions(cross_check="none", jobs=2, limits=Limits(timeout=120)))
    assert [o.path for o in outcomes] == files
    assert [o.reason for o in outcomes] == [None, "no such file", None]
    assert [len(o.dossier.projects) for o in outcomes if o.dossier] == [11, 11]
    assert isinstance(outcomes[0].path, Path)


def test_workers_end_when_their_parent_is_killed(tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    from pypdf import PdfReader, PdfWriter

    from conftest import SAMPLES

    writer = PdfWriter()
    for _ in range(10):
        writer.append(PdfReader(str(SAMPLES / "twente-word.pdf")))
    with open(tmp_path / "long.pdf", "wb") as fh:
        writer.write(fh)
    parent = subprocess.Popen([sys.executable, "-m", "regio.cli", "extract", str(tmp_path / "long.pdf"),
                               str(tmp_path / "long.pdf"), "--jobs", "2", "-o", str(tmp_path / "out.json")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def children() -> list[int]:
        found = []
        for entry in os.listdir("/proc"):
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    if int(fh.read().rsplit(")", 1)[1].split()[1]) == parent.pid:
                        found.append(int(entry))
            except (OSError, ValueError, IndexError):
                continue
        return found

    deadline = time.monotonic() + 30
    while not children() and time.monotonic() < deadline:
        time.sleep(0.1)
    workers = children()
    assert workers, "the batch started no worker"
    time.sleep(1)  # the workers are reading
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    time.sleep(1.5)

    def running(pid: int) -> bool:
        try:
            with open(f"/proc/{pid}/stat") as fh:
                return fh.read().rsplit(")", 1)[1].split()[0] != "Z"
        except OSError:
            return False

    assert [pid for pid in workers if running(pid)] == []


def test_a_worker_cannot_allocate_past_its_address_space_ceiling():
    """The hard limit under the parent's watch: one allocation larger than what is left of
    the allowance fails at once, however quickly it comes."""
    import subprocess
    import sys

    probe = ("from regio.batch import _cap_address_space\n"
             "_cap_address_space(300)\n"
             "try:\n"
             "    bytearray(320 * 2**20)\n"
             "except MemoryError:\n"
             "    print('refused')\n"
             "bytearray(100 * 2**20)\n"
             "print('within')\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.split() == ["refused", "within"], done.stderr


def test_checks_run_in_the_worker_and_find_what_checking_here_finds():
    from regio.batch import read_one

    options = ReadOptions(cross_check="none", limits=Limits(timeout=120), checks=(("RD1",), ()))
    [in_worker] = read_many([SAMPLES / "twente-word.pdf"], options)
    here = read_one(SAMPLES / "twente-word.pdf", options)
    assert in_worker.findings and {f.code[:3] for f in in_worker.findings} == {"RD1"}
    assert [f.fingerprint for f in in_worker.findings] == [f.fingerprint for f in here.findings]
    assert in_worker.findings[0].file == str(SAMPLES / "twente-word.pdf")
    # The dossier comes back as its outline, in the worker and here: the warnings, each table's
    # columns and the kinds of row it has, not the text and cells the checks have already read.
    full = extract(SAMPLES / "twente-word.pdf", cross_check="none")
    for outline in (in_worker.dossier, here.dossier):
        assert [p.title for p in outline.projects] == [p.title for p in full.projects]
        assert outline.warnings == full.warnings
        assert not any(p.fields or any(t.rows for t in p.tables) for p in outline.projects)
        assert [[c.label for c in t.columns] for p in outline.projects for t in p.tables] == \
            [[c.label for c in t.columns] for p in full.projects for t in p.tables]
        assert [[r.kind for r in t.rows] for t in outline.tables] == \
            [list(dict.fromkeys(r.kind for r in t.rows)) for t in full.tables]
        assert not any(r.cells or r.label for t in outline.tables for r in t.rows)


class _Pipe:
    """Both ends of a worker's pipe, in this process."""

    def __init__(self):
        self.messages = []

    def send(self, message):
        self.messages.append(message)

    def recv(self):
        return self.messages.pop(0)


def test_a_dossier_goes_back_from_its_worker_in_parts_of_about_a_megabyte():
    from regio.batch import _answer, _Parts, _reply, read_one

    options = ReadOptions(cross_check="none")
    result = read_one(SAMPLES / "twente-word.pdf", options)
    pipe = _Pipe()
    _reply(pipe, result, options)
    kinds = [message[0] for message in pipe.messages]
    assert kinds == ["part"] * (len(kinds) - 1) + ["result"] and len(kinds) >= 3  # the sample's JSON is 1.25 MB
    assert max(len(message[1]) for message in pipe.messages[:-1]) < 2 * _Parts.SIZE
    back = _answer(pipe, result.path, None, Limits())
    assert back.status == "ok" and back.dossier == result.dossier


def test_a_worker_out_of_memory_as_it_sends_its_dossier_says_so(monkeypatch):
    from regio import export
    from regio.batch import _answer, _reply, read_one

    def exhausted(record, out):
        out.write("{" + " " * (2 << 20))  # a part is sent before the memory runs out
        raise MemoryError

    options = ReadOptions(cross_check="none", limits=Limits(max_memory_mb=300))
    result = read_one(SAMPLES / "twente-word.pdf", options)
    monkeypatch.setattr(export, "write_model_json", exhausted)
    pipe = _Pipe()
    _reply(pipe, result, options)
    assert [message[0] for message in pipe.messages] == ["part", "result"]
    back = _answer(pipe, result.path, None, options.limits)
    assert (back.status, back.dossier, back.trace) == ("unreadable", None, None)
    assert back.reason == "ran out of memory (limit 300 MB, raise it with --max-memory)"


def test_one_files_json_written_window_by_window_is_the_dossiers_json(tmp_path):
    """`regio extract` writes one file's JSON as each window of its pages is read and keeps
    only the dossier's outline: the same bytes as the whole dossier written at once."""
    from io import StringIO

    from regio.batch import read_one
    from regio.export import write_model_json

    limits = Limits(window_pages=10, timeout=0, max_memory_mb=0)
    dossier = extract(SAMPLES / "twente-word.pdf", cross_check="none", limits=limits)
    whole = StringIO()
    write_model_json(dossier, whole)
    result = read_one(SAMPLES / "twente-word.pdf", ReadOptions(cross_check="none", limits=limits,
                                                              spool=tmp_path / "dossier.json"))
    assert result.spooled is not None and result.spooled.read_text(encoding="utf-8") == whole.getvalue()
    assert result.dossier is not None and len(result.dossier.projects) == 11
    assert not any(t.rows for p in result.dossier.projects for t in p.tables)  # the outline only
    assert result.cells == sum(len(r.cells) for p in dossier.projects for t in p.tables for r in t.rows) > 0
