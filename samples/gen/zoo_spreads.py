"""One more house style for the layout zoo (see zoo.py): a printed booklet exported as
spreads (held out: scored before the reader knew of it).

- spreads: what a design agency delivers when it exports a booklet "as spreads".
           Each PDF page is a landscape sheet of two A4 portrait pages side by side
           (1190.55 x 841.89 pt) with the spine in the middle: the booklet's even page on
           the left half, the odd page on the right half. Booklet page 1 is a cover
           ("Regio Deal <name>" in 30pt bold, "Bijlage projectvoorstellen" under it) alone
           on the right half of the first sheet, its left half empty; sheet k (k >= 2)
           holds booklet pages 2k-2 and 2k-1, so booklet page b is on sheet b // 2 + 1; a
           booklet with an even number of pages leaves the last sheet's right half empty.
           Every booklet page but the cover has its own mirrored margins (2 cm inner at the
           spine, 2.5 cm outer, 2.5 cm top and bottom), its own running header in 8pt grey
           sans over a hairline (left pages: "Regio Deal <name>" at the outer edge; right
           pages: the theme of the project the page belongs to, at the outer edge) and its
           folio, the booklet page number, in 9pt at the outer foot corner. Booklet page 2
           is the contents (the transcription's heading, 20pt bold; the themes in small
           capitals; each title with leader dots to its booklet page number). Each project
           starts on a new booklet page, left or right, under its theme in small capitals
           and its title in 16pt bold; the text flows on from a left page to the right page
           and on to the next sheet, a paragraph breaking at a page foot where it falls.
           Body one column per booklet page, Times 10pt on 13pt, justified; field labels
           bold on their own line. Tables (investment tables and those inside a field,
           which stay in their field) fully ruled in 0.4pt grey in 8pt Helvetica, a light
           header tint, the label in the first header cell, amounts right aligned, Totaal
           rows bold; a table is kept whole on one booklet page (so it never crosses the
           spine), moved to the next booklet page where it does not fit, its footnotes in
           7pt under it (the transcription's page breaks inside tables are not
           reproduced). Project notes as page footnotes under a short rule at the foot of
           the booklet page where their mark appears.
           Made as a booklet does: the portrait pages are laid out first, then imposed two
           to a sheet (pypdf); the truth gives the sheet numbers.
"""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _small_caps, _TocLine, fields_with_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, font_for, FootnoteSupport,
                         meta, page_of, para, register_fonts, Truth)
from .zoo_forms import _Enter, _SlideState

WIDTH, HEIGHT = A4

INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#2E5E4E")  # themes
MUTED = colors.HexColor("#666666")   # running headers, folios
RULE = colors.HexColor("#707070")
TINT = colors.HexColor("#E9EEEC")

SERIF, SERIF_B, SANS, SANS_B = "Times-Roman", "Times-Bold", "Helvetica", "Helvetica-Bold"
INNER, OUTER, TOP, BOTTOM = 2.0 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm
FW = WIDTH - INNER - OUTER


def _styles() -> dict:
    def table(name, font, align=None):
        kw = {"alignment": align} if align is not None else {}
        return ParagraphStyle(f"sp-{name}", fontName=font, fontSize=8, leading=10,
                              textColor=INK, **kw)

    return {
        "body": ParagraphStyle("sp-body", fontName=SERIF, fontSize=10, leading=13,
                               alignment=TA_JUSTIFY, spaceAfter=5, textColor=INK),
        "label": ParagraphStyle("sp-label", fontName=SERIF_B, fontSize=10, leading=13,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1, textColor=INK),
        "theme": ParagraphStyle("sp-theme", fontName=SERIF, fontSize=10, leading=12,
                                textColor=ACCENT, spaceAfter=4, keepWithNext=1),
        "title": ParagraphStyle("sp-title", fontName=SERIF_B, fontSize=16, leading=20,
                                textColor=INK, spaceAfter=14, keepWithNext=1),
        "tlabel": table("tl", SANS_B), "thead": table("th", SANS_B, TA_RIGHT),
        "tgroup": table("tg", SANS_B, TA_CENTER), "tbody": table("tb", SANS),
        "tbody_b": table("tbb", SANS_B), "tamount": table("ta", SANS, TA_RIGHT),
        "tamount_b": table("tab", SANS_B, TA_RIGHT),
        "tfoot": ParagraphStyle("sp-tf", fontName=SANS, fontSize=7, leading=8.6,
                                textColor=INK, spaceBefore=3),
        "note": ParagraphStyle("sp-note", fontName=SERIF, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "cover": ParagraphStyle("sp-cover", fontName=SERIF_B, fontSize=30, leading=36,
                                textColor=INK, spaceAfter=12),
        "cover_sub": ParagraphStyle("sp-coversub", fontName=SERIF, fontSize=14, leading=18,
                                    textColor=ACCENT),
        "toc_h": ParagraphStyle("sp-toch", fontName=SERIF_B, fontSize=20, leading=24,
                                textColor=INK, spaceAfter=16),
        "toc_theme": ParagraphStyle("sp-toct", fontName=SERIF, fontSize=10, leading=12,
                                    textColor=ACCENT, spaceBefore=10, spaceAfter=3,
                                    keepWithNext=1),
        "toc": ParagraphStyle("sp-toc", fontName=SERIF, fontSize=10.5, leading=14,
                              textColor=INK),
    }


def _ruled(t: source.Table, st, rec) -> list:
    """Table `t` fully ruled, kept whole with its footnotes on one booklet page."""
    pad = 3.5
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.4, RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), TINT)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, pad),
                  style=TableStyle(cmds), hAlign="LEFT")
    kept = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    return [Spacer(0, 6), KeepTogether(kept), Spacer(0, 10)]


def _impose(booklet: bytes, pdf_path, info: dict) -> None:
    """Booklet page b onto sheet b // 2 + 1: even pages on the left half, odd ones on the
    right half (the cover alone on the right of the first sheet)."""
    reader = PdfReader(BytesIO(booklet))
    writer = PdfWriter()
    n = len(reader.pages)
    for s in range(_sheet(n)):
        sheet = writer.add_blank_page(2 * WIDTH, HEIGHT)
        for b, dx in ((2 * s, 0.0), (2 * s + 1, WIDTH)):
            if 1 <= b <= n:
                sheet.merge_translated_page(reader.pages[b - 1], dx, 0)
    writer.add_metadata({f"/{k.capitalize()}": v for k, v in info.items()})
    with open(pdf_path, "wb") as f:
        writer.write(f)


def _sheet(booklet_page: int) -> int:
    return booklet_page // 2 + 1


def render_spreads(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name_meta = meta(dossier, "spreads")
    running = f"Regio Deal {dossier_name(dossier)}".strip()
    out: dict = {}

    def once(info):
        truth = Truth(dossier, "spreads")
        state = _SlideState()  # what the page belongs to: "toc" or a project index
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=60)
        buffer = BytesIO()
        doc = Doc(buffer, truth, pagesize=A4, **name_meta)

        def furniture(canv, d):
            page = canv.getPageNumber()
            left = page % 2 == 0
            x0 = OUTER if left else INNER
            if left:
                text = running
            else:
                text = dossier.toc_heading if state.key == "toc" else \
                    dossier.projects[state.key].theme
            y = HEIGHT - TOP + 22
            canv.saveState()
            canv.setFillColor(MUTED)
            canv.setFont(font_for(text, SANS), 8)
            if left:
                canv.drawString(x0, y, text)
                canv.setFont(SERIF, 9)
                canv.drawString(x0, BOTTOM - 30, str(page))
            else:
                canv.drawRightString(x0 + FW, y, text)
                canv.setFont(SERIF, 9)
                canv.drawRightString(x0 + FW, BOTTOM - 30, str(page))
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.3)
            canv.line(x0, y - 4, x0 + FW, y - 4)
            canv.restoreState()

        def page(name, x, following):
            frame = Frame(x, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                          rightPadding=0, topPadding=0, bottomPadding=0)
            # Left and right pages alternate by themselves: every page break flips sides.
            return PageTemplate(name, [frame], onPage=furniture, autoNextPageTemplate=following,
                                onPageEnd=lambda canv, d: foot.draw(canv))

        cover = Frame(INNER, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [cover], autoNextPageTemplate="left"),
                              page("left", OUTER, "right"), page("right", INNER, "left")])

        story = [Spacer(0, 7 * cm), para(running, st["cover"]),
                 para("Bijlage projectvoorstellen", st["cover_sub"]), PageBreak(),
                 para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para("", st["toc_theme"], markup=_small_caps(pr.theme, 10)))
            story += [_TocLine(para(pr.title, st["toc"]), page_of(info, p), st["toc"]),
                      Spacer(0, 3)]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [_Enter(state, p), PageBreak(),
                      para("", st["theme"], rec, markup=_small_caps(pr.theme, 10)),
                      para(pr.title, st["title"], truth.heading(p))]
            story += fields_with_notes(pr, st, rec, foot, lambda t, _, rec=rec: _ruled(t, st, rec))
        doc.build(story)
        out["booklet"] = buffer.getvalue()
        return truth

    record = build_until_stable(once)
    _impose(out["booklet"], pdf_path, name_meta)
    record["pages"] = _sheet(record["pages"])
    for pr in record["projects"]:
        pr["first_page"], pr["last_page"] = (_sheet(pr[k]) if pr[k] else pr[k]
                                             for k in ("first_page", "last_page"))
    return record
