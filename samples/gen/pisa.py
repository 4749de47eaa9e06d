"""The "xhtml2pdf" rendering: a web application's HTML template printed by xhtml2pdf (pisa).

What a Django or Flask app does to offer "download as PDF": one HTML template converted by
xhtml2pdf, which turns HTML and its own subset of CSS into reportlab flowables and lays
them out with reportlab (its own table layout, its own page model). A4 pages with three
@page frames: a static header frame with the dossier's short name ("Regio Deal Twente"), the
content frame, and a static footer frame "Pagina <pdf:pagenumber> van <pdf:pagecount>".
The first page is the contents, xhtml2pdf's own <pdf:toc /> built from the h1 headings,
page numbers filled in by reportlab's multi-pass build. Every project starts on a new page
(<pdf:nextpage />) with an h1 whose first line is the theme in small grey type and whose
second line is the title: one heading, so the contents entry reads "theme title" as the
transcription's does. Field labels as h3s (kept with what follows), paragraphs as p, list
items in a ul without bullets, each with the source's own marker as text. Tables with a
thin border on every cell, percent column widths (xhtml2pdf sizes them), a header row
(a group like "Publiek" as a th colspan over its members on a second header row) that
repeats where a table breaks over a page, amounts right-aligned as transcribed, the
"Totaal" row bold, table footnotes small under their table, the project's notes small at
its end. Where the source breaks a table at a row the template closes the table, starts
a new page and opens it again under the same header: xhtml2pdf moves a page-break on a tr
to before the whole table.

Fonts: reportlab's core Helvetica (WinAnsi); the characters it lacks ("₂", "●", "○", "⁴")
are set in DejaVu Sans, registered with @font-face from /usr/share/fonts/truetype/dejavu.

reportlab stamps dates and a random /ID: its invariant mode fixes both while the PDF is
written, and engines.stabilise_pdf sets the shared date. The running header stands above
every project's heading in the text, so the truth record is read from the pages' text
without that line (otherwise as engines.truth_record).

Needs xhtml2pdf in the environment, DejaVu Sans (Debian: fonts-dejavu-core) and pdftotext
on PATH (Debian: poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from html import escape
from pathlib import Path

from . import source
from .engines import EngineError, page_texts, project_pages, stabilise_pdf, write_truth
from .zoo_common import dossier_name, is_total

STYLE = "xhtml2pdf"
FONTS = Path("/usr/share/fonts/truetype/dejavu")

CSS = """
@font-face { font-family: "DejaVu Sans"; src: url("%(fonts)s/DejaVuSans.ttf"); }
@font-face { font-family: "DejaVu Sans"; src: url("%(fonts)s/DejaVuSans-Bold.ttf");
  font-weight: bold; }
@page {
  size: a4 portrait;
  @frame header { -pdf-frame-content: page-header; left: 2cm; width: 17cm; top: 1.2cm;
    height: 1cm; }
  @frame content { left: 2cm; width: 17cm; top: 2.4cm; height: 24.4cm; }
  @frame footer { -pdf-frame-content: page-footer; left: 2cm; width: 17cm; top: 27.4cm;
    height: 1cm; }
}
body { font-family: Helvetica; font-size: 10pt; line-height: 1.35; color: #222; }
#page-header { font-size: 8pt; color: #777; }
#page-footer { font-size: 8pt; color: #444; text-align: right; }
.glyph { font-family: "DejaVu Sans"; }
h2.contents { font-size: 16pt; color: #1a3a5c; margin-bottom: 10pt; -pdf-outline: false; }
pdftoc { font-size: 10pt; }
h1 { font-size: 16pt; color: #1a3a5c; line-height: 1.25; margin: 0 0 10pt 0;
  -pdf-outline-level: 0; }
h1 .theme { font-size: 8.5pt; font-weight: normal; color: #777; }
h3 { font-size: 10.5pt; color: #1a3a5c; margin: 10pt 0 3pt 0; -pdf-outline: false;
  -pdf-keep-with-next: true; }
p { margin: 0 0 5pt 0; }
ul.items { list-style-type: none; margin: 0 0 5pt 0; padding-left: 0; }
ul.items li { margin: 0 0 2pt 0; }
table { font-size: 8.5pt; margin: 6pt 0 6pt 0; }
th, td { border: 0.5pt solid #888; padding: 3pt 4pt 2pt 4pt; vertical-align: top; }
th { background-color: #e8eef4; font-weight: bold; text-align: center; }
th.label { text-align: left; }
td.num { text-align: right; }
tr.total td { font-weight: bold; }
p.tfn { font-size: 7.5pt; color: #444; margin: 0 0 3pt 0; }
div.notes { margin-top: 12pt; border-top: 0.5pt solid #888; padding-top: 4pt; }
div.notes p { font-size: 7.5pt; margin: 0 0 3pt 0; }
"""

# A list item as the source writes it: its marker, then the text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _h(text: str) -> str:
    """Escaped text; a character Helvetica's WinAnsi lacks goes in a DejaVu span."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(escape(ch, quote=False))
        except UnicodeEncodeError:
            out.append(f'<span class="glyph">{escape(ch, quote=False)}</span>')
    return "".join(out)


def house_name(dossier: source.Dossier) -> str:
    return f"Regio Deal {dossier_name(dossier)}".strip()


def _widths(t: source.Table) -> tuple[str, str]:
    """Percent widths a template author would set: a third for the labels, the rest shared."""
    return "34%", f"{66 / max(t.columns, 1):.1f}%"


def _head(t: source.Table) -> str:
    """The opening tag and the header rows, spans where the source spans."""
    label_width, value_width = _widths(t)
    lines = len(t.header)
    out = [f'<table repeat="{lines}"><thead>']
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th class="label" width="{label_width}"{rs}>{_h(t.label)}</th>')
        for h in t.header_cells():
            if h.line != line:
                continue
            attrs = (f' colspan="{h.columns}"' if h.columns > 1 else "") + \
                    (f' rowspan="{h.lines}"' if h.lines > 1 else "") + \
                    (f' width="{value_width}"' if h.columns == 1 else "")
            out.append(f"<th{attrs}>{_h(h.text)}</th>")
        out.append("</tr>")
    out.append("</thead>\n")
    return "".join(out)


def _table(t: source.Table) -> str:
    out = [_head(t)]
    for b, row in enumerate(t.rows):
        if b == t.page_break_before_row:
            # xhtml2pdf puts a tr's page break before the whole table: close it, break,
            # reopen it under the same header.
            out.append(f"</table>\n<pdf:nextpage />\n{_head(t)}")
        cls = ' class="total"' if is_total(row[0]) else ""
        cells = "".join(f'<td class="num">{_h(c)}</td>' for c in row[1:])
        out.append(f"<tr{cls}><td>{_h(row[0])}</td>{cells}</tr>\n")
    out.append("</table>\n")
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


def build_html(dossier: source.Dossier) -> str:
    out = ['<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{_h(house_name(dossier))}</title>",
           f"<style>{CSS % {'fonts': FONTS.as_posix()}}</style></head><body>\n",
           f'<div id="page-header">{_h(house_name(dossier))}</div>\n',
           '<div id="page-footer">Pagina <pdf:pagenumber /> van <pdf:pagecount /></div>\n',
           f'<h2 class="contents">{_h(dossier.toc_heading)}</h2>\n<pdf:toc />\n']
    for project in dossier.projects:
        # The space before the br keeps theme and title apart in the contents entry.
        out.append(f'<pdf:nextpage />\n<h1><span class="theme">{_h(project.theme)}</span> <br />'
                   f"{_h(project.title)}</h1>\n")
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
    out.append("</body></html>\n")
    return "".join(out)


def _convert(html: Path, pdf: Path) -> None:
    try:
        from reportlab import rl_config
        from xhtml2pdf import pisa
        from xhtml2pdf.config.resources import ResourceAccessPolicy
    except ImportError as e:
        raise EngineError(f"xhtml2pdf is not installed ({e}): pip install xhtml2pdf") from None
    if not (FONTS / "DejaVuSans.ttf").is_file():
        raise EngineError(f"no DejaVu Sans in {FONTS} (Debian: apt-get install -y fonts-dejavu-core)")
    # Local reads confined to the template's folder and the font folder, no network.
    policy = ResourceAccessPolicy(allow_remote=False, base_dir=html.parent, extra_roots=(FONTS,))
    # Invariant mode: a fixed date and a /ID from the content, not the clock and chance.
    # Module-wide in reportlab, so it is put back afterwards.
    invariant = rl_config.invariant
    rl_config.invariant = 1
    try:
        with open(pdf, "wb") as fh:
            result = pisa.CreatePDF(html.read_text(encoding="utf-8"), dest=fh, path=str(html),
                                    encoding="utf-8", resource_policy=policy)
    finally:
        rl_config.invariant = invariant
    if result.err:
        raise EngineError(f"xhtml2pdf reported {result.err} error(s) for {html}")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"xhtml2pdf wrote no {pdf}")


def _texts(dossier: source.Dossier, pdf: str | Path) -> list[str]:
    """The pages' text, the running header's line taken off each."""
    house = house_name(dossier)
    texts = []
    for text in page_texts(pdf):
        lines = text.splitlines()
        first = next((k for k, line in enumerate(lines) if line.strip()), None)
        if first is not None and lines[first].strip() == house:
            del lines[first]
        texts.append("\n".join(lines))
    return texts


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    """engines.truth_record, the running header's line taken off every page first."""
    texts = _texts(dossier, pdf)
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def _check_contents(dossier: source.Dossier, pdf: Path) -> None:
    """The contents' page numbers (the bare numbers on page 1) are the projects' first pages."""
    texts = _texts(dossier, pdf)
    printed = [int(line) for line in texts[0].splitlines() if line.strip().isdigit()]
    found = [a for a, _b in project_pages(dossier, texts)]
    if printed != found:
        raise EngineError(f"contents name pages {printed}, the projects start on {found}")


def render_xhtml2pdf(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    One conversion: xhtml2pdf fills in the contents' page numbers itself. The HTML lives
    in a temporary directory; pass `keep_html` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    with tempfile.TemporaryDirectory(prefix="regio-xhtml2pdf-") as tmp:
        html, pdf = Path(tmp) / (pdf_path.stem + ".html"), Path(tmp) / (pdf_path.stem + ".pdf")
        html.write_text(build_html(dossier), encoding="utf-8")
        _convert(html, pdf)
        _check_contents(dossier, pdf)
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
        if keep_html is not None:
            shutil.copyfile(html, keep_html)
    record = truth_record(dossier, pdf_path)
    write_truth(record, pdf_path)
    return record
