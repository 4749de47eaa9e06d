"""One more house style for the layout zoo (see zoo.py), held out: a brochure-like dossier a
communications officer made in a desktop publisher (Publisher / Word with "text boxes") ENTIRELY
OUT OF FLOATING TEXT BOXES, every field a tinted, bordered box of its own, the funding tables
grids of separate small cell boxes, and the page content written in the boxes' Z-ORDER.

- floatboxes: A4 portrait, margins 1.6 cm left and right, 1.8 cm top, 2.0 cm bottom (a 17.8
          cm wide layout area). Helvetica throughout (DejaVu Sans for a text with a character
          it lacks), dark ink (#2A2A2A). NO TEXT FLOW AT ALL: everything printed is in a
          text box placed on the page, the boxes 9pt apart both ways.
          PAGE FURNITURE (boxes too): at the top right, right-aligned, "Regio Deal <Name> ·
          projectenbrochure" in 7.5pt grey in a borderless box 1.0 cm from the top edge; at
          the bottom right a small plum square (16 x 16pt) with the page number in 8pt bold
          white centred in it.
          Each project OPENS A NEW PAGE with a TITLE BOX across the layout width, filled plum
          (#5B2A6E), no border, 10pt padding: the theme in 8pt capitals in a pale tint
          (#D9C6E3), under it the title in 17pt bold white (wrapping).
          FIELD BOXES: every field is a box with a 0.75pt border in one of three house
          colours and a light tint of the same colour inside (plum #6C3D82 on #F6F0F9, teal
          #2F7D6D on #EEF7F4, ochre #A8741A on #FDF6E7, by turns in the project's field
          order), 7pt padding; the field's LABEL (as transcribed) in 9pt bold in the border
          colour as the box's first line, 3pt above the text; the paragraphs in 9pt on 12pt,
          ragged right, 3pt apart; a list item hangs on its marker. THE FREE ARRANGEMENT:
          two consecutive fields (no table in either) that each need at most 200pt of height
          in a HALF-WIDTH box (8.45 cm) stand SIDE BY SIDE, both boxes as tall as the taller
          one (the shorter one's text at its top); any other field is a WIDE box across the
          layout width, as tall as its text. A box that does not fit under the boxes already
          on the page (less than 60pt left: it moves to the next page) is cut at the page's
          foot and its text CONTINUES IN A LINKED BOX at the top of the next page: the same
          border and tint, NO label and NO "vervolg" marker, the text running on mid-paragraph
          where the cut fell. A field holding a table: its paragraphs before the table in the
          labelled box, the table's cell boxes under it (see below), the paragraphs after the
          table in a further box of the same colours without a label.
          FUNDING TABLES (and the tables inside a field) are a GRID OF SEPARATE CELL BOXES
          across the layout width, 2.5pt apart both ways (no shared rules; the gaps show as
          white lines), 8pt type, 4pt padding left and right, 3pt top and bottom. The header
          boxes FILLED DARK PLUM (#6C3D82), no border, the text bold white: the table's label
          (as transcribed) in the corner box, which is as tall as all header lines; a column
          name right-aligned at the foot of its box; a group name ("Publiek") centred in ONE
          box as wide as its members' boxes and the gaps between them, its members' boxes on
          the line under it; a name over both header lines one tall box. Body rows: the row
          label in a box filled light plum (#EDE3F2), no border; every value (amounts right-
          aligned exactly as transcribed, words left) in a WHITE box with a 0.5pt plum
          border, an empty cell an empty bordered box; all boxes of a row as tall as its
          tallest cell, the text at the top. The Totaal row (a label starting "Totaal"/
          "Total") in bold, all its boxes filled mid plum (#D9C6E3), no borders. A table's
          footnotes in a borderless box under it, 7.5pt. A table that does not fit under the
          boxes on the page starts the next page; one longer than a page is cut between body
          rows and goes on there under its header boxes again. The transcription's page
          breaks are not followed.
          The project's notes in a last box with a 0.5pt grey border, no tint, 7.5pt, each
          "<mark> <text>".
          THE CONTENT STREAM: every box is drawn in one go (its fill and border, then its
          text), but the boxes of a page are written in their Z-ORDER, the order the officer
          created them, which is not the reading order: a seeded shuffle per page (the same on
          every rendering), so a page's furniture, title, field boxes and table cells come in
          any order.

Every cell is printed exactly as transcribed, in the transcription's order: the truth record
is the plain one (no "raw"). A project runs from its title box to the last page on which one of
its boxes draws text.
"""

from __future__ import annotations

import random

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas

from . import source
from .zoo_agency import _col_widths
from .zoo_common import Truth, dossier_name, field_para, font_for, is_total, meta, para, register_fonts
from .zoo_percent import amount

W, H = A4
ML = MR = 1.6 * cm
MT, MB = 1.8 * cm, 2.0 * cm
TW = W - ML - MR
TOP = H - MT
GAP = 9.0
HALF = (TW - GAP) / 2
PAD = 7.0
CGAP = 2.5
INK = colors.HexColor("#2A2A2A")
PLUM = colors.HexColor("#5B2A6E")
DARK = colors.HexColor("#6C3D82")
LIGHT = colors.HexColor("#EDE3F2")
MID = colors.HexColor("#D9C6E3")
GREY = colors.HexColor("#777777")
PALETTE = [(colors.HexColor("#6C3D82"), colors.HexColor("#F6F0F9")),
           (colors.HexColor("#2F7D6D"), colors.HexColor("#EEF7F4")),
           (colors.HexColor("#A8741A"), colors.HexColor("#FDF6E7"))]
PAIR_MAX = 200.0
MIN_LEFT = 60.0


def _st(name, font="Helvetica", size=9.0, leading=12.0, **kw):
    return ParagraphStyle(f"fb-{name}", fontName=font, fontSize=size, leading=leading,
                          textColor=kw.pop("textColor", INK), **kw)


ST = {
    "body": _st("body", spaceAfter=3),
    "item": _st("item", leftIndent=11, bulletIndent=0, spaceAfter=3),
    "theme": _st("theme", size=8, leading=10, textColor=MID, spaceAfter=3),
    "title": _st("title", "Helvetica-Bold", 17, 20.5, textColor=colors.white),
    "tlabel": _st("tl", "Helvetica-Bold", 8, 9.8, textColor=colors.white),
    "thead": _st("th", "Helvetica-Bold", 8, 9.8, textColor=colors.white, alignment=TA_RIGHT),
    "tgroup": _st("tg", "Helvetica-Bold", 8, 9.8, textColor=colors.white, alignment=TA_CENTER),
    "tbody": _st("tb", size=8, leading=9.8),
    "tbody_b": _st("tbb", "Helvetica-Bold", 8, 9.8),
    "tamount": _st("ta", size=8, leading=9.8, alignment=TA_RIGHT),
    "tamount_b": _st("tab", "Helvetica-Bold", 8, 9.8, alignment=TA_RIGHT),
    "tfoot": _st("tf", size=7.5, leading=9.5, spaceAfter=1),
    "note": _st("note", size=7.5, leading=9.5, spaceAfter=2),
}


def _label_style(colour) -> ParagraphStyle:
    return _st(f"label-{colour.hexval()}", "Helvetica-Bold", 9, 11.5, textColor=colour, spaceAfter=3)


def _fit(flow: list, width: float, height: float):
    """Take from `flow` what fits in `height` at `width`, splitting the flowable that does not
    fit: ([(flowable, its height, space after)], the rest, the height used)."""
    placed, used = [], 0.0
    flow = list(flow)
    while flow:
        f = flow[0]
        _, h = f.wrap(width, 1e6)
        after = f.getSpaceAfter()
        if used + h <= height + 0.01:
            placed.append((f, h, after))
            used += h + after
            flow.pop(0)
            continue
        parts = f.split(width, height - used) if height - used > 10 else []
        if len(parts) >= 2:
            _, h0 = parts[0].wrap(width, 1e6)
            placed.append((parts[0], h0, 0.0))
            used += h0
            flow[0:1] = parts[1:]
        break
    if placed:
        used -= placed[-1][2]
    return placed, flow, used


def _flow_height(flow: list, width: float) -> float:
    return _fit(flow, width, 1e6)[2]


class _Page:
    def __init__(self, r: "_Renderer"):
        self.r = r
        r.page += 1
        self.no = r.page
        self.objs: list = []
        self.y = TOP
        self.furniture()

    def add(self, fn):
        self.objs.append(fn)

    def furniture(self):
        text = f"Regio Deal {self.r.name} · projectenbrochure"
        no = str(self.no)

        def head(c):
            c.saveState()
            c.setFillColor(GREY)
            c.setFont(font_for(text, "Helvetica"), 7.5)
            c.drawRightString(W - MR, H - 1.0 * cm, text)
            c.restoreState()

        def folio(c):
            c.saveState()
            x, y = W - MR - 16, 0.9 * cm
            c.setFillColor(PLUM)
            c.rect(x, y, 16, 16, stroke=0, fill=1)
            c.setFillColor(colors.white)
            c.setFont("Helvetica-Bold", 8)
            c.drawCentredString(x + 8, y + 5, no)
            c.restoreState()
        self.add(head)
        self.add(folio)

    def left(self) -> float:
        return self.y - MB

    def flush(self, canv):
        order = list(range(len(self.objs)))
        random.Random(f"floatboxes-{self.no}").shuffle(order)
        for k in order:
            self.objs[k](canv)
        canv.showPage()


def _box(x, top, w, h, stroke, fill, items, pad=PAD, line=0.75, valign="top"):
    """A box drawer: its rectangle, then its (flowable, height, after) items from the top."""
    def draw(c):
        c.saveState()
        if fill is not None:
            c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(line)
        c.rect(x, top - h, w, h, stroke=1 if stroke is not None else 0, fill=1 if fill is not None else 0)
        c.restoreState()
        used = sum(hh + a for _, hh, a in items) - (items[-1][2] if items else 0)
        y = top - pad if valign == "top" else top - h + pad + used
        for f, hh, after in items:
            y -= hh
            f.drawOn(c, x + pad, y)
            y -= after
    return draw


class _Renderer:
    def __init__(self, dossier, pdf_path):
        self.dossier = dossier
        self.name = dossier_name(dossier)
        self.truth = Truth(dossier, "floatboxes")
        self.canv = Canvas(str(pdf_path), pagesize=A4, invariant=1, pageCompression=1)
        info = meta(dossier, "floatboxes")
        self.canv.setTitle(info["title"]); self.canv.setAuthor(info["author"])
        self.canv.setSubject(info["subject"]); self.canv.setCreator(info["creator"])
        self.page = 0
        self.cur: _Page | None = None

    def new_page(self) -> _Page:
        if self.cur is not None:
            self.cur.flush(self.canv)
        self.cur = _Page(self)
        return self.cur

    # --- boxes ----------------------------------------------------------------------

    def title_box(self, p: int, pr: source.Project):
        pg = self.new_page()
        rec = self.truth.heading(p)
        flow = [para(pr.theme.upper(), ST["theme"], rec), para(pr.title, ST["title"], rec)]
        placed, _, used = _fit(flow, TW - 20, 1e6)
        h = used + 20
        pg.add(_box(ML, pg.y, TW, h, None, PLUM, placed, pad=10))
        pg.y -= h + GAP

    def wide(self, flow: list, colours, label_first: bool):
        """A wide box (and its linked boxes on the next pages) for `flow`."""
        stroke, fill = colours
        w = TW - 2 * PAD
        while flow:
            pg = self.cur
            if pg.left() < MIN_LEFT:
                pg = self.new_page()
            placed, flow, used = _fit(flow, w, pg.left() - 2 * PAD)
            if not placed:
                pg = self.new_page()
                continue
            h = used + 2 * PAD
            pg.add(_box(ML, pg.y, TW, h, stroke, fill, placed))
            pg.y -= h + GAP
            if flow:
                self.new_page()

    def pair(self, a: list, b: list, ca, cb):
        w = HALF - 2 * PAD
        ha, hb = _flow_height(a, w), _flow_height(b, w)
        h = max(ha, hb) + 2 * PAD
        pg = self.cur
        if h > pg.left():
            pg = self.new_page()
        for k, (flow, (stroke, fill)) in enumerate(((a, ca), (b, cb))):
            placed, rest, _ = _fit(flow, w, 1e6)
            assert not rest
            pg.add(_box(ML + k * (HALF + GAP), pg.y, HALF, h, stroke, fill, placed))
        pg.y -= h + GAP

    def notes(self, pr, rec):
        flow = [para(f"{n.mark} {t}" if j == 0 else t, ST["note"], rec)
                for n in pr.notes for j, t in enumerate(n.text or ("",))]
        self.wide(flow, (GREY, None), False)

    # --- tables ---------------------------------------------------------------------

    def table(self, t: source.Table, rec):
        n = t.columns
        lines = max(len(t.header), 1)
        hpad, vpad = 4.0, 3.0
        widths = _col_widths(t, lambda s: s, TW - n * CGAP, ST, hpad + 1)
        xs = [ML]
        for w in widths[:-1]:
            xs.append(xs[-1] + w + CGAP)

        def span_w(c0, c1):
            return sum(widths[c0:c1 + 1]) + (c1 - c0) * CGAP

        # header cells: (col, line, cols, lines, paragraph)
        heads = [(0, 0, 1, lines, para(t.label, ST["tlabel"], rec))]
        for hc in t.header_cells():
            st = ST["tgroup"] if hc.columns > 1 else ST["thead"]
            heads.append((hc.column, hc.line, hc.columns, hc.lines, para(hc.text, st, rec)))
        line_h = [0.0] * lines
        for c, ln, cs, ls, pp in heads:
            _, hh = pp.wrap(span_w(c, c + cs - 1) - 2 * hpad, 1e6)
            if ls == 1:
                line_h[ln] = max(line_h[ln], hh + 2 * vpad)
        for c, ln, cs, ls, pp in heads:  # a tall cell wider than its lines: stretch the last
            if ls > 1:
                _, hh = pp.wrap(span_w(c, c + cs - 1) - 2 * hpad, 1e6)
                have = sum(line_h[ln:ln + ls]) + (ls - 1) * CGAP
                if hh + 2 * vpad > have:
                    line_h[ln + ls - 1] += hh + 2 * vpad - have
        head_h = sum(line_h) + (lines - 1) * CGAP

        body = []
        for row in t.rows:
            b = "_b" if is_total(row[0]) else ""
            cells = list(row[1:n + 1]) + [""] * (n + 1 - len(row))
            ps = [para(row[0], ST["tbody" + b], rec)]
            ps += [para(v, ST[("tamount" if amount(v) is not None else "tbody") + b], rec) if v else None
                   for v in cells]
            hh = max(pp.wrap(widths[k] - 2 * hpad, 1e6)[1] for k, pp in enumerate(ps) if pp is not None)
            body.append((bool(b), ps, hh + 2 * vpad))

        def draw_head(pg):
            tops = [pg.y]
            for lh in line_h:
                tops.append(tops[-1] - lh - CGAP)
            for c, ln, cs, ls, pp in heads:
                h = tops[ln] - tops[ln + ls] - CGAP
                pw = span_w(c, c + cs - 1)
                pg.add(_cell(xs[c], tops[ln], pw, h, None, DARK, pp, hpad, vpad, bottom=True))
            pg.y -= head_h + CGAP

        foot = [para(f, ST["tfoot"], rec) for f in t.footnotes]
        whole = head_h + CGAP + sum(h + CGAP for _, _, h in body) + (
            _flow_height(foot, TW) + 4 if foot else 0)
        pg = self.cur
        if whole > pg.left() and (whole <= TOP - MB or pg.left() < head_h + 2 * 40):
            pg = self.new_page()
        draw_head(pg)
        for k, (bold, ps, rh) in enumerate(body):
            if rh > pg.left():
                pg = self.new_page()
                draw_head(pg)
            for c, pp in enumerate(ps):
                if bold:
                    stroke, fill = None, MID
                elif c == 0:
                    stroke, fill = None, LIGHT
                else:
                    stroke, fill = DARK, colors.white
                pg.add(_cell(xs[c], pg.y, widths[c], rh, stroke, fill, pp, hpad, vpad))
            pg.y -= rh + CGAP
        pg.y += CGAP
        if foot:
            pg.y -= 4
            placed, rest, used = _fit(foot, TW, pg.left())
            if rest:
                pg = self.new_page()
                placed, rest, used = _fit(foot, TW, 1e6)
            pg.add(_box(ML, pg.y, TW, used, None, None, placed, pad=0))
            pg.y -= used
        pg.y -= GAP

    # --- projects -------------------------------------------------------------------

    def project(self, p: int, pr: source.Project):
        rec = self.truth.content(p)
        self.title_box(p, pr)
        rows = list(pr.rows)
        k = 0
        colour_no = 0
        while k < len(rows):
            row = rows[k]
            if isinstance(row, source.Table):
                self.table(row, rec)
                k += 1
                continue
            nxt = rows[k + 1] if k + 1 < len(rows) else None
            ca = PALETTE[colour_no % 3]
            if (isinstance(nxt, source.Field) and _plain(row) and _plain(nxt)):
                cb = PALETTE[(colour_no + 1) % 3]
                fa, fb_ = _field_flow(row, ca, rec), _field_flow(nxt, cb, rec)
                w = HALF - 2 * PAD
                if _flow_height(fa, w) <= PAIR_MAX and _flow_height(fb_, w) <= PAIR_MAX:
                    self.pair(_field_flow(row, ca, rec), _field_flow(nxt, cb, rec), ca, cb)
                    colour_no += 2
                    k += 2
                    continue
            self.field(row, ca, rec)
            colour_no += 1
            k += 1
        if pr.notes:
            self.notes(pr, rec)

    def field(self, f: source.Field, colours, rec):
        segs: list = [[]]
        for c in f.content or ("",):
            if isinstance(c, source.Table):
                segs.append(c)
                segs.append([])
            else:
                segs[-1].append(c)
        first = True
        for seg in segs:
            if isinstance(seg, source.Table):
                self.table(seg, rec)
                continue
            if not seg and not first:
                continue
            flow = [field_para(t, ST["body"], ST["item"], rec) for t in seg]
            if first:
                flow.insert(0, para(f.label, _label_style(colours[0]), rec))
            self.wide(flow, colours, first)
            first = False

    def render(self) -> dict:
        for p, pr in enumerate(self.dossier.projects):
            self.project(p, pr)
        self.cur.flush(self.canv)
        self.truth.pages = self.page
        self.canv.save()
        return self.truth.record()


def _cell(x, top, w, h, stroke, fill, pp, hpad, vpad, bottom=False):
    def draw(c):
        c.saveState()
        c.setFillColor(fill)
        if stroke is not None:
            c.setStrokeColor(stroke)
            c.setLineWidth(0.5)
        c.rect(x, top - h, w, h, stroke=1 if stroke is not None else 0, fill=1)
        c.restoreState()
        if pp is not None:
            _, ph = pp.wrap(w - 2 * hpad, 1e6)
            y = top - h + vpad if bottom else top - vpad - ph
            pp.drawOn(c, x + hpad, y)
    return draw


def _plain(f) -> bool:
    return isinstance(f, source.Field) and not any(isinstance(c, source.Table) for c in f.content)


def _field_flow(f: source.Field, colours, rec) -> list:
    return [para(f.label, _label_style(colours[0]), rec)] + [
        field_para(t, ST["body"], ST["item"], rec) for t in (f.content or ("",))]


def render_floatboxes(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    return _Renderer(dossier, pdf_path).render()
