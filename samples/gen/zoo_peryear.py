"""One more house style for the layout zoo (see zoo.py), held out: a province's MEERJARENBEGROTING
("financiële paragraaf") in which every cost line of a funding table is followed, in the same
table, by its CASH PHASING: the line's amounts split over the years 2019-2022 in "w.v." rows
("waarvan"), as a finance department shows the "kasritme" the ministry asks for.

- peryear: A4 portrait, margins 2.4 cm left, 2.0 cm right, 2.6 cm top, 2.2 cm bottom (a 16.6 cm
          text column). Helvetica (DejaVu Sans for a paragraph holding a character it lacks)
          9.5pt on 13pt, ragged right, 4pt after each paragraph; a list item hangs on its own
          marker. Running header on every page: "Meerjarenbegroting 2019–2022 | Regio Deal
          <Name>" at the left and "Bijlage II – Financiële paragraaf" at the right, 7.5pt grey,
          over a 0.6pt dark teal rule; the page number alone, centred in the footer (8pt).
          Page 1 opens with "Meerjarenbegroting Regio Deal <Name> 2019–2022" (16pt bold teal)
          and a grey line "Financiële paragraaf per project, met kasritme per jaar".
          Projects flow on (a new page where less than 6 cm is left): the theme in 8pt grey
          capitals, under it "<k>. <title>" (k counts the projects through the dossier) in 13pt
          bold teal. Field labels in 9.5pt bold on a line of their own (7pt above), the
          field's paragraphs under them; a table inside a field stands where the transcription
          places it. Project notes at the end of the project in 8pt, each led by its mark.
          FUNDING TABLES (a Totaal column and a source, by the keys of the hand-written cell
          list tests/golden/<dossier>_cells.csv): a caption "Meerjarenraming <title> (in euro)"
          (8.5pt bold) over the table; the header (the transcription's lines and spans; the
          table's label in the corner cell, spanning the header lines; a group "Publiek"
          centred over its members, leaf headers right-aligned) bold 8pt on a pale teal fill,
          a 1.2pt teal rule over it and a 0.75pt rule under it. Every body row of the
          transcription (cost line or Totaal row) is printed as transcribed (8pt, amounts
          right-aligned, words left; the Totaal row bold over a 0.8pt rule) and is FOLLOWED BY
          FOUR PHASING ROWS labelled "w.v. 2019", "w.v. 2020", "w.v. 2021", "w.v. 2022" (7pt
          italic grey, the label indented 12pt, the row on a very pale teal fill, no rules
          between them), each holding, per value column, the YEAR'S PART of the cell above:
          the project's phasing profile (one of 10/30/35/25, 15/35/30/20, 5/25/40/30,
          20/30/30/20 percent, picked by the sha256 of the title) applied to the cell's amount,
          rounded to whole thousands (to 10.000 for an amount written in "mln."; to euros for
          an amount not in whole thousands), the last year taking the remainder, so the four
          parts add up to the cell exactly. A part is written like its cell: dots for
          thousands ("165.000"), a "€ " where the cell has one, "x,yz mln." (as few decimals as
          exact) where the cell is in millions; marks are not repeated. A nil ("-", ".-",
          "-*") gives "-" in each year, an empty cell or words give empty year cells. A 0.3pt
          grey rule under each block (cost line and its years); a 0.8pt teal rule under the
          table. The header is repeated where a table breaks over a page (anywhere between
          rows; the transcription's page breaks are not followed). Table footnotes under the
          table in 7.5pt.
          Other tables (milestones, years, "Per jaar | EUR 3 jaar") in the same rules and
          fills without phasing rows and without a caption.

The phasing rows carry amounts and are rows of the printed table (not sections): the truth
records, under "row_order", each funding table's printed rows, a transcription row by its
number and a phasing row by a negative one (-1, -2, ... in print order). Every transcription
cell prints as transcribed (no "raw"). A project runs from its title to the page of its last
field text, table cell (phasing cells included) or note.
"""

from __future__ import annotations

import hashlib
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_academic import _split_mark
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, cell_values, decimal_comma, dossier_name, field_para,
                         is_funding, is_total, meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.4 * cm, 2.0 * cm, 2.6 * cm, 2.2 * cm
FW = WIDTH - ML - MR
TEAL = colors.HexColor("#1F5F66")
PALE = colors.HexColor("#DCEBEC")
PALER = colors.HexColor("#F2F8F8")
GREY = colors.HexColor("#5A5A5A")
YEARS = (2019, 2020, 2021, 2022)
PROFILES = ((10, 30, 35, 25), (15, 35, 30, 20), (5, 25, 40, 30), (20, 30, 30, 20))


def _styles():
    def s(n, font="Helvetica", size=9.5, leading=13, **kw):
        return ParagraphStyle(f"py-{n}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
            "doc": s("doc", "Helvetica-Bold", 16, 20, textColor=TEAL, spaceAfter=3),
            "sub": s("sub", size=9.5, textColor=GREY, spaceAfter=14),
            "theme": s("theme", size=8, leading=10, textColor=GREY, spaceBefore=14, keepWithNext=1),
            "title": s("title", "Helvetica-Bold", 13, 16, textColor=TEAL, spaceAfter=4, keepWithNext=1),
            "label": s("label", "Helvetica-Bold", 9.5, 12.5, spaceBefore=7, spaceAfter=2, keepWithNext=1),
            "caption": s("cap", "Helvetica-Bold", 8.5, 11, spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "tlabel": s("tl", "Helvetica-Bold", 8, 10),
            "thead": s("th", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
            "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
            "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
            "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
            "tamount_b": s("tab", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
            "year": s("yr", "Helvetica-Oblique", 7, 8.5, textColor=GREY, leftIndent=12),
            "yamount": s("ya", "Helvetica-Oblique", 7, 8.5, textColor=GREY, alignment=TA_RIGHT),
            "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2),
            "note": s("note", size=8, leading=10, spaceAfter=1.5)}


def profile(title: str) -> tuple[int, ...]:
    return PROFILES[hashlib.sha256(title.encode("utf-8")).digest()[0] % len(PROFILES)]


def split(value: Decimal, unit: Decimal, shares) -> list[Decimal]:
    """`value` in four parts by the percentages `shares`, each rounded to `unit`, the last part
    the remainder."""
    parts = [(value * s / 100 / unit).quantize(Decimal(1), ROUND_HALF_UP) * unit for s in shares[:-1]]
    parts.append(value - sum(parts))
    assert all(p >= 0 for p in parts), (value, parts)
    return parts


def year_parts(raw: str, value: Decimal | None, shares) -> list[str]:
    """The cell's four year parts, written like the cell."""
    body, _ = _split_mark(raw)
    body = body.strip()
    if value is None:
        return ["-"] * 4 if body in ("-", ".-") else [""] * 4
    euro = body.startswith("€")
    if "mln" in body:
        parts = split(value, Decimal(10_000), shares)
        texts = [f"{decimal_comma(p / 1_000_000, 6)} mln." for p in parts]
    else:
        unit = Decimal(1000) if value % 1000 == 0 else Decimal(1)
        texts = [with_thousand_dots(int(p)) if p else "-" for p in split(value, unit, shares)]
    return [f"€ {t}" if euro and t != "-" else t for t in texts]


def render_peryear(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)
    row_order: dict[str, list[int]] = {}

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

    def widths(n):
        wl = max(4.2 * cm, min(6.0 * cm, FW - n * 2.0 * cm))
        return [wl] + [(FW - wl) / n] * n

    def base_cmds(lines):
        return [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("BACKGROUND", (0, 0), (-1, lines - 1), PALE),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, TEAL),
                ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL)]

    def plain_row(row, total):
        lab, amt = (st["tbody_b"], st["tamount_b"]) if total else (st["tbody"], st["tamount"])
        return row, lab, amt

    def other_table(t, rec):
        rows, spans = header_rows(t, rec)
        lines = len(t.header)
        cmds = base_cmds(lines) + [("SPAN", a, b) for a, b in spans]
        for i, r in enumerate(t.rows):
            total = is_total(r[0])
            _, lab, amt = plain_row(r, total)
            if total:
                cmds.append(("LINEABOVE", (0, lines + i), (-1, lines + i), 0.8, colors.black))
            elif i:
                cmds.append(("LINEABOVE", (0, lines + i), (-1, lines + i), 0.3, colors.HexColor("#999999")))
            rows.append([para(r[0], lab, rec)] + [para(x, amt, rec) for x in r[1:]])
        return [Spacer(0, 4), Table(rows, colWidths=widths(t.columns), style=TableStyle(cmds), hAlign="LEFT",
                                    repeatRows=lines),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 6)]

    def funding_table(t, pr, index, keys, rec):
        rows, spans = header_rows(t, rec)
        lines = len(t.header)
        cmds = base_cmds(lines) + [("SPAN", a, b) for a, b in spans]
        shares = profile(pr.title)
        order: list[int] = []
        extra = 0
        for i, r in enumerate(t.rows):
            total = is_total(r[0])
            _, lab, amt = plain_row(r, total)
            at = len(rows)
            if total:
                cmds.append(("LINEABOVE", (0, at), (-1, at), 0.8, colors.black))
            elif i:
                cmds.append(("LINEABOVE", (0, at), (-1, at), 0.3, colors.HexColor("#999999")))
            rows.append([para(r[0], lab, rec)] + [para(x, amt, rec) for x in r[1:]])
            order.append(i)
            parts = [year_parts(x, values.get((pr.title, index, i, keys[j])), shares) for j, x in enumerate(r[1:])]
            for y, year in enumerate(YEARS):
                rows.append([para(f"w.v. {year}", st["year"], rec)] + [para(p[y], st["yamount"], rec) for p in parts])
                extra += 1
                order.append(-extra)
            cmds.append(("BACKGROUND", (0, at + 1), (-1, at + 4), PALER))
        row_order[f"{pr.title}|{index}"] = order
        return [para(f"Meerjarenraming {pr.title} (in euro)", st["caption"], rec),
                Table(rows, colWidths=widths(t.columns), style=TableStyle(cmds), hAlign="LEFT", repeatRows=lines),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 6)]

    def once(info):
        truth = Truth(dossier, "peryear")
        row_order.clear()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "peryear"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.7 * cm
            canv.drawString(ML, y, f"Meerjarenbegroting 2019–2022 | Regio Deal {name}")
            canv.drawRightString(WIDTH - MR, y, "Bijlage II – Financiële paragraaf")
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.6)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica", 8)
            canv.drawCentredString(ML + FW / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story = [para(f"Meerjarenbegroting Regio Deal {name} 2019–2022", st["doc"]),
                 para("Financiële paragraaf per project, met kasritme per jaar", st["sub"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            story += [CondPageBreak(6 * cm), para(pr.theme.upper(), st["theme"], rec),
                      para(f"{p + 1}. {pr.title}", st["title"], truth.heading(p))]

            def any_table(t, pr=pr, tables=tables, rec=rec):
                index = next(i for i, x in enumerate(tables) if x is t)
                keys = golden.get((pr.title, index))
                if is_funding(keys) and len(keys) == t.columns:
                    return funding_table(t, pr, index, keys, rec)
                return other_table(t, rec)

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

    record = build_until_stable(once)
    record["row_order"] = dict(row_order)
    return record
