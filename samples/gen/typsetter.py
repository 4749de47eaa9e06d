"""The "typst" rendering: a report set by Typst, the modern successor to LaTeX.

One .typ document the way a consultancy or a young researcher sets a report today: A4,
2.5 cm margins, Typst's own Libertinus Serif at 10.5pt, Dutch (lang: "nl": justified
text hyphenated with Typst's Dutch patterns), a running header (the dossier's name,
small and grey, left) on every page but the contents and a project's opening page, the
page number centred in the footer. The contents list names each project with its page,
read from a label at the project's heading (Typst resolves it within one compile). Every
project starts on a new page under a grey small-caps theme line and a level-1 title;
field labels are level-2 headings, list items an enum whose numbering prints the
source's own marker for each item. Tables are Typst tables without cell strokes: a
light fill on the header, rules under the header, above the total row and at the
bottom, a group header spanning its members (colspan), a 2fr label column that wraps,
amounts flush right, the total row bold and the header repeated when a table breaks
over pages; a table the source continues on a new page is closed there and reopened
under its header. Table footnotes follow their table and project notes close the
project under a short rule, both in small type.

All transcribed text goes into the source as Typst string literals, so no character
is read as markup (no smart quotes, no "--" dashes). Typst is deterministic given its
document date, which is fixed to the engines' date.

Needs the Python package typst (0.13 or later; it bundles the compiler and its fonts)
and pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from . import source
from .engines import DATE_ISO, EngineError, folder_name, render_resolving

STYLE = "typst"

# The engines' fixed date, for the document's metadata and the compile's clock.
DATE = datetime.fromisoformat(DATE_ISO).replace(tzinfo=UTC)

PREAMBLE = """#set document(title: TITLE, date: datetime(year: YEAR, month: MONTH, day: DAY))
#set page(
  paper: "a4",
  margin: (x: 2.5cm, y: 2.5cm),
  // No header on the contents or on a project's opening page, as a book's chapter
  // opening: the page then opens with the project's heading.
  header: context {
    let page = here().page()
    let openings = query(heading.where(level: 1)).map(h => h.location().page())
    if page > 1 and page not in openings {
      text(size: 8pt, fill: luma(110), NAME)
    }
  },
  footer: context align(center, text(size: 9pt, counter(page).display("1"))),
)
#set text(lang: "nl", size: 10.5pt)
#set par(justify: true)
#show heading: set block(above: 1.4em, below: 0.8em)
// Headings ragged and unhyphenated, as any house sets them.
#show heading: set par(justify: false)
#show heading: set text(hyphenate: false)
#show heading.where(level: 1): set text(size: 16pt)
#show heading.where(level: 2): set text(size: 11pt)
#set table(stroke: none, inset: (x: 4pt, y: 3pt))
#set enum(full: false)
"""

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _s(text: str) -> str:
    """A Typst string literal: printed as it stands, nothing read as markup."""
    out = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + out.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"'


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _head(t: source.Table) -> str:
    """table.header(...): the label cell spans every header line, a group its members."""
    lines = len(t.header)
    cells = [f"table.cell(rowspan: {lines}, align: left + bottom, strong({_s(t.label)}))"]
    for h in t.header_cells():
        spans = (f"colspan: {h.columns}, " if h.columns > 1 else "") + \
                (f"rowspan: {h.lines}, " if h.lines > 1 else "")
        cells.append(f"table.cell({spans}align: center + horizon, strong({_s(h.text)}))")
    # The rule under the header is part of it, so it repeats with it.
    return f"table.header(repeat: true, {', '.join(cells)}, table.hline(stroke: 0.6pt))"


def _typst_table(t: source.Table, rows: list[tuple[str, ...]], size: str) -> str:
    lines = len(t.header)
    body: list[str] = []
    for row in rows:
        total = _is_total(row)
        if total:
            body.append("table.hline(stroke: 0.4pt)")
        wrap = (lambda c: f"strong({_s(c)})") if total else _s
        body.append(", ".join(wrap(c) for c in row))
    body.append("table.hline(stroke: 0.6pt)")
    sep = ",\n  "
    return (f"#block(width: 100%, text(size: {size}, table(\n"
            f"  columns: (2fr, {'1fr, ' * t.columns}),\n"
            f"  align: (x, y) => if x == 0 {{ left + top }} else {{ right + top }},\n"
            f"  fill: (x, y) => if y < {lines} {{ luma(232) }},\n"
            f"  table.hline(stroke: 0.6pt),\n"
            f"  {_head(t)},\n"
            f"  {sep.join(body)},\n"
            f")))\n")


def _table(t: source.Table, size: str = "9pt") -> str:
    rows = list(t.rows)
    cut = t.page_break_before_row
    if cut:
        # The source continues the table on a new page: close it there, open it again.
        out = [_typst_table(t, rows[:cut], size), "#pagebreak(weak: true)\n",
               _typst_table(t, rows[cut:], size)]
    else:
        out = [_typst_table(t, rows, size)]
    out.extend(f"#block(above: 0.5em, below: 0.3em, text(size: 8pt, {_s(f)}))\n"
               for f in t.footnotes)
    out.append("\n")
    return "".join(out)


def _enum(items: list[tuple[str, str]]) -> str:
    """A run of list items; the numbering prints each item's own marker."""
    markers = ", ".join(_s(m) for m, _ in items)
    entries = ", ".join(f"enum.item({n}, {_s(text)})" for n, (_, text) in enumerate(items, 1))
    return (f"#enum(tight: true, numbering: n => ({markers},).at(n - 1), "
            f"{entries})\n\n")


def _content(items: tuple) -> str:
    """A field's paragraphs, list items and tables."""
    out: list[str] = []
    run: list[tuple[str, str]] = []
    for item in items:
        m = _MARKER.match(item) if isinstance(item, str) else None
        if m:
            run.append((m.group(1), item[m.end():]))
            continue
        if run:
            out.append(_enum(run))
            run = []
        if isinstance(item, source.Table):
            out.append(_table(item, "8.5pt"))
        else:
            out.append(f"#{_s(item)}\n\n")
    if run:
        out.append(_enum(run))
    return "".join(out)


def build_typ(dossier: source.Dossier, name: str) -> str:
    out = [PREAMBLE.replace("TITLE", _s(dossier.toc_heading)).replace("NAME", _s(name))
           .replace("YEAR", str(DATE.year)).replace("MONTH", str(DATE.month))
           .replace("DAY", str(DATE.day)),
           f"#block(below: 1.5em, text(size: 18pt, weight: \"bold\", {_s(dossier.toc_heading)}))\n",
           "#grid(columns: (1fr, auto), column-gutter: 1em, row-gutter: 0.8em,\n"]
    # The contents list names the projects in the transcription's words and order.
    for i, entry in enumerate(dossier.toc):
        page = (f"context counter(page).at(<project-{i}>).first()"
                if i < len(dossier.projects) else _s(str(entry.page)))
        out.append(f"  {_s(entry.text)}, align(right, {page}),\n")
    out.append(")\n")
    for i, project in enumerate(dossier.projects):
        out.append("\n#pagebreak()\n")
        out.append(f"#text(fill: luma(110), smallcaps({_s(project.theme)}))\n")
        out.append(f"#heading(level: 1, {_s(project.title)}) <project-{i}>\n\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append(f"#heading(level: 2, {_s(row.label)})\n\n")
                out.append(_content(row.content))
        if project.notes:
            out.append("#v(1.5em)\n#line(length: 25%, stroke: 0.5pt)\n")
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"#text(size: 8pt, {_s(note.mark + ' ' + texts[0])})\n\n")
                out.extend(f"#text(size: 8pt, {_s(t)})\n\n" for t in texts[1:])
    return "".join(out)


def _typeset(typ: Path) -> Path:
    try:
        import typst
    except ImportError as e:
        raise EngineError("the Python package typst is not installed (pip install typst)") from e
    pdf = typ.with_suffix(".pdf")
    try:
        # A fixed timestamp: the compile's clock (datetime.today()) is the engines' date.
        typst.compile(str(typ), output=str(pdf), root=str(typ.parent),
                      timestamp=int(DATE.timestamp()))
    except Exception as e:  # typst raises its own error types for a failed compile
        raise EngineError(f"typst failed on {typ.name}:\n{str(e)[-2000:]}") from e
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"typst wrote no {pdf}")
    return pdf


def render_typst(dossier: source.Dossier, pdf_path, keep_typ: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .typ lives in a temporary directory; pass `keep_typ` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_typ(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".typ", _typeset, keep_typ)
