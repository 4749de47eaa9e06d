"""The "fpdf" rendering: a web application's "export to PDF", written with fpdf2.

The FPDF family (FPDF, TCPDF, fpdf2) is what many municipal and case-management web
apps use to print a record: the program places every line itself. One FPDF document
as such an app writes it: A4, 15 mm margins, the core font Helvetica (WinAnsi, so the
euro sign prints), a header() with the dossier's name (small, grey, over a rule), a
footer() with "Pagina N van {nb}" (alias_nb_pages) on every page, auto page break on.
The contents come first: fpdf2's insert_toc_placeholder reserves page 1 and fills it at
output time from the outline sections that start_section made at each project, so
fpdf2 itself decides the page numbers (render_settled's loop only confirms them).
Every project starts on a new page under its theme (small, grey) and its title (bold
13pt); a field is a bold label line and then its paragraphs as justified multi_cells
(multi_cell's default), list items with the transcription's own marker hanging in an
indent. Investment tables, and the tables inside a field, are drawn with FPDF.table():
a grey heading row (num_heading_rows as the source has lines; the label cell spans
them with rowspan, a group such as "Publiek" spans its members with colspan), all
borders, value columns as wide as their widest word, a wrapping label column taking the
rest, amounts right-aligned as transcribed, the Totaal row
bold; the heading repeats when a table runs onto the next page, and a table the source
continues on a new page is closed there and reopened under its heading. Table
footnotes follow their table and project notes close the project, in 8pt.

The header leaves out the contents and a project's opening page (the app prints it
from the second page of a record on), so that page opens with the project's theme and
title. A core font writes only cp1252: a paragraph, cell or mark with a character
outside it ("₂", "●", "○", "⁴" in Twente) is written whole in DejaVu Sans, registered
as a TrueType font (fpdf2's fallback fonts do not apply to a core font), and only
there. The creation date is fixed (set_creation_date), so the output is byte-stable.

Needs the Python package fpdf2, DejaVu Sans (Debian: fonts-dejavu-core) and pdftotext
(poppler-utils).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import XPos, YPos

from . import source
from .engines import DATE_ISO, EngineError, folder_name, render_settled

STYLE = "fpdf"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
GREY = (110, 110, 110)
HEAD_FILL = (221, 226, 232)
LINE_H = 5  # mm per line of 10pt body text

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _core(text: str) -> bool:
    """Whether a core font (WinAnsi, cp1252) can write `text`."""
    try:
        text.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


class ProposalPDF(FPDF):
    def __init__(self, name: str):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.name = name
        self.plain_page = True  # no header on the contents and a project's opening page
        self.page_open = False  # an empty page was opened for the next project
        # fpdf2 writes core fonts as latin-1 unless told; the euro sign needs cp1252.
        self.core_fonts_encoding = "windows-1252"
        for style, file in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf")):
            if not (DEJAVU / file).is_file():
                raise EngineError(f"{DEJAVU / file} not found (Debian: fonts-dejavu-core)")
            self.add_font("DejaVu", style, str(DEJAVU / file))
        self.set_margins(15, 20, 15)
        self.set_auto_page_break(True, margin=20)
        self.alias_nb_pages()
        self.set_creation_date(datetime.fromisoformat(DATE_ISO).replace(tzinfo=UTC))
        self.set_title(name)
        self.set_creator("fpdf2")

    def font(self, style: str, size: float, text: str = "") -> None:
        """Helvetica, or DejaVu Sans where `text` has a character WinAnsi lacks."""
        self.set_font("Helvetica" if _core(text) else "DejaVu", style, size)

    def header(self) -> None:
        if self.plain_page:
            return
        self.font("", 8)
        self.set_text_color(*GREY)
        self.set_y(10)
        self.cell(0, 4, self.name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(*GREY)
        self.line(self.l_margin, 14.5, self.w - self.r_margin, 14.5)
        self.set_text_color(0)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-13)
        self.font("", 8)
        self.set_text_color(*GREY)
        self.cell(0, 5, f"Pagina {self.page_no()} van {{nb}}", align="R")
        self.set_text_color(0)

    def opening_page(self) -> None:
        self.plain_page = True
        self.add_page()
        self.plain_page = False

    # --- contents ---------------------------------------------------------------

    def contents(self, heading: str) -> None:
        def render(pdf: ProposalPDF, outline: list) -> None:
            pdf.set_x(pdf.l_margin)  # fpdf2 restores the placeholder's y, not its x
            pdf.font("B", 16, heading)
            pdf.cell(0, 10, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
            for section in outline:
                pdf.font("", 10, section.name)
                top = pdf.get_y()
                link = pdf.add_link(page=section.page_number)
                pdf.multi_cell(pdf.epw - 15, 6, section.name, align="L", link=link,
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                bottom = pdf.get_y()
                pdf.set_xy(pdf.l_margin + pdf.epw - 15, top)
                pdf.cell(15, 6, str(section.page_number), align="R", link=link)
                pdf.set_y(bottom + 1)

        self.add_page()
        # The placeholder ends its page with a page break: that new page, still without
        # a header, is the first project's opening page.
        self.insert_toc_placeholder(render, pages=1)
        self.page_open = True

    # --- a project ----------------------------------------------------------------

    def project(self, entry: str, project: source.Project) -> None:
        if not self.page_open:
            self.opening_page()
        self.page_open = self.plain_page = False
        self.start_section(entry)  # the outline entry the contents page lists
        self.font("", 8.5, project.theme)
        self.set_text_color(*GREY)
        self.multi_cell(0, 4.5, project.theme, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(0)
        self.font("B", 13, project.title)
        self.multi_cell(0, 6.5, project.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)
        for row in project.rows:
            if isinstance(row, source.Table):
                self.grid(row)
                continue
            self.font("B", 10, row.label)
            self.multi_cell(0, LINE_H, row.label, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(0.5)
            for item in row.content:
                if isinstance(item, source.Table):
                    self.grid(item)
                else:
                    self.paragraph(item)
            self.ln(2)
        if project.notes:
            self.notes(project.notes)

    def paragraph(self, text: str) -> None:
        m = _MARKER.match(text)
        if m is None:
            self.font("", 10, text)
            self.multi_cell(0, LINE_H, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            # The item's own marker hangs in a 5 mm indent; its text wraps beside it.
            marker, body = m.group(1), text[m.end():]
            self.font("", 10, marker)
            width = max(5.0, self.get_string_width(marker) + 1.5)
            self.set_x(self.l_margin + 5)
            self.cell(width, LINE_H, marker)
            self.font("", 10, body)
            self.multi_cell(0, LINE_H, body, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(1.5)

    def grid(self, t: source.Table) -> None:
        rows = list(t.rows)
        cut = t.page_break_before_row
        parts = [rows[:cut], rows[cut:]] if cut is not None else [rows]
        for n, part in enumerate(parts):
            if n:
                self.add_page()  # the source continues the table on a new page
            self._table(t, part)
        self.ln(2)
        for note in t.footnotes:
            self.font("", 8, note)
            self.multi_cell(0, 4, note, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(4)

    def _table(self, t: source.Table, rows: list[tuple[str, ...]]) -> None:
        n = t.columns
        lines = len(t.header)
        placed = t.header_cells()
        # Value columns share 72% of the width (26 mm at most), each widened to its
        # widest word in bold so no word is cut; the label column takes the rest.
        self.font("B", 9)
        words = [[r[c] for r in t.rows] + [h.text for h in placed if h.column == c and h.columns == 1]
                 for c in range(1, n + 1)]
        values = [max(min(26.0, self.epw * 0.72 / n),
                      max(map(self._word_width, texts), default=0.0) + 3.5) for texts in words]
        widths = (self.epw - sum(values), *values)
        self.font("", 9)
        with self.table(col_widths=widths, width=self.epw, num_heading_rows=lines,
                        headings_style=FontFace(emphasis="BOLD", fill_color=HEAD_FILL),
                        text_align=("LEFT",) + ("RIGHT",) * n, v_align="TOP",
                        line_height=4.5, padding=(1, 1.5)) as table:
            for line in range(lines):
                head = table.row()
                if line == 0:
                    head.cell(t.label, align="L", rowspan=lines, style=self._face(t.label))
                for h in placed:
                    if h.line == line:
                        head.cell(h.text, align="C", colspan=h.columns, rowspan=h.lines,
                                  style=self._face(h.text))
            for cells in rows:
                total = cells[0].strip().casefold().startswith("totaal")
                row = table.row(style=FontFace(emphasis="BOLD") if total else None)
                for text in cells:
                    row.cell(text, style=self._face(text))

    def _word_width(self, text: str) -> float:
        return max((self.get_string_width(w) for w in text.split() if _core(w)), default=0.0)

    @staticmethod
    def _face(text: str) -> FontFace | None:
        return None if _core(text) else FontFace(family="DejaVu")

    def notes(self, notes: tuple[source.Note, ...]) -> None:
        self.ln(4)
        self.set_draw_color(*GREY)
        self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
        self.ln(2)
        for note in notes:
            texts = note.text or ("",)
            self.font("", 8, note.mark)
            width = max(4.0, self.get_string_width(note.mark) + 1.5)
            self.cell(width, 4, note.mark)
            for text in texts:
                self.font("", 8, text)
                self.set_x(self.l_margin + width)
                self.multi_cell(0, 4, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            self.ln(1)


def build_pdf(dossier: source.Dossier, name: str, pdf: Path) -> None:
    doc = ProposalPDF(name)
    doc.contents(dossier.toc_heading)
    for entry, project in zip(dossier.toc, dossier.projects):
        doc.project(entry.text, project)
    doc.output(str(pdf))


def render_fpdf(dossier: source.Dossier, pdf_path) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The program is the source: there is no source file to keep.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)

    def produce(tmp: Path, _toc_pages: list[int] | None) -> tuple[Path, Path]:
        pdf = tmp / (pdf_path.stem + ".pdf")
        build_pdf(dossier, name, pdf)
        return pdf, pdf

    return render_settled(STYLE, dossier, pdf_path, "regio-fpdf-", produce)
