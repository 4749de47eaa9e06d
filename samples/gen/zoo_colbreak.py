"""One more house style for the layout zoo (see zoo.py), held out: a two-column report in
which tables BREAK FROM ONE TEXT COLUMN INTO THE NEXT, as a newspaper or a two-column Word
section sets them.

- colbreak: A4 portrait, margins 1.8 cm, TWO text columns of equal width (8.3 cm) with a
          0.8 cm gutter, no column rule. A serif body (Liberation Serif; else DejaVu Serif)
          9.5pt on 12.5pt, justified. Running header "Regio Deal <Name> –
          investeringsvoorstellen" in 8pt grey over a hairline; the page number centred at
          the foot, 8pt.
          Each project starts at the top of a new page with its theme (8pt grey capitals) and
          its title (15pt bold) ACROSS BOTH columns; then the fields flow through the
          columns: the left column, the right one, on to the next page's left column. Labels
          bold 9.5pt on their own line (kept off a column's foot); list items as bullets (the
          transcription's marker hanging, the text indented after it).
          TABLES stand where the transcription puts them (between fields, or inside a field),
          at the column's width: 7pt serif, the header wrapped over as many lines as needed,
          amounts right-aligned exactly as transcribed (a word too wide for its narrow column
          set smaller), a group header ("Publiek") centred over its members, the Totaal row
          bold; 0.4pt horizontal rules under the header and between the rows, no vertical
          rules. A TABLE IS NEVER MOVED to keep it whole: where it reaches the foot of a
          column it breaks there (at least one body row under its header) and goes on at the
          top of the next column (the right column of the same page, or the next page's left
          column) with its header lines repeated. Table footnotes in 6.5pt under the table's
          last part. The project's notes at its end in 7pt ("¹ Bron: ...").
          The transcription's page breaks are not reproduced.

          So that tables break from a left column into the right one, a little vertical space
          stands before two twente tables (nothing else is adjusted; see _EXTRA_SPACE): twente
          then has three such breaks (Advanced Manufacturing Program, Skills Twente, Creatieve
          Broedplaatsen). Zeeland has none: its projects take about a page each and their
          tables fall in a right column or at the top of a left one, so only about a whole
          column of space before a table would bring one to a left column's foot.

Every transcribed cell prints as transcribed: the truth record is the plain one (no "raw").
A project runs from the page of its heading to the page of its last text, table cell or note.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_agency import _grid
from .zoo_budget import _markup
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end,
                         para)
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN = 1.8 * cm
GUTTER = 0.8 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
COL_W = (FW - GUTTER) / 2
HEAD_GAP = 12.0  # between the title and the columns
PAD = 1.5  # table cell padding, left and right
LABEL_MIN = 52.0  # the narrowest row-label column ("Infrastructuur" at 7pt)
RULE_W = 0.4

INK = colors.black
GREY = colors.HexColor("#6E6E6E")

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

# Extra vertical space (pt) before a table, by (dossier folder, project index, table index in
# the project's transcription order), so that the table reaches a left column's foot and breaks
# into the right column. Every other table has only the plain space before it.
_EXTRA_SPACE: dict[tuple[str, int, int], float] = {
    ("twente", 0, 0): 40.0,  # Advanced Manufacturing Program
    ("twente", 4, 0): 20.0,  # Skills Twente
}


def _styles(f) -> dict:
    serif, bold = f["TsSerif"], f["TsSerif-Bold"]

    def st(name, font=serif, size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"cb-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 7, 8.5
    return {
        "theme": st("theme", serif, 8, 10, textColor=GREY, spaceAfter=3),
        "title": st("title", bold, 15, 18.5),
        "label": st("label", bold, 9.5, 12.5, spaceBefore=7, spaceAfter=1.5),
        "body": st("body", alignment=TA_JUSTIFY, spaceAfter=4),
        "item": st("item", alignment=TA_JUSTIFY, leftIndent=13, bulletIndent=2,
                   bulletFontName=serif, bulletFontSize=9.5, spaceAfter=2),
        "tlabel": st("tl", bold, ts, tl, alignment=TA_LEFT),
        "thead": st("th", bold, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", serif, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", serif, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", serif, 6.5, 8, spaceBefore=2),
        "note": st("note", serif, 7, 9, leftIndent=7, firstLineIndent=-7, spaceAfter=1.5),
        "note_more": st("notem", serif, 7, 9, leftIndent=7, spaceAfter=1.5),
    }


def _text(text: str, st, rec):
    """A field's paragraph: body text, or a list item hanging on its own marker."""
    m = _LIST_ITEM.match(text)
    if not m:
        markup = _markup(text, st["body"].fontName)
        return para(text, st["body"], rec) if markup is None else para("", st["body"], rec, markup=markup)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _widest(text: str, style: ParagraphStyle) -> float:
    return max((stringWidth(w, style.fontName, style.fontSize) for w in text.split()), default=0.0)


def _widths(t: source.Table, st) -> list[float]:
    """A value column as wide as its widest amount or header word, the row labels
    the rest (wrapping, at least LABEL_MIN); where the column is too narrow for that, the
    value columns narrowed alike (their words then set smaller)."""
    need = [0.0] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], _widest(h.text, st["thead"]))
    for body in t.rows:
        style = st["tamount_b"] if is_total(body[0]) else st["tamount"]
        for c, text in enumerate(body[1:]):
            # an amount of several words ("€ 2,8 mln.") on one line; a long text cell wraps
            full = stringWidth(text, style.fontName, style.fontSize)
            need[c] = max(need[c], min(full, max(_widest(text, style), 60.0)))
    need = [w + 2 * PAD + 1 for w in need]
    if sum(need) + LABEL_MIN > COL_W:
        k = (COL_W - LABEL_MIN) / sum(need)
        return [LABEL_MIN] + [w * k for w in need]
    return [COL_W - sum(need)] + need


def _table(t: source.Table, st, rec, space: float) -> list:
    """The table at the column's width, free to break at a column's foot (header lines
    repeated); its footnotes under its last part."""
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, lines - 1), (-1, -2), RULE_W, INK)]  # none under the last row
    cmds += [("SPAN", a, b) for a, b in spans]
    widths = _widths(t, st)
    out: list = [Spacer(0, space),
                 Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 4)]


def _label(field: source.Field, st, rec) -> list:
    """The label, kept off a column's foot: a column break where the label and the first
    lines (or a table's header and first row) under it do not fit."""
    first = field.content[0] if field.content else ""
    need = 2 * st["body"].leading if isinstance(first, str) else 40.0
    return [CondPageBreak(st["label"].leading + st["label"].spaceBefore + need),
            para(field.label, st["label"], rec)]


def render_colbreak(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    st = _styles(f)
    header = f"Regio Deal {dossier_name(dossier)} – investeringsvoorstellen".replace("  ", " ")
    folder = Path(dossier.source).parent.name if dossier.source else ""

    def heading(pr, rec):
        return [para(pr.theme.upper(), st["theme"], rec), para(pr.title, st["title"], rec)]

    def head_height(pr) -> float:
        items = heading(pr, None)
        return sum(p.wrap(FW, FH)[1] for p in items) + st["theme"].spaceAfter + HEAD_GAP

    def once(info):
        truth = Truth(dossier, "colbreak")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "colbreak"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, f["TsSerif"]), 8)
            canv.drawString(MARGIN, HEIGHT - 1.15 * cm, header)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.25)
            canv.line(MARGIN, HEIGHT - 1.3 * cm, WIDTH - MARGIN, HEIGHT - 1.3 * cm)
            canv.setFillColor(INK)
            canv.setFont(f["TsSerif"], 8)
            canv.drawCentredString(WIDTH / 2, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def frame(fid, x, y, w, h):
            return Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, id=fid)

        def columns(height):
            return [frame("left", MARGIN, MARGIN, COL_W, height),
                    frame("right", MARGIN + COL_W + GUTTER, MARGIN, COL_W, height)]

        templates = []
        for p, pr in enumerate(dossier.projects):
            # the opening page: the heading across both columns, the columns under it
            hh = head_height(pr)
            templates.append(PageTemplate(
                f"open{p}", [frame("head", MARGIN, HEIGHT - MARGIN - hh, FW, hh), *columns(FH - hh)],
                onPage=on_page))
        templates.append(PageTemplate("cols", columns(FH), onPage=on_page))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate(f"open{p}"), PageBreak()]
            story += heading(pr, truth.heading(p))
            story += [NextPageTemplate("cols"), FrameBreak()]
            k = 0  # the table's number in the project
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, 6 + _EXTRA_SPACE.get((folder, p, k), 0))
                    k += 1
                    continue
                story += _label(row, st, rec)
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, 3 + _EXTRA_SPACE.get((folder, p, k), 0))
                        k += 1
                    else:
                        story.append(_text(item, st, rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
