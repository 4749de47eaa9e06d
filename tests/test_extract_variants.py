"""Layouts the two sample renderings do not cover, drawn directly with reportlab."""

from pathlib import Path

import pytest

from regio.extract import extract, extract_tables

pytest.importorskip("reportlab")


def draw(path: Path, pages: list[list[tuple]]) -> Path:
    """Each page: (x, y-from-top, text, size[, font]) runs of text, no rules at all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    for runs in pages:
        for x, y, text, size, *font in runs:
            c.setFont(font[0] if font else "Helvetica", size)
            c.drawString(x, height - y, text)
        c.showPage()
    c.save()
    return path


def test_page_bottom_footnote_in_the_middle_of_a_field(tmp_path):
    page1 = [(60, 60, "Thema | Een project", 14),
             (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Opgave", 10), (180, 130, "De opgave begint hier en noemt een bron.\u00b9", 10),
             (180, 145, "Zij gaat verder op deze regel", 10),
             (60, 800, "\u00b9 Bron: een onderzoek uit 2018.", 7)]
    page2 = [(180, 60, "en eindigt op de volgende pagina.", 10),
             (60, 100, "Opgaven/Investeringen", 10), (250, 100, "Totaal", 10), (330, 100, "Privaat", 10),
             (420, 100, "Rijk", 10),
             (60, 120, "Bouw", 10), (250, 120, "1.000.000", 10), (330, 120, "400.000", 10), (420, 120, "600.000", 10),
             (60, 140, "Totaal", 10), (250, 140, "1.000.000", 10), (330, 140, "400.000", 10), (420, 140, "600.000", 10)]
    dossier = extract(draw(tmp_path / "footnote.pdf", [page1, page2]), cross_check="none")
    (project,) = dossier.projects
    opgave = project.field("Opgave")
    assert opgave.text.endswith("en eindigt op de volgende pagina.") and opgave.pages == [1, 2]
    assert [(n.mark, n.text) for n in project.notes] == [("\u00b9", "Bron: een onderzoek uit 2018.")]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["1.000.000", "400.000", "600.000"]] * 2


def test_an_amount_wrapped_under_its_euro_sign_is_no_caption_of_the_next_table(tmp_path):
    """A total's amount wrapped under its "€", in bold, right over the next table's header:
    the total's, not that table's caption (a caption has words)."""
    bold = "Helvetica-Bold"
    header = [("Opgaven/Investeringen", 60), ("Gemeente", 250), ("Rijk", 330)]
    page = [(60, 60, "Thema | Een project", 14), (60, 80, "Partijen", 10, bold), (60, 92, "Gemeente en provincie.", 10),
            (60, 110, "Inzet en co-financiering", 10, bold), (60, 122, "De regio brengt de helft in.", 10),
            *[(x, 140, text, 10) for text, x in header],
            (60, 158, "Bouw", 10), (250, 158, "1.000.000", 10), (330, 158, "400.000", 10),
            (60, 176, "Totaal", 10, bold), (290, 176, "€", 10, bold), (330, 176, "400.000", 10, bold),
            (250, 188, "1.000.000", 10, bold),
            (60, 206, "Opgaven/Investeringen", 10), (250, 206, "Totaal", 10), (330, 206, "Privaat", 10),
            (60, 224, "Inrichting", 10), (250, 224, "300.000", 10), (330, 224, "300.000", 10),
            (60, 242, "Totaal", 10, bold), (250, 242, "300.000", 10, bold), (330, 242, "300.000", 10, bold)]
    (project,) = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none").projects
    first, second = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in first.rows] == [
        ("Bouw", ["1.000.000", "400.000"]), ("Totaal", ["€ 1.000.000", "400.000"])]
    assert [r.label for r in second.rows] == ["Inrichting", "Totaal"] and not second.caption


def test_the_slide_counter_of_a_short_hand_out_is_no_text_of_its_fields(tmp_path):
    """Slides printed two to a page, each with its footer counting the slides ("Regio Deal
    Betuwe   2 / 4"): too few pages to show what repeats at its place, but the same words
    count four slides, so no field's text ends with them."""
    def slide(top: int, number: int, label: str, text: str) -> list[tuple]:
        return [(60, top, label, 10), (180, top, text, 10),
                (60, top + 300, "Regio Deal Betuwe", 6), (480, top + 300, f"{number} / 4", 6)]
    page1 = [(60, 60, "Thema | Een project", 14), *slide(100, 1, "Naam Project", "Een project"),
             *slide(430, 2, "Opgave", "De opgave van de regio.")]
    page2 = [*slide(100, 3, "Aanpak", "De aanpak van het project."), *slide(430, 4, "Borging", "De gemeente borgt het.")]
    (project,) = extract(draw(tmp_path / "handout.pdf", [page1, page2]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Naam Project", "Een project"), ("Opgave", "De opgave van de regio."), ("Aanpak", "De aanpak van het project."),
        ("Borging", "De gemeente borgt het.")]


@pytest.mark.parametrize("text", ["Zie de tabel hieronder", "De kosten zijn als volgt:", "Zie tabel:"])
def test_a_field_of_one_line_right_over_the_table_keeps_it(tmp_path, text):
    """A field whose text is one line at the labels' start, set close over the table's header:
    text leading in to the table, no header cell's label wrapped over the header's line."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14),
            (60, 80, "Partijen", 10, bold), (60, 92, "Gemeente en provincie.", 10),
            (60, 110, "Inzet en co-financiering", 10, bold), (60, 122, text, 10),
            (60, 140, "Opgaven/Investeringen", 10), (250, 140, "Totaal", 10), (330, 140, "Rijk", 10),
            (60, 160, "Bouw", 10), (250, 160, "1.000.000", 10), (330, 160, "1.000.000", 10),
            (60, 180, "Totaal", 10), (250, 180, "1.000.000", 10), (330, 180, "1.000.000", 10)]
    (project,) = extract(draw(tmp_path / "lead-in.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "Gemeente en provincie."),
                                                            ("Inzet en co-financiering", text)]
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal", "Rijk"] and [r.label for r in table.rows] == ["Bouw", "Totaal"]


@pytest.mark.parametrize("caption", ["Begroting (bedragen in euro)", "Financiering van het project (in euro's)",
                                     "Tabel 1: begroting"])
def test_a_caption_over_the_header_is_the_tables_caption(tmp_path, caption):
    """A caption alone over the header, the field's text ending above it: taken with the
    lines over the header as the label's, it is still the caption, and no word of it joins
    a column's label."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14),
            (60, 80, "Partijen", 10, bold), (60, 92, "Gemeente en provincie.", 10),
            (60, 110, "Inzet en co-financiering", 10, bold), (60, 122, "De regio brengt de helft in.", 10),
            (60, 140, caption, 10),
            (60, 158, "Opgaven/Investeringen", 10), (250, 158, "Totaal", 10), (330, 158, "Rijk", 10),
            (60, 178, "Bouw", 10), (250, 178, "1.000.000", 10), (330, 178, "1.000.000", 10),
            (60, 198, "Totaal", 10), (250, 198, "1.000.000", 10), (330, 198, "1.000.000", 10)]
    (project,) = extract(draw(tmp_path / "caption.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "Gemeente en provincie."),
                                                            ("Inzet en co-financiering", "De regio brengt de helft in.")]
    (table,) = project.tables
    assert (table.caption, table.label) == (caption, "Opgaven/Investeringen")
    assert [c.label for c in table.columns] == ["Totaal", "Rijk"] and [r.label for r in table.rows] == ["Bouw", "Totaal"]


def test_a_field_whose_text_is_a_table_under_a_group_label_keeps_its_label(tmp_path):
    """A label over its text, the text a table whose group label ("Publiek") stands on a
    line of its own over the header: the group label goes to the header, the field stays."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14),
            (60, 90, "Partijen", 10, bold), (60, 102, "De gemeente.", 10),
            (60, 120, "Inzet en co-financiering", 10, bold), (360, 140, "Publiek", 10),
            (60, 155, "Opgaven", 10), (250, 155, "Totaal", 10), (330, 155, "Gemeente", 10), (410, 155, "Provincie", 10),
            (60, 171, "Bouw", 10), (250, 171, "400.000", 10), (330, 171, "100.000", 10), (410, 171, "300.000", 10),
            (60, 187, "Totaal", 10), (250, 187, "400.000", 10), (330, 187, "100.000", 10), (410, 187, "300.000", 10)]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente."), ("Inzet en co-financiering", "")]
    (table,) = project.tables
    assert [(c.label, c.group) for c in table.columns] == [("Totaal", None), ("Gemeente", "publiek"),
                                                           ("Provincie", "publiek")]


def test_a_group_label_reaching_into_the_two_cells_it_is_centred_between_goes_to_the_header(tmp_path):
    """An accountant's "Dekking" centred over the four sources it groups, set close enough to
    reach into the labels of the two middle ones: it is the header's, not the field's text."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14),
            (60, 90, "Partijen", 10, bold), (60, 102, "De gemeente.", 10),
            (60, 120, "Inzet en co-financiering", 10, bold), (367, 140, "Dekking", 10),
            (60, 155, "Kosten", 10), (220, 155, "Totaal", 10), (280, 155, "Onderwijs", 10), (340, 155, "Gemeente", 10),
            (392, 155, "Provincie", 10), (460, 155, "Rijk", 10),
            (60, 171, "Bouw", 10), *((x, 171, "100.000", 10) for x in (220, 280, 340, 392, 460)),
            (60, 187, "Totaal", 10), *((x, 187, "100.000", 10) for x in (220, 280, 340, 392, 460))]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente."), ("Inzet en co-financiering", "")]
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal", "Onderwijs", "Gemeente", "Provincie", "Rijk"]


_PROSE = ["Het project versterkt de samenwerking tussen", "onderwijs en bedrijfsleven in de regio en draagt",
          "zo bij aan de brede welvaart van de inwoners.", "De resultaten worden jaarlijks gemonitord."]


def _fields_down_the_left_column() -> tuple[list[tuple], float]:
    """A project's title and five fields in the left column of a page; with where they end."""
    left = [(60, 60, "Thema | Een project", 14),
            (60, 90, "Naam Project", 9.5, "Helvetica-Bold"), (60, 103, "Startende ondernemers", 9.5)]
    y = 125
    for label in ("Partijen", "Opgave", "Voorgestelde aanpak", "Inzet en co-financiering"):
        left.append((60, y, label, 9.5, "Helvetica-Bold"))
        left += [(60, y + 13 * (k + 1), text, 9.5) for k, text in enumerate(_PROSE * 2)]
        y += 13 * 9 + 14
    return left, y


def test_a_table_opening_the_right_column_takes_no_line_of_the_left_columns_first_field(tmp_path):
    """Fields flow down the left column and on at the top of the right one, where the last
    field's table stands, level with the left column's first field: that field's text is
    over no header of the table, however close above it on the page."""
    bold = "Helvetica-Bold"
    left, y = _fields_down_the_left_column()
    right = [(430, 94, "Publiek", 7, bold),
             (310, 103, "Kosten", 7, bold), (390, 103, "Totaal", 7, bold), (430, 103, "Gemeente", 7, bold),
             (470, 103, "Provincie", 7, bold), (515, 103, "Rijk", 7, bold)]
    for k, (label, amounts) in enumerate((("Bouw", ["400.000", "100.000", "100.000", "200.000"]),
                                         ("Totaal", ["400.000", "100.000", "100.000", "200.000"]))):
        right += [(310, 113 + 10 * k, label, 7), *((x, 113 + 10 * k, a, 7) for x, a in zip((390, 430, 470, 515), amounts))]
    right.append((310, 150, "Structureel karakter", 9.5, bold))
    right += [(310, 163 + 13 * k, text, 9.5) for k, text in enumerate(_PROSE * 3)]
    (project,) = extract(draw(tmp_path / "columns.pdf", [left + right]), cross_check="none").projects
    assert project.fields[0].label == "Naam Project" and project.fields[0].text == "Startende ondernemers"
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal", "Gemeente", "Provincie", "Rijk"]
    assert [r.label for r in table.rows] == ["Bouw", "Totaal"]


@pytest.mark.parametrize("repeated", [True, False], ids=["header repeated", "no header"])
def test_a_table_broken_from_the_first_columns_foot_to_the_next_columns_top_is_one_table(tmp_path, repeated):
    """The table ends the left column and goes on at the top of the right one, under its
    header again or without it; its last row in the left column leaves its last cell empty.
    It is one table: an empty cell stands for its column's span, no ink that would reach
    into the next column, and a part without a header has as many columns, none labelled."""
    bold = "Helvetica-Bold"
    left, y = _fields_down_the_left_column()

    def table(x, top, rows):
        runs = [(x, top, "Investeringen", 7, bold), *((x + dx, top, label, 7, bold)
                                                      for dx, label in ((80, "Totaal"), (125, "Onderwijs"), (170, "Rijk")))]
        for k, (label, *amounts) in enumerate(rows):
            runs += [(x, top + 10 * (k + 1), label, 7), *((x + dx, top + 10 * (k + 1), a, 7)
                                                          for dx, a in zip((80, 125, 170), amounts) if a)]
        return runs

    left += table(60, y + 4, [("Monitoring", "1.400.000", "", "1.400.000"), ("Inrichting", "1.550.000", "1.550.000", "")])
    right = table(310, 94, [("Onderzoek", "350.000", "", "350.000"), ("Totaal", "3.300.000", "1.550.000", "1.750.000")])
    right = right if repeated else [run for run in right if run[1] != 94]
    right.append((310, 150, "Structureel karakter", 9.5, bold))
    right += [(310, 163 + 13 * k, text, 9.5) for k, text in enumerate(_PROSE * 3)]
    (project,) = extract(draw(tmp_path / "broken.pdf", [left + right]), cross_check="none").projects
    (table_read,) = project.tables
    assert [r.label for r in table_read.rows] == ["Monitoring", "Inrichting", "Onderzoek", "Totaal"]


def test_a_label_beside_the_header_of_its_table_is_a_field(tmp_path):
    """Labels in a column of their own, one of them level with the header of the table that
    is all its field's text (a cell of a layout table holding a table)."""
    page = [(60, 60, "Thema | Een project", 14),
            (60, 90, "Partijen", 10), (180, 90, "De gemeente en de provincie.", 10),
            (60, 110, "Inzet en co-financiering", 10),
            (300, 110, "Totaal", 10), (380, 110, "Privaat", 10), (460, 110, "Rijk", 10),
            (180, 126, "Bouw", 10), (300, 126, "400.000", 10), (380, 126, "200.000", 10), (460, 126, "200.000", 10),
            (180, 142, "Totaal", 10), (300, 142, "400.000", 10), (380, 142, "200.000", 10), (460, 142, "200.000", 10),
            (60, 170, "Structureel karakter", 10), (180, 170, "Het project loopt door na 2025.", 10)]
    (project,) = extract(draw(tmp_path / "beside.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Partijen", "De gemeente en de provincie."), ("Inzet en co-financiering", ""),
        ("Structureel karakter", "Het project loopt door na 2025.")]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Bouw", ["400.000", "200.000", "200.000"]),
                                                                         ("Totaal", ["400.000", "200.000", "200.000"])]


@pytest.mark.parametrize("colon", ["", ":"])
def test_numbered_run_in_labels_open_their_fields(tmp_path, colon):
    """Bold labels numbered and run into their text ("**2. Opgave:** De haven ..."): the
    number starts the label, its full stop does not end it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = "Helvetica-Bold"

    def run_in(y, label, text):
        return [(60, y, label, 10, bold), (63 + stringWidth(label, bold, 10), y, text, 10)]
    page = [(60, 60, "Project 1: Slimme Haven", 14), *run_in(90, f"1. Partijen{colon}", "De gemeente Goes."),
            *run_in(110, f"2. Opgave{colon}", "De haven moet slimmer worden."),
            (60, 130, f"3. Inzet en co-financiering{colon}", 10, bold),
            (60, 150, "Opgaven", 10), (250, 150, "Totaal", 10), (330, 150, "Rijk", 10),
            (60, 166, "Totaal", 10), (250, 166, "400.000", 10), (330, 166, "400.000", 10),
            *run_in(200, f"4. Structureel karakter{colon}", "Het project loopt door.")]
    (project,) = extract(draw(tmp_path / "numbered.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Partijen", "De gemeente Goes."), ("Opgave", "De haven moet slimmer worden."), ("Inzet en co-financiering", ""),
        ("Structureel karakter", "Het project loopt door.")]


def test_a_footer_on_both_pages_of_a_two_page_dossier_is_no_text(tmp_path):
    """The footer of a dossier of two pages repeats only twice, its page number aside: still
    its footer, not the end of the field on each page. A table's header repeated at the top
    of the second page stays the table's."""
    header = [(60, 60, "Opgaven"), (250, 60, "Totaal"), (330, 60, "Rijk")]
    page1 = [(60, 60, "Project 1: Slimme Haven", 14), (60, 90, "Partijen", 10, "Helvetica-Bold"),
             (60, 102, "De gemeente Goes.", 10), (60, 130, "Inzet en co-financiering", 10, "Helvetica-Bold"),
             *((x, 620 + y, text, 10) for x, y, text in header),
             (60, 696, "Bouw", 10), (250, 696, "400.000", 10), (330, 696, "400.000", 10),
             (60, 800, "1 Jaarverslag Regio Deal Achterhoek 2019", 8)]
    page2 = [*((x, y, text, 10) for x, y, text in header),
             (60, 76, "Totaal", 10), (250, 76, "400.000", 10), (330, 76, "400.000", 10),
             (60, 110, "Resultaten", 10, "Helvetica-Bold"), (60, 122, "Een slimme haven.", 10),
             (60, 800, "2 Jaarverslag Regio Deal Achterhoek 2019", 8)]
    (project,) = extract(draw(tmp_path / "footer.pdf", [page1, page2]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Partijen", "De gemeente Goes."), ("Inzet en co-financiering", ""), ("Resultaten", "Een slimme haven.")]
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Bouw", ["400.000", "400.000"]),
                                                                         ("Totaal", ["400.000", "400.000"])]


def test_a_sentence_set_close_between_two_tables_is_neither_tables(tmp_path):
    """Two tables in one field, two lines of prose at the rows' own pitch between them, an
    amount among their words: the prose is the field's text, each table ends at its total."""
    bold = "Helvetica-Bold"

    def table(y, header, rows):
        return [(x, y + 15 * i, text, 10) for i, line in enumerate([header, *rows])
                for x, text in zip((60, 250, 330, 410), line)]
    prose = ("De totale projectomvang bedraagt 1,2 mln. Het bedrijfsleven investeert naar verwachting",
             "circa 0,4 mln. Daarbij wordt samengewerkt met de Universiteit Twente en Saxion.")
    page = [(60, 60, "Thema | Een project", 14), (60, 90, "Partijen", 10, bold), (60, 102, "De gemeente.", 10),
            (60, 120, "Financiering", 10, bold),
            *table(140, ["Nr. Opgaven", "Totaal", "Privaat", "Rijk"], [["1 Bouw", "400.000", "200.000", "200.000"],
                                                                      ["Totaal", "400.000", "200.000", "200.000"]]),
            (60, 185, prose[0], 10), (60, 197, prose[1], 10),
            *table(212, ["Nr. Opgaven", "Totaal", "Onderwijs", "Rijk"], [["1 Pilots", "800.000", "400.000", "400.000"],
                                                                        ["Totaal", "800.000", "400.000", "400.000"]])]
    path = draw(tmp_path / "two.pdf", [page])
    (project,) = extract(path, cross_check="none").projects
    assert project.field("Financiering").text == " ".join(prose)
    assert [([c.key for c in t.columns], [(r.label, [c.raw for c in r.cells]) for r in t.rows]) for t in project.tables] == [
        (["totaal", "privaat", "rijk"], [("1 Bouw", ["400.000", "200.000", "200.000"]), ("Totaal", ["400.000", "200.000", "200.000"])]),
        (["totaal", "onderwijs", "rijk"], [("1 Pilots", ["800.000", "400.000", "400.000"]),
                                           ("Totaal", ["800.000", "400.000", "400.000"])])]
    assert [[r.label for r in t.rows] for t in extract_tables(path).tables] == [["1 Bouw", "Totaal"], ["1 Pilots", "Totaal"]]


def test_a_header_cell_wrapped_over_the_line_above_is_no_note_of_the_table_before(tmp_path):
    """A table's note, then the next table, whose last header cell wraps onto the line over
    its header ("Overig" over "publiek"), right of where the note ends: that line is the
    header's, not the note going on."""
    bold = "Helvetica-Bold"

    def rows(y, cells):
        return [(x, y + 15 * i, text, 10) for i, line in enumerate(cells) for x, text in zip((60, 250, 330, 410), line)]
    page = [(60, 60, "Thema | Een project", 14), (60, 90, "Partijen", 10, bold), (60, 102, "De gemeente.", 10),
            (60, 120, "Financiering", 10, bold),
            *rows(140, [["Opgaven", "Totaal", "Gemeente*", "Rijk"], ["Bouw", "400.000", "200.000", "200.000"],
                        ["Totaal", "400.000", "200.000", "200.000"]]),
            (60, 190, "* Via het samenwerkingsverband.", 8),
            (412, 212, "Overig", 10),
            *rows(224, [["Opgaven", "Totaal", "Gemeente", "publiek"], ["Pilots", "800.000", "400.000", "400.000"],
                        ["Totaal", "800.000", "400.000", "400.000"]])]
    (project,) = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none").projects
    first, second = project.tables
    assert [f.text for f in first.footnotes] == ["Via het samenwerkingsverband."]
    assert [(c.label, c.key) for c in second.columns] == [("Totaal", "totaal"), ("Gemeente", "gemeente"),
                                                          ("Overig publiek", "overig_publiek")]


def test_a_label_ended_by_a_full_stop_over_a_table_is_named_without_it(tmp_path):
    """A house that ends its run-in labels with a full stop ("**Financiering.** De regio ..."),
    where the field opens with a table and the label stands on its line alone."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14), (60, 90, "Partijen.", 10, bold), (110, 90, "De gemeente.", 10),
            (60, 110, "Financiering.", 10, bold),
            (60, 126, "Opgaven", 10), (250, 126, "Totaal", 10), (330, 126, "Rijk", 10),
            (60, 141, "Totaal", 10), (250, 141, "400.000", 10), (330, 141, "400.000", 10),
            (60, 175, "De regio draagt de helft bij.", 10)]
    (project,) = extract(draw(tmp_path / "stop.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente."),
                                                            ("Financiering", "De regio draagt de helft bij.")]


def test_a_label_in_small_letters_alone_on_its_line_is_none(tmp_path):
    """A group's label wrapped over two lines over the header ("Publieke" over "partijen"):
    its second line, a field's label in small letters, opens no field."""
    bold = "Helvetica-Bold"
    cells = [(250, "Totaal", "400.000"), (330, "Gemeente", "100.000"), (400, "Provincie", "100.000"), (470, "Rijk", "200.000")]
    page = [(60, 60, "Thema | Een project", 14), (60, 90, "Partijen", 10, bold), (60, 102, "De gemeente en de provincie.", 10),
            (60, 120, "Begroting", 10, bold), (60, 132, "De kosten staan in de tabel.", 10),
            (352, 152, "Publieke", 10, bold), (354, 164, "partijen", 10, bold), (60, 178, "Opgaven", 10, bold),
            *((x, 178, label, 10, bold) for x, label, _ in cells),
            *((x, y, text, 10) for y, label in ((194, "Bouw"), (210, "Totaal"))
              for x, text in [(60, label), *((x, amount) for x, _, amount in cells)])]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente en de provincie."),
                                                            ("Begroting", "De kosten staan in de tabel.")]
    (table,) = project.tables
    assert [(c.key, c.group) for c in table.columns] == [("totaal", None), ("gemeente", "publiek"),
                                                         ("provincie", "publiek"), ("rijk", None)]


def test_a_note_in_the_texts_own_type_after_the_last_field_is_the_projects_note(tmp_path):
    """A converter that sets a project's notes after its last field, in the text's type: its
    small raised mark a word space before the note's text, the note run on over lines and a
    second paragraph."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    end = 60 + stringWidth("Het fonds blijft bestaan.", "Helvetica", 10)
    page = [(60, 60, "Thema | Een project", 14),
            (60, 140, "Opgaven/Investeringen", 10), (250, 140, "Totaal", 10), (330, 140, "Rijk", 10),
            (60, 160, "Bouw", 10), (250, 160, "1.000.000", 10), (330, 160, "1.000.000", 10),
            (60, 180, "Totaal", 10), (250, 180, "1.000.000", 10), (330, 180, "1.000.000", 10),
            (60, 210, "Structureel karakter", 10, "Helvetica-Bold"), (60, 225, "Het fonds blijft bestaan.", 10),
            (end, 222, "2", 7),
            (60, 247, "2", 7), (68, 250, "Bron: een onderzoek naar brede welvaart, met als", 10),
            (60, 264, "aandeel laag 20, middelbaar 42% en hoog 37%.", 10),
            (60, 282, "Bron: de arbeidsdeelname per regio.", 10)]  # the note's second paragraph
    (project,) = extract(draw(tmp_path / "notes.pdf", [page]), cross_check="none").projects
    assert project.field("Structureel karakter").text == "Het fonds blijft bestaan.²"
    assert [(n.mark, n.text) for n in project.notes] == [
        ("²", "Bron: een onderzoek naar brede welvaart, met als aandeel laag 20, middelbaar 42% en hoog 37%. "
              "Bron: de arbeidsdeelname per regio.")]


def test_columns_in_another_order_with_abbreviations_and_a_typo(tmp_path):
    page = [(60, 60, "Thema | Project", 14),
            (60, 100, "Opgaven/Investeringen", 10), (200, 100, "Rijk", 10), (260, 100, "Prov.", 10),
            (320, 100, "Onderw.", 10), (390, 100, "Privaat", 10), (460, 100, "Totaal EUR", 10),
            (60, 120, "Alles", 10), (200, 120, "100", 10), (260, 120, "200", 10), (320, 120, "-", 10),
            (390, 120, "300", 10), (460, 120, "600", 10),
            (60, 140, "Totaal", 10), (200, 140, "100", 10), (260, 140, "200", 10), (320, 140, "-", 10),
            (390, 140, "300", 10), (460, 140, "600", 10)]
    dossier = extract(draw(tmp_path / "order.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["rijk", "provincie", "onderwijs", "privaat", "totaal"]
    assert table.columns[-1].role == "total"


def _row(y, label, *cells, x=(250, 330, 420)):
    return [(60, y, label, 10), *((x_, y, cell, 10) for x_, cell in zip(x, cells))]


HEADER = [(60, 100, "Opgaven/Investeringen", 10), (250, 100, "Totaal", 10), (330, 100, "Privaat", 10), (420, 100, "Rijk", 10)]


def test_the_sums_carried_over_a_page_break_are_no_rows(tmp_path):
    """Bookkeeping carries a table's sums to the next page ("Transport", "Van vorige pagina");
    a cost line of that name inside the table is a row."""
    page1 = [(60, 60, "Thema | Een project", 14), *HEADER,
             *_row(120, "Bouw", "1.000.000", "400.000", "600.000"),
             *_row(140, "Transport", "200.000", "-", "200.000"),
             *_row(160, "Subtotaal (over te brengen)", "1.200.000", "400.000", "800.000")]
    page2 = [*((x, 60, text, size) for x, _, text, size in HEADER),
             *_row(80, "Van vorige pagina", "1.200.000", "400.000", "800.000"),
             *_row(100, "Inrichting", "300.000", "100.000", "200.000"),
             *_row(120, "Totaal", "1.500.000", "500.000", "1.000.000")]
    dossier = extract(draw(tmp_path / "carry.pdf", [page1, page2]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [r.label for r in table.rows] == ["Bouw", "Transport", "Inrichting", "Totaal"]


def test_notes_under_a_heading_of_their_own_are_the_tables(tmp_path):
    page = [(60, 60, "Thema | Een project", 14), *HEADER,
            *_row(120, "Bouw", "1.000.000*", "400.000", "600.000"),
            *_row(140, "Totaal", "1.000.000", "400.000", "600.000"),
            (60, 165, "Opmerkingen:", 9), (60, 178, "* Inclusief de grond die de gemeente inbrengt.", 8)]
    dossier = extract(draw(tmp_path / "notes.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Inclusief de grond die de gemeente inbrengt.")]


def test_a_small_table_of_notes_under_rows_that_state_no_total_holds_the_tables_notes(tmp_path):
    """"Noot | Toelichting" over the notes, set off under rows without a total row: the
    heading of the table's notes, not one more row (whose cells would part the labels)."""
    page = [(60, 60, "Thema | Een project", 14), *HEADER,
            *_row(120, "Bouw", "1.000.000*", "400.000", "600.000"),
            *_row(134, "Inrichting", "300.000", "100.000", "200.000"),
            (60, 160, "Noot", 9), (110, 160, "Toelichting", 9),
            (60, 173, "*", 8), (110, 173, "Inclusief de grond die de gemeente inbrengt.", 8)]
    dossier = extract(draw(tmp_path / "notetable.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting"]
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Inclusief de grond die de gemeente inbrengt.")]


def test_a_line_under_the_title_that_names_the_theme_is_the_theme(tmp_path):
    # Set further under the title than 1.5 times its own size, as a portal sets it.
    page = [(60, 60, "Een project", 14), (60, 86, "Programmalijn: Arbeidsmarkt & Talent", 9),
            (60, 100, "Naam Project", 10), (180, 100, "Een project", 10), (60, 115, "Opgave", 10), (180, 115, "De opgave.", 10),
            *((x, y + 40, text, size) for x, y, text, size in HEADER),
            *_row(160, "Bouw", "100", "40", "60"), *_row(180, "Totaal", "100", "40", "60")]
    (project,) = extract(draw(tmp_path / "theme.pdf", [page]), cross_check="none").projects
    assert (project.theme, project.title) == ("Arbeidsmarkt & Talent", "Een project")
    assert [f.label for f in project.fields] == ["Naam Project", "Opgave"]


def test_justified_prose_that_names_funding_sources_is_no_table(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = ["Research,", "Waterschap", "Scheldestromen,", "provincie", "Zeeland,", "gemeenten"]
    x, prose = 180.0, []
    for word in words:  # the gaps of a justified line: every one stretched alike
        prose.append((x, 145, word, 10))
        x += stringWidth(word, "Helvetica", 10) + 20
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 130, "Partijen", 10), (180, 130, "HZ University of Applied Sciences, Wageningen University", 10),
            *prose, (180, 160, "en drie verwerkende bedrijven.", 10), (60, 190, "Opgave", 10), (180, 190, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "prose.pdf", [page]), cross_check="none").projects
    assert not project.tables
    assert project.field("Partijen").text.endswith("en drie verwerkende bedrijven.")


def test_a_label_wrapped_round_its_values_in_a_table_ruled_row_by_row(tmp_path):
    """Cells centred in their height: the values stand between the two lines of their label.
    The rules across the table say which lines make a row."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "centred.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica", 14)
    c.drawString(60, top - 60, "Thema | Een project")
    c.setFont("Helvetica", 9)
    for y in (90, 106, 136, 152):  # rules over the header, under it, under the first row, under the total
        c.line(60, top - y, 480, top - y)
    for x, text in ((62, "Opgaven"), (200, "Totaal"), (260, "Privaat"), (330, "Rijk")):
        c.drawString(x, top - 100, text)
    c.drawString(62, top - 114, "Loonkosten PDEng o.b.v.")
    for x, text in ((200, "4.662.780"), (260, "525.000"), (330, "4.137.780")):
        c.drawString(x, top - 121, text)
    c.drawString(62, top - 128, "integraal uurtarief")
    for x, text in ((62, "Totaal"), (200, "4.662.780"), (260, "525.000"), (330, "4.137.780")):
        c.drawString(x, top - 146, text)
    c.save()
    (table,) = extract(path, cross_check="none").projects[0].tables
    assert [r.label for r in table.rows] == ["Loonkosten PDEng o.b.v. integraal uurtarief", "Totaal"]


def test_a_footnote_continued_under_the_continuation_separator_is_one_note(tmp_path):
    """Word carries a note that does not fit to the next page's foot, under a rule across the
    text and without its mark, before that page's own notes."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "continued.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1]
    for page, (rule_end, notes) in enumerate([(160, ["\u00b9 Een brief van de minister noemt het fonds als"]),
                                              (440, ["regionaal experiment.", "\u00b2 Bron: CBS 2018."])]):
        c.setFont("Helvetica", 14 if page == 0 else 10)
        if page == 0:
            c.drawString(60, top - 60, "Thema | Een project")
        c.setFont("Helvetica", 10)
        for i in range(8):
            text = ["Naam Project", "Opgave", "", "", "", "", "", ""][i]
            if text:
                c.drawString(60, top - 100 - 15 * i, text)
            mark = "\u00b9" if (page, i) == (0, 1) else "\u00b2" if (page, i) == (1, 2) else ""
            c.drawString(180, top - 100 - 15 * i, f"Een regel tekst van het project, nummer {i + 1}.{mark}")
        c.line(60, top - 740, rule_end, top - 740)
        c.setFont("Helvetica", 8)
        for j, note in enumerate(notes):
            c.drawString(60, top - 752 - 10 * j, note)
        c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [(n.mark, n.text) for n in project.notes] == [
        ("\u00b9", "Een brief van de minister noemt het fonds als regionaal experiment."), ("\u00b2", "Bron: CBS 2018.")]
    assert "regionaal experiment" not in project.field("Opgave").text


def test_a_table_printed_pages_across_is_one_table(tmp_path):
    """Too wide for its page, a spreadsheet's table goes on at the next page with its other
    columns beside the same row labels."""
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Inzet", 10), (180, 130, "De kosten staan hieronder.", 10),
             (60, 160, "Opgaven/Investeringen", 10), (250, 160, "Totaal", 10), (330, 160, "Privaat", 10),
             (420, 160, "Onderwijs", 10),
             *_row(180, "Bouw", "1.000.000", "400.000", "100.000", x=(250, 330, 420)),
             *_row(200, "Totaal", "1.000.000", "400.000", "100.000", x=(250, 330, 420))]
    page2 = [(60, 60, "Vervolg tabel: Opgaven/Investeringen (kolommen Gem.–Rijk)", 8),
             (60, 80, "Opgaven/Investeringen", 10), (250, 80, "Gem.", 10), (330, 80, "Rijk", 10),
             *_row(100, "Bouw", "200.000", "300.000", x=(250, 330)), *_row(120, "Totaal", "200.000", "300.000", x=(250, 330)),
             (60, 150, "Opgave", 10), (180, 150, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "across.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "onderwijs", "gemeente", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows][1] == ["1.000.000", "400.000", "100.000", "200.000", "300.000"]
    assert table.pages == [1, 2] and "Vervolg" not in project.field("Inzet").text


def test_a_ruled_table_whose_other_column_on_the_next_page_is_one_is_one_table(tmp_path):
    """Printed pages across, the next page sets the one column left, Rijk, in a narrow grid
    ruled row by row, under a line that says it goes on: a header of one source, which is
    no header line on its own, still heads the table's other columns; each ruled row is a
    row, however narrow the grid against the page."""
    c, text = _named_project(path := tmp_path / "across.pdf")
    text(60, 140, "Investeringen", 9, "Helvetica-Bold")
    for right, label in ((300, "Totaal"), (380, "Onderwijs"), (460, "Gemeente")):
        text(right, 140, label, 9, "Helvetica-Bold", right=True)
    _rows_set_right(text, (300, 380, 460), [(156, "Projecten", ["2.250.000", "-", "250.000"]),
                                           (172, "Totaal", ["2.250.000", "-", "250.000"])])
    c.showPage()
    text(60, 60, "Vervolg tabel: Investeringen (kolom Rijksbijdrage)", 8)
    text(62, 80, "Investeringen", 9, "Helvetica-Bold")
    text(266, 80, "Rijksbijdrage", 9, "Helvetica-Bold", right=True)
    _rows_set_right(text, (266,), [(96, "Projecten", ["-"]), (112, "Totaal", ["-"])])
    _grid(c, 0, (58, 170, 270), (70, 86, 102, 118))
    text(60, 150, "Opgave")
    text(180, 150, "De opgave van het project.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "gemeente", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Projecten", ["2.250.000", "-", "250.000", "-"]), ("Totaal", ["2.250.000", "-", "250.000", "-"])]


def test_a_table_whose_page_ends_with_a_note_goes_on_under_its_header_again(tmp_path):
    """A page's last row, then a note at its foot; the next page repeats the header and the
    rows go on: one table, its note kept."""
    page1 = [(60, 60, "Thema | Een project", 14), *HEADER,
             *_row(120, "Bouw", "1.000.000*", "400.000", "600.000"),
             *_row(140, "Inrichting", "500.000", "100.000", "400.000"),
             (60, 800, "* Inclusief de grond die de gemeente inbrengt.", 8)]
    page2 = [*((x, 60, text, size) for x, _, text, size in HEADER),
             *_row(80, "Onderzoek", "300.000", "100.000", "200.000"),
             *_row(100, "Totaal", "1.800.000", "600.000", "1.200.000")]
    dossier = extract(draw(tmp_path / "noted.pdf", [page1, page2]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Onderzoek", "Totaal"]
    assert table.pages == [1, 2]


def test_a_table_whose_page_ends_with_a_note_goes_on_under_its_grouped_header_again(tmp_path):
    """As above, the header two lines: "Publiek" over the Gemeente column, then the labels.
    On the next page the group's line opens the header printed again: the rows go on."""
    def header(y):
        return [(330, y, "Publiek", 10), (60, y + 14, "Opgaven/Investeringen", 10), (250, y + 14, "Totaal", 10),
                (330, y + 14, "Gemeente", 10), (420, y + 14, "Rijk", 10)]

    page1 = [(60, 60, "Thema | Een project", 14), *header(86),
             *_row(120, "Bouw", "1.000.000*", "400.000", "600.000"),
             *_row(140, "Inrichting", "500.000", "100.000", "400.000"),
             (60, 800, "* Inclusief de grond die de gemeente inbrengt.", 8)]
    page2 = [*header(46), *_row(80, "Onderzoek", "300.000", "100.000", "200.000"),
             *_row(100, "Totaal", "1.800.000", "600.000", "1.200.000")]
    dossier = extract(draw(tmp_path / "grouped.pdf", [page1, page2]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Onderzoek", "Totaal"]
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "rijk"] and table.pages == [1, 2]


def test_a_ruled_tables_last_column_that_no_row_fills_reaches_to_its_border(tmp_path):
    """A grid whose last column, Provincie, no row fills, its label set left in it: the
    table reaches to its right border, well past the label, and keeps that column."""
    c, text = _named_project(path := tmp_path / "silent.pdf")
    text(62, 140, "Opgaven/Investeringen", 9, "Helvetica-Bold")
    for x, label in ((245, "Totaal"), (325, "Onderwijs"), (405, "Provincie")):
        text(x, 140, label, 9, "Helvetica-Bold")
    for y, label, amounts in ((156, "Monitoring", ["116.000", "100.000"]), (172, "Totaal", ["116.000", "100.000"])):
        text(62, y, label, 9)
        for right, amount in zip((315, 395), amounts):
            text(right, y, amount, 9, right=True)
    _grid(c, 0, (58, 240, 320, 400, 480), (130, 146, 162, 178))
    text(60, 210, "Opgave")
    text(180, 210, "De opgave van het project.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "provincie"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Monitoring", ["116.000", "100.000", ""]), ("Totaal", ["116.000", "100.000", ""])]


@pytest.mark.parametrize("member", ["Gem.", "Provincie"])
def test_a_groups_member_in_a_ruled_row_of_its_own_under_the_header_is_its_label(tmp_path, member):
    """A grid whose first row heads the columns, "Publieke partijen" over one of them between
    columns labelled on its line, and whose second row holds only the member's label under
    it: the member names the column, the group stands over it alone, and the row is no row."""
    c, text = _named_project(path := tmp_path / "member.pdf")
    for x, label in ((75, "Investeringen"), (159, "Onderwijs"), (225, "Publieke partijen"), (326, "Rijk"), (355, "Totaal EUR")):
        text(x, 166, label, 9.5, "Helvetica-Bold")
    text(225, 184, member, 9.5, "Helvetica-Bold")
    for y, label, amounts in ((201, "Onderzoek zorg", ("€ 3.000.000", "-", "-", "€ 3.000.000")),
                              (219, "Kennisdeling", ("€ 1.000.000", "€ 2.000.000", "-", "€ 3.000.000"))):
        text(75, y, label, 9.5)
        for x, amount in zip((159, 225, 326, 355), amounts):
            text(x, y, amount, 9.5)
    _grid(c, 0, (71, 155, 221, 322, 351, 419), (155, 172, 190, 207, 225))
    c.save()
    (table,) = extract_tables(path).tables
    key = "gemeente" if member == "Gem." else "provincie"
    assert [(c.label, c.key) for c in table.columns] == [
        ("Onderwijs", "onderwijs"), (member, key), ("Rijk", "rijk"), ("Totaal EUR", "totaal")]
    assert [c.group for c in table.columns] == [None, "publiek", None, None]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Onderzoek zorg", ["€ 3.000.000", "-", "-", "€ 3.000.000"]),
        ("Kennisdeling", ["€ 1.000.000", "€ 2.000.000", "-", "€ 3.000.000"])]
    assert not [w for w in extract_tables(path).warnings if w.code == "subheader-in-row"]


def test_a_ruled_rows_second_line_with_a_value_of_its_own_stays_in_its_row_over_pages(tmp_path):
    """A grid ruled row by row goes on on the next page under its header again; there a row's
    label wraps onto a second line that holds a cell's value of its own (a correction typed
    under the struck one): the rule under the row, not the value, ends it."""
    c, text = _named_project(path := tmp_path / "ruled.pdf")
    bold = "Helvetica-Bold"

    def header(y):
        text(62, y, "Investeringen", 9, bold)
        for right, label in ((230, "Totaal"), (290, "Privaat"), (350, "Onderwijs")):
            text(right, y, label, 9, bold, right=True)

    header(141)
    _rows_set_right(text, (230, 290, 350), [(157, "Fieldlab", ["4.700.000", "4.700.000", "-"])])
    _grid(c, 0, (58, 170, 235, 295, 355), (130, 146, 162))
    c.showPage()
    header(71)
    _rows_set_right(text, (230, 290), [(87, "Kennisontsluiting", ["537.000", "500.000"])])
    _rows_set_right(text, (350,), [(98, "en -toepassing", ["37.000"])])
    _rows_set_right(text, (230, 290, 350), [(113, "Totaal", ["5.237.000", "5.200.000", "37.000"])])
    _grid(c, 0, (58, 170, 235, 295, 355), (60, 76, 102, 118))
    text(60, 150, "Opgave")
    text(180, 150, "De opgave van het project.")
    c.save()
    (table,) = extract(path, cross_check="none").projects[0].tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Fieldlab", ["4.700.000", "4.700.000", "-"]), ("Kennisontsluiting en -toepassing", ["537.000", "500.000", "37.000"]),
        ("Totaal", ["5.237.000", "5.200.000", "37.000"])]


def test_a_table_with_its_total_first_goes_on_over_a_page_under_its_header_again(tmp_path):
    """A ministry's annex sets the total straight under the header, then the rows it sums; the
    page breaks among them, and the next page repeats the header, its group line too."""
    header = [(340, 0, "Publiek", 10), (60, 15, "Opgaven/Investeringen", 10), (250, 15, "Totaal", 10),
              (330, 15, "Gem.", 10), (420, 15, "Prov.", 10)]
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Inzet", 10), (180, 130, "De kosten staan hieronder.", 10),
             *((x, 160 + dy, text, size) for x, dy, text, size in header),
             *_row(195, "Totaal", "1.000.000", "400.000", "600.000", x=(250, 330, 420)),
             *_row(215, "Bouw", "500.000", "200.000", "300.000", x=(250, 330, 420))]
    page2 = [*((x, 60 + dy, text, size) for x, dy, text, size in header),
             *_row(95, "Inrichting", "300.000", "100.000", "200.000", x=(250, 330, 420)),
             *_row(115, "Onderzoek", "200.000", "100.000", "100.000", x=(250, 330, 420)),
             (60, 150, "Opgave", 10), (180, 150, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "first.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Totaal", "Bouw", "Inrichting", "Onderzoek"]
    assert table.pages == [1, 2] and project.field("Opgave").text == "De opgave."


def test_a_table_in_a_field_whose_header_and_first_row_end_a_page_begins_there(tmp_path):
    """Too little at the page's foot for a table of its own (a header and one row): the part
    that opens the next page under the same header is the rest of it."""
    header = [(180, 0, "Mijlpaal", 10), (330, 0, "Trekker", 10), (470, 0, "Gereed", 10)]

    def milestone(y, *cells):
        return [(x, y, cell, 10) for x, cell in zip((180, 330, 470), cells)]

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Resultaten", 10), (180, 130, "De mijlpalen zijn:", 10),
             *((x, 150 + dy, text, size) for x, dy, text, size in header), *milestone(165, "Ontwerp", "North Sea Port", "Q4 2024")]
    page2 = [*((x, 60 + dy, text, size) for x, dy, text, size in header),
             *milestone(75, "Oplevering", "gemeente Vlissingen", "Q3 2025"), *milestone(90, "Eerste proef", "Coalitie", "Q1 2026"),
             (60, 130, "Opgave", 10), (180, 130, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "foot.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Ontwerp", "Oplevering", "Eerste proef"]
    assert project.field("Resultaten").text == "De mijlpalen zijn:"


def test_a_table_in_a_field_that_ends_its_page_goes_on_in_a_row_at_the_top_of_the_next(tmp_path):
    """The page breaks before a table's last row: the next page opens with its header again and
    that one row, too little for a table of its own, and the field's text goes on after it."""
    header = [(180, 0, "Mijlpaal", 10), (330, 0, "Trekker", 10), (470, 0, "Gereed", 10)]

    def milestone(y, *cells):
        return [(x, y, cell, 10) for x, cell in zip((180, 330, 470), cells)]

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Resultaten", 10), (180, 130, "De mijlpalen zijn:", 10),
             *((x, 750 + dy, text, size) for x, dy, text, size in header),
             *milestone(765, "Ontwerp", "North Sea Port", "Q4 2024"), *milestone(780, "Oplevering", "Gemeente", "Q3 2025")]
    page2 = [*((x, 60 + dy, text, size) for x, dy, text, size in header), *milestone(75, "Eerste proef", "Coalitie", "Q1 2026"),
             (180, 100, "Daarna volgt de evaluatie.", 10), (60, 130, "Opgave", 10), (180, 130, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "top.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Ontwerp", "Oplevering", "Eerste proef"]
    assert project.field("Resultaten").text == "De mijlpalen zijn: Daarna volgt de evaluatie."


def test_a_table_printed_pages_across_whose_first_part_names_too_few_sources(tmp_path):
    """Two sources on the first page are no funding table yet; with the other part's they are,
    and the first part's columns are keyed as sources too. Each part has a caption in small
    type over it, which is no text of the field."""
    c, text = _canvas(path := tmp_path / "across.pdf")

    def part(top, number, columns, rows):
        text(60, top, f"Opgaven/Investeringen (deel {number} van 2)", 7.5)
        for x, label in zip((60, 250, 330), ("Opgaven/Investeringen", *columns)):
            text(x, top + 14, label, 10)
        for k, cells in enumerate(rows, 1):
            for x, cell in zip((60, 250, 330), cells):
                text(x, top + 14 + 20 * k, cell, 10)

    text(60, 60, "Thema | Een project", 14)
    for y, words, font in ((100, "Naam Project", "Helvetica-Bold"), (115, "Een project", "Helvetica"),
                           (140, "Inzet en co-financiering", "Helvetica-Bold"), (155, "De kosten staan hieronder.", "Helvetica")):
        text(60, y, words, font=font)
    part(176, 1, ("Gemeenten", "Provincie"), [("Bouw", "100.000", "200.000"), ("Totaal", "100.000", "200.000")])
    c.showPage()
    part(60, 2, ("Rijk", "Totaal"), [("Bouw", "300.000", "600.000"), ("Totaal", "300.000", "600.000")])
    text(60, 150, "Opgave", font="Helvetica-Bold")
    text(60, 165, "De opgave.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["gemeente", "provincie", "rijk", "totaal"]
    assert [(f.label, f.text) for f in project.fields] == [("Naam Project", "Een project"), ("Inzet en co-financiering", "De kosten staan hieronder."),
                                                           ("Opgave", "De opgave.")]


def test_a_table_of_years_in_a_field_printed_pages_across_is_one_table(tmp_path):
    """Inside a field, a spreadsheet's year table too wide for its page: the next page sets its
    other years beside the same row labels again, under the same corner label. The unit the
    field states is the whole table's."""
    def part(y, years, rows):
        out = [(180, y - 11, f"Uitgaven per jaar (deel {1 if '2024' in years else 2} van 2)", 7.5),
               (180, y, "Activiteit", 10), *((x, y, year, 10) for x, year in zip((400, 480), years))]
        for k, (label, *cells) in enumerate(rows, 1):
            out += [(180, y + 15 * k, label, 10), *((x, y + 15 * k, cell, 10) for x, cell in zip((400, 480), cells))]
        return out

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Planning", 10), (180, 130, "bedragen x € 1.000", 10), (180, 145, "De uitgaven per jaar staan hieronder.", 10),
             *part(170, ("2024", "2025"), [("Scholing", "450", "600"), ("Huisvesting", "100", "175"), ("Totaal", "550", "775")])]
    page2 = [*part(70, ("2026", "Totaal"), [("Scholing", "550", "1.600"), ("Huisvesting", "225", "500"), ("Totaal", "775", "2.100")]),
             (60, 160, "Opgave", 10), (180, 160, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "years.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["2024", "2025", "2026", "totaal"] and table.scale == 1000
    assert [[c.raw for c in r.cells] for r in table.rows] == [["450", "600", "550", "1.600"], ["100", "175", "225", "500"],
                                                              ["550", "775", "775", "2.100"]]


def test_a_ruled_table_at_the_texts_edge_under_a_caption_in_small_type(tmp_path):
    """A table in a field, its grid's left border at the text's own edge (no frame: rules
    inside it too), captioned in small grey type right over it."""
    c, text = _canvas(path := tmp_path / "caption.pdf")
    text(72, 60, "Thema | Een project", 14)
    for y, label, words in ((100, "Naam Project", "Een project"), (120, "Inzet", "De broedplaatsen kosten per jaar:")):
        text(72, y, label, font="Helvetica-Bold")
        text(200, y, words)
    c.setFillGray(0.5)
    text(200, 146, "Investering", 7.5)
    text(540, 146, "deel 1 van 2", 7.5, right=True)
    c.setFillGray(0)
    rows = [("Investering", "Per jaar"), ("Ondersteuning", "€ 75.000"), ("Projectorganisatie", "€ 150.000")]
    _grid(c, 150, (200, 420, 540), (0, 20, 40, 60))
    for k, (label, cell) in enumerate(rows):
        text(203, 164 + 20 * k, label, 10)
        text(537, 164 + 20 * k, cell, 10, right=True)
    text(72, 240, "Opgave", font="Helvetica-Bold")
    text(200, 240, "De opgave van het project.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [col.key for col in table.columns] == ["per_jaar"] and [r.label for r in table.rows] == ["Ondersteuning", "Projectorganisatie"]
    assert project.field("Inzet").text == "De broedplaatsen kosten per jaar:"


def test_a_form_that_asks_each_field_as_a_question(tmp_path):
    """An application form: each project a part ("Deel 2: <title>"), each field a numbered
    question in bold, one of them asked of one project only."""
    c, text = _canvas(path := tmp_path / "questions.pdf")
    asked = [("Wat is de naam van het project?", "{}"), ("Welke partijen zijn bij het project betrokken?", "Partners van {}."),
             ("Welke opgave pakt het project aan?", "De opgave van {}.")]
    for k, title in enumerate(("Skills Twente", "Mineral Valley"), 1):
        text(72, 60, f"Deel {k}: {title}", 14, font="Helvetica-Bold")
        extra = [("Hoe wordt het fonds na afloop voortgezet en door wie?", "Door de provincie.")] if k == 2 else []
        for n, (question, answer) in enumerate(asked + extra, 1):
            text(72, 80 + 40 * n, f"{n}. {question}", font="Helvetica-Bold")
            text(90, 95 + 40 * n, answer.format(title))
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [p.title for p in projects] == ["Skills Twente", "Mineral Valley"]
    assert [(f.label, f.text) for f in projects[1].fields] == [
        ("Wat is de naam van het project?", "Mineral Valley"), ("Welke partijen zijn bij het project betrokken?", "Partners van Mineral Valley."),
        ("Welke opgave pakt het project aan?", "De opgave van Mineral Valley."),
        ("Hoe wordt het fonds na afloop voortgezet en door wie?", "Door de provincie.")]


def test_the_theme_over_a_title_that_goes_on_mid_page_is_no_text(tmp_path):
    """Slides printed as hand-outs: the next slide of a project, lower on the sheet, repeats
    its theme over its title marked as going on."""
    c, text = _canvas(path := tmp_path / "slides.pdf")
    for title, theme in (("Skills Twente", "Techniek als motor"), ("Mineral Valley", "Innovatie"), ("Leonardo", "Talent")):
        text(72, 60, theme, 8)
        text(72, 80, title, 20, font="Helvetica-Bold")
        for y, label, words in ((110, "Naam Project", title), (140, "Partijen", f"De partners van {title}.")):
            text(72, y, label, font="Helvetica-Bold")
            text(72, y + 14, words)
        text(72, 400, theme, 8)
        text(72, 420, f"{title} (vervolg)", 20, font="Helvetica-Bold")
        text(72, 450, "Opgave", font="Helvetica-Bold")
        text(72, 464, f"De opgave van {title}.")
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [p.title for p in projects] == ["Skills Twente", "Mineral Valley", "Leonardo"]
    assert [(f.label, f.text) for f in projects[0].fields] == [
        ("Naam Project", "Skills Twente"), ("Partijen", "De partners van Skills Twente."), ("Opgave", "De opgave van Skills Twente.")]


def test_a_form_each_project_opens_anew_keeps_its_first_label_at_the_top_of_the_page(tmp_path):
    """Every project on a page of its own, in one form: the first label stands at the same
    place near the top of every page, under the title; it is a label, not a running header."""
    c, text = _canvas(path := tmp_path / "form.pdf")
    for title in ("Skills Twente", "Mineral Valley", "Leonardo", "Creatieve Broedplaatsen", "TopFit"):
        text(45, 50, title, 15, font="Helvetica-Bold")
        for y, label, words in ((80, "Projectnaam", title), (110, "Partijen", f"De partners van {title}.")):
            text(45, y, label, 8, font="Helvetica-Bold")
            text(45, y + 11, words, 8)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [[f.label for f in p.fields] for p in projects] == [["Projectnaam", "Partijen"]] * 5


def test_a_forms_first_label_beside_the_next_columns_text_is_kept(tmp_path):
    """The same form in two columns, the second column's text (a field going on there) on
    the first label's baseline, a few lines only on most pages: the label still opens its
    field on every page."""
    c, text = _canvas(path := tmp_path / "form.pdf")
    vocabulary = "de opgave van het project gaat verder met nieuwe banen in de regio en scholing voor iedereen".split()

    def prose(k: int, i: int) -> str:  # each page's own words, none at the same place on the next
        return " ".join(vocabulary[(3 * k + 5 * i + j) % len(vocabulary)] for j in range(8))
    for k, title in enumerate(("Skills Twente", "Mineral Valley", "Leonardo", "Creatieve Broedplaatsen", "TopFit")):
        text(45, 50, title, 15, font="Helvetica-Bold")
        for y, label, lines in ((80, "Projectnaam", [title]), (110, "Opgave", [prose(k, i) for i in range(8)])):
            text(45, y, label, 8, font="Helvetica-Bold")
            for i, line in enumerate(lines):
                text(45, y + 11 * (i + 1), line, 8)
        for i in range(8 if k < 2 else 2):  # the columns shown on the first pages, the next column short after
            text(310, 80 + 11 * i, prose(k + 1, i), 8)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [[f.label for f in p.fields] for p in projects] == [["Projectnaam", "Opgave"]] * 5


def test_a_table_in_a_field_whose_row_label_runs_longer_on_the_next_page(tmp_path):
    """The columns of a table broken over a page lie where both parts leave a gap: on the
    first page its labels are short, on the next one runs far towards the first amount."""
    c, text = _canvas(path := tmp_path / "long.pdf")

    def rows(top, lines):
        text(72, top, "Investering", 8)
        text(400, top, "Per jaar", 8, right=True)
        text(480, top, "EUR 3 jaar", 8, right=True)
        for k, (label, *cells) in enumerate(lines, 1):
            text(72, top + 12 * k, label, 8)
            for x, cell in zip((400, 480), cells):
                text(x, top + 12 * k, cell, 8, right=True)

    text(72, 50, "Creatieve Broedplaatsen", 15, font="Helvetica-Bold")
    text(72, 80, "Inzet en co-financiering", 9, font="Helvetica-Bold")
    text(72, 92, "De broedplaatsen kosten:", 9)
    rows(770, [("Ondersteuning", "€ 75.000", "€ 225.000"), ("Huisvesting", "€ 25.000", "€ 75.000")])
    c.showPage()
    rows(50, [("Projectorganisatie (beleidsontwikkeling, subsidieverordening, beoordeling, etc.)", "€ 150.000", "€ 450.000"),
              ("TOTAAL", "", "€ 750.000")])
    text(72, 110, "Opgave", 9, font="Helvetica-Bold")
    text(72, 122, "De opgave.", 9)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [[r.label, *(cell.raw for cell in r.cells)] for r in table.rows] == [
        ["Ondersteuning", "€ 75.000", "€ 225.000"], ["Huisvesting", "€ 25.000", "€ 75.000"],
        ["Projectorganisatie (beleidsontwikkeling, subsidieverordening, beoordeling, etc.)", "€ 150.000", "€ 450.000"],
        ["TOTAAL", "", "€ 750.000"]]


def test_a_budget_written_as_a_list_that_goes_on_over_a_page(tmp_path):
    """A proposal without tables: its budget a bulleted list in a field, a bullet for each
    cost line and a dash item for each source under it, the page breaking inside a row."""
    c, text = _canvas(path := tmp_path / "list.pdf")
    text(72, 60, "Een project", 15, font="Helvetica-Bold")
    text(72, 90, "Inzet en co-financiering", font="Helvetica-Bold")
    text(72, 104, "De kosten:")
    items = [("•", "Bouw"), ("–", "Totaal: 1.000.000"), ("–", "Rijk: 400.000"), ("–", "Provincie: 600.000"),
             ("•", "Inrichting"), ("–", "Totaal: 500.000"), ("–", "Rijk: 200.000"), ("–", "Provincie: 300.000"),
             ("•", "Totaal"), ("–", "Totaal: 1.500.000"), ("–", "Rijk: 600.000"), ("–", "Provincie: 900.000")]
    text(72, 722, "Opgaven/Investeringen:", font="Helvetica-Bold")
    for k, (mark, words) in enumerate(items[:6]):
        indent = 0 if mark == "•" else 12
        text(72 + indent, 736 + 14 * k, mark)
        text(84 + indent, 736 + 14 * k, words)
    c.showPage()
    for k, (mark, words) in enumerate(items[6:]):
        indent = 0 if mark == "•" else 12
        text(72 + indent, 60 + 14 * k, mark)
        text(84 + indent, 60 + 14 * k, words)
    text(72, 160, "Structureel karakter", font="Helvetica-Bold")
    text(72, 174, "Het project gaat door.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Totaal"] and table.pages == [1, 2]
    assert [c.key for c in table.columns] == ["totaal", "rijk", "provincie"]
    assert project.field("Inzet en co-financiering").text == "De kosten:"


def test_a_breadcrumb_over_the_title_names_its_theme(tmp_path):
    page = [(60, 50, "Projectaanvraag Regio Deal Twente", 20), (60, 75, "Overzicht van de ingediende voorstellen", 9),
            (60, 95, "Home › Regio Deal Twente › Techniek als motor", 7), (60, 112, "Een project", 16),
            (60, 140, "Naam Project", 10), (180, 140, "Een project", 10), (60, 155, "Opgave", 10), (180, 155, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "crumb.pdf", [page]), cross_check="none").projects
    assert (project.theme, project.title) == ("Techniek als motor", "Een project")
    assert [f.label for f in project.fields] == ["Naam Project", "Opgave"]


def test_a_breadcrumb_wrapped_over_two_lines_to_the_title_names_its_theme(tmp_path):
    """A web page's trail runs on to the page's own title and wraps: both lines are the
    trail's, the step before the title is the theme, and neither is a line of the text above."""
    page1 = [(60, 60, "Home › Techniek als motor › Een project", 7), (60, 75, "Een project", 16),
             (60, 100, "Naam Project", 10), (180, 100, "Een project", 10), (60, 115, "Opgave", 10), (180, 115, "De opgave.", 10)]
    page2 = [(60, 60, "Home › Arbeidsmarkt & Talent › Het tweede project met een titel die over de", 7),
             (60, 69, "regel loopt", 7), (60, 85, "Het tweede project met een titel die over de regel loopt", 16),
             (60, 110, "Naam Project", 10), (180, 110, "Twee", 10), (60, 125, "Opgave", 10), (180, 125, "Een andere.", 10)]
    first, second = extract(draw(tmp_path / "crumbs.pdf", [page1, page2]), cross_check="none").projects
    assert (first.theme, second.theme) == ("Techniek als motor", "Arbeidsmarkt & Talent")
    assert first.pages == [1] and first.field("Opgave").text == "De opgave."


def test_a_giant_number_beside_a_title_wrapped_over_two_lines_is_no_part_of_its_last_line(tmp_path):
    """A projects book opens each project with its number in display type, the title in two
    lines beside it, the second on the number's baseline."""
    pages = [[(60, 110, number, 90), (180, 62, "TECHNIEK ALS MOTOR", 8), (180, 85, first, 20), (180, 108, second, 20),
              (60, 140, "Naam Project", 10), (180, 140, "Een project", 10), (60, 155, "Opgave", 10), (180, 155, "De opgave.", 10)]
             for number, first, second in [("01", "Advanced Manufacturing", "Program"),
                                           ("02", "PDEng voor Digitale", "en Advanced Manufacturing")]]
    projects = extract(draw(tmp_path / "number.pdf", pages), cross_check="none").projects
    assert [p.title for p in projects] == ["Advanced Manufacturing Program", "PDEng voor Digitale en Advanced Manufacturing"]


def test_a_projects_number_written_out_over_its_title_opens_the_project(tmp_path):
    """Each project opens its page under a kicker naming its number ("PROJECT 2:", a colon
    after it): that line is the project's, not the end of the project before."""
    pages = [[(60, 38, "Regio Deal Twente - Project Proposals", 8), (60, 82, f"PROJECT {n}:", 10.5),
              (60, 101, title, 15, "Helvetica-Bold"), (60, 114, "Techniek als motor", 9, "Helvetica-Oblique"),
              (60, 130, "Naam Project", 10.5, "Helvetica-Bold"),
              (60, 144, f"Het project {title}.", 10.5), (60, 170, "Opgave", 10.5, "Helvetica-Bold"),
              (60, 184, "De regio vraagt om vakmensen.", 10.5)]
             for n, title in ((1, "Slimme Haven"), (2, "Groene Kernen"), (3, "Vitale Teelt"))]
    more = (("Daarbij werkt het onderwijs mee.", "Zo groeit de regio."), ("De haven doet mee.", "En de gemeente."),
            ("Telers brengen grond in.", "Het waterschap meet."))
    pages = [page for first, texts in zip(pages, more) for page in (first, *([(60, 82, text, 10.5)] for text in texts))]
    projects = extract(draw(tmp_path / "kicker.pdf", pages), cross_check="none").projects
    assert [(p.title, p.pages) for p in projects] == [
        ("Slimme Haven", [1, 2, 3]), ("Groene Kernen", [4, 5, 6]), ("Vitale Teelt", [7, 8, 9])]
    assert [p.field("Opgave").text for p in projects] == [" ".join(("De regio vraagt om vakmensen.", *texts))
                                                          for texts in more]


def test_a_page_named_after_the_project_it_goes_on_with_is_no_text_of_it(tmp_path):
    """A fold-out page after the project's text, headed with what it is and the title
    ("Uitvouwblad – <title>", the title's own dash in it), holds the project's table."""
    def project(title: str, amount: str) -> list[list[tuple[float, float, str, float]]]:
        text = [(60, 60, f"Thema | {title}", 16), (60, 100, "Naam Project", 10), (180, 100, title, 10),
                (60, 115, "Structureel karakter", 10), (180, 115, "Het loopt door.", 10)]
        fold = [(60, 40, f"Uitvouwblad – {title}", 14), (60, 100, "Opgaven/Investeringen", 10), (250, 100, "Totaal", 10),
                (330, 100, "Rijk", 10), (60, 120, "Totaal", 10), (250, 120, amount, 10), (330, 120, amount, 10)]
        return [text, fold]

    first, second = extract(draw(tmp_path / "fold.pdf", project("TopFit - Citizenlab Oost", "100") + project("Leonardo", "200")),
                            cross_check="none").projects
    assert first.field("Structureel karakter").text == second.field("Structureel karakter").text == "Het loopt door."
    assert (first.pages, second.pages) == ([1, 2], [3, 4]) and len(first.tables) == len(second.tables) == 1


def test_fields_as_the_items_of_a_bulleted_list(tmp_path):
    """A memo's factsheet: every field one bullet, its bold label run in before a colon."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bullets.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, top - 60, "Techniek als motor | Een project")
    for i, (label, text) in enumerate([("Naam Project:", "Een project"), ("Opgave:", "De opgave is groot."),
                                       ("Structureel karakter (Hoe verder zonder rijksbijdrage):", "Zelfstandig.")]):
        y = top - 100 - 20 * i
        c.setFont("Helvetica", 10)
        c.drawString(60, y, "\u2022")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, y, label)
        c.setFont("Helvetica", 10)
        c.drawString(76 + c.stringWidth(label, "Helvetica-Bold", 10), y, text)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Naam Project", "Een project"), ("Opgave", "De opgave is groot."),
        ("Structureel karakter (Hoe verder zonder rijksbijdrage)", "Zelfstandig.")]


def test_a_tag_level_with_a_large_title_is_no_part_of_it(tmp_path):
    page = [(60, 60, "Een project", 22), (430, 60, "Techniek als motor", 8.5),
            (60, 100, "Naam Project", 10), (180, 100, "Een project", 10), (60, 115, "Opgave", 10), (180, 115, "De opgave.", 10),
            (60, 160, "Een tweede project", 22), (430, 160, "Circulaire economie", 8.5),
            (60, 200, "Naam Project", 10), (180, 200, "Een tweede project", 10), (60, 215, "Opgave", 10),
            (180, 215, "De tweede opgave.", 10)]
    projects = extract(draw(tmp_path / "tag.pdf", [page]), cross_check="none").projects
    assert [p.title for p in projects] == ["Een project", "Een tweede project"]


def _canvas(path: Path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)

    def text(x: float, y: float, words: str, size: float = 10, font: str = "Helvetica", right: bool = False) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, A4[1] - y, words)

    return c, text


def _named_project(path: Path):
    """A canvas with a project's title and its name drawn, and the canvas's text writer."""
    c, text = _canvas(path)
    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Naam Project")
    text(180, 100, "Een project")
    return c, text


def _fields_in_a_label_column(text, labels) -> None:
    """Fields down a form's label column from under the project's name: each label at the
    margin, its paragraph beside it."""
    for i, label in enumerate(labels):
        y = 130 + 70 * i
        text(60, y, label, 10, "Helvetica-Bold")
        for k, line in enumerate(_PROSE):
            text(180, y + 13 * k, line)


def _rows_set_right(text, rights, rows) -> None:
    """Each row's label at the margin, its amounts set right at their columns' right edges."""
    for y, label, amounts in rows:
        text(60, y, label, 9)
        for right, amount in zip(rights, amounts):
            text(right, y, amount, 9, right=True)


def test_a_table_across_a_forms_label_column_keeps_its_wrapped_row_labels_and_notes(tmp_path):
    """Fields set as label | text, and a funding table across the whole width with rules
    between its rows: a row label wrapped onto a line of its own, and the notes under the
    table running through the label column, are the table's, not new fields."""
    c, text = _canvas(path := tmp_path / "province.pdf")
    text(60, 60, "Thema | Een project", 14)
    for y, label, words in ((100, "Naam Project", "Een project"), (120, "Financiering", "De kosten staan in de tabel.")):
        text(60, y, label, font="Helvetica-Bold")
        text(200, y, words)
    for y in (133, 157, 180, 197, 214):
        c.line(60, 842 - y, 540, 842 - y)
    for x, word in ((330, "Totale"), (420, "Provincie"), (510, "Bijdrage")):  # labels wrapped in their cells
        text(x, 143, word, 9, right=True)
    rows = ((153, ("Kostenpost", "projectkosten", "Zeeland", "Rijk")),
            (168, ("Ontwikkeling en inrichting van het", "1.000.000", "400.000", "600.000")),
            (192, ("Testfaciliteit", "500.000", "100.000", "400.000")), (209, ("Totaal", "1.500.000", "500.000", "1.000.000")))
    for y, (label, *cells) in rows:
        text(62, y, label, 9)
        for x, cell in zip((330, 420, 510), cells):
            text(x, y, cell, 9, right=True)
    text(62, 177, "innovatiecentrum", 9)
    text(60, 226, "* Het bedrijfsleven investeert naar verwachting circa 7.500.000 euro; deze investeringen zijn buiten", 7.5)
    text(60, 236, "de totale investering gehouden, zodat het over de programmakosten gaat.", 7.5)
    text(60, 260, "Borging", font="Helvetica-Bold")
    text(200, 260, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Naam Project", "Financiering", "Borging"]
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Ontwikkeling en inrichting van het innovatiecentrum", "Testfaciliteit", "Totaal"]
    assert [n.text for n in table.footnotes] == [
        "Het bedrijfsleven investeert naar verwachting circa 7.500.000 euro; deze investeringen zijn buiten "
        "de totale investering gehouden, zodat het over de programmakosten gaat."]


def _sheet(path: Path, pages: list[list[tuple[float, tuple[str, ...]]]], bold: set[str], headings: bool = False) -> Path:
    """A form printed from a spreadsheet: every line of it a row of one grid, the labels in
    its first column, the text in its second, a table's cells in the columns after; with
    ``headings``, the column letters over the grid and each row's number left of it."""
    c, text = _canvas(path)
    text(60, 60, "Thema | Een project", 14)
    edges = (60, 195, 330, 420, 510, 540)
    number = 1
    for rows in pages:
        start = rows[0][0] - 12
        for x in edges:
            c.line(x, 842 - start, x, 842 - (rows[-1][0] + 8))
        for y in sorted({start, *(y + 8 for y, _ in rows)}):
            c.line(edges[0], 842 - y, edges[-1], 842 - y)
        if headings:
            for letter, (a, b) in zip("ABCDE", zip(edges, edges[1:])):
                text((a + b) / 2, start - 4, letter, 8)
            for y, _ in rows:
                text(54, y, str(number), 8, right=True)
                number += 1
        for y, (label, *cells) in rows:
            if label:
                text(62, y, label, font="Helvetica-Bold" if label in bold else "Helvetica")
            for k, cell in enumerate(cells):  # the text column's left-aligned, a table's cells right-aligned
                if cell:
                    text(edges[k + 2] - 3 if k else 197, y, cell, right=k > 0)
        c.showPage()
    c.save()
    return path


def test_a_table_in_a_spreadsheets_grid_under_its_unit_row_keeps_its_wrapped_row_labels(tmp_path):
    """The table's unit in a row of the grid over its column labels, and a row label wrapped
    in its cell onto a line with nothing beside it: the unit is no header, the label's second
    line no field's label."""
    rows = [(100, ("Naam Project", "Een project")), (120, ("Planning", "De kosten zijn als volgt verdeeld:")),
            (140, ("", "bedragen x € 1.000")), (160, ("Activiteit", "2024", "2025", "Totaal")),
            (180, ("Leerwerktrajecten zorg", "450", "600", "1.050")), (192, ("en welzijn",)),
            (212, ("Academie", "300", "550", "850")), (232, ("Totaal", "750", "1.150", "1.900")),
            (252, ("Borging", "Na afloop draagt de provincie de kosten."))]
    path = _sheet(tmp_path / "sheet.pdf", [rows], {"Naam Project", "Planning", "Borging", "Activiteit", "Totaal"})
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Naam Project", "Planning", "Borging"]
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["2024", "2025", "Totaal"] and table.scale == 1000
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Leerwerktrajecten zorg en welzijn", ["450", "600", "1.050"]), ("Academie", ["300", "550", "850"]),
        ("Totaal", ["750", "1.150", "1.900"])]


_PARAGRAPHS_IN_ROWS = [
    (120, ("Resultaten", "Het programma levert in drie jaar de volgende resultaten op voor de regio:")),
    (140, ("", "Werkpakket 1: projecten")),
    (160, ("", "Het opstarten van twintig innovatieprojecten voor snelle technologie-adaptatie.")),
    (180, ("", "Werkpakket 2: educatie")),
    (200, ("", "Het opstellen van dertig trainingen, workshops en evenementen voor kennisdeling en")),
    (220, ("", "competenties.")),
    (240, ("Financiering", "De totale projectomvang bedraagt € 3,5 mln. (bedragen x € 1.000):")),
    (260, ("Kostenpost", "", "Totaal", "Privaat", "Rijk")),
    (280, ("Projecten", "", "2.000", "1.000", "1.000")),
    (300, ("Educatie", "", "1.500", "500", "1.000")),
    (320, ("Totaal", "", "3.500", "1.500", "2.000")),
    (340, ("Borging", "Na afloop draagt de provincie de kosten van het beheer en de kennisdeling."))]


@pytest.mark.parametrize("headings", [False, True], ids=["gridlines", "printed-with-headings"])
def test_paragraphs_in_a_spreadsheets_rows_over_a_table_are_the_fields_text(tmp_path, headings):
    """Paragraphs in the rows of a spreadsheet's grid over a table, with short lines among
    them (a list's items, a paragraph's last line): the table's header is the row over its
    figures, the paragraphs are their fields' text; printed with its headings, the column
    letters over the grid and the row numbers beside it are neither."""
    bold = {"Resultaten", "Financiering", "Borging", "Kostenpost", "Totaal"}
    path = _sheet(tmp_path / "sheet.pdf", [_PARAGRAPHS_IN_ROWS], bold, headings=headings)
    (drawn,) = extract_tables(path).tables  # the page's one table, read apart from the fields
    assert [c.label for c in drawn.columns] == ["Totaal", "Privaat", "Rijk"]
    assert [r.label for r in drawn.rows] == ["Projecten", "Educatie", "Totaal"]
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Resultaten", "Financiering", "Borging"]
    assert project.fields[0].text.startswith("Het programma levert") and project.fields[0].text.endswith("competenties.")
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Projecten", ["2.000", "1.000", "1.000"]), ("Educatie", ["1.500", "500", "1.000"]), ("Totaal", ["3.500", "1.500", "2.000"])]


def test_a_spreadsheets_headings_over_the_few_rows_a_page_goes_on_with_are_no_row(tmp_path):
    """Printed with its headings, a sheet's table goes on at the next page in three rows: the
    column letters over them are no row of the table, nor are the rows' numbers its labels."""
    first = _PARAGRAPHS_IN_ROWS[:8] + [(280, ("Projecten", "", "2.000", "1.000", "1.000")),
                                       (300, ("Educatie", "", "1.500", "500", "1.000"))]
    second = [(80, ("Onderzoek", "", "900", "400", "500")), (100, ("Totaal", "", "4.400", "1.900", "2.500")),
              (120, ("Borging", "Na afloop draagt de provincie de kosten van het beheer en de kennisdeling."))]
    bold = {"Resultaten", "Financiering", "Borging", "Kostenpost", "Totaal"}
    path = _sheet(tmp_path / "sheet.pdf", [first, second], bold, headings=True)
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Projecten", ["2.000", "1.000", "1.000"]), ("Educatie", ["1.500", "500", "1.000"]),
        ("Onderzoek", ["900", "400", "500"]), ("Totaal", ["4.400", "1.900", "2.500"])]


def test_a_table_in_a_spreadsheets_grid_under_a_line_that_leads_in_to_it(tmp_path):
    rows = [(100, ("Naam Project", "Een project")), (120, ("Planning", "Het project loopt drie jaar.")),
            (140, ("", "De belangrijkste mijlpalen zijn:")), (160, ("Mijlpaal", "Gereed", "Trekker")),
            (180, ("Ontwerp", "Q4 2024", "Provincie")), (200, ("Oplevering", "Q3 2025", "Gemeente")),
            (220, ("Borging", "Na afloop draagt de provincie de kosten."))]
    path = _sheet(tmp_path / "sheet.pdf", [rows], {"Naam Project", "Planning", "Borging", "Mijlpaal"})
    tables = extract(path, cross_check="none").projects[0].tables
    assert [[c.label for c in t.columns] for t in tables] == [["Gereed", "Trekker"]]
    assert [r.label for r in tables[0].rows] == ["Ontwerp", "Oplevering"]


def test_a_table_in_a_spreadsheets_grid_ends_where_a_paragraph_runs_on_over_its_columns(tmp_path):
    """A table going on at the next page, with one amount beside its row labels there: those
    rows are the table's, and the text in the grid's row under its last row, running on over
    the empty cells, is the field's again."""
    first = [(100, ("Naam Project", "Een project")), (120, ("Planning", "De kosten zijn als volgt opgebouwd.")),
             (140, ("Investering", "", "Per jaar", "Drie jaar")), (160, ("Ondersteuning", "", "75.000", "225.000"))]
    second = [(80, ("Onderzoek", "", "", "100.000")), (100, ("Totaal", "", "", "325.000")),
              (120, ("", "Voor het Muziekkwartier hebben we een dekkende cofinanciering:")),
              (140, ("", "• € 1,1 miljoen, waarvan € 750.000 van de gemeente Enschede.")),
              (160, ("Borging", "Na afloop draagt de provincie de kosten."))]
    path = _sheet(tmp_path / "sheet.pdf", [first, second], {"Naam Project", "Planning", "Borging", "Investering", "Totaal"})
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Naam Project", "Planning", "Borging"]
    assert project.fields[1].text.endswith("Voor het Muziekkwartier hebben we een dekkende cofinanciering: "
                                           "• € 1,1 miljoen, waarvan € 750.000 van de gemeente Enschede.")
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells][-2:]) for r in table.rows] == [
        ("Ondersteuning", ["75.000", "225.000"]), ("Onderzoek", ["", "100.000"]), ("Totaal", ["", "325.000"])]


def test_a_project_starts_at_the_top_of_the_band_its_heading_is_printed_on(tmp_path):
    """A template's band over each project: a line naming the annex over the theme, the title
    under the band. The band's first line is the project's, not the end of the one before."""
    c, text = _canvas(path := tmp_path / "band.pdf")
    for theme, title in (("Techniek als motor", "Eerste project"), ("Arbeidsmarkt & Talent", "Tweede project")):
        c.setFillGray(0.9)
        c.rect(56, 842 - 86, 484, 46, stroke=0, fill=1)
        c.setFillGray(0)
        text(62, 60, "Bijlage 2 — Regio Deal Twente", 8)
        text(62, 78, theme, 9, font="Helvetica-Bold")
        text(60, 104, title, 16, font="Helvetica-Bold")
        for y, label, words in ((150, "Partijen", "Universiteit Twente en Saxion."), (170, "Opgave", "De regio zoekt talent.")):
            text(60, y, label, font="Helvetica-Bold")
            text(200, y, words)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [(p.theme, p.title, p.pages) for p in projects] == [
        ("Techniek als motor", "Eerste project", [1]), ("Arbeidsmarkt & Talent", "Tweede project", [2])]


def test_a_header_on_a_dark_band_with_an_underlined_group_reads_its_lines_under_the_rule(tmp_path):
    """A header printed white on a dark band, its cells centred on its height: "Opgaven/" over
    the one-line cells and "Investeringen" under them, "Publiek" underlined over "Gem.",
    "Prov." and "Overig" a line lower. The rule under the group is inside the band: the
    lines under it are the header's, not a row's label, and the table is one."""
    c, text = _canvas(path := tmp_path / "band.pdf")
    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Inzet en co-financiering", font="Helvetica-Bold")
    text(60, 114, "De kosten en wie ze draagt:")
    rights = (230, 290, 350, 410, 470, 535)
    c.setFillGray(0.15)
    c.rect(56, 842 - 168, 484, 42, stroke=0, fill=1)
    c.setFillGray(1)
    bold = "Helvetica-Bold"
    text(60, 139, "Opgaven/", 9, bold)
    text(420, 139, "Publiek", 9, bold, right=True)
    for right, head in zip(rights, ("Totaal", "Privaat", "", "", "", "Rijk")):
        if head:
            text(right, 146, head, 9, bold, right=True)
    c.setStrokeGray(1)
    c.line(300, 842 - 144, 480, 842 - 144)
    text(60, 153, "Investeringen", 9, bold)
    for right, head in zip(rights[2:5], ("Gem.", "Prov.", "Overig")):
        text(right, 159, head, 9, bold, right=True)
    c.setFillGray(0)
    _rows_set_right(text, rights, ((184, "Bouw", ("100.000", "40.000", "10.000", "-", "-", "50.000")),
                                   (198, "Inrichting", ("50.000", "10.000", "-", "5.000", "-", "35.000")),
                                   (212, "Totaal", ("150.000", "50.000", "10.000", "5.000", "-", "85.000"))))
    c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["100.000", "40.000", "10.000", "-", "-", "50.000"], ["50.000", "10.000", "-", "5.000", "-", "35.000"],
        ["150.000", "50.000", "10.000", "5.000", "-", "85.000"]]


def test_a_subtitle_under_every_title_is_its_theme(tmp_path):
    """A word processor's "Title" over a grey "Subtitle" naming the theme, then the fields
    as headings of their own in another grey: the subtitles, which recur, are themes."""
    c, text = _canvas(path := tmp_path / "subtitles.pdf")
    for title, theme in (("Innovatiecentrum", "Innovatie & Energie"), ("Proeftuin Zilte Teelt", "Innovatie & Energie"),
                         ("Zorgtalent Zeeland", "Arbeidsmarkt & Onderwijs")):
        text(72, 80, title, 20)
        c.setFillGray(0.4)
        text(72, 110, theme, 15)
        c.setFillGray(0.26)
        for y, label, words in ((145, "Projectnaam", title), (200, "Aanpak", "Partners werken samen aan de opgave.")):
            text(72, y, label, 14)
            c.setFillGray(0)
            text(72, y + 22, words, 11)
            c.setFillGray(0.26)
        c.setFillGray(0)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [(p.theme, p.title, p.pages) for p in projects] == [
        ("Innovatie & Energie", "Innovatiecentrum", [1]), ("Innovatie & Energie", "Proeftuin Zilte Teelt", [2]),
        ("Arbeidsmarkt & Onderwijs", "Zorgtalent Zeeland", [3])]
    assert [f.label for f in projects[0].fields] == ["Projectnaam", "Aanpak"]


def _grid(c, top: float, xs: tuple[float, ...], ys: tuple[float, ...]) -> None:
    """A full grid of 1 pt rules, as a word processor draws a table's cells."""
    for x in xs:
        c.line(x, 842 - top - ys[0], x, 842 - top - ys[-1])
    for y in ys:
        c.line(xs[0], 842 - top - y, xs[-1], 842 - top - y)


def test_a_corner_label_broken_in_a_narrow_cell_of_every_table_is_no_field_label(tmp_path):
    """Equal narrow columns break "Opgaven/Investeringen" in every project's table into the
    same bold pieces; recurring, they are still a table's header, not the document's labels."""
    c, text = _canvas(path := tmp_path / "narrow.pdf")
    for title in ("Eerste project", "Tweede project", "Derde project"):
        text(72, 60, f"Thema | {title}", 14)
        for y, label, words in ((100, "Naam Project", title), (140, "Financiering", "De kosten staan in de tabel.")):
            text(72, y, label, 12, font="Helvetica-Bold")
            text(72, y + 16, words, 11)
        _grid(c, 170, (72, 139, 206, 273), (0, 44, 62, 80))
        for k, piece in enumerate(("Opgaven/", "Investerin", "gen")):
            text(77, 182 + 12 * k, piece, 11, font="Helvetica-Bold")
        text(144, 182, "Totaal", 11, font="Helvetica-Bold")
        text(211, 182, "Rijk", 11, font="Helvetica-Bold")
        for y, row in ((228, ("Bouw", "1.000.000", "1.000.000")), (246, ("Totaal", "1.000.000", "1.000.000"))):
            for x, cell in zip((77, 144, 211), row):
                text(x, y, cell, 11)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [[f.label for f in p.fields] for p in projects] == [["Naam Project", "Financiering"]] * 3
    assert [[c.key for c in p.tables[0].columns] for p in projects] == [["totaal", "rijk"]] * 3


def test_a_table_broken_over_a_page_without_its_header_goes_on(tmp_path):
    """A word processor that does not repeat the header: the next page opens with the next
    row, an empty cell in it, and the table goes on there."""
    c, text = _canvas(path := tmp_path / "headless.pdf")
    text(72, 60, "Thema | Een project", 14)
    for y, label, words in ((100, "Naam Project", "Een project"), (120, "Inzet", "De broedplaatsen kosten per jaar:")):
        text(72, y, label, font="Helvetica-Bold")
        text(200, y, words)
    rows = [("Investering", "Per jaar", "EUR 3 jaar"), ("Ondersteuning", "€ 75.000", "€ 225.000"),
            ("Projectorganisatie", "€ 150.000", "€ 450.000")]
    _grid(c, 690, (200, 320, 420, 540), (0, 20, 40, 60))
    for k, row in enumerate(rows):
        for x, cell in zip((205, 325, 425), row):
            text(x, 704 + 20 * k, cell, 10)
    c.showPage()
    _grid(c, 50, (200, 320, 420, 540), (0, 20, 40))
    for k, row in enumerate((("Onderzoek", "", "€ 100.000"), ("TOTAAL", "", "€ 775.000"))):
        for x, cell in zip((205, 325, 425), row):
            text(x, 64 + 20 * k, cell, 10)
    text(72, 140, "Opgave", font="Helvetica-Bold")
    text(200, 140, "De opgave van het project.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Ondersteuning", "Projectorganisatie", "Onderzoek", "TOTAAL"]
    assert table.pages == [1, 2] and project.field("Opgave").text == "De opgave van het project."


def test_notes_set_as_a_small_table_of_their_own_are_the_tables_notes(tmp_path):
    """A form that lists a table's notes in a table "Noot | Toelichting" right under it."""
    page = [(60, 60, "Thema | Een project", 14), *HEADER,
            *_row(120, "Bouw", "1.000.000", "400.000*", "600.000"),
            *_row(140, "Totaal", "1.000.000", "400.000", "600.000"),
            (60, 165, "Noot", 9), (120, 165, "Toelichting", 9),
            (60, 180, "*", 9), (120, 180, "Het bedrijfsleven investeert in natura.", 9)]
    (table,) = extract(draw(tmp_path / "notetable.pdf", [page]), cross_check="none").projects[0].tables
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Het bedrijfsleven investeert in natura.")]


def test_a_budget_in_thousands_with_amounts_not_yet_set_and_typed_note_numbers(tmp_path):
    """"Bedragen in k€" over the table, "p.m." for an amount not known yet, "1)" typed after
    an amount for its note: the table is read whole, and the check says what it cannot add up."""
    from regio.validate import check

    page = [(60, 60, "Thema | Een project", 14), (60, 85, "Bedragen in k€", 8), *HEADER,
            *_row(120, "Bouw", "1.000", "400 1)", "600"),
            *_row(140, "Beheer", "p.m.", "p.m.", "-"),
            *_row(160, "Totaal", "1.000", "400", "600")]
    dossier = extract(draw(tmp_path / "pm.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert table.scale == 1000
    assert [[(c.kind.value, c.marks) for c in r.cells] for r in table.rows] == [
        [("amount", []), ("amount", ["1)"]), ("amount", [])],
        [("pending", []), ("pending", []), ("nil", [])],
        [("amount", []), ("amount", []), ("amount", [])]]
    findings = check(dossier).findings
    assert sorted((f.code, f.row, f.column) for f in findings) == [
        ("RD107", "Beheer", "privaat"), ("RD107", "Beheer", "totaal")]


def test_notes_at_a_projects_end_cut_by_the_page_go_on_at_the_top_of_the_next(tmp_path):
    def project(top, name):
        return [(60, top, f"Thema | {name}", 14), (60, top + 40, "Naam Project", 10), (180, top + 40, name, 10),
                *((x, y + top, text, size) for x, y, text, size in HEADER),
                *_row(top + 120, "Bouw", "100", "40", "60"), *_row(top + 140, "Totaal", "100", "40", "60")]

    page1 = [*project(60, "Een project"), (60, 260, "Structureel karakter", 10),
             (180, 260, "Het project gaat door na de regiodeal.\u00b9", 10),
             (60, 780, "\u00b9", 7), (72, 780, "Bron: een onderzoek naar de arbeidsmarkt uit 2018, dat verder", 7)]
    page2 = [(72, 60, "gaat over de werkloosheid in de drie steden.", 7),
             (60, 72, "\u00b2", 7), (72, 72, "Bron: het jaarverslag.", 7), *project(120, "Een tweede project")]
    first, second = extract(draw(tmp_path / "notes.pdf", [page1, page2]), cross_check="none").projects
    assert first.field("Structureel karakter").text == "Het project gaat door na de regiodeal.\u00b9"
    assert [n.text for n in first.notes] == [
        "Bron: een onderzoek naar de arbeidsmarkt uit 2018, dat verder gaat over de werkloosheid in de drie steden.",
        "Bron: het jaarverslag."]
    assert second.title == "Een tweede project"


def test_a_note_set_at_the_top_of_the_page_after_its_mark_over_the_next_project_is_the_marks(tmp_path):
    """A typed dossier sets a project's note where its text ends: the mark at the foot of one
    page, the note under a typed separator at the top of the next, over the next project. No text on that page has
    the mark: the note is the project's whose text has it, and that project reaches there."""
    def project(top, name):
        return [(60, top, f"Thema | {name}", 14), (60, top + 40, "Naam Project", 10), (180, top + 40, name, 10),
                *((x, y + top, text, size) for x, y, text, size in HEADER),
                *_row(top + 120, "Bouw", "100", "40", "60"), *_row(top + 140, "Totaal", "100", "40", "60")]

    page1 = [*project(60, "Een project"), (60, 260, "Structureel karakter", 10),
             (180, 260, "Het project gaat door na de regiodeal.\u00b9", 10)]
    page2 = [(60, 50, "--------------------", 7, "Courier"), (60, 60, "\u00b9", 7),
             (72, 60, "Bron: een onderzoek naar de arbeidsmarkt uit 2018.", 7), *project(120, "Een tweede project")]
    first, second = extract(draw(tmp_path / "notes.pdf", [page1, page2]), cross_check="none").projects
    assert [n.text for n in first.notes] == ["Bron: een onderzoek naar de arbeidsmarkt uit 2018."]
    assert first.pages == [1, 2] and not second.notes


def _records_page(top: float, records: list[tuple[str, list[tuple[str, str]]]], right: float = 400,
                  apart: float = 24) -> list:
    """Each record: its title, then a line per column, the label left and the amount set right;
    ``apart`` from one record's last line to the next one's title."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs, y = [], top
    for title, entries in records:
        runs.append((60, y, title, 10))
        for label, value in entries:
            y += 14
            runs += [(66, y, label, 10), (right - stringWidth(value, "Helvetica", 10), y, value, 10)]
        y += apart
    return runs


def test_a_table_printed_as_records_is_read_back_as_its_table(tmp_path):
    """A portal's print view of a table too narrow for its columns: a block per cost line, a
    line per source; a source a block leaves out is an empty cell, a long value goes on under
    itself, and a block the page cuts goes on on the next."""
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Opgaven/Investeringen", 10),
             *_records_page(160, [("Bouw", [("Totaal", "1.000.000"), ("Privaat", "400.000"), ("Rijk", "600.000")]),
                                  ("Inrichting van het gebouw", [("Totaal", "500.000")])])]
    page2 = [*_records_page(60, [("", [("Rijk", "€ 50.000 per jaar = "), ("", "€ 500.000")]),
                                 ("Totaal", [("Totaal", "1.500.000"), ("Privaat", "400.000"), ("Rijk", "1.100.000")])])]
    page2 = [run for run in page2 if run[2]]  # the block going on has no title of its own
    dossier = extract(draw(tmp_path / "records.pdf", [page1, page2]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert table.reader == "records" and table.pages == [1, 2]
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Bouw", "body", ["1.000.000", "400.000", "600.000"]),
        ("Inrichting van het gebouw", "body", ["500.000", "", "€ 50.000 per jaar = € 500.000"]),
        ("Totaal", "total", ["1.500.000", "400.000", "1.100.000"])]
    assert table.rows[0].cells[2].provenance.page == 1 and table.rows[1].cells[2].provenance.page == 2
    from regio.validate import check

    assert [f.code for f in check(dossier).findings if f.severity.value == "error"] == []


def test_two_tables_printed_as_records_run_together_are_parted_at_the_caption(tmp_path):
    """A portal's print view sets the next table's caption between the two tables' records,
    as close under the one as its lines, a little apart from the other's first title: two tables, each of two sources and no
    total, funding tables all the same: the one under a caption that names its budget, the
    other for a source written under its group ("Publieke partijen – Gemeenten"), its records
    set further apart than its lines."""
    first = _records_page(160, [("Bouw", [("Kennisinstellingen", "290.000"), ("Rijk", "950.000")]),
                                ("Inrichting", [("Kennisinstellingen", "375.000"), ("Rijk", "-")]),
                                ("Totaal", [("Kennisinstellingen", "665.000"), ("Rijk", "950.000")])])
    second = _records_page(332, [("Monitoring", [("Bedrijven", "200.000"), ("Publieke partijen – Gemeenten", "1.150.000")]),
                                 (_LONG_TITLE, [("Bedrijven", "-"), ("Publieke partijen – Gemeenten", "50.000")]),
                                 ("Totaal", [("Bedrijven", "200.000"), ("Publieke partijen – Gemeenten", "1.200.000")])],
                           apart=32)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Het project bouwt een campus en richt die met het onderwijs in.", 10),
            (60, 130, "Begroting", 10), *first, (60, 314, "Onderdeel", 10), *second]
    (project,) = extract(draw(tmp_path / "captioned.pdf", [page]), cross_check="none").projects
    budget, part = project.tables
    assert (budget.reader, budget.funding, part.reader, part.funding) == ("records", True, "records", True)
    assert [c.key for c in budget.columns] == ["onderwijs", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in budget.rows] == [
        ("Bouw", ["290.000", "950.000"]), ("Inrichting", ["375.000", "-"]), ("Totaal", ["665.000", "950.000"])]
    assert [(c.key, c.group) for c in part.columns] == [("privaat", None), ("gemeente", "publiek")]
    assert [(r.label, [c.raw for c in r.cells]) for r in part.rows] == [
        ("Monitoring", ["200.000", "1.150.000"]), (_LONG_TITLE, ["-", "50.000"]), ("Totaal", ["200.000", "1.200.000"])]


_LONG_TITLE = "Dorpshuizen en ontmoetingsplekken in de kleine kernen van de regio"  # as wide as the amounts' column


def test_a_record_the_page_cuts_after_its_title_or_a_line_goes_on_on_the_next(tmp_path):
    """Records that flow over pages: the page may cut a record right after its title (its
    lines open the next page), or before its last line (that line alone opens the next page,
    too few lines for a table of its own), and a table of one record of two lines at a page's
    foot goes on with the records on the next."""
    cut_after_title = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
                       (60, 130, "Opgaven/Investeringen", 10),
                       *_records_page(700, [("Bouw", [("Totaal", "1.000.000"), ("Rijk", "400.000")]), ("Inrichting", [])])]
    lines_go_on = [run for run in _records_page(60, [("", [("Totaal", "500.000"), ("Rijk", "100.000")]),
                                                     ("Totaal", [("Totaal", "1.500.000")])]) if run[2]]
    last_line = [*_records_page(60, [("", [("Rijk", "500.000")])])[1:],
                 (60, 110, "Het project loopt door tot 2022 en wordt daarna in de regio geborgd.", 10)]
    dossier = extract(draw(tmp_path / "cut.pdf", [cut_after_title, lines_go_on, last_line]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert table.reader == "records" and table.pages == [1, 2, 3]
    assert [c.key for c in table.columns] == ["totaal", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Bouw", ["1.000.000", "400.000"]), ("Inrichting", ["500.000", "100.000"]), ("Totaal", ["1.500.000", "500.000"])]


def test_records_closed_by_their_total_end_their_table_at_the_page(tmp_path):
    """A table of two sources and no total under a caption that names its funding, its first
    record alone at a page's foot, its last the total's; the next page opens the next table
    with its caption (in a caption's type, the table's): two tables."""
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 730, "Financieringsoverzicht", 8, "Helvetica-Bold"),
             *_records_page(760, [("Bouw", [("Bedrijfsleven", "-"), ("Rijk", "340.000")])])]
    page2 = _records_page(60, [("Inrichting", [("Bedrijfsleven", "4.250.000"), ("Rijk", "280.000")]),
                               ("Totaal", [("Bedrijfsleven", "4.250.000"), ("Rijk", "620.000")])])
    page3 = [(60, 60, "Kostenpost", 8, "Helvetica-Bold"),
             *_records_page(90, [("Fieldlab", [("Totaal", "410.000"), ("Privaat", "390.000"), ("Rijk", "20.000")]),
                                 ("Totaal", [("Totaal", "410.000"), ("Privaat", "390.000"), ("Rijk", "20.000")])])]
    dossier = extract(draw(tmp_path / "closed.pdf", [page1, page2, page3]), cross_check="none")
    funding, costs = dossier.projects[0].tables
    assert (funding.pages, [c.key for c in funding.columns]) == ([1, 2], ["privaat", "rijk"])
    assert [(r.label, [c.raw for c in r.cells]) for r in funding.rows] == [
        ("Bouw", ["-", "340.000"]), ("Inrichting", ["4.250.000", "280.000"]), ("Totaal", ["4.250.000", "620.000"])]
    assert (costs.pages, [r.label for r in costs.rows]) == ([3], ["Fieldlab", "Totaal"])


def test_lines_of_a_list_under_headings_are_no_records():
    """A cost list in sections: its labels do not come back from section to section."""
    from regio.extract.layout import Word, build_lines
    from regio.extract.records import records_of

    def line_words(y, label, value=None):
        return [Word(label, 66, 66 + 6 * len(label), y, y + 10, 10.0),
                *([Word(value, 400 - 6 * len(value), 400, y, y + 10, 10.0)] if value else [])]

    words = [w for y, *texts in [(100, "Fase 1"), (114, "Personeel", "100.000"), (128, "Materiaal", "50.000"),
                                 (152, "Fase 2"), (166, "Huur", "30.000"), (180, "Reizen", "20.000"),
                                 (204, "Fase 3"), (218, "Advies", "10.000"), (232, "Drukwerk", "5.000")]
             for w in line_words(y, *texts)]
    lines = build_lines(words, 1)
    assert records_of(lines[1:], lines[:1]) is None
    renamed = [Word("Personeel" if w.text in ("Huur", "Advies") else "Materiaal" if w.text in ("Reizen", "Drukwerk")
                    else w.text, w.x0, w.x1, w.top, w.bottom, w.size) for w in words]
    same = build_lines(renamed, 1)
    assert records_of(same[1:], same[:1]) == same  # the same labels in every section: records


def test_records_of_cost_lines_each_paid_from_one_source_are_records():
    """A cost line paid from one source is a record of one line: where every line names a
    funding source, records in the middle need not have two."""
    from regio.extract.layout import Word, build_lines
    from regio.extract.records import records_of

    def line_words(y, label, value=None):
        return [Word(label, 66, 66 + 6 * len(label), y, y + 10, 10.0, bold=value is None),
                *([Word(value, 400 - 6 * len(value), 400, y, y + 10, 10.0)] if value else [])]

    blocks = [("Kennisdeling", [("Privaat", "1.600.000"), ("Onderwijs", "500.000"), ("Rijk", "3.500.000")]),
              ("Management", [("Privaat", "850.000"), ("Onderwijs", "300.000")]),
              ("Fieldlab", [("Onderwijs", "1.000.000")]), ("Huisvesting", [("Privaat", "700.000")])]
    words, y = [], 100
    for title, entries in blocks:
        words += line_words(y, title)
        for label, value in entries:
            y += 13
            words += line_words(y, label, value)
        y += 24
    lines = build_lines(words, 1)
    assert records_of(lines, []) == lines


def _opened_project(path: Path, financing: str):
    """A canvas with a project's title, its name and the text of its field "Financiering"
    (down to 120 points from the top), and the canvas's text writer."""
    c, text = _canvas(path)
    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Naam Project", font="Helvetica-Bold")
    text(200, 100, "Een project")
    text(60, 120, "Financiering", font="Helvetica-Bold")
    text(200, 120, financing)
    return c, text


def test_a_row_of_euro_signs_under_the_header_rule_is_a_row_whose_amounts_wrap(tmp_path):
    """A grid's one row, its label beside each cell's "€" and the amounts a line lower (a
    sheet's narrow columns), under the rule that closes the header: the row, not more header."""
    c, text = _opened_project(path := tmp_path / "euro-signs.pdf", "De regio brengt de helft in.")
    text(62, 160, "Investeringen", 9)
    for x, word in ((340, "Totaal"), (440, "Privaat"), (540, "Rijk")):
        text(x, 160, word, 9, right=True)
    c.line(60, 842 - 166, 540, 842 - 166)
    text(62, 178, "TOTAAL", 9, font="Helvetica-Bold")
    for x, amount in ((340, "1.800.000"), (440, "1.280.000"), (540, "520.000")):
        text(x, 178, "€", 9, right=True, font="Helvetica-Bold")
        text(x, 190, amount, 9, right=True, font="Helvetica-Bold")
    text(60, 220, "Borging", font="Helvetica-Bold")
    text(200, 220, "Na afloop draagt de provincie de kosten.")
    c.save()
    (table,) = extract(path, cross_check="none").projects[0].tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("TOTAAL", ["€ 1.800.000", "€ 1.280.000", "€ 520.000"])]


def test_a_budget_covered_by_a_group_of_sources_under_their_own_rule(tmp_path):
    """An accountant's "begroting en dekkingsplan": "Dekking" centred over the sources with a
    rule under it over them only, a source's label wrapped onto the line of that rule, and
    "Begroting" (no source, no Totaal) first: the header is all three lines, "Dekking" a
    group, "Begroting" the total."""
    c, text = _opened_project(path := tmp_path / "dekking.pdf", "De kosten en hun dekking staan in de tabel.")
    c.setFont("Helvetica", 9)
    c.drawCentredString(402, 842 - 165, "Dekking")
    c.line(265, 842 - 168, 540, 842 - 168)
    text(540, 177, "Rijk (Regio", 9, right=True)
    for x, word in ((250, "Begroting"), (340, "Bedrijven"), (440, "Provincie"), (540, "Deal)")):
        text(x, 188, word, 9, right=True)
    c.line(60, 842 - 192, 540, 842 - 192)
    rows = ((204, ("Bouw", "1.000.000", "400.000", "100.000", "500.000")),
            (218, ("Totaal", "1.000.000", "400.000", "100.000", "500.000")))
    for y, (label, *cells) in rows:
        text(62, y, label, 9)
        for x, cell in zip((250, 340, 440, 540), cells):
            text(x, y, cell, 9, right=True)
    text(60, 250, "Borging", font="Helvetica-Bold")
    text(200, 250, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [(c.key, c.role) for c in table.columns] == [
        ("totaal", "total"), ("privaat", "source"), ("provincie", "source"), ("rijk", "source")]
    assert table.head_groups == [[("Dekking", 1, 3)]]
    assert [r.label for r in table.rows] == ["Bouw", "Totaal"]
    from regio.extract import extract_tables

    (found,) = extract_tables(path).tables  # the finder's reading, as for any document
    assert [c.label for c in found.columns] == ["Begroting", "Bedrijven", "Provincie", "Rijk (Regio Deal)"]
    assert found.head_groups == [[("Dekking", 1, 3)]] and [r.label for r in found.rows] == ["Bouw", "Totaal"]


def test_note_numbers_typed_on_the_line_are_the_notes_marks(tmp_path):
    """A proposal typed without a word processor's notes: "7.500.000 1)" in the table and
    "1) ..." under it, "(1)" in the text and "(1) Bron: ..." under "Noten" at the end. The
    table's note keeps its amount out of the total, as a raised mark's would."""
    from regio.validate import check

    page = [(60, 60, "Thema | Een project", 14), (60, 85, "Naam Project", 10), (180, 85, "Een project (1)", 10),
            *((x, y + 20, text, size) for x, y, text, size in HEADER),
            *_row(140, "Bouw", "1.000.000", "400.000", "600.000"),
            *_row(160, "Beurzen", "-", "7.500.000 1)", "-"),
            *_row(180, "Totaal", "1.000.000", "400.000", "600.000"),
            (60, 200, "1) Het bedrijfsleven investeert 7.500.000; dit is buiten de totale investering gehouden.", 8),
            (60, 230, "Opgave", 10), (180, 230, "De opgave.", 10),
            (60, 260, "Noten", 10), (60, 275, "(1) Bron: een onderzoek uit 2018.", 8)]
    dossier = extract(draw(tmp_path / "typed.pdf", [page]), cross_check="none")
    (project,) = dossier.projects
    (table,) = project.tables
    assert [(n.mark, n.text) for n in table.footnotes] == [
        ("1)", "Het bedrijfsleven investeert 7.500.000; dit is buiten de totale investering gehouden.")]
    assert [r.label for r in table.rows] == ["Bouw", "Beurzen", "Totaal"]
    assert [(n.mark, n.text) for n in project.notes] == [("(1)", "Bron: een onderzoek uit 2018.")]
    assert [(f.code, f.column, f.kind) for f in check(dossier).findings] == [("RD102", "privaat", "footnote-explains")]


def test_a_budget_book_numbers_its_sections_and_its_cost_lines(tmp_path):
    """"1.2 <title>" over "1.2.1 Naam Project": a label is known by its words whatever its
    number, so each round of labels is a project. A "Nr." column before the cost lines is no
    part of their labels, nor is a column of numbers beside a column of words."""
    def project(number, name, top):
        return [(60, top, f"1.{number} {name}", 14),
                (60, top + 30, f"1.{number}.1 Naam Project", 10), (60, top + 45, name, 10),
                (60, top + 70, f"1.{number}.2 Opgave", 10),
                (60, top + 85, "De opgave van dit project is de bouw en de inrichting van een nieuw centrum.", 10),
                (60, top + 110, "Nr.", 9), (90, top + 110, "Opgaven/Investeringen", 9), (330, top + 110, "Totaal", 9),
                (420, top + 110, "Rijk", 9),
                (60, top + 125, "1", 9), (90, top + 125, "Bouw", 9), (330, top + 125, "100", 9), (420, top + 125, "100", 9),
                (60, top + 140, "2", 9), (90, top + 140, "Inrichting", 9), (330, top + 140, "50", 9), (420, top + 140, "50", 9),
                (90, top + 155, "Totaal", 9), (330, top + 155, "150", 9), (420, top + 155, "150", 9)]

    page = [*project(1, "Eerste project", 60), *project(2, "Tweede project", 300)]
    projects = extract(draw(tmp_path / "numbered.pdf", [page]), cross_check="none").projects
    assert [p.title for p in projects] == ["Eerste project", "Tweede project"]
    assert [[f.label for f in p.fields] for p in projects] == [["Naam Project", "Opgave"]] * 2
    for p in projects:
        (table,) = p.tables
        assert table.label == "Opgaven/Investeringen" and [c.key for c in table.columns] == ["totaal", "rijk"]
        assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Totaal"]


def test_line_numbers_beside_a_column_of_words_give_way_to_the_words():
    from regio.extract.tables import _labels_beside_numbers
    from regio.schema import Column, Row
    from tables import cell

    cols = [Column(label="Activiteit", key="activiteit"), Column(label="2024", key="2024")]
    rows = [Row(label="1", cells=[cell("Werving"), cell("450")]), Row(label="2", cells=[cell("Opleiding"), cell("300")]),
            Row(label="", cells=[cell("Totaal"), cell("750")])]
    assert _labels_beside_numbers(cols, rows, headed=False)
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in rows] == [
        ("Werving", "body", ["450"]), ("Opleiding", "body", ["300"]), ("Totaal", "total", ["750"])]
    years = [Row(label="1", cells=[cell("Werving")]), Row(label="3", cells=[cell("Opleiding")])]
    assert not _labels_beside_numbers(cols, years, headed=False)  # 1, 3: no count of lines


def test_a_projects_notes_set_in_the_text_column_beside_the_labels(tmp_path):
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            *((x, y + 20, text, size) for x, y, text, size in HEADER),
            *_row(140, "Bouw", "1.000.000", "400.000", "600.000"), *_row(160, "Totaal", "1.000.000", "400.000", "600.000"),
            (60, 190, "Structureel karakter", 10), (180, 190, "Het project gaat door na de regiodeal.\u00b9", 10),
            (180, 215, "\u00b9 Bron: een onderzoek naar de arbeidsmarkt uit 2018.", 7)]
    (project,) = extract(draw(tmp_path / "notes.pdf", [page]), cross_check="none").projects
    assert project.field("Structureel karakter").text == "Het project gaat door na de regiodeal.\u00b9"
    assert [(n.mark, n.text) for n in project.notes] == [("\u00b9", "Bron: een onderzoek naar de arbeidsmarkt uit 2018.")]


def test_a_table_with_labels_set_right_goes_on_over_a_page_in_its_own_columns(tmp_path):
    """Row labels set right against the amounts: on the next page only "Totaal" stands there,
    starting far right of where the long labels started. The part did not move."""
    c, text = _canvas(path := tmp_path / "rightset.pdf")

    def header(y):
        for x, word in ((240, "Opgaven/Investeringen"), (320, "Totaal"), (400, "Privaat"), (480, "Rijk")):
            text(x, y, word, 9, right=True)

    text(60, 60, "Thema | Een project", 14)
    header(100)
    for y, row in ((115, ("Ontwikkeling van het centrum", "1.000.000", "400.000", "600.000")),
                   (130, ("Bouw", "50.000", "-", "50.000"))):
        for x, cell in zip((240, 320, 400, 480), row):
            text(x, y, cell, 9, right=True)
    c.showPage()
    header(60)
    for x, cell in zip((240, 320, 400, 480), ("Totaal", "1.050.000", "400.000", "650.000")):
        text(x, 75, cell, 9, right=True)
    text(60, 110, "Borging", font="Helvetica-Bold")
    text(200, 110, "Na afloop draagt de provincie de kosten.")
    c.save()
    (table,) = extract(path, cross_check="none").projects[0].tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Ontwikkeling van het centrum", ["1.000.000", "400.000", "600.000"]), ("Bouw", ["50.000", "-", "50.000"]),
        ("Totaal", ["1.050.000", "400.000", "650.000"])]


def test_a_table_split_under_itself_on_the_same_page_is_one_table(tmp_path):
    """Too wide for a small page, a table split in two, the second part under the first
    beside the same row labels, its corner label "(vervolg)"."""
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 130, "Inzet", 10), (180, 130, "De kosten staan hieronder.", 10),
            (60, 160, "Opgaven/Investeringen", 10), (250, 160, "Totaal", 10), (330, 160, "Privaat", 10),
            (420, 160, "Onderwijs", 10),
            *_row(180, "Bouw", "1.000.000", "400.000", "100.000", x=(250, 330, 420)),
            *_row(200, "Totaal", "1.000.000", "400.000", "100.000", x=(250, 330, 420)),
            (60, 230, "Opgaven/Investeringen (vervolg)", 10), (250, 230, "Gem.", 10), (330, 230, "Rijk", 10),
            *_row(250, "Bouw", "200.000", "300.000", x=(250, 330)), *_row(270, "Totaal", "200.000", "300.000", x=(250, 330)),
            (60, 300, "Opgave", 10), (180, 300, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "split.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "onderwijs", "gemeente", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["1.000.000", "400.000", "100.000", "200.000", "300.000"]] * 2


def test_amounts_broken_at_a_narrow_cells_edge_are_read_whole(tmp_path):
    """Fixed columns too narrow for their amounts: the word processor breaks an amount where
    it meets the cell's edge ("13.699.0" over "97", "660.00" over "0", "2.75" over "0.000",
    "1." over "660.000", "16.379" over ".000", "5.85" over "2.00" over "0", "400" over ".00" over
    "0") and sets a note's
    mark on a line of its own under its amount; each cell still reads as the amount it holds."""
    c, text = _canvas(path := tmp_path / "broken.pdf")
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Financiering", 12, font="Helvetica-Bold")
    text(72, 116, "De kosten staan in de tabel.", 11)
    xs = (72, 200, 250, 300, 350, 400)
    rows = [(("Opgaven",), ("Totaal",), ("Privaat",), ("Gem.",), ("Rijk",)),
            (("Bouw",), ("400.000",), ("7.500.000", "*"), ("-",), ("500.000",)),
            (("Personeel",), ("2.75", "0.000"), ("240.000",), ("1.", "660.000"), ("-",)),
            (("Onderzoek",), ("16.379", ".000"), ("5.85", "2.00", "0"), ("400", ".00", "0"), ("-",)),
            (("Totaal",), ("13.699.0", "97"), ("7.740.000",), ("660.00", "0"), ("500.000",))]
    tops = [150]
    for row in rows:
        tops.append(tops[-1] + 6 + 12 * max(len(cell) for cell in row))
    _grid(c, 0, xs, tuple(tops))
    for top, row in zip(tops, rows):
        for k, cell in enumerate(row):
            for n, part in enumerate(cell):
                bold = "Helvetica-Bold" if top == tops[0] or row[0] == ("Totaal",) else "Helvetica"
                if k:
                    text(xs[k + 1] - 2, top + 12 + 12 * n, part, 9.5, font=bold, right=True)
                else:
                    text(xs[0] + 3, top + 12 + 12 * n, part, 9.5, font=bold)
    text(72, tops[-1] + 16, "* Het bedrijfsleven investeert in natura.", 8)
    c.save()
    (table,) = extract(path, cross_check="none").projects[0].tables
    assert [(r.label, [cell.raw for cell in r.cells]) for r in table.rows] == [
        ("Bouw", ["400.000", "7.500.000*", "-", "500.000"]), ("Personeel", ["2.750.000", "240.000", "1.660.000", "-"]),
        ("Onderzoek", ["16.379.000", "5.852.000", "400.000", "-"]), ("Totaal", ["13.699.097", "7.740.000", "660.000", "500.000"])]
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Het bedrijfsleven investeert in natura.")]


def test_a_letters_closing_ends_its_last_field_and_the_signature_is_no_text(tmp_path):
    """A proposal sent as an e-mail ends with a closing, a signature and the mail client's
    disclaimer: none of it is text of the last field. A field after a closing (a letter quoted
    inside a project) is read again."""
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 130, "Brief", 10), (180, 130, "Wij steunen het project.", 10), (180, 145, "Met vriendelijke groet,", 10),
            (180, 160, "De wethouder", 10), (60, 190, "Borging", 10), (180, 190, "Het fonds blijft bestaan.", 10),
            (60, 230, "Met vriendelijke groet,", 10), (60, 260, "Marieke Oosterhof", 10),
            (60, 275, "Programmamanager Regio Deal", 10),
            (60, 300, "Dit bericht is uitsluitend bestemd voor de geadresseerde.", 7)]
    (project,) = extract(draw(tmp_path / "mail.pdf", [page]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Naam Project", "Een project"), ("Brief", "Wij steunen het project."), ("Borging", "Het fonds blijft bestaan.")]


def test_labels_wrapped_beside_values_centred_on_them_keep_their_rows_apart_by_the_space_between(tmp_path):
    """A table without rules whose cells are centred, its row labels wrapped over two or three
    lines, each row's values centred on them (between two lines, on the middle one of three),
    the rows a few points further apart than a label's lines: every row is one, whatever
    stands between its lines."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Inzet", 10), (180, 100, "De kosten:", 10),
            (60, 130, "Kosten", 10), (250, 130, "Totaal", 10), (330, 130, "Privaat", 10), (420, 130, "Rijk", 10)]
    y = 150.0
    for label, values in ((("Loopbaanloket",), ("200.000", "100.000", "100.000")),
                          (("Praktijkleerroutes", "techniek"), ("400.000", "300.000", "100.000")),
                          (("Omscholing en", "bijscholing van", "werkenden"), ("1.100.000", "700.000", "400.000")),
                          (("Kennisdeling met", "scholen en de", "bedrijven"), ("300.000", "200.000", "100.000")),
                          (("Totaal",), ("2.000.000", "1.300.000", "700.000"))):
        middle = y + 12 * (len(label) - 1) / 2
        page += [(110 - stringWidth(part, "Helvetica", 10) / 2, y + 12 * k, part, 10) for k, part in enumerate(label)]
        page += [(x, middle, value, 10) for x, value in zip((250, 330, 420), values)]
        y += 12 * len(label) + 4
    page += [(60, y + 20, "Opgave", 10), (180, y + 20, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "centred.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Loopbaanloket", ["200.000", "100.000", "100.000"]), ("Praktijkleerroutes techniek", ["400.000", "300.000", "100.000"]),
        ("Omscholing en bijscholing van werkenden", ["1.100.000", "700.000", "400.000"]),
        ("Kennisdeling met scholen en de bedrijven", ["300.000", "200.000", "100.000"]),
        ("Totaal", ["2.000.000", "1.300.000", "700.000"])]


def test_a_currency_sign_wrapped_over_its_amount_is_the_amounts(tmp_path):
    """Cells centred in their row's height, a column too narrow for "€ 1.608.000": the sign
    wraps onto a line of its own over the amount, over the line of the row's other cells,
    and the row's last line holds the amount alone. The sign is its amount's, and the row
    ends there: the table goes on on the next page with a label of three lines."""
    bold = "Helvetica-Bold"

    def header(y):
        return [(394, y - 6, "Overig", 10, bold), (73, y, "Begroting", 10, bold), (170, y, "Totaal", 10, bold),
                (244, y, "Privaat", 10, bold), (313, y, "Gemeente", 10, bold), (457, y, "Rijksbijdrage", 10, bold),
                (392, y + 6, "publiek", 10, bold)]

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Inzet", 10), (180, 100, "De kosten:", 10), *header(716),
             (184, 737, "€", 10), (68, 743, "Kennisdeling", 10), (262, 743, "-", 10), (319, 743, "€ 33.000", 10),
             (392, 743, "475.000", 10), (468, 743, "1.100.000", 10), (162, 749, "1.608.000", 10)]
    page2 = [*header(89), (69, 110, "Veldproeven", 10), (261, 116, "€", 10), (95, 122, "op", 10), (162, 122, "1.925.000", 10),
             (339, 122, "-", 10), (392, 122, "225.000", 10), (492, 122, "-", 10), (239, 128, "1.700.000", 10),
             (64, 134, "proefbedrijven", 10), (261, 149, "€", 10, bold), (409, 149, "€", 10, bold),
             (83, 155, "Totaal", 10, bold), (160, 155, "3.533.000", 10, bold), (322, 155, "33.000", 10, bold),
             (461, 155, "€ 1.100.000", 10, bold), (236, 161, "1.700.000", 10, bold), (390, 161, "700.000", 10, bold),
             (60, 240, "Opgave", 10), (180, 240, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "signs.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Kennisdeling", ["€ 1.608.000", "-", "€ 33.000", "475.000", "1.100.000"]),
        ("Veldproeven op proefbedrijven", ["1.925.000", "€ 1.700.000", "-", "225.000", "-"]),
        ("Totaal", ["3.533.000", "€ 1.700.000", "33.000", "€ 700.000", "€ 1.100.000"])]


def test_a_table_floated_to_the_top_of_the_page_its_project_begins_on_leaves_the_project_before(tmp_path):
    """A house floats each table to the top of a page: the next project's table stands over its
    heading, after the last field of the project before, its caption naming its project. The
    table is its project's, and the project before ends on the page before."""
    def heading_and_fields(top, title):
        return [(60, top, f"Thema | {title}", 14), (60, top + 40, "Opgave", 10), (180, top + 40, f"De opgave van {title}.", 10),
                (60, top + 70, "Aanpak", 10), (180, top + 70, f"De aanpak van {title}.", 10)]

    def table(top, amounts):
        rows = [("Opgaven/Investeringen", ("Totaal", "Privaat", "Rijk")), ("Onderzoek", amounts), ("Totaal", amounts)]
        return [run for k, (label, cells) in enumerate(rows)
                for run in [(60, top + 20 * k, label, 10), *((x, top + 20 * k, c, 10) for x, c in zip((250, 330, 420), cells))]]

    first = [*heading_and_fields(60, "Project Een"), *table(170, ("1.000.000", "400.000", "600.000")),
             (60, 240, "Borging", 10), (180, 240, "Het project wordt geborgd in de regio.", 10)]
    second = [(60, 60, "Tabel 2. Opgaven/Investeringen – Project Twee", 9), *table(80, ("2.000.000", "500.000", "1.500.000")),
              *heading_and_fields(170, "Project Twee")]
    one, two = extract(draw(tmp_path / "floats.pdf", [first, second]), cross_check="none").projects
    assert (one.pages, [t.rows[0].cells[0].raw for t in one.tables]) == ([1], ["1.000.000"])
    assert (two.pages, [t.rows[0].cells[0].raw for t in two.tables]) == ([2], ["2.000.000"])


def test_a_table_read_into_a_field_whose_caption_ends_in_another_projects_name_is_that_projects():
    """The walk reads a float at the top of the next project's page into the last field
    before it; its caption ends in the name of the project it belongs to."""
    from tables import table

    from regio.extract.document import _tables_to_named_projects
    from regio.schema import Field, Project, Provenance

    def project(title, page, tables):
        return Project(theme="Thema", title=title, pages=[page] if page == 2 else [1, 2], tables=tables,
                       fields=[Field(label="Opgave", text="De opgave.", pages=[page], provenance=Provenance(page=page))])

    own, floated = table(["Totaal", "Rijk"], [["Bouw", "100", "100"]]), table(["Totaal", "Rijk"], [["Huur", "50", "50"]])
    floated.caption, floated.field, floated.pages = "Tabel 4. Opgaven / Investeringen – Project Twee", "Opgave", [2]
    one, two = _tables_to_named_projects([project("Project Een", 1, [own, floated]), project("Project Twee", 2, [])], set(),
                                         lambda t: (t.pages[0],))
    assert (one.tables, one.pages, [f.label for f in one.fields]) == ([own], [1], ["Opgave"])
    assert [(t.rows[0].label, t.field) for t in two.tables] == [("Huur", None)]


def test_a_running_header_of_title_and_a_theme_in_tracked_capitals_is_no_part_of_a_field(tmp_path):
    """Each later page of a project is headed by its title and, far right, its theme in small
    capitals set with tracking: the theme's words stand further apart than cells do, so the
    header shows more than two runs of words; it is still the title and the theme."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold, text = "Helvetica-Bold", "De regio werkt samen met het onderwijs en de bedrijven aan een sterke arbeidsmarkt."
    header, x = [(60, 62, "Project Een", 7.5)], 380.0
    for word in ("TECHNIEK", "ALS", "MOTOR"):
        header.append((x, 62, word, 7.5))
        x += stringWidth(word, "Helvetica", 7.5) + 3.9
    first = [(60, 60, "Techniek als motor | Project Een", 14), (60, 100, "Opgave", 10, bold), (60, 114, "De opgave.", 10),
             (60, 140, "Aanpak", 10, bold), *((60, 154 + 14 * k, text, 10) for k in range(40))]
    second = [*header, *((60, 100 + 14 * k, text, 10) for k in range(4)), (60, 170, "Borging", 10, bold),
              (60, 184, "Het project wordt geborgd.", 10)]
    (project,) = extract(draw(tmp_path / "tracked.pdf", [first, second]), cross_check="none").projects
    assert [(f.label, "MOTOR" in f.text) for f in project.fields] == [("Opgave", False), ("Aanpak", False), ("Borging", False)]


def test_a_one_project_decks_title_over_every_slide_names_it_with_the_theme_apart(tmp_path):
    """A deck of one project: its contents name it "Energietransitie Sterke Kernen en
    Innovatie", every slide repeats the theme small and the title large at the same place, so
    both go as what the pages repeat. The title is the one the slides print, the entry's
    words before it the theme; the heading is text, and no warning says otherwise."""
    bold = "Helvetica-Bold"

    def slide(*fields):
        runs = [(60, 40, "Energietransitie", 9), (60, 64, "Sterke Kernen en Innovatie", 20, bold)]
        for k, (label, text) in enumerate(fields):
            runs += [(60, 110 + 50 * k, label, 12, bold), (60, 128 + 50 * k, text, 11)]
        return runs

    contents = [(60, 60, "Inhoud", 20, bold), (60, 120, "Energietransitie Sterke Kernen en Innovatie", 12), (500, 120, "2", 12)]
    pages = [contents, slide(("Naam Project", "Nieuwe leerwerktrajecten"), ("Partijen", "Gemeente Enschede, Saxion.")),
             slide(("Opgave", "Werkgevers vinden moeilijk personeel."), ("Voorgestelde aanpak", "Het project organiseert leerroutes.")),
             slide(("Resultaten", "Twintig studenten in een leerroute."), ("Planning", "Van 2019 tot en met 2022.")),
             slide(("Inzet en co-financiering", "De regio draagt twee miljoen bij."), ("Governance", "Een stuurgroep.")),
             slide(("Structureel karakter", "De regio draagt de kosten daarna."))]
    dossier = extract(draw(tmp_path / "deck.pdf", pages), cross_check="none")
    assert [(p.theme, p.title, p.pages) for p in dossier.projects] == [("Energietransitie", "Sterke Kernen en Innovatie", [2, 3, 4, 5, 6])]
    assert "heading-not-text" not in [w.code for w in dossier.warnings]


def test_two_sources_one_under_its_group_make_a_funding_table(tmp_path):
    """A budget of two sources and no total: "Bedrijfsleven", and "Gem." under its group
    "Publiek". The group says the columns are funding sources: the table's columns are the
    sources they name."""
    bold = "Helvetica-Bold"
    first = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10)]
    second = [(60, 40, "Een project (vervolg)", 14, bold), _set_right(516, 108, "Publiek", 10, bold),
              (40, 119, "Kostenpost", 10, bold), _set_right(400, 119, "Bedrijfsleven", 10, bold), _set_right(516, 130, "Gem.", 10, bold),
              (40, 151, "Onderzoek fase 2", 10), _set_right(400, 151, "-", 10), _set_right(516, 151, "2.900.000", 10),
              (40, 173, "TOTAAL", 10), _set_right(400, 173, "-", 10), _set_right(516, 173, "2.900.000", 10)]
    (project,) = extract(draw(tmp_path / "grouped.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["privaat", "gemeente"] and table.funding


def test_a_caption_over_a_header_of_two_sources_under_their_group_is_no_title(tmp_path):
    """A one-page project: its theme and title, then its table under a short bold caption
    ("Financiering in één oogopslag"), the header naming two sources only, one under its
    group ("Publiek" over "Gem."), then its fields. The caption is the table's, not the
    project's title."""
    bold = "Helvetica-Bold"
    page = [(62, 62, "ZORG EN WELZIJN", 8), (62, 92, "Digitale Havens 2.0", 18, bold),
            (70, 127, "Financiering in één oogopslag", 9, bold), _set_right(516, 146, "Publiek", 8.5, bold),
            (73, 160, "Kostenpost", 8.5, bold), _set_right(400, 160, "Bedrijfsleven", 8.5, bold),
            _set_right(516, 160, "Gem.", 8.5, bold), (73, 175, "Onderzoek fase 2", 8.5), _set_right(400, 175, "-", 8.5),
            _set_right(516, 175, "2.900.000", 8.5), (73, 189, "TOTAAL", 8.5, bold), _set_right(400, 189, "-", 8.5),
            _set_right(516, 189, "2.900.000", 8.5), (62, 223, "Projectnaam", 10, bold), (62, 239, "Programma Samenwerking", 10)]
    for k, label in enumerate(("Aanleiding", "Aanpak", "Beoogde resultaten", "Financiering")):
        page += [(62, 259 + 90 * k, label, 10, bold),
                 *((62, 275 + 90 * k + 13 * n, "Er ontstaan telkens nieuwe uitdagingen voor de regio en haar partners.", 10)
                   for n in range(5))]
    (project,) = extract(draw(tmp_path / "glance.pdf", [page]), cross_check="none").projects
    assert (project.theme, project.title) == ("ZORG EN WELZIJN", "Digitale Havens 2.0")


def _hyphenating_page(text: list[str], rows: list[tuple[tuple[str, ...], str]]) -> list:
    """A project whose Opgave is ``text``, line by line, over a table whose rows' labels wrap
    over their lines beside one amount."""
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 130, "Opgave", 10)]
    page += [(180, 130 + 12 * i, line, 10) for i, line in enumerate(text)]
    y = 150 + 12 * len(text)
    page += [(60, y, "Inzet", 10), (180, y, "De kosten:", 10),
             (180, y + 30, "Kosten", 10), (330, y + 30, "Totaal", 10), (420, y + 30, "Rijk", 10)]
    y += 50
    for label, amount in rows:
        page += [(180, y + 12 * k, part, 10) for k, part in enumerate(label)]
        page += [(330, y, amount, 10), (420, y, amount, 10)]
        y += 12 * len(label) + 6
    return page


def test_words_a_document_breaks_now_and_then_are_whole_where_its_own_text_spells_them_so(tmp_path):
    """pdfLaTeX breaks a word at a line's end once in fifty lines, too seldom to tell from the
    compounds a text breaks at their hyphen; the words it broke stand whole elsewhere in the
    document, and a compound it writes with its hyphen keeps it."""
    text = ["Het onderwijs in de regio vraagt om nieuwe locaties en om een bijdrage van de",
            "partners; de productie van kennis gebeurt op het mbo-niveau en daarboven. Het onder-",
            "wijs en de produc-", "tie van de regio groeien op nieuwe lo-", "caties, met een bij-",
            "drage van het Rijk op mbo-", "niveau en in het midden- en kleinbedrijf."]
    page = _hyphenating_page(text, [(("Nieuwe lo-", "caties"), "100.000"), (("Totaal",), "100.000")])
    (project,) = extract(draw(tmp_path / "latex.pdf", [page]), cross_check="none").projects
    assert project.field("Opgave").text.endswith(
        "Het onderwijs en de productie van de regio groeien op nieuwe locaties, met een bijdrage van het Rijk op "
        "mbo-niveau en in het midden- en kleinbedrijf.")
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Nieuwe locaties", "Totaal"]


def test_a_document_that_does_not_hyphenate_keeps_every_hyphen_at_a_lines_end(tmp_path):
    """A word processor breaks a line only at a compound's own hyphen: the compound is read
    whole with it ("mbo-niveau", not "mbo- niveau" or "mboniveau"), in the text and in a row
    label, even where the document also spells it without."""
    text = ["De regio traint mensen op het mbo-", "niveau en helpt de ICT-", "bedrijven met een combi-",
            "terminal; de combiterminal ligt aan het kanaal."]
    page = _hyphenating_page(text, [(("Sociaal-", "maatschappelijke inzet"), "100.000"), (("Totaal",), "100.000")])
    (project,) = extract(draw(tmp_path / "word.pdf", [page]), cross_check="none").projects
    assert project.field("Opgave").text == ("De regio traint mensen op het mbo-niveau en helpt de ICT-bedrijven met een "
                                           "combi-terminal; de combiterminal ligt aan het kanaal.")
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Sociaal-maatschappelijke inzet", "Totaal"]


def test_a_group_label_centred_over_the_gap_between_its_members_heads_them_from_above(tmp_path):
    """A header whose one-line cells stand centred between the lines of two-line ones: the group
    "Publiek" over "Gem." and "Prov." stands on the line above the one that opens the table,
    beside the first line of a wrapped label ("Kennisin-" over "stellingen"), centred over the
    gap between its members, so that it overlaps neither: the line is the header's, not the
    last of the field above."""
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Financiering", 10),
            (60, 114, "De totale projectomvang bedraagt 1.000.000 euro.", 10),
            (307, 140, "Kennisin-", 9), (395, 140, "Publiek", 9),
            (200, 146, "Totaal", 9), (250, 146, "Privaat", 9), (487, 146, "Rijk", 9),
            (75, 152, "Begroting", 9), (306, 152, "stellingen", 9), (373, 152, "Gem.", 9), (430, 152, "Prov.", 9)]
    for y, label in ((170, "Bouw"), (184, "Totaal")):
        page += [(75, y, label, 9)] + [(x, y, amount, 9) for x, amount in zip(
            (198, 262, 323, 378, 437, 494), ("1.000.000", "300.000", "100.000", "100.000", "100.000", "400.000"))]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    assert project.field("Financiering").text == "De totale projectomvang bedraagt 1.000.000 euro."
    (table,) = project.tables
    assert [(c.key, c.group) for c in table.columns] == [
        ("totaal", None), ("privaat", None), ("onderwijs", None), ("gemeente", "publiek"), ("provincie", "publiek"),
        ("rijk", None)]
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["1.000.000", "300.000", "100.000", "100.000", "100.000", "400.000"]] * 2


def test_a_field_every_project_opens_with_at_the_same_place_is_no_running_header(tmp_path):
    """A workbook printed sheet by sheet opens every project with the same field, its label
    and text side by side right under the title: at the same place on every project's first
    page, it is still each project's field, not a running header."""
    pages = []
    for n, title in enumerate(("Innovatiecentrum", "Proeftuin Zilte Teelt", "Zeeuws Techniekpact", "Vitale Kernen")):
        page = [(47, 57, f"Innovatie | {title}", 14), (47, 78, "Projectnaam", 10), (160, 78, f"{title} Zeeland", 10),
                (47, 100 + 9 * n, "Aanleiding", 10)]
        page += [(160, 100 + 9 * n + 13 * k, f"Regel {k + 1} over {title.lower()} en wat het project in {2019 + k} doet.", 10)
                 for k in range(3 + n)]
        # the sheet goes on over a page of its own, its text from the top
        going_on = [(160, 50 + 13 * k, f"Verder over {title.lower()}: stap {k + 1} van {4 + n}.", 10) for k in range(4 + n)]
        pages += [page, going_on]
    dossier = extract(draw(tmp_path / "sheets.pdf", pages), cross_check="none")
    assert [(p.title, p.field("Projectnaam").text if p.field("Projectnaam") else None) for p in dossier.projects] == [
        (title, f"{title} Zeeland")
        for title in ("Innovatiecentrum", "Proeftuin Zilte Teelt", "Zeeuws Techniekpact", "Vitale Kernen")]


def test_a_paragraphs_last_line_right_above_a_table_is_the_paragraphs(tmp_path):
    """A sheet's merged cell of text ends right above the table, its last short line standing
    over the Totaal column: set where the lines above it start, at their pitch, and ending its
    sentence, it is the paragraph's end, not the first line of a header cell."""
    text = ["De hier gepresenteerde, voor Nederland unieke, constellatie vergt organisatiecapaciteit",
            "en een investering in apparatuur die op deze schaal niet uit reguliere fondsen of",
            "regionale innovatiefondsen te", "financieren is."]
    page = [(60, 60, "Thema | Een project", 14), (47, 76, "Naam Project", 10), (204, 76, "Een project", 10),
            (47, 88, "Partijen", 10), (204, 88, "De universiteit en de provincie", 10), (47, 100, "Opgave", 10)]
    page += [(204, 100 + 10.5 * i, part, 10) for i, part in enumerate(text)]
    page += [(47, 156, "Opgaven/Investeringen", 10), (216, 156, "Totaal", 10), (272, 156, "Privaat", 10),
             (511, 156, "Rijk", 10)]
    for y, label in ((176, "Bouw"), (190, "Totaal")):
        page += [(47, y, label, 10), (214, y, "1.500.000", 10), (280, y, "500.000", 10), (512, y, "1.000.000", 10)]
    (project,) = extract(draw(tmp_path / "sheet.pdf", [page]), cross_check="none").projects
    assert project.field("Opgave").text.endswith("regionale innovatiefondsen te financieren is.")
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]


def test_a_table_broken_by_hand_whose_parts_have_column_widths_of_their_own(tmp_path):
    """A typesetter or a browser sets each part of a table broken by hand over two pages in
    column widths of its own: on the second a wider amount widens its column and moves the
    next ones right, past where the first page's text of that column began."""
    def part(top, xs, rows):
        labels = ("Opgaven/Investeringen", "Totaal", "Privaat", "Gem.", "Prov.", "Rijk")
        return [*((x, top, text, 9) for x, text in zip((60, *xs), labels)),
                *(run for k, row in enumerate(rows) for run in
                  [(60, top + 20 * (k + 1), row[0], 9), *((x, top + 20 * (k + 1), cell, 9) for x, cell in zip(xs, row[1:]))])]

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             *part(140, (180, 245, 310, 345, 395), [("Bouw", "1.000.000", "200.000", "50.000", "150.000", "600.000")])]
    page2 = [*part(60, (180, 245, 310, 365, 410), [("Inrichting", "2.000.000", "180.000", "1.320.000", "100.000", "400.000"),
                                                   ("Totaal", "3.000.000", "380.000", "1.370.000", "250.000", "1.000.000")]),
             (60, 150, "Opgave", 10), (180, 150, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "widths.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    read = {r.label: {col.key: c.raw for col, c in zip(table.columns, r.cells)} for r in table.rows}
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "rijk"]
    assert read["Inrichting"]["gemeente"] == "1.320.000" and read["Inrichting"]["provincie"] == "100.000"
    assert read["Bouw"]["provincie"] == "150.000" and read["Totaal"]["rijk"] == "1.000.000"
    assert table.pages == [1, 2]


def test_a_header_cell_wrapped_onto_a_word_that_names_a_field_stays_in_the_header(tmp_path):
    """A bold header whose label cell wraps ("Kosten en" / "financiering (€)") under a line of
    column labels set in the middle of their cells: the wrapped line names a field of the
    document, but a field's label starts with a capital."""
    c, text = _canvas(tmp_path / "wrapped.pdf")
    text(60, 60, "Thema | Een project", 14)
    for y, label, body in ((100, "Projectnaam", "Een project"), (140, "Financiering", "De kosten staan hieronder.")):
        text(60, y, label, font="Helvetica-Bold")
        text(60, y + 14, body)
    text(60, 180, "Kosten en", font="Helvetica-Bold")
    text(250, 180, "Totaal", font="Helvetica-Bold")
    for x, label in ((330, "Privaat"), (420, "Provincie"), (500, "Rijk")):
        text(x, 186, label, font="Helvetica-Bold")
    text(60, 192, "financiering (€)", font="Helvetica-Bold")
    text(250, 192, "(€)", font="Helvetica-Bold")
    for y, cells in ((212, ("Bouw", "1.000.000", "400.000", "100.000", "500.000")),
                     (226, ("Totaal", "1.000.000", "400.000", "100.000", "500.000"))):
        text(60, y, cells[0])
        for x, cell in zip((300, 380, 470, 550), cells[1:]):
            text(x, y, cell, right=True)
    text(60, 260, "Borging", font="Helvetica-Bold")
    text(60, 274, "Het project gaat door.")
    c.save()
    (project,) = extract(tmp_path / "wrapped.pdf", cross_check="none").projects
    (table,) = project.tables
    assert [col.key for col in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [r.label for r in table.rows] == ["Bouw", "Totaal"]
    assert [f.label for f in project.fields] == ["Projectnaam", "Financiering", "Borging"]


def test_a_table_going_on_in_the_other_column_of_the_next_page_is_read_in_its_first_frame(tmp_path):
    """A table in a page's right-hand column goes on at the top of the left-hand one on the
    next page under its header repeated; its cells there are longer than those before, so its
    right edge did not move as its left one did."""
    def header(x: float, y: float) -> list:
        return [(x, y, "Mijlpaal", 10), (x + 120, y, "Totaal", 10), (x + 180, y, "Rijk", 10)]

    def row(x: float, y: float, label: str, total: str, rijk: str) -> list:
        return [(x, y, label, 10), (x + 120, y, total, 10), (x + 180, y, rijk, 10)]

    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Opgave", 10), (180, 130, "De kosten per onderdeel.", 10),
             *header(330, 700), *row(330, 716, "Bouw", "100", "50")]
    page2 = [*header(60, 60), *row(60, 76, "Inrichting", "12.000.000", "12.000.050"),
             *row(60, 92, "Totaal", "12.000.100", "12.000.100"), (60, 130, "Borging", 10), (180, 130, "Het gaat door.", 10)]
    dossier = extract(draw(tmp_path / "columns.pdf", [page1, page2]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [[c.raw for c in r.cells] for r in table.rows] == [["100", "50"], ["12.000.000", "12.000.050"],
                                                              ["12.000.100", "12.000.100"]]


def test_a_table_whose_header_row_alone_ends_the_page_before_takes_it_for_its_header(tmp_path):
    """A spreadsheet breaks the page right after a small table's header row and does not
    repeat it: the rows open the next page, the first of them no header for having amounts."""
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Inzet", 10), (180, 130, "De kosten zijn als volgt opgebouwd.", 10),
             (180, 790, "Investering", 10), (400, 790, "Per jaar", 10), (480, 790, "EUR 3 jaar", 10)]
    page2 = [(180, 60, "Ondersteuning", 10), (400, 60, "€ 75.000", 10), (480, 60, "€ 225.000", 10),
             (180, 76, "Projectorganisatie", 10), (400, 76, "€ 150.000", 10), (480, 76, "€ 450.000", 10),
             (180, 92, "Totaal", 10), (400, 92, "€ 225.000", 10), (480, 92, "€ 675.000", 10),
             (60, 130, "Opgave", 10), (180, 130, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "foot.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Per jaar", "EUR 3 jaar"]
    assert [r.label for r in table.rows] == ["Ondersteuning", "Projectorganisatie", "Totaal"]
    assert "Investering" not in project.field("Inzet").text


def test_a_slide_title_counted_over_the_frames_it_breaks_into_is_no_text(tmp_path):
    """A slide deck breaks a long field over frames and titles each with the project's title
    and a count (beamer: "Leonardo II"): that title goes on the project, it is no text."""
    c, text = _canvas(tmp_path / "frames.pdf")
    text(72, 80, "Techniek", 12)
    text(72, 110, "Leonardo", 22, font="Helvetica-Bold")
    text(72, 160, "Opgave", font="Helvetica-Bold")
    text(72, 176, "Een nieuwe opleiding in Amsterdam")
    c.showPage()
    text(72, 50, "Leonardo II", 18)
    text(72, 100, "trekt meer studenten naar Twente.")
    text(72, 130, "Partijen", font="Helvetica-Bold")
    text(72, 146, "Universiteit Twente")
    c.save()
    (project,) = extract(tmp_path / "frames.pdf", cross_check="none").projects
    assert project.field("Opgave").text == "Een nieuwe opleiding in Amsterdam trekt meer studenten naar Twente."


def test_labels_set_as_run_in_headings_an_em_before_their_text(tmp_path):
    """KOMA-Script's \\paragraph: the label in bold, an em's space, then the text, which wraps
    back under the label. The labels' texts start alike, as a label column's do, but the
    next line runs on from the margin: no label column."""
    c, text = _canvas(tmp_path / "runin.pdf")
    for k, title in enumerate(("Leonardo", "Skills Twente", "Mineral Valley")):
        text(72, 60, f"1.{k + 1} {title}", 14, font="Helvetica-Bold")
        for y, (label, first, second) in zip((100, 140), (("Partijen", "Universiteit Twente, Saxion en", "vijftien bedrijven uit de regio."),
                                                        ("Opgave", "Meer studenten opleiden tot", "ingenieur voor de maakindustrie."))):
            text(72, y, label, font="Helvetica-Bold")
            text(72 + c.stringWidth(label, "Helvetica-Bold", 10) + 10, y, first)
            text(72, y + 13, second)
        c.showPage()
    c.save()
    projects = extract(tmp_path / "runin.pdf", cross_check="none").projects
    assert [p.title for p in projects] == ["Leonardo", "Skills Twente", "Mineral Valley"]
    for project in projects:
        assert project.field("Partijen").text == "Universiteit Twente, Saxion en vijftien bedrijven uit de regio."
        assert project.field("Opgave").text == "Meer studenten opleiden tot ingenieur voor de maakindustrie."


def test_a_note_that_the_table_goes_on_under_the_rows_a_page_break_cuts_is_no_row(tmp_path):
    """LaTeX's longtable sets "wordt vervolgd op de volgende pagina" under the last row on the
    page, across the value columns; the rows go on under the header on the next page."""
    header = [(60, 0, "Opgaven/Investeringen", 10), (250, 0, "Totaal", 10), (330, 0, "Gem.", 10),
              (400, 0, "Prov.", 10), (470, 0, "Rijk", 10)]
    row = lambda y, *cells: [(x, y, cell, 10) for x, cell in zip((60, 250, 330, 400, 470), cells)]  # noqa: E731
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             *((x, 140, text, size) for x, _, text, size in header), *row(160, "Bouw", "100", "20", "30", "50"),
             (320, 180, "wordt vervolgd op de volgende pagina", 9)]
    page2 = [*((x, 60, text, size) for x, _, text, size in header), *row(80, "Inrichting", "60", "10", "20", "30"),
             *row(96, "Totaal", "160", "30", "50", "80"), (60, 130, "Opgave", 10), (180, 130, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "longtable.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "provincie", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["100", "20", "30", "50"], ["60", "10", "20", "30"],
                                                              ["160", "30", "50", "80"]]


def test_a_ruled_table_broken_by_hand_and_laid_out_anew_on_the_next_page(tmp_path):
    """A word processor opening an HTML export sizes each part of a table broken by hand to
    its own cells: the next page's part, without its header, is ruled in columns of other
    widths. Each of its rules stands for the first page's."""
    c, text = _canvas(tmp_path / "ruled.pdf")

    def grid(top: float, xs: tuple[float, ...], rows: list[tuple[str, ...]]) -> None:
        ys = [top + 18 * k for k in range(len(rows) + 1)]
        for y in ys:
            c.line(xs[0], 842 - y, xs[-1], 842 - y)
        for x in xs:
            c.line(x, 842 - ys[0], x, 842 - ys[-1])
        for y, cells in zip(ys, rows):
            text(xs[0] + 3, y + 12, cells[0])
            for x, cell in zip(xs[2:], cells[1:]):
                text(x - 3, y + 12, cell, right=True)

    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Naam Project")
    text(180, 100, "Een project")
    grid(140, (60, 200, 280, 360, 440), [("Opgaven", "Totaal", "Gem.", "Rijk"), ("Bouw", "1.000", "400", "600")])
    c.showPage()
    grid(60, (60, 170, 300, 350, 440), [("Inrichting", "500", "100", "400"), ("Totaal", "1.500", "500", "1.000")])
    text(60, 140, "Opgave")
    text(180, 140, "De opgave.")
    c.save()
    (project,) = extract(tmp_path / "ruled.pdf", cross_check="none").projects
    (table,) = project.tables
    assert [col.key for col in table.columns] == ["totaal", "gemeente", "rijk"]
    assert [[cell.raw for cell in r.cells] for r in table.rows] == [["1.000", "400", "600"], ["500", "100", "400"],
                                                                    ["1.500", "500", "1.000"]]
    inrichting = table.rows[1].cells[1].provenance.bbox
    assert 300 - 30 < inrichting[0] and inrichting[2] < 350  # where the page has it, not the first page's frame


def test_a_header_repeated_on_the_next_page_keeps_its_wrapped_cell_though_it_names_a_field(tmp_path):
    """A table broken over a page repeats its header there, the label cell's second line too
    ("Kosten en" / "financiering"): that line names a field of the document, but it is the
    repeated header's, and the rows go on under it."""
    def header(y: float) -> list:
        return [(60, y, "Kosten en", 10), (250, y, "Totaal", 10), (330, y, "Privaat", 10), (410, y, "Rijk", 10),
                (60, y + 12, "financiering", 10)]

    row = lambda y, *cells: [(x, y, cell, 10) for x, cell in zip((60, 250, 330, 410), cells)]  # noqa: E731
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Projectnaam", 10), (180, 100, "Een project", 10),
             (60, 120, "Financiering", 10), (180, 120, "De kosten staan hieronder.", 10),
             *header(150), *row(180, "Bouw", "100", "40", "60")]
    page2 = [*header(60), *row(90, "Inrichting", "60", "20", "40"), *row(104, "Totaal", "160", "60", "100"),
             (60, 140, "Borging", 10), (180, 140, "Het project gaat door.", 10)]
    (project,) = extract(draw(tmp_path / "repeated.pdf", [page1, page2]), cross_check="none").projects
    assert [f.label for f in project.fields] == ["Projectnaam", "Financiering", "Borging"]
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Totaal"]


def test_a_header_laid_out_anew_on_the_next_page_is_its_header_though_a_label_wraps_there(tmp_path):
    """A typesetter that lays a table broken over a page out anew sizes the next page's
    columns to their own cells: a label on one line before ("Waterschap") wraps there
    ("Water-" / "schap"). That is the header again, and the rows go on under it."""
    header = [(60, 0, "Kostenpost", 10), (250, 0, "Totaal", 10), (330, 0, "Waterschap", 10), (420, 0, "Rijk", 10)]
    row = lambda y, *cells: [(x, y, cell, 10) for x, cell in zip((60, 250, 330, 420), cells)]  # noqa: E731
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             *((x, 140, text, size) for x, _, text, size in header), *row(160, "Bouw", "100", "40", "60")]
    page2 = [*((x, 60, "Water-" if text == "Waterschap" else text, size) for x, _, text, size in header),
             (330, 72, "schap", 10), *row(92, "Inrichting", "60", "20", "40"), *row(106, "Totaal", "160", "60", "100"),
             (60, 140, "Opgave", 10), (180, 140, "De opgave.", 10)]
    (project,) = extract(draw(tmp_path / "relaid.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "overig_publiek", "rijk"]
    assert [[r.label, *(c.raw for c in r.cells)] for r in table.rows] == [
        ["Bouw", "100", "40", "60"], ["Inrichting", "60", "20", "40"], ["Totaal", "160", "60", "100"]]


def test_labels_run_in_at_a_paragraphs_indent_make_no_label_column(tmp_path):
    """groff's mom sets the first field's label beside its short text, and every later label
    run in at its paragraph's indent, the paragraph wrapping back to the margin: the
    first labels' texts start alike on every project's page, but the running text lies
    across that edge on most lines. There is no label column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, text = _canvas(tmp_path / "runin.pdf")
    words = ("de regio werkt samen met onderwijs en bedrijven aan een sterke economie en "
             "goede banen voor iedereen in het oosten van het land").split()

    def run_in(x: float, y: float, label: str, rest: str) -> None:
        text(x, y, label, font="Helvetica-Bold")
        text(x + stringWidth(label, "Helvetica-Bold", 10) + 8, y, rest)

    for title in ("Leonardo", "Skills Twente", "Mineral Valley"):
        text(72, 60, f"Techniek | {title}", 14)
        run_in(72, 100, "Naam Project", f"{title} in Twente")
        y = 116
        for label in ("Opgave", "Resultaten"):
            run_in(100, y, label, " ".join(words[:8]))
            for k in range(4):
                y += 14
                text(72, y, " ".join(words[k:k + 12]))
            y += 20
        c.showPage()
    c.save()
    projects = extract(tmp_path / "runin.pdf", cross_check="none").projects
    assert [p.title for p in projects] == ["Leonardo", "Skills Twente", "Mineral Valley"]
    for project in projects:
        assert [f.label for f in project.fields] == ["Naam Project", "Opgave", "Resultaten"]
        assert project.field("Naam Project").text == f"{project.title} in Twente"
        assert project.field("Opgave").text == " ".join([*words[:8], *(w for k in range(4) for w in words[k:k + 12])])


def test_a_table_broken_from_the_foot_of_one_text_column_to_the_top_of_the_next_is_one_table(tmp_path):
    """A report in two text columns: the funding table, at a column's width, begins at the
    foot of the left column and goes on at the top of the right one under its header again."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    prose = ("De regio investeert samen met bedrijven en onderwijs in een programma dat de "
             "maakindustrie helpt bij de overstap naar nieuwe technologie en dat kennis deelt met iedereen").split()
    lines = [prose[i:i + 6] for i in range(0, len(prose), 6)]

    def right(edge: float, y: float, text: str) -> tuple[float, float, str, float]:
        return edge - stringWidth(text, "Helvetica", 9), y, text, 9

    def justified(left: float, y: float, words: list[str]) -> list:
        gap = (220 - sum(stringWidth(w, "Helvetica", 9) for w in words)) / (len(words) - 1)
        starts = [left + sum(stringWidth(w, "Helvetica", 9) + gap for w in words[:i]) for i in range(len(words))]
        return [(x, y, w, 9) for x, w in zip(starts, words)]

    def row(y: float, label: str, *amounts: str, left: float = 60) -> list:
        return [(left, y, label, 9), *(right(left + edge, y, a) for edge, a in zip((130, 180, 220), amounts))]

    header = ["Opgaven", "Totaal", "Privaat", "Rijk"]
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
            (60, 112, "Een project", 9), (60, 130, "Opgave", 9, "Helvetica-Bold"),
            *(run for i in range(38) for run in justified(60, 142 + 12 * i, lines[i % len(lines)])),
            (60, 612, "Inzet en co-financiering", 9, "Helvetica-Bold"), (60, 624, "De kosten en wie ze draagt:", 9),
            *row(650, *header), *row(665, "Bouw", "100.000", "40.000", "60.000"),
            *row(680, "Inrichting", "50.000", "10.000", "40.000"),
            *row(100, *header, left=320), *row(115, "Onderzoek", "30.000", "10.000", "20.000", left=320),
            *row(130, "Totaal", "180.000", "60.000", "120.000", left=320),
            (320, 160, "Structureel karakter", 9, "Helvetica-Bold"), *(run for i in range(40) for run in justified(320, 172 + 12 * i, lines[i % len(lines)]))]
    dossier = extract(draw(tmp_path / "columns.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Onderzoek", "Totaal"]
    assert [c.raw for c in table.rows[-1].cells] == ["180.000", "60.000", "120.000"]
    assert dossier.projects[0].field("Structureel karakter").text.startswith("De regio investeert")


def test_a_tables_caption_under_the_title_and_a_kicker_in_capitals_over_it(tmp_path):
    """A magazine sets each project's theme over its title in small capitals, the type of the
    text, and its funding table right under the title, captioned "Tabel: <title>" in bold:
    the caption names the table, not the project, and the capitals are the project's theme."""
    def project(theme: str, title: str) -> list[tuple]:
        return [(60, 50, theme, 8), (60, 75, title, 20, "Helvetica-Bold"), (60, 100, f"Tabel: {title}", 8, "Helvetica-Bold"),
                (60, 118, "Opgaven", 8), (250, 118, "Totaal", 8), (330, 118, "Privaat", 8), (420, 118, "Rijk", 8),
                (60, 130, "Bouw", 8), (250, 130, "100.000", 8), (330, 130, "40.000", 8), (420, 130, "60.000", 8),
                (60, 142, "Totaal", 8), (250, 142, "100.000", 8), (330, 142, "40.000", 8), (420, 142, "60.000", 8),
                (60, 170, "Naam Project", 8.5, "Helvetica-Bold"), (60, 182, title, 8.5),
                (60, 200, "Opgave", 8.5, "Helvetica-Bold"), (60, 212, "De opgave van dit project staat hier.", 8.5),
                (60, 224, "Zij loopt door over een tweede regel tekst.", 8.5)]

    def results(title: str) -> list[tuple]:
        return [(60, 60, "Resultaten", 8.5, "Helvetica-Bold"), (60, 72, f"Wat {title} oplevert, op een regel.", 8.5)]

    pages = [project("TECHNIEK ALS MOTOR", "Advanced Manufacturing"), results("Advanced Manufacturing"),
             project("TECHNIEK ALS MOTOR", "TopFit"), results("TopFit"),
             project("ARBEIDSMARKT & TALENT", "Skills Twente"), results("Skills Twente")]
    dossier = extract(draw(tmp_path / "magazine.pdf", pages), cross_check="none")
    assert [(p.theme, p.title, p.pages) for p in dossier.projects] == [
        ("TECHNIEK ALS MOTOR", "Advanced Manufacturing", [1, 2]), ("TECHNIEK ALS MOTOR", "TopFit", [3, 4]),
        ("ARBEIDSMARKT & TALENT", "Skills Twente", [5, 6])]
    assert [[r.label for r in t.rows] for p in dossier.projects for t in p.tables] == [["Bouw", "Totaal"]] * 3


def _set_right(right: float, y: float, text: str, size: float = 9, font: str = "Helvetica") -> tuple:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return (right - stringWidth(text, font, size), y, text, size, font)


def test_a_header_over_a_column_no_row_fills_makes_a_column_of_its_own(tmp_path):
    """Nobody in "Overig publiek" pays: its column has no cell, only its header (wrapped in two
    lines, the group label "Publiek" over it and its neighbour). It is a column all the same,
    not part of the neighbour's label, and the amounts beside it stay in their own columns."""
    rights = (260, 330, 400, 470, 540)
    heads = ("Totaal", "Privaat", "Provincie", "Overig", "Rijk")

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts) if a)]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
            (60, 112, "Een project", 9), (60, 130, "Inzet en co-financiering", 9, "Helvetica-Bold"),
            (60, 142, "De kosten en wie ze draagt:", 9),
            (385, 166, "Publiek", 9, "Helvetica-Bold"),
            *(_set_right(x, 178, h, 9, "Helvetica-Bold") for x, h in zip(rights, heads)),
            (60, 190, "Opgaven", 9, "Helvetica-Bold"), _set_right(470, 190, "publiek", 9, "Helvetica-Bold"),
            *row(205, "Bouw", "100.000", "40.000", "10.000", "", "50.000"),
            *row(220, "Inrichting", "50.000", "10.000", "", "", "40.000"),
            *row(235, "Totaal", "150.000", "50.000", "10.000", "", "90.000")]
    dossier = extract(draw(tmp_path / "silent.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.label for c in table.columns] == ["Totaal", "Privaat", "Provincie", "Overig publiek", "Rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["100.000", "40.000", "10.000", "", "50.000"], ["50.000", "10.000", "", "", "40.000"],
        ["150.000", "50.000", "10.000", "", "90.000"]]


def test_a_wrapped_header_cell_centred_in_its_band_over_a_column_no_row_fills_is_a_column(tmp_path):
    """A header band whose cells are centred on its height: the one-line labels on its middle
    line, "Overig publiek" wrapped in two lines a little lower and lower still, over no
    amount. It is a column of its own (empty), and the Rijk's amounts stay under "Rijk"."""
    rights = (260, 330, 400, 470, 540)
    bold = "Helvetica-Bold"

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts) if a)]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold),
            (60, 112, "Een project", 9), (60, 130, "Inzet en co-financiering", 9, bold),
            (60, 142, "De kosten en wie ze draagt:", 9), (60, 175, "Kosten", 9, bold),
            *(_set_right(x, 175, h, 9, bold) for x, h in zip(rights, ("Totaal", "Privaat", "Provincie", "", "Rijk")) if h),
            _set_right(470, 181, "Overig", 9, bold), _set_right(470, 191, "publiek", 9, bold),
            *row(205, "Bouw", "100.000", "40.000", "10.000", "", "50.000"),
            *row(220, "Inrichting", "50.000", "10.000", "", "", "40.000"),
            *row(235, "Totaal", "150.000", "50.000", "10.000", "", "90.000")]
    (project,) = extract(draw(tmp_path / "centred.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "provincie", "overig_publiek", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["100.000", "40.000", "10.000", "", "50.000"], ["50.000", "10.000", "", "", "40.000"],
        ["150.000", "50.000", "10.000", "", "90.000"]]


def test_a_header_packed_to_fit_its_page_opens_its_table(tmp_path):
    """A table of seven columns shrunk to fit, its header white on a dark band ("Totale"
    wrapped over "kosten"), "Publiek" on a pill over two of its columns: the labels stand
    only a little over an em apart, less than a roomy header spaces them, but five of them
    in a row, each set apart from the next, are a header's, not prose naming the sources."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c, text = _canvas(path := tmp_path / "packed.pdf")
    bold = "Helvetica-Bold"
    heads = ("kosten", "Privaat", "Onderwijs", "Gemeenten", "Waterschap", "Rijksbijdrage")
    rights, right = [], 190.0
    for head in heads:
        right += stringWidth(head, bold, 9) + 11
        rights.append(right)
    text(60, 60, "Techniek | Een project", 14)
    for y, label, words in ((100, "Naam Project", "Een project"), (130, "Inzet en co-financiering", "De kosten:")):
        text(60, y, label, 9, bold)
        text(60, y + 12, words, 9)
    c.setFillGray(0.2)
    c.roundRect(rights[3] - 60, 842 - 156, 110, 13, 6, stroke=0, fill=1)
    c.rect(56, 842 - 182, rights[-1] - 50, 26, stroke=0, fill=1)
    c.setFillGray(1)
    text(rights[4] - 30, 152, "Publiek", 9, bold, right=True)
    text(rights[0], 167, "Totale", 9, bold, right=True)
    text(60, 177, "Kostenpost", 9, bold)
    for right, head in zip(rights, heads):
        text(right, 177, head, 9, bold, right=True)
    c.setFillGray(0)
    _rows_set_right(text, rights, ((195, "Onderzoek", ("6.675.000", "4 mln.", "", "1,4 mln.", "0,75 mln.", "525.000")),
                                   (209, "Evaluatie", ("4.085.000", "1,75 mln.", "", "1,8 mln.", "0,26 mln.", "275.000"))))
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "onderwijs", "gemeente", "overig_publiek", "rijk"]
    (drawn,) = dossier.tables  # the page's table, read as drawn: "Publiek" over the band is its header's too
    assert [c.label for c in drawn.columns] == ["Totale kosten", "Privaat", "Onderwijs", "Gemeenten", "Publiek Waterschap",
                                                "Rijksbijdrage"]
    for read in (table, drawn):
        assert [[c.raw for c in r.cells] for r in read.rows] == [
            ["6.675.000", "4 mln.", "", "1,4 mln.", "0,75 mln.", "525.000"],
            ["4.085.000", "1,75 mln.", "", "1,8 mln.", "0,26 mln.", "275.000"]]


@pytest.mark.parametrize("heads", [
    # "Overige" on the labels' line, "overheden" under it among the other labels' second lines
    [(162, ("Totale", "Provincie", "Overige", "Rijk")), (172, ("projectkosten", "Drenthe", "overheden", "(Envelop)"))],
    # "Overig publiek" over the line, "(EUR)" on it, as under every label
    [(156, ("", "", "Overig publiek", "")), (166, ("Totaal (EUR)", "Provincie (EUR)", "(EUR)", "Rijk (EUR)"))]])
def test_an_empty_column_under_a_group_beside_a_column_with_cells_is_a_column(tmp_path, heads):
    """"Publieke partijen" over "Provincie" and a column no row fills: the group's name
    stands over both, so it is no line of the one with cells, and the empty column's label,
    on two lines, is a column of its own."""
    rights = (300, 380, 460, 540)
    bold = "Helvetica-Bold"
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten:", 9), (345, 150, "Publieke partijen", 9, bold),
            (60, heads[-1][0], "Kostenpost", 9, bold)]
    page += [_set_right(x, y, h, 9, bold) for y, texts in heads for x, h in zip(rights, texts) if h]
    for k, (label, amounts) in enumerate((("Bouw", ("100.000", "40.000", "60.000")), ("Totaal", ("100.000", "40.000", "60.000")))):
        page += [(60, 190 + 14 * k, label, 9), *(_set_right(x, 190 + 14 * k, a) for x, a in zip(rights[:2] + rights[3:], amounts))]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "provincie", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["100.000", "40.000", "", "60.000"]


def test_labels_packed_an_em_apart_make_a_header_and_the_same_words_spaced_as_text_do_not():
    """A header shrunk to its page sets five labels only an em and a bit apart: a header
    still, where a line that names the same sources with word spaces between is text."""
    from regio.extract.header_table import is_table_header
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    def line(gap: float) -> Line:
        words, x = [], 60.0
        for text in ("Kostenpost", "kosten", "Privaat", "Onderwijs", "Gemeenten", "Waterschap", "Rijksbijdrage"):
            words.append(Word(text, x, x + 5 * len(text), 100, 109, 9.0))
            x += 5 * len(text) + (30 if text == "Kostenpost" else gap)
        return Line(1, words, 0.28)

    assert is_table_header(line(11), DEFAULT.alias_map, DEFAULT)
    assert not is_table_header(line(2.5), DEFAULT.alias_map, DEFAULT)


def test_labels_with_nothing_else_between_them_make_a_header_packed_tight_but_not_beside_a_sentence():
    """A card's narrow table packs its labels little more than half an em apart, nothing but
    labels after the table's own: a header. The same labels after a sentence (a table floated
    into the text beside it) need the usual room; a known label of two words ("Totale
    kosten") counts as one, an adjective before another word ("totale projectomvang") does not."""
    from regio.extract.header_table import is_table_header
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    def line(*texts: str, gap: float = 5.0, size: float = 7.0) -> Line:
        words, x = [], 60.0
        for text in texts:
            words.append(Word(text, x, x + 0.5 * size * len(text), 100, 100 + size, size))
            x += 0.5 * size * len(text) + gap
        return Line(1, words, 0.28)

    labels = ("Bedrijfsleven", "Onderwijs", "Gemeenten", "Provincie", "Rijksbijdrage")
    assert is_table_header(line("Opgaven/Investeringen", *labels), DEFAULT.alias_map, DEFAULT)
    assert not is_table_header(line("De", "totale", "projectomvang", "bedraagt", "750.000", *labels), DEFAULT.alias_map, DEFAULT)


    def placed(*cells: tuple[float, str], size: float = 9.0) -> Line:
        words = []
        for x, cell in cells:
            for text in cell.split():
                words.append(Word(text, x, x + 0.5 * size * len(text), 100, 100 + size, size))
                x = words[-1].x1 + 0.25 * size
        return Line(1, words, 0.25)

    for total, header in (("Totale kosten", True), ("totale projectomvang", False)):
        cells = placed((60, "Opgaven"), (200, "Onderwijs"), (280, "Gemeente"), (360, total))
        assert is_table_header(cells, DEFAULT.alias_map, DEFAULT) is header, total


def test_a_running_header_over_a_tables_header_printed_again_is_no_part_of_the_row_the_page_cut(tmp_path):
    """The table's first row ends the first page; the second page opens with the dossier's
    name at its top right, on that page only, then the table's header again and its other
    rows. The name stands over the header printed again: no row's, not the cut row's rest."""
    rights = (260, 330, 400, 470)
    bold = "Helvetica-Bold"
    header = [(60, "Kostenpost", bold), *((x, h, bold) for x, h in zip(rights, ("Totaal", "Gemeente", "Provincie", "Rijk")))]

    def at(y: float, cells, size: float = 9) -> list[tuple]:
        return [(x, y, text, size, font) if x < 100 else _set_right(x, y, text, size, font) for x, text, font in cells]

    first = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten zijn als volgt verdeeld.", 9),
             *at(800, header), *at(814, [(60, "Onderzoek", "Helvetica"),
                                         *((x, a, "Helvetica") for x, a in zip(rights, ("100.000", "20.000", "30.000", "50.000")))])]
    second = [_set_right(470, 40, "REGIO DEAL LIEMERS", 8), *at(70, header),
              *at(84, [(60, "Evaluatie", "Helvetica"), *((x, a, "Helvetica") for x, a in zip(rights, ("50.000", "-", "10.000", "40.000")))]),
              *at(98, [(60, "Totaal", bold), *((x, a, bold) for x, a in zip(rights, ("150.000", "20.000", "40.000", "90.000")))])]
    (project,) = extract(draw(tmp_path / "running.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["100.000", "20.000", "30.000", "50.000"], ["50.000", "-", "10.000", "40.000"], ["150.000", "20.000", "40.000", "90.000"]]


def test_a_total_whose_amounts_wrapped_under_their_signs_after_the_header_printed_again_goes_on(tmp_path):
    """The table's rows fill the first page; the second repeats its header ("Publiek" over
    two of its labels) and gives the total, each narrow cell's sign on the total's line and
    its amount wrapped under it. A line of "Totaal" and signs alone is the total's row, not
    the header of the table's other columns."""
    rights = (260, 330, 400, 470)
    bold = "Helvetica-Bold"
    header = [(60, "Kostenpost", bold), *((x, h, bold) for x, h in zip(rights, ("Totaal", "Gemeente", "Provincie", "Rijk")))]
    group = (352, "Publiek", 9, bold)

    def at(y: float, cells) -> list[tuple]:
        return [(x, y, text, 9, font) if x < 100 else _set_right(x, y, text, 9, font) for x, text, font in cells]

    first = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten zijn als volgt verdeeld.", 9),
             (group[0], 774, *group[1:]), *at(786, header), *at(800, [(60, "Onderzoek", "Helvetica"),
                                         *((x, a, "Helvetica") for x, a in zip(rights, ("100.000", "20.000", "30.000", "50.000")))]),
             *at(814, [(60, "Evaluatie", "Helvetica"), *((x, a, "Helvetica") for x, a in zip(rights, ("50.000", "-", "10.000", "40.000")))])]
    second = [(group[0], 48, *group[1:]), *at(60, header), *[(x - 40, 74, "€", 9, bold) for x in rights],
              (60, 74, "Totaal", 9, bold), *at(84, [(x, a, bold) for x, a in zip(rights, ("150.000", "20.000", "40.000", "90.000"))])]
    (project,) = extract(draw(tmp_path / "signs.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Onderzoek", "Evaluatie", "Totaal"]
    assert [c.amount.value for c in table.rows[-1].cells if c.amount] == [150000, 20000, 40000, 90000]


def test_a_currency_sign_whose_amount_wrapped_stays_in_its_own_narrow_column(tmp_path):
    """A narrow column wraps "€ 3.130.000": the sign, set right, on the row's first line, the
    digits under it. The sign opens no cell with the next column's amount across the gutter
    (as a sign set flush left in an accounting format does with the amount set right)."""
    rights = (250, 320, 390)

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts) if a)]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
            (60, 112, "Een project", 9), (60, 130, "Inzet en co-financiering", 9, "Helvetica-Bold"),
            (60, 142, "De kosten en wie ze draagt:", 9), (60, 166, "Opgaven", 9, "Helvetica-Bold"),
            *(_set_right(x, 166, h, 9, "Helvetica-Bold") for x, h in zip(rights, ("Totaal", "Privaat", "Rijk"))),
            *row(181, "Bouw", "€", "", "2.000.000"), _set_right(250, 192, "3.130.000"),
            *row(207, "Inrichting", "€ 50.000", "€ 10.000", "€ 40.000"),
            *row(222, "Totaal", "€ 3.180.000", "€ 10.000", "€ 2.040.000")]
    dossier = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.label for c in table.columns] == ["Totaal", "Privaat", "Rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [
        ["€ 3.130.000", "", "2.000.000"], ["€ 50.000", "€ 10.000", "€ 40.000"], ["€ 3.180.000", "€ 10.000", "€ 2.040.000"]]


def test_header_cells_of_narrow_columns_set_as_close_as_words_part_where_the_figures_do(tmp_path):
    """Shrunk to fit narrow columns, "Privaat" and "Rijksbijdrage" stand less than half an em
    apart, as close as words of one cell; the figures under them part the two columns."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    rights = (250, 300, 352)
    privaat_end = 352 - stringWidth("Rijksbijdrage", "Helvetica-Bold", 7) - 3

    def row(y, label, *amounts):
        return [(60, y, label, 7), *(_set_right(x, y, a, 7) for x, a in zip(rights, amounts))]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
            (60, 112, "Een project", 9), (60, 130, "Inzet en co-financiering", 9, "Helvetica-Bold"),
            (60, 142, "De kosten en wie ze draagt:", 9), _set_right(250, 158, "Totale", 7, "Helvetica-Bold"),
            (60, 166, "Investeringen", 7, "Helvetica-Bold"), _set_right(250, 166, "kosten", 7, "Helvetica-Bold"),
            _set_right(privaat_end, 166, "Privaat", 7, "Helvetica-Bold"),
            _set_right(352, 166, "Rijksbijdrage", 7, "Helvetica-Bold"),
            *row(178, "Programmamanagement", "1.300.000", "1.300.000", "0"),
            *row(190, "Inrichting", "43.000", "8.000", "35.000"),
            *row(202, "Totaal", "1.343.000", "1.308.000", "35.000")]
    dossier = extract(draw(tmp_path / "close.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.label for c in table.columns] == ["Totale kosten", "Privaat", "Rijksbijdrage"]
    assert [c.raw for c in table.rows[1].cells] == ["43.000", "8.000", "35.000"]


def test_a_unit_wrapped_under_its_amount_is_no_part_of_the_row_label(tmp_path):
    """A narrow column wraps "0,7 mln." after its figure: "mln." stands alone on the row's
    second line, beside the row label's second line and the digits of a "€" wrapped in the next
    column. It is the rest of the amount, so the labels end where they end, not at the unit,
    and the total column keeps its header."""
    rights = (190, 235, 280, 325)
    heads = ("Privaat", "Onderwijs", "Rijk")

    def row(y, label, *amounts):
        return [(60, y, label, 8), *(_set_right(x, y, a, 8) for x, a in zip(rights, amounts) if a)]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
            (60, 112, "Een project", 9), (60, 130, "Inzet en co-financiering", 9, "Helvetica-Bold"),
            (60, 142, "De kosten en wie ze draagt:", 9), _set_right(190, 160, "Totaal", 8, "Helvetica-Bold"),
            _set_right(190, 170, "EUR", 8, "Helvetica-Bold"),
            *(_set_right(x, 170, h, 8, "Helvetica-Bold") for x, h in zip(rights[1:], heads)),
            *row(184, "Huisvesting", "1.580.000", "300.000", "0", "1.280.000"),
            *row(198, "Monitoring en", "3,6 mln.", "0,7", "€", "1.300.000"),
            *row(208, "evaluatie van de", "", "mln.", "1.600.000"),
            (60, 218, "verkeersstromen", 8),
            *row(232, "Totaal", "5.180.000", "1.000.000", "1.600.000", "2.580.000")]
    dossier = extract(draw(tmp_path / "unit.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.label for c in table.columns] == ["Totaal EUR", "Privaat", "Onderwijs", "Rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Huisvesting", ["1.580.000", "300.000", "0", "1.280.000"]),
        ("Monitoring en evaluatie van de verkeersstromen", ["3,6 mln.", "0,7 mln.", "€ 1.600.000", "1.300.000"]),
        ("Totaal", ["5.180.000", "1.000.000", "1.600.000", "2.580.000"])]


def test_a_ruled_table_whose_last_column_has_no_closing_rule_keeps_its_header_in_its_frame(tmp_path):
    """Rules part every column but the last (no rule down the table's right edge), and no row
    pays into that last column ("Rijk"): the text adds the column the rules leave open, and
    the table is still a ruled one, so the header's upper lines ("Kosten en" / "financiering",
    the group label "Publiek") are in its frame and its, not the text of the field above."""
    c, text = _canvas(path := tmp_path / "open.pdf")
    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Naam Project", font="Helvetica-Bold")
    text(60, 114, "Een project")
    text(60, 140, "Inzet en co-financiering", font="Helvetica-Bold")
    text(60, 154, "Het bedrijfsleven investeert naar verwachting circa € 0,75 mln.")
    edges = (60, 160, 230, 320, 410, 490)
    for x in edges:
        c.line(x, 842 - 170, x, 842 - 262)
    for y in (170, 214, 262):
        c.line(60, 842 - y, 540, 842 - y)
    text(62, 180, "Kosten en", 9, "Helvetica-Bold")
    text(62, 190, "financiering", 9, "Helvetica-Bold")
    text(390, 180, "Publiek", 9, "Helvetica-Bold")
    text(488, 200, "Overig", 9, "Helvetica-Bold", right=True)
    for x, head in zip((228, 318, 408, 488, 538), ("Privaat", "Onderwijs", "Prov.", "publiek", "Rijk")):
        text(x, 210, head, 9, "Helvetica-Bold", right=True)
    for y, label, cells in ((226, "Omscholing", ("180.000", "", "1.500.000", "")),
                            (241, "Fieldlab", ("100.000", "1.750.000", "700.000", "700.000")),
                            (256, "Totaal", ("280.000", "1.750.000", "2.200.000", "700.000"))):
        text(62, y, label, 9)
        for x, cell in zip((228, 318, 408, 488), cells):
            if cell:
                text(x, y, cell, 9, right=True)
    text(60, 290, "Structureel karakter", font="Helvetica-Bold")
    text(60, 304, "De regio draagt de kosten na afloop.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert project.field("Inzet en co-financiering").text == "Het bedrijfsleven investeert naar verwachting circa € 0,75 mln."
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Privaat", "Onderwijs", "Prov.", "Overig publiek", "Rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows][-1] == ["280.000", "1.750.000", "2.200.000", "700.000", ""]


def test_a_table_closed_by_its_total_at_a_page_foot_is_not_continued_by_the_next_pages_table(tmp_path):
    """A field's first table ends its page with its total; the next page opens with another
    table, under column labels of its own, as many columns wide. Two tables, not one whose
    rows run on into the second header."""
    rights = (300, 380, 460, 540)

    def row(y, label, *amounts, font="Helvetica"):
        return [(60, y, label, 9, font), *(_set_right(x, y, a, 9, font) for x, a in zip(rights, amounts))]

    def header(y, *sources):
        """Each label centred in the header's height: one line or two, on several baselines."""
        bold = "Helvetica-Bold"
        return [(60, y + 6, "Opgaven/Investeringen", 9, bold), _set_right(rights[0], y, "Totale", 9, bold),
                _set_right(rights[0], y + 12, "kosten", 9, bold), _set_right(rights[1], y + 6, sources[0], 9, bold),
                _set_right(rights[2], y - 6, "Publiek", 9, bold), _set_right(rights[2], y + 12, sources[1], 9, bold),
                _set_right(rights[3], y + 6, sources[2], 9, bold)]

    page1 = [(60, 60, "Techniek | Een project", 14),
             (60, 100, "NAAM PROJECT", 9, "Helvetica-Bold"), (60, 112, "Een project", 9),
             (60, 140, "FINANCIERING", 9, "Helvetica-Bold"), (60, 152, "De kosten en wie ze draagt:", 9),
             *header(688, "Onderwijs", "Gemeente", "Rijk"),
             *row(715, "Bouw", "100.000", "40.000", "10.000", "50.000"),
             *row(730, "Inrichting", "50.000", "10.000", "0", "40.000"),
             *row(745, "Totaal", "150.000", "50.000", "10.000", "90.000", font="Helvetica-Bold")]
    page2 = [*header(48, "Kennisinstellingen", "Gemeenten", "Rijksbijdrage"),
             *row(75, "Onderzoek", "30.000", "10.000", "10.000", "10.000"),
             *row(90, "Monitoring", "20.000", "0", "5.000", "15.000"),
             *row(105, "Totaal", "50.000", "10.000", "15.000", "25.000", font="Helvetica-Bold")]
    dossier = extract(draw(tmp_path / "two.pdf", [page1, page2]), cross_check="none")
    [project] = dossier.projects
    assert [[r.label for r in t.rows] for t in project.tables] == [["Bouw", "Inrichting", "Totaal"],
                                                                   ["Onderzoek", "Monitoring", "Totaal"]]
    assert [t.pages for t in project.tables] == [[1], [2]]


def test_an_annex_table_captioned_with_a_project_is_that_projects_second_table(tmp_path):
    """Each project sets its funding table in its own text; the annex repeats the first one's
    (the same figures) and sets another for the second under captions naming them. The second
    project gets the other table, the first no repeat, and the annex is no project."""
    rights = (300, 380, 460, 540)

    def table(y, first_label, amounts):
        head = [(60, y, "Opgaven/Investeringen", 9, "Helvetica-Bold"),
                *(_set_right(x, y, h, 9, "Helvetica-Bold") for x, h in zip(rights, ("Totaal", "Privaat", "Gemeente", "Rijk")))]
        rows = [[(60, y + 15 * (k + 1), label, 9), *(_set_right(x, y + 15 * (k + 1), a) for x, a in zip(rights, row))]
                for k, (label, row) in enumerate(((first_label, amounts), ("Totaal", amounts)))]
        return head + [run for r in rows for run in r]

    def project(title, label, amounts):
        return [(60, 60, f"Techniek | {title}", 14),
                (60, 100, "Naam Project", 9, "Helvetica-Bold"), (200, 100, title, 9),
                (60, 120, "Financiering", 9, "Helvetica-Bold"), (200, 120, "De kosten en wie ze draagt:", 9),
                *table(150, label, amounts)]

    annex = [(60, 60, "Bijlage | Financieel overzicht per project", 14),
             (60, 100, "Tabel 1.1 Het eerste project", 10, "Helvetica-Bold"),
             *table(120, "Bouw", ("100.000", "40.000", "10.000", "50.000")),
             (60, 200, "Tabel 1.2 Het tweede project, fase 2", 10, "Helvetica-Bold"),
             *table(220, "Onderhoud", ("70.000", "0", "20.000", "50.000"))]
    pages = [project("Het eerste project", "Bouw", ("100.000", "40.000", "10.000", "50.000")),
             project("Het tweede project", "Inrichting", ("60.000", "0", "10.000", "50.000")), annex]
    dossier = extract(draw(tmp_path / "annex.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Het eerste project", "Het tweede project"]
    assert [[r.label for r in t.rows] for t in dossier.projects[0].tables] == [["Bouw", "Totaal"]]
    assert [[r.label for r in t.rows] for t in dossier.projects[1].tables] == [["Inrichting", "Totaal"], ["Onderhoud", "Totaal"]]


def test_an_annex_after_the_last_project_gives_each_its_captioned_table(tmp_path):
    """Projects told apart by their labels, each with a table in its text; after the last, an
    annex under a heading in the titles' type ("Bijlage 1 – Financiële overzichten"), a line
    of its own, then a table for each project under a caption naming it. Each project gets
    its second table (though it has one), the last none of the annex's text or pages."""
    rights = (300, 380, 460, 540)

    def table(y, label, amounts):
        head = [(60, y, "Opgaven/Investeringen", 9, "Helvetica-Bold"),
                *(_set_right(x, y, h, 9, "Helvetica-Bold") for x, h in zip(rights, ("Totaal", "Privaat", "Gemeente", "Rijk")))]
        rows = [[(60, y + 15 * (k + 1), name, 9), *(_set_right(x, y + 15 * (k + 1), a) for x, a in zip(rights, amounts))]
                for k, name in enumerate((label, "Totaal"))]
        return head + [run for r in rows for run in r]

    titles = ("Het eerste project", "Het tweede project", "Het derde project")
    pages = [[(60, 60, f"{n}. {title}", 14, "Helvetica-Bold"),
              (60, 100, "Projectnaam", 9, "Helvetica-Bold"), (60, 112, f"Programma {title.lower()}", 9),
              (60, 140, "Partijen", 9, "Helvetica-Bold"), (60, 152, "De gemeente en de hogeschool.", 9),
              (60, 180, "Financiering", 9, "Helvetica-Bold"), (60, 192, "De kosten en wie ze draagt:", 9),
              *table(220, "Bouw", ("100.000", "40.000", "10.000", "50.000"))] for n, title in enumerate(titles, 1)]
    annex = [(60, 60, "Bijlage 1 – Financiële overzichten", 14, "Helvetica-Bold"),
             (60, 80, "Bedragen in euro's, zoals opgenomen in de projectvoorstellen.", 9)]
    for k, title in enumerate(titles):
        annex += [(60, 120 + 90 * k, f"Tabel B.{k + 1} – Financiering {title}", 10, "Helvetica-Bold"),
                  *table(140 + 90 * k, "Onderhoud", ("70.000", "0", "20.000", "50.000"))]
    dossier = extract(draw(tmp_path / "annex.pdf", [*pages, annex]), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [(t, [n]) for n, t in enumerate(titles, 1)]
    for project in dossier.projects:
        assert [[r.label for r in t.rows] for t in project.tables] == [["Bouw", "Totaal"], ["Onderhoud", "Totaal"]]
        assert "Bijlage" not in project.fields[-1].text


def test_a_projects_own_annex_whose_table_names_no_project_stays_the_projects(tmp_path):
    """A one-project proposal that sets its budget after its text under "Bijlage 1: Begroting",
    the table captioned by what it is, not by a project: the annex is the project's own, and
    so are its table and its pages."""
    rights = (300, 380, 460, 540)
    head = [(60, 120, "Opgaven/Investeringen", 9, "Helvetica-Bold"),
            *(_set_right(x, 120, h, 9, "Helvetica-Bold") for x, h in zip(rights, ("Totaal", "Privaat", "Gemeente", "Rijk")))]
    rows = [[(60, 120 + 15 * k, label, 9), *(_set_right(x, 120 + 15 * k, a) for x, a in zip(rights, amounts))]
            for k, (label, amounts) in enumerate((("Bouw", ("100.000", "40.000", "10.000", "50.000")),
                                                   ("Totaal", ("100.000", "40.000", "10.000", "50.000"))), 1)]
    text = [(60, 60, "1. Het eerste project", 14, "Helvetica-Bold"),
            (60, 100, "Projectnaam", 9, "Helvetica-Bold"), (60, 112, "Programma het eerste project", 9),
            (60, 140, "Partijen", 9, "Helvetica-Bold"), (60, 152, "De gemeente en de hogeschool.", 9)]
    annex = [(60, 60, "Bijlage 1: Begroting", 14, "Helvetica-Bold"),
             (60, 100, "Tabel 1. Begroting van het project", 10, "Helvetica-Bold"), *head, *(run for r in rows for run in r)]
    (project,) = extract(draw(tmp_path / "own.pdf", [text, annex]), cross_check="none").projects
    assert (project.title, project.pages) == ("Het eerste project", [1, 2])
    assert [[r.label for r in t.rows] for t in project.tables] == [["Bouw", "Totaal"]]


def test_only_tables_with_the_same_amounts_count_as_a_repeat():
    from tables import table

    from regio.extract.document import _same_figures

    budget = table(["Totaal", "Rijk"], [["Bouw", "100.000", "50.000"]])
    assert _same_figures(budget, table(["Totaal", "Rijk"], [["Bouw", "100.000", "50.000"]]))
    assert not _same_figures(budget, table(["Totaal", "Rijk"], [["Bouw", "100.000", "60.000"]]))
    words = table(["Wie", "Wat"], [["Gemeente", "Subsidie"]])
    assert not _same_figures(words, table(["Wie", "Wat"], [["Provincie", "Lening"]]))


def test_a_table_without_a_total_ends_where_the_next_page_opens_another_header(tmp_path):
    """A field's first table ends its page without a total; the next page opens another
    table, its header over three lines: the label and a group's label over its columns, then
    a wrapped label, then the column labels. The upper lines are the second table's header,
    not rows of the first."""
    rights = (300, 370, 440, 540)
    bold = "Helvetica-Bold"

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts))]

    page1 = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 140, "Inzet en co-financiering", 9, bold), (60, 152, "De kosten en wie ze draagt:", 9),
             (60, 700, "Investeringen", 9, bold),
             *(_set_right(x, 700, h, 9, bold) for x, h in zip(rights, ("Privaat", "Gemeente", "Provincie", "Totaal"))),
             *row(715, "Onderzoek", "20.000", "10.000", "0", "30.000"),
             *row(730, "Begeleiding", "0", "15.000", "5.000", "20.000")]
    page2 = [(60, 60, "Opgaven/", 9, bold), (380, 60, "Publieke partijen", 9, bold),
             (60, 71, "Investeringen", 9, bold), _set_right(rights[2], 78, "Overig", 9, bold),
             *(_set_right(x, 90, h, 9, bold) for x, h in zip(rights, ("Totaal", "Gemeente", "publiek", "Rijk"))),
             *row(105, "Inrichting", "70.000", "20.000", "10.000", "40.000"),
             *row(120, "Totaal", "70.000", "20.000", "10.000", "40.000"),
             (60, 160, "Structureel karakter", 9, bold), (60, 172, "Het blijft.", 9)]
    (project,) = extract(draw(tmp_path / "two.pdf", [page1, page2]), cross_check="none").projects
    assert [[r.label for r in t.rows] for t in project.tables] == [["Onderzoek", "Begeleiding"], ["Inrichting", "Totaal"]]
    assert [c.key for c in project.tables[1].columns] == ["totaal", "gemeente", "overig_publiek", "rijk"]


def test_a_tables_note_ends_at_a_paragraphs_gap_and_at_the_page(tmp_path):
    """A table's note, then a sentence of the field a paragraph's gap below it, set where the
    note starts; the next page opens with another table whose header cells wrap over two
    lines ("Totale" over "kosten"). The sentence is the field's text, not the note's, and the
    header's upper line is the next table's, not the note's either."""
    rights = (300, 370, 440, 540)
    bold = "Helvetica-Bold"

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts))]

    page1 = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 140, "Inzet en co-financiering", 9, bold),
             (60, 160, "Financiering", 9, bold),
             *(_set_right(x, 160, h, 9, bold) for x, h in zip(rights, ("Totaal", "Privaat", "Provincie", "Rijk"))),
             *row(175, "Bouw", "100.000", "40.000*", "10.000", "50.000"),
             (60, 190, "* Bedrijven investeren via een fonds.", 7),
             (60, 215, "Het bedrijfsleven investeert naar verwachting circa 6 miljoen euro.", 9)]
    page2 = [_set_right(rights[0], 60, "Totale", 9, bold), _set_right(rights[2], 60, "Overig", 9, bold),
             (60, 71, "Begroting", 9, bold),
             *(_set_right(x, 71, h, 9, bold) for x, h in zip(rights, ("kosten", "Privaat", "publiek", "Rijk"))),
             *row(86, "Inrichting", "70.000", "20.000", "10.000", "40.000"),
             (60, 120, "Structureel karakter", 9, bold), (60, 132, "Het blijft.", 9)]
    (project,) = extract(draw(tmp_path / "note.pdf", [page1, page2]), cross_check="none").projects
    first, second = project.tables
    assert [n.text for n in first.footnotes] == ["Bedrijven investeren via een fonds."]
    assert [c.key for c in second.columns] == ["totaal", "privaat", "overig_publiek", "rijk"]
    assert "circa 6 miljoen euro" in next(f.text for f in project.fields if f.label == "Inzet en co-financiering")


def test_a_sentence_between_two_tables_under_the_first_ones_note_is_the_fields_text(tmp_path):
    """A spreadsheet's two tables of a field, one under the other, the first with a note, and
    a sentence of the field a paragraph's gap under the note, in the cell where the amounts
    start. The sentence is the field's text, not the note's, and both tables keep their
    own header."""
    rights = (230, 300, 370, 440)
    bold = "Helvetica-Bold"

    def table(y, label, heads, rows):
        return [(60, y, label, 8), *(_set_right(x, y, h, 8, bold) for x, h in zip(rights, heads)),
                *(run for k, (name, *amounts) in enumerate(rows, 1)
                  for run in [(60, y + 11 * k, name, 8), *(_set_right(x, y + 11 * k, a, 8) for x, a in zip(rights, amounts))])]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 8, bold), (165, 100, "Een project", 8),
            (60, 140, "Inzet en co-financiering", 8, bold),
            *table(160, "Kostenpost", ("Totaal", "Privaat", "Provincie", "Rijk"),
                   [("Bouw", "100.000", "40.000*", "10.000", "50.000"), ("Inrichting", "60.000", "0", "10.000", "50.000")]),
            (60, 193, "* Bedrijven investeren via een fonds.", 7, "Helvetica-Oblique"),
            (165, 215, "Het bedrijfsleven investeert naar verwachting circa 6 miljoen euro.", 8),
            *table(237, "Kostenpost", ("Totaal", "Privaat", "Gemeente", "Rijk"),
                   [("Bouw", "70.000", "20.000", "10.000", "40.000"), ("Totaal", "70.000", "20.000", "10.000", "40.000")]),
            (60, 300, "Structureel karakter", 8, bold), (165, 300, "Het blijft.", 8)]
    (project,) = extract(draw(tmp_path / "two.pdf", [page]), cross_check="none").projects
    assert [[c.label for c in t.columns] for t in project.tables] == [["Totaal", "Privaat", "Provincie", "Rijk"],
                                                                      ["Totaal", "Privaat", "Gemeente", "Rijk"]]
    assert "circa 6 miljoen euro" in next(f.text for f in project.fields if f.label == "Inzet en co-financiering")


def test_header_cells_shrunk_to_fit_their_columns_keep_their_upper_words(tmp_path):
    """A header whose long labels are set smaller to fit their columns ("Onderwijs" at 7.7 pt
    beside "kosten" at 8.5), two of them wrapped ("Totale" over "kosten", "Overig" over
    "publiek"): the upper words are in one of the header's sizes, and open its labels."""
    rights = (250, 310, 370, 430, 490, 540)
    bold = "Helvetica-Bold"

    def row(y, label, *amounts):
        return [(60, y, label, 9), *(_set_right(x, y, a) for x, a in zip(rights, amounts))]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 10, bold), (60, 113, "Een project", 10),
            (60, 135, "Inzet en co-financiering", 10, bold), (60, 148, "De kosten en wie ze draagt.", 10),
            _set_right(rights[0], 170, "Totale", 8.5, bold), _set_right(rights[4], 170, "Overig", 8.5, bold),
            (60, 181, "Opgaven/Investeringen", 7.6, bold),
            *(_set_right(x, 181, h, size, bold) for x, h, size in zip(
                rights, ("kosten", "Onderwijs", "Gemeente", "Provincie", "publiek", "Rijk"), (8.5, 7.7, 7.7, 7.8, 8.5, 8.5))),
            *row(196, "Bouw", "100.000", "20.000", "5.000", "5.000", "20.000", "50.000"),
            *row(211, "Totaal", "100.000", "20.000", "5.000", "5.000", "20.000", "50.000"),
            (60, 250, "Structureel karakter", 10, bold), (60, 263, "Het blijft.", 10)]
    (project,) = extract(draw(tmp_path / "shrunk.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totale kosten", "Onderwijs", "Gemeente", "Provincie", "Overig publiek", "Rijk"]
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert "Totale" not in next(f.text for f in project.fields if f.label == "Inzet en co-financiering")


def test_a_second_table_under_the_first_on_its_page_keeps_its_header_lines(tmp_path):
    """Two tables of a field one under the other, a paragraph's gap apart, each under a header
    of three lines: a group's label, "Overig" wrapped over "Publiek", the column labels. The
    second's upper lines are no row of the first, and both read "Overig Publiek"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = "Helvetica-Bold"
    rights = (215, 280, 350, 425, 480, 528)
    heads = ("Privaat", "Gemeente", "Provincie", "Publiek", "Rijk", "Totaal (€)")
    group_x = (rights[2] - 40 + rights[3]) / 2 - stringWidth("Publieke partijen", bold, 8) / 2

    def table(y, label, rows):
        return [(group_x, y, "Publieke partijen", 8, bold), _set_right(rights[3], y + 12, "Overig", 8, bold),
                (70, y + 23, label, 8, bold), *(_set_right(x, y + 23, h, 8, bold) for x, h in zip(rights, heads)),
                *(run for k, (name, *amounts) in enumerate(rows) for run in [
                    (70, y + 38 + 12 * k, name, 8), *(_set_right(x, y + 38 + 12 * k, a, 8) for x, a in zip(rights, amounts))])]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten en wie ze draagt.", 9),
            *table(170, "Investeringen", [("Onderzoek", "2.250.000", "200.000", "-", "-", "-", "2.450.000"),
                                          ("Begeleiding", "-", "1.750.000", "6.750.000", "-", "-", "8.500.000")]),
            *table(262, "Opgaven", [("Opzetten", "3.500.000", "-", "-", "8.000.000", "-", "11.500.000"),
                                    ("Totaal", "3.500.000", "-", "-", "8.000.000", "-", "11.500.000")]),
            (60, 360, "Structureel karakter", 9, bold), (60, 372, "Het blijft.", 9)]
    (project,) = extract(draw(tmp_path / "stacked.pdf", [page]), cross_check="none").projects
    assert [[r.label for r in t.rows] for t in project.tables] == [["Onderzoek", "Begeleiding"], ["Opzetten", "Totaal"]]
    keys = ["privaat", "gemeente", "provincie", "overig_publiek", "rijk", "totaal"]
    assert [[c.key for c in t.columns] for t in project.tables] == [keys, keys]


def test_a_group_label_wider_than_its_columns_is_the_headers_and_the_title_over_it_the_tables(tmp_path):
    """A table titled "Opgaven/Investeringen" in bold over its header, whose first line is a
    group's label ("Publieke partijen") reaching over two columns' labels, then "Totale" and
    "Overig" over the labels they begin: the group's label is the header's, the title no
    sentence of the field."""
    bold = "Helvetica-Bold"
    rights = (230, 290, 350, 410, 470, 530)
    group_x = rights[2] - 4  # over the end of one label and the next
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9.5, bold), (60, 112, "Een project", 9.5),
            (60, 130, "Financiële onderbouwing", 9.5, bold), (60, 142, "De kosten en wie ze draagt.", 9.5),
            (60, 167, "Opgaven/Investeringen", 9, bold), (group_x, 182, "Publieke partijen", 7.5, bold),
            _set_right(rights[0], 196, "Totale", 7.5, bold), _set_right(rights[4], 196, "Overig", 7.5, bold),
            *(_set_right(x, 205, h, 7.5, bold) for x, h in zip(
                rights, ("kosten", "Onderwijs", "Gemeente", "Provincie", "publiek", "Rijk"))),
            (60, 220, "Bouw", 7.5), *(_set_right(x, 220, a, 7.5) for x, a in zip(
                rights, ("100.000", "10.000", "20.000", "10.000", "10.000", "50.000"))),
            (60, 260, "Structureel karakter", 9.5, bold), (60, 272, "Het blijft.", 9.5)]
    (project,) = extract(draw(tmp_path / "group.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert next(f.text for f in project.fields if f.label == "Financiële onderbouwing") == "De kosten en wie ze draagt."


def test_a_title_over_each_projects_table_titles_them_all_though_one_header_is_unusual(tmp_path):
    """Every project opens with its funding table under "Financiering in één oogopslag"; one
    table's header is worded unusually ("Totale kosten", "Bedrijven"). The line is a table's
    title wherever it recurs in that type, never a project's title."""
    bold = "Helvetica-Bold"
    rights = (300, 390, 480)

    def project(theme, title, heads, name):
        return [(60, 71, theme, 8), (60, 90, title, 18, bold), (60, 130, "Financiering in één oogopslag", 9, bold),
                (60, 150, "Opgaven/ Investeringen", 8.5, bold),
                *(_set_right(x, 150, h, 8.5, bold) for x, h in zip(rights, heads)),
                (60, 164, name, 8.5), *(_set_right(x, 164, a, 8.5) for x, a in zip(rights, ("900.000", "400.000", "500.000"))),
                (60, 178, "Totaal", 8.5, bold), *(_set_right(x, 178, a, 8.5, bold) for x, a in zip(rights, ("900.000", "400.000", "500.000"))),
                (60, 210, "Naam Project", 9.5, bold), (60, 222, title, 9.5),
                (60, 242, "Opgave", 9.5, bold), (60, 254, f"De opgave van {title} staat hier.", 9.5)]

    pages = [project("ZORG EN WELZIJN", "Regionale Campus", ("Totale kosten", "Bedrijven", "Rijk"), "Onderzoek"),
             project("LEEFBAARHEID", "Sterke Campus Zeeland", ("Totaal", "Privaat", "Rijk"), "Programma"),
             project("LEEFBAARHEID", "Sterke Mobiliteit Twente", ("Totaal", "Privaat", "Rijk"), "Apparatuur")]
    dossier = extract(draw(tmp_path / "glance.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Regionale Campus", "Sterke Campus Zeeland", "Sterke Mobiliteit Twente"]


def _round_of_labels(title: str, name: str, money_label: str) -> list[tuple]:
    """A project's page of fields: theme, title, and a round of three labels with their text."""
    bold = "Helvetica-Bold"
    return [(60, 73, "Leefbaarheid en vitaliteit", 10), (60, 89, title, 14, bold),
            (60, 116, "Projectnaam", 10.5, bold), (60, 133, name, 10.5),
            (60, 153, "Aanleiding", 10.5, bold), (60, 170, f"Waarom {title} nodig is, in een zin.", 10.5),
            (60, 190, money_label, 10.5, bold), (60, 207, "De kosten staan in de tabel.", 10.5)]


def test_a_header_cell_wrapped_onto_a_labels_word_starts_no_round_of_labels(tmp_path):
    """Projects found by their labels coming back, without contents or "Theme | Title". The
    first project's funding table under "Financiering" heads its label column "Kosten en" /
    "financiering": that word, inside the table, is no label come back, and the second
    project's round of labels (its money under "Financiële onderbouwing") starts it."""
    bold = "Helvetica-Bold"
    rights = (330, 420, 510)

    def project(title, name, amounts, money_label, corner):
        text = _round_of_labels(title, name, money_label)
        table = [(60, 77, corner[0], 9, bold), *(_set_right(x, 77, h, 9, bold) for x, h in zip(rights, ("Bedrijven", "Overig", "Rijk"))),
                 (60, 88, corner[1], 9, bold), _set_right(rights[1], 88, "publiek", 9, bold),
                 (60, 107, "Fieldlab", 9), *(_set_right(x, 107, a, 9) for x, a in zip(rights, amounts)),
                 (60, 126, "Totaal", 9, bold), *(_set_right(x, 126, a, 9, bold) for x, a in zip(rights, amounts))]
        return [text, table]

    pages = [*project("Zilte Havens Kanaalzone", "De kennisinfrastructuur", ("1.850.000", "850.000", "1.000.000"), "Financiering",
                      ("Kosten en", "financiering")),
             *project("Groene Broedplaatsen", "Innovatieve oplossingen", ("950.000", "450.000", "500.000"),
                      "Financiële onderbouwing", ("Opgaven/", "Investeringen"))]
    dossier = extract(draw(tmp_path / "rounds.pdf", pages), cross_check="none")
    assert [(p.title, [t.pages for t in p.tables]) for p in dossier.projects] == [
        ("Zilte Havens Kanaalzone", [[2]]), ("Groene Broedplaatsen", [[4]])]


@pytest.mark.parametrize("heads, theme, title", [
    # a word processor's Title, and its Subtitle in grey right under it
    ([(20, "Helvetica", 0, "Groene Teelt"), (15, "Helvetica", 0.45, "Bereikbaarheid")], "Bereikbaarheid", "Groene Teelt"),
    # the labels' own section, in their type
    ([(16, "Helvetica-Bold", 0, "Groene Teelt"), (10, "Helvetica-Bold", 0, "Projectgegevens")], "", "Groene Teelt"),
    # numbered as the parent of the labels' numbers, as a numbered document's title is
    ([(16, "Helvetica-Bold", 0, "2 Techniek als motor"), (13, "Helvetica-Bold", 0, "2.1 Groene Teelt")],
     "Techniek als motor", "Groene Teelt"),
    # a theme over its project: a heading in the labels' type it is not, nor a paler subtitle
    ([(18, "Helvetica-Bold", 0, "Techniek als motor"), (14, "Helvetica-Bold", 0, "Groene Teelt")],
     "Techniek als motor", "Groene Teelt"),
])
def test_the_larger_of_two_headings_over_a_single_projects_labels_is_its_title_unless_it_heads_a_theme(
        tmp_path, heads, theme, title):
    """A dossier of one project has no second round of labels to show which heading comes
    back. The heading under the larger one is the project's title, unless it is the subtitle
    (smaller, paler, right under it), or the section the labels stand in."""
    c, text = _canvas(path := tmp_path / "one.pdf")
    y = 60.0
    for size, font, grey, words in heads:
        c.setFillGray(grey)
        text(60, y, words, size, font)
        y += 1.6 * size
    c.setFillGray(0)
    number = heads[-1][3].split()[0] if heads[-1][3][0].isdigit() else None
    fields = (("Naam Project", "Groene Teelt in de regio"), ("Partijen", "Provincie en gemeenten."),
              ("Opgave", "De opgave van het project."), ("Resultaten", "Een kas die draait."))
    for n, (label, words) in enumerate(fields, 1):
        text(60, y + 10, f"{number}.{n} {label}" if number else label, 10, "Helvetica-Bold")
        text(200, y + 10, words)
        y += 24
    _one_row_table(text, y + 20)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert (project.theme, project.title) == (theme, title)


def _one_row_table(text, y: float) -> None:
    """A funding table of one row, its header at ``y``."""
    text(60, y, "Opgaven/Investeringen", 10, "Helvetica-Bold")
    for x, word in ((330, "Totaal"), (420, "Privaat"), (510, "Rijk")):
        text(x, y, word, right=True)
    for x, word in ((60, "Bouw"), (330, "1.000.000"), (420, "400.000"), (510, "600.000")):
        text(x, y + 16, word, right=x > 60)


def test_a_single_projects_numbered_sections_among_its_labels_are_no_title(tmp_path):
    """A subsidy portal's application: "Aanvraag 1: <title>" over numbered sections, each over
    its numbered fields ("1 Projectgegevens" over "1.1 Naam Project", "2 Projectinhoud" over
    "2.1 Opgave"). A heading whose type comes back among the project's own labels heads one of
    its sections: the heading over the first is the title."""
    c, text = _canvas(path := tmp_path / "portal.pdf")
    text(60, 60, "Aanvraag 1: Groene Teelt", 12, "Helvetica-Bold")
    y = 90.0
    for number, section, fields in ((1, "Projectgegevens", (("Naam Project", "Groene Teelt in de regio"),
                                                            ("Partijen", "Provincie en gemeenten."))),
                                    (2, "Projectinhoud", (("Opgave", "De opgave van het project."),
                                                          ("Resultaten", "Een kas die draait.")))):
        text(60, y, f"{number} {section}", 11, "Helvetica-Bold")
        for n, (label, words) in enumerate(fields, 1):
            text(60, y + 24 * n, f"{number}.{n} {label}", 10, "Helvetica-Bold")
            text(200, y + 24 * n, words)
        y += 24 * (len(fields) + 1)
    _one_row_table(text, y + 10)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert (project.theme, project.title) == ("", "Groene Teelt")


def test_a_single_projects_theme_badge_again_on_its_next_page_heads_no_section(tmp_path):
    """A dashboard's project: its theme in a small badge beside the title, white on a coloured
    pill, set again on the project's next page beside "(vervolg)". The badge again is no
    section of the project: it stays the theme."""
    c, text = _canvas(path := tmp_path / "badge.pdf")
    for page, (title, fields) in enumerate((("Groene Teelt", (("Naam Project", "Groene Teelt in de regio"),
                                                               ("Partijen", "Provincie en gemeenten."))),
                                            ("Groene Teelt (vervolg)", (("Opgave", "De opgave van het project."),
                                                                        ("Resultaten", "Een kas die draait."))))):
        text(60, 60, title, 16, "Helvetica-Bold")
        c.setFillColorRGB(0.1, 0.45, 0.75)
        c.roundRect(324, 842 - 68, 112, 13, 6, stroke=0, fill=1)
        c.setFillGray(1)
        text(330, 64, "Leefbaarheid en vitaliteit", 8, "Helvetica-Bold")
        c.setFillGray(0)
        for n, (label, words) in enumerate(fields):
            text(60, 100 + 40 * n, label.upper(), 7, "Helvetica-Bold")
            text(60, 114 + 40 * n, words, 9)
        if page:
            _one_row_table(text, 200)
        c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert (project.theme, project.title) == ("Leefbaarheid en vitaliteit", "Groene Teelt")


def test_a_bold_title_under_its_theme_in_the_same_colour_is_no_subtitle(tmp_path):
    """A factsheet sets each theme in 15 pt and the project's title under it in 13 pt bold,
    both in the house colour: the title is no paler than the theme, so no subtitle of it."""
    c, text = _canvas(path := tmp_path / "factsheets.pdf")
    for theme, title in (("Leefbaarheid en vitaliteit", "Groene Kernen"), ("Arbeidsmarkt en talent", "Slimme Zorg")):
        c.setFillColorRGB(0.1, 0.3, 0.6)
        text(60, 60, theme, 15)
        text(60, 84, title, 13, "Helvetica-Bold")
        c.setFillGray(0)
        for y, label, words in ((110, "Naam Project", title), (134, "Opgave", "De opgave van het project.")):
            text(60, y, label, 10, "Helvetica-Bold")
            text(200, y, words)
        text(60, 170, "Opgaven/Investeringen", 10, "Helvetica-Bold")
        for x, word in ((330, "Totaal"), (420, "Privaat"), (510, "Rijk")):
            text(x, 170, word, right=True)
        for x, word in ((60, "Bouw"), (330, "1.000.000"), (420, "400.000"), (510, "600.000")):
            text(x, 186, word, right=x > 60)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [(p.theme, p.title) for p in projects] == [("Leefbaarheid en vitaliteit", "Groene Kernen"),
                                                      ("Arbeidsmarkt en talent", "Slimme Zorg")]


def test_a_label_again_right_after_itself_starts_no_round_of_labels(tmp_path):
    """Projects found by their labels coming back: the first project's "Kosten en
    financiering" stands again over its table on the next page, the same field going on.
    The round that starts again is the second project's, at its "Projectnaam" (its money
    under a label of its own, over the table on the next page)."""
    bold = "Helvetica-Bold"
    rights = (330, 420, 510)

    def project(title, name, amounts, money_label, again):
        text = _round_of_labels(title, name, money_label)
        table = [*([(60, 60, money_label, 10.5, bold), (60, 77, "De tabel geeft de kosten per post.", 10.5)] if again else []),
                 (60, 100, "Opgaven", 9, bold), *(_set_right(x, 100, h, 9, bold) for x, h in zip(rights, ("Totaal", "Privaat", "Rijk"))),
                 (60, 117, "Fieldlab", 9), *(_set_right(x, 117, a, 9) for x, a in zip(rights, amounts)),
                 (60, 136, "Totaal", 9, bold), *(_set_right(x, 136, a, 9, bold) for x, a in zip(rights, amounts))]
        return [text, table]

    pages = [*project("Zilte Havens Kanaalzone", "De kennisinfrastructuur", ("1.850.000", "850.000", "1.000.000"),
                      "Kosten en financiering", again=True),
             *project("Groene Broedplaatsen", "Innovatieve oplossingen", ("950.000", "450.000", "500.000"),
                      "Financiële onderbouwing", again=False)]
    dossier = extract(draw(tmp_path / "again.pdf", pages), cross_check="none")
    assert [(p.title, [t.pages for t in p.tables]) for p in dossier.projects] == [
        ("Zilte Havens Kanaalzone", [[2]]), ("Groene Broedplaatsen", [[4]])]


def test_the_questions_of_a_one_project_form_are_its_labels(tmp_path):
    """An application form for one project asks each question once, so none comes back as a
    label does: questions set alike are its labels all the same, each with the answer under it."""
    c, text = _canvas(path := tmp_path / "form.pdf")
    text(60, 60, "Deel 1: Groene Teelt", 14, "Helvetica-Bold")
    y = 100.0
    answers = (("1. Wat is de naam van het project?", "Groene Teelt in de regio"),
               ("2. Welke partijen zijn bij het project betrokken?", "Provincie en gemeenten."),
               ("3. Wat is de opgave?", "Een kas die draait op restwarmte."),
               ("4. Hoe wordt het project gefinancierd?", "Zie de tabel hieronder."))
    for question, answer in answers:
        text(60, y, question, 10, "Helvetica-Bold")
        text(80, y + 16, answer)
        y += 44
    for x, word in ((330, "Totaal"), (420, "Privaat"), (510, "Rijk")):
        text(x, y, word, right=True)
    for x, word in ((60, "Bouw"), (330, "1.000.000"), (420, "400.000"), (510, "600.000")):
        text(x, y + 16, word, right=x > 60)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert project.title == "Groene Teelt"
    assert [(f.label, f.text) for f in project.fields][:3] == [(q[3:], a) for q, a in answers[:3]]


def test_two_projects_opening_level_on_the_two_pages_of_a_spread_are_both_found(tmp_path):
    """A booklet printed as spreads: the contents names a project on page 2 and one on page 3,
    and the sheet that holds both opens each at the same height, one on the left page and one
    on the right. The right page's heading comes after the left's, though level with it."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path := tmp_path / "spreads.pdf"), pagesize=(1190, 842))

    def text(x: float, y: float, words: str, size: float = 10, font: str = "Helvetica") -> None:
        c.setFont(font, size)
        c.drawString(x, 842 - y, words)

    text(70, 73, "Inhoud", 20, "Helvetica-Bold")
    for y, entry in ((112, "Groene Teelt"), (129, "Slimme Zorg")):
        text(70, y, entry, 10.5)
        text(500, y, "2" if entry == "Groene Teelt" else "3", 10.5)
    text(295, 793, "1", 9)
    c.showPage()
    for left, title, page in ((70, "Groene Teelt", "2"), (666, "Slimme Zorg", "3")):
        text(left, 88, title, 16, "Helvetica-Bold")
        for y, label, words in ((122, "Projectnaam", f"Project {title}"), (158, "Aanleiding", "De opgave van het project.")):
            text(left, y, label, 10, "Helvetica-Bold")
            text(left, y + 15, words)
        for x, word in ((left, "Opgaven"), (left + 250, "Totaal"), (left + 330, "Rijk")):
            text(x, 210, word, 9, "Helvetica-Bold")
        for x, word in ((left, "Bouw"), (left + 250, "100.000"), (left + 330, "60.000")):
            text(x, 226, word, 9)
        text(left + 225, 793, page, 9)
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [p.title for p in dossier.projects] == ["Groene Teelt", "Slimme Zorg"]


def test_the_only_label_a_project_shows_starts_each_round_under_each_title(tmp_path):
    """Where the one label read in each project is its "Naam Project" (the others wrapped in
    the label column past reading), the label comes back right after itself: under a new
    title, so in a new project, not the field going on."""
    bold = "Helvetica-Bold"
    rights = (330, 420, 510)

    def project(title, amounts):
        return [(60, 80, title, 16, bold), (60, 116, "Naam Project", 10.5, bold), (160, 116, f"Project {title}", 10.5),
                (160, 140, "Een regel tekst over de opgave van het project.", 10.5),
                (60, 180, "Opgaven", 9, bold), *(_set_right(x, 180, h, 9, bold) for x, h in zip(rights, ("Totaal", "Privaat", "Rijk"))),
                (60, 197, "Bouw", 9), *(_set_right(x, 197, a, 9) for x, a in zip(rights, amounts))]

    pages = [project("Groene Kernen", ("1.000.000", "400.000", "600.000")),
             project("Slimme Zorg", ("500.000", "200.000", "300.000"))]
    dossier = extract(draw(tmp_path / "one-label.pdf", pages), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [("Groene Kernen", [1]), ("Slimme Zorg", [2])]


def test_a_theme_in_the_texts_type_right_over_a_title_at_a_pages_top_is_the_projects(tmp_path):
    """Each project opens a page with its theme in plain type of the text's size, right over
    its bold title: the theme is the project's, and its page the project's first, not a last
    line of the project before. A list's last item run over to that page stays where it was."""
    bold = "Helvetica-Bold"
    pages = [_round_of_labels("Zilte Havens", "De kennisinfrastructuur", "Financiering"),
             [(80, 60, "• een fieldlab voor de regio;", 10.5), *_round_of_labels("Groene Teelt", "Innovatie", "Financiering")[1:]],
             _round_of_labels("Slimme Zorg", "Zorg op afstand", "Financiering")]
    for page, amounts in zip(pages, ("1.000.000", "2.000.000", "3.000.000")):
        page += [(60, 240, "Opgaven", 9, bold), _set_right(400, 240, "Totaal", 9, bold), (60, 256, "Bouw", 9),
                 _set_right(400, 256, amounts, 9)]
    dossier = extract(draw(tmp_path / "themes.pdf", pages), cross_check="none")
    assert [(p.theme, p.title, p.pages) for p in dossier.projects] == [
        ("Leefbaarheid en vitaliteit", "Zilte Havens", [1, 2]), ("Leefbaarheid en vitaliteit", "Groene Teelt", [2]),
        ("Leefbaarheid en vitaliteit", "Slimme Zorg", [3])]


def test_a_document_of_headings_and_prose_without_labels_has_no_project_and_no_error(tmp_path):
    """No label comes back, none stands at all: no round of labels, and nothing to fail on."""
    page = [(60, 60, "Een nota over de regio", 16, "Helvetica-Bold"), (60, 90, "Aanleiding en achtergrond", 12, "Helvetica-Bold"),
            (60, 110, "De regio werkt samen aan de brede welvaart van haar inwoners.", 10)]
    assert extract(draw(tmp_path / "prose.pdf", [page]), cross_check="none").projects == []


def test_a_single_applications_help_under_each_question_and_its_counter_are_no_answer(tmp_path):
    """A subsidy portal prints one application: under each question its help in smaller type,
    then the answer, then a counter of the answer's length. Asked once, no help repeats as it
    does over several applications; the type that opens every field's text is the help's."""
    c, text = _canvas(path := tmp_path / "application.pdf")
    text(60, 60, "Aanvraag 1: Groene Teelt", 14, "Helvetica-Bold")
    questions = (("Naam Project", "Geef de naam van het project. (max. 200 tekens)", "Groene Teelt in de regio,",
                  "een kas voor de hele streek."),
                 ("Partijen", "Noem de penvoerder en alle partijen. (max. 2.000 tekens)", "Provincie en gemeenten,",
                  "met de telers van de regio."),
                 ("Opgave", "Beschrijf de opgave van het project. (max. 3.000 tekens)", "De opgave van het project",
                  "is de teelt rond te maken."),
                 ("Resultaten", "Beschrijf de resultaten. (max. 3.000 tekens)", "Een kas die draait",
                  "en telers die er leren."))
    y = 100.0
    for label, help_text, *answer in questions:
        text(60, y, label, 10, "Helvetica-Bold")
        text(60, y + 13, help_text, 8)
        text(66, y + 30, answer[0], 10)
        text(66, y + 43, answer[1], 10)
        text(530, y + 57, f"{len(' '.join(answer))} / 3.000 tekens", 7, right=True)
        y += 78
    _one_row_table(text, y + 10)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [(label, " ".join(answer)) for label, _, *answer in questions]


def test_fields_in_boxes_side_by_side_are_no_label_column(tmp_path):
    """Slides: each project's first slide sets two fields side by side, their labels alone
    on one line ("Projectnaam" far left of "Betrokken partijen"), each text under its label.
    The second label stands where the first's text would start in a label column, but labels
    side by side head fields, not a column of labels beside their text."""
    c, text = _canvas(path := tmp_path / "slides.pdf")
    titles = ("Skills Twente", "Mineral Valley", "Vitale Kernen")
    for title in titles:
        text(40, 50, title, 18, font="Helvetica-Bold")
        text(40, 100, "Projectnaam", font="Helvetica-Bold")
        text(320, 100, "Betrokken partijen", font="Helvetica-Bold")
        text(40, 115, f"Programma {title}")
        text(320, 115, "Universiteit Twente, Saxion,")
        text(320, 128, "gemeente Enschede.")
        c.showPage()
        text(40, 50, f"{title} (vervolg)", 18, font="Helvetica-Bold")
        text(40, 100, "Opgave", font="Helvetica-Bold")
        text(40, 115, f"De opgave van {title} is de regio sterker te maken.")
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [p.title for p in projects] == list(titles)
    for title, project in zip(titles, projects):
        assert [(f.label, f.text) for f in project.fields] == [
            ("Projectnaam", f"Programma {title}"), ("Betrokken partijen", "Universiteit Twente, Saxion, gemeente Enschede."),
            ("Opgave", f"De opgave van {title} is de regio sterker te maken.")]


def _two_source_page(field: str, lead: str, label_head: str) -> list:
    """A project whose field ``field`` holds ``lead`` over a table of two sources and no
    total, its label column headed ``label_head``."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 130, "Opgave", 10), (180, 130, "De opgave.", 10), (60, 160, field, 10), (180, 160, lead, 10),
            (180, 180, label_head, 10, bold), _set_right(420, 180, "Onderw.", 10, bold),
            _set_right(520, 180, "Rijksbijdrage", 10, bold)]
    for k, (label, a, b) in enumerate((("Fieldlab", "500.000", "-"), ("Onderzoek", "250.000", "1.000.000"))):
        page += [(180, 198 + 16 * k, label, 10), _set_right(420, 198 + 16 * k, a, 10), _set_right(520, 198 + 16 * k, b, 10)]
    return page + [(60, 280, "Structureel karakter", 10), (180, 280, "Blijvend.", 10)]


@pytest.mark.parametrize("field, lead, label_head, funding", [
    ("Inzet", "Zo:", "Opgaven/Investeringen", True), ("Inzet", "Zo:", "Financieringsoverzicht", True),
    ("Inzet", "Zo:", "Projectbegroting", True), ("Inzet", "Tabel 2. Financieringsoverzicht", "Onderdeel", True),
    ("Kosten en financiering", "Zo:", "Onderdeel", True), ("Inzet", "Zo:", "Deelnemers", False)])
def test_two_sources_beside_cost_lines_named_so_make_a_funding_table(tmp_path, field, lead, label_head, funding):
    """Two sources and no total ("Onderw.", "Rijksbijdrage"): whether the table is a
    funding table is said by what names its lines, the table or the field it stands in, in a
    word or a compound ("Opgaven/Investeringen", "Tabel 2. Financieringsoverzicht",
    "Projectbegroting", "Kosten en financiering"), not by its columns alone."""
    (project,) = extract(draw(tmp_path / "two.pdf", [_two_source_page(field, lead, label_head)]), cross_check="none").projects
    (table,) = project.tables
    assert table.funding is funding
    assert [c.key for c in table.columns] == (["onderwijs", "rijk"] if funding else ["onderw", "rijksbijdrage"])
    assert [r.cells[1].raw for r in table.rows] == ["-", "1.000.000"]


def _justified(x0: float, x1: float, y: float, words: list[str], size: float = 10) -> list[tuple]:
    """A line of ``words`` set justified from x0 to x1: the gaps between them stretched alike."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = (x1 - x0 - sum(stringWidth(w, "Helvetica", size) for w in words)) / (len(words) - 1)
    placed, x = [], x0
    for word in words:
        placed.append((x, y, word, size))
        x += stringWidth(word, "Helvetica", size) + gap
    return placed


@pytest.mark.parametrize("placed", ["a paragraph's gap below", "close below in larger type", "at the next page's top",
                                    "justified in a narrower column"])
def test_a_paragraph_under_a_table_without_a_total_is_the_fields_text(tmp_path, placed):
    """A table in a field whose rows end without a total, then the field's text going on
    across the table's width, with amounts of its own: a paragraph's gap below, close below
    in other type, at the top of the next page, or justified in a column of text narrower
    than the table, as wide as its labels. The table ends at its last row; the sentence is
    the field's."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            (60, 115, "Opgave", 10), (180, 115, "De opgave.", 10), (60, 130, "Inzet", 10), (180, 130, "De kosten zijn:", 10),
            (180, 150, "Kostenpost", 10, bold)]
    page += [_set_right(right, 150, text, 10, bold) for right, text in ((320, "Totaal"), (420, "Privaat"), (520, "Rijk"))]
    rows = (("Huisvesting", "4.775.000", "4.375.000", "400.000"), ("Infrastructuur", "3.520.000", "20.000", "3.500.000"))
    for k, (label, *amounts) in enumerate(rows):
        page += [(180, 168 + 14 * k, label, 10),
                 *(_set_right(right, 168 + 14 * k, a, 10) for right, a in zip((320, 420, 520), amounts))]
    top, size = {"a paragraph's gap below": (215, 10), "close below in larger type": (203, 11.5),
                 "at the next page's top": (60, 10), "justified in a narrower column": (215, 10)}[placed]
    text = [(180, top, "Het bedrijfsleven investeert naar verwachting circa 1.200.000 euro. Aan", size),
            (180, top + 1.2 * size, "het Rijk wordt gevraagd € 6 mln. bij te dragen, zodat de regio sterker wordt.", size),
            (60, top + 45, "Structureel karakter", 10), (180, top + 45, "Blijvend.", 10)]
    if placed == "justified in a narrower column":
        lines = ("Het mkb investeert naar verwachting", "circa 1.200.000 euro in het", "programma. Aan het Rijk wordt")
        text = [*(w for k, line in enumerate(lines) for w in _justified(180, 380, top + 12 * k, line.split())),
                (180, top + 36, "gevraagd € 6 mln. bij te dragen.", 10), *text[2:]]
    pages = [page, text] if placed == "at the next page's top" else [page + text]
    (project,) = extract(draw(tmp_path / "after.pdf", pages), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Huisvesting", "Infrastructuur"]
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert "circa 1.200.000 euro" in project.field("Inzet").text


def test_labels_of_neighbouring_columns_a_word_space_apart_one_of_two_words(tmp_path):
    """Labels set flush right over their figures, so close that one line reads "publiek
    Rijksbijdrage Totale kosten" (a wrapped "Overig publiek", then two columns' labels, one
    of two words): each column takes the words over it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = "Helvetica-Bold"
    rights = [230, 300, 370]  # the next two a word space (2.5 pt at 9 pt) after the one before
    rights += [rights[-1] + 3 + stringWidth("Rijksbijdrage", bold, 9)]
    rights += [rights[-1] + 3 + stringWidth("Totale kosten", bold, 9)]
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            _set_right(370, 140, "Overig", 9, bold), (60, 151, "Begroting", 9, bold)]
    page += [_set_right(right, 151, text, 9, bold)
             for right, text in zip(rights, ("Privaat", "Provincie", "publiek", "Rijksbijdrage", "Totale kosten"))]
    rows = (("Projecten", "300.000", "3.900.000", "800.000", "75.000", "5.075.000"),
            ("Educatie", "28.000", "4.500.000", "-", "2.700.000", "7.228.000"))
    for k, (label, *amounts) in enumerate(rows):
        page += [(60, 166 + 13 * k, label, 9), *(_set_right(right, 166 + 13 * k, a, 9) for right, a in zip(rights, amounts))]
    (project,) = extract(draw(tmp_path / "close.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["privaat", "provincie", "overig_publiek", "rijk", "totaal"]
    assert [c.raw for c in table.rows[1].cells] == ["28.000", "4.500.000", "-", "2.700.000", "7.228.000"]


def test_a_group_over_its_one_member_beside_another_source(tmp_path):
    """ "Publieke partijen" over "Gemeente" alone, beside "Rijk", under a label column
    headed "Onderdeel": two sources, one under its group, make a funding table whose
    columns are the sources, not "Publieke partijen Gemeente"."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "De kosten:", 10),
            _set_right(420, 160, "Publieke partijen", 10, bold), (180, 172, "Onderdeel", 10, bold),
            _set_right(420, 172, "Gemeente", 10, bold), _set_right(520, 172, "Rijk", 10, bold),
            (180, 188, "Onderzoek", 10), _set_right(420, 188, "900.000", 10), _set_right(520, 188, "100.000", 10),
            (180, 202, "Pilot", 10), _set_right(420, 202, "50.000", 10), _set_right(520, 202, "-", 10)]
    (project,) = extract(draw(tmp_path / "one.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["gemeente", "rijk"] and table.funding
    assert table.columns[0].group == "publiek"


def test_a_line_leading_in_beside_a_fields_label_over_a_table_is_the_fields_text(tmp_path):
    """ "Inzet" beside "De kosten zijn:", set right over a table's header as a wrapped label
    cell would be: the line leads in to the table, so the field keeps it (and stays a field)."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "De kosten zijn:", 10), (180, 143, "Kostenpost", 10, bold)]
    page += [_set_right(right, 143, text, 10, bold) for right, text in ((320, "Totaal"), (420, "Privaat"), (520, "Rijk"))]
    for k, (label, *amounts) in enumerate((("Huisvesting", "4.775.000", "4.375.000", "400.000"),
                                           ("Totaal", "4.775.000", "4.375.000", "400.000"))):
        page += [(180, 160 + 14 * k, label, 10),
                 *(_set_right(right, 160 + 14 * k, a, 10) for right, a in zip((320, 420, 520), amounts))]
    (project,) = extract(draw(tmp_path / "lead.pdf", [page]), cross_check="none").projects
    assert project.field("Inzet").text == "De kosten zijn:"
    (table,) = project.tables
    assert table.label == "Kostenpost" and [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]


def _centred(centre: float, y: float, text: str, size: float = 9, font: str = "Helvetica-Bold") -> tuple:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return (centre - stringWidth(text, font, size) / 2, y, text, size, font)


def test_a_header_of_three_lines_its_one_line_labels_centred_between_the_others(tmp_path):
    """A header over two rows, its one-line labels centred between them ("Begroting",
    "Privaat", "Rijksbijdrage", "Totale kosten"), a group's name over its two members
    ("Publieke partijen" over "Provincie" and "Overig publiek"), the group's name across the
    cut between its members' columns. The table opens at the members' line; the lines over
    it are its header, and the group is one label over both."""
    bold = "Helvetica-Bold"
    rights = (257, 326, 410, 475, 540)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "De kosten en wie ze draagt staan in de tabel hieronder.", 10),
            _centred(348, 190, "Publieke partijen"), (66, 198, "Begroting", 9, bold)]
    page += [_set_right(rights[i], 198, text, 9, bold) for i, text in ((0, "Privaat"), (3, "Rijksbijdrage"), (4, "Totale kosten"))]
    page += [_set_right(rights[1], 207, "Provincie", 9, bold), _set_right(rights[2], 207, "Overig publiek", 9, bold)]
    rows = (("Projecten", "300.000", "3.900.000", "800.000", "75.000", "5.075.000"),
            ("Educatie", "28.000", "4.500.000", "-", "2.700.000", "7.228.000"))
    for k, (label, *amounts) in enumerate(rows):
        page += [(66, 225 + 14 * k, label, 9), *(_set_right(right, 225 + 14 * k, a, 9) for right, a in zip(rights, amounts))]
    dossier = extract(draw(tmp_path / "band.pdf", [page]), cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["privaat", "provincie", "overig_publiek", "rijk", "totaal"]
    assert [c.raw for c in table.rows[1].cells] == ["28.000", "4.500.000", "-", "2.700.000", "7.228.000"]
    (drawn,) = dossier.tables  # the page's table, read as drawn
    assert [c.label for c in drawn.columns] == ["Privaat", "Provincie", "Overig publiek", "Rijksbijdrage", "Totale kosten"]
    assert drawn.head_groups == [[("Publieke partijen", 1, 2)]]


def test_a_header_whose_cells_stand_at_four_heights_in_its_own_type_is_one_header(tmp_path):
    """LaTeX's booktabs with multirow cells: each header cell centred over the header's four
    lines ("Totale" over "kosten", "Onderdeel", "Privaat" and "Rijksbijdrage" each on a line
    of their own), the group "Publieke partijen" at the top, and only its members at the
    foot ("Gem.", "Prov.", "Publiek" under "Overig"), where three labels open the table. The
    lines over them, in the header's bold sans over a text in serif, are its header."""
    bold, serif = "Helvetica-Bold", "Times-Roman"
    rights = (277, 325, 370, 420, 447, 505)
    page = [(60, 60, "Thema | Een project", 14, bold), (74, 100, "Opgave", 10.9, bold),
            (160, 100, "De regio versterkt de samenwerking tussen onderwijs en", 10.9, serif),
            (160, 114, "bedrijven in de komende drie jaar.", 10.9, serif), (74, 140, "Financiering", 10.9, bold),
            (160, 140, "De regio draagt 750.000 euro bij aan het programma. Aan het", 10.9, serif),
            (160, 154, "Rijk wordt gevraagd 425.000 euro bij te dragen.", 10.9, serif),
            _centred(382, 186, "Publieke", 9, bold), _centred(382, 197, "partijen", 9, bold),
            _set_right(rights[0], 197, "Totale", 9, bold), (87, 202.3, "Onderdeel", 9, bold),
            _set_right(rights[1], 202.3, "Privaat", 9, bold), _set_right(rights[5], 202.3, "Rijksbijdrage", 9, bold),
            _set_right(rights[0], 208, "kosten", 9, bold), _set_right(rights[4], 213, "Overig", 9, bold),
            *(_set_right(right, 224, text, 9, bold) for right, text in zip(rights[2:5], ("Gem.", "Prov.", "Publiek")))]
    rows = (("Apparatuur fase 2", "3.854.000", "17.000", "12.000", "3.400.000", "-", "425.000"),
            ("Infrastructuur mkb", "3.900.000", "-", "3.900.000", "-", "-", "-"),
            ("TOTAAL", "7.754.000", "17.000", "3.912.000", "3.400.000", "-", "425.000"))
    for k, (label, *amounts) in enumerate(rows):
        page += [(87, 240 + 12 * k, label, 9, serif), *(_set_right(right, 240 + 12 * k, a, 9, serif)
                                                        for right, a in zip(rights, amounts))]
    (project,) = extract(draw(tmp_path / "booktabs.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["3.854.000", "17.000", "12.000", "3.400.000", "-", "425.000"]
    assert project.field("Financiering").text == ("De regio draagt 750.000 euro bij aan het programma. Aan het Rijk wordt "
                                                  "gevraagd 425.000 euro bij te dragen.")


def test_a_column_no_row_fills_beside_a_group_whose_members_stand_a_line_lower(tmp_path):
    """"Onderwijs" on the header's main line, no amount under it; "Publiek" over "Gem." and
    "Waterschap" a line lower. The header names six columns, the rows fill five: the one
    over no amount is a column of its own, not a line of the group's first member."""
    bold = "Helvetica-Bold"
    rights = (231, 294, 356, 410, 475, 540)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "Zie de tabel.", 10), _centred(427, 160, "Publiek"),
            (66, 168, "Investeringen", 9, bold)]
    page += [_set_right(rights[i], 168, text, 9, bold) for i, text in ((0, "Totaal"), (1, "Privaat"), (2, "Onderwijs"), (5, "Rijk"))]
    page += [_set_right(rights[3], 177, "Gem.", 9, bold), _set_right(rights[4], 177, "Waterschap", 9, bold)]
    for k, label in enumerate(("Communicatie", "Totaal")):
        amounts = dict(zip((0, 1, 3, 4, 5), ("20.950.000", "750.000", "8.000.000", "2.200.000", "10.000.000")))
        page += [(66, 195 + 14 * k, label, 9), *(_set_right(rights[i], 195 + 14 * k, a, 9) for i, a in amounts.items())]
    (project,) = extract(draw(tmp_path / "silent.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "onderwijs", "gemeente", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["20.950.000", "750.000", "", "8.000.000", "2.200.000", "10.000.000"]


def test_a_short_sentence_close_under_a_tables_total_in_other_type_is_the_fields_text(tmp_path):
    """A narrow table in small type closed by its total, then, as close below as its rows
    stand, a short sentence in the text's larger type with an amount in it: the sentence is
    the field's text going on, not a row of the table."""
    bold = "Helvetica-Bold"
    rights = (300, 380, 460)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "Zie de tabel.", 10), (180, 150, "Begroting", 6.6, bold)]
    page += [_set_right(right, 150, text, 6.6, bold) for right, text in zip(rights, ("Bedrijven", "Gem.", "Totaal (€)"))]
    for k, (label, *amounts) in enumerate((("Educatie", "0", "1,3 mln.", "1,3 mln."), ("Pilots", "3.700.000", "175.000", "3.875.000"),
                                           ("Totaal", "3.700.000", "1.475.000", "5.175.000"))):
        page += [(180, 162 + 11 * k, label, 6.6), *(_set_right(right, 162 + 11 * k, a, 6.6) for right, a in zip(rights, amounts))]
    page += [(180, 195, "Het bedrijfsleven investeert circa €6 mln.", 8), (60, 230, "Structureel karakter", 10),
             (180, 230, "Blijvend.", 10)]
    (project,) = extract(draw(tmp_path / "short.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Educatie", "Pilots", "Totaal"]
    assert "circa €6 mln." in project.field("Inzet").text


def _broken_head_table(y: float, rows: list[tuple[str, ...]]) -> list:
    """A table headed "Opgaven /" over "Investeringen" in its label column, the columns'
    labels between the two, its rows under it."""
    bold = "Helvetica-Bold"
    rights = (300, 400, 500)
    lines = [(70, y, "Opgaven /", 10, bold), (70, y + 12, "Investeringen", 10, bold)]
    # one-line labels centred in the header's height, between the head's two lines
    lines += [_set_right(right, y + 6, text, 10, bold) for right, text in zip(rights, ("Totaal EUR", "Privaat", "Rijk"))]
    for k, (label, *amounts) in enumerate(rows):
        lines += [(70, y + 30 + 14 * k, label, 10), *(_set_right(right, y + 30 + 14 * k, a, 10) for right, a in zip(rights, amounts))]
    return lines


def test_a_label_column_headed_over_two_lines_broken_at_its_stroke_over_a_page(tmp_path):
    """ "Opgaven /" over "Investeringen", the column labels centred between them, on each
    page the table goes on over: the first line is the head's, not the field "Opgave", and the
    header repeated on the next page joins the table's two parts."""
    first = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10, "Helvetica-Bold"),
             (60, 114, "Het project versterkt de regio.", 10), (60, 140, "Kosten en financiering", 10, "Helvetica-Bold"),
             (60, 154, "De regio draagt bij.", 10)]
    first += _broken_head_table(700, [("Monitoring", "1.375.000", "875.000", "500.000"),
                                      ("Onderzoek", "837.000", "800.000", "37.000")])
    second = _broken_head_table(60, [("Huisvesting", "3.190.000", "2.700.000", "490.000"),
                                     ("TOTAAL", "5.402.000", "4.375.000", "1.027.000")])
    second += [(60, 180, "Structurele borging", 10, "Helvetica-Bold"), (60, 194, "Blijvend.", 10)]
    (project,) = extract(draw(tmp_path / "broken.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Monitoring", "Onderzoek", "Huisvesting", "TOTAAL"]
    assert table.label == "Opgaven / Investeringen" and table.pages == [1, 2]
    assert [f.label for f in project.fields] == ["Opgave", "Kosten en financiering", "Structurele borging"]


def test_a_first_row_centred_in_its_height_under_a_label_column_headed_over_two_lines(tmp_path):
    """Every cell centred in its row's height: the first row's label wraps over four lines,
    its amounts level between the second and third, under a header whose label column is
    headed over two lines ("Opgaven /" over "Investeringen"). The label's first two lines
    are the row's, not the header's."""
    bold = "Helvetica-Bold"
    rights = (300, 400, 500)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10, bold), (60, 114, "Het project versterkt de regio.", 10),
            (60, 140, "Kosten en financiering", 10, bold), (60, 154, "De regio draagt bij.", 10),
            (70, 190, "Opgaven /", 10, bold), (70, 202, "Investeringen", 10, bold)]
    page += [_set_right(right, 196, text, 10, bold) for right, text in zip(rights, ("Totaal EUR", "Privaat", "Rijk"))]
    page += [(70, 217 + 12 * k, text, 10) for k, text in enumerate(("Pilot zorg en", "wonen in kleine", "kernen voor het", "mkb"))]
    page += [_set_right(right, 235, a, 10) for right, a in zip(rights, ("2,45 mln.", "1.250.000", "1,2 mln."))]
    page += [(70, 280, "Onderzoek", 10), *(_set_right(right, 280, a, 10) for right, a in zip(rights, ("1.320.000", "1.300.000", "20.000")))]
    page += [(60, 320, "Structurele borging", 10, bold), (60, 334, "Blijvend.", 10)]
    (project,) = extract(draw(tmp_path / "centred.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Pilot zorg en wonen in kleine kernen voor het mkb", "Onderzoek"]
    assert [c.raw for c in table.rows[0].cells] == ["2,45 mln.", "1.250.000", "1,2 mln."]


def test_labels_too_wide_for_their_columns_printed_into_one_another(tmp_path):
    """A header in columns narrower than their labels: "Waterschap" (drawn apart from the
    rest) and "Rijksbijdrage" overlap, "Privaat", "Onderwijs" and "Gemeente" run together
    into one word. Each column still takes the name over it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = "Helvetica-Bold"
    rights = (212, 262, 310, 360, 405, 455, 510)
    run_on = stringWidth("PrivaatOnderwijs", bold, 9)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "Zie de tabel.", 10), _centred(385, 160, "Publiek"),
            (70, 172, "Investeringen", 9, bold), _set_right(rights[0], 172, "Totaal", 9, bold),
            (261 - run_on / 2, 172, "PrivaatOnderwijs", 9, bold), (261 + run_on / 2, 172, "Gemeente", 9, bold),
            _centred(385, 172, "Prov."), (432 + stringWidth("Waterschap", bold, 9) / 2 - 2, 172, "Rijksbijdrage", 9, bold)]
    rows = (("Onderzoek", "2.009.000", "350.000", "9.000", "550.000", "100.000", "500.000", "500.000"),
            ("Pilot", "1.000.000", "-", "-", "200.000", "300.000", "-", "500.000"))
    for k, (label, *amounts) in enumerate(rows):
        page += [(70, 190 + 14 * k, label, 9), *(_set_right(right, 190 + 14 * k, a, 9) for right, a in zip(rights, amounts))]
    page.append(_centred(432, 172, "Waterschap"))  # drawn last, under "Rijksbijdrage"'s first 2 pt
    (project,) = extract(draw(tmp_path / "tight.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == list(rows[0][1:])


def test_a_label_shrunk_to_fit_its_column_past_the_texts_edge_heads_it(tmp_path):
    """A table wider than the text beside it, its last column's label shrunk to fit
    ("Rijksbijdrage" in 6 pt where the others are 8), standing past the text's right edge and
    far from the label before it: the figures under it make it the column's head, not a
    note in the margin."""
    bold = "Helvetica-Bold"
    rights = (240, 300, 360, 520)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Financiering", 10, bold)]
    page += [(60, 116 + 13 * k, "De regio draagt bij aan het programma en het bedrijfsleven ook.", 10) for k in range(4)]
    page += [(60, 182, "Kostenpost", 10, bold)]
    page += [_set_right(right, 182, text, 8, bold) for right, text in zip(rights[:3], ("Totaal", "Privaat", "Gemeente"))]
    page += [_set_right(rights[3], 182, "Rijksbijdrage", 6, bold)]
    for k, (label, *amounts) in enumerate((("Veldproeven", "6.350.000", "1.350.000", "-", "5.000.000"),
                                           ("Apparatuur", "1.150.000", "-", "1.150.000", "-"))):
        page += [(60, 200 + 16 * k, label, 10), *(_set_right(right, 200 + 16 * k, a, 10) for right, a in zip(rights, amounts))]
    page += [(60, 250, "Borging", 10, bold), (60, 266, "Het project loopt door.", 10)]
    (project,) = extract(draw(tmp_path / "shrunk.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]


def test_a_tables_header_over_every_projects_table_is_no_forms_help(tmp_path):
    """Three projects, each field "Financiering" opening with a sentence, then a table in
    narrow columns whose labels wrap over up to four lines in small bold type, the last
    column's "Bijdrage" / "Rijk" / "(Regio" / "Envelop)" over the rest, then its text: the
    table's top lines open every project's field in other type than its text, the same in
    each, as a form's help under its question does. Lines of a table the page draws are the
    table's header, not help."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    bold = "Helvetica-Bold"
    last = ("projectkosten", "Bedrijfsleven", "onderwijsinstellingen", "Gemeenten", "overheden", "Envelop)")
    rights, x = [], 250.0
    for text in last:  # columns as narrow as their labels, 4 pt apart
        x += 4 + stringWidth(text, bold, 6.5)
        rights.append(x)
    heads = [((5,), ("Bijdrage",)), ((5,), ("Rijk",)), ((0, 2, 4, 5), ("Totale", "Kennis- en", "Overige", "(Regio")),
             ((0, 1, 2, 3, 4, 5), last)]
    pages = []
    for title in ("Havens", "Campus", "Kernen"):
        page = [(60, 60, f"Thema | {title}", 14), (60, 100, "Opgave", 10, bold), (60, 114, "Het project versterkt de regio.", 10),
                (60, 140, "Financiering", 10, bold), (60, 154, "De regio draagt bij aan het programma.", 10),
                (60, 199, "Kostenpost", 6.5, bold)]
        page += [(60, 300 + 12 * k, "Het bedrijfsleven investeert naar verwachting ook in de komende jaren.", 10)
                 for k in range(12)]
        page += [_set_right(rights[i], 175 + 8 * k, text, 6.5, bold) for k, (cols, texts) in enumerate(heads)
                 for i, text in zip(cols, texts)]
        for k, (label, *amounts) in enumerate((("Veldproeven", "6.350.000", "1.350.000", "-", "-", "18.000", "4.982.000"),
                                               ("Apparatuur", "1.150.000", "-", "-", "1.150.000", "-", "-"))):
            page += [(60, 215 + 14 * k, label, 8), *(_set_right(right, 215 + 14 * k, a, 6.5) for right, a in zip(rights, amounts))]
        pages.append(page + [(60, 460, "Borging", 10, bold), (60, 474, "Het project loopt door.", 10)])
    projects = extract(draw(tmp_path / "three.pdf", pages), cross_check="none").projects
    assert [p.title for p in projects] == ["Havens", "Campus", "Kernen"]
    for project in projects:
        assert [c.key for c in project.tables[0].columns][-1] == "rijk"


def test_a_totals_label_wrapped_in_its_larger_type_stays_the_totals(tmp_path):
    """The total row set larger than the rows, its label wrapped ("Totaal" over "kosten"):
    the label's lower-case going on is the total's, not text after the table."""
    bold = "Helvetica-Bold"
    rights = (320, 420, 520)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10), (180, 100, "De opgave.", 10),
            (60, 130, "Inzet", 10), (180, 130, "Zie de tabel.", 10), (180, 150, "Kostenpost", 9, bold)]
    page += [_set_right(right, 150, text, 9, bold) for right, text in zip(rights, ("Totaal", "Privaat", "Rijk"))]
    for k, (label, *amounts) in enumerate((("Huisvesting", "4.775.000", "4.375.000", "400.000"),
                                           ("Onderzoek", "3.520.000", "20.000", "3.500.000"))):
        page += [(180, 166 + 13 * k, label, 9), *(_set_right(right, 166 + 13 * k, a, 9) for right, a in zip(rights, amounts))]
    page += [(180, 194, "Totaal", 11, bold), *(_set_right(right, 194, a, 11, bold) for right, a in
                                                zip(rights, ("8.295.000", "4.395.000", "3.900.000"))),
             (180, 206, "kosten", 11, bold), (60, 240, "Structureel karakter", 10), (180, 240, "Blijvend.", 10)]
    (project,) = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Huisvesting", "Onderzoek", "Totaal kosten"]


@pytest.mark.parametrize("heading", ["Structureel karakter", "Structureel karakter."])
def test_a_fields_label_set_apart_before_its_text_after_a_table_ends_it(tmp_path, heading):
    """Fields headed on lines of their own, then a table without a total, then a field whose
    label stands apart before its text on one line ("Structureel karakter   De samenwerking
    ..."), or run in, its full stop setting it apart: the label ends the table, though no
    label column was found to set it in, and opens its field."""
    bold = "Helvetica-Bold"
    rights = (300, 380, 460, 530)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10, bold), (60, 114, "Het project versterkt de regio.", 10),
            (60, 140, "Inzet en co-financiering", 10, bold), (60, 154, "De regio draagt bij.", 10), (64, 176, "Onderdeel", 9, bold)]
    page += [_set_right(right, 176, text, 9, bold) for right, text in zip(rights, ("Totaal", "Bedrijfsleven", "Gem.", "Rijk"))]
    for k, (label, *amounts) in enumerate((("Loonkosten", "11.700.000", "-", "7.500.000", "4.200.000"),
                                           ("Huisvesting", "2.033.000", "800.000", "1.200.000", "33.000"))):
        page += [(64, 192 + 14 * k, label, 9), *(_set_right(right, 192 + 14 * k, a, 9) for right, a in zip(rights, amounts))]
    page += [(60, 240, heading, 10, bold), (310, 240, "De samenwerking ontwikkelt de", 10),
             (310, 252, "kennisinfrastructuur van de regio.", 10)]
    (project,) = extract(draw(tmp_path / "apart.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Loonkosten", "Huisvesting"]
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]
    assert project.fields[-1].label == "Structureel karakter"
    assert project.fields[-1].text == "De samenwerking ontwikkelt de kennisinfrastructuur van de regio."


def test_a_header_repeated_over_a_tables_next_part_is_no_fields_label(tmp_path):
    """A table headed "Begroting" (a field's label too) beside its group "Publieke partijen"
    over its members, going on over a page under its header repeated: the repeated line is
    the header's, not the field "Begroting" opening after the table."""
    bold = "Helvetica-Bold"
    rights = (300, 380, 460, 530)

    def table(y: float, rows: list[tuple[str, ...]]) -> list:
        lines = [(64, y, "Begroting", 9, bold), _centred(420, y, "Publieke partijen")]
        lines += [_set_right(right, y + 12, text, 9, bold) for right, text in zip(rights, ("Totaal", "Gem.", "Prov.", "Rijk"))]
        for k, (label, *amounts) in enumerate(rows):
            lines += [(64, y + 28 + 14 * k, label, 9), *(_set_right(right, y + 28 + 14 * k, a, 9) for right, a in zip(rights, amounts))]
        return lines

    first = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10, bold), (60, 114, "Het project versterkt de regio.", 10),
             (60, 140, "Inzet en co-financiering", 10, bold), (60, 154, "De regio draagt bij.", 10),
             *table(730, [("Loonkosten", "11.700.000", "-", "7.500.000", "4.200.000")])]
    second = [*table(60, [("Huisvesting", "2.033.000", "800.000", "1.200.000", "33.000")]),
              (60, 140, "Structureel karakter", 10, bold), (60, 154, "Blijvend.", 10)]
    (project,) = extract(draw(tmp_path / "repeated.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Loonkosten", "Huisvesting"]


def _ruled_project(tmp_path, name: str, header: tuple[str, ...], xs: tuple[float, ...], ys: tuple[float, ...]):
    """A project whose one field opens a table in a full grid at 170 pt, its header bold at
    the grid's top; returns the canvas and its text function to set the body."""
    c, text = _canvas(tmp_path / name)
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Financiering", 12, font="Helvetica-Bold")
    text(72, 116, "De kosten staan in de tabel.", 11)
    _grid(c, 170, xs, ys)
    for x, label in zip(xs, header):
        text(x + 3, 182, label, 9, font="Helvetica-Bold")
    return c, text


def test_signs_over_their_amounts_in_a_ruled_row_go_with_them(tmp_path):
    """Cells too narrow for "€ 5.048.000" set the sign on the row's first line and the amount
    on its second, beside the middle of a label over three lines, a category's name in the
    column before it: one row, the signs the amounts', not a row of signs over a row of
    amounts."""
    xs = (72, 140, 250, 310, 370, 430)
    c, text = _ruled_project(tmp_path, "signs.pdf", ("Soort", "Opgaven", "Totaal", "Privaat", "Rijk"), xs,
                             (0, 18, 56, 80))
    text(75, 208, "Investering", 8, font="Helvetica-Oblique")
    for k, line in enumerate(("Loonkosten o.b.v.", "integraal uurtarief en de", "kanaalzone")):
        text(143, 198 + 10 * k, line, 8)
    for y, font in ((198, "Helvetica"), (236, "Helvetica-Bold")):
        for right, amount in zip(xs[3:], ("5.048.000", "425.000", "4.623.000")):
            text(right - 3, y, "€", 8, font=font, right=True)
            text(right - 3, y + 10, amount, 8, font=font, right=True)
    text(143, 236, "Totaal", 8, font="Helvetica-Bold")
    c.save()
    (table,) = extract(tmp_path / "signs.pdf", cross_check="none").projects[0].tables
    assert [c.key for c in table.columns] == ["soort", "totaal", "privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Loonkosten o.b.v. integraal uurtarief en de kanaalzone", ["Investering", "€ 5.048.000", "€ 425.000", "€ 4.623.000"]),
        ("Totaal", ["", "€ 5.048.000", "€ 425.000", "€ 4.623.000"])]



def test_cards_side_by_side_are_read_card_by_card_however_short_one_is(tmp_path):
    """Two framed cards on a landscape page, the second holding a few lines only: each card is
    a column of its own, though its text is too short to show a gutter (lines level with each
    other across the cards are no lines of one card)."""
    from reportlab.lib.pagesizes import A4, landscape

    c, _ = _canvas(path := tmp_path / "cards.pdf")
    c.setPageSize(landscape(A4))
    width, height = landscape(A4)

    def say(x: float, y: float, words: str, size: float = 9, font: str = "Helvetica") -> None:
        c.setFont(font, size)
        c.drawString(x, height - y, words)

    for x0 in (43, 432):
        c.rect(x0, height - 550, 367, 505)
    say(50, 70, "Thema | Eerste project", 14)
    say(439, 70, "Thema | Tweede project", 14)
    left = [("Naam Project", "Het eerste project"), ("Partijen", "Gemeente, provincie en bedrijven."),
            ("Opgave", "De regio wil meer werkgelegenheid en een sterker mkb in de komende jaren."),
            ("Structureel karakter", "Het project loopt na de bijdrage door met eigen middelen.")]
    right = [("Naam Project", "Het tweede project"), ("Partijen", "Onderwijsinstellingen en het Rijk.")]
    for x, fields in ((50, left), (439, right)):
        y = 100
        for label, words in fields:
            say(x, y, label, 9, "Helvetica-Bold")
            say(x, y + 12, words)
            y += 34
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [(p.title, [(f.label, f.text) for f in p.fields]) for p in projects] == [
        ("Eerste project", left), ("Tweede project", right)]


def test_a_budget_at_the_top_of_every_projects_second_page_keeps_its_header(tmp_path):
    """Each project's budget opens its second page, at the same place every time, under the
    same line of column labels: the line repeats as a running header does, but it heads the
    rows under it, so it is the table's header, not the page's."""
    rights = (300, 380, 460)
    pages = []
    for k, title in enumerate(("Eerste project", "Tweede project", "Derde project", "Vierde project")):
        pages.append([(60, 60, f"Techniek | {title}", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"),
                      (60, 112, title, 9), (60, 130, "Opgave", 9, "Helvetica-Bold"), (60, 142, "De regio zoekt talent.", 9)])
        amounts = (f"{k + 1}00.000", "40.000", f"{k + 1}60.000")
        pages.append([(60, 70, "Financiering", 9, "Helvetica-Bold"),
                      *(_set_right(x, 70, h, 9, "Helvetica-Bold") for x, h in zip(rights, ("Totaal", "Privaat", "Rijk"))),
                      (60, 85, "Bouw", 9), *(_set_right(x, 85, a) for x, a in zip(rights, amounts)),
                      (60, 100, "Totaal", 9), *(_set_right(x, 100, a) for x, a in zip(rights, amounts)),
                      (60, 130, "Resultaten", 9, "Helvetica-Bold"), (60, 142, "Meer vakmensen in de regio.", 9)])
    projects = extract(draw(tmp_path / "budgets.pdf", pages), cross_check="none").projects
    assert [p.title for p in projects] == ["Eerste project", "Tweede project", "Derde project", "Vierde project"]
    for k, project in enumerate(projects):
        (table,) = project.tables
        assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
        assert [c.raw for c in table.rows[0].cells] == [f"{k + 1}00.000", "40.000", f"{k + 1}60.000"]


def test_a_table_broken_from_one_card_into_the_next_under_the_title_going_on_is_one(tmp_path):
    """A card ends with a table's first rows; the card beside it opens with the project's
    title again, "(vervolg)", and the table's header and the rest of its rows: one table,
    the title over its second part no text of the project's between the two."""
    from reportlab.lib.pagesizes import A4, landscape

    c, _ = _canvas(path := tmp_path / "cards.pdf")
    c.setPageSize(landscape(A4))
    width, height = landscape(A4)

    def say(x: float, y: float, words: str, size: float = 9, font: str = "Helvetica", right: bool = False) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, height - y, words)

    def table(x0: float, top: float, rows: list[tuple[str, ...]]) -> None:
        for k, (label, *amounts) in enumerate([("Opgaven", "Totaal", "Privaat", "Rijk"), *rows]):
            say(x0, top + 14 * k, label, font="Helvetica-Bold" if k == 0 else "Helvetica")
            for right, text in zip((x0 + 200, x0 + 270, x0 + 340), amounts):
                say(right, top + 14 * k, text, font="Helvetica-Bold" if k == 0 else "Helvetica", right=True)

    for x0 in (43, 432):
        c.rect(x0, height - 550, 367, 505)
    say(50, 70, "Thema | Een project", 14)
    say(439, 70, "Een project (vervolg)", 14)
    for y, label, words in ((100, "Naam Project", "Een project"), (134, "Opgave", "De regio wil een sterker mkb."),
                            (168, "Inzet en co-financiering", "De kosten en wie ze draagt:")):
        say(50, y, label, font="Helvetica-Bold")
        say(50, y + 12, words)
    table(50, 440, [("Bouw", "100.000", "40.000", "60.000"), ("Inrichting", "50.000", "10.000", "40.000")])
    table(439, 100, [("Advies", "30.000", "-", "30.000"), ("Totaal", "180.000", "50.000", "130.000")])
    say(439, 160, "Structureel karakter", font="Helvetica-Bold")
    say(439, 172, "Het project loopt door met eigen middelen.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table_read,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table_read.rows] == [
        ("Bouw", ["100.000", "40.000", "60.000"]), ("Inrichting", ["50.000", "10.000", "40.000"]),
        ("Advies", ["30.000", "-", "30.000"]), ("Totaal", ["180.000", "50.000", "130.000"])]


def test_list_items_opening_every_page_at_one_place_are_text_not_a_running_header(tmp_path):
    """Each project's list goes on over its page, the next page opening with an item at the
    same place each time: the bullets repeat there as a header's part would, but the items
    differ, and they are the field's text."""
    items = ["Opzetten van leerwerkplaatsen", "Dorpshuizen en ontmoetingsplekken", "Communicatie met de partners"]
    pages = []
    for k, item in enumerate(items):
        title = f"Project {'ABC'[k]}"
        pages.append([(60, 60, f"Techniek | {title}", 14), (60, 100, "Naam Project", 9, "Helvetica-Bold"), (60, 112, title, 9),
                      (60, 130, "Resultaten", 9, "Helvetica-Bold"), (60, 140, f"{title} levert op:", 9)])
        pages.append([(60, 70, "•", 9), (72, 70, item, 9), (60, 84, "De regio zet dit voort met eigen middelen.", 9)])
    projects = extract(draw(tmp_path / "list.pdf", pages), cross_check="none").projects
    assert [p.title for p in projects] == ["Project A", "Project B", "Project C"]
    for project, item in zip(projects, items):
        assert item in project.field("Resultaten").text


def test_a_header_cells_second_line_naming_a_field_is_the_headers(tmp_path):
    """The header's cells wrapped, set at their top: "Totaal" over "EUR", "Publieke" over
    "partijen". The second line reads "EUR partijen", a field's label among its words, but
    it stands under the values' labels alone, none of it in the label column: the header's."""
    rights = (300, 380, 460, 540)
    bold = "Helvetica-Bold"
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Partijen", 9, bold), (60, 112, "Saxion en de provincie.", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (60, 150, "Onderdeel", 9, bold),
            *(_set_right(x, 150, h, 9, bold) for x, h in zip(rights, ("Totaal", "Bedrijven", "Publieke", "Rijk"))),
            (rights[0] - 26, 160, "EUR", 9, bold), (rights[2] - 34, 160, "partijen", 9, bold)]
    for k, (label, amounts) in enumerate((("Bouw", ("100.000", "40.000", "10.000", "50.000")),
                                          ("Totaal", ("100.000", "40.000", "10.000", "50.000")))):
        page += [(60, 178 + 14 * k, label, 9), *(_set_right(x, 178 + 14 * k, a) for x, a in zip(rights, amounts))]
    (project,) = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none").projects
    assert [f.label for f in project.fields] == ["Partijen", "Inzet en co-financiering"]
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal EUR", "Bedrijven", "Publieke partijen", "Rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["100.000", "40.000", "10.000", "50.000"]


def test_two_titles_level_with_each_other_in_two_columns_are_two_projects(tmp_path):
    """A gazette's page in two columns: the first project fills the first column and goes
    on at the top of the second; the next one's theme and title follow there, a few points
    lower than the first's stand in the first column. Heading lines close in height but in
    other columns are two headings, not one title wrapped."""
    bold = "Helvetica-Bold"
    text = ["De regio werkt samen met bedrijven en onderwijs", "aan een sterke economie in de komende jaren."]

    def field(x: float, y: float, label: str, lines: int = 2) -> list[tuple]:
        return [(x, y, label, 8.5, "Helvetica-Oblique"), *((x, y + 11 + 10.5 * k, text[k % 2], 8.5) for k in range(lines))]

    page = [(51, 80, "Bijlage bij de Regio Deal", 14), (51, 190, "Inhoud", 8.5, bold),
            (51, 203, "Zorg en welzijn Sterke Mobiliteit 1", 8.5), (51, 215, "Innovatie en economie Advanced Havens 1", 8.5),
            (51, 262, "ZORG EN WELZIJN", 6.8), (51, 276, "Sterke Mobiliteit", 10, bold)]
    y = 296
    for label in ("Naam Project", "Partijen", "Opgave", "Voorgestelde aanpak", "Resultaten"):
        page += field(51, y, label, 8)
        y += 11 + 10.5 * 8 + 8
    page += field(307, 190, "Structureel karakter", 4)
    page += [(307, 270, "INNOVATIE EN ECONOMIE", 6.8), (307, 284, "Advanced Havens", 10, bold)]
    y = 302
    for label in ("Naam Project", "Partijen", "Opgave"):
        page += field(307, y, label, 4)
        y += 11 + 10.5 * 4 + 8
    projects = extract(draw(tmp_path / "gazette.pdf", [page]), cross_check="none").projects
    assert [(p.title, [f.label for f in p.fields]) for p in projects] == [
        ("Sterke Mobiliteit", ["Naam Project", "Partijen", "Opgave", "Voorgestelde aanpak", "Resultaten", "Structureel karakter"]),
        ("Advanced Havens", ["Naam Project", "Partijen", "Opgave"])]


@pytest.mark.parametrize("text_at", [200, 194])
def test_text_close_under_a_tables_note_in_the_texts_larger_type_is_no_line_of_the_note(tmp_path, text_at):
    """A note in small type under a table's total, then the field's text goes on in its own
    larger type, as close under the note as the note's lines stand apart in the text's
    measure (or closer still, at the note's own leading): the text, not the note going on."""
    rights = (300, 380, 460)
    bold = "Helvetica-Bold"
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Inzet en co-financiering", 10, bold),
            (60, 114, "De kosten en wie ze draagt:", 10), (60, 140, "Opgaven", 8, bold),
            *(_set_right(x, 140, h, 8, bold) for x, h in zip(rights, ("Totaal", "Privaat", "Rijk"))),
            (60, 155, "Bouw", 8), *(_set_right(x, 155, a, 8) for x, a in zip(rights, ("100.000", "40.000*", "60.000"))),
            (60, 170, "Totaal", 8, bold), *(_set_right(x, 170, a, 8, bold) for x, a in zip(rights, ("100.000", "40.000", "60.000"))),
            (60, 183, "* Het bedrijfsleven investeert naar verwachting meer.", 7),
            (60, text_at, "Het innovatiecentrum bundelt de leefbaarheid van kleine kernen.", 10)]
    (project,) = extract(draw(tmp_path / "note.pdf", [page]), cross_check="none").projects
    assert project.field("Inzet en co-financiering").text.endswith("Het innovatiecentrum bundelt de leefbaarheid van kleine kernen.")
    (table,) = project.tables
    assert [n.text for n in table.footnotes] == ["Het bedrijfsleven investeert naar verwachting meer."]


def test_justified_lines_of_four_words_in_a_narrow_column_are_no_table(tmp_path):
    """A narrow column set justified stretches a line of four words across it, three gaps
    alike; line after line such gaps happen to stand over one another. Prose, not a table's
    columns: the field keeps its text and the project its one table."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def justified(y: float, words: list[str], left: float = 51, right: float = 286) -> list[tuple]:
        gap = (right - left - sum(stringWidth(w, "Helvetica", 9.5) for w in words)) / (len(words) - 1)
        runs, x = [], left
        for word in words:
            runs.append((x, y, word, 9.5))
            x += stringWidth(word, "Helvetica", 9.5) + gap
        return runs

    page = [(51, 60, "Techniek | Een project", 15), (51, 100, "Resultaten", 9.5, "Helvetica-Bold")]
    page += justified(114, ["Het", "consortium", "bundelt", "kennis"])
    page += justified(127, ["van", "Oost-Nederland", "door", "gerichte"]) + [(51, 140, "investeringen.", 9.5)]
    page += [(53, 153, "•", 9.5)] + justified(153, ["een", "fieldlab", "voor", "duurzame"], 64) + [(64, 166, "energie.", 9.5)]
    page += [(53, 179, "•", 9.5)] + justified(179, ["circulaire", "ketens", "in", "gebruik"], 64) + [(64, 192, "genomen;", 9.5)]
    page += [(53, 205, "•", 9.5)] + justified(205, ["proeftuinen", "voor", "nieuwe", "technologie"], 64)
    page += [(51, 230, "Inzet en co-financiering", 9.5, "Helvetica-Bold"), (51, 250, "Begroting", 8, "Helvetica-Bold")]
    page += [_set_right(x, 250, h, 8, "Helvetica-Bold") for x, h in ((170, "Totaal"), (230, "Privaat"), (286, "Rijk"))]
    page += [(51, 263, "Educatie", 8), *(_set_right(x, 263, a, 8) for x, a in ((170, "1.500.000"), (230, "500.000"), (286, "1.000.000")))]
    (project,) = extract(draw(tmp_path / "narrow.pdf", [page]), cross_check="none").projects
    assert project.field("Resultaten").text.startswith("Het consortium bundelt kennis van Oost-Nederland door gerichte investeringen.")
    (table,) = project.tables
    assert [c.raw for c in table.rows[0].cells] == ["1.500.000", "500.000", "1.000.000"]


def test_a_groups_name_over_the_header_repeated_on_the_next_page_is_no_row(tmp_path):
    """A table goes on over the page under its header printed again, the group's name
    "Publiek" over it. On the first page that name shares its line with the field's label
    beside the table ("Inzet en"), so the header there was read without it: on the next
    page it is still the repeated header's, not a row of the first part."""
    bold = "Helvetica-Bold"
    rights = (300, 370, 440, 510)

    def rows(top: float, items: list[tuple[str, tuple[str, ...]]]) -> list[tuple]:
        return [run for k, (label, amounts) in enumerate(items)
                for run in [(180, top + 15 * k, label, 9), *(_set_right(x, top + 15 * k, a) for x, a in zip(rights, amounts))]]

    def header(top: float) -> list[tuple]:
        return [(405, top, "Publiek", 9, bold), (180, top + 13, "Begroting", 9, bold),
                *(_set_right(x, top + 13, h, 9, bold) for x, h in zip(rights, ("Privaat", "Gemeente", "Provincie", "Rijk")))]

    first = [(60, 60, "Techniek | Een project", 14), (60, 100, "Opgave", 9, bold), (180, 100, "De regio zoekt talent.", 9),
             (60, 700, "Inzet en", 9, bold), (60, 707, "co-financiering", 9, bold), *header(700),
             *rows(729, [("Bouw", ("100.000", "10.000", "20.000", "70.000")), ("Advies", ("50.000", "-", "-", "50.000"))])]
    second = [*header(60), *rows(89, [("Inrichting", ("30.000", "5.000", "5.000", "20.000")),
                                       ("Totaal", ("180.000", "15.000", "25.000", "140.000"))])]
    (project,) = extract(draw(tmp_path / "over.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Bouw", "Advies", "Inrichting", "Totaal"]


def test_a_fields_label_beside_the_upper_line_of_a_tables_header_stays_the_fields(tmp_path):
    """A form's label column: "Inzet en co-financiering" on the baseline of the table's
    upper header cells ("Publiek" over two columns, "Bijdrage" over "Rijk"), the header's
    main line under it. The label is the field's (its text the table), not the header's."""
    bold = "Helvetica-Bold"
    rights = (300, 370, 440, 510)
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Opgave", 9, bold), (180, 100, "De regio zoekt talent.", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (390, 130, "Publiek", 8, bold), _set_right(510, 130, "Bijdrage", 8, bold),
            (180, 141, "Kostenpost", 8, bold),
            *(_set_right(x, 141, h, 8, bold) for x, h in zip(rights, ("Totaal", "Gemeente", "Provincie", "Rijk")))]
    for k, (label, amounts) in enumerate((("Bouw", ("100.000", "10.000", "20.000", "70.000")),
                                          ("Totaal", ("100.000", "10.000", "20.000", "70.000")))):
        page += [(180, 156 + 14 * k, label, 8), *(_set_right(x, 156 + 14 * k, a, 8) for x, a in zip(rights, amounts))]
    page += [(60, 200, "Structureel karakter", 9, bold), (180, 200, "Het project loopt door.", 9)]
    (project,) = extract(draw(tmp_path / "form.pdf", [page]), cross_check="none").projects
    assert [f.label for f in project.fields] == ["Opgave", "Inzet en co-financiering", "Structureel karakter"]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "gemeente", "provincie", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["100.000", "10.000", "20.000", "70.000"]


def test_a_header_cell_set_higher_over_the_row_labels_head_on_the_headers_lower_line(tmp_path):
    """A table shrunk into a text column: the labels of the sources wrapped, their first lines
    on the header's upper line, which opens the table; the row labels' head ("Kostenpost") on
    the lower line, left of where the upper one starts, and "Totale" over "kosten" set higher
    than both. "Totale" stands over a column of values, not beside the row labels: the
    header's, not a line of the field above."""
    rights = (200, 250, 300, 350, 400, 450)
    bold = "Helvetica-Bold"
    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De regio draagt bij aan het programma van de regionale deal.", 9),
            _set_right(rights[0], 160, "Totale", 7, bold),
            *(_set_right(x, 166, h, 5, bold) for x, h in zip(rights[2:], ("Onderwij", "Gemeente", "Provinci", "Rijksbijdrag"))),
            (60, 170, "Kostenpost", 7, bold), _set_right(rights[0], 170, "kosten", 7, bold),
            *(_set_right(x, 170, h, 5, bold) for x, h in zip(rights[1:], ("Privaat", "s", "n", "e", "e")))]
    for k, (label, amounts) in enumerate((("Onderzoek", ("100.000", "10.000", "20.000", "30.000", "15.000", "25.000")),
                                          ("Evaluatie", ("50.000", "5.000", "-", "20.000", "10.000", "15.000")))):
        page += [(60, 182 + 10 * k, label, 7), *(_set_right(x, 182 + 10 * k, a, 7) for x, a in zip(rights, amounts))]
    (project,) = extract(draw(tmp_path / "higher.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert table.columns[0].label == "Totale kosten"
    assert [c.raw for r in table.rows for c in r.cells][:6] == ["100.000", "10.000", "20.000", "30.000", "15.000", "25.000"]
    assert project.fields[-1].text == "De regio draagt bij aan het programma van de regionale deal."


def test_a_note_opening_the_next_page_that_names_two_sources_is_the_tables_note(tmp_path):
    """A table ends at its page's foot, one amount marked; its note, moved to the top of
    the next page, names the province and the municipality in one sentence. That is the
    table's note, not the header of its other columns (those stand apart as cells)."""
    rights = (260, 330, 400)
    bold = "Helvetica-Bold"

    def row(y, label, *cells, font="Helvetica"):
        return [(60, y, label, 9, font), *(_set_right(x, y, a, 9, font) for x, a in zip(rights, cells))]

    first = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten zijn als volgt verdeeld.", 9),
             *row(772, "Kostenpost", "Totaal", "Provincie", "Rijk", font=bold),
             *row(786, "Onderzoek", "100.000", "40.000*", "60.000"), *row(800, "Evaluatie", "50.000", "10.000", "40.000"),
             *row(814, "Totaal", "150.000", "50.000", "100.000", font=bold)]
    second = [(60, 48, "* De bijdrage van de provincie is onder voorbehoud, net als die van de gemeente.", 7),
              (60, 80, "Structureel karakter", 9, bold), (60, 92, "Het project gaat door na de bijdrage.", 9)]
    (project,) = extract(draw(tmp_path / "note.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Onderzoek", "Evaluatie", "Totaal"]
    assert [n.text for n in table.footnotes] == ["De bijdrage van de provincie is onder voorbehoud, net als die van de gemeente."]
    assert project.field("Structureel").text == "Het project gaat door na de bijdrage."


def test_a_tables_upper_header_line_on_the_next_page_in_the_words_of_the_table_before_opens_its_own(tmp_path):
    """A table ends its page with a total; the next opens the next page under a header of
    two lines whose upper one ("Totaal  Overig", over "EUR" and "Publiek") uses only words
    of the table before's header. It is the new table's, not that header printed again."""
    rights = (260, 320, 380, 440, 500)
    bold = "Helvetica-Bold"

    def row(y, label, *cells, font="Helvetica"):
        return [(60, y, label, 9, font), *(_set_right(x, y, a, 9, font) for x, a in zip(rights, cells))]

    first = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
             (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten zijn als volgt verdeeld.", 9),
             _set_right(380, 166, "Overig", 9, bold), *row(178, "Opgaven", "Totaal", "Privaat", "Publiek", "Rijk", font=bold),
             *row(192, "Bouw", "100.000", "40.000", "20.000", "40.000"),
             *row(206, "Totaal", "100.000", "40.000", "20.000", "40.000", font=bold)]
    second = [*row(60, "", "Totaal", "", "", "Overig", font=bold)[1:],
              *row(72, "Kostenpost", "EUR", "Privaat", "Onderwijs", "Publiek", font=bold),
              *row(86, "Onderzoek", "90.000", "30.000", "20.000", "40.000"),
              *row(100, "Totaal", "90.000", "30.000", "20.000", "40.000", font=bold),
              (60, 130, "Structureel karakter", 9, bold), (60, 142, "Het project gaat door.", 9)]
    (project,) = extract(draw(tmp_path / "upper.pdf", [first, second]), cross_check="none").projects
    assert [[c.key for c in t.columns] for t in project.tables] == [
        ["totaal", "privaat", "overig_publiek", "rijk"], ["totaal", "privaat", "onderwijs", "overig_publiek"]]
    assert [r.label for r in project.tables[1].rows] == ["Onderzoek", "Totaal"]


def test_a_tables_other_columns_under_its_label_that_says_it_goes_on_join_it(tmp_path):
    """A table too wide for its column, set in two parts one under the other: the second under
    "Opgaven (vervolg)" and only two labels, packed close, the table's other columns."""
    bold = "Helvetica-Bold"

    def row(y, label, cells, font="Helvetica"):
        return [(60, y, label, 9, font), *(_set_right(x, y, a, 9, font) for x, a in cells)]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 9, bold), (60, 112, "Een project", 9),
            (60, 130, "Inzet en co-financiering", 9, bold), (60, 142, "De kosten zijn als volgt verdeeld.", 9),
            *row(166, "Opgaven", [(300, "Totaal"), (380, "Privaat")], font=bold),
            *row(180, "Bouw", [(300, "100.000"), (380, "40.000")]),
            *row(194, "Onderzoek", [(300, "10.000"), (380, "-")]),
            *row(222, "Opgaven (vervolg)", [(292, "Gem."), (345, "Rijksbijdrage")], font=bold),
            *row(236, "Bouw", [(292, "20.000"), (345, "40.000")]),
            *row(250, "Onderzoek", [(292, "-"), (345, "10.000")]),
            (60, 280, "Structureel karakter", 9, bold), (60, 292, "Het project gaat door.", 9)]
    (project,) = extract(draw(tmp_path / "parts.pdf", [page]), cross_check="none").projects
    assert [[c.key for c in t.columns] for t in project.tables] == [["totaal", "privaat", "gemeente", "rijk"]]
    assert [[c.raw for c in r.cells] for r in project.tables[0].rows] == [
        ["100.000", "40.000", "20.000", "40.000"], ["10.000", "-", "-", "10.000"]]


def test_a_box_of_key_figures_beside_the_title_names_no_project(tmp_path):
    """A project's first page sets its key figures in a box beside the title: a caption in
    bold and the amount in large type under it ("Gevraagde bijdrage Rijk" over "2,15 mln.").
    Neither is the project's title."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Sterke Teelt Twente", 16, bold),
            (330, 86, "Kerngegevens", 11, bold), (330, 102, "Totale investering", 9), (330, 118, "9.342.000", 14),
            (330, 136, "Gevraagde bijdrage Rijk", 9), (330, 152, "2,15 mln.", 14),
            (60, 190, "Naam Project", 11, bold), (60, 204, "Startende ondernemers", 10),
            (60, 224, "Partijen", 11, bold), (60, 238, "Gemeente Enschede en Novel-T.", 10),
            (60, 258, "Opgave", 11, bold), (60, 272, "Het project richt zich op de samenwerking.", 10),
            (60, 292, "Structureel karakter", 11, bold), (60, 306, "Het project gaat door.", 10)]
    dossier = extract(draw(tmp_path / "figures.pdf", [page]), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Sterke Teelt Twente"]
    assert dossier.projects[0].field("Opgave").text == "Het project richt zich op de samenwerking."


def test_a_fold_out_budget_named_after_its_project_is_that_projects_page(tmp_path):
    """A project's budget printed on a fold-out sheet under "Uitvouwblad – <title>" and its
    field's label again; the next project opens after it. Both projects are read, the budget
    is the first's and the field keeps the text its label had on the project's page."""
    bold = "Helvetica-Bold"
    rights = (300, 380, 460)

    def row(y, label, *cells, font="Helvetica"):
        return [(60, y, label, 10, font), *(_set_right(x, y, a, 10, font) for x, a in zip(rights, cells))]

    def project(title):
        return [(60, 60, title, 16, bold), (60, 100, "Naam Project", 11, bold), (60, 114, "Een project", 10),
                (60, 140, "Kosten en financiering", 11, bold), (60, 154, "De regio draagt de helft bij.", 10),
                (60, 180, "Structureel karakter", 11, bold), (60, 194, "Het project gaat door.", 10)]

    fold_out = [(60, 40, "Uitvouwblad – Slimme Talentontwikkeling", 14, bold), (60, 90, "Kosten en financiering", 12, bold),
                *row(130, "Opgaven", "Totaal", "Privaat", "Rijk", font=bold), *row(146, "Bouw", "100.000", "50.000", "50.000"),
                *row(162, "Totaal", "100.000", "50.000", "50.000", font=bold)]
    dossier = extract(draw(tmp_path / "fold.pdf", [project("Slimme Talentontwikkeling"), fold_out,
                                                   project("Circulaire Transformatie")]), cross_check="none")
    assert [(p.title, p.pages, len(p.tables)) for p in dossier.projects] == [
        ("Slimme Talentontwikkeling", [1, 2], 1), ("Circulaire Transformatie", [3], 0)]
    assert [f.text for f in dossier.projects[0].fields if f.label == "Kosten en financiering"] == [
        "De regio draagt de helft bij."]


def test_the_row_labels_head_on_a_line_of_its_own_over_the_header_is_no_text_of_the_field(tmp_path):
    """The table's own label ("Financieringsoverzicht") on a line of its own at the rows' left,
    over a header whose first cell ("Totale kosten") stands further right: the table's, not
    a line of the field's text."""
    bold = "Helvetica-Bold"
    rights = (330, 420, 500)

    def row(y, label, *cells, font="Helvetica"):
        return [(60, y, label, 9, font), *(_set_right(x, y, a, 9, font) for x, a in zip(rights, cells))]

    page = [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 10, bold), (60, 114, "Een project", 9.5),
            (60, 140, "Inzet en co-financiering", 10, bold), (60, 154, "Het bedrijfsleven draagt bij.", 9.5),
            (60, 176, "Financieringsoverzicht", 9), *row(194, "", "Totale kosten", "Bedrijven", "Rijk", font=bold)[1:],
            *row(210, "Fieldlab", "5.000", "5.000", "-"), *row(224, "Totaal", "5.000", "5.000", "-", font=bold),
            (60, 250, "Structureel karakter", 10, bold), (60, 264, "Het project gaat door.", 9.5)]
    (project,) = extract(draw(tmp_path / "corner.pdf", [page]), cross_check="none").projects
    assert project.field("Inzet en co-financiering").text == "Het bedrijfsleven draagt bij."
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [r.label for r in table.rows] == ["Fieldlab", "Totaal"]


def _budget_page(header: list[tuple], rows: list[tuple]) -> list[tuple]:
    """A project's page whose field "Inzet en co-financiering" holds a table: its header's
    lines and its rows as runs of text."""
    bold = "Helvetica-Bold"
    return [(60, 60, "Techniek | Een project", 14), (60, 100, "Naam Project", 10, bold), (60, 114, "Een project", 9.5),
            (60, 140, "Inzet en co-financiering", 10, bold), (60, 154, "Het bedrijfsleven draagt bij.", 9.5),
            *header, *rows, (60, 250, "Structureel karakter", 10, bold), (60, 264, "Het project gaat door.", 9.5)]


def test_a_label_wider_than_its_column_of_dashes_keeps_its_column_in_a_tight_header(tmp_path):
    """Labels packed tight ("Publiek" and "Rijksbijdrage" 3 points apart), the last column a
    dash in every row set right under "Rijksbijdrage", set right too: the cells do not show
    how they are aligned, and the middle of the gap between "0,55 mln." and the dashes runs
    through "Rijksbijdrage". The column is the label's, left of it the one before ends."""
    bold = "Helvetica-Bold"
    rights = (160, 200, 240, 275, 323)
    heads = ("Bedrijfsleven", "Onderw.", "Provincie", "Publiek", "Rijksbijdrage")

    def row(y, label, *cells, font="Helvetica"):
        return [(60, y, label, 7, font), *(_set_right(x, y, a, 7, font) for x, a in zip(rights, cells))]

    header = [_set_right(275, 174, "Overig", 7, bold), *row(184, "Onderdeel", *heads, font=bold)]
    rows = [*row(198, "Veldproeven", "17.000", "0,31 mln.", "4 mln.", "0,55 mln.", "-"),
            *row(210, "Totaal", "17.000", "0,31 mln.", "4 mln.", "0,55 mln.", "-", font=bold)]
    (project,) = extract(draw(tmp_path / "tight.pdf", [_budget_page(header, rows)]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["privaat", "onderwijs", "provincie", "overig_publiek", "rijk"]
    assert [c.raw for c in table.rows[0].cells] == ["17.000", "0,31 mln.", "4 mln.", "0,55 mln.", "-"]


def test_a_silent_column_between_labels_packed_tight_is_a_column(tmp_path):
    """Nobody pays "Rijk": its label stands over no cell, less than an em from its
    neighbours ("Prov.  Rijk  Totale kosten"). A known label alone is a column's, however
    tight the header is packed."""
    bold = "Helvetica-Bold"
    from reportlab.pdfbase.pdfmetrics import stringWidth

    prov_end = 300
    rijk = prov_end + 7
    header = [(250, 172, "Publiek", 8.5, bold), _set_right(prov_end, 184, "Prov.", 8.5, bold),
              (rijk, 184, "Rijk", 8.5, bold), _set_right(500, 184, "Totale kosten", 8.5, bold)]
    assert rijk + stringWidth("Rijk", bold, 8.5) < 500 - stringWidth("Totale kosten", bold, 8.5)
    rows = [(60, 198, "Opleidingen", 9), _set_right(prov_end, 198, "150.000", 9), _set_right(500, 198, "150.000", 9),
            (60, 212, "Totaal", 9, bold), _set_right(prov_end, 212, "150.000", 9, bold),
            _set_right(500, 212, "150.000", 9, bold)]
    (project,) = extract(draw(tmp_path / "silent.pdf", [_budget_page(header, rows)]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["provincie", "rijk", "totaal"]
    assert [c.raw for c in table.rows[0].cells] == ["150.000", "", "150.000"]


def test_a_two_word_label_over_a_columns_amounts_and_shares_heads_both(tmp_path):
    """Each source's amount and its share of the total, "€" and "%" under its label: "Totale
    kosten" is one label over its two columns, set over the first column's amounts although
    the row labels' column ends far to their left."""
    bold = "Helvetica-Bold"
    pairs = ((365, 390), (440, 465), (515, 540))
    header = [(480, 160, "Publiek", 8, bold), (330, 172, "Totale kosten", 8, bold), (410, 172, "Bedrijven", 8, bold),
              (482, 172, "Gemeente", 8, bold), (60, 184, "Kostenpost", 8, bold),
              *(_set_right(x, 184, unit, 8, bold) for pair in pairs for x, unit in zip(pair, ("€", "%")))]
    rows = [(60, 198, "TOTAAL", 8, bold),
            *(_set_right(x, 198, a, 8) for x, a in zip((365, 440, 515), ("5.600.000", "5.200.000", "400.000"))),
            (60, 212, "Aandeel in totaal", 8),
            *(_set_right(x, 212, a, 8) for x, a in zip((390, 465, 540), ("100%", "93%", "7%")))]
    (project,) = extract(draw(tmp_path / "shares.pdf", [_budget_page(header, rows)]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "totaal_aandeel", "privaat", "privaat_aandeel",
                                              "gemeente", "gemeente_aandeel"]
    assert [c.raw for c in table.rows[0].cells] == ["5.600.000", "", "5.200.000", "", "400.000", ""]


def _wrapped(text: str, width: float, size: float = 9, font: str = "Helvetica") -> list[str]:
    """The text broken into lines no wider than ``width``, as a word processor breaks them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = [""]
    for word in text.split():
        tried = f"{lines[-1]} {word}".strip()
        if stringWidth(tried, font, size) <= width or not lines[-1]:
            lines[-1] = tried
        else:
            lines.append(word)
    return lines


def test_a_panel_of_tables_beside_the_text_is_read_after_it_and_the_text_goes_on_after_the_panel(tmp_path):
    """A landscape page in halves: the fields' text in the left half, and in the right a panel
    of the budget, its heading, its table and no running text; lines of the two halves share
    baselines. No line of running text stands beside another, so no gutter shows; the panel
    is a column all the same (its rows take no prose from beside them), and the text it stands
    beside goes on at the top of the next page, after the panel's heading."""
    from reportlab.lib.pagesizes import A4, landscape

    c, _ = _canvas(path := tmp_path / "halves.pdf")
    c.setPageSize(landscape(A4))
    width, height = landscape(A4)
    bold = "Helvetica-Bold"

    def say(x: float, y: float, words: str, size: float = 9, font: str = "Helvetica", right: bool = False) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, height - y, words)

    sentence = ("De regio versterkt de samenwerking tussen onderwijs en bedrijfsleven, zodat werkgevers het "
                "personeel vinden dat zij nodig hebben en jongeren in de regio blijven wonen en werken. ")
    opgave = _wrapped(sentence * 5, 430)
    looptijd = "Het programma loopt vier jaar en begint in het voorjaar met de eerste"
    going_on = "leerwerkplaatsen in de kernen."
    say(43, 40, "Regionale Zorg", 16, bold)
    y = 72
    for label, lines in (("Projectnaam", ["Programma zorg in de regio"]), ("Opgave", opgave), ("Looptijd", [looptijd])):
        say(43, y, label, 9.5, bold)
        for k, text in enumerate(lines):
            say(43, y + 14 + 11.5 * k, text)
        y += 14 + 11.5 * len(lines) + 8
    say(508, 72, "Financiering", 11, bold)
    rows = [("Kostenpost", "Totaal", "Privaat", "Rijk"), ("Bouw", "400.000", "100.000", "300.000"),
            ("Inrichting", "50.000", "-", "50.000"), ("Totaal", "450.000", "100.000", "350.000")]
    for k, (label, *amounts) in enumerate(rows):
        font = bold if k in (0, len(rows) - 1) else "Helvetica"
        say(508, 100 + 13 * k, label, 7.5, font)
        for right, amount in zip((650, 725, 796), amounts):
            say(right, 100 + 13 * k, amount, 7.5, font, right=True)
    c.showPage()
    c.setPageSize(landscape(A4))
    say(43, 40, "Regionale Zorg (vervolg)", 11, bold)
    say(43, 66, going_on)
    say(43, 90, "Borging", 9.5, bold)
    say(43, 104, "Na vier jaar dragen de partners de kosten zelf.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert project.field("Looptijd").text == f"{looptijd} {going_on}"
    assert project.field("Opgave").text == " ".join(opgave)
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(label, amounts) for label, *amounts in rows[1:]]


def _funding(y: float, header: tuple[str, ...], rows: list[tuple[str, ...]], size: float = 10) -> list[tuple]:
    """A table at y: its header's labels at 60, 250, 330, 420, a row every 20 points."""
    return [(x, y + 20 * k, words, size) for k, cells in enumerate([header, *rows])
            for x, words in zip((60, 250, 330, 420), cells) if words]


@pytest.mark.parametrize("wrapped", [False, True])
def test_a_tables_note_opening_the_next_page_over_the_next_project_is_the_tables(tmp_path, wrapped):
    """A table ends its page with its total, its note ("* ...", the mark one of its amounts
    carries, on a line or wrapped under its text) opening the next page, over the next
    project with a table of other labels: the note is the table's, and no text of the field
    before the table."""
    note = "* Gemeenten investeren via het samenwerkingsverband."
    rest = [(69, 72, "Twente in de regio.", 10)] if wrapped else []
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 130, "Inzet en co-financiering", 10), (180, 130, "De regio draagt de helft bij.", 10),
             *_funding(720, ("Opgaven/Investeringen", "Totaal", "Privaat", "Rijk"),
                       [("Bouw", "1.000.000", "400.000*", "600.000"), ("Totaal", "1.000.000", "400.000", "600.000")])]
    page2 = [(60, 60, note, 10), *rest, (60, 100, "Thema | Tweede project", 14),
             (60, 140, "Naam Project", 10), (180, 140, "Tweede project", 10),
             (60, 170, "Inzet en co-financiering", 10), (180, 170, "Het Rijk draagt de helft bij.", 10),
             *_funding(200, ("Opgaven/Investeringen", "Totaal", "Gemeente", "Rijk"),
                       [("Inrichting", "800.000", "400.000", "400.000"), ("Totaal", "800.000", "400.000", "400.000")])]
    first, second = extract(draw(tmp_path / "note.pdf", [page1, page2]), cross_check="none").projects
    (table,) = first.tables
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", note[2:] + (" Twente in de regio." if wrapped else ""))]
    assert not any("Gemeenten" in f.text for f in first.fields) and second.tables[0].columns[1].key == "gemeente"


def test_the_note_of_a_table_inside_a_field_opening_the_next_page_is_the_tables(tmp_path):
    """A table inside a field's text (the project's own stands further on) ends its page;
    its note (the mark one of its amounts carries) opens the next, and the field's text goes
    on under it: the note is the table's, not the field's."""
    bold = "Helvetica-Bold"
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 11, bold), (60, 116, "De opgave van de regio.", 11),
             (60, 640, "Financiering", 11, bold), (60, 656, "Aan het Rijk wordt een miljoen gevraagd.", 11),
             (65, 682, "Kostenpost", 9, bold), (400, 682, "Bedrijven", 9, bold), (470, 682, "Rijksbijdrage", 9, bold),
             (65, 697, "Pilot zorg en wonen in kleine kernen", 9), (400, 697, "70.000", 9), (470, 697, "-", 9),
             (65, 711, "Kennisdeling zorg", 9), (400, 711, "-", 9), (470, 711, "325.000*", 9),
             (65, 726, "Totaal", 9, bold), (400, 726, "70.000", 9, bold), (470, 726, "325.000", 9, bold)]
    page2 = [(60, 73, "* Bijdrage Rijk niet uit de Regio Envelop.", 9),
             (60, 95, "Het bedrijfsleven investeert naar verwachting circa een miljoen.", 11),
             (60, 130, "Borging", 11, bold), (60, 146, "De gemeente borgt het loket.", 11),
             (65, 180, "Opgaven/Investeringen", 9, bold), (300, 180, "Totaal", 9, bold), (400, 180, "Privaat", 9, bold),
             (470, 180, "Rijk", 9, bold), (65, 195, "Inrichting", 9), (300, 195, "395.000", 9), (400, 195, "70.000", 9),
             (470, 195, "325.000", 9), (65, 210, "Totaal", 9, bold), (300, 210, "395.000", 9, bold),
             (400, 210, "70.000", 9, bold), (470, 210, "325.000", 9, bold)]
    (project,) = extract(draw(tmp_path / "nested.pdf", [page1, page2]), cross_check="none").projects
    (table,) = [t for t in project.tables if t.field == "Financiering"]
    assert [(n.mark, n.text) for n in table.footnotes] == [("*", "Bijdrage Rijk niet uit de Regio Envelop.")]
    assert project.field("Financiering").text == ("Aan het Rijk wordt een miljoen gevraagd. "
                                                 "Het bedrijfsleven investeert naar verwachting circa een miljoen.")


def test_a_short_text_that_breaks_three_words_two_of_them_whole_elsewhere_hyphenates(tmp_path):
    """A dossier of a page or two breaks few words at its lines' ends: three here, two of
    them spelt whole elsewhere in its text ("bedrijfsleven", "samenwerking"), none a compound
    it writes with its hyphen. It hyphenates: every break is mended, the one it spells
    nowhere else too."""
    text = ["Het bedrijfsleven zoekt samenwerking met de regio. De totale projectom-",
            "vang is groot; het bedrijfsle-", "ven en de gemeente zoeken samen-", "werking in de regio."]
    page = _hyphenating_page(text, [(("Inrichting",), "100.000"), (("Totaal",), "100.000")])
    (project,) = extract(draw(tmp_path / "short.pdf", [page]), cross_check="none").projects
    assert project.field("Opgave").text == ("Het bedrijfsleven zoekt samenwerking met de regio. De totale projectomvang is "
                                           "groot; het bedrijfsleven en de gemeente zoeken samenwerking in de regio.")


def _three_pages(heads: list[list[tuple]]) -> list[list[tuple]]:
    """A cover and a project's field running over two pages, each page with ``heads`` of its own."""
    text = "De regio investeert in de samenwerking tussen onderwijs en bedrijven."
    cover = [(60, 300, "Regio Deal Twente", 24), *heads[0]]
    first = [(60, 100, "Thema | Een project", 14), (60, 140, "Naam Project", 10), (180, 140, "Een project", 10),
             (60, 170, "Opgave", 10), *((180, 170 + 14 * k, text, 10) for k in range(40)), *heads[1]]
    second = [*((180, 80 + 14 * k, text, 10) for k in range(3)), (60, 140, "Borging", 10),
              (180, 140, "De gemeente borgt het loket.", 10), *heads[2]]
    return [cover, first, second]


@pytest.mark.parametrize("heads", [
    [[], [(60, 800, "Meridiaan Strategy Partners | Vertrouwelijk", 8), (520, 800, "2", 8)],
     [(60, 800, "Meridiaan Strategy Partners | Vertrouwelijk", 8), (520, 800, "3", 8)]],
    [[(290, 810, "1", 8)], [(60, 50, "2", 8), (380, 50, "1.1 Een project", 8)],
     [(60, 50, "Bijlage bij de projectvoorstellen", 8), (520, 50, "3", 8)]],
    [[], [(520, 800, "2", 10)], [(60, 40, "Midden-Groningen", 10), (520, 40, "3", 10)]],
], ids=["the same footer on two pages", "a book's left and right heads", "a head in the text's type after a folio"])
def test_running_heads_that_number_two_pages_are_no_text(tmp_path, heads):
    """A short dossier shows its running heads on two pages only (its cover has none, or only
    its folio; or one page its folio alone at its foot, the next a head at its top, in the
    text's own type, as troff's and LaTeX's book styles set them): too few to tell them from
    text by their repeating, but they end, or open, with the number of their page, one for
    one, in type no larger than the text's at the page's edge. They are no text of the field
    that runs on over the pages."""
    dossier = extract(draw(tmp_path / "heads.pdf", _three_pages(heads)), cross_check="none")
    (project,) = dossier.projects
    assert [f.label for f in project.fields] == ["Naam Project", "Opgave", "Borging"]
    assert project.field("Opgave").text == " ".join(["De regio investeert in de samenwerking tussen onderwijs en "
                                                     "bedrijven."] * 43)
    assert project.field("Borging").text == "De gemeente borgt het loket."


@pytest.mark.parametrize("head", [(60, 40, "Foodvalley", 8), (470, 46, "FOODVALLEY", 8.5)], ids=["left", "right"])
def test_a_running_head_on_one_page_over_every_pages_text_is_no_text(tmp_path, head):
    """A short dossier's engine prints its running head only on the pages after a project's
    first: here on one page, in small type, in the margin over where every other page's
    text starts. It is no text of the field that runs on over the pages."""
    dossier = extract(draw(tmp_path / "head.pdf", _three_pages([[], [], [head]])), cross_check="none")
    (project,) = dossier.projects
    assert project.field("Opgave").text == " ".join(["De regio investeert in de samenwerking tussen onderwijs en "
                                                     "bedrijven."] * 43)
    assert project.field("Borging").text == "De gemeente borgt het loket."


def test_a_letters_sender_column_beside_a_typed_table_is_no_part_of_it(tmp_path):
    """A letter typed in a monospaced font, the sender's column in small grey type at the
    right of every page, its lines level with whatever the body sets beside them: here a
    table typed in the very size of the column, and a row label wider than the others whose
    last word stands a space from it ("Monitoring fase 2"). The column's lines are notes
    in the margin, the table keeps its columns, the label its last word."""
    c, text = _canvas(path := tmp_path / "letter.pdf")
    mono, bold = "Courier", "Courier-Bold"
    text(62, 50, "Thema | Een project", 14)
    body = ["De gemeente organiseert proeftuinen voor nieuwe technologie met", "de partners in de regio. Het bedrijfsleven investeert naar",
            "verwachting een miljoen euro in de komende drie jaar. De regio", "draagt bij aan het programma in nauwe afstemming met het Rijk."]
    text(62, 80, "Inzet en co-financiering", 9, font=bold)
    for k, words in enumerate(body):
        text(62, 92 + 12 * k, words, 9, font=mono)
    c.setFillGray(0.45)
    sender = [(124, "Regio Hart Van Brabant"), (133, "Stationsplein 1"), (142, "1000 AA Hart Van Brabant"), (160, "Postbus 1000"),
              (169, "1000 AB Hart Van Brabant"), (187, "T 088 123 45 00"), (205, "Ons kenmerk RHVB/2019/5044"),
              (214, "Behandeld door het programmabureau")]
    for y, words in sender:
        text(453.5, y, words, 7)
    c.setFillGray(0)
    rights = (180.4, 226.7, 273.1, 306.8, 344.7, 407.9)  # each column set right, as typed
    for y, words in ((169, "Publieke"), (178.5, "partijen")):
        text(298.3, y, words, 7, font=bold)
    for y, cells in ((188, ("Totale", "", "", "", "Overig", "")),
                     (197.5, ("kosten", "Bedrijven", "Onderwijs", "Gem.", "publiek", "Rijksbijdrage"))):
        for right, words in zip(rights, cells):
            text(right, y, words, 7, font=bold, right=True)
    text(62.4, 197.5, "Onderdeel", 7, font=bold)
    for y, label, cells in ((216.5, "Monitoring fase 2", ("3.340.000", "390.000", "550.000", "-", "-", "2.400.000")),
                            (226, "Onderzoek", ("1.750.000", "-", "1.700.000", "50.000", "-", "-")),
                            (245, "TOTAAL", ("5.090.000", "390.000", "2.250.000", "50.000", "-", "2.400.000"))):
        text(62.4, y, label, 7, font=mono)
        for right, words in zip(rights, cells):
            text(right, y, words, 7, font=mono, right=True)
    text(62, 270, "Structureel karakter", 9, font=bold)
    text(62, 282, "De resultaten worden jaarlijks gemonitord en gedeeld.", 9, font=mono)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totale kosten", "Bedrijven", "Onderwijs", "Gem.", "Overig publiek",
                                                "Rijksbijdrage"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Monitoring fase 2", ["3.340.000", "390.000", "550.000", "-", "-", "2.400.000"]),
        ("Onderzoek", ["1.750.000", "-", "1.700.000", "50.000", "-", "-"]),
        ("TOTAAL", ["5.090.000", "390.000", "2.250.000", "50.000", "-", "2.400.000"])]
    assert not any(words in f.text for f in project.fields for _, words in sender)


def test_a_fields_label_beside_the_first_line_of_a_ruled_tables_header_stays_the_fields(tmp_path):
    """A label column, and a field whose text is only a ruled table: its label on the
    baseline of the header's upper line (a group's "Publieke partijen"), inside the grid's
    reach. The label is the field's, the text after the table its text."""
    c, text = _canvas(path := tmp_path / "grid.pdf")
    text(60, 60, "Thema | Een project", 14)
    text(60, 100, "Resultaten", 10, font="Helvetica-Bold")
    text(180, 100, "De regio zoekt talent.", 10)
    xs = (180, 300, 370, 440, 510)
    _grid(c, 128, xs, (0, 30, 48, 66))
    text(60, 140, "Financiering", 10, font="Helvetica-Bold")
    text(372, 140, "Publieke partijen", 7, font="Helvetica-Bold")
    for x, label in zip(xs, ("Investeringen", "Totaal", "Provincie", "Waterschap")):
        text(x + 2, 152, label, 7, font="Helvetica-Bold")
    for y, cells in ((170, ("Kennisdeling", "8,8 mln.", "1,7 mln.", "7,1 mln.")), (188, ("Totaal", "8,8 mln.", "1,7 mln.", "7,1 mln."))):
        for x, words in zip(xs, cells):
            text(x + 2, y, words, 7)
    text(180, 220, "De resultaten worden jaarlijks gedeeld.", 10)
    text(60, 250, "Borging", 10, font="Helvetica-Bold")
    text(180, 250, "De gemeente borgt het loket.", 10)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Resultaten", "Financiering", "Borging"]
    assert project.field("Resultaten").text == "De regio zoekt talent."
    assert project.field("Financiering").text == "De resultaten worden jaarlijks gedeeld."
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "provincie", "overig_publiek"]


@pytest.mark.parametrize("folio", [lambda n: [(290, 812, str(n), 8)],
                                   lambda n: [(30, 812, "https://www.regio.nl/projecten", 6), (540, 812, f"{n}/2", 6)]],
                         ids=["the folio alone under it", "the folio in a browser's footer"])
def test_a_row_labels_last_word_wrapped_to_a_number_near_the_foot_over_the_folio_is_the_labels(tmp_path, folio):
    """A table at the page's foot whose last row's label wraps its last word, a number,
    onto a line of its own ("Opleidingen fase" over "2"), the page's number further down,
    alone or in a footer: the number a line's leading under the label is the label's."""
    rows = [("Onderzoek", "1.000.000", "1.000.000"), ("Opleidingen fase", "4.700.000", "4.700.000")]
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
            *_funding(730, ("Opgaven/Investeringen", "Totaal", "Rijk", ""), [(label, total, rijk, "") for label, total, rijk in rows],
                      size=8),
            (60, 777, "2", 8), *folio(2)]
    pages = [[(60, 300, "Regio Deal", 24), *folio(1)], page]
    (project,) = extract(draw(tmp_path / "foot.pdf", pages), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Onderzoek", "Opleidingen fase 2"]


def test_a_tables_column_of_remarks_in_grey_past_the_texts_edge_stays_the_tables(tmp_path):
    """A table wider than the text, its last column remarks in grey wrapped over lines of
    their own past the text's right edge: a cell on every row with amounts, so a column of
    the table, not notes in the margin."""
    c, text = _canvas(path := tmp_path / "remarks.pdf")
    text(60, 60, "Thema | Een project", 14)
    body = "De regio draagt bij aan het programma en de partners doen mee."
    text(60, 100, "Opgave", 10, font="Helvetica-Bold")
    for k in range(6):
        text(60, 114 + 12 * k, body, 10)
    header = ("Kostenpost", "Totaal", "Rijk", "Toelichting")
    for x, words in zip((60, 260, 330, 420), header):
        text(x, 200, words, 8, font="Helvetica-Bold")
    rows = [("Apparatuur", "3.854.000", "425.000", ("Kosten voor apparatuur, verdeeld", "over de partners.")),
            ("Infrastructuur", "3.900.000", "-", ("Middelen voor infrastructuur,", "via de penvoerder.")),
            ("Totaal", "7.754.000", "425.000", ("Som van de regels.",))]
    for k, (label, total, rijk, remark) in enumerate(rows):
        y = 218 + 28 * k
        text(60, y, label, 8)
        text(300, y, total, 8, right=True)
        text(370, y, rijk, 8, right=True)
        c.setFillGray(0.45)
        for n, words in enumerate(remark):
            text(420, y + 10 * n, words, 8)
        c.setFillGray(0)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal", "Rijk", "Toelichting"]
    assert [c.raw for c in table.rows[0].cells] == ["3.854.000", "425.000", "Kosten voor apparatuur, verdeeld over de partners."]


def test_a_form_that_goes_back_to_a_section_it_left_starts_no_project_there(tmp_path):
    """A portal prints each application's sections in the order they were filled in: the
    last one returns to "2 Projectinhoud" after its budget, whose own heading ("4.1
    Financieringsoverzicht") the labels' list does not know, and then to its budget. All
    of it is the project's."""
    bold = "Helvetica-Bold"

    def application(number, title, closing):
        runs = [(60, 60, f"Aanvraag {number}: {title}", 14, bold),
                (60, 90, "1 Projectgegevens", 11, bold), (60, 108, "1.1 Naam Project", 10, bold), (60, 122, title, 10),
                (60, 140, "1.2 Partijen", 10, bold), (60, 154, "Oost NL, Saxion.", 10),
                (60, 176, "2 Projectinhoud", 11, bold), (60, 194, "2.1 Opgave", 10, bold), (60, 208, "De opgave.", 10),
                (60, 230, "3 Financiering", 11, bold), (60, 248, "3.1 Inzet en co-financiering", 10, bold),
                (60, 262, "De regio draagt bij.", 10)]
        return [*runs, *closing]

    first = application(1, "Vitale Kernen", [(60, 284, "2.2 Resultaten", 10, bold), (60, 298, "Tien pilots.", 10)])
    last = application(2, "Regionale Energie", [
        (60, 284, "4 Begroting", 11, bold), (60, 302, "4.1 Financieringsoverzicht", 10, bold),
        (60, 314, "Vul de begroting in per kostenpost en financier. Bedragen in euro's.", 8, "Helvetica-Oblique"),
        (60, 336, "Kostenpost", 9, bold), (300, 336, "Totaal", 9, bold), (380, 336, "Rijk", 9, bold),
        (60, 350, "Fieldlab", 9), (300, 350, "396.000", 9), (380, 350, "96.000", 9),
        (60, 364, "Totaal", 9, bold), (300, 364, "396.000", 9, bold), (380, 364, "96.000", 9, bold),
        (60, 390, "2 Projectinhoud", 11, bold), (60, 408, "2.2 Resultaten", 10, bold), (60, 422, "Vijf pilots.", 10),
        (60, 444, "4 Begroting", 11, bold), (60, 462, "4.2 Kosten en financiering", 10, bold), (60, 476, "Het Rijk draagt bij.", 10)])
    projects = extract(draw(tmp_path / "portal.pdf", [first, last]), cross_check="none").projects
    assert [p.title for p in projects] == ["Vitale Kernen", "Regionale Energie"]
    assert "Vijf pilots." in projects[1].field("Resultaten").text
    assert projects[1].field("Kosten en financiering").text == "Het Rijk draagt bij."
    assert [len(p.tables) for p in projects] == [0, 1]


def test_a_forms_section_heading_that_names_no_label_titles_no_project(tmp_path):
    """A portal's one application: a section headed "5 Continuïteit", set as the sections
    that are labels ("2 Projectinhoud"), then the budget, then back to "2 Projectinhoud".
    That heading is the form's, no title: all of it is the one project's."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Aanvraag 1: Regionale Energie", 14, bold),
            (60, 90, "1 Projectgegevens", 11, bold), (60, 108, "1.1 Naam Project", 10, bold), (60, 122, "Energie", 10),
            (60, 140, "1.2 Partijen", 10, bold), (60, 154, "Oost NL, Saxion.", 10),
            (60, 176, "2 Projectinhoud", 11, bold), (60, 194, "2.1 Opgave", 10, bold), (60, 208, "De opgave.", 10),
            (60, 230, "5 Continuïteit", 11, bold), (60, 248, "5.1 Structureel karakter", 10, bold),
            (60, 262, "Het blijft.", 10),
            (60, 284, "3 Financiering", 11, bold), (60, 302, "3.1 Inzet en co-financiering", 10, bold),
            (60, 316, "De regio draagt bij.", 10),
            (60, 338, "4 Begroting", 11, bold), (60, 356, "4.1 Kostenpost", 10, bold),
            (60, 378, "Kostenpost", 9, bold), (300, 378, "Totaal", 9, bold), (380, 378, "Rijk", 9, bold),
            (60, 392, "Fieldlab", 9), (300, 392, "396.000", 9), (380, 392, "96.000", 9),
            (60, 406, "Totaal", 9, bold), (300, 406, "396.000", 9, bold), (380, 406, "96.000", 9, bold),
            (60, 432, "2 Projectinhoud", 11, bold), (60, 450, "2.2 Resultaten", 10, bold), (60, 464, "Vijf pilots.", 10)]
    (project,) = extract(draw(tmp_path / "portal.pdf", [page]), cross_check="none").projects
    assert project.title == "Regionale Energie" and len(project.tables) == 1
    assert project.field("Resultaten").text == "Vijf pilots."


def test_records_at_a_pages_foot_that_name_two_sources_go_on_on_the_next_page(tmp_path):
    """A portal's print view cuts its records at the page's foot after two blocks that name
    two sources between them and no total; the rest, and the total, stand on the next page."""
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Naam Project", 10), (180, 100, "Een project", 10),
             (60, 690, "Opgaven/Investeringen", 10),
             *_records_page(720, [("Personeelskosten", [("Onderwijs", "24.000"), ("Rijk", "1.250.000")]),
                                  ("Veldproeven", [("Rijk", "310.000")])])]
    page2 = _records_page(60, [("Projecten", [("Privaat", "210.000"), ("Rijk", "625.000")]),
                               ("Totaal", [("Privaat", "210.000"), ("Onderwijs", "24.000"), ("Rijk", "2.185.000")])])
    (table,) = extract(draw(tmp_path / "records.pdf", [page1, page2]), cross_check="none").projects[0].tables
    assert (table.reader, table.pages) == ("records", [1, 2])
    assert [(r.label, {col.key: c.raw for col, c in zip(table.columns, r.cells) if c.raw}) for r in table.rows] == [
        ("Personeelskosten", {"onderwijs": "24.000", "rijk": "1.250.000"}), ("Veldproeven", {"rijk": "310.000"}),
        ("Projecten", {"privaat": "210.000", "rijk": "625.000"}),
        ("Totaal", {"privaat": "210.000", "onderwijs": "24.000", "rijk": "2.185.000"})]


def test_a_tables_last_row_alone_at_the_next_pages_top_goes_on_with_it_and_its_note(tmp_path):
    """A field's table ends its page with no total; the next page opens with one more row,
    its label wrapped, under no header, and the table's note: too little for a table of its
    own, the row is the table's and the note its note, neither the field's text."""
    c, text = _named_project(path := tmp_path / "goes-on.pdf")
    _fields_in_a_label_column(text, ("Partijen", "Opgave", "Aanpak"))
    rights = (330, 400, 470, 540)
    text(60, 680, "Financiering", 10, "Helvetica-Bold")
    for y, labels in ((680, ("", "", "Provincie", "Bijdrage")), (690, ("Totale", "Kennis- en", "Achterhoek", "Rijk (Regio")),
                      (700, ("projectkosten", "onderwijsinstellingen", "", "Envelop)"))):
        for right, label in zip(rights, labels):
            text(right, y, label, 9, "Helvetica-Bold", right=True)
    text(180, 700, "Kostenpost", 9, "Helvetica-Bold")
    for y, label, amounts in ((718, "Fieldlab", ["5.989.000", "4.000.000", "1.300.000*", "689.000"]),
                              (736, "Communicatie", ["5.500.000", "5.500.000", "-", "-"]),
                              (754, "Loonkosten o.b.v.", ["13.450.000", "700.000", "4.250.000", "8.500.000"])):
        text(180, y, label, 9)
        for right, amount in zip(rights, amounts):
            text(right, y, amount, 9, right=True)
    text(180, 765, "uurtarief", 9)
    c.showPage()
    text(180, 70, "Personeelskosten", 9)
    for right, amount in zip(rights, ("862.000", "14.000", "23.000", "825.000")):
        text(right, 70, amount, 9, right=True)
    text(180, 81, "regio", 9)
    text(180, 96, "* Onder voorbehoud van besluitvorming door Provinciale Staten.", 8)
    text(60, 125, "Borging", 10, "Helvetica-Bold")
    text(180, 125, "De resultaten worden jaarlijks gemonitord.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Fieldlab", "Communicatie", "Loonkosten o.b.v. uurtarief", "Personeelskosten regio"]
    assert [c.raw for c in table.rows[-1].cells] == ["862.000", "14.000", "23.000", "825.000"]
    assert [n.text for n in table.footnotes] == ["Onder voorbehoud van besluitvorming door Provinciale Staten."]
    assert [(f.label, f.text) for f in project.fields][-2:] == [
        ("Financiering", ""), ("Borging", "De resultaten worden jaarlijks gemonitord.")]


def test_a_page_that_holds_only_a_note_the_page_before_ran_out_of_room_for_is_read(tmp_path):
    """The project's last page full to its foot, its text's note pushed onto the next page,
    alone under the short rule: that page is the project's, and the note its note."""
    c, text = _named_project(path := tmp_path / "note-alone.pdf")
    _fields_in_a_label_column(text, ("Partijen", "Opgave"))
    text(60, 270, "Inzet en co-financiering", 10, "Helvetica-Bold")
    text(180, 270, "De totale projectomvang bedraagt € 2,5 mln.")
    text(392, 266, "1", 6)
    c.showPage()
    c.line(60, 842 - 80, 160, 842 - 80)
    text(60, 92, "1", 5)
    text(64, 95, "Het innovatiecentrum ondersteunt duurzame energieoplossingen.", 7)
    c.save()
    dossier = extract(path, cross_check="none")
    (project,) = dossier.projects
    assert project.pages == [1, 2]
    assert [n.text for n in project.notes] == ["Het innovatiecentrum ondersteunt duurzame energieoplossingen."]
    assert not any(w.code == "page-without-text" for w in dossier.warnings)


def test_a_paragraphs_last_line_right_over_a_header_beside_its_fields_label_stays_text(tmp_path):
    """A form's label column: the field's paragraph, its first line beside the label, ends
    in a short line ("mln. bij te dragen.") right over the table's header, closer to the
    paragraph than to the header. It ends a sentence and goes on from the text over it: it is
    the field's, no part of the Totaal column's label."""
    c, text = _named_project(path := tmp_path / "last-line.pdf")
    _fields_in_a_label_column(text, ("Partijen", "Opgave"))
    text(60, 270, "Financiering", 10, "Helvetica-Bold")
    text(180, 270, "Aan het Rijk wordt gevraagd €4 mln. bij te dragen. De totale projectomvang is €4")
    text(180, 282, "mln. bij te dragen.")
    text(60, 302, "Kostenpost")
    for right, label in zip((250, 330, 420), ("Totaal", "Privaat", "Rijksbijdrage")):
        text(right, 302, label, right=True)
    for y, label, amounts in ((316, "Fieldlab", ["7.000.000", "250.000", "6.750.000"]),
                              (330, "Totaal", ["7.000.000", "250.000", "6.750.000"])):
        text(60, y, label)
        for right, amount in zip((250, 330, 420), amounts):
            text(right, y, amount, right=True)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.label for c in table.columns] == ["Totaal", "Privaat", "Rijksbijdrage"]
    assert project.fields[-1].text.endswith("is €4 mln. bij te dragen.")


def _a_ruled_table_in_a_form(path: Path):
    """A form's fields, the last a table's: a grid of cost lines without a total. The canvas,
    its text writer and the right edges of the table's amounts."""
    c, text = _named_project(path)
    _fields_in_a_label_column(text, ("Partijen", "Opgave"))
    text(60, 270, "Financiering", 10, "Helvetica-Bold")
    text(180, 270, "De kosten staan in de tabel.")
    rights = (330, 400, 470, 535)
    _grid(c, 0, (178, 260, 335, 405, 475, 540), (290, 306, 322, 338))
    text(180, 300, "Onderdeel", 9, "Helvetica-Bold")
    for right, label in zip(rights, ("Totaal", "Privaat", "Gemeente", "Rijk")):
        text(right - 3, 300, label, 9, "Helvetica-Bold", right=True)
    for y, label, cells in ((316, "Bouw", ("1.000.000", "400.000", "100.000", "500.000")),
                            (332, "Inrichting", ("500.000", "100.000", "0", "400.000"))):
        text(180, y, label, 9)
        for right, cell in zip(rights, cells):
            text(right - 3, y, cell, 9, right=True)
    return c, text, rights


def test_a_table_going_on_at_the_page_top_ends_at_the_next_tables_grid_under_it(tmp_path):
    """A ruled table's rows go on at the next page's top without its header; right under
    them stands a table of its own in rules, its header naming too few sources to be a
    header by its words ("Kostenpost  Bedrijfsleven  Rijksbijdrage"): the rules part the two."""
    c, text, rights = _a_ruled_table_in_a_form(path := tmp_path / "grids.pdf")
    c.showPage()
    _grid(c, 0, (178, 260, 335, 405, 475, 540), (70, 86, 102))
    for y, label, cells in ((80, "Onderzoek", ("300.000", "100.000", "0", "200.000")),
                            (96, "Apparatuur", ("900.000", "600.000", "100.000", "200.000"))):
        text(180, y, label, 9)
        for right, cell in zip(rights, cells):
            text(right - 3, y, cell, 9, right=True)
    _grid(c, 0, (178, 330, 430, 540), (120, 136, 152))
    text(180, 130, "Kostenpost", 9, "Helvetica-Bold")
    for right, label in ((427, "Bedrijfsleven"), (537, "Rijksbijdrage")):
        text(right, 130, label, 9, "Helvetica-Bold", right=True)
    text(180, 146, "Kennisdeling", 9)
    for right, cell in ((427, "250.000"), (537, "750.000")):
        text(right, 146, cell, 9, right=True)
    text(60, 180, "Borging", 10, "Helvetica-Bold")
    text(180, 180, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    first, second = project.tables
    assert [r.label for r in first.rows] == ["Bouw", "Inrichting", "Onderzoek", "Apparatuur"] and first.pages == [1, 2]
    assert [c.key for c in second.columns] == ["privaat", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in second.rows] == [("Kennisdeling", ["250.000", "750.000"])]


def _transposed(c, text, top: float, caption: str, heads: tuple[str, ...], rows) -> None:
    """A table laid on its side under its caption: the sources down its first column, a
    cost line a column, its label wrapped in its cell where it holds a line break."""
    text(180, top, caption, 9, "Helvetica-Bold")
    xs = (178, 290, *(290 + 70 * (k + 1) for k in range(len(heads))))
    _grid(c, top, xs, (6, 32, *(32 + 16 * (k + 1) for k in range(len(rows)))))
    text(180, top + 28, "Financieringsbron", 9, "Helvetica-Bold")
    for k, head in enumerate(heads):  # (set on the cell's foot)
        for n, part in enumerate(reversed(head.split("\n"))):
            text(xs[k + 2] - 3, top + 28 - 10 * n, part, 9, "Helvetica-Bold", right=True)
    for i, (label, *cells) in enumerate(rows):
        text(180, top + 44 + 16 * i, label, 9)
        for k, cell in enumerate(cells):
            text(xs[k + 2] - 3, top + 44 + 16 * i, cell, 9, right=True)


def test_tables_laid_on_their_side_under_captions_of_their_own_are_tables_of_their_own(tmp_path):
    """A ruled table of cost lines without a total, then under a caption a table laid on its
    side, its sources down its first column; the next page opens with another such table
    under a caption of its own, its cost line's label wrapped over its number ("Kosten fase" over
    "1"): neither caption is a row of the
    table before it, and the second page's table is no part of the first page's."""
    c, text, _ = _a_ruled_table_in_a_form(path := tmp_path / "sideways.pdf")
    _transposed(c, text, 360, "Dekkingsplan: Kennisdeling", ("Kennisdeling",),
                [("Bedrijfsleven", "250.000"), ("Rijksbijdrage", "750.000"), ("Totaal", "1.000.000")])
    c.showPage()
    _transposed(c, text, 60, "Dekkingsplan: Begroting", ("Kosten fase\n1",),
                [("Provincie", "100.000"), ("Rijksbijdrage", "400.000"), ("Totaal", "500.000")])
    text(60, 180, "Borging", 10, "Helvetica-Bold")
    text(180, 180, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    first, second, third = project.tables
    assert [r.label for r in first.rows] == ["Bouw", "Inrichting"]
    assert [(r.label, [c.raw for c in r.cells]) for r in second.rows] == [("Kennisdeling", ["250.000", "750.000", "1.000.000"])]
    assert [(r.label, [c.raw for c in r.cells]) for r in third.rows] == [("Kosten fase 1", ["100.000", "400.000", "500.000"])]
    assert third.pages == [2]


def _a_label_beside_a_grids_header(path: Path, label: tuple[tuple[float, str], ...], ys: tuple[float, ...],
                                   header: tuple[str, str, str], rows: tuple[tuple[float, str, tuple[str, str]], ...],
                                   lower: float = 0):
    """A form's fields in a label column, the last a table of two sources in a grid, the
    label's lines (top, text) beside its header (``lower`` than the label's first line),
    a field after it. The project read."""
    c, text = _named_project(path)
    _fields_in_a_label_column(text, ("Partijen", "Opgave"))
    _grid(c, 0, (178, 400, 470, 540), ys)
    for top, part in label:
        text(60, top, part, 10, "Helvetica-Bold")
    text(180, 272 + lower, header[0], 9, "Helvetica-Bold")
    for right, head in zip((467, 537), header[1:]):
        text(right, 272 + lower, head, 9, "Helvetica-Bold", right=True)
    for y, row_label, cells in rows:
        text(180, y, row_label, 9)
        for right, cell in zip((467, 537), cells):
            text(right, y, cell, 9, right=True)
    text(60, 340, "Borging", 10, "Helvetica-Bold")
    text(180, 340, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    return project


@pytest.mark.parametrize("lower", [0, 3])
def test_a_label_wrapped_beside_a_tables_header_opens_its_field(tmp_path, lower):
    """A form in a grid: "Kosten en" level with the header of the field's table, naming two
    sources only ("Onderdeel  Onderwijs  Rijk"), "financiering" under it. The label's first
    line is no row label of a table set across the label column: it opens its field, and the
    table is that field's. The header may stand a little lower in its row than the label
    beside it, reaching down to the label's next line."""
    project = _a_label_beside_a_grids_header(
        tmp_path / "wrapped-label.pdf", ((272, "Kosten en"), (283, "financiering")), (262, 278 + lower, 294 + lower, 310 + lower),
        ("Onderdeel", "Onderwijs", "Rijk"),
        ((288 + lower, "Educatie", ("140.000", "-")), (304 + lower, "Totaal kosten", ("140.000", "-"))), lower)
    assert [f.label for f in project.fields] == ["Naam Project", "Partijen", "Opgave", "Kosten en financiering", "Borging"]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["onderwijs", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Educatie", ["140.000", "-"]), ("Totaal kosten", ["140.000", "-"])]


def test_a_label_wrapped_beside_a_tables_header_is_not_parted_by_the_rule_under_the_header(tmp_path):
    """A form whose cell holds the field's table, nested in it: the label's first line
    ("Inzet en") beside the table's header, the rule under the header passing between the
    label's two lines. That rule is the table's: the label's lines stay one label."""
    project = _a_label_beside_a_grids_header(
        tmp_path / "nested.pdf", ((272, "Inzet en"), (285, "co-financiering")), (262, 276, 298, 314),
        ("Investeringen", "Privaat", "Rijk"),
        ((294, "Fieldlab", ("30.000", "370.000")), (310, "Totaal kosten", ("30.000", "370.000"))))
    assert [f.label for f in project.fields] == ["Naam Project", "Partijen", "Opgave", "Inzet en co-financiering", "Borging"]
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["privaat", "rijk"]


def test_labels_set_right_against_their_text_make_a_label_column_however_short(tmp_path):
    """A one-project form whose labels stand set right against their text, the short ones far
    from the page's margin, the longest ("Inzet en co-financiering") beside the header of
    its field's table. The texts start alike beside them: a label column, so the long label
    is read off the table's header line as well."""
    c, text = _canvas(path := tmp_path / "right-set.pdf")
    text(57, 60, "BEREIKBAARHEID & LEEFBAARHEID", 8)
    text(57, 85, "Slimme Maakindustrie voor het mkb", 18)
    y = 120
    for label in ("Naam Project", "Partijen", "Opgave", "Resultaten"):
        text(160, y, label, 9.5, "Helvetica-Bold", right=True)
        for k, line in enumerate(_PROSE[:2]):
            text(170, y + 13 * k, line, 9.5)
        y += 40
    text(160, y, "Inzet en co-financiering", 9.5, "Helvetica-Bold", right=True)
    for right, head in ((300, "Investeringen"), (380, "Privaat"), (470, "Rijksbijdrage")):
        text(right, y, head, 8, "Helvetica-Bold", right=True)
    for k, (label, cells) in enumerate((("Fieldlab", ("30.000", "370.000")), ("Totaal kosten", ("30.000", "370.000")))):
        text(300, y + 15 * (k + 1), label, 8, right=True)
        for right, cell in zip((380, 470), cells):
            text(right, y + 15 * (k + 1), cell, 8, right=True)
    text(170, y + 50, "De regio draagt €6 mln. bij aan het programma.", 9.5)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields] == ["Naam Project", "Partijen", "Opgave", "Resultaten", "Inzet en co-financiering"]
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Fieldlab", ["30.000", "370.000"]),
                                                                        ("Totaal kosten", ["30.000", "370.000"])]


def test_a_label_in_small_capitals_wrapped_in_a_column_set_right_against_the_text_is_one(tmp_path):
    """A consultancy's label column: the labels in small bold capitals set right against the
    text (their lines start where their length puts them), one wrapped over two lines, the
    second longer than any other label and a label of its own ("CO-FINANCIERING"). The space
    before the text is the text's type's, however small the labels: the second line ends
    the label, it opens no field."""
    c, text = _canvas(path := tmp_path / "small-capitals.pdf")
    text(57, 60, "Thema | Een project", 14)
    for k, line in enumerate(("Concept", "Versie 2", "Maart 2019")):  # the page's margin, left of the labels
        text(57, 90 + 13 * k, line)
    fields = [(["PROJECTNAAM"], ["Project Nieuwe leerwerktrajecten"]), (["AANLEIDING"], _PROSE),
              (["RESULTATEN"], _PROSE), (["INZET EN", "CO-FINANCIERING"], ["De regio draagt €6 mln. bij aan het programma."]),
              (["PLANNING"], ["Het project loopt van 2019 tot en met 2022."])]
    y = 150
    for label, lines in fields:
        for k, part in enumerate(label):
            text(120, y + 11 * k, part, 7, "Helvetica-Bold", right=True)
        for k, part in enumerate(lines):
            text(138, y + 13 * k, part)
        y += 13 * max(len(lines), len(label)) + 12
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [f.label for f in project.fields][-5:] == ["PROJECTNAAM", "AANLEIDING", "RESULTATEN", "INZET EN CO-FINANCIERING",
                                                      "PLANNING"]
    assert project.fields[-2].text == "De regio draagt €6 mln. bij aan het programma."


def test_a_caption_over_a_table_of_two_sources_is_no_title_of_a_single_project(tmp_path):
    """A one-project dossier opens with its funding at a glance: under the theme and the
    title, a bold caption ("Financiering in één oogopslag") over a ruled table naming two
    sources only, then the fields. Too few sources to tell a header by its words, the table
    read there tells it: the caption is the table's, the title the project's."""
    c, text = _canvas(path := tmp_path / "glance.pdf")
    text(60, 70, "BEREIKBAARHEID & LEEFBAARHEID", 8, "Helvetica")
    text(60, 95, "Slimme Maakindustrie voor het mkb", 18, "Helvetica-Bold")
    text(68, 128, "Financiering in één oogopslag", 9, "Helvetica-Bold")
    _grid(c, 0, (68, 300, 420, 530), (136, 150, 164, 178))
    for x, head in ((70, "Investeringen"), (417, "Privaat"), (527, "Rijksbijdrage")):
        text(x, 146, head, 8.5, "Helvetica-Bold", right=x > 70)
    for y, label, cells in ((160, "Fieldlab", ("30.000", "370.000")), (174, "Totaal kosten", ("30.000", "370.000"))):
        text(70, y, label, 8.5)
        for right, cell in zip((417, 527), cells):
            text(right, y, cell, 8.5, right=True)
    y = 210
    for label in ("Naam Project", "Partijen", "Opgave", "Resultaten"):
        text(60, y, label, 11, "Helvetica-Bold")
        for k, line in enumerate(_PROSE[:2]):
            text(60, y + 15 + 13 * k, line)
        y += 60
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert (project.theme, project.title) == ("BEREIKBAARHEID & LEEFBAARHEID", "Slimme Maakindustrie voor het mkb")
    assert [f.label for f in project.fields if f.label] == ["Naam Project", "Partijen", "Opgave", "Resultaten"]
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Fieldlab", ["30.000", "370.000"]),
                                                                        ("Totaal kosten", ["30.000", "370.000"])]


def test_a_single_application_from_a_portal_reads_its_answers_without_the_forms_help(tmp_path):
    """One application printed from a grant portal: numbered sections ("2 Projectinhoud")
    over numbered questions ("2.1 Opgave"), each with its help in small grey italics and a
    counter of the answer's length, and a question without help. Asked once, the help is
    known by its type opening nearly every field that holds more than its answer's line; a
    section's heading is no answer to the question before it."""
    c, text = _canvas(path := tmp_path / "portal.pdf")
    text(60, 80, "Aanvraag 1: Slimme Talentontwikkeling", 14, "Helvetica-Bold")
    text(60, 96, "Thema: Techniek als motor", 9)
    help_type = "Helvetica-Oblique"
    y = 120
    for section, questions in (("1 Projectgegevens", (("1.1 Naam Project", "Geef de naam van het project.",
                                                       ["Het vestigingsklimaat"]),
                                                      ("1.2 Partijen", "Noem de penvoerder en alle partijen.",
                                                       ["Thales, North Sea Port."]))),
                               ("2 Projectinhoud", (("2.1 Opgave", "Beschrijf de maatschappelijke opgave.",
                                                     ["Iedere werkgever organiseert digitale vaardigheden van werkenden.",
                                                      "De maakindustrie versnelt de kennisinfrastructuur."]),
                                                    ("2.2 Resultaten", "Beschrijf de resultaten en effecten.",
                                                     ["Het programma bundelt startende ondernemers."]))),
                               ("3 Financiering", (("3.1 Inzet en co-financiering", "Licht de gevraagde rijksbijdrage toe.",
                                                    ["Het mkb stimuleert duurzame energieoplossingen."]),))):
        text(60, y, section, 10.5, "Helvetica-Bold")
        c.line(60, 842 - y - 5, 540, 842 - y - 5)
        y += 26
        for label, help_text, answer in questions:
            text(60, y, label, 9.5, "Helvetica-Bold")
            c.setFillGray(0.45)
            text(60, y + 11, help_text, 8, help_type)
            c.setFillGray(0)
            for k, line in enumerate(answer):
                text(66, y + 27 + 12 * k, line, 9.5)
            c.setFillGray(0.45)
            text(540, y + 31 + 12 * len(answer), f"{sum(map(len, answer))} / 2.000 tekens", 7, right=True)
            c.setFillGray(0)
            y += 52 + 12 * len(answer)
    text(60, y, "3.2 Looptijd", 9.5, "Helvetica-Bold")  # a question without help
    text(66, y + 16, "2024 tot en met 2027", 9.5)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    answers = {f.label: f.text for f in project.fields}
    assert answers["Naam Project"] == "Het vestigingsklimaat"
    assert answers["Partijen"] == "Thales, North Sea Port."
    assert answers["Opgave"] == "Iedere werkgever organiseert digitale vaardigheden van werkenden. " \
        "De maakindustrie versnelt de kennisinfrastructuur."
    assert answers["Resultaten"] == "Het programma bundelt startende ondernemers."
    assert answers["Inzet en co-financiering"] == "Het mkb stimuleert duurzame energieoplossingen."
    assert answers["Looptijd"] == "2024 tot en met 2027"


def test_a_row_under_the_whole_header_printed_again_is_a_row_whatever_its_label_names(tmp_path):
    """A numbered table goes on over the page under its whole header printed again; the
    first row there names a source in its label ("... startende ondernemers in", its amounts
    on the label's second line). With every column back, it is a row, not the header of
    other columns."""
    c, text = _named_project(path := tmp_path / "numbered.pdf")
    _fields_in_a_label_column(text, ("Partijen", "Opgave"))
    text(60, 270, "Financiering", 10, "Helvetica-Bold")
    text(180, 270, "De kosten staan in de tabel.")
    rights = (330, 430, 535)

    def header(y):
        text(60, y, "Nr.", 9, "Helvetica-Bold")
        text(85, y, "Onderdeel", 9, "Helvetica-Bold")
        for right, label in zip(rights, ("Totaal EUR", "Kennisinstellingen", "Rijk")):
            text(right, y, label, 9, "Helvetica-Bold", right=True)

    def row(y, number, label, amounts, wrapped=None):
        text(60, y, number, 9)
        text(85, y, label, 9)
        if wrapped:
            text(85, y + 11, wrapped, 9)
            y += 11
        for right, amount in zip(rights, amounts):
            text(right, y, amount, 9, right=True)

    header(300)
    row(316, "1", "Communicatie", ("390.000", "-", "390.000"))
    c.showPage()
    header(80)
    row(96, "2", "Begeleiding van startende ondernemers in", ("3.852.000", "3.500.000", "352.000"), wrapped="de regio")
    row(124, "", "TOTAAL", ("4.242.000", "3.500.000", "742.000"))
    text(60, 160, "Borging", 10, "Helvetica-Bold")
    text(180, 160, "Na afloop draagt de provincie de kosten.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [[c.raw for c in r.cells][-3:] for r in table.rows] == [
        ["390.000", "-", "390.000"], ["3.852.000", "3.500.000", "352.000"], ["4.242.000", "3.500.000", "742.000"]]
    assert table.pages == [1, 2]


def test_a_footer_that_names_its_page_on_the_last_page_only_is_no_row(tmp_path):
    """A short dossier whose first page prints no footer: the second page's footer, far under
    the table that ends the page, names its page ("pagina 2"); it is no row of the table."""
    page1 = [(60, 60, "Project 1: Slimme Haven", 14), (60, 90, "Partijen", 10, "Helvetica-Bold"),
             (60, 102, "De gemeente Goes.", 10)]
    page2 = [(60, 60, "Inzet en co-financiering", 10, "Helvetica-Bold"), (60, 72, "De regio draagt bij.", 10),
             (60, 100, "Opgaven", 10), (250, 100, "Totaal", 10), (330, 100, "Rijk", 10),
             (60, 116, "Bouw", 10), (250, 116, "400.000", 10), (330, 116, "400.000", 10),
             (60, 132, "Inrichting", 10), (250, 132, "100.000", 10), (330, 132, "100.000", 10),
             (200, 800, "Gemeente Goes — Slimme Haven — pagina 2", 8)]
    (project,) = extract(draw(tmp_path / "footer.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [("Bouw", ["400.000", "400.000"]),
                                                                         ("Inrichting", ["100.000", "100.000"])]


def test_a_table_printed_pages_across_whose_other_columns_open_under_their_groups_name(tmp_path):
    """A spreadsheet's table printed pages across: the next page's part opens with the name
    of the group over its columns ("Publiek" over "Overig Publiek"), on lines of its own over
    the table's label and the other columns' labels."""
    rows = [("Opleidingen", "€ 3.730.000", "€ 3.500.000", "€ 230.000", ""),
            ("Communicatie", "€ 2.829.000", "€ 1.600.000", "€ 29.000", "€ 1.200.000")]
    page1 = [(60, 60, "Regionale Campus", 14), (60, 90, "Partijen", 10, "Helvetica-Bold"),
             (60, 102, "ROC van Twente.", 10), (60, 130, "Financiële onderbouwing", 10, "Helvetica-Bold"),
             (60, 142, "De begroting staat hieronder.", 10),
             (60, 170, "Begroting", 9, "Helvetica-Bold"), (200, 170, "Totaal EUR", 9, "Helvetica-Bold"),
             (290, 170, "Onderw.", 9, "Helvetica-Bold"),
             *(cell for k, (label, total, school, *_) in enumerate(rows)
               for cell in [(60, 185 + 15 * k, label, 9), (200, 185 + 15 * k, total, 9), (290, 185 + 15 * k, school, 9)])]
    page2 = [(200, 60, "Publiek", 9, "Helvetica-Bold"), (200, 75, "Overig", 9, "Helvetica-Bold"),
             (60, 86, "Begroting", 9, "Helvetica-Bold"), (200, 86, "Publiek", 9, "Helvetica-Bold"),
             (290, 86, "Rijk", 9, "Helvetica-Bold"),
             *(cell for k, (label, _, _, other, state) in enumerate(rows)
               for cell in [(60, 101 + 15 * k, label, 9), (200, 101 + 15 * k, other, 9), (290, 101 + 15 * k, state, 9)]
               if cell[2]),
             (60, 150, "Structurele borging", 10, "Helvetica-Bold"), (60, 162, "Het blijft.", 10)]
    (project,) = extract(draw(tmp_path / "across.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "overig_publiek", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [list(row[1:]) for row in rows]
    assert project.field("Structurele borging").text == "Het blijft."


def test_tables_printed_pages_across_whose_parts_name_one_source_each(tmp_path):
    """Two tables printed pages across, each part one column beside the table's label again:
    the second part of each at the top of the next page, so that "Kostenpost  Rijk" stands
    at one place on two pages, over rows (no running header). The first table names two
    sources and no total under a label that names its costs: a funding table still."""
    def part(top: float, source: str, cells: list[str], labels: tuple[str, str] = ("Evaluatie", "Pilots")) -> list[tuple]:
        return [(60, top, "Kostenpost", 9, "Helvetica-Bold"), (240, top, source, 9, "Helvetica-Bold"),
                *(cell for k, (label, raw) in enumerate(zip(labels, cells))
                  for cell in [(60, top + 15 * (k + 1), label, 9), (240, top + 15 * (k + 1), raw, 9)])]

    page1 = [(60, 60, "Vitale Campus", 14), (60, 90, "Inzet en co-financiering", 10, "Helvetica-Bold"),
             (60, 102, "De regio draagt bij.", 10), (240, 700, "Publiek", 9, "Helvetica-Bold"),
             *part(715, "Waterschap", ["€ 900.000", "€ 1.800.000"])]
    page2 = [*part(80, "Rijk", ["€ 1.000.000", "€ 950.000"]),
             (60, 150, "Kostenpost", 9, "Helvetica-Bold"), (240, 150, "Totaal (€)", 9, "Helvetica-Bold"),
             (330, 150, "Privaat", 9, "Helvetica-Bold"),
             *(cell for k, (label, total, private) in enumerate([("Veldproeven", "2.650.000", "1.200.000"),
                                                                 ("Educatie", "305.000", "280.000")])
               for cell in [(60, 165 + 15 * k, label, 9), (240, 165 + 15 * k, total, 9), (330, 165 + 15 * k, private, 9)])]
    page3 = [*part(80, "Rijk", ["1.450.000", "25.000"], ("Veldproeven", "Educatie")),
             (60, 150, "Resultaten", 10, "Helvetica-Bold"), (60, 162, "Meer vakmensen.", 10)]
    (project,) = extract(draw(tmp_path / "across.pdf", [page1, page2, page3]), cross_check="none").projects
    assert [[c.key for c in t.columns] for t in project.tables] == [["overig_publiek", "rijk"], ["totaal", "privaat", "rijk"]]
    assert [[c.raw for c in r.cells] for r in project.tables[1].rows] == [["2.650.000", "1.200.000", "1.450.000"],
                                                                          ["305.000", "280.000", "25.000"]]
    assert project.field("Resultaten").text == "Meer vakmensen."


def test_two_tables_ruled_across_their_rows_side_by_side_are_two(tmp_path):
    """A landscape page sets a project's two tables side by side, a gutter apart, each ruled
    under its header and between its rows, each under a caption of its own, the first over a
    long note: two tables, not one row across both, the note the first's."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(path := tmp_path / "pair.pdf"), pagesize=(width, height))

    def text(x: float, y: float, words: str, size: float = 8, font: str = "Helvetica", right: bool = False) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, height - y, words)

    def table(x0: float, x1: float, caption: str, header: list[str], rows: list[list[str]]) -> None:
        text(x0, 70, caption, 8.5, "Helvetica-Bold")
        edges = [x1 - 70 * (len(header) - 1 - k) for k in range(1, len(header))]
        for k, row in enumerate([header, *rows]):
            y = 86 + 14 * k
            text(x0 + 2, y, row[0], font="Helvetica-Bold" if k == 0 else "Helvetica")
            for x, cell in zip(edges, row[1:]):
                text(x - 2, y, cell, font="Helvetica-Bold" if k == 0 else "Helvetica", right=True)
            c.setLineWidth(1 if k == 0 else 0.3)
            c.line(x0, height - y - 4, x1, height - y - 4)

    text(45, 40, "Project 1: Slimme Werkplaats", 14, "Helvetica-Bold")
    table(45, 400, "Tabel 1", ["Opgaven/Investeringen", "Totaal", "Privaat", "Rijk"],
          [["Onderzoek", "1.000.000", "400.000*", "600.000"], ["Totaal", "1.000.000", "400.000", "600.000"]])
    note = ["* Het bedrijfsleven investeert naar verwachting circa 400.000 euro in salaris en",
            "opleidingskosten. Deze investeringen worden gedaan in salarissen en in",
            "opleidingskosten van de trainees, buiten de totale investering gehouden",
            "zodat het puur over de programmakosten gaat en de eerste periode totdat",
            "een duurzaam business model is gevonden voor het programma."]
    for k, words in enumerate(note):
        text(45, 140 + 8.5 * k, words, 7)
    table(430, 797, "Tabel 2", ["Kosten en financiering", "Bedrijven", "Gemeenten", "Rijk"],
          [["Fieldlab", "250.000", "100.000", "150.000"], ["Huisvesting", "50.000", "-", "50.000"],
           ["Totaal", "300.000", "100.000", "200.000"]])
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [[c.key for c in t.columns] for t in project.tables] == [["totaal", "privaat", "rijk"],
                                                                     ["privaat", "gemeente", "rijk"]]
    assert [[r.label for r in t.rows] for t in project.tables] == [["Onderzoek", "Totaal"],
                                                                   ["Fieldlab", "Huisvesting", "Totaal"]]
    assert [(n.mark, n.text) for n in project.tables[0].footnotes] == [("*", " ".join(note)[2:])]


def test_a_reviewers_balloons_beside_the_text_are_no_text(tmp_path):
    """A draft printed with its markup: beside the text, in a pane, a balloon of a reviewer's
    comment level with the line it comments on, and one of a tracked format change level
    with a field's label. Neither is text of the document; the reading says they were there,
    in either language."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from regio.report.i18n import note_text

    width, height = A4
    c = canvas.Canvas(str(path := tmp_path / "markup.pdf"), pagesize=A4)
    c.setFillColor(Color(0.95, 0.95, 0.95))
    c.rect(430, 0, width - 430, height, stroke=0, fill=1)

    def balloon(y: float, lines: list[str]) -> None:
        c.setFillColor(Color(0.97, 0.92, 0.92))
        c.rect(436, height - y - 8 * len(lines) - 4, 150, 8 * len(lines) + 6, stroke=1, fill=1)
        c.setFillColor(Color(0, 0, 0))
        for k, line in enumerate(lines):
            c.setFont("Helvetica", 7)
            c.drawString(440, height - y - 8 * k, line)

    def text(y: float, words: str, font: str = "Helvetica", size: float = 10) -> None:
        c.setFillColor(Color(0, 0, 0))
        c.setFont(font, size)
        c.drawString(60, height - y, words)

    text(60, "Project 1: Slimme Haven", "Helvetica-Bold", 14)
    text(90, "Partijen", "Helvetica-Bold")
    text(102, "De gemeente Goes en de haven.")
    text(130, "Opgave", "Helvetica-Bold")
    text(142, "De haven groeit en vraagt om vakmensen.")
    balloon(142, ["Opmerking [AB1]: Klopt dit", "wel? Graag een bron."])
    text(170, "Resultaten", "Helvetica-Bold")
    balloon(170, ["Opgemaakt: Lettertype: Vet"])
    text(182, "Honderd vakmensen per jaar.")
    c.save()
    dossier = extract(path, cross_check="none")
    (project,) = dossier.projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("Partijen", "De gemeente Goes en de haven."), ("Opgave", "De haven groeit en vraagt om vakmensen."),
        ("Resultaten", "Honderd vakmensen per jaar.")]
    (note,) = [w for w in dossier.warnings if w.code == "markup-balloons"]
    assert note.page == 1 and note.message.startswith("2 comment(s)") and "Opmerking [AB1]: Klopt dit" in note.message
    assert note_text(note.code, note.message, "nl").startswith("2 opmerking(en) of wijziging(en) in ballonnen")


def test_pages_scaled_onto_larger_sheets_have_their_footer_where_their_text_ends(tmp_path):
    """Each page printed scaled down onto a larger sheet (as beside a pane of comments): its
    running header and its footer ("Pagina 2") stand well inside the sheet, at one place on
    every sheet. They are the page's, not the end of the field over them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path := tmp_path / "scaled.pdf"), pagesize=A4)

    def text(y: float, words: str, font: str = "Times-Roman", size: float = 8) -> None:
        c.setFont(font, size)
        c.drawString(60, height - y, words)

    fields = [("Partijen", "De gemeente Goes."), ("Opgave", "De haven groeit."),
              ("Resultaten", "Meer vakmensen."), ("Structureel karakter", "Het blijft.")]
    for page, part in enumerate((fields[:2], fields[2:]), 1):
        text(120, "Regio Deal Zeeland - projectvoorstellen", size=6)
        if page == 1:
            text(150, "Project 1: Slimme Haven", "Times-Bold", 11)
        for k, (label, words) in enumerate(part):
            text(180 + 40 * k + (300 if k else 0), label, "Times-Bold")
            text(190 + 40 * k + (300 if k else 0), words)
        text(660, f"Pagina {page}", size=6)
        c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == fields


def test_a_row_that_names_its_source_beside_an_amount_is_no_header():
    """A budget in long form ends with the table's total as a block: "Totaal", a source's name
    and its amount on one line. Two labels set apart, but an amount under the last: a row,
    not the header of a table. A header's year is no amount."""
    from regio.extract.header_table import is_table_header
    from regio.extract.layout import Line, Word
    from regio.extract.settings import DEFAULT

    def placed(*cells: tuple[float, str]) -> Line:
        return Line(1, [Word(text, x, x + 4.5 * len(text), 100, 109, 9.0) for x, text in cells], 0.28)

    assert not is_table_header(placed((74, "Totaal"), (255, "Privaat"), (400, "2.500.000")), DEFAULT.alias_map, DEFAULT)
    assert is_table_header(placed((74, "Kosten"), (255, "Totaal"), (330, "Privaat"), (400, "2019")), DEFAULT.alias_map, DEFAULT)


def test_a_fields_label_again_over_its_tables_alone_is_no_second_field(tmp_path):
    """A project sheet states its funding in a field "Financiering", then, after its other
    fields, prints its tables on a page of their own under a heading that says the same (a
    table of milestones first): one field, with its text."""
    page1 = [(60, 60, "Project 1: Slimme Haven", 14), (60, 90, "Partijen", 10, "Helvetica-Bold"),
             (60, 102, "De gemeente Goes.", 10), (60, 130, "Financiering", 10, "Helvetica-Bold"),
             (60, 142, "De regio draagt 400.000 euro bij.", 10), (60, 170, "Resultaten", 10, "Helvetica-Bold"),
             (60, 182, "Honderd vakmensen.", 10)]
    page2 = [(60, 60, "Financiering", 14, "Helvetica-Bold"), (60, 84, "Tabel 1", 8.5, "Helvetica-Bold"),
             (60, 100, "Mijlpaal", 10, "Helvetica-Bold"), (250, 100, "Gereed", 10, "Helvetica-Bold"),
             (60, 116, "Ontwerp", 10), (250, 116, "Q4 2024", 10), (60, 132, "Oplevering", 10), (250, 132, "Q3 2025", 10),
             (60, 160, "Tabel 2", 8.5, "Helvetica-Bold"),
             (60, 176, "Opgaven", 10), (250, 176, "Totaal", 10), (330, 176, "Rijk", 10),
             (60, 192, "Bouw", 10), (250, 192, "400.000", 10), (330, 192, "400.000", 10)]
    (project,) = extract(draw(tmp_path / "heading.pdf", [page1, page2]), cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente Goes."),
                                                           ("Financiering", "De regio draagt 400.000 euro bij."),
                                                           ("Resultaten", "Honderd vakmensen.")]
    assert [[[c.raw for c in r.cells] for r in t.rows] for t in project.tables] == [
        [["Q4 2024"], ["Q3 2025"]], [["400.000", "400.000"]]]


def test_the_line_from_a_commented_amount_to_its_balloon_parts_no_row(tmp_path):
    """A draft printed with its markup comments on an amount in a ruled table: a dotted line
    runs from the amount under the row's first line out past the table to the balloon. It is
    no rule of the table: the row's label wrapped under it stays the row's."""
    from reportlab.lib.colors import Color
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path := tmp_path / "connector.pdf"), pagesize=A4)

    def text(x: float, y: float, words: str, font: str = "Helvetica", size: float = 9, right: bool = False) -> None:
        c.setFont(font, size)
        (c.drawRightString if right else c.drawString)(x, height - y, words)

    text(60, 60, "Project 1: Slimme Haven", "Helvetica-Bold", 14)
    text(60, 90, "Inzet en co-financiering", "Helvetica-Bold", 10)
    text(60, 102, "De kosten staan hieronder.", size=10)
    rows = [(120, 136, ["Kosten", "Totaal", "Privaat", "Rijk"]),
            (136, 172, ["Ontwikkeling en", "900.000", "450.000", "450.000"]),
            (172, 188, ["Totaal", "900.000", "450.000", "450.000"])]
    edges = [62, 150, 230, 320, 414]
    c.setLineWidth(0.5)
    for top, bottom, cells in rows:
        c.line(edges[0], height - top, edges[-1], height - top)
        text(edges[0] + 3, top + 10, cells[0], "Helvetica-Bold" if top == 120 else "Helvetica")
        for right, cell in zip(edges[2:], cells[1:]):
            text(right - 3, top + 10, cell, "Helvetica-Bold" if top == 120 else "Helvetica", right=True)
    c.line(edges[0], height - 188, edges[-1], height - 188)
    for x in edges:
        c.line(x, height - 120, x, height - 188)
    text(65, 156, "inrichting van het")
    text(65, 166, "innovatiecentrum")
    c.setDash(1, 2)
    c.line(230 - 3, height - 148, 420, height - 148)  # under the first line, from the commented amount on
    c.line(420, height - 148, 440, height - 142)
    c.setDash()
    c.setFillColor(Color(0.97, 0.92, 0.92))
    c.rect(440, height - 160, 110, 24, stroke=1, fill=1)
    c.setFillColor(Color(0, 0, 0))
    text(444, 145, "Opmerking [AB2]: klopt dit", size=7)
    text(444, 154, "na wijziging?", size=7)
    text(60, 210, "Resultaten", "Helvetica-Bold", 10)
    text(60, 222, "Honderd vakmensen per jaar.", size=10)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        ("Ontwikkeling en inrichting van het innovatiecentrum", ["900.000", "450.000", "450.000"]),
        ("Totaal", ["900.000", "450.000", "450.000"])]


def test_cards_of_text_ruled_over_and_under_side_by_side_are_read_row_by_row(tmp_path):
    """A dashboard's fields in cards two to a row, each card a rule over and under its text and
    no sides: no tables side by side, however their rules end and start a gutter apart. Each
    card's text is its field's."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(path := tmp_path / "cards.pdf"), pagesize=(width, height))

    def card(x0: float, x1: float, top: float, label: str, lines: list[str]) -> None:
        c.setLineWidth(0.5)
        c.line(x0, height - top, x1, height - top)
        c.line(x0, height - top - 14 - 11 * len(lines), x1, height - top - 14 - 11 * len(lines))
        c.setFont("Helvetica-Bold", 7)
        c.drawString(x0 + 6, height - top - 10, label)
        c.setFont("Helvetica", 8)
        for k, words in enumerate(lines):
            c.drawString(x0 + 6, height - top - 21 - 11 * k, words)

    c.setFont("Helvetica-Bold", 14)
    c.drawString(34, height - 50, "Project 1: Slimme Havens")
    card(34, 416, 70, "AANPAK", ["Het project organiseert de arbeidsmarkt in de regio en draagt zo bij.",
                                 "De resultaten worden jaarlijks gemonitord en gedeeld met anderen."])
    card(426, 808, 70, "FINANCIERING", ["Aan het Rijk wordt gevraagd 750.000 euro bij te dragen.",
                                        "De regio draagt 4 mln. bij aan het programma."])
    card(34, 416, 150, "BORGING", ["Elke kennisinstelling investeert in de kennisinfrastructuur.",
                                   "Het netwerk blijft na afloop bestaan."])
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert [(f.label, f.text) for f in project.fields] == [
        ("AANPAK", "Het project organiseert de arbeidsmarkt in de regio en draagt zo bij. De resultaten worden "
                   "jaarlijks gemonitord en gedeeld met anderen."),
        ("FINANCIERING", "Aan het Rijk wordt gevraagd 750.000 euro bij te dragen. De regio draagt 4 mln. bij aan het "
                         "programma."),
        ("BORGING", "Elke kennisinstelling investeert in de kennisinfrastructuur. Het netwerk blijft na afloop bestaan.")]


def _form_pages(block: bool, numbered: bool) -> list[list[tuple]]:
    """Two projects, each on two pages: a form's block of keys over the title, or none; the
    fields' labels numbered in boxes beside them, or not."""
    bold = "Helvetica-Bold"
    pages = []
    for k, (title, theme) in enumerate((("Slimme Haven", "Techniek als motor"), ("Groene Kernen", "Leefbaarheid")), 1):
        runs = [(60, 60, "Projectnummer", 9, bold), (200, 60, f"RD-0{k}", 9), (60, 74, "Thema", 9, bold),
                (200, 74, theme, 9), (60, 88, "Indiener", 9, bold), (200, 88, "Gemeente Goes", 9)] if block else []
        runs.append((60, 120, title, 14, bold))
        for n, (y, label, text) in enumerate(((150, "Naam Project", f"Project {title}."),
                                              (190, "Opgave", "De regio vraagt om vakmensen."),
                                              (230, "Borging", "Het netwerk blijft na afloop bestaan.")), 1):
            runs += [(60, y, str(n), 9, bold), (78, y, label, 11, bold)] if numbered else [(60, y, label, 11, bold)]
            runs.append((60, y + 14, text, 10))
        pages += [runs, [(60, 300 + 40 * k, "Daarbij wordt samengewerkt met het onderwijs.", 10)]]
    return pages


def test_a_forms_labels_numbered_in_boxes_beside_them_are_its_labels(tmp_path):
    """A form numbers its sections in boxes set apart from their labels ("1   Naam Project",
    the number's box a gap wider than a word's before the label): the labels come back with
    each project all the same, and each project opens under its title."""
    dossier = extract(draw(tmp_path / "numbered.pdf", _form_pages(block=False, numbered=True)), cross_check="none")
    assert [(p.title, p.pages) for p in dossier.projects] == [("Slimme Haven", [1, 2]), ("Groene Kernen", [3, 4])]
    assert [f.label for f in dossier.projects[0].fields] == ["Naam Project", "Opgave", "Borging"]
    assert dossier.projects[1].field("Opgave").text == "De regio vraagt om vakmensen."


def test_a_block_of_keys_over_every_projects_title_opens_that_project(tmp_path):
    """A form opens each project's page with a block of keys and their values over the title
    ("Projectnummer", "Thema", "Indiener"): the block is the project's, not the end of the
    project before, and its "Thema" row names the project's theme."""
    dossier = extract(draw(tmp_path / "blocks.pdf", _form_pages(block=True, numbered=False)), cross_check="none")
    assert [(p.title, p.theme, p.pages) for p in dossier.projects] == [
        ("Slimme Haven", "Techniek als motor", [1, 2]), ("Groene Kernen", "Leefbaarheid", [3, 4])]
    for project in dossier.projects:
        assert [(f.label, f.text) for f in project.fields][-1] == (
            "Borging", "Het netwerk blijft na afloop bestaan. Daarbij wordt samengewerkt met het onderwijs.")


def test_a_single_projects_ruled_block_of_keys_over_its_title_is_its_first_table(tmp_path):
    """One application filled in on a form: a ruled block of keys and their values over the
    title. The block is the project's (its first table, "Thema" its theme), no field of
    its own, and no theme printed over the title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path := tmp_path / "form.pdf"), pagesize=A4)
    rows = [("Projectnummer", "RD-07"), ("Thema", "Zorg en welzijn"), ("Staatssteun getoetst", "ja")]
    for k, (key, value) in enumerate(rows):
        c.setFont("Helvetica-Bold", 9)
        c.drawString(64, height - 72 - 16 * k, key)
        c.setFont("Helvetica", 9)
        c.drawString(204, height - 72 - 16 * k, value)
    c.setLineWidth(0.5)
    for k in range(len(rows) + 1):
        c.line(60, height - 60 - 16 * k, 400, height - 60 - 16 * k)
    for x in (60, 200, 400):
        c.line(x, height - 60, x, height - 60 - 16 * len(rows))
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 140, "Vitale Kernen")
    for y, label, text in ((170, "Partijen", "De gemeente en de provincie."), (210, "Opgave", "De kernen lopen leeg.")):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(60, height - y, label)
        c.setFont("Helvetica", 10)
        c.drawString(60, height - y - 14, text)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    assert (project.title, project.theme) == ("Vitale Kernen", "Zorg en welzijn")
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "De gemeente en de provincie."),
                                                           ("Opgave", "De kernen lopen leeg.")]
    assert [r.label for r in project.tables[0].rows][-1] == "Staatssteun getoetst"


def test_a_forms_help_longer_than_a_short_answer_under_it_is_no_answer(tmp_path):
    """A template's help under each label in small italics, left in by every project, two
    lines over an answer of one: the field's own lines are mostly the help's type, but the
    help is smaller than the document's text and in italics, and stays out of the answer."""
    bold, oblique = "Helvetica-Bold", "Helvetica-Oblique"
    help_lines = ("[Noem de penvoerder en alle partijen die aan het project bijdragen, met hun rol.",
                  "Voeg intentieverklaringen toe als bijlage.]")
    pages = []
    for title, partners in (("Slimme Haven", "De gemeente Goes."), ("Groene Kernen", "Provincie Zeeland."),
                            ("Vitale Teelt", "ZLTO en de telers.")):
        pages.append([(60, 60, title, 14, bold), (60, 100, "Partijen", 11, bold),
                      (60, 113, help_lines[0], 8, oblique), (60, 123, help_lines[1], 8, oblique),
                      (60, 138, partners, 10), (60, 170, "Opgave", 11, bold),
                      (60, 183, "[Beschrijf de opgave.]", 8, oblique),
                      *((60, 198 + 13 * k, f"De regio vraagt om vakmensen, regel {k} van de opgave.", 10) for k in range(4))])
    dossier = extract(draw(tmp_path / "template.pdf", pages), cross_check="none")
    assert [p.field("Partijen").text for p in dossier.projects] == ["De gemeente Goes.", "Provincie Zeeland.",
                                                                   "ZLTO en de telers."]
    assert dossier.projects[0].field("Opgave").text.startswith("De regio vraagt om vakmensen, regel 0")



def test_a_ruled_tables_last_row_alone_at_the_next_pages_top_is_its_row(tmp_path):
    """A ruled table pasted from a spreadsheet breaks before its total row, and the next
    page does not repeat its header: the total in a grid of one row at that page's top is
    the table's last row, no text of the field."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "break.pdf"), pagesize=A4), A4[1]
    edges = (60, 250, 330, 420, 500)

    def grid(top: float, rows: list[tuple[str, ...]], font: str = "Helvetica") -> None:
        c.setLineWidth(0.5)
        for k in range(len(rows) + 1):
            c.line(edges[0], height - top - 16 * k, edges[-1], height - top - 16 * k)
        for x in edges:
            c.line(x, height - top, x, height - top - 16 * len(rows))
        for k, cells in enumerate(rows):
            c.setFont(font, 9)
            c.drawString(64, height - top - 16 * k - 12, cells[0])
            for x, cell in zip(edges[2:], cells[1:]):
                c.drawRightString(x - 4, height - top - 16 * k - 12, cell)

    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 60, "Project 1: Zorgtalent")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, height - 640, "Planning")
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 654, "De kosten zijn als volgt verdeeld:")
    grid(670, [("Activiteit", "2024", "2025", "Totaal"), ("Leerwerktrajecten", "450", "600", "1.050"),
               ("Academie", "300", "550", "850")])
    c.showPage()
    grid(60, [("Totaal", "750", "1.150", "1.900")], "Helvetica-Bold")
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 100, "In 2024 ligt de nadruk op de werving.")
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows][-1] == ("Totaal", ["750", "1.150", "1.900"])
    assert project.field("Planning").text == "De kosten zijn als volgt verdeeld: In 2024 ligt de nadruk op de werving."


def test_a_table_in_a_forms_cell_going_on_at_the_next_pages_top_without_its_header(tmp_path):
    """Every field a row of the form's grid (its label in the left cell), the funding table a
    grid nested in the right cell; it breaks after its first row and goes on in the field's
    row on the next page ("Financiering (vervolg)"), the header not repeated. Its first row
    is a row, not a header, and the two parts are one table, a row label wrapped over two
    lines with its amounts on the second whole."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "form.pdf"), pagesize=A4), A4[1]
    edges = (190, 330, 400, 470, 535)

    def field(top: float, bottom: float, label: str) -> None:
        c.setLineWidth(0.8)
        c.rect(60, height - bottom, 475, bottom - top)
        c.line(180, height - top, 180, height - bottom)
        c.setFont("Helvetica-Bold", 9)
        c.drawString(64, height - top - 12, label)

    def grid(top: float, rows: list[tuple[tuple[str, ...], ...]], fonts: tuple[str, ...]) -> float:
        c.setLineWidth(0.5)
        y = top
        for cells, font in zip(rows, fonts):
            tall = 4 + 10 * max(len(cell) for cell in cells)
            c.line(edges[0], height - y, edges[-1], height - y)
            for x in edges:
                c.line(x, height - y, x, height - y - tall)
            c.setFont(font, 8)
            for n, line in enumerate(cells[0]):
                c.drawString(edges[0] + 3, height - y - 10 - 10 * n, line)
            for x, cell in zip(edges[1:], cells[1:]):
                c.drawRightString(x - 3, height - y - tall + 5, cell[0])
            y += tall
        c.line(edges[0], height - y, edges[-1], height - y)
        return y

    head = (("Kostenpost",), ("Totaal",), ("Provincie",), ("Rijk",))
    rows = [(("Bouw",), ("400.000",), ("100.000",), ("300.000",)),
            (("Inrichting",), ("200.000",), ("50.000",), ("150.000",)),
            (("Werkplaats en", "demonstratieruimte"), ("100.000",), ("50.000",), ("50.000",)),
            (("Onderzoek",), ("300.000",), ("200.000",), ("100.000",)),
            (("Totaal",), ("1.000.000",), ("400.000",), ("600.000",))]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 60, "Project 1: Zorgtalent")
    field(80, 130, "Partijen")
    c.setFont("Helvetica", 9)
    c.drawString(190, height - 92, "De provincie, de gemeenten en de hogeschool.")
    field(130, 780, "Financiering")
    c.drawString(190, height - 142, "De provincie en het Rijk dragen de kosten:")
    grid(720, [head, rows[0]], ("Helvetica-Bold", "Helvetica"))
    c.showPage()
    field(50, 130, "Financiering (vervolg)")
    grid(54, rows[1:], ("Helvetica",) * 3 + ("Helvetica-Bold",))
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "provincie", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [
        (" ".join(r[0]), [cell[0] for cell in r[1:]]) for r in rows]


def test_a_table_pasted_row_by_row_each_a_grid_a_few_points_off_reads_by_its_columns(tmp_path):
    """Rows pasted from other documents, each a grid of its own whose column rules stand a
    few points off the others' (and one row of the header's): one table, every figure in
    its column, no narrow columns between the rules that miss each other."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "pasted.pdf"), pagesize=A4), A4[1]
    rows = [(("Opgaven/Investeringen", "Totaal", "Privaat", "Provincie", "Rijk"), 0),
            (("Projecten", "2.000.000", "1.000.000", "500.000", "1.000.000"), 0),
            (("Educatie", "1.000.000", "500.000", "-", "500.000"), 8),
            (("Totaal", "3.000.000", "1.500.000", "500.000", "1.500.000"), -3)]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 60, "Project 1: Slimme Haven")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, height - 90, "Inzet en co-financiering")
    for k, (cells, shift) in enumerate(rows):
        top = height - 100 - 16 * k
        edges = [60, 210 + shift, 290 - shift, 370 + shift, 450 + shift, 530]
        c.setLineWidth(0.5)
        c.line(edges[0], top, edges[-1], top)
        c.line(edges[0], top - 16, edges[-1], top - 16)
        for x in edges:
            c.line(x, top, x, top - 16)
        c.setFont("Helvetica", 8)
        c.drawString(64, top - 12, cells[0])
        for x, cell in zip(edges[2:], cells[1:]):
            c.drawRightString(x - 4, top - 12, cell)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(cells[0], list(cells[1:])) for cells, _ in rows[1:]]


def test_a_forms_button_boxed_under_a_grids_rows_parts_no_column(tmp_path):
    """A web form's table of inputs printed: a box round each cell, a row label wrapped over
    two lines, and under the rows a button ("+ Regel toevoegen") in a box of its own whose
    right edge stands inside the labels' column, left of the label's longer line. The
    button is no row, and its edge no column's: every word of the label stays in its row's
    label."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "button.pdf"), pagesize=A4), A4[1]
    edges = [(60, 230), (234, 310), (314, 390), (394, 470)]
    rows = [(("Ontwikkeling en inrichting van het", "innovatiecentrum Vlissingen-Oost"), ("4.000.000", "1.500.000", "2.500.000")),
            (("Programmamanagement",), ("400.000", "100.000", "300.000")),
            (("Totaal",), ("4.400.000", "1.600.000", "2.800.000"))]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 60, "Project 1: Innovatiecentrum")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, height - 90, "Kostenpost")
    c.setFont("Helvetica-Bold", 8)
    for (_, b), word in zip(edges, ("Omschrijving", "Totaal", "Bedrijven", "Rijk")):
        c.drawRightString(b - 4, height - 110, word) if word != "Omschrijving" else c.drawString(64, height - 110, word)
    top = height - 116
    for k, (label, amounts) in enumerate(rows):
        tall = 8 + 10 * len(label)
        if k == len(rows) - 1:  # the button, then the total
            c.roundRect(60, top - 20, 80, 14, 3)
            c.setFont("Helvetica", 8)
            c.drawString(66, top - 16, "+ Regel toevoegen")
            top -= 26
        for a, b in edges:
            c.rect(a, top - tall, b - a, tall)
        c.setFont("Helvetica", 8)
        for n, words in enumerate(label):
            c.drawString(64, top - 11 - 10 * n, words)
        for (_, b), amount in zip(edges[1:], amounts):
            c.drawRightString(b - 4, top - tall / 2 - 3, amount)
        top -= tall + 4
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    read = [(r.label, [c.raw for c in r.cells]) for r in table.rows]
    assert read == [(" ".join(label), list(amounts)) for label, amounts in rows]


def test_a_sub_header_boxed_in_its_own_cells_at_a_pages_foot_is_no_button(tmp_path):
    """A grid's header at a page's foot, its second level ("Gem.", "Prov." under "Publiek")
    boxed in cells of its own, the rows on the next page: the sub-header's boxes are the only
    rules there, like a button's, but it names columns: it heads them, and the part at the
    page's foot is read whole, not as a table left without rows."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "subheader.pdf"), pagesize=A4), A4[1]
    edges = [(60, 230), (230, 290), (290, 330), (330, 370), (370, 430)]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 60, "Project 1: Proeftuin Zilte Teelt")
    c.setFont("Helvetica", 10)
    for k in range(40):
        c.drawString(60, height - 90 - 16 * k, "De proeftuin werkt met ondernemers en onderzoekers aan zilte teelt.")
    top = 96
    c.setFont("Helvetica-Bold", 9)
    c.setFillColorRGB(0.87, 0.92, 0.96)
    c.rect(60, top - 32, 370, 32, stroke=1, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for (a, b), word in zip(edges, ("Begroting", "Totaal", "Publiek", "", "Rijk")):
        c.drawString(a + 4, top - 12, word)
    for x in (230, 290, 370):
        c.line(x, top, x, top - 32)
    c.line(290, top - 16, 370, top - 16)
    c.line(330, top - 16, 330, top - 32)
    c.drawString(294, top - 28, "Gem.")
    c.drawString(334, top - 28, "Prov.")
    c.showPage()
    rows = (("Proefvelden", ("1.500.000", "300.000", "400.000", "800.000")),
            ("Kennisontwikkeling", ("950.000", "250.000", "200.000", "500.000")),
            ("Totaal", ("2.450.000", "550.000", "600.000", "1.300.000")))
    top = height - 60
    c.setFont("Helvetica", 9)
    for label, amounts in rows:
        for a, b in edges:
            c.rect(a, top - 16, b - a, 16)
        c.drawString(64, top - 12, label)
        for (_, b), amount in zip(edges[1:], amounts):
            c.drawRightString(b - 4, top - 12, amount)
        top -= 16
    c.save()
    dossier = extract(path, cross_check="none")
    assert "table-unreadable" not in [w.code for w in dossier.warnings]
    (project,) = dossier.projects
    (table,) = project.tables
    assert [(c.key, c.group) for c in table.columns] == [("totaal", None), ("gemeente", "publiek"), ("provincie", "publiek"),
                                                         ("rijk", None)]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(label, list(amounts)) for label, amounts in rows]


def test_labels_in_bold_faked_by_printing_them_twice_are_bold(tmp_path):
    """A design tool fakes bold by printing a label in the regular face twice, a hair apart:
    the text keeps one copy, and the label, told from the text by nothing else, is bold."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "faux.pdf"), pagesize=A4), A4[1]
    fields = (("Partijen", "De gemeente Goes en de haven."), ("Opgave", "De haven groeit en vraagt om vakmensen."),
              ("Resultaten", "Honderd vakmensen per jaar."))
    for title in ("Slimme Haven", "Groene Kernen"):
        c.setFont("Helvetica-Bold", 18)
        c.drawString(60, height - 60, title)
        for k, (label, text) in enumerate(fields):
            y = height - 100 - 40 * k
            c.setFont("Helvetica", 10.5)
            for dx in (0, 0.3, 0.6):
                c.drawString(60 + dx, y, label)
            c.setFont("Helvetica", 10)
            c.drawString(60, y - 14, text)
        c.showPage()
    c.save()
    projects = extract(path, cross_check="none").projects
    assert [p.title for p in projects] == ["Slimme Haven", "Groene Kernen"]
    assert [[(f.label, f.text) for f in p.fields] for p in projects] == [list(fields)] * 2


def test_a_label_with_its_translation_after_a_slash_is_a_label(tmp_path):
    """A cross-border programme sets each label with its English after it ("Inzet en
    co-financiering / Contribution and co-financing"): the label is one still, however
    many words the translation adds."""
    bold = "Helvetica-Bold"
    fields = (("Partijen / Partners", "De gemeente Goes en de haven."),
              ("Inzet en co-financiering / Contribution and co-financing", "De regio brengt de helft in."))
    pages = [[(60, 60, title, 16, bold), *((60, 100 + 40 * k + dy, text, 10, *((bold,) if dy == 0 else ()))
                                           for k, field in enumerate(fields) for dy, text in zip((0, 14), field))]
             for title in ("Slimme Haven", "Groene Kernen")]
    projects = extract(draw(tmp_path / "bilingual.pdf", pages), cross_check="none").projects
    assert [[(f.label, f.text) for f in p.fields] for p in projects] == [list(fields)] * 2


def test_a_running_footer_set_apart_like_a_note_is_no_note_going_on():
    """A page whose text ends high sets its running footer apart at its foot in small type,
    as it would a note: it is no line of the last footnote going on over the pages."""
    from conftest import SAMPLES

    dossier = extract(SAMPLES / "zoo" / "twente-glance.pdf", cross_check="none")
    notes = [n for p in dossier.projects for n in [*p.notes, *(f for t in p.tables for f in t.footnotes)]]
    assert not any("oogopslag" in n.text for n in notes)
    (koolmees,) = [n for n in notes if n.mark == "¹"]
    assert koolmees.text.endswith("het initiatief van het House of Skills in Amsterdam'.")


@pytest.mark.parametrize("rijk", [("Rijk",), ("Rijk", "(Regio", "Deal)")])
def test_a_source_no_row_fills_keeps_its_column_beside_the_one_its_amounts_stand_under(tmp_path, rijk):
    """An unruled table shaded in column bands whose last column ("Rijk") is empty in every row:
    neither the amounts' alignment nor a band's edge with text on both sides shows a column
    there, but the header names two sources apart over the last amounts, so they part (between
    the labels, clear of the amounts set right past the centred "Prov."); also where the empty
    column's label is wrapped over lines above the other's, named only by them all."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "empty-column.pdf"), pagesize=A4), A4[1]
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 30, "Project 1: Zilte Zorg")
    c.setFont("Helvetica-Bold", 10)
    c.drawString(60, height - 46, "Financiering")
    c.setFont("Helvetica", 10)
    c.drawString(60, height - 58, "De provincie draagt bij.")
    centres = (250, 330, 410, 452)
    rows = (("Veldproeven op proefbedrijven", ("2.730.000", "1.480.000", "1.250.000")),
            ("Kennisdeling", ("400.000", "150.000", "250.000")),
            ("Totaal", ("3.130.000", "1.630.000", "1.500.000")))
    c.setFillColorRGB(0.9, 0.93, 0.97)
    for x in (250, 410):  # every other column on a band
        c.rect(x - 36, height - 160, 72, 70, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(60, height - 100, "Opgaven / Investeringen")
    for x, label in zip(centres, ("Totaal", "Bedrijfsleven", "Prov.")):
        c.drawCentredString(x, height - 100, label)
    for k, line in enumerate(reversed(rijk)):
        c.drawCentredString(centres[-1], height - 100 + 10 * k, line)
    c.line(60, height - 106, 490, height - 106)
    c.setFont("Helvetica", 9)
    for k, (label, amounts) in enumerate(rows):
        y = height - 120 - 14 * k
        c.drawString(60, y, label)
        for x, amount in zip(centres, amounts):
            c.drawRightString(x + 26, y, amount)
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [col.key for col in table.columns] == ["totaal", "privaat", "provincie", "rijk"]
    assert [(r.label, [cell.raw for cell in r.cells]) for r in table.rows] == [(label, [*amounts, ""]) for label, amounts in rows]


def test_captions_at_every_pages_top_are_no_running_title(tmp_path):
    """A financial overview opens most pages with its next table's caption, the scale at the
    caption's end ("Tabel 3 Financiering Groene Energie ... (bedragen x € 1 mln.)"), at the
    same place, the same project's on pages in a row: captions that number tables, not a
    running header or title; each table keeps its caption and its scale."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c, height = canvas.Canvas(str(path := tmp_path / "captions.pdf"), pagesize=A4), A4[1]
    pages = [("Slimme Havens", None), ("Groene Energie", "Slimme Havens"), (None, "Groene Energie"),
             ("Vitale Kernen", "Groene Energie"), (None, "Vitale Kernen"), (None, "Vitale Kernen"),
             ("Sterke Steden", None), (None, None)]
    heads = ["Kostenpost", "Begroting", "Onderdeel", "Activiteit", "Opgaven"]
    lines = ["Pilots", "Kennisdeling", "Fieldlab", "Scholing", "Evaluatie", "Huisvesting", "Monitoring", "Inrichting",
             "Communicatie", "Projectleiding"]
    number = 0
    for title, captioned in pages:
        c.setFont("Helvetica", 8)
        c.drawString(60, height - 40, "Financieel overzicht Regio Deal")
        c.drawRightString(535, height - 40, "Directie Financiën")
        y = height - 80
        if captioned:
            number += 1
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y, f"Tabel {number} Financiering {captioned}")
            c.setFont("Helvetica", 9)
            c.drawRightString(535, y, "(bedragen x € 1 mln.)")
            c.setFont("Helvetica-Bold", 9)
            for x, label in ((60, heads[number - 1]), (380, "Totaal"), (460, "Provincie"), (535, "Rijk")):
                (c.drawString if x == 60 else c.drawRightString)(x, y - 22, label)
            c.line(60, y - 26, 535, y - 26)
            c.setFont("Helvetica", 9)
            rows = ((lines[2 * number - 2], (f"{number},65", "0,65", f"{number},00")),
                    (lines[2 * number - 1], (f"0,{number}0", f"0,{number}0", "-")),
                    ("Totaal", (f"{number},{65 + 10 * number}", f"{number - 1},{65 + 10 * number}", f"{number},00")))
            for k, (label, amounts) in enumerate(rows):
                c.drawString(60, y - 40 - 14 * k, label)
                for x, amount in zip((380, 460, 535), amounts):
                    c.drawRightString(x, y - 40 - 14 * k, amount)
            y -= 110 + 12 * number
        if title:
            c.setFont("Helvetica-Bold", 16)
            c.drawString(60, y, title)
            c.setFont("Helvetica-Bold", 10)
            c.drawString(60, y - 30, "Opgave")
            c.setFont("Helvetica", 10)
            for k in range(6):
                c.drawString(60, y - 46 - 14 * k, f"De regio werkt aan {title.lower()} met partners in het gebied, regel {k + 1}.")
        c.setFont("Helvetica", 8)
        c.drawRightString(535, 30, f"Pagina {c.getPageNumber()} van 8")
        c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    tables = [(p.title, t.caption, t.scale) for p in dossier.projects for t in p.tables]
    assert tables == [(owner, f"Tabel {k} Financiering {owner} (bedragen x € 1 mln.)", 1_000_000)
                      for k, owner in enumerate(["Slimme Havens", "Groene Energie", "Groene Energie", "Vitale Kernen",
                                                 "Vitale Kernen"], start=1)]


# The two ways a form opens the funding under the costs: the header's labels again beside its
# own, or a label alone under the costs' total (the header's labels over both).
_OPENINGS = {"labels repeated": ([("Kosten", "Bedrag")], [("Dekking / Financiering", "Bedrag")]),
             "label alone": ([("Omschrijving", "Bedrag"), ("Kosten", "")], [("Dekking", "")])}


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("opening", _OPENINGS)
@pytest.mark.parametrize("rijk, dekking", [("450.000", "950.000"), ("500.000", "1.000.000")])
# (a cost line may name a party in passing: the costs are no sources for it)
@pytest.mark.parametrize("named", [("Bouw", "Onderzoek"), ("Personeelskosten", "Begeleiding van startende ondernemers")])
def test_a_budget_and_its_funding_stacked_in_one_table_are_two_parts_whose_totals_must_agree(request, tmp_path, ruled,
                                                                                               opening, rijk, dekking, named):
    """A subsidy form's "begroting en dekkingsplan": the costs, then the sources under them, in
    one two-column table. The costs are a table of their own (their lines add up to "Totaal
    kosten"), the funding one of sources (read turned); its total must be theirs."""
    from regio.validate import check

    if opening == "label alone" and not ruled and named[1] != "Onderzoek":
        request.applymarker(pytest.mark.xfail(strict=True, reason=(
            "without rules, the funding's label alone does not part it from costs one of which names a party "
            "in passing: the whole is read as one table turned, the cost lines its columns")))

    c, text = _canvas(path := tmp_path / "dekking.pdf")
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Inzet en co-financiering", 12, font="Helvetica-Bold")
    text(72, 116, "De regio en het Rijk dragen samen de kosten.", 11)
    head, funding_head = _OPENINGS[opening]
    lines = [*head, (named[0], "600.000"), (named[1], "400.000"), ("Totaal kosten", "1.000.000"),
             *funding_head, ("Bedrijfsleven", "300.000"), ("Provincie", "200.000"),
             ("Rijk (Regio Deal)", rijk), ("Totaal dekking", dekking)]
    if ruled:
        _grid(c, 140, (72, 330, 450), tuple(18 * k for k in range(len(lines) + 1)))
    for k, (label, amount) in enumerate(lines):
        bold = "Helvetica-Bold" if amount in ("Bedrag", "") or label.startswith("Totaal") else "Helvetica"
        text(77, 153 + 18 * k, label, 10, font=bold)
        text(445 - c.stringWidth(amount, bold, 10), 153 + 18 * k, amount, 10, font=bold)
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    costs, funding = dossier.projects[0].tables
    assert (costs.budget_part, funding.budget_part) == ("costs", "funding")
    assert [(r.label, r.kind, [c.raw for c in r.cells]) for r in costs.rows if r.kind != "section"] == [
        (named[0], "body", ["600.000"]), (named[1], "body", ["400.000"]), ("Totaal kosten", "total", ["1.000.000"])]
    assert [(c.key, c.role) for c in funding.columns] == [
        ("privaat", "source"), ("provincie", "source"), ("rijk", "source"), ("totaal", "total")]
    assert [[c.raw for c in r.cells] for r in funding.rows] == [["300.000", "200.000", rijk, dekking]]
    findings = check(dossier).findings
    if dekking == "1.000.000":
        assert findings == []
    else:
        (finding,) = findings
        assert (finding.code, finding.stated, finding.computed, finding.difference) == (
            "RD108", 1_000_000, 950_000, 50_000)
        assert "€ 950.000" in finding.message and finding.page == 1 and finding.severity == "error"


@pytest.mark.parametrize("ruled", [True, False])
def test_a_budget_and_its_funding_side_by_side_under_one_header_are_two_tables(tmp_path, ruled):
    """"Kosten | Bedrag | Dekking | Bedrag": the costs on the left, the sources that cover them
    on the right, row by row beside them; the header repeats the amount column's label after
    a label of its own, over row labels, not amounts."""
    from regio.validate import check

    c, text = _canvas(path := tmp_path / "beside.pdf")
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Inzet en co-financiering", 12, font="Helvetica-Bold")
    text(72, 116, "De regio en het Rijk dragen samen de kosten.", 11)
    lines = [("Kosten", "Bedrag", "Dekking", "Bedrag"), ("Bouw", "600.000", "Bedrijfsleven", "300.000"),
             ("Onderzoek", "400.000", "Provincie", "200.000"), ("", "", "Rijk (Regio Deal)", "450.000"),
             ("Totaal kosten", "1.000.000", "Totaal dekking", "950.000")]
    xs = (72, 200, 290, 420, 510)
    if ruled:
        _grid(c, 140, xs, tuple(18 * k for k in range(len(lines) + 1)))
    for k, row in enumerate(lines):
        bold = "Helvetica-Bold" if k == 0 or row[0].startswith("Totaal") else "Helvetica"
        for j, cell in enumerate(row):
            text(xs[j + 1] - 5 if j % 2 else xs[j] + 5, 153 + 18 * k, cell, 10, font=bold, right=j % 2 == 1)
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    costs, funding = dossier.projects[0].tables
    assert (costs.label, costs.budget_part, funding.label, funding.budget_part) == (
        "Kosten", "costs", "Dekking", "funding")
    assert [(r.label, [c.raw for c in r.cells]) for r in costs.rows] == [
        ("Bouw", ["600.000"]), ("Onderzoek", ["400.000"]), ("Totaal kosten", ["1.000.000"])]
    assert [c.key for c in funding.columns] == ["privaat", "provincie", "rijk", "totaal"]
    assert [[c.raw for c in r.cells] for r in funding.rows] == [["300.000", "200.000", "450.000", "950.000"]]
    assert [(f.code, f.stated, f.computed) for f in check(dossier).findings] == [("RD108", 1_000_000, 950_000)]


def test_a_turned_tables_column_of_shares_is_a_row_of_shares(tmp_path):
    """Sources as rows beside their amounts and their shares ("Bedrag | %"): read turned, the
    shares are a row of shares, not a second row of amounts that leaves the table without a
    total."""
    from regio.validate import check

    c, text = _canvas(path := tmp_path / "shares.pdf")
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Financiering", 12, font="Helvetica-Bold")
    text(72, 116, "De kosten worden gedeeld.", 11)
    lines = [("Financier", "Bedrag", "%"), ("Bedrijfsleven", "400.000", "40%"), ("Provincie", "100.000", "10%"),
             ("Rijk", "500.000", "50%"), ("Totaal", "1.000.000", "100%")]
    for k, (label, *cells) in enumerate(lines):
        bold = "Helvetica-Bold" if k in (0, len(lines) - 1) else "Helvetica"
        text(77, 153 + 18 * k, label, 10, font=bold)
        for x, cell in zip((330, 410), cells):
            text(x, 153 + 18 * k, cell, 10, font=bold, right=True)
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    (table,) = dossier.projects[0].tables
    assert [c.key for c in table.columns] == ["privaat", "provincie", "rijk", "totaal"]
    assert [(r.label, r.kind) for r in table.rows] == [("Bedrag", "body"), ("%", "share")]
    assert check(dossier).findings == []


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("second_field", [None, "Financiering"])
def test_a_budget_and_its_funding_in_two_captioned_tables_stacked_close(tmp_path, ruled, second_field):
    """"Tabel 1. Begroting" over the costs, "Tabel 2. Financiering" over the sources, one under
    the other, in one field or each in its own: each caption is its table's (not a line of the
    second's header), and the two are a budget's costs and funding whose totals must agree."""
    from regio.validate import check

    c, text = _canvas(path := tmp_path / "two.pdf")
    text(72, 60, "Thema | Een project", 14)
    text(72, 100, "Begroting en dekking", 12, font="Helvetica-Bold")
    text(72, 116, "De kosten en de dekking staan in de tabellen hieronder.", 11)

    def table(top: float, lines: list[tuple[str, str]]) -> None:
        if ruled:
            _grid(c, top, (72, 330, 450), tuple(18 * k for k in range(len(lines) + 1)))
        for k, (label, amount) in enumerate(lines):
            bold = "Helvetica-Bold" if k == 0 or label == "Totaal" else "Helvetica"
            text(77, top + 13 + 18 * k, label, 10, font=bold)
            text(445, top + 13 + 18 * k, amount, 10, font=bold, right=True)

    text(72, 140, "Tabel 1. Begroting", 10, font="Helvetica-Oblique")
    table(148, [("Kostenpost", "Bedrag"), ("Bouw", "600.000"), ("Onderzoek", "400.000"), ("Totaal", "1.000.000")])
    if second_field:
        text(72, 225, second_field, 12, font="Helvetica-Bold")
    text(72, 240, "Tabel 2. Financiering", 10, font="Helvetica-Oblique")
    table(248, [("Financier", "Bedrag"), ("Bedrijfsleven", "300.000"), ("Provincie", "200.000"), ("Rijk", "450.000"),
                ("Totaal", "950.000")])
    c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    (project,) = dossier.projects
    assert [f.label for f in project.fields][1:] == ([second_field] if second_field else [])
    assert [(t.caption, t.label, t.budget_part) for t in project.tables] == [
        ("Tabel 1. Begroting", "Kostenpost", "costs"), ("Tabel 2. Financiering", "Financier", "funding")]
    assert [(f.code, f.stated, f.computed) for f in check(dossier).findings] == [("RD108", 1_000_000, 950_000)]


def test_the_unit_set_over_the_next_tables_header_is_its_not_the_notes_of_the_one_before(tmp_path):
    """Two tables in a field, the first in euros with a note under it, the second "x € 1.000"
    by a line of its own set right over its header: the unit is the second table's."""
    bold, rights = "Helvetica-Bold", (330, 420, 510)
    page = [(60, 60, "Thema | Een project", 14), (60, 100, "Opgave", 10, bold), (60, 114, "De regio zoekt talent.", 10),
            (60, 140, "Inzet en co-financiering", 10, bold), (60, 154, "De regio draagt bij.", 10),
            (60, 180, "Begroting", 9, bold), *(_set_right(x, 180, h, 9, bold) for x, h in zip(rights, ("Privaat", "Rijk", "Totaal"))),
            (60, 194, "Apparatuur", 9), *(_set_right(x, 194, a, 9) for x, a in zip(rights, ("650.000", "350.000*", "1.000.000"))),
            (60, 208, "Totaal", 9, bold), *(_set_right(x, 208, a, 9, bold) for x, a in zip(rights, ("650.000", "350.000", "1.000.000"))),
            (60, 222, "* Gemeenten dragen bij via de regio.", 7, "Helvetica-Oblique"),
            _set_right(510, 244, "Bedragen x € 1.000", 7, "Helvetica-Oblique"),
            (60, 258, "Opgaven/Investeringen", 9, bold), *(_set_right(x, 258, h, 9, bold) for x, h in zip(rights, ("Privaat", "Rijk", "Totaal"))),
            (60, 272, "Communicatie", 9), *(_set_right(x, 272, a, 9) for x, a in zip(rights, ("1.900,0", "1.800,0", "3.700,0"))),
            (60, 286, "Totaal", 9, bold), *(_set_right(x, 286, a, 9, bold) for x, a in zip(rights, ("1.900,0", "1.800,0", "3.700,0"))),
            (60, 320, "Structureel karakter", 10, bold), (60, 334, "Het project loopt door.", 10)]
    (project,) = extract(draw(tmp_path / "units.pdf", [page]), cross_check="none").projects
    first, second = project.tables
    assert (first.scale, [n.text for n in first.footnotes]) == (None, ["Gemeenten dragen bij via de regio."])
    assert second.scale == 1000
    assert second.rows[0].cells[0].amount.value * second.scale == 1_900_000


def test_a_table_broken_by_a_figure_on_a_page_of_its_own_goes_on_after_it(tmp_path):
    """A small budget ends its page; the next page holds only a wide table placed there (a
    float), and the page after it goes on with the budget's rows under its header again."""
    bold, rights = "Helvetica-Bold", (330, 420)
    filler = [(60, 130 + 14 * k, "De regio werkt aan het project met de partners in het gebied.", 10) for k in range(40)]
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Inzet en co-financiering", 10, bold), *filler,
             (60, 720, "Onderdeel", 9, bold), *(_set_right(x, 720, h, 9, bold) for x, h in zip(rights, ("Privaat", "Rijk"))),
             (60, 734, "Leerwerkplaatsen", 9), *(_set_right(x, 734, a, 9) for x, a in zip(rights, ("1.850.000", "500.000")))]
    wide = (260, 340, 420, 500)
    page2 = [(60, 80, "Tabel 3. Investeringen van het project", 10, bold),
             (60, 100, "Kostenpost", 9, bold), *(_set_right(x, 100, h, 9, bold) for x, h in zip(wide, ("Totaal", "Privaat", "Gem.", "Rijk"))),
             (60, 114, "Fieldlab", 9), *(_set_right(x, 114, a, 9) for x, a in zip(wide, ("300.000", "100.000", "100.000", "100.000"))),
             (60, 128, "Evaluatie", 9), *(_set_right(x, 128, a, 9) for x, a in zip(wide, ("60.000", "20.000", "20.000", "20.000")))]
    page3 = [(60, 60, "Onderdeel", 9, bold), *(_set_right(x, 60, h, 9, bold) for x, h in zip(rights, ("Privaat", "Rijk"))),
             (60, 74, "Totaal", 9, bold), *(_set_right(x, 74, a, 9, bold) for x, a in zip(rights, ("1.850.000", "500.000"))),
             (60, 110, "Structureel karakter", 10, bold), (60, 124, "Het project loopt door.", 10)]
    (project,) = extract(draw(tmp_path / "float.pdf", [page1, page2, page3]), cross_check="none").projects
    assert [(t.label, t.pages, [r.label for r in t.rows]) for t in project.tables] == [
        ("Onderdeel", [1, 3], ["Leerwerkplaatsen", "Totaal"]), ("Kostenpost", [2], ["Fieldlab", "Evaluatie"])]


def test_a_typed_contents_that_numbers_its_sheets_blad_names_the_one_project(tmp_path):
    """A typewriter's report: the contents give the project's sheet as "blad 2", and the
    sheet's own header ends "blad 2" too: the header is no entry, and the entry's title is
    the project's heading."""
    mono = "Courier"
    page1 = [(72, 60, "GEMEENTE RIVIERENLAND", 10, mono), (72, 100, "Onderwerp : Regio Deal - projectvoorstellen", 10, mono),
             (72, 140, "INHOUD:", 10, mono), (72, 170, "1   ENERGIETRANSITIE", 10, mono),
             (90, 184, "1.1 Slimme Campus Twente", 10, mono), (400, 184, "blad 2", 10, mono)]
    page2 = [(72, 50, "Gemeente Rivierenland, bijlage 2 bij raadsvoorstel 2018/329", 10, mono), (450, 50, "blad 2", 10, mono),
             (250, 90, "Thema 1: Energietransitie", 10, mono), (72, 114, "1.1   Slimme Campus Twente", 10, mono),
             (72, 140, "NAAM PROJECT:", 10, mono), (90, 154, "Slimme Campus Twente", 10, mono),
             (72, 180, "OPGAVE:", 10, mono), (90, 194, "De regio zoekt technisch talent.", 10, mono),
             (72, 220, "STRUCTUREEL KARAKTER:", 10, mono), (90, 234, "Het project loopt door.", 10, mono)]
    dossier = extract(draw(tmp_path / "typed.pdf", [page1, page2]), cross_check="none")
    assert [(e.text, e.page) for e in dossier.toc] == [("1.1 Slimme Campus Twente", 2)]
    assert [(p.title, p.pages) for p in dossier.projects] == [("Slimme Campus Twente", [2])]


def test_the_one_project_of_a_form_is_titled_by_its_title_key(tmp_path):
    """A form for one project under the form's own heading: its title is the value of the
    key "Projecttitel" in the grid of keys over the fields, not the form's heading."""
    bold = "Helvetica-Bold"
    page = [(60, 60, "Projectbeschrijving", 16, bold), (60, 80, "In te vullen door de penvoerder.", 10),
            (60, 110, "Projecttitel", 10), (200, 110, "Groene Havens Kanaalzone", 10),
            (60, 126, "Thema", 10), (200, 126, "Energietransitie", 10),
            (60, 142, "Projectnummer", 10), (200, 142, "RD-01", 10),
            (60, 180, "Naam Project", 11, bold), (60, 195, "Groene Havens", 10),
            (60, 225, "Opgave", 11, bold), (60, 240, "De havens worden groener.", 10),
            (60, 270, "Structureel karakter", 11, bold), (60, 285, "Het project loopt door.", 10)]
    (project,) = extract(draw(tmp_path / "form.pdf", [page]), cross_check="none").projects
    assert (project.theme, project.title) == ("Energietransitie", "Groene Havens Kanaalzone")
    assert [f.label for f in project.fields if f.label] == ["Naam Project", "Opgave", "Structureel karakter"]


def test_the_unit_over_a_tables_header_repeated_on_the_next_page_keeps_it_one_table(tmp_path):
    """A budget "x € 1.000" ends its first page; the next page states the unit again over the
    header it repeats, and goes on with the rows: one table, in thousands."""
    bold, rights = "Helvetica-Bold", (330, 420, 510)
    head = lambda y: [_set_right(510, y - 14, "Bedragen x € 1.000", 7, "Helvetica-Oblique"), (60, y, "Kostenpost", 9, bold),
                      *(_set_right(x, y, h, 9, bold) for x, h in zip(rights, ("Privaat", "Rijk", "Totaal")))]  # noqa: E731
    filler = [(60, 130 + 14 * k, "De regio werkt aan het project met de partners in het gebied.", 10) for k in range(40)]
    page1 = [(60, 60, "Thema | Een project", 14), (60, 100, "Inzet en co-financiering", 10, bold), *filler[:-4], *head(680),
             (60, 694, "Opleidingen", 9), *(_set_right(x, 694, a, 9) for x, a in zip(rights, ("1.500,0", "850,0", "2.350,0"))),
             (60, 708, "Totaal kosten", 9, bold), *(_set_right(x, 708, a, 9, bold) for x, a in zip(rights, ("1.500,0", "850,0", "2.350,0"))),
             (60, 730, "Af: bijdrage Rijk (Regio Deal)", 9), _set_right(510, 730, "(850,0)", 9)]
    page2 = [*head(74), (60, 88, "Te dekken door regionale partners", 9), _set_right(510, 88, "1.500,0", 9),
             (60, 140, "Structureel karakter", 10, bold), (60, 154, "Het project loopt door.", 10)]
    (project,) = extract(draw(tmp_path / "again.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Opleidingen", "Totaal kosten", "Af: bijdrage Rijk (Regio Deal)",
                                             "Te dekken door regionale partners"]
    assert table.scale == 1000
