"""One more house style for the layout zoo (see zoo.py), held out: a slide deck printed as
PowerPoint's "Hand-outs, 3 slides per page" to PDF.

- handout3: the dossier is first made as SLIDES, the zoo's "slides" deck (zoo_forms.py:
          16:9, 842 x 474 pt; a contents slide, then each project's title slide-title,
          its fields in boxes and each table on a slide of its own, "<title> (vervolg)" on
          a project's later slides, "<n> / <total>" in the slide's bottom right corner).
          The deck is then IMPOSED: A4 portrait pages, margins 1.5 cm; the header
          "Regio Deal <Name> – projecten" in 9pt at the top left and the print date
          "12-3-2024" in 9pt at the top right; the page number "<n>" centred in 9pt at the
          foot. Three slides per page, slide k of the deck on page (k + 2) // 3, stacked top
          to bottom, each centred in its third of the room between header and footer,
          scaled to 9 cm wide (16:9 kept: 9 x 5.07 cm, scale 0.303, so the slides' 11pt
          body reads as about 3.3pt and their 20pt titles as about 6pt), left-aligned at the
          left margin and framed by a thin 0.5pt grey (#808080) border drawn over its edge.
          To the right of each slide, from 1 cm beside it to the right margin, eight
          horizontal note lines in 0.5pt grey, evenly spaced over the slide's height (the
          last at its foot). A last page with fewer than three slides leaves the rest blank.
          Made as the printer driver does: the deck is laid out first, then imposed (pypdf,
          each slide drawn under a scale transform, so its text stays text; the header,
          footer, borders and note lines as vector content over it).

The deck prints every table cell as transcribed: the truth record is the plain one. Its
pages are the A4 hand-out pages: a project's first page holds its first slide (its title
drawn), its last page its last slide (its last text, cell or note drawn).
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import dossier_name, font_for, meta, register_fonts
from .zoo_forms import render_slides

PAGE_W, PAGE_H = A4
MARGIN = 1.5 * cm
PER_PAGE = 3
SLIDE_W = 9 * cm                       # each slide's printed width; its height keeps 16:9
NOTE_GAP = 1 * cm                      # from the slide's right edge to the note lines
NOTE_LINES = 8
GREY = colors.HexColor("#808080")
LINE_WIDTH = 0.5
FONT, SIZE = "Helvetica", 9
PRINT_DATE = "12-3-2024"
HEADER_BASE = PAGE_H - MARGIN - SIZE   # header baseline: its cap height inside the margin
FOOTER_BASE = MARGIN                   # footer baseline on the bottom margin
ROOM_TOP = HEADER_BASE - 10            # the slides' room between header and footer
ROOM_BOTTOM = FOOTER_BASE + SIZE + 6


def _page(slide: int) -> int:
    """The hand-out page holding (1-based) slide `slide`."""
    return (slide + PER_PAGE - 1) // PER_PAGE


def _slot(k: int, slide_h: float) -> float:
    """Bottom of the k-th (0-based) slide of a page: centred in its third of the room."""
    third = (ROOM_TOP - ROOM_BOTTOM) / PER_PAGE
    return ROOM_TOP - (k + 1) * third + (third - slide_h) / 2


def _overlay(pages: int, slide_h: float, counts: list[int], header: str) -> PdfReader:
    """Header, date, page number, slide borders and note lines, one page per hand-out page."""
    buffer = BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    for n in range(1, pages + 1):
        canv.setFillColor(colors.black)
        canv.setFont(font_for(header, FONT), SIZE)
        canv.drawString(MARGIN, HEADER_BASE, header)
        canv.setFont(FONT, SIZE)
        canv.drawRightString(PAGE_W - MARGIN, HEADER_BASE, PRINT_DATE)
        canv.drawCentredString(PAGE_W / 2, FOOTER_BASE, str(n))
        canv.setStrokeColor(GREY)
        canv.setLineWidth(LINE_WIDTH)
        x0, x1 = MARGIN + SLIDE_W + NOTE_GAP, PAGE_W - MARGIN
        for k in range(counts[n - 1]):
            y = _slot(k, slide_h)
            canv.rect(MARGIN, y, SLIDE_W, slide_h, stroke=1, fill=0)
            for i in range(1, NOTE_LINES + 1):  # evenly over the slide's height
                ly = y + slide_h - i * slide_h / NOTE_LINES
                canv.line(x0, ly, x1, ly)
        canv.showPage()
    canv.save()
    return PdfReader(BytesIO(buffer.getvalue()))


def _impose(deck: Path, pdf_path, header: str, info: dict) -> int:
    slides = list(PdfReader(str(deck)).pages)
    writer = PdfWriter()
    slide_h = 0.0
    counts = []
    for start in range(0, len(slides), PER_PAGE):
        sheet = writer.add_blank_page(PAGE_W, PAGE_H)
        group = slides[start:start + PER_PAGE]
        for k, slide in enumerate(group):
            box = slide.mediabox
            w, h = float(box.width), float(box.height)
            scale = SLIDE_W / w
            slide_h = h * scale
            ctm = (Transformation().translate(-float(box.left), -float(box.bottom))
                   .scale(scale, scale).translate(MARGIN, _slot(k, slide_h)))
            sheet.merge_transformed_page(slide, ctm)
        counts.append(len(group))
    for sheet, over in zip(writer.pages, _overlay(len(counts), slide_h, counts, header).pages):
        sheet.merge_page(over)
    writer.add_metadata({f"/{k.capitalize()}": v for k, v in info.items()})
    with open(pdf_path, "wb") as f:
        writer.write(f)
    return len(counts)


def render_handout3(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    header = f"Regio Deal {dossier_name(dossier)} – projecten".replace("  ", " ")
    with tempfile.TemporaryDirectory() as tmp:
        deck = Path(tmp) / "slides.pdf"
        record = render_slides(dossier, deck)  # slide numbers, as drawn on the deck
        pages = _impose(deck, pdf_path, header, meta(dossier, "handout3"))
    record["style"] = "handout3"
    record["pages"] = pages
    for pr in record["projects"]:
        pr["first_page"], pr["last_page"] = (_page(pr[k]) if pr[k] else pr[k]
                                             for k in ("first_page", "last_page"))
    return record
