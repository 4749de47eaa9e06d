"""One more house style for the layout zoo (see zoo.py), held out: the programme's WEBSITE,
each project's web page saved as ONE CONTINUOUS PDF PAGE (a "full page" capture: a browser
extension or a print with `@page { size: 210mm auto }`, no page breaks at all), the pages
then joined into one file (pdfunite), so that every PDF page is 595 pt wide and as TALL AS
ITS CONTENT (some 1,000 to 5,000 pt).

- tallpage: PAGE 1 is the site's project overview ("/projecten"); every further page is ONE
        PROJECT, whole (project p on page p + 2), and nothing else. Each page is 595.28 pt
        wide; its height is the height of its content plus the site's chrome (never more
        than 14,400 pt). A sans (Liberation Sans, else DejaVu Sans) throughout. The
        BROWSER'S PRINT HEADER AND FOOTER, 7pt grey, once per page in the page's top and
        bottom 20 pt: at the top the capture's date and time "12-03-2018 14:03" at the left
        and the page's <title> centred ("<title> – Regio Deal <Name>", "Projecten – Regio
        Deal <Name>" on page 1); at the foot the URL at the left
        ("https://www.regiodeal<name>.nl/projecten/<slug of the title>") and "1/1" at the
        right (every page was saved on its own, so every page says 1/1).
        The SITE HEADER, drawn ONCE at the top of every page (the sticky header of the
        site, as a full-page capture draws it): a dark blue (#1F3A5F) band 46 pt high across
        the page, "Regio Deal <Name>" in 14pt bold white at the left, the menu "Home   Over
        de deal   Projecten   Nieuws   Contact" in 8.5pt white at the right; under it a
        light grey (#EEF1F4) breadcrumb bar 20 pt high: "Home › Projecten › <theme>" in
        7.5pt grey. The content column 36 pt from either edge (523 pt wide). The PROJECT
        HEAD: the theme as a small TAG (7.5pt bold white capitals on a teal (#1B998B)
        rounded box), then the title as h1 in 21pt bold on 25pt, dark blue. The FIELDS as
        sections of the page: each opens with a DIVIDER (a 0.75pt light grey (#D5DAE0)
        line across the column, 14pt above it, 10pt under it), then its label as an h2 in
        12.5pt bold dark blue on a line of its own, then the field's paragraphs in 10pt on
        15pt (6pt after each; a list item hangs on its own marker).
        FUNDING TABLES (the investment tables between the fields, and those inside a field,
        which stay in their field) as an HTML TABLE across the column in 8.5pt: the header
        lines (<thead>) white bold text on a dark blue fill, the table's label in its first
        cell (left, at the top), single headers right-aligned, a group header ("Publiek")
        centred over its members with a thin white line under it; body rows ZEBRA-STRIPED
        (every second row #F3F5F8), a 0.5pt #D5DAE0 line under each, the row label left,
        the amounts right-aligned EXACTLY AS TRANSCRIBED ("1.650.000", "6,33 mln.", "-"); the
        Totaal row bold, unfilled, with a 1.2pt dark blue line above it. A table is never
        split (there are no page breaks). Table footnotes under the table in 7.5pt grey.
        Project notes at the end of the page's article under an h3 "Voetnoten" (9pt bold)
        in 8pt, the mark hanging. Under the article a "Deel deze pagina: LinkedIn · X ·
        E-mail" line (8pt grey) and "↑ Terug naar boven" (8pt teal, right).
        The SITE FOOTER at the foot of every page: a dark grey (#2B2B2B) band 64 pt high,
        "Regio Deal <Name> · Programmabureau" in 9pt bold white and "Privacyverklaring ·
        Cookies · Toegankelijkheid · © 2018" in 7.5pt light grey.
        The OVERVIEW PAGE (page 1): the same chrome, an h1 "Projecten", an intro sentence
        ("Binnen de Regio Deal <Name> werken partners samen aan <n> projecten."), then per
        theme an h2 (the theme) and its projects' titles as LINKS (10pt, blue #1A5FB4,
        underlined), each with "Lees meer ›" after it in grey, 5pt between them.

Every cell prints as transcribed, so the truth is the plain record: project p's first and
last page are both p + 2 (the overview page belongs to no project).
"""

from __future__ import annotations

import re
import unicodedata
from collections import OrderedDict
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta, notes_at_end, para
from .zoo_spreadsheet import _fonts

WIDTH = A4[0]
MAX_H = 14400.0
MARGIN = 36.0
CW = WIDTH - 2 * MARGIN
PRINT_BAND = 20.0      # the browser's print header / footer strip
HEAD_H = 46.0          # the site header band
CRUMB_H = 20.0         # the breadcrumb bar
FOOT_H = 64.0          # the site footer band
TOP = PRINT_BAND + HEAD_H + CRUMB_H + 18.0   # content starts this far below the page's top
BOTTOM = PRINT_BAND + FOOT_H + 18.0          # and ends this far above its foot

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#1B998B")
CRUMB_FILL = colors.HexColor("#EEF1F4")
DIVIDER = colors.HexColor("#D5DAE0")
ZEBRA = colors.HexColor("#F3F5F8")
FOOT_FILL = colors.HexColor("#2B2B2B")
LINK = colors.HexColor("#1A5FB4")
INK = colors.HexColor("#222222")
GREY = colors.HexColor("#6F6F6F")
LIGHT = colors.HexColor("#BBBBBB")

PAD = 5.0


def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=10.0, leading=15.0, **kw):
        return ParagraphStyle(f"tp-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    def t(name, font, align=TA_LEFT, colour=INK):
        return style(name, font, 8.5, 10.5, alignment=align, textColor=colour)

    return {
        "h1": style("h1", bold, 21, 25, textColor=NAVY, spaceBefore=6, spaceAfter=6),
        "h2": style("h2", bold, 12.5, 16, textColor=NAVY, spaceAfter=5, keepWithNext=1),
        "h2theme": style("h2t", bold, 12.5, 16, textColor=NAVY, spaceBefore=14, spaceAfter=6),
        "intro": style("intro", sans, 11, 16, spaceAfter=6),
        "body": style("body", spaceAfter=6),
        "item": style("item", leftIndent=16, bulletIndent=3, bulletFontName=sans, spaceAfter=4),
        "link": style("link", sans, 10, 14, textColor=LINK, spaceAfter=5, leftIndent=0),
        "tlabel": t("tl", bold, colour=colors.white),
        "thead": t("th", bold, TA_RIGHT, colors.white),
        "tgroup": t("tg", bold, TA_CENTER, colors.white),
        "tbody": t("tb", sans),
        "tbody_b": t("tbb", bold),
        "tamount": t("ta", sans, TA_RIGHT),
        "tamount_b": t("tab", bold, TA_RIGHT),
        "tfoot": style("tf", sans, 7.5, 10, textColor=GREY, spaceBefore=3),
        "h3": style("h3", bold, 9, 12, spaceBefore=16, spaceAfter=3),
        "note": style("note", sans, 8, 11, leftIndent=10, firstLineIndent=-10, spaceAfter=2),
        "note_more": style("notem", sans, 8, 11, leftIndent=10, spaceAfter=2),
        "share": style("share", sans, 8, 11, textColor=GREY, spaceBefore=18),
        "top": style("top", sans, 8, 11, textColor=TEAL, alignment=TA_RIGHT),
    }


def slug(title: str) -> str:
    s = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


class _Divider(Flowable):
    """An <hr>: a 0.75pt line across the column, `above` pt over it, `below` under it."""

    def __init__(self, above=14.0, below=10.0):
        super().__init__()
        self.above, self.below = above, below

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.above + 0.75 + self.below

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(DIVIDER)
        c.setLineWidth(0.75)
        y = self.below + 0.375
        c.line(0, y, self.width, y)
        c.restoreState()


class _Tag(Flowable):
    """The theme as a small rounded tag."""

    def __init__(self, text, font, rec):
        super().__init__()
        self.text, self.font, self.rec = text.upper(), font_for(text.upper(), font), rec

    def wrap(self, aW, aH):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.w = min(aW, stringWidth(self.text, self.font, 7.5) + 12)
        return self.w, 16

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        c.roundRect(0, 2, self.w, 13, 3, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.font, 7.5)
        c.drawString(6, 6, self.text)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _End(Flowable):
    """Zero-height marker at the end of a page's content: reports where it was drawn."""

    def __init__(self, sink, key):
        super().__init__()
        self.sink, self.key = sink, key

    def wrap(self, aW, aH):
        return 0, 0

    def drawOn(self, canv, x, y, _sW=0):
        self.sink[self.key] = y


def _table(t: source.Table, st, rec) -> list:
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    n = len(rows)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, 0), (0, 0), "TOP"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, lines - 1), NAVY)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for h in placed:  # a thin white line under a group header
        if h.columns > 1:
            cmds.append(("LINEBELOW", (h.column, h.line), (h.column + h.columns - 1, h.line),
                         0.5, colors.white))
    for k, r in enumerate(range(lines, n)):
        if r in totals:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1.2, NAVY))
            continue
        if k % 2 == 1:
            cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
        cmds.append(("LINEBELOW", (0, r), (-1, r), 0.5, DIVIDER))
    widths = _col_widths(t, lambda s: s, CW, st, PAD, label_share=0.32)
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return out


def render_tallpage(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    site = f"Regio Deal {name}".strip()
    host = "https://www.regiodeal" + re.sub(r"[^a-z]", "", name.lower()) + ".nl"
    projects = dossier.projects
    n = len(projects)

    def chrome(title, crumb, url, height):
        def on_page(canv, doc):
            canv.saveState()
            top = height
            # the browser's print header and footer
            canv.setFont(sans, 7)
            canv.setFillColor(GREY)
            canv.drawString(14, top - 13, "12-03-2018 14:03")
            canv.drawCentredString(WIDTH / 2, top - 13, f"{title} – {site}")
            canv.drawString(14, 7, url)
            canv.drawRightString(WIDTH - 14, 7, "1/1")
            # the site header, once
            y = top - PRINT_BAND - HEAD_H
            canv.setFillColor(NAVY)
            canv.rect(0, y, WIDTH, HEAD_H, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(bold, 14)
            canv.drawString(MARGIN, y + 17, site)
            canv.setFont(sans, 8.5)
            menu = ("Home", "Over de deal", "Projecten", "Nieuws", "Contact")
            x = WIDTH - MARGIN - sum(canv.stringWidth(m, sans, 8.5) for m in menu) - 14 * (len(menu) - 1)
            for item in menu:  # left to right, 14 pt apart, the last flush with the column
                canv.drawString(x, y + 19, item)
                x += canv.stringWidth(item, sans, 8.5) + 14
            y -= CRUMB_H
            canv.setFillColor(CRUMB_FILL)
            canv.rect(0, y, WIDTH, CRUMB_H, stroke=0, fill=1)
            canv.setFillColor(GREY)
            canv.setFont(font_for(crumb, sans), 7.5)
            canv.drawString(MARGIN, y + 7, crumb)
            # the site footer
            canv.setFillColor(FOOT_FILL)
            canv.rect(0, PRINT_BAND, WIDTH, FOOT_H, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(bold, 9)
            canv.drawString(MARGIN, PRINT_BAND + 38, f"{site} · Programmabureau")
            canv.setFillColor(LIGHT)
            canv.setFont(sans, 7.5)
            canv.drawString(MARGIN, PRINT_BAND + 20, "Privacyverklaring · Cookies · Toegankelijkheid · © 2018")
            canv.restoreState()
        return on_page

    def stories(truth):
        """One story per page: the overview, then each project."""
        themes: OrderedDict = OrderedDict()
        for pr in projects:
            themes.setdefault(pr.theme, []).append(pr)
        over: list = [para("Projecten", st["h1"]),
                      para(f"Binnen de {site} werken partners samen aan {n} projecten.", st["intro"])]
        for theme, members in themes.items():
            over.append(para(theme, st["h2theme"]))
            for pr in members:
                font = font_for(pr.title, sans)
                over.append(Paragraph(
                    f'<font name="{font}"><u>{escape(pr.title)}</u></font>'
                    f'<font color="#6F6F6F">  Lees meer ›</font>', st["link"]))
        out = [over]
        for p, pr in enumerate(projects):
            rec = truth.content(p)
            s: list = [_Tag(pr.theme, bold, truth.heading(p)), para(pr.title, st["h1"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    s += _table(row, st, rec)
                    continue
                s.append(_Divider())
                s.append(para(row.label, st["h2"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        s += _table(item, st, rec)
                    else:
                        s.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                s.append(para("Voetnoten", st["h3"]))
                s += notes_at_end(pr, rec, st["note"], st["note_more"], space=0)
            s.append(para("Deel deze pagina: LinkedIn · X · E-mail", st["share"]))
            s.append(para("↑ Terug naar boven", ParagraphStyle("tp-top2", st["top"], fontName=font_for("↑", sans))))
            out.append(s)
        return out

    titles = ["Projecten"] + [pr.title for pr in projects]
    crumbs = ["Home › Projecten"] + [f"Home › Projecten › {pr.theme}" for pr in projects]
    urls = [host + "/projecten"] + [f"{host}/projecten/{slug(pr.title)}" for pr in projects]

    def build(heights, truth, ends):
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, MAX_H), leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "tallpage"))
        templates = []
        for k, h in enumerate(heights):
            frame = Frame(MARGIN, BOTTOM, CW, h - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                          topPadding=0, bottomPadding=0, id=f"f{k}")
            templates.append(PageTemplate(f"t{k}", [frame], onPage=chrome(titles[k], crumbs[k], urls[k], h),
                                          pagesize=(WIDTH, h)))
        doc.addPageTemplates(templates)
        story: list = []
        for k, s in enumerate(stories(truth)):
            if k:
                story += [NextPageTemplate(f"t{k}"), PageBreak()]
            story += s
            story.append(_End(ends, k))
        doc.build(story)

    def once(info):
        ends: dict = {}
        build([MAX_H] * (n + 1), Truth(dossier, "tallpage"), ends)
        heights = []
        for k in range(n + 1):
            used = (MAX_H - TOP) - ends[k]
            heights.append(round(TOP + used + BOTTOM + 2, 2))
        if max(heights) > MAX_H:
            raise ValueError("a project page taller than 14,400 pt")
        truth = Truth(dossier, "tallpage")
        ends2: dict = {}
        build(heights, truth, ends2)
        assert truth.pages == n + 1, truth.pages
        return truth

    return build_until_stable(once)
