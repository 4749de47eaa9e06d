"""One more house style for the layout zoo (see zoo.py), held out: a municipality's Word report
whose funding tables were PASTED FROM EXCEL AS A PICTURE (Paste Special > "Afbeelding
(Enhanced Metafile)"), as many officers do, and then saved as PDF by Word: every table is
VECTOR ART converted from the EMF, not a Word table and not text in the flow.

- emfobject: A4 portrait, margins 2.5 cm left and right, 2.5 cm top, 2.2 cm bottom (a 16 cm
          text column). The prose is ordinary Word text: a Calibri-like sans (Liberation
          Sans; else DejaVu Sans; a character it lacks in DejaVu Sans on its own) 10.5pt on
          14pt, JUSTIFIED (the last line of a paragraph ragged), 6pt after each paragraph; a
          list item keeps the source's marker (as text) and hangs on it (0.63 cm). Running
          header "Regio Deal <Name> | Projectvoorstellen" at the right of the column in 8pt
          grey, the page number at the right of the footer in 9pt. Each project OPENS A NEW
          PAGE: its theme in 9pt grey capitals letter-spaced (tracked 1pt), under it its
          title in 16pt bold dark green (#385723) and a 1.5pt green rule across the column.
          Field labels bold 10.5pt on a line of their own (9pt above), the field's paragraphs
          under them. Project notes at the end of the project in 8.5pt under a 4 cm rule.

          EVERY TABLE (a project's investment table and a table inside a field, which stays in
          its field) is an inline PICTURE of the budget officer's Excel range, as Word draws an
          EMF when it saves as PDF:
          * the picture at its Excel size (Excel columns in pixels at 96 dpi: the row-label
            column 230 px, a value column 88 px or wider where its widest amount or header word
            needs it) SCALED DOWN UNIFORMLY to fit the 16 cm column, the scale a whole per cent
            and at most 93 % (the officer resized it by its corner handle: "Schaal 93%"), or
            smaller where a table is too high for a page; the picture is drawn under a scaling
            matrix (cm) and CLIPPED by a clip path to its frame, a white rectangle filled first.
            Word keeps an inline picture whole: one that does not fit on the page goes to the
            next page, leaving white space.
          * ALL TEXT IN THE PICTURE IS PLACED GLYPH BY GLYPH: each character its own text
            show with its own text matrix (an explicit x and y), in Excel's Calibri-like face
            (DejaVu Sans standing in) at 10pt, HORIZONTALLY CONDENSED to 90 % (the PDF's Tz);
            the glyph positions rounded to whole EMF pixels (0.75pt), so letter gaps vary a
            little; NO SPACE CHARACTER is ever drawn: a word gap is a jump in x only.
          * cells as Excel sets them with "Terugloop" (wrap text) on: a text wider than its
            cell wraps at spaces onto a further line (15pt per line), the row grows. Body
            cells are BOTTOM-ALIGNED (Excel's default), so the amounts of a row whose label
            wraps stand on its last line. Excel's "Standaard" alignment: an AMOUNT (digits with
            thousand dots, or a nil "-") RIGHT-aligned 3 px in from the cell's right edge, any
            OTHER text ("6,33 mln.", "€ 2,8 mln.", "7.500.000*", "-*", ".-", "Gem.", "Q4 2024")
            LEFT-aligned 3 px in from the left edge, as Excel aligns text.
          * header line(s) on a light blue fill (#DDEBF7), bold, centred and wrapped, vertically
            centred; the table's label bold at the left of the corner cell (merged over the
            header lines); a group header ("Publiek") merged and centred over its members, a
            one-column header merged down over both header lines.
          * "All borders": every cell edge a thin line drawn as a FILLED RECTANGLE 0.5pt thick
            (no stroked path), merged cells without inner edges; the Totaal row (a label
            starting "Totaal", any case) bold with a DOUBLE BOTTOM BORDER (two 0.5pt rectangles
            1.5pt apart). Empty cells stay empty.
          The table's footnotes are Word text under the picture, 8.5pt.

Every cell prints as transcribed, glyph by glyph: the truth record is the plain one (no
"raw"). A project runs from its title's page to the page of its last field text, picture or
note.
"""

from __future__ import annotations

import math
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer

from . import source
from .zoo_budget import _fonts, _item, _LIST_ITEM, _text
from .zoo_common import (Doc, FALLBACK, Truth, build_until_stable, dossier_name, is_total, meta,
                         notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.5 * cm
TOP, BOTTOM = 2.5 * cm, 2.2 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM
INK = colors.black
GREY = colors.HexColor("#7F7F7F")
GREEN = colors.HexColor("#385723")
HEAD_FILL = colors.HexColor("#DDEBF7")

PX = 0.75            # one EMF pixel at 96 dpi, in points
XL_SIZE = 10.0       # Excel's Calibri 11 as DejaVu Sans 10 ...
XL_TZ = 90           # ... condensed to 90 %
LINE = 15.0          # Excel's row height per line of text, points
PAD = 3 * PX         # Excel's cell padding
HAIR = 0.5           # border thickness
LABEL_PX = 230
VALUE_PX = 88
MAX_SCALE = 0.93

_AMOUNT = re.compile(r"-?\d{1,3}(?:\.\d{3})*|-")


def _xl_fonts():
    register_fonts()
    return "DejaVuSans", "DejaVuSans-Bold"


def _glyph_w(ch: str, font: str) -> float:
    """A glyph's advance as the EMF gives it: condensed, rounded to whole pixels."""
    w = stringWidth(ch, font, XL_SIZE) * XL_TZ / 100
    return max(1, round(w / PX)) * PX


def _word_w(word: str, font: str) -> float:
    return sum(_glyph_w(ch, font) for ch in word)


def _space(font: str) -> float:
    return _glyph_w(" ", font)


def _wrap(text: str, font: str, width: float) -> list[str]:
    """Excel's wrap text: break at spaces; a word wider than the cell on a line of its own."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and _text_w(trial, font) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines or [""]


def _text_w(text: str, font: str) -> float:
    words = text.split(" ")
    return sum(_word_w(w, font) for w in words) + _space(font) * (len(words) - 1)


class _Cell:
    def __init__(self, text, row, col, rows=1, cols=1, bold=False, align="left", valign="bottom",
                 fill=None, double=False):
        self.text, self.row, self.col, self.rows, self.cols = text, row, col, rows, cols
        self.bold, self.align, self.valign, self.fill, self.double = bold, align, valign, fill, double
        self.lines: list[str] = []


class _EmfTable(Flowable):
    """An Excel range pasted as an Enhanced Metafile: drawn scaled and clipped, every glyph
    placed on its own, borders as filled rectangles."""

    def __init__(self, t: source.Table, rec):
        super().__init__()
        self.t, self.rec = t, rec
        self.reg, self.bold = _xl_fonts()
        self._layout()

    def _layout(self) -> None:
        t, reg, bold = self.t, self.reg, self.bold
        n, lines = t.columns, max(len(t.header), 1)
        cells: list[_Cell] = [_Cell(t.label, 0, 0, rows=lines, bold=True, align="left",
                                    valign="center", fill=HEAD_FILL)]
        covered = {(r, 0) for r in range(lines)}
        for h in t.header_cells():
            cells.append(_Cell(h.text, h.line, h.column, rows=h.lines, cols=h.columns, bold=True,
                               align="center", valign="center", fill=HEAD_FILL))
            covered |= {(r, c) for r in range(h.line, h.line + h.lines)
                        for c in range(h.column, h.column + h.columns)}
        for r in range(lines):
            for c in range(1, n + 1):
                if (r, c) not in covered:
                    cells.append(_Cell("", r, c, fill=HEAD_FILL, valign="center"))
        for k, body in enumerate(t.rows):
            total = is_total(body[0])
            r = lines + k
            cells.append(_Cell(body[0], r, 0, bold=total, double=total))
            for c in range(1, n + 1):
                text = body[c] if c < len(body) else ""
                right = bool(_AMOUNT.fullmatch(text.strip()))
                cells.append(_Cell(text, r, c, bold=total, double=total,
                                   align="right" if right else "left"))
        # column widths in pixels: the officer widened a value column where its widest amount
        # or its longest header word would not fit (Excel shows #### or breaks the word)
        widths = [LABEL_PX * PX] + [VALUE_PX * PX] * n
        for cell in cells:
            if cell.col == 0 or cell.cols > 1 or not cell.text:
                continue
            font = bold if cell.bold else reg
            if cell.row >= lines and cell.align == "right":
                need = _word_w(cell.text, font) + 2 * PAD + 2 * PX
            else:
                need = max(_word_w(w, font) for w in cell.text.split()) + 2 * PAD + 2 * PX
            widths[cell.col] = max(widths[cell.col], math.ceil(need / PX) * PX)
        self.widths = widths
        self.xs = [sum(widths[:c]) for c in range(n + 2)]
        for cell in cells:
            font = bold if cell.bold else reg
            inner = self.xs[cell.col + cell.cols] - self.xs[cell.col] - 2 * PAD
            cell.lines = _wrap(cell.text, font, inner) if cell.text else []
        # row heights: the tallest single-row cell of each row, 15pt a line
        nrows = lines + len(t.rows)
        heights = [LINE] * nrows
        for cell in cells:
            if cell.rows == 1:
                heights[cell.row] = max(heights[cell.row], LINE * max(1, len(cell.lines)))
        for cell in cells:  # a merged header cell taller than its rows grows the last one
            if cell.rows > 1:
                have = sum(heights[cell.row:cell.row + cell.rows])
                want = LINE * max(1, len(cell.lines))
                if want > have:
                    heights[cell.row + cell.rows - 1] += want - have
        self.heights = heights
        self.ys = [sum(heights[:r]) for r in range(nrows + 1)]  # from the top
        self.cells = cells
        self.nat_w, self.nat_h = self.xs[-1] + PX, self.ys[-1] + PX
        scale = min(MAX_SCALE, FW / self.nat_w, (FH - 20) / self.nat_h)
        self.scale = math.floor(scale * 100) / 100

    def wrap(self, aW, aH):
        self.width, self.height = self.nat_w * self.scale, self.nat_h * self.scale
        return self.width, self.height + 8

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())

    def draw(self):
        c = self.canv
        c.saveState()
        c.translate(0, 4)
        c.scale(self.scale, self.scale)
        # picture space: origin at the bottom left of the frame, y up
        H = self.nat_h
        p = c.beginPath()
        p.rect(0, 0, self.nat_w, self.nat_h)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColor(colors.white)
        c.rect(0, 0, self.nat_w, self.nat_h, stroke=0, fill=1)
        for cell in self.cells:  # fills first
            if cell.fill is not None:
                x0, x1 = self.xs[cell.col], self.xs[cell.col + cell.cols]
                y0, y1 = self.ys[cell.row], self.ys[cell.row + cell.rows]
                c.setFillColor(cell.fill)
                c.rect(x0, H - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
        c.setFillColor(INK)
        for cell in self.cells:  # then the text, glyph by glyph
            self._text(c, cell, H)
        c.setFillColor(INK)
        for cell in self.cells:  # then the borders, as filled rectangles
            x0, x1 = self.xs[cell.col], self.xs[cell.col + cell.cols]
            y0, y1 = self.ys[cell.row], self.ys[cell.row + cell.rows]
            c.rect(x0, H - y0 - HAIR, x1 - x0 + HAIR, HAIR, stroke=0, fill=1)   # top
            c.rect(x0, H - y1 - HAIR, x1 - x0 + HAIR, HAIR, stroke=0, fill=1)   # bottom
            c.rect(x0, H - y1 - HAIR, HAIR, y1 - y0 + HAIR, stroke=0, fill=1)   # left
            c.rect(x1, H - y1 - HAIR, HAIR, y1 - y0 + HAIR, stroke=0, fill=1)   # right
            if cell.double:
                c.rect(x0, H - y1 + 1.5, x1 - x0 + HAIR, HAIR, stroke=0, fill=1)
        c.restoreState()

    def _text(self, c, cell, H) -> None:
        if not cell.lines:
            return
        font = self.bold if cell.bold else self.reg
        x0, x1 = self.xs[cell.col], self.xs[cell.col + cell.cols]
        y0, y1 = self.ys[cell.row], self.ys[cell.row + cell.rows]
        n = len(cell.lines)
        if cell.valign == "bottom":
            top = y1 - n * LINE
        else:
            top = y0 + ((y1 - y0) - n * LINE) / 2
        t = c.beginText()
        t.setHorizScale(XL_TZ)
        for i, line in enumerate(cell.lines):
            w = _text_w(line, font)
            if cell.align == "right":
                x = x1 - PAD - w
            elif cell.align == "center":
                x = x0 + ((x1 - x0) - w) / 2
            else:
                x = x0 + PAD
            x = round(x / PX) * PX
            base = H - (top + i * LINE + 11.5)
            for ch in line:
                if ch == " ":
                    x += _space(font)
                    continue
                f = font if _has(font, ch) else FALLBACK.get(font, "DejaVuSans")
                t.setFont(f, XL_SIZE)
                t.setTextOrigin(x, base)
                t.textOut(ch)
                x += _glyph_w(ch, f)
        c.drawText(t)


def _has(font: str, ch: str) -> bool:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    glyphs = getattr(face, "charToGlyph", None)
    return glyphs is None or ord(ch) in glyphs


class _Tracked(Flowable):
    """The theme line: capitals letter-spaced by 1pt (Word's "Afstand: Breed 1 pt")."""

    def __init__(self, text, font, size, color, rec):
        super().__init__()
        self.text, self.font, self.size, self.color, self.rec = text, font, size, color, rec

    def wrap(self, aW, aH):
        return aW, self.size + 4

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        t = c.beginText(0, 3)
        t.setFont(self.font, self.size)
        t.setCharSpace(1)
        t.textOut(self.text)
        c.drawText(t)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _Rule(Flowable):
    def __init__(self, width, thick, color, space=4):
        super().__init__()
        self.w, self.thick, self.color, self.space = width, thick, color, space

    def wrap(self, aW, aH):
        return self.w, self.thick + self.space

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(self.thick)
        self.canv.line(0, self.space / 2, self.w, self.space / 2)
        self.canv.restoreState()


def _styles(fonts):
    sans, bold, italic = fonts

    def style(name, font=sans, size=10.5, leading=14, **kw):
        return ParagraphStyle(f"emf-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "title": style("title", bold, 16, 20, textColor=GREEN, spaceBefore=2, spaceAfter=2),
        "label": style("label", bold, 10.5, 14, spaceBefore=9, spaceAfter=1, keepWithNext=1),
        "body": style("body", alignment=TA_JUSTIFY, spaceAfter=6),
        "item": style("item", leftIndent=0.63 * cm, bulletIndent=0, bulletFontName=sans, spaceAfter=3,
                      alignment=TA_JUSTIFY),
        "tfoot": style("tfoot", sans, 8.5, 11, spaceAfter=3),
        "note": style("note", sans, 8.5, 11, spaceAfter=2),
    }


def _table(t: source.Table, st, rec) -> list:
    out: list = [Spacer(0, 2), _EmfTable(t, rec)]
    out += [_text(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _paragraph(text: str, st, rec):
    return _item(text, st, rec) if _LIST_ITEM.match(text) else _text(text, st["body"], rec)


def render_emfobject(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, _italic = fonts
    st = _styles(fonts)
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "emfobject")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "emfobject"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - RIGHT, HEIGHT - 1.5 * cm,
                                 f"Regio Deal {name} | Projectvoorstellen".replace("  ", " "))
            canv.setFont(sans, 9)
            canv.setFillColor(INK)
            canv.drawRightString(WIDTH - RIGHT, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)], onPage=furniture)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            if pr.theme:
                story.append(_Tracked(pr.theme.upper(), sans, 9, GREY, None))
            story.append(_text(pr.title, st["title"], truth.heading(p)))
            story.append(_Rule(FW, 1.5, GREEN, space=8))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(_text(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 6))
                story.append(_Rule(4 * cm, 0.5, INK, space=4))
                story += notes_at_end(pr, rec, st["note"], space=0)
        doc.build(story)
        return truth

    return build_until_stable(once)
