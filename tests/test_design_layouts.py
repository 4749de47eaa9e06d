"""Layouts of designed and exported documents: a sidebar down the page with the project's
title, a layer the document hides, a spreadsheet's page placed as a picture and cropped to its
table, a table whose caption says it goes on, a header packed tight over empty columns."""

from pathlib import Path

import pytest
from fixtures import a4_canvas

from regio.extract import extract, extract_tables
from regio.extract.labels import strip_numbering
from regio.extract.pdf import hidden_layer_names

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"


def _sidebar_page(c, height: float, number: str, theme: str, title: list[str]) -> None:
    """A dark band down the page's left side, the project's number and title on it in white."""
    c.setFillColorRGB(0.06, 0.3, 0.36)
    c.rect(0, 0, 120, height, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont(BOLD, 28)
    c.drawString(16, height - 90, number)
    c.setFont(PLAIN, 7)
    c.drawString(16, height - 112, theme)
    c.setFont(BOLD, 12)
    for k, text in enumerate(title):
        c.drawString(16, height - 134 - 14 * k, text)
    c.setFont(PLAIN, 7)
    c.drawString(16, 40, "Regio Deal Oost")
    c.setFillColorRGB(0, 0, 0)


def _text(c, height: float, x: float, top: float, lines: list[str], font: str = PLAIN, size: float = 9) -> None:
    c.setFont(font, size)
    for k, text in enumerate(lines):
        c.drawString(x, height - top - 12 * k, text)


_OPGAVE = ["De maakindustrie in de regio verandert snel door digitalisering en robotisering van",
           "de productie. Bedrijven zoeken mensen en kennis om die verandering bij te houden en",
           "de samenwerking tussen onderwijs en bedrijfsleven moet daarvoor sterker worden dan",
           "zij nu is, zodat de regio haar positie in de maakindustrie kan houden."]
_VERDER = ["Daarom bundelen de partners hun krachten in een programma van vier jaar, met een",
           "fieldlab waar bedrijven en studenten samen nieuwe technieken beproeven."]


def test_a_sidebar_with_the_projects_title_is_read_apart_from_the_text_beside_it(tmp_path):
    """A band down the page's side carries each project's number and title, on every page of
    the project: its lines are no part of the text level with them, its title opens the
    project and, set again on the project's next page, is no text of the field running on
    there. The labels of two fields side by side, at the same place on every project's first
    page, are the fields', not a running header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "sidebar.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    titles = [["Groene", "Haven"], ["Slimme", "Wegen"], ["Sterke", "Kernen"], ["Schone", "Lucht"]]
    partners = [["De gemeente Oost, de provincie", "en twee hogescholen."], ["Drie gemeenten en de", "vervoerders in de regio."],
                ["Vijf dorpsraden, de gemeente", "en een woningcorporatie."], ["Het waterschap en de", "haven van Oost."]]
    for number, (title, named) in enumerate(zip(titles, partners), 1):
        theme = "TECHNIEK ALS MOTOR" if number <= 2 else "LEEFBAARHEID"
        for page in range(2 if number == 1 else 1):
            _sidebar_page(c, height, f"0{number}", theme, title)
            if page == 0:
                _text(c, height, 150, 62, ["Projectnaam"], BOLD, 8)
                _text(c, height, 360, 62, ["Betrokken partijen"], BOLD, 8)
                _text(c, height, 150, 76, [f"{' '.join(title)} Oost"])
                _text(c, height, 360, 76, named)
                # (the label and the text's first lines level with the title's in the band)
                _text(c, height, 150, 122, ["Opgave"], BOLD, 8)
                _text(c, height, 150, 134, _OPGAVE if number == 1 else [f"De {' '.join(title).lower()} van Oost is aan vernieuwing",
                                                                     f"toe: project {number} pakt dat aan met de partners."])
            if page == (1 if number == 1 else 0):
                top = 62 if number == 1 else 180
                if number == 1:
                    _text(c, height, 150, top, _VERDER)
                _text(c, height, 150, top + 40, ["Aanpak"], BOLD, 8)
                _text(c, height, 150, top + 52, [f"Het project {title[0].lower()} begint met een verkenning."])
                _text(c, height, 150, top + 80, ["Resultaten"], BOLD, 8)
                _text(c, height, 150, top + 92, [f"Na vier jaar is de {title[1].lower()} klaar."])
            c.showPage()
    c.save()
    dossier = extract(path, cross_check="none")
    assert [p.title for p in dossier.projects] == ["Groene Haven", "Slimme Wegen", "Sterke Kernen", "Schone Lucht"]
    first = dossier.projects[0]
    assert first.pages == [1, 2]
    assert first.field("Projectnaam").text == "Groene Haven Oost"
    assert first.field("Betrokken partijen").text == "De gemeente Oost, de provincie en twee hogescholen."
    assert first.field("Opgave").text == " ".join(_OPGAVE + _VERDER)


def _pdf(objects: list[bytes]) -> bytes:
    """A PDF of ``objects`` (the first the catalog), numbered from 1, with its cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _layered(path: Path, shown: bool) -> Path:
    """A project whose field labels have their English under them on a layer of its own,
    shown or not."""
    def line(font: str, size: int, y: int, text: str) -> bytes:
        return b"BT /%s %d Tf 60 %d Td (%s) Tj ET\n" % (font.encode(), size, y, text.encode())

    english = b"/OC /en BDC\n" + line("F1", 10, 740, "Partners") + line("F1", 10, 690, "Challenge") + b"EMC\n"
    content = b"".join([line("F2", 16, 790, "Een project"), line("F2", 10, 740, "Partijen"),
                        line("F1", 10, 726, "Gemeente en provincie."), line("F2", 10, 690, "Opgave"),
                        line("F1", 10, 676, "De opgave van de regio."), english])
    state = b"/ON [6 0 R]" if shown else b"/OFF [6 0 R]"
    path.write_bytes(_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R] /D << %s /Order [6 0 R] >> >> >>" % state,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << "
        b"/F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> /F2 5 0 R >> /Properties << /en 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        b"<< /Type /OCG /Name (EN) >>",
    ]))
    return path


def test_text_on_a_layer_the_document_hides_is_no_text_of_it(tmp_path):
    """A layer turned off (a translation kept on a layer of its own, set over the labels it
    translates) is neither shown nor printed: its text is not read, and the labels under it
    open their fields. Turned on, it is shown as any text."""
    hidden = extract(_layered(tmp_path / "hidden.pdf", shown=False), cross_check="none")
    (project,) = hidden.projects
    assert [(f.label, f.text) for f in project.fields] == [("Partijen", "Gemeente en provincie."),
                                                          ("Opgave", "De opgave van de regio.")]
    assert hidden_layer_names((tmp_path / "hidden.pdf").read_bytes(), None) == {"EN"}
    assert hidden_layer_names(_layered(tmp_path / "shown.pdf", shown=True).read_bytes(), None) == frozenset()


def test_a_spreadsheets_page_placed_and_cropped_to_its_table_shows_only_the_table(tmp_path):
    """A budget printed from a spreadsheet and placed in the report as a picture, cropped to
    the table's cells: what the crop hides (a column of checks beside the table, a row of
    column sums under it, the sheet's own header) is still in the file, and no part of the page."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "placed.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    c.beginForm("sheet", lowerx=0, lowery=0, upperx=595, uppery=842)
    rows = [("Opgaven/Investeringen", "Totaal", "Privaat", "Rijk", "Controle"),
            ("Bouw", "1.000.000", "400.000", "600.000", "0 ok"), ("Inrichting", "500.000", "200.000", "300.000", "0 ok"),
            ("Totaal", "1.500.000", "600.000", "900.000", "0 ok"), ("", "", "", "", ""),
            ("Controle kolomtotaal", "1.500.000", "600.000", "900.000", "")]
    c.setFont(PLAIN, 9)
    c.drawString(300, 820, "begroting_regiodeal_v7.xlsx")
    for k, row in enumerate(rows):
        y = 780 - 16 * k
        c.drawString(40, y, row[0])
        for x, cell in zip((260, 340, 420, 500), row[1:]):
            c.drawRightString(x, y, cell)
    c.setLineWidth(0.5)  # the sheet's gridlines, round every cell
    for k in range(len(rows) + 1):
        c.line(30, 792 - 16 * k, 510, 792 - 16 * k)
    for x in (30, 200, 270, 350, 430, 510):
        c.line(x, 792, x, 792 - 16 * len(rows))
    c.endForm()
    c.setFont(BOLD, 16)
    c.drawString(60, height - 60, "Een project")
    c.setFont(BOLD, 10)
    c.drawString(60, height - 90, "Inzet en co-financiering")
    c.setFont(PLAIN, 10)
    c.drawString(60, height - 104, "De regio brengt de helft in.")
    c.saveState()
    c.translate(20, -330)  # the sheet's table 480 points up the page
    crop = c.beginPath()
    crop.rect(30, 720, 400, 80)  # the table's cells, in the sheet's own space
    c.clipPath(crop, stroke=0, fill=0)
    c.doForm("sheet")
    c.restoreState()
    c.setFont(BOLD, 10)
    c.drawString(60, 370, "Structureel karakter")  # level with the row of sums the crop hides
    c.setFont(PLAIN, 10)
    c.drawString(60, 356, "Het fieldlab blijft na de looptijd bestaan.")
    c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
    assert [r.label for r in table.rows] == ["Bouw", "Inrichting", "Totaal"]
    assert project.field("Structureel karakter").text == "Het fieldlab blijft na de looptijd bestaan."
    assert not any("xlsx" in f.text or "Controle" in f.text for f in project.fields)
    # Nor are the sheet's gridlines the crop hides a table's rules: read as any table, the
    # table ends where the crop does.
    (found,) = extract_tables(path).tables
    assert [r.label for r in found.rows] == ["Bouw", "Inrichting", "Totaal"] and len(found.columns) == 3


def test_a_table_going_on_under_its_caption_saying_so_is_one_table(tmp_path):
    """A long budget in rules broken over a page, its caption set again over the rest with
    the word that it goes on ("(vervolg)") and its header repeated: one table."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "vervolg.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    height = A4[1]
    columns = (300, 380, 460)

    def part(top: float, caption: str, rows: list[tuple[str, str, str, str]]) -> None:
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(60, height - top, caption)
        c.setLineWidth(0.8)
        c.line(60, height - top - 8, 500, height - top - 8)
        c.setFillColorRGB(0.9, 0.9, 0.9)
        c.rect(60, height - top - 25, 440, 17, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(BOLD, 9)
        for x, text in zip((60, *columns), ("Opgaven/Investeringen", "Totaal", "Privaat", "Rijk")):
            c.drawString(x, height - top - 20, text)
        c.setLineWidth(0.4)
        c.line(60, height - top - 25, 500, height - top - 25)
        c.setFont(PLAIN, 9)
        for k, row in enumerate(rows):
            y = height - top - 38 - 14 * k
            c.drawString(60, y, row[0])
            for x, text in zip(columns, row[1:]):
                c.drawRightString(x + 50, y, text)
            c.setLineWidth(0.25)
            c.line(60, y - 4, 500, y - 4)

    c.setFont(BOLD, 16)
    c.drawString(60, height - 60, "Een project")
    c.setFont(BOLD, 10)
    c.drawString(60, height - 100, "Financiering")
    c.setFont(PLAIN, 10)
    c.drawString(60, height - 114, "De kosten staan in de tabel.")
    part(640, "Tabel 1. Begroting Een project (bedragen in euro)",
         [("Cluster A", "", "", ""), ("Bouw", "1.000.000", "400.000", "600.000"), ("Inrichting", "500.000", "200.000", "300.000"),
          ("Subtotaal cluster A", "1.500.000", "600.000", "900.000")])
    c.setFont(PLAIN, 8)
    c.drawCentredString(297, 30, "- 1 -")
    c.showPage()
    part(60, "Tabel 1. Begroting Een project (vervolg)",
         [("Cluster B", "", "", ""), ("Beheer", "300.000", "100.000", "200.000"),
          ("Subtotaal cluster B", "300.000", "100.000", "200.000"), ("Totaal", "1.800.000", "700.000", "1.100.000")])
    c.setFont(BOLD, 10)
    c.drawString(60, height - 160, "Structureel karakter")
    c.setFont(PLAIN, 10)
    c.drawString(60, height - 174, "Het project blijft.")
    c.setFont(PLAIN, 8)
    c.drawCentredString(297, 30, "- 2 -")
    c.showPage()
    c.save()
    (project,) = extract(path, cross_check="none").projects
    (table,) = project.tables
    assert [r.label for r in table.rows] == ["Cluster A", "Bouw", "Inrichting", "Subtotaal cluster A", "Cluster B", "Beheer",
                                             "Subtotaal cluster B", "Totaal"]
    assert table.pages == [1, 2]


@pytest.mark.parametrize(("first", "part", "alike"), [
    ("Tabel 1. Begroting Een project (bedragen in euro)", "Tabel 1. Begroting Een project (vervolg)", True),
    ("Tabel 1. Begroting", "Tabel 1. Begroting", True), (None, None, True),
    ("Tabel 1. Begroting Een project", "Tabel 2. Begroting Ander project (vervolg)", False),
    ("Tabel 1. Begroting Een project", "Tabel 1. Begroting Een project, uitgesplitst", False),
    (None, "Tabel 1. Begroting (vervolg)", False)])
def test_the_caption_of_a_tables_next_part_says_it_goes_on(first, part, alike):
    from regio.extract.document import _captioned_alike

    assert _captioned_alike(first, part) is alike


def test_a_caption_under_a_table_broken_over_pages_stands_under_its_last_part():
    from regio.extract.document import _captioned_alike

    assert _captioned_alike(None, "Tabel 3.2 – Financieringsoverzicht", below=True)
    assert not _captioned_alike(None, "Tabel 3.2 – Financieringsoverzicht")
    assert not _captioned_alike("Tabel 3.1 – Begroting", "Tabel 3.2 – Financieringsoverzicht", below=True)


def test_columns_no_row_fills_under_a_header_packed_tight_keep_their_labels(tmp_path):
    """A header whose labels stand closer than cells do ("Totaal EUR" right against
    "Bedrijfsleven") over a table where no row fills two of the columns: the empty columns
    are columns still, each under its own label."""
    from tests.test_extract_variants import draw

    header = [(60, "Opgaven/Investeringen"), (166, "Totaal EUR"), (211, "Bedrijfsleven"), (300, "Gem."),
              (360, "Prov."), (430, "Rijk")]
    rows = [("Veldproeven", "2.730.000", "1.480.000", "1.250.000"), ("Totaal", "2.730.000", "1.480.000", "1.250.000")]
    page = [(60, 60, "Een project", 16, BOLD), (60, 100, "Financiering", 10, BOLD), (60, 114, "De kosten.", 10),
            *[(x, 140, text, 8, BOLD) for x, text in header],
            *[cell for k, (label, total, private, province) in enumerate(rows)
              for cell in ((60, 156 + 14 * k, label, 8), (172, 156 + 14 * k, total, 8), (226, 156 + 14 * k, private, 8),
                           (358, 156 + 14 * k, province, 8))]]
    (project,) = extract(draw(tmp_path / "tight.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["2.730.000", "1.480.000", "", "1.250.000", ""]] * 2


@pytest.mark.parametrize(("heading", "title"), [("2.3 Project: Leonardo", "Leonardo"), ("Project: Skills Twente", "Skills Twente"),
                                                ("Project 4: Leonardo", "Leonardo"), ("Projectnaam: Leonardo", "Projectnaam: Leonardo")])
def test_a_heading_says_what_it_heads_before_the_title(heading, title):
    assert strip_numbering(heading) == title


def test_empty_columns_under_a_group_label_keep_their_labels(tmp_path):
    """A header in two tiers, "Gem." and "Prov." under the group "Publieke partijen" and the
    other labels level with the group's: where no row fills "Gem." nor "Rijk", each is a
    column still."""
    from tests.test_extract_variants import draw

    main = [(60, "Opgaven/Investeringen"), (180, "Totaal"), (240, "Bedrijfsleven"), (440, "Rijk")]
    rows = [("Veldproeven", "2.730.000", "1.480.000", "1.250.000"), ("Totaal", "2.730.000", "1.480.000", "1.250.000")]
    page = [(60, 60, "Een project", 16, BOLD), (60, 100, "Financiering", 10, BOLD), (60, 114, "De kosten.", 10),
            (318, 136, "Publieke partijen", 8, BOLD), *[(x, 140, text, 8, BOLD) for x, text in main],
            (310, 150, "Gem.", 8, BOLD), (372, 150, "Prov.", 8, BOLD),
            *[cell for k, (label, total, private, province) in enumerate(rows)
              for cell in ((60, 166 + 14 * k, label, 8), (180, 166 + 14 * k, total, 8), (246, 166 + 14 * k, private, 8),
                           (364, 166 + 14 * k, province, 8))]]
    (project,) = extract(draw(tmp_path / "tiers.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["2.730.000", "1.480.000", "", "1.250.000", ""]] * 2


def test_empty_columns_under_a_group_label_wrapped_over_two_lines_keep_their_labels(tmp_path):
    """The group's label wrapped in its narrow column ("Publieke" over "partijen"), over
    "Gem." and "Prov.": its two lines are one group's label, and where no row fills "Gem."
    nor "Rijk", each is a column still."""
    from tests.test_extract_variants import draw

    main = [(60, "Opgaven/Investeringen"), (180, "Totaal"), (240, "Bedrijfsleven"), (310, "Gem."), (372, "Prov."),
            (440, "Rijk")]
    rows = [("Veldproeven", "2.730.000", "1.480.000", "1.250.000"), ("Totaal", "2.730.000", "1.480.000", "1.250.000")]
    page = [(60, 60, "Een project", 16, BOLD), (60, 100, "Financiering", 10, BOLD), (60, 114, "De kosten.", 10),
            (336, 126, "Publieke", 8, BOLD), (337, 136, "partijen", 8, BOLD), *[(x, 148, text, 8, BOLD) for x, text in main],
            *[cell for k, (label, total, private, province) in enumerate(rows)
              for cell in ((60, 164 + 14 * k, label, 8), (180, 164 + 14 * k, total, 8), (246, 164 + 14 * k, private, 8),
                           (364, 164 + 14 * k, province, 8))]]
    (project,) = extract(draw(tmp_path / "wrapped.pdf", [page]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "provincie", "rijk"]
    assert [[c.raw for c in r.cells] for r in table.rows] == [["2.730.000", "1.480.000", "", "1.250.000", ""]] * 2


def test_the_footer_of_a_dossier_of_one_page_is_no_text_of_its_last_field(tmp_path):
    """One page: no other page repeats its footer, but the footer says it is one, at the
    page's foot in small type, set apart from the text, ending in the page's number."""
    from tests.test_extract_variants import draw

    page = [(60, 60, "Een project", 16, BOLD), (60, 100, "Opgave", 10, BOLD), (60, 114, "De opgave van de regio.", 10),
            (60, 140, "Structureel karakter", 10, BOLD), (60, 154, "Het fieldlab blijft na de looptijd bestaan.", 10),
            (60, 800, "Rivierenland \u00b7 Regio Deal", 7), (530, 800, "1", 7)]
    (project,) = extract(draw(tmp_path / "one.pdf", [page]), cross_check="none").projects
    assert project.field("Structureel karakter").text == "Het fieldlab blijft na de looptijd bestaan."


def test_a_header_left_alone_at_a_pages_foot_heads_the_rows_on_the_next(tmp_path):
    """An HTML engine breaks the page after a table's header row and does not repeat it: the
    rows open the next page. Its labels stand over their columns by their middles, a label
    wider than the amounts under it starting a little left of where they part."""
    from tests.test_extract_variants import draw

    header = [(61, "Opgaven/ Investeringen"), (395, "Totaal"), (429, "Onderwijs"), (478, "Rijksbijdrage")]
    text = ["De samenwerking versterkt het onderwijs en het bedrijfsleven in de komende drie jaar.",
            "Het bedrijfsleven investeert naar verwachting circa 250.000 euro in de regio."]
    page1 = [(57, 60, "Een project", 16, BOLD), (57, 90, "Financiering", 10, BOLD),
             *[(57, 104 + 13 * k, line, 10) for k, line in enumerate(text * 24)], *[(x, 761, t, 8.5, BOLD) for x, t in header]]
    rows = [("Infrastructuur techniek", "5.300.000", "50.000", "5.250.000"), ("Opleidingen", "43.000", "18.000", "25.000"),
            ("Totaal kosten", "5.343.000", "68.000", "5.275.000")]
    page2 = [cell for k, (label, *amounts) in enumerate(rows)
             for cell in ((61, 72 + 15 * k, label, 8.5), *[(right - 4.7 * len(a), 72 + 15 * k, a, 8.5)
                                                           for right, a in zip((424, 473, 534), amounts)])]
    page2 += [(57, 140, "Structureel karakter", 10, BOLD), (57, 154, "Het project blijft.", 10)]
    (project,) = extract(draw(tmp_path / "foot.pdf", [page1, page2]), cross_check="none").projects
    (table,) = project.tables
    assert [c.key for c in table.columns] == ["totaal", "onderwijs", "rijk"]
    assert [r.label for r in table.rows] == ["Infrastructuur techniek", "Opleidingen", "Totaal kosten"]


_PANEL_TEXT = ["Het project bouwt een werkplaats voor de bedrijven",
               "uit de regio en werkt daarbij samen met de school,",
               "de gemeente en de provincie. De werkplaats opent",
               "in het tweede jaar en blijft daarna open."]


def _panel(c, height: float, x: float, title: str, rows: list[tuple[str, str, str, str]], ruled: bool = False,
           lower: int = 0) -> None:
    """A project in a column of its own: its title, two fields, the second ending in a table
    whose header and rows stand level with the other column's (``lower``, that many lines of
    text lower), ``ruled`` over and under its header and over its total, the rules flush with
    the text."""
    _text(c, height, x, 60, [title], BOLD, 13)
    _text(c, height, x, 90, ["Opgave"], BOLD, 9)
    _text(c, height, x, 104, _PANEL_TEXT)
    _text(c, height, x, 150, ["Inzet en co-financiering"], BOLD, 9)
    _text(c, height, x, 164, (_PANEL_TEXT * 2)[:2 + lower])
    top = 200 + 12 * lower
    for k, (label, *cells) in enumerate([("Kosten", "Totaal", "Privaat", "Rijk"), *rows]):
        font = BOLD if k == 0 or label == "Totaal" else PLAIN
        c.setFont(font, 8)
        c.drawString(x, height - top - 13 * k, label)
        for right, cell in zip((x + 120, x + 165, x + 210), cells):
            c.drawRightString(right, height - top - 13 * k, cell)
    for y in (top - 10, top + 3, top - 10 + 13 * len(rows)) if ruled else ():
        c.line(x, height - y, x + 215, height - y)
    _text(c, height, x, top + 20 + 13 * len(rows), ["Borging"], BOLD, 9)
    _text(c, height, x, top + 34 + 13 * len(rows), _PANEL_TEXT)


def test_two_tables_level_with_each_other_in_two_columns_are_each_their_columns(tmp_path):
    """Each column holds a project whose table stands level with the other's, row for row:
    a row right of the gutter that opens with its own label is the other table's, not the
    first's row run on across the columns."""
    c, height = a4_canvas(tmp_path / "panels.pdf")
    left = [("Werkplaats", "600.000", "300.000", "300.000"), ("Totaal", "600.000", "300.000", "300.000")]
    right = [("Opleidingen", "900.000", "400.000", "500.000"), ("Onderzoek", "100.000", "-", "100.000"),
             ("Totaal", "1.000.000", "400.000", "600.000")]
    _panel(c, height, 40, "1. Groene Haven", left)
    _panel(c, height, 310, "2. Blauwe Poort", right)
    c.showPage()
    c.save()
    _each_panel_read_apart(tmp_path / "panels.pdf", ["Groene Haven", "Blauwe Poort"], [left, right])


def _each_panel_read_apart(path: Path, titles: list[str], tables: list[list[tuple[str, ...]]]) -> None:
    projects = extract(path, cross_check="none").projects
    assert [strip_numbering(p.title) for p in projects] == titles
    for project, rows in zip(projects, tables):
        [table] = project.tables
        assert [c.key for c in table.columns] == ["totaal", "privaat", "rijk"]
        assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == [(label, cells) for label, *cells in rows]
        assert [f.label for f in project.fields] == ["Opgave", "Inzet en co-financiering", "Borging"]
        assert {f.label: f.text for f in project.fields}["Borging"] == " ".join(_PANEL_TEXT)


@pytest.mark.parametrize("lower", [0, 6])
def test_panels_side_by_side_whose_ruled_tables_stand_between_their_texts_are_columns(tmp_path, lower):
    """A poster's panels, their boxes not drawn: three columns of text, each holding a table
    ruled across its width. The gutters the tables' rules leave between them part the whole
    height of the panels, over and under the tables too (the titles, the fields), as far as
    nothing runs across them. Where the third table stands lower, beside none, the text's own
    gutters part the page."""
    c, height = a4_canvas(tmp_path / "poster.pdf", landscape=True)
    _text(c, height, 30, 24, ["Regio Deal Oost: de projecten op een rij, van de haven tot de kernen"], BOLD, 16)
    tables = [[("Werkplaats", "600.000", "300.000", "300.000"), ("Totaal", "600.000", "300.000", "300.000")],
              [("Opleidingen", "900.000", "400.000", "500.000"), ("Totaal", "900.000", "400.000", "500.000")],
              [("Onderzoek", "100.000", "-", "100.000"), ("Totaal", "100.000", "-", "100.000")]]
    titles = ["Groene Haven", "Blauwe Poort", "Vitale Kernen"]
    for k, (title, rows) in enumerate(zip(titles, tables)):
        _panel(c, height, 30 + 240 * k, f"{k + 1}. {title}", rows, ruled=True, lower=lower if k == 2 else 0)
    c.showPage()
    c.save()
    _each_panel_read_apart(tmp_path / "poster.pdf", titles, tables)


def test_projects_side_by_side_under_a_band_are_read_column_by_column(tmp_path):
    """A steering group's print: a band across the page naming the theme, under it a column
    per project, each opening with its title on a shaded head of its own. The band's edges
    are no table's rules, and the titles, one in each head, no row of a table across the
    columns: each column is read whole, title and fields."""
    c, height = a4_canvas(tmp_path / "compare.pdf", landscape=True)
    width = 842
    c.setFillColorRGB(0.2, 0.3, 0.4)
    c.rect(40, height - 80, width - 80, 22, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    _text(c, height, 48, 74, ["Vergelijking 1: Energie en klimaat"], BOLD, 11)
    titles = ["Groene Haven", "Blauwe Poort"]
    for k, title in enumerate(titles):
        x = 40 + 400 * k
        c.setFillColorRGB(0.9, 0.92, 0.95)
        c.rect(x, height - 122, 360, 32, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        _text(c, height, x + 6, 100, [f"VOORSTEL {'AB'[k]}"], PLAIN, 7)
        _text(c, height, x + 6, 113, [title], BOLD, 12)
        for j, label in enumerate(("Opgave", "Aanpak", "Borging")):
            _text(c, height, x, 145 + 60 * j, [label], BOLD, 9)
            _text(c, height, x, 159 + 60 * j, _PANEL_TEXT[:3])
    c.showPage()
    c.save()
    projects = extract(tmp_path / "compare.pdf", cross_check="none").projects
    assert [p.title for p in projects] == titles
    for project in projects:
        assert [(f.label, f.text) for f in project.fields] == [
            (label, " ".join(_PANEL_TEXT[:3])) for label in ("Opgave", "Aanpak", "Borging")]


def _handout(path: Path, slides: list[list[tuple[str, float, str]]]) -> Path:
    """Slides printed six to a page, two across and three down, each in a frame: a slide is
    its runs of text, each (font, size, text), one under the other."""
    c, height = a4_canvas(path)
    for n, slide in enumerate(slides):
        if n and n % 6 == 0:
            c.showPage()
        column, row = n % 2, n % 6 // 2
        x, top = 45 + 267 * column, 115 + 239 * row
        c.rect(x, height - top - 134, 238, 134)
        y = top + 14
        for font, size, text in slide:
            c.setFont(font, size)
            c.drawString(x + 10, height - y, text)
            y += size + 4
    c.showPage()
    c.save()
    return path


def test_slides_printed_six_to_a_page_are_read_slide_by_slide(tmp_path):
    """A deck printed as a handout: frames two across, three down, read across each row of
    frames (slide 1, 2, then 3, 4), not down each column. Each project's title slide carries
    the deck's running line under the title, alike over both: it titles neither."""
    text = [(PLAIN, 7, line) for line in _PANEL_TEXT * 2]
    slides = []
    for title in ("Groene Haven", "Blauwe Poort"):
        slides.append([(BOLD, 12, title), (BOLD, 6, "Regio Deal Oost | stuurgroep 14 maart 2019")])
        slides += [[(BOLD, 8, label), *text] for label in ("Opgave", "Aanpak", "Borging")]
    projects = extract(_handout(tmp_path / "handout.pdf", slides), cross_check="none").projects
    assert [p.title for p in projects] == ["Groene Haven", "Blauwe Poort"]
    for project in projects:  # (the running line is the text before the first label)
        assert [(f.label, f.text) for f in project.fields if f.label] == [
            (label, " ".join(_PANEL_TEXT * 2)) for label in ("Opgave", "Aanpak", "Borging")]

