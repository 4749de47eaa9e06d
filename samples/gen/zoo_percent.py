"""One more house style for the layout zoo (see zoo.py), held out: a municipal finance
department's Word report, "begroting met aandelen": every funding source shown with its
share of the total.

- percent: A4 portrait, margins 2.0 cm left and right, 2.2 cm top, 2.4 cm bottom (a 17 cm
           text column). Helvetica (Calibri-like) body 10pt on 13pt, ragged right, 5pt after
           each paragraph; a list item keeps the source's marker (as text) and hangs on it.
           Page 1 opens with the report's title ("Begroting Regio Deal <name>", 18pt bold
           dark green) and a grey subtitle. Each project: its THEME in simulated small
           capitals (capitals 9pt, the other letters as capitals at 7.2pt, grey) on a line of
           its own ABOVE the title, then the title as a numbered heading "<k>. <title>" (k
           counts the projects through the dossier) in 14pt bold dark green; projects flow
           on (no page breaks, a conditional break keeps a heading off a page's foot).
           Fields as a bold 10pt label on a line of its own, the field's paragraphs under it
           (no field table). Project notes at the end of the project in 8pt.
           Running footer on every page: "Gemeente <name> — Begroting Regio Deal — pagina N"
           in 8pt grey, centred, over a thin grey rule.
           FUNDING TABLES (a table whose header has a column "Totaal...") across the text
           column, 8pt (7pt from six value columns on), thin grey horizontal rules only (over
           the header, under the header, over the Totaal row, under the last row), no
           vertical rules. The source's header lines are kept (a group "Publiek" over "Gem."
           and "Provincie"), each value column's label ("Totaal EUR", "Privaat", "Gem.", ...
           as the source prints it) now SPANNING TWO SUB-COLUMNS, and one more header line
           under them names the sub-columns "€" and "%". The "€" sub-column holds the cell
           exactly as transcribed (right-aligned; words left-aligned); the "%" sub-column
           the cell's share of the row's Totaal cell, rounded half up to whole percents
           ("27%"), "-" where the cell is a nil ("-", ".-", "-*"), empty where the cell is
           empty, a word, or the row's Totaal is no positive amount; the Totaal column's own
           "%" sub-column holds "100%" (where the row's Totaal is a positive amount). Amounts
           are read as the transcription writes them ("1.650.000", "€ 2,8 mln.", "43,8mln.",
           marks "*" ignored). The Totaal row (bold) leaves its "%" sub-columns empty; under
           it an extra row "Aandeel in totaal" (italic) holds the Totaal row's shares in the
           "%" sub-columns, the "€" sub-columns empty. Header lines repeated where a table
           breaks over a page (the source's page_break_before_row is not followed: the table
           breaks where the page is full; the Totaal row keeps with its "Aandeel" row).
           Table footnotes under the table in 8pt.
           Tables without a Totaal column (a milestone table, "Per jaar | EUR 3 jaar") are
           drawn in the same rules without sub-columns.

The percent sub-columns and the "Aandeel in totaal" row are no cells of the transcription:
the truth record is the plain one (every golden cell is printed as transcribed, no "raw").
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total,
                         meta, para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.0 * cm, 2.2 * cm, 2.4 * cm
FW = WIDTH - 2 * MARGIN_X
GREEN = colors.HexColor("#1E5631")
GREY = colors.HexColor("#6E6E6E")
RULE = colors.HexColor("#A6A6A6")
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_AMOUNT = re.compile(r"(?:€|EUR)?\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mln\.?)?")
_NIL = re.compile(r"[.,]?-")


def _clean(text: str) -> str:
    return text.strip().rstrip("*¹²³⁴⁵⁶⁷⁸⁹⁰").strip()


def amount(text: str) -> Decimal | None:
    """The amount a transcribed cell writes ("1.650.000", "€ 2,8 mln.", "7.500.000*"), 0 for
    a nil, None for an empty cell or words."""
    s = _clean(text)
    if _NIL.fullmatch(s):
        return Decimal(0)
    m = _AMOUNT.fullmatch(s)
    if not m:
        return None
    v = Decimal(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    return v * 1_000_000 if m.group(3) else v


def share(text: str, total: Decimal | None) -> str:
    """The "%" sub-cell of a cell, given its row's Totaal."""
    if not text.strip():
        return ""
    if _NIL.fullmatch(_clean(text)):
        return "-"
    v = amount(text)
    if v is None or total is None or total <= 0:
        return ""
    pct = (v * 100 / total).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{pct}%"


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*", text.strip()))


def _small_caps(text: str, big=9, small=7.2) -> str:
    out, run, lower = [], "", None
    for ch in text:
        is_lower = ch.upper() != ch
        if lower is not None and is_lower != lower:
            out.append(f'<font size="{small}">{escape(run.upper())}</font>' if lower
                       else escape(run))
            run = ""
        lower = is_lower
        run += ch
    if run:
        out.append(f'<font size="{small}">{escape(run.upper())}</font>' if lower else escape(run))
    return "".join(out)


def _styles() -> dict:
    return {
        "doc": ParagraphStyle("pc-doc", fontName=BOLD, fontSize=18, leading=22,
                              textColor=GREEN, spaceAfter=4),
        "doc2": ParagraphStyle("pc-doc2", fontName=SANS, fontSize=11, leading=14,
                               textColor=GREY, spaceAfter=14),
        "theme": ParagraphStyle("pc-theme", fontName=SANS, fontSize=9, leading=11,
                                textColor=GREY, spaceBefore=16, spaceAfter=1, keepWithNext=1),
        "title": ParagraphStyle("pc-title", fontName=BOLD, fontSize=14, leading=17,
                                textColor=GREEN, spaceAfter=6, keepWithNext=1),
        "label": ParagraphStyle("pc-label", fontName=BOLD, fontSize=10, leading=13,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("pc-body", fontName=SANS, fontSize=10, leading=13,
                               spaceAfter=5),
        "item": ParagraphStyle("pc-item", fontName=SANS, fontSize=10, leading=13,
                               leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        "tfoot": ParagraphStyle("pc-tf", fontName=SANS, fontSize=8, leading=10,
                                spaceBefore=2),
        "note": ParagraphStyle("pc-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("pc-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = size * 1.22

    def mk(name, font, align):
        return ParagraphStyle(f"pc-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {
        "tlabel": mk("tl", BOLD, TA_LEFT),
        "thead": mk("th", BOLD, TA_CENTER),
        "tsub": ParagraphStyle(f"pc-ts-{size}", fontName=BOLD, fontSize=size, leading=lead,
                               alignment=TA_RIGHT, textColor=GREY),
        "tbody": mk("tb", SANS, TA_LEFT),
        "tbody_b": mk("tbb", BOLD, TA_LEFT),
        "tbody_i": mk("tbi", ITALIC, TA_LEFT),
        "tamount": mk("ta", SANS, TA_RIGHT),
        "tamount_b": mk("tab", BOLD, TA_RIGHT),
        "ttext": mk("tt", SANS, TA_LEFT),
        "ttext_b": mk("ttb", BOLD, TA_LEFT),
        "tpct": mk("tp", SANS, TA_RIGHT),
        "tpct_i": mk("tpi", ITALIC, TA_RIGHT),
    }


def _total_column(t: source.Table) -> int | None:
    """1-based value column headed "Totaal..." (a one-column header cell), or None."""
    for h in t.header_cells():
        if h.columns == 1 and is_total(h.text):
            return h.column
    return None


def _cell(text: str, bold: bool, ts, rec):
    key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
    return para(text, ts[key], rec)


def _table(t: source.Table, st, rec) -> list:
    n = t.columns
    ts = _table_styles(8 if n <= 5 else 7)
    tot = _total_column(t)
    lines = max(len(t.header), 1)
    cmds = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if tot is None:  # no shares to show: the plain grid in the house rules
        head = [[""] * (n + 1) for _ in range(lines)]
        head[0][0] = para(t.label, ts["tlabel"], rec)
        if lines > 1:
            cmds.append(("SPAN", (0, 0), (0, lines - 1)))
        for h in t.header_cells():
            head[h.line][h.column] = para(h.text, ts["thead"], rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        rows = head
        totals = []
        for body in t.rows:
            bold = is_total(body[0])
            if bold:
                totals.append(len(rows))
            cells = list(body[1:]) + [""] * (n + 1 - len(body))
            rows.append([para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
                        + [_cell(c, bold, ts, rec) for c in cells])
        label_w = max(0.35 * FW, FW - n * 3.4 * cm)
        widths = [label_w] + [(FW - label_w) / n] * n
        hl = lines
    else:
        hl = lines + 1  # the source's header lines and the "€ | %" line
        head = [[""] * (2 * n + 1) for _ in range(hl)]
        head[0][0] = para(t.label, ts["tlabel"], rec)
        cmds.append(("SPAN", (0, 0), (0, hl - 1)))
        for h in t.header_cells():
            c0, c1 = 2 * h.column - 1, 2 * (h.column + h.columns - 1)
            r1 = h.line + h.lines - 1
            head[h.line][c0] = para(h.text, ts["thead"], rec)
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
        for c in range(1, n + 1):
            head[hl - 1][2 * c - 1] = para("€", ts["tsub"])
            head[hl - 1][2 * c] = para("%", ts["tsub"])
        rows = head
        totals = []
        for body in t.rows:
            bold = is_total(body[0])
            cells = list(body[1:]) + [""] * (n + 1 - len(body))
            total = amount(cells[tot - 1])
            row = [para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
            pcts = []
            for c, text in enumerate(cells, start=1):
                if c == tot:
                    pct = "100%" if total is not None and total > 0 else ""
                else:
                    pct = share(text, total)
                pcts.append(pct)
                row.append(_cell(text, bold, ts, rec))
                row.append(para("" if bold else pct, ts["tpct"], rec))
            rows.append(row)
            if bold:
                totals.append(len(rows) - 1)
                extra = [para("Aandeel in totaal", ts["tbody_i"], rec)]
                for pct in pcts:
                    extra += ["", para(pct, ts["tpct_i"], rec)]
                rows.append(extra)
        label_w = max(3.0 * cm, FW - n * 2.6 * cm)
        per = (FW - label_w) / n
        widths = [label_w] + [per * 0.63, per * 0.37] * n
    cmds += [("VALIGN", (0, hl), (-1, -1), "TOP"),
             ("LINEABOVE", (0, 0), (-1, 0), 0.75, RULE),
             ("LINEBELOW", (0, hl - 1), (-1, hl - 1), 0.5, RULE),
             ("LINEBELOW", (0, -1), (-1, -1), 0.75, RULE)]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, RULE))
        if tot is not None:  # the Totaal row keeps with its "Aandeel in totaal" row
            cmds.append(("NOSPLIT", (0, r), (-1, r + 1)))
    table = Table(rows, colWidths=widths, repeatRows=hl, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 6), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def _paragraph(text: str, st, rec):
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def render_percent(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    footer = f"Gemeente {name} — Begroting Regio Deal — pagina ".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "percent")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "percent"))

        def on_page(canv, d):
            canv.saveState()
            text = footer + str(canv.getPageNumber())
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, 1.65 * cm, WIDTH - MARGIN_X, 1.65 * cm)
            canv.setFillColor(GREY)
            canv.setFont(font_for(text, SANS), 8)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, text)
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = [para(f"Begroting Regio Deal {name}".strip(), st["doc"]),
                       para("Projectbegrotingen met aandelen per financier", st["doc2"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            theme_style = ParagraphStyle("pc-theme-f", st["theme"],
                                         fontName=font_for(pr.theme, SANS))
            story.append(para(pr.theme, theme_style, truth.heading(p),
                              markup=_small_caps(pr.theme)))
            story.append(para(f"{p + 1}. {pr.title}", st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
