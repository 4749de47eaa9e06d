"""Columns a table names by colour alone, as an infographic draws them: a swatch heads each
column, and a key sets the name of each colour beside a swatch of it, right over the table
or in the text before it."""

import pytest
from fixtures import a4_canvas

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD = "Helvetica-Bold"
COLOURS = {"Rijk": (0.1, 0.2, 0.5), "Provincie": (0.9, 0.5, 0.1), "Gemeente": (0.2, 0.6, 0.3)}
ROWS = [("Projecten", "900.000", "500.000", "300.000", "100.000"), ("Onderzoek", "600.000", "200.000", "300.000", "100.000"),
        ("Totaal", "1.500.000", "700.000", "600.000", "200.000")]


def _draw(path, key_at: float, key_over_the_table: bool):
    """A project's page: its fields, the key at ``key_at`` (from the top), and a table whose
    columns after Totaal are headed by swatches in the key's colours, in another order."""
    c, height = a4_canvas(path)

    def text(x: float, y: float, words: str, size: float = 10, font: str = "Helvetica", right: bool = False) -> None:
        c.setFillColorRGB(0, 0, 0)
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, height - y, words)

    def swatch(x: float, y: float, w: float, h: float, colour: tuple) -> None:
        c.setFillColorRGB(*colour)
        c.rect(x, height - y - h, w, h, stroke=0, fill=1)

    text(60, 60, "Groene Haven", 18, BOLD)
    text(60, 100, "Aanpak", 10, BOLD)
    text(60, 114, "De gemeente en de provincie bouwen samen een werkplaats voor de regio.")
    text(60, 140, "Financiering", 10, BOLD)
    text(60, 154, "De kosten en hun dekking staan in de tabel hieronder.")
    x = 60
    for name, colour in COLOURS.items():  # the key: a swatch, its name
        swatch(x, key_at - 7, 7, 7, colour)
        text(x + 10, key_at, name, 8)
        x += 20 + 5 * len(name)
    top = key_at + 20 if key_over_the_table else 230
    text(60, top, "Kostenpost", 9, BOLD)
    text(300, top, "Totaal", 9, BOLD, right=True)
    for right, name in zip((380, 460, 540), ("Gemeente", "Rijk", "Provincie")):
        swatch(right - 18, top - 6, 18, 6, COLOURS[name])
    for k, (label, *amounts) in enumerate(ROWS):
        text(60, top + 16 + 14 * k, label, 9)
        for right, amount in zip((300, 380, 460, 540), amounts):
            text(right, top + 16 + 14 * k, amount, 9, right=True)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("key_at, over", [(190, True), (180, False)], ids=["key-over-the-table", "key-in-the-text"])
def test_columns_headed_by_swatches_are_named_by_the_key(tmp_path, key_at, over):
    (table,) = extract(_draw(tmp_path / "colours.pdf", key_at, over), cross_check="none").projects[0].tables
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "rijk", "provincie"]
    assert "Rijk" not in table.label
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(label, list(amounts)) for label, *amounts in ROWS]
