"""One more house style for the layout zoo (see zoo.py), held out: a province's A4 report
whose funding tables are printed on A3 FOLD-OUT pages (mixed page sizes in one PDF).

- a3fold: TEXT PAGES A4 portrait, margins 2.5 cm, a serif body (Liberation Serif; else DejaVu
          Serif) 10.5pt on 14pt, justified. Running header "Regio Deal <Name> – projecten" in
          8pt italic at the left with a hairline under it; the page number centred in the
          footer, 8pt. Each project starts on a new A4 page: its theme in 10pt italic, its
          title in 16pt bold; field labels 11pt bold on their own line; list items as bullets
          (the transcription's marker hanging, the text indented after it). Where a funding
          table stands in the transcription (between fields or inside a field) the text page
          prints nothing: the field's text runs on. The project's notes under its last text
          on the text page, 9pt under a short rule ("¹ Bron: ...").
          FOLD-OUT PAGES: after a project's last text page, ONE A3 LANDSCAPE page (a real A3
          MediaBox, 1190.55 x 841.89 pt, not rotated) per project that has tables. A light
          grey header band across the top of the page holds "Uitvouwblad – <title>" in 14pt
          bold; under it every table of the project in the transcription's order (a table
          inside a field too), each 60% of the page width wide from the left margin (3 cm),
          large and airy: 11pt serif, the header line(s) bold with a 1pt rule under the last,
          0.25pt grey rules between the body rows, no vertical rules; single headers and the
          amounts right-aligned exactly as transcribed, a group header ("Publiek") centred
          over its members; the Totaal row bold. The table's label is not in the corner cell
          but a 12pt bold caption above the table ("<label> (bij <field label>)" for a table
          inside a field); table footnotes under it in 9pt. The fold-out page's footer
          carries its page number like the text pages (no running header there). A fold-out
          that overflows continues on a further A3 page (header lines repeated); the
          transcription's page breaks inside tables are not reproduced.

Every transcribed cell prints as transcribed: the truth record is the plain one (no "raw", no
"table_order"). A project runs from the page of its heading to its fold-out page where it has
one, else to the page of its last field text or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _markup
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, meta, para
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN

A3W, A3H = landscape(A3)  # 1190.55 x 841.89: a landscape MediaBox, not a rotated page
FOLD_MARGIN = 3 * cm
BAND_H = 2.2 * cm
FOLD_TOP = BAND_H + 1.0 * cm
FOLD_BOTTOM = 2.5 * cm
TABLE_W = 0.6 * A3W

INK = colors.black
HAIR = colors.HexColor("#404040")
ROW_RULE = colors.HexColor("#A0A0A0")
BAND = colors.HexColor("#E4E4E4")
PAD = 6.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(f) -> dict:
    serif, bold, italic = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]

    def st(name, font=serif, size=10.5, leading=14, **kw):
        return ParagraphStyle(f"a3-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 11, 15  # the fold-out's tables: large and airy
    return {
        "theme": st("theme", italic, 10, 13, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 16, 20, spaceAfter=10, keepWithNext=1),
        "label": st("label", bold, 11, 14, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, spaceAfter=5),
        "item": st("item", alignment=TA_JUSTIFY, leftIndent=16, bulletIndent=3,
                   bulletFontName=serif, bulletFontSize=10.5, spaceAfter=3),
        "note": st("note", serif, 9, 11.5, leftIndent=9, firstLineIndent=-9, spaceAfter=2),
        "note_more": st("notem", serif, 9, 11.5, leftIndent=9, spaceAfter=2),
        "caption": st("cap", bold, 12, 15, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "tlabel": st("tl", bold, ts, tl, alignment=TA_LEFT),
        "thead": st("th", bold, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", serif, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", serif, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        # under the table, no wider than it
        "tfoot": st("tf", serif, 9, 11.5, spaceBefore=3, rightIndent=A3W - 2 * FOLD_MARGIN - TABLE_W),
    }


class _ShortRule(Flowable):
    """The short rule over a project's notes."""

    def wrap(self, aW, aH):
        return aW, 10

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(0.5)
        c.line(0, 4, 4 * cm, 4)
        c.restoreState()


def _text(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    if not m:
        markup = _markup(text, st["body"].fontName)
        return para(text, st["body"], rec) if markup is None else para("", st["body"], rec, markup=markup)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    # the marker as transcribed: the scored field text holds it
    return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _fold_table(t: source.Table, caption: str, st, rec) -> list:
    """Caption, the table at 60% of the A3 width (label out of the corner), footnotes."""
    rows, spans, _, _ = _grid(t, st, rec, label=False)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    if len(rows) - lines > 1:  # hairlines between body rows, not under the last
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, ROW_RULE))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, TABLE_W, st, PAD, label_share=0.34)
    out: list = [para(caption, st["caption"], rec),
                 Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _tables(pr: source.Project) -> list[tuple[source.Table, str]]:
    """The project's tables in order with their captions."""
    out = []
    for row in pr.rows:
        if isinstance(row, source.Table):
            out.append((row, row.label))
        else:
            out += [(c, f"{c.label} (bij {row.label})") for c in row.content
                    if isinstance(c, source.Table)]
    return out


def render_a3fold(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    st = _styles(f)
    running = f"Regio Deal {dossier_name(dossier)} – projecten".replace("  ", " ")
    italic, serif, bold = f["TsSerif-Italic"], f["TsSerif"], f["TsSerif-Bold"]

    def folio(canv, width):
        canv.setFont(serif, 8)
        canv.drawCentredString(width / 2, 1.4 * cm, str(canv.getPageNumber()))

    def on_text(canv, d):
        canv.saveState()
        canv.setFillColor(INK)
        canv.setFont(font_for(running, italic), 8)
        canv.drawString(MARGIN, HEIGHT - 1.6 * cm, running)
        canv.setStrokeColor(HAIR)
        canv.setLineWidth(0.25)
        canv.line(MARGIN, HEIGHT - 1.75 * cm, WIDTH - MARGIN, HEIGHT - 1.75 * cm)
        folio(canv, WIDTH)
        canv.restoreState()

    def on_fold(title):
        text = f"Uitvouwblad – {title}"

        def draw(canv, d):
            canv.saveState()
            canv.setFillColor(BAND)
            canv.rect(0, A3H - BAND_H, A3W, BAND_H, stroke=0, fill=1)
            canv.setFillColor(INK)
            canv.setFont(font_for(text, bold), 14)
            canv.drawString(FOLD_MARGIN, A3H - BAND_H / 2 - 5, text)
            folio(canv, A3W)
            canv.restoreState()
        return draw

    def once(info):
        truth = Truth(dossier, "a3fold")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "a3fold"))
        text_frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate("text", [text_frame], onPage=on_text, pagesize=A4)]
        for p, pr in enumerate(dossier.projects):
            fold_frame = Frame(FOLD_MARGIN, FOLD_BOTTOM, A3W - 2 * FOLD_MARGIN,
                               A3H - FOLD_TOP - FOLD_BOTTOM, leftPadding=0, rightPadding=0,
                               topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(f"fold{p}", [fold_frame], onPage=on_fold(pr.title),
                                          pagesize=(A3W, A3H)))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [NextPageTemplate("text"), PageBreak()]
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    continue  # on the fold-out page
                story.append(para(row.label, st["label"], rec))
                story += [_text(c, st, rec) for c in row.content if isinstance(c, str)]
            if pr.notes:
                story += [Spacer(0, 6), _ShortRule()]
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                          st["note" if j == 0 else "note_more"], rec))
            tables = _tables(pr)
            if tables:
                story += [NextPageTemplate(f"fold{p}"), PageBreak()]
                for t, caption in tables:
                    story += _fold_table(t, caption, st, rec)
        doc.build(story)
        return truth

    return build_until_stable(once)
