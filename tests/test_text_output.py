"""`regio check` as people read it: a block per finding that fits the terminal, amounts never
split over two lines, a concise line per finding for grep and editors, document text never markup."""

import json
import os
import re
import subprocess
import sys
from collections import Counter
from functools import cache
from pathlib import Path

import pytest
from conftest import SAMPLES
from rich.cells import cell_len

NAME = "twente-word.pdf"
# An amount as the report writes it; one broken over two lines no longer matches in full.
AMOUNT = re.compile(r"€ -?\d{1,3}(?:\.\d{3})*(?:,\d+)?")


@cache
def regio(*args: str, columns: str | None = None, cwd: Path = SAMPLES) -> subprocess.CompletedProcess[str]:
    """The command piped, as CI runs it, with COLUMNS set or not."""
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    if columns is not None:
        env["COLUMNS"] = columns
    return subprocess.run([sys.executable, "-m", "regio.cli", "check", *args], capture_output=True, text=True,
                          cwd=cwd, env=env, timeout=300)


@cache
def findings() -> list[dict]:
    return json.loads(regio(NAME, "--format", "json").stdout)["findings"]


def shown() -> list[dict]:
    return [f for f in findings() if f["severity"] != "info"]


def euros(value: int) -> str:
    from regio.money import euros as write

    return write(value)


def expected_amounts() -> Counter[str]:
    """Every amount the findings' blocks write, as often as they write it."""
    counts: Counter[str] = Counter()
    for f in shown():
        for key in ("message", "diagnosis", "action"):
            counts.update(AMOUNT.findall(f[key] or ""))
        counts.update(euros(f[key]) for key in ("stated", "computed", "difference") if f[key] is not None)
    return counts


def test_the_sample_has_enough_findings_to_wrap():
    assert len(shown()) >= 9 and sum(expected_amounts().values()) > 40


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_every_line_fits_and_every_amount_stands_whole_on_one_line(columns):
    result = regio(NAME, columns=str(columns))
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= columns
    on_lines = Counter(a for line in lines for a in AMOUNT.findall(line))
    missing = expected_amounts() - on_lines
    assert not missing, f"split or lost at {columns} columns: {missing}"
    assert not [line for line in lines if line.rstrip().endswith("€")]


@pytest.mark.parametrize("columns", [40, 80, 200])
def test_a_block_per_finding_under_the_file_name(columns):
    lines = regio(NAME, columns=str(columns)).stdout.splitlines()
    assert lines[0] == NAME
    headers = [m.groups() for line in lines if (m := re.match(r"  (error|warning) (RD\d{3}) · page (\d+)", line))]
    assert headers == [(f["severity"], f["code"], str(f["page"])) for f in shown()]
    text = " ".join(line.strip() for line in lines)
    for f in shown():  # the message, wrapped, with what the reader should do
        assert " ".join(f["message"].split()) in text and " ".join(f["action"].split()) in text
    assert "likely cause: the number was probably lost" in text
    assert "stated € 10.050.000 computed € 2.550.000 difference € 7.500.000" in " ".join(text.split())
    assert "7 error(s), 2 warning(s)" in text


def test_an_80_column_terminal_shows_the_sample_in_a_screenful_or_four():
    lines = regio(NAME, columns="80").stdout.splitlines()
    assert len(lines) < 110  # was 353


def test_piped_without_columns_lines_are_100_wide():
    lines = regio(NAME).stdout.splitlines()
    assert 80 < max(cell_len(line) for line in lines) <= 100


def test_no_colours_when_piped():
    assert "\x1b" not in regio(NAME, columns="80").stdout


def test_colours_on_a_terminal_only(monkeypatch):
    import io

    from regio.report.text import render_text
    from regio.validate import CheckResult
    from regio.validate.findings import Finding, Severity

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    result = CheckResult(findings=[Finding(code="RD101", check="row-sum", severity=Severity.error, file="a.pdf",
                                           message="m")])
    monkeypatch.setenv("COLUMNS", "80")
    out = Terminal()
    render_text(result, [], out)
    assert "\x1b[" in out.getvalue()


def test_concise_is_one_line_per_finding_then_the_summary():
    result = regio(NAME, "--format", "concise", columns="40")
    assert result.returncode == 1
    *lines, summary = result.stdout.splitlines()
    parsed = [re.match(r"(.+?):(\d+): (RD\d{3}) (error|warning): (.+)$", line) for line in lines]
    assert all(parsed), lines
    assert [m.groups() for m in parsed if m] == [(NAME, str(f["page"]), f["code"], f["severity"], f["message"])
                                                 for f in shown()]
    assert max(len(line) for line in lines) > 40  # never wrapped
    assert summary.startswith("1 file(s), 11 projects, 12 tables: 7 error(s), 2 warning(s)")


def test_concise_is_a_check_format():
    help_text = " ".join(regio("--help", columns="200").stdout.split())
    assert "concise (one line per finding)" in help_text


def test_a_batch_lists_its_files_readably_at_80_columns(tmp_path):
    (tmp_path / "notes.pdf").write_text("these are notes, not a PDF\n")
    result = regio(NAME, str(tmp_path / "notes.pdf"), columns="80")
    assert result.returncode == 2
    lines = result.stdout.splitlines()
    assert max(cell_len(line) for line in lines) <= 80
    files = lines[lines.index("files:") + 1:]
    assert files[0] == f"  {NAME}: 11 projects, 7 error(s), 2 warning(s)"
    assert " ".join(" ".join(files[1:]).split()).startswith(f"{tmp_path / 'notes.pdf'}: not read: not a PDF")


def draw_markup_proposal(path: Path) -> Path:
    """A proposal whose project and row labels are rich markup, and whose row does not add up."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    runs = [(60, 60, "Thema | [bold]Project[/bold]", 14),
            (60, 100, "Opgaven/Investeringen", 10), (250, 100, "Totaal", 10), (330, 100, "Privaat", 10),
            (420, 100, "Rijk", 10),
            (60, 120, "[/] [link=x]Bouw[/link]", 10), (250, 120, "1.000.000", 10), (330, 120, "300.000", 10),
            (420, 120, "600.000", 10),
            (60, 140, "Totaal", 10), (250, 140, "1.000.000", 10), (330, 140, "300.000", 10), (420, 140, "600.000", 10)]
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for x, y, text, size in runs:
        c.setFont("Helvetica", size)
        c.drawString(x, A4[1] - y, text)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("columns", ["30", "200"])
def test_markup_in_document_text_and_file_names_prints_literally(tmp_path, columns):
    pytest.importorskip("reportlab")
    draw_markup_proposal(tmp_path / "[link=x]m[red].pdf")
    text = regio("[link=x]m[red].pdf", columns=columns, cwd=tmp_path).stdout
    assert text.splitlines()[0] == "[link=x]m[red].pdf"
    flat = " ".join(text.split())
    assert "row '[/] [link=x]Bouw[/link]': the total reads € 1.000.000" in flat
    assert "[bold]Project[/bold] / [/] [link=x]Bouw[/link] / totaal" in flat
    concise = regio("[link=x]m[red].pdf", "--format", "concise", columns=columns, cwd=tmp_path).stdout
    assert concise.startswith("[link=x]m[red].pdf:1: RD101 error: row '[/] [link=x]Bouw[/link]': the total reads")
