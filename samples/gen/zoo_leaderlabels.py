"""One more house style for the layout zoo (see zoo.py), held out: a province's OLD-FASHIONED
TYPED PROJECT FORM ("projectformulier"), the look of a form a secretariat keeps in its word
processor since the days of the typewriter: every field label in plain type at the margin,
followed by a DOT LEADER that runs to a tab stop where the field's text begins, on the same
line ("Partijen ........................ Universiteit Twente, ..."), the text wrapping under
itself.

- leaderlabels: A4 portrait, margins 2.5 cm left and right, 2.4 cm top, 2.5 cm bottom (a 16.0
          cm type area). EVERYTHING IN A SERIF: Times-Roman (DejaVu Serif for a paragraph
          holding a character it lacks) 10.5pt on 14pt, ragged right; NO BOLD anywhere in the
          running text or the labels. Running header on every page but the first, 8.5pt
          italic at the right margin 1.4 cm under the top edge: "Bijlage bij Statenvoorstel
          PS/2019/031 – Regio Deal <Name>"; footer: the page number centred as "– N –" (9pt)
          1.3 cm over the bottom edge.
          Page 1: "PROVINCIE <OVERIJSSEL|ZEELAND>" (10.5pt capitals drawn with 2pt character spacing, centred),
          "Regio Deal <Name>" (16pt, centred) and "Projectformulieren" (12pt italic, centred),
          a 0.5pt rule across the type area, then the contents under the transcription's
          heading (12pt, centred): one line per project "Project <k>   <title>" (the title at
          a 2.2 cm tab, a long title wrapped under itself) joined to its page number (right-
          aligned at the margin, on the entry's last line) by a dot leader of closed full stops.
          EVERY PROJECT STARTS ON A NEW PAGE with a centred heading block: "Project <k>" (11pt,
          letter-spaced: "P r o j e c t  3" is drawn with 2pt character spacing, so it reads
          back as one word), the project's title under it in 14pt (centred, a long title on
          two lines), the theme in 10.5pt italic under that, then a 0.5pt rule over the whole
          type area (10pt above the first field).
          FIELDS AS A TYPED FORM: the LABEL in plain 10.5pt at the left margin, after it a DOT
          LEADER (a run of full stops in the body font, as text, set close at the stop's own
          advance, starting 3pt after the label and ending 5pt before the tab; the dots are not
          aligned from line to line), and the field's TEXT from a TAB STOP 5.0 cm from the
          margin (a text column of 11.0 cm), its first line on the label's baseline, the later
          lines and paragraphs hanging at the tab; 5pt after each paragraph, 9pt above each
          field. A label wider than 3.9 cm (the tab less a 1.1 cm least leader) is broken by
          hand at a space: its first line(s) stand alone at the margin (nothing beside them),
          its LAST line carries the leader and the text begins on that line ("Structureel
          karakter (Hoe" / "verder zonder" / "rijksbijdrage) .... <text>"). A list item keeps
          the source's marker at the tab and hangs on it (12pt). A field holding only a table
          has its label and a leader with nothing at the tab, the table under it.
          TABLES inside a field stay there, in the text column (11 cm, from the tab); the
          investment tables across the type area (16 cm). Both typed plain: 9pt Times
          (down to 7.5pt where its columns need it), no fills, no vertical rules; a 0.5pt rule
          above the header and under the table's last row, a 0.5pt rule under the header
          across the whole table; the table's label in ITALIC in the header's corner cell
          (spanning the header lines); header cells plain (not bold), CENTRED over their
          column, at the foot of the header; a group header ("Publiek") centred over its
          members with a 0.5pt rule under just those columns. Each body row: the row label,
          wrapping in the label column, and after its last line a DOT LEADER (closed full
          stops, as text) up to 3pt before the label column's edge, i.e. to the first
          amount; amounts right-aligned exactly as transcribed on the baseline of the label's
          last line (bottom-aligned cells); the Totaal row plain like the others, a 0.5pt
          rule over its amount columns only. A table breaking over a page repeats its header
          lines (the transcription's page breaks are not followed). Table footnotes in 8.5pt
          under the table, from the table's left edge.
          The project's notes as page footnotes at the foot of the page of the paragraph
          holding the mark (notes whose mark is nowhere with the project's last paragraph):
          8.5pt under a 3 cm rule, "<mark> <text>".

Every cell and field prints as transcribed: the truth record is the plain one (no "raw"). A
project runs from its heading block to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_common import (LIST_ITEM, Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, font_for,
                         is_total, meta, page_of, para, register_fonts)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.5 * cm, 2.4 * cm, 2.5 * cm
FW = WIDTH - ML - MR                     # 16 cm
TAB = 5.0 * cm                           # where a field's text begins
TEXT_W = FW - TAB                        # 11 cm
MIN_LEADER = 1.1 * cm
LABEL_W = TAB - MIN_LEADER               # a wider label is broken by hand
SERIF, ITALIC = "Times-Roman", "Times-Italic"
SIZE, LEAD = 10.5, 14.0
PROVINCES = {"twente": "Overijssel", "zeeland": "Zeeland"}


def _dots(canv, font, size, x0, x1, base) -> None:
    """A leader of closed full stops from about x0 to x1 (ending at x1), as text."""
    step = stringWidth(".", font, size)
    n = int((x1 - x0) / step)
    if n > 0:
        canv.setFont(font, size)
        canv.drawRightString(x1, base, "." * n)


def _styles() -> dict:
    def s(name, font=SERIF, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ll-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(prefix, size):
        lead = round(size * 1.25, 2)
        return {
            "tlabel": s(f"{prefix}tl", ITALIC, size, lead),
            "thead": s(f"{prefix}th", SERIF, size, lead, alignment=TA_CENTER),
            "tgroup": s(f"{prefix}tg", SERIF, size, lead, alignment=TA_CENTER),
            "tbody": s(f"{prefix}tb", SERIF, size, lead),
            "tbody_b": s(f"{prefix}tb", SERIF, size, lead),
            "tamount": s(f"{prefix}ta", SERIF, size, lead, alignment=TA_RIGHT),
            "tamount_b": s(f"{prefix}ta", SERIF, size, lead, alignment=TA_RIGHT),
        }

    return {
        "body": s("body", leftIndent=TAB, spaceAfter=5),
        "item": s("item", leftIndent=TAB + 12, bulletIndent=TAB, bulletFontName=SERIF, spaceAfter=5),
        "labelline": s("labelline", spaceBefore=9, keepWithNext=1),
        "kop": s("kop", SERIF, 11, 14, alignment=TA_CENTER, spaceAfter=4),
        "title": s("title", SERIF, 14, 18, alignment=TA_CENTER, spaceAfter=3),
        "theme": s("theme", ITALIC, SIZE, LEAD, alignment=TA_CENTER, spaceAfter=6),
        "prov": s("prov", SERIF, 10.5, 14, alignment=TA_CENTER, spaceAfter=8),
        "doc": s("doc", SERIF, 16, 20, alignment=TA_CENTER, spaceAfter=4),
        "sub": s("sub", ITALIC, 12, 16, alignment=TA_CENTER, spaceAfter=10),
        "toch": s("toch", SERIF, 12, 16, alignment=TA_CENTER, spaceBefore=14, spaceAfter=10),
        "toc": s("toc", SERIF, SIZE, LEAD, leftIndent=2.2 * cm, firstLineIndent=0),
        "tfoot": s("tfoot", SERIF, 8.5, 10.5, spaceBefore=2),
        "note": s("note", SERIF, 8.5, 10.5, spaceAfter=1.5),
        "table": table,
    }


def _paragraph(text: str, st, rec):
    m = LIST_ITEM.match(text)
    style = st["item"] if m else st["body"]
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, style, rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def _label_lines(label: str) -> list[str]:
    """The label broken by hand at spaces where wider than LABEL_W."""
    font = font_for(label, SERIF)
    lines: list[str] = []
    cur = ""
    for word in label.split():
        joined = f"{cur} {word}" if cur else word
        if cur and stringWidth(joined, font, SIZE) > LABEL_W:
            lines.append(cur)
            cur = word
        else:
            cur = joined
    lines.append(cur)
    return lines


class _Leadered(Flowable):
    """A field's first paragraph (set from the tab) with the label's last line and the dot
    leader at the left, on the baseline of the paragraph's first line."""

    def __init__(self, inner, label: str, rec):
        super().__init__()
        self.inner, self.label, self.rec = inner, label, rec

    def wrap(self, aW, aH):
        self.w, self.h = self.inner.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def split(self, aW, aH):
        if aH < LEAD + 2:
            return []
        parts = self.inner.split(aW, aH)
        if not parts:
            return []
        return [_Leadered(parts[0], self.label, self.rec)] + list(parts[1:])

    def drawOn(self, canv, x, y, _sW=0):
        frame = getattr(self, "_frame", None)
        if frame is not None:
            self.inner._frame = frame
        self.inner.drawOn(canv, x, y, _sW)
        base = y + self.h - self.inner.style.fontSize  # reportlab's first baseline
        font = font_for(self.label, SERIF)
        canv.saveState()
        canv.setFillColor(colors.black)
        canv.setFont(font, SIZE)
        canv.drawString(x, base, self.label)
        end = x + stringWidth(self.label, font, SIZE) + 3
        _dots(canv, SERIF, SIZE, end, x + TAB - 5, base)
        canv.restoreState()
        if self.rec:
            self.rec(canv.getPageNumber())


class _LeaderCell(Flowable):
    """A table row label and a dot leader after its last line, up to 3pt before the cell's
    edge."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def wrap(self, aW, aH):
        self.aW = aW
        self.w, self.h = self.p.wrap(max(aW - 14, 10), aH)
        return aW, self.h

    def draw(self):
        c, st = self.canv, self.p.style
        self.p.drawOn(c, 0, 0)
        bl = self.p.blPara
        lines = bl.lines
        extra = lines[-1][0] if bl.kind == 0 else lines[-1].extraSpace
        used = max(self.aW - 14, 10) - extra
        base = self.h - st.fontSize - (len(lines) - 1) * st.leading
        c.saveState()
        c.setFillColor(colors.black)
        _dots(c, st.fontName, st.fontSize, used + 3, self.aW - 3, base)
        c.restoreState()


class _Rule(Flowable):
    def __init__(self, width, space=6, above=0):
        super().__init__()
        self.width, self.space, self.above = width, space, above

    def wrap(self, aW, aH):
        return self.width, self.space + self.above

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, self.space, self.width, self.space)


class _TocEntry(Flowable):
    """'Project k' at the margin, the title at a tab, dot leader to the page number."""

    def __init__(self, k, title, page, st):
        super().__init__()
        self.k, self.page, self.st = k, page, st
        self.p = para(title, ParagraphStyle("ll-tocp", st, leftIndent=0))

    def wrap(self, aW, aH):
        self.aW = aW
        self.tw = aW - 2.2 * cm - 40
        self.h = self.p.wrap(self.tw, aH)[1]
        return aW, self.h + 3

    def draw(self):
        c, st = self.canv, self.st
        self.p.drawOn(c, 2.2 * cm, 3)
        base0 = 3 + self.h - st.fontSize
        c.setFont(SERIF, SIZE)
        c.drawString(0, base0, f"Project {self.k}")
        bl = self.p.blPara
        lines = bl.lines
        extra = lines[-1][0] if bl.kind == 0 else lines[-1].extraSpace
        base = base0 - (len(lines) - 1) * st.leading
        pw = stringWidth(self.page, SERIF, SIZE)
        _dots(c, SERIF, SIZE, 2.2 * cm + self.tw - extra + 3, self.aW - pw - 3, base)
        c.drawRightString(self.aW, base, self.page)


def _table(t: source.Table, st, rec, width) -> list:
    pad = 3.0
    size = 9.0
    while True:
        ts = st["table"](f"t{size}-", size)
        widths = _col_widths(t, lambda s: s, width, ts, pad, label_share=0.34, min_label=80.0,
                             squeeze=size <= 7.5)
        if widths is not None:
            break
        size -= 0.5
    widths[0] -= sum(widths) - width
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    cmds = []
    rows[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if h.columns > 1 and r1 < lines - 1:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.5, colors.black))
    for body in t.rows:
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        r = len(rows)
        rows.append([_LeaderCell(para(body[0], ts["tbody"], rec))] + [para(c, ts["tamount"], rec) for c in cells])
        if is_total(body[0]):
            cmds.append(("LINEABOVE", (1, r), (-1, r), 0.5, colors.black))
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, 0), (0, lines - 1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.black),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1)))] + cmds
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="RIGHT")
    indent = FW - width
    foot = ParagraphStyle(f"ll-tfoot{indent}", st["tfoot"], leftIndent=indent)
    return [Spacer(0, 5), table] + [para(f, foot, rec) for f in t.footnotes] + [Spacer(0, 7)]


def _field(label, content, st, rec, owner, r, foot) -> tuple[list, object]:
    lines = _label_lines(label)
    out: list = []
    for k, line in enumerate(lines[:-1]):  # a long label's first lines stand alone
        out.append(para(line, st["labelline"] if k == 0 else ParagraphStyle(
            "ll-labelline2", st["labelline"], spaceBefore=0), rec))
    first_space = 0 if len(lines) > 1 else 9
    last = None
    first_done = False
    for i, item in enumerate(content or ("",)):
        if isinstance(item, source.Table):
            if not first_done:
                q = para("", ParagraphStyle(f"ll-empty{first_space}", st["body"], spaceBefore=first_space), rec)
                out.append(_Leadered(q, lines[-1], rec))
                first_done = True
            out += _table(item, st, rec, TEXT_W)
            continue
        q = _paragraph(item, st, rec)
        if (r, i) in owner:
            q._notes, q._foot = tuple(owner[(r, i)]), foot
        if not first_done:
            q.style = ParagraphStyle(f"{q.style.name}-first{first_space}", q.style, spaceBefore=first_space)
            if q._text is not None:
                q._base = q.style
            out.append(_Leadered(q, lines[-1], rec))
            first_done = True
        else:
            out.append(q)
        last = q
    return out, last


def render_leaderlabels(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    folder = Path(dossier.source).parent.name if dossier.source else ""
    province = PROVINCES.get(folder.lower(), name)
    running = f"Bijlage bij Statenvoorstel PS/2019/031 – Regio Deal {name}"

    def once(info):
        truth = Truth(dossier, "leaderlabels")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=3 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "leaderlabels"))

        def on_page(canv, d):
            canv.saveState()
            n = canv.getPageNumber()
            if n > 1:
                canv.setFont(ITALIC, 8.5)
                canv.drawRightString(WIDTH - MR, HEIGHT - 1.4 * cm, running)
            canv.setFont(SERIF, 9)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"– {n} –")
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        story: list = [Spacer(0, 1.5 * cm), _Kop(f"PROVINCIE {province.upper()}", st["prov"], None),
                       para(f"Regio Deal {name}", st["doc"]), para("Projectformulieren", st["sub"]),
                       _Rule(FW, 4, 4), para(dossier.toc_heading or "Inhoud", st["toch"])]
        for p, pr in enumerate(dossier.projects):
            story.append(_TocEntry(p + 1, pr.title, page_of(info, p), st["toc"]))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), _Kop(f"Project {p + 1}", st["kop"], truth.heading(p)),
                      para(pr.title, st["title"], rec), para(pr.theme, st["theme"], rec), _Rule(FW, 4, 6)]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += [Spacer(0, 4)] + _table(row, st, rec, FW)
                    continue
                part, q = _field(row.label, row.content, st, rec, owner, r, foot)
                story += part
                last = q or last
            if loose and last is not None:
                last._notes, last._foot = tuple(getattr(last, "_notes", ())) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)


class _Kop(Flowable):
    """A line of letter-spaced type ('Project k'), centred, drawn with 2pt character spacing."""

    def __init__(self, text, style, rec):
        super().__init__()
        self.text, self.style, self.rec = text, style, rec

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.style.leading + self.style.spaceAfter

    def draw(self):
        c, s = self.canv, self.style
        w = stringWidth(self.text, s.fontName, s.fontSize) + 2 * (len(self.text) - 1)
        t = c.beginText((self.aW - w) / 2, s.spaceAfter + s.leading - s.fontSize)
        t.setFont(s.fontName, s.fontSize)
        t.setCharSpace(2)
        t.textOut(self.text)
        c.drawText(t)
        if self.rec:
            self.rec(c.getPageNumber())
