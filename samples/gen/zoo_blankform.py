"""One more house style for the layout zoo (see zoo.py), held out: a PRE-PRINTED PAPER-STYLE
FORM ("aanvraagformulier") whose blanks the applicant filled in with a TYPEWRITER TOOL (the
look of Acrobat's "Typewriter"/"Fill & Sign" text on a flat, non-interactive form, or of a
typed form): printed labels, empty answer RULES, the typed answers in a monospaced face
sitting on the rules, checkboxes, and a printed grid the typist filled in.

- blankform: A4 portrait, margins 1.8 cm (a 17.4 cm column). TWO LAYERS.
          THE PRINTED FORM, in one spot colour (dark green #1F4E3D, rules #5E7F73): on every
          page a header band (0.9 cm, filled #1F4E3D) with "Regio Deal <Name>" in 10pt bold
          white at the left and "AANVRAAGFORMULIER PROJECTVOORSTEL" in 8pt white at the
          right; under it at the right a printed "Volgnr." and a small box; a printed footer
          "Formulier RD-2 (versie 2018) - blad <k>" in 7pt, k counting the sheets of the
          project's form. Each project is ONE FORM and opens a new page. Section bands
          "A. Gegevens project", "B. Projectbeschrijving", "C. Begroting" (8.5pt bold white on
          the green, 13pt high). All printed labels in Helvetica-Bold 8.5pt green.
          A: "Thema" and "Titel project" as LABEL-AND-RULE lines: the label at the left margin,
          a 0.5pt rule from 4.0 cm right of the margin to the right margin; the typed answer on the rule (wrapped
          onto further rules where long). Then two CHECKBOX lines, "Cofinanciering aanwezig"
          and "Staatssteun getoetst": printed 8pt squares each followed by "ja" / "nee", the
          typed "X" in the "ja" box (not centred in it).
          B: per field of the transcription a printed label "B<k>" + the field's label as
          transcribed ("B1 Naam Project"); a label that names the project (Naam Project,
          Projectnaam) has its rule beside it (label-and-rule line, as in A); every other label
          stands on a line of its own with FULL-WIDTH ANSWER RULES under it, 17pt apart, one
          per typed line plus ONE SPARE EMPTY RULE after the answer. An answer longer than the
          page continues on the next sheet's rules (the label is not repeated).
          C: "C1 Kosten en financiering (bedragen in euro's)" and a PRINTED GRID (0.5pt green
          rules): a 4.0 cm label column and SEVEN equal value columns (1.91 cm), two header rows
          and as many 15pt body rows as the typed rows need. The grid has NO
          SPANS: a group header's rule runs through the typed group header; spare empty rows
          up to 10 rows in all, where they fit on the page. Below the grid
          the typed table footnotes on rules.
          THE TYPED LAYER: Courier 10pt (12 characters per inch, 6pt per character; DejaVu Sans
          Mono at 9.97pt, the same pitch, for a line with a character Courier lacks or a "•"), black.
          Each typed line is one text object placed by hand: its baseline 1.5-3.3pt above its
          rule (varying from line to line) and its left edge 2-5pt right of the answer area's
          start, so typed answers sit slightly off the printed labels' baselines. Lines wrap at
          words to the answer width (80 characters in B, 62 beside a label); each paragraph
          starts a new line; a list item keeps its marker and its wrapped lines are indented
          by the marker's width plus one space.
          TABLES IN C, typed into the grid: the table's label in the top-left cell (wrapped to
          17 characters, spilling over the rule where a word is longer); a single header in
          the lower header row (both rows for a one-line header set: the lower one), a group
          header ("Publiek") typed in the upper row centred over its members; the value
          columns the first ones of the grid, the spare ones left empty; a single header
          wider than its cell and of several words typed over both header rows, broken at
          the space nearest its middle ("Privaat (incl." over "Invest-NL)"). Amounts RIGHT-ALIGNED
          AT A TAB 3pt left of the cell's right rule (jittered -1.5..+1.5pt per table column);
          a text wider than its cell overflows its left rule, and where it would come within
          one character of the text before it, the typist typed it one space after that text,
          so it OVERFLOWS THE RIGHT RULE instead. A row label longer than 17 characters
          continues in the next grid rows, the amounts on its first row. Headers centred on
          their columns, under the same collision rule; a lower-row header that would run
          into the one before it is typed in the upper row where that is free (staggered). Amounts exactly as transcribed.
          TABLES INSIDE A FIELD (milestones, activities, a second budget) are typed on the
          field's answer rules with tab stops, no grid: each column as wide as its widest
          text (at most 30 characters, wrapped) plus two spaces, the label column the rest;
          their footnotes typed under them. The project's notes typed on rules after the
          grid, each led by its mark.

The transcription's page breaks are not reproduced. Every text is printed as transcribed (no
"raw"). A project runs from its form's first sheet (the typed title) to the sheet of its last
typed line; the printed form (bands, labels, grid) is not the project's content.
"""

from __future__ import annotations

import random
import textwrap

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.pdfgen import canvas as rl_canvas

from . import source
from .zoo_common import Truth, dossier_name, meta, register_fonts

W, H = A4
M = 1.8 * cm
FW = W - 2 * M
TOP = H - 2.6 * cm
BOTTOM = 1.9 * cm
GREEN = colors.HexColor("#1F4E3D")
RULE = colors.HexColor("#5E7F73")
PITCH = 17.0
CH = 6.0  # typed character width
COLS = 80
INLINE_X = 4.0 * cm
INLINE_COLS = int((FW - INLINE_X) // CH) - 1
LABEL_W = 4.0 * cm
NVAL = 7
VAL_W = (FW - LABEL_W) / NVAL
GRID_ROW = 15.0
NAME_LABELS = ("naam project", "projectnaam")


def _wrap(text: str, width: int, hang: int = 0) -> list[str]:
    return textwrap.wrap(text, width=width, subsequent_indent=" " * hang, break_long_words=False,
                         break_on_hyphens=False) or [""]


def _para_lines(text: str, width: int) -> list[str]:
    first = text.split(" ", 1)[0]
    is_item = first in ("•", "●", "○", "-", "–", "o") or (first[:-1].isdigit() and first[-1:] in ".)") \
        or (first.startswith("(") and first.endswith(")") and len(first) == 3)
    return _wrap(text, width, len(first) + 1 if is_item and " " in text else 0)


def _col_lines(cells: list[str], widths: list[int]) -> list[str]:
    """One row of a tab-stop table as typed lines."""
    wrapped = [_wrap(c, w) for c, w in zip(cells, widths)]
    out = []
    for k in range(max(len(x) for x in wrapped)):
        parts = []
        for j, (x, w) in enumerate(zip(wrapped, widths)):
            t = x[k] if k < len(x) else ""
            parts.append(t.ljust(w + 2) if j < len(widths) - 1 else t)
        out.append("".join(parts).rstrip())
    return out


def _tab_table(t: source.Table) -> list[str]:
    n = t.columns
    rows = [[t.label] + [""] * n]
    for h in t.header_cells():
        while len(rows) <= h.line:
            rows.append([""] * (n + 1))
        rows[h.line][h.column] = h.text
    rows += [list(r) for r in t.rows]
    vals = [min(30, max(len(r[j]) for r in rows)) for j in range(1, n + 1)]
    label = max(14, COLS - sum(v + 2 for v in vals) - 2)
    out = []
    for r in rows:
        out += _col_lines(r, [label] + vals)
    return out + [f for f in t.footnotes for f in _wrap(f, COLS)]


class _Form:
    def __init__(self, pdf_path, dossier, truth):
        self.c = rl_canvas.Canvas(str(pdf_path), pagesize=A4, invariant=1)
        m = meta(dossier, "blankform")
        self.c.setTitle(m["title"]); self.c.setAuthor(m["author"])
        self.c.setSubject(m["subject"]); self.c.setCreator(m["creator"])
        self.name = dossier_name(dossier)
        self.truth = truth
        self.page = 0
        self.sheet = 0
        self.y = 0.0
        self.rnd = random.Random(7)
        self.started = False

    # --- the printed form -------------------------------------------------------------
    def new_page(self, first_of_form: bool = False):
        if self.started:
            self.c.showPage()
        self.started = True
        self.page += 1
        self.truth.pages = self.page
        self.sheet = 1 if first_of_form else self.sheet + 1
        c = self.c
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(M, H - 1.2 * cm - 0.9 * cm, FW, 0.9 * cm, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 10)
        c.drawString(M + 6, H - 1.2 * cm - 0.58 * cm, f"Regio Deal {self.name}")
        c.setFont("Helvetica", 8)
        c.drawRightString(W - M - 6, H - 1.2 * cm - 0.56 * cm, "AANVRAAGFORMULIER PROJECTVOORSTEL")
        c.setFillColor(GREEN)
        c.setFont("Helvetica", 7)
        c.drawString(M, 1.1 * cm, f"Formulier RD-2 (versie 2018) - blad {self.sheet}")
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.drawRightString(W - M - 2.0 * cm - 4, H - 2.55 * cm, "Volgnr.")
        c.rect(W - M - 2.0 * cm, H - 2.55 * cm - 3, 2.0 * cm, 12, stroke=1, fill=0)
        c.restoreState()
        self.y = TOP - 14

    def need(self, h: float):
        if self.y - h < BOTTOM:
            self.new_page()

    def band(self, text: str):
        self.need(13 + 3 * PITCH)
        c = self.c
        self.y -= 6
        c.saveState()
        c.setFillColor(GREEN)
        c.rect(M, self.y - 13, FW, 13, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(M + 4, self.y - 9.5, text)
        c.restoreState()
        self.y -= 13 + 4

    def label(self, text: str, x: float, baseline: float):
        c = self.c
        c.saveState()
        c.setFillColor(GREEN)
        c.setFont("Helvetica-Bold", 8.5)
        c.drawString(x, baseline, text)
        c.restoreState()

    def rule(self, x0: float, x1: float, y: float):
        c = self.c
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(x0, y, x1, y)
        c.restoreState()

    # --- the typed layer ----------------------------------------------------------------
    def type(self, text: str, x: float, baseline: float, rec):
        if not text.strip():
            return
        c = self.c
        try:
            text.encode("cp1252")
            if "•" in text:  # Courier's bullet has no Unicode mapping in the text layer
                raise UnicodeEncodeError("cp1252", text, 0, 1, "bullet")
            font, size = "Courier", 10
        except UnicodeEncodeError:
            font, size = "DejaVuSansMono", 9.97
        c.saveState()
        c.setFillColor(colors.black)
        c.setFont(font, size)
        c.drawString(x, baseline, text)
        c.restoreState()
        rec(self.page)

    def typed_lines(self, lines: list[str], x0: float, rec, spare: int = 1):
        """Typed lines on rules from x0 to the right margin, one spare rule after them."""
        dx = self.rnd.uniform(2, 5)
        for k, line in enumerate(lines + [""] * spare):
            self.need(PITCH)
            self.y -= PITCH
            self.rule(x0, W - M, self.y)
            self.type(line, x0 + dx, self.y + self.rnd.uniform(1.5, 3.3), rec)

    def inline(self, label: str, text_lines: list[str], rec, spare: int = 0):
        self.need(PITCH * 2)
        self.y -= PITCH
        self.label(label, M, self.y + 3)
        self.rule(M + INLINE_X, W - M, self.y)
        dx = self.rnd.uniform(2, 5)
        self.type(text_lines[0], M + INLINE_X + dx, self.y + self.rnd.uniform(1.5, 3.3), rec)
        for line in text_lines[1:] + [""] * spare:
            self.need(PITCH)
            self.y -= PITCH
            self.rule(M + INLINE_X, W - M, self.y)
            self.type(line, M + INLINE_X + dx, self.y + self.rnd.uniform(1.5, 3.3), rec)

    def checkbox(self, label: str, rec):
        self.need(PITCH)
        self.y -= PITCH
        base = self.y + 3
        self.label(label, M, base)
        c = self.c
        x = M + INLINE_X
        for word, ticked in (("ja", True), ("nee", False)):
            c.saveState()
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.6)
            c.rect(x, base - 1, 8, 8, stroke=1, fill=0)
            c.restoreState()
            self.label(word, x + 12, base)
            if ticked:
                self.type("X", x + 1.8 + self.rnd.uniform(-0.8, 0.8), base + self.rnd.uniform(-1.2, 0.6), rec)
            x += 1.6 * cm

    # --- the grid ---------------------------------------------------------------------------
    def grid(self, t: source.Table, rec):
        n = t.columns
        cols_x = [M, M + LABEL_W] + [M + LABEL_W + VAL_W * (k + 1) for k in range(NVAL)]
        lab_w = int((LABEL_W - 6) // CH)
        tabs = [cols_x[j + 2] - 3 + self.rnd.uniform(-1.5, 1.5) for j in range(NVAL)]
        # header rows: (x, text) pieces per printed header row
        head: list[list[tuple[float, str]]] = [[], []]
        corner = _wrap(t.label, lab_w)
        if len(corner) > 2:
            corner = [corner[0], " ".join(corner[1:])]
        for k, line in enumerate(corner):
            head[k].append((M + 3, line))
        lines = len(t.header)
        for h in t.header_cells():
            if not h.text:
                continue
            if h.columns > 1:
                row = 0
            else:
                row = 1 if (h.line + h.lines - 1) == lines - 1 else 0
            x0, x1 = cols_x[h.column], cols_x[h.column + h.columns]
            words = h.text.split()
            if h.columns == 1 and row == 1 and len(h.text) * CH > x1 - x0 and len(words) > 1:
                # too wide for its cell: typed over both header rows, broken at the middle space
                cut = min(range(1, len(words)), key=lambda i: abs(len(" ".join(words[:i])) - len(h.text) / 2))
                for r, part in ((0, " ".join(words[:cut])), (1, " ".join(words[cut:]))):
                    head[r].append(((x0 + x1) / 2 - len(part) * CH / 2, part))
                continue
            head[row].append(((x0 + x1) / 2 - len(h.text) * CH / 2, h.text))
        # a lower-row header that would run into the one before it is typed in the upper row
        # where that row is free there (the typist staggers the heads)
        lower, upper = [], head[0]
        for x, text in sorted(head[1], key=lambda q: q[0]):
            end = max((a + len(b) * CH for a, b in lower), default=-1e9)
            free = all(x + len(text) * CH + CH <= a or a + len(b) * CH + CH <= x for a, b in upper)
            (upper if x < end + CH and free else lower).append((x, text))
        head = [upper, lower]
        body: list[list[tuple[float, str]]] = []
        for r in t.rows:
            lab = _wrap(r[0], lab_w)
            first = [(M + 3, lab[0])]
            for j, cell in enumerate(r[1:]):
                if cell:
                    first.append((tabs[j] - len(cell) * CH, cell))
            body.append(first)
            body += [[(M + 3, more)] for more in lab[1:]]
        rows = head + body
        # the printed grid, drawn page by page; spare empty rows (up to 10 rows in all) only
        # where they fit on the grid's last page
        self.need(GRID_ROW * 3)
        room = int((self.y - BOTTOM) // GRID_ROW)
        nrows = len(rows) if len(rows) > room else max(len(rows), min(10, room))
        k = 0
        while k < nrows:
            fit = max(1, int((self.y - BOTTOM) // GRID_ROW))
            chunk = list(range(k, min(nrows, k + fit)))
            top = self.y
            c = self.c
            c.saveState()
            c.setStrokeColor(GREEN)
            c.setLineWidth(0.5)
            bottom = top - GRID_ROW * len(chunk)
            for i in range(len(chunk) + 1):
                c.line(M, top - GRID_ROW * i, W - M, top - GRID_ROW * i)
            for x in cols_x:
                c.line(x, top, x, bottom)
            if chunk[0] <= 1 <= chunk[-1]:
                c.setLineWidth(1.0)
                y2 = top - GRID_ROW * (chunk.index(1) + 1)
                c.line(M, y2, W - M, y2)
            c.restoreState()
            for i, r in enumerate(chunk):
                if r >= len(rows):
                    continue
                base = top - GRID_ROW * (i + 1) + 4 + self.rnd.uniform(-0.8, 0.8)
                end = -1e9
                for x, text in sorted(rows[r], key=lambda p: p[0]):
                    x = max(x, end + CH)
                    self.type(text, x, base, rec)
                    end = x + len(text) * CH
            self.y = bottom
            k = chunk[-1] + 1
            if k < nrows:
                self.new_page()
        for f in t.footnotes:
            self.typed_lines(_wrap(f, COLS), M, rec, spare=0)

    def save(self):
        self.c.showPage()
        self.c.save()


def render_blankform(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    truth = Truth(dossier, "blankform")
    form = _Form(pdf_path, dossier, truth)
    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        form.new_page(first_of_form=True)
        form.band("A. Gegevens project")
        form.inline("Thema", _wrap(pr.theme, INLINE_COLS), rec)
        form.inline("Titel project", _wrap(pr.title, INLINE_COLS), truth.heading(p))
        form.checkbox("Cofinanciering aanwezig", rec)
        form.checkbox("Staatssteun getoetst", rec)
        form.band("B. Projectbeschrijving")
        k = 0
        budget = []
        for row in pr.rows:
            if isinstance(row, source.Table):
                budget.append(row)
                continue
            k += 1
            label = f"B{k}  {row.label}"
            if row.label.strip().lower() in NAME_LABELS and all(isinstance(c, str) for c in row.content):
                lines = [ln for c in row.content for ln in _wrap(c, INLINE_COLS)]
                form.inline(label, lines, rec, spare=0)
                continue
            form.need(PITCH * 3)
            form.y -= PITCH
            form.label(label, M, form.y + 3)
            lines = []
            for c in row.content:
                lines += _tab_table(c) if isinstance(c, source.Table) else _para_lines(c, COLS)
            form.typed_lines(lines, M, rec)
        form.band("C. Begroting")
        for j, t in enumerate(budget):
            form.need(PITCH + GRID_ROW * 4)
            form.y -= PITCH
            form.label("C1  Kosten en financiering (bedragen in euro's)" if j == 0 else f"C{j + 1}  Vervolg begroting",
                       M, form.y + 3)
            form.y -= 4
            form.grid(t, rec)
        for note in pr.notes:
            lines = []
            for i, text in enumerate(note.text or ("",)):
                lines += _wrap(f"{note.mark} {text}" if i == 0 else text, COLS)
            form.typed_lines(lines, M, rec, spare=0)
    form.save()
    return truth.record()
