"""The "web" rendering: an HTML export printed to PDF with WeasyPrint."""

from __future__ import annotations

import os
import re
from datetime import datetime
from html import escape as _escape

from weasyprint import HTML

from . import source
from .layout import Layout

PX_TO_PT = 0.75
DATE = "2018-06-01T12:00:00+02:00"
EPOCH = int(datetime.fromisoformat(DATE).timestamp())

CSS = """
@page {
  size: A4;
  margin: 18mm 17mm 22mm 19mm;
  @bottom-right { content: counter(page); font: 9pt "DejaVu Serif"; color: #444; }
}
html { font: 10pt/1.4 "DejaVu Serif", serif; color: #111; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 14pt; font-weight: bold; }
h2 { font-size: 14pt; margin: 0 0 10pt; font-weight: bold; color: #1d3a5f; }
section.project { break-before: page; }
table { border-collapse: collapse; width: 100%; }
tr { break-inside: avoid; }
td, th { vertical-align: top; text-align: left; }
span.nw { white-space: nowrap; }
table.toc td { padding: 1pt 0 3pt; vertical-align: bottom; }
table.toc td.page { text-align: right; width: 30pt; }
table.fields { margin: 0; }
table.fields td { padding: 2pt 0 4pt 8pt; }
table.fields td.label { width: 27%; padding-left: 0; font-weight: bold; }
table.fields tr.first > td { border-top: 0.75pt solid #8a8a8a; padding-top: 5pt; }
table.invest { margin: 10pt 0 4pt; font-size: 9pt; }
table.invest th, table.invest td { padding: 3pt 4pt; }
table.invest thead th { font-weight: bold; text-align: center; vertical-align: bottom;
  border-bottom: 0.75pt solid #8a8a8a; }
table.invest thead th.label { text-align: left; }
table.invest thead tr:last-child th, table.invest thead th.tall { border-bottom: 1.5pt solid #222; }
table.invest tbody td { border-bottom: 0.5pt solid #8a8a8a; }
table.invest td.num { text-align: right; }
table.invest tr.page-break { break-before: page; }
table.nested { margin: 4pt 0 6pt; font-size: 9pt; }
table.nested th, table.nested td { padding: 2pt 5pt; border-bottom: 0.5pt solid #8a8a8a; }
table.nested thead th { font-weight: bold; text-align: center; border-bottom: 1pt solid #222; }
table.nested thead th.label { text-align: left; width: 38%; }
table.nested td.num { text-align: right; }
p.tfn { font-size: 8pt; margin: 0 0 2pt; }
div.after-table { margin-bottom: 10pt; }
div.notes { margin-top: 14pt; border-top: 0.5pt solid #8a8a8a; padding-top: 3pt; }
div.notes p { font-size: 7.5pt; margin: 0 0 2pt; }
div.notes p.more { padding-left: 8pt; }
"""


# The trailing space goes inside the span: WeasyPrint draws no whitespace-only
# text box, so a space left alone between two spans would vanish from the text.
_BREAKABLE = re.compile(r"\S*[-/\u2010-\u2014]\S*\s?")


def escape(text: str) -> str:
    """HTML-escape; tokens with a hyphen, dash or slash are kept on one line.

    Browsers may break after those characters; the Word rendering only breaks at
    spaces, and a break inside "co-financiering" or "Opgaven/Investeringen" can
    not be told apart from one at a space when the text is read back.
    """
    out, last = [], 0
    for m in _BREAKABLE.finditer(text):
        out.append(_escape(text[last:m.start()]))
        out.append(f'<span class="nw">{_escape(m.group())}</span>')
        last = m.end()
    out.append(_escape(text[last:]))
    return "".join(out)


class _Page:
    """Collects the HTML of one dossier and what each element id stands for."""

    def __init__(self, dossier: source.Dossier):
        self.dossier = dossier
        self.out: list[str] = []
        self.ids: dict[str, tuple] = {}
        self._n = 0

    def id(self, *meaning) -> str:
        self._n += 1
        key = f"e{self._n}"
        self.ids[key] = meaning
        return key

    def html(self) -> str:
        d = self.dossier
        w = self.out.append
        w('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">')
        w('<title>Regio Deal Twente - projecten</title>')
        w('<meta name="author" content="Regio Twente">')
        w('<meta name="generator" content="samples.gen (web)">')
        w(f'<meta name="dcterms.created" content="{DATE}">')
        w(f'<meta name="dcterms.modified" content="{DATE}">')
        w(f'<style>{CSS}</style></head><body>\n')
        w(f'<section class="toc"><h1>{escape(d.toc_heading)}</h1><table class="toc">')
        for e in d.toc:
            w(f'<tr><td>{escape(e.text)}</td><td class="page">{e.page}</td></tr>')
        w('</table></section>\n')
        for p, project in enumerate(d.projects):
            self._project(p, project)
        w('</body></html>\n')
        return "".join(self.out)

    def _project(self, p: int, project: source.Project) -> None:
        w = self.out.append
        w(f'<section class="project"><h2 id="{self.id("start", p)}">{escape(project.heading)}</h2>\n')
        tables = 0
        open_fields = False
        for r, row in enumerate(project.rows):
            if isinstance(row, source.Table):
                if open_fields:
                    w('</table>\n')
                    open_fields = False
                self._table(p, tables, row, "invest")
                tables += 1
                continue
            if not open_fields:
                w('<table class="fields">')
                open_fields = True
            for k, item in enumerate(row.content or ("",)):
                w('<tr class="first">' if k == 0 else '<tr>')
                if k == 0:
                    w(f'<td class="label" id="{self.id("field", p, r)}">{escape(row.label)}</td>')
                else:
                    w('<td class="label"></td>')
                if isinstance(item, source.Table):
                    w(f'<td id="{self.id("field", p, r)}">')
                    self._table(p, tables, item, "nested", field=r)
                    tables += 1
                    w('</td>')
                else:
                    w(f'<td id="{self.id("field", p, r)}">{escape(item)}</td>')
                w('</tr>\n')
        if open_fields:
            w('</table>\n')
        if project.notes:
            w('<div class="notes">')
            for note in project.notes:
                texts = note.text or ("",)
                w(f'<p>{escape(note.mark)} {escape(texts[0])}</p>')
                w("".join(f'<p class="more">{escape(t)}</p>' for t in texts[1:]))
            w('</div>')
        w('</section>\n')

    def _table(self, p: int, ti: int, t: source.Table, kind: str, field=None) -> None:
        w = self.out.append

        def cid(part, row, column, text):
            return self.id("cell", p, ti, part, row, column, text, field)

        lines = len(t.header)
        w(f'<table class="{kind}"><thead>')
        placed = t.header_cells()
        for line in range(lines):
            w('<tr>')
            if line == 0:
                rs = f' rowspan="{lines}"' if lines > 1 else ""
                tall = " tall" if lines > 1 else ""
                w(f'<th class="label{tall}"{rs} id="{cid("header", 0, 0, t.label)}">'
                  f'{escape(t.label)}</th>')
            for h in placed:
                if h.line != line:
                    continue
                attrs = ""
                if h.columns > 1:
                    attrs += f' colspan="{h.columns}"'
                if h.lines > 1:
                    attrs += f' rowspan="{h.lines}"'
                tall = ' class="tall"' if h.line + h.lines == lines and lines > 1 else ""
                w(f'<th{attrs}{tall} id="{cid("header", h.line, h.column, h.text)}">'
                  f'{escape(h.text)}</th>')
            w('</tr>')
        w('</thead><tbody>')
        for b, row in enumerate(t.rows):
            brk = ' class="page-break"' if b == t.page_break_before_row else ""
            w(f'<tr{brk}><td id="{cid("body", b, 0, row[0])}">{escape(row[0])}</td>')
            for c, text in enumerate(row[1:], 1):
                w(f'<td class="num" id="{cid("body", b, c, text)}">{escape(text)}</td>')
            w('</tr>\n')
        w('</tbody></table>\n')
        for f, text in enumerate(t.footnotes):
            w(f'<p class="tfn" id="{cid("footnote", f, 1, text)}">{escape(text)}</p>')
        if kind == "invest" and not t.footnotes:
            w('<div class="after-table"></div>')


def _boxes_by_id(page_box):
    """First (outermost) box of each element carrying an id, in tree order."""
    found = {}
    for box in page_box.descendants():
        element = getattr(box, "element", None)
        if element is None:
            continue
        key = element.get("id")
        if key and key not in found:
            found[key] = box
    return found


def render_web(dossier: source.Dossier, pdf_path, layout_path) -> Layout:
    page = _Page(dossier)
    html = page.html()
    document = HTML(string=html, base_url=".").render()
    layout = Layout(dossier)
    layout.pages = len(document.pages)
    for number, pg in enumerate(document.pages, 1):
        for key, box in _boxes_by_id(pg._page_box).items():
            meaning = page.ids.get(key)
            if meaning is None:
                continue
            x, y, h = box.content_box_x(), box.content_box_y(), box.height
            if not h:
                # An empty cell: use its padding box so the box keeps an area.
                y, h = box.padding_box_y(), box.padding_height()
            # Half a point of slack: glyph edges sit exactly on the content box.
            bbox = (x * PX_TO_PT - 0.5, y * PX_TO_PT - 0.5,
                    (x + box.width) * PX_TO_PT + 0.5, (y + h) * PX_TO_PT + 0.5)
            kind = meaning[0]
            if kind == "start":
                layout.project_start(meaning[1], number)
            elif kind == "field":
                layout.field(meaning[1], meaning[2], number)
            else:
                _, p, ti, part, row, column, text, field = meaning
                layout.cell(p, ti, part, row, column, text, number, bbox)
                if field is not None:
                    layout.field(p, field, number)
    # fontTools stamps subset fonts with the current time unless SOURCE_DATE_EPOCH is set.
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = str(EPOCH)
    try:
        document.write_pdf(str(pdf_path), pdf_identifier=True)
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    layout.write(layout_path)
    return layout
