"""One more house style for the layout zoo (see zoo.py), held out: the accessible ("toegankelijk
PDF", large print) version of the dossier that a Dutch government body must offer under the
digital accessibility rules, made in Word with the house's accessible template.

- bigtype: A4 portrait, margins 2 cm all round (a 17 cm text column). The body in a large sans
           (Liberation Sans, Arial's metrics; else DejaVu Sans) at 14pt on 20pt, black on
           white, ragged right, never justified or hyphenated, 8pt after each paragraph; a
           list item keeps the source's marker and hangs on it (0.6 cm); a character the font
           lacks ("⁴", "₂") is set in DejaVu Sans on its own. Page 1 is the contents: the
           transcription's heading (22pt bold), each theme as a bold 14pt entry, its projects'
           titles indented 0.6 cm under it in regular 14pt, every entry joined to its page
           number (right-aligned at the margin, on the entry's last line) by a dot leader.
           Each project starts on a new page: the theme in 14pt bold, the title under it in
           22pt bold on 27pt (a long title over two or three lines). Fields: the label in 16pt
           bold on a line of its own (16pt above it, kept with what follows), its paragraphs
           below. Project notes as Word footnotes at the foot of the page where their mark
           stands, 12pt on 16pt under a short (4 cm) rule; notes whose mark is nowhere go with
           the project's last paragraph. Running footer on every page, 10pt black, 1 cm from the
           bottom edge: "Regio Deal <name> – toegankelijke versie" at the left, "Pagina N van
           M" at the right.
           TABLES (investment tables, and those inside a field, which stay in their field):
           set in 12pt on 15pt (the house's minimum size) across the full text width, every
           cell ruled (a full 1pt black grid, as Word's "Tabelraster" gives), no fills. Word's
           cell margins: 0.19 cm left and right, 3pt above and below; cells top-aligned (the
           header's value cells at their foot). Column widths as Word's "AutoFit to window"
           sets them: each column at least as wide as its widest unbreakable piece (a word,
           cut where Word may wrap it: after a slash or a hyphen between letters); the
           row-label column narrow, 3.5 cm or its widest piece, so that row labels wrap over
           two, three or more lines; the value columns share the rest in proportion to their
           widest amount or header word. A table whose columns do not fit at 12pt is set
           smaller as a whole, in 0.5pt steps down to 10pt, and below that its columns are
           squeezed alike (a word wider than its cell is then set smaller, as the zoo does
           everywhere). A word wider than its cell wraps after its slash or hyphen, as Word
           wraps it ("Opgaven/" | "Investeringen", "Vlissingen-" | "Oost"). The table's
           label in the header's first cell (merged down over both header lines where there
           are two); the column headers bold, right-aligned over their amounts, wrapping; a
           group header ("Publiek") a merged cell centred over its members. Amounts and other
           value cells right-aligned exactly as transcribed ("1.650.000", "6,33 mln.", "-",
           ".-"), empty cells empty. The Totaal row (a label starting with "Totaal") bold.
           Where a table goes on over a page, its header lines are repeated at the top of the
           next page (Word's "Koprij herhalen", no "(vervolg)" text), and a row is allowed to
           break across the page ("Rij mag over pagina's worden afgebroken"): a row whose
           label wraps over three lines may have its first line(s) (one at least) at the foot
           of one page and the rest at the top of the next, the grid closing the row part on
           each page (the amounts, top-aligned, stand with the first part). The table's
           footnotes under it in 12pt. The transcription's page breaks are not reproduced.

Every cell prints as transcribed, so the truth record holds no "raw" texts.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _fonts, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total, meta,
                         page_of, para, Truth)
from .zoo_leaders import _fields, _TocEntry

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
INK = colors.black

CELL_SIZE, CELL_LEAD = 12.0, 15.0
CELL_PAD_X = 0.19 * cm      # Word's default left and right cell margins
CELL_PAD_Y = 3.0
GRID_W = 1.0
LABEL_W = 3.5 * cm          # the row-label column
MIN_TABLE_SIZE = 10.0       # a table too wide at 12pt is set smaller, as far as this
FOOTER_Y = 1.0 * cm


def _styles(sans, bold):
    def style(name, font=sans, size=14.0, leading=20.0, **kw):
        return ParagraphStyle(f"bt-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=8),
        "item": style("item", leftIndent=0.6 * cm, firstLineIndent=-0.6 * cm, spaceAfter=8),
        "label": style("label", bold, 16, 20, spaceBefore=16, spaceAfter=4, keepWithNext=1),
        "theme": style("theme", bold, 14, 20, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 22, 27, spaceAfter=10, keepWithNext=1),
        "toc_h": style("toch", bold, 22, 27, spaceAfter=18),
        "toc_theme": style("toct", bold, 14, 20, spaceBefore=8),
        "toc": style("toc", sans, 14, 20),
        "note": style("note", sans, 12, 16, leftIndent=12, firstLineIndent=-12, spaceAfter=2),
        "tfoot": style("tf", sans, 12, 16, spaceBefore=4),
        "style": style,
    }


def _table_styles(st, sans, bold, size):
    style, lead = st["style"], size * CELL_LEAD / CELL_SIZE
    return {
        "tlabel": style(f"tl{size}", bold, size, lead),
        "thead": style(f"th{size}", bold, size, lead, alignment=TA_RIGHT),
        "tgroup": style(f"tg{size}", bold, size, lead, alignment=TA_CENTER),
        "tbody": style(f"tb{size}", sans, size, lead),
        "tbody_b": style(f"tbb{size}", bold, size, lead),
        "tamount": style(f"ta{size}", sans, size, lead, alignment=TA_RIGHT),
        "tamount_b": style(f"tab{size}", bold, size, lead, alignment=TA_RIGHT),
    }


_BREAK = re.compile(r"(?<=[A-Za-zÀ-ÿ)])[/-](?=[A-Za-zÀ-ÿ(])")


def _pieces(word: str) -> list[str]:
    """A word cut where Word may wrap it: after a slash or a hyphen between letters
    ("Opgaven/" "Investeringen", "Vlissingen-" "Oost")."""
    out, start = [], 0
    for m in _BREAK.finditer(word):
        out.append(word[start:m.end()])
        start = m.end()
    return out + [word[start:]]


def _widest(text, font, size=CELL_SIZE):
    return max((stringWidth(q, font, size) for w in text.split() for q in _pieces(w)),
               default=0.0)


def _widths(t: source.Table, sans, bold, size=CELL_SIZE, squeeze=False) -> list[float] | None:
    """Word's "AutoFit to window": each column at least as wide as its widest unbreakable
    piece (amount, header word); the row-label column narrow (LABEL_W, or its widest word),
    the value columns sharing the rest in proportion to their minimum. Where the minimums
    do not fit the text width: None (or, with `squeeze`, all columns scaled down alike)."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], _widest(h.text, bold, size))
    label_need = _widest(t.label, bold, size)
    for row in t.rows:
        font = bold if is_total(row[0]) else sans
        label_need = max(label_need, _widest(row[0], font, size))
        for c, text in enumerate(row[1:]):
            need[c] = max(need[c], _widest(text, font, size))
    need = [max(w, 24.0) + 2 * CELL_PAD_X + 1 for w in need]
    label = max(LABEL_W, label_need + 2 * CELL_PAD_X + 1)
    if label + sum(need) > FW:
        if not squeeze:
            return None
        k = FW / (label + sum(need))
        return [label * k] + [w * k for w in need]
    k = (FW - label) / sum(need)
    return [label] + [w * k for w in need]


def _cell(text: str, style: ParagraphStyle, rec, width: float):
    """A cell's paragraph, wrapping at spaces and, where a word is wider than the cell,
    after its slashes and hyphens, as Word wraps it; a piece still wider than the cell
    sets the paragraph smaller (as the zoo does everywhere)."""
    room = width - 2 * CELL_PAD_X
    font, size = style.fontName, style.fontSize
    words = text.split()
    if all(stringWidth(w, font, size) <= room for w in words):
        return _text(text, style, rec)
    widest = _widest(text, font, size)
    if widest > room:
        size = max(4.5, int(size * (room - 1) / widest * 10) / 10)
        style = ParagraphStyle(f"{style.name}-{size}", style, fontSize=size,
                               leading=style.leading * size / style.fontSize)
    out = []
    for w in words:
        if stringWidth(w, font, size) <= room:
            out.append(escape(w))
            continue
        lines, cur = [], ""
        for q in _pieces(w):
            if cur and stringWidth(cur + q, font, size) > room:
                lines.append(cur)
                cur = q
            else:
                cur += q
        lines.append(cur)
        out.append("<br/>".join(escape(x) for x in lines))
    return para("", style, rec, markup=" ".join(out))


def _cells(t: source.Table, st, rec, widths):
    """Header lines and body rows of `t` as lists of recorded paragraphs (a list per
    cell, so that Word's row breaking can split a cell line by line), and the spans."""
    n, lines = t.columns, len(t.header)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = [_cell(t.label, st["tlabel"], rec, widths[0])]
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        hs = st["tgroup"] if h.columns > 1 else st["thead"]
        width = sum(widths[h.column:h.column + h.columns])
        rows[h.line][h.column] = [_cell(h.text, hs, rec, width)] if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [[_cell(body[0], st["tbody_b" if bold else "tbody"], rec, widths[0])]]
        for c, text in enumerate(body[1:], 1):
            style = st["tamount_b" if bold else "tamount"]
            row.append([_cell(text, style, rec, widths[c])] if text else "")
        rows.append(row)
    return rows, spans


def ruled_table(t: source.Table, st, fonts, rec) -> list:
    """Table `t` as the house's accessible Word table: full grid, header repeated, rows
    allowed to break across pages; its footnotes under it."""
    sans, bold, _ = fonts
    size = CELL_SIZE
    widths = _widths(t, sans, bold, size)
    while widths is None and size > MIN_TABLE_SIZE:
        size -= 0.5
        widths = _widths(t, sans, bold, size)
    if widths is None:  # squeezed: a word wider than its cell is set smaller still
        widths = _widths(t, sans, bold, size, squeeze=True)
    rows, spans = _cells(t, _table_styles(st, sans, bold, size), rec, widths)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("VALIGN", (1, 0), (-1, lines - 1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
            ("GRID", (0, 0), (-1, -1), GRID_W, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines,
                  splitByRow=0, splitInRow=int(CELL_LEAD + 2 * CELL_PAD_Y),
                  style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 8), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return out


def render_bigtype(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, _ = fonts
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    running = f"Regio Deal {name} – toegankelijke versie".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "bigtype")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=4 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "bigtype"))

        def furniture(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFillColor(INK)
            canv.setFont(sans, 10)
            canv.drawString(MARGIN, FOOTER_Y, running)
            canv.drawRightString(WIDTH - MARGIN, FOOTER_Y,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(Spacer(0, st["toc_theme"].spaceBefore))
                entry = _TocEntry(pr.theme, page_of(info, p), st["toc_theme"], 0)
                entry.keepWithNext = 1
                story.append(entry)
            story.append(_TocEntry(pr.title, page_of(info, p), st["toc"], 0.6 * cm))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            story += _fields(pr, st, rec, foot, lambda t, rec=rec: ruled_table(t, st, fonts, rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
