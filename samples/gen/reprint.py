"""The "reprint" rendering: a proposal "printed to PDF" again, twice over.

Reviewers and secretariats seldom pass on the PDF they were sent: they print it to PDF
from a viewer (Evince and Firefox do that through cairo) and the copier workflow or an
"optimise PDF" step runs it through Ghostscript. No layout of its own: the dossier is
rendered as the "weasy" rendering (samples/gen/weasy.py; LibreOffice, which the "docx"
rendering needs, is not always there), then rewritten by `pdftocairo -pdf` (cairo draws
every page anew: new glyph runs, fonts re-subset, links and outlines dropped) and that
PDF by Ghostscript's pdfwrite (fonts re-encoded and given a ToUnicode of its own, content
streams rewritten). Both steps keep the text extractable (embedded TrueType subsets with
ToUnicode); Ghostscript maps the ligature glyphs Pango set for "fi", "fl", "ff", "ffi"
to the single ligature characters (U+FB00..), so "financiering" reads as "ﬁnanciering".

The pages are those of the weasy rendering, so the truth record is read from the final
PDF's text as weasy.truth_record reads it (its running header taken off every page).

cairo 1.16 stamps the wall-clock date (engines.stabilise_pdf fixes it, on the
intermediate PDF too, so that Ghostscript reads the same bytes every time); Ghostscript
(Debian's) takes its dates and its XMP DocumentID from SOURCE_DATE_EPOCH, set here, and
the /ID it draws is replaced by stabilise_pdf.

Needs weasyprint, pdftocairo and pdftotext (Debian: weasyprint poppler-utils) and gs
(Debian: ghostscript) on PATH.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import source, weasy
from .engines import EPOCH, EngineError, need, run, stabilise_pdf, write_truth

STYLE = "reprint"


def _cairo(pdf: Path, out: Path) -> None:
    run([need("pdftocairo"), "-pdf", str(pdf), str(out)], timeout=600)
    if not out.is_file() or out.stat().st_size == 0:
        raise EngineError(f"pdftocairo wrote no {out}")
    stabilise_pdf(out)


def _ghostscript(pdf: Path, out: Path) -> None:
    cmd = [need("gs"), "-q", "-sDEVICE=pdfwrite", "-dNOPAUSE", "-dBATCH", "-dSAFER",
           "-o", str(out), str(pdf)]
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    if proc.returncode != 0:
        raise EngineError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    if not out.is_file() or out.stat().st_size == 0:
        raise EngineError(f"gs wrote no {out}")
    stabilise_pdf(out)


def render_reprint(dossier: source.Dossier, pdf_path, keep_pdf: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The weasy rendering and the cairo reprint live in a temporary directory; pass
    `keep_pdf` to copy the weasy one (before both reprints) somewhere.
    """
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-reprint-") as tmp:
        first = Path(tmp) / (pdf_path.stem + "-weasy.pdf")
        weasy.render_weasy(dossier, first)  # its contents' page numbers are already right
        cairo = Path(tmp) / (pdf_path.stem + "-cairo.pdf")
        _cairo(first, cairo)
        final = Path(tmp) / (pdf_path.stem + ".pdf")
        _ghostscript(cairo, final)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(final, pdf_path)
        if keep_pdf is not None:
            shutil.copyfile(first, keep_pdf)
    record = weasy.truth_record(dossier, pdf_path)
    record["style"] = STYLE
    write_truth(record, pdf_path)
    return record
