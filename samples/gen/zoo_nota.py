"""One more house style for the layout zoo (see zoo.py), held out: a Dutch ministry's
internal "nota" in the Rijkshuisstijl.

- nota: A4 portrait. A vertical blue ribbon (the Rijkshuisstijl "lint", #154273, 1.2 cm
        wide, 3 cm tall) hangs centred from the top edge of every page, nothing readable in
        it. The body in a sans (Liberation Sans, Arial's metrics; else DejaVu Sans) at 9.5pt
        on 13pt, ragged right, in a text column 6.2 cm from the left edge and 2 cm from the
        right (12.8 cm), 4pt after each paragraph; a list item (it keeps the source's
        marker) hangs on its marker; a character the font lacks ("⁴", "₂") is set in
        DejaVu Sans on its own. FIELD LABELS IN THE LEFT MARGIN: each field's label in
        bold 8pt stands in the margin column (1.8 cm to 5.7 cm), RIGHT-aligned against the
        text column (its right edge 0.5 cm before the text), its first line on the baseline
        of the field's first text line; a long label wraps there over two or three lines,
        each right-aligned (so label starts differ, only their right edges line up; a field
        shorter than its label is padded to the label's foot). 7pt above each field. Page 1
        is the contents: the transcription's heading ("Inhoud", 13pt bold), each theme as a
        grey 8pt line in capitals, its projects' titles under it with their page numbers
        right-aligned, all in the text column. Each project starts on a new page: the theme
        as a small grey 8pt line in capitals, the title in bold 13pt, both in the text
        column. Running header on every page but the first: "Regio Deal <name> |
        Projectvoorstellen" in 7pt grey at the top right (right of the ribbon); footer
        "Pagina n van N" in 7pt at the bottom right, on every page. Investment tables span
        the text column only (not the margin), 8.5pt (down to 6.5pt where the columns need
        it): no vertical rules, a 0.75pt rule above and below the header lines and under
        the last row, 0.25pt rules between the body rows; the table's label
        ("Opgaven/Investeringen") over the first column, the row labels under it (wrapped);
        single headers right-aligned, a group header ("Publiek") centred over its members;
        the Totaal row bold; header lines repeated where a table breaks over a page. The
        euro sign stands in a NARROW COLUMN OF ITS OWN left of each amount column ("€" |
        "1.650.000"), as accountants lay it out: a cell the transcription writes as a bare
        number (a "€ " before it or not, footnote marks after it kept: "7.500.000*") or as
        "€ <n> mln." gets "€" in the sign column and the rest, right-aligned, in the amount
        column; a nil ("-", "-*"), an amount with a unit but no sign ("6,33 mln."), words and
        empty cells get no sign and are printed as transcribed. A header cell spans the
        sign and amount columns of its value column(s). Tables inside a field stay in their
        field in the text column, 8pt, the same rules, without sign columns (typed as
        transcribed). Table footnotes in 7pt under the table; project notes as page
        footnotes at the foot of the text column in 7.5pt under a short rule (notes whose
        mark is nowhere go with the project's last paragraph).

The truth record holds, under "raw", the text an amount cell reads as when the reader joins
the sign column with its amount column ("€ 1.650.000" for the transcription's "1.650.000"),
for every cell where that differs from the transcription (tests/zoo.py: the printed raw text
wins over the transcription; the value is still checked against the golden cell list). A
cell the transcription already writes "€ 100.000" reads as it is and is not recorded. The
keys are "<project>|<table>|<row>|<column key>", the column keys taken from
tests/golden/<dossier>_cells.csv by column order (zoo_budget._column_keys).
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners
from .zoo_budget import _column_keys, _fonts, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total, meta,
                         page_of, para, Truth)

WIDTH, HEIGHT = A4
TEXT_X = 6.2 * cm                      # the text column's left edge
FW = WIDTH - TEXT_X - 2.0 * cm         # the text column (12.8 cm)
LABEL_X = 1.8 * cm                     # the margin column for the field labels
LABEL_W = 5.7 * cm - LABEL_X           # ... its right edge 0.5 cm before the text
LABEL_GAP = TEXT_X - 5.7 * cm
TOP, BOTTOM = 4.0 * cm, 2.5 * cm
LINT = colors.HexColor("#154273")      # the Rijkshuisstijl ribbon
LINT_W, LINT_H = 1.2 * cm, 3.0 * cm
INK = colors.HexColor("#000000")
GREY = colors.HexColor("#6A6A6A")

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NUMBER = re.compile(r"(?:€\s?)?(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)")
_MLN = re.compile(r"€\s?(\d[\d.,]*\s?mln\.?)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def signed(text: str) -> str | None:
    """The amount column's text of a cell that gets a euro sign in the sign column
    ("1.650.000" -> "1.650.000", "€ 2,4 mln." -> "2,4 mln.", "7.500.000*" -> "7.500.000*");
    None for a cell printed as transcribed without a sign."""
    core = text.rstrip(_MARKS)
    marks = text[len(core):]
    m = _NUMBER.fullmatch(core) or _MLN.fullmatch(core)
    return m.group(1) + marks if m else None


class _NotaTruth(Truth):
    """The truth record with the raw text of every cell that reads otherwise."""

    def __init__(self, dossier):
        super().__init__(dossier, "nota")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


class _Labelled(Flowable):
    """A field's first paragraph (or table) with the field's label in the left margin,
    right-aligned against the text column, the label's first baseline on the text's."""

    def __init__(self, inner, label, drop=None):
        super().__init__()
        self.inner, self.label, self.drop = inner, label, drop

    def _first_drop(self):
        """From the inner flowable's top down to its first baseline."""
        if self.drop is not None:
            return self.drop
        return self.inner.style.fontSize

    def extent(self) -> float:
        """From the inner flowable's top down to the label's foot."""
        lh = self.label.wrap(LABEL_W, 1e6)[1]
        return self._first_drop() - self.label.style.fontSize + lh

    def wrap(self, aW, aH):
        self.w, self.h = self.inner.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def split(self, aW, aH):
        if aH < self.extent():
            return []
        parts = self.inner.split(aW, aH)
        if not parts:
            return []
        first = _Labelled(parts[0], self.label, self.drop)
        if first.wrap(aW, aH)[1] < self.extent():
            return []
        return [first] + list(parts[1:])

    def drawOn(self, canv, x, y, _sW=0):
        frame = getattr(self, "_frame", None)
        if frame is not None:
            self.inner._frame = frame
        self.inner.drawOn(canv, x, y, _sW)
        lh = self.label.wrap(LABEL_W, 1e6)[1]
        top = y + self.h - self._first_drop() + self.label.style.fontSize
        self.label.drawOn(canv, x - LABEL_GAP - LABEL_W, top - lh)


def _styles(sans, bold):
    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"nt-{name}", fontName=font, fontSize=size, leading=leading,
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
            "tsign": style(f"{prefix}ts", sans, size, lead, alignment=TA_LEFT),
            "tsign_b": style(f"{prefix}tsb", bold, size, lead, alignment=TA_LEFT),
            "tfoot": style(f"{prefix}tf", sans, 7, 9, spaceBefore=3),
        }

    return {
        "body": style("body", spaceAfter=4),
        "first": style("first", spaceBefore=7, spaceAfter=4),
        "item": style("item", leftIndent=11, firstLineIndent=-11, spaceAfter=4),
        "item_first": style("itemf", leftIndent=11, firstLineIndent=-11, spaceBefore=7,
                            spaceAfter=4),
        "label": style("label", bold, 8, 10, alignment=TA_RIGHT),
        "theme": style("theme", sans, 8, 10, textColor=GREY, spaceAfter=3, keepWithNext=1),
        "title": style("title", bold, 13, 16.5, spaceAfter=12, keepWithNext=1),
        "toc_h": style("toch", bold, 13, 16.5, spaceAfter=14),
        "toc_theme": style("toct", sans, 8, 10, textColor=GREY, spaceBefore=8, spaceAfter=2),
        "toc": style("toc", sans, 9.5, 13),
        "toc_page": style("tocp", sans, 9.5, 13, alignment=TA_RIGHT),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "nested": table("n", 8.0),
        "table": table, "style": style,
    }


def _rules(lines: int, n_rows: int) -> list:
    """No vertical rules: 0.75pt above and below the header lines and under the last row,
    0.25pt between the body rows."""
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 0.75, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, INK)]
    if n_rows > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, INK))
    return cmds


SIGN_PAD_L, SIGN_PAD_R = 5.0, 0.5   # the sign column's paddings
AMT_PAD_L, AMT_PAD_R = 0.5, 3.0     # the amount column's paddings
LABEL_PAD = 3.0
HEAD_PAD_L = 2.0                    # a header cell's left padding
MIN_LABEL = 70.0


def _widths(t: source.Table, st, size, sans, bold):
    """[label, sign, amount, sign, amount, ...] at `size`, or None where the label column
    would be narrower than MIN_LABEL."""
    n = t.columns
    sign_w = stringWidth("€", bold, size) + SIGN_PAD_L + SIGN_PAD_R + 1
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:  # a single header wraps: its widest word, at most 48pt
            widest = max((stringWidth(w, bold, size) for w in h.text.split()), default=0.0)
            need[h.column - 1] = max(need[h.column - 1],
                                     min(widest, 48.0) + HEAD_PAD_L - sign_w)
    for body in t.rows:
        font = bold if is_total(body[0]) else sans
        for c, text in enumerate(body[1:]):
            shown = signed(text)
            shown = text if shown is None else shown
            full = stringWidth(shown, font, size)
            widest = max((stringWidth(w, font, size) for w in shown.split()), default=0.0)
            need[c] = max(need[c], min(full, max(widest, 60.0)))
    amounts = [w + AMT_PAD_L + AMT_PAD_R + 1 for w in need]
    label = FW - n * sign_w - sum(amounts)
    if label < MIN_LABEL:
        return None
    # spread what the label column does not need over the value columns, up to 1.4 cm more
    label_need = max([max((stringWidth(w, bold, size) for w in r[0].split()), default=0.0)
                      for r in t.rows] +
                     [max((stringWidth(w, bold, size) for w in t.label.split()), default=0.0)]) \
        + LABEL_PAD + 1
    room = max(0.0, label - max(label_need, 0.3 * FW))
    extra = min(room / n, 1.4 * cm)
    amounts = [a + extra for a in amounts]
    label = FW - n * sign_w - sum(amounts)
    out = [label]
    for a in amounts:
        out += [sign_w, a]
    return out


def _investment(t: source.Table, st, rec, sans, bold, raw_of) -> list:
    """An investment table across the text column, each amount column with a sign column
    of its own at its left."""
    size = 8.5
    widths = _widths(t, st, size, sans, bold)
    while widths is None and size > 6.5:
        size -= 0.25
        widths = _widths(t, st, size, sans, bold)
    if widths is None:
        raise RuntimeError(f"table {t.label!r} does not fit the text column")
    ts = st["table"](f"i{size}-", size)
    n, lines = t.columns, len(t.header)
    grid = [[""] * (1 + 2 * n) for _ in range(lines)]
    spans = []
    grid[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0 = 1 + 2 * (h.column - 1)              # the sign column of its first value column
        c1 = 2 * (h.column + h.columns - 1)      # the amount column of its last
        grid[h.line][c0] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    totals = []
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        if total:
            totals.append(len(grid))
        row = [para(body[0], ts["tbody_b"] if total else ts["tbody"], rec)]
        for c, cell in enumerate(body[1:]):
            shown = signed(cell)
            amount = ts["tamount_b"] if total else ts["tamount"]
            if shown is None:
                row += ["", para(cell, amount, rec) if cell else ""]
                continue
            row += [para("€", ts["tsign_b"] if total else ts["tsign"], rec), para(shown, amount, rec)]
            printed = f"€ {shown}"
            if printed != cell:
                raw_of(i, c, printed)
        grid.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), LABEL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    for c in range(n):
        s, a = 1 + 2 * c, 2 + 2 * c
        cmds += [("LEFTPADDING", (s, 0), (s, -1), SIGN_PAD_L),
                 ("RIGHTPADDING", (s, 0), (s, -1), SIGN_PAD_R),
                 ("LEFTPADDING", (a, 0), (a, -1), AMT_PAD_L),
                 ("RIGHTPADDING", (a, 0), (a, -1), AMT_PAD_R)]
    # a header cell over a sign and an amount column: the header's own paddings
    cmds += [("LEFTPADDING", (1, 0), (-1, lines - 1), HEAD_PAD_L),
             ("RIGHTPADDING", (1, 0), (-1, lines - 1), AMT_PAD_R)]
    cmds += _rules(lines, len(grid))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1))))
    table = Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    return [Spacer(0, 8), table] + [para(f, ts["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 6)]


def _nested(t: source.Table, st, rec) -> list:
    """A table inside a field: the text column, 8pt, the same rules, no sign columns."""
    ts = st["nested"]
    pad = 3.0
    rows, spans, _, _ = _grid(t, ts, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, FW, ts, pad, min_label=80.0)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += _rules(lines, len(rows))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    table._nt_drop = 2.5 + ts["tlabel"].fontSize
    return [Spacer(0, 4), table] + [para(f, ts["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 6)]


def _height(flowables) -> float:
    h = 0.0
    for k, f in enumerate(flowables):
        h += f.wrap(FW, 1e6)[1] + f.getSpaceAfter() + (f.getSpaceBefore() if k else 0.0)
    return h


def _fields(pr: source.Project, st, rec, foot, investment) -> list:
    """The project's fields in order, each label in the margin beside its first line;
    a paragraph holding a note's mark carries the note to its page's foot (notes whose mark
    is nowhere go with the last paragraph); investment tables where they stand."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += investment(row)
            continue
        field: list = []
        for i, item in enumerate(row.content or ("",)):
            if isinstance(item, source.Table):
                field += _nested(item, st, rec)
                continue
            is_item = bool(_LIST_ITEM.match(item))
            key = ("item" if is_item else "body") if field else ("item_first" if is_item else "first")
            q = _text(item, st[key], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            field.append(q)
            last_q = q
        label = para(row.label, st["label"], rec)
        first = next(k for k, f in enumerate(field) if not isinstance(f, Spacer))
        drop = getattr(field[first], "_nt_drop", None)
        if first:  # a field opening with a table: 7pt above it, as above a paragraph
            field[0] = Spacer(0, 7)
        field[first] = _Labelled(field[first], label, drop)
        gap = field[first].extent() - _height(field[first:])
        if gap > 0:
            field.append(Spacer(0, gap))
        story += field
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_nota(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    running = f"Regio Deal {name} | Projectvoorstellen".replace("  ", " ")
    keys = _column_keys(dossier)

    def once(info):
        truth = _NotaTruth(dossier)
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=TEXT_X,
                  rightMargin=WIDTH - TEXT_X - FW, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "nota"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(LINT)
            canv.rect((WIDTH - LINT_W) / 2, HEIGHT - LINT_H, LINT_W, LINT_H, stroke=0, fill=1)
            canv.setFillColor(GREY)
            canv.setFont(sans, 7)
            if page > 1:
                canv.drawRightString(TEXT_X + FW, HEIGHT - 2.0 * cm, running)
            canv.setFillColor(INK)
            canv.drawRightString(TEXT_X + FW, 1.3 * cm,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(TEXT_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                q = para(pr.theme.upper(), st["toc_theme"])
                q.keepWithNext = 1
                story.append(q)
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 36, 36], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme.upper(), st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            tables = list(pr.tables())

            def investment(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(row, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = printed

                return _investment(t, st, rec, sans, bold, raw_of)

            story += _fields(pr, st, rec, foot, investment)
        doc.build(story)
        return truth

    return build_until_stable(once)
