"""Titles as reports and editions set them: a paginated report's group band ("Project 1" in a
cell of its own before the title), titles drawn as outlines (so that only a project's name
field names it in text), a large-print edition that writes each table out as lists, and
chapters whose numbers stand at the top of their first pages."""

import pytest
from fixtures import a4_canvas

from regio.extract import extract
from regio.extract.labels import without_link_address
from regio.validate import check

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"
TITLES = ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
TEXT = ["De gemeente, de provincie en de hogeschool werken samen in dit project.",
        "Het project bouwt een werkplaats voor de bedrijven uit de hele regio."]




def _fields(c, y: float, labels: list[str], size: float = 9, name: str = "") -> float:
    """Fields as a two-column grid of label and text; returns the PDF y under them."""
    for label in labels:
        c.setFont(BOLD, size)
        c.drawString(60, y, label)
        c.setFont(PLAIN, size)
        for k in range(3):
            c.drawString(180, y - k * (size + 3), f"{name} {label.lower()}: {TEXT[k % 2]}")
        y -= 3 * (size + 3) + 8
    return y


def test_a_projects_number_in_a_cell_of_its_own_before_its_title_heads_it(tmp_path):
    """A paginated report's group band: "Project 1" in a cell of its own, the title in the next,
    white on dark blue, larger than the text, where the group before ends; each band opens a
    project titled without its number."""
    c, height = a4_canvas(tmp_path / "report.pdf")
    y = height - 70
    for number, title in enumerate(TITLES, 1):
        c.setFillColorRGB(0.1, 0.2, 0.4)
        c.rect(56, y - 5, 480, 18, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 11)
        c.drawString(60, y, f"Project {number}")
        c.drawString(150, y, title)
        c.setFillColorRGB(0, 0, 0)
        y = _fields(c, y - 30, ["Partijen", "Opgave", "Resultaten", "Borging"], name=title)
        if y < 300:
            c.showPage()
            y = height - 70
    c.showPage()
    c.save()
    dossier = extract(tmp_path / "report.pdf", cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    assert dossier.projects[1].field("Opgave").text == " ".join(f"{TITLES[1]} opgave: {TEXT[k % 2]}" for k in range(3))


def test_a_project_whose_title_is_drawn_not_set_is_named_by_its_name_field(tmp_path):
    """A brochure whose titles are outlines, shapes with no text: the round of labels each
    project's fields come in still parts the projects, each named as its "Naam project"
    field names it."""
    c, height = a4_canvas(tmp_path / "brochure.pdf")
    names = [f"{title} (project {k})" for k, title in enumerate(TITLES, 1)]
    for name in names:
        c.setFillColorRGB(0.2, 0.5, 0.3)
        c.rect(56, height - 100, 480, 40, stroke=0, fill=1)  # (where the outlined title stands)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 10)
        c.drawString(60, height - 130, "Naam project")
        c.setFont(PLAIN, 10)
        c.drawString(60, height - 144, name)
        y = height - 170
        for label in ("Partijen", "Opgave"):
            c.setFont(BOLD, 10)
            c.drawString(60, y, label)
            c.setFont(PLAIN, 10)
            for k in range(4):
                c.drawString(60, y - 14 - 13 * k, TEXT[k % 2])
            y -= 80
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "brochure.pdf", cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(name, [k]) for k, name in enumerate(names, 1)]


def test_a_web_forms_printed_steps_part_its_projects_each_named_by_its_answer(tmp_path):
    """An online application form printed screen by screen: every page opens with the
    wizard's step ("Stap 1 van 2: Project") and the step's heading, larger than the text and
    said alike in every project; the project's name is only the answer in the input box under
    "Naam van het project", set farther under its label than a line. The steps' headings
    title no project (the last one of the project before least), and each project opens with
    its first step's page."""
    c, height = a4_canvas(tmp_path / "form.pdf")
    names = [f"{title} (aanvraag {k})" for k, title in enumerate(TITLES, 1)]

    def step(number: int, name: str) -> float:
        c.setFont(BOLD, 9.5)
        c.drawString(60, height - 70, f"Stap {number} van 2: {name}")
        c.setFont(BOLD, 15)
        c.drawString(60, height - 105, name)
        return height - 135

    def answer(y: float, label: str, lines: list[str]) -> float:
        c.setFont(BOLD, 9.5)
        c.drawString(60, y, label)
        c.setStrokeColorRGB(0.55, 0.55, 0.55)
        c.rect(60, y - 18 - 13 * len(lines), 460, 13 * len(lines) + 8, stroke=1, fill=0)
        c.setFont(PLAIN, 9.5)
        for k, line in enumerate(lines):
            c.drawString(67, y - 21 - 13 * k, line)
        return y - 45 - 13 * len(lines)

    for name in names:
        y = answer(step(1, "Project"), "Naam van het project", [name])
        answer(y, "Partijen", [TEXT[0]])
        c.showPage()
        y = answer(step(2, "Projectplan"), "Opgave", [TEXT[0], TEXT[1]])
        answer(y, "Resultaten", [TEXT[1], TEXT[0]])
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "form.pdf", cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(name, [2 * k - 1, 2 * k]) for k, name in enumerate(names, 1)]
    assert dossier.projects[1].field("Resultaten").text == f"{TEXT[1]} {TEXT[0]}"


def test_a_web_forms_bar_of_steps_printed_on_every_page_is_the_pages_frame(tmp_path):
    """The form's screens printed with the application's frame: the site's header at the top
    and, further down than a running header stands, its bar of steps (each step's number in a
    circle on a line over its name, the current one's in bold, a done one's a tick), then a rule
    across; the same words at the same place on every page. No
    table of the step names: the only table is each project's budget."""
    c, height = a4_canvas(tmp_path / "steps.pdf")
    steps = ["Project", "Partijen", "Projectplan", "Begroting", "Indienen"]

    def frame(current: int) -> None:
        c.setFont(PLAIN, 7)
        c.drawString(60, height - 25, "Aanvraagformulier Regio Deal - Mijn Regio Deal")
        c.setFont(BOLD, 12)
        c.drawString(60, height - 50, "Regio Deal")
        c.setFont(BOLD, 9.5)
        c.drawString(60, height - 78, f"Stap {current} van {len(steps)}: {steps[current - 1]}")
        c.line(90, height - 97, 90 + 110 * (len(steps) - 1), height - 97)
        for k, step in enumerate(steps, 1):
            x = 90 + 110 * (k - 1)
            c.setFillColorRGB(1, 1, 1)
            c.circle(x, height - 97, 7, stroke=1, fill=1)
            c.setFillColorRGB(0, 0, 0)
            if k < current:  # a done step's tick, drawn
                c.line(x - 3, height - 97, x - 1, height - 100)
                c.line(x - 1, height - 100, x + 4, height - 93)
            else:
                c.setFont(BOLD if k == current else PLAIN, 8)
                c.drawCentredString(x, height - 100, str(k))
            c.setFont(BOLD if k == current else PLAIN, 7)
            c.drawCentredString(x, height - 113, step)
        c.line(60, height - 128, 535, height - 128)
        c.setFont(BOLD, 15)
        c.drawString(60, height - 145, steps[current - 1])

    for n, title in enumerate(TITLES, 1):
        frame(1)
        _fields(c, height - 180, ["Naam van het project"], name=title)
        c.showPage()
        frame(2)
        _fields(c, height - 180, ["Partijen"])
        c.showPage()
        frame(3)
        _fields(c, height - 180, ["Opgave", "Resultaten"])
        c.showPage()
        frame(4)
        c.setFont(BOLD, 9)
        for x, word in ((60, "Kosten"), (300, "Totaal"), (400, "Rijk")):
            c.drawString(x, height - 180, word)
        c.setFont(PLAIN, 9)
        for row, (label, total, rijk) in enumerate((("Bouw", "100.000", "50.000"), ("Totaal", "100.000", "50.000"))):
            c.drawString(60, height - 195 - 13 * row, label)
            c.drawRightString(330, height - 195 - 13 * row, f"{n}{total}")
            c.drawRightString(430, height - 195 - 13 * row, rijk)
        c.showPage()
        frame(5)
        _fields(c, height - 180, ["Borging"])
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "steps.pdf", cross_check="none")
    assert [p.pages for p in dossier.projects] == [list(range(5 * n + 1, 5 * n + 6)) for n in range(3)]
    for n, project in enumerate(dossier.projects, 1):
        assert [[[c.raw for c in r.cells] for r in t.rows] for t in project.tables] == [[[f"{n}100.000", "50.000"]] * 2]


def test_a_title_at_a_pages_foot_titles_the_project_whose_name_field_opens_the_next(tmp_path):
    """A title set at the foot of a page, its project's first label ("Naam project", naming it
    otherwise) at the top of the next: the title is the project's, not the name field's."""
    c, height = a4_canvas(tmp_path / "foot.pdf")
    y = height - 70
    for k, title in enumerate(TITLES[:2]):
        if k:
            y = 90  # the page's foot
        c.setFont(BOLD, 14)
        c.drawString(60, y, title)
        if k:
            c.showPage()
            y = height - 40
        y = _fields(c, y - 30, ["Naam project", "Partijen", "Opgave"], name=f"{title} (werktitel)")
    c.showPage()
    c.save()
    dossier = extract(tmp_path / "foot.pdf", cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES[:2]


def test_a_table_written_out_as_lists_under_bold_row_titles_is_read(tmp_path):
    """A large-print edition writes each table out: its caption ("Tabel: Begroting"), then each
    row's label in bold over one line for each column ("Totaal: 600.000"), an empty cell said
    so ("(leeg)"). The rows are the table's, the caption no part of the field's text."""
    c, height = a4_canvas(tmp_path / "print.pdf")
    c.setFont(BOLD, 20)
    c.drawString(60, height - 70, TITLES[0])
    c.setFont(BOLD, 16)
    c.drawString(60, height - 110, "Financiering")
    c.setFont(PLAIN, 14)
    c.drawString(60, height - 132, "De partners dragen samen bij.")
    c.setFont(BOLD, 15)
    c.drawString(60, height - 170, "Tabel: Begroting")
    rows = [("Bouw", ["600.000", "200.000", "(leeg)", "400.000"]), ("Inrichting", ["400.000", "-", "100.000", "300.000"]),
            ("Totaal", ["1.000.000", "200.000", "100.000", "700.000"])]
    y = height - 200
    for label, cells in rows:
        c.setFont(BOLD, 14)
        c.drawString(60, y, label)
        c.setFont(PLAIN, 14)
        for column, cell in zip(("Totaal", "Privaat", "Provincie", "Rijk"), cells):
            y -= 20
            c.drawString(60, y, f"{column}: {cell}")
        y -= 30
    c.setFont(BOLD, 16)
    c.drawString(60, y, "Borging")
    c.setFont(PLAIN, 14)
    c.drawString(60, y - 22, TEXT[0])
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "print.pdf", cross_check="none").projects
    [table] = project.tables
    assert [(row.label, [cell.raw for cell in row.cells]) for row in table.rows] == rows
    assert [cell.kind for cell in table.rows[0].cells][2] == "empty"
    assert project.field("Financiering").text == "De partners dragen samen bij."


def test_a_chapters_number_at_the_top_of_its_first_page_is_no_page_number(tmp_path):
    """Chapters set "1 | Techniek" at the top of their first page, the pages not numbered: the
    chapters' numbers rise with the pages, but far slower than they, and are no numbering of
    the pages the contents refers to."""
    c, height = a4_canvas(tmp_path / "chapters.pdf")
    starts = {2: ("1", "Techniek", TITLES[0]), 5: ("2", "Talent", TITLES[1]), 8: ("3", "Ruimte", TITLES[2])}
    c.setFont(BOLD, 16)
    c.drawString(60, height - 70, "Inhoud")
    c.setFont(PLAIN, 10)
    for k, (page, (_, _, title)) in enumerate(sorted(starts.items())):
        c.drawString(60, height - 100 - 16 * k, title)
        c.drawRightString(530, height - 100 - 16 * k, str(page))
    c.showPage()
    for page in range(2, 10):
        y = height - 70
        if page in starts:
            number, theme, title = starts[page]
            c.setFont(BOLD, 16)
            c.drawString(60, y, number)
            c.drawString(90, y, theme)
            c.setFont(BOLD, 13)
            c.drawString(60, y - 30, title)
            y -= 60
        _fields(c, y, ["Partijen", "Opgave"] if page in starts else ["Resultaten"], size=10, name=f"Pagina {page}")
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "chapters.pdf", cross_check="none")
    assert [(p.title, p.pages[0]) for p in dossier.projects] == [(title, page) for page, (_, _, title) in starts.items()]
    assert all(entry.pdf_page in (None, entry.page) for entry in dossier.toc)
    assert not [f for f in check(dossier).findings if f.code == "RD301"]


def test_link_addresses_a_browser_prints_after_titles_and_row_labels_are_not_their_names(tmp_path):
    """A web page printed with each link's address in brackets after it (Bootstrap's print
    style): the page's heading and lead, a theme's label and then each title, its address
    broken over lines down to a lone closing bracket; rows labelled by links to the site's
    own pages. The projects are named, and the rows labelled, without the addresses, and the
    first project's fields are its own, not an introduction of its theme."""
    c, height = a4_canvas(tmp_path / "print.pdf")
    site = "https://www.regiodealnoord.nl"
    c.setFont(PLAIN, 24)
    c.drawString(50, height - 60, "Projecten")
    c.setFont(PLAIN, 9)
    c.drawString(50, height - 78, f"{len(TITLES)} projecten")
    y = height - 110
    for title in TITLES:
        slug = title.lower().replace(" ", "-")
        c.setFont(BOLD, 8)
        c.drawString(50, y, f"Werk en Ruimte ({site}/thema/werk-en-ruimte)")
        c.setFont(PLAIN, 20)
        c.drawString(50, y - 26, f"{title} ({site}/pro")
        c.drawString(50, y - 48, f"jecten/{slug}")
        c.drawString(50, y - 70, ")")
        y -= 100
        for label in ("Partijen", "Opgave"):
            c.setFont(PLAIN, 13)
            c.drawString(50, y, label)
            c.setFont(PLAIN, 10)
            c.drawString(50, y - 16, f"{title}: {TEXT[0]}")
            y -= 42
        c.setFont(BOLD, 9)
        for x, word in ((50, "Kosten"), (330, "Totaal"), (410, "Rijk"), (490, "Regio")):
            c.drawString(x, y, word)
        c.setFont(PLAIN, 9)
        for k, (label, amounts) in enumerate(((f"Werkplaats (/projecten/{slug}/werkplaats)", ("100.000", "60.000", "40.000")),
                                              ("Totaal", ("100.000", "60.000", "40.000"))), 1):
            c.drawString(50, y - 14 * k, label)
            for x, amount in zip((370, 450, 530), amounts):
                c.drawRightString(x, y - 14 * k, amount)
        c.showPage()
        y = height - 60
    c.save()
    dossier = extract(tmp_path / "print.pdf", cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    first = dossier.projects[0]
    assert first.field("Partijen").text == f"{TITLES[0]}: {TEXT[0]}"
    assert [row.label for row in first.tables[0].rows] == ["Werkplaats", "Totaal"]


@pytest.mark.parametrize(("name", "read"), [
    ("Leonardo (https://www.regiodealtwente.nl/projecten/leonardo)", "Leonardo"),
    ("Skills Twente (https://www.regiodealtwente.nl/proje cten/skills-twente)", "Skills Twente"),
    ("Saxion (www.saxion.nl) en UT", "Saxion en UT"),
    ("Werkplaats (/proj ecten/groene-haven/werkplaats)", "Werkplaats"),
    ("Advanced Manufacturing Program (AMP)", "Advanced Manufacturing Program (AMP)"),
    ("Fase 1 (1/2)", "Fase 1 (1/2)"),
    ("Kosten (/jaar)", "Kosten (/jaar)"),
])
def test_a_names_printed_link_address_is_taken_off_and_its_own_brackets_kept(name, read):
    assert without_link_address(name) == read


@pytest.mark.parametrize("kicker", [True, False])
def test_a_documents_one_project_without_a_known_heading_is_named_by_its_title(tmp_path, kicker):
    """A project card of one project, its fields under labels of its own ("Wat", "Wie"): no
    heading is found to open a project, and its content is read as one. Its title is the
    heading in the largest type over the content on its page, not a kicker in small capitals
    over it, not the file's name."""
    from fixtures import drawn_pdf

    page = [*([(60, 50, "PROJECTKAART 1", 9, BOLD)] if kicker else []),
            (60, 70, "Groene Haven", 18, BOLD), (60, 88, "Energie en klimaat", 10),
            (60, 120, "Wat", 10, BOLD), (150, 120, "Een werkplaats voor de bedrijven.", 10),
            (60, 140, "Wie", 10, BOLD), (150, 140, "De gemeente en de hogeschool.", 10),
            (60, 170, "Kosten", 10, BOLD), (250, 170, "Totaal", 10, BOLD), (330, 170, "Rijk", 10, BOLD),
            (60, 186, "Bouw", 10), (250, 186, "1.000.000", 10), (330, 186, "500.000", 10),
            (60, 202, "Totaal", 10), (250, 202, "1.000.000", 10), (330, 202, "500.000", 10)]
    dossier = extract(drawn_pdf(tmp_path / "kaart.pdf", [page]), cross_check="none")
    (project,) = dossier.projects
    assert project.title == "Groene Haven"
    assert [[c.raw for c in r.cells] for r in project.tables[0].rows] == [["1.000.000", "500.000"]] * 2
    assert "no-project-heading" in [w.code for w in dossier.warnings]



@pytest.mark.parametrize("said_again", [False, True], ids=["once", "a-label-said-again"])
def test_a_heading_said_over_both_rounds_of_labels_titles_neither(tmp_path, said_again):
    """Two projects, each title over a line the deck sets on every title slide ("Regio Deal
    Oost | stuurgroep 14 maart 2019") right over the labels: said over every round of labels,
    it is no title (titles differ), though two rounds are too few to tell it by its count. A
    label the second project says again (its table's title, "Begroting", over the table's
    next slide) starts a round no heading stands over: no round to count."""
    from fixtures import drawn_pdf

    pages = []
    for title in ("Groene Haven", "Blauwe Poort"):
        page = [(60, 60, title, 18, BOLD), (60, 84, "Regio Deal Oost | stuurgroep 14 maart 2019", 9, BOLD)]
        labels = ("Projectnaam", "Aanleiding", "Begroting", "Aanpak", "Begroting") if said_again and title == "Blauwe Poort" \
            else ("Projectnaam", "Aanleiding", "Aanpak")
        for k, label in enumerate(labels):
            page += [(60, 120 + 50 * k, label, 10, BOLD), (60, 134 + 50 * k, f"{title}: {TEXT[0]}", 10),
                     (60, 148 + 50 * k, TEXT[1], 10)]
        pages.append(page)
    projects = extract(drawn_pdf(tmp_path / "deck.pdf", pages), cross_check="none").projects
    assert [p.title for p in projects] == ["Groene Haven", "Blauwe Poort"]
