"""One more house style for the layout zoo (see zoo.py), held out: a municipality's
communications department laid the dossier out in a consumer DTP / presentation tool that
fakes its type effects by DRAWING TEXT MORE THAN ONCE, as such tools do (a drop shadow is a
grey copy under the text, "bold" for a font without a bold face is the regular face drawn
again a hair to the right, an outline is a stroked copy under a filled one).

- shadow:  A4 portrait, margins 2.4 cm all round (one 16.2 cm column). DejaVu Sans 10pt on
           13.5pt, ragged right, 5pt after each paragraph; a list item keeps the source's
           marker and hangs on it (14pt). Each project OPENS A NEW PAGE. Running footer on
           every page, 8pt DejaVu Sans, 1.4 cm from the bottom edge: "<Name> | Regio Deal"
           at the left margin, the page number flush right. No header, no cover, no contents.

           THEME LINE over each title: the theme UPPER-CASED in 8.5pt DejaVu Sans, letter-
           spaced 0.5pt, with an OUTLINE effect: drawn first as one text object in render
           mode 1 (stroke only, 0.6pt grey #8C8C8C strokes), then again as a second text object
           at the same place in render mode 0 filled white, so the caps show as thin grey
           outlines. The text layer holds the theme twice, at the very same positions.

           TITLE 18pt DejaVu Sans Bold on 22pt (wrapping where it is wider than the column)
           with a DROP SHADOW: the whole title is drawn first in light grey (#B0B0B0) 1.2pt to
           the right and 1.2pt lower, then in black at its place. The text layer holds every
           title word twice, the copies 1.2pt apart both ways. 14pt under the title.

           FIELD LABELS in FAUX BOLD: 10.5pt on 13.5pt in the REGULAR DejaVu Sans (no bold
           face), on a line of their own (9pt above, 2pt under, kept with what follows),
           drawn two or three times, each copy 0.25-0.4pt to the right of the one before
           (the count and offsets drawn per label from a seed of the label's text), all in
           near-black (#1A1A1A). The text layer holds each label's characters two or three
           times, nearly on top of each other. The field's paragraphs under the label; a
           table inside a field stands in its field where the transcription places it.

           TABLES (investment tables and those inside a field alike) across the column in
           8.5pt DejaVu Sans on 11pt, 4pt cell padding left and right, 2.5pt top and bottom.
           Each value column as wide as its widest amount unwrapped (amounts never break; a
           header may wrap at its spaces, a cell of words too, given a quarter of the width
           at least), the row-label column the rest up to 45% of the width, what then
           remains shared by the value columns alike. A table too wide for that at 8.5pt is
           set smaller (8, 7.5, 7, 6.5pt, the leading in proportion) until its amounts fit;
           still too wide at 6.5pt, it gets a word processor's auto layout (longest words
           plus a share of the rest). The header lines on a light grey fill (#ECECEC), the
           table's label in the header's first cell (spanning the header lines), a group
           header ("Publiek") centred over its members, a header over a column of amounts
           right-aligned, others left-aligned; EVERY HEADER CELL FAUX BOLD: the regular face
           drawn twice, 0.3pt apart. A 0.25pt near-black hairline under the header, another
           over each total row ("Totaal..."), none else: no vertical rules, no outer frame.
           Body rows in the regular face drawn once; amounts (and nils) right-aligned, words
           left-aligned, every cell as transcribed. A TOTAL ROW FAUX BOLD too: its label and
           amounts drawn twice, 0.3pt apart. The header and the first body row kept
           together; a table breaking over a page repeats its header lines (the source's
           page_break_before_row is not followed: it breaks where the page is full). Table
           footnotes under the table in 8pt. The project's notes at the end of the project
           in 8pt, each "<mark> <text>" (a note's further paragraphs indented 8pt).

           Everything else is drawn once.

Truth: the plain record, every cell printed as transcribed (no "raw"): a reader should take
each doubled word once. A project runs from its opening page (theme and title drawn) to the
page of its last field text, table cell or note.
"""

from __future__ import annotations

import random
import re
import zlib
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_common import (RP, Doc, Truth, auto_widths, build_until_stable, dossier_name, field_para,
                         font_for, is_total, meta, notes_at_end, para, register_fonts, text_widths)

WIDTH, HEIGHT = A4
MARGIN = 2.4 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"

INK = colors.HexColor("#1A1A1A")
SHADOW = colors.HexColor("#B0B0B0")
OUTLINE = colors.HexColor("#8C8C8C")
FILL = colors.HexColor("#ECECEC")

SHADOW_OFFSET = 1.2            # the title's grey copy: right and down by this
THEME_SIZE, THEME_LEAD, THEME_TRACK, THEME_STROKE = 8.5, 11.0, 0.5, 0.6
TSIZES = (8.5, 8.0, 7.5, 7.0, 6.5)   # a table too wide at 8.5pt is set smaller
PAD = 4.0
TABLE_OVERDRAW = (0.3,)        # header cells and total rows: one more copy 0.3pt right
HAIRLINE = 0.25

# An amount or a nil as the transcriptions write them: "1.650.000", "€ 2,8 mln.", "-", "500.000*".
_NUMERIC = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*¹²³]*")


def _numeric(text: str) -> bool:
    return bool(text.strip()) and bool(_NUMERIC.fullmatch(text.strip()))


# --- text drawn more than once ---------------------------------------------------------


class _Overdrawn(RP):
    """A recorded paragraph the tool draws once per offset in `_copies` (its own colour,
    shifted right by that many points) before drawing it at its place: the faux bold of a
    face without a bold weight. Every copy is real text in the text layer."""

    _copies: tuple = ()

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:  # a label or header that wraps over a page stays faux bold
            q._copies = self._copies
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        for dx in self._copies:
            Paragraph.drawOn(self, canv, x + dx, y, _sW)
        super().drawOn(canv, x, y, _sW)  # the copy at its place records the page


def overdrawn(text: str, style: ParagraphStyle, rec, offsets) -> _Overdrawn:
    """`text` as para() sets it (the font's stand-in where it lacks a character), drawn
    once more at each of `offsets`."""
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    p = _Overdrawn(escape(text), style)
    p._text, p._base, p._rec, p._copies = text, style, rec, tuple(offsets)
    return p


def label_offsets(label: str) -> tuple[float, ...]:
    """The label's extra copies: one or two, each 0.25-0.4pt right of the one before. Seeded
    by the label's text, so a label looks the same wherever it recurs."""
    rng = random.Random(zlib.crc32(label.encode("utf-8")))
    copies = rng.choice((1, 1, 2))
    out, x = [], 0.0
    for _ in range(copies):
        x += round(rng.uniform(0.25, 0.4), 2)
        out.append(x)
    return tuple(out)


class _Shadowed(Flowable):
    """The title: a light grey copy 1.2pt right and 1.2pt down, the black title over it."""

    def __init__(self, text: str, style: ParagraphStyle, shadow_style: ParagraphStyle, rec):
        super().__init__()
        self.front = para(text, style, rec)
        self.back = para(text, shadow_style)

    def wrap(self, aW, aH):
        self.back.wrap(aW, aH)
        self.width, self.height = self.front.wrap(aW, aH)
        return self.width, self.height

    def draw(self):
        self.back.drawOn(self.canv, SHADOW_OFFSET, -SHADOW_OFFSET)
        self.front.drawOn(self.canv, 0, 0)


class _Outlined(Flowable):
    """The theme line: grey stroked capitals (text render mode 1), then the same capitals
    filled white on top, as a second text object at the same place."""

    def __init__(self, text: str, rec):
        super().__init__()
        self.text = text.upper()
        self.font = font_for(self.text, SANS)
        self.rec = rec

    def _width(self, line: str) -> float:
        return stringWidth(line, self.font, THEME_SIZE) + THEME_TRACK * len(line)

    def _lines(self, width) -> list[str]:
        """The capitals broken at spaces where wider than the column (the tracking counted)."""
        lines: list[str] = []
        for word in self.text.split():
            if lines and self._width(f"{lines[-1]} {word}") <= width:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return lines or [""]

    def wrap(self, aW, aH):
        self.lines = self._lines(aW)
        self.width, self.height = aW, len(self.lines) * THEME_LEAD
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        for mode in (1, 0):
            t = c.beginText(0, self.height - THEME_SIZE)
            t.setFont(self.font, THEME_SIZE, THEME_LEAD)
            t.setCharSpace(THEME_TRACK)
            t.setTextRenderMode(mode)
            if mode == 1:
                c.setStrokeColor(OUTLINE)
                c.setLineWidth(THEME_STROKE)
            else:
                t.setFillColor(colors.white)
            for line in self.lines:
                t.textLine(line)
            c.drawText(t)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


# --- styles ----------------------------------------------------------------------------


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.5, **kw):
        return ParagraphStyle(f"sh-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 18, 22, textColor=colors.black),
        "shadow": st("shadow", BOLD, 18, 22, textColor=SHADOW),
        "label": st("label", SANS, 10.5, 13.5, textColor=INK, spaceBefore=9, spaceAfter=2,
                    keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", spaceAfter=5, leftIndent=14, bulletIndent=0, bulletFontName=SANS),
        "tfoot": st("tfoot", SANS, 8, 10, spaceBefore=3),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
        "note_more": st("note_more", SANS, 8, 10, spaceAfter=2, leftIndent=8),
    }


# --- tables ----------------------------------------------------------------------------


def _table_styles(size: float) -> dict:
    def st(name, align):
        return ParagraphStyle(f"sh-{name}-{size}", fontName=SANS, fontSize=size,
                              leading=round(size * 11 / 8.5, 2), alignment=align)

    return {"th": st("th", TA_LEFT), "th_r": st("thr", TA_RIGHT), "th_c": st("thc", TA_CENTER),
            "td": st("td", TA_LEFT), "ta": st("ta", TA_RIGHT)}


def _widths(t: source.Table, st, squeeze: bool) -> list[float] | None:
    """Each value column as wide as its widest amount unwrapped (a header, and words, may
    wrap at their spaces), so no amount breaks; the label column the rest, up to 45% of the
    width, and what then remains shared by the value columns alike. Where even the label
    column's longest word would not fit: None, or where `squeeze`, the word processor's auto
    layout (zoo_common.auto_widths)."""
    n, extra = t.columns, 2 * PAD + 1
    need = [0.0] * n
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            word, whole = text_widths(text, st["td"])
            if not _numeric(text):  # words may wrap, in a quarter of the width at least
                whole = max(word, min(whole, 0.25 * FW))
            need[c] = max(need[c], whole + extra)
    placed = t.header_cells()
    for h in sorted(placed, key=lambda h: h.columns):  # members before their group
        word = text_widths(h.text, st["th"])[0] + extra
        cols = range(h.column - 1, h.column - 1 + h.columns)
        short = word - sum(need[c] for c in cols)
        for c in cols if short > 0 else ():
            need[c] += short / h.columns
    label_min = max([text_widths(b[0], st["td"])[0] for b in t.rows]
                    + [text_widths(t.label, st["th"])[0]]) + extra
    room = FW - sum(need)
    if room < label_min:
        if not squeeze:
            return None
        cells = [(0, 1, t.label, st["th"])]
        cells += [(h.column, h.columns, h.text, st["th"]) for h in placed]
        for body in t.rows:
            cells += [(c, 1, text, st["td"]) for c, text in enumerate(body)]
        return auto_widths(cells, n + 1, FW, extra)
    label = max(label_min, min(room, 0.45 * FW))
    return [label] + [w + (room - label) / n for w in need]


def _table(t: source.Table, st, rec) -> list:
    # the largest size at which every amount fits its column unbroken
    for size in TSIZES:
        ts = _table_styles(size)
        widths = _widths(t, ts, squeeze=size == TSIZES[-1])
        if widths:
            break
    st = {**st, **ts}
    n, lines = t.columns, max(len(t.header), 1)
    bodies = [list(b[1:]) + [""] * (n + 1 - len(b)) for b in t.rows]
    # a column of amounts: every non-empty cell an amount or a nil
    numeric = [all(_numeric(b[c]) for b in bodies if b[c].strip()) for c in range(n)]
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), FILL),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), HAIRLINE, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP")]
    if t.label:
        rows[0][0] = overdrawn(t.label, st["th"], rec, TABLE_OVERDRAW)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        if h.columns > 1:
            style = st["th_c"]
        else:
            style = st["th_r"] if numeric[h.column - 1] else st["th"]
        if h.text:
            rows[h.line][h.column] = overdrawn(h.text, style, rec, TABLE_OVERDRAW)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body, cells in zip(t.rows, bodies):
        r = len(rows)
        if is_total(body[0]):
            cmds.append(("LINEABOVE", (0, r), (-1, r), HAIRLINE, INK))
            row = [overdrawn(body[0], st["td"], rec, TABLE_OVERDRAW)]
            row += [overdrawn(c, st["ta" if _numeric(c) else "td"], rec, TABLE_OVERDRAW)
                    if c else "" for c in cells]
        else:
            row = [para(body[0], st["td"], rec)]
            row += [para(c, st["ta" if _numeric(c) else "td"], rec) if c else "" for c in cells]
        rows.append(row)
    # the header never stands alone at a page's foot
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 4),
                 Table(rows, colWidths=widths, repeatRows=lines,
                       style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


# --- the document ----------------------------------------------------------------------


def render_shadow(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    footer = f"{name} | Regio Deal" if name else "Regio Deal"

    def once(info):
        truth = Truth(dossier, "shadow")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "shadow"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(font_for(footer, SANS), 8)
            canv.drawString(MARGIN, 1.4 * cm, footer)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story += [_Outlined(pr.theme, truth.heading(p)), Spacer(0, 4),
                      _Shadowed(pr.title, st["title"], st["shadow"], truth.heading(p)),
                      Spacer(0, 14)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(overdrawn(row.label, st["label"], rec, label_offsets(row.label)))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
