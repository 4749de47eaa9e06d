"""One more house style for the layout zoo (see zoo.py): a Word report printed "2 pages per
sheet" to PDF (held out: scored before the reader knew of it).

- handout: what an official gets when printing the Word report with the print dialog set
           to "2 pages per sheet" and "Print to PDF". The "report" rendering (A4 portrait,
           its running header and "Pagina N van M" as they were) is imposed 2-up: every
           output page is an A4 landscape sheet (841.89 x 595.28 pt) cut into two
           148.5 x 210 mm cells; sheet k holds report pages 2k-1 (left cell) and 2k (right
           cell), so report page b is on sheet (b + 1) // 2, and a report with an odd
           number of pages leaves the last sheet's right cell empty. Each page is scaled
           uniformly to fit its cell less 3 mm on every side (6 mm between the two pages at
           the fold): 0.679, about 68 % (its own text, 9.2pt body, reads as about 6.2pt),
           centred in its cell, and framed by a thin 0.5pt grey (#808080) rectangle drawn
           over its edge, as print drivers do. Nothing else is on the sheet: no sheet
           header, no sheet number. Made as the driver does: the report is laid out first,
           then imposed (pypdf, the pages as scaled Form XObjects, the frames as vector
           rectangles); the truth gives the sheet numbers.
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import meta

BASE = "report"                        # the zoo style that is printed 2-up
SHEET_W, SHEET_H = landscape(A4)       # 841.89 x 595.28 pt
CELL_W, CELL_H = SHEET_W / 2, SHEET_H  # 148.5 x 210 mm
GAP = 3 * mm                           # free space on every side of a page in its cell
FRAME = colors.HexColor("#808080")
FRAME_WIDTH = 0.5


def _placement(width: float, height: float, cell: int) -> tuple[float, float, float]:
    """Scale and lower-left corner of a width x height page centred in cell 0 or 1."""
    scale = min((CELL_W - 2 * GAP) / width, (CELL_H - 2 * GAP) / height)
    x = cell * CELL_W + (CELL_W - width * scale) / 2
    y = (CELL_H - height * scale) / 2
    return scale, x, y


def _sheet(page: int) -> int:
    return (page + 1) // 2


def _frames(boxes: list[list[tuple[float, float, float, float]]]) -> PdfReader:
    """One landscape page per sheet with a thin grey rectangle around each placed page."""
    buffer = BytesIO()
    canv = Canvas(buffer, pagesize=(SHEET_W, SHEET_H), invariant=1, pageCompression=1)
    for sheet in boxes:
        canv.setStrokeColor(FRAME)
        canv.setLineWidth(FRAME_WIDTH)
        for x, y, w, h in sheet:
            canv.rect(x, y, w, h, stroke=1, fill=0)
        canv.showPage()
    canv.save()
    return PdfReader(BytesIO(buffer.getvalue()))


def _impose(printed: Path, pdf_path, info: dict) -> None:
    reader = PdfReader(str(printed))
    pages = list(reader.pages)
    writer = PdfWriter()
    boxes = []
    for s in range(_sheet(len(pages))):
        sheet = writer.add_blank_page(SHEET_W, SHEET_H)
        placed = []
        for cell, b in enumerate((2 * s, 2 * s + 1)):
            if b >= len(pages):
                continue
            page = pages[b]
            box = page.mediabox
            w, h = float(box.width), float(box.height)
            scale, x, y = _placement(w, h, cell)
            ctm = (Transformation().translate(-float(box.left), -float(box.bottom))
                   .scale(scale, scale).translate(x, y))
            sheet.merge_transformed_page(page, ctm)
            placed.append((x, y, w * scale, h * scale))
        boxes.append(placed)
    frames = _frames(boxes)
    for sheet, frame in zip(writer.pages, frames.pages):
        sheet.merge_page(frame)
    writer.add_metadata({f"/{k.capitalize()}": v for k, v in info.items()})
    with open(pdf_path, "wb") as f:
        writer.write(f)


def render_handout(dossier: source.Dossier, pdf_path) -> dict:
    from .zoo import STYLES  # zoo.py imports this module at its end

    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"printed-{BASE}.pdf"
        record = STYLES[BASE](dossier, printed)
        _impose(printed, pdf_path, meta(dossier, "handout"))
    record["style"] = "handout"
    record["pages"] = _sheet(record["pages"])
    for pr in record["projects"]:
        pr["first_page"], pr["last_page"] = (_sheet(pr[k]) if pr[k] else pr[k]
                                             for k in ("first_page", "last_page"))
    return record
