"""The cell exports (CSV, XLSX, pandas) against the samples' known content, cell by cell, and the
reading's warnings in every format."""

import csv
import doctest
import io
import re
import subprocess
import sys
import time
import zipfile
from decimal import Decimal

import pytest

from conftest import GOLDEN, ROOT, SAMPLES, extracted, golden_cells, layout

SAMPLE = SAMPLES / "twente-word.pdf"
COLUMNS = ["file", "project", "table", "row", "column", "value", "raw", "page", "kind", "marks", "column_label",
           "row_kind", "table_id", "role", "group", "precision", "value_exact", "table_label", "caption", "field",
           "funding", "scale", "unit", "x0", "top", "x1", "bottom"]
# What the sample gives reason to warn about: Skills Twente's table has two columns under
# "Publiek" without labels of their own, Leonardo's has "Gem." and "Prov." standing in a row.
WARNINGS = [("unlabelled-columns", 13, "Skills Twente"), ("subheader-in-row", 19, "Leonardo: table 'Investeringen': 'Gem.'"),
            ("subheader-in-row", 19, "Leonardo: table 'Investeringen': 'Prov.'")]
# Creatieve Broedplaatsen writes a small budget inside its field "Inzet en co-financiering".
FIELD_TABLE = ("Creatieve Broedplaatsen", "0")
PUBLIC_KEYS = {"gemeente", "provincie", "overig_publiek"}


def regio(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "regio.cli", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=300)


def squash(text: str) -> str:
    return "".join(text.split())


def written_precision(raw: str) -> Decimal:
    """The place value of the last digit written, worked out from the text alone: "6,33 mln."
    is written to the 10.000, "64 mln." to the million, "1.650.000" to the euro."""
    m = re.search(r"\d+(?:,(\d+))?\s*mln", raw)
    return Decimal(10) ** (6 - len(m.group(1) or "")) if m else Decimal(1)


def drawn_cells(name: str) -> tuple[dict, set]:
    """The renderer's record: every body cell's page and box, and the (project, table, column)
    that stand under a "Publiek" header spanning several columns."""
    cells = layout(name)["cells"]
    body = {(c["project"], c["table"], c["row"], c["column"]): (c["page"], c["bbox"]) for c in cells if c["part"] == "body"}
    spans = [(c["project"], c["table"], c["bbox"]) for c in cells if c["part"] == "header" and c["text"] == "Publiek"]
    under = {(p, t, col) for (p, t, _, col), (_, box) in body.items() for sp, st, span in spans
             if (sp, st) == (p, t) and span[0] <= (box[0] + box[2]) / 2 <= span[2]}
    return body, under


def inside(inner, outer, slack=1.0) -> bool:
    return (outer[0] - slack <= inner[0] and inner[2] <= outer[2] + slack
            and outer[1] - slack <= inner[1] and inner[3] <= outer[3] + slack)


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def golden_column_index(golden: list[dict]) -> dict:
    """(project, table, column key) → the column's position in its table, from the golden list's order."""
    order: dict = {}
    for g in golden:
        keys = order.setdefault((g["project"], g["table"]), [])
        if g["column"] not in keys:
            keys.append(g["column"])
    return {(p, t, k): i for (p, t), keys in order.items() for i, k in enumerate(keys)}


@pytest.fixture(scope="module")
def csv_run(tmp_path_factory):
    """`regio extract --format csv -o` over a stale warnings file of an earlier run."""
    folder = tmp_path_factory.mktemp("csv")
    (folder / "cells.warnings.csv").write_text("stale\n", encoding="utf-8")
    result = regio("extract", SAMPLE, "--format", "csv", "-o", folder / "cells.csv")
    assert result.returncode == 0, result.stderr
    return folder


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_holds_every_cell_as_the_golden_list_and_the_drawing_have_it(csv_run):
    rows = read_csv(csv_run / "cells.csv")
    golden = golden_cells()
    assert len(rows) == len(golden) == 231
    assert list(rows[0]) == COLUMNS
    position = golden_column_index(golden)
    drawn, under_publiek = drawn_cells("twente-word")
    problems = []
    for got, g in zip(rows, golden):
        table = int(g["table"])
        column = position[(g["project"], g["table"], g["column"])] + 1  # the drawing counts the label column
        page, box = drawn[(g["project"], table, int(g["row"]), column)]
        in_field = (g["project"], g["table"]) == FIELD_TABLE
        amount = g["value"] != ""
        want = {
            "file": "twente-word.pdf", "project": g["project"], "table": g["table"], "row": squash(g["row_label"]),
            "column": g["column"], "value": g["value"], "value_exact": g["value"],
            # the formula guard: a text starting with "-" reads "'-" in a spreadsheet
            "raw": ("'" + g["raw"]) if g["raw"].startswith("-") and len(g["raw"]) > 1 else g["raw"],
            "kind": g["kind"], "marks": g["marks"], "page": str(page),
            "table_label": squash(g["table_label"]), "caption": "", "scale": "", "unit": "",
            "role": "total" if g["column"] == "totaal" and not in_field else "source",
            "group": "publiek" if (g["column"] in PUBLIC_KEYS or g["column"].startswith("publiek_")
                                  or (g["project"], table, column) in under_publiek) else "",
            "precision": str(written_precision(g["raw"])) if amount else "",
            "field": "Inzet en co-financiering" if in_field else "", "funding": str(not in_field),
        }
        have = {k: got[k] for k in want} | {"row": squash(got["row"]), "table_label": squash(got["table_label"])}
        if have != want:
            problems.append(f"{g['project']} {g['row_label']} {g['column']}: " +
                            ", ".join(f"{k}={have[k]!r} (want {want[k]!r})" for k in want if have[k] != want[k]))
        text_box = [float(got[k]) for k in ("x0", "top", "x1", "bottom")]
        # an empty cell has no text: its box is its column's width over its row's height
        fits = inside(text_box, box) if g["kind"] != "empty" else overlap(text_box, box)
        if not fits:
            problems.append(f"{g['project']} {g['row_label']} {g['column']}: box {text_box} outside the cell {box}")
    assert not problems, "\n".join(problems)


def test_csv_warnings_go_beside_the_cells_and_replace_an_old_file(csv_run):
    rows = read_csv(csv_run / "cells.warnings.csv")
    assert list(rows[0]) == ["file", "code", "page", "message"]
    assert [(r["file"], r["code"], int(r["page"])) for r in rows] == [("twente-word.pdf", c, p) for c, p, _ in WARNINGS]
    assert all(r["message"].startswith(start) for r, (_, _, start) in zip(rows, WARNINGS))
    # The same warnings as the JSON's (the Dossier's), none lost.
    assert [(r["code"], int(r["page"]), r["message"]) for r in rows] == [
        (w.code, w.page, w.message) for w in extracted("twente-word").warnings]


def test_csv_on_stdout_holds_the_cells_and_stderr_the_warnings(tmp_path):
    result = regio("extract", SAMPLE, "--format", "csv", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(rows[0]) == COLUMNS and len(rows) == 231
    lines = result.stderr.splitlines()
    assert len(lines) == 3 and all(ln.startswith(f"regio: warning: twente-word.pdf: page {p}: {start}")
                                   for ln, (_, p, start) in zip(lines, WARNINGS))
    assert list(tmp_path.iterdir()) == []  # no file beside stdout


def test_warnings_csv_of_a_batch_and_of_none():
    from regio.export import write_warnings_csv
    from tables import dossier, table

    clean = dossier(table(["Totaal", "Rijk"], [["Totaal", "100", "100"]]))
    buffer = io.StringIO()
    write_warnings_csv([clean], buffer)
    assert buffer.getvalue() == "file,code,page,message\n"
    buffer = io.StringIO()
    write_warnings_csv([extracted("twente-word"), clean, extracted("twente-word")], buffer)
    assert [r["file"] for r in csv.DictReader(io.StringIO(buffer.getvalue()))] == ["twente-word.pdf"] * 6


def test_scale_applies_to_value_and_precision():
    """zeeland-report: the Planning field of Zorgtalent Zeeland holds a year budget under
    "bedragen x € 1.000" (samples/zeeland/projects/04-zorgtalent-zeeland.json)."""
    from regio.export import write_csv

    buffer = io.StringIO()
    write_csv([extracted("zoo/zeeland-report")], buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    with open(GOLDEN / "zeeland_cells.csv", encoding="utf-8", newline="") as fh:
        golden = list(csv.DictReader(fh))
    assert len(rows) == len(golden) == 142
    problems = []
    for got, g in zip(rows, golden):
        scaled = (g["project"], g["table"]) == ("Zorgtalent Zeeland", "0")
        scale = Decimal(1000) if scaled else Decimal(1)
        value = str(Decimal(g["value"]) * scale) if g["value"] else ""
        want = (g["project"], squash(g["row_label"]), g["column"], value, value,
                "1000" if scaled else "", "bedragen x € 1.000" if scaled else "", "Planning" if scaled else None)
        have = (got["project"], squash(got["row"]), got["column"], got["value"], got["value_exact"],
                got["scale"], got["caption"], got["field"] if scaled else None)
        if have != want:
            problems.append(f"got {have}, want {want}")
        if scaled:
            assert got["precision"] == "1000" and got["funding"] == "False"
    assert not problems, "\n".join(problems)


def test_frame_is_numeric_exact_as_text_and_sums_as_the_check_does():
    import pandas as pd

    import regio
    from regio.export import frame

    dossier = extracted("twente-word")
    df = dossier.to_frame()
    pd.testing.assert_frame_equal(df, frame([dossier]))
    assert list(df.columns) == COLUMNS
    assert {name: str(df[name].dtype) for name in ("value", "precision", "scale", "x0", "table", "page", "funding")} == {
        "value": "float64", "precision": "float64", "scale": "float64", "x0": "float64", "table": "Int64",
        "page": "Int64", "funding": "bool"}
    golden = golden_cells()
    assert [None if pd.isna(v) else v for v in df.value] == [float(g["value"]) if g["value"] else None for g in golden]
    assert [None if pd.isna(v) else v for v in df.value_exact] == [g["value"] or None for g in golden]
    assert list(df.raw) == [g["raw"] for g in golden]  # no formula guard in Python: "-*" is "-*"
    own = df[df.funding & df.field.isna()]
    totals = own[own.row_kind == "total"]
    summary = regio.check(dossier).summary
    assert Decimal(int(totals[totals.role == "total"].value.sum())) == summary.total
    by_source = totals[totals.role == "source"].groupby("column").value.sum(min_count=1).dropna()
    assert {k: Decimal(int(v)) for k, v in by_source.items()} == summary.by_source


def test_the_schema_loads_pandas_only_for_a_frame():
    probe = "import sys, regio.schema; print('pandas' in sys.modules, 'pdfplumber' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.stdout.split() == ["False", "False"], result.stderr


def test_the_readme_example_runs_as_written(monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Cells in CSV, XLSX and pandas"):]
    section = section[:section.index("\n### ")]
    example = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    monkeypatch.chdir(ROOT)  # the example names the sample from the repository's root
    test = doctest.DocTestParser().get_doctest(example, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    out = io.StringIO()
    runner.run(test, out=out.write)
    assert runner.failures == 0 and runner.tries >= 8, out.getvalue()


def sheet_rows(sheet) -> list[dict]:
    header = [c.value for c in sheet[1]]
    return [dict(zip(header, [c.value for c in row])) for row in sheet.iter_rows(min_row=2)]


def test_xlsx_has_the_cells_and_the_warnings_formatted_for_reading(tmp_path):
    import openpyxl
    from openpyxl.utils import get_column_letter

    out = tmp_path / "cells.xlsx"
    result = regio("extract", SAMPLE, "--format", "xlsx", "-o", out)
    assert result.returncode == 0, result.stderr
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["cells", "warnings"]
    cells, warnings = book["cells"], book["warnings"]
    golden = golden_cells()
    rows = sheet_rows(cells)
    assert [c.value for c in cells[1]] == COLUMNS and len(rows) == 231
    for got, g in zip(rows, golden):
        assert (got["project"], got["column"], got["raw"] or "") == (g["project"], g["column"], g["raw"])  # no apostrophe
        assert got["value"] == (int(g["value"]) if g["value"] else None)
        assert got["value_exact"] == (g["value"] or None)
    mineral = next(r for r in rows if r["project"] == "Mineral Valley Twente" and r["column"] == "rijk")
    assert (mineral["raw"], mineral["kind"], mineral["marks"]) == ("-*", "nil", "*")
    amounts = [row[COLUMNS.index("value")] for row in cells.iter_rows(min_row=2) if row[COLUMNS.index("value")].value]
    assert amounts and all(c.number_format == "#,##0" and c.data_type == "n" for c in amounts)
    assert [(r["file"], r["code"], r["page"]) for r in sheet_rows(warnings)] == [
        ("twente-word.pdf", c, p) for c, p, _ in WARNINGS]
    assert all(r["message"].startswith(start) for r, (_, _, start) in zip(sheet_rows(warnings), WARNINGS))
    for sheet, width in ((cells, len(COLUMNS)), (warnings, 4)):
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{get_column_letter(width)}{sheet.max_row}"
        assert all(c.font.b for c in sheet[1])
        assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    widths = {name: cells.column_dimensions[get_column_letter(i + 1)].width for i, name in enumerate(COLUMNS)}
    assert widths["value"] >= len("92,300,000") and widths["row"] == 60 and widths["page"] < 10
    assert warnings.column_dimensions["D"].width == 60


def test_xlsx_is_the_same_bytes_at_another_time(monkeypatch):
    from regio.export import write_xlsx

    first, second = io.BytesIO(), io.BytesIO()
    write_xlsx([extracted("twente-word")], first)
    later = time.time() + 400 * 86400
    monkeypatch.setattr(time, "time", lambda: later)
    write_xlsx([extracted("twente-word")], second)
    assert first.getvalue() == second.getvalue()
    with zipfile.ZipFile(first) as archive:
        assert {e.date_time for e in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        assert b"1980-01-01T00:00:00Z" in archive.read("docProps/core.xml")


def test_formula_guard_in_csv_but_not_in_xlsx(tmp_path):
    import openpyxl

    from regio.export import write_csv, write_xlsx
    from tables import dossier, table

    texts = ["=HYPERLINK(\"http://x\")", "-1.000", "@SUM(A1)", "+5", "-*", "A\x01"]
    d = dossier(table(["Totaal", "Privaat", "Rijk", "Onderwijs", "Provincie"], [texts]))
    buffer = io.StringIO()
    write_csv([d], buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert rows[0]["row"] == "'=HYPERLINK(\"http://x\")"
    assert [r["raw"] for r in rows] == ["'-1.000", "'@SUM(A1)", "'+5", "'-*", "A "]
    assert rows[0]["value"] == "-1000"  # a number stays a number
    write_xlsx([d], tmp_path / "cells.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "cells.xlsx")["cells"]
    got = sheet_rows(sheet)
    assert got[0]["row"] == "=HYPERLINK(\"http://x\")"
    assert [r["raw"] for r in got] == ["-1.000", "@SUM(A1)", "+5", "-*", "A "]
    assert got[0]["value"] == -1000
    assert all(c.data_type in ("s", "n", "b") for row in sheet.iter_rows() for c in row)


def test_the_dossier_json_written_piece_by_piece_is_pydantics_own():
    from regio.export import write_model_json
    from regio.schema import Dossier, ExtractionWarning

    read = extracted("twente-word")
    # Every kind of member: lists of records, a list of text, empty lists, text and numbers.
    for dossier in (read, Dossier(file="leeg.pdf", sha256="0" * 64, page_count=1, incomplete=["page 1: \"niets\"\n"],
                                  warnings=[ExtractionWarning(code="page-without-text", page=1, message="géén tekst")])):
        out = io.StringIO()
        write_model_json(dossier, out)
        assert out.getvalue() == dossier.model_dump_json(indent=2)
