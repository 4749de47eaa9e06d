"""One more house style for the layout zoo (see zoo.py), held out: a municipality's Word
report whose author floated the tables inside the fields with square text wrapping
("tekstterugloop: vierkant").

- wraparound: A4 portrait, 2.5 cm margins all round, one 16 cm text column; Liberation Sans
          (Arial's metrics, standing in for Calibri; else DejaVu Sans) at 10.5pt on 13pt,
          ragged right, 6pt after each paragraph; a list item ("•", "●", "-", "o", "1.")
          with its marker hanging 18pt. Page 1 is the contents: the transcription's heading
          (16pt bold), then one line per project (the transcription's contents text) with
          dot leaders to its page number. Projects flow on (a new page where less than 6 cm
          is left): the theme as a blue 11pt line over the project title in bold 15pt; each
          field's label in bold 11pt on a line of its own above its text. Every table that
          stands inside a field's text is a Word float anchored at the start of that field's
          text: a 7.5 cm table at the right margin, its top level with the top of the
          field's first paragraph, in a 0.5pt box with 0.25pt grid lines, the header bold,
          type 7pt (cells wrapped), 8pt of white space kept clear around it. The text wraps
          around it on the left: every line whose top lies beside the float (float foot plus
          8pt) is set 16 - 7.5 cm - 8pt (8.2 cm) wide, the lines below run full width again
          (a paragraph can change width between two of its lines); where the field's text is
          shorter than the float, the next fields' labels and text wrap beside it too, as
          Word does; an investment table, or the end of the project, moves below the float.
          Float and the text beside it move to the next page together where the float does
          not fit under its field's label. The investment table is an ordinary full-width
          table where the transcription has it: 9pt, a 0.5pt black grid, the header row(s)
          bold on light grey, a group header ("Publiek") centred over its members, value
          headers and amounts right aligned, the table label over the row labels, repeated
          header where the table breaks over pages; table footnotes 8pt below it. Project
          notes as Word's page footnotes: a 5 cm rule over 8pt notes led by their mark.
          The page number centred at the foot; no running header.
"""

from __future__ import annotations

import math
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _toc_text
from .zoo_common import Doc, FootnoteSupport, Truth, build_until_stable, has_mark, meta, page_of, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN             # 16 cm
FLOAT_W = 7.5 * cm
DIST = 8.0                          # the float's distance from the text
NARROW = FW - FLOAT_W - DIST        # the lines beside the float
INK = colors.black
ACCENT = colors.HexColor("#2F5496")  # Word's heading blue
HEAD_FILL = colors.HexColor("#D9D9D9")
HANG = 18.0

_LIST = re.compile(r"^(•|●|-|–|o|\d{1,2}[.)])\s+(.*)$", re.S)


class _TocLine(Flowable):
    """A Word contents line: the text, dot leaders, the page number at the right margin."""

    def __init__(self, text_p, page, style):
        super().__init__()
        self.p, self.page, self.st = text_p, page, style

    def wrap(self, aW, aH):
        self.aW = aW
        self.h = self.p.wrap(aW - 40, aH)[1]
        return aW, self.h

    def draw(self):
        c, st = self.canv, self.st
        self.p.drawOn(c, 0, 0)
        bl = self.p.blPara
        last = bl.lines[-1]
        extra = last[0] if bl.kind == 0 else last.extraSpace
        end = self.aW - 40 - extra
        base = self.h - st.fontSize - (len(bl.lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        step = stringWidth(".", st.fontName, st.fontSize) + 1.2
        x, x1 = end + 4, self.aW - 22
        dots = max(0, int((x1 - x) / step))
        for k in range(dots):
            c.drawString(x1 - (k + 1) * step, base, ".")
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


class _Wrapped(Flowable):
    """A float at the right margin and the text set beside it: `placed` holds (paragraph,
    top, width) with tops measured down from the float's top. Never split: it moves to the
    next page whole."""

    def __init__(self, box, placed, height, space_before, space_after):
        super().__init__()
        self.box, self.placed = box, placed
        self.h, self.sb, self.sa = height, space_before, space_after

    def getSpaceBefore(self):
        return self.sb

    def getSpaceAfter(self):
        return self.sa

    def _notes(self):
        return [n for p, _, _ in self.placed for n in p._notes]

    def wrap(self, aW, aH):
        self.aW = aW
        self.bh = self.box.wrap(FLOAT_W, 1e6)[1]
        for p, _, w in self.placed:
            p.wrap(w, 1e6)
        notes = self._notes()
        if notes:
            foot = next(p._foot for p, _, _ in self.placed if p._notes)
            nh = foot.height(notes, aW)
            if self.h + nh > aH:
                return aW, self.h + nh
        return aW, self.h

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        top = y + self.h
        self.box.drawOn(canv, x + self.aW - FLOAT_W, top - self.bh)
        for p, t, w in self.placed:
            _, h = p.wrap(w, 1e6)
            p._frame = getattr(self, "_frame", None)
            p.drawOn(canv, x, top - t - h)


def _float_table(tables, st, rec):
    """The float: the field's table(s) 7.5 cm wide in a thin box, 7pt, cells wrapped."""
    pad = 2.5
    out = []
    for t in tables:
        rows, spans, _, _ = _grid(t, st, rec)
        lines = len(t.header)
        cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
                ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                ("INNERGRID", (0, 0), (-1, -1), 0.25, INK), ("BOX", (0, 0), (-1, -1), 0.5, INK)]
        cmds += [("SPAN", a, b) for a, b in spans]
        widths = _col_widths(t, lambda s: s, FLOAT_W, st, pad, label_share=0.4, min_label=62.0)
        out.append([Table(rows, colWidths=widths, style=TableStyle(cmds))])
        out += [[para(f, st["ffoot"], rec)] for f in t.footnotes]
    if len(out) == 1:
        return out[0][0]
    return Table(out, colWidths=[FLOAT_W], style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))


def _invest_table(t, st, rec) -> list:
    pad = 4
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("GRID", (0, 0), (-1, -1), 0.5, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, pad), repeatRows=lines,
                  style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 8), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


def render_wraparound(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()

    def style(name, font=sans, size=10.5, leading=13.0, **kw):
        return ParagraphStyle(f"wa-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=6),
        "item": style("item", leftIndent=HANG, bulletIndent=0, bulletFontName=sans,
                      bulletFontSize=10.5, spaceAfter=6),
        "label": style("label", bold, 11, 14, spaceBefore=10, spaceAfter=2, keepWithNext=1),
        "theme": style("theme", sans, 11, 14, textColor=ACCENT, spaceBefore=22,
                       keepWithNext=1),
        "title": style("title", bold, 15, 19, spaceAfter=8, keepWithNext=1),
        "toc_h": style("toch", bold, 16, 20, spaceAfter=14),
        "toc": style("toc", sans, 10.5, 13),
        "note": style("note", sans, 8, 9.8, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 9, 11), "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", sans, 9, 11), "tbody_b": style("tbb", sans, 9, 11),
        "tamount": style("ta", sans, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", sans, 9, 11, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 8, 10, spaceBefore=3),
    }
    fst = {  # the float's 7pt table
        "tlabel": style("ftl", bold, 7, 8.4), "thead": style("fth", bold, 7, 8.4, alignment=TA_RIGHT),
        "tgroup": style("ftg", bold, 7, 8.4, alignment=TA_CENTER),
        "tbody": style("ftb", sans, 7, 8.4), "tbody_b": style("ftbb", sans, 7, 8.4),
        "tamount": style("fta", sans, 7, 8.4, alignment=TA_RIGHT),
        "tamount_b": style("ftab", sans, 7, 8.4, alignment=TA_RIGHT),
        "ffoot": style("ff", sans, 6.5, 8),
    }

    for k in ("body", "item"):  # the part of a paragraph beside a float, and the rest
        st[f"{k}_cut"] = ParagraphStyle(f"wa-{k}-cut", st[k], spaceAfter=0)
        st[f"{k}_rest"] = ParagraphStyle(f"wa-{k}-rest", st[k], spaceBefore=0, firstLineIndent=0)

    def text_para(text, rec, cut=False):
        """A field paragraph: a list item with its marker hanging, else body text (`cut`:
        the lines of a paragraph beside a float, the rest follows under it)."""
        m = _LIST.match(text)
        if m is None:
            return para(text, st["body_cut" if cut else "body"], rec)
        return para("", st["item_cut" if cut else "item"], rec,
                    markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")

    def body_words(text):
        m = _LIST.match(text)
        return (m.group(2) if m else text).split()

    def once(info):
        truth = Truth(dossier, "wraparound")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "wraparound"))

        def folio(canv, d):
            canv.saveState()
            canv.setFont(sans, 9)
            canv.drawCentredString(WIDTH / 2, 1.25 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=folio, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        for p in range(len(dossier.projects)):
            story += [_TocLine(para(_toc_text(dossier, p), st["toc"]), page_of(info, p),
                               st["toc"]), Spacer(0, 4)]
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [CondPageBreak(6 * cm), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))

            # The project as units: ("label", r) | ("text", r, i) | ("float", r) | ("table", r)
            units = []
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    units.append(("table", r))
                    continue
                units.append(("label", r))
                if any(isinstance(c, source.Table) for c in row.content):
                    units.append(("float", r))
                units += [("text", r, i) for i, c in enumerate(row.content) if isinstance(c, str)]

            def unit_para(u, pr=pr, rec=rec):
                if u[0] == "label":
                    return para(pr.rows[u[1]].label, st["label"], rec)
                return text_para(pr.rows[u[1]].content[u[2]], rec)

            def attach(q, u, text=None, owner=owner):
                if u[0] == "text" and (u[1], u[2]) in owner:
                    notes = [n for n in owner[(u[1], u[2])] if text is None or has_mark(text, n.mark)]
                    if notes:
                        q._notes, q._foot = tuple(notes), foot
                return q

            last_q = None
            k = 0
            while k < len(units):
                u = units[k]
                if u[0] == "table":
                    story += _invest_table(pr.rows[u[1]], st, rec)
                    k += 1
                    continue
                if u[0] != "float":
                    q = attach(unit_para(u), u)
                    story.append(q)
                    if u[0] == "text":
                        last_q = q
                    k += 1
                    continue
                # A float: lay out the text beside it until the lines pass its foot.
                tables = [c for c in pr.rows[u[1]].content if isinstance(c, source.Table)]
                box = _float_table(tables, fst, rec)
                foot_y = box.wrap(FLOAT_W, 1e6)[1] + DIST
                placed, y, prev_sa, space_before = [], 0.0, None, 0.0
                remainder = None
                k += 1
                while k < len(units) and units[k][0] in ("label", "text"):
                    v = units[k]
                    q = unit_para(v)
                    gap = 0.0 if prev_sa is None else max(q.getSpaceBefore(), prev_sa)
                    top = y + gap
                    if top >= foot_y:
                        break
                    if prev_sa is None:
                        space_before = q.getSpaceBefore()
                    _, h = q.wrap(NARROW, 1e6)
                    lead = q.style.leading
                    beside = math.ceil((foot_y - top) / lead - 1e-9)
                    bl = q.blPara
                    if v[0] == "text" and len(bl.lines) > beside:
                        assert bl.kind == 0
                        text = pr.rows[v[1]].content[v[2]]
                        words = body_words(text)
                        m = sum(len(line[1]) for line in bl.lines[:beside])
                        mk = _LIST.match(text)
                        head = " ".join(words[:m])
                        tail = " ".join(words[m:])
                        if mk:
                            head = f"{mk.group(1)} {head}"
                        q = attach(text_para(head, rec, cut=True), v, head)
                        _, h = q.wrap(NARROW, 1e6)
                        assert len(q.blPara.lines) == beside, (len(q.blPara.lines), beside)
                        placed.append((q, top, NARROW))
                        remainder = para(tail, st["item_rest" if mk else "body_rest"], rec)
                        notes = [n for n in owner.get((v[1], v[2]), ()) if n not in q._notes]
                        if notes:
                            remainder._notes, remainder._foot = tuple(notes), foot
                        y = top + h
                        prev_sa = 0.0
                        k += 1
                        break
                    attach(q, v)
                    placed.append((q, top, NARROW))
                    if v[0] == "text":
                        last_q = q
                    y = top + h
                    prev_sa = q.getSpaceAfter()
                    k += 1
                ends = k >= len(units) or units[k][0] not in ("label", "text")
                height = max(y, foot_y) if ends and remainder is None else y
                story.append(_Wrapped(box, placed, height, space_before, prev_sa or 0.0))
                if remainder is not None:
                    story.append(remainder)
                    last_q = remainder
            if loose:  # notes whose mark is nowhere in the text: with the last paragraph
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
