"""One more house style for the layout zoo (see zoo.py), held out: the dossier kept as a
plain-text file (Markdown-ish, as a civil servant writes it in a text editor or an e-mail)
and printed to PDF with a monospaced font, as `enscript`/`a2ps` or a browser printing a
.txt does.

- plaintext: A4 portrait. EVERYTHING IS CHARACTERS ON A FIXED GRID: Liberation Mono (Courier's
             metrics; else DejaVu Sans Mono) at 9pt on a fixed 11pt leading, 90 character
             cells a line (5.4pt each) from a 1.9 cm left margin, black; a character the
             font lacks ("⁴", "₂") is set in DejaVu Sans Mono in its own cell. No bold, no
             italics, no rules drawn as paths, no fills: every line is a string of
             characters, the page is what the printing tool makes of the file.
             Page header on every page (the printing tool's): the file name
             "regio-deal-<name>.txt" at the left and "Pagina N" ending at column 90, a blank
             line under it; 68 text lines a page under that. The printer knows nothing of
             the content: no keep-with-next, no widow control; a line longer than 90
             characters is HARD-WRAPPED by the printer at 90 characters (mid-word).
             The file: "Onderwerp: Regio Deal <name> - projectvoorstellen", a blank line,
             the transcription's contents heading followed by a colon ("Inhoud:"), each
             theme in capitals indented 2, its projects' titles under it as "- <title>"
             indented 4 (no page numbers: a text file has none). A FORM FEED (new page)
             before each theme: the theme in CAPITALS underlined by a line of "=" as long
             as it, a blank line; before each project two blank lines (none right under
             the theme), the project title (wrapped at 78 where long) underlined by a line
             of "-" as long as its longest line, a blank line, then the fields. Projects of
             one theme flow on.
             Fields: the label as transcribed with a colon ("Opgave:") at the start of a
             line of its own, the text under it indented 2 spaces and wrapped at column 80
             (a word longer than that is left whole, for the printer to wrap); a blank line
             between paragraphs and before the next label. A list item keeps its marker:
             the marker at column 3, the text after it with wrapped lines hanging under
             the text; no blank line between list items.
             TABLES (investment tables and those inside a field, which stay in their
             field) are ASCII ART at the left margin, a blank line before and after:
             borders of "+", "-" and "|" characters ("+----------+---------+"), one space
             of padding each side of a cell. The header: the table's label in the first
             column, spanning all header lines; each header cell over the columns and
             lines it spans (the group label "Publiek" in a cell of its own over "Gem."
             and "Provincie", a "-" border under it), its text wrapped at its spaces
             inside the cell and standing at the foot of the cell, right-aligned over an
             amount column, centred in a group cell, left-aligned over a text column. A
             separator of "=" characters ("+====+====+") under the header, a "-" border
             under every body row. Body rows: the row label left-aligned, wrapped inside
             its cell onto further text lines; amounts (a number, "mln." amount or nil)
             right-aligned by spaces on the row's first text line, a footnote mark ("*")
             staying with its amount; other cells left-aligned and wrapped. Every cell as
             transcribed (no "raw" record). Column widths: each value column as wide as
             its widest cell or header word, the label column the rest of 90 characters
             (at most as wide as its longest label, at least 12 or its longest word up to 16;
             a label word longer than its cell breaks after a "/" or is cut); where that
             does not fit, text columns are wrapped narrower, then the padding goes to one
             space at the left only, then to none (the label column down to 8); a table
             still too wide is wrapped by the printer (it never is for the two dossiers). Table footnotes under the table as plain lines.
             Project notes at the end of the project's fields: a blank line, a line of ten
             "-", then each note as "<mark> <text>" wrapped at 80, continuation lines
             indented under the text.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from . import source
from .zoo_common import dossier_name, is_total, meta, register_fonts, Truth  # noqa: F401

WIDTH, HEIGHT = A4
SIZE, LEAD = 9.0, 11.0
COLS = 90                          # the printer's line length
TEXT = 80                          # the author's wrap column
CELL = 0.6 * SIZE                  # one character cell
LEFT = 1.9 * cm
TOP = 1.5 * cm                     # to the header line's baseline
LINES = 68                         # text lines a page under the header
MIN_LABEL = 12

_LIBERATION = Path("/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf")
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NIL = ("-", ".-")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _font() -> str:
    register_fonts()
    if not _LIBERATION.is_file():
        return "DejaVuSansMono"
    if "PtMono" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("PtMono", str(_LIBERATION)))
    return "PtMono"


def _is_amount(text: str) -> bool:
    core = text.rstrip(_MARKS).strip()
    return core in _NIL or bool(_AMOUNT.fullmatch(core))


def _pieces(word: str) -> list[str]:
    """A word's pieces, a table cell may break after a "/" ("Opgaven/" "Investeringen")."""
    return re.findall(r"[^/]*/+(?=[^/])|[^/]+/*", word) or [word]


def _wrap(text: str, width: int, cell=False) -> list[str]:
    """Greedy wrap at spaces; in a table cell also after a "/" inside a word, and a piece
    still wider than the cell cut at its width (elsewhere a long word is left whole)."""
    width = max(1, width)
    if not cell:
        return textwrap.wrap(text, width, break_long_words=False,
                             break_on_hyphens=False) or [""]
    lines: list[str] = []
    cur = ""
    for word in text.split():
        for k, piece in enumerate(_pieces(word)):
            while len(piece) > width:
                if cur:
                    lines.append(cur)
                    cur = ""
                lines.append(piece[:width])
                piece = piece[width:]
                k = 0
            trial = (cur + ("" if k else " ") + piece) if cur else piece
            if len(trial) <= width:
                cur = trial
            else:
                lines.append(cur)
                cur = piece
    if cur or not lines:
        lines.append(cur)
    return lines


# --- the file, as lines of characters -----------------------------------------------------

FF = object()  # a form feed


class _File:
    """The text file: lines (text, recorder) and form feeds."""

    def __init__(self):
        self.lines: list = []

    def add(self, text: str = "", rec=None):
        self.lines.append((text.rstrip(), rec))

    def blank(self, n=1):
        """At least `n` blank lines at the end (never more blank lines than that asked)."""
        have = 0
        while have < len(self.lines) and self.lines[-1 - have] is not FF \
                and not self.lines[-1 - have][0]:
            have += 1
        for _ in range(n - have):
            self.add()

    def feed(self):
        self.lines.append(FF)


# --- ASCII tables ---------------------------------------------------------------------------


def _layout(t: source.Table):
    """Widths (label column first) and padding (left, right) of table `t`."""
    n = t.columns
    amount = []
    for c in range(n):
        cells = [r[c + 1] for r in t.rows if c + 1 < len(r) and r[c + 1].strip()]
        amount.append(any(_is_amount(x) for x in cells))
    head_word = [0] * n
    for h in t.header_cells():
        if h.columns == 1 and h.text:
            head_word[h.column - 1] = max(head_word[h.column - 1],
                                          max(len(w) for w in h.text.split()))
    natural = [max([len(r[c + 1]) for r in t.rows if c + 1 < len(r)] + [head_word[c], 1])
               for c in range(n)]
    least = [natural[c] if amount[c] else max(
        [len(w) for r in t.rows if c + 1 < len(r) for w in r[c + 1].split()]
        + [head_word[c], 1]) for c in range(n)]
    labels = [t.label] + [r[0] for r in t.rows]
    longest = max(len(x) for x in labels)
    word = max((len(q) for x in labels for w in x.split() for q in _pieces(w)), default=1)
    min_label = min(longest, max(MIN_LABEL, min(word, 16)))
    widths = list(natural)
    for pad in ((1, 1), (1, 0)):
        per = 1 + sum(pad)
        for shrink in (False, True):
            if shrink:
                widths = list(least)
            room = COLS - 1 - sum(w + per for w in widths) - per
            if room >= min_label:
                return [min(longest, room)] + widths, pad, amount
    # last: no padding at all, the label column down to 8 (narrower: the printer wraps it)
    room = COLS - 1 - sum(w + 1 for w in widths) - 1
    return [max(8, min(longest, room))] + widths, (0, 0), amount


def _border(widths, pad, fill="-"):
    return "+" + "+".join(fill * (w + sum(pad)) for w in widths) + "+"


def _cell(text, width, pad, how):
    if how == "right":
        s = text.rjust(width)
    elif how == "centre":
        s = text.center(width)
    else:
        s = text.ljust(width)
    return " " * pad[0] + s + " " * pad[1]


def ascii_table(t: source.Table, f: _File, rec) -> None:
    widths, pad, amount = _layout(t)
    n = t.columns
    per = sum(pad)
    lines = len(t.header)
    # header cells: (line, lines, first grid column, columns, text, how); grid column 0 = label
    cells = [(0, max(1, lines), 0, 1, t.label, "left")]
    for h in t.header_cells():
        how = "centre" if h.columns > 1 else ("right" if amount[h.column - 1] else "left")
        cells.append((h.line, h.lines, h.column, h.columns, h.text, how))

    def span_width(c0, k):
        return sum(widths[c0:c0 + k]) + (k - 1) * (per + 1)

    wrapped = {i: _wrap(c[4], span_width(c[2], c[3]), True) if c[4] else []
               for i, c in enumerate(cells)}
    typed = [1] * max(1, lines)
    for i, c in enumerate(cells):
        if c[1] == 1:
            typed[c[0]] = max(typed[c[0]], len(wrapped[i]))
    for i, c in enumerate(cells):
        if c[1] > 1:
            have = sum(typed[c[0]:c[0] + c[1]])
            if len(wrapped[i]) > have:
                typed[c[0] + c[1] - 1] += len(wrapped[i]) - have
    # the character grid of the header: for each header line and grid column, its cell
    owner = {}
    for i, c in enumerate(cells):
        for ln in range(c[0], c[0] + c[1]):
            for col in range(c[2], c[2] + c[3]):
                owner[(ln, col)] = i
    ncol = n + 1
    starts = [sum(typed[:k]) for k in range(len(typed))]
    out = [_border(widths, pad)]
    for ln in range(len(typed)):
        for k in range(typed[ln]):
            text = "|"
            col = 0
            while col < ncol:
                i = owner.get((ln, col))
                if i is None:
                    text += _cell("", widths[col], pad, "left") + "|"
                    col += 1
                    continue
                c = cells[i]
                # this typed line's index within the cell, bottom-aligned
                first = starts[c[0]]
                total = sum(typed[c[0]:c[0] + c[1]])
                at = starts[ln] + k - first - (total - len(wrapped[i]))
                s = wrapped[i][at] if 0 <= at < len(wrapped[i]) else ""
                text += _cell(s, span_width(c[2], c[3]), pad, c[5]) + "|"
                col = c[2] + c[3]
            out.append(text)
        if ln < len(typed) - 1:
            # a border under the cells that end here, blank where a cell goes on
            segs = []
            for col in range(ncol):
                i = owner.get((ln, col))
                ends = i is None or cells[i][0] + cells[i][1] - 1 == ln
                segs.append("-" if ends else " ")
            text = ""
            for col in range(ncol + 1):
                left = segs[col - 1] if col > 0 else None
                right = segs[col] if col < ncol else None
                above = col in (0, ncol) or owner.get((ln, col - 1)) != owner.get((ln, col))
                below = col in (0, ncol) or owner.get((ln + 1, col - 1)) != owner.get((ln + 1, col))
                dash = "-" in (left, right)
                text += ("+" if (above or below) else "-") if dash else "|"
                if col < ncol:
                    text += segs[col] * (widths[col] + per)
            out.append(text)
    out.append(_border(widths, pad, "="))
    for r in t.rows:
        cols = [_wrap(r[0], widths[0], True)]
        for c in range(n):
            v = r[c + 1] if c + 1 < len(r) else ""
            cols.append([v] if amount[c] or not v else _wrap(v, widths[c + 1], True))
        for k in range(max(len(x) for x in cols)):
            text = "|"
            for c, x in enumerate(cols):
                how = "right" if c and amount[c - 1] else "left"
                text += _cell(x[k] if k < len(x) else "", widths[c], pad, how) + "|"
            out.append(text)
        out.append(_border(widths, pad))
    for line in out:
        f.add(line, rec)
    for note in t.footnotes:
        for line in _wrap(note, TEXT):
            f.add(line, rec)


# --- fields -----------------------------------------------------------------------------------


def _para(text: str, f: _File, rec) -> None:
    m = _LIST_ITEM.match(text)
    if m:
        marker, rest = m.group().strip(), text[m.end():].strip()
        lead = "  " + marker + " "
        for k, line in enumerate(_wrap(rest, TEXT - len(lead))):
            f.add((lead if k == 0 else " " * len(lead)) + line, rec)
    else:
        for line in _wrap(text, TEXT - 2):
            f.add("  " + line, rec)


def _fields(pr: source.Project, f: _File, rec) -> None:
    for row in pr.rows:
        if isinstance(row, source.Table):
            f.blank()
            ascii_table(row, f, rec)
            f.blank()
            continue
        label = row.label.rstrip()
        f.add(label if label.endswith(":") else label + ":", rec)
        prev = "label"
        for item in row.content:
            if isinstance(item, source.Table):
                f.blank()
                ascii_table(item, f, rec)
                prev = "table"
                continue
            is_item = bool(_LIST_ITEM.match(item))
            if prev == "table" or (prev != "label" and not (is_item and prev == "item")):
                f.blank()
            _para(item, f, rec)
            prev = "item" if is_item else "text"
        f.blank()
    if pr.notes:
        f.add("-" * 10, rec)
        for note in pr.notes:
            texts = note.text or ("",)
            for j, t in enumerate(texts):
                lead = f"{note.mark} " if j == 0 else " " * (len(note.mark) + 1)
                for k, line in enumerate(_wrap(t, TEXT - len(lead))):
                    f.add((lead if k == 0 else " " * len(lead)) + line, rec)
        f.blank()


# --- printing ---------------------------------------------------------------------------------


def _draw(canv, font: str, x: float, y: float, text: str) -> None:
    """`text` on the character grid, a character the font lacks in DejaVu Sans Mono."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", {})
    run, start = "", 0
    for i, ch in enumerate(text + "\0"):
        ok = ch != "\0" and ord(ch) in glyphs
        if ok:
            if not run:
                start = i
            run += ch
            continue
        if run:
            canv.setFont(font, SIZE)
            canv.drawString(x + start * CELL, y, run)
            run = ""
        if ch != "\0":
            canv.setFont("DejaVuSansMono", SIZE)
            canv.drawString(x + i * CELL, y, ch)


def render_plaintext(dossier: source.Dossier, pdf_path) -> dict:
    font = _font()
    name = dossier_name(dossier)
    slug = name.lower().replace(" ", "-") or "dossier"
    truth = Truth(dossier, "plaintext")

    f = _File()
    f.add(f"Onderwerp: Regio Deal {name} - projectvoorstellen".replace("  ", " "))
    f.blank()
    f.add(dossier.toc_heading.rstrip(":") + ":")
    last = None
    for pr in dossier.projects:
        if pr.theme != last:
            f.blank()
            f.add("  " + pr.theme.upper())
            last = pr.theme
        for k, line in enumerate(_wrap(pr.title, TEXT - 6)):
            f.add(("    - " if k == 0 else "      ") + line)
    last = None
    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        if pr.theme != last:
            f.feed()
            theme = pr.theme.upper()
            f.add(theme, rec)
            f.add("=" * len(theme), rec)
            f.blank()
            last = pr.theme
        else:
            f.blank(2)
        title = _wrap(pr.title, TEXT - 2)
        for line in title:
            f.add(line, truth.heading(p))
        f.add("-" * max(len(x) for x in title), rec)
        f.blank()
        _fields(pr, f, rec)

    # the printer: pages of LINES lines, hard-wrapping at COLS, a new page at a form feed
    pages: list[list] = [[]]
    for item in f.lines:
        if item is FF:
            if pages[-1]:
                pages.append([])
            continue
        text, rec = item
        chunks = [text[i:i + COLS] for i in range(0, len(text), COLS)] or [""]
        for chunk in chunks:
            if len(pages[-1]) >= LINES:
                pages.append([])
            if not pages[-1] and not chunk and rec is None:
                continue
            pages[-1].append((chunk, rec))
    while pages and not any(t for t, _ in pages[-1]):
        pages.pop()

    canv = canvas.Canvas(str(pdf_path), pagesize=A4, invariant=1)
    m = meta(dossier, "plaintext")
    canv.setTitle(m["title"])
    canv.setAuthor(m["author"])
    canv.setSubject(m["subject"])
    canv.setCreator(m["creator"])
    file_name = f"regio-deal-{slug}.txt"
    for n, lines in enumerate(pages, 1):
        y = HEIGHT - TOP
        folio = f"Pagina {n}"
        _draw(canv, font, LEFT, y, file_name)
        _draw(canv, font, LEFT + (COLS - len(folio)) * CELL, y, folio)
        y -= 2 * LEAD
        for text, rec in lines:
            if text:
                _draw(canv, font, LEFT, y, text)
                if rec:
                    rec(n)
            y -= LEAD
        canv.showPage()
    canv.save()
    truth.pages = len(pages)
    return truth.record()
