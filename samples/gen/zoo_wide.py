"""One more house style for the layout zoo (see zoo.py), held out: a Word dossier whose
funding tables were pasted in from a spreadsheet at full size and printed "pages across".

- wide: A4 portrait, margins 2.5 cm all round (a 16 cm text column), made in Word. Body in
        a serif (Liberation Serif, Times' metrics; else DejaVu Serif) at 10.5pt on 13.5pt,
        4pt after each paragraph. Where the transcription has contents, page 1 lists them
        ("Inhoud", 16pt bold; one line per project: theme and title, the page number right).
        Each project starts a new page: its theme in 10pt grey, then the title in 14pt bold;
        field labels in bold on a line of their own, 7pt above. Page footer "Pagina N"
        centred, 9pt. Project notes at the project's end under a short rule, 8pt.
        FUNDING TABLES (investment tables and those inside a field, which stay in their
        field) in a WIDE format: the spreadsheet pasted in at full size, a sans (Liberation
        Sans; else DejaVu Sans) at 10pt, a 0.5pt grey grid, the header rows bold on a light
        grey fill, the table's label in the header's corner cell (merged down over the
        header lines), a row-label column of 4 cm and generous value columns of 3 cm each,
        amounts right-aligned as transcribed, the Totaal row bold with a 1pt rule above.
        Only four value columns fit beside the row labels on the portrait page, so a table
        of MORE THAN FOUR value columns is printed PAGES ACROSS: the first part (the
        row-label column and value columns 1-4: Totaal, Privaat, Onderwijs, ...) stands
        where the table falls (moved whole to the next page if it does not fit); the NEXT
        PAGE opens with "Vervolg tabel: <label> (kolommen <first>–<last>)" in 8pt italic
        (the first and last printed column's lowest header text; "(kolom <name>)" where
        only one column is left), then the second part:
        the row-label column AGAIN (corner label included) with the remaining value columns,
        the header rows repeated for those columns; a group header ("Publiek") whose columns
        fall on both parts is printed on both, over its columns there. The text goes on
        under the second part. Narrower tables stay whole. Table footnotes under the table
        (under its second part where split) in 8.5pt. The transcription's page breaks
        inside tables are not reproduced.

Every cell prints as transcribed, so no "raw" is recorded. The two parts are ONE table of
the source: tests/zoo.py finds a cell by table index, row index and column key, so a reader
that returns the parts as two tables misses the second part's cells (and shifts the index of
every later table of the project). Each part's cells record their page, so a project's last
page includes the second part's page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate,
                                Spacer, Table, TableStyle)

from . import source
from .zoo_agency import end_notes
from .zoo_common import (FALLBACK, Doc, Truth, build_until_stable, is_total, meta, page_of,
                         para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
LABEL_W = 4 * cm
VALUE_W = 3 * cm
PER_PAGE = 4  # value columns beside the row labels on the portrait page
GRID = colors.HexColor("#A6A6A6")
HEAD_FILL = colors.HexColor("#E7E6E6")
GREY = colors.HexColor("#666666")

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_FACES = {"WdSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "WdSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "WdSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic"),
          "WdSans": ("LiberationSans-Regular.ttf", "DejaVuSans"),
          "WdSans-Bold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold")}


def _fonts() -> dict:
    """Liberation Serif and Sans where installed, else DejaVu."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _FACES.values()):
        return {k: stand_in for k, (_, stand_in) in _FACES.items()}
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("WdSerif", normal="WdSerif", bold="WdSerif-Bold",
                                  italic="WdSerif-Italic", boldItalic="WdSerif-Bold")
    return {k: k for k in _FACES}


def _styles(f: dict) -> dict:
    def style(name, font, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"wd-{name}", fontName=f[font], fontSize=size, leading=leading,
                              **kw)

    return {
        "body": style("body", "WdSerif", spaceAfter=4),
        "label": style("label", "WdSerif-Bold", spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", "WdSerif", 10, 13, textColor=GREY, keepWithNext=1),
        "title": style("title", "WdSerif-Bold", 14, 18, spaceAfter=8, keepWithNext=1),
        "toc_h": style("toch", "WdSerif-Bold", 16, 20, spaceAfter=12),
        "toc": style("toc", "WdSerif", 10.5, 14),
        "toc_theme": style("toct", "WdSerif", 9, 12, textColor=GREY),
        "toc_page": style("tocp", "WdSerif", 10.5, 14, alignment=TA_RIGHT),
        "note": style("note", "WdSerif", 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", "WdSerif", 8, 10, leftIndent=8, spaceAfter=1.5),
        "tfoot": style("tf", "WdSerif", 8.5, 10.5, spaceBefore=3),
        "cont": style("cont", "WdSerif-Italic", 8, 10, spaceAfter=3, keepWithNext=1),
        "tlabel": style("tl", "WdSans-Bold", 10, 12),
        "thead": style("th", "WdSans-Bold", 10, 12, alignment=TA_RIGHT),
        "tgroup": style("tg", "WdSans-Bold", 10, 12, alignment=TA_CENTER),
        "tbody": style("tb", "WdSans", 10, 12),
        "tbody_b": style("tbb", "WdSans-Bold", 10, 12),
        "tamount": style("ta", "WdSans", 10, 12, alignment=TA_RIGHT),
        "tamount_b": style("tab", "WdSans-Bold", 10, 12, alignment=TA_RIGHT),
    }


class _Rule(Flowable):
    def __init__(self, width):
        super().__init__()
        self.width, self.height = width, 6

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.width, 3)


def _leaf_heads(t: source.Table) -> dict[int, str]:
    """Each value column's lowest header text (1-based columns)."""
    out: dict[int, tuple[int, str]] = {}
    for h in t.header_cells():
        if h.columns == 1 and h.text and h.line >= out.get(h.column, (-1, ""))[0]:
            out[h.column] = (h.line, h.text)
    for h in t.header_cells():  # a column with no header of its own: its group's text
        for c in range(h.column, h.column + h.columns):
            out.setdefault(c, (h.line, h.text))
    return {c: text for c, (_, text) in out.items()}


def _part(t: source.Table, first: int, last: int, st, rec) -> Table:
    """The row-label column and value columns first..last (1-based) of table `t`."""
    n = last - first + 1
    lines = len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = max(h.column, first), min(h.column + h.columns - 1, last)
        if c0 > c1:
            continue
        x0, x1 = c0 - first + 1, c1 - first + 1
        rows[h.line][x0] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        r1 = h.line + h.lines - 1
        if (x1, r1) != (x0, h.line):
            cmds.append(("SPAN", (x0, h.line), (x1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            cmds.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 1, colors.black))
        cells = list(body[1:]) + [""] * (t.columns - (len(body) - 1))
        rows.append([para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
                    + [para(x, st["tamount_b"] if bold else st["tamount"], rec)
                       for x in cells[first - 1:last]])
    style = [("GRID", (0, 0), (-1, -1), 0.5, GRID),
             ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
             ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("NOSPLIT", (0, 0), (-1, -1))] + cmds
    return Table(rows, colWidths=[LABEL_W] + [VALUE_W] * n, style=TableStyle(style),
                 hAlign="LEFT")


def _place(t: source.Table, st, rec) -> list:
    out: list = [Spacer(0, 4)]
    n = t.columns
    if n <= PER_PAGE:
        out.append(_part(t, 1, n, st, rec))
    else:
        heads = _leaf_heads(t)
        out.append(_part(t, 1, PER_PAGE, st, rec))
        out.append(PageBreak())
        a, b = heads.get(PER_PAGE + 1, ""), heads.get(n, "")
        cols = f"kolom {a}" if n == PER_PAGE + 1 else f"kolommen {a}–{b}"
        out.append(para(f"Vervolg tabel: {t.label} ({cols})", st["cont"], rec))
        out.append(_part(t, PER_PAGE + 1, n, st, rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_wide(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    st = _styles(fonts)

    def once(info):
        truth = Truth(dossier, "wide")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "wide"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(fonts["WdSerif"], 9)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(
            MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0)], onPage=furniture)])
        story: list = []
        if dossier.toc:
            story.append(para(dossier.toc_heading or "Inhoud", st["toc_h"]))
            rows = [[[para(pr.theme, st["toc_theme"]), para(pr.title, st["toc"])],
                     para(page_of(info, p), st["toc_page"])]
                    for p, pr in enumerate(dossier.projects)]
            story.append(Table(rows, colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if story:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], rec))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _place(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _place(item, st, rec)
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story += [Spacer(0, 8), CondPageBreak(30), _Rule(110)]
                story += end_notes(pr.notes, st, rec)
        doc.build(story)
        return truth

    return build_until_stable(once)
