"""The debugging view: one page rendered with what regio read on it drawn over the page,
and a legend strip below it."""

import pypdfium2 as pdfium
import pytest
from PIL import Image

import regio
from conftest import SAMPLES
from regio.debug import COLUMN, READING, TABLE, draw_page
from regio.extract import InputError

ZEELAND = SAMPLES / "zoo" / "zeeland-report.pdf"
TWENTE = SAMPLES / "twente-word.pdf"
SCALE = 2.0


def page_pixels(path, number):
    with pdfium.PdfDocument(path) as document:
        width, height = document[number - 1].get_size()
    return round(width * SCALE), round(height * SCALE)


def shapes(path, number):
    return [(t.id, t.reader, len(t.columns), len(t.rows)) for t in regio.read_tables(path, pages=[number])]


def count(image, colour, box):
    """Pixels of exactly ``colour`` within ``box`` (PDF points), widened by a few pixels for
    lines drawn just outside it."""
    x0, top, x1, bottom = (v * SCALE for v in box)
    crop = image.crop((int(x0) - 6, int(top) - 6, int(x1) + 7, int(bottom) + 7))
    return next((n for n, c in crop.getcolors(crop.width * crop.height) if c == colour), 0)


@pytest.fixture(scope="module")
def zeeland_p7(tmp_path_factory):
    out = tmp_path_factory.mktemp("debug") / "zeeland-p7.png"
    return draw_page(ZEELAND, 7, out, scale=SCALE), Image.open(out)


def test_the_picture_is_the_page_at_scale_with_a_legend_below(zeeland_p7):
    summary, image = zeeland_p7
    width, height = page_pixels(ZEELAND, 7)
    assert image.format == "PNG" and image.mode == "RGB"
    assert image.width == width and height < image.height < height + 200
    legend = image.crop((0, height, width, image.height))
    assert any(c == TABLE for _, c in legend.getcolors(legend.width * legend.height)), "the legend keys the colours"


def test_the_summary_lists_the_tables_as_read_tables_reads_them(zeeland_p7):
    summary, _ = zeeland_p7
    tables = regio.read_tables(ZEELAND, pages=[7])
    budget = next(t for t in tables if t.caption == "bedragen x € 1.000")
    assert budget.grid()[0] == ["Activiteit", "2024", "2025", "2026", "Totaal"]
    assert summary.page == 7 and summary.out_path.name == "zeeland-p7.png"
    assert summary.tables == shapes(ZEELAND, 7)
    assert (budget.id, budget.reader, 4, 4) in summary.tables and len(summary.tables) == 2


def test_each_table_box_is_drawn_where_the_table_stands(zeeland_p7):
    _, image = zeeland_p7
    with pdfium.PdfDocument(ZEELAND) as document:
        plain = document[6].render(scale=SCALE).to_pil().convert("RGB")
    for table in regio.read_tables(ZEELAND, pages=[7]):
        assert count(plain, TABLE, table.bbox) == 0
        x0, top, x1, bottom = table.bbox
        assert count(image, TABLE, table.bbox) > 2 * (x1 - x0 + bottom - top) * SCALE  # the whole outline


def test_a_ruled_table_is_drawn_with_its_column_lines(tmp_path):
    assert [t.reader for t in regio.read_tables(TWENTE, pages=[11])] == ["ruled"]
    out = tmp_path / "twente-p11.png"
    summary = draw_page(TWENTE, 11, out, scale=SCALE)
    assert summary.tables == shapes(TWENTE, 11) == [("p11-t1", "ruled", 6, 3)]
    image = Image.open(out)
    assert image.width == page_pixels(TWENTE, 11)[0]
    box = regio.read_tables(TWENTE, pages=[11])[0].bbox
    assert count(image, TABLE, box) > 0
    # Six value columns after the label column: six green lines through the box's height.
    assert count(image, COLUMN, box) > 6 * (box[3] - box[1]) * SCALE


@pytest.mark.parametrize("name, page, drawn", [
    ("twente-magazine", 2, "gutter"), ("twente-sidebar", 30, "box"), ("zeeland-report", 7, None)])
def test_the_reading_order_is_drawn(tmp_path, name, page, drawn):
    """The gutter between two columns of text, a box read as a whole; nothing on a page in
    one column."""
    path = SAMPLES / "zoo" / f"{name}.pdf"
    out = tmp_path / "page.png"
    draw_page(path, page, out, scale=SCALE)
    image = Image.open(out)
    with pdfium.PdfDocument(path) as document:
        width, height = document[page - 1].get_size()
    pixels = count(image, READING, (0, 0, width, height))
    assert (pixels > 100) == (drawn is not None)


@pytest.mark.parametrize("page", [0, 11])
def test_a_page_out_of_range_is_an_input_error_and_writes_nothing(tmp_path, page):
    out = tmp_path / "none.png"
    with pytest.raises(InputError, match=rf"^page {page} does not exist \(the file has 10 pages\)$"):
        draw_page(ZEELAND, page, out)
    assert not out.exists()


def test_a_file_that_is_no_pdf_is_an_input_error(tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("these are notes, not a PDF\n")
    with pytest.raises(InputError, match="not a PDF"):
        draw_page(notes, 1, tmp_path / "out.png")


def test_the_command_writes_the_picture_and_names_bad_input(tmp_path):
    from typer.testing import CliRunner

    from regio.cli import app

    out = tmp_path / "p7.png"
    good = CliRunner().invoke(app, ["debug", str(ZEELAND), "--page", "7", "-o", str(out)])
    assert good.exit_code == 0, good.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "p7-t1 aligned 4 columns x 4 rows" in good.stderr
    bad = CliRunner().invoke(app, ["debug", str(ZEELAND), "--page", "70", "-o", str(tmp_path / "x.png")])
    assert bad.exit_code == 2
    assert bad.stderr.strip() == f"regio: error: {ZEELAND}: page 70 does not exist (the file has 10 pages)"
    assert not (tmp_path / "x.png").exists()
