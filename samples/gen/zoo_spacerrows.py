"""One more house style for the layout zoo (see zoo.py), held out: tables pasted from an Excel
workbook as a full grid together with the workbook's SPACER ROWS AND COLUMN.

- spacerrows: A4 portrait, margins 2.2 cm, a Calibri-like sans (Liberation Sans; else DejaVu
          Sans) at 10pt on 13pt. Each project opens a new page under its title in 13pt bold
          with the theme before it on the same line ("<theme> | <title>", the theme in grey).
          Field labels in 10pt bold on their own line, the field's paragraphs under them (a
          list item hanging on its marker; a table inside a field stands there). Running
          header "Regio Deal <Name>" in 8pt grey at the right; the page number centred in the
          footer in 8pt.
          TABLES as pasted from the sheet, as wide as the text, in 8.5pt: a full 0.5pt grey
          (#808080) grid over every cell, the empty ones too. The sheet's column A comes
          along: an EMPTY first column 0.4 cm wide, empty in every row; then the label column
          (35% of the table's width) and the value columns sharing the rest. The header
          line(s) bold on a light orange fill (#FCE4D6) across the header cells (not column
          A), the table's label over the row labels, a group header ("Publiek") in a merged,
          centred cell over its members, single value headers right-aligned. EMPTY ROWS (as
          tall as a text row, 11pt, ruled like any other): one right under the header, one
          before each Totaal row and, in a table of more than four body rows, one after every
          third body row (between rows: none after the table's last row, and one empty row
          where two of these fall together). Amounts right-aligned exactly as transcribed,
          words and row labels left; the Totaal row bold with a 1.2pt rule above it across
          the table's columns (Excel's "top border thick"). A table breaking over a page
          repeats its header line(s), not the empty row under them. Table footnotes under the
          table in 8pt; the project's notes at its end in 8pt, each with its mark.

The transcription's page breaks are not reproduced. The spacer rows and column are no rows or
columns of the transcription and every cell is printed as transcribed: the truth record is
the plain one (no "raw").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _fonts
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.2 * cm
FW = WIDTH - 2 * MARGIN
GRID = colors.HexColor("#808080")
HEAD_FILL = colors.HexColor("#FCE4D6")
GREY = colors.HexColor("#808080")

TSIZE, TLEAD = 8.5, 10.2
ROW_H = 11.0          # an empty row: as tall as a one-line text row
VPAD = (ROW_H - TLEAD) / 2
HPAD = 2.5
COL_A = 0.4 * cm
LABEL_SHARE = 0.35
RULE = 0.5
THICK = 1.2


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=10, leading=13, **kw):
        return ParagraphStyle(f"sr-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def t(name, font, align):
        return st(name, font, TSIZE, TLEAD, alignment=align)

    return {
        "title": st("title", bold, 13, 16, spaceAfter=8, keepWithNext=1),
        "label": st("label", bold, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=14, bulletIndent=2, bulletFontName=sans, spaceAfter=2),
        "tlabel": t("tl", bold, TA_LEFT),
        "thead": t("th", bold, TA_RIGHT),
        "tgroup": t("tg", bold, TA_CENTER),
        "tbody": t("tb", sans, TA_LEFT),
        "tbody_b": t("tbb", bold, TA_LEFT),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "foot": st("foot", sans, 8, 10, spaceBefore=2),
        "note": st("note", sans, 8, 10, spaceAfter=2),
        "note_more": st("notem", sans, 8, 10, leftIndent=8, spaceAfter=2),
    }


def _spacers(rows: tuple) -> list[bool]:
    """For each body row, whether an empty row stands before it: before a Totaal row and, in
    a table of more than four body rows, after every third row (never before the first row,
    which the empty row under the header already precedes)."""
    group = len(rows) > 4
    return [k > 0 and (is_total(r[0]) or (group and k % 3 == 0)) for k, r in enumerate(rows)]


def _table(t: source.Table, st, rec, width) -> list:
    """The table as pasted: column A and the spacer rows empty but ruled."""
    n, lines = t.columns, max(len(t.header), 1)
    label_w = width * LABEL_SHARE
    widths = [COL_A, label_w] + [(width - COL_A - label_w) / n] * n
    blank = [""] * (n + 2)
    rows: list[list] = [list(blank) for _ in range(lines)]
    heights: list = [None] * lines
    cmds = [("GRID", (0, 0), (-1, -1), RULE, GRID),
            ("BACKGROUND", (1, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), HPAD), ("RIGHTPADDING", (0, 0), (-1, -1), HPAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD)]
    rows[0][1] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (1, 0), (1, lines - 1)))
    for h in t.header_cells():
        c0 = h.column + 1  # past column A
        rows[h.line][c0] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = c0 + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
    rows.append(list(blank))  # the empty row under the header
    heights.append(ROW_H)
    for body, spacer in zip(t.rows, _spacers(t.rows)):
        if spacer:
            rows.append(list(blank))
            heights.append(ROW_H)
        bold = "_b" if is_total(body[0]) else ""
        if bold:
            cmds.append(("LINEABOVE", (1, len(rows)), (-1, len(rows)), THICK, GRID))
        row = ["", para(body[0], st["tbody" + bold], rec)]
        for text in body[1:]:
            kind = "tamount" if amount(text) is not None else "tbody"
            row.append(para(text, st[kind + bold], rec))
        rows.append(row)
        heights.append(None)
    # the header never stands alone at a page foot: with the empty row and the first body row
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    out: list = [Table(rows, colWidths=widths, rowHeights=heights, repeatRows=lines,
                       style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


def _title(pr: source.Project, style, rec):
    """"<theme> | <title>", the theme in grey, in a font that has every character."""
    font = font_for(pr.heading, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    markup = f'<font color="#808080">{escape(pr.theme)}</font> | {escape(pr.title)}'
    return para(pr.heading, style, rec, markup=markup)


def render_spacerrows(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    running = f"Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "spacerrows")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "spacerrows"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, sans), 8)
            canv.drawRightString(WIDTH - MARGIN, HEIGHT - 1.3 * cm, running)
            canv.setFillColor(colors.black)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_title(pr, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *_table(row, st, rec, FW), Spacer(0, 6)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *_table(item, st, rec, FW), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
