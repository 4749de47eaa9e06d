"""One more house style for the layout zoo (see zoo.py), held out: a MONITORING REPORT that an
analyst's Python script draws with MATPLOTLIB's PDF backend, page by page: every page a
matplotlib Figure of A4 size (8.27 x 11.69 in), the text placed with ``fig.text`` at points
the script computes itself, the rules drawn as ``Line2D`` (and one ``Rectangle``) in figure
coordinates, the pages saved one by one with ``PdfPages``. matplotlib's default
``pdf.fonttype = 3`` is kept, so EVERY FONT IS A TYPE 3 FONT: each glyph a content-stream
procedure (CharProcs) in a 1/1000 font matrix, an encoding of glyph names (Differences),
a font per style and per 256-character subset (with a ToUnicode map since matplotlib 3.11);
each ``fig.text`` is its own BT/ET block under a ``cm`` translation, with kerning in TJ.

- type3:  A4 portrait (595.4 x 841.7 pt: 8.27 x 11.69 in), margins 2 cm all round (a 17.0 cm
          text column). DejaVu Sans throughout (matplotlib's default; DejaVu Sans Bold for
          bold, DejaVu Sans Oblique for italic), black text unless said otherwise.
          RUNNING HEADER on every page, its baseline 1.3 cm from the top edge, 7pt grey
          (#6B6B6B): "Regio Deal <Name> – monitor (gegenereerd)" at the left margin,
          "p. N/M" right-aligned at the right margin (M the document's page count); a 0.5pt
          grey (#8C8C8C) line across the column 3pt under that baseline. No footer.
          The body runs from the top margin (2 cm) down to the bottom margin (2 cm). EACH
          PROJECT STARTS A NEW PAGE: its title in 14pt bold on 17pt (wrapped where longer
          than the column), the theme under it in 9pt oblique grey (#5A5A5A) on 12.5pt, then,
          4pt under it, a thin rule across the column (a black filled Rectangle 0.6pt
          high), 8pt of space under the rule.
          FIELDS: the label in 9pt bold on 12.5pt on its own line(s), 8pt above it (not at
          the top of a page), kept with the first line under it; then the field's
          paragraphs in 9pt on 12.5pt leading, ragged right, wrapped by the script itself
          (greedy, at spaces, the line width measured with matplotlib's own text metrics,
          a word wider than the column broken between characters), 4pt between paragraphs.
          A LIST ITEM (a paragraph that starts with a marker as transcribed: "•", "●", "○",
          "-", "–", "o", "1.", "1)", "(a)", then a space) keeps its marker in its first
          line at the left margin and hangs its further lines 12pt in. Fields flow on down
          the page and continue on the next page; a paragraph may break between lines.
          TABLES (the investment tables and a table inside a field, where it stands), 6pt
          above and 6pt under, across the column: NO VERTICAL LINES; a 0.8pt black line
          above the header and one under it, a 0.8pt line under the last row. The label
          column is 35 % of the column width, the value columns share the rest alike.
          HEADER in 8pt bold on 10pt, 3pt padding above and under its lines, every cell
          bottom-aligned on its (last) header line: the table's label (corner) at the
          left in the label column; a column header right-aligned at the right edge of
          its column, wrapped at spaces within the column less a 5pt gap; a GROUP header
          (one spanning several columns) centred over them with a 0.4pt line under it
          across them (1.5pt under the group's text, starting 5pt into the first column);
          a header cell that spans several header lines stands at the bottom of the last.
          BODY ROWS in 8pt on 10pt, 2pt padding above and under each row, no lines
          between rows; the row label at the left, wrapped within the label column less
          6pt; every value RIGHT-ALIGNED at the right edge of its column exactly as
          transcribed ("-", "6,33 mln.", "7.500.000*", "€ 2,8 mln."; an empty cell left
          empty), on ONE line in the column less 5pt, set smaller (in 0.1pt steps, down to
          5.5pt) where it is wider at 8pt (the bold totals of a six- or seven-column table:
          "13.699.097", "€ 2,45 mln."); only a value too wide even at 5.5pt wraps at spaces
          at 8pt ("€ 75.000 per broedplaats = € 750.000"). The TOTAAL row (its label
          starting "Totaal"/"Total") bold throughout. A header or label word wider than its
          column is set smaller, as small as it must, 4.5pt at least ("Kennisinstellingen"
          over a six-column table).
          A table that does not fit on the rest of the page moves WHOLE to the next page
          if it fits there; otherwise it breaks between rows, each part closed by the
          0.8pt line under its last row, the header (with its top and bottom lines)
          repeated at the top of the next page. The transcription's page breaks inside
          tables are not followed. The table's FOOTNOTES under it, 3pt below, in 7pt on
          9pt, as transcribed, flowing like paragraphs.
          NOTES: the project's notes at the end of the project, 8pt under its last field,
          in 7pt on 9pt: each note's first paragraph as "<mark> <text>", its further
          paragraphs under it as they are, 2pt between paragraphs.
          Document metadata: Title/Author/Subject as the other houses write them,
          Creator "matplotlib", no CreationDate (so two runs give the same bytes);
          Producer matplotlib's own ("Matplotlib pdf backend v<version>").

Every text prints as transcribed; the truth record is the plain one. A project runs from the
page on which its title is drawn to the last page on which any of its field text, table cell,
table footnote or note is drawn.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

import matplotlib
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.textpath import TextToPath

from . import source
from .zoo_common import LIST_ITEM, Truth, dossier_name, is_total, meta

STYLE = "type3"
FIG_W_IN, FIG_H_IN = 8.27, 11.69
W, H = FIG_W_IN * 72, FIG_H_IN * 72  # points
CM = 72 / 2.54
M = 2 * CM
TW = W - 2 * M
TOP, BOTTOM = M, H - M  # the body's top and bottom, measured from the top edge

FAMILY = "DejaVu Sans"
BODY, BODY_LEAD = 9.0, 12.5
PARA_GAP = 4.0
HANG = 12.0
TITLE, TITLE_LEAD = 14.0, 17.0
CELL, CELL_LEAD = 8.0, 10.0
SMALL, SMALL_LEAD = 7.0, 9.0
MIN_SIZE = 4.5
ONE_LINE_MIN = 5.5  # a value is set down to this size rather than wrapped
LABEL_SHARE = 0.35
VALUE_GAP = 5.0  # free room at the left of a value column
LABEL_GAP = 6.0  # free room at the right of the label column
HEAD_GREY, RULE_GREY, THEME_GREY = "#6B6B6B", "#8C8C8C", "#5A5A5A"

_T2P = TextToPath()


@cache
def _props(weight: str, style: str, size: float) -> FontProperties:
    return FontProperties(family=FAMILY, weight=weight, style=style, size=size)


@lru_cache(maxsize=200_000)
def text_width(text: str, size: float, weight: str = "normal", style: str = "normal") -> float:
    """The width matplotlib's PDF renderer gives `text` (the metric it aligns text with)."""
    if not text:
        return 0.0
    w, _, _ = _T2P.get_text_width_height_descent(text, _props(weight, style, size), ismath=False)
    return w


def _break_word(word: str, width: float, size, weight, style) -> list[str]:
    """A word wider than `width` cut between characters into pieces that fit."""
    pieces, cur = [], ""
    for ch in word:
        if cur and text_width(cur + ch, size, weight, style) > width:
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    return pieces + [cur] if cur else pieces


def wrap(text: str, first: float, rest: float, size: float, weight: str = "normal",
         style: str = "normal") -> list[str]:
    """Greedy word wrapping at spaces: the first line `first` wide, the others `rest`."""
    words = text.split(" ")
    lines: list[str] = []
    cur: str | None = None
    for word in words:
        width = first if not lines else rest
        if cur is None:
            cand = word
        else:
            cand = cur + " " + word
        if text_width(cand, size, weight, style) <= width:
            cur = cand
            continue
        if cur is not None:
            lines.append(cur)
            width = rest
        if text_width(word, size, weight, style) > width:
            pieces = _break_word(word, width, size, weight, style)
            lines += pieces[:-1]
            cur = pieces[-1] if pieces else ""
        else:
            cur = word
    if cur is not None:
        lines.append(cur)
    return [ln for ln in lines if ln.strip()] or [""]


def fit_size(text: str, width: float, size: float, weight: str = "normal") -> float:
    """`size`, or smaller where a single word of `text` is wider than `width` at it."""
    widest = max((text_width(w, size, weight) for w in text.split()), default=0.0)
    if widest <= width:
        return size
    s = size * width / widest
    s = max(MIN_SIZE, int(s * 10) / 10)
    while s > MIN_SIZE and max(text_width(w, s, weight) for w in text.split()) > width:
        s = round(s - 0.1, 1)
    return s


# --- the page model: what each page draws, in points from the top-left corner -------------


class Page:
    def __init__(self):
        self.texts: list[tuple] = []  # (x, baseline, text, size, weight, style, color, ha)
        self.lines: list[tuple] = []  # (x0, y, x1, width, color)
        self.rects: list[tuple] = []  # (x, y, w, h, color)


class Layout:
    def __init__(self, truth: Truth):
        self.truth = truth
        self.pages: list[Page] = []
        self.y = TOP
        self.rec = None  # the current project's content recorder

    # pages
    @property
    def page_no(self) -> int:
        return len(self.pages)

    def new_page(self) -> None:
        self.pages.append(Page())
        self.y = TOP

    def at_top(self) -> bool:
        return self.y <= TOP + 1e-6

    def room(self) -> float:
        return BOTTOM - self.y

    def gap(self, h: float) -> None:
        if not self.at_top():
            self.y += h

    def need(self, h: float) -> None:
        if h > self.room() and not self.at_top():
            self.new_page()

    # drawing
    def text(self, x, baseline, s, size, weight="normal", style="normal", color="black", ha="left", rec=None):
        if not s:
            return
        self.pages[-1].texts.append((x, baseline, s, size, weight, style, color, ha))
        (rec or self.rec)(self.page_no)

    def hline(self, x0, x1, y, lw, color="black"):
        self.pages[-1].lines.append((x0, y, x1, lw, color))

    # flowing text
    def line_block(self, lines: list[tuple[float, str]], size, lead, weight="normal", style="normal",
                   color="black", keep_with: float = 0.0):
        """Lines (x offset, text) one under the other, each `lead` high; a page break may fall
        between any two (the first kept with `keep_with` points more)."""
        for k, (dx, s) in enumerate(lines):
            self.need(lead + (keep_with if k == 0 else 0))
            self.text(M + dx, self.y + 0.8 * lead, s, size, weight, style, color)
            self.y += lead

    def paragraph(self, text: str, size=BODY, lead=BODY_LEAD, weight="normal", color="black",
                  list_items=True):
        hang = HANG if list_items and LIST_ITEM.match(text) else 0.0
        lines = wrap(text, TW, TW - hang, size, weight)
        self.line_block([(0.0 if k == 0 else hang, s) for k, s in enumerate(lines)], size, lead, weight,
                        color=color)


# --- tables ---------------------------------------------------------------------------------


class _Cell:
    def __init__(self, text, width, weight, align, size=CELL, one_line=False):
        self.weight, self.align = weight, align
        if one_line and text and text_width(text, ONE_LINE_MIN, weight) <= width:
            # a value kept on one line, set smaller where it must
            self.size = size
            while text_width(text, self.size, weight) > width:
                self.size = round(self.size - 0.1, 1)
            self.lines = [text]
            return
        self.size = fit_size(text, width, size, weight)
        self.lines = wrap(text, width, width, self.size, weight) if text else []

    @property
    def height(self) -> float:
        return len(self.lines) * CELL_LEAD


def _geometry(t: source.Table):
    n = max(t.columns, 1)
    label_w = LABEL_SHARE * TW
    col_w = (TW - label_w) / n

    def left(c):  # value column c, 1-based
        return M + label_w + (c - 1) * col_w

    return n, label_w, col_w, left


class TableDraw:
    PAD_HEAD = 3.0
    PAD_ROW = 2.0
    GROUP_RULE = 3.0  # room under a group header's text for its line

    def __init__(self, t: source.Table):
        self.t = t
        n, label_w, col_w, left = _geometry(t)
        self.n, self.label_w, self.col_w, self.left = n, label_w, col_w, left
        lines = max(len(t.header), 1)
        self.head_lines = lines
        # header cells: (cell, first line, last line, x-anchor, group?)
        self.head: list[tuple] = []
        corner = _Cell(t.label, label_w - LABEL_GAP, "bold", "left")
        self.head.append((corner, 0, lines - 1, M, False, None))
        for h in t.header_cells():
            if not h.text.strip():
                continue
            x0, x1 = left(h.column), left(h.column + h.columns)
            group = h.columns > 1
            cell = _Cell(h.text, x1 - x0 - VALUE_GAP, "bold", "center" if group else "right")
            anchor = (x0 + VALUE_GAP + x1) / 2 if group else x1
            self.head.append((cell, h.line, h.line + h.lines - 1, anchor, group, (x0 + VALUE_GAP, x1)))
        heights = [CELL_LEAD] * lines
        for cell, a, b, _, group, _ in sorted(self.head, key=lambda c: c[2] - c[1]):
            need = cell.height + (self.GROUP_RULE if group and b < lines - 1 else 0)
            have = sum(heights[a:b + 1])
            if need > have:
                heights[b] += need - have
        self.head_heights = heights
        self.head_h = 0.8 + self.PAD_HEAD + sum(heights) + self.PAD_HEAD + 0.8
        # body rows
        self.rows = []
        for row in t.rows:
            weight = "bold" if is_total(row[0]) else "normal"
            cells = [_Cell(row[0], label_w - LABEL_GAP, weight, "left")]
            for c in range(1, n + 1):
                text = row[c] if c < len(row) else ""
                cells.append(_Cell(text, col_w - VALUE_GAP, weight, "right", one_line=True))
            h = max(max((c.height for c in cells), default=0), CELL_LEAD) + 2 * self.PAD_ROW
            self.rows.append((cells, h))
        self.close_h = 0.8

    @property
    def height(self) -> float:
        return self.head_h + sum(h for _, h in self.rows) + self.close_h

    def draw_header(self, lay: Layout) -> None:
        y = lay.y
        lay.hline(M, M + TW, y + 0.4, 0.8)
        y += 0.8 + self.PAD_HEAD
        tops = [y]
        for h in self.head_heights:
            tops.append(tops[-1] + h)
        for cell, _a, b, anchor, group, span in self.head:
            bottom = tops[b + 1]
            if group and b < self.head_lines - 1:
                lay.hline(span[0], span[1], bottom - 1.5, 0.4)
                bottom -= self.GROUP_RULE
            base = bottom - cell.height
            for k, s in enumerate(cell.lines):
                lay.text(anchor, base + k * CELL_LEAD + 0.78 * CELL_LEAD, s, cell.size, cell.weight,
                         ha=cell.align)
        y = tops[-1] + self.PAD_HEAD
        lay.hline(M, M + TW, y + 0.4, 0.8)
        lay.y = y + 0.8

    def draw_row(self, lay: Layout, cells, h) -> None:
        top = lay.y + self.PAD_ROW
        for c, cell in enumerate(cells):
            x = M if c == 0 else self.left(c + 1)
            for k, s in enumerate(cell.lines):
                lay.text(x, top + k * CELL_LEAD + 0.78 * CELL_LEAD, s, cell.size, cell.weight, ha=cell.align)
        lay.y += h

    def close(self, lay: Layout) -> None:
        lay.hline(M, M + TW, lay.y + 0.4, 0.8)
        lay.y += self.close_h

    def place(self, lay: Layout) -> None:
        total = self.height
        if total > lay.room() and not lay.at_top():
            if total <= BOTTOM - TOP:
                lay.new_page()  # moves whole
        if total <= lay.room():
            self.draw_header(lay)
            for cells, h in self.rows:
                self.draw_row(lay, cells, h)
            self.close(lay)
            return
        # breaks between rows, the header repeated
        first = self.rows[0][1] if self.rows else 0
        lay.need(self.head_h + first + self.close_h)
        self.draw_header(lay)
        for k, (cells, h) in enumerate(self.rows):
            if k and h + self.close_h > lay.room():
                self.close(lay)
                lay.new_page()
                self.draw_header(lay)
            self.draw_row(lay, cells, h)
        self.close(lay)


def _table(lay: Layout, t: source.Table) -> None:
    lay.gap(6)
    TableDraw(t).place(lay)
    for k, f in enumerate(t.footnotes):
        lay.gap(3 if k == 0 else 2)
        lay.paragraph(f, SMALL, SMALL_LEAD, list_items=False)
    lay.gap(6)


# --- the document ---------------------------------------------------------------------------


def _layout(dossier: source.Dossier, truth: Truth) -> list[Page]:
    lay = Layout(truth)
    for p, pr in enumerate(dossier.projects):
        lay.rec = truth.content(p)
        head = truth.heading(p)
        lay.new_page()
        for s in wrap(pr.title, TW, TW, TITLE, "bold"):
            lay.text(M, lay.y + 0.8 * TITLE_LEAD, s, TITLE, "bold", rec=head)
            lay.y += TITLE_LEAD
        for s in wrap(pr.theme, TW, TW, BODY, style="italic"):
            lay.text(M, lay.y + 0.8 * BODY_LEAD, s, BODY, style="italic", color=THEME_GREY, rec=head)
            lay.y += BODY_LEAD
        lay.y += 4
        lay.pages[-1].rects.append((M, lay.y, TW, 0.6, "black"))
        lay.y += 0.6 + 8
        first = True
        for row in pr.rows:
            if isinstance(row, source.Table):
                _table(lay, row)
                first = False
                continue
            if not first:
                lay.gap(8)
            first = False
            label = wrap(row.label, TW, TW, BODY, "bold")
            lay.line_block([(0.0, s) for s in label], BODY, BODY_LEAD, "bold", keep_with=BODY_LEAD)
            for k, item in enumerate(row.content):
                if isinstance(item, source.Table):
                    _table(lay, item)
                    continue
                if k:
                    lay.gap(PARA_GAP)
                lay.paragraph(item)
        if pr.notes:
            lay.gap(8)
            for j, note in enumerate(pr.notes):
                for i, text in enumerate(note.text or ("",)):
                    if i or j:
                        lay.gap(2)
                    lay.paragraph(f"{note.mark} {text}" if i == 0 else text, SMALL, SMALL_LEAD, list_items=False)
    return lay.pages


def _figure(page: Page, header_left: str, number: int, total: int) -> Figure:
    fig = Figure(figsize=(FIG_W_IN, FIG_H_IN))

    def fx(x):
        return x / W

    def fy(y):
        return 1 - y / H

    def put(x, y, s, size, weight="normal", style="normal", color="black", ha="left"):
        fig.text(fx(x), fy(y), s, fontsize=size, fontfamily=FAMILY, fontweight=weight, fontstyle=style,
                 color=color, ha=ha, va="baseline", parse_math=False)

    def line(x0, y, x1, lw, color):
        fig.add_artist(Line2D([fx(x0), fx(x1)], [fy(y), fy(y)], transform=fig.transFigure, linewidth=lw,
                              color=color, solid_capstyle="butt"))

    base = 1.3 * CM
    put(M, base, header_left, 7, color=HEAD_GREY)
    put(W - M, base, f"p. {number}/{total}", 7, color=HEAD_GREY, ha="right")
    line(M, base + 3, W - M, 0.5, RULE_GREY)
    for x, y, w, h, color in page.rects:
        fig.add_artist(Rectangle((fx(x), fy(y + h)), w / W, h / H, transform=fig.transFigure,
                                 facecolor=color, edgecolor="none", linewidth=0))
    for x0, y, x1, lw, color in page.lines:
        line(x0, y, x1, lw, color)
    for x, y, s, size, weight, style, color, ha in page.texts:
        put(x, y, s, size, weight, style, color, ha)
    return fig


def render_type3(dossier: source.Dossier, pdf_path) -> dict:
    truth = Truth(dossier, STYLE)
    pages = _layout(dossier, truth)
    truth.pages = len(pages)
    name = dossier_name(dossier)
    header_left = re.sub(r"\s+", " ", f"Regio Deal {name} – monitor (gegenereerd)")
    info = meta(dossier, STYLE)
    metadata = {"Title": info["title"], "Author": info["author"], "Subject": info["subject"],
                "Creator": "matplotlib", "CreationDate": None}
    with matplotlib.rc_context({"pdf.fonttype": 3, "font.family": "sans-serif",
                                "font.sans-serif": [FAMILY]}):
        with PdfPages(str(pdf_path), metadata=metadata) as pdf:
            for k, page in enumerate(pages, 1):
                pdf.savefig(_figure(page, header_left, k, len(pages)))
    return truth.record()
