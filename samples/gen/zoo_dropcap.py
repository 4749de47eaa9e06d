"""One more house style for the layout zoo (see zoo.py), held out: a regional magazine's
special on the Regio Deal, set in InDesign with DROP CAPS.

- dropcap: A4 portrait, margins 2.4 cm left and right, 2.2 cm top, 2.6 cm bottom; one column;
          a serif body (Liberation Serif; else DejaVu Serif) 10pt on 13.5pt, justified.
          Running header "Regio Deal <Name> · special" in 7.5pt grey at the top right with a
          hairline under it; the folio at the bottom centre in 8pt.
          Projects flow on (no page break per project; a project's title keeps with its first
          field): the theme in 9pt grey capitals, then the title in 17pt bold serif.
          FIELD LABELS in 9pt bold sans (Liberation Sans; else DejaVu Sans) in dark red
          (#8B1E3F), on their own line, 8pt above.
          DROP CAP: the first paragraph of every field whose text is at least 120 characters
          opens with its first letter (a leading bracket or quote goes with it) drawn as text in
          bold serif dark red, sized so that its capital spans the paragraph's first three
          lines (its baseline on the third line's baseline, its top at the first line's cap
          height); the first three lines are indented to clear it, the rest of the first word
          continuing right of the initial ("D" + "e regio ..."); the label keeps with those
          three lines, the rest of a long paragraph may run on to the next page. Shorter fields
          and fields opening with a list item start plainly.
          FUNDING TABLES where they stand among the fields, across the text width, 8pt sans,
          booktabs rules (1pt above the header, 0.5pt under it, 1pt under the Totaal row); the
          header bold (the table's label over the row labels, a group header centred over its
          members, single headers right-aligned), amounts right-aligned exactly as transcribed,
          the Totaal row bold; table footnotes under it in 7pt. The project's notes under its
          last field in 7.5pt, each with its mark ("¹ Bron: ...").

Every text is printed as transcribed (the drop cap's letter and the rest of its paragraph
together make the paragraph): the truth record is the plain one (no "raw").
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (FALLBACK, Doc, Truth, build_until_stable, dossier_name, font_for, meta, notes_at_end,
                         para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.4 * cm, 2.2 * cm, 2.6 * cm
FW = WIDTH - 2 * MARGIN_X
FH = HEIGHT - TOP - BOTTOM

RED = colors.HexColor("#8B1E3F")
GREY = colors.HexColor("#6E6E6E")
INK = colors.HexColor("#1A1A1A")
HAIR = colors.HexColor("#9A9A9A")

SIZE, LEAD = 10.0, 13.5
DROP_LINES = 3
DROP_MIN = 120  # a field's text length from which its first paragraph gets a drop cap
DROP_GAP = 3.0  # between the initial and the indented lines

_LIB_DIRS = (Path("/usr/share/fonts/truetype/liberation2"),
             Path("/usr/share/fonts/truetype/liberation"))
_SERIF = {"DcSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "DcSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold")}
_SANS = {"DcSans": ("LiberationSans-Regular.ttf", "DejaVuSans"),
         "DcSans-Bold": ("LiberationSans-Bold.ttf", "DejaVuSans-Bold")}
# cap height over the em: the TrueType faces do not report it (they give the ascent)
_CAP = {"DcSerif": 0.662, "DcSerif-Bold": 0.662, "DejaVuSerif": 0.729, "DejaVuSerif-Bold": 0.729}

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
# the drop cap: the first letter or figure, with a bracket or quote before it
_INITIAL = re.compile(r"^[(\[\"'‘“„]?\w")


def _faces(faces: dict) -> tuple[str, str]:
    """Liberation (its gaps filled from DejaVu) where installed, else DejaVu: regular, bold."""
    register_fonts()
    folder = next((d for d in _LIB_DIRS if all((d / f).is_file() for f, _ in faces.values())),
                  None)
    if folder is None:
        return tuple(stand_in for _, stand_in in faces.values())
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in faces.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        FALLBACK.setdefault(name, stand_in)
    return tuple(faces)


def _styles(serif, serif_b, sans, sans_b) -> dict:
    def st(name, font, size, leading, **kw):
        return ParagraphStyle(f"dc-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts, tl = 8.0, 10.0
    return {
        "theme": st("theme", serif, 9, 11, textColor=GREY, spaceBefore=26, spaceAfter=2,
                    keepWithNext=1),
        "title": st("title", serif_b, 17, 20.5, textColor=INK, spaceAfter=2, keepWithNext=1),
        "label": st("label", sans_b, 9, 11, textColor=RED, spaceBefore=8, spaceAfter=3,
                    keepWithNext=1),
        "body": st("body", serif, SIZE, LEAD, textColor=INK, alignment=TA_JUSTIFY,
                   spaceAfter=4),
        "item": st("item", serif, SIZE, LEAD, textColor=INK, alignment=TA_JUSTIFY,
                   spaceAfter=2, leftIndent=14, firstLineIndent=-14),
        "tlabel": st("tl", sans_b, ts, tl, textColor=INK),
        "thead": st("th", sans_b, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tgroup": st("tg", sans_b, ts, tl, textColor=INK, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts, tl, textColor=INK, alignment=TA_LEFT),
        "tbody_b": st("tbb", sans_b, ts, tl, textColor=INK, alignment=TA_LEFT),
        "tamount": st("ta", sans, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tamount_b": st("tab", sans_b, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 7, 9, textColor=INK, spaceBefore=2),
        "note": st("note", serif, 7.5, 9.5, textColor=INK, spaceBefore=2),
        "note_more": st("notem", serif, 7.5, 9.5, textColor=INK, leftIndent=8),
    }


class _DropCap(Flowable):
    """A paragraph opening with a drop cap: the initial drawn as text at the left margin,
    the rest of the paragraph (`p`, a recorded paragraph) broken with its first
    DROP_LINES lines narrower and drawn shifted right of the initial."""

    def __init__(self, initial: str, p, font: str, rec):
        super().__init__()
        self.initial, self.p, self.font, self.rec = initial, p, font, rec
        st = p.style
        cap = _CAP.get(font, 0.72)
        body_cap = _CAP.get(st.fontName, 0.72) * st.fontSize
        # the capital from the first line's cap height down to the third line's baseline
        self.size = ((DROP_LINES - 1) * st.leading + body_cap) / cap
        self.indent = stringWidth(initial, font, self.size) + DROP_GAP

    def getSpaceBefore(self):
        return self.p.getSpaceBefore()

    def getSpaceAfter(self):
        return self.p.getSpaceAfter()

    def wrap(self, aW, aH):
        p = self.p
        p.wrap(aW, aH)  # the recorded paragraph settles its style (a too wide word shrinks)
        lead = p.style.leading
        p.blPara = p.breakLines([aW - self.indent] * DROP_LINES + [aW])
        p.width, p.height = aW, len(p.blPara.lines) * lead
        self.width, self.height = aW, max(p.height, DROP_LINES * lead)
        return self.width, self.height

    def split(self, aW, aH):
        # the initial's three lines stay together; the rest may go on the next page
        if aH < DROP_LINES * self.p.style.leading:
            return []
        self.wrap(aW, aH)
        if self.height <= aH:
            return [self]
        parts = self.p.split(aW, aH)
        if len(parts) < 2:
            return []
        return [_DropCap(self.initial, parts[0], self.font, self.rec), *parts[1:]]

    def draw(self):
        c, p = self.canv, self.p
        st = p.style
        # reportlab puts a paragraph's first baseline a font size under its top
        base = self.height - st.fontSize - (DROP_LINES - 1) * st.leading
        c.saveState()
        c.setFillColor(RED)
        c.setFont(self.font, self.size)
        c.drawString(0, base, self.initial)
        c.restoreState()
        p._offsets = [self.indent] * DROP_LINES + [0]
        try:
            p.drawOn(c, 0, self.height - p.height)
        finally:
            del p._offsets
        if self.rec:
            self.rec(c.getPageNumber())


def _table(t: source.Table, st, rec) -> list:
    pad = 4
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEBELOW", (0, r), (-1, r), 1, INK) for r in totals]
    # the header is not left alone at a page foot
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, pad, label_share=0.36)
    out: list = [Spacer(0, 8), Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _paragraph(text: str, st, rec, drop: bool, serif_b: str):
    initial = _INITIAL.match(text) if drop else None
    if initial is None:
        return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)
    head = initial.group(0)
    return _DropCap(head, para(text[len(head):], st["body"], rec), font_for(head, serif_b), rec)


def _room(flowables) -> float:
    """The height `flowables` take at the text width, their spacing included."""
    return sum(f.wrap(FW, FH)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in flowables)


def _field(field: source.Field, st, rec, serif_b: str) -> tuple[list, float]:
    """The field's flowables and, where it opens with a drop cap, the room its label and
    the initial's lines need (0 otherwise: the label keeps with its first paragraph)."""
    label = para(field.label, st["label"], rec)
    out: list = [label]
    length = sum(len(c) for c in field.content if isinstance(c, str))
    first, need = True, 0.0
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += _table(item, st, rec)
            continue
        # only the field's first paragraph, and not a list item
        drop = first and length >= DROP_MIN and not _LIST_ITEM.match(item)
        out.append(_paragraph(item, st, rec, drop, serif_b))
        if drop and len(out) == 2:
            # the label keeps with the initial's lines only, so a long paragraph is not
            # pushed whole onto the next page: a conditional break stands before the label
            label.keepWithNext = 0
            need = _room([label]) + DROP_LINES * LEAD + 1
        first = False
    return out, need


def render_dropcap(dossier: source.Dossier, pdf_path) -> dict:
    serif, serif_b = _faces(_SERIF)
    sans, sans_b = _faces(_SANS)
    st = _styles(serif, serif_b, sans, sans_b)
    header = f"Regio Deal {dossier_name(dossier)} · special".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "dropcap")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "dropcap"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.35 * cm
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, sans), 7.5)
            canv.drawRightString(WIDTH - MARGIN_X, y, header)
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.25)
            canv.line(MARGIN_X, y - 4, WIDTH - MARGIN_X, y - 4)
            canv.setFillColor(INK)
            canv.setFont(serif, 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, FH, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            opener = [para(pr.theme.upper(), st["theme"], truth.heading(p)),
                      para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += opener + _table(row, st, rec)
                else:
                    flowables, need = _field(row, st, rec, serif_b)
                    if need:  # the theme and title keep with the label, the break before them
                        story.append(CondPageBreak(need + (_room(opener) if opener else 0)))
                    story += opener + flowables
                opener = []
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
