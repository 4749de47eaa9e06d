"""One more house style for the layout zoo (see zoo.py), held out: an agency's InDesign export
whose tables are PLACED GRAPHICS cropped from the applicant's Excel print, with the document's
English text on a HIDDEN LAYER.

- placed: A4 portrait, margins 2.5 cm (a 16 cm column). DejaVu Serif 9.5pt on 13.5pt, ragged
          right, 4pt after each paragraph; list items hang on their marker. Each project opens a
          new page: its theme in 8.5pt grey capitals, its title in 18pt bold sans (dark red
          #7A1F2B); field labels in 9pt bold sans dark red on their own line. Folio at the bottom
          right, 8pt. Page 1: the document's title and a contents list (title, page).
          EVERY TABLE (funding tables, and the tables inside fields, where the source puts them)
          is not set as text in the layout: it is a PDF PAGE PLACED AS A GRAPHIC (a Form XObject,
          as InDesign places a PDF) - the page the applicant's budget workbook printed from Excel
          (A4 landscape, Helvetica 9pt, grey gridlines, the Excel header
          "begroting_regiodeal_<name>_v7.xlsx" and footer "Begroting" / "Pagina 1 van 1", the
          table at the top left from 50pt), SCALED to the column width (at most 100 %) and
          CROPPED (a clip path) to the table's own cells. What the crop hides is still in the
          placed page: the Excel header and footer, two helper columns right of a funding table
          ("Controle": the row's total less the sum of its sources, and "Opmerking": "ok" /
          "verschil") and, under it after an empty row, a "Controle kolomtotaal" row of the column
          sums. Nothing of that is visible on the printed page.
          HIDDEN LAYER: the PDF has two optional-content layers, as InDesign's "Create Acrobat
          Layers" exports them; the layer "EN" (OFF by default, so it is neither shown nor
          printed) holds the English version of every field label, set in Helvetica at the same
          place and size as the Dutch label it translates ("Partners" over "Partijen").
          A table's footnotes are set as text under its placed graphic in 7.5pt; the project's
          notes at the end of the project in 7.5pt.

Every cell prints as transcribed: the truth record is the plain one (no "raw"). A project runs
from its title to the page of its last field text, placed table or note.
"""

from __future__ import annotations

import io
import os
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_academic import _split_mark
from .zoo_budget import _column_keys
from .zoo_common import (RP, Doc, Truth, build_until_stable, cell_values, dossier_name, field_para, font_for, is_funding,
                         is_total, meta, notes_at_end, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
RED = colors.HexColor("#7A1F2B")
GREY = colors.HexColor("#666666")
EN = {"Naam Project": "Project name", "Partijen": "Partners", "Opgave": "Challenge",
      "Voorgestelde aanpak": "Proposed approach", "Resultaten": "Results",
      "Inzet en co-financiering": "Commitment and co-financing", "Structureel karakter": "Structural character",
      "Structureel karakter (Hoe verder zonder rijksbijdrage)": "Structural character (continuation without national funding)",
      "Projectnaam": "Project name", "Betrokken partijen": "Partners involved", "Aanleiding": "Background",
      "Aanpak": "Approach", "Beoogde resultaten": "Intended results", "Financiering": "Funding",
      "Borging": "Continuity", "Planning": "Planning"}

# --- the Excel print ------------------------------------------------------------------------

XW, XH = landscape(A4)
X0, YTOP = 50.0, XH - 60.0
COL_A, COL_V, COL_CHECK, COL_NOTE = 150.0, 64.0, 60.0, 110.0
FONT, SIZE, LEAD = "Helvetica", 9.0, 11.0


def _lines(text, font, width):
    return simpleSplit(text, font, SIZE, width - 6) or [""]


def _draw_cell(c, text, x, y_top, w, h, align="left", bold=False):
    font = font_for(text, "Helvetica-Bold" if bold else "Helvetica")
    lines = _lines(text, font, w)
    c.setFont(font, SIZE)
    # Excel: bottom-aligned; a wrapped cell's lines from the bottom up
    base = y_top - h + 4 + (len(lines) - 1) * LEAD
    for k, line in enumerate(lines):
        yy = base - k * LEAD
        if align == "right":
            c.drawRightString(x + w - 3, yy, line)
        elif align == "center":
            c.drawCentredString(x + w / 2, yy, line)
        else:
            c.drawString(x + 3, yy, line)


def _height(texts_widths, bold=False):
    n = 1
    for text, w in texts_widths:
        font = font_for(text, "Helvetica-Bold" if bold else "Helvetica")
        n = max(n, len(_lines(text, font, w)))
    return max(15.0, n * LEAD + 4)


def excel_page(c, t: source.Table, keys, values, name) -> tuple[float, float, float, float]:
    """Draw table `t` as Excel prints it on canvas `c` (one page), with the workbook's check
    columns and row where `keys` (a funding table's column keys) are given; `values` are the
    cells' values by (row, key). Returns the table's own cells' box (x0, y_top, x1, y_bottom)."""
    n = t.columns
    funding = keys is not None and "totaal" in keys

    def widest(j):  # a value column is widened to its longest word, as one would set it in Excel
        words = [w for row in t.rows for w in row[j + 1].split()]
        words += [w for h in t.header_cells() if h.columns == 1 and h.column == j + 1 for w in h.text.split()]
        return max([stringWidth(w, font_for(w, "Helvetica-Bold"), SIZE) + 8 for w in words] + [COL_V])

    widths = [COL_A] + [widest(j) for j in range(n)] + ([COL_CHECK, COL_NOTE] if funding else [])
    xs = [X0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setFont("Helvetica", 9)
    c.drawCentredString(XW / 2, XH - 30, f"begroting_regiodeal_{name.lower()}_v7.xlsx")
    c.drawString(X0, 25, "Begroting")
    c.drawCentredString(XW / 2, 25, "Pagina 1 van 1")
    grid = []  # (x0, y_top, x1, y_bottom)
    placed = t.header_cells()
    lines = len(t.header)
    heights = []
    for line in range(lines):
        cells = [(h.text, sum(widths[h.column:h.column + h.columns])) for h in placed if h.line == line]
        heights.append(_height(cells + ([(t.label, COL_A)] if line == 0 else []), bold=True))
    tops = [YTOP]
    for h in heights:
        tops.append(tops[-1] - h)
    _draw_cell(c, t.label, xs[0], tops[0], COL_A, tops[0] - tops[lines], bold=True)
    grid.append((xs[0], tops[0], xs[1], tops[lines]))
    for h in placed:
        x0, x1 = xs[h.column], xs[h.column + h.columns]
        yt, yb = tops[h.line], tops[h.line + h.lines]
        _draw_cell(c, h.text, x0, yt, x1 - x0, yt - yb, "center" if h.columns > 1 else "right", bold=True)
        grid.append((x0, yt, x1, yb))
    covered = {(line, col) for h in placed for line in range(h.line, h.line + h.lines)
               for col in range(h.column, h.column + h.columns)}
    for line in range(lines):
        for col in range(1, n + 1):
            if (line, col) not in covered:
                grid.append((xs[col], tops[line], xs[col + 1], tops[line + 1]))
    if funding:
        _draw_cell(c, "Controle", xs[n + 1], tops[0], COL_CHECK, tops[0] - tops[lines], "right", bold=True)
        _draw_cell(c, "Opmerking", xs[n + 2], tops[0], COL_NOTE, tops[0] - tops[lines], bold=True)
        grid += [(xs[n + 1], tops[0], xs[n + 2], tops[lines]), (xs[n + 2], tops[0], xs[n + 3], tops[lines])]
    y = tops[lines]
    table_bottom = y
    sums = [Decimal(0)] * n
    words = [False] * n
    for r, row in enumerate(t.rows):
        h = _height([(row[0], COL_A)] + [(x, widths[j + 1]) for j, x in enumerate(row[1:])])
        bold = is_total(row[0])
        _draw_cell(c, row[0], xs[0], y, COL_A, h, bold=bold)
        for j, text in enumerate(row[1:]):
            _draw_cell(c, text, xs[j + 1], y, widths[j + 1], h, "right", bold=bold)
        for k in range(len(widths)):
            grid.append((xs[k], y, xs[k + 1], y - h))
        if funding:
            vals = [values.get((r, keys[j])) for j in range(n)]
            for j in range(n):
                body, _ = _split_mark(row[j + 1])
                if vals[j] is None and body.strip() not in ("", "-", ".-"):
                    words[j] = True
                elif vals[j] is not None and not bold:
                    sums[j] += vals[j]
            ti = keys.index("totaal")
            parts = [v or Decimal(0) for j, v in enumerate(vals) if j != ti]
            ok = vals[ti] is not None and not any(words)
            diff = (vals[ti] - sum(parts, Decimal(0))) if ok else None
            _draw_cell(c, "" if diff is None else with_thousand_dots(int(diff)), xs[n + 1], y, COL_CHECK, h, "right")
            _draw_cell(c, "" if diff is None else ("ok" if diff == 0 else "verschil"), xs[n + 2], y, COL_NOTE, h)
        y -= h
        table_bottom = y
    if funding:
        y -= 15  # an empty row
        for k in range(len(widths)):
            grid.append((xs[k], y + 15, xs[k + 1], y))
        _draw_cell(c, "Controle kolomtotaal", xs[0], y, COL_A, 15, bold=True)
        for j in range(n):
            _draw_cell(c, "" if words[j] else with_thousand_dots(int(sums[j])), xs[j + 1], y, widths[j + 1], 15, "right")
        for k in range(len(widths)):
            grid.append((xs[k], y, xs[k + 1], y - 15))
    c.setStrokeColor(colors.HexColor("#C8C8C8"))
    c.setLineWidth(0.4)
    for x0, yt, x1, yb in grid:
        c.rect(x0, yb, x1 - x0, yt - yb, stroke=1, fill=0)
    c.showPage()
    return xs[0], tops[0], xs[n + 1], table_bottom


# --- the layout -----------------------------------------------------------------------------

class _Placeholder(Flowable):
    """The graphic frame a placed table fills: records where it was drawn."""

    def __init__(self, slot, width, height, rec, places):
        super().__init__()
        self.slot, self.w, self.h, self.rec, self.places = slot, width, height, rec, places

    def wrap(self, aW, aH):
        return self.w, self.h

    def drawOn(self, canv, x, y, _sW=0):
        page = canv.getPageNumber()
        self.places[self.slot] = (page, x, y, self.w, self.h)
        self.rec(page)


class _LabelRP(RP):
    """A field label that records where its first baseline was drawn."""

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        self._labels.append((canv.getPageNumber(), x, y + self.height - self.style.fontSize,
                             self.style.fontSize, self._english))


def render_placed(dossier: source.Dossier, pdf_path) -> dict:
    import pymupdf  # places the Excel pages and adds the layers (the samples extra)

    register_fonts()
    golden = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)

    # 1. the workbook's print: one page per table, in document order
    excel = io.BytesIO()
    xc = rl_canvas.Canvas(excel, pagesize=(XW, XH), invariant=1)
    slots = []  # (project, table index, excel page, clip box)
    for pr in dossier.projects:
        for index, t in enumerate(tables_of(pr)):
            keys = golden.get((pr.title, index))
            cells = {(r, k): v for (title, i, r, k), v in values.items() if title == pr.title and i == index}
            box = excel_page(xc, t, keys if is_funding(keys) else None, cells, name)
            slots.append((pr.title, index, len(slots), box))
    xc.save()
    slot_of = {(title, index): k for title, index, k, _ in slots}

    def s(n, font="DejaVuSerif", size=9.5, leading=13.5, **kw):
        return ParagraphStyle(f"pl-{n}", fontName=font, fontSize=size, leading=leading, **kw)

    st = {"body": s("body", spaceAfter=4),
          "item": s("item", spaceAfter=2, leftIndent=13, bulletIndent=0, bulletFontName="DejaVuSerif"),
          "theme": s("theme", "DejaVuSans", 8.5, 11, textColor=GREY),
          "title": s("title", "DejaVuSans-Bold", 18, 22, textColor=RED, spaceAfter=4),
          "label": s("label", "DejaVuSans-Bold", 9, 12, textColor=RED, spaceBefore=8, spaceAfter=2, keepWithNext=1),
          "doc": s("doc", "DejaVuSans-Bold", 20, 24, spaceAfter=16),
          "toc": s("toc", size=10, leading=14), "toc_p": s("tocp", size=10, leading=14, alignment=TA_RIGHT),
          "tfoot": s("tfoot", size=7.5, leading=9.5, spaceBefore=2),
          "note": s("note", size=7.5, leading=9.5, leftIndent=8, firstLineIndent=-8)}
    places: dict[int, tuple] = {}
    labels: list = []

    def placeholder(pr, t, tables, rec):
        index = next(i for i, x in enumerate(tables) if x is t)
        k = slot_of[(pr.title, index)]
        x0, yt, x1, yb = slots[k][3]
        scale = min(1.0, FW / (x1 - x0))
        return [Spacer(0, 4), _Placeholder(k, (x1 - x0) * scale, (yt - yb) * scale, rec, places),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 6)]

    def once(info):
        truth = Truth(dossier, "placed")
        places.clear()
        labels.clear()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                  **meta(dossier, "placed"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("DejaVuSans", 8)
            canv.drawRightString(WIDTH - M, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story = [para(f"Regio Deal {name}: projectvoorstellen", st["doc"])]
        story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_p"])]
                            for p, pr in enumerate(dossier.projects)], colWidths=[FW - 40, 40], hAlign="LEFT",
                           style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            story += [PageBreak(), para(pr.theme.upper(), st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += placeholder(pr, row, tables, rec)
                    continue
                lab = para(row.label, st["label"], rec)
                lab.__class__ = _LabelRP
                lab._labels, lab._english = labels, EN.get(row.label, row.label)
                story.append(lab)
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += placeholder(pr, item, tables, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    record = build_until_stable(once)

    # 2. place the cropped Excel pages and add the hidden English layer
    out = pymupdf.open(str(pdf_path))
    src = pymupdf.open("pdf", excel.getvalue())
    ocg_nl = out.add_ocg("NL", on=True)
    ocg_en = out.add_ocg("EN", on=False)
    for k, (page, x, y, w, h) in places.items():
        x0, yt, x1, yb = slots[k][3]
        rect = pymupdf.Rect(x, HEIGHT - (y + h), x + w, HEIGHT - y)
        clip = pymupdf.Rect(x0, XH - yt, x1, XH - yb)
        out[page - 1].show_pdf_page(rect, src, slots[k][2], clip=clip, oc=ocg_nl)
    for page, x, baseline, size, english in labels:
        out[page - 1].insert_text((x, HEIGHT - baseline), english, fontsize=size, fontname="hebo",
                                  color=(0.478, 0.122, 0.169), oc=ocg_en)
    tmp = str(pdf_path) + ".tmp"
    out.save(tmp, garbage=3, deflate=True, no_new_id=True)  # the document's fixed /ID: the same file at each rendering
    out.close()
    os.replace(tmp, pdf_path)
    return record
