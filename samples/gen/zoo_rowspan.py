"""One more house style for the layout zoo (see zoo.py), held out: a province's budget
appendix ("bijlage Regio Deal") made in Word, whose funding tables GROUP THEIR COST LINES
under a CATEGORY written once in a first column, in a cell MERGED vertically over the rows
of its group, as a Word table with merged cells has it.

- rowspan: A4 portrait, margins 2.5 cm all round (a 16 cm text column). Liberation Sans where
          installed, else DejaVu Sans: body 9.5pt on 12.5pt, ragged right, 4pt after each
          paragraph; a list item keeps the source's marker and hangs on it (14pt indent).
          Projects flow on (no new page per project): each opens with its theme in 9.5pt
          grey (#707070) on a line of its own, 14pt above it, and under it the title in 13pt
          bold on 16pt, kept with what follows. FIELD LABELS 9.5pt bold on their own line
          (7pt above, kept with the field), the field's paragraphs under them; a table inside
          a field stands where the transcription places it. Running footer in 8pt, 1.3 cm
          from the foot: "Provincie <Name> | bijlage Regio Deal" at the left, the page number
          alone at the right. No running header, no cover, no contents.

          FUNDING TABLES (a table at least half of whose filled value cells are amounts or
          nils; every such table of the project where it stands, one inside a field too): the
          full text width, 8pt on 10pt, fully ruled with a 0.5pt black grid; the house table
          style's cell margins (0.1 cm left and right, 1.5pt above, 2.5pt under), 4pt above
          the table. AN ADDED FIRST COLUMN headed "Categorie" (2.8 cm, its header cell merged
          over all header lines). The body rows other than a total row ("Totaal...",
          "TOTAAL") are grouped in RUNS of one to three consecutive rows (drawn per table from
          a seed of the dossier's name, the project's title and the table's number, so a
          rendering is the same every time); each run gets a category word from the list
          "Personeel", "Materieel", "Onderzoek", "Organisatie", "Communicatie", "Overig"
          (never the word of the run just above it), written ONCE, regular, left-aligned, in
          ONE CELL MERGED OVER THE RUN'S ROWS and VERTICALLY CENTRED in it: in a run of two
          rows it stands between the two rows, level with neither row's baseline; in a run of
          three it stands level with the middle row where the rows are of one height (else
          between lines); in a one-row run whose label wraps it stands between its lines.
          The merged cell has no inner rules: no horizontal rule crosses the first column
          between the rows of one run (the rule starts at the row-label column). A table
          breaks over pages only between runs (a merged cell is never split; the header with
          the first run), the header lines repeated on the next page; the transcription's
          page breaks inside a table are not followed. The TOTAL ROW's first column is empty:
          in about half the tables (drawn from the same seed) its "Categorie" cell is merged
          with its label cell, so that "Totaal" stands at the table's left edge across both
          columns; in the others the "Categorie" cell is left blank. The total row bold.
          Then the transcription's columns as transcribed: the table's label in the header
          cell over the row labels (merged over the header lines), the row labels
          (left-aligned, wrapping), the value columns. Widths as Word's autofit gives them:
          each column its widest unwrapped text, scaled up to fill the text width where all
          fit, else its longest word (an amount: its whole text) plus a share of the rest;
          where even that does not fit, the amounts and the label column (3.2 cm at most)
          first, the header words sharing what is left. The header over a value column
          right-aligned (left-aligned over a column holding words), a group header such as
          "Publiek" centred over its members on the header line above them, merged across
          them. Amounts and nils right-aligned exactly as transcribed and NEVER WRAPPED: an
          amount wider than its cell is set smaller (Word's "fit text"), as is a header word
          or a label word wider than its cell; a cell of words left-aligned, wrapping. The
          header lines bold on a light grey fill (#E6E6E6), bottom-aligned; body cells
          top-aligned (the categories centred). Table footnotes under the table in 8pt on
          10pt, 6pt after them.
          OTHER TABLES (a milestone table "Mijlpaal | Gereed | Trekker") are no budget: they
          are drawn the same way WITHOUT the "Categorie" column.
          The project's notes at the end of the project in 8pt ("<mark> <text>").

The category column is the house's apparatus and no part of the transcription: the row
label of a cost line is the transcription's label, never its category; a reader should keep
the category (the word in the merged first cell, level with no row or with another row than
its own) out of the row label and out of the cells. Every transcribed cell prints exactly as
transcribed: the truth record is the plain one (no "raw", no "row_order"). A project runs
from the page of its theme and title to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import random
import re
import zlib

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _fonts
from .zoo_common import (Doc, Truth, build_until_stable, content_widths, dossier_name, field_para,
                         font_for, is_total, meta, notes_at_end, para, text_widths)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
CAT_W = 2.8 * cm
PAD_X = 0.1 * cm  # the house table style's cell margins (Word's default is 0.19 cm)
LABEL_CAP = 3.2 * cm
PAD_TOP, PAD_BOTTOM = 1.5, 2.5
RULE = 0.5
SIZE, LEAD = 9.5, 12.5
TSIZE, TLEAD = 8.0, 10.0

GREY = colors.HexColor("#707070")
HEAD_FILL = colors.HexColor("#E6E6E6")
CATEGORIES = ("Personeel", "Materieel", "Onderzoek", "Organisatie", "Communicatie", "Overig")

# An amount or a nil as the transcriptions write them: "1.650.000", "€ 2,8 mln.", "43,8mln.",
# "7.500.000*", "-", ".-", "-*", "0".
_AMOUNT = re.compile(r"(?:€\s*)?(?:\d[\d.]*(?:,\d+)?\s*(?:mln\.?)?|\.?-|–)\s*\**")


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text.strip()))


def _is_budget(t: source.Table) -> bool:
    """A funding table: at least half its filled value cells are amounts or nils."""
    filled = [c for r in t.rows for c in r[1:] if c.strip()]
    return bool(filled) and 2 * sum(map(_is_amount, filled)) >= len(filled)


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"rs-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", textColor=GREY, spaceBefore=14, keepWithNext=1),
        "title": st("title", bold, 13, 16, spaceAfter=4, keepWithNext=1),
        "label": st("label", bold, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=4, leftIndent=14, bulletIndent=0, bulletFontName=sans),
        "th": st("th", bold, TSIZE, TLEAD, alignment=TA_LEFT),
        "th_r": st("thr", bold, TSIZE, TLEAD, alignment=TA_RIGHT),
        "th_c": st("thc", bold, TSIZE, TLEAD, alignment=TA_CENTER),
        "cat": st("cat", sans, TSIZE, TLEAD, alignment=TA_LEFT),
        "td": st("td", sans, TSIZE, TLEAD, alignment=TA_LEFT),
        "td_b": st("tdb", bold, TSIZE, TLEAD, alignment=TA_LEFT),
        "ta": st("ta", sans, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ta_b": st("tab", bold, TSIZE, TLEAD, alignment=TA_RIGHT),
        "foot": st("foot", sans, 8, 10, spaceBefore=3),
        "note": st("note", sans, 8, 10, spaceAfter=2),
    }


def _rng(*parts) -> random.Random:
    """A generator seeded from the texts given (crc32: Python's str hash differs per run)."""
    return random.Random(zlib.crc32("|".join(map(str, parts)).encode("utf-8")))


def _runs(t: source.Table, rng: random.Random) -> list[tuple[int, int, str]]:
    """(first body row, last body row, category) of each run: consecutive non-total rows
    chopped into runs of one to three rows, each with another word than the run above."""
    runs: list[tuple[int, int, str]] = []
    i, previous = 0, None
    while i < len(t.rows):
        if is_total(t.rows[i][0]):
            i, previous = i + 1, None
            continue
        end = i
        length = rng.randint(1, 3)
        while end + 1 < len(t.rows) and end + 1 - i < length and not is_total(t.rows[end + 1][0]):
            end += 1
        word = rng.choice([c for c in CATEGORIES if c != previous])
        runs.append((i, end, word))
        i, previous = end + 1, word
    return runs


def _widths(t: source.Table, st, width: float) -> list[float]:
    """The transcription's columns (row label, values) as Word's autofit sizes them: each
    its widest unwrapped text, scaled up to fill `width` where they all fit; else each its
    longest word (an amount: its whole text, never wrapped) plus a share of the rest in
    proportion to what it wants beyond that. Where even the longest words do not fit, the
    body's come first: each amount column keeps its widest amount and the label column
    LABEL_CAP at most, and the rest goes to the header words in proportion to what they
    want beyond that (a header word or a label word wider than its column is set smaller,
    never broken)."""
    n = t.columns
    body, head = [], [(0, 1, t.label, st["th"])]
    head += [(h.column, h.columns, h.text, st["th"]) for h in t.header_cells()]
    for cells in t.rows:
        bold = "_b" if is_total(cells[0]) else ""
        body.append((0, 1, cells[0], st["td" + bold]))
        body += [(c, 1, text, st["ta" + bold]) for c, text in enumerate(cells[1:n + 1], 1)]
    extra = 2 * PAD_X + RULE
    lo, hi = content_widths(head + body, n + 1, extra)
    must = content_widths(body, n + 1, extra)[0]
    # an amount ("€ 2,25 mln.") is kept on one line: its whole width is its column's least
    for c, _, text, style in body:
        if c and _is_amount(text):
            whole = text_widths(text, style)[1] + extra
            lo[c], must[c], hi[c] = max(lo[c], whole), max(must[c], whole), max(hi[c], whole)
    must[0] = min(lo[0], LABEL_CAP)
    if sum(hi) <= width:
        return [w * width / sum(hi) for w in hi]
    if sum(lo) <= width:
        share = (width - sum(lo)) / (sum(hi) - sum(lo))
        return [low + (h - low) * share for low, h in zip(lo, hi)]
    if sum(must) >= width:
        return [w * width / sum(must) for w in must]
    share = (width - sum(must)) / (sum(lo) - sum(must))
    return [m + (low - m) * share for m, low in zip(must, lo)]


def _fit(text: str, style: ParagraphStyle, width: float) -> ParagraphStyle:
    """The style, set smaller where the amount is wider than its cell (Word's "fit text"):
    an amount is never wrapped."""
    room = width - 2 * PAD_X - RULE
    need = stringWidth(text, font_for(text, style.fontName), style.fontSize)
    if need <= room:
        return style
    size = max(4.5, int(style.fontSize * room / need * 10) / 10)
    return ParagraphStyle(f"{style.name}-{size}", style, fontSize=size,
                          leading=style.leading * size / style.fontSize)


def _table(t: source.Table, st, rec, rng: random.Random) -> list:
    """The table, with the category column where it is a funding table, and its footnotes."""
    budget = _is_budget(t)
    off = 1 if budget else 0  # grid column of the row labels
    n, lines = t.columns, max(len(t.header), 1)
    ncols = off + 1 + n
    rows: list[list] = [[""] * ncols for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), RULE, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM)]
    if budget:
        rows[0][0] = para("Categorie", st["th"])
    rows[0][off] = para(t.label, st["th"], rec)
    if lines > 1:
        cmds += [("SPAN", (c, 0), (c, lines - 1)) for c in range(off + 1)]
    bodies = [list(b[1:n + 1]) + [""] * (n + 1 - len(b)) for b in t.rows]
    for h in t.header_cells():
        c0 = off + h.column
        if h.columns > 1:
            style = st["th_c"]
        else:  # right over a column of amounts, left over one of words
            column = [b[h.column - 1] for b in bodies if b[h.column - 1].strip()]
            style = st["th_r" if all(map(_is_amount, column)) else "th"]
        rows[h.line][c0] = para(h.text, style, rec)
        c1, r1 = c0 + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
    merge_total = rng.random() < 0.5  # drawn for every table: the seed's sequence stays put
    widths = _widths(t, st, FW - CAT_W * off)
    for body, cells in zip(t.rows, bodies):
        total = is_total(body[0])
        b = "_b" if total else ""
        row = [""] * off + [para(body[0], st["td" + b], rec)]
        for c, text in enumerate(cells):
            if _is_amount(text):
                row.append(para(text, _fit(text, st["ta" + b], widths[c + 1]), rec))
            else:
                row.append(para(text, st["td" + b], rec) if text else "")
        if budget and total and merge_total:  # "Totaal" across the category and label cells
            r = len(rows)
            row = [row[1], ""] + row[2:]
            cmds.append(("SPAN", (0, r), (1, r)))
        rows.append(row)
    if budget:
        for first, last, word in _runs(t, rng):
            r0, r1 = lines + first, lines + last
            rows[r0][0] = para(word, st["cat"])
            cmds.append(("VALIGN", (0, r0), (0, r1), "MIDDLE"))
            if r1 > r0:
                cmds.append(("SPAN", (0, r0), (0, r1)))
        widths = [CAT_W] + widths
    # the header goes with the first body row (a merged first run keeps its rows with it)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_rowspan(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    footer = f"Provincie {name} | bijlage Regio Deal".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "rowspan")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "rowspan"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(font_for(footer, sans), 8)
            canv.drawString(MARGIN, 1.3 * cm, footer)
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            tables = list(pr.tables())

            def table(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)  # its number: the runs' seed
                return _table(t, st, rec, _rng(name, pr.title, k))

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], space=4)
        doc.build(story)
        return truth

    return build_until_stable(once)
