"""regio as a library: the calls a notebook makes."""

from conftest import SAMPLES

import regio


def test_read_and_check_a_dossier_in_two_calls():
    dossier = regio.read_dossier(SAMPLES / "twente-word.pdf", cross_check="none")
    result = regio.check(dossier, select=["RD1"])
    assert len(dossier.projects) == 11
    assert result.findings and {f.code[:3] for f in result.findings} == {"RD1"}
    assert result.summary.errors == sum(f.severity.value == "error" for f in result.findings)


def test_every_table_of_any_pdf():
    tables = regio.read_tables(SAMPLES / "twente-word.pdf", pages=[2])
    assert tables and all(t.page == 2 for t in tables)


def test_check_reads_a_path_itself():
    by_path = regio.check(SAMPLES / "twente-word.pdf", select=["RD1"])
    by_dossier = regio.check(regio.read_dossier(SAMPLES / "twente-word.pdf"), select=["RD1"])
    assert [f.fingerprint for f in by_path.findings] == [f.fingerprint for f in by_dossier.findings] != []
