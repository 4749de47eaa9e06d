"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
brochure set in a condensed face with tight tracking, to fit a lot of text on a page.

- tight:  A4 portrait, margins 1.6 cm all round, one column 17.8 cm wide. A CONDENSED sans
          made from Helvetica by HORIZONTAL SCALING to 78% (the PDF's Tz) and TIGHT TRACKING
          (the PDF's character spacing Tc): the body at 9pt on 11pt, tracked -0.25pt,
          justified (the word spacing Tw stretching the lines, the last line of a paragraph
          ragged), so the spaces between words are narrow, about 1.6 to 2.5pt. Headings and
          labels in the same condensed face, bold. Each project opens a new page: its theme
          in 8pt capitals, the title in 16pt bold condensed under it. Fields: the label bold
          (9pt) on its own line, the paragraphs under it; a list item hangs on its marker as
          transcribed ("•", "1.", "(a)"). Tables (the investment tables and those inside a
          field, which stay in their field) in the same condensed face at 7.5pt, tracked
          -0.2pt, narrow column gaps (2pt cell padding; value columns as wide as their cells
          need, the label column as wide as its longest label, the table left-aligned and
          never wider than the column), horizontal rules only: 0.5pt under the header lines,
          0.3pt between the body rows. The table's label over the row labels, headers bold, a
          one-column header right-aligned, a group header ("Publiek") centred over its
          members; amounts right-aligned exactly as transcribed ("7.500.000*", "€ 2,8 mln."),
          words left-aligned; the Totaal row bold. Header lines repeated where a table breaks
          over a page. Table footnotes 6.5pt under the table; the project's notes at its end
          in 7pt, each with its mark ("¹ Bron: ...").
          Footer on every page: "<Name> · Regio Deal" at the left and the page number at the
          right, 7pt condensed.

The house prints every table cell as transcribed: the truth record is the plain one.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import LIST_ITEM, Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, register_fonts
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 1.6 * cm
FW = WIDTH - 2 * MARGIN  # 17.8 cm
FH = HEIGHT - 2 * MARGIN
SCALE = 78  # horizontal scaling, per cent
SANS, BOLD = "Helvetica", "Helvetica-Bold"
PAD = 2.0  # table cell padding: narrow column gaps


@dataclass(frozen=True)
class Face:
    font: str
    size: float
    leading: float
    track: float  # the Tc operand


BODY = Face(SANS, 9, 11, -0.25)
LABEL = Face(BOLD, 9, 11, -0.25)
TITLE = Face(BOLD, 16, 18.5, -0.25)
THEME = Face(SANS, 8, 10, -0.25)
CELL = Face(SANS, 7.5, 9, -0.2)
CELL_B = Face(BOLD, 7.5, 9, -0.2)
FOOT = Face(SANS, 6.5, 8, -0.2)
NOTE = Face(SANS, 7, 8.5, -0.25)
FOLIO = Face(SANS, 7, 8.5, -0.25)


def cond_width(text: str, font: str, size: float, track: float) -> float:
    """The width `text` takes when drawn scaled: Tc is applied after every glyph and, like
    the glyphs, scaled by Tz."""
    return (stringWidth(text, font, size) + track * len(text)) * SCALE / 100


def draw_cond(canv, x, y, text, font, size, track, word_space=0.0) -> None:
    t = canv.beginText(x, y)
    t.setFont(font, size)
    t.setHorizScale(SCALE)
    t.setCharSpace(track)
    if word_space:
        t.setWordSpace(word_space)
    t.textOut(text)
    canv.drawText(t)


class Cond(Flowable):
    """A paragraph in the condensed face: broken on words by their scaled widths, each line
    a text object with Tz/Tc set, a justified line stretched by Tw. Reports the page it is
    drawn on (its parts too, once split); a word wider than the column shrinks the type."""

    def __init__(self, text, face: Face, rec=None, align="L", marker=None, lines=None,
                 justify_last=False, size=None):
        super().__init__()
        self.text, self.face, self.rec, self.align = text, face, rec, align
        self.marker, self._lines, self.justify_last = marker, lines, justify_last
        self.font = font_for(text + (marker or ""), face.font)
        self.size = size
        self._key = None

    def _w(self, s, size):
        return cond_width(s, self.font, size, self.face.track)

    def _hang(self, size):
        return max(9.0, self._w(self.marker, size) + 3) if self.marker else 0.0

    def wrap(self, aW, aH):
        if self._key != aW:
            self._key = aW
            size = self.size or self.face.size
            words = self.text.split()
            widest = max((self._w(w, size) for w in words), default=0)
            room = aW - self._hang(size)
            if self.size is None and widest > room > 0:
                size = max(4.5, int(size * (room - 0.5) / widest * 10) / 10)
            self.cur_size = size
            self.lead = self.face.leading * size / self.face.size
            self.lines = self._lines if self._lines is not None else self._break(words, room, size)
        self.width = aW
        self.height = len(self.lines) * self.lead
        return aW, self.height

    def _break(self, words, room, size):
        lines, cur = [], []
        space = self._w(" ", size)
        used = 0.0
        for w in words:
            ww = self._w(w, size)
            if cur and used + space + ww > room:
                lines.append(cur)
                cur, used = [], 0.0
            used += (space if cur else 0) + ww
            cur.append(w)
        if cur:
            lines.append(cur)
        return lines

    def split(self, aW, aH):
        self.wrap(aW, aH)
        n = int((aH + 1e-6) // self.lead)
        if n < 1 or n >= len(self.lines):
            return []
        kw = {"rec": self.rec, "align": self.align, "size": self.cur_size}
        first = Cond(self.text, self.face, marker=self.marker, lines=self.lines[:n],
                     justify_last=True, **kw)
        rest = Cond(self.text, self.face, marker=None, lines=self.lines[n:],
                    justify_last=self.justify_last, **kw)
        rest.indent = self._hang(self.cur_size)  # the rest still hangs under the text
        for q in (first, rest):
            q.font = self.font
        first.spaceBefore = getattr(self, "spaceBefore", 0)
        rest.spaceAfter = getattr(self, "spaceAfter", 0)
        return [first, rest]

    def draw(self):
        c, size = self.canv, self.cur_size
        hang = self._hang(size) or getattr(self, "indent", 0.0)
        room = self.width - hang
        space = self._w(" ", size)
        for i, words in enumerate(self.lines):
            # the cap height centred in the line box
            y = self.height - i * self.lead - (self.lead + 0.72 * size) / 2
            line = " ".join(words)
            natural = sum(self._w(w, size) for w in words) + space * (len(words) - 1)
            x, tw = hang, 0.0
            last = i == len(self.lines) - 1 and not self.justify_last
            if self.align == "J" and not last and len(words) > 1:
                tw = (room - natural) / (len(words) - 1) * 100 / SCALE  # Tw is scaled by Tz too
            elif self.align == "R":
                x = self.width - natural
            elif self.align == "C":
                x = hang + (room - natural) / 2
            if i == 0 and self.marker:
                draw_cond(c, 0, y, self.marker, self.font, size, self.face.track)
            draw_cond(c, x, y, line, self.font, size, self.face.track, tw)
        if self.rec:
            self.rec(c.getPageNumber())


def cond(text, face, rec=None, align="L", before=0.0, after=0.0, keep=False, marker=None):
    p = Cond(text, face, rec, align, marker)
    p.spaceBefore, p.spaceAfter = before, after
    if keep:
        p.keepWithNext = 1
    return p


# --- tables ------------------------------------------------------------------------


def _widest(text, face):
    font = font_for(text, face.font)
    return max((cond_width(w, font, face.size, face.track) for w in text.split()), default=0.0)


def _full(text, face):
    return cond_width(text, font_for(text, face.font), face.size, face.track)


def _widths(t: source.Table, width: float) -> list[float]:
    """Value columns as wide as their cells (a header on two lines at most, a long text cell
    wrapping); the label column as wide as its longest label, within what is left."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            want = max(_widest(h.text, CELL_B), _full(h.text, CELL_B) / 2 + 3)
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        for c, text in enumerate(body[1:n + 1]):
            need[c] = max(need[c], min(_full(text, CELL_B), max(_widest(text, CELL_B), 70.0)))
    need = [w + 2 * PAD + 1 for w in need]
    label = max([_full(r[0], CELL_B) for r in t.rows] + [_full(t.label, CELL_B)]) + 2 * PAD + 1
    rest = width - sum(need)
    floor = min(80.0, width * 0.3)
    if rest < floor:  # too many columns: squeeze the values
        k = (width - floor) / sum(need)
        return [floor] + [w * k for w in need]
    return [min(max(label, floor), rest)] + need


def _table(t: source.Table, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, "black")]
    rows[0][0] = Cond(t.label, CELL_B, rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = Cond(h.text, CELL_B, rec, "C" if h.columns > 1 else "R")
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        face = CELL_B if is_total(body[0]) else CELL
        cells = list(body[1:n + 1]) + [""] * (n + 1 - len(body))
        rows.append([Cond(body[0], face, rec)] +
                    [Cond(c, face, rec, "R" if _numeric(c) else "L") for c in cells])
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.3, "black"))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=_widths(t, width), repeatRows=lines,
                       style=TableStyle(cmds), hAlign="LEFT", spaceBefore=4, spaceAfter=4)]
    out += [cond(f, FOOT, rec, after=1) for f in t.footnotes]
    if t.footnotes:
        out.append(Spacer(0, 3))
    return out


def _numeric(text: str) -> bool:
    """An amount (or a nil) is right-aligned; words stand at the left."""
    return amount(text) is not None


# --- the document --------------------------------------------------------------------


def _field(field: source.Field, rec) -> list:
    out: list = [cond(field.label, LABEL, rec, before=5, after=1, keep=True)]
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += _table(item, rec, FW)
            continue
        m = LIST_ITEM.match(item)
        if m:
            out.append(cond(m.group(2), BODY, rec, "J", after=1.5, marker=m.group(1)))
        else:
            out.append(cond(item, BODY, rec, "J", after=3))
    return out


def render_tight(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    footer = f"{dossier_name(dossier)} · Regio Deal".strip()

    def once(info):
        truth = Truth(dossier, "tight")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "tight"))

        def on_page(canv, d):
            canv.saveState()
            y = MARGIN - 0.75 * cm
            f = FOLIO
            draw_cond(canv, MARGIN, y, footer, font_for(footer, f.font), f.size, f.track)
            num = str(canv.getPageNumber())
            draw_cond(canv, WIDTH - MARGIN - cond_width(num, f.font, f.size, f.track), y, num,
                      f.font, f.size, f.track)
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(cond(pr.theme.upper(), THEME, truth.heading(p), after=2, keep=True))
            story.append(cond(pr.title, TITLE, truth.heading(p), after=6, keep=True))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, rec, FW)
                else:
                    story += _field(row, rec)
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(cond(f"{note.mark} {text}" if j == 0 else text, NOTE, rec,
                                          "J", after=1.5))
        doc.build(story)
        return truth

    return build_until_stable(once)
