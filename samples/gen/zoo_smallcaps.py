"""One more house style for the layout zoo (see zoo.py), held out: a foundation's annual
report, its labels and table headers set in SMALL CAPITALS.

- smallcaps: A4 portrait, margins 2.4 cm, a serif body (Liberation Serif; else DejaVu Serif)
          10pt on 13.5pt, ragged right. Running header at the top right of every page but
          the first: "Regio Deal <Name>" in small caps (8pt / 6.5pt) grey; the page number at
          the foot, right, 8pt.
          SMALL CAPS ARE FAKE, the way Word and many design tools make them: the text in
          upper case, the letters that were capitals (and digits, signs) at the full size, the
          letters that were lower case at about 78% of it, in ONE text line with no space
          added between the size runs (a canvas text object with setFont between the runs),
          letter-spaced +0.5pt (charSpace) over the whole label; a label wider than its room
          breaks between words.
          Each project on a new page: its theme above the title in small caps 9pt / 7pt grey,
          the title in 17pt bold regular case, a 0.5pt rule under it. Field labels in small
          caps 10.5pt / 8.2pt bold, dark red (#8B1A1A), on their own line, 3pt space under
          them; the field's paragraphs under it, a list item as a bullet hanging on the
          source's own marker.
          TABLES (the investment tables, and the tables in fields, which stay in their field)
          across the text column: horizontal rules only (1pt over the header, 0.5pt under it,
          1pt under the last row); the COLUMN HEADERS in small caps 8.5pt / 6.6pt bold, the
          label column's header (the table's label) and group headers ("Publiek", centred
          over their members) too, wrapped where needed, single value headers right-aligned;
          amounts 8.5pt right-aligned exactly as transcribed, words left-aligned; the Totaal
          row's label in bold small caps, its amounts bold. Header lines repeated where a
          table breaks over a page. Table footnotes in 7.5pt under the table; the project's
          notes at its end in 8pt, each with its mark.

The transcription's page breaks are not reproduced. Every value cell is printed as
transcribed; what the house prints in capitals is headers and the Totaal rows' labels
("TOTAAL"), which the truth's "raw" object (keyed by value column) cannot name: the truth
record is the plain one (no "raw", no "table_order").
"""

from __future__ import annotations

from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)
from .zoo_percent import amount
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.4 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6E6E6E")
RED = colors.HexColor("#8B1A1A")
TRACK = 0.5  # charSpace of every small-caps label
PAD = 4.0
TS = 8.5  # table type


def _styles(f: dict) -> dict:
    serif, bold = f["TsSerif"], f["TsSerif-Bold"]

    def st(name, font=serif, size=10, leading=13.5, **kw):
        return ParagraphStyle(f"sc-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=INK, **kw)

    tl = TS * 1.25
    return {
        "title": st("title", bold, 17, 20.5, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=14, bulletIndent=3, bulletFontName=serif,
                   bulletFontSize=10, spaceAfter=2),
        # for _col_widths: the header's face at its full size (capitals), the bold amounts
        "thead": st("th", bold, TS, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, TS, tl, alignment=TA_RIGHT),
        "tamount": st("ta", serif, TS, tl, alignment=TA_RIGHT),
        "ttext": st("tt", serif, TS, tl, alignment=TA_LEFT),
        "ttext_b": st("ttb", bold, TS, tl, alignment=TA_LEFT),
        "tfoot": st("tf", serif, 7.5, 9.5, spaceBefore=3),
        "note": st("note", serif, 8, 10.5, leftIndent=8, firstLineIndent=-8, spaceAfter=2),
        "note_more": st("notem", serif, 8, 10.5, leftIndent=8, spaceAfter=2),
    }


# --- fake small capitals -------------------------------------------------------------


class SmallCaps(Flowable):
    """`text` in fake small caps: upper case, the originally lower-case letters at `small`
    instead of `size`, drawn as size runs of one text line (setFont between them) with
    `TRACK` charSpace; broken between words where the line is full, the type shrunk where a
    single word is wider than the room (so a header never runs into the next column)."""

    def __init__(self, text, font, size, small, leading, colour=INK, align="left", rec=None,
                 space_before=0.0, space_after=0.0, keep_with_next=False):
        super().__init__()
        self.text = text
        self.font = font_for(text + text.upper(), font)
        self.size, self.small, self.leading = size, small, leading
        self.colour, self.align, self.rec = colour, align, rec
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = 1 if keep_with_next else 0
        # each word as (upper-cased run, is it a run of lower-case letters)
        self.words = [[("".join(run).upper(), low) for low, run in groupby(w, key=str.islower)]
                      for w in text.split()]

    def _width(self, word, k) -> float:
        return sum(stringWidth(s, self.font, (self.small if low else self.size) * k)
                   + len(s) * TRACK for s, low in word)

    def wrap(self, aW, aH):
        widest = max((self._width(w, 1) for w in self.words), default=0)
        self.k = min(1.0, (aW - 0.5) / widest) if widest > 0 else 1.0
        gap = stringWidth(" ", self.font, self.size * self.k) + TRACK
        self.lines, line, used = [], [], 0.0
        for word in self.words:
            w = self._width(word, self.k)
            if line and used + gap + w > aW:
                self.lines.append((line, used))
                line, used = [], 0.0
            used += (gap if line else 0.0) + w
            line.append(word)
        if line:
            self.lines.append((line, used))
        self.aW = aW
        self.width, self.height = aW, max(1, len(self.lines)) * self.leading * self.k
        return self.width, self.height

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        size, small, lead = self.size * self.k, self.small * self.k, self.leading * self.k
        c.saveState()
        c.setFillColor(self.colour)
        for n, (line, used) in enumerate(self.lines):
            shown = used - TRACK  # the tracking after the last letter is not seen
            x = {"left": 0.0, "right": self.aW - shown, "centre": (self.aW - shown) / 2}[self.align]
            y = self.height - (n + 1) * lead + (lead - size) * 0.5 + 0.2 * size
            t = c.beginText(x, y)
            t.setCharSpace(TRACK)
            for i, word in enumerate(line):
                if i:
                    t.setFont(self.font, size)
                    t.textOut(" ")
                for s, low in word:
                    t.setFont(self.font, small if low else size)
                    t.textOut(s)
            c.drawText(t)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _Rule(Flowable):
    """The 0.5pt rule under a project's title."""

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 8

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        c.line(0, 5, self.aW, 5)
        c.restoreState()


# --- tables ----------------------------------------------------------------------------


def _head(text, font, align, rec) -> SmallCaps:
    return SmallCaps(text, font, TS, 6.6, TS * 1.25, align=align, rec=rec)


def _widths(t: source.Table, heads, st, width) -> list[float]:
    """Column widths from what the cells need: a value column as wide as its small-caps
    header on at most two lines (its longest word whole) and its widest bold amount, the
    label column the rest (about a third); all squeezed alike where they do not fit."""
    n = t.columns
    need = [0.0] * n
    for line in heads:
        for c, cell in enumerate(line[1:]):
            if isinstance(cell, SmallCaps) and cell.align == "right":
                full = sum(cell._width(w, 1) for w in cell.words) + TRACK * len(cell.words)
                widest = max((cell._width(w, 1) for w in cell.words), default=0)
                need[c] = max(need[c], widest, full / 2 + 4)
    font, size = st["tamount_b"].fontName, TS
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            words = max((stringWidth(w, font, size) for w in text.split()), default=0)
            need[c] = max(need[c], min(stringWidth(text, font, size), max(words, 80.0)))
    need = [w + 2 * PAD + 2 for w in need]
    label_min = max(72.0, min(110.0, max(stringWidth(w, font, size) for r in t.rows
                                         for w in (r[0].split() or [""])) + 2 * PAD + 2))
    rest = width - sum(need)
    if rest < label_min:
        k = (width - label_min) / sum(need)
        return [label_min] + [w * k for w in need]
    label = max(label_min, min(rest, width * 0.34))
    return [label] + [w + (rest - label) / n for w in need]


def _table(t: source.Table, st, f, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    bold = f["TsSerif-Bold"]
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 1, INK)]
    rows[0][0] = _head(t.label, bold, "left", rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _head(h.text, bold, "centre" if h.columns > 1 else "right", rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        total = is_total(body[0])
        if total:
            row = [_head(body[0], bold, "left", rec)]
        else:
            row = [para(body[0], st["ttext"], rec)]
        for text in list(body[1:]) + [""] * (n + 1 - len(body)):
            key = ("tamount" if amount(text) is not None else "ttext") + ("_b" if total else "")
            row.append(para(text, st[key], rec))
        rows.append(row)
    widths = _widths(t, rows[:lines], st, width)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(x, st["tfoot"], rec) for x in t.footnotes]
    return out


# --- the document ----------------------------------------------------------------------


def render_smallcaps(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    f = _fonts()
    st = _styles(f)
    serif, bold = f["TsSerif"], f["TsSerif-Bold"]
    running = f"Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "smallcaps")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "smallcaps"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            if page > 1:
                head = SmallCaps(running, serif, 8, 6.5, 10, colour=GREY, align="right")
                _, h = head.wrap(FW, 20)
                head.drawOn(canv, MARGIN, HEIGHT - 1.4 * cm - h)
            canv.setFont(serif, 8)
            canv.setFillColor(INK)
            canv.drawRightString(WIDTH - MARGIN, 1.4 * cm, str(page))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story += [SmallCaps(pr.theme, serif, 9, 7, 12, colour=GREY, rec=truth.heading(p),
                                space_after=3, keep_with_next=True),
                      para(pr.title, st["title"], truth.heading(p))]
            rule = _Rule()
            rule.keepWithNext = 1
            story += [rule, Spacer(0, 4)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *_table(row, st, f, rec, FW), Spacer(0, 8)]
                    continue
                story.append(SmallCaps(row.label, bold, 10.5, 8.2, 13, colour=RED, rec=rec,
                                       space_before=8, space_after=3, keep_with_next=True))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 3), *_table(item, st, f, rec, FW), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
