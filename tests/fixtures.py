"""Small PDFs made on the fly for the tests."""

from __future__ import annotations

import io
from pathlib import Path


def text_pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        c.drawString(72, y, line)
        y -= 16
    c.showPage()
    c.save()
    return path


def a4_canvas(path: Path, landscape: bool = False):
    """A reportlab canvas on an A4 page (turned with ``landscape``), and the page's height."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    size = (A4[1], A4[0]) if landscape else A4
    return canvas.Canvas(str(path), pagesize=size, invariant=1), size[1]


def drawn_pdf(path: Path, pages: list[list[tuple]]) -> Path:
    """A4 pages of runs of text, each (x, y from the top, text, size[, font[, colour]]),
    Helvetica in black unless it says otherwise."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for runs in pages:
        for x, y, text, size, *style in runs:
            font, colour = (style + ["Helvetica", (0, 0, 0)][len(style):])[:2]
            c.setFillColorRGB(*colour)
            c.setFont(font, size)
            c.drawString(x, A4[1] - y, text)
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """A page that is only a picture of text, as a scanner makes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    image = Image.new("L", (600, 200), 255)
    ImageDraw.Draw(image).text((20, 80), "Opgaven/Investeringen Totaal 1.650.000", fill=0)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    buffer.seek(0)
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    c.drawImage(ImageReader(buffer), 50, 500, width=500, height=166)
    c.showPage()
    c.save()
    return path


def encrypted_copy(source: Path, path: Path, password: str) -> Path:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(source))
    writer.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    with open(path, "wb") as fh:
        writer.write(fh)
    return path
