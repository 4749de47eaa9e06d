"""Render a dossier with real engines: python-docx + LibreOffice, HTML + Chromium, HTML +
wkhtmltopdf (an old Qt WebKit), LaTeX + pdfLaTeX, the same DOCX printed by AbiWord, HTML + WeasyPrint,
ms + tbl set by GNU troff (groff), mom + tbl by groff, ConTeXt MkIV on LuaTeX,
Typst (the Python package),
XSL-FO typeset by Apache FOP, DocBook 5 through the DocBook XSL stylesheets and FOP,
an XLSX workbook printed by Gnumeric's ssconvert, the WeasyPrint
PDF reprinted by pdftocairo and Ghostscript, a web app's export placed line by line by fpdf2,
a web app's export laid out by borb (pure Python),
a desktop tool's Qt rich text printed by QPdfWriter (PySide6),
a back office's Java report written with iText 5,
a brochure laid out frame by frame in Scribus (its Python scripter), a web app's HTML template
converted by xhtml2pdf, a proposal drawn page by page as SVG and exported by Inkscape,
a Python service's report laid out by MuPDF's HTML engine (PyMuPDF's Story),
an AsciiDoc proposal typeset by Asciidoctor PDF,
a reStructuredText proposal typeset by rinohtype,
the same kind of proposal built by Sphinx's LaTeX builder and typeset by pdfLaTeX,
a Markdown proposal converted by pandoc (default LaTeX template, pdfLaTeX),
the same Markdown converted by pandoc to DOCX and printed by LibreOffice Writer,
a one-sheet XLSX proposal printed by LibreOffice Calc,
a python-pptx slide deck exported by LibreOffice Impress,
an odfpy OpenDocument text printed by LibreOffice Writer,
an intranet's HTML export opened and printed by LibreOffice Writer,
a LaTeX beamer slide deck typeset by pdfLaTeX,
a KOMA-Script report typeset by pdfLaTeX,
a memoir book typeset by XeLaTeX and written by xdvipdfmx,
a LaTeX article with OpenType fonts typeset by LuaLaTeX.

    python -m samples.gen.engines --out samples/zoo \\
        [--dossier samples/twente/dossier.json --name twente] [--only ENGINE ...]

writes <out>/<name>-<engine>.pdf and <name>-<engine>.truth.json for each. The truth
records are read back from the PDFs' own text (pdftotext, page by page), not from what
the renderers meant to do.

Needs the engines on PATH (Debian: libreoffice-writer-nogui, chromium, wkhtmltopdf,
texlive-latex-recommended, texlive-latex-extra, texlive-fonts-recommended, lmodern,
poppler-utils) and python-docx in the environment.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from .source import Dossier, Project, SourceError, load

# Fixed PDF dates: the engines stamp the wall-clock time, these replace it.
DATE_PDF = "D:20180601120000"
DATE_ISO = "2018-06-01T12:00:00"
# The same date as a Unix time, for the engines that honour SOURCE_DATE_EPOCH.
EPOCH = str(int(datetime.fromisoformat(DATE_ISO).replace(tzinfo=UTC).timestamp()))


class EngineError(RuntimeError):
    pass


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        raise EngineError(f"{tool} not found on PATH (Debian: apt-get install -y "
                          "libreoffice-writer-nogui chromium wkhtmltopdf texlive-latex-recommended "
                          "texlive-latex-extra texlive-fonts-recommended lmodern poppler-utils)")
    return path


def run(cmd: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise EngineError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return proc


# --- reading the PDF back -----------------------------------------------------


def page_texts(pdf: str | Path) -> list[str]:
    """The text of every page, as pdftotext reads it (reading order)."""
    out = run([need("pdftotext"), "-enc", "UTF-8", str(pdf), "-"]).stdout
    pages = out.split("\f")
    if pages and pages[-1].strip() == "":
        pages.pop()  # pdftotext ends every page with a form feed
    return pages


def norm(text: str) -> str:
    return " ".join(text.split())


def _body(text: str) -> str:
    """Page text without page-number lines, whitespace collapsed."""
    return norm(" ".join(line for line in text.splitlines()
                         if line.strip() and not line.strip().isdigit()))


def project_pages(dossier: Dossier, texts: list[str],
                  numbered: Callable[[Project], re.Pattern[str]] | None = None) -> list[tuple[int, int]]:
    """(first, last) 1-based page of each project, found in the PDF's text.

    A project's first page is the first page after the previous project's first
    page (after the TOC for the first project) that opens with the project's
    heading: its theme line directly followed by its title, or, where the engine
    numbers its headings, what ``numbered`` gives for the project. Its last page is
    the page before the next project's first page; for the last project, the last
    page with any text on it.
    """
    starts: list[int] = []
    cursor = 1  # 0-based index of the first page to look at: page 1 is the TOC
    for project in dossier.projects:
        heading = norm(f"{project.theme} {project.title}")
        pattern = numbered(project) if numbered else None
        for i in range(cursor, len(texts)):
            if pattern.match(_body(texts[i])) if pattern else _body(texts[i]).startswith(heading):
                starts.append(i + 1)
                cursor = i + 1
                break
        else:
            shown = project.title if pattern else heading
            raise EngineError(f"heading {shown!r} not found on a page after page {cursor}")
    last_text = max((i + 1 for i, t in enumerate(texts) if _body(t)), default=len(texts))
    ends = [s - 1 for s in starts[1:]] + [max(last_text, starts[-1])] if starts else []
    return list(zip(starts, ends))


def truth_record(style: str, dossier: Dossier, pdf: str | Path) -> dict:
    texts = page_texts(pdf)
    spans = project_pages(dossier, texts)
    return {
        "style": style,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def truth_path(pdf: str | Path) -> Path:
    pdf = Path(pdf)
    return pdf.with_name(pdf.stem + ".truth.json")


def write_truth(record: dict, pdf: str | Path) -> Path:
    path = truth_path(pdf)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                    encoding="utf-8")
    return path


# --- determinism ----------------------------------------------------------------

_DATE = re.compile(rb"D:\d{14}(?:[+\-Z][0-9']*)?")
_XMP_DATE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+\-]\d\d:\d\d)?")
_CHECKSUM = re.compile(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)")
_ID = re.compile(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]")


def _same_length(new: bytes, old: bytes) -> bytes:
    return (new + b"0" * len(old))[:len(old)] if len(new) < len(old) else new[:len(old)]


def stabilise_pdf(path: str | Path) -> None:
    """Replace the engines' wall-clock dates and random file IDs, byte for byte.

    Every replacement has the length of what it replaces, so the cross-reference
    offsets stay valid. Only uncompressed dictionaries (Info, trailer) and XMP are
    touched; the page content is left as the engine wrote it.
    """
    path = Path(path)
    data = path.read_bytes()

    def date(m: re.Match) -> bytes:
        zone = m.group()[16:]
        if zone[:1] in (b"+", b"-"):
            zone = _same_length(b"+00'00'", zone)
        return DATE_PDF.encode() + zone

    data = _DATE.sub(date, data)
    def xmp(d: re.Match) -> bytes:  # a date in UTC written with "Z" keeps it
        zone = b"Z" if d.group().endswith(b"Z") else b"+00:00"
        return _same_length(DATE_ISO.encode() + zone, d.group())

    data = re.sub(rb"<xmp:\w+Date>[^<]*</xmp:\w+Date>", lambda m: _XMP_DATE.sub(xmp, m.group()), data)
    data = _CHECKSUM.sub(lambda m: m.group(1) + b"0" * len(m.group(2)), data)  # LibreOffice
    digest = hashlib.md5(_ID.sub(b"", data)).hexdigest().upper().encode()

    def ident(m: re.Match) -> bytes:
        a, b = m.group(1), m.group(2)
        return (m.group().replace(a, _same_length(digest * 4, a), 1)
                .replace(b, _same_length(digest * 4, b)))

    data = _ID.sub(ident, data)
    path.write_bytes(data)


# --- command line ---------------------------------------------------------------


def folder_name(dossier: Dossier, pdf_path: Path) -> str:
    """The dossier's name: its folder (samples/twente/dossier.json -> Twente), else the output's
    name before its style."""
    folder = Path(dossier.source).parent.name if dossier.source else ""
    return (folder or pdf_path.stem.split("-")[0]).capitalize()


def render_resolving(style: str, dossier: Dossier, pdf_path: Path, text: str, suffix: str,
                     typeset: Callable[[Path], Path], keep: str | Path | None = None) -> dict:
    """Render with an engine that resolves its own page references (TeX, FOP, Typst): the
    source ``text`` written once and typeset; render_settled's loop only confirms the pages."""
    def produce(tmp: Path, _toc_pages: list[int] | None) -> tuple[Path, Path]:
        source_file = tmp / (pdf_path.stem + suffix)
        source_file.write_text(text, encoding="utf-8")
        return source_file, typeset(source_file)

    return render_settled(style, dossier, pdf_path, f"regio-{style}-", produce, keep)


def render_settled(style: str, dossier: Dossier, pdf_path: Path, prefix: str,
                   produce: Callable[[Path, list[int] | None], tuple[Path, Path]],
                   keep: str | Path | None = None) -> dict:
    """Render until the table of contents names the pages the projects land on, then write
    `pdf_path` (made byte-stable) and its truth record; return the record.

    ``produce(tmp, toc_pages)`` writes the engine's source and its PDF in the temporary
    folder and returns both; pass ``keep`` to copy the last source somewhere.
    """
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        toc_pages: list[int] | None = None
        for _ in range(4):
            source_file, pdf = produce(Path(tmp), toc_pages)
            found = [a for a, _b in project_pages(dossier, page_texts(pdf))]
            if found == toc_pages:
                break
            toc_pages = found
        else:
            raise EngineError(f"TOC page numbers do not settle: {toc_pages}")
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep is not None:
            shutil.copyfile(source_file, keep)
    record = truth_record(style, dossier, pdf_path)
    write_truth(record, pdf_path)
    return record


# Each engine's renderer: the module in this package and its function (dossier, pdf) -> truth record.
RENDERERS = {
    "docx": ("office", "render_docx"),
    "chromium": ("browser", "render_html"),
    "webpage": ("web_page", "render_webpage"),
    "wkhtml": ("wkhtml", "render_wkhtml"),
    "latex": ("latex", "render_latex"),
    "abiword": ("abiword", "render_abiword"),
    "weasy": ("weasy", "render_weasy"),
    "groff": ("troff", "render_groff"),
    "context": ("context", "render_context"),
    "typst": ("typsetter", "render_typst"),
    "fop": ("xslfo", "render_fop"),
    "gnumeric": ("gnumeric", "render_gnumeric"),
    "reprint": ("reprint", "render_reprint"),
    "fpdf": ("fpdfapp", "render_fpdf"),
    "scribus": ("dtp", "render_scribus"),
    "xhtml2pdf": ("pisa", "render_xhtml2pdf"),
    "inkscape": ("svgpages", "render_inkscape"),
    "mupdf": ("mupdf_story", "render_mupdf"),
    "calc": ("lo_calc", "render_calc"),
    "asciidoc": ("asciidoc", "render_asciidoc"),
    "pandoc": ("pandoc", "render_pandoc"),
    "pandocdocx": ("pandocdocx", "render_pandocdocx"),
    "impress": ("lo_impress", "render_impress"),
    "odt": ("lo_odt", "render_odt"),
    "beamer": ("beamer", "render_beamer"),
    "koma": ("koma", "render_koma"),
    "lohtml": ("lo_html", "render_lohtml"),
    "lualatex": ("lualatex", "render_lualatex"),
    "xelatex": ("xelatex", "render_xelatex"),
    "rinoh": ("rinohdoc", "render_rinoh"),
    "sphinx": ("sphinxlatex", "render_sphinx"),
    "borb": ("borbapp", "render_borb"),
    "qt": ("qtdoc", "render_qt"),
    "itext": ("itextreport", "render_itext"),
    "mom": ("groffmom", "render_mom"),
    "docbook": ("docbookfo", "render_docbook"),
}
ENGINES = tuple(RENDERERS)


def renderer(style: str) -> Callable[[Dossier, Path], dict]:
    """The function that renders a dossier with the engine ``style`` and returns its truth record."""
    module, function = RENDERERS[style]
    return getattr(importlib.import_module(f"{__package__}.{module}"), function)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.gen.engines",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default="samples/zoo", help="output directory (default: samples/zoo)")
    parser.add_argument("--dossier", default="samples/twente/dossier.json",
                        help="transcription to render (default: samples/twente/dossier.json)")
    parser.add_argument("--name", default="twente", help="output file name prefix (default: twente)")
    parser.add_argument("--only", choices=ENGINES, action="append",
                        help="render only this style (repeatable)")
    args = parser.parse_args(argv)
    try:
        dossier = load(args.dossier)
    except SourceError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    # Under `python -m` this file is __main__; the renderers import (and raise) the
    # package's copy of it, so catch that copy's EngineError.
    from . import engines

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    status = 0
    for style in ENGINES:
        if args.only and style not in args.only:
            continue
        pdf = out / f"{args.name}-{style}.pdf"
        try:
            record = renderer(style)(dossier, pdf)
        except engines.EngineError as e:
            print(f"error: {style}: {e}", file=sys.stderr)
            status = 1
            continue
        print(f"{pdf}: {record['pages']} pages; truth in {truth_path(pdf)}")
    return status


if __name__ == "__main__":
    sys.exit(main())
