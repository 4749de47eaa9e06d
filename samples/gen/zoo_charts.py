"""One more house style for the layout zoo (see zoo.py), held out: a communication agency's
"projectenboek" in which every project's funding is illustrated with charts drawn next to
and under the tables (infographics: text in the drawing, not in the text flow).

- charts: A4 portrait, margins 2 cm all round (a 17 cm text column). Helvetica body 10pt
          on 13pt, ragged right, 4pt after each paragraph. Each project opens a new page
          with a HEADER BLOCK across the column: on the left (45%) the project's THEME in
          9pt orange on a line of its own, the title in 16pt Helvetica-Bold (navy) under it;
          on the right (55%), beside the title, a horizontal BAR CHART headed "Investering
          per kostenpost" (8pt bold): one bar per body row of the project's first investment
          table (a table in the project's own rows whose header has a column "Totaal..."; the
          Totaal row itself only where the table has no other body row), the row label left
          of its bar in 7pt grey (cut to 30 characters with "…"), bars in steel blue scaled
          to the largest amount, the row's Totaal cell at the bar's end exactly as the table
          prints it ("2.000.000", "€ 2,4 mln.", "-" with no bar). A thin navy rule under the
          block. Fields as a bold 10pt label on a line of its own, the field's paragraphs
          under it. Project notes at the end of the project in 8pt, the mark first.
          FUNDING TABLES across the column, 8.5pt: the header line(s) on a navy fill in
          white bold type (the table's label over the row-label column, a group header
          centred over its members, single headers right-aligned); thin (0.4pt) light grey
          horizontal rules between the body rows, a 0.8pt navy rule under the last row, no
          vertical rules; amounts right-aligned exactly as transcribed (marks included:
          "7.500.000*"); the Totaal row bold. Header lines repeated where a table breaks over
          a page. Table footnotes under the table in 8pt.
          DONUT CHART under each investment table (a table in the project's own rows) that
          has a Totaal row with an amount in its Totaal column: a ring (inner radius half
          the outer) of the Totaal row's non-zero funding sources (every value column but
          the Totaal column; nils, empty cells and words left out), clockwise from 12
          o'clock in the order of the columns, each with a label around the ring "<source>
          <p>%" (7.5pt: the source's own header, "(1)", "(2)" added where a group header
          without sub-headers stands over several; p the amount's share of the Totaal cell,
          rounded half up to whole percents; labels of small neighbouring slices pushed apart
          vertically), and to the right of the ring a LEGEND BOX
          (thin grey border, heading "Financiering naar bron") listing each source with a
          small coloured square, its name and its amount right-aligned as the table prints
          it ("Rijk   1.500.000"). Tables inside a field get no chart.
          Footer on every page: "Regio Deal <Name> · Projectenboek" left and the page
          number right, 8pt grey, over a thin grey rule.

The charts' labels, values and legends are no cells or fields of the transcription: the
truth record is the plain one (every golden cell is printed as transcribed, no "raw").
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from reportlab.graphics.shapes import Drawing, Line, Rect, String, Wedge
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, para, register_fonts
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
NAVY = colors.HexColor("#1F3A5F")
ORANGE = colors.HexColor("#E07A1F")
STEEL = colors.HexColor("#4F81BD")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#C4C4C4")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
TSIZE = 8.5
PAD = 3.0
# Slice colours in the agency's palette, in column order.
PALETTE = [colors.HexColor(c) for c in
           ("#1F3A5F", "#E07A1F", "#4F81BD", "#9BBB59", "#8064A2", "#4BACC6", "#C0504D",
            "#F2C314", "#7F7F7F")]


def _styles() -> dict:
    def t(name, font, align, colour=colors.black):
        return ParagraphStyle(f"ch-{name}", fontName=font, fontSize=TSIZE, leading=TSIZE * 1.22,
                              alignment=align, textColor=colour)

    return {
        "theme": ParagraphStyle("ch-theme", fontName=SANS, fontSize=9, leading=11,
                                textColor=ORANGE, spaceAfter=3),
        "title": ParagraphStyle("ch-title", fontName=BOLD, fontSize=16, leading=19.5,
                                textColor=NAVY),
        "label": ParagraphStyle("ch-label", fontName=BOLD, fontSize=10, leading=13,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("ch-body", fontName=SANS, fontSize=10, leading=13, spaceAfter=4),
        "tfoot": ParagraphStyle("ch-tf", fontName=SANS, fontSize=8, leading=10, spaceBefore=2),
        "note": ParagraphStyle("ch-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("ch-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
        "tlabel": t("tl", BOLD, TA_LEFT, colors.white),
        "thead": t("th", BOLD, TA_RIGHT, colors.white),
        "tgroup": t("tg", BOLD, TA_CENTER, colors.white),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
    }


# --- what the charts show ---------------------------------------------------------


def _total_column(t: source.Table) -> int | None:
    """1-based value column headed "Totaal..." (a one-column header cell), or None."""
    for h in t.header_cells():
        if h.columns == 1 and is_total(h.text):
            return h.column
    return None


def _column_names(t: source.Table) -> dict[int, str]:
    """Each value column's own name: its lowest one-column header, else the group header
    over it with "(1)", "(2)" ... where that group stands over several columns."""
    names: dict[int, tuple[int, str]] = {}
    for h in t.header_cells():
        for k, c in enumerate(range(h.column, h.column + h.columns)):
            text = h.text if h.columns == 1 else f"{h.text} ({k + 1})"
            rank = (1 if h.columns == 1 else 0, h.line)
            if c not in names or rank > names[c][0]:
                names[c] = (rank, text)
    return {c: text for c, (_, text) in names.items()}


def _cells(row, n):
    return list(row[1:]) + [""] * (n + 1 - len(row))


def pie_sources(t: source.Table):
    """(total text, [(name, amount text, value)]) of the table's Totaal row, or None where the
    table has no Totaal column, no Totaal row or no amount in the Totaal row's Totaal cell."""
    tot = _total_column(t)
    if tot is None:
        return None
    row = next((r for r in t.rows if is_total(r[0])), None)
    if row is None:
        return None
    cells = _cells(row, t.columns)
    total = amount(cells[tot - 1])
    if total is None or total <= 0:
        return None
    names = _column_names(t)
    out = []
    for c, text in enumerate(cells, start=1):
        v = amount(text) if c != tot else None
        if v is not None and v > 0:
            out.append((names.get(c, f"Kolom {c}"), text.strip(), v))
    return (cells[tot - 1], total, out) if out else None


def bar_rows(project: source.Project):
    """[(label, Totaal text, value or None)] of the project's first investment table with a
    Totaal column: its body rows but the Totaal row (that row where there is no other)."""
    t = next((r for r in project.rows
              if isinstance(r, source.Table) and _total_column(r) is not None), None)
    if t is None:
        return []
    tot = _total_column(t)
    rows = [r for r in t.rows if not is_total(r[0])] or list(t.rows)
    out = []
    for r in rows:
        text = _cells(r, t.columns)[tot - 1].strip()
        out.append((r[0], text, amount(text)))
    return out


def percent(v: Decimal, total: Decimal) -> str:
    return f"{(v * 100 / total).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"


def _cut(text: str, n: int = 30) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _string(x, y, text, font, size, colour=colors.black, anchor="start"):
    return String(x, y, text, fontName=font_for(text, font), fontSize=size, fillColor=colour,
                  textAnchor=anchor)


# --- the charts -------------------------------------------------------------------


def bar_chart(rows, width) -> Drawing | None:
    if not rows:
        return None
    size, bar_h, step = 7.0, 8.0, 12.0
    label_w = min(118.0, max(stringWidth(_cut(r[0]), SANS, size) for r in rows) + 6)
    value_w = max(stringWidth(r[1], SANS, size) for r in rows) + 6
    bar_w = max(40.0, width - label_w - value_w)
    height = 16 + step * len(rows) + 2
    d = Drawing(width, height)
    d.add(_string(0, height - 9, "Investering per kostenpost", BOLD, 8, NAVY))
    top = max((v for _, _, v in rows if v), default=None)
    y = height - 16 - step
    for label, text, v in rows:
        d.add(_string(label_w - 5, y + 2, _cut(label), SANS, size, GREY, anchor="end"))
        length = float(v / top) * bar_w if v and top and v > 0 else 0.0
        if length > 0:
            d.add(Rect(label_w, y, length, bar_h, fillColor=STEEL, strokeColor=None))
        d.add(_string(label_w + length + 3, y + 2, text, SANS, size))
        y -= step
    d.add(Line(label_w, height - 16 + 1, label_w, y + step - 2, strokeColor=GREY,
               strokeWidth=0.5))
    return d


def donut_chart(sources, total, width) -> Drawing:
    r, ri, size = 46.0, 23.0, 7.5
    legend_rows = len(sources)
    legend_h = 20 + 11 * legend_rows + 6
    height = max(2 * r + 44, legend_h + 10)
    cx = 20 + max(stringWidth(f"{n} {percent(v, total)}", SANS, size) for n, _, v in sources) + 12
    cx = max(cx, r + 60)
    cy = height / 2
    d = Drawing(width, height)
    whole = sum((v for _, _, v in sources), Decimal(0))
    start = 90.0
    labels = []
    for k, (name, _, v) in enumerate(sources):
        sweep = float(v / whole) * 360.0
        end = start - sweep
        colour = PALETTE[k % len(PALETTE)]
        if sweep >= 359.99:
            d.add(Wedge(cx, cy, r, 0, 359.999, radius1=ri, fillColor=colour,
                        strokeColor=colors.white, strokeWidth=0.8))
        else:
            d.add(Wedge(cx, cy, r, end, start, radius1=ri, fillColor=colour,
                        strokeColor=colors.white, strokeWidth=0.8))
        mid = math.radians((start + end) / 2)
        labels.append([math.cos(mid), cy + (r + 10) * math.sin(mid), f"{name} {percent(v, total)}"])
        start = end
    # Labels around the ring, pushed apart where neighbours would overlap.
    for side in (1, -1):
        group = sorted((lab for lab in labels if (lab[0] >= 0) == (side > 0)), key=lambda lab: -lab[1])
        for a, b in zip(group, group[1:]):
            if a[1] - b[1] < 9:
                b[1] = a[1] - 9
        for lab in group:
            dy = max(-1.0, min(1.0, (lab[1] - cy) / (r + 10)))
            dx = math.sqrt(max(0.0, 1 - dy * dy)) * (r + 10)
            x = cx + dx if side > 0 else cx - dx
            d.add(_string(x + 3 * side, lab[1] - 2.5, lab[2], SANS, size, colors.black,
                          anchor="start" if side > 0 else "end"))
    # The legend box right of the ring.
    right = [stringWidth(lab[2], SANS, size) for lab in labels if lab[0] >= 0]
    lx = max(cx + r + 16 + max(right, default=0.0), cx + r + 90)
    name_w = max(stringWidth(n, SANS, size) for n, _, _ in sources)
    value_w = max(stringWidth(t, SANS, size) for _, t, _ in sources)
    box_w = max(14 + name_w + 14 + value_w + 8, stringWidth("Financiering naar bron", BOLD, 8) + 16)
    lx = min(lx, width - box_w - 1)
    top = cy + legend_h / 2
    d.add(Rect(lx, top - legend_h, box_w, legend_h, fillColor=None, strokeColor=RULE,
               strokeWidth=0.6))
    d.add(_string(lx + 7, top - 13, "Financiering naar bron", BOLD, 8, NAVY))
    y = top - 27
    for k, (name, text, _) in enumerate(sources):
        d.add(Rect(lx + 7, y, 7, 7, fillColor=PALETTE[k % len(PALETTE)], strokeColor=None))
        d.add(_string(lx + 19, y + 0.5, name, SANS, size))
        d.add(_string(lx + box_w - 7, y + 0.5, text, SANS, size, anchor="end"))
        y -= 11
    return d


class _Rule(Flowable):
    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 12

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(NAVY)
        c.setLineWidth(0.8)
        c.line(0, 6, self.aW, 6)
        c.restoreState()


# --- tables and the page ----------------------------------------------------------


def funding_table(t: source.Table, st, rec, investment: bool) -> list:
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), NAVY),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, lines), (-1, -2), 0.4, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, NAVY)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.36)
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    if investment:
        pie = pie_sources(t)
        if pie:
            _, total, sources = pie
            out += [Spacer(0, 8), donut_chart(sources, total, FW)]
    return out + [Spacer(0, 6)]


def render_charts(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} · Projectenboek".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "charts")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "charts"))

        def on_page(canv, d):
            canv.saveState()
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, 1.5 * cm, WIDTH - MARGIN, 1.5 * cm)
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, SANS), 8)
            canv.drawString(MARGIN, 1.1 * cm, footer)
            canv.drawRightString(WIDTH - MARGIN, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            left_w = FW * 0.45
            head = [para(pr.theme, st["theme"], truth.heading(p)),
                    para(pr.title, st["title"], truth.heading(p))]
            chart = bar_chart(bar_rows(pr), FW - left_w - 12)
            story.append(Table([[head, chart or ""]], colWidths=[left_w, FW - left_w],
                               hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (0, 0), 12),
                                   ("LEFTPADDING", (1, 0), (1, 0), 12),
                                   ("RIGHTPADDING", (1, 0), (1, 0), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 0)])))
            story.append(_Rule())
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += funding_table(row, st, rec, investment=True)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += funding_table(item, st, rec, investment=False)
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
