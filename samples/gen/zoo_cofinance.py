"""One more house style for the layout zoo (see zoo.py), held out: a Regio Deal programme
office's annex of project sheets ("Bijlage B: projectbladen") whose funding tables split
every budget into the national contribution and the region's co-financing.

- cofinance: A4 portrait, margins 2.0 cm left and right, 2.3 cm top, 2.0 cm bottom.
          Running header on every page "Regio Deal <name> — Bijlage B: projectbladen"
          7.5pt grey, right-aligned; the page number bottom right (8pt). Each project opens
          a new page (a project sheet): the title in 13pt Helvetica-Bold navy, under it the
          THEME as a small navy capitals line (7.5pt). Fields: the label in
          bold 9.5pt on a line of its own, the field's paragraphs (and a table inside a
          field) indented 1 cm under it, Helvetica 9.5pt on 12.5pt.
          FUNDING TABLES (a table with a source column other than the total: rijk,
          provincie, gemeente, overig_publiek, onderwijs, privaat, publiek_1/2, regio; keys as
          the hand-written cell list tests/golden/<dossier>_cells.csv gives them, else read
          from the labels): the columns REORDERED AND REGROUPED: first "Rijksbijdrage" (the
          rijk column, header spanning both header lines), then a group header "Regionale
          cofinanciering" spanning the other sources in the order provincie, gemeente,
          publiek_1/2, overig_publiek, onderwijs, privaat, any other (regio), each under the
          transcription's own leaf label ("Prov.", "Gem.", "Waterschap", "Bedrijven" ...;
          none where the transcription gives none, as the Publiek columns of Leonardo and
          Skills Twente); then an extra column "Subtotaal regio" (derived: per row the sum of
          the row's regional cells, "-" where all are nil or empty, empty where any is not a
          plain euro amount ("6,33 mln.", words); written with dotted thousands, "€ " before
          it where a summed cell has one); last "Totaal" under the transcription's total
          label ("Totaal EUR"). The transcription's group headers ("Publiek") are dropped.
          Tables without funding columns (milestones, year tables, "Per jaar | EUR 3 jaar")
          are drawn as transcribed (their group headers kept).
          All tables: a full light-grey grid (0.4pt), header rows on a pale blue fill, header
          8pt bold, body 8pt, amounts right-aligned as transcribed, words left-aligned (a
          column mostly of words has its header left-aligned too); the
          Totaal row bold with a navy 1pt line above it; header rows repeated where a table
          breaks. Table notes under the table in 7.5pt; project notes at the project's end
          in 7.5pt.

The "Subtotaal regio" column is no cell of the transcription; every golden cell is printed
as transcribed, so the truth record is the plain one (no "raw").
"""

from __future__ import annotations

import re
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, para, register_fonts
from .zoo_percent import _NIL, _clean, amount
from .zoo_province import _column_keys, _golden_keys, _numeric

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.0 * cm, 2.3 * cm, 2.0 * cm
FW = WIDTH - 2 * MARGIN_X
INDENT = 1 * cm
NAVY = colors.HexColor("#1F3A68")
GRID = colors.HexColor("#BDBDBD")
PALE = colors.HexColor("#DCE8F5")
GREY = colors.HexColor("#555555")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
T_SIZE = 8.0
PAD = 3.0

REGIONAL_ORDER = ("provincie", "gemeente", "publiek_1", "publiek_2", "overig_publiek",
                  "onderwijs", "privaat")
SOURCES = set(REGIONAL_ORDER) | {"rijk", "regio"}
_PLAIN = re.compile(r"(€\s*)?\d{1,3}(?:\.\d{3})*")


def _styles() -> dict:
    def t(name, font, align):
        return ParagraphStyle(f"cf-{name}", fontName=font, fontSize=T_SIZE, leading=9.8,
                              alignment=align)

    return {
        "title": ParagraphStyle("cf-title", fontName=BOLD, fontSize=13, leading=16,
                                textColor=NAVY, spaceAfter=2, keepWithNext=1),
        "theme": ParagraphStyle("cf-theme", fontName=SANS, fontSize=7.5, leading=9.5,
                                textColor=NAVY, spaceAfter=12, keepWithNext=1),
        "label": ParagraphStyle("cf-label", fontName=BOLD, fontSize=9.5, leading=12.5,
                                spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("cf-body", fontName=SANS, fontSize=9.5, leading=12.5,
                               leftIndent=INDENT, spaceAfter=4),
        "tlabel": t("tl", BOLD, TA_LEFT),
        "thead": t("th", BOLD, TA_RIGHT),
        "tgroup": t("tg", BOLD, TA_CENTER),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
        "ttext": t("tt", SANS, TA_LEFT),
        "ttext_b": t("ttb", BOLD, TA_LEFT),
        "tfoot": ParagraphStyle("cf-tf", fontName=SANS, fontSize=7.5, leading=9.2,
                                spaceBefore=2),
        "note": ParagraphStyle("cf-note", fontName=SANS, fontSize=7.5, leading=9.2,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("cf-notem", fontName=SANS, fontSize=7.5, leading=9.2,
                                    leftIndent=9, spaceAfter=1.5),
    }


def _caps(text: str) -> str:
    """The theme as a capitals line."""
    return escape(text.upper())


# --- the derived subtotal ---------------------------------------------------------


def _dotted(v: Decimal) -> str:
    return f"{int(v):,}".replace(",", ".")


def subtotal(cells: list[str]) -> str:
    """The "Subtotaal regio" cell of a row's regional cells."""
    total, euro, any_amount = Decimal(0), False, False
    for text in cells:
        s = _clean(text)
        if not s or _NIL.fullmatch(s):
            continue
        if not _PLAIN.fullmatch(s):
            return ""  # "6,33 mln.", words: no sum the office would write
        total += amount(s)
        euro = euro or s.startswith("€")
        any_amount = True
    if not any_amount:
        return "-"
    return ("€ " if euro else "") + _dotted(total)


# --- tables -----------------------------------------------------------------------


def _cell(text: str, bold: bool, st, rec):
    key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
    return para(text, st[key], rec)


def _need(texts_head: list[str], texts_body: list[str]) -> float:
    w = 30.0
    for text in texts_head:
        for word in text.split():
            w = max(w, stringWidth(word, font_for(word, BOLD), T_SIZE))
    for text in texts_body:
        if _numeric(text):
            w = max(w, stringWidth(text, font_for(text, BOLD), T_SIZE))
    return w + 2 * PAD + 1


def _widths(needs: list[float], width: float) -> list[float]:
    label_min = 0.24 * width
    rest = width - sum(needs)
    if rest < label_min:
        scale = (width - label_min) / sum(needs)
        needs = [w * scale for w in needs]
    elif rest > 0.42 * width:  # room to spare: the value columns grow, up to 2.6 cm
        extra = (rest - 0.42 * width) / len(needs)
        needs = [min(w + extra, 2.6 * cm) if w < 2.6 * cm else w for w in needs]
    return [width - sum(needs)] + needs


def _style_cmds(lines: int, totals: list[int], spans) -> list:
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("BACKGROUND", (0, 0), (-1, lines - 1), PALE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, NAVY))
    return cmds


def _plain_table(t: source.Table, st, rec, width) -> Table:
    """A table without funding columns, as transcribed."""
    n = t.columns
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    heads: list[list[str]] = [[] for _ in range(n)]
    wordy = [sum(not _numeric(b[c]) for b in t.rows if c < len(b)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    for h in t.header_cells():
        style = "tgroup" if h.columns > 1 else ("tlabel" if wordy[h.column - 1] else "thead")
        rows[h.line][h.column] = para(h.text, st[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if h.columns == 1:
            heads[h.column - 1].append(h.text)
    totals = []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        cells = list(body[1:n + 1]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["tbody_b" if bold else "tbody"], rec)]
                    + [_cell(c, bold, st, rec) for c in cells])
    needs = [_need(heads[c], [b[c + 1] for b in t.rows if c + 1 < len(b)]) for c in range(n)]
    return Table(rows, colWidths=_widths(needs, width), repeatRows=lines, hAlign="LEFT",
                 style=TableStyle(_style_cmds(lines, totals, spans)))


def _funding_table(t: source.Table, keys: list, st, rec, width) -> Table:
    n = t.columns
    leaf = [""] * n
    for h in t.header_cells():
        if h.columns == 1:
            leaf[h.column - 1] = h.text
    rijk = [c for c in range(n) if keys[c] == "rijk"]
    tot = [c for c in range(n) if keys[c] == "totaal"]
    rank = {k: i for i, k in enumerate(REGIONAL_ORDER)}
    regional = sorted((c for c in range(n) if keys[c] not in ("rijk", "totaal")),
                      key=lambda c: (rank.get(keys[c], len(rank)), c))
    # grid columns: label | rijk | regional... | Subtotaal regio | totaal
    rows = [[""] * (len(rijk) + len(regional) + 1 + len(tot) + 1) for _ in range(2)]
    spans = [((0, 0), (0, 1))]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    g = 1
    for _ in rijk:
        rows[0][g] = para("Rijksbijdrage", st["thead"], rec)
        spans.append(((g, 0), (g, 1)))
        g += 1
    first_regional = g
    if regional:
        rows[0][g] = para("Regionale cofinanciering", st["tgroup"], rec)
        spans.append(((g, 0), (g + len(regional) - 1, 0)))
        for c in regional:
            rows[1][g] = para(leaf[c], st["thead"], rec)
            g += 1
    sub_col = g
    rows[0][g] = para("Subtotaal regio", st["thead"], rec)
    spans.append(((g, 0), (g, 1)))
    g += 1
    for c in tot:
        rows[0][g] = para(leaf[c], st["thead"], rec)
        spans.append(((g, 0), (g, 1)))
        g += 1
    order = rijk + regional
    totals = []
    sub_texts = []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        cells = list(body[1:n + 1]) + [""] * (n + 1 - len(body))
        sub = subtotal([cells[c] for c in regional])
        sub_texts.append(sub)
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        row += [_cell(cells[c], bold, st, rec) for c in order]
        row.append(_cell(sub, bold, st, rec))
        row += [_cell(cells[c], bold, st, rec) for c in tot]
        rows.append(row)

    def col(c):
        return [b[c + 1] for b in t.rows if c + 1 < len(b)]

    needs = [_need(["Rijksbijdrage"], col(c)) for c in rijk]
    needs += [_need([leaf[c]], col(c)) for c in regional]
    needs.append(_need(["Subtotaal"], sub_texts))
    needs += [_need([leaf[c]], col(c)) for c in tot]
    cmds = _style_cmds(2, totals, spans)
    if regional:  # the group's sub-columns under a thin navy rule
        cmds.append(("LINEBELOW", (first_regional, 0), (sub_col - 1, 0), 0.6, NAVY))
    return Table(rows, colWidths=_widths(needs, width), repeatRows=2, hAlign="LEFT",
                 style=TableStyle(cmds))


def _table(t: source.Table, keys: list, st, rec, width, indent=0.0) -> list:
    funding = any(k in SOURCES for k in keys)
    table = (_funding_table(t, keys, st, rec, width - indent) if funding
             else _plain_table(t, st, rec, width - indent))
    if indent:
        table.hAlign = "RIGHT"
    out = [Spacer(0, 5), table]
    foot = ParagraphStyle("cf-tf-i", st["tfoot"], leftIndent=indent)
    out += [para(f, foot, rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


# --- the document -----------------------------------------------------------------


def render_cofinance(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name} — Bijlage B: projectbladen".replace("  ", " ")
    golden = _golden_keys(dossier)

    def once(info):
        truth = Truth(dossier, "cofinance")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "cofinance"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, SANS), 7.5)
            canv.drawRightString(WIDTH - MARGIN_X, HEIGHT - 1.4 * cm, running)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN_X, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            index = {id(t): k for k, t in enumerate(pr.tables())}

            def keys_of(t, pr=pr, index=index):
                return _column_keys(t, golden.get((pr.title, index[id(t)])))

            if p:
                story.append(PageBreak())
            story.append(para(pr.title, st["title"], truth.heading(p)))
            theme = ParagraphStyle("cf-theme-f", st["theme"], fontName=font_for(pr.theme, SANS))
            story.append(para(pr.theme, theme, rec, markup=_caps(pr.theme)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, keys_of(row), st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, keys_of(item), st, rec, FW, indent=INDENT)
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
