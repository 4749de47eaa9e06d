"""The "koma" rendering: a KOMA-Script report typeset by pdfLaTeX.

How a provincial government's report office sets a proposal: one .tex document in
KOMA-Script's scrreprt (A4, 11pt, DIV=12 type area, half-line paragraph skips, Latin
Modern with KOMA's sans-serif headings), Dutch by babel. A \\tableofcontents opens it,
with LaTeX's own page numbers: every theme a numbered chapter ("1 Techniek als motor"),
every project a numbered section under it ("1.1 ..."), each project on a new page.
Running heads by scrlayer-scrpage: the theme on the left, "Pagina n" on the right, over
a rule; a chapter's opening page and the contents carry "Pagina n" at the foot instead.
Field labels are \\paragraph run-in headings (bold sans, the text following on the same
line); list items keep the transcription's own markers (\\item[marker]). Investment
tables are longtables with booktabs rules: the full header first (\\endfirsthead), the
header repeated on a continuation page (\\endhead), "wordt vervolgd op de volgende
pagina" at the foot of each page the table breaks over (\\endfoot) and only the bottom
rule at its end (\\endlastfoot); a group such as "Publiek" is a \\multicolumn over a
\\cmidrule, a header cell that spans header lines and the label are \\multirow, a long
column head stacked on lines, the row label a p{} column that wraps (it takes the width the
amounts leave; a table too wide for that is set in \\footnotesize, columns closed up),
amounts right-aligned as transcribed, the total row bold. A table starts where its head,
first rows and foot fit (needspace), else on the next page. Where the source continues a
table on a new page a \\newpage stands between its rows.
Table footnotes follow their table in \\footnotesize. A project note whose mark stands
in the field text is a real \\footnote there (its mark the transcription's); the others
close the project in small type.

This TeX Live has no Dutch hyphenation patterns (no hyph-nl in the format, no
dutch.ldf): babel imports its Dutch locale (babel-nl.ini: captions, dates) and, as it
would otherwise switch hyphenation off, is told to use the English patterns. The
contents' heading is the transcription's. Escaping is latex.py's.

The running head stands above a project's title and the titles carry their numbers,
so the truth record is read with this module's own project finder (otherwise as
engines.truth_record). pdfLaTeX runs until its cross-references and contents settle.

Needs pdflatex with KOMA-Script, babel, longtable, multirow, booktabs, needspace,
hyperref and lmodern (Debian: texlive-latex-recommended texlive-latex-extra
texlive-fonts-recommended lmodern) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import engines, source
from .engines import EPOCH, EngineError, folder_name, need, norm, page_texts, stabilise_pdf, write_truth
from .latex import _MARKER, _RERUN, _is_total, _tex

STYLE = "koma"

PREAMBLE = r"""\documentclass[a4paper,11pt,DIV=12,parskip=half,headsepline,
  toc=flat]{scrreprt}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{lmodern}
\usepackage{textcomp}
\usepackage[shorthands=off]{babel}
% No Dutch patterns in this TeX Live: babel would set none at all, so English ones.
\babelprovide[import,main,hyphenrules=english]{dutch}
\usepackage{array}
\usepackage{booktabs}
\usepackage{longtable}
\usepackage{multirow}
\usepackage{needspace}
\usepackage{scrlayer-scrpage}
\usepackage[hidelinks,hyperfootnotes=false]{hyperref}
% A Unicode text layer for every font, as is common practice (PDF/A, accessibility).
\pdfgentounicode=1
\input{glyphtounicode}
\renewcaptionname{dutch}{\contentsname}{TOCNAME}
% The head names the theme only: the chapter's mark without its number.
\automark{chapter}
\renewcommand*{\chaptermarkformat}{}
\clearpairofpagestyles
\ihead{\leftmark}
\ohead{Pagina~\pagemark}
\ofoot[Pagina~\pagemark]{}
\setkomafont{pageheadfoot}{\normalfont\sffamily\small}
\setkomafont{pagenumber}{}
\newcommand*{\kopcel}[1]{{\sffamily\bfseries #1}}
% A note with the transcription's own mark, where the mark stands in the text.
\newcommand{\merknoot}[2]{{\renewcommand*{\thefootnote}{#1}\footnote{#2}}}
\setlength{\LTpre}{\medskipamount}
\setlength{\LTpost}{\smallskipamount}
\hypersetup{pdftitle={TITLE}}
"""

# Superscript marks as the digits \thefootnote raises itself.
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


# The type area's width (A4, DIV=12) and the narrowest label column, in pt.
_TEXTWIDTH = 448.0
_MIN_LABEL = 85.0


def _stacked(text: str) -> list[str]:
    """A header's words on lines of about ten characters: the office wraps a long column
    head rather than widen its column."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= 10:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def _head_cell(text: str, align: str = "r") -> str:
    if not text:
        return ""
    lines = _stacked(text)
    if len(lines) == 1:
        return rf"\kopcel{{{_tex(text)}}}"
    rows = r"\\".join(_tex(line) for line in lines)
    return rf"\kopcel{{\begin{{tabular}}[b]{{@{{}}{align}@{{}}}}{rows}\end{{tabular}}}}"


def _amounts_width(t: source.Table, scale: float = 1.0, pad: float = 12) -> float:
    """The amount columns' width in pt, estimated from each column's longest cell at \\small
    (times `scale` for a smaller size) with `pad` of \\tabcolsep."""
    used = 0.0
    heads = {h.column: h for h in t.header_cells() if h.columns == 1}
    for column in range(1, t.columns + 1):
        body = max((len(row[column]) for row in t.rows), default=0) * 6.0
        head = heads.get(column)
        head_w = max(map(len, _stacked(head.text))) * 6.4 if head else 0.0
        used += max(body, head_w) * scale + pad
    return used


def _header(t: source.Table) -> str:
    """The header lines: the label and cells spanning lines as \\multirow, groups as
    \\multicolumn over a \\cmidrule."""
    width = t.columns + 1
    lines = len(t.header)
    out = []
    for line in range(lines):
        cells = [""] * width
        skip: set[int] = set()
        rules = []
        if line == 0:
            # The label wraps in its p{} column, after a slash too ("Opgaven/Investeringen").
            label = _tex(t.label).replace("/", "\\slash{}")
            label = rf"\kopcel{{{label}}}" if label else ""
            cells[0] = rf"\multirow{{{lines}}}{{=}}{{{label}}}" if lines > 1 else label
        for h in t.header_cells():
            if h.line != line:
                continue
            align = "c" if h.columns > 1 else "r"
            text = _head_cell(h.text, align)
            if h.lines > 1:
                text = rf"\multirow{{{h.lines}}}{{*}}{{{text}}}"
            cells[h.column] = rf"\multicolumn{{{h.columns}}}{{{align}}}{{{text}}}"
            skip.update(range(h.column + 1, h.column + h.columns))
            if h.columns > 1 and h.text and line < lines - 1:
                rules.append(rf"\cmidrule(lr){{{h.column + 1}-{h.column + h.columns}}}")
        out.append(" & ".join(c for i, c in enumerate(cells) if i not in skip) + " \\\\\n")
        out.extend(r + "\n" for r in rules)
    return "".join(out)


def _table(t: source.Table) -> str:
    width = t.columns + 1
    # The label column takes the width the amounts leave; where that is under 3 cm the
    # table is set smaller and its columns close up instead.
    size, scale = "\\small", 1.0
    used = _amounts_width(t) + 6
    if used > _TEXTWIDTH - _MIN_LABEL:
        size, scale = "\\footnotesize\\setlength{\\tabcolsep}{3pt}", 0.8
        used = _amounts_width(t, scale, 6) + 3
    fits = used <= _TEXTWIDTH - _MIN_LABEL
    label = rf"\dimexpr\linewidth-{used:.0f}pt\relax" if fits else "3cm"
    header = _header(t)
    # longtable checks that its head, foot and one line of its first row fit before it
    # starts; a first row that wraps over more lines does not, and the page then breaks
    # before the table while its output routine puts the foot under the text and the head
    # twice on the next page. So the head, the first two rows (as wrapped) and the foot
    # start where they fit, or on the next page.
    per_line = max(_TEXTWIDTH - used if fits else _MIN_LABEL, 1) / (4.6 * scale)
    first = sum(-(-len(row[0]) // int(per_line)) or 1 for row in t.rows[:2])
    head = max((len(_stacked(h.text)) + h.line for h in t.header_cells()), default=1)
    lines = head + len(t.header) + first + 4
    out = [f"\\needspace{{{lines}\\baselineskip}}\n\\begingroup{size}\n",
           rf"\begin{{longtable}}{{@{{}}>{{\raggedright\arraybackslash}}p{{{label}}}"
           + "r" * t.columns + "@{}}\n",
           "\\toprule\n", header, "\\midrule\n\\endfirsthead\n",
           "\\toprule\n", header, "\\midrule\n\\endhead\n",
           rf"\midrule\multicolumn{{{width}}}{{r}}{{\footnotesize\itshape wordt vervolgd op de "
           "volgende pagina}\\\\\n\\endfoot\n",
           "\\bottomrule\n\\endlastfoot\n"]
    for b, row in enumerate(t.rows):
        if b and b == t.page_break_before_row:
            out.append("\\newpage\n")  # the source continues the table on a new page here
        if _is_total(row) and b:
            out.append("\\midrule\n")
        cells = [_tex(c) for c in row]
        if _is_total(row):
            cells = [rf"\textbf{{{c}}}" if c else "" for c in cells]
        out.append(" & ".join(cells) + " \\\\\n")
    out.append("\\end{longtable}\n")
    out.extend(f"{{\\footnotesize {_tex(f)}\\par}}\n" for f in t.footnotes)
    out.append("\\endgroup\n\n")
    return "".join(out)


def _noted(text: str, notes: list[source.Note]) -> str:
    """`text` escaped, a pending note's mark (first occurrence) made its \\footnote; the
    notes placed are taken off `notes`."""
    for note in list(notes):
        at = text.find(note.mark) if note.mark else -1
        if at < 0:
            continue
        notes.remove(note)
        body = "\\par ".join(_tex(t) for t in note.text)
        mark = _tex(note.mark.translate(_SUPERSCRIPTS))
        return (_noted(text[:at], notes) + rf"\merknoot{{{mark}}}{{{body}}}"
                + _noted(text[at + len(note.mark):], notes))
    return _tex(text)


def _field(field: source.Field, notes: list[source.Note]) -> str:
    """A run-in label and the field's paragraphs, list items (own markers) and tables."""
    out = [f"\\paragraph{{{_tex(field.label)}}}"]
    # A list or table straight after a run-in label would swallow it: the label then
    # stands on its own line.
    if field.content and (isinstance(field.content[0], source.Table)
                          or _MARKER.match(field.content[0])):
        out.append("\\leavevmode\\par")
    out.append("\n")
    in_list = False
    for item in field.content:
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
            out.append(f"\\item[{_tex(m.group(1))}] {_noted(item[m.end():], notes)}\n")
        else:
            out.append(_noted(item, notes) + "\n\n")
    if in_list:
        out.append("\\end{itemize}\n\n")
    return "".join(out)


def build_tex(dossier: source.Dossier, name: str) -> str:
    out = [PREAMBLE.replace("TOCNAME", _tex(dossier.toc_heading)).replace("TITLE", _tex(name)),
           "\\begin{document}\n"]
    if dossier.toc:
        out.append("\\tableofcontents\n")
    theme = None
    for project in dossier.projects:
        if project.theme != theme:
            theme = project.theme
            out.append(f"\\chapter{{{_tex(theme)}}}\n")
        else:
            out.append("\\clearpage\n")
        out.append(f"\\section{{{_tex(project.title)}}}\n\n")
        notes = list(project.notes)
        for row in project.rows:
            out.append(_table(row) if isinstance(row, source.Table) else _field(row, notes))
        if notes:  # the notes whose marks the text does not carry close the project
            out.append("\\par\\bigskip\\noindent\\rule{4cm}{0.4pt}\\par\n{\\footnotesize\n")
            for note in notes:
                texts = note.text or ("",)
                out.append(f"\\noindent {_tex(note.mark)} {_tex(texts[0])}\\par\n")
                out.extend(f"{_tex(t)}\\par\n" for t in texts[1:])
            out.append("}\n")
    out.append("\\end{document}\n")
    return "".join(out)


def _typeset(tex: Path) -> Path:
    """Run pdflatex in the .tex file's folder until references, longtable widths and the
    contents (which LaTeX does not warn about) settle."""
    pdflatex = need("pdflatex")
    # Under FORCE_SOURCE_DATE pdfTeX stamps the engines' date, and derives its file ID from it.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    log, toc = tex.with_suffix(".log"), tex.with_suffix(".toc")
    for _ in range(5):
        before = toc.read_bytes() if toc.is_file() else None
        proc = subprocess.run([pdflatex, "-interaction=nonstopmode", "-halt-on-error",
                               "-no-shell-escape", tex.name], cwd=tex.parent, env=env,
                              capture_output=True, text=True, errors="replace", timeout=300)
        if proc.returncode != 0:
            raise EngineError(f"pdflatex failed ({proc.returncode}) on {tex.name}:\n"
                              f"{proc.stdout[-2000:]}")
        settled = not _RERUN.search(log.read_text(encoding="utf-8", errors="replace"))
        if settled and toc.is_file() and toc.read_bytes() == before:
            break
    else:
        raise EngineError(f"pdflatex: cross-references of {tex.name} do not settle")
    pdf = tex.with_suffix(".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"pdflatex wrote no {pdf}")
    return pdf


# The running head: the theme, then "Pagina n" (pdftotext may read them as one line).
_PAGE = re.compile(r"^Pagina \d+$")


def _texts(dossier: source.Dossier, pdf: Path) -> list[str]:
    """The pages' text, the running head's and foot's lines taken off each."""
    themes = {norm(p.theme) for p in dossier.projects}
    texts = []
    for text in page_texts(pdf):
        lines = [line for line in text.splitlines() if not _PAGE.match(norm(line))]
        first = next((k for k, line in enumerate(lines) if line.strip()), None)
        if first is not None:
            head = re.sub(r"\s*Pagina \d+$", "", norm(lines[first]))
            if head in themes:
                del lines[first]
        texts.append("\n".join(lines))
    return texts



def project_pages(dossier: source.Dossier, texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) page of each project, as engines.project_pages, but a project's page
    opens with its numbered title ("1.2 Title"), its numbered chapter ("1 Theme") before it
    where the project opens a theme."""
    def heading(project: source.Project) -> re.Pattern[str]:
        theme, title = re.escape(norm(project.theme)), re.escape(norm(project.title))
        return re.compile(rf"(?:\d+ {theme} )?\d+\.\d+ {title}")
    return engines.project_pages(dossier, texts, heading)


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    texts = _texts(dossier, Path(pdf))
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def render_koma(dossier: source.Dossier, pdf_path, keep_tex: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    TeX resolves the contents itself; the pages found are checked to hold still over a
    second typesetting (as engines.render_settled). The .tex lives in a temporary
    directory; pass `keep_tex` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_tex(dossier, folder_name(dossier, pdf_path))
    with tempfile.TemporaryDirectory(prefix="regio-koma-") as tmp:
        tex = Path(tmp) / (pdf_path.stem + ".tex")
        tex.write_text(text, encoding="utf-8")
        found: list[int] | None = None
        for _ in range(4):
            pdf = _typeset(tex)
            pages = [a for a, _b in project_pages(dossier, _texts(dossier, pdf))]
            if pages == found:
                break
            found = pages
        else:
            raise EngineError(f"TOC page numbers do not settle: {found}")
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_tex is not None:
            shutil.copyfile(tex, keep_tex)
    record = truth_record(dossier, pdf_path)
    write_truth(record, pdf_path)
    return record
