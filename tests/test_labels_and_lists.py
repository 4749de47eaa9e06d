"""Labels a programme words its own way or draws unlike the others (a column of short words,
small capitals hung from the top, numbers in circles), and the lists a dossier prints of its
projects beside their headings (a theme's opening page, a contents whose theme wraps)."""

from pathlib import Path

import pytest
from fixtures import drawn_pdf

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"
GREEN, GREY = (0.1, 0.45, 0.2), (0.5, 0.5, 0.5)
TITLES = ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
SENTENCES = ["De gemeente, de provincie en de hogeschool werken samen in dit project.",
             "Het project bouwt een werkplaats voor de bedrijven uit de hele regio.",
             "Daarna volgt een tweede fase die de resultaten over de regio verspreidt.",
             "De kosten worden gedeeld door de regio en het Rijk volgens de tabel."]


def _column_of_labels(labels: list[str], x_text: float, label_font: str, label_size: float, colour,
                      hung: float = 0.0) -> list[list[tuple]]:
    """A page a project: its title, then each label in a column left of its text, the text
    two lines of body type beside and under it (the label ``hung`` points above the text's
    baseline)."""
    pages = []
    for title in TITLES:
        runs: list[tuple] = [(56, 70, title, 16, BOLD)]
        y = 110.0
        for k, label in enumerate(labels):
            runs.append((56, y - hung, label, label_size, label_font, colour))
            runs += [(x_text, y, SENTENCES[k % 4], 10), (x_text, y + 13, SENTENCES[(k + 1) % 4], 10)]
            y += 45
        pages.append(runs)
    return pages


def test_a_programmes_own_short_labels_in_a_column_beside_their_text_are_its_labels(tmp_path):
    """Wie, Wat, Waarom, Hoe: no label of the vocabulary, set bold in the programme's colour in
    a column left of the text they start, in every project: the document's labels, which
    find its projects as the usual ones do."""
    labels = ["Wie", "Waarom", "Hoe", "Geld"]
    pdf = drawn_pdf(tmp_path / "wie.pdf", _column_of_labels(labels, 150, BOLD, 10.5, GREEN))
    dossier = extract(pdf, cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    for project in dossier.projects:
        assert [f.label for f in project.fields] == labels
        assert project.field("Hoe").text.split() == f"{SENTENCES[2]} {SENTENCES[3]}".split()


def test_one_line_keys_over_each_title_are_no_column_of_labels(tmp_path):
    """A form's block of keys and values over every title ("Indiener | Consortium van ..."),
    bold before plain and recurring as labels do, but never going on under its line: no
    field's label. The labels under the title are the fields."""
    pages = _column_of_labels(["Partijen", "Opgave"], 150, BOLD, 10, (0, 0, 0))
    for runs in pages:
        runs += [(56, 40, "Indiener", 9, BOLD), (150, 40, "Consortium van onderwijs en bedrijfsleven", 9)]
    dossier = extract(drawn_pdf(tmp_path / "keys.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    assert all([f.label for f in p.fields] == ["Partijen", "Opgave"] for p in dossier.projects)


def test_a_kicker_that_numbers_each_project_over_its_title_opens_the_project(tmp_path):
    """"PROJECTKAART 2" in small capitals over the title at the top of the page: the project's,
    not the last line of the one before, whose pages end on the page before."""
    labels = ["Wie", "Waarom", "Hoe", "Geld"]
    pages = _column_of_labels(labels, 150, BOLD, 10.5, GREEN)
    for number, runs in enumerate(pages, 1):
        runs.append((56, 50, f"PROJECTKAART {number}", 8, BOLD, GREEN))
    dossier = extract(drawn_pdf(tmp_path / "kicker.pdf", pages), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [n]) for n, t in enumerate(TITLES, 1)]


def test_a_label_worded_further_in_the_labels_type_is_a_label_though_it_comes_once(tmp_path):
    """"Planning en mijlpalen" in the heading type of the labels around it, in one project
    only: "Planning" is a label, and so is the heading that opens with it."""
    pages = []
    for number, title in enumerate(TITLES):
        labels = ["Partijen", "Aanpak en activiteiten", *(["Planning en mijlpalen"] if number == 1 else []), "Borging"]
        runs: list[tuple] = [(56, 70, title, 16, BOLD)]
        y = 110.0
        for k, label in enumerate(labels):
            runs += [(56, y, label, 12, PLAIN, GREEN), (56, y + 16, SENTENCES[k % 4], 10)]
            y += 45
        pages.append(runs)
    dossier = extract(drawn_pdf(tmp_path / "worded.pdf", pages), cross_check="none")
    planned = dossier.projects[1]
    assert [f.label for f in planned.fields] == ["Partijen", "Aanpak en activiteiten", "Planning en mijlpalen", "Borging"]
    assert planned.field("Aanpak en activiteiten").text == SENTENCES[1]


@pytest.mark.parametrize("text, label", [("Partijen", True), ("EUR partijen", False), ("€ Opgave", False),
                                         ("Partijen (EUR)", True)])
def test_a_header_cells_second_line_that_says_eur_is_no_label(text, label):
    """A table's header wrapped in narrow columns puts "EUR" (of "Totaal EUR") and "partijen"
    (of "Publieke partijen") on one bold line: the currency that column labels may name is no
    word of a field's label, so the line is not the label "Partijen"."""
    from regio.extract.labels import Labels

    assert Labels().whole(text) is label


@pytest.mark.parametrize("text, label", [("Partners", True), ("Partners:", True), ("partners", False),
                                         ("Results", True), ("Verankering", True)])
def test_a_word_the_text_uses_too_is_a_label_only_with_its_capital(text, label):
    """"Partners" labels a translated template's field; "partners" alone on a line is the end
    of a wrapped sentence or row label ("Onderzoek naar circulaire textielketens in Twente met
    / partners")."""
    from regio.extract.labels import Labels

    assert Labels().whole(text) is label


@pytest.mark.parametrize("number", ["\u2461", "\u2777"])
def test_a_label_numbered_in_a_circle_is_the_label(number):
    from regio.extract.labels import Labels, strip_numbering

    assert strip_numbering(f"{number} Partijen") == "Partijen" and Labels().whole(f"{number} Partijen")


def test_labels_in_small_capitals_hung_from_the_top_of_their_text_are_no_margin_notes(tmp_path):
    """7 pt grey capitals in a column left of the text, their caps level with its ascenders
    (two points over its baseline), "INZET EN CO-" wrapped over "FINANCIERING" on a tighter
    leading than the text's: labels, not notes in the margin."""
    labels = ["NAAM PROJECT", "PARTIJEN", "OPGAVE", "INZET EN CO-"]
    pages = _column_of_labels(labels, 180, PLAIN, 7, GREY, hung=2.2)
    for runs in pages:
        runs.append((56, 110 + 3 * 45 + 8.5 - 2.2, "FINANCIERING", 7, PLAIN, GREY))
    dossier = extract(drawn_pdf(tmp_path / "toplabels.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    for project in dossier.projects:
        assert [f.label.casefold() for f in project.fields] == \
            ["naam project", "partijen", "opgave", "inzet en co-financiering"]
        assert project.field("Opgave").text.split() == f"{SENTENCES[2]} {SENTENCES[3]}".split()


def _contents(entries: list[tuple[str, str, int]], theme_beside: bool) -> list[tuple]:
    """A contents page: each entry's title and page, its theme over it or beside its first
    entry, the theme's words wrapped after the first two."""
    runs: list[tuple] = [(56, 60, "Inhoud", 14, BOLD)]
    y, theme_before = 90.0, ""
    for theme, title, page in entries:
        if theme != theme_before and theme_beside:
            words = theme.split()
            runs += [(56, y, " ".join(words[:2]), 7, BOLD), (56, y + 9, " ".join(words[2:]), 7, BOLD)]
        elif theme != theme_before:
            runs.append((56, y, theme, 9, BOLD))
            y += 16
        runs += [(180, y, title, 10), (520, y, str(page), 10)]
        y += 18 if theme == theme_before or not theme_beside else 24
        theme_before = theme
    return runs


def test_a_theme_wrapped_beside_its_first_contents_entry_is_the_themes_not_the_titles(tmp_path):
    """The contents sets each theme in small capitals beside its first entry, wrapped: the
    wrapped line goes on with the theme, and the entry still names its project's heading."""
    entries = [("TECHNIEK ALS MOTOR", TITLES[0], 2), ("ARBEIDSMARKT & TALENT", TITLES[1], 3),
               ("ARBEIDSMARKT & TALENT", TITLES[2], 4)]
    pages = [_contents(entries, theme_beside=True),
             *_column_of_labels(["Partijen", "Opgave"], 150, BOLD, 10, (0, 0, 0))]
    dossier = extract(drawn_pdf(tmp_path / "toc.pdf", pages), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [n]) for n, t in enumerate(TITLES, 2)]
    assert dossier.projects[1].theme.casefold() == "arbeidsmarkt & talent"


def test_a_themes_opening_page_that_lists_its_projects_is_no_heading_and_no_projects_text(tmp_path):
    """A contents, then each theme on a page of its own listing its projects ("01 Groene
    Haven"), then each project under a large number over its first label, its title on no
    line of its own: every project starts on the page the contents names, at its number, and
    the theme's page is no part of the project before."""
    entries = [("Techniek", TITLES[0], 3), ("Techniek", TITLES[1], 4), ("Talent", TITLES[2], 6)]
    contents = [(56, 60, "Inhoud", 14, BOLD)] + [run for k, (_, title, page) in enumerate(entries)
                                                  for run in ((56, 90 + 18 * k, f"0{k + 1} {title}", 10),
                                                              (520, 90 + 18 * k, str(page), 10))]

    def theme_page(theme: str, listed: list[int]) -> list[tuple]:
        return [(70, 250, f"THEMA {len(listed)}", 10), (70, 290, theme, 34, BOLD),
                *((70, 330 + 16 * k, f"0{n + 1} {TITLES[n]}", 11) for k, n in enumerate(listed))]

    def project(n: int) -> list[tuple]:
        return [(56, 90, f"0{n + 1}", 44, BOLD), (56, 130, "Partijen", 10, BOLD), (56, 146, SENTENCES[0], 10),
                (56, 170, "Opgave", 10, BOLD), (56, 186, SENTENCES[n + 1], 10)]

    pages = [contents, theme_page("Techniek", [0, 1]), project(0), project(1), theme_page("Talent", [2]), project(2)]
    dossier = extract(drawn_pdf(tmp_path / "themes.pdf", pages), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(TITLES[0], [3]), (TITLES[1], [4]), (TITLES[2], [6])]
    assert [p.field("Opgave").text for p in dossier.projects] == SENTENCES[1:4]


def test_a_grid_of_labels_and_answers_without_a_label_column_holds_fields_not_a_table(tmp_path):
    """A web page's properties over the text: "Thema | Techniek", "Status | INGEDIEND",
    "Naam Project | ...", the labels bold a gutter before their answers, the fields under it
    labels on lines of their own. Its rows are fields; the one funding table is table 0."""
    pages = []
    for title in TITLES:
        pages.append([(56, 60, title, 18, BOLD), (60, 100, "Thema", 9.5, BOLD), (160, 100, "Techniek als motor", 9.5),
                      (60, 118, "Status", 9.5, BOLD), (160, 118, "INGEDIEND", 8),
                      (60, 136, "Naam Project", 9.5, BOLD), (160, 136, f"{title} (GH)", 9.5),
                      (60, 170, "Opgave", 10.5, BOLD), (60, 186, SENTENCES[1], 9.5),
                      (60, 220, "Inzet en co-financiering", 10.5, BOLD),
                      (60, 240, "Opgaven", 9, BOLD), (250, 240, "Totaal", 9, BOLD), (350, 240, "Rijk", 9, BOLD),
                      (60, 256, "Bouw", 9), (250, 256, "100.000", 9), (350, 256, "60.000", 9),
                      (60, 272, "Totaal", 9, BOLD), (250, 272, "100.000", 9), (350, 272, "60.000", 9)])
    dossier = extract(drawn_pdf(tmp_path / "properties.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == TITLES
    for project in dossier.projects:
        assert project.field("Naam Project").text == f"{project.title} (GH)"
        assert [[c.key for c in t.columns] for t in project.tables] == [["totaal", "rijk"]]


def test_a_breadcrumb_trail_of_strokes_over_each_title_opens_its_project(tmp_path):
    """"Regio Deal / Projecten / Techniek" over each title at the top of a web page's print:
    the project's theme, and no line of the project before."""
    pages = []
    for title, theme in zip(TITLES, ["Techniek", "Talent", "Wonen"]):
        pages.append([(56, 40, f"Regio Deal / Projectvoorstellen / {theme}", 8), (56, 62, title, 19, BOLD),
                      (56, 100, "Partijen", 10.5, BOLD), (56, 116, SENTENCES[0], 9.5),
                      (56, 140, "Opgave", 10.5, BOLD), (56, 156, SENTENCES[1], 9.5)])
    dossier = extract(drawn_pdf(tmp_path / "crumbs.pdf", pages), cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == \
        [(TITLES[0], "Techniek", [1]), (TITLES[1], "Talent", [2]), (TITLES[2], "Wonen", [3])]


def test_a_heading_that_ends_every_page_it_stands_on_is_no_label(tmp_path):
    """"Geen reacties" in bold under every project's last text, at its page's end: the page's
    foot, not a label whose text is the next page's top."""
    pages = []
    for title in TITLES:
        pages.append([(56, 62, title, 19, BOLD), (56, 100, "Partijen", 10.5, BOLD), (56, 116, SENTENCES[0], 9.5),
                      (56, 140, "Opgave", 10.5, BOLD), (56, 156, SENTENCES[1], 9.5),
                      (56, 190, "Geen reacties", 10.5, BOLD)])
    dossier = extract(drawn_pdf(tmp_path / "reacties.pdf", pages), cross_check="none")
    assert all([f.label for f in p.fields] == ["Partijen", "Opgave"] for p in dossier.projects)


def test_a_categorys_row_carrying_the_sum_of_the_lines_indented_under_it_heads_them(tmp_path):
    """A controller's table sets each cost category in bold with its subtotal, its lines
    indented under it: the category heads them (a section), so the Totaal adds up the lines
    once; a bold row whose amounts are not its lines' sum stays a cost line."""
    from regio.validate import check

    def row(y: float, label: str, amounts: list[str], font: str = PLAIN, indent: float = 0) -> list[tuple]:
        return [(56 + indent, y, label, 9, font), *((300 + 90 * k, y, a, 9, font) for k, a in enumerate(amounts))]

    runs: list[tuple] = [(56, 60, TITLES[0], 16, BOLD), (56, 100, "Opgave", 10, BOLD), (56, 116, SENTENCES[0], 10),
                         *row(150, "Kostenpost", ["Totaal", "Privaat", "Rijk"], BOLD),
                         *row(166, "Programmakosten", ["300", "100", "200"], BOLD),
                         *row(180, "Bouw", ["200", "50", "150"], indent=12),
                         *row(194, "Inrichting", ["100", "50", "50"], indent=12),
                         *row(208, "Organisatie", ["90", "40", "50"], BOLD),
                         *row(222, "Projectleiding", ["100", "40", "60"], indent=12),
                         *row(238, "Totaal", ["400", "140", "260"], BOLD)]
    dossier = extract(drawn_pdf(tmp_path / "categories.pdf", [runs]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [(r.label, r.kind) for r in table.rows] == [("Programmakosten", "section"), ("Bouw", "body"),
                                                       ("Inrichting", "body"), ("Organisatie", "body"),
                                                       ("Projectleiding", "body"), ("Totaal", "total")]
    # the bold "Organisatie" row is no sum of its line: a cost line, whose own sum is checked
    assert {(f.code, f.row) for f in check(dossier).findings if f.severity.value == "error"} == \
        {("RD102", "Totaal"), ("RD103", "Totaal")}


@pytest.mark.parametrize("typed", [False, True])
def test_a_project_titled_only_in_a_grid_of_keys_over_its_fields_is_found(tmp_path, typed):
    """No heading and no contents: each project opens with a box of keys in the text's own type
    ("Projecttitel | Groene Haven", "Thema | Wonen", or typed "Projecttitel: Groene Haven"), its
    fields under it. The title key's value is the project's title and opens it; the theme
    key's is its theme."""
    def key(title: str) -> list[tuple]:
        if typed:
            return [(60, 130, f"Projecttitel: {title}", 10)]
        return [(60, 130, "Projecttitel", 10, BOLD), (180, 130, title, 10)]

    pages = [[(56, 40, "Bijlage 2 - Projectbladen", 8), *key(title),
              (60, 146, "Thema", 10, BOLD), (180, 146, theme, 10), (60, 162, "Projectnummer", 10, BOLD),
              (180, 162, f"RD-{n}", 10), (56, 200, "Partijen", 10, BOLD), (56, 216, SENTENCES[0], 10),
              (56, 240, "Opgave", 10, BOLD), (56, 256, SENTENCES[n], 10)]
             for n, (title, theme) in enumerate(zip(TITLES, ["Wonen", "Wonen", "Werken"]), 1)]
    dossier = extract(drawn_pdf(tmp_path / "keys.pdf", pages), cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == \
        [(TITLES[0], "Wonen", [1]), (TITLES[1], "Wonen", [2]), (TITLES[2], "Werken", [3])]
    assert [p.field("Opgave").text for p in dossier.projects] == SENTENCES[1:4]


def test_shares_set_small_under_each_amount_in_its_cell_are_the_rows_not_rows_of_their_own(tmp_path):
    """Every cell holds its amount and, under it in small grey type, its share of the row's
    total; a row label wraps onto the shares' line. Each row is one row with its whole label;
    a row of shares with a label of its own ("Aandeel") stays a row."""
    def row(y: float, label: str, cells: list[str], size: float = 9, font: str = PLAIN, colour=(0, 0, 0)) -> list[tuple]:
        return [*([(56, y, label, 9, font)] if label else []),
                *((300 + 90 * k, y, c, size, font, colour) for k, c in enumerate(cells))]

    runs: list[tuple] = [(56, 60, TITLES[0], 16, BOLD), (56, 100, "Opgave", 10, BOLD), (56, 116, SENTENCES[0], 10),
                         *row(150, "Kostenpost", ["Totaal", "Privaat", "Rijk"], font=BOLD),
                         *row(166, "Bouw van de", ["300.000", "100.000", "200.000"]),
                         *row(176, "werkplaats", ["100%", "33%", "67%"], 6.5, colour=GREY),
                         *row(192, "Inrichting", ["100.000", "50.000", "50.000"]),
                         *row(202, "", ["100%", "50%", "50%"], 6.5, colour=GREY),
                         *row(218, "Totaal", ["400.000", "150.000", "250.000"], font=BOLD),
                         *row(234, "Aandeel", ["100%", "38%", "62%"])]
    (project,) = extract(drawn_pdf(tmp_path / "shares.pdf", [runs]), cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Bouw van de werkplaats", "body", ["300.000", "100.000", "200.000"]),
        ("Inrichting", "body", ["100.000", "50.000", "50.000"]),
        ("Totaal", "total", ["400.000", "150.000", "250.000"]), ("Aandeel", "share", ["100%", "38%", "62%"])]


def test_a_label_is_capitalised_so_a_sentences_word_in_the_margin_is_no_label():
    """A label of the vocabulary, or its first line, in any case but starting with a capital, is
    no margin note; "resultaten" in a pull quote beside the text is the quote's word."""
    from regio.extract.labels import names_a_field

    assert [names_a_field(t) for t in ("RESULTATEN", "Resultaten", "INZET EN CO-", "resultaten", "De resultaten")] == \
        [True, True, True, False, False]



def test_a_title_key_under_the_projects_own_heading_leaves_the_heading_to_open_it(tmp_path):
    """A form repeats each project's title heading as a key under it ("Groene Haven" over
    "Titel project: Groene Haven"): the heading opens the project and is no line of the one
    before."""
    pages = [[(56, 120, title, 16, BOLD), (56, 150, f"Titel project: {title}", 10), (56, 180, "Partijen", 10, BOLD),
              (56, 196, SENTENCES[0], 10), (56, 220, "Opgave", 10, BOLD), (56, 236, SENTENCES[n], 10)]
             for n, title in enumerate(TITLES, 1)]
    dossier = extract(drawn_pdf(tmp_path / "headed.pdf", pages), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [n]) for n, t in enumerate(TITLES, 1)]
    assert [p.field("Opgave").text for p in dossier.projects] == SENTENCES[1:4]


def test_a_contents_numbering_its_entries_in_a_column_of_their_own_gives_their_pages(tmp_path):
    """"Project 1 | Groene Haven | 2" in three columns, no leaders: the page is the number
    after the title, not the project's own number before it."""
    contents = [(56, 60, "INHOUD", 14, BOLD)]
    for k, title in enumerate(TITLES):
        y = 90 + 18 * k
        contents += [(56, y, f"Project {k + 1}", 11), (150, y, title, 11), (480, y, str(k + 2), 11)]
    pages = [contents]
    for title in TITLES:
        pages.append([(56, 60, title, 16, BOLD), (56, 100, "Partijen", 11, BOLD), (56, 115, SENTENCES[0], 10),
                      (56, 145, "Opgave", 11, BOLD), (56, 160, SENTENCES[1], 10)])
    dossier = extract(drawn_pdf(tmp_path / "contents.pdf", pages), cross_check="none")
    assert [(e.text, e.page) for e in dossier.toc] == [(f"Project {k + 1} {t}", k + 2) for k, t in enumerate(TITLES)]
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [k + 2]) for k, t in enumerate(TITLES)]


def test_a_chapters_introduction_and_the_reports_own_parts_are_no_projects(tmp_path):
    """A report in chapters: its preface numbered in roman figures in the contents, an
    introduction with a section of its own, then a chapter per theme, each opening with its
    number over the theme and an introduction naming its projects. The introduction is no
    project, and a chapter's opening is no part of the last project of the chapter before."""
    entries = [("Voorwoord", "ii"), ("1 Inleiding", "2"), ("1.1 Opzet van dit rapport", "2"), ("2 Wonen", "3"),
               (f"2.1 {TITLES[0]}", "3"), (f"2.2 {TITLES[1]}", "4"), ("3 Werken", "5"), (f"3.1 {TITLES[2]}", "6")]
    pages = [[(56, 60, "Inhoud", 16, BOLD), *((56, 90 + 16 * k, f"{text} {'.' * 20} {page}", 10) for k, (text, page) in enumerate(entries))]]
    pages.append([(56, 60, "Hoofdstuk 1", 11, PLAIN, GREY), (56, 80, "Inleiding", 18, BOLD), (56, 110, SENTENCES[3], 10),
                  (56, 140, "1.1 Opzet van dit rapport", 13, BOLD), (56, 165, SENTENCES[2], 10)])

    def project(number: str, title: str, top: float = 60) -> list[tuple]:
        return [(56, top, f"{number} {title}", 14, BOLD), (56, top + 30, "Partijen", 11, BOLD), (56, top + 45, SENTENCES[0], 10),
                (56, top + 70, "Opgave", 11, BOLD), (56, top + 85, SENTENCES[1], 10)]

    for chapter, theme, projects in (("2", "Wonen", [("2.1", TITLES[0]), ("2.2", TITLES[1])]), ("3", "Werken", [("3.1", TITLES[2])])):
        opening = [(56, 60, f"Hoofdstuk {chapter}", 11, PLAIN, GREY), (56, 80, theme, 18, BOLD),
                   (56, 110, f"Dit hoofdstuk beschrijft de projecten van het thema {theme}.", 10)]
        if chapter == "2":
            pages.append([*opening, *project(*projects[0], top=150)])
            pages.append(project(*projects[1]))
        else:
            pages += [opening, project(*projects[0])]
    dossier = extract(drawn_pdf(tmp_path / "chapters.pdf", pages), cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == \
        [(TITLES[0], "Wonen", [3]), (TITLES[1], "Wonen", [4]), (TITLES[2], "Werken", [6])]
    assert dossier.projects[1].field("Opgave").text == SENTENCES[1]



def test_a_themes_name_set_bold_inside_a_project_opens_no_chapter(tmp_path):
    """"Werken", another project's theme, set bold as a line of a field's text: the project
    goes on under it, since the next project is not that theme's."""
    def project(theme: str, title: str, extra: list[tuple] = ()) -> list[tuple]:
        return [(56, 60, f"{theme} | {title}", 16, BOLD), (56, 100, "Partijen", 11, BOLD), (56, 115, SENTENCES[0], 10),
                (56, 140, "Opgave", 11, BOLD), (56, 155, SENTENCES[1], 10), *extra]

    pages = [project("Wonen", TITLES[0], [(56, 175, "Werken", 10, BOLD), (56, 190, SENTENCES[2], 10)]),
             project("Wonen", TITLES[1]), project("Werken", TITLES[2])]
    dossier = extract(drawn_pdf(tmp_path / "themes.pdf", pages), cross_check="none")
    assert [(p.title, p.theme) for p in dossier.projects] == [(TITLES[0], "Wonen"), (TITLES[1], "Wonen"), (TITLES[2], "Werken")]
    assert dossier.projects[0].field("Opgave").text.endswith(SENTENCES[2])


def test_a_theme_in_small_capitals_in_the_margin_level_with_the_title_in_display_type(tmp_path):
    """A design whose margin column carries the labels and, level with each theme's first
    title (22 pt), the theme in 7 pt capitals: two things on one baseline, the title and its
    theme, however many words each has, where a table across both columns keeps the margin in
    the page's lines; the contents sets the theme beside the entry too. The theme is no label."""
    labels = ["PARTIJEN", "OPGAVE", "AANPAK", "RESULTATEN"]
    pages = _column_of_labels(labels, 150, PLAIN, 7, GREY)
    themes = {0: "ENERGIE EN GROEN", 2: "MOBILITEIT"}
    for k, runs in enumerate(pages):
        runs[0] = (150, 70, TITLES[k], 22, PLAIN)
        runs += [(56, 300, "Kosten", 9), (250, 300, "Totaal", 9), (400, 300, "Rijk", 9),
                 (56, 312, "Werkplaats", 9), (250, 312, "100.000", 9), (400, 312, "50.000", 9)]
        if k in themes:
            runs.append((56, 70, themes[k], 7, PLAIN, GREEN))
    contents = [(56, 60, "INHOUD", 7, PLAIN, GREY)]
    for k, title in enumerate(TITLES):
        if k in themes:
            contents.append((56, 90 + 14 * k, themes[k], 7, PLAIN, GREY))
        contents += [(150, 90 + 14 * k, title, 9), (520, 90 + 14 * k, str(k + 2), 9)]
    dossier = extract(drawn_pdf(tmp_path / "margin.pdf", [contents, *pages]), cross_check="none")
    assert [(p.theme, p.title, p.pages) for p in dossier.projects] == [
        (themes[0], TITLES[0], [2]), (themes[0], TITLES[1], [3]), (themes[2], TITLES[2], [4])]
    assert all([f.label for f in p.fields] == labels for p in dossier.projects)


@pytest.mark.parametrize("labels", [
    ["Project name", "Partners involved", "Challenge", "Proposed approach", "Expected results",
     "Contribution and co-financing", "Continuity"],
    ["Project name", "Partners", "Background", "Approach", "Results", "Funding", "Continuity"],
    ["Projectnaam", "Partners", "Probleemstelling", "Aanpak", "Resultaten", "Financiering", "Verankering"]])
def test_a_single_projects_template_translated_to_english_has_its_fields_and_theme(labels, tmp_path):
    """One project alone, its labels in English ("Project name", "Challenge", ...) or as a
    Flemish partner writes them ("Verankering"): no second project shows them recurring, so
    the labels are known words, and "Theme: ..." over the title names the theme without its key."""
    runs = [(56, 50, "Theme: Energietransitie", 9, PLAIN, GREY), (56, 72, "Slimme Campus Twente", 18, BOLD)]
    y = 110.0
    for k, label in enumerate(labels):
        runs += [(56, y, label, 11, BOLD), (56, y + 15, SENTENCES[k % 4], 10)]
        y += 40
    (project,) = extract(drawn_pdf(tmp_path / "english.pdf", [runs]), cross_check="none").projects
    assert (project.title, project.theme) == ("Slimme Campus Twente", "Energietransitie")
    assert [f.label for f in project.fields] == labels
    assert [f.text for f in project.fields] == [SENTENCES[k % 4] for k in range(len(labels))]
