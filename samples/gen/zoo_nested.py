"""One more house style for the layout zoo (see zoo.py), held out: a government template
("projectformulier") filled in in Word, every project one big ruled two-column table.

- nested:  A4 portrait, margins 2 cm left and right, 2.5 cm top and bottom (a 17 cm text
           column), made in Word. Liberation Sans (Arial's metrics; else DejaVu Sans). Page 1
           opens with "Projectformulieren Regio Deal <name>" (14pt bold); each project's form
           starts on a new page. EVERY PROJECT IS ONE BIG RULED TABLE of two columns, a 0.5pt
           grid: the left cell (4 cm, light grey fill #EDEDED) holds the field label in bold
           9pt, the right cell (13 cm) holds the field's text in 10pt on 12.5pt, several
           paragraphs and list items inside the cell (a list item keeps the source's marker
           and hangs on it). The first row spans both columns with "Project N: <title>" in
           bold 12pt on a darker fill (#BFBFBF); the second row is "Thema" | the theme.
           FUNDING TABLES are NESTED: an investment table sits inside the right cell of the
           field before it ("Inzet en co-financiering", "Financiering"), after that field's
           paragraphs; a table inside a field (milestones) where it stands in the field. Each
           is its own full-grid Word table inside the outer cell's padding (5pt): 9pt on 11pt,
           the header row(s) bold on a grey fill (#D9D9D9), the table's label in the header's
           corner cell, spanning group labels centred over their members, value columns each
           at most 2.4 cm (together at most 62% of the cell), amounts right-aligned and printed
           as transcribed, the Totaal row bold; the nested header row repeated where a nested
           table breaks over a page. Table footnotes under the nested table, in the same cell,
           9pt.
           ROWS OF THE OUTER TABLE BREAK ACROSS PAGES (Word's "allow row to break across
           pages"): a long field cell continues at the top of the next page inside the
           continued outer grid (the grey label column runs on, empty; the outer table's first
           row is NOT repeated); the grid is closed by a rule at the page foot and reopened by
           one at the top of the next page, as Word draws a broken row.
           Page header "Projectformulier Regio Deal <name>" 8pt grey at the top left, footer
           "N" 9pt centred. Project notes as page footnotes in 8pt under a short rule (notes
           whose mark is nowhere go with the project's last paragraph).

How it is drawn: reportlab cannot break a table row across pages, so each outer row is
built of several small one-row tables ("strips": label cell + content cell) of the same
column widths, one strip per paragraph, list item, nested table or table footnote of the
field, with no rule between strips of one field; a strip splits where it does not fit (a
paragraph between its lines, a nested table between its rows, header repeated), the rest
continuing on the next page with an empty label cell. The strips draw the grid themselves;
the result LOOKS like one table whose rows break across pages.

The truth records what the page shows: the title row and the "Thema" row are the project's
heading and theme; the page header is not content. Every cell prints as transcribed, so no
"raw" is recorded.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _fonts, _markup, _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total,
                         meta, para, RP, Truth, _words)

WIDTH, HEIGHT = A4
MARGIN_X = 2.0 * cm
MARGIN_Y = 2.5 * cm
FW = WIDTH - 2 * MARGIN_X
LABEL_W = 4.0 * cm
CONTENT_W = FW - LABEL_W
PAD = 5.0
INNER_W = CONTENT_W - 2 * PAD
INK = colors.black
GREY = colors.HexColor("#595959")
LABEL_FILL = colors.HexColor("#EDEDED")
TITLE_FILL = colors.HexColor("#BFBFBF")
HEAD_FILL = colors.HexColor("#D9D9D9")
RULE = 0.5

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(fonts):
    sans, bold, _italic = fonts

    def style(name, font=sans, size=10.0, leading=12.5, **kw):
        return ParagraphStyle(f"ne-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "bulletFontName": font, **kw})

    return {
        "doc": style("doc", bold, 14, 18, spaceAfter=12),
        "title": style("title", bold, 12, 15),
        "label": style("label", bold, 9, 11),
        "body": style("body"),
        "item": style("item", leftIndent=12, firstLineIndent=-12),
        "tfoot": style("tfoot", sans, 9, 11),
        "note": style("note", sans, 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tlabel": style("tl", bold, 9, 11),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", sans, 9, 11),
        "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", sans, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
    }


def _item(text: str, st, rec):
    """A list item: its marker hanging, the text after it."""
    m = _LIST_ITEM.match(text)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    return para("", st["item"], rec,
                markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _nested(t: source.Table, st, rec) -> Table:
    """The funding table as Word's "Table Grid" inside the outer cell."""
    n, lines = t.columns, max(len(t.header), 1)
    vw = min(2.4 * cm, 0.62 * INNER_W / max(n, 1))
    widths = [INNER_W - n * vw] + [vw] * n
    grid = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), RULE, INK),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
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
    return Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                 hAlign="LEFT")


class _Grid:
    """The outer grid's state on the page: where the last strip ended, and whether that
    strip closed its row (a rule under it)."""

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
    """One strip of an outer row: label cell (or an empty grey one) + content cell holding
    one flowable (or, for the title row, one cell over both columns)."""

    def __init__(self, grid: _Grid, label, content, first: bool, last: bool,
                 span: bool = False, notes=(), foot=None, pad_top=None, pad_bottom=None):
        super().__init__()
        self.grid, self.label, self.content = grid, label, content
        self.first, self.last, self.span = first, last, span
        self.notes, self.foot = tuple(notes), foot
        self.pad_top = (5.0 if first else 1.5) if pad_top is None else pad_top
        self.pad_bottom = (5.0 if last else 1.5) if pad_bottom is None else pad_bottom
        self._tbl = None

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
            data = [[self.label or "", self.content]]
        return Table(data, colWidths=[LABEL_W, CONTENT_W], style=TableStyle(cmds),
                     hAlign="LEFT")

    def _notes_h(self, aW):
        return self.foot.height(self.notes, aW) if self.notes else 0.0

    def wrap(self, aW, aH):
        self._tbl = self._table()
        w, h = self._tbl.wrap(aW, 1e6)
        self.width, self.height = w, h
        nh = self._notes_h(aW)
        if nh and h + nh > aH:
            return w, h + nh  # does not fit with its notes: the frame will split it
        return w, h

    def split(self, aW, aH):
        nh = self._notes_h(aW)
        room = aH - nh - self.pad_top - 1.5
        if self.span or room <= 0:
            return []
        parts = self.content.split(INNER_W if not isinstance(self.content, Table) else INNER_W,
                                   room)
        if len(parts) < 2:
            return []
        label_h = self.label.wrap(LABEL_W - 2 * PAD, 1e6)[1] if self.label else 0
        if label_h > room:
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
            out.append(_Strip(self.grid, self.label if k == 0 else None, q,
                              self.first if k == 0 else False,
                              self.last if k == len(parts) - 1 else False,
                              notes=notes, foot=self.foot,
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


def _project(pr: source.Project, p: int, st, rec, head_rec, grid, foot) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    # fields as (label, [(content flowable, notes)]); an investment table goes into the
    # field before it
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

    title = _text(f"Project {p + 1}: {pr.title}", st["title"], head_rec)
    out: list = [_Strip(grid, None, title, True, True, span=True, pad_top=5, pad_bottom=6)]
    out.append(_Strip(grid, para("Thema", st["label"]), _text(pr.theme, st["body"], rec),
                      True, True, pad_top=4, pad_bottom=4))
    for label, cells in fields:
        for k, (flow, notes) in enumerate(cells):
            out.append(_Strip(grid, _text(label, st["label"], rec) if k == 0 else None, flow,
                              k == 0, k == len(cells) - 1, notes=notes, foot=foot,
                              pad_top=(5.0 if k == 0 else 1.5) if not isinstance(flow, Table)
                              else (5.0 if k == 0 else 3.0),
                              pad_bottom=(5.0 if k == len(cells) - 1 else 1.5)
                              if not isinstance(flow, Table) else 4.0))
    out[0].keepWithNext = 1
    out[1].keepWithNext = 1
    return out


def render_nested(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans = fonts[0]
    st = _styles(fonts)
    name = dossier_name(dossier)
    frame_h = HEIGHT - 2 * MARGIN_Y

    def once(info):
        truth = Truth(dossier, "nested")
        grid = _Grid()
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=110)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=MARGIN_Y, bottomMargin=MARGIN_Y, **meta(dossier, "nested"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN_X, HEIGHT - 1.5 * cm,
                            f"Projectformulier Regio Deal {name}".strip())
            canv.setFillColor(INK)
            canv.setFont(sans, 9)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def page_end(canv, d):
            grid.close_page(canv)
            foot.draw(canv)

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN_X, MARGIN_Y, FW, frame_h, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=page_end)])

        story: list = [para(f"Projectformulieren Regio Deal {name}".replace("  ", " "),
                            st["doc"])]
        for p, pr in enumerate(dossier.projects):
            if p:
                story.append(PageBreak())
            story += _project(pr, p, st, truth.content(p), truth.heading(p), grid, foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
