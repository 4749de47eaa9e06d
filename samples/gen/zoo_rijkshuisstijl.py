"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a ministry
sends it in its Word template of the Dutch national government's house style
("Rijkshuisstijl"): the logo at the top centre of the first page, a colophon column at its
left, headings hanging left of a fixed body offset and government-style tables.

- rijkshuisstijl: A4 portrait. THE LOGO on page 1 only: a narrow vertical blue (#154273) bar,
          0.95 cm wide and 2.6 cm tall, hanging from the top edge, its left edge 0.5 cm left
          of the page's centre line; to its right (0.25 cm gap) the ministry's name in a
          Times-like serif 10.5pt on 12.5pt, black, on two lines ("Ministerie van Landbouw,"
          / "Natuur en Voedselkwaliteit"), the last baseline 0.2 cm above the bar's foot.
          THE COLOPHON on page 1 only: a narrow column (1.7 cm from the left edge, 2.3 cm
          wide) from 5.3 cm under the top edge: the sender (the directorate in bold 6.5pt,
          the visiting address, postcode and town, "Postbus 20401", its postcode and town,
          "www.rijksoverheid.nl", each 7pt), then 9pt apart the items "Datum" (12 maart of
          the year the texts mention most), "Kenmerk" ("DGA-RD / " and a 8-digit number made
          from the dossier's name) and "Bijlage(n)" ("1"), each a bold 6.5pt label over its
          7pt value. Later pages have neither logo nor colophon.
          THE BODY starts at a FIXED LEFT OFFSET: 4.2 cm from the left edge (2.5 cm in from
          the colophon's left), 2.0 cm from the right edge (a 14.8 cm column), on page 1
          beside the colophon from 5.3 cm under the top edge, on later pages from 2.5 cm;
          2.5 cm at the foot. A sans (Helvetica, Arial's metrics, standing in for RO Sans;
          DejaVu Sans where a text has a character it lacks) 9pt on 13.5pt, ragged right,
          no space between paragraphs but one empty 4.5pt; a list item keeps the source's
          marker and hangs on it (0.45 cm).
          Page 1, in the body column: "Projectvoorstellen Regio Deal <Name>" (14pt regular),
          under it "Bijlage 1 bij de Regio Deal <Name>" (9pt italic), then the contents under
          the transcription's heading (9pt bold): each theme as a bold 9pt line, its
          projects' titles under it with their page numbers right-aligned at the column's
          right edge (no leader dots).
          HEADINGS HANG LEFT OF THE BODY OFFSET: each project starts on a new page; its
          theme (8pt grey) and its title (12pt bold) start 1.2 cm LEFT of the body text
          (3.0 cm from the left edge); so do the field labels (9pt bold on a line of their
          own, 9pt above, kept with the field's first line); the field's paragraphs at the
          body offset under the label.
          TABLES (investment tables and those inside a field, which stay in their field) at
          the body offset, 14.8 cm wide, 8pt on 10pt, government style: a CAPTION ABOVE each
          table in 8pt italic, "Tabel <n>: Financiering <project title>" for a funding table,
          "Tabel <n>: <table label>" for another, <n> counting the document's tables from 1;
          NO VERTICAL RULES; the header row(s) bold on a LIGHT BLUE fill (#DCE9F5), a 0.5pt
          dark blue rule under the header, THIN (0.25pt grey) HORIZONTAL RULES BETWEEN ALL
          BODY ROWS and under the last; the table's own label in the header's corner cell;
          in a funding table (a Totaal column and a funding source) every single-column
          header carries the UNIT: "Totaal (€)", "Privaat (€)", "Rijk (€)" (a group header
          such as "Publiek" stays as it is, centred over its members; a header that already
          names the currency, "Totaal EUR", gets no unit); AMOUNTS RIGHT
          ALIGNED as transcribed, words too; the Totaal row bold; the value columns of
          equal width (at most 2.3 cm), the label column takes the rest; header rows repeated
          where a table breaks over a page (the transcription's page breaks not followed).
          Table footnotes under the table in 7pt; the project's notes at its end in 7.5pt,
          each after its mark.
          FOOTER "Pagina x van y" in 7pt at the bottom right (right edge on the body
          column's) on EVERY PAGE BUT THE FIRST; no running header.

Every cell is printed as transcribed (the unit is in the header only): the truth has no
"raw". The logo, colophon, captions and footer are not content; a project runs from its
title's page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re
from collections import Counter

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    is_funding,
    is_total,
    meta,
    notes_at_end,
    page_of,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
BODY_X = 4.2 * cm
HANG_X = 3.0 * cm
HANG = BODY_X - HANG_X
MR = 2.0 * cm
BW = WIDTH - MR - BODY_X          # body column width
FW = WIDTH - MR - HANG_X          # frame width (hanging headings included)
TOP1 = 5.3 * cm
TOP = 2.5 * cm
MB = 2.5 * cm
COLO_X, COLO_W = 1.7 * cm, 2.3 * cm
BLUE = colors.HexColor("#154273")
HEAD_FILL = colors.HexColor("#DCE9F5")
GREY = colors.HexColor("#666666")
RULE_GREY = colors.HexColor("#8C8C8C")
MINISTRY = ("Ministerie van Landbouw,", "Natuur en Voedselkwaliteit")


def _styles():
    def s(name, font="Helvetica", size=9, leading=13.5, **kw):
        return ParagraphStyle(f"rhs-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "doctitle": s("dt", size=14, leading=18, leftIndent=HANG, spaceAfter=2),
        "docsub": s("ds", "Helvetica-Oblique", leftIndent=HANG, spaceAfter=14),
        "tochead": s("th0", "Helvetica-Bold", leftIndent=HANG, spaceAfter=4),
        "toctheme": s("tt", "Helvetica-Bold", leftIndent=HANG, spaceBefore=4),
        "toc": s("toc", leftIndent=HANG),
        "theme": s("theme", size=8, leading=11, textColor=GREY),
        "title": s("title", "Helvetica-Bold", 12, 16, spaceAfter=4),
        "label": s("label", "Helvetica-Bold", spaceBefore=9, keepWithNext=1),
        "body": s("body", leftIndent=HANG, spaceAfter=4.5),
        "item": s("item", leftIndent=HANG + 0.45 * cm, bulletIndent=HANG, spaceAfter=2),
        "caption": s("cap", "Helvetica-Oblique", 8, 10, leftIndent=HANG, spaceBefore=6, spaceAfter=3,
                     keepWithNext=1),
        "tlabel": s("tl", "Helvetica-Bold", 8, 10),
        "thead": s("thd", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
        "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
        "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7, leading=9, leftIndent=HANG, spaceBefore=2),
        "note": s("note", size=7.5, leading=10, leftIndent=HANG + 9, firstLineIndent=-9, spaceAfter=1.5),
        "colo_l": s("cl", "Helvetica-Bold", 6.5, 8.5),
        "colo_v": s("cv", size=7, leading=9),
    }


def _year(dossier: source.Dossier) -> str:
    years = Counter()
    for pr in dossier.projects:
        for row in pr.rows:
            if isinstance(row, source.Field):
                for c in row.content:
                    if isinstance(c, str):
                        years.update(re.findall(r"\b(20[12]\d)\b", c))
    return years.most_common(1)[0][0] if years else "2019"


def _kenmerk(name: str) -> str:
    n = sum(ord(ch) * (i + 7) for i, ch in enumerate(name)) * 7919
    return f"DGA-RD / {19000000 + n % 999999:08d}"


def _table(t: source.Table, keys, n_table: int, pr: source.Project, st, rec) -> list:
    funding = is_funding(keys) and len(keys) == t.columns
    n, lines = t.columns, max(len(t.header), 1)
    vw = min(2.3 * cm, (BW - 4.0 * cm) / max(n, 1))
    widths = [BW - n * vw] + [vw] * n
    grid: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, BLUE),
            ("LINEBELOW", (0, lines), (-1, -1), 0.25, RULE_GREY)]
    grid[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        text = h.text
        if funding and h.columns == 1 and text and not re.search(r"€|\bEUR\b|euro", text, re.I):
            text = f"{text} (€)"
        grid[h.line][c0] = para(text, st["tgroup"] if h.columns > 1 else st["thead"], rec) if text else ""
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(para(cell, st["tamount_b"] if total else st["tamount"], rec) if cell else "")
        grid.append(row)
    caption = f"Tabel {n_table}: Financiering {pr.title}" if funding else f"Tabel {n_table}: {t.label}"
    out = [para(caption, st["caption"]),
           Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="RIGHT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_rijkshuisstijl(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
    st = _styles()
    golden = _column_keys(dossier)
    name = dossier_name(dossier)
    year = _year(dossier)
    kenmerk = _kenmerk(name)

    def colophon(canv):
        items = [("Directie Regio Deals", st["colo_l"]), ("Bezuidenhoutseweg 73", st["colo_v"]),
                 ("2594 AC Den Haag", st["colo_v"]), ("Postbus 20401", st["colo_v"]),
                 ("2500 EK Den Haag", st["colo_v"]), ("www.rijksoverheid.nl", st["colo_v"]), None,
                 ("Datum", st["colo_l"]), (f"12 maart {year}", st["colo_v"]), None,
                 ("Kenmerk", st["colo_l"]), (kenmerk, st["colo_v"]), None,
                 ("Bijlage(n)", st["colo_l"]), ("1", st["colo_v"])]
        y = HEIGHT - TOP1
        for it in items:
            if it is None:
                y -= 9
                continue
            p = Paragraph(it[0], it[1])
            _, h = p.wrap(COLO_W, 1e6)
            y -= h
            p.drawOn(canv, COLO_X, y)

    def logo(canv):
        bar_w, bar_h = 0.95 * cm, 2.6 * cm
        x = WIDTH / 2 - 0.5 * cm
        canv.setFillColor(BLUE)
        canv.rect(x, HEIGHT - bar_h, bar_w, bar_h, stroke=0, fill=1)
        canv.setFillColor(colors.white)  # the emblem, drawn as a small mark in the bar
        canv.circle(x + bar_w / 2, HEIGHT - bar_h + 0.75 * cm, 0.22 * cm, stroke=0, fill=1)
        canv.setFillColor(colors.black)
        canv.setFont("Times-Roman", 10.5)
        base = HEIGHT - bar_h + 0.2 * cm
        for k, line in enumerate(reversed(MINISTRY)):
            canv.drawString(x + bar_w + 0.25 * cm, base + 12.5 * k, line)

    def once(info):
        truth = Truth(dossier, "rijkshuisstijl")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=HANG_X, rightMargin=MR, topMargin=TOP,
                  bottomMargin=MB, **meta(dossier, "rijkshuisstijl"))

        def first_page(canv, d):
            canv.saveState()
            logo(canv)
            colophon(canv)
            canv.restoreState()

        def later_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7)
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.3 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        def frame(top):
            return Frame(HANG_X, MB, FW, HEIGHT - top - MB, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        doc.addPageTemplates([PageTemplate("first", [frame(TOP1)], onPage=first_page),
                              PageTemplate("later", [frame(TOP)], onPage=later_page)])
        story: list = [NextPageTemplate("later"),
                       para(f"Projectvoorstellen Regio Deal {name}".strip(), st["doctitle"]),
                       para(f"Bijlage 1 bij de Regio Deal {name}".strip(), st["docsub"])]
        if dossier.toc_heading:
            story.append(para(dossier.toc_heading, st["tochead"]))
        seen = set()
        for p, pr in enumerate(dossier.projects):
            if pr.theme not in seen:
                seen.add(pr.theme)
                story.append(para(pr.theme, st["toctheme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), ParagraphStyle(
                "rhs-tocn", st["toc"], leftIndent=0, alignment=TA_RIGHT))]],
                colWidths=[FW - 1.2 * cm, 1.2 * cm], hAlign="LEFT", style=TableStyle([
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])))
        n_table = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(pr.theme, ParagraphStyle("rhs-theme-k", st["theme"], keepWithNext=1)))
            story.append(para(pr.title, ParagraphStyle("rhs-title-k", st["title"], keepWithNext=1),
                              truth.heading(p)))
            tables = tables_of(pr)

            def table(t):
                nonlocal n_table
                n_table += 1
                keys = golden.get((pr.title, next(i for i, x in enumerate(tables) if x is t)))
                return _table(t, keys, n_table, pr, st, rec)

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
        return truth

    return build_until_stable(once)
