"""One more house style for the layout zoo (see zoo.py): the dossier as an official letter
from a regional board, typed on its letterhead (held out: scored before the reader knew of it).

- letter: portrait A4. The first page carries the letterhead: a dark green band 2 cm high
          across the top of the page with the board's name in white 16pt bold sans ("Regio
          Twente"; "Provincie Zeeland" where the dossier is named after a province). Every
          page has the sender column: a 4 cm strip 1 cm from the right edge, in 7pt grey sans
          (DejaVu Sans), the same lines on each page, its first line level with the body's
          first: the board's name in bold, street and town, the post box and its postcode,
          the phone number, "Ons kenmerk RT/2021/7715" (the board's initials, the year the
          texts mention most and a number derived from the name) and "Behandeld door" with
          an official's name. The body is typed in a 12.5 cm column 2.2 cm from the left
          edge, DejaVu Sans Mono 9pt on 12pt, ragged right, a blank line after each
          paragraph; "Pagina N" in 8pt mono at the foot of the body column.
          The first page, under the letterhead: the town and date ("Enschede, 12 maart
          2021"), the subject line ("Onderwerp: Regio Deal Twente - projectvoorstellen"),
          then the contents under the transcription's heading: one typed line per project
          ("3. TopFit - Citizenlab Oost"), a long title wrapped under itself, a row of dots
          on its last line up to the page number at the column's right edge.
          Each project starts a new page: "PROJECT 3: " and the title in upper case, bold,
          a wrapped title indented under itself; under it the theme in parentheses, plain.
          Field labels (and the contents heading and "Noten") in bold mono on a line of
          their own, one blank line before, underlined with a thin rule under the text.
          Tables (investment tables and those inside a field, which stay in their field)
          are typed: no rules and no fills, every line one string in the mono font with
          the columns made of spaces. The row label left aligned in a label column, each
          value column as wide as its widest cell (or its header, up to 12 characters;
          a longer header wraps at its spaces), two spaces between columns, every cell
          right aligned, empty cells left blank. The header lines above: the table's
          label in the label column, each column header right aligned over its column, a
          header spanning several columns ("Publiek") centred over them, headers at the
          foot of the lines they span; under the header a line of dashes across the table,
          another above each Totaal row. A row label longer than the label column wraps
          onto the lines under it (the amounts stay on its first line). The label column
          is as wide as the longest label (the table's own label too) where the body column
          leaves room for that, but never narrower than 16 characters or the longest word
          of a label. A table that does not fit the body column at 9pt on 12pt is typed at
          7pt on 9.5pt; only where it does not fit at 7pt either it runs on to the right
          as far as it must, into the gutter and on under the sender column, where it
          never starts beside the sender text (it moves down below it). Tables break over
          pages between rows (a wrapped row stays whole, the header never alone, and not
          repeated); table footnotes typed under the table at its size. The project's
          notes as endnotes after its last field under the label "Noten", each note led
          by its mark as the transcription gives it, its lines indented past the mark.
"""

from __future__ import annotations

import textwrap
import zlib

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate

from . import source
from .zoo_agency import end_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, is_total, meta, page_of, para,
                         register_fonts, Truth)
from .zoo_minutes import _year

WIDTH, HEIGHT = A4
LEFT = 2.2 * cm                    # page edge to the body column
BODY_W = 12.5 * cm
SENDER_W = 4.0 * cm
SENDER_X = WIDTH - 1.0 * cm - SENDER_W
LETTERHEAD = 2.0 * cm
TOP_FIRST, TOP, BOTTOM = 4.0 * cm, 2.5 * cm, 2.5 * cm
MONO, MONO_BOLD = "DejaVuSansMono", "DejaVuSansMono-Bold"
SANS, SANS_BOLD = "DejaVuSans", "DejaVuSans-Bold"
SIZE, LEADING = 9.0, 12.0          # the typed body
SMALL, SMALL_LEADING = 7.0, 9.5    # a table too wide for the body column at SIZE
SENDER_SIZE, SENDER_LEADING = 7.0, 9.0
GAP = 2                            # spaces between a table's columns
MIN_LABEL = 16                     # a table's label column, in characters
HEAD_WHOLE = 12                    # a longer column header wraps at its spaces
GREEN = colors.HexColor("#1E4D2B")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6B6B6B")

PROVINCES = frozenset(p.casefold() for p in (
    "Drenthe", "Flevoland", "Friesland", "Fryslân", "Gelderland", "Groningen", "Limburg",
    "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland"))
# The board's office by dossier name: visiting address (street, postcode and town), post box
# (box, postcode and town), phone number and the official who handles the letter.
OFFICES = {
    "Twente": ("Nijverheidstraat 30", "7511 JM Enschede", "Postbus 1500", "7500 BM Enschede",
               "053 487 65 00", "J. Nijhuis"),
    "Zeeland": ("Abdij 6", "4331 BK Middelburg", "Postbus 6001", "4330 LA Middelburg",
                "0118 63 10 11", "M. de Visser"),
}


def _chars(width: float, size: float) -> int:
    """How many characters of the mono font at `size` fit in `width`."""
    return int(width // stringWidth("0", MONO, size))


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    """`text` broken at its spaces into lines of at most `width` characters, lines after the
    first led by `indent`; a word longer than the line stands alone on its line."""
    return textwrap.wrap(text, width, subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False) or [""]


def _sender(dossier: source.Dossier) -> tuple[str, str, list[str]]:
    """The board's name, its town and the sender column's lines."""
    name = dossier_name(dossier)
    board = f"{'Provincie' if name.casefold() in PROVINCES else 'Regio'} {name}".strip()
    street, town, box, box_town, phone, official = OFFICES.get(name, (
        "Stationsplein 1", f"1000 AA {name}", "Postbus 1000", f"1000 AB {name}",
        "088 123 45 00", "het programmabureau"))
    initials = "".join(w[0] for w in board.split()).upper()
    reference = f"{initials}/{_year(dossier)}/{zlib.crc32(name.encode()) % 10_000:04d}"
    lines = [board, street, town, "", box, box_town, "", f"T {phone}", "",
             f"Ons kenmerk {reference}", f"Behandeld door {official}"]
    return board, town.split(" ", 2)[-1], lines


class _Typed(Flowable):
    """Lines typed in one font, each drawn as one string from the column's left edge, in
    blocks that stay together on a page; an underlined line gets a thin rule under its
    text. The flowable breaks between blocks only; it reports its page to `rec`. Lines that
    reach under the sender column (`clear` > 0) start no higher than `clear` below the
    frame's top, so that they pass under the sender column's text."""

    def __init__(self, blocks, font=MONO, size=SIZE, leading=LEADING, rec=None, underline=False,
                 clear=0.0):
        super().__init__()
        self.blocks, self.font, self.size, self.leading = blocks, font, size, leading
        self.rec, self.underline, self.clear = rec, underline, clear

    def _part(self, blocks):
        part = _Typed(blocks, self.font, self.size, self.leading, self.rec, self.underline,
                      self.clear)
        part.spaceBefore = part.spaceAfter = 0
        return part

    def _drop(self, aH):
        """The room to leave above the lines where they would start beside the sender text."""
        frame = getattr(self, "_frame", None)
        if not self.clear or frame is None:
            return 0.0
        return max(0.0, self.clear - (frame._y2 - frame._y1p - aH))

    def wrap(self, aW, aH):
        self.drop = self._drop(aH)
        self.height = self.drop + sum(len(b) for b in self.blocks) * self.leading
        return aW, self.height

    def split(self, aW, aH):
        fit, used = 0, self._drop(aH)
        for block in self.blocks:
            used += len(block) * self.leading
            if used > aH:
                break
            fit += 1
        if fit in (0, len(self.blocks)):
            return []
        first, rest = self._part(self.blocks[:fit]), self._part(self.blocks[fit:])
        first.spaceBefore, rest.spaceAfter = self.getSpaceBefore(), self.getSpaceAfter()
        return [first, rest]

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        y = self.height - self.drop - self.size
        for line in (line for block in self.blocks for line in block):
            c.drawString(0, y, line)
            if self.underline and line.strip():
                c.line(0, y - 1.8, stringWidth(line, self.font, self.size), y - 1.8)
            y -= self.leading
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def _heading(text: str, rec=None) -> _Typed:
    """A field label (or the contents heading, "Noten"): bold, underlined, a blank line before."""
    label = _Typed([_wrap(text, _chars(BODY_W, SIZE))], MONO_BOLD, rec=rec, underline=True)
    label.spaceBefore, label.keepWithNext = LEADING, 1
    return label


# --- typed tables ------------------------------------------------------------------------


def _head_width(text: str) -> int:
    return len(text) if len(text) <= HEAD_WHOLE else max((len(w) for w in text.split()), default=0)


def _value_widths(t: source.Table) -> list[int]:
    """Each value column's width in characters: its widest cell or header; a header spanning
    several columns wider than they are together widens the last of them."""
    widths = [max((len(r[j]) for r in t.rows), default=0) for j in range(1, t.columns + 1)]
    placed = t.header_cells()
    for h in placed:
        if h.columns == 1:
            widths[h.column - 1] = max(widths[h.column - 1], _head_width(h.text))
    for h in placed:
        if h.columns > 1:
            have = sum(widths[h.column - 1:h.column - 1 + h.columns]) + GAP * (h.columns - 1)
            widths[h.column + h.columns - 2] += max(0, _head_width(h.text) - have)
    return widths


def _fit(t: source.Table, widths: list[int]) -> tuple[float, float, int]:
    """The table's type size and leading and its label column's width in characters: the body
    size where the table fits the body column, else 7pt, else 7pt with the label column at
    its narrowest (the table then runs on to the right)."""
    labels = [r[0] for r in t.rows] + [t.label]
    longest = max(len(s) for s in labels)
    word = max((len(w) for s in labels for w in s.split()), default=0)
    need = max(word, min(MIN_LABEL, longest))
    values = sum(w + GAP for w in widths)
    for size, leading in ((SIZE, LEADING), (SMALL, SMALL_LEADING)):
        label = min(_chars(BODY_W, size) - values, longest)
        if label >= need:
            return size, leading, label
    return SMALL, SMALL_LEADING, need


def _header(t: source.Table, widths: list[int], label: int) -> list[str]:
    """The typed header lines: the table's label at the left, each header at the foot of the
    lines it spans, a one-column header right aligned, a group header centred."""
    placed = t.header_cells()
    starts = [label + GAP + sum(w + GAP for w in widths[:j]) for j in range(len(widths))]

    def span(h):
        return sum(widths[h.column - 1:h.column - 1 + h.columns]) + GAP * (h.columns - 1)

    texts = {h: _wrap(h.text, span(h)) if h.text else [] for h in placed}
    heights = [max([1] + [len(texts[h]) for h in placed if h.line == i and h.lines == 1])
               for i in range(len(t.header))]
    for h in placed:
        heights[h.line] += max(0, len(texts[h]) - sum(heights[h.line:h.line + h.lines]))
    title = _wrap(t.label, label) if t.label else []
    heights[0] += max(0, len(title) - sum(heights))
    grid = [[" "] * (starts[-1] + widths[-1]) for _ in range(sum(heights))]

    def put(lines, foot, x, width, align):
        for k, text in enumerate(lines):
            grid[foot - len(lines) + k][x:x + width] = align(text, width)

    put(title, len(grid), 0, label, str.ljust)
    for h in placed:
        put(texts[h], sum(heights[:h.line + h.lines]), starts[h.column - 1], span(h),
            str.center if h.columns > 1 else str.rjust)
    return ["".join(line).rstrip() for line in grid]


def _typed_table(t: source.Table, rec, clear: float) -> list:
    """Table `t` typed: header lines, dashes, one line per row (a wrapped label's further lines
    under it), dashes above each Totaal row; then its footnotes. A table that reaches under the sender
    column starts at least `clear` below the frame's top."""
    widths = _value_widths(t)
    size, leading, label = _fit(t, widths)
    rule = "-" * (label + sum(w + GAP for w in widths))
    blocks = [_header(t, widths, label) + [rule]]
    for r, row in enumerate(t.rows):
        first, *more = _wrap(row[0], label)
        line = first.ljust(label) + "".join(" " * GAP + c.rjust(w) for c, w in zip(row[1:], widths))
        block = ([rule] if is_total(row[0]) and r else []) + [line.rstrip()] + more
        if r == 0:
            blocks[0] += block
        else:
            blocks.append(block)
    under = stringWidth(rule, MONO, size) > SENDER_X - LEFT  # reaches under the sender column
    table = _Typed(blocks, size=size, leading=leading, rec=rec, clear=clear if under else 0.0)
    table.spaceBefore = LEADING
    table.spaceAfter = 0 if t.footnotes else LEADING
    foot = ParagraphStyle(f"lt-tf-{size}", fontName=MONO, fontSize=size, leading=leading,
                          textColor=INK, spaceBefore=leading / 4, spaceAfter=LEADING)
    return [table] + [para(f, foot, rec) for f in t.footnotes]


# --- the document ------------------------------------------------------------------------


def _styles() -> dict:
    def style(name, **kw):
        return ParagraphStyle(f"lt-{name}", fontName=MONO, fontSize=SIZE, leading=LEADING,
                              textColor=INK, **kw)

    hang = stringWidth("¹ ", MONO, SIZE)
    return {"body": style("body", spaceAfter=LEADING),
            "note": style("note", leftIndent=hang, firstLineIndent=-hang, spaceAfter=LEADING / 2),
            "note_more": style("notem", leftIndent=hang, spaceAfter=LEADING / 2)}


def _contents(dossier: source.Dossier, info) -> _Typed:
    """One block per project: its number and title, wrapped under itself, dots up to its page."""
    width = _chars(BODY_W, SIZE)
    blocks = []
    for p, pr in enumerate(dossier.projects):
        page = page_of(info, p)
        lines = _wrap(f"{p + 1:>2}. {pr.title}", width - 8, indent="    ")
        dots = width - len(lines[-1]) - len(page) - 2
        lines[-1] = f"{lines[-1]} {'.' * dots} {page}"
        blocks.append(lines)
    return _Typed(blocks)


def _project(p: int, pr: source.Project, st, truth: Truth, clear: float) -> list:
    """A project from a new page: its heading, fields, tables (one reaching under the sender
    column `clear` below the frame's top) and endnotes."""
    rec = truth.content(p)
    prefix = f"PROJECT {p + 1}: "
    heading = _Typed([_wrap(prefix + pr.title.upper(), _chars(BODY_W, SIZE), " " * len(prefix))],
                     MONO_BOLD, rec=truth.heading(p))
    heading.keepWithNext = 1
    theme = _Typed([_wrap(f"({pr.theme})", _chars(BODY_W, SIZE))], rec=rec)
    theme.spaceAfter = LEADING
    story = [PageBreak(), heading, theme]
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += _typed_table(row, rec, clear)
            continue
        story.append(_heading(row.label, rec))
        for item in row.content:
            story += _typed_table(item, rec, clear) if isinstance(item, source.Table) else \
                [para(item, st["body"], rec)]
    if pr.notes:
        story += [_heading("Noten", rec)] + end_notes(pr.notes, st, rec)
    return story


def render_letter(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    board, town, sender = _sender(dossier)
    clear = (len(sender) + 1) * SENDER_LEADING
    opening = [f"{town}, 12 maart {_year(dossier)}", "",
               f"Onderwerp: Regio Deal {name} - projectvoorstellen".replace("  ", " ")]

    def furniture(canv, top):
        canv.saveState()
        y = top - SENDER_SIZE
        for k, line in enumerate(sender):
            canv.setFont(SANS_BOLD if k == 0 else SANS, SENDER_SIZE)
            canv.setFillColor(GREY)
            canv.drawString(SENDER_X, y, line)
            y -= SENDER_LEADING
        canv.setFont(MONO, 8)
        canv.setFillColor(INK)
        canv.drawString(LEFT, 1.4 * cm, f"Pagina {canv.getPageNumber()}")
        canv.restoreState()

    def first_page(canv, d):
        canv.saveState()
        canv.setFillColor(GREEN)
        canv.rect(0, HEIGHT - LETTERHEAD, WIDTH, LETTERHEAD, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(SANS_BOLD, 16)
        canv.drawString(LEFT, HEIGHT - LETTERHEAD / 2 - 6, board)
        canv.restoreState()
        furniture(canv, HEIGHT - TOP_FIRST)

    def once(info):
        truth = Truth(dossier, "letter")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT,
                  rightMargin=WIDTH - LEFT - BODY_W, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "letter"))

        def frame(top):
            return Frame(LEFT, BOTTOM, BODY_W, HEIGHT - top - BOTTOM, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        doc.addPageTemplates([
            PageTemplate("first", [frame(TOP_FIRST)], onPage=first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [frame(TOP)], onPage=lambda canv, d: furniture(canv, HEIGHT - TOP))])
        contents = _contents(dossier, info)
        contents.spaceBefore = LEADING / 2
        story = [_Typed([opening]), _heading(dossier.toc_heading), contents]
        for p, pr in enumerate(dossier.projects):
            story += _project(p, pr, st, truth, clear)
        doc.build(story)
        return truth

    return build_until_stable(once)
