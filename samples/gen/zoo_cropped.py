"""One more house style for the layout zoo (see zoo.py), held out: a printed "projectenboek"
that the design agency exported AS PRINTER'S SPREADS (bleed, crop marks, slug), and that the
programme office then SPLIT INTO SINGLE PAGES by CROPPING: every spread sheet was duplicated
and each copy given a CropBox round one of its two pages (as Acrobat's "Crop Pages" tool,
Briss or a "split spreads" script does). A viewer shows plain A4 pages; the page's content
stream still holds the WHOLE SHEET: the facing page's text, the marks and the slug, all
outside the CropBox.

- cropped: every PDF page has the MediaBox of the printer's sheet, [0 0 1275.6 926.9]: two
        A4 pages side by side (the spread's trim, 1190.55 x 841.89 pt) with 3 mm bleed and a
        12 mm slug all round (42.52 pt from the sheet's edges to the trim). TrimBox (the
        spread's trim) and BleedBox (trim + 3 mm) as the export set them. The CROPBOX is one
        page's trim: [42.52 42.52 637.8 884.41] for a left (even) page, [637.8 42.52
        1233.07 884.41] for a right (odd) page. Booklet page 1 is the right half of sheet 1
        (its left half, the inside of the cover, is empty and was not kept); sheet k >= 2
        holds pages 2k-2 (left) and 2k-1 (right), so PDF page b shows booklet page b, and
        PDF pages 2k-2 and 2k-1 have the same content stream and differ only by their
        CropBox. Outside the trim, in registration black: CROP MARKS at the spread's four
        corners (0.25pt, 5 mm long, 3 mm off the trim), FOLD MARKS at the spine (dashed,
        in the top and bottom slug), a REGISTRATION TARGET at the middle of each side, a
        COLOUR BAR (eight 5 mm CMYK squares) in the top slug, and the SLUG LINE in 6pt at
        the bottom left: "RegioDeal_<Name>_projectenboek_v3.indd   Spread <a>-<b>
        14-02-2018   10:22" (a-b the booklet pages of the sheet, "1" on sheet 1).
        THE DESIGN (each A4 page): mirrored margins, 2.5 cm outer, 2 cm inner (at the
        spine), 2.2 cm top, 2.4 cm bottom; DejaVu Serif 9.5pt on 13pt, ragged right, 4pt
        after a paragraph, list items hanging on their marker; field labels in 9pt bold sans
        (DejaVu Sans) CAPITALS in the theme's colour on a line of their own, 8pt above.
        A THUMB INDEX on every page but the cover and the contents: a 1 x 2.6 cm tab in
        the theme's colour at the page's OUTER edge, bleeding off it by 3 mm, one position
        per theme (the first 5.5 cm under the top trim, each next 3 cm lower), the theme's
        number ("1", "2", ...) in 10pt bold white in it. Running header 7.5pt grey sans at
        the outer top corner (left pages "Regio Deal <Name> · Projectenboek", right pages
        the theme of the project on the page), folio 8pt at the outer foot corner. Page 1 is
        the cover (a colour field over the top half bleeding off three edges, "Regio Deal
        <Name>" 30pt bold white, "Projectenboek" 16pt white), page 2 the contents ("Inhoud",
        each theme in bold sans, its projects' titles with their page numbers flush right).
        EACH PROJECT OPENS A NEW PAGE with a colour BAND in the theme's colour across the
        top 4.6 cm of the page, bleeding off the top and the outer edge (not at the spine),
        the theme in 8pt white sans capitals and the title in 18pt bold white sans on it;
        the text flows on over pages, a paragraph breaking at a page foot.
        TABLES (investment tables and those inside a field, which stay in their field)
        across the text block in 7.8pt sans: the header lines bold on a 25 % tint of the
        theme colour, the table's label in the first header cell, single headers right-
        aligned, a group header centred over its members; body rows with 0.3pt rules in the
        theme colour under each, no vertical rules; amounts right-aligned as transcribed;
        the Totaal row bold on a 10 % tint; a table that does not fit breaks between rows
        and repeats its header lines. Table footnotes 7pt under the table. Project notes at
        the end of the project in 7.5pt under a short rule.

Every cell prints as transcribed: the truth is the plain record, in BOOKLET pages (= PDF
pages). Everything outside a page's CropBox (the facing page, the marks, the slug) is no part
of that page.
"""

from __future__ import annotations

from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.platypus import Flowable, Frame, FrameBreak, NextPageTemplate, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta, notes_at_end, para, register_fonts

PW, PH = A4
BLEED = 3 * mm
SLUG = 12 * mm
S = BLEED + SLUG                      # sheet edge -> trim
SW, SH = 2 * PW + 2 * S, PH + 2 * S   # the sheet (MediaBox)
OUTER, INNER = 2.5 * cm, 2.0 * cm
TOP, BOTTOM = 2.2 * cm, 2.4 * cm
FW = PW - OUTER - INNER
FH = PH - TOP - BOTTOM
BAND = 4.6 * cm

THEME_COLOURS = [colors.HexColor(h) for h in ("#0B6E4F", "#C8553D", "#2E5EAA", "#8E44AD", "#B8860B", "#2A9D8F")]
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#707070")
REG = colors.CMYKColor(1, 1, 1, 1)   # registration black


def _tint(c, k):
    return colors.Color(1 - (1 - c.red) * k, 1 - (1 - c.green) * k, 1 - (1 - c.blue) * k)


def _trim_x(booklet_page: int) -> float:
    """The left edge of a booklet page's trim on its sheet."""
    return S if booklet_page % 2 == 0 else S + PW


def _styles() -> dict:
    register_fonts()
    serif, sans, sansb = "DejaVuSerif", "DejaVuSans", "DejaVuSans-Bold"

    def style(name, font=serif, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"cr-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT):
        return style(name, font, 7.8, 9.6, alignment=align)

    return {
        "band_theme": style("bt", sans, 8, 10, textColor=colors.white, spaceAfter=4),
        "band_title": style("bti", sansb, 18, 21.5, textColor=colors.white),
        "label": style("label", sansb, 9, 12, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=14, bulletIndent=2, bulletFontName=serif, spaceAfter=3),
        "tlabel": t("tl", sansb),
        "thead": t("th", sansb, TA_RIGHT),
        "tgroup": t("tg", sansb, TA_CENTER),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", sansb),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", sansb, TA_RIGHT),
        "tfoot": style("tf", sans, 7, 9, spaceBefore=2),
        "note": style("note", serif, 7.5, 9.5, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": style("notem", serif, 7.5, 9.5, leftIndent=9, spaceAfter=1.5),
        "toc_h": style("toch", sansb, 20, 24, spaceAfter=14),
        "toc_theme": style("toct", sansb, 10, 13, spaceBefore=10, spaceAfter=3),
        "toc_entry": style("toce", serif, 9.5, 13),
        "toc_page": style("tocp", serif, 9.5, 13, alignment=TA_RIGHT),
        "sans": sans, "sansb": sansb,
    }


class _Band(Flowable):
    """The opener's text, drawn over the colour band (the band itself is drawn with the
    page): the theme and the title, the flowable as tall as the band under the top margin."""

    def __init__(self, theme, title, st, rec):
        super().__init__()
        self.parts = [para(theme.upper(), st["band_theme"], rec), para(title, st["band_title"], rec)]

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, BAND - TOP + 14

    def drawOn(self, canv, x, y, _sW=0):
        top = y + BAND - TOP + 14
        # the text sits in the band: its foot 0.6 cm above the band's lower edge
        hs = [p.wrap(self.aW, 1e6)[1] for p in self.parts]
        yy = top - (BAND - TOP) + 0.6 * cm + sum(hs) + 4
        for p, h in zip(self.parts, hs):
            yy -= h
            p.drawOn(canv, x, yy)
            yy -= 4


class _Rule(Flowable):
    def __init__(self, length, above, below):
        super().__init__()
        self.length, self.above, self.below = length, above, below

    def wrap(self, aW, aH):
        return self.length, self.above + self.below

    def draw(self):
        self.canv.setLineWidth(0.4)
        self.canv.line(0, self.below, self.length, self.below)


def _table(t: source.Table, st, rec, colour) -> list:
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), _tint(colour, 0.25)),
            ("LINEBELOW", (0, lines), (-1, -1), 0.3, colour)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("BACKGROUND", (0, r), (-1, r), _tint(colour, 0.10)) for r in totals]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, 3, label_share=0.33)
    out: list = [Spacer(0, 5), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 5))
    return out


class _SheetDoc(Doc):
    """A document whose canvas pages are printer's sheets of two booklet pages: page numbers
    (as the recorded paragraphs ask for them) are booklet pages, counted by frame."""

    def __init__(self, filename, truth, **kw):
        super().__init__(filename, truth, **kw)
        self.booklet = 1

    def beforePage(self):
        for f in self.pageTemplate.frames:
            f._geom()

    def handle_frameBegin(self, resume=0, pageTopFlowables=None):
        super().handle_frameBegin(resume, pageTopFlowables)
        sheet = self.canv._pageNumber
        self.booklet = 1 if sheet == 1 else 2 * sheet - 2 + (self.frame.id == "R")
        self.truth.pages = max(self.truth.pages, self.booklet)
        canv, doc = self.canv, self
        canv.getPageNumber = lambda: doc.booklet


def render_cropped(dossier: source.Dossier, pdf_path) -> dict:
    st = _styles()
    sans, sansb = st["sans"], st["sansb"]
    name = dossier_name(dossier)
    themes: OrderedDict = OrderedDict()
    for i, pr in enumerate(dossier.projects):
        themes.setdefault(pr.theme, []).append(i)
    theme_no = {t: k for k, t in enumerate(themes)}
    colour_of = {t: THEME_COLOURS[k % len(THEME_COLOURS)] for t, k in theme_no.items()}
    tmp = str(pdf_path) + ".sheets.pdf"

    def once(info):
        truth = Truth(dossier, "cropped")
        starts = info["starts"]
        total = info["total"]

        def project_on(b):
            best = None
            for p, first in sorted(starts.items(), key=lambda kv: kv[1]):
                if first <= b:
                    best = p
            return best

        def draw_half(canv, b):
            x0 = _trim_x(b)
            left = b % 2 == 0
            canv.saveState()
            if b == 1:  # the cover
                canv.setFillColor(THEME_COLOURS[0])
                canv.rect(x0, S + PH / 2, PW + BLEED, PH / 2 + BLEED, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont(sansb, 30)
                canv.drawString(x0 + INNER, S + PH - 7 * cm, f"Regio Deal {name}".strip())
                canv.setFont(sans, 16)
                canv.drawString(x0 + INNER, S + PH - 8.2 * cm, "Projectenboek")
                canv.restoreState()
                return
            p = project_on(b)
            outer_x = x0 if left else x0 + PW          # the outer trim edge
            text_x = x0 + (OUTER if left else INNER)    # the text block's left edge
            if p is not None:
                theme = dossier.projects[p].theme
                col = colour_of[theme]
                if starts.get(p) == b:  # the opener's band, bleeding off the top and the outer edge
                    canv.setFillColor(col)
                    canv.rect(x0 - BLEED if left else x0, S + PH - BAND, PW + BLEED, BAND + BLEED,
                              stroke=0, fill=1)
                # the thumb tab at the outer edge
                k = theme_no[theme]
                ty = S + PH - 5.5 * cm - k * 3 * cm - 2.6 * cm
                tx = outer_x - 1 * cm if not left else outer_x - BLEED
                canv.setFillColor(col)
                canv.rect(tx, ty, 1 * cm + BLEED, 2.6 * cm, stroke=0, fill=1)
                canv.setFillColor(colors.white)
                canv.setFont(sansb, 10)
                cx = (outer_x + 0.5 * cm) if left else (outer_x - 0.5 * cm)
                canv.drawCentredString(cx, ty + 1.3 * cm - 3.5, str(k + 1))
                head = f"Regio Deal {name} · Projectenboek" if left else theme
                canv.setFillColor(GREY)
                canv.setFont(font_for(head, sans), 7.5)
                hy = S + PH - 1.3 * cm
                if starts.get(p) != b:
                    if left:
                        canv.drawString(text_x, hy, head)
                    else:
                        canv.drawRightString(text_x + FW, hy, head)
            canv.setFillColor(INK)
            canv.setFont(sans, 8)
            fy = S + 1.2 * cm
            if left:
                canv.drawString(text_x, fy, str(b))
            else:
                canv.drawRightString(text_x + FW, fy, str(b))
            canv.restoreState()

        def marks(canv, sheet, pages):
            canv.saveState()
            canv.setStrokeColor(REG)
            canv.setFillColor(REG)
            canv.setLineWidth(0.25)
            x0, x1, y0, y1 = S, S + 2 * PW, S, S + PH
            off, ln = 3 * mm, 5 * mm
            for x, dx in ((x0, -1), (x1, 1)):
                for y, dy in ((y0, -1), (y1, 1)):
                    canv.line(x + dx * off, y, x + dx * (off + ln), y)
                    canv.line(x, y + dy * off, x, y + dy * (off + ln))
            canv.setDash(2, 2)
            canv.line(S + PW, y1 + off, S + PW, y1 + off + ln)
            canv.line(S + PW, y0 - off, S + PW, y0 - off - ln)
            canv.setDash()
            for cx, cy in ((SW / 2 - PW / 2, SH - S / 2 - 4), (SW / 2 + PW / 2, S / 2 - 2),
                           (S / 2 - 4, SH / 2), (SW - S / 2 + 4, SH / 2)):
                canv.circle(cx, cy, 3.5 * mm / 2 + 1, stroke=1, fill=0)
                canv.line(cx - 3 * mm, cy, cx + 3 * mm, cy)
                canv.line(cx, cy - 3 * mm, cx, cy + 3 * mm)
            for k, c in enumerate(((1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1),
                                   (0.5, 0, 0, 0), (0, 0.5, 0, 0), (0, 0, 0.5, 0), (0, 0, 0, 0.5))):
                canv.setFillColor(colors.CMYKColor(*c))
                canv.rect(S + 3 * cm + k * 5 * mm, SH - S + BLEED + 3 * mm, 5 * mm, 5 * mm, stroke=0, fill=1)
            canv.setFillColor(REG)
            canv.setFont("Helvetica", 6)
            spread = "-".join(str(b) for b in pages)
            canv.drawString(S, 5 * mm, f"RegioDeal_{name.replace(' ', '')}_projectenboek_v3.indd"
                                       f"   Spread {spread}   14-02-2018   10:22")
            canv.restoreState()

        def on_sheet(canv, doc):
            sheet = canv._pageNumber
            pages = [1] if sheet == 1 else [2 * sheet - 2, 2 * sheet - 1]
            if total:
                pages = [b for b in pages if b <= total]
            for b in pages:
                draw_half(canv, b)
            marks(canv, sheet, pages)

        doc = _SheetDoc(tmp, truth, pagesize=(SW, SH), **meta(dossier, "cropped"))

        def frame(fid, b_left):
            x = (S + OUTER) if b_left else (S + PW + INNER)
            return Frame(x, S + BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, id=fid)

        doc.addPageTemplates([PageTemplate("first", [frame("R", False)], onPage=on_sheet),
                              PageTemplate("sheet", [frame("L", True), frame("R", False)], onPage=on_sheet)])
        story: list = [NextPageTemplate("sheet"), Spacer(0, 0), FrameBreak]
        # page 2: the contents
        story.append(para("Inhoud", st["toc_h"]))
        for theme, members in themes.items():
            story.append(para(f"{theme_no[theme] + 1}  {theme}", st["toc_theme"]))
            for p in members:
                pr = dossier.projects[p]
                t = Table([[para(pr.title, st["toc_entry"]), para(str(starts.get(p, "")), st["toc_page"])]],
                          colWidths=[FW - 1.5 * cm, 1.5 * cm],
                          style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                            ("TOPPADDING", (0, 0), (-1, -1), 1),
                                            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                            ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
                story.append(t)
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            col = colour_of[pr.theme]
            lab = ParagraphStyle(f"cr-label-{p}", st["label"], textColor=col)
            story.append(FrameBreak)
            story.append(_Band(pr.theme, pr.title, st, truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, col)
                    continue
                story.append(para(row.label.upper(), lab, rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, col)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                story.append(_Rule(2.5 * cm, 8, 4))
                story += notes_at_end(pr, rec, st["note"], st["note_more"], space=0)
        doc.build(story)
        return truth

    record = build_until_stable(once)
    _split(tmp, str(pdf_path), record["pages"])
    return record


def _split(sheets_pdf: str, out_pdf: str, pages: int) -> None:
    """Each booklet page a copy of its sheet, cropped to the page's trim."""
    import pymupdf  # copies the sheets and sets their boxes (the samples extra)

    src = pymupdf.open(sheets_pdf)
    out = pymupdf.open()
    out.set_metadata(src.metadata)
    for b in range(1, pages + 1):
        sheet = 0 if b == 1 else b // 2
        out.insert_pdf(src, from_page=sheet, to_page=sheet)
        page = out[-1]
        x0 = _trim_x(b)
        # PyMuPDF's boxes are in top-left coordinates
        page.set_bleedbox(pymupdf.Rect(S - BLEED, S - BLEED, SW - S + BLEED, SH - S + BLEED))
        page.set_trimbox(pymupdf.Rect(S, S, SW - S, SH - S))
        page.set_cropbox(pymupdf.Rect(x0, SH - S - PH, x0 + PW, SH - S))
    out.save(out_pdf, garbage=0, deflate=True)
    out.close()
    src.close()
    import os
    os.remove(sheets_pdf)
