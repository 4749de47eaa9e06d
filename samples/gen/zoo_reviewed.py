"""One more house style for the layout zoo (see zoo.py), held out: the report after a
reviewer at the ministry commented on it in Acrobat and then flattened the comments.

- reviewed: the "report" rendering (A4, its pages, running header and "Pagina N van M" as
        they were), marked up with Acrobat's comment tools and then flattened ("Print to
        PDF" / flatten), so every mark is now ordinary page content: each mark is a Form
        XObject (its appearance stream; bounding box the mark's rectangle, in page space)
        drawn after the page's own content, which is left untouched (wrapped in q/Q). No
        annotation remains. The marks sit on the report's own words (their pdfium loose
        character boxes) and are chosen per page from a fixed seed ("reviewed:<name>" and
        the page number), so the file is the same on every run. What the reviewer leaves:
        HIGHLIGHTS: Acrobat yellow (#FFEB00) rectangles drawn OVER the text with the
        Multiply blend mode at fill opacity 0.4 (the text stays black, the paper turns pale
        yellow), covering whole words: a phrase of 3 to 8 words of body text (the 9.2pt
        serif), one rectangle per line (a phrase running on over a line break of the same
        paragraph is two), each from the first word's left to the last word's right edge
        and from the font's descent to its ascent; on a page with a table, sometimes one
        cell with figures (its words) or the first line of a whole table row (row label to
        last amount, a "Totaal" row preferred). UNDERLINES: a red (#E42221) 0.8pt line
        1.6pt under the baseline of 2 to 6 words of body text. STICKY NOTES: Acrobat's
        "Comment" icon, a yellow (#FFE45C) speech balloon 14 x 12.5pt with a thin dark
        outline, a tail at its lower left and three grey lines in it, in the right margin
        (8pt right of the text column) level with the top of a body line; the note's text
        is not printed. FREETEXT CALLOUTS: a short remark ("Klopt dit totaal?", "Bron?",
        "Dubbel geteld?", "Onderbouwing?", "zie p. N", ...) in red 8pt Helvetica, wrapped
        to fit, in a box with a red 0.75pt border and no fill, lying wholly in a margin:
        the right one (x from 5pt right of the text column to 4pt from the page edge) or,
        for a target in the left 40 % of the column (and for some prose targets), the left
        one (4pt from the page edge to 5pt left of the column); the box is dragged 14 to
        40pt above or below its target's line (moved further where other marks in that
        margin are in the way); a red 0.75pt callout line leaves the box's inner edge with
        a 6pt horizontal knee and runs straight to the target's nearest point, ending in an
        open arrowhead 1.5pt short of it (the only mark that crosses text). A target is a
        cell with figures (one callout per table row at most) or one of the three words
        at the near end of a prose line. INK CIRCLES: now and then a hand-drawn red 1pt
        loop (a slightly wobbly bezier ellipse 4pt wider and 3pt taller than the cell,
        tilted up to 4 degrees, its stroke overshooting its start, round caps) around a
        cell with figures. A STAMP on page 1 only: "CONCEPT – IN BEHANDELING" in red 15pt
        Helvetica-Bold in a red 2pt rounded box with a thin inner line (no fill), rotated
        15 degrees, in the free space under the contents (its centre 80pt below the last
        line, 150pt left of the column's right edge; at the top right where there is no
        room). Density: on each page after the first, 0 to 3 highlights, at most one
        underline, one sticky note, one cell or row highlight and one ink circle, 0 to 2
        callouts, each by chance; about one page in six gets no mark at all. No mark is
        opaque over text (the sticky notes and callout boxes lie in the margins).
        Everything the reviewer added is not part of the dossier: the truth record (pages,
        fields, cells) is the report's; no cell is printed otherwise (no "raw"), the
        report's footnotes are its own.
"""

from __future__ import annotations

import ctypes
import math
import random
import tempfile
import zlib
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_common import dossier_name, font_for, is_total, meta, register_fonts

BASE = "report"                          # the zoo style the reviewer commented on
WIDTH, HEIGHT = A4
COL_X0 = 2.6 * cm                        # the report's text column (render_report)
COL_X1 = WIDTH - 2.6 * cm
BODY_SIZE, CELL_SIZE = 9.2, 7.8          # the report's body text and table cells

HIGHLIGHT = colors.HexColor("#FFEB00")
HIGHLIGHT_ALPHA = 0.4
RED = colors.HexColor("#E42221")
NOTE_FILL = colors.HexColor("#FFE45C")
NOTE_LINE = colors.HexColor("#3C3C3C")
COMMENT_FONT, COMMENT_SIZE = "Helvetica", 8
RIGHT_BOX = (COL_X1 + 5.0, WIDTH - 4.0)  # x range of a callout box in the right margin
LEFT_BOX = (4.0, COL_X0 - 5.0)           # ... in the left margin
STAMP = "CONCEPT – IN BEHANDELING"

AMOUNT_REMARKS = ("Klopt dit bedrag?", "Dubbel geteld?", "Bron?", "Waarom zo hoog?",
                  "Dekking?", "Incl. btw?", "Check begroting")
TOTAL_REMARKS = ("Klopt dit totaal?", "Optelling klopt niet?", "Klopt dit totaal?")
PROSE_REMARKS = ("Bron?", "Onderbouwing?", "Wie is trekker?", "Toegezegd?", "Structureel?",
                 "Meetbaar?", "Afspraak met provincie?")


def render_reviewed(dossier: source.Dossier, pdf_path) -> dict:
    from .zoo import STYLES  # zoo.py imports this module at its end

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"commented-{BASE}.pdf"
        truth = STYLES[BASE](dossier, printed)
        seed = zlib.crc32(f"reviewed:{dossier_name(dossier)}".encode())
        _flatten(printed, Path(pdf_path), seed, meta(dossier, "reviewed"))
    truth["style"] = "reviewed"
    return truth


# --- the report's words ---------------------------------------------------------------


class _Word:
    __slots__ = ("text", "x0", "x1", "y0", "y1", "base", "size")

    def __init__(self, base: float, size: float):
        self.text = ""
        self.x0 = self.y0 = math.inf
        self.x1 = self.y1 = -math.inf
        self.base, self.size = base, size


def _words(page) -> list[_Word]:
    """The page's words (split at spaces, line ends and jumps) with their loose boxes."""
    tp = page.get_textpage()
    out: list[_Word] = []
    cur: _Word | None = None
    prev_right = None
    rect = pdfium_c.FS_RECTF()
    ox, oy = ctypes.c_double(), ctypes.c_double()
    try:
        for i in range(tp.count_chars()):
            ch = chr(pdfium_c.FPDFText_GetUnicode(tp, i))
            if ch.isspace() or ord(ch) < 0x20 or ch in "\x02\ufffe\uffff":
                cur = None
                continue
            size = round(pdfium_c.FPDFText_GetFontSize(tp, i), 2)
            pdfium_c.FPDFText_GetLooseCharBox(tp, i, rect)
            pdfium_c.FPDFText_GetCharOrigin(tp, i, ox, oy)
            if cur is not None and (abs(size - cur.size) > 0.05 or abs(oy.value - cur.base) > 0.5
                                    or ox.value < prev_right - 1
                                    or ox.value > prev_right + 0.2 * size):
                cur = None
            if cur is None:
                cur = _Word(oy.value, size)
                out.append(cur)
            cur.text += ch
            cur.x0, cur.x1 = min(cur.x0, rect.left), max(cur.x1, rect.right)
            cur.y0, cur.y1 = min(cur.y0, rect.bottom), max(cur.y1, rect.top)
            prev_right = rect.right
    finally:
        tp.close()
    return out


def _lines(words: list[_Word], size: float) -> list[list[_Word]]:
    """Words of one size grouped into lines (top to bottom, left to right)."""
    rows: dict[float, list[_Word]] = {}
    for w in words:
        if abs(w.size - size) < 0.05:
            rows.setdefault(round(w.base, 1), []).append(w)
    return [sorted(rows[b], key=lambda w: w.x0) for b in sorted(rows, reverse=True)]


def _cells(line: list[_Word]) -> list[list[_Word]]:
    """A table line's words grouped into cells (neighbours less than 4pt apart)."""
    out: list[list[_Word]] = []
    for w in line:
        if out and w.x0 - out[-1][-1].x1 < 4.0:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _is_amount(cell: list[_Word]) -> bool:
    text = "".join(w.text for w in cell)
    return any(ch.isdigit() for ch in text) and sum(ch.isalpha() for ch in text) <= 4


def _box(words) -> tuple[float, float, float, float]:
    return (min(w.x0 for w in words), min(w.y0 for w in words),
            max(w.x1 for w in words), max(w.y1 for w in words))


# --- the marks ------------------------------------------------------------------------


class _Marks:
    """One page's comments, each drawn as a Form XObject over the page."""

    def __init__(self, canv: Canvas, page: int):
        self.canv, self.page, self.n = canv, page, 0
        self.margin: dict[str, list[tuple[float, float]]] = {"left": [], "right": []}

    def _form(self, box, draw) -> None:
        x0, y0, x1, y1 = box
        name = f"Fm{self.page}_{self.n}"
        self.n += 1
        c = self.canv
        c.beginForm(name, x0, y0, x1, y1)
        c.saveState()
        draw(c)
        c.restoreState()
        # reportlab leaves a form's graphics states (opacity, blend mode) out of its
        # resources: give the form its own resource dictionary with them
        res = pdfdoc.PDFResourceDictionary()
        res.basicFonts()
        res.allProcs()
        states = c._extgstate.getState()
        if states:
            res.ExtGState = states
        c.endForm(Resources=res)
        c.doForm(name)

    def highlight(self, rects) -> None:
        rects = [(x0 - 0.3, y0, x1 + 0.3, y1) for x0, y0, x1, y1 in rects]

        def draw(c):
            c.setBlendMode("Multiply")
            c.setFillColor(HIGHLIGHT)
            c.setFillAlpha(HIGHLIGHT_ALPHA)
            for x0, y0, x1, y1 in rects:
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
        self._form(_union(rects), draw)

    def underline(self, x0, x1, base) -> None:
        y = base - 1.6

        def draw(c):
            c.setStrokeColor(RED)
            c.setLineWidth(0.8)
            c.line(x0, y, x1, y)
        self._form((x0 - 1, y - 1, x1 + 1, y + 1), draw)

    def free(self, side: str, y0: float, y1: float) -> bool:
        return all(y1 + 3 < a or y0 - 3 > b for a, b in self.margin[side])

    def place(self, side: str, want_top: float, h: float) -> float | None:
        """The top of a free slot of height h in a margin, nearest to want_top."""
        for d in sorted(range(-160, 161, 4), key=abs):
            top = min(HEIGHT - 2.9 * cm, want_top + d)
            if top - h > 2.2 * cm and self.free(side, top - h, top):
                self.margin[side].append((top - h, top))
                return top
        return None

    def sticky(self, line_top: float) -> None:
        w, h = 14.0, 12.5
        x = COL_X1 + 8
        top = self.place("right", line_top + 1, h + 2)
        if top is None:
            return
        y = top - h

        def draw(c):
            c.setFillColor(NOTE_FILL)
            c.setStrokeColor(NOTE_LINE)
            c.setLineWidth(0.5)
            p = c.beginPath()
            r = 2.0
            b = y + 3.0  # the balloon's foot; the tail hangs below it
            p.moveTo(x + r, b)
            p.lineTo(x + 3.0, b)
            p.lineTo(x + 2.2, y)
            p.lineTo(x + 6.0, b)
            p.lineTo(x + w - r, b)
            p.arcTo(x + w - 2 * r, b, x + w, b + 2 * r, -90, 90)
            p.lineTo(x + w, y + h - r)
            p.arcTo(x + w - 2 * r, y + h - 2 * r, x + w, y + h, 0, 90)
            p.lineTo(x + r, y + h)
            p.arcTo(x, y + h - 2 * r, x + 2 * r, y + h, 90, 90)
            p.lineTo(x, b + r)
            p.arcTo(x, b, x + 2 * r, b + 2 * r, 180, 90)
            p.close()
            c.drawPath(p, stroke=1, fill=1)
            c.setStrokeColor(colors.HexColor("#7A7A7A"))
            c.setLineWidth(0.6)
            for k in range(3):
                yy = b + 2.6 + k * 2.3
                c.line(x + 2.5, yy, x + w - (2.5 if k < 2 else 5.5), yy)
        self._form((x - 1, y - 1, x + w + 1, y + h + 1), draw)

    def callout(self, text: str, side: str, target: tuple[float, float, float, float],
                shift: float) -> None:
        lo, hi = RIGHT_BOX if side == "right" else LEFT_BOX
        pad, lead = 2.5, 9.5
        lines = _wrap(text, hi - lo - 2 * pad)
        bw = max(stringWidth(t, COMMENT_FONT, COMMENT_SIZE) for t in lines) + 2 * pad
        bh = len(lines) * lead + 2 * pad - 1.5
        tx0, ty0, tx1, ty1 = target
        mid = (ty0 + ty1) / 2
        top = self.place(side, mid + shift + bh / 2, bh)  # dragged off the target's line
        if top is None:
            return
        if side == "right":
            bx = lo
            edge, kx = bx, bx - 6
        else:
            bx = hi - bw
            edge, kx = hi, hi + 6
        by = top - bh
        start = (edge, by + bh / 2)
        # the arrow ends just short of the point of the target nearest to the knee
        near = (min(max(kx, tx0), tx1), min(max(start[1], ty0), ty1))
        ang = math.atan2(near[1] - start[1], near[0] - kx)
        end = (near[0] - 1.5 * math.cos(ang), near[1] - 1.5 * math.sin(ang))
        arrow = [(end[0] - 4.5 * math.cos(ang + s), end[1] - 4.5 * math.sin(ang + s))
                 for s in (0.45, -0.45)]

        def draw(c):
            c.setStrokeColor(RED)
            c.setLineWidth(0.75)
            c.rect(bx, by, bw, bh, stroke=1, fill=0)
            c.setFillColor(RED)
            for k, t in enumerate(lines):
                c.setFont(font_for(t, COMMENT_FONT), COMMENT_SIZE)
                c.drawString(bx + pad, top - pad - 6.2 - k * lead, t)
            c.setLineCap(1)
            p = c.beginPath()
            p.moveTo(*start)
            p.lineTo(kx, start[1])
            p.lineTo(*end)
            p.moveTo(*arrow[0])
            p.lineTo(*end)
            p.lineTo(*arrow[1])
            c.drawPath(p, stroke=1, fill=0)
        xs = [bx, bx + bw, kx, end[0]] + [a[0] for a in arrow]
        ys = [by, top, end[1]] + [a[1] for a in arrow]
        self._form((min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1), draw)

    def circle(self, box, rnd: random.Random) -> None:
        x0, y0, x1, y1 = box
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        rx, ry = (x1 - x0) / 2 + 4.0, (y1 - y0) / 2 + 3.0
        tilt = math.radians(rnd.uniform(-4, 4))
        start, turn = rnd.uniform(0, 2 * math.pi), rnd.uniform(1.05, 1.12)
        phase, wob = rnd.uniform(0, 2 * math.pi), rnd.uniform(0.02, 0.05)
        n = 18
        pts = []
        for k in range(n + 1):
            t = start + 2 * math.pi * turn * k / n
            f = 1 + wob * math.sin(3 * t + phase) + 0.03 * k / n
            ex, ey = rx * f * math.cos(t), ry * f * math.sin(t)
            pts.append((cx + ex * math.cos(tilt) - ey * math.sin(tilt),
                        cy + ex * math.sin(tilt) + ey * math.cos(tilt)))

        def draw(c):
            c.setStrokeColor(RED)
            c.setLineWidth(1.0)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(*pts[0])
            for k in range(len(pts) - 1):  # Catmull-Rom through the points, as beziers
                a, b = pts[max(k - 1, 0)], pts[k]
                d, e = pts[k + 1], pts[min(k + 2, len(pts) - 1)]
                p.curveTo(b[0] + (d[0] - a[0]) / 6, b[1] + (d[1] - a[1]) / 6,
                          d[0] - (e[0] - b[0]) / 6, d[1] - (e[1] - b[1]) / 6, d[0], d[1])
            c.drawPath(p, stroke=1, fill=0)
        self._form((min(x for x, _ in pts) - 2, min(y for _, y in pts) - 2,
                    max(x for x, _ in pts) + 2, max(y for _, y in pts) + 2), draw)

    def stamp(self, cx: float, cy: float) -> None:
        size, angle = 15.0, 15.0
        tw = stringWidth(STAMP, "Helvetica-Bold", size)
        w, h = tw + 20, size + 14
        a = math.radians(angle)
        reach_x = (w * math.cos(a) + h * math.sin(a)) / 2 + 2
        reach_y = (w * math.sin(a) + h * math.cos(a)) / 2 + 2

        def draw(c):
            c.translate(cx, cy)
            c.rotate(angle)
            c.setStrokeColor(RED)
            c.setLineWidth(2.0)
            c.roundRect(-w / 2, -h / 2, w, h, 5, stroke=1, fill=0)
            c.setLineWidth(0.6)
            c.roundRect(-w / 2 + 3, -h / 2 + 3, w - 6, h - 6, 3, stroke=1, fill=0)
            c.setFillColor(RED)
            c.setFont("Helvetica-Bold", size)
            c.drawCentredString(0, -size * 0.35, STAMP)
        self._form((cx - reach_x, cy - reach_y, cx + reach_x, cy + reach_y), draw)


def _union(rects):
    return (min(r[0] for r in rects) - 1, min(r[1] for r in rects) - 1,
            max(r[2] for r in rects) + 1, max(r[3] for r in rects) + 1)


def _wrap(text: str, width: float) -> list[str]:
    lines: list[str] = []
    for word in text.split():
        if lines and stringWidth(f"{lines[-1]} {word}", COMMENT_FONT, COMMENT_SIZE) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


# --- choosing the marks of a page -------------------------------------------------------


def _phrase(lines: list[list[_Word]], rnd: random.Random, used: set, lo: int, hi: int):
    """A run of lo..hi words of body text (it may run on over one line break): its
    per-line rectangles, or None."""
    cands = [k for k, ln in enumerate(lines) if len(ln) >= 4 and k not in used]
    if not cands:
        return None
    k = rnd.choice(cands)
    line = lines[k]
    n = rnd.randint(lo, hi)
    i = rnd.randrange(len(line))
    run_on = (k + 1 < len(lines) and k + 1 not in used
              and 0 < line[0].base - lines[k + 1][0].base < 14)  # the paragraph goes on
    if i + n > len(line) and not run_on:
        i = max(0, len(line) - n)
    first = line[i:i + n]
    parts = [(k, first)]
    rest = n - len(first)
    if rest > 0 and run_on:
        parts.append((k + 1, lines[k + 1][:rest]))
    for kk, _ in parts:
        used.add(kk)
    return parts


def _mark_page(m: _Marks, words: list[_Word], rnd: random.Random, pages: int) -> None:
    body = [ln for ln in _lines(words, BODY_SIZE) if ln[0].x0 > COL_X0 - 2]
    table_lines = _lines(words, CELL_SIZE)
    rows = []  # (line words, amount cells)
    for ln in table_lines:
        cells = _cells(ln)
        amounts = [c for c in cells if _is_amount(c) and c[0].x0 > COL_X0 + 60]
        if amounts and cells[0][0].x0 < COL_X0 + 10:
            rows.append((ln, amounts))
    used: set = set()

    for _ in range(rnd.choice((0, 1, 1, 1, 2, 2, 3))):
        parts = _phrase(body, rnd, used, 3, 8)
        if parts:
            m.highlight([_box(ws) for _, ws in parts])
    if body and rnd.random() < 0.3:
        parts = _phrase(body, rnd, used, 2, 6)
        if parts:
            k, ws = parts[0]
            m.underline(ws[0].x0, ws[-1].x1, ws[0].base)
    if body and rnd.random() < 0.35:
        line = rnd.choice(body)
        m.sticky(max(w.y1 for w in line))
    if rows:
        r = rnd.random()
        if r < 0.25:
            ln, amounts = rnd.choice(rows)
            m.highlight([_box(rnd.choice(amounts))])
        elif r < 0.45:
            totals = [x for x in rows if is_total(x[0][0].text)]
            ln, _ = rnd.choice(totals or rows)
            m.highlight([_box(ln)])
    callouts = rnd.choice((0, 1, 1, 1, 2)) if (rows or body) else 0
    pointed: set = set()
    for _ in range(callouts):
        shift = rnd.choice((-1, 1)) * rnd.uniform(14, 40)
        if rows and rnd.random() < 0.65:
            ln, amounts = rnd.choice(rows)
            if id(ln) in pointed:
                continue
            pointed.add(id(ln))
            cell = rnd.choice(amounts)
            total = is_total(ln[0].text)
            remark = rnd.choice(TOTAL_REMARKS if total else AMOUNT_REMARKS)
            box = _box(cell)
            if total and rnd.random() < 0.5:
                box = _box(amounts[0])
            near_left = (box[0] + box[2]) / 2 < COL_X0 + 0.4 * (COL_X1 - COL_X0)
            m.callout(remark, "left" if near_left else "right", box, shift)
        elif body:
            line = rnd.choice(body)
            if id(line) in pointed:
                continue
            pointed.add(id(line))
            left = rnd.random() < 0.3
            if rnd.random() < 0.25:
                remark = f"zie p. {rnd.choice([p for p in range(2, pages + 1) if p != m.page] or [2])}"
            else:
                remark = rnd.choice(PROSE_REMARKS)
            target = rnd.choice(line[:3] if left else line[-3:])
            m.callout(remark, "left" if left else "right",
                      (target.x0, target.y0, target.x1, target.y1), shift)
    if rows and rnd.random() < 0.3:
        ln, amounts = rnd.choice(rows)
        m.circle(_box(rnd.choice(amounts)), rnd)


def _overlay(printed: Path, seed: int) -> PdfReader:
    pdf = pdfium.PdfDocument(str(printed))
    buffer = BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    try:
        pages = len(pdf)
        for n in range(pages):
            page = pdf[n]
            canv.setPageSize((page.get_width(), page.get_height()))
            words = _words(page)
            page.close()
            rnd = random.Random(seed * 1009 + n)
            m = _Marks(canv, n + 1)
            if n == 0:
                _stamp(m, words)
            elif rnd.random() >= 1 / 6:
                _mark_page(m, words, rnd, pages)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()
    return PdfReader(BytesIO(buffer.getvalue()))


def _stamp(m: _Marks, words: list[_Word]) -> None:
    """The stamp in the free space under the contents, else at the top right."""
    content = [w for w in words if 2.4 * cm < w.base < HEIGHT - 2.4 * cm]
    low = min((w.y0 for w in content), default=HEIGHT / 2)
    if low - 2.6 * cm > 140:
        m.stamp(COL_X1 - 150, low - 80)
    else:
        m.stamp(COL_X1 - 130, HEIGHT - 3.6 * cm)


def _flatten(printed: Path, out: Path, seed: int, info: dict) -> None:
    marks = _overlay(printed, seed)
    writer = PdfWriter(clone_from=str(printed))
    for page, overlay in zip(writer.pages, marks.pages):
        page.merge_page(overlay)
    writer.add_metadata({f"/{k.capitalize()}": v for k, v in info.items()})
    with open(out, "wb") as f:
        writer.write(f)
