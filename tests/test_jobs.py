"""One long file read by several processes, each a run of its pages: the same output as one."""

import os
import signal
import subprocess
import sys

import pytest
from conftest import SAMPLES

from regio.forks import CAN_FORK, ChildDied, in_forks, in_parts

needs_fork = pytest.mark.skipif(not CAN_FORK, reason="runs of pages are read in forked processes")


def test_runs_of_pages_are_in_order_near_equal_and_never_too_short():
    pages = list(range(1, 101))
    if CAN_FORK:
        assert [len(run) for run in in_parts(pages, 3, 24)] == [34, 33, 33]
        assert [len(run) for run in in_parts(pages, 8, 24)] == [25, 25, 25, 25]
    assert [run for run in in_parts(pages, 3, 24) for run in run] == pages
    assert in_parts(pages[:30], 2, 24) == [pages[:30]]
    assert in_parts([], 2, 24) == [[]]


@needs_fork
def test_every_work_but_the_first_runs_in_a_process_of_its_own():
    pids = in_forks([os.getpid, os.getpid, os.getpid])
    assert pids[0] == os.getpid()
    assert len(set(pids)) == 3


@needs_fork
def test_a_childs_exception_is_raised_in_the_parent_and_a_dead_child_is_named():
    def fails() -> None:
        raise ValueError("page 7 is odd")

    with pytest.raises(ValueError, match="page 7 is odd"):
        in_forks([lambda: 1, fails])
    with pytest.raises(ChildDied, match=f"exit code -{signal.SIGKILL}"):
        in_forks([lambda: 1, lambda: os.kill(os.getpid(), signal.SIGKILL)])


@needs_fork
def test_a_long_file_gives_the_same_output_with_one_job_and_with_two(tmp_path):
    """Two dossiers bound into one file of 75 pages: read in two runs of pages (and its
    tables too), the extraction and the check print the same bytes as read in one."""
    import pypdfium2 as pdfium

    bundle = pdfium.PdfDocument.new()
    for name in ("twente-word", "twente-web"):
        bundle.import_pages(pdfium.PdfDocument(SAMPLES / f"{name}.pdf"))
    bundle.save(tmp_path / "bundle.pdf")

    def regio(*args: str) -> str:
        done = subprocess.run([sys.executable, "-m", "regio.cli", *args, str(tmp_path / "bundle.pdf")],
                              capture_output=True, text=True, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        return done.stdout

    for command in (["extract", "--cross-check", "none"], ["check", "--format", "json"]):
        one, two = regio(*command, "--jobs", "1"), regio(*command, "--jobs", "2")
        assert one == two
        assert "Talent Halen, Opleiden en Houden" in one
