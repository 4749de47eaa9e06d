"""A table's header where the page sets it apart from its rows: left at a page's foot under
a field's label that goes on over the rows on the next page."""

import pytest
from fixtures import drawn_pdf

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD = "Helvetica-Bold"
_ROWS = [(("Monitoring en", "evaluatie van de", "verkeersstromen"), ("6.875.000", "125.000", "-", "p.m.")),
         (("Omscholing van", "werkenden en de", "kanaalzone"), ("1.435.000", "975.000", "60.000", "400.000")),
         (("Kennisdeling",), ("940.000", "90.000", "150.000", "700.000")),
         (("Totaal",), ("9.250.000", "1.190.000", "210.000", "1.100.000"))]


def _rows(y: float, columns: list[float], size: float) -> list[tuple]:
    """The rows, their labels wrapped in the first column, their amounts set right against
    each column's right edge."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = []
    for label, amounts in _ROWS:
        runs += [(columns[0], y + (size + 2) * k, part, size) for k, part in enumerate(label)]
        runs += [(right - stringWidth(a, "Helvetica", size), y, a, size) for right, a in zip(columns[1:], amounts)]
        y += (size + 2) * len(label) + 6
    return runs


def _amounts(table) -> dict[tuple[str, str], str]:
    return {(row.label, key): cell.raw for row in table.rows for key, cell in zip((c.key for c in table.columns), row.cells)}


def test_rows_beside_the_label_that_says_the_field_goes_on_are_the_tables(tmp_path):
    """A form (labels in a column, each field's text beside its label) whose budget's header
    ends the page: on the next, the rows stand beside "Financiering (vervolg)", the field's
    label again. They are the table's rows, and the label none of its cells."""
    first = [(75, 60, "Sterke Campus", 16, BOLD), (75, 100, "Projectnaam", 10, BOLD),
             (210, 100, "Programma Proeftuinen voor nieuwe technologie", 10),
             (75, 120, "Partijen", 10, BOLD), (210, 120, "Rijkswaterstaat, Scalda, Werkplein Zeeland.", 10),
             (75, 770, "Financiering", 10, BOLD), (210, 770, "De regio draagt € 1.250.000 bij aan het programma.", 10),
             (330, 792, "Totaal", 9, BOLD), (380, 792, "Privaat", 9, BOLD), (420, 792, "Gemeente", 9, BOLD),
             (480, 792, "Rijk", 9, BOLD), (210, 800, "Investeringen", 9, BOLD)]
    second = [(75, 60, "Financiering (vervolg)", 10, BOLD), *_rows(60, [210, 360, 410, 465, 510], 9)]
    dossier = extract(drawn_pdf(tmp_path / "goeson.pdf", [first, second]), cross_check="none")
    [table] = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]
    assert [row.label for row in table.rows] == [" ".join(label) for label, _ in _ROWS]
    assert _amounts(table)[("Kennisdeling", "privaat")] == "90.000"
