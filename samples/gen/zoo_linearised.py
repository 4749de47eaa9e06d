"""One more house style for the layout zoo (see zoo.py), held out: the ACCESSIBLE, LARGE-PRINT
EDITION of the dossier that a province publishes next to the designed one (WCAG-minded: one
column, large type, high contrast, headings for structure and NO TABLES AT ALL: every funding
table LINEARISED into a list, one block per row, one line per cell).

- linearised: A4 portrait, margins 2.5 cm all round (a 16 cm text column). DejaVu Sans (a
          plain, open sans) 16pt on 24pt (line spacing 1.5), pure black on white, ragged
          right, never justified or hyphenated, 10pt after each paragraph; a list item keeps
          the source's marker and hangs on it (0.8 cm). No colour, no fills, no rules but the
          one under each project title.
          FOOTER on every page, 12pt black, 1.2 cm from the bottom edge: "Regio Deal <Name> –
          toegankelijke versie" at the left, "Pagina N van M" at the right. No header.
          PAGE 1: "Regio Deal <Name>" (28pt bold), "Projectvoorstellen – toegankelijke versie"
          (18pt), a paragraph saying that the tables are written out as lists, then the
          transcription's contents heading as a 20pt bold heading and ONE PARAGRAPH PER
          PROJECT, "<title> (pagina N)", the theme as a bold 16pt line above its projects.
          Each project opens a NEW PAGE: "Thema: <theme>" in 16pt, the title in 24pt bold on
          30pt with a 2pt black rule 6pt under it, then the fields.
          FIELDS: the label as a heading, 20pt bold on 26pt (18pt above, 6pt below, kept with
          what follows), the field's paragraphs under it. A table inside a field stands in its
          field where the transcription places it, linearised like the others.
          TABLES (investment tables and those inside a field alike) are LINEARISED:
            * the caption as a heading "Tabel: <table label>" in 18pt bold on 24pt (16pt above),
              kept on the page of the first row's block;
            * then ONE BLOCK PER BODY ROW in the source's order (the Totaal row last, where the
              transcription has it): the row label as a small heading in 16pt bold on its own
              line(s), then ONE LINE PER VALUE COLUMN in the header's order, 16pt regular at the
              text column's left edge, no marker, no indent: "<column>: <cell>" ("Totaal:
              2.000.000", "Privaat: 1.000.000", "Onderwijs: -"). A column is named by its
              header line(s) top to bottom joined with a comma ("Publiek, Provincie"), a
              header with nothing of its own under a group by the group alone ("Publiek", on
              both of its columns); cells printed as transcribed ("6,33 mln.", "€ 2,8 mln.",
              "7.500.000*", ".-", "Gem."); an EMPTY cell is written "(leeg)", as accessible
              documents avoid empty values. 12pt after each block; a block is never split
              over a page (it goes to the next page whole);
            * the table's footnotes after its last block: a 16pt bold line "Voetnoten bij de
              tabel" and the footnotes as a list, each hanging on its own mark ("*", "**").
            The transcription's page breaks inside a table are not followed: the blocks flow.
          Project notes at the end of the project: a bold line "Noten" and the notes as a
          list, each hanging on its mark ("¹").

The truth record is the plain one except for empty cells: their printed "(leeg)" is recorded
under "raw" (their value stays empty). A project runs from its title's page to the page of its
last field text, table line, footnote or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, meta, page_of, para,
                         register_fonts, tables_of)

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
EMPTY = "(leeg)"
_MARK = re.compile(r"^(\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d{1,2}\))\s*(.*)$", re.S)


def _styles() -> dict:
    def s(name, font=SANS, size=16, leading=24, **kw):
        return ParagraphStyle(f"lin-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=colors.black, **kw)
    return {
        "cover": s("cover", BOLD, 28, 34, spaceAfter=8),
        "coversub": s("coversub", SANS, 18, 24, spaceAfter=18),
        "body": s("body", spaceAfter=10),
        "item": s("item", spaceAfter=6, leftIndent=0.8 * cm, bulletIndent=0, bulletFontName=SANS),
        "tochead": s("toch", BOLD, 20, 26, spaceBefore=18, spaceAfter=6),
        "toctheme": s("toct", BOLD, spaceBefore=8, spaceAfter=2),
        "toc": s("toc", spaceAfter=2),
        "theme": s("theme", spaceAfter=4),
        "title": s("title", BOLD, 24, 30),
        "h2": s("h2", BOLD, 20, 26, spaceBefore=18, spaceAfter=6, keepWithNext=1),
        "h3": s("h3", BOLD, 18, 24, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "rowhead": s("rowhead", BOLD, spaceAfter=2),
        "cell": s("cell"),
        "fnhead": s("fnhead", BOLD, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "fn": s("fn", spaceAfter=6, leftIndent=0.8 * cm, bulletIndent=0, bulletFontName=SANS),
    }


def _column_names(t: source.Table) -> list[str]:
    """Each value column's name: its header lines top to bottom, joined with a comma."""
    parts: list[list[str]] = [[] for _ in range(t.columns)]
    for h in sorted(t.header_cells(), key=lambda h: h.line):
        if not h.text.strip():
            continue
        for c in range(h.column, h.column + h.columns):
            parts[c - 1].append(h.text.strip())
    return [", ".join(p) for p in parts]


def _marked(text: str, style, rec):
    """A footnote or note as a list item hanging on its own mark."""
    m = _MARK.match(text)
    if not m:
        return para(text, ParagraphStyle(f"{style.name}-plain", style, leftIndent=0), rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


class _LinTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "linearised")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _table(t: source.Table, where: str, keys: list[str] | None, truth, st, rec) -> list:
    names = _column_names(t)
    caption = para(f"Tabel: {t.label}".rstrip(), st["h3"], rec)
    out: list = []
    for r, body in enumerate(t.rows):
        block = [para(body[0], st["rowhead"], rec)]
        for c, name in enumerate(names):
            cell = body[c + 1]
            if not cell.strip():
                cell = EMPTY
                if keys and c < len(keys):
                    truth.raw[f"{where}|{r}|{keys[c]}"] = EMPTY
            block.append(para(f"{name}: {cell}", st["cell"], rec))
        block.append(Spacer(0, 12))
        out.append(KeepTogether(([caption] if r == 0 else []) + block))  # the caption goes with the first block
    if t.footnotes:
        out.append(para("Voetnoten bij de tabel", st["fnhead"], rec))
        out += [_marked(f, st["fn"], rec) for f in t.footnotes]
    return out


def render_linearised(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    golden = _column_keys(dossier)

    def once(info):
        truth = _LinTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                  bottomMargin=M, **meta(dossier, "linearised"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(SANS, 12)
            canv.setFillColor(colors.black)
            canv.drawString(M, 1.2 * cm, f"Regio Deal {name} \u2013 toegankelijke versie".replace("  ", " "))
            canv.drawRightString(WIDTH - M, 1.2 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story: list = [para(f"Regio Deal {name}".strip(), st["cover"]),
                       para("Projectvoorstellen \u2013 toegankelijke versie", st["coversub"]),
                       para("Dit is de toegankelijke versie van de projectvoorstellen. De tekst staat in één "
                            "kolom en in grote letters. De tabellen zijn omgezet in lijsten: voor elke regel van "
                            "een tabel staat elke kolom op een eigen regel, met de naam van de kolom ervoor.",
                            st["body"]),
                       para(dossier.toc_heading or "Inhoud", st["tochead"])]
        theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != theme:
                theme = pr.theme
                story.append(para(pr.theme, st["toctheme"]))
            story.append(para(f"{pr.title} (pagina {page_of(info, p) or '?'})", st["toc"]))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(f"Thema: {pr.theme}", st["theme"], rec))
            title = para(pr.title, st["title"], truth.heading(p))
            story.append(Table([[title]], colWidths=[FW], hAlign="LEFT", style=TableStyle([
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LINEBELOW", (0, 0), (-1, 0), 2, colors.black)])))
            story.append(Spacer(0, 4))
            tables = tables_of(pr)

            def table_flow(t):
                i = next(k for k, x in enumerate(tables) if x is t)
                return _table(t, f"{pr.title}|{i}", golden.get((pr.title, i)), truth, st, rec)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table_flow(row)
                    continue
                story.append(para(row.label, st["h2"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table_flow(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                story.append(para("Noten", st["fnhead"], rec))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(_marked(f"{note.mark} {text}", st["fn"], rec) if j == 0
                                     else para(text, st["fn"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
