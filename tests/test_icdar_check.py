"""`regio check` on the ICDAR 2013 documents: statistical tables of EU and US reports, none
of them a proposal. Their totals are checked like any table's, and no error may be one a
person would call wrong: every error raised on them is listed here with the reason it is a
real discrepancy. There is none today: rounding differences stay within the precision the
figures are written in, rates and averages in Total rows are not sums, and shares beside a
count are recognised as such."""

from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "icdar2013"
DOCUMENTS = sorted(CORPUS.glob("*.pdf"))

# (file, code, row, column): why it is a real discrepancy
REAL_ERRORS: dict[tuple[str, str, str | None, str | None], str] = {}


@pytest.mark.skipif(not DOCUMENTS, reason=f"no ICDAR 2013 corpus at {CORPUS}")
@pytest.mark.parametrize("pdf", DOCUMENTS, ids=[p.stem for p in DOCUMENTS])
def test_no_error_a_person_would_call_wrong(pdf):
    from regio.extract import extract
    from regio.validate import check
    from regio.validate.findings import Severity

    dossier = extract(pdf, cross_check="none")
    result = check(dossier)
    errors = [(pdf.name, f.code, f.row, f.column) for f in result.findings if f.severity == Severity.error]
    assert [e for e in errors if e not in REAL_ERRORS] == []
    assert any(f.code == "RD001" and f.severity == Severity.warning for f in result.findings)
    assert dossier.tables, "every ICDAR document holds tables"
