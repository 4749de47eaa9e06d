"""The "odt" rendering: an OpenDocument text written in LibreOffice Writer and printed by it.

How a municipality whose office suite is LibreOffice writes the proposal, with the Writer
features the docx rendering does not use. odfpy writes the ODT: A4 pages with a running
header ("Regio Deal Twente") and a footer with the page-number field; on page 1 a real
table-of-contents index (text:table-of-content) whose body holds the transcription's
entries behind dot-leader tab stops; headings with outline numbering, every theme a
level-1 heading ("1 Techniek als motor") over its projects' level-2 titles ("1.1 ..."),
every project on a new page. A project's fields stand in a two-column section
(text:section, fo:column-count=2): the label a paragraph style in small caps and a
colour, then its paragraphs and list items (the source's own marker as text); a table
inside a field stays in its column. The investment table stands outside the section at
full width: header rows in table:table-header-rows (repeated where the table breaks over a
page), a group like "Publiek" a cell spanned over its members, amounts right-aligned as
transcribed, the "Totaal" row bold; its footnotes in a smaller paragraph style under it.
Where the source breaks a table at a row the table is closed and opened again on a new
page under the same header rows. The project's notes are real footnotes (text:note, the
transcription's mark as the citation) where their mark stands in the text, and small
paragraphs at the project's end otherwise.

LibreOffice converts the ODT without updating the index (no macro), so the contents'
page numbers are filled in on a second pass, from the pages found in the first PDF.
LibreOffice stamps dates, a random /ID and a checksum: engines.stabilise_pdf fixes them.

The running header stands above every heading and the headings carry their outline
numbers (a project that does not open a theme has only its numbered title), so the truth
record is read with this module's own project finder (otherwise as engines.truth_record).

Needs odfpy (and python-docx: the soffice call is office.py's) in the environment, soffice
(Debian: libreoffice-writer-nogui), DejaVu Sans (Debian: fonts-dejavu-core) and pdftotext
(Debian: poppler-utils) on PATH.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from odf.dc import Title
from odf.opendocument import OpenDocumentText
from odf.style import (
    Column,
    Columns,
    FontFace,
    Footer,
    FooterStyle,
    Header,
    HeaderFooterProperties,
    HeaderStyle,
    ListLevelLabelAlignment,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    SectionProperties,
    Style,
    TableCellProperties,
    TableColumnProperties,
    TableProperties,
    TableRowProperties,
    TabStop,
    TabStops,
    TextProperties,
)
from odf.table import CoveredTableCell, Table, TableCell, TableColumn, TableHeaderRows, TableRow
from odf.text import (
    H,
    IndexBody,
    IndexEntryPageNumber,
    IndexEntryTabStop,
    IndexEntryText,
    IndexTitle,
    IndexTitleTemplate,
    Note,
    NoteBody,
    NoteCitation,
    NotesConfiguration,
    OutlineLevelStyle,
    OutlineStyle,
    P,
    PageNumber,
    Section,
    Tab,
    TableOfContent,
    TableOfContentEntryTemplate,
    TableOfContentSource,
)

from . import engines, source
from .engines import EngineError, folder_name, norm, page_texts, stabilise_pdf, write_truth
from .office import _convert
from .zoo_common import is_total

STYLE = "odt"
FONT = "DejaVu Sans"
TEXT_WIDTH = 16.6  # cm: A4 less 2.2 cm margins left and right
COLUMN_GAP = 0.8
COLUMN_WIDTH = (TEXT_WIDTH - COLUMN_GAP) / 2
PROFILE = Path("/tmp/lo-profile-odt")  # this engine's own LibreOffice profile
MARKERS = ("•", "-", "o", "●", "○", "–", "▪", "*")


def house_name(dossier: source.Dossier, pdf_path: Path) -> str:
    return f"Regio Deal {folder_name(dossier, pdf_path)}"


# --- styles -----------------------------------------------------------------------


def _pstyle(name: str, family: str = "paragraph", parent: str | None = None,
            para: dict | None = None, text: dict | None = None, **extra) -> Style:
    kw = {"name": name, "family": family, **extra}
    if parent:
        kw["parentstylename"] = parent
    style = Style(**kw)
    if para:
        style.addElement(ParagraphProperties(**para))
    if text:
        style.addElement(TextProperties(**text))
    return style


def _styles(doc: OpenDocumentText, house: str) -> None:
    doc.fontfacedecls.addElement(FontFace(name=FONT, fontfamily=f"'{FONT}'",
                                          fontfamilygeneric="swiss", fontpitch="variable"))
    font = {"fontname": FONT, "fontnameasian": FONT, "fontnamecomplex": FONT}
    s = doc.styles
    s.addElement(_pstyle("Standard", text={**font, "fontsize": "9.5pt", "language": "nl",
                                           "country": "NL"},
                         para={"margintop": "0cm", "marginbottom": "0.16cm", "lineheight": "125%"},
                         **{"class": "text"}))
    s.addElement(_pstyle("Heading", parent="Standard", nextstylename="Standard",
                         para={"margintop": "0.42cm", "marginbottom": "0.21cm",
                               "keepwithnext": "always"},
                         text={"fontweight": "bold", "color": "#1c4e80"}))
    # The theme: a chapter heading; the project title under it, each project on a new page.
    s.addElement(_pstyle("Heading_20_1", parent="Heading", displayname="Heading 1",
                         defaultoutlinelevel="1",
                         para={"margintop": "0cm", "marginbottom": "0.2cm"},
                         text={"fontsize": "12pt", "color": "#5b7f95"}))
    s.addElement(_pstyle("Heading_20_2", parent="Heading", displayname="Heading 2",
                         defaultoutlinelevel="2",
                         para={"margintop": "0cm", "marginbottom": "0.5cm", "breakbefore": "page"},
                         text={"fontsize": "15pt"}))
    s.addElement(_pstyle("Veldlabel", parent="Standard", displayname="Veldlabel",
                         para={"margintop": "0.25cm", "marginbottom": "0.06cm",
                               "keepwithnext": "always"},
                         text={"fontvariant": "small-caps", "fontweight": "bold",
                               "color": "#b0541c", "fontsize": "9.5pt", "letterspacing": "0.02cm"}))
    s.addElement(_pstyle("Lijstalinea", parent="Standard", displayname="Lijstalinea",
                         para={"marginleft": "0.45cm", "textindent": "-0.3cm",
                               "marginbottom": "0.08cm"}))
    s.addElement(_pstyle("Tabelinhoud", parent="Standard", displayname="Tabelinhoud",
                         para={"marginbottom": "0cm", "lineheight": "110%"},
                         text={"fontsize": "8.5pt"}))
    s.addElement(_pstyle("Tabelkop", parent="Tabelinhoud", displayname="Tabelkop",
                         para={"textalign": "center"}, text={"fontweight": "bold", "color": "#ffffff"}))
    s.addElement(_pstyle("Bedrag", parent="Tabelinhoud", displayname="Bedrag",
                         para={"textalign": "end"}))
    s.addElement(_pstyle("Tabelvoetnoot", parent="Standard", displayname="Tabelvoetnoot",
                         para={"margintop": "0.05cm", "marginbottom": "0.08cm", "lineheight": "115%"},
                         text={"fontsize": "7.5pt", "color": "#3e4c59"}))
    s.addElement(_pstyle("Footnote", parent="Standard", displayname="Footnote",
                         para={"marginleft": "0.4cm", "textindent": "-0.4cm",
                               "marginbottom": "0.05cm", "lineheight": "115%"},
                         text={"fontsize": "7.5pt"}))
    s.addElement(_pstyle("Voetnootvervolg", parent="Footnote", displayname="Voetnootvervolg",
                         para={"marginleft": "0.4cm", "textindent": "0cm"}))
    s.addElement(_pstyle("Header", parent="Standard", **{"class": "extra"},
                         para={"marginbottom": "0cm"},
                         text={"fontsize": "8pt", "color": "#6b7b8c"}))
    s.addElement(_pstyle("Footer", parent="Standard", **{"class": "extra"},
                         para={"textalign": "end", "marginbottom": "0cm"},
                         text={"fontsize": "8pt", "color": "#6b7b8c"}))
    s.addElement(_pstyle("Contents_20_Heading", parent="Heading", displayname="Contents Heading",
                         para={"margintop": "0cm", "marginbottom": "0.5cm"},
                         text={"fontsize": "18pt"}))
    contents = _pstyle("Contents_20_1", parent="Standard", displayname="Contents 1")
    para = ParagraphProperties(marginbottom="0.12cm")
    tabs = TabStops()  # the page number right-aligned behind a dot leader
    tabs.addElement(TabStop(position=f"{TEXT_WIDTH}cm", type="right", leaderstyle="dotted",
                            leadertext="."))
    para.addElement(tabs)
    contents.addElement(para)
    s.addElement(contents)
    # The transcription's marks are superscript characters ("¹"): they are the citation,
    # set at the text's own height (Writer's default would raise them a second time).
    s.addElement(_pstyle("Footnote_20_Symbol", family="text", displayname="Footnote Symbol"))
    s.addElement(_pstyle("Footnote_20_anchor", family="text", displayname="Footnote anchor"))
    s.addElement(NotesConfiguration(noteclass="footnote", citationstylename="Footnote_20_Symbol",
                                    citationbodystylename="Footnote_20_anchor",
                                    defaultstylename="Footnote", numformat="1", startvalue="0",
                                    footnotesposition="page", startnumberingat="document"))

    # Outline numbering: "1" for a theme, "1.1" for a project under it.
    outline = OutlineStyle(name="Outline")
    for level in (1, 2):
        ls = OutlineLevelStyle(level=level, numformat="1", numsuffix="",
                               displaylevels=str(level))
        props = ListLevelProperties(listlevelpositionandspacemode="label-alignment")
        tab = "0.9cm" if level == 1 else "1.2cm"  # the title follows its number at a tab
        props.addElement(ListLevelLabelAlignment(labelfollowedby="listtab", listtabstopposition=tab,
                                                 textindent=f"-{tab}", marginleft=tab))
        ls.addElement(props)
        outline.addElement(ls)
    s.addElement(outline)

    layout = PageLayout(name="A4")
    layout.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm",
                                           printorientation="portrait", margintop="1.2cm",
                                           marginbottom="1.2cm", marginleft="2.2cm",
                                           marginright="2.2cm"))
    hs = HeaderStyle()
    hs.addElement(HeaderFooterProperties(minheight="0cm", marginbottom="0.8cm",
                                         borderbottom="0.5pt solid #9aa5b1", paddingbottom="0.1cm"))
    layout.addElement(hs)
    fs = FooterStyle()
    fs.addElement(HeaderFooterProperties(minheight="0cm", margintop="0.6cm"))
    layout.addElement(fs)
    doc.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    header = Header()
    header.addElement(P(stylename="Header", text=house))
    master.addElement(header)
    footer = Footer()
    page = P(stylename="Footer")
    page.addElement(PageNumber(selectpage="current", text="1"))
    footer.addElement(page)
    master.addElement(footer)
    doc.masterstyles.addElement(master)

    a = doc.automaticstyles
    # A theme opens a new page; its first project's title follows on that page.
    a.addElement(_pstyle("ThemaNieuw", parent="Heading_20_1",
                         para={"breakbefore": "page"}))
    a.addElement(_pstyle("TitelOnder", parent="Heading_20_2",
                         para={"breakbefore": "auto"}))
    a.addElement(_pstyle("BedragVet", parent="Bedrag", text={"fontweight": "bold"}))
    a.addElement(_pstyle("TabelinhoudVet", parent="Tabelinhoud", text={"fontweight": "bold"}))
    sect = Style(name="Tweekoloms", family="section")
    props = SectionProperties(editable="false")
    cols = Columns(columncount="2", columngap=f"{COLUMN_GAP}cm")
    half = f"{COLUMN_GAP / 2}cm"
    cols.addElement(Column(relwidth="1*", startindent="0cm", endindent=half))
    cols.addElement(Column(relwidth="1*", startindent=half, endindent="0cm"))
    props.addElement(cols)
    sect.addElement(props)
    a.addElement(sect)
    toc = Style(name="Inhoudsopgave", family="section")
    toc.addElement(SectionProperties(editable="false"))
    a.addElement(toc)
    head = Style(name="Kopcel", family="table-cell")
    head.addElement(TableCellProperties(backgroundcolor="#1c4e80", padding="0.08cm",
                                        border="0.5pt solid #ffffff", verticalalign="middle"))
    a.addElement(head)
    cell = Style(name="Cel", family="table-cell")
    cell.addElement(TableCellProperties(padding="0.07cm", border="0.5pt solid #9aa5b1"))
    a.addElement(cell)
    row = Style(name="Rij", family="table-row")
    row.addElement(TableRowProperties(keeptogether="always"))
    a.addElement(row)


def _text_width(text: str, bold: bool) -> float:
    """Rough width (cm) of `text` at 8.5pt DejaVu Sans, with the cell's padding and borders."""
    def em(ch: str) -> float:
        if ch in ".,:;' ":
            return 0.32
        if ch.isdigit():
            return 0.64
        if ch in "mwMW":
            return 0.98
        return 0.58 if ch.islower() else 0.72

    return sum(map(em, text)) * (1.18 if bold else 1.0) * 8.5 / 28.35 + 0.3


def _widths(t: source.Table, width: float) -> list[float]:
    """Column widths (cm), as one drags the borders in Writer: every column wide enough for
    its widest word (Writer breaks a line after a hyphen or a slash too), a short cell (an
    amount like "12,38 mln.") on one line; what is left widens the row labels' column up
    to 38 % and is shared by the others. Where that does not fit, the row labels' column
    gives way first (down to 2.5 cm), then the others evenly."""
    def need(text: str, bold: bool, whole: bool) -> float:
        if whole and len(text) <= 12:
            return _text_width(text, bold)
        words = re.split(r"\s+|(?<=[-/])", text)
        return max((_text_width(w, bold) for w in words if w), default=0.3)

    needs = [need(t.label, True, False)] + [1.4] * t.columns  # no amount column narrower
    for h in t.header_cells():
        if h.columns == 1:
            needs[h.column] = max(needs[h.column], need(h.text, True, False))
    for row in t.rows:
        bold = is_total(row[0])
        needs[0] = max(needs[0], need(row[0], bold, False))
        for c, text in enumerate(row[1:], 1):
            needs[c] = max(needs[c], need(text, bold, True))
    values = sum(needs[1:])
    if needs[0] + values > width:
        first = max(2.5, width - values)
        return [first] + [n * (width - first) / values for n in needs[1:]]
    first = max(needs[0], min(width * 0.38, width - values))
    spare = (width - first - values) / t.columns
    return [first] + [n + spare for n in needs[1:]]


# --- the document ------------------------------------------------------------------


class _Writer:
    def __init__(self, dossier: source.Dossier, house: str, toc_pages: list[int] | None):
        self.dossier = dossier
        self.toc_pages = toc_pages
        self.doc = OpenDocumentText()
        self.doc.meta.addElement(Title(text=house))  # the PDF's title
        _styles(self.doc, house)
        self.tables = 0
        self.sections = 0
        self.notes = 0

    def build(self) -> OpenDocumentText:
        self._contents()
        theme = None
        for project in self.dossier.projects:
            opens = project.theme != theme
            theme = project.theme
            self._project(project, opens)
        return self.doc

    def _contents(self) -> None:
        toc = TableOfContent(name="Inhoudsopgave1", stylename="Inhoudsopgave", protected="true")
        src = TableOfContentSource(outlinelevel="2", useoutlinelevel="true")
        src.addElement(IndexTitleTemplate(stylename="Contents_20_Heading",
                                          text=self.dossier.toc_heading))
        for level in (1, 2):
            t = TableOfContentEntryTemplate(outlinelevel=str(level), stylename="Contents_20_1")
            t.addElement(IndexEntryText())
            t.addElement(IndexEntryTabStop(type="right", leaderchar="."))
            t.addElement(IndexEntryPageNumber())
            src.addElement(t)
        toc.addElement(src)
        body = IndexBody()
        title = IndexTitle(name="Inhoudsopgave1_Head", stylename="Inhoudsopgave")
        title.addElement(P(stylename="Contents_20_Heading", text=self.dossier.toc_heading))
        body.addElement(title)
        # The index body as LibreOffice would fill it, with the transcription's entries; the
        # page numbers come from the previous pass.
        for i, entry in enumerate(self.dossier.toc):
            p = P(stylename="Contents_20_1", text=entry.text)
            p.addElement(Tab())
            p.addText(str(self.toc_pages[i]) if self.toc_pages else "")
            body.addElement(p)
        toc.addElement(body)
        self.doc.text.addElement(toc)

    def _project(self, project: source.Project, opens_theme: bool) -> None:
        text = self.doc.text
        if opens_theme:
            text.addElement(H(outlinelevel=1, stylename="ThemaNieuw", text=project.theme))
        text.addElement(H(outlinelevel=2, stylename="TitelOnder" if opens_theme else "Heading_20_2",
                          text=project.title))
        pending = list(project.notes)
        section = None
        for row in project.rows:
            if isinstance(row, source.Table):
                if section is not None:
                    # As Writer keeps one: without a paragraph between them LibreOffice
                    # moves a table that follows a section to the next page.
                    text.addElement(P(stylename="Tabelvoetnoot"))
                section = None
                self._table(row, text)
                continue
            if section is None:
                self.sections += 1
                section = Section(name=f"Velden{self.sections}", stylename="Tweekoloms")
                text.addElement(section)
            section.addElement(P(stylename="Veldlabel", text=row.label))
            for item in row.content:
                if isinstance(item, source.Table):
                    self._table(item, section, COLUMN_WIDTH)
                else:
                    section.addElement(self._paragraph(item, pending))
        for note in pending:  # a mark that is not in the text: the note at the project's end
            texts = note.text or ("",)
            for k, t in enumerate(texts):
                text.addElement(P(stylename="Voetnootvervolg" if k else "Footnote",
                                  text=t if k else f"{note.mark} {t}"))

    def _paragraph(self, item: str, pending: list[source.Note]) -> P:
        listed = item[:1] in MARKERS and item[1:2] in (" ", "\t") or re.match(r"\d+[.)] ", item)
        p = P(stylename="Lijstalinea" if listed else "Standard")
        rest = item
        while True:
            hits = [(rest.find(n.mark), n) for n in pending if n.mark and n.mark in rest]
            if not hits:
                break
            at, note = min(hits, key=lambda h: h[0])
            pending.remove(note)
            p.addText(rest[:at])
            p.addElement(self._note(note))
            rest = rest[at + len(note.mark):]
        p.addText(rest)
        return p

    def _note(self, note: source.Note) -> Note:
        self.notes += 1
        n = Note(id=f"ftn{self.notes}", noteclass="footnote")
        n.addElement(NoteCitation(label=note.mark, text=note.mark))
        body = NoteBody()
        for k, t in enumerate(note.text or ("",)):
            body.addElement(P(stylename="Voetnootvervolg" if k else "Footnote", text=t))
        n.addElement(body)
        return n

    def _table(self, t: source.Table, parent, width: float = TEXT_WIDTH) -> None:
        if t.page_break_before_row is not None:
            parts = [t.rows[:t.page_break_before_row], t.rows[t.page_break_before_row:]]
        else:
            parts = [t.rows]
        for n, rows in enumerate(parts):
            parent.addElement(self._grid(t, rows, width, new_page=n > 0,
                                         amounts=width == TEXT_WIDTH))
        for f in t.footnotes:
            parent.addElement(P(stylename="Tabelvoetnoot", text=f))
        if not t.footnotes:
            parent.addElement(P(stylename="Tabelvoetnoot"))

    def _grid(self, t: source.Table, rows, width: float, new_page: bool, amounts: bool) -> Table:
        self.tables += 1
        name = f"Tabel{self.tables}"
        a = self.doc.automaticstyles
        ts = Style(name=name, family="table")
        ts.addElement(TableProperties(width=f"{width}cm", align="margins",
                                      breakbefore="page" if new_page else "auto",
                                      margintop="0.15cm", marginbottom="0.1cm"))
        a.addElement(ts)
        table = Table(name=name, stylename=name)
        for k, share in enumerate(_widths(t, width)):
            cs = Style(name=f"{name}.C{k}", family="table-column")
            cs.addElement(TableColumnProperties(columnwidth=f"{share:.3f}cm"))
            a.addElement(cs)
            table.addElement(TableColumn(stylename=f"{name}.C{k}"))
        head = TableHeaderRows()
        lines = len(t.header)
        starts = {(h.line, h.column): h for h in t.header_cells()}
        covered = {(h.line + dl, h.column + dc) for h in starts.values()
                   for dl in range(h.lines) for dc in range(h.columns)} - set(starts)
        for line in range(lines):
            tr = TableRow(stylename="Rij")
            if line == 0:
                tr.addElement(self._cell(t.label, "Kopcel", "Tabelkop", rows=lines))
            else:
                tr.addElement(CoveredTableCell())
            for column in range(1, t.columns + 1):
                h = starts.get((line, column))
                if h is not None:
                    tr.addElement(self._cell(h.text, "Kopcel", "Tabelkop", h.lines, h.columns))
                elif (line, column) in covered:
                    tr.addElement(CoveredTableCell())
                else:
                    tr.addElement(self._cell("", "Kopcel", "Tabelkop"))
            head.addElement(tr)
        table.addElement(head)
        for row in rows:
            bold = is_total(row[0])
            tr = TableRow(stylename="Rij")
            tr.addElement(self._cell(row[0], "Cel", "TabelinhoudVet" if bold else "Tabelinhoud"))
            for value in row[1:]:
                # The investment table's cells are amounts; a table in a field (milestones,
                # a planning) right-aligns only what has no words in it.
                right = amounts or not re.search(r"[^\W\d_]{4,}", value)
                pstyle = ("BedragVet" if bold else "Bedrag") if right else \
                    ("TabelinhoudVet" if bold else "Tabelinhoud")
                tr.addElement(self._cell(value, "Cel", pstyle))
            table.addElement(tr)
        return table

    @staticmethod
    def _cell(text: str, style: str, pstyle: str, rows: int = 1, columns: int = 1) -> TableCell:
        kw = {"stylename": style, "valuetype": "string"}
        if rows > 1:
            kw["numberrowsspanned"] = rows
        if columns > 1:
            kw["numbercolumnsspanned"] = columns
        cell = TableCell(**kw)
        cell.addElement(P(stylename=pstyle, text=text))
        return cell


# --- reading the PDF back ------------------------------------------------------------


def _texts(house: str, pdf: Path) -> list[str]:
    """The pages' text, the running header's line taken off each."""
    texts = []
    for text in page_texts(pdf):
        lines = text.splitlines()
        first = next((k for k, line in enumerate(lines) if line.strip()), None)
        if first is not None and lines[first].strip() == house:
            del lines[first]
        texts.append("\n".join(lines))
    return texts



def project_pages(dossier: source.Dossier, texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) page of each project, as engines.project_pages, but a project's page
    opens with its numbered title ("1.1 Title"), the numbered theme ("1 Theme") before it
    where the project opens a theme."""
    def heading(project: source.Project) -> re.Pattern[str]:
        theme, title = re.escape(norm(project.theme)), re.escape(norm(project.title))
        return re.compile(rf"(?:(?:\d+ )?{theme} )?\d+\.\d+ {title}")
    return engines.project_pages(dossier, texts, heading)


def truth_record(dossier: source.Dossier, house: str, pdf: str | Path) -> dict:
    texts = _texts(house, Path(pdf))
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def render_odt(dossier: source.Dossier, pdf_path, keep_odt: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    Rendered until the contents name the pages the projects land on (as
    engines.render_settled). The ODT lives in a temporary directory; pass `keep_odt` to
    copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    house = house_name(dossier, pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-odt-") as tmp:
        odt = Path(tmp) / (pdf_path.stem + ".odt")
        toc_pages: list[int] | None = None
        for _ in range(4):
            _Writer(dossier, house, toc_pages).build().save(str(odt))
            pdf = _convert(odt, Path(tmp), PROFILE)
            found = [a for a, _b in project_pages(dossier, _texts(house, pdf))]
            if found == toc_pages:
                break
            toc_pages = found
        else:
            raise EngineError(f"TOC page numbers do not settle: {toc_pages}")
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_odt is not None:
            shutil.copyfile(odt, keep_odt)
    record = truth_record(dossier, house, pdf_path)
    write_truth(record, pdf_path)
    return record
