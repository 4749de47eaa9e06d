"""Text from a proposal is data, never markup or a terminal command, and a number of any
length is never a reason to fail."""

import io

import pytest

from regio.extract.amounts import find_amounts, parse_cell


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
    from regio.report.text import render_text

    out = io.StringIO()
    message = "row '[/] [link=https://example.org]klik[/link]' \x1b[31mred\x07"
    render_text(_result(message, "a[/]b.pdf"), [("a[/]b.pdf", "checked", None, None)], out)
    text = out.getvalue()
    assert "[/] [link=https://example.org]klik[/link]" in text and "[bold]P[/]" in text and "a[/]b.pdf" in text
    assert "\x1b" not in text and "\x07" not in text


def test_an_error_line_stays_one_line_whatever_the_file_name(capsys):
    from regio.cli import error_line

    error_line("evil\n::warning file=x::forged.pdf", "not a PDF\r\nsecond line")
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("regio: error: evil ::warning")
