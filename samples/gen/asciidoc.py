"""The "asciidoc" rendering: a proposal written in AsciiDoc and typeset by Asciidoctor PDF.

One .adoc document the way a documentation team or an agency writing in AsciiDoc sets a
report: an article with the dossier's short name as its title and ``:toc:`` (two levels,
titled with the transcription's contents heading), which Asciidoctor PDF writes itself
with dot leaders and page numbers, settled in one run. Each theme is a level-1 section,
each project a level-2 section starting on a new page (``<<<``) under its theme: the
theme's own section heading for a theme's first project, a theme line styled the same
(small, grey) for the next ones. Field labels are discrete level-3 headings; text is one
paragraph per transcribed paragraph, and runs of list items a ``[none]`` list whose
items print the source's own markers. Investment tables are AsciiDoc tables: a 3:1
label column, amounts right-aligned (``>``), a one-line header as the table's header row,
a two-line one as two rows of header-styled cells (``h``: Asciidoctor drops a rowspan
from the header row), a group spanning its members (``2+^|``), a cell the source
extends downwards spanning both lines (``.2+``), the total row bold; a table the source
continues on a new page is closed there and reopened under its header. Table footnotes
follow in small type, project notes close the project.

Theme (YAML): A4, 2 cm margins, the built-in Noto Serif at 10pt ragged right, with
DejaVu Serif (/usr/share/fonts) as fallback for the glyphs the bundled Noto subset lacks
("⁴", "₂"); a running header with the dossier's name (right, grey) and a footer with the
page number. A small Ruby extension of the converter leaves the header off a project's
opening page, as a book leaves it off a chapter's, so the page opens with the heading.

All transcribed text goes into the source inside ``pass:c[...]``, so no character is
read as markup (no smart quotes, no "--" dashes, no attribute references); only "<",
">" and "&" are escaped. Asciidoctor PDF is deterministic given SOURCE_DATE_EPOCH and
the ``reproducible`` attribute (no dates written); engines.stabilise_pdf fixes the id.

Needs asciidoctor-pdf (Debian: ruby-asciidoctor-pdf), fonts-dejavu-core and pdftotext
(poppler-utils).
"""

from __future__ import annotations

import re
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving, run

STYLE = "asciidoc"

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

THEME = """extends: default
font:
  catalog:
    merge: true
    DejaVu Serif:
      normal: DEJAVU/DejaVuSerif.ttf
      bold: DEJAVU/DejaVuSerif-Bold.ttf
      italic: DEJAVU/DejaVuSerif-Italic.ttf
      bold_italic: DEJAVU/DejaVuSerif-BoldItalic.ttf
  # The bundled Noto Serif is a subset without superscript four and subscript two.
  fallbacks: [DejaVu Serif]
page:
  size: A4
  margin: [2cm, 2cm, 2cm, 2cm]
base:
  font-family: Noto Serif
  font-size: 10
  text-align: left
heading:
  font-color: 1F3A5F
  h1-font-size: 22
  h2-font-size: 9.5
  h2-font-color: 6B7785
  h2-font-style: normal
  h2-margin-bottom: 2
  h3-font-size: 16
  h3-margin-top: 0
  h4-font-size: 10.5
  h4-margin-top: 10
  h4-margin-bottom: 3
role:
  theme:
    font-size: 9.5
    font-color: 6B7785
  tfn:
    font-size: 8
  note:
    font-size: 8
table:
  font-size: 8.5
  head:
    background-color: E8ECF1
  body:
    stripe-background-color: FFFFFF
toc:
  dot-leader:
    font-color: A9A9A9
header:
  height: 1.5cm
  font-size: 8
  font-color: 6B7785
  vertical-align: middle
  recto:
    right:
      content: NAME
  verso:
    right:
      content: NAME
footer:
  height: 1.5cm
  font-size: 8
  border-width: 0
  recto:
    right:
      content: '{page-number}'
    center:
      content: ~
  verso:
    right:
      content: '{page-number}'
    left:
      content: ~
    center:
      content: ~
"""

# Asciidoctor PDF's extended-converter hook: a project's opening page gets no header.
EXTENSION = """class RegioPdfConverter < (Asciidoctor::Converter.for 'pdf')
  register_for 'pdf'

  def convert_section sect, opts = {}
    super
    @disable_running_content[:header] << (sect.attr 'pdf-page-start') if sect.role? 'project'
  end
end
"""

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _t(text: str) -> str:
    """Transcribed text as an inline passthrough: printed as it stands."""
    if not text:
        return "{empty}"
    return "pass:c[" + text.replace("]", "\\]") + "]"


def _cell(text: str) -> str:
    # The table parser splits on "|" before any substitution; "\\|" keeps it in the cell.
    return _t(text).replace("|", "\\|") if text else ""


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _head(t: source.Table) -> list[str]:
    """The header lines as rows of header cells: the label cell spans them all, a group
    its members, a cell the source extends downwards the lines below it."""
    lines = len(t.header)
    out = []
    for line in range(lines):
        cells = []
        if line == 0:
            span = f".{lines}+" if lines > 1 else ""
            cells.append(f"{span}.>h|{_cell(t.label)}")
        for h in t.header_cells():
            if h.line != line:
                continue
            span = (str(h.columns) if h.columns > 1 else "") + (f".{h.lines}" if h.lines > 1 else "")
            cells.append(f"{span}{'+' if span else ''}^.>h|{_cell(h.text)}")
        out.append(" ".join(cells))
    return out


def _ascii_table(t: source.Table, rows: list[tuple[str, ...]]) -> str:
    cols = ",".join(["3"] + [">1"] * t.columns)
    # Asciidoctor drops a rowspan from the header row, so a two-line header is set as
    # rows of header-styled (h) cells, without the header option.
    options = ',options="header"' if len(t.header) == 1 else ""
    out = [f'[cols="{cols}"{options}]', "|==="]
    out.extend(_head(t))
    for row in rows:
        strong = (lambda c: f"**{_cell(c)}**" if c else "") if _is_total(row) else _cell
        out.append("|" + " |".join(strong(c) for c in row))
    out.append("|===")
    return "\n".join(out) + "\n\n"


def _table(t: source.Table) -> str:
    rows = list(t.rows)
    cut = t.page_break_before_row
    if cut:
        # The source continues the table on a new page: close it there, open it again.
        out = [_ascii_table(t, rows[:cut]), "<<<\n\n", _ascii_table(t, rows[cut:])]
    else:
        out = [_ascii_table(t, rows)]
    out.extend(f"[.tfn]\n{_t(f)}\n\n" for f in t.footnotes)
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (a [none] list: the text keeps its marker) and tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        if isinstance(item, str) and _MARKER.match(item):
            if not in_list:
                out.append("[none]\n")
                in_list = True
            out.append(f"* {_t(item)}\n")
            continue
        if in_list:
            out.append("\n")
            in_list = False
        out.append(_table(item) if isinstance(item, source.Table) else f"{_t(item)}\n\n")
    if in_list:
        out.append("\n")
    return "".join(out)


def build_adoc(dossier: source.Dossier, name: str) -> str:
    out = [f"= {_t(name)}\n:doctype: article\n:lang: nl\n:toc:\n:toclevels: 2\n"
           f":toc-title: {_t(dossier.toc_heading)}\n:reproducible:\n:sectids!:\n"
           ":table-caption!:\n\n"]
    theme = None
    for i, project in enumerate(dossier.projects):
        out.append("<<<\n\n")
        if project.theme != theme:
            theme = project.theme
            out.append(f"[#theme-{i + 1}]\n== {_t(project.theme)}\n\n")
        else:
            out.append(f"[.theme]\n{_t(project.theme)}\n\n")
        out.append(f"[#project-{i + 1}.project]\n=== {_t(project.title)}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"[discrete]\n==== {_t(row.label)}\n\n")
                out.append(_content(row.content))
        for note in project.notes:
            texts = note.text or ("",)
            out.append(f"[.note]\n{_t(note.mark + ' ' + texts[0])}\n\n")
            out.extend(f"[.note]\n{_t(t)}\n\n" for t in texts[1:])
    return "".join(out)


def _typeset(adoc: Path, name: str) -> Path:
    tool = need("asciidoctor-pdf")
    theme, ext = adoc.with_suffix(".theme.yml"), adoc.with_suffix(".rb")
    theme.write_text(THEME.replace("DEJAVU", str(DEJAVU)).replace("NAME", name), encoding="utf-8")
    ext.write_text(EXTENSION, encoding="utf-8")
    pdf = adoc.with_suffix(".pdf")
    # SOURCE_DATE_EPOCH fixes Asciidoctor's document dates; TZ their zone.
    run([need("env"), f"SOURCE_DATE_EPOCH={EPOCH}", "TZ=UTC", tool, "--failure-level", "ERROR",
         "-r", str(ext), "-a", f"pdf-theme={theme}", "-o", str(pdf), str(adoc)])
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"asciidoctor-pdf wrote no {pdf}")
    return pdf


def render_asciidoc(dossier: source.Dossier, pdf_path, keep_adoc: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .adoc lives in a temporary directory; pass `keep_adoc` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)
    text = build_adoc(dossier, name)
    return render_resolving(STYLE, dossier, pdf_path, text, ".adoc",
                            lambda adoc: _typeset(adoc, name), keep_adoc)
