"""One more house style for the layout zoo (see zoo.py), held out: a regional development
agency's ("Regionale Ontwikkelingsmaatschappij") project report in a light, friendly house
design in which no rule is solid: every line in the document is dashed or dotted.

- dashed: A4 portrait, margins 2.5 cm all round (a 16 cm text column). Helvetica body 10pt on
          13.5pt, ragged right, 5pt after each paragraph; a list item keeps the source's
          marker (as text) and hangs on it. Projects flow on (a conditional break keeps a
          heading off a page's foot). Each project: its THEME in 9pt green on a line of its
          own ABOVE the title, then the title in 17pt Helvetica-Bold green, then a DOTTED
          rule (round dots of 0.8pt every 2.5pt, green) across the column under the title.
          FIELDS: the parties field ("Partijen", "Betrokken partijen") and the continuity
          field ("Structureel karakter ...", "Borging") each in a ROUNDED BOX (corner radius
          4pt, drawn with curves) with a DASHED green border (0.7pt, 3 on 2 off), 7pt inner
          padding, the label in bold green at the top inside the box, the field's paragraphs
          under it; a box that does not fit splits, its rest in a new box of the same kind on
          the next page (the label not repeated). Every other field plain: its label in bold
          10pt on a line of its own, the paragraphs under it.
          FUNDING TABLES across the column (in a field: across the column under the label),
          body 8.5pt (7.5pt from five value columns on, 7pt from seven), amounts right-aligned
          exactly as transcribed, their note marks included ("7.500.000*"); the table's label
          over the row-label column, single headers right-aligned, a group header centred
          over its members, all in bold on a PALE GREEN fill. A full grid of DOTTED grey lines
          (0.8pt round dots every 2.5pt) between all rows and columns; the outer border a
          DASHED (3 on, 2 off) 0.8pt green rounded rectangle (corner radius 4pt, drawn with
          curves); the Totaal row (bold) set off from the rows above it by a DOUBLE DASHED
          green rule in place of the dotted line. Header lines repeated where a table breaks
          over a page (the source's page_break_before_row is not followed: the table breaks
          where the page is full); each part has its own rounded dashed border. Table
          footnotes under the table in 8pt. Project notes at the end of the project in 8pt,
          under a short dotted rule.
          Running footer on every page: "Regionale Ontwikkelingsmaatschappij · Regio Deal
          <Name> · N" in 8pt green-grey, left-aligned, under a dotted rule across the column.

Amounts are printed as transcribed: the truth is the plain record, no "raw".
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
GREEN = colors.HexColor("#2E7D32")
PALE = colors.HexColor("#E4F2E1")
DOTS = colors.HexColor("#7A7A7A")
FOOT = colors.HexColor("#4F6B52")
SANS, BOLD = "Helvetica", "Helvetica-Bold"

DOT_W, DOT_DASH = 0.8, [0, 2.5]     # round dots of 0.8pt every 2.5pt
DASH = [3, 2]                      # 3 on, 2 off
RADIUS = 4.0
BOX_PAD = 7.0
ITEM_GAP = 3.0
TPAD = 3.5

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_BOXED = re.compile(r"^(?:(?:betrokken\s+)?partijen|structureel karakter|borging)\b", re.I)


def _styles() -> dict:
    return {
        "theme": ParagraphStyle("ds-theme", fontName=SANS, fontSize=9, leading=11,
                                textColor=GREEN, spaceBefore=18, spaceAfter=2,
                                keepWithNext=1),
        "title": ParagraphStyle("ds-title", fontName=BOLD, fontSize=17, leading=21,
                                textColor=GREEN, keepWithNext=1),
        "label": ParagraphStyle("ds-label", fontName=BOLD, fontSize=10, leading=13.5,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "blabel": ParagraphStyle("ds-blabel", fontName=BOLD, fontSize=10, leading=13.5,
                                 textColor=GREEN, spaceAfter=2),
        "body": ParagraphStyle("ds-body", fontName=SANS, fontSize=10, leading=13.5,
                               spaceAfter=5),
        "item": ParagraphStyle("ds-item", fontName=SANS, fontSize=10, leading=13.5,
                               leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        "tfoot": ParagraphStyle("ds-tf", fontName=SANS, fontSize=8, leading=10,
                                spaceBefore=2),
        "note": ParagraphStyle("ds-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("ds-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = round(size * 1.22, 2)

    def mk(name, font, align):
        return ParagraphStyle(f"ds-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {"tlabel": mk("tl", BOLD, TA_LEFT), "thead": mk("th", BOLD, TA_RIGHT),
            "tgroup": mk("tg", BOLD, TA_CENTER), "tbody": mk("tb", SANS, TA_LEFT),
            "tbody_b": mk("tbb", BOLD, TA_LEFT), "tamount": mk("ta", SANS, TA_RIGHT),
            "tamount_b": mk("tab", BOLD, TA_RIGHT)}


def _dotted(canv, width=DOT_W, colour=DOTS):
    canv.setStrokeColor(colour)
    canv.setLineWidth(width)
    canv.setLineCap(1)
    canv.setDash(DOT_DASH, 0)


class _DottedRule(Flowable):
    """A dotted rule across the column (under a title) or a short one (over the notes)."""

    def __init__(self, length=None, colour=GREEN, above=3.0, below=6.0):
        super().__init__()
        self.length, self.colour, self.above, self.below = length, colour, above, below

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.above + self.below

    def draw(self):
        c = self.canv
        c.saveState()
        _dotted(c, colour=self.colour)
        c.line(0.4, self.below, (self.length or self.aW) - 0.4, self.below)
        c.restoreState()


class DashedTable(Table):
    """A table whose outer border is a dashed rounded rectangle drawn with curves; each part
    of a split table (splits are made with this class) gets its own border."""

    def draw(self):
        super().draw()
        c = self.canv
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.8)
        c.setLineCap(0)
        c.setDash(DASH, 0)
        c.roundRect(0, 0, self._width, self._height, RADIUS, stroke=1, fill=0)
        c.restoreState()


def _table(t: source.Table, st, rec, width) -> list:
    n = t.columns
    ts = _table_styles(8.5 if n <= 4 else 7.5 if n <= 6 else 7)
    rows, spans, _, totals = _grid(t, ts, rec)
    lines = max(len(t.header), 1)
    nrows, ncols = len(rows), n + 1
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), TPAD), ("RIGHTPADDING", (0, 0), (-1, -1), TPAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), PALE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    # the dotted grid: every inner line but the one over a Totaal row
    for c in range(ncols - 1):
        cmds.append(("LINEAFTER", (c, 0), (c, -1), DOT_W, DOTS, 1, DOT_DASH))
    for r in range(nrows - 1):
        if r + 1 in totals:
            continue
        cmds.append(("LINEBELOW", (0, r), (-1, r), DOT_W, DOTS, 1, DOT_DASH))
    for r in totals:
        if r > 0:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.6, GREEN, 0, DASH, None, 2, 1.2))
            cmds.append(("TOPPADDING", (0, r), (-1, r), 4))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(nrows - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, ts, TPAD, label_share=0.34)
    table = DashedTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                        hAlign="LEFT", cornerRadii=[RADIUS] * 4)
    out: list = [Spacer(0, 5), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


class DashedBox(Flowable):
    """A field in a rounded box with a dashed border; splits between (and inside) its
    flowables, the rest in a box of its own."""

    def __init__(self, content, space_after=8.0):
        super().__init__()
        self.content = list(content)
        self.spaceBefore, self.spaceAfter = 6.0, space_after

    def wrap(self, aW, aH):
        self.aW = aW
        iw = aW - 2 * BOX_PAD
        self._sizes = [f.wrap(iw, 1e6)[1] for f in self.content]
        body = sum(self._sizes) + ITEM_GAP * max(len(self._sizes) - 1, 0)
        self.width, self.height = aW, body + 2 * BOX_PAD
        return self.width, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        iw = aW - 2 * BOX_PAD
        room = aH - 2 * BOX_PAD
        first, rest, used = [], [], 0.0
        for k, (f, h) in enumerate(zip(self.content, self._sizes)):
            gap = ITEM_GAP if first else 0.0
            if used + gap + h <= room:
                first.append(f)
                used += gap + h
                continue
            left = room - used - gap
            parts = f.split(iw, left) if left > 14 else []
            if parts and len(parts) > 1:
                first.append(parts[0])
                rest = list(parts[1:]) + self.content[k + 1:]
            else:
                rest = self.content[k:]
            break
        # the label alone at a page's foot: move the whole box on
        if not first or not rest or (len(first) == 1 and k == 1 and first[0] is self.content[0]):
            return []
        return [DashedBox(first, space_after=0), DashedBox(rest, space_after=self.spaceAfter)]

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(GREEN)
        c.setLineWidth(0.7)
        c.setLineCap(0)
        c.setDash(DASH, 0)
        c.roundRect(0, 0, self.width, self.height, RADIUS, stroke=1, fill=0)
        c.restoreState()
        y = self.height - BOX_PAD
        for f, fh in zip(self.content, self._sizes):
            y -= fh
            f.drawOn(c, BOX_PAD, y)
            y -= ITEM_GAP


def _paragraph(text: str, st, rec):
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def _content(field: source.Field, st, rec, width) -> list:
    out = []
    for item in field.content:
        if isinstance(item, source.Table):
            out += _table(item, st, rec, width)
        else:
            out.append(_paragraph(item, st, rec))
    return out


def render_dashed(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    footer = f"Regionale Ontwikkelingsmaatschappij · Regio Deal {name} · ".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "dashed")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "dashed"))

        def on_page(canv, d):
            canv.saveState()
            text = footer + str(canv.getPageNumber())
            _dotted(canv, colour=GREEN)
            canv.line(MARGIN, 1.85 * cm, WIDTH - MARGIN, 1.85 * cm)
            canv.setFillColor(FOOT)
            canv.setFont(font_for(text, SANS), 8)
            canv.drawString(MARGIN, 1.4 * cm, text)
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        box_w = FW - 2 * BOX_PAD
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(CondPageBreak(6 * cm))
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            rule = _DottedRule()
            rule.keepWithNext = 1
            story.append(rule)
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                elif _BOXED.match(row.label.strip()):
                    story.append(DashedBox([para(row.label, st["blabel"], rec)]
                                           + _content(row, st, rec, box_w)))
                else:
                    story.append(para(row.label, st["label"], rec))
                    story += _content(row, st, rec, FW)
            if pr.notes:
                story += [Spacer(0, 4), _DottedRule(length=3 * cm, colour=DOTS, above=0,
                                                    below=4)]
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
