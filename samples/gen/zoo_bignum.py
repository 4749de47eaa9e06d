"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" in which every project opens with a GIANT NUMBER, repeated in the footer.

- bignum: A4 portrait, margins 2.2 cm left and right, 2.0 cm top, 2.5 cm bottom; a serif
          body (Liberation Serif; else DejaVu Serif) at 10pt on 14pt, ragged right.
          Each project OPENS A NEW PAGE: at the top left its number in the dossier's order as
          two digits ("01", "02", ...) in 90pt bold sans in a pale tint of the accent colour
          (#9FD3C7 on white); to the RIGHT of the number (not under it), its block ending on
          the number's baseline, the theme in 8pt letter-spaced grey capitals and under it the
          title in 20pt bold sans, dark (#1B4D3E), a long title wrapping beside the number;
          then a 0.75pt accent rule across the text width under the block.
          FIELD LABELS in 8pt bold sans CAPITALS ("OPGAVE", "NAAM PROJECT") in the dark accent
          colour, letter-spaced (0.8pt), on their own line with 10pt above; the field's
          paragraphs under the label; list items hang on their transcribed marker ("1.", "•").
          Running FOOTER on every page but a project's first: at the left "<NN> <title>" in
          7.5pt grey sans (the number in bold accent colour), the page number at the right, a
          hairline above.
          FUNDING TABLES (every table of the project, where it stands among the fields) across
          the text width, 8pt sans: a 1pt accent rule above the header and under the Totaal
          row, a hairline under the header, no vertical rules; the header bold (the table's
          label in the corner cell, a group header centred over its members, single headers
          right-aligned); amounts right-aligned exactly as transcribed; the Totaal row bold.
          Table footnotes under the table in 7pt; the project's notes under its last field (at
          the project's end) in 7.5pt, each with its mark ("¹ Bron: ...").

Every cell prints as transcribed: the truth record is the plain one (no "raw"). A project runs
from its opening page (the theme and title drawn) to the page of its last field text, table
cell or note. The giant number, the footers and the page numbers are not content.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (FALLBACK, Doc, Truth, build_until_stable, font_for, meta, notes_at_end, para,
                         register_fonts)
from .zoo_typeset import _Spaced

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.2 * cm, 2.2 * cm, 2.0 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM

ACCENT = colors.HexColor("#2A9D82")  # #9FD3C7 is this at 45 % on white
TINT = colors.HexColor("#9FD3C7")
DARK = colors.HexColor("#1B4D3E")
GREY = colors.HexColor("#707070")
INK = colors.HexColor("#222222")
HAIR = colors.HexColor("#9A9A9A")

SANS, SANS_B = "Helvetica", "Helvetica-Bold"
NUM_SIZE = 90.0
NUM_CAP = 0.72 * NUM_SIZE  # height of Helvetica-Bold's figures
NUM_GAP = 14.0  # between the number and the theme/title block
BASE = 12.0  # the number's baseline above the accent rule
TPAD = 4.0

_LIB_DIRS = (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))
_FACES = {"BnSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "BnSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold")}
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _serif() -> str:
    """Liberation Serif where installed (its gaps filled from DejaVu), else DejaVu Serif."""
    register_fonts()
    folder = next((d for d in _LIB_DIRS if all((d / f).is_file() for f, _ in _FACES.values())), None)
    if folder is None:
        return "DejaVuSerif"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        FALLBACK.setdefault(name, stand_in)
    return "BnSerif"


def _styles(serif: str) -> dict:
    def st(name, font, size, leading, **kw):
        return ParagraphStyle(f"bn-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    ts, tl = 8.0, 10.0
    return {
        "title": st("title", SANS_B, 20, 24, textColor=DARK),
        "body": st("body", serif, 10, 14, textColor=INK, spaceAfter=4),
        "item": st("item", serif, 10, 14, textColor=INK, spaceAfter=2, leftIndent=14,
                   firstLineIndent=-14),
        "tlabel": st("tl", SANS_B, ts, tl, textColor=INK),
        "thead": st("th", SANS_B, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tgroup": st("tg", SANS_B, ts, tl, textColor=INK, alignment=TA_CENTER),
        "tbody": st("tb", SANS, ts, tl, textColor=INK, alignment=TA_LEFT),
        "tbody_b": st("tbb", SANS_B, ts, tl, textColor=INK, alignment=TA_LEFT),
        "tamount": st("ta", SANS, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tamount_b": st("tab", SANS_B, ts, tl, textColor=INK, alignment=TA_RIGHT),
        "tfoot": st("tf", serif, 7, 9, textColor=INK, spaceBefore=2),
        "note": st("note", serif, 7.5, 9.5, textColor=INK, spaceBefore=2),
        "note_more": st("notem", serif, 7.5, 9.5, textColor=INK, leftIndent=8),
    }


def _number(p: int) -> str:
    return f"{p + 1:02d}"


class _Opener(Flowable):
    """The giant pale number; beside it, ending on its baseline, the theme and the title;
    the accent rule under the whole block."""

    def __init__(self, number, theme, title_p, rec):
        super().__init__()
        self.number = number
        self.theme = _Spaced(theme, font_for(theme.upper(), SANS), 8, 1.2, 11, GREY, rec)
        self.title_p = title_p
        self.spaceAfter = 8

    def wrap(self, aW, aH):
        self.nw = stringWidth(self.number, SANS_B, NUM_SIZE)
        col = aW - self.nw - NUM_GAP
        self.th = self.theme.wrap(col, aH)[1]
        self.tt = self.title_p.wrap(col, aH)[1]
        st = self.title_p.style
        # the title's last baseline sits (leading - size) above its foot: put it on BASE
        self.title_y = BASE - (st.leading - st.fontSize)
        self.theme_y = self.title_y + self.tt + 3
        self.height = max(BASE + NUM_CAP, self.theme_y + self.th) + TPAD
        self.width = aW
        return aW, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TINT)
        c.setFont(SANS_B, NUM_SIZE)
        c.drawString(0, BASE, self.number)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(0.75)
        c.line(0, 0, self.width, 0)
        c.restoreState()
        x = self.nw + NUM_GAP
        self.theme.drawOn(c, x, self.theme_y)
        self.title_p.drawOn(c, x, self.title_y)


def _label(text: str, rec) -> _Spaced:
    up = text.upper()
    return _Spaced(up, font_for(up, SANS_B), 8, 0.8, 10, DARK, rec, caps="upper",
                   space_before=10, space_after=3, keep_with_next=True)


def _table(t: source.Table, st, rec) -> list:
    pad = 4
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1, ACCENT),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.25, HAIR)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEBELOW", (0, r), (-1, r), 1, ACCENT) for r in totals]
    # the header is not left alone at a page foot
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, pad, label_share=0.36)
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _field(field: source.Field, st, rec) -> list:
    out: list = [_label(field.label, rec)]
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += _table(item, st, rec)
        else:
            out.append(para(item, st["item" if _LIST_ITEM.match(item) else "body"], rec))
    return out


def render_bignum(dossier: source.Dossier, pdf_path) -> dict:
    st = _styles(_serif())

    def once(info):
        truth = Truth(dossier, "bignum")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "bignum"))

        def footer(canv, p, pr):
            canv.saveState()
            y = 1.3 * cm
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.25)
            canv.line(LEFT, y + 10, WIDTH - RIGHT, y + 10)
            num = _number(p)
            canv.setFillColor(ACCENT)
            canv.setFont(SANS_B, 7.5)
            canv.drawString(LEFT, y, num)
            x = LEFT + stringWidth(num + " ", SANS_B, 7.5)
            canv.setFillColor(GREY)
            canv.setFont(font_for(pr.title, SANS), 7.5)
            canv.drawString(x, y, pr.title)
            canv.setFont(SANS, 7.5)
            canv.drawRightString(WIDTH - RIGHT, y, str(canv.getPageNumber()))
            canv.restoreState()

        def frame():
            return Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        # a project's first page has no footer; its later pages the project's own
        templates = [PageTemplate("opener", [frame()])]
        for p, pr in enumerate(dossier.projects):
            templates.append(PageTemplate(f"run{p}", [frame()],
                                          onPage=lambda c, d, p=p, pr=pr: footer(c, p, pr)))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate("opener"), PageBreak()]
            story += [_Opener(_number(p), pr.theme, para(pr.title, st["title"], truth.heading(p)),
                              truth.heading(p)),
                      NextPageTemplate(f"run{p}")]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                else:
                    story += _field(row, st, rec)
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
