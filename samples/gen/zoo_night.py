"""One more house style for the layout zoo (see zoo.py): light text on a dark page.

- night: a design agency's "pitch deck" dossier, exported from Figma/Keynote as portrait
         pages. A4 portrait; every page is first covered by a full-page navy rectangle
         (#14213D) and carries the same decoration: a filled circle in a slightly lighter
         navy (#1F2F55), 6 cm in radius, centred 2.2 cm from the right edge and 3 cm from the
         top (so it runs off the page and lies behind the right part of the column's first
         lines), and a thin accent rule (#FCA311, 1.5pt, 2.5 cm) at the column's top left,
         2 cm from the top. All text is light:
         body in off-white (#F1F1F1) Liberation Sans (Arial's metrics; else DejaVu Sans)
         10pt on 14pt, ragged right, in a single column 15 cm wide, 3 cm from each side
         edge. The first page is the contents on the same dark ground: the transcription's
         heading in white 22pt bold, each theme in the accent colour bold, its projects'
         titles under it in off-white with the page number at the right in the accent
         colour. Each project starts a new page: the theme in the accent colour 10pt, under
         it the title in white 22pt bold. Field labels in the accent colour, bold 9pt
         capitals (the label's text upper-cased), on a line of their own above the field's
         paragraphs. Tables (investment tables and those inside a field, which stay in
         their field) across the column in 8.5pt without any grid or rule between cells:
         header texts bold in the accent colour on the page's ground (amount headers right
         aligned, a group header such as "Publiek" centred over its members with a 0.8pt
         accent rule under it), each body row on its own band of a lighter navy (#1B2A4A)
         with 2pt of the dark ground between bands, row labels and right-aligned amounts in
         off-white, every text of a body row centred vertically on its band (a wrapped row
         label's lines above and below the amounts); the Totaal row bold in dark navy text
         on an accent-coloured band. Column widths from what the cells need. An
         investment table breaking over pages repeats its header lines. Table footnotes
         under the table in 8pt light grey (#B0B0B0); project notes as page footnotes at
         the foot of the column under a short accent rule, 8pt light grey. Footer: the
         running title "Regio Deal <name> — Projectenboek" at the bottom left in 7pt light
         grey, the page number centred in 8pt light grey.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, fields_with_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, Truth)
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
FW = 15.0 * cm                      # the single text column
MARGIN_X = (WIDTH - FW) / 2
TOP, BOTTOM = 3.4 * cm, 2.6 * cm
NAVY = colors.HexColor("#14213D")   # the page
CIRCLE = colors.HexColor("#1F2F55")
BAND = colors.HexColor("#1B2A4A")
ACCENT = colors.HexColor("#FCA311")
TEXT = colors.HexColor("#F1F1F1")
WHITE = colors.white
LIGHT = colors.HexColor("#B0B0B0")
GAP = 2.0                           # dark ground between two row bands
PAD = 4.0


def _band(colour):
    """A table BACKGROUND callable: the row's band, inset by half the gap top and bottom."""
    def draw(table, canv, x0, y0, w, h):
        lo, hi = min(y0, y0 + h), max(y0, y0 + h)
        canv.setFillColor(colour)
        canv.rect(x0, lo + GAP / 2, w, hi - lo - GAP, stroke=0, fill=1)
    return draw


def _table(t: source.Table, st, rec, investment: bool) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, lines), (-1, -1), 3 + GAP / 2),
            ("BOTTOMPADDING", (0, lines), (-1, -1), 4 + GAP / 2)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for r in range(lines, len(rows)):
        cmds.append(("BACKGROUND", (0, r), (-1, r), _band(ACCENT if r in totals else BAND)))
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.8, ACCENT))
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, PAD, min_label=80.0),
                  repeatRows=lines if investment else 0, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 10)]


def render_night(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()

    def style(name, font=sans, size=10.0, leading=14.0, colour=TEXT, **kw):
        return ParagraphStyle(f"nt-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=colour, **kw)

    st = {
        "body": style("body", spaceAfter=6),
        "label": style("label", bold, 9, 12, ACCENT, spaceBefore=12, spaceAfter=4,
                       keepWithNext=1),
        "theme": style("theme", sans, 10, 13, ACCENT, spaceAfter=4, keepWithNext=1),
        "title": style("title", bold, 22, 27, WHITE, spaceAfter=16, keepWithNext=1),
        "toc_h": style("toch", bold, 22, 27, WHITE, spaceAfter=18),
        "toc_theme": style("toct", bold, 10, 14, ACCENT, spaceBefore=10, spaceAfter=2,
                           keepWithNext=1),
        "toc": style("toc", sans, 10, 14),
        "toc_page": style("tocp", sans, 10, 14, ACCENT, alignment=TA_RIGHT),
        "note": style("note", sans, 8, 10, LIGHT, leftIndent=9, firstLineIndent=-9,
                      spaceAfter=1.5),
        "tlabel": style("tl", bold, 8.5, 11, ACCENT),
        "thead": style("th", bold, 8.5, 11, ACCENT, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8.5, 11, ACCENT, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 11), "tbody_b": style("tbb", bold, 8.5, 11, NAVY),
        "tamount": style("ta", sans, 8.5, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 11, NAVY, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 8, 10, LIGHT, spaceBefore=3),
    }
    running = f"Regio Deal {dossier_name(dossier)} — Projectenboek".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "night")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=60)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "night"))

        def ground(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(NAVY)
            canv.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
            canv.setFillColor(CIRCLE)
            canv.circle(WIDTH - 2.2 * cm, HEIGHT - 3.0 * cm, 6.0 * cm, stroke=0, fill=1)
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(1.5)
            canv.line(MARGIN_X, HEIGHT - 2.0 * cm, MARGIN_X + 2.5 * cm, HEIGHT - 2.0 * cm)
            canv.setFillColor(LIGHT)
            canv.setFont(sans, 7)
            canv.drawString(MARGIN_X, 1.3 * cm, running)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, str(page))
            canv.restoreState()

        def notes(canv, d):
            canv.saveState()
            canv.setStrokeColor(ACCENT)
            foot.draw(canv)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=ground, onPageEnd=notes)])

        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme, st["toc_theme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            story += fields_with_notes(
                pr, st, rec, foot,
                lambda t, inside, rec=rec: _table(t, st, rec, investment=not inside),
                lambda field, k, rec=rec: para(field.label.upper(), st["label"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
