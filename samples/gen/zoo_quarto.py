"""One more house style for the layout zoo (see zoo.py), held out: a data analyst's report made
with QUARTO from a Jupyter notebook (code cells hidden) and printed to PDF from the browser,
every table of the dossier a pandas DataFrame as the notebook displays it.

- quarto: the HTML report Quarto renders (Bootstrap "cosmo" look, `number-sections: true`,
          `number-depth: 2`, `echo: false`), printed from Chrome to A4 with the browser's
          header and footer on. Laid out with WeasyPrint from the report's HTML and CSS.
          A4 portrait, page margins 12 mm (top and bottom 14 mm), the content 8 mm further in
          (a 170 mm column). THE BROWSER'S PRINT HEADER AND FOOTER in 7pt black DejaVu Sans:
          the print's date and time "12-3-2019 14:07" at the top left, the page <title>
          "Regio Deal <Name> – projecten en financiering" centred at the top, the file's
          URL "file:///C:/Users/analist/Documents/regiodeal/<name>_projecten.html" at the
          bottom left, "n/N" at the bottom right. A clean sans (DejaVu Sans, standing in
          for the system-ui stack) 9.5pt on 1.5 lines, text #373A3C, paragraphs 7pt apart.
          Page 1 opens with Quarto's TITLE BLOCK: the title "Regio Deal <Name>: projecten en
          financiering" (22pt), a subtitle (12pt grey), then the metadata in two columns,
          "AUTEUR" and "GEPUBLICEERD" (7pt grey capitals) over "Team Data & Analyse" and "12
          maart 2019"; then an unnumbered section "Inleiding" (one paragraph). Then NUMBERED
          SECTIONS, no page breaks anywhere (the report flows): each theme (at every change of
          theme from one project to the next) an h1 "<k> <theme>" (17pt, regular weight, a 1px
          #DEE2E6 line under it, 20pt above), each project an h2 "<k>.<j> <title>" (13.5pt,
          regular weight, a 1px #DEE2E6 line under it); the section number a span of its own
          before the text. FIELD LABELS AS LEVEL-3 HEADINGS (11pt bold, unnumbered, 12pt above,
          kept with what follows), the field's paragraphs under them; a list item keeps the
          transcription's marker as text and hangs on it.
          TABLES: every table of the dossier (the investment tables where they stand, those
          inside a field in their field) is a pandas DataFrame shown by the hidden code cell,
          its HTML exactly as `DataFrame._repr_html_()` writes it (the index: the row labels,
          its NAME the table's label; the columns: the header lines as a MULTIINDEX, one
          level per header line, a group "Publiek" over its members, "" where a line has no
          text over a column; one header line gives plain columns, a spanning header repeated,
          "Publiek", "Publiek"). So the header shows the column levels, one <tr> each (equal
          neighbours of a level merged, a colspan), and under them an EXTRA HEADER ROW with the
          INDEX NAME ALONE in the left cell and empty cells to its right. Each frame brings
          pandas' `<style scoped>` block, which the browser applies to the WHOLE page (it
          ignores `scoped`): once any frame of the report has a MultiIndex, EVERY table's
          column labels are LEFT-aligned and only its last header row (the index name) is
          right-aligned (a report without one: the header rows right-aligned). Above the table
          Quarto's CAPTION "Tabel <k>.<t>: Financiering <title>" (a table that funds nothing:
          "Tabel <k>.<t>: <its label>"), k the section, t counting the section's tables,
          8.5pt grey #6C757D, left. The table 8pt, auto width (at most the column), cells
          padded 2.5pt/5pt, NO VERTICAL RULES and no rules between rows: a 1px black rule
          under the last header row only; body rows STRIPED, every odd one filled #F2F2F2;
          the index column BOLD, left-aligned; header cells bold; every value cell
          right-aligned. A table breaks between rows, its header repeated.
          CELLS as the analyst's notebook holds them: every amount parsed into a number and
          printed with DOTS AS THOUSANDS SEPARATORS, no euro sign, no decimals ("1.650.000",
          "€ 150.000" -> "150.000", "6,33 mln." -> "6.330.000", "€ 2,8 mln." -> "2.800.000",
          "43,8mln." -> "43.800.000"), footnote marks dropped ("7.500.000*" -> "7.500.000",
          "80.000**" -> "80.000"); a nil ("-", ".-", "-*") and an EMPTY cell are missing values,
          printed "NaN"; words stay as written ("Gem.", "Q4 2024", "€ 75.000 per broedplaats =
          € 750.000"). Table footnotes as small (8pt) paragraphs under the table; the project's
          notes after its last field in 8pt, each led by its mark.

The truth records in its "raw" object the text printed for every cell printed otherwise than
transcribed ("NaN", "7.500.000", "6.330.000"); the values stay the transcription's. A project
runs from the page of its h2 to the page of its last paragraph, table row or note (read from
WeasyPrint's anchors).
"""

from __future__ import annotations

import math
import re
from html import escape
from pathlib import Path

import pandas as pd

from . import source
from .zoo_budget import _column_keys
from .zoo_common import LIST_ITEM, cell_list, dossier_name, is_funding

DATE = "12 maart 2019"
PRINTED = "12-3-2019 14:07"

CSS = """
@page {
  size: A4; margin: 14mm 12mm 14mm 12mm;
  @top-left { content: "%(printed)s"; font: 7pt "DejaVu Sans"; color: #000; }
  @top-center { content: "%(title)s"; font: 7pt "DejaVu Sans"; color: #000; }
  @bottom-left { content: "%(url)s"; font: 7pt "DejaVu Sans"; color: #000; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 7pt "DejaVu Sans"; color: #000; }
}
html { font-family: "DejaVu Sans", sans-serif; font-size: 9.5pt; line-height: 1.5; color: #373a3c; }
body { margin: 0 8mm; }
p { margin: 0 0 7pt; orphans: 2; widows: 2; }
p.item { padding-left: 1.3em; text-indent: -1.3em; margin-bottom: 3pt; }
h1.title { font-size: 22pt; font-weight: normal; line-height: 1.2; margin: 4pt 0 4pt; border: none; padding: 0; }
p.subtitle { font-size: 12pt; color: #6c757d; margin: 0 0 12pt; }
.quarto-title-meta { display: flex; gap: 0; margin-bottom: 18pt; }
.quarto-title-meta > div { width: 45%%; }
.quarto-title-meta-heading { font-size: 7pt; text-transform: uppercase; color: #6c757d; letter-spacing: .03em; margin: 0; }
.quarto-title-meta-contents p { margin: 0; }
h1, h2, h3 { break-after: avoid; font-weight: normal; line-height: 1.2; }
h1 { font-size: 17pt; margin: 20pt 0 9pt; padding-bottom: 4pt; border-bottom: 1px solid #dee2e6; }
h2 { font-size: 13.5pt; margin: 16pt 0 8pt; padding-bottom: 3pt; border-bottom: 1px solid #dee2e6; }
h3 { font-size: 11pt; font-weight: bold; margin: 12pt 0 5pt; }
figure { margin: 6pt 0 10pt; }
figcaption { font-size: 8.5pt; color: #6c757d; margin: 0 0 4pt; text-align: left; break-after: avoid; }
table.dataframe { border-collapse: collapse; border: none; font-size: 8pt; line-height: 1.3;
  max-width: 100%%; }
table.dataframe th, table.dataframe td { padding: 2.5pt 5pt; border: none; vertical-align: top; }
table.dataframe th { font-weight: bold; }
table.dataframe thead tr:last-of-type th { border-bottom: 1px solid #000; }
th { text-align: inherit; }
table.dataframe tbody th { text-align: left; }
table.dataframe td { text-align: right; }
table.dataframe tbody tr:nth-child(odd) { background: #f2f2f2; }
table.dataframe tr { break-inside: avoid; }
p.tfoot { font-size: 8pt; line-height: 1.35; margin: -4pt 0 4pt; }
div.notes { margin-top: 10pt; }
div.notes p { font-size: 8pt; line-height: 1.35; margin: 0 0 3pt; padding-left: 1.1em; }
div.notes p.first { text-indent: -1.1em; }
"""

_BARE = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(\**)")
_MLN = re.compile(r"(?:€\s*)?(\d+(?:,\d+)?)\s*mln\.?(\**)")
_NIL = re.compile(r"\.?-\**")


def frame_value(text: str):
    """The cell as the analyst's DataFrame holds it: an int for an amount, NaN for a nil or an
    empty cell, else the text."""
    s = text.strip()
    if not s or _NIL.fullmatch(s):
        return math.nan
    if m := _BARE.fullmatch(s):
        return int(m.group(1).replace(".", ""))
    if m := _MLN.fullmatch(s):
        v = float(m.group(1).replace(",", ".")) * 1_000_000
        return int(round(v))
    return text


def shown(v) -> str:
    """How the notebook prints the cell (after the analyst's thousands formatter)."""
    if isinstance(v, float) and math.isnan(v):
        return "NaN"
    if isinstance(v, int):
        return f"{v:,}".replace(",", ".")
    return v


def frame(t: source.Table) -> pd.DataFrame:
    n = t.columns
    lines = len(t.header)
    levels = [[""] * n for _ in range(max(lines, 1))]
    for h in t.header_cells():
        for c in range(h.column, h.column + h.columns):
            for line in range(h.line, h.line + h.lines):
                levels[line][c - 1] = h.text if line == h.line else ""
    if lines > 1:
        columns = pd.MultiIndex.from_arrays(levels)
    else:
        columns = pd.Index(levels[0])
    def cell(text):
        v = frame_value(text)
        return v if isinstance(v, float) else shown(v)  # NaN stays a missing value
    data = [[cell(c) for c in list(r[1:]) + [""] * (n + 1 - len(r))] for r in t.rows]
    index = pd.Index([r[0] for r in t.rows], name=t.label or None)
    return pd.DataFrame(data, index=index, columns=columns, dtype=object)


def _table_html(t: source.Table, ids: list[str]) -> str:
    df = frame(t)
    with pd.option_context("display.max_rows", 1000, "display.max_columns", 100,
                           "display.max_colwidth", None, "display.width", None):
        html = df._repr_html_()
    head, _, body = html.partition("<tbody>")
    rows = iter(ids)
    body = re.sub(r"<tr>", lambda m: f'<tr id="{next(rows)}">', body)
    return head + "<tbody>" + body


def _plan(dossier: source.Dossier):
    keys = _column_keys(dossier)
    raw = {}
    for g in cell_list(dossier):
        printed = shown(frame_value(g["raw"]))
        if printed != g["raw"]:
            raw[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = printed
    return keys, raw


def build_html(dossier: source.Dossier) -> str:
    name = dossier_name(dossier)
    keys, _ = _plan(dossier)
    title = f"Regio Deal {name} – projecten en financiering".replace("  ", " ")
    url = f"file:///C:/Users/analist/Documents/regiodeal/{name.lower() or 'regio'}_projecten.html"
    css = CSS % {"printed": PRINTED, "title": title, "url": url}
    out = [f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{escape(title)}</title>'
           f"<style>{css}</style></head><body><main class=\"content\" id=\"quarto-document-content\">",
           '<header id="title-block-header" class="quarto-title-block default"><div class="quarto-title">',
           f'<h1 class="title">Regio Deal {escape(name)}: projecten en financiering</h1>',
           '<p class="subtitle lead">De projectvoorstellen uit de bijlage, ingelezen en samengevat met pandas</p>',
           '</div><div class="quarto-title-meta">',
           '<div><div class="quarto-title-meta-heading">Auteur</div><div class="quarto-title-meta-contents">'
           "<p>Team Data &amp; Analyse</p></div></div>",
           '<div><div class="quarto-title-meta-heading">Gepubliceerd</div><div class="quarto-title-meta-contents">'
           f'<p class="date">{DATE}</p></div></div></div></header>',
           '<section id="inleiding" class="level1 unnumbered"><h1 class="unnumbered">Inleiding</h1>',
           "<p>Dit rapport geeft per project de velden van het voorstel en de financiering zoals die uit "
           "de bijlage is ingelezen. Bedragen staan in euro's; waar het voorstel geen bedrag noemt, "
           "staat NaN.</p></section>"]
    chapter, theme, t_in_chapter = 0, None, 0
    seq = 0

    def mark(p):
        nonlocal seq
        seq += 1
        return f'<span id="p{p}-e{seq}"></span>'

    for p, pr in enumerate(dossier.projects):
        if pr.theme != theme:
            if theme is not None:
                out.append("</section>")
            theme = pr.theme
            chapter += 1
            section = 0
            t_in_chapter = 0
            out.append(f'<section class="level1" data-number="{chapter}"><h1 data-number="{chapter}">'
                       f'<span class="header-section-number">{chapter}</span> {escape(theme)}</h1>')
        section += 1
        out.append(f'<section class="level2" data-number="{chapter}.{section}"><h2 id="p{p}-h" '
                   f'data-number="{chapter}.{section}"><span class="header-section-number">{chapter}.{section}'
                   f"</span> {escape(pr.title)}</h2>")
        index = 0

        def table(t, p=p, pr=pr, chapter=chapter):
            nonlocal index, t_in_chapter, seq
            funding = is_funding(keys.get((pr.title, index)))
            index += 1
            t_in_chapter += 1
            cap = f"Financiering {pr.title}" if funding else (t.label or "Overzicht")
            ids = []
            for _ in t.rows:
                seq += 1
                ids.append(f"p{p}-e{seq}")
            html = (f'<div class="cell"><div class="cell-output cell-output-display"><figure class="quarto-float-tbl">'
                    f'<figcaption>Tabel {chapter}.{t_in_chapter}: {escape(cap)}</figcaption>'
                    f"{_table_html(t, ids)}</figure></div></div>")
            foot = "".join(f'<p class="tfoot">{escape(f)}{mark(p)}</p>' for f in t.footnotes)
            return html + foot

        for row in pr.rows:
            if isinstance(row, source.Table):
                out.append(table(row))
                continue
            out.append(f'<section class="level3"><h3 class="anchored">{escape(row.label)}{mark(p)}</h3>')
            for item in row.content:
                if isinstance(item, source.Table):
                    out.append(table(item))
                else:
                    cls = ' class="item"' if LIST_ITEM.match(item) else ""
                    out.append(f"<p{cls}>{escape(item)}{mark(p)}</p>")
            out.append("</section>")
        if pr.notes:
            out.append('<div class="notes">')
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    lead = f"{escape(note.mark)} " if j == 0 else ""
                    cls = ' class="first"' if j == 0 else ""
                    out.append(f"<p{cls}>{lead}{escape(text)}{mark(p)}</p>")
            out.append("</div>")
        out.append("</section>")
    if theme is not None:
        out.append("</section>")
    out.append("</main></body></html>")
    return "\n".join(out)


def render_quarto(dossier: source.Dossier, pdf_path) -> dict:
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
    _, raw = _plan(dossier)
    record = {"style": "quarto", "pages": len(doc.pages),
              "projects": [{"title": pr.title, "first_page": first.get(p), "last_page": last.get(p)}
                           for p, pr in enumerate(dossier.projects)]}
    if raw:
        record["raw"] = raw
    return record
