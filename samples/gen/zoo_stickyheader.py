"""One more house style for the layout zoo (see zoo.py), held out: the programme's "Projecten"
WEB PAGE printed from the browser, whose FIXED (sticky) SITE HEADER and COOKIE BANNER the
browser paints ON EVERY PAGE, OVER the content: on two pages they hide lines of text that
are still in the PDF's text layer.

- stickyheader: A4 portrait, the browser's print margins of 1.0 cm all round (the CONTENT BOX,
          19.0 x 27.7 cm); the print's own header and footer switched off (no date, no URL,
          no page numbers). The page in one column 16 cm wide centred in the content box (the
          site's container), a sans (Helvetica; DejaVu Sans for a text holding a character it
          lacks) 9.5pt on 14pt in #333333, ragged right.
          THE FIXED HEADER, painted at the top of the content box on EVERY page AFTER the
          page's content is drawn: an OPAQUE WHITE band across the content box, 60pt tall:
          at the left a logo (a 30pt teal #00796B rounded square holding "RD" in white bold),
          beside it "Regio Deal <Name>" (13pt bold #263238) over "Samen investeren in de
          regio" (7.5pt grey); at the right the navigation "Home  |  Projecten  |  Contact"
          (9pt, "Projecten" bold teal with a 2pt teal bar under it); a 0.75pt #DDDDDD rule
          along the band's foot and a soft 4pt shadow (three fading grey lines) under it.
          THE COOKIE BANNER, painted likewise at the foot of the content box on every page
          over the content: an opaque band #263238, 44pt tall, across the content box, two
          lines of white 8pt text at the left ("Wij gebruiken cookies om deze website goed te
          laten werken en om het gebruik te meten." / "Lees meer in onze cookieverklaring.",
          the last word underlined) and two buttons at the right: "Instellingen" (a white
          outlined box, white 8pt) and "Accepteren" (a teal #00897B filled box, white bold
          8pt).
          THE CONTENT FLOWS ON, NO PAGE BREAK ANYWHERE (one long web page): the print
          RESERVES the header's and the banner's room on each page with spacers repeated on
          every page (the flow starts 72pt under the content box's top and ends 54pt over its
          foot), so that there they cover white only; BUT ON TWO PAGES THE SPACERS ARE
          MISSING (a spacer a print fails to repeat; here the renderer's choice): there the flow
          runs over the whole content box, from 2pt under its top to its foot, and the header
          HIDES the flow's first 60pt (about four lines; a line straddling the band's foot
          shows its lower part under it), the banner the flow's last 44pt (about three
          lines, the top of the next one peeking out above it). The two pages are chosen
          by the renderer: the first page from the 3rd on, then the first page from the
          middle of the print on (and at least two pages later), whose flow (as laid out
          with the spacers) opens with field text, a body paragraph or list item or the rest
          of one (so that what the header hides is a field's text; what the banner hides is
          whatever stands there): pages 3 and 16 of twente, 3 and 6 of zeeland. The hidden
          lines are drawn (they are in the text layer, in reading order, the header's and
          the banner's own texts at the same heights) and then painted over: a reader of the
          text layer finds them, a human does not.
          Page 1 (spaced like every page): the breadcrumb "Home › Projecten" (7.5pt grey),
          the page title "Projecten" (22pt bold #263238), one lead sentence (10.5pt grey),
          then an "on this page" block under the transcription's contents heading ("Inhoud",
          12pt bold): every project title as a teal link, one per line (no page numbers).
          Each project: a 0.75pt #E0E0E0 rule across the column 18pt above it, its theme in
          7.5pt bold teal CAPITALS, its title (16pt bold #263238 on 20pt), then the fields:
          the label in 10.5pt bold #263238 on a line of its own (10pt above, 3pt under), the
          paragraphs under it 6pt apart, list items hanging on the transcription's marker.
          TABLES (the investment table where it stands among the fields; a table inside a
          field where it stands among its paragraphs) as the site's Bootstrap "table
          table-striped": the full column width, 8.5pt on 10.5pt, NO VERTICAL RULES; the
          header lines bold with a 1.5pt #263238 rule under them (the table's label at the
          left over the row labels, single headers right-aligned, a group header ("Publiek")
          centred over its members with a 0.5pt rule under it); 0.5pt #DEE2E6 rules between
          the body rows; EVERY ODD BODY ROW SHADED #F2F2F2 (the first, the third, ...);
          row labels left, amounts right-aligned exactly as transcribed, the Totaal row bold;
          column widths by auto layout, widened in proportion to fill the column; the header
          lines repeated where a table breaks over a page (the <thead>); the transcription's
          page breaks are not followed. Table footnotes under the table in 8pt grey. The
          project's notes after its last field in 8pt grey, each led by its mark.
          After the last project the site's footer in the flow: a rule and "© 2019 Regio Deal
          <Name> · Privacyverklaring · Cookieverklaring · Toegankelijkheid" in 7.5pt grey.

Every cell and field prints as transcribed: the truth has no "raw" (the hidden lines are the
transcription's text, which the text layer holds in full: the truth is the dossier's text).
A project runs from its title's page to the page of its last field text, table cell or note;
the header and the banner belong to no project.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import ActionFlowable

from . import source
from .zoo_common import (
    LIST_ITEM,
    RP,
    Doc,
    Truth,
    auto_widths,
    dossier_name,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
M = 1.0 * cm                      # the browser's print margins: the content box
BOX_W, BOX_H = WIDTH - 2 * M, HEIGHT - 2 * M
COL_W = 16.0 * cm
COL_X = M + (BOX_W - COL_W) / 2
HEADER_H, BANNER_H = 60.0, 44.0
SPACE_TOP, SPACE_BOTTOM = 72.0, 54.0
INK = colors.HexColor("#333333")
DARK = colors.HexColor("#263238")
TEAL = colors.HexColor("#00796B")
TEAL2 = colors.HexColor("#00897B")
GREY = colors.HexColor("#757575")
STRIPE = colors.HexColor("#F2F2F2")
RULE = colors.HexColor("#DEE2E6")


class CP(RP):
    """A recorded paragraph whose later parts, once split, know they continue it."""

    _cont = False

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts[1:]:
            q._cont = True
        return parts


def cpara(text, style, rec=None, markup=None) -> CP:
    p = para(text, style, rec, markup)
    p.__class__ = CP
    return p


def cfield(text, body, item, rec) -> CP:
    m = LIST_ITEM.match(text)
    base = item if m else body
    font = font_for(text, base.fontName)
    if font != base.fontName:
        base = ParagraphStyle(f"{base.name}-{font}", base, fontName=font, bulletFontName=font)
    if m is None:
        return cpara(text, base, rec)
    return cpara("", base, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def _styles():
    def s(name, font="Helvetica", size=9.5, leading=14, **kw):
        kw.setdefault("textColor", INK)
        return ParagraphStyle(f"sh-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "crumb": s("crumb", size=7.5, leading=10, textColor=GREY, spaceAfter=8),
        "h1": s("h1", "Helvetica-Bold", 22, 26, textColor=DARK, spaceAfter=6),
        "lead": s("lead", size=10.5, leading=15, textColor=GREY, spaceAfter=14),
        "toch": s("toch", "Helvetica-Bold", 12, 15, textColor=DARK, spaceAfter=4),
        "toc": s("toc", size=9.5, leading=14, textColor=TEAL),
        "theme": s("theme", "Helvetica-Bold", 7.5, 10, textColor=TEAL, spaceAfter=2),
        "title": s("title", "Helvetica-Bold", 16, 20, textColor=DARK, spaceAfter=4),
        "label": s("label", "Helvetica-Bold", 10.5, 13, textColor=DARK, spaceBefore=10, spaceAfter=3),
        "body": s("body", spaceAfter=6),
        "item": s("item", leftIndent=14, bulletIndent=0, spaceAfter=6),
        "th": s("th", "Helvetica-Bold", 8.5, 10.5),
        "thr": s("thr", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "thc": s("thc", "Helvetica-Bold", 8.5, 10.5, alignment=TA_CENTER),
        "td": s("td", size=8.5, leading=10.5), "tdb": s("tdb", "Helvetica-Bold", 8.5, 10.5),
        "tn": s("tn", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "tnb": s("tnb", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": s("tf", size=8, leading=10.5, textColor=GREY, spaceBefore=3, spaceAfter=4),
        "note": s("note", size=8, leading=10.5, textColor=GREY, spaceAfter=2),
        "foot": s("foot", size=7.5, leading=10, textColor=GREY),
    }


class _Rule(Flowable):
    def __init__(self, before=18, after=10):
        super().__init__()
        self.before, self.after = before, after

    def wrap(self, aW, aH):
        self.width, self.height = aW, self.before + self.after
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(colors.HexColor("#E0E0E0"))
        c.setLineWidth(0.75)
        c.line(0, self.after, self.width, self.after)
        c.restoreState()


def _striped(t: source.Table, st, rec) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    grid: list[list] = [[""] * (n + 1) for _ in range(lines)]
    sized = [(0, 1, t.label, st["th"])]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.5, DARK)]
    grid[0][0] = cpara(t.label, st["th"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        style = st["thc"] if h.columns > 1 else st["thr"]
        grid[h.line][c0] = cpara(h.text, style, rec) if h.text else ""
        sized.append((c0, h.columns, h.text, style))
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
        if h.columns > 1 and h.line < lines - 1:
            cmds.append(("LINEBELOW", (c0, h.line), (c1, h.line), 0.5, DARK))
    for r, body in enumerate(t.rows):
        total = is_total(body[0])
        row = [cpara(body[0], st["tdb"] if total else st["td"], rec)]
        sized.append((0, 1, body[0], st["tdb"]))
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(cpara(cell, st["tnb"] if total else st["tn"], rec) if cell else "")
            sized.append((1 + c, 1, cell, st["tnb"]))
        grid.append(row)
        y = lines + r
        if r % 2 == 0:
            cmds.append(("BACKGROUND", (0, y), (-1, y), STRIPE))
        if r:
            cmds.append(("LINEABOVE", (0, y), (-1, y), 0.5, RULE))
    widths = auto_widths(sized, n + 1, COL_W, 8 + 1)
    if sum(widths) < COL_W:
        widths = [w * COL_W / sum(widths) for w in widths]
    return Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


def _header(canv, name):
    """The fixed site header, opaque, at the top of the content box."""
    top = HEIGHT - M
    y0 = top - HEADER_H
    canv.saveState()
    for k, g in enumerate(("#E6E6E6", "#EFEFEF", "#F7F7F7")):  # the box shadow
        canv.setStrokeColor(colors.HexColor(g))
        canv.setLineWidth(1.2)
        canv.line(M, y0 - 1.2 * (k + 0.5), M + BOX_W, y0 - 1.2 * (k + 0.5))
    canv.setFillColor(colors.white)
    canv.rect(M, y0, BOX_W, HEADER_H, stroke=0, fill=1)
    canv.setStrokeColor(colors.HexColor("#DDDDDD"))
    canv.setLineWidth(0.75)
    canv.line(M, y0, M + BOX_W, y0)
    lx, ly = COL_X, y0 + (HEADER_H - 30) / 2
    canv.setFillColor(TEAL)
    canv.roundRect(lx, ly, 30, 30, 5, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 11)
    canv.drawCentredString(lx + 15, ly + 11, "RD")
    canv.setFillColor(DARK)
    canv.setFont("Helvetica-Bold", 13)
    canv.drawString(lx + 40, ly + 15, f"Regio Deal {name}".strip())
    canv.setFillColor(GREY)
    canv.setFont("Helvetica", 7.5)
    canv.drawString(lx + 40, ly + 4, "Samen investeren in de regio")
    items = [("Home", "Helvetica", DARK), ("|", "Helvetica", GREY), ("Projecten", "Helvetica-Bold", TEAL),
             ("|", "Helvetica", GREY), ("Contact", "Helvetica", DARK)]
    gap = 9.0
    total = sum(stringWidth(t, f, 9) for t, f, _ in items) + gap * (len(items) - 1)
    x = COL_X + COL_W - total
    ny = y0 + HEADER_H / 2 - 3
    for t, f, col in items:
        canv.setFont(f, 9)
        canv.setFillColor(col)
        canv.drawString(x, ny, t)
        w = stringWidth(t, f, 9)
        if t == "Projecten":
            canv.setFillColor(TEAL)
            canv.rect(x, ny - 6, w, 2, stroke=0, fill=1)
        x += w + gap
    canv.restoreState()


def _banner(canv):
    """The fixed cookie banner, opaque, at the foot of the content box."""
    canv.saveState()
    canv.setFillColor(DARK)
    canv.rect(M, M, BOX_W, BANNER_H, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica", 8)
    tx = M + 14
    canv.drawString(tx, M + 25, "Wij gebruiken cookies om deze website goed te laten werken en om het gebruik te meten.")
    lead = "Lees meer in onze "
    canv.drawString(tx, M + 13, lead + "cookieverklaring.")
    x0 = tx + stringWidth(lead, "Helvetica", 8)
    canv.setStrokeColor(colors.white)
    canv.setLineWidth(0.5)
    canv.line(x0, M + 11.8, x0 + stringWidth("cookieverklaring", "Helvetica", 8), M + 11.8)
    bw2 = stringWidth("Accepteren", "Helvetica-Bold", 8) + 20
    bw1 = stringWidth("Instellingen", "Helvetica", 8) + 20
    bx2 = M + BOX_W - 14 - bw2
    bx1 = bx2 - 8 - bw1
    canv.setLineWidth(0.75)
    canv.roundRect(bx1, M + 12, bw1, 20, 3, stroke=1, fill=0)
    canv.drawCentredString(bx1 + bw1 / 2, M + 19, "Instellingen")
    canv.setFillColor(TEAL2)
    canv.roundRect(bx2, M + 12, bw2, 20, 3, stroke=0, fill=1)
    canv.setFillColor(colors.white)
    canv.setFont("Helvetica-Bold", 8)
    canv.drawCentredString(bx2 + bw2 / 2, M + 19, "Accepteren")
    canv.restoreState()


class _Doc(Doc):
    """The flow's frame on each page: under the spacers, or (on the pages in ``covered``) the
    whole content box; the first flowable drawn on each page is kept."""

    def __init__(self, filename, truth, covered, **kw):
        super().__init__(filename, truth, **kw)
        self.covered = covered
        self.first: dict[int, object] = {}

    def beforePage(self):
        page = self.canv.getPageNumber()
        f = self.pageTemplate.frames[0]
        if page in self.covered:
            f._y1, f._height = M, BOX_H - 2
        else:
            f._y1, f._height = M + SPACE_BOTTOM, BOX_H - SPACE_TOP - SPACE_BOTTOM
        f._geom()
        f._reset()
        super().beforePage()

    def afterFlowable(self, flowable):
        if isinstance(flowable, (ActionFlowable, Spacer)):
            return
        self.first.setdefault(self.canv.getPageNumber(), flowable)


def _story(dossier, st, truth, name) -> list:
    story: list = [cpara("Home › Projecten", st["crumb"]), cpara("Projecten", st["h1"]),
                   cpara(f"Op deze pagina vindt u alle projecten die de regio voor de Regio Deal {name} heeft "
                         "ingediend, met hun aanpak, resultaten en begroting.".replace("  ", " "), st["lead"]),
                   cpara(dossier.toc_heading, st["toch"])]
    story += [cpara(pr.title, st["toc"]) for pr in dossier.projects]
    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        story += [_Rule(), cpara(pr.theme.upper(), st["theme"]), cpara(pr.title, st["title"], truth.heading(p))]
        for row in pr.rows:
            if isinstance(row, source.Table):
                story.append(Spacer(0, 6))
                story.append(_striped(row, st, rec))
                story += [cpara(f, st["tfoot"], rec) for f in row.footnotes]
                story.append(Spacer(0, 4))
                continue
            story.append(cpara(row.label, st["label"]))
            for item in row.content:
                if isinstance(item, source.Table):
                    story.append(_striped(item, st, rec))
                    story += [cpara(f, st["tfoot"], rec) for f in item.footnotes]
                else:
                    story.append(cfield(item, st["body"], st["item"], rec))
        if pr.notes:
            story.append(Spacer(0, 6))
            for note in pr.notes:
                story += [cpara(f"{note.mark} {t}" if j == 0 else t, st["note"], rec)
                          for j, t in enumerate(note.text or ("",))]
    story += [_Rule(24, 8), cpara(f"© 2019 Regio Deal {name} · Privacyverklaring · Cookieverklaring · "
                                  "Toegankelijkheid".replace("  ", " "), st["foot"])]
    return story


def _opens_with_prose(doc, page) -> bool:
    """The page's flow opens with field text: a body paragraph or list item (or its rest)."""
    f = doc.first.get(page)
    return isinstance(f, CP) and f.style.name.startswith(("sh-body", "sh-item"))


def render_stickyheader(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(covered):
        truth = Truth(dossier, "stickyheader")
        doc = _Doc(str(pdf_path), truth, covered, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                   bottomMargin=M, **meta(dossier, "stickyheader"))

        def over(canv, d):  # painted after the page's content
            _header(canv, name)
            _banner(canv)

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(COL_X, M + SPACE_BOTTOM, COL_W, BOX_H - SPACE_TOP - SPACE_BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)], onPageEnd=over)])
        doc.build(_story(dossier, st, truth, name))
        return truth, doc

    covered: set[int] = set()
    truth, doc = once(covered)
    first = next((k for k in range(3, truth.pages + 1) if _opens_with_prose(doc, k)), None)
    if first is not None:
        covered.add(first)
        truth, doc = once(covered)
        second = next((k for k in range(max(first + 2, truth.pages // 2 + 1), truth.pages + 1)
                       if _opens_with_prose(doc, k)), None)
        if second is not None:
            covered.add(second)
            truth, doc = once(covered)
    return truth.record()
