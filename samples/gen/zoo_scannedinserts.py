"""One more house style for the layout zoo (see zoo.py), held out: a born-digital dossier (a
clean Word document saved as PDF) into which the programme office INSERTED SCANNED PAGES
(Acrobat's "Insert pages > From scanner"): after every project a scanned, signed
declaration, inside two projects a scanned letter of support, and in one project the funding
table itself as a scanned, signed budget page run through OCR.

- scannedinserts: TWO KINDS OF PAGES in one file.
          THE WORD PAGES: A4 portrait, Word's Dutch default margins of 2.5 cm all round (a
          16 cm text column). DejaVu Sans (standing in for Calibri) 10pt on 13.5pt, ragged
          right, 6pt after each paragraph; a list item keeps the source's marker and hangs on
          it by 0.63 cm. Running footer centred, 8pt grey: "Pagina k", where k COUNTS THE WORD
          PAGES ONLY (the inserted scans carry no number and are not counted, so the printed
          number and the PDF page number part after the first insert). No running header.
          Page 1: "Projectdossier Regio Deal <Name>" (Word's Title style: 24pt, dark blue
          #1F3864, a 1pt blue rule under it), a grey line "Bijlage bij het voorstel aan het
          Rijk – versie met ondertekende verklaringen", and a short introduction (two
          paragraphs, no amounts) that says a signed declaration follows every project.
          EACH PROJECT STARTS A NEW WORD PAGE: its theme in 10pt italic grey (Word's Subtitle
          style), the title in Word's Heading 1 (16pt, blue #2F5496), 10pt of space. FIELD
          LABELS in Heading 2 (12pt, blue #2F5496, 10pt above, 3pt below, kept with the
          text), the field's paragraphs under them. Project notes at the end of the project in
          8pt. TABLES where the transcription places them (between the fields, or inside a
          field among its paragraphs) in Word's "Table Grid": a 0.5pt black grid, 9pt on 11pt,
          the header line(s) bold without fill (the table's label in the corner cell spanning
          the header lines, a group header a merged cell over its members, centred), amounts
          (nils too) right-aligned and words left-aligned as transcribed, the Totaal row bold;
          column widths from content (Word's autofit), the rest given to the label column;
          the header repeated where a table breaks over a page (the transcription's page
          breaks not followed). Table footnotes under the table in 8pt.
          THE SCANNED PAGES: A4, each ONE FULL-PAGE GREYSCALE JPEG (150 dpi, quality 60) and,
          but for the scanned budget, NOTHING ELSE: no text layer at all. Paper about 93 %
          white with Gaussian grain (sigma 6 grey levels), ink a dark grey, softened by a
          0.7 px blur; the sheet turned by 0.4-1.2 degrees (either way, random.Random seeded
          per page), the uncovered corners the scanner lid's grey, a darker shadow band
          along one edge. Three kinds:
          * after EVERY PROJECT'S LAST WORD PAGE, a signed declaration of the lead partner: a
            letterhead (a black square emblem and "Regio <Name>" in bold, a rule, the
            programme office's address in small type), the heading "VERKLARING", four typed
            lines naming the project ("Ondergetekende verklaart namens de penvoerder van het
            project <title> dat ..."), place and date ("Enschede, 14 mei 2018" for Twente,
            "Middelburg, 14 maart 2024" for Zeeland, else "14 mei 2018"), a dark
            SIGNATURE SCRAWL (a looping pen stroke of random loops, a crossing stroke, a
            dot) over a dashed line, and a name and function under it;
          * in TWO PROJECTS, a scanned LETTER OF SUPPORT ("steunbrief") from a partner, placed
            BETWEEN THE PROJECT'S FIRST AND SECOND WORD PAGES (so inside the project, between
            two pages of its fields): a company letterhead, an address block, "Betreft:
            steun voor het project <title>", three typed paragraphs, a signature scrawl. The
            two projects: the first two, in the dossier's order, whose Word part spans two
            pages or more, leaving out the project with the scanned budget;
          * in THE DOSSIER'S THIRD PROJECT, its FIRST FUNDING TABLE (the first table whose
            cell list has a Totaal and a source column) is no Word table: the Word text
            breaks to a new page where the table stood (the text before it ends its Word page,
            the text after it opens the next), and BETWEEN those two Word pages stands the
            applicant's SIGNED BUDGET PAGE, scanned: "Begroting" in 14pt bold and the
            project's title in 11pt at the top, the table in the applicant's own Excel look
            (Helvetica 9.5pt, a 0.75pt grid, the header lines on a light grey fill, same
            cells, same header lines and merges as the transcription, amounts right-aligned,
            the Totaal row bold), the table's footnotes under it in 8pt, "Voor akkoord,
            namens de penvoerder:" with a signature scrawl and a dotted line. This page is
            scanned UPRIGHT (deskewed) and carries an OCR TEXT LAYER as ocrmypdf makes it:
            every word (pdfium's words of the page before scanning) its own invisible text
            object (render mode 3) in Helvetica (DejaVu Sans for a word WinAnsi lacks),
            sized to its box and scaled horizontally to its width, in OCR reading order,
            jittered by up to 0.4pt (zoo_ocrlayer's text layer; the signature is no text).

The truth record: a project runs from its opening Word page to the last page holding its
content, A SCAN INSIDE IT INCLUDED (the letter of support between two of its pages; the
scanned budget page, whose cells are read from its OCR layer), all in PDF page numbers. The
declaration after a project belongs to NO PROJECT: the project ends on the Word page before
it (the next project opens on the page after it). Every golden cell prints as transcribed
(no "raw"): the scanned table's cells as its OCR layer holds them. "scans" lists every
inserted page: its PDF page, its kind ("verklaring", "steunbrief", "begroting"), the project
it stands in (null for a declaration) and whether it has a text layer.
"""

from __future__ import annotations

import hashlib
import io
import math
import random
import tempfile
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from pypdf import PdfReader, PdfWriter
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (FONT_DIR, Doc, Truth, auto_widths, cell_list, dossier_name, field_para,
                         font_for, is_funding, is_total, meta, notes_at_end, para, register_fonts,
                         tables_of)
from .zoo_ocrlayer import _reading_order, _text_layer, _words

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
DARK = colors.HexColor("#1F3864")
BLUE = colors.HexColor("#2F5496")
GREY = colors.HexColor("#595959")
PAD = 3.0

DPI = 150
PX_W, PX_H = round(WIDTH / 72 * DPI), round(HEIGHT / 72 * DPI)
PAPER, INK, PEN = 238, 40, 55
QUALITY = 60
SCAN_PROJECT = 2  # the dossier's third project has its budget scanned

_PLACE_DATE = {"twente": "Enschede, 14 mei 2018", "zeeland": "Middelburg, 14 maart 2024"}
_PARTNERS = ["Bakker Metaalbewerking B.V.", "Stichting Regionaal Opleidingsfonds",
             "Van Dijk Installatietechniek B.V.", "Coöperatie Streekbelang U.A.",
             "Hoogland Logistiek B.V.", "Kennispunt Techniek & Zorg"]


def _fonts() -> None:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    if ITALIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


def _styles() -> dict:
    def st(name, font=SANS, size=10, leading=13.5, **kw):
        return ParagraphStyle(f"si-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts, tl = 9, 11
    return {
        "doc": st("doc", SANS, 24, 29, textColor=DARK, spaceAfter=4),
        "doc2": st("doc2", SANS, 10.5, 14, textColor=GREY, spaceAfter=14),
        "intro": st("intro", spaceAfter=6),
        "theme": st("theme", ITALIC, 10, 13, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", SANS, 16, 20, textColor=BLUE, spaceAfter=10, keepWithNext=1),
        "label": st("label", SANS, 12, 15, textColor=BLUE, spaceBefore=10, spaceAfter=3,
                    keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", spaceAfter=3, leftIndent=0.63 * cm, bulletIndent=0, bulletFontName=SANS),
        "th": st("th", BOLD, ts, tl, alignment=TA_CENTER),
        "th_l": st("thl", BOLD, ts, tl, alignment=TA_LEFT),
        "td": st("td", SANS, ts, tl),
        "td_b": st("tdb", BOLD, ts, tl),
        "ta": st("ta", SANS, ts, tl, alignment=TA_RIGHT),
        "ta_b": st("tab", BOLD, ts, tl, alignment=TA_RIGHT),
        "foot": st("foot", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


def _numeric(text: str) -> bool:
    t = text.strip().rstrip("*").strip()
    return bool(t) and (t in ("-", ".-") or t[0].isdigit() or t.startswith("€"))


def _grid(t: source.Table, st, rec, width: float, rule: float, fill=None, pad: float = PAD):
    """The transcription's table as a grid: (Table, widths)."""
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans, measured = [], [(0, 1, t.label, st["th"])]
    rows[0][0] = para(t.label, st["th_l"], rec)
    if lines > 1:
        spans.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        measured.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(("SPAN", (h.column, h.line), (c1, r1)))
    for r in t.rows:
        cells = list(r) + [""] * (n + 1 - len(r))
        b = "_b" if is_total(cells[0]) else ""
        row = [para(cells[0], st["td" + b], rec)]
        row += [para(x, st[("ta" if _numeric(x) else "td") + b], rec) for x in cells[1:]]
        rows.append(row)
        measured += [(c, 1, x, st["td_b"]) for c, x in enumerate(cells)]
    widths = auto_widths(measured, n + 1, width, 2 * pad + rule + 1)
    if sum(widths) < width:
        widths[0] += width - sum(widths)
    cmds = [("GRID", (0, 0), (-1, -1), rule, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))] + spans
    if fill is not None:
        cmds.append(("BACKGROUND", (0, 0), (-1, lines - 1), fill))
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


class _Mark(Flowable):
    """Nothing drawn: reports the page it lands on."""

    def __init__(self, rec):
        super().__init__()
        self._rec = rec

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self._rec(self.canv.getPageNumber())


# --- the scans -----------------------------------------------------------------------------


def _font(name: str, pt: float) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name), round(pt * DPI / 72))


def _px(v_cm: float) -> int:
    return round(v_cm / 2.54 * DPI)


def _wrap(draw, text: str, font, width: int) -> list[str]:
    out, line = [], ""
    for w in text.split():
        t = f"{line} {w}".strip()
        if draw.textlength(t, font=font) > width and line:
            out.append(line)
            line = w
        else:
            line = t
    return out + ([line] if line else [])


def _scrawl(draw, x: int, y: int, rng: random.Random, width: int = 330) -> None:
    """A signature: a looping pen stroke (a drifting cycloid, its loops of random size), a
    crossing stroke and a dot."""
    loops = rng.randint(4, 7)
    phase = rng.uniform(0, math.pi)
    amp = [rng.uniform(14, 34) for _ in range(loops + 1)]
    pts = []
    for k in range(260):
        t = k / 259
        a = t * loops * 2 * math.pi + phase
        r = amp[min(int(t * loops), loops)]
        pts.append((x + t * width + 0.8 * r * math.cos(a), y - r * math.sin(a) - 10 * t))
    draw.line(pts, fill=PEN, width=4, joint="curve")
    draw.line([(x - 10, y + 14), (x + width * 0.7, y + 4), (x + width * 1.1, y - 8)], fill=PEN, width=3)
    draw.ellipse([x + width + 25, y - 30, x + width + 33, y - 22], fill=PEN)


def _paper(rng: random.Random) -> Image.Image:
    return Image.new("L", (PX_W, PX_H), 255)


def _finish(img: Image.Image, rng: random.Random, angle: float | None) -> io.BytesIO:
    """Scanner look: ink a dark grey, paper grey with grain, soft, turned, JPEG."""
    img = img.point(lambda v: INK + (PAPER - INK) * v // 255)
    arr = np.asarray(img, dtype=np.float32)
    arr += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, arr.shape)
    img = Image.fromarray(np.clip(arr, 0, 255).astype("uint8"), "L")
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    if angle:
        img = img.rotate(angle, resample=Image.BICUBIC, fillcolor=170)
    shadow = ImageDraw.Draw(img)
    edge = rng.choice(("left", "top"))
    if edge == "left":
        shadow.rectangle([0, 0, 9, PX_H], fill=120)
    else:
        shadow.rectangle([0, 0, PX_W, 9], fill=120)
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=QUALITY, optimize=True)
    buf.seek(0)
    return buf


def _angle(rng: random.Random) -> float:
    return rng.choice((-1, 1)) * rng.uniform(0.4, 1.2)


def _verklaring(name: str, place_date: str, title: str, rng: random.Random) -> io.BytesIO:
    img = _paper(rng)
    d = ImageDraw.Draw(img)
    x0, y = _px(2.5), _px(2.0)
    d.rectangle([x0, y, x0 + 70, y + 70], fill=0)
    d.text((x0 + 95, y + 2), f"Regio {name}".strip(), font=_font("DejaVuSans-Bold.ttf", 16), fill=0)
    d.text((x0 + 95, y + 42), "Programmabureau Regio Deal", font=_font("DejaVuSans.ttf", 9), fill=0)
    y += 100
    d.line([x0, y, PX_W - x0, y], fill=0, width=2)
    d.text((x0, y + 10), "Postbus 1400  ·  telefoon 088 - 123 45 00  ·  info@regiodeal.example",
           font=_font("DejaVuSans.ttf", 7.5), fill=0)
    y += _px(2.5)
    d.text((x0, y), "VERKLARING", font=_font("DejaVuSerif-Bold.ttf", 15), fill=0)
    y += _px(1.5)
    body = _font("DejaVuSerif.ttf", 11)
    text = (f"Ondergetekende verklaart namens de penvoerder van het project {title} dat de "
            "projectbeschrijving en de begroting in dit dossier juist en volledig zijn, dat de "
            "genoemde cofinanciering beschikbaar is en dat de penvoerder instemt met de "
            "voorwaarden van de Regio Deal.")
    for line in _wrap(d, text, body, PX_W - 2 * x0):
        d.text((x0, y), line, font=body, fill=0)
        y += round(11 * 1.6 * DPI / 72)
    y += _px(1.5)
    d.text((x0, y), place_date, font=body, fill=0)
    y += _px(3.0)
    _scrawl(d, x0 + 20, y, rng)
    y += _px(0.8)
    for k in range(0, _px(7), 12):
        d.line([x0 + k, y, x0 + k + 5, y], fill=0, width=2)
    y += 16
    d.text((x0, y), rng.choice(["drs. J.H. Wolters", "ir. M. de Graaf", "mr. A.C. van Loon",
                                "dr. E. Hendriks"]), font=body, fill=0)
    d.text((x0, y + 36), "directeur-bestuurder", font=body, fill=0)
    return _finish(img, rng, _angle(rng))


def _steunbrief(title: str, place_date: str, rng: random.Random) -> io.BytesIO:
    img = _paper(rng)
    d = ImageDraw.Draw(img)
    partner = rng.choice(_PARTNERS)
    x0, y = _px(2.2), _px(1.8)
    d.ellipse([PX_W - x0 - 110, y, PX_W - x0, y + 110], outline=0, width=8)
    d.text((x0, y + 10), partner, font=_font("DejaVuSans-Bold.ttf", 14), fill=0)
    d.text((x0, y + 58), "Industrieweg 12  ·  7550 AB  ·  KvK 0812 3456",
           font=_font("DejaVuSans.ttf", 8), fill=0)
    y += _px(4.0)
    body = _font("DejaVuSans.ttf", 10)
    step = round(10 * 1.55 * DPI / 72)
    for line in ("Aan het Programmabureau Regio Deal", "t.a.v. de programmamanager", "Postbus 1400"):
        d.text((x0, y), line, font=body, fill=0)
        y += step
    y += step
    d.text((x0, y), place_date, font=body, fill=0)
    y += 2 * step
    for line in _wrap(d, f"Betreft: steun voor het project {title}", _font("DejaVuSans-Bold.ttf", 10),
                      PX_W - 2 * x0):
        d.text((x0, y), line, font=_font("DejaVuSans-Bold.ttf", 10), fill=0)
        y += step
    y += step
    paras = ["Geachte heer, mevrouw,",
             "Met deze brief spreken wij onze steun uit voor het genoemde project. Wij zijn bij de "
             "voorbereiding betrokken geweest en herkennen ons in de opgave die het project "
             "beschrijft.",
             "Onze organisatie zal gedurende de looptijd deelnemen aan de activiteiten, kennis en "
             "menskracht beschikbaar stellen en de resultaten in de eigen organisatie toepassen.",
             "Wij zien uit naar een goede samenwerking en wensen u veel succes bij de verdere "
             "uitwerking.",
             "Met vriendelijke groet,"]
    for ptext in paras:
        for line in _wrap(d, ptext, body, PX_W - 2 * x0):
            d.text((x0, y), line, font=body, fill=0)
            y += step
        y += step // 2
    y += _px(2.2)
    _scrawl(d, x0 + 10, y, rng, 280)
    y += _px(1.0)
    d.text((x0, y), "Directie", font=body, fill=0)
    return _finish(img, rng, _angle(rng))


def _begroting_page(t: source.Table, title: str, tmp: Path) -> Path:
    """The applicant's budget page, printed (to be scanned): a PDF of one page."""
    path = tmp / "begroting.pdf"

    def st(name, font="Helvetica", size=9.5, leading=11.5, **kw):
        return ParagraphStyle(f"sib-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    s = {"th": st("th", "Helvetica-Bold", alignment=TA_CENTER),
         "th_l": st("thl", "Helvetica-Bold"), "td": st("td"), "td_b": st("tdb", "Helvetica-Bold"),
         "ta": st("ta", alignment=TA_RIGHT), "ta_b": st("tab", "Helvetica-Bold", alignment=TA_RIGHT),
         "foot": st("foot", size=8, leading=10, spaceBefore=2)}
    c = Canvas(str(path), pagesize=A4, invariant=1)
    x0, width = 2.0 * cm, WIDTH - 4.0 * cm
    y = HEIGHT - 2.5 * cm
    c.setFont("Helvetica-Bold", 14)
    c.drawString(x0, y, "Begroting")
    y -= 18
    tp = para(title, st("tt", "Helvetica", 11, 14))
    _, h = tp.wrap(width, 100)
    tp.drawOn(c, x0, y - h + 11)
    y -= h + 14
    table = _grid(t, s, None, width, 0.75, colors.HexColor("#E0E0E0"), pad=3.5)
    _, h = table.wrap(width, HEIGHT)
    table.drawOn(c, x0, y - h)
    y -= h + 4
    for f in t.footnotes:
        fp = para(f, s["foot"])
        _, fh = fp.wrap(width, 200)
        fp.drawOn(c, x0, y - fh)
        y -= fh + 2
    y -= 40
    c.setFont("Helvetica", 10)
    c.drawString(x0, y, "Voor akkoord, namens de penvoerder:")
    c.setDash(1, 2)
    c.line(x0, y - 60, x0 + 6 * cm, y - 60)
    c.showPage()
    c.save()
    return path


def _scanned_begroting(pdf: Path, rng: random.Random, canv: Canvas) -> None:
    """The budget page as scanned (upright) with an OCR text layer, drawn on `canv`."""
    doc = pdfium.PdfDocument(str(pdf))
    page = doc[0]
    bitmap = page.render(scale=DPI / 72, grayscale=True)
    img = bitmap.to_pil().convert("L")
    # the signature, in ink, above the dotted line (no text)
    words = _words(page)
    akkoord = next(w for w in words if w.text.startswith("penvoerder"))
    d = ImageDraw.Draw(img)
    _scrawl(d, round(2.3 * cm / 72 * DPI), round((HEIGHT - akkoord.base + 45) / 72 * DPI), rng, 260)
    canv.drawImage(ImageReader(_finish(img, rng, None)), 0, 0, WIDTH, HEIGHT)
    _text_layer(canv, _reading_order(words), random.Random(7))
    page.close()
    doc.close()


# --- the document --------------------------------------------------------------------------


def render_scannedinserts(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)
    folder = Path(dossier.source).parent.name if dossier.source else ""
    place_date = _PLACE_DATE.get(folder, "14 mei 2018")
    keys: dict[tuple[str, int], list[str]] = {}
    for g in cell_list(dossier):
        k = keys.setdefault((g["project"], int(g["table"])), [])
        if g["column"] not in k:
            k.append(g["column"])

    scanned_table = None  # the table of the third project whose page is a scan
    if len(dossier.projects) > SCAN_PROJECT:
        pr = dossier.projects[SCAN_PROJECT]
        scanned_table = next((t for k, t in enumerate(tables_of(pr))
                              if is_funding(keys.get((pr.title, k)))), None)

    truth = Truth(dossier, "scannedinserts")
    cut = {}  # the Word page whose end the scanned budget follows

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        word_pdf = tmp / "word.pdf"
        doc = Doc(str(word_pdf), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "scannedinserts"))

        def footer(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
        story: list = [para(f"Projectdossier Regio Deal {name}".replace("  ", " "), st["doc"]),
                       Table([[""]], colWidths=[FW], rowHeights=[4], style=TableStyle(
                           [("LINEABOVE", (0, 0), (-1, 0), 1, BLUE)])),
                       para("Bijlage bij het voorstel aan het Rijk – versie met ondertekende "
                            "verklaringen", st["doc2"]),
                       para("Dit dossier bevat de beschrijvingen van de projecten die de regio "
                            "voor de Regio Deal voorstelt, met per project de partijen, de "
                            "aanpak, de beoogde resultaten en de financiering.", st["intro"]),
                       para("Na elk project is de ondertekende verklaring van de penvoerder "
                            "opgenomen. Waar een partner een steunbrief heeft gestuurd, is die "
                            "bij het project gevoegd.", st["intro"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))

            def table(t):
                if t is scanned_table:
                    return [_Mark(lambda page: cut.setdefault("page", page)), PageBreak()]
                out = [Spacer(0, 3), _grid(t, st, rec, FW, 0.5)]
                out += [para(f, st["foot"], rec) for f in t.footnotes]
                return out + [Spacer(0, 8)]

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        words_pages = truth.pages

        # the inserts: after which Word page, what
        after: dict[int, list[tuple[str, int | None]]] = {}
        for p in range(len(dossier.projects)):
            after.setdefault(truth.last[p], []).append(("verklaring", None))
        if scanned_table is not None:
            after.setdefault(cut["page"], []).insert(0, ("begroting", SCAN_PROJECT))
        letters = [p for p in range(len(dossier.projects))
                   if p != SCAN_PROJECT and truth.last[p] > truth.first[p]][:2]
        for p in letters:
            after.setdefault(truth.first[p], []).insert(0, ("steunbrief", p))

        scans_pdf = tmp / "scans.pdf"
        a85, rl_config.useA85 = rl_config.useA85, 0
        canv = Canvas(str(scans_pdf), pagesize=A4, invariant=1, pageCompression=1)
        order: list[tuple[str, int, str | None, int | None]] = []  # (source, index, kind, project)
        n_scans = 0
        try:
            for wp in range(1, words_pages + 1):
                order.append(("word", wp - 1, None, None))
                for kind, p in after.get(wp, []):
                    seed = int(hashlib.sha256(f"{folder}|{kind}|{wp}".encode()).hexdigest()[:12], 16)
                    rng = random.Random(seed)
                    if kind == "verklaring":
                        pr = next(q for q in range(len(dossier.projects)) if truth.last[q] == wp)
                        img = _verklaring(name, place_date, dossier.projects[pr].title, rng)
                        canv.drawImage(ImageReader(img), 0, 0, WIDTH, HEIGHT)
                    elif kind == "steunbrief":
                        img = _steunbrief(dossier.projects[p].title, place_date, rng)
                        canv.drawImage(ImageReader(img), 0, 0, WIDTH, HEIGHT)
                    else:
                        page_pdf = _begroting_page(scanned_table, dossier.projects[p].title, tmp)
                        _scanned_begroting(page_pdf, rng, canv)
                    canv.showPage()
                    order.append(("scan", n_scans, kind, p))
                    n_scans += 1
            canv.save()
        finally:
            rl_config.useA85 = a85

        word = PdfReader(str(word_pdf))
        scans = PdfReader(str(scans_pdf))
        writer = PdfWriter()
        final_of_word: dict[int, int] = {}
        scan_list = []
        for n, (src, i, kind, p) in enumerate(order, start=1):
            writer.add_page((word if src == "word" else scans).pages[i])
            if src == "word":
                final_of_word[i + 1] = n
            else:
                scan_list.append({"page": n, "kind": kind, "text_layer": kind == "begroting",
                                  "project": dossier.projects[p].title if p is not None else None})
        info = meta(dossier, "scannedinserts")
        writer.add_metadata({"/Title": info["title"], "/Author": info["author"],
                             "/Subject": info["subject"], "/Creator": info["creator"],
                             "/Producer": "Adobe Acrobat Pro 2017 (Paper Capture)"})
        with open(pdf_path, "wb") as fh:
            writer.write(fh)

    rec = truth.record()
    rec["pages"] = len(order)
    for p, entry in enumerate(rec["projects"]):
        entry["first_page"] = final_of_word[truth.first[p]]
        last = final_of_word[truth.last[p]]
        for s in scan_list:  # a scan inside the project (not its declaration)
            if s["project"] == dossier.projects[p].title:
                last = max(last, s["page"])
        entry["last_page"] = last
    rec["scans"] = scan_list
    return rec
