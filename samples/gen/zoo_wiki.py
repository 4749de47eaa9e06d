"""One more house style for the layout zoo (see zoo.py), held out: the dossier kept as a page
tree in a team WIKI (Confluence) and printed from the browser, one print per page, the prints
joined into one PDF.

- wiki: A4 portrait, the browser's print margins (1.5 cm top and bottom, 1.8 cm at the sides);
        a sans (Liberation Sans, else DejaVu Sans) 9.5pt on 14pt in the wiki's ink (#172B4D),
        ragged right. BROWSER PRINT HEADER on every page, 7pt grey, 0.7 cm under the top
        edge: the print's date and time at the left ("14-05-2018 16:32"), the printed page's
        title at the centre ("<page title> - Regio Deal <Name> - Confluence"); FOOTER 0.7 cm
        over the bottom edge: the page's URL at the left (".../wiki/spaces/RD<X>/pages/<id>/
        <title with + for spaces>", cut with "…" after 92 characters) and "N/M" at the right,
        COUNTED PER PRINT (every project's pages run 1/M ... M/M, the numbers restart where
        the next print starts). No other running header.
        Print 1 is the PARENT PAGE: a breadcrumb "Regio Deal <Name> / Programmabureau" (8pt
        grey), the page title "Projectvoorstellen" (19pt bold), the byline, one line of
        intro text, then the transcription's contents heading ("Inhoud") as a 13pt bold
        heading over a CHILDREN list: every theme as a bulleted link (link blue #0052CC), its
        projects' titles as bulleted links nested under it; no page numbers.
        Every project is a CHILD PAGE printed on its own (a new page): a breadcrumb
        "Regio Deal <Name> / Projectvoorstellen / <theme>" (8pt grey, wrapping), the page
        title (the project's title, 19pt bold on 23pt), then the BYLINE in 7.5pt grey: a
        grey avatar disc with the owner's initials in white, "Eigenaar: <name> · Laatst
        bijgewerkt door <name> op <date> · <k> min. leestijd".
        Then a PAGE PROPERTIES table across the text width: a two-column grid (every cell
        ruled 0.75pt #C1C7D0), the LABEL COLUMN 4.4 cm wide SHADED #F4F5F7 with the label in
        bold 9pt, the value cell white in 9.5pt: first "Thema" (the theme) and "Status" (a
        green STATUS LOZENGE: a rounded #E3FCEF box holding "INGEDIEND" in 7pt bold
        #006644), then the project's LEADING SHORT FIELDS (those from the first on that hold
        no table and no list item and at most 400 characters in at most two paragraphs; the
        first field that is not short ends the run), each a row, its paragraphs in the
        value cell. The REST OF THE FIELDS are EXPANDED EXPAND MACROS, in the transcription's
        order: a drawn chevron (a vector "v", no text) and the field's label in 10.5pt
        REGULAR weight (not bold) in the ink colour, 10pt above it; the field's paragraphs
        under it indented 16pt, 5pt apart; list items hang on their marker.
        FUNDING TABLES (the investment tables where they stand among the fields, tables in a
        field inside the expand's indent) as the wiki draws a table with "header row" AND
        "header column" on: a full 0.75pt #C1C7D0 grid, 5pt padding, the HEADER LINE(S) AND
        THE FIRST COLUMN both SHADED #F4F5F7 and BOLD (the Totaal row's label too, its
        amounts regular like every amount), EVERY CELL LEFT-ALIGNED, amounts as well, printed
        exactly as transcribed; the table's label in the top-left cell (spanning the header
        lines), a group header ("Publiek") one merged cell over its members, its text at the
        left. Column widths by the browser's auto layout (each column its widest unwrapped
        text where the table fits, else the longest words plus a share of the rest). A
        table breaks between rows and goes on WITHOUT its header (the wiki writes no
        <thead>). Table footnotes as plain 8.5pt grey (#6B778C) paragraphs under the table.
        PROJECT NOTES in an INFO PANEL at the end of the page: a pale blue box (#DEEBFF, no
        border) with a blue disc and a white "i" drawn at its top left (vectors), the notes
        in 8.5pt beside it, the mark first; a panel splits between notes.
        Then the page's FOOT: "Labels" lozenges (grey rounded boxes, 7.5pt: "regio-deal",
        "<name>", "<first two words of the theme, hyphenated>"), and the COMMENTS: "<k>
        reacties" (10.5pt bold; "1 reactie", "Geen reacties") and k comments (k = the
        project's index mod 3), each an avatar disc, the author in bold 8.5pt, the comment's text in
        9pt, "14 mei 2018 · Beantwoorden · Vind ik leuk" in 7pt grey under it.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed; the
page properties grid is a ruled grid of keys and values: its "Thema" and "Status" rows count as
each project's first table, one no golden cell names (-1 in "table_order"), as the template
house's cover block does. A project's pages are those of its print, from its title to
its last comment (everything on a child page's print belongs to that project); the parent
page belongs to none.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_common import (Doc, LIST_ITEM, Truth, auto_widths, build_until_stable, dossier_name,
                         field_para, font_for, meta, para, tables_of)
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
MX, MT, MB = 1.8 * cm, 1.5 * cm, 1.5 * cm
FW = WIDTH - 2 * MX

INK = colors.HexColor("#172B4D")
SUBTLE = colors.HexColor("#6B778C")
LINK = colors.HexColor("#0052CC")
BORDER = colors.HexColor("#C1C7D0")
TH_FILL = colors.HexColor("#F4F5F7")
INFO_FILL = colors.HexColor("#DEEBFF")
LOZ_FILL = colors.HexColor("#E3FCEF")
LOZ_INK = colors.HexColor("#006644")
LABEL_FILL = colors.HexColor("#EBECF0")
AVATAR = colors.HexColor("#8993A4")

SIZE, LEAD = 9.5, 14.0
TSIZE, TLEAD = 9.0, 12.0
PAD = 5.0
PROP_LABEL_W = 4.4 * cm
INDENT = 16.0
SHORT_CHARS = 400

PEOPLE = ("Marieke de Vries", "Jeroen Kamphuis", "Sanne Oude Nijhuis", "Bart Verschoor",
          "Ilse Wolbers", "Ruben Scheper")
COMMENTS = ("Bedankt, ik heb de tekst doorgenomen en heb geen aanvullingen.",
            "Kunnen we deze pagina voor de stuurgroep van juni klaarzetten?",
            "Akkoord vanuit ons team, de partijen zijn geïnformeerd.",
            "Ik heb de opmaak van de tabel nog even rechtgetrokken.")
DATES = ("3 mei 2018", "7 mei 2018", "9 mei 2018", "11 mei 2018", "14 mei 2018")


def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"wk-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, "alignment": TA_LEFT, **kw})

    return {
        "crumb": style("crumb", sans, 8, 10.5, textColor=SUBTLE, spaceAfter=6, keepWithNext=1),
        "title": style("title", bold, 19, 23, spaceAfter=4, keepWithNext=1),
        "byline": style("byline", sans, 7.5, 10, textColor=SUBTLE),
        "h2": style("h2", bold, 13, 17, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "body": style("body", spaceAfter=5),
        "item": style("item", leftIndent=14, bulletIndent=2, bulletFontName=sans, spaceAfter=3),
        "ebody": style("ebody", leftIndent=INDENT, spaceAfter=5),
        "eitem": style("eitem", leftIndent=INDENT + 14, bulletIndent=INDENT + 2,
                       bulletFontName=sans, spaceAfter=3),
        "expand": style("expand", sans, 10.5, 14, leftIndent=15, spaceBefore=10, spaceAfter=3,
                        keepWithNext=1),
        "link": style("link", sans, textColor=LINK, leftIndent=14, bulletIndent=3,
                      bulletFontName=sans, bulletColor=INK, spaceAfter=1),
        "link2": style("link2", sans, textColor=LINK, leftIndent=32, bulletIndent=21,
                       bulletFontName=sans, bulletColor=INK, spaceAfter=1),
        "plabel": style("plabel", bold, TSIZE, TLEAD),
        "pvalue": style("pvalue", sans, SIZE, 13, spaceAfter=3),
        "pitem": style("pitem", sans, SIZE, 13, leftIndent=12, bulletIndent=0,
                       bulletFontName=sans, spaceAfter=3),
        "th": style("th", bold, TSIZE, TLEAD),
        "td": style("td", sans, TSIZE, TLEAD),
        "tfoot": style("tfoot", sans, 8.5, 11, textColor=SUBTLE, spaceBefore=2),
        "note": style("note", sans, 8.5, 11.5, spaceAfter=2),
        "loz": style("loz", bold, 7, 8.5, textColor=LOZ_INK),
        "tag": style("tag", sans, 7.5, 9, textColor=INK),
        "ccount": style("ccount", bold, 10.5, 14, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "cauthor": style("cauthor", bold, 8.5, 11, leftIndent=24),
        "ctext": style("ctext", sans, 9, 12.5, leftIndent=24),
        "cmeta": style("cmeta", sans, 7, 9, textColor=SUBTLE, leftIndent=24, spaceAfter=7),
    }


# --- small drawn pieces -----------------------------------------------------------------


def _initials(name: str) -> str:
    words = [w for w in name.split() if w[0].isupper()]
    return (words[0][0] + words[-1][0]) if len(words) > 1 else name[:2].upper()


class Byline(Flowable):
    """The avatar disc and the byline text beside it."""

    def __init__(self, owner, text, st, bold):
        super().__init__()
        self.owner, self.st, self.bold = owner, st, bold
        self.p = para(text, st["byline"])

    def wrap(self, aW, aH):
        self.pw, self.ph = self.p.wrap(aW - 24, aH)
        self.width, self.height = aW, max(self.ph, 18) + 10
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(AVATAR)
        c.circle(9, self.height - 9, 9, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 6.5)
        c.drawCentredString(9, self.height - 9 - 2.3, _initials(self.owner))
        c.restoreState()
        self.p.drawOn(c, 24, self.height - 9 - self.ph / 2 - 1)


class Chevron(Flowable):
    """The expand macro's open chevron, drawn at the left of the label line that follows."""

    def __init__(self):
        super().__init__()
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        return aW, 0

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(SUBTLE)
        c.setLineWidth(1.2)
        # the label's first line sits 10pt (spaceBefore) under this point; its x-height middle
        y = -10 - 14 + 6.5
        p = c.beginPath()
        p.moveTo(2, y + 2.2)
        p.lineTo(5.5, y - 1.6)
        p.lineTo(9, y + 2.2)
        c.drawPath(p, stroke=1, fill=0)
        c.restoreState()


class Lozenge(Flowable):
    """A rounded box around a short capitals text (a status or a label tag)."""

    def __init__(self, texts, style, fill, rec=None, gap=4):
        super().__init__()
        self.texts, self.style, self.fill, self.rec, self.gap = texts, style, fill, rec, gap

    def _w(self, t):
        return stringWidth(t, self.style.fontName, self.style.fontSize) + 8

    def wrap(self, aW, aH):
        self.lines = [[]]
        x = 0.0
        for t in self.texts:
            w = self._w(t)
            if x and x + w > aW:
                self.lines.append([])
                x = 0.0
            self.lines[-1].append(t)
            x += w + self.gap
        self.width = max(sum(self._w(t) + self.gap for t in line) for line in self.lines)
        self.height = len(self.lines) * (self.style.fontSize + 8)
        return self.width, self.height

    def draw(self):
        c = self.canv
        h = self.style.fontSize + 5
        y = self.height
        for line in self.lines:
            y -= self.style.fontSize + 8
            x = 0.0
            for t in line:
                w = self._w(t)
                c.saveState()
                c.setFillColor(self.fill)
                c.roundRect(x, y + 1, w, h, 2.5, stroke=0, fill=1)
                c.setFillColor(self.style.textColor)
                c.setFont(self.style.fontName, self.style.fontSize)
                c.drawString(x + 4, y + 1 + (h - self.style.fontSize) / 2 + 1, t)
                c.restoreState()
                x += w + self.gap
        if self.rec:
            self.rec(c.getPageNumber())


class InfoIcon(Flowable):
    def wrap(self, aW, aH):
        return 14, 14

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(LINK)
        c.circle(7, 7, 6.5, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.rect(6.2, 2.8, 1.6, 5, stroke=0, fill=1)
        c.circle(7, 10.3, 1.0, stroke=0, fill=1)
        c.restoreState()


class CommentAvatar(Flowable):
    """An avatar disc at the left of the comment that follows."""

    def __init__(self, name, bold):
        super().__init__()
        self.name, self.bold = name, bold
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        return aW, 0

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(AVATAR)
        c.circle(8, -8, 8, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.bold, 6)
        c.drawCentredString(8, -10.2, _initials(self.name))
        c.restoreState()


# --- tables -------------------------------------------------------------------------------


def _table(t: source.Table, st, rec, width, indent=0.0) -> list:
    """The table `width` wide; `indent` in from the left (inside an expand: an empty first
    column that takes no part in the grid, so the table still splits between rows)."""
    n, lines = t.columns, len(t.header)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    cells_for_widths = [(0, 1, t.label, st["th"])]
    rows[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        cells_for_widths.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        rows.append([para(body[0], st["th"], rec)] + [para(x, st["td"], rec) for x in body[1:]])
        cells_for_widths.append((0, 1, body[0], st["th"]))
        cells_for_widths += [(c + 1, 1, x, st["td"]) for c, x in enumerate(body[1:])]
    widths = auto_widths([(c, s, x, style) for c, s, x, style in cells_for_widths], n + 1, width,
                         2 * PAD + 1)
    k = 0
    if indent:
        k = 1
        rows = [[""] + r for r in rows]
        spans = [((a[0] + 1, a[1]), (b[0] + 1, b[1])) for a, b in spans]
        widths = [indent] + widths
    cmds = [("GRID", (k, 0), (-1, -1), 0.75, BORDER),
            ("BACKGROUND", (k, 0), (-1, lines - 1), TH_FILL),
            ("BACKGROUND", (k, 0), (k, -1), TH_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD - 1), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    foot = ParagraphStyle(f"wk-tfoot-{indent}", st["tfoot"], leftIndent=indent) if indent else st["tfoot"]
    out += [para(f, foot, rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _props_table(rows_in, st, rec) -> Table:
    """The page properties: (label, [paragraph texts] or a flowable) rows."""
    data = []
    for label, value in rows_in:
        if isinstance(value, Flowable):
            cell = [value]
        else:
            cell = [field_para(v, st["pvalue"], st["pitem"], rec) for v in value] or [""]
        data.append([para(label, st["plabel"], rec), cell])
    cmds = [("GRID", (0, 0), (-1, -1), 0.75, BORDER),
            ("BACKGROUND", (0, 0), (0, -1), TH_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
            ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    return Table(data, colWidths=[PROP_LABEL_W, FW - PROP_LABEL_W], style=TableStyle(cmds),
                 hAlign="LEFT", spaceBefore=8, spaceAfter=4)


def _is_short(row) -> bool:
    if not isinstance(row, source.Field):
        return False
    texts = [c for c in row.content if isinstance(c, str)]
    if len(texts) != len(row.content) or not texts or len(texts) > 2:
        return False
    if any(LIST_ITEM.match(t) for t in texts):
        return False
    return sum(len(t) for t in texts) <= SHORT_CHARS


def _slug(text: str) -> str:
    words = re.findall(r"[0-9A-Za-zÀ-ÿ]+", text.lower())
    return "-".join(words[:2]) or "project"


# --- the document ----------------------------------------------------------------------


class _WikiTruth(Truth):
    """The truth record with each project's page properties as a table the golden cells do
    not name (-1) before its own."""

    def record(self) -> dict:
        return {**super().record(),
                "table_order": {pr.title: [-1, *range(len(tables_of(pr)))] for pr in self.dossier.projects}}


def render_wiki(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    site = re.sub(r"[^a-z]", "", name.lower()) or "regio"
    space = f"RD{site[:3].upper()}"
    base_url = f"https://regiodeal-{site}.atlassian.net/wiki/spaces/{space}/pages"

    def url_of(k, title):
        u = f"{base_url}/{98231400 + 17 * k}/{'+'.join(title.split())}"
        return u if len(u) <= 92 else u[:91] + "…"

    def once(info):
        truth = _WikiTruth(dossier, "wiki")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "wiki"))
        starts = [info["starts"].get(p, 0) for p in range(len(dossier.projects))]
        total = info["total"]

        def print_of(page):
            """(print index: -1 the parent page, else the project; first page; last page)."""
            k, first = -1, 1
            for p, s in enumerate(starts):
                if s and page >= s:
                    k, first = p, s
            nxt = [s for s in starts if s and s > page]
            last = (min(nxt) - 1) if nxt else max(total, page)
            return k, first, last

        def on_page(canv, d):
            page = canv.getPageNumber()
            k, first, last = print_of(page)
            title = "Projectvoorstellen" if k < 0 else dossier.projects[k].title
            canv.saveState()
            canv.setFillColor(SUBTLE)
            canv.setFont(sans, 7)
            canv.drawString(MX, HEIGHT - 0.7 * cm, "14-05-2018 16:32")
            head = f"{title} - Regio Deal {name} - Confluence"
            canv.setFont(font_for(head, sans), 7)
            canv.drawCentredString(WIDTH / 2, HEIGHT - 0.7 * cm, head)
            url = url_of(k + 1, title)
            canv.setFont(font_for(url, sans), 7)
            canv.drawString(MX, 0.7 * cm, url)
            canv.setFont(sans, 7)
            canv.drawRightString(WIDTH - MX, 0.7 * cm, f"{page - first + 1}/{max(last - first + 1, 1)}")
            canv.restoreState()

        frame = Frame(MX, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        # the parent page
        story: list = [para(f"Regio Deal {name} / Programmabureau", st["crumb"]),
                       para("Projectvoorstellen", st["title"]),
                       Byline(PEOPLE[0], f"Eigenaar: {PEOPLE[0]} · Laatst bijgewerkt door "
                                         f"{PEOPLE[1]} op 14 mei 2018 · 1 min. leestijd", st, bold),
                       para(f"Op deze pagina en de onderliggende pagina's staan de projectvoorstellen "
                            f"voor de Regio Deal {name}, elk project op een eigen pagina.", st["body"]),
                       para(dossier.toc_heading, st["h2"])]
        themes: list[str] = []
        for pr in dossier.projects:
            if pr.theme not in themes:
                themes.append(pr.theme)
        for theme in themes:
            story.append(para("", st["link"], markup=f"<bullet>•</bullet>{escape(theme)}"))
            for pr in dossier.projects:
                if pr.theme == theme:
                    story.append(para("", st["link2"], markup=f"<bullet>◦</bullet>{escape(pr.title)}"))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            owner, editor = PEOPLE[p % len(PEOPLE)], PEOPLE[(p + 2) % len(PEOPLE)]
            story.append(para(f"Regio Deal {name} / Projectvoorstellen / {pr.theme}", st["crumb"]))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            chars = sum(len(c) for row in pr.rows if isinstance(row, source.Field)
                        for c in row.content if isinstance(c, str))
            story.append(Byline(owner, f"Eigenaar: {owner} · Laatst bijgewerkt door {editor} op "
                                       f"{DATES[p % len(DATES)]} · {max(1, round(chars / 1200))} min. leestijd",
                                st, bold))
            rows = list(pr.rows)
            props: list = [("Thema", [pr.theme]),
                           ("Status", Lozenge(["INGEDIEND"], st["loz"], LOZ_FILL, rec))]
            while rows and _is_short(rows[0]):
                f = rows.pop(0)
                props.append((f.label, list(f.content)))
            story.append(_props_table(props, st, rec))
            for row in rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                    continue
                story.append(Chevron())
                story.append(para(row.label, st["expand"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, FW - INDENT, INDENT)
                    else:
                        story.append(field_para(item, st["ebody"], st["eitem"], rec))
            if pr.notes:
                data = []
                for note in pr.notes:
                    texts = note.text or ("",)
                    cell = [para(f"{note.mark} {t}" if j == 0 else t, st["note"], rec)
                            for j, t in enumerate(texts)]
                    data.append([InfoIcon() if not data else "", cell])
                story.append(Spacer(0, 8))
                story.append(Table(data, colWidths=[26, FW - 26], hAlign="LEFT", style=TableStyle([
                    ("BACKGROUND", (0, 0), (-1, -1), INFO_FILL),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (0, -1), 8), ("LEFTPADDING", (1, 0), (1, -1), 4),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)])))
            # the page's foot: labels, comments
            story.append(Spacer(0, 14))
            story.append(CondPageBreak(60))
            story.append(para("Labels", ParagraphStyle("wk-lh", st["cauthor"], leftIndent=0,
                                                       textColor=SUBTLE, spaceAfter=3), rec))
            story.append(Lozenge(["regio-deal", site, _slug(pr.theme)], st["tag"], LABEL_FILL, rec))
            k = p % 3
            story.append(para({0: "Geen reacties", 1: "1 reactie"}.get(k, f"{k} reacties"), st["ccount"], rec))
            for j in range(k):
                who = PEOPLE[(p + 3 + j) % len(PEOPLE)]
                story.append(CommentAvatar(who, bold))
                story.append(para(who, st["cauthor"], rec))
                story.append(para(COMMENTS[(p + j) % len(COMMENTS)], st["ctext"], rec))
                story.append(para(f"{DATES[(p + j + 1) % len(DATES)]} · Beantwoorden · Vind ik leuk",
                                  st["cmeta"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
