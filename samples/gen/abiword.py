"""The "abiword" rendering: the docx rendering's Word file, printed by AbiWord.

The same DOCX that the "docx" rendering writes (samples/gen/office.py's builder, via
python-docx) is opened by AbiWord 3 and exported to PDF through cairo's PDF writer,
headless: what an applicant with a free word processor on Linux sends in. Whatever
AbiWord makes of the Word file (fonts, borders, merged cells, fields, first-page
footer) is kept as it is. The TOC's page numbers are filled in on a second pass, from
the pages found in the first PDF.

Needs abiword (Debian: abiword) and poppler-utils on PATH, python-docx in the
environment.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, need, render_settled
from .office import _Writer

STYLE = "abiword"
# Newer cairo releases take the CreationDate from here; 1.16 stamps the clock, and
# engines.stabilise_pdf replaces that.


def _convert(docx: Path, pdf: Path, home: Path) -> Path:
    abiword = need("abiword")
    home.mkdir(exist_ok=True)
    # A fresh profile per run: AbiWord reads and writes ~/.config/abiword, and a
    # user's preferences or locale must not leak into the layout. --to needs no display.
    env = {**os.environ, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
           "SOURCE_DATE_EPOCH": EPOCH, "LC_ALL": "C.UTF-8"}
    env.pop("DISPLAY", None)
    proc = subprocess.run([abiword, "--to=pdf", f"--to-name={pdf}", str(docx)],
                          capture_output=True, text=True, timeout=600, env=env, cwd=home)
    # The exit status says little (AbiWord exits 0 even on a file it can only read as
    # plain text), so an absent or empty PDF counts as failure too.
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"abiword wrote no {pdf} ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return pdf


def render_abiword(dossier: source.Dossier, pdf_path, keep_docx: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The DOCX lives in a temporary directory; pass `keep_docx` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        stem = Path(pdf_path).stem
        docx, pdf = tmp / (stem + ".docx"), tmp / (stem + ".pdf")
        pdf.unlink(missing_ok=True)
        _Writer(dossier, toc_pages).build().save(docx)
        return docx, _convert(docx, pdf, tmp / "home")

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-abiword-", produce, keep_docx)
