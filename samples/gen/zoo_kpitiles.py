"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a programme
office exports its Power BI (or Canva) PROJECT DASHBOARD to PDF: KPI tiles, a donut chart and
text boxes on a grey report canvas, the funding table as a "matrix visual".

- kpitiles: A4 LANDSCAPE throughout (841.9 x 595.3 pt). Every page is first filled with the
          report canvas colour, a light warm grey (#F3F2F1), edge to edge; margins 1.4 cm at
          the sides, 1.2 cm top, 1.3 cm bottom. Helvetica (Segoe UI's stand-in; DejaVu Sans
          for a text with a character it lacks) throughout. On every page at the top right,
          7pt grey: "Regio Deal <Name> · Projectdashboard" over "Gegevens bijgewerkt:
          14-03-2026"; at the bottom left the report page's name ("Overzicht" on a project's
          first page and its text pages, "Financiën" on the table pages) and at the bottom
          right "Pagina N van M", 7pt grey.
          Each project OPENS A NEW PAGE: the theme in 8pt teal (#118DFF) capitals,
          letter-spaced (1pt), under it the title in 17pt bold dark grey (#252423) across
          the page (a long title wraps). Under the title the DASHBOARD BAND, 108pt high:
          at the left a ROW OF FOUR KPI TILES (rounded rectangles, radius 6pt, 7pt apart,
          together 60 % of the width), each filled in its own colour (dark blue #12239E,
          teal #118DFF, orange #E66C37, purple #6B007B) and holding, centred, a BIG NUMBER in
          white 19pt bold and under it its caption in white simulated small caps (7pt
          capitals, 5.6pt for the lower-case letters): "€ 6,0 mln" / "Totale investering",
          "€ 1,5 mln" / "Bijdrage Rijk", "25%" / "Aandeel Rijk", "4" / "Financieringsbronnen".
          The figures restate the project's FIRST FUNDING TABLE (its cell list's columns
          hold a Totaal and a source): its Totaal row's Totaal and Rijk cells (the sums of
          the cost lines where the table has no Totaal row; the sum of the row's sources
          where its Totaal cell holds nothing), money as "€ x,y mln" (one decimal) from a
          million on and "€ 840.000" under it; the share rounded half up; the count of the
          sources with an amount above nil. At the right (the rest of the width, 10pt on)
          a DONUT CARD: a white rounded card headed "Financiering naar bron" (8pt bold), a
          ring (outer radius 40pt, inner 22pt, drawn as vector wedges, white 1pt seams)
          of the Totaal row's sources above nil, clockwise from 12 o'clock in column order,
          each slice's share "25%" in white 6.5pt inside it (slices of 8 % or more), and
          right of the ring a LEGEND: a coloured dot, the source's header ("Publiek (1)"
          where a group header stands over several columns without sub-headers) and its
          amount right-aligned, "€ 1.500.000". A project with no funding table has no band.
          TEXT BOXES: the fields before the funding table in TWO COLUMNS (each 49 % of the
          width, 14pt gutter) under the band, on later pages under the page's top, filling
          the left column, then the right, then the next page: each field a WHITE BOX with no
          border (its top corners rounded), 8pt padding, the label in 9pt bold dark blue
          (#12239E) as the box's title, the paragraphs in 8.5pt on 11.5pt dark grey, 3pt
          apart, ragged right; a list item hangs on its marker. A box split by a column or
          page end goes on at the top of the next column as a plain white box (no label
          repeated). Boxes 8pt apart (the canvas grey between them). A table inside a field
          stands in the field's box in the matrix style below, at the column's width.
          THE MATRIX VISUAL: the funding table (the transcription's own rows, placed where it
          stands) OPENS A NEW PAGE ("Financiën") across the full width in a white card: a
          9pt bold heading "Kosten en financiering" over the table; 8pt; HEADER LINES in
          white bold on a dark fill (#252423), the table's label at the left, a group header
          centred over its columns, single headers right-aligned; ZEBRA ROWS (white and
          #F3F2F1 by turns, the first body row white), NO RULES ANYWHERE; row labels left,
          amounts right-aligned exactly as transcribed; the Totaal row bold. A GROUP header
          spanning several columns (Publiek over Gem. and Provincie) gets one more column
          under it after its members, headed "Subtotaal", holding the sum of the members'
          amounts in that row, written like them ("1.000.000"; "x,y mln." where a member
          writes millions, "€ " before it where a member has one; "-" for nothing; empty
          where a member holds words): the matrix visual's column subtotal. Header lines
          repeated where the table breaks over a page. Table footnotes under it in 7.5pt
          grey. Fields after the funding table follow it, 10pt under the card, as text
          boxes in the LEFT grid column only (the right one stays empty), and so do the
          project's notes (7.5pt, the mark first) in a last box without a title.

The tiles, the donut, its labels and legend and the Subtotaal columns restate the table: they
are no cells or fields of the transcription. Every golden cell is printed as transcribed in
the transcription's column and row order (the Subtotaal column stands between them): the
truth record is the plain one (no "raw").
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Frame,
    FrameBreak,
    Indenter,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_begroting import with_thousand_dots
from .zoo_budget import _column_keys
from .zoo_charts import _column_names
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    cell_values,
    decimal_comma,
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

WIDTH, HEIGHT = landscape(A4)
SIDE, TOP, FOOT = 1.4 * cm, 1.2 * cm, 1.3 * cm
FW = WIDTH - 2 * SIDE
GUTTER = 14.0
COLW = (FW - GUTTER) / 2
BAND = 108.0
CANVAS = colors.HexColor("#F3F2F1")
DARK = colors.HexColor("#252423")
BLUE = colors.HexColor("#12239E")
TEAL = colors.HexColor("#118DFF")
GREY = colors.HexColor("#605E5C")
TILE_COLOURS = [colors.HexColor(c) for c in ("#12239E", "#118DFF", "#E66C37", "#6B007B")]
PALETTE = [colors.HexColor(c) for c in ("#118DFF", "#12239E", "#E66C37", "#6B007B", "#E044A7",
                                        "#744EC2", "#D9B300", "#D64550", "#197278")]
SANS, BOLD = "Helvetica", "Helvetica-Bold"
PAD = 8.0
TSIZE = 8.0


def _styles() -> dict:
    def s(name, font=SANS, size=8.5, leading=11.5, colour=DARK, **kw):
        return ParagraphStyle(f"kp-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=colour, **kw)

    return {
        "theme": s("theme", BOLD, 8, 10, TEAL),
        "title": s("title", BOLD, 17, 20.5, DARK, spaceBefore=2, spaceAfter=8),
        "label": s("label", BOLD, 9, 11.5, BLUE),
        "body": s("body"),
        "item": s("item", leftIndent=11, bulletIndent=0),
        "card": s("card", BOLD, 9, 11.5, DARK),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, GREY),
        "note": s("note", SANS, 7.5, 9.5, GREY),
        "tlabel": s("tl", BOLD, TSIZE, TSIZE * 1.25, colors.white, alignment=TA_LEFT),
        "thead": s("th", BOLD, TSIZE, TSIZE * 1.25, colors.white, alignment=TA_RIGHT),
        "tgroup": s("tg", BOLD, TSIZE, TSIZE * 1.25, colors.white, alignment=TA_CENTER),
        "tbody": s("tb", SANS, TSIZE, TSIZE * 1.25, DARK, alignment=TA_LEFT),
        "tbody_b": s("tbb", BOLD, TSIZE, TSIZE * 1.25, DARK, alignment=TA_LEFT),
        "tamount": s("ta", SANS, TSIZE, TSIZE * 1.25, DARK, alignment=TA_RIGHT),
        "tamount_b": s("tab", BOLD, TSIZE, TSIZE * 1.25, DARK, alignment=TA_RIGHT),
    }


# --- the figures ------------------------------------------------------------------------


def _money(v: Decimal) -> str:
    if v >= 1_000_000:
        return f"€ {(v / 1_000_000).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}".replace(".", ",") + " mln"
    return f"€ {with_thousand_dots(int(v))}"


def _figures(pr: source.Project, keys_of, values):
    """(tiles [(number, caption)], donut sources [(name, value)]) of the project's first funding
    table, or None."""
    for index, t in enumerate(tables_of(pr)):
        keys = keys_of.get((pr.title, index))
        if is_funding(keys):
            break
    else:
        return None
    tot = keys.index("totaal")
    names = _column_names(t)
    row_no = max((i for i, r in enumerate(t.rows) if is_total(r[0])), default=None)
    rows = [row_no] if row_no is not None else [i for i in range(len(t.rows))]

    def value(j):
        vs = [values.get((pr.title, index, i, keys[j])) for i in rows]
        return sum((v for v in vs if v is not None), Decimal(0))

    sources = [(names.get(j + 1, keys[j]), value(j)) for j in range(len(keys)) if j != tot]
    sources = [(n, v) for n, v in sources if v > 0]
    total = value(tot) or sum((v for _, v in sources), Decimal(0))
    rijk = value(keys.index("rijk")) if "rijk" in keys else Decimal(0)
    share = (rijk * 100 / total).quantize(Decimal(1), rounding=ROUND_HALF_UP) if total else Decimal(0)
    tiles = [(_money(total), "Totale investering"), (_money(rijk), "Bijdrage Rijk"),
             (f"{share}%", "Aandeel Rijk"), (str(len(sources)), "Financieringsbronnen")]
    return tiles, sources


def _small_caps(canv, x_centre, y, text, size):
    """Centred simulated small caps: capitals at `size`, lower case as capitals at 80 %."""
    parts, width = [], 0.0
    for ch in text:
        up = ch.upper()
        sz = size if (ch == up and not ch.islower()) else size * 0.8
        w = stringWidth(up, BOLD, sz)
        parts.append((up, sz, w))
        width += w + 0.4
    x = x_centre - width / 2
    for up, sz, w in parts:
        canv.setFont(BOLD, sz)
        canv.drawString(x, y, up)
        x += w + 0.4


class Band(Flowable):
    """The KPI tiles and the donut card, 108pt high across the frame."""

    def __init__(self, tiles, sources):
        super().__init__()
        self.tiles, self.sources = tiles, sources

    def wrap(self, aW, aH):
        self.width = aW
        return aW, BAND + 10

    def draw(self):
        c = self.canv
        c.saveState()
        y0 = 10
        tw = self.width * 0.60
        gap = 7.0
        w = (tw - 3 * gap) / 4
        for k, (number, caption) in enumerate(self.tiles):
            x = k * (w + gap)
            c.setFillColor(TILE_COLOURS[k])
            c.roundRect(x, y0, w, BAND, 6, stroke=0, fill=1)
            c.setFillColor(colors.white)
            size = 19.0
            while stringWidth(number, BOLD, size) > w - 12 and size > 10:
                size -= 0.5
            c.setFont(BOLD, size)
            c.drawCentredString(x + w / 2, y0 + BAND / 2 + 2, number)
            _small_caps(c, x + w / 2, y0 + BAND / 2 - 16, caption, 7)
        # The donut card.
        cx0 = tw + 10
        cw = self.width - cx0
        c.setFillColor(colors.white)
        c.roundRect(cx0, y0, cw, BAND, 6, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont(BOLD, 8)
        c.drawString(cx0 + 10, y0 + BAND - 14, "Financiering naar bron")
        r, ri = 40.0, 22.0
        ox, oy = cx0 + 14 + r, y0 + (BAND - 14) / 2
        whole = sum((v for _, v in self.sources), Decimal(0))
        start = 90.0
        for k, (name, v) in enumerate(self.sources):
            sweep = float(v / whole) * 360.0
            colour = PALETTE[k % len(PALETTE)]
            c.setFillColor(colour)
            c.setStrokeColor(colors.white)
            c.setLineWidth(1)
            p = c.beginPath()
            steps = max(2, int(sweep / 4) + 1)
            for i in range(steps + 1):
                a = math.radians(start - sweep * i / steps)
                (p.moveTo if i == 0 else p.lineTo)(ox + r * math.cos(a), oy + r * math.sin(a))
            for i in range(steps, -1, -1):
                a = math.radians(start - sweep * i / steps)
                p.lineTo(ox + ri * math.cos(a), oy + ri * math.sin(a))
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            if whole and v * 100 / whole >= 8:
                mid = math.radians(start - sweep / 2)
                rm = (r + ri) / 2
                c.setFillColor(colors.white)
                c.setFont(BOLD, 6.5)
                c.drawCentredString(ox + rm * math.cos(mid), oy + rm * math.sin(mid) - 2.3,
                                    f"{(v * 100 / whole).quantize(Decimal(1), rounding=ROUND_HALF_UP)}%")
            start -= sweep
        lx = ox + r + 16
        rx = cx0 + cw - 10
        step = min(11.0, (BAND - 26) / max(1, len(self.sources)))
        y = y0 + BAND - 28
        for k, (name, v) in enumerate(self.sources):
            c.setFillColor(PALETTE[k % len(PALETTE)])
            c.circle(lx + 3, y + 2.5, 3, stroke=0, fill=1)
            c.setFillColor(DARK)
            c.setFont(font_for(name, SANS), 7.5)
            c.drawString(lx + 10, y, name)
            c.drawRightString(rx, y, f"€ {with_thousand_dots(int(v))}")
            y -= step
        c.restoreState()


class Box(Flowable):
    """A piece of a white text box: the inner flowable with padding on a white fill; the
    piece that opens the box has rounded top corners."""

    def __init__(self, inner, top=False, bottom=False, first=True):
        super().__init__()
        self.inner, self.top, self.bottom, self.first = inner, top, bottom, first

    def _pads(self):
        return (PAD if self.top else 0), (PAD if self.bottom else 3)

    def wrap(self, aW, aH):
        pt, pb = self._pads()
        self.width = aW
        w, h = self.inner.wrap(aW - 2 * PAD, aH - pt - pb)
        self.ih = h
        self.height = h + pt + pb
        return aW, self.height

    def split(self, aW, aH):
        pt, pb = self._pads()
        parts = self.inner.split(aW - 2 * PAD, aH - pt - 3)
        if not parts:
            return []
        out = [Box(q, top=self.top and k == 0, bottom=self.bottom and k == len(parts) - 1)
               for k, q in enumerate(parts)]
        return out

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(colors.white)
        if self.top:
            c.roundRect(0, 0, self.width, self.height, 5, stroke=0, fill=1)
            c.rect(0, 0, self.width, min(self.height, 6), stroke=0, fill=1)
        else:
            c.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        c.restoreState()
        pt, pb = self._pads()
        self.inner.drawOn(c, PAD, pb)


def _groups(t: source.Table):
    """[(first column, last column)] (1-based) of the header cells spanning several columns."""
    return [(h.column, h.column + h.columns - 1) for h in t.header_cells() if h.columns > 1]


def _subtotal(texts: list[str], vals: list) -> str:
    kinds = []
    for text, v in zip(texts, vals):
        body = text.strip().rstrip("*")
        if v is None and body not in ("", "-", ".-"):
            return ""
        kinds.append(body)
    total = sum((v for v in vals if v is not None), Decimal(0))
    if total == 0:
        return "-"
    if any("mln" in b for b in kinds):
        text = f"{decimal_comma(total / 1_000_000, 3) or with_thousand_dots(int(total))} mln."
    else:
        text = with_thousand_dots(int(total))
    return f"€ {text}" if any(b.startswith("€") for b in kinds) else text


def matrix(t: source.Table, st, rec, width, pr, index, keys, values) -> list:
    """The table as a matrix visual: dark header, zebra rows, no rules, Subtotaal columns."""
    n, lines = t.columns, len(t.header)
    groups = _groups(t)
    # Printed columns: 0 the label, then value columns with a subtotal after each group.
    cols: list = []  # ("v", j) value column j (1-based) or ("s", (a, b)) subtotal of a group
    for j in range(1, n + 1):
        cols.append(("v", j))
        for a, b in groups:
            if j == b:
                cols.append(("s", (a, b)))
    pos = {("v", j): k + 1 for k, (kind, j) in enumerate(cols) if kind == "v"}
    spos = {g: k + 1 for k, (kind, g) in enumerate(cols) if kind == "s"}
    hl = max(lines, 2) if groups else lines
    m = len(cols) + 1
    rows = [[""] * m for _ in range(hl)]
    spans = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if hl > 1:
        spans.append(((0, 0), (0, hl - 1)))
    for h in t.header_cells():
        a = pos[("v", h.column)]
        b = pos[("v", h.column + h.columns - 1)]
        if h.columns > 1:
            b = spos[(h.column, h.column + h.columns - 1)]
        rows[h.line][a] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        last_line = h.line + h.lines - 1
        if h.columns == 1 and h.line + h.lines == lines and lines < hl:
            last_line = hl - 1
        if (a, h.line) != (b, last_line):
            spans.append(((a, h.line), (b, last_line)))
    for g, k in spos.items():
        rows[hl - 1][k] = para("Subtotaal", st["thead"], rec)
    bold_rows = []
    for i, body in enumerate(t.rows):
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n - len(body) + 1)
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for kind, j in cols:
            if kind == "v":
                row.append(para(cells[j - 1], st["tamount_b" if bold else "tamount"], rec))
            else:
                a, b = j
                texts = cells[a - 1:b]
                vals = [values.get((pr.title, index, i, keys[c - 1])) if keys else None for c in range(a, b + 1)]
                row.append(para(_subtotal(texts, vals), st["tamount_b" if bold else "tamount"], rec))
        if bold:
            bold_rows.append(len(rows))
        rows.append(row)
    # Widths: values as their widest text needs (a group header aside), the label the rest
    # (at least 30 %).
    need = [0.0] * m
    for r in rows:
        for k, cell in enumerate(r):
            if k and cell and cell.style.alignment != TA_CENTER:
                need[k] = max(need[k], stringWidth(cell._text or "", BOLD, TSIZE) + 10)
    vals_w = [max(w, 34.0) for w in need[1:]]
    if width * 0.30 + sum(vals_w) > width:
        k = width * 0.70 / sum(vals_w)
        vals_w = [w * k for w in vals_w]
    widths = [width - sum(vals_w)] + vals_w
    cmds = [("BACKGROUND", (0, 0), (-1, hl - 1), DARK),
            ("VALIGN", (0, 0), (-1, hl - 1), "BOTTOM"), ("VALIGN", (0, hl), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("BACKGROUND", (0, r), (-1, r), CANVAS) for r in range(hl, len(rows)) if (r - hl) % 2 == 1]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, hl))))
    out: list = [Table(rows, colWidths=widths, repeatRows=hl, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


class _Title(Flowable):
    """The theme line in letter-spaced capitals (text drawn, recorded as the heading)."""

    def __init__(self, text, rec):
        super().__init__()
        self.text, self.rec = text.upper(), rec

    def wrap(self, aW, aH):
        return aW, 12

    def draw(self):
        c = self.canv
        t = c.beginText(0, 3)
        t.setFont(font_for(self.text, BOLD), 8)
        t.setCharSpace(1)
        t.setFillColor(TEAL)
        t.textOut(self.text)
        c.drawText(t)
        self.rec(c.getPageNumber())


def render_kpitiles(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys_of = _column_keys(dossier)
    values = cell_values(dossier)
    head = f"Regio Deal {name} · Projectdashboard".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "kpitiles")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=SIDE, rightMargin=SIDE,
                  topMargin=TOP, bottomMargin=FOOT, **meta(dossier, "kpitiles"))
        total = info.get("total") or 0

        def furniture(page_name):
            def on_page(canv, d):
                canv.saveState()
                canv.setFillColor(CANVAS)
                canv.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
                canv.setFillColor(GREY)
                canv.setFont(SANS, 7)
                canv.drawRightString(WIDTH - SIDE, HEIGHT - 0.55 * cm, head)
                canv.drawRightString(WIDTH - SIDE, HEIGHT - 0.55 * cm - 8.5, "Gegevens bijgewerkt: 14-03-2026")
                canv.drawString(SIDE, 0.6 * cm, page_name)
                n = canv.getPageNumber()
                canv.drawRightString(WIDTH - SIDE, 0.6 * cm, f"Pagina {n} van {max(total, n)}")
                canv.restoreState()
            return on_page

        body_h = HEIGHT - TOP - FOOT
        zero = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        top_h = 12 + 2 + 2 * 20.5 + 8 + BAND + 10 + 6
        dash = PageTemplate("dash", [
            Frame(SIDE, HEIGHT - TOP - top_h, FW, top_h, id="band", **zero),
            Frame(SIDE, FOOT, COLW, body_h - top_h, id="l1", **zero),
            Frame(SIDE + COLW + GUTTER, FOOT, COLW, body_h - top_h, id="r1", **zero)],
            onPage=furniture("Overzicht"))
        cols = PageTemplate("cols", [
            Frame(SIDE, FOOT, COLW, body_h, id="l", **zero),
            Frame(SIDE + COLW + GUTTER, FOOT, COLW, body_h, id="r", **zero)],
            onPage=furniture("Overzicht"))
        fin = PageTemplate("fin", [Frame(SIDE, FOOT, FW, body_h, id="full", **zero)],
                           onPage=furniture("Financiën"), autoNextPageTemplate="fin")
        dash.autoNextPageTemplate = "cols"
        cols.autoNextPageTemplate = "cols"
        doc.addPageTemplates([dash, cols, fin])

        def field_box(f: source.Field, rec, width) -> list:
            items = [para(f.label, st["label"], rec)]
            for c in f.content:
                if isinstance(c, source.Table):
                    ti = tables_of(pr).index(c)
                    items += [Spacer(0, 3)] + matrix(c, st, rec, width - 2 * PAD, pr, ti,
                                                      keys_of.get((pr.title, ti)), values) + [Spacer(0, 3)]
                else:
                    items.append(field_para(c, st["body"], st["item"], rec))
            out = [Box(q, top=(k == 0), bottom=(k == len(items) - 1)) for k, q in enumerate(items)]
            out[0].keepWithNext = 1
            return out + [Spacer(0, 8)]

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate("dash"), PageBreak()]
            story.append(_Title(pr.theme, truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            fig = _figures(pr, keys_of, values)
            if fig:
                story.append(Band(*fig))
            story.append(FrameBreak())
            after: list = []
            seen_table = False
            for row in pr.rows:
                if isinstance(row, source.Table):
                    seen_table = True
                    ti = tables_of(pr).index(row)
                    story += [NextPageTemplate("fin"), PageBreak(), NextPageTemplate("fin")]
                    card = [para("Kosten en financiering", st["card"], rec), Spacer(0, 5)]
                    card += matrix(row, st, rec, FW - 2 * PAD, pr, ti, keys_of.get((pr.title, ti)), values)
                    story += [Box(q, top=(k == 0), bottom=(k == len(card) - 1)) for k, q in enumerate(card)]
                    story.append(Spacer(0, 10))
                    continue
                box = field_box(row, rec, COLW)
                if seen_table:
                    after += box
                else:
                    story += box
            if pr.notes:
                notes = []
                for note in pr.notes:
                    notes += [para(f"{note.mark} {t}" if j == 0 else t, st["note"], rec)
                              for j, t in enumerate(note.text or ("",))]
                box = [Box(q, top=(k == 0), bottom=(k == len(notes) - 1)) for k, q in enumerate(notes)]
                if seen_table:
                    after += box
                else:
                    story += box
            if after:
                story += [Indenter(right=FW - COLW)] + after + [Indenter(right=COLW - FW)]
        doc.build(story)
        return truth

    return build_until_stable(once)
