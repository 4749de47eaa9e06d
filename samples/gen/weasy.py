"""The "weasy" rendering: a document-management system's "export as PDF" on WeasyPrint.

One HTML document with CSS Paged Media: a sans body (Liberation Sans, else DejaVu Sans,
10pt, line height 1.4) on A4 with margins 22/20/25 mm; in the top-left margin box the
dossier's short name ("Regio Deal Twente", taken with string-set from the h1 over the
contents, left off the first page), in the bottom-right one "Pagina n van N". The
contents are links whose page numbers WeasyPrint fills in itself (target-counter) behind
dot leaders (leader()), in one pass. Every project on a new page under a small grey theme
line (its case as transcribed) and an h2 title; field labels as dark blue h3s,
paragraphs, list items with the source's own marker printed as text (list-style: none).
Tables with horizontal rules only (0.5pt #bbb under every row, 1.5pt under the header),
header cells bold and bottom-aligned, a group header ("Publiek") as a colspan cell with a
rule under it, amounts right-aligned in tabular figures, the "Totaal" row bold under a
rule; the thead repeats where a table breaks over a page; table footnotes in small type
under their table, the project's notes in small type at its end under a short rule.

WeasyPrint lays out with its own CSS engine and writes the PDF with its own writer
(pydyf), fonts through Pango. It writes no date without metadata and no /ID unless given
one; fontTools dates the subset fonts it embeds by SOURCE_DATE_EPOCH, set here.

The running header stands above every project's heading in the text, so the truth record
is read from the pages' text without that one line (otherwise as engines.truth_record).

Needs weasyprint and pdftotext on PATH (Debian: weasyprint poppler-utils).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from html import escape
from pathlib import Path

from . import source
from .engines import EPOCH, EngineError, need, page_texts, project_pages, stabilise_pdf, write_truth
from .zoo_common import dossier_name, is_total

STYLE = "weasy"

CSS = """
@page {
  size: A4;
  margin: 22mm 20mm 25mm;
  @top-left { content: string(house); font-size: 8pt; color: #888;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; vertical-align: bottom;
    padding-bottom: 6mm; }
  @bottom-right { content: "Pagina " counter(page) " van " counter(pages); font-size: 8pt;
    font-family: "Liberation Sans", "DejaVu Sans", sans-serif; color: #444; }
}
@page :first { @top-left { content: none; } }
html { font-family: "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10pt;
  line-height: 1.4; color: #222; }
body { margin: 0; }
h1 { string-set: house content(); font-size: 18pt; font-weight: bold; color: #1a3a5c;
  margin: 0 0 14pt; }
p.toc-heading { font-size: 13pt; font-weight: bold; margin: 0 0 8pt; }
ul.toc { list-style: none; margin: 0; padding: 0; }
ul.toc li { margin: 0 0 4pt; }
ul.toc a { color: inherit; text-decoration: none; }
ul.toc a::after { content: leader('.') target-counter(attr(href), page); }
section.project { break-before: page; }
p.theme { font-size: 8.5pt; color: #777; margin: 0 0 2pt; }
h2 { font-size: 15pt; font-weight: bold; line-height: 1.25; margin: 0 0 12pt; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1a3a5c; margin: 12pt 0 3pt;
  break-after: avoid; }
p { margin: 0 0 6pt; }
ul.items { list-style: none; margin: 0 0 6pt; padding: 0 0 0 1.4em; }
ul.items li { text-indent: -1.4em; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 1.3;
  margin: 6pt 0 8pt; }
th, td { padding: 3pt 5pt; border-bottom: 0.5pt solid #bbb; }
th { font-weight: bold; vertical-align: bottom; text-align: right; }
th.label { text-align: left; }
th.group { text-align: center; }
th.last { border-bottom: 1.5pt solid #333; }
td { vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
tr { break-inside: avoid; }
tr.page-break { break-before: page; }
tr.total td { font-weight: bold; border-top: 1pt solid #333; }
p.tfn { font-size: 8pt; line-height: 1.3; color: #444; margin: -4pt 0 4pt; }
div.notes { margin-top: 14pt; font-size: 8pt; line-height: 1.3; }
div.notes::before { content: ""; display: block; width: 40mm; margin-bottom: 4pt;
  border-top: 0.5pt solid #888; }
div.notes p { margin: 0 0 3pt; }
"""

# A list item as the source writes it: its marker, then the text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _h(text: str) -> str:
    return escape(text, quote=False)


def _table(t: source.Table) -> str:
    lines = len(t.header)
    out = ["<table><thead>"]
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th class="label last"{rs}>{_h(t.label)}</th>')
        for h in t.header_cells():
            if h.line != line:
                continue
            # The cells that reach the header's last line carry its heavier rule.
            cls = " ".join(c for c, on in (("group", h.columns > 1),
                                           ("last", h.line + h.lines == lines)) if on)
            attrs = (f' class="{cls}"' if cls else "") + \
                    (f' colspan="{h.columns}"' if h.columns > 1 else "") + \
                    (f' rowspan="{h.lines}"' if h.lines > 1 else "")
            out.append(f"<th{attrs}>{_h(h.text)}</th>")
        out.append("</tr>")
    out.append("</thead><tbody>\n")
    for b, row in enumerate(t.rows):
        cls = " ".join(c for c, on in (("total", is_total(row[0])),
                                       ("page-break", b == t.page_break_before_row)) if on)
        attr = f' class="{cls}"' if cls else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' for c in row[1:])
        out.append(f"<tr{attr}><td>{_h(row[0])}</td>{cells}</tr>\n")
    out.append("</tbody></table>\n")
    out.extend(f'<p class="tfn">{_h(f)}</p>\n' for f in t.footnotes)
    return "".join(out)


def _field(content) -> str:
    """Paragraphs, list items (one ul per run of them) and tables of a field."""
    out: list[str] = []
    in_list = False
    for item in content:
        item_is = isinstance(item, str) and _MARKER.match(item) is not None
        if in_list and not item_is:
            out.append("</ul>")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif item_is:
            if not in_list:
                out.append('<ul class="items">')
                in_list = True
            out.append(f"<li>{_h(item)}</li>")  # the source's own marker, as text
        else:
            out.append(f"<p>{_h(item)}</p>")
    if in_list:
        out.append("</ul>")
    return "".join(out) + "\n"


def house_name(dossier: source.Dossier) -> str:
    return f"Regio Deal {dossier_name(dossier)}".strip()


def build_html(dossier: source.Dossier) -> str:
    out = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{_h(house_name(dossier))}</title>",
           f"<style>{CSS}</style></head><body>\n",
           f'<section class="toc"><h1>{_h(house_name(dossier))}</h1>',
           f'<p class="toc-heading">{_h(dossier.toc_heading)}</p><ul class="toc">\n']
    for i, entry in enumerate(dossier.toc):
        out.append(f'<li><a href="#p{i + 1}">{_h(entry.text)}</a></li>\n')
    out.append("</ul></section>\n")
    for i, project in enumerate(dossier.projects):
        out.append(f'<section class="project" id="p{i + 1}"><p class="theme">{_h(project.theme)}</p>'
                   f"<h2>{_h(project.title)}</h2>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"<h3>{_h(row.label)}</h3>\n{_field(row.content)}")
        if project.notes:
            out.append('<div class="notes">')
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<p>{_h(note.mark)} {_h(texts[0])}</p>")
                out.extend(f"<p>{_h(t)}</p>" for t in texts[1:])
            out.append("</div>\n")
        out.append("</section>\n")
    out.append("</body></html>\n")
    return "".join(out)


def _print(html: Path, pdf: Path, home: Path) -> None:
    # Fontconfig's cache goes to the temporary folder, not the user's home. fontTools
    # stamps each subset font's head table with the time, unless SOURCE_DATE_EPOCH is set
    # (here engines.DATE_ISO); stabilise_pdf cannot reach it inside the compressed stream.
    cmd = [need("weasyprint"), "--quiet", "--base-url", str(html.parent), str(html), str(pdf)]
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"),
           "SOURCE_DATE_EPOCH": EPOCH}
    home.mkdir(mode=0o700, exist_ok=True)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=env)
    if proc.returncode != 0:
        raise EngineError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"weasyprint wrote no {pdf}")


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    """engines.truth_record, the running header's line taken off every page first."""
    house = house_name(dossier)
    texts = []
    for text in page_texts(pdf):
        lines = text.splitlines()
        first = next((k for k, line in enumerate(lines) if line.strip()), None)
        if first is not None and lines[first].strip() == house:
            del lines[first]
        texts.append("\n".join(lines))
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def render_weasy(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    One pass: WeasyPrint fills in the contents' page numbers itself. The HTML lives in a
    temporary directory; pass `keep_html` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-weasy-") as tmp:
        html, pdf = Path(tmp) / (pdf_path.stem + ".html"), Path(tmp) / (pdf_path.stem + ".pdf")
        html.write_text(build_html(dossier), encoding="utf-8")
        _print(html, pdf, Path(tmp) / "home")
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_html is not None:
            shutil.copyfile(html, keep_html)
    record = truth_record(dossier, pdf_path)
    write_truth(record, pdf_path)
    return record
