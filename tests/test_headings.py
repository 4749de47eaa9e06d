"""Headings and labels: the numbers houses put before them, and what is left."""

from dataclasses import replace

import pytest

from regio.extract.header_table import is_continuation
from regio.extract.labels import Labels, discover, strip_numbering


@pytest.mark.parametrize("text, title", [
    ("3.2 Skills Twente", "Skills Twente"), ("A.1 Advanced Manufacturing Program", "Advanced Manufacturing Program"),
    ("IV. Circulair Textiel", "Circulair Textiel"), ("B. Arbeidsmarkt & Talent", "Arbeidsmarkt & Talent"),
    ("Project 4: Leonardo", "Leonardo"), ("Deelproject 2 - Zorgtalent", "Zorgtalent"),
    ("Project 3 — Skills Twente", "Skills Twente"),
    ("Aanvraag 9: Creatieve Broedplaatsen", "Creatieve Broedplaatsen"),
    ("11 Circulair Textiel", "Circulair Textiel"),
    # the code a financial system or register gives a project
    ("Projectnr. RD-2018-001   Advanced Manufacturing Program", "Advanced Manufacturing Program"),
    ("RD-2018-007 Leonardo", "Leonardo"), ("Kenmerk: PRV/2019/0042 Zorgtalent", "Zorgtalent"),
    # no numbering: a word that happens to be a letter or a numeral stays
    ("A Roadmap for Twente", "A Roadmap for Twente"), ("I Amsterdam", "I Amsterdam"), ("Leonardo", "Leonardo"),
    ("COVID-19 herstelplan", "COVID-19 herstelplan"), ("A1-zone Hengelo", "A1-zone Hengelo"),
])
def test_numbering_before_a_title(text, title):
    assert strip_numbering(text) == title


def test_a_numbered_label_is_its_label():
    """A memo numbers its fields ("1. Naam Project", "2. Partijen"): the number is no part of the label."""
    labels = Labels()
    assert labels.whole("2. Partijen") and labels.match("7. Structureel karakter De transitie ...") == "Structureel karakter"
    found = discover(["3. Mijlpalen", "4. Mijlpalen", "2. Mijlpalen", "1. Inleiding"], projects_hint=3)
    assert found == {"Mijlpalen"}


@pytest.mark.parametrize("text, continues", [
    ("(vervolg)", True), ("Tabel 3 (vervolg)", True), ("vervolg van vorige pagina", True), ("(continued)", True),
    ("Vervolgens wordt het centrum ingericht", False), ("Totaal 2.000.000", False),
    ("Begroting deel 2 van 2", True), ("Begroting deel 1 van 2", False), ("deel 2 van het plan", False),
])
def test_a_line_that_says_a_table_goes_on(text, continues):
    from regio.extract.layout import Line, Word

    words = [Word(w, 10.0 * i, 10.0 * i + 8, 0, 10, 10.0) for i, w in enumerate(text.split())]
    assert is_continuation(Line(1, words)) is continues


def _cells(*cells: str, size: float = 9.0):
    """One line of cells 40 pt apart, each a run of words at word spacing."""
    from regio.extract.layout import Line, Word

    words, x = [], 60.0
    for cell in cells:
        for word in cell.split():
            words.append(Word(word, x, x + 5.0 * len(word), 100, 100 + size, size))
            x += 5.0 * len(word) + 2.5
        x += 40
    return Line(1, words)


def test_a_tables_corner_label_is_no_field_label():
    """A table's header row opens with its corner label ("Begroting"), repeated over its next
    part on the next page: no field, so it starts no new round of labels."""
    from regio.extract.headings import _label_of
    from regio.extract.settings import DEFAULT

    labels = Labels()
    assert _label_of(_cells("Begroting", "Totaal", "Bedrijven", "Gem.", "Prov.", "Rijk"), labels, DEFAULT) == ""
    assert _label_of(_cells("Begroting", "De kosten zijn geraamd op drie jaar."), labels, DEFAULT) == "Begroting"
    assert _label_of(_cells("Financiering", "Rijk, provincie en gemeenten dragen bij."), labels, DEFAULT) == "Financiering"


def test_a_title_repeated_at_the_top_of_each_of_its_pages_is_no_label():
    """A spreadsheet repeats a sheet's title rows at the top of each of its printed pages: the
    title recurs as a document's own labels do, but it opens each page of a run, and is none."""
    from regio.extract.headings import Structure, _document_labels
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    def head(page: int, top: float, text: str) -> Line:
        words, x = [], 60.0
        for word in text.split():
            words.append(Word(word, x, x + 6.0 * len(word), top, top + 12, 12.0, bold=True))
            x += 6.0 * len(word) + 3
        return Line(page, words)

    heads = []
    for page, title in enumerate(("Leonardo", "Leonardo", "Skills Twente", "Skills Twente", "Mineral Valley", "Mineral Valley"), 1):
        heads += [head(page, 60, title), head(page, 120, "Kansen"), head(page, 200, "Borging")]
    assert _document_labels(Structure(10.0), heads, DEFAULT, [], set()) == {"Kansen", "Borging"}


def test_small_print_under_a_contents_entry_is_no_part_of_it_but_a_small_theme_over_entries_is_a_theme():
    """A bundle's contents names under each entry, in small plain type, the partner who wrote
    the part; a theme in small capitals over its entries is the contents' own."""
    from regio.extract.headings import Structure, _read_toc

    line = _contents_line
    lines = [line(60, "Inhoud", 18.0), line(100, "TECHNIEK ALS MOTOR", 7.0),
             line(112, "1. Advanced Manufacturing Program", page_number="3"), line(125, "Gemeente Almelo", 7.0),
             line(148, "2. Leonardo", page_number="7"), line(161, "Saxion Hogeschool", 7.0),
             line(400, "Techniek als motor"), line(420, "Advanced Manufacturing Program")]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("1. Advanced Manufacturing Program", 3), ("2. Leonardo", 7)]
    assert structure.toc_themes == {0: "TECHNIEK ALS MOTOR"}
    assert {id(ln) for ln in lines[:6]} <= structure.toc_lines and not {id(ln) for ln in lines[6:]} & structure.toc_lines


def test_a_contents_page_number_run_into_its_entry_is_read_where_it_falls_between_its_neighbours():
    """A word processor that loses the contents' tab and leader prints the number against
    the title ("Vakmanschap11"); a title ending in a figure ("CO2") keeps it where the figure
    is no page between the entries around it."""
    from regio.extract.headings import Structure, _read_toc

    line = _contents_line
    lines = [line(60, "Inhoudsopgave", 18.0), line(100, "TopFit - Citizenlab Oost", page_number="8"),
             line(116, "Twents Fonds voor Vakmanschap11"), line(132, "Skills Twente", page_number="13"),
             line(152, "Reductie CO2"), line(165, "Leonardo", page_number="19")]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [
        ("TopFit - Citizenlab Oost", 8), ("Twents Fonds voor Vakmanschap", 11), ("Skills Twente", 13),
        ("Reductie CO2 Leonardo", 19)]


def test_a_contents_entry_too_long_for_its_line_with_its_page_number_wrapped_onto_the_next():
    """The last entry runs to the margin, so its leader and number wrap: the number stands
    alone on the line under it. That line ends the entry; the entry is no wrapped text of the
    one before."""
    from regio.extract.headings import Structure, _read_toc

    line = _contents_line
    lines = [line(60, "Inhoud", 18.0), line(100, "Mineral Valley Twente", page_number="24"),
             line(114, "Circulaire Economie & Duurzaamheid Circulair Textiel door Chemische en Mechanische Recycling."),
             line(128, "26"), line(400, "Circulaire Economie & Duurzaamheid"), line(420, "Mineral Valley Twente")]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [
        ("Mineral Valley Twente", 24),
        ("Circulaire Economie & Duurzaamheid Circulair Textiel door Chemische en Mechanische Recycling.", 26)]
    assert {id(ln) for ln in lines[1:4]} <= structure.toc_lines and id(lines[4]) not in structure.toc_lines


@pytest.mark.parametrize("first, second, footer", [("24", "26", "1"), ("2", "4", "Regio Deal Noord Veluwe | 1")])
def test_a_page_footer_under_the_contents_ends_it(first, second, footer):
    """A page number far under the contents' last line is the page's footer. So is a bundle's
    part's footer that numbers its own pages ("Regio Deal Noord Veluwe | 1"): a line ending in
    a number, as an entry does, but one lower than the entry above it; a contents' pages only
    rise."""
    from regio.extract.headings import Structure, _read_toc

    line = _contents_line
    lines = [line(60, "Inhoud", 18.0), line(100, "Mineral Valley Twente", page_number=first),
             line(114, "Circulair Textiel", page_number=second), line(780, footer)]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("Mineral Valley Twente", int(first)), ("Circulair Textiel", int(second))]
    assert id(lines[3]) not in structure.toc_lines


def test_a_contents_entry_on_the_baseline_of_the_margin_ends_at_its_page_number():
    """A letter sets the sender's details in a column of the right margin, on the baselines
    of the contents: the entry ends at its page number; the telephone number after the gutter
    is neither its page nor its text."""
    from regio.extract.headings import Structure, _read_toc
    from regio.extract.layout import Line, Word

    def in_the_margin(line: Line, text: str) -> Line:
        words, x = list(line.words), 560.0
        for word in text.split():
            words.append(Word(word, x, x + 4.0 * len(word), line.top, line.bottom, 8.0))
            x += 4.0 * len(word) + 2.0
        return Line(line.page, words)

    line = _contents_line
    lines = [line(60, "Inhoud", 18.0), in_the_margin(line(100, "1. Groene Haven", page_number="2"), "T 088 123 45 00"),
             in_the_margin(line(114, "2. Slimme Zorg", page_number="4"), "Ons kenmerk RFW/2019/2585")]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("1. Groene Haven", 2), ("2. Slimme Zorg", 4)]


def test_the_margin_column_under_the_last_entry_is_no_part_of_it():
    """The sender's details go on down the margin under a contents of one entry, as close
    under it as a wrapped line would be: lines that start in the margin do not wrap it."""
    from regio.extract.headings import Structure, _read_toc
    from regio.extract.layout import Line, Word

    def margin(y: float, text: str) -> Line:
        words, x = [], 453.0
        for word in text.split():
            words.append(Word(word, x, x + 3.5 * len(word), y, y + 7.0, 7.0))
            x += 3.5 * len(word) + 2.0
        return Line(entry.page, words)

    entry = _contents_line(100, "1. Groene Haven", 8.0, page_number="2")
    lines = [_contents_line(60, "Inhoud", 18.0), entry, margin(entry.bottom + 5, "Ons kenmerk RR/2019/3437"),
             margin(entry.bottom + 14, "Behandeld door het programmabureau")]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("1. Groene Haven", 2)]


@pytest.mark.parametrize("title", [("Regio Deal", "Drenthe"),
                                   # reaching closer to the box than an em of the title's type
                                   ("Regio Deal Duinrand", "En Bollenstreek")])
def test_a_cover_title_in_the_column_beside_the_contents_is_no_part_of_it(title):
    """A cover sets the dossier's title in large type in its left column and the contents in
    a box in its right column, on the same heights: the title's lines are no entries' text."""
    from dataclasses import replace

    from regio.extract.headings import Structure, _read_toc
    from regio.extract.layout import Line

    def at(x: float, line: Line) -> Line:
        shift = x - line.x0
        return Line(line.page, [replace(w, x0=w.x0 + shift, x1=w.x1 + shift) for w in line.words])

    lines = [at(311, _contents_line(66, "Inhoud", 11.0)), at(55, _contents_line(77, "PROJECTVOORSTELLEN", 9.0)),
             at(311, _contents_line(86, "TECHNIEK ALS MOTOR", 7.0)), at(55, _contents_line(96, title[0], 26.0)),
             at(311, _contents_line(98, "Circulaire Broedplaatsen", 8.5, page_number="2")),
             at(311, _contents_line(111, "Sterke Mobiliteit 2.0", 8.5, page_number="3")),
             at(55, _contents_line(125, title[1], 26.0)), at(55, _contents_line(160, "Alle projecten op een rij.", 10.5))]
    structure = Structure(body_size=10.5)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("Circulaire Broedplaatsen", 2), ("Sterke Mobiliteit 2.0", 3)]


def test_a_title_ending_in_a_version_number_is_no_contents_entry_on_page_0():
    """"Vitale Teelt 2.0" under the contents, the first project's title: its "0" is no page
    number, so the contents end over it and the title stays a heading."""
    from regio.extract.headings import Structure, _read_toc

    line = _contents_line
    lines = [line(60, "Inhoud", 18.0), line(100, "Vitale Teelt 2.0", page_number="2"),
             line(114, "Slimme Zorg", page_number="4"), line(400, "Vitale Teelt 2.0", 17.0)]
    structure = Structure(body_size=11.0)
    _read_toc(lines, structure)
    assert [(e.text, e.page) for e in structure.toc] == [("Vitale Teelt 2.0", 2), ("Slimme Zorg", 4)]
    assert id(lines[-1]) not in structure.toc_lines


def _contents_line(y: float, text: str, size: float = 11.0, page_number: str | None = None):
    from regio.extract.layout import Line, Word

    words, x = [], 72.0
    for word in text.split():
        words.append(Word(word, x, x + 0.5 * size * len(word), y, y + size, size, bold=text.isupper()))
        x += 0.5 * size * len(word) + 0.25 * size
    if page_number:
        words.append(Word(page_number, 520, 520 + 0.5 * size * len(page_number), y, y + size, size))
    return Line(2, words)


def test_a_title_that_says_it_goes_on_starts_no_project():
    """A factsheet repeats its title over a project's next page ("Zorgtalent Zeeland
    (vervolg)") and its labels come round again under it: the project goes on there."""
    from regio.extract.headings import ProjectStart, _without_running_titles

    starts = [ProjectStart("", "Zorgtalent Zeeland", []), ProjectStart("", "Zorgtalent Zeeland (vervolg)", []),
              ProjectStart("", "Vitale Kernen", []), ProjectStart("", "Zorgtalent Zeeland (vervolg)", [])]
    assert [s.title for s in _without_running_titles(starts)] == \
        ["Zorgtalent Zeeland", "Vitale Kernen", "Zorgtalent Zeeland (vervolg)"]


@pytest.mark.parametrize("between, titled", [
    ([], True), ([_cells("Publiek")], True), ([_cells("Totaal", "Overig")], True),  # a header's upper lines
    ([_cells("De kosten staan hieronder, verdeeld over de partijen.", size=10.0)], False),  # the field's text
])
def test_a_short_title_right_over_a_tables_header_is_the_tables(between, titled):
    """"Opgaven/Investeringen" or "Financiering in één oogopslag", set bold right over a
    table's header (or the header's upper lines in its type), titles the table: it is no
    heading, nor a label however often it recurs. Over the field's text it may be either."""
    from regio.extract.headings import _heads_a_table
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    def at(line: Line, top: float) -> Line:
        return Line(1, [Word(w.text, w.x0, w.x1, top, top + w.size, w.size, bold=w.bold) for w in line.words])

    title = Line(1, [Word("Opgaven/", 60, 110, 80, 90, 10.0, bold=True), Word("Investeringen", 113, 180, 80, 90, 10.0, bold=True)])
    header = _cells("Kostenpost", "Totaal EUR", "Gemeente", "Rijk")
    following = [at(line, 94 + 11 * k) for k, line in enumerate([*between, header])]
    assert _heads_a_table(title, following, DEFAULT) is titled


@pytest.mark.parametrize("head, label", [
    ("Opgave", "Opgave"),
    ("opgave.", ""),  # a sentence's last word at the start of a justified line, a wide space after it
    ("partijen", ""),  # a header's word wrapped under "Publieke"
])
def test_a_label_that_opens_a_line_is_capitalised(head, label):
    from regio.extract.headings import _label_of
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    words = [Word(head, 72, 72 + 5.0 * len(head), 100, 110, 10.0), Word("De", 160, 172, 100, 110, 10.0),
             Word("maakindustrie", 175, 240, 100, 110, 10.0), Word("groeit.", 243, 280, 100, 110, 10.0)]
    assert _label_of(Line(1, words), Labels(), DEFAULT) == label


def _rounds(labels: list[str], titles: list[int]) -> list[str]:
    """Where rounds of labels start, as "label@position", the labels at positions 0, 1, ...
    of the lines and titles larger than the text at the positions ``titles``."""
    from regio.extract.headings import _label_rounds

    labelled = [(i, None, key) for i, key in enumerate(labels)]
    return [f"{labels[k]}@{k}" for k in _label_rounds(labelled, titles)]


def test_a_label_come_back_inside_a_project_starts_no_round_where_the_first_label_follows_under_a_title():
    """The first project titles a second overview with its money field's label again, under
    no title; the second project, under its title, opens with the label that opened the first
    (and does not repeat the money label): its round starts there."""
    first = ["projectnaam", "aanleiding", "investeringen", "planning", "investeringen"]
    second = ["projectnaam", "aanleiding", "financiering"]
    assert _rounds(first + second, titles=[5 - 0.5]) == ["projectnaam@0", "projectnaam@5"]


def test_a_round_with_a_title_of_its_own_keeps_its_start_though_the_first_label_follows():
    """A project without the label that opened the first ("Projectnaam") starts at its first
    label under its own title; the next project's "Projectnaam" starts the next."""
    labels = ["projectnaam", "partijen", "aanpak", "partijen", "aanpak", "projectnaam", "partijen"]
    assert _rounds(labels, titles=[2.5, 4.5]) == ["projectnaam@0", "partijen@3", "partijen@6"]


def test_a_round_moved_to_its_first_label_is_where_the_next_round_looks_for_a_title_from():
    """A project's field label comes back at its end (its text going on under the label again):
    the round it starts moves to the next project's first label, under that title, and the
    round the next project's own labels start, with no title since that one, moves on too."""
    labels = ["naamproject", "opgave", "inzet", "opgave", "opgave", "naamproject", "opgave", "inzet",
              "naamproject", "opgave"]
    assert _rounds(labels, titles=[4.5, 7.5])[:3] == ["naamproject@0", "naamproject@5", "naamproject@8"]


def test_a_title_wrapped_before_its_version_number_is_named_whole():
    """"Advanced Talentontwikkeling" over "2.0", both in the title's type: the number's line
    is no heading alone (it has no letters), but it is the title's end, which the contents
    entry names."""
    from regio.extract.headings import analyse
    from regio.extract.layout import PageLayout, build_lines
    from regio.extract.settings import DEFAULT

    def page(number: int, *lines: tuple[float, str, float, str | None]) -> PageLayout:
        words = [replace(word, bold=size > 11) for y, text, size, folio in lines
                 for word in _contents_line(y, text, size, folio).words]
        return PageLayout(number, 595.0, 842.0, build_lines(words, number))

    body = [(300 + 14 * k, "De regio versterkt de samenwerking in de komende jaren.", 10.0, None) for k in range(8)]
    layouts = [page(1, (60, "Inhoud", 20.0, None), (100, "Vitale Kernen", 10.0, "2"),
                    (114, "Advanced Talentontwikkeling 2.0", 10.0, "3")),
               page(2, (80, "Vitale Kernen", 20.0, None), *body),
               page(3, (80, "Advanced Talentontwikkeling", 20.0, None), (104, "2.0", 20.0, None), *body)]
    structure = analyse(layouts, set(), DEFAULT)
    assert [(start.title, start.first.page) for start in structure.starts.values()] == [
        ("Vitale Kernen", 2), ("Advanced Talentontwikkeling 2.0", 3)]
