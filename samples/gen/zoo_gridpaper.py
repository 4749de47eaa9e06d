"""One more house style for the layout zoo (see zoo.py), held out: a designer's template
printed on "squared paper", as some Scandinavian-inspired and engineering-notebook house
styles do.

- gridpaper: A4 portrait, margins 2 cm all round (a 17 x 25.7 cm text area). The GRID: a
          light grey (#D9D9D9, 0.25pt) line every 5 mm across the whole text area,
          horizontal (from the text area's top down) and vertical (from its left edge), drawn
          first on every page, under the text, as separate line segments (one path per line,
          as a drawing program exports it).
          A sans (Liberation Sans; else DejaVu Sans) throughout. Body 9.5pt on 14.17pt (5 mm:
          each text line sits in a grid row), ragged right. Each project opens a new page:
          its theme in 8pt capitals, the title in 16pt bold under it; the text resumes on the
          next grid line. Fields: the label in bold on its own line, the field's paragraphs
          under it, an empty grid row between paragraphs and before each label; a list item
          as a bullet hanging on its marker (the marker as transcribed: "•", "1.", "(a)").
          TABLES (the investment tables, and a table inside a field where it stands) in the
          body's type at 8.5pt, each line of a cell in a grid row (no cell padding above or
          below), DARK rules (0.75pt, #333333) only under the header line(s) and under the
          last row: the grid paper shows through everywhere else. The table's label over the
          row labels, headers bold (a one-column header right-aligned, a group header
          "Publiek" centred over its members), amounts right-aligned exactly as transcribed
          ("7.500.000*", "€ 2,8 mln."), words left-aligned; the Totaal row bold. Header lines
          repeated where a table breaks over a page. Table footnotes 7.5pt under the table.
          The project's notes at its end in 8pt, each with its mark ("¹ Bron: ...").
          Footer on every page: "Regio Deal <Name>" at the left and the page number at the
          right, 7.5pt, under the text area.

The transcription's page breaks are not reproduced. Every table cell is printed as
transcribed: the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (
    FALLBACK,
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2 * cm
FW = WIDTH - 2 * MARGIN   # 17 cm
FH = HEIGHT - 2 * MARGIN  # 25.7 cm
TOP = HEIGHT - MARGIN     # the text area's top edge
G = 5 * mm                # the grid step, and the body's leading (14.17pt)
GRID = colors.HexColor("#D9D9D9")
DARK = colors.HexColor("#333333")
PAD = 3.0                 # table cells: left and right only, so each line stays in its row

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_FACES = {"GpSans": ("LiberationSans-Regular.ttf", "DejaVuSans"),
          "GpSans-Bold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold")}


def _fonts() -> tuple[str, str]:
    """Liberation Sans (regular, bold) where installed, else DejaVu Sans; a character the
    face lacks ("⁴", "₂") is set in DejaVu Sans."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _FACES.values()):
        return "DejaVuSans", "DejaVuSans-Bold"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    return "GpSans", "GpSans-Bold"


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=9.5, leading=G, **kw):
        return ParagraphStyle(f"gp-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts = 8.5
    return {
        "theme": st("theme", sans, 8, keepWithNext=1),
        "title": st("title", bold, 16, 19.5, keepWithNext=1),
        "label": st("label", bold, spaceBefore=G, keepWithNext=1),
        "body": st("body"),
        "item": st("item", leftIndent=12, bulletIndent=0, bulletFontName=sans),
        "tlabel": st("tl", bold, ts, alignment=TA_LEFT),
        "thead": st("th", bold, ts, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts),
        "tbody_b": st("tbb", bold, ts),
        "tamount": st("ta", sans, ts, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, alignment=TA_RIGHT),
        "ttext": st("tt", sans, ts),
        "ttext_b": st("ttb", bold, ts),
        "tfoot": st("tf", sans, 7.5),
        "note": st("note", sans, 8),
        "note_more": st("notem", sans, 8, leftIndent=8),
    }


class _Snap(Flowable):
    """Room down to the next grid line, so the text after a title (whose leading is not the
    grid's) or a table footnote sits in the grid rows again."""

    def wrap(self, aW, aH):
        used = FH - aH  # the frame has no padding: aH runs from here to its foot
        self.height = 0.0 if aH > FH else (-used) % G
        if self.height < 0.01 or self.height > G - 0.01:
            self.height = 0.0
        return aW, self.height

    def draw(self):
        pass


def _draw_grid(canv) -> None:
    """The squared paper: one stroked path per line, horizontal from the text area's top
    down, vertical from its left edge, every 5 mm."""
    canv.saveState()
    canv.setStrokeColor(GRID)
    canv.setLineWidth(0.25)
    k = 0
    while k * G <= FH + 0.01:
        y = TOP - k * G
        canv.line(MARGIN, y, MARGIN + FW, y)
        k += 1
    k = 0
    while k * G <= FW + 0.01:
        x = MARGIN + k * G
        canv.line(x, TOP, x, MARGIN)
        k += 1
    canv.restoreState()


# --- tables --------------------------------------------------------------------------


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, DARK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, DARK)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        cells = list(body[1:n + 1]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["tbody" + b], rec)] +
                    [para(c, st[("tamount" if amount(c) is not None else "ttext") + b], rec)
                     for c in cells])
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.34)
    out: list = [Spacer(0, G),
                 Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


# --- the document --------------------------------------------------------------------


def _field(field: source.Field, st, rec) -> list:
    out: list = [para(field.label, st["label"], rec)]
    prev_item = None  # None: right under the label, no empty row there
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += _table(item, st, rec, FW)
            prev_item = False
            continue
        is_item = LIST_ITEM.match(item) is not None
        if prev_item is not None and not (prev_item and is_item):
            out.append(Spacer(0, G))  # an empty grid row between paragraphs, not list items
        out.append(field_para(item, st["body"], st["item"], rec))
        prev_item = is_item
    return out


def render_gridpaper(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    footer = f"Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "gridpaper")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "gridpaper"))

        def on_page(canv, d):
            _draw_grid(canv)  # onPage runs before the frame's flowables: the grid is under them
            canv.saveState()
            y = MARGIN - 0.8 * cm
            canv.setFont(font_for(footer, sans), 7.5)
            canv.drawString(MARGIN, y, footer)
            canv.setFont(sans, 7.5)
            canv.drawRightString(WIDTH - MARGIN, y, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(_Snap())
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                else:
                    story += _field(row, st, rec)
                story.append(_Snap())
            if pr.notes:
                story.append(Spacer(0, G))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
