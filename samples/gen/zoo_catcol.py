"""One more house style for the layout zoo (see zoo.py), held out: a municipality's Word
report whose funding tables open with a CATEGORY COLUMN.

- catcol: A4 portrait, margins 2.5 cm all round, a sans body (Liberation Sans; else DejaVu
          Sans) 10pt on 13pt, ragged right. Running footer: the page number at the right,
          8pt. Projects flow on; each project opens with its theme (9pt grey) and its title
          (14pt bold); field labels 10.5pt bold on their own line; list items as bullets
          (the transcription's marker hanging, the text indented after it).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too): full text width, 8pt, fully ruled (a 0.5pt grey grid).
          A NEW FIRST COLUMN "Soort" (2.4 cm) holds a category in italics in ONE cell merged
          vertically over all the table's body rows except the total row (a SPAN, the text
          vertically centred): "Investering" for a table whose label contains "Investering"
          or "Opgave", else "Activiteiten"; its header cell (over all header lines) says
          "Soort"; the total row's "Soort" cell is empty. The second column holds the table's
          label in its header cell ("Opgaven/Investeringen") and the row labels as
          transcribed, the total row's "Totaal" too; then the value columns as transcribed
          (headers right-aligned, a group header centred over its members on a header line
          above, spanning). The header lines bold on a light grey fill, repeated where a
          table breaks. Amounts right-aligned exactly as transcribed; the total row bold.
          Table footnotes under the table in 7pt.
          The project's notes under its last field in 7.5pt ("¹ Bron: ...").

The category column is the house's addition and not in the golden cells; every transcribed
cell prints as transcribed: the truth record is the plain one (no "raw", no "table_order").
A project runs from the page of its heading to the page of its last field text, table cell
or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts, _markup
from .zoo_common import Doc, Truth, build_until_stable, meta, para

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
SOORT_W = 2.4 * cm
PAD = 3.0

INK = colors.black
GREY = colors.HexColor("#707070")
GRID = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#E7E7E7")

ITEM_IN = 14.0  # a list item's text from the left margin, its marker hanging before it

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(sans, bold, italic) -> dict:
    def st(name, font=sans, size=10, leading=13, **kw):
        return ParagraphStyle(f"cc-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 8, 9.8
    return {
        "theme": st("theme", sans, 9, 11, textColor=GREY, spaceBefore=14, keepWithNext=1),
        "title": st("title", bold, 14, 17, spaceAfter=4, keepWithNext=1),
        "label": st("label", bold, 10.5, 13.5, spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "body": st("body", spaceAfter=3),
        "item": st("item", leftIndent=ITEM_IN, bulletIndent=2, bulletFontName=sans,
                   bulletFontSize=10, spaceAfter=2),
        "soort_h": st("sh", bold, ts, tl, alignment=TA_LEFT),
        "soort": st("so", italic, ts, tl, alignment=TA_LEFT),
        "tlabel": st("tl", bold, ts, tl, alignment=TA_LEFT),
        "thead": st("th", bold, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", sans, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 7, 8.8, spaceBefore=2),
        "note": st("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


def category(t: source.Table) -> str:
    return "Investering" if "Investering" in t.label or "Opgave" in t.label else "Activiteiten"


def _table(t: source.Table, st, rec, width) -> list:
    """The transcribed grid behind a new "Soort" column: the category merged down the body
    rows (a total row left out, its Soort cell empty)."""
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    for r, row in enumerate(rows):
        row.insert(0, para("Soort", st["soort_h"]) if r == 0 and lines else "")
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if lines:
        cmds += [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
                 ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM")]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    cmds += [("SPAN", (c0 + 1, r0), (c1 + 1, r1)) for (c0, r0), (c1, r1) in spans]
    # the category over each run of body rows between total rows (one run in practice)
    runs, start = [], None
    for r in range(lines, len(rows) + 1):
        if r < len(rows) and r not in totals:
            start = r if start is None else start
        elif start is not None:
            runs.append((start, r - 1))
            start = None
    for r0, r1 in runs:
        rows[r0][0] = para(category(t), st["soort"])
        cmds.append(("VALIGN", (0, r0), (0, r1), "MIDDLE"))
        if r1 > r0:
            cmds.append(("SPAN", (0, r0), (0, r1)))
    widths = [SOORT_W] + _col_widths(t, lambda s: s, width - SOORT_W, st, PAD, label_share=0.34)
    if lines:
        cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _text(text: str, st, rec):
    if _LIST_ITEM.match(text):
        m = _LIST_ITEM.match(text)
        rest = text[m.end():]
        body = _markup(rest, st["item"].fontName) or escape(rest)
        # the marker as transcribed: the scored field text holds it
        return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")
    return para(text, st["body"], rec)


def _content(items, st, rec) -> list:
    out: list = []
    for item in items:
        if isinstance(item, source.Table):
            out += _table(item, st, rec, FW)
        else:
            out.append(_text(item, st, rec))
    return out


def render_catcol(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, italic = _fonts()
    st = _styles(sans, bold, italic)

    def once(info):
        truth = Truth(dossier, "catcol")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "catcol"))

        def footer(canv, d):
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                else:
                    story.append(para(row.label, st["label"], rec))
                    story += _content(row.content or ("",), st, rec)
            if pr.notes:
                story.append(Spacer(0, 4))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
            story.append(Spacer(0, 10))
        doc.build(story)
        return truth

    return build_until_stable(once)
