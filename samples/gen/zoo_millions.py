"""One more house style for the layout zoo (see zoo.py), held out: a ministry's "financieel
overzicht" of the Regio Deal in which EVERY FUNDING TABLE IS PRINTED IN MILLIONS OF EUROS
WITH TWO DECIMALS, as the Rijksbegroting and the ministries' spreadsheets write budgets, the
scale stated at the right end of each table's caption line.

- millions: the financial overview a ministry's directorate (Financieel-Economische Zaken)
          writes for the Regio Deal. A4 portrait, margins 3.0 cm left, 2.0 cm right, 3.0 cm top,
          2.5 cm bottom; DejaVu Sans (standing in for RijksoverheidSans) 9pt on 13pt, ragged
          right, 3pt after each paragraph, list items hanging on their marker. Running header
          on every page, 1.8 cm from the top in 7pt grey: "Financieel overzicht Regio Deal
          <Name>" at the left, "Directie Financieel-Economische Zaken" at the right; footer
          "Pagina N van M" at the right (7pt), nothing at the left; no rules in either. Page 1
          opens with "Financieel overzicht" (20pt, hemelblauw #01689B), "Regio Deal <Name> –
          projectbudgetten" (11pt), and a 8.5pt italic paragraph stating that the tables are in
          millions and that rounding may make totals differ from the sum of their parts.
          Each THEME (at every change of theme from one project to the next) is a heading
          in 12.5pt hemelblauw, 16pt above; each project's title in 10.5pt bold black under
          it (or alone, where the theme goes on); projects flow on (a new page where less than
          6 cm is left). FIELD LABELS in 8.5pt bold hemelblauw on a line of their own (6pt
          above), the field's paragraphs under them. Project notes at the end of the project
          in 7.5pt, each led by its mark (hanging), a note's further paragraphs indented under
          its text.
          FUNDING TABLES (a Totaal column and a funding source, by the keys of the hand-written
          cell list tests/golden/<dossier>_cells.csv) across the text column in DejaVu Sans
          Condensed 8pt on 10pt, led by a CAPTION LINE as wide as the table: "Tabel k
          Financiering <title>" (8.5pt bold, k counting the funding tables through the
          dossier) at the left and "(bedragen x € 1 mln.)" (8pt regular) RIGHT-ALIGNED at the
          table's right edge on the same baseline (a long title wraps at the left, the unit
          stays on the first line); the caption goes to the next page with its table where
          less than 4 cm is left. No fills, NO VERTICAL RULES: a 0.75pt black rule over the
          header, a 0.75pt black rule under it, 0.25pt grey (#9A9A9A) HAIRLINES under every
          body row, the Totaal row bold with a 0.75pt black rule over it (and the closing
          hairline under it). The header bold, bottom-aligned: the table's label in the
          top-left cell (spanning the header lines), single headers right-aligned, a group
          header ("Publiek") centred over its members with a hairline under it; a currency
          word in a header is dropped ("Totaal EUR", "Totaal (€)" print "Totaal"). Row labels
          left; header lines repeated where a table breaks over a page.
          AMOUNTS IN MILLIONS WITH TWO DECIMALS: every amount of a funding table (a bare
          "1.650.000", "€ 150.000", "6,33 mln.", "€ 2,8 mln.", "43,8mln."; a cell that writes a
          sum, "€ 75.000 per broedplaats = € 750.000", prints its result) divided by
          1.000.000 and ROUNDED HALF UP to two decimals, with a decimal comma and always two
          decimals ("1.650.000" -> "1,65", "13.700.000" -> "13,70", "50.000" -> "0,05",
          "4.662.780" -> "4,66", "2,675 mln." -> "2,68", "450" -> "0,00"), marks after it kept
          ("7.500.000*" -> "7,50*"); a nil ("-", ".-") is "-", "-*" stays "-*"; words and
          empty cells stay as written. Amounts right-aligned. Totals are rounded like every
          other cell (not re-added), so a Totaal may differ from the sum of its printed parts.
          Table footnotes under the table in 7pt. Other tables (milestones, years, "Per
          jaar | EUR 3 jaar") are drawn in the same style without caption or unit, their cells
          as transcribed.

The truth records in its "raw" object the text printed for every funding-table cell printed
otherwise than transcribed, and under "scaled" the funding tables ("<project>|<table>"): their
cells are checked in euros, each value times the stated scale. Where the rounding to two
decimals loses part of an amount, the value a reader derives from the print differs from the
transcription's value: the truth lists those cells under "derived" ("<project>|<table>|<row>|
<column>" -> the value in euros the print states, "4660000"), which tests/zoo.py checks instead.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    cell_list,
    dossier_name,
    field_para,
    is_funding,
    is_total,
    meta,
    notes_at_end,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 3.0 * cm, 2.0 * cm, 3.0 * cm, 2.5 * cm
FW = WIDTH - ML - MR
BLUE = colors.HexColor("#01689B")
GREY = colors.HexColor("#555555")
HAIR = colors.HexColor("#9A9A9A")
UNIT = "(bedragen x € 1 mln.)"
DIRECTORATE = "Directie Financieel-Economische Zaken"

_AMOUNT = r"(?:€\s*)?(\d{1,3}(?:\.\d{3})*|\d+(?:,\d+)?\s*mln\.?)"
_CELL = re.compile(_AMOUNT + r"(\**)")
_SUM = re.compile(r".*=\s*" + _AMOUNT + r"(\**)")
_CURRENCY_WORD = re.compile(r"\s*(?:\(€\)|\bEUR\b|€)\s*")


def _euros(text: str) -> Decimal:
    if "mln" in text:
        return Decimal(text.split("mln")[0].strip().replace(",", ".")) * 1_000_000
    return Decimal(text.replace(".", ""))


def _millions(euros: Decimal) -> Decimal:
    return (euros / 1_000_000).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _write(m: Decimal) -> str:
    whole, frac = f"{m:.2f}".split(".")
    return f"{int(whole):,}".replace(",", ".") + "," + frac


def in_millions(text: str) -> tuple[str, Decimal | None]:
    """How the ministry prints a transcribed funding-table cell, and the value in euros that
    print states (None: no amount)."""
    s = text.strip()
    m = _CELL.fullmatch(s) or _SUM.fullmatch(s)
    if m:
        mln = _millions(_euros(m.group(1)))
        return _write(mln) + m.group(2), mln * 1_000_000
    if s == ".-":
        return "-", None
    return text, None


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[\d.,*\-–\s]*", text.strip()))


def _styles() -> dict:
    def s(name, font="DejaVuSans", size=9, leading=13, **kw):
        return ParagraphStyle(f"mln-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    c, cb = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    return {
        "body": s("body", spaceAfter=3),
        "item": s("item", spaceAfter=2, leftIndent=13, bulletIndent=0, bulletFontName="DejaVuSans"),
        "label": s("label", "DejaVuSans-Bold", 8.5, 12, textColor=BLUE, spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "doc": s("doc", size=20, leading=24, textColor=BLUE, spaceAfter=4),
        "docsub": s("docsub", size=11, leading=14, spaceAfter=8),
        "intro": s("intro", "DejaVuSans", 8.5, 12, textColor=GREY, spaceAfter=6),
        "theme": s("theme", size=12.5, leading=16, textColor=BLUE, spaceBefore=16, spaceAfter=2, keepWithNext=1),
        "title": s("title", "DejaVuSans-Bold", 10.5, 14, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "caption": s("caption", "DejaVuSans-Bold", 8.5, 11),
        "unit": s("unit", size=8, leading=11, alignment=TA_RIGHT),
        "tlabel": s("tl", cb, 8, 10),
        "thead": s("th", cb, 8, 10, alignment=TA_RIGHT),
        "tgroup": s("tg", cb, 8, 10, alignment=TA_CENTER),
        "tbody": s("tb", c, 8, 10), "tbody_b": s("tbb", cb, 8, 10),
        "tamount": s("ta", c, 8, 10, alignment=TA_RIGHT), "tamount_b": s("tab", cb, 8, 10, alignment=TA_RIGHT),
        "ttext": s("tt", c, 8, 10, alignment=TA_LEFT), "ttext_b": s("ttb", cb, 8, 10, alignment=TA_LEFT),
        "tfoot": s("tf", size=7, leading=9, spaceBefore=2),
        "note": s("note", size=7.5, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": s("notemore", size=7.5, leading=10, leftIndent=9, spaceAfter=1.5),
    }


def _caption(k: int, title: str, st, rec) -> Table:
    """The caption line: the caption at the left, the unit at the right, one baseline."""
    unit_w = 3.4 * cm
    t = Table([[para(f"Tabel {k} Financiering {title}", st["caption"], rec), para(UNIT, st["unit"], rec)]],
              colWidths=[FW - unit_w, unit_w], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    t.keepWithNext = 1
    return t


def _table(t: source.Table, st, rec, funding: bool) -> list:
    n = t.columns
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans, groups = [], []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        text = h.text
        if funding and _CURRENCY_WORD.search(text):
            text = _CURRENCY_WORD.sub(" ", text).strip()
        c0, c1 = h.column, h.column + h.columns - 1
        r1 = h.line + h.lines - 1
        rows[h.line][c0] = para(text, st["tgroup" if h.columns > 1 else "thead"], rec)
        if (c1, r1) != (c0, h.line):
            spans.append(((c0, h.line), (c1, r1)))
        if h.columns > 1 and text:
            groups.append((c0, c1, r1))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:]) + [""] * (n + 1 - len(body)):
            out = in_millions(text)[0] if funding else text
            key = ("tamount" if _numeric(out) and out.strip() else "ttext") + ("_b" if bold else "")
            row.append(para(out, st[key], rec))
        rows.append(row)
    label_w = min(max(4.0 * cm, FW - n * 1.9 * cm), 6.2 * cm)
    widths = [label_w] + [(FW - label_w) / n] * n
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, colors.black)]
    if t.rows:
        cmds.append(("LINEBELOW", (0, lines), (-1, -1), 0.25, HAIR))
    cmds += [("SPAN", a, b) for a, b in spans]
    for c0, c1, r in groups:
        if r < lines - 1:
            cmds.append(("LINEBELOW", (c0, r), (c1, r), 0.25, HAIR))
    for r, body in enumerate(t.rows):
        if is_total(body[0]) and r:
            cmds.append(("LINEABOVE", (0, lines + r), (-1, lines + r), 0.75, colors.black))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 2), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _plan(dossier: source.Dossier):
    """(project index, table index) -> funding table number k or None; the raw and derived
    records."""
    keys = _column_keys(dossier)
    number, k = {}, 0
    for p, pr in enumerate(dossier.projects):
        for i, _t in enumerate(tables_of(pr)):
            if is_funding(keys.get((pr.title, i))):
                k += 1
                number[(p, i)] = k
            else:
                number[(p, i)] = None
    funded = {(dossier.projects[p].title, i) for (p, i), k in number.items() if k}
    raw, derived = {}, {}
    for g in cell_list(dossier):
        if (g["project"], int(g["table"])) not in funded:
            continue
        key = f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"
        printed, value = in_millions(g["raw"])
        if printed != g["raw"]:
            raw[key] = printed
        want = Decimal(g["value"]) if g["value"] else None
        if value is not None and value != want:
            derived[key] = str(int(value))
    return number, raw, derived


def render_millions(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    number, raw, derived = _plan(dossier)
    left_head = f"Financieel overzicht Regio Deal {name}".strip()

    def once(info):
        truth = Truth(dossier, "millions")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "millions"))
        total = info.get("total") or 0

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont("DejaVuSans", 7)
            canv.drawString(ML, HEIGHT - 1.8 * cm, left_head)
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.8 * cm, DIRECTORATE)
            n = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.3 * cm, f"Pagina {n} van {max(total, n)}")
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = [
            para("Financieel overzicht", st["doc"]),
            para(f"Regio Deal {name} – projectbudgetten".replace("  ", " "), st["docsub"]),
            para("De bedragen in de financieringstabellen van dit overzicht zijn in miljoenen euro's, "
                 "afgerond op twee decimalen. Door afronding kunnen totalen afwijken van de som "
                 "van de onderdelen.", st["intro"]),
        ]
        theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(6 * cm))
            if pr.theme != theme:
                story.append(para(pr.theme, st["theme"], rec))
                theme = pr.theme
            story.append(para(pr.title, st["title"], truth.heading(p)))
            index = 0

            def table(t, p=p, pr=pr, rec=rec):
                nonlocal index
                k = number[(p, index)]
                index += 1
                out = [CondPageBreak(4 * cm), _caption(k, pr.title, st, rec)] if k else []
                return out + _table(t, st, rec, bool(k))

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
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=5)
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if raw:
        record["raw"] = raw
    titles = [pr.title for pr in dossier.projects]
    record["scaled"] = sorted(f"{titles[p]}|{i}" for (p, i), k in number.items() if k)
    if derived:
        record["derived"] = derived
    return record
