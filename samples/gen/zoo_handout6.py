"""One more house style for the layout zoo (see zoo.py), held out: a steering-group SLIDE DECK
printed as PowerPoint's "Handouts, 6 slides per page" (File > Print > "6 Slides Horizontal")
to PDF: six small framed slides on every A4 sheet, read ACROSS the two columns, row by row.

- handout6: THE DECK (16:9, 960 x 540 pt, PowerPoint's widescreen; in slide units):
          white slides, a 6pt accent bar (#2E75B6) along the top edge, Helvetica (DejaVu
          Sans for a paragraph holding a character it lacks). Every slide but a title slide
          has a FOOTER: the project's title at the bottom left and the slide number at the
          bottom right, 10pt grey, 20pt over the foot. Per project:
          a TITLE SLIDE: filled dark blue (#1F3864), the theme in 18pt light blue capitals,
          the project's title in 40pt bold white (wrapped), under a 2pt white rule "Regio Deal
          <Name> | stuurgroep 14 maart 2019" in 16pt white;
          FIELD SLIDES, one field after the other, each field on slides of its own: the
          field's LABEL AS THE SLIDE TITLE (30pt bold, #1F3864, 48pt from the left, its
          baseline 70pt under the top), the field's paragraphs under it in 16pt on 20pt,
          8pt after a paragraph, ragged right, in a body frame from 48pt to 912pt across and
          from 100pt under the top to 60pt over the foot (a list item hangs on its marker);
          a field that does not fit goes on on the next slide under "<label> (vervolg)",
          a paragraph split between the two; a table inside a field stays in the field's
          flow (the table style below, at 14pt), may start a next slide;
          the FUNDING TABLE (a table that is a row of the project) on a slide of its own
          under the slide title "Begroting": across the body frame in the largest of 16,
          15, ... 10pt at which it fits; the table's label in the top-left header cell, the
          header on a mid-blue fill (#4472C4) in white bold (value headers right-aligned, a
          group header centred over its members), body rows banded (#DAE3F3 / white), 0.5pt
          white lines between cells, amounts right-aligned as transcribed, the Totaal row
          bold over a 1.5pt dark blue rule; the table's footnotes under it at 75 % size;
          the project's notes (footnotes) at the end of its last field's flow, 12pt.
          THE HANDOUT (A4 portrait, the handout master): the header "Regio Deal <Name> –
          stuurgroep" at the top left and the date "14-3-2019" at the top right, 9pt
          Helvetica black, 0.9 cm under the top edge; the footer "Programmabureau Regio
          Deal <Name>" at the bottom left and the page number "<n>" at the bottom right, 9pt,
          0.9 cm over the foot. SIX SLIDES to a page in a 2 x 3 GRID: each slide scaled to
          8.4 cm wide (scale 0.248; 4.73 cm high; its 16pt body reads as 4pt), the left
          column 1.6 cm from the left edge, the right one 1.0 cm beside it; the three rows
          centred each in a third of the room from 2.2 cm under the top to 2.2 cm over the
          foot; each slide framed by a 0.5pt black line. READING ORDER ROW BY ROW: slide k of
          the deck is on page (k + 5) // 6, in row ((k - 1) % 6) // 2 and in the LEFT column
          for odd k, the RIGHT for even k (PowerPoint's "horizontal" order). Projects do not
          start a new page: the deck runs on, so a page may hold the end of one project and
          the start of the next. Imposed as a printer driver does (pypdf; each slide drawn
          under a scale transform, so its text stays text; frames, header and footer as
          vector content over it).

Every cell prints as transcribed: the truth record is the plain one (no "raw"). A project runs
from the page of its title slide to the page of its last slide.
"""

from __future__ import annotations

import tempfile
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_canvas import _flow_into
from .zoo_common import dossier_name, field_para, font_for, meta, para, register_fonts

SW, SH = 960.0, 540.0
BLUE = colors.HexColor("#2E75B6")
DARK = colors.HexColor("#1F3864")
MID = colors.HexColor("#4472C4")
BAND = colors.HexColor("#DAE3F3")
LIGHT = colors.HexColor("#9DC3E6")
INK = colors.HexColor("#262626")
GREY = colors.HexColor("#7F7F7F")
DATE = "14 maart 2019"
BODY_X, BODY_W = 48.0, 864.0
BODY_TOP, BODY_BOTTOM = SH - 100.0, 60.0

PAGE_W, PAGE_H = A4
SLIDE_PW = 8.4 * cm
SCALE = SLIDE_PW / SW
SLIDE_PH = SH * SCALE
LEFT_X = 1.6 * cm
GAP_X = 1.0 * cm
ROOM_TOP = PAGE_H - 2.2 * cm
ROOM_BOTTOM = 2.2 * cm
HF_SIZE = 9
PRINT_DATE = "14-3-2019"


def _st(name, size, font="Helvetica", lead=None, **kw):
    return ParagraphStyle(f"h6-{name}-{size}", fontName=font, fontSize=size,
                          leading=lead or round(size * 1.25, 2), textColor=kw.pop("textColor", INK), **kw)


BODY = _st("body", 16, lead=20, spaceAfter=8)
ITEM = _st("item", 16, lead=20, spaceAfter=8, leftIndent=22, bulletIndent=0, bulletFontSize=16)
NOTE = _st("note", 12, lead=15, spaceAfter=3, leftIndent=12, firstLineIndent=-12)
NOTE_MORE = _st("notem", 12, lead=15, spaceAfter=3, leftIndent=12)


def _tstyles(size: float) -> dict:
    lead = round(size * 1.2, 2)
    return {
        "tlabel": _st("tl", size, "Helvetica-Bold", lead, textColor=colors.white),
        "thead": _st("th", size, "Helvetica-Bold", lead, textColor=colors.white, alignment=TA_RIGHT),
        "tgroup": _st("tg", size, "Helvetica-Bold", lead, textColor=colors.white, alignment=TA_CENTER),
        "tbody": _st("tb", size, "Helvetica", lead),
        "tbody_b": _st("tbb", size, "Helvetica-Bold", lead),
        "tamount": _st("ta", size, "Helvetica", lead, alignment=TA_RIGHT),
        "tamount_b": _st("tab", size, "Helvetica-Bold", lead, alignment=TA_RIGHT),
        "tfoot": _st("tf", round(size * 0.75, 2), "Helvetica", spaceBefore=4),
    }


def _table(t: source.Table, size: float, rec) -> list:
    st = _tstyles(size)
    pad = size * 0.35
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, BODY_W, st, pad)
    widths[0] -= sum(widths) - BODY_W
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("BACKGROUND", (0, 0), (-1, lines - 1), MID),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, colors.white)]
    for r in range(lines, len(rows)):
        if (r - lines) % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.5, DARK))
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    return out + [para(f, st["tfoot"], rec) for f in t.footnotes]


def _height(flow, width):
    h = 0.0
    for k, f in enumerate(flow):
        if k:
            h += f.getSpaceBefore()
        h += f.wrap(width, 1e6)[1] + f.getSpaceAfter()
    return h


class _Deck:
    def __init__(self, path, name):
        self.canv = Canvas(str(path), pagesize=(SW, SH), invariant=1, pageCompression=1)
        self.name = name
        self.n = 0
        self.owner: dict[int, int] = {}     # slide -> project

    def _open(self, p):
        self.n += 1
        self.owner[self.n] = p
        c = self.canv
        c.setFillColor(BLUE)
        c.rect(0, SH - 6, SW, 6, stroke=0, fill=1)

    def _foot(self, title):
        c = self.canv
        c.setFillColor(GREY)
        c.setFont(font_for(title, "Helvetica"), 10)
        c.drawString(BODY_X, 20, title)
        c.setFont("Helvetica", 10)
        c.drawRightString(SW - BODY_X, 20, str(self.n))

    def title_slide(self, p, pr):
        c = self.canv
        self.n += 1
        self.owner[self.n] = p
        c.setFillColor(DARK)
        c.rect(0, 0, SW, SH, stroke=0, fill=1)
        c.setFillColor(LIGHT)
        c.setFont(font_for(pr.theme, "Helvetica"), 18)
        c.drawString(72, 330, pr.theme.upper())
        st = _st("title", 40, "Helvetica-Bold", 46, textColor=colors.white)
        tp = para(pr.title, st)
        w, h = tp.wrap(SW - 144, 300)
        tp.drawOn(c, 72, 310 - h)
        y = 310 - h - 22
        c.setStrokeColor(colors.white)
        c.setLineWidth(2)
        c.line(72, y, 72 + 240, y)
        c.setFillColor(colors.white)
        c.setFont("Helvetica", 16)
        c.drawString(72, y - 28, f"Regio Deal {self.name} | stuurgroep {DATE}")
        c.showPage()

    def flow_slides(self, p, pr, heading, flow):
        """Slides under `heading` until `flow` is drawn ("<heading> (vervolg)" after the first)."""
        k = 0
        while flow or k == 0:
            self._open(p)
            c = self.canv
            text = heading if k == 0 else f"{heading} (vervolg)"
            c.setFillColor(DARK)
            c.setFont(font_for(text, "Helvetica-Bold"), 30)
            c.drawString(BODY_X, SH - 70, text)
            fr = Frame(BODY_X, BODY_BOTTOM, BODY_W, BODY_TOP - BODY_BOTTOM, leftPadding=0,
                       rightPadding=0, topPadding=0, bottomPadding=0)
            left = _flow_into(fr, flow, c)
            if left and len(left) == len(flow) and left[0] is flow[0] and k > 0:
                raise RuntimeError("nothing fits a slide")
            flow = left
            self._foot(pr.title)
            c.showPage()
            k += 1


def _deck(dossier, path) -> tuple[int, dict[int, int]]:
    name = dossier_name(dossier)
    deck = _Deck(path, name)
    for p, pr in enumerate(dossier.projects):
        rec = None
        deck.title_slide(p, pr)
        rows = list(pr.rows)
        last_field = max((i for i, r in enumerate(rows) if isinstance(r, source.Field)), default=-1)
        for i, r in enumerate(rows):
            if isinstance(r, source.Table):
                for size in (16, 15, 14, 13, 12, 11, 10):
                    flow = _table(r, size, rec)
                    if _height(flow, BODY_W) <= BODY_TOP - BODY_BOTTOM or size == 10:
                        break
                deck.flow_slides(p, pr, "Begroting", flow)
                continue
            flow = []
            for c in r.content:
                if isinstance(c, source.Table):
                    flow += [Spacer(0, 4)] + _table(c, 14, rec) + [Spacer(0, 8)]
                else:
                    flow.append(field_para(c, BODY, ITEM, rec))
            if i == last_field and pr.notes:
                flow.append(Spacer(0, 10))
                for note in pr.notes:
                    flow += [para(f"{note.mark} {t}" if j == 0 else t, NOTE if j == 0 else NOTE_MORE, rec)
                             for j, t in enumerate(note.text or ("",))]
            deck.flow_slides(p, pr, r.label, flow)
    deck.canv.save()
    return deck.n, deck.owner


def _page(slide: int) -> int:
    return (slide + 5) // 6


def _slot(slide: int) -> tuple[float, float]:
    """Bottom-left corner of (1-based) slide `slide` on its handout page."""
    k = (slide - 1) % 6
    row, col = divmod(k, 2)
    third = (ROOM_TOP - ROOM_BOTTOM) / 3
    y = ROOM_TOP - (row + 1) * third + (third - SLIDE_PH) / 2
    x = LEFT_X + col * (SLIDE_PW + GAP_X)
    return x, y


def _overlay(pages: int, total: int, name: str) -> PdfReader:
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    header = f"Regio Deal {name} – stuurgroep".replace("  ", " ")
    for n in range(1, pages + 1):
        c.setFillColor(colors.black)
        c.setFont(font_for(header, "Helvetica"), HF_SIZE)
        c.drawString(LEFT_X, PAGE_H - 0.9 * cm - HF_SIZE, header)
        c.setFont("Helvetica", HF_SIZE)
        c.drawRightString(PAGE_W - LEFT_X, PAGE_H - 0.9 * cm - HF_SIZE, PRINT_DATE)
        c.drawString(LEFT_X, 0.9 * cm, f"Programmabureau Regio Deal {name}")
        c.drawRightString(PAGE_W - LEFT_X, 0.9 * cm, str(n))
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        for s in range((n - 1) * 6 + 1, min(n * 6, total) + 1):
            x, y = _slot(s)
            c.rect(x, y, SLIDE_PW, SLIDE_PH, stroke=1, fill=0)
        c.showPage()
    c.save()
    return PdfReader(BytesIO(buffer.getvalue()))


def render_handout6(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    with tempfile.TemporaryDirectory() as tmp:
        deck_path = Path(tmp) / "deck.pdf"
        total, owner = _deck(dossier, deck_path)
        slides = list(PdfReader(str(deck_path)).pages)
        assert len(slides) == total
        writer = PdfWriter()
        pages = _page(total)
        for n in range(1, pages + 1):
            writer.add_blank_page(PAGE_W, PAGE_H)
        for s, slide in enumerate(slides, 1):
            x, y = _slot(s)
            ctm = Transformation().scale(SCALE, SCALE).translate(x, y)
            writer.pages[_page(s) - 1].merge_transformed_page(slide, ctm)
        for sheet, over in zip(writer.pages, _overlay(pages, total, name).pages):
            sheet.merge_page(over)
        writer.add_metadata({f"/{k.capitalize()}": v for k, v in meta(dossier, "handout6").items()})
        with open(pdf_path, "wb") as f:
            writer.write(f)
    projects = []
    for p, pr in enumerate(dossier.projects):
        mine = [s for s, q in owner.items() if q == p]
        projects.append({"title": pr.title, "first_page": _page(min(mine)) if mine else None,
                         "last_page": _page(max(mine)) if mine else None})
    return {"style": "handout6", "pages": pages, "projects": projects}
