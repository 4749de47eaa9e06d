"""One more house style for the layout zoo (see zoo.py), held out: the OCRed dossier of
zoo_ocrlayer.py with the MISREADINGS an OCR engine makes in figures.

- ocrnoise: the "ocrlayer" rendering (the report printed, scanned and OCRed: each page a
          150 dpi greyscale JPEG of the report page under an invisible text layer of
          positioned words, Helvetica in render mode 3, scaled to the ink box, jittered by
          up to +-0.4pt with random.Random(7)), the image showing the true page; but in the
          TEXT LAYER ONLY, in AMOUNTS ONLY, random.Random(3) misreads about one amount in six.
          An amount is a number (the figures of a word, its "€", marks and punctuation
          aside) that has a "€" before it (in the word or as the word before), or "mln."/
          "mio" after it (in the word or as the next word), or "miljoen" followed by "euro";
          and any number in a table's value cell that the transcription writes as an
          amount ("1.650.000", "7.500.000*", "450" in a table "x € 1.000"; not "Q4 2024").
          Counts ("150.000 vakmensen"), years, percentages, headers and row labels are no
          amounts and are never changed.
          For each amount in reading order (page by page, OCR's line order) one draw: below
          1/6 it gets exactly one misreading, its kind drawn among those its figures allow,
          then its place among the figures that allow it: a zero read as a capital O
          ("1.65O.000"), a one as a small l ("l.650.000") or a capital I ("I.650.000"), a
          five as S ("1.6S0.000"), an eight as B, a thousands dot read as a comma
          ("1,650.000") or followed by a stray space ("1.650. 000"), which splits the word
          into two words of the text layer: the word's ink box is shared out in proportion
          to the parts' widths, with a gap of a quarter of the word's height between them
          (OCR's two word boxes), both parts jittered as the one word would be, so every
          other word of the layer is drawn exactly as ocrlayer draws it. An amount with
          none of these figures ("92,3") stays as it is. The image is the report page as
          printed, unchanged.
          Made: twente, 218 amounts (172 in table cells, 46 in the prose), 31 misreadings
          (9 zeros as O, 2 ones as I, 5 fives as S, 6 commas, 9 stray spaces; no l, no B),
          29 in table cells, 2 in the prose ("€2.0O0.000.", "(€5O0.000)"); zeeland, 132
          amounts (121 in cells, 11 in the prose), 23 misreadings, all in table cells (5 O,
          1 l, 1 I, 1 B, 8 commas, 7 stray spaces; no S).

The truth record is the report's (same pages, same projects), style "ocrnoise", with "raw":
for every table cell whose text layer reads otherwise than the transcription, that text
("<project>|<table>|<row>|<column key>" -> "1.65O.000", the column keys of the dossier's
hand-written cell list tests/golden/<dossier>_cells.csv, as zoo_budget.py takes them). The
cell's value stays the transcription's: "1.65O.000" is to be read as 1.650.000.

The report's amount cells are located on its pages while it is drawn: for that rendering
only, RP.drawOn (zoo_common) also notes the page and box of every body value cell of its
tables (the report's "r-ta" styles), and a text-layer word whose centre lies in that box is
the cell's.
"""

from __future__ import annotations

import random
import re
import tempfile
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium
from reportlab import rl_config
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_budget import _column_keys
from .zoo_common import RP, meta, register_fonts, tables_of
from .zoo_ocrlayer import BASE, _raster, _reading_order, _text_layer, _Word, _words
from .zoo_ocrlayer import SEED as JITTER_SEED
from .zoo_percent import amount

SEED = 3
RATE = 1 / 6            # about one amount in six is misread
PRINTED_FONT = "DejaVuSerif"  # the report's body and table font: the parts' width shares
AMOUNT_STYLE = "r-ta"   # the report's amount-cell styles (r-ta, r-tab and their variants)

_NUMBER = re.compile(r"\d(?:[\d.,]*\d)?")
_GROUP_DOT = re.compile(r"\.(?=\d{3}(?:\.|$))")  # a thousands dot: three figures follow
# Kind -> (the figure it reads wrongly, what OCR makes of it).
_SWAPS = {"O": ("0", "O"), "l": ("1", "l"), "I": ("1", "I"), "S": ("5", "S"), "B": ("8", "B")}
KINDS = ("O", "l", "I", "S", "B", "comma", "space")


def render_ocrnoise(dossier: source.Dossier, pdf_path) -> dict:
    from .zoo import STYLES  # zoo.py imports this module at its end

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        printed = Path(tmp) / f"printed-{BASE}.pdf"
        drawn: list[tuple] = []
        draw_on = RP.drawOn
        RP.drawOn = _spying(draw_on, drawn)
        try:
            truth = STYLES[BASE](dossier, printed)
        finally:
            RP.drawOn = draw_on
        cells = _cells(dossier, drawn)
        a85, rl_config.useA85 = rl_config.useA85, 0  # binary streams: the JPEGs as they are
        try:
            raw, _made = _ocr(printed, Path(pdf_path), meta(dossier, "ocrnoise"), cells)
        finally:
            rl_config.useA85 = a85
    truth["style"] = "ocrnoise"
    if raw:
        truth["raw"] = raw
    return truth


def _spying(draw_on, drawn: list):
    """RP.drawOn that also notes each amount cell's page, box and text as it is drawn."""

    def spy(self, canv, x, y, _sW=0):
        draw_on(self, canv, x, y, _sW)
        if self.style.name.startswith(AMOUNT_STYLE):
            x0, y0 = canv.absolutePosition(x, y)
            drawn.append((canv.getPageNumber(), (x0, y0, x0 + self.width, y0 + self.height),
                          self._text))
    return spy


class _Cell:
    __slots__ = ("key", "text", "page", "box", "amount")

    def __init__(self, key, text, page, box):
        self.key, self.text, self.page, self.box = key, text, page, box
        value = amount(text)  # None for words ("Q4 2024"), 0 for a nil
        self.amount = value is not None and value != 0

    def holds(self, w: _Word) -> bool:
        x, y = (w.x0 + w.x1) / 2, (w.top + w.bottom) / 2
        return self.box[0] <= x <= self.box[2] and self.box[1] <= y <= self.box[3]


def _cells(dossier: source.Dossier, drawn: list) -> dict[int, list[_Cell]]:
    """page -> the value cells drawn on it. The report draws every body value cell of every
    table once per pass, in the transcription's order: the last pass's are the last ones."""
    keys = _column_keys(dossier)

    def key(title, k, c):  # the golden list's column key; the column's number without one
        cols = keys.get((title, k), [])
        return cols[c] if c < len(cols) else str(c + 1)

    want = [(f"{pr.title}|{k}|{r}|{key(pr.title, k, c)}", text)
            for pr in dossier.projects for k, t in enumerate(tables_of(pr))
            for r, row in enumerate(t.rows) for c, text in enumerate(row[1:])]
    got = drawn[len(drawn) - len(want):]
    if len(got) != len(want) or any(g[2] != text for g, (_, text) in zip(got, want)):
        raise RuntimeError("the report's amount cells are not the transcription's in order")
    out: dict[int, list[_Cell]] = {}
    for (page, box, _), (key, text) in zip(got, want):
        out.setdefault(page, []).append(_Cell(key, text, page, box))
    return out


def _ocr(printed: Path, out: Path, info: dict, cells: dict[int, list[_Cell]]):
    pdf = pdfium.PdfDocument(str(printed))
    canv = Canvas(str(out), invariant=1, pageCompression=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])
    # Two streams: the misreadings do not depend on the jitter, nor the jitter on them.
    jitter, noise = random.Random(JITTER_SEED), random.Random(SEED)
    raw: dict[str, str] = {}
    made: Counter = Counter()
    try:
        for n in range(len(pdf)):
            page = pdf[n]
            width, height = page.get_width(), page.get_height()
            canv.setPageSize((width, height))
            canv.drawImage(ImageReader(_raster(page)), 0, 0, width, height)
            words = _reading_order(_words(page))
            page.close()
            for group in _misread(words, cells.get(n + 1, []), noise, raw, made):
                state = jitter.getstate()
                for k, part in enumerate(group):
                    if k:  # a split word's parts share its jitter: the stream stays ocrlayer's
                        jitter.setstate(state)
                    _text_layer(canv, [part], jitter)
            canv.showPage()
    finally:
        pdf.close()
    canv.save()
    return raw, made


def _misread(words: list[_Word], cells: list[_Cell], rnd: random.Random, raw: dict,
             made: Counter) -> list[list[_Word]]:
    """The page's words with the misreadings made, each as the word(s) OCR makes of it;
    `raw` gets the text layer's text of each cell that reads otherwise."""
    owner = [next((c for c in cells if c.holds(w)), None) for w in words]
    # A word's neighbours are those of its own cell (or of the prose): a cell's lines are
    # read interleaved with its row's other cells.
    ctx: dict[int, list[int]] = {}
    for i, o in enumerate(owner):
        ctx.setdefault(id(o), []).append(i)
    texts = [[w.text] for w in words]  # a word's text(s) in the layer: two where split
    out: list[list[_Word]] = []
    for i, w in enumerate(words):
        seq = ctx[id(owner[i])]
        at = seq.index(i)
        prev = words[seq[at - 1]].text if at else ""
        after = [words[j].text for j in seq[at + 1:at + 3]]
        m = _NUMBER.search(w.text)
        if m is None or not _is_amount(w.text, m, prev, after, owner[i]):
            out.append([w])
            continue
        if rnd.random() >= RATE:
            out.append([w])
            continue
        number = m.group()
        places = {k: [j for j, ch in enumerate(number) if ch == fig]
                  for k, (fig, _) in _SWAPS.items()}
        dots = [d.start() for d in _GROUP_DOT.finditer(number)]
        places["comma"] = places["space"] = dots
        kinds = [k for k in KINDS if places[k]]
        if not kinds:
            out.append([w])
            continue
        kind = rnd.choice(kinds)
        j = rnd.choice(places[kind])
        made[kind] += 1
        head, tail = w.text[:m.start() + j], w.text[m.start() + j + 1:]
        if kind == "space":
            first, second = _split(w, head + ".", tail)
            out.append([first, second])
            texts[i] = [first.text, second.text]
            continue
        new = _Word(w.base)
        new.x0, new.x1, new.top, new.bottom = w.x0, w.x1, w.top, w.bottom
        new.text = head + ("," if kind == "comma" else _SWAPS[kind][1]) + tail
        out.append([new])
        texts[i] = [new.text]
    for cell in {id(c): c for c in owner if c is not None}.values():
        mine = [t for t, o in zip(texts, owner) if o is cell]
        read = " ".join(t for ts in mine for t in ts)
        if read != " ".join(cell.text.split()):
            raw[cell.key] = read
    return out


def _is_amount(word: str, m: re.Match, prev: str, after: list[str], cell: _Cell | None) -> bool:
    """Whether the number `m` in `word` is an amount (see the module docstring)."""
    before, behind = word[:m.start()], word[m.end():].lower()
    nxt = after[0].lower() if after else ""
    if "€" in before or (not before and prev.endswith("€")):
        return True
    if behind.startswith(("mln", "mio")) or (not behind and nxt.startswith(("mln", "mio"))):
        return True
    if not behind and nxt.startswith("miljoen") and len(after) > 1 \
            and after[1].lower().startswith("eur"):
        return True
    return cell is not None and cell.amount


def _split(w: _Word, left: str, right: str) -> tuple[_Word, _Word]:
    """Two words for the two parts of `w`: its ink box shared out by the parts' printed
    widths, with a gap of a quarter of its height between them."""
    gap = (w.top - w.bottom) / 4
    a, b = stringWidth(left, PRINTED_FONT, 10), stringWidth(right, PRINTED_FONT, 10)
    cut = w.x0 + (w.x1 - w.x0 - gap) * a / (a + b)
    parts = []
    for text, x0, x1 in ((left, w.x0, cut), (right, cut + gap, w.x1)):
        p = _Word(w.base)
        p.text, p.x0, p.x1, p.top, p.bottom = text, x0, x1, w.top, w.bottom
        parts.append(p)
    return parts[0], parts[1]
