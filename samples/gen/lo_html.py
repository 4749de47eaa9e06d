"""The "lohtml" rendering: an intranet's HTML export opened and printed by LibreOffice Writer.

One HTML page as an old intranet exports a proposal: a contents table (entry | page) under
an h1, then every project on a new page (an empty <p> with page-break-before) under its
theme as h1 and its title as h2; field labels as h3, paragraphs as p, list items as a ul/ol
with list-style none that keeps the source's own marker as text; investment tables and
tables in a field as width="100%" border="1" cellpadding="3" tables (columns sized by
LibreOffice's HTML table layout), a header row of th cells (a group such as "Publiek" one
th colspan over its second header row), amounts right-aligned (align="right") as the
source prints them, the "Totaal" row in <b>; table footnotes in <small> under their table,
the project's notes in <small> at its end, under an hr. Only what LibreOffice's own HTML
import understands: attributes and a little CSS1 (no grid, no flex, no page-margin boxes,
so no printed page numbers).

LibreOffice opens the page as a Writer document (the "HTML (StarWriter)" import filter,
so it is paginated as Writer prints, not as Writer/Web) and exports the PDF; the A4 page
comes from CSS @page. What the import makes of it is kept as it comes: LibreOffice 7.4
ignores list-style none, so every list item carries its own bullet or number before the
source's marker ("1. 1. Projecten", "• - Realiseren"); the table layout sizes columns for
regular weight, so a bold total can break inside the number ("2.000.00" over "0"); a table
may split between its two header lines at a page end. The contents' page numbers are
filled in on a second pass, from the pages found in the first PDF.

Needs soffice (Debian: libreoffice-writer-nogui) and pdftotext (poppler-utils) on PATH.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, need, render_settled, run
from .wkhtml import _MARKER

STYLE = "lohtml"
# A fixed LibreOffice profile of this engine's own: other engines run soffice at the same time.
PROFILE = Path("/tmp/lo-profile-lohtml")

# CSS1 as LibreOffice's HTML import reads it: @page size and margins, fonts, margins.
CSS = """
@page { size: 21cm 29.7cm; margin: 2cm 2cm 2cm 2cm; }
body { font-family: Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-top: 0; margin-bottom: 4pt; }
h2 { font-size: 14pt; margin-top: 0; margin-bottom: 10pt; }
h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }
p { margin-top: 0; margin-bottom: 6pt; }
ul, ol { list-style: none; margin-top: 0; margin-bottom: 6pt; }
th, td { font-size: 9pt; }
"""


def _h(text: str) -> str:
    return escape(text, quote=False)


def _is_total(label: str) -> bool:
    return label.strip().lower().startswith(("totaal", "total"))


def _table(t: source.Table, rows=None, head: bool = True) -> str:
    out = ['<table width="100%" border="1" cellpadding="3" cellspacing="0">\n']
    if head:
        lines = len(t.header)
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
                out.append(f'<th align="center"{attrs}>{_h(h.text)}</th>')
            out.append("</tr>\n")
    for row in t.rows if rows is None else rows:
        # The export marks the total row up with <b> in every cell.
        b, nb = ("<b>", "</b>") if _is_total(row[0]) else ("", "")
        cells = "".join(f'<td align="right">{b}{_h(c)}{nb}</td>' for c in row[1:])
        out.append(f'<tr><td>{b}{_h(row[0])}{nb}</td>{cells}</tr>\n')
    out.append("</table>\n")
    return "".join(out)


def _footnotes(t: source.Table) -> str:
    return "".join(f"<p><small>{_h(f)}</small></p>\n" for f in t.footnotes)


def _investment(t: source.Table) -> str:
    b = t.page_break_before_row
    if b is None:
        body = _table(t)
    else:
        # Where the source breaks the table, the export ends it and starts a second one,
        # without its header, on a new page.
        body = (_table(t, t.rows[:b]) + '<p style="page-break-before: always"></p>\n'
                + _table(t, t.rows[b:], head=False))
    return body + _footnotes(t)


def _field(content) -> str:
    """Paragraphs, list items (one ul or ol per run of them) and tables of a field."""
    out: list[str] = []
    open_list = ""
    for item in content:
        m = _MARKER.match(item) if isinstance(item, str) else None
        kind = ("ol" if m.group(1)[0].isdigit() else "ul") if m else ""
        if open_list and kind != open_list:
            out.append(f"</{open_list}>\n")
            open_list = ""
        if isinstance(item, source.Table):
            out.append(_table(item) + _footnotes(item))
        elif m:
            if not open_list:
                out.append(f'<{kind} style="list-style: none">')
                open_list = kind
            # No list-style: the marker stays the source's own, printed as text.
            out.append(f"<li>{_h(item)}</li>")
        else:
            out.append(f"<p>{_h(item)}</p>\n")
    if open_list:
        out.append(f"</{open_list}>\n")
    return "".join(out)


def build_html(dossier: source.Dossier, toc_pages: list[int] | None = None) -> str:
    out = ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>',
           '<meta http-equiv="content-type" content="text/html; charset=utf-8">',
           f"<title>{_h(dossier.toc_heading)}</title>",
           f'<style type="text/css">{CSS}</style></head><body>\n',
           f"<h1>{_h(dossier.toc_heading)}</h1>\n",
           '<table width="100%" border="0" cellpadding="2" cellspacing="0">\n']
    for i, entry in enumerate(dossier.toc):
        page = toc_pages[i] if toc_pages else ""
        out.append(f'<tr><td width="92%">{_h(entry.text)}</td>'
                   f'<td width="8%" align="right">{page}</td></tr>\n')
    out.append("</table>\n")
    for project in dossier.projects:
        out.append('<p style="page-break-before: always"></p>\n'
                   f"<h1>{_h(project.theme)}</h1>\n<h2>{_h(project.title)}</h2>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_investment(row))
            else:
                out.append(f"<h3>{_h(row.label)}</h3>\n{_field(row.content)}")
        if project.notes:
            out.append("<hr>\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<p><small>{_h(note.mark)} {_h(texts[0])}</small></p>\n")
                out.extend(f"<p><small>{_h(t)}</small></p>\n" for t in texts[1:])
    out.append("</body></html>\n")
    return "".join(out)


def _print(html: Path, outdir: Path) -> Path:
    # Opened as a Writer text document (not Writer/Web): paginated as Writer prints.
    run(["env", f"SOURCE_DATE_EPOCH={EPOCH}", need("soffice"),
         f"-env:UserInstallation={PROFILE.as_uri()}", "--headless", "--norestore",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
         "--outdir", str(outdir), str(html)], timeout=600)
    pdf = outdir / (html.stem + ".pdf")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"soffice wrote no {pdf}")
    return pdf


def render_lohtml(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The HTML lives in a temporary directory; pass `keep_html` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        html = tmp / (Path(pdf_path).stem + ".html")
        html.write_text(build_html(dossier, toc_pages), encoding="utf-8")
        return html, _print(html, tmp)

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-lohtml-", produce, keep_html)
