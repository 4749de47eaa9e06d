"""One more house style for the layout zoo (see zoo.py), held out: the dossier as an A5
"projectenboekje" for SADDLE-STITCH printing, in the form the print shop sends back for
approval: a DRUKPROEF (imposition proof) in which every PDF page is one SIDE OF A SHEET holding
two A5 pages in PRINTER'S SPREAD order, so that reading the PDF from front to back the
booklet's pages come out of order.

- twoupbooklet: THE BOOKLET (laid out first, in reportlab): A5 portrait (420.9 x 595.3 pt),
        MIRRORED margins, inner 1.7 cm, outer 1.3 cm (the 11.8 cm text block starts 1.7 cm
        from the left edge on odd, right-hand pages and 1.3 cm on even ones), top 1.7 cm,
        bottom 1.8 cm. Body Times (DejaVu Serif for a paragraph with a character Times lacks)
        8.5pt on 11.5pt, JUSTIFIED, 3pt after each paragraph; a list item hangs on its
        marker. Booklet page 1 is the COVER: the whole page filled in dark green (#2F5D50),
        "Regio Deal <Name>" 22pt bold white and "Projectenboekje" 13pt white in its upper
        third, "Programmabureau Regio Deal <Name>" 8pt white near the foot; page 2 (inside
        cover) is empty; page 3 the CONTENTS ("Inhoud" 15pt bold; each theme in 7.5pt bold
        green capitals, each title under it in 8.5pt with its booklet page number flush right),
        running on to page 4 where it needs. Each project then OPENS A NEW PAGE (left or right):
        the theme in 7pt bold green capitals over a 2pt green rule 2 cm long, the title in 13pt
        bold Helvetica; the text flows on over pages, a paragraph breaking at a page foot. Field
        labels in 7.5pt bold Helvetica in green on a line of their own (6pt above). Running
        header on every page but the cover, the inside cover, the contents and the back cover:
        "Regio Deal <Name> · Projectenboekje" in 6.5pt grey Helvetica at the OUTER top corner,
        no rule. FOLIO, the booklet page number, 7.5pt Helvetica at the OUTER FOOT corner of
        every page from 3 on (not on the covers, not on the padding blanks). The last page is
        the BACK COVER: a green band over its lower quarter holding the colophon in 7pt white
        ("Uitgave", "Vormgeving en druk", a year). TABLES (investment tables and those inside a
        field, which stay in their field) across the text block in 6.5pt Helvetica: the header
        lines in bold WHITE ON the green fill, the table's label in the first header cell,
        single headers right-aligned, a group header centred; body rows ZEBRA-striped (every
        second row on a pale green tint), NO RULES but a 0.6pt green rule above a Totaal row,
        which is bold; amounts right-aligned AS TRANSCRIBED; the label column about 30 % of the
        block; a table that does not fit breaks between rows and repeats its header lines (the
        transcription's page breaks are not reproduced). Table footnotes in 6pt under the
        table; project notes at the end of the project in 6.5pt.
        THE IMPOSITION (pymupdf): the booklet is padded with EMPTY pages INSERTED BEFORE THE
        BACK COVER to a multiple of 4 (n pages, n/4 sheets) and imposed for saddle stitching:
        PDF page 2s-1 (sheet s, "Schoondruk", the front) holds booklet pages n-2s+2 (left) and
        2s-1 (right); PDF page 2s (its back, "Weerdruk") holds 2s (left) and n-2s+1 (right);
        so booklet page b is on PDF page min(b, n+1-b), and the second half of the booklet is
        read backwards. Each PDF page is A4 LANDSCAPE (841.9 x 595.3 pt): the two A5 pages,
        side by side with no gap, scaled to 92 % (as the proof is printed on the office's A4
        printer) and centred, no frame round them. In registration black 0.3pt outside the
        trim: CROP MARKS at the four outer corners (4 mm long, 2 mm off the trim), a dashed
        FOLD MARK at the spine above and below the sheet, and the SLUG in 5.5pt Helvetica over
        the top edge: "DRUKPROEF  RegioDeal_<Name>_projectenboekje_A5  ·  Vel <s> <Schoondruk|
        Weerdruk>  ·  pagina <left> | <right>  ·  18-03-2019 14:07" at the left and "Drukkerij
        Van der Sluis · Akkoord voor druk: ________" at the right (an empty padding page
        shows as "-" in it).

Every cell prints as transcribed (no "raw"). THE TRUTH gives PDF pages (sheet sides, from 1):
the format keeps only a first and a last page, and a project on booklet pages a..b lies on the
PDF pages {min(x, n+1-x) : a <= x <= b}, which is always a run of consecutive PDF pages (a
project crossing the centre spread n/2 | n/2+1 folds back on itself), so first_page and
last_page are the lowest and the highest PDF page that shows any part of the project, whatever
the order its booklet pages are printed in. The record also keeps "booklet_pages" (n), which
the scoring ignores.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, meta,
                         notes_at_end, page_of, para, register_fonts)

WIDTH, HEIGHT = A5
INNER, OUTER = 1.7 * cm, 1.3 * cm
TOP, BOTTOM = 1.7 * cm, 1.8 * cm
FW = WIDTH - INNER - OUTER
FH = HEIGHT - TOP - BOTTOM

SHEET_W, SHEET_H = landscape(A4)
SCALE = 0.92
PAGE_W, PAGE_H = WIDTH * SCALE, HEIGHT * SCALE
MX, MY = (SHEET_W - 2 * PAGE_W) / 2, (SHEET_H - PAGE_H) / 2  # the spread's trim, from the edges
MARK_OFF, MARK_LEN = 2 * mm, 4 * mm

GREEN = colors.HexColor("#2F5D50")
TINT = colors.HexColor("#E7EFEC")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#707070")
TABLE_SIZE = 6.5


def _left(page: int) -> float:
    """The text block's left edge: the inner margin on odd (right-hand) pages."""
    return INNER if page % 2 else OUTER


def _styles():
    def s(name, font="Times-Roman", size=8.5, leading=11.5, **kw):
        return ParagraphStyle(f"tub-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    lead = 8.0
    return {
        "body": s("body", alignment=TA_JUSTIFY, spaceAfter=3),
        "item": s("item", alignment=TA_JUSTIFY, leftIndent=9, bulletIndent=0, spaceAfter=2),
        "label": s("label", "Helvetica-Bold", 7.5, 10, textColor=GREEN, spaceBefore=6,
                   spaceAfter=1.5, keepWithNext=1),
        "theme": s("theme", "Helvetica-Bold", 7, 9, textColor=GREEN, spaceAfter=2, keepWithNext=1),
        "title": s("title", "Helvetica-Bold", 13, 16, spaceBefore=5, spaceAfter=6, keepWithNext=1),
        "toc_h": s("toch", "Helvetica-Bold", 15, 19, spaceAfter=10),
        "toc_theme": s("toct", "Helvetica-Bold", 7.5, 10, textColor=GREEN),
        "toc": s("toc", "Times-Roman", 8.5, 11),
        "toc_page": s("tocp", "Times-Roman", 8.5, 11, alignment=TA_RIGHT),
        "note": s("note", "Times-Roman", 6.5, 8.2, leftIndent=7, firstLineIndent=-7, spaceAfter=1),
        "tlabel": s("tl", "Helvetica-Bold", TABLE_SIZE, lead, textColor=colors.white),
        "thead": s("th", "Helvetica-Bold", TABLE_SIZE, lead, alignment=TA_RIGHT, textColor=colors.white),
        "tgroup": s("tg", "Helvetica-Bold", TABLE_SIZE, lead, alignment=TA_CENTER, textColor=colors.white),
        "tbody": s("tb", "Helvetica", TABLE_SIZE, lead, alignment=TA_LEFT),
        "tbody_b": s("tbb", "Helvetica-Bold", TABLE_SIZE, lead),
        "tamount": s("ta", "Helvetica", TABLE_SIZE, lead, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", TABLE_SIZE, lead, alignment=TA_RIGHT),
        "tfoot": s("tf", "Times-Roman", 6, 7.5, spaceBefore=2),
    }


def _table(t: source.Table, st, rec) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    pad = 2.5
    widths = _col_widths(t, lambda s: s, FW, st, pad, label_share=0.30, min_label=70.0)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, lines - 1), GREEN),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2)]
    cmds.append(("ROWBACKGROUNDS", (0, lines), (-1, -1), [colors.white, TINT]))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.6, GREEN))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT", longTableOptimize=0)
    out = [Spacer(0, 4), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


class _ThemeRule(Flowable):
    """The 2pt green rule, 2 cm long, under a project's theme."""

    def wrap(self, aW, aH):
        return 2 * cm, 6

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(GREEN)
        self.canv.setLineWidth(2)
        self.canv.line(0, 4, 2 * cm, 4)
        self.canv.restoreState()


def _contents(dossier, st, info) -> list:
    rows, cmds, last_theme = [], [], None
    for p, pr in enumerate(dossier.projects):
        if pr.theme != last_theme:
            last_theme = pr.theme
            r = len(rows)
            cmds.append(("TOPPADDING", (0, r), (-1, r), 8 if r else 1))
            rows.append([para(pr.theme.upper(), st["toc_theme"]), ""])
            cmds.append(("SPAN", (0, r), (-1, r)))
        rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
    table = Table(rows, colWidths=[FW - 24, 24], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0)] + cmds))
    return [para("Inhoud", st["toc_h"]), table]


def _booklet(dossier, pdf_path, st, name):
    """Render the A5 booklet (cover .. back cover, no padding) to pdf_path; -> its truth record
    in booklet pages and its page count."""
    counted = {}

    def once(info):
        truth = Truth(dossier, "twoupbooklet")
        state = {"plain": {1, 2}}  # pages without running header / folio
        doc = Doc(str(pdf_path), truth, pagesize=A5, leftMargin=INNER, rightMargin=OUTER,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "twoupbooklet"))
        block = Frame(INNER, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)

        def begin(canv, d):
            block._x1 = _left(canv.getPageNumber())
            block._geom()
            block._reset()

        def cover(canv, d):
            canv.saveState()
            canv.setFillColor(GREEN)
            canv.rect(0, 0, WIDTH, HEIGHT, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 22)
            canv.drawString(INNER, HEIGHT - 6.5 * cm, f"Regio Deal {name}")
            canv.setFont("Helvetica", 13)
            canv.drawString(INNER, HEIGHT - 7.4 * cm, "Projectenboekje")
            canv.setFont("Helvetica", 8)
            canv.drawString(INNER, 2.2 * cm, f"Programmabureau Regio Deal {name}")
            canv.restoreState()

        def back(canv, d):
            canv.saveState()
            canv.setFillColor(GREEN)
            canv.rect(0, 0, WIDTH, HEIGHT / 4, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica", 7)
            y = HEIGHT / 4 - 1.4 * cm
            for line in ("Uitgave", f"Programmabureau Regio Deal {name}", "",
                         "Vormgeving en druk", "Drukkerij Van der Sluis", "", "maart 2019"):
                if line:
                    canv.drawString(OUTER, y, line)
                y -= 9
            canv.restoreState()

        def end(canv, d):
            page = canv.getPageNumber()
            if page in state["plain"] or page in state.get("contents", ()):
                return
            left = _left(page)
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont("Helvetica", 6.5)
            run = f"Regio Deal {name} \u00b7 Projectenboekje"
            if page % 2:
                canv.drawRightString(left + FW, HEIGHT - 1.1 * cm, run)
            else:
                canv.drawString(left, HEIGHT - 1.1 * cm, run)
            canv.setFillColor(INK)
            canv.setFont("Helvetica", 7.5)
            if page % 2:
                canv.drawRightString(left + FW, 1.0 * cm, str(page))
            else:
                canv.drawString(left, 1.0 * cm, str(page))
            canv.restoreState()

        def end_contents(canv, d):
            page = canv.getPageNumber()
            left = _left(page)
            canv.saveState()
            canv.setFont("Helvetica", 7.5)
            if page % 2:
                canv.drawRightString(left + FW, 1.0 * cm, str(page))
            else:
                canv.drawString(left, 1.0 * cm, str(page))
            canv.restoreState()

        empty = Frame(0, 0, WIDTH, HEIGHT, id="empty")
        doc.addPageTemplates([
            PageTemplate("cover", [Frame(0, 0, WIDTH, HEIGHT, id="c")], onPage=cover),
            PageTemplate("inside", [empty]),
            PageTemplate("contents", [block], onPage=begin, onPageEnd=end_contents),
            PageTemplate("page", [block], onPage=begin, onPageEnd=end),
            PageTemplate("back", [Frame(0, 0, WIDTH, HEIGHT, id="b")], onPage=back),
        ])
        from reportlab.platypus.doctemplate import NextPageTemplate

        class _ContentsStart(Flowable):
            def wrap(self, aW, aH):
                return 0, 0

            def draw(self):
                state.setdefault("contents", set()).add(self.canv.getPageNumber())

        class _ContentsPage(Flowable):
            """Marks every page the contents runs over (drawn at the end of the contents)."""

            def wrap(self, aW, aH):
                return 0, 0

            def draw(self):
                first = min(state["contents"])
                state["contents"] |= set(range(first, self.canv.getPageNumber() + 1))

        story: list = [Spacer(0, 1), NextPageTemplate("inside"), PageBreak(), Spacer(0, 1),
                       NextPageTemplate("contents"), PageBreak(), _ContentsStart()]
        story += _contents(dossier, st, info)
        story += [_ContentsPage(), NextPageTemplate("page")]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme.upper(), st["theme"], rec), _ThemeRule(),
                      para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        story += [NextPageTemplate("back"), PageBreak(), Spacer(0, 1)]
        doc.build(story)
        counted["pages"] = truth.pages
        return truth

    record = build_until_stable(once)
    return record, counted["pages"]


def _order(n: int) -> list[tuple[int, int]]:
    """Booklet pages (left, right) on PDF pages 1..n/2 of an n-page saddle-stitched booklet."""
    out = []
    for s in range(1, n // 4 + 1):
        out.append((n - 2 * s + 2, 2 * s - 1))
        out.append((2 * s, n - 2 * s + 1))
    return out


def _marks(name: str, order, shown) -> bytes:
    """One page per sheet side: crop and fold marks and the slug (PDF from reportlab)."""
    from io import BytesIO

    buf = BytesIO()
    canv = Canvas(buf, pagesize=(SHEET_W, SHEET_H), invariant=1, pageCompression=1)
    x0, x1, xm = MX, SHEET_W - MX, SHEET_W / 2
    y0, y1 = MY, SHEET_H - MY
    for k, (left, right) in enumerate(order):
        canv.setStrokeColor(colors.black)
        canv.setLineWidth(0.3)
        for x, dx in ((x0, -1), (x1, 1)):
            for y, dy in ((y0, -1), (y1, 1)):
                canv.line(x + dx * MARK_OFF, y, x + dx * (MARK_OFF + MARK_LEN), y)
                canv.line(x, y + dy * MARK_OFF, x, y + dy * (MARK_OFF + MARK_LEN))
        canv.setDash(2, 1.5)
        canv.line(xm, y1 + MARK_OFF, xm, y1 + MARK_OFF + MARK_LEN)
        canv.line(xm, y0 - MARK_OFF, xm, y0 - MARK_OFF - MARK_LEN)
        canv.setDash()
        canv.setFillColor(colors.black)
        canv.setFont("Helvetica", 5.5)
        side = "Schoondruk" if k % 2 == 0 else "Weerdruk"
        pages = " | ".join(str(b) if b in shown else "-" for b in (left, right))
        canv.drawString(x0 + 4 * mm, SHEET_H - 0.45 * cm,
                        f"DRUKPROEF   RegioDeal_{name}_projectenboekje_A5   \u00b7   Vel {k // 2 + 1} {side}"
                        f"   \u00b7   pagina {pages}   \u00b7   18-03-2019 14:07")
        canv.drawRightString(x1 - 4 * mm, SHEET_H - 0.45 * cm,
                             "Drukkerij Van der Sluis \u00b7 Akkoord voor druk: ________________")
        canv.showPage()
    canv.save()
    return buf.getvalue()


def render_twoupbooklet(dossier: source.Dossier, pdf_path) -> dict:
    import pymupdf

    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    with tempfile.TemporaryDirectory() as tmp:
        booklet = Path(tmp) / "booklet.pdf"
        record, m = _booklet(dossier, booklet, st, name)
        n = -(-m // 4) * 4
        # booklet page b (1..n) -> the page of the rendering (0-based) or None for a padding blank
        source_of = {b: b - 1 for b in range(1, m)}
        source_of[n] = m - 1
        order = _order(n)
        src = pymupdf.open(str(booklet))
        marks = pymupdf.open("pdf", _marks(name, order, set(source_of)))
        out = pymupdf.open()
        for k, (left, right) in enumerate(order):
            page = out.new_page(width=SHEET_W, height=SHEET_H)
            page.show_pdf_page(page.rect, marks, k)
            for cell, b in enumerate((left, right)):
                if source_of.get(b) is None:
                    continue
                rect = pymupdf.Rect(MX + cell * PAGE_W, MY, MX + (cell + 1) * PAGE_W, MY + PAGE_H)
                page.show_pdf_page(rect, src, source_of[b])
        info = meta(dossier, "twoupbooklet")
        out.set_metadata({"title": info["title"], "author": info["author"],
                          "subject": info["subject"], "creator": info["creator"],
                          "producer": "samples.gen"})
        out.save(str(pdf_path), garbage=3, deflate=True)
        out.close()
        src.close()
        marks.close()

    def sheet(b: int) -> int:
        return min(b, n + 1 - b)

    record["pages"] = n // 2
    for pr in record["projects"]:
        a, b = pr["first_page"], pr["last_page"]
        if a is None:
            continue
        sides = [sheet(x) for x in range(a, b + 1)]
        pr["first_page"], pr["last_page"] = min(sides), max(sides)
    record["booklet_pages"] = n
    return record
