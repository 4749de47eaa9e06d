"""One more house style for the layout zoo (see zoo.py), held out: a design agency's A3
"projectplaten" (one big landscape sheet per project: the prose in three columns, the funding
table across the page) that the programme office PRINTED TILED on an A4 printer (Acrobat's
print dialog, "Poster", tile scale 100 %, overlap 15 mm, "Labels" and "Cut marks" on) and then
PRINTED TO PDF: every A3 page became FOUR A4 landscape sheets, each showing a quarter of the big
page, neighbouring sheets sharing a 15 mm strip, so that the text in the strips is on both.

- tiledprint: THE A3 DOCUMENT (laid out first): A3 LANDSCAPE pages (1190.55 x 841.89 pt),
          margins 1.5 cm. Helvetica (DejaVu Sans for a text with a character it lacks). A
          running header on every page in 8pt grey at the top left ("Regio Deal <Name> ·
          Projectenplaten") with a 0.4pt grey rule under it across the text area, the page
          number at the foot right in 9pt.
          EVERY PROJECT OPENS A NEW A3 PAGE under a BAND in its theme's colour across the text
          area (2.4 cm high; themes in order of first appearance, a palette of five dark tones):
          the theme in 9pt white capitals and the title in 20pt bold white on it. Under the
          band THREE COLUMNS (0.8 cm gutters, 11.8 cm each) holding the fields in the
          transcription's order: each label in 10pt bold in the theme colour on a line of its
          own (6pt above), the paragraphs in 9.5pt on 12.5pt, ragged right, 3pt apart, a list
          item hanging on the transcription's marker; a table inside a field stays in its
          column (7.5pt, the same drawing as below); the project's notes after the fields in
          7.5pt. The text flows down column 1, then 2, then 3.
          THE INVESTMENT TABLES (the tables that are rows of the project) stand ACROSS THE
          WHOLE TEXT AREA at the FOOT of the project's last A3 page, under a 0.75pt rule in
          the theme colour, 0.6 cm under the columns, one after the other in the
          transcription's order: 9pt; the header lines bold on a light tint of the theme
          colour (the table's label in the corner cell, spanning them; single headers
          right-aligned; a group header centred over its members with a rule under it); 0.3pt
          grey rules under every body row, none vertical; row labels left (30 % of the width),
          amounts right-aligned as transcribed; the Totaal row bold over a 0.75pt rule. Table
          footnotes under the table in 7.5pt. Where the columns do not hold the fields above
          the tables, the text goes on in the three columns of a further A3 page (whose band is
          a thin line: the title + " (vervolg)" in 12pt bold in the theme colour), and the
          tables stand at the foot of that page.
          THE TILED PRINT: every A3 page is printed on FOUR A4 LANDSCAPE SHEETS (841.89 x
          595.28 pt), in the order (row 1, column 1), (1,2), (2,1), (2,2). The printable TILE on
          each sheet is the sheet less 10 mm all round (785.2 x 538.6 pt); neighbouring tiles
          overlap by 15 mm; the big page is CENTRED on the 2 x 2 tile grid (so the vertical
          overlap strip lies at x = 574.0 to 616.5 pt of the A3 page, through its middle
          column, and the horizontal one at 399.6 to 442.2 pt from its top). Each sheet shows
          its tile of the A3 page at 100 %: the A3 page placed as a FORM XOBJECT, translated and
          CLIPPED to the tile (its text outside the tile stays in the form's content but is
          not shown). In the 10 mm margin: CUT MARKS (0.3pt, 5 mm, at the tile's four corners,
          off the tile) and the TILE LABEL in 7pt at the top left: "<file name>  Pagina <N>
          (<row>,<column>)  14-3-2019 10:22" ("16-4-2024 09:41" for other dossiers).

Every cell prints as transcribed (no "raw"). The truth's pages are A4 SHEETS: a project's first
sheet is the first sheet on which its title is seen, its last the last sheet that shows any of
its text (a text line seen only in part counts); the text's extent is measured line by line.
"""

from __future__ import annotations

import math
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table, TableStyle

from . import source
from .zoo_common import RP, dossier_name, field_para, is_total, meta, para, register_fonts

A3W, A3H = landscape(A3)
SW, SH = landscape(A4)
MARGIN = 1.5 * cm
GUT = 0.8 * cm
TW3 = A3W - 2 * MARGIN
COLW = (TW3 - 2 * GUT) / 3
TOP_Y = A3H - MARGIN - 0.7 * cm      # under the running header
FOOT_Y = MARGIN + 0.6 * cm           # over the page number
BAND = 2.4 * cm
PALETTE = ["#1F4E79", "#7B2D26", "#2E6B3A", "#5B3A7A", "#8A5A00"]
GREY = colors.HexColor("#666666")

# the tiled print
TM = 10 * mm                         # sheet margin round the tile
TILE_W, TILE_H = SW - 2 * TM, SH - 2 * TM
OVER = 15 * mm
OX = (2 * TILE_W - OVER - A3W) / 2   # the big page centred on the 2 x 2 grid
OY = (2 * TILE_H - OVER - A3H) / 2


def tile_region(r: int, c: int) -> tuple[float, float, float, float]:
    """The part of the A3 page (x0, top0, x1, top1; from its top-left corner) on tile (r, c)."""
    x0 = c * (TILE_W - OVER) - OX
    t0 = r * (TILE_H - OVER) - OY
    return x0, t0, x0 + TILE_W, t0 + TILE_H


class MP(RP):
    """A recorded paragraph that also reports where its lines are drawn on the A3 page."""

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        mark = getattr(self._rec, "mark", None)
        if mark is None:
            return
        a, b, c, d, e, f = canv._currentMatrix
        ax, ay = a * x + c * y + e, b * x + d * y + f
        widths = _line_widths(self)
        if not widths:
            return
        w = max(widths)
        avail = self.width
        align = self.style.alignment
        if align == TA_RIGHT:
            x0 = ax + avail - w
        elif align == TA_CENTER:
            x0 = ax + (avail - w) / 2
        else:
            x0 = ax
        mark(canv.getPageNumber(), x0, ay, x0 + w, ay + self.height)


def _line_widths(p) -> list[float]:
    bl = getattr(p, "blPara", None)
    if bl is None:
        return []
    out = []
    for line in bl.lines:
        extra = line[0] if bl.kind == 0 else line.extraSpace
        out.append(max(0.0, p.width - p.style.rightIndent - extra))
    return out


def mpara(text, style, rec=None, markup=None) -> MP:
    p = para(text, style, rec, markup)
    p.__class__ = MP
    return p


class Rec:
    """Where a project's text lands: (A3 page, x0, y0, x1, y1) boxes; heading boxes apart."""

    enabled = True

    def __init__(self, boxes: list, heading: bool = False):
        self.boxes, self.heading = boxes, heading

    def __call__(self, page):
        pass

    def mark(self, page, x0, y0, x1, y1):
        if Rec.enabled:
            self.boxes.append((page, x0, y0, x1, y1, self.heading))


def _styles():
    register_fonts()

    def style(name, font="Helvetica", size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"tp-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "body": style("body", spaceAfter=3),
        "item": style("item", spaceAfter=2, leftIndent=12, bulletIndent=0),
        "label": style("label", "Helvetica-Bold", 10, 13, spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "note": style("note", size=7.5, leading=9.5, spaceAfter=2),
        "band_theme": style("bt", size=9, leading=11, textColor=colors.white),
        "band_title": style("btt", "Helvetica-Bold", 20, 24, textColor=colors.white),
        "cont": style("cont", "Helvetica-Bold", 12, 15),
    }


def _tstyles(size):
    def style(name, font="Helvetica", align=TA_LEFT):
        return ParagraphStyle(f"tpt-{name}-{size}", fontName=font, fontSize=size, leading=size * 1.25,
                              alignment=align)
    return {"label": style("l", "Helvetica-Bold"), "head": style("h", "Helvetica-Bold", TA_RIGHT),
            "group": style("g", "Helvetica-Bold", TA_CENTER), "row": style("r"), "row_b": style("rb", "Helvetica-Bold"),
            "amt": style("a", align=TA_RIGHT), "amt_b": style("ab", "Helvetica-Bold", TA_RIGHT),
            "foot": ParagraphStyle(f"tpt-f-{size}", fontName="Helvetica", fontSize=size - 1.5,
                                   leading=(size - 1.5) * 1.25, spaceBefore=2)}


def _table(t: source.Table, width: float, size: float, colour, rec) -> list:
    st = _tstyles(size)
    n, lines = t.columns, len(t.header)
    tint = colors.Color(*[1 - (1 - v) * 0.18 for v in colour.rgb()])
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, lines - 1), tint),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    rows[0][0] = mpara(t.label, st["label"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = mpara(h.text, st["group" if h.columns > 1 else "head"], rec) if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1:
            cmds.append(("LINEBELOW", (h.column, h.line), (c1, h.line), 0.4, colour))
    for body in t.rows:
        total = is_total(body[0])
        r = len(rows)
        rows.append([mpara(body[0], st["row_b" if total else "row"], rec)] +
                    [mpara(x, st["amt_b" if total else "amt"], rec) if x else "" for x in body[1:]])
        if total:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.75, colors.black))
        else:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.3, colors.HexColor("#999999")))
    label_w = 0.30 * width
    widths = [label_w] + [(width - label_w) / n] * n
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [mpara(f, st["foot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _text_story(pr, st, colour, rec) -> list:
    label = ParagraphStyle(f"{st['label'].name}-{colour.hexval()}", st["label"], textColor=colour)
    out: list = []
    for row in pr.rows:
        if isinstance(row, source.Table):
            continue
        out.append(mpara(row.label, label, rec))
        for item in row.content:
            if isinstance(item, source.Table):
                out += [Spacer(0, 2)] + _table(item, COLW, 7.5, colour, rec)
            else:
                p = field_para(item, st["body"], st["item"], rec)
                p.__class__ = MP
                out.append(p)
    if pr.notes:
        out.append(Spacer(0, 6))
        for note in pr.notes:
            for j, text in enumerate(note.text or ("",)):
                out.append(mpara(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
    return out


def _tables_story(pr, colour, rec) -> list:
    out: list = []
    for row in pr.rows:
        if isinstance(row, source.Table):
            out += _table(row, TW3, 9, colour, rec)
    return out


def _height(flowables, width) -> float:
    return sum(f.wrap(width, 10 ** 6)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _frames(first: bool, bottom: float) -> list[Frame]:
    top = TOP_Y - (BAND + 0.5 * cm if first else 1.0 * cm)
    return [Frame(MARGIN + k * (COLW + GUT), bottom, COLW, top - bottom, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0, showBoundary=0) for k in range(3)]


def _fill(story, frames, canv) -> list:
    for fr in frames:
        fr.addFromList(story, canv)
        if not story:
            break
    return story


def _pages_needed(make_text, tables_h) -> int:
    """The number of A3 pages the project's columns need with the tables at the last one's foot."""
    Rec.enabled = False
    try:
        for k in range(1, 8):
            story = make_text()
            dummy = Canvas(BytesIO(), pagesize=(A3W, A3H))
            for page in range(k):
                last = page == k - 1
                bottom = FOOT_Y + (tables_h + 0.6 * cm if last else 0)
                story = _fill(story, _frames(page == 0, bottom), dummy)
                dummy.showPage()
            if not story:
                return k
    finally:
        Rec.enabled = True
    raise ValueError("project too long")


def _a3(dossier, path, name) -> tuple[int, dict]:
    st = _styles()
    canv = Canvas(str(path), pagesize=(A3W, A3H), invariant=1, pageCompression=1)
    boxes: dict[int, list] = {}
    themes: list[str] = []
    page = 0

    def furniture(n):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(GREY)
        canv.drawString(MARGIN, A3H - MARGIN - 8, f"Regio Deal {name} · Projectenplaten".replace("  ", " "))
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.4)
        canv.line(MARGIN, A3H - MARGIN - 12, A3W - MARGIN, A3H - MARGIN - 12)
        canv.setFont("Helvetica", 9)
        canv.setFillColor(colors.black)
        canv.drawRightString(A3W - MARGIN, MARGIN, str(n))
        canv.restoreState()

    for p, pr in enumerate(dossier.projects):
        if pr.theme not in themes:
            themes.append(pr.theme)
        colour = colors.HexColor(PALETTE[themes.index(pr.theme) % len(PALETTE)])
        boxes[p] = []
        rec, head = Rec(boxes[p]), Rec(boxes[p], heading=True)
        tables = _tables_story(pr, colour, rec)
        tables_h = _height(tables, TW3) if tables else 0.0
        k = _pages_needed(lambda: _text_story(pr, st, colour, rec), tables_h)
        story = _text_story(pr, st, colour, rec)
        for i in range(k):
            page += 1
            furniture(page)
            if i == 0:
                canv.saveState()
                canv.setFillColor(colour)
                canv.rect(MARGIN, TOP_Y - BAND, TW3, BAND, stroke=0, fill=1)
                canv.restoreState()
                th = mpara(pr.theme.upper(), st["band_theme"], rec)
                th.wrap(TW3 - 1 * cm, 100)
                th.drawOn(canv, MARGIN + 0.5 * cm, TOP_Y - 0.45 * cm - th.height)
                tt = mpara(pr.title, st["band_title"], head)
                tt.wrap(TW3 - 1 * cm, 100)
                tt.drawOn(canv, MARGIN + 0.5 * cm, TOP_Y - 0.55 * cm - th.height - 2 - tt.height)
            else:
                cont_style = ParagraphStyle("tp-cont-c", st["cont"], textColor=colour)
                ct = mpara(f"{pr.title} (vervolg)", cont_style, rec)
                ct.wrap(TW3, 100)
                ct.drawOn(canv, MARGIN, TOP_Y - 0.2 * cm - ct.height)
            last = i == k - 1
            bottom = FOOT_Y + (tables_h + 0.6 * cm if last and tables else 0)
            story = _fill(story, _frames(i == 0, bottom), canv)
            if last and tables:
                y = FOOT_Y + tables_h
                canv.saveState()
                canv.setStrokeColor(colour)
                canv.setLineWidth(0.75)
                canv.line(MARGIN, y + 0.3 * cm, A3W - MARGIN, y + 0.3 * cm)
                canv.restoreState()
                fr = Frame(MARGIN, FOOT_Y - 1, TW3, tables_h + 2, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)
                rest = list(tables)
                fr.addFromList(rest, canv)
                assert not rest, "tables did not fit"
            canv.showPage()
        assert not story, pr.title
    canv.save()
    return page, boxes


def _sheets_of(box) -> list[int]:
    page, x0, y0, x1, y1, _ = box
    t0, t1 = A3H - y1, A3H - y0
    out = []
    for r in range(2):
        for c in range(2):
            rx0, rt0, rx1, rt1 = tile_region(r, c)
            dx = min(x1, rx1) - max(x0, rx0)
            dy = min(t1, rt1) - max(t0, rt0)
            if dx > 0.5 and dy > 0.5:
                if dx < 3 or dy < 3:
                    print(f"tiledprint: warning: a box of page {page} barely on tile ({r},{c}): {dx:.1f} x {dy:.1f}")
                out.append((page - 1) * 4 + r * 2 + c + 1)
    return out


def _tile(a3_path, pdf_path, pages: int, label_name: str, stamp: str, info: dict) -> None:
    import pymupdf
    src = pymupdf.open(str(a3_path))
    out = pymupdf.open()
    for n in range(pages):
        for r in range(2):
            for c in range(2):
                sheet = out.new_page(width=SW, height=SH)
                x0, t0, x1, t1 = tile_region(r, c)
                clip = pymupdf.Rect(max(0, x0), max(0, t0), min(A3W, x1), min(A3H, t1))
                rect = pymupdf.Rect(TM + clip.x0 - x0, TM + clip.y0 - t0, TM + clip.x1 - x0, TM + clip.y1 - t0)
                sheet.show_pdf_page(rect, src, n, clip=clip, keep_proportion=False)
                # cut marks at the tile's corners, off the tile
                L = 5 * mm
                for cx, cy in ((TM, TM), (TM + TILE_W, TM), (TM, TM + TILE_H), (TM + TILE_W, TM + TILE_H)):
                    sx = -1 if cx == TM else 1
                    sy = -1 if cy == TM else 1
                    sheet.draw_line((cx + sx * 1, cy), (cx + sx * (1 + L), cy), width=0.3)
                    sheet.draw_line((cx, cy + sy * 1), (cx, cy + sy * (1 + L)), width=0.3)
                sheet.insert_text((TM + 7 * mm, TM - 3 * mm), f"{label_name}  Pagina {n + 1} ({r + 1},{c + 1})  {stamp}",
                                  fontsize=7, fontname="helv")
    out.set_metadata({"title": info["title"], "author": info["author"], "subject": info["subject"],
                      "creator": info["creator"], "producer": "Microsoft: Print To PDF"})
    out.save(str(pdf_path), garbage=3, deflate=True)


def render_tiledprint(dossier: source.Dossier, pdf_path) -> dict:
    import tempfile
    from pathlib import Path
    name = dossier_name(dossier)
    with tempfile.TemporaryDirectory() as tmp:
        a3 = Path(tmp) / "a3.pdf"
        pages, boxes = _a3(dossier, a3, name)
        slug = name.lower().replace(" ", "-") or "dossier"
        stamp = "14-3-2019 10:22" if name == "Twente" else "16-4-2024 09:41"
        _tile(a3, pdf_path, pages, f"regiodeal-{slug}-projectenplaten.pdf", stamp, meta(dossier, "tiledprint"))
    projects = []
    for p, pr in enumerate(dossier.projects):
        sheets = [s for b in boxes[p] for s in _sheets_of(b)]
        heads = [s for b in boxes[p] if b[5] for s in _sheets_of(b)]
        projects.append({"title": pr.title, "first_page": min(heads), "last_page": max(sheets)})
    return {"style": "tiledprint", "pages": pages * 4, "projects": projects}
