"""One more house style for the layout zoo (see zoo.py), held out: a province's "projecten in
beeld" book laid out by a design agency, in which every project opens with a LARGE
PHOTOGRAPH and its TITLE IS ONLY THE PHOTO'S CAPTION: a line of small italic type under the
picture, smaller than the prose, the photographer's credit beside it.

- titlesbelow: A4 portrait, margins 2.0 cm left and right, 2.2 cm top, 2.4 cm bottom (a 17 cm
          text column). Body in a serif (Liberation Serif, Times' metrics; else DejaVu Serif)
          10pt on 14pt, ragged right, 4pt after each paragraph; a list item keeps the source's
          marker and hangs on it (14pt). The PHOTOGRAPHS are raster images (JPEG, about 100
          dpi) drawn deterministically from a seed by zoo_photos.photo (landscape, water,
          street, harbour or workshop scenes chosen from the project's theme and title).
          Page 1 is the COVER: a photograph across the full page width from the top edge
          down to 17 cm, under it at the left margin "Regio Deal <Name>" in 32pt
          Helvetica-Bold in the accent colour (#7A2E3A), "Projecten in beeld" in 16pt
          Helvetica dark grey and "Programma 2018–2022" in 10pt grey; no header, no footer,
          NO CONTENTS anywhere in the book.
          Each project OPENS A NEW PAGE with a PHOTOGRAPH across the text column, 10.5 cm
          high, at the top of the frame; 4pt under it the CAPTION: the project's TITLE in
          8pt Helvetica-Oblique grey (#505050) on 10pt, at the left edge, wrapping within
          12.5 cm; on the caption's first baseline, flush with the column's right edge, the
          photographer's CREDIT "Foto: <name>" in 6.5pt Helvetica grey (#8A8A8A). 18pt under
          the caption the first field. THE CAPTION IS THE ONLY PLACE THE TITLE IS PRINTED:
          there is no heading, no number, no theme line at the project's start, no running
          title, no contents.
          Running header on every page but the cover, 1.3 cm from the top edge, 7.5pt grey
          Helvetica: "Regio Deal <Name> · Projecten in beeld" at the left margin, the page's
          theme (the theme of the project the page belongs to) at the right margin; the page
          number centred in the footer, 1.2 cm from the bottom edge, 8pt.
          FIELDS: each label in 9.5pt Helvetica-Bold in the accent colour, as transcribed, on
          a line of its own (9pt above it, 2pt under it, kept with its text); its paragraphs
          under it in the serif. The first field ("Naam Project", "Projectnaam") is a field
          like any other.
          TABLES (the investment tables and those inside a field, where they stand) across
          the text column in 8.5pt Helvetica (down to 7pt where the columns need it): the
          header line(s) on a pale tint of the accent (#F3E7E9), their text bold in the
          accent colour (the table's label in the corner cell spanning the header lines,
          single headers right-aligned, a group header ("Publiek") centred over its members);
          0.25pt grey (#B8B8B8) hairlines under every body row, a 0.75pt accent rule above the
          Totaal row, which is bold; no vertical rules, no outer frame. Row labels left,
          amounts right-aligned exactly as transcribed. The header repeated where a table
          breaks over a page. Table footnotes under the table in 7.5pt serif; the project's
          notes at the end of the project in 7.5pt serif, each with its mark.

The caption is the project's heading: it records the page it is drawn on. Every cell prints
as transcribed: the truth record is the plain one (no "raw"). A project runs from its
photograph's page to the page of its last field text, table cell or note. The cover, the
photographs, the credits and the running header and footer are not content.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_bignum import _serif
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, meta, notes_at_end,
                         para, register_fonts)
from .zoo_photos import _draw_jpeg, _px, _scene, _seed, photo

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.0 * cm
TOP, BOTTOM = 2.2 * cm, 2.4 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM
PHOTO_H = 10.5 * cm
CAPTION_W = 12.5 * cm
COVER_H = 17.0 * cm

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#7A2E3A")
TINT = colors.HexColor("#F3E7E9")
CAPTION = colors.HexColor("#505050")
CREDIT = colors.HexColor("#8A8A8A")
GREY = colors.HexColor("#707070")
HAIR = colors.HexColor("#B8B8B8")
SANS, BOLD, OBLIQUE = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
PAD = 4.0

PHOTOGRAPHERS = ["Marcel Hendriks", "Eva Brinkman", "Joost Verhagen", "Sanne de Wit",
                 "Ruud Jansen", "Lotte Bakker", "Pieter Mulder"]


def _styles(serif: str, ts: float = 8.5) -> dict:
    def st(name, font=serif, size=10, leading=14, textColor=INK, **kw):
        return ParagraphStyle(f"tb-{name}-{size}", fontName=font, fontSize=size, leading=leading,
                              textColor=textColor, **kw)

    tl = ts + 2
    return {
        "caption": st("caption", OBLIQUE, 8, 10, textColor=CAPTION),
        "label": st("label", BOLD, 9.5, 12, textColor=ACCENT, spaceBefore=9, spaceAfter=2,
                    keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
        "tlabel": st("tl", BOLD, ts, tl, textColor=ACCENT, alignment=TA_LEFT),
        "thead": st("th", BOLD, ts, tl, textColor=ACCENT, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, ts, tl, textColor=ACCENT, alignment=TA_CENTER),
        "tbody": st("tb", SANS, ts, tl),
        "tbody_b": st("tbb", BOLD, ts, tl),
        "tamount": st("ta", SANS, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, ts, tl, alignment=TA_RIGHT),
        "tnote": st("tn", serif, 7.5, 9.5, spaceBefore=2),
        "note": st("note", serif, 7.5, 9.5, spaceBefore=3),
        "note_more": st("notem", serif, 7.5, 9.5, leftIndent=8),
    }


class _Opener(Flowable):
    """The project's photograph across the column, the caption (its title) under it at the
    left and the credit at the right of the caption's first line."""

    def __init__(self, jpeg, caption_p, credit):
        super().__init__()
        self.jpeg, self.caption_p, self.credit = jpeg, caption_p, credit

    def wrap(self, aW, aH):
        self.aW = aW
        self.ch = self.caption_p.wrap(CAPTION_W, 1e6)[1]
        self.height = PHOTO_H + 4 + self.ch
        return aW, self.height

    def draw(self):
        c = self.canv
        _draw_jpeg(c, self.jpeg, 0, self.ch + 4, self.aW, PHOTO_H)
        self.caption_p.drawOn(c, 0, 0)
        st = self.caption_p.style
        first_base = self.ch - st.fontSize  # the caption's first baseline
        c.saveState()
        c.setFillColor(CREDIT)
        c.setFont(SANS, 6.5)
        c.drawRightString(self.aW, first_base, self.credit)
        c.restoreState()


def _table(t: source.Table, serif: str, rec) -> list:
    lines = len(t.header)
    for ts in (8.5, 8.0, 7.5, 7.0):
        st = _styles(serif, ts)
        widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.34, squeeze=(ts == 7.0))
        if widths is not None:
            break
    rows, spans, _, totals = _grid(t, st, rec)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), TINT),
            ("LINEBELOW", (0, lines), (-1, -1), 0.25, HAIR),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("LINEABOVE", (0, r), (-1, r), 0.75, ACCENT) for r in totals]
    out: list = [Spacer(0, 5), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, _styles(serif)["tnote"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_titlesbelow(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    serif = _serif()
    st = _styles(serif)
    name = dossier_name(dossier)
    house = f"Regio Deal {name}".replace("  ", " ").strip()
    jpegs = []
    for p, pr in enumerate(dossier.projects):
        scene = _scene(pr, p)
        jpegs.append(photo(_seed("titlesbelow", name, pr.title), _px(FW), _px(PHOTO_H), scene))
    cover = photo(_seed("titlesbelow", name, "cover"), _px(WIDTH), _px(COVER_H), "land")

    def once(info):
        truth = Truth(dossier, "titlesbelow")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "titlesbelow"))

        def cover_page(canv, d):
            _draw_jpeg(canv, cover, 0, HEIGHT - COVER_H, WIDTH, COVER_H)
            canv.saveState()
            y = HEIGHT - COVER_H - 2.0 * cm
            canv.setFillColor(ACCENT)
            canv.setFont(BOLD, 32)
            canv.drawString(LEFT, y, house)
            canv.setFillColor(colors.HexColor("#333333"))
            canv.setFont(SANS, 16)
            canv.drawString(LEFT, y - 26, "Projecten in beeld")
            canv.setFillColor(GREY)
            canv.setFont(SANS, 10)
            canv.drawString(LEFT, y - 46, "Programma 2018–2022")
            canv.restoreState()

        def furniture(canv, d, theme):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 7.5)
            y = HEIGHT - 1.3 * cm
            canv.drawString(LEFT, y, f"{house} · Projecten in beeld")
            canv.drawRightString(WIDTH - RIGHT, y, theme)
            canv.setFillColor(INK)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def frame():
            return Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        templates = [PageTemplate("cover", [frame()], onPage=cover_page)]
        for p, pr in enumerate(dossier.projects):
            templates.append(PageTemplate(f"p{p}", [frame()],
                                          onPage=lambda c, d, th=pr.theme: furniture(c, d, th)))
        doc.addPageTemplates(templates)

        story: list = [Spacer(0, 1)]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            credit = "Foto: " + PHOTOGRAPHERS[_seed("credit", name, pr.title) % len(PHOTOGRAPHERS)]
            story += [NextPageTemplate(f"p{p}"), PageBreak(),
                      _Opener(jpegs[p], para(pr.title, st["caption"], truth.heading(p)), credit),
                      Spacer(0, 18 - 9)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, serif, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, serif, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
