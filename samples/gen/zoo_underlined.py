"""One more house style for the layout zoo (see zoo.py), held out: a small municipality's
proposal typed the old-fashioned way in a word processor by a secretary who never uses bold.

- underlined: A4 portrait, margins 2.5 cm all round (a 16 cm text column). EVERYTHING IN ONE
              FONT AND SIZE: a plain serif (Liberation Serif, Times' metrics; else DejaVu
              Serif) at 11pt on 14pt, ragged right, black; a character the font lacks ("⁴",
              "₂") is set in DejaVu Serif on its own. No bold, no italics, no colour, no fills.
              Emphasis only by UNDERLINING and CAPITALS: the underline is the word
              processor's single underline, a drawn 0.5pt line 1.2pt under the baseline,
              under the words AND across the spaces between them (not past the last
              character), line by line where the text wraps. Blank lines (14pt) are the only
              vertical spacing: one before each field label and between paragraphs, none
              between the items of a list; widow/orphan control on.
              Page 1 is letter-like: "Onderwerp:" and "Datum:" in plain type with their
              values at a tab 2.5 cm from the margin ("Regio Deal <name> - projectvoorstellen",
              "12 maart 2018"), three blank lines, the transcription's contents heading in
              capitals and underlined ("INHOUD"), then the contents as typed lines: each
              theme in plain capitals (a blank line before each theme but the first), its
              projects' titles under it in normal case at a tab 1.25 cm in, each followed by
              a space and a run of typed full stops (characters, not a leader: it ends where
              the typist stopped, within one stop's width of 1 cm before the margin) and the
              page number at a right tab at the margin. A new page after the contents.
              Projects DO NOT start on a new page: two blank lines before each project (none
              at a page top), the theme in plain capitals on a line of its own, under it the
              title in CAPITALS, underlined (a long title wraps, each line underlined), a
              blank line, then the fields. Each field label in normal case as transcribed,
              followed by a colon, underlined together with the colon ("Naam Project:"), on
              a line of its own; the field's text starts on the next line. A list item (it
              keeps the source's marker) is set as the word processor's automatic list: the
              marker at 0.63 cm, the text at a tab at 1.27 cm, wrapped lines hanging there
              ("o" and "○" items one level deeper: 1.9 / 2.54 cm). The theme and title lines
              and the labels are kept with the next line (the typist pushed a stranded one
              over when proofreading). Running footer on every page, 1.25 cm from the bottom
              edge: "Gemeente <name>, kenmerk 2018/<nnnn>" at the left (the number derived
              from the name) and "- <n> -" centred.
              TABLES (investment tables and those inside a field, which stay in their field)
              are TYPED WITH TAB STOPS, no table object: every line is text at tab positions
              in the body type, 11pt on 14pt, with no rules at all. The label column at the
              margin, the value columns at the right of the text column, the last one ending
              at the margin. The typist first tries an even pitch on the ruler's
              quarter-centimetre marks (the widest neighbours plus 0.4 cm); where that leaves
              the labels less than 3.5 cm (or less than their longest word), each gap is
              just what its neighbours need plus 0.4 cm, then with the headers wrapped at
              their spaces, and last with the gaps narrowed (down to 0.2 cm) to leave the
              labels that much. A column holding amounts (a cell that is a number, an amount
              in "mln." or a nil) has a RIGHT TAB: every cell and header ends at the tab
              ("1.650.000", "6,6 mln.", "-", "7.500.000*", "Gem."); a column without amounts
              (a milestone table) has a left tab. Header lines: each header cell at its
              column's tab, at the foot of the header lines it spans (wrapped at its spaces
              over more typed lines where its column is narrower), a group header
              ("Publiek") centred over its member columns, the table's label at the margin
              on the last header line (wrapping upwards where longer than the label column);
              EVERY HEADER TEXT UNDERLINED, line by line. Body rows: the row label at the
              margin, wrapping at the label column's width onto the next typed line(s) at the
              margin; the cells on the label's LAST line (typed after the label, as a typist
              goes). Empty cells are left blank. Above a Totaal row (a label starting with
              "Totaal", any case) that is not the first row, a TYPED LINE OF UNDERSCORES
              ("__________", as many as cover the column's widest cell) in each column whose
              Totaal cell is not empty, ending at its tab (starting there in a left-tab
              column); the Totaal row itself plain. Every cell is printed as transcribed (no
              "raw" record). A blank line before the table. A table breaks over pages
              between body rows (the header with at least its first row, the underscores
              with the Totaal row; the header is not repeated). Table footnotes typed under
              the table after a blank line, as plain 11pt paragraphs.
              Project notes as the word processor's footnotes at the foot of the page where
              their mark stands: the Footnote Text style (10pt on 12pt), the mark as
              transcribed (a superscript figure) and a space before the text, under the
              word processor's separator, a 0.5pt line 5 cm long (notes whose mark is
              nowhere go with the project's last paragraph).
"""

from __future__ import annotations

import math
import re
import zlib
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (build_until_stable, Doc, dossier_name, FALLBACK,
                         FootnoteSupport, is_total, meta, page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
INK = colors.black
SIZE, LEAD = 11.0, 14.0
BLANK = LEAD                       # one typed blank line
UL_OFFSET, UL_WIDTH = -1.2, 0.5    # the underline: under the baseline, its thickness
TAB_GRID = 0.25 * cm               # the ruler's marks the typist sets tabs on
GAP = 0.4 * cm                     # between neighbouring columns, at least
MIN_LABEL = 3.5 * cm
TIGHT_GAP, TIGHT_LABEL = 0.2 * cm, 2.2 * cm    # a table that does not fit otherwise
LETTER_TAB = 2.5 * cm
TOC_INDENT = 1.25 * cm
TOC_STOP = 1.0 * cm                # the typed full stops end about this far before the margin
YEAR = "2018"

_LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_NIL = ("-", ".-")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_DEEPER = ("o", "○")


def _font() -> str:
    """Liberation Serif where installed (registered as "UlSerif"), else DejaVu Serif."""
    register_fonts()
    if not _LIBERATION.is_file():
        return "DejaVuSerif"
    if "UlSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("UlSerif", str(_LIBERATION)))
    FALLBACK.setdefault("UlSerif", "DejaVuSerif")
    return "UlSerif"


def _markup(text: str, font: str) -> str:
    """Escaped `text` with each character `font` lacks in its stand-in."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs:
        return escape(text)
    stand_in = FALLBACK.get(font, "DejaVuSerif")
    return "".join(escape(ch) if ord(ch) in glyphs else
                   f'<font name="{stand_in}">{escape(ch)}</font>' for ch in text)


def _width(text: str, font: str) -> float:
    """Width of `text` at SIZE, a character the font lacks in its stand-in."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs or all(ord(ch) in glyphs for ch in text):
        return stringWidth(text, font, SIZE)
    stand_in = FALLBACK.get(font, "DejaVuSerif")
    return sum(stringWidth(ch, font if ord(ch) in glyphs else stand_in, SIZE) for ch in text)


def _draw(canv, x: float, y: float, text: str, font: str, underline=False) -> None:
    """Typed text at (x, baseline y), character by character in its stand-in where the
    font lacks it; underlined across its spaces if asked."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs or all(ord(ch) in glyphs for ch in text):
        canv.setFont(font, SIZE)
        canv.drawString(x, y, text)
    else:
        stand_in = FALLBACK.get(font, "DejaVuSerif")
        cx = x
        for ch in text:
            f = font if ord(ch) in glyphs else stand_in
            canv.setFont(f, SIZE)
            canv.drawString(cx, y, ch)
            cx += stringWidth(ch, f, SIZE)
    if underline and text.strip():
        w = _width(text.rstrip(), font)
        canv.setLineWidth(UL_WIDTH)
        canv.line(x, y + UL_OFFSET, x + w, y + UL_OFFSET)


def _wrap(text: str, font: str, width: float) -> list[str]:
    """Greedy wrap at spaces (a word wider than `width` on a line of its own)."""
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}" if cur else word
        if cur and _width(trial, font) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur or not lines:
        lines.append(cur)
    return lines


def _styles(font):
    def style(name, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ul-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=INK, allowWidows=0, allowOrphans=0,
                              underlineWidth=UL_WIDTH, underlineOffset=UL_OFFSET,
                              **kw)

    def item(name, level, before):
        marker_x, text_x = (0.63 * cm, 1.27 * cm) if level == 1 else (1.9 * cm, 2.54 * cm)
        return style(name, leftIndent=text_x, bulletIndent=marker_x, bulletFontName=font,
                     bulletFontSize=SIZE, spaceBefore=before)

    return {
        "first": style("first"),
        "body": style("body", spaceBefore=BLANK),
        "item1": item("item1", 1, 0), "item1_gap": item("item1g", 1, BLANK),
        "item2": item("item2", 2, 0), "item2_gap": item("item2g", 2, BLANK),
        "label": style("label", spaceBefore=BLANK, keepWithNext=1),
        "theme": style("theme", spaceBefore=2 * BLANK, keepWithNext=1),
        "title": style("title", spaceAfter=0, keepWithNext=1),
        "tfoot": style("tfoot"),
        "tfoot_first": style("tfootf", spaceBefore=BLANK),
        "toc_h": style("toch", spaceBefore=3 * BLANK, spaceAfter=BLANK),
        "toc_theme": style("toct", keepWithNext=1),
        "toc_theme_gap": style("toctg", spaceBefore=BLANK, keepWithNext=1),
        "toc": style("toc"),
        "note": style("note", 10.0, 12.0, spaceAfter=0),
    }


def _text(text: str, style: ParagraphStyle, rec=None):
    return para("", style, rec, markup=_markup(text, style.fontName))


def _item(text: str, st, key: str, rec):
    m = _LIST_ITEM.match(text)
    marker, rest = m.group().strip(), text[m.end():]
    return para("", st[key], rec, markup=f"<bullet>{escape(marker)}</bullet>"
                                         f"{_markup(rest, st[key].fontName)}")


def _underlined(text: str, style: ParagraphStyle, rec=None):
    return para("", style, rec, markup=f"<u>{_markup(text, style.fontName)}</u>")


class _Footnotes(FootnoteSupport):
    """Page footnotes whose paragraphs keep the body font, a character it lacks ("⁴") set
    in its stand-in on its own (as the word processor substitutes)."""

    def _paras(self, note, width):
        texts = note.text or ("",)
        return [para("", self.style, self.rec_for(note),
                     markup=_markup(f"{note.mark} {t}" if k == 0 else t, self.style.fontName))
                for k, t in enumerate(texts)]


# --- tables typed with tab stops ---------------------------------------------------------


def _is_amount(text: str) -> bool:
    core = text.rstrip(_MARKS).strip()
    return core in _NIL or bool(_AMOUNT.fullmatch(core))


class _Column:
    """A value column: its tab stop, its kind ("right" or "left"), its extents left and
    right of the tab."""

    def __init__(self, kind):
        self.kind, self.left, self.right, self.tab = kind, 0.0, 0.0, 0.0

    def parts(self, text, font):
        """(width left of the tab, width right of it)."""
        if self.kind == "left":
            return 0.0, _width(text, font)
        return _width(text, font), 0.0

    def x(self, text, font):
        """Where the typed text starts."""
        return self.tab - self.parts(text, font)[0]

    def need(self, text, font):
        a, b = self.parts(text, font)
        self.left, self.right = max(self.left, a), max(self.right, b)


def _snap_down(x):
    return math.floor(x / TAB_GRID + 1e-6) * TAB_GRID


def _snap_up(x):
    return math.ceil(x / TAB_GRID - 1e-6) * TAB_GRID


def _tab_layout(t: source.Table, font, whole_headers: bool, even: bool, gap: float = GAP):
    """Columns with their tab stops and the label column's width (None: does not fit)."""
    n = t.columns
    kinds = []
    for c in range(n):
        cells = [r[c + 1] for r in t.rows if c + 1 < len(r) and r[c + 1].strip()]
        kinds.append("right" if any(_is_amount(x) for x in cells) else "left")
    cols = [_Column(k) for k in kinds]
    for r in t.rows:
        for c, text in enumerate(r[1:n + 1]):
            if text:
                cols[c].need(text, font)
    for h in t.header_cells():
        if h.columns == 1 and h.text:
            col = cols[h.column - 1]
            if whole_headers:
                col.need(h.text, font)
            else:
                for w in h.text.split():
                    col.need(w, font)
    if even:
        pitch = max([cols[c - 1].right + cols[c].left for c in range(1, n)] + [0.0]) + gap
        pitch = _snap_up(pitch)
        cols[-1].tab = _snap_down(FW - cols[-1].right)
        for c in range(n - 2, -1, -1):
            cols[c].tab = cols[c + 1].tab - pitch
    else:
        cols[-1].tab = FW - cols[-1].right
        for c in range(n - 2, -1, -1):
            cols[c].tab = cols[c + 1].tab - (cols[c].right + cols[c + 1].left + gap)
    label_w = cols[0].tab - cols[0].left - gap
    return cols, label_w


class _Line:
    """One typed line: [(x, text, underlined)]."""

    def __init__(self):
        self.items: list[tuple[float, str, bool]] = []

    def add(self, x, text, underline=False):
        if text:
            self.items.append((x, text, underline))


class _Typed(Flowable):
    """A table typed with tab stops: blocks of typed lines (the header, then one block per
    body row, the underscores going with the Totaal row). Splits between blocks; the header
    is not repeated."""

    def __init__(self, blocks, font, rec, header=1):
        super().__init__()
        self.blocks, self.font, self.rec, self.header = blocks, font, rec, header
        self.spaceBefore = BLANK

    def wrap(self, aW, aH):
        self.h = LEAD * sum(len(b) for b in self.blocks)
        return FW, self.h

    def split(self, aW, aH):
        used, k = 0.0, 0
        for b in self.blocks:
            if used + LEAD * len(b) > aH:
                break
            used += LEAD * len(b)
            k += 1
        if k <= self.header or k >= len(self.blocks):
            return []
        first = _Typed(self.blocks[:k], self.font, self.rec, self.header)
        rest = _Typed(self.blocks[k:], self.font, self.rec, 0)
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        y = self.h - SIZE  # the first line's baseline
        for block in self.blocks:
            for line in block:
                for x, text, ul in line.items:
                    _draw(c, x, y, text, self.font, ul)
                y -= LEAD
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def typed_table(t: source.Table, font, st, rec) -> list:
    """Table `t` typed with tab stops, its footnotes typed under it."""
    # the labels' column: at least MIN_LABEL, and never narrower than its widest word
    word = max((_width(w, font) for x in [t.label] + [r[0] for r in t.rows]
                for w in x.split()), default=0.0)
    least = max(MIN_LABEL, word)
    cols = label_w = None
    for whole, even in ((True, True), (True, False), (False, True), (False, False)):
        cols, label_w = _tab_layout(t, font, whole, even)
        if label_w >= least - 0.01:
            break
    else:  # narrower gaps, just enough to leave `least` (at least TIGHT_LABEL, the word)
        bare = _tab_layout(t, font, False, False, 0.0)[1]
        gap = max(TIGHT_GAP, min(GAP, (bare - least) / t.columns))
        cols, label_w = _tab_layout(t, font, False, False, gap)
        if label_w < max(TIGHT_LABEL, word) - 0.01:
            raise RuntimeError(f"table {t.label!r} does not fit the text column")
    n = t.columns

    # header: each transcription header line gets as many typed lines as its cells need
    placed = [h for h in t.header_cells() if h.text]
    wrapped = {}
    for h in placed:
        if h.columns == 1:
            col = cols[h.column - 1]
            room = col.left if col.kind == "right" else col.right
            wrapped[id(h)] = _wrap(h.text, font, max(room, 1.0))
        else:
            first, last = cols[h.column - 1], cols[h.column + h.columns - 2]
            wrapped[id(h)] = _wrap(h.text, font, (last.tab + last.right) - (first.tab - first.left))
    lines = len(t.header)
    typed = [1] * lines
    for h in placed:
        if h.lines == 1:
            typed[h.line] = max(typed[h.line], len(wrapped[id(h)]))
    for h in placed:
        if h.lines > 1:
            have = sum(typed[h.line:h.line + h.lines])
            if len(wrapped[id(h)]) > have:
                typed[h.line] += len(wrapped[id(h)]) - have
    label_lines = _wrap(t.label, font, label_w) if t.label else []
    if len(label_lines) > sum(typed):
        typed[0] += len(label_lines) - sum(typed)
    total = sum(typed)
    head = [_Line() for _ in range(total)]
    ends = [sum(typed[:i + 1]) - 1 for i in range(lines)]  # last typed line of each line
    for h in placed:
        ws = wrapped[id(h)]
        end = ends[h.line + h.lines - 1]
        for k, text in enumerate(ws):
            at = end - (len(ws) - 1) + k
            if h.columns == 1:
                x = cols[h.column - 1].x(text, font)
            else:
                first, last = cols[h.column - 1], cols[h.column + h.columns - 2]
                mid = ((first.tab - first.left) + (last.tab + last.right)) / 2
                x = mid - _width(text, font) / 2
            head[at].add(x, text, True)
    for k, text in enumerate(label_lines):
        head[total - len(label_lines) + k].add(0.0, text, True)

    blocks = [head]
    for i, r in enumerate(t.rows):
        block = []
        cells = list(r[1:n + 1])
        if is_total(r[0]) and i > 0:
            bar = _Line()
            for c, text in enumerate(cells):
                if not text.strip():
                    continue
                widest = max(_width(x[c + 1], font) for x in t.rows if c + 1 < len(x))
                line = "_" * max(1, math.ceil(widest / _width("_", font) - 0.2))
                col = cols[c]
                bar.add(col.tab if col.kind == "left" else col.tab - _width(line, font), line)
            block.append(bar)
        label = _wrap(r[0], font, label_w) if r[0] else [""]
        rows = [_Line() for _ in label]
        for k, text in enumerate(label):
            rows[k].add(0.0, text)
        for c, text in enumerate(cells):
            if text:
                rows[-1].add(cols[c].x(text, font), text)
        block += rows
        blocks.append(block)
    out: list = [_Typed(blocks, font, rec)]
    for k, f in enumerate(t.footnotes):
        out.append(_text(f, st["tfoot_first" if k == 0 else "tfoot"], rec))
    return out


# --- contents ---------------------------------------------------------------------------


class _TocLine(Flowable):
    """A typed contents line: the title at a tab, a space and typed full stops, the page
    number at a right tab at the margin."""

    def __init__(self, text, page, font, indent):
        super().__init__()
        self.text, self.page, self.font, self.indent = text, page, font, indent

    def wrap(self, aW, aH):
        self.lines = _wrap(self.text, self.font, FW - self.indent - TOC_STOP - 3 * SIZE)
        self.h = LEAD * len(self.lines)
        return FW, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        y = self.h - SIZE
        for k, line in enumerate(self.lines):
            _draw(c, self.indent, y, line, self.font)
            if k == len(self.lines) - 1:
                x0 = self.indent + _width(line + " ", self.font)
                dot = _width(".", self.font)
                count = int((FW - TOC_STOP - x0) / dot)
                if count > 0:
                    _draw(c, x0, y, "." * count, self.font)
                if self.page:
                    _draw(c, FW - _width(self.page, self.font), y, self.page, self.font)
            y -= LEAD
        c.restoreState()


class _LetterLine(Flowable):
    """"Onderwerp:<tab>value", the value at LETTER_TAB."""

    def __init__(self, label, value, font):
        super().__init__()
        self.label, self.value, self.font = label, value, font

    def wrap(self, aW, aH):
        self.lines = _wrap(self.value, self.font, FW - LETTER_TAB)
        return FW, LEAD * len(self.lines)

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        y = LEAD * len(self.lines) - SIZE
        _draw(c, 0, y, self.label, self.font)
        for line in self.lines:
            _draw(c, LETTER_TAB, y, line, self.font)
            y -= LEAD
        c.restoreState()


# --- fields -----------------------------------------------------------------------------


def _fields(pr: source.Project, st, font, rec, foot) -> list:
    """The project's fields: each label underlined with its colon on a line of its own, its
    paragraphs under it (a blank line between paragraphs, none between list items), tables
    typed where they stand; a paragraph holding a note's mark carries the note to its page's
    foot (notes whose mark is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += typed_table(row, font, st, rec)
            continue
        label = row.label.rstrip()
        story.append(_underlined(label if label.endswith(":") else label + ":", st["label"], rec))
        prev = "label"  # what came last: "label", "text", "item" or "table"
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += typed_table(item, font, st, rec)
                prev = "table"
                continue
            m = _LIST_ITEM.match(item)
            if m:
                level = 2 if m.group().strip() in _DEEPER else 1
                gap = "" if prev in ("label", "item") else "_gap"
                q = _item(item, st, f"item{level}{gap}", rec)
                prev = "item"
            else:
                q = _text(item, st["first" if prev == "label" else "body"], rec)
                prev = "text"
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_underlined(dossier: source.Dossier, pdf_path) -> dict:
    font = _font()
    st = _styles(font)
    name = dossier_name(dossier)
    number = zlib.crc32(name.encode()) % 10_000
    footer = f"Gemeente {name}, kenmerk {YEAR}/{number:04d}".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "underlined")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _Footnotes(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "underlined"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(INK)
            y = 1.25 * cm
            _draw(canv, MARGIN, y, footer, font)
            folio = f"- {canv.getPageNumber()} -"
            _draw(canv, WIDTH / 2 - _width(folio, font) / 2, y, folio, font)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [
            _LetterLine("Onderwerp:", f"Regio Deal {name} - projectvoorstellen".replace("  ", " "),
                        font),
            _LetterLine("Datum:", f"12 maart {YEAR}", font),
            _underlined(dossier.toc_heading.upper(), st["toc_h"]),
        ]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                q = _text(pr.theme.upper(), st["toc_theme" if last_theme is None else
                                            "toc_theme_gap"])
                story.append(q)
                last_theme = pr.theme
            story.append(_TocLine(pr.title, page_of(info, p), font, TOC_INDENT))
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [_text(pr.theme.upper(), st["theme"], rec),
                      _underlined(pr.title.upper(), st["title"], truth.heading(p))]
            story += _fields(pr, st, font, rec, foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
