"""Attacks on regio itself, made by tests/corpus/attacks.py. Each runs in a batch with a good
dossier under limits given on the command line, and must give the exit code as documented, one
line for each file that fails, no traceback, every finding of the good dossier, and keep the
wall time and the memory of the whole process tree (regio and its workers) within the limits."""

import base64
import json
import os
import re
import signal
import struct
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from conftest import ROOT, SAMPLES

sys.path.insert(0, str(ROOT / "tests" / "corpus"))
from attacks import BOMBS, HOSTILE_NAMES, HUGE  # noqa: E402
from make_corpus import make_corpus  # noqa: E402

GOOD = SAMPLES / "twente-word.pdf"
GOOD_ERRORS, GOOD_WARNINGS = 7, 2
TIMEOUT_S, MEMORY_MB = 60, 500
LIMITS = ("--timeout", TIMEOUT_S, "--max-memory", MEMORY_MB, "--jobs", 2)  # the attack and the good file side by side
STARTUP_S = 10  # interpreter start-up, imports and starting the workers, on a busy machine
# The parent looks at each worker's resident memory ten times a second, and pdfium inflates a
# zero-filled stream at well over 1 GB/s: a bomb passes the limit by up to some 150 MB before
# its worker is ended (a hard address-space ceiling stops it further on).
SLACK_MB = 256
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")  # anything a terminal acts on, but the newline

# Runs regio in a session of its own and prints, once it has ended, its exit code, its output,
# the wall time and the largest resident size of any process of its tree: getrusage keeps that
# for every descendant that was waited for (regio waits for its workers). A regio that outlives
# its own limit by far is ended with its whole session.
WRAPPER = r"""
import json, os, resource, signal, subprocess, sys, time
deadline, args = float(sys.argv[1]), sys.argv[2:]
start = time.monotonic()
regio = subprocess.Popen([sys.executable, "-m", "regio.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
try:
    out, err = regio.communicate(timeout=deadline)
except subprocess.TimeoutExpired:
    os.killpg(regio.pid, signal.SIGKILL)
    out, err = regio.communicate()
print(json.dumps({"code": regio.returncode, "seconds": time.monotonic() - start,
                  "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
                  "stdout": out.decode("utf-8", "replace"), "stderr": err.decode("utf-8", "replace")}))
"""


@dataclass
class Run:
    code: int
    seconds: float
    peak_mb: float
    stdout: str
    stderr: str

    def errors(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("regio: error: ")]


def regio(*args, env: dict[str, str] | None = None) -> Run:
    done = subprocess.run([sys.executable, "-c", WRAPPER, str(TIMEOUT_S + STARTUP_S + 60), *map(str, args)],
                          capture_output=True, text=True, check=True, env={**os.environ, **(env or {})})
    return Run(**json.loads(done.stdout))


def assert_batch(run: Run, code: int, failing: dict[Path, tuple[str, ...]] | None = None,
                 timeout: float = TIMEOUT_S) -> None:
    """The exit code, one line for each failing file that names it and holds one of the words
    expected (the flag that raises the limit it hit), no other error, nothing on stderr but
    regio's own lines, and the limits kept."""
    failing = failing or {}
    assert run.code == code, run.stderr
    assert "Traceback" not in run.stderr + run.stdout
    assert all(line.startswith("regio: ") for line in run.stderr.splitlines()), run.stderr
    errors = run.errors()
    assert len(errors) == len(failing), errors
    for path, words in failing.items():
        assert sum(line.startswith(f"regio: error: {path}: ") and any(w in line for w in words) for line in errors) == 1
    assert run.seconds <= timeout + STARTUP_S, f"{run.seconds:.1f} s"
    assert run.peak_mb <= MEMORY_MB + SLACK_MB, f"{run.peak_mb:.0f} MB"


def checked(run: Run) -> dict[str, dict]:
    """The files of a JSON check, by name; the good one always read whole, with all its findings."""
    files = {f["file"]: f for f in json.loads(run.stdout)["files"]}
    assert _counts(files[str(GOOD)]) == ("checked", GOOD_ERRORS, GOOD_WARNINGS)
    return files


def _counts(file: dict) -> tuple[str, int, int]:
    return file["status"], file["errors"], file["warnings"]


def findings(run: Run, path: Path) -> list[dict]:
    return [f for f in json.loads(run.stdout)["findings"] if f["file"] == str(path)]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("attacks")
    make_corpus(folder, ("attacks",))
    return folder


# -- huge amounts, long digit runs, a long table, a wide page: read and checked within the limits --

def _no_amount_beyond_18_digits(found: list[dict]) -> None:
    numbers = [f[k] for f in found for k in ("stated", "computed", "difference") if f[k] is not None]
    assert numbers and all(abs(n) < 10**18 for n in numbers)


def _rijk_off(stated: int, computed: int):
    def check(found: list[dict]) -> None:
        assert any(f["code"] == "RD102" and f["column"] == "rijk" and (f["stated"], f["computed"]) == (stated, computed)
                   for f in found), [f["message"] for f in found]
    return check


READABLE = {
    "huge-amount-prose.pdf": _no_amount_beyond_18_digits,
    "huge-amount-cell.pdf": _no_amount_beyond_18_digits,
    "digit-runs.pdf": _rijk_off(700_000, 600_000),
    "giant-mediabox.pdf": _rijk_off(700_000, 600_000),
    "table-6000-rows.pdf": _rijk_off(245_961_001, 245_961_000),  # every one of the 6000 rows read
}


@pytest.fixture(scope="module")
def check_json(corpus):
    """`regio check --format json` of an attack and the good file, once for each attack asked for."""
    runs: dict[str, Run] = {}

    def run(name: str) -> Run:
        if name not in runs:
            runs[name] = regio("check", corpus / name, GOOD, "--format", "json", *LIMITS)
        return runs[name]

    return run


@pytest.mark.parametrize("name", sorted(READABLE))
def test_an_attack_that_is_a_dossier_is_checked_beside_the_good_file(corpus, check_json, name):
    run = check_json(name)
    assert_batch(run, code=1)
    assert checked(run)[str(corpus / name)]["status"] == "checked"
    READABLE[name](findings(run, corpus / name))


@pytest.mark.parametrize("name", ["huge-amount-prose.pdf", "huge-amount-cell.pdf"])
def test_an_amount_too_long_to_be_one_is_named_in_a_warning(corpus, check_json, name):
    found = findings(check_json(name), corpus / name)
    digits = f"({sum(c.isdigit() for c in HUGE)} digits)"
    assert any(f["code"] == "RD002" and f["severity"] == "warning" and digits in f["message"] and f["page"] == 1
               for f in found), [f["message"] for f in found]


def test_many_contents_entries_and_projects_are_read_within_the_time_limit(corpus):
    """Reading its 643 pages and checking its 2000 projects takes 15 to 35 s, as fast or slow
    as the machine is; 90 s leaves room for that, not for matching the contents to the
    headings, or checking the projects, in more than n log n (minutes)."""
    path = corpus / "many-projects.pdf"
    run = regio("check", path, GOOD, "--format", "json", *LIMITS, "--timeout", 90)  # the last --timeout counts
    assert_batch(run, code=1, timeout=90)
    assert _counts(checked(run)[str(path)]) == ("checked", 0, 4000)
    assert Counter(f["code"] for f in findings(run, path)) == {"RD301": 4000}


def test_markup_and_terminal_controls_in_a_title_print_as_text(corpus):
    """On a terminal (FORCE_COLOR makes rich believe it writes to one): no link, no bell, no
    colour of the document's own, and the markup shown as written."""
    run = regio("check", corpus / "markup-title.pdf", GOOD, *LIMITS, env={"FORCE_COLOR": "1", "COLUMNS": "200"})
    assert_batch(run, code=1)
    assert "\x07" not in run.stdout and "\x1b]" not in run.stdout and "\x1b[31m" not in run.stdout
    plain = re.sub(r"\x1b\[[0-9;]*m", "", run.stdout)  # rich's own styles
    assert not CONTROL.search(plain)
    assert re.search(r"error RD102 · page 1 · Markup \[/\] \[link=https://example.org\]klik\[/link\] ", plain)
    assert f"{corpus / 'markup-title.pdf'}: 1 projects, 2 error(s), 0 warning(s)" in plain
    assert f"{GOOD}: 11 projects, {GOOD_ERRORS} error(s), {GOOD_WARNINGS} warning(s)" in plain


# -- compression bombs in disguise ------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(BOMBS))
def test_a_disguised_compression_bomb_fails_alone_within_the_memory_limit(corpus, name):
    """SECURITY.md: a filter chain the stream pre-check does not follow is held by the memory
    limits (the parent's look or the worker's address-space ceiling, whichever comes first);
    one the pre-check does follow is refused before anything inflates."""
    run = regio("check", corpus / name, GOOD, "--format", "json", *LIMITS)
    assert_batch(run, code=2, failing={corpus / name: (f"--max-memory {MEMORY_MB}", f"more than {MEMORY_MB} MB of memory "
                                                       "(raise the limit with --max-memory)", "--max-stream-size")})
    assert checked(run)[str(corpus / name)]["status"] != "checked"


def test_a_text_layer_that_decodes_to_no_words_fails_alone_and_says_to_run_ocr(corpus):
    """A font that maps its glyphs to signs in place of letters (a PDF printed through a
    PostScript driver) would be read as a report of no projects and stray tables: it is one
    clear error instead, beside the good file read whole."""
    run = regio("check", corpus / "garbled-text.pdf", GOOD, "--format", "json", *LIMITS)
    assert_batch(run, code=2, failing={corpus / "garbled-text.pdf": ("does not decode to text", "run OCR")})
    assert checked(run)[str(corpus / "garbled-text.pdf")]["status"] != "checked"


# -- reports ------------------------------------------------------------------------------------------

def test_a_page_a_kilometre_wide_gets_its_report_within_the_limits(corpus, tmp_path):
    run = regio("report", corpus / "giant-mediabox.pdf", GOOD, "-o", tmp_path, *LIMITS)
    assert_batch(run, code=1)
    wide, good = tmp_path / "giant-mediabox.report.html", tmp_path / "twente-word.report.html"
    assert run.stderr.splitlines() == [f"regio: wrote {wide}", f"regio: wrote {good}"]
    html = wide.read_text(encoding="utf-8")
    crops = [base64.b64decode(data) for data in re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", html)]
    assert "RD102" in html and crops  # the finding, with the page cropped around its numbers
    sizes = [struct.unpack(">II", png[16:24]) for png in crops]  # width and height, from the PNG header
    assert all(width * height <= 16_000_000 for width, height in sizes), sizes  # not the page's 6 million pixels across


def test_reports_of_inputs_with_the_same_name_do_not_overwrite_each_other(corpus, tmp_path):
    clean, wrong = corpus / "a" / "dossier.pdf", corpus / "b" / "dossier.pdf"
    run = regio("report", clean, wrong, GOOD, "-o", tmp_path, *LIMITS)
    assert_batch(run, code=1)
    written = [tmp_path / "dossier.report.html", tmp_path / "dossier-2.report.html", tmp_path / "twente-word.report.html"]
    assert run.stderr.splitlines() == [f"regio: wrote {path}" for path in written]
    first, second = (path.read_text(encoding="utf-8") for path in written[:2])
    assert "RD102" not in first and "RD102" in second and f"file://{wrong}" in second


# -- file names that are output of their own -------------------------------------------------------

@pytest.fixture(scope="module")
def named(corpus) -> list[Path]:
    return [corpus / name for name in HOSTILE_NAMES]


@pytest.fixture(scope="module")
def outputs(named):
    """`regio check` of the three named files and the good one, once per format asked for."""
    runs: dict[str, Run] = {}

    def output(fmt: str) -> Run:
        if fmt not in runs:
            run = regio("check", *named, GOOD, "--format", fmt, *LIMITS)
            assert_batch(run, code=1)
            runs[fmt] = run
        return runs[fmt]

    return output


def _github_unescape(value: str) -> str:
    for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, char)
    return value


def test_file_names_stay_names_in_workflow_commands(outputs, named):
    """Each line one command, each annotation on its own file (GitHub shows the first ten
    errors; the named files come first), a control character in a name shown as a space."""
    from regio.report import printable

    lines = outputs("github").stdout.splitlines()
    commands = [re.fullmatch(r"::(error|warning|notice) ([^:]*)::(.*)", line) for line in lines]
    assert all(commands), lines
    files = Counter(_github_unescape(dict(p.split("=", 1) for p in m[2].split(","))["file"])
                    for m in commands if m and m[1] != "notice")
    shown = [printable(str(path)) for path in named]
    assert files.keys() == {str(GOOD), *shown} and [files[name] for name in shown] == [2, 2, 2]


def test_file_names_stay_well_formed_in_junit_and_sarif(outputs, named):
    import xml.etree.ElementTree as ET

    suites = ET.fromstring(outputs("junit").stdout.encode("utf-8"))
    assert [int(suite.get("failures")) > 0 for suite in suites] == [True] * 4
    (sarif,) = json.loads(outputs("sarif").stdout)["runs"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["results"]}
    assert all(re.fullmatch(r"[A-Za-z0-9._~/%:-]*", uri) for uri in uris), uris
    assert {unquote(uri).removeprefix("file://") for uri in uris} == {str(GOOD), *map(str, named)}


@pytest.mark.parametrize("fmt", ["text", "junit", "sarif", "github", "markdown"])
def test_file_names_bring_no_control_characters_into_the_output(outputs, fmt):
    assert not CONTROL.search(outputs(fmt).stdout)


def test_a_workbook_takes_every_file_name(named, tmp_path):
    from openpyxl import load_workbook

    run = regio("extract", GOOD, *named, "--format", "xlsx", "-o", tmp_path / "cells.xlsx", *LIMITS)
    assert run.code == 0 and "Traceback" not in run.stderr and not run.errors(), run.stderr
    assert run.seconds <= TIMEOUT_S + STARTUP_S and run.peak_mb <= MEMORY_MB + SLACK_MB
    rows = list(load_workbook(tmp_path / "cells.xlsx")["cells"].iter_rows(values_only=True))
    assert len({row[0] for row in rows[1:]}) == 4
    assert not any(CONTROL.search(value) for row in rows for value in row if isinstance(value, str))


# -- a killed parent ------------------------------------------------------------------------------------

def _group(pgid: int) -> dict[int, tuple[int, str]]:
    """The live (not zombie) processes of a process group, from /proc: pid -> (parent, command line)."""
    found = {}
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as fh:
                state, parent, group = fh.read().rsplit(")", 1)[1].split()[:3]
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                command = fh.read().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if int(group) == pgid and state != "Z":
            found[int(entry)] = (int(parent), command)
    return found


def test_killing_the_parent_leaves_no_worker(corpus):
    parent = subprocess.Popen([sys.executable, "-m", "regio.cli", "check", corpus / "table-6000-rows.pdf",
                               corpus / "many-projects.pdf", GOOD, "--jobs", "2", "--timeout", "60"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def workers() -> list[int]:  # regio's children that multiprocessing started to read a file
        return [pid for pid, (ppid, command) in _group(parent.pid).items() if ppid == parent.pid and "spawn_main" in command]

    deadline = time.monotonic() + 30
    while len(workers()) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers()) == 2, _group(parent.pid)
    time.sleep(1)  # the workers are reading
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    time.sleep(1)
    assert _group(parent.pid) == {}  # the workers, and anything else regio started
