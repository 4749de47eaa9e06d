"""One more house style for the layout zoo (see zoo.py), held out: a GOVERNMENT APPLICATION
FORM (the look of a Belastingdienst / RVO PDF form, an XFA "dynamic" form whose text fields
grow with their text) filled in on screen and FLATTENED, one form per project, whose funding
table is a form grid of COMB FIELDS: every amount typed one digit to a box.

- combfields: A4, margins 2.2 cm left, 1.5 cm right, 1.5 cm top, 1.8 cm bottom. The form's
          printed texts in Helvetica (dark blue #154273 for headings), the typed texts in
          Helvetica 9pt ink (DejaVu Sans for a paragraph holding a character it lacks). On
          EVERY page: the FORM CODE turned 90 degrees along the left edge (6pt grey,
          "RD 031 - 1Z*1PV", reading bottom to top, 0.8 cm from the edge), a footer in 7pt
          grey with "RVO-RD-PV 2018/1" at the left and "Pagina <k> van <n>" at the right,
          counted WITHIN THE PROJECT'S FORM (every form starts at "Pagina 1").
          Every project is ONE FORM and starts a new page. Its first page opens with the
          form head: at the top centre the Rijkslint (a dark blue bar 14 x 40pt) with
          "Rijksdienst voor Ondernemend" / "Nederland" in 8pt beside it; under it at the left
          "Aanvraag Regio Deal <Name>" in bold 15pt and "Projectvoorstel" in 11pt; at the
          right a grey-ruled box "Ruimte voor ambtelijk gebruik" (7pt) holding two EMPTY comb
          fields, "Zaaknummer" (8 boxes) and "Datum ontvangst" (8 boxes). Later pages of a
          form carry a 7.5pt grey line "Aanvraag Regio Deal <Name> - projectvoorstel" over a
          0.4pt rule.
          SECTION BANDS across the text width, 16pt high, dark blue fill, the number and the
          name in bold 9.5pt white ("1   Gegevens project"). QUESTIONS are rows: the NUMBER
          ("2.3") in bold 8.5pt at the margin, the form's LABEL in 8.5pt from 24pt in (wrapping
          within 116pt), and the ANSWER BOX from 140pt in to the right margin: a light blue
          fill (#DCE9F5, no border) holding the typed text, 4pt padding, paragraphs 9pt on
          11.5pt, 3pt apart, a list item hanging on its marker. A box grows with its text; an
          answer longer than the page breaks between lines and continues in a new box on the
          next page (no label there).
          "1 Gegevens project": "1.1 Thema" (the theme) and "1.2 Titel van het project" (the
          title): the project's title is ONLY this typed answer.
          "2 Projectbeschrijving": every field of the transcription in order, numbered 2.1,
          2.2, ... with the transcription's label ("2.2 Partijen"); a table inside a field
          stays in its answer box as a typed grid (0.4pt dark rules, 8pt, header bold, cells
          as transcribed, amounts right-aligned). The project's notes follow in an unnumbered
          row "Voetnoten" (8pt, each note with its mark).
          "3 Begroting (bedragen in hele euro's)" starts a NEW PAGE in A4 LANDSCAPE (the form's
          budget sheet): each investment table a question "3.<k> Kosten en financiering", then
          its FORM GRID: the printed header lines in bold 7.5pt dark blue (the table label in
          the corner cell; a value header centred over its column, a group header centred
          over its members with a 0.5pt rule under it), a 0.8pt dark blue rule under the
          header; per body row the typed row label in a light blue box in the label column
          (the Totaal row's label printed by the form in bold, no box) and every AMOUNT in a
          COMB FIELD: TEN boxes 7pt wide at an 8pt pitch, 13pt high, light blue, an extra
          2pt gap after every third box from the right (the boxes grouped in threes: NO
          THOUSANDS SEPARATORS are typed or printed), the characters RIGHT-ALIGNED, each
          DIGIT ITS OWN TEXT OBJECT (7.5pt) CENTRED IN ITS BOX; the Totaal row's combs a darker
          blue (#C3D8EC, computed fields). A value column is its comb plus 8pt; the label
          column takes the rest. What is typed: an amount as its whole-euro digits (the cell
          list's value: "1.650.000" -> "1650000", "6,33 mln." -> "6330000", "€ 50.000" ->
          "50000"); a nil ("-") as "0"; an empty cell leaves the comb empty; a text cell
          ("Gem.") one character to a box. A note mark ("*", "**") cannot be typed into the
          comb: it stands in 6.5pt just right of the comb's last box. Table footnotes in a
          row "Toelichting" under the grid (typed, light blue box). Then "4 Ondertekening":
          "4.1 Datum" a comb of eight boxes with printed "-" between day, month and year, typed
          14 05 2018; "4.2 Handtekening" an empty box.

The truth records, under "raw", every comb cell whose typed text differs from the
transcription's: the digits joined as one string ("1650000", "0", "7500000*" with its mark
after the digits). Labels are the transcription's (the number before a label is the form's
question number, not part of it: no "field_labels"). A project runs from its form's first
page to its last page (the budget sheet with the signature block).
"""

from __future__ import annotations

import io
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Table, TableStyle

from . import source
from .zoo_common import (Truth, cell_list, dossier_name, field_para, is_funding, is_total, meta, para,
                         register_fonts)

PW, PH = A4
LW, LH = landscape(A4)
LEFT, RIGHT, TOP, BOTTOM = 2.2 * 28.3465, 1.5 * 28.3465, 1.5 * 28.3465, 1.8 * 28.3465
NUM_W = 24.0
LABEL_W = 140.0
PAD = 4.0
BLUE = colors.HexColor("#154273")
FILL = colors.HexColor("#DCE9F5")
FILL_DARK = colors.HexColor("#C3D8EC")
GREY = colors.HexColor("#6E6E6E")
INK = colors.HexColor("#1A1A1A")
COMB_N, COMB_PITCH, COMB_BOX, COMB_H, GROUP_GAP = 10, 8.0, 7.0, 13.0, 2.0
COMB_W = COMB_N * COMB_PITCH - (COMB_PITCH - COMB_BOX) + GROUP_GAP * ((COMB_N - 1) // 3)
VAL_W = COMB_W + 8.0


def _styles() -> dict:
    def style(name, font="Helvetica", size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"cf-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})
    return {
        "body": style("body", spaceAfter=3),
        "item": style("item", leftIndent=11, bulletIndent=0, bulletFontName="Helvetica", spaceAfter=3),
        "num": style("num", "Helvetica-Bold", 8.5, 10.5, textColor=BLUE),
        "label": style("label", "Helvetica", 8.5, 10.5, textColor=BLUE),
        "note": style("note", "Helvetica", 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=2),
        "note_more": style("notem", "Helvetica", 8, 10, leftIndent=8, spaceAfter=2),
        "tlabel": style("tl", "Helvetica-Bold", 8, 9.6),
        "thead": style("th", "Helvetica-Bold", 8, 9.6, alignment=TA_RIGHT),
        "tgroup": style("tg", "Helvetica-Bold", 8, 9.6, alignment=TA_CENTER),
        "tbody": style("tb", "Helvetica", 8, 9.6),
        "tamount": style("ta", "Helvetica", 8, 9.6, alignment=TA_RIGHT),
        "ghead": style("gh", "Helvetica-Bold", 7.5, 9, textColor=BLUE, alignment=TA_CENTER),
        "gcorner": style("gc", "Helvetica-Bold", 7.5, 9, textColor=BLUE),
        "grow": style("gr", "Helvetica", 8, 9.6),
        "grow_b": style("grb", "Helvetica-Bold", 8, 9.6, textColor=BLUE),
    }


def _plain_table(t: source.Table, st: dict, width: float) -> Table:
    """A table inside a field: a typed grid in the answer box, cells as transcribed."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    rows[0][0] = para(t.label, st["tlabel"])
    spans = [((0, 0), (0, lines - 1))] if lines > 1 else []
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"])
        if (h.columns, h.lines) != (1, 1):
            spans.append(((h.column, h.line), (h.column + h.columns - 1, h.line + h.lines - 1)))
    for body in t.rows:
        rows.append([para(body[0], st["tbody"])] + [para(x, st["tamount"]) for x in body[1:]])
    label_w = width * 0.36
    widths = [label_w] + [(width - label_w) / n] * n
    cmds = [("GRID", (0, 0), (-1, -1), 0.4, INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    cmds += [("SPAN", a, b) for a, b in spans]
    tb = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    tb.spaceBefore, tb.spaceAfter = 3, 5
    return tb


def _typed(g: dict) -> tuple[str, str]:
    """(the characters typed into the comb, the mark printed after it) for golden cell g."""
    marks = g.get("marks") or ""
    if g["value"]:
        v = Decimal(g["value"])
        assert v == v.to_integral_value(), g
        return str(int(v)), marks
    if g["kind"] == "nil":
        return "0", marks
    if g["kind"] == "empty" or not g["raw"].strip():
        return "", marks
    return g["raw"].strip(), ""


class _Form:
    def __init__(self, c, dossier, truth: Truth, counts: dict | None):
        self.c, self.dossier, self.truth = c, dossier, truth
        self.name = dossier_name(dossier)
        self.st = _styles()
        self.counts = counts or {}
        self.page = 0            # global page number
        self.form_page = 0       # page within the project's form
        self.project = -1
        self.landscape = False
        self.y = 0.0
        self.pages_of: dict[int, int] = {}

    # --- pages --------------------------------------------------------------------------
    @property
    def width(self):
        return LW if self.landscape else PW

    @property
    def height(self):
        return LH if self.landscape else PH

    @property
    def right(self):
        return self.width - RIGHT

    def new_page(self, landscape_page: bool = False, first: bool = False) -> None:
        if self.page:
            self.c.showPage()
        self.landscape = landscape_page
        self.c.setPageSize((self.width, self.height))
        self.page += 1
        self.form_page = 1 if first else self.form_page + 1
        self.pages_of[self.project] = self.form_page
        c = self.c
        c.saveState()
        c.setFont("Helvetica", 6)
        c.setFillColor(GREY)
        c.translate(0.8 * 28.3465, BOTTOM)
        c.rotate(90)
        c.drawString(0, 0, "RD 031 - 1Z*1PV")
        c.restoreState()
        c.setFont("Helvetica", 7)
        c.setFillColor(GREY)
        c.drawString(LEFT, BOTTOM - 22, "RVO-RD-PV 2018/1")
        total = self.counts.get(self.project, 0)
        c.drawRightString(self.right, BOTTOM - 22, f"Pagina {self.form_page} van {total or self.form_page}")
        self.y = self.height - TOP
        if not first:
            c.setFont("Helvetica", 7.5)
            c.drawString(LEFT, self.y - 8, f"Aanvraag Regio Deal {self.name} - projectvoorstel")
            c.setStrokeColor(GREY)
            c.setLineWidth(0.4)
            c.line(LEFT, self.y - 12, self.right, self.y - 12)
            self.y -= 24
        c.setFillColor(INK)

    def rec(self) -> None:
        self.truth.hit(self.project, self.page)

    def form_head(self) -> None:
        c = self.c
        cx = PW / 2 - 40
        c.setFillColor(BLUE)
        c.rect(cx, PH - TOP - 40, 14, 40, stroke=0, fill=1)
        c.setFillColor(INK)
        c.setFont("Helvetica", 8)
        c.drawString(cx + 20, PH - TOP - 26, "Rijksdienst voor Ondernemend")
        c.drawString(cx + 20, PH - TOP - 36, "Nederland")
        y = PH - TOP - 72
        c.setFillColor(BLUE)
        c.setFont("Helvetica-Bold", 15)
        c.drawString(LEFT, y, f"Aanvraag Regio Deal {self.name}")
        c.setFont("Helvetica", 11)
        c.drawString(LEFT, y - 16, "Projectvoorstel")
        # ambtelijk gebruik
        bx, bw, bh = self.right - 175, 175, 62
        by = y - 30
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.rect(bx, by, bw, bh, stroke=1, fill=0)
        c.setFillColor(GREY)
        c.setFont("Helvetica", 7)
        c.drawString(bx + 5, by + bh - 10, "Ruimte voor ambtelijk gebruik")
        for k, lab in enumerate(("Zaaknummer", "Datum ontvangst")):
            yy = by + bh - 30 - k * 20
            c.setFillColor(GREY)
            c.drawString(bx + 5, yy + 4, lab)
            self.comb(bx + bw - 5 - self.comb_width(8), yy, "", 8, FILL)
        self.y = by - 16

    def band(self, num: str, text: str) -> None:
        if self.y - 16 - 40 < BOTTOM:
            self.new_page(self.landscape)
        c = self.c
        c.setFillColor(BLUE)
        c.rect(LEFT, self.y - 16, self.right - LEFT, 16, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont("Helvetica-Bold", 9.5)
        c.drawString(LEFT + 5, self.y - 11.5, num)
        c.drawString(LEFT + 24, self.y - 11.5, text)
        self.y -= 16 + 8

    # --- combs --------------------------------------------------------------------------
    @staticmethod
    def comb_width(n: int, groups: bool = True) -> float:
        gaps = (n - 1) // 3 if groups else 0
        return n * COMB_PITCH - (COMB_PITCH - COMB_BOX) + GROUP_GAP * gaps

    def comb(self, x: float, y: float, text: str, n: int, fill, groups: bool = True,
             seps: dict | None = None) -> None:
        """A comb of n boxes from x (bottom at y); text right-aligned, one character a box."""
        c = self.c
        xs = []
        pos = x + self.comb_width(n, groups)
        for k in range(n):  # from the right
            left = pos - COMB_BOX
            xs.append(left)
            pos = left - (COMB_PITCH - COMB_BOX)
            if groups and (k + 1) % 3 == 0:
                pos -= GROUP_GAP
            if seps and (n - 1 - k) in seps:
                pos -= seps[n - 1 - k]
        xs.reverse()
        c.setFillColor(fill)
        for left in xs:
            c.rect(left, y, COMB_BOX, COMB_H, stroke=0, fill=1)
        chars = list(text)[-n:]
        c.setFillColor(INK)
        for left, ch in zip(xs[n - len(chars):], chars):
            if ch.strip():
                c.setFont("Helvetica", 7.5)
                c.drawCentredString(left + COMB_BOX / 2, y + 3.6, ch)
        return xs

    # --- questions ----------------------------------------------------------------------
    def question(self, num: str, label: str, items: list, fill=FILL, label_style=None) -> None:
        """A numbered question with its answer box (items: flowables), broken over pages."""
        st = self.st
        inner = self.right - (LEFT + LABEL_W) - 2 * PAD
        lab = para(label, label_style or st["label"])
        lab_h = lab.wrap(LABEL_W - NUM_W - 6, 1e6)[1]
        queue = list(items)
        first = True
        while True:
            avail = self.y - BOTTOM - 2 * PAD
            part, used = [], 0.0
            while queue:
                f = queue[0]
                h = f.wrap(inner, 1e6)[1]
                gap = f.getSpaceBefore() if part else 0.0
                if used + gap + h <= avail:
                    part.append((f, used + gap, h))
                    used += gap + h + f.getSpaceAfter()
                    queue.pop(0)
                    continue
                pieces = f.split(inner, avail - used - gap) if avail - used - gap > 12 else []
                if len(pieces) >= 2:
                    p0 = pieces[0]
                    h0 = p0.wrap(inner, 1e6)[1]
                    part.append((p0, used + gap, h0))
                    used += gap + h0
                    queue[0:1] = pieces[1:]
                break
            if not part and queue:
                self.new_page(self.landscape)
                continue
            box_h = max(used - (part[-1][0].getSpaceAfter() if part else 0), 9.0) + 2 * PAD
            if first:
                box_h = max(box_h, lab_h + 2)
            c = self.c
            c.setFillColor(fill)
            c.rect(LEFT + LABEL_W, self.y - box_h, self.right - LEFT - LABEL_W, box_h, stroke=0, fill=1)
            if first:
                n = para(num, st["num"])
                n.wrap(NUM_W, 1e6)
                n.drawOn(c, LEFT, self.y - 2 - n.height)
                lab.drawOn(c, LEFT + NUM_W, self.y - 2 - lab_h)
                first = False
            for f, off, h in part:
                f.wrap(inner, 1e6)
                f.drawOn(c, LEFT + LABEL_W + PAD, self.y - PAD - off - h)
            if part:
                self.rec()
            self.y -= box_h + 6
            if not queue:
                return
            self.new_page(self.landscape)

    # --- the budget grid ----------------------------------------------------------------
    def grid(self, p: int, t_index: int, t: source.Table, golden: dict) -> dict:
        """The comb grid of table t; returns the raw texts typed where they differ."""
        st, c = self.st, self.c
        n = t.columns
        width = self.right - LEFT
        label_w = min(260.0, width - n * VAL_W)
        x_val = [LEFT + label_w + k * VAL_W for k in range(n)]
        raw: dict = {}
        pr = self.dossier.projects[p]

        def header():
            lines = len(t.header)
            line_h = 22.0
            top = self.y
            corner = para(t.label, st["gcorner"])
            corner.wrap(label_w - 6, 1e6)
            corner.drawOn(c, LEFT, top - lines * line_h + 3)
            for h in t.header_cells():
                x0 = x_val[h.column - 1]
                w = h.columns * VAL_W
                hp = para(h.text, st["ghead"])
                hh = hp.wrap(w - 4, 1e6)[1]
                yb = top - (h.line + h.lines) * line_h + 3
                hp.drawOn(c, x0 + 2, yb)
                if h.columns > 1:
                    c.setStrokeColor(BLUE)
                    c.setLineWidth(0.5)
                    c.line(x0 + 4, yb - 1.5, x0 + w - 4, yb - 1.5)
            self.y = top - lines * line_h
            c.setStrokeColor(BLUE)
            c.setLineWidth(0.8)
            c.line(LEFT, self.y, self.right, self.y)
            self.y -= 5
            self.rec()

        header()
        for r, body in enumerate(t.rows):
            total = is_total(body[0])
            lp = para(body[0], st["grow_b"] if total else st["grow"])
            lh = lp.wrap(label_w - 8 - 2 * PAD, 1e6)[1]
            row_h = max(lh + 2 * PAD - 2, COMB_H)
            if self.y - row_h < BOTTOM:
                self.new_page(True)
                header()
            top = self.y
            if not total:
                c.setFillColor(FILL)
                c.rect(LEFT, top - row_h, label_w - 8, row_h, stroke=0, fill=1)
            lp.drawOn(c, LEFT + PAD, top - PAD + 1 - lh)
            for k in range(n):
                g = golden.get((pr.title, t_index, r, k))
                typed, mark = _typed(g) if g else (body[k + 1], "")
                x0 = x_val[k] + 4
                yb = top - COMB_H
                self.comb(x0, yb, typed, COMB_N, FILL_DARK if total else FILL)
                if mark:
                    c.setFont("Helvetica", 6.5)
                    c.setFillColor(INK)
                    c.drawString(x0 + COMB_W + 0.8, yb + 6, mark)
                printed = typed + mark
                if g and printed != g["raw"]:
                    raw[f"{pr.title}|{t_index}|{r}|{g['column']}"] = printed
            self.rec()
            self.y = top - row_h - 4
        self.y -= 6
        return raw


def _golden(dossier) -> dict:
    """(project, table, row, column index) -> golden cell, for the funding tables."""
    by_table: dict = {}
    for g in cell_list(dossier):
        by_table.setdefault((g["project"], int(g["table"])), []).append(g)
    out = {}
    for (title, t), cells in by_table.items():
        if not is_funding(list({g["column"] for g in cells})):
            continue
        per_row: dict = {}
        for g in cells:
            per_row.setdefault(int(g["row"]), []).append(g)
        for r, gs in per_row.items():
            for k, g in enumerate(gs):
                out[(title, t, r, k)] = g
    return out


def _render_once(dossier, target, counts):
    truth = Truth(dossier, "combfields")
    c = rl_canvas.Canvas(target, pagesize=A4, invariant=1)
    m = meta(dossier, "combfields")
    c.setTitle(m["title"]); c.setAuthor(m["author"]); c.setSubject(m["subject"]); c.setCreator(m["creator"])
    f = _Form(c, dossier, truth, counts)
    golden = _golden(dossier)
    raw: dict = {}
    st = f.st
    for p, pr in enumerate(dossier.projects):
        f.project = p
        f.new_page(False, first=True)
        truth.heading(p)(f.page)
        f.form_head()
        f.band("1", "Gegevens project")
        f.question("1.1", "Thema", [para(pr.theme, st["body"])])
        f.question("1.2", "Titel van het project", [para(pr.title, st["body"])])
        f.band("2", "Projectbeschrijving")
        inner = f.right - (LEFT + LABEL_W) - 2 * PAD
        k = 0
        top_tables = []
        t_index = 0
        for row in pr.rows:
            if isinstance(row, source.Table):
                top_tables.append((t_index, row))
                t_index += 1
                continue
            items = []
            for cnt in row.content:
                if isinstance(cnt, source.Table):
                    items.append(_plain_table(cnt, st, inner))
                    t_index += 1
                else:
                    items.append(field_para(cnt, st["body"], st["item"], None))
            k += 1
            f.question(f"2.{k}", row.label, items)
        if pr.notes:
            notes = [para(f"{n.mark} {t}" if j == 0 else t, st["note"] if j == 0 else st["note_more"])
                     for n in pr.notes for j, t in enumerate(n.text or ("",))]
            f.question("", "Voetnoten", notes)
        f.new_page(True)
        f.band("3", "Begroting (bedragen in hele euro's)")
        for q, (ti, t) in enumerate(top_tables, 1):
            lab = para(f"3.{q}", st["num"])
            lab.wrap(NUM_W, 1e6)
            lab.drawOn(c, LEFT, f.y - lab.height)
            lp = para("Kosten en financiering", st["label"])
            lp.wrap(300, 1e6)
            lp.drawOn(c, LEFT + NUM_W, f.y - lp.height)
            f.y -= 18
            raw.update(f.grid(p, ti, t, golden))
            if t.footnotes:
                f.question("", "Toelichting", [para(x, st["body"]) for x in t.footnotes])
        f.band("4", "Ondertekening")
        if f.y - 60 < BOTTOM:
            f.new_page(True)
        n = para("4.1", st["num"]); n.wrap(NUM_W, 1e6); n.drawOn(c, LEFT, f.y - n.height)
        lp = para("Datum", st["label"]); lp.wrap(200, 1e6); lp.drawOn(c, LEFT + NUM_W, f.y - lp.height)
        x = LEFT + LABEL_W
        xs = f.comb(x, f.y - COMB_H, "14052018", 8, FILL, groups=False, seps={2: 6.0, 4: 6.0})
        c.setFont("Helvetica", 8)
        c.setFillColor(BLUE)
        for b in (2, 4):
            c.drawCentredString(xs[b] - 3.5 - 0.5, f.y - COMB_H + 3.6, "-")
        f.y -= COMB_H + 8
        n = para("4.2", st["num"]); n.wrap(NUM_W, 1e6); n.drawOn(c, LEFT, f.y - n.height)
        lp = para("Handtekening", st["label"]); lp.wrap(200, 1e6); lp.drawOn(c, LEFT + NUM_W, f.y - lp.height)
        c.setFillColor(FILL)
        c.rect(LEFT + LABEL_W, f.y - 40, 200, 40, stroke=0, fill=1)
        f.rec()
        f.y -= 48
    c.showPage()
    c.save()
    truth.pages = f.page
    return truth, f.pages_of, raw


def render_combfields(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
    _, counts, _ = _render_once(dossier, io.BytesIO(), None)
    truth, counts2, raw = _render_once(dossier, str(pdf_path), counts)
    assert counts2 == counts
    record = truth.record()
    if raw:
        record["raw"] = dict(sorted(raw.items()))
    return record
