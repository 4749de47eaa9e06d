"""One more house style for the layout zoo (see zoo.py), held out: an online application
form printed from the browser, drawn the way HTML <fieldset>/<legend> elements look.

- fieldset: A4 portrait, a sans body (Liberation Sans, else DejaVu Sans). EVERY FIELD IS A
            BOX (a 0.75pt grey rounded border, 6pt inner padding) whose LABEL (the legend)
            SITS ON THE BOX'S TOP BORDER LINE, interrupting it: the top border runs from the
            box's left edge to just before the legend, and again from just after the legend
            to the right edge; the legend is 9pt bold, its baseline slightly below the
            border line (the border passes through the middle of the legend's height). The
            field's text inside the box in 9.5pt sans; a list item hangs on its marker. The
            funding table is its own fieldset ("Begroting") holding an HTML-like table:
            header row with a light grey fill, 0.5pt cell borders on all cells
            (border-collapse), amounts right-aligned, as transcribed; a table inside a field
            looks the same, in the field's box; table footnotes under the table in 7.5pt.
            Project notes in a last fieldset "Toelichting". A box that does not fit on a
            page is split: the rest continues in a box on the next page whose top border is
            unbroken (no legend repeated); a table's header row is repeated there. Projects
            flow on (a new page only where less than a quarter page is left); each starts
            with an <h2>-like title (16pt bold) and the theme as a small grey breadcrumb
            line above it ("Home › Regio Deal <name> › <theme>"). Every page has the
            browser's print header: date and page title in 7pt at the top, URL and "N/M"
            at the bottom.

The truth record is the usual one (pages of each project's heading and last content); the
amounts are printed as transcribed, so there is no "raw".
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts, _text
from .zoo_common import build_until_stable, Doc, dossier_name, meta, para, Truth

WIDTH, HEIGHT = A4
MX, MT, MB = 1.55 * cm, 1.6 * cm, 1.5 * cm  # a browser's default print margins, roughly
FW = WIDTH - 2 * MX

INK = colors.HexColor("#212529")
GREY = colors.HexColor("#6C757D")
BORDER = colors.HexColor("#AAAAAA")
CELL = colors.HexColor("#9A9A9A")
HEAD_FILL = colors.HexColor("#EFEFEF")
LINK = colors.HexColor("#0B5CAD")

PAD = 6.0            # inner padding of a fieldset
LEGEND_SIZE = 9.0
LEGEND_LEAD = 11.0
LEGEND_X = 9.0       # the legend's distance from the box's left edge
LEGEND_GAP = 3.0     # the gap in the border on each side of the legend
RADIUS = 3.0
ITEM_GAP = 4.0       # between the paragraphs of a field
BOX_GAP = 9.0        # between two fieldsets

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


class FieldSet(Flowable):
    """A bordered box around `content` with `legend` on its top border; splits between (and
    inside) its flowables, the continuation without a legend and with an unbroken top."""

    def __init__(self, legend, content, font, rec=None, space_after=BOX_GAP):
        super().__init__()
        self.legend, self.content, self.font, self.rec = legend, list(content), font, rec
        self.spaceAfter = space_after

    # --- geometry
    def _legend_lines(self, aW):
        if not self.legend:
            return []
        return simpleSplit(self.legend, self.font, LEGEND_SIZE, aW - 2 * LEGEND_X - 2 * LEGEND_GAP) \
            or [""]

    def _head(self):
        """Height above the first content line: the upper half of the legend, the lower half
        (under the border) and the padding; without legend just the padding."""
        if not self._lines:
            return PAD + 0.5
        return len(self._lines) * LEGEND_LEAD + PAD - 1

    def _item_sizes(self, iw, aH=1e6):
        return [f.wrap(iw, aH)[1] for f in self.content]

    def wrap(self, aW, aH):
        self.aW = aW
        self._lines = self._legend_lines(aW)
        iw = aW - 2 * PAD
        self._sizes = self._item_sizes(iw)
        body = sum(self._sizes) + ITEM_GAP * max(len(self._sizes) - 1, 0)
        self.width, self.height = aW, self._head() + body + PAD
        return self.width, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        iw = aW - 2 * PAD
        room = aH - self._head() - PAD
        first, rest = [], []
        used = 0.0
        for k, (f, h) in enumerate(zip(self.content, self._sizes)):
            gap = ITEM_GAP if first else 0.0
            if used + gap + h <= room:
                first.append(f)
                used += gap + h
                continue
            left = room - used - gap
            parts = f.split(iw, left) if left > 12 else []
            if parts and len(parts) > 1:
                first.append(parts[0])
                rest = list(parts[1:]) + self.content[k + 1:]
            else:
                rest = self.content[k:]
            break
        if not first:
            return []
        a = FieldSet(self.legend, first, self.font, self.rec, space_after=0)
        b = FieldSet(None, rest, self.font, self.rec, space_after=self.spaceAfter)
        return [a, b]

    # --- drawing
    def draw(self):
        c = self.canv
        w, h = self.width, self.height
        page = c.getPageNumber()
        c.saveState()
        c.setStrokeColor(BORDER)
        c.setLineWidth(0.75)
        if self._lines:
            n = len(self._lines)
            line_y = h - n * LEGEND_LEAD / 2           # the border through the legend's middle
            lw = max(stringWidth(x, self.font, LEGEND_SIZE) for x in self._lines)
            x0, x1 = LEGEND_X, LEGEND_X + 2 * LEGEND_GAP + lw
            # the box without its top, then the top in two pieces
            p = c.beginPath()
            p.moveTo(x0, line_y)
            p.lineTo(RADIUS, line_y)
            p.arcTo(0, line_y - 2 * RADIUS, 2 * RADIUS, line_y, startAng=90, extent=90)
            p.lineTo(0, RADIUS)
            p.arcTo(0, 0, 2 * RADIUS, 2 * RADIUS, startAng=180, extent=90)
            p.lineTo(w - RADIUS, 0)
            p.arcTo(w - 2 * RADIUS, 0, w, 2 * RADIUS, startAng=270, extent=90)
            p.lineTo(w, line_y - RADIUS)
            p.arcTo(w - 2 * RADIUS, line_y - 2 * RADIUS, w, line_y, startAng=0, extent=90)
            p.lineTo(x1, line_y)
            c.drawPath(p, stroke=1, fill=0)
            c.setFillColor(INK)
            c.setFont(self.font, LEGEND_SIZE)
            # baseline slightly below the line: the line passes through the middle of the x-height..cap
            y = h - LEGEND_LEAD + (LEGEND_LEAD - LEGEND_SIZE) / 2 + 0.6
            for line in self._lines:
                c.drawString(x0 + LEGEND_GAP, y, line)
                y -= LEGEND_LEAD
        else:
            c.roundRect(0, 0, w, h, RADIUS, stroke=1, fill=0)
        c.restoreState()
        if self.rec and self._lines:
            self.rec(page)
        y = h - self._head()
        for f, fh in zip(self.content, self._sizes):
            y -= fh
            f.drawOn(c, PAD, y)
            y -= ITEM_GAP


def _styles(sans, bold):
    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"fs-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "h1": style("h1", bold, 20, 24, spaceAfter=4),
        "lead": style("lead", sans, 9.5, 13, textColor=GREY, spaceAfter=14),
        "crumb": style("crumb", sans, 7.5, 9.5, textColor=GREY, spaceBefore=6, spaceAfter=3,
                       keepWithNext=1),
        "h2": style("h2", bold, 16, 19.5, spaceAfter=10, keepWithNext=1),
        "body": style("body"),
        "item": style("item", leftIndent=12, firstLineIndent=-12),
        "tfoot": style("tfoot", sans, 7.5, 9.5, textColor=GREY),
        "tlabel": style("tl", bold, 8.5, 10.5),
        "thead": style("th", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8.5, 10.5, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 10.5),
        "tbody_b": style("tbb", bold, 8.5, 10.5),
        "tamount": style("ta", sans, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT),
    }


def _table(t: source.Table, st, rec, width) -> list:
    pad = 4
    rows, spans, _, _ = _grid(t, st, rec)
    lines = max(len(t.header), 1)
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=0.32)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, CELL)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                 hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _content(row: source.Field, st, rec, iw) -> list:
    out = []
    for item in row.content:
        if isinstance(item, source.Table):
            out += _table(item, st, rec, iw)
        else:
            out.append(_text(item, st["item" if _LIST_ITEM.match(item) else "body"], rec))
    return out or [para("", st["body"], rec)]


def render_fieldset(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    info_meta = meta(dossier, "fieldset")
    name = dossier_name(dossier)
    page_title = f"Projectaanvraag Regio Deal {name} | Mijn Regio Deal".replace("  ", " ")
    slug = (name.lower().replace(" ", "-") or "regio")
    url = f"https://mijn.regiodeals.nl/aanvraag/{slug}/projecten?weergave=afdrukken"
    stamp = "14-03-2024 10:47"
    iw = FW - 2 * PAD

    def once(info):
        truth = Truth(dossier, "fieldset")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=MT, bottomMargin=MB, **info_meta)

        def furniture(canv, d):
            page = canv.getPageNumber()
            total = max(info["total"], page)
            canv.saveState()
            canv.setFillColor(colors.black)
            canv.setFont(sans, 7)
            canv.drawString(0.9 * cm, HEIGHT - 0.75 * cm, stamp)
            canv.drawCentredString(WIDTH / 2, HEIGHT - 0.75 * cm, page_title)
            canv.drawString(0.9 * cm, 0.6 * cm, url)
            canv.drawRightString(WIDTH - 0.9 * cm, 0.6 * cm, f"{page}/{total}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MX, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])

        story: list = [para(f"Projectaanvraag Regio Deal {name}".strip(), st["h1"]),
                       para("Overzicht van de ingediende projectvoorstellen (afdrukversie)",
                            st["lead"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [Spacer(0, 8), CondPageBreak(HEIGHT / 4)]
            story.append(para(f"Home › Regio Deal {name} › {pr.theme}".replace("  ", " "),
                              st["crumb"], rec))
            story.append(para(pr.title, st["h2"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.append(FieldSet("Begroting", _table(row, st, rec, iw), bold, rec))
                else:
                    story.append(FieldSet(row.label, _content(row, st, rec, iw), bold, rec))
            if pr.notes:
                items = []
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        items.append(_text(f"{note.mark} {text}" if j == 0 else text,
                                           st["body"], rec))
                story.append(FieldSet("Toelichting", items, bold, rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
