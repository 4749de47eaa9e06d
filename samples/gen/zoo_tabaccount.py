"""One more house style for the layout zoo (see zoo.py), held out: a municipality's old
WORD-PROCESSOR document (the WordPerfect 5.1 era, printed on a daisy-wheel-like Courier), whose
funding tables are NO TABLES AT ALL but lines typed against TAB STOPS: DECIMAL TABS for the
amounts, the header typed on the same tabs and underlined with a typed row of "=", the total
under typed runs of "-".

- tabaccount: A4 portrait, WordPerfect's default one-inch margins (2.54 cm all round, a 75
          character line). EVERYTHING IN COURIER 10pt at 12 characters an inch (6pt a
          character) on a 12pt line (6 lines an inch), black; a character Courier lacks
          ("⁴", "●", "₂") is set in DejaVu Sans Mono (scaled to the same 6pt pitch) in its
          own character cell. No drawn rules, no fills, no colour; the only emphasis is
          Courier-Bold for the project headings and the municipality's name on page 1. All
          vertical spacing is whole blank lines.
          Page 1 (no running header): "GEMEENTE <TOWN>" (bold) and "Afdeling Economische
          Zaken" at the margin, a blank line, "BIJLAGE 2 bij raadsvoorstel nr. 2018/<nnn>",
          then "Onderwerp :" and "Datum     :" typed with spaces to line up the colons; then
          the transcription's contents heading in CAPITALS with a colon ("INHOUD:"), and the
          contents: each theme as "<k>  <THEME IN CAPITALS>", its projects under it as
          "<k>.<n>  <title>" indented 3, a long title wrapped at 60 under itself, and the
          page as "blad <N>" ending at column 75 on the entry's last line (a right tab, no
          leader). Running header on every later page at 0.7 inch from the top: "Gemeente
          <Town>, bijlage 2 bij raadsvoorstel 2018/<nnn>" at the left and "blad <N>" ending
          at column 75; footer at 0.55 inch from the bottom: the document's DOS path
          "H:\\WP51\\RAAD\\RD<NAME>.WP5" (capitals, eight characters) at the left.
          EVERY PROJECT STARTS A NEW PAGE (a hard page break): at the top the theme flush
          right ("Thema <k>: <theme>"), a blank line, the heading "<k>.<n>" + two spaces +
          the title in BOLD (wrapped at 68, later lines hanging under the title's first
          character), a blank line, then the fields. FIELD LABELS in CAPITALS with a colon
          ("NAAM PROJECT:", "STRUCTUREEL KARAKTER (HOE VERDER ZONDER RIJKSBIJDRAGE):") at the
          margin on a line of their own, the field's text on the NEXT line; each paragraph's
          first line indented by FIVE TYPED SPACES, its later lines back at the margin (wrapped
          at 75), a blank line between paragraphs and before each label. A list item: the
          marker at column 6, its text at column 10 and its wrapped lines hanging there ("o"
          and "○" items one level deeper: 10 / 14). A label is kept with two lines of its
          text (WordPerfect's conditional end of page); widow/orphan protection on (two lines
          at least at either side of a page break).
          TABLES (the investment tables and those inside a field, which stay where they are)
          are typed lines, a blank line before and after, each table BLOCK-PROTECTED (moved
          whole to the next page where it does not fit). The typist's tab ruler per table:
          the row labels at the margin; every column holding an amount (a number, a "mln."
          amount, a nil) gets a DECIMAL TAB with "," as the alignment character: the text
          before the first comma ends at the tab, the comma and what follows stand after it
          ("6,33 mln." has its comma at the tab, "64 mln.", "1.650.000", "-" and
          "7.500.000*" END at the tab, their marks included: no comma, no alignment past it).
          A column without amounts (milestones) has a left tab. Each column is as wide as
          its widest text left of the tab plus its widest text right of it (or its header's
          longest word); columns three spaces apart (two where tight), the label column the
          rest, at most its longest label. Where the label column would be narrower than 20
          characters (or its longest word) at 12 cpi, the whole table is typed in the
          printer's smaller pitch: Courier 8pt at 15 cpi (4.8pt a character, 94 a line, 10pt
          lines), else Courier 7pt at 17 cpi (4.2pt, 108 a line, 9pt lines); where even that
          leaves too little, the typist retypes the ruler with RIGHT TABS for the amounts
          (every cell ends at its tab, commas not aligned) and tries the pitches again (the
          Gebiedsontwikkeling table of twente: right tabs at 17 cpi).
          HEADER: typed on the same tabs, each header right-aligned at its decimal tab (left
          at a left tab), wrapped at its spaces to the width left of the tab (at least its
          longest word) onto typed lines above (bottom-aligned), a group header ("Publiek")
          centred over its member columns, the table's
          label at the margin on the last header line (wrapping upwards). Under the header a
          typed line of "=" from the margin to the table's right end. BODY rows: the label at
          the margin, wrapped at the label column's width onto further typed lines, THE
          AMOUNTS ON THE LABEL'S FIRST LINE; empty cells left blank. Above a Totaal row (not
          the first row) a typed run of "-" as wide as the column under each column whose
          Totaal cell is not empty; the Totaal row itself plain. Every cell is printed as
          transcribed (no "raw" record). Table footnotes typed under the table after a blank
          line, at the margin, in the table's pitch, wrapped at its line length.
          Project notes as WordPerfect FOOTNOTES at the foot of the page where their mark
          stands (a note whose mark is nowhere goes with the project's last line): a typed
          separator of 20 underscores, then each note as "<mark> <text>" wrapped at 75, its
          later lines and paragraphs indented past the mark, a blank line between notes.
A project runs from its heading to the page of its last field text, table line or note.
"""

from __future__ import annotations

import re
import textwrap
import zlib

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from . import source
from .zoo_common import LIST_ITEM, Truth, dossier_name, has_mark, is_total, meta, register_fonts

WIDTH, HEIGHT = A4
INCH = 72.0
LEFT = INCH
TOP_BASE = HEIGHT - INCH - 8          # the first body line's baseline
BOTTOM = INCH                         # no body baseline below this
HEAD_Y = HEIGHT - 0.7 * INCH
FOOT_Y = 0.55 * INCH
# pitch: (font size, character width, line height, characters a line)
PITCHES = [(10.0, 6.0, 12.0, 75), (8.0, 4.8, 10.0, 94), (7.0, 4.2, 9.0, 108)]
BODY = PITCHES[0]
COLS = 75
INDENT = 5
MIN_LABEL = 20
TOWNS = {"twente": "Enschede", "zeeland": "Middelburg"}

_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NIL = ("-", ".-")


def _is_amount(text: str) -> bool:
    core = text.strip().rstrip(_MARKS).strip()
    return core in _NIL or bool(_AMOUNT.fullmatch(core))


def _wrap(text: str, width: int, first: str = "", later: str = "") -> list[str]:
    return textwrap.wrap(text, max(1, width), initial_indent=first, subsequent_indent=later,
                         break_long_words=False, break_on_hyphens=False) or [first.rstrip()]


def _cellwrap(text: str, width: int) -> list[str]:
    """Wrap at spaces; a word longer than the column is cut (the typist breaks it)."""
    return textwrap.wrap(text, max(1, width), break_long_words=True,
                         break_on_hyphens=False) or [""]


class Line:
    __slots__ = ("text", "pitch", "bold", "rec", "notes")

    def __init__(self, text="", pitch=BODY, bold=False, rec=None, notes=()):
        self.text, self.pitch, self.bold, self.rec, self.notes = text.rstrip(), pitch, bold, rec, list(notes)


class Block:
    """Lines that break as one: 'whole' (protected), 'para' (widow/orphan 2), 'label'
    (kept with two lines of the next block), 'page' (a hard page break)."""

    def __init__(self, kind, lines=()):
        self.kind, self.lines = kind, list(lines)


def _put(buf: list[str], at: int, text: str) -> None:
    need = at + len(text)
    if len(buf) < need:
        buf.extend(" " * (need - len(buf)))
    buf[at:need] = list(text)


# --- tables -----------------------------------------------------------------------------------


def _split(text: str, align: str = "decimal") -> tuple[str, str]:
    """The text before the decimal tab's alignment character, and the rest (at a right tab:
    all of it, and nothing)."""
    i = text.find(",") if align == "decimal" else -1
    return (text, "") if i < 0 else (text[:i], text[i:])


def _measure(t, cells, amount, heads, align):
    """Per column the widest text left of its tab and right of it, and the leaf headers
    wrapped (a header stands left of its tab)."""
    n = t.columns
    lmax, rmax = [0] * n, [0] * n
    for c in range(n):
        for row in cells:
            v = row[c]
            if not v:
                continue
            if amount[c]:
                a, b = _split(v, align)
                lmax[c], rmax[c] = max(lmax[c], len(a)), max(rmax[c], len(b))
            else:
                lmax[c] = max(lmax[c], len(v))
    head_lines = {}
    for i, h in enumerate(heads):
        if h.columns == 1 and h.text:
            c = h.column - 1
            w = max([lmax[c]] + [len(x) for x in h.text.split()])
            head_lines[i] = _wrap(h.text, w)
            lmax[c] = max(lmax[c], max(len(x) for x in head_lines[i]))
    return lmax, rmax, head_lines


def table_lines(t: source.Table, rec) -> list[Line]:
    n = t.columns
    cells = [[r[c + 1] if c + 1 < len(r) else "" for c in range(n)] for r in t.rows]
    amount = [any(_is_amount(row[c]) for row in cells if row[c].strip()) for c in range(n)]
    heads = t.header_cells()
    labels = [t.label] + [r[0] for r in t.rows]
    longest = max(len(x) for x in labels)
    word = max((len(w) for x in labels for w in x.split()), default=1)
    least = max(min(longest, MIN_LABEL), min(word, 24))
    chosen = None
    for align in ("decimal", "right"):
        lmax, rmax, head_lines = _measure(t, cells, amount, heads, align)
        width = [lmax[c] + rmax[c] for c in range(n)]
        for pitch in PITCHES:
            for gap in (3, 2):
                room = pitch[3] - sum(width) - gap * n
                if room >= least:
                    chosen = (pitch, gap, min(longest, room))
                    break
            if chosen:
                break
        if chosen:
            break
    if chosen is None:
        pitch = PITCHES[-1]
        chosen = (pitch, 1, max(12, pitch[3] - sum(width) - n))
    pitch, gap, lw = chosen
    starts, at = [], lw
    for c in range(n):
        at += gap
        starts.append(at)
        at += width[c]
    end = at
    tab = [starts[c] + lmax[c] for c in range(n)]
    # group headers wrap to the span's width
    for i, h in enumerate(heads):
        if h.columns > 1 and h.text:
            span = starts[h.column - 1 + h.columns - 1] + width[h.column - 1 + h.columns - 1] - starts[h.column - 1]
            head_lines[i] = _wrap(h.text, span)
    # typed lines per header line (cells bottom-aligned in the lines they span)
    nh = max(1, len(t.header))
    typed = [1] * nh
    for i, h in enumerate(heads):
        if h.lines == 1 and i in head_lines:
            typed[h.line] = max(typed[h.line], len(head_lines[i]))
    for i, h in enumerate(heads):
        if h.lines > 1 and i in head_lines:
            have = sum(typed[h.line:h.line + h.lines])
            if len(head_lines[i]) > have:
                typed[h.line + h.lines - 1] += len(head_lines[i]) - have
    total_typed = sum(typed)
    label_lines = _cellwrap(t.label, lw)
    if len(label_lines) > total_typed:
        typed[-1] += len(label_lines) - total_typed
        total_typed = sum(typed)
    grid = [[] for _ in range(total_typed)]
    first_of = [sum(typed[:k]) for k in range(nh)]
    for i, h in enumerate(heads):
        if i not in head_lines:
            continue
        bottom = first_of[h.line + h.lines - 1] + typed[h.line + h.lines - 1] - 1
        lines = head_lines[i]
        for k, s in enumerate(lines):
            ln = bottom - (len(lines) - 1 - k)
            c = h.column - 1
            if h.columns > 1:
                last = c + h.columns - 1
                span = starts[last] + width[last] - starts[c]
                _put(grid[ln], starts[c] + (span - len(s)) // 2, s)
            elif amount[c]:
                _put(grid[ln], tab[c] - len(s), s)
            else:
                _put(grid[ln], starts[c], s)
    for k, s in enumerate(label_lines):
        _put(grid[total_typed - len(label_lines) + k], 0, s)
    out = [Line("".join(g), pitch, rec=rec) for g in grid]
    out.append(Line("=" * end, pitch, rec=rec))
    for r, (row, vals) in enumerate(zip(t.rows, cells)):
        if is_total(row[0]) and r > 0:
            buf: list[str] = []
            for c in range(n):
                if vals[c].strip():
                    _put(buf, starts[c], "-" * width[c])
            if buf:
                out.append(Line("".join(buf), pitch, rec=rec))
        cols = [_cellwrap(row[0], lw)]
        for c in range(n):
            v = vals[c]
            cols.append([v] if (amount[c] or not v) else _cellwrap(v, width[c]))
        for k in range(max(len(x) for x in cols)):
            buf = []
            if k < len(cols[0]):
                _put(buf, 0, cols[0][k])
            for c in range(n):
                x = cols[c + 1]
                if k >= len(x) or not x[k]:
                    continue
                if amount[c]:
                    a, _b = _split(x[k], align)
                    _put(buf, tab[c] - len(a), x[k])
                else:
                    _put(buf, starts[c], x[k])
            out.append(Line("".join(buf), pitch, rec=rec))
    if t.footnotes:
        out.append(Line("", pitch))
        for note in t.footnotes:
            for s in _wrap(note, pitch[3]):
                out.append(Line(s, pitch, rec=rec))
    return out


# --- the document as blocks ----------------------------------------------------------------------


def _para_lines(text: str, rec) -> list[Line]:
    m = LIST_ITEM.match(text)
    if m:
        marker, rest = m.group(1), m.group(2).strip()
        deep = marker in ("o", "○")
        at = 9 if deep else 5
        lead = " " * at + marker
        lead = lead.ljust(at + 4) if len(marker) < 4 else lead + " "
        return [Line(s, rec=rec) for s in _wrap(rest, COLS, lead, " " * len(lead))]
    return [Line(s, rec=rec) for s in _wrap(text, COLS, " " * INDENT, "")]


def _table_block(t, rec, blocks):
    blocks.append(Block("blank", [Line()]))
    blocks.append(Block("whole", table_lines(t, rec)))
    blocks.append(Block("blank", [Line()]))


def _project_blocks(k: int, n: int, pr: source.Project, truth: Truth, p: int) -> list[Block]:
    rec = truth.content(p)
    blocks = [Block("page")]
    theme = f"Thema {k}: {pr.theme}"
    blocks.append(Block("whole", [Line(" " * max(0, COLS - len(theme)) + theme, rec=rec), Line()]))
    num = f"{k}.{n}  "
    title = _wrap(pr.title, 68 - len(num), num, " " * len(num))
    head = [Line(s, bold=True, rec=truth.heading(p)) for s in title]
    blocks.append(Block("label", head))
    for row in pr.rows:
        if isinstance(row, source.Table):
            _table_block(row, rec, blocks)
            continue
        if blocks[-1].kind != "blank":
            blocks.append(Block("blank", [Line()]))
        label = row.label.strip().rstrip(":").upper() + ":"
        blocks.append(Block("label", [Line(s, rec=rec) for s in _wrap(label, COLS)]))
        prev = None
        for item in row.content:
            if isinstance(item, source.Table):
                _table_block(item, rec, blocks)
                prev = "table"
                continue
            is_item = bool(LIST_ITEM.match(item))
            if prev is not None and prev != "table" and not (is_item and prev == "item") \
                    and blocks[-1].kind != "blank":
                blocks.append(Block("blank", [Line()]))
            blocks.append(Block("para", _para_lines(item, rec)))
            prev = "item" if is_item else "text"
    # the project's notes, as footnotes on the line where their mark first stands
    lines = [ln for b in blocks for ln in b.lines if ln.text]
    for note in pr.notes:
        home = next((ln for ln in lines if not ln.bold and has_mark(ln.text, note.mark)), None)
        (home or lines[-1]).notes.append(note)
    return blocks


def _note_lines(note, rec) -> list[Line]:
    out = []
    lead = note.mark + " "
    for j, text in enumerate(note.text or ("",)):
        first = lead if j == 0 else " " * len(lead)
        out += [Line(s, rec=rec) for s in _wrap(text, COLS, first, " " * len(lead))]
    return out


# --- pagination ---------------------------------------------------------------------------------


class Pager:
    def __init__(self, note_rec):
        self.pages: list[dict] = []
        self.note_rec = note_rec
        self.new()

    def new(self):
        self.pages.append({"lines": [], "notes": [], "used": 0.0})

    @property
    def cur(self):
        return self.pages[-1]

    def foot_height(self, notes) -> float:
        if not notes:
            return 0.0
        n = 2 + sum(len(_note_lines(x, None)) for x in notes) + len(notes) - 1
        return n * BODY[2]

    def fits(self, lines) -> bool:
        used = self.cur["used"] + sum(ln.pitch[2] for ln in lines)
        notes = self.cur["notes"] + [x for ln in lines for x in ln.notes]
        return used + self.foot_height(notes) <= TOP_BASE - BOTTOM + 1

    def add(self, lines):
        for ln in lines:
            if not self.cur["lines"] and not ln.text:
                continue  # no blank line at a page top
            self.cur["lines"].append(ln)
            self.cur["used"] += ln.pitch[2]
            self.cur["notes"] += ln.notes


def paginate(blocks: list[Block], pager: Pager) -> None:
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if b.kind == "page":
            if pager.cur["lines"]:
                pager.new()
            i += 1
            continue
        lines = b.lines
        if b.kind == "label":
            nxt = next((x for x in blocks[i + 1:] if x.kind != "blank"), None)
            want = lines + (nxt.lines[:2] if nxt else [])
            if not pager.fits(want) and pager.cur["lines"]:
                pager.new()
            pager.add(lines)
        elif b.kind == "para" and not pager.fits(lines) and len(lines) >= 4:
            k = 0
            while k < len(lines) and pager.fits(lines[:k + 1]):
                k += 1
            k = min(k, len(lines) - 2)
            if k >= 2:
                pager.add(lines[:k])
                pager.new()
                blocks = blocks[:i + 1] + [Block("para", lines[k:])] + blocks[i + 1:]
                i += 1
                continue
            pager.new()
            pager.add(lines)
        else:
            if not pager.fits(lines) and pager.cur["lines"]:
                pager.new()
            if b.kind == "blank" and not pager.cur["lines"]:
                i += 1
                continue
            pager.add(lines)
        i += 1


# --- drawing --------------------------------------------------------------------------------------


def _draw(canv, x: float, y: float, text: str, pitch, bold=False) -> None:
    size, cw = pitch[0], pitch[1]
    font = "Courier-Bold" if bold else "Courier"
    run, start = "", 0
    for i, ch in enumerate(text + "\0"):
        ok = ch != "\0"
        if ok:
            try:
                ch.encode("cp1252")
            except UnicodeEncodeError:
                ok = False
        if ok:
            if not run:
                start = i
            run += ch
            continue
        if run.strip():
            canv.setFont(font, size)
            canv.drawString(x + start * cw, y, run)
        run = ""
        if ch != "\0" and ch != " ":
            canv.setFont("DejaVuSansMono-Bold" if bold else "DejaVuSansMono", size * 0.6 / 0.602)
            canv.drawString(x + i * cw, y, ch)


def _render(dossier, pdf_path, starts: dict[int, int], total: int):
    register_fonts()
    name = dossier_name(dossier)
    slug = (name.lower().replace(" ", "") or "dossier")
    town = TOWNS.get(slug, name or "Regio")
    nr = 100 + zlib.crc32(slug.encode()) % 800
    truth = Truth(dossier, "tabaccount")

    # numbering: themes in order of first appearance
    themes: list[str] = []
    numbers = []
    for pr in dossier.projects:
        if pr.theme not in themes:
            themes.append(pr.theme)
        k = themes.index(pr.theme) + 1
        n = sum(1 for q in dossier.projects[:len(numbers)] if q.theme == pr.theme) + 1
        numbers.append((k, n))

    blocks = []
    front = [Line(f"GEMEENTE {town.upper()}", bold=True), Line("Afdeling Economische Zaken"), Line(),
             Line(f"BIJLAGE 2 bij raadsvoorstel nr. 2018/{nr}"), Line(),
             Line(f"Onderwerp : Regio Deal {name} - projectvoorstellen".replace("  ", " ")),
             Line("Datum     : 12 maart 2018"), Line(), Line(),
             Line(dossier.toc_heading.strip().rstrip(":").upper() + ":")]
    last = None
    for p, pr in enumerate(dossier.projects):
        k, n = numbers[p]
        if pr.theme != last:
            front += [Line(), Line(f"{k}  {pr.theme.upper()}")]
            last = pr.theme
        num = f"   {k}.{n}  "
        ls = _wrap(pr.title, 60, num, " " * len(num))
        folio = f"blad {starts.get(p, 0) or ''}"
        ls[-1] = ls[-1].ljust(COLS - len(folio)) + folio
        front += [Line(s) for s in ls]
    blocks.append(Block("whole", front))
    for p, pr in enumerate(dossier.projects):
        blocks += _project_blocks(*numbers[p], pr, truth, p)

    owners = {id(x): p for p, pr in enumerate(dossier.projects) for x in pr.notes}
    pager = Pager(lambda note: truth.content(owners[id(note)]))
    paginate(blocks, pager)
    pages = [pg for pg in pager.pages if pg["lines"]]

    canv = canvas.Canvas(str(pdf_path), pagesize=A4, invariant=1)
    m = meta(dossier, "tabaccount")
    canv.setTitle(m["title"])
    canv.setAuthor(m["author"])
    canv.setSubject(m["subject"])
    canv.setCreator(m["creator"])
    path = f"H:\\WP51\\RAAD\\RD{slug.upper()[:6]}.WP5"
    for no, pg in enumerate(pages, 1):
        if no > 1:
            _draw(canv, LEFT, HEAD_Y, f"Gemeente {town}, bijlage 2 bij raadsvoorstel 2018/{nr}", BODY)
            folio = f"blad {no}"
            _draw(canv, LEFT + (COLS - len(folio)) * BODY[1], HEAD_Y, folio, BODY)
        _draw(canv, LEFT, FOOT_Y, path, BODY)
        y = TOP_BASE
        for ln in pg["lines"]:
            if ln.text:
                _draw(canv, LEFT, y, ln.text, ln.pitch, ln.bold)
                if ln.rec:
                    ln.rec(no)
            y -= ln.pitch[2]
        if pg["notes"]:
            rows = [Line("_" * 20)]
            for j, note in enumerate(pg["notes"]):
                if j:
                    rows.append(Line())
                rows += _note_lines(note, pager.note_rec(note))
            y = BOTTOM + (len(rows) - 1) * BODY[2]
            for ln in rows:
                if ln.text:
                    _draw(canv, LEFT, y, ln.text, BODY)
                    if ln.rec:
                        ln.rec(no)
                y -= BODY[2]
        canv.showPage()
    canv.save()
    truth.pages = len(pages)
    return truth


def render_tabaccount(dossier: source.Dossier, pdf_path) -> dict:
    starts: dict[int, int] = {}
    total = 0
    truth = None
    for _ in range(5):
        truth = _render(dossier, pdf_path, starts, total)
        new = dict(truth.first)
        if new == starts and truth.pages == total:
            break
        starts, total = new, truth.pages
    return truth.record()
