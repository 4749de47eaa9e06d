"""The "chromium" rendering: a modern web export printed by headless Chromium.

One HTML document: sans-serif text, every project on a new page under a small theme
line and an h2 title with a coloured left border, fields as a two-column CSS grid
(label | text), investment tables with border-collapse, coloured header cells
(rowspan/colspan where the source spans), thin lines between body rows, amounts
right-aligned. The page number is a CSS page-margin box (Chromium >= 131); the
browser's own header and footer are off. The TOC's page numbers are filled in on a
second pass, from the pages found in the first PDF.
"""

from __future__ import annotations

import shutil
from html import escape
from pathlib import Path

from . import source
from .engines import EngineError, need, render_settled, run

STYLE = "chromium"

CSS = """
@page {
  size: A4;
  margin: 2cm;
  @bottom-right { content: counter(page); font: 8pt "DejaVu Sans", sans-serif; color: #667; }
}
@page :first { @bottom-right { content: none; } }
* { box-sizing: border-box; }
html { font: 9.5pt/1.5 "DejaVu Sans", sans-serif; color: #1f2933;
  -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; }
h1 { font-size: 20pt; font-weight: 600; color: #0b4f6c; margin: 0 0 16pt; }
ol.toc { list-style: none; margin: 0; padding: 0; }
ol.toc li { display: flex; align-items: baseline; padding: 3pt 0; border-bottom: 0.5pt solid #d5dde5; }
ol.toc .entry { flex: 1; }
ol.toc .page { width: 30pt; text-align: right; color: #0b4f6c; font-weight: 600; }
section.project { break-before: page; }
p.theme { margin: 0 0 2pt 11pt; font-size: 8.5pt; letter-spacing: 0.04em; color: #0b7a75; }
h2 { font-size: 15pt; line-height: 1.25; font-weight: 600; color: #0b4f6c; margin: 0 0 14pt;
  padding: 2pt 0 2pt 8pt; border-left: 4pt solid #0b7a75; }
dl.fields { display: grid; grid-template-columns: 30% minmax(0, 1fr); column-gap: 14pt; margin: 0 0 10pt; }
dl.fields dt { font-weight: 600; font-size: 8.5pt; color: #0b4f6c; padding: 5pt 0 0;
  border-top: 0.5pt solid #d5dde5; }
dl.fields dd { margin: 0; padding: 5pt 0 0; border-top: 0.5pt solid #d5dde5; }
dl.fields dd p { margin: 0 0 5pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.invest { margin: 6pt 0 12pt; }
table.nested { margin: 4pt 0 8pt; }
th { background: #0b4f6c; color: #fff; font-weight: 600; text-align: center;
  vertical-align: middle; padding: 4pt 5pt; border: 0.75pt solid #fff; }
th.label { text-align: left; }
td { padding: 3pt 5pt; border-bottom: 0.5pt solid #c3ccd5; vertical-align: top; }
td.num { text-align: right; }
table.invest td.num { white-space: nowrap; }
tr { break-inside: avoid; }
tr.page-break { break-before: page; }
p.tfn { font-size: 7.5pt; line-height: 1.35; color: #3e4c59; margin: 0 0 3pt; }
table + p.tfn { margin-top: -8pt; }
div.notes { margin-top: 16pt; padding-top: 4pt; border-top: 0.5pt solid #9aa5b1; }
div.notes p { font-size: 7.5pt; margin: 0 0 3pt; }
div.notes p.more { padding-left: 10pt; }
"""


def _h(text: str) -> str:
    return escape(text, quote=False)


def table_head(t: source.Table, kind: str) -> list[str]:
    """A table's opening tag and its header rows, spans where the source spans."""
    out = [f'<table class="{kind}"><thead>']
    lines = len(t.header)
    placed = t.header_cells()
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th class="label"{rs}>{_h(t.label)}</th>')
        for h in placed:
            if h.line != line:
                continue
            attrs = (f' colspan="{h.columns}"' if h.columns > 1 else "") + \
                    (f' rowspan="{h.lines}"' if h.lines > 1 else "")
            out.append(f"<th{attrs}>{_h(h.text)}</th>")
        out.append("</tr>")
    out.append("</thead><tbody>")
    return out


def _table(t: source.Table, kind: str) -> str:
    out = table_head(t, kind)
    for b, row in enumerate(t.rows):
        brk = ' class="page-break"' if b == t.page_break_before_row else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' for c in row[1:])
        out.append(f"<tr{brk}><td>{_h(row[0])}</td>{cells}</tr>\n")
    out.append("</tbody></table>\n")
    out.extend(f'<p class="tfn">{_h(f)}</p>\n' for f in t.footnotes)
    return "".join(out)


def build_html(dossier: source.Dossier, toc_pages: list[int] | None = None) -> str:
    out = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{_h(dossier.toc_heading)}</title>",
           f"<style>{CSS}</style></head><body>\n",
           f'<section class="toc"><h1>{_h(dossier.toc_heading)}</h1><ol class="toc">\n']
    for i, entry in enumerate(dossier.toc):
        page = toc_pages[i] if toc_pages else ""
        out.append(f'<li><span class="entry">{_h(entry.text)}</span>'
                   f'<span class="page">{page}</span></li>\n')
    out.append("</ol></section>\n")
    for project in dossier.projects:
        out.append(f'<section class="project"><p class="theme">{_h(project.theme)}</p>'
                   f"<h2>{_h(project.title)}</h2>\n")
        open_fields = False
        for row in project.rows:
            if isinstance(row, source.Table):
                if open_fields:
                    out.append("</dl>\n")
                    open_fields = False
                out.append(_table(row, "invest"))
                continue
            if not open_fields:
                out.append('<dl class="fields">\n')
                open_fields = True
            out.append(f"<dt>{_h(row.label)}</dt><dd>")
            for item in row.content:
                if isinstance(item, source.Table):
                    out.append(_table(item, "nested"))
                else:
                    out.append(f"<p>{_h(item)}</p>")
            out.append("</dd>\n")
        if open_fields:
            out.append("</dl>\n")
        if project.notes:
            out.append('<div class="notes">')
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<p>{_h(note.mark)} {_h(texts[0])}</p>")
                out.extend(f'<p class="more">{_h(t)}</p>' for t in texts[1:])
            out.append("</div>\n")
        out.append("</section>\n")
    out.append("</body></html>\n")
    return "".join(out)


def _print(html: Path, pdf: Path, profile: Path) -> None:
    chromium = need("chromium") if shutil.which("chromium") else need("chromium-browser")
    run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--no-first-run", "--no-default-browser-check", "--disable-extensions",
         "--font-render-hinting=none", f"--user-data-dir={profile}",
         "--no-pdf-header-footer", "--print-to-pdf-no-header",
         f"--print-to-pdf={pdf}", html.as_uri()], timeout=300)
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"chromium wrote no {pdf}")


def render_html(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The HTML lives in a temporary directory; pass `keep_html` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        html, pdf = tmp / (Path(pdf_path).stem + ".html"), tmp / (Path(pdf_path).stem + ".pdf")
        html.write_text(build_html(dossier, toc_pages), encoding="utf-8")
        _print(html, pdf, tmp / "profile")
        return html, pdf

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-chromium-", produce, keep_html)
