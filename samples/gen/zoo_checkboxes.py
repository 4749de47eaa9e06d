"""One more house style for the layout zoo (see zoo.py), held out: a Dutch government ONLINE
APPLICATION FORM (a "wizard" in the Rijksoverheid look, RVO's / a ministry's e-form) of which
the applicant printed EVERY STEP'S SCREEN from the browser, the prints joined per project: a
PROGRESS BAR of numbered steps at the top of every page, the theme chosen by CHECKBOXES,
yes/no questions as RADIO BUTTONS, every answer in a bordered INPUT BOX under its label with a
character counter, and the funding table as an EDITABLE GRID of input boxes.

- checkboxes: A4 portrait, margins 2.0 cm left and right (a 17 cm column). Helvetica (DejaVu
          Sans for a text with a character it lacks), ink #1A1A1A; the Rijksoverheid blue
          #154273 for the site's furniture.
          BROWSER PRINT FURNITURE on every page, 7pt grey: at the top "14-05-2018 16:32" at the
          left and the page title "Aanvraagformulier Regio Deal <Name> – Mijn Regio Deal"
          centred; at the foot the URL "https://mijn.regiodeal.nl/aanvraag/RD-2018-<nnn>/stap-<s>"
          (the project's number in the dossier, three digits; the page's step) at the left and
          "<k>/<n>" at the right, COUNTED WITHIN THE PROJECT'S PRINT (every project starts at 1).
          SITE HEADER under it: a blue band (1.0 cm, #154273) across the column holding a white
          bar-and-square emblem and "Regio Deal" (11pt bold white) at the left, "Mijn aanvragen |
          Uitloggen" (8pt white) at the right. THE PROGRESS BAR under the band: "Stap <s> van 5:
          <step name>" in 9.5pt bold blue, then five step circles (radius 7pt) spread evenly over
          the column on a 2pt connecting line (blue up to the current step, light grey after
          it): a done step a blue disc with a white tick (drawn, no glyph), the current step a
          blue disc with its number in white bold 8pt, a later step a white disc with a grey
          border and a grey number; each step's name centred under its circle in 7pt ("Project",
          "Partijen", "Projectplan", "Begroting", "Borging en indienen"; the current one bold
          blue); a 0.5pt light grey rule closes the header, 4.7 cm from the page top.
          EVERY PROJECT IS ONE APPLICATION AND EVERY STEP STARTS A NEW PAGE (each screen printed
          on its own). Each step opens with its name as the screen's heading (15pt bold blue) and
          ends with the wizard's buttons: "‹ Vorige" (white, blue border; not on step 1) and
          "Volgende ›" (blue, white text), on the last step "Opslaan als concept" and "Indienen".
          STEP 1 "Project": the project's TITLE exists only as the answer to "Naam van het
          project" (an input box, counter "<n> / 150 tekens"); then "Thema" with the help text
          "Kies het thema waaronder het project valt." and a CHECKBOX for EVERY THEME OF THE
          DOSSIER (in the dossier's order): a 9pt square, the project's own theme TICKED (a blue
          filled square with a white drawn tick), the others empty (a grey border), the theme's
          name beside it in 9.5pt; then three YES/NO QUESTIONS, each a bold 9.5pt question and
          under it two RADIO BUTTONS side by side, "Ja" and "Nee" (a 9pt circle, the chosen one
          with a blue dot): "Is het project onderdeel van de afspraken in de Regio Deal?" (Ja),
          "Is er sprake van staatssteun?" (Nee), "Is de cofinanciering schriftelijk toegezegd?"
          (Ja).
          STEPS 2-5 hold the transcription's fields IN ITS ORDER, each in the step its label
          belongs to (naam, partijen: 2; opgave, aanleiding, aanpak, planning, resultaten: 3;
          financiering, inzet, and the funding tables: 4; structureel, borging: 5; any other
          label, or one that would go back to an earlier step, in the current step).
          A TEXT FIELD: the label as transcribed (bold 9.5pt) on a line of its own, under it the
          INPUT BOX (white, a 0.75pt grey #8C8C8C border, 7pt inner margins at the sides, 6pt
          above and below) holding the field's paragraphs in 9.5pt on 13pt, 4pt apart (a list
          item hanging on its own marker), a textarea's RESIZE GRIP (two short diagonal strokes)
          in its lower right corner; under the box, right-aligned in 7.5pt grey, the CHARACTER
          COUNTER "1.234 / 4.000 tekens" (the paragraphs joined by one line break each; the
          maximum by the label's kind, 200 for a name, 2.000 for parties, 3.000 for an opgave or
          aanleiding, 8.000 for an aanpak, 4.000 otherwise). A box longer than the page breaks
          between or inside paragraphs, each page part a closed box of its own; the counter only
          under the last. A table inside a field splits the field: a box with the paragraphs
          before it, the grid, a box with those after it, the counter under the last box.
          THE FUNDING TABLE IS AN EDITABLE GRID (in step 4, a table inside a field where it
          stands): the table's label as the grid's label above it (bold 9.5pt), the help text
          "Bedragen in hele euro's." (7.5pt grey italic; "Het totaal wordt berekend." added
          where the table ends in a total row; no help text for a grid without amounts); the
          column headers printed as plain bold 8pt text with no box: "Omschrijving" over the
          row labels (left), a single header right-aligned over its column (left over a column
          holding no amount), a group header ("Publiek") centred over its members with a 0.5pt
          grey rule under it; every BODY CELL an INPUT BOX of its own (white, a 0.6pt grey
          border, the boxes 3pt apart, 4pt inner margins), the row label left and every other
          cell right-aligned as typed (amounts as transcribed, "-" and footnote marks kept; an
          empty cell an empty box; in a column holding no amount, a milestone's date or party,
          left-aligned), 8.5pt; a small
          drawn "x" (delete row) right of each body row. Under the body rows, before the
          trailing total rows (a label starting with "Totaal"), a button "+ Regel toevoegen"
          (8pt blue text in a white box with a blue border); THE TOTAL ROW(S) COMPUTED AND
          GREYED: boxes on a light grey fill (#EDEDED) with a lighter border, the text in bold
          grey (#5A5A5A), no delete mark. A grid that breaks over a page repeats its header
          lines. The table's footnotes follow as a text field "Toelichting op de begroting" (an
          input box and counter, the footnotes as its paragraphs, marks kept).
          STEP 5 ends with the fields that remain, then the project's NOTES as a text field
          "Voetnoten en bronnen" (each note a paragraph opening with its mark; only where the
          project has notes), and the ticked DECLARATION checkbox "Ik verklaar dat ik dit
          formulier volledig en naar waarheid heb ingevuld.".

Every cell is printed as transcribed and every field label as transcribed: the truth record is
the plain one. A project runs from its step 1 page (the "Naam van het project" box holds its
title) to the page of its last field text, grid cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (ActionFlowable, Flowable, Frame, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_common import (build_until_stable, Doc, dossier_name, field_para, font_for, is_total,
                         meta, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
TOP = 4.95 * cm           # frame top from the page top (under the progress bar)
BOTTOM = 1.6 * cm
INK = colors.HexColor("#1A1A1A")
BLUE = colors.HexColor("#154273")
GREY = colors.HexColor("#6E6E6E")
LIGHT = colors.HexColor("#CCCCCC")
BORDER = colors.HexColor("#8C8C8C")
TOTAL_FILL = colors.HexColor("#EDEDED")
TOTAL_INK = colors.HexColor("#5A5A5A")
BOX_PAD_X, BOX_PAD_Y = 7.0, 6.0
GAP = 3.0                 # between the grid's input boxes
CELL_PAD = 4.0 + GAP / 2

STEPS = ["Project", "Partijen", "Projectplan", "Begroting", "Borging en indienen"]
KINDS = [(("financiering", "inzet"), 4, 5000), (("partijen",), 2, 2000), (("naam",), 2, 200),
         (("opgave", "aanleiding"), 3, 3000), (("aanpak",), 3, 8000), (("planning",), 3, 4000),
         (("resultaten",), 3, 4000), (("structureel", "borging"), 5, 4000)]
QUESTIONS = [("Is het project onderdeel van de afspraken in de Regio Deal?", True),
             ("Is er sprake van staatssteun?", False),
             ("Is de cofinanciering schriftelijk toegezegd?", True)]
GRID_HELP = "Bedragen in hele euro's."
TOTAL_HELP = " Het totaal wordt berekend."
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?|\.?-")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text.rstrip(_MARKS).strip()))
PRINTED = "14-05-2018 16:32"


def _kind(label: str):
    low = label.casefold()
    for words, step, limit in KINDS:
        if any(w in low for w in words):
            return step, limit
    return None, 4000


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _styles():
    register_fonts()
    sans, bold, italic = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"

    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"cb-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=11, firstLineIndent=0, bulletIndent=0, spaceAfter=4),
        "h2": style("h2", bold, 15, 19, textColor=BLUE, spaceAfter=10),
        "label": style("label", bold, 9.5, 12.5, spaceBefore=11, spaceAfter=3, keepWithNext=1),
        "help": style("help", italic, 7.5, 9.5, textColor=GREY, spaceAfter=3, keepWithNext=1),
        "counter": style("counter", sans, 7.5, 9, textColor=GREY, alignment=TA_RIGHT,
                         spaceBefore=2),
        "choice": style("choice", sans, 9.5, 12.5),
        "thead": style("th", bold, 8, 10, alignment=TA_RIGHT),
        "thead_l": style("thl", bold, 8, 10, alignment=TA_LEFT),
        "tgroup": style("tg", bold, 8, 10, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 10.5),
        "tamount": style("ta", sans, 8.5, 10.5, alignment=TA_RIGHT),
        "tbody_b": style("tbb", bold, 8.5, 10.5, textColor=TOTAL_INK),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT, textColor=TOTAL_INK),
        "button": style("button", bold, 8, 10, textColor=BLUE),
    }


# --- drawn controls ----------------------------------------------------------------------

def _tick(c, x, y, size, color=colors.white, width=1.3):
    """A tick in the square of side `size` whose lower left corner is (x, y)."""
    c.saveState()
    c.setStrokeColor(color)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    p.moveTo(x + 0.22 * size, y + 0.52 * size)
    p.lineTo(x + 0.42 * size, y + 0.30 * size)
    p.lineTo(x + 0.80 * size, y + 0.74 * size)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


class _Choice(Flowable):
    """A checkbox or a radio button with its text beside it; `items` is a list of
    (text paragraph, chosen) side by side (radio) or one under the other (checkbox)."""

    SIZE = 9.0

    def __init__(self, items, radio: bool, across: bool, space_before=0.0):
        super().__init__()
        self.items, self.radio, self.across = items, radio, across
        self.spaceBefore = space_before

    def wrap(self, aW, aH):
        self.aW = aW
        self.placed = []
        if self.across:
            x, h = 0.0, 0.0
            for p, on in self.items:
                w = stringWidth(p.text, p.style.fontName, p.style.fontSize) + 2
                ph = p.wrap(w + 1, aH)[1]
                self.placed.append((p, on, x, 0.0, ph))
                x += self.SIZE + 6 + w + 22
                h = max(h, ph)
            self.h = h
            return aW, h
        y = 0.0
        for p, on in self.items:
            ph = p.wrap(aW - self.SIZE - 7, aH)[1]
            self.placed.append((p, on, 0.0, y, ph))
            y += ph + 4
        self.h = y - 4 if self.items else 0.0
        return aW, self.h

    def draw(self):
        c = self.canv
        s = self.SIZE
        for p, on, x, y, ph in self.placed:
            top = self.h - y
            p.drawOn(c, x + s + 6, top - ph)
            by = top - p.style.leading + 1.2   # the control sits on the first line's baseline
            c.saveState()
            if self.radio:
                c.setStrokeColor(BLUE if on else BORDER)
                c.setLineWidth(0.9)
                c.setFillColor(colors.white)
                c.circle(x + s / 2, by + s / 2, s / 2, stroke=1, fill=1)
                if on:
                    c.setFillColor(BLUE)
                    c.circle(x + s / 2, by + s / 2, s / 4.2, stroke=0, fill=1)
            else:
                if on:
                    c.setFillColor(BLUE)
                    c.roundRect(x, by, s, s, 1.2, stroke=0, fill=1)
                    _tick(c, x, by, s)
                else:
                    c.setStrokeColor(BORDER)
                    c.setLineWidth(0.9)
                    c.roundRect(x, by, s, s, 1.2, stroke=1, fill=0)
            c.restoreState()


class _Buttons(Flowable):
    """The wizard's buttons at the foot of a step: (text, primary) from the left."""

    def __init__(self, buttons, font):
        super().__init__()
        self.buttons, self.font = buttons, font
        self.spaceBefore = 18

    def wrap(self, aW, aH):
        return aW, 22

    def draw(self):
        c = self.canv
        x = 0.0
        for text, primary in self.buttons:
            w = stringWidth(text, self.font, 9) + 24
            c.saveState()
            c.setStrokeColor(BLUE)
            c.setFillColor(BLUE if primary else colors.white)
            c.setLineWidth(1)
            c.roundRect(x, 0, w, 22, 2, stroke=1, fill=1)
            c.setFillColor(colors.white if primary else BLUE)
            c.setFont(self.font, 9)
            c.drawCentredString(x + w / 2, 7.5, text)
            c.restoreState()
            x += w + 10


class _Input(Flowable):
    """An input box holding paragraphs; splits between or inside them, each part a closed
    box; the grip only on the last part."""

    def __init__(self, items, last=True, one_line=False):
        super().__init__()
        self.items, self.last, self.one_line = list(items), last, one_line

    @staticmethod
    def _stack(flowables, width):
        out, total = [], 0.0
        for k, f in enumerate(flowables):
            h = f.wrap(width, 1e6)[1]
            gap = max(flowables[k - 1].getSpaceAfter(), f.getSpaceBefore()) if k else 0.0
            out.append((f, h, gap))
            total += gap + h
        return out, total

    def wrap(self, aW, aH):
        self.aW = aW
        self.placed, content = self._stack(self.items, aW - 2 * BOX_PAD_X)
        self.h = max(content, 13.0) + 2 * BOX_PAD_Y
        return aW, self.h

    def split(self, aW, aH):
        iw = aW - 2 * BOX_PAD_X
        placed, _ = self._stack(self.items, iw)
        room = aH - 2 * BOX_PAD_Y
        used = 0.0
        for k, (f, h, gap) in enumerate(placed):
            if used + gap + h <= room:
                used += gap + h
                continue
            left = room - used - gap
            parts = f.split(iw, left) if left > 0 else []
            if parts and len(parts) > 1:
                first, rest = self.items[:k] + [parts[0]], list(parts[1:]) + self.items[k + 1:]
            elif k:
                first, rest = self.items[:k], self.items[k:]
            else:
                return []
            return [_Input(first, last=False), _Input(rest, self.last)]
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(BORDER)
        c.setFillColor(colors.white)
        c.setLineWidth(0.75)
        c.rect(0, 0, self.aW, self.h, stroke=1, fill=1)
        if self.last and not self.one_line:  # the textarea's resize grip
            c.setStrokeColor(colors.HexColor("#A0A0A0"))
            c.setLineWidth(0.6)
            for d in (3.0, 6.5):
                c.line(self.aW - 2 - d, 2, self.aW - 2, 2 + d)
        c.restoreState()
        y = self.h - BOX_PAD_Y
        for f, h, gap in self.placed:
            y -= gap + h
            f.drawOn(c, BOX_PAD_X, y)


class _Grid(Table):
    """The editable grid: every body cell an input box of its own, drawn inside its cell
    GAP apart; the total rows greyed; a delete mark right of each body row. The row kind
    rides on the row's first cell (`_kind`: head, body, total, button), so split parts keep it."""

    def draw(self):
        c = self.canv
        cols = self._colpositions
        rows = self._rowpositions
        c.saveState()
        for r, cells in enumerate(self._cellvalues):
            first = cells[0] if cells else None
            if isinstance(first, (list, tuple)):  # the table wraps a cell's flowables
                first = first[0] if first else None
            kind = getattr(first, "_kind", "head")
            if kind not in ("body", "total"):
                continue
            y0, y1 = rows[r + 1] + GAP / 2, rows[r] - GAP / 2
            for k in range(len(cols) - 2):      # the last column holds the delete mark
                x0, x1 = cols[k] + GAP / 2, cols[k + 1] - GAP / 2
                if kind == "total":
                    c.setFillColor(TOTAL_FILL)
                    c.setStrokeColor(colors.HexColor("#C8C8C8"))
                else:
                    c.setFillColor(colors.white)
                    c.setStrokeColor(BORDER)
                c.setLineWidth(0.6)
                c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=1)
            if kind == "body":
                cx, cy = (cols[-2] + cols[-1]) / 2, (y0 + y1) / 2
                c.setStrokeColor(GREY)
                c.setLineWidth(0.8)
                c.line(cx - 2.5, cy - 2.5, cx + 2.5, cy + 2.5)
                c.line(cx - 2.5, cy + 2.5, cx + 2.5, cy - 2.5)
        c.restoreState()
        super().draw()


class _AddButton(Flowable):
    def __init__(self, st):
        super().__init__()
        self.st = st

    def wrap(self, aW, aH):
        return aW, 17

    def draw(self):
        c = self.canv
        text = "+ Regel toevoegen"
        w = stringWidth(text, self.st.fontName, self.st.fontSize) + 14
        c.saveState()
        c.setStrokeColor(BLUE)
        c.setFillColor(colors.white)
        c.setLineWidth(0.8)
        c.roundRect(0, 1.5, w, 14, 2, stroke=1, fill=1)
        c.setFillColor(BLUE)
        c.setFont(self.st.fontName, self.st.fontSize)
        c.drawString(7, 5.5, text)
        c.restoreState()


def _grid(t: source.Table, st, rec, width) -> list:
    """The table's label and help text, then the editable grid."""
    n, lines = t.columns, len(t.header)
    # a value column holding no amount (a milestone's date, a party) is a text input: left
    text_cols = {c for c in range(n)
                 if not any(_is_amount(r[c + 1]) for r in t.rows if r[c + 1].strip())}
    rows = [[""] * (n + 2) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, lines - 1), 2), ("BOTTOMPADDING", (0, 0), (-1, lines - 1), 3),
            ("TOPPADDING", (0, lines), (-1, -1), 4 + GAP / 2),
            ("BOTTOMPADDING", (0, lines), (-1, -1), 4 + GAP / 2)]
    rows[0][0] = para("Omschrijving", st["thead_l"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        hs = "tgroup" if h.columns > 1 else "thead_l" if (h.column - 1) in text_cols else "thead"
        rows[h.line][h.column] = para(h.text, st[hs], rec) if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1:
            cmds.append(("LINEBELOW", (h.column, h.line), (c1, h.line), 0.5, LIGHT))
    trailing = len(t.rows)
    while trailing > 0 and is_total(t.rows[trailing - 1][0]):
        trailing -= 1
    body_at = len(rows)
    for i, body in enumerate(t.rows):
        if i == trailing:
            button = _AddButton(st["button"])
            button._kind = "button"
            rows.append([button] + [""] * (n + 1))
            k = len(rows) - 1
            cmds += [("SPAN", (0, k), (-1, k)), ("TOPPADDING", (0, k), (-1, k), 3),
                     ("BOTTOMPADDING", (0, k), (-1, k), 5), ("LEFTPADDING", (0, k), (-1, k), GAP / 2)]
        total = is_total(body[0])
        first = para(body[0], st["tbody_b" if total else "tbody"], rec)
        first._kind = "total" if total else "body"
        row = [first]
        for c, text in enumerate(body[1:]):
            key = ("tbody" if c in text_cols else "tamount") + ("_b" if total else "")
            row.append(para(text, st[key], rec) if text else "")
        rows.append(row + [""])
    if trailing == len(t.rows):
        button = _AddButton(st["button"])
        button._kind = "button"
        rows.append([button] + [""] * (n + 1))
        k = len(rows) - 1
        cmds += [("SPAN", (0, k), (-1, k)), ("TOPPADDING", (0, k), (-1, k), 3),
                 ("BOTTOMPADDING", (0, k), (-1, k), 5), ("LEFTPADDING", (0, k), (-1, k), GAP / 2)]
    del body_at
    mark_w = 14.0
    widths = _col_widths(t, lambda s: s, width - mark_w, st, CELL_PAD, label_share=0.34, min_label=95.0)
    widths[-1] -= sum(widths) - (width - mark_w)
    table = _Grid(rows, colWidths=widths + [mark_w], repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [para(t.label, st["label"], rec)]
    if len(text_cols) < n:
        out.append(para(GRID_HELP + (TOTAL_HELP if trailing < len(t.rows) else ""), st["help"]))
    return out + [table]


def _text_field(label, paragraphs, limit, st, rec, pieces=None) -> list:
    """Label, input box(es) (with grids between them where `pieces` has tables), counter."""
    out: list = [para(label, st["label"], rec)]
    pieces = pieces if pieces is not None else list(paragraphs)
    run: list = []
    texts = []
    for item in pieces:
        if isinstance(item, source.Table):
            if run:
                out.append(_Input(run))
                run = []
            elif len(out) == 1:
                out[0].keepWithNext = 1
            out += _grid(item, st, rec, FW)
            out[-1].spaceAfter = 4
            continue
        texts.append(item)
        run.append(field_para(item, st["body"], st["item"], rec))
    if run or len(out) == 1:
        out.append(_Input(run))
    count = f"{_thousands(len(chr(10).join(texts)))} / {_thousands(limit)} tekens"
    out.append(para(count, st["counter"]))
    return out


def _project(p: int, pr: source.Project, themes, st, truth, state) -> list:
    rec = truth.content(p)
    story: list = []

    def step(s):
        story.extend([_SetStep(state, p, s), PageBreak(), para(STEPS[s - 1], st["h2"], rec)])

    def close(s):
        if s == 1:
            buttons = [("Volgende ›", True)]
        elif s == 5:
            buttons = [("‹ Vorige", False), ("Opslaan als concept", False), ("Indienen", True)]
        else:
            buttons = [("‹ Vorige", False), ("Volgende ›", True)]
        story.append(_Buttons(buttons, "Helvetica-Bold"))

    # step 1: the title, the theme checkboxes, the yes/no questions
    story.extend([_SetStep(state, p, 1), PageBreak(), para(STEPS[0], st["h2"], truth.heading(p))])
    story.append(para("Naam van het project", st["label"], truth.heading(p)))
    story.append(_Input([para(pr.title, st["body"], truth.heading(p))], one_line=True))
    story.append(para(f"{len(pr.title)} / 150 tekens", st["counter"]))
    story.append(para("Thema", st["label"], rec))
    story.append(para("Kies het thema waaronder het project valt.", st["help"]))
    story.append(_Choice([(para(t, st["choice"], rec), t == pr.theme) for t in themes],
                         radio=False, across=False))
    for q, yes in QUESTIONS:
        story.append(para(q, st["label"], rec))
        story.append(_Choice([(para("Ja", st["choice"]), yes), (para("Nee", st["choice"]), not yes)],
                             radio=True, across=True, space_before=1))
    close(1)

    current = 1
    for row in pr.rows:
        if isinstance(row, source.Table):
            want, limit = 4, None
        else:
            want, limit = _kind(row.label)
        target = max(current, want or current, 2)
        while current < target:
            current += 1
            step(current)
            if current < target:  # a step with no field of the project: an empty screen
                story.append(para("Bij deze stap zijn geen gegevens ingevuld.", st["help"]))
                close(current)
        if isinstance(row, source.Table):
            story += _grid(row, st, rec, FW)
            if row.footnotes:
                story += _text_field("Toelichting op de begroting", row.footnotes, 2000, st, rec)
        else:
            texts = [c for c in row.content if isinstance(c, str)]
            story += _text_field(row.label, texts, limit, st, rec, pieces=list(row.content) or [""])
            for item in row.content:
                if isinstance(item, source.Table) and item.footnotes:
                    story += _text_field("Toelichting op de begroting", item.footnotes, 2000, st, rec)
    while current < 5:
        current += 1
        step(current)
    if pr.notes:
        texts = [f"{n.mark} {t}" if j == 0 else t for n in pr.notes for j, t in enumerate(n.text or ("",))]
        story += _text_field("Voetnoten en bronnen", texts, 4000, st, rec)
    story.append(Spacer(0, 8))
    story.append(_Choice([(para("Ik verklaar dat ik dit formulier volledig en naar waarheid heb "
                                "ingevuld.", st["choice"]), True)], radio=False, across=False))
    close(5)
    return _with_closers(story, close_factory=lambda s: _Buttons(
        [("‹ Vorige", False), ("Volgende ›", True)], "Helvetica-Bold"))


def _with_closers(story, close_factory):
    """Put the wizard's buttons before every step change that has none yet."""
    out: list = []
    for f in story:
        if isinstance(f, _SetStep) and f.step > 1 and out and not isinstance(out[-1], _Buttons):
            out.append(close_factory(f.step - 1))
        out.append(f)
    return out


class _State:
    def __init__(self):
        self.p, self.step = 0, 1


class _SetStep(ActionFlowable):
    """Before a step's page break: the pages from here on show step `step` of project `p`."""

    def __init__(self, state, p, step):
        super().__init__()
        self.state, self.p, self.step = state, p, step

    def apply(self, doc):
        self.state.p, self.state.step = self.p, self.step


def render_checkboxes(dossier: source.Dossier, pdf_path) -> dict:
    st = _styles()
    name = dossier_name(dossier)
    themes = list(dict.fromkeys(pr.theme for pr in dossier.projects))

    def once(info):
        truth = Truth(dossier, "checkboxes")
        state = _State()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "checkboxes"))
        starts = info["starts"]

        def furniture(canv, d):
            page = canv.getPageNumber()
            p, s = state.p, state.step
            first = starts.get(p, page)
            nxt = starts.get(p + 1)
            count = (nxt - first) if nxt else max(info["total"], page) - first + 1
            canv.saveState()
            # browser print header and footer
            canv.setFont("Helvetica", 7)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN, HEIGHT - 0.8 * cm, PRINTED)
            canv.drawCentredString(WIDTH / 2, HEIGHT - 0.8 * cm,
                                   f"Aanvraagformulier Regio Deal {name} – Mijn Regio Deal".replace("  ", " "))
            canv.drawString(MARGIN, 0.8 * cm,
                            f"https://mijn.regiodeal.nl/aanvraag/RD-2018-{p + 1:03d}/stap-{s}")
            canv.drawRightString(WIDTH - MARGIN, 0.8 * cm, f"{page - first + 1}/{max(count, page - first + 1)}")
            # the site band
            top = HEIGHT - 1.2 * cm
            band = 1.0 * cm
            canv.setFillColor(BLUE)
            canv.rect(MARGIN, top - band, FW, band, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.rect(MARGIN + 10, top - band + 5, 5, band - 10, stroke=0, fill=1)
            canv.rect(MARGIN + 17, top - band / 2 - 2.5, 5, 5, stroke=0, fill=1)
            canv.setFont("Helvetica-Bold", 11)
            canv.drawString(MARGIN + 30, top - band / 2 - 4, "Regio Deal")
            canv.setFont("Helvetica", 8)
            canv.drawRightString(WIDTH - MARGIN - 10, top - band / 2 - 3, "Mijn aanvragen | Uitloggen")
            # the progress bar
            y = top - band - 0.55 * cm
            canv.setFillColor(BLUE)
            canv.setFont("Helvetica-Bold", 9.5)
            canv.drawString(MARGIN, y, f"Stap {s} van 5: {STEPS[s - 1]}")
            cy = y - 0.75 * cm
            r = 7.0
            xs = [MARGIN + 30 + k * (FW - 60) / 4 for k in range(5)]
            canv.setLineWidth(2)
            for k in range(4):
                canv.setStrokeColor(BLUE if k + 1 < s else LIGHT)
                canv.line(xs[k] + r, cy, xs[k + 1] - r, cy)
            for k, x in enumerate(xs):
                n = k + 1
                canv.setLineWidth(1)
                if n <= s:
                    canv.setFillColor(BLUE)
                    canv.setStrokeColor(BLUE)
                    canv.circle(x, cy, r, stroke=1, fill=1)
                    if n < s:
                        _tick(canv, x - r, cy - r, 2 * r, width=1.4)
                    else:
                        canv.setFillColor(colors.white)
                        canv.setFont("Helvetica-Bold", 8)
                        canv.drawCentredString(x, cy - 2.9, str(n))
                else:
                    canv.setFillColor(colors.white)
                    canv.setStrokeColor(LIGHT)
                    canv.circle(x, cy, r, stroke=1, fill=1)
                    canv.setFillColor(GREY)
                    canv.setFont("Helvetica", 8)
                    canv.drawCentredString(x, cy - 2.9, str(n))
                canv.setFont("Helvetica-Bold" if n == s else "Helvetica", 7)
                canv.setFillColor(BLUE if n == s else GREY)
                canv.drawCentredString(x, cy - r - 9, STEPS[k])
            canv.setStrokeColor(LIGHT)
            canv.setLineWidth(0.5)
            rule = HEIGHT - 4.7 * cm
            canv.line(MARGIN, rule, WIDTH - MARGIN, rule)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            story += _project(p, pr, themes, st, truth, state)
        # the first PageBreak would leave page 1 empty: drop it
        k = next(i for i, f in enumerate(story) if isinstance(f, PageBreak))
        del story[k]
        doc.build(story)
        return truth

    return build_until_stable(once)
