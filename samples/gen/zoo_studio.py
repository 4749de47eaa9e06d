"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" whose only heading is a full-height coloured sidebar on every page.

- studio: A4 portrait. On EVERY page a SIDEBAR down the left edge, 4.4 cm wide and the full page
          height, filled in the colour of the page's theme (one dark tone per theme, in order of
          first appearance). In it, from 2.2 cm under the top edge and 0.6 cm from the left edge,
          on every page of a project (its first and its later pages alike): the project's number
          in the dossier as two digits ("07") in 40pt bold white, the theme in 7.5pt light
          capitals, and the project's TITLE in 13pt bold white, wrapped within 3.3 cm (smaller
          where its longest word would not fit). At the sidebar's foot "Regio Deal <Name>" in 7pt
          and the page number in 9pt bold, both white. The contents page's sidebar, in grey, holds
          "Projectenboek" and the dossier's name. There is NO other heading: the main column
          starts with the project's fields.
          Main column from 5.4 cm to 1.4 cm from the right edge (14.2 cm), 2 cm top and bottom.
          DejaVu Sans 9pt on 12.5pt. Each project opens a new page.
          FIELDS AS BOXES in a two-column grid: every field a box (0.6pt border in a tint of the
          theme's colour, 7pt inside) whose label is the box's first line in 7.5pt bold capitals
          in the theme's colour (the label upper-cased); two consecutive SHORT fields (at most 600
          characters of text, no list items, no table) stand SIDE BY SIDE in boxes half the column
          wide (0.4 cm apart, their tops level); every other field is a full-width box (one row
          per paragraph, so that a long box breaks over pages, its border drawn on each part). A
          table inside a field stands inside its box. 6pt between boxes.
          FUNDING TABLES without any rule, on a TINTED PANEL (the table's whole area filled with
          #EAF2F0): header cells 7.5pt bold in the theme colour, right-aligned (a group header
          centred), body 8pt in DejaVu Sans Condensed, every value column right-aligned and kept
          on one line (its type made smaller where it would not fit), the Totaal row bold; no
          lines at all. Amounts in the agency's notation (a function of the cell's transcribed
          value, for bare amounts in euros in the project's own tables): at least 1 million
          "€ 1,65 mln" (as many decimals as exact, at most three), else in exact thousands
          "k€ 450", else "€ 3.388"; marks kept after it ("k€ 80**"); nils, words, "mln."-amounts
          and amounts with "€" as transcribed. Tables inside fields (milestones, years, a scale
          "x € 1.000") keep their transcribed text. Table footnotes under the panel in 7pt grey.
          Project notes at the end of the project in 7.5pt grey.
          Page 1: contents ("Inhoud", 18pt bold) with "07  <title>" and the page at the right.

The truth records every cell printed otherwise than transcribed in its "raw" object. A project
runs from its first page (its sidebar) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_budget import _column_keys
from .zoo_common import (LIST_ITEM, Doc, Truth, build_until_stable, cell_values, decimal_comma, dossier_name, field_para,
                         is_funding, is_total, meta, notes_at_end, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
SIDE = 4.4 * cm
ML, MR, MT, MB = 5.4 * cm, 1.4 * cm, 2.0 * cm, 2.0 * cm
FW = WIDTH - ML - MR
PALETTE = ["#0F4C5C", "#6A1B4D", "#9A3412", "#1E5631", "#1D3557", "#4A4E69"]
PANEL = colors.HexColor("#EAF2F0")
GREY = colors.HexColor("#6B6B6B")

# A bare amount in euros as transcribed, with its marks: "1.650.000", "80.000**".
BARE = re.compile(r"^(-?\d{1,3}(?:\.\d{3})*)([*]*)$")


def agency_amount(raw: str, value: Decimal | None) -> str:
    """A funding table's cell in the agency's notation ("€ 1,65 mln", "k€ 450", "€ 3.388")."""
    m = BARE.match(raw)
    if value is None or not m:
        return raw
    body, marks = m.groups()
    v = int(value)
    if int(body.replace(".", "")) != v:
        return raw  # a table in thousands ("x € 1.000"): as transcribed
    if v >= 1_000_000:
        s = decimal_comma(Decimal(v) / 1_000_000, 3)
        if s:
            return f"€ {s} mln{marks}"
    if v >= 1000 and v % 1000 == 0:
        return f"k€ {with_thousand_dots(v // 1000)}{marks}"
    return f"€ {body}{marks}"


def _tint(hex_colour: str, k: float) -> colors.Color:
    c = colors.HexColor(hex_colour)
    return colors.Color(c.red + (1 - c.red) * k, c.green + (1 - c.green) * k, c.blue + (1 - c.blue) * k)


class _Marker(Flowable):
    """Zero-size: the project starts here (sets the sidebar's project, records the heading)."""

    def __init__(self, state, p, rec):
        super().__init__()
        self.state, self.p, self.rec = state, p, rec

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state["p"] = self.p
        self.rec(self.canv.getPageNumber())


def _fitting(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The style, its size lowered (half points) until the longest word fits `width`."""
    size = style.fontSize
    while size > 7 and max(stringWidth(w, style.fontName, size) for w in text.split()) > width:
        size -= 0.5
    if size == style.fontSize:
        return style
    return ParagraphStyle(f"{style.name}-{size}", style, fontSize=size, leading=style.leading * size / style.fontSize)


def _one_line(text: str, style: ParagraphStyle, width: float, rec):
    """A cell kept on one line: its type made smaller (half points) where it would not fit."""
    size = style.fontSize
    while size > 5 and stringWidth(text, style.fontName, size) > width:
        size -= 0.5
    if size != style.fontSize:
        style = ParagraphStyle(f"{style.name}-{size}", style, fontSize=size, leading=style.leading)
    return para(text, style, rec)


def _short(field: source.Field) -> bool:
    texts = [c for c in field.content if isinstance(c, str)]
    return (len(texts) == len(field.content) and sum(map(len, texts)) <= 600
            and not any(LIST_ITEM.match(t) for t in texts))


def render_studio(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    golden = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)
    themes: dict[str, str] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, PALETTE[len(themes) % len(PALETTE)])

    def s(n, font="DejaVuSans", size=9, leading=12.5, **kw):
        return ParagraphStyle(f"studio-{n}", fontName=font, fontSize=size, leading=leading, **kw)

    st = {"body": s("body", spaceAfter=3),
          "item": s("item", spaceAfter=2, leftIndent=12, bulletIndent=0, bulletFontName="DejaVuSans"),
          "toc_h": s("toch", "DejaVuSans-Bold", 18, 22, spaceAfter=14),
          "toc": s("toc", size=10, leading=14), "toc_p": s("tocp", size=10, leading=14, alignment=TA_RIGHT),
          "side_title": s("st", "DejaVuSans-Bold", 13, 16, textColor=colors.white),
          "side_theme": s("sth", "DejaVuSans", 7.5, 9.5, textColor=colors.HexColor("#DDE7EA")),
          "tbody": s("tb", "DejaVuSansCondensed", 8, 10), "tbody_b": s("tbb", "DejaVuSansCondensed-Bold", 8, 10),
          "tamount": s("ta", "DejaVuSansCondensed", 8, 10, alignment=TA_RIGHT),
          "tamount_b": s("tab", "DejaVuSansCondensed-Bold", 8, 10, alignment=TA_RIGHT),
          "tfoot": s("tf", size=7, leading=9, textColor=GREY, spaceBefore=2),
          "note": s("note", size=7.5, leading=9.5, textColor=GREY, leftIndent=8, firstLineIndent=-8)}
    raw_record: dict[str, str] = {}

    def label_style(colour):
        return s(f"lab{colour}", "DejaVuSans-Bold", 7.5, 10, textColor=colors.HexColor(colour), spaceAfter=2)

    def head_styles(colour):
        return (s(f"th{colour}", "DejaVuSans-Bold", 7.5, 9.5, textColor=colors.HexColor(colour), alignment=TA_RIGHT),
                s(f"tg{colour}", "DejaVuSans-Bold", 7.5, 9.5, textColor=colors.HexColor(colour), alignment=TA_CENTER),
                s(f"tl{colour}", "DejaVuSans-Bold", 7.5, 9.5, textColor=colors.HexColor(colour)))

    def table(t: source.Table, pr, index, colour, rec, width):
        keys = golden.get((pr.title, index)) or []
        funding = is_funding(keys)
        th, tg, tl = head_styles(colour)
        n, lines = t.columns, len(t.header)
        rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
        spans = []
        rows[0][0] = para(t.label, tl, rec)
        if lines > 1:
            spans.append(((0, 0), (0, lines - 1)))
        for h in t.header_cells():
            rows[h.line][h.column] = para(h.text, tg if h.columns > 1 else th, rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                spans.append(((h.column, h.line), (c1, r1)))
        wl = (3.0 * cm if n >= 6 else 3.6 * cm) if n > 2 else width * 0.5
        for r, body in enumerate(t.rows):
            bold = is_total(body[0])
            row = [para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
            for j, text in enumerate(body[1:]):
                printed = text
                if funding and j < len(keys):
                    printed = agency_amount(text, values.get((pr.title, index, r, keys[j])))
                    if printed != text:
                        raw_record[f"{pr.title}|{index}|{r}|{keys[j]}"] = printed
                row.append(_one_line(printed, st["tamount_b"] if bold else st["tamount"], (width - wl) / n - 8, rec))
            rows.append(row)
        widths = [wl] + [(width - wl) / n] * n
        cmds = [("BACKGROUND", (0, 0), (-1, -1), PANEL),
                ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
                ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 5)]
        cmds += [("SPAN", a, b) for a, b in spans]
        out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
        out += [para(f, st["tfoot"], rec) for f in t.footnotes]
        return out

    def box(field, pr, colour, rec, width, tables):
        cells = [[para(field.label.upper(), label_style(colour), rec)]]
        for item in field.content:
            if isinstance(item, source.Table):
                index = next(i for i, x in enumerate(tables) if x is item)
                for f in table(item, pr, index, colour, rec, width - 14):
                    cells.append([f])
            else:
                cells.append([field_para(item, st["body"], st["item"], rec)])
        return Table(cells, colWidths=[width], hAlign="LEFT", style=TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.6, _tint(colour, 0.45)),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("NOSPLIT", (0, 0), (0, min(1, len(cells) - 1)))]))

    def once(info):
        truth = Truth(dossier, "studio")
        raw_record.clear()
        state: dict = {"p": None}
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "studio"))

        def sidebar(canv, d):
            p = state["p"]
            page = canv.getPageNumber()
            canv.saveState()
            colour = themes[dossier.projects[p].theme] if p is not None else "#55595C"
            canv.setFillColor(colors.HexColor(colour))
            canv.rect(0, 0, SIDE, HEIGHT, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            x, top = 0.6 * cm, HEIGHT - 2.2 * cm
            if p is None:
                canv.setFont("DejaVuSans-Bold", 15)
                canv.drawString(x, top - 15, "Projectenboek")
                canv.setFont("DejaVuSans", 9)
                canv.drawString(x, top - 30, f"Regio Deal {name}")
            else:
                pr = dossier.projects[p]
                canv.setFont("DejaVuSans-Bold", 40)
                canv.drawString(x, top - 38, f"{p + 1:02d}")
                th = Paragraph(escape(pr.theme.upper()), st["side_theme"])
                _, h1 = th.wrap(3.3 * cm, 200)
                y = top - 38 - 14 - h1
                th.drawOn(canv, x, y)
                title = Paragraph(escape(pr.title), _fitting(pr.title, st["side_title"], 3.3 * cm))
                _, h2 = title.wrap(3.3 * cm, 400)
                title.drawOn(canv, x, y - 6 - h2)
            canv.setFillColor(colors.white)
            canv.setFont("DejaVuSans", 7)
            canv.drawString(x, 1.6 * cm, f"Regio Deal {name}")
            canv.setFont("DejaVuSans-Bold", 9)
            canv.drawString(x, 1.0 * cm, str(page))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPageEnd=sidebar)])
        story = [para("Inhoud", st["toc_h"])]
        rows = [[para(f"{p + 1:02d}   {pr.title}", st["toc"]), para(page_of(info, p), st["toc_p"])]
                for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT", style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            colour = themes[pr.theme]
            tables = tables_of(pr)
            story += [PageBreak(), _Marker(state, p, truth.heading(p))]
            pending = None  # a short field waiting for a second one to stand beside it
            for row in pr.rows:
                if isinstance(row, source.Table):
                    if pending is not None:
                        story += [box(pending, pr, colour, rec, FW, tables), Spacer(0, 6)]
                        pending = None
                    index = next(i for i, x in enumerate(tables) if x is row)
                    story += [Spacer(0, 2), *table(row, pr, index, colour, rec, FW), Spacer(0, 8)]
                    continue
                if _short(row):
                    if pending is None:
                        pending = row
                        continue
                    half = (FW - 0.4 * cm) / 2
                    pair = Table([[box(pending, pr, colour, rec, half, tables), "",
                                   box(row, pr, colour, rec, half, tables)]],
                                 colWidths=[half, 0.4 * cm, half], hAlign="LEFT", style=TableStyle([
                                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                    story += [pair, Spacer(0, 6)]
                    pending = None
                    continue
                if pending is not None:
                    story += [box(pending, pr, colour, rec, FW, tables), Spacer(0, 6)]
                    pending = None
                story += [box(row, pr, colour, rec, FW, tables), Spacer(0, 6)]
            if pending is not None:
                story += [box(pending, pr, colour, rec, FW, tables), Spacer(0, 6)]
            story += notes_at_end(pr, rec, st["note"], space=4)
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if raw_record:
        record["raw"] = dict(raw_record)
    return record
