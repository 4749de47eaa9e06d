"""One more house style for the layout zoo (see zoo.py), held out: a CONTROLLER'S REPORT from a
municipality's Planning & Control department, its funding tables pasted from the controller's
Excel model: amounts in k€ with decimals, DECIMAL-ALIGNED, cost lines grouped under bold cost
categories that carry their subtotals, and a "dekking" block with negative amounts in
parentheses under the total.

- kiloeuro: A4 portrait, margins 2.0 cm left and right, 2.5 cm top, 2.0 cm bottom (a 17 cm text
          column). Helvetica (DejaVu Sans for a paragraph holding a character it lacks) 9.5pt on
          12.5pt, ragged right, 4pt after each paragraph; a list item hangs on its marker.
          Running header on every page: "Controllersrapportage Regio Deal <Name>" (7.5pt bold)
          at the left and "Planning & Control" (7.5pt) at the right; footer "<N>/<M>" at the
          right (7.5pt) and "Versie: definitief" at the left. Page 1 opens with the report's
          title "Controllersrapportage Regio Deal <Name>" (15pt bold) and a grey line
          "Financiële onderbouwing van de projectvoorstellen". Projects flow on (a new page where
          less than 6 cm is left): "Project <k>" (8pt grey, k counts the projects through the
          dossier) with the THEME after it ("Project 3 · Techniek als motor"), a 0.5pt rule
          under that line, then the title in 12pt bold. Field labels in 9.5pt bold on a line
          of their own, the field's paragraphs under them. Project notes at the project's end
          in 8pt, each led by its mark.
          FUNDING TABLES (a Totaal column and a source, by the keys of the hand-written cell
          list tests/golden/<dossier>_cells.csv) across the column in Helvetica 8pt, NO fills,
          NO vertical rules, NO rule over the header: the header's first line holds the table's
          label in the corner (bold, spanning all header lines) and, spanning ALL value columns,
          the unit "Bedragen x € 1.000" (7.5pt italic, centred) — the only place the scale is
          stated; under it the transcription's header lines (bold, leaf headers right-aligned,
          a group "Publiek" centred over its members); a single 0.25pt HAIRLINE under the
          header, nothing between body rows. BODY: the cost lines (rows not labelled Totaal)
          grouped under COST CATEGORIES, one bold row per category that carries, per value
          column, the CATEGORY SUBTOTAL, its cost lines under it with their labels indented
          10pt: a cost line whose label holds "organisat", "management", "regie", "loon",
          "personeel", "monitoring", "evaluatie", "kennisdeling" or "communicatie" goes to
          "Organisatie- en apparaatskosten", every other to "Programmakosten"; the categories in
          the order of their first cost line, the cost lines in the transcription's order within
          their category (so a table's rows may be REORDERED). A table without cost lines (only
          its Totaal row) has no categories. Then the Totaal row(s), bold, under a DOUBLE rule
          (two 0.4pt lines). Under the Totaal row, where the Totaal and Rijk cells of that row are
          amounts and the Rijk amount is positive, the DEKKING block, filled in the Totaal column
          only: "Af: bijdrage Rijk (Regio Deal)" (italic) with the Rijk amount NEGATIVE IN
          PARENTHESES ("(1.500,0)"), then "Te dekken door regionale partners" (bold, a single
          0.4pt rule over its Totaal cell only) with Totaal minus Rijk (in parentheses where
          negative).
          AMOUNTS IN k€, in the controller's Excel format: every amount (a bare "1.650.000", a
          "€ 50.000", "6,33 mln.", "43,8mln.") divided by 1.000, dots for thousands, a decimal
          comma and AT LEAST ONE DECIMAL, more where needed to be exact ("1.650.000" ->
          "1.650,0", "4.662.780" -> "4.662,78", "594.131" -> "594,131", "6,33 mln." ->
          "6.330,0"); marks kept after it ("7.500,0*", "80,0**"); no euro sign. A nil ("-",
          ".-", "-*") is "-" (mark kept); a subtotal of nothing is "-"; words stay as transcribed
          (left-aligned) and a subtotal over words is empty; empty cells stay empty. Amounts are
          DECIMAL-ALIGNED: every amount in a value column has its decimal comma at one x (a
          decimal tab), as far right as the column's longest decimal part (marks and the closing
          parenthesis included) allows; a nil's dash ends at that tab.
          Other tables (milestones, years, "Per jaar | EUR 3 jaar") in the same rules without
          unit line, categories or dekking, their cells as transcribed (right-aligned amounts).
          The header lines are repeated where a table breaks over a page; table footnotes under
          the table in 7.5pt.

The truth records under "scaled" every funding table (its amounts are checked in euros, the
reader must apply the header's "x € 1.000"), under "raw" the text printed for every cell
printed otherwise than transcribed, and under "row_order" each funding table's printed rows:
a transcription row by its number, a dekking row by a negative one (-1, -2, ... in print
order): it carries an amount, so it is a row. A category row carries the sum of the lines set
under it and heads them: a section of the table, no row of its own.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_academic import _split_mark
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, cell_values, dossier_name, field_para, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 2.5 * cm, 2.0 * cm
FW = WIDTH - ML - MR
GREY = colors.HexColor("#666666")
PAD = 3
ORGANISATION = re.compile(r"organisat|management|regie|loon|personeel|monitoring|evaluatie|kennisdeling|communicatie",
                          re.I)
CATEGORIES = ("Programmakosten", "Organisatie- en apparaatskosten")


def _styles():
    def s(n, font="Helvetica", size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"ke-{n}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
            "doc": s("doc", "Helvetica-Bold", 15, 19, spaceAfter=2),
            "sub": s("sub", textColor=GREY, spaceAfter=12),
            "kicker": s("kick", size=8, leading=10, textColor=GREY, spaceBefore=14, keepWithNext=1),
            "title": s("title", "Helvetica-Bold", 12, 15, spaceBefore=3, spaceAfter=4, keepWithNext=1),
            "label": s("label", "Helvetica-Bold", 9.5, 12.5, spaceBefore=7, spaceAfter=2, keepWithNext=1),
            "tlabel": s("tl", "Helvetica-Bold", 8, 10),
            "unit": s("unit", "Helvetica-Oblique", 7.5, 9.5, alignment=TA_CENTER),
            "thead": s("th", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
            "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
            "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
            "tline": s("tli", size=8, leading=10, leftIndent=10),
            "tbody_i": s("tbi", "Helvetica-Oblique", 8, 10),
            "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
            "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2),
            "note": s("note", size=8, leading=10, spaceAfter=1.5)}


def kilo(v: Decimal) -> str:
    """`v` euros in k€: dots for thousands, at least one decimal, as many as are exact;
    negative in parentheses."""
    k = abs(v) / 1000
    d = 1
    while k.quantize(Decimal(1).scaleb(-d)) != k:
        d += 1
    q = k.quantize(Decimal(1).scaleb(-d))
    whole, frac = f"{q:.{d}f}".split(".")
    text = f"{with_thousand_dots(int(whole))},{frac}"
    return f"({text})" if v < 0 else text


class DecCell(Flowable):
    """An amount in a table cell with its decimal comma at `tab` points from the cell's left
    (a nil's dash ending there), drawn as one string."""

    def __init__(self, text, font, size, tab, rec=None, rule_over=False):
        super().__init__()
        self.text, self.font, self.size, self.tab, self.rec = text, font, size, tab, rec
        self.rule_over = rule_over

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.size * 1.25

    def draw(self):
        if not self.text:
            return
        c = self.canv
        comma = self.text.find(",")
        head = self.text[:comma] if comma >= 0 else _split_mark(self.text)[0]
        x = self.tab - stringWidth(head, self.font, self.size)
        c.setFont(self.font, self.size)
        c.drawString(x, self.size * 0.25, self.text)
        if self.rec:
            self.rec(c.getPageNumber())


def render_kiloeuro(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)
    raw_record: dict[str, str] = {}
    row_order: dict[str, list[int]] = {}
    scaled: list[str] = []

    def header_rows(t, rec, unit_line):
        n, lines = t.columns, len(t.header)
        top = 1 if unit_line else 0
        rows: list[list] = [[""] * (n + 1) for _ in range(lines + top)]
        spans = []
        rows[0][0] = para(t.label, st["tlabel"], rec)
        if lines + top > 1:
            spans.append(((0, 0), (0, lines + top - 1)))
        if unit_line:
            rows[0][1] = para("Bedragen x € 1.000", st["unit"], rec)
            spans.append(((1, 0), (n, 0)))
        for h in t.header_cells():
            rows[top + h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
            c1, r1 = h.column + h.columns - 1, top + h.line + h.lines - 1
            if (c1, r1) != (h.column, top + h.line):
                spans.append(((h.column, top + h.line), (c1, r1)))
        return rows, spans

    def widths(n):
        wl = max(4.4 * cm, min(6.2 * cm, FW - n * 2.0 * cm))
        return [wl] + [(FW - wl) / n] * n

    def cmds_for(head_lines):
        return [("VALIGN", (0, 0), (-1, head_lines - 1), "BOTTOM"), ("VALIGN", (0, head_lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                ("LINEBELOW", (0, head_lines - 1), (-1, head_lines - 1), 0.25, colors.black)]

    def other_table(t, rec):
        rows, spans = header_rows(t, rec, False)
        lines = len(t.header)
        cmds = cmds_for(lines) + [("SPAN", a, b) for a, b in spans]
        for i, r in enumerate(t.rows):
            total = is_total(r[0])
            if total:
                cmds.append(("LINEABOVE", (0, lines + i), (-1, lines + i), 0.4, colors.black, None, None, None, 2, 1.5))
            lab = st["tbody_b"] if total else st["tbody"]
            amt = ParagraphStyle("x", st["tamount"], fontName="Helvetica-Bold") if total else st["tamount"]
            rows.append([para(r[0], lab, rec)] + [para(x, amt, rec) for x in r[1:]])
        return [Spacer(0, 4), Table(rows, colWidths=widths(t.columns), style=TableStyle(cmds), hAlign="LEFT",
                                    repeatRows=lines),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 6)]

    def printed_cell(raw, value):
        """(text, kind): kind 'amount' for decimal-aligned, 'word' for left, '' for empty."""
        body, mark = _split_mark(raw)
        if value is not None:
            return kilo(value) + mark, "amount"
        if body.strip() in ("-", ".-"):
            return "-" + mark, "amount"
        if not raw.strip():
            return "", ""
        return raw, "word"

    def subtotal(members, j, key, title, index, table):
        total = Decimal(0)
        for i in members:
            raw = table.rows[i][j + 1]
            v = values.get((title, index, i, key))
            body, _ = _split_mark(raw)
            if v is None and body.strip() not in ("", "-", ".-"):
                return "", ""
            total += v or 0
        return (kilo(total) if total else "-"), "amount"

    def funding_table(t, pr, index, keys, rec):
        n = t.columns
        lines = len(t.header) + 1
        rows, spans = header_rows(t, rec, True)
        cmds = cmds_for(lines) + [("SPAN", a, b) for a, b in spans]
        body = [i for i, r in enumerate(t.rows) if not is_total(r[0])]
        totals = [i for i, r in enumerate(t.rows) if is_total(r[0])]
        cats: dict[str, list[int]] = {}
        for i in body:
            cats.setdefault(CATEGORIES[1] if ORGANISATION.search(t.rows[i][0]) else CATEGORIES[0], []).append(i)
        # the printed rows: (label, label style, [(text, kind)] per column, bold, kind of row, source row)
        printed: list[tuple] = []
        order: list[int] = []
        extra = 0
        for cat, members in cats.items():
            printed.append((cat, st["tbody_b"], [subtotal(members, j, keys[j], pr.title, index, t) for j in range(n)],
                            True, "cat", None))
            for i in members:
                printed.append((t.rows[i][0], st["tline"], [printed_cell(x, values.get((pr.title, index, i, keys[j])))
                                                            for j, x in enumerate(t.rows[i][1:])], False, "line", i))
                order.append(i)
        for i in totals:
            printed.append((t.rows[i][0], st["tbody_b"], [printed_cell(x, values.get((pr.title, index, i, keys[j])))
                                                           for j, x in enumerate(t.rows[i][1:])], True, "total", i))
            order.append(i)
        if totals and "rijk" in keys:
            last = totals[-1]
            tot = values.get((pr.title, index, last, "totaal"))
            rijk = values.get((pr.title, index, last, "rijk"))
            if tot is not None and rijk is not None and rijk > 0:
                c = keys.index("totaal")
                for label, style, v, bold in (("Af: bijdrage Rijk (Regio Deal)", st["tbody_i"], -rijk, False),
                                              ("Te dekken door regionale partners", st["tbody_b"], tot - rijk, True)):
                    cells = [("", "")] * n
                    cells[c] = (kilo(v), "amount")
                    extra += 1
                    printed.append((label, style, cells, bold, "dekking", None))
                    order.append(-extra)
        # the decimal tab of each column: as far right as its longest decimal part allows
        colw = widths(n)
        tabs = []
        for j in range(n):
            tail = 0.0
            for _, _, cells, bold, _, _ in printed:
                text, kind = cells[j]
                if kind == "amount":
                    comma = text.find(",")
                    rest = text[comma:] if comma >= 0 else ""
                    tail = max(tail, stringWidth(rest, "Helvetica-Bold" if bold else "Helvetica", 8))
            tabs.append(colw[j + 1] - 2 * PAD - tail)
        for k, (label, lstyle, cells, bold, kind, src) in enumerate(printed):
            r = len(rows)
            out = [para(label, lstyle, rec)]
            for j, (text, ck) in enumerate(cells):
                if src is not None and text != t.rows[src][j + 1]:
                    raw_record[f"{pr.title}|{index}|{src}|{keys[j]}"] = text
                if ck == "amount":
                    out.append(DecCell(text, "Helvetica-Bold" if bold else "Helvetica", 8, tabs[j], rec))
                elif ck == "word":
                    out.append(para(text, st["tbody_b"] if bold else st["tbody"], rec))
                else:
                    out.append("")
            rows.append(out)
            if kind == "total" and (k == 0 or printed[k - 1][4] != "total"):
                cmds.append(("LINEABOVE", (0, r), (-1, r), 0.4, colors.black, None, None, None, 2, 1.5))
            if kind == "dekking" and bold:
                c = keys.index("totaal") + 1
                cmds.append(("LINEABOVE", (c, r), (c, r), 0.4, colors.black))
            if kind == "cat" and k:
                cmds.append(("TOPPADDING", (0, r), (-1, r), 5))
            if kind == "dekking" and printed[k - 1][4] == "total":
                cmds.append(("TOPPADDING", (0, r), (-1, r), 6))
        row_order[f"{pr.title}|{index}"] = order
        scaled.append(f"{pr.title}|{index}")
        return [Spacer(0, 4), Table(rows, colWidths=colw, style=TableStyle(cmds), hAlign="LEFT", repeatRows=lines),
                *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 6)]

    def once(info):
        truth = Truth(dossier, "kiloeuro")
        raw_record.clear()
        row_order.clear()
        scaled.clear()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "kiloeuro"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.5 * cm
            canv.setFont("Helvetica-Bold", 7.5)
            canv.drawString(ML, y, f"Controllersrapportage Regio Deal {name}")
            canv.setFont("Helvetica", 7.5)
            canv.drawRightString(WIDTH - MR, y, "Planning & Control")
            canv.drawString(ML, 1.1 * cm, "Versie: definitief")
            canv.drawRightString(WIDTH - MR, 1.1 * cm, f"{canv.getPageNumber()}/{info['total'] or ''}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story = [para(f"Controllersrapportage Regio Deal {name}", st["doc"]),
                 para("Financiële onderbouwing van de projectvoorstellen", st["sub"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            kicker = para(f"Project {p + 1} · {pr.theme}", st["kicker"], rec)
            story += [CondPageBreak(6 * cm), kicker, _Rule(), para(pr.title, st["title"], truth.heading(p))]

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
    if raw_record:
        record["raw"] = dict(raw_record)
    record["row_order"] = dict(row_order)
    record["scaled"] = list(scaled)
    return record


class _Rule(Flowable):
    """A 0.5pt rule across the column, kept with what follows."""

    def __init__(self):
        super().__init__()
        self.keepWithNext = 1

    def wrap(self, aw, ah):
        self.width = aw
        return aw, 3

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 2, self.width, 2)
