"""Labels and decoration beside the text: side-heads hung in a book's outer margin, a pull
quote in a grid's left column, a form's help under each label."""

from pathlib import Path

import pytest
from fixtures import drawn_pdf as _draw

from regio.extract import extract

pytest.importorskip("reportlab")

BOLD, PLAIN, ITALIC = "Helvetica-Bold", "Helvetica", "Helvetica-Oblique"
GREY, TEAL = (0.45, 0.45, 0.45), (0.0, 0.45, 0.5)

# Each run: (x, y from the top, text, size[, font[, colour]]).
Run = tuple


def _justified(x: float, y: float, words: list[str], width: float, size: float = 10) -> list[Run]:
    """A line set justified: its spaces stretched to fill the width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    gap = (width - sum(stringWidth(w, PLAIN, size) for w in words)) / (len(words) - 1)
    starts = [x + sum(stringWidth(w, PLAIN, size) + gap for w in words[:i]) for i in range(len(words))]
    return [(left, y, word, size) for left, word in zip(starts, words)]


_PROSE = ("De regio werkt samen met bedrijven en onderwijs aan een programma dat de maakindustrie helpt "
          "bij de overstap naar nieuwe technologie en dat de kennis die het oplevert deelt met iedereen "
          "die er in de regio mee verder wil").split()


def _paragraph(x: float, y: float, lines: int, width: float, start: int = 0) -> tuple[list[Run], str]:
    """The prose from its `start`th word, wrapped as a typesetter does into `lines` lines
    13.5 points apart, justified but the last; and its text."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    runs: list[Run] = []
    taken: list[str] = []
    at = start
    for k in range(lines):
        words: list[str] = []
        while not words or stringWidth(" ".join([*words, _PROSE[at % len(_PROSE)]]), PLAIN, 10) <= width:
            words.append(_PROSE[at % len(_PROSE)])
            at += 1
        if k == lines - 1:
            words = words[:max(1, len(words) // 2)]
            runs.append((x, y + 13.5 * k, " ".join(words), 10))
        else:
            runs += _justified(x, y + 13.5 * k, words, width)
        taken += words
    return runs, " ".join(taken)


_FIELDS = ["NAAM PROJECT", "PARTIJEN", "OPGAVE", "RESULTATEN"]


def test_side_heads_in_the_right_margin_label_the_fields_beside_them(tmp_path):
    """A book sets the labels in the outer margin, right of the text on a right-hand page, in
    small bold capitals on the baseline of the field's first line: each is its field's label,
    not the end of that line; the project's title opens it."""
    pages, texts = [], {}
    for number, title in enumerate(["Groene Haven", "Slimme Wegen", "Sterke Kernen"]):
        runs: list[Run] = [(74, 60, title, 16, BOLD)]
        y = 100.0
        for k, label in enumerate(_FIELDS):
            runs.append((430, y + 1, label, 7, BOLD, TEAL))
            paragraph, texts[(number, label)] = _paragraph(74, y, 4 if k else 1, 336, start=7 * k + number)
            runs += paragraph
            y += 13.5 * (4 if k else 1) + 20
        pages.append(runs)
    dossier = extract(_draw(tmp_path / "sideheads.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
    for number, project in enumerate(dossier.projects):
        assert [f.label.casefold() for f in project.fields] == [label.casefold() for label in _FIELDS]
        assert project.field("Opgave").text == texts[(number, "OPGAVE")]
        assert project.field("Naam Project").text == texts[(number, "NAAM PROJECT")]


def test_a_pull_quote_beside_the_text_is_no_part_of_it(tmp_path):
    """A grid's left column holds a sentence of the text again, in large italic of another
    colour, beside two columns of text; a table across the whole grid at the page's foot
    starts where the quote does. The quote is decoration: no word of it is the field's."""
    def column(x: float, y: float, words: list[str]) -> list[Run]:
        return [(x, y + 12 * k, " ".join(words[5 * k:5 * k + 5]), 8.5) for k in range(len(words) // 5)]

    left, right = _PROSE[:35], _PROSE[4:39]
    runs: list[Run] = [(218, 40, "Een Project", 16, BOLD), (218, 62, "Opgave", 9, BOLD),
                       *column(218, 76, left), *column(391, 76, right),
                       (45, 80, "\u201eDe regio werkt samen", 13, ITALIC, TEAL), (45, 97, "met bedrijven en", 13, ITALIC, TEAL),
                       (45, 114, "onderwijs.\u201d", 13, ITALIC, TEAL),
                       (48, 680, "Opgaven", 8, BOLD), (250, 680, "Totaal", 8, BOLD), (360, 680, "Privaat", 8, BOLD),
                       (470, 680, "Rijk", 8, BOLD),
                       (48, 694, "Bouw", 8), (250, 694, "100.000", 8), (360, 694, "40.000", 8), (470, 694, "60.000", 8),
                       (48, 708, "Totaal", 8, BOLD), (250, 708, "100.000", 8), (360, 708, "40.000", 8), (470, 708, "60.000", 8)]
    (project,) = extract(_draw(tmp_path / "pullquote.pdf", [runs]), cross_check="none").projects
    text = project.field("Opgave").text
    assert " ".join(text.split()) == " ".join([*left, *right]) and "\u201e" not in text
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]


def test_a_forms_help_under_each_label_is_neither_a_label_nor_text(tmp_path):
    """An application form sets under each label, in its cell, what to fill in, small, grey
    and italic, asked in every project alike: the field is its label and what was filled in
    beside it."""
    helps = {"Naam Project": ["Korte, herkenbare naam."], "Partijen": ["Wie doen er mee?"],
             "Opgave": ["Welk probleem pakt het", "project aan?"],
             "Structureel karakter": ["Hoe loopt het project door", "na afloop?"]}
    pages = []
    for number, title in enumerate(["Groene Haven", "Slimme Wegen", "Sterke Kernen"]):
        runs: list[Run] = [(60, 60, f"Project {number + 1}: {title}", 14, BOLD)]
        y = 100.0
        for k, (label, help_lines) in enumerate(helps.items()):
            runs.append((62, y, label, 9.5, BOLD))
            runs += [(62, y + 12 + 9 * i, text, 7, ITALIC, GREY) for i, text in enumerate(help_lines)]
            runs += [(206, y + 13.5 * i, " ".join(_PROSE[(3 * k + number + 6 * i) % 30:][:6]), 9.5) for i in range(3)]
            y += 60
        pages.append(runs)
    dossier = extract(_draw(tmp_path / "form.pdf", pages), cross_check="none")
    assert len(dossier.projects) == 3
    for number, project in enumerate(dossier.projects):
        assert [f.label for f in project.fields] == list(helps)
        for k, field in enumerate(project.fields):
            assert field.text == " ".join(" ".join(_PROSE[(3 * k + number + 6 * i) % 30:][:6]) for i in range(3))


def test_side_heads_in_the_outer_margin_of_facing_pages_label_the_fields_on_either_side(tmp_path):
    """A book's outer margin is right of the text on a right-hand page and left of it on a
    left-hand one: side-heads right of the text on the odd pages are labels beside their
    text, as those set right against the text on the even pages are (their label column
    holds, however many of the odd pages' labels stand on lines of their own)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def head(text: str, y: float, odd: bool) -> Run:
        return (430 if odd else 190 - stringWidth(text, BOLD, 7), y + 1, text, 7, BOLD, TEAL)

    labels = [*_FIELDS[:3], "VOORGESTELDE AANPAK", "RESULTATEN", "STRUCTUREEL KARAKTER"]
    pages, texts = [], {}
    for number, title in enumerate(["Groene Haven", "Slimme Wegen", "Sterke Kernen"]):
        for odd, left, fields in ((True, 74, labels[:4]), (False, 206, labels[4:])):
            runs: list[Run] = [(left, 60, title, 16, BOLD)] if odd else _paragraph(left, 60, 3, 336, start=number)[0]
            y = 100.0
            for k, label in enumerate(fields):
                start = 5 * k + number + 2 * (not odd)
                paragraph, texts[(title, label)] = _paragraph(left, y, 3, 336, start=start)
                runs += [head(label, y, odd), *paragraph]
                y += 13.5 * 3 + 20
            pages.append(runs)
    dossier = extract(_draw(tmp_path / "facing.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
    for project in dossier.projects:
        assert [f.label.casefold() for f in project.fields] == [label.casefold() for label in labels]
        assert project.field("Resultaten").text == texts[(project.title, "RESULTATEN")]
        assert project.field("Structureel karakter").text == texts[(project.title, "STRUCTUREEL KARAKTER")]


def test_labels_typed_before_a_tab_with_a_colon_and_wrapped_beside_justified_text(tmp_path):
    """A memo typed without a table for its layout: short fields as "Partijen:<tab>text",
    longer labels at the margin beside justified text, wrapped onto its next line where long
    ("Structureel" over "karakter"), right under a table of amounts set at the text's tab."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def row(y: float, label: str, *cells: str) -> list[Run]:
        return [(201, y, label, 8.5), *((edge - stringWidth(c, PLAIN, 8.5), y, c, 8.5)
                                        for edge, c in zip((330, 400, 470, 535), cells))]

    def stretched_of(number: int) -> list[str]:
        return _PROSE[number + 4:number + 12]

    pages = []
    for number, title in enumerate(["Groene Haven", "Slimme Wegen", "Sterke Kernen"]):
        opgave, _ = _paragraph(198, 160, 4, 340, start=number)
        stretched = stretched_of(number)
        natural = sum(stringWidth(w, PLAIN, 10) for w in stretched)
        pages.append([(70, 60, title, 14, BOLD), (70, 100, "Naam Project:", 10, BOLD), (198, 100, title, 10),
                      (70, 124, "Partijen:", 10, BOLD), (198, 124, "De gemeente, de provincie en twee hogescholen.", 10),
                      (70, 160, "Opgave", 9, BOLD), *opgave,
                      *row(240, "Opgaven", "Totaal", "Privaat", "Provincie", "Rijk"),
                      *row(255, "Bouw", "100.000", "40.000", "20.000", "40.000"),
                      *row(270, "Totaal", "100.000", "40.000", "20.000", "40.000"),
                      (70, 300, "Structureel", 9, BOLD), (70, 313, "karakter", 9, BOLD),
                      (198, 300, "Het project loopt door:", 10),
                      *_justified(198, 313, stretched, natural + 13 * (len(stretched) - 1)),
                      (198, 326, "zeker tien jaar na de start.", 10)])
    dossier = extract(_draw(tmp_path / "memo.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
    for number, project in enumerate(dossier.projects):
        assert [f.label for f in project.fields] == ["Naam Project", "Partijen", "Opgave", "Structureel karakter"]
        assert project.field("Structureel").text == " ".join(["Het project loopt door:", *stretched_of(number),
                                                              "zeker tien jaar na de start."])
        assert [r.label for r in project.tables[0].rows] == ["Bouw", "Totaal"]


def test_notes_a_word_processor_numbers_at_the_pages_foot_are_no_text_of_the_field_running_there(tmp_path):
    """LibreOffice sets its footnotes under a short rule at the page's foot, each opening with
    its number in the note's own small type ("1 * Het bedrijfsleven ..."), its later lines
    hanging: they are no text of the field that runs on over the page above them."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    first, _ = _paragraph(60, 130, 40, 470)
    second, rest = _paragraph(60, 60, 3, 470, start=5)
    path = tmp_path / "notes.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for runs, notes in (([(60, 60, "Een Project", 16, BOLD), (60, 100, "Opgave", 11, BOLD), *first], False), (second, True)):
        for x, y, text, size, *style in runs:
            c.setFont(style[0] if style else PLAIN, size)
            c.drawString(x, A4[1] - y, text)
        if notes:
            c.setLineWidth(0.5)
            c.line(60, A4[1] - 722, 116, A4[1] - 722)
            c.setFont(PLAIN, 9)
            c.drawString(60, A4[1] - 734, "1 * Het bedrijfsleven investeert naar verwachting circa 7.500.000 euro, buiten")
            c.drawString(70, A4[1] - 745, "de totale investering gehouden.")
            c.drawString(60, A4[1] - 758, "2 ** Gemeenten investeren via het samenwerkingsverband.")
        c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    opgave = project.field("Opgave").text
    assert opgave.endswith(rest) and "bedrijfsleven investeert" not in opgave


@pytest.mark.parametrize(("text", "legend"), [("■ uitvoering ◆ mijlpaal", True), ("□ gepland ■ gereed ◆ besluit", True),
                                              ("● een item van een lijst", False), ("■ uitvoering", False),
                                              ("◆ De regio draagt bij ◆ en het Rijk ook, samen met de partners", False)])
def test_a_charts_legend_under_it_is_a_note_of_it_not_text(text, legend):
    from regio.extract.layout import Line, Word
    from regio.extract.tables import is_footnote

    words = [Word(text=t, x0=60 + 40 * i, x1=90 + 40 * i, top=100, bottom=108, size=7) for i, t in enumerate(text.split())]
    assert is_footnote(Line(1, words)) is legend


def test_the_shares_on_a_ring_chart_drawn_as_polygons_are_no_text(tmp_path):
    """A ring chart whose wedges its maker drew as polygons of short straight lines, each
    share written on its wedge, beside the narrow lines of a field's text: the shares are
    the chart's, not the text's."""
    import math

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ring.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    c.setFont(BOLD, 14)
    c.drawString(60, height - 50, "Een Project")
    c.setFont(BOLD, 9)
    c.drawString(60, height - 80, "Opgave")
    left, right = _PROSE[:16], _PROSE[16:36]
    c.setFont(PLAIN, 9)
    for k in range(len(left) // 2):
        c.drawString(60, height - 95 - 12 * k, " ".join(left[2 * k:2 * k + 2]))
    ox, oy, start = 360.0, height - 130, 90.0
    for share, shade in ((25, 0.2), (42, 0.5), (33, 0.7)):
        sweep = share * 3.6
        c.setFillColorRGB(shade, shade, 0.8)
        p = c.beginPath()
        arc = [math.radians(start - sweep * i / 12) for i in range(13)]
        p.moveTo(ox + 40 * math.cos(arc[0]), oy + 40 * math.sin(arc[0]))
        for a in arc[1:]:
            p.lineTo(ox + 40 * math.cos(a), oy + 40 * math.sin(a))
        for a in reversed(arc):
            p.lineTo(ox + 22 * math.cos(a), oy + 22 * math.sin(a))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        middle = math.radians(start - sweep / 2)
        c.setFillColorRGB(1, 1, 1)
        c.setFont(BOLD, 6.5)
        c.drawCentredString(ox + 31 * math.cos(middle), oy + 31 * math.sin(middle) - 2, f"{share}%")
        start -= sweep
    c.setFillColorRGB(0, 0, 0)
    c.setFont(PLAIN, 9)
    for k in range(len(right) // 2):
        c.drawString(320, height - 200 - 12 * k, " ".join(right[2 * k:2 * k + 2]))
    c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    text = project.field("Opgave").text
    assert " ".join(text.split()) == " ".join([*left, *right])


def test_decimals_of_a_table_in_thousands_are_its_euros(tmp_path):
    """A table stating its amounts in thousands keeps them exact with three decimals
    ("594,131" thousand is € 594.131) beside amounts grouped with dots ("13.699,097"): the
    comma is the decimal comma, not a dot an OCR layer misread."""
    from decimal import Decimal

    rows = [("Connect-U", "1.650", "1.250", "400"), ("MKB Beurzen", "594,131", "490,743", "103,388"),
            ("Totaal", "13.699,097", "10.050", "3.649,097")]
    page: list[Run] = [(60, 60, "Een Project", 16, BOLD), (60, 100, "Financiering", 10, BOLD),
                       (60, 114, "De kosten van het project:", 10),
                       (60, 128, "Tabel 1 \u2013 Financiering (bedragen x \u20ac 1.000)", 8, BOLD),
                       (60, 140, "Opgaven", 9, BOLD), (250, 140, "Totaal", 9, BOLD), (330, 140, "Privaat", 9, BOLD),
                       (420, 140, "Rijk", 9, BOLD),
                       *[cell for k, (label, *amounts) in enumerate(rows)
                         for cell in [(60, 156 + 14 * k, label, 9), *((x, 156 + 14 * k, a, 9) for x, a in zip((250, 330, 420), amounts))]]]
    (project,) = extract(_draw(tmp_path / "thousands.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert table.scale == 1000
    assert [c.amount.value for c in table.rows[1].cells] == [Decimal("594.131"), Decimal("490.743"), Decimal("103.388")]
    assert table.rows[2].cells[0].amount.value == Decimal("13699.097")


@pytest.mark.parametrize("caption, under", [("Tabel 1 \u2013 Financiering (bedragen x \u20ac 1.000)", None),
                                            ("Tabel 1 \u2013 Financiering", "Bedragen in duizenden euro's")])
def test_a_caption_left_at_the_foot_of_the_page_before_its_table_is_the_tables(caption, under, tmp_path):
    """A page break between a table's caption and the table (Word's caption not kept with the
    next paragraph): the caption ends one page, the table opens the next. The caption is the
    table's, and no text of the field before it; the unit it states, or a line under the
    table states, is the table's unit."""
    from decimal import Decimal

    rows = [("Connect-U", "1.650", "1.250", "400"), ("Totaal", "1.650", "1.250", "400")]
    first: list[Run] = [(60, 60, "Een Project", 16, BOLD), (60, 100, "Financiering", 10, BOLD),
                        *((60, 114 + 12 * k, " ".join(_PROSE[8 * k:8 * k + 8]), 10) for k in range(4)),
                        (60, 780, caption, 8, BOLD)]
    second: list[Run] = [(60, 60, "Opgaven", 9, BOLD), (250, 60, "Totaal", 9, BOLD), (330, 60, "Privaat", 9, BOLD),
                         (420, 60, "Rijk", 9, BOLD),
                         *[cell for k, (label, *amounts) in enumerate(rows)
                           for cell in [(60, 76 + 14 * k, label, 9), *((x, 76 + 14 * k, a, 9) for x, a in zip((250, 330, 420), amounts))]],
                         *([(60, 110, under, 8)] if under else [])]
    (project,) = extract(_draw(tmp_path / "broken.pdf", [first, second]), cross_check="none").projects
    (table,) = project.tables
    assert table.caption == caption
    assert table.scale == 1000 and table.rows[0].cells[0].amount.value == Decimal("1650")
    assert "Tabel" not in project.field("Financiering").text


def test_tables_floated_past_the_next_projects_heading_go_back_to_the_project_they_name(tmp_path):
    """A paper's tables float to the top of a later page, past the next project's heading:
    each caption ends in its own project's name. Both are that project's, though it has a
    table already, and the next project's pages end where its text does."""
    def table(top: float, caption: str, rows: list[tuple[str, ...]]) -> list[Run]:
        runs: list[Run] = [(60, top, caption, 8, BOLD), *((x, top + 14, head, 9, BOLD) for x, head in
                                                           zip((60, 250, 330, 420), ("Opgaven", "Totaal", "Privaat", "Rijk")))]
        for k, (label, *amounts) in enumerate(rows):
            runs += [(60, top + 30 + 14 * k, label, 9), *((x, top + 30 + 14 * k, a, 9) for x, a in zip((250, 330, 420), amounts))]
        return runs

    def project(top: float, number: int, title: str) -> list[Run]:
        return [(60, top, f"{number}. {title}", 14, BOLD), (60, top + 30, "Naam Project", 10, BOLD), (60, top + 44, title, 10),
                (60, top + 64, "Opgave", 10, BOLD), *((60, top + 78 + 12 * k, " ".join(_PROSE[8 * k:8 * k + 8]), 10) for k in range(3))]

    captions = ["Tabel 1 \u2013 Begroting \u2013 Alpha Campus", "Tabel 2 \u2013 Kosten \u2013 Alpha Campus"]
    floats = [*table(60, captions[0], [("Bouw", "900", "400", "500"), ("Totaal", "900", "400", "500")]),
              *table(180, captions[1], [("Personeel", "100", "50", "50"), ("Totaal", "100", "50", "50")])]
    alpha, beta = extract(_draw(tmp_path / "floats.pdf", [[*project(60, 1, "Alpha Campus"), *project(300, 2, "Beta Haven")],
                                                          floats]), cross_check="none").projects
    assert [t.caption for t in alpha.tables] == captions
    assert (beta.tables, beta.pages) == ([], [1])


def test_a_spreadsheets_printed_row_numbers_and_column_letters_are_no_text(tmp_path):
    """A workbook printed with its headings: the column letters across the top of every page
    and the row numbers centred in a column of their own down the left, one to a row, one
    digit or two. Neither is text of the fields beside them."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = _PROSE[:24]
    runs: list[Run] = [(130 + 80 * k, 40, letter, 8, PLAIN, GREY) for k, letter in enumerate("ABCDEFG")]
    rows = [("Een Project", 14, BOLD), ("", 9, PLAIN), ("Naam Project", 9, BOLD), ("Een Project", 9, PLAIN),
            ("Opgave", 9, BOLD), *((" ".join(text[6 * k:6 * k + 6]), 9, PLAIN) for k in range(4)), ("", 9, PLAIN),
            ("Partijen", 9, BOLD), ("De gemeente en de provincie.", 9, PLAIN)]
    for number in range(1, 16):
        y = 60 + 13 * (number - 1)
        runs.append((62 - stringWidth(str(number), PLAIN, 8) / 2, y, str(number), 8, PLAIN, GREY))
        if number <= len(rows) and rows[number - 1][0]:
            content, size, font = rows[number - 1]
            runs.append((80, y, content, size, font))
    going_on = [(130 + 80 * k, 40, letter, 8, PLAIN, GREY) for k, letter in enumerate("ABCDEFG")]
    for number in range(16, 24):
        y = 60 + 13 * (number - 16)
        going_on.append((62 - stringWidth(str(number), PLAIN, 8) / 2, y, str(number), 8, PLAIN, GREY))
        if number < 20:
            going_on.append((80, y, f"en de {number - 15}e regel van de partijen.", 9))
    (project,) = extract(_draw(tmp_path / "headings.pdf", [runs, going_on]), cross_check="none").projects
    assert project.title == "Een Project"
    assert [f.label for f in project.fields] == ["Naam Project", "Opgave", "Partijen"]
    assert project.field("Opgave").text == " ".join(text)
    assert " ".join(project.field("Partijen").text.split()) == "De gemeente en de provincie. " + " ".join(
        f"en de {k}e regel van de partijen." for k in range(1, 5))


def test_a_pull_quote_level_with_a_label_in_its_colour_is_no_text(tmp_path):
    """A pull quote in large italic stands level with a field's label set in the quote's
    colour, a narrow gap between them: it is decoration, not the field's text nor its label's."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    quote = "\u201eSociale partners, O&O"
    gap = 10
    runs: list[Run] = [(218, 60, "Een Project", 16, BOLD), (218, 90, "NAAM PROJECT", 9, BOLD, TEAL),
                       (218, 104, "Een Project", 8.5),
                       (218 - gap - stringWidth(quote, ITALIC, 13), 130, quote, 13, ITALIC, TEAL),
                       (218, 130, "PARTIJEN", 9, BOLD, TEAL), (45, 147, "fondsen, gemeenten\u201d", 13, ITALIC, TEAL),
                       *((218, 144 + 12 * k, " ".join(_PROSE[5 * k:5 * k + 5]), 8.5) for k in range(4)),
                       (218, 200, "OPGAVE", 9, BOLD, TEAL), (218, 214, "De regio werkt samen.", 8.5)]
    (project,) = extract(_draw(tmp_path / "quotelabel.pdf", [runs]), cross_check="none").projects
    assert [f.label.casefold() for f in project.fields] == ["naam project", "partijen", "opgave"]
    assert project.field("Partijen").text == " ".join(_PROSE[:20])



def test_a_letters_sender_block_beside_its_title_heads_no_line(tmp_path):
    """A letter sets its sender's name in bold over the address right of the text, level with
    the first project's title (the dossier drawn from seed 413 in the zoo's letter house): the
    name is no side-head of the title, which opens the project with its fields."""
    from zoo_random import generated, read, render, score_generated

    source = generated(413, tmp_path / "src")
    truth = render(source, "letter", tmp_path / "letter.pdf")
    scored = score_generated("413-letter", read(tmp_path / "letter.pdf"), truth, source)
    assert scored.projects_right == scored.projects_expected
    assert not [p for p in scored.field_problems if p.endswith("not found")]


def test_projects_whose_labels_run_in_before_their_text_are_found_by_their_labels(tmp_path):
    """A report without contents whose fields open with their label in bold, run in before the
    text and ended by a full stop ("Partijen. 29 bedrijven ..."), each project's title in large
    bold over them: every round of labels opens a project, titled by the heading over it."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def run_in(y: float, label: str, text: str) -> list[Run]:
        return [(62, y, f"{label}.", 9, BOLD), (62 + stringWidth(f"{label}. ", BOLD, 9), y, text, 9)]

    titles = ["Groene Haven", "Slimme Wegen", "Sterke Kernen"]
    pages = [[(62, 60, "TECHNIEK ALS MOTOR", 8, BOLD), (62, 80, title, 16, BOLD),
              *run_in(115, "Naam Project", title), *run_in(140, "Partijen", "De gemeente en de provincie."),
              *run_in(165, "Opgave", "De regio werkt samen met bedrijven."), *run_in(190, "Resultaten", "Meer banen.")]
             for title in titles]
    dossier = extract(_draw(tmp_path / "runin.pdf", pages), cross_check="none")
    assert [p.title for p in dossier.projects] == titles
    assert all([f.label for f in p.fields] == ["Naam Project", "Partijen", "Opgave", "Resultaten"] for p in dossier.projects)


def test_slide_footers_two_abreast_under_a_title_with_a_number_are_no_text():
    """Slides printed two abreast: each footer is the title, which holds a number of its own
    ("Sterke Mobiliteit 2.0"), and the slide's number, so two footers make one line. Counting
    on over the pages, in type smaller than the text's, they are no content; the text is."""
    from regio.extract.furniture import without_numbered_footers
    from regio.extract.layout import PageLayout
    from regio.extract.settings import DEFAULT

    def page(number: int, first: int) -> PageLayout:
        text = [_line(100 + 12 * k, [(60, "De regio werkt aan het project met de partners.")], 10) for k in range(6)]
        footer = _line(300, [(60, "Sterke Mobiliteit 2.0"), (260, str(first)),
                             (330, "Sterke Mobiliteit 2.0"), (530, str(first + 1))], 6)
        return PageLayout(number, 595, 842, [*text, footer])

    kept = without_numbered_footers([page(1, 1), page(2, 3)], DEFAULT)
    assert [[ln.text for ln in layout.lines] for layout in kept] == [["De regio werkt aan het project met de partners."] * 6] * 2


def test_a_copyright_line_and_its_paragraph_are_no_text():
    """A web page printed: the site's imprint ("© 2019 Regio Deal ... · Privacyverklaring", the
    link's address going on under it) closes the last project's text; a line that only speaks
    of copyright is text."""
    from regio.extract.furniture import furniture
    from regio.extract.layout import PageLayout
    from regio.extract.settings import DEFAULT

    text = [_line(100 + 12 * k, [(60, "De regio werkt aan het project met de partners.")], 10) for k in range(4)]
    spoken = _line(160, [(60, "Copyright op het ontwerp ligt bij de regio.")], 10)
    imprint = [_line(300, [(60, "© 2019 Regio Deal Foodvalley · Privacyverklaring · Contact")], 8),
               _line(310, [(60, "(https://www.regiodealfoodvalley.nl/contact)")], 8)]
    after = _line(400, [(60, "Wij gebruiken cookies.")], 8)
    found = furniture([PageLayout(1, 595, 842, [*text, spoken, *imprint, after])], DEFAULT)
    assert {id(ln) for ln in imprint} <= found
    assert not {id(ln) for ln in [*text, spoken, after]} & found


def test_a_web_pages_controls_and_site_links_printed_with_it_are_no_text():
    """A web page printed closes with its controls and the site's links, on a dossier's one
    project's last page where nothing recurs to tell them from text: "↑ Terug naar boven",
    "Deel deze pagina: LinkedIn · X", "Privacyverklaring · Cookies", a contact line of links.
    A sentence that speaks of privacy, of sharing or of contact is text."""
    from regio.extract.furniture import furniture
    from regio.extract.layout import PageLayout
    from regio.extract.settings import DEFAULT

    text = [_line(100, [(60, "De regio deelt de resultaten met de partners.")], 10),
            _line(112, [(60, "Contact: het programmabureau beantwoordt vragen over de privacyverklaring.")], 10),
            _line(124, [(60, "Deel deze pagina niet met derden, vraagt de regio.")], 10)]
    chrome = [_line(300, [(60, "Deel deze pagina: LinkedIn · X · E-mail")], 8),
              _line(330, [(60, "↑ Terug naar boven")], 8),
              _line(360, [(60, "Regio Deal Walcheren · Privacyverklaring · Cookies")], 8),
              _line(390, [(60, "Contact: Programmabureau | regiodeal@walcheren.nl | www.regiodealwalcheren.nl")], 8)]
    found = furniture([PageLayout(1, 595, 842, [*text, *chrome])], DEFAULT)
    assert {id(ln) for ln in chrome} <= found
    assert not {id(ln) for ln in text} & found


def test_contents_lines_numbering_their_projects_are_no_counted_footers():
    """Contents in small type, each entry "Project 1   Regionale Campus Twente   2": a number
    inside the entry's first words, and its page at the end, counting on; not slide footers."""
    from regio.extract.furniture import without_numbered_footers
    from regio.extract.layout import PageLayout
    from regio.extract.settings import DEFAULT

    entries = [_line(60 + 10 * k, [(60, f"Project {k + 1}"), (160, title), (500, str(2 * k + 2))], 6)
               for k, title in enumerate(("Regionale Campus", "Zilte Zorg", "Circulaire Mobiliteit"))]
    text = [_line(120 + 12 * k, [(60, "De regio werkt aan het project met de partners.")], 10) for k in range(6)]
    (kept,) = without_numbered_footers([PageLayout(1, 595, 842, [*entries, *text])], DEFAULT)
    assert [ln.text for ln in kept.lines[:3]] == ["Project 1 Regionale Campus 2", "Project 2 Zilte Zorg 4",
                                                  "Project 3 Circulaire Mobiliteit 6"]


def test_a_counted_header_is_no_text_on_the_pages_that_set_their_number_apart_too():
    """An annual report's header, "Jaarverslag Regio Deal 2019   5" on right-hand pages; the
    left-hand pages set their number apart at the outer edge, so the header's words stand
    alone there: counted on the right-hand pages, the words are the header on all of them."""
    from regio.extract.furniture import without_numbered_footers
    from regio.extract.layout import PageLayout
    from regio.extract.settings import DEFAULT

    def page(number: int) -> PageLayout:
        header = _line(30, [(300, "Jaarverslag Regio Deal 2019"), (530, str(number))] if number % 2 else
                      [(60, "Jaarverslag Regio Deal 2019")], 6)
        text = [_line(100 + 12 * k, [(60, "De regio werkt aan het project met de partners.")], 10) for k in range(6)]
        # the same words elsewhere, in small type (a table's cell): not at the header's place
        cell = [_line(400, [(60, "Jaarverslag Regio Deal 2019")], 6)] if number == 4 else []
        return PageLayout(number, 595, 842, [header, *text, *cell])

    kept = without_numbered_footers([page(n) for n in range(1, 7)], DEFAULT)
    assert [ln.text for layout in kept for ln in layout.lines if not ln.text.startswith("De regio")] == [
        "Jaarverslag Regio Deal 2019"]


def _line(top: float, runs: list[tuple[float, str]], size: float):
    """A line of words each set 30 pt from the last (about a word's width apart), from each x."""
    from regio.extract.layout import Line, Word

    return Line(1, [Word(text=t, x0=x + 30 * i, x1=x + 30 * i + 28, top=top, bottom=top + size, size=size)
                    for x, text in runs for i, t in enumerate(text.split())])
