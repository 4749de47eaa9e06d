"""Forms and database reports: amounts typed into comb fields (a box a character), a form's
numbered questions in a column before their labels, a report that titles each project only
by a key ("Project: ..."), a theme's divider page that lists its one project, a data frame's
table, and a report's back matter after its projects."""

import pytest
from fixtures import a4_canvas

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"
TITLES = ["Groene Haven", "Slimme Wegen en Bruggen voor de Hele Regio Oost", "Sterke Kernen"]
TEXT = ["De gemeente, de provincie en de hogeschool werken samen in dit project.",
        "Het project bouwt een werkplaats voor de bedrijven uit de hele regio."]




def _opening(c, height: float, label: str, text: str) -> None:
    """A project's title at the top of the page, and its first field under it."""
    c.setFont(BOLD, 16)
    c.drawString(60, height - 60, TITLES[0])
    c.setFont(BOLD, 11)
    c.drawString(60, height - 90, label)
    c.setFont(PLAIN, 10)
    c.drawString(60, height - 106, text)


def _small_table(c, y: float) -> None:
    """A funding table of a cost line and its total, its header at ``y`` (PDF y)."""
    c.setFont(BOLD, 9)
    for x, label in ((60, "Onderdeel"), (300, "Totaal"), (380, "Provincie"), (470, "Rijk")):
        c.drawString(x, y, label)
    c.setFont(PLAIN, 9)
    for k, label in enumerate(("Bouw", "Totaal")):
        c.drawString(60, y - 16 - 14 * k, label)
        for right, cell in zip((330, 420, 500), ("600.000", "200.000", "400.000")):
            c.drawRightString(right, y - 16 - 14 * k, cell)


def _comb(c, right: float, y: float, text: str, drawn: str, pitch: float = 8.0) -> None:
    """``text`` typed right-aligned into a comb of ten boxes ending at ``right`` (PDF y of the
    baseline ``y``), a character centred in each box; ``drawn``: "shaded" boxes of colour,
    "boxed" in strokes, or "ticks" on a base line. A footnote's mark after the comb."""
    marks = text[len(text.rstrip("*")):]
    digits = text.rstrip("*")
    left = right - 10 * pitch
    c.setStrokeColorRGB(0.2, 0.3, 0.5)
    c.setLineWidth(0.5)
    for k in range(10):
        x = left + k * pitch
        if drawn == "shaded":
            c.setFillColorRGB(0.86, 0.91, 0.96)
            c.rect(x, y - 3, pitch - 1, 12, stroke=0, fill=1)
        elif drawn == "boxed":
            c.rect(x, y - 3, pitch, 12, stroke=1, fill=0)
        else:
            c.line(x, y - 3, x, y + 2)
    if drawn == "ticks":
        c.line(left, y - 3, right, y - 3)
        c.line(right, y - 3, right, y + 2)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(PLAIN, 9)
    for k, char in enumerate(reversed(digits)):
        c.drawCentredString(right - (k + 0.5) * pitch - (0.5 if drawn == "shaded" else 0), y, char)
    if marks:
        c.drawString(right + 1, y, marks)


@pytest.mark.parametrize("drawn", ["shaded", "boxed", "ticks"])
def test_amounts_typed_into_comb_fields_read_whole(tmp_path, drawn):
    """A form's budget grid whose every amount is typed a digit a box, thousands unmarked: each
    comb is one cell, its digits one amount, a footnote's mark after its last box its own."""
    c, height = a4_canvas(tmp_path / "comb.pdf", landscape=True)
    _opening(c, height, "Partijen", TEXT[0])
    rows = [("Kostenpost", ("Totaal", "Rijk", "Provincie")), ("Bouw", ("1650000", "650000", "1000000*")),
            ("Beheer", ("350000", "350000", "0")), ("Totaal", ("2000000", "1000000", "1000000*"))]
    y = height - 150
    for label, cells in rows:
        c.setFont(BOLD if label in ("Kostenpost", "Totaal") else PLAIN, 9)
        c.drawString(60, y, label)
        for k, cell in enumerate(cells):
            right = 330 + k * 130
            if label == "Kostenpost":
                c.setFont(BOLD, 9)
                c.drawRightString(right, y, cell)
            else:
                _comb(c, right, y, cell, drawn)
        y -= 26
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "comb.pdf", cross_check="none").projects
    [table] = project.tables
    assert [col.key for col in table.columns] == ["totaal", "rijk", "provincie"]
    assert [(r.label, [cell.raw for cell in r.cells]) for r in table.rows] == \
        [(label, list(cells)) for label, cells in rows[1:]]
    assert [cell.amount.value for cell in table.rows[0].cells] == [1650000, 650000, 1000000]
    assert table.rows[0].cells[2].marks == ["*"]


def _report_page(c, height: float, title: str, number: int, theme: str | None) -> None:
    """A database's report of a project: keys right-aligned in grey in a column ending with
    their colon, each value beside its key; the title a key's value in larger bold type
    (wrapping in its column), an empty key printed bare; a band naming the theme over the
    first project of each."""
    y = height - 50
    if theme:
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.rect(50, y - 6, 495, 20, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 11)
        c.drawString(56, y, f"Thema: {theme}")
        y -= 34

    def key(text: str) -> None:
        c.setFillColorRGB(0.45, 0.45, 0.45)
        c.setFont(PLAIN, 9)
        c.drawRightString(160, y, text)
        c.setFillColorRGB(0, 0, 0)

    key("Project:")
    c.setFont(BOLD, 12.5)
    words, line = title.split(), ""
    for word in words:
        if c.stringWidth(f"{line} {word}".strip(), BOLD, 12.5) > 300:
            c.drawString(172, y, line)
            y -= 15
            line = word
        else:
            line = f"{line} {word}".strip()
    c.drawString(172, y, line)
    y -= 22
    for label, text in (("Projectnummer:", [f"RD-{number:02d}"]), ("Partijen:", TEXT), ("Contactpersoon:", []),
                        ("Opgave:", TEXT[::-1])):
        key(label)
        c.setFont(PLAIN, 9.5)
        for sentence in text:
            c.drawString(172, y, sentence)
            y -= 12
        y -= 10 if text else 22
    c.showPage()


def test_a_database_report_titles_each_project_by_its_key(tmp_path):
    """"Project: <title>" beside a column of keys, the only title (wrapped onto a second line
    in its column); "Thema: ..." on a band over the first project of a theme opens that
    project; a key printed bare ("Contactpersoon:", an empty field) ends the field before."""
    c, height = a4_canvas(tmp_path / "report.pdf")
    for number, (title, theme) in enumerate(zip(TITLES, ["Wonen en werken", None, "Leefbaarheid"]), 1):
        _report_page(c, height, title, number, theme)
    c.save()
    dossier = extract(tmp_path / "report.pdf", cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == \
        [(TITLES[0], "Wonen en werken", [1]), (TITLES[1], "Wonen en werken", [2]), (TITLES[2], "Leefbaarheid", [3])]
    for project in dossier.projects:
        assert project.field("Partijen").text.split() == " ".join(TEXT).split()
        assert project.field("Opgave").text.split() == " ".join(TEXT[::-1]).split()


def test_a_forms_numbered_questions_before_their_labels_are_its_fields(tmp_path):
    """An application form: each question's number in bold in a column of its own, its label
    in the next, the answer in the third; the project's title only the answer to "1.2 Titel
    van het project", its theme to "1.1 Thema". The fields are the labels, without numbers."""
    c, height = a4_canvas(tmp_path / "form.pdf")
    for title in TITLES:
        y = height - 60
        c.setFont(BOLD, 15)
        c.drawString(60, y, "Aanvraagformulier Regio Deal")
        y -= 40
        rows = [("1.1", "Thema", ["Wonen en werken"]), ("1.2", "Titel van het project", [title]),
                ("2.1", "Betrokken partijen", TEXT), ("2.2", "Aanleiding", TEXT[::-1])]
        for number, label, answer in rows:
            c.setFont(BOLD, 8.5)
            c.drawString(60, y, number)
            c.setFont(PLAIN, 8.5)
            c.drawString(84, y, label)
            c.setFont(PLAIN, 9)
            for sentence in answer:
                c.drawString(200, y, sentence)
                y -= 12
            y -= 14
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "form.pdf", cross_check="none")
    assert [(p.title, p.theme) for p in dossier.projects] == [(t, "Wonen en werken") for t in TITLES]
    for project in dossier.projects:
        assert [f.label for f in project.fields][-2:] == ["Betrokken partijen", "Aanleiding"]
        assert project.field("Aanleiding").text.split() == " ".join(TEXT[::-1]).split()


def test_a_themes_page_listing_its_one_project_is_no_heading(tmp_path):
    """A book whose contents lists the projects by page, a theme's page listing the projects it
    holds, each project's page opening with its number set large over its first label and
    no title in text: a theme's page listing one project is its divider, not the project's
    heading, and every project starts on the page the contents gives."""
    c, height = a4_canvas(tmp_path / "book.pdf")
    themes = [("Wonen en werken", [0]), ("Leefbaarheid", [1, 2])]
    pages = {0: 3, 1: 5, 2: 6}
    c.setFont(BOLD, 20)
    c.drawString(60, height - 80, "Inhoud")
    y = height - 120
    for theme, projects in themes:
        c.setFont(BOLD, 10)
        c.drawString(60, y, theme.upper())
        y -= 18
        for k in projects:
            c.setFont(PLAIN, 11)
            c.drawString(60, y, f"0{k + 1} {TITLES[k]}")
            c.drawRightString(530, y, str(pages[k]))
            y -= 18
    c.showPage()
    for theme, projects in themes:
        c.setFont(BOLD, 12)
        c.drawString(60, height - 300, "THEMA")
        c.setFont(BOLD, 26)
        c.drawString(60, height - 335, theme)
        for n, k in enumerate(projects):
            c.setFont(PLAIN, 13)
            c.drawString(60, height - 380 - 20 * n, f"0{k + 1} {TITLES[k]}")
        c.showPage()
        for k in projects:
            c.setFont(BOLD, 60)
            c.drawString(60, height - 110, f"0{k + 1}")
            y = height - 160
            for label, text in (("Partijen", TEXT), ("Opgave", TEXT[::-1])):
                c.setFont(BOLD, 11)
                c.drawString(60, y, label)
                y -= 16
                c.setFont(PLAIN, 10)
                for sentence in text:
                    c.drawString(60, y, sentence)
                    y -= 14
                y -= 12
            c.setFont(PLAIN, 8)
            c.drawCentredString(297, 30, str(c.getPageNumber()))
            c.showPage()
    c.save()
    dossier = extract(tmp_path / "book.pdf", cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(TITLES[0], [3]), (TITLES[1], [5]), (TITLES[2], [6])]


def test_a_data_frames_index_name_under_its_column_labels_is_the_headers(tmp_path):
    """A table as pandas prints it: the column labels, a group over two of them, then the
    index's name ("Begroting", a field's label elsewhere) alone on a line of its own, set
    against the first column: the row labels' heading, not a field; "NaN" where a value is
    missing is nothing written."""
    c, height = a4_canvas(tmp_path / "frame.pdf")
    _opening(c, height, "Financiering", TEXT[1])
    c.setFont(BOLD, 9)
    y = height - 140
    for x, label in ((270, "Totaal"), (340, "Bedrijven"), (420, "Publiek"), (500, "Rijk")):
        c.drawString(x, y, label)
    c.drawString(420, y - 13, "Gem.")
    c.drawString(460, y - 13, "Prov.")
    c.drawRightString(255, y - 30, "Begroting")
    c.line(60, y - 34, 540, y - 34)
    y -= 50
    for label, cells in (("Veldproeven", ("1.137.500", "287.500", "NaN", "250.000", "600.000")),
                         ("Monitoring", ("760.000", "NaN", "50.000", "150.000", "560.000")),
                         ("Totaal", ("1.897.500", "287.500", "50.000", "400.000", "1.160.000"))):
        c.setFont(BOLD, 9)
        c.drawString(60, y, label)
        c.setFont(PLAIN, 9)
        for right, cell in zip((320, 400, 450, 490, 540), cells):
            c.drawRightString(right, y, cell)
        y -= 16
    c.setFont(BOLD, 11)
    c.drawString(60, y - 20, "Borging")
    c.setFont(PLAIN, 10)
    c.drawString(60, y - 36, TEXT[0])
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "frame.pdf", cross_check="none").projects
    assert [f.label for f in project.fields] == ["Financiering", "Borging"]
    [table] = project.tables
    assert [col.key for col in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "rijk"]
    assert [r.label for r in table.rows] == ["Veldproeven", "Monitoring", "Totaal"]
    assert [cell.kind for cell in table.rows[0].cells][2] == "empty"


def test_a_reports_back_matter_is_no_project(tmp_path):
    """A glossary whose terms are field labels ("Opgave", "Partijen"), a colophon and a page of
    signatures after the last project, each under a heading like a project's and listed in
    the contents: none of them a project, nor the last project's text; the contents' entries
    for them are no project missing."""
    from regio.validate import check

    c, height = a4_canvas(tmp_path / "report.pdf")
    parts = [(TITLES[0], 2), (TITLES[2], 3), ("Begrippenlijst", 4), ("Colofon", 5)]
    c.setFont(BOLD, 18)
    c.drawString(60, height - 70, "Inhoud")
    for k, (title, page) in enumerate(parts):
        c.setFont(PLAIN, 11)
        c.drawString(60, height - 110 - 18 * k, title)
        c.drawRightString(530, height - 110 - 18 * k, str(page))
    c.showPage()
    for title, _ in parts:
        c.setFont(BOLD, 18)
        c.drawString(60, height - 70, title)
        y = height - 110
        entries = [("Opgave", "De vraag die een project beantwoordt."), ("Partijen", "Wie het project uitvoeren.")] \
            if title == "Begrippenlijst" else [("Redactie", "Programmabureau Regio Deal.")] if title == "Colofon" \
            else [("Partijen", TEXT[0]), ("Opgave", TEXT[1])]
        for label, text in entries:
            c.setFont(BOLD, 11)
            c.drawString(60, y, label)
            c.setFont(PLAIN, 10)
            c.drawString(60, y - 15, text)
            y -= 40
        c.setFont(PLAIN, 8)
        c.drawCentredString(297, 30, str(c.getPageNumber()))
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "report.pdf", cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(TITLES[0], [2]), (TITLES[2], [3])]
    assert dossier.projects[-1].field("Opgave").text == TEXT[1]
    assert not [f for f in check(dossier).findings if f.code == "RD301"]



def test_a_legend_set_small_under_the_total_is_the_tables_note(tmp_path):
    """"● Op schema ● Vertraagd – % besteed: de uitgaven t/m 31-12-2019" in small type under
    a table's total, its words running across the columns: the table's note, neither a row
    (though it holds a figure) nor the text of the field after it."""
    c, height = a4_canvas(tmp_path / "legend.pdf")
    _opening(c, height, "Financiering", TEXT[1])
    y = height - 140
    _small_table(c, y)
    c.setFont(PLAIN, 7)
    c.drawString(60, y - 60, "● Op schema   ● Vertraagd")
    c.drawString(180, y - 60, "– % besteed: de gerealiseerde uitgaven t/m 31-12-2019 als deel van het totaal")
    c.setFont(BOLD, 11)
    c.drawString(60, y - 95, "Borging")
    c.setFont(PLAIN, 10)
    c.drawString(60, y - 111, TEXT[0])
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "legend.pdf", cross_check="none").projects
    [table] = project.tables
    assert [r.label for r in table.rows] == ["Bouw", "Totaal"]
    assert project.field("Financiering").text == TEXT[1]
    assert project.field("Borging").text == TEXT[0]


def test_a_caption_under_its_table_wrapped_onto_a_second_line_is_the_captions(tmp_path):
    """"Tabel 2.1 Financiering Groene Haven (bron:" over "projectvoorstel)" under the table:
    one caption, not the last words of the field that goes on after the table."""
    c, height = a4_canvas(tmp_path / "caption.pdf")
    _opening(c, height, "Financiering", TEXT[1])
    y = height - 140
    _small_table(c, y)
    c.setFont("Helvetica-Oblique", 8)
    c.drawString(60, y - 56, "Tabel 2.1 Financiering Groene Haven, in euro's, zoals de partners die hebben begroot (bron:")
    c.drawString(60, y - 66, "projectvoorstel)")
    c.setFont(PLAIN, 10)
    c.drawString(60, y - 90, TEXT[0])
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "caption.pdf", cross_check="none").projects
    [table] = project.tables
    assert table.caption.endswith("(bron: projectvoorstel)")
    assert "projectvoorstel" not in project.field("Financiering").text


def test_a_paragraph_after_a_table_set_larger_than_the_text_is_the_fields(tmp_path):
    """A table whose rows are set a point larger than the text, then a paragraph in the text's
    type running across its columns with an amount in it: the field's text again, no note of
    the table's."""
    c, height = a4_canvas(tmp_path / "after.pdf")
    _opening(c, height, "Financiering", TEXT[1])
    y = height - 140
    c.setFont(BOLD, 11)
    for x, label in ((60, "Onderdeel"), (300, "Totaal"), (380, "Provincie"), (470, "Rijk")):
        c.drawString(x, y, label)
    c.setFont(PLAIN, 11)
    for k, label in enumerate(("Bouw", "Totaal")):
        c.drawString(60, y - 18 - 16 * k, label)
        for right, cell in zip((330, 420, 500), ("600.000", "200.000", "400.000")):
            c.drawRightString(right, y - 18 - 16 * k, cell)
    sentence = "Het bedrijfsleven investeert naar verwachting circa € 1.250.000 in de werkplaats."
    c.setFont(PLAIN, 10)
    c.drawString(60, y - 70, sentence)
    c.setFont(PLAIN, 10)
    for k in range(6):  # the text goes on, in its own type
        c.drawString(60, y - 100 - 14 * k, TEXT[k % 2])
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "after.pdf", cross_check="none").projects
    assert sentence in project.field("Financiering").text
