"""The "lualatex" rendering: a LaTeX article with OpenType fonts typeset by LuaLaTeX.

One .tex document in the standard article class (A4, 10pt, 2.2 cm margins), set ragged
right throughout in DejaVu Sans, an OpenType/TrueType family, with the transcription's
Unicode written as it stands ("₂", "●", "○", "⁴", "€", "¹²³"): no TeX ligatures, so
quotes and dashes print as typed. LuaTeX's own PDF backend embeds the fonts as CID fonts
(Identity-H) with its own ToUnicode maps. English hyphenation by babel: this TeX Live has
no Dutch patterns (no hyph-nl), so babel's dutch would set none.

A \\tableofcontents opens the document (its heading the transcription's, LaTeX's own page
numbers, an \\addcontentsline for each starred section). Every project starts a new page
under a small coloured theme line and a coloured \\section* title; field labels are small
caps in a colour on a line of their own, paragraphs and list items (itemize, the
source's own markers) follow. Investment tables are xltabular grids spanning pages (full
vertical and horizontal rules, no booktabs; the header repeated with \\endhead): a group
such as "Publiek" is a \\multicolumn over its members with a \\cline under it, a header
cell that spans header lines (and the label) on the bottom one, no rule above it, a long
column head stacked on lines; the label column an X column that wraps, amounts
right-aligned as transcribed, the total row bold; a table whose amounts leave the label
column under 3 cm is set in \\footnotesize, columns closed up. Where the source continues a
table on a new page a \\pagebreak stands between its rows. Table footnotes follow their
table in \\footnotesize; project notes close the project. Page numbers at the foot only
(article's plain style).

Fonts: LuaLaTeX's fontspec needs luaotfload (Debian: texlive-luatex), which the machine
lacked; the fonts are loaded instead by ConTeXt's generic OpenType loader for LuaTeX
(luatex-fonts.lua, the code luaotfload wraps; Debian: context), its callbacks registered
through luatexbase and its cache in the temporary folder, and declared to LaTeX's font
selection as TU fonts ("file:DejaVuSans.ttf:mode=node;..."). DejaVu Sans has no small
caps, so the small-caps shape is Latin Modern Roman Caps (lmromancaps10-regular.otf), the
one small-caps face installed. Escaping is TeX's special characters only.

LuaLaTeX runs until its cross-references, table widths and contents settle, under
SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE (its dates and file ID), the PDF's
PTEX.FullBanner suppressed.

Needs lualatex with babel, xcolor, xltabular and geometry (Debian:
texlive-latex-recommended texlive-latex-extra), luatex-fonts.lua (context), the DejaVu
fonts (fonts-dejavu-core), lmodern, and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable
from pathlib import Path

from . import source
from .engines import EPOCH, render_resolving
from .latex import _is_total, field_content, typeset_until_settled

STYLE = "lualatex"

# Lua code inside \directlua is expanded by TeX first: it avoids %, ~, # and \.
PREAMBLE = r"""\documentclass[a4paper,10pt]{article}
\pdfvariable suppressoptionalinfo 1
% OpenType fonts through ConTeXt's generic loader (no luaotfload here): LaTeX forbids
% callback.register, so the loader's registrations go through luatexbase. TFM fonts
% (the math fonts) are read by LuaTeX itself: the loader drops their math parameters.
\directlua{
  generic_context = {no_callbacks_yet = true}
  local register = callback.register
  callback.register = function(name, f)
    luatexbase.add_to_callback(name, f, "luatex-fonts")
  end
  dofile(kpse.find_file("luatex-fonts.lua", "tex"))
  callback.register = register
  local function none() end
  luatexbase.add_to_callback("ligaturing", none, "luatex-fonts")
  luatexbase.add_to_callback("kerning", none, "luatex-fonts")
  luatexbase.add_to_callback("pre_linebreak_filter", nodes.simple_font_handler, "luatex-fonts")
  luatexbase.add_to_callback("hpack_filter", nodes.simple_font_handler, "luatex-fonts")
  if luatexbase.in_callback("define_font", "luatex-fonts") then
    luatexbase.remove_from_callback("define_font", "luatex-fonts")
  end
  local read = fonts.definers.read
  luatexbase.add_to_callback("define_font", function(name, size, id)
    if not name:find(":") and kpse.find_file(name, "tfm") then
      return font.read_tfm(name, size)
    end
    return read(name, size, id)
  end, "luatex-fonts")
}
\usepackage[TU]{fontenc}
\DeclareFontFamily{TU}{dejavu}{}
\DeclareFontShape{TU}{dejavu}{m}{n}{<-> "file:DejaVuSans.ttf:FEATURES"}{}
\DeclareFontShape{TU}{dejavu}{b}{n}{<-> "file:DejaVuSans-Bold.ttf:FEATURES"}{}
\DeclareFontShape{TU}{dejavu}{m}{it}{<-> "file:DejaVuSans-Oblique.ttf:FEATURES"}{}
\DeclareFontShape{TU}{dejavu}{b}{it}{<-> "file:DejaVuSans-BoldOblique.ttf:FEATURES"}{}
\DeclareFontShape{TU}{dejavu}{m}{sc}{<-> "file:lmromancaps10-regular.otf:FEATURES"}{}
\DeclareFontShape{TU}{dejavu}{b}{sc}{<-> ssub * dejavu/m/sc}{}
\DeclareFontShape{TU}{dejavu}{bx}{n}{<-> ssub * dejavu/b/n}{}
\DeclareFontShape{TU}{dejavu}{m}{sl}{<-> ssub * dejavu/m/it}{}
\renewcommand{\rmdefault}{dejavu}
\renewcommand{\sfdefault}{dejavu}
\renewcommand{\familydefault}{dejavu}
\renewcommand{\bfdefault}{b}
\usepackage[english]{babel}
\usepackage[a4paper,margin=2.2cm]{geometry}
\usepackage[table]{xcolor}
\usepackage{array}
\usepackage{xltabular}
\definecolor{regio}{RGB}{0,84,119}
\definecolor{thema}{RGB}{0,128,120}
\definecolor{veld}{RGB}{150,40,60}
\setlength{\parskip}{4pt plus 1pt}
\setlength{\LTpre}{6pt}
\setlength{\LTpost}{4pt}
\setlength{\extrarowheight}{1pt}
\makeatletter
\renewcommand{\section}{\@startsection{section}{1}{\z@}{1ex}{2ex}%
  {\normalfont\Large\bfseries\color{regio}\raggedright}}
\makeatother
\newcommand{\veldlabel}[1]{\par\medskip\noindent{\color{veld}\textsc{#1}}\par\nopagebreak}
\newcommand{\thema}[1]{\noindent{\small\color{thema}#1}\par\nopagebreak}
\newcommand{\kop}[1]{\textbf{#1}}
"""

# Node mode: the loader applies the fonts' OpenType features itself (ligatures, kerning);
# no "tlig", so ', `, -- and ,, print as typed.
FEATURES = "mode=node;script=latn;+liga;+kern"

# Only TeX's own special characters: the fonts have every other character.
_CHARS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "\u00a0": "~",
}


# The text width (A4 less 2 x 2.2 cm) and the narrowest label column, in pt.
_TEXTWIDTH = 470.0
_MIN_LABEL = 85.0


def _tex(text: str) -> str:
    return "".join(_CHARS.get(c, c) for c in text)


def _head_cell(text: str) -> str:
    """A column head in bold, a long one stacked on lines of about a dozen characters: the
    amount columns do not wrap, and a head as wide as a phrase would widen its column."""
    lines = textwrap.wrap(text, 12, break_long_words=False) or [""]
    if len(lines) == 1:
        return rf"\kop{{{_tex(text)}}}"
    stacked = "\\\\".join(_tex(line) for line in lines)
    return rf"\kop{{\begin{{tabular}}[b]{{@{{}}c@{{}}}}{stacked}\end{{tabular}}}}"


def _amounts_width(t: source.Table, digit: float) -> float:
    """The amount columns' natural width in pt at a size whose characters are about
    `digit` wide, \\tabcolsep not counted."""
    heads = {h.column: h for h in t.header_cells() if h.columns == 1}
    used = 0.0
    for column in range(1, t.columns + 1):
        body = max((len(row[column]) for row in t.rows), default=0)
        head = heads.get(column)
        stacked = textwrap.wrap(head.text, 12, break_long_words=False) if head else []
        used += max([body, *map(len, stacked)]) * digit * 1.1  # bold is wider
    return used


def _header(t: source.Table) -> str:
    """The header lines: groups a \\multicolumn with a \\cline under it; the label and a
    cell that spans lines stand on the bottom line of their span, no rule above them (a
    row grows to fit them, where a \\multirow would run over the rows below)."""
    lines = len(t.header)
    placed = t.header_cells()
    out = []
    for line in range(lines):
        out.append(header_cells(t, line, "c|", _head_cell) + " \\\\\n")
        if line < lines - 1:
            # A rule under the cells that end on this line only: the label and the cells
            # spanning further go on through it.
            out.extend(rf"\cline{{{h.column + 1}-{h.column + h.columns}}}" + "\n" for h in placed
                       if h.line + h.lines - 1 == line)
        else:
            out.append("\\hline\n")
    return "".join(out)


def header_cells(t: source.Table, line: int, spec: str, head_cell: Callable[[str], str]) -> str:
    """Header line `line`'s cells joined by "&": the label on the bottom line, each head on
    the last line of its span, as a \\multicolumn of column spec `spec` over its columns."""
    cells = [""] * (t.columns + 1)
    skip: set[int] = set()
    if line == len(t.header) - 1 and t.label:
        cells[0] = rf"\kop{{{_tex(t.label)}}}"
    for h in t.header_cells():
        if not h.line <= line <= h.line + h.lines - 1:
            continue
        text = head_cell(h.text) if h.text and line == h.line + h.lines - 1 else ""
        cells[h.column] = rf"\multicolumn{{{h.columns}}}{{{spec}}}{{{text}}}"
        skip.update(range(h.column + 1, h.column + h.columns))
    return " & ".join(c for i, c in enumerate(cells) if i not in skip)

def _table(t: source.Table) -> str:
    # Amount columns that leave the X column under 3 cm at \small: the table is set a
    # size smaller, its columns closed up.
    fits = _amounts_width(t, 5.7) + 12 * t.columns <= _TEXTWIDTH - _MIN_LABEL
    size = "\\small" if fits else "\\footnotesize\\setlength{\\tabcolsep}{3pt}"
    out = [f"\\begingroup{size}\n",
           r"\begin{xltabular}{\linewidth}{|>{\raggedright\arraybackslash}X|"
           + "r|" * t.columns + "}\n",
           "\\hline\n", _header(t), "\\endhead\n"]
    for b, row in enumerate(t.rows):
        if b and b == t.page_break_before_row:
            out.append("\\pagebreak\n")  # the source continues the table on a new page here
        cells = [_tex(c) for c in row]
        if _is_total(row):
            cells = [rf"\textbf{{{c}}}" if c else "" for c in cells]
        out.append(" & ".join(cells) + " \\\\\n\\hline\n")
    out.append("\\end{xltabular}\n")
    out.extend(f"\\par{{\\footnotesize {_tex(f)}\\par}}\n" for f in t.footnotes)
    out.append("\\endgroup\n\n")
    return "".join(out)


def build_tex(dossier: source.Dossier) -> str:
    out = [PREAMBLE.replace("FEATURES", FEATURES), "\\begin{document}\n\\raggedright\n"]
    if dossier.toc:
        # babel sets its captions at \begin{document}: the heading is renamed after it.
        out.append(f"\\renewcommand{{\\contentsname}}{{{_tex(dossier.toc_heading)}}}\n"
                   "\\tableofcontents\n")
    for i, project in enumerate(dossier.projects):
        out.append("\\clearpage\n")
        out.append(f"\\thema{{{_tex(project.theme)}}}\n")
        out.append(f"\\section*{{{_tex(project.title)}}}\n")
        # The contents entry in the transcription's words.
        entry = dossier.toc[i].text if i < len(dossier.toc) else f"{project.theme} {project.title}"
        out.append(f"\\addcontentsline{{toc}}{{section}}{{{_tex(entry)}}}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"\\veldlabel{{{_tex(row.label)}}}\n")
                out.append(field_content(row.content, _table, _tex))
        if project.notes:
            out.append("\\par\\vspace{2ex}\\noindent{\\color{regio}\\rule{4cm}{0.4pt}}\\par\n"
                       "{\\footnotesize\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"\\noindent {_tex(note.mark)} {_tex(texts[0])}\\par\n")
                out.extend(f"{_tex(t)}\\par\n" for t in texts[1:])
            out.append("}\n")
    out.append("\\end{document}\n")
    return "".join(out)


def _typeset(tex: Path) -> Path:
    """Typeset with lualatex until it settles (see latex.typeset_until_settled)."""
    # FORCE_SOURCE_DATE: LuaTeX stamps the engines' date and derives its file ID from it.
    # The font loader's cache lives with the run, not in the shared TeX tree.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1", "TZ": "UTC",
           "TEXMFCACHE": str(tex.parent / "luatex-cache")}
    return typeset_until_settled("lualatex", tex, env)


def render_lualatex(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .tex lives in a temporary directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    return render_resolving(STYLE, dossier, pdf_path, build_tex(dossier), ".tex", _typeset, keep_tex)
