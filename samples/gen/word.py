"""The "Word" rendering: one ruled grid per project, as the original proposal."""

from __future__ import annotations

import math
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from . import source
from .layout import Layout

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT, BOLD = "DejaVuSans", "DejaVuSans-Bold"
MARGIN = 2 * cm
LABEL_WIDTH = 95
PAD_X, PAD_TOP, PAD_BOTTOM = 4, 2, 3
RULE = 0.5


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=FONT, fontSize=8.5, leading=10.5)
    return {
        "body": body,
        "label": ParagraphStyle("label", body, fontName=BOLD),
        "header": ParagraphStyle("header", body, fontName=BOLD, alignment=TA_CENTER),
        "amount": ParagraphStyle("amount", body, alignment=TA_RIGHT),
        "small": ParagraphStyle("small", body, fontSize=7, leading=8.5),
        "note": ParagraphStyle("note", body, fontSize=7, leading=8.5, leftIndent=8, firstLineIndent=-8),
        "note_more": ParagraphStyle("note_more", body, fontSize=7, leading=8.5, leftIndent=8),
        "heading": ParagraphStyle("heading", body, fontName=BOLD, fontSize=11, leading=14, spaceAfter=6),
        "toc_heading": ParagraphStyle("toc_heading", body, fontName=BOLD, fontSize=16, leading=20,
                                      spaceAfter=12),
        "toc": ParagraphStyle("toc", body, fontSize=10, leading=13),
        "toc_page": ParagraphStyle("toc_page", body, fontSize=10, leading=13, alignment=TA_RIGHT),
    }


class _Recorded(Paragraph):
    """A paragraph that reports its page and top-left-origin box when drawn."""

    def __init__(self, text: str, style: ParagraphStyle, record):
        super().__init__(escape(text), style)
        self._record = record
        self._text, self._base = text, style

    def wrap(self, availWidth, availHeight):
        # A word wider than its column would be cut mid-word, which no reader can
        # undo; shrink the type instead so every word stays whole on one line.
        base, words = self._base, self._text.split()
        widest = max((stringWidth(w, base.fontName, base.fontSize) for w in words), default=0)
        size = base.fontSize
        if widest > availWidth:
            size = max(5.0, math.floor(base.fontSize * availWidth / widest * 10) / 10)
        if size != self.style.fontSize:
            style = ParagraphStyle(f"{base.name}-{size}", base, fontSize=size,
                                   leading=base.leading * size / base.fontSize)
            Paragraph.__init__(self, escape(self._text), style)
        return super().wrap(availWidth, availHeight)

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        x0, y0 = canv.absolutePosition(self._hAlignAdjust(x, _sW), y)
        top = canv._pagesize[1] - (y0 + self.height)
        # An empty paragraph has no height; give it one line so its box is usable.
        bottom = top + max(self.height, self.style.leading)
        # Glyph boxes reach a little past the leading; the cell padding has room.
        self._record(canv.getPageNumber(), (x0 - 0.5, top - 1, x0 + self.width + 0.5, bottom + 2))


class _StartAt(Flowable):
    """Start a new page, then add blank pages until `page` (the TOC page) is reached."""

    def __init__(self, page: int):
        super().__init__()
        self.page = page

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        pass


class _Doc(BaseDocTemplate):
    def handle_flowable(self, flowables):
        f = flowables[0]
        if isinstance(f, _StartAt):
            if not self.frame._atTop or self.page < f.page:
                flowables.insert(0, PageBreak())
            else:
                del flowables[0]
            return
        super().handle_flowable(flowables)


class _ProjectGrid:
    """Builds the one ruled table of a project."""

    def __init__(self, project: source.Project, index: int, layout: Layout, width: float, st):
        self.project, self.index, self.layout, self.st = project, index, layout, st
        self.n = project.columns
        self.widths = [LABEL_WIDTH] + [(width - LABEL_WIDTH) / self.n] * self.n
        self.data: list[list] = []
        self.cmds: list[tuple] = []
        self.tables = 0
        self.breaks: list[int] = []  # grid rows that start a new page

    def _cell_recorder(self, table: int, part: str, row: int, column: int, text: str, field=None):
        def record(page, bbox):
            self.layout.cell(self.index, table, part, row, column, text, page, bbox)
            if field is not None:
                self.layout.field(self.index, field, page)
        return record

    def _field_para(self, text, style, field):
        return _Recorded(text, style, lambda page, bbox: self.layout.field(self.index, field, page))

    def build(self) -> list:
        """The grid as flowables: one Table, or, where a source table breaks over
        pages, one Table per piece with a PageBreak between them. The pieces share
        column widths and rules, so the grid just continues on the next page and no
        header is repeated (as Word does by default)."""
        for r, row in enumerate(self.project.rows):
            if isinstance(row, source.Table):
                self._investment(row)
            else:
                self._field(row, r)
        bounds = [0, *self.breaks, len(self.data)]
        out: list = []
        for start, stop in zip(bounds, bounds[1:]):
            if out:
                out.append(PageBreak())
            out.append(self._table(start, stop))
        return out

    def _table(self, start: int, stop: int) -> Table:
        """A Table of grid rows start..stop-1, with the commands that touch them."""
        cmds = []
        for cmd in self.cmds:
            (c0, r0), (c1, r1) = cmd[1], cmd[2]
            if r1 < start or r0 >= stop:
                continue
            cmds.append((cmd[0], (c0, max(r0, start) - start), (c1, min(r1, stop - 1) - start),
                         *cmd[3:]))
        style = [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
            ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
            ("BOX", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black),
            # Close the box at page breaks too.
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), RULE, colors.black),
            ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), RULE, colors.black),
        ] + cmds
        return Table(self.data[start:stop], colWidths=self.widths, repeatRows=0, splitByRow=1,
                     style=TableStyle(style))

    def _row(self, cells: list) -> int:
        self.data.append(cells + [""] * (self.n + 1 - len(cells)))
        return len(self.data) - 1

    def _field(self, field: source.Field, r: int) -> None:
        content = field.content or ("",)
        for k, item in enumerate(content):
            label = self._field_para(field.label, self.st["label"], r) if k == 0 else ""
            if isinstance(item, source.Table):
                value = self._nested(item, r)
            else:
                value = self._field_para(item, self.st["body"], r)
            i = self._row([label, value])
            self.cmds.append(("SPAN", (1, i), (self.n, i)))
            if k == 0:
                self.cmds.append(("LINEABOVE", (0, i), (-1, i), RULE, colors.black))

    def _investment(self, t: source.Table) -> None:
        ti, self.tables = self.tables, self.tables + 1
        cells, spans, first = self._table_cells(t, ti, self.n)
        for row in cells:
            self._row(row)
        last = len(self.data) - 1
        self.cmds.append(("LINEABOVE", (0, first), (-1, last), RULE, colors.black))
        self.cmds.append(("LINEBELOW", (0, last), (-1, last), RULE, colors.black))
        self.cmds.extend(("SPAN", (c0, first + r0), (c1, first + r1)) for c0, r0, c1, r1 in spans)
        # Keep the header with the first body row rather than orphan it at a page foot.
        self.cmds.append(("NOSPLIT", (0, first), (-1, min(last, first + len(t.header)))))
        if t.page_break_before_row is not None:
            self.breaks.append(first + len(t.header) + t.page_break_before_row)

    def _nested(self, t: source.Table, field: int) -> Table:
        ti, self.tables = self.tables, self.tables + 1
        inner = sum(self.widths[1:]) - 2 * PAD_X
        n = t.columns
        label = min(100.0, inner * 0.3)
        widths = [label] + [(inner - label) / n] * n
        cells, spans, _ = self._table_cells(t, ti, n, field=field, first=0)
        style = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
                 ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
                 ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
                 ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
                 ("GRID", (0, 0), (-1, -1), RULE, colors.black)]
        style += [("SPAN", (c0, r0), (c1, r1)) for c0, r0, c1, r1 in spans]
        return Table(cells, colWidths=widths, style=TableStyle(style), hAlign="LEFT")

    def _table_cells(self, t: source.Table, ti: int, n: int, field=None, first=None):
        """Rows of a table on an n-value-column grid, plus its spans (relative rows)."""
        first = len(self.data) if first is None else first
        st = self.st
        rec = partial(self._cell_recorder, ti, field=field)
        width = t.columns
        lines = len(t.header)

        def end(column, columns):
            # A table narrower than the grid lets its last column take the rest.
            last = column + columns - 1
            return n if last == width else last

        rows: list[list] = []
        spans: list[tuple[int, int, int, int]] = []
        for _ in range(lines):
            rows.append([""] * (n + 1))
        rows[0][0] = _Recorded(t.label, st["label"], rec("header", 0, 0, t.label))
        if lines > 1:
            spans.append((0, 0, 0, lines - 1))
        for h in t.header_cells():
            rows[h.line][h.column] = _Recorded(h.text, st["header"],
                                               rec("header", h.line, h.column, h.text))
            c1, r1 = end(h.column, h.columns), h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                spans.append((h.column, h.line, c1, r1))
        for b, body in enumerate(t.rows):
            row = [_Recorded(body[0], st["body"], rec("body", b, 0, body[0]))]
            for c, text in enumerate(body[1:], 1):
                row.append(_Recorded(text, st["amount"], rec("body", b, c, text)))
            row += [""] * (n + 1 - len(row))
            if width < n:
                spans.append((width, len(rows), n, len(rows)))
            rows.append(row)
        for f, text in enumerate(t.footnotes):
            spans.append((1, len(rows), n, len(rows)))
            rows.append(["", _Recorded(text, st["small"], rec("footnote", f, 1, text))]
                        + [""] * (n - 1))
        return rows, spans, first


def render_word(dossier: source.Dossier, pdf_path, layout_path) -> Layout:
    _register_fonts()
    st = _styles()
    layout = Layout(dossier)
    width, height = A4

    def on_page(canv, doc):
        page = canv.getPageNumber()
        layout.pages = max(layout.pages, page)
        canv.saveState()
        canv.setFont(FONT, 9)
        canv.drawCentredString(width / 2, 1.1 * cm, str(page))
        canv.restoreState()

    doc = _Doc(str(pdf_path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
               topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
               title="Regio Deal Twente - projecten", author="Regio Twente",
               subject="Bijlage projectvoorstellen", creator="samples.gen (word)")
    frame = Frame(MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
    fw = frame._width

    story: list = [Paragraph(escape(dossier.toc_heading), st["toc_heading"])]
    toc = [[Paragraph(escape(e.text), st["toc"]), Paragraph(str(e.page), st["toc_page"])]
           for e in dossier.toc]
    if toc:
        story.append(Table(toc, colWidths=[fw - 40, 40], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))

    for p, project in enumerate(dossier.projects):
        story.append(_StartAt(dossier.toc_page(p)))
        story.append(_Recorded(project.heading, st["heading"],
                               lambda page, bbox, p=p: layout.project_start(p, page)))
        story.extend(_ProjectGrid(project, p, layout, fw, st).build())
        if project.notes:
            story.append(Spacer(0, 8))
            for note in project.notes:
                texts = note.text or ("",)
                story.append(Paragraph(escape(f"{note.mark} {texts[0]}"), st["note"]))
                story.extend(Paragraph(escape(t), st["note_more"]) for t in texts[1:])
    doc.build(story)
    layout.write(layout_path)
    return layout
