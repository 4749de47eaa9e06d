"""One more house style for the layout zoo (see zoo.py): a paper dossier that was printed,
scanned and run through OCR (the output of ocrmypdf/Tesseract/ABBYY).

- scan: the "report" rendering, printed and scanned. Every page is one full-page raster
        image and nothing else is drawn: no vector rules, fills or visible text. The image
        is the report page rasterised at 150 dpi in greyscale, turned by a tiny angle
        (0.2-0.4 degrees either way, about the page centre, fixed per page from a seed),
        softened a little (a 0.6 px Gaussian blur), the paper a slight grey (white prints
        as about 93 %), the ink a little lighter than black, light Gaussian noise over all
        of it (3 grey levels), stored as a JPEG at quality 60.
        Over the image an invisible OCR text layer (text render mode 3): every word of
        the report page is its own text object (BT ... ET), in one regular font for all
        (Helvetica; DejaVu Sans for a word with characters Helvetica's WinAnsi encoding
        lacks), never bold. A word is a run of characters between spaces or line ends; a
        superscript footnote mark attached to a word (a smaller size or a raised
        baseline) is a word of its own (the report sets its marks as plain characters, so
        the marks stay in their words; a footnote's own mark is a word before its text). Each word's font size is
        the height of its box (pdfium's loose character box: the source size for the
        DejaVu text, about 1.17 times it for the Helvetica headings and labels), and it
        is scaled horizontally (Tz) so that its width is exactly the width of the word's
        ink box. Its position is the source word's left ink edge on the source baseline,
        jittered up or down by up to 0.6 pt, then turned about the page centre by the
        page's scan angle (the words themselves stay upright). Page ranges (the truth
        record) are the report's.
"""

from __future__ import annotations

import ctypes
import io
import math
import random
import tempfile
import zlib
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import dossier_name, font_for, meta, register_fonts

BASE = "report"          # the zoo style that is printed and scanned
DPI = 150
QUALITY = 60
PAPER = 237              # white paper as scanned (of 255)
INK = 24                 # black ink as scanned
NOISE = 3.0              # standard deviation of the grain, in grey levels
BLUR = 0.6               # the scanner's softness: Gaussian radius in pixels
JITTER = 0.6             # baseline jitter of the OCR words, pt
FONT = "Helvetica"
_SOFT_HYPHEN = {"\x02": "-", "\ufffe": "-"}


def render_scan(dossier: source.Dossier, pdf_path) -> dict:
    from .zoo import STYLES  # zoo.py imports this module at its end

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"printed-{BASE}.pdf"
        truth = STYLES[BASE](dossier, printed)
        seed = zlib.crc32(f"scan:{dossier_name(dossier)}".encode())
        _scan(printed, Path(pdf_path), seed, meta(dossier, "scan"))
    truth["style"] = "scan"
    return truth


def _scan(printed: Path, out: Path, seed: int, info: dict) -> None:
    a85, rl_config.useA85 = rl_config.useA85, 0  # binary streams: the JPEGs as they are
    try:
        _scan_pages(printed, out, seed, info)
    finally:
        rl_config.useA85 = a85


def _scan_pages(printed: Path, out: Path, seed: int, info: dict) -> None:
    pdf = pdfium.PdfDocument(str(printed))
    canv = Canvas(str(out), invariant=1, pageCompression=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            width, height = page.get_width(), page.get_height()
            rnd = random.Random(seed * 1009 + n)
            angle = rnd.uniform(0.2, 0.4) * rnd.choice((-1, 1))
            canv.setPageSize((width, height))
            image = _scanned_image(page, angle, np.random.default_rng(seed * 1013 + n))
            canv.drawImage(ImageReader(image), 0, 0, width, height)
            words = _words(page)
            page.close()
            _ocr_layer(canv, words, width, height, angle, rnd)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()


def _scanned_image(page, angle: float, rng) -> io.BytesIO:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    img = bitmap.to_pil().convert("L")
    bitmap.close()
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(BLUR))
    a = np.asarray(img, dtype=np.float32)
    a = INK + a * ((PAPER - INK) / 255.0)
    a += rng.normal(0.0, NOISE, a.shape).astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=QUALITY, optimize=True)
    buf.seek(0)
    return buf


class _Word:
    __slots__ = ("text", "x0", "x1", "y0", "y1", "base", "height")

    def __init__(self):
        self.text = ""
        self.x0 = self.y0 = math.inf
        self.x1 = self.y1 = -math.inf
        self.base = None
        self.height = 0.0


def _words(page) -> list[_Word]:
    """The page's words with their ink boxes, baselines and box heights, from pdfium's
    characters: a word ends at a space or line end, and where the size or baseline
    jumps (a superscript mark after a word)."""
    tp = page.get_textpage()
    out: list[_Word] = []
    cur: _Word | None = None
    prev = None  # (font size, baseline, right edge) of the last character
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    try:
        for i in range(tp.count_chars()):
            ch = chr(pdfium_c.FPDFText_GetUnicode(tp, i))
            ch = _SOFT_HYPHEN.get(ch, ch)  # pdfium's mark for the "-" printed at a line end
            if ch.isspace() or ord(ch) < 0x20 or ch in "\ufffe\uffff":
                cur, prev = None, None
                continue
            size = pdfium_c.FPDFText_GetFontSize(tp, i)
            pdfium_c.FPDFText_GetCharBox(tp, i, left, right, bottom, top)
            pdfium_c.FPDFText_GetLooseCharBox(tp, i, rect)
            pdfium_c.FPDFText_GetCharOrigin(tp, i, ox, oy)
            if cur is not None and prev is not None and (
                    abs(size - prev[0]) > 0.1 * max(size, prev[0])
                    or abs(oy.value - prev[1]) > 0.5
                    or ox.value < prev[2] - 1 or ox.value > prev[2] + 0.3 * size):
                cur = None
            if cur is None:
                cur = _Word()
                cur.base = oy.value
                out.append(cur)
            cur.text += ch
            if right.value > left.value:  # a glyph with ink
                cur.x0, cur.x1 = min(cur.x0, left.value), max(cur.x1, right.value)
                cur.y0, cur.y1 = min(cur.y0, bottom.value), max(cur.y1, top.value)
            else:
                cur.x0, cur.x1 = min(cur.x0, ox.value), max(cur.x1, ox.value)
            cur.height = max(cur.height, rect.top - rect.bottom)
            prev = (size, oy.value, max(right.value, rect.right))
    finally:
        tp.close()
    return [w for w in out if w.text]


def _ocr_layer(canv, words: list[_Word], width: float, height: float, angle: float,
               rnd: random.Random) -> None:
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    for w in words:
        font = font_for(w.text, FONT)
        size = round(w.height, 2)
        if size <= 0:
            continue
        natural = stringWidth(w.text, font, size)
        box = w.x1 - w.x0
        scale = 100.0 * box / natural if natural > 0 and box > 0 else 100.0
        x, y = w.x0, w.base + rnd.uniform(-JITTER, JITTER)
        x, y = cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos
        text = canv.beginText()
        text.setTextRenderMode(3)
        text.setFont(font, size)
        text.setHorizScale(round(scale, 3))
        text.setTextOrigin(round(x, 3), round(y, 3))
        text.textOut(w.text)
        canv.drawText(text)
