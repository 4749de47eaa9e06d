"""One more house style for the layout zoo (see zoo.py), held out: a policy department's
dossier made in Word, with LONG page footnotes that continue over the page.

- policy:  A4 portrait with a NARROW text column: left margin 2.5 cm, a 12 cm text column
           and a wide (6.5 cm) right margin; top and bottom margins 2.5 cm. Body in a
           Times-like serif (Liberation Serif; else DejaVu Serif) 10.5pt on 13.5pt, ragged
           right, 6pt after each paragraph; a list item keeps the source's marker and
           hangs on it. Page 1 opens with "Regio Deal <name> – Uitwerking
           projectvoorstellen" (13pt bold); project 1 follows on it, every later project
           starts on a new page. A project opens with "Project N" on its own line in
           (simulated) small caps 9pt grey, its title under it in 15pt bold. The project's
           THEME is the running header at the right of every page (8.5pt grey, 1.25 cm
           from the top edge; the theme of the project on the page at its end); the page
           number centred in the footer (9pt). Field labels bold 10.5pt on their own line
           (9pt above, 2pt below).
           MARGIN NOTES: beside the first paragraph of a field that is long enough (at least
           220 characters, not a list item, not the "Naam" field) a short italic summary in
           8pt grey in the right margin, 0.6 cm right of the text column, level with the
           paragraph's first line: "Kern: " and the paragraph's first three to six words
           (up to the first punctuation). They are not content.
           FUNDING TABLES (investment tables, and tables inside a field, which stay in their
           field) set "uitlopend": 16 cm wide, across the text column and 4 cm INTO the
           right margin; 9pt, thin horizontal rules only (0.6pt above and under the header
           line(s), 0.25pt grey between body rows, 0.6pt under the last row), no vertical
           rules or fills; the table's label in the header's corner cell, group headers
           centred over their members, amounts right-aligned as transcribed, the Totaal row
           bold; header lines repeated where the table breaks; table footnotes under it in
           8.5pt across the text column.
           PAGE FOOTNOTES: a paragraph holding a note's mark (the transcription's superscript
           as printed) carries the note to its page's foot (notes whose mark is nowhere go
           with the project's last paragraph): 8.5pt on 10.5pt, "<mark> <text>", a note's
           later paragraphs under it without a mark, under Word's short separator (a 0.5pt
           rule 4 cm long). Where a note does not fit above the page foot, its first lines
           stay there and it CONTINUES at the foot of the NEXT page, without its number,
           under Word's continuation separator (a 0.5pt rule across the whole 12 cm column)
           and before that page's own notes (a later note that no longer fits goes whole
           to the next page too). This office's notes are long; to show the rule on the
           transcription's shorter notes, the reference of every note that takes two lines
           or more is set LATE on its page: white space before the paragraph holding the
           mark brings the mark's line down so that only the note's first line fits under
           it (the note breaks after that line).

The truth records what the page shows: a project runs from the page of its title to the
page of its last field text, table cell or footnote part (a continued note counts on the
page it continues on). The margin notes, the running header and the "Project N" line are
not content. Every cell prints as transcribed, so no "raw" is recorded.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners
from .zoo_common import (FALLBACK, RP, Doc, Truth, build_until_stable, dossier_name,
                         font_for, meta, para, register_fonts)
from .zoo_endnotes import _chars

WIDTH, HEIGHT = A4
LEFT = 2.5 * cm
FW = 12 * cm                       # the narrow text column
TOP = BOTTOM = 2.5 * cm
TW = 16 * cm                       # a table runs 4 cm into the right margin
MARGIN_X = LEFT + FW + 0.6 * cm    # margin notes
MARGIN_W = WIDTH - MARGIN_X - 1.3 * cm
HEAD_DIST = 1.25 * cm
INK = colors.black
GREY = colors.HexColor("#666666")
RULE_GREY = colors.HexColor("#999999")
SHORT_RULE = 4 * cm
PAD = 4.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_DIRS = (Path("/usr/share/fonts/truetype/liberation"), Path("/usr/share/fonts/truetype/liberation2"))
_FACES = {"PoSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "PoSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "PoSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic")}


def _fonts() -> tuple[str, str, str]:
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    lib = next((d for d in _DIRS if all((d / f).is_file() for f, _ in _FACES.values())), None)
    if lib is None:
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(lib / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("PoSerif", normal="PoSerif", bold="PoSerif-Bold",
                                  italic="PoSerif-Italic", boldItalic="PoSerif-Bold")
    return tuple(_FACES)


def _styles(fonts):
    serif, bold, italic = fonts

    def style(name, font=serif, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"po-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "doc": style("doc", bold, 13, 16, spaceAfter=18),
        "kicker": style("kicker", serif, 9, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 15, 18.5, spaceAfter=10, keepWithNext=1),
        "label": style("label", bold, 10.5, 13.5, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "body": style("body", spaceAfter=6, allowOrphans=1),
        "item": style("item", leftIndent=14, firstLineIndent=-14, spaceAfter=3, allowOrphans=1),
        "margin": style("margin", italic, 8, 10, textColor=GREY),
        "note": style("note", serif, 8.5, 10.5, spaceAfter=2, allowOrphans=1),
        "tfoot": style("tfoot", serif, 8.5, 10.5, spaceBefore=2),
        "tlabel": style("tl", bold, 9, 11),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", serif, 9, 11),
        "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", serif, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
    }


def _text(text: str, style: ParagraphStyle, rec=None):
    """A recorded paragraph; a character the face lacks ("⁴", "₂") set in its stand-in
    on its own (Word's font substitution), not the whole paragraph."""
    if font_for(text, style.fontName) == style.fontName:
        return para(text, style, rec)
    return para("", style, rec, markup=_chars(text, style.fontName))


def _kern(text: str) -> str:
    """'Kern: ' and the paragraph's first three to six words, up to the first punctuation
    (a figure's decimal comma or thousands point is none)."""
    words = []
    for w in text.split():
        core = w.strip("\"'‘’“”()[]")
        cut = re.search(r"[.,;:!?](?!\d)|[¹²³⁴⁵⁶⁷⁸⁹]", core)  # not in "€4,2" or "3.000"
        if cut:
            core = core[:cut.start()]
        if core:
            words.append(core)
        if (cut and len(words) >= 3) or len(words) >= 6:
            break
    return "Kern: " + " ".join(words)


class _Foot:
    """Page footnotes that continue over the page (Word's continuation notice rules)."""

    GAP = 10  # room for the separator above the notes

    def __init__(self, style: ParagraphStyle, rec_for):
        self.style, self.rec_for = style, rec_for
        self.cont: list = []     # continued note parts drawn at this page's foot (first)
        self.pending: list = []  # this page's own note parts
        self.carry: list = []    # parts that go to the next page's foot
        self.bottom = None
        self.width = FW

    def paras(self, note) -> list:
        out = []
        for k, t in enumerate(note.text or ("",)):
            out.append(_text(f"{note.mark} {t}" if k == 0 else t, self.style, self.rec_for(note)))
        return out

    def _h(self, p) -> float:
        return p.wrap(self.width, 1e6)[1] + self.style.spaceAfter

    def lines(self, note) -> int:
        return sum(len(p.blPara.lines) for p in self.paras(note) if p.wrap(self.width, 1e6))

    def used(self) -> bool:
        return bool(self.cont or self.pending)

    def first_line(self) -> float:
        """Room the mark's line needs under it: the separator (if the page has none yet)
        and the note's first line."""
        return (0 if self.used() else self.GAP) + self.style.leading + 1

    def begin_page(self, frame) -> None:
        self.bottom = frame._y1p
        self.cont, self.carry = self.carry, []
        if self.cont:
            frame._y1p += self.GAP + sum(self._h(p) for p in self.cont)

    def place(self, notes, frame, y) -> None:
        """After a paragraph drawn with its bottom at `y`: its notes, as far as they fit."""
        room = y - frame._y1p
        for note in notes:
            for p in self.paras(note):
                if self.carry:
                    self.carry.append(p)
                    continue
                gap = 0 if self.used() else self.GAP
                h = self._h(p) + gap
                if h <= room:
                    self.pending.append(p)
                    frame._y1p += h
                    room -= h
                    continue
                parts = p.split(self.width, room - gap - self.style.spaceAfter)
                if len(parts) >= 2:
                    head = parts[0]
                    self.pending.append(head)
                    take = self._h(head) + gap
                    frame._y1p += take
                    room -= take
                    self.carry.extend(parts[1:])
                else:
                    self.carry.append(p)

    def draw(self, canv) -> None:
        items = self.cont + self.pending
        if not items:
            return
        hs = [self._h(p) for p in items]
        y = self.bottom + sum(hs)
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(LEFT, y + 4, LEFT + (FW if self.cont else SHORT_RULE), y + 4)
        canv.restoreState()
        for p, h in zip(items, hs):
            p.wrap(self.width, 1e6)
            y -= h
            p.drawOn(canv, LEFT, y + self.style.spaceAfter)
        self.cont, self.pending = [], []


class _P(RP):
    """A body paragraph: may carry a margin note (`_kern`) and page notes (`_pnotes`)."""

    _kern = None
    _pnotes: tuple = ()
    _pfoot = None
    _mstyle = None

    def wrap(self, availWidth, availHeight):
        w, h = super().wrap(availWidth, availHeight)
        if self._pnotes and h + self._pfoot.first_line() > availHeight:
            return w, h + self._pfoot.first_line()
        return w, h

    def split(self, availWidth, availHeight):
        notes = self._pnotes
        need = self._pfoot.first_line() if notes else 0
        if availHeight - need <= 0:
            return []
        parts = super().split(availWidth, availHeight - need)
        for q in parts:
            q._pfoot, q._pnotes, q._mstyle, q._kern = self._pfoot, (), self._mstyle, None
        if parts:
            parts[0]._kern = self._kern
        if notes and parts:
            remaining = list(notes)
            for q in parts[:-1]:
                q.wrap(availWidth, 1e6)
                words = _words(q)
                q._pnotes = tuple(n for n in remaining if any(n.mark in w for w in words))
                remaining = [n for n in remaining if n not in q._pnotes]
            parts[-1]._pnotes = tuple(remaining)
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self._kern:
            m = Paragraph(self._kern, self._mstyle)
            _, mh = m.wrap(MARGIN_W, 1e6)
            top = y + self.height - (self.style.leading - self.style.fontSize) / 2
            m.drawOn(canv, MARGIN_X, top - mh + (self._mstyle.leading - self._mstyle.fontSize) / 2)
        if self._pnotes:
            self._pfoot.place(self._pnotes, self._frame, y)


def _words(p) -> list[str]:
    bl = getattr(p, "blPara", None)
    if bl is None:
        return []
    if bl.kind == 0:
        return [w for line in bl.lines for w in line[1]]
    return [getattr(f, "text", "") for line in bl.lines for f in line.words]


class _Late(Flowable):
    """White space that brings the line holding `note`'s mark in paragraph `q` down to the
    page foot, so that only the note's first line fits under it."""

    def __init__(self, q: _P, note, foot: _Foot):
        super().__init__()
        self.q, self.note, self.foot = q, note, foot
        self.gap = 0

    def _mark_height(self, aW) -> float:
        self.q.wrap(aW, 1e6)
        bl = self.q.blPara
        lines = bl.lines
        for i in range(len(lines)):
            line = lines[i]
            words = line[1] if bl.kind == 0 else [getattr(f, "text", "") for f in line.words]
            if any(self.note.mark in w for w in words):
                return (i + 1) * self.q.style.leading
        return len(lines) * self.q.style.leading

    def wrap(self, aW, aH):
        # the separator's room, the note's first line, less than its second
        want = self._mark_height(aW) + self.foot.first_line() + self.foot.style.leading * 0.5
        gap = aH - want
        self.gap = gap if gap >= 0 else aH + 1  # no room for it here: the next page
        return aW, self.gap

    def split(self, aW, aH):
        return []

    def draw(self):
        pass


def _table(t: source.Table, st, rec) -> list:
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, TW, st, PAD, label_share=0.36, min_label=100.0)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK)]
    if lines:
        cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
                 ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.6, INK)]
    for k in range(lines, len(rows) - 1):
        cmds.append(("LINEBELOW", (0, k), (-1, k), 0.25, RULE_GREY))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    if len(rows) > lines + 1:
        cmds.append(("NOSPLIT", (0, 0), (-1, lines)))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out: list = [Spacer(0, 6), table]
    out += [_text(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return out


def _fields(pr: source.Project, st, rec, foot) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, st, rec)
            continue
        story.append(_text(row.label, st["label"], rec))
        first = True
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, st, rec)
                first = False
                continue
            listed = bool(_LIST_ITEM.match(item))
            q = _text(item, st["item" if listed else "body"], rec)
            q.__class__ = _P
            q._pfoot, q._mstyle = foot, st["margin"]
            if first and not listed and len(item) >= 220 \
                    and not row.label.strip().casefold().startswith("naam"):
                q._kern = _kern(item)
            first = False
            notes = tuple(owner.get((r, i), ()))
            if notes:
                q._pnotes = notes
                late = next((n for n in notes if foot.lines(n) >= 2), None)
                if late is not None:
                    story.append(_Late(q, late, foot))
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            last_q.__class__ = _P
            last_q._pfoot, last_q._mstyle = foot, st["margin"]
            story.append(last_q)
        last_q._pnotes = tuple(last_q._pnotes) + tuple(loose)
    return story


def render_policy(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    serif, bold, italic = fonts
    st = _styles(fonts)
    name = dossier_name(dossier)
    title = f"Regio Deal {name} – Uitwerking projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "policy")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _Foot(st["note"], lambda n: truth.content(owners[id(n)]))
        current = {"theme": ""}

        class PolicyDoc(Doc):
            def beforePage(self):
                super().beforePage()
                foot.begin_page(self.pageTemplate.frames[0])

        doc = PolicyDoc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT,
                        rightMargin=WIDTH - LEFT - FW, topMargin=TOP, bottomMargin=BOTTOM,
                        **meta(dossier, "policy"))

        def page_end(canv, d):
            foot.draw(canv)
            canv.saveState()
            canv.setFillColor(GREY)
            theme = current["theme"]
            if theme:
                canv.setFont(font_for(theme, serif), 8.5)
                canv.drawRightString(WIDTH - 1.3 * cm, HEIGHT - HEAD_DIST - 8.5, theme)
            canv.setFillColor(INK)
            canv.setFont(serif, 9)
            canv.drawCentredString(LEFT + FW / 2, HEAD_DIST, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPageEnd=page_end)])

        story: list = [para(title, st["doc"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())

            def heading(page, p=p, theme=pr.theme):
                current["theme"] = theme
                truth.heading(p)(page)

            n = str(p + 1)
            story.append(para("", st["kicker"], rec,
                              markup=f'P<font size="7">ROJECT</font> {n}'))
            story.append(_text(pr.title, st["title"], heading))
            story += _fields(pr, st, rec, foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
