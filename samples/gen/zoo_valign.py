"""One more house style for the layout zoo (see zoo.py), held out: a water board's
("waterschap") project proposals made in Word with its house table style, whose funding
tables set every cell VERTICALLY CENTRED and wrap long texts inside narrow columns.

- valign: A4 portrait, margins 2.5 cm left, 2.0 cm right (a 16.5 cm text column), 2.5 cm
          top, 2.0 cm bottom. Liberation Sans (Arial's metrics; else DejaVu Sans) 10pt on
          13pt, ragged right. Running header "Waterschap - Regio Deal <Name>" in 8pt grey at
          the left with a hairline under it across the column; footer: the page number at
          the right, 8pt.
          Each project: its title in 14pt bold dark blue (#1F3864) with space above, kept
          with what follows; projects flow on (no new page per project). Field labels 10pt
          bold on a line of their own, the field's paragraphs under them; a list item as a
          bulleted paragraph (the source's marker hanging, the text indented).
          FUNDING TABLES (every table of the project, where it stands among the fields, those
          inside a field too): the full text width, the label column 3.6 cm wide and the
          amount columns sharing the rest equally; 8.5pt. Header cells bold on a pale grey
          fill (#E7E6E6), BOTTOM-aligned, wrapping inside their cells at spaces only (a word
          wider than its cell is set smaller, never broken); the table's label in the first
          header cell (bottom-aligned too), a header over an amount column right-aligned (over
          a text column left-aligned), a group header ("Publiek") centred over its members on
          a header line of its own above them. Every body cell VERTICALLY CENTRED in its row
          (VALIGN MIDDLE): the row labels wrap over two or three lines in the narrow label
          column and an amount stands level with the middle of its label; amounts (and nils)
          right-aligned, printed exactly as transcribed; words left-aligned. Horizontal rules
          only: 0.5pt between all rows (not through a merged header cell), 1pt above the
          header and under the Totaal row; NO vertical rules. The Totaal row bold. 2.5pt cell
          padding top and bottom, Word's 0.19 cm left and right. Header lines repeated where
          a table breaks over a page (the header with its first row kept together). Table
          footnotes under the table in 7.5pt.
          Project notes as Word's page footnotes: 7.5pt under a short rule at the foot of the
          page where the note's mark stands (a note whose mark is nowhere goes with the
          project's last paragraph).

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (
    FALLBACK,
    Doc,
    FootnoteSupport,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.5 * cm, 2.0 * cm, 2.5 * cm, 2.0 * cm
FW = WIDTH - LEFT - RIGHT
SIZE, LEAD = 10.0, 13.0
TSIZE, TLEAD = 8.5, 10.2
NSIZE, NLEAD = 7.5, 9.0
LABEL_W = 3.6 * cm
CELL_X = 0.19 * cm  # Word's default cell margins left and right
CELL_Y = 2.5
BLUE = colors.HexColor("#1F3864")
GREY = colors.HexColor("#7F7F7F")
HEAD_FILL = colors.HexColor("#E7E6E6")
INK = colors.black

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_FACES = {"VaSans": ("LiberationSans-Regular.ttf", "DejaVuSans"),
          "VaSans-Bold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold")}
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _fonts() -> tuple[str, str]:
    """Liberation Sans where installed, else DejaVu Sans; a character the face lacks is set
    in DejaVu Sans (font_for)."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _FACES.values()):
        return "DejaVuSans", "DejaVuSans-Bold"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    return tuple(_FACES)


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=SIZE, leading=LEAD, **kw):
        kw.setdefault("textColor", INK)
        return ParagraphStyle(f"va-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def t(name, font, align):
        return st(name, font, TSIZE, TLEAD, alignment=align)

    return {
        "title": st("title", bold, 14, 17, textColor=BLUE, spaceBefore=20, spaceAfter=6,
                    keepWithNext=1),
        "label": st("label", bold, spaceBefore=8, spaceAfter=1, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=0.63 * cm, bulletIndent=0.2 * cm, bulletFontName=sans,
                   bulletFontSize=SIZE, spaceAfter=2),
        "tlabel": t("tl", bold, TA_LEFT),
        "thead": t("th", bold, TA_RIGHT),
        "thead_l": t("thl", bold, TA_LEFT),
        "tgroup": t("tg", bold, TA_CENTER),
        "tbody": t("tb", sans, TA_LEFT),
        "tbody_b": t("tbb", bold, TA_LEFT),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "tfoot": st("tf", sans, NSIZE, NLEAD, spaceBefore=2),
        "note": st("note", sans, NSIZE, NLEAD, spaceAfter=1),
    }


# --- funding tables ---------------------------------------------------------------------


def _is_amount(text: str) -> bool:
    return bool(text.strip()) and amount(text) is not None


def funding_table(t: source.Table, st, rec) -> list:
    """Table `t` in the house table style across the text column, its footnotes under it."""
    n, lines = t.columns, max(len(t.header), 1)
    cells = [list(r[1:n + 1]) + [""] * (n + 1 - len(r)) for r in t.rows]
    # a column holding amounts has its header right-aligned over them
    numeric = [any(_is_amount(row[c]) for row in cells) for c in range(n)]
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_X), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_X),
            ("TOPPADDING", (0, 0), (-1, -1), CELL_Y), ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_Y),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        if h.columns > 1:
            key = "tgroup"
        else:
            key = "thead" if numeric[h.column - 1] else "thead_l"
        rows[h.line][h.column] = para(h.text, st[key], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    totals = []
    for body, row_cells in zip(t.rows, cells):
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        b = "_b" if bold else ""
        row = [para(body[0], st["tbody" + b], rec)]
        row += [para(c, st[("tamount" if _is_amount(c) else "tbody") + b], rec) for c in row_cells]
        rows.append(row)
    last = len(rows) - 1
    if last:  # Word's inside horizontal borders; reportlab leaves merged cells uncrossed
        cmds.append(("LINEBELOW", (0, 0), (-1, last - 1), 0.5, INK))
    cmds += [("LINEBELOW", (0, r), (-1, r), 1.0, INK) for r in totals]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines))))
    widths = [LABEL_W] + [(FW - LABEL_W) / n] * n
    out: list = [Spacer(0, 4),
                 Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


# --- fields ---------------------------------------------------------------------------


def _text(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    if not m:
        return para(text, st["body"], rec)
    style = st["item"]
    rest = text[m.end():]
    font = font_for(rest, style.fontName)
    body = escape(rest) if font == style.fontName else f'<font name="{font}">{escape(rest)}</font>'
    return para("", style, rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _project(pr: source.Project, st, rec, foot) -> list:
    """The project's fields and tables in order; a paragraph holding a note's mark carries
    the note to its page's foot (notes whose mark is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += funding_table(row, st, rec)
            continue
        story.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += funding_table(item, st, rec)
                continue
            q = _text(item, st, rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_valign(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    header = f"Waterschap - Regio Deal {dossier_name(dossier)}".rstrip()

    def once(info):
        truth = Truth(dossier, "valign")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "valign"))

        def furniture(canv, d):
            canv.saveState()
            y = HEIGHT - 1.5 * cm
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, sans), 8)
            canv.drawString(LEFT, y, header)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.25)
            canv.line(LEFT, y - 3.5, WIDTH - RIGHT, y - 3.5)
            canv.setFillColor(INK)
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - RIGHT, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story += _project(pr, st, truth.content(p), foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
