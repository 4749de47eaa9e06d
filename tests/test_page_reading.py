"""Words as a page draws them: small capitals, raised note marks, ligatures."""

import re
from itertools import zip_longest
from pathlib import Path

import pypdfium2 as pdfium
import pytest

from regio.extract.every_table import read_page_tables
from regio.extract.pdfium_layout import _word, read_page


def _page_with(tmp_path, draw) -> list[str]:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        return [w.text for ln in read_page(document[0], 1).lines for w in ln.words]
    finally:
        document.close()


def _run(c, x, y, parts):
    """Draw (text, size, rise) pieces one after the other, touching."""
    for text, size, rise in parts:
        c.setFont("Helvetica", size)
        c.drawString(x, y + rise, text)
        x += c.stringWidth(text, "Helvetica", size)


def test_small_capitals_are_one_word(tmp_path):
    words = _page_with(tmp_path, lambda c: _run(c, 72, 700, [("O", 10, 0), ("PGAVE", 8, 0)]))
    assert words == ["OPGAVE"]


def _spaced_run(c, x, y, parts, tracking):
    """(text, size) pieces one after the other, every letter ``tracking`` points apart."""
    for text, size in parts:
        for letter in text:
            c.setFont("Helvetica", size)
            c.drawString(x, y, letter)
            x += c.stringWidth(letter, "Helvetica", size) + tracking


def test_small_capitals_letter_spaced_with_their_stops_are_one_word(tmp_path):
    parts = [("G", 10.5), ("EM", 8.2), (".", 10.5), (" ", 10.5), ("(", 10.5), ("INCL", 8.2), (".", 8.2)]
    words = _page_with(tmp_path, lambda c: _spaced_run(c, 72, 700, parts, 0.6))
    assert words == ["GEM.", "(INCL."]


def test_lower_case_letters_of_two_sizes_a_little_apart_are_two_words(tmp_path):
    # An OCR text layer sizes each word to its box: words one space's width apart or less.
    words = _page_with(tmp_path, lambda c: _spaced_run(c, 72, 700, [("Deal", 10), ("zeeland", 11.5)], 0.9))
    assert words == ["Deal", "zeeland"]


def test_text_of_a_crooked_scan_is_read_on_its_lines(tmp_path):
    """An OCR text layer over a scan that went in a degree crooked: each line's words climb
    across the page, the right end of one line level with the left end of the next."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    first = "De regio Twente investeert samen met het Rijk in talent innovatie en bereikbaarheid van de werklocaties"
    second = "Het programma loopt vier jaar en wordt daarna voortgezet door de provincie en de deelnemende gemeenten"
    path = tmp_path / "crooked.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.translate(297, 421)
    c.rotate(1.0)
    for y, text in ((0, first), (-12, second)):
        x = -230.0
        for word in text.split():  # each word its own text object, as OCR writes them
            c.setFont("Helvetica", 9)
            c.drawString(x, y, word)
            x += c.stringWidth(word + " ", "Helvetica", 9)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        assert [ln.text for ln in read_page(document[0], 1).lines] == [first, second]
    finally:
        document.close()


def test_column_labels_written_at_a_slant_stand_over_their_columns(tmp_path):
    """A spreadsheet's angled column headers (45 degrees, rising to the right from the foot of
    the header row), a label of two words among them: each is a word of the header line,
    standing where it starts, over the column it heads."""
    def draw(c):
        c.setFont("Helvetica", 8)
        c.drawString(72, 600, "Kostenpost")
        for x, label in ((250, "Rijk"), (310, "Overig publiek"), (370, "Totaal")):
            c.saveState()
            c.translate(x + 3, 600)
            c.rotate(45)
            c.drawString(0, 0, label)
            c.restoreState()
        for y, label, amounts in ((585, "Bouw", ("400.000", "-", "400.000")), (573, "Totaal", ("400.000", "-", "400.000"))):
            c.drawString(72, y, label)
            for x, amount in zip((305, 365, 425), amounts):
                c.drawRightString(x, y, amount)

    path = tmp_path / "slanted.pdf"
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        page = read_page(document[0], 1)
    finally:
        document.close()
    assert [w.text for w in page.lines[0].words] == ["Kostenpost", "Rijk", "Overig publiek", "Totaal"]
    # The narrow "-" under "Overig publiek" stands far right of the label's foot.
    (table,) = read_page_tables(page)
    assert [col.key for col in table.columns] == ["rijk", "overig_publiek", "totaal"]


def _slanted_grid(path: Path, labels: tuple[str, ...], rows: list[tuple[str, list[str], bool]]) -> list:
    """A grid of rules with a column for each label, the labels written at 45 degrees over
    its top rule, rising from near each column's left; each row (its label's lines, its
    lines of cells, bold) in lines 10 points apart. The page's tables."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(75, 604, "Investeringen")
    edges = [72, *(240 + 60 * k for k in range(len(labels) + 1))]
    for x, label in zip(edges[1:], labels):
        c.saveState()
        c.translate(x + 6, 604)
        c.rotate(45)
        c.drawString(0, 0, label)
        c.restoreState()
    y = 600
    for label, lines, bold in rows:
        c.line(edges[0], y, edges[-1], y)
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 8)
        for k, (label_line, cells) in enumerate(zip_longest(label.split("\n"), lines, fillvalue="")):
            c.drawString(75, y - 10 - 10 * k, label_line)
            for right, cell in zip(edges[2:], cells.split("|")):
                c.drawRightString(right - 3, y - 10 - 10 * k, cell)
        y -= 6 + 10 * max(len(lines), label.count("\n") + 1)
    c.line(edges[0], y, edges[-1], y)
    for x in edges:
        c.line(x, 600, x, y)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        return read_page_tables(read_page(document[0], 1))
    finally:
        document.close()


def test_labels_at_a_slant_over_a_grid_head_its_columns_whatever_its_rows(tmp_path):
    """Angled labels over a grid's top rule, each reaching past the next one's foot, the last
    over a column no row fills; the grid's one row a total in bold, each amount wrapped under
    its "€", or rows of figures with none in the last column: the line over the grid is its
    header all the same, a column for each label."""
    labels = ("Totale kosten in euro's", "Bedrijfsleven en ondernemers", "Publieke partijen Overig publiek")
    (table,) = _slanted_grid(tmp_path / "total.pdf", labels, [("Totaal", ["€|€", "1.800.000|1.280.000"], True)])
    assert [col.label for col in table.columns] == list(labels)
    assert [(r.label, [cell.raw for cell in r.cells]) for r in table.rows] == [("Totaal", ["€ 1.800.000", "€ 1.280.000", ""])]
    labels = ("Totaal", "Bedrijfsleven", "Publieke partijen Overig publiek")
    (table,) = _slanted_grid(tmp_path / "rows.pdf", labels, [("Pilot zorg en wonen\nmet partners", ["3.800.000|3.800.000"], False),
                                                             ("Totaal", ["3.800.000|3.800.000"], True)])
    assert [col.label for col in table.columns] == list(labels)
    assert [[cell.raw for cell in r.cells] for r in table.rows] == [["3.800.000", "3.800.000", ""]] * 2


def test_squared_paper_behind_the_page_draws_no_rules_but_the_tables_own_do(tmp_path):
    """A template on squared paper: a pale grid of 5 mm every way behind the text; a table's
    own dark rules, one of them on a line of the grid, stay."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "paper.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    step = 72 / 2.54 / 2
    c.setStrokeColorRGB(0.85, 0.85, 0.85)
    c.setLineWidth(0.25)
    for k in range(51):
        c.line(57, 57 + k * step, 539, 57 + k * step)
    for k in range(35):
        c.line(57 + k * step, 57, 57 + k * step, 57 + 50 * step)
    c.setStrokeColorRGB(0.2, 0.2, 0.2)
    c.setLineWidth(0.75)
    c.line(57, 57 + 40 * step, 400, 57 + 40 * step)
    c.line(57, 57 + 37 * step, 400, 57 + 37 * step)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        page = read_page(document[0], 1)
    finally:
        document.close()
    assert [(round(r.x0), round(r.x1)) for r in page.hrules] == [(57, 400), (57, 400)] and page.vrules == []


def test_a_raised_note_mark_is_a_word_of_its_own(tmp_path):
    words = _page_with(tmp_path, lambda c: _run(c, 72, 700, [("Twente", 10, 0), ("2", 6, 4)]))
    assert words == ["Twente", "²"]


def _operators(*lines):
    """Raw text operators, for what a drawing library will not write: letter spacing, a whole
    table row in one text object."""
    def draw(c):
        c.setFont("Helvetica", 10)  # makes the font resource /F1
        for line in lines:
            c._code.append(line)
    return draw


def test_a_letter_spaced_heading_is_one_word(tmp_path):
    words = _page_with(tmp_path, _operators("BT /F1 8 Tf 72 700 Td 3 Tc (AANLEIDING) Tj ET"))
    assert words == ["AANLEIDING"]


def test_letters_far_apart_in_one_text_object_are_words_of_their_own(tmp_path):
    words = _page_with(tmp_path, _operators("BT /F1 8 Tf 72 700 Td 60 Tc (AL) Tj ET"))
    assert words == ["A", "L"]


def test_figures_spaced_apart_in_one_text_object_are_read_figure_by_figure(tmp_path):
    """Letter spacing set on a run of figures: each gap is read as it is drawn, never
    assumed away, since joining figures changes an amount."""
    words = _page_with(tmp_path, _operators("BT /F1 8 Tf 72 700 Td 4 Tc (12) Tj ET"))
    assert words == ["1", "2"]


def test_amounts_of_one_row_in_one_text_object_stay_apart(tmp_path):
    words = _page_with(tmp_path, _operators("BT /F1 10 Tf 72 700 Td [(1.650.000) -3000 (2.000) -3000 (-)] TJ ET"))
    assert words == ["1.650.000", "2.000", "-"]


def test_a_label_run_on_under_the_next_cells_text_is_a_word_of_its_own(tmp_path):
    """A label wider than its fixed column runs on under the next cell's text, set right in
    the same text object: the letters that move back over it start another word; letters
    kerned together, and a name in camel case, stay one."""
    words = _page_with(tmp_path, _operators("BT /F1 10 Tf 72 700 Td [(Opgaven/Investeringen) 2000 (Totaal)] TJ ET",
                                            "BT /F1 10 Tf 72 680 Td [(A) 80 (V) 80 (ATAR) -600 (InnovateGO)] TJ ET"))
    assert words == ["Opgaven/Investeringen", "Totaal", "AVATAR", "InnovateGO"]


def test_the_letters_of_a_ligature_share_its_box_and_stay_one_word():
    """groff prints "fl" as one glyph, which the text layer gives as two letters with one box:
    the second starts where the first does, and is no letter printed over it."""
    document = pdfium.PdfDocument(str(Path(__file__).parent.parent / "samples" / "zoo" / "twente-groff.pdf"))
    try:
        words = {w.text for ln in read_page(document[22], 23).lines for w in ln.words}
    finally:
        document.close()
    assert "flinke" in words and "f" not in words


def test_a_fonts_superior_figure_is_a_note_mark():
    """LaTeX sets a footnote's mark in Latin Modern's superior figures: a plain "1" to the
    text layer, in the text's own size, its glyph small and high over the baseline. After a
    word, and where it opens its note, it is the mark "¹"; the figures of a number are not."""
    document = pdfium.PdfDocument(str(Path(__file__).parent.parent / "samples" / "zoo" / "twente-latex.pdf"))
    try:
        text = [w.text for ln in read_page(document[8], 9).lines for w in ln.words]
        notes = [ln.text for ln in read_page(document[9], 10).notes]
    finally:
        document.close()
    assert text[text.index("gepresenteerd") + 1] == "¹." and "2018" in text
    assert notes[0].startswith("¹ In een brief van Minister Koolmees 12 maart")


def test_ligatures_are_their_letters():
    chars = [(ch, 0.0, 1.0, 0.0, 1.0, 10.0, 10.0) for ch in "ﬁnanciering en ﬂexibel"]
    assert _word(chars, (False, False, False, False), lambda measure: measure).text == "financiering en flexibel"


def _set_words(text: str, top: float, x: float = 72.0, space: float = 6.0) -> list[tuple[float, float, str]]:
    """The words of a line of text at (x, top, word), 6 points a character, ``space`` apart."""
    placed = []
    for word in text.split():
        placed.append((x, top, word))
        x += 6.0 * len(word) + space
    return placed


def _pages(texts_per_page):
    """Pages of words at (x, top, text), or (x, top, text, size): 10pt unless said."""
    from regio.extract.layout import PageLayout, Word, build_lines

    pages = []
    for number, texts in enumerate(texts_per_page, 1):
        words = [Word(text, x, x + 0.6 * size * len(text), y, y + size, size)
                 for x, y, text, size in ((*t, 10.0)[:4] for t in texts)]
        pages.append(PageLayout(number, 595.0, 842.0, build_lines(words, number)))
    return pages


def test_a_documents_own_page_numbers_beside_a_releases_are_its_folios():
    """A dossier released under the Woo: the release numbers every page of the file at the
    foot's middle ("- 2 -", its cover "- 1 -"), the document keeps its own number at the
    right, one behind. Each numbering alone rises with the pages; the document's, not the
    file's own count, says which page its contents mean."""
    from regio.extract.furniture import folios
    from regio.extract.settings import DEFAULT

    pages = _pages([[(60, 100, "Inventarislijst van de documenten"), (280, 800, f"- {n} -"),
                     *([(530, 812, str(n - 1))] if n > 1 else [])] for n in range(1, 7)])
    assert folios(pages, DEFAULT) == {n - 1: n for n in range(2, 7)}
    alone = _pages([[(60, 100, "Tekst van de pagina"), (280, 800, f"- {n} -")] for n in range(1, 7)])
    assert folios(alone, DEFAULT) == {n: n for n in range(1, 7)}
    # (a running header counting the projects, "Projectfiche 2 van 3" on two pages, is none)
    counted = _pages([[(60, 40, "Projectfiche"), (300, 40, f"{(n + 1) // 2} van 3"), (280, 800, str(n))]
                      for n in range(1, 7)])
    assert folios(counted, DEFAULT) == {}
    # (nor are headings numbered at pages' tops, nor a bundled part's own numbers on a few pages)
    headed = _pages([[*([(40, 40, f"{n // 3}"), (90, 40, "Techniek als motor")] if n % 3 == 0 else []),
                      (280, 800, str(n))] for n in range(1, 10)])
    assert folios(headed, DEFAULT) == {}
    part = _pages([[(280, 800, str(n)), *([(530, 812, str(n - 6))] if n > 6 else [])] for n in range(1, 10)])
    assert folios(part, DEFAULT) == {}


def test_a_running_header_with_a_number_of_its_own_goes_whole():
    """A portal's print numbers each application in its header ("Regio Deal portaal ·
    Aanvraag 7" over each of the seventh one's pages): the number is the header's, not a
    line of the page's text. A page left blank but for the header is still a page."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    def header(number):
        return [(100, 30, "Regio", 7.5), (125, 30, "Deal", 7.5), (145, 30, "portaal", 7.5), (180, 30, "Aanvraag", 7.5),
                (220, 30, str(number), 7.5)]

    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
    content = [[(100, 100, a), (160, 100, b), (100, 120, c)] for a, b, c in zip(words[::3], words[1::3], words[2::3])]
    read = without_repeated_words(_pages([*(header(7 + n // 2) + page for n, page in enumerate(content)), header(8)]), DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == \
        [*([f"{a} {b}", c] for (_, _, a), (_, _, b), (_, _, c) in content), ["8"]]


def test_a_navigation_column_on_every_page_is_no_content():
    """A web page printed to PDF: the menu stands beside the content, on its baselines."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    menu = [(20, 100, "Home"), (20, 120, "Projecten"), (20, 140, "Contact")]
    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien".split()
    content = [[(200, 100, a), (260, 120, b), (200, 140, c)] for a, b, c in zip(words[::3], words[1::3], words[2::3])]
    read = without_repeated_words(_pages([menu + page for page in content]), DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == [[w for _, _, w in page] for page in content]


def test_the_entry_a_navigation_rail_sets_apart_on_its_own_pages_is_no_content():
    """A web report's rail (a shaded box down every page) lists every project; on a project's
    own pages its entry is set in bold, wider, and wraps, moving the entries under it."""
    from dataclasses import replace

    from regio.extract.furniture import without_repeated_words
    from regio.extract.layout import Fill
    from regio.extract.settings import DEFAULT

    rail = [(20, 100, "Regio"), (56, 100, "Deal"), (20, 120, "Leonardo"), (20, 140, "Skills"), (20, 160, "Mineral")]
    shifted = [(20, 100, "Regio"), (56, 100, "Deal"), (26, 120, "Leonardo"), (20, 150, "Skills"), (20, 170, "Mineral")]
    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
    content = [[(200, 100, a), (260, 120, b), (200, 140, c)] for a, b, c in zip(words[::3], words[1::3], words[2::3])]
    pages = _pages([(shifted if n == 1 else rail) + page for n, page in enumerate(content)])
    ground = Fill(10, 80, 120, 800, 0.95)
    read = without_repeated_words([replace(page, fills=[ground]) for page in pages], DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == [[w for _, _, w in page] for page in content]


def test_a_label_at_the_same_place_on_every_page_is_content_where_what_it_heads_is_not():
    """Every project opens a page of its own in the same form: its first label stands at the
    same place on each, over text that differs; the running header over it is the frame."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    names = "Leonardo Skills Mineral Textiel Broedplaatsen Topfit".split()
    read = without_repeated_words(_pages([[(60, 30, "Regio"), (110, 30, "Deal"), (60, 300, "Projectnaam"), (60, 315, name),
                                            (60, 345, "Partijen"), (60, 360, f"{name}partners")] for name in names]), DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == [
        ["Projectnaam", name, "Partijen", f"{name}partners"] for name in names]


def test_a_running_header_set_a_little_off_its_place_on_each_page_is_no_content():
    """An OCR text layer places each word by its box, a fraction of a point off from page to
    page: across the edge of any fixed grid of places."""
    import random

    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    jitter = random.Random(7)
    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
    pages = _pages([[(73.0 + jitter.uniform(-0.4, 0.4), 31.0 + jitter.uniform(-0.4, 0.4), "Regio"),
                     (115.0 + jitter.uniform(-0.4, 0.4), 31.0 + jitter.uniform(-0.4, 0.4), "Zeeland"),
                     (72, 300, word)] for word in words])
    assert [[ln.text for ln in page.lines] for page in without_repeated_words(pages, DEFAULT)] == [[w] for w in words]


def test_footers_of_pages_printed_several_to_a_sheet_are_no_content():
    """Slides printed three to a sheet: each keeps its own footer, mid-sheet, its slide's number
    among all of them beside the same words at the same place on every sheet."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
    sheets = [[item for slot in range(3)
               for item in ((60, 100 + 250 * slot, words[3 * sheet + slot]), (60, 220 + 250 * slot, "Regio"), (90, 220 + 250 * slot, "Deal"),
                            (200, 220 + 250 * slot, f"{3 * sheet + slot + 1} / 12"))]
              for sheet in range(4)]
    read = without_repeated_words(_pages(sheets), DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == [words[3 * k:3 * k + 3] for k in range(4)]


def test_pages_that_are_all_alike_keep_their_text():
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    pages = _pages([[(72, 100, "Dezelfde"), (140, 100, "pagina")]] * 5)
    assert [[ln.text for ln in page.lines] for page in without_repeated_words(pages, DEFAULT)] == [["Dezelfde pagina"]] * 5


def test_titles_that_share_a_word_at_their_place_keep_it_but_a_running_header_goes():
    """Each project's pages open with its title in 16 pt at the same place, and most titles
    begin with the same word: "Slimme" is part of each, while the running header over every
    page is no content."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    titles = ["Slimme Zorg", "Slimme Zorg", "Slimme Havens", "Slimme Havens", "Groene Campus", "Slimme Transformatie"]
    pages = _pages([[(72, 20, "Regio", 8.0), (100, 20, "Deal", 8.0),
                     (72, 60, title.split()[0], 16.0), (76 + 9.6 * len(title.split()[0]), 60, title.split()[1], 16.0),
                     (72, 120, "Opgave"), (72, 400, f"tekst over {title.split()[-1].lower()}")] for title in titles])
    read = without_repeated_words(pages, DEFAULT)
    assert [page.lines[0].text for page in read] == titles


@pytest.mark.parametrize("top, furniture", [
    ("Regio Deal Parkstad projecten", True),
    ("Opgaven Totaal Rijk", False),  # a table's header over its part on each page
    ("Inzet en co-financiering", False),  # a field's label in small type
])
def test_a_short_dossier_shows_its_running_header_on_two_pages(top, furniture):
    """Four pages, two of them fold-out sheets with a title of their own at the top: the small
    line over the other two is a running header, where it is no label and no table's header."""
    from regio.extract.furniture import furniture as furniture_of
    from regio.extract.settings import DEFAULT

    def words(text, y, size):
        return [(72 + 60 * i, y, word, size) for i, word in enumerate(text.split())]

    pages = _pages([[*words(top, 40, 8.0), (72, 80, "Opgave"), (72, 400, "tekst")],
                    [*words("Uitvouwblad Digitale Zorg", 25, 14.0), (72, 100, "Bouw"), (72, 300, "tekst")],
                    [*words(top, 40, 8.0), (72, 80, "Aanleiding"), (72, 400, "meer tekst")],
                    [*words("Uitvouwblad Groene Energie", 25, 14.0), (72, 100, "Huur"), (72, 300, "tekst")]])
    found = furniture_of(pages, DEFAULT)
    assert [id(page.lines[0]) in found for page in pages[::2]] == [furniture, furniture]


def test_a_fields_label_at_the_top_of_several_pages_with_its_text_under_it_is_no_running_header():
    """Three projects each happen to open a page with the same field, at the same place: the
    label stands as close over its text as anywhere. A running header at the same place
    stands further off the text under it."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    def page(top):
        return [(72, 40, top[0]), (72 + 60, 40, top[1]), (72, 55, "Het"), (110, 55, "project"), (72, 400, "tekst")]

    labels = _pages([page(("Beoogde", "resultaten")) for _ in range(3)])
    assert not furniture(labels, DEFAULT) & {id(layout.lines[0]) for layout in labels}
    headers = _pages([[(72, 40, "Regio"), (132, 40, "Deal"), (72, 80, "Het"), (110, 80, "project"), (72, 400, "tekst")]] * 3)
    assert furniture(headers, DEFAULT) >= {id(layout.lines[0]) for layout in headers}


def test_a_title_at_the_place_a_label_opens_pages_in_a_row_is_no_running_title():
    """A text file printed, all in one type: "Projectnaam:" happens to open two pages in a
    row at the place where another page sets a project's title. A label repeated so is no
    part's running title, nor is the title at its place."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    tops = ["Onderwerp: Regio Deal", "LEEFBAARHEID EN VITALITEIT", "Sterke Transformatie", "Zilte Werkplaats",
            "startende", "Projectnaam:"]
    thirds = ["", "Vitale Broedplaatsen Zeeland", "Projectnaam:", "Projectnaam:", "", "Betrokken partijen:"]
    pages = _pages([[*_set_words(f"dossier.txt Pagina {n}", 36), *_set_words(top, 58), *_set_words(third, 85),
                     *_set_words("het project versterkt de regio", 120), *_set_words("tekst", 400)]
                    for n, (top, third) in enumerate(zip(tops, thirds), 1)])
    title = pages[1].lines[2]
    assert title.text == "Vitale Broedplaatsen Zeeland"
    found = furniture(pages, DEFAULT)
    assert id(title) not in found
    assert all(id(page.lines[0]) in found for page in pages)


def test_a_tables_header_lines_centred_at_the_top_of_the_pages_it_goes_on_over_are_no_running_header():
    """A table goes on over three pages under its header printed again at each page's top,
    the one-line labels centred between the lines of two-line ones: "Totale   Overig" (one
    source named) over "Kostenpost  Privaat  Gemeente" over "kosten   Publiek". Every line
    of it is the header's, though it stands at the same place on every page."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    header = [(250, 40, "Totale"), (480, 40, "Overig"), (72, 46, "Kostenpost"), (330, 46, "Privaat"),
              (400, 46, "Gemeente"), (250, 52, "kosten"), (480, 52, "Publiek")]
    pages = _pages([[*header, *((x, y, text) for y in (70, 84) for x, text in
                                ((72, f"Post {n}.{y}"), (250, "100.000"), (330, "50.000"), (400, "25.000"), (480, "25.000")))]
                    for n in range(1, 4)])
    assert [page.lines[0].text for page in pages] == ["Totale Overig"] * 3
    assert not furniture(pages, DEFAULT) & {id(line) for page in pages for line in page.lines}


def test_a_long_forms_header_naming_no_source_at_the_top_of_pages_is_no_running_header():
    """Budgets in long form open three pages, each under its header "Kostenpost  Financier
    Bedrag  Opmerking" (no source named): labels of more cells than a running header has
    parts, right over a row whose cells stand under them. A running header at that place,
    three parts set apart from the text under it, is one still."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    header = [(72, 40, "Kostenpost"), (250, 40, "Financier"), (400, 40, "Bedrag"), (460, 40, "Opmerking")]
    rows = [(72, 54, "Educatie"), (250, 54, "Onderwijs"), (400, 54, "200.000"), (250, 68, "Rijk"), (400, 68, "50.000")]
    pages = _pages([[*header, *rows, (72, 400, "tekst")] for _ in range(3)])
    assert not furniture(pages, DEFAULT) & {id(page.lines[0]) for page in pages}
    running = [(72, 40, "Regio"), (250, 40, "Projecten"), (460, 40, "2018")]
    pages = _pages([[*running, *((x, y + 30, text) for x, y, text in rows), (72, 400, "tekst")] for _ in range(3)])
    assert furniture(pages, DEFAULT) >= {id(page.lines[0]) for page in pages}


def test_a_short_dossiers_running_header_on_two_pages_one_over_a_large_title():
    """Three pages: the contents, whose large title ("Inhoud") stands as close under the
    running header as a title under its kicker, and two project pages, one with the header
    over its theme and title, set apart. Small and the same on both, it is the header."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    header = [(72 + 50 * i, 35, word, 7.5) for i, word in enumerate("Regio Deal Zwolle projecten".split())]
    pages = _pages([[*header, (72, 73, "Inhoud", 22.0), (72, 130, "Techniek", 9.6), (300, 130, "2", 9.6)],
                    [(72, 70, "Techniek", 8.0), (72, 85, "Digitale", 18.0), (72, 130, "Naam", 9.6), (72, 400, "tekst", 9.6)],
                    [*header, (72, 70, "Talent", 8.0), (72, 85, "Regionale", 18.0), (72, 130, "Naam", 9.6)]])
    found = furniture(pages, DEFAULT)
    assert [id(pages[n].lines[0]) in found for n in (0, 2)] == [True, True]


def _layout_of(tmp_path, draw):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    draw(c)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        return read_page(document[0], 1)
    finally:
        document.close()


def _cells_grounded_one_by_one(c, cells, y=700, height=14):
    """A table row set cell by cell, as LaTeX's coloured tables set it: each cell's ground
    painted, then its text, so the next cell's ground is painted over the text of a cell too
    narrow for it. ``cells``: (left, right, text, where its text starts)."""
    for left, right, text, start in cells:
        c.setFillGray(0.9)
        c.rect(left, y, right - left, height, fill=1, stroke=0)
        c.setFillGray(0)
        c.setFont("Helvetica", 10)
        c.drawString(start, y + 4, text)


def test_text_run_on_under_the_ground_of_the_next_cell_ends_where_it_is_hidden(tmp_path):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    end = 102 + stringWidth("Provincie", "Helvetica", 10)  # runs 4 points past its cell, up to the next text
    layout = _layout_of(tmp_path, lambda c: _cells_grounded_one_by_one(
        c, [(100, end - 4, "Provincie", 102), (end - 4, end + 60, "Gemeenten", end), (end + 60, end + 120, "Rijk", end + 62)]))
    words = [(w.text, w.x1) for ln in layout.lines for w in ln.words]
    assert [text for text, _ in words] == ["Provincie", "Gemeenten", "Rijk"]
    assert words[0][1] <= end - 4 + 0.01


def test_a_word_wholly_under_a_box_painted_after_it_is_still_read(tmp_path):
    """A box over a whole word (a highlighter's mark flattened onto the page) is no cell's
    ground hiding what ran on under it."""
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(100, 704, "Totaal 1.650.000")
        c.setFillColorRGB(1, 1, 0.6)
        c.rect(130, 700, 60, 14, fill=1, stroke=0)

    words = [w for ln in _layout_of(tmp_path, draw).lines for w in ln.words]
    assert [w.text for w in words] == ["Totaal", "1.650.000"]
    assert words[1].x1 - words[1].x0 > 40  # all of it, where it is printed


def test_a_page_set_sideways_is_read_turned_and_a_margin_label_stays_apart(tmp_path):
    """A table drawn turned on a portrait page without /Rotate reads level; a label up the
    margin of an upright page is no line of its text."""
    def sideways(c):
        c.translate(595, 0)
        c.rotate(90)
        c.setFont("Helvetica", 10)
        for i, row in enumerate(["Opgaven Totaal Rijk", "Projecten 100.000 50.000", "Totaal 100.000 50.000"]):
            c.drawString(72, 500 - 14 * i, row)

    turned = _layout_of(tmp_path, sideways)
    assert turned.turn == 90 and turned.width > turned.height
    assert [ln.text for ln in turned.lines] == ["Opgaven Totaal Rijk", "Projecten 100.000 50.000", "Totaal 100.000 50.000"]

    def margin(c):
        c.setFont("Helvetica", 10)
        for i in range(3):
            c.drawString(100, 700 - 14 * i, f"Regel {i + 1} van de tekst")
        c.saveState()
        c.translate(30, 300)
        c.rotate(90)
        c.drawString(0, 0, "Techniek als motor")
        c.restoreState()

    upright = _layout_of(tmp_path, margin)
    assert upright.turn == 0 and [w.text for w in upright.turned] == ["Techniek als motor"]
    assert [ln.text for ln in upright.lines] == [f"Regel {i} van de tekst" for i in (1, 2, 3)]


def test_a_running_header_missing_from_opening_pages_is_still_furniture():
    """The dossier's name on the left and the theme on the right, at the top of the pages
    that go on a project: fewer than half of all pages, as each project opens without it."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    pages = []
    for n in range(12):
        if n % 3 == 0:  # a project opens: its title, and no running header
            pages.append([(72, 120, "Titel"), (110, 120, f"{n}"), (72, 400, "tekst")])
        else:
            theme = "Techniek" if n < 6 else "Talent"
            pages.append([(72, 30, "Regio"), (110, 30, "Deal"), (480, 30, theme), (72, 400, "tekst")])
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    kept = [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts]
    assert all(page == ["tekst"] or page[0].startswith("Titel") for page in kept), kept


def test_a_table_row_at_the_foot_of_many_pages_is_no_running_footer():
    """Records printed on a grid (a label and its amount per line) put the same label at the
    same place on many pages; an amount beside it makes it a row, not a footer's left part."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    pages = [[(72, 400, "tekst"), (72, 800, "Provincie"), (480, 800, f"{n}00.000"), (280, 825, f"{n}")] for n in range(1, 7)]
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    assert [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts] == [
        ["tekst", f"Provincie {n}00.000"] for n in range(1, 7)]


def test_a_parts_own_header_on_a_run_of_pages_is_furniture_but_a_label_is_not():
    """A bundle of partners' documents: each part's header stands on its three or four pages
    only, far fewer than the bundle's share; on every page of a run it is still a header. A
    field's label that happens to open three pages in a row at the same place stays."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    pages = []
    for n in range(20):
        header = ["Gemeente Oosterhaven projectvoorstel", "Hogeschool Rijnvallei bijlage"][n // 10] if n % 10 < 3 else None
        label = "Opgave" if n in (14, 15, 16) else f"Regel {chr(65 + n)}"
        words = [(72 + 40 * i, 30, word) for i, word in enumerate(header.split())] if header else []
        pages.append([*words, (72, 60, label), (72, 400, "tekst")])
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    kept = [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts]
    assert kept == [["Opgave" if n in (14, 15, 16) else f"Regel {chr(65 + n)}", "tekst"] for n in range(20)]


def test_a_title_in_the_band_over_each_page_of_its_project_heads_the_first():
    """A projectfiche template prints the project's title in large type in a band at the top
    of every page of the project, and nowhere else: on the project's first page it is the
    heading, on the pages after it the running title."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    titles = ["Vlissingen Oost", "Zilte Teelt", "Techniekpact Zeeland", "Zorgtalent", "Vitale Kernen"]
    spans = [2, 3, 2, 1, 2]
    pages, first = [], set()
    for k, (title, span) in enumerate(zip(titles, spans), 1):
        first.add(len(pages))
        for _ in range(span):
            words = [(72 + 120 * i, 40, word, 15.0) for i, word in enumerate(title.split())]
            pages.append([(72, 20, "Projectfiche", 8.0), (160, 20, f"{k}", 8.0), *words,
                          (72, 120, "Opgave"), (72, 400, "tekst"), (72, 500, "meer tekst")])
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    heads = [[ln.text for ln in layout.lines if id(ln) not in found][0] for layout in layouts]
    assert heads == [titles[sum(n >= start for start in first) - 1] if n in first else "Opgave" for n in range(len(pages))]


def test_a_headings_number_set_apart_is_no_page_number_but_a_folio_beside_a_title_is():
    """Each project opens a page with its number set apart from its title, in the same place
    near the top: the numbers count the projects (1, 2, 3 on pages 1, 3, 4), not the pages,
    so the headings stay. A chapter's name beside the page's number is a running header
    however its name changes: the number rises with the pages."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    titles, spans = ["Zorg", "Havens", "Talent", "Energie"], [2, 1, 3, 2]
    pages = []
    for k, (title, span) in enumerate(zip(titles, spans), 1):
        for n in range(span):
            heading = [(72, 60, str(k), 20.0), (120, 60, title, 20.0)] if n == 0 else []
            pages.append([*heading, (72, 120, "tekst"), (72, 400, "meer tekst")])
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    assert [ln.text for layout in layouts for ln in layout.lines if ln.top == 60 and id(ln) not in found] == [
        f"{k} {title}" for k, title in enumerate(titles, 1)]

    chapters = [[(72, 30, f"Hoofdstuk{n // 3}"), (500, 30, str(n + 5)), (72, 120, "tekst")] for n in range(8)]
    layouts = _pages(chapters)
    found = furniture(layouts, DEFAULT)
    assert [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts] == [["tekst"]] * 8


def test_a_running_title_over_the_heading_it_repeats_is_furniture_on_a_projects_only_page():
    """A mirrored layout prints the project's title small at the top, left on even pages and
    right on odd ones; projects of one page show it once, over the heading it repeats, so no
    run of pages shows it: it is still no text of the project before."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    titles = ["Zorg", "Havens", "Talent", "Energie", "Kernen"]
    pages = [[(72 if n % 2 else 400, 30, title, 7.5), (72, 70, title, 15.0), (72, 120, "tekst"), (72, 400, "meer tekst")]
             for n, title in enumerate(titles)]
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    assert [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts] == [
        [title, "tekst", "meer tekst"] for title in titles]


def test_a_sheets_name_cut_short_over_the_title_it_begins_is_furniture_on_a_projects_only_page():
    """A workbook printed sheet by sheet, a project a sheet: each page's header is the sheet's
    name, cut short as a spreadsheet cuts its names, in the text's type over the project's
    title in a larger one. Projects of one page show it once, so no run of pages does: it is
    still no text of the project before."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    titles = ["Groene Havens Oost", "Slimme Broedplaatsen voor het mkb", "Vitale Kernen Twente", "Zilte Energie Noord"]
    pages = [[(260, 24, " ".join(title.split()[:2])), (72, 59, title, 14.0), (72, 120, "tekst"), (72, 400, "meer tekst")]
             for title in titles]
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    assert [[ln.text for ln in layout.lines if id(ln) not in found] for layout in layouts] == [
        [title, "tekst", "meer tekst"] for title in titles]


def test_the_column_labels_heading_a_tables_parts_printed_pages_across_are_no_running_header():
    """A table too wide for its page prints its other columns on the pages after it, each
    part under its group's label ("Publiek") and a header naming its corner and its columns
    ("Investeringen Rijk"), at the same place on every such page: those are the table's."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    pages = []
    for n in range(6):
        if n % 2:
            pages.append([(300, 86, "Publiek"), (72, 98, "Investeringen"), (300, 98, "Provincie"), (400, 98, "Rijk"),
                          (72, 112, "Pilots"), (300, 112, "100.000"), (400, 112, "50.000"), (72, 400, "tekst")])
        else:
            pages.append([(72, 98, "Investeringen"), (300, 98, "Totaal"), (72, 112, "Pilots"), (300, 112, "150.000"),
                          (72, 400, "tekst")])
    layouts = _pages(pages)
    found = furniture(layouts, DEFAULT)
    assert not any(id(ln) in found for layout in layouts for ln in layout.lines if ln.top < 100)


def test_printed_page_numbers_map_to_the_pages_that_print_them():
    """A cover without a number, then pages numbered from 1; and a spread printing two."""
    from regio.extract.furniture import folios
    from regio.extract.settings import DEFAULT

    pages = [[(72, 400, "Omslag")]] + [[(72, 400, "tekst"), (300, 800, str(n))] for n in range(1, 5)]
    assert folios(_pages(pages), DEFAULT) == {1: 2, 2: 3, 3: 4, 4: 5}
    spreads = [[(72, 400, "links"), (100, 800, str(2 * n)), (700, 400, "rechts"), (1000, 800, str(2 * n + 1))]
               for n in range(1, 4)]
    assert folios(_pages(spreads), DEFAULT) == {2: 1, 3: 1, 4: 2, 5: 2, 6: 3, 7: 3}
    shuffled = [[(72, 400, "tekst"), (300, 800, str(n))] for n in (3, 1, 2, 4)]
    assert folios(_pages(shuffled), DEFAULT) == {}
    # A bundle of parts, each numbered from 1: no number names one page.
    bundle = [[(72, 400, "tekst"), (300, 800, str(n))] for n in (1, 2, 3, 4, 1, 2, 3, 4, 5, 6)]
    assert folios(_pages(bundle), DEFAULT) == {}
    # A table's row of years standing at a page's top edge is no row of page numbers.
    years = [[(72, 20, "Activiteit"), (200, 20, "2024"), (260, 20, "2025"), (320, 20, "2026")] if n == 3 else []
             for n in range(1, 5)]
    numbered = [[*extra, (72, 400, "tekst"), (300, 800, str(n))] for n, extra in enumerate(years, 1)]
    assert folios(_pages(numbered), DEFAULT) == {1: 1, 2: 2, 3: 3, 4: 4}


def _text_page(c, left=170, top=800, lines=30, size=10):
    """A column of running text starting at ``left``."""
    c.setFont("Helvetica", size)
    for i in range(lines):
        c.drawString(left, top - 14 * i, f"regel {i} van de lopende tekst in deze kolom, die doorloopt tot de rechterkant")


def test_a_note_in_the_margin_stays_off_the_label_on_its_baseline(tmp_path):
    """A memo's margin note ("zie bijlage 2") in small plain type, on the baseline of a
    numbered label: the label is a line of its own, the note kept apart."""
    def draw(c):
        _text_page(c)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(150, 800 - 14 * 31, "2.")
        c.drawString(170, 800 - 14 * 31, "Partijen")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(57, 800 - 14 * 31, "zie bijlage 2")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == ["zie bijlage 2"]
    assert "2. Partijen" in [ln.text for ln in layout.lines]


def test_a_note_in_the_margin_beside_a_label_under_a_table_in_smaller_type_stays_apart(tmp_path):
    """The same note on a page that holds mostly a table, in type smaller than the text's
    and as small as the note's, a running header and footer at the margin: the few lines of
    running text under it set the text's type and its edge, and the note stays apart from
    the label on its baseline."""
    def draw(c):
        c.setFont("Helvetica", 8)
        c.drawString(57, 805, "Raadsvoorstel Regio Deal Kop Van Noord Holland - projectvoorstellen")
        c.setFont("Helvetica", 7.5)
        c.drawString(57, 40, "Registratienummer 2019 775442 pagina 3")
        for i in range(6):
            y = 780 - 14 * i
            c.drawString(173, y, f"Kostenpost {i}")
            for x, amount in ((300, "1.250.000"), (370, "€ 250.000"), (440, "0,29 mln."), (510, "3.100.000")):
                c.drawRightString(x, y, amount)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(170, 580, "6.")
        c.drawString(192, 580, "Structureel karakter")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(57, 580, "zie par. 4")
        c.setFont("Helvetica", 10)
        for i in range(4):
            c.drawString(192, 564 - 14 * i, f"Regel {i} van de lopende tekst van het veld hier")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == ["zie par. 4"]
    assert "6. Structureel karakter" in [ln.text for ln in layout.lines]


def test_a_label_column_is_no_margin_note(tmp_path):
    """Labels in a column of their own beside the text are bold (or near the text's size)."""
    def draw(c):
        _text_page(c)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(57, 800, "Partijen")
    layout = _layout_of(tmp_path, draw)
    assert layout.margin == [] and layout.lines[0].text.startswith("Partijen regel 0")


def _left_prose(c, left: float, size: float, pitch: float) -> None:
    """Twenty lines of running text in the left half of the page."""
    c.setFont("Helvetica", size)
    for i in range(20):
        c.drawString(left, 800 - pitch * i, f"regel {i} van de lopende tekst in de linkerhelft")


def test_a_tables_row_beside_the_text_is_no_margin_note_though_its_amounts_are_shrunk(tmp_path):
    """Prose on the left, a funding table on the right: a total's amounts shrunk to fit their
    narrow columns, on the baseline of a line of prose, still go with their row label."""
    def draw(c):
        _left_prose(c, 72, 10, 14)
        c.setFont("Helvetica-Bold", 7.5)
        c.drawString(400, 800 - 14 * 5, "Totaal")
        c.setFont("Helvetica-Bold", 6.5)
        for i, amount in enumerate(["6.000.000", "1.000.000", "3.000.000"]):
            c.drawRightString(480 + 40 * i, 800 - 14 * 5, amount)
    layout = _layout_of(tmp_path, draw)
    assert layout.margin == []
    assert any(ln.text.endswith("Totaal 6.000.000 1.000.000 3.000.000") for ln in layout.lines)


def test_a_narrow_tables_header_and_amounts_with_units_beside_the_text_are_no_margin_notes(tmp_path):
    """A table in a short right column beside the left column's prose: its header's last
    cell stands past the prose's edge in the very type of the cells before it, and its total
    gives amounts with their unit ("4,2 mln.") in columns set closer than an em."""
    def draw(c):
        _left_prose(c, 51, 9.5, 12.5)
        c.setFont("Helvetica-Bold", 7)
        c.drawString(310, 800 - 12.5 * 4, "Begroting")
        for right, header in ((423, "Privaat"), (466, "Onderwijs"), (497, "Rijk"), (542, "Totaal")):
            c.drawRightString(right, 800 - 12.5 * 4, header)
        c.drawString(310, 800 - 12.5 * 5, "Totaal")
        for right, amount in ((420, "4,2 mln."), (463, "10,4 mln."), (497, "60.000"), (542, "14,66 mln.")):
            c.drawRightString(right, 800 - 12.5 * 5, amount)
    layout = _layout_of(tmp_path, draw)
    assert layout.margin == []
    assert any(ln.text.endswith("Begroting Privaat Onderwijs Rijk Totaal") for ln in layout.lines)
    assert any(ln.text.endswith("Totaal 4,2 mln. 10,4 mln. 60.000 14,66 mln.") for ln in layout.lines)


def test_a_sign_left_hanging_in_a_narrow_cell_past_the_text_is_no_margin_note(tmp_path):
    """A narrow table beside the prose sets an amount too wide for its cell smaller, and
    still wraps it: "€" alone on the cell's first line, past the prose's edge, the amount
    under it. A sign says nothing in words: it is the cell's, not a note in the margin."""
    def draw(c):
        _left_prose(c, 51, 9.5, 12.5)
        c.setFont("Helvetica", 7.5)
        c.drawString(310, 800 - 12.5 * 4, "Programmamanagement")
        for right, amount in ((423, "€"), (466, "€ 50.000")):
            c.drawRightString(right, 800 - 12.5 * 4, amount)
        c.drawRightString(423, 800 - 12.5 * 4 - 9, "2.270.000")
        c.setFont("Helvetica", 7)
        c.drawRightString(542, 800 - 12.5 * 4, "€")
        c.drawRightString(542, 800 - 12.5 * 4 - 9, "1.400.000")
    layout = _layout_of(tmp_path, draw)
    assert layout.margin == []
    assert any(ln.text.endswith("Programmamanagement € € 50.000 €") for ln in layout.lines)


def test_a_row_label_wrapped_under_its_amounts_beside_the_text_is_no_margin_note(tmp_path):
    """A narrow table beside the prose wraps a long row label over lines of their own under
    the row's amounts, in its small type, past the prose's edge: the amounts beside the row
    stand right of those lines, where nothing stands right of a note in the margin."""
    def draw(c):
        _left_prose(c, 51, 9.5, 12.5)
        c.setFont("Helvetica", 7)
        c.drawString(310, 800 - 12.5 * 4, "Loonkosten")
        for right, amount in ((423, "3.336.000"), (466, "2.600.000"), (542, "700.000")):
            c.drawRightString(right, 800 - 12.5 * 4, amount)
        for i, piece in enumerate(["integraal", "uurtarief met", "partners"], start=1):
            c.drawString(310, 800 - 12.5 * 4 - 8.5 * i, piece)
    layout = _layout_of(tmp_path, draw)
    assert layout.margin == []
    assert [" ".join(w.text for w in ln.words if w.x0 >= 300) for ln in layout.lines if ln.x1 > 300] == \
        ["Loonkosten 3.336.000 2.600.000 700.000", "integraal", "uurtarief met", "partners"]


def test_a_pie_charts_labels_and_legend_are_no_text_but_a_list_with_square_bullets_is(tmp_path):
    """A donut of the sources under a table: its shares round it and its legend (a swatch of
    colour before each source) are the chart's; square bullets of one colour open a list."""
    from reportlab.lib import colors

    def draw(c):
        c.setFont("Helvetica", 10)
        for i in range(6):
            c.drawString(72, 800 - 14 * i, f"regel {i} van de lopende tekst boven de grafiek")
        for start, extent, colour in ((90, -150, colors.navy), (300, -120, colors.orange), (180, -90, colors.green)):
            c.setFillColor(colour)
            c.wedge(120, 560, 220, 660, start, extent, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.circle(170, 610, 25, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("Helvetica", 7.5)
        c.drawString(230, 640, "Privaat 42%")
        c.drawString(70, 650, "Rijk 25%")
        c.drawString(150, 548, "Onderwijs 33%")
        c.setFont("Helvetica-Bold", 8)
        c.drawString(300, 660, "Financiering naar bron")
        for i, (name, amount, colour) in enumerate((("Privaat", "2.500.000", colors.navy), ("Rijk", "1.500.000", colors.orange))):
            c.setFillColor(colour)
            c.rect(300, 643 - 12 * i, 7, 7, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.setFont("Helvetica", 7.5)
            c.drawString(312, 644 - 12 * i, name)
            c.drawRightString(400, 644 - 12 * i, amount)
        c.setFont("Helvetica", 10)
        for i in range(3):
            c.setFillColor(colors.navy)
            c.rect(72, 500 - 14 * i, 5, 5, stroke=0, fill=1)
            c.setFillColor(colors.black)
            c.drawString(84, 500 - 14 * i, f"Werkpakket {i + 1}: 25% van het budget")
    layout = _layout_of(tmp_path, draw)
    assert sorted(w.text for ln in layout.margin for w in ln.words) == sorted(
        "Privaat 42% Rijk 25% Onderwijs 33% Financiering naar bron Privaat 2.500.000 Rijk 1.500.000".split())
    assert [ln.text for ln in layout.lines] == [*(f"regel {i} van de lopende tekst boven de grafiek" for i in range(6)),
                                                 *(f"Werkpakket {i + 1}: 25% van het budget" for i in range(3))]


def test_footnotes_under_a_short_rule_at_the_foot_of_the_page_are_kept_apart(tmp_path):
    def draw(c):
        _text_page(c, left=72, lines=20)
        c.line(72, 200, 200, 200)
        c.setFont("Helvetica", 8)
        c.drawString(72, 188, "* bijdrage Rijk niet uit Regio Envelop")
        c.drawString(72, 178, "vervolg van de voetnoot")
        c.drawString(290, 60, "30")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.notes] == ["* bijdrage Rijk niet uit Regio Envelop", "vervolg van de voetnoot"]
    assert layout.lines[-1].text == "30"  # the page number stays a line


def test_a_table_rule_over_small_print_is_no_footnote_rule(tmp_path):
    """A short rule over lines that do not open with a note mark (a small table, a caption)."""
    def draw(c):
        _text_page(c, left=72, lines=20)
        c.line(72, 200, 200, 200)
        c.setFont("Helvetica", 8)
        c.drawString(72, 188, "Bron: CBS, 2018")
    layout = _layout_of(tmp_path, draw)
    assert layout.notes == [] and layout.lines[-1].text == "Bron: CBS, 2018"


def test_a_shaded_first_column_of_a_table_is_not_a_box_beside_the_text(tmp_path):
    """Row labels on a shade with their cells beside them: the rows stay whole."""
    def draw(c):
        c.setFillGray(0.89)
        c.rect(70, 600, 120, 80, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 9)
        for i, (label, cells) in enumerate([("Kostenpost", ("Rijk", "Provincie", "Gemeenten", "Totaal")),
                                             ("Ontwikkeling en inrichting", ("1.250.000", "750.000", "500.000", "2.500.000")),
                                             ("Testfaciliteit waterstof", ("600.000", "400.000", "-", "1.000.000")),
                                             ("Programmamanagement", ("150.000", "100.000", "100.000", "350.000"))]):
            y = 665 - 18 * i
            c.drawString(74, y, label)
            for j, cell in enumerate(cells):
                c.drawRightString(260 + 70 * j, y, cell)
    layout = _layout_of(tmp_path, draw)
    assert layout.asides == []
    assert [ln.text for ln in layout.lines][1] == "Ontwikkeling en inrichting 1.250.000 750.000 500.000 2.500.000"


def test_a_shape_behind_the_text_and_a_tables_last_column_is_no_box_beside_them(tmp_path):
    """A disc drawn behind the page's corner: a paragraph's lines run on into it at word
    spacing, and a table's rows run into it a gutter apart, as cells do whatever stands
    behind them. The figures cast no vote: nothing is set aside, every line stays whole."""
    def draw(c):
        c.setFillGray(0.25)
        c.circle(560, 700, 170, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 10)
        c.drawString(72, 760, "Elke kennisinstelling investeert in talentvolle jongeren. De regio draagt bij aan")
        c.drawString(72, 746, "het programma. Aan het Rijk wordt gevraagd een deel van de kosten bij te dragen.")
        for i, (label, cells) in enumerate([("Begroting", ("Totaal", "Bedrijfsleven", "Rijk")),
                                             ("Ontwikkeling", ("€ 57.000", "€ 28.000", "€ 29.000")),
                                             ("Onderzoek", ("€ 360.000", "€ 360.000", "")),
                                             ("Programmamanagement", ("€ 1.900.000", "€ 900.000", "€ 1.000.000")),
                                             ("Evaluatie", ("€ 1.500.000", "€ 1.500.000", ""))]):
            y = 716 - 18 * i
            c.drawString(72, y, label)
            for right, cell in zip((300, 380, 520), cells):
                c.drawRightString(right, y, cell)
    layout = _layout_of(tmp_path, draw)
    assert layout.asides == []
    texts = [ln.text for ln in layout.lines]
    assert texts[0].endswith("De regio draagt bij aan")
    assert "Programmamanagement € 1.900.000 € 900.000 € 1.000.000" in texts


def test_a_figure_is_a_mark_only_against_its_own_word():
    """On a sheet of two pages a line may hold a larger word of the facing page: a cell's
    "Q4 2024" beside it stays a date, while a small raised figure against its word is a mark."""
    from regio.extract.layout import Word, build_lines

    words = [Word("Q4", 60, 70, 100, 108, 8.0), Word("2024", 72, 90, 100, 108, 8.0),
             Word("Structureel", 400, 470, 98, 112, 14.0), Word("Twente", 100, 130, 100, 110, 10.0),
             Word("2", 130.5, 134, 99, 105, 6.0)]
    assert [w.text for ln in build_lines(words, 1) for w in ln.words] == ["Q4", "2024", "Twente", "²", "Structureel"]


def test_a_number_as_tall_as_a_kicker_and_the_title_under_it_joins_neither_to_the_other():
    """A report sets a project's number (26 pt) beside its theme (9 pt) and, under the theme,
    its title (19 pt): the number reaches into both lines, and the theme and the title, one
    over the other at the same left edge, are two lines however the number ties them."""
    from regio.extract.layout import Word, build_lines

    words = [Word("02", 120.5, 153.0, 74.3, 100.3, 26.0, bold=True),
             Word("ENERGIETRANSITIE", 168.1, 238.7, 70.2, 79.2, 9.0, bold=True),
             Word("Groene", 168.1, 237.6, 86.6, 105.6, 19.0, bold=True),
             Word("Energie", 243.5, 317.0, 86.6, 105.6, 19.0, bold=True)]
    texts = [ln.text for ln in build_lines(words, 1)]
    assert "Groene Energie" in texts
    assert not any("ENERGIETRANSITIE" in text and "Groene" in text for text in texts)


def test_leader_dots_are_no_part_of_a_row_label_but_a_contents_entry_keeps_them():
    from regio.extract.layout import Word, build_lines

    def line(texts):
        x, words = 72.0, []
        for text in texts:
            words.append(Word(text, x, x + 4 * len(text), 100, 110, 8.0))
            x += 4 * len(text) + (20 if text[0].isdigit() or texts.index(text) == 0 else 2)
        return [w.text for ln in build_lines(words, 1) for w in ln.words]

    assert line(["Projecten", *"." * 8, "2.000.000", "1.000.000"]) == ["Projecten", "2.000.000", "1.000.000"]
    assert line(["Leonardo", "........", "18"]) == ["Leonardo", "........", "18"]  # a contents entry
    assert line(["Italy", "10", "..", "..", "60"]) == ["Italy", "10", "..", "..", "60"]  # statistics' "not available"


def test_a_thumb_tab_at_the_page_edge_is_kept_out_of_the_lines_beside_it(tmp_path):
    def draw(c):
        _text_page(c, left=72)
        c.setFillColorRGB(0.1, 0.4, 0.5)
        c.rect(540, 700, 60, 80, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica-Bold", 14)
        c.drawString(548, 760, "2")
        c.setFont("Helvetica-Bold", 7)
        c.drawString(548, 744, "Arbeidsmarkt")
    layout = _layout_of(tmp_path, draw)
    assert {ln.text for ln in layout.margin} == {"2", "Arbeidsmarkt"}
    assert all("Arbeidsmarkt" not in ln.text and not ln.text.endswith(" 2") for ln in layout.lines)


def test_a_sender_column_right_of_the_text_is_kept_off_its_lines(tmp_path):
    """A letter's sender column: smaller type wide apart, right of where the text ends."""
    def draw(c):
        c.setFont("Helvetica", 10)
        for i in range(20):
            c.drawString(62, 760 - 14 * i, f"regel {i} van de brief, die eindigt voor de kolom")
        c.setFont("Helvetica", 7)
        for i, text in enumerate(["Postbus 1500", "7500 BM Enschede", "T 053 487 65 00"]):
            c.drawString(454, 760 - 14 * i, text)
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == ["Postbus 1500", "7500 BM Enschede", "T 053 487 65 00"]
    assert layout.lines[0].text == "regel 0 van de brief, die eindigt voor de kolom"


def test_a_sender_column_in_grey_beside_a_typed_table_on_a_page_of_its_own_is_kept_off_its_rows(tmp_path):
    """The letter's next page holds a table only, typed in the sender column's own size, no
    lines of text to show where the text ends: the sender's lines, in grey, each wide apart
    from the table's line beside it (the header, a row label's wrapped lines), one under the
    other at one edge, no label over them, are still its column. A table's column of
    remarks in italics under its label stays the table's."""
    rows = [("Onderdeel", "Totaal", "Rijksbijdrage", "Regio Zuidoost Drenthe"), ("Operationeel/", "11,45 mln.", "6 mln.", ""),
            ("management/", "", "", "Stationsplein 1"), ("samenwerking", "", "", "1000 AA Zuidoost Drenthe"),
            ("Omscholing van", "94.000", "€ 31.000", ""), ("werkenden", "", "", "Postbus 1000")]

    def draw(c):
        for i, (label, total, rijk, sender) in enumerate(rows):
            c.setFont("Courier", 7)
            c.setFillColorRGB(0, 0, 0)
            c.drawString(62, 760 - 12 * i, label)
            c.drawRightString(260, 760 - 12 * i, total)
            c.drawRightString(400, 760 - 12 * i, rijk)
            c.setFont("Helvetica", 7)
            c.setFillColorRGB(0.4, 0.4, 0.4)
            c.drawString(454, 760 - 12 * i, sender)
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == [sender for *_, sender in rows if sender]
    assert [ln.text for ln in layout.lines] == [" ".join(part for part in row[:3] if part) for row in rows]

    def remarks(c):
        for i, (label, total, rijk, remark) in enumerate(rows):
            c.setFont("Courier-Bold" if i == 0 else "Courier", 7)
            c.drawString(62, 760 - 12 * i, label)
            c.drawRightString(260, 760 - 12 * i, total)
            c.drawRightString(400, 760 - 12 * i, rijk)
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica-Oblique", 7)
            c.drawString(454, 760 - 12 * i, "Toelichting" if i == 0 else remark)
    assert not _layout_of(tmp_path, remarks).margin


def _two_columns(c, lines=(12, 12), shift=6.0):
    """Two columns of running text whose baselines do not meet: the right one set ``shift`` lower."""
    c.setFont("Helvetica", 9)
    for column, (x, n) in enumerate(zip((60, 310), lines)):
        for i in range(n):
            c.drawString(x, 700 - column * shift - 12.5 * i, f"kolom {column} regel {i} van de lopende tekst hier")


def test_columns_on_baselines_of_their_own_are_read_one_after_the_other():
    """Where the columns never share a baseline, every line holds one column's words."""
    from regio.extract.layout import Line, Word, text_columns

    def line(column: int, i: int) -> Line:
        x, y = (60.0, 310.0)[column], 100 + 12.5 * i + 6.25 * column
        words, text = [], f"kolom {column} regel {i} van de lopende tekst hier"
        for word in text.split():
            words.append(Word(word, x, x + 5 * len(word), y, y + 9, 9.0))
            x += 5 * len(word) + 2.5
        return Line(1, words, 2.5)

    lines = sorted((line(k, i) for k in (0, 1) for i in range(12)), key=lambda ln: ln.top)
    read, runs = text_columns(lines)
    assert [ln.text for ln in read] == [f"kolom {k} regel {i} van de lopende tekst hier" for k in (0, 1) for i in range(12)]
    assert len(runs) == 1


def test_a_column_that_holds_two_lines_at_its_top_is_read_after_the_full_one(tmp_path):
    """The text runs down the left column and goes on at the top of the right one for two
    lines (a column break near a section's end): too few lines side by side to show the
    gutter, but the two lines start at one edge, level with the first column's top, in its
    type. Each column is read whole, the left one first."""
    layout = _layout_of(tmp_path, lambda c: _two_columns(c, lines=(30, 2), shift=0.0))
    assert [ln.text for ln in layout.lines] == [f"kolom {k} regel {i} van de lopende tekst hier"
                                                for k, n in ((0, 30), (1, 2)) for i in range(n)]


def test_a_short_column_under_a_title_across_both_under_a_running_header_is_read_after_the_full_one(tmp_path):
    """A newspaper's page: a running header whose date stands at the far right, the title
    across both columns, then a full left column and a right one of three lines. The
    header's far end, over the title, is none of the short column's lines."""
    def draw(c):
        c.setFont("Helvetica", 8)
        c.drawString(60, 800, "BIJLAGE | Regio Deal")
        c.drawString(480, 800, "zaterdag 16 maart")
        c.setFont("Helvetica-Bold", 15)
        c.drawString(60, 760, "Slimme Maakindustrie voor het mkb in de regio")
        _two_columns(c, lines=(30, 3), shift=0.0)

    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines if "kolom" in ln.text] == [f"kolom {k} regel {i} van de lopende tekst hier"
                                                                     for k, n in ((0, 30), (1, 3)) for i in range(n)]


def test_a_short_column_beside_a_narrow_ragged_one_under_a_title_is_read_after_it(tmp_path):
    """Project sheets in three narrow columns: a kicker and a title in large type, a field's
    label in bold opening the column, ragged text under it (its lines end far from the
    column's edge, for its measure) going on at the top of the second column for four
    lines, level with the label. Each column is read whole."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    vocabulary = ("de regio versterkt het vestigingsklimaat met regionale partners en bundelt kennis over "
                  "circulaire productieketens voor kleine kernen en werklocaties in nauwe afstemming " * 40).split()

    def ragged(measure: float) -> str:  # lines broken early, as long words after them would have them
        line = vocabulary.pop(0)
        while stringWidth(f"{line} {vocabulary[0]}", "Helvetica", 9) <= measure:
            line += " " + vocabulary.pop(0)
        return line

    left = [ragged(185 if i % 6 == 0 else 158) for i in range(32)]
    right = simpleSplit("gemonitord en gedeeld met andere regio's zodat de aanpak de bereikbaarheid van de "
                        "werklocaties versterkt in afstemming met het Rijk.", "Helvetica", 9, 185)

    def draw(c):
        c.setFont("Helvetica", 9)
        c.drawString(40, 790, "ENERGIETRANSITIE")
        c.setFont("Helvetica-Bold", 16)
        c.drawString(40, 768, "Slimme Campus Twente")
        c.setFont("Helvetica-Bold", 9)
        c.drawString(40, 740, "Naam Project")
        c.setFont("Helvetica", 9)
        for i, line in enumerate(left):
            c.drawString(40, 728 - 11 * i, line)
        for i, line in enumerate(right):
            c.drawString(250, 740 - 11 * i, line)

    assert [ln.text for ln in _layout_of(tmp_path, draw).lines][3:] == [*left, *right]


def test_a_column_that_opens_with_a_paragraphs_last_word_is_read_after_the_full_one(tmp_path):
    """The paragraph at the left column's foot ends at the top of the right one ("afgerond."
    alone), a new paragraph of two lines under it: the short column's first line is no
    running text, yet it is the text going on."""
    def draw(c):
        _two_columns(c, lines=(30, 0), shift=0.0)
        c.drawString(310, 700, "afgerond.")
        for i in range(2):
            c.drawString(310, 700 - 12.5 * (i + 1) - 6, f"kolom 1 regel {i} van de lopende tekst hier")

    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines] == [*(f"kolom 0 regel {i} van de lopende tekst hier" for i in range(30)),
                                                "afgerond.", "kolom 1 regel 0 van de lopende tekst hier",
                                                "kolom 1 regel 1 van de lopende tekst hier"]


def test_a_landscape_dashboard_whose_last_row_label_ends_in_a_figure_is_no_spread(tmp_path):
    """A dashboard page set landscape: its header's page number at the right, two columns
    of cards, a table across them whose last row label ends in a figure ("Onderzoek fase
    2"), low on the page under the rows before it. That label is no folio of a left page:
    the sheet is no two pages side by side, and the table's rows stay whole."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    path = tmp_path / "dashboard.pdf"
    c = canvas.Canvas(str(path), pagesize=landscape(A4))
    c.setFont("Helvetica", 8)
    c.drawString(34, 580, "Regio Deal Peel · Dashboard projecten")
    c.drawRightString(808, 580, "Pagina 1")
    for x in (38, 430):
        for i in range(8):
            c.drawString(x, 520 - 12 * i, f"regel {i} van de tekst op de kaart van dit project hier")
    for i, (label, cells) in enumerate((("Kostenpost", ("Waterschap", "Rijk")), ("Communicatie en evaluatie", ("€ 40.000", "€ 26.000")),
                                        ("Evaluatie", ("€ 900.000", "€ 1.000.000")), ("Onderzoek fase 2", ("0", "€ 4.750.000")))):
        y = 330 - 18 * i
        c.drawString(38, y, label)
        for right, cell in zip((600, 804), cells):
            c.drawRightString(right, y, cell)
    c.save()
    document = pdfium.PdfDocument(str(path))
    try:
        texts = [ln.text for ln in read_page(document[0], 1).lines]
    finally:
        document.close()
    assert "Onderzoek fase 2 0 € 4.750.000" in texts


def test_the_bar_of_a_small_value_among_a_tables_data_bars_is_no_rule(tmp_path):
    """A spreadsheet's data bars behind a column's amounts, each from the column's left
    edge, as long as its value: the smallest is thinner than a rule. In the bars' ink, as
    tall as they and starting where they do, it is a bar, not a rule parting the row; a
    cell's border drawn as thin beside its shading stays a rule."""
    def draw(c):
        c.setFillColorRGB(0.75, 0.85, 0.95)
        for i, length in enumerate((120, 0.4, 60, 90)):
            c.rect(340, 700 - 18 * i, length, 14, stroke=0, fill=1)
        c.setFillColorRGB(0.8, 0.8, 0.8)
        c.rect(60, 500, 200, 14, stroke=0, fill=1)  # a shaded cell
        c.setFillColorRGB(0, 0, 0)
        c.rect(59.6, 500, 0.4, 14, stroke=0, fill=1)  # its border, drawn as a thin box
        c.setFont("Helvetica", 9)
        for i, (label, amount) in enumerate((("Omscholing", "7.000.000"), ("Projecten", "22.000"),
                                             ("Evaluatie", "3.500.000"), ("Onderzoek", "5.250.000"))):
            c.drawString(60, 703 - 18 * i, label)
            c.drawRightString(500, 703 - 18 * i, amount)
    layout = _layout_of(tmp_path, draw)
    assert [(round(r.x0), round(r.top)) for r in layout.vrules] == [(60, 328)]


def test_a_typewriters_amounts_keep_their_units_on_a_page_set_in_proportional_type(tmp_path):
    """A letter set in a proportional type holds a table typed in a monospaced one, a little
    spaced out: a typewriter's space, as wide as its letters, stands between "2,65" and its
    "mln." wider than a word space of the page's type. The unit is its figure's."""
    def draw(c):
        c.setFont("Helvetica", 9)
        for i in range(8):
            c.drawString(60, 780 - 12 * i, "Het project versterkt de samenwerking tussen onderwijs en bedrijfsleven.")
        c.setFont("Courier", 7)
        for i, (label, *cells) in enumerate((("Begroting", "Totaal", "Provincie", "Rijksbijdrage"),
                                             ("Pilots", "2,65 mln.", "0,5 mln.", "0,6 mln."),
                                             ("Opleidingen", "3,7 mln.", "3,7 mln.", "0"),
                                             ("Totaal", "6,35 mln.", "4,2 mln.", "0,6 mln."))):
            typed = f"{label:<13}{cells[0]:>10}{cells[1]:>11}{cells[2]:>15}"
            for word in re.finditer(r"\S+", typed):  # each word set at its place, no spaces drawn
                c.drawString(60 + 4.6 * word.start(), 660 - 10 * i, word.group())
    layout = _layout_of(tmp_path, draw)
    (row,) = [ln for ln in layout.lines if ln.text.startswith("Pilots")]
    assert [" ".join(w.text for w in run) for run in row.segments()] == ["Pilots", "2,65 mln.", "0,5 mln.", "0,6 mln."]
    (table,) = [t for t in read_page_tables(layout) if t.rows]
    assert table.grid()[1:] == [["Pilots", "2,65 mln.", "0,5 mln.", "0,6 mln."], ["Opleidingen", "3,7 mln.", "3,7 mln.", "0"],
                                ["Totaal", "6,35 mln.", "4,2 mln.", "0,6 mln."]]


def test_a_table_row_across_the_gutter_is_not_parted_at_it(tmp_path):
    """A table set across both columns under them: its header and rows stay whole lines."""
    def draw(c):
        _two_columns(c)
        c.setFont("Helvetica", 8)
        c.drawString(64, 520, "Opgaven/ Investeringen")
        for x, text in ((230, "Totaal"), (350, "Privaat"), (450, "Rijk")):
            c.drawRightString(x + 40, 520, text)
        c.drawString(64, 505, "Projecten")
        for x, text in ((230, "2.000.000"), (350, "1.000.000"), (450, "500.000")):
            c.drawRightString(x + 40, 505, text)
    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert "Opgaven/ Investeringen Totaal Privaat Rijk" in texts
    assert "Projecten 2.000.000 1.000.000 500.000" in texts


_THREE_COLUMNS = (40, 215, 390)


_PROSE = "de regio investeert in nieuwe leerwerktrajecten met partners zodat het netwerk sterker wordt".split()


def _column_text(c, column: int, top: float, lines: int) -> None:
    """Lines of running text filling the column, 160 points wide, each line's words set
    at other places (lines alike would leave rivers of white down the column)."""
    c.setFont("Helvetica", 8)
    for i in range(lines):
        words = f"kolom {column} regel {i}".split()
        k = 3 * i
        while c.stringWidth(" ".join([*words, _PROSE[k % len(_PROSE)]]), "Helvetica", 8) <= 160:
            words.append(_PROSE[k % len(_PROSE)])
            k += 1
        c.drawString(_THREE_COLUMNS[column], top - 11 * i, " ".join(words))


def test_a_tables_rows_between_two_over_the_gutter_are_not_parted_at_it(tmp_path):
    """A table floated across two of three columns, the third running on beside it: a row
    whose cells happen to leave the gutter clear (its label in words, a nil close right of
    the gutter) stays whole, as the rows over and under it with a cell over the gutter do."""
    rows = [("Kostenpost", "Totaal", "Bedrijfsleven", "Onderwijs", "Rijk"),
            ("Opleiding in de regio", "6.500.000", "4.750.000", "0", "1.750.000"),
            ("Fieldlab", "40.000", "0", "0", "40.000"), ("Totaal", "6.540.000", "4.750.000", "0", "1.790.000")]

    def draw(c):
        _column_text(c, 2, 780, 30)
        _column_text(c, 0, 700, 20)
        _column_text(c, 1, 700, 20)
        c.setFont("Helvetica", 8)
        for i, (label, *cells) in enumerate(rows):
            y = 780 - 14 * i
            c.drawString(40, y, label)
            # the third cell reaches over the gutter in all rows but the second
            for x, cell in zip((160, 200 if i == 1 else 235, 250, 370), cells):
                c.drawRightString(x, y, cell)

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    for row in rows:
        assert " ".join(row) in texts
    assert sum(t.startswith("kolom ") for t in texts) == 70 and not any(t.count("kolom") > 1 for t in texts)


def test_a_title_over_three_columns_whose_last_word_space_falls_on_a_gutter_stays_whole(tmp_path):
    """A title in large type over three columns: its long middle word crosses the first
    gutter, and the space before its last word falls on the second. A word space in the
    title's type is no gutter: the line stays whole."""
    def draw(c):
        c.setFont("Helvetica-Bold", 20)
        head = "Regionale Talentontwikkeling"
        c.drawString(382.5 - c.stringWidth(head + " ", "Helvetica-Bold", 20) + c.stringWidth(" ", "Helvetica-Bold", 20) / 2,
                     800, head + " 2.0")
        for column in range(3):
            _column_text(c, column, 770, 30)

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert texts[0] == "Regionale Talentontwikkeling 2.0"
    assert sum(t.startswith("kolom ") for t in texts) == 90 and not any(t.count("kolom") > 1 for t in texts)


def test_a_header_label_shrunk_to_fit_its_cell_stays_on_its_line(tmp_path):
    """A header whose label too long for its cell is shrunk to half the text's size, as a
    spreadsheet shrinks it to fit: set well apart from the label before it, with labels in
    the larger type after it, it is a label of their line, not a tag beside a title."""
    def draw(c):
        _column_text(c, 0, 780, 12)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(40, 620, "Investeringen")
        c.drawRightString(200, 620, "kosten")
        c.setFont("Helvetica-Bold", 4)
        c.drawString(212, 621, "Kennisinstellingen")
        c.setFont("Helvetica-Bold", 8)
        for x, label in ((300, "Gem."), (350, "Provincie"), (400, "Rijk")):
            c.drawRightString(x, 620, label)

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert "Investeringen kosten Kennisinstellingen Gem. Provincie Rijk" in texts


def test_a_table_floated_wider_than_the_column_it_heads_leaves_the_gutter_beside_it(tmp_path):
    """A page of one text column with a table floated across the two beside it, the second
    column's text under the table: the columns are as wide as their text, so the page is
    read in columns, the first whole before the second."""
    def draw(c):
        _column_text(c, 0, 780, 40)
        c.setFont("Helvetica", 8)
        rows = [("Kostenpost", "Totaal", "Gemeente", "Provincie", "Rijk"),
                *((f"Onderdeel {k}", "550.000", "0", "0", "550.000") for k in range(1, 8)),
                ("Totaal", "3.850.000", "0", "0", "3.850.000")]
        for i, (label, *amounts) in enumerate(rows):
            c.drawString(215, 780 - 12 * i, label)
            for x, amount in zip((330, 400, 470, 550), amounts):
                c.drawRightString(x, 780 - 12 * i, amount)
        _column_text(c, 1, 650, 10)

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    first = [i for i, t in enumerate(texts) if t.startswith("kolom 0 regel ")]
    second = [i for i, t in enumerate(texts) if t.startswith("kolom 1 regel ")]
    assert len(first) == 40 and len(second) == 10 and first[-1] < second[0]
    assert not any(t.count("kolom") > 1 for t in texts)
    assert "Onderdeel 1 550.000 0 0 550.000" in texts


def test_a_list_set_in_two_parts_within_a_column_leaves_the_gutters_as_they_are(tmp_path):
    """Three columns, the middle one holding a list whose entries are set in two parts at a
    tab: the white between the parts runs as long as a short gutter, but it would part the
    page into columns of very different widths, so the page keeps its three columns."""
    def draw(c):
        for column in (0, 2):
            _column_text(c, column, 780, 30)
        _column_text(c, 1, 780, 10)
        for i in range(10):
            c.drawString(215, 670 - 11 * i, f"Fase {i} loopt door")
            c.drawString(310, 670 - 11 * i, "in het jaar")
        _column_text(c, 1, 560, 10)

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert [t for t in texts if t.startswith("Fase ")] == [f"Fase {i} loopt door in het jaar" for i in range(10)]
    assert sum(t.startswith("kolom ") for t in texts) == 80 and not any(t.count("kolom") > 1 for t in texts)


def test_a_tables_line_in_a_smaller_type_level_with_the_other_columns_text_is_no_row_across(tmp_path):
    """Text in two columns, the second holding a table set a point smaller: the total's
    amount wrapped under its sign, far right, stands level with a line of the first column's
    text. It is no row of a table across the columns, and the first column stays whole."""
    def draw(c):
        c.setFont("Helvetica", 9)
        for i in range(30):
            c.drawString(60, 700 - 12.5 * i, f"kolom 0 regel {i} van de lopende tekst")
        for i in range(8):
            c.drawString(310, 700 - 12.5 * i, f"kolom 1 regel {i} van de lopende tekst")
        c.setFont("Helvetica", 8)
        for k, (label, total, rijk) in enumerate([("Kosten", "Totaal", "Rijk"), ("Huisvesting", "5.150.000", "2.400.000"),
                                                  ("TOTAAL", "€", "€")]):
            c.drawString(310, 595 - 11 * k, label)
            c.drawRightString(450, 595 - 11 * k, total)
            c.drawRightString(540, 595 - 11 * k, rijk)
        c.drawRightString(450, 562.5, "5.150.000")
        c.drawRightString(540, 562.5, "2.400.000")

    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert [t for t in texts if t.startswith("kolom 0")] == [f"kolom 0 regel {i} van de lopende tekst" for i in range(30)]
    assert texts.index("kolom 0 regel 29 van de lopende tekst") < texts.index("TOTAAL € €")


def _rows_across_two_columns(c, rows) -> None:
    """Two columns of text and, under them, a table set across both: rows of (y, label,
    cells), each cell (right edge, text, size); the header's in 8 points."""
    _two_columns(c)
    labels = ((200, "Totaal"), (260, "Bedrijven"), (360, "Provincie"), (480, "Rijk"))
    header = (520, "Begroting", [(x, text, 8) for x, text in labels])
    for y, label, cells in [header, *rows]:
        if label:
            c.setFont("Helvetica", 8)
            c.drawString(64, y, label)
        for x, text, size in cells:
            c.setFont("Helvetica", size)
            c.drawRightString(x, y, text)


def test_a_row_across_the_columns_with_cells_shrunk_to_fit_beside_the_gutter_stays_whole(tmp_path):
    """A table set across two columns of text under them: in its last row the amounts left
    of the gutter are set smaller to fit their cells. The row is still set in the table's
    type, and stays one line."""
    def draw(c):
        _rows_across_two_columns(c, [(505, "Operationeel", [(200, "4.766.000", 6), (260, "4.500.000", 6),
                                                           (360, "190.000", 8), (480, "76.000", 8)])])
    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert "Operationeel 4.766.000 4.500.000 190.000 76.000" in texts


def test_a_rows_values_wrapped_under_it_across_the_gutter_stay_with_it(tmp_path):
    """A total's row of a table set across two columns of text, its signs on the row's line
    and its amounts wrapped under them, the one left of the gutter shrunk to fit its cell:
    the line of amounts goes across the gutter with its row, whatever type each is set in."""
    def draw(c):
        total = [(200, "€", 8), (260, "7.040.000", 8), (360, "€", 8), (480, "6.250.000", 8)]
        _rows_across_two_columns(c, [(505, "Totaal", total), (497, None, [(200, "14.330.000", 6), (360, "2.200.000", 8)])])
        c.setFont("Helvetica", 9)
        for i in range(12):
            for column, x in enumerate((60, 310)):
                c.drawString(x, 475 - 12.5 * i, f"kolom {column} onder de tabel regel {i} van de tekst")
    texts = [ln.text for ln in _layout_of(tmp_path, draw).lines]
    assert texts.index("Totaal € 7.040.000 € 6.250.000") + 1 == texts.index("14.330.000 2.200.000")


def test_struck_through_words_are_left_out_and_underlined_ones_kept(tmp_path):
    """A draft printed with its tracked changes: the deleted word has a line through its
    middle from its start to its end; an inserted one a line under it. A rule drawn through
    a row from one edge of a table to the other strikes nothing."""
    def draw(c):
        c.setFont("Helvetica", 10)
        x = 72
        for word in ("bedrag", "1.500.000", "1.650.000", "gevraagd"):
            c.drawString(x, 700, word)
            width = c.stringWidth(word, "Helvetica", 10)
            if word == "1.500.000":
                c.line(x, 703.2, x + width, 703.2)  # through the middle
            if word == "1.650.000":
                c.line(x, 698.5, x + width, 698.5)  # under the baseline
            x += width + 3
        c.drawString(72, 650, "Projecten 2.000.000")
        c.line(60, 653.2, 400, 653.2)  # a table's rule, from edge to edge
    layout = _layout_of(tmp_path, draw)
    assert [w.text for w in layout.struck] == ["1.500.000"]
    assert [ln.text for ln in layout.lines] == ["bedrag 1.650.000 gevraagd", "Projecten 2.000.000"]


def test_a_struck_word_run_on_into_the_word_that_replaced_it_is_left_out_of_it(tmp_path):
    """Tracked changes print the deleted word and the one inserted for it without a space
    between, in one ink and type: the strike through the first is where the word ends. A
    word struck between two it touches leaves them one word."""
    def draw(c):
        c.setFont("Helvetica", 10)
        for y, before, deleted, after in [(700, "Er ", "werd", "wordt gevraagd"), (680, "(gereed ", "2019", "2020)")]:
            c.drawString(72, y, before + deleted + after)
            start = 72 + c.stringWidth(before, "Helvetica", 10)
            c.line(start, y + 3.2, start + c.stringWidth(deleted, "Helvetica", 10), y + 3.2)
    layout = _layout_of(tmp_path, draw)
    assert [w.text for w in layout.struck] == ["werd", "2019"]
    assert [ln.text for ln in layout.lines] == ["Er wordt gevraagd", "(gereed 2020)"]


def test_words_deleted_from_lines_of_prose_leave_no_gap_a_table_could_part_them_at(tmp_path):
    """A word struck through in each of several lines, at about the same place: what is left
    of each line is running text, the word after the deleted one reaching back over it, and
    no table of two columns with the gaps between them."""
    def draw(c):
        c.setFont("Helvetica", 10)
        for k, (before, deleted, after) in enumerate([("De gemeente versterkt de ", "brede ", "welvaart van de regio."),
                                                      ("Het project verbindt alle ", "kleine ", "kernen in de provincie."),
                                                      ("Het consortium richt zich ", "vooral ", "op startende bedrijven."),
                                                      ("De provincie versnelt de ", "nieuwe ", "leerroutes in het mkb.")]):
            y = 700 - 14 * k
            c.drawString(72, y, before + deleted + after)
            start = 72 + c.stringWidth(before, "Helvetica", 10)
            c.line(start, y + 3.2, start + c.stringWidth(deleted, "Helvetica", 10), y + 3.2)
    from regio.extract.finder import find_tables

    layout = _layout_of(tmp_path, draw)
    assert [w.text for w in layout.struck] == ["brede", "kleine", "vooral", "nieuwe"]
    assert [ln.text for ln in layout.lines][:1] == ["De gemeente versterkt de welvaart van de regio."]
    assert all(len(ln.segments()) == 1 for ln in layout.lines) and not find_tables(layout)


def test_a_table_in_small_type_on_a_justified_page_parts_its_cells_at_their_own_gaps(tmp_path):
    """Justified lines stretch their word spaces, the last line of each paragraph does not: the
    page's word space is the natural one, and a table shrunk to fit a narrow column, its cells
    no wider apart than the stretched spaces of the text, still parts them."""
    from regio.extract.layout import cells_of, join_words

    def draw(c):
        words = "De regio versterkt de samenwerking tussen onderwijs en bedrijven in de provincie".split()
        for k in range(12):
            stretched = k % 4 != 3  # every fourth line ends a paragraph: its spaces are the font's own
            c.setFont("Helvetica", 10)
            x = 72
            for word in words[:9 if stretched else 7]:
                c.drawString(x, 760 - 13 * k, word)
                x += c.stringWidth(word, "Helvetica", 10) + (4.6 if stretched else 2.8)
        c.setFont("Helvetica", 7)
        x = 72
        for cell in ("Educatie", "2,7 mln.", "€ 600.000", "200.000", "1.100.000"):
            c.drawString(x, 560, cell)
            x += c.stringWidth(cell, "Helvetica", 7) + 4.2

    table_line = next(ln for ln in _layout_of(tmp_path, draw).lines if ln.text.startswith("Educatie"))
    assert [join_words(cell) for cell in cells_of(table_line)] == ["Educatie", "2,7 mln.", "€ 600.000", "200.000", "1.100.000"]


def test_a_page_that_spaces_all_its_words_wide_keeps_its_lines_whole(tmp_path):
    """An OCR layer spaces its words as the scan shows them, unevenly, wider than a font's own
    space, the gaps spread about their middle as a justified page's are not: that middle is
    the page's word space, and a line's widest gaps part no cells."""
    def draw(c):
        words = "De regio draagt zes miljoen bij aan het programma voor de kernen".split()
        c.setFont("Helvetica", 9)
        for k in range(12):
            x = 72
            for n, word in enumerate(words):
                c.drawString(x, 760 - 13 * k, word)
                x += c.stringWidth(word, "Helvetica", 9) + (2.97, 3.24, 3.51, 3.78, 5.04)[(n + k) % 5]

    layout = _layout_of(tmp_path, draw)
    assert all(len(ln.segments()) == 1 for ln in layout.lines)


def _small_table(c, x: float, y: float, first: str) -> None:
    """A table in 6-point type, its header's top ``y`` from the page's top, its first row ``first``."""
    c.setFont("Helvetica-Bold", 6)
    for dx, label in ((0, "Opgaven"), (110, "Totaal"), (150, "Privaat"), (195, "Rijk")):
        c.drawString(x + dx, 842 - y, label)
    c.setFont("Helvetica", 6)
    for k, (label, *amounts) in enumerate([(first, "3.728.000", "28.000", "3.700.000"),
                                           ("Kennisdeling", "4.950.000", "4.000.000", "950.000"),
                                           ("Totaal", "8.678.000", "4.028.000", "4.650.000")]):
        c.drawString(x, 842 - y - 10 * (k + 1), label)
        for dx, amount in zip((140, 185, 230), amounts):
            c.drawRightString(x + dx, 842 - y - 10 * (k + 1), amount)


def _newspaper_page(c, lines: int, tables: list[tuple[float, str]]) -> None:
    """Two columns under a title and a rule across both: the first holds ``lines`` of text
    and the ``tables`` under it (each its top from the page's top and its first row); the
    second opens with a table and goes on in small type."""
    c.setFont("Helvetica-Bold", 15)
    c.drawString(55, 762, "Zilte Havens")
    c.line(55, 750, 540, 750)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(55, 740, "Projectnaam")
    c.setFont("Helvetica-Bold", 6)
    c.drawString(470, 739, "Publiek")
    c.setFont("Helvetica", 9)
    for k in range(lines):
        c.drawString(55, 728 - 11.5 * k, f"De regio werkt samen met het onderwijs en bedrijven. {k}")
    for top, first in tables:
        _small_table(c, 55, top, first)
    _small_table(c, 305, 112, "Bouw")
    for k in range(12):  # in the table's small type
        c.drawString(305, 682 - 11.5 * k, f"De regio werkt samen met het onderwijs en bedrijven. r{k}")


def test_a_table_at_the_foot_of_the_first_column_is_read_before_the_next_column(tmp_path):
    """A newspaper's page in two columns under a title and a rule across both: the second
    column opens with a table and goes on in small type, the first ends, after its text,
    with another table, below where the second column ends. The first column goes on down
    to its table, which is read before the second column, not after the page's columns."""
    texts = [ln.text for ln in _layout_of(tmp_path, lambda c: _newspaper_page(c, 40, [(580, "Huisvesting")])).lines]
    assert texts.index("De regio werkt samen met het onderwijs en bedrijven. 39") \
        < texts.index("Huisvesting 3.728.000 28.000 3.700.000") < texts.index("Bouw 3.728.000 28.000 3.700.000")


def test_italic_type_is_read_from_the_font(tmp_path):
    def draw(c):
        c.setFont("Times-Italic", 10)
        c.drawString(72, 700, "Aanleiding")
        c.setFont("Times-Roman", 10)
        c.drawString(72, 686, "De regio groeit")
    lines = _layout_of(tmp_path, draw).lines
    assert [(ln.text, ln.italic) for ln in lines] == [("Aanleiding", True), ("De regio groeit", False)]


def _remark(c, x, y, text):
    """A reviewer's flattened comment: small red type in a box drawn round it."""
    c.setFont("Helvetica", 8)
    c.setFillColorRGB(0.9, 0.1, 0.1)
    c.setStrokeColorRGB(0.9, 0.1, 0.1)
    c.drawString(x, y, text)
    c.rect(x - 2, y - 3, c.stringWidth(text, "Helvetica", 8) + 4, 12, fill=0)
    c.setFillColorRGB(0, 0, 0)


def test_a_boxed_remark_beside_the_text_is_kept_apart_however_close(tmp_path):
    """A comment in a box just right of the text column, on a text line's baseline or on a
    line of its own, is a note; the same words in the text's own ink are not."""
    def draw(c):
        _text_page(c, left=60)
        right = 60 + c.stringWidth("regel 29 van de lopende tekst in deze kolom, die doorloopt tot de rechterkant",
                                   "Helvetica", 10)
        _remark(c, right + 8, 800 - 14 * 3, "Bron?")
        _remark(c, right + 8, 800 - 14 * 5 - 7, "Klopt dit?")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == ["Bron?", "Klopt dit?"]
    assert layout.lines[3].text.endswith("rechterkant")


def test_a_highlighter_mark_is_no_band_but_a_shaded_cell_is(tmp_path):
    """A translucent fill hugging the words it covers is a highlight: no fill of the page.
    A fill with room above and below its words (a shaded cell) stays one."""
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, "een gemarkeerde zin in de tekst")
        c.drawString(72, 650, "een cel met arcering")
        c.setFillColorRGB(1, 0.92, 0, alpha=0.4)
        width = c.stringWidth("een gemarkeerde zin", "Helvetica", 10)
        c.rect(72, 700 - 2.2, width, 11.5, stroke=0, fill=1)  # the words' loose boxes, no more
        c.rect(68, 650 - 6, 120, 20, stroke=0, fill=1)
    fills = _layout_of(tmp_path, draw).fills
    assert [(round(f.x0), round(f.x1)) for f in fills] == [(68, 188)]


def test_a_line_underlined_under_its_words_is_underlined(tmp_path):
    def draw(c):
        c.setFont("Times-Roman", 11)
        c.drawString(72, 700, "ADVANCED MANUFACTURING PROGRAM")
        c.line(72, 698, 72 + c.stringWidth("ADVANCED MANUFACTURING PROGRAM", "Times-Roman", 11), 698)
        c.drawString(72, 680, "Gewone tekst zonder streep")
    layout = _layout_of(tmp_path, draw)
    assert [(ln.text, layout.underlined(ln)) for ln in layout.lines] == [
        ("ADVANCED MANUFACTURING PROGRAM", True), ("Gewone tekst zonder streep", False)]


def test_a_pictures_caption_is_kept_off_the_text_that_wraps_beside_it(tmp_path):
    """A caption in small italics right under a picture floated right shares its baseline with
    the text that wraps beside the picture: the caption is kept apart, the text line stays."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    def draw(c):
        c.drawImage(ImageReader(Image.new("RGB", (60, 40), (90, 120, 150))), 300, 600, width=200, height=120)
        c.setFont("Helvetica", 10)
        for i in range(12):
            c.drawString(72, 710 - 13 * i, f"regel {i} van de tekst naast het beeld")
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(300, 590, "De campus in Enschede. Foto: Jan Jansen")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.margin] == ["De campus in Enschede. Foto: Jan Jansen"]
    assert "regel 9 van de tekst naast het beeld" in [ln.text for ln in layout.lines]


def _typed(c, lines, top=760, size=9, leading=11):
    """Lines of a text file, printed in a monospaced font as a text editor prints them."""
    c.setFont("Courier", size)
    for i, text in enumerate(lines):
        c.drawString(60, top - i * leading, text)


TYPED_TABLE = [
    "+--------------+-----------+---------+",
    "| Opgaven      |    Totaal |    Rijk |",
    "+==============+===========+=========+",
    "| Projecten    | 2.000.000 | 500.000 |",
    "| Educatie     |1.000.000  |       - |",
    "+--------------+-----------+---------+",
]


def test_a_table_typed_in_characters_has_the_rules_they_draw(tmp_path):
    layout = _layout_of(tmp_path, lambda c: _typed(c, TYPED_TABLE))
    assert [ln.text for ln in layout.lines] == ["Opgaven Totaal Rijk", "Projecten 2.000.000 500.000", "Educatie 1.000.000 -"]
    # Four vertical rules, each one from the top border to the bottom one across all six lines.
    assert len(layout.vrules) == 4
    assert all(r.top < layout.lines[0].top and r.bottom > layout.lines[-1].bottom for r in layout.vrules)
    assert len([r for r in layout.hrules if r.x1 - r.x0 > 150]) == 3


def test_a_line_of_equals_signs_under_a_line_underlines_it_and_a_table_border_does_not(tmp_path):
    def draw(c):
        _typed(c, ["Advanced Manufacturing Program", "==============================", "",
                   "Opgave:", "  De maakindustrie evolueert."])
        _typed(c, TYPED_TABLE, top=600)

    layout = _layout_of(tmp_path, draw)
    underlined = {ln.text: layout.underlined(ln, typed=True) for ln in layout.lines}
    assert underlined["Advanced Manufacturing Program"] and not underlined["Opgave:"]
    assert not underlined["Opgaven Totaal Rijk"]


def test_a_bar_alone_in_running_text_is_a_word_of_its_own(tmp_path):
    layout = _layout_of(tmp_path, lambda c: _typed(c, ["Techniek als motor|Leonardo"]))
    assert [w.text for ln in layout.lines for w in ln.words] == ["Techniek", "als", "motor", "|", "Leonardo"]
    assert not layout.vrules


def test_a_sign_flush_left_in_its_cell_goes_with_its_amount_after_a_nil(tmp_path):
    """Word's accounting format in narrow columns: "€" at each cell's left edge, the amount
    at its right, the next cell's sign closer to a nil ("-", "-*") than to its own amount."""
    def draw(c):
        c.setFont("Helvetica", 8.5)
        c.drawString(60, 700, "Totaal")
        for i, amount in enumerate(["-", "500.000", "-*", "-", "2.000.000"]):
            left = 200 + i * 56
            c.drawString(left, 700, "€")
            c.drawRightString(left + 52, 700, amount)
    assert _page_with(tmp_path, draw) == ["Totaal", "€ -", "€ 500.000", "€ -*", "€ -", "€ 2.000.000"]


def test_a_sign_over_its_wrapped_amount_stays_apart_beside_a_label_set_smaller(tmp_path):
    """A narrow cell wraps "€ 1.650.000" ("€" over the amount) beside the next column's
    "60.000"; on the amount's line the row label's next line, shrunk to fit its column,
    stands higher than the amount: the sign's cell is still the sign's."""
    def draw(c):
        c.setFont("Helvetica", 7)
        c.drawRightString(470, 700, "0")
        c.drawRightString(510, 700, "€")
        c.drawRightString(543, 700, "60.000")
        c.drawRightString(510, 691.5, "1.650.000")
        c.setFont("Helvetica", 5.4)
        c.drawString(310, 700, "Opzetten")
        c.drawString(310, 694, "regionale")
    words = _page_with(tmp_path, draw)
    assert "€" in words and "60.000" in words and "€ 60.000" not in words


def test_a_sign_a_word_space_after_its_amount_closes_it_in_a_tight_table(tmp_path):
    """An agency's amounts with the sign after them ("1 650 000 €") in columns set close: the
    sign a word space after its amount is that amount's, not the next cell's."""
    def draw(c):
        c.setFont("Helvetica", 9)
        c.drawString(60, 700, "Totaal")
        for i, amount in enumerate(["4\u00a0662\u00a0780 €", "525\u00a0000 €", "—"]):
            c.drawRightString(260 + 50 * i, 700, amount)
    assert _page_with(tmp_path, draw) == ["Totaal", "4", "662", "780", "€", "525", "000", "€", "—"]


def test_a_small_raised_letter_after_an_amount_or_before_a_note_is_a_mark_but_an_ordinals_is_not(tmp_path):
    def draw(c):
        for y, parts in ((700, [("7.500.000", 10, 0), ("a", 6, 4)]), (680, [("a", 6, 4), (" Inclusief de grond.", 10, 0)]),
                         (660, [("De 2", 10, 0), ("e", 6, 4), (" fase", 10, 0)])):
            _run(c, 72, y, parts)
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines] == ["7.500.000ᵃ", "ᵃ Inclusief de grond.", "De 2 e fase"]


def test_a_dagger_raised_high_goes_with_the_word_it_follows(tmp_path):
    """Raised against an 11 pt word, a 9 pt dagger (its glyph reaching below its baseline)
    overlaps the line above more than its own."""
    def draw(c):
        for y, parts in ((712, [("Het fonds werd door de minister in een brief aan de Kamer", 11, 0)]),
                         (700, [("als voorbeeld gepresenteerd", 11, 0), ("\u2020", 9, 7.5), (". Daarna volgde meer.", 11, 0)])):
            x = 72
            for text, size, rise in parts:
                c.setFont("Times-Roman", size)
                c.drawString(x, y + rise, text)
                x += c.stringWidth(text, "Times-Roman", size)
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines] == ["Het fonds werd door de minister in een brief aan de Kamer",
                                                 "als voorbeeld gepresenteerd† . Daarna volgde meer."]


def test_a_drafts_line_numbers_are_no_content_but_a_tables_numbers_are(tmp_path):
    def draw(c):
        for i in range(8):  # numbered lines, one with a year in it
            y = 700 - 14 * i
            c.setFont("Helvetica", 8)
            c.drawRightString(90, y, str(i + 1))
            c.setFont("Helvetica", 11)
            c.drawString(100, y, "De regio investeert in 2019 verder." if i == 3 else f"Regel {'abcdefgh'[i]} van de tekst")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines][3] == "De regio investeert in 2019 verder."
    assert not any(w.text.isdigit() and len(w.text) == 1 for ln in layout.lines for w in ln.words)

    def numbered_rows(c):
        c.setFont("Helvetica", 10)
        c.drawString(100, 720, "De activiteiten staan hieronder.")
        for i in range(6):
            c.drawRightString(106, 700 - 14 * i, str(i + 1))
            c.drawString(120, 700 - 14 * i, f"Activiteit {i + 1}")
    assert [ln.text for ln in _layout_of(tmp_path, numbered_rows).lines][1:3] == ["1 Activiteit 1", "2 Activiteit 2"]


def test_a_table_of_tiles_has_the_rules_of_its_gaps(tmp_path):
    """A design tool's table: every cell its own filled box, 2.5 pt of white between them."""
    def draw(c):
        c.setFillGray(0.85)
        for row in range(3):
            for x0, x1 in ((72, 200), (202.5, 280), (282.5, 360)):
                c.rect(x0, 700 - row * 22.5, x1 - x0, 20, stroke=0, fill=1)
    layout = _layout_of(tmp_path, draw)
    assert sorted(r.x0 for r in layout.vrules) == [72, 201, 281, 360]  # down the middle of each gap
    assert len(layout.hrules) == 4 and all(r.bottom - r.top > 60 for r in layout.vrules)


def test_a_note_in_grey_italics_past_ragged_text_is_kept_apart_with_its_own_lines(tmp_path):
    """A wide right margin holds a short summary beside the paragraph, in grey italics, on a
    page with too few lines of text to show where the text ends."""
    def draw(c):
        c.setFont("Times-Roman", 10.5)
        c.drawString(71, 700, "De proefbedrijven blijven na afloop beschikbaar als")
        c.drawString(71, 676, "demonstratiebedrijf voor de regio.")
        c.setFont("Times-Italic", 8)
        c.setFillGray(0.45)
        c.drawString(428, 700, "Kern: De proefbedrijven blijven na")
        c.drawString(428, 690, "afloop beschikbaar")
    layout = _layout_of(tmp_path, draw)
    assert [ln.text for ln in layout.lines] == ["De proefbedrijven blijven na afloop beschikbaar als",
                                                 "demonstratiebedrijf voor de regio."]
    assert [ln.text for ln in layout.margin] == ["Kern: De proefbedrijven blijven na", "afloop beschikbaar"]


def _form_with_a_nested_table(c):
    """A projectformulier broken at the page's foot: an outer grid of two rows (shaded label
    cells | text), a label wrapped over three lines, and a funding table nested in the second
    text cell, 5 pt in from its sides, beside its label, its last rule the outer grid's
    closing rule."""
    c.setFillGray(0.93)
    c.rect(57, 700, 113, 80, stroke=0, fill=1)
    c.rect(57, 620, 113, 80, stroke=0, fill=1)
    c.setFillGray(0.85)
    c.rect(175, 670, 359, 25, stroke=0, fill=1)  # the nested table's header row
    c.setFillGray(0)
    c.setLineWidth(0.5)
    for x in (57, 170, 539):
        c.line(x, 780, x, 620)
    for y in (780, 700, 620):
        c.line(57, y, 539, y)
    for x in (175, 300, 360, 420, 480, 534):
        c.line(x, 695, x, 620)
    for y in (695, 670, 645):
        c.line(175, y, 534, y)
    c.setFont("Helvetica-Bold", 9)
    for k, text in enumerate(("Structureel karakter (Hoe", "verder zonder", "rijksbijdrage)")):
        c.drawString(62, 768 - 11 * k, text)
    c.drawString(62, 680, "Financiering")
    c.setFont("Helvetica", 10)
    for k, text in enumerate(("De middelen van het Rijk zijn bedoeld als een aanjaagsubsidie voor",
                              "de eerste jaren, zodat de broedplaatsen daarna zelfstandig kunnen",
                              "functioneren met een sluitende exploitatie en eigen inkomsten uit",
                              "verhuur van ruimte aan de ondernemers die er gevestigd zijn.")):
        c.drawString(175, 768 - 12.5 * k, text)
    c.setFont("Helvetica", 9)
    for y, cells in ((680, ("Opgaven", "Totaal", "Privaat", "Gem.", "Rijk")),
                     (655, ("Ontwikkeling", "400.000", "100.000", "100.000", "200.000")),
                     (630, ("Totaal", "400.000", "100.000", "100.000", "200.000"))):
        c.drawString(179, y, cells[0])
        for x, cell in zip((356, 416, 476, 530), cells[1:]):
            c.drawRightString(x, y, cell)


def test_a_shaded_cell_of_a_ruled_form_is_neither_a_tile_nor_a_box_beside_the_text(tmp_path):
    """The label cells' shade and the nested header's, 5 pt apart, are cells of grids with
    rules along their sides: no rules are made up in the gap between them, and the label
    wrapped in its cell is read on the lines of the text beside it, as a label column is."""
    layout = _layout_of(tmp_path, _form_with_a_nested_table)
    assert sorted(round(r.top) for r in layout.hrules if r.x0 < 165) == [62, 142, 222]
    assert sorted(round(r.x0) for r in layout.vrules) == [57, 170, 175, 300, 360, 420, 480, 534, 539]
    assert layout.asides == []
    labelled = [ln.text for ln in layout.lines if ln.x0 < 165]
    assert labelled[:3] == ["Structureel karakter (Hoe De middelen van het Rijk zijn bedoeld als een aanjaagsubsidie voor",
                            "verder zonder de eerste jaren, zodat de broedplaatsen daarna zelfstandig kunnen",
                            "rijksbijdrage) functioneren met een sluitende exploitatie en eigen inkomsten uit"]


def test_a_table_nested_in_a_forms_cell_is_a_table_of_its_own(tmp_path):
    """Its rules part no columns of the form's text, also where its last rule is the form's."""
    from regio.extract.finder import find_tables

    layout = _layout_of(tmp_path, _form_with_a_nested_table)
    (table,) = [region for region in find_tables(layout) if any("400.000" in ln.text for ln in region.lines)]
    assert [round(v) for v in table.box] == [175, 147, 534, 222]
    assert [ln.text for ln in table.header] == ["Opgaven Totaal Privaat Gem. Rijk"]
    assert [ln.text.split()[0] for ln in table.body] == ["Ontwikkeling", "Totaal"]


def test_a_label_clipped_at_its_cells_edge_keeps_its_text_but_stands_where_it_is_seen(tmp_path):
    """A spreadsheet clips a row label too long for its cell; the rest of its text is still in
    the file, under the amount beside it."""
    def draw(c):
        c.setFont("Helvetica", 9)
        c.saveState()
        path = c.beginPath()
        path.rect(50, 698, 100, 14)
        c.clipPath(path, stroke=0, fill=0)
        c.drawString(52, 702, "Loonkosten PDEng o.b.v. integraal uurtarief")
        c.restoreState()
        c.drawRightString(260, 702, "4.662.780")
    (line,) = _layout_of(tmp_path, draw).lines
    assert line.text == "Loonkosten PDEng o.b.v. integraal uurtarief 4.662.780"
    label, amount = line.words[:-1], line.words[-1]
    assert max(w.x1 for w in label) <= 150.5 and amount.x0 > 200


def test_a_clipped_label_running_on_under_the_amount_beside_it_stays_apart_from_it(tmp_path):
    """The label's hidden rest ends where the next cell's amount starts: the file holds
    them as one run of characters, but the label stands no further than its clip."""
    def draw(c):
        c.setFont("Helvetica", 9)
        label = "Praktijkleerroutes techniek mbo-hbo"
        c.saveState()
        path = c.beginPath()
        path.rect(50, 698, 100, 14)
        c.clipPath(path, stroke=0, fill=0)
        c.drawString(52, 702, label)
        c.restoreState()
        c.drawString(52 + c.stringWidth(label, "Helvetica", 9), 702, "1.500.000")
    (line,) = _layout_of(tmp_path, draw).lines
    assert [w.text for w in line.words] == ["Praktijkleerroutes", "techniek", "mbo-hbo", "1.500.000"]
    assert max(w.x1 for w in line.words[:-1]) <= 150.5


def test_bars_behind_a_columns_amounts_are_no_tiles():
    """A design tool's tiles: every cell of a column the same box, so the gaps are rules. A
    dashboard's data bars: each from its cell's edge, as long as its amount is large, so
    their ends rule nothing."""
    from regio.extract.layout import Fill, rules_between_tiles

    def column(widths):
        return [Fill(100, 100 + 18 * i, 100 + w, 114 + 18 * i, 0.8) for i, w in enumerate(widths)]

    def vertical_at(rules):
        return sorted({round(r.x0) for r in rules if not r.horizontal})

    assert vertical_at(rules_between_tiles(column([60, 60, 60]), [], [])) == [100, 160]
    assert vertical_at(rules_between_tiles(column([60, 31, 15]), [], [])) == []


def test_shades_behind_typed_lines_are_no_tiles():
    """A filled-in form shades each line the applicant typed, the shade as wide as the line:
    stacked with narrow gaps they look like a column of tiles, but a tile pads its text."""
    from regio.extract.layout import Fill, Word, rules_between_tiles

    shades = [Fill(99, 100 + 13 * i, 401, 112 + 13 * i, 0.85) for i in range(3)]
    typed = [Word("tekst", 100, 400, 101 + 13 * i, 111 + 13 * i, 10.0) for i in range(3)]
    assert rules_between_tiles(shades, [], [], typed) == []
    in_cells = [Word("tekst", 106, 200, 101 + 13 * i, 111 + 13 * i, 10.0) for i in range(3)]
    assert rules_between_tiles(shades, [], [], in_cells)


def test_bands_behind_columns_side_by_side_rule_only_their_gaps():
    """Column bands: each amount column on a band of its own, white gaps between them, nothing
    above or below. The gaps part the columns; the bands' outer edges and their tops and feet
    are no table's border (the row labels beside them stand on no band)."""
    from regio.extract.layout import Fill, rules_between_tiles

    bands = [Fill(200 + 60 * i, 300, 257.5 + 60 * i, 400, 0.9) for i in range(3)]
    rules = rules_between_tiles(bands, [], [])
    assert not [r for r in rules if r.horizontal]
    assert sorted(round(r.x0, 1) for r in rules) == [258.8, 318.8]


def test_a_column_band_beside_another_is_no_box_of_text():
    """A band of one column's words (a "Per jaar" column of phrases) beside the next column's
    band, as tall as it, a narrow gap between: a table's columns, not a fact box beside the text."""
    from regio.extract.layout import Fill, Line, PageLayout, Word

    def line(top: float, *cells: tuple[float, str]) -> Line:
        words = []
        for x, text in cells:
            for word in text.split():
                words.append(Word(word, x, x + 5.0 * len(word), top, top + 9, 9.0))
                x += 5.0 * len(word) + 2.5
        return Line(1, words)

    lines = [line(305 + 14 * i, (62, "Projectorganisatie en beleid"), (210, "€ 75.000 per broedplaats")) for i in range(3)]
    bands = [Fill(205, 300, 382, 350, 0.9), Fill(384, 300, 532, 350, 0.9)]
    assert not PageLayout(1, 595, 842, lines, fills=bands).asides
    assert PageLayout(1, 595, 842, lines, fills=bands[:1]).asides


def test_a_drop_cap_is_the_first_letter_of_the_word_beside_its_top():
    """A magazine sinks a paragraph's initial three lines deep: "D" 47 pt high, its top level
    with the first line's, "e regio" right after it. A giant number beside a title (its top
    over the title's, a gap after it) is no drop cap."""
    from regio.extract.layout import Word, build_lines, drop_caps_joined

    def line(top: float, x: float, text: str, size: float = 10.0) -> list[Word]:
        words = []
        for word in text.split():
            words.append(Word(word, x, x + 0.5 * size * len(word), top, top + size, size))
            x += 0.5 * size * (len(word) + 0.5)
        return words

    cap = Word("D", 68.0, 108.8, 265.7, 312.7, 47.0, bold=True)
    words = [cap, *line(266.8, 111.8, "e maakindustrie staat"), *line(280.3, 111.8, "voor grote"),
             *line(293.8, 111.8, "opgaven in"), *line(307.3, 68.0, "de regio Twente.")]
    assert [ln.text for ln in build_lines(drop_caps_joined(words), 1)] == [
        "De maakindustrie staat", "voor grote", "opgaven in", "de regio Twente."]
    number = Word("02", 60.0, 160.0, 38.9, 145.9, 90.0, bold=True)
    titled = [number, *line(82.3, 176.0, "PDEng voor Digitale", 20.0), *line(107.0, 176.0, "en Manufacturing", 20.0)]
    assert drop_caps_joined(titled) == titled


def test_rules_drawn_cell_by_cell_part_rows_but_shades_behind_lines_do_not():
    """A browser's cell spacing draws each cell's border apart from its neighbours', a few
    points from them: together the borders run across the table. An accountant's underlines
    under each column's figures, a column gap apart, do not; nor does a form's shading behind
    each typed line, cell by cell."""
    from regio.extract.layout import Fill, PageLayout, Rule

    cells = [(59.3, 221.3), (223.6, 269.1), (271.4, 320.2), (322.5, 383.6), (385.8, 431.9), (434.1, 488.1), (490.4, 536.0)]
    spaced = PageLayout(1, 595.0, 842.0, [], hrules=[Rule(x0, 449.0, x1, 449.0) for x0, x1 in cells])
    assert spaced.hrule_between(440.0, 455.0, 57.0, 538.0, cover=0.9)
    sums = PageLayout(1, 595.0, 842.0, [], hrules=[Rule(x0 + 12, 449.0, x1, 449.0) for x0, x1 in cells[1:]])
    assert not sums.hrule_between(440.0, 455.0, 57.0, 538.0)
    shaded = PageLayout(1, 595.0, 842.0, [], fills=[Fill(x0, 449.0, x1, 459.0, 0.85) for x0, x1 in cells])
    assert not shaded.hrule_between(440.0, 452.0, 57.0, 538.0, cover=0.9)
    assert shaded.hrule_between(440.0, 452.0, 59.0, 222.0, cover=0.9)


def test_paragraph_numbers_running_through_the_margin_are_no_text():
    """An advisory report numbers every paragraph in the margin, one count through the whole
    document: two or three on a page are too few to tell from a table's numbers, the count
    rising over every page tells, or over two pages or more where three are left. A line of
    the text that opens with a figure stays whole."""
    from regio.extract.furniture import without_paragraph_numbers
    from regio.extract.settings import DEFAULT

    pages, count = [], 100
    for n in range(1, 5):
        page = []
        for k in range(2):
            count += 1
            page += [(90, 100 + 60 * k, str(count)), (127, 100 + 60 * k, "Het"), (160, 100 + 60 * k, "project"),
                     (127, 114 + 60 * k, "5"), (137, 114 + 60 * k, "broedplaatsen")]
        pages.append([*page, (300, 800, str(n))])
    layouts = without_paragraph_numbers(_pages(pages), DEFAULT)
    assert [[ln.text for ln in layout.lines] for layout in layouts] == [
        ["Het project", "5 broedplaatsen", "Het project", "5 broedplaatsen", str(n)] for n in range(1, 5)]
    shuffled = [[(90, 100, str(count)), (127, 100, "Het"), (160, 100, "project")] for count in (3, 1, 2, 4, 5, 6)]
    assert [[ln.text for ln in layout.lines] for layout in without_paragraph_numbers(_pages(shuffled), DEFAULT)] == [
        [f"{count} Het project"] for count in (3, 1, 2, 4, 5, 6)]
    # Three left on two pages apart (the pages that hold more lost theirs when they were read) still count.
    apart = [[(90, 100, "12"), (127, 100, "Het"), (160, 100, "project"), (90, 160, "13"), (127, 160, "De regio")],
             [(127, 100, "Tekst"), (160, 100, "zonder"), (210, 100, "nummer")],
             [(90, 100, "56"), (127, 100, "De gemeente")]]
    assert [[ln.text for ln in layout.lines] for layout in without_paragraph_numbers(_pages(apart), DEFAULT)] == [
        ["Het project", "De regio"], ["Tekst zonder nummer"], ["De gemeente"]]
    # On one page, three are a column of a table's numbers.
    one = [word for k in (1, 2, 3) for word in ((90, 100 + 14 * k, str(k)), (127, 100 + 14 * k, "Het"), (160, 100 + 14 * k, "project"))]
    assert [ln.text for ln in without_paragraph_numbers(_pages([one]), DEFAULT)[0].lines] == [f"{k} Het project" for k in (1, 2, 3)]
    # Three or more on one page, counting on by one before sentences, are the count going on
    # (the pages before held enough to lose theirs when they were read); before a table's
    # rows, cells set apart in them, they are its numbers.
    def numbered(k, *texts):  # a word space (3 points) between words, more where a text is blank
        xs = [127 + sum(6 * len(t) + 3 for t in texts[:i]) for i in range(len(texts))]
        return [(90, 100 + 30 * k, str(k + 10)), *((x, 100 + 30 * k, text) for x, text in zip(xs, texts) if text.strip())]

    going_on = [word for k in range(4) for word in numbered(k, "De", "regio", "bouwt", "verder.")]
    assert [ln.text for ln in without_paragraph_numbers(_pages([going_on]), DEFAULT)[0].lines] == ["De regio bouwt verder."] * 4
    rows = [(127, 80, "tekst"), *(word for k in range(4) for word in numbered(k, "Bouw", "van", "het", "centrum", " " * 9, "100.000"))]
    assert [ln.text for ln in without_paragraph_numbers(_pages([rows]), DEFAULT)[0].lines][1:] == [
        f"{k + 10} Bouw van het centrum 100.000" for k in range(4)]


@pytest.mark.parametrize("texts, undecodable", [
    # a font printed through a PostScript driver: its letters decode to punctuation and figures
    (['------!-"#$"-%-&-\'(("-%-)&--(*"-%--+-,#---+-("-%---(./--"-%\'-0-"-&--/--"-&--(/--"-%\'----/--1--%!--'] * 2, True),
    (["De regio investeert in werk, scholing en de bereikbaarheid van de werklocaties in de hele regio."] * 2, False),
    # a page of figures alone (a spreadsheet's numbers) is text
    (["1.650.000 2.300.000 450.000 - 13.699.097 1.000.000 700.000 200.000 500.000 3.000.000"] * 2, False),
    # too little to tell: a page number, a date
    (["3 - 12-06-2018 -"], False),
])
def test_a_text_layer_that_decodes_to_no_words_is_told_apart(texts, undecodable):
    from regio.extract.layout import Line, Word, garbled

    lines = [Line(1, [Word(t, 60 + 40 * i, 90 + 40 * i, 100 + 12 * n, 110 + 12 * n, 10) for i, t in enumerate(text.split())])
             for n, text in enumerate(texts)]
    assert garbled(lines) is undecodable


_SERIF = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


@pytest.mark.skipif(not _SERIF.exists(), reason="needs the DejaVu fonts (Debian: fonts-dejavu-core)")
def test_a_font_that_declares_its_ascent_in_its_own_units_sets_its_lines_apart(tmp_path):
    """A typesetter that writes a TrueType font's ascent, descent and box in the font's units
    (2048 to the em), not in thousandths, boxes each letter twice as tall as it is: lines set
    12 points apart in 10 point type overlap, and a label's two lines were read as one."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSerif", str(_SERIF)))
    drawn = tmp_path / "drawn.pdf"
    c = canvas.Canvas(str(drawn), pagesize=A4)
    c.setFont("DejaVuSerif", 10)
    for y, text in [(700, "Kennisontsluiting en"), (688, "-toepassing"), (676, "Operationele organisatie")]:
        c.drawString(72, y, text)
    c.save()
    lines = _lines_with_font_boxes_scaled(drawn, 2.048)
    assert [ln.text for ln in lines] == ["Kennisontsluiting en", "-toepassing", "Operationele organisatie"]
    assert all(ln.bottom - ln.top <= 1.2 * ln.size for ln in lines)


def _lines_with_font_boxes_scaled(drawn: Path, factor: float) -> list:
    """The lines of the PDF ``drawn``, read with its embedded fonts' ascent, descent and box
    scaled by ``factor``: each letter boxed taller than the font draws it, as some
    typesetters declare them."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, NameObject, NumberObject

    writer = PdfWriter(clone_from=PdfReader(drawn))
    for font in writer.pages[0]["/Resources"]["/Font"].values():
        if "/FontDescriptor" not in font.get_object():  # the page's default Helvetica
            continue
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        for key in ("/Ascent", "/Descent"):
            descriptor[NameObject(key)] = NumberObject(round(descriptor[key] * factor))
        descriptor[NameObject("/FontBBox")] = ArrayObject(NumberObject(round(v * factor)) for v in descriptor["/FontBBox"])
    path = drawn.with_name("scaled.pdf")
    with open(path, "wb") as fh:
        writer.write(fh)
    document = pdfium.PdfDocument(str(path))
    try:
        return read_page(document[0], 1).lines
    finally:
        document.close()


def test_text_drawn_outside_its_clip_or_but_for_a_sliver_is_not_read(tmp_path):
    """Qt draws a paragraph's line that a page break cuts again at the top of the next page,
    clipped out of sight, and wkhtmltopdf a table's row the break cut, clipped to the top
    of its descenders: they are not printed, and not read. Text its clip only trims (a label
    clipped at its cell's edge, a line with the foot of its letters cut) is read."""
    def draw(c):
        c.setFont("Helvetica", 10)
        c.saveState()
        clip = c.beginPath()
        clip.rect(72, 100, 400, 650)  # the text area, below the repeated line
        c.clipPath(clip, stroke=0, fill=0)
        c.drawString(72, 790, "de regel van de vorige pagina")
        c.drawString(72, 749, "Communicatie")  # a third of its height in sight
        c.drawString(72, 700, "De eerste regel van deze pagina")
        c.drawString(420, 650, "Kennisinstellingen")  # runs past the clip's right edge
        c.drawString(72, 101, "Laatste")  # only its descenders' room below the clip
        c.restoreState()
    assert _page_with(tmp_path, draw) == ["De", "eerste", "regel", "van", "deze", "pagina", "Kennisinstellingen", "Laatste"]


def test_amounts_run_into_each_other_are_two_amounts(tmp_path):
    """A bold total wider than its fixed-width column runs into the next cell's amount without
    a gap ("6.000.0001.000.000"): a group has three digits, so a fourth after a whole amount
    starts the next. Digits in other shapes stay one word."""
    def draw(c):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(72, 700, "6.000.0001.000.000")
        c.drawString(72, 680, "50.0002.600.000")
        c.setFont("Helvetica", 10)
        c.drawString(72, 660, "2018-2019 1234567 0,25")
    assert _page_with(tmp_path, draw) == ["6.000.000", "1.000.000", "50.000", "2.600.000", "2018-2019", "1234567", "0,25"]


def test_a_contents_box_beside_the_cover_text_is_read_as_a_whole():
    """A cover's contents in a shaded box beside its headline and its introduction: each
    entry a title and its page, set far apart like a table's cells, the pages rising. The box
    is read as a whole, not line by line with the headline on its heights."""
    from regio.extract.layout import Fill, Line, PageLayout, Word

    def line(top: float, x: float, text: str, page: str | None = None, size: float = 9.0) -> Line:
        words = []
        for word in text.split():
            words.append(Word(word, x, x + 0.5 * size * len(word), top, top + size, size))
            x += 0.5 * size * len(word) + 0.25 * size
        return Line(1, words + ([Word(page, 525, 530, top, top + size, size)] if page else []))

    box = [line(67, 312, "Inhoudsopgave", size=11), line(86, 312, "INNOVATIE & ENERGIETRANSITIE", size=7),
           *(line(98 + 14 * i, 312, title, str(i + 2)) for i, title in enumerate(
               ["Innovatiecentrum Vlissingen-Oost", "Proeftuin Zilte Teelt", "Zeeuws Techniekpact", "Zorgtalent Zeeland",
                "Slimme Mobiliteit Kanaalzone", "Vitale Kernen"]))]
    cover = [line(77, 55, "PROJECTVOORSTELLEN"), line(97, 55, "Regio Deal", size=26), line(126, 55, "Zeeland", size=26),
             *(line(161 + 13 * i, 55, text, size=10.5) for i, text in enumerate(
                 ["Alle 6 projecten van de Regio Deal op een", "rij, in 3 thema's: wat ze willen bereiken,"]))]
    layout = PageLayout(1, 595, 842, cover + box, fills=[Fill(305, 57, 540, 212, 0.94)])
    assert layout.asides
    texts = [ln.text for ln in layout.lines]
    assert texts.index("Vitale Kernen 7") - texts.index("Inhoudsopgave") == len(box) - 1


_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


@pytest.mark.skipif(not _SANS.exists(), reason="needs the DejaVu fonts (Debian: fonts-dejavu-core)")
def test_a_sign_over_its_wrapped_amount_in_lines_set_close_stays_apart_from_the_next_cell(tmp_path):
    """A browser wraps "€ 3.130.000" in a narrow cell, "€" over the digits, in 8.5 point
    type 10.5 points apart, its font boxing each letter taller than an em: the boxes of
    the two lines overlap, and the sign is still the wrapped amount's, not one word with
    the next column's "-" across the gutter."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("BoxedSans", str(_SANS)))  # a name of its own: the zoo registers DejaVuSans with its family
    drawn = tmp_path / "drawn.pdf"
    c = canvas.Canvas(str(drawn))
    c.setFont("BoxedSans", 8.5)
    c.drawString(60, 700, "Bouw en")
    c.drawString(60, 689.5, "inrichting")
    for right, first, second in ((226, "€", "3.130.000"), (288, "-", None), (335, "€ 500.000", None)):
        c.drawRightString(right, 700, first)
        if second:
            c.drawRightString(right, 689.5, second)
    c.save()
    lines = _lines_with_font_boxes_scaled(drawn, 1.25)
    assert lines[0].top < lines[1].top < lines[0].bottom  # the boxes overlap
    assert [w.text for w in lines[0].words] == ["Bouw", "en", "€", "-", "€ 500.000"]


def test_a_sign_over_its_wrapped_amount_and_its_notes_mark_stays_apart_from_the_next_cell(tmp_path):
    """"€ 1.750.000¹" wrapped in a narrow cell, the sign over the digits and the note's mark
    set small after them, the three flush right: the sign ends its cell where the mark does,
    and is no part of the next column's "1,45 mln." a few points right of it."""
    def draw(c):
        c.setFont("Helvetica", 8)
        c.drawString(60, 700, "Kennisontsluiting en")
        c.drawString(60, 690, "-toepassing")
        c.drawRightString(250, 700, "500.000")
        c.drawRightString(300, 700, "€")
        c.drawRightString(295.5, 690, "1.750.000")
        c.setFont("Helvetica", 5.6)
        c.drawString(295.5, 693, "1")
        c.setFont("Helvetica", 8)
        c.drawRightString(345, 700, "1,45 mln.")

    assert _page_with(tmp_path, draw)[:6] == ["Kennisontsluiting", "en", "500.000", "€", "1,45", "mln."]


def test_a_title_that_names_the_navigation_rails_entry_is_content():
    """A web report's rail lists every project near the top of each page; a project's page
    opens with its title in large type, saying what the rail's entry says: the rail is the
    frame, the title is not."""
    from regio.extract.furniture import without_repeated_words
    from regio.extract.settings import DEFAULT

    titles = ["Vitale Kernen", "Digitale Campus", "Circulaire Economie", "Regionale Energie"]
    rail = [(20, 30 + 10 * k, title, 8) for k, title in enumerate(titles)]
    words = "een twee drie vier vijf zes zeven acht negen tien elf twaalf".split()
    pages = [[*rail, (160, 75, title, 16), (160, 120, a), (220, 120, b), (160, 135, c)]
             for title, a, b, c in zip(titles, words[::3], words[1::3], words[2::3])]
    read = without_repeated_words(_pages(pages), DEFAULT)
    assert [[ln.text for ln in page.lines] for page in read] == [
        [title, f"{a} {b}", c] for title, a, b, c in zip(titles, words[::3], words[1::3], words[2::3])]


def test_the_numbers_of_titles_of_projects_a_page_each_are_no_folios():
    """A magazine opens each project with its number beside its title in display type; when
    each project takes one page, the numbers rise with the pages as folios do."""
    from regio.extract.furniture import furniture
    from regio.extract.settings import DEFAULT

    titles = ["Circulaire Kernen", "Regionale Broedplaatsen", "Slimme Kernen", "Slimme Teelt"]
    pages = _pages([[(51, 77, str(n), 22), (82, 77, title, 22), *_set_words("de regio draagt bij aan het programma", 120, 51.0, 2.5),
                     *_set_words(f"het project {title.lower()} verbindt de partners", 135, 51.0, 2.5)]
                    for n, title in enumerate(titles, 1)])
    found = furniture(pages, DEFAULT)
    assert [ln.text for page in pages for ln in page.lines if id(ln) in found] == []


def test_a_pull_quote_in_the_margin_in_the_texts_size_is_kept_apart(tmp_path):
    """A pull quote beside the text, in italic and another ink, about the text's size, its
    lines on baselines of their own and on the text's: none of its words are the text's."""
    quote = ["„Het mkb versnelt", "duurzame", "energieoplossingen", "en draagt zo bij", "aan de opgave.”"]

    def draw(c):
        _text_page(c)
        c.setFont("Helvetica-Oblique", 10.6)
        c.setFillColorRGB(0.75, 0.1, 0.1)
        for i, text in enumerate(quote):
            c.drawString(40, 800 - 14 * 3 - 11 * i, text)
    layout = _layout_of(tmp_path, draw)
    assert sorted(w.text for ln in layout.margin for w in ln.words) == sorted(" ".join(quote).split())
    assert not any(w.italic for ln in layout.lines for w in ln.words)


def test_two_tables_at_the_foot_of_the_first_column_are_read_before_the_next_column(tmp_path):
    """The first column ends with two tables, a gap of a few lines between them, below where
    the second column ends: both are the first column's, read before the second column."""
    texts = [ln.text for ln in _layout_of(tmp_path, lambda c: _newspaper_page(c, 30, [(470, "Huisvesting"), (550, "Inrichting")])).lines]
    assert texts.index("De regio werkt samen met het onderwijs en bedrijven. 29") \
        < texts.index("Huisvesting 3.728.000 28.000 3.700.000") < texts.index("Inrichting 3.728.000 28.000 3.700.000") \
        < texts.index("Bouw 3.728.000 28.000 3.700.000")


def test_a_leaders_one_dot_before_a_currency_sign_or_ending_a_labels_line_is_no_part_of_the_label():
    """The one leader dot a long label leaves room for before its cells, where the first cell
    opens with its currency sign, or at the end of the label's last wrapped line (nothing
    after it, twice as far from its word as the line's words stand apart): no part of the
    label. A full stop typed a space after its word stays, in monospaced type too."""
    from regio.extract.layout import Word, build_lines

    def texts(*words: tuple[str, float, float]) -> list[str]:
        return [w.text for ln in build_lines([Word(t, x0, x1, 100, 110, 8.0) for t, x0, x1 in words], 1) for w in ln.words]

    assert texts(("Programmamanagement", 72, 160), (".", 162.5, 164.5), ("€", 200, 205), ("168.000", 207, 235)) == \
        ["Programmamanagement", "€ 168.000"]
    assert texts(("in", 72, 80), ("Twente", 82.5, 108), (".", 115, 117)) == ["in", "Twente"]
    assert texts(("het", 72, 84), ("project", 86.5, 112), (".", 114.7, 116.7)) == ["het", "project", "."]
    assert texts(("het", 72, 86.4), ("project", 91.2, 124.8), (".", 129.6, 134.4)) == ["het", "project", "."]


def test_a_shaded_box_of_one_field_beside_the_text_is_read_as_a_whole(tmp_path):
    """A sidebar's shaded box beside the text's first lines holds one field, its label in
    bold over a name of two words: few words for a box, but a label over its text, so a box
    of text read whole, not line by line among the text beside it."""
    def draw(c):
        c.setFont("Helvetica", 10)
        for i, words in enumerate(["SAMENWERKINGSPARTNERS", "provincie Overijssel, Kennispark Twente, Thales.",
                                   "OPGAVE", "De regio verbetert digitale vaardigheden van werkenden.",
                                   "Het consortium versnelt het vestigingsklimaat in de regio."]):
            c.setFont("Helvetica-Bold" if words.isupper() else "Helvetica", 10)
            c.drawString(57, 760 - 15 * i, words)
        c.setFillGray(0.93)
        c.rect(397, 718, 142, 52, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica-Bold", 8)
        c.drawString(405, 755, "Naam Project")
        c.setFont("Helvetica", 8)
        c.drawString(405, 742, "Duurzame energieoplossingen")
    layout = _layout_of(tmp_path, draw)
    texts = [ln.text for ln in layout.lines]
    assert len(layout.asides) == 1
    name = texts.index("Naam Project")
    assert texts[name + 1] == "Duurzame energieoplossingen"
    assert texts.index("provincie Overijssel, Kennispark Twente, Thales.") == texts.index("SAMENWERKINGSPARTNERS") + 1


def test_a_rule_down_the_gutter_parts_a_full_column_from_one_of_a_few_lines(tmp_path):
    """A magazine draws a rule down the gutter: the left column runs the page's length, the
    right one holds a few lines at its top (the project's last field). Too few lines side by
    side show no gutter, but the rule, free of the others and crossed by no word, does."""
    left = ("De maakindustrie versnelt de kennis van Oost-Nederland en draagt zo bij aan de opgave. "
            "Het programma ondersteunt de kennisinfrastructuur van Oost-Nederland in nauwe afstemming "
            "met het Rijk. Het mkb investeert in digitale vaardigheden van werkenden door gerichte "
            "investeringen. Iedere werkgever verbetert de bereikbaarheid van de werklocaties.").split()
    right = ["duurzame energieoplossingen door de", "gerichte investeringen in de regio.", "Het mkb stimuleert duurzame",
             "energieoplossingen voor de zorg."]

    def draw(c):
        c.setFont("Times-Roman", 9)
        rows, words = [], []
        for word in left * 2:
            if c.stringWidth(" ".join([*words, word]), "Times-Roman", 9) > 160:
                rows.append(" ".join(words))
                words = []
            words.append(word)
        c.setFont("Times-Bold", 9)
        c.drawString(43, 620, "Naam Project")
        c.setFont("Times-Roman", 9)
        c.drawString(43, 609, "Het vestigingsklimaat")
        for i, row in enumerate(rows):
            c.drawString(43, 590 - 11 * i, row)
        for i, row in enumerate(right):
            c.drawString(217, 620 - 11 * i, row)
        c.line(217, 560, 260, 560)
        c.setFont("Times-Roman", 6.5)
        c.drawString(217, 550, "1 Het mkb verbetert startende ondernemers in nauwe afstemming.")
        c.line(211, 630, 211, 590 - 11 * len(rows))
    layout = _layout_of(tmp_path, draw)
    texts = [ln.text for ln in layout.lines]
    assert all(text in texts for text in right)
    assert texts.index(right[0]) > max(i for i, t in enumerate(texts) if t not in right and t.split()[0] in left)


_ICDAR = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "icdar2013"


@pytest.mark.skipif(not (_ICDAR / "us-032.pdf").exists(), reason=f"no ICDAR 2013 corpus at {_ICDAR}")
def test_a_tables_rule_between_two_columns_of_prose_cells_is_no_gutter():
    """A report's table of prose cells (ICDAR us-032), a rule down between its last two
    columns meeting the rules across the table at its ends: a grid's rule, not a magazine's
    column rule, so the rows under it are not read as two columns of text."""
    document = pdfium.PdfDocument(str(_ICDAR / "us-032.pdf"))
    try:
        layout = read_page(document[0], 1)
    finally:
        document.close()
    assert not layout.columns


def _contact_box(c, boxed_value: bool) -> None:
    """A ruled two-column box of keys and values (a contact block), its first value blacked
    out by a redaction tool: a small box round the legal ground, set in small grey type."""
    from reportlab.lib.colors import Color

    rows = [("Contactpersoon", "5.1.2e"), ("Organisatie", "Programmabureau Regio Deal")]
    c.setLineWidth(0.5)
    for k in range(len(rows) + 1):
        c.line(60, 760 - 16 * k, 360, 760 - 16 * k)
    for x in (60, 150, 360):
        c.line(x, 760, x, 760 - 16 * len(rows))
    for k, (key, value) in enumerate(rows):
        c.setFillColor(Color(0, 0, 0))
        c.setFont("Helvetica-Bold", 9)
        c.drawString(64, 748 - 16 * k, key)
        if k == 0 and boxed_value:
            c.setFillColor(Color(0.5, 0.5, 0.5))
            c.setFont("Helvetica", 6)
            c.rect(156, 746 - 16 * k, 40, 10, stroke=1, fill=0)
            c.drawString(166, 749 - 16 * k, value)
        else:
            c.setFont("Helvetica", 9)
            c.drawString(156, 748 - 16 * k, value)
    c.setFillColor(Color(0, 0, 0))
    c.setFont("Helvetica", 10)
    for y in (800, 786, *range(700, 530, -14)):  # the page's text round it
        c.drawString(60, y, f"regel {y} van de lopende tekst in deze kolom, die doorloopt tot de rechterkant")


def test_a_box_drawn_round_a_word_in_a_cell_is_no_rule_of_the_table(tmp_path):
    """A redaction's frame round its legal ground inside a table's cell parts no cells: the
    table keeps its two columns, the ground its cell, in its line. Boxes in a row that line
    up with each other are a table drawn cell by cell, and stay."""
    from regio.extract.finder import find_tables

    layout = _layout_of(tmp_path, lambda c: _contact_box(c, boxed_value=True))
    assert sorted({round(r.x0) for r in layout.vrules}) == [60, 150, 360]
    assert [ln.text for ln in layout.lines][2:4] == ["Contactpersoon 5.1.2e", "Organisatie Programmabureau Regio Deal"]
    (region,) = find_tables(layout)
    assert region.ruled and len(region.lines) == 2

    def cells(c):
        for k, x in enumerate((60, 140, 220)):
            c.rect(x, 700, 76, 14, stroke=1, fill=0)
            c.drawString(x + 4, 704, f"{k + 1}00.000")
    assert len(_layout_of(tmp_path, cells).vrules) == 6



def test_letters_spaced_wider_than_a_word_gap_are_their_words(tmp_path):
    """A house sets its labels in small capitals tracked wide (a third of an em between
    letters, more than the gap that parts words in running text): the letters are their words again, parted
    where a space stands between them. Letters a column apart (a sheet's column letters), and
    a list's few one-letter items, stay apart."""
    def draw(c):
        text = c.beginText(72, 700)
        text.setCharSpace(2.5)
        for word in ("Structurele", "borging"):  # in small capitals: capitals of two sizes
            for letter in word:
                text.setFont("Helvetica-Bold", 8 if letter.isupper() else 6.4)
                text.textOut(letter.upper())
            text.textOut(" ")
        text.setCharSpace(0)
        c.drawText(text)
        c.setFont("Helvetica", 10)
        for k, letter in enumerate("ABCDE"):
            c.drawString(72 + 60 * k, 650, letter)
        c.drawString(72, 600, "kies a b of c")

    assert _page_with(tmp_path, draw) == ["STRUCTURELE", "BORGING", "A", "B", "C", "D", "E", "kies", "a", "b", "of", "c"]
