"""One more house style for the layout zoo (see zoo.py), held out: a policy document that a
regional programme office writes in Word, with hyperlinks in the text and Word's ENDNOTES
instead of footnotes.

- endnotes: A4 portrait, margins 2.5 cm all round (a 16 cm text column). The body in a
            Calibri-like sans (Liberation Sans, Arial's metrics; else DejaVu Sans) at 10.5pt
            on 14pt, ragged right, 6pt after each paragraph; a list item (it keeps the
            source's marker) as "List Paragraph": the marker at 0.63 cm, the text at 1.27 cm
            (its later lines too), 2pt between items, 6pt after the last; a character the
            font lacks ("⁴", "₂") is set in DejaVu Sans on its own. Running header 1.25 cm from the top edge on
            every page: the document title ("Regio Deal <name> – Uitwerking
            projectvoorstellen") at the left in 8pt grey; footer: the page number at the right
            in 9pt grey, 1.25 cm from the bottom edge. Page 1 is a Word contents page: the
            transcription's contents heading ("Inhoud") as "TOC Heading" (the Heading 1 look,
            with its rule), then one "TOC 1" entry per Heading 1 of the document (each
            project's title, and "Eindnoten") joined by a dot leader to its page number at the
            right margin. Each project starts on a new page: its theme as a small coloured
            line (9pt, accent blue #4472C4), the title as Heading 1 (16pt, #2F5496, not bold;
            a long title on two lines) with a 0.75pt accent rule under it (the style's bottom
            border). Field labels as Heading 2 (12pt bold #2F5496) on their own line, 10pt
            above, 3pt below. HYPERLINKS: Word's "Hyperlink" character style, blue (#0563C1)
            with a thin (0.5pt) blue underline, and a real link annotation in the PDF: every
            web address in the text or an endnote (Word's AutoFormat links "https://..." and
            "www...."), the first "bijlage" reference of a project (a link to the annex
            file), and in each project the first mention of up to three organisations or
            programmes the office links to their web site (catalogue below: "Universiteit
            Twente", "Saxion", "Human Capital Agenda", "provincie Zeeland", "North Sea Port"
            ...), in the order they occur; not in the "Naam Project" field, not in tables.
            The words are the transcription's: only their colour and the underline change.
            TABLES (investment tables, and those inside a field, which stay in their field)
            in Word's "Grid Table 4 – Accent 1" across the text column at 9pt (down to 7.5pt
            where its columns need it): the header line(s) filled with the accent colour,
            white bold text, a group header ("Publiek") centred over its members, single
            headers right-aligned over their amounts, the table's label as the header of the
            row-label column; body rows banded (the first, third ... body row filled #D9E2F3,
            the others white), 0.5pt tinted (#8EAADB) borders round every body cell; the first
            column bold (Word's default "First Column" option), amounts and other value
            cells right-aligned, the Totaal row bold throughout. Above the table a Word
            caption "Tabel N: <label>" (N counted through the document) in 9pt italic
            blue-grey (#44546A), kept on the page of the table's header and first body row; the
            table breaks between rows, its header lines repeated on the next page;
            the table's footnotes under it in 8.5pt. The transcription's page breaks are not
            reproduced.

            ENDNOTES. The project notes are not at the page foot: after the last project, on
            a new page, a Heading 1 "Eindnoten" (it is in the contents), Word's endnote
            separator (a 0.5pt rule 5 cm long), then every note of the document in order
            (project by project, each project's notes in the transcription's order), each as
            "<mark> <text>" in 9pt on 11pt (a note's later paragraphs under it without a
            mark), 3pt after each note. THE MARKS: Word's default endnote number format is
            i, ii, iii ..., but tests/zoo.py compares each field's whole text with the
            transcription and has no way (unlike a table cell's "raw") to record a field
            printed otherwise; so this office set the number format to "1, 2, 3" (Word's
            Footnote and Endnote dialog) and the marks in the text are the transcription's
            superscripts as printed ("¹", "²" ...; the Twente notes happen to be numbered
            through the document already). The notes' texts are only moved to the end.

The truth record: a project runs from the page of its title to the page of its last field
text or table; the "Eindnoten" section belongs to no project (its notes are not counted to
their projects' page ranges). Cells are printed as transcribed: no "raw" record.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts
from .zoo_common import FALLBACK, Doc, Truth, build_until_stable, dossier_name, font_for, meta, page_of, para
from .zoo_leaders import _TocEntry

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
HEAD_DIST = 1.25 * cm                   # Word's header and footer distance
INK = colors.black
GREY = colors.HexColor("#595959")
ACCENT = colors.HexColor("#4472C4")     # Office theme: Accent 1
HEADING = colors.HexColor("#2F5496")    # Accent 1, darker 25%: Heading 1 and 2
BAND = colors.HexColor("#D9E2F3")       # Accent 1, lighter 80%: banded rows
BORDER = colors.HexColor("#8EAADB")     # Accent 1, lighter 40%: Grid Table 4 borders
CAPTION = colors.HexColor("#44546A")    # Text 2: the Caption style
LINK = "#0563C1"                        # the Hyperlink character style
CELL_PAD = 5.4                          # Word's default cell margins (0.19 cm)
ENDNOTES = "Eindnoten"
MAX_NAMED_LINKS = 3                     # linked organisations/programmes per project

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_URL = re.compile(r"(?:https?://|www\.)[^\s,;()\"']+")
_BIJLAGE = re.compile(r"\b[Bb]ijlage(?: \d+)?\b")

# The organisations and programmes the office links to their web sites on first mention.
_SITES = [
    ("Universiteit Twente", "https://www.utwente.nl"),
    ("ROC van Twente", "https://www.rocvantwente.nl"),
    ("Saxion", "https://www.saxion.nl"),
    ("Novel-T", "https://www.novelt.com"),
    ("Kennispark Twente", "https://www.kennispark.nl"),
    ("Provincie Overijssel", "https://www.overijssel.nl"),
    ("provincie Overijssel", "https://www.overijssel.nl"),
    ("Regio Twente", "https://www.regiotwente.nl"),
    ("Agenda voor Twente", "https://www.regiotwente.nl/agenda-voor-twente"),
    ("Human Capital Agenda", "https://www.regiotwente.nl/human-capital-agenda"),
    ("Twente Index", "https://www.twente-index.nl"),
    ("Regio Envelop", "https://www.regiodeals.nl"),
    ("Oost NL", "https://oostnl.nl"),
    ("Port of Twente", "https://www.portoftwente.com"),
    ("Werkplein Twente", "https://www.werkpleintwente.nl"),
    ("HZ University of Applied Sciences", "https://hz.nl"),
    ("Scalda", "https://www.scalda.nl"),
    ("Provincie Zeeland", "https://www.zeeland.nl"),
    ("provincie Zeeland", "https://www.zeeland.nl"),
    ("North Sea Port", "https://www.northseaport.com"),
    ("Impuls Zeeland", "https://www.impulszeeland.nl"),
    ("Waterschap Scheldestromen", "https://www.scheldestromen.nl"),
    ("Zeeuwse Vereniging Dorpskernen", "https://www.zvdk.nl"),
    ("Wageningen University", "https://www.wur.nl"),
    ("Rijkswaterstaat", "https://www.rijkswaterstaat.nl"),
    ("ZLTO", "https://www.zlto.nl"),
]
_SITE_RE = re.compile(r"\b(?:" + "|".join(re.escape(n) for n, _ in
                                          sorted(_SITES, key=lambda s: -len(s[0]))) + r")\b")
_HREF = dict(_SITES)


def _url_spans(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _URL.finditer(text):
        url = m.group().rstrip(".:")
        out.append((m.start(), m.start() + len(url),
                    url if url.startswith("http") else f"https://{url}"))
    return out


def _project_links(pr: source.Project) -> dict[tuple[int, int], list[tuple[int, int, str]]]:
    """(row, item) -> [(start, end, href)] of the links in that paragraph: every web address,
    the project's first "bijlage" reference and the first mention of up to MAX_NAMED_LINKS
    catalogued organisations/programmes (one link per web site)."""
    links: dict[tuple[int, int], list] = {}
    seen_sites: set[str] = set()
    bijlage = False
    for r, row in enumerate(pr.rows):
        if not isinstance(row, source.Field) or row.label.strip().casefold().startswith("naam"):
            continue
        for i, item in enumerate(row.content):
            if not isinstance(item, str):
                continue
            spans = _url_spans(item)

            def taken(a, b, spans=spans):
                return any(a < e and s < b for s, e, _ in spans)

            if not bijlage:
                m = _BIJLAGE.search(item)
                if m and not taken(m.start(), m.end()):
                    bijlage = True
                    spans.append((m.start(), m.end(), "Bijlagen%20projectvoorstellen.pdf"))
            for m in _SITE_RE.finditer(item):
                href = _HREF[m.group()]
                if len(seen_sites) >= MAX_NAMED_LINKS or href in seen_sites:
                    continue
                if taken(m.start(), m.end()):
                    continue
                seen_sites.add(href)
                spans.append((m.start(), m.end(), href))
            if spans:
                links[(r, i)] = sorted(spans)
    return links


def _chars(text: str, font: str) -> str:
    """Escaped `text`, each character `font` lacks in its stand-in (Word's font
    substitution for single characters)."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs:
        return escape(text)
    stand_in = FALLBACK.get(font, "DejaVuSans")
    return "".join(escape(ch) if ord(ch) in glyphs or ch.isspace()
                   else f'<font name="{stand_in}">{escape(ch)}</font>' for ch in text)


def _rich(text: str, font: str, links=()) -> str:
    """Markup for `text` with its links in the Hyperlink style."""
    out, at = [], 0
    for start, end, href in links:
        out.append(_chars(text[at:start], font))
        out.append(f'<a href="{escape(href)}"><font color="{LINK}">'
                   f'<u color="{LINK}" width="0.5" offset="-1.6">'
                   f'{_chars(text[start:end], font)}</u></font></a>')
        at = end
    out.append(_chars(text[at:], font))
    return "".join(out)


def _text(text: str, style: ParagraphStyle, rec=None, links=()):
    return para("", style, rec, markup=_rich(text, style.fontName, links))


def _item(text: str, st, rec, links=(), last=False):
    """A list item as "List Paragraph": its marker hanging, the text at 1.27 cm; no space
    between items (Word's contextual spacing), the body's after the last."""
    m = _LIST_ITEM.match(text)
    marker = m.group().strip()
    cut = m.end()
    rest = text[cut:]
    shifted = [(s - cut, e - cut, h) for s, e, h in links if s >= cut]
    style = st["item_last" if last else "item"]
    bullet_font = font_for(marker, style.fontName)
    if bullet_font != style.bulletFontName:
        style = ParagraphStyle(f"{style.name}-{bullet_font}", style, bulletFontName=bullet_font)
    return para("", style, rec,
                markup=f"<bullet>{escape(marker)}</bullet>{_rich(rest, style.fontName, shifted)}")


def _styles(sans, bold, italic):
    def style(name, font=sans, size=10.5, leading=14.0, **kw):
        return ParagraphStyle(f"en-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=6),
        "item": style("item", leftIndent=1.27 * cm, bulletIndent=0.63 * cm, bulletFontName=sans,
                      spaceAfter=2),
        "item_last": style("iteml", leftIndent=1.27 * cm, bulletIndent=0.63 * cm,
                           bulletFontName=sans, spaceAfter=6),
        "theme": style("theme", sans, 9, 11, textColor=ACCENT, spaceAfter=2, keepWithNext=1),
        "h1": style("h1", sans, 16, 20, textColor=HEADING, keepWithNext=1),
        "h2": style("h2", bold, 12, 15, textColor=HEADING, spaceBefore=10, spaceAfter=3,
                    keepWithNext=1),
        "toc": style("toc", sans, 10.5, 14, spaceAfter=5),
        "caption": style("cap", italic, 9, 11, textColor=CAPTION, spaceBefore=6, spaceAfter=3),
        "tfoot": style("tf", sans, 8.5, 10.5, spaceBefore=2),
        "note": style("note", sans, 9, 11, spaceAfter=3),
        "note_more": style("notem", sans, 9, 11, spaceAfter=3),
        "style": style,
    }


def _table_styles(st, sans, bold, size):
    style = st["style"]
    lead = round(size * 1.2, 2)
    white = {"textColor": colors.white}
    return {
        "tlabel": style(f"tl{size}", bold, size, lead, **white),
        "thead": style(f"th{size}", bold, size, lead, alignment=TA_RIGHT, **white),
        "tgroup": style(f"tg{size}", bold, size, lead, alignment=TA_CENTER, **white),
        "tbody": style(f"tb{size}", bold, size, lead),      # the bold first column
        "tbody_b": style(f"tbb{size}", bold, size, lead),
        "tamount": style(f"ta{size}", sans, size, lead, alignment=TA_RIGHT),
        "tamount_b": style(f"tab{size}", bold, size, lead, alignment=TA_RIGHT),
    }


def _fits(t: source.Table, ts) -> list[float] | None:
    return _col_widths(t, lambda s: s, FW, ts, CELL_PAD, label_share=0.36, min_label=90.0,
                       squeeze=False)


def _grid_table(t: source.Table, number: int, st, fonts, rec) -> list:
    """Caption above, the table in Grid Table 4 – Accent 1, its footnotes under it."""
    sans, bold, _ = fonts
    size = 9.0
    ts = _table_styles(st, sans, bold, size)
    widths = _fits(t, ts)
    while widths is None and size > 7.5:
        size -= 0.5
        ts = _table_styles(st, sans, bold, size)
        widths = _fits(t, ts)
    if widths is None:
        widths = _col_widths(t, lambda s: s, FW, ts, CELL_PAD, min_label=90.0)
    rows, spans, _, _ = _grid(t, ts, rec, label=bool(t.header))
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("GRID", (0, lines), (-1, -1), 0.5, BORDER)]
    if lines:
        cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
                 ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
                 ("GRID", (0, 0), (-1, lines - 1), 0.5, ACCENT)]
    for k in range(len(t.rows)):
        if k % 2 == 0:  # Word's band 1: the first body row, the third ...
            cmds.append(("BACKGROUND", (0, lines + k), (-1, lines + k), BAND))
    cmds += [("SPAN", a, b) for a, b in spans]
    if len(rows) > lines + 1:
        cmds.append(("NOSPLIT", (0, 0), (-1, lines)))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    cap = para(f"Tabel {number}: {t.label}", st["caption"], rec)
    # the caption keeps with the table's first row (Word's "keep with next"); the table
    # itself breaks between rows, its header lines repeated
    table.wrap(FW, 1e6)
    need = cap.wrap(FW, 1e6)[1] + cap.getSpaceBefore() + cap.getSpaceAfter() + \
        sum(table._rowHeights[:lines + 1]) + 2
    return [CondPageBreak(need), cap, table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 8)]


class _Rule(Flowable):
    """A horizontal rule: Word's endnote separator."""

    def __init__(self, width, thickness=0.5, color=INK, space_before=4, space_after=6):
        super().__init__()
        self.w, self.t, self.c = width, thickness, color
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aW, aH):
        return self.w, self.t

    def draw(self):
        self.canv.saveState()
        self.canv.setStrokeColor(self.c)
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.t / 2, self.w, self.t / 2)
        self.canv.restoreState()


def _heading_rule():
    return HRFlowable(width="100%", thickness=0.75, color=ACCENT, spaceBefore=3,
                      spaceAfter=10, hAlign="LEFT")


def _fields(pr: source.Project, st, rec, place) -> list:
    """The project's fields under Heading 2 labels, tables where they stand."""
    links = _project_links(pr)
    story: list = []
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += place(row)
            continue
        story.append(para(row.label, st["h2"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += place(item)
                continue
            here = links.get((r, i), ())
            if _LIST_ITEM.match(item):
                nxt = row.content[i + 1] if i + 1 < len(row.content) else None
                last = not (isinstance(nxt, str) and _LIST_ITEM.match(nxt))
                story.append(_item(item, st, rec, here, last))
            else:
                story.append(_text(item, st["body"], rec, here))
    return story


def render_endnotes(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    sans, bold, italic = fonts
    st = _styles(sans, bold, italic)
    name = dossier_name(dossier)
    running = f"Regio Deal {name} – Uitwerking projectvoorstellen".replace("  ", " ")
    notes = [n for pr in dossier.projects for n in pr.notes]

    def once(info):
        truth = Truth(dossier, "endnotes")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "endnotes"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, sans), 8)
            canv.drawString(MARGIN, HEIGHT - HEAD_DIST - 8, running)
            canv.setFont(sans, 9)
            canv.drawRightString(WIDTH - MARGIN, HEAD_DIST, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture)])

        story: list = [para(dossier.toc_heading, st["h1"]), _heading_rule()]
        for p, pr in enumerate(dossier.projects):
            story.append(_TocEntry(pr.title, page_of(info, p), st["toc"], 0))
        if notes:
            story.append(_TocEntry(ENDNOTES, str(info["starts"].get(ENDNOTES, "") or ""),
                                   st["toc"], 0))

        counter = [0]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["h1"], truth.heading(p)), _heading_rule()]

            def place(t, rec=rec):
                counter[0] += 1
                return _grid_table(t, counter[0], st, fonts, rec)

            story += _fields(pr, st, rec, place)

        if notes:
            def at_endnotes(page):
                # not a project: kept beside the projects' first pages (which the stable loop
                # compares), so the contents can give its page; Truth.record ignores it
                truth.first.setdefault(ENDNOTES, page)

            story += [PageBreak(), para(ENDNOTES, st["h1"], at_endnotes), _heading_rule(),
                      _Rule(5 * cm)]
            for note in notes:
                for j, t in enumerate(note.text or ("",)):
                    text = f"{note.mark} {t}" if j == 0 else t
                    story.append(_text(text, st["note"] if j == 0 else st["note_more"], None,
                                       _url_spans(text)))
        doc.build(story)
        return truth

    return build_until_stable(once)
