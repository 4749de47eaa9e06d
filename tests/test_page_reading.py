"""Words as a page draws them: small capitals, raised note marks, ligatures."""

import pypdfium2 as pdfium

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


def test_a_raised_note_mark_is_a_word_of_its_own(tmp_path):
    words = _page_with(tmp_path, lambda c: _run(c, 72, 700, [("Twente", 10, 0), ("2", 6, 4)]))
    assert words == ["Twente", "²"]


def test_ligatures_are_their_letters():
    chars = [(ch, 0.0, 1.0, 0.0, 1.0, 10.0, 10.0) for ch in "ﬁnanciering en ﬂexibel"]
    assert _word(chars, (False, False)).text == "financiering en flexibel"
