"""One more house style for the layout zoo (see zoo.py), held out: an engineering
consultancy's project report as exported from LibreOffice Writer, whose tables are ruled
with vertical lines only.

- vrules: A4 portrait, margins 2.0 cm left, 2.5 cm right, 2.4 cm top, 2.2 cm bottom.
          DejaVu Sans 9.5pt on 12.6pt throughout, ragged right, 4pt after a paragraph; a
          list item keeps the source's marker (as text) and hangs on it.
          Running header on every page: "Regio Deal <Name> | Projectbeschrijvingen" in 8pt
          grey, RIGHT-aligned, over a thin (0.5pt) rule across the text column; running
          footer "Pagina N van M" in 8pt, centred. No title page, no contents.
          Each project opens with its title in 13pt DejaVu Sans Bold, and on the line below
          the theme as a grey tag: "Thema: <theme>" in 8pt dark grey on a light grey fill,
          the fill as wide as the text. Projects flow on (a conditional break keeps a title
          off a page's foot).
          FIELDS: the label in bold simulated small capitals (capitals 9.5pt, the other
          letters as capitals at 7.6pt) followed by a colon ("PARTIJEN:"), on a line of its
          own; the field's paragraphs under it. A table inside a field stands under the
          field's label, across the column, in the house rules.
          FUNDING TABLES across the text column, 8.5pt (7.5pt from six value columns on),
          ruled with VERTICAL lines only: a thin (0.5pt) rule at both outer edges and between
          every two columns; no horizontal rule but one thick (1.2pt) rule under the header
          and one under the table's last row; no fills, no zebra. Header labels bold and
          LEFT-aligned, also over the amount columns (a header starts at its column's left
          edge while the figures under it end at the right edge); the table's label
          ("Opgaven/Investeringen") over the row-label column. A group header ("Publiek") on
          the header's first line spans its members, left-aligned; the rule between its
          members starts only below it. A single header beside a group spans the header's
          lines. Row labels wrap inside their column (about 36% of the width: long cost
          lines take two or three lines); the figures, right-aligned and exactly as
          transcribed (marks included: "7.500.000*"), stand on the FIRST line of their
          label; words in value columns are left-aligned. The Totaal row bold. A table
          breaks over a page where the page is full and where the source breaks it (before
          the source's page_break_before_row); the header lines are repeated at the top of
          the next page, and on the page where it breaks the vertical rules run on to the
          page's bottom margin (no closing rule there). Text is not broken where the source
          breaks pages.
          Table footnotes under the table in 8pt. Project notes at the end of the project
          in 8pt, each note's mark as the transcription gives it.

Amounts are printed as transcribed: the truth has no "raw" object.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.0 * cm, 2.5 * cm, 2.4 * cm, 2.2 * cm
FW = WIDTH - LEFT - RIGHT
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
SIZE, LEAD = 9.5, 12.6
GREY = colors.HexColor("#5F5F5F")
TAG_FILL = colors.HexColor("#E4E4E4")
TAG_TEXT = colors.HexColor("#404040")
THIN, THICK = 0.5, 1.2
PAD = 3.5
LABEL_SHARE = 0.36

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*¹²³⁴⁵⁶⁷⁸⁹⁰]*", text.strip()))


def _small_caps(text: str, big: float, small: float) -> str:
    """Simulated small capitals: lower-case runs as capitals in the smaller size."""
    out, run, lower = [], "", None
    for ch in text:
        is_lower = ch.upper() != ch
        if lower is not None and is_lower != lower:
            out.append(f'<font size="{small}">{escape(run.upper())}</font>' if lower
                       else escape(run))
            run = ""
        lower = is_lower
        run += ch
    if run:
        out.append(f'<font size="{small}">{escape(run.upper())}</font>' if lower else escape(run))
    return "".join(out)


def _styles() -> dict:
    return {
        "title": ParagraphStyle("vr-title", fontName=BOLD, fontSize=13, leading=16.5,
                                spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "tag": ParagraphStyle("vr-tag", fontName=SANS, fontSize=8, leading=10,
                              textColor=TAG_TEXT),
        "label": ParagraphStyle("vr-label", fontName=BOLD, fontSize=SIZE, leading=LEAD,
                                spaceBefore=7, spaceAfter=1.5, keepWithNext=1),
        "body": ParagraphStyle("vr-body", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               spaceAfter=4),
        "item": ParagraphStyle("vr-item", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               leftIndent=14, firstLineIndent=-14, spaceAfter=2.5),
        "tfoot": ParagraphStyle("vr-tf", fontName=SANS, fontSize=8, leading=10,
                                spaceBefore=2),
        "note": ParagraphStyle("vr-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("vr-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = round(size * 1.2, 2)

    def mk(name, font, align):
        return ParagraphStyle(f"vr-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {"thead": mk("th", BOLD, TA_LEFT),
            "tbody": mk("tb", SANS, TA_LEFT), "tbody_b": mk("tbb", BOLD, TA_LEFT),
            "tamount": mk("ta", SANS, TA_RIGHT), "tamount_b": mk("tab", BOLD, TA_RIGHT),
            "ttext": mk("tt", SANS, TA_LEFT), "ttext_b": mk("ttb", BOLD, TA_LEFT)}


class _VTable(Table):
    """A table whose part before a page break carries its vertical rules on down to the
    page's bottom margin."""

    _runs_on = False

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts[:-1]:
            q._runs_on = True
        if parts:
            parts[-1]._runs_on = self._runs_on
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        self._abs_y = y
        super().drawOn(canv, x, y, _sW)

    def draw(self):
        super().draw()
        if self._runs_on:
            c = self.canv
            c.saveState()
            c.setLineWidth(THIN)
            c.setStrokeColor(colors.black)
            foot = BOTTOM - self._abs_y
            for x in self._colpositions:
                c.line(x, 0, x, foot)
            c.restoreState()


def _widths(t: source.Table, ts) -> list[float]:
    """Value columns as wide as their widest figure or header word (and equal where there is
    room), the row-label column about LABEL_SHARE of the width."""
    n = t.columns
    need = [0.0] * n
    hf, hs = ts["thead"].fontName, ts["thead"].fontSize
    bf, bs = ts["tamount_b"].fontName, ts["tamount_b"].fontSize
    for h in t.header_cells():
        if h.columns == 1:
            widest = max((stringWidth(w, hf, hs) for w in h.text.split()), default=0)
            need[h.column - 1] = max(need[h.column - 1], widest)
    for body in t.rows:
        for c, text in enumerate(body[1:n + 1]):
            need[c] = max(need[c], min(stringWidth(text, bf, bs), 90.0))
    need = [w + 2 * PAD + 1 for w in need]
    label = max(FW * LABEL_SHARE, 0.0)
    if label + sum(need) > FW:
        label = max(70.0, FW - sum(need))
        if label + sum(need) > FW:
            k = (FW - label) / sum(need)
            return [label] + [w * k for w in need]
    per = (FW - label) / n
    if all(w <= per for w in need):
        return [label] + [per] * n
    extra = (FW - label - sum(need)) / n
    return [label] + [w + extra for w in need]


def _part(t: source.Table, body_rows, ts, widths, rec, runs_on: bool) -> _VTable:
    """The header lines and `body_rows` of `t` as one ruled table."""
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 3.5),
            ("TOPPADDING", (0, lines), (-1, lines), 3.5)]
    rows[0][0] = para(t.label, ts["thead"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    # Header line r: the column boundaries (1..n) a spanning header hides there.
    hidden: list[set[int]] = [set() for _ in range(lines)]
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, ts["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        for r in range(h.line, r1 + 1):
            hidden[r].update(range(h.column + 1, c1 + 1))
    for body in body_rows:
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        row = [para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
        for text in cells[:n]:
            key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
            row.append(para(text, ts[key], rec))
        rows.append(row)
    last = len(rows) - 1
    # Vertical rules: both outer edges all the way; between columns, in the header only
    # where no group spans the boundary, in the body everywhere.
    cmds += [("LINEBEFORE", (0, 0), (0, last), THIN, colors.black),
             ("LINEAFTER", (n, 0), (n, last), THIN, colors.black)]
    for b in range(1, n + 1):
        for r in range(lines):
            if b not in hidden[r]:
                cmds.append(("LINEBEFORE", (b, r), (b, r), THIN, colors.black))
        if last >= lines:
            cmds.append(("LINEBEFORE", (b, lines), (b, last), THIN, colors.black))
    cmds.append(("LINEBELOW", (0, lines - 1), (n, lines - 1), THICK, colors.black))
    if not runs_on:  # the closing rule under the table's last row
        cmds.append(("LINEBELOW", (0, last), (n, last), THICK, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines + 1))))
    table = _VTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                    hAlign="LEFT")
    table._runs_on = runs_on
    return table


def _table(t: source.Table, st, rec) -> list:
    """The table (in two parts, the second on a new page, where the source breaks it),
    its footnotes under it."""
    ts = _table_styles(8.5 if t.columns < 6 else 7.5)
    widths = _widths(t, ts)
    k = t.page_break_before_row
    out: list = [Spacer(0, 5)]
    if k and 0 < k < len(t.rows):
        out += [_part(t, t.rows[:k], ts, widths, rec, True), PageBreak(),
                _part(t, t.rows[k:], ts, widths, rec, False)]
    else:
        out.append(_part(t, t.rows, ts, widths, rec, False))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def _tag(theme: str, st, rec) -> Table:
    """The grey "Thema: ..." tag, its fill as wide as its text."""
    text = f"Thema: {theme}"
    w = min(stringWidth(text, SANS, 8) + 2 * 5 + 1, FW)
    return Table([[para(text, st["tag"], rec)]], colWidths=[w], hAlign="LEFT",
                 style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), TAG_FILL),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]))


def _paragraph(text: str, st, rec):
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def render_vrules(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    running = f"Regio Deal {dossier_name(dossier)} | Projectbeschrijvingen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "vrules")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "vrules"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - RIGHT, HEIGHT - 1.45 * cm, running)
            canv.setLineWidth(0.5)
            canv.setStrokeColor(GREY)
            canv.line(LEFT, HEIGHT - 1.6 * cm, WIDTH - RIGHT, HEIGHT - 1.6 * cm)
            canv.setFillColor(colors.black)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm,
                                   f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story += [Spacer(0, 14), CondPageBreak(5 * cm)]
            story.append(para(pr.title, st["title"], truth.heading(p)))
            tag = _tag(pr.theme, st, truth.heading(p))
            gap = Spacer(0, 4)
            tag.keepWithNext = gap.keepWithNext = 1
            story += [tag, gap]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                label = row.label + ":"
                story.append(para(label, st["label"], rec,
                                  markup=_small_caps(label, SIZE, 7.6)))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
