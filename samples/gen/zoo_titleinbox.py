"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
"projectbladen" made from its Word template, in which a project's TITLE IS ONLY A VALUE IN
THE "PROJECTGEGEVENS" BOX that opens the project: a cell of a small bordered grid, in plain
body type, no larger and no bolder than the prose.

- titleinbox: A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.8 cm top, 2.5 cm bottom (a
          16.5 cm text column). Helvetica (Arial's metrics; DejaVu Sans for a paragraph
          holding a character it lacks) 10pt on 13pt, ragged right, 5pt after a paragraph; a
          list item keeps the source's marker and hangs on it (14pt).
          Running header on every page, 1.6 cm from the top edge: "Regio Deal <Name>" at the
          left margin and "Bijlage 2 – Projectbladen" at the right margin, 8pt grey (#707070),
          a 0.5pt grey rule 4pt under them across the text column. Footer 1.3 cm from the
          bottom edge: "Pagina N van M" at the right margin, 8pt grey.
          NO CONTENTS, NO TITLE PAGE: page 1 opens with "Bijlage 2  Projectbladen Regio Deal
          <Name>" in 13pt bold and one sentence in 10pt (no figures), 16pt of white, then the
          first project. Every later project OPENS A NEW PAGE.
          THE PROJECT'S OPENING is the template's "Projectgegevens" BOX and nothing else (no
          heading, no number, no theme line above it): a table across the text column, two
          columns (4.0 cm | 12.5 cm), four rows, an OUTER BORDER of 1.5pt black round the
          whole, 0.5pt grey (#9A9A9A) rules between the rows and between the columns, the
          label column filled light grey (#EFEFEF), 4pt padding. The rows: "Projecttitel" |
          the project's TITLE; "Thema" | its theme; "Projectnummer" | "RD-<XX>-<nn>" (XX the
          dossier name's first two letters in capitals, nn the project's number in the
          dossier, two digits); "Status" | "Ingediend, definitief". The labels in 9pt
          Helvetica dark grey (#404040), the values in the BODY TYPE, 10pt Helvetica regular
          black (a long title wraps inside its cell): THE TITLE IS NOT SET LARGER OR BOLDER
          than any paragraph of the project, and it stands nowhere else in the document
          (no running header, no contents, no bookmark).
          14pt under the box the FIELDS: each label in 10pt Helvetica-Bold black on a line of
          its own (10pt above it, 3pt under it, kept with its text), as transcribed; its
          paragraphs under it. The first field ("Naam Project", "Projectnaam") is a field
          like any other (its text is the applicant's wording of the name, not the title).
          TABLES (the investment tables and those inside a field, where they stand) across
          the text column as Word's "Tabelraster" with a shaded header: 8.5pt Helvetica
          (down to 7pt where the columns need it), every cell ruled 0.5pt black, the header
          lines filled light blue (#DCE6F1) and bold (the table's label in the corner cell
          spanning the header lines, single headers right-aligned, a group header
          ("Publiek") centred over its members); row labels left, amounts right-aligned
          exactly as transcribed, the Totaal row bold; the header repeated where a table
          breaks over a page. Table footnotes under the table in 8pt. The project's notes
          at the end of the project in 8pt, each with its mark.

The box is the project's heading: the title cell records the page it is drawn on. Every
cell prints as transcribed (no "raw"). A project runs from its box's page to the page of its
last field text, table cell or note. The box is a ruled grid of keys and values: its rows
under the title count as the project's first table, one no golden cell names (-1 in
"table_order"), as the template house's cover block does; the running header and footer are
not content.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, meta,
                         notes_at_end, para, register_fonts, tables_of)


class _BoxTruth(Truth):
    """The truth record with each project's box as a table the golden cells do not name (-1)
    before its own."""

    def record(self) -> dict:
        return {**super().record(),
                "table_order": {pr.title: [-1, *range(len(tables_of(pr)))] for pr in self.dossier.projects}}

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.5 * cm, 2.0 * cm, 2.8 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM
LABEL_W = 4.0 * cm

INK = colors.black
GREY = colors.HexColor("#707070")
DARK = colors.HexColor("#404040")
RULE = colors.HexColor("#9A9A9A")
LABEL_FILL = colors.HexColor("#EFEFEF")
HEAD_FILL = colors.HexColor("#DCE6F1")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
PAD = 4.0


def _styles(ts: float = 8.5) -> dict:
    def st(name, font=SANS, size=10, leading=13, textColor=INK, **kw):
        return ParagraphStyle(f"tib-{name}-{size}", fontName=font, fontSize=size, leading=leading,
                              textColor=textColor, **kw)

    tl = ts + 2
    return {
        "doctitle": st("doctitle", BOLD, 13, 16, spaceAfter=6),
        "intro": st("intro", spaceAfter=16),
        "boxlabel": st("boxlabel", SANS, 9, 13, textColor=DARK),
        "boxvalue": st("boxvalue"),
        "label": st("label", BOLD, 10, 13, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", spaceAfter=3, leftIndent=14, bulletIndent=0),
        "tlabel": st("tl", BOLD, ts, tl, alignment=TA_LEFT),
        "thead": st("th", BOLD, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", SANS, ts, tl),
        "tbody_b": st("tbb", BOLD, ts, tl),
        "tamount": st("ta", SANS, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, ts, tl, alignment=TA_RIGHT),
        "tnote": st("tn", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceBefore=3),
        "note_more": st("notem", SANS, 8, 10, leftIndent=8),
    }


def _box(rows, rec_title) -> Table:
    """The "Projectgegevens" box: label | value rows, the title's cell recording its page."""
    cells = [[para(label, ST["boxlabel"]), para(value, ST["boxvalue"], rec_title if k == 0 else None)]
             for k, (label, value) in enumerate(rows)]
    return Table(cells, colWidths=[LABEL_W, FW - LABEL_W], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_FILL),
        ("INNERGRID", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (0, 0), (-1, -1), 1.5, INK),
        ("NOSPLIT", (0, 0), (-1, -1))]))


def _table(t: source.Table, rec) -> list:
    lines = len(t.header)
    for ts in (8.5, 8.0, 7.5, 7.0):  # the type made smaller where the columns need it
        st = _styles(ts)
        widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.32, squeeze=(ts == 7.0))
        if widths is not None:
            break
    rows, spans, _, totals = _grid(t, st, rec)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, INK),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    out: list = [Spacer(0, 5), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, ST["tnote"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


ST = _styles()


def render_titleinbox(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    house = f"Regio Deal {name}".replace("  ", " ").strip()
    code = "".join(ch for ch in name if ch.isalpha())[:2].upper() or "RD"

    def once(info):
        truth = _BoxTruth(dossier, "titleinbox")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "titleinbox"))
        total = info.get("total") or 0

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 8)
            y = HEIGHT - 1.6 * cm
            canv.drawString(LEFT, y, house)
            canv.drawRightString(WIDTH - RIGHT, y, "Bijlage 2 – Projectbladen")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(LEFT, y - 4, WIDTH - RIGHT, y - 4)
            n = canv.getPageNumber()
            canv.drawRightString(WIDTH - RIGHT, 1.3 * cm, f"Pagina {n} van {max(total, n)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(LEFT, BOTTOM, FW, FH, leftPadding=0,
                                                          rightPadding=0, topPadding=0,
                                                          bottomPadding=0)], onPage=furniture)])
        story: list = [para(f"Bijlage 2  Projectbladen {house}", ST["doctitle"]),
                       para("In deze bijlage is voor ieder project het projectblad opgenomen, zoals "
                            "de penvoerder het heeft ingediend.", ST["intro"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story += [_box([("Projecttitel", pr.title), ("Thema", pr.theme),
                            ("Projectnummer", f"RD-{code}-{p + 1:02d}"),
                            ("Status", "Ingediend, definitief")], truth.heading(p)),
                      Spacer(0, 4)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, rec)
                    continue
                story.append(para(row.label, ST["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, rec)
                    else:
                        story.append(field_para(item, ST["body"], ST["item"], rec))
            story += notes_at_end(pr, rec, ST["note"], ST["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
