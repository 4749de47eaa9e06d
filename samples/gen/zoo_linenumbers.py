"""One more house style for the layout zoo (see zoo.py), held out: a ministry's DRAFT of the
dossier as its policy department sends it round for comment, written in Word from the
ministry's report template with Word's LINE NUMBERING on, CONTINUOUS through the whole
document (Layout > Regelnummers > Doorlopend, count by 1), so the numbers run into the
hundreds and thousands.

- linenumbers: A4 portrait, margins 2.5 cm left and right, 2.7 cm top, 2.3 cm bottom (a 16 cm
          text column). A Calibri-like sans (Liberation Sans, Arial's metrics; else DejaVu
          Sans; a character it lacks in DejaVu Sans on its own) 10.5pt on 13.5pt, ragged
          right, 6pt after each paragraph; a list item keeps the source's marker (as text)
          and hangs on it (0.6 cm).
          LINE NUMBERS: every line of the text flow carries a number in the left margin,
          8pt grey (#808080), right-aligned 0.6 cm left of the text column, on the line's
          baseline, counted by 1 and NEVER RESTARTING (page 1 starts at 1, the last page of
          twente ends in the thousands): the title lines, the contents entries, headings,
          field labels, body lines, list items, table captions, table footnotes, and the
          EMPTY PARAGRAPH Word keeps after every table (a number standing alone beside an
          empty line). Word does not number table rows, the header and footer, nor the page
          footnotes: those get no number.
          Running header on every page: at the left "Versie 0.4 | 14 maart 2019 | ter
          bespreking in de stuurgroep" in 8pt grey, at the right "CONCEPT — niet
          verspreiden" in 8pt bold red (#C00000), a 0.5pt grey rule under both across the
          column. Footer "Pagina N van M" at the right of the column, 8pt. No watermark.
          Page 1: the document's title "Regio Deal <Name>" (Word's "Title": 24pt, dark blue
          #1F3864), under it "Projectvoorstellen — concept ter bespreking" (13pt grey), then
          the contents as Word builds it: the transcription's contents heading (13pt bold
          blue), one line per theme (numbered "1", bold) and per project ("1.1 <title>",
          indented 0.6 cm), dot leaders to the page number at the right; every entry line
          numbered.
          HEADINGS, Word's multilevel list: each THEME a "Heading 1" ("2 Arbeidsmarkt &
          Talent", 15pt, blue #2F5496, the number hanging at the margin, the text at 1.0 cm)
          that OPENS A NEW PAGE; each PROJECT a "Heading 2" ("2.3 Talent Halen, ...", 12.5pt
          blue, 12pt above, number hanging, text at 1.0 cm); projects of a theme flow on (a
          heading kept with what follows). FIELD LABELS as an unnumbered "Heading 3": 10.5pt
          bold dark blue (#1F3763), 8pt above, 2pt below, on a line of their own.
          TABLES (investment tables and those inside a field, which stay in their field) in
          Word's "Grid Table 4 - Accent 1": 0.5pt light blue (#8EAADB) rules round every
          cell; the header line(s) on an accent-blue fill (#4472C4) in white bold 9pt, the
          table's label in the corner cell (spanning the header lines), a group header
          ("Publiek") centred over its members, one-column headers right-aligned; body rows
          9pt on 11pt, banded (odd rows filled #D9E2F3, even rows white); row labels left
          and wrapping in their column, amounts right-aligned exactly as transcribed; the
          Totaal row bold with a 1pt accent-blue rule above it. Value columns equal (at most
          2.7 cm, together at most 64% of the column), the row labels the rest. A caption
          ABOVE each table, 9pt italic dark blue: "Tabel N. Begroting en financiering" for a
          project's investment table, "Tabel N. <label>" for a table inside a field (N
          counted through the document). Header lines repeated where a table breaks over a
          page. The table's footnotes under it in 9pt, then Word's empty paragraph.
          Project notes as Word footnotes at the page foot in 8.5pt under a short rule
          (notes whose mark is nowhere go with the project's last paragraph).

The truth records what the page shows: the line numbers, the heading numbers, the captions and
the header and footer are not content. Every cell prints as transcribed, so no "raw" is
recorded.
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
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _fonts, _markup, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total,
                         meta, page_of, para, RP, Truth)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.5 * cm
TOP, BOTTOM = 2.7 * cm, 2.3 * cm
FW = WIDTH - LEFT - RIGHT
INK = colors.black
GREY = colors.HexColor("#808080")
RED = colors.HexColor("#C00000")
BLUE = colors.HexColor("#2F5496")
DARK = colors.HexColor("#1F3763")
TITLE_BLUE = colors.HexColor("#1F3864")
ACCENT = colors.HexColor("#4472C4")
BAND = colors.HexColor("#D9E2F3")
RULE = colors.HexColor("#8EAADB")
NUM_GAP = 0.6 * cm
VERSION = "Versie 0.4 | 14 maart 2019 | ter bespreking in de stuurgroep"
STAMP = "CONCEPT — niet verspreiden"

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


class _LineNumbers:
    """Word's continuous line numbering: every text line counted, never restarting."""

    def __init__(self, font):
        self.font = font
        self.count = 0

    def mark(self, canv, baselines) -> None:
        canv.saveState()
        canv.setFont(self.font, 8)
        canv.setFillColor(GREY)
        for base in baselines:
            self.count += 1
            # the number's right edge 0.6 cm left of the column, whatever the flowable's x
            canv.drawRightString(LEFT - NUM_GAP, base, str(self.count))
        canv.restoreState()

    def para(self, p, canv, y) -> None:
        bl = getattr(p, "blPara", None)
        lines = len(bl.lines) if bl is not None else 0
        if not lines:
            return
        st = p.style
        # baselines in page space: the canvas is not translated when drawOn is called
        self.mark(canv, [y + p.height - st.fontSize - i * st.leading for i in range(lines)])


def _numbered(numbers: _LineNumbers):
    class Numbered(RP):
        def drawOn(self, canv, x, y, _sW=0):
            super().drawOn(canv, x, y, _sW)
            numbers.para(self, canv, y)
    return Numbered


class _EmptyPara(Flowable):
    """Word's empty paragraph after a table: one blank line, numbered."""

    def __init__(self, numbers, style):
        super().__init__()
        self.numbers, self.st = numbers, style

    def wrap(self, aW, aH):
        return aW, self.st.leading

    def drawOn(self, canv, x, y, _sW=0):
        self.numbers.mark(canv, [y + self.st.leading - self.st.fontSize])


class _TocLine(Flowable):
    """A contents entry: number and text (a paragraph), dot leaders, the page at the right;
    each of its lines numbered."""

    def __init__(self, p, page, style, numbers, bold):
        super().__init__()
        self.p, self.page, self.st, self.numbers, self.bold = p, page, style, numbers, bold
        self.page_w = 24

    def wrap(self, aW, aH):
        self.aW = aW
        self.h = self.p.wrap(aW - self.page_w - 14, aH)[1]
        return aW, self.h

    def drawOn(self, canv, x, y, _sW=0):
        self.p.drawOn(canv, x, y)
        bl = self.p.blPara
        lines = bl.lines
        extra = lines[-1][0] if bl.kind == 0 else lines[-1].extraSpace
        used = self.aW - self.page_w - 14 - extra
        base = y + self.h - self.st.fontSize - (len(lines) - 1) * self.st.leading
        font = self.st.fontName
        canv.saveState()
        canv.setFont(font, self.st.fontSize)
        canv.setFillColor(INK)
        step = stringWidth(". ", font, self.st.fontSize)
        x0, x1 = x + used + 5, x + self.aW - self.page_w
        count = max(0, int((x1 - x0) / step))
        canv.drawString(x1 - count * step, base, ". " * count)
        canv.drawRightString(x + self.aW, base, self.page)
        canv.restoreState()
        self.numbers.mark(canv, [y + self.h - self.st.fontSize - i * self.st.leading
                                 for i in range(len(lines))])


def _styles(fonts):
    sans, bold, italic = fonts

    def style(name, font=sans, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"ln-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "title": style("title", sans, 24, 29, textColor=TITLE_BLUE, spaceAfter=4),
        "subtitle": style("subtitle", sans, 13, 16, textColor=GREY, spaceAfter=18),
        "tochead": style("tochead", bold, 13, 16, textColor=BLUE, spaceAfter=8),
        "toc1": style("toc1", bold, 10.5, 13.5, leftIndent=0.9 * cm, bulletIndent=0,
                      spaceBefore=4),
        "toc2": style("toc2", sans, 10.5, 13.5, leftIndent=1.6 * cm, bulletIndent=0.6 * cm),
        "h1": style("h1", sans, 15, 18.5, textColor=BLUE, leftIndent=1.0 * cm, bulletIndent=0,
                    bulletFontName=sans, bulletFontSize=15, spaceAfter=6, keepWithNext=1),
        "h2": style("h2", sans, 12.5, 15.5, textColor=BLUE, leftIndent=1.0 * cm, bulletIndent=0,
                    bulletFontName=sans, bulletFontSize=12.5, spaceBefore=12, spaceAfter=4,
                    keepWithNext=1),
        "label": style("label", bold, 10.5, 13.5, textColor=DARK, spaceBefore=8, spaceAfter=2,
                       keepWithNext=1),
        "body": style("body", spaceAfter=6),
        "item": style("item", leftIndent=0.6 * cm, firstLineIndent=-0.6 * cm, spaceAfter=3),
        "caption": style("caption", italic, 9, 11.5, textColor=DARK, spaceBefore=4, spaceAfter=3,
                         keepWithNext=1),
        "tfoot": style("tfoot", sans, 9, 11.5, spaceBefore=2),
        "empty": style("empty"),
        "note": style("note", sans, 8.5, 10.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tlabel": style("tl", bold, 9, 11, textColor=colors.white),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT, textColor=colors.white),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER, textColor=colors.white),
        "tbody": style("tb", sans, 9, 11),
        "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", sans, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
    }


def _heading(number: str, text: str, style, rec):
    body = _markup(text, style.fontName) or escape(text)
    return para("", style, rec, markup=f"<bullet>{escape(number)}</bullet>{body}")


def _table(t: source.Table, caption: str, st, rec, numbered, numbers) -> list:
    """Grid Table 4 - Accent 1: blue header band, banded rows, light blue grid."""
    n, lines = t.columns, max(len(t.header), 1)
    vw = min(2.7 * cm, 0.64 * FW / max(n, 1))
    widths = [FW - n * vw] + [vw] * n
    grid = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    grid[0][0] = _text(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = (_text(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
                            if h.text else "")
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for k, body in enumerate(t.rows):
        total = is_total(body[0])
        r = lines + k
        if k % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
        if total and k:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1, ACCENT))
        row = [_text(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(_text(cell, st["tamount_b"] if total else st["tamount"], rec)
                       if cell else "")
        grid.append(row)
    table = Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out: list = [numbered(para(caption, st["caption"])), table]
    out += [numbered(_text(f, st["tfoot"], rec)) for f in t.footnotes]
    out.append(_EmptyPara(numbers, st["empty"]))
    return out


def _fields(pr: source.Project, st, rec, foot, numbered, numbers, counter) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None

    def table(t, caption):
        counter[0] += 1
        return _table(t, f"Tabel {counter[0]}. {caption}", st, rec, numbered, numbers)

    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += table(row, "Begroting en financiering")
            continue
        story.append(numbered(_text(row.label, st["label"], rec)))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += table(item, item.label)
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


def _chapters(dossier):
    """Theme numbers in order of first appearance, and each project's "<chapter>.<n>"."""
    chapters: dict[str, int] = {}
    numbers = []
    seen: dict[str, int] = {}
    for pr in dossier.projects:
        c = chapters.setdefault(pr.theme, len(chapters) + 1)
        seen[pr.theme] = seen.get(pr.theme, 0) + 1
        numbers.append((c, seen[pr.theme]))
    return chapters, numbers


def render_linenumbers(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, _italic = fonts
    st = _styles(fonts)
    name = dossier_name(dossier)
    chapters, numbers_of = _chapters(dossier)

    def once(info):
        truth = Truth(dossier, "linenumbers")
        numbers = _LineNumbers(sans)
        cls = _numbered(numbers)

        def numbered(p):
            p.__class__ = cls
            return p

        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=120)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "linenumbers"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            y = HEIGHT - 1.6 * cm
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawString(LEFT, y, VERSION)
            canv.setFont(bold, 8)
            canv.setFillColor(RED)
            canv.drawRightString(WIDTH - RIGHT, y, STAMP)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(LEFT, y - 4, WIDTH - RIGHT, y - 4)
            canv.setFont(sans, 8)
            canv.setFillColor(INK)
            canv.drawRightString(WIDTH - RIGHT, 1.3 * cm,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [numbered(para(f"Regio Deal {name}".strip(), st["title"])),
                       numbered(para("Projectvoorstellen — concept ter bespreking", st["subtitle"]))]
        if dossier.toc_heading:
            story.append(numbered(para(dossier.toc_heading, st["tochead"])))
            done = set()
            for p, pr in enumerate(dossier.projects):
                c, k = numbers_of[p]
                if pr.theme not in done:
                    done.add(pr.theme)
                    first = page_of(info, p)
                    story.append(_TocLine(_heading(str(c), pr.theme, st["toc1"], None), first,
                                          st["toc1"], numbers, True))
                story.append(_TocLine(_heading(f"{c}.{k}", pr.title, st["toc2"], None),
                                      page_of(info, p), st["toc2"], numbers, False))
        counter = [0]
        theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            c, k = numbers_of[p]
            if pr.theme != theme or p == 0:
                theme = pr.theme
                story.append(PageBreak())
                if pr.theme:
                    story.append(numbered(_heading(str(c), pr.theme, st["h1"], rec)))
            else:
                story.append(CondPageBreak(4 * cm))
            story.append(numbered(_heading(f"{c}.{k}", pr.title, st["h2"], truth.heading(p))))
            story += _fields(pr, st, rec, foot, numbered, numbers, counter)
        doc.build(story)
        return truth

    return build_until_stable(once)
