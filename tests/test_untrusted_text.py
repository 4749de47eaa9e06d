"""Text from a proposal is data, never markup or a terminal command, and a number of any
length is never a reason to fail."""

import io
from pathlib import Path

import pytest

from regio.money import find_amounts, parse_cell


@pytest.mark.parametrize("text", ["1" + "0" * 30, "€ " + "9" * 40 + " mln.", "(" + "1" * 60 + ")", "1" * 10_000])
def test_a_number_too_long_to_be_an_amount_is_text(text):
    assert parse_cell(text).kind.value == "text"
    assert list(find_amounts(f"een bijdrage van {text} euro, en € 2 mln. daarna")) != []  # the real one is found
    assert all(len(str(a.amount.value)) < 30 for a in find_amounts(f"een bijdrage van {text} euro"))


def test_the_longest_amount_still_reads():
    assert parse_cell("€ 999.999.999.999.999 mln.").amount.value == 999_999_999_999_999 * 10**6


def _result(message: str, file: str):
    from regio.validate import CheckResult
    from regio.validate.findings import Finding, Severity

    finding = Finding(code="RD101", check="row-sum", severity=Severity.error, file=file, project="[bold]P[/]",
                      message=message).with_fingerprint()
    return CheckResult(findings=[finding])


def test_markup_and_control_characters_in_document_text_print_as_text():
    from regio.batch import FileResult
    from regio.report.formats import CheckedFile
    from regio.report.text import render_text

    out = io.StringIO()
    message = "row '[/] [link=https://example.org]klik[/link]' \x1b[31mred\x07"
    render_text(_result(message, "a[/]b.pdf"), [CheckedFile(FileResult(Path("a[/]b.pdf"), "ok"), None)], out)
    text = out.getvalue()
    assert "[/] [link=https://example.org]klik[/link]" in text and "[bold]P[/]" in text and "a[/]b.pdf" in text
    assert "\x1b" not in text and "\x07" not in text


def test_an_error_line_stays_one_line_whatever_the_file_name(capsys):
    from regio.cli.common import error_line

    error_line("evil\n::warning file=x::forged.pdf", "not a PDF\r\nsecond line")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("regio: error: evil ::warning")


def test_junit_stays_xml_and_sarif_uris_are_encoded_whatever_the_file_name():
    import xml.etree.ElementTree as ET

    from regio.report.ci import junit, sarif

    result = _result("a total \x01 with \x1b a control", "dir/bad\x07 name #1.pdf")
    ET.fromstring(junit(result, ["dir/bad\x07 name #1.pdf"], fail_rank=2))  # parses
    (run,) = sarif(result)["runs"]
    uri = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "dir/bad%07%20name%20%231.pdf"


def test_output_to_a_device_is_written_not_replaced_and_a_file_keeps_its_mode(tmp_path):
    import os
    import stat

    from regio.cli.common import UsageError, write_output

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    write_output(fifo, lambda fh: fh.write("ok\n"))
    assert stat.S_ISFIFO(fifo.stat().st_mode) and os.read(reader, 10) == b"ok\n"
    os.close(reader)
    private = tmp_path / "report.json"
    private.write_text("old")
    private.chmod(0o600)
    write_output(private, lambda fh: fh.write("new"))
    assert private.read_text() == "new" and stat.S_IMODE(private.stat().st_mode) == 0o600
    with pytest.raises(UsageError):
        write_output(tmp_path, lambda fh: fh.write("x"))


def test_long_digit_runs_and_large_tables_are_read_right():
    """These took minutes when the patterns backtracked and every pair of parts was tried;
    their cost is measured by make bench-robust, here only the results."""
    from decimal import Decimal as D

    from regio.validate import prose
    from regio.validate.diagnosis import Candidate, describe, diagnose
    from regio.validate.findings import Phrase

    text = "De kosten " + "1" * 60_000 + " euro; 5 % van de regionale middelen en 15,5% over 3 jaar."
    found = [[m.group(0) for m in rx.finditer(text)] for rx in (prose._PERCENT, prose._PERCENT_OF, prose._YEARS)]
    assert found == [["5 %", "15,5%"], ["5 % van de regionale middelen en"], ["3 jaar"]]
    parts = [Candidate(D(7 * i + 3), D(0), Phrase(key="cell", params={"label": str(i), "raw": str(7 * i + 3)}), "part")
             for i in range(6000)]
    explained = diagnose(D(1_000_000), D(1_000_000 - 56_013), D(0), parts)  # 28.003 + 28.010
    assert explained and "equals the cell 4000 (28003) plus the cell 4001 (28010)" in describe(explained, "en")


def test_a_workbook_takes_any_file_name(tmp_path):
    from regio.export import write_xlsx
    from regio.schema import Dossier
    from tables import dossier, table

    d = dossier(table(["Totaal", "Rijk"], [["A\x01", "100", "100"]])).model_copy(update={"file": "bad\x07name.pdf"})
    write_xlsx([Dossier.model_validate(d.model_dump())], tmp_path / "cells.xlsx")
    assert (tmp_path / "cells.xlsx").stat().st_size > 0
