"""Opening an untrusted PDF: the checks that come before any layout work.

The bytes are checked against the limits before pdfium sees them; pdfium then opens the
document (and tells a wrong or missing password apart from damage).
"""

from __future__ import annotations

import hashlib
import io
import warnings
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


class InputError(Exception):
    """A file regio cannot read; the message is the reason, for one line of output."""


@dataclass
class OpenedPdf:
    path: Path
    sha256: str
    document: pdfium.PdfDocument
    page_count: int
    filled_in: set[int] = field(default_factory=set)  # pages whose form fields were read with them
    data: bytes = b""
    password: str | None = None

    def close(self) -> None:
        self.document.close()

    @cached_property
    def hidden_layers(self) -> frozenset[str]:
        """The names of the layers (optional content groups) the document hides until its
        reader turns them on: what they hold is neither shown nor printed (a translation
        kept on a layer of its own, a draft's notes), so it is no part of the text either.
        pdfium tells which layer a text object is on, not whether the layer is shown."""
        return hidden_layer_names(self.data, self.password)

    def reopen(self) -> None:
        """The document opened again from its bytes: pdfium keeps what it parsed of every page
        it loaded (fonts, images) until the document is closed, and a long document read a
        window at a time need not hold what the windows before it used."""
        self.document.close()
        self.document = with_its_forms(pdfium.PdfDocument(self.data, password=self.password))

    def page(self, number: int) -> pdfium.PdfPage:
        """Page ``number`` (1-based) as a reader sees it: a filled-in form's values, which
        live in its fields and not in the page's text, are made part of the page."""
        page = self.document[number - 1]
        if _has_form_fields(page) and pdfium_c.FPDFPage_Flatten(page.raw, pdfium_c.FLAT_NORMALDISPLAY) \
                == pdfium_c.FLATTEN_SUCCESS:
            page.close()  # pdfium shows the flattened text to a page loaded anew
            page = self.document[number - 1]
            self.filled_in.add(number)
        return page


def hidden_layer_names(data: bytes, password: str | None) -> frozenset[str]:
    """The layers the catalog's default configuration turns off (its /OFF groups, or every
    group not /ON where it starts from /OFF); none where it cannot be read."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    def name(group: object) -> str:
        value = resolve1(resolve1(group).get("Name", b""))
        return decode_text(value) if isinstance(value, bytes) else str(value)

    try:
        catalog = PDFDocument(PDFParser(io.BytesIO(data)), password=password or "").catalog
        properties = resolve1(catalog.get("OCProperties")) or {}
        default = resolve1(properties.get("D")) or {}
        if str(resolve1(default.get("BaseState", ""))).endswith("OFF"):
            on = {name(g) for g in resolve1(default.get("ON")) or []}
            return frozenset(n for g in resolve1(properties.get("OCGs")) or [] if (n := name(g)) not in on)
        return frozenset(name(g) for g in resolve1(default.get("OFF")) or [])
    except Exception:  # a catalog pdfium read and pdfminer cannot: every layer is shown
        return frozenset()


def with_its_forms(document: pdfium.PdfDocument) -> pdfium.PdfDocument:
    """The document with its form fields shown (drawn, and read by OpenedPdf.page); called
    before any page is loaded. An XFA form's fields are its AcroForm's, where it has them."""
    if pdfium_c.FPDF_GetFormType(document.raw) in (pdfium_c.FORMTYPE_ACRO_FORM, pdfium_c.FORMTYPE_XFA_FOREGROUND):
        with warnings.catch_warnings():  # pypdfium2 warns that it cannot render XFA: nor does regio
            warnings.simplefilter("ignore")
            document.init_forms()
    return document


def _has_form_fields(page: pdfium.PdfPage) -> bool:
    for i in range(pdfium_c.FPDFPage_GetAnnotCount(page.raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page.raw, i)
        if not annot:
            continue
        widget = pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET
        pdfium_c.FPDFPage_CloseAnnot(annot)
        if widget:
            return True
    return False


# pdfium's error codes (FPDF_ERR_*) and what they mean to a user.
_PDFIUM_REASONS = {
    2: "file not found or could not be opened",
    3: "not a PDF or corrupted",
    4: "password required",
    5: "unsupported security scheme",
    6: "page not found or content error",
}


def open_pdf(path: Path, password: str | None = None, limits=None) -> OpenedPdf:
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
        # Nothing of the file's own bytes in the message: the path may lead anywhere.
        raise InputError("not a PDF (no %PDF header in its first kilobyte)")
    check_file(data, limits)
    try:
        document = pdfium.PdfDocument(data, password=password)
    except pdfium.PdfiumError as exc:
        raise InputError(_pdfium_reason(exc, password)) from None
    if pdfium_c.FPDF_GetFormType(document.raw) == pdfium_c.FORMTYPE_XFA_FULL:
        document.close()
        raise InputError("an XFA form (Adobe LiveCycle): its content is made when a viewer renders it and is "
                         "not in its pages; save it as a flat PDF (print to PDF) first")
    with_its_forms(document)
    opened = OpenedPdf(path, hashlib.sha256(data).hexdigest(), document, len(document), data=data, password=password)
    try:
        if opened.page_count == 0:
            raise InputError("PDF has no pages")
        check_pages(opened.page_count, limits)
    except InputError:
        opened.close()
        raise
    return opened


def _pdfium_reason(exc: pdfium.PdfiumError, password: str | None) -> str:
    code = getattr(exc, "err_code", None)
    if code == 0:  # pdfium opened nothing and reports no error: a document without pages
        return "PDF has no pages"
    if code == 4:
        return "wrong password" if password else "encrypted: password required (use --password)"
    reason = _PDFIUM_REASONS.get(code) if isinstance(code, int) else None
    if reason:
        return f"damaged PDF: {reason}" if code in (3, 6) else reason
    return f"damaged PDF: {exc}"
