"""One more house style for the layout zoo (see zoo.py), held out: a finance department's
annex in which EVERY FUNDING TABLE IS PRINTED IN THOUSANDS OF EUROS, each table stating its
scale in another place.

- thousands: the "financiële bijlage" a municipality's Concern Financiën team adds to a council
          proposal. A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.8 cm top, 2.2 cm bottom;
          Helvetica (DejaVu Sans where a paragraph has a character it lacks) 9.5pt on 13pt,
          ragged right, 3pt after each paragraph, list items hanging on their marker.
          Running header on every page: "Concern Financiën | Financiële bijlage Regio Deal
          <Name>" at the left and "Versie 1.2 – 14 maart 2019" at the right (7.5pt grey) over
          a 0.4pt grey rule; footer "Bijlage 3 bij raadsvoorstel RV-2019/041" at the left and
          "Pagina N van M" at the right (7.5pt). Page 1 opens with "Bijlage 3 – Financiële
          onderbouwing projecten Regio Deal <Name>" (15pt bold) and "Opgesteld door team
          Concern Financiën, 14 maart 2019" (9pt grey). Projects flow on (a new page where
          less than 6 cm is left): the theme in 8.5pt grey italics over the title (12.5pt
          bold, a 1pt black rule under it); field labels in 9.5pt bold on their own line
          (7pt above), the field's paragraphs under them.
          FUNDING TABLES (a Totaal column and funding sources, by the keys of the hand-written
          cell list tests/golden/<dossier>_cells.csv) are numbered through the dossier and
          led by a caption "Tabel k – Financiering <title>" (9pt bold). Table type Helvetica
          8.5pt; the table's label in the header's top-left cell; header bold, bottom-aligned,
          leaf headers right-aligned, a group header ("Publiek") centred over its members;
          a currency word in a header is dropped ("Totaal EUR" and "Totaal (€)" print
          "Totaal"). The value columns are parted by 0.25 cm gutter columns, so the
          accountant's rules are drawn PER COLUMN with gaps between them: a 0.5pt rule under
          each header cell that has text (the label cell not), over each Totaal row's cells a 0.5pt
          rule and under them a DOUBLE rule; a 0.8pt rule across the whole table over the
          header; nothing else (no grid, no fills). Amounts right-aligned, words
          left-aligned, the Totaal row bold. Header lines repeated where a table breaks.
          AMOUNTS IN THOUSANDS OF EUROS: a bare amount ("1.650.000", "€ 150.000", marks
          after it kept) is divided by 1.000 and printed with Dutch grouping, with a decimal
          comma and as few decimals as are exact ("1.650.000" -> "1.650", "7.500.000*" ->
          "7.500*", "80.000**" -> "80**", "4.662.780" -> "4.662,78", "450" -> "0,45"); an
          amount in millions likewise ("6,33 mln." -> "6.330", "€ 2,8 mln." -> "2.800"); a
          nil ("-", ".-", "-*"), words and empty cells stay as written.
          THE SCALE IS STATED IN ANOTHER PLACE PER TABLE, cycling with the table's number k:
          (a) k = 1, 5, 9, ...: in the header's top-left cell, "(x € 1.000)" on a line of
          its own under the table's label (regular weight); (b) k = 2, 6, 10, ...: a line
          "Bedragen in duizenden euro's" (8pt italic) directly under the table, before its
          footnotes; (c) k = 3, 7, 11, ...: at the end of the caption, "Tabel 7 –
          Financiering Leonardo (bedragen x € 1.000)"; (d) k = 4, 8, ...: as a unit after
          every value column's header text, " (k€)" ("Totaal (k€)", "Gem. (k€)"; a group
          header without members under it too: "Publiek (k€)"), the group header over
          members not. Nowhere else is the scale stated (no statement for the whole annex).
          Other tables (milestones, years, "Per jaar | EUR 3 jaar") are drawn in the same
          style without a caption, their cells as transcribed (the Zorgtalent "Activiteit"
          table keeps the transcription's own "bedragen x € 1.000" paragraph over it).
          Table footnotes under the table in 7.5pt; project notes at the project's end in
          7.5pt, each led by its mark.

The truth records in its "raw" object the text printed for every funding-table cell printed
otherwise than transcribed, and under "scaled" the funding tables ("<project>|<table>") it
prints in thousands: each cell's value stays the transcription's value IN EUROS (the reader
must apply the stated scale).
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    font_for,
    is_funding,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.8 * cm, 2.2 * cm
FW = WIDTH - ML - MR
GUTTER = 0.25 * cm
GREY = colors.HexColor("#666666")
VERSION = "Versie 1.2 – 14 maart 2019"
ANNEX = "Bijlage 3 bij raadsvoorstel RV-2019/041"

_BARE = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})*)(\**)")
_MLN = re.compile(r"(?:€\s*)?(\d+(?:,\d+)?)\s*mln\.?(\**)")
_CURRENCY_WORD = re.compile(r"\s*(?:\(€\)|\bEUR\b|€)\s*")


def _grouped(v: Decimal) -> str:
    """`v` (in thousands) with Dutch grouping and as few decimals as are exact."""
    v = v.normalize()
    whole = int(v)
    frac = v - whole
    text = f"{whole:,}".replace(",", ".")
    if frac:
        digits = f"{frac:f}".split(".")[1]
        text += "," + digits
    return text


def in_thousands(text: str) -> str:
    """How the finance department prints a transcribed funding-table cell."""
    s = text.strip()
    if m := _BARE.fullmatch(s):
        return _grouped(Decimal(m.group(1).replace(".", "")) / 1000) + m.group(2)
    if m := _MLN.fullmatch(s):
        return _grouped(Decimal(m.group(1).replace(",", ".")) * 1000) + m.group(2)
    return text


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*\-–]*(mln\.?)?[\s*]*", text.strip()))


def _styles() -> dict:
    def s(name, font="Helvetica", size=9.5, leading=13, **kw):
        return ParagraphStyle(f"th-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=3),
        "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
        "label": s("label", "Helvetica-Bold", spaceBefore=7, spaceAfter=1.5, keepWithNext=1),
        "doc": s("doc", "Helvetica-Bold", 15, 19, spaceAfter=4),
        "docsub": s("docsub", size=9, leading=12, textColor=GREY, spaceAfter=16),
        "theme": s("theme", "Helvetica-Oblique", 8.5, 11, textColor=GREY, spaceBefore=14, keepWithNext=1),
        "title": s("title", "Helvetica-Bold", 12.5, 16, keepWithNext=1),
        "caption": s("caption", "Helvetica-Bold", 9, 12, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "tlabel": s("tl", "Helvetica-Bold", 8.5, 10.5),
        "thead": s("th", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8.5, 10.5, alignment=TA_CENTER),
        "tbody": s("tb", size=8.5, leading=10.5), "tbody_b": s("tbb", "Helvetica-Bold", 8.5, 10.5),
        "tamount": s("ta", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "ttext": s("tt", size=8.5, leading=10.5, alignment=TA_LEFT),
        "ttext_b": s("ttb", "Helvetica-Bold", 8.5, 10.5, alignment=TA_LEFT),
        "scale": s("scale", "Helvetica-Oblique", 8, 10, spaceBefore=2),
        "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2),
        "note": s("note", size=7.5, leading=9.5, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


def _table(t: source.Table, st, rec, funding: bool, variant: str | None) -> list:
    """The table as the department sets it; `variant` (a-d) says where a funding table states
    its scale."""
    n = t.columns
    lines = max(len(t.header), 1)
    ncols = 2 * n + 1  # label, then gutter + value column per value column
    col = lambda j: 2 * j  # grid column of value column j (1-based)
    rows = [[""] * ncols for _ in range(lines)]
    spans = []
    label_markup = None
    if variant == "a":
        label_markup = (f"{t.label}<br/><font name='Helvetica'>(x € 1.000)</font>")
    rows[0][0] = para(t.label, st["tlabel"], rec, markup=label_markup)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    under = []  # (first, last grid column, header line) of the header cells ruled under
    for h in t.header_cells():
        text = h.text
        if funding:
            text = _CURRENCY_WORD.sub(" ", text).strip() if _CURRENCY_WORD.search(text) else text
            member_below = any(o.line > h.line and h.column <= o.column < h.column + h.columns
                               for o in t.header_cells() if o.text)
            if variant == "d" and text and not member_below:
                text = f"{text} (k€)"
        c0, c1 = col(h.column), col(h.column + h.columns - 1)
        r1 = h.line + h.lines - 1
        rows[h.line][c0] = para(text, st["tgroup" if h.columns > 1 else "thead"], rec)
        if (c1, r1) != (c0, h.line):
            spans.append(((c0, h.line), (c1, r1)))
        if text:
            under.append((c0, c1, r1))
    for body in t.rows:
        bold = is_total(body[0])
        row = [""] * ncols
        row[0] = para(body[0], st["tbody_b" if bold else "tbody"], rec)
        for j, text in enumerate(list(body[1:]) + [""] * (n + 1 - len(body)), start=1):
            out = in_thousands(text) if funding else text
            key = ("tamount" if _numeric(out) else "ttext") + ("_b" if bold else "")
            row[col(j)] = para(out, st[key], rec)
        rows.append(row)
    label_w = max(4.2 * cm, FW - n * 2.2 * cm - n * GUTTER)
    label_w = min(label_w, 6.0 * cm)
    value_w = (FW - label_w) / n - GUTTER
    widths = [label_w] + [GUTTER, value_w] * n
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 1.5), ("RIGHTPADDING", (0, 0), (-1, -1), 1.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for c0, c1, r in under:
        cmds.append(("LINEBELOW", (c0, r), (c1, r), 0.5, colors.black))
    for r, body in enumerate(t.rows):
        if is_total(body[0]):
            for j in range(1, n + 1):
                c = col(j)
                cmds += [("LINEABOVE", (c, lines + r), (c, lines + r), 0.5, colors.black),
                         ("LINEBELOW", (c, lines + r), (c, lines + r), 0.5, colors.black, None, None, None, 2, 1.2)]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 4), table]
    if variant == "b":
        out.append(para("Bedragen in duizenden euro's", st["scale"], rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


def _plan(dossier: source.Dossier):
    """(project index, table index) -> (funding table number k or None); and the raw record."""
    keys = _column_keys(dossier)
    number, raw, k = {}, {}, 0
    for p, pr in enumerate(dossier.projects):
        for i, _t in enumerate(tables_of(pr)):
            if is_funding(keys.get((pr.title, i))):
                k += 1
                number[(p, i)] = k
            else:
                number[(p, i)] = None
    from .zoo_common import cell_list
    funded = {(pr.title, i) for (p, i), k in number.items() if k for pr in [dossier.projects[p]]}
    for g in cell_list(dossier):
        if (g["project"], int(g["table"])) in funded and in_thousands(g["raw"]) != g["raw"]:
            raw[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = in_thousands(g["raw"])
    return number, raw


def render_thousands(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    number, raw = _plan(dossier)
    left_head = f"Concern Financiën | Financiële bijlage Regio Deal {name}".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "thousands")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "thousands"))
        total = info.get("total") or 0

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(left_head, "Helvetica"), 7.5)
            canv.drawString(ML, HEIGHT - 1.6 * cm, left_head)
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.6 * cm, VERSION)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(ML, HEIGHT - 1.75 * cm, WIDTH - MR, HEIGHT - 1.75 * cm)
            canv.setFillColor(colors.black)
            canv.drawString(ML, 1.2 * cm, ANNEX)
            n = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.2 * cm, f"Pagina {n} van {max(total, n)}")
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = [para(f"Bijlage 3 – Financiële onderbouwing projecten Regio Deal {name}".strip(), st["doc"]),
                       para("Opgesteld door team Concern Financiën, 14 maart 2019", st["docsub"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [CondPageBreak(6 * cm), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p)),
                      HRFlowable(width="100%", thickness=1, color=colors.black, spaceBefore=2, spaceAfter=4)]
            index = 0

            def table(t):
                nonlocal index
                k = number[(p, index)]
                index += 1
                out = []
                variant = "abcd"[(k - 1) % 4] if k else None
                if k:
                    cap = f"Tabel {k} – Financiering {pr.title}"
                    if variant == "c":
                        cap += " (bedragen x € 1.000)"
                    out.append(para(cap, st["caption"], rec))
                return out + _table(t, st, rec, bool(k), variant)

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
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if raw:
        record["raw"] = raw
    titles = [pr.title for pr in dossier.projects]
    record["scaled"] = sorted(f"{titles[p]}|{i}" for (p, i), k in number.items() if k)
    return record
