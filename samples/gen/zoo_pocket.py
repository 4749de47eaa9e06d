"""One more house style for the layout zoo (see zoo.py), held out: the printed programme
booklet of a regional conference, set in InDesign.

- pocket: A5 PORTRAIT (420 x 595 pt), facing pages exported as single pages: MIRRORED
        margins, inner 1.5 cm and outer 1.2 cm (the text block, 12.1 cm wide, starts 1.5 cm
        from the left edge on odd, right-hand pages and 1.2 cm on even ones), top 1.5 cm,
        bottom 1.8 cm. A condensed sans (Liberation Sans Narrow, Arial Narrow's metrics; else
        DejaVu Sans Condensed) at 8.5pt on 11pt, ragged right, 3pt after each paragraph; a
        list item keeps the source's marker and hangs on it; a character the font lacks
        ("⁴", "₂") is set in DejaVu Sans Condensed on its own. Running header in 7pt grey
        (simulated) small caps at the OUTER top corner over a 0.3pt rule across the text
        block: on even pages the theme of the project in progress (left), on odd pages its
        title (right); none on a project's opening page, on an empty page or on the contents.
        The folio (7.5pt) at the outer bottom corner of every page, the empty ones included.
        Page 1 is the contents: the transcription's heading (16pt bold), each theme as a
        small-caps line in the accent colour, its projects under it as "01  Title ... 3" (the
        number in bold accent, the page right-aligned); it runs on to page 2 where it needs
        to. EACH PROJECT OPENS ON A RIGHT-HAND (ODD) PAGE: where the previous one ends on an
        odd page, the even page after it is left empty but for its folio. The opener at the
        top of the page: the project's number ("01", "02", ... counted through the booklet)
        in 36pt bold in a light tint of the accent colour, the theme in 8pt grey small caps,
        the title in 14pt bold. Field labels in bold 8.5pt CAPITALS in the accent colour on a
        line of their own (7pt above), their paragraphs under them. INVESTMENT TABLES across
        the text block in 6.5pt condensed (bold header): the header labels ABBREVIATED as the
        designer fits them ("Totaal" -> "Tot.", "Totaal EUR" -> "Tot. EUR", "Privaat" ->
        "Priv.", "Onderwijs"/"Onderw" -> "Onderw.", "Gem"/"Gemeenten" -> "Gem.",
        "Provincie" -> "Prov.", "Overig Publiek" -> "Ov. publiek", "Kennisinstellingen" ->
        "Kennisinst.", "Bedrijfsleven" -> "Bedrijfsl."; "Rijk", "Regio", "Publiek" and the
        rest as transcribed, a trailing "EUR", "(€)" or "(incl. Invest-NL)" kept), right-
        aligned at the foot of the header lines, a group header ("Publiek") centred over its
        members with a hairline under it; the table's label over the row labels, which wrap
        over several lines in a narrow first column (27 % of the block), the value columns
        of one width; every body cell AS TRANSCRIBED ("1.650.000", "6,33 mln.", "-", ".-",
        empty), right-aligned; the Totaal row bold. Rules: 0.9pt above the header and under
        the last row, 0.5pt under the header, 0.25pt grey hairlines between body rows, no
        vertical rules. A table longer than the room left on the page breaks between body
        rows (the header and the first row kept together) and goes on at the top of the
        next page with its header lines repeated and " (vervolg)" after its label, a 0.9pt
        rule under each part; the transcription's page breaks are not reproduced. Tables
        inside a field stay in their field: the same 6.5pt style, their headers as
        transcribed, the columns as wide as their cells need. Table footnotes in 6pt under
        the table. Project notes as page footnotes at the foot of the text block in 6.5pt
        under a short rule (notes whose mark is nowhere go with the project's last paragraph).

Every cell is printed as transcribed, so the truth record holds no "raw" texts; the golden
cells are keyed by funding source and the abbreviated headers still name it.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _note_owners, _small_caps
from .zoo_budget import _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total, meta,
                         page_of, para, Truth)
from .zoo_consultancy import _fonts

WIDTH, HEIGHT = A5
INNER, OUTER = 1.5 * cm, 1.2 * cm
TOP, BOTTOM = 1.5 * cm, 1.8 * cm
FW = WIDTH - INNER - OUTER
FH = HEIGHT - TOP - BOTTOM
ACCENT = colors.HexColor("#0E6B84")
LIGHT = colors.HexColor("#A8D2DE")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6B6B6B")
HAIR = colors.HexColor("#9A9A9A")
TABLE_SIZE = 6.5
LABEL_SHARE = 0.27                     # the investment table's row-label column

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

# The designer's abbreviations: (leading word(s) of the transcription's header, abbreviation);
# the rest of the header ("EUR", "(€)", "(incl. Invest-NL)") is kept.
_SHORT = [
    (r"totaal", "Tot."),
    (r"privaat", "Priv."),
    (r"onderw(?:ijs|\.)?", "Onderw."),
    (r"gem(?:eenten?|\.)?", "Gem."),
    (r"prov(?:incie|\.)?", "Prov."),
    (r"overig publiek", "Ov. publiek"),
    (r"kennisinstellingen", "Kennisinst."),
    (r"bedrijfsleven", "Bedrijfsl."),
]


def short_header(text: str) -> str:
    for pattern, word in _SHORT:
        m = re.match(rf"(?i)\s*{pattern}(?=\s|$|\()", text)
        if m:
            return word + text[m.end():]
    return text


def _left(page: int) -> float:
    """The text block's left edge: the inner margin on odd (right-hand) pages."""
    return INNER if page % 2 else OUTER


def _styles(sans, bold):
    def s(name, font=sans, size=8.5, leading=11.0, **kw):
        return ParagraphStyle(f"pk-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    lead = 8.2
    return {
        "body": s("body", spaceAfter=3),
        "item": s("item", leftIndent=8, firstLineIndent=-8, spaceAfter=3),
        "label": s("label", bold, 8.5, 11, textColor=ACCENT, spaceBefore=7, spaceAfter=1,
                   keepWithNext=1),
        "number": s("number", bold, 36, 36, textColor=LIGHT, spaceAfter=6, keepWithNext=1),
        "theme": s("theme", sans, 8, 10, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": s("title", bold, 14, 17, spaceAfter=8, keepWithNext=1),
        "toc_h": s("toch", bold, 16, 20, spaceAfter=10),
        "toc_theme": s("toct", sans, 7.5, 10, textColor=ACCENT),
        "toc_num": s("tocn", bold, 8.5, 11, textColor=ACCENT),
        "toc": s("toc", sans, 8.5, 11),
        "toc_page": s("tocp", sans, 8.5, 11, alignment=TA_RIGHT),
        "note": s("note", sans, 6.5, 8, leftIndent=7, firstLineIndent=-7, spaceAfter=1),
        "running": s("run", sans, 7, 9, textColor=GREY),
        "running_r": s("runr", sans, 7, 9, textColor=GREY, alignment=TA_RIGHT),
        "tlabel": s("tl", bold, TABLE_SIZE, lead),
        "thead": s("th", bold, TABLE_SIZE, lead, alignment=TA_RIGHT),
        "tgroup": s("tg", bold, TABLE_SIZE, lead, alignment=TA_CENTER),
        "tbody": s("tb", sans, TABLE_SIZE, lead, alignment=TA_LEFT),
        "tbody_b": s("tbb", bold, TABLE_SIZE, lead),
        "tamount": s("ta", sans, TABLE_SIZE, lead, alignment=TA_RIGHT),
        "tamount_b": s("tab", bold, TABLE_SIZE, lead, alignment=TA_RIGHT),
        "tfoot": s("tf", sans, 6, 7.5, spaceBefore=2),
    }


class _Table(Table):
    """A table whose part after a page break shows "<label> (vervolg)" in its repeated
    header."""

    _vervolg = None  # -> the label cell of a continued part

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._vervolg is not None:
            rest = parts[1]
            first = list(rest._cellvalues[0])  # the row is shared with the first part
            first[0] = self._vervolg()
            rest._cellvalues[0] = first
        for q in parts:
            q._vervolg = self._vervolg
        return parts


def _table(t: source.Table, st, rec, investment: bool) -> list:
    heads = short_header if investment else (lambda s: s)
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans, groups = [], []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(heads(h.text), st["tgroup"] if h.columns > 1 else
                                      st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if h.columns > 1:
            groups.append((h.column, r1, c1))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
        row += [para(c, st["tamount_b"] if bold else st["tamount"], rec) if c else ""
                for c in body[1:]]
        rows.append(row)
    pad = 2.5
    if investment:
        label = FW * LABEL_SHARE
        widths = [label] + [(FW - label) / n] * n
    else:
        widths = _col_widths(t, heads, FW, st, pad, label_share=0.4, min_label=80.0)
        widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.4),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.9, INK),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.9, INK)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, HAIR))
    for c0, r, c1 in groups:
        cmds.append(("LINEBELOW", (c0, r), (c1, r), 0.25, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = _Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                   hAlign="LEFT", longTableOptimize=0)
    table._vervolg = lambda: para(f"{t.label} (vervolg)", st["tlabel"], rec)
    out = [Spacer(0, 5 if investment else 3), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 5))
    return out


class _Mark(Flowable):
    """Zero-size: the project in progress from here on (for the running header)."""

    def __init__(self, state, p):
        super().__init__()
        self.state, self.p = state, p

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state["current"] = self.p
        self.state["first_on"].setdefault(self.canv.getPageNumber(), self.p)


class _Recto(Flowable):
    """Put at the top of a new page: on an even page it leaves the page empty and moves on,
    so that what follows opens a right-hand page."""

    def __init__(self, state):
        super().__init__()
        self.state, self.done = state, False

    def wrap(self, aW, aH):
        page = self._doctemplateAttr("page")
        frame = self._doctemplateAttr("frame")
        if page and page % 2 == 0 and frame is not None and not self.done:
            self.done = True
            self.state["blank"].add(page)
            frame.add_generated_content(PageBreak())
        return 0, 0

    def draw(self):
        pass


def _fields(pr: source.Project, st, rec, foot) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, st, rec, investment=True)
            continue
        story.append(para(row.label.upper(), st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, st, rec, investment=False)
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


def _contents(dossier, st, info) -> list:
    rows, cmds, last_theme = [], [], None
    for p, pr in enumerate(dossier.projects):
        if pr.theme != last_theme:
            last_theme = pr.theme
            r = len(rows)
            cmds += [("SPAN", (0, r), (-1, r)), ("TOPPADDING", (0, r), (-1, r), 9 if r else 2)]
            rows.append([para("", st["toc_theme"], markup=_small_caps(pr.theme, 7.5)), "", ""])
        rows.append([para(f"{p + 1:02d}", st["toc_num"]), para(pr.title, st["toc"]),
                     para(page_of(info, p), st["toc_page"])])
    table = Table(rows, colWidths=[20, FW - 20 - 26, 26], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (1, 0), (1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)] + cmds))
    return [para(dossier.toc_heading, st["toc_h"]), table]


def render_pocket(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)

    def once(info):
        truth = Truth(dossier, "pocket")
        state: dict = {"current": None, "top": None, "first_on": {}, "blank": set()}
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=60)
        doc = Doc(str(pdf_path), truth, pagesize=A5, leftMargin=INNER, rightMargin=OUTER,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "pocket"))
        block = Frame(INNER, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)

        def begin(canv, d):
            # one template; its frame moves to the page's text block
            block._x1 = _left(canv.getPageNumber())
            block._geom()
            block._reset()
            state["top"] = state["current"]  # the project in progress at the page's top

        def end(canv, d):
            foot.draw(canv)
            page = canv.getPageNumber()
            left = _left(page)
            odd = page % 2 == 1
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(sans, 7.5)
            if odd:
                canv.drawRightString(left + FW, 1.0 * cm, str(page))
            else:
                canv.drawString(left, 1.0 * cm, str(page))
            canv.restoreState()
            p = state["top"] if state["top"] is not None else state["first_on"].get(page)
            if p is None or page in state["blank"] or page in truth.first.values():
                return
            pr = dossier.projects[p]
            text = pr.title if odd else pr.theme
            run = para("", st["running_r"] if odd else st["running"],
                       markup=_small_caps(text, 7))
            run.wrap(FW, 1e6)
            y = HEIGHT - 1.1 * cm
            run.drawOn(canv, left, y + 2.5)
            canv.saveState()
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.3)
            canv.line(left, y, left + FW, y)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [block], onPage=begin, onPageEnd=end)])

        story: list = _contents(dossier, st, info)
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), _Recto(state), _Mark(state, p),
                      para(f"{p + 1:02d}", st["number"], rec),
                      para("", st["theme"], rec, markup=_small_caps(pr.theme, 8)),
                      para(pr.title, st["title"], truth.heading(p))]
            story += _fields(pr, st, rec, foot)
        doc.build(story)
        return truth

    return build_until_stable(once)
