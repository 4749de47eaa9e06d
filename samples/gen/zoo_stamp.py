"""One more house style for the layout zoo (see zoo.py), held out: the dossier as the
ministry returned it, every project's first page stamped and initialled.

- stamp:  A4 portrait, margins 2.5 cm all round, a serif body (Liberation Serif; else DejaVu
          Serif) 10.5pt on 14pt, ragged right. Running header "Regio Deal <Name> –
          beoordeling" in 8pt grey at the right; the page number centred in the footer, 8pt.
          Each project OPENS A NEW PAGE: its theme in 10pt italic, its title in 16pt bold;
          field labels 11pt bold on their own line; list items as bullets (the transcription's
          marker hanging, the text indented after it).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too) across the text width, 8.5pt sans (Liberation Sans; else
          DejaVu Sans), fully ruled with 0.5pt grey rules; the header line(s) bold on a light
          grey fill (the table's label over the row labels, a group header centred over its
          members, single headers right-aligned); amounts right-aligned exactly as
          transcribed; the total row bold. Table footnotes under the table in 7pt. The
          project's notes under its last field in 7.5pt ("¹ Bron: ...").
          THE STAMP, drawn LAST on each project's first page (over the text, as a stamp lands
          on paper): a rounded rectangle 6.5 cm x 2.4 cm, a 2pt red (#C0392B) border and an
          inner 0.6pt border, ROTATED by -12 degrees, centred at 62% of the page width and 38%
          of its height from the top (over body text); inside it, in red bold sans, as real
          text turned with the stamp: "GOEDGEKEURD" 16pt, under it "Ministerie van BZK" 8pt
          and "d.d. 14-03-2019" (Twente) / "d.d. 11-04-2024" (other dossiers) 8pt.
          THE INITIAL: beside the stamp's lower right corner a blue (#1F4E9A) scribble, one
          path of five bezier curves, 1.2pt wide, about 3 cm x 1 cm, no text.

The stamp and the initial are no content of the dossier and the text under them is printed
in full; every cell prints as transcribed: the truth record is the plain one (no "raw"). A
project runs from the page of its heading to the page of its last field text, table cell or
note.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts, _markup
from .zoo_common import FALLBACK, Doc, Truth, build_until_stable, dossier_name, font_for, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
PAD = 3.0

INK = colors.black
GREY = colors.HexColor("#707070")
RULE = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#E6E6E6")
RED = colors.HexColor("#C0392B")
BLUE = colors.HexColor("#1F4E9A")

STAMP_W, STAMP_H = 6.5 * cm, 2.4 * cm
STAMP_X, STAMP_Y = 0.62 * WIDTH, HEIGHT * (1 - 0.38)  # its centre
STAMP_ANGLE = -12
INSET = 3.5  # the inner border inside the outer one

ITEM_IN = 15.0  # a list item's text from the left margin, its marker hanging before it
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

_LIB_DIRS = (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))
_FACES = {"StSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "StSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "StSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic")}

# The initial: five bezier curves in a box of about 3 cm x 1 cm (points from its left end).
_SCRIBBLE = ((0, 4),
             (6, 30, 16, 30, 14, 8),
             (12, -6, 34, 34, 30, 10),
             (27, -4, 50, 30, 48, 8),
             (46, -8, 30, 2, 55, 4),
             (70, 6, 80, 14, 86, 22))


def _serif() -> tuple[str, str, str]:
    """Liberation Serif (regular, bold, italic) where installed, its gaps filled from
    DejaVu Serif; else DejaVu Serif."""
    register_fonts()
    folder = next((d for d in _LIB_DIRS if all((d / f).is_file() for f, _ in _FACES.values())), None)
    if folder is None:
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        FALLBACK.setdefault(name, stand_in)
    return tuple(_FACES)


def _styles(serif, sans) -> dict:
    (rm, bf, it), (sr, sb, _) = serif, sans

    def st(name, font=rm, size=10.5, leading=14, **kw):
        return ParagraphStyle(f"sp-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 8.5, 10.5
    return {
        "theme": st("theme", it, 10, 13, spaceAfter=2, keepWithNext=1),
        "title": st("title", bf, 16, 20, spaceAfter=8, keepWithNext=1),
        "label": st("label", bf, 11, 14, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=ITEM_IN, bulletIndent=3, bulletFontName=rm,
                   bulletFontSize=10.5, spaceAfter=3),
        "tlabel": st("tl", sb, ts, tl, alignment=TA_LEFT),
        "thead": st("th", sb, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", sb, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", sr, ts, tl),
        "tbody_b": st("tbb", sb, ts, tl),
        "tamount": st("ta", sr, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", sb, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", sr, 7, 8.8, spaceBefore=2),
        "note": st("note", rm, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", rm, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


# --- the stamp and the initial ------------------------------------------------------


def _stamp(canv, date: str, bold: str) -> None:
    """The red stamp turned across the text, the blue initial beside its lower right corner."""
    canv.saveState()
    canv.translate(STAMP_X, STAMP_Y)
    canv.rotate(STAMP_ANGLE)
    canv.setStrokeColor(RED)
    canv.setLineWidth(2)
    canv.roundRect(-STAMP_W / 2, -STAMP_H / 2, STAMP_W, STAMP_H, 8, stroke=1, fill=0)
    canv.setLineWidth(0.6)
    canv.roundRect(-STAMP_W / 2 + INSET, -STAMP_H / 2 + INSET, STAMP_W - 2 * INSET,
                   STAMP_H - 2 * INSET, 5, stroke=1, fill=0)
    canv.setFillColor(RED)
    for text, size, y in (("GOEDGEKEURD", 16, 7), ("Ministerie van BZK", 8, -8), (date, 8, -18)):
        canv.setFont(font_for(text, bold), size)
        canv.drawCentredString(0, y, text)
    canv.restoreState()

    # the stamp's lower right corner on the page, the initial a little to the right of it
    a = math.radians(STAMP_ANGLE)
    x, y = STAMP_W / 2, -STAMP_H / 2
    cx = STAMP_X + x * math.cos(a) - y * math.sin(a)
    cy = STAMP_Y + x * math.sin(a) + y * math.cos(a)
    canv.saveState()
    canv.setStrokeColor(BLUE)
    canv.setLineWidth(1.2)
    canv.setLineCap(1)
    canv.setLineJoin(1)
    path = canv.beginPath()
    x0, y0 = cx + 8, cy - 10
    path.moveTo(x0 + _SCRIBBLE[0][0], y0 + _SCRIBBLE[0][1])
    for c in _SCRIBBLE[1:]:
        path.curveTo(*(v + (x0 if i % 2 == 0 else y0) for i, v in enumerate(c)))
    canv.drawPath(path, stroke=1, fill=0)
    canv.restoreState()


# --- content ------------------------------------------------------------------------


def _table(t: source.Table, st, rec) -> list:
    """The transcribed grid across the text width, fully ruled, the header on grey."""
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if lines:
        cmds += [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
                 ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
                 ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.34)
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, style=TableStyle(cmds),
                                     hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _text(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    if m:
        rest = text[m.end():]
        body = _markup(rest, st["item"].fontName) or escape(rest)
        # the marker as transcribed hangs as the bullet: the scored field text holds it
        return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")
    return para(text, st["body"], rec)


def render_stamp(dossier: source.Dossier, pdf_path) -> dict:
    serif = _serif()
    sans = _fonts()
    st = _styles(serif, sans)
    name = dossier_name(dossier)
    header = f"Regio Deal {name} – beoordeling".replace("  ", " ")
    date = "d.d. 14-03-2019" if name == "Twente" else "d.d. 11-04-2024"

    def once(info):
        truth = Truth(dossier, "stamp")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "stamp"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, sans[0]), 8)
            canv.drawRightString(WIDTH - MARGIN, HEIGHT - 1.5 * cm, header)
            canv.setFillColor(INK)
            canv.setFont(sans[0], 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def on_page_end(canv, d):
            # after the page's flowables: a page on which a heading was drawn gets the stamp
            if canv.getPageNumber() in truth.first.values():
                _stamp(canv, date, sans[1])

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=on_page_end)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    story += _table(item, st, rec) if isinstance(item, source.Table) else [
                        _text(item, st, rec)]
            if pr.notes:
                story.append(Spacer(0, 6))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
