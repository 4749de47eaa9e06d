"""The "rinoh" rendering: a reStructuredText proposal typeset by rinohtype.

One .rst document the way a Sphinx-minded author writes a report: the dossier's short
name as the document title, a section per theme and a subsection per project, each
project starting on a new page (rst2pdf's ``.. raw:: pdf`` PageBreak, which rinohtype
honours) under its theme: the theme's own section heading for a theme's first project,
a small theme line (``.. class:: theme``) for the next ones. Field labels are
``.. rubric::`` lines; text is one paragraph per transcribed paragraph, and runs of list
items a line block whose lines print the source's own markers. Investment tables are
grid tables with the label column spanning the header lines, a group ("Publiek")
spanning its members and a cell the source extends downwards spanning both lines; a
table the source continues on a new page is closed there and opened again under its
header. Table footnotes follow as small paragraphs, project notes close the project.

rinohtype's ``article`` template with its default style sheet (Sphinx article), A4: the
title and the table of contents (themes and projects with page numbers, titled with the
transcription's contents heading) on page 1, rinohtype's page-number footer, no running
header (it would print the theme above every project's heading); headings unnumbered,
amounts right-aligned, body text in DejaVu Serif (the default TeX Gyre Pagella lacks
"○", "●", "⁴" and "₂"). rinohtype resolves its own page references (it renders again
until they settle). It ignores SOURCE_DATE_EPOCH and stamps the wall-clock time as
CreationDate, and a file /ID; engines.stabilise_pdf replaces both (the rest is the same
run to run).

All transcribed text is backslash-escaped (every ASCII punctuation character and the
reST bullets), so nothing is read as markup or as a list marker.

Needs rinohtype (PyPI: rinohtype, with rinoh-typeface-dejavuserif and the TeX Gyre
typefaces) in the environment and pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import string
import sys
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, render_resolving, run

STYLE = "rinoh"

# The Sphinx article style sheet, changed only where the dossier needs it.
STYLESHEET = """[STYLESHEET]
name=Regio Deal article
base=sphinx_article

[VARIABLES]
# TeX Gyre Pagella, the default, lacks "○", "●", "⁴" and "₂".
serif_typeface=DejaVu Serif

[heading level 1]
number_format=None

[heading level 2]
number_format=None
space_above=0pt

[table body cell paragraph]
text_align=RIGHT

[theme line:Paragraph('theme')]
base=default
font_size=9pt
font_color=#6B7785
space_below=4pt

[table footnote:Paragraph('tfn')]
base=default
font_size=8pt

[project note:Paragraph('note')]
base=default
font_size=8pt
"""

CONFIG = """[TEMPLATE_CONFIGURATION]
name=Regio Deal proposal
template=article
stylesheet=STYLESHEET
language=nl

[VARIABLES]
paper_size=A4

[STRINGS]
@contents='CONTENTS'

[contents_page]
header_text=none
"""

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")
_ESCAPE = set(string.punctuation) | set("•‣⁃")


def _t(text: str) -> str:
    """Transcribed text as reST: every character that could be markup escaped."""
    return "".join("\\" + c if c in _ESCAPE else c for c in " ".join(text.split()))


def _heading(text: str, char: str) -> str:
    title = _t(text)
    return f"{title}\n{char * max(len(title), 3)}\n\n"


def _paragraph(text: str, cls: str | None = None) -> str:
    if not text.strip():
        return ""
    prefix = f".. class:: {cls}\n\n" if cls else ""
    return f"{prefix}{_t(text)}\n\n"


_PAGE_BREAK = ".. raw:: pdf\n\n   PageBreak\n\n"


# --- grid tables -------------------------------------------------------------


def _grid(cells: list[tuple[int, int, int, int, str]], nrows: int, ncols: int,
          head_rows: int) -> str:
    """A reST grid table from placed cells (row, column, rows, columns, text), 0-based;
    the first ``head_rows`` rows are the header."""
    owner = [[-1] * ncols for _ in range(nrows)]
    for k, (r, c, rs, cs, _text) in enumerate(cells):
        for i in range(r, r + rs):
            for j in range(c, c + cs):
                owner[i][j] = k
    width = [3] * ncols
    for _r, c, _rs, cs, text in sorted(cells, key=lambda cell: cell[3]):
        need = len(text) + 2
        have = sum(width[c:c + cs]) + cs - 1
        if need > have:
            width[c + cs - 1] += need - have

    def cell_at(i: int, j: int) -> int:
        return owner[i][j] if 0 <= i < nrows and 0 <= j < ncols else -2 - i - j

    def rule(i: int) -> str:
        """The line above row i (i == nrows: the bottom line)."""
        fill = "=" if i == head_rows and head_rows else "-"
        out = []
        for j in range(ncols + 1):
            above, below = cell_at(i - 1, j), cell_at(i, j)
            left_above, left_below = cell_at(i - 1, j - 1), cell_at(i, j - 1)
            h_left = j > 0 and left_above != left_below
            h_right = j < ncols and above != below
            v_up, v_down = left_above != above, left_below != below
            if h_left or h_right:
                out.append("+")
            else:
                out.append("|" if v_up or v_down else " ")
            if j < ncols:
                if h_right:
                    out.append(fill * width[j])
                else:  # inside a cell spanning rows i - 1 and i
                    out.append(" " * width[j])
        return "".join(out)

    def line(i: int) -> str:
        out = []
        j = 0
        while j < ncols:
            k = owner[i][j]
            r, c, rs, cs, text = cells[k]
            span = sum(width[c:c + cs]) + cs - 1
            out.append("|" + (f" {text}" if r == i else "").ljust(span))
            j = c + cs
        return "".join(out) + "|"

    rows = []
    for i in range(nrows):
        rows.append(rule(i))
        rows.append(line(i))
    rows.append(rule(nrows))
    return "\n".join(rows) + "\n\n"


def _grid_table(t: source.Table, body: list[tuple[str, ...]]) -> str:
    lines = len(t.header)
    cells = [(0, 0, lines, 1, _t(t.label))]
    cells.extend((h.line, h.column, h.lines, h.columns, _t(h.text)) for h in t.header_cells())
    for b, row in enumerate(body):
        cells.extend((lines + b, j, 1, 1, _t(c)) for j, c in enumerate(row))
    return _grid(cells, lines + len(body), t.columns + 1, lines)


def _table(t: source.Table) -> str:
    rows = list(t.rows)
    cut = t.page_break_before_row
    if cut:
        # The source continues the table on a new page: close it there, open it again.
        out = [_grid_table(t, rows[:cut]), _PAGE_BREAK, _grid_table(t, rows[cut:])]
    else:
        out = [_grid_table(t, rows)]
    out.extend(_paragraph(f, "tfn") for f in t.footnotes)
    return "".join(out)


# --- the document ---------------------------------------------------------------


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (a line block: each line keeps its marker) and tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        if isinstance(item, str) and _MARKER.match(item):
            out.append(f"| {_t(item)}\n")
            in_list = True
            continue
        if in_list:
            out.append("\n")
            in_list = False
        out.append(_table(item) if isinstance(item, source.Table) else _paragraph(item))
    if in_list:
        out.append("\n")
    return "".join(out)


def build_rst(dossier: source.Dossier, name: str) -> str:
    title = _t(name)
    out = [f"{'=' * len(title)}\n{title}\n{'=' * len(title)}\n\n"]
    theme = None
    for project in dossier.projects:
        out.append(_PAGE_BREAK)
        if project.theme != theme:
            theme = project.theme
            out.append(_heading(project.theme, "="))
        else:
            out.append(_paragraph(project.theme, "theme"))
        out.append(_heading(project.title, "-"))
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f".. rubric:: {_t(row.label)}\n\n")
                out.append(_content(row.content))
        for note in project.notes:
            texts = note.text or ("",)
            out.append(_paragraph(f"{note.mark} {texts[0]}", "note"))
            out.extend(_paragraph(t, "note") for t in texts[1:])
    return "".join(out)


def _typeset(rst: Path, contents: str) -> Path:
    rinoh = Path(sys.executable).with_name("rinoh")
    if not rinoh.is_file():
        found = shutil.which("rinoh")
        if found is None:
            raise EngineError("rinoh not found (pip install rinohtype)")
        rinoh = Path(found)
    sheet, config = rst.with_suffix(".rts"), rst.with_suffix(".rtt")
    sheet.write_text(STYLESHEET, encoding="utf-8")
    config.write_text(CONFIG.replace("STYLESHEET", sheet.name)
                      .replace("CONTENTS", contents.replace("'", "\\'")), encoding="utf-8")
    pdf = rst.with_suffix(".pdf")
    # rinohtype ignores SOURCE_DATE_EPOCH (its date is replaced afterwards); set anyway,
    # like the other engines, should a later version honour it.
    env = [f"SOURCE_DATE_EPOCH={EPOCH}", "TZ=UTC"]
    run([shutil.which("env") or "/usr/bin/env", *env, str(rinoh), "-t", str(config),
         "-O", str(rst.parent), str(rst)], timeout=600)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"rinoh wrote no {pdf}")
    return pdf


def render_rinoh(dossier: source.Dossier, pdf_path, keep_rst: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .rst lives in a temporary directory; pass `keep_rst` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)
    text = build_rst(dossier, name)
    return render_resolving(STYLE, dossier, pdf_path, text, ".rst",
                            lambda rst: _typeset(rst, dossier.toc_heading), keep_rst)
