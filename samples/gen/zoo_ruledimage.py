"""One more house style for the layout zoo (see zoo.py), held out: a regional office's report
template whose funding tables are an EMPTY EXCEL GRID PASTED AS A PICTURE with the amounts
typed over it in text boxes, so that every rule, fill and stripe of a table exists only as
pixels of a raster image; the logo, the header rule and the title bars are pictures too.

- ruledimage: A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.6 cm top, 2.2 cm bottom (a
          16.5 cm text column). Body in a Times-like serif (Times-Roman; DejaVu Serif for a
          paragraph with a character it lacks) 10.5pt on 14pt, ragged right, 5pt after each
          paragraph; a list item hangs on its marker. HEADINGS AND LABELS in Helvetica.
          RUNNING HEAD on every page: the office's LOGO, a 200 dpi PNG (a green rounded square
          with a white wave and the word "REGIO" in pixels, 26 x 26pt) at the top left, 1.1 cm
          from the top; at the right "Regio Deal <Name> - projectvoorstellen" in 8pt grey live
          text; under both a 1pt green rule that is a PNG STRIP across the column. Footer: the
          office's name "Regionaal Programmabureau <Name>" at the left and "Pagina N" at the
          right, 8pt grey, live text.
          Each project OPENS A NEW PAGE: its theme in 8.5pt grey capitals, under it the TITLE
          BAR: a PNG picture across the column (a horizontal gradient from dark green #1E5B4F
          to #3F8C78, a 4pt light-green tab at its left end), as tall as the title plus 6pt
          above and below, with the title in 14pt bold WHITE LIVE TEXT over it, 10pt in.
          FIELD LABELS in 10pt bold Helvetica, dark green, on a line of their own (9pt above,
          kept with the text), the field's paragraphs under them. The project's notes at its
          end in 8pt serif, each "<mark> <text>".
          TABLES (the funding tables and the tables inside a field, where they stand) across the
          column: each table (each part of a broken table) is ONE RASTER IMAGE at 200 dpi,
          drawn from PIL, of an empty Excel-like grid: the header lines filled dark green
          (#2E6B5E) with pale-green (#7FA99D) 1px rules between their cells, the table label's
          corner cell as tall as all header lines, a group cell ("Publiek") as wide as its
          members, a header over both lines one tall cell; the body rows in ZEBRA STRIPES
          (white and #EAF1EE by turns, the first body row white), 1px grey-green (#A7B8B1)
          rules between all rows and columns; the Totaal row (a label starting "Totaal"/
          "Total") filled #CFE0D8 with a 3px dark-green rule above it; a 2px dark-green frame
          round the whole. Padding 4pt left and right, 3pt top and bottom. THE TEXT IS LIVE
          TEXT TYPED OVER THE PICTURE, as if in text boxes, 8.5pt Helvetica: the header texts
          bold white (the label left, a column name right-aligned at its cell's foot, a group
          name centred), row labels left, amounts right-aligned exactly as transcribed, words
          left, the Totaal row bold; the pieces placed BY HAND: every cell's text moved from
          its cell's place by a seeded offset of up to 1.5pt either way, about one cell in six
          by up to 3pt across and 2pt up or down (the same on every rendering). THERE IS NO
          VECTOR RULE OR FILL in any table. A table that does not fit the page is cut between
          body rows, each part a picture of its own under its header lines (repeated, in the
          picture and as text); the transcription's page breaks are not followed. Table
          footnotes under the picture in 8pt serif.

Every cell is printed exactly as transcribed, in the transcription's order: the truth record is
the plain one (no "raw"). A project runs from its title to the page of its last text.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, para, register_fonts)
from .zoo_percent import amount

W, H = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.6 * cm, 2.2 * cm
FW = W - ML - MR
DPI = 200
S = DPI / 72.0
GREEN = colors.HexColor("#1E5B4F")
GREY = colors.HexColor("#6E6E6E")
HPAD, VPAD = 4.0, 3.0


def _st(name, font, size, leading, **kw):
    return ParagraphStyle(f"ri-{name}", fontName=font, fontSize=size, leading=leading, **kw)


ST = {
    "theme": _st("theme", "Helvetica", 8.5, 11, textColor=GREY, spaceAfter=3, keepWithNext=1),
    "title": _st("title", "Helvetica-Bold", 14, 17, textColor=colors.white),
    "label": _st("label", "Helvetica-Bold", 10, 13, textColor=GREEN, spaceBefore=9, spaceAfter=2,
                 keepWithNext=1),
    "body": _st("body", "Times-Roman", 10.5, 14, spaceAfter=5),
    "item": _st("item", "Times-Roman", 10.5, 14, spaceAfter=3, leftIndent=14, bulletIndent=2),
    "tlabel": _st("tl", "Helvetica-Bold", 8.5, 10.2, textColor=colors.white),
    "thead": _st("th", "Helvetica-Bold", 8.5, 10.2, textColor=colors.white, alignment=TA_RIGHT),
    "tgroup": _st("tg", "Helvetica-Bold", 8.5, 10.2, textColor=colors.white, alignment=TA_CENTER),
    "tbody": _st("tb", "Helvetica", 8.5, 10.2),
    "tbody_b": _st("tbb", "Helvetica-Bold", 8.5, 10.2),
    "tamount": _st("ta", "Helvetica", 8.5, 10.2, alignment=TA_RIGHT),
    "tamount_b": _st("tab", "Helvetica-Bold", 8.5, 10.2, alignment=TA_RIGHT),
    "tfoot": _st("tf", "Times-Roman", 8, 10, spaceAfter=1),
    "note": _st("note", "Times-Roman", 8, 10, spaceAfter=2),
}


def _px(v: float) -> int:
    return int(round(v * S))


# --- pictures ---------------------------------------------------------------------------

def _logo() -> Image.Image:
    n = _px(26)
    img = Image.new("RGB", (n, n), "white")
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, n - 1, n - 1), radius=_px(5), fill=(30, 91, 79))
    pts = [(x, n * 0.40 + n * 0.09 * math.sin(x / n * 2 * math.pi * 1.5))
           for x in range(_px(3), n - _px(3))]
    d.line(pts, fill="white", width=max(2, _px(1.2)))
    try:
        font = ImageFont.load_default(size=_px(6.5))
    except TypeError:  # an older Pillow
        font = ImageFont.load_default()
    d.text((n / 2, n * 0.78), "REGIO", fill="white", font=font, anchor="mm")
    return img


def _strip(w: float, h: float, rgb) -> Image.Image:
    return Image.new("RGB", (_px(w), max(1, _px(h))), rgb)


def _bar(w: float, h: float) -> Image.Image:
    pw, ph = _px(w), _px(h)
    img = Image.new("RGB", (pw, ph), "white")
    d = ImageDraw.Draw(img)
    a, b = (0x1E, 0x5B, 0x4F), (0x3F, 0x8C, 0x78)
    for x in range(pw):
        t = x / max(1, pw - 1)
        d.line([(x, 0), (x, ph)], fill=tuple(int(a[k] + (b[k] - a[k]) * t) for k in range(3)))
    d.rectangle((0, 0, _px(4), ph), fill=(0xA8, 0xD5, 0xBA))
    return img



class _Bar(Flowable):
    """The title bar: a picture with the title as live white text over it."""

    def __init__(self, title: str, rec):
        super().__init__()
        self.p = para(title, ST["title"], rec)

    def wrap(self, aW, aH):
        self.width = aW
        _, ph = self.p.wrap(aW - 20, 1e6)
        self.height = ph + 12
        return aW, self.height

    def draw(self):
        c = self.canv
        c.drawImage(ImageReader(_bar(self.width, self.height)), 0, 0, self.width, self.height)
        self.p.drawOn(c, 10, 6)


class _PicTable(Flowable):
    """A table as a grid picture with the cells' texts over it (see the module docstring)."""

    def __init__(self, t: source.Table, rec, width: float, seed: str, rows=None, first_row=0):
        super().__init__()
        self.t, self.rec, self.tw, self.seed = t, rec, width, seed
        self.first_row = first_row
        n = t.columns
        self.n = n
        self.lines = max(len(t.header), 1)
        self.widths = _col_widths(t, lambda s: s, width, ST, HPAD + 1)
        self.widths[0] -= sum(self.widths) - width
        self.xs = [0.0]
        for w in self.widths:
            self.xs.append(self.xs[-1] + w)
        self.heads = [(0, 0, 1, self.lines, para(t.label, ST["tlabel"], rec))]
        for hc in t.header_cells():
            st = ST["tgroup"] if hc.columns > 1 else ST["thead"]
            self.heads.append((hc.column, hc.line, hc.columns, hc.lines, para(hc.text, st, rec)))
        self.line_h = [0.0] * self.lines
        for c, ln, cs, ls, pp in self.heads:
            _, hh = pp.wrap(self.xs[c + cs] - self.xs[c] - 2 * HPAD, 1e6)
            if ls == 1:
                self.line_h[ln] = max(self.line_h[ln], hh + 2 * VPAD)
        for c, ln, cs, ls, pp in self.heads:
            if ls > 1:
                _, hh = pp.wrap(self.xs[c + cs] - self.xs[c] - 2 * HPAD, 1e6)
                have = sum(self.line_h[ln:ln + ls])
                if hh + 2 * VPAD > have:
                    self.line_h[ln + ls - 1] += hh + 2 * VPAD - have
        self.head_h = sum(self.line_h)
        if rows is None:
            rows = []
            for row in t.rows:
                b = "_b" if is_total(row[0]) else ""
                cells = list(row[1:n + 1]) + [""] * (n + 1 - len(row))
                ps = [para(row[0], ST["tbody" + b], rec)]
                ps += [para(v, ST[("tamount" if amount(v) is not None else "tbody") + b], rec) if v else None
                       for v in cells]
                hh = max(pp.wrap(self.widths[k] - 2 * HPAD, 1e6)[1] for k, pp in enumerate(ps) if pp is not None)
                rows.append((bool(b), ps, hh + 2 * VPAD))
        self.rows = rows

    def wrap(self, aW, aH):
        self.width = self.tw
        self.height = self.head_h + sum(h for _, _, h in self.rows)
        return self.width, self.height

    def split(self, aW, aH):
        used, k = self.head_h, 0
        while k < len(self.rows) and used + self.rows[k][2] <= aH:
            used += self.rows[k][2]
            k += 1
        if k == 0 or k == len(self.rows):
            return []
        a = _PicTable(self.t, self.rec, self.tw, self.seed, self.rows[:k], self.first_row)
        b = _PicTable(self.t, self.rec, self.tw, self.seed + "+", self.rows[k:], self.first_row + k)
        return [a, b]

    def _picture(self) -> Image.Image:
        pw, ph = _px(self.width), _px(self.height)
        img = Image.new("RGB", (pw, ph), "white")
        d = ImageDraw.Draw(img)
        X = [_px(x) for x in self.xs]
        X[-1] = pw - 1
        head_px = _px(self.head_h)
        d.rectangle((0, 0, pw - 1, head_px), fill=(0x2E, 0x6B, 0x5E))
        tops = [0.0]
        for lh in self.line_h:
            tops.append(tops[-1] + lh)
        pale, rule, dark = (0x7F, 0xA9, 0x9D), (0xA7, 0xB8, 0xB1), (0x2E, 0x6B, 0x5E)
        for c, ln, cs, ls, _ in self.heads:   # each header cell's own edges, inside the fill
            x0, x1 = X[c], X[c + cs]
            y0, y1 = _px(tops[ln]), _px(tops[ln + ls])
            if ln + ls < self.lines:
                d.line([(x0, y1), (x1, y1)], fill=pale, width=1)
            if c + cs <= self.n:
                d.line([(x1, y0), (x1, y1)], fill=pale, width=1)
        y = self.head_h
        for k, (bold, _, rh) in enumerate(self.rows):
            y0, y1 = _px(y), _px(y + rh)
            if bold:
                d.rectangle((0, y0, pw - 1, y1), fill=(0xCF, 0xE0, 0xD8))
            elif (self.first_row + k) % 2:
                d.rectangle((0, y0, pw - 1, y1), fill=(0xEA, 0xF1, 0xEE))
            for x in X[1:-1]:
                d.line([(x, y0), (x, y1)], fill=rule, width=1)
            if k:
                d.line([(0, y0), (pw - 1, y0)], fill=rule, width=1)
            if bold:
                d.line([(0, y0 - 1), (pw - 1, y0 - 1)], fill=dark, width=3)
            y += rh
        d.rectangle((0, 0, pw - 1, ph - 1), outline=dark, width=2)
        return img

    def draw(self):
        c = self.canv
        c.drawImage(ImageReader(self._picture()), 0, 0, self.width, self.height)
        rng = random.Random(self.seed)

        def jitter():
            if rng.random() < 1 / 6:
                return rng.uniform(-3, 3), rng.uniform(-2, 2)
            return rng.uniform(-1.5, 1.5), rng.uniform(-1.5, 1.5)

        top = self.height
        tops = [top]
        for lh in self.line_h:
            tops.append(tops[-1] - lh)
        for col, ln, cs, ls, pp in self.heads:
            w = self.xs[col + cs] - self.xs[col]
            _, ph = pp.wrap(w - 2 * HPAD, 1e6)
            dx, dy = jitter()
            pp.drawOn(c, self.xs[col] + HPAD + dx, tops[ln + ls] + VPAD + dy)
        y = top - self.head_h
        for bold, ps, rh in self.rows:
            for k, pp in enumerate(ps):
                if pp is None:
                    continue
                _, ph = pp.wrap(self.widths[k] - 2 * HPAD, 1e6)
                dx, dy = jitter()
                pp.drawOn(c, self.xs[k] + HPAD + dx, y - VPAD - ph + dy)
            y -= rh


# --- the document -----------------------------------------------------------------------

def _table(t: source.Table, rec, seed: str) -> list:
    out = [Spacer(0, 6), _PicTable(t, rec, FW, seed)]
    out += [para(f, ST["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_ruledimage(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    logo = ImageReader(_logo())
    rule = ImageReader(_strip(FW, 1, (0x1E, 0x5B, 0x4F)))

    def once(info):
        truth = Truth(dossier, "ruledimage")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "ruledimage"))

        def on_page(canv, d):
            canv.saveState()
            top = H - 1.1 * cm
            canv.drawImage(logo, ML, top - 26, 26, 26)
            canv.setFillColor(GREY)
            head = f"Regio Deal {name} - projectvoorstellen"
            canv.setFont(font_for(head, "Helvetica"), 8)
            canv.drawRightString(W - MR, top - 22, head)
            canv.drawImage(rule, ML, top - 32, FW, 1)
            canv.setFont("Helvetica", 8)
            canv.drawString(ML, 1.2 * cm, f"Regionaal Programmabureau {name}")
            canv.drawRightString(W - MR, 1.2 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(ML, MB, FW, H - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), ST["theme"], truth.heading(p)))
            story.append(_Bar(pr.title, truth.heading(p)))
            k = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, rec, f"ruledimage-{p}-{k}")
                    k += 1
                    continue
                story.append(para(row.label, ST["label"], rec))
                for c in row.content or ("",):
                    if isinstance(c, source.Table):
                        story += _table(c, rec, f"ruledimage-{p}-{k}")
                        k += 1
                    else:
                        story.append(field_para(c, ST["body"], ST["item"], rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, ST["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
