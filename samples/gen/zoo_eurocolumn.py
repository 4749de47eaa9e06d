"""One more house style for the layout zoo (see zoo.py), held out: a Word document whose
typist set the euro sign in a column of its own before every amount column, so that the
figures line up.

- eurocolumn: A4 portrait, margins 2.5 cm left and right, 2 cm top and bottom; an Arial-like
          sans (Helvetica) at 10pt on 13pt. Each project opens a new page under its title in
          13pt bold with a 0.75pt rule under the title line across the text width. Field
          labels bold 10pt on their own line, the field's paragraphs under them (a list item
          hanging on its marker). Running footer in 8pt: "Regio Deal <Name> | bijlage" at the
          left, the page number at the right.
          FUNDING TABLES at 9pt across the text width: the row-label column 33% of it, then
          each value column as a PAIR of columns: a "€" column 9pt wide (the sign set 1.5pt
          from its left edge, left-aligned) and the amount column right of it (right-aligned;
          widths from content, the rest shared out). Rules of 0.5pt: horizontal between all
          rows and round the table; vertical at the table's sides, after the label column
          and between PAIRS, never between a "€" and its amount. The header line(s) bold,
          each header cell spanning its pair (a group header such as "Publiek" spanning its
          members' pairs, the members under it; the table's label over the row labels).
          A bare amount ("1.650.000", "500.000*") gets "€" in its sign column; a nil ("-",
          ".-", "-*"), an empty cell or a cell with its own unit or sign ("6,33 mln.",
          "€ 92,3 mln.") none, printed as transcribed in the amount column. A cell of words
          spans its pair, left-aligned. The Totaal row bold. The header repeated where a
          table breaks over a page. Table footnotes under the table in 8pt; the project's
          notes at the end of the project in 8pt, each with its mark.

Truth: amount_format "€ {}" (a bare amount with a value reads as "€ <transcribed>", the sign
joined with its amount). A cell with a value that the house prints without a sign ("6,33
mln.") is recorded under "raw" as printed, since the format would put a "€" before it.
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
from .zoo_budget import _column_keys
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)
from .zoo_percent import _NIL, _clean, amount

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.5 * cm, 2.0 * cm, 2.0 * cm
FW = WIDTH - 2 * MARGIN_X
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10, 13
TSIZE, TLEAD = 9, 11
NSIZE, NLEAD = 8, 10
SIGN_W = 9.0
SIGN_PAD = 1.5  # the "€" from the sign column's left edge
PAD = 4.0
AMOUNT_PAD = (0.5, 3.0)  # an amount column's left and right padding: it sits close to its sign
HEAD_PAD = 3.0
RULE = 0.5

# A bare amount: digits with thousands dots and decimals, note marks after it allowed.
_BARE = re.compile(r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?")


def _kind(text: str) -> str:
    """"bare" (gets a "€"), "plain" (nil, empty, own unit or sign: no "€") or "words"."""
    s = _clean(text)
    if not text.strip() or _NIL.fullmatch(s):
        return "plain"
    if _BARE.fullmatch(s):
        return "bare"
    return "plain" if amount(text) is not None else "words"


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ec-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 13, 16),
        "label": st("label", BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=4, leftIndent=14, firstLineIndent=-14),
        "tlabel": st("tl", BOLD, TSIZE, TLEAD),
        "thead": st("th", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "tbody": st("tb", SANS, TSIZE, TLEAD),
        "tbody_b": st("tbb", BOLD, TSIZE, TLEAD),
        "sign": st("sg", SANS, TSIZE, TLEAD, alignment=TA_LEFT),
        "sign_b": st("sgb", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "tamount": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ttext": st("tt", SANS, TSIZE, TLEAD, alignment=TA_LEFT),
        "ttext_b": st("ttb", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "tfoot": st("tf", SANS, NSIZE, NLEAD, spaceBefore=3),
        "note": st("note", SANS, NSIZE, NLEAD, spaceBefore=2),
        "note_more": st("notem", SANS, NSIZE, NLEAD, leftIndent=8),
    }


class _Rule(Flowable):
    """The 0.75pt rule under a project's title line, across the text width."""

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 8

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(0.75)
        c.line(0, 5, self.aW, 5)
        c.restoreState()


class _ECTruth(Truth):
    """The truth record with the raw text of the cells the amount format does not describe."""

    def __init__(self, dossier):
        super().__init__(dossier, "eurocolumn", amount_format="€ {}")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _widths(t: source.Table, width) -> list[float]:
    """[label, (sign, amount) * n]: the label 33% of the width, each amount column what its
    cells and its header need, the rest shared out. Where they do not fit, the columns that
    need less than an equal share keep what they need and the others share the rest."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:  # the header over its pair, on two lines at most
            words = max((stringWidth(w, BOLD, TSIZE) for w in h.text.split()), default=0.0)
            want = max(words, stringWidth(h.text, BOLD, TSIZE) / 2) + 2 * HEAD_PAD + 1 - SIGN_W
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            if _kind(text) == "words":  # spans its pair and may wrap
                want = max((stringWidth(w, BOLD, TSIZE) for w in text.split()), default=0.0)
                want += 2 * PAD + 1 - SIGN_W
            else:
                want = stringWidth(text, BOLD, TSIZE) + sum(AMOUNT_PAD) + 1
            need[c] = max(need[c], want)
    label = 0.33 * width
    room = width - label - n * SIGN_W
    total = sum(need)
    if total <= room:
        amounts = [w + (room - total) / n for w in need]
    else:
        amounts, left, open_ = list(need), room, set(range(n))
        while open_:
            share = left / len(open_)
            small = {c for c in open_ if need[c] <= share}
            if not small:
                for c in open_:
                    amounts[c] = share
                break
            left -= sum(need[c] for c in small)
            open_ -= small
    out = [label]
    for w in amounts:
        out += [SIGN_W, w]
    return out


def _table(t: source.Table, st, rec, width, raw_of) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    ncols = 1 + 2 * n
    rows = [[""] * ncols for _ in range(lines)]
    cmds = [("BOX", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEBELOW", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEAFTER", (0, 0), (0, -1), RULE, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), PAD), ("RIGHTPADDING", (0, 0), (0, -1), PAD)]
    for c in range(n):
        sign, amt = 1 + 2 * c, 2 + 2 * c
        cmds += [("LEFTPADDING", (sign, 0), (sign, -1), SIGN_PAD),
                 ("RIGHTPADDING", (sign, 0), (sign, -1), 0),
                 ("LEFTPADDING", (amt, 0), (amt, -1), AMOUNT_PAD[0]),
                 ("RIGHTPADDING", (amt, 0), (amt, -1), AMOUNT_PAD[1])]
        if c < n - 1:  # between pairs only
            cmds.append(("LINEAFTER", (amt, 0), (amt, -1), RULE, colors.black))
    # header cells span their pairs, with the cell padding of an ordinary Word cell
    cmds += [("LEFTPADDING", (1, 0), (-1, lines - 1), HEAD_PAD),
             ("RIGHTPADDING", (1, 0), (-1, lines - 1), HEAD_PAD)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0 = 2 * h.column - 1
        c1 = 2 * (h.column + h.columns - 1)
        rows[h.line][c0] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for i, body in enumerate(t.rows):
        r = len(rows)
        bold = "_b" if is_total(body[0]) else ""
        row = [para(body[0], st["tbody" + bold], rec)]
        for c, text in enumerate(list(body[1:]) + [""] * (n + 1 - len(body))):
            kind = _kind(text)
            if kind == "words":
                row += [para(text, st["ttext" + bold], rec), ""]
                cmds += [("SPAN", (1 + 2 * c, r), (2 + 2 * c, r)),
                         ("LEFTPADDING", (1 + 2 * c, r), (1 + 2 * c, r), PAD),
                         ("RIGHTPADDING", (1 + 2 * c, r), (1 + 2 * c, r), PAD)]
                continue
            sign = para("€", st["sign" + bold], rec) if kind == "bare" else ""
            row += [sign, para(text, st["tamount" + bold], rec) if text else ""]
            # what the amount format makes of a cell with a value, against what is printed
            valued = amount(text) is not None and not _NIL.fullmatch(_clean(text))
            implied = f"€ {text}" if valued and not text.startswith("€") else text
            printed = f"€ {text}" if kind == "bare" else text
            if printed != implied:
                raw_of(i, c, printed)
        rows.append(row)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=_widths(t, width), repeatRows=lines,
                       style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def render_eurocolumn(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} | bijlage".replace("  ", " ")
    keys = _column_keys(dossier)

    def once(info):
        truth = _ECTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "eurocolumn"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(font_for(footer, SANS), 8)
            canv.drawString(MARGIN_X, 1.2 * cm, footer)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN_X, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            title = para(pr.title, st["title"], truth.heading(p))
            title.keepWithNext = 1
            story += [title, _Rule(), Spacer(0, 4)]
            tables = list(pr.tables())

            def table(t, width, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(r, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{r}|{key}"] = printed

                return _table(t, st, rec, width, raw_of)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 6), *table(row, FW), Spacer(0, 6)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *table(item, FW), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
