"""The "qt" rendering: a desktop application's "Export to PDF" through Qt.

A small desktop tool builds the proposal as Qt rich text (the HTML subset QTextDocument
understands) and prints it with Qt's own PDF engine (QPdfWriter: A4, 300 dpi, margins
20 mm). Default-looking house style: DejaVu Sans 10pt, a title line and the contents as
a table (entry | page) on page 1; every project from a new page
(``page-break-before: always``) under a small grey theme line and an h2 title; field
labels as h3s, the field's text as paragraphs, list items as paragraphs keeping the
transcription's own markers (Qt would add its own bullets to a <ul>). Investment tables
with ``border="1" cellspacing="0" cellpadding="4"``, the header lines in a <thead> (bold
<th>s, the label cell spanning them, a group such as "Publiek" as a <th colspan> over the
second line), amounts right-aligned as transcribed, the Totaal row bold; table footnotes
in <small> under their table, the project's notes in <small> at its end. The page number
(8pt, grey, right) is drawn by the tool in a strip below the text on every page but the
first.

The document is laid out at the screen's 96 dpi with its page size set to the printer's
page rect (less the footer strip) and drawn page by page (drawContents) on the writer,
scaled to its 300 dpi. The contents' page numbers come from that layout (where each
project's theme line lands); the layout is redone until they settle, and render_settled
then confirms them against the PDF's own text. What Qt does is left as it falls: it
ignores ``page-break-before`` on a <tr> (the transcription's break inside a table), breaks
long words anywhere in narrow cells, and, as its own QTextDocument.print_() does, draws
the last line before a page break inside a paragraph again at the top of the next page,
clipped out of sight but present in the text layer.

Needs PySide6 (PySide6-Essentials; run offscreen, no display), the DejaVu fonts and
pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import re
from html import escape
from pathlib import Path

from . import source
from .engines import DATE_ISO, EngineError, folder_name, render_settled

STYLE = "qt"

FONT = "DejaVu Sans"
DPI = 300
MARGIN_MM = 20
FOOTER_PT = 18  # strip under the text for the page number, inside the bottom margin's rect
LAYOUT_DPI = 96  # the offscreen screen's logical dpi, the unit QTextDocument lays out in

_app = None
# Qt writes the XMP dates as attributes, which engines.stabilise_pdf does not look at.
_XMP_ATTR_DATE = re.compile(rb'(xmp:\w+Date=")([^"]*)(")')


def _qt():
    """The Qt classes, with one QGuiApplication per process (offscreen: no display)."""
    global _app
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # QHash's per-process random seed orders the fonts' objects in the PDF; fix it.
    os.environ.setdefault("QT_HASH_SEED", "0")
    try:
        from PySide6 import QtCore, QtGui
    except ImportError as e:
        raise EngineError(f"PySide6 is not installed ({e}): pip install PySide6-Essentials") from None
    _app = QtGui.QGuiApplication.instance() or QtGui.QGuiApplication(["regio-qt"])
    return QtCore, QtGui


def _h(text: str) -> str:
    return escape(text, quote=False)


def _is_total(label: str) -> bool:
    return label.strip().lower().startswith(("totaal", "total"))


def _table(t: source.Table) -> str:
    lines = len(t.header)
    out = ['<table border="1" cellspacing="0" cellpadding="4" width="100%"><thead>']
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th align="left"{rs}>{_h(t.label)}</th>')
        for h in t.header_cells():
            if h.line != line:
                continue
            attrs = (f' colspan="{h.columns}"' if h.columns > 1 else "") + \
                    (f' rowspan="{h.lines}"' if h.lines > 1 else "")
            out.append(f"<th{attrs}>{_h(h.text)}</th>")
        out.append("</tr>")
    out.append("</thead>\n")
    for b, row in enumerate(t.rows):
        # Bold by <b> in every cell: Qt's importer does not carry font-weight from a <tr>.
        wrap = (lambda s: f"<b>{_h(s)}</b>") if _is_total(row[0]) else _h
        brk = ' style="page-break-before: always"' if b == t.page_break_before_row else ""
        cells = "".join(f'<td align="right">{wrap(c)}</td>' for c in row[1:])
        out.append(f"<tr{brk}><td>{wrap(row[0])}</td>{cells}</tr>\n")
    out.append("</table>\n")
    out.extend(f"<p><small>{_h(f)}</small></p>\n" for f in t.footnotes)
    return "".join(out)


def build_html(dossier: source.Dossier, name: str, toc_pages: list[int] | None) -> str:
    out = [f'<html><body><p style="font-size:16pt"><b>Regio Deal {_h(name)}</b></p>\n',
           f"<h1>{_h(dossier.toc_heading)}</h1>\n",
           '<table width="100%" cellspacing="0" cellpadding="3">\n']
    for i, entry in enumerate(dossier.toc):
        page = toc_pages[i] if toc_pages else ""
        out.append(f'<tr><td>{_h(entry.text)}</td><td align="right" width="10%">{page}</td></tr>\n')
    out.append("</table>\n")
    for project in dossier.projects:
        out.append('<p style="page-break-before: always; font-size:8pt; color:#808080">'
                   f"{_h(project.theme)}</p>\n<h2>{_h(project.title)}</h2>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
                continue
            out.append(f"<h3>{_h(row.label)}</h3>\n")
            for item in row.content:
                out.append(_table(item) if isinstance(item, source.Table) else f"<p>{_h(item)}</p>\n")
        for note in project.notes:
            texts = note.text or ("",)
            out.append(f"<p><small>{_h(note.mark)} {_h(texts[0])}</small></p>\n")
            out.extend(f"<p><small>{_h(t)}</small></p>\n" for t in texts[1:])
    out.append("</body></html>\n")
    return "".join(out)


def _document(QtGui, html: str, page):
    doc = QtGui.QTextDocument()
    font = QtGui.QFont(FONT)
    font.setPointSizeF(10)
    doc.setDefaultFont(font)
    doc.setUseDesignMetrics(True)  # printer metrics, not the screen's hinted ones
    doc.setPageSize(page)
    doc.setHtml(html)
    return doc


def _fix_xmp_dates(pdf: Path) -> None:
    """The wall-clock XMP dates replaced by the fixed one, byte for byte (offsets stay)."""
    def fixed(m: re.Match) -> bytes:
        date = (DATE_ISO + "+00:00").encode().ljust(len(m.group(2)), b"0")[:len(m.group(2))]
        return m.group(1) + date + m.group(3)

    pdf.write_bytes(_XMP_ATTR_DATE.sub(fixed, pdf.read_bytes()))


def _project_pages(doc, page_height: float, count: int) -> list[int]:
    """1-based page of each project: where its theme line (a forced page break) lands."""
    from PySide6.QtGui import QTextFormat

    layout, pages = doc.documentLayout(), []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
            pages.append(int(layout.blockBoundingRect(block).top() // page_height) + 1)
        block = block.next()
    if len(pages) != count:
        raise EngineError(f"{len(pages)} project breaks in the Qt layout, expected {count}")
    return pages


def render_qt(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record."""
    QtCore, QtGui = _qt()
    name = folder_name(dossier, Path(pdf_path))

    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        html_file, pdf = tmp / (Path(pdf_path).stem + ".html"), tmp / (Path(pdf_path).stem + ".pdf")
        writer = QtGui.QPdfWriter(str(pdf))
        writer.setResolution(DPI)
        writer.setPageSize(QtGui.QPageSize(QtGui.QPageSize.PageSizeId.A4))
        writer.setPageMargins(QtCore.QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                              QtGui.QPageLayout.Unit.Millimeter)
        # Fixed metadata: Qt stamps a random document id (in /ID and the XMP) otherwise.
        writer.setCreator(f"Regio Deal {name}")
        writer.setTitle(dossier.toc_heading)
        writer.setDocumentId(QtCore.QUuid.createUuidV5(QtCore.QUuid(), f"regio-qt-{name}".encode()))
        rect = writer.pageLayout().paintRect(QtGui.QPageLayout.Unit.Point)
        scale = LAYOUT_DPI / 72
        page = QtCore.QSizeF(rect.width() * scale, (rect.height() - FOOTER_PT) * scale)

        # The contents' numbers can move the layout (never here, but a tool would check):
        # lay out again with the numbers found until they stay.
        pages: list[int] | None = None
        for _ in range(4):
            html = build_html(dossier, name, pages)
            doc = _document(QtGui, html, page)
            found = _project_pages(doc, page.height(), len(dossier.projects))
            if found == pages:
                break
            pages = found
        else:
            raise EngineError(f"Qt layout's page numbers do not settle: {pages}")
        if toc_pages is not None and toc_pages != pages:
            raise EngineError(f"Qt laid the projects out on pages {pages}, the PDF has them on {toc_pages}")
        html_file.write_text(html, encoding="utf-8")

        painter = QtGui.QPainter()
        if not painter.begin(writer):
            raise EngineError(f"Qt could not open {pdf} for painting")
        device = DPI / LAYOUT_DPI
        footer = QtGui.QFont(FONT)
        footer.setPointSizeF(8)
        for n in range(doc.pageCount()):
            if n:
                writer.newPage()
            painter.save()
            painter.scale(device, device)
            painter.translate(0, -n * page.height())
            doc.drawContents(painter, QtCore.QRectF(0, n * page.height(), page.width(), page.height()))
            painter.restore()
            if n:
                painter.setFont(footer)
                painter.setPen(QtGui.QColor("#666666"))
                strip = QtCore.QRectF(0, page.height() * device, page.width() * device, FOOTER_PT * DPI / 72)
                painter.drawText(strip, int(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignBottom),
                                 str(n + 1))
        painter.end()
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise EngineError(f"Qt wrote no {pdf}")
        _fix_xmp_dates(pdf)
        return html_file, pdf

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-qt-", produce, keep_html)
