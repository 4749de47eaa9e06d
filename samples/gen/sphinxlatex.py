"""The "sphinx" rendering: a reStructuredText proposal built by Sphinx's LaTeX builder and
typeset by pdfLaTeX.

What a team that documents in Sphinx gets from ``make latexpdf``: rinohdoc.py's .rst
(the dossier's short name as the document title, a section per theme, a subsection per
project, ``.. rubric::`` field labels, line blocks for list items with the source's own
markers, grid tables with "Publiek" spanning its members, table footnotes and project
notes as small paragraphs) with the two changes Sphinx asks for: a page break is
``.. raw:: latex`` ``\\clearpage`` (Sphinx drops rst2pdf's ``.. raw:: pdf``), and a class
on a paragraph is ``.. rst-class::`` (in Sphinx ``.. class::`` describes a Python class).

Sphinx's own LaTeX style, untouched: the sphinxhowto class (A4, 10pt, TeX Gyre Termes
and Heros), its title block with the fixed date, its contents (themes and projects
with page numbers, ``\\sphinxtableofcontents``), its numbered headings ("1 Theme",
"1.1 Project"), the page number centred at the foot, and its default tables (booktabs
rules, coloured rows, tabulary columns left-aligned, header cells in
``\\sphinxstyletheadfamily``; spans as ``\\multicolumn`` and ``\\sphinxmultirow``).
tabulary shares the line out by the cells' natural widths, so beside a long row label
the amount columns come out narrower than their amounts: these run into the next
column, under its row colour (no ``.. tabularcolumns::`` overrides that here).
``language = "nl"``: this TeX Live has no dutch.ldf, so babel falls back to its "nil"
language (no hyphenation) without failing. Two things the build cannot do without
the team's help, so conf.py's preamble does them: pdfLaTeX knows no "○" and "●" (they
are \\textopenbullet and \\textbullet, as in latex.py), and the contents' heading is
the transcription's rather than LaTeX's "Contents".

The headings carry Sphinx's numbers, so the truth record is read with this module's
own project finder (otherwise as engines.truth_record). Byte-stable: a fixed ``today``
in conf.py, SOURCE_DATE_EPOCH with FORCE_SOURCE_DATE for pdfTeX, then
engines.stabilise_pdf.

Needs Sphinx (PyPI: sphinx) in the environment, pdflatex with the packages Sphinx's
LaTeX support loads (Debian: texlive-latex-recommended texlive-latex-extra
texlive-fonts-recommended tex-gyre) and pdftotext (poppler-utils); latexmk is used
when present.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from . import engines, source
from .engines import EPOCH, EngineError, folder_name, need, norm, page_texts, stabilise_pdf, write_truth
from .latex import _RERUN
from .rinohdoc import _PAGE_BREAK
from .rinohdoc import build_rst as rinoh_rst

STYLE = "sphinx"

CONF = """\
project = {title!r}
author = ""
language = "nl"
today = "1 juni 2018"
root_doc = "index"
latex_engine = "pdflatex"
latex_documents = [("index", {tex!r}, {title!r}, "", "howto")]
latex_elements = {{
    "papersize": "a4paper",
    "preamble": r\"\"\"
% pdfLaTeX has no glyphs set up for these two bullets.
\\DeclareUnicodeCharacter{{25CB}}{{\\textopenbullet}}
\\DeclareUnicodeCharacter{{25CF}}{{\\textbullet}}
\\renewcommand{{\\contentsname}}{{{contents}}}
\"\"\",
}}
"""

_LATEX_BREAK = ".. raw:: latex\n\n   \\clearpage\n\n"


def build_rst(dossier: source.Dossier, name: str) -> str:
    """rinohdoc's .rst, its page breaks and paragraph classes as Sphinx writes them."""
    text = rinoh_rst(dossier, name).replace(_PAGE_BREAK, _LATEX_BREAK)
    # Transcribed text is escaped ("\\.\\. class\\:\\:"), so only directives match.
    return re.sub(r"^\.\. class:: ", ".. rst-class:: ", text, flags=re.M)


def build_conf(dossier: source.Dossier, name: str, tex: str) -> str:
    # The heading goes into LaTeX: escape what the transcription could hold.
    contents = re.sub(r"([&%$#_{}])", r"\\\1", dossier.toc_heading)
    return CONF.format(title=name, tex=tex, contents=contents)


def _sphinx_build(src: Path, out: Path) -> None:
    sphinx = Path(sys.executable).with_name("sphinx-build")
    if not sphinx.is_file():
        found = shutil.which("sphinx-build")
        if found is None:
            raise EngineError("sphinx-build not found (pip install sphinx)")
        sphinx = Path(found)
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}
    proc = subprocess.run([str(sphinx), "-E", "-q", "-b", "latex", str(src), str(out)],
                          env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        raise EngineError(f"sphinx-build failed ({proc.returncode}):\n{proc.stderr[-2000:]}")


def _typeset(tex: Path) -> Path:
    """pdfLaTeX in the build folder: latexmk if present (as ``make latexpdf``), else three
    runs and more while LaTeX asks for them."""
    # Under FORCE_SOURCE_DATE pdfTeX stamps the engines' date, and derives its file ID from it.
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    pdflatex = need("pdflatex")
    latexmk = shutil.which("latexmk")
    if latexmk:
        runs = [[latexmk, "-pdf", "-dvi-", "-ps-", "-interaction=nonstopmode", "-halt-on-error",
                 tex.name]]
    else:
        runs = [[pdflatex, "-interaction=nonstopmode", "-halt-on-error", tex.name]] * 6
    log = tex.with_suffix(".log")
    for k, cmd in enumerate(runs):
        proc = subprocess.run(cmd, cwd=tex.parent, env=env, capture_output=True, text=True,
                              errors="replace", timeout=300)
        if proc.returncode != 0:
            raise EngineError(f"{Path(cmd[0]).name} failed ({proc.returncode}) on {tex.name}:\n"
                              f"{proc.stdout[-2000:]}")
        if k >= 2 and not _RERUN.search(log.read_text(encoding="utf-8", errors="replace")):
            break
    else:
        if not latexmk:
            raise EngineError(f"pdflatex: cross-references of {tex.name} do not settle")
    pdf = tex.with_suffix(".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"pdflatex wrote no {pdf}")
    return pdf


# --- the truth record -------------------------------------------------------------



def project_pages(dossier: source.Dossier, texts: list[str]) -> list[tuple[int, int]]:
    """(first, last) page of each project, as engines.project_pages, but the headings carry
    Sphinx's numbers: a page opens with "1 Theme 1.1 Title" where the project opens its
    theme, else with the theme line and "1.2 Title"."""
    def heading(project: source.Project) -> re.Pattern[str]:
        theme, title = re.escape(norm(project.theme)), re.escape(norm(project.title))
        return re.compile(rf"(?:\d+ )?{theme} \d+\.\d+ {title}")
    return engines.project_pages(dossier, texts, heading)


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    texts = page_texts(pdf)
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def render_sphinx(dossier: source.Dossier, pdf_path, keep_rst: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    LaTeX resolves the contents itself; the pages found are checked to hold still over a
    second typesetting (as engines.render_settled). The Sphinx project lives in a
    temporary directory; pass `keep_rst` to copy its index.rst somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-sphinx-") as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "latex"
        src.mkdir()
        rst = src / "index.rst"
        rst.write_text(build_rst(dossier, name), encoding="utf-8")
        tex_name = pdf_path.stem + ".tex"
        (src / "conf.py").write_text(build_conf(dossier, name, tex_name), encoding="utf-8")
        _sphinx_build(src, out)
        tex = out / tex_name
        found: list[int] | None = None
        for _ in range(4):
            pdf = _typeset(tex)
            pages = [a for a, _b in project_pages(dossier, page_texts(pdf))]
            if pages == found:
                break
            found = pages
        else:
            raise EngineError(f"TOC page numbers do not settle: {found}")
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_rst is not None:
            shutil.copyfile(rst, keep_rst)
    record = truth_record(dossier, pdf_path)
    write_truth(record, pdf_path)
    return record
