"""One more house style for the layout zoo (see zoo.py), held out: a dossier that was
printed, signed, scanned and run through OCR (as ocrmypdf/Tesseract make it).

- ocrlayer: the "report" rendering (its pages unchanged), each page now a raster image of
          itself with an INVISIBLE text layer over it, one positioned word at a time.
          The image: the report page rasterised by pdfium at 150 dpi in greyscale, stored
          as a JPEG (quality 75) and drawn as the full-page image of a new page of the same
          size. Nothing else visible is drawn: no vector rules, fills or visible text (the
          rules of the tables exist only in the image).
          The text layer: the words of the report page (pdfium's characters grouped into
          words at spaces and line ends), in reading order as OCR reads it: line by line
          from the top of the page down, each line left to right. Each word is its own text
          object (BT ... ET) in text render mode 3 (invisible), in Helvetica (Tesseract's
          GlyphLessFont stands in any font; DejaVu Sans for a word with characters
          Helvetica's WinAnsi encoding lacks, so the layer holds the page's characters),
          never bold. A word sits at its left ink edge on its baseline; its font size is
          its box height (pdfium's loose character box), and it is scaled horizontally
          (Tz) so that it spans exactly the width of its ink box. No space characters are
          drawn: the gaps between words exist only as positions. Every word's x and
          baseline are jittered by up to +-0.4pt (random.Random(7)), as OCR word boxes are.

The truth record is the report's: same pages, same projects, same cells (the text layer
holds the same characters; no "raw").
"""

from __future__ import annotations

import ctypes
import io
import math
import random
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import font_for, meta, register_fonts

BASE = "report"   # the zoo style that is printed, scanned and OCRed
DPI = 150
QUALITY = 75
JITTER = 0.4      # OCR word boxes are off by up to this much, pt (x and baseline)
SEED = 7
FONT = "Helvetica"
_SOFT_HYPHEN = {"\x02": "-", "\ufffe": "-"}


def render_ocrlayer(dossier: source.Dossier, pdf_path) -> dict:
    return rescanned(dossier, pdf_path, "ocrlayer", _ocr)


def rescanned(dossier: source.Dossier, pdf_path, style: str, scan: Callable[[Path, Path, dict], None]) -> dict:
    """The base rendering printed to a temporary file and scanned into ``pdf_path`` by
    ``scan`` (printed, out, document info); the base's truth, named ``style``."""
    from .zoo import STYLES  # zoo.py imports this module at its end

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"printed-{BASE}.pdf"
        truth = STYLES[BASE](dossier, printed)
        a85, rl_config.useA85 = rl_config.useA85, 0  # binary streams: the JPEGs as they are
        try:
            scan(printed, Path(pdf_path), meta(dossier, style))
        finally:
            rl_config.useA85 = a85
    truth["style"] = style
    return truth


def _ocr(printed: Path, out: Path, info: dict) -> None:
    pdf = pdfium.PdfDocument(str(printed))
    canv = Canvas(str(out), invariant=1, pageCompression=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])
    rnd = random.Random(SEED)
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            width, height = page.get_width(), page.get_height()
            canv.setPageSize((width, height))
            canv.drawImage(ImageReader(_raster(page)), 0, 0, width, height)
            words = _reading_order(_words(page))
            page.close()
            _text_layer(canv, words, rnd)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()


def _raster(page) -> io.BytesIO:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    img = bitmap.to_pil().convert("L")
    bitmap.close()
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=QUALITY, optimize=True)
    buf.seek(0)
    return buf


class _Word:
    __slots__ = ("text", "x0", "x1", "top", "bottom", "base")

    def __init__(self, base: float):
        self.text = ""
        self.x0, self.x1 = math.inf, -math.inf
        self.top, self.bottom = -math.inf, math.inf  # the loose box's vertical extent
        self.base = base


def _words(page) -> list[_Word]:
    """The page's words in pdfium's (reading) order: a word ends at a space or a line end,
    and where the next character starts a new line without one (a baseline jump, a step
    back, or a gap wider than a space)."""
    tp = page.get_textpage()
    out: list[_Word] = []
    cur: _Word | None = None
    prev = None  # (baseline, right edge, font size) of the last character
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    try:
        for i in range(tp.count_chars()):
            ch = chr(pdfium_c.FPDFText_GetUnicode(tp, i))
            ch = _SOFT_HYPHEN.get(ch, ch)  # pdfium's mark for a "-" printed at a line end
            if ch.isspace() or ord(ch) < 0x20 or ch in "\ufffe\uffff":
                cur, prev = None, None
                continue
            size = pdfium_c.FPDFText_GetFontSize(tp, i)
            pdfium_c.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
            pdfium_c.FPDFText_GetLooseCharBox(tp, i, rect)
            pdfium_c.FPDFText_GetCharOrigin(tp, i, ox, oy)
            if cur is not None and prev is not None and (
                    abs(oy.value - prev[0]) > 0.5
                    or ox.value < prev[1] - 1 or ox.value > prev[1] + 0.25 * max(size, prev[2])):
                cur = None
            if cur is None:
                cur = _Word(oy.value)
                out.append(cur)
            cur.text += ch
            if right.value > left.value:  # a glyph with ink
                cur.x0, cur.x1 = min(cur.x0, left.value), max(cur.x1, right.value)
            else:
                cur.x0, cur.x1 = min(cur.x0, ox.value), max(cur.x1, ox.value)
            cur.top, cur.bottom = max(cur.top, rect.top), min(cur.bottom, rect.bottom)
            prev = (oy.value, max(right.value, rect.right), size)
    finally:
        tp.close()
    return [w for w in out if w.text]


def _reading_order(words: list[_Word]) -> list[_Word]:
    """OCR's order: lines from the top of the page down (a word within a third of its
    height of a line's baseline is on that line), each line left to right. The report
    draws its running footer before the body; OCR reads it last."""
    lines: list[list[_Word]] = []
    for w in sorted(words, key=lambda w: -w.base):
        if lines and abs(lines[-1][0].base - w.base) <= (w.top - w.bottom) / 3:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [w for line in lines for w in sorted(line, key=lambda w: w.x0)]


def _text_layer(canv, words: list[_Word], rnd: random.Random) -> None:
    for w in words:
        # Draw the jitter for every word, so a skipped word does not shift the rest.
        dx, dy = rnd.uniform(-JITTER, JITTER), rnd.uniform(-JITTER, JITTER)
        size = round(w.top - w.bottom, 2)
        if size <= 0:
            continue
        font = font_for(w.text, FONT)
        natural = stringWidth(w.text, font, size)
        box = w.x1 - w.x0
        scale = 100.0 * box / natural if natural > 0 and box > 0 else 100.0
        text = canv.beginText()
        text.setTextRenderMode(3)
        text.setFont(font, size)
        text.setHorizScale(round(scale, 3))
        text.setTextOrigin(round(w.x0 + dx, 3), round(w.base + dy, 3))
        text.textOut(w.text)
        canv.drawText(text)
