"""The "docx" rendering: a Word document as a civil servant would write it.

python-docx writes the DOCX (an "Inhoudsopgave" page, then every project on a new
page under its theme (Heading 2) and title (Heading 1), field labels as Heading 3,
investment tables as "Table Grid" tables with merged header cells, notes in small
type at the end of the project); LibreOffice converts it to PDF. The TOC's page
numbers are filled in on a second pass, from the pages found in the first PDF.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from . import source
from .engines import EngineError, need, render_settled, run

STYLE = "docx"
FONT = "Arial"  # LibreOffice draws it with the metric-compatible Liberation Sans
TOC_TITLE = "Inhoudsopgave"
CREATED = _dt.datetime(2018, 6, 1, 12, 0, 0)


def _font(style, size: float | None = None, bold: bool | None = None, color=None) -> None:
    style.font.name = FONT
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    if size is not None:
        style.font.size = Pt(size)
    if bold is not None:
        style.font.bold = bold
    if color is not None:
        style.font.color.rgb = color


def _page_field(paragraph) -> None:
    """A PAGE field, as Word inserts it (complex field)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"),
                       ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text.strip() == "PAGE":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def _shade(cell, fill: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _cell_margins(table, left_right: int = 57) -> None:
    """Narrower left/right cell margins (twips), as set in Table Properties > Options."""
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for side in ("left", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), str(left_right))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tblpr.append(mar)


def _cell_text(cell, text: str, bold=False, align=None, size: float = 8) -> None:
    paragraph = cell.paragraphs[0]
    for extra in cell.paragraphs[1:]:  # merging leaves the merged cells' paragraphs
        extra._p.getparent().remove(extra._p)
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.space_before = Pt(0)
    if align is not None:
        paragraph.alignment = align
    if text:
        run = paragraph.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)


def _word_width(text: str, bold: bool) -> int:
    """Rough width (EMU) of the longest word of `text` at 8pt Arial, plus cell margins."""
    longest = max((len(w) for w in text.split()), default=0)
    return Pt(longest * 8 * (0.6 if bold else 0.56) + 7)


def _column_widths(t: source.Table, text_width: int) -> list[int]:
    """A wide first column for the row labels; the amounts share the rest, widened
    where a word would not fit (as one drags a column border in Word)."""
    first = min(max(Cm(3.2), text_width - Cm(2.0) * t.columns), Cm(7.0))
    need = [0] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], _word_width(h.text, True))
    for row in t.rows:
        for c, text in enumerate(row[1:]):
            need[c] = max(need[c], _word_width(text, False))
    first = max(min(first, text_width - sum(need)), Cm(2.5))
    rest = text_width - first
    widths = [rest // t.columns] * t.columns
    while True:
        wide = [c for c in range(t.columns) if need[c] > widths[c]]
        if not wide:
            break
        fixed = [c for c in range(t.columns) if need[c] >= widths[c]]
        free = [c for c in range(t.columns) if c not in fixed]
        if not free:
            break
        share = (rest - sum(need[c] for c in fixed)) // len(free)
        widths = [need[c] if c in fixed else share for c in range(t.columns)]
    return [int(first)] + [int(w) for w in widths]


class _Writer:
    def __init__(self, dossier: source.Dossier, toc_pages: list[int] | None):
        self.dossier = dossier
        self.toc_pages = toc_pages
        self.doc = Document()
        self._setup()

    def _setup(self) -> None:
        doc = self.doc
        props = doc.core_properties
        props.author = "Regio Twente"
        props.last_modified_by = "Regio Twente"
        props.title = "Regio Deal - projecten"
        props.created = props.modified = CREATED
        props.revision = 1
        section = doc.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        section.footer_distance = Cm(1.2)
        section.different_first_page_header_footer = True  # no number on the TOC page
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _page_field(footer)
        styles = doc.styles
        _font(styles["Normal"], 10)
        styles["Normal"].paragraph_format.space_after = Pt(6)
        styles["Normal"].paragraph_format.line_spacing = 1.15
        navy = RGBColor(0x1F, 0x3A, 0x5F)
        _font(styles["Title"], 20, True, navy)
        _font(styles["Heading 1"], 16, True, navy)
        _font(styles["Heading 2"], 11, False, RGBColor(0x59, 0x59, 0x59))
        _font(styles["Heading 3"], 10, True, RGBColor(0, 0, 0))
        for name, before, after in (("Heading 1", 0, 12), ("Heading 2", 0, 2), ("Heading 3", 8, 2)):
            fmt = styles[name].paragraph_format
            fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        styles["Heading 2"].paragraph_format.keep_with_next = True
        styles["Heading 1"].paragraph_format.page_break_before = False
        _font(styles["Table Grid"])

    # -- document ------------------------------------------------------------

    def build(self) -> Document:
        doc = self.doc
        doc.add_paragraph(TOC_TITLE, style="Title")
        width = doc.sections[0].page_width - doc.sections[0].left_margin - doc.sections[0].right_margin
        for i, entry in enumerate(self.dossier.toc):
            page = self.toc_pages[i] if self.toc_pages else ""
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
            p.paragraph_format.space_after = Pt(4)
            p.add_run(f"{entry.text}\t{page}")
        for project in self.dossier.projects:
            self._project(project)
        return doc

    def _project(self, project: source.Project) -> None:
        doc = self.doc
        theme = doc.add_paragraph(project.theme, style="Heading 2")
        theme.paragraph_format.page_break_before = True
        doc.add_heading(project.title, level=1)
        for row in project.rows:
            if isinstance(row, source.Table):
                self._table(row, investment=True)
                continue
            doc.add_heading(row.label, level=3)
            for item in row.content:
                if isinstance(item, source.Table):
                    self._table(item, investment=False)
                else:
                    doc.add_paragraph(item)
        if project.notes:
            rule = doc.add_paragraph("")
            rule.paragraph_format.space_before = Pt(12)
            for note in project.notes:
                texts = note.text or ("",)
                for k, text in enumerate(texts):
                    p = doc.add_paragraph(f"{note.mark} {text}" if k == 0 else text)
                    p.paragraph_format.space_after = Pt(2)
                    p.paragraph_format.line_spacing = 1.0
                    if k:
                        p.paragraph_format.left_indent = Cm(0.4)
                    for r in p.runs:
                        r.font.size = Pt(8)

    def _table(self, t: source.Table, investment: bool) -> None:
        doc = self.doc
        if investment and t.page_break_before_row is not None:
            parts = [t.rows[:t.page_break_before_row], t.rows[t.page_break_before_row:]]
        else:
            parts = [t.rows]
        for n, rows in enumerate(parts):
            if n:
                # The source continues the grid on the next page, without its header.
                brk = doc.add_paragraph()
                brk.paragraph_format.space_after = Pt(0)
                brk.add_run().add_break(WD_BREAK.PAGE)
            self._grid(t, rows, header=(n == 0))
        for text in t.footnotes:
            p = doc.add_paragraph(text)
            p.paragraph_format.space_after = Pt(2)
            for r in p.runs:
                r.font.size = Pt(8)
        if not t.footnotes:
            doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def _grid(self, t: source.Table, rows, header: bool) -> None:
        lines = len(t.header) if header else 0
        table = self.doc.add_table(rows=lines + len(rows), cols=1 + t.columns)
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        table.autofit = False
        _cell_margins(table)
        # A wide first column for the row labels, the amounts share the rest.
        widths = _column_widths(t, Cm(16.0))
        for column, width in zip(table.columns, widths):
            column.width = width
            for cell in column.cells:
                cell.width = width
        if header:
            label = table.cell(0, 0)
            if lines > 1:
                label = label.merge(table.cell(lines - 1, 0))
            _cell_text(label, t.label, bold=True)
            _shade(label, "D9E2F3")
            for h in t.header_cells():
                cell = table.cell(h.line, h.column)
                last = table.cell(h.line + h.lines - 1, h.column + h.columns - 1)
                if last is not cell and (h.lines > 1 or h.columns > 1):
                    cell = cell.merge(last)
                _cell_text(cell, h.text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
                _shade(cell, "D9E2F3")
            for r in range(lines):
                trpr = table.rows[r]._tr.get_or_add_trPr()
                tblheader = OxmlElement("w:tblHeader")  # "Repeat as header row"
                trpr.append(tblheader)
        for b, row in enumerate(rows):
            cells = table.rows[lines + b].cells
            _cell_text(cells[0], row[0])
            for c, text in enumerate(row[1:], 1):
                _cell_text(cells[c], text, align=WD_ALIGN_PARAGRAPH.RIGHT)
        for r in table.rows:
            r._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _convert(docx: Path, outdir: Path, profile: Path) -> Path:
    soffice = need("soffice")
    run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx)], timeout=600)
    pdf = outdir / (docx.stem + ".pdf")
    if not pdf.is_file():
        raise EngineError(f"soffice wrote no {pdf}")
    return pdf


def render_docx(dossier: source.Dossier, pdf_path, keep_docx: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The DOCX lives in a temporary directory; pass `keep_docx` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        docx = tmp / (Path(pdf_path).stem + ".docx")
        _Writer(dossier, toc_pages).build().save(docx)
        return docx, _convert(docx, tmp, tmp / "lo-profile")

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-docx-", produce, keep_docx)
