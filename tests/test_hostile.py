"""Broken and hostile PDFs made by tests/corpus/make_corpus.py: one clear line each, the
right exit code, no traceback, and a batch that loses none of them."""

import json
import subprocess
import sys
import time

import pytest

from conftest import SAMPLES

sys.path.insert(0, str(SAMPLES.parent / "tests" / "corpus"))
from make_corpus import make_corpus  # noqa: E402

REASONS = {
    "empty.pdf": "empty file", "text.pdf": "not a PDF", "page.pdf": "not a PDF", "header-only.pdf": "damaged PDF", "no-pages.pdf": "PDF has no pages",
    "random-after-header.pdf": "damaged PDF", "flipped.pdf": "damaged PDF", "truncated.pdf": "damaged PDF",
    "encrypted.pdf": "password required", "scan.pdf": "run OCR first",
    "blank-pages.pdf": "more than the limit of 2000 (raise it with --max-pages)",
    "tiny-pages.pdf": "more than the limit of 2000 (raise it with --max-pages)",
    "stream-bomb.pdf": "raise the limit with --max-stream-size",
    "letter.pdf": "no investment table", "deep-nesting.pdf": "no investment table",
    "cyclic-pages.pdf": "no investment table",
    "xfa-form.pdf": "an XFA form",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    make_corpus(folder)
    return folder


def regio(*args):
    started = time.monotonic()
    result = subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)], capture_output=True, text=True,
                            timeout=120)
    return result, time.monotonic() - started


@pytest.mark.parametrize("name", sorted(REASONS))
def test_each_bad_file_gets_one_line_and_exit_2(corpus, name):
    result, seconds = regio("extract", corpus / name)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"regio: error: {corpus / name}: ") and REASONS[name] in line
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert seconds < 60


@pytest.mark.parametrize("name", ["letter.pdf", "cyclic-pages.pdf"])
def test_check_reports_a_readable_file_without_tables_as_a_finding(corpus, name):
    result, _ = regio("check", corpus / name, "--format", "json")
    assert result.returncode == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["RD001"]


def test_password_opens_the_encrypted_file(corpus):
    result, _ = regio("extract", corpus / "encrypted.pdf", "--password", "geheim")
    assert result.returncode == 2 and "no investment table" in result.stderr  # opened and read: it has no table
    assert "password" not in result.stderr


def test_a_proposal_without_headings_is_still_read(corpus):
    result, _ = regio("check", corpus / "proposal.pdf", "--format", "json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["tables"] == 1


def test_limits_can_be_raised(corpus):
    result, _ = regio("extract", corpus / "tiny-pages.pdf", "--max-pages", "30000", "--cross-check", "none")
    assert result.returncode == 2 and "no investment table" in result.stderr


def test_a_batch_of_every_bad_file_and_the_sample_loses_nothing(corpus):
    files = sorted(corpus.glob("*.pdf")) + [SAMPLES / "twente-word.pdf"]
    result, _ = regio("check", *files, "--jobs", "2", "--format", "json")
    assert result.returncode == 2
    listed = json.loads(result.stdout)["files"]
    assert [f["file"] for f in listed] == [str(f) for f in files]
    assert listed[-1]["status"] == "checked" and listed[-1]["errors"] == 7
    assert "Traceback" not in result.stderr


def test_a_runaway_file_is_stopped_by_the_memory_limit(corpus):
    result, seconds = regio("extract", corpus / "stream-bomb.pdf", "--max-stream-size", "1000", "--max-memory", "300")
    assert result.returncode == 2
    assert "used more than 300 MB of memory (raise the limit with --max-memory)" in result.stderr
    assert seconds < 60


def test_same_input_same_bytes():
    first, _ = regio("extract", SAMPLES / "twente-web.pdf")
    second, _ = regio("extract", SAMPLES / "twente-web.pdf")
    assert first.returncode == 0 and first.stdout == second.stdout
    a, _ = regio("check", SAMPLES / "twente-web.pdf", "--format", "json")
    b, _ = regio("check", SAMPLES / "twente-web.pdf", "--format", "json")
    assert a.stdout == b.stdout
