"""One more house style for the layout zoo (see zoo.py): display type converted to outlines.

- outlines: a design agency's brochure whose designer converted every display type to
            outlines before export (InDesign's "Create Outlines"), so those words exist only
            as vector shapes, not as text. A4 portrait; one text column 15 cm wide, 3 cm from
            each side edge. Body DejaVu Serif 10pt on 14pt, ragged right, 6pt after each
            paragraph, in near-black. The first page is the contents, all of it text: the
            transcription's heading in 20pt bold sans, each theme as a bold 10pt serif line
            over its projects' entries, each project's title with its page number at the
            right. Each project starts a new page: its theme (9pt DejaVu Sans capitals, the
            theme's text upper-cased, letter-spaced by 0.16 em) and under it its title (24pt
            DejaVu Sans Bold on 28pt, wrapping to a second line where it is wider than the
            column) are both drawn as glyph outlines filled in dark teal (#0E4D55): for each
            character its TrueType glyph, read with fontTools, is drawn as one filled path
            (moveTo/lineTo/curveTo, the quadratic curves decomposed to cubics, nonzero
            winding), set on the glyph advances of the font's hmtx without kerning, so the
            page holds no text object for either. Field labels bold 10pt serif text on a line
            of their own above the field's paragraphs. Tables (investment tables and those
            inside a field, which stay in their field) across the column in 8.5pt DejaVu Sans
            text: headers bold (amount headers right aligned, a group header such as
            "Publiek" centred over its members with a 0.5pt teal rule under it), a 0.8pt teal
            rule above the table and under its header, 0.3pt grey hairlines between the
            body rows, a 0.8pt teal rule under the last row, no vertical rules; the Totaal row
            bold; column widths from what the cells need; an investment table breaking over
            pages repeats its header lines. Table footnotes in 8pt under the table; project
            notes as page footnotes at the foot of the column under a short rule, 8pt. Footer:
            the page number centred as text, 8.5pt grey.
"""

from __future__ import annotations

from functools import lru_cache

from fontTools.pens.basePen import BasePen
from fontTools.ttLib import TTFont
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import FILL_NON_ZERO
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, fields_with_notes
from .zoo_common import (build_until_stable, Doc, FONT_DIR, FootnoteSupport, meta, page_of, para,
                         register_fonts, Truth)

WIDTH, HEIGHT = A4
FW = 15.0 * cm                      # the single text column
MARGIN_X = (WIDTH - FW) / 2
TOP, BOTTOM = 2.8 * cm, 2.6 * cm
TEAL = colors.HexColor("#0E4D55")
INK = colors.HexColor("#1C1C1C")
GREY = colors.HexColor("#707070")
HAIR = colors.HexColor("#A8A8A8")
PAD = 4.0

THEME_FACE, THEME_SIZE, THEME_TRACK = "DejaVuSans.ttf", 9.0, 0.16
TITLE_FACE, TITLE_SIZE, TITLE_LEADING = "DejaVuSans-Bold.ttf", 24.0, 28.0


# --- glyph outlines -----------------------------------------------------------------


@lru_cache(maxsize=None)
def _face(file: str):
    """(glyph set, cmap, advance widths, units per em) of a TrueType font."""
    font = TTFont(str(FONT_DIR / file))
    return (font.getGlyphSet(), font.getBestCmap(), font["hmtx"].metrics,
            font["head"].unitsPerEm)


class _PathPen(BasePen):
    """A fontTools pen drawing into a reportlab path, glyph units scaled and moved to
    (x, y); BasePen decomposes TrueType's quadratic curves into cubic ones."""

    def __init__(self, glyphs, path, x, y, scale):
        super().__init__(glyphs)
        self.path, self.x, self.y, self.k = path, x, y, scale

    def _p(self, pt):
        return self.x + pt[0] * self.k, self.y + pt[1] * self.k

    def _moveTo(self, pt):
        self.path.moveTo(*self._p(pt))

    def _lineTo(self, pt):
        self.path.lineTo(*self._p(pt))

    def _curveToOne(self, p1, p2, p3):
        self.path.curveTo(*self._p(p1), *self._p(p2), *self._p(p3))

    def _closePath(self):
        self.path.close()

    def _endPath(self):
        pass


def _glyph(file: str, ch: str) -> str:
    _, cmap, _, _ = _face(file)
    return cmap.get(ord(ch), ".notdef")


def _advance(file: str, text: str, size: float, track: float = 0.0) -> float:
    """The width of `text` set on the glyphs' advances (no kerning) plus tracking."""
    _, _, hmtx, upem = _face(file)
    return sum(hmtx[_glyph(file, ch)][0] * size / upem + track * size for ch in text)


def _draw_outlined(canv, file: str, text: str, size: float, x: float, y: float,
                   track: float = 0.0) -> None:
    """`text` at baseline (x, y) as filled glyph paths, one path per glyph."""
    glyphs, _, hmtx, upem = _face(file)
    k = size / upem
    for ch in text:
        name = _glyph(file, ch)
        if not ch.isspace():
            path = canv.beginPath()
            glyphs[name].draw(_PathPen(glyphs, path, x, y, k))
            canv.drawPath(path, fill=1, stroke=0, fillMode=FILL_NON_ZERO)
        x += hmtx[name][0] * k + track * size


def _wrap(file: str, text: str, size: float, width: float, track: float = 0.0) -> list[str]:
    """Words greedily on lines no wider than `width` (a word wider than it on its own)."""
    lines: list[str] = []
    for word in text.split():
        if lines and _advance(file, f"{lines[-1]} {word}", size, track) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


class _Opener(Flowable):
    """A project's theme and title as outlines in teal: the theme letter-spaced capitals,
    the title in large bold sans on as many lines as it needs. Reports the page it is
    drawn on as the project's heading page."""

    GAP = 7.0    # theme's baseline to the title's first line's top
    AFTER = 18.0

    def __init__(self, theme: str, title: str, rec_theme, rec_title):
        super().__init__()
        self.theme, self.title = theme.upper(), title
        self.rec_theme, self.rec_title = rec_theme, rec_title

    def wrap(self, aW, aH):
        self.aW = aW
        self.theme_lines = _wrap(THEME_FACE, self.theme, THEME_SIZE, aW, THEME_TRACK)
        self.title_lines = _wrap(TITLE_FACE, self.title, TITLE_SIZE, aW)
        self.h = (len(self.theme_lines) * THEME_SIZE * 1.4 + self.GAP
                  + len(self.title_lines) * TITLE_LEADING)
        return aW, self.h

    def getSpaceAfter(self):
        return self.AFTER

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(TEAL)
        y = self.h
        for line in self.theme_lines:
            y -= THEME_SIZE * 1.4
            _draw_outlined(c, THEME_FACE, line, THEME_SIZE, 0, y + THEME_SIZE * 0.3, THEME_TRACK)
        y -= self.GAP
        for line in self.title_lines:
            y -= TITLE_LEADING
            _draw_outlined(c, TITLE_FACE, line, TITLE_SIZE, 0, y + (TITLE_LEADING - TITLE_SIZE) + 2)
        c.restoreState()
        page = c.getPageNumber()
        self.rec_theme(page)
        self.rec_title(page)


# --- tables -------------------------------------------------------------------------


def _table(t: source.Table, st, rec, investment: bool) -> list:
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, TEAL),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, TEAL),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, TEAL)]
    if len(rows) - lines > 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.3, HAIR))
    cmds += [("SPAN", a, b) for a, b in spans]
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.5, TEAL))
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, PAD, min_label=80.0),
                  repeatRows=lines if investment else 0, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 10)]


# --- the document -------------------------------------------------------------------


def render_outlines(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    serif, serif_b, sans, sans_b = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSans", "DejaVuSans-Bold"

    def style(name, font=serif, size=10.0, leading=14.0, colour=INK, **kw):
        return ParagraphStyle(f"ol-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=colour, **kw)

    st = {
        "body": style("body", spaceAfter=6),
        "label": style("label", serif_b, 10, 14, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "toc_h": style("toch", sans_b, 20, 25, TEAL, spaceAfter=18),
        "toc_theme": style("toct", serif_b, 10, 14, spaceBefore=10, spaceAfter=2, keepWithNext=1),
        "toc": style("toc", serif, 10, 14),
        "toc_page": style("tocp", serif, 10, 14, alignment=TA_RIGHT),
        "note": style("note", serif, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", sans_b, 8.5, 11),
        "thead": style("th", sans_b, 8.5, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", sans_b, 8.5, 11, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 11), "tbody_b": style("tbb", sans_b, 8.5, 11),
        "tamount": style("ta", sans, 8.5, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", sans_b, 8.5, 11, alignment=TA_RIGHT),
        "tfoot": style("tf", serif, 8, 10, spaceBefore=3),
    }

    def once(info):
        truth = Truth(dossier, "outlines")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=70)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "outlines"))

        def folio(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 8.5)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=folio, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme, st["toc_theme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), _Opener(pr.theme, pr.title, rec, truth.heading(p))]
            story += fields_with_notes(
                pr, st, rec, foot,
                lambda t, inside, rec=rec: _table(t, st, rec, investment=not inside))
        doc.build(story)
        return truth

    return build_until_stable(once)
