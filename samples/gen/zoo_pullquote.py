"""One more house style for the layout zoo (see zoo.py), held out: a regional development
agency's dossier in the manner of its annual report, designed in InDesign, with pull quotes.

- pullquote: A4 portrait; one text column 13 cm wide set 5 cm from the left edge (2.5 cm
             from the top and the bottom); the 3.5 cm strip left of it (from 1.2 cm) holds
             nothing but pull quotes. A serif body (Liberation Serif, else DejaVu Serif) at
             10pt on 14pt, ragged right, 5pt after a paragraph, list items hanging on their
             marker; each field's label a bold sans (Liberation Sans, else DejaVu Sans) 10pt
             line of its own above its text. Page 1 is the contents: the transcription's
             heading (sans bold 20pt), each theme in small sans capitals in the agency's red
             (#C0392B), its projects' titles under it with their page numbers at the right.
             Each project starts on a new page: the theme in small sans capitals (red, 9pt)
             over the title (sans bold 20pt on 24pt). PULL QUOTES: in each project one
             sentence taken verbatim from its own text (the first sentence of 8 to 25 words,
             without a footnote mark, in the "Opgave"/"Aanleiding" field; else in the longest
             field) is repeated in italic sans 13pt on 16pt, red, between two 1pt red rules,
             in quotation marks („...”). In the 1st, 3rd, 5th... project it stands in the left
             strip, 3.3 cm wide (wrapping over many lines), its top level with the label of
             the field it quotes (raised where it would run below the column's foot); in the
             2nd, 4th... project it stands INSIDE the text column across its full width, 8pt
             above and below, between two paragraphs (the middle pair) of the first later
             field that has two paragraphs in a row, interrupting that field's text. The
             quote is decoration: its field keeps its text once. Investment tables (and those
             inside a field, which stay in their field) across the text column without rules
             but a 1.5pt red rule under the header and a 0.5pt rule above the Totaal row;
             header sans bold 8pt (a group header centred over its columns), body sans 8.5pt,
             amounts right aligned, the Totaal row bold; header lines repeated where a table
             breaks over a page; table footnotes in 7.5pt under the table. Project notes as
             page footnotes in 7.5pt at the foot of the text column under a short rule (notes
             whose mark is nowhere go with the project's last paragraph). Footer on every page
             across strip and column, 7pt grey: the agency's name at the left, the page
             number at the right.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _small_caps
from .zoo_budget import _fonts as _sans_fonts
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, Truth)
from .zoo_typeset import _fonts as _serif_fonts

WIDTH, HEIGHT = A4
STRIP_X = 1.2 * cm                 # the pull-quote strip's left edge
STRIP_W = 3.3 * cm                 # a pull quote in the strip
TEXT_X = 5.0 * cm                  # the text column's left edge
FW = 13.0 * cm                     # the text column
TOP, BOTTOM = 2.5 * cm, 2.5 * cm
FOOTER_Y = 1.4 * cm

RED = colors.HexColor("#C0392B")   # the agency's colour
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#6A6A6A")

QUOTE_PAD = 6.0                    # rule to quote text
QUOTE_SPACE = 8.0                  # above and below a quote in the column

_LIST = re.compile(r"^(•|●|-|–|o|\d{1,2}[.)])\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_MARKS = set("*¹²³⁴⁵⁶⁷⁸⁹⁰†")


# --- choosing the pull quote ------------------------------------------------------------


def _sentences(text: str) -> list[str]:
    """The text's sentences, verbatim: cut after . ! ? where the next word begins with a
    capital (or an opening quote or bracket)."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        nxt = text[m.end():m.end() + 1]
        if nxt and (nxt.isupper() or nxt in "„“\"'("):
            out.append(text[start:m.start()])
            start = m.end()
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def _quotable(sentence: str) -> bool:
    return (8 <= len(sentence.split()) <= 25 and sentence[0].isupper()
            and sentence[-1] in ".!?" and not (set(sentence) & _MARKS))


def _first_quote(field: source.Field) -> str | None:
    for item in field.content:
        if isinstance(item, str) and not _LIST.match(item):
            for s in _sentences(item):
                if _quotable(s):
                    return s
    return None


def pull_quote(pr: source.Project) -> tuple[int, str] | None:
    """(row of the field quoted, the sentence): the first sentence of 8 to 25 words in the
    problem field ("Opgave", "Aanleiding"), else in the longest field, else in any field."""
    fields = [(r, row) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)]
    problem = [(r, f) for r, f in fields if re.search(r"(?i)opgave|aanleiding", f.label)]
    longest = sorted(fields, key=lambda rf: -sum(len(c) for c in rf[1].content
                                                 if isinstance(c, str)))
    for r, f in problem + longest[:1] + fields:
        s = _first_quote(f)
        if s:
            return r, s
    return None


def _interruption(pr: source.Project, after_row: int) -> tuple[int, int] | None:
    """(row, item) after which a quote interrupts a later field: the middle pair of two
    paragraphs in a row in the first field after `after_row` that has one (else in any
    other field)."""
    order = [r for r in range(after_row + 1, len(pr.rows))] + \
        [r for r in range(len(pr.rows)) if r <= after_row]
    for r in order:
        row = pr.rows[r]
        if not isinstance(row, source.Field) or r == after_row:
            continue
        pairs = [i for i in range(len(row.content) - 1)
                 if isinstance(row.content[i], str) and isinstance(row.content[i + 1], str)]
        if pairs:
            return r, pairs[(len(pairs) - 1) // 2]
    return None


# --- the quotes drawn --------------------------------------------------------------------


def _draw_quote(canv, q, x, top, width) -> float:
    """Rule, quote, rule from `top` down at `x`; -> the height drawn."""
    h = _quote_height(q, width)
    canv.saveState()
    canv.setStrokeColor(RED)
    canv.setLineWidth(1.0)
    canv.line(x, top - 0.5, x + width, top - 0.5)
    canv.line(x, top - h + 0.5, x + width, top - h + 0.5)
    canv.restoreState()
    ph = q.wrap(width, 1e6)[1]
    q.drawOn(canv, x, top - 1 - QUOTE_PAD - ph)
    return h


def _quote_height(q, width) -> float:
    return 1 + QUOTE_PAD + q.wrap(width, 1e6)[1] + QUOTE_PAD + 1


class _ColumnQuote(Flowable):
    """A pull quote across the text column, between two paragraphs; moves on whole."""

    def __init__(self, q):
        super().__init__()
        self.q = q

    def wrap(self, aW, aH):
        self.aW = aW
        self.h = _quote_height(self.q, aW)
        return aW, self.h

    def getSpaceBefore(self):
        return QUOTE_SPACE

    def getSpaceAfter(self):
        return QUOTE_SPACE

    def split(self, aW, aH):
        return []

    def draw(self):
        _draw_quote(self.canv, self.q, 0, self.h, self.aW)


class _LabelWithQuote(Flowable):
    """A field's label, with a pull quote in the strip beside it, its top level with the
    label's (raised where it would run below the column's foot)."""

    def __init__(self, label, q):
        super().__init__()
        self.label, self.q = label, q
        self.keepWithNext = label.getKeepWithNext()

    def wrap(self, aW, aH):
        self.w, self.h = self.label.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.label.getSpaceBefore()

    def getSpaceAfter(self):
        return self.label.getSpaceAfter()

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        self.label.drawOn(canv, x, y, _sW)
        top = y + self.h
        qh = _quote_height(self.q, STRIP_W)
        top = max(top, BOTTOM + qh)
        top = min(top, HEIGHT - TOP)
        _draw_quote(canv, self.q, STRIP_X, top, STRIP_W)


# --- tables ------------------------------------------------------------------------------


def _table(t: source.Table, st, rec) -> list:
    """Table `t` across the text column: no rules but a 1.5pt red one under the header
    and a 0.5pt one above the Totaal row."""
    pad = 3.0
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, FW, st, pad)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.5, RED),
            ("TOPPADDING", (0, lines), (-1, lines), 4)]
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, INK))
        cmds.append(("TOPPADDING", (0, r), (-1, r), 3.5))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    return [Spacer(0, 5), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 9)]


# --- the style ---------------------------------------------------------------------------


def _styles(serif, sans, bold, italic) -> dict:
    def style(name, font=serif, size=10.0, leading=14.0, **kw):
        return ParagraphStyle(f"pq-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=5),
        "item": style("item", leftIndent=12, firstLineIndent=-12, spaceAfter=3),
        "label": style("label", bold, 10, 13, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "theme": style("theme", sans, 9, 12, textColor=RED, spaceAfter=3, keepWithNext=1),
        "title": style("title", bold, 20, 24, spaceAfter=16, keepWithNext=1),
        "quote": style("quote", italic, 13, 16, textColor=RED),
        "note": style("note", serif, 7.5, 9.5, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": style("toch", bold, 20, 24, spaceAfter=18),
        "toc_theme": style("toct", sans, 9.5, 12, textColor=RED),
        "toc": style("toc", serif, 10, 14, leftIndent=12),
        "toc_page": style("tocp", serif, 10, 14, alignment=TA_RIGHT),
        "tlabel": style("tl", bold, 8, 10),
        "thead": style("th", bold, 8, 10, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8, 10, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, 10.5),
        "tbody_b": style("tbb", bold, 8.5, 10.5),
        "tamount": style("ta", sans, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": style("tf", serif, 7.5, 9.5, spaceBefore=3),
    }


def render_pullquote(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, italic = _sans_fonts()
    serif = _serif_fonts()["TsSerif"]
    st = _styles(serif, sans, bold, italic)
    name = dossier_name(dossier)
    agency = f"Ontwikkelingsmaatschappij {name}".strip()

    def once(info):
        truth = Truth(dossier, "pullquote")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=TEXT_X,
                  rightMargin=WIDTH - TEXT_X - FW, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "pullquote"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 7)
            canv.drawString(STRIP_X, FOOTER_Y, agency)
            canv.drawRightString(TEXT_X + FW, FOOTER_Y, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(TEXT_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        rows, cmds, last_theme = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                if rows:
                    cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 10))
                cmds.append(("SPAN", (0, len(rows)), (1, len(rows))))
                rows.append([para("", st["toc_theme"], markup=_small_caps(pr.theme, 9.5)), ""])
            rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)] + cmds)))

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(),
                      para("", st["theme"], rec, markup=_small_caps(pr.theme, 9)),
                      para(pr.title, st["title"], truth.heading(p))]
            chosen = pull_quote(pr)
            quoted, beside, inside = None, None, None
            if chosen:
                quoted = para(f"„{chosen[1]}”", st["quote"])
                if p % 2 == 0:  # the 1st, 3rd, ... project: in the strip
                    beside = chosen[0]
                else:
                    inside = _interruption(pr, chosen[0])
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                label = para(row.label, st["label"], rec)
                story.append(_LabelWithQuote(label, quoted) if r == beside else label)
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                        continue
                    q = para(item, st["item"] if _LIST.match(item) else st["body"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last_q = q
                    if inside == (r, i):
                        story.append(_ColumnQuote(quoted))
            if loose:
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
