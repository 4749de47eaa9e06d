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
    dossier = extract(SAMPLES / "twente-word.pdf", pages=range(1, 4), cross_check="camelot")
    assert dossier.projects[0].tables and not [w for w in dossier.warnings if w.code == "cross-check"]
