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


def _fields(c, y: float, title: str, label_size: float, size: float) -> None:
    """A project's two fields from ``y`` (PDF y) down, each label bold over its line of text."""
    for label, text in (("Partijen", "De gemeente en de hogeschool."), ("Opgave", f"Het project {title} bouwt een werkplaats.")):
        c.setFont(BOLD, label_size)
        c.drawString(60, y, label)
        c.setFont("Helvetica", size)
        c.drawString(60, y - 1.4 * size, text)
        y -= 4 * size


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



def test_a_posters_banner_and_footer_strip_on_every_sheet_are_no_text(tmp_path):
    """A poster on sheets of A0, a project a sheet: the banner's lines ("De projecten | poster 2
    van 3") and the footer strip's contact line stand further from the sheet's edges than a
    page of A4 sets its header, but as near as a sheet that size sets them: they are the
    sheets' furniture, not the last field's text."""
    from reportlab.lib.pagesizes import A0
    from reportlab.pdfgen import canvas

    width, height = A0
    path = tmp_path / "poster.pdf"
    c = canvas.Canvas(str(path), pagesize=A0, invariant=1)
    for number, title in enumerate([*TITLES, "Sterke Kernen"], 1):
        c.setFont(BOLD, 96)
        c.drawString(60, height - 98, "Regio Deal Oost")
        c.setFont("Helvetica", 40)
        c.drawString(60, height - 217, f"De projecten | poster {number} van 3")
        c.setFont("Helvetica", 20)
        c.drawRightString(width - 60, 124, "Contact: Programmabureau Regio Deal Oost | regiodeal@oost.nl")
        c.setFont(BOLD, 40)
        c.drawString(60, height - 420, title)
        _fields(c, height - 480, title, 18, 16)
        c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [n]) for n, t in enumerate([*TITLES, "Sterke Kernen"], 1)]
    assert all(p.field("Opgave").text == f"Het project {p.title} bouwt een werkplaats." for p in dossier.projects)


@pytest.mark.parametrize("picture", [False, True], ids=["text", "a-picture-last"])
def test_the_numbers_of_pages_placed_inside_others_are_no_text(tmp_path, picture):
    """A bundle of partners' submissions, each page placed scaled onto the bundle's sheet
    under the bundle's own header and over its own count ("pagina 2 van 4"): the submission's
    page number ("- 2 -"), set apart under its text well inside the sheet, is no field's text;
    nor where the submission's last page is a picture (a budget placed as an image), the
    number all the sheet holds for the text."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "bundle.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    pages = [(TITLES[0], 1), (None, 2), (TITLES[1], 1), (None, 2)]
    for sheet, (title, own) in enumerate(pages, 1):
        c.setFont("Helvetica", 9)
        c.drawString(40, 815, "Bijlage 2 - Projectvoorstellen")
        c.drawRightString(555, 20, f"pagina {sheet} van {len(pages)}")
        y = 720
        if title:
            c.setFont(BOLD, 16)
            c.drawString(80, y, title)
            y -= 30
            c.setFont(BOLD, 10)
            c.drawString(80, y, "Opgave")
            y -= 16
        c.setFont("Helvetica", 10)
        for k in range(0 if picture and sheet == len(pages) else 20):
            c.drawString(80, y, f"Regel {k + 1} van de opgave van {title or 'het project'} gaat hier verder.")
            y -= 14
        c.setFont("Helvetica", 9)
        c.drawCentredString(297, 170, f"- {own} -")
        c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    # (a sheet with no text for the reading is no page it can give the project)
    assert [(p.title, p.pages) for p in dossier.projects] == [(TITLES[0], [1, 2]), (TITLES[1], [3] if picture else [3, 4])]
    assert not any("- 1 -" in p.field("Opgave").text or "- 2 -" in p.field("Opgave").text for p in dossier.projects)


def test_the_lines_over_a_kicker_that_open_the_page_are_the_next_projects(tmp_path):
    """Each partner's submission opens its page with the partner's name over "PROJECTVOORSTEL"
    over the title, both small and grey: the project's opening, not the end of the project
    before, which ends on the page before."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "kicker.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    for partner, title in zip(["Hogeschool Deltaland", "Gemeente Brinkerveen"], TITLES):
        c.setFont("Helvetica", 8.5)
        c.drawString(40, 820, "Bijlage 2 - Projectvoorstellen")
        c.setFillColorRGB(0.5, 0.5, 0.5)
        c.setFont("Helvetica", 7.8)
        c.drawString(60, 692, partner)
        c.drawString(60, 683, "PROJECTVOORSTEL")
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 13.8)
        c.drawString(60, 663, title)
        c.setFont("Helvetica-Oblique", 9.5)
        c.drawString(60, 648, "Techniek als motor")
        _fields(c, 625, title, 10, 10)
        c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == [(t, "Techniek als motor", [n]) for n, t in enumerate(TITLES, 1)]
    assert dossier.projects[0].field("Opgave").text == f"Het project {TITLES[0]} bouwt een werkplaats."


def test_slides_footers_counting_on_through_the_deck_are_no_text(tmp_path):
    """Slides printed two to a page, each with its own footer (its project's title and its
    number, small, inside the slide, wherever the slide stands) and, on each project's title
    slide, the same subtitle ("Regio Deal Oost | stuurgroep 14 maart 2019"): the footers are
    no field's text, and the subtitle titles no project."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "deck.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    slides = [(title, kind) for title in TITLES for kind in ("title", "Partijen", "Opgave")]
    for number, (title, kind) in enumerate(slides, 1):
        top = 800 if number % 2 else 400  # the upper slide of the page, or the lower
        if kind == "title":
            c.setFont(BOLD, 22)
            c.drawString(80, top - 60, title)
            c.setFont("Helvetica", 12)
            c.drawString(80, top - 85, "Regio Deal Oost | stuurgroep 14 maart 2019")
        else:
            c.setFont(BOLD, 14)
            c.drawString(80, top - 40, kind)
            c.setFont("Helvetica", 11)
            for k, line in enumerate([f"{kind} van het project {title}:", "de gemeente, de provincie", "en de hogeschool."]):
                c.drawString(80, top - 62 - 14 * k, line)
        c.setFont("Helvetica", 6)
        c.drawString(80, top - 330, f"{title} {number}")
        if number % 2 == 0:
            c.showPage()
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    assert [p.field("Opgave").text for p in dossier.projects] == \
        [f"Opgave van het project {t}: de gemeente, de provincie en de hogeschool." for t in TITLES]


def test_an_ocr_layer_laid_over_visible_text_is_not_read_twice(tmp_path):
    """A born-digital page run through OCR again: every word drawn a second time, invisibly
    (text render mode 3), a point or so off and misread here and there ("1.65O.000"): the
    visible text is the page's. A page of invisible text alone (a scan's layer) is read."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "doubled.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842), invariant=1)
    runs = [(60, 760, TITLES[0], BOLD, 16), (60, 730, "Partijen", BOLD, 10), (60, 716, "De gemeente en de hogeschool.", "Helvetica", 10),
            (60, 690, "Opgaven", BOLD, 9), (260, 690, "Totaal", BOLD, 9), (360, 690, "Rijk", BOLD, 9),
            (60, 676, "Bouw", "Helvetica", 9), (260, 676, "1.650.000", "Helvetica", 9), (360, 676, "-", "Helvetica", 9),
            (60, 662, "Totaal", BOLD, 9), (260, 662, "1.650.000", BOLD, 9), (360, 662, "-", BOLD, 9)]
    for invisible in (False, True):
        for x, y, text, font, size in runs:
            t = c.beginText(x + 1.2 * invisible, y - 0.8 * invisible)
            t.setFont("Courier" if invisible else font, size)
            t.setTextRenderMode(3 if invisible else 0)
            t.textOut(text.replace("1.650.000", "1.65O.000") if invisible and y == 676 else text)
            c.drawText(t)
    c.showPage()
    for x, y, text, font, size in runs:  # the same page as a scan's layer alone
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.setTextRenderMode(3)
        t.textOut(text)
        c.drawText(t)
    c.showPage()
    c.save()
    for page in (1, 2):
        [project] = extract(path, pages=[page], cross_check="none").projects
        assert project.title == TITLES[0]
        assert project.field("Partijen").text == "De gemeente en de hogeschool."
        assert [[cell.raw for cell in r.cells] for r in project.tables[0].rows] == [["1.650.000", "-"]] * 2
