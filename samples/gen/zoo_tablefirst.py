"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
"projectbladen" made in Word in which every project's FUNDING TABLE COMES FIRST, right under the
project's title and BEFORE ANY FIELD, under the caption "Financieel overzicht"; the fields follow
the table. Projects run on, sharing pages.

- tablefirst: A4 portrait, Word's margins of 2.5 cm all round (a 16 cm text column). Helvetica
          (standing in for Calibri/Arial; DejaVu Sans for a paragraph holding a character it
          lacks) 10pt on 13pt, ragged right, 6pt after each paragraph; a list item keeps the
          source's marker (as text) and hangs on it (14pt). Running header on every page but
          the first, 1.25 cm from the top: "Regio Deal <Name> – Projectbladen" right-aligned in
          8pt grey (#595959); footer "Pagina N" centred in 8pt grey, 1.25 cm from the bottom.
          Page 1: "Projectbladen Regio Deal <Name>" (Word's Title style: 24pt, black), under it
          "Programmabureau Regio Deal <Name> | versie maart 2019" (11pt grey), then the
          transcription's contents heading in the Heading 1 style and a Word table of contents:
          one entry per project (its title), a dot leader, the page number at the right.
          THEMES as Heading 1 (15pt bold blue #2F5496, 18pt above, 6pt under) where a project
          opens a new theme; every PROJECT TITLE as Heading 2 (13pt bold blue #2F5496, 14pt
          above, 4pt under, kept with what follows). NO PAGE BREAK between projects (a project
          opens a new page only where less than 5 cm is left).
          RIGHT UNDER THE TITLE, before any field: the project's FUNDING TABLE(S) (every table
          that stands between the transcription's fields, in their order; none of its fields'
          texts moves), each under the caption "Financieel overzicht" in Word's Caption style
          (9pt italic, #44546A, 2pt above, 3pt under, kept with the table). Then the FIELDS in
          the transcription's order: the label in bold 10.5pt dark blue (#1F3763) on a line of its
          own (10pt above, kept with what follows), the paragraphs under it. A table inside a
          field (milestones, a year table) stays in its field where the transcription has it, in
          the same table style, without caption. The project's notes at its end in 8pt, each
          led by its mark.
          TABLES in Word's "Grid Table 4 - Accent 1" (options Header Row, First Column, Banded
          Rows; Last Row where the last row is a total row) across the text column, 8.5pt:
          the HEADER LINE(S) filled Accent 1 (#4472C4) in bold WHITE, the table's label in the
          first header cell (spanning the header lines), a group header ("Publiek") centred
          over its members, single headers right-aligned; the body rows BANDED (the first,
          third, ... body row filled #D9E2F3), the first column (the row labels) bold; thin
          0.5pt rules (#8EAADB) round every cell (the header's in Accent 1); a last TOTAL row
          bold, no band, under a DOUBLE Accent 1 rule. Amounts right-aligned exactly as
          transcribed. Cell margins 0.19 cm at the sides, 1.5pt top and bottom; column widths
          autofitted to the window (a value column its header on at most two lines and its
          widest amount, the label column the rest). The header lines repeated where a table
          breaks over a page. Table footnotes under the table in 8pt. The transcription's page
          breaks are not reproduced.

Moving the funding table up changes the order of a project's tables where a table inside a
field stands before it in the transcription (twente "Creatieve Broedplaatsen": the year table
"Investering"; zeeland "Innovatiecentrum Vlissingen-Oost": the milestone table; "Zorgtalent
Zeeland": the activity/year table): the truth records, under "table_order", each such project's
tables in the order printed, by their number in the transcription. Every cell prints as
transcribed (no "raw"). A project runs from its title's page to the page of its last field
text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_total, meta,
                         notes_at_end, page_of, para, register_fonts, tables_of)
from .zoo_leaders import _TocEntry

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
HEAD_DIST = 1.25 * cm
GREY = colors.HexColor("#595959")
ACCENT = colors.HexColor("#4472C4")     # Office theme: Accent 1
HEADING = colors.HexColor("#2F5496")    # Heading 1 and 2
LABEL = colors.HexColor("#1F3763")      # Heading 3
BAND = colors.HexColor("#D9E2F3")       # Accent 1, lighter 80%
BORDER = colors.HexColor("#8EAADB")     # Accent 1, lighter 40%
CAPTION = colors.HexColor("#44546A")    # Text 2: the Caption style
PAD = 5.4                               # Word's default cell margins (0.19 cm)
CAPTION_TEXT = "Financieel overzicht"


def _styles():
    def s(name, font="Helvetica", size=10, leading=13, **kw):
        return ParagraphStyle(f"tablefirst-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=6),
        "item": s("item", spaceAfter=3, leftIndent=14, bulletIndent=0),
        "doc": s("doc", size=24, leading=29, spaceAfter=4),
        "sub": s("sub", size=11, leading=14, textColor=GREY, spaceAfter=24),
        "h1": s("h1", "Helvetica-Bold", 15, 19, textColor=HEADING, spaceBefore=18, spaceAfter=6, keepWithNext=1),
        "h2": s("h2", "Helvetica-Bold", 13, 16, textColor=HEADING, spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "label": s("label", "Helvetica-Bold", 10.5, 13.5, textColor=LABEL, spaceBefore=10, spaceAfter=3,
                   keepWithNext=1),
        "caption": s("caption", "Helvetica-Oblique", 9, 11, textColor=CAPTION, spaceBefore=2, spaceAfter=3,
                     keepWithNext=1),
        "toc": s("toc", size=10, leading=13),
        "tlabel": s("tl", "Helvetica-Bold", 8.5, 10.5, textColor=colors.white),
        "thead": s("th", "Helvetica-Bold", 8.5, 10.5, textColor=colors.white, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8.5, 10.5, textColor=colors.white, alignment=TA_CENTER),
        "tbody": s("tb", "Helvetica-Bold", 8.5, 10.5), "tbody_b": s("tbb", "Helvetica-Bold", 8.5, 10.5),
        "tamount": s("ta", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": s("tf", size=8, leading=10, spaceBefore=2, spaceAfter=1),
        "note": s("note", size=8, leading=10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
    }


def _table(t: source.Table, st, rec) -> list:
    """Table `t` in Grid Table 4 - Accent 1, its footnotes under it."""
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    last_total = bool(t.rows) and is_total(t.rows[-1][0])
    widths = _col_widths(t, lambda s: s, FW, st, PAD)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, BORDER),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("INNERGRID", (0, 0), (-1, lines - 1), 0.5, ACCENT), ("BOX", (0, 0), (-1, lines - 1), 0.5, ACCENT),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    cmds += [("SPAN", a, b) for a, b in spans]
    n_body = len(t.rows) - (1 if last_total else 0)
    cmds += [("BACKGROUND", (0, lines + r), (-1, lines + r), BAND) for r in range(0, n_body, 2)]
    if last_total:
        cmds.append(("LINEABOVE", (0, -1), (-1, -1), 0.5, ACCENT, None, None, None, 2, 1.5))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, hAlign="LEFT", style=TableStyle(cmds))]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def _table_order(pr: source.Project) -> list[int] | None:
    """The project's tables in the order printed (those between the fields first), by their
    number in the transcription; None where that is the transcription's order."""
    tables = tables_of(pr)
    first = [t for t in pr.rows if isinstance(t, source.Table)]
    printed = first + [t for t in tables if not any(t is f for f in first)]
    order = [next(i for i, x in enumerate(tables) if x is t) for t in printed]
    return order if order != list(range(len(tables))) else None


def render_tablefirst(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    orders = {pr.title: o for pr in dossier.projects if (o := _table_order(pr))}

    def once(info):
        truth = Truth(dossier, "tablefirst")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "tablefirst"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(GREY)
            if page > 1:
                canv.drawRightString(WIDTH - MARGIN, HEIGHT - HEAD_DIST - 8,
                                     f"Regio Deal {name} – Projectbladen".replace("  ", " "))
            canv.drawCentredString(WIDTH / 2, HEAD_DIST, f"Pagina {page}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [para(f"Projectbladen Regio Deal {name}".strip(), st["doc"]),
                       para(f"Programmabureau Regio Deal {name} | versie maart 2019".replace("  ", " "), st["sub"]),
                       para(dossier.toc_heading, st["h1"])]
        story += [_TocEntry(pr.title, page_of(info, p), st["toc"], 0) for p, pr in enumerate(dossier.projects)]
        theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            if pr.theme != theme:
                theme = pr.theme
                story.append(para(pr.theme, st["h1"]))
            story.append(para(pr.title, st["h2"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.append(para(CAPTION_TEXT, st["caption"], rec))
                    story += _table(row, st, rec)
            for row in pr.rows:
                if isinstance(row, source.Table):
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if orders:
        record["table_order"] = orders
    return record
