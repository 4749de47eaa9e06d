"""One more house style for the layout zoo (see zoo.py), held out: the dossier WRITTEN IN MARKDOWN
by a policy officer and printed with the VS Code extension "Markdown PDF" (Chromium headless,
the GitHub stylesheet added through `markdown-pdf.styles`), every table a GFM PIPE TABLE.

- markdownpdf: A4 portrait, the extension's default page margins (1.5 cm top, 1.0 cm bottom,
          1.0 cm left and right) and the body padded 12px further in. THE EXTENSION'S HEADER
          AND FOOTER TEMPLATES in 7pt grey (#777) DejaVu Sans: the Markdown FILE NAME
          "regiodeal-<name>.md" at the top left, the print date "12-3-2019" at the top right,
          "<n> / <N>" centred at the foot. Body in DejaVu Sans (standing in for "Segoe UI") at
          10pt on 1.6 lines, ink #24292e, paragraphs 0 above and 10pt below, ragged right.
          Page 1: the document's h1 "Regio Deal <Name> – projectvoorstellen" (2em, REGULAR
          weight as the GitHub sheet sets h1, a 1px #eaecef LINE UNDER IT over the full width,
          0.3em padding above the line), one intro paragraph, then the transcription's
          contents heading ("Inhoud") as an h2 over a bulleted list of link-blue (#0366d6)
          project titles, no page numbers. EVERY PROJECT FOLLOWS A MANUAL PAGE BREAK
          (`<div class="page"/>`): its title as an h1 (the same bordered h1), the theme under
          it as an italic grey line "Thema: <theme>". FIELD LABELS TWO WAYS, as the writer
          typed them: a field that is ONE short paragraph (at most 300 characters, no table,
          not a list item) as a RUN-IN BOLD LABEL with a colon ("**Partijen:** <text>", one
          paragraph); every other field an h2 "## <label>" (1.5em, semibold, with the GitHub
          h2's 1px #eaecef LINE UNDER IT too), its paragraphs under it. A list item keeps the
          transcription's marker as text (the writer escaped it) and hangs on it, 2em in.
          TABLES (the investment tables where they stand, those in a field in their field) as
          GFM pipe tables: ONE HEADER ROW ONLY (no merged cells in Markdown): the table's label
          in its left header cell, each value column's header the header lines' texts over it
          STACKED WITH <br> ("Publiek<br>Provincie"; a cell spanning lines, one text). GitHub's
          table look: border-collapse, 1px #dfe2e5 borders ON EVERY CELL, cells padded 6px 13px,
          the header row bold (600) on white, body rows white with EVERY SECOND ROW #f6f8fa,
          table 9pt, as wide as its content (at most the column). ALIGNMENT MIXED, as the writer
          typed the delimiter rows: in the even-numbered projects (2nd, 4th, ...) every value
          column `---:` (header and amounts RIGHT-aligned), elsewhere `---` (everything LEFT-
          aligned, GFM's default); the label column always left. Amounts exactly as
          transcribed ("7.500.000*" typed "7.500.000\\*"), empty cells empty. A table breaks
          between rows with its header row repeated (Chromium repeats <thead>). Table footnotes
          as plain paragraphs under the table. PROJECT NOTES at the end as a BLOCKQUOTE (the
          GitHub quote: a 0.25em #dfe2e5 bar at the left, grey #6a737d text, 1em in), one
          paragraph per note paragraph, the mark first.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed. A
project runs from the page of its h1 to the page of its last paragraph, table row or note (read
from WeasyPrint's anchors).
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from . import source
from .zoo_common import LIST_ITEM, dossier_name

DATE = "12-3-2019"

CSS = """
@page {
  size: A4; margin: 15mm 10mm 10mm 10mm;
  @top-left { content: "%(file)s"; font: 7pt "DejaVu Sans"; color: #777; vertical-align: middle; }
  @top-right { content: "%(date)s"; font: 7pt "DejaVu Sans"; color: #777; vertical-align: middle; }
  @bottom-center { content: counter(page) " / " counter(pages); font: 7pt "DejaVu Sans"; color: #777;
                   vertical-align: middle; }
}
html { font-family: "DejaVu Sans", sans-serif; font-size: 10pt; line-height: 1.6; color: #24292e; }
body { margin: 0; padding: 0 12px; }
p, blockquote, table, ul { margin: 0 0 10pt; }
p { orphans: 2; widows: 2; }
h1, h2 { break-after: avoid; line-height: 1.25; }
h1 { font-size: 2em; font-weight: normal; margin: 0 0 12pt; padding-bottom: 0.3em; border-bottom: 1px solid #eaecef; }
h2 { font-size: 1.5em; font-weight: 600; margin: 18pt 0 12pt; padding-bottom: 0.3em; border-bottom: 1px solid #eaecef; }
p.theme { color: #6a737d; font-style: italic; margin-top: -4pt; }
p.item { padding-left: 2em; text-indent: -1.1em; margin-bottom: 3pt; }
ul.toc { padding-left: 2em; }
ul.toc li { color: #0366d6; margin: 0 0 2pt; }
div.page { break-after: page; height: 0; }
table { border-collapse: collapse; border-spacing: 0; font-size: 9pt; line-height: 1.45; max-width: 100%%; }
table th { font-weight: 600; background: #fff; }
table th, table td { padding: 6px 13px; border: 1px solid #dfe2e5; vertical-align: top; }
table tr { background: #fff; border-top: 1px solid #c6cbd1; break-inside: avoid; }
table tbody tr:nth-child(2n) { background: #f6f8fa; }
th.l, td.l { text-align: left; }
th.r, td.r { text-align: right; }
blockquote { padding: 0 1em; color: #6a737d; border-left: 0.25em solid #dfe2e5; margin-left: 0; margin-right: 0; }
blockquote p { margin: 0 0 4pt; }
"""

SHORT = 300


def _run_in(field: source.Field) -> bool:
    return (len(field.content) == 1 and isinstance(field.content[0], str)
            and len(field.content[0]) <= SHORT and not LIST_ITEM.match(field.content[0]))


def _headers(t: source.Table) -> list[str]:
    """Each value column's header in the one header row a pipe table has: the texts of the
    header lines over it, stacked with <br>."""
    n = t.columns
    stack: list[list[str]] = [[] for _ in range(n)]
    for h in sorted(t.header_cells(), key=lambda h: (h.line, h.column)):
        for c in range(h.column, h.column + h.columns):
            if h.text and c - 1 < n:
                stack[c - 1].append(h.text)
    return ["<br>".join(escape(x) for x in s) for s in stack]


def build_html(dossier: source.Dossier) -> str:
    name = dossier_name(dossier)
    file = f"regiodeal-{name.lower().replace(' ', '-') or 'regio'}.md"
    css = CSS % {"file": file, "date": DATE}
    title = f"Regio Deal {name} – projectvoorstellen".replace("  ", " ")
    out = [f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{escape(file)}</title>'
           f"<style>{css}</style></head><body>",
           f"<h1>{escape(title)}</h1>",
           "<p>Dit document bundelt de projectvoorstellen van de Regio Deal, met per project de "
           "velden uit het aanvraagformulier en het investeringsoverzicht.</p>",
           f"<h2>{escape(dossier.toc_heading or 'Inhoud')}</h2>", '<ul class="toc">']
    out += [f"<li>{escape(pr.title)}</li>" for pr in dossier.projects]
    out.append("</ul>")
    seq = 0

    def mark(p):
        nonlocal seq
        seq += 1
        return f'<span id="p{p}-e{seq}"></span>'

    def table(t: source.Table, p: int, right: bool) -> str:
        nonlocal seq
        al = "r" if right else "l"
        heads = _headers(t)
        rows = [f'<thead><tr><th class="l">{escape(t.label)}{mark(p)}</th>'
                + "".join(f'<th class="{al}">{h}</th>' for h in heads) + "</tr></thead><tbody>"]
        for body in t.rows:
            cells = list(body[1:]) + [""] * (t.columns + 1 - len(body))
            rows.append(f'<tr><td class="l">{escape(body[0])}{mark(p)}</td>'
                        + "".join(f'<td class="{al}">{escape(c)}</td>' for c in cells[:t.columns]) + "</tr>")
        rows.append("</tbody>")
        foot = "".join(f"<p>{escape(f)}{mark(p)}</p>" for f in t.footnotes)
        return "<table>" + "".join(rows) + "</table>" + foot

    def paragraph(text: str, p: int) -> str:
        cls = ' class="item"' if LIST_ITEM.match(text) else ""
        return f"<p{cls}>{escape(text)}{mark(p)}</p>"

    for p, pr in enumerate(dossier.projects):
        right = p % 2 == 1
        out.append('<div class="page"></div>')
        out.append(f'<h1 id="p{p}-h">{escape(pr.title)}</h1>')
        out.append(f'<p class="theme">Thema: {escape(pr.theme)}{mark(p)}</p>')
        for row in pr.rows:
            if isinstance(row, source.Table):
                out.append(table(row, p, right))
                continue
            if _run_in(row):
                out.append(f"<p><strong>{escape(row.label)}:</strong> {escape(row.content[0])}{mark(p)}</p>")
                continue
            out.append(f"<h2>{escape(row.label)}{mark(p)}</h2>")
            for item in row.content:
                out.append(table(item, p, right) if isinstance(item, source.Table) else paragraph(item, p))
        if pr.notes:
            out.append("<blockquote>")
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    lead = f"{escape(note.mark)} " if j == 0 else ""
                    out.append(f"<p>{lead}{escape(text)}{mark(p)}</p>")
            out.append("</blockquote>")
    out.append("</body></html>")
    return "\n".join(out)


def render_markdownpdf(dossier: source.Dossier, pdf_path) -> dict:
    from weasyprint import HTML

    html = build_html(dossier)
    doc = HTML(string=html, base_url=str(Path(pdf_path).parent)).render()
    first, last = {}, {}
    for n, page in enumerate(doc.pages, start=1):
        for anchor in page.anchors:
            m = re.fullmatch(r"p(\d+)-(h|e\d+)", anchor)
            if not m:
                continue
            p = int(m.group(1))
            if m.group(2) == "h":
                first.setdefault(p, n)
            last[p] = max(last.get(p, 0), n)
    Path(pdf_path).parent.mkdir(parents=True, exist_ok=True)
    doc.write_pdf(str(pdf_path))
    return {"style": "markdownpdf", "pages": len(doc.pages),
            "projects": [{"title": pr.title, "first_page": first.get(p), "last_page": last.get(p)}
                         for p, pr in enumerate(dossier.projects)]}
