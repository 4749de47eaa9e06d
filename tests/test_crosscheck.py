"""The second reading of ruled tables: agreement is silent, disagreement is a warning."""

import pytest

from conftest import SAMPLES, extracted
from regio.extract import crosscheck, extract


def test_both_readings_agree_on_the_word_sample():
    dossier = extracted("twente-word")
    assert not [w for w in dossier.warnings if w.code == "cross-check"]


def test_a_disagreement_is_a_warning_with_both_readings():
    project = extracted("twente-word").projects[0]
    cell = project.tables[0].rows[0].cells[0]
    other = crosscheck.RouteCell(cell.provenance.bbox, "2.800.000")
    (warning,) = crosscheck.compare([project], "pdfplumber", {cell.provenance.page: [other]})
    assert warning.page == cell.provenance.page
    assert "'2.000.000'" in warning.message and "'2.800.000'" in warning.message and "Projecten" in warning.message


def test_camelot_route_reads_the_same_cells():
    pytest.importorskip("camelot")
    dossier = extract(SAMPLES / "twente-word.pdf", pages=range(1, 4), cross_check="camelot", cross_check_all=True)
    assert dossier.projects[0].tables and not [w for w in dossier.warnings if w.code == "cross-check"]


def test_only_an_uncertain_reading_is_read_again():
    from regio.extract import _pages_to_recheck
    from regio.extract.layout import PageLayout, Rule
    from tables import table

    t = table(["Totaal", "Rijk"], [["A", "100", "100"]])
    t.reader, t.pages = "ruled", [1]  # every cell's box is (0, 0, 10, 10) on page 1
    borders = [Rule(x, -5, x, 20) for x in (-20, -10, 12, 30)]
    clear = PageLayout(1, 595, 842, [], [], borders)
    through = PageLayout(1, 595, 842, [], [], [*borders, Rule(5, -5, 5, 20)])
    project = extracted("twente-word").projects[0].model_copy(update={"tables": [t]})
    assert _pages_to_recheck([clear], [project], every=False) == []
    assert _pages_to_recheck([through], [project], every=False) == [1]
    assert _pages_to_recheck([clear], [project], every=True) == [1]
    t.reader = "aligned"
    assert _pages_to_recheck([clear], [project], every=False) == [1]


def test_a_filled_in_form_is_not_read_again_by_a_reader_that_cannot_see_its_fields():
    """pdfplumber reads no form fields: its second reading of a filled-in form's tables would
    find every amount missing."""
    dossier = extract(SAMPLES / "zoo" / "zeeland-acroform.pdf", cross_check="pdfplumber", cross_check_all=True)
    assert dossier.projects[0].tables[-1].rows[0].cells[0].raw == "1.250.000"
    assert not [w for w in dossier.warnings if w.code.startswith("cross-check")]
