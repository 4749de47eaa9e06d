"""One more house style for the layout zoo (see zoo.py), held out: a booklet set for
double-sided printing and exported as single pages.

- mirrored: A4 portrait with MIRRORED margins: inner margin 3.2 cm, outer 1.6 cm, so the
        text block (16.2 cm wide) starts 3.2 cm from the left edge on odd pages and 1.6 cm
        on even pages; top 2 cm, bottom 2.5 cm. The folio at the outer bottom corner (right
        on odd pages, left on even pages); a running header with the title of the project
        in progress at the outer top corner (7.5pt grey, over a hairline across the text
        block), none on the contents page. Serif body (DejaVu Serif) 10pt on 13pt, ragged
        right; each field's label bold on its own line above its text. Each project: its
        theme in (simulated) small caps, grey, over its title in bold 15pt; projects flow on,
        no forced page breaks. Page 1 is the contents (the transcription's heading, each
        project's theme and title with its page number right-aligned). Investment tables
        across the text block, 8pt: a light grid (0.3pt grey), the header lines bold on a
        light grey fill, a group header centred over its members, amounts right-aligned, the
        Totaal row bold. A table that does not fit SPLITS WHERE IT FALLS (only the header
        lines and the first body row are kept together) and CONTINUES AT THE TOP OF THE
        NEXT PAGE WITHOUT REPEATING ITS HEADER, i.e. in the other page's text block, 1.6 cm
        to the left or right of its first part. Tables inside a field: the same grid,
        7.8pt. Table footnotes in 7pt under the table; project notes as page footnotes at
        the foot of the text block (7pt under a short rule; notes whose mark is nowhere go
        with the project's last paragraph).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (build_until_stable, Doc, FootnoteSupport, is_total, meta, page_of,
                         para, register_fonts, Truth)

WIDTH, HEIGHT = A4
INNER, OUTER = 3.2 * cm, 1.6 * cm
TOP, BOTTOM = 2.0 * cm, 2.5 * cm
FW = WIDTH - INNER - OUTER
FH = HEIGHT - TOP - BOTTOM
GREY = colors.HexColor("#6E6E6E")
FILL = colors.HexColor("#E9ECEF")
RULE = colors.HexColor("#8A8A8A")
SERIF, SERIF_B = "DejaVuSerif", "DejaVuSerif-Bold"
LABEL_MIN = 105.0                      # the narrowest row-label column of a table


def _left(page: int) -> float:
    """The text block's left edge: the inner margin on odd (recto) pages, the outer on even."""
    return INNER if page % 2 else OUTER


def _styles():
    def s(name, font=SERIF, size=10.0, leading=13.5, **kw):
        return ParagraphStyle(f"mi-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(prefix, size):
        lead = round(size * 1.25, 2)
        return {
            "tlabel": s(f"{prefix}tl", SERIF_B, size, lead),
            "thead": s(f"{prefix}th", SERIF_B, size, lead, alignment=TA_RIGHT),
            "tgroup": s(f"{prefix}tg", SERIF_B, size, lead, alignment=TA_CENTER),
            "tbody": s(f"{prefix}tb", SERIF, size, lead),
            "tbody_b": s(f"{prefix}tbb", SERIF_B, size, lead),
            "tamount": s(f"{prefix}ta", SERIF, size, lead, alignment=TA_RIGHT),
            "tamount_b": s(f"{prefix}tab", SERIF_B, size, lead, alignment=TA_RIGHT),
            "tfoot": s(f"{prefix}tf", SERIF, 7, 9, spaceBefore=2.5),
        }

    return {
        "body": s("body", SERIF, 10, 13.0, spaceAfter=4),
        "label": s("label", SERIF_B, 10, 13.5, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "theme": s("theme", SERIF, 8, 11, textColor=GREY, spaceBefore=20, spaceAfter=2,
                   keepWithNext=1),
        "theme0": s("theme0", SERIF, 8, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": s("title", SERIF_B, 15, 19, spaceAfter=6, keepWithNext=1),
        "toc_h": s("toch", SERIF_B, 16, 20, spaceAfter=14),
        "toc_theme": s("toct", SERIF, 7.5, 10, textColor=GREY),
        "toc": s("toc", SERIF, 10, 13),
        "toc_page": s("tocp", SERIF, 10, 13, alignment=TA_RIGHT),
        "note": s("note", SERIF, 7, 8.8, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "inv": table("i", 8.0),
        "nested": table("n", 7.8),
    }


def _small_caps(text: str, size: float) -> str:
    """Simulated small caps: capitals at `size`, lower-case letters as capitals at 80%."""
    small = round(size * 0.8, 2)
    out, run, run_small = [], [], None
    for ch in text:
        is_small = ch.islower()
        if run and is_small != run_small:
            chunk = escape("".join(run).upper())
            out.append(f'<font size="{small}">{chunk}</font>' if run_small else chunk)
            run = []
        run.append(ch)
        run_small = is_small
    if run:
        chunk = escape("".join(run).upper())
        out.append(f'<font size="{small}">{chunk}</font>' if run_small else chunk)
    return "".join(out)


class _Mark(Flowable):
    """Zero-size: tells the running header which project is in progress from here on."""

    def __init__(self, state, title):
        super().__init__()
        self.state, self.title = state, title

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.state["current"] = self.title
        self.state.setdefault("first_on", {}).setdefault(page, self.title)


def _table(t: source.Table, ts, rec, investment: bool) -> list:
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], ts["tbody_b"] if bold else ts["tbody"], rec)]
        row += [para(c, ts["tamount_b"] if bold else ts["tamount"], rec) for c in body[1:]]
        rows.append(row)
    label = max(LABEL_MIN, min(165.0, FW - 62 * n))
    widths = [label] + [(FW - label) / n] * n
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3.5), ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.3, RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), FILL)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = Table(rows, colWidths=widths, repeatRows=0, splitByRow=1,
                  style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 6 if investment else 3), table]
    out += [para(f, ts["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def render_mirrored(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "mirrored")
        state: dict = {"current": None}
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=90)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=INNER, rightMargin=OUTER,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "mirrored"))

        def frame(x):
            return Frame(x, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)

        def on_page(canv, d):
            page = canv.getPageNumber()
            state["top"] = state["current"]  # the project in progress at the page's top

        def on_page_end(canv, d):
            foot.draw(canv)
            page = canv.getPageNumber()
            left = _left(page)
            odd = page % 2 == 1
            canv.saveState()
            canv.setFillColor(colors.black)
            canv.setFont(SERIF, 9)
            if odd:
                canv.drawRightString(left + FW, 1.4 * cm, str(page))
            else:
                canv.drawString(left, 1.4 * cm, str(page))
            title = state["top"] or state.get("first_on", {}).get(page)
            if page > 1 and title:
                canv.setFont(SERIF, 7.5)
                canv.setFillColor(GREY)
                y = HEIGHT - TOP + 0.55 * cm
                if odd:
                    canv.drawRightString(left + FW, y, title)
                else:
                    canv.drawString(left, y, title)
                canv.setStrokeColor(RULE)
                canv.setLineWidth(0.3)
                canv.line(left, y - 4, left + FW, y - 4)
            canv.restoreState()

        block = frame(INNER)

        def begin(canv, d):
            # one template; its frame moves to the page's text block (inner margin left on
            # odd pages, outer margin left on even pages)
            block._x1 = _left(canv.getPageNumber())
            block._geom()
            block._reset()
            on_page(canv, d)

        doc.addPageTemplates([PageTemplate("page", [block], onPage=begin,
                                           onPageEnd=on_page_end)])

        story: list = [para(dossier.toc_heading, st["toc_h"])]
        rows, cmds = [], []
        for p, pr in enumerate(dossier.projects):
            cell = [para("", st["toc_theme"], markup=_small_caps(pr.theme, 7.5)),
                    para(pr.title, st["toc"])]
            rows.append([cell, para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            theme = para("", st["theme0"] if p == 0 else st["theme"], rec,
                         markup=_small_caps(pr.theme, 8))
            story += [_Mark(state, pr.title), theme, para(pr.title, st["title"], truth.heading(p))]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st["inv"], rec, investment=True)
                    continue
                story.append(para(row.label, st["label"], rec))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st["nested"], rec, investment=False)
                        continue
                    q = para(item, st["body"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last_q = q
            if loose:
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
