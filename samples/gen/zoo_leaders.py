"""One more house style for the layout zoo (see zoo.py), held out: a municipal budget book
("programmabegroting") as a finance department sets it in its Word template.

- leaders: A4 portrait, margins 2.2 cm all round (a 16.6 cm text column). The body in a sans
           (Liberation Sans, Arial's metrics; else DejaVu Sans) at 9.5pt on 13pt, ragged
           right, 4pt after each paragraph; a list item keeps the source's marker and hangs
           on it; a character the font lacks ("⁴", "₂") is set in DejaVu Sans on its own.
           Page 1 is a Word contents page: the transcription's heading ("Inhoud", 16pt bold),
           each theme as a bold 9.5pt entry with the page of its first project, its projects'
           titles indented 0.6 cm under it in regular type, every entry joined to its page
           number (right-aligned at the margin) by a dot leader. Each project starts on a new
           page: the theme in 8.5pt grey, the title in 14pt bold under it (a long title on two
           lines), a 1pt rule across the text column under the title. Fields: the label in
           bold 9.5pt on a line of its own (9pt above it), its paragraphs below. Running footer
           on every page, 7.5pt grey, 1.2 cm from the bottom edge: "Programmabegroting 2019 –
           Regio Deal <name>" at the left, the page number at the right. Project notes as
           Word footnotes at the foot of the page where their mark stands (7.5pt, under a
           short rule; notes whose mark is nowhere go with the project's last paragraph).
           TABLES (investment tables and those inside a field, which stay in their field)
           are set as the department's financial statements: the table's label as a bold 9pt
           caption above the table (left), then the table in 8.5pt (down to 7pt where its
           columns need it) across the text column with NO grid: no vertical rules, no fills,
           no full-width rules. The value columns are one width (that of the widest amount or
           header word, 1.7 to 2.4 cm) and stand at the right of the text column, 8pt apart
           (Word's narrow empty gutter columns); the row-label column takes the rest, its
           header cell empty. Each header cell is bold and right-aligned over its amounts
           (wrapping in its column), at the foot of its header lines, and underlined by a
           0.5pt rule exactly as wide as its column (a cell's bottom border, so the rules of
           neighbouring columns stand apart at the gutters); a group header ("Publiek") is
           centred over its member columns with one such rule spanning just those columns
           (gutter included), its members under it with rules of their own. Each body row:
           the row label (wrapping, 18pt short of the label column) and after its last line a
           DOT LEADER up to 4pt before the label column's edge. The leader is what Word's
           right tab stop with a "....." leader at the cell's edge produces: a run of full
           stops in the body font, as text (it selects and copies as "........"), set close
           at the full stop's own advance, not spaced ". . ."; the dots are not aligned from
           row to row. Amounts right-aligned in their columns on the baseline of the label's
           last line (the cells are bottom-aligned); text cells ("Gem.", "Q4 2024") likewise
           right-aligned, wrapping in their column. The Totaal row (a label starting with
           "Totaal", any case) in bold with the accountant's total lines: one 0.5pt rule over
           each value column above it and a double 0.5pt rule under each value column below
           it, column by column (not across the label). The NIL: the house prints "–" (an en
           dash, right-aligned) for a nil amount: a cell transcribed as "-" or ".-" becomes
           "–" (marks kept: "-*" -> "–*"), and so does an EMPTY cell of a table that holds
           amounts, as the department leaves no cell of a statement blank; a table without
           any amount (a milestone table) keeps its cells as transcribed, and its value
           columns are as wide as its widest cell (up to 4.5 cm). Every other cell as
           transcribed ("1.650.000", "6,33 mln.", "€ 2,45 mln."). Table footnotes in 7.5pt
           under the table. A table breaking over a page is cut between body rows (at least
           one row on each side) and goes on on the next page under its caption followed by
           "(vervolg)" and its header lines again (Word's "repeat header rows", the caption
           being the first of them). The transcription's page breaks are not reproduced.

The truth record holds, under "raw", the text each cell prints where that is not the
transcription's ("–" for "-", ".-" and "", "–*" for "-*"), keyed
"<project>|<table>|<row>|<column key>", the column keys taken from
tests/golden/<dossier>_cells.csv by column order (zoo_budget._column_keys); the value is still
checked against the golden cell list (tests/zoo.py).
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.flowables import HRFlowable

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _column_keys, _fonts, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total, meta,
                         page_of, para, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.2 * cm
FW = WIDTH - 2 * MARGIN
INK = colors.black
GREY = colors.HexColor("#5F5F5F")

GUTTER = 8.0             # between value columns, and between the label column and the first
MIN_VALUE_W = 1.7 * cm
MAX_VALUE_W = 2.4 * cm
MAX_TEXT_W = 4.5 * cm    # a value column of a table without amounts (a milestone table)
MIN_LABEL_W = 4.0 * cm
LEADER_ROOM = 18.0       # the label wraps this much short of its column: room for the leader
LEADER_END = 4.0         # the leader stops this much before the label column's edge
ROW_PAD = 1.6            # above and below a body row's text
HEAD_GAP = 2.0           # header text foot to its rule
RULE_W = 0.5
DOUBLE_GAP = 1.5         # between the two rules of the double total line

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NIL = ("-", ".-", "")
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text.rstrip(_MARKS).strip()))


def printed(text: str, statement: bool) -> str:
    """What the house prints for a cell: "–" for a nil (and for an empty cell of a table
    that holds amounts), footnote marks kept; otherwise the transcription."""
    core = text.rstrip(_MARKS)
    marks = text[len(core):]
    if core.strip() in ("-", ".-") or (statement and not text.strip()):
        return "–" + marks
    return text


class _LeadersTruth(Truth):
    """The truth record with the raw text of every cell printed otherwise."""

    def __init__(self, dossier):
        super().__init__(dossier, "leaders")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _styles(sans, bold):
    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"ld-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=11, firstLineIndent=-11, spaceAfter=4),
        "label": style("label", bold, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", sans, 8.5, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 14, 17.5, spaceAfter=4, keepWithNext=1),
        "toc_h": style("toch", bold, 16, 20, spaceAfter=16),
        "toc_theme": style("toct", bold, 9.5, 13),
        "toc": style("toc", sans, 9.5, 13),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "caption": style("cap", bold, 9, 12),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=2),
        "style": style,
    }


def _table_styles(st, sans, bold, size):
    style = st["style"]
    lead = round(size * 1.22, 2)
    return {
        "head": style(f"th{size}", bold, size, lead, alignment=TA_RIGHT),
        "group": style(f"tg{size}", bold, size, lead, alignment=TA_CENTER),
        "label": style(f"tl{size}", sans, size, lead),
        "label_b": style(f"tlb{size}", bold, size, lead),
        "amount": style(f"ta{size}", sans, size, lead, alignment=TA_RIGHT),
        "amount_b": style(f"tab{size}", bold, size, lead, alignment=TA_RIGHT),
    }


def _widest(text, font, size):
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def _value_width(t: source.Table, cells, sans, bold, size, statement=True) -> float:
    """One width for all value columns: the widest amount (a long text cell may wrap at
    about 60pt) or header word, within MIN_VALUE_W..MAX_VALUE_W; in a table without
    amounts, the widest cell unwrapped, up to MAX_TEXT_W."""
    need = 0.0
    for h in t.header_cells():
        if h.columns == 1:
            need = max(need, _widest(h.text, bold, size))
    for label, row in zip((r[0] for r in t.rows), cells):
        font = bold if is_total(label) else sans
        for text in row:
            full = stringWidth(text, font, size)
            need = max(need, full if not statement else
                       min(full, max(_widest(text, font, size), 60.0)))
    return max(MIN_VALUE_W, min(MAX_VALUE_W if statement else MAX_TEXT_W, need + 1.0))


class _Statement(Flowable):
    """A financial statement: caption, header lines with short rules, body rows with dot
    leaders, the Totaal row's total lines. Splits between body rows; the part on the next
    page repeats the header under "<caption> (vervolg)"."""

    def __init__(self, t: source.Table, cells, st, fonts, rec, size, value_w, cont=False,
                 rows=None):
        super().__init__()
        self.t, self.cells, self.st, self.fonts, self.rec = t, cells, st, fonts, rec
        self.size, self.value_w, self.cont = size, value_w, cont
        self.rows = list(range(len(t.rows))) if rows is None else rows
        self.ts = _table_styles(st, fonts[0], fonts[1], size)

    # geometry

    def _col_x(self, width, c):
        """Left edge of value column c (1-based)."""
        n = self.t.columns
        return width - (n - c + 1) * self.value_w - (n - c) * GUTTER

    def _layout(self, width):
        t, ts = self.t, self.ts
        self.width = width
        self.label_w = self._col_x(width, 1) - GUTTER
        cap_text = t.label + (" (vervolg)" if self.cont else "")
        self.caption = para(cap_text, self.st["caption"])
        self.cap_h = self.caption.wrap(width, 1e6)[1] + 3.0
        # header lines: each placed cell's paragraph and the lines it covers
        lines = len(t.header)
        heads = []
        line_h = [0.0] * lines
        for h in t.header_cells():
            x0 = self._col_x(width, h.column)
            x1 = self._col_x(width, h.column + h.columns - 1) + self.value_w
            p = para(h.text, ts["group"] if h.columns > 1 else ts["head"])
            ph = p.wrap(x1 - x0, 1e6)[1] if h.text else 0.0
            heads.append((h, p, x0, x1, ph))
        for h, _p, _x0, _x1, ph in heads:  # one-line cells first, then the taller ones
            if h.lines == 1:
                line_h[h.line] = max(line_h[h.line], ph + HEAD_GAP + 3.0)
        for h, _p, _x0, _x1, ph in heads:
            if h.lines > 1:
                have = sum(line_h[h.line:h.line + h.lines])
                need = ph + HEAD_GAP + 3.0
                if need > have:
                    line_h[h.line + h.lines - 1] += need - have
        self.heads, self.line_h = heads, line_h
        self.head_h = sum(line_h) + 2.0
        # body rows
        self.body = []
        for i in self.rows:
            total = is_total(t.rows[i][0])
            lp = para(t.rows[i][0], ts["label_b" if total else "label"])
            lh = lp.wrap(self.label_w - LEADER_ROOM, 1e6)[1]
            amounts = []
            for text in self.cells[i]:
                ap = para(text, ts["amount_b" if total else "amount"]) if text else None
                amounts.append((ap, ap.wrap(self.value_w, 1e6)[1] if ap else 0.0))
            inner = max([lh] + [h for _, h in amounts])
            extra = (3.0 if total else 0.0)
            h = inner + 2 * ROW_PAD + extra + (DOUBLE_GAP + 2.0 if total else 0.0)
            self.body.append((i, total, lp, lh, amounts, inner, extra, h))
        return self.cap_h + self.head_h + sum(b[-1] for b in self.body)

    def wrap(self, aW, aH):
        self.h = self._layout(aW)
        return aW, self.h

    def split(self, aW, aH):
        self._layout(aW)
        used = self.cap_h + self.head_h
        k = 0
        for b in self.body:
            if used + b[-1] > aH:
                break
            used += b[-1]
            k += 1
        if k == 0 or k >= len(self.body):
            return []
        first = _Statement(self.t, self.cells, self.st, self.fonts, self.rec, self.size,
                           self.value_w, self.cont, self.rows[:k])
        rest = _Statement(self.t, self.cells, self.st, self.fonts, self.rec, self.size,
                          self.value_w, True, self.rows[k:])
        return [first, rest]

    # drawing

    def _rule(self, c, x0, x1, y):
        c.line(x0, y, x1, y)

    def draw(self):
        c = self.canv
        w = self.width
        y = self.h
        # caption
        self.caption.drawOn(c, 0, y - self.cap_h + 3.0)
        y -= self.cap_h
        # header
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(RULE_W)
        tops = [y]
        for lh in self.line_h:
            tops.append(tops[-1] - lh)
        for h, p, x0, x1, _ph in self.heads:
            foot = tops[h.line + h.lines]  # the foot of its last line
            if h.text:
                p.drawOn(c, x0, foot + 3.0 + HEAD_GAP)
            self._rule(c, x0, x1, foot + 3.0)
        y = tops[-1] - 2.0
        # body
        for _i, total, lp, lh, amounts, inner, extra, h in self.body:
            top = y
            if total:  # a single rule over each value column
                for col in range(1, self.t.columns + 1):
                    x0 = self._col_x(w, col)
                    self._rule(c, x0, x0 + self.value_w, top - 1.0)
            base = top - extra - ROW_PAD - inner  # the foot of the row's text
            lp.drawOn(c, 0, base)
            self._leader(c, lp, lh, base)
            for col, (ap, _ah) in enumerate(amounts, 1):
                if ap is not None:
                    ap.drawOn(c, self._col_x(w, col), base)
            if total:  # the double rule under each value column
                yb = base - ROW_PAD
                for col in range(1, self.t.columns + 1):
                    x0 = self._col_x(w, col)
                    self._rule(c, x0, x0 + self.value_w, yb)
                    self._rule(c, x0, x0 + self.value_w, yb - DOUBLE_GAP)
            y -= h
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())

    def _leader(self, c, lp, lh, base):
        """Word's dot leader after the label's last line up to the label column's edge."""
        style = lp.style
        bl = lp.blPara
        line = bl.lines[-1]
        extra = line[0] if bl.kind == 0 else line.extraSpace
        end_text = (self.label_w - LEADER_ROOM) - extra
        dot = stringWidth(".", style.fontName, style.fontSize)
        x1 = self.label_w - LEADER_END
        x0 = end_text + 2.0
        count = int((x1 - x0) / dot)
        if count < 2:
            return
        # the baseline of the paragraph's last line: reportlab sets line k's baseline
        # fontSize + k * leading below the paragraph's top
        baseline = base + lh - style.fontSize - (len(bl.lines) - 1) * style.leading
        c.saveState()
        c.setFillColor(INK)
        c.setFont(style.fontName, style.fontSize)
        c.drawString(x1 - count * dot, baseline, "." * count)
        c.restoreState()


def statement(t: source.Table, st, fonts, rec, raw_of) -> list:
    """Table `t` as a financial statement across the text column, its footnotes under it."""
    sans, bold, _ = fonts
    has_amounts = any(_is_amount(x) for r in t.rows for x in r[1:])
    cells = []
    for i, r in enumerate(t.rows):
        row = []
        for c, text in enumerate(r[1:]):
            shown = printed(text, has_amounts)
            if shown != text:
                raw_of(i, c, shown)
            row.append(shown)
        cells.append(row)
    size = 8.5
    while True:
        vw = _value_width(t, cells, sans, bold, size, has_amounts)
        label_w = FW - t.columns * (vw + GUTTER)
        if label_w >= MIN_LABEL_W or size <= 7.0:
            break
        size -= 0.5
    if label_w < MIN_LABEL_W:  # squeeze the value columns (their cells wrap)
        vw = (FW - MIN_LABEL_W) / t.columns - GUTTER
    out = [Spacer(0, 8), _Statement(t, cells, st, fonts, rec, size, vw)]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


class _TocEntry(Flowable):
    """A Word contents entry: the text (indented), a dot leader, the page number at the
    right margin on the entry's last line."""

    PAGE_W = 24.0

    def __init__(self, text, page, style, indent):
        super().__init__()
        self.page, self.st, self.indent = page, style, indent
        self.p = para(text, style)

    def wrap(self, aW, aH):
        self.aW = aW
        self.text_w = aW - self.indent - self.PAGE_W - 12
        self.h = self.p.wrap(self.text_w, aH)[1]
        return aW, self.h + 2.0

    def draw(self):
        c, st = self.canv, self.st
        y0 = 2.0
        self.p.drawOn(c, self.indent, y0)
        bl = self.p.blPara
        extra = bl.lines[-1][0] if bl.kind == 0 else bl.lines[-1].extraSpace
        base = y0 + self.h - st.fontSize - (len(bl.lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(INK)
        page_w = stringWidth(self.page, st.fontName, st.fontSize)
        dot = stringWidth(".", st.fontName, st.fontSize)
        x0 = self.indent + self.text_w - extra + 3
        x1 = self.aW - page_w - 3
        count = max(0, int((x1 - x0) / dot))
        c.drawString(x1 - count * dot, base, "." * count)
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


def _fields(pr: source.Project, st, rec, foot, place) -> list:
    """The project's fields: each label in bold on a line of its own, its paragraphs and
    tables under it; a paragraph holding a note's mark carries the note to its page's foot
    (notes whose mark is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += place(row)
            continue
        story.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += place(item)
                continue
            q = _text(item, st["item"] if _LIST_ITEM.match(item) else st["body"], rec)
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


def render_leaders(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, _ = fonts
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    footer = f"Programmabegroting 2019 – Regio Deal {name}".replace("  ", " ").strip()
    keys = _column_keys(dossier)

    def once(info):
        truth = _LeadersTruth(dossier)
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=100)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "leaders"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 7.5)
            canv.drawString(MARGIN, 1.2 * cm, footer)
            canv.drawRightString(WIDTH - MARGIN, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                if last_theme is not None:
                    story.append(Spacer(0, 6))
                last_theme = pr.theme
                entry = _TocEntry(pr.theme, page_of(info, p), st["toc_theme"], 0)
                entry.keepWithNext = 1
                story.append(entry)
            story.append(_TocEntry(pr.title, page_of(info, p), st["toc"], 0.6 * cm))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p)),
                      HRFlowable(width="100%", thickness=1, color=INK, spaceBefore=0,
                                 spaceAfter=6, hAlign="LEFT")]
            tables = list(pr.tables())

            def place(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(row, column, shown):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = shown

                return statement(t, st, fonts, rec, raw_of)

            story += _fields(pr, st, rec, foot, place)
        doc.build(story)
        return truth

    return build_until_stable(once)
