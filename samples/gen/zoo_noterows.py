"""One more house style for the layout zoo (see zoo.py), held out: a programme office's budget
annex ("projectbegrotingen") whose funding tables carry EXPLANATION ROWS interleaved with the
cost lines, as a municipal "begroting" explains each line right under it.

- noterows: A4 portrait, margins 2.2 cm left and right, 2.6 cm top, 2.2 cm bottom (a 16.6 cm
          text column). Helvetica (DejaVu Sans for a paragraph holding a character it lacks)
          9.5pt on 13pt, ragged right, 4pt after each paragraph; a list item hangs on its own
          marker. Running header on every page: "Programmabureau Regio Deal <Name>" at the left
          and "Bijlage 3 – Projectbegrotingen" at the right, 7.5pt grey, no rule; the page
          number alone at the right of the footer (8pt). Page 1 opens with "Bijlage 3.
          Projectbegrotingen Regio Deal <Name>" (15pt bold, dark green #2E5E3E) and a grey
          9pt line "Per project de beschrijving en de begroting, met een toelichting per
          kostenpost.". Projects flow on (a new page where less than 6 cm is left): the theme
          in 9pt grey, the title in 13pt bold dark green; field labels in 9.5pt bold on a line
          of their own (6pt above); a table inside a field stands where the transcription puts
          it. Project notes at the end of the project in 8pt, each led by its mark.
          FUNDING TABLES (a Totaal column and a funding source, by the keys of the hand-written
          cell list tests/golden/<dossier>_cells.csv), full column width: the label column
          5.2 cm, the value columns sharing the rest. A caption "Begroting <title> (in euro)"
          (8.5pt bold) over the table. Header: the transcription's lines and spans (the
          table's label in the corner cell, spanning the header lines; a group centred over its
          members, leaf headers right-aligned), bold 8pt, no fill, a 0.8pt black rule over it
          and a 0.5pt black rule under it. Body 8.5pt, amounts right-aligned as transcribed,
          words left-aligned; the Totaal row bold over a 0.8pt rule, a 0.8pt rule under the
          table. EXPLANATION ROWS: under most cost lines (not under a Totaal row; about one
          cost line in four, picked by the sha256 of title and row, has none) a row SPANNING
          ALL COLUMNS, its text starting 10pt in from the label column's edge and running on
          under the amount columns: "Toelichting: " and one or two sentences written for this
          rendering (a cost line's basis, its period, what it holds; some quote a small figure
          such as "€ 95 per uur", "2,5 fte" or "21% btw"), 7pt italic grey (#6E6E6E) on 9pt,
          one or two lines. LIGHT RULES: a 0.3pt light grey rule (#BBBBBB) over each cost line
          that follows another; NO rule between a cost line and its explanation row (the two
          are kept together where a table breaks over a page; the header is repeated there).
          Table footnotes under the table in 7.5pt.
          Other tables (milestones, years, "Per jaar | EUR 3 jaar") in the same rules without
          explanation rows and without a caption.

The explanation rows are table furniture, no field and no cell of the transcription; every
transcription cell prints as transcribed: the truth record is the plain one (no "raw"). A
project runs from its title to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import hashlib

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_funding, is_total, meta,
                         notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.2 * cm, 2.2 * cm, 2.6 * cm, 2.2 * cm
FW = WIDTH - ML - MR
GREEN = colors.HexColor("#2E5E3E")
GREY = colors.HexColor("#666666")
NOTE_GREY = colors.HexColor("#6E6E6E")
LIGHT = colors.HexColor("#BBBBBB")

# Sentences of an explanation row: what the cost line is based on, and what it holds.
BASIS = [
    "Raming op basis van offertes van twee marktpartijen, prijspeil 2018.",
    "Berekend met het integrale uurtarief van de penvoerder (€ 95 per uur) over de looptijd van het project.",
    "Inzet van gemiddeld 2,5 fte per jaar gedurende drie jaar, inclusief werkgeverslasten.",
    "Bedragen inclusief 21% btw voor zover deze niet kan worden teruggevorderd.",
    "Gebaseerd op de begroting van het vergelijkbare project uit de vorige programmaperiode, geïndexeerd.",
    "De kosten worden pas gemaakt na een positief besluit van de stuurgroep over de tweede fase.",
    "Raming op basis van de ervaringscijfers van de deelnemende partijen over 2016 en 2017.",
    "Verdeeld over de jaren 2019 tot en met 2022; de zwaarste inzet valt in het tweede en derde jaar.",
    "Het betreft uitsluitend externe kosten; eigen uren van de partners worden apart verantwoord.",
    "Deze post wordt jaarlijks herijkt op basis van de voortgangsrapportage aan het programmabureau.",
]
HOLDS = [
    "Omvat de inhuur van een projectleider en de secretariële ondersteuning.",
    "Hieronder vallen ook de kosten voor communicatie, bijeenkomsten en de website.",
    "Inclusief een post onvoorzien van circa 5% van de directe kosten.",
    "Materiële kosten (apparatuur, licenties) zijn hierin opgenomen; afschrijving valt erbuiten.",
    "De cofinanciering van de partners bestaat deels uit inzet in natura (uren en faciliteiten).",
    "Onderzoekskosten van de kennisinstellingen worden op nacalculatie vergoed.",
    "Voor de huisvesting is uitgegaan van een huurovereenkomst van vijf jaar.",
    "Monitoring en evaluatie worden uitgevoerd door een onafhankelijk bureau.",
]


def explanation(title: str, row: int, label: str) -> str | None:
    """The explanation row printed under cost line `row` of `title`'s table ("Toelichting: ..."),
    None for about one cost line in four."""
    h = hashlib.sha256(f"{title}|{row}|{label}".encode()).digest()
    if h[0] % 4 == 0:
        return None
    text = BASIS[h[1] % len(BASIS)]
    if h[2] % 2:
        text += " " + HOLDS[h[3] % len(HOLDS)]
    return f"Toelichting: {text}"


def _styles():
    def s(n, font="Helvetica", size=9.5, leading=13, **kw):
        return ParagraphStyle(f"nr-{n}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0, bulletFontName="Helvetica"),
            "doc": s("doc", "Helvetica-Bold", 15, 19, textColor=GREEN, spaceAfter=4),
            "lead": s("lead", size=9, leading=12, textColor=GREY, spaceAfter=10),
            "theme": s("theme", size=9, leading=11, textColor=GREY, spaceBefore=14, keepWithNext=1),
            "title": s("title", "Helvetica-Bold", 13, 16, textColor=GREEN, spaceAfter=4, keepWithNext=1),
            "label": s("label", "Helvetica-Bold", 9.5, 12.5, spaceBefore=6, spaceAfter=2, keepWithNext=1),
            "caption": s("cap", "Helvetica-Bold", 8.5, 11, spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "tlabel": s("tl", "Helvetica-Bold", 8, 10), "thead": s("th", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
            "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
            "tbody": s("tb", size=8.5, leading=10.5), "tbody_b": s("tbb", "Helvetica-Bold", 8.5, 10.5),
            "tamount": s("ta", size=8.5, leading=10.5, alignment=TA_RIGHT),
            "tamount_b": s("tab", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
            "texpl": s("tx", "Helvetica-Oblique", 7, 9, textColor=NOTE_GREY, leftIndent=10),
            "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2),
            "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5)}


def render_noterows(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _column_keys(dossier)
    name = dossier_name(dossier)

    def header_rows(t, rec):
        n, lines = t.columns, len(t.header)
        rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
        spans = []
        rows[0][0] = para(t.label, st["tlabel"], rec)
        if lines > 1:
            spans.append(((0, 0), (0, lines - 1)))
        for h in t.header_cells():
            rows[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                spans.append(((h.column, h.line), (c1, r1)))
        return rows, spans

    def table(t, pr, rec, explained):
        n, lines = t.columns, len(t.header)
        wl = 5.2 * cm
        rows, spans = header_rows(t, rec)
        cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        first = True
        for i, body in enumerate(t.rows):
            b = is_total(body[0])
            r = len(rows)
            rows.append([para(body[0], st["tbody_b"] if b else st["tbody"], rec)]
                        + [para(x, st["tamount_b"] if b else st["tamount"], rec) for x in body[1:]])
            if b:
                cmds.append(("LINEABOVE", (0, r), (-1, r), 0.8, colors.black))
            elif not first:
                cmds.append(("LINEABOVE", (0, r), (-1, r), 0.3, LIGHT))
            first = False
            text = explanation(pr.title, i, body[0]) if explained and not b else None
            if text:
                rows.append([para(text, st["texpl"])] + [""] * n)
                e = r + 1
                cmds += [("SPAN", (0, e), (-1, e)), ("NOSPLIT", (0, r), (-1, e)),
                         ("TOPPADDING", (0, e), (-1, e), 0), ("BOTTOMPADDING", (0, e), (-1, e), 4)]
                cmds.append(("BOTTOMPADDING", (0, r), (-1, r), 1.5))
        cmds += [("SPAN", a, c) for a, c in spans]
        out = [Spacer(0, 4), Table(rows, colWidths=[wl] + [(FW - wl) / n] * n, repeatRows=lines,
                                   style=TableStyle(cmds), hAlign="LEFT")]
        out += [para(f, st["tfoot"], rec) for f in t.footnotes]
        out.append(Spacer(0, 6))
        return out

    def once(info):
        truth = Truth(dossier, "noterows")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                  **meta(dossier, "noterows"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(GREY)
            canv.drawString(ML, HEIGHT - 1.5 * cm, f"Programmabureau Regio Deal {name}")
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.5 * cm, "Bijlage 3 – Projectbegrotingen")
            canv.setFont("Helvetica", 8)
            canv.setFillColor(colors.black)
            canv.drawRightString(WIDTH - MR, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story = [para(f"Bijlage 3. Projectbegrotingen Regio Deal {name}", st["doc"]),
                 para("Per project de beschrijving en de begroting, met een toelichting per kostenpost.", st["lead"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            story += [CondPageBreak(6 * cm), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]

            def any_table(t, pr=pr, tables=tables, rec=rec):
                index = next(i for i, x in enumerate(tables) if x is t)
                keys = golden.get((pr.title, index))
                if is_funding(keys) and len(keys) == t.columns:
                    return [para(f"Begroting {pr.title} (in euro)", st["caption"], rec)] + table(t, pr, rec, True)
                return table(t, pr, rec, False)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += any_table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    story += any_table(item) if isinstance(item, source.Table) else [
                        field_para(item, st["body"], st["item"], rec)]
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
