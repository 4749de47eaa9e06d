"""Layouts the two sample renderings do not cover, drawn directly with reportlab."""

from pathlib import Path

import pytest

from regio.extract import extract

pytest.importorskip("reportlab")


def draw(path: Path, pages: list[list[tuple[float, float, str, float]]]) -> Path:
    """Each page: (x, y-from-top, text, size) runs of text, no rules at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    for runs in pages:
        for x, y, text, size in runs:
            c.setFont("Helvetica", size)
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path


def test_page_bottom_footnote_in_the_middle_of_a_field(tmp_path):
    page1 = [(60, 60, "Thema | Een project", 14),
             (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Opgave", 10), (180, 130, "De opgave begint hier en noemt een bron.\u00b9", 10),
             (180, 145, "Zij gaat verder op deze regel", 10),
             (60, 800, "\u00b9 Bron: een onderzoek uit 2018.", 7)]
    page2 = [(180, 60, "en eindigt op de volgende pagina.", 10),
             (60, 100, "Opgaven/Investeringen", 10), (250, 100, "Totaal", 10), (330, 100, "Privaat", 10),
             (420, 100, "Rijk", 10),
             (60, 120, "Bouw", 10), (250, 120, "1.000.000", 10), (330, 120, "400.000", 10), (420, 120, "600.000", 10),
             (60, 140, "Totaal", 10), (250, 140, "1.000.000", 10), (330, 140, "400.000", 10), (420, 140, "600.000", 10)]
    dossier = extract(draw(tmp_path / "footnote.pdf", [page1, page2]), cross_check="none")
    (project,) = dossier.projects
    opgave = project.field("Opgave")
    assert opgave.text.endswith("en eindigt op de volgende pagina.") and opgave.pages == [1, 2]
    assert [(n.mark, n.text) for n in project.notes] == [("\u00b9", "Bron: een onderzoek uit 2018.")]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["1.000.000", "400.000", "600.000"]] * 2


def test_columns_in_another_order_with_abbreviations_and_a_typo(tmp_path):
    page = [(60, 60, "Thema | Project", 14),
            (60, 100, "Opgaven/Investeringen", 10), (200, 100, "Rijk", 10), (260, 100, "Prov.", 10),
            (320, 100, "Onderw.", 10), (390, 100, "Privaat", 10), (460, 100, "Totaal EUR", 10),
            (60, 120, "Alles", 10), (200, 120, "100", 10), (260, 120, "200", 10), (320, 120, "-", 10),
            (390, 120, "300", 10), (460, 120, "600", 10),
            (60, 140, "Totaal", 10), (200, 140, "100", 10), (260, 140, "200", 10), (320, 140, "-", 10),
            (390, 140, "300", 10), (460, 140, "600", 10)]
    dossier = extract(draw(tmp_path / "order.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["rijk", "provincie", "onderwijs", "privaat", "totaal"]
    assert table.columns[-1].role == "total"
