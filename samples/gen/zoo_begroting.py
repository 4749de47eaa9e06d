"""One more house style for the layout zoo (see zoo.py), held out: a finance department's
budget annex with LONG funding tables that break over a page, grouped cost lines with
SUBTOTALS, and numbered marks on amounts.

- begroting: A4 portrait, margins 2.5 cm; DejaVu Serif 10pt on 13.5pt, ragged right, 4pt after
          each paragraph; list items hang on their marker. Running header "Begroting Regio Deal
          <Name> 2019-2022" at the left and "Bijlage 1" at the right, 8pt italic grey, over a
          0.3pt rule; footer "- N -" centred. Page 1 opens with "Begroting en projectvoorstellen
          Regio Deal <Name>" (16pt bold). Projects flow on (a conditional break keeps a heading
          off a page's foot): the theme in 9.5pt italic grey, the title in 14pt bold serif; field
          labels in 9.5pt bold sans on their own line.
          FUNDING TABLES (a Totaal column and funding sources): a caption over the table, "Tabel
          <k>. Begroting <title> (bedragen in euro)", 8.5pt italic. Header (the source's own
          lines, groups centred) bold 8pt on a light grey fill, a 0.8pt rule over it and under the
          table, 0.25pt grey hairlines between body rows. A table of three cost lines or more
          (Totaal rows not counted) GROUPS its cost lines in two CLUSTERS, the first half (rounded
          up) and the rest, in the source's order: each cluster opens with a SECTION ROW
          ("Cluster A", "Cluster B", bold, spanning the table, on a pale fill) and closes with a
          SUBTOTAL ROW ("Subtotaal cluster A", italic, a 0.5pt rule over it): per column the sum
          of the cluster's amounts (nils and empty cells count as nothing; written like the
          column's amounts: dots for thousands, "x,yy mln." where the column writes millions,
          "-" for nothing; empty where a cluster holds words). The TABLE BREAKS after cluster A's
          subtotal: a page break, the caption "Tabel <k>. Begroting <title> (vervolg)", the
          header REPEATED, then cluster B, its subtotal and the source's Totaal row(s), bold over
          a 0.8pt rule. Smaller tables stay whole.
          MARKS ON AMOUNTS as Word sets a footnote reference: the source's "*" / "**" after an
          amount become "1" / "2" in SUPERSCRIPT (a regular figure, 70 % size, raised 3.5pt,
          right after the amount) and the table's footnotes are renumbered to match under the
          table (7.5pt, the number superscript too).
          Other tables (milestones, years) keep the source's columns and rules, no clusters.
          Project notes at the end of the project in 8pt.

The truth records each funding table's printed row order under "row_order" (subtotal rows as
-1, -2; section rows are no rows) and every cell printed otherwise under "raw" (a marked amount
as "7.500.000¹"). A project runs from its title to the page of its last field text, table cell
or note.
"""

from __future__ import annotations

import math
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_academic import _split_mark
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, cell_values, decimal_comma, dossier_name, field_para, is_funding,
                         is_total, meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
GREY = colors.HexColor("#555555")
HEAD = colors.HexColor("#E4E4E4")
PALE = colors.HexColor("#F4F1E8")
SUPERS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _styles():
    def s(n, font="DejaVuSerif", size=10, leading=13.5, **kw):
        return ParagraphStyle(f"beg-{n}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0, bulletFontName="DejaVuSerif"),
            "doc": s("doc", "DejaVuSerif-Bold", 16, 20, spaceAfter=10),
            "theme": s("theme", "DejaVuSerif-Italic", 9.5, 12, textColor=GREY, spaceBefore=16, keepWithNext=1),
            "title": s("title", "DejaVuSerif-Bold", 14, 18, spaceAfter=4, keepWithNext=1),
            "label": s("label", "DejaVuSans-Bold", 9.5, 12.5, spaceBefore=7, spaceAfter=2, keepWithNext=1),
            "caption": s("cap", "DejaVuSerif-Italic", 8.5, 11, spaceBefore=6, spaceAfter=3, keepWithNext=1),
            "tlabel": s("tl", "DejaVuSerif-Bold", 8, 10), "thead": s("th", "DejaVuSerif-Bold", 8, 10, alignment=TA_RIGHT),
            "tgroup": s("tg", "DejaVuSerif-Bold", 8, 10, alignment=TA_CENTER),
            "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "DejaVuSerif-Bold", 8, 10),
            "tbody_i": s("tbi", "DejaVuSerif-Italic", 8, 10),
            "tsection": s("tsec", "DejaVuSerif-Bold", 8, 10),
            "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
            "tamount_b": s("tab", "DejaVuSerif-Bold", 8, 10, alignment=TA_RIGHT),
            "tamount_i": s("tai", "DejaVuSerif-Italic", 8, 10, alignment=TA_RIGHT),
            "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2, leftIndent=8, firstLineIndent=-8),
            "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5)}


def _sup(number: int) -> str:
    return f"<super rise='3.5' size='5.6'>{number}</super>"


def subtotal(members, j, key, title, index, values) -> str:
    """Column `j`'s sum over a cluster's rows (`members`: (row number, row)), written like the
    column's amounts; "-" for nothing, "" where a cell holds words."""
    raws = [r[j + 1] for _, r in members]
    amounts = [values.get((title, index, i, key)) for i, _ in members]
    kinds = []
    for raw, v in zip(raws, amounts):
        body, _ = _split_mark(raw)
        if v is None and body.strip() not in ("", "-", ".-"):
            return ""  # words
        kinds.append(body)
    total = sum((v for v in amounts if v is not None), Decimal(0))
    if total == 0:
        return "-"
    euro = any(b.startswith("€") for b in kinds)
    if any("mln" in b for b in kinds):
        text = f"{decimal_comma(total / 1_000_000, 3) or with_thousand_dots(int(total))} mln."
    else:
        text = with_thousand_dots(int(total))
    return f"€ {text}" if euro else text


def render_begroting(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)
    raw_record: dict[str, str] = {}
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

    def ruled(rows, spans, lines, widths, extra):
        cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
        cmds += [("LINEBELOW", (0, r), (-1, r), 0.25, colors.HexColor("#AAAAAA")) for r in range(lines, len(rows) - 1)]
        cmds += [("SPAN", a, b) for a, b in spans] + extra
        return Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")

    def other_table(t, rec):
        rows, spans = header_rows(t, rec)
        n, lines = t.columns, len(t.header)
        for body in t.rows:
            b = is_total(body[0])
            rows.append([para(body[0], st["tbody_b"] if b else st["tbody"], rec)]
                        + [para(x, st["tamount_b"] if b else st["tamount"], rec) for x in body[1:]])
        wl = min(6 * cm, FW * 0.45)
        return [Spacer(0, 4), ruled(rows, spans, lines, [wl] + [(FW - wl) / n] * n, []),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 5)]

    def funding_table(t, pr, index, keys, number, rec):
        n, lines = t.columns, len(t.header)
        wl = 4.5 * cm
        widths = [wl] + [(FW - wl) / n] * n
        # marks: "*" -> 1, "**" -> 2 ... in the order of the table's footnotes (else of appearance)
        marks_order: list[str] = []
        for f in t.footnotes:
            m = f[:len(f) - len(f.lstrip("*†"))]
            if m and m not in marks_order:
                marks_order.append(m)

        def mark_no(m):
            if m not in marks_order:
                marks_order.append(m)
            return marks_order.index(m) + 1

        def cell(r, j, text, style):
            body, m = _split_mark(text)
            if not m:
                return para(text, style, rec)
            k = mark_no(m)
            raw_record[f"{pr.title}|{index}|{r}|{keys[j]}"] = body + str(k).translate(SUPERS)
            return para("", style, rec, markup=f"{escape(body)}{_sup(k)}")

        def body_row(r, row, total=False):
            label, amount = (st["tbody_b"], st["tamount_b"]) if total else (st["tbody"], st["tamount"])
            return [para(row[0], label, rec)] + [cell(r, j, x, amount) for j, x in enumerate(row[1:])]

        body_idx = [i for i, r in enumerate(t.rows) if not is_total(r[0])]
        total_idx = [i for i, r in enumerate(t.rows) if is_total(r[0])]
        clustered = len(body_idx) >= 3 and all(i > max(body_idx) for i in total_idx)
        out = [para(f"Tabel {number}. Begroting {pr.title} (bedragen in euro)", st["caption"], rec)]
        if not clustered:
            rows, spans = header_rows(t, rec)
            for i, r in enumerate(t.rows):
                rows.append(body_row(i, r, is_total(r[0])))
            extra = [("LINEABOVE", (0, lines + i), (-1, lines + i), 0.8, colors.black) for i in total_idx]
            out.append(ruled(rows, spans, lines, widths, extra))
        else:
            half = math.ceil(len(body_idx) / 2)
            order: list[int] = []
            for c, (letter, members) in enumerate((("A", body_idx[:half]), ("B", body_idx[half:]))):
                rows, spans = header_rows(t, rec)
                extra = []
                if c == 1:  # the table breaks: cluster B on the next page under the header again
                    out += [PageBreak(), para(f"Tabel {number}. Begroting {pr.title} (vervolg)", st["caption"], rec)]
                sec = len(rows)
                rows.append([para(f"Cluster {letter}", st["tsection"], rec)] + [""] * n)
                spans.append(((0, sec), (-1, sec)))
                extra.append(("BACKGROUND", (0, sec), (-1, sec), PALE))
                for i in members:
                    rows.append(body_row(i, t.rows[i]))
                    order.append(i)
                sub = len(rows)
                mem = [(i, t.rows[i]) for i in members]
                rows.append([para(f"Subtotaal cluster {letter}", st["tbody_i"], rec)]
                            + [para(subtotal(mem, j, keys[j], pr.title, index, values), st["tamount_i"], rec)
                               for j in range(n)])
                order.append(-(c + 1))
                extra.append(("LINEABOVE", (0, sub), (-1, sub), 0.5, colors.black))
                if c == 1:
                    for i in total_idx:
                        extra.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, colors.black))
                        rows.append(body_row(i, t.rows[i], total=True))
                        order.append(i)
                out.append(ruled(rows, spans, lines, widths, extra))
            row_order[f"{pr.title}|{index}"] = order
        for f in t.footnotes:
            m = f[:len(f) - len(f.lstrip("*†"))]
            text = f[len(m):].lstrip()
            out.append(para("", st["tfoot"], rec, markup=f"{_sup(mark_no(m)) if m else ''} {escape(text)}"))
        out.append(Spacer(0, 6))
        return out

    def once(info):
        truth = Truth(dossier, "begroting")
        raw_record.clear()
        row_order.clear()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                  **meta(dossier, "begroting"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("DejaVuSerif-Italic", 8)
            canv.setFillColor(GREY)
            canv.drawString(M, HEIGHT - 1.6 * cm, f"Begroting Regio Deal {name} 2019-2022")
            canv.drawRightString(WIDTH - M, HEIGHT - 1.6 * cm, "Bijlage 1")
            canv.setLineWidth(0.3)
            canv.line(M, HEIGHT - 1.72 * cm, WIDTH - M, HEIGHT - 1.72 * cm)
            canv.setFont("DejaVuSerif", 9)
            canv.setFillColor(colors.black)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story = [para(f"Begroting en projectvoorstellen Regio Deal {name}", st["doc"])]
        number = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            story += [CondPageBreak(5 * cm), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]

            def any_table(t, pr=pr, tables=tables, rec=rec):
                nonlocal number
                index = next(i for i, x in enumerate(tables) if x is t)
                keys = golden.get((pr.title, index))
                if is_funding(keys) and len(keys) == t.columns:
                    number += 1
                    return funding_table(t, pr, index, keys, number, rec)
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
    if raw_record:
        record["raw"] = dict(raw_record)
    if row_order:
        record["row_order"] = dict(row_order)
    return record
