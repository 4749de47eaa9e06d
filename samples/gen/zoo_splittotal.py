"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" whose tables print the cost lines in one table and the TOTAL IN A SEPARATE BOX
under it, a small gap apart, in its own dark fill and rules, and the table's footnotes in a
THIRD small box under that.

- splittotal: A4 portrait, margins 2.4 cm left and right, 2.6 cm top, 2.4 cm bottom (a 16.2 cm
          type area). Helvetica (DejaVu Sans for a paragraph holding a character it lacks)
          9.5pt on 13.5pt, ragged right, 5pt after each paragraph; a list item keeps the
          source's marker and hangs on it (13pt). Running header on every page but the first,
          1.5 cm from the top: "PROJECTENBOEK REGIO DEAL <NAME>" at the left in 7pt bold
          petrol (#0E3B47) over a 0.5pt petrol rule across the type area; footer the page
          number alone at the right margin, 8pt petrol, 1.3 cm from the bottom edge.
          Page 1: "Regio Deal <Name>" (28pt bold petrol), "Projectenboek" (16pt orange
          #E07A2E), then the transcription's contents heading (12pt bold petrol) and one line
          per project: its title at the left, its page number at the right (9.5pt, no
          leaders), a 0.3pt grey rule (#C9D6DA) under each line.
          EACH PROJECT OPENS A NEW PAGE: its theme in 8pt bold orange capitals, the title in
          18pt bold petrol on 22pt, a short (2.5 cm) 2.5pt orange bar 5pt under it. FIELDS one
          after another: the label in 9.5pt bold teal (#16697A) on a line of its own (10pt
          above, kept with what follows), its paragraphs under it; tables stand where the
          transcription has them (a table inside a field in that field's text). The project's
          notes at its end in 7.5pt, each led by its mark.
          TABLES (funding tables and those inside a field alike) across the type area, 8pt,
          no vertical rules, cell padding 4pt at the sides, 2.5pt top and bottom; column
          widths from what the cells need (a value column its header on at most two lines and
          its widest amount, the label column the rest, about a third). THE COST-LINES TABLE:
          the header line(s) on a light fill (#E4EEF1) in bold petrol, the table's label in
          its first cell (spanning the header lines), a group header ("Publiek") centred over
          its members, single headers and amounts right-aligned; a 0.75pt teal rule under the
          header and under the last cost line, 0.4pt light rules (#C9D6DA) between the cost
          lines, no fill. A table whose last row is a total row ("Totaal", "TOTAAL") prints
          that row NOT in the table but, 8pt under it, as a TOTAL BOX of its own: one row at
          the SAME COLUMN POSITIONS, filled dark petrol (#0E3B47), a 1.5pt orange rule along
          its top edge and a 0.75pt darker (#06242C) frame, the row label and the amounts in
          bold WHITE 8pt, padding 4pt at the sides and 4pt top and bottom. A table holding
          only its total row prints its header alone, then the box. A table without a total
          row (a milestone table, "Vitale Kernen") is the cost-lines table alone. The header
          lines repeated where the cost lines break over a page; table, total box and notes box
          kept together on a page where they fit. The table's FOOTNOTES, where the
          transcription has them, in a THIRD BOX 5pt under the total box (under the table where
          there is none), 60% of the type area wide at its RIGHT edge: a cream fill (#FBF3E4)
          with a 0.5pt sand frame (#D9BF8C), each footnote a paragraph in 7.5pt on 9.5pt,
          4pt padding all round. The transcription's page breaks are not reproduced.

Every cell prints in its row and column exactly as transcribed (the total row only moved
into its own box, still last): the truth record is the plain one. A project runs from its
opening page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)
from reportlab.platypus.flowables import HRFlowable

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_total, meta,
                         notes_at_end, page_of, para, register_fonts)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.4 * cm, 2.4 * cm, 2.6 * cm, 2.4 * cm
FW = WIDTH - ML - MR
PETROL = colors.HexColor("#0E3B47")
DARK = colors.HexColor("#06242C")
TEAL = colors.HexColor("#16697A")
ORANGE = colors.HexColor("#E07A2E")
HEAD_FILL = colors.HexColor("#E4EEF1")
LIGHT = colors.HexColor("#C9D6DA")
CREAM = colors.HexColor("#FBF3E4")
SAND = colors.HexColor("#D9BF8C")
PAD = 4.0
GAP = 8.0          # between the cost lines and the total box
NOTE_GAP = 5.0     # between the total box and the notes box


def _styles():
    def s(name, font="Helvetica", size=9.5, leading=13.5, **kw):
        return ParagraphStyle(f"splittotal-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=5),
        "item": s("item", spaceAfter=3, leftIndent=13, bulletIndent=0),
        "label": s("label", "Helvetica-Bold", 9.5, 12.5, textColor=TEAL, spaceBefore=10, spaceAfter=3,
                   keepWithNext=1),
        "theme": s("theme", "Helvetica-Bold", 8, 10, textColor=ORANGE, spaceAfter=4),
        "title": s("title", "Helvetica-Bold", 18, 22, textColor=PETROL, spaceAfter=5),
        "cover": s("cover", "Helvetica-Bold", 28, 33, textColor=PETROL, spaceAfter=6),
        "cover2": s("cover2", "Helvetica", 16, 20, textColor=ORANGE, spaceAfter=40),
        "toch": s("toch", "Helvetica-Bold", 12, 15, textColor=PETROL, spaceAfter=8),
        "toc": s("toc", size=9.5, leading=12),
        "tocp": s("tocp", size=9.5, leading=12, alignment=TA_RIGHT),
        "tlabel": s("tl", "Helvetica-Bold", 8, 10, textColor=PETROL),
        "thead": s("th", "Helvetica-Bold", 8, 10, textColor=PETROL, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8, 10, textColor=PETROL, alignment=TA_CENTER),
        "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
        "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "ttotal": s("tt", "Helvetica-Bold", 8, 10, textColor=colors.white),
        "ttotal_r": s("ttr", "Helvetica-Bold", 8, 10, textColor=colors.white, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7.5, leading=9.5, spaceAfter=2),
        "note": s("note", size=7.5, leading=9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=2),
    }


def _table(t: source.Table, st, rec) -> list:
    """The cost-lines table, the total box under it and the notes box under that."""
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    split = bool(t.rows) and is_total(t.rows[-1][0])
    widths = _col_widths(t, lambda s: s, FW, st, PAD)
    body = rows[lines:-1] if split else rows[lines:]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, TEAL)]
    cmds += [("SPAN", a, b) for a, b in spans]
    if body:
        cmds += [("LINEBELOW", (0, lines), (-1, -2), 0.4, LIGHT),
                 ("LINEBELOW", (0, -1), (-1, -1), 0.75, TEAL)]
    out: list = [Table(rows[:lines] + body, colWidths=widths, repeatRows=lines, hAlign="LEFT",
                       style=TableStyle(cmds))]
    if split:
        last = t.rows[-1]
        box = [[para(last[0], st["ttotal"], rec)] + [para(x, st["ttotal_r"], rec) for x in last[1:]]]
        out += [Spacer(0, GAP), Table(box, colWidths=widths, hAlign="LEFT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), PETROL), ("BOX", (0, 0), (-1, -1), 0.75, DARK),
            ("LINEABOVE", (0, 0), (-1, 0), 1.5, ORANGE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))]
    if t.footnotes:
        notes = [[[para(f, st["tfoot"], rec) for f in t.footnotes]]]
        out += [Spacer(0, NOTE_GAP), Table(notes, colWidths=[0.6 * FW], hAlign="RIGHT", style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), CREAM), ("BOX", (0, 0), (-1, -1), 0.5, SAND),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))]
    return [Spacer(0, 6), KeepTogether(out), Spacer(0, 8)]


def render_splittotal(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "splittotal")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "splittotal"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(PETROL)
            canv.setStrokeColor(PETROL)
            if page > 1:
                canv.setFont("Helvetica-Bold", 7)
                y = HEIGHT - 1.5 * cm
                canv.drawString(ML, y, f"PROJECTENBOEK REGIO DEAL {name.upper()}".replace("  ", " "))
                canv.setLineWidth(0.5)
                canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.setFont("Helvetica", 8)
            canv.drawRightString(WIDTH - MR, 1.3 * cm, str(page))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [para(f"Regio Deal {name}".strip(), st["cover"]), para("Projectenboek", st["cover2"]),
                       para(dossier.toc_heading, st["toch"])]
        toc = [[para(pr.title, st["toc"]), para(page_of(info, p), st["tocp"])]
               for p, pr in enumerate(dossier.projects)]
        story.append(Table(toc, colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT", style=TableStyle([
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(HRFlowable(width=2.5 * cm, thickness=2.5, color=ORANGE, hAlign="LEFT",
                                    spaceBefore=0, spaceAfter=6))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
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

    return build_until_stable(once)
