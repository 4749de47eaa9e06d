"""The "wkhtml" rendering: a plain CMS page printed by wkhtmltopdf.

One HTML document with a CMS-like stylesheet: serif body (DejaVu Serif 10.5pt, line
height 1.45), an h1 over a contents list (ol) whose page numbers are filled in on a
later pass, every project on a new page (page-break-before) under a small grey theme
line and an h2 title, field labels as h4, paragraphs, list items as a ul/ol that keeps
the source's own marker as text, investment tables and tables in a field as plain
grid tables (1px #999 borders, border-collapse) with a light grey header row, a group
header ("Publiek") as one colspan cell over its members, amounts right-aligned as the
source prints them, the "Totaal" row bold, the thead a table-header-group (which this
Qt WebKit does not repeat on a page break); table footnotes in small type under their
table, the project's notes in small type at its end.

wkhtmltopdf renders with Qt WebKit (an old engine: no flex, no grid, no CSS page-margin
boxes, no page-break-after: avoid, so a label can end a page) and writes the PDF with
Qt's own PDF backend, a different structure from Chromium's. Debian's build is linked
against an unpatched Qt, which ignores --footer-*, --disable-smart-shrinking and
--print-media-type: the pages carry no printed page number (only the contents does),
and WebKit's shrink prints the 10.5pt body at about 8pt.

Needs wkhtmltopdf and pdftotext on PATH (Debian: wkhtmltopdf poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from html import escape
from pathlib import Path

from . import source
from .browser import table_head
from .engines import EngineError, need, render_settled

STYLE = "wkhtml"

CSS = """
html { font-family: "DejaVu Serif", serif; font-size: 10.5pt; line-height: 1.45; color: #222; }
body { margin: 0; }
h1 { font-size: 18pt; font-weight: bold; margin: 0 0 12pt; }
ol.toc { list-style: none; margin: 0; padding: 0; }
ol.toc li { margin: 0 0 3pt; }
ol.toc span.page { float: right; padding-left: 12pt; }
div.project { page-break-before: always; }
p.theme { font-size: 8.5pt; color: #777; margin: 0 0 2pt; }
h2 { font-size: 15pt; font-weight: bold; line-height: 1.25; margin: 0 0 10pt; }
h4 { font-size: 10.5pt; font-weight: bold; margin: 12pt 0 3pt; page-break-after: avoid; }
p { margin: 0 0 6pt; }
ul.items, ol.items { list-style: none; margin: 0 0 6pt; padding: 0 0 0 1.3em; }
ul.items li, ol.items li { text-indent: -1.3em; margin: 0 0 2pt; }
table { border: 1px solid #999; border-collapse: collapse; width: 100%; font-size: 9pt;
  line-height: 1.3; margin: 6pt 0 8pt; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; }
th, td { border: 1px solid #999; padding: 3pt 4pt; vertical-align: top; }
th { background: #e8e8e8; font-weight: bold; text-align: center; }
th.label { text-align: left; }
td.num { text-align: right; }
tr.total td { font-weight: bold; }
p.tfn { font-size: 8pt; line-height: 1.3; margin: -4pt 0 4pt; }
div.notes { margin-top: 14pt; }
div.notes p { font-size: 8pt; line-height: 1.3; margin: 0 0 3pt; }
"""

# A list item as the source writes it: its marker, then the text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)])\s+")


def _h(text: str) -> str:
    return escape(text, quote=False)


def _is_total(label: str) -> bool:
    return label.strip().lower().startswith(("totaal", "total"))


def _table(t: source.Table, kind: str, rows=None) -> str:
    out = [*table_head(t, kind), "\n"]
    for row in t.rows if rows is None else rows:
        cls = ' class="total"' if _is_total(row[0]) else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' for c in row[1:])
        out.append(f"<tr{cls}><td>{_h(row[0])}</td>{cells}</tr>\n")
    out.append("</tbody></table>\n")
    return "".join(out)


def _investment(t: source.Table) -> str:
    # Qt WebKit ignores page-break-before on a table row: where the source breaks the
    # table, print it as two tables (the second under the same header) on two pages.
    b = t.page_break_before_row
    if b is None:
        body = _table(t, "invest")
    else:
        body = (_table(t, "invest", t.rows[:b]) + '<div style="page-break-before: always"></div>'
                + _table(t, "invest", t.rows[b:]))
    return body + "".join(f'<p class="tfn">{_h(f)}</p>\n' for f in t.footnotes)


def _field(content) -> str:
    """Paragraphs, list items (one ul or ol per run of them) and tables of a field."""
    out: list[str] = []
    open_list = ""
    for item in content:
        m = _MARKER.match(item) if isinstance(item, str) else None
        kind = ("ol" if m.group(1)[0].isdigit() else "ul") if m else ""
        if open_list and kind != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if isinstance(item, source.Table):
            out.append(_table(item, "nested"))
            out.extend(f'<p class="tfn">{_h(f)}</p>\n' for f in item.footnotes)
        elif m:
            if not open_list:
                out.append(f'<{kind} class="items">')
                open_list = kind
            # No list-style: the marker stays the source's own, printed as text.
            out.append(f"<li>{_h(item)}</li>")
        else:
            out.append(f"<p>{_h(item)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return "".join(out) + "\n"


def build_html(dossier: source.Dossier, toc_pages: list[int] | None = None) -> str:
    out = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{_h(dossier.toc_heading)}</title>",
           f"<style>{CSS}</style></head><body>\n",
           f'<div class="toc"><h1>{_h(dossier.toc_heading)}</h1><ol class="toc">\n']
    for i, entry in enumerate(dossier.toc):
        page = toc_pages[i] if toc_pages else ""
        out.append(f'<li><span class="page">{page}</span>{_h(entry.text)}</li>\n')
    out.append("</ol></div>\n")
    for project in dossier.projects:
        out.append(f'<div class="project"><p class="theme">{_h(project.theme)}</p>'
                   f"<h2>{_h(project.title)}</h2>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_investment(row))
            else:
                out.append(f"<h4>{_h(row.label)}</h4>\n{_field(row.content)}")
        if project.notes:
            out.append('<div class="notes">')
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<p>{_h(note.mark)} {_h(texts[0])}</p>")
                out.extend(f"<p>{_h(t)}</p>" for t in texts[1:])
            out.append("</div>\n")
        out.append("</div>\n")
    out.append("</body></html>\n")
    return "".join(out)


def _print(html: Path, pdf: Path, home: Path) -> None:
    cmd = [need("wkhtmltopdf"), "--quiet", "--page-size", "A4",
           "--margin-top", "20mm", "--margin-bottom", "20mm",
           "--margin-left", "20mm", "--margin-right", "20mm",
           "--encoding", "utf-8", "--enable-local-file-access",
           str(html), str(pdf)]
    # Qt's runtime and cache folders in the temporary directory, not the user's home; no
    # X server. Qt's PDF writer lists the fonts in hash order, which is seeded per process
    # unless QT_HASH_SEED is fixed. (Qt ignores SOURCE_DATE_EPOCH: stabilise_pdf does the date.)
    env = {**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(home),
           "XDG_CACHE_HOME": str(home / "cache"), "QT_QPA_PLATFORM": "offscreen",
           "QT_HASH_SEED": "0"}
    home.mkdir(mode=0o700, exist_ok=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env)
    if proc.returncode != 0:
        raise EngineError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"wkhtmltopdf wrote no {pdf}")


def render_wkhtml(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The HTML lives in a temporary directory; pass `keep_html` to copy it somewhere.
    """
    def produce(tmp: Path, toc_pages: list[int] | None) -> tuple[Path, Path]:
        html, pdf = tmp / (Path(pdf_path).stem + ".html"), tmp / (Path(pdf_path).stem + ".pdf")
        html.write_text(build_html(dossier, toc_pages), encoding="utf-8")
        _print(html, pdf, tmp / "home")
        return html, pdf

    return render_settled(STYLE, dossier, Path(pdf_path), "regio-wkhtml-", produce, keep_html)
