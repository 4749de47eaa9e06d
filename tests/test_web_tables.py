"""A web page's table printed from the browser: a sort control beside each header label (a
small triangle up over one down), the rows-shown selector and the search box over the
table, the line saying which rows it shows and the pager under it."""

from pathlib import Path

import pytest
from fixtures import a4_canvas

from regio.extract import extract
from regio.extract.layout import Word, without_sort_controls

pytest.importorskip("reportlab")

BOLD, PLAIN = "Helvetica-Bold", "Helvetica"
_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
HEADS = ["Totaal", "Bedrijven", "Gemeente", "Rijk"]
ROWS = [("Bouw van de werkplaats", ["2.000.000", "1.000.000", "500.000", "500.000"]),
        ("Communicatie", ["400.000", "-", "100.000", "300.000"]),
        ("Totaal", ["2.400.000", "1.000.000", "600.000", "800.000"])]


def _sans_canvas(path: Path):
    """An A4 canvas with DejaVu Sans registered as "Sans" (its arrows and triangles), and its height."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Sans", str(_SANS)))
    return a4_canvas(path)


def _web_page(path: Path) -> Path:
    c, height = _sans_canvas(path)
    c.setFont("Sans", 16)
    c.drawString(50, height - 60, "Groene Haven")
    c.setFont("Sans", 12)
    c.drawString(50, height - 90, "Financiering")
    c.setFont("Sans", 10)
    c.drawString(50, height - 106, "De partners dragen samen de helft van de kosten.")
    y = height - 140
    c.setFont("Sans", 8.5)
    c.drawString(50, y, "Toon")
    c.rect(72, y - 3, 24, 12)
    c.drawString(76, y, "10")
    c.drawString(100, y, "rijen")
    c.drawString(400, y, "Zoeken:")
    c.rect(436, y - 3, 110, 12)
    rights = [250, 340, 430, 520]
    y -= 30
    for right, head in zip(rights, HEADS):
        c.setFont("Sans", 9)
        c.drawString(right - 70, y, head)
        c.setFont("Sans", 7)  # the sort control at the cell's right edge
        c.drawRightString(right, y + 5, "▲")
        c.drawRightString(right, y - 4, "▼")
    c.setFont("Sans", 9)
    c.drawString(56, y, "Kosten")
    for label, cells in ROWS:
        y -= 22
        c.line(50, y + 15, 525, y + 15)
        c.drawString(56, y, label)
        for right, cell in zip(rights, cells):
            c.drawRightString(right, y, cell)
    y -= 26
    c.setFont("Sans", 8.5)
    c.drawString(50, y, "Toont 1 tot 3 van 3 rijen")
    c.drawString(440, y, "Vorige")
    c.rect(472, y - 3, 12, 12)
    c.drawString(476, y, "1")
    c.drawString(490, y, "Volgende")
    y -= 36
    c.setFont("Sans", 12)
    c.drawString(50, y, "Borging")
    c.setFont("Sans", 10)
    c.drawString(50, y - 16, "De werkplaats blijft na de looptijd open voor de bedrijven.")
    c.showPage()
    c.save()
    return path


@pytest.mark.skipif(not _SANS.exists(), reason="needs the DejaVu fonts (Debian: fonts-dejavu-core)")
def test_a_web_tables_controls_are_neither_its_labels_nor_rows_nor_text(tmp_path):
    [project] = extract(_web_page(tmp_path / "web.pdf"), cross_check="none").projects
    [table] = project.tables
    assert [c.label for c in table.columns] == HEADS
    assert [c.key for c in table.columns] == ["totaal", "privaat", "gemeente", "rijk"]
    assert [(r.label, [c.raw for c in r.cells]) for r in table.rows] == ROWS
    assert {f.label: f.text for f in project.fields} == {
        "Financiering": "De partners dragen samen de helft van de kosten.",
        "Borging": "De werkplaats blijft na de looptijd open voor de bedrijven."}


def _glyph(text: str, x: float, top: float) -> Word:
    return Word(text, x, x + 5, top, top + 6, 6.0)


def test_only_a_triangle_up_over_one_down_is_a_sort_control():
    """A pair stacked at one place is; a triangle alone ("▲ 12%" beside a figure that rose)
    or a pair standing apart is not."""
    words = [_glyph("▲", 100, 50), _glyph("▼", 100, 57), _glyph("▲", 200, 50), Word("12%", 207, 220, 50, 56, 6.0),
             _glyph("▲", 300, 50), _glyph("▼", 340, 57)]
    assert [(w.text, w.x0) for w in without_sort_controls(words)] == [
        ("▲", 200), ("12%", 207), ("▲", 300), ("▼", 340)]


def test_a_rows_amount_wrapped_round_its_line_in_a_narrow_ruled_column_keeps_the_table_whole(tmp_path):
    """A web table's rows ruled apart and centred in their height; the second row's last
    amount too wide for its column wraps at its space, the sign over the row's line and the
    figure under it. The rows under it are the same table's, and the cell is whole."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "wrapped.pdf"), pagesize=(595, 842), invariant=1)
    c.setFont(BOLD, 14)
    c.drawString(50, 780, "Groene Haven")
    c.setFont(BOLD, 11)
    c.drawString(50, 750, "Financiering")
    c.setFont(PLAIN, 9)
    rights = [250, 320, 390, 450]
    heads = ["Totaal", "Bedrijven", "Provincie", "Rijk"]
    rows = [("Bouw", ["€ 600.000", "€ 300.000", "€ 200.000", "€ 100.000"]),
            ("Onderzoek", ["€ 3.906.000", "€ 21.000", "€ 3.460.000", "€ 425.000"]),
            ("Inrichting", ["€ 500.000", "€ 100.000", "€ 300.000", "€ 100.000"]),
            ("Totaal", ["€ 5.006.000", "€ 421.000", "€ 3.960.000", "€ 625.000"])]
    y = 720
    c.setFont(BOLD, 9)
    c.drawString(56, y, "Kosten")
    for right, head in zip(rights, heads):
        c.drawRightString(right, y, head)
    c.setFont(PLAIN, 9)
    for label, cells in rows:
        c.line(50, y - 14, 455, y - 14)
        y -= 34
        c.drawString(56, y, label)
        for right, cell in zip(rights, cells):
            if label == "Onderzoek" and right == rights[-1]:
                c.drawRightString(right, y + 7, "€")  # too wide for the column: wrapped, centred on the row
                c.drawRightString(right, y - 7, cell[2:])
            else:
                c.drawRightString(right, y, cell)
    c.line(50, y - 14, 455, y - 14)
    c.setFont(BOLD, 11)
    c.drawString(50, y - 50, "Borging")
    c.setFont(PLAIN, 9)
    c.drawString(50, y - 66, "De werkplaats blijft open.")
    c.showPage()
    c.save()
    [project] = extract(tmp_path / "wrapped.pdf", cross_check="none").projects
    [table] = project.tables
    assert [col.label for col in table.columns] == heads
    assert [(r.label, [cell.raw for cell in r.cells]) for r in table.rows] == rows


@pytest.mark.skipif(not _SANS.exists(), reason="needs the DejaVu fonts (Debian: fonts-dejavu-core)")
def test_an_online_forms_step_buttons_are_no_text(tmp_path):
    """An online form printed step by step: under each step's fields its buttons ("‹ Vorige",
    "Volgende ›", "Opslaan als concept", "Indienen"), each in its box. They are no field's
    text; a sentence that names the next step is."""
    c, height = _sans_canvas(tmp_path / "form.pdf")
    steps = [[("Projectnaam", "Groene Haven"), ("Betrokken partijen", "Provincie Zeeland, Scalda.")],
             [("Aanpak", "Volgende stap is de bouw van de werkplaats."), ("Borging", "De werkplaats blijft open.")]]
    for k, fields in enumerate(steps):
        c.setFont("Sans", 16)
        c.drawString(50, height - 60, "Groene Haven")
        y = height - 100
        for label, text in fields:
            c.setFont(BOLD, 10)
            c.drawString(50, y, label)
            c.setFont("Sans", 10)
            c.rect(50, y - 26, 400, 18)
            c.drawString(56, y - 20, text)
            y -= 50
        buttons = ["‹ Vorige", "Volgende ›"] if k == 0 else ["‹ Vorige", "Opslaan als concept", "Indienen"]
        x = 50
        for button in buttons:
            width = c.stringWidth(button, "Sans", 9) + 20
            c.rect(x, y - 4, width, 16)
            c.setFont("Sans", 9)
            c.drawString(x + 10, y, button)
            x += width + 10
        c.showPage()
    c.save()
    [project] = extract(tmp_path / "form.pdf", cross_check="none").projects
    assert {f.label: f.text for f in project.fields} == {label: text for fields in steps for label, text in fields}
