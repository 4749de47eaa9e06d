"""Tables and texts as budgets and agreements draw them: a spreadsheet's cells pasted as a
picture (each cell's text set left or right as its kind says, inside ruled cells), a budget
that explains each cost line in a row of small type under it, and a notarial deed's articles
with every line filled to the margin with dashes."""

import pytest
from fixtures import a4_canvas

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD, PLAIN, ITALIC = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"
TEXT = ["De gemeente, de provincie en de hogeschool werken samen in dit project.",
        "Het project bouwt een werkplaats voor de bedrijven uit de hele regio."]
COLUMNS = ["Totaal", "Privaat", "Provincie", "Rijk"]




def _opening(c, height: float, title: str = "Groene Haven") -> float:
    """A project's title and its first field; returns the PDF y under them."""
    c.setFont(BOLD, 16)
    c.drawString(60, height - 60, title)
    c.setFont(BOLD, 11)
    c.drawString(60, height - 90, "Financiering")
    c.setFont(PLAIN, 10)
    c.drawString(60, height - 106, TEXT[1])
    return height - 140


def _closing(c, y: float, lines: int = 6) -> None:
    """The field after the table ("Borging", its label at PDF y) and the document's end."""
    c.setFont(BOLD, 11)
    c.drawString(60, y, "Borging")
    c.setFont(PLAIN, 10)
    for k in range(lines):
        c.drawString(60, y - 16 - 14 * k, TEXT[k % 2])
    c.showPage()
    c.save()


def test_cells_set_left_or_right_inside_their_rules_are_the_rules_columns(tmp_path):
    """A spreadsheet's range pasted as a picture: "2 mln." set at its cell's left, "-" at its
    right, a point inside the rule, the next cell's text a point past it. The text alone shows
    more columns than the rules; no row holds words in two of them inside one ruled cell, so
    the rules hold."""
    c, height = a4_canvas(tmp_path / "picture.pdf")
    top = _opening(c, height)
    edges = [60, 200, 270, 340, 410, 480]
    rows = [("Bouw", ["6 mln.", "2 mln.", "-", "4 mln."]), ("Inrichting", ["-", "-", "1 mln.", "-"]),
            ("Totaal", ["6 mln.", "2 mln.", "1 mln.", "4 mln."])]
    c.setLineWidth(0.5)
    bottom = top - 16 * (len(rows) + 1)
    for x in edges:
        c.rect(x - 0.25, bottom, 0.5, top - bottom, stroke=0, fill=1)  # borders as thin filled boxes
    for k in range(len(rows) + 2):
        c.rect(edges[0], top - 16 * k - 0.25, edges[-1] - edges[0], 0.5, stroke=0, fill=1)
    c.setFont(BOLD, 9)
    c.drawString(64, top - 12, "Begroting")
    for left, label in zip(edges[1:], COLUMNS):
        c.drawString(left + 2, top - 12, label)
    c.setFont(PLAIN, 9)
    for k, (label, cells) in enumerate(rows, 1):
        y = top - 16 * k - 12
        c.drawString(64, y, label)
        for left, right, cell in zip(edges[1:], edges[2:], cells):
            if cell == "-":
                c.drawRightString(right - 1.5, y, cell)
            else:
                c.drawString(left + 1.5, y, cell)
    _closing(c, bottom - 30, lines=1)
    [project] = extract(tmp_path / "picture.pdf", cross_check="none").projects
    [table] = project.tables
    assert [col.key for col in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [[cell.raw for cell in row.cells] for row in table.rows] == [cells for _, cells in rows]


def test_a_cost_lines_explanation_set_small_under_it_is_a_note_of_the_table(tmp_path):
    """A budget explains its cost lines in a row of small italic type under each, running
    across the columns, in one line or two: notes of the table, none of its rows, nor the
    words of a row's label; the rows after them are the table's still."""
    c, height = a4_canvas(tmp_path / "budget.pdf")
    top = _opening(c, height)
    c.setFont(BOLD, 9)
    c.drawString(60, top, "Kostenpost")
    for right, label in zip((300, 380, 460, 530), COLUMNS):
        c.drawRightString(right, top, label)
    explained = {"Bouw": ["Toelichting: bedragen inclusief btw voor zover deze niet kan worden teruggevorderd;",
                          "monitoring door een onafhankelijk bureau."],
                 "Inrichting": ["Toelichting: gebaseerd op de begroting van een vergelijkbaar project uit 2016."]}
    rows = [("Bouw", ["600.000", "200.000", "100.000", "300.000"]), ("Inrichting", ["400.000", "-", "200.000", "200.000"]),
            ("Personeel", ["100.000", "-", "50.000", "50.000"]), ("Totaal", ["1.100.000", "200.000", "350.000", "550.000"])]
    y = top - 18
    for label, cells in rows:
        c.setFont(BOLD if label == "Totaal" else PLAIN, 9)
        c.drawString(60, y, label)
        for right, cell in zip((300, 380, 460, 530), cells):
            c.drawRightString(right, y, cell)
        y -= 11
        c.setFont(ITALIC, 7)
        for note in explained.get(label, []):
            c.drawString(70, y, note)
            y -= 9
        y -= 5
    _closing(c, y - 20, lines=8)  # (the text's type is the page's most common)
    [project] = extract(tmp_path / "budget.pdf", cross_check="none").projects
    [table] = project.tables
    assert [(row.label, [cell.raw for cell in row.cells]) for row in table.rows] == rows
    assert [(note.mark, note.text) for note in table.footnotes] == [("", " ".join(lines)) for lines in explained.values()]
    assert project.field("Borging").text == " ".join(TEXT[k % 2] for k in range(8))


def test_a_deeds_articles_are_its_projects_its_line_fill_no_text_and_its_closing_article_none(tmp_path):
    """An agreement's annex: each project an article ("Artikel 2." over its title), every line
    of text run on to the margin in dashes so that nothing can be added, and after the
    projects a closing article ("Artikel 4." over "Slotbepaling"), no part of the last project."""
    c, height = a4_canvas(tmp_path / "deed.pdf")
    fill = "-" * 40

    def filled(x: float, y: float, text: str) -> None:
        c.drawString(x, y, text + fill)

    titles = ["Groene Haven", "Sterke Kernen"]
    for number, title in enumerate([*titles, "Slotbepaling"], 2):
        y = height - 80
        c.setFont("Times-Bold", 12)
        c.drawCentredString(297, y, f"Artikel {number}.")
        c.drawCentredString(297, y - 16, title)
        c.setFont("Times-Roman", 11)
        if title == "Slotbepaling":
            filled(90, y - 44, "De comparanten verklaren dat deze bijlage deel uitmaakt van de akte.")
        else:
            c.drawString(90, y - 44, "Opgave: " + TEXT[0] + "----------")
            filled(90, y - 60, TEXT[1])
            c.drawString(90, y - 84, "Partijen: de gemeente en de provincie." + fill)
        c.showPage()
    c.save()
    dossier = extract(tmp_path / "deed.pdf", cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(titles[0], [1]), (titles[1], [2])]
    for project in dossier.projects:
        assert project.field("Opgave").text == f"{TEXT[0]} {TEXT[1]}"
        assert project.field("Partijen").text == "de gemeente en de provincie."


def test_a_row_label_run_on_over_an_empty_spacer_column_is_the_labels(tmp_path):
    """A sheet printed from a spreadsheet with a narrow empty column between the labels and the
    amounts, in its grid: a label too long for its cell runs on over the empty one beside it,
    as the spreadsheet prints it, on two rows; those words are the labels' ends, not a column's."""
    c, height = a4_canvas(tmp_path / "sheet.pdf")
    top = _opening(c, height)
    edges = [60, 184.5, 202, 270, 340, 410, 480]  # ("en" and "van" stand in the spacer)
    rows = [("Kwartier maken: infrastructuur en", ["600.000", "200.000", "100.000", "300.000"]),
            ("Organisatie en verduurzaming van", ["400.000", "-", "200.000", "200.000"]),
            ("Totaal", ["1.000.000", "200.000", "300.000", "500.000"])]
    c.setLineWidth(0.3)
    bottom = top - 16 * (len(rows) + 1)
    for x in edges:
        c.line(x, top, x, bottom)
    for k in range(len(rows) + 2):
        c.line(edges[0], top - 16 * k, edges[-1], top - 16 * k)
    c.setFont(BOLD, 9)
    for right, label in zip(edges[3:], COLUMNS):
        c.drawRightString(right - 3, top - 12, label)
    c.setFont(PLAIN, 9)
    for k, (label, cells) in enumerate(rows, 1):
        y = top - 16 * k - 12
        c.drawString(63, y, label)  # (the first runs on past its cell, over the empty one)
        for right, cell in zip(edges[3:], cells):
            c.drawRightString(right - 3, y, cell)
    _closing(c, bottom - 30)
    [project] = extract(tmp_path / "sheet.pdf", cross_check="none").projects
    [table] = project.tables
    assert [row.label for row in table.rows] == [label for label, _ in rows]
    assert [[cell.raw for cell in row.cells if cell.raw] for row in table.rows] == [cells for _, cells in rows]


def test_a_nil_in_the_accounting_format_is_its_cells_whole(tmp_path):
    """A budget printed from a spreadsheet in the accounting format, without gridlines: every
    amount "€" at its cell's left and the figure at its right, a nil "€" and a dash where the
    units stand. In a column whose amounts were typed as words ("15 mln.", set left), the
    dashes alone stand apart from everything else in it: each is the nil of its "€", in its
    cell, not a column of its own."""
    c, height = a4_canvas(tmp_path / "sheet.pdf")
    top = _opening(c, height)
    edges = [60, 220, 310, 400, 490]
    rows = [("Kennispark", [("€", "20.800.000"), "15 mln.", ("€", "5.800.000")]),
            ("Technology Base", [("€", "575.000"), ("€", "-"), ("€", "575.000")]),
            ("HTSP", [("€", "3.130.000"), "2 mln.", ("€", "1.130.000")]),
            ("Positionering / regie", [("€", "560.000"), ("€", "-"), ("€", "560.000")]),
            ("Totaal", [("€", "25.065.000"), "17 mln.", ("€", "8.065.000")])]
    c.setFont(BOLD, 9)
    for right, label in zip(edges[2:], ["Totaal", "Gemeente", "Rijk"]):
        c.drawRightString(right - 4, top, label)
    c.setLineWidth(0.8)
    c.line(edges[0], top - 4, edges[-1], top - 4)
    c.setFont(PLAIN, 9)
    for k, (label, cells) in enumerate(rows, 1):
        y = top - 15 * k
        c.drawString(edges[0] + 2, y, label)
        for (left, right), cell in zip(zip(edges[1:], edges[2:]), cells):
            if isinstance(cell, str):
                c.drawString(left + 4, y, cell)
            else:
                c.drawString(left + 4, y, cell[0])
                c.drawRightString(right - (8 if cell[1] == "-" else 4), y, cell[1])
    _closing(c, top - 15 * len(rows) - 40)
    [project] = extract(tmp_path / "sheet.pdf", cross_check="none").projects
    [table] = project.tables
    assert [column.key for column in table.columns] == ["totaal", "gemeente", "rijk"]
    assert [row.cells[1].raw for row in table.rows] == ["15 mln.", "€ -", "2 mln.", "€ -", "17 mln."]
    assert [row.cells[1].kind for row in table.rows][1::2] == ["nil", "nil"]


def test_a_rows_label_on_a_line_of_its_own_over_its_amounts_is_the_rows(tmp_path):
    """A finance report's table that prints every row on two lines: the label alone, across
    the columns where it is long, then the amounts under their headers, the label's cell on
    that line empty. Each label is its row's, the first row's too (not a line of the header),
    and a label across the columns is no paragraph after the table."""
    c, height = a4_canvas(tmp_path / "report.pdf")
    top = _opening(c, height)
    rights = [250, 330, 410, 490]
    rows = [("Ontwikkeling en inrichting van de werkplaats voor de bedrijven", ["600.000", "200.000", "100.000", "300.000"]),
            ("Onderzoek naar de effecten van de broedplaatsen en mogelijke nieuwe locaties",
             ["400.000", "-", "200.000", "200.000"]),
            ("Totaal", ["1.000.000", "200.000", "300.000", "500.000"])]
    c.setFont(BOLD, 8)
    c.drawString(60, top, "Kosten")
    for right, label in zip(rights, COLUMNS):
        c.drawRightString(right, top, label)
    c.setLineWidth(0.8)
    c.line(60, top - 4, 495, top - 4)
    _closing(c, _rows_on_two_lines(c, top - 16, rights, rows, ruled=True) - 20)
    project, keys, read = _the_table(tmp_path / "report.pdf")
    assert (keys, read) == (["totaal", "privaat", "provincie", "rijk"], rows)
    assert project.field("Borging").text.startswith(TEXT[0])


def _rows_on_two_lines(c, y: float, rights: list[float], rows: list[tuple[str, list[str]]], ruled: bool) -> float:
    """Each row's label on a line of its own at PDF y, its amounts right-aligned at ``rights``
    on the line under it (a thin rule under them where ``ruled``); returns the y under them."""
    for label, cells in rows:
        c.setFont(BOLD if label == "Totaal" and ruled else PLAIN, 8)
        c.drawString(60, y, label)
        for right, cell in zip(rights, cells):
            c.drawRightString(right, y - 11, cell)
        if ruled:
            c.setLineWidth(0.3)
            c.line(60, y - 15, 495, y - 15)
        y -= 28
    return y


def _the_table(path):
    """The one project, its one table's column keys, and its rows as (label, raw cells)."""
    [project] = extract(path, cross_check="none").projects
    [table] = project.tables
    return project, [column.key for column in table.columns], [(row.label, [cell.raw for cell in row.cells])
                                                               for row in table.rows]


@pytest.mark.parametrize("rows", [3, 2], ids=["with-its-total", "two-rows"])
def test_rows_printed_as_a_label_over_its_amounts_without_rules_are_read_in_pairs(tmp_path, rows):
    """The same two-line rows in a narrow label column without a rule between them, the
    table's corner label wrapped in it: one label reaches over the first column's amounts,
    the next on past the second column's start. Each label line and the amounts under it are
    one row, the first column's amounts their column's."""
    c, height = a4_canvas(tmp_path / "unruled.pdf")
    top = _opening(c, height)
    rights = [148, 199, 250, 301]
    body = [("Kennisontsluiting en -toepassing", ["600.000", "200.000", "100.000", "300.000"]),
            ("Operationele organisatie Citizenlab Oost", ["400.000", "-", "200.000", "200.000"]),
            ("Totaal", ["1.000.000", "200.000", "300.000", "500.000"])][:rows]
    c.setFont(BOLD, 8)
    c.drawString(60, top + 3, "Opgaven/Investe")
    c.drawString(60, top - 6, "ringen")
    for right, label in zip(rights, COLUMNS):
        c.drawRightString(right, top - 6, label)
    _closing(c, _rows_on_two_lines(c, top - 20, rights, body, ruled=False) - 20)
    _, keys, read = _the_table(tmp_path / "unruled.pdf")
    assert (keys, read) == (["totaal", "privaat", "provincie", "rijk"], body)


def test_a_column_of_words_under_a_header_of_its_own_beside_the_labels_is_no_part_of_them(tmp_path):
    """A monitoring report's status column after the row labels ("Vertraagd"), filled in one
    row only, as a table's last page may hold: too few words for their alignment to make a
    column, but under a header cell of their own, flush with it, each beside its row's label.
    The status is its column's cell, the labels stay whole."""
    c, height = a4_canvas(tmp_path / "status.pdf")
    top = _opening(c, height)
    rights = [330, 400, 460, 520]
    rows = [("Operationeel management", "Vertraagd", ["1.000.000", "-", "500.000", "500.000"]),
            ("Totaal", "", ["6.000.000", "2.500.000", "1.500.000", "2.000.000"])]
    c.setFont(BOLD, 9)
    c.drawString(60, top, "Kosten")
    c.drawString(190, top, "Status")
    for right, label in zip(rights, COLUMNS):
        c.drawRightString(right, top, label)
    y = top - 16
    c.setFont(PLAIN, 9)
    for label, status, cells in rows:
        c.drawString(60, y, label)
        c.drawString(190, y, status)
        for right, cell in zip(rights, cells):
            c.drawRightString(right, y, cell)
        y -= 14
    _closing(c, y - 20)
    [project] = extract(tmp_path / "status.pdf", cross_check="none").projects
    [table] = project.tables
    assert [column.label for column in table.columns] == ["Status", *COLUMNS]
    assert [(row.label, [cell.raw for cell in row.cells]) for row in table.rows] == [
        (label, [status, *cells]) for label, status, cells in rows]


@pytest.mark.parametrize("chapter, article, font", [
    ("Hoofdstuk {k}. {t}", "Artikel {n}. {t}", "Times-Bold"),  # a decision's: bold, chapters larger
    ("{k} {t}", "{k}.{n} {t}", "Times-Roman"),  # a plain report's: numbers alone set them apart
], ids=["articles", "numbered"])
def test_the_headings_whose_sections_hold_a_budget_apiece_are_the_projects(tmp_path, chapter, article, font):
    """A document with no contents, no labels and no heading larger than the text but its
    chapters' (a decision drafted as legislation; a report whose headings are numbered lines
    in the text's type): the one kind of heading that parts the funding tables one apiece
    heads the projects, each under its chapter's theme; a section of that kind without a
    budget (the definitions, the entry into force) is none."""
    c, height = a4_canvas(tmp_path / "decision.pdf")
    y = height - 70

    def heading(text: str, size: float) -> None:
        nonlocal y
        y -= 10
        c.setFont(font, size)
        c.drawString(70, y, text)
        y -= size + 8

    def member(number: str) -> None:
        nonlocal y
        c.setFont("Times-Roman", 10)
        for k, line in enumerate((f"{number} {TEXT[0]}", TEXT[1], TEXT[0])):
            c.drawString(70 if k == 0 else 88, y, line)
            y -= 14

    def budget(amounts: list[list[str]]) -> None:
        nonlocal y
        c.setFont("Helvetica-Bold", 9)
        c.drawString(70, y, "Kosten")
        for k, label in enumerate(COLUMNS):
            c.drawRightString(300 + 70 * k, y, label)
        y -= 14
        c.setFont(PLAIN, 9)
        for label, cells in zip(["Bouw", "Inrichting", "Totaal"], amounts):
            c.drawString(70, y, label)
            for k, cell in enumerate(cells):
                c.drawRightString(300 + 70 * k, y, cell)
            y -= 13
        y -= 10

    large = 12 if font.endswith("Bold") else 10
    heading(chapter.format(k=1, t="Algemene bepalingen"), large)
    heading(article.format(k=1, n=1, t="Begripsbepalingen"), 10)
    member("a.")
    chapters = {"Groene economie": ["Groene Haven", "Slimme Wegen"], "Wonen en leven": ["Sterke Kernen"]}
    number = 2
    for k, (theme, titles) in enumerate(chapters.items(), 2):
        heading(chapter.format(k=k, t=theme), large)
        for title in titles:
            if y < 330:
                c.showPage()
                y = height - 70
            heading(article.format(k=k, n=number, t=title), 10)
            member("(a)")
            member("(b)")
            budget([["400.000", "100.000", "100.000", "200.000"], ["200.000", "-", "100.000", "100.000"],
                    ["600.000", "100.000", "200.000", "300.000"]])
            member("(c)")
            number += 1
    heading(chapter.format(k=4, t="Slotbepalingen"), large)
    heading(article.format(k=4, n=number, t="Inwerkingtreding"), 10)
    member("a.")
    c.showPage()
    c.save()
    dossier = extract(tmp_path / "decision.pdf", cross_check="none")
    assert [(p.theme, p.title) for p in dossier.projects] == [(theme, title) for theme, titles in chapters.items()
                                                              for title in titles]
    assert all(len(p.tables) == 1 and p.tables[0].rows[-1].cells[0].raw == "600.000" for p in dossier.projects)
