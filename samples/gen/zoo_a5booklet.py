"""One more house style for the layout zoo (see zoo.py), held out: a pocket-size PROGRAMME
BOOKLET (A5) set like a book, whose funding tables are TURNED: each stands on a page of its
own rotated a quarter, as a book prints a table too wide for its type area, the page's
folio and running head staying upright; half of those pages turned in the drawing, half by
the page's /Rotate.

- a5booklet: A5 PORTRAIT (419.5 x 595.3 pt), facing pages exported as single pages: MIRRORED
          margins, inner 1.7 cm and outer 1.3 cm (the type area, 11.8 cm wide, starts 1.7 cm
          from the left edge on odd, right-hand pages and 1.3 cm on even ones), top 1.8 cm,
          bottom 1.8 cm (a 17.4 cm type height). A Times serif (Times-Roman; a character it
          lacks, "⁴", "₂", set in DejaVu Serif on its own) at 9pt on 11.5pt, JUSTIFIED, book
          paragraphs: no space between the paragraphs of a field, every paragraph after a
          field's first indented 9pt (a list item hangs on its own marker, 10pt). RUNNING HEAD
          centred over the type area 1.1 cm from the top edge, 7.5pt Times-Italic grey, no
          rule: on even (verso) pages the theme of the project in progress, on odd (recto)
          pages its title; none on a project's opening page. The FOLIO in 8pt roman at the
          outer foot corner (1.0 cm from the bottom edge) of every page but the first.
          Page 1: "Regio Deal <Name>" (18pt bold), "Programmaboekje projecten" (11pt italic),
          then the contents under the transcription's heading (11pt bold): each theme an italic
          line, its projects indented 10pt under it with their page numbers right-aligned.
          EACH PROJECT OPENS A NEW PAGE (left or right): the theme in 8.5pt italic, the title
          in 13pt bold, a 2 cm 0.5pt rule under it. Field labels in bold 9pt on a line of their
          own (7pt above), kept with the text. Project notes are page footnotes (7pt, under a
          1.5 cm rule, at the foot of the type area of the page where their mark stands; notes
          whose mark is nowhere go with the project's last paragraph).
          Tables inside a field (milestones, years, a cost list) stay UPRIGHT in their field:
          7.5pt, booktabs rules (0.8pt above the header and under the last row, 0.4pt under
          the header), no vertical rules, the label in the corner, amounts right-aligned.
          FUNDING TABLES (a table whose columns are a Totaal and funding sources) FLOAT to a
          TURNED PAGE: where the table stands in the text only the text goes on (it fills the
          page), and the table is set on the NEXT page, a page of its own (or several, in
          order, where a project has more than one such table or a table does not fit), before
          the text continues on the page after. The turned block fills the type area turned a
          quarter COUNTER-CLOCKWISE: its top at the page's left edge, its lines reading from
          the bottom of the page upwards (17.4 cm wide, 11.8 cm high in its own terms). In it:
          a caption "Tabel <t>. Investeringen <project title>" (8.5pt bold; t counting the
          funding tables through the booklet) with "bedragen in euro's" in 7.5pt italic
          right-aligned on the same line; then the table across the block in 7.5pt Times: the
          label column 30 % of the block, the value columns sharing the rest; the header lines
          as transcribed in bold, right-aligned, a group header ("Publiek") centred over its
          members with a 0.4pt rule under it; every body cell as transcribed, right-aligned;
          the Totaal row bold; booktabs rules as above; then the table's footnotes in 6.5pt.
          A table longer than the block goes on on the next turned page under the caption
          "Tabel <t> (vervolg)" with its header repeated (not needed by these dossiers). The
          transcription's page breaks are not reproduced. The turned pages alternate: the
          1st, 3rd, 5th ... funding table's page is an ordinary portrait page (no /Rotate)
          with the block drawn rotated in the content stream; the 2nd, 4th, ... stand on a
          page with a portrait MediaBox and /Rotate 90 (as when the pages were turned in
          Acrobat for reading on screen) whose content stream is the very same: the block
          turned counter-clockwise, which the viewer's quarter turn sets upright, and the
          running head and the folio drawn upright in the portrait page, so that the viewer
          shows them turned at the left edge. On every turned page the running head (by the
          page's side, theme or title) and the folio are drawn as on a text page, upright in
          the portrait page (not turned with the table).

Every field and cell is printed as transcribed, in the transcription's table order: the truth
record is the plain one. A project runs from its opening page to the page of its last field
text, table cell or note; its turned table pages come before the next project's opening
page.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _column_keys
from .zoo_common import (LIST_ITEM, Doc, FootnoteSupport, Truth, build_until_stable, dossier_name,
                         font_for, is_funding, is_total, meta, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A5
INNER, OUTER = 1.7 * cm, 1.3 * cm
TOP, BOTTOM = 1.8 * cm, 1.8 * cm
FW = WIDTH - INNER - OUTER           # the type area's width (the turned block's height)
FH = HEIGHT - TOP - BOTTOM           # the type area's height (the turned block's width)
INK = colors.HexColor("#111111")
GREY = colors.HexColor("#555555")
TS = 7.5                             # table type size


def _left(page: int) -> float:
    """The type area's left edge: the inner margin on odd (right-hand) pages."""
    return INNER if page % 2 else OUTER


def _styles():
    def s(name, font="Times-Roman", size=9, leading=11.5, **kw):
        return ParagraphStyle(f"a5b-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})
    return {
        "body": s("body", alignment=TA_JUSTIFY),
        "body_in": s("bodyin", alignment=TA_JUSTIFY, firstLineIndent=9),
        "item": s("item", alignment=TA_JUSTIFY, leftIndent=10, bulletIndent=0, bulletFontName="Times-Roman"),
        "label": s("label", "Times-Bold", 9, 11.5, spaceBefore=7, spaceAfter=1, keepWithNext=1),
        "theme": s("theme", "Times-Italic", 8.5, 11, textColor=GREY, spaceAfter=1, keepWithNext=1),
        "title": s("title", "Times-Bold", 13, 16, spaceAfter=4, keepWithNext=1),
        "book": s("book", "Times-Bold", 18, 22, spaceAfter=4),
        "sub": s("sub", "Times-Italic", 11, 14, spaceAfter=18),
        "toc_h": s("toch", "Times-Bold", 11, 14, spaceAfter=6),
        "toc_theme": s("toct", "Times-Italic", 9, 11.5),
        "toc": s("toc", size=9, leading=11.5, leftIndent=10),
        "toc_page": s("tocp", size=9, leading=11.5, alignment=TA_RIGHT),
        "note": s("note", size=7, leading=8.5, leftIndent=7, firstLineIndent=-7, spaceAfter=1),
        "run": s("run", "Times-Italic", 7.5, 9, textColor=GREY, alignment=TA_CENTER),
        "cap": s("cap", "Times-Bold", 8.5, 10.5),
        "capnote": s("capn", "Times-Italic", 7.5, 10.5, textColor=GREY, alignment=TA_RIGHT),
        "tlabel": s("tl", "Times-Bold", TS, 9),
        "thead": s("th", "Times-Bold", TS, 9, alignment=TA_RIGHT),
        "tgroup": s("tg", "Times-Bold", TS, 9, alignment=TA_CENTER),
        "tbody": s("tb", size=TS, leading=9, alignment=TA_LEFT),
        "tbody_b": s("tbb", "Times-Bold", TS, 9),
        "tamount": s("ta", size=TS, leading=9, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Times-Bold", TS, 9, alignment=TA_RIGHT),
        "tfoot": s("tf", size=6.5, leading=8, spaceBefore=2),
    }


def _table(t: source.Table, st, rec, width: float, label_share: float) -> Table:
    """A booktabs table of `t` across `width`: label in the corner, header as transcribed."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans, groups = [], []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if h.columns > 1:
            groups.append((h.column, r1, c1))
    for body in t.rows:
        bold = is_total(body[0])
        rows.append([para(body[0], st["tbody_b"] if bold else st["tbody"], rec)] +
                    [para(c, st["tamount_b"] if bold else st["tamount"], rec) for c in body[1:]])
    wl = width * label_share
    widths = [wl] + [(width - wl) / n] * n
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.4, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.8, INK)]
    for c0, r, c1 in groups:
        cmds.append(("LINEBELOW", (c0, r), (c1, r), 0.4, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


def _caption(text: str, st, rec) -> Table:
    return Table([[para(text, st["cap"], rec), para("bedragen in euro's", st["capnote"], rec)]],
                 colWidths=[FH * 0.75, FH * 0.25], style=TableStyle([
                     ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                     ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))


def _turned_parts(t: source.Table, number: int, title: str, st, rec) -> list[list]:
    """The turned block(s) of funding table `t`: each a list of flowables for one page."""
    table = _table(t, st, rec, FH, 0.30)
    feet = [para(f, st["tfoot"], rec) for f in t.footnotes]
    fh = sum(f.wrap(FH, 1e6)[1] + f.getSpaceBefore() for f in feet)
    parts, rest, first = [], table, True
    while rest is not None:
        cap = _caption(f"Tabel {number}. Investeringen {title}" if first else f"Tabel {number} (vervolg)", st, rec)
        room = FW - cap.wrap(FH, 1e6)[1]
        _, h = rest.wrap(FH, room)
        if h + fh <= room:
            parts.append([cap, rest] + feet)
            break
        pieces = rest.split(FH, room)
        if len(pieces) < 2:  # the footnotes alone do not fit: they go on a page of their own
            parts.append([cap, rest])
            parts.append([_caption(f"Tabel {number} (vervolg)", st, rec)] + feet)
            break
        parts.append([cap, pieces[0]])
        rest, first = pieces[1], False
    return parts


class _Mark(Flowable):
    """Zero-size: the project in progress from here on (for the running head)."""

    def __init__(self, state, p):
        super().__init__()
        self.state, self.p = state, p

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state["current"] = self.p
        self.state["opening"].add(self.canv.getPageNumber())


class _Anchor(Flowable):
    """Zero-size: where a funding table stands in the text; it floats to the next page."""

    def __init__(self, doc_ref, parts):
        super().__init__()
        self.doc_ref, self.parts = doc_ref, parts

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.doc_ref[0].pending.extend(self.parts)


class _BookletDoc(Doc):
    """Emits the pending turned table pages after each text page."""

    def __init__(self, filename, truth, draw_turned, **kw):
        super().__init__(filename, truth, **kw)
        self.pending: list = []
        self.draw_turned = draw_turned
        self.turned_count = 0
        self.rotation = 0

    def beforePage(self):
        self.rotation = 0
        super().beforePage()

    def afterPage(self):
        if not self.pending:
            return
        canv = self.canv
        canv.setPageRotation(0)
        canv.showPage()
        pages, self.pending = self.pending, []
        for i, (table_no, flows) in enumerate(pages):
            rotate = table_no % 2 == 0
            # reportlab writes a /Rotate 90 page's MediaBox with width and height swapped:
            # the landscape size gives the portrait MediaBox
            canv.setPageSize((HEIGHT, WIDTH) if rotate else (WIDTH, HEIGHT))
            self.draw_turned(canv, flows)
            self.truth.pages = max(self.truth.pages, canv.getPageNumber())
            if i < len(pages) - 1:
                canv.setPageRotation(90 if rotate else 0)
                canv.showPage()
            else:
                self.rotation = 90 if rotate else 0  # the doc shows this last page itself


def render_a5booklet(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys = _column_keys(dossier)

    def once(info):
        truth = Truth(dossier, "a5booklet")
        state: dict = {"current": None, "opening": set()}
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=1.5 * cm)
        doc_ref: list = []

        def furniture(canv, page: int, opening: bool):
            left = _left(page)
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont("Times-Roman", 8)
            if page > 1:
                if page % 2:
                    canv.drawRightString(left + FW, 1.0 * cm, str(page))
                else:
                    canv.drawString(left, 1.0 * cm, str(page))
            canv.restoreState()
            p = state["current"]
            if p is None or opening:
                return
            pr = dossier.projects[p]
            run = para(pr.title if page % 2 else pr.theme, st["run"])
            run.wrap(FW, 1e6)
            run.drawOn(canv, left, HEIGHT - 1.1 * cm)

        def draw_turned(canv, flows):
            page = canv.getPageNumber()
            furniture(canv, page, False)
            left = _left(page)
            canv.saveState()
            canv.translate(left + FW, BOTTOM)
            canv.rotate(90)
            top = FW
            for f in flows:
                _, h = f.wrap(FH, 1e6)
                top -= f.getSpaceBefore()
                f.drawOn(canv, 0, top - h)
                top -= h + f.getSpaceAfter()
            canv.restoreState()

        doc = _BookletDoc(str(pdf_path), truth, draw_turned, pagesize=A5, leftMargin=INNER, rightMargin=OUTER,
                          topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "a5booklet"))
        doc_ref.append(doc)
        block = Frame(INNER, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def begin(canv, d):
            block._x1 = _left(canv.getPageNumber())
            block._geom()
            block._reset()
            state["top"] = state["current"]

        def end(canv, d):
            foot.draw(canv)
            page = canv.getPageNumber()
            furniture(canv, page, page in state["opening"])

        doc.addPageTemplates([PageTemplate("page", [block], onPage=begin, onPageEnd=end, pagesize=A5)])

        story: list = [para(f"Regio Deal {name}", st["book"]), para("Programmaboekje projecten", st["sub"]),
                       para(dossier.toc_heading, st["toc_h"])]
        rows, cmds, last = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 6 if rows else 0))
                rows.append([para(pr.theme, st["toc_theme"]), ""])
            rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[FW - 1.2 * cm, 1.2 * cm], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)] + cmds)))

        number = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), _Mark(state, p), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p)),
                      _Rule(), Spacer(0, 6)]
            tables = tables_of(pr)
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                items = [row] if isinstance(row, source.Table) else list(row.content)
                if isinstance(row, source.Field):
                    story.append(para(row.label, st["label"], rec))
                first = True
                for i, item in enumerate(items):
                    if isinstance(item, source.Table):
                        idx = next(k for k, x in enumerate(tables) if x is item)
                        kk = keys.get((pr.title, idx))
                        if is_funding(kk) and len(kk) == item.columns:
                            number += 1
                            parts = _turned_parts(item, number, pr.title, st, rec)
                            story.append(_Anchor(doc_ref, [(number, f) for f in parts]))
                        else:
                            story += [Spacer(0, 4), _table(item, st, rec, FW, 0.42)]
                            story += [para(f, st["tfoot"], rec) for f in item.footnotes]
                            story.append(Spacer(0, 4))
                        first = True
                        continue
                    if LIST_ITEM.match(item):
                        m = LIST_ITEM.match(item)
                        style = st["item"]
                        font = font_for(item, style.fontName)
                        if font != style.fontName:
                            style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
                        q = para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")
                    else:
                        q = para(item, st["body"] if first else st["body_in"], rec)
                    first = False
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


class _Rule(Flowable):
    """The 2 cm rule under a project's title."""

    def wrap(self, aW, aH):
        return 2 * cm, 2

    def draw(self):
        self.canv.saveState()
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 1, 2 * cm, 1)
        self.canv.restoreState()
