"""One more house style for the layout zoo (see zoo.py), held out: an advisory report in the
house style of a Dutch advisory council, in which every paragraph of text is numbered.

- paranumbers: A4 portrait; the text column from 4.5 cm to 2.5 cm from the right edge (2.5 cm
          top and bottom). EVERY PARAGRAPH OF FIELD TEXT IS NUMBERED in the left margin with a
          running number that continues through the whole document (1, 2, 3, ..., never
          restarting): the number right-aligned at 3.8 cm from the left edge (0.7 cm before
          the text), in 9pt grey (#666) regular serif, hanging, on the paragraph's first
          baseline (a paragraph split over a page carries it on its first part only). Body a
          serif (DejaVu Serif) 10pt on 14pt, justified, 6pt after each paragraph. Each list
          ITEM is a paragraph and gets a number too: the transcription's marker ("•", "1.",
          "(a)") at the text's left edge, the item text hanging after it. Running header
          "Regio Deal <Name> — advies projectvoorstellen" in 8pt italic at the right of the
          column; the page number centred under the column in 8pt.
          A contents page (the transcription's heading, its entries with leader dots to the
          rendered page numbers; entries NOT numbered) where the transcription has one. Each
          project starts on a new page: its theme as a line of 9pt grey capitals, the title
          in 15pt bold (neither numbered); field labels 10pt bold italic on their own line
          (not numbered).
          TABLES across the text column (a table inside a field too), 8.5pt sans (DejaVu
          Sans), booktabs-like: a 1pt rule above, 0.5pt under the header, 1pt under the last
          row, no vertical rules or fills; a group header ("Publiek") centred over its
          members with a 0.5pt rule under the group label only; the table label over the
          row labels, single headers and amounts right-aligned, amounts exactly as
          transcribed; the Totaal row bold; header lines repeated where a table breaks over
          a page. Table rows and table footnotes (8pt, under the table) are NOT numbered;
          the project's notes at the end of the project in 8pt ("¹ Bron: ..."), not numbered.

The transcription's page breaks are not reproduced. The truth record is the plain one: the
paragraph numbers are no part of any field's text, amounts are printed as transcribed (no
"raw"). A project's pages run from its heading to its last field text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _TocLine
from .zoo_common import (FONT_DIR, RP, Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         meta, notes_at_end, page_of, para, register_fonts)

WIDTH, HEIGHT = A4
LEFT, RIGHT = 4.5 * cm, 2.5 * cm
TOP, BOTTOM = 2.5 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
NUM_X = 3.8 * cm  # right edge of the paragraph numbers
GREY = colors.HexColor("#666666")
INK = colors.HexColor("#1A1A1A")

SERIF, SERIF_B, SERIF_I = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
SERIF_BI = "DejaVuSerif-BoldItalic"
SANS, SANS_B = "DejaVuSans", "DejaVuSans-Bold"
SIZE, LEAD = 10.0, 14.0
TSIZE = 8.5
NUM_SIZE = 9.0
ITEM_INDENT = 21.0  # the widest marker ("(b)") and the gap reportlab keeps after a bullet
PAD = 4.0


def _fonts() -> None:
    """The zoo's fonts and the bold italic serif the field labels need."""
    register_fonts()
    if SERIF_BI not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(SERIF_BI, str(FONT_DIR / "DejaVuSerif-BoldItalic.ttf")))


def _styles() -> dict:
    def t(name, font, align):
        return ParagraphStyle(f"pn-{name}", fontName=font, fontSize=TSIZE, leading=TSIZE * 1.25,
                              alignment=align, textColor=INK)

    return {
        "body": ParagraphStyle("pn-body", fontName=SERIF, fontSize=SIZE, leading=LEAD,
                               alignment=TA_JUSTIFY, spaceAfter=6, textColor=INK),
        "item": ParagraphStyle("pn-item", fontName=SERIF, fontSize=SIZE, leading=LEAD,
                               alignment=TA_JUSTIFY, spaceAfter=6, textColor=INK,
                               leftIndent=ITEM_INDENT, bulletIndent=0, bulletFontName=SERIF,
                               bulletFontSize=SIZE),
        "label": ParagraphStyle("pn-label", fontName=SERIF_BI, fontSize=SIZE, leading=LEAD,
                                spaceBefore=4, spaceAfter=3, textColor=INK, keepWithNext=1),
        "theme": ParagraphStyle("pn-theme", fontName=SERIF, fontSize=9, leading=12,
                                textColor=GREY, spaceAfter=3, keepWithNext=1),
        "title": ParagraphStyle("pn-title", fontName=SERIF_B, fontSize=15, leading=19,
                                textColor=INK, spaceAfter=14, keepWithNext=1),
        "toc_h": ParagraphStyle("pn-toch", fontName=SERIF_B, fontSize=15, leading=19,
                                textColor=INK, spaceAfter=16),
        "toc": ParagraphStyle("pn-toc", fontName=SERIF, fontSize=SIZE, leading=LEAD,
                              textColor=INK),
        "tlabel": t("tl", SANS, TA_LEFT),
        "thead": t("th", SANS, TA_RIGHT),
        "tgroup": t("tg", SANS, TA_CENTER),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", SANS_B, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", SANS_B, TA_RIGHT),
        "tfoot": ParagraphStyle("pn-tf", fontName=SERIF, fontSize=8, leading=10.5,
                                textColor=INK, spaceBefore=1, spaceAfter=1),
        "note": ParagraphStyle("pn-note", fontName=SERIF, fontSize=8, leading=10.5,
                               textColor=INK, spaceAfter=2),
        "note_more": ParagraphStyle("pn-notem", fontName=SERIF, fontSize=8, leading=10.5,
                                    textColor=INK, leftIndent=8, spaceAfter=2),
    }


class _Numbered(RP):
    """A recorded paragraph with its running number hanging in the margin, right-aligned
    0.7 cm before the text column, on its first baseline; split parts after the first carry
    no number."""

    _num = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for k, q in enumerate(parts):
            q._num = self._num if k == 0 else None
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self._num is None:
            return
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont(SERIF, NUM_SIZE)
        # the first baseline as reportlab sets it: the paragraph's top less its font size
        canv.drawRightString(x - (LEFT - NUM_X), y + self.height - self.style.fontSize,
                             str(self._num))
        canv.restoreState()


def _numbered(text: str, st, rec, counter: list) -> RP:
    """A field paragraph (a list item hanging on its marker) with the next running number."""
    p = field_para(text, st["body"], st["item"], rec)
    p.__class__ = _Numbered  # same paragraph, drawn with its number
    counter[0] += 1
    p._num = counter[0]
    return p


def _table(t: source.Table, st, rec, width) -> list:
    """A booktabs-like table across `width`, its footnotes under it (neither numbered)."""
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.34)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 3.5),
            ("TOPPADDING", (0, lines), (-1, lines), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, INK)]
    for h in placed:  # a rule under a group label, over its members only
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.5, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    # the header never stands alone at a page foot
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    table.spaceBefore, table.spaceAfter = 4, 4
    out: list = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def render_paranumbers(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    header = f"Regio Deal {dossier_name(dossier)} — advies projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "paranumbers")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "paranumbers"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, SERIF_I), 8)
            canv.drawRightString(WIDTH - RIGHT, HEIGHT - TOP + 20, header)
            canv.setFillColor(INK)
            canv.setFont(SERIF, 8)
            canv.drawCentredString(LEFT + FW / 2, BOTTOM - 30, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        story: list = []
        if dossier.toc:
            story.append(para(dossier.toc_heading, st["toc_h"]))
            for p, entry in enumerate(dossier.toc):
                page = page_of(info, p) if p < len(dossier.projects) else str(entry.page)
                story += [_TocLine(para(entry.text, st["toc"]), page, st["toc"]), Spacer(0, 4)]
        counter = [0]  # the running paragraph number, never restarting
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if story:
                story.append(PageBreak())
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, FW)
                    else:
                        story.append(_numbered(item, st, rec, counter))
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
