"""One more house style for the layout zoo (see zoo.py), held out: a municipality's
accountant-style dossier whose funding tables break over pages with carry rows.

- transport: A4 portrait, margins 2.5 cm all round (a 16 cm text column), made in Word. Body
           in a serif (Liberation Serif, Times' metrics; else DejaVu Serif) at 10pt on 13pt,
           justified, 5pt after each paragraph; a list item keeps the source's marker and
           hangs on it. Page 1 opens with "Regio Deal <name>" (16pt bold) and the line
           "Bijlage: projectvoorstellen" (11pt italic). Projects flow on (no page breaks).
           Each theme as a centred line in CAPITALS (11pt bold, letter-spaced by Word's
           "expanded" feel: plain capitals) before the first project of that theme. Each project
           starts with "Project N. <title>" in 13pt bold. Field labels in bold SMALL CAPS
           (capitals at full size, lower case as 80% capitals) on a line of their own, 8pt
           above. Page footer "blz. N" centred, 9pt. Project notes as page footnotes (8pt under
           a short rule; notes whose mark is nowhere go with the project's last paragraph).
           FUNDING TABLES (investment tables and those inside a field, which stay in their
           field) in LARGE type: cells 11pt on 13.5pt (the header 10pt bold on a light grey
           fill), every row at least 22pt high (cells top-aligned, Word's default; the header cells centred), a 0.5pt grid
           all round; the row-label column wide (at least 4.4 cm, the value columns at most
           2.6 cm, 3.6 cm in a table of one or two value columns) so that labels wrap; the
           table's label in the header's corner cell; amounts right-aligned and printed as
           transcribed ("1.650.000", "6,33 mln.", "-", "-*"); the Totaal row bold with a 1pt
           rule above it. MOST TABLES BREAK OVER A PAGE, in the Dutch bookkeeping manner:
           the last row on the page is a CARRY ROW in italic, "Transport" (in every other
           table "Subtotaal (over te brengen)"), giving for every value column the sum of the
           body rows so far (this page and the earlier ones); the next page repeats the header
           and starts with the carry row again, "Transport" (or "Van vorige pagina"), with
           the same sums; then the remaining rows and the real Totaal row. The sums are those
           of what can be added: a plain amount ("1.650.000", "€ 75.000", "-500", marks
           stripped) counts; "6,33 mln.", "-", text and empty cells do not; rows labelled
           "Totaal"/"Subtotaal" are not added; the carry is written like the amounts (dots for
           thousands, "-" for a nil) and carries no footnote mark. A table of at least three
           body rows that would fit where it stands is still broken after its second body
           row: it is pushed down the page (blank space above it) so that only its header,
           two rows and the carry row fit; where that push would leave more than half a page
           blank, the table starts where it stands and a page break follows its carry row.
           Smaller tables, and tables without any amount (milestones), stay whole unless
           they do not fit (those break plainly, without carry rows, header repeated).
           Table footnotes under the table in 8.5pt.

The carry rows are not cells of the transcription: the truth records the source's rows only
(tests/zoo.py finds a row by its index), so a reader must drop them. Every cell prints as
transcribed, so no "raw" is recorded.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _markup
from .zoo_common import (FALLBACK, build_until_stable, Doc, dossier_name, FootnoteSupport,
                         is_total, meta, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
INK = colors.black
HEAD_FILL = colors.HexColor("#D9D9D9")

CELL = 11.0
CELL_LEAD = 13.5
ROW_MIN = 22.0
PAD_V = (ROW_MIN - CELL_LEAD) / 2
MIN_LABEL_W = 4.4 * cm
MAX_VALUE_W = 2.6 * cm
MAX_VALUE_W_FEW = 3.6 * cm

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_SERIF = {"TpSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "TpSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "TpSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic"),
          "TpSerif-BoldItalic": ("LiberationSerif-BoldItalic.ttf", "DejaVuSerif-Bold")}

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_PLAIN = re.compile(r"(?:€\s?)?(-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _fonts() -> tuple[str, str, str, str]:
    """Liberation Serif (regular, bold, italic, bold italic), else DejaVu Serif."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _SERIF.values()):
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-Bold"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _SERIF.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("TpSerif", normal="TpSerif", bold="TpSerif-Bold",
                                  italic="TpSerif-Italic", boldItalic="TpSerif-BoldItalic")
    return tuple(_SERIF)


def _text(text: str, style: ParagraphStyle, rec=None):
    markup = _markup(text, style.fontName)
    return para(text, style, rec) if markup is None else para("", style, rec, markup=markup)


def _small_caps(text: str, size: float) -> str:
    """Word's small caps as markup: lower case as capitals at 80% of the size."""
    out, run, small = [], "", None
    for ch in text:
        s = ch.islower()
        if small is not None and s != small:
            out.append(f'<font size="{size * 0.8:.1f}">{escape(run.upper())}</font>' if small
                       else escape(run))
            run = ""
        small = s
        run += ch
    if run:
        out.append(f'<font size="{size * 0.8:.1f}">{escape(run.upper())}</font>' if small
                   else escape(run))
    return "".join(out)


def _styles(fonts):
    serif, bold, italic, _bi = fonts

    def style(name, font=serif, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"tp-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", alignment=TA_JUSTIFY, spaceAfter=5),
        "item": style("item", leftIndent=12, firstLineIndent=-12, spaceAfter=3),
        "label": style("label", bold, 10, 13, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", bold, 11, 14, alignment=TA_CENTER, spaceBefore=14,
                       spaceAfter=8, keepWithNext=1),
        "title": style("title", bold, 13, 16, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "doc": style("doc", bold, 16, 20, spaceAfter=4),
        "sub": style("sub", italic, 11, 14, spaceAfter=18),
        "note": style("note", serif, 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "tfoot": style("tf", serif, 8.5, 10.5, spaceBefore=3),
        "head": style("th", bold, 10, 12, alignment=TA_CENTER),
        "corner": style("tc", bold, 10, 12),
        "cell_l": style("cl", serif, CELL, CELL_LEAD),
        "cell_r": style("cr", serif, CELL, CELL_LEAD, alignment=TA_RIGHT),
        "tot_l": style("tl", bold, CELL, CELL_LEAD),
        "tot_r": style("tr", bold, CELL, CELL_LEAD, alignment=TA_RIGHT),
        "car_l": style("kl", italic, CELL, CELL_LEAD),
        "car_r": style("kr", italic, CELL, CELL_LEAD, alignment=TA_RIGHT),
    }


# --- the carry sums --------------------------------------------------------------------

def _plain(text: str) -> Decimal | None:
    m = _PLAIN.fullmatch(text.rstrip(_MARKS).strip())
    if not m:
        return None
    try:
        return Decimal(m.group(1).replace(".", "").replace(",", "."))
    except InvalidOperation:
        return None


def _written(value: Decimal) -> str:
    """Like the amounts: dots for thousands, a comma before decimals, "-" for a nil."""
    if value == 0:
        return "-"
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole = int(value)
    frac = value - whole
    text = f"{whole:,}".replace(",", ".")
    if frac:
        text += "," + str(frac.normalize()).split(".")[1]
    return sign + text


def _adds(label: str) -> bool:
    low = label.strip().lower()
    return not (is_total(label) or low.startswith(("subtotaal", "sub-totaal", "subtotal")))


def _carry(t: source.Table, upto: int) -> list[str]:
    """The carry of body rows 0..upto (inclusive), column by column."""
    sums = [Decimal(0)] * t.columns
    for r in t.rows[:upto + 1]:
        if not _adds(r[0]):
            continue
        for c, text in enumerate(r[1:t.columns + 1]):
            v = _plain(text)
            if v is not None:
                sums[c] += v
    return [_written(s) for s in sums]


# --- the table ---------------------------------------------------------------------------

class _CarryTable(Flowable):
    """A funding table (or part of one) with carry rows at its breaks. Splits between body
    rows: the first part ends with a carry row, the rest begins (under the repeated header)
    with the same carry."""

    def __init__(self, t, st, rec, widths, names, carries, rows=None, top=None, force=None,
                 frame_h=0.0):
        super().__init__()
        self.t, self.st, self.rec, self.widths = t, st, rec, widths
        self.names, self.carries = names, carries  # (bottom, top) labels; whether to carry
        self.rows = list(range(len(t.rows))) if rows is None else rows
        self.top = top  # carry sums at the top (a continuation), or None
        self.force = force  # break after this many rows even where it all fits
        self.frame_h = frame_h
        self.bottom = None
        self._tbl = None

    def _part(self, rows, top, bottom):
        t, st = self.t, self.st
        n, lines = t.columns, len(t.header)
        data = [[""] * (n + 1) for _ in range(lines)]
        cmds = [("GRID", (0, 0), (-1, -1), 0.5, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), PAD_V),
                ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_V),
                ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL)]
        data[0][0] = _text(t.label, st["corner"], self.rec)
        if lines > 1:
            cmds.append(("SPAN", (0, 0), (0, lines - 1)))
        for h in t.header_cells():
            data[h.line][h.column] = _text(h.text, st["head"]) if h.text else ""
            if h.columns > 1 or h.lines > 1:
                cmds.append(("SPAN", (h.column, h.line),
                             (h.column + h.columns - 1, h.line + h.lines - 1)))
        if top is not None:
            data.append([para(self.names[1], st["car_l"])] + [para(x, st["car_r"]) for x in top])
        for i in rows:
            r = t.rows[i]
            total = is_total(r[0])
            cells = [_text(r[0], st["tot_l" if total else "cell_l"], self.rec)]
            for text in list(r[1:]) + [""] * (n + 1 - len(r)):
                cells.append(_text(text, st["tot_r" if total else "cell_r"]) if text else "")
            if total:
                cmds.append(("LINEABOVE", (0, len(data)), (-1, len(data)), 1.0, INK))
            data.append(cells[:n + 1])
        if bottom is not None:
            data.append([para(self.names[0], st["car_l"])] + [para(x, st["car_r"]) for x in bottom])
        return Table(data, colWidths=self.widths, style=TableStyle(cmds), hAlign="LEFT")

    def _height(self, rows, top, bottom, aW):
        return self._part(rows, top, bottom).wrap(aW, 1e6)[1]

    def wrap(self, aW, aH):
        self._tbl = self._part(self.rows, self.top, self.bottom)
        w, h = self._tbl.wrap(aW, 1e6)
        if self.force and aH < 1e5:
            return w, max(h, aH + 1)  # make the frame split it
        return w, h

    def _bottom_of(self, k):
        return _carry(self.t, self.rows[k - 1]) if self.carries else None

    def split(self, aW, aH):
        n = len(self.rows)
        k_fit = 0
        for k in range(1, n):
            if self._height(self.rows[:k], self.top, self._bottom_of(k), aW) > aH:
                break
            k_fit = k
        lead: list = []
        after: list = []
        if self.force and self._height(self.rows, self.top, None, aW) <= aH:
            # it would fit where it stands: push it down, or break after `force` rows here
            k_fit = self.force
            push = aH - self._height(self.rows[:k_fit], self.top, self._bottom_of(k_fit), aW) - 0.5
            if push <= 0.5 * self.frame_h:
                lead = [_Blank(max(0.0, push))]
            else:
                after = [_PageBreakHere()]
        if k_fit == 0:
            return []
        bottom = self._bottom_of(k_fit)
        first = _CarryTable(self.t, self.st, self.rec, self.widths, self.names, self.carries,
                            self.rows[:k_fit], self.top)
        first.bottom = bottom
        rest = _CarryTable(self.t, self.st, self.rec, self.widths, self.names, self.carries,
                           self.rows[k_fit:], bottom)
        return lead + [first] + after + [rest]

    def draw(self):
        self._tbl.drawOn(self.canv, 0, 0)
        if self.rec:
            self.rec(self.canv.getPageNumber())


class _PageBreakHere(Flowable):
    """Ends the frame (Word's page break after a table row)."""

    def wrap(self, aW, aH):
        self._aH = aH
        return aW, aH  # takes what is left

    def draw(self):
        pass


class _Blank(Flowable):
    """Blank space above a table pushed down the page."""

    def __init__(self, h):
        super().__init__()
        self.h = h

    def wrap(self, aW, aH):
        return aW, self.h

    def draw(self):
        pass


def _widths(t: source.Table):
    n = t.columns
    cap = MAX_VALUE_W_FEW if n <= 2 else MAX_VALUE_W
    vw = min(cap, (FW - MIN_LABEL_W) / n)
    return [FW - n * vw] + [vw] * n


def place_table(t: source.Table, k: int, st, rec, frame_h) -> list:
    has_amounts = any(_AMOUNT.fullmatch(x.rstrip(_MARKS).strip()) for r in t.rows for x in r[1:])
    names = (("Transport", "Transport") if k % 2 == 0
             else ("Subtotaal (over te brengen)", "Van vorige pagina"))
    force = 2 if has_amounts and len(t.rows) >= 3 else None
    tb = _CarryTable(t, st, rec, _widths(t), names, has_amounts, force=force, frame_h=frame_h)
    out: list = [Spacer(0, 6), tb]
    out += [_text(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _fields(pr: source.Project, st, rec, foot, place) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    lab = st["label"]
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += place(row)
            continue
        story.append(para("", lab, rec, markup=_small_caps(row.label, lab.fontSize)))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += place(item)
                continue
            q = _text(item, st["item"] if _LIST_ITEM.match(item) else st["body"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_transport(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    st = _styles(fonts)
    name = dossier_name(dossier)
    frame_h = HEIGHT - 2 * MARGIN

    def once(info):
        truth = Truth(dossier, "transport")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=110)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "transport"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(fonts[0], 9)
            canv.setFillColor(INK)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"blz. {canv.getPageNumber()}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, frame_h, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = [para(f"Regio Deal {name}".strip(), st["doc"]),
                       para("Bijlage: projectvoorstellen", st["sub"])]
        last_theme = None
        k = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme.upper(), st["theme"], rec))
            story.append(_text(f"Project {p + 1}. {pr.title}", st["title"], truth.heading(p)))

            def place(t, rec=rec):
                nonlocal k
                k += 1
                return place_table(t, k, st, rec, frame_h)

            story += _fields(pr, st, rec, foot, place)
        doc.build(story)
        return truth

    return build_until_stable(once)
