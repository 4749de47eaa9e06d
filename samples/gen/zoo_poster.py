"""One more house style for the layout zoo (see zoo.py), held out: the dossier as ONE BIG
POSTER (or two) that a programme office hangs at a regional conference ("Regionale
Investeringsconferentie"), every project a PANEL in a MASONRY GRID of four columns.

- poster: A0 PORTRAIT sheets (2383.9 x 3370.4 pt), margins 60pt all round, a light grey
          ground (#EEF1F4) over the whole sheet. A sans (Helvetica; DejaVu Sans for a
          paragraph holding a character it lacks) throughout.
          TITLE BANNER across the top of every sheet, 300pt high from the top margin, filled
          dark blue (#17365D): "Regio Deal <Name>" in bold 96pt white at the left, under it
          "De projecten" + " | poster <k> van <n>" where there are several sheets, 40pt in a
          light tint, and under that the conference line ("Regionale
          Investeringsconferentie <Name> | 14 maart 2019") in 26pt; at the banner's right
          end a grey 220pt square standing for a QR code (no text).
          FOOTER STRIP across the bottom of every sheet, 150pt high over the bottom margin:
          white, a 3pt dark blue rule along its top, SIX grey boxes (#C9CDD2, 230 x 80pt,
          30pt apart, no text: the partners' logos) at the left, the CONTACT LINE at the
          right end, right-aligned in 20pt ("Contact: Programmabureau Regio Deal <Name> |
          regiodeal@<name>.nl | www.regiodeal<name>.nl").
          THE GRID, between banner (40pt under it) and footer strip (40pt above it): THREE
          COLUMNS 730.6pt wide, 36pt gutters. Every project is ONE PANEL, never split: a
          white rectangle (no border) whose TITLE BAR across its top is filled in its
          theme's colour (themes in order of first appearance, a fixed palette of six dark
          tones): the theme in 0.9 x body size, a light tint, over the title in bold 1.75 x
          body size, white, 16pt padding. Under the bar, 20pt in at the sides, the fields:
          each label a SMALL BOLD line in the theme colour (0.82 x body size, as
          transcribed, not in capitals, 0.9 x body above it), its paragraphs in body size
          on 1.25 x leading, ragged right, 0.35 x body after each (a list item hangs on its
          marker). Tables (the investment table, and a table inside a field, which stays
          there) at the panel's inner width in 0.8 x body size: the table's label in the
          top-left header cell, single value headers right-aligned, a group header centred
          over its members with a thin rule under it, a 1pt theme-coloured rule above and
          under the header, 0.4pt grey rules between body rows, 1pt under the last; amounts
          right-aligned exactly as transcribed; the Totaal row bold; table footnotes under
          it in 0.7 x body size. The project's notes at the PANEL'S FOOT under a short
          rule, 0.7 x body size. Panel height follows its content (24pt padding at the foot).
          MASONRY: panels go in the dossier's order, each ONE COLUMN wide to the place where
          its top is highest (the column whose lowest panel ends highest; the leftmost on a
          tie), 36pt under the panel above; a panel that fits in no single column there (or
          whose one-column height exceeds 75% of the column height) is set TWO COLUMNS wide
          (the text runs the double width) in the pair of adjacent columns where its top is
          highest; a panel that fits nowhere on the sheet starts the next sheet (no
          back-filling of earlier gaps). So a column reads top to bottom, but the projects'
          order zigzags across the columns, and a wide panel may sit under two narrow ones.
          BODY SIZE: the designer's largest size, from 18pt down to 14pt, at which the
          dossier fits on ONE sheet; else, from 16pt down to 12pt, the size that needs the
          fewest sheets (the largest of those). Zeeland: one sheet at 15pt; Twente: four
          sheets at 13pt (panels 1-4, 5-6, 7-8, 9-11). No page numbers, no running header,
          no contents.

Every cell is printed as transcribed (no "raw"); the labels are the transcription's (no
"field_labels"). A project's first and last page are both the sheet that holds its panel
(a sheet holds several projects, each in its panels only).
"""

from __future__ import annotations

from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A0
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Truth, dossier_name, field_para, meta, para, register_fonts

WIDTH, HEIGHT = A0
MARGIN = 60.0
BANNER_H = 300.0
FOOT_H = 150.0
NCOL = 3
GUTTER = 36.0
COL_W = (WIDTH - 2 * MARGIN - (NCOL - 1) * GUTTER) / NCOL
GRID_TOP = HEIGHT - MARGIN - BANNER_H - 40.0
GRID_BOTTOM = MARGIN + FOOT_H + 40.0
COL_H = GRID_TOP - GRID_BOTTOM
PAD = 20.0
BAR_PAD = 16.0
SPAN_SHARE = 0.75

GROUND = colors.HexColor("#EEF1F4")
NAVY = colors.HexColor("#17365D")
LOGO = colors.HexColor("#C9CDD2")
INK = colors.HexColor("#222222")
RULE = colors.HexColor("#B8BDC4")
TINT = colors.HexColor("#DCE6EE")
PALETTE = [colors.HexColor(c) for c in
           ("#1F5F8B", "#2E7350", "#9A4A1C", "#5E3F86", "#7A6A12", "#2F5D6B")]


def _fonts() -> None:
    register_fonts()
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")


def _themes(dossier) -> OrderedDict:
    out: OrderedDict[str, int] = OrderedDict()
    for pr in dossier.projects:
        out.setdefault(pr.theme, len(out))
    return out


def _styles(size: float, colour) -> dict:
    sans, bold = "Helvetica", "Helvetica-Bold"
    s = size

    def style(name, font=sans, fs=s, leading=None, **kw):
        return ParagraphStyle(f"po-{name}-{s}", fontName=font, fontSize=fs, leading=leading or fs * 1.25,
                              **{"textColor": INK, **kw})

    t = 0.8 * s
    return {
        "body": style("body", spaceAfter=0.35 * s),
        "item": style("item", leftIndent=1.2 * s, bulletIndent=0, bulletFontName=sans,
                      bulletFontSize=s, spaceAfter=0.35 * s),
        "label": style("label", bold, 0.82 * s, 1.0 * s, textColor=colour, spaceBefore=0.9 * s,
                       spaceAfter=0.25 * s),
        "theme": style("theme", sans, 0.9 * s, 1.1 * s, textColor=TINT),
        "title": style("title", bold, 1.75 * s, 2.05 * s, textColor=colors.white),
        "note": style("note", sans, 0.7 * s, 0.88 * s, leftIndent=0.7 * s, firstLineIndent=-0.7 * s,
                      spaceAfter=0.15 * s),
        "note_more": style("notem", sans, 0.7 * s, 0.88 * s, leftIndent=0.7 * s, spaceAfter=0.15 * s),
        "tlabel": style("tl", bold, t, 1.22 * t),
        "thead": style("th", bold, t, 1.22 * t, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, t, 1.22 * t, alignment=TA_CENTER),
        "tbody": style("tb", sans, t, 1.22 * t),
        "tbody_b": style("tbb", bold, t, 1.22 * t),
        "tamount": style("ta", sans, t, 1.22 * t, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, t, 1.22 * t, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 0.7 * s, 0.88 * s, spaceBefore=0.2 * s, spaceAfter=0.2 * s),
    }


def _table(t: source.Table, st: dict, width: float, colour) -> list:
    pad = 0.3 * st["body"].fontSize
    rows, spans, placed, totals = _grid(t, st, None)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad)
    widths[-1] -= sum(widths) - width
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad * 0.7), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colour),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.0, colour),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, colour)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.4, RULE))
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.6, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [Spacer(0, 0.3 * st["body"].fontSize),
           Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"]) for f in t.footnotes]
    out.append(Spacer(0, 0.3 * st["body"].fontSize))
    return out


class _Panel:
    def __init__(self, index: int, pr: source.Project, colour, size: float, span: int):
        self.index, self.pr, self.colour, self.span = index, pr, colour, span
        self.width = span * COL_W + (span - 1) * GUTTER
        inner = self.width - 2 * PAD
        st = _styles(size, colour)
        self.theme_p = para(pr.theme, st["theme"])
        self.title_p = para(pr.title, st["title"])
        self.bar = BAR_PAD + self.theme_p.wrap(inner, 1e6)[1] + 0.2 * size + self.title_p.wrap(inner, 1e6)[1] + BAR_PAD
        items: list = []
        for row in pr.rows:
            if isinstance(row, source.Table):
                items += _table(row, st, inner, colour)
                continue
            items.append(para(row.label, st["label"]))
            for c in row.content:
                items += _table(c, st, inner, colour) if isinstance(c, source.Table) else \
                    [field_para(c, st["body"], st["item"], None)]
        self.items = items
        self.notes = [para(f"{n.mark} {t}" if j == 0 else t, st["note"] if j == 0 else st["note_more"])
                      for n in pr.notes for j, t in enumerate(n.text or ("",))]
        self.size = size
        h = self.bar
        self.placed: list[tuple] = []  # (flowable, offset from the panel top, height)
        prev_after = 0.0
        for k, f in enumerate(items):
            fh = f.wrap(inner, 1e6)[1]
            gap = max(prev_after, f.getSpaceBefore()) if k else 0.6 * size
            h += gap
            self.placed.append((f, h, fh))
            h += fh
            prev_after = f.getSpaceAfter()
        if self.notes:
            h += 0.8 * size
            self.rule_at = h
            h += 0.4 * size
            for f in self.notes:
                fh = f.wrap(inner, 1e6)[1]
                self.placed.append((f, h, fh))
                h += fh + f.getSpaceAfter()
        self.height = h + 24.0

    def draw(self, c, x: float, top: float) -> None:
        c.setFillColor(colors.white)
        c.rect(x, top - self.height, self.width, self.height, stroke=0, fill=1)
        c.setFillColor(self.colour)
        c.rect(x, top - self.bar, self.width, self.bar, stroke=0, fill=1)
        inner = self.width - 2 * PAD
        y = top - BAR_PAD
        h = self.theme_p.wrap(inner, 1e6)[1]
        self.theme_p.drawOn(c, x + PAD, y - h)
        y -= h + 0.2 * self.size
        h = self.title_p.wrap(inner, 1e6)[1]
        self.title_p.drawOn(c, x + PAD, y - h)
        if self.notes:
            c.setStrokeColor(INK)
            c.setLineWidth(0.8)
            c.line(x + PAD, top - self.rule_at, x + PAD + 8 * self.size, top - self.rule_at)
        for f, off, fh in self.placed:
            f.wrap(inner, 1e6)
            f.drawOn(c, x + PAD, top - off - fh)


def _layout(dossier, size: float) -> list[list[tuple]]:
    """Sheets of (panel, column, top) in the masonry order."""
    themes = _themes(dossier)
    sheets: list[list[tuple]] = [[]]
    bottoms = [GRID_TOP] * NCOL  # the y under each column's lowest panel (+ gutter)
    for i, pr in enumerate(dossier.projects):
        colour = PALETTE[themes[pr.theme] % len(PALETTE)]
        options = [_Panel(i, pr, colour, size, 1)]
        if options[0].height > SPAN_SHARE * COL_H:
            options = [_Panel(i, pr, colour, size, 2)]
        else:
            options.append(_Panel(i, pr, colour, size, 2))
        for attempt in range(2):
            best = None
            for panel in options:
                if best is not None:
                    break  # the narrow panel where it fits, the double-width one only where not
                for c0 in range(NCOL - panel.span + 1):
                    top = min(bottoms[c0:c0 + panel.span])
                    if top - panel.height >= GRID_BOTTOM and (best is None or top > best[2] + 0.01):
                        best = (panel, c0, top)
            if best is not None:
                break
            if attempt == 0 and any(b < GRID_TOP for b in bottoms):
                sheets.append([])
                bottoms = [GRID_TOP] * NCOL
            else:
                return []  # does not fit even on an empty sheet
        panel, c0, top = best
        sheets[-1].append((panel, c0, top))
        for c in range(c0, c0 + panel.span):
            bottoms[c] = top - panel.height - GUTTER
    return sheets


def _choose(dossier):
    """The designer's body size: the largest from 18pt down to 14pt that puts the dossier on
    one sheet; else, from 16pt down to 12pt, the one that needs the fewest sheets (the
    largest of those)."""
    for size in range(18, 13, -1):
        sheets = _layout(dossier, float(size))
        if len(sheets) == 1:
            return float(size), sheets
    best = None
    for size in range(16, 11, -1):
        sheets = _layout(dossier, float(size))
        if sheets and (best is None or len(sheets) < len(best[1])):
            best = (float(size), sheets)
    return best


def _banner(c, name: str, k: int, n: int) -> None:
    c.setFillColor(GROUND)
    c.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
    top = HEIGHT - MARGIN
    c.setFillColor(NAVY)
    c.rect(MARGIN, top - BANNER_H, WIDTH - 2 * MARGIN, BANNER_H, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("Helvetica-Bold", 96)
    c.drawString(MARGIN + 50, top - 130, f"Regio Deal {name}")
    c.setFillColor(TINT)
    c.setFont("Helvetica", 40)
    c.drawString(MARGIN + 50, top - 195, "De projecten" + (f" | poster {k} van {n}" if n > 1 else ""))
    c.setFont("Helvetica", 26)
    c.drawString(MARGIN + 50, top - 250, f"Regionale Investeringsconferentie {name} | 14 maart 2019")
    c.setFillColor(LOGO)
    c.rect(WIDTH - MARGIN - 40 - 220, top - 40 - 220, 220, 220, stroke=0, fill=1)
    # footer strip
    c.setFillColor(colors.white)
    c.rect(MARGIN, MARGIN, WIDTH - 2 * MARGIN, FOOT_H, stroke=0, fill=1)
    c.setStrokeColor(NAVY)
    c.setLineWidth(3)
    c.line(MARGIN, MARGIN + FOOT_H, WIDTH - MARGIN, MARGIN + FOOT_H)
    c.setFillColor(LOGO)
    for j in range(6):
        c.rect(MARGIN + 40 + j * 260, MARGIN + 35, 230, 80, stroke=0, fill=1)
    c.setFillColor(INK)
    c.setFont("Helvetica", 20)
    slug = name.lower().replace(" ", "")
    c.drawRightString(WIDTH - MARGIN - 40, MARGIN + 68,
                      f"Contact: Programmabureau Regio Deal {name} | regiodeal@{slug}.nl | www.regiodeal{slug}.nl")


def render_poster(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    name = dossier_name(dossier)
    size, sheets = _choose(dossier)
    truth = Truth(dossier, "poster")
    c = rl_canvas.Canvas(str(pdf_path), pagesize=(WIDTH, HEIGHT), invariant=1)
    m = meta(dossier, "poster")
    c.setTitle(m["title"]); c.setAuthor(m["author"]); c.setSubject(m["subject"]); c.setCreator(m["creator"])
    for k, sheet in enumerate(sheets, 1):
        _banner(c, name, k, len(sheets))
        for panel, c0, top in sheet:
            panel.draw(c, MARGIN + c0 * (COL_W + GUTTER), top)
            truth.heading(panel.index)(k)
        c.showPage()
    truth.pages = len(sheets)
    c.save()
    return truth.record()
