"""One more house style for the layout zoo (see zoo.py), held out: the print-ready PDF a
design agency sends to the printer (the PDF/X look) for an ordinary one-column report.

- printready: THE PAGE IS LARGER THAN THE DESIGN. The MediaBox is the A4 trim size plus
        3 mm bleed plus a 12 mm slug on every side (240 x 327 mm); the TrimBox (A4) and the
        BleedBox (A4 + 3 mm) are set on every page and the design is drawn at the trim
        area's position. Printer's marks outside the trim, in the Separation colour "All"
        (registration black): CROP MARKS at the four corners (two 0.25pt lines per corner,
        5 mm long, starting 3 mm from the trim corner), a REGISTRATION TARGET (a circle
        with a crosshair) at the middle of each side outside the bleed, a COLOUR BAR (ten
        5 mm squares in CMYK tints) in the top slug, and a 6pt SLUG LINE in the bottom slug
        on every page: "RegioDeal_<name>_def.indd   <n>   29-11-2026   14:03" (n the page
        number, the same time on every page). The design: A4, 2 cm margins, Helvetica
        (WinAnsi; a character it lacks, such as "⁴" or "₂", set in DejaVu Sans on its own)
        10pt on 13pt, ragged right, 4pt after a paragraph, list items hanging on their
        marker; field labels bold 10pt on a line of their own, 8pt above. KERNED TEXT, as
        InDesign's optical kerning exports it: every text line is one PDF TJ array whose
        words carry kerning adjustments between some of their letter pairs (-20 to +30
        thousandths of an em: a few classic pairs, "Te", "Vo", "r.", and about one pair in
        five otherwise, digits and points of amounts included), with the normal space
        characters between the words; the headings are TRACKED +50/1000 em by a TJ
        adjustment between every two characters (spaces included). Each theme opens with a
        14pt bold heading (a new page where less than 8 cm is left), each project with its
        title in 12pt bold (a new page where less than 5 cm is left); projects flow on.
        Tables (investment tables and those inside a field) across the column in 8pt,
        kerned like the body: only horizontal 0.25pt hairlines (above the header, under
        every row), a light grey fill (K 12%) behind the header lines, the table label over
        the first column, single headers right-aligned, a group header ("Publiek") centred
        over its members, amounts right-aligned as transcribed, the Totaal row bold, header
        lines repeated where a table breaks; table footnotes in 7pt under it. Project notes
        at the end of the project in 7.5pt under a short rule. Page numbers centred at the
        foot of the trim area (8pt); page 1 is the contents: the heading ("Inhoud", tracked),
        each theme in bold, its projects' titles with their page numbers flush right.
"""

from __future__ import annotations

import re
import zlib

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, is_total, meta, page_of, register_fonts

TRIM_W, TRIM_H = A4
BLEED, SLUG = 3 * mm, 12 * mm
OFF = BLEED + SLUG                              # the trim's corner on the page
PAGE = (TRIM_W + 2 * OFF, TRIM_H + 2 * OFF)     # the MediaBox
TRIM_BOX = (OFF, OFF, OFF + TRIM_W, OFF + TRIM_H)
BLEED_BOX = (OFF - BLEED, OFF - BLEED, OFF + TRIM_W + BLEED, OFF + TRIM_H + BLEED)
MARGIN = 2 * cm
FW = TRIM_W - 2 * MARGIN

SLUG_DATE, SLUG_TIME = "29-11-2026", "14:03"

INK = colors.CMYKColor(0, 0, 0, 1)
GREY_FILL = colors.CMYKColor(0, 0, 0, 0.12)
REGISTRATION = colors.CMYKColorSep(1, 1, 1, 1, spotName="All")
COLOUR_BAR = [(1, 0, 0, 0), (0, 1, 0, 0), (0, 0, 1, 0), (0, 0, 0, 1), (1, 1, 0, 0),
              (0, 1, 1, 0), (1, 0, 1, 0), (0.5, 0, 0, 0), (0, 0.5, 0, 0), (0, 0, 0, 0.5)]

SANS, BOLD = "Helvetica", "Helvetica-Bold"
STAND_IN = {SANS: "DejaVuSans", BOLD: "DejaVuSans-Bold"}
TRACKING = 50           # thousandths of an em between every two characters of a heading

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

# InDesign-like kerning (thousandths of an em; negative tightens) of some classic pairs;
# other pairs get a value from a hash of the pair, about one in five.
_PAIRS = {"Te": -20, "To": -20, "Tr": -15, "Ta": -20, "Va": -20, "Vo": -15, "Ve": -15,
          "Wa": -15, "We": -10, "Ye": -20, "Yo": -20, "av": -10, "va": -10, "ve": -10,
          "ov": -5, "r.": -20, "r,": -15, "y.": -15, "ij": 10, "rt": 5, "fi": -5, "ff": -5,
          "1.": 10, "11": 15, "LT": -20, "P.": -20, "f.": -10, "ty": -5}
_HASHED = (-20, -15, -10, -5, 5, 10, 15, 20, 25, 30)


def _kern(a: str, b: str) -> int:
    if a + b in _PAIRS:
        return _PAIRS[a + b]
    h = zlib.crc32((a + b).encode("utf-8"))
    return _HASHED[(h // 5) % len(_HASHED)] if h % 5 == 0 else 0


def _runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` in runs of one font: the WinAnsi face where it has the character, else its
    TrueType stand-in."""
    out: list[tuple[str, str]] = []
    for ch in text:
        try:
            ch.encode("cp1252")
            f = font
        except UnicodeEncodeError:
            f = STAND_IN[font]
        if out and out[-1][0] == f:
            out[-1] = (f, out[-1][1] + ch)
        else:
            out.append((f, ch))
    return out


def _items(text: str, font: str, tracking: bool) -> list[tuple[str, list]]:
    """A line's text as [(font, [str | adjustment, ...])]: the adjustments in TJ units
    (thousandths of an em, positive moves left), kerning inside words or tracking between
    every two characters."""
    out: list[tuple[str, list]] = []
    chars = list(text)
    fonts = []
    for f, run in _runs(text, font):
        fonts += [f] * len(run)
    for k, ch in enumerate(chars):
        f = fonts[k]
        if not out or out[-1][0] != f:
            out.append((f, []))
        seq = out[-1][1]
        if seq and isinstance(seq[-1], str):
            seq[-1] += ch
        else:
            seq.append(ch)
        if k + 1 < len(chars):
            nxt = chars[k + 1]
            if tracking:
                adj = -TRACKING
            elif ch != " " and nxt != " " and fonts[k + 1] == f:
                adj = -_kern(ch, nxt)
            else:
                adj = 0
            if adj:
                seq.append(adj)
    return out


def _width(text: str, font: str, size: float, tracking: bool = False) -> float:
    w = 0.0
    for f, seq in _items(text, font, tracking):
        for x in seq:
            w += stringWidth(x, f, size) if isinstance(x, str) else -x * size / 1000.0
    return w


def _emit(canv, x: float, y: float, text: str, font: str, size: float, tracking: bool) -> None:
    """One line as raw text operators: a TJ array per font run."""
    doc = canv._doc
    ops = [f"BT {x:.3f} {y:.3f} Td"]
    for f, seq in _items(text, font, tracking):
        face = pdfmetrics.getFont(f)
        parts: list[tuple[str, list[str]]] = []  # (internal font name, TJ entries)
        for x_ in seq:
            if not isinstance(x_, str):
                if parts:
                    parts[-1][1].append(str(x_))
                continue
            if face._dynamicFont:
                for subset, b in face.splitString(x_, doc):
                    name = face.getSubsetInternalName(subset, doc)
                    if not parts or parts[-1][0] != name:
                        parts.append((name, []))
                    parts[-1][1].append(f"({canv._escape(b)})")
            else:
                name = doc.getInternalFontName(f)
                if not parts or parts[-1][0] != name:
                    parts.append((name, []))
                for _, b in pdfmetrics.unicode2T1(x_, [face]):
                    parts[-1][1].append(f"({canv._escape(b)})")
        for name, entries in parts:
            ops.append(f"{name} {size:g} Tf [{' '.join(entries)}] TJ")
    ops.append("ET")
    canv._code.append(" ".join(ops))


class Kerned(Flowable):
    """A paragraph set line by line in TJ arrays (kerned, or tracked where `tracking`),
    ragged (or right-aligned / centred, per the style's alignment); reports the page it
    is drawn on. A list item hangs on its marker; a word wider than the column shrinks
    the type."""

    def __init__(self, text: str, style: ParagraphStyle, rec=None, tracking=False,
                 cont=False):
        super().__init__()
        self.text, self.style, self.rec, self.tracking = text, style, rec, tracking
        self.cont = cont
        self.spaceBefore = style.spaceBefore
        self.spaceAfter = style.spaceAfter
        self.keepWithNext = getattr(style, "keepWithNext", 0)
        self.hang = 11.0 if _LIST_ITEM.match(text) and style.alignment == TA_LEFT else 0.0
        self._key = None

    def _layout(self, aW):
        if self._key == aW:
            return
        st = self.style
        font, size = st.fontName, st.fontSize
        words = self.text.split()
        room = aW - self.hang
        widest = max((_width(w, font, size, self.tracking) for w in words), default=0.0)
        if widest > room:
            size = max(4.5, int(size * (room - 1) / widest * 10) / 10)
        self.size = size
        self.lead = st.leading * size / st.fontSize
        gap = _width(" ", font, size)
        lines, line, used = [], [], 0.0
        for w in words:
            ww = _width(w, font, size, self.tracking)
            avail = aW - (self.hang if (lines or self.cont) else 0.0)
            if line and used + gap + ww > avail:
                lines.append(line)
                line, used = [], 0.0
            used += (gap if line else 0.0) + ww
            line.append(w)
        if line or not lines:
            lines.append(line)
        self.lines = [" ".join(x) for x in lines]
        self._key = aW

    def wrap(self, aW, aH):
        self._layout(aW)
        self.width = aW
        self.height = len(self.lines) * self.lead
        return aW, self.height

    def split(self, aW, aH):
        self._layout(aW)
        fit = int((aH + 1e-6) // self.lead)
        n = len(self.lines)
        if fit >= n:
            return [self]
        if fit < 2 or n - fit < 2:  # no orphan, no widow
            fit = min(fit, n - 2)
            if fit < 2:
                return []
        head = Kerned(" ".join(self.lines[:fit]), self.style, self.rec, self.tracking, self.cont)
        tail = Kerned(" ".join(self.lines[fit:]), self.style, self.rec, self.tracking, True)
        head.spaceAfter = 0
        tail.spaceBefore = 0
        tail.hang = head.hang = self.hang
        return [head, tail]

    def draw(self):
        c = self.canv
        st = self.style
        c.saveState()
        c.setFillColor(st.textColor if st.textColor is not None else INK)
        y = self.height - self.size
        for k, line in enumerate(self.lines):
            x = self.hang if (k or self.cont) else 0.0
            if st.alignment in (TA_RIGHT, TA_CENTER):
                w = _width(line, st.fontName, self.size, self.tracking)
                x = self.width - w if st.alignment == TA_RIGHT else (self.width - w) / 2
            if line:
                _emit(c, x, y, line, st.fontName, self.size, self.tracking)
            y -= self.lead
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _Rule(Flowable):
    def __init__(self, width, space=8):
        super().__init__()
        self.w, self.spaceBefore = width, space

    def wrap(self, aW, aH):
        return self.w, 5

    def draw(self):
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.w, 3)


def _styles():
    def style(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"pr-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=INK, **kw)

    return {
        "body": style("body", spaceAfter=4),
        "label": style("label", BOLD, 10, 13, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", BOLD, 14, 18, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "title": style("title", BOLD, 12, 15.5, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "tlabel": style("tl", BOLD, 8, 10),
        "thead": style("th", BOLD, 8, 10, alignment=TA_RIGHT),
        "tgroup": style("tg", BOLD, 8, 10, alignment=TA_CENTER),
        "tbody": style("tb", SANS, 8, 10),
        "tbody_b": style("tbb", BOLD, 8, 10),
        "tamount": style("ta", SANS, 8, 10, alignment=TA_RIGHT),
        "tamount_b": style("tab", BOLD, 8, 10, alignment=TA_RIGHT),
        "tfoot": style("tf", SANS, 7, 9, spaceBefore=3),
        "note": style("note", SANS, 7.5, 9.5, spaceAfter=1.5),
        "toc_h": style("toch", BOLD, 18, 22, spaceAfter=14),
        "toc_theme": style("toct", BOLD, 10, 13, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "toc": style("toc", SANS, 10, 13),
        "toc_page": style("tocp", SANS, 10, 13, alignment=TA_RIGHT),
    }


def _table(t: source.Table, st, rec, investment: bool) -> list:
    """Only horizontal hairlines, a light grey header fill; kerned cells."""
    n, lines = t.columns, len(t.header)
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    grid[0][0] = Kerned(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        grid[h.line][h.column] = Kerned(h.text, st["tgroup"] if h.columns > 1 else st["thead"],
                                        rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [Kerned(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
        row += [Kerned(x, st["tamount_b"] if bold else st["tamount"], rec) if x else ""
                for x in body[1:]]
        grid.append(row)
    pad = 3.0
    widths = _col_widths(t, lambda s: s, FW, st, pad, min_label=80.0)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), GREY_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.25, INK),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1))))
    table = Table(grid, colWidths=widths, repeatRows=lines if investment else 0,
                  style=TableStyle(cmds), hAlign="LEFT")
    table.spaceBefore, table.spaceAfter = 6, 4
    return [table] + [Kerned(f, st["tfoot"], rec) for f in t.footnotes]


def _marks(canv, page: int, slug: str) -> None:
    """Crop marks, registration targets, the colour bar and the slug line."""
    x0, y0, x1, y1 = TRIM_BOX
    canv.saveState()
    canv.setStrokeColor(REGISTRATION)
    canv.setLineWidth(0.25)
    near, far = BLEED, BLEED + 5 * mm
    for cx, sx in ((x0, -1), (x1, 1)):
        for cy, sy in ((y0, -1), (y1, 1)):
            canv.line(cx + sx * near, cy, cx + sx * far, cy)   # along the trim's edge
            canv.line(cx, cy + sy * near, cx, cy + sy * far)
    r, arm, out = 2.5 * mm, 3.5 * mm, BLEED + 5.5 * mm
    mx, my = (x0 + x1) / 2, (y0 + y1) / 2
    for tx, ty in ((mx, y1 + out), (mx, y0 - out), (x0 - out, my), (x1 + out, my)):
        canv.circle(tx, ty, r, stroke=1, fill=0)
        canv.line(tx - arm, ty, tx + arm, ty)
        canv.line(tx, ty - arm, tx, ty + arm)
    side = 5 * mm
    for k, cmyk in enumerate(COLOUR_BAR):
        canv.setFillColor(colors.CMYKColor(*cmyk))
        canv.rect(x0 + 20 * mm + k * side, y1 + BLEED + 4 * mm, side, side, stroke=0, fill=1)
    canv.setFillColor(REGISTRATION)
    canv.setFont(SANS, 6)
    canv.drawString(x0 + 6 * mm, y0 - BLEED - 6 * mm, f"{slug}   {page}   {SLUG_DATE}   {SLUG_TIME}")
    canv.restoreState()


def render_printready(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    slug = f"RegioDeal_{dossier_name(dossier).replace(' ', '')}_def.indd"

    def once(info):
        truth = Truth(dossier, "printready")
        doc = Doc(str(pdf_path), truth, pagesize=PAGE, leftMargin=OFF + MARGIN,
                  rightMargin=OFF + MARGIN, topMargin=OFF + MARGIN, bottomMargin=OFF + MARGIN,
                  **meta(dossier, "printready"))
        frame = Frame(OFF + MARGIN, OFF + MARGIN, FW, TRIM_H - 2 * MARGIN, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.setTrimBox(TRIM_BOX)
            canv.setBleedBox(BLEED_BOX)
            _marks(canv, page, slug)
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(SANS, 8)
            canv.drawCentredString(OFF + TRIM_W / 2, OFF + 1.1 * cm, str(page))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        story: list = [Kerned(dossier.toc_heading, st["toc_h"], tracking=True)]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(Kerned(pr.theme, st["toc_theme"]))
            story.append(Table([[Kerned(pr.title, st["toc"]),
                                 Kerned(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 36, 36], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        story.append(PageBreak())

        last_theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(CondPageBreak(8 * cm))
                story.append(Kerned(pr.theme, st["theme"], rec, tracking=True))
            else:
                story.append(CondPageBreak(5 * cm))
            story.append(Kerned(pr.title, st["title"], truth.heading(p), tracking=True))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, investment=True)
                    continue
                story.append(Kerned(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, investment=False)
                    else:
                        story.append(Kerned(item, st["body"], rec))
            if pr.notes:
                story.append(_Rule(80))
                for note in pr.notes:
                    for j, t in enumerate(note.text or ("",)):
                        story.append(Kerned(f"{note.mark} {t}" if j == 0 else t, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
