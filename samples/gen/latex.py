"""The "latex" rendering: a LaTeX article typeset by pdfLaTeX.

One .tex document in the standard article class (A4, 10pt, Latin Modern, 2.5 cm margins,
microtype): a title block with the transcription's heading and a hand-written contents
list (each entry's page is a \\pageref to its project), then every project on a new page
under a small-caps theme line and a \\section* title; fields as \\subsection* with
hyphenated, justified paragraphs, list items as itemize with the source's own markers;
tables as longtable with booktabs rules (grouped headers over a \\cmidrule, a wrapping
label column, right-aligned amounts, the total row bold, the header repeated on a
continuation page); table footnotes under their table and project notes at the end of
the project, in \\footnotesize. A fancyhdr running header (dossier name left, page right)
on every page but the contents and a project's first page, which carry only a page number
at the foot, as LaTeX's plain page style does for openings. A table row the source prints
at the top of a new page gets a \\pagebreak there. No babel: the Dutch text is hyphenated
with LaTeX's default (US English) patterns, as a document without a language set is.

pdfLaTeX runs until its cross-references settle. Characters Latin Modern lacks are set
with what it has: "●" as \\textbullet ("•"), "○" as \\textopenbullet ("◦"), "⁴" as
\\textsuperscript{4} and "₂" as \\textsubscript{2} (both read back as plain digits). "¹²³"
print as Latin Modern's superior figures, but pdfTeX reads their glyph names
("one.superior") without the suffix, so the text layer has plain digits there too.

Needs pdflatex and the packages above (Debian: texlive-latex-recommended
texlive-latex-extra texlive-fonts-recommended lmodern) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving

STYLE = "latex"

PREAMBLE = r"""\documentclass[a4paper,10pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[a4paper,margin=2.5cm,headheight=14pt]{geometry}
\usepackage{booktabs}
\usepackage{longtable}
\usepackage{array}
\usepackage{microtype}
\usepackage{fancyhdr}
\usepackage[hidelinks]{hyperref}
% A Unicode text layer for every font, as is common practice (PDF/A, accessibility).
\pdfgentounicode=1
\input{glyphtounicode}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small NAME}
\fancyhead[R]{\small\thepage}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[R]{\small\thepage}%
  \renewcommand{\headrulewidth}{0pt}}
\setlength{\LTpre}{6pt}
\setlength{\LTpost}{4pt}
\hypersetup{pdftitle={TITLE}}
"""

# Characters LaTeX treats specially, and those the inputenc/T1 pair lacks or would change:
# T1 prints ' and ` as curly quotes, so the straight ones are asked for by name.
_CHARS = {
    "\\": r"\textbackslash{}", "&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_",
    "{": r"\{", "}": r"\}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
    "'": r"\textquotesingle{}", "`": r"\textasciigrave{}", "\u00a0": "~",
    "€": r"\texteuro{}", "•": r"\textbullet{}", "●": r"\textbullet{}", "○": r"\textopenbullet{}",
    "¹": r"\textonesuperior{}", "²": r"\texttwosuperior{}", "³": r"\textthreesuperior{}",
    "⁴": r"\textsuperscript{4}", "₂": r"\textsubscript{2}",
}
# T1 ligatures that would print another character: -- (en dash), ,, << >> (quotes).
_LIGATURE = re.compile(r"([-,<>])(?=\1)")

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


# What LaTeX and longtable write to the log while references or column widths still move.
_RERUN = re.compile(r"Rerun to get|Rerun LaTeX|Label\(s\) may have changed")


def _tex(text: str) -> str:
    return "".join(_CHARS.get(c, c) for c in _LIGATURE.sub(r"\1{}", text))


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _table(t: source.Table) -> str:
    width = t.columns + 1
    out = [r"\begin{small}", "\n",
           r"\begin{longtable}{@{}p{4.5cm}" + "r" * t.columns + "@{}}\n", "\\toprule\n"]
    # A header cell that spans lines sits on its bottom line, over the rule (booktabs).
    lines = len(t.header)
    placed = t.header_cells()
    for line in range(lines):
        cells = [""] * width
        skip: set[int] = set()
        rules = []
        if line == lines - 1:
            cells[0] = _tex(t.label)
        for h in placed:
            if h.line + h.lines - 1 != line:
                continue
            cells[h.column] = rf"\multicolumn{{{h.columns}}}{{c}}{{{_tex(h.text)}}}"
            skip.update(range(h.column + 1, h.column + h.columns))
            if line < lines - 1 and h.text:
                rules.append(rf"\cmidrule(lr){{{h.column + 1}-{h.column + h.columns}}}")
        out.append(" & ".join(c for i, c in enumerate(cells) if i not in skip) + " \\\\\n")
        out.extend(r + "\n" for r in rules)
    out.append("\\midrule\n\\endhead\n\\bottomrule\n\\endfoot\n")
    for b, row in enumerate(t.rows):
        if b and b == t.page_break_before_row:
            out.append("\\pagebreak\n")  # the source continues the table on a new page here
        if _is_total(row) and b:
            out.append("\\midrule\n")
        cells = [_tex(c) for c in row]
        if _is_total(row):
            cells = [rf"\textbf{{{c}}}" if c else "" for c in cells]
        out.append(" & ".join(cells) + " \\\\\n")
    out.append("\\end{longtable}\n")
    out.extend(f"\\par\\noindent {{\\footnotesize {_tex(f)}\\par}}\n" for f in t.footnotes)
    out.append("\\end{small}\n\n")
    return "".join(out)


def field_content(items: tuple, table=None, tex=None) -> str:
    """A field's paragraphs, list items (itemize, own markers) and tables, each table set by
    ``table`` and the text escaped by ``tex`` (this module's, unless another engine's)."""
    table, tex = table or _table, tex or _tex
    out: list[str] = []
    in_list = False
    for item in items:
        m = _MARKER.match(item) if isinstance(item, str) else None
        if m and not in_list:
            out.append("\\begin{itemize}\n")
            in_list = True
        elif not m and in_list:
            out.append("\\end{itemize}\n\n")
            in_list = False
        if isinstance(item, source.Table):
            out.append(table(item))
        elif m:
            out.append(f"\\item[{tex(m.group(1))}] {tex(item[m.end():])}\n")
        else:
            out.append(tex(item) + "\n\n")
    if in_list:
        out.append("\\end{itemize}\n\n")
    return "".join(out)


def build_tex(dossier: source.Dossier, name: str) -> str:
    out = [PREAMBLE.replace("NAME", _tex(name)).replace("TITLE", _tex(dossier.toc_heading)),
           "\\begin{document}\n\\thispagestyle{plain}\n",
           "\\begin{center}\n{\\LARGE\\bfseries ", _tex(dossier.toc_heading),
           "\\par}\n\\end{center}\n\\vspace{1.5em}\n\n",
           "\\noindent\\begin{tabular*}{\\textwidth}{@{}p{0.9\\textwidth}"
           "@{\\extracolsep{\\fill}}r@{}}\n"]
    # The contents list names the projects in the transcription's words and order.
    for i, entry in enumerate(dossier.toc):
        ref = f"\\pageref{{project-{i}}}" if i < len(dossier.projects) else str(entry.page)
        out.append(f"{_tex(entry.text)} & {ref} \\\\[3pt]\n")
    out.append("\\end{tabular*}\n\n")
    for i, project in enumerate(dossier.projects):
        out.append("\\clearpage\n\\thispagestyle{plain}\n")
        out.append(f"\\noindent{{\\small\\scshape {_tex(project.theme)}}}\\label{{project-{i}}}\\par\n")
        out.append(f"\\section*{{{_tex(project.title)}}}\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"\\subsection*{{{_tex(row.label)}}}\n\n")
                out.append(field_content(row.content))
        if project.notes:
            out.append("\\par\\vspace{2ex}\\noindent\\rule{3cm}{0.4pt}\\par\n{\\footnotesize\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"\\noindent {_tex(note.mark)} {_tex(texts[0])}\\par\n")
                out.extend(f"{_tex(t)}\\par\n" for t in texts[1:])
            out.append("}\n")
    out.append("\\end{document}\n")
    return "".join(out)


def typeset_until_settled(engine: str, tex: Path, env: dict[str, str]) -> Path:
    """Run a LaTeX engine (``need``-ed by name) in the .tex file's folder until references,
    the tables' column widths and the contents (which LaTeX does not warn about) settle."""
    program = need(engine)
    log, toc = tex.with_suffix(".log"), tex.with_suffix(".toc")
    for _ in range(5):
        before = toc.read_bytes() if toc.is_file() else None
        proc = subprocess.run([program, "-interaction=nonstopmode", "-halt-on-error",
                               "-no-shell-escape", tex.name], cwd=tex.parent, env=env,
                              capture_output=True, text=True, errors="replace", timeout=600)
        if proc.returncode != 0:
            raise EngineError(f"{engine} failed ({proc.returncode}) on {tex.name}:\n"
                              f"{proc.stdout[-2000:]}")
        settled = not _RERUN.search(log.read_text(encoding="utf-8", errors="replace"))
        if settled and (not toc.is_file() or toc.read_bytes() == before):
            break
    else:
        raise EngineError(f"{engine}: cross-references of {tex.name} do not settle")
    pdf = tex.with_suffix(".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"{engine} wrote no {pdf}")
    return pdf

def _typeset(tex: Path) -> Path:
    """Run pdflatex in the .tex file's folder until the cross-references settle."""
    pdflatex = need("pdflatex")
    # Under FORCE_SOURCE_DATE pdfTeX stamps the engines' date, and derives its file ID from it.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    log = tex.with_suffix(".log")
    for _ in range(4):
        proc = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error",
                               "-no-shell-escape", tex.name], cwd=tex.parent, env=env,
                              capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            raise EngineError(f"pdflatex failed ({proc.returncode}) on {tex.name}:\n"
                              f"{proc.stdout[-2000:]}")
        if not _RERUN.search(log.read_text(encoding="utf-8", errors="replace")):
            break
    else:
        raise EngineError(f"pdflatex: cross-references of {tex.name} do not settle")
    pdf = tex.with_suffix(".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"pdflatex wrote no {pdf}")
    return pdf


def render_latex(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .tex lives in a temporary directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_tex(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".tex", _typeset, keep_tex)
