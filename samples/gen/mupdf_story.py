"""The "mupdf" rendering: a Python service's report, laid out by MuPDF's own HTML/CSS engine.

Services that already use PyMuPDF often write their PDFs with its Story API: simple
semantic HTML plus a user style sheet, laid out by MuPDF (not a browser) into page-sized
rectangles. One Story: the contents first (a two-column table, entry | page, since MuPDF
has no flexbox), then every project from a new page (``page-break-before: always``, which
MuPDF honours; ``break-before: page`` it ignores) under a small theme line and an h1 title;
field labels as h3s, paragraphs, list items with the transcription's own marker printed as
text (``list-style: none``, hanging by a negative text-indent). Investment tables with
thead/tbody, the label cell spanning the header lines (rowspan), a group ("Publiek") as a
th colspan over its members, a rule under every header cell and thin ones under the body
rows (no shading: MuPDF draws a cell's background again, as a 4pt bar at the same place,
on every page it places after the table's), amounts right-aligned as transcribed, the
Totaal row bold; table footnotes in small type under their table, the project's notes in small
type at its end.

Story.write_stabilized lays the Story out again until the contents' page numbers (taken
from where the projects' h1s were placed) stop changing, so MuPDF itself settles them.
What MuPDF's table layout does not do and is left as it falls: the thead is not repeated
when a table runs onto the next page, and ``page-break-before`` on a table row (the
transcription's own break inside a table) is ignored, so such a table runs on unbroken.
A header line (the dossier's short name left, "Pagina n" right, 8pt, over a hairline)
is drawn on every page after layout with Page.insert_text (Helvetica, a Base14 font).

Fonts: MuPDF's built-in ones, no Archive: the body's ``sans-serif`` resolves to Nimbus Sans
(MuPDF's Helvetica), and characters it lacks fall back to the Noto fonts built into MuPDF
("●", "○" to Noto Sans Symbols2, "₂", "⁴" to Noto Serif, in Twente). The Story embeds its
fonts whole; MuPDF's own subsetter cuts them down afterwards. The PDF is saved with
``reproducible`` and a fixed date (engines.stabilise_pdf does the rest).

The running header stands above every project's heading in the text, so the truth record
is read from the pages' text without that line (otherwise as engines.truth_record).

Needs the Python package pymupdf and pdftotext (poppler-utils).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from html import escape
from pathlib import Path

import pymupdf

from . import source
from .engines import DATE_PDF, EngineError, page_texts, project_pages, stabilise_pdf, write_truth
from .zoo_common import dossier_name, is_total

STYLE = "mupdf"

MM = 72 / 25.4
PAGE = pymupdf.paper_rect("a4")
# The body's frame on every page: 20 mm left and right, 25 mm on top (room for the
# header line), 20 mm at the foot.
FRAME = pymupdf.Rect(20 * MM, 25 * MM, PAGE.width - 20 * MM, PAGE.height - 20 * MM)

CSS = """
body { font-family: sans-serif; font-size: 10pt; line-height: 1.35; color: #222; margin: 0; }
h1 { font-size: 15pt; font-weight: bold; color: #1a3a5c; margin: 0 0 10pt; }
h1.toc { font-size: 17pt; margin-bottom: 14pt; }
span.theme, p.theme { font-size: 8.5pt; color: #666; }
p.theme { margin: 0 0 2pt; }
div.project { page-break-before: always; }
h3 { font-size: 10.5pt; font-weight: bold; color: #1a3a5c; margin: 10pt 0 3pt; }
p { margin: 0 0 5pt; }
ul.items { list-style: none; margin: 0 0 5pt; padding: 0 0 0 1.5em; }
ul.items li { text-indent: -1.5em; margin: 0 0 2pt; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.25;
  margin: 4pt 0 6pt; }
th, td { padding: 2pt 4pt; border-bottom: 0.5pt solid #999; vertical-align: top; }
th { font-weight: bold; text-align: right; border-bottom: 1pt solid #333; }
th.label { text-align: left; }
th.group { text-align: center; }
td.num { text-align: right; }
tr.total td { font-weight: bold; border-top: 1pt solid #333; }
tr.page-break { page-break-before: always; }
p.tfn { font-size: 7.5pt; line-height: 1.25; color: #444; margin: 0 0 3pt; }
div.notes { margin-top: 12pt; padding-top: 3pt; border-top: 0.5pt solid #888; }
div.notes p { font-size: 7.5pt; line-height: 1.25; margin: 0 0 3pt; }
table.toc { font-size: 10pt; border-collapse: collapse; }
table.toc td { border-bottom: 0.5pt solid #ccc; padding: 3pt 0; }
table.toc td.page { text-align: right; width: 12%; }
"""

# A list item as the transcription writes it: its own marker, then the text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")


def _h(text: str) -> str:
    return escape(text, quote=False)


def house_name(dossier: source.Dossier) -> str:
    return f"Regio Deal {dossier_name(dossier)}".strip()


def _table(t: source.Table) -> str:
    lines = len(t.header)
    out = ["<table><thead>"]
    for line in range(lines):
        out.append("<tr>")
        if line == 0:
            rs = f' rowspan="{lines}"' if lines > 1 else ""
            out.append(f'<th class="label"{rs}>{_h(t.label)}</th>')
        for h in t.header_cells():
            if h.line != line:
                continue
            attrs = (' class="group"' if h.columns > 1 else "") + \
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


def build_html(dossier: source.Dossier, toc_pages: dict[str, int]) -> str:
    """The whole Story; ``toc_pages`` maps a project's h1 id to the page it was placed on."""
    out = [f'<h1 class="toc">{_h(dossier.toc_heading)}</h1><table class="toc"><tbody>\n']
    for i, entry in enumerate(dossier.toc):
        page = toc_pages.get(f"p{i + 1}", "")
        out.append(f'<tr><td>{_h(entry.text)}</td><td class="page">{page}</td></tr>\n')
    out.append("</tbody></table>\n")
    for i, project in enumerate(dossier.projects):
        # The theme is its own paragraph: a span inside the h1 would print in the h1's size.
        out.append(f'<div class="project"><p class="theme">{_h(project.theme)}</p>'
                   f'<h1 id="p{i + 1}">{_h(project.title)}</h1>\n')
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
        out.append("</div>\n")
    return "".join(out)


def _lay_out(dossier: source.Dossier, pdf: Path) -> dict[str, int]:
    """Write the Story to `pdf`; return the page of each project's h1 (by id)."""
    placed: dict[str, int] = {}

    def contentfn(positions) -> str:
        pages = {p.id: p.page_num for p in positions if p.id and p.open_close & 1}
        return build_html(dossier, pages)

    def rectfn(rect_num, _filled):
        return PAGE, FRAME, None  # every rectangle is a whole new page

    def positionfn(position):
        if position.id and position.open_close & 1:
            placed[position.id] = position.page_num

    writer = pymupdf.DocumentWriter(str(pdf))
    pymupdf.Story.write_stabilized(writer, contentfn, rectfn, user_css=CSS, positionfn=positionfn,
                                   add_header_ids=False)
    writer.close()
    return placed


def _finish(raw: Path, pdf: Path, house: str) -> None:
    """Draw the header line on every page, subset the fonts; save reproducibly, dated DATE_PDF."""
    doc = pymupdf.open(raw)
    for page in doc:
        y = 15 * MM
        page.insert_text((FRAME.x0, y), house, fontsize=8, fontname="helv", color=(0.35, 0.35, 0.35))
        label = f"Pagina {page.number + 1}"
        width = pymupdf.get_text_length(label, fontname="helv", fontsize=8)
        page.insert_text((FRAME.x1 - width, y), label, fontsize=8, fontname="helv",
                         color=(0.35, 0.35, 0.35))
        page.draw_line((FRAME.x0, y + 3), (FRAME.x1, y + 3), color=(0.6, 0.6, 0.6), width=0.4)
    doc.subset_fonts()  # MuPDF's own subsetter: the Story embeds its fonts whole
    doc.set_metadata({"title": house, "creator": "PyMuPDF Story", "producer": f"MuPDF {pymupdf.mupdf_version}",
                      "creationDate": DATE_PDF, "modDate": DATE_PDF})
    doc.save(pdf, garbage=3, deflate=True, reproducible=True)
    doc.close()


def _without_header(text: str, house: str) -> str:
    """A page's text without the header line's words (pdftotext may split them in two)."""
    lines = text.splitlines()
    head = re.compile(rf"^\s*(?:{re.escape(house)})?\s*(?:Pagina \d+)?\s*$")
    while lines and head.match(lines[0]):
        del lines[0]
    return "\n".join(lines)


def truth_record(dossier: source.Dossier, pdf: str | Path) -> dict:
    """engines.truth_record, the running header's line taken off every page first."""
    house = house_name(dossier)
    texts = [_without_header(t, house) for t in page_texts(pdf)]
    spans = project_pages(dossier, texts)
    return {
        "style": STYLE,
        "pages": len(texts),
        "projects": [{"title": p.title, "first_page": a, "last_page": b}
                     for p, (a, b) in zip(dossier.projects, spans)],
    }


def render_mupdf(dossier: source.Dossier, pdf_path, keep_html: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    MuPDF settles the contents' page numbers itself (write_stabilized); they are checked
    against the pages read back. Pass `keep_html` to keep the Story's HTML and CSS.
    """
    pdf_path = Path(pdf_path)
    house = house_name(dossier)
    with tempfile.TemporaryDirectory(prefix="regio-mupdf-") as tmp:
        raw, pdf = Path(tmp) / "story.pdf", Path(tmp) / (pdf_path.stem + ".pdf")
        placed = _lay_out(dossier, raw)
        _finish(raw, pdf, house)
        stabilise_pdf(pdf)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, pdf_path)
    if keep_html is not None:
        Path(keep_html).write_text(f"<style>{CSS}</style>\n{build_html(dossier, placed)}",
                                   encoding="utf-8")
    record = truth_record(dossier, pdf_path)
    found = [p["first_page"] for p in record["projects"]]
    printed = [placed.get(f"p{i + 1}") for i in range(len(dossier.projects))]
    if found != printed:
        raise EngineError(f"contents name pages {printed}, projects found on {found}")
    write_truth(record, pdf_path)
    return record
