"""Regenerated sample PDFs with one thing changed: each change must be caught."""

import dataclasses
from pathlib import Path

import pytest

from conftest import SAMPLES
from regio.extract import extract
from regio.validate import check

pytest.importorskip("reportlab")
if not Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").exists():
    pytest.skip("the Word-style renderer needs the DejaVu fonts (Debian: fonts-dejavu-core)", allow_module_level=True)

from samples.gen.source import Field, Table, load  # noqa: E402
from samples.gen.word import render_word  # noqa: E402


@pytest.fixture(scope="module")
def amp():
    """The first project alone: renders in a moment and is consistent as written."""
    source = load(SAMPLES / "twente" / "dossier.json")
    return dataclasses.replace(source, projects=source.projects[:1], toc=source.toc[:1])


def run(dossier, tmp_path: Path):
    pdf = tmp_path / "mutant.pdf"
    render_word(dossier, pdf, tmp_path / "mutant.layout.json")
    return check(extract(pdf)).findings


def with_table(dossier, change):
    project = dossier.projects[0]
    rows = tuple(change(r) if isinstance(r, Table) else r for r in project.rows)
    return dossier.with_project(0, dataclasses.replace(project, rows=rows))


def errors(findings):
    return {(f.code, f.row, f.column) for f in findings if f.severity.value == "error"}


def test_the_unchanged_project_is_clean(amp, tmp_path):
    assert errors(run(amp, tmp_path)) == set()


def test_one_changed_cell_is_caught(amp, tmp_path):
    mutant = with_table(amp, lambda t: t.with_cell(0, 2, "1.100.000"))  # Projecten × Privaat
    found = [f for f in run(mutant, tmp_path) if f.severity.value == "error"]
    assert {(f.code, f.row, f.column, f.difference) for f in found} == {
        ("RD101", "Projecten", "totaal", -100000), ("RD102", "Totaal", "privaat", -100000)}


def test_one_blanked_total_is_caught(amp, tmp_path):
    mutant = with_table(amp, lambda t: t.with_cell(1, 1, ""))  # Educatie × Totaal
    assert ("RD104", "Educatie", "totaal") in errors(run(mutant, tmp_path))


def test_one_changed_prose_amount_is_caught(amp, tmp_path):
    project = amp.projects[0]
    rows = tuple(dataclasses.replace(r, content=tuple(c.replace("€6 mln.", "€6,5 mln.") if isinstance(c, str) else c
                                                      for c in r.content))
                 if isinstance(r, Field) and r.label.startswith("Inzet") else r for r in project.rows)
    mutant = amp.with_project(0, dataclasses.replace(project, rows=rows))
    found = [f for f in run(mutant, tmp_path) if f.code == "RD201"]
    assert [(f.stated, f.computed) for f in found] == [(6500000, 6000000)]


def test_the_committed_word_sample_is_the_rendering_of_the_transcription(tmp_path):
    source = load(SAMPLES / "twente" / "dossier.json")
    render_word(source, tmp_path / "twente-word.pdf", tmp_path / "twente-word.layout.json")
    assert (tmp_path / "twente-word.pdf").read_bytes() == (SAMPLES / "twente-word.pdf").read_bytes()
    assert (tmp_path / "twente-word.layout.json").read_bytes() == (SAMPLES / "twente-word.layout.json").read_bytes()
