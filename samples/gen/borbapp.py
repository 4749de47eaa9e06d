"""The "borb" rendering: a web application's export written with borb (pure Python, its own layout).

One borb Document as a Python service writes it: A4 pages, a SingleColumnLayout with
borb's default margins (a tenth of the page), the standard font Helvetica. The contents
come first: page 1 is made empty, the projects are laid out after it, each on a new
page (the layout's next_page), and page 1 is filled last from the page count recorded
where each project starts (render_settled's second pass only confirms it). A project
opens with its theme (small, teal) and its title (bold 15pt) over a 2pt
HorizontalBreak; a field is a bold label Paragraph and then its text as Paragraphs, a
list item written as one Paragraph with the transcription's own marker in its text,
indented (borb's UnorderedList would add a second marker). Investment tables, and the
tables inside a field, are FixedColumnWidthTables with borb's default cell borders
(1pt black on every TableCell): a grey bold header (the label cell spans the header
lines with row_span, a group such as "Publiek" spans its members with column_span),
the label column twice as wide as a value column, amounts right-aligned as
transcribed, the Totaal row bold; table footnotes are small Paragraphs under their
table, project notes small Paragraphs under a thin rule at the project's end. Once
the layout is done, the page number is painted at the foot of every page but the contents.

borb moves an element that does not fit the rest of a page to the next page and
refuses one taller than a page: it does not split a table (nor a paragraph). A table
taller than a page is cut here into parts that fit a page, the header repeated on each,
as the app's programmer would; a table the source continues on a new page is cut there
and the rest starts on a new page under its header.

borb writes a standard font's text as Latin-1, so "€" (and "•", "₂", ...) raise
UnicodeEncodeError in Helvetica: a paragraph or cell with a character outside Latin-1
is written whole in DejaVu Sans, and only there. borb embeds that font whole, as a
TrueType (CID) font; it is cut down first, with fontTools, to Latin-1 and the dossier's
other characters (see dejavu_subset). borb's anonymous usage statistics are switched
off. The dates are set here; the random /ID is made stable by engines.stabilise_pdf.
borb's HorizontalBreak sets its colour as a fill, so the rule under a title prints black.

Needs the Python packages borb (3.x) and fontTools, DejaVu Sans (Debian:
fonts-dejavu-core) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from borb.pdf import (
    PDF,
    Document,
    FixedColumnWidthTable,
    HexColor,
    HorizontalBreak,
    LayoutElement,
    Page,
    Paragraph,
    SingleColumnLayout,
    Table,
    TrueTypeFont,
)
from borb.pdf.font.font import Font
from borb.pdf.license.usage_statistics import UsageStatistics
from borb.pdf.primitives import datestr, name
from fontTools import subset
from fontTools.ttLib import TTFont

from . import source
from .engines import DATE_PDF, EngineError, render_settled

STYLE = "borb"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
BLUE = HexColor("#0b4f6c")
TEAL = HexColor("#0b7a75")
GREY = HexColor("#5f6b76")
HEAD_FILL = HexColor("#dde2e8")
RIGHT = LayoutElement.HorizontalAlignment.RIGHT
MIDDLE = LayoutElement.HorizontalAlignment.MIDDLE
RIGHT_TEXT = LayoutElement.TextAlignment.RIGHT
CENTRED = LayoutElement.TextAlignment.CENTERED

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")

UsageStatistics.opt_out()  # borb posts usage counts to its makers unless told not to


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def _texts(dossier: source.Dossier) -> Iterator[str]:
    """Every string the export prints."""
    yield dossier.toc_heading
    yield from (e.text for e in dossier.toc)
    for project in dossier.projects:
        yield from (project.theme, project.title)
        tables = list(project.tables())
        for row in project.rows:
            if isinstance(row, source.Field):
                yield row.label
                yield from (c for c in row.content if isinstance(c, str))
        for t in tables:
            yield t.label
            yield from (h.text for line in t.header for h in line)
            yield from (c for r in t.rows for c in r)
            yield from t.footnotes
        for note in project.notes:
            yield from (note.mark, *note.text)


def dejavu_subset(chars: set[str], bold: bool, folder: Path) -> Font:
    """DejaVu Sans cut down to Latin-1 and `chars`, for borb to embed.

    borb embeds the whole file and measures text by scanning the font's width table
    glyph by glyph: with all of DejaVu Sans a dossier took minutes; the subset (fontTools,
    which borb needs anyway) takes seconds. The timestamp is kept, so the file is stable.
    """
    file = DEJAVU / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    if not file.is_file():
        raise EngineError(f"{file} not found (Debian: fonts-dejavu-core)")
    font = TTFont(file, recalcTimestamp=False)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.glyph_names = True  # borb maps characters by glyph name
    options.drop_tables += ["FFTM"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=set(range(0x20, 0x7F)) | set(range(0xA0, 0x100)) | {ord(c) for c in chars})
    subsetter.subset(font)
    out = folder / file.name
    font.save(out)
    return TrueTypeFont.from_file(out)



# --- the document -----------------------------------------------------------------------


class Export:
    def __init__(self, fallback: dict[bool, Font]) -> None:
        self.fallback = fallback  # DejaVu Sans, regular and bold
        self.doc = Document()
        self.contents_page = Page()
        self.doc.append_page(self.contents_page)
        self.layout: SingleColumnLayout | None = None
        width, height = self.contents_page.get_size()
        # SingleColumnLayout's default margins: a tenth of the page on every side.
        self.margin = int(width * 0.1)
        self.width = width - 2 * self.margin
        self.height = height - 2 * int(height * 0.1)

    def p(self, text: str, size: int = 10, bold: bool = False, **kw) -> Paragraph:
        """A Paragraph in Helvetica, or in DejaVu Sans if `text` has a character Latin-1 lacks."""
        text = text if text.strip() else " "  # borb cannot lay out an empty paragraph
        font = ("Helvetica-Bold" if bold else "Helvetica") if _latin1(text) else self.fallback[bold]
        return Paragraph(text, font=font, font_size=size, **kw)

    def pages(self) -> int:
        return self.doc.get_number_of_pages()

    def add(self, element: LayoutElement) -> None:
        self.layout.append_layout_element(element)

    # --- a project ------------------------------------------------------------------

    def project(self, project: source.Project) -> int:
        """Lay out `project` from a new page; return that page's number."""
        if self.layout is None:
            page = Page()
            self.doc.append_page(page)
            self.layout = SingleColumnLayout(page)
        else:
            self.layout.next_page()
        first = self.pages()
        self.add(self.p(project.theme, 9, font_color=TEAL, margin_bottom=2))
        self.add(self.p(project.title, 15, bold=True, font_color=BLUE, margin_top=2, margin_bottom=4))
        self.add(HorizontalBreak(line_color=TEAL, line_width=2, margin_top=4, margin_bottom=10))
        for row in project.rows:
            if isinstance(row, source.Table):
                self.table(row)
                continue
            self.add(self.p(row.label, 10, bold=True, font_color=BLUE, margin_top=12, margin_bottom=3))
            for item in row.content:
                if isinstance(item, source.Table):
                    self.table(item)
                else:
                    # A list item keeps its own marker; the paragraph is indented.
                    indent = 12 if _MARKER.match(item) else 0
                    self.add(self.p(item, 10, padding_left=indent, margin_top=3, margin_bottom=5))
        if project.notes:
            self.add(HorizontalBreak(line_color=GREY, line_width=1, margin_top=16, margin_bottom=4))
            for note in project.notes:
                texts = note.text or ("",)
                self.add(self.p(f"{note.mark} {texts[0]}", 8, margin_top=2, margin_bottom=2))
                for text in texts[1:]:
                    self.add(self.p(text, 8, padding_left=10, margin_top=2, margin_bottom=2))
        return first

    # --- tables -------------------------------------------------------------------

    def table(self, t: source.Table) -> None:
        rows = list(t.rows)
        cut = t.page_break_before_row
        for n, part in enumerate([rows[:cut], rows[cut:]] if cut is not None else [rows]):
            if n:
                self.layout.next_page()  # the source continues the table on a new page
            for grid in self.parts(t, part):
                self.add(grid)
        for note in t.footnotes:
            self.add(self.p(note, 8, font_color=GREY, margin_top=4, margin_bottom=3))

    def parts(self, t: source.Table, rows: list[tuple[str, ...]]) -> list[FixedColumnWidthTable]:
        """`rows` as tables no taller than a page, each under the header (borb does not
        split a table, and refuses one taller than a page)."""
        parts, start = [], 0
        while start < len(rows):
            end = len(rows)
            while end > start + 1 and self.grid(t, rows[start:end]).get_size((self.width, 2 ** 31))[1] > self.height:
                end -= 1
            parts.append(self.grid(t, rows[start:end]))
            start = end
        return parts

    def grid(self, t: source.Table, rows: list[tuple[str, ...]]) -> FixedColumnWidthTable:
        """One borb table: the header lines, then `rows`."""
        lines, n = len(t.header), t.columns
        table = FixedColumnWidthTable(number_of_rows=lines + len(rows), number_of_columns=n + 1,
                                      column_widths=[2] + [1] * n)
        # borb puts each cell on the first free grid position: cells go in reading order,
        # the spanning ones covering the positions below and beside them.
        table.append_layout_element(Table.TableCell(
            self.p(t.label, 8, bold=True), background_color=HEAD_FILL, row_span=lines))
        for h in t.header_cells():
            table.append_layout_element(Table.TableCell(
                self.p(h.text, 8, bold=True, horizontal_alignment=MIDDLE, text_alignment=CENTRED),
                background_color=HEAD_FILL, column_span=h.columns, row_span=h.lines))
        for cells in rows:
            total = cells[0].strip().casefold().startswith("totaal")
            table.append_layout_element(self.p(cells[0], 8, bold=total))
            for text in cells[1:]:
                table.append_layout_element(Table.TableCell(
                    self.p(text, 8, bold=total, horizontal_alignment=RIGHT, text_alignment=RIGHT_TEXT),
                    horizontal_alignment=RIGHT))
        return table.set_padding_on_all_cells(3, 4, 4, 3)

    # --- contents, page numbers, file -------------------------------------------------

    def contents(self, heading: str, entries: list[tuple[str, int]]) -> None:
        layout = SingleColumnLayout(self.contents_page)
        layout.append_layout_element(self.p(heading, 18, bold=True, font_color=BLUE, margin_bottom=14))
        table = FixedColumnWidthTable(number_of_rows=len(entries), number_of_columns=2,
                                      column_widths=[12, 1])
        for text, page in entries:
            table.append_layout_element(self.p(text, 10))
            table.append_layout_element(Table.TableCell(
                self.p(str(page), 10, bold=True, font_color=BLUE, horizontal_alignment=RIGHT),
                horizontal_alignment=RIGHT))
        table.set_padding_on_all_cells(4, 0, 0, 4)
        layout.append_layout_element(table.no_borders())

    def page_numbers(self) -> None:
        """The number at the foot of every page but the contents, painted after the layout."""
        for i in range(1, self.pages()):
            number = self.p(str(i + 1), 8, font_color=GREY, horizontal_alignment=RIGHT)
            number.paint(available_space=(self.margin, 30, self.width, 12), page=self.doc.get_page(i))

    def write(self, pdf: Path) -> None:
        info = self.doc["Trailer"]["Info"]  # borb stamps the wall-clock time
        info[name("CreationDate")] = info[name("ModDate")] = datestr(DATE_PDF + "Z00")
        PDF.write(what=self.doc, where_to=pdf)


def build_pdf(dossier: source.Dossier, pdf: Path, folder: Path) -> None:
    """Write the export to `pdf`; the font subsets go to `folder`."""
    chars = {c for text in _texts(dossier) for c in text if not _latin1(c)}
    export = Export({bold: dejavu_subset(chars, bold, folder) for bold in (False, True)})
    firsts = [export.project(p) for p in dossier.projects]
    export.contents(dossier.toc_heading, [(e.text, page) for e, page in zip(dossier.toc, firsts)])
    export.page_numbers()
    export.write(pdf)


def render_borb(dossier: source.Dossier, pdf_path) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The program is the source: there is no source file to keep.
    """
    pdf_path = Path(pdf_path)

    def produce(tmp: Path, _toc_pages: list[int] | None) -> tuple[Path, Path]:
        pdf = tmp / (pdf_path.stem + ".pdf")
        build_pdf(dossier, pdf, tmp)
        return pdf, pdf

    return render_settled(STYLE, dossier, pdf_path, "regio-borb-", produce)
