"""One more house style for the layout zoo (see zoo.py): a ministry's "financieringsmatrix",
whose funding tables are drawn turned (held out: scored before the reader was tuned to it).

- matrix: the look of a ministry's financing overview. A4 landscape throughout, margins
          1.8 cm at the sides, 2.0 cm at the top, 1.8 cm at the foot. Running header in 7.5pt
          grey at the top left ("Regio Deal <name> | Financieringsmatrix projecten") over a
          0.4pt grey hairline across the page; footer "blz. N" in 8pt at the bottom right.
          The body in two columns of prose 0.8 cm apart (Liberation Serif, Times metrics;
          else DejaVu Serif, 9.5pt on 12.5pt, ragged right, 3pt after each paragraph); a
          field's label a bold serif heading in simulated small caps (capitals at 9.5pt,
          the lower-case letters as capitals at 80 %) on a line of its own, 7pt above it,
          its paragraphs under it. The prose between two tables runs in balanced columns
          (both columns about as long), so a table always stands under the text before it.
          A label goes to a column with at least two lines of its paragraph.
          The contents first, on a page of its own: the transcription's heading (16pt bold
          sans: Liberation Sans, else DejaVu Sans) and entries as its contents gives them,
          in a 17 cm block at the left, leader dots to the page numbers. Each project starts
          a new page: the theme in 10pt grey sans above the title in 16pt bold sans, across
          the page, then its fields in the columns. Project notes as endnotes at the end of
          the project, in the columns: "Noten" in the labels' small caps, each note in 8pt
          with its mark hanging.
          Every table spans the page (both columns): 8pt serif, thin 0.35pt grey rules
          between body rows and a 0.6pt rule under the last, no vertical rules, the header
          row bold over a 1pt rule, the table label bold in the top-left cell, amounts right
          aligned; the table's footnotes in 7.5pt directly under it. A table whose columns
          are funding sources (every investment table, and a table inside a field whose
          header names two or more sources besides Totaal) is drawn TURNED: its funding
          sources as rows, in the source's column order (Totaal first or last as there), and
          its cost lines as columns, in the source's row order (its Totaal row the last
          column), their labels as the bold right-aligned header, wrapped over several lines
          where long; the first column holds the source names. A header group ("Publiek"
          over two columns) becomes a row of its own with its label in italic and no
          amounts, its members' rows indented 10pt under it; a member the source leaves
          unnamed (a group over columns without labels of their own) is an indented row with
          no label; words the source prints in a body cell ("Gem.", "Prov.") stay in that
          cell, now under the cost line's column. The row of the source's Totaal column and
          the Totaal column are bold. A table whose columns are not funding sources (a
          milestone table Mijlpaal / Gereed / Trekker, a year table 2024 / 2025 / 2026) is
          drawn as the source has it, in the same rules, its group headers centred over
          their columns. A table breaking over pages repeats its header row(s); the
          transcription's page breaks inside investment tables are not reproduced (in a
          turned table they would fall between columns).
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate,
                                Spacer, Table, TableStyle)
from reportlab.platypus.flowables import BalancedColumns

from . import source
from .zoo_agency import _col_widths, _grid, _small_caps, _toc_text, _TocLine, end_notes
from .zoo_common import build_until_stable, Doc, dossier_name, is_total, meta, page_of, para, Truth
from .zoo_spreadsheet import _fonts as _sans_fonts
from .zoo_typeset import _fonts as _serif_fonts

WIDTH, HEIGHT = landscape(A4)
SIDE, TOP, BOTTOM = 1.8 * cm, 2.0 * cm, 1.8 * cm
FW = WIDTH - 2 * SIDE
GUTTER = 0.8 * cm
TOC_W = 17 * cm
INDENT = 10.0
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#707070")
RULE = colors.HexColor("#9A9A9A")

# Words that name a funding source at the start of a column header.
_SOURCE = re.compile(r"(?i)^(privaat|onderw|publiek|overig publiek|gem\b|gem\.|gemeente|provincie|"
                     r"prov\b|prov\.|rijk|regio|bedrijven|bedrijfsleven|werkgevers|"
                     r"kennisinstellingen|waterschap)")


def _leaves(t: source.Table) -> list[tuple[str, str | None]]:
    """Each value column's own label ("" where the source names only its group) and the
    label of the group it stands under (None at the top level)."""
    placed = t.header_cells()
    out = []
    for c in range(1, t.columns + 1):
        own = [h for h in placed if h.columns == 1 and h.column == c]
        group = [h for h in placed if h.columns > 1 and h.column <= c < h.column + h.columns]
        out.append((own[-1].text if own else "", group[-1].text if group else None))
    return out


def _turned(t: source.Table, investment: bool) -> bool:
    """Whether the house draws `t` turned: its columns are funding sources."""
    if investment:
        return True
    names = {text for own, group in _leaves(t) for text in (own, group) if text}
    return sum(bool(_SOURCE.match(n.strip())) for n in names) >= 2


def _rules(lines: int, body: int) -> list:
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.0, INK)]
    if body:
        if body > 1:
            cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.35, RULE))
        cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, INK))
    return cmds


def _turned_table(t: source.Table, st, rec) -> Table:
    """`t` with its funding sources as rows and its cost lines as columns."""
    costs = list(t.rows)
    total_col = bool(costs) and is_total(costs[-1][0])
    head = [para(t.label, st["tlabel"], rec)] + [para(r[0], st["thead"], rec) for r in costs]
    rows = [head]
    cmds = []
    last_group = None
    for c, (own, group) in enumerate(_leaves(t), start=1):
        if group is not None and group != last_group:
            rows.append([para(group, st["tgroup_row"], rec)] + [""] * len(costs))
        last_group = group
        bold = is_total(own)
        label = para(own, st["tbody_b" if bold else ("tbody_in" if group else "tbody")], rec)
        cells = []
        for k, r in enumerate(costs):
            strong = bold or (total_col and k == len(costs) - 1)
            cells.append(para(r[c], st["tamount_b" if strong else "tamount"], rec))
        rows.append([label] + cells)
    cmds += _rules(1, len(rows) - 1)
    label_w = max([stringWidth(w, st["tbody_b"].fontName, st["tbody_b"].fontSize)
                   for own, group in _leaves(t) for w in [own, group or ""]] +
                  [stringWidth(w, st["tlabel"].fontName, st["tlabel"].fontSize)
                   for w in t.label.split()]) + INDENT + 10
    label_w = min(max(label_w, 3.4 * cm), 5.5 * cm)
    widths = [label_w] + [(FW - label_w) / max(1, len(costs))] * len(costs)
    return Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds), hAlign="LEFT")


def _plain_table(t: source.Table, st, rec) -> Table:
    """`t` as the source has it, in the house's rules."""
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = _rules(lines, len(t.rows)) + [("SPAN", a, b) for a, b in spans]
    return Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, 4), repeatRows=lines,
                 style=TableStyle(cmds), hAlign="LEFT")


def _table(t: source.Table, st, rec, investment: bool) -> list:
    table = _turned_table(t, st, rec) if _turned(t, investment) else _plain_table(t, st, rec)
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 10)]


class _Headed(Flowable):
    """A label with the first lines of the paragraph under it: the balanced columns do not
    keep a label with the text after it, so the two go to a column together (the label
    moves on where fewer than two lines of its paragraph fit under it)."""

    def __init__(self, label, body):
        super().__init__()
        self.label, self.body = label, body

    def wrap(self, aW, aH):
        self.aW = aW
        self.lh = self.label.wrap(aW, aH)[1]
        self.gap = max(self.label.getSpaceAfter(), self.body.getSpaceBefore())
        self.bh = self.body.wrap(aW, aH)[1]
        return aW, self.lh + self.gap + self.bh

    def getSpaceBefore(self):
        return self.label.getSpaceBefore()

    def getSpaceAfter(self):
        return self.body.getSpaceAfter()

    def split(self, aW, aH):
        self.wrap(aW, aH)
        room = aH - self.lh - self.gap
        if room < 2 * self.body.style.leading:
            return []
        parts = self.body.split(aW, room)
        if len(parts) < 2:
            return []
        return [_Headed(self.label, parts[0]), *parts[1:]]

    def draw(self):
        self.label.drawOn(self.canv, 0, self.bh + self.gap)
        self.body.drawOn(self.canv, 0, 0)


def _columns(flowables: list) -> list:
    if not flowables:
        return []
    return [BalancedColumns(flowables, nCols=2, innerPadding=GUTTER, leftPadding=0,
                            rightPadding=0, topPadding=0, bottomPadding=0, spaceAfter=4)]


def render_matrix(dossier: source.Dossier, pdf_path) -> dict:
    f = _serif_fonts()
    serif, serif_b, serif_i = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]
    sans, sans_b = _sans_fonts()
    size = 9.5

    def style(name, font=serif, fs=size, leading=12.5, **kw):
        return ParagraphStyle(f"mx-{name}", fontName=font, fontSize=fs, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=3),
        "label": style("label", serif_b, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", sans, 10, 13, textColor=GREY, spaceAfter=2),
        "title": style("title", sans_b, 16, 20, spaceAfter=12),
        "toc_h": style("toch", sans_b, 16, 20, spaceAfter=14),
        "toc": style("toc", serif, 10, 13),
        "note": style("note", serif, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=2),
        "note_more": style("notem", serif, 8, 10, leftIndent=9, spaceAfter=2),
        "tlabel": style("tl", serif_b, 8, 10),
        "thead": style("th", serif_b, 8, 10, alignment=TA_RIGHT),
        "tgroup": style("tg", serif_b, 8, 10, alignment=TA_CENTER),
        "tgroup_row": style("tgr", serif_i, 8, 10),
        "tbody": style("tb", serif, 8, 10), "tbody_b": style("tbb", serif_b, 8, 10),
        "tbody_in": style("tbi", serif, 8, 10, leftIndent=INDENT),
        "tamount": style("ta", serif, 8, 10, alignment=TA_RIGHT),
        "tamount_b": style("tab", serif_b, 8, 10, alignment=TA_RIGHT),
        "tfoot": style("tf", serif, 7.5, 9.5, spaceBefore=3),
    }
    name = dossier_name(dossier)
    running = f"Regio Deal {name} | Financieringsmatrix projecten".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "matrix")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=SIDE,
                  rightMargin=SIDE, topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "matrix"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 7.5)
            canv.drawString(SIDE, HEIGHT - 1.2 * cm, running)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(SIDE, HEIGHT - 1.2 * cm - 4, WIDTH - SIDE, HEIGHT - 1.2 * cm - 4)
            canv.setFillColor(INK)
            canv.setFont(serif, 8)
            canv.drawRightString(WIDTH - SIDE, 1.0 * cm, f"blz. {canv.getPageNumber()}")
            canv.restoreState()

        def frame(width, name):  # named: the balanced columns come back to it by name
            return Frame(SIDE, BOTTOM, width, HEIGHT - TOP - BOTTOM, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0, id=name)

        doc.addPageTemplates([PageTemplate("toc", [frame(TOC_W, "toc")], onPage=furniture),
                              PageTemplate("page", [frame(FW, "text")], onPage=furniture)])

        story = [para(dossier.toc_heading, st["toc_h"])]
        for p in range(len(dossier.projects)):
            story += [_TocLine(para(_toc_text(dossier, p), st["toc"]), page_of(info, p),
                               st["toc"]), Spacer(0, 5)]
        story.append(NextPageTemplate("page"))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            prose: list = []
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _columns(prose) + _table(row, st, rec, investment=True)
                    prose = []
                    continue
                label = para("", st["label"], rec, markup=_small_caps(row.label, size))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _columns(prose + ([label] if label else [])) + \
                            _table(item, st, rec, investment=False)
                        prose, label = [], None
                    elif label:
                        prose.append(_Headed(label, para(item, st["body"], rec)))
                        label = None
                    else:
                        prose.append(para(item, st["body"], rec))
                if label:
                    prose.append(label)
            if pr.notes:
                notes = end_notes(pr.notes, st, rec)
                prose += [_Headed(para("", st["label"], rec, markup=_small_caps("Noten", size)),
                                  notes[0]), *notes[1:]]
            story += _columns(prose)
        doc.build(story)
        return truth

    return build_until_stable(once)
