"""The command line as users and CI meet it: output, exit codes, one clear line per bad file."""

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import SAMPLES
from fixtures import encrypted_copy, scanned_pdf, text_pdf

SAMPLE = SAMPLES / "twente-word.pdf"


def regio(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def assert_one_error_line(result, name, reason_part):
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"regio: error: {name}: "), lines[0]
    assert reason_part in lines[0]
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "empty.pdf").write_bytes(b"")
    (d / "notes.pdf").write_text("these are notes, not a PDF\n")
    (d / "page.pdf").write_text("<html><body>Regio Deal</body></html>")
    data = SAMPLE.read_bytes()
    (d / "truncated.pdf").write_bytes(data[: len(data) // 10])
    (d / "folder.pdf").mkdir()
    scanned_pdf(d / "scan.pdf")
    text_pdf(d / "letter.pdf", ["Geachte heer, mevrouw,", "Hierbij ontvangt u ons voorstel."])
    encrypted_copy(SAMPLE, d / "locked.pdf", "geheim")
    return d


@pytest.mark.parametrize("name, reason", [
    ("missing.pdf", "no such file"),
    ("empty.pdf", "empty file"),
    ("notes.pdf", "not a PDF"),
    ("page.pdf", "not a PDF"),
    ("truncated.pdf", "damaged PDF"),
    ("folder.pdf", "folder holds no PDF files"),
    ("scan.pdf", "OCR"),
    ("letter.pdf", "no investment table"),
    ("locked.pdf", "password required (use --password)"),
])
def test_bad_input_gives_one_line_and_exit_2(bad_inputs, name, reason):
    path = bad_inputs / name
    result = regio("extract", path)
    assert_one_error_line(result, str(path), reason)
    assert result.stdout == ""


def test_wrong_password(bad_inputs):
    path = bad_inputs / "locked.pdf"
    assert_one_error_line(regio("extract", path, "--password", "fout"), str(path), "wrong password")


def test_password_opens_an_encrypted_dossier(bad_inputs):
    result = regio("extract", bad_inputs / "locked.pdf", "--password", "geheim")
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["projects"]) == 11


def test_debug_shows_the_traceback_of_an_unexpected_failure(bad_inputs, monkeypatch):
    from typer.testing import CliRunner

    import regio.extract
    from regio.cli import app

    def boom(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(regio.extract, "extract_in_parts", boom)  # (what extract reads with, and the JSON of one file)
    in_process = ["--timeout", "0", "--max-memory", "0"]  # the monkeypatch lives in this process
    quiet = CliRunner().invoke(app, ["extract", str(SAMPLE), *in_process])
    loud = CliRunner().invoke(app, ["extract", str(SAMPLE), "--debug", *in_process])
    assert quiet.exit_code == loud.exit_code == 2
    assert "simulated bug" in quiet.stderr and "Traceback" not in quiet.stderr
    assert "Traceback" in loud.stderr


def test_the_camelot_cross_check_without_camelot_says_how_to_install_it(monkeypatch):
    import importlib.util

    from typer.testing import CliRunner

    from regio.cli import app

    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "camelot" else find_spec(name, *a))
    result = CliRunner().invoke(app, ["extract", str(SAMPLE), "--cross-check", "camelot"])
    assert result.exit_code == 2
    assert "pip install 'regio[camelot]'" in result.stderr and "Traceback" not in result.stderr


def test_batch_lists_every_input_and_exits_2(bad_inputs):
    result = regio("extract", SAMPLE, bad_inputs / "empty.pdf", bad_inputs / "scan.pdf")
    assert result.returncode == 2
    doc = json.loads(result.stdout)
    assert [(r["file"], r["status"]) for r in doc["results"]] == [
        (str(SAMPLE), "ok"), (str(bad_inputs / "empty.pdf"), "error"), (str(bad_inputs / "scan.pdf"), "error")]
    assert len(doc["results"][0]["dossier"]["projects"]) == 11
    lines = result.stderr.strip().splitlines()
    errors = [ln for ln in lines if ln.startswith("regio: error: ")]
    assert len(errors) == 2 and all("empty.pdf" in ln or "scan.pdf" in ln for ln in errors)
    # The readable file's warnings stay in a pipeline's log, one line each.
    assert [ln for ln in lines if ln not in errors] and all(
        ln.startswith(f"regio: warning: {SAMPLE.name}: page ") for ln in lines if ln not in errors)


def test_json_is_the_dossier_and_matches_its_schema():
    result = regio("extract", SAMPLE)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    schema = json.loads(regio("schema").stdout)
    assert set(doc) == set(schema["required"]) | set(schema["properties"]) & set(doc)
    assert doc["page_count"] == 32 and len(doc["sha256"]) == 64
    cell = doc["projects"][0]["tables"][0]["rows"][0]["cells"][0]
    assert cell["raw"] == "2.000.000" and cell["amount"]["value"] == 2000000
    assert cell["provenance"]["page"] >= 1 and len(cell["provenance"]["bbox"]) == 4


def test_csv_is_tidy_with_empty_and_nil_cells(tmp_path):
    out = tmp_path / "cells.csv"
    result = regio("extract", SAMPLE, "--format", "csv", "-o", out)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0])[:7] == ["file", "project", "table", "row", "column", "value", "raw"]
    assert len(rows) == 231
    kinds = {r["kind"] for r in rows}
    assert {"amount", "nil", "empty"} <= kinds


def test_xlsx_export(tmp_path):
    import openpyxl

    out = tmp_path / "cells.xlsx"
    result = regio("extract", SAMPLE, "--format", "xlsx", "-o", out)
    assert result.returncode == 0, result.stderr
    sheet = openpyxl.load_workbook(out).active
    header = [c.value for c in sheet[1]]
    values = [dict(zip(header, [c.value for c in row])) for row in sheet.iter_rows(min_row=2)]
    assert len(values) == 231
    first = values[0]
    assert (first["raw"], first["value"], first["column"]) == ("2.000.000", 2000000, "totaal")


def test_output_into_a_missing_folder_fails_clearly(tmp_path):
    result = regio("extract", SAMPLE, "-o", tmp_path / "nope" / "out.json")
    assert_one_error_line(result, "-o", "does not exist")


def test_pages_option_limits_the_work():
    result = regio("extract", SAMPLE, "--pages", "1-3")
    doc = json.loads(result.stdout)
    assert [p["title"] for p in doc["projects"]] == ["Advanced Manufacturing Program"]
    assert_one_error_line(regio("extract", SAMPLE, "--pages", "x"), "--pages", "'x' is not a page")
    assert_one_error_line(regio("extract", SAMPLE, "--pages", "99"), str(SAMPLE), "does not exist")


def test_help_is_fast_and_does_not_import_heavy_libraries():
    probe = ("import sys, regio.cli; "
             "heavy = [m for m in ('pdfplumber', 'pandas', 'camelot', 'cv2', 'regio.validate', 'pypdfium2') if m in sys.modules]; "
             "print(heavy)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"
    for args in (["--help"], ["extract", "--help"], ["check", "--help"]):
        assert regio(*args).returncode == 0


@pytest.mark.parametrize("command", ["extract", "tables", "check", "report", "debug"])
def test_help_names_what_options_take_not_python_types(command):
    shown = regio(command, "--help").stdout
    options = shown[shown.index("Options"):]
    assert not any(f"<{t}>" in options for t in ("bool", "str", "path", "int", "float")), options
    assert "list[" not in options


def test_check_exit_codes_and_json(tmp_path, bad_inputs):
    result = regio("check", SAMPLE, "--format", "json")
    assert result.returncode == 1, result.stderr
    doc = json.loads(result.stdout)
    assert doc["summary"]["errors"] == 7 and len(doc["findings"]) >= 7
    finding = doc["findings"][0]
    for key in ("code", "check", "severity", "file", "project", "table", "row", "column", "stated", "computed",
                "difference", "stated_interval", "computed_interval", "message", "diagnosis", "page", "evidence",
                "fingerprint"):
        assert key in finding
    assert isinstance(next(f for f in doc["findings"] if f["stated"] is not None)["stated"], int)
    assert regio("check", SAMPLE, "--exit-zero").returncode == 0
    assert regio("check", SAMPLE, "--select", "RD301").returncode == 0
    broken = regio("check", SAMPLE, bad_inputs / "empty.pdf", "--format", "json")
    assert broken.returncode == 2
    files = json.loads(broken.stdout)["files"]
    assert [f["status"] for f in files] == ["checked", "unreadable"]


def test_check_a_readable_file_without_tables_is_a_finding_not_an_input_error(bad_inputs):
    result = regio("check", bad_inputs / "letter.pdf", "--format", "json")
    assert result.returncode == 1
    assert [f["code"] for f in json.loads(result.stdout)["findings"]] == ["RD001"]


def test_check_text_report_names_the_discrepancies():
    result = regio("check", SAMPLE)
    assert result.returncode == 1
    assert "RD103" in result.stdout and "13.699.097" in result.stdout and "7 error(s)" in result.stdout


def test_batch_in_worker_processes_keeps_the_input_order(tmp_path, bad_inputs):
    inputs = [bad_inputs / "notes.pdf", SAMPLE, bad_inputs / "scan.pdf", SAMPLES / "twente-web.pdf"]
    result = regio("check", *inputs, "--jobs", "2", "--timeout", "120", "--format", "json")
    assert result.returncode == 2
    files = json.loads(result.stdout)["files"]
    assert [f["file"] for f in files] == [str(p) for p in inputs]
    assert [f["status"] for f in files] == ["unreadable", "checked", "unreadable", "checked"]
    assert [f["errors"] for f in files if f["status"] == "checked"] == [7, 7]


def test_a_file_that_exceeds_the_time_limit_fails_alone(tmp_path):
    result = regio("extract", SAMPLE, SAMPLES / "twente-web.pdf", "--timeout", "0.01")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2 and all("took longer than 0.01 s (raise the limit with --timeout)" in ln for ln in lines)
    assert [r["status"] for r in json.loads(result.stdout)["results"]] == ["error", "error"]


def test_csv_and_xlsx_exports_neutralise_formulas(tmp_path):
    import openpyxl

    from regio.export import write_csv, write_xlsx
    from tables import dossier, table

    d = dossier(table(["Totaal", "Privaat", "Rijk"], [["=HYPERLINK(\"http://x\")", "-1.000", "@SUM(A1)", "+5"],
                                                     ["Totaal", "100", "50", "50"]]))
    out = tmp_path / "cells.csv"
    with open(out, "w", encoding="utf-8", newline="") as fh:
        write_csv([d], fh)
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0]["row"].startswith("'=HYPERLINK")
    assert {r["raw"] for r in rows[:3]} == {"'-1.000", "'@SUM(A1)", "'+5"}
    assert rows[0]["value"] == "-1000" and rows[1]["value"] == ""  # numbers stay numbers
    write_xlsx([d], tmp_path / "cells.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "cells.xlsx").active
    header = [c.value for c in sheet[1]]
    first = dict(zip(header, [c.value for c in sheet[2]]))
    assert first["row"] == '=HYPERLINK("http://x")' and first["value"] == -1000  # a text cell never runs
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)


def test_fail_on_warning(bad_inputs):
    web = SAMPLES / "twente-web.pdf"
    only_warnings = ["--select", "RD301"]  # the web rendering's table of contents is off: warnings only
    assert regio("check", web, *only_warnings).returncode == 0
    assert regio("check", web, *only_warnings, "--fail-on", "warning").returncode == 1
    assert regio("check", web, *only_warnings, "--fail-on", "warning", "--exit-zero").returncode == 0


def test_rules_are_chosen_by_code_prefix_or_name_and_a_typo_is_an_error():
    def codes(*args):
        result = regio("check", SAMPLE, "--format", "json", *args)
        return result.returncode, sorted({f["code"] for f in json.loads(result.stdout)["findings"]}) if result.stdout else []

    assert codes("--select", "row-sum")[1] == ["RD101"]
    both = codes("--select", "RD1", "--select", "RD2")[1]  # repeated: both count
    assert {c[:3] for c in both} == {"RD1", "RD2"}
    assert codes("--select", "RD101,RD102")[1] == ["RD101", "RD102"]
    assert codes("--ignore", "RD1,RD2")[1] == []
    typo = regio("check", SAMPLE, "--select", "XX9")
    assert typo.returncode == 2 and "'XX9' is no rule code" in typo.stderr and typo.stdout == ""


def test_version():
    from importlib.metadata import version

    result = regio("--version")
    assert result.returncode == 0 and result.stdout == f"regio {version('regio')}\n"


@pytest.mark.parametrize("command", ["extract", "tables", "check"])
def test_an_output_that_cannot_be_written_is_refused_before_any_input_is_read(tmp_path, command):
    result = regio(command, tmp_path / "missing.pdf", "-o", tmp_path / "no-such-folder" / "out.json")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"regio: error: -o: folder '{tmp_path / 'no-such-folder'}' "
                                                  "does not exist"]
