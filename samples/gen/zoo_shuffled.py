"""One more house style for the layout zoo (see zoo.py), held out: a design agency's report
exported from a page-layout program (InDesign), whose page content is written in the order
the designer created the objects, not in reading order.

- shuffled: On paper an ordinary, clean report. A4 portrait, margins 2.5 cm left and right,
          2.6 cm top, 2.5 cm bottom, one text column of 16 cm; embedded fonts, an Arial-like
          sans (Liberation Sans) and a Times-like serif (Liberation Serif). Running header on
          every page ("Regio Deal <Name>" left, "Projectvoorstellen" right, 8pt grey sans, a
          hairline under it), the folio centred at the foot in 8pt grey. Projects flow on (a
          project opens a new page only where less than 6 cm is left). Over each project its
          THEME in small grey capitals (7.5pt sans, letter-spaced), then the title in 16pt bold
          sans. Fields: a bold 9pt sans label on a line of its own above the field's
          paragraphs; body 10pt serif on 13pt, justified (a paragraph's last line ragged), 4pt
          after each paragraph; a list item ("• ...", "1. ...") hangs on its marker. Funding
          tables across the column, 8.5pt sans: the table's label over the row labels, single
          column headers right-aligned, a group header centred over its columns with a short
          hairline under it, a thin (0.5pt) rule under the header and another over the bold
          Totaal row, no other rules, no fills; amounts right-aligned exactly as transcribed;
          header repeated where a table breaks over a page. Table notes under the table in
          8pt serif; a project's notes at its end in 8pt serif, hanging on their marks.
          THE CONTENT STREAM: every page is written object layer by object layer, in the
          order the objects were made: the table rules first, then all table amounts column
          by column, each column from the bottom row up; then the table header labels, the
          row labels and the table notes; then the running footer and header; then the body
          text frames (a page's text is threaded through several frames, broken at tables,
          headings and some field labels) in a shuffled order, so the second frame of a page
          often comes before the first; the project headings (title, then theme) last. Each
          justified line is drawn as a few separately positioned pieces, split at some of its
          spaces: every piece is its own text show at an absolute position (the spaces
          between pieces are not drawn, only the gap). Inside a piece the words stand in one
          TJ array whose numeric adjustments after each space make up the justification;
          some words are kerned in it as glyph runs with small adjustments, and a few words
          are drawn in two parts, the second positioned where the first ends. The order is
          drawn from a seeded generator: every render is the same.

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_agency import _col_widths
from .zoo_common import FALLBACK, Truth, dossier_name, font_for, is_total, meta, register_fonts

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.5 * cm, 2.6 * cm, 2.5 * cm
FW = WIDTH - 2 * MARGIN_X
TOP_Y, BOTTOM_Y = HEIGHT - TOP, BOTTOM
GREY = colors.HexColor("#767676")
BLACK = colors.black

SERIF, SANS, SANS_B = "ShSerif", "ShSans", "ShSans-Bold"
_LIB = Path("/usr/share/fonts/truetype/liberation")
_FACES = {SERIF: ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          SANS: ("LiberationSans-Regular.ttf", "DejaVuSans"),
          SANS_B: ("LiberationSans-Bold.ttf", "DejaVuSans-Bold")}
BODY, BODY_LEAD, BODY_AFTER = 10.0, 13.0, 4.0
LABEL, LABEL_LEAD = 9.0, 12.0
THEME, THEME_LEAD, THEME_TRACK = 7.5, 10.0, 0.9
TITLE, TITLE_LEAD = 16.0, 19.5
TSIZE, TLEAD, PAD, VPAD = 8.5, 10.5, 3.0, 2.5
NOTE, NOTE_LEAD = 8.0, 10.0
HANG = 12.0

_LIST_ITEM = re.compile(r"((?:[•●○\-–]|\d+\.|\([a-z]\)))\s+(.*)", re.S)
_NUMERIC = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*")

def _fonts() -> None:
    """The house faces, embedded (Times and Arial metrics); DejaVu where they are missing."""
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            path = _LIB / file
            if not path.is_file():
                path = Path("/usr/share/fonts/truetype/dejavu") / f"{stand_in}.ttf"
            pdfmetrics.registerFont(TTFont(name, str(path)))
        FALLBACK.setdefault(name, stand_in)


# layers of a page's content stream, in the order they are written
RULES, AMOUNTS, HEADS, ROWLABELS, TNOTES, FURNITURE, FRAMES, HEADINGS = range(8)


@dataclass
class Line:
    """One line of text: pieces (x, text, TJ parts or None, font) on one baseline."""
    y: float
    font: str
    size: float
    pieces: list
    colour: object = BLACK
    char_space: float = 0.0


@dataclass
class Op:
    layer: int
    key: tuple
    frame: int
    what: object  # a Line or a rule ((x0, y0, x1, y1), width)


@dataclass
class Layout:
    rng: random.Random
    truth: Truth
    pages: list = field(default_factory=lambda: [[]])
    y: float = TOP_Y
    frame: int = 0

    @property
    def page(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append([])
        self.y = TOP_Y
        self.frame += 1

    def at_top(self) -> bool:
        return self.y >= TOP_Y - 0.01

    def ensure(self, h: float) -> None:
        if self.y - h < BOTTOM_Y and not self.at_top():
            self.new_page()

    def space(self, h: float) -> None:
        if not self.at_top():
            self.y -= h

    def add(self, layer: int, key: tuple, what) -> None:
        self.pages[-1].append(Op(layer, key, self.frame, what))


# --- lines and pieces --------------------------------------------------------


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as runs (text, font): characters the font lacks in its TrueType stand-in."""
    out: list[tuple[str, str]] = []
    for ch in text:
        f = font_for(ch, font)
        if out and out[-1][1] == f:
            out[-1] = (out[-1][0] + ch, f)
        else:
            out.append((ch, f))
    return out


def _w(text: str, font: str, size: float) -> float:
    return sum(stringWidth(t, f, size) for t, f in _runs(text, font))


def wrap(text: str, font: str, size: float, width: float) -> list[list[str]]:
    """Greedy line breaks: lists of words."""
    space = _w(" ", font, size)
    lines, cur, cw = [], [], 0.0
    for word in text.split():
        ww = _w(word, font, size)
        if cur and cw + space + ww > width:
            lines.append(cur)
            cur, cw = [], 0.0
        cw = cw + space + ww if cur else ww
        cur.append(word)
    if cur or not lines:
        lines.append(cur)
    return lines


def _kerned(word: str, rng: random.Random) -> list:
    """The word as glyph runs with small zero-sum kerning adjustments (TJ units)."""
    cuts = sorted(rng.sample(range(1, len(word)), min(2, len(word) - 1)))
    parts, last = [], 0
    for c in cuts:
        parts.append(word[last:c])
        last = c
    parts.append(word[last:])
    adj = rng.choice((12, 18, 25))
    out = [parts[0]]
    signs = [adj, -adj] if len(parts) == 3 else [adj // 2]
    for part, a in zip(parts[1:], signs):
        out += [a, part]
    if len(parts) == 2:  # keep the word's width: take the adjustment back at its end
        out += [-(adj // 2), ""]
    return out


def pieces(words: list[str], x: float, width: float, font: str, size: float, justify: bool,
           rng: random.Random) -> list:
    """A line's words as separately positioned pieces (x, text, TJ parts or None, font).
    A word with characters the font lacks is cut out and drawn run by run."""
    if not words:
        return []
    space = _w(" ", font, size)
    widths = [_w(w, font, size) for w in words]
    natural = sum(widths) + space * (len(words) - 1)
    extra = (width - natural) / (len(words) - 1) if justify and len(words) > 1 else 0.0
    mixed = [len(_runs(w, font)) > 1 or font_for(w, font) != font for w in words]
    # where the line is cut into pieces: some spaces, and round a word drawn run by run
    cut = [rng.random() < 0.3 or mixed[i] or mixed[i + 1] for i in range(len(words) - 1)]
    if len(words) >= 4 and not any(cut):
        cut[rng.randrange(len(cut))] = True
    out, run, run_x, cx = [], [], x, x
    for i, word in enumerate(words):
        if not run:
            run_x = cx
        run.append(word)
        if i == len(words) - 1 or cut[i]:
            if mixed[i]:
                rx = run_x
                for t, f in _runs(word, font):
                    out.append((rx, t, None, f))
                    rx += stringWidth(t, f, size)
            else:
                out.extend(_piece(run, run_x, extra, font, size, rng))
            run = []
        cx += widths[i]
        if i < len(words) - 1:
            cx += space + extra
    return out


def _piece(run, x, extra, font, size, rng) -> list:
    """One piece: its words as a TJ array where the line is justified (an adjustment after
    each space) or a word is kerned, else a plain string."""
    text = " ".join(run)
    if len(run) == 1 and len(text) >= 7 and rng.random() < 0.08:
        k = rng.randrange(3, len(text) - 2)  # a word in two parts
        return [(x, text[:k], None, font), (x + _w(text[:k], font, size), text[k:], None, font)]
    kern = rng.randrange(len(run)) if rng.random() < 0.25 else None
    parts: list = []
    for i, word in enumerate(run):
        if i:
            parts.append(" ")
            if extra:
                parts.append(-round(extra * 1000 / size, 1))
        if i == kern and len(word) >= 5 and word.isalpha():
            parts += _kerned(word, rng)
        else:
            parts.append(word)
    merged: list = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        elif part != "":
            merged.append(part)
    return [(x, text, merged if len(merged) > 1 else None, font)]


def plain(x: float, text: str, font: str) -> list:
    """A piece of one run, or the runs of a text with characters its font lacks."""
    return [(x, text, None, font)]


def draw_line(c: Canvas, line: Line) -> None:
    c.saveState()  # word and character spacing are graphics state: keep them to this line
    tx = c.beginText()
    tx.setFont(line.font, line.size)
    tx.setFillColor(line.colour)
    if line.char_space:
        tx.setCharSpace(line.char_space)
    cur = line.font
    for x, text, parts, font in line.pieces:
        if font != cur:
            tx.setFont(font, line.size)
            cur = font
        tx.setTextOrigin(x, line.y)
        if parts and _tj(tx, text, parts):
            continue
        tx._curSubset = -1
        if parts:  # word by word where the array cannot be written
            step = [n for a, n in zip(parts, parts[1:])
                    if isinstance(a, str) and a.endswith(" ") and not isinstance(n, str)]
            extra = -step[0] * line.size / 1000 if step else 0.0
            for word in text.split(" "):
                tx.setTextOrigin(x, line.y)
                tx.textOut(word)
                x += _w(word + " ", font, line.size) + extra
            continue
        tx.textOut(text)
    c.drawText(tx)
    c.restoreState()


def _tj(tx, text: str, kern: list) -> bool:
    """Write `kern` (runs and adjustments) as one TJ array; False where it cannot."""
    head = re.fullmatch(r"(.*?)\s*\((.*)\) Tj", tx._formatText(text), re.S)
    if not head:
        return False
    arr = []
    for part in kern:
        if isinstance(part, str):
            if not part:
                continue
            m = re.fullmatch(r"\((.*)\) Tj", tx._formatText(part), re.S)
            if not m:
                return False
            arr.append(f"({m.group(1)})")
        else:
            arr.append(str(part))
    if head.group(1):
        tx._code.append(head.group(1))
    tx._code.append(f"[{' '.join(arr)}] TJ")
    return True


# --- the layout -----------------------------------------------------------------


def _paragraph(lay: Layout, text: str, rec, font=SERIF, size=BODY, lead=BODY_LEAD,
               after=BODY_AFTER, justify=True, x=MARGIN_X, width=FW, mark=None, layer=FRAMES,
               key=()) -> None:
    """A paragraph, line by line; a list item (or a note, `mark`) hangs on its marker."""
    m = _LIST_ITEM.fullmatch(text) if mark is None else None
    if m:
        mark, text = m.group(1), m.group(2)
    hang = max(HANG, _w(mark, font, size) + 4) if mark is not None else 0.0
    lines = wrap(text, font, size, width - hang)
    for i, words in enumerate(lines):
        if lay.y - lead < BOTTOM_Y and not lay.at_top():
            lay.new_page()
        lay.y -= lead
        last = i == len(lines) - 1
        ps = pieces(words, x + hang, width - hang, font, size, justify and not last, lay.rng)
        if i == 0 and mark is not None:
            ps.insert(0, (x, mark, None, font_for(mark, font)))
        lay.add(layer, key + (lay.y,), Line(lay.y + lead - size, font, size, ps))
        rec(lay.page)
    lay.y -= after


def _heading(lay: Layout, pr: source.Project, p: int) -> None:
    rec = lay.truth.heading(p)
    theme = pr.theme.upper()
    tfont = font_for(theme, SANS)
    title_lines = wrap(pr.title, font_for(pr.title, SANS_B), TITLE, FW)
    lay.space(24)
    lay.ensure(6 * cm)
    lay.frame += 1
    lay.y -= THEME_LEAD
    lay.add(HEADINGS, (1, lay.y), Line(lay.y + 2, tfont, THEME, plain(MARGIN_X, theme, tfont),
                                       GREY, THEME_TRACK))
    rec(lay.page)
    lay.y -= 3
    font = font_for(pr.title, SANS_B)
    for words in title_lines:
        lay.y -= TITLE_LEAD
        lay.add(HEADINGS, (0, lay.y), Line(lay.y + 4.5, font, TITLE,
                                           plain(MARGIN_X, " ".join(words), font)))
        rec(lay.page)
    lay.y -= 8
    lay.frame += 1


def _label(lay: Layout, text: str, rec) -> None:
    lay.space(8)
    lay.ensure(LABEL_LEAD + 2 + 2 * BODY_LEAD)
    if lay.rng.random() < 0.45:
        lay.frame += 1  # the text continues in another frame from this label on
    font = font_for(text, SANS_B)
    for words in wrap(text, font, LABEL, FW):
        lay.y -= LABEL_LEAD
        lay.add(FRAMES, (lay.y,), Line(lay.y + 2.8, font, LABEL, plain(MARGIN_X, " ".join(words), font)))
        rec(lay.page)
    lay.y -= 2


def _cell_lines(text: str, font: str, width: float) -> list[str]:
    return [" ".join(w) for w in wrap(text, font, TSIZE, width)] if text.strip() else []


def _table(lay: Layout, t: source.Table, rec, tid: int) -> None:
    st = {"thead": ParagraphStyle("sh-th", fontName=SANS_B, fontSize=TSIZE),
          "tamount_b": ParagraphStyle("sh-tab", fontName=SANS_B, fontSize=TSIZE)}
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.36)
    xs = [MARGIN_X]
    for w in widths:
        xs.append(xs[-1] + w)
    lines = len(t.header)
    placed = t.header_cells()

    # header geometry: each header line as high as its tallest one-line-high cell
    def head_text(h):
        return _cell_lines(h.text, font_for(h.text, SANS_B),
                           xs[h.column + h.columns] - xs[h.column] - 2 * PAD)

    line_h = [TLEAD + 2 * VPAD] * lines
    for h in placed:
        if h.lines == 1:
            line_h[h.line] = max(line_h[h.line], len(head_text(h)) * TLEAD + 2 * VPAD)
    for h in placed:
        if h.lines > 1:
            need = len(head_text(h)) * TLEAD + 2 * VPAD
            have = sum(line_h[h.line:h.line + h.lines])
            if need > have:
                line_h[h.line + h.lines - 1] += need - have
    label_lines = _cell_lines(t.label, font_for(t.label, SANS_B), widths[0] - 2 * PAD)
    head_h = max(sum(line_h), len(label_lines) * TLEAD + 2 * VPAD)
    line_h[-1] += head_h - sum(line_h)

    body = []
    for row in t.rows:
        bold = is_total(row[0])
        f = SANS_B if bold else SANS
        cells = [_cell_lines(row[0], font_for(row[0], f), widths[0] - 2 * PAD)]
        cells += [_cell_lines(c, font_for(c, f), widths[k + 1] - 2 * PAD)
                  for k, c in enumerate(row[1:])]
        h = max(1, *map(len, cells)) * TLEAD + 2 * VPAD + (2 if bold else 0)
        body.append((bold, cells, h))

    def text(layer, key, x, y, s, font, align="left", width=0.0):
        font = font_for(s, font)
        w = _w(s, font, TSIZE)
        if align == "right":
            x = x + width - w
        elif align == "centre":
            x = x + (width - w) / 2
        ps = pieces(s.split(), x, w, font, TSIZE, False, lay.rng) if len(s.split()) > 1 else (
            plain(x, s, font))
        lay.add(layer, key, Line(y, font, TSIZE, ps))
        rec(lay.page)

    def header() -> None:
        top = lay.y
        bottom = top - head_h
        tops = [top]
        for h in line_h:
            tops.append(tops[-1] - h)
        for k, s in enumerate(label_lines):  # the table's label, bottom-aligned
            y = bottom + VPAD + 2.2 + (len(label_lines) - 1 - k) * TLEAD
            text(HEADS, (tid, 99, k), xs[0] + PAD, y, s, SANS_B)
        order = list(range(len(placed)))
        lay.rng.shuffle(order)
        for rank, i in enumerate(order):
            h = placed[i]
            x0, x1 = xs[h.column], xs[h.column + h.columns]
            hl = head_text(h)
            cb = tops[h.line + h.lines]
            for k, s in enumerate(hl):
                y = cb + VPAD + 2.2 + (len(hl) - 1 - k) * TLEAD
                text(HEADS, (tid, rank, k), x0 + PAD, y, s, SANS_B,
                     "centre" if h.columns > 1 else "right", x1 - x0 - 2 * PAD)
            if h.columns > 1:
                lay.add(RULES, (tid, 1, h.column), ((x0 + PAD, cb + 1, x1 - PAD, cb + 1), 0.3))
        lay.add(RULES, (tid, 0, 0), ((xs[0], bottom, xs[-1], bottom), 0.5))
        lay.y = bottom

    lay.space(6)
    keep = head_h + sum(h for _, _, h in body[:2])
    lay.ensure(keep)
    lay.frame += 1
    header()
    for r, (bold, cells, h) in enumerate(body):
        if lay.y - h < BOTTOM_Y:
            lay.new_page()
            header()
        top = lay.y
        if bold:
            lay.add(RULES, (tid, 2, r), ((xs[0], top, xs[-1], top), 0.5))
            top -= 2
        for c, cl in enumerate(cells):
            for k, s in enumerate(cl):
                y = top - VPAD - TSIZE * 0.78 - k * TLEAD
                f = SANS_B if bold else SANS
                if c == 0:
                    text(ROWLABELS, (tid, y), xs[0] + PAD, y, s, f)
                else:
                    numeric = bool(_NUMERIC.fullmatch(" ".join(cl)))
                    # column by column, each from the bottom row up
                    text(AMOUNTS, (-tid, c, -r, k), xs[c] + PAD, y, s, f,
                         "right" if numeric else "left", widths[c] - 2 * PAD)
        lay.y -= h
    lay.y -= 3
    for f, note in enumerate(t.footnotes):
        _paragraph(lay, note, rec, size=NOTE, lead=NOTE_LEAD, after=1.5, justify=False,
                   mark="", layer=TNOTES, key=(tid, f))
    lay.y -= 6
    lay.frame += 1


def _project(lay: Layout, pr: source.Project, p: int, tids) -> None:
    rec = lay.truth.content(p)
    _heading(lay, pr, p)
    for row in pr.rows:
        if isinstance(row, source.Table):
            _table(lay, row, rec, next(tids))
            continue
        _label(lay, row.label, rec)
        for item in row.content:
            if isinstance(item, source.Table):
                _table(lay, item, rec, next(tids))
            else:
                _paragraph(lay, item, rec)
    if pr.notes:
        lay.space(6)
        lay.frame += 1
        for note in pr.notes:
            for k, t in enumerate(note.text or ("",)):
                _paragraph(lay, t, rec, size=NOTE, lead=NOTE_LEAD, after=1.5, justify=False,
                           mark=note.mark if k == 0 else "")


# --- the content stream ---------------------------------------------------------------


def _emit(c: Canvas, ops: list[Op], page: int, header: str, rng: random.Random) -> None:
    frames: list[int] = []
    for op in ops:
        if op.layer == FRAMES and op.frame not in frames:
            frames.append(op.frame)
    order = frames[:]
    rng.shuffle(order)
    if len(order) > 1 and order == frames:
        order[0], order[1] = order[1], order[0]
    rank = {f: i for i, f in enumerate(order)}

    def key(op: Op):
        if op.layer == FRAMES:
            return (op.layer, rank[op.frame], -op.key[0])
        if op.layer == ROWLABELS:
            return (op.layer, op.key[0], -op.key[1])
        return (op.layer, *op.key)

    furniture_done = False
    for op in sorted(ops, key=key):
        if op.layer > FURNITURE and not furniture_done:
            _furniture(c, page, header)
            furniture_done = True
        if isinstance(op.what, Line):
            draw_line(c, op.what)
        else:
            (x0, y0, x1, y1), w = op.what
            c.saveState()
            c.setLineWidth(w)
            c.line(x0, y0, x1, y1)
            c.restoreState()
    if not furniture_done:
        _furniture(c, page, header)


def _furniture(c: Canvas, page: int, header: str) -> None:
    """The folio first, then the running header."""
    c.saveState()
    c.setFillColor(GREY)
    c.setFont(SANS, 8)
    c.drawCentredString(WIDTH / 2, 1.4 * cm, str(page))
    right = "Projectvoorstellen"
    c.drawString(WIDTH - MARGIN_X - _w(right, SANS, 8), HEIGHT - 1.6 * cm, right)
    c.setFont(font_for(header, SANS), 8)
    c.drawString(MARGIN_X, HEIGHT - 1.6 * cm, header)
    c.setStrokeColor(GREY)
    c.setLineWidth(0.3)
    c.line(MARGIN_X, HEIGHT - 1.75 * cm, WIDTH - MARGIN_X, HEIGHT - 1.75 * cm)
    c.restoreState()


def render_shuffled(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    truth = Truth(dossier, "shuffled")
    lay = Layout(random.Random(20240611), truth)
    tids = iter(range(1, 10_000))
    for p, pr in enumerate(dossier.projects):
        _project(lay, pr, p, tids)
    truth.pages = lay.page

    c = Canvas(str(pdf_path), pagesize=A4, invariant=1)
    m = meta(dossier, "shuffled")
    c.setTitle(m["title"])
    c.setAuthor(m["author"])
    c.setSubject(m["subject"])
    c.setCreator(m["creator"])
    header = f"Regio Deal {dossier_name(dossier)}".strip()
    rng = random.Random(7)
    for page, ops in enumerate(lay.pages, start=1):
        _emit(c, ops, page, header, rng)
        c.showPage()
    c.save()
    return truth.record()
