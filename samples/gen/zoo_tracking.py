"""One more house style for the layout zoo (see zoo.py): a design agency's investment
prospectus set in InDesign (held out: scored before the reader knew of it).

- tracking: Portrait A4, one ragged-right text column 15 cm wide (3 cm margins left and
            right, 2.4 cm top, 2.6 cm bottom); DejaVu Sans (it has the narrow no-break space
            U+202F, which Liberation Sans lacks) at 9.5pt on 13pt, 5pt after each paragraph.
            LETTER-SPACED CAPITALS: every field label in capitals (its spelling kept:
            "INZET EN CO-FINANCIERING"), 7.5pt bold teal (#00827F), with InDesign tracking
            +200 (0.2 em after every letter, the PDF's character spacing Tc) and word gaps of
            about 0.6 em (a real space drawn, the next word set a little further on), on a
            line of its own above its text. A contents page first (the transcription's
            heading in 16pt bold; each theme in letter-spaced capitals, its projects' titles
            under it with page numbers at the right). Each project opens a new page: its
            theme in letter-spaced teal capitals (8pt), the title in 16pt bold under it.
            Tables (investment tables and those inside a field, which stay in their field)
            across the column in 8pt (down to 6.5pt where the columns need it): the label
            column header ("Opgaven/Investeringen") horizontal, bold, at the header's foot;
            every one-column header ROTATED 90 degrees, reading bottom to top, standing at
            the right of its narrow value column (at the left over a column of words),
            wrapped onto a second rotated line beyond 2.6 cm; a header over several
            columns ("Publiek") horizontal and centred over them with a thin teal rule
            under it, its members' headers rotated below it.
            Amounts with a narrow no-break space (U+202F) for the thousands dot ("1 650 000",
            "€ 25 000 per broedplaats"), a nil "-" as an en dash "–" (footnote marks kept:
            "7 500 000*", "–*"), decimal amounts ("6,33 mln.") as transcribed; amounts right
            aligned (DejaVu's figures are tabular), words left aligned. Rows parted by 0.25pt
            light grey hairlines, a 0.5pt dark rule under the header; every second value
            column shaded very light grey from its header down (column bands); the Totaal
            row bold under a 1pt rule. A table breaking over pages repeats its header.
            Table footnotes in 7pt under the table; project notes as page footnotes in 7pt
            under a short rule. Footer 7pt grey: "Investeringsprospectus Regio Deal <name>"
            left, the page number right. Prose is printed as transcribed (amounts in the
            text keep their dots).

The truth record holds, under "raw", the text each amount cell prints where that is not the
transcription's ("<project>|<table>|<row>|<column key>" -> "1 650 000"), the column keys
taken from tests/golden/<dossier>_cells.csv as in zoo_budget.py.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import fields_with_notes
from .zoo_budget import _column_keys
from .zoo_common import (build_until_stable, Doc, dossier_name, FONT_DIR, FootnoteSupport,
                         is_total, meta, page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 3.0 * cm
FW = WIDTH - LEFT - RIGHT                  # 15 cm
TOP, BOTTOM = 2.4 * cm, 2.6 * cm
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
TEAL = colors.HexColor("#00827F")
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#777777")
HAIR = colors.HexColor("#BDBDBD")
BAND = colors.HexColor("#F1F1F1")
TRACK = 0.2                                # InDesign tracking +200: 0.2 em after each letter
WORD_GAP = 0.6                             # em between the words of a tracked line
PAD = 3.0                                  # cell padding left and right
MAX_UP = 2.6 * cm                          # a rotated header's longest line
MIN_LABEL = 3.2 * cm
MAX_VALUE = 2.2 * cm

_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d,])")
_AMOUNT_START = re.compile(r"^(?:€\s?)?[-–\d.]")


def _separator() -> str:
    """U+202F where the table font has it (fontTools' look at its cmap), else U+00A0."""
    try:
        from fontTools.ttLib import TTFont as FtFont
        cmap = FtFont(str(FONT_DIR / "DejaVuSans.ttf"), lazy=True).getBestCmap()
        return "\u202f" if 0x202F in cmap else "\u00a0"
    except Exception:  # noqa: BLE001 - no fontTools: the safe space
        return "\u00a0"


SEP = _separator()


def printed(cell: str) -> str:
    """The cell as the house prints it: thousands dots as narrow no-break spaces, a nil
    dash as an en dash (its footnote marks kept)."""
    text = _NUMBER.sub(lambda m: m.group().replace(".", SEP), cell)
    if re.fullmatch(r"-[*¹²³⁴⁵⁶⁷⁸⁹]*", text):
        text = "–" + text[1:]
    return text


class _TrackingTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "tracking")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


# --- letter-spaced capitals -------------------------------------------------------------


class _Tracked(Flowable):
    """Capitals with tracking: each letter followed by `TRACK` em (the PDF's Tc), the words
    `WORD_GAP` em apart (a space drawn, the next word set on from it); broken between
    words where the line is full."""

    def __init__(self, text, size, leading, colour=TEAL, font=BOLD, rec=None,
                 space_before=0.0, space_after=0.0, keep_with_next=True):
        super().__init__()
        self.text, self.size, self.leading, self.colour, self.font = text, size, leading, colour, font
        self.rec = rec
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.keepWithNext = 1 if keep_with_next else 0
        self.words = text.upper().split()
        self.space = TRACK * size

    def _w(self, s):
        return stringWidth(s, self.font, self.size) + len(s) * self.space

    def wrap(self, aW, aH):
        gap = WORD_GAP * self.size
        self.lines, line, used = [], [], 0.0
        for word in self.words:
            w = self._w(word)
            if line and used + gap + w > aW:
                self.lines.append(line)
                line, used = [], 0.0
            used += (gap if line else 0.0) + w
            line.append(word)
        if line:
            self.lines.append(line)
        self.width, self.height = aW, max(1, len(self.lines)) * self.leading
        return aW, self.height

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        gap = WORD_GAP * self.size
        for k, line in enumerate(self.lines):
            y = self.height - (k + 1) * self.leading + (self.leading - self.size) * 0.5 + 0.2 * self.size
            t = c.beginText(0, y)
            t.setFont(self.font, self.size)
            t.setCharSpace(self.space)
            x = 0.0
            for n, word in enumerate(line):
                t.setTextOrigin(x, y)
                last = n == len(line) - 1
                t.textOut(word if last else word + " ")
                x += self._w(word) + gap
            c.drawText(t)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


# --- table pieces ----------------------------------------------------------------------


class _Up(Flowable):
    """A column header turned a quarter anticlockwise (reading bottom to top), its lines
    (at most `MAX_UP` long) stacked left to right; the last line at the right."""

    def __init__(self, text, font, size, rec=None):
        super().__init__()
        self.font, self.size, self.lead, self.rec = font, size, size * 1.2, rec
        self.lines, line = [], ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and stringWidth(trial, font, size) > MAX_UP:
                self.lines.append(line)
                line = word
            else:
                line = trial
        self.lines.append(line)
        self.length = max(stringWidth(s, font, size) for s in self.lines)

    @property
    def thickness(self):
        return len(self.lines) * self.lead

    def wrap(self, aW, aH):
        return self.thickness, self.length

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        c.rotate(90)
        descent = 0.22 * self.size
        for k, s in enumerate(self.lines):
            x_base = self.thickness - (len(self.lines) - 1 - k) * self.lead - descent
            # rotated: (u, v) is drawn at (-v, u); the baseline at x = x_base
            c.drawString(0, -x_base, s)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _Group(Flowable):
    """A header over several columns: its text centred, a thin teal rule under it."""

    def __init__(self, p, inset):
        super().__init__()
        self.p, self.inset = p, inset

    def wrap(self, aW, aH):
        self.aW = aW
        _, self.ph = self.p.wrap(aW, aH)
        return aW, self.ph + 3

    def draw(self):
        self.p.drawOn(self.canv, 0, 3)
        c = self.canv
        c.saveState()
        c.setStrokeColor(TEAL)
        c.setLineWidth(0.5)
        c.line(self.inset, 0.5, self.aW - self.inset, 0.5)
        c.restoreState()


class _Cell(Flowable):
    """A value cell drawn as it is written: broken into lines at ordinary spaces only (a
    Paragraph would break at, and replace, the narrow no-break space), each line set left
    or right in the cell."""

    def __init__(self, text, font, size, leading, right, rec=None):
        super().__init__()
        self.text, self.font, self.size, self.lead, self.right = text, font, size, leading, right
        self.rec = rec

    def wrap(self, aW, aH):
        self.lines, line = [], ""
        for word in self.text.split(" "):
            trial = f"{line} {word}" if line else word
            if line and stringWidth(trial, self.font, self.size) > aW:
                self.lines.append(line)
                line = word
            else:
                line = trial
        self.lines.append(line)
        self.aW = aW
        return aW, len(self.lines) * self.lead

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setFont(self.font, self.size)
        h = len(self.lines) * self.lead
        for k, s in enumerate(self.lines):
            y = h - (k + 1) * self.lead + (self.lead - self.size) / 2 + 0.22 * self.size
            if self.right:
                c.drawRightString(self.aW, y, s)
            else:
                c.drawString(0, y, s)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


def _need(text, font, size):
    full = stringWidth(text, font, size)
    widest = max((stringWidth(w, font, size) for w in text.split(" ")), default=0.0)
    return min(full, max(widest, 60.0))


def _widths(t: source.Table, size, width, heads):
    """[label, values...] at `size`, or None where the values leave the label column too
    narrow. Value columns one width (the widest need) where they fit, filled up to
    `MAX_VALUE` each, the label column the rest."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], heads[(h.line, h.column)].thickness)
    for body in t.rows:
        font = BOLD if is_total(body[0]) else SANS
        for c, cell in enumerate(body[1:]):
            need[c] = max(need[c], _need(printed(cell), font, size))
    need = [w + 2 * PAD + 1 for w in need]
    uniform = max(need)
    if width - n * uniform >= MIN_LABEL:
        values = [max(uniform, min(MAX_VALUE, (width - max(MIN_LABEL, 0.32 * width)) / n))] * n
    elif width - sum(need) >= MIN_LABEL:
        values = need
    else:
        return None
    return [width - sum(values)] + values


def _table(t: source.Table, st, rec, width, raw_of) -> list:
    size = 8.0
    hsize = 7.0
    heads = {(h.line, h.column): _Up(h.text, BOLD, hsize, rec)
             for h in t.header_cells() if h.columns == 1}
    widths = _widths(t, size, width, heads)
    while widths is None and size > 6.5:
        size -= 0.25
        widths = _widths(t, size, width, heads)
    if widths is None:
        widths = _widths(t, size, 1e6, heads)
        k = width / sum(widths)
        widths = [w * k for w in widths]
    lead = size * 1.3

    def style(name, font, align=TA_LEFT):
        return ParagraphStyle(f"tk-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              textColor=INK, alignment=align)

    text, text_b = style("t", SANS), style("tb", BOLD)
    label_st = ParagraphStyle(f"tk-lab-{hsize}", fontName=BOLD, fontSize=hsize,
                              leading=hsize * 1.25, textColor=INK)
    group_st = ParagraphStyle(f"tk-grp-{hsize}", label_st, alignment=TA_CENTER)

    n, lines = t.columns, len(t.header)
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans, cmds = [], []
    grid[0][0] = para(t.label, label_st, rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    group_h = hsize * 1.25 + 3 + 3 + 2
    line_h = [0.0] * lines
    spanning = []  # (first line, last line, height needed)
    band_from = {}  # value column -> first header line of its band
    for h in t.header_cells():
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if h.columns > 1:
            grid[h.line][h.column] = _Group(para(h.text, group_st, rec), PAD)
            need = group_h
        else:
            up = heads[(h.line, h.column)]
            grid[h.line][h.column] = up
            need = up.length + 8
            band_from[h.column] = h.line
        if h.lines == 1:
            line_h[h.line] = max(line_h[h.line], need)
        else:
            spanning.append((h.line, r1, need))
    for a, b, need in spanning:  # the lowest line takes what a spanning header still lacks
        line_h[b] = max(line_h[b], need - sum(line_h[a:b]))
    line_h = [max(h, group_h) for h in line_h]

    totals = []
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        if total:
            totals.append(len(grid))
        row = [para(body[0], text_b if total else text, rec)]
        for c, cell in enumerate(body[1:]):
            out = printed(cell)
            if out != cell:
                raw_of(i, c, out)
            if not out:
                row.append("")
                continue
            row.append(_Cell(out, BOLD if total else SANS, size, lead,
                             bool(_AMOUNT_START.match(out)), rec))
        grid.append(row)

    cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("ALIGN", (1, 0), (-1, lines - 1), "RIGHT"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, lines), (-1, -1), 3.5), ("BOTTOMPADDING", (0, lines), (-1, -1), 3),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
             ("LINEBELOW", (0, lines), (-1, -1), 0.25, HAIR),
             ("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1)))]
    for col in range(2, n + 1, 2):
        cmds.append(("BACKGROUND", (col, band_from.get(col, lines - 1)), (col, -1), BAND))
    for col in range(1, n + 1):  # a header over words stands at its column's left
        cells = [printed(body[col]) for body in t.rows if len(body) > col and body[col]]
        if cells and not all(_AMOUNT_START.match(c) for c in cells):
            cmds.append(("ALIGN", (col, 0), (col, lines - 1), "LEFT"))
    cmds += [("SPAN", a, b) for a, b in spans]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, INK))
    table = Table(grid, colWidths=widths, rowHeights=line_h + [None] * len(t.rows),
                  repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 5), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


# --- the document -----------------------------------------------------------------------


def render_tracking(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()

    def style(name, font=SANS, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"tk-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=5),
        "title": style("title", BOLD, 16, 19.5, spaceAfter=14, keepWithNext=1),
        "tfoot": style("tfoot", SANS, 7, 9, spaceBefore=3, textColor=GREY),
        "note": style("note", SANS, 7, 9, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "toc_h": style("toch", BOLD, 16, 19.5, spaceAfter=16),
        "toc": style("toc", SANS, 9.5, 13),
        "toc_page": style("tocp", BOLD, 9.5, 13, alignment=TA_RIGHT, textColor=TEAL),
    }
    name = dossier_name(dossier)
    footer = f"Investeringsprospectus Regio Deal {name}".strip()
    keys = _column_keys(dossier)

    def once(info):
        truth = _TrackingTruth(dossier)
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=2.5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "tracking"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 7)
            canv.drawString(LEFT, 1.4 * cm, footer)
            canv.drawRightString(WIDTH - RIGHT, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [Spacer(0, 1.5 * cm), para(dossier.toc_heading, st["toc_h"])]
        last = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                story.append(_Tracked(pr.theme, 7.5, 11, space_before=10, space_after=3))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                                   ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIR)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(_Tracked(pr.theme, 8, 12, rec=rec, space_after=4))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            tables = list(pr.tables())

            def place(t, inside, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(row, column, text):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = text

                return _table(t, st, rec, FW, raw_of)

            def label(field, k, rec=rec):
                return _Tracked(field.label, 7.5, 10, rec=rec, space_before=9, space_after=3)

            story += fields_with_notes(pr, st, rec, foot, place, label)
        doc.build(story)
        return truth

    return build_until_stable(once)
