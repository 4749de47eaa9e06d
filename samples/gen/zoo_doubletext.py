"""One more house style for the layout zoo (see zoo.py), held out: a born-digital dossier
that was run through an OCR tool anyway (Acrobat's "Recognize Text" or `ocrmypdf
--redo-ocr` on a PDF whose text the tool did not trust), which ADDED AN INVISIBLE TEXT LAYER
OVER THE TEXT THAT WAS ALREADY THERE: every word is in the file twice.

- doubletext: the "report" rendering (zoo.py: its pages, fonts, rules, tables and footnotes
          unchanged, its visible text still real text), with on every page an OCR TEXT LAYER
          grafted on top as ocrmypdf grafts one: a FORM XOBJECT drawn after the page's own
          content (PyMuPDF's show_pdf_page of a page drawn by reportlab), holding one text object
          (BT ... ET) per word in TEXT RENDER MODE 3 (invisible). No image is added: the
          page looks exactly as before.
          The layer's words are those of the visible page (pdfium's characters grouped into
          words at spaces and line ends, zoo_ocrlayer._words), in OCR's reading order (line
          by line from the top down, each line left to right). Each word is set in DejaVu
          Sans Mono (standing in for Tesseract's GlyphLessFont, a font of one width for
          every glyph), never bold, its size the height of the word's loose box (so larger
          than the visible type) and scaled horizontally (Tz) to span the word's ink width;
          every word but a line's last is followed by one space character drawn in the same
          text object. The layer is OFFSET FROM THE VISIBLE TEXT as OCR word boxes are off
          from the ink: per page a shift drawn from random.Random(11), 0.6 to 1.6pt to the
          right and 0.6 to 1.6pt down, and on each word a jitter of up to +-0.35pt both ways.
          THE LAYER MISREADS, the visible text does not: in each word (reading order, one
          draw per word from the same random.Random(11)) that holds figures, about one in
          seven gets one of OCR's confusions of a figure, its place drawn among the figures
          that allow it: a zero as a capital O ("1.650.000" -> "1.65O.000"), a one as a small
          l ("l5.000"), a five as S, an eight as B; and in a word of letters holding an "m",
          about one in twenty gets "rn" for its first "m" ("financiering" stays, "samenwerking"
          -> "sarnenwerking"). Everything else in the layer is the visible word.

The truth record is the report's (same pages, same projects, same cells, no "raw"), style
"doubletext": THE VISIBLE TEXT IS THE TRUTH; the invisible layer is a second, noisier copy
of it that a reader must not take for more text.
"""

from __future__ import annotations

import io
import random
import tempfile
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import meta, register_fonts
from .zoo_ocrlayer import _reading_order, _words

BASE = "report"
SEED = 11
FONT = "DejaVuSansMono"
SHIFT = (0.6, 1.6)   # per page, pt right and down
JITTER = 0.35        # per word, pt
FIGURE_RATE = 1 / 7
M_RATE = 1 / 20
_FIGURE = {"0": "O", "1": "l", "5": "S", "8": "B"}


def render_doubletext(dossier: source.Dossier, pdf_path) -> dict:
    from .zoo import STYLES  # zoo.py imports the generators at its end

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"born-digital-{BASE}.pdf"
        truth = STYLES[BASE](dossier, printed)
        _add_layer(printed, Path(pdf_path), meta(dossier, "doubletext"))
    truth["style"] = "doubletext"
    return truth


def _misread(word: str, rnd: random.Random) -> str:
    r = rnd.random()
    spots = [i for i, ch in enumerate(word) if ch in _FIGURE]
    if any(ch.isdigit() for ch in word):
        if spots and r < FIGURE_RATE:
            i = spots[rnd.randrange(len(spots))]
            return word[:i] + _FIGURE[word[i]] + word[i + 1:]
        return word
    if "m" in word and r < M_RATE:
        return word.replace("m", "rn", 1)
    return word


def _layer(printed: Path, info: dict) -> io.BytesIO:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(printed))
    buf = io.BytesIO()
    canv = Canvas(buf, invariant=1, pageCompression=1)
    rnd = random.Random(SEED)
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            canv.setPageSize((page.get_width(), page.get_height()))
            words = _reading_order(_words(page))
            page.close()
            sx, sy = rnd.uniform(*SHIFT), -rnd.uniform(*SHIFT)
            for k, w in enumerate(words):
                dx, dy = rnd.uniform(-JITTER, JITTER), rnd.uniform(-JITTER, JITTER)
                text = _misread(w.text, rnd)
                size = round(w.top - w.bottom, 2)
                if size <= 0:
                    continue
                natural = stringWidth(text, FONT, size)
                box = w.x1 - w.x0
                scale = 100.0 * box / natural if natural > 0 and box > 0 else 100.0
                last = k + 1 == len(words) or abs(words[k + 1].base - w.base) > (w.top - w.bottom) / 3
                t = canv.beginText()
                t.setTextRenderMode(3)
                t.setFont(FONT, size)
                t.setHorizScale(round(scale, 3))
                t.setTextOrigin(round(w.x0 + sx + dx, 3), round(w.base + sy + dy, 3))
                t.textOut(text if last else text + " ")
                canv.drawText(t)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()
    buf.seek(0)
    return buf


def _add_layer(printed: Path, out: Path, info: dict) -> None:
    import pymupdf

    layer = pymupdf.open("pdf", _layer(printed, info).getvalue())
    doc = pymupdf.open(str(printed))
    for n, page in enumerate(doc):
        page.show_pdf_page(page.rect, layer, n, overlay=True)
    doc.set_metadata({"title": info["title"], "author": info["author"], "subject": info["subject"],
                      "creator": info["creator"], "producer": "OCR text layer (render mode 3)"})
    doc.save(str(out), garbage=3, deflate=True)
    doc.close()
    layer.close()
