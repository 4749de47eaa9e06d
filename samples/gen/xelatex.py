"""The "xelatex" rendering: a memoir book typeset by XeLaTeX and written by xdvipdfmx.

One .tex document in the memoir class (A4, 10pt, one-sided, 2.4 cm side margins), set
justified in DejaVu Serif through fontspec, an OpenType/TrueType system font, with the
transcription's Unicode written as it stands ("€", "₂", "●", "○", "⁴", "¹²³"); the TeX
ligatures are off, so straight quotes, "--" and ",," print as typed. Hyphenation by
babel's english: this TeX Live has no dutch.ldf and no Dutch patterns, so babel's dutch
does not load. XeTeX writes an XDV file that xdvipdfmx (dvipdfmx's XeTeX flavour, not
pdfTeX's or LuaTeX's PDF writer) turns into the PDF, fonts embedded as CID subsets.

A \\tableofcontents* opens the document (its heading the transcription's, memoir's own
page numbers with dotted leaders, an \\addcontentsline for each starred chapter). Every
project is a \\chapter* (a new page each) in a house chapter style: the theme as a small
coloured part-like line above a large bold title over a thin rule. A memoir page style
puts the theme (in italics) and the page number in a running head over a rule on every
page but a chapter's first, which carries only a page number at the foot. Field labels
are bold run-in \\paragraph* headings, the field's text on the same line; list items
(itemize, the source's own markers) and nested tables start below them. Investment tables
are longtables without vertical rules: the header rows white bold on a dark fill
(\\rowcolor), a group such as "Publiek" a \\multicolumn over its members with a thin white
\\cmidrule under it, a cell that spans header lines on the bottom one, a long column head
stacked; body rows banded in alternating grey (xcolor's \\rowcolors), the label column
wrapping, amounts right-aligned as transcribed, the total row bold, the header repeated
on a continuation page. A table whose amounts leave the label column under 3.5 cm is set
in \\footnotesize, columns closed up. Where the source continues a table on a new page a
\\pagebreak stands between its rows. Table footnotes follow their table in \\footnotesize;
project notes close the project, each mark hanging in the margin of its note.

XeLaTeX runs until its cross-references, longtable's column widths and the contents
settle, under SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE: XeTeX and xdvipdfmx then stamp
that date, and xdvipdfmx writes the same font subset tags and file ID run after run.

Needs xelatex and xdvipdfmx with memoir, fontspec, babel, xcolor, colortbl and longtable
(Debian: texlive-xetex texlive-latex-recommended texlive-latex-extra), the DejaVu fonts
(fonts-dejavu-core), and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

from . import source
from .engines import EPOCH, need, render_resolving
from .latex import _is_total, field_content, typeset_until_settled
from .lualatex import _tex, header_cells  # TeX's special characters only: the font has every other one

STYLE = "xelatex"

PREAMBLE = r"""\documentclass[a4paper,10pt,oneside]{memoir}
\setlrmarginsandblock{2.4cm}{2.4cm}{*}
\setulmarginsandblock{2.6cm}{2.6cm}{*}
\setheadfoot{\onelineskip}{2.5\onelineskip}
\setheaderspaces{*}{1.5\onelineskip}{*}
\checkandfixthelayout
\usepackage{fontspec}
% No TeX ligatures: ' ` -- ,, print as the transcription types them.
\setmainfont{DejaVu Serif}[Ligatures=TeXOff]
\usepackage[english]{babel}
\usepackage[table]{xcolor}
\usepackage{longtable}
\usepackage{array}
\usepackage{hhline}
\definecolor{regio}{RGB}{38,52,82}
\definecolor{thema}{RGB}{140,60,40}
\definecolor{band}{gray}{0.90}
\addto\captionsenglish{\renewcommand{\contentsname}{CONTENTS}}
% The house chapter style: the theme above the title, a thin rule under it.
\newcommand{\regiothema}{}
\makechapterstyle{regio}{%
  \setlength{\beforechapskip}{0pt}%
  \setlength{\afterchapskip}{1.5\onelineskip}%
  \renewcommand*{\chapterheadstart}{\vspace*{\beforechapskip}}%
  \renewcommand*{\printchapternonum}{%
    \ifx\regiothema\empty\else
      {\normalfont\small\bfseries\color{thema}\regiothema\par}\nobreak\vskip 0.4\onelineskip
    \fi}%
  \renewcommand*{\chaptitlefont}{\normalfont\huge\bfseries\color{regio}\raggedright}%
  \renewcommand*{\afterchaptertitle}{\par\nobreak\vskip 0.5\onelineskip
    {\color{regio}\hrule height 0.6pt}\vskip\afterchapskip}}
\chapterstyle{regio}
% Running head: the theme left, the page number right, a rule under both.
\makepagestyle{regio}
\makeoddhead{regio}{\footnotesize\itshape\leftmark}{}{\footnotesize\thepage}
\makeheadrule{regio}{\textwidth}{0.4pt}
\makeoddfoot{regio}{}{}{}
\pagestyle{regio}
% Field labels: bold run-in headings, the text following on the same line.
\setbeforeparaskip{1.2ex plus 0.5ex minus 0.2ex}
\setafterparaskip{-0.8em}
\setparaheadstyle{\normalfont\normalsize\bfseries\color{regio}}
\renewcommand{\cftchapterfont}{\normalfont}
\renewcommand{\cftchapterpagefont}{\normalfont}
\renewcommand{\cftchapterdotsep}{\cftdotsep}
\setlength{\cftbeforechapterskip}{0.6ex}
\setlength{\LTpre}{6pt}
\setlength{\LTpost}{4pt}
\setlength{\parindent}{0pt}
% English patterns miss many Dutch breaks: memoir's \midsloppy lets the justified lines
% stretch rather than run into the margin.
\midsloppy
\setlength{\parskip}{0.5ex plus 0.3ex}
\newcommand{\kop}[1]{{\color{white}\bfseries #1}}
\newcommand{\totaal}[1]{\textbf{#1}}
"""

# A4 less 2 x 2.4 cm, in pt; the narrowest label column before a table drops a size.
_TEXTWIDTH = 459.0
_MIN_LABEL = 100.0


def _head_cell(text: str) -> str:
    """A column head, a long one stacked on lines of about a dozen characters: amount
    columns do not wrap, and a head as wide as a phrase would widen its column."""
    lines = textwrap.wrap(text, 12, break_long_words=False) or [""]
    if len(lines) == 1:
        return rf"\kop{{{_tex(text)}}}"
    stacked = "\\\\".join(_tex(line) for line in lines)
    return rf"\kop{{\shortstack{{{stacked}}}}}"


def _label_width(t: source.Table, digit: float, bold: float, sep: float) -> float:
    """What the amount columns leave the label column, in pt, at a size whose digits are
    about `digit` wide (`bold` in the heads) and whose \\tabcolsep is `sep`."""
    heads = {h.column: h for h in t.header_cells() if h.columns == 1}
    used = 2 * sep  # the label column's own \\tabcolsep, left and right
    for column in range(1, t.columns + 1):
        body = max((len(row[column]) for row in t.rows), default=0)
        head = heads.get(column)
        stacked = textwrap.wrap(head.text, 12, break_long_words=False) if head else []
        used += max([body * digit, *(len(s) * bold for s in stacked)]) + 2 * sep
    return _TEXTWIDTH - used


def _layout(t: source.Table) -> tuple[str, float]:
    """The table's size command and its label column's width in pt: the first size that
    leaves the label column _MIN_LABEL, else the smallest, its columns closed up."""
    label = _label_width(t, 5.8, 6.3, 6.0)
    if label >= _MIN_LABEL:
        return "\\small", label
    label = _label_width(t, 5.1, 5.6, 3.0)
    return "\\footnotesize\\setlength{\\tabcolsep}{3pt}", max(label, 60.0)


def _header(t: source.Table) -> str:
    """The header lines on the dark fill: a group a \\multicolumn with a thin white rule
    under it; the label and a cell spanning lines on the bottom line of their span."""
    lines = len(t.header)
    out = []
    for line in range(lines):
        out.append("\\rowcolor{regio}" + header_cells(t, line, "c", _head_cell) + " \\\\\n")
        if line < lines - 1:
            out.append(_group_rule(t, line))
    return "".join(out)


def _group_rule(t: source.Table, line: int) -> str:
    """An \\hhline under header `line`: white under a group ending there, the fill's own
    colour elsewhere (a \\cmidrule or \\cline would leave an unfilled gap beside it, or
    be painted over by the next row's fill)."""
    white = [False] * (t.columns + 1)
    for h in t.header_cells():
        if h.line + h.lines - 1 == line and h.columns > 1 and h.text:
            white[h.column:h.column + h.columns] = [True] * h.columns
    spec, colour = [], None
    for w in white:
        if w != colour:
            spec.append(f">{{\\arrayrulecolor{{{'white' if w else 'regio'}}}}}")
            colour = w
        spec.append("-")
    return f"\\hhline{{{''.join(spec)}}}\n"


def _table(t: source.Table) -> str:
    size, label = _layout(t)
    # Rows banded from the first; the header rows' own \\rowcolor overrides the band.
    out = [f"\\begingroup{size}\\setlength{{\\extrarowheight}}{{2pt}}"
           "\\rowcolors{1}{white}{band}\n",
           rf"\begin{{longtable}}{{>{{\raggedright\arraybackslash}}p{{{label:.1f}pt}}"
           + "r" * t.columns + "}\n",
           _header(t), "\\endhead\n"]
    for b, row in enumerate(t.rows):
        if b and b == t.page_break_before_row:
            out.append("\\pagebreak\n")  # the source continues the table on a new page here
        cells = [_tex(c) for c in row]
        if _is_total(row):
            cells = [rf"\totaal{{{c}}}" if c else "" for c in cells]
        out.append(" & ".join(cells) + " \\\\\n")
    out.append("\\end{longtable}\n")
    out.extend(f"\\par{{\\footnotesize {_tex(f)}\\par}}\n" for f in t.footnotes)
    out.append("\\endgroup\n\n")
    return "".join(out)


def build_tex(dossier: source.Dossier) -> str:
    # babel sets its captions at \begin{document}: the heading is given through them.
    out = [PREAMBLE.replace("CONTENTS", _tex(dossier.toc_heading)), "\\begin{document}\n"]
    if dossier.toc:
        out.append("\\tableofcontents*\n")
    for i, project in enumerate(dossier.projects):
        theme = _tex(project.theme)
        out.append(f"\\renewcommand{{\\regiothema}}{{{theme}}}\n")
        out.append(f"\\chapter*{{{_tex(project.title)}}}\n\\markboth{{{theme}}}{{{theme}}}\n")
        # The contents entry in the transcription's words.
        entry = dossier.toc[i].text if i < len(dossier.toc) else f"{project.theme} {project.title}"
        out.append(f"\\addcontentsline{{toc}}{{chapter}}{{{_tex(entry)}}}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
                continue
            out.append(f"\\paragraph*{{{_tex(row.label)}}}\n")
            content = field_content(row.content, _table, _tex)
            # A run-in heading with nothing after it would run into the next one.
            out.append(content if content.strip() else "\\mbox{}\\par\n\n")
        if project.notes:
            out.append("\\par\\vspace{2.5ex}{\\color{regio}\\hrule width 0.25\\textwidth}"
                       "\\vspace{1ex}\n{\\footnotesize\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"\\noindent\\hangindent=1.5em\\hangafter=1"
                           f"\\makebox[1.5em][l]{{{_tex(note.mark)}}}{_tex(texts[0])}\\par\n")
                out.extend(f"\\noindent\\hangindent=1.5em\\hspace*{{1.5em}}{_tex(t)}\\par\n"
                           for t in texts[1:])
            out.append("}\n")
    out.append("\\end{document}\n")
    return "".join(out)


def _typeset(tex: Path) -> Path:
    """Typeset with xelatex until it settles (see latex.typeset_until_settled)."""
    need("xdvipdfmx")
    # FORCE_SOURCE_DATE: XeTeX and xdvipdfmx stamp the engines' date instead of the clock,
    # and xdvipdfmx's subset tags and file ID no longer change from run to run.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC"}
    return typeset_until_settled("xelatex", tex, env)


def render_xelatex(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .tex lives in a temporary directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    return render_resolving(STYLE, dossier, pdf_path, build_tex(dossier), ".tex", _typeset, keep_tex)
