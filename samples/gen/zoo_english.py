"""One more house style for the layout zoo (see zoo.py), held out: a cross-border
(Interreg-style) programme office that writes the dossier ENTIRELY IN ENGLISH: its template
(headings, field labels, table headers, running header and footer) translated, the fields
filled in in DUTCH as the transcription has them.

- english: A4 portrait, margins 2.0 cm left and right, 3.0 cm top, 2.2 cm bottom (a 17 cm
          text column). Helvetica (DejaVu Sans where a text has a character it lacks) 9.5pt on
          13pt, ragged right, 4pt after each paragraph; a list item hangs on its marker.
          MASTHEAD on every page: a dark teal band (#0B4F6C) across the full page width, 1.4 cm
          tall at the top edge, "Cross-border Programme <Name> · Project dossier" in 9pt bold
          white at the left margin, "Regio Deal" in 9pt white at the right margin, and a thin
          (2pt) amber strip (#F2A541) under the band. FOOTER: a 0.4pt teal rule across the
          column 1.6 cm above the bottom edge, under it "Project dossier – <Name>" at the
          left and "Page N of M" at the right in 7.5pt teal.
          Each project OPENS A NEW PAGE: "Theme: <theme>" (the theme in Dutch, as
          transcribed) in 8.5pt uppercase-free teal, then the title in Dutch in 17pt bold
          dark teal on 21pt, then a 2pt amber rule 4 cm long under it (not across).
          FIELD LABELS IN ENGLISH on their own line in 10pt bold teal (#0B4F6C) with a 0.4pt
          light teal rule (#9CC3D5) across the whole column 2pt under the label's baseline,
          10pt above: "Project name", "Partners", "Challenge", "Proposed approach", "Results",
          "Contribution and co-financing", "Continuity" (Structureel karakter), "Continuity
          (how to proceed without national funding)"; the Zeeland labels "Project name",
          "Partners involved", "Background", "Approach", "Intended results", "Funding",
          "Planning", "Safeguarding". The field's paragraphs under it IN DUTCH as transcribed.
          TABLES across the column in 8pt Helvetica on 10pt. A FUNDING TABLE (the template's
          budget table: a Totaal and funding sources) has its HEADER in ENGLISH on a dark teal
          fill, white bold type, every header cell right-aligned (a group header centred over
          its members, a 0.5pt white rule under it); the header's cells translated: "Totaal" ->
          "Total", "Totaal EUR" -> "Total EUR", "Totaal (€)" -> "Total (€)", "Privaat" ->
          "Private", "Privaat (incl. Invest-NL)" -> "Private (incl. Invest-NL)", "Onderwijs",
          "Onderw.", "Onderw" -> "Education", "Publiek" -> "Public", "Gem.", "Gem" ->
          "Municipality", "Gemeenten" -> "Municipalities", "Provincie", "Prov." -> "Province",
          "Overig Publiek" -> "Other public", "Rijk" -> "National government", "Regio" ->
          "Region", "Bedrijven" -> "Companies", "Bedrijfsleven" -> "Business",
          "Kennisinstellingen" -> "Knowledge institutions", "Werkgevers" -> "Employers",
          "Waterschap" -> "Water board", "Per jaar" -> "Per year", "EUR 3 jaar" -> "EUR 3
          years", "Gereed" -> "Completed", "Trekker" -> "Lead partner"; a year as it is. The
          corner cell translated word by word ("Opgaven/ Investerings" -> "Tasks/ Investments",
          "Kostenpost" -> "Cost item", "Mijlpaal" -> "Milestone"), left-aligned, spanning the
          header lines. A table the applicant added himself (milestones, per year, years)
          keeps its Dutch header and corner as transcribed, in the same style. ROW LABELS IN DUTCH as the applicant typed them (the Totaal row too),
          left-aligned, wrapping in their column; amounts right-aligned exactly as transcribed.
          Body rows parted by 0.4pt light teal rules (#9CC3D5); the Totaal row on a pale teal
          fill (#E3EFF5), bold, with a 0.8pt dark teal rule above it; no vertical rules, no
          frame. The row-label column 30% of the column (24% for tables of six value columns
          or more), the value columns sharing the rest alike; the header repeated on a new page.
          Table footnotes under the table in 7.5pt (Dutch). The project's notes at its end
          under "Notes" (8.5pt bold teal), each "<mark> <text>" in 8pt.

The transcription's page breaks inside tables are not followed. Every cell prints as
transcribed (no "raw"); the truth records, under "field_labels", the English label printed for
each of the transcription's field labels. A project runs from its opening page (theme and
title drawn) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 3.0 * cm, 2.2 * cm
FW = WIDTH - ML - MR
SANS, BOLD = "Helvetica", "Helvetica-Bold"
TEAL = colors.HexColor("#0B4F6C")
AMBER = colors.HexColor("#F2A541")
LIGHT = colors.HexColor("#9CC3D5")
PALE = colors.HexColor("#E3EFF5")

LABELS = {
    "naam project": "Project name", "projectnaam": "Project name", "partijen": "Partners",
    "betrokken partijen": "Partners involved", "opgave": "Challenge", "aanleiding": "Background",
    "voorgestelde aanpak": "Proposed approach", "aanpak": "Approach", "resultaten": "Results",
    "beoogde resultaten": "Intended results", "inzet en co-financiering": "Contribution and co-financing",
    "financiering": "Funding", "structureel karakter": "Continuity",
    "structureel karakter (hoe verder zonder rijksbijdrage)": "Continuity (how to proceed without national funding)",
    "borging": "Safeguarding", "planning": "Planning",
}
HEADERS = {
    "totaal": "Total", "totaal eur": "Total EUR", "totaal (€)": "Total (€)", "privaat": "Private",
    "privaat (incl. invest-nl)": "Private (incl. Invest-NL)", "onderwijs": "Education",
    "onderw.": "Education", "onderw": "Education", "publiek": "Public", "gem.": "Municipality",
    "gem": "Municipality", "gemeente": "Municipality", "gemeenten": "Municipalities", "provincie": "Province",
    "prov.": "Province", "overig publiek": "Other public", "rijk": "National government", "regio": "Region",
    "bedrijven": "Companies", "bedrijfsleven": "Business", "kennisinstellingen": "Knowledge institutions",
    "werkgevers": "Employers", "waterschap": "Water board", "per jaar": "Per year",
    "eur 3 jaar": "EUR 3 years", "gereed": "Completed", "trekker": "Lead partner",
}
WORDS = {
    "opgaven": "Tasks", "investeringen": "Investments", "investerings": "Investments",
    "investeringsen": "Investments", "intoversteningen": "Investments", "investering": "Investment",
    "mijlpaal": "Milestone", "kostenpost": "Cost item", "begroting": "Budget", "activiteit": "Activity",
    "financieringsoverzicht": "Financing overview", "onderdeel": "Component", "kosten": "Costs",
    "en": "and", "financiering": "financing",
}


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def label_en(label: str) -> str:
    return LABELS.get(_key(label), label)


def header_en(text: str) -> str:
    return HEADERS.get(_key(text), text)


def corner_en(text: str) -> str:
    """The corner label word by word ("Opgaven/ Investerings" -> "Tasks/ Investments")."""
    parts = re.split(r"(\s+|/)", text)
    return "".join(WORDS.get(p.lower(), p) for p in parts)


def _styles() -> dict:
    def st(name, font=SANS, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"en-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", SANS, 8.5, 11, textColor=TEAL, keepWithNext=1),
        "title": st("title", BOLD, 17, 21, textColor=TEAL, spaceBefore=2, spaceAfter=4, keepWithNext=1),
        "label": st("label", BOLD, 10, 13, textColor=TEAL, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=4, leftIndent=13, bulletIndent=0),
        "foot": st("foot", SANS, 7.5, 9.5, spaceBefore=3),
        "notes": st("notes", BOLD, 8.5, 11, textColor=TEAL, spaceBefore=12, spaceAfter=3, keepWithNext=1),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
        "corner": st("corner", BOLD, 8, 10, textColor=colors.white, alignment=TA_LEFT),
        "head": st("head", BOLD, 8, 10, textColor=colors.white, alignment=TA_RIGHT),
        "group": st("group", BOLD, 8, 10, textColor=colors.white, alignment=TA_CENTER),
        "row": st("row", SANS, 8, 10),
        "row_b": st("row_b", BOLD, 8, 10),
        "amt": st("amt", SANS, 8, 10, alignment=TA_RIGHT),
        "amt_b": st("amt_b", BOLD, 8, 10, alignment=TA_RIGHT),
    }


class _Underline(Flowable):
    """The label's light teal rule across the column (drawn under the label above it)."""

    keepWithNext = 1

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 4

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(LIGHT)
        c.setLineWidth(0.4)
        c.line(0, 6, self.aW, 6)
        c.restoreState()


class _Accent(Flowable):
    def wrap(self, aW, aH):
        return aW, 8

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(AMBER)
        c.setLineWidth(2)
        c.line(0, 6, 4 * cm, 6)
        c.restoreState()


def _table(t: source.Table, st, rec, translate: bool = True) -> list:
    tr_head, tr_corner = (header_en, corner_en) if translate else (str, str)
    n, lines = t.columns, max(len(t.header), 1)
    label_w = (0.24 if n >= 6 else 0.30) * FW
    widths = [label_w] + [(FW - label_w) / n] * n
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), TEAL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP")]
    rows[0][0] = para(tr_corner(t.label), st["corner"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        group = h.columns > 1
        if h.text.strip():
            rows[h.line][h.column] = para(tr_head(h.text), st["group" if group else "head"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if group and r1 < lines - 1 and h.text.strip():
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.5, colors.white))
    for body in t.rows:
        total = is_total(body[0])
        b = "_b" if total else ""
        r = len(rows)
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["row" + b], rec)]
                    + [para(text, st["amt" + b], rec) if text else "" for text in cells[:n]])
        if total:
            cmds += [("BACKGROUND", (0, r), (-1, r), PALE), ("LINEABOVE", (0, r), (-1, r), 0.8, TEAL)]
        elif r > lines:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.4, LIGHT))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


class _EnglishTruth(Truth):
    def record(self) -> dict:
        out = super().record()
        out["field_labels"] = {row.label: label_en(row.label) for pr in self.dossier.projects
                               for row in pr.rows if isinstance(row, source.Field)}
        return out


def render_english(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys = _column_keys(dossier)
    funding = {id(t) for p, pr in enumerate(dossier.projects) for k, t in enumerate(tables_of(pr))
               if is_funding(keys.get((pr.title, k)))}

    def once(info):
        truth = _EnglishTruth(dossier, "english")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "english"))

        def on_page(canv, d):
            canv.saveState()
            band = 1.4 * cm
            canv.setFillColor(TEAL)
            canv.rect(0, HEIGHT - band, WIDTH, band, stroke=0, fill=1)
            canv.setFillColor(AMBER)
            canv.rect(0, HEIGHT - band - 2, WIDTH, 2, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            left = f"Cross-border Programme {name} · Project dossier"
            canv.setFont(font_for(left, BOLD), 9)
            canv.drawString(ML, HEIGHT - band + 0.55 * cm, left)
            canv.setFont(SANS, 9)
            canv.drawRightString(WIDTH - MR, HEIGHT - band + 0.55 * cm, "Regio Deal")
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.4)
            canv.line(ML, 1.6 * cm, WIDTH - MR, 1.6 * cm)
            canv.setFillColor(TEAL)
            canv.setFont(SANS, 7.5)
            canv.drawString(ML, 1.6 * cm - 10, f"Project dossier – {name}")
            total = info["total"] or "?"
            canv.drawRightString(WIDTH - MR, 1.6 * cm - 10, f"Page {canv.getPageNumber()} of {total}")
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec, head = truth.content(p), truth.heading(p)
            if p:
                story.append(PageBreak())
            story += [para(f"Theme: {pr.theme}", st["theme"], head), para(pr.title, st["title"], head),
                      _Accent(), Spacer(0, 2)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 8), *_table(row, st, rec, id(row) in funding), Spacer(0, 6)]
                    continue
                story += [para(label_en(row.label), st["label"], rec), _Underline()]
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 3), *_table(item, st, rec, id(item) in funding), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                story.append(para("Notes", st["notes"], rec))
                story += notes_at_end(pr, rec, st["note"], space=0)
        doc.build(story)
        return truth

    return build_until_stable(once)
