"""`regio check` on both sample renderings against the hand-checked list of discrepancies.

tests/golden/twente_findings.json was computed by hand from the source text (every row,
column and restated amount). Severity is the tool's policy and is stated here where it
differs from the hand list's suggestion: a sentence that lost its number is an error (it
must be fixed before a proposal is judged); a blank total in a table inside the prose
(not an investment table) is a warning.
"""

import json
from decimal import Decimal

import pytest

from conftest import GOLDEN, extracted
from regio.validate import check

HAND = json.loads((GOLDEN / "twente_findings.json").read_text(encoding="utf-8"))
D = Decimal


def hand(check_name, project_prefix, **where):
    matches = [d for d in HAND["discrepancies"] if d["check"] == check_name and d["project"].startswith(project_prefix)
               and all(d.get(k) == v for k, v in where.items())]
    assert len(matches) == 1, (check_name, project_prefix, where, matches)
    return matches[0]


def key(f):
    return (f.code, f.project, f.row, f.column, f.stated, f.computed)


TALENT = "Talent Halen, Opleiden en Houden"
GEBIED = "Gebiedsontwikkeling en Bereikbaarheid Topwerklocaties"


def expected_errors():
    wimm = hand("missing-total", "Talent", row="Oriëntatieprogr. WIMM")
    talent_total = hand("grand-total", "Talent", basis="column")
    rijk = hand("column-sum", "Gebied", column="rijk", severity="error")
    gebied_total = hand("grand-total", "Gebied", basis="column")
    tfvv = hand("prose-missing-amount", "Twents")
    return {
        ("RD202", "Twents Fonds voor Vakmanschap", None, "totaal", None, D(tfvv["computed"])),
        ("RD104", TALENT, wimm["row"], "totaal", None, D(wimm["computed"])),
        ("RD103", TALENT, "Totaal", "totaal", D(talent_total["stated"]), D(talent_total["computed"])),
        # The Privaat total counts the 7.500.000* that its footnote keeps outside the total.
        ("RD102", TALENT, "Totaal", "privaat", D(10050000), D(2550000)),
        ("RD102", GEBIED, "Totaal", "rijk", D(rijk["stated"]), D(rijk["computed"])),
        ("RD103", GEBIED, "Totaal", "totaal", D(gebied_total["stated"]), D(gebied_total["computed"])),
        # "15% van de regionale middelen, totaal € 14,1 miljoen": 15% of the region's share
        # in the table (92,3 - 14,1 = 78,2 mln.) is 11.730.000.
        ("RD206", GEBIED, None, None, D(14100000), D(11730000)),
    }


def test_every_real_discrepancy_is_an_error_and_nothing_else(rendering):
    result = check(extracted(rendering))
    errors = {key(f) for f in result.findings if f.severity.value == "error"}
    assert errors == expected_errors()


def test_within_rounding_is_info_never_an_error(rendering):
    result = check(extracted(rendering))
    infos = {(f.check, f.row, f.column, f.stated, f.computed) for f in result.findings if f.severity.value == "info"}
    want = {(d["check"], d["row"], d["column"], D(d["stated"]), D(d["computed"]))
            for d in HAND["discrepancies"] if d["severity"] == "info" and d["check"] in ("row-sum", "column-sum")}
    want |= {("grand-total", "Totaal", None, D(d["stated"]), D(d["computed"]))
             for d in HAND["discrepancies"] if d["severity"] == "info" and d["check"] == "grand-total"}
    assert infos == want


def test_footnote_explained_difference_is_a_warning_that_quotes_it(rendering):
    result = check(extracted(rendering))
    (finding,) = [f for f in result.findings if f.code == "RD101" and f.row == "Connect Forward"]
    assert finding.severity.value == "warning"
    assert "buiten de totale investering gehouden" in finding.footnote


def test_talent_grand_total_diagnosis_names_the_footnoted_amount_and_the_missing_row(rendering):
    (finding,) = [f for f in check(extracted(rendering)).findings if f.code == "RD103" and f.project == TALENT]
    assert finding.difference == D(7725000)
    assert "7.500.000*" in finding.diagnosis and "Oriëntatieprogr. WIMM" in finding.diagnosis


@pytest.mark.parametrize("title", ["Advanced Manufacturing Program", "PDEng voor Digitale Transformatie en Advanced Manufacturing",
                                   "TopFit - Citizenlab Oost", "Twents Fonds voor Vakmanschap", "Skills Twente", "Leonardo",
                                   "Mineral Valley Twente", "Circulair Textiel door Chemische en Mechanische Recycling",
                                   "Creatieve Broedplaatsen"])
def test_consistent_tables_produce_no_error(rendering, title):
    findings = [f for f in check(extracted(rendering)).findings if f.project == title and f.table_index is not None]
    assert not [f for f in findings if f.severity.value == "error"]


def test_findings_carry_evidence_with_pages_and_boxes(rendering):
    for f in check(extracted(rendering)).findings:
        if f.code in ("RD101", "RD102", "RD103"):
            assert f.evidence[0].role == "stated" and f.evidence[0].page and f.evidence[0].bbox
            assert all(e.page for e in f.evidence)
            assert f.stated_interval and f.computed_interval


def test_fingerprints_are_stable_and_distinct(rendering):
    a = check(extracted(rendering)).findings
    b = check(extracted(rendering)).findings
    assert [f.fingerprint for f in a] == [f.fingerprint for f in b]
    assert len({f.fingerprint for f in a}) == len(a)


def test_dossier_summary(rendering):
    summary = check(extracted(rendering)).summary
    # Sum of the Rijk column's stated totals over the 11 projects, by hand from the golden cells:
    # 1.500.000 + 840.000 + 3.000.000 + 4.000.000 + 1.202.000 + 1.893.936 + 5.000.000
    # + 14.100.000 + 2.800.000 + 0 (-*) + 4.000.000
    assert summary.rijk_total == D(38335936)
    assert summary.by_theme["Techniek als motor"] == D(6000000 + 4662780 + 6000000)
    assert summary.prose_amounts >= 40 and summary.prose_amounts_linked >= 25


def test_prose_findings_point_at_the_line_of_the_sentence(rendering):
    import pypdfium2

    from conftest import SAMPLES

    (finding,) = [f for f in check(extracted(rendering)).findings if f.code == "RD202"]
    (evidence,) = finding.evidence
    document = pypdfium2.PdfDocument(str(SAMPLES / f"{rendering}.pdf"))
    page = document[evidence.page - 1]
    x0, top, x1, bottom = evidence.bbox
    height = page.get_height()
    text = page.get_textpage().get_text_bounded(x0, height - bottom, x1, height - top)
    assert "miljoen" in text and finding.page == evidence.page
