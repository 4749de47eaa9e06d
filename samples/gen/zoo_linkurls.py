"""One more house style for the layout zoo (see zoo.py), held out: the programme's WEBSITE, a
Bootstrap 3 theme, whose "Projecten" page (every project in full, one after the other) was
printed from Chrome: Bootstrap's print stylesheet APPENDS EVERY LINK'S ADDRESS AFTER ITS TEXT
(`a[href]:after { content: " (" attr(href) ")" }`), so project titles, partner names and
row labels that are links print as "Leonardo (https://www.regiodealtwente.nl/projecten/
leonardo)", the addresses long and broken where they do not fit.

- linkurls: A4 portrait, Chrome's print margins (1.0 cm) plus the container's 15px padding:
          the text column 1.4 cm in from each side, 1.5 cm from top and bottom. CHROME PRINT
          HEADER on every page in 7pt: the print's date and time "12-3-2025 14:07" at the top
          left, the page's title "Projecten | Regio Deal <Name>" centred, 0.5 cm under the
          top edge; FOOTER 0.5 cm over the bottom edge: the page's URL
          "https://www.regiodeal<name>.nl/projecten" at the left and "<n>/<m>" at the right.
          Bootstrap's print look: everything black on white (no fills, no colours), LINKS
          UNDERLINED, THE LINK'S href IN PARENTHESES AFTER ITS TEXT, in the link's own font
          and size and underlined with it; an address too long for a whole line is broken at
          the last character that fits on the line where it starts, or after a hyphen in it
          (the theme's `a { word-break: break-all }`), one that
          does not fit the rest of a line but fits a line moves whole to the next; in a table
          cell an address does not widen its column's minimum (it breaks anywhere, its
          column is sized as if it were words of eight characters). A link to an anchor
          ("#top") prints without its address. Helvetica (DejaVu Sans for a text with a
          character Helvetica lacks) 10.5pt on 15pt, ragged right, 7.5pt after a paragraph; a
          list item hangs on its own marker. HEADINGS IN REGULAR WEIGHT (Bootstrap's
          font-weight 500 in Helvetica): page 1 opens with the BREADCRUMB "Home
          (https://www.regiodeal<name>.nl/) / Projecten" (the "Home" link underlined, its
          address after it, the "/" grey) and the page's <h1> "Projecten" (27pt) with a 9pt
          grey lead "<k> projecten". PROJECTS FLOW ON (no page breaks): a 0.75pt #EEEEEE <hr>
          15pt above each; the theme as a Bootstrap LABEL: 7.9pt bold in a 0.75pt black
          box (print: `.label {border: 1px solid #000}`), itself a link, so the box holds
          "<theme> (https://www.regiodeal<name>.nl/thema/<slug>)"; under it the TITLE as an
          <h2> in 22.5pt regular, A LINK: "<title> (https://www.regiodeal<name>.nl/projecten/
          <slug>)" underlined, the address breaking over the heading's lines. Field labels as
          <h4> (13.5pt regular, 7.5pt above, 4pt below, on their own line), the paragraphs
          under them; a table inside a field stands in its field. In the PARTNER FIELD
          ("Partijen", "Betrokken partijen") the first mention of each organisation the site
          links to (catalogue below) is a link: its name underlined, then " (<its web
          address>)", the rest of the text as written. After the project's notes a right-
          aligned "Terug naar boven" link (to "#top": no address), 9pt.
          TABLES as Bootstrap's ".table" in 9.75pt across the text width (the browser's auto
          layout, the room left over shared out in proportion): NO VERTICAL RULES, a 0.75pt
          #DDDDDD rule above every body row, a 1.5pt #DDDDDD rule under the header; 6pt
          padding; header cells bold and bottom-aligned, left over text columns and RIGHT
          over amount columns (`text-right`), a group header ("Publiek") centred over its
          members; the table's label in the top-left header cell. Body cells top-aligned,
          amounts right-aligned exactly as transcribed, the Totaal row bold. THE ROW LABELS
          OF THE COST LINES (body rows that are no total, labels of at most four words) ARE
          LINKS TO THE SUB-PROJECT'S PAGE, written as a SITE-RELATIVE href, so they print as
          "Kennispark (/projecten/<project slug>/kennispark)" underlined, the address broken
          inside the narrow label column. A table breaking over a page repeats its header
          (print: `thead {display: table-header-group}`); rows are not split. Table footnotes
          under the table in 9pt; the project's notes at its end in 9pt. At the end of the
          page the site's <footer>: an <hr>, then "© 2025 Regio Deal <Name> · Privacy
          (https://www.regiodeal<name>.nl/privacy) · Contact (https://www.regiodeal<name>.nl/
          contact)" in 9pt.

The truth records the transcription: the addresses are printed IN ADDITION to it and are no
part of any title, field or row label (tests/zoo.py's truth cannot record extra text in a
title, a field or a row label). So a reading that keeps " (https://...)" in a project's
title, in its partner field or in a row label is wrong. Links are only in the theme label,
the titles, the partner fields and the row labels (and the breadcrumb and page footer); no
word in other fields and no amount is a link. Amounts are printed as transcribed: the truth
has no "raw" object.
"""

from __future__ import annotations

import re
import unicodedata
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
SIDE, TOP = 1.4 * cm, 1.5 * cm
FW = WIDTH - 2 * SIDE
SANS, BOLD = "Helvetica", "Helvetica-Bold"
RULE = colors.HexColor("#DDDDDD")
HR = colors.HexColor("#EEEEEE")
GREY = colors.HexColor("#777777")
STAMP = "12-3-2025 14:07"
TSIZE = 9.75
PAD = 6.0

# Organisations the site links to in a partner field, with their web address.
PARTNERS = [
    ("Universiteit Twente", "https://www.utwente.nl"),
    ("Saxion", "https://www.saxion.nl"),
    ("ROC van Twente", "https://www.rocvantwente.nl"),
    ("Novel-T", "https://www.novelt.com"),
    ("Kennispark Twente", "https://www.kennispark.nl"),
    ("Regio Twente", "https://www.regiotwente.nl"),
    ("Provincie Overijssel", "https://www.overijssel.nl"),
    ("provincie Overijssel", "https://www.overijssel.nl"),
    ("Oost NL", "https://oostnl.nl"),
    ("Fraunhofer IPT", "https://www.ipt.fraunhofer.de/en.html"),
    ("ArtEZ", "https://www.artez.nl"),
    ("Waterschap Vechtstromen", "https://www.vechtstromen.nl"),
    ("Radboud Universiteit", "https://www.ru.nl"),
    ("UWV", "https://www.uwv.nl"),
    ("Provincie Zeeland", "https://www.zeeland.nl"),
    ("provincie Zeeland", "https://www.zeeland.nl"),
    ("North Sea Port", "https://www.northseaport.com"),
    ("HZ University of Applied Sciences", "https://hz.nl"),
    ("Scalda", "https://www.scalda.nl"),
    ("Impuls Zeeland", "https://www.impulszeeland.nl"),
    ("Waterschap Scheldestromen", "https://www.scheldestromen.nl"),
    ("Wageningen University & Research", "https://www.wur.nl"),
    ("Dow Benelux", "https://nl.dow.com/nl-nl/locaties/terneuzen.html"),
    ("Rijkswaterstaat Zee en Delta", "https://www.rijkswaterstaat.nl/over-ons/organisatie/zee-en-delta"),
]


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def _styles() -> dict:
    def st(name, font=SANS, size=10.5, leading=15, **kw):
        return ParagraphStyle(f"lu-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.43
    return {
        "crumb": st("crumb", SANS, 10.5, 15, spaceAfter=4),
        "h1": st("h1", SANS, 27, 30, spaceBefore=8, spaceAfter=4),
        "lead": st("lead", SANS, 9, 12, textColor=GREY, spaceAfter=4),
        "h2": st("h2", SANS, 22.5, 25, spaceBefore=6, spaceAfter=8, keepWithNext=1),
        "h4": st("h4", SANS, 13.5, 16, spaceBefore=7.5, spaceAfter=4, keepWithNext=1),
        "body": st("body", spaceAfter=7.5),
        "item": st("item", leftIndent=20, bulletIndent=6, spaceAfter=3),
        "th": st("th", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "th_r": st("thr", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "th_c": st("thc", BOLD, TSIZE, tl, alignment=TA_CENTER),
        "td": st("td", SANS, TSIZE, tl, alignment=TA_LEFT),
        "num": st("num", SANS, TSIZE, tl, alignment=TA_RIGHT),
        "td_b": st("tdb", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "num_b": st("numb", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "foot": st("foot", SANS, 9, 12, spaceBefore=3),
        "note": st("note", SANS, 9, 12, spaceAfter=3),
        "top": st("top", SANS, 9, 12, alignment=TA_RIGHT, spaceBefore=6),
        "sitefoot": st("sitefoot", SANS, 9, 12),
    }


def _link(text: str, href: str | None) -> str:
    """Markup of a link as Bootstrap prints it: underlined, its href after it (not for "#...")."""
    shown = text if href is None or href.startswith("#") else f"{text} ({href})"
    return f"<u>{escape(shown)}</u>"


def _styled(text: str, style: ParagraphStyle) -> ParagraphStyle:
    font = font_for(text, style.fontName)
    return style if font == style.fontName else ParagraphStyle(f"{style.name}-{font}", style, fontName=font,
                                                               bulletFontName=font)


def _partners(text: str, style, item, rec, seen: set) -> object:
    """A partner field's paragraph: the first mention of each catalogued organisation a link."""
    hits = []
    for name, url in PARTNERS:
        if url in seen:
            continue
        i = text.find(name)
        if i >= 0 and not any(a < i + len(name) and i < b for a, b, _ in hits):
            # not part of a longer word
            before = text[i - 1] if i else " "
            after = text[i + len(name)] if i + len(name) < len(text) else " "
            if before.isalnum() or after.isalnum():
                continue
            hits.append((i, i + len(name), url))
            seen.add(url)
    if not hits:
        return field_para(text, style, item, rec)
    hits.sort()
    out, pos = [], 0
    for a, b, url in hits:
        out.append(escape(text[pos:a]))
        out.append(_link(text[a:b], url))
        pos = b
    out.append(escape(text[pos:]))
    return para("", _styled(text, style), rec, markup="".join(out))


class ThemeLabel(Flowable):
    """Bootstrap's `.label` printed: bold 75% text in a thin black box, the link's href in it."""

    SIZE = 7.9

    def __init__(self, text):
        super().__init__()
        self.text = text
        self.font = font_for(text, BOLD)

    def wrap(self, aW, aH):
        return aW, self.SIZE * 1.6 + 18

    def draw(self):
        c = self.canv
        w = stringWidth(self.text, self.font, self.SIZE)
        h = self.SIZE * 1.6
        c.saveState()
        c.setLineWidth(0.75)
        c.roundRect(0, 0, w + 2 * 0.6 * self.SIZE, h, 2, stroke=1, fill=0)
        c.setFont(self.font, self.SIZE)
        x, y = 0.6 * self.SIZE, 0.5 * self.SIZE
        c.drawString(x, y, self.text)
        c.setLineWidth(0.5)
        c.line(x, y - 1, x + w, y - 1)
        c.restoreState()


class Rule(Flowable):
    def __init__(self, space=15, color=HR):
        super().__init__()
        self.space, self.color = space, color

    def wrap(self, aW, aH):
        self.width = aW
        return aW, self.space * 2

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.color)
        c.setLineWidth(0.75)
        c.line(0, self.space, self.width, self.space)
        c.restoreState()


def _table(t: source.Table, st, rec, width, base: str) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    numeric = [False] + [any(amount(r[c]) is not None and r[c].strip() for r in t.rows if c < len(r))
                         for c in range(1, n + 1)]
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.5, RULE)]
    measure = [(0, 1, t.label, st["th"])]
    rows[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        style = st["th_c"] if h.columns > 1 else st["th_r"] if numeric[h.column] else st["th"]
        rows[h.line][h.column] = para(h.text, style, rec)
        measure.append((h.column, h.columns, h.text, style))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for k, body in enumerate(t.rows):
        bold = is_total(body[0])
        b = "_b" if bold else ""
        label = body[0]
        if not bold and len(label.split()) <= 4:
            href = f"{base}/{slug(label)}"
            shown = f"{label} ({href})"
            row = [para("", _styled(shown, st["td"]), rec, markup=_link(label, href))]
            # the address breaks anywhere (`word-break: break-all` on links): it adds to the
            # column's unwrapped width, not to its longest word
            pieces = " ".join(href[i:i + 8] for i in range(0, len(href), 8))
            measure.append((0, 1, f"{label} ({pieces})", st["td"]))
        else:
            row = [para(label, st["td" + b], rec)]
            measure.append((0, 1, label, st["td" + b]))
        for c, text in enumerate(body[1:], 1):
            style = st[("num" if amount(text) is not None else "td") + b]
            row.append(para(text, style, rec))
            measure.append((c, 1, text, style))
        rows.append(row)
        if k:
            cmds.append(("LINEABOVE", (0, lines + k), (-1, lines + k), 0.75, RULE))
    widths = auto_widths(measure, n + 1, width, 2 * PAD + 1)
    short = width - sum(widths)
    if short > 0:
        widths = [w + short * w / sum(widths) for w in widths]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


def render_linkurls(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    site = f"https://www.regiodeal{''.join(name.lower().split())}.nl"
    title = f"Projecten | Regio Deal {name}"

    def once(info):
        truth = Truth(dossier, "linkurls")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=SIDE, rightMargin=SIDE,
                  topMargin=TOP, bottomMargin=TOP, **meta(dossier, "linkurls"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFont(SANS, 7)
            top = HEIGHT - 0.5 * cm - 6
            canv.drawString(1.0 * cm, top, STAMP)
            canv.drawCentredString(WIDTH / 2, top, title)
            canv.drawString(1.0 * cm, 0.5 * cm, f"{site}/projecten")
            canv.drawRightString(WIDTH - 1.0 * cm, 0.5 * cm, f"{page}/{max(info['total'], page)}")
            canv.restoreState()

        frame = Frame(SIDE, TOP, FW, HEIGHT - 2 * TOP, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = [
            para("", st["crumb"], markup=f"{_link('Home', site + '/')} <font color='#CCCCCC'>/</font> Projecten"),
            para("Projecten", st["h1"]),
            para(f"{len(dossier.projects)} projecten", st["lead"]),
        ]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            page_url = f"{site}/projecten/{slug(pr.title)}"
            base = f"/projecten/{slug(pr.title)}"
            story.append(Rule())
            label = ThemeLabel(f"{pr.theme} ({site}/thema/{slug(pr.theme)})")
            label.keepWithNext = 1
            story.append(label)
            story.append(para("", _styled(f"{pr.title} {page_url}", st["h2"]), truth.heading(p),
                              markup=_link(pr.title, page_url)))
            seen: set = set()

            def table(t):
                return _table(t, st, rec, FW, base)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 4), *table(row), Spacer(0, 8)]
                    continue
                story.append(para(row.label, st["h4"], rec))
                partners = "artij" in row.label.lower()
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *table(item), Spacer(0, 8)]
                    elif partners:
                        story.append(_partners(item, st["body"], st["item"], rec, seen))
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
            story.append(para("", st["top"], markup=_link("Terug naar boven", "#top")))
        story += [Rule(8, RULE),
                  para("", st["sitefoot"], markup=f"© 2025 Regio Deal {escape(name)} · "
                       f"{_link('Privacy', site + '/privacy')} · {_link('Contact', site + '/contact')}")]
        doc.build(story)
        return truth

    return build_until_stable(once)
