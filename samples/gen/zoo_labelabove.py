"""One more house style for the layout zoo (see zoo.py), held out: a pocket-size (A5)
"financieel boekje" of a regional programme office whose funding tables print EVERY ROW ON
TWO LINES, as annual accounts and finance reports do when row labels are long: the row's
label on a line of its own across the full table width, its amounts on the NEXT line under
the column headers, the label cell of that line left empty.

- labelabove: A5 portrait (420 x 595 pt), margins 1.3 cm left and right, 1.7 cm top, 1.8 cm
          bottom (a 12.2 cm text column). A serif body (DejaVu Serif) 8.5pt on 11.5pt, ragged
          right, 3pt after each paragraph; a list item hangs on its marker. RUNNING HEADER on
          every page 1.0 cm from the top edge: "Regio Deal <Name>" in 7pt italic at the left
          and "Projecten en financiën" in 7pt italic at the right, a 0.3pt rule 3pt under them
          across the column; page number centred 1.0 cm from the bottom edge in 7pt.
          Each project OPENS A NEW PAGE: its theme in 7.5pt italic grey (#6E6E6E), its title
          in 12.5pt bold serif on 15pt, a 6pt gap. FIELD LABELS in 8pt bold sans
          (Helvetica) dark red (#7A1F1F) on their own line, 7pt above, kept with the text;
          the field's paragraphs under it in the serif (a list marker in DejaVu Sans, as
          Word takes bullets from a symbol font).
          TABLES across the full column in Helvetica 7pt on 8.5pt. HEADER: the table's corner
          label in bold at the left over the (narrow) label column, the column headers in bold,
          right-aligned over their value columns (a group header centred over its members
          with a 0.3pt rule under it), bottom-aligned; a 0.8pt black rule under the header,
          none above. EVERY BODY ROW IS TWO LINES: (1) the row's LABEL alone on a line
          spanning the FULL TABLE WIDTH, left-aligned, plain (the Totaal row's label in
          bold), wrapping across the width where long; (2) under it the row's AMOUNTS, each
          right-aligned under its column header exactly as transcribed, the label column's
          cell on that line EMPTY (bold on the Totaal row). A light grey 0.3pt rule (#B4B4B4)
          under each AMOUNTS line only (none between a label line and its amounts), a 0.8pt
          black rule under the Totaal row's amounts instead. The label column is 12% of the
          width (the corner label wrapping or shrinking in it), the value columns share the
          rest alike. A row's two lines are never parted by a page break; the header repeats
          on a new page. Table footnotes under the table in 6.5pt sans. The project's notes
          at its end in 7pt serif, each "<mark> <text>".

The transcription's page breaks inside tables are not followed. Every cell prints as
transcribed (the truth record is the plain one). A project runs from its opening page (theme
and title drawn) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_total, meta, notes_at_end,
                         para, register_fonts)

WIDTH, HEIGHT = A5
ML, MR, MT, MB = 1.3 * cm, 1.3 * cm, 1.7 * cm, 1.8 * cm
FW = WIDTH - ML - MR
SERIF, SERIF_B, SERIF_I = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
GREY = colors.HexColor("#6E6E6E")
RED = colors.HexColor("#7A1F1F")
RULE = colors.HexColor("#B4B4B4")
LABEL_SHARE = 0.12


def _styles() -> dict:
    def st(name, font=SERIF, size=8.5, leading=11.5, **kw):
        return ParagraphStyle(f"la-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", SERIF_I, 7.5, 10, textColor=GREY, keepWithNext=1),
        "title": st("title", SERIF_B, 12.5, 15, spaceAfter=6, keepWithNext=1),
        "label": st("label", SANS_B, 8, 10, textColor=RED, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=3),
        "item": st("item", spaceAfter=3, leftIndent=11, bulletIndent=0, bulletFontName="DejaVuSans"),
        "foot": st("foot", SANS, 6.5, 8, spaceBefore=2),
        "note": st("note", SERIF, 7, 9, spaceAfter=2),
        "corner": st("corner", SANS_B, 7, 8.5, alignment=TA_LEFT),
        "head": st("head", SANS_B, 7, 8.5, alignment=TA_RIGHT),
        "group": st("group", SANS_B, 7, 8.5, alignment=TA_CENTER),
        "row": st("row", SANS, 7, 8.5),
        "row_b": st("row_b", SANS_B, 7, 8.5),
        "amt": st("amt", SANS, 7, 8.5, alignment=TA_RIGHT),
        "amt_b": st("amt_b", SANS_B, 7, 8.5, alignment=TA_RIGHT),
    }


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    label_w = LABEL_SHARE * FW
    widths = [label_w] + [(FW - label_w) / n] * n
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, colors.black)]
    rows[0][0] = para(t.label, st["corner"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        group = h.columns > 1
        if h.text.strip():
            rows[h.line][h.column] = para(h.text, st["group" if group else "head"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if group and r1 < lines - 1 and h.text.strip():
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.3, colors.black))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        r = len(rows)
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        # the label's line: one cell across the whole table
        rows.append([para(body[0], st["row" + b], rec)] + [""] * n)
        cmds += [("SPAN", (0, r), (-1, r)), ("BOTTOMPADDING", (0, r), (-1, r), 0.5)]
        # the amounts' line: the label cell empty
        rows.append([""] + [para(text, st["amt" + b], rec) if text else "" for text in cells[:n]])
        cmds += [("TOPPADDING", (0, r + 1), (-1, r + 1), 0.5),
                 ("LINEBELOW", (0, r + 1), (-1, r + 1), 0.8 if b else 0.3, colors.black if b else RULE),
                 ("NOSPLIT", (0, r), (-1, r + 1))]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


def render_labelabove(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "labelabove")
        doc = Doc(str(pdf_path), truth, pagesize=A5, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "labelabove"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.0 * cm
            canv.setFont(SERIF_I, 7)
            canv.drawString(ML, y, f"Regio Deal {name}".strip())
            canv.drawRightString(WIDTH - MR, y, "Projecten en financiën")
            canv.setLineWidth(0.3)
            canv.line(ML, y - 3, WIDTH - MR, y - 3)
            canv.setFont(SERIF, 7)
            canv.drawCentredString(WIDTH / 2, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec, head = truth.content(p), truth.heading(p)
            if p:
                story.append(PageBreak())
            story += [para(pr.theme, st["theme"], head), para(pr.title, st["title"], head)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *_table(row, st, rec), Spacer(0, 5)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 3), *_table(item, st, rec), Spacer(0, 5)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
