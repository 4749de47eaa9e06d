"""The "fop" rendering: a case system's export, XSL-FO typeset by Apache FOP.

One XSL-FO document written straight from Python (no XSLT), the way Dutch government
case and document-management systems generate their PDFs: A4, 2 cm margins, DejaVu
Sans 10pt. The pages carry the system's header (the dossier's name left, a
"Kenmerk: RD-2018-.." reference right, 8pt, a thin rule under it) and every page a
"Pagina N van M" footer right (fo:page-number and fo:page-number-citation-last on the
root's id). The contents list names each project, a dotted leader and an
fo:page-number-citation to the project's first block; FOP resolves these itself. Every
project is a page sequence of its own, so it starts on a new page, and its opening page
(page-position="first") has no header, as a case file's cover sheet; there it opens
under its theme in small grey type and its title in 14pt bold; field labels are
bold blocks, paragraphs blocks, list items an fo:list-block with the transcription's own
marker as the label. Tables are fixed-layout fo:tables (label column 40%, the value
columns sharing the rest), 0.5pt borders on every cell, the header rows bold on light
grey in an fo:table-header (FOP repeats it when a table breaks over a page), a group
header ("Publiek") spanning its members, amounts flush right as transcribed, the Totaal
row bold; a row the source prints at the top of a new page breaks before it. Table
footnotes in 8pt under their table, project notes in 8pt at the end of the project.

FOP's base-14 Helvetica has no "€", "₂", "○" or superscript digits: a configuration
(fop.xconf, written next to the .fo) embeds DejaVu Sans and its bold by explicit
<font> entries, with the font cache off. FOP hyphenates nothing here and never widens a
fixed column: a bold total or a header word wider than its column runs over into the
next cell, as FOP prints it (with a warning). FOP dates the PDF by SOURCE_DATE_EPOCH.

Needs fop (Debian: fop, a Java runtime; fonts-dejavu-core) and pdftotext (poppler-utils).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from . import source
from .engines import EPOCH, EngineError, folder_name, need, render_resolving

STYLE = "fop"


FONTS = Path("/usr/share/fonts/truetype/dejavu")

# Explicit fonts rather than <auto-detect/>: the same two files on every machine, and no
# font cache written to the home directory.
XCONF = """<?xml version="1.0" encoding="UTF-8"?>
<fop version="1.0">
  <use-cache>false</use-cache>
  <renderers>
    <renderer mime="application/pdf">
      <fonts>
        <font embed-url="{regular}" kerning="yes">
          <font-triplet name="DejaVu Sans" style="normal" weight="normal"/>
        </font>
        <font embed-url="{bold}" kerning="yes">
          <font-triplet name="DejaVu Sans" style="normal" weight="bold"/>
        </font>
      </fonts>
    </renderer>
  </renderers>
</fop>
"""

# A list item as the transcription writes it: its own marker, then its text.
_MARKER = re.compile(r"^(•|●|○|◦|▪|■|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+")

# XML 1.0 has no place for control characters other than tab and line breaks.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

GREY = "#E6E6E6"
CELL = 'border="0.5pt solid black" padding="2pt"'


def _x(text: str) -> str:
    return escape(_CONTROL.sub("", text))


def _is_total(row: tuple[str, ...]) -> bool:
    return row[0].strip().lower().startswith("totaal")


def _reference(name: str) -> str:
    """The case system's reference: Twente -> RD-2018-TW, Zeeland -> RD-2018-ZL."""
    letters = name.upper()
    second = next((c for c in letters[1:] if c.isalpha() and c not in "AEIOUY"), letters[1:2])
    return f"RD-2018-{letters[:1]}{second}"


def _columns(t: source.Table) -> str:
    # Label column 40%, the value columns share 60%: 2n against 3 each.
    n = t.columns
    cols = [f'<fo:table-column column-width="proportional-column-width({2 * n})"/>']
    cols += ['<fo:table-column column-width="proportional-column-width(3)"/>'] * n
    return "".join(cols)


def _head(t: source.Table) -> str:
    """The header rows: the label cell spans them all, a group spans its members."""
    lines = len(t.header)
    placed = t.header_cells()
    out = [f'<fo:table-header background-color="{GREY}" font-weight="bold">']
    for line in range(lines):
        out.append("<fo:table-row>")
        if line == 0:
            span = f' number-rows-spanned="{lines}"' if lines > 1 else ""
            out.append(f'<fo:table-cell {CELL}{span}><fo:block>{_x(t.label)}</fo:block>'
                       "</fo:table-cell>")
        for h in placed:
            if h.line != line:
                continue
            span = (f' number-columns-spanned="{h.columns}"' if h.columns > 1 else "") + \
                   (f' number-rows-spanned="{h.lines}"' if h.lines > 1 else "")
            out.append(f'<fo:table-cell {CELL}{span} text-align="center">'
                       f"<fo:block>{_x(h.text)}</fo:block></fo:table-cell>")
        out.append("</fo:table-row>")
    out.append("</fo:table-header>")
    return "".join(out)


def _table(t: source.Table) -> str:
    out = ['<fo:table table-layout="fixed" width="100%" border-collapse="collapse" '
           'font-size="9pt" space-before="6pt" space-after="4pt">',
           _columns(t), _head(t), "<fo:table-body>"]
    for b, row in enumerate(t.rows):
        attrs = ' font-weight="bold"' if _is_total(row) else ""
        if b == t.page_break_before_row:
            attrs += ' break-before="page"'  # the source continues the table on a new page
        cells = [f'<fo:table-cell {CELL}><fo:block>{_x(row[0])}</fo:block></fo:table-cell>']
        cells += [f'<fo:table-cell {CELL} text-align="end"><fo:block>{_x(c)}</fo:block>'
                  "</fo:table-cell>" for c in row[1:]]
        out.append(f"<fo:table-row{attrs}>{''.join(cells)}</fo:table-row>\n")
    out.append("</fo:table-body></fo:table>\n")
    out.extend(f'<fo:block font-size="8pt">{_x(f)}</fo:block>\n' for f in t.footnotes)
    return "".join(out)


def _list_item(marker: str, text: str) -> str:
    return ("<fo:list-item><fo:list-item-label end-indent=\"label-end()\">"
            f"<fo:block>{_x(marker)}</fo:block></fo:list-item-label>"
            "<fo:list-item-body start-indent=\"body-start()\">"
            f"<fo:block>{_x(text)}</fo:block></fo:list-item-body></fo:list-item>\n")


def _content(items: tuple) -> str:
    """A field's paragraphs, list items (a list-block, own markers) and tables."""
    out: list[str] = []
    in_list = False
    for item in items:
        m = _MARKER.match(item) if isinstance(item, str) else None
        if m and not in_list:
            out.append('<fo:list-block provisional-distance-between-starts="6mm" '
                       'provisional-label-separation="2mm" space-after="4pt">\n')
            in_list = True
        elif not m and in_list:
            out.append("</fo:list-block>\n")
            in_list = False
        if isinstance(item, source.Table):
            out.append(_table(item))
        elif m:
            out.append(_list_item(m.group(1), item[m.end():]))
        else:
            out.append(f'<fo:block space-after="4pt">{_x(item)}</fo:block>\n')
    if in_list:
        out.append("</fo:list-block>\n")
    return "".join(out)


def _master(name: str, before: str) -> str:
    """An A4 page master; `before` names the header region (the opening page's has none)."""
    return (f'<fo:simple-page-master master-name="{name}" page-width="210mm" page-height="297mm" '
            'margin-top="10mm" margin-bottom="10mm" margin-left="20mm" margin-right="20mm">'
            '<fo:region-body margin-top="12mm" margin-bottom="12mm"/>'
            f'<fo:region-before region-name="{before}" extent="10mm"/>'
            '<fo:region-after extent="10mm"/></fo:simple-page-master>')


def build_fo(dossier: source.Dossier, name: str) -> str:
    header = ('<fo:static-content flow-name="xsl-region-before" font-size="8pt">'
              '<fo:block text-align-last="justify" padding-top="5mm" padding-bottom="1pt" '
              'border-bottom="0.5pt solid black">'
              f'{_x(name)}<fo:leader leader-pattern="space"/>Kenmerk: {_x(_reference(name))}'
              "</fo:block></fo:static-content>\n"
              '<fo:static-content flow-name="xsl-region-after" font-size="8pt">'
              '<fo:block text-align="end" padding-top="4mm">Pagina <fo:page-number/> van '
              '<fo:page-number-citation-last ref-id="document"/></fo:block></fo:static-content>\n')
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n'
           '<fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" id="document" '
           'font-family="DejaVu Sans" font-size="10pt" language="nl">\n'
           f"<fo:layout-master-set>{_master('page', 'xsl-region-before')}"
           f"{_master('opening', 'opening-before')}"
           '<fo:page-sequence-master master-name="project">'
           "<fo:repeatable-page-master-alternatives>"
           '<fo:conditional-page-master-reference master-reference="opening" page-position="first"/>'
           '<fo:conditional-page-master-reference master-reference="page"/>'
           "</fo:repeatable-page-master-alternatives></fo:page-sequence-master>"
           "</fo:layout-master-set>\n"
           # The document's title in the PDF's Info, as the case system sets it.
           "<fo:declarations><x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
           '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<dc:title>{_x(name)}: {_x(dossier.toc_heading)}</dc:title>"
           "</rdf:Description></rdf:RDF></x:xmpmeta></fo:declarations>\n"
           f'<fo:page-sequence master-reference="page">{header}'
           '<fo:flow flow-name="xsl-region-body">\n'
           f'<fo:block font-size="14pt" font-weight="bold" space-after="10pt">'
           f"{_x(dossier.toc_heading)}</fo:block>\n"]
    # The contents list names the projects in the transcription's words and order.
    for i, entry in enumerate(dossier.toc):
        page = (f'<fo:page-number-citation ref-id="project-{i}"/>'
                if i < len(dossier.projects) else str(entry.page))
        out.append('<fo:block text-align-last="justify" space-after="3pt">'
                   f'{_x(entry.text)} <fo:leader leader-pattern="dots"/> {page}</fo:block>\n')
    out.append("</fo:flow></fo:page-sequence>\n")
    for i, project in enumerate(dossier.projects):
        # A page sequence of its own: a new page, the opening one without the header.
        out.append(f'<fo:page-sequence master-reference="project">{header}'
                   '<fo:flow flow-name="xsl-region-body">\n')
        out.append(f'<fo:block id="project-{i}" break-before="page" font-size="8pt" '
                   f'color="#666666">{_x(project.theme)}</fo:block>\n'
                   '<fo:block font-size="14pt" font-weight="bold" space-after="8pt" '
                   f"keep-with-previous.within-page=\"always\">{_x(project.title)}</fo:block>\n")
        for row in project.rows:
            if isinstance(row, source.Table):
                out.append(_table(row))
            else:
                out.append('<fo:block font-weight="bold" space-before="8pt" space-after="3pt" '
                           f'keep-with-next.within-page="always">{_x(row.label)}</fo:block>\n')
                out.append(_content(row.content))
        if project.notes:
            out.append('<fo:block font-size="8pt" space-before="12pt">\n')
            for note in project.notes:
                texts = note.text or ("",)
                out.append(f"<fo:block>{_x(note.mark)} {_x(texts[0])}</fo:block>\n")
                out.extend(f'<fo:block start-indent="4mm">{_x(t)}</fo:block>\n'
                           for t in texts[1:])
            out.append("</fo:block>\n")
        out.append("</fo:flow></fo:page-sequence>\n")
    out.append("</fo:root>\n")
    return "".join(out)


def _typeset(fo: Path) -> Path:
    """Run FOP on the .fo file with the DejaVu configuration beside it."""
    fop = need("fop")
    conf = fo.with_name("fop.xconf")
    conf.write_text(XCONF.format(regular=(FONTS / "DejaVuSans.ttf").as_uri(),
                                 bold=(FONTS / "DejaVuSans-Bold.ttf").as_uri()), encoding="utf-8")
    pdf = fo.with_suffix(".pdf")
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "TZ": "UTC"}
    proc = subprocess.run([fop, "-q", "-c", str(conf), "-fo", str(fo), "-pdf", str(pdf)],
                          cwd=fo.parent, env=env, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0 or not pdf.is_file() or pdf.stat().st_size == 0:
        raise EngineError(f"fop failed ({proc.returncode}) on {fo.name}:\n"
                          f"{proc.stdout[-1000:]}\n{proc.stderr[-2000:]}")
    return pdf


def render_fop(dossier: source.Dossier, pdf_path, keep_fo: str | Path | None = None) -> dict:
    """Write `pdf_path` and its truth record (`<stem>.truth.json`); return the record.

    The .fo lives in a temporary directory; pass `keep_fo` to copy it somewhere.
    """
    pdf_path = Path(pdf_path)
    text = build_fo(dossier, folder_name(dossier, pdf_path))
    return render_resolving(STYLE, dossier, pdf_path, text, ".fo", _typeset, keep_fo)

