"""A project's tables in the order the document gives them, wherever the pages set them: a
table floated to the top of a page before its project's title, and tables numbered in their
captions but set side by side."""

import pytest
from fixtures import drawn_pdf

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD = "Helvetica-Bold"


def _table(x: float, y: float, caption: str, rows: list[tuple[str, str, str]]) -> list[tuple]:
    """A caption, a header (Kostenpost, Totaal, Rijk) and rows, the amounts set right in
    columns ending 140 and 210 points right of ``x``."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs = [(x, y, caption, 9, "Helvetica-Oblique"), (x, y + 16, "Kostenpost", 9, BOLD)]
    runs += [(x + right - stringWidth(word, BOLD, 9), y + 16, word, 9, BOLD) for right, word in ((140, "Totaal"), (210, "Rijk"))]
    for k, (label, *amounts) in enumerate(rows):
        runs.append((x, y + 30 + 13 * k, label, 9))
        runs += [(x + right - stringWidth(a, "Helvetica", 9), y + 30 + 13 * k, a, 9) for right, a in zip((140, 210), amounts)]
    return runs


def _fields(title: str, y: float, labels: tuple[str, ...]) -> list[tuple]:
    runs = []
    for k, label in enumerate(labels):
        runs += [(60, y + 40 * k, label, 10, BOLD),
                 (60, y + 14 + 40 * k, f"{title} werkt samen met de provincie en de hogeschool in de regio.", 10)]
    return runs


def _column_text(x: float, y: float, lines: int) -> list[tuple]:
    words = "De regio investeert samen met de provincie en de hogeschool in een werkplaats voor".split()
    return [(x, y + 13 * k, " ".join(words[k % 3:k % 3 + 9]), 9) for k in range(lines)]


def test_tables_numbered_in_their_captions_and_set_in_two_columns_are_read_in_their_numbers_order(tmp_path):
    """A page of two text columns, Tabel 1 and Tabel 3 in the left, Tabel 2 at the top of the
    right: the project's tables are 1, 2, 3, as their numbers say, not as the columns read."""
    first = [(60, 60, "Groene Haven", 18, BOLD), *_fields("Groene Haven", 100, ("Projectnaam", "Aanpak", "Financiering"))]
    second = [*_column_text(60, 60, 8),
              *_table(60, 180, "Tabel 1. Investeringen", [("Bouw", "1.000.000", "500.000"), ("Totaal", "1.000.000", "500.000")]),
              *_column_text(60, 270, 6),
              *_table(60, 370, "Tabel 3. Dekking", [("Provincie", "300.000", "-"), ("Totaal", "300.000", "-")]),
              *_table(320, 60, "Tabel 2. Exploitatie", [("Beheer", "200.000", "100.000"), ("Totaal", "200.000", "100.000")]),
              *_column_text(320, 150, 20)]
    (project,) = extract(drawn_pdf(tmp_path / "columns.pdf", [first, second]), cross_check="none").projects
    assert [t.caption for t in project.tables] == ["Tabel 1. Investeringen", "Tabel 2. Exploitatie", "Tabel 3. Dekking"]


def test_a_table_floated_over_its_projects_title_stands_first_among_its_tables(tmp_path):
    """A gazette floats a project's first table to the top of the page its title is on, over
    the end of the project before: the table is the named project's, before its second."""
    labels = ("Projectnaam", "Aanpak", "Financiering")
    first = [(60, 60, "Groene Haven", 18, BOLD), *_fields("Groene Haven", 100, labels),
             *_table(60, 300, "Tabel 1. Begroting – Groene Haven", [("Bouw", "1.000.000", "500.000"),
                                                                    ("Totaal", "1.000.000", "500.000")])]
    second = [*_table(60, 60, "Tabel 2. Begroting – Blauwe Poort", [("Inrichting", "800.000", "400.000"),
                                                                   ("Totaal", "800.000", "400.000")]),
              (60, 160, "Borging", 10, BOLD), (60, 174, "Groene Haven blijft na afloop in beheer bij de gemeente.", 10),
              (60, 220, "Blauwe Poort", 18, BOLD), *_fields("Blauwe Poort", 260, labels),
              *_table(60, 400, "Tabel 3. Dekking – Blauwe Poort", [("Provincie", "300.000", "-"), ("Totaal", "300.000", "-")])]
    projects = extract(drawn_pdf(tmp_path / "gazette.pdf", [first, second]), cross_check="none").projects
    assert [[t.caption for t in p.tables] for p in projects] == [
        ["Tabel 1. Begroting – Groene Haven"], ["Tabel 2. Begroting – Blauwe Poort", "Tabel 3. Dekking – Blauwe Poort"]]
