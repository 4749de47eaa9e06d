"""The "docbook" rendering: a DocBook 5 proposal, the DocBook XSL stylesheets and Apache FOP.

What a technical-writing department produces: one DocBook 5 <book> (xml:lang "nl") with
the dossier's short name as its title, transformed to XSL-FO by the standard DocBook XSL
stylesheets (xsltproc, docbook-xsl's fo/docbook.xsl) and typeset by FOP. Each theme is a
<chapter> (unnumbered: chapter.autolabel 0) and each project a <section> in it, starting
on a new page; a theme's first project opens under the chapter's title, the next ones
under the stylesheet's running header, which prints the chapter's title (the theme) above
every page but a chapter's first. So every project's first page reads theme, then title,
without a theme line of our own. Field labels are <bridgehead>s; text is one <para> per
transcribed paragraph, runs of list items an <itemizedlist mark="none"> whose items keep
the transcription's own markers as text. Investment tables are CALS <informaltable>s: a
<thead> whose label cell spans the header lines (morerows), a group ("Publiek") spanning
its members (namest/nameend), a cell the source extends downwards spanning both lines,
amounts align="right" as transcribed, the Totaal row in <emphasis role="bold">; a table
the source continues on a new page is closed there and opened again under its header.
Table footnotes are <para>s under their table, project notes <para>s closing the project.

The stylesheets' own house style otherwise: book title page (recto and verso), the
table of contents in a page sequence of its own (generate.toc "book toc,title": chapters
and projects with page numbers, which count from the first chapter, as a book's do),
body text indented from the headings, justified, the page number centred in the footer.
Parameters on the xsltproc command line: paper.type A4, 2 cm page margins, DejaVu Serif
body and DejaVu Sans titles (FOP's base-14 fonts have no "€", "₂", "○"; fop.xconf embeds
the DejaVu files by explicit <font> entries, font cache off), fop1.extensions 1. A small
customization layer (docbook-custom.xsl beside the XML) adds what every such
department's layer has: the <?hard-pagebreak?> processing instruction, and the
transcription's contents heading as the Dutch word for "Table of Contents" (local l10n).
The stylesheets hyphenate and justify (their defaults, kept), table cells and headers
too; CALS tables are fixed-width in FOP, so an amount or a bold total wider than its
column runs over into the next cell, as FOP prints it.

FOP dates the PDF by SOURCE_DATE_EPOCH; engines.stabilise_pdf fixes the dates and /ID.

Needs xsltproc (Debian: xsltproc), the DocBook XSL stylesheets (docbook-xsl), fop (a Java
runtime), fonts-dejavu-core and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving
from .xslfo import _MARKER, _is_total, _x

STYLE = "docbook"

DOCBOOK_XSL = Path("/usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl")
FONTS = Path("/usr/share/fonts/truetype/dejavu")

# The faces the stylesheets ask for (bold titles, italic emphasis, mono for literals).
_FACES = [("DejaVu Serif", "normal", "normal", "DejaVuSerif.ttf"),
          ("DejaVu Serif", "normal", "bold", "DejaVuSerif-Bold.ttf"),
          ("DejaVu Serif", "italic", "normal", "DejaVuSerif-Italic.ttf"),
          ("DejaVu Serif", "italic", "bold", "DejaVuSerif-BoldItalic.ttf"),
          ("DejaVu Sans", "normal", "normal", "DejaVuSans.ttf"),
          ("DejaVu Sans", "normal", "bold", "DejaVuSans-Bold.ttf"),
          ("DejaVu Sans", "italic", "normal", "DejaVuSans-Oblique.ttf"),
          ("DejaVu Sans", "italic", "bold", "DejaVuSans-BoldOblique.ttf"),
          ("DejaVu Sans Mono", "normal", "normal", "DejaVuSansMono.ttf"),
          ("DejaVu Sans Mono", "normal", "bold", "DejaVuSansMono-Bold.ttf")]

# Explicit fonts rather than <auto-detect/>: the same files on every machine, and no
# font cache written to the home directory.
XCONF = """<?xml version="1.0" encoding="UTF-8"?>
<fop version="1.0">
  <use-cache>false</use-cache>
  <renderers>
    <renderer mime="application/pdf">
      <fonts>
{fonts}
      </fonts>
    </renderer>
  </renderers>
</fop>
"""

# The department's customization layer: only what the stock stylesheets cannot be told
# by a parameter. The l10n entry replaces "Inhoudsopgave" by the transcription's heading.
# The page break is a break *before* the next block: a break after a table that fills
# its page exactly would leave an empty page.
LAYER = """<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:fo="http://www.w3.org/1999/XSL/Format">
  <xsl:import href="{docbook}"/>
  <xsl:param name="local.l10n.xml" select="document('')"/>
  <l:i18n xmlns:l="http://docbook.sourceforge.net/xmlns/l10n/1.0">
    <l:l10n language="nl">
      <l:gentext key="TableofContents" text="{toc}"/>
      <l:gentext key="tableofcontents" text="{toc}"/>
    </l:l10n>
  </l:i18n>
  <xsl:template match="processing-instruction('hard-pagebreak')">
    <fo:block break-before="page"/>
  </xsl:template>
</xsl:stylesheet>
"""

# Stylesheet parameters, as the department's build passes them to xsltproc.
PARAMS = {
    "paper.type": "A4",
    "page.margin.inner": "2cm",
    "page.margin.outer": "2cm",
    "page.margin.top": "1.5cm",
    "page.margin.bottom": "1.5cm",
    "body.font.family": "DejaVu Serif",
    "title.font.family": "DejaVu Sans",
    "monospace.font.family": "DejaVu Sans Mono",
    "symbol.font.family": "DejaVu Sans",
    "body.font.master": "10",
    "chapter.autolabel": "0",
    "section.autolabel": "0",
    "generate.toc": "book toc,title",
    "fop1.extensions": "1",
}

PAGE_BREAK = "<?hard-pagebreak?>\n"


def _col(value_column: int) -> str:
    """CALS column name of a 1-based value column (c1 is the label column)."""
    return f"c{value_column + 1}"


def _thead(t: source.Table) -> str:
    """The header rows: the label cell spans them all, a group spans its members."""
    lines = len(t.header)
    placed = t.header_cells()
    out = ["<thead>"]
    for line in range(lines):
        out.append("<row>")
        if line == 0:
            more = f' morerows="{lines - 1}"' if lines > 1 else ""
            out.append(f'<entry align="left"{more}>{_x(t.label)}</entry>')
        for h in placed:
            if h.line != line:
                continue
            attrs = (f' namest="{_col(h.column)}" nameend="{_col(h.column + h.columns - 1)}"'
                     if h.columns > 1 else f' colname="{_col(h.column)}"')
            if h.lines > 1:
                attrs += f' morerows="{h.lines - 1}"'
            out.append(f'<entry{attrs} align="center">{_x(h.text)}</entry>')
        out.append("</row>")
    out.append("</thead>")
    return "".join(out)


def _table_open(t: source.Table) -> str:
    # The usual CALS widths: the label column twice a value column.
    n = t.columns
    specs = ['<colspec colname="c1" colwidth="2*"/>']
    specs += [f'<colspec colname="{_col(c)}" colwidth="1*"/>' for c in range(1, n + 1)]
    return (f'<informaltable frame="all" rowsep="1" colsep="1"><tgroup cols="{n + 1}">'
            f"{''.join(specs)}{_thead(t)}<tbody>\n")


def _row(row: tuple[str, ...]) -> str:
    def cell(text: str) -> str:
        return f'<emphasis role="bold">{_x(text)}</emphasis>' if _is_total(row) and text else _x(text)

    cells = [f"<entry>{cell(row[0])}</entry>"]
    cells += [f'<entry align="right">{cell(c)}</entry>' for c in row[1:]]
    return f"<row>{''.join(cells)}</row>\n"


def _table(t: source.Table) -> str:
    close = "</tbody></tgroup></informaltable>\n"
    out = [_table_open(t)]
    for b, row in enumerate(t.rows):
        if b == t.page_break_before_row:
            # The source continues the table on a new page, under its header again.
            out += [close, PAGE_BREAK, _table_open(t)]
        out.append(_row(row))
    out.append(close)
    out.extend(f"<para>{_x(f)}</para>\n" for f in t.footnotes)
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (no stylesheet marker, the source's own kept) and
    tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        is_item = isinstance(item, str) and _MARKER.match(item) is not None
        if is_item and not in_list:
            out.append('<itemizedlist mark="none">\n')
            in_list = True
        elif not is_item and in_list:
            out.append("</itemizedlist>\n")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif is_item:
            out.append(f"<listitem><para>{_x(item)}</para></listitem>\n")
        else:
            out.append(f"<para>{_x(item)}</para>\n")
    if in_list:
        out.append("</itemizedlist>\n")
    return "".join(out)


def _section(project: source.Project, index: int) -> str:
    out = [f'<section xml:id="project-{index + 1}"><title>{_x(project.title)}</title>\n']
    for row in project.rows:
        if isinstance(row, source.Table):
            out.append(_table(row))
        else:
            out.append(f'<bridgehead renderas="sect3">{_x(row.label)}</bridgehead>\n')
            out.append(_content(row.content))
    for note in project.notes:
        texts = note.text or ("",)
        out.append(f"<para>{_x(note.mark)} {_x(texts[0])}</para>\n")
        out.extend(f"<para>{_x(t)}</para>\n" for t in texts[1:])
    out.append("</section>\n")
    return "".join(out)


def build_docbook(dossier: source.Dossier, name: str) -> str:
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<book xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="nl">\n'
           f"<info><title>{_x(name)}</title></info>\n"]
    theme = None
    for i, project in enumerate(dossier.projects):
        if project.theme != theme:
            if theme is not None:
                out.append("</chapter>\n")
            out.append(f"<chapter><title>{_x(project.theme)}</title>\n")
            theme = project.theme
        else:
            out.append(PAGE_BREAK)  # a chapter starts a page itself; a project too
        out.append(_section(project, i))
    if theme is not None:
        out.append("</chapter>\n")
    out.append("</book>\n")
    return "".join(out)


def _typeset(xml: Path, toc_heading: str) -> Path:
    """xsltproc with the layer and the parameters, then FOP with the DejaVu configuration."""
    xsltproc, fop = need("xsltproc"), need("fop")
    if not DOCBOOK_XSL.is_file():
        raise EngineError(f"{DOCBOOK_XSL} not found (Debian: apt-get install -y docbook-xsl)")
    layer = xml.with_name("docbook-custom.xsl")
    layer.write_text(LAYER.format(docbook=DOCBOOK_XSL.as_uri(),
                                  toc=escape(toc_heading, {'"': "&quot;"})), encoding="utf-8")
    conf = xml.with_name("fop.xconf")
    fonts = "\n".join(f'        <font embed-url="{(FONTS / file).as_uri()}" kerning="yes">'
                      f'<font-triplet name="{family}" style="{style}" weight="{weight}"/></font>'
                      for family, style, weight, file in _FACES)
    conf.write_text(XCONF.format(fonts=fonts), encoding="utf-8")
    fo, pdf = xml.with_suffix(".fo"), xml.with_suffix(".pdf")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}
    params = [a for k, v in PARAMS.items() for a in ("--stringparam", k, v)]
    proc = subprocess.run([xsltproc, "--nonet", "--xinclude", *params, "-o", str(fo), str(layer),
                           str(xml)], cwd=xml.parent, env=env, capture_output=True, text=True,
                          timeout=600)
    if proc.returncode != 0 or not fo.is_file():
        raise EngineError(f"xsltproc failed ({proc.returncode}) on {xml.name}:\n{proc.stderr[-2000:]}")
    proc = subprocess.run([fop, "-q", "-c", str(conf), "-fo", str(fo), "-pdf", str(pdf)],
                          cwd=xml.parent, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"fop failed ({proc.returncode}) on {fo.name}:\n"
                          f"{proc.stdout[-1000:]}\n{proc.stderr[-2000:]}")
    return pdf


def render_docbook(dossier: source.Dossier, pdf_path, keep_xml: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The DocBook XML lives in a temporary directory; pass `keep_xml` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_docbook(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".xml",
                            lambda xml: _typeset(xml, dossier.toc_heading), keep_xml)
