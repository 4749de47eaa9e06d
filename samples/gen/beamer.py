"""The "beamer" rendering: a LaTeX beamer slide deck typeset by pdfLaTeX.

How a university or a regional development agency presents its proposal: one .tex
document in the beamer class, 16:9 (aspectratio=169, 10pt, Latin Modern Sans), the Madrid
theme (rounded blocks, a coloured frame-title bar, the infolines footline: author | title |
date and "frame / total frames"; navigation symbols off). A title slide, an outline slide
under the transcription's heading ("Inhoud") listing the projects with the slide (page)
each starts on, written by hand because \\tableofcontents gives no page numbers; then per
project a section divider slide (theme small above the title, large), one frame of fields
(frame title = the project title; each label a bold \\structure line, its text as
paragraphs, list items as itemize with the source's own markers) that beamer breaks over
as many slides as it needs (allowframebreaks: the continued titles get beamer's roman
numerals, "I", "II", ...), and each investment table on a frame of its own: tabularx with
booktabs rules in \\footnotesize, grouped headers over a \\cmidrule, a wrapping label
column, amounts right-aligned as transcribed, the total row bold, footnotes as a small
block under the table. A table inside a field stays in the field's frame. The project's
notes go, in small type, on its last frame. A slide holds a table whole, so a row the
source prints at the top of a new page gets no break here.

The outline's slide numbers are filled in on a second pass, from the slides found in the
first PDF. Text is escaped as latex.py does (the same substitutions for characters Latin
Modern lacks), and pdflatex runs as there, until beamer's references settle.

Needs pdflatex with beamer, tabularx, booktabs (Debian: texlive-latex-recommended
texlive-latex-extra texlive-fonts-recommended lmodern) and pdftotext (poppler-utils).
"""

from __future__ import annotations

from pathlib import Path

from . import source
from .engines import folder_name, render_settled
from .latex import _MARKER, _is_total, _tex, _typeset

STYLE = "beamer"

PREAMBLE = r"""\documentclass[aspectratio=169,10pt]{beamer}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage{booktabs}
\usepackage{tabularx}
\usepackage{array}
% A Unicode text layer for every font, as latex.py has it.
\pdfgentounicode=1
\input{glyphtounicode}
\usetheme{Madrid}
\setbeamertemplate{navigation symbols}{}
\newcolumntype{L}{>{\raggedright\arraybackslash}X}
\title{TITLE}
\author{NAME}
\date{juni 2018}
\hypersetup{pdftitle={TITLE}}
"""


def _table(t: source.Table) -> str:
    """A table as tabularx over the frame's width: label column wraps, amounts right."""
    width = t.columns + 1
    # \begingroup, not a brace: a brace group opening a frame's body is read as its subtitle.
    out = ["\\begingroup\\footnotesize\n\\noindent\\begin{tabularx}{\\linewidth}{@{}L" + "r" * t.columns + "@{}}\n",
           "\\toprule\n"]
    # As in latex.py: a header cell spanning lines sits on its bottom line; a group
    # ("Publiek") spans its members with a \cmidrule under it.
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
    out.append("\\midrule\n")
    for b, row in enumerate(t.rows):
        if _is_total(row) and b:
            out.append("\\midrule\n")
        cells = [_tex(c) for c in row]
        if _is_total(row):
            cells = [rf"\textbf{{{c}}}" if c else "" for c in cells]
        out.append(" & ".join(cells) + " \\\\\n")
    out.append("\\bottomrule\n\\end{tabularx}\\par\n")
    if t.footnotes:
        out.append("\\vspace{2pt}{\\scriptsize\n")
        out.extend(f"\\noindent {_tex(f)}\\par\n" for f in t.footnotes)
        out.append("}\n")
    out.append("\\endgroup\n\\medskip\n")
    return "".join(out)


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (itemize, own markers) and tables."""
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
            out.append(_table(item))
        elif m:
            out.append(f"\\item[{_tex(m.group(1))}] {_tex(item[m.end():])}\n")
        else:
            out.append(_tex(item) + "\\par\\smallskip\n")
    if in_list:
        out.append("\\end{itemize}\n")
    return "".join(out)


def _notes(project: source.Project) -> str:
    out = ["\\medskip\\begingroup\\scriptsize\\noindent\\rule{3cm}{0.4pt}\\par\n"]
    for note in project.notes:
        texts = note.text or ("",)
        out.append(f"\\noindent {_tex(note.mark)} {_tex(texts[0])}\\par\n")
        out.extend(f"{_tex(t)}\\par\n" for t in texts[1:])
    out.append("\\endgroup\n")
    return "".join(out)


def build_tex(dossier: source.Dossier, name: str, toc_pages: list[int] | None = None) -> str:
    title = f"Regio Deal {name}"
    out = [PREAMBLE.replace("TITLE", _tex(title)).replace("NAME", _tex(name)),
           "\\begin{document}\n\n\\begin{frame}\n\\titlepage\n\\end{frame}\n\n",
           f"\\begin{{frame}}{{{_tex(dossier.toc_heading)}}}\n\\small\n",
           "\\noindent\\begin{tabularx}{\\linewidth}{@{}Lr@{}}\n"]
    # The outline names the projects in the transcription's words and order.
    for i, entry in enumerate(dossier.toc):
        page = str(toc_pages[i]) if toc_pages and i < len(toc_pages) else ""
        out.append(f"{_tex(entry.text)} & {page} \\\\[1pt]\n")
    out.append("\\end{tabularx}\n\\end{frame}\n\n")
    for project in dossier.projects:
        head = _tex(project.title)
        out.append("\\begin{frame}\n\\centering\n"
                   f"{{\\usebeamercolor[fg]{{structure}}\\small {_tex(project.theme)}\\par}}\\medskip\n"
                   "\\begin{beamercolorbox}[sep=12pt,center,rounded=true,shadow=true]{title}\n"
                   f"\\usebeamerfont{{title}}\\LARGE {head}\\par\n\\end{{beamercolorbox}}\n\\end{{frame}}\n\n")
        # Consecutive fields share one breaking frame; a project table has a frame of its own.
        groups: list[list[source.Row]] = []
        for row in project.rows:
            if isinstance(row, source.Table) or not groups or isinstance(groups[-1][0], source.Table):
                groups.append([row])
            else:
                groups[-1].append(row)
        for g, group in enumerate(groups):
            last = g == len(groups) - 1
            if isinstance(group[0], source.Table):
                out.append(f"\\begin{{frame}}{{{head}}}\n")
                out.append(_table(group[0]))
            else:
                out.append(f"\\begin{{frame}}[allowframebreaks]{{{head}}}\n")
                for field in group:
                    # \structure would lose its colour at the top of a breaking frame.
                    out.append(f"\\textcolor{{structure.fg}}{{\\textbf{{{_tex(field.label)}}}}}\\par\n")
                    out.append(_content(field.content))
                    out.append("\\medskip\n")
            if last and project.notes:
                out.append(_notes(project))
            out.append("\\end{frame}\n\n")
    out.append("\\end{document}\n")
    return "".join(out)


def render_beamer(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .tex lives in a temporary directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        tex = tmp / (pdf_path.stem + ".tex")
        tex.write_text(build_tex(dossier, name, toc_pages), encoding="utf-8")
        return tex, _typeset(tex)

    return render_settled(STYLE, dossier, pdf_path, "regio-beamer-", produce, keep_tex)
