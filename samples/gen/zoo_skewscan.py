"""One more house style for the layout zoo (see zoo.py), held out: a dossier printed,
scanned SLIGHTLY CROOKED and run through OCR without deskewing (as ocrmypdf makes it
without --deskew).

- skewscan: the "report" rendering (its pages unchanged), each page now a raster image of
          itself turned by a small angle, with an INVISIBLE text layer whose words follow
          that tilt.
          The angle: per page, from random.Random(11), between 0.4 and 1.0 degrees,
          clockwise or anticlockwise, about the page centre.
          The image: the report page rasterised by pdfium at 150 dpi in greyscale, turned
          by the page's angle about its centre (Pillow, bicubic; the corners the turn
          uncovers white), stored as a JPEG (quality 75) and drawn as the full-page image
          of a new page of the same size. Nothing else visible is drawn.
          The text layer: the words of the report page as ocrlayer gets them (pdfium's
          characters grouped into words at spaces and line ends, in OCR's reading order of
          the upright page: lines from the top down, each left to right). Each word is its
          own text object (BT ... ET) in text render mode 3 (invisible), Helvetica (DejaVu
          Sans for characters WinAnsi lacks), never bold; its font size is its box height,
          and it is scaled horizontally (Tz) to the width of its ink box. No space
          characters are drawn. Its anchor, the word box's left ink edge on its baseline,
          jittered by up to +-0.3pt in x and y (random.Random(7), ocrlayer's seed), is
          turned about the page centre by the page's angle, and the word is drawn there
          with a text matrix rotated by the same angle, so the word itself is tilted.

The truth record is the report's: same pages, same projects, same cells (the text layer
holds the same characters; no "raw").
"""

from __future__ import annotations

import io
import math
import random
from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import font_for
from .zoo_ocrlayer import DPI, FONT, QUALITY, _reading_order, _Word, _words, rescanned
from .zoo_ocrlayer import SEED as JITTER_SEED

ANGLE_SEED = 11
ANGLE_MIN, ANGLE_MAX = 0.4, 1.0   # degrees, either way
JITTER = 0.3                      # OCR word boxes are off by up to this much, pt


def render_skewscan(dossier: source.Dossier, pdf_path) -> dict:
    return rescanned(dossier, pdf_path, "skewscan", _scan)


def _scan(printed: Path, out: Path, info: dict) -> None:
    pdf = pdfium.PdfDocument(str(printed))
    canv = Canvas(str(out), invariant=1, pageCompression=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])
    # Two streams, so the angles do not depend on how many words a page holds.
    angles, jitter = random.Random(ANGLE_SEED), random.Random(JITTER_SEED)
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            width, height = page.get_width(), page.get_height()
            angle = angles.uniform(ANGLE_MIN, ANGLE_MAX) * angles.choice((-1, 1))
            canv.setPageSize((width, height))
            canv.drawImage(ImageReader(_raster(page, angle)), 0, 0, width, height)
            words = _reading_order(_words(page))
            page.close()
            _text_layer(canv, words, width, height, angle, jitter)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()


def _raster(page, angle: float) -> io.BytesIO:
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    img = bitmap.to_pil().convert("L")
    bitmap.close()
    # Pillow turns anticlockwise for a positive angle, as PDF's rotation does (the image
    # is stretched over the page, so its centre is the page centre).
    img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=QUALITY, optimize=True)
    buf.seek(0)
    return buf


def _text_layer(canv, words: list[_Word], width: float, height: float, angle: float,
                rnd: random.Random) -> None:
    cx, cy = width / 2, height / 2
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
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
        x, y = w.x0 + dx - cx, w.base + dy - cy
        x, y = cx + x * cos - y * sin, cy + x * sin + y * cos
        text = canv.beginText()
        text.setTextRenderMode(3)
        text.setFont(font, size)
        text.setHorizScale(round(scale, 3))
        # The rotated text matrix tilts the word itself, its baseline along the scan's.
        text.setTextTransform(round(cos, 6), round(sin, 6), round(-sin, 6), round(cos, 6),
                              round(x, 3), round(y, 3))
        text.textOut(w.text)
        canv.drawText(text)
