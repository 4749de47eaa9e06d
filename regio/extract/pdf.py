"""Opening an untrusted PDF: the checks that come before any layout work.

pypdfium2 opens the file and reads each page's plain text in milliseconds, so broken,
encrypted and image-only files are turned away here, before pdfplumber parses anything.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium


class InputError(Exception):
    """A file regio cannot read; the message is the reason, for one line of output."""


@dataclass(frozen=True)
class Triage:
    """What a quick read of the whole file tells: page count and each page's plain text."""

    path: Path
    sha256: str
    page_count: int
    texts: tuple[str, ...]


# pdfium's error codes (FPDF_ERR_*) and what they mean to a user.
_PDFIUM_REASONS = {
    2: "file not found or could not be opened",
    3: "not a PDF or corrupted",
    4: "password required",
    5: "unsupported security scheme",
    6: "page not found or content error",
}


def triage(path: Path, password: str | None = None, limits=None) -> Triage:
    from regio.limits import DEFAULT, check_file, check_pages

    limits = limits or DEFAULT
    if not path.exists():
        raise InputError("no such file")
    if path.is_dir():
        raise InputError("is a directory, not a PDF file")
    if path.stat().st_size > limits.max_file_mb * 1024 * 1024:
        raise InputError(f"file is larger than the limit of {limits.max_file_mb:g} MB (raise it with --max-file-size)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})") from None
    if not data:
        raise InputError("empty file (0 bytes)")
    if b"%PDF-" not in data[:1024]:
        raise InputError(f"not a PDF (starts with {data[:8]!r})")
    check_file(data, limits)
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise InputError(_pdfium_reason(exc, password)) from None
    try:
        page_count = len(document)
        if page_count == 0:
            raise InputError("PDF has no pages")
        check_pages(page_count, limits)
        loaded = [_page_text(document, i) for i in range(page_count)]
    finally:
        document.close()
    if all(t is None for t in loaded):
        raise InputError(f"damaged PDF: none of its {page_count} page(s) can be loaded")
    texts = tuple(t or "" for t in loaded)
    if not any(t.strip() for t in texts):
        raise InputError(
            f"no text layer on any of its {page_count} page(s); it looks like a scan: "
            "run OCR first (for example `ocrmypdf in.pdf out.pdf`)"
        )
    return Triage(path, hashlib.sha256(data).hexdigest(), page_count, texts)


def _page_text(document: pdfium.PdfDocument, index: int) -> str | None:
    try:
        page = document[index]
    except pdfium.PdfiumError:
        return None  # the page cannot be loaded: damaged, not empty
    try:
        textpage = page.get_textpage()
        try:
            return textpage.get_text_range()
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        return ""
    finally:
        page.close()


def _pdfium_reason(exc: pdfium.PdfiumError, password: str | None) -> str:
    code = getattr(exc, "err_code", None)
    if code == 4:
        return "wrong password" if password else "encrypted: password required (use --password)"
    reason = _PDFIUM_REASONS.get(code)
    if reason:
        return f"damaged PDF: {reason}" if code in (3, 6) else reason
    return f"damaged PDF: {exc}"
