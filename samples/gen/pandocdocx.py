"""The "pandocdocx" rendering: a Markdown proposal converted by pandoc to DOCX, printed by LibreOffice.

What a policy officer gets who writes in Markdown and sends Word files: the Markdown of
the "pandoc" rendering (pandoc.build_markdown: ``#`` themes, ``##`` project titles,
``**Label**`` fields, line blocks for list items, hand-typed pipe tables, footnotes under
their table, notes at the project's end) converted by ``pandoc -f markdown -t docx`` with
pandoc's default reference.docx (its Title, Heading and "Table" styles: no vertical
rules, a rule under the header only), ``lang=nl``, then printed to PDF by LibreOffice
Writer. Only the LaTeX in that Markdown is swapped for what the docx writer takes: every
``\\newpage`` becomes a raw openxml page break, ``\\textquotesingle{}`` an escaped
(straight) apostrophe, and the ``header-includes`` for pdfLaTeX are dropped.

pandoc's ``--toc`` puts a TOC field in the DOCX that Word fills when it opens the file;
LibreOffice 7.4 converts without updating it and prints an empty contents. So the
contents are written into the Markdown instead: the transcription's heading in pandoc's
"TOC Heading" style over a bullet list of its entries, each ending in its page number,
filled in on a second pass from the pages found in the first PDF (render_settled).

pandoc honours SOURCE_DATE_EPOCH (the DOCX's dates); LibreOffice stamps dates, a random
/ID and a checksum: engines.stabilise_pdf fixes them.

Needs pandoc (Debian: pandoc), soffice (Debian: libreoffice-writer-nogui), python-docx
(the soffice call is office.py's) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_settled, run
from .office import _convert
from .pandoc import _inline, build_markdown

STYLE = "pandocdocx"
# Its own profile: other LibreOffice runs on the machine do not share (or lock) it.
PROFILE = Path("/tmp/lo-profile-pandocdocx")

PAGE_BREAK = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'
_NEWPAGE = re.compile(r"^\\newpage$", re.MULTILINE)
_FRONT = re.compile(r"\A---\n.*?\n---\n\n", re.DOTALL)


def _contents(dossier: source.Dossier, toc_pages: list[int] | None) -> str:
    out = [f'::: {{custom-style="TOC Heading"}}\n{_inline(dossier.toc_heading)}\n:::\n\n']
    for i, entry in enumerate(dossier.toc):
        page = f" \u2014 {toc_pages[i]}" if toc_pages else ""
        out.append(f"- {_inline(entry.text)}{page}\n")
    return "".join(out) + "\n"


def build_docx_markdown(dossier: source.Dossier, name: str, toc_pages: list[int] | None) -> str:
    body = _FRONT.sub("", build_markdown(dossier, name), count=1)
    # The LaTeX-only bits: raw TeX is dropped by the docx writer. An escaped apostrophe
    # stays straight (not curled by "smart").
    body = _NEWPAGE.sub(PAGE_BREAK, body)
    body = body.replace(r"\textquotesingle{}", "\\'")
    front = f"---\ntitle: {_inline(name)}\nlang: nl\n---\n\n"
    return front + _contents(dossier, toc_pages) + body


def _to_docx(md: Path) -> Path:
    docx = md.with_suffix(".docx")
    # SOURCE_DATE_EPOCH: pandoc writes it as the DOCX's created/modified dates.
    run([need("env"), f"SOURCE_DATE_EPOCH={EPOCH}", need("pandoc"), str(md),
         "-f", "markdown", "-t", "docx", "-o", str(docx)], timeout=300)
    if not docx.is_file() or docx.stat().st_size == 0:
        raise EngineError(f"pandoc wrote no {docx}")
    return docx


def render_pandocdocx(dossier: source.Dossier, pdf_path, keep_md: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The Markdown and DOCX live in a temporary directory; pass `keep_md` to copy the
    Markdown somewhere.
    """
    pdf_path = Path(pdf_path)
    name = folder_name(dossier, pdf_path)

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        md = tmp / (pdf_path.stem + ".md")
        md.write_text(build_docx_markdown(dossier, name, toc_pages), encoding="utf-8")
        return md, _convert(_to_docx(md), tmp, PROFILE)

    return render_settled(STYLE, dossier, pdf_path, "regio-pandocdocx-", produce, keep_md)
