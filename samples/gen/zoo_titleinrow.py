"""One more house style for the layout zoo (see zoo.py), held out: a government template
("format projectvoorstel") filled in in Word in which EVERY PROJECT IS ONE BIG TABLE whose
FIRST ROW, a merged and shaded cell, holds ONLY THE PROJECT'S TITLE (the only place the title
is printed: no heading, no "Project N"), the projects' tables following each other on the
page, and whose rows break over pages with the label repeated as "<label> (vervolg)".

- titleinrow: A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.5 cm top, 2.2 cm bottom (a
          16.5 cm text column), made in Word. Liberation Sans (Arial's metrics; else DejaVu
          Sans; a character the face lacks in DejaVu Sans). Running header on every page in
          8pt grey: "Regio Deal <Name>" at the left, "Format projectvoorstel - versie 2.1" at
          the right, a 0.5pt grey rule under them; footer "Pagina N van M" centred, 8pt.
          Page 1 opens with "Projectvoorstellen Regio Deal <Name>" (16pt bold) and a two-line
          note on the format in 9pt italic (no figures). The THEMES are chapter headings in
          Word's "Heading 1" look (13pt bold, blue #2F5496, 14pt above, 6pt below), printed
          before the first project of each theme and kept with it. PROJECTS FLOW ON: one
          project's table follows the previous one's after an empty 10pt paragraph, on the
          same page where it fits (no page break per project).
          EVERY PROJECT ONE TABLE of two columns, a 0.5pt black grid: the LABEL COLUMN 4.6 cm on
          a light grey fill (#E7E6E6), the field label in bold 9pt; the TEXT COLUMN 11.9 cm,
          white, the field's paragraphs in 9.5pt on 12pt, 3pt apart, a list item hanging on
          its own marker; Word's cell margins (0.19 cm left and right, 4pt above the row's
          first and under its last paragraph). ROW 1 is ONE CELL MERGED OVER BOTH COLUMNS on a
          blue-grey fill (#B4C6E7) holding the project's title alone in bold 11pt black,
          left-aligned, kept with the next row; it is NOT repeated on a later page. No theme
          row, no number.
          ROWS BREAK ACROSS PAGES (Word's "allow row to break across pages"): a long field
          continues at the top of the next page inside the continued grid (the grid closed by
          a rule at the page foot, reopened by one at the top), its label cell there reading
          "<label> (vervolg)" in bold 9pt, as the template's macro writes it.
          FUNDING TABLES are NESTED: an investment table (a row of its own in the
          transcription) sits inside the text cell of the field before it ("Inzet en
          co-financiering", "Financiering"), after that field's paragraphs; a table inside a
          field where it stands in the field. The nested table is Word's "Table Grid" (0.5pt
          black grid round every cell) across the text cell less its margins, 7.5pt on 9.5pt:
          the header row(s) bold on the label column's grey (#E7E6E6), the table's own label
          in the corner cell, a group header ("Publiek") centred over its members, single
          headers right-aligned; the row labels left, every value cell right-aligned and
          printed as transcribed; the Totaal row bold; value columns each at most 2.3 cm
          (together at most 78% of the cell), the label column the rest. A NESTED TABLE THAT
          BREAKS OVER A PAGE DOES NOT REPEAT ITS HEADER (Word ignores "repeat as header row"
          in a nested table): its rows simply go on at the top of the next page, the outer
          label cell reading "(vervolg)". Table footnotes under the nested table in the same
          cell, 8pt.
          Project notes as Word's page footnotes: 7.5pt under a short rule at the foot of the
          page where the note's mark stands (a note whose mark is nowhere goes with the
          project's last paragraph).

How it is drawn: as in zoo_nested.py, each outer row is built of strips (label cell + text
cell, one strip per paragraph, list item, nested table or table footnote) that draw the grid
themselves and split where they do not fit; a strip that starts a page inside a field gets
the "(vervolg)" label.

The truth records what the page shows: the title row is the project's heading; the theme
headings and the running header are not project content. Every cell prints as transcribed:
no "raw".
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _fonts, _markup, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total,
                         meta, para, RP, Truth, _words)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.5 * cm, 2.2 * cm
FW = WIDTH - ML - MR
LABEL_W = 4.6 * cm
CONTENT_W = FW - LABEL_W
PAD = 0.19 * cm
INNER_W = CONTENT_W - 2 * PAD
INK = colors.black
GREY = colors.HexColor("#595959")
LABEL_FILL = colors.HexColor("#E7E6E6")
TITLE_FILL = colors.HexColor("#B4C6E7")
HEAD_BLUE = colors.HexColor("#2F5496")
RULE = 0.5

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(fonts):
    sans, bold, italic = fonts

    def style(name, font=sans, size=9.5, leading=12.0, **kw):
        return ParagraphStyle(f"tr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "bulletFontName": font, **kw})

    return {
        "doc": style("doc", bold, 16, 20, spaceAfter=6),
        "intro": style("intro", italic, 9, 12, textColor=GREY, spaceAfter=4),
        "theme": style("theme", bold, 13, 16, textColor=HEAD_BLUE, spaceBefore=14, spaceAfter=6),
        "title": style("title", bold, 11, 13.5),
        "label": style("label", bold, 9, 11),
        "body": style("body"),
        "item": style("item", leftIndent=11, firstLineIndent=-11),
        "tfoot": style("tfoot", sans, 8, 10),
        "note": style("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tlabel": style("tl", bold, 7.5, 9.5),
        "thead": style("th", bold, 7.5, 9.5, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 7.5, 9.5, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7.5, 9.5),
        "tbody_b": style("tbb", bold, 7.5, 9.5),
        "tamount": style("ta", sans, 7.5, 9.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 7.5, 9.5, alignment=TA_RIGHT),
    }


def _item(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    return para("", st["item"], rec,
                markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _nested(t: source.Table, st, rec) -> Table:
    """The funding table as Word's "Table Grid" inside the text cell; no repeated header."""
    n, lines = t.columns, max(len(t.header), 1)
    vw = min(2.3 * cm, 0.78 * INNER_W / max(n, 1))
    widths = [INNER_W - n * vw] + [vw] * n
    grid = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), RULE, INK),
            ("BACKGROUND", (0, 0), (-1, lines - 1), LABEL_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
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
    return Table(grid, colWidths=widths, repeatRows=0, style=TableStyle(cmds), hAlign="LEFT")


class _Grid:
    """Where the last strip on the page ended and whether it closed its row."""

    def __init__(self):
        self.page = None
        self.bottom = None
        self.closed = True
        self.x = 0.0

    def close_page(self, canv) -> None:
        if self.page == canv.getPageNumber() and not self.closed:
            canv.saveState()
            canv.setLineWidth(RULE)
            canv.line(self.x, self.bottom, self.x + FW, self.bottom)
            canv.restoreState()
            self.closed = True


class _Strip(Flowable):
    """One strip of an outer row: the label cell (the field's label on its first strip,
    "<label> (vervolg)" on a strip that opens a page inside the field, else empty grey) and
    the text cell with one flowable; or the title row, one cell over both columns."""

    def __init__(self, grid: _Grid, label: str | None, content, first: bool, last: bool,
                 st=None, rec=None, span: bool = False, notes=(), foot=None,
                 pad_top=None, pad_bottom=None):
        super().__init__()
        self.grid, self.label, self.content = grid, label, content
        self.first, self.last, self.span = first, last, span
        self.st, self.rec = st, rec
        self.notes, self.foot = tuple(notes), foot
        self.pad_top = (4.0 if first else 1.5) if pad_top is None else pad_top
        self.pad_bottom = (4.0 if last else 1.5) if pad_bottom is None else pad_bottom
        self._tbl = None

    def _label_cell(self):
        if self.span or self.label is None:
            return ""
        if self.first:
            return _text(self.label, self.st["label"], self.rec)
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._atTop:
            return _text(f"{self.label} (vervolg)", self.st["label"])
        return ""

    def _table(self) -> Table:
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), self.pad_top),
                ("BOTTOMPADDING", (0, 0), (-1, -1), self.pad_bottom)]
        if self.span:
            cmds += [("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), TITLE_FILL)]
            data = [[self.content, ""]]
        else:
            cmds.append(("BACKGROUND", (0, 0), (0, 0), LABEL_FILL))
            data = [[self._label_cell(), self.content]]
        return Table(data, colWidths=[LABEL_W, CONTENT_W], style=TableStyle(cmds), hAlign="LEFT")

    def _notes_h(self, aW):
        return self.foot.height(self.notes, aW) if self.notes else 0.0

    def wrap(self, aW, aH):
        self._tbl = self._table()
        w, h = self._tbl.wrap(aW, 1e6)
        self.width, self.height = w, h
        nh = self._notes_h(aW)
        if nh and h + nh > aH:
            return w, h + nh
        return w, h

    def split(self, aW, aH):
        nh = self._notes_h(aW)
        room = aH - nh - self.pad_top - 1.5
        if self.span or room <= 0:
            return []
        parts = self.content.split(INNER_W, room)
        if len(parts) < 2:
            return []
        if self.first and self.label:
            if _text(self.label, self.st["label"]).wrap(LABEL_W - 2 * PAD, 1e6)[1] > room:
                return []
        out = []
        remaining = list(self.notes)
        for k, q in enumerate(parts):
            if isinstance(self.content, RP):
                q._rec = self.content._rec
            notes = ()
            if remaining and k < len(parts) - 1 and isinstance(q, RP):
                q.wrap(INNER_W, 1e6)
                words = _words(q)
                notes = tuple(n for n in remaining if any(n.mark in w for w in words))
                remaining = [n for n in remaining if n not in notes]
            elif k == len(parts) - 1:
                notes = tuple(remaining)
            out.append(_Strip(self.grid, self.label, q,
                              self.first if k == 0 else False,
                              self.last if k == len(parts) - 1 else False,
                              st=self.st, rec=self.rec, notes=notes, foot=self.foot,
                              pad_top=self.pad_top if k == 0 else 1.5,
                              pad_bottom=self.pad_bottom if k == len(parts) - 1 else 1.5))
        return out

    def drawOn(self, canv, x, y, _sW=0):
        g = self.grid
        page = canv.getPageNumber()
        at_top = g.page != page
        self._tbl.drawOn(canv, x, y)
        h = self.height
        canv.saveState()
        canv.setLineWidth(RULE)
        canv.setStrokeColor(INK)
        canv.line(x, y, x, y + h)
        canv.line(x + FW, y, x + FW, y + h)
        if not self.span:
            canv.line(x + LABEL_W, y, x + LABEL_W, y + h)
        if self.first or at_top:
            canv.line(x, y + h, x + FW, y + h)
        if self.last:
            canv.line(x, y, x + FW, y)
        canv.restoreState()
        g.page, g.bottom, g.closed, g.x = page, y, self.last, x
        if self.notes:
            self.foot.place(self.notes, self._frame, canv)


def _content(item, st, rec):
    if isinstance(item, source.Table):
        return _nested(item, st, rec)
    return _item(item, st, rec) if _LIST_ITEM.match(item) else _text(item, st["body"], rec)


def _project(pr: source.Project, st, rec, head_rec, grid, foot) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    fields: list[tuple[str, list]] = []
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            cells = [(_nested(row, st, rec), [])]
            cells += [(_text(f, st["tfoot"], rec), []) for f in row.footnotes]
            if fields:
                fields[-1][1].extend(cells)
            else:
                fields.append((row.label, cells))
            continue
        cells = []
        for i, item in enumerate(row.content):
            cells.append((_content(item, st, rec), list(owner.get((r, i), []))))
            if isinstance(item, source.Table):
                cells += [(_text(f, st["tfoot"], rec), []) for f in item.footnotes]
        if not cells:
            cells = [(para("", st["body"], rec), [])]
        fields.append((row.label, cells))
    if loose:
        fields[-1][1][-1][1].extend(loose)

    title = _text(pr.title, st["title"], head_rec)
    out: list = [_Strip(grid, None, title, True, True, st=st, span=True, pad_top=4, pad_bottom=5)]
    for label, cells in fields:
        for k, (flow, notes) in enumerate(cells):
            table = isinstance(flow, Table)
            out.append(_Strip(grid, label, flow, k == 0, k == len(cells) - 1, st=st, rec=rec,
                              notes=notes, foot=foot,
                              pad_top=(4.0 if k == 0 else (3.0 if table else 1.5)),
                              pad_bottom=(4.0 if k == len(cells) - 1 else (3.0 if table else 1.5))))
    out[0].keepWithNext = 1
    return out


def render_titleinrow(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans = fonts[0]
    st = _styles(fonts)
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "titleinrow")
        grid = _Grid()
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=100)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "titleinrow"))
        total = info.get("total") or 0

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.5 * cm
            canv.drawString(ML, y, f"Regio Deal {name}".strip())
            canv.drawRightString(WIDTH - MR, y, "Format projectvoorstel - versie 2.1")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(ML, y - 3.5, WIDTH - MR, y - 3.5)
            canv.setFillColor(INK)
            n = canv.getPageNumber()
            canv.drawCentredString(ML + FW / 2, 1.2 * cm, f"Pagina {n} van {total or n}")
            canv.restoreState()

        def page_end(canv, d):
            grid.close_page(canv)
            foot.draw(canv)

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=page_end)])

        story: list = [
            para(f"Projectvoorstellen Regio Deal {name}".replace("  ", " "), st["doc"]),
            para("Ieder project is beschreven in het vaste format van het programma. "
                 "De financiering staat bij het veld waar zij bij hoort.", st["intro"]),
        ]
        theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme and pr.theme != theme:
                h = para(pr.theme, st["theme"])
                h.keepWithNext = 1
                story.append(h)
                theme = pr.theme
            elif p:
                story.append(Spacer(0, 10))
            story += _project(pr, st, truth.content(p), truth.heading(p), grid, foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
