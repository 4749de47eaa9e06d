"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
PROJECT LIST kept in Excel and pasted into Word as one landscape table, ONE ROW PER PROJECT
with the prose fields as COLUMNS, followed by a portrait section with every project's
funding table under its title.

- fieldmatrix: the look of a "Bijlage 1 - Projectenoverzicht" that a programme office makes by
          pasting its Excel project list (Excel's "Table Style Medium 2") into Word and
          letting the rows break across pages. TWO SECTIONS.
          SECTION 1, A4 LANDSCAPE, margins 1.5 cm left and right, 1.8 cm top, 1.5 cm bottom (a
          26.7 cm text width). Page 1 opens with "Bijlage 1 - Projectenoverzicht Regio Deal
          <Name>" (14pt bold) and one 8pt grey line ("Stand 1 maart 2019; bron: projectenlijst
          programmabureau (Excel). Financiering per project: zie bijlage 2."). Then THE MATRIX,
          one Word table across the text width in Helvetica (DejaVu Sans for a text with a
          character Helvetica lacks) 6.8pt on 8pt: columns "Nr.", "Project" and then ONE
          COLUMN PER FIELD LABEL, the dossier's labels in the order they first appear (a label
          only one project uses, such as Zeeland's "Planning", gets its own column, empty in
          the other rows; a label that is another column's label followed by a parenthesised
          addition, Twente's "Structureel karakter (Hoe verder zonder rijksbijdrage)", goes
          into that column, and the truth records it under "field_labels"). Column widths:
          Nr. 0.7 cm, Project 2.4 cm, each field column at least 1.9 cm, the rest shared in
          proportion to the square root of the column's text length. THE HEADER ROW bold white
          on Excel blue (#4472C4), repeated at the top of every page. Per theme a GROUP ROW
          spanning all columns: the theme in bold 7.5pt on #B4C6E7. Then one row per project:
          its number, its title in bold, and in each field column the field's paragraphs one
          under the other (2pt apart, as Alt+Enter line breaks in a wrapped Excel cell: a list
          item keeps its marker at the left edge, no hanging indent), top-aligned, 2.5pt
          padding; project rows banded white / #D9E1F2, a 0.4pt #8EA9DB grid round every cell.
          ROWS BREAK ACROSS PAGES (Word's "allow row to break across pages"): every cell of a
          long row continues, each column on its own, at the top of the next page under the
          repeated header; a project's row can run over three or four pages, its short cells
          ending on the first. No table stands in a cell: a table the transcription puts
          inside a field moves to section 2, the field's paragraphs before and after it
          joined in the cell.
          Running header in 7.5pt grey at the top left "Regio Deal <Name> - projectenoverzicht",
          footer "Pagina N van M" at the right, 7.5pt, on every page of both sections.
          SECTION 2 opens a new page, A4 PORTRAIT, margins 2.2 cm (a 16.6 cm column):
          "Bijlage 2 - Financiering per project" (14pt bold), then per project its number and
          title "<k>. <title>" (11pt bold, the theme under it in 8pt grey), and EVERY TABLE of
          the project in the transcription's order (its investment table and any table from
          inside a field), as pasted from Excel with "All borders": a 0.5pt black grid,
          7.5pt on 9pt, header lines bold on no fill (the table's label in the corner cell,
          spanning the header lines, a group header spanning and centred over its members,
          the others right-aligned), row label column 5.2 cm, the value columns sharing the
          rest, amounts right-aligned exactly as transcribed, the Totaal row bold; header
          repeated where a table breaks. Table footnotes under their table in 7pt; the
          project's notes after its last table in 7pt, each led by its mark. A project's
          block moves to a new page where less than 5 cm is left.

The transcription's page breaks are not reproduced. Every cell prints as transcribed (no
"raw"). A PROJECT'S PAGES ARE NOT CONTIGUOUS: its row lies in section 1, its tables in
section 2, other projects' rows and tables in between. The truth records the SPAN, as a
reader that gathers everything of the project reports it: first_page is the page on which
the project's row (its number and title) begins, last_page the page on which the last of
its tables, table footnotes or notes in section 2 is drawn.
"""

from __future__ import annotations

import math
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, is_total, meta, para, register_fonts,
                         tables_of)

LW, LH = landscape(A4)
PW, PH = A4
L_ML, L_MR, L_MT, L_MB = 1.5 * cm, 1.5 * cm, 1.8 * cm, 1.5 * cm
P_M = 2.2 * cm
L_FW = LW - L_ML - L_MR
P_FW = PW - 2 * P_M
BLUE = colors.HexColor("#4472C4")
BAND = colors.HexColor("#D9E1F2")
GROUP = colors.HexColor("#B4C6E7")
GRIDC = colors.HexColor("#8EA9DB")
GREY = colors.HexColor("#666666")


def _styles():
    def s(name, font="Helvetica", size=6.8, leading=8, **kw):
        return ParagraphStyle(f"fm-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "cell": s("cell", spaceAfter=2),
        "title_cell": s("tc", "Helvetica-Bold"),
        "head": s("head", "Helvetica-Bold", 7, 8.4, textColor=colors.white),
        "group": s("group", "Helvetica-Bold", 7.5, 9),
        "h1": s("h1", "Helvetica-Bold", 14, 18, spaceAfter=4),
        "sub": s("sub", size=8, leading=10, textColor=GREY, spaceAfter=8),
        "h2": s("h2", "Helvetica-Bold", 11, 14, spaceBefore=12, spaceAfter=1, keepWithNext=1),
        "theme": s("theme", size=8, leading=10, textColor=GREY, spaceAfter=5, keepWithNext=1),
        "tlabel": s("tl", "Helvetica-Bold", 7.5, 9),
        "thead": s("th", "Helvetica-Bold", 7.5, 9, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 7.5, 9, alignment=TA_CENTER),
        "tbody": s("tb", size=7.5, leading=9), "tbody_b": s("tbb", "Helvetica-Bold", 7.5, 9),
        "tamount": s("ta", size=7.5, leading=9, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 7.5, 9, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7, leading=8.5, spaceBefore=2),
        "note": s("note", size=7, leading=8.5, spaceAfter=1.5),
    }


_ADDITION = re.compile(r"^(.*\S)\s+\(.*\)$")


def _columns(dossier: source.Dossier) -> tuple[list[str], dict[str, str]]:
    """The field columns in the order the labels first appear, and label -> column for the
    labels that are a column's label plus a parenthesised addition."""
    cols: list[str] = []
    for pr in dossier.projects:
        prev = -1
        for row in pr.rows:
            if isinstance(row, source.Table):
                continue
            if row.label in cols:
                prev = cols.index(row.label)
            else:
                m = _ADDITION.match(row.label)
                if m and m.group(1) in cols:
                    continue
                cols.insert(prev + 1, row.label)
                prev += 1
    alias = {}
    for pr in dossier.projects:
        for row in pr.rows:
            if isinstance(row, source.Field) and row.label not in cols:
                m = _ADDITION.match(row.label)
                if m and m.group(1) in cols:
                    alias[row.label] = m.group(1)
                else:  # cannot happen: every other label is a column
                    cols.append(row.label)
    return cols, alias


def _widths(dossier, cols, alias) -> list[float]:
    total = {c: 0 for c in cols}
    for pr in dossier.projects:
        for row in pr.rows:
            if isinstance(row, source.Field):
                total[alias.get(row.label, row.label)] += sum(len(c) for c in row.content if isinstance(c, str))
    fixed = 0.7 * cm + 2.4 * cm
    rest = L_FW - fixed
    least = 1.9 * cm
    weights = [math.sqrt(total[c] + 1) for c in cols]
    widths = [least] * len(cols)
    spare = rest - least * len(cols)
    widths = [w + spare * wt / sum(weights) for w, wt in zip(widths, weights)]
    return [0.7 * cm, 2.4 * cm] + widths


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    head[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head[h.line + h.lines - 1 if h.columns == 1 else h.line][h.column] = para(
            h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        if h.columns > 1:
            spans.append(((h.column, h.line), (h.column + h.columns - 1, h.line)))
        elif h.lines > 1:
            head[h.line][h.column] = head[h.line + h.lines - 1][h.column]
            head[h.line + h.lines - 1][h.column] = ""
            spans.append(((h.column, h.line), (h.column, h.line + h.lines - 1)))
    body = []
    for r in t.rows:
        tot = is_total(r[0])
        body.append([para(r[0], st["tbody_b"] if tot else st["tbody"], rec)]
                    + [para(c, st["tamount_b"] if tot else st["tamount"], rec) for c in r[1:]])
    wl = 5.2 * cm
    widths = [wl] + [(P_FW - wl) / n] * n
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [Spacer(0, 4), Table(head + body, colWidths=widths, repeatRows=lines, hAlign="LEFT",
                               style=TableStyle(cmds))]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def render_fieldmatrix(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    cols, alias = _columns(dossier)
    widths = _widths(dossier, cols, alias)

    def once(info):
        truth = Truth(dossier, "fieldmatrix")
        doc = Doc(str(pdf_path), truth, pagesize=landscape(A4), leftMargin=L_ML, rightMargin=L_MR,
                  topMargin=L_MT, bottomMargin=L_MB, **meta(dossier, "fieldmatrix"))

        def on_page(canv, d):
            w, h = canv._pagesize
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(GREY)
            m = L_ML if w > h else P_M
            canv.drawString(m, h - 1.1 * cm, f"Regio Deal {name} - projectenoverzicht")
            page = canv.getPageNumber()
            canv.drawRightString(w - m, 0.9 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([
            PageTemplate("land", [Frame(L_ML, L_MB, L_FW, LH - L_MT - L_MB, 0, 0, 0, 0)],
                         onPage=on_page, pagesize=landscape(A4)),
            PageTemplate("port", [Frame(P_M, P_M, P_FW, PH - 2 * P_M, 0, 0, 0, 0)],
                         onPage=on_page, pagesize=A4)])
        story = [para(f"Bijlage 1 - Projectenoverzicht Regio Deal {name}", st["h1"]),
                 para("Stand 1 maart 2019; bron: projectenlijst programmabureau (Excel). "
                      "Financiering per project: zie bijlage 2.", st["sub"])]
        head = [para("Nr.", st["head"]), para("Project", st["head"])] + [para(c, st["head"]) for c in cols]
        rows = [head]
        cmds = [("BACKGROUND", (0, 0), (-1, 0), BLUE),
                ("GRID", (0, 0), (-1, -1), 0.4, GRIDC),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        theme = None
        band = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != theme:
                theme = pr.theme
                rows.append([para(theme, st["group"], rec)] + [""] * (len(cols) + 1))
                r = len(rows) - 1
                cmds += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), GROUP)]
            cells: dict[str, list] = {c: [] for c in cols}
            for row in pr.rows:
                if isinstance(row, source.Field):
                    col = alias.get(row.label, row.label)
                    cells[col] += [para(c, st["cell"], rec) for c in row.content if isinstance(c, str)]
            rows.append([para(str(p + 1), st["cell"], rec), para(pr.title, st["title_cell"], truth.heading(p))]
                        + [cells[c] or "" for c in cols])
            r = len(rows) - 1
            if band % 2:
                cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
            band += 1
        story.append(Table(rows, colWidths=widths, repeatRows=1, splitByRow=0, splitInRow=1, hAlign="LEFT",
                           style=TableStyle(cmds)))
        story += [NextPageTemplate("port"), PageBreak(),
                  para("Bijlage 2 - Financiering per project", st["h1"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            story.append(para(f"{p + 1}. {pr.title}", st["h2"], rec))
            story.append(para(pr.theme, st["theme"], rec))
            for t in tables_of(pr):
                story += _table(t, st, rec)
            if pr.notes:
                story.append(Spacer(0, 4))
                for note in pr.notes:
                    story += [para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec)
                              for j, text in enumerate(note.text or ("",))]
        doc.build(story)
        return truth

    out = build_until_stable(once)
    _, alias = _columns(dossier)
    if alias:
        out["field_labels"] = alias
    return out
