"""One more house style for the layout zoo (see zoo.py): the dossier as an Excel workbook
printed to PDF (held out: scored before the reader knew of it).

- spreadsheet: the workbook a municipality keeps and prints: one sheet per project, each
          sheet starting a new page, landscape A4 with Excel's "Normal" margins (0.7 inch
          left and right, 0.75 inch top and bottom) at 100 %. Every cell of the used range
          A-H carries a thin light-grey printed gridline (0.5pt); a sans (Liberation Sans,
          Arial's metrics, standing in for Calibri; else DejaVu Sans) at 10pt, wrapped in
          its cell, top aligned. Column A is 4 cm wide, B-H share the rest of the page
          width equally. A1 holds the project title in 14pt bold and A2 the theme, each on
          one line spilling into the empty cells to its right (no gridlines under the
          spilled text, as Excel prints it); row 3 is empty. Then one row per paragraph of
          each field: the label in bold in column A of the field's first row only, the
          paragraph in the merged cell B:H. The investment table, after an empty row and
          followed by one, as plain cells of the same grid: the table's label in column A
          of its header, the source's header texts in B onwards (bold, right aligned), a
          header spanning several columns ("Publiek") in a merged, centred cell over its
          members on the row above, a one-column header over two header lines and the label
          merged down over both, their text at the foot; a row label in column A, the
          amounts right aligned as typed text, exactly as transcribed (empty cells stay
          empty); the Totaal row bold with a double black bottom border across the table's
          columns. Table footnotes in the rows under the table, each in a merged cell A:H.
          A table inside a field (Investering, Mijlpaal, Activiteit) is laid out the same
          way in the rows where it stands among the field's paragraphs (no empty rows
          around it). Project notes at the sheet's foot after an empty row, one merged A:H
          row per paragraph, the note's first led by its mark. Excel's page header: the
          sheet name (the title's first two words, punctuation-only words skipped, at most
          31 characters) centred at the top and "Pagina N van M" centred at the foot,
          numbered per sheet (M is that sheet's page count). A sheet longer than a page
          continues on the next one, cut between rows: a tall merged text cell is never
          split but moves to the next page whole. Where the transcription has contents, a
          first sheet named after its heading ("Inhoud") lists them: the heading in A1 in
          14pt bold, then one row per project, the theme in bold in column A on the row of
          its first project, the title in B:H; no page numbers (Excel does not know them).
          The transcription's page breaks inside tables are not reproduced.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageBreak, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _grid, end_notes
from .zoo_common import Doc, Truth, build_until_stable, meta, para, register_fonts
from .zoo_forms import _Enter, _SlideState
from .zoo_typeset import _LIBERATION

SHEET_W, SHEET_H = landscape(A4)
MARGIN_X, MARGIN_Y = 0.7 * inch, 0.75 * inch  # Excel's "Normal" margins
HEADER_Y = 0.3 * inch  # header and footer distance from the paper's edge
COLUMNS = 8  # A-H
WIDTHS = [4 * cm] + [(SHEET_W - 2 * MARGIN_X - 4 * cm) / (COLUMNS - 1)] * (COLUMNS - 1)
PAD = 2.5
BLANK = 15.0  # an empty row's height
GRIDLINE = colors.HexColor("#BFBFBF")

_SANS = {"XlSans": "LiberationSans-Regular.ttf", "XlSans-Bold": "LiberationSans-Bold.ttf"}


def _fonts() -> tuple[str, str]:
    """Liberation Sans (regular, bold) where installed, else DejaVu Sans."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f in _SANS.values()):
        return "DejaVuSans", "DejaVuSans-Bold"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _SANS.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
    return tuple(_SANS)


def _styles(sans: str, bold: str) -> dict:
    def style(name, font, size=10.0, **kw):
        return ParagraphStyle(f"xl-{name}", fontName=font, fontSize=size, leading=size * 1.22,
                              **kw)

    text = style("text", sans)
    return {
        "title": style("title", bold, 14), "theme": text, "text": text,
        "label": style("label", bold), "tlabel": style("tl", bold),
        "thead": style("th", bold, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, alignment=TA_CENTER),
        "tbody": text, "tbody_b": style("tbb", bold),
        "tamount": style("ta", sans, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, alignment=TA_RIGHT),
        "note": text, "note_more": text,
    }


def sheet_name(title: str) -> str:
    """The title's first two words (those with a letter or digit, trailing punctuation
    dropped), cut to Excel's 31 characters."""
    words = [w.rstrip(",.;:") for w in title.split() if re.search(r"\w", w)]
    return " ".join(words[:2])[:31]


class _Sheet:
    """A sheet's used range, row by row: the cells A-H, merges and formats, row heights
    (None: as tall as the wrapped text)."""

    def __init__(self):
        self.cells: list[list] = []
        self.heights: list[float | None] = []
        self.cmds: list[tuple] = []

    def row(self, cells=(), merge_from: int | None = None, height: float | None = None) -> int:
        """Append a row; `merge_from`: its cells from that column to H are merged."""
        r = len(self.cells)
        self.cells.append(list(cells) + [""] * (COLUMNS - len(cells)))
        self.heights.append(height)
        if merge_from is not None:
            self.cmds.append(("SPAN", (merge_from, r), (COLUMNS - 1, r)))
        return r

    def blank(self) -> None:
        self.row(height=BLANK)

    def spill(self, text: str, style, rec=None) -> None:
        """A one-line text in column A running into the empty cells to its right: the
        cells it covers are merged so no gridline crosses it."""
        need = stringWidth(text, style.fontName, style.fontSize) + 2 * PAD
        edge, last = 0.0, COLUMNS - 1
        for c, w in enumerate(WIDTHS):
            edge += w
            if edge >= need:
                last = c
                break
        r = self.row([para(text, style, rec)])
        if last:
            self.cmds.append(("SPAN", (0, r), (last, r)))

    def table(self, t: source.Table, st, rec) -> None:
        """Table `t` as plain cells from column A, its footnotes in merged rows under it."""
        if t.columns >= COLUMNS:
            raise ValueError(f"table {t.label!r} has {t.columns} value columns; the sheet "
                             f"has room for {COLUMNS - 1} (B-H)")
        rows, spans, _, totals = _grid(t, st, rec)
        r0 = len(self.cells)
        for cells in rows:
            self.row(cells)
        self.cmds += [("SPAN", (a[0], a[1] + r0), (b[0], b[1] + r0)) for a, b in spans]
        self.cmds.append(("VALIGN", (0, r0), (-1, r0 + len(t.header) - 1), "BOTTOM"))
        for k in totals:  # Excel's "double bottom border"
            self.cmds.append(("LINEBELOW", (0, r0 + k), (t.columns, r0 + k), 0.5,
                              colors.black, 1, None, None, 2, 1.2))
        for f in t.footnotes:
            self.row([para(f, st["text"], rec)], merge_from=0)

    def flowable(self) -> Table:
        return Table(self.cells, colWidths=WIDTHS, rowHeights=self.heights, hAlign="LEFT",
                     style=TableStyle([
                         ("GRID", (0, 0), (-1, -1), 0.5, GRIDLINE),
                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                         ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                         ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                         ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + self.cmds))


def _contents_sheet(dossier: source.Dossier, st) -> _Sheet:
    sheet = _Sheet()
    sheet.spill(dossier.toc_heading, st["title"])
    sheet.blank()
    last_theme = None
    for pr in dossier.projects:
        theme = para(pr.theme, st["label"]) if pr.theme != last_theme else ""
        last_theme = pr.theme
        sheet.row([theme, para(pr.title, st["text"])], merge_from=1)
    return sheet


def _project_sheet(pr: source.Project, st, rec, heading_rec) -> _Sheet:
    sheet = _Sheet()
    sheet.spill(pr.title, st["title"], heading_rec)
    sheet.spill(pr.theme, st["theme"], rec)
    sheet.blank()
    after_table = False
    for row in pr.rows:
        if isinstance(row, source.Table):
            sheet.blank()
            sheet.table(row, st, rec)
            after_table = True
            continue
        if after_table:
            sheet.blank()
            after_table = False
        label = para(row.label, st["label"], rec)  # in the field's first row only
        for item in row.content or ("",):
            if isinstance(item, source.Table):
                if label is not None:  # a field opening with a table: a row of its own
                    sheet.row([label], merge_from=1)
                    label = None
                sheet.table(item, st, rec)
                continue
            sheet.row(["" if label is None else label, para(item, st["text"], rec)],
                      merge_from=1)
            label = None
    if pr.notes:
        sheet.blank()
        for p in end_notes(pr.notes, st, rec):
            sheet.row([p], merge_from=0)
    return sheet


def render_spreadsheet(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    contents = bool(dossier.toc)
    keys = (["toc"] if contents else []) + list(range(len(dossier.projects)))
    names = {"toc": dossier.toc_heading}
    names.update({p: sheet_name(pr.title) for p, pr in enumerate(dossier.projects)})

    def once(info):
        truth = Truth(dossier, "spreadsheet")
        state = _SlideState()  # the sheet being printed and its pages so far
        state.key = keys[0]
        # Each sheet's page count from the previous pass (sheets start on a new page).
        firsts = [1 if k == "toc" else info["starts"].get(k) for k in keys]
        ends = firsts[1:] + [info["total"] + 1]
        counts = {k: e - f for k, f, e in zip(keys, firsts, ends) if f and e}
        doc = Doc(str(pdf_path), truth, pagesize=(SHEET_W, SHEET_H), leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=MARGIN_Y, bottomMargin=MARGIN_Y,
                  **meta(dossier, "spreadsheet"))

        def on_page(canv, d):
            key = state.key
            n = state.count.get(key, 0) + 1
            state.count[key] = n
            canv.saveState()
            canv.setFont(sans, 10)
            canv.drawCentredString(SHEET_W / 2, SHEET_H - HEADER_Y - 10, names[key])
            canv.drawCentredString(SHEET_W / 2, HEADER_Y,
                                   f"Pagina {n} van {max(counts.get(key, 0), n)}")
            canv.restoreState()

        frame = Frame(MARGIN_X, MARGIN_Y, SHEET_W - 2 * MARGIN_X, SHEET_H - 2 * MARGIN_Y,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("sheet", [frame], onPage=on_page)])
        sheets = [_contents_sheet(dossier, st)] if contents else []
        sheets += [_project_sheet(pr, st, truth.content(p), truth.heading(p))
                   for p, pr in enumerate(dossier.projects)]
        story = []
        for i, (key, sheet) in enumerate(zip(keys, sheets)):
            if i:
                story += [_Enter(state, key), PageBreak()]
            story.append(sheet.flowable())
        doc.build(story)
        return truth

    return build_until_stable(once)
