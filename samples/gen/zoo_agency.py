"""Two agency house styles for the layout zoo (see zoo.py), written as held-out layouts:
the extractor was measured on them before it was changed for what they draw.

- sidebar:  a design agency's house style. Sans body in a narrow main column; each project
            on a new page under a coloured 18pt title with a thin rule, the theme small and
            grey above it; the short fields (project name, parties) in a shaded fact box in
            a 5 cm right-hand column beside the start of the text; long-field labels in
            simulated small caps; the investment table across the whole text width with
            hairline rules between rows only, the house's own column headers and the label
            in a caption below it ("Tabel 3. ... (bedragen in euro)"); project notes as page
            footnotes; footer "Regio Deal <name> | <page>", header on odd pages only; a
            contents page with leader dots.
- magazine: two justified serif columns; each project opens a new page under a
            full-width heading ("3  Skills Twente", the number in another colour, the theme
            in italic above); bold run-in labels ("Partijen. ..."); investment tables across
            the page width at the top of the next page (the columns continue below), dark
            header, zebra rows, a ruled bold Totaal row; page numbers centred; a two-column
            contents page.
"""

from __future__ import annotations

import re
from itertools import groupby
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, has_mark,
                         is_total, meta, page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4


# --- shared ---------------------------------------------------------------------------




def _toc_text(dossier, p):
    pr = dossier.projects[p]
    return dossier.toc[p].text if p < len(dossier.toc) else f"{pr.theme} {pr.title}"



def end_notes(notes, st, rec) -> list:
    """A project's notes as paragraphs, each note's first with its mark."""
    return [para(f"{note.mark} {t}" if j == 0 else t, st["note"] if j == 0 else st["note_more"], rec)
            for note in notes for j, t in enumerate(note.text or ("",))]


def fields_with_notes(pr, st, rec, foot, place, label=None) -> list:
    """A project's fields in order: each label and its paragraphs, a paragraph that holds a
    note's mark carrying the note to its page's foot (notes whose mark is nowhere go with the
    last paragraph); tables where `place(table, inside_a_field)` puts them; the label of the
    k-th field (from 1) drawn by `label(field, k)` where given."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    k = 0
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += place(row, False)
            continue
        k += 1
        story.append(label(row, k) if label else para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += place(item, True)
                continue
            q = para(item, st["body"], rec)
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


def _note_owners(pr, rows):
    """Each note goes with the first paragraph (among `rows`' fields) that holds its mark;
    -> ({(row, item): [notes]}, [notes whose mark is nowhere])."""
    texts = [(r, i, c) for r, row in enumerate(pr.rows) if r in rows
             and isinstance(row, source.Field)
             for i, c in enumerate(row.content) if isinstance(c, str)]
    owner: dict[tuple, list] = {}
    loose = []
    for note in pr.notes:
        hit = next(((r, i) for r, i, c in texts if has_mark(c, note.mark)), None)
        if hit is None:
            loose.append(note)
        else:
            owner.setdefault(hit, []).append(note)
    return owner, loose


def _grid(t: source.Table, st, rec, head_text=lambda s: s, label=True):
    """Cells of table `t` (header lines + body rows) and its header spans, every text a
    recorded paragraph; header texts through `head_text`; the table label as the first
    header cell, or nothing there."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    if label:
        rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    placed = t.header_cells()
    for h in placed:
        hs = st["tgroup"] if h.columns > 1 else st["thead"]
        rows[h.line][h.column] = para(head_text(h.text), hs, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    totals = []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        row = [para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
        row += [para(text, st["tamount_b"] if bold else st["tamount"], rec) for text in body[1:]]
        rows.append(row)
    return rows, spans, placed, totals


def _widest_word(text, font, size):
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _col_widths(t, heads, width, st, pad, label_share=0.34, min_label=72.0, squeeze=True):
    """Column widths from what the cells need: a value column as wide as its header on at
    most two lines and its widest cell (a long text cell may wrap), the label column the rest (about
    `label_share` of the width, more where the values leave room). None where the values
    do not fit next to a `min_label` label column and not `squeeze`."""
    n = t.columns
    need = [0.0] * n
    hf, hs = st["thead"].fontName, st["thead"].fontSize
    bf, bs = st["tamount_b"].fontName, st["tamount_b"].fontSize
    for h in t.header_cells():
        if h.columns == 1:  # room for the header on two lines at most
            text = heads(h.text)
            want = max(_widest_word(text, hf, hs), stringWidth(text, hf, hs) / 2 + 4)
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            full = stringWidth(text, bf, bs)
            need[c] = max(need[c], min(full, max(_widest_word(text, bf, bs), 80.0)))
    need = [w + 2 * pad + 2 for w in need]
    label_need = max([_widest_word(r[0], bf, bs) for r in t.rows] +
                     [_widest_word(t.label, hf, hs)]) + 2 * pad + 2
    min_label = max(min_label, min(label_need, 110.0))
    rest = width - sum(need)
    if rest < min_label:
        if not squeeze:
            return None
        k = (width - min_label) / sum(need)
        return [min_label] + [w * k for w in need]
    label = max(min_label, min(rest, width * label_share))
    extra = (rest - label) / n
    return [label] + [w + extra for w in need]


# --- sidebar --------------------------------------------------------------------

ACCENT = colors.HexColor("#00796B")
GREY = colors.HexColor("#6B6B6B")
BOX_FILL = colors.HexColor("#E6F2F0")
HAIR = colors.HexColor("#9E9E9E")

# The house's own column headers: (leading word of the source header, house word); the
# rest of the source header ("EUR", "(€)", "(incl. Invest-NL)") is kept.
_HOUSE_WORDS = [
    (r"totaal", "Totale kosten"),
    (r"privaat", "Private partijen"),
    (r"onderw(?:ijs|\.)?", "Onderwijsinstellingen"),
    (r"gem(?:eenten?|\.)?", "Gemeenten"),
    (r"prov(?:incie|\.)?", "Provincie"),
    (r"overig publiek", "Overige overheden"),
    (r"rijk", "Bijdrage Rijk"),
]


def house_header(text: str) -> str:
    for pattern, word in _HOUSE_WORDS:
        m = re.match(rf"(?i)\s*{pattern}(?=\s|$|\()", text)
        if m:
            return word + text[m.end():]
    return text


def _small_caps(label: str, size: float) -> str:
    """Markup for simulated small caps: capitals at `size`, the originally lower-case
    letters as capitals at 80 %."""
    out = []
    for lower, run in groupby(label, key=str.islower):
        s = "".join(run)
        if lower:
            out.append(f'<font size="{size * 0.8:.2f}">{escape(s.upper())}</font>')
        else:
            out.append(escape(s))
    return "".join(out)


def _is_short(field) -> bool:
    return (isinstance(field, source.Field) and re.search(r"(?i)naam|partij", field.label)
            is not None and all(isinstance(c, str) for c in field.content)
            and sum(len(c) for c in field.content) < 800)


class _Float:
    """Where the fact box of the current page ends (page number, y of its foot)."""
    page = None
    bottom = 0.0


class _SideBox(Flowable):
    """The shaded fact box, floated into the right-hand column: no height in the flow,
    drawn from the current position down (the main text beside it is indented)."""

    def __init__(self, box, width, state, drop):
        super().__init__()
        self.box, self.w, self.state, self.drop = box, width, state, drop

    def wrap(self, aW, aH):
        self.aW = aW
        self.bh = self.box.wrap(self.w, 1e6)[1]
        return aW, 0

    def drawOn(self, canv, x, y, _sW=0):
        top = y - self.drop
        if top - self.bh < 2 * cm:
            raise ValueError("the fact box does not fit on the project's first page")
        self.box.drawOn(canv, x + self.aW - self.w, top - self.bh)
        self.state.page, self.state.bottom = canv.getPageNumber(), top - self.bh


class _Clear(Flowable):
    """Moves what follows (full width) below the fact box when it is on this page."""

    def __init__(self, state):
        super().__init__()
        self.state = state

    def wrap(self, aW, aH):
        frame, canv = getattr(self, "_frame", None), getattr(self, "canv", None)
        h = 0.0
        if frame is not None and canv is not None and self.state.page == canv.getPageNumber():
            h = max(0.0, frame._y - self.state.bottom + 10)
        return aW, h

    def draw(self):
        pass


class _Rule(Flowable):
    def __init__(self, width, colour, thickness, space=4):
        super().__init__()
        self.w, self.colour, self.t, self.space = width, colour, thickness, space

    def wrap(self, aW, aH):
        self.drawn = min(self.w, aW)
        return self.drawn, self.t + 2 * self.space

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.t)
        c.line(0, self.space, self.drawn, self.space)
        c.restoreState()


class _TocLine(Flowable):
    """A contents entry: text, leader dots, page number at the right."""

    def __init__(self, text_p, page, style, page_w=28):
        super().__init__()
        self.p, self.page, self.st, self.page_w = text_p, page, style, page_w

    def wrap(self, aW, aH):
        self.aW = aW
        self.h = self.p.wrap(aW - self.page_w - 12, aH)[1]
        return aW, self.h

    def draw(self):
        c, st = self.canv, self.st
        self.p.drawOn(c, 0, 0)
        bl = self.p.blPara
        lines = bl.lines
        text_w = self.aW - self.page_w - 12
        extra = lines[-1][0] if bl.kind == 0 else lines[-1].extraSpace
        used = text_w - extra
        base = self.h - st.fontSize - (len(lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(GREY)
        step = stringWidth(". ", st.fontName, st.fontSize)
        x0, x1 = used + 6, self.aW - self.page_w
        count = max(0, int((x1 - x0) / step))
        c.drawString(x1 - count * step, base, ". " * count)
        c.setFillColor(colors.black)
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


def render_sidebar(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    sans, bold = "DejaVuSans", "DejaVuSans-Bold"
    margin_x, margin_top, margin_bottom = 2.0 * cm, 2.4 * cm, 2.4 * cm
    fw = WIDTH - 2 * margin_x
    side_w, gap = 5.0 * cm, 0.7 * cm
    main_w = fw - side_w - gap
    indent = side_w + gap
    label_size = 9.4
    st = {
        "body": ParagraphStyle("s-body", fontName=sans, fontSize=8.8, leading=12.6,
                               rightIndent=indent, spaceAfter=5),
        "label": ParagraphStyle("s-label", fontName=bold, fontSize=label_size, leading=12,
                                textColor=ACCENT, rightIndent=indent, spaceBefore=10,
                                spaceAfter=3, keepWithNext=1),
        "theme": ParagraphStyle("s-theme", fontName=sans, fontSize=8, leading=10,
                                textColor=GREY, spaceAfter=3, keepWithNext=1),
        "title": ParagraphStyle("s-title", fontName=sans, fontSize=18, leading=22,
                                textColor=ACCENT, keepWithNext=1),
        "box_label": ParagraphStyle("s-bl", fontName=bold, fontSize=7.2, leading=9,
                                    textColor=colors.HexColor("#264D48")),
        "box_text": ParagraphStyle("s-bt", fontName=sans, fontSize=7.8, leading=10.2),
        "tlabel": ParagraphStyle("s-tl", fontName=bold, fontSize=7.4, leading=9.2),
        "thead": ParagraphStyle("s-th", fontName=bold, fontSize=7.4, leading=9.2,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("s-tg", fontName=bold, fontSize=7.4, leading=9.2,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle("s-tb", fontName=sans, fontSize=7.8, leading=9.8),
        "tbody_b": ParagraphStyle("s-tbb", fontName=sans, fontSize=7.8, leading=9.8),
        "tamount": ParagraphStyle("s-ta", fontName=sans, fontSize=7.8, leading=9.8,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("s-tab", fontName=sans, fontSize=7.8, leading=9.8,
                                    alignment=TA_RIGHT),
        "caption": ParagraphStyle("s-cap", fontName=sans, fontSize=7.8, leading=10,
                                  textColor=colors.HexColor("#333333"), spaceBefore=4),
        "tfoot": ParagraphStyle("s-tf", fontName=sans, fontSize=6.8, leading=8.4,
                                textColor=colors.HexColor("#444444"), spaceBefore=1.5),
        "note": ParagraphStyle("s-note", fontName=sans, fontSize=6.8, leading=8.4,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": ParagraphStyle("s-toch", fontName=sans, fontSize=22, leading=26,
                                textColor=ACCENT, spaceAfter=18),
        "toc": ParagraphStyle("s-toc", fontName=sans, fontSize=9.6, leading=12.4),
    }
    name = dossier_name(dossier)
    running = meta(dossier, "sidebar")["title"]
    footer = f"Regio Deal {name}".strip()

    def once(info):
        truth = Truth(dossier, "sidebar")
        state = _Float()
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=90)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin_x,
                  rightMargin=margin_x, topMargin=margin_top, bottomMargin=margin_bottom,
                  **meta(dossier, "sidebar"))
        frame = Frame(margin_x, margin_bottom, fw, HEIGHT - margin_top - margin_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(sans, 7.5)
            canv.setFillColor(GREY)
            text = f"{footer} | {page}"
            if page % 2:  # recto: the header, the footer at the outer (right) edge
                canv.drawRightString(WIDTH - margin_x, HEIGHT - 1.45 * cm, running)
                canv.drawRightString(WIDTH - margin_x, 1.3 * cm, text)
            else:
                canv.drawString(margin_x, 1.3 * cm, text)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"]), _Rule(fw, ACCENT, 0.6, 2),
                 Spacer(0, 10)]
        for p in range(len(dossier.projects)):
            story.append(_TocLine(para(_toc_text(dossier, p), st["toc"]), page_of(info, p),
                                  st["toc"]))
            story.append(Spacer(0, 5))

        counter = [0]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], rec))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(_Rule(fw, ACCENT, 0.7, 5))
            short = [r for r, row in enumerate(pr.rows) if _is_short(row)]
            if short:
                cells, cmds = [], []
                for r in short:
                    field = pr.rows[r]
                    if cells:
                        cmds.append(("TOPPADDING", (0, len(cells)), (0, len(cells)), 8))
                    cells.append([para(field.label, st["box_label"], rec)])
                    cells += [[para(c, st["box_text"], rec)] for c in field.content]
                box = Table(cells, colWidths=[side_w], style=TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), BOX_FILL),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (0, 0), 9), ("BOTTOMPADDING", (0, -1), (0, -1), 9),
                    ("LINEABOVE", (0, 0), (0, 0), 1.5, ACCENT)] + cmds))
                story.append(_SideBox(box, side_w, state, drop=st["label"].spaceBefore))
            owner, loose = _note_owners(pr, {r for r in range(len(pr.rows)) if r not in short})
            last_q = None
            for r, row in enumerate(pr.rows):
                if r in short:
                    continue
                if isinstance(row, source.Table):
                    counter[0] += 1
                    story.append(_Clear(state))
                    story.append(_sidebar_table(row, st, rec, fw, counter[0], investment=True))
                    last_q = None
                    continue
                story.append(para("", st["label"], rec,
                                  markup=_small_caps(row.label, label_size)))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        counter[0] += 1
                        story.append(_sidebar_table(item, st, rec, main_w, counter[0],
                                                    investment=False))
                        last_q = None
                    else:
                        q = para(item, st["body"], rec)
                        if (r, i) in owner:
                            q._notes, q._foot = tuple(owner[(r, i)]), foot
                        story.append(q)
                        last_q = q
            if loose:  # a mark nowhere in the text: the notes go with the last paragraph
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)


def _sidebar_table(t, st, rec, width, number, investment):
    # The house words name funding sources; a table of years or milestones keeps its own.
    head_text = house_header if investment else (lambda text: text)
    rows, spans, placed, _ = _grid(t, st, rec, head_text=head_text, label=False)
    lines = len(t.header)
    pad = 4
    widths = _col_widths(t, head_text, width, st, pad)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIR),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.6, ACCENT)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines if investment else 0,
                  style=TableStyle(cmds), hAlign="LEFT")
    caption = f"<font name=\"DejaVuSans-Bold\">Tabel {number}.</font> {escape(t.label)}"
    if investment:
        caption += " (bedragen in euro)"
    out = [Spacer(0, 8 if investment else 4), table, para("", st["caption"], rec, markup=caption)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return KeepTogether(out)


# --- magazine -------------------------------------------------------------------

INK = colors.HexColor("#23232B")
NUMBER = colors.HexColor("#C4512B")
ZEBRA = colors.HexColor("#F2EEE6")


class _Opener(Flowable):
    """Full-width project heading: the theme in italic, then number and title on one
    line (the title's later lines hang under its first word), a rule below."""

    def __init__(self, theme_p, num_p, title_p, num_w):
        super().__init__()
        self.theme_p, self.num_p, self.title_p, self.num_w = theme_p, num_p, title_p, num_w

    def wrap(self, aW, aH):
        self.aW = aW
        self.th = self.theme_p.wrap(aW, aH)[1]
        self.nh = self.num_p.wrap(self.num_w, aH)[1]
        self.tt = self.title_p.wrap(aW - self.num_w, aH)[1]
        self.h = self.th + 5 + max(self.nh, self.tt) + 12
        return aW, self.h

    def draw(self):
        c = self.canv
        y = self.h - self.th
        self.theme_p.drawOn(c, 0, y)
        top = y - 5
        self.num_p.drawOn(c, 0, top - self.nh)
        self.title_p.drawOn(c, self.num_w, top - self.tt)
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(1.2)
        c.line(0, 3, self.aW, 3)
        c.restoreState()


def _block_height(flowables, width):
    h = 0.0
    for k, f in enumerate(flowables):
        h += f.wrap(width, HEIGHT)[1]
        if k:
            h += f.getSpaceBefore()
        if k < len(flowables) - 1:
            h += f.getSpaceAfter()
    return h


def render_magazine(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    serif, serif_b, serif_i = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    mx, mt, mb = 1.8 * cm, 1.9 * cm, 2.2 * cm
    fw = WIDTH - 2 * mx
    gutter = 0.75 * cm
    col_w = (fw - gutter) / 2
    head_gap = 16
    st = {
        "body": ParagraphStyle("m-body", fontName=serif, fontSize=9.5, leading=12.9,
                               alignment=TA_JUSTIFY, spaceAfter=4.5),
        "theme": ParagraphStyle("m-theme", fontName=serif_i, fontSize=10.5, leading=13,
                                textColor=colors.HexColor("#5C5C5C")),
        "num": ParagraphStyle("m-num", fontName="DejaVuSans-Bold", fontSize=22, leading=26,
                              textColor=NUMBER),
        "title": ParagraphStyle("m-title", fontName=serif_b, fontSize=22, leading=26,
                                textColor=INK),
        "tlabel": ParagraphStyle("m-tl", fontName="DejaVuSans-Bold", fontSize=7.6,
                                 leading=9.4, textColor=colors.white),
        "thead": ParagraphStyle("m-th", fontName="DejaVuSans-Bold", fontSize=7.6, leading=9.4,
                                textColor=colors.white, alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("m-tg", fontName="DejaVuSans-Bold", fontSize=7.6, leading=9.4,
                                 textColor=colors.white, alignment=TA_CENTER),
        "tbody": ParagraphStyle("m-tb", fontName=serif, fontSize=7.9, leading=9.9),
        "tbody_b": ParagraphStyle("m-tbb", fontName=serif_b, fontSize=7.9, leading=9.9),
        "tamount": ParagraphStyle("m-ta", fontName=serif, fontSize=7.9, leading=9.9,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("m-tab", fontName=serif_b, fontSize=7.9, leading=9.9,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("m-tf", fontName=serif_i, fontSize=7.2, leading=9,
                                spaceBefore=3),
        "note": ParagraphStyle("m-note", fontName=serif, fontSize=7.4, leading=9.2,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("m-notem", fontName=serif, fontSize=7.4, leading=9.2,
                                    leftIndent=9, spaceAfter=1.5),
        "toc_h": ParagraphStyle("m-toch", fontName=serif_b, fontSize=26, leading=30,
                                textColor=INK),
        "toc_theme": ParagraphStyle("m-toct", fontName=serif_i, fontSize=8.6, leading=10.6,
                                    textColor=colors.HexColor("#5C5C5C")),
        "toc": ParagraphStyle("m-toc", fontName=serif, fontSize=9.6, leading=12.2),
        "toc_page": ParagraphStyle("m-tocp", fontName="DejaVuSans-Bold", fontSize=9.6,
                                   leading=12.2, alignment=TA_RIGHT, textColor=NUMBER),
    }

    def once(info):
        truth = Truth(dossier, "magazine")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=mx, rightMargin=mx,
                  topMargin=mt, bottomMargin=mb, **meta(dossier, "magazine"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(serif, 8.5)
            canv.setFillColor(INK)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def columns(top):
            return [Frame(mx + k * (col_w + gutter), mb, col_w, top - mb, leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0) for k in (0, 1)]

        def headed(name, h):
            """A page with a full-width area of height `h` at the top, columns below."""
            top = HEIGHT - mt
            frames = [Frame(mx, top - h, fw, h, leftPadding=0, rightPadding=0,
                            topPadding=0, bottomPadding=0)]
            if top - h - head_gap - mb > 80:
                frames += columns(top - h - head_gap)
            return PageTemplate(name, frames, onPage=on_page)

        templates = []
        story = []

        # contents: heading across the page, entries in two columns
        toc_h = para(dossier.toc_heading, st["toc_h"])
        templates.append(headed("toc", _block_height([toc_h], fw) + 10))
        story += [toc_h, FrameBreak()]
        toc_rows = []
        for p, pr in enumerate(dossier.projects):
            text = _toc_text(dossier, p)
            toc_rows.append([para(f"{p + 1}", st["toc_page"]), para(text, st["toc"]),
                             para(page_of(info, p), st["toc_page"])])
        story.append(Table(toc_rows, colWidths=[18, col_w - 18 - 30, 30], hAlign="LEFT",
                           style=TableStyle([
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ALIGN", (0, 0), (0, -1), "LEFT"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("LEFTPADDING", (1, 0), (1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 4),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#BBBBBB"))])))
        templates.append(PageTemplate("cols", columns(HEIGHT - mt), onPage=on_page))

        def wide(flowables):
            """`flowables` across the page at the top of the next page; the columns go on
            below them."""
            name = f"wide{len(templates)}"
            templates.append(headed(name, _block_height(flowables, fw) + 4))
            return [NextPageTemplate(name), PageBreak(), *flowables,
                    NextPageTemplate("cols"), FrameBreak()]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            number = str(p + 1)
            num_w = stringWidth(number, st["num"].fontName, st["num"].fontSize) + 16
            opener = _Opener(para(pr.theme, st["theme"], rec), para(number, st["num"], rec),
                             para(pr.title, st["title"], truth.heading(p)), num_w)
            name = f"open{p}"
            templates.append(headed(name, _block_height([opener], fw) + 2))
            story += [NextPageTemplate(name), PageBreak(), opener,
                      NextPageTemplate("cols"), FrameBreak()]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += wide(_magazine_table(row, st, rec, fw, fit=False))
                    continue
                content = list(row.content)
                lab = f'<font name="{serif_b}">{escape(row.label)}.</font>'
                if content and isinstance(content[0], str):
                    story.append(para("", st["body"], rec,
                                      markup=f"{lab} {escape(content.pop(0))}"))
                else:
                    story.append(para("", st["body"], rec, markup=lab))
                for item in content:
                    if isinstance(item, source.Table):
                        inside = _magazine_table(item, st, rec, col_w, fit=True)
                        story += inside if inside else wide(
                            _magazine_table(item, st, rec, fw, fit=False))
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story += [Spacer(0, 6), _Rule(70, INK, 0.5, 2), *end_notes(pr.notes, st, rec)]
        doc.addPageTemplates(templates)
        doc.build(story)
        return truth

    return build_until_stable(once)


def _magazine_table(t, st, rec, width, fit):
    """The table's flowables, or None where `fit` and it does not fit in `width`."""
    pad = 4
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=0.36,
                         min_label=60.0 if fit else 72.0, squeeze=not fit)
    if widths is None:
        return None
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, lines - 1), INK),
            ("ROWBACKGROUNDS", (0, lines), (-1, -1), [colors.white, ZEBRA])]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.9, INK))
    for h in placed:  # a thin light rule under a spanning group header
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4,
                         colors.HexColor("#8A8A96")))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    out = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    if fit:
        return [Spacer(0, 4), KeepTogether(out), Spacer(0, 8)]
    return out
