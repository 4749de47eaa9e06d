"""One more house style for the layout zoo (see zoo.py), held out: a regional programme's
INFOGRAPHIC-STYLE ANNUAL REPORT ("jaarverslag") whose funding tables name their source
columns ONLY BY COLOUR: a LEGEND of colour swatches and short labels stands above each table,
the columns themselves are headed by coloured bars without any text (only "Totaal" has a
text header), and every amount is printed in its column's colour.

- colorlegend: A4 portrait, margins 2.0 cm left and right, 2.4 cm top, 2.0 cm bottom (a 17 cm
          text column). Helvetica (DejaVu Sans for a text with a character it lacks) 9.5pt on
          13.5pt in dark grey (#3A3A3A), ragged right, 5pt after each paragraph; a list item
          hangs on its own marker (12pt). Running header 1.3 cm from the top: "Jaarverslag
          2019 · Regio Deal <Name>" in 7.5pt grey at the left and, at the right, the house's
          PALETTE STRIP: the eight source colours as 5pt squares 2pt apart (decoration, no
          text). Footer 1.0 cm from the foot: "Investeren in de regio" in 7.5pt grey at the
          left, the page number in 8pt bold at the right.
          Page 1: "Jaarverslag 2019" (24pt bold navy #1B2A41), "Regio Deal <Name>" (14pt grey),
          then the contents under the transcription's heading (12pt bold): each theme in 8pt
          bold capitals in its theme colour, its projects under it with their page numbers
          right-aligned (9.5pt).
          EACH PROJECT OPENS A NEW PAGE: the theme in 8.5pt bold CAPITALS in the theme's colour
          (one of four accents, by order of first appearance), the title in 19pt bold navy,
          12pt under it. FIELD LABELS: the label in 8pt bold CAPITALS (#222222) at the left of a
          line of its own, 10pt above, a 0.5pt light grey (#C8C8C8) rule running from 6pt after
          it to the right margin at mid-height of the capitals; the field's paragraphs under it.
          Project notes after the last field in 7.5pt, the mark first.
          FUNDING TABLES (a table whose columns are a Totaal and funding sources, where it
          stands) across the column in 8.5pt, drawn as an infographic:
          THE LEGEND ABOVE THE TABLE (6pt above the table): one entry per SOURCE column (every
          value column but the Totaal), in the HOUSE'S FIXED ORDER, not the columns' (Rijk,
          Provincie, Gemeenten, Overig publiek, Regio, an unnamed "Publiek" pair, Onderwijs,
          Privaat: the golden column keys decide), each a 7pt filled square in the column's
          colour and, 3pt after it, the column's label in 8pt (#222222): the header text that
          stands over that column alone as transcribed ("Gem.", "Bedrijven", "Kennisinstellingen",
          "Privaat (incl. Invest-NL)", "Waterschap"), or, where only a group header stands
          over it, the group's text ("Publiek"); entries 14pt apart, wrapping to a second line
          where they do not fit. THE HOUSE PALETTE by column key: Rijk #1F4E9A (blue),
          Provincie #E07A10 (orange), Gemeente #2E8B3E (green), Overig publiek #7A4FA0
          (purple), Regio #B03060 (raspberry), the unnamed Publiek pair #3F6F8F and #8C9A2B,
          Onderwijs #0E9AA7 (teal), Privaat #C0392B (red).
          THE TABLE: ONE header line whatever the transcription's header (group headers are
          not drawn; they live on in the legend only where they are a column's only name):
          the table's label in bold 8pt over the row labels (36 % of the width); the Totaal
          column headed by its own text as transcribed ("Totaal", "Totaal EUR", "Totaal (€)")
          in bold black, right-aligned; EVERY SOURCE COLUMN headed by NO TEXT, only a
          coloured BAR (18 x 6pt, the column's colour) right-aligned over its amounts at the
          foot of the header line. The value columns share the rest equally, in the
          transcription's order. Body: row labels in #3A3A3A, left; amounts right-aligned,
          exactly as transcribed (marks, "-", words such as "Gem." and empty cells included),
          each in its column's colour, the Totaal column's in black; 0.3pt light grey rules
          under the header and between the body rows, no vertical rules, no fills; the Totaal
          row bold over a 0.8pt navy rule. A table that breaks over a page repeats its bar
          line (not the legend). Table footnotes under the table in 7pt grey.
          Tables inside a field that are no funding tables (milestones, years, a cost list)
          keep TEXT headers as transcribed (bold #222222, right-aligned, a group centred over
          its members), amounts in the body colour, the same rules.

Every field and cell is printed as transcribed, in the transcription's column and table
order: the truth record is the plain one (no "raw"); the cells' column keys are what the
colours mean. The transcription's page breaks are not reproduced. A project runs from its
opening page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding,
                         is_total, meta, notes_at_end, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 2.4 * cm, 2.0 * cm
FW = WIDTH - ML - MR
INK = colors.HexColor("#3A3A3A")
DARK = colors.HexColor("#222222")
GREY = colors.HexColor("#777777")
RULE = colors.HexColor("#C8C8C8")
NAVY = colors.HexColor("#1B2A41")
THEMES = [colors.HexColor(c) for c in ("#0E9AA7", "#E07A10", "#7A4FA0", "#2E8B3E")]

# The house palette by golden column key, in the legend's fixed order.
PALETTE = [("rijk", "#1F4E9A"), ("provincie", "#E07A10"), ("gemeente", "#2E8B3E"),
           ("overig_publiek", "#7A4FA0"), ("regio", "#B03060"), ("publiek_1", "#3F6F8F"),
           ("publiek_2", "#8C9A2B"), ("onderwijs", "#0E9AA7"), ("privaat", "#C0392B")]
COLOUR = {k: colors.HexColor(c) for k, c in PALETTE}
ORDER = {k: i for i, (k, _) in enumerate(PALETTE)}
STRIP = ["#1F4E9A", "#E07A10", "#2E8B3E", "#7A4FA0", "#B03060", "#0E9AA7", "#C0392B", "#8C9A2B"]


def _styles():
    def s(name, font="Helvetica", size=9.5, leading=13.5, **kw):
        return ParagraphStyle(f"cl-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})
    return {
        "body": s("body", spaceAfter=5),
        "item": s("item", spaceAfter=3, leftIndent=12, bulletIndent=0),
        "cover": s("cover", "Helvetica-Bold", 24, 28, textColor=NAVY, spaceAfter=4),
        "cover2": s("cover2", size=14, leading=18, textColor=GREY, spaceAfter=24),
        "toc_h": s("toch", "Helvetica-Bold", 12, 15, textColor=DARK, spaceAfter=8),
        "toc_theme": s("toct", "Helvetica-Bold", 8, 11),
        "toc": s("toc", size=9.5, leading=13),
        "toc_page": s("tocp", size=9.5, leading=13, alignment=TA_RIGHT),
        "theme": s("theme", "Helvetica-Bold", 8.5, 11, spaceAfter=2, keepWithNext=1),
        "title": s("title", "Helvetica-Bold", 19, 23, textColor=NAVY, spaceAfter=12, keepWithNext=1),
        "note": s("note", size=7.5, leading=9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tlabel": s("tl", "Helvetica-Bold", 8, 10, textColor=DARK),
        "thead": s("th", "Helvetica-Bold", 8.5, 10.5, textColor=colors.black, alignment=TA_RIGHT),
        "thead_o": s("tho", "Helvetica-Bold", 8.5, 10.5, textColor=DARK, alignment=TA_RIGHT),
        "tgroup_o": s("tgo", "Helvetica-Bold", 8.5, 10.5, textColor=DARK, alignment=TA_CENTER),
        "tbody": s("tb", size=8.5, leading=10.5),
        "tbody_b": s("tbb", "Helvetica-Bold", 8.5, 10.5),
        "tamount": s("ta", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7, leading=9, textColor=GREY, spaceBefore=3),
    }


def _coloured(style: ParagraphStyle, colour) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{colour.hexval()}", style, textColor=colour)


class _Label(Flowable):
    """A field label in bold capitals with a light rule running on to the right margin."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text.upper()
        self.font = font_for(self.text, "Helvetica-Bold")
        self.keepWithNext = 1
        self.spaceBefore = 10
        self.spaceAfter = 3

    def wrap(self, aW, aH):
        self.width = aW
        return aW, 11

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, 8)
        c.setFillColor(DARK)
        c.drawString(0, 2, self.text)
        end = stringWidth(self.text, self.font, 8) + 6
        if end < self.width:
            c.setStrokeColor(RULE)
            c.setLineWidth(0.5)
            c.line(end, 4.8, self.width, 4.8)
        c.restoreState()


class _Legend(Flowable):
    """The colour legend above a funding table: swatch, label; entries wrap over lines."""

    SIZE, GAP, LINE = 7, 14, 12

    def __init__(self, entries):
        super().__init__()
        self.entries = entries  # (colour, label)
        self.spaceBefore = 4
        self.spaceAfter = 6

    def _layout(self, aW):
        x, y, out = 0.0, 0, []
        for colour, label in self.entries:
            font = font_for(label, "Helvetica")
            w = self.SIZE + 3 + stringWidth(label, font, 8)
            if x and x + w > aW:
                x, y = 0.0, y + 1
            out.append((x, y, colour, label, font))
            x += w + self.GAP
        return out

    def wrap(self, aW, aH):
        self.width = aW
        self.items = self._layout(aW)
        self.lines = 1 + max((y for _, y, *_ in self.items), default=0)
        self.height = self.lines * self.LINE
        return aW, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        for x, y, colour, label, font in self.items:
            base = self.height - (y + 1) * self.LINE + 3
            c.setFillColor(colour)
            c.rect(x, base - 0.5, self.SIZE, self.SIZE, stroke=0, fill=1)
            c.setFillColor(DARK)
            c.setFont(font, 8)
            c.drawString(x + self.SIZE + 3, base, label)
        c.restoreState()


class _Bar(Flowable):
    """A source column's header: a coloured bar, no text, right-aligned in its cell."""

    def __init__(self, colour, width):
        super().__init__()
        self.colour, self.cell = colour, width

    def wrap(self, aW, aH):
        return aW, 6

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        c.rect(self.cell - 18, 0, 18, 6, stroke=0, fill=1)
        c.restoreState()


def _leaf_texts(t: source.Table) -> list[str]:
    """The label of each value column: its own header text, else the group's over it."""
    own, group = [""] * t.columns, [""] * t.columns
    for h in t.header_cells():
        for c in range(h.column - 1, h.column - 1 + h.columns):
            if h.columns == 1:
                own[c] = own[c] or h.text
            else:
                group[c] = group[c] or h.text
    return [o or g for o, g in zip(own, group)]


def _rules(lines: int, n_rows: int, totals: list[int]) -> list:
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE)]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.8, NAVY))
    return cmds


def _body(t: source.Table, st, rec, colour_of) -> tuple[list, list[int]]:
    rows, totals = [], []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        row = [para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
        for j, text in enumerate(body[1:]):
            style = st["tamount_b"] if bold else st["tamount"]
            row.append(para(text, _coloured(style, colour_of(j)), rec))
        rows.append(row)
    return rows, totals


def _funding(t: source.Table, keys: list[str], st, rec) -> list:
    n = t.columns
    label_w = FW * 0.36
    col_w = (FW - label_w) / n
    leaves = _leaf_texts(t)
    head = [para(t.label, st["tlabel"], rec)]
    for j, k in enumerate(keys):
        if k == "totaal":
            head.append(para(leaves[j], st["thead"], rec))
        else:
            head.append(_Bar(COLOUR.get(k, INK), col_w - 8))
    body, totals = _body(t, st, rec, lambda j: colors.black if keys[j] == "totaal" else COLOUR.get(keys[j], INK))
    legend = _Legend([(COLOUR.get(keys[j], INK), leaves[j])
                      for j in sorted((j for j in range(n) if keys[j] != "totaal"),
                                      key=lambda j: (ORDER.get(keys[j], 99), j))])
    table = Table([head] + body, colWidths=[label_w] + [col_w] * n, repeatRows=1, hAlign="LEFT",
                  style=TableStyle(_rules(1, len(body) + 1, [r + 1 for r in totals])))
    out = [legend, table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _other(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    head = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    head[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head[h.line][h.column] = para(h.text, st["tgroup_o"] if h.columns > 1 else st["thead_o"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    body, totals = _body(t, st, rec, lambda j: INK)
    label_w = FW * 0.42
    cmds = _rules(lines, len(body) + lines, [r + lines for r in totals]) + [("SPAN", a, b) for a, b in spans]
    table = Table(head + body, colWidths=[label_w] + [(FW - label_w) / n] * n, repeatRows=lines,
                  hAlign="LEFT", style=TableStyle(cmds))
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def render_colorlegend(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys = _column_keys(dossier)
    theme_colour: dict[str, colors.Color] = {}
    for pr in dossier.projects:
        theme_colour.setdefault(pr.theme, THEMES[len(theme_colour) % len(THEMES)])

    def once(info):
        truth = Truth(dossier, "colorlegend")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "colorlegend"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            canv.setFillColor(GREY)
            canv.drawString(ML, HEIGHT - 1.3 * cm, f"Jaarverslag 2019 · Regio Deal {name}")
            x = WIDTH - MR - len(STRIP) * 7 + 2
            for c in STRIP:
                canv.setFillColor(colors.HexColor(c))
                canv.rect(x, HEIGHT - 1.3 * cm, 5, 5, stroke=0, fill=1)
                x += 7
            canv.setFillColor(GREY)
            canv.drawString(ML, 1.0 * cm, "Investeren in de regio")
            canv.setFillColor(DARK)
            canv.setFont("Helvetica-Bold", 8)
            canv.drawRightString(WIDTH - MR, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=furniture)])
        story: list = [para("Jaarverslag 2019", st["cover"]), para(f"Regio Deal {name}", st["cover2"]),
                       para(dossier.toc_heading, st["toc_h"])]
        rows, cmds, last = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 8 if rows else 0))
                rows.append([para(pr.theme.upper(), _coloured(st["toc_theme"], theme_colour[pr.theme])), ""])
            rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + cmds)))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme.upper(), _coloured(st["theme"], theme_colour[pr.theme]), rec),
                      para(pr.title, st["title"], truth.heading(p))]
            tables = tables_of(pr)

            def table(t):
                idx = next(i for i, x in enumerate(tables) if x is t)
                kk = keys.get((pr.title, idx))
                if is_funding(kk) and len(kk) == t.columns:
                    return _funding(t, kk, st, rec)
                return _other(t, st, rec)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(_Label(row.label))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
