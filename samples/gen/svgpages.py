"""The "inkscape" rendering: a proposal drawn page by page in a vector program, exported by Inkscape.

How a design agency hands over a proposal it drew in Illustrator or Inkscape: every page
is an SVG of its own, every text frame a SVG 1.1 <text> at absolute coordinates with one
<tspan x= y=> per line (what exporting programs write; no SVG2 flowed text), so the
line breaking and the pagination are the designer's, done here: lines are broken at
spaces (an overlong word after its own hyphen or slash) by the widths of DejaVu Sans as
reportlab measures them, the font the SVG declares. Inkscape exports each page to PDF
(cairo), and pypdf joins the pages.

A4 pages. The contents come first: the heading, every entry with its page number
right-aligned (text-anchor="end") over a thin rule. Every project opens a new page under
a coloured title block, the theme small above the title in white bold; the pages after
it carry a thin coloured bar at the top, and all pages but the contents a page number at
the foot. The fields run in two columns, field labels bold in the accent colour,
paragraphs and list items (the source's own marker, a hanging indent) in the body type;
a column breaks between lines (a label stays with its first line) and the last pair of
columns on a page is balanced, so what follows sits under it. Tables span the full
width under the text before them (a table inside a field cuts the field's columns and
they resume under it): header cells are <rect>s filled dark blue with a white outline
and white bold text, centred (a group header such as "Publiek" one rect over its
members), the label column wraps in what the amounts leave (equal amount columns where
the page allows, else each as wide as its widest amount or header word; 7.5pt type,
smaller only if the label column would get narrower than 110pt), amounts right-aligned
exactly as transcribed, the Totaal row bold under a darker rule, thin <line>s between
rows. A row that no longer fits, or that the source prints on a new page, goes to the
next page under a repeated header. Table footnotes follow in small type, the project's
notes close it under a short rule. Every transcribed word is checked to be in the
PDF's text.

Inkscape runs with a fresh HOME (no preferences carried over), SOURCE_DATE_EPOCH set
(cairo then writes that creation date) and in the C locale; cairo sets "fi" and "fl" as
ligatures (pdftotext reads them back as U+FB01, U+FB02). engines.stabilise_pdf fixes
what is left of the dates and the file ID.

Needs inkscape (Debian: inkscape, 1.x for its --export-type command line), DejaVu Sans
(fonts-dejavu-core), pdftotext (poppler-utils), pypdf (to join the pages) and reportlab (to
measure).
"""

from __future__ import annotations

import functools
import os
import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from . import source
from .engines import EPOCH, EngineError, need, page_texts, render_settled

STYLE = "inkscape"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Page geometry in points (A4): one SVG user unit is one point (viewBox over 210 x 297 mm).
PAGE_W, PAGE_H = 595.28, 841.89
LEFT, RIGHT, TOP, BOTTOM = 51.0, 544.28, 64.0, 790.0
WIDTH = RIGHT - LEFT
GUTTER = 17.0
COLUMN = (WIDTH - GUTTER) / 2
PAD = 3.0  # table cell inset
TABLE_SIZE = 7.5
MIN_LABEL = 110.0  # pt: the narrowest label column before the table type is made smaller

ACCENT, TEAL, INK, RULE, PALE, WHITE, GREY = ("#0b4f6c", "#0b7a75", "#1f2933", "#c3ccd5", "#a8dcd7",
                                              "#ffffff", "#667788")

# A list item opens with its marker: a bullet or dash, "1." or "(a)".
ITEM = re.compile(r"^(?:[•●○▪◦*\-–—o]|\d{1,2}[.)]|\([a-z]\))\s+")


@dataclass(frozen=True)
class Font:
    size: float
    bold: bool = False
    fill: str = INK
    lead: float = 0.0  # baseline to baseline

    def style(self, anchor: str = "start") -> str:
        weight = "bold" if self.bold else "normal"
        return (f"font-size:{_n(self.size)}px;line-height:{_n(self.lead)}px;font-family:'DejaVu Sans';"
                f"font-weight:{weight};fill:{self.fill};text-anchor:{anchor}")


BODY = Font(8.8, False, INK, 12.0)
LABEL = Font(8.5, True, ACCENT, 11.5)
THEME = Font(9.0, False, PALE, 12.0)
TITLE = Font(17.0, True, WHITE, 20.5)
TOC_HEAD = Font(18.0, True, ACCENT, 22.0)
TOC = Font(10.0, False, INK, 13.0)
TOC_PAGE = Font(10.0, True, ACCENT, 13.0)
SMALL = Font(7.0, False, INK, 9.0)
FOLIO = Font(8.0, False, GREY, 10.0)


def _n(v: float) -> str:
    """A coordinate as an SVG editor writes it: at most two decimals."""
    return f"{v:.2f}".rstrip("0").rstrip(".")


@functools.cache
def _fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (("DejaVuSans", "DejaVuSans.ttf"), ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf")):
        if not (FONTS / file).is_file():
            raise EngineError(f"{FONTS / file} not found (Debian: fonts-dejavu-core)")
        pdfmetrics.registerFont(TTFont(name, str(FONTS / file)))


def width(text: str, bold: bool, size: float) -> float:
    """Advance width of `text` in DejaVu Sans (the font the SVG declares), by reportlab."""
    from reportlab.pdfbase import pdfmetrics

    _fonts()
    return pdfmetrics.stringWidth(text, "DejaVuSans-Bold" if bold else "DejaVuSans", size)


def wrap(text: str, font: Font, room: float) -> list[str]:
    """Break `text` into lines no wider than `room`: at spaces; a word wider than the
    line after its own hyphen or slash; a piece still too wide stands on its own."""
    def fits(s: str) -> bool:
        return width(s, font.bold, font.size) <= room

    # (piece, space before it): the pieces of an overlong word join without a space.
    tokens: list[tuple[str, bool]] = []
    for word in text.split():
        if fits(word):
            tokens.append((word, True))
        else:
            parts = re.split(r"(?<=[-/])(?=.)", word)
            tokens += [(p, i == 0) for i, p in enumerate(parts)]
    lines: list[str] = []
    cur = ""
    for piece, spaced in tokens:
        cand = (cur + (" " if spaced else "") + piece) if cur else piece
        if not cur or fits(cand):
            cur = cand
        else:
            lines.append(cur)
            cur = piece
    lines.append(cur)
    return lines


# --- the flow of lines ------------------------------------------------------------


@dataclass
class Line:
    text: str
    font: Font
    indent: float  # from the column's left edge
    gap: float  # space above (a paragraph's first line), dropped at the top of a column
    para: int  # the lines of one paragraph in one column are one <text>
    keep: bool = False  # keep with the next line (a field label)

    def height(self, first: bool) -> float:
        return (0.0 if first else self.gap) + self.font.lead


_para_ids = iter(range(1, 10**9))


def paragraph(text: str, font: Font, room: float, gap: float, *, marker: str | None = None,
              indent: float = 0.0, keep: bool = False) -> list[Line]:
    """A paragraph's lines. A list item's (or a note's) marker hangs: its first line is
    the marker and the text, the lines after it start where the text did."""
    para = next(_para_ids)
    if marker is None:
        m = ITEM.match(text)
        if m:
            marker, text = m.group().rstrip(), text[m.end():]
    hang = width(marker + " ", font.bold, font.size) if marker else 0.0
    lines = wrap(text, font, room - indent - hang)
    out = []
    for i, t in enumerate(lines):
        if i == 0 and marker:
            out.append(Line(f"{marker} {t}" if t else marker, font, indent, gap, para, keep))
        else:
            out.append(Line(t, font, indent + hang, gap if i == 0 else 0.0, para, keep))
    return out


def _baseline(top: float, font: Font) -> float:
    return top + (font.lead - font.size) / 2 + 0.8 * font.size


def text_element(spans: list[tuple[float, float, str]], font: Font, anchor: str = "start") -> str:
    """One text frame: a <text> with a <tspan x= y=> per line, as Inkscape writes it."""
    if not spans:
        return ""
    x0, y0, _ = spans[0]
    tspans = "".join(f'<tspan x="{_n(x)}" y="{_n(y)}">{escape(t)}</tspan>' for x, y, t in spans)
    return (f'<text xml:space="preserve" style="{font.style(anchor)}" x="{_n(x0)}" y="{_n(y0)}">'
            f"{tspans}</text>")


def rect(x: float, y: float, w: float, h: float, fill: str, stroke: str | None = None,
         stroke_width: float = 0.0) -> str:
    line = f";stroke:{stroke};stroke-width:{_n(stroke_width)}" if stroke else ";stroke:none"
    return (f'<rect style="fill:{fill}{line}" x="{_n(x)}" y="{_n(y)}" '
            f'width="{_n(w)}" height="{_n(h)}" />')


def rule(x1: float, y1: float, x2: float, y2: float, color: str = RULE, lw: float = 0.5) -> str:
    return (f'<line style="stroke:{color};stroke-width:{_n(lw)}" x1="{_n(x1)}" y1="{_n(y1)}" '
            f'x2="{_n(x2)}" y2="{_n(y2)}" />')


# --- the layout ---------------------------------------------------------------------


class Layout:
    def __init__(self, dossier: source.Dossier):
        self.dossier = dossier
        self.pages: list[list[str]] = [[]]  # page 1: the contents, drawn last
        self.y = TOP
        self.starts: list[int] = []

    @property
    def page(self) -> list[str]:
        return self.pages[-1]

    def new_page(self, opening: bool = False) -> None:
        self.pages.append([])
        if not opening:
            self.page.append(rect(0, 0, PAGE_W, 6.0, ACCENT))
        self.y = TOP

    # Columns -----------------------------------------------------------------------

    @staticmethod
    def _take(lines: list[Line], i: int, room: float) -> int:
        """How far from line i a column of height `room` reaches (at least one line)."""
        used, j = 0.0, i
        while j < len(lines):
            h = lines[j].height(j == i)
            if used + h > room + 0.01 and j > i:
                break
            used += h
            j += 1
        while i + 1 < j < len(lines) and lines[j - 1].keep:
            j -= 1  # a label does not end a column
        return j

    def _place(self, lines: list[Line], x: float, top: float) -> float:
        """Set lines in a column at x from `top`; its height."""
        y = top
        runs: list[tuple[Line, list[tuple[float, float, str]]]] = []
        for k, line in enumerate(lines):
            y += line.gap if k else 0.0
            span = (x + line.indent, _baseline(y, line.font), line.text)
            if runs and runs[-1][0].para == line.para:
                runs[-1][1].append(span)
            else:
                runs.append((line, [span]))
            y += line.font.lead
        self.page.extend(text_element(spans, line.font) for line, spans in runs)
        return y - top

    def flow(self, lines: list[Line], ncols: int, room: float = 40.0) -> None:
        """Pour lines into columns from the cursor on, adding pages while they run on;
        balance the last pair of columns and move the cursor under them."""
        if not lines:
            return
        if BOTTOM - self.y < room:
            self.new_page()
        n, i = len(lines), 0
        while i < n:
            h = BOTTOM - self.y
            a = self._take(lines, i, h)
            if ncols == 1:
                used = self._place(lines[i:a], LEFT, self.y)
                if a < n:
                    self.new_page()
                else:
                    self.y += used
                i = a
                continue
            b = self._take(lines, a, h) if a < n else a
            if b < n:
                self._place(lines[i:a], LEFT, self.y)
                self._place(lines[a:b], LEFT + COLUMN + GUTTER, self.y)
                self.new_page()
                i = b
                continue
            lo, hi = 0.0, h  # the shortest pair of columns that holds the rest
            while hi - lo > 0.5:
                mid = (lo + hi) / 2
                if self._take(lines, self._take(lines, i, mid), mid) >= n:
                    hi = mid
                else:
                    lo = mid
            a = self._take(lines, i, hi)
            used = max(self._place(lines[i:a], LEFT, self.y),
                       self._place(lines[a:], LEFT + COLUMN + GUTTER, self.y) if a < n else 0.0)
            self.y += used
            i = n

    # Tables --------------------------------------------------------------------------

    def table(self, t: source.Table) -> None:
        size = TABLE_SIZE
        placed = t.header_cells()
        slack = 2 * PAD + 3.0
        while True:
            need_w = []
            for col in range(1, t.columns + 1):
                cells = [width(r[col], _is_total(r), size) for r in t.rows]
                words = [width(w, True, size) for h in placed if h.column == col and h.columns == 1
                         for w in h.text.split()]
                need_w.append(max(cells + words + [0.0]) + slack)
            if WIDTH - len(need_w) * max(need_w) >= max(MIN_LABEL, 0.35 * WIDTH):
                values = [max(need_w)] * len(need_w)  # equal amount columns where the page allows
            else:
                values = need_w
            if WIDTH - sum(values) >= MIN_LABEL or size <= 5.5:
                break
            size -= 0.5
        lead = round(size * 1.3, 2)
        cell, bold = Font(size, False, INK, lead), Font(size, True, INK, lead)
        head = Font(size, True, WHITE, lead)
        widths = [WIDTH - sum(values)] + values
        xs = [LEFT]
        for w in widths:
            xs.append(xs[-1] + w)
        nlines = len(t.header)
        header = [(t.label, 0, 0, 1, nlines)] + [(h.text, h.line, h.column, h.columns, h.lines) for h in placed]
        wrapped = [wrap(text, head, xs[c + nc] - xs[c] - 2 * PAD) for text, _l, c, nc, _nl in header]
        need_h = [len(w) * lead + 2 * PAD for w in wrapped]
        lh = [0.0] * nlines
        for (_t, ln, _c, _nc, nl), hh in zip(header, need_h):
            if nl == 1:
                lh[ln] = max(lh[ln], hh)
        for (_t, ln, _c, _nc, nl), hh in zip(header, need_h):
            short = hh - sum(lh[ln:ln + nl])
            if short > 0:
                lh[ln + nl - 1] += short

        def draw_header(y: float) -> float:
            for (_t, ln, c, nc, nl), lines in zip(header, wrapped):
                hy, hh = y + sum(lh[:ln]), sum(lh[ln:ln + nl])
                self.page.append(rect(xs[c], hy, xs[c + nc] - xs[c], hh, ACCENT, WHITE, 0.75))
                top = hy + (hh - len(lines) * lead) / 2
                if c == 0:
                    spans = [(xs[c] + PAD, _baseline(top + k * lead, head), s) for k, s in enumerate(lines)]
                    self.page.append(text_element(spans, head))
                else:
                    mid = (xs[c] + xs[c + nc]) / 2
                    spans = [(mid, _baseline(top + k * lead, head), s) for k, s in enumerate(lines)]
                    self.page.append(text_element(spans, head, "middle"))
            return y + sum(lh)

        rows = []
        for r in t.rows:
            font = bold if _is_total(r) else cell
            texts = [wrap(c, font, w - 2 * PAD) for c, w in zip(r, widths)]
            rows.append((font, texts, max(len(x) for x in texts) * lead + 2 * PAD, _is_total(r)))

        self.y += 8.0
        if self.y + sum(lh) + rows[0][2] > BOTTOM:
            self.new_page()
        y = draw_header(self.y)
        for i, (font, texts, h, total) in enumerate(rows):
            if i == t.page_break_before_row or y + h > BOTTOM:
                self.new_page()
                y = draw_header(self.y)
            if total:
                self.page.append(rule(LEFT, y, RIGHT, y, ACCENT, 0.9))
            for c, lines in enumerate(texts):
                if c == 0:
                    spans = [(xs[0] + PAD, _baseline(y + PAD + k * lead, font), s) for k, s in enumerate(lines)]
                    self.page.append(text_element(spans, font))
                elif any(lines):
                    spans = [(xs[c + 1] - PAD, _baseline(y + PAD + k * lead, font), s)
                             for k, s in enumerate(lines)]
                    self.page.append(text_element(spans, font, "end"))
            y += h
            last = i == len(rows) - 1
            self.page.append(rule(LEFT, y, RIGHT, y, ACCENT if last else RULE, 0.9 if last else 0.5))
        self.y = y + 4.0
        notes = [ln for f in t.footnotes for ln in paragraph(f, SMALL, WIDTH, 1.5, marker="")]
        self.flow(notes, 1, room=20.0)
        self.y += 6.0

    # A project -----------------------------------------------------------------------

    def project(self, p: source.Project) -> None:
        self.new_page(opening=True)
        self.starts.append(len(self.pages))
        theme = wrap(p.theme, THEME, WIDTH)
        title = wrap(p.title, TITLE, WIDTH)
        y = 30.0
        theme_spans = [(LEFT, _baseline(y + k * THEME.lead, THEME), s) for k, s in enumerate(theme)]
        y += len(theme) * THEME.lead + 3.0
        title_spans = [(LEFT, _baseline(y + k * TITLE.lead, TITLE), s) for k, s in enumerate(title)]
        y += len(title) * TITLE.lead + 16.0
        self.page.append(rect(0, 0, PAGE_W, y, ACCENT))
        self.page.append(rect(0, y, PAGE_W, 3.0, TEAL))
        self.page.append(text_element(theme_spans, THEME))
        self.page.append(text_element(title_spans, TITLE))
        self.y = y + 22.0
        run: list[Line] = []
        for row in p.rows:
            if isinstance(row, source.Table):
                self.flow(run, 2)
                run = []
                self.table(row)
                continue
            run += paragraph(row.label, LABEL, COLUMN, 7.0, marker="", keep=True)
            for item in row.content:
                if isinstance(item, source.Table):
                    # A table inside a field cuts the field's columns; they resume under it.
                    self.flow(run, 2)
                    run = []
                    self.table(item)
                else:
                    run += paragraph(item, BODY, COLUMN, 3.0)
        self.flow(run, 2)
        if p.notes:
            self.y += 10.0
            if BOTTOM - self.y < 40:
                self.new_page()
            self.page.append(rule(LEFT, self.y, LEFT + 120, self.y, INK, 0.5))
            self.y += 4.0
            lines: list[Line] = []
            for note in p.notes:
                texts = note.text or ("",)
                lines += paragraph(texts[0], SMALL, WIDTH, 2.0, marker=note.mark)
                lines += [ln for t in texts[1:] for ln in paragraph(t, SMALL, WIDTH, 1.5, marker="", indent=10.0)]
            self.flow(lines, 1, room=20.0)

    def contents(self, numbers: list[int]) -> None:
        page = self.pages[0]
        page.append(text_element([(LEFT, _baseline(TOP, TOC_HEAD), self.dossier.toc_heading)], TOC_HEAD))
        y = TOP + TOC_HEAD.lead + 16.0
        for entry, number in zip(self.dossier.toc, numbers):
            lines = wrap(entry.text, TOC, WIDTH - 40.0)
            page.append(text_element([(LEFT, _baseline(y + k * TOC.lead, TOC), s) for k, s in enumerate(lines)],
                                     TOC))
            last = _baseline(y + (len(lines) - 1) * TOC.lead, TOC_PAGE)
            page.append(text_element([(RIGHT, last, str(number))], TOC_PAGE, "end"))
            y += len(lines) * TOC.lead + 4.0
            page.append(rule(LEFT, y, RIGHT, y))
            y += 5.0

    def folios(self) -> None:
        for number, page in enumerate(self.pages[1:], 2):
            page.append(text_element([(RIGHT, PAGE_H - 32.0, str(number))], FOLIO, "end"))


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def svg_page(elements: list[str], number: int) -> str:
    body = "\n    ".join(e for e in elements if e)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg"\n'
            '   xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"\n'
            f'   width="210mm" height="297mm" viewBox="0 0 {_n(PAGE_W)} {_n(PAGE_H)}" version="1.1"'
            f' id="page{number}">\n'
            f'  <g inkscape:groupmode="layer" inkscape:label="Pagina {number}" id="layer{number}">\n'
            f"    {body}\n  </g>\n</svg>\n")


def build_pages(dossier: source.Dossier, toc_pages: list[int] | None = None) -> list[str]:
    """Every page's SVG. The contents name the pages the layout put the projects on
    (or `toc_pages`, the pages found in a PDF before)."""
    layout = Layout(dossier)
    for project in dossier.projects:
        layout.project(project)
    layout.contents(toc_pages or layout.starts)
    layout.folios()
    return [svg_page(page, i) for i, page in enumerate(layout.pages, 1)]


def _words(dossier: source.Dossier) -> set[str]:
    """Every word of the transcription that the rendering prints."""
    texts = [dossier.toc_heading] + [e.text for e in dossier.toc]
    for p in dossier.projects:
        texts += [p.theme, p.title]
        for note in p.notes:
            texts += [note.mark, *note.text]
        for row in p.rows:
            if isinstance(row, source.Field):
                texts.append(row.label)
                texts += [c for c in row.content if isinstance(c, str)]
        for t in p.tables():
            texts += [t.label, *(h.text for line in t.header for h in line), *t.footnotes]
            texts += [c for r in t.rows for c in r]
    return {w for t in texts for w in t.split()}


def _check_words(dossier: source.Dossier, pdf: Path) -> None:
    """Fail if a transcribed word is not in the PDF's text. A word broken after its hyphen
    or slash reads back in two, so a word not found whole is looked for in the text without
    spaces and hyphens; cairo's "fi" and "fl" ligatures read back as one character."""
    texts = [unicodedata.normalize("NFKC", t) for t in page_texts(pdf)]
    printed = {w for page in texts for w in page.split()}
    squashed = re.sub(r"[\s\-]", "", "".join(texts))
    words = {unicodedata.normalize("NFKC", w) for w in _words(dossier)}
    lost = sorted(w for w in words - printed if re.sub(r"-", "", w) not in squashed)
    if lost:
        raise EngineError(f"{len(lost)} transcribed word(s) not in the PDF's text: {lost[:20]}")


def _export(svgs: list[Path], pdf: Path, home: Path) -> None:
    """Inkscape exports every page (one call, each SVG to the PDF beside it); pypdf joins
    them."""
    inkscape = need("inkscape")
    if home.exists():
        shutil.rmtree(home)  # no preferences or caches carried over from a run before
    home.mkdir(mode=0o700)
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "XDG_CACHE_HOME": str(home / ".cache"), "XDG_DATA_HOME": str(home / ".local"),
           "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC", "LC_ALL": "C.UTF-8"}
    proc = subprocess.run([inkscape, "--export-type=pdf", *map(str, svgs)], env=env,
                          capture_output=True, text=True, timeout=900)
    pages = [s.with_suffix(".pdf") for s in svgs]
    missing = [p.name for p in pages if not p.is_file() or p.stat().st_size == 0]
    if proc.returncode != 0 or missing:
        raise EngineError(f"inkscape failed ({proc.returncode}; no {missing[:3]}):\n{proc.stderr[-2000:]}")
    # pypdf, not pdfunite: pdfunite writes a random file ID as a binary string, which
    # engines.stabilise_pdf (hex IDs) would not replace.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in pages:
        writer.append(str(page))
    writer.add_metadata(PdfReader(pages[0]).metadata or {})  # Inkscape's Creator, cairo's date
    writer.write(str(pdf))


def render_inkscape(dossier: source.Dossier, pdf_path, keep_svg: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The page SVGs live in a temporary directory; pass `keep_svg` to copy the first page
    (the contents) somewhere.
    """
    pdf_path = Path(pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        folder = tmp / "pages"
        if folder.exists():
            shutil.rmtree(folder)
        folder.mkdir()
        svgs = []
        for i, text in enumerate(build_pages(dossier, toc_pages), 1):
            svg = folder / f"{pdf_path.stem}-{i:03d}.svg"
            svg.write_text(text, encoding="utf-8")
            svgs.append(svg)
        pdf = tmp / (pdf_path.stem + ".pdf")
        _export(svgs, pdf, tmp / "home")
        _check_words(dossier, pdf)
        return svgs[0], pdf

    return render_settled(STYLE, dossier, pdf_path, "regio-inkscape-", produce, keep_svg)
