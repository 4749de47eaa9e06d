"""One more house style for the layout zoo (see zoo.py), held out: the dossier KEPT IN A ONENOTE
NOTEBOOK (a section per theme, a PAGE per project) and printed to PDF page by page ("Afdrukken >
Microsoft Print to PDF"), the prints joined into one file.

- onenote: A4 portrait, OneNote's print margins (1.6 cm all round), NO RUNNING HEADER OR FOOTER
          AT ALL, no page numbers. A sans (DejaVu Sans, standing in for Calibri 11pt) at 9.5pt
          on 12.5pt, black, ragged right. EVERY PROJECT IS ONE ONENOTE PAGE and starts a new
          sheet; a long OneNote page runs on over as many sheets as it needs, cut between
          lines and between table rows, with nothing to say it continues.
          THE PAGE TITLE at the top left: the project's title in 17pt (Calibri Light's
          place), then a THIN LINE (0.6pt #BFBFBF) under it, as wide as the title and at
          least 8 cm, then the page's CREATION DATE AND TIME in 8pt grey (#767676): "dinsdag
          12 maart 2019" and, 1.2 cm further right, "14:32" (every page its own date: the
          notebook was filled over some weeks).
          Then FREE-POSITIONED NOTE CONTAINERS, each with its own left offset from the margin
          (cycling 0, 1.0, 0.2, 2.1, 0.6, 1.5, 0 ... cm) and its own width (the rest of the
          text width minus 0 to 2.5 cm), 14 to 24pt apart: so the text blocks of one page do
          NOT share a left edge. The first container holds the line "Thema: <theme>"; where
          the project's FIRST FIELD is one paragraph of at most 160 characters (no table), its
          container stands BESIDE the theme's, SIDE BY SIDE on the same band: the theme at the
          margin, the field's container from 8.2 cm to the right margin, its top 9pt LOWER than
          the theme line's (a short title-like field on the right). Then every other FIELD
          its own container: its label as a bold line of its own (as the writer
          bolded it), its paragraphs under it, 4pt apart; a list item keeps the
          transcription's marker and hangs on it.
          ONENOTE TAGS, drawn as vector shapes in a 14pt gutter at the left of the tagged
          line (the line's text moved in by it): the second, sixth, ... field's label carries
          the "Belangrijk" tag (a yellow five-pointed STAR with a dark outline); the fourth,
          eighth, ... field's label a "Taak" tag (a small CHECKBOX SQUARE, ticked with a
          green check in every other such field); every LIST ITEM of the third, sixth, ...
          field a checkbox too (before its own marker); the first paragraph of a project's
          LAST field the "Vraag" tag (a purple disc with a white question mark drawn as a
          curve and a dot). No tag holds any text.
          TABLES (the investment tables where they stand among the fields, each in a
          container of its own; a table in a field inside that field's container) as OneNote
          draws them: every cell ruled 0.75pt light grey (#BFBFBF), no fills, cells padded
          4pt at the sides and 2pt above and below, everything LEFT-ALIGNED (amounts too),
          top-aligned; the header lines BOLD (the writer bolded them). COLUMNS AUTO-FITTED to
          their content: each as wide as its widest unwrapped text (plus padding) where the
          table fits the container, else its longest word and a share of the rest; the table
          no wider than it needs. OneNote CANNOT MERGE CELLS: a group header ("Publiek") is
          typed in the first column under it with the columns to its right blank on that
          line; a header cell spanning lines stands on the first line, blank under it; the
          table's label in the top-left cell (blank under it). A table breaks between rows,
          NOT repeating its header. Table footnotes as plain lines under the table in its
          container. PROJECT NOTES in a last container, 8.5pt grey, the mark first.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed. A
project's pages are those of its OneNote page, from its title to its last line.
"""

from __future__ import annotations

import datetime
import math

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, Indenter, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (LIST_ITEM, RP, Doc, Truth, auto_widths, build_until_stable, field_para, meta, para,
                         register_fonts, tables_of)

WIDTH, HEIGHT = A4
M = 1.6 * cm
FW = WIDTH - 2 * M
OFFSETS = [0, 1.0, 0.2, 2.1, 0.6, 1.5, 0.0, 2.5, 0.9]  # cm, the containers' left offsets
SLACK = [0, 1.2, 0.4, 2.5, 0.8, 0, 1.8]  # cm, what each container leaves free at the right
GAPS = [16, 22, 14, 24, 18, 20]
SIDE_X = 8.2 * cm  # the second of two side-by-side containers starts here
SIDE_DROP = 9  # and this much lower than the first
SIDE_MAX = 160  # characters: a first field this short stands beside the theme
GRID = colors.HexColor("#BFBFBF")
GREY = colors.HexColor("#767676")
TAG_W = 14
DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]


def _stamp(p: int) -> tuple[str, str]:
    day = datetime.date(2019, 3, 12) + datetime.timedelta(days=3 * p + (p % 2))
    minutes = (9 * 60 + 5) + (p * 137) % (8 * 60)
    return (f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}",
            f"{minutes // 60}:{minutes % 60:02d}")


def _star(canv, x, y, r):
    pts = []
    for k in range(10):
        a = math.pi / 2 + k * math.pi / 5
        rr = r if k % 2 == 0 else r * 0.42
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    path = canv.beginPath()
    path.moveTo(*pts[0])
    for q in pts[1:]:
        path.lineTo(*q)
    path.close()
    canv.setFillColor(colors.HexColor("#FFC83D"))
    canv.setStrokeColor(colors.HexColor("#9C6500"))
    canv.setLineWidth(0.5)
    canv.drawPath(path, stroke=1, fill=1)


def _checkbox(canv, x, y, s, ticked):
    canv.setStrokeColor(colors.HexColor("#404040"))
    canv.setFillColor(colors.white)
    canv.setLineWidth(0.6)
    canv.rect(x - s / 2, y - s / 2, s, s, stroke=1, fill=1)
    if ticked:
        canv.setStrokeColor(colors.HexColor("#2E7D32"))
        canv.setLineWidth(1.2)
        path = canv.beginPath()
        path.moveTo(x - s * 0.32, y)
        path.lineTo(x - s * 0.08, y - s * 0.28)
        path.lineTo(x + s * 0.36, y + s * 0.32)
        canv.drawPath(path, stroke=1, fill=0)


def _question(canv, x, y, r):
    canv.setFillColor(colors.HexColor("#7A3E9D"))
    canv.circle(x, y, r, stroke=0, fill=1)
    canv.setStrokeColor(colors.white)
    canv.setFillColor(colors.white)
    canv.setLineWidth(1.0)
    path = canv.beginPath()
    path.arc(x - r * 0.35, y + r * 0.05, x + r * 0.35, y + r * 0.7, startAng=-60, extent=240)
    canv.drawPath(path, stroke=1, fill=0)
    canv.line(x + r * 0.12, y + r * 0.12, x, y - r * 0.2)
    canv.circle(x, y - r * 0.55, r * 0.12, stroke=0, fill=1)


class TagRP(RP):
    """A paragraph with a OneNote tag drawn in the gutter left of its first line (the style
    leaves the gutter); only the first part of a split paragraph carries it."""

    _tag = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for k, q in enumerate(parts):
            q.__class__ = TagRP
            q._tag = self._tag if k == 0 else None
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if not self._tag:
            return
        kind, ticked = self._tag
        lead = self.style.leading
        cy = y + self.height - lead / 2 - 1
        cx = x + min(self.style.leftIndent, getattr(self.style, "bulletIndent", 0) or self.style.leftIndent) - TAG_W + 5
        canv.saveState()
        if kind == "star":
            _star(canv, cx, cy, 5.2)
        elif kind == "box":
            _checkbox(canv, cx, cy, 7.5, ticked)
        else:
            _question(canv, cx, cy, 4.8)
        canv.restoreState()


def tagged(text: str, body: ParagraphStyle, item: ParagraphStyle, rec, tag) -> RP:
    """A field's paragraph (field_para), moved in by the tag gutter with the tag drawn before
    its first line; `tag` None: the plain paragraph."""
    if tag is None:
        return field_para(text, body, item, rec)
    body = ParagraphStyle(f"{body.name}-tag", body, leftIndent=body.leftIndent + TAG_W)
    item = ParagraphStyle(f"{item.name}-tag", item, leftIndent=item.leftIndent + TAG_W,
                          bulletIndent=item.bulletIndent + TAG_W)
    p = field_para(text, body, item, rec)
    p.__class__ = TagRP
    p._tag = tag
    return p


class _TitleBlock(Flowable):
    """The OneNote page title: the title, a thin line, the creation date and time."""

    def __init__(self, title: RP, stamp: tuple[str, str]):
        super().__init__()
        self.title, self.stamp = title, stamp

    def wrap(self, aW, aH):
        self.tw, self.th = self.title.wrap(min(aW, 15 * cm), aH)
        self.width, self.height = aW, self.th + 4 + 14
        return aW, self.height

    def draw(self):
        canv = self.canv
        self.title.drawOn(canv, 0, self.height - self.th)
        longest = min(stringWidth(self.title._text, self.title.style.fontName, self.title.style.fontSize), self.tw)
        w = max(longest + 6, 8 * cm)
        y = self.height - self.th - 3
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(0.6)
        canv.line(0, y, w, y)
        canv.setFillColor(GREY)
        canv.setFont("DejaVuSans", 8)
        date, time = self.stamp
        canv.drawString(0, y - 11, date)
        canv.drawString(stringWidth(date, "DejaVuSans", 8) + 1.2 * cm, y - 11, time)
        canv.restoreState()


def render_onenote(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()

    def s(n, font="DejaVuSans", size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"onenote-{n}", fontName=font, fontSize=size, leading=leading, **kw)

    st = {"title": s("title", size=17, leading=21),
          "body": s("body", spaceAfter=4),
          "item": s("item", spaceAfter=4, leftIndent=13, bulletIndent=0, bulletFontName="DejaVuSans"),
          "label": s("label", "DejaVuSans-Bold", spaceAfter=3),
          "cell": s("cell"), "head": s("head", "DejaVuSans-Bold"),
          "note": s("note", size=8.5, leading=11, textColor=GREY, spaceAfter=3)}
    PAD_X, PAD_Y = 4, 2

    def table(t: source.Table, rec, width):
        n, lines = t.columns, max(len(t.header), 1)
        grid = [[""] * (n + 1) for _ in range(lines)]
        grid[0][0] = t.label
        for h in t.header_cells():
            grid[h.line][h.column] = h.text
        body = [list(r[:n + 1]) + [""] * (n + 1 - len(r)) for r in t.rows]
        cells = []
        for r, row in enumerate(grid):
            for c, text in enumerate(row):
                if text:
                    cells.append((c, 1, text, st["head"]))
        for row in body:
            for c, text in enumerate(row):
                if text:
                    cells.append((c, 1, text, st["cell"]))
        widths = auto_widths(cells, n + 1, width, 2 * PAD_X + 1)
        data = [[para(x, st["head"], rec) if x else "" for x in row] for row in grid]
        data += [[para(x, st["cell"], rec) if x else "" for x in row] for row in body]
        return Table(data, colWidths=widths, hAlign="LEFT", repeatRows=0, style=TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.75, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y + 1)]))

    def container(k, flowables):
        left = OFFSETS[k % len(OFFSETS)] * cm
        right = SLACK[k % len(SLACK)] * cm
        return [Spacer(0, GAPS[k % len(GAPS)]), Indenter(left, right), *flowables, Indenter(-left, -right)]

    def once(info):
        truth = Truth(dossier, "onenote")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                  bottomMargin=M, **meta(dossier, "onenote"))
        doc.addPageTemplates([PageTemplate("p", [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)])])
        story = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_TitleBlock(para(pr.title, st["title"], truth.heading(p)), _stamp(p)))
            k = p  # the containers' offsets run on from page to page
            fields = [r for r in pr.rows if not isinstance(r, source.Table)]
            rows = list(pr.rows)
            theme = para(f"Thema: {pr.theme}", st["body"], rec)
            first = rows[0] if rows else None
            if (isinstance(first, source.Field) and len(first.content) == 1 and isinstance(first.content[0], str)
                    and len(first.content[0]) <= SIDE_MAX):
                # the theme and a short first field in two containers SIDE BY SIDE, not top-aligned
                k += 1
                right = FW - SIDE_X
                pair = Table([[[theme], [para(first.label, st["label"], rec),
                                         field_para(first.content[0], st["body"], st["item"], rec)]]],
                             colWidths=[SIDE_X, right], hAlign="LEFT", style=TableStyle([
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("TOPPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (1, 0), (1, 0), SIDE_DROP),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                story += [Spacer(0, GAPS[p % len(GAPS)]), pair]
                rows = rows[1:]
                f_no = 1
            else:
                story += container(k, [theme])
                f_no = 0
            for row in rows:
                k += 1
                left = OFFSETS[k % len(OFFSETS)] * cm
                width = FW - left - SLACK[k % len(SLACK)] * cm
                if isinstance(row, source.Table):
                    story += container(k, [table(row, rec, width)]
                                       + [para(f, st["body"], rec) for f in row.footnotes])
                    continue
                f_no += 1
                label_tag = (("star", False) if f_no % 4 == 2 else ("box", f_no % 8 == 0) if f_no % 4 == 0 else None)
                items_boxed = f_no % 3 == 0
                last = row is fields[-1]
                flow = [tagged(row.label, st["label"], st["label"], rec, label_tag)]
                first_par = True
                for item in row.content:
                    if isinstance(item, source.Table):
                        flow.append(Spacer(0, 2))
                        flow.append(table(item, rec, width))
                        flow += [para(f, st["body"], rec) for f in item.footnotes]
                        flow.append(Spacer(0, 4))
                        continue
                    tag = None
                    if last and first_par:
                        tag = ("question", False)
                    elif items_boxed and LIST_ITEM.match(item):
                        tag = ("box", False)
                    flow.append(tagged(item, st["body"], st["item"], rec, tag))
                    first_par = False
                story += container(k, flow)
            if pr.notes:
                k += 1
                flow = []
                for note in pr.notes:
                    flow += [para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec)
                             for j, text in enumerate(note.text or ("",))]
                story += container(k, flow)
        doc.build(story)
        return truth

    return build_until_stable(once)
