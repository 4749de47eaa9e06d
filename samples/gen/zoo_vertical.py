"""One more house style for the layout zoo (see zoo.py), held out: a water board's /
province's financial appendix made in Word with a compact house table style.

- vertical: A4 portrait, margins 2.0 cm left and right, 2.5 cm top and bottom (a 17 cm text
           column). A Calibri-like sans (Liberation Sans, Arial's metrics; else DejaVu Sans),
           body 10pt on 13pt, ragged right, 4pt after each paragraph; a list item keeps the
           source's marker (as text) and hangs on it. Page 1 opens with the appendix's title (16pt
           bold). Each theme as a numbered heading one level up ("3 <theme>", 15pt bold),
           each project under it as "3.2 <title>" in 13pt bold; projects flow on (no page
           breaks). Field labels as bold 10pt run-in text on a line of their own (8pt above),
           the field's paragraphs under it. Running header on every page: the document's
           title ("Regio Deal <name> - projecten") at the top right in 8pt grey; footer
           "Pagina N van M" in 8pt at the bottom right. Project notes as page footnotes in
           8pt under a short rule (notes whose mark is nowhere go with the project's last
           paragraph).
           INVESTMENT TABLES in 8.5pt (down to 7pt where the columns need it), across the
           text column, narrow-columned: each value column only as wide as its widest
           amount (or its rotated header's lines), the row-label column takes the rest. Over
           each table the line "bedragen in €" in 8pt italic. THE COLUMN HEADER LABELS ARE
           SET ROTATED 90 DEGREES (reading bottom to top, Word's text direction), bold, each
           in its own cell, at the foot of a tall header row (a label longer than 2.6 cm
           wraps into a second rotated line); a spanning group label ("Publiek" over "Gem."
           and "Provincie") stays horizontal, centred over its members with a thin rule under
           it; the table's label ("Opgaven/Investeringen") stays horizontal, bold, at the foot
           of the row-label column's header. The TOTAAL COLUMN IS THE LAST COLUMN (moved right
           of Rijk / whatever stood last; a group label never separates it); the Totaal row
           stays last and is bold. Every amount cell in Word's ACCOUNTING FORMAT: the euro sign
           at the LEFT edge of the cell and the number right-aligned at its right edge
           ("€" ...... "1.650.000"), both in the same cell; a nil is "€ -" (the dash at the
           right edge); a cell the transcription writes as a bare number (a "€ " before it or
           not, marks after it kept: "7.500.000*") or as "€ <n> mln." gets the sign; a nil
           "-" / "-*" gets "€" and "-" / "-*"; an amount with a unit but no sign ("6,33
           mln."), words and empty cells are printed right-aligned as transcribed. Zebra
           striping: light grey (#EDEDED) fill on every other body row (the second, fourth,
           ...); thin horizontal rules only (0.75pt above and below the header, 0.25pt between
           body rows, 0.75pt under the last row), no vertical rules. Header lines repeated
           where a table breaks over a page. Table footnotes under the table in 8pt.
           Tables inside a field stay in their field: the same table style (zebra, rules) in
           8.5pt but with horizontal headers, no sign and no reordering, no "bedragen in €".

The truth record holds, under "raw", the text an accounting cell reads as when the sign and
the number are joined ("€ 1.650.000" for the transcription's "1.650.000", "€ -" for "-"),
for every cell where that differs from the transcription, keyed
"<project>|<table>|<row>|<column key>", the column key being that of the cell's column in the
transcription (tests/golden/<dossier>_cells.csv by column order, zoo_budget._column_keys),
wherever the column is drawn: the reader is expected to name columns by their header.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _column_keys, _fonts, _text
from .zoo_common import (build_until_stable, Doc, FootnoteSupport, is_total, meta, para, Truth)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.0 * cm
TOP, BOTTOM = 2.5 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
INK = colors.black
GREY = colors.HexColor("#7F7F7F")
ZEBRA = colors.HexColor("#EDEDED")

PAD = 3.0                 # left/right padding of every table cell
VPAD = 2.0                # top/bottom padding
SIGN_GAP = 6.0            # least room between the euro sign and the number
ROT_MAX = 2.6 * cm        # a rotated header label wraps beyond this length
MIN_LABEL = 3.6 * cm

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NUMBER = re.compile(r"(?:€\s?)?(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)")
_MLN = re.compile(r"€\s?(\d[\d.,]*\s?mln\.?)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def accounting(text: str) -> str | None:
    """The number part of a cell set in the accounting format ("1.650.000" -> "1.650.000",
    "€ 2,4 mln." -> "2,4 mln.", "-*" -> "-*"); None for a cell printed as transcribed."""
    core = text.rstrip(_MARKS)
    marks = text[len(core):]
    if core == "-":
        return "-" + marks
    m = _NUMBER.fullmatch(core) or _MLN.fullmatch(core)
    return m.group(1) + marks if m else None


class _VTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "vertical")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _totaal_last(t: source.Table) -> tuple[source.Table, list[int]]:
    """The table with its Totaal column moved to the end; and for each drawn value column
    the 0-based value column of the transcription it shows."""
    n = t.columns
    order = list(range(n))
    if not t.header:
        return t, order
    col, tot = 0, None
    for cell in t.header[0]:
        if cell.span == 1 and is_total(cell.text):
            tot = col
            break
        col += cell.span
    if tot is None or tot == n - 1:
        return t, order
    lines = []
    for line in t.header:
        col, keep, moved = 0, [], None
        for cell in line:
            if col == tot and cell.span == 1:
                moved = cell
            elif col <= tot < col + cell.span:
                return t, order  # a group over the Totaal column: leave it
            else:
                keep.append(cell)
            col += cell.span
        if moved is None:
            if col <= tot:      # a short header line: nothing stands over the column
                lines.append(tuple(keep))
                continue
            return t, order
        lines.append(tuple(keep) + (moved,))
    order = [c for c in range(n) if c != tot] + [tot]
    rows = tuple((r[0],) + tuple(r[1 + c] if 1 + c < len(r) else "" for c in order)
                 for r in t.rows)
    return source.Table(t.label, tuple(lines), rows, t.footnotes, t.page_break_before_row), order


def _rot_lines(text: str, font: str, size: float) -> list[str]:
    lines, cur = [], ""
    for w in text.split():
        trial = f"{cur} {w}".strip()
        if cur and stringWidth(trial, font, size) > ROT_MAX:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    return lines + ([cur] if cur else [])


class _Rotated(Flowable):
    """A header label set bottom to top (Word's text direction "btLr"), its lines from
    left to right."""

    def __init__(self, text, font, size, rec=None):
        super().__init__()
        self.text, self.font, self.size, self.rec = text, font, size, rec
        self.leading = round(size * 1.2, 2)
        self.lines = _rot_lines(text, font, size)
        self.length = max((stringWidth(x, font, size) for x in self.lines), default=0.0)

    def wrap(self, aW, aH):
        self.width = max(aW, len(self.lines) * self.leading)  # centred in its cell
        self.height = self.length
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        c.translate((self.width - len(self.lines) * self.leading) / 2, 0)
        c.rotate(90)  # x now up the page, y to the left
        for i, line in enumerate(self.lines):
            base = i * self.leading + self.size * 0.8 + (self.leading - self.size) / 2
            c.drawString(0, -base, line)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _Acct(Flowable):
    """An accounting cell: the euro sign at the cell's left edge, the number at its right."""

    def __init__(self, number, font, size, rec=None):
        super().__init__()
        self.number, self.font, self.size, self.rec = number, font, size, rec
        self.leading = round(size * 1.25, 2)

    def wrap(self, aW, aH):
        self.width, self.height = aW, self.leading
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(self.font, self.size)
        c.setFillColor(INK)
        y = self.leading - self.size
        c.drawString(0, y, "€")
        c.drawRightString(self.width, y, self.number)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def _styles(sans, bold, italic):
    def style(name, font=sans, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"vt-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    def table(prefix, size):
        lead = round(size * 1.25, 2)
        return {
            "tlabel": style(f"{prefix}tl", bold, size, lead),
            "thead": style(f"{prefix}th", bold, size, lead, alignment=TA_RIGHT),
            "tgroup": style(f"{prefix}tg", bold, size, lead, alignment=TA_CENTER),
            "tbody": style(f"{prefix}tb", sans, size, lead),
            "tbody_b": style(f"{prefix}tbb", bold, size, lead),
            "tamount": style(f"{prefix}ta", sans, size, lead, alignment=TA_RIGHT),
            "tamount_b": style(f"{prefix}tab", bold, size, lead, alignment=TA_RIGHT),
        }

    return {
        "doc": style("doc", bold, 16, 20, spaceAfter=10),
        "theme": style("theme", bold, 15, 19, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "title": style("title", bold, 13, 16.5, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "label": style("label", bold, 10, 13, spaceBefore=8, spaceAfter=1, keepWithNext=1),
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=12, firstLineIndent=-12, spaceAfter=4),
        "unit": style("unit", italic, 8, 10, spaceBefore=8, spaceAfter=2, keepWithNext=1,
                      alignment=TA_LEFT),
        "tfoot": style("tfoot", sans, 8, 10, spaceBefore=3),
        "note": style("note", sans, 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "table": table,
    }


def _rules(lines: int, n_rows: int, group_cells) -> list:
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 0.75, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, INK)]
    if n_rows > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, INK))
    if n_rows > lines + 1:
        cmds.append(("ROWBACKGROUNDS", (0, lines), (-1, -1), [colors.white, ZEBRA]))
    for (c0, line), (c1, _) in group_cells:
        cmds.append(("LINEBELOW", (c0, line), (c1, line), 0.25, INK))
    return cmds


def _widths(t: source.Table, size, sans, bold):
    """[label, values...] at `size`, or None where the label column gets too narrow."""
    n = t.columns
    lead = round(size * 1.2, 2)
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], len(_rot_lines(h.text, bold, size)) * lead)
    sign = stringWidth("€", sans, size) + SIGN_GAP
    for body in t.rows:
        font = bold if is_total(body[0]) else sans
        for c, text in enumerate(body[1:]):
            shown = accounting(text)
            if shown is not None:
                w = sign + stringWidth(shown, font, size)
            else:
                full = stringWidth(text, font, size)
                widest = max((stringWidth(x, font, size) for x in text.split()), default=0.0)
                w = min(full, max(widest, 40.0))
            need[c] = max(need[c], w)
    values = [w + 2 * PAD + 2 for w in need]
    # a group label over its members: its members share what it needs
    for h in t.header_cells():
        if h.columns > 1:
            gw = stringWidth(h.text, bold, size) + 2 * PAD + 2
            have = sum(values[h.column - 1:h.column - 1 + h.columns])
            if have < gw:
                for k in range(h.column - 1, h.column - 1 + h.columns):
                    values[k] += (gw - have) / h.columns
    label = FW - sum(values)
    if label < MIN_LABEL:
        return None
    extra = min((label - MIN_LABEL) / (n + 1), 0.35 * cm)
    values = [v + extra for v in values]
    return [FW - sum(values)] + values


def _investment(t0: source.Table, st, rec, fonts, raw_of) -> list:
    sans, bold, _ = fonts
    t, order = _totaal_last(t0)
    size = 8.5
    widths = _widths(t, size, sans, bold)
    while widths is None and size > 7.0:
        size -= 0.25
        widths = _widths(t, size, sans, bold)
    if widths is None:
        raise RuntimeError(f"table {t.label!r} does not fit the text column")
    ts = st["table"](f"v{size}-", size)
    n, lines = t.columns, max(len(t.header), 1)
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans, groups = [], []
    grid[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    heights = [0.0] * lines
    tall = []
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        if h.columns > 1:
            p = para(h.text, ts["tgroup"], rec)
            groups.append(((c0, h.line), (c1, h.line)))
            ph = p.wrap(sum(widths[c0:c1 + 1]) - 2 * PAD, 1e6)[1]
            heights[h.line] = max(heights[h.line], ph + 2 * VPAD)
        else:
            p = _Rotated(h.text, bold, size, rec)
            need = p.length + 2 * VPAD + 2
            if h.lines == 1:
                heights[h.line] = max(heights[h.line], need)
            else:
                tall.append((h.line, h.lines, need))
        grid[h.line][c0] = p
        spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    heights = [hh or (size * 1.25 + 2 * VPAD) for hh in heights]
    for line, count, need in tall:
        have = sum(heights[line:line + count])
        if have < need:
            heights[line + count - 1] += need - have
    totals = []
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        font = bold if total else sans
        if total:
            totals.append(len(grid))
        row = [para(body[0], ts["tbody_b"] if total else ts["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            shown = accounting(cell)
            if shown is None:
                row.append(para(cell, ts["tamount_b"] if total else ts["tamount"], rec)
                           if cell else "")
                continue
            row.append(_Acct(shown, font, size, rec))
            printed = f"€ {shown}"
            if printed != cell:
                raw_of(i, order[c], printed)
        grid.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("ALIGN", (1, 0), (-1, lines - 1), "CENTER"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD)]
    cmds += _rules(lines, len(grid), groups)
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1))))
    table = Table(grid, colWidths=widths, rowHeights=heights + [None] * (len(grid) - lines),
                  repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [para("bedragen in €", st["unit"], rec), table] + \
        [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def _nested(t: source.Table, st, rec, fonts) -> list:
    """A table inside a field: the house table style with horizontal headers, as typed."""
    sans, bold, _ = fonts
    ts = st["table"]("vn-", 8.5)
    n, lines = t.columns, max(len(t.header), 1)
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, bold, 8.5) for w in h.text.split()), default=0.0))
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            full = stringWidth(text, sans, 8.5)
            widest = max((stringWidth(w, sans, 8.5) for w in text.split()), default=0.0)
            need[c] = max(need[c], min(full, max(widest, 80.0)))
    values = [w + 2 * PAD + 2 for w in need]
    label = FW - sum(values)
    if label < 0.3 * FW:
        values = [v * (0.7 * FW) / sum(values) for v in values]
        label = 0.3 * FW
    widths = [label] + values
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans, groups = [], []
    grid[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        if h.columns > 1:
            groups.append(((c0, h.line), (c1, h.line)))
        spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], ts["tbody_b"] if total else ts["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(para(cell, ts["tamount_b"] if total else ts["tamount"], rec) if cell else "")
        grid.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD)]
    cmds += _rules(lines, len(grid), groups)
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 6)]


def _fields(pr: source.Project, st, rec, foot, investment, fonts) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += investment(row)
            continue
        story.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _nested(item, st, rec, fonts)
                continue
            q = _text(item, st["item" if _LIST_ITEM.match(item) else "body"], rec)
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


def render_vertical(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, italic = fonts
    st = _styles(sans, bold, italic)
    info_meta = meta(dossier, "vertical")
    title = info_meta["title"]
    keys = _column_keys(dossier)
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes) + 1)

    def once(info):
        truth = _VTruth(dossier)
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=100)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **info_meta)

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - RIGHT, HEIGHT - 1.4 * cm, title)
            canv.setFillColor(INK)
            canv.drawRightString(WIDTH - RIGHT, 1.3 * cm,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para("Bijlage: projectvoorstellen en financiering", st["doc"])]
        last_theme, within = None, 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme, within = pr.theme, 0
                story.append(para(f"{themes[pr.theme]} {pr.theme}", st["theme"], rec))
            within += 1
            story.append(para(f"{themes[pr.theme]}.{within} {pr.title}", st["title"],
                              truth.heading(p)))
            tables = list(pr.tables())

            def investment(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(row, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = printed

                return _investment(t, st, rec, fonts, raw_of)

            story += _fields(pr, st, rec, foot, investment, fonts)
        doc.build(story)
        return truth

    return build_until_stable(once)
