"""One more house style for the layout zoo (see zoo.py), held out: a policy note set as a
book page with a WIDE OUTER MARGIN (a "Tufte" layout, as a planning bureau's LaTeX class or
an InDesign template draws it): the field labels are hanging side-heads in the margin, the
notes are sidenotes beside their mark, and the funding tables are wide figures that break
out of the text column into the margin.

- marginalia: A4 portrait, set for double-sided printing (exported as single pages). The TYPE
          AREA is 16.4 cm wide: a NARROW TEXT COLUMN of 11 cm and, 0.6 cm from it, a MARGIN
          COLUMN of 4.8 cm on the OUTER side: on ODD pages the text column starts 2.6 cm from
          the left edge and the margin column lies right of it (14.2 cm to 19.0 cm); on EVEN
          pages the margin column starts 2.0 cm from the left edge (to 6.8 cm) and the text
          column lies right of it (7.4 cm to 18.4 cm). Top margin 2.4 cm, bottom 2.2 cm.
          Body in a Times-like serif (Times-Roman; DejaVu Serif for a paragraph holding a
          character it lacks, "⁴", "₂") 10pt on 13.5pt, JUSTIFIED, 5pt after each paragraph;
          a list item keeps the source's marker and hangs on it (12pt).
          RUNNING FOLIO at the outer top corner of every page but the first, 1.4 cm from the
          top edge, over the outer edge of the type area (no rule): the page number in 9pt
          Helvetica-Bold and, 8pt apart on the inner side of it, the SHORT TITLE of the
          project (the title up to its first " - ", ":" or "(", then cut after the last word
          that ends within 30 characters, "..." added where cut) in 8pt Times-Italic grey:
          "Skills Twente  23" on odd pages (right-aligned), "24  Skills Twente" on even
          pages. The project shown is the first one that begins on the page, else the one
          running on.
          Page 1: "BELEIDSNOTITIE" in 8pt Helvetica grey letter-capitals and "Regio Deal
          <Name>: de projecten" in 18pt Times-Bold in the text column, an introductory
          paragraph of two sentences (no amounts), then "Overzicht" (11pt Times-Bold) with one
          line per project in the text column: its number, its title, its page number at the
          column's right edge. Projects FLOW ON (a new page where less than 6 cm is left):
          the project's title in 14pt Times-Bold on 17pt in the text column, 16pt above it,
          and beside it in the margin, level with its first line, "Project <k>" over the theme
          in 8pt Times-Italic grey.
          FIELD LABELS ARE HANGING SIDE-HEADS in the margin column: the label in simulated
          SMALL CAPITALS (Helvetica-Bold, capitals 8pt, the other letters as capitals at
          6.4pt, dark red #7A1E1E), wrapped within the margin column, FLUSH TOWARDS THE TEXT
          (left-aligned on odd pages, right-aligned on even pages), the baseline of its first
          line on the baseline of the field's first text line; 7pt extra space above each
          field's first paragraph. Where an earlier side-head or sidenote still occupies the
          margin there, the side-head moves down under it (3pt apart).
          SIDENOTES: every project note is set in the margin column beside the line that holds
          its mark (the transcription's superscript, printed in the text as transcribed): 7.5pt
          Times-Roman on 9pt, "<mark> <text>" (its further paragraphs under it), left-aligned
          on both sides, its first line level with the line of the mark (moved down under a
          side-head or an earlier note that is in the way, 3pt apart). A note whose mark is
          nowhere goes beside the first line of the project's last paragraph. No page
          footnotes.
          INVESTMENT TABLES (the tables between the fields) are WIDE FIGURES: they break out of
          the text column across the WHOLE TYPE AREA (16.4 cm: text column, gap and margin
          column; to the right on odd pages, to the left on even pages), under a caption
          across the type area in 8pt Times-Italic: "Tabel <k>. Kosten en dekking, <short
          title> (in euro)" (k counting the wide tables from 1 through the document). Table
          style: Helvetica 8pt on 10pt, cell padding 4pt left and right, 2pt above and under;
          the header lines bold on a pale warm fill (#EFEBE3) with the table's label in the
          corner cell (left, spanning the header lines), single headers right-aligned, a
          group header ("Publiek") centred over its members with a 0.4pt rule under those
          columns; a 1pt rule above the header and 0.5pt under it, 0.25pt grey rules between
          the body rows, 0.5pt above a Totaal row and 1pt under the last row; no vertical
          rules. The label column 5 cm, the value columns share the rest equally. Body cells
          as transcribed: amounts right-aligned, words left-aligned (wrapped); the Totaal row
          bold. Header lines repeated where a table breaks over a page (its continuation
          again spans that page's type area, so it sits 0.6 cm further left or right); the
          transcription's page breaks are not followed. Table footnotes in 7.5pt under the
          table across the type area. TABLES INSIDE A FIELD stay in the text column where
          they stand: the same style at 7.5pt on 9pt, the label column 35 % of the column.

Every cell prints as transcribed and the tables stand in the transcription's order: the truth
record is the plain one (no "raw", no "table_order"). A project runs from the page of its
title to the page of its last field text, table cell or sidenote. The folio, the
"Project <k>" line, the theme and the captions are not content.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    RP,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    font_for,
    is_total,
    meta,
    page_of,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
TEXT_W = 11 * cm
GAP = 0.6 * cm
MARGIN_W = 4.8 * cm
TYPE_W = TEXT_W + GAP + MARGIN_W
ODD_TEXT_X = 2.6 * cm
EVEN_MARGIN_X = 2.0 * cm
TOP, BOTTOM = 2.4 * cm, 2.2 * cm
FH = HEIGHT - TOP - BOTTOM
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
RED = colors.HexColor("#7A1E1E")
GREY = colors.HexColor("#666666")
RULE = colors.HexColor("#9A9A9A")
FILL = colors.HexColor("#EFEBE3")
INK = colors.black
TPAD = 4.0


def _odd(page: int) -> bool:
    return page % 2 == 1


def text_x(page: int) -> float:
    return ODD_TEXT_X if _odd(page) else EVEN_MARGIN_X + MARGIN_W + GAP


def margin_x(page: int) -> float:
    return ODD_TEXT_X + TEXT_W + GAP if _odd(page) else EVEN_MARGIN_X


def type_x(page: int) -> float:
    return ODD_TEXT_X if _odd(page) else EVEN_MARGIN_X


def _styles() -> dict:
    def s(name, font=SERIF, size=10, leading=13.5, **kw):
        return ParagraphStyle(f"mg-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "kicker": s("kicker", SANS, 8, 10, textColor=GREY, spaceAfter=4),
        "doc": s("doc", SERIF_B, 18, 22, spaceAfter=12),
        "intro": s("intro", alignment=TA_JUSTIFY, spaceAfter=10),
        "h_toc": s("htoc", SERIF_B, 11, 14, spaceBefore=6, spaceAfter=4),
        "toc": s("toc", SERIF, 10, 13),
        "toc_r": s("tocr", SERIF, 10, 13, alignment=TA_RIGHT),
        "title": s("title", SERIF_B, 14, 17, spaceBefore=16, spaceAfter=4, keepWithNext=1),
        "body": s("body", alignment=TA_JUSTIFY, spaceAfter=5),
        "item": s("item", alignment=TA_JUSTIFY, spaceAfter=3, leftIndent=12, bulletIndent=0),
        "side": s("side", SANS_B, 8, 9.5, textColor=RED),
        "side_r": s("side_r", SANS_B, 8, 9.5, textColor=RED, alignment=TA_RIGHT),
        "theme": s("theme", SERIF_I, 8, 10, textColor=GREY),
        "theme_r": s("theme_r", SERIF_I, 8, 10, textColor=GREY, alignment=TA_RIGHT),
        "snote": s("snote", SERIF, 7.5, 9, spaceAfter=1),
        "caption": s("cap", SERIF_I, 8, 10, spaceBefore=8, spaceAfter=3),
        "tfoot": s("tfoot", SERIF, 7.5, 9, spaceBefore=2),
    }


def _tstyles(size: float, lead: float) -> dict:
    def s(name, font, align):
        return ParagraphStyle(f"mg-t{name}-{size}", fontName=font, fontSize=size, leading=lead, alignment=align)

    return {"label": s("l", SANS_B, TA_LEFT), "head": s("h", SANS_B, TA_RIGHT), "group": s("g", SANS_B, TA_CENTER),
            "words": s("w", SANS, TA_LEFT), "words_b": s("wb", SANS_B, TA_LEFT),
            "num": s("n", SANS, TA_RIGHT), "num_b": s("nb", SANS_B, TA_RIGHT)}


def small_caps(text: str, size: float = 8.0) -> str:
    """Simulated small capitals: capitals at `size`, the other letters as capitals at 80 %."""
    out = []
    for run in re.findall(r"[a-zà-ÿ]+|[^a-zà-ÿ]+", text):
        if run[0].islower():
            out.append(f"<font size='{size * 0.8:.1f}'>{escape(run.upper())}</font>")
        else:
            out.append(escape(run))
    return "".join(out)


_SHORT_CUT = re.compile(r" - |:|\(")


def short_title(title: str) -> str:
    head = _SHORT_CUT.split(title, 1)[0].strip()
    if len(head) <= 30:
        return head
    cut = head[:31].rsplit(" ", 1)[0].rstrip(",;")
    return cut + "..."


class _Margin:
    """Per page: how far down the margin column is taken (side-heads, sidenotes)."""

    def __init__(self):
        self.floor: dict[int, float] = {}

    def place(self, canv, paras: list, top: float) -> None:
        """Draw `paras` (stacked) in the margin column with their top at `top`, or lower
        where the margin is taken there."""
        page = canv.getPageNumber()
        top = min(top, self.floor.get(page, 1e9) - 3)
        y = top
        for p, style_right in paras:
            _, h = p.wrap(MARGIN_W, 1e6)
            y -= h
            p.drawOn(canv, margin_x(page), y)
            y -= p.style.spaceAfter
        self.floor[page] = y


def _line_of(p: Paragraph, mark: str) -> int | None:
    bl = getattr(p, "blPara", None)
    if bl is None:
        return None
    for i, line in enumerate(bl.lines):
        words = line[1] if bl.kind == 0 else [getattr(f, "text", "") for f in line.words]
        if any(mark in w for w in words):
            return i
    return None


class _SideP(RP):
    """A text paragraph that draws, in the margin column, its field's side-head (`_side`:
    label markup, on the first part only) and the sidenotes of the marks it holds (`_snotes`)."""

    _side = None
    _snotes: tuple = ()
    _loose: tuple = ()
    _m: _Margin | None = None
    _st: dict | None = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:
            q.__class__ = _SideP
            q._m, q._st, q._side, q._snotes, q._loose = self._m, self._st, None, (), ()
        if parts:
            parts[0]._side = self._side
            parts[-1]._loose = self._loose
            remaining = list(self._snotes)
            for q in parts:
                q.wrap(availWidth, 1e6)
                q._snotes = tuple(n for n in remaining if _line_of(q, n.mark) is not None)
                remaining = [n for n in remaining if n not in q._snotes]
            parts[-1]._snotes += tuple(remaining)
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        page = canv.getPageNumber()
        top = y + self.height
        first = top - self.style.fontSize  # the first line's baseline, as reportlab sets it
        if self._side:
            markup, kind = self._side
            st = self._st[kind + ("" if _odd(page) else "_r")]
            p = Paragraph(markup, st)
            self._m.place(canv, [(p, False)], first + st.fontSize)
        notes = [(n, _line_of(self, n.mark) or 0) for n in self._snotes]
        notes += [(n, 0) for n in self._loose]
        for note, line in notes:
            base = first - line * self.style.leading
            paras = []
            for j, t in enumerate(note.text or ("",)):
                text = f"{note.mark} {t}" if j == 0 else t
                paras.append((para(text, self._st["snote"], self._rec), False))
            self._m.place(canv, paras, base + self._st["snote"].fontSize)


def _sidep(p: RP, margin: _Margin, st, side=None) -> _SideP:
    p.__class__ = _SideP
    p._m, p._st, p._side = margin, st, side
    return p


class _Wide(Flowable):
    """A flowable set at the type area's width, drawn from the type area's left edge of the
    page it lands on (so it breaks out of the text column into the margin)."""

    def __init__(self, inner):
        super().__init__()
        self.inner = inner
        self.keepWithNext = getattr(inner, "keepWithNext", 0)

    def wrap(self, aW, aH):
        _, h = self.inner.wrap(TYPE_W, aH)
        self.width, self.height = aW, h
        return aW, h

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def split(self, aW, aH):
        return [_Wide(q) for q in self.inner.split(TYPE_W, aH)]

    def drawOn(self, canv, x, y, _sW=0):
        page = canv.getPageNumber()
        self.inner.drawOn(canv, type_x(page), y)


def _table(t: source.Table, width: float, label_w: float, size: float, lead: float, rec) -> Table:
    ts = _tstyles(size, lead)
    n, lines = t.columns, max(len(t.header), 1)

    def cell(text, style):
        return para(text, style, rec)

    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), TPAD), ("RIGHTPADDING", (0, 0), (-1, -1), TPAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    rows[0][0] = cell(t.label, ts["label"])
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = cell(h.text, ts["group" if h.columns > 1 else "head"])
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1 and r1 < lines - 1:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.4, INK))
    for r, body in enumerate(t.rows):
        total = is_total(body[0])
        b = "_b" if total else ""
        row = [cell(body[0], ts["words" + b])]
        for text in body[1:]:
            num = not text.strip() or amount(text) is not None
            row.append(cell(text, ts[("num" if num else "words") + b]))
        rows.append(row)
        if r:
            y = lines + r
            cmds.append(("LINEABOVE", (0, y), (-1, y), 0.5 if total else 0.25, INK if total else RULE))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, INK))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = [label_w] + [(width - label_w) / n] * n
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


class _Mark(Flowable):
    """Zero-size: notes that project `title` begins here (for the running folio)."""

    def __init__(self, state, title):
        super().__init__()
        self.state, self.title = state, title

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        page = self.canv.getPageNumber()
        self.state["current"] = self.title
        self.state.setdefault("first_on", {}).setdefault(page, self.title)


def _note_owner(pr: source.Project):
    """{(row, item): [notes]} by the first paragraph holding each mark; the rest loose."""
    owner: dict[tuple, list] = {}
    loose = []
    texts = [(r, i, c) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
             for i, c in enumerate(row.content) if isinstance(c, str)]
    for note in pr.notes:
        hit = next(((r, i) for r, i, c in texts if note.mark in c), None)
        if hit is None:
            loose.append(note)
        else:
            owner.setdefault(hit, []).append(note)
    return owner, loose


def render_marginalia(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "marginalia")
        margin = _Margin()
        state: dict = {"current": None}
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ODD_TEXT_X,
                  rightMargin=WIDTH - ODD_TEXT_X - TEXT_W, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "marginalia"))
        block = Frame(ODD_TEXT_X, BOTTOM, TEXT_W, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)

        def begin(canv, d):
            block._x1 = text_x(canv.getPageNumber())
            block._geom()
            block._reset()
            state["top"] = state["current"]

        def end(canv, d):
            page = canv.getPageNumber()
            title = state.get("first_on", {}).get(page) or state["top"]
            if page == 1 or not title:
                return
            canv.saveState()
            y = HEIGHT - 1.4 * cm
            short = short_title(title)
            sfont = font_for(short, SERIF_I)
            if _odd(page):
                right = ODD_TEXT_X + TYPE_W
                canv.setFont(SANS_B, 9)
                canv.drawRightString(right, y, str(page))
                pw = canv.stringWidth(str(page), SANS_B, 9)
                canv.setFont(sfont, 8)
                canv.setFillColor(GREY)
                canv.drawRightString(right - pw - 8, y, short)
            else:
                left = EVEN_MARGIN_X
                canv.setFont(SANS_B, 9)
                canv.drawString(left, y, str(page))
                pw = canv.stringWidth(str(page), SANS_B, 9)
                canv.setFont(sfont, 8)
                canv.setFillColor(GREY)
                canv.drawString(left + pw + 8, y, short)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [block], onPage=begin, onPageEnd=end)])

        story: list = [para("BELEIDSNOTITIE", st["kicker"]),
                       para(f"Regio Deal {name}: de projecten", st["doc"]),
                       para(f"Deze notitie beschrijft de projecten van de Regio Deal {name}, elk met de "
                            f"opgave, de voorgestelde aanpak, de beoogde resultaten en de financiering. "
                            f"De kostentabellen staan bij elk project, over de volle breedte van de "
                            f"bladspiegel.", st["intro"]),
                       para("Overzicht", st["h_toc"])]
        rows = [[para(f"{p + 1}", st["toc"]), para(pr.title, st["toc"]), para(page_of(info, p), st["toc_r"])]
                for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[18, TEXT_W - 48, 30], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])))
        k_table = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [CondPageBreak(6 * cm), _Mark(state, pr.title)]
            title = para(pr.title, st["title"], truth.heading(p))
            story.append(_sidep(title, margin, st, (f"Project {p + 1}<br/>{escape(pr.theme)}", "theme")))
            owner, loose = _note_owner(pr)
            last = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    k_table += 1
                    cap = para(f"Tabel {k_table}. Kosten en dekking, {short_title(pr.title)} (in euro)",
                               st["caption"])
                    cap.keepWithNext = 1
                    story += [_Wide(cap), _Wide(_table(row, TYPE_W, 5 * cm, 8, 10, rec))]
                    story += [_Wide(para(f, st["tfoot"], rec)) for f in row.footnotes]
                    story.append(Spacer(0, 8))
                    continue
                side = (small_caps(row.label), "side")
                content = list(row.content)
                shift = 0
                if not content or isinstance(content[0], source.Table):
                    content.insert(0, "")  # an empty first line to carry the side-head
                    shift = 1
                for i, item in enumerate(content):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 4), _table(item, TEXT_W, TEXT_W * 0.35, 7.5, 9, rec), Spacer(0, 6)]
                        continue
                    q = _sidep(field_para(item, st["body"], st["item"], rec), margin, st, side)
                    if side:
                        story.append(Spacer(0, 7))
                    side = None
                    q._snotes = tuple(owner.get((r, i - shift), ()))
                    story.append(q)
                    last = q
            if loose and last is not None:
                last._loose = tuple(loose)
        doc.build(story)
        return truth

    return build_until_stable(once)
