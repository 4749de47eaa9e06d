"""Sums in tables that are not funding tables: a begroting "bedragen x € 1.000" with
subtotals, shares that should make 100%, a column of years beside the amounts, an English
statistical table. Each is drawn as a PDF here (no rules: the columns are only aligned) and
goes through the whole reading and checking."""

from decimal import Decimal as D

import pytest

from regio.extract import extract
from regio.money import parse_cell, separator_style
from regio.validate import check


def draw(path, caption: str | None, rows: list[list[str]], edges=(300, 380, 460)):
    """A page with a caption and an unruled table: labels at x=72, figures set right at ``edges``."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.setFont("Helvetica", 10)
    y = 760
    c.drawString(72, y, "De kosten van het programma zijn als volgt over de jaren verdeeld.")
    y -= 30
    if caption:
        c.drawString(72, y, caption)
        y -= 20
    for row in rows:
        c.setFont("Helvetica-Bold" if row[0].startswith(("Totaal", "Subtotaal", "Post")) else "Helvetica", 10)
        c.drawString(72, y, row[0])
        for x, text in zip(edges, row[1:]):
            c.drawRightString(x, y, text)
        y -= 15
    c.setFont("Helvetica", 10)
    c.drawString(72, y - 20, "De bedragen zijn gebaseerd op de meerjarenraming van de provincie.")
    c.showPage()
    c.save()
    return path


BUDGET = [["Post", "2024", "2025", "Totaal"],
          ["Personeel", "120", "140", "260"],
          ["Materiaal", "45", "55", "100"],
          ["Subtotaal uitvoering", "165", "195", "360"],
          ["Huisvesting", "1.250", "1.300", "2.550"],
          ["Inrichting", "80", "20", "100"],
          ["Subtotaal locatie", "1.330", "1.320", "2.650"],
          ["Totaal", "1.495", "1.515", "3.010"]]


def read_and_check(path):
    dossier = extract(path, cross_check="none")
    return dossier, check(dossier).findings


def test_a_budget_that_adds_up_is_read_with_its_scale_and_raises_nothing(tmp_path):
    dossier, findings = read_and_check(draw(tmp_path / "b.pdf", "Tabel 2. Begroting (bedragen x € 1.000)", BUDGET))
    (table,) = dossier.tables
    assert table.caption == "Tabel 2. Begroting (bedragen x € 1.000)" and table.scale == 1000
    assert [r.kind for r in table.rows] == ["body", "body", "subtotal", "body", "body", "subtotal", "total"]
    assert [(f.code, f.severity.value) for f in findings] == [("RD001", "warning")]
    assert "budget" in findings[0].message


def test_a_wrong_total_over_subtotals_is_an_error_in_euros(tmp_path):
    rows = [r[:] for r in BUDGET]
    rows[-1][2] = "1.615"  # 195 + 1.320 = 1.515
    _, findings = read_and_check(draw(tmp_path / "b.pdf", "Tabel 2. Begroting (bedragen x € 1.000)", rows))
    errors = [f for f in findings if f.severity.value == "error"]
    assert ("RD102", "Totaal", "2025") in [(f.code, f.row, f.column) for f in errors]
    column = next(f for f in errors if f.code == "RD102" and f.column == "2025")
    assert (column.stated, column.computed, column.difference) == (D(1_615_000), D(1_515_000), D(100_000))
    assert "€ 1.615.000" in column.message


def test_a_wrong_subtotal_is_found_and_the_total_still_counts_each_amount_once(tmp_path):
    rows = [r[:] for r in BUDGET]
    rows[3][1] = "175"  # 120 + 45 = 165
    _, findings = read_and_check(draw(tmp_path / "b.pdf", "bedragen x € 1.000", rows))
    errors = [(f.code, f.row, f.column) for f in findings if f.severity.value == "error"]
    assert ("RD102", "Subtotaal uitvoering", "2024") in errors
    # The Totaal row sums the subtotals (175 + 1.330 = 1.505, not 1.495): the wrong subtotal
    # also shows there, while adding body rows and subtotals together would double everything.
    total = next(f for f in findings if f.code == "RD102" and f.row == "Totaal" and f.column == "2024")
    assert total.computed == D(1_505_000)


def test_shares_that_do_not_make_100_percent(tmp_path):
    rows = [["Post", "Bedrag", "Aandeel"],
            ["Personeel", "600.000", "60%"],
            ["Materiaal", "300.000", "30%"],
            ["Huisvesting", "100.000", "20%"],
            ["Totaal", "1.000.000", "100%"]]
    _, findings = read_and_check(draw(tmp_path / "p.pdf", None, rows))
    (share,) = [f for f in findings if f.code == "RD106"]
    assert (share.severity.value, share.stated, share.computed) == ("error", D(100), D(110))
    rows[3][2] = "10%"
    _, findings = read_and_check(draw(tmp_path / "q.pdf", None, rows))
    assert not [f for f in findings if f.code == "RD106"]
    assert not [f for f in findings if f.severity.value == "error"]


def test_a_column_of_each_rows_ratio_gives_the_totals_as_their_weighted_mean(tmp_path):
    """"% besteed": each row's spent share of its own budget. The Totaal row's is the rows'
    weighted by their amounts (300.000 + 300.000 of 1.000.000: 60%), not their sum; a total
    that is neither is a finding."""
    rows = [["Post", "Bedrag", "% besteed"],
            ["Personeel", "600.000", "50%"],
            ["Materiaal", "300.000", "100%"],
            ["Huisvesting", "100.000", "0%"],
            ["Totaal", "1.000.000", "60%"]]
    _, findings = read_and_check(draw(tmp_path / "r.pdf", None, rows))
    assert not [f for f in findings if f.severity.value == "error"]
    rows[4][2] = "70%"
    _, findings = read_and_check(draw(tmp_path / "s.pdf", None, rows))
    assert [(f.code, f.stated) for f in findings if f.severity.value == "error"] == [("RD106", D(70))]


def test_a_column_of_years_is_never_summed(tmp_path):
    rows = [["Project", "Startjaar", "Bedrag"],
            ["Kenniscentrum", "2024", "400.000"],
            ["Proeftuin", "2025", "250.000"],
            ["Totaal", "", "650.000"]]
    _, findings = read_and_check(draw(tmp_path / "y.pdf", "Projecten (bedragen in euro)", rows))
    assert [(f.code, f.severity.value) for f in findings] == [("RD001", "warning")]


def test_an_english_table_is_read_with_commas_for_thousands(tmp_path):
    rows = [["Item", "2019", "2020", "Total"],
            ["Salaries", "1,880", "2,010", "3,890"],
            ["Travel", "97.5", "102.5", "200.0"],
            ["Total", "1,977.5", "2,112.5", "4,090.0"]]
    dossier, findings = read_and_check(draw(tmp_path / "e.pdf", "Table 4. Costs ($000's)", rows))
    (table,) = dossier.tables
    assert table.scale == 1000
    assert [c.amount.value for c in table.rows[0].cells] == [D(1880), D(2010), D(3890)]
    assert [c.amount.value for c in table.rows[1].cells] == [D("97.5"), D("102.5"), D(200)]
    assert not [f for f in findings if f.severity.value == "error"]


@pytest.mark.parametrize("text", ["-1.234", "−1.234", "(1.234)", "1.234-"])
def test_negative_amounts_in_every_form(text):
    assert parse_cell(text).amount.value == D(-1234)


def test_separators_are_decided_per_table_not_per_cell():
    assert separator_style(["1,880", "97.4", "548"]) == "en"
    assert separator_style(["1.650.000", "6,33", "-"]) is None
    # One cell cannot tell: "1,234" is a thousand and more beside "12", a decimal beside "6,5".
    assert separator_style(["1,234", "12"]) == "en"
    assert separator_style(["1,234", "6,5"]) is None
    assert parse_cell("1,234").amount.value == D("1.234") and parse_cell("1,234", "en").amount.value == D(1234)


def test_a_table_in_english_separators_with_its_currency_and_units_says_so():
    """A sign set apart before the figure ("€ 150,000") and a decimal stating its unit
    ("€ 2.25 mln.") show an English table as plainly as bare figures; so does a Dutch
    decimal with its unit ("6,33 mln.") a Dutch one. Thousands grouped before a unit
    ("1.120 mln.") are either's decimals, and tell nothing."""
    assert separator_style(["€ 150,000", "€ 2.25 mln.", "-"]) == "en"
    assert separator_style(["1.120 mln.", "575,000"]) == "en"
    assert separator_style(["6,33 mln.", "2.5 mln."]) is None
    assert parse_cell("€ 2.25 mln.", "en").amount.value == D(2250000)


def test_a_page_without_text_makes_the_reading_partial_and_says_where(tmp_path):
    from pypdf import PdfReader, PdfWriter

    from fixtures import scanned_pdf

    budget = draw(tmp_path / "b.pdf", "bedragen x € 1.000", BUDGET)
    writer = PdfWriter()
    for source in (budget, scanned_pdf(tmp_path / "scan.pdf")):
        writer.append(PdfReader(str(source)))
    with open(tmp_path / "both.pdf", "wb") as fh:
        writer.write(fh)
    complete = extract(budget, cross_check="none")
    partial = extract(tmp_path / "both.pdf", cross_check="none")
    assert (complete.status, complete.incomplete) == ("complete", [])
    assert partial.status == "partial" and len(partial.tables) == 1
    assert partial.incomplete == ["page 2: page has no text layer (scanned image?)"]


def test_the_export_holds_every_table_with_its_id_and_amounts_in_euros(tmp_path):
    from regio.export import tidy_rows

    dossier = extract(draw(tmp_path / "b.pdf", "Tabel 2. Begroting (bedragen x € 1.000)", BUDGET), cross_check="none")
    rows = list(tidy_rows([dossier]))
    assert {r["table_id"] for r in rows} == {"p1-t1"} and {r["project"] for r in rows} == {None}
    personeel = next(r for r in rows if r["row"] == "Personeel" and r["column"] == "2024")
    assert (personeel["raw"], personeel["value"]) == ("120", D(120_000))


def test_a_project_table_names_the_page_table_it_was_read_from():
    from conftest import SAMPLES
    from regio.export import tidy_rows

    dossier = extract(SAMPLES / "zoo" / "zeeland-report.pdf", pages=[7], cross_check="none")
    rows = list(tidy_rows([dossier]))
    year = [r for r in rows if r["column"] == "2024"]
    assert {r["table_id"] for r in year} == {"p7-t1"}
    assert {r["value"] for r in year if r["row"] == "Totaal"} == {D(850_000)}
