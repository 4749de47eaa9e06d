"""One more house style for the layout zoo (see zoo.py), held out: a startup-style agency
design ("modern dashboard look") whose tables have ROUNDED ROW PILLS.

- pillrows: A4 portrait, margins 2 cm all round, a sans (Liberation Sans; else DejaVu Sans)
          9.5pt on 13pt, ragged right. Footer: the page number at the bottom centre in 8pt
          grey. Each project opens a new page: its theme in 8pt capitals in violet (#6C4AB6),
          then its title in 18pt bold near-black; field labels 10pt bold violet on their own
          line; list items as bullets (the transcription's marker hanging).
          FUNDING TABLES (every table of the project, where it stands among the fields, a
          table inside a field too): full text width, 8.5pt, NO RULES AT ALL; every row on its
          own rounded rectangle (canvas.roundRect, radius 6pt) with a 2.5pt white gap between
          pills. The HEADER row on a full-width pill filled dark violet (#3F2B7A) in white bold
          type (the table's label at the left, single headers right-aligned); a group header
          ("Publiek") on its own pill of the same fill over its members' columns, on a header
          line above the header row (the other header cells stand in the header row). Each
          BODY row on a full-width pill, alternately #EFEAFB and #F8F6FD; the TOTAL row on a
          #D9CEF5 pill, bold. Row labels left, value cells right-aligned exactly as
          transcribed; a label wrapping over two lines makes its pill taller. Header lines
          repeated where a table breaks over a page. Table footnotes under the table in 7pt
          grey. The project's notes under its last field in 7.5pt, each with its mark.

The transcription's page breaks are not reproduced. Every cell prints as transcribed: the
truth record is the plain one (no "raw", no "table_order"). A project runs from its opening
page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_budget import _fonts, _markup
from .zoo_common import Doc, Truth, build_until_stable, is_total, meta, para

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN

VIOLET = colors.HexColor("#6C4AB6")
HEAD_FILL = colors.HexColor("#3F2B7A")
BODY_FILLS = (colors.HexColor("#EFEAFB"), colors.HexColor("#F8F6FD"))
TOTAL_FILL = colors.HexColor("#D9CEF5")
INK = colors.HexColor("#1C1B22")
GREY = colors.HexColor("#7A7A7A")

RADIUS = 6.0
GAP = 2.5   # white between two pills
PAD = 5.0   # a cell's inner padding left and right
EDGE = 8.0  # the first and last column's padding from the pill's rounded ends

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=9.5, leading=13, **kw):
        return ParagraphStyle(f"pr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 8.5, 10.5
    white = colors.white
    return {
        "theme": st("theme", sans, 8, 10, textColor=VIOLET, spaceAfter=3, keepWithNext=1),
        "title": st("title", bold, 18, 22, spaceAfter=8, keepWithNext=1),
        "label": st("label", bold, 10, 13, textColor=VIOLET, spaceBefore=8, spaceAfter=2,
                    keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=14, bulletIndent=2, bulletFontName=sans,
                   bulletFontSize=9.5, spaceAfter=2.5),
        "tlabel": st("tl", bold, ts, tl, textColor=white),
        "thead": st("th", bold, ts, tl, textColor=white, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, tl, textColor=white, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", sans, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 7, 8.8, textColor=GREY, spaceBefore=2),
        "note": st("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


# --- tables of row pills -------------------------------------------------------------


def _pills_of(value) -> list:
    """The pills a cell asks for (reportlab may hold a cell as a list of parts)."""
    if isinstance(value, (list, tuple)):
        return [q for v in value for q in _pills_of(v)]
    pill = getattr(value, "_pill", None)
    return [pill] if pill else []


class PillTable(Table):
    """A table without rules whose rows stand on rounded pills: a cell's paragraph carries
    `_pill` = (fill, first column, last column or None for the full width), so split parts
    and repeated header rows keep their pills."""

    def _drawBkgrnd(self):
        super()._drawBkgrnd()
        canv = self.canv
        cp, rp = self._colpositions, self._rowpositions
        for r in range(self._nrows):
            for row_cell in self._cellvalues[r]:
                for fill, c0, c1 in _pills_of(row_cell):
                    x0, x1 = (cp[0], cp[-1]) if c1 is None else (cp[c0], cp[c1 + 1])
                    y0, y1 = rp[r + 1] + GAP / 2, rp[r] - GAP / 2
                    canv.saveState()
                    canv.setFillColor(fill)
                    canv.roundRect(x0, y0, x1 - x0, y1 - y0, min(RADIUS, (y1 - y0) / 2),
                                   stroke=0, fill=1)
                    canv.restoreState()


def _table(t: source.Table, st, rec) -> list:
    """The table as pill rows: group headers on a line of their own above the header row,
    every other header cell (the table's label too) in the header row."""
    n, lines = t.columns, len(t.header)
    last = lines - 1
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), EDGE), ("RIGHTPADDING", (-1, 0), (-1, -1), EDGE),
            ("TOPPADDING", (0, 0), (-1, -1), GAP / 2 + 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), GAP / 2 + 3.5)]
    label = para(t.label, st["tlabel"], rec)
    label._pill = (HEAD_FILL, 0, None)
    rows[last][0] = label
    for h in t.header_cells():
        # a cell reaching down to the last header line stands in the header row
        line = h.line if h.line + h.lines - 1 < last else last
        p = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1 = h.column + h.columns - 1
        if line < last:
            p._pill = (HEAD_FILL, h.column, c1)
            cmds.append(("LEFTPADDING", (h.column, line), (c1, line), EDGE))
            cmds.append(("RIGHTPADDING", (h.column, line), (c1, line), EDGE))
        rows[line][h.column] = p
        if c1 != h.column:
            cmds.append(("SPAN", (h.column, line), (c1, line)))
    k = 0
    for body in t.rows:
        bold = is_total(body[0])
        lab = para(body[0], st["tbody_b" if bold else "tbody"], rec)
        lab._pill = (TOTAL_FILL if bold else BODY_FILLS[k % 2], 0, None)
        k += 0 if bold else 1
        rows.append([lab] + [para(text, st["tamount_b" if bold else "tamount"], rec)
                             for text in body[1:]])
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    # sized with PAD; the outer columns get the extra room of their EDGE padding
    widths = _col_widths(t, lambda s: s, FW - 2 * (EDGE - PAD), st, PAD, label_share=0.34)
    widths[0] += EDGE - PAD
    widths[-1] += EDGE - PAD
    out: list = [Spacer(0, 4), PillTable(rows, colWidths=widths, repeatRows=lines,
                                         style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- fields ----------------------------------------------------------------------------


def _text(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    if m:
        rest = text[m.end():]
        body = _markup(rest, st["item"].fontName) or escape(rest)
        # the marker as transcribed: the scored field text holds it
        return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")
    return para(text, st["body"], rec)


def render_pillrows(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)

    def once(info):
        truth = Truth(dossier, "pillrows")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "pillrows"))

        def footer(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=footer)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    story += (_table(item, st, rec) if isinstance(item, source.Table)
                              else [_text(item, st, rec)])
            if pr.notes:
                story.append(Spacer(0, 6))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
