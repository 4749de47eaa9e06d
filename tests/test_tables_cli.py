"""`regio tables`: every table of a PDF as text grids, in JSON, CSV and Markdown, with the
same exit codes and one-line errors as `regio extract`."""

import csv
import io
import json
import subprocess
import sys

import pytest

from conftest import SAMPLES

ZEELAND = SAMPLES / "zoo" / "zeeland-report.pdf"
TWENTE = SAMPLES / "twente-word.pdf"
BUDGET_HEADER = ["Activiteit", "2024", "2025", "2026", "Totaal"]
BUDGET_ROW = ["Leerwerktrajecten zorg en welzijn", "450", "600", "550", "1.600"]
A4 = (595.3, 841.9)  # the page size of both samples, in points


def regio(*args):
    return subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


def assert_error_lines(result, names):
    """Exit 2, one line per unreadable file on stderr, each naming it, and no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == len(names), result.stderr
    for line, name in zip(lines, names):
        assert line.startswith(f"regio: error: {name}: "), line
    assert "Traceback" not in result.stderr


@pytest.fixture(scope="module")
def bad(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    (d / "notes.pdf").write_text("these are notes, not a PDF\n")
    return {"missing": d / "missing.pdf", "notes": d / "notes.pdf"}


@pytest.fixture(scope="module")
def page7():
    result = regio("tables", ZEELAND, "--pages", "7")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_json_holds_the_budget_table_of_page_7_with_its_scale(page7):
    assert list(page7) == ["tables"]
    budget = next(t for t in page7["tables"] if t["caption"] == "bedragen x € 1.000")
    assert budget["id"] == "p7-t1" and budget["page"] == 7
    assert budget["scale"] == 1000 and isinstance(budget["scale"], int)
    assert budget["rows"][0] == BUDGET_HEADER
    assert BUDGET_ROW in budget["rows"]
    assert budget["rows"][-1] == ["Totaal", "850", "1.325", "1.275", "3.400"]
    assert budget["reader"] in ("ruled", "aligned") and budget["unit"] is None and budget["spans"] == []
    x0, top, x1, bottom = budget["bbox"]
    assert 0 <= x0 < x1 <= A4[0] and 0 <= top < bottom <= A4[1]
    other = [t for t in page7["tables"] if t is not budget]
    assert other and all(t["caption"] is None and t["scale"] is None for t in other)


def test_pages_option_keeps_only_the_tables_of_those_pages(page7):
    assert {t["page"] for t in page7["tables"]} == {7}
    result = regio("tables", ZEELAND, "--pages", "3-4,7")
    assert result.returncode == 0, result.stderr
    tables = json.loads(result.stdout)["tables"]
    assert {t["page"] for t in tables} == {3, 4, 7}
    assert all(t["id"].startswith(f"p{t['page']}-t") for t in tables)
    assert [t for t in tables if t["page"] == 7] == page7["tables"]


def test_json_gives_spanning_header_cells_of_a_ruled_table():
    result = regio("tables", TWENTE, "--pages", "11")
    assert result.returncode == 0, result.stderr
    [table] = json.loads(result.stdout)["tables"]
    assert table["reader"] == "ruled" and table["spans"] == [[0, 4, 1, 2]]
    assert table["rows"][0][4:6] == ["Publiek", ""]
    assert table["rows"][1][:3] == ["Opgaven/ Investerings", "Totaal EUR", "Privaat"]
    assert table["rows"][2][1] == "1.000.000"


def test_csv_is_one_row_per_cell_header_rows_first(tmp_path, page7):
    out = tmp_path / "cells.csv"
    result = regio("tables", ZEELAND, "--pages", "7", "--format", "csv", "-o", out)
    assert result.returncode == 0 and result.stdout == "", result.stderr
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0] == ["file", "table", "page", "row", "column", "text"]
    assert {r[0] for r in rows[1:]} == {str(ZEELAND)}
    assert len(rows) - 1 == sum(len(r) for t in page7["tables"] for r in t["rows"])
    budget = [r for r in rows[1:] if r[1] == "p7-t1"]
    assert budget[:5] == [[str(ZEELAND), "p7-t1", "7", "0", str(c), text] for c, text in enumerate(BUDGET_HEADER)]
    assert [r[5] for r in budget if r[3] == "1"] == BUDGET_ROW


def test_markdown_has_a_heading_and_the_header_row():
    result = regio("tables", ZEELAND, "--pages", "7", "--format", "markdown")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    at = lines.index("### p7-t1 (page 7): bedragen x € 1.000")
    assert lines[at + 2: at + 5] == ["| " + " | ".join(BUDGET_HEADER) + " |", "|---|---|---|---|---|",
                                     "| " + " | ".join(BUDGET_ROW) + " |"]
    assert "### p7-t2 (page 7)" in lines


@pytest.mark.parametrize("name", ["missing", "notes"])
def test_an_unreadable_file_gives_one_line_exit_2_and_no_output(bad, name):
    result = regio("tables", bad[name])
    assert_error_lines(result, [str(bad[name])])
    assert ("no such file" if name == "missing" else "not a PDF") in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("format", ["json", "csv", "markdown"])
def test_a_batch_lists_every_input_and_exits_2(bad, format):
    result = regio("tables", TWENTE, bad["missing"], bad["notes"], "--pages", "11", "--format", format)
    assert_error_lines(result, [str(bad["missing"]), str(bad["notes"])])
    if format == "json":
        entries = json.loads(result.stdout)["results"]
        assert [(e["file"], e["status"]) for e in entries] == [
            (str(TWENTE), "ok"), (str(bad["missing"]), "error"), (str(bad["notes"]), "error")]
        assert entries[1]["error"] == "no such file" and "tables" not in entries[1]
        assert [t["id"] for t in entries[0]["tables"]] == ["p11-t1"]
    elif format == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout)))
        assert rows[0][0] == "file" and {r[0] for r in rows[1:]} == {str(TWENTE)}
        assert [str(TWENTE), "p11-t1", "11", "0", "4", "Publiek"] in rows
    else:
        from regio.report.ci import escape_markdown  # a path may hold "_", which Markdown escapes

        lines = result.stdout.splitlines()
        assert [ln for ln in lines if ln.startswith("## ")] == [
            f"## {escape_markdown(str(path))}" for path in (TWENTE, bad["missing"], bad["notes"])]
        assert "### p11-t1 (page 11)" in lines and "error: no such file" in lines


def test_a_page_that_does_not_exist_names_the_file():
    result = regio("tables", ZEELAND, "--pages", "99")
    assert_error_lines(result, [str(ZEELAND)])
    assert "does not exist" in result.stderr and result.stdout == ""
    assert_error_lines(regio("tables", ZEELAND, "--pages", "x"), ["--pages"])


def _outcome(cells):
    from regio.batch import FileResult
    from regio.schema import Cell, CellKind, Column, Dossier, Row, Table

    table = Table(id="p1-t1", page=1, bbox=(0, 0, 100, 100), reader="aligned", label="Post",
                  caption="x | y", columns=[Column(label="a|b", key="a")],
                  rows=[Row(label=label, cells=[Cell(raw=raw, kind=CellKind.text)]) for label, raw in cells])
    return FileResult(SAMPLES / "test.pdf", "ok", Dossier(file="test.pdf", sha256="0" * 64, page_count=1, tables=[table]))


def test_markdown_escapes_pipes_and_newlines():
    from regio.export import tables_markdown

    text = tables_markdown([_outcome([("twee\nregels", "1 | 2"), ("<b>*vet*</b>", "=1+1")])])
    lines = text.splitlines()
    assert lines[0] == "### p1-t1 (page 1): x \\| y"
    assert lines[2] == "| Post | a\\|b |"
    assert lines[4] == "| twee regels | 1 \\| 2 |"
    assert lines[5] == "| &lt;b&gt;\\*vet\\*&lt;/b&gt; | =1+1 |"
    assert all(ln.count("|") - ln.count("\\|") == 3 for ln in lines[2:6])


def test_csv_neutralises_formulas():
    from regio.export import tables_csv

    buffer = io.StringIO()
    tables_csv([_outcome([("=HYPERLINK(\"http://x\")", "@SUM(A1)"), ("Totaal", "-")])], buffer)
    rows = list(csv.reader(io.StringIO(buffer.getvalue())))
    assert [r[5] for r in rows[1:]] == ["Post", "a|b", "'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "Totaal", "-"]
    assert [r[3:5] for r in rows[1:3]] == [["0", "0"], ["0", "1"]]


def test_debug_shows_the_traceback_of_an_unexpected_failure(monkeypatch):
    from typer.testing import CliRunner

    import regio.extract
    from regio.cli import app

    def boom(*args, **kwargs):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(regio.extract, "extract_tables", boom)
    in_process = ["--timeout", "0", "--max-memory", "0"]  # so that the patched reader is the one called
    quiet = CliRunner().invoke(app, ["tables", str(ZEELAND), *in_process])
    loud = CliRunner().invoke(app, ["tables", str(ZEELAND), "--debug", *in_process])
    assert quiet.exit_code == loud.exit_code == 2
    assert quiet.stderr.strip().splitlines() == [
        f"regio: error: {ZEELAND}: unexpected error while reading (RuntimeError: simulated bug)"]
    assert "Traceback" not in quiet.stderr and "Traceback" in loud.stderr
    assert quiet.stdout == ""


def test_help_shows_the_command():
    result = regio("tables", "--help")
    assert result.returncode == 0
    assert "Read every table" in result.stdout and "--max-stream-size" in result.stdout
