"""Pages unlike a sheet of A4: a crop box that shows part of a larger sheet, a web page saved
as one page thousands of points tall."""

from pathlib import Path

import pytest

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD = "Helvetica-Bold"
TITLES = ["Groene Haven", "Slimme Wegen"]


def _project(c, x: float, top: float, title: str, titled: bool = True) -> None:
    """A project drawn from ``top`` down (PDF y), its title (where ``titled``) over its fields,
    its funding table under them."""
    rows = [*([(title, 18, BOLD)] if titled else []), ("Partijen", 10, BOLD), ("De gemeente en de hogeschool.", 10, "Helvetica"),
            ("Opgave", 10, BOLD), (f"Het project {title} bouwt een werkplaats.", 10, "Helvetica")]
    y = top
    for text, size, font in rows:
        c.setFont(font, size)
        c.drawString(x, y, text)
        y -= 24
    for k, cells in enumerate([("Opgaven", "Totaal", "Rijk"), ("Bouw", "100.000", "60.000"), ("Totaal", "100.000", "60.000")]):
        c.setFont(BOLD if k in (0, 2) else "Helvetica", 9)
        for cell, at in zip(cells, (x, x + 200, x + 300)):
            c.drawString(at, y, cell)
        y -= 16


def test_only_what_the_crop_box_shows_is_read(tmp_path):
    """A printer's sheet of two pages side by side, each PDF page cropped to one of them (its
    crop box's corner far from the origin): each page reads its own project, not the facing
    one drawn outside what it shows, nor the slug under the sheet."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "sheet.pdf"
    c = canvas.Canvas(str(path), pagesize=(1275, 927), invariant=1)
    for _ in range(2):  # the same sheet twice: its left page, then its right
        _project(c, 90, 840, TITLES[0])
        _project(c, 690, 840, TITLES[1])
        c.setFont("Helvetica", 6)
        c.drawString(45, 20, "projectenboek_v3.indd  Spread 1")
        c.showPage()
    c.save()
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    document[0].set_cropbox(42, 42, 637, 884)
    document[1].set_cropbox(637, 42, 1232, 884)
    cropped = tmp_path / "cropped.pdf"
    document.save(str(cropped))
    document.close()
    dossier = extract(cropped, cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(TITLES[0], [1]), (TITLES[1], [2])]
    assert [[r.label for r in t.rows] for p in dossier.projects for t in p.tables] == [["Bouw", "Totaal"]] * 2
    assert "Spread" not in " ".join(f.text for p in dossier.projects for f in p.fields)


def test_a_page_thousands_of_points_tall_keeps_its_running_header_at_its_top(tmp_path):
    """A web page saved as one page per project, 3,000 points tall, after an overview page
    that lists the projects: the title said again as "Naam Project"'s text, 190 points down
    where the overview lists it, is the field's text, not a header running over both pages
    (a header keeps to a sheet's top share, not to the tall page's)."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "tall.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 3000), invariant=1)
    c.setFont(BOLD, 18)
    c.drawString(50, 2950, "Projecten")
    for k, title in enumerate(TITLES):
        c.setFont("Helvetica", 10)
        c.drawString(50, 2812 - 20 * k, title)
    c.showPage()
    for title in TITLES:
        c.setFont(BOLD, 18)
        c.drawString(50, 2870, title)
        c.setFont(BOLD, 12)
        c.drawString(50, 2830, "Naam Project")
        c.setFont("Helvetica", 10)
        c.drawString(50, 2812, title)
        _project(c, 50, 2780, title, titled=False)
        c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [p.field("Naam Project").text for p in dossier.projects] == TITLES

