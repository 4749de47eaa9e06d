"""The worker-process reader: every input comes back, in order, whatever happens to a worker."""

import os
from pathlib import Path

from conftest import SAMPLES
from regio.batch import Options, _death, _resident_mb, read_many


def test_a_crashed_worker_is_reported_with_its_signal():
    assert _death(-11, Options()) == "the reader crashed on this file (signal 11)"
    assert "exit code 3" in _death(3, Options())


def test_resident_memory_is_read_for_live_processes_only():
    assert _resident_mb(os.getpid()) > 10
    assert _resident_mb(None) == 0.0


def test_read_many_keeps_the_input_order_and_reports_every_file(tmp_path):
    missing = tmp_path / "missing.pdf"
    files = [SAMPLES / "twente-web.pdf", missing, SAMPLES / "twente-word.pdf"]
    outcomes = read_many(files, Options(cross_check="none", timeout=120), jobs=2)
    assert [o.path for o in outcomes] == files
    assert [o.problem for o in outcomes] == [None, "no such file", None]
    assert [len(o.dossier.projects) for o in outcomes if o.dossier] == [11, 11]
    assert isinstance(outcomes[0].path, Path)
