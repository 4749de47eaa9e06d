"""One more house style for the layout zoo (see zoo.py): a provincial council document,
its funding tables turned a quarter (held out: scored before the reader knew of it).

- ledger: the look of a Word document from a provincial government. Portrait A4, margins
          2.5 cm; a sans body (Helvetica, Arial's metrics) at 10pt, ragged right, 6pt after
          each paragraph. Running header "Regio Deal <name> - projecten" left and "Bijlage"
          right over a grey hairline, footer "Pagina N van M" at the right. A contents page
          (the transcription's heading) with numbered themes in bold and their projects
          indented under them ("1.2 Title"), leader dots to the page numbers. Projects flow
          on: a numbered theme heading ("2 Arbeidsmarkt & Talent", 14pt bold dark blue; a
          new page where less than 5 cm is left) before a theme's first project, numbered
          project headings ("2.3 Leonardo", 12pt bold dark blue), each field's label in
          bold on a line of its own above its paragraphs. Project notes as page footnotes
          under a short rule (a note whose mark is nowhere in the text goes with the
          project's last paragraph).
          Every funding table is drawn transposed, as a finance department does: one row per
          funding source, one column per cost line. The header row holds the table's label
          in its first cell, then each cost line's label (the transcription's Totaal line
          last, as transcribed), bold, wrapping in its cell. Then one row per funding
          column of the transcription, in its order, its first cell the column's header
          text; a header spanning several columns ("Publiek" over "Gem." and "Provincie")
          becomes a bold group row without amounts, its members following it indented 9pt
          (a member without a header text of its own gets an empty indented label). The
          transcription's Totaal column is a row where the transcription has it (first in
          most tables, last in some), set in bold, as is the Totaal cost-line column. Each
          cell holds the raw text of the transcribed cell (row = cost line, column =
          source). Thin grey rules under every row (a heavier one under the header), no
          vertical rules, amounts right aligned; the source column as wide as its words
          need (85-130pt), the cost-line columns sharing the rest equally. Tables with up
          to five cost-line columns in 8pt, wider ones in 7pt; tables with seven or more
          are set on a landscape page of their own (a landscape section in Word: a wide
          MediaBox, header and footer across it, the text continuing on a new portrait
          page). A table breaking over pages repeats its header row. Table footnotes
          in 7pt under the table. A table inside a field is drawn transposed when its
          header names funding sources (Rijk, Provincie, Privaat, ...), otherwise as
          transcribed (header lines on top, a group header centred over its columns) with
          the same rules. The transcription's page breaks inside tables fall between cost
          lines, which are columns here; they are not reproduced.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _TocLine, fields_with_notes
from .zoo_common import (build_until_stable, Doc, font_for, FootnoteSupport, is_total, meta,
                         page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
LW, LH = landscape(A4)

HEADING = colors.HexColor("#1F3864")  # Word's dark blue heading colour
RULE = colors.HexColor("#A6A6A6")
MUTED = colors.HexColor("#595959")

SANS, BOLD = "Helvetica", "Helvetica-Bold"
INDENT = 9  # a group member's indent in the source column
LANDSCAPE_FROM = 7  # cost-line columns from which a table gets a landscape page

# Header words that name a funding source: a table inside a field with one of these over
# a column is a funding table (years, periods or milestones are not).
_SOURCE = re.compile(r"(?i)^\s*(rijk|prov|gem|publiek|privaat|onderw|bedrijf|overig|regio|"
                     r"waterschap|werkgever|kennisinst)")


def _table_styles(size: float) -> dict:
    lead = size * 1.25
    return {
        "tlabel": ParagraphStyle(f"lg-tl{size}", fontName=BOLD, fontSize=size, leading=lead),
        "thead": ParagraphStyle(f"lg-th{size}", fontName=BOLD, fontSize=size, leading=lead,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle(f"lg-tg{size}", fontName=BOLD, fontSize=size, leading=lead,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle(f"lg-tb{size}", fontName=SANS, fontSize=size, leading=lead),
        "tbody_b": ParagraphStyle(f"lg-tbb{size}", fontName=BOLD, fontSize=size, leading=lead),
        "tamount": ParagraphStyle(f"lg-ta{size}", fontName=SANS, fontSize=size, leading=lead,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle(f"lg-tab{size}", fontName=BOLD, fontSize=size,
                                    leading=lead, alignment=TA_RIGHT),
        "tfoot": ParagraphStyle(f"lg-tf{size}", fontName=SANS, fontSize=7, leading=8.8,
                                spaceBefore=2),
    }


def _is_funding(t: source.Table) -> bool:
    return any(_SOURCE.match(h.text) for h in t.header_cells())


def _sources(t: source.Table) -> list[tuple[int, list[str], int | None]]:
    """The drawn body rows of funding table `t`: (indent depth, header texts, value
    column or None for a group row), one per value column in the transcription's order,
    a group row before the first column a spanning header covers."""
    placed = t.header_cells()
    out = []
    for col in range(1, t.columns + 1):
        over = sorted((h for h in placed if h.column <= col < h.column + h.columns),
                      key=lambda h: h.line)
        groups = [h for h in over if h.columns > 1]
        out += [(depth, [g.text], None) for depth, g in enumerate(groups) if g.column == col]
        out.append((len(groups), [h.text for h in over if h.columns == 1 and h.text], col))
    return out


def _transposed(t: source.Table, rec, width: float) -> list:
    """Funding table `t` drawn a quarter turned, its footnotes under it."""
    n = len(t.rows)  # cost lines become the value columns
    st = _table_styles(8.0 if n <= 5 else 7.0)
    size = st["tbody"].fontSize
    pad = 3
    sources = _sources(t)
    # The source column: as wide as its widest word (indent included), within 85-130pt.
    need = max([stringWidth(w, BOLD, size) + INDENT * depth
                for depth, texts, _ in sources for x in texts for w in x.split()] +
               [stringWidth(w, BOLD, size) for w in t.label.split()]) + 2 * pad + 2
    label_w = max(85.0, min(130.0, need))
    widths = [label_w] + [(width - label_w) / n] * n

    totals = [is_total(r[0]) for r in t.rows]
    rows = [[para(t.label, st["tlabel"], rec)] +
            [para(r[0], st["thead"], rec) for r in t.rows]]
    cmds = [("VALIGN", (0, 0), (-1, 0), "BOTTOM"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, RULE)]
    for depth, texts, col in sources:
        bold = col is None or any(is_total(x) for x in texts)
        base = st["tbody_b" if bold else "tbody"]
        style = ParagraphStyle(f"{base.name}-{depth}", base, leftIndent=INDENT * depth)
        row = [[para(x, style, rec) for x in texts] or ""]
        if col is None:  # a group row: its members carry the amounts
            row += [""] * n
        else:
            row += [para(r[col], st["tamount_b" if bold or tot else "tamount"], rec)
                    for r, tot in zip(t.rows, totals)]
        rows.append(row)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, 2))))  # no header left alone
    table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 8), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


def _as_transcribed(t: source.Table, rec, width: float) -> list:
    """A table that is not a funding table, its header lines on top, in the same rules."""
    st = _table_styles(8.0)
    pad = 3
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, -1), 0.4, RULE),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.9, RULE)]
    for h in placed:  # a thin rule under the columns a group header spans
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, RULE))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, width, st, pad),
                  repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


def render_ledger(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    margin, lmargin = 2.5 * cm, 2.0 * cm
    fw, lw = WIDTH - 2 * margin, LW - 2 * lmargin
    st = {
        "body": ParagraphStyle("lg-body", fontName=SANS, fontSize=10, leading=13,
                               spaceAfter=6),
        "label": ParagraphStyle("lg-label", fontName=BOLD, fontSize=10, leading=13,
                                spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "h1": ParagraphStyle("lg-h1", fontName=BOLD, fontSize=14, leading=18,
                             textColor=HEADING, spaceBefore=18, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("lg-h2", fontName=BOLD, fontSize=12, leading=15,
                             textColor=HEADING, spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "note": ParagraphStyle("lg-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": ParagraphStyle("lg-toch", fontName=BOLD, fontSize=16, leading=20,
                                textColor=HEADING, spaceAfter=14),
        "toc_theme": ParagraphStyle("lg-toct", fontName=BOLD, fontSize=10, leading=13),
        "toc": ParagraphStyle("lg-toc", fontName=SANS, fontSize=10, leading=13, leftIndent=18),
    }
    name_meta = meta(dossier, "ledger")
    running = name_meta["title"]
    # Themes numbered in order of first appearance.
    themes = {theme: k for k, theme in
              enumerate(dict.fromkeys(pr.theme for pr in dossier.projects), 1)}

    def once(info):
        truth = Truth(dossier, "ledger")
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=100)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin, rightMargin=margin,
                  topMargin=margin, bottomMargin=margin, **name_meta)

        def furniture(canv, w, h, m):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(MUTED)
            canv.setFont(font_for(running, SANS), 8)
            canv.drawString(m, h - 1.5 * cm, running)
            canv.drawRightString(w - m, h - 1.5 * cm, "Bijlage")
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(m, h - 1.65 * cm, w - m, h - 1.65 * cm)
            canv.drawRightString(w - m, 1.3 * cm,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        def end(canv, d):
            foot.draw(canv)

        doc.addPageTemplates([
            PageTemplate("portrait", [Frame(margin, margin, fw, HEIGHT - 2 * margin,
                                            leftPadding=0, rightPadding=0, topPadding=0,
                                            bottomPadding=0)],
                         onPage=lambda canv, d: furniture(canv, WIDTH, HEIGHT, margin),
                         onPageEnd=end, pagesize=A4),
            PageTemplate("landscape", [Frame(lmargin, lmargin, lw, LH - 2 * lmargin,
                                             leftPadding=0, rightPadding=0, topPadding=0,
                                             bottomPadding=0)],
                         onPage=lambda canv, d: furniture(canv, LW, LH, lmargin),
                         onPageEnd=end, pagesize=(LW, LH)),
        ])

        def table(t, rec):
            """A table's flowables; a wide funding table as a landscape section."""
            if not _is_funding(t):
                return _as_transcribed(t, rec, fw)
            if len(t.rows) < LANDSCAPE_FROM:
                return _transposed(t, rec, fw)
            return [NextPageTemplate("landscape"), PageBreak(), *_transposed(t, rec, lw),
                    NextPageTemplate("portrait"), PageBreak()]

        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme, counters = None, {}
        for p, pr in enumerate(dossier.projects):
            k = themes[pr.theme]
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [Spacer(0, 6), _TocLine(para(f"{k} {pr.theme}", st["toc_theme"]),
                                                 page_of(info, p), st["toc_theme"])]
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            story += [Spacer(0, 3), _TocLine(para(f"{k}.{counters[pr.theme]} {pr.title}",
                                                  st["toc"]), page_of(info, p), st["toc"])]
        story.append(PageBreak())

        counters = {}
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            if pr.theme not in counters:
                counters[pr.theme] = 0
                story += [CondPageBreak(5 * cm), para(f"{k} {pr.theme}", st["h1"])]
            counters[pr.theme] += 1
            story.append(para(f"{k}.{counters[pr.theme]} {pr.title}", st["h2"],
                              truth.heading(p)))
            story += fields_with_notes(pr, st, rec, foot, lambda t, _, rec=rec: table(t, rec))
        # A landscape section at the very end needs no section break after it.
        while isinstance(story[-1], (NextPageTemplate, PageBreak)):
            story.pop()
        doc.build(story)
        return truth

    return build_until_stable(once)
