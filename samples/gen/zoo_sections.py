"""One more house style for the layout zoo (see zoo.py), held out: a municipality's
budget-style proposal written in Word whose funding tables group their cost lines under
section rows, as budget tables commonly do.

- sections: A4 portrait, an Arial-like sans (Helvetica) 10pt on 13pt, margins 2.5 cm; a
          running footer "Regio Deal <Name> - projectvoorstellen" at the left and "Pagina N"
          at the right in 8pt grey.
          Each project opens a new page with "<n>. <title>" in 15pt bold dark blue and its
          theme under it in 10pt italic grey. FIELDS as bold 10pt labels on their own line,
          the field's paragraphs under them (list items as indented bullets, the marker as
          transcribed hanging); a table inside a field stands after the field's paragraphs
          it follows in the transcription.
          EVERY TABLE (funding tables and any other table), 9pt: the header line(s) bold on a
          light grey fill, the table's label over the row labels, a group header ("Publiek")
          centred over its members, single headers right-aligned; a 0.5pt rule under the
          header, thin (0.25pt) light grey horizontal rules between rows, no vertical rules;
          amounts right-aligned exactly as transcribed. The BODY ROWS (all rows but the total
          row: the last row when its label is a total) are GROUPED UNDER SECTION ROWS: a row
          holding only its label in bold italic 9pt on a pale blue fill, one cell across the
          whole table, no amounts and no rules. At most three body rows: one section
          "Investeringen" over them; four or more: "Eenmalige kosten" over the first ceil(n/2)
          and "Doorlopende kosten" over the rest. The body rows under a section are indented
          10pt in the label column. An EMPTY SPACER ROW (6pt high, no text, no rules) before
          the total row; the total row bold under a 0.75pt rule. A table without a total row
          has its sections and no spacer. Header lines repeated where a table breaks over a
          page. Table footnotes under the table in 8pt; the project's notes after its last
          field in 8pt, each with its mark.

The section rows and the spacer row are not rows of the transcription and every cell is
printed as transcribed: the truth record is the plain one (no "raw", no "table_order"). The
transcription's page breaks are not reproduced.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end,
                         para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
DARK_BLUE = colors.HexColor("#1F3864")
GREY = colors.HexColor("#6E6E6E")
HEAD_FILL = colors.HexColor("#E7E6E6")
SECTION_FILL = colors.HexColor("#DEEAF6")
ROW_RULE = colors.HexColor("#BFBFBF")
SANS, BOLD, ITALIC, BOLD_ITALIC = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique",
                                   "Helvetica-BoldOblique")
SIZE, LEAD = 10, 13
TSIZE, TLEAD = 9, 11
PAD = 4
INDENT = 10      # body rows under a section, in the label column
SPACER_H = 6     # the empty row before the total row

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"sec-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def t(name, font, align, **kw):
        return st(name, font, TSIZE, TLEAD, alignment=align, **kw)

    return {
        "title": st("title", BOLD, 15, 18.5, textColor=DARK_BLUE, keepWithNext=1),
        "theme": st("theme", ITALIC, textColor=GREY, spaceBefore=2, spaceAfter=14,
                    keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", leftIndent=0.95 * cm, bulletIndent=0.4 * cm, spaceAfter=3),
        "tlabel": t("tl", BOLD, TA_LEFT),
        "thead": t("th", BOLD, TA_RIGHT),
        "tgroup": t("tg", BOLD, TA_CENTER),
        "tbody": t("tb", SANS, TA_LEFT, leftIndent=INDENT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
        "section": t("sec", BOLD_ITALIC, TA_LEFT),
        "tnote": st("tnote", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceBefore=2),
        "note_more": st("notem", SANS, 8, 10, leftIndent=8),
    }


def _item(text: str, st, rec):
    """A list item: its marker hanging as the bullet, the text indented after it."""
    m = _LIST_ITEM.match(text)
    marker, rest = m.group().strip(), text[m.end():]
    base = st["item"]
    style = ParagraphStyle(f"{base.name}-x", base, fontName=font_for(rest, base.fontName),
                           bulletFontName=font_for(marker, base.fontName),
                           bulletFontSize=base.fontSize)
    return para("", style, rec, markup=f"<bullet>{escape(marker)}</bullet>{escape(rest)}")


def _sections(n: int) -> list[tuple[str, int]]:
    """(section label, body rows under it) for a table of `n` body rows."""
    if n <= 3:
        return [("Investeringen", n)]
    first = math.ceil(n / 2)
    return [("Eenmalige kosten", first), ("Doorlopende kosten", n - first)]


def _table(t: source.Table, st, rec, width) -> list:
    """The table with its body rows under section rows, a spacer and the total row."""
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))

    body = list(t.rows)
    total = body.pop() if body and is_total(body[-1][0]) else None
    start = 0
    for name, count in _sections(len(body)):
        r = len(rows)
        # the section label alone in one cell across the table; not a transcription cell
        rows.append([para(name, st["section"])] + [""] * n)
        cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), SECTION_FILL),
                 ("NOSPLIT", (0, r), (-1, min(r + 1, r + count)))]  # not alone at a page foot
        for k, cells in enumerate(body[start:start + count]):
            rows.append([para(cells[0], st["tbody"], rec)] +
                        [para(c, st["tamount"], rec) for c in cells[1:]])
            if k:  # thin rules between the rows of a section, none at the section row
                cmds.append(("LINEABOVE", (0, len(rows) - 1), (-1, len(rows) - 1), 0.25,
                             ROW_RULE))
        start += count
    heights: list = [None] * len(rows)
    if total is not None:
        rows.append([""] * (n + 1))
        heights.append(SPACER_H)
        r = len(rows)
        rows.append([para(total[0], st["tbody_b"], rec)] +
                    [para(c, st["tamount_b"], rec) for c in total[1:]])
        heights.append(None)
        cmds += [("TOPPADDING", (0, r - 1), (-1, r - 1), 0),
                 ("BOTTOMPADDING", (0, r - 1), (-1, r - 1), 0),
                 ("LINEABOVE", (0, r), (-1, r), 0.75, colors.black),
                 ("NOSPLIT", (0, r - 1), (-1, r))]
    # the header stays with the first section row and its first line
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.36)
    out: list = [Table(rows, colWidths=widths, rowHeights=heights, repeatRows=lines,
                       style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tnote"], rec) for f in t.footnotes]
    return out


def _field(field: source.Field, st, rec) -> list:
    out: list = [para(field.label, st["label"], rec)]
    for item in field.content:
        if isinstance(item, source.Table):
            out += [Spacer(0, 4), *_table(item, st, rec, FW), Spacer(0, 8)]
        elif _LIST_ITEM.match(item):
            out.append(_item(item, st, rec))
        else:
            out.append(para(item, st["body"], rec))
    return out


def render_sections(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} - projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "sections")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "sections"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, SANS), 8)
            y = 1.4 * cm
            canv.drawString(MARGIN, y, footer)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN, y, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(f"{p + 1}. {pr.title}", st["title"], truth.heading(p)))
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Field):
                    story += _field(row, st, rec)
                else:
                    story += [Spacer(0, 8), *_table(row, st, rec, FW), Spacer(0, 4)]
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
