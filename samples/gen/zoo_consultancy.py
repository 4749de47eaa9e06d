"""One more house style for the layout zoo (see zoo.py): a consultancy's report on the
proposals, set in a label grid.

- consultancy: the look of an advisory firm's report ("Quickscan projectvoorstellen"),
            written for the region by a fictitious firm. Portrait A4, margins 2 cm; a narrow
            sans (Liberation Sans Narrow, Arial Narrow's metrics; else DejaVu Sans Condensed)
            at 10pt on 13.5pt, ragged right. A cover (the report's title in white on a band
            in the firm's colour, the client, the firm, the month), then the contents (the
            transcription's heading; each entry as the source's contents gives it, with
            leader dots to its page), then each project on a new page.
            Every page but the cover: the firm's name at the left of the footer, the page
            number centred in the form "- 12 -", the report's title at the top right.
            A project in a two-column grid: a 3.4 cm label column and the text column, parted
            by a vertical rule in the firm's colour. The project's number ("03", 26pt, in the
            colour) stands right-aligned in the label column beside its theme (small caps,
            colour) and title (19pt bold), a thin rule across the page under them. Each field
            is a card: its label in simulated small caps, bold, coloured, right-aligned
            against the rule (wrapping there where long), its paragraphs in the text column
            with the rule running beside them; the cards are parted by a blank gap, where
            the rule breaks. A table inside a field stands in the text column.
            The investment table across the full width, under the card of the field before
            it: a header of dark cells with white bold text, centred, in the firm's own
            words (sidebar style's house words) set on two lines where they are two words
            or more ("Bijdrage" over "Rijk", "Totale" over "kosten EUR"); a group header
            ("Publiek") centred over its members; body cells light grey, every cell parted
            from the next by a white 1.5pt gutter (a white grid, invisible on white paper);
            the Totaal row bold with a thick rule in the firm's colour under it. Tables move
            whole to the next page where they do not fit; their footnotes in 8pt under them.
            Project notes as page footnotes under a short rule.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, Frame, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import (_col_widths, _grid, _small_caps, _toc_text, _TocLine,
                         fields_with_notes, house_header)
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, register_fonts, RP, Truth)
from .zoo_minutes import _year

WIDTH, HEIGHT = A4
MARGIN, TOP, BOTTOM = 2.0 * cm, 2.4 * cm, 2.6 * cm
FW = WIDTH - 2 * MARGIN
LABEL_W = 3.4 * cm                # the label column
RULE_X = LABEL_W + 7              # the vertical rule, from the frame's left edge
TEXT_X = LABEL_W + 15             # the text column
FIRM = "Hofstede & Kamp adviseurs"
COLOUR = colors.HexColor("#0B6E69")
DARK = colors.HexColor("#23313F")
CELL = colors.HexColor("#ECEFF2")
TOTAL_CELL = colors.HexColor("#DCE2E8")
INK = colors.HexColor("#1F1F1F")
GREY = colors.HexColor("#6A6A6A")

_NARROW_DIR = Path("/usr/share/fonts/truetype/liberation")
_NARROW = {"CnSans": "LiberationSansNarrow-Regular.ttf", "CnSans-Bold": "LiberationSansNarrow-Bold.ttf"}


def _fonts() -> tuple[str, str]:
    """Liberation Sans Narrow (regular, bold) where installed, else DejaVu Sans Condensed."""
    register_fonts()
    if not all((_NARROW_DIR / f).is_file() for f in _NARROW.values()):
        return "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _NARROW.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_NARROW_DIR / file)))
    return tuple(_NARROW)


class _InColumn(Flowable):
    """A flowable of a card set in the text column, the card's rule beside it (down through
    the space after it, to the next flowable of the card)."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def wrap(self, aW, aH):
        self.h = self.inner.wrap(aW - TEXT_X, aH)[1]
        return aW, self.h

    def split(self, aW, aH):
        return [_InColumn(part) for part in self.inner.split(aW - TEXT_X, aH)]

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def drawOn(self, canv, x, y, _sW=0):
        self.inner._frame = self._frame  # the paragraph's page footnotes go to this frame
        self.inner.drawOn(canv, x + TEXT_X, y)
        canv.saveState()
        canv.setStrokeColor(COLOUR)
        canv.setLineWidth(0.8)
        canv.line(x + RULE_X, y - self.getSpaceAfter(), x + RULE_X, y + self.h)
        canv.restoreState()


class _Label(Flowable):
    """A card's label, right-aligned in the label column level with the first line beside
    it; it takes no room in the flow and goes to the page of what follows it."""

    def __init__(self, p, drop):
        super().__init__()
        self.p, self.drop = p, drop
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.ph = self.p.wrap(LABEL_W, 1e6)[1]
        return aW, 0

    def getSpaceBefore(self):
        return self.p.getSpaceBefore()

    def draw(self):
        self.p.drawOn(self.canv, 0, -self.drop - self.ph)


class _Opener(Flowable):
    """The project's number in the label column, its theme and title in the text column."""

    def __init__(self, num_p, theme_p, title_p):
        super().__init__()
        self.num_p, self.theme_p, self.title_p = num_p, theme_p, title_p

    def wrap(self, aW, aH):
        self.aW = aW
        self.nh = self.num_p.wrap(LABEL_W, aH)[1]
        self.th = self.theme_p.wrap(aW - TEXT_X, aH)[1]
        self.tt = self.title_p.wrap(aW - TEXT_X, aH)[1]
        self.h = max(self.nh, self.th + 3 + self.tt) + 10
        return aW, self.h

    def draw(self):
        c = self.canv
        self.num_p.drawOn(c, 0, self.h - self.nh)
        self.theme_p.drawOn(c, TEXT_X, self.h - self.th)
        self.title_p.drawOn(c, TEXT_X, self.h - self.th - 3 - self.tt)
        c.saveState()
        c.setStrokeColor(DARK)
        c.setLineWidth(0.6)
        c.line(0, 1, self.aW, 1)
        c.restoreState()


def _two_lines(text: str) -> str:
    """Markup for a header: its first word over the rest."""
    first, _, rest = text.partition(" ")
    return escape(first) + (f"<br/>{escape(rest)}" if rest else "")


def _grid_table(t: source.Table, st, rec, width, investment) -> list:
    """Table `t` (and its footnotes) in dark header cells and light body cells parted by
    white gutters; an investment table's headers in the firm's words, on two lines."""
    pad = 4
    heads = house_header if investment else (lambda s: s)
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    for h in placed:
        style = st["tgroup"] if h.columns > 1 else st["thead"]
        rows[h.line][h.column] = para("", style, rec, markup=_two_lines(heads(h.text)))
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, lines - 1), DARK),
            ("BACKGROUND", (0, lines), (-1, -1), CELL),
            ("INNERGRID", (0, 0), (-1, -1), 1.5, colors.white)]
    for r in totals:
        cmds += [("BACKGROUND", (0, r), (-1, r), TOTAL_CELL),
                 ("LINEBELOW", (0, r), (-1, r), 2.2, COLOUR)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, heads, width, st, pad), style=TableStyle(cmds),
                  hAlign="LEFT")
    return [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]


def render_consultancy(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()

    def style(name, font=sans, size=10.0, leading=13.5, **kw):
        return ParagraphStyle(f"cs-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    label_size = 9.0
    st = {
        "body": style("body", spaceAfter=5),
        "label": style("label", bold, label_size, 11.5, textColor=COLOUR, alignment=TA_RIGHT,
                       spaceBefore=12),
        "num": style("num", bold, 26, 28, textColor=COLOUR, alignment=TA_RIGHT),
        "theme": style("theme", bold, 9, 11, textColor=COLOUR),
        "title": style("title", bold, 19, 22.5),
        "note": style("note", sans, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 8.5, 10.5, textColor=colors.white),
        "thead": style("th", bold, 8.5, 10.5, textColor=colors.white, alignment=TA_CENTER),
        "tgroup": style("tg", bold, 8.5, 10.5, textColor=colors.white, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 10.5), "tbody_b": style("tbb", bold, 8.5, 10.5),
        "tamount": style("ta", sans, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 8, 10, spaceBefore=3),
        "cover": style("cover", bold, 30, 35, textColor=colors.white),
        "cover_sub": style("coversub", sans, 15, 19, textColor=colors.white),
        "cover_meta": style("covermeta", sans, 11, 16, textColor=GREY),
        "toc_h": style("toch", bold, 20, 24, textColor=COLOUR, spaceAfter=16),
        "toc": style("toc", sans, 10.5, 14),
    }
    name = dossier_name(dossier)
    report = f"Quickscan projectvoorstellen Regio Deal {name}".strip()
    client = f"In opdracht van Regio {name}".strip()
    month = f"Maart {_year(dossier)}"

    def once(info):
        truth = Truth(dossier, "consultancy")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=90)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "consultancy"))

        def cover_page(canv, d):
            canv.saveState()
            canv.setFillColor(COLOUR)
            canv.rect(0, HEIGHT - 11 * cm, WIDTH, 11 * cm, stroke=0, fill=1)
            canv.restoreState()

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MARGIN, HEIGHT - 1.4 * cm, report)
            canv.drawString(MARGIN, 1.3 * cm, FIRM)
            canv.setFillColor(INK)
            canv.setFont(sans, 9)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()
            foot.draw(canv)

        body = Frame(MARGIN, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        cover = Frame(MARGIN, 3 * cm, FW, HEIGHT - 3 * cm - 3.2 * cm, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [cover], onPage=cover_page),
                              PageTemplate("page", [body], onPageEnd=furniture)])

        story = [para(report, st["cover"]), Spacer(0, 8), para("Eindrapport", st["cover_sub"]),
                 Spacer(0, 11 * cm), para(client, st["cover_meta"]),
                 para(FIRM, st["cover_meta"]), para(month, st["cover_meta"]),
                 NextPageTemplate("page"), PageBreak(),
                 para(dossier.toc_heading, st["toc_h"])]
        for p in range(len(dossier.projects)):
            story += [_TocLine(para(_toc_text(dossier, p), st["toc"]), page_of(info, p),
                               st["toc"]), Spacer(0, 5)]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(),
                      _Opener(para(f"{p + 1:02d}", st["num"], rec),
                              para("", st["theme"], rec, markup=_small_caps(pr.theme, 9)),
                              para(pr.title, st["title"], truth.heading(p))),
                      Spacer(0, 4)]

            def card_label(field, k, rec=rec):
                p_ = para("", st["label"], rec, markup=_small_caps(field.label, label_size))
                return _Label(p_, st["body"].fontSize - label_size)

            def place(t, inside, rec=rec):
                if inside:
                    return [_InColumn(f) for f in _grid_table(t, st, rec, FW - TEXT_X, False)]
                return [Spacer(0, 10), KeepTogether(_grid_table(t, st, rec, FW, True)), Spacer(0, 4)]

            flow = fields_with_notes(pr, st, rec, foot, place, card_label)
            story += [_InColumn(f) if isinstance(f, RP) else f for f in flow]
        doc.build(story)
        return truth

    return build_until_stable(once)
