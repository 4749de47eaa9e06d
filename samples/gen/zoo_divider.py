"""One more house style for the layout zoo (see zoo.py), held out: a province's printed
programme book, laid out by a print shop as a bound document.

- divider: A4 portrait, 2.5 cm margins left and right. FRONT MATTER (six pages, numbered
           apart in roman figures, the cover not counted): a cover ("Regio Deal <name>" 30pt
           bold, "Investeringsprogramma" 16pt, no page number); the back of the cover, empty
           but for "Deze pagina is bewust leeg gelaten." centred in 9pt grey italic; a
           colophon (a few lines of publisher info: no amounts, no field labels; folio "ii");
           the CONTENTS over two pages, the first under the transcription's heading
           ("Inhoud"), the second under "<heading> (vervolg)", the projects split about in
           half between them (a theme that runs over is repeated on the second page): each
           theme as a bold line without a page number, its projects' titles indented under
           it with dot leaders to their page numbers (folios "iii" and "iv"); then an empty
           page (the back of the contents, unnumbered) so that the body opens on a right-hand
           page. THE BODY is numbered from 1 again (printed number = PDF page - 6), the folio
           "– 7 –" centred at the foot; the contents' page numbers are these printed numbers.
           THEME DIVIDERS: before the first project of each theme a right-hand page holding
           only a filled rectangle over the top 60 % of the page (edge to edge, in the
           theme's colour) with the theme's name in white bold 28pt inside it near its foot,
           and the folio; its back is an empty page. Every project starts on a right-hand
           (odd) page: where the page after the previous one would be even, an empty page
           ("Deze pagina is bewust leeg gelaten.", no folio, no header) is put in. The
           project's title in bold 16pt, no theme line over it (the theme is on the divider
           and in the running header). Serif body (Liberation Serif, else DejaVu Serif)
           10.5pt on 14pt, ragged right, 5pt after each paragraph; field labels in bold
           simulated small caps on a line of their own. Running header on the body's text
           pages (not on dividers or empty pages): the theme's name left, "Regio Deal <name>"
           right, 8pt grey, a 0.5pt rule under them. Tables (investment tables and those
           inside a field, which stay in their field) across the text column in 8.5pt: a
           simple grid, 0.5pt rules round every cell, header bold (a group header centred over
           its members), amounts right aligned, the Totaal row bold; a table breaking over
           a page repeats its header lines. Table footnotes in 8pt under the table; project
           notes as page footnotes under a short rule.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    ActionFlowable,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_agency import _col_widths, _grid, _small_caps, _TocLine, fields_with_notes
from .zoo_common import Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, meta, para
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN_X = 2.5 * cm
TOP, BOTTOM = 2.8 * cm, 2.6 * cm
FW = WIDTH - 2 * MARGIN_X
FRONT = 6                  # pages before the body's page 1
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6B6B6B")
THEME_COLOURS = [colors.HexColor(c) for c in
                 ("#1F5F8B", "#2E7D32", "#B5651D", "#6A1B9A", "#00838F", "#8E2430")]
EMPTY_TEXT = "Deze pagina is bewust leeg gelaten."
# The province that publishes the book, by the region's name.
PROVINCES = {"Twente": "Overijssel"}


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += digits
            n -= value
    return out


class _Theme:
    """The theme whose pages are being laid out (for the running header)."""
    name = ""


class _SetTheme(ActionFlowable):
    def __init__(self, state, name):
        ActionFlowable.__init__(self)
        self.state, self.name = state, name

    def apply(self, doc):
        self.state.name = self.name


class _ToRecto(ActionFlowable):
    """Ends the page and opens the next right-hand (odd) page in `template`; where the
    next page would be a left-hand one, an empty page goes in between. (The breaks go to
    the front of `story`, the list being built, when the action is met.)"""

    def __init__(self, template, story):
        ActionFlowable.__init__(self)
        self.template, self.story = template, story

    def apply(self, doc):
        out = []
        if (doc.page + 1) % 2 == 0:
            out += [NextPageTemplate("empty"), PageBreak()]
        out += [NextPageTemplate(self.template), PageBreak()]
        self.story[0:0] = out


class _Divider(Flowable):
    """The theme divider: a coloured block over the top 60 % of the page, edge to edge,
    the theme's name in white bold inside it (drawn in page coordinates)."""

    def __init__(self, title_p, colour):
        super().__init__()
        self.title_p, self.colour = title_p, colour

    def wrap(self, aW, aH):
        return aW, 1

    def drawOn(self, canv, x, y, _sW=0):
        block = 0.6 * HEIGHT
        canv.saveState()
        canv.setFillColor(self.colour)
        canv.rect(0, HEIGHT - block, WIDTH, block, stroke=0, fill=1)
        canv.restoreState()
        _, h = self.title_p.wrap(FW, 1e6)
        self.title_p.drawOn(canv, MARGIN_X, HEIGHT - block + 2.5 * cm)


def _table(t: source.Table, st, rec) -> list:
    """A simple grid across the text column: 0.5pt rules round every cell."""
    pad = 3
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, FW, st, pad, min_label=80.0)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.5, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    return [Spacer(0, 5), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


def render_divider(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    serif, bold, italic = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]

    def style(name, font=serif, size=10.5, leading=14.0, **kw):
        return ParagraphStyle(f"dv-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=5),
        "label": style("label", bold, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 16, 20, spaceAfter=14, keepWithNext=1),
        "cover": style("cover", bold, 30, 36, spaceAfter=10),
        "cover_sub": style("coversub", serif, 16, 20, textColor=GREY),
        "colophon": style("colophon", serif, 9, 12.5, textColor=GREY, spaceAfter=2),
        "divider": style("divider", bold, 28, 33, textColor=colors.white),
        "toc_h": style("toch", bold, 20, 24, spaceAfter=18),
        "toc_theme": style("toct", bold, 11, 14, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "toc": style("toc", serif, 10.5, 14, leftIndent=18),
        "note": style("note", serif, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 8.5, 10.5),
        "thead": style("th", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8.5, 10.5, alignment=TA_CENTER),
        "tbody": style("tb", serif, 8.5, 10.5), "tbody_b": style("tbb", bold, 8.5, 10.5),
        "tamount": style("ta", serif, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": style("tf", serif, 8, 10, spaceBefore=3),
    }
    name = dossier_name(dossier)
    running = f"Regio Deal {name}".strip()
    province = PROVINCES.get(name, name)
    colophon = [
        f"{running}: Investeringsprogramma",
        f"Een uitgave van de provincie {province}",
        "Tekst en redactie: programmabureau Regio Deal",
        "Vormgeving en opmaak: Studio Grafisch Oost",
        "Druk en afwerking: Drukkerij Van der Linde",
        "Deze uitgave is gedrukt op papier met het FSC-keurmerk.",
        "Niets uit deze uitgave mag worden verveelvoudigd of openbaar gemaakt zonder "
        "voorafgaande schriftelijke toestemming van de uitgever.",
    ]
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes))

    def once(info):
        truth = Truth(dossier, "divider")
        theme = _Theme()
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "divider"))

        def frame():
            return Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        def folio(canv, text):
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(serif, 9)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, text)
            canv.restoreState()

        def on_empty(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(italic, 9)
            canv.drawCentredString(WIDTH / 2, HEIGHT / 2, EMPTY_TEXT)
            canv.restoreState()

        def on_front(canv, d):
            folio(canv, _roman(canv.getPageNumber() - 1))

        def on_divider(canv, d):
            folio(canv, f"– {canv.getPageNumber() - FRONT} –")

        def on_body(canv, d):
            canv.saveState()
            y = HEIGHT - 1.6 * cm
            canv.setFillColor(GREY)
            canv.setFont(serif, 8)
            canv.drawString(MARGIN_X, y, theme.name)
            canv.drawRightString(WIDTH - MARGIN_X, y, running)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, y - 4, WIDTH - MARGIN_X, y - 4)
            canv.restoreState()
            folio(canv, f"– {canv.getPageNumber() - FRONT} –")

        doc.addPageTemplates([
            PageTemplate("cover", [frame()]),
            PageTemplate("empty", [frame()], onPage=on_empty),
            PageTemplate("front", [frame()], onPage=on_front),
            PageTemplate("divider", [frame()], onPage=on_divider),
            PageTemplate("body", [frame()], onPage=on_body,
                         onPageEnd=lambda canv, d: foot.draw(canv)),
        ])

        # cover, its empty back, colophon
        story: list = [Spacer(0, 7 * cm), para(running, st["cover"]),
                       para("Investeringsprogramma", st["cover_sub"]),
                       NextPageTemplate("empty"), PageBreak(),
                       NextPageTemplate("front"), PageBreak(), Spacer(0, 15 * cm)]
        story += [para(line, st["colophon"]) for line in colophon]

        # the contents over two pages
        def printed(p):
            start = info["starts"].get(p)
            return str(start - FRONT) if start else ""

        n = len(dossier.projects)
        half = (n + 1) // 2
        for part, (a, b) in enumerate(((0, half), (half, n))):
            heading = dossier.toc_heading if part == 0 else f"{dossier.toc_heading} (vervolg)"
            story += [PageBreak(), para(heading, st["toc_h"])]
            last_theme = None
            for p in range(a, b):
                pr = dossier.projects[p]
                if pr.theme != last_theme:
                    last_theme = pr.theme
                    story.append(para(pr.theme, st["toc_theme"]))
                story += [_TocLine(para(pr.title, st["toc"]), printed(p), st["toc"]),
                          Spacer(0, 3)]

        # the body: its first page the first theme's divider, a right-hand page
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            first_of_theme = p == 0 or dossier.projects[p - 1].theme != pr.theme
            story.append(_SetTheme(theme, pr.theme))
            if first_of_theme:
                colour = THEME_COLOURS[themes[pr.theme] % len(THEME_COLOURS)]
                story += [_ToRecto("divider", story),
                          _Divider(para(pr.theme, st["divider"]), colour)]
            story += [_ToRecto("body", story), para(pr.title, st["title"], truth.heading(p))]
            story += fields_with_notes(
                pr, st, rec, foot, lambda t, _, rec=rec: _table(t, st, rec),
                lambda field, k, rec=rec: para("", st["label"], rec,
                                               markup=_small_caps(field.label, 10.5)))
        doc.build(story)
        return truth

    return build_until_stable(once)
