"""One more house style for the layout zoo (see zoo.py), held out: a DRAFT of the dossier
as a council's legal department circulates it for comment, made in Word.

- draft:   A4 portrait, margins 2.5 cm all round (a 16 cm text column). Body in Liberation
           Sans (Arial's metrics; else DejaVu Sans) 11pt on 13.5pt, ragged right, 8pt after
           each paragraph (Word's default); a list item keeps the source's marker (as text)
           and hangs on it. Page 1 opens with "Regio Deal <name> - projectvoorstellen" (16pt
           bold). Projects flow on (no page breaks). Each project starts with its theme in
           italic 11pt on a line of its own, then its title in 14pt bold. Field labels bold
           11pt on a line of their own (10pt above), the field's paragraphs under it.
           LINE NUMBERS in the left margin on every text line (Word's "Regelnummers":
           restarting on each page, every line counted, 8pt grey, right-aligned 0.6 cm left
           of the text column): headings, labels, body paragraphs, list items, table
           footnotes. Word does not number table rows nor footnotes: those lines get none.
           A diagonal WATERMARK "CONCEPT" across every page: 110pt bold, light grey
           (#D9D9D9), rotated 45 degrees about the page centre, drawn BEHIND the text as
           real text (not an image). A header line "CONCEPT — niet verspreiden — versie 0.3
           (30-11-2026)" in 8pt red at the top left of every page; the footer "Pagina N van
           M" in 8pt centred. Project notes as page footnotes in 8.5pt under a short rule
           (notes whose mark is nowhere go with the project's last paragraph).
           FUNDING TABLES (investment tables and those inside a field, which stay in their
           field) in Word's "Table Grid" style: a full thin (0.5pt) black grid, 9pt on 11pt,
           the header row(s) bold, the table's label in the header's corner cell, spanning
           group labels centred over their members; the row-label column takes what the
           value columns (each at most 2.8 cm, together at most 62% of the column) leave;
           amounts right-aligned and printed as transcribed; the Totaal row bold. Header
           rows repeated where a table breaks over a page. Table footnotes under the table
           in 9pt.

The truth records what the page shows: the line numbers, the watermark and the header line
are not content. Every cell prints as transcribed, so no "raw" is recorded.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _fonts, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total,
                         meta, para, RP, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
INK = colors.black
GREY = colors.HexColor("#7F7F7F")
WATER = colors.HexColor("#D9D9D9")
RED = colors.HexColor("#C00000")
NUM_GAP = 0.6 * cm
HEADER = "CONCEPT — niet verspreiden — versie 0.3 (30-11-2026)"

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


class _LineNumbers:
    """Word's line numbering: restarts on each page, counts every text line."""

    def __init__(self, font):
        self.font = font
        self.page = None
        self.count = 0

    def draw(self, p: RP, canv, y) -> None:
        bl = getattr(p, "blPara", None)
        lines = len(bl.lines) if bl is not None else 0
        if not lines or (p._text is not None and not p._text.strip()):
            return
        page = canv.getPageNumber()
        if page != self.page:
            self.page, self.count = page, 0
        st = p.style
        canv.saveState()
        canv.setFont(self.font, 8)
        canv.setFillColor(GREY)
        for i in range(lines):
            self.count += 1
            base = y + p.height - st.fontSize - i * st.leading
            canv.drawRightString(MARGIN - NUM_GAP, base, str(self.count))
        canv.restoreState()


def _numbered(numbers: _LineNumbers):
    class Numbered(RP):
        def drawOn(self, canv, x, y, _sW=0):
            super().drawOn(canv, x, y, _sW)
            numbers.draw(self, canv, y)
    return Numbered


def _styles(fonts):
    sans, bold, italic = fonts

    def style(name, font=sans, size=11.0, leading=13.5, **kw):
        return ParagraphStyle(f"dr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "doc": style("doc", bold, 16, 20, spaceAfter=12),
        "theme": style("theme", italic, 11, 13.5, spaceBefore=14, spaceAfter=0, keepWithNext=1),
        "title": style("title", bold, 14, 17, spaceBefore=2, spaceAfter=6, keepWithNext=1),
        "label": style("label", bold, 11, 13.5, spaceBefore=10, spaceAfter=2, keepWithNext=1),
        "body": style("body", spaceAfter=8),
        "item": style("item", leftIndent=14, firstLineIndent=-14, spaceAfter=4),
        "tfoot": style("tfoot", sans, 9, 11, spaceBefore=3),
        "note": style("note", sans, 8.5, 10.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tlabel": style("tl", bold, 9, 11),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", sans, 9, 11),
        "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", sans, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
    }


def _table(t: source.Table, st, rec, numbered) -> list:
    """Word's "Table Grid": a full thin grid, header bold, cells as transcribed."""
    n, lines = t.columns, max(len(t.header), 1)
    vw = min(2.8 * cm, 0.62 * FW / max(n, 1))
    widths = [FW - n * vw] + [vw] * n
    grid = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, INK),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    grid[0][0] = _text(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = (_text(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
                            if h.text else "")
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [_text(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(_text(cell, st["tamount_b"] if total else st["tamount"], rec)
                       if cell else "")
        grid.append(row)
    table = Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out: list = [Spacer(0, 4), table]
    out += [numbered(_text(f, st["tfoot"], rec)) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return out


def _fields(pr: source.Project, st, rec, foot, numbered) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, st, rec, numbered)
            continue
        story.append(numbered(_text(row.label, st["label"], rec)))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, st, rec, numbered)
                continue
            q = numbered(_text(item, st["item" if _LIST_ITEM.match(item) else "body"], rec))
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = numbered(para("", st["body"], rec))
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_draft(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, _italic = fonts
    st = _styles(fonts)
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "draft")
        numbers = _LineNumbers(sans)
        cls = _numbered(numbers)

        def numbered(p):
            p.__class__ = cls
            return p

        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=110)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "draft"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            # the watermark first: behind everything the page then draws
            canv.saveState()
            canv.setFillColor(WATER)
            canv.setFont(bold, 110)
            canv.translate(WIDTH / 2, HEIGHT / 2)
            canv.rotate(45)
            canv.drawCentredString(0, -38, "CONCEPT")
            canv.restoreState()
            canv.setFont(sans, 8)
            canv.setFillColor(RED)
            canv.drawString(MARGIN, HEIGHT - 1.5 * cm, HEADER)
            canv.setFillColor(INK)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm,
                                   f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [numbered(para(f"Regio Deal {name} - projectvoorstellen".replace("  ", " "),
                                     st["doc"]))]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme:
                story.append(numbered(_text(pr.theme, st["theme"], rec)))
            story.append(numbered(_text(pr.title, st["title"], truth.heading(p))))
            story += _fields(pr, st, rec, foot, numbered)
        doc.build(story)
        return truth

    return build_until_stable(once)
