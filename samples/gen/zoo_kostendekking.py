"""One more house style for the layout zoo (see zoo.py), held out: the classic Dutch SUBSIDY
APPLICATION BUDGET ("begroting en dekkingsplan" of a province's "aanvraagformulier"), in
which every project's money is NOT A GRID but TWO STACKED LISTS in one two-column table:
first the costs ("Kosten"), then the funding ("Dekking / Financiering").

- kostendekking: the applicant's Word document on the province's form template. A4
          portrait, margins 2.5 cm left, 2.0 cm right, 2.2 cm top, 2.0 cm bottom (a 16.5 cm
          text column). Helvetica (Arial's metrics; DejaVu Sans for a paragraph holding a
          character it lacks) 10pt on 13pt, ragged right, 4pt after each paragraph; a list
          item hangs on its transcribed marker. Running header "Aanvraag subsidie Regio Deal
          <Name> - projectvoorstellen" 8pt grey at the top left with a 0.5pt rule under it;
          footer "Pagina N van M" 8pt at the bottom right. Each project opens a new page:
          "Project N: <title>" in 14pt bold (N running over the dossier), under it
          "Thema: <theme>" in 9.5pt grey, 10pt of space. Fields: the label in 10pt bold on
          a line of its own (10pt above), the field's paragraphs under it.
          FUNDING TABLES (a table whose cell-list keys hold a Totaal and a funding source;
          every such table of the project, where it stands, a table inside a field too) are
          printed as a BEGROTING EN DEKKINGSPLAN: a bold 10pt caption "Begroting en
          dekkingsplan: <table label>" then ONE TABLE OF TWO COLUMNS (11 cm for the
          description, 4 cm for the amount, from the left margin), a full grid of 0.5pt black
          lines:
            * a section row "Kosten" | "Bedrag" (bold, shaded #D9D9D9);
            * one row per COST LINE (every body row but the Totaal row, in the
              transcription's order): its label as typed | the amount of the transcription's
              TOTAAL COLUMN for that row, exactly as transcribed ("2.000.000", "6,33 mln.",
              "-", "" stays empty);
            * "Totaal kosten" | the Totaal row's Totaal cell, bold, shaded #F2F2F2;
            * a section row "Dekking / Financiering" | "Bedrag" (bold, shaded #D9D9D9);
            * one row per FUNDING SOURCE, in the order Privaat, Onderwijs, Gemeente(n),
              Provincie, the other sources (Overig publiek, Waterschap, Regio, unnamed
              Publiek) in the transcription's order, Rijk last; named "Privaat /
              Bedrijfsleven" (a qualifier the transcription adds kept: "Privaat /
              Bedrijfsleven (incl. Invest-NL)"), "Onderwijs", "Gemeente(n)", "Provincie",
              "Rijk (Regio Deal)", others by their transcribed header ("Waterschap",
              "Overig Publiek", "Regio"; a Publiek column without a name of its own
              "Publiek (1)", "Publiek (2)") | the source's amount, the transcription's
              TOTAAL ROW cell of that column exactly as transcribed (marks kept: "-*");
            * "Totaal dekking" | the Totaal row's Totaal cell again, bold, shaded #F2F2F2.
          Where the transcription has no Totaal row (Vitale Kernen) the form's totals are
          the column sums (of the cell list's values), written "1.550.000". The per-source
          amounts of the single cost lines are NOT printed (the form has no place for them).
          Type 9pt, descriptions left, amounts right-aligned; the table's footnotes under it
          in 8pt. OTHER TABLES (milestones, year tables, "Per jaar | EUR 3 jaar") keep their
          grid shape in the same style: a full 0.5pt grid, the header row(s) bold on #D9D9D9
          (the table's label over the row labels, a group header centred over its members,
          other headers right-aligned), row labels left, every value cell (words too)
          right-aligned as transcribed, the Totaal row bold. Header repeated where a table breaks.
          The project's notes after its last field in 8pt, each with its mark.

THE GOLDEN CELL LIST DOES NOT FIT THIS SHAPE: a funding table's golden cells are the
transcription's grid, of which this print keeps only the Totaal column (one amount per cost
line) and the Totaal row (one amount per source); the cost lines' per-source cells are not
printed at all, and tests/zoo.py has no way to record a cell as absent or a table as
restacked. The truth record is the plain one (project pages only); its cell score is not
comparable for the funding tables (the tables that keep their grid are scored as usual).
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, cell_values, dossier_name, field_para, is_funding,
                         is_total, meta, notes_at_end, para, register_fonts, tables_of)
from .zoo_province import _column_keys, _golden_keys

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.5 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm
FW = WIDTH - LEFT - RIGHT
SANS, BOLD = "Helvetica", "Helvetica-Bold"
GREY = colors.HexColor("#595959")
SECTION = colors.HexColor("#D9D9D9")
TOTAL = colors.HexColor("#F2F2F2")
DESC_W, AMOUNT_W = 11 * cm, 4 * cm
PAD = 4.0

NAMES = {"onderwijs": "Onderwijs", "gemeente": "Gemeente(n)", "provincie": "Provincie", "rijk": "Rijk (Regio Deal)"}
ORDER = {"privaat": 0, "onderwijs": 1, "gemeente": 2, "provincie": 3, "rijk": 9}


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"kd-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 14, 17, spaceAfter=2, keepWithNext=1),
        "theme": st("theme", SANS, 9.5, 12, textColor=GREY, spaceAfter=10, keepWithNext=1),
        "label": st("label", BOLD, 10, 13, spaceBefore=10, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=14, bulletIndent=2, bulletFontName=SANS, bulletFontSize=10, spaceAfter=2.5),
        "caption": st("cap", BOLD, 10, 13, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "tlabel": st("tl", BOLD, 9, 11), "thead": st("th", BOLD, 9, 11, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, 9, 11, alignment=TA_CENTER),
        "tbody": st("tb", SANS, 9, 11), "tbody_b": st("tbb", BOLD, 9, 11),
        "tamount": st("ta", SANS, 9, 11, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, 9, 11, alignment=TA_RIGHT),
        "tfoot": st("tf", SANS, 8, 10, spaceBefore=3),
        "note": st("note", SANS, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": st("notem", SANS, 8, 10, leftIndent=9, spaceAfter=1.5),
    }


def _dutch(v: Decimal) -> str:
    return f"{int(v):,}".replace(",", ".")


def _source_name(t: source.Table, col: int, key: str, unnamed: list[int]) -> str:
    """The form's name of value column `col` (1-based) with cell-list key `key`."""
    own = next((h.text for h in t.header_cells() if h.columns == 1 and h.column == col and h.text), "")
    if key == "privaat":
        rest = own.split(None, 1)[1] if " " in own.strip() else ""
        return f"Privaat / Bedrijfsleven {rest}".strip()
    if key in NAMES:
        return NAMES[key]
    if own:
        return own
    unnamed.append(col)
    return f"Publiek ({len(unnamed)})"


def _plan(t: source.Table, keys: list[str], values: dict, title: str, ti: int, st, rec) -> list:
    """The begroting en dekkingsplan of funding table `t` (table `ti` of project `title`)."""
    total_col = keys.index("totaal") + 1
    totals = [i for i, r in enumerate(t.rows) if is_total(r[0])]
    lines = [r for r in t.rows if not is_total(r[0])]
    if totals:
        trow = t.rows[totals[-1]]
        amount = {c: trow[c] for c in range(1, t.columns + 1)}
    else:  # no Totaal row: the form's totals are the column sums
        amount = {}
        for c in range(1, t.columns + 1):
            vals = [values.get((title, ti, r, keys[c - 1])) for r in range(len(t.rows))]
            amount[c] = _dutch(sum(v for v in vals if v is not None))
    unnamed: list[int] = []
    sources = [(ORDER.get(k, 5), c, _source_name(t, c, k, unnamed))
               for c, k in enumerate(keys, 1) if k != "totaal"]
    sources.sort(key=lambda s: (s[0], s[1]))

    def row(label, value, bold=False):
        return [para(label, st["tbody_b"] if bold else st["tbody"], rec),
                para(value, st["tamount_b"] if bold else st["tamount"], rec)]

    data = [row("Kosten", "Bedrag", True)]
    data += [row(r[0], r[total_col]) for r in lines]
    data.append(row("Totaal kosten", amount[total_col], True))
    dek = len(data)
    data.append(row("Dekking / Financiering", "Bedrag", True))
    data += [row(name, amount[c]) for _, c, name in sources]
    data.append(row("Totaal dekking", amount[total_col], True))
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, 0), SECTION), ("BACKGROUND", (0, dek), (-1, dek), SECTION),
            ("BACKGROUND", (0, dek - 1), (-1, dek - 1), TOTAL), ("BACKGROUND", (0, -1), (-1, -1), TOTAL),
            ("NOSPLIT", (0, 0), (-1, 1)), ("NOSPLIT", (0, dek - 1), (-1, dek + 1))]
    out: list = [para(f"Begroting en dekkingsplan: {t.label}", st["caption"], rec),
                 Table(data, colWidths=[DESC_W, AMOUNT_W], style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _grid_table(t: source.Table, st, rec) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), SECTION),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.4)
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, style=TableStyle(cmds), repeatRows=lines,
                                     hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_kostendekking(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    golden = _golden_keys(dossier)
    values = cell_values(dossier)

    def once(info):
        truth = Truth(dossier, "kostendekking")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "kostendekking"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.3 * cm
            canv.drawString(LEFT, y, f"Aanvraag subsidie Regio Deal {name} - projectvoorstellen")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(LEFT, y - 4, WIDTH - RIGHT, y - 4)
            canv.setFillColor(colors.black)
            n = canv.getPageNumber()
            canv.drawRightString(WIDTH - RIGHT, 1.1 * cm, f"Pagina {n} van {info['total'] or n}")
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("form", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            index = {id(t): i for i, t in enumerate(tables_of(pr))}

            def table(t):
                ti = index[id(t)]
                keys = _column_keys(t, golden.get((pr.title, ti)))
                if is_funding(keys):
                    return _plan(t, keys, values, pr.title, ti, st, rec)
                return _grid_table(t, st, rec)

            if p:
                story.append(PageBreak())
            story += [para(f"Project {p + 1}: {pr.title}", st["title"], truth.heading(p)),
                      para(f"Thema: {pr.theme}", st["theme"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
