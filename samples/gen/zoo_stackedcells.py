"""One more house style for the layout zoo (see zoo.py), held out: a regional programme
office's "uitvoeringsprogramma" made in Word, whose funding tables were built in Excel with
a share formula under every amount and pasted as a picture-free Word table: EVERY CELL
HOLDS TWO LINES, the amount and under it its share in small grey type.

- stackedcells: A4 portrait, margins 2.3 cm left and right, 2.6 cm top, 2.3 cm bottom (a
           16.4 cm text column). Helvetica (DejaVu Sans where a paragraph has a character it
           lacks) 9.5pt on 12.5pt, ragged right, 4pt after each paragraph; a list item hangs
           on its own marker. Running header on every page: "Uitvoeringsprogramma Regio Deal
           <Name>" at the left and "Versie 1.2 | juni 2019" at the right in 7.5pt grey over a
           0.4pt grey rule; footer "- N -" centred in 8pt. Page 1 opens with the programme's
           title (17pt bold petrol blue) and a grey 10pt subtitle. Each project: the theme
           in 8pt grey capitals on a line of its own, the title in 13pt bold petrol blue
           under it; projects flow on (a conditional break keeps a heading off a page's foot).
           Field labels in bold 9.5pt petrol blue on a line of their own (7pt above), the
           field's paragraphs under them. Project notes at the end of the project in 7.5pt.
           FUNDING TABLES (a table whose header has a one-column "Totaal..." cell) across the
           text column in 8.5pt (7.5pt from seven value columns on): the row-label column
           4.6 cm (5.2 cm up to four value columns, 4.2 cm from seven), the value columns
           sharing the rest. RULED WITH THIN VERTICAL LINES ONLY:
           a 0.4pt grey line at the left and right edge of the table and between every two
           columns (none through a spanning group header), NO horizontal rule, no fill.
           Header: the table's label bold at the top left of the corner cell; the source's
           header lines, each column label bold and right-aligned over its amounts at the
           foot of the header; a group header ("Publiek") bold, centred over its members.
           EVERY BODY CELL IS TWO LINES: the amount exactly as transcribed, right-aligned,
           and UNDER IT, in the same cell, its share of the row's Totaal cell in 6.5pt grey
           ("1.650.000" over "27%"), rounded half up to whole percents; a nil ("-", ".-",
           "-*") has "0%" under it; the Totaal column's own cell has "100%"; a cell that is
           empty or holds words ("Gem."), or whose row's Totaal is no positive amount
           (a nil "-"), has no second line. Amounts are read as transcribed ("1.650.000",
           "€ 2,8 mln.", "43,8mln.", marks "*" ignored; a share above 100 % is printed as it
           comes out, "1000%"). The Totaal row (a label starting with "Totaal", any case)
           likewise, its amounts bold, its shares grey bold; 4pt of space above it and no
           rule. The row label top-aligned, wrapping in its column. Rows 3pt apart. A table
           breaks where the page is full (the transcription's page breaks are not
           followed), its header lines repeated. Table footnotes under the table in 7.5pt.
           Tables without a one-column Totaal header (milestones, "Per jaar | EUR 3 jaar")
           in the same rules with one line per cell.

The share lines are no cells of the transcription: every golden cell is printed as
transcribed, the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, notes_at_end, para, register_fonts)
from .zoo_percent import _NIL, _clean, _numeric, amount

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.3 * cm, 2.3 * cm, 2.6 * cm, 2.3 * cm
FW = WIDTH - ML - MR
PETROL = colors.HexColor("#0E5A6B")
GREY = colors.HexColor("#707070")
RULE = colors.HexColor("#9A9A9A")
SHARE_GREY = "#7F7F7F"
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, SHARE_SIZE = 8.5, 6.5


def _styles() -> dict:
    def s(name, font=SANS, size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"sc-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    lead = SIZE * 1.2
    return {
        "doc": s("doc", BOLD, 17, 21, textColor=PETROL, spaceAfter=3),
        "doc2": s("doc2", SANS, 10, 13, textColor=GREY, spaceAfter=12),
        "theme": s("theme", SANS, 8, 10, textColor=GREY, spaceBefore=14, spaceAfter=1, keepWithNext=1),
        "title": s("title", BOLD, 13, 16, textColor=PETROL, spaceAfter=4, keepWithNext=1),
        "label": s("label", BOLD, 9.5, 12.5, textColor=PETROL, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": s("body", spaceAfter=4),
        "item": s("item", leftIndent=13, bulletIndent=0, spaceAfter=2.5),
        "note": s("note", SANS, 7.5, 9.5, spaceAfter=1.5),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, spaceBefore=2),
        "tlabel": s("tlabel", BOLD, SIZE, lead, alignment=TA_LEFT),
        "thead": s("thead", BOLD, SIZE, lead, alignment=TA_RIGHT),
        "tgroup": s("tgroup", BOLD, SIZE, lead, alignment=TA_CENTER),
        "tbody": s("tbody", SANS, SIZE, lead, alignment=TA_LEFT),
        "tbody_b": s("tbody_b", BOLD, SIZE, lead, alignment=TA_LEFT),
        "tamount": s("tamount", SANS, SIZE, lead, alignment=TA_RIGHT),
        "tamount_b": s("tamount_b", BOLD, SIZE, lead, alignment=TA_RIGHT),
        "ttext": s("ttext", SANS, SIZE, lead, alignment=TA_LEFT),
        "ttext_b": s("ttext_b", BOLD, SIZE, lead, alignment=TA_LEFT),
    }


def _total_column(t: source.Table) -> int | None:
    """1-based value column headed by a one-column "Totaal..." cell, or None."""
    for h in t.header_cells():
        if h.columns == 1 and is_total(h.text):
            return h.column
    return None


def share(text: str, total: Decimal | None) -> str:
    """The grey second line of a cell, given its row's Totaal ("" for none)."""
    if not text.strip() or total is None or total <= 0:
        return ""
    if _NIL.fullmatch(_clean(text)):
        return "0%"
    v = amount(text)
    if v is None:
        return ""
    return f"{(v * 100 / total).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"


def _cell(text: str, pct: str, bold: bool, st, rec):
    key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
    style = st[key]
    if not pct:
        return para(text, style, rec)
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    weight = BOLD if bold else SANS
    markup = (f"{escape(text)}<br/><font name=\"{weight}\" size=\"{SHARE_SIZE}\" "
              f"color=\"{SHARE_GREY}\">{escape(pct)}</font>")
    return para("", style, rec, markup=markup)


def _small(st: dict) -> dict:
    """The table styles at 7.5pt, for a table of seven value columns or more."""
    return {k: ParagraphStyle(f"{v.name}-7.5", v, fontSize=7.5, leading=9) if k[0] == "t" and k not in ("tfoot", "title", "theme") else v
            for k, v in st.items()}


def _table(t: source.Table, st, rec) -> list:
    n = t.columns
    if n >= 7:
        st = _small(st)
    tot = _total_column(t)
    lines = max(len(t.header), 1)
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    head[0][0] = para(t.label, st["tlabel"], rec)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (1, 0), (-1, lines - 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, lines - 1), 5)]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    rows = head
    for body in t.rows:
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        total = amount(cells[tot - 1]) if tot else None
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for c, text in enumerate(cells, start=1):
            if tot is None:
                pct = ""
            elif c == tot:
                pct = "100%" if total is not None and total > 0 else ""
            else:
                pct = share(text, total)
            row.append(_cell(text, pct, bold, st, rec))
        if bold:
            cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 5.5))
        rows.append(row)
        cmds.append(("BOTTOMPADDING", (0, len(rows) - 1), (-1, len(rows) - 1), 4.5))
    # the vertical rules: the table's outer sides and every column boundary (a spanning
    # header cell is not crossed: reportlab leaves lines inside spans undrawn)
    cmds.append(("LINEBEFORE", (0, 0), (0, -1), 0.4, RULE))
    for c in range(n + 1):
        cmds.append(("LINEAFTER", (c, 0), (c, -1), 0.4, RULE))
    label_w = 4.2 * cm if n >= 7 else 5.2 * cm if n <= 4 else 4.6 * cm
    widths = [label_w] + [(FW - label_w) / n] * n
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 5), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


def render_stackedcells(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "stackedcells")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "stackedcells"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 7.5)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.55 * cm
            left = f"Uitvoeringsprogramma Regio Deal {name}".strip()
            canv.setFont(font_for(left, SANS), 7.5)
            canv.drawString(ML, y, left)
            canv.setFont(SANS, 7.5)
            canv.drawRightString(WIDTH - MR, y, "Versie 1.2 | juni 2019")
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.setFillColor(colors.black)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [para(f"Uitvoeringsprogramma Regio Deal {name}".strip(), st["doc"]),
                       para("Projecten, begrotingen en aandelen per financier", st["doc2"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
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
