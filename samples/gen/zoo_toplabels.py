"""One more house style for the layout zoo (see zoo.py), held out: a regional development
foundation's "projectenboek" set by a Swiss-minded design studio in InDesign, its field
labels in a narrow left column as small grey LETTER-SPACED CAPITALS HUNG FROM THE TOP of the
text beside them (not standing on its baseline), the fields parted by hairlines.

- toplabels: A4 portrait, margins 1.8 cm left and right, 2.6 cm top, 2.2 cm bottom (a 17.4
          cm type area). The type area is a GRID OF TWO COLUMNS: a LABEL COLUMN of 4.0 cm at
          the left margin, a 0.6 cm gutter, and the TEXT COLUMN of 12.8 cm (6.4 cm to 19.2 cm
          from the left edge). Body in a Times-like serif (Times-Roman; DejaVu Serif for a
          paragraph holding a character it lacks) 10.5pt on 14pt, ragged right, 5pt after
          each paragraph; a list item keeps the source's marker and hangs on it (12pt).
          Running head 1.4 cm from the top edge, no rule: "REGIO DEAL <NAME>" in 6.5pt
          Helvetica letter-spaced capitals (+1pt) grey at the left margin, "Projectenboek
          2019" in 7pt Helvetica grey at the text column's start, the page number in 7pt
          Helvetica at the right margin. No footer.
          Page 1: "Regio Deal <Name>" in 28pt Helvetica and "Projectenboek 2019" in 14pt grey
          in the text column under a 1.5pt black rule across the type area; then the
          transcription's contents heading as a label (see below) with the contents in the
          text column: for each theme its name as a label in the label column beside its
          first entry, the projects' titles in 10pt Helvetica with their page numbers at the
          right margin, a hairline under each theme's group.
          Each project OPENS A NEW PAGE: a 1.5pt black rule across the type area, 8pt under
          it the title in 20pt Helvetica (regular weight) on 24pt in the text column and,
          beside it in the label column, the theme in 7pt letter-spaced capitals in red
          (#C8102E), its cap height level with the title's; 14pt under the title.
          FIELD LABELS: in the label column, in Helvetica 7pt CAPITALS letter-spaced +1.1pt
          (the PDF's Tc, on the spaces too), grey (#8A8A8A), regular weight, no colon; a
          label wider than the column is broken there at a space or after a hyphen
          ("INZET EN CO-" / "FINANCIERING", "STRUCTUREEL KARAKTER (HOE" / ...), its lines
          8.5pt apart (not the body's 14pt, so that a label's second line stands between
          the text's first and second lines). The label is TOP-ALIGNED with the field's
          text: the top of its capitals level with the ascenders of the first text line
          (its baseline 2.15pt above that line's baseline). Above every field a 0.3pt grey
          (#B0B0B0) HAIRLINE across both columns, 9pt above it, 8pt under it to the text's
          ascenders; the label stays with the field's first lines; a field shorter than its
          label is padded to the label's foot. A field that opens with a table has its label
          beside the table's top.
          INVESTMENT TABLES (a table between the fields) across the whole type area under a
          hairline, in Helvetica 8.5pt (7.5pt where an amount or a header word would not
          fit): the row labels in the label column (4.6 cm: the label column and the gutter)
          flush with the margin, the value columns sharing the text column equally. The
          header lines TOP-ALIGNED in 6.5pt letter-spaced grey capitals: the table's label
          in the corner cell, single headers right-aligned over a column of amounts (one
          holding a digit or a nil), left-aligned over words (wrapped at their spaces where
          narrow), a group header ("PUBLIEK") centred over its members with a 0.3pt hairline
          under it. A 0.3pt grey hairline under the header and under every body row, no
          vertical rules, no fills; amounts right-aligned exactly as transcribed, words
          left-aligned; the Totaal row in Helvetica-Bold with a 0.75pt black rule above it.
          Header lines repeated where a table breaks over a page. Table footnotes in 7.5pt
          Helvetica under the table in the text column. A TABLE INSIDE A FIELD stands in the
          text column (12.8 cm) in the same style, its row labels in a 35% column.
          The project's notes at its end in the text column, 8pt Times on 10pt, each
          "<mark> <text>", under a 0.3pt hairline over the text column only.

The transcription's page breaks are not reproduced. Labels, table headers and table labels
print in capitals (read in any case); every cell prints as transcribed: the truth record is
the plain one (no "raw", no "field_labels"). A project runs from its opening page to the page
of its last field text, table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    page_of,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 1.8 * cm, 1.8 * cm, 2.6 * cm, 2.2 * cm
TYPE_W = WIDTH - ML - MR                 # 17.4 cm
LABEL_W, GUTTER = 4.0 * cm, 0.6 * cm
TEXT_OFF = LABEL_W + GUTTER              # the text column's start, from the margin
TEXT_W = TYPE_W - TEXT_OFF               # 12.8 cm

SERIF, SANS, SANS_B = "Times-Roman", "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.5, 14.0
ASC = 0.683                              # Times' ascender (of "h", "d"), em
CAP = 0.718                              # Helvetica's cap height, em
LSIZE, LTRACK, LLEAD = 7.0, 1.1, 8.5     # the labels
HSIZE, HTRACK, HLEAD = 6.5, 1.0, 8.0     # the table headers

INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#8A8A8A")
HAIR = colors.HexColor("#B0B0B0")
RED = colors.HexColor("#C8102E")


# --- letter-spaced capitals ---------------------------------------------------------------

def _tracked_width(s: str, font: str, size: float, track: float) -> float:
    return stringWidth(s, font, size) + len(s) * track


def _caps_lines(text: str, width: float, font=SANS, size=LSIZE, track=LTRACK) -> list[str]:
    """`text` in capitals broken into lines no wider than `width`: at a space, or after a
    hyphen; a piece wider than the column stands on its own line."""
    font = font_for(text, font)
    pieces: list[tuple[str, bool]] = []  # (piece, joins the next without a space)
    for word in text.upper().split():
        parts = word.split("-")
        for k, part in enumerate(parts):
            last = k == len(parts) - 1
            pieces.append((part if last else part + "-", not last))
    lines: list[str] = []
    cur, glue = "", False
    for piece, joins in pieces:
        joined = piece if not cur else (cur + piece if glue else f"{cur} {piece}")
        if cur and _tracked_width(joined, font, size, track) > width:
            lines.append(cur)
            cur = piece
        else:
            cur = joined
        glue = joins
    if cur:
        lines.append(cur)
    return lines


def _draw_caps(canv, x: float, y: float, line: str, colour, font=SANS, size=LSIZE, track=LTRACK,
               align=TA_LEFT, width: float = 0.0) -> None:
    font = font_for(line, font)
    w = _tracked_width(line, font, size, track) - track  # no tracking after the last letter
    if align == TA_RIGHT:
        x += width - w
    elif align == "centre":
        x += (width - w) / 2
    t = canv.beginText(x, y)
    t.setFont(font, size)
    t.setCharSpace(track)
    t.setFillColor(colour)
    t.textOut(line)
    canv.drawText(t)


class _Caps(Flowable):
    """Letter-spaced capitals in a table cell, top-aligned: broken to the cell's width."""

    def __init__(self, text: str, align=TA_LEFT, colour=GREY, font=SANS, size=HSIZE, track=HTRACK,
                 leading=HLEAD, rec=None):
        super().__init__()
        self.text, self.align, self.colour = text, align, colour
        self.font, self.size, self.track, self.leading, self.rec = font, size, track, leading, rec

    def wrap(self, aW, aH):
        self.lines = _caps_lines(self.text, aW, self.font, self.size, self.track) or [""]
        self.width = aW
        self.height = len(self.lines) * self.leading
        return aW, self.height

    def draw(self):
        for k, line in enumerate(self.lines):
            y = self.height - CAP * self.size - k * self.leading
            _draw_caps(self.canv, 0, y, line, self.colour, self.font, self.size, self.track,
                       self.align, self.width)

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


# --- fields -------------------------------------------------------------------------------

class _Hung(Flowable):
    """A flowable set in the text column (a paragraph indented to it, or a table standing in
    it) with a label in the label column HUNG FROM ITS TOP: the label's first baseline `drop`
    under the flowable's top, its lines `leading` apart."""

    def __init__(self, inner, lines: list[str], drop: float, rec, colour=GREY, leading=LLEAD,
                 table=False):
        super().__init__()
        self.inner, self.lines, self.drop, self.rec = inner, lines, drop, rec
        self.colour, self.leading, self.table = colour, leading, table

    def extent(self) -> float:
        """From the flowable's top down to the foot of the label's last line."""
        return self.drop + (len(self.lines) - 1) * self.leading + 2.5

    def wrap(self, aW, aH):
        self.aW = aW
        self.w, self.h = self.inner.wrap(TEXT_W if self.table else aW, aH)
        return aW, self.h

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def split(self, aW, aH):
        if aH < min(self.extent(), self.h):
            return []
        parts = self.inner.split(TEXT_W if self.table else aW, aH)
        if not parts:
            return []
        first = _Hung(parts[0], self.lines, self.drop, self.rec, self.colour, self.leading, self.table)
        if first.wrap(aW, aH)[1] < self.extent() and len(parts) > 1:
            return []
        return [first] + list(parts[1:])

    def drawOn(self, canv, x, y, _sW=0):
        frame = getattr(self, "_frame", None)
        if frame is not None:
            self.inner._frame = frame
        self.inner.drawOn(canv, x + (TEXT_OFF if self.table else 0), y, _sW)
        base = y + self.h - self.drop
        canv.saveState()
        for k, line in enumerate(self.lines):
            _draw_caps(canv, x, base - k * self.leading, line, self.colour)
        canv.restoreState()
        if self.rec:
            self.rec(canv.getPageNumber())


class _Hair(Flowable):
    """A hairline across the frame (or over the text column only) at the top of its box."""

    def __init__(self, height: float, space_before: float, text_only=False, colour=HAIR, width=0.3):
        super().__init__()
        self.h, self.spaceBefore, self.text_only = height, space_before, text_only
        self.colour, self.lw = colour, width
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.lw)
        x0 = TEXT_OFF if self.text_only else 0
        c.line(x0, self.h, self.aW, self.h)
        c.restoreState()


def _styles() -> dict:
    def s(name, font=SERIF, size=SIZE, leading=LEAD, **kw):
        kw.setdefault("textColor", INK)
        return ParagraphStyle(f"tl-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(size):
        lead = round(size * 1.25, 2)
        return {"tbody": s(f"tb{size}", SANS, size, lead),
                "tbody_b": s(f"tbb{size}", SANS_B, size, lead),
                "tamount": s(f"ta{size}", SANS, size, lead, alignment=TA_RIGHT),
                "tamount_b": s(f"tab{size}", SANS_B, size, lead, alignment=TA_RIGHT),
                "size": size}

    return {
        "body": s("body", leftIndent=TEXT_OFF, spaceAfter=5),
        "item": s("item", leftIndent=TEXT_OFF + 12, bulletIndent=TEXT_OFF, bulletFontName=SERIF, spaceAfter=5),
        "title": s("title", SANS, 20, 24, leftIndent=TEXT_OFF),
        "cover": s("cover", SANS, 28, 32, leftIndent=TEXT_OFF),
        "cover2": s("cover2", SANS, 14, 18, leftIndent=TEXT_OFF, textColor=GREY, spaceBefore=4),
        "toc": s("toc", SANS, 10, 14, leftIndent=TEXT_OFF),
        "tocp": s("tocp", SANS, 10, 14, alignment=TA_RIGHT),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, leftIndent=TEXT_OFF, spaceBefore=3),
        "tfoot_in": s("tfooti", SANS, 7.5, 9.5, leftIndent=TEXT_OFF, spaceBefore=3),
        "note": s("note", SERIF, 8, 10, leftIndent=TEXT_OFF, spaceAfter=2),
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


def _fit_size(t: source.Table, value_w: float) -> float:
    """8.5pt where every amount and header word fits its column, else 7.5pt (7pt at last)."""
    for size in (8.5, 7.5):
        need = max([stringWidth(c, SANS_B, size) for r in t.rows for c in r[1:]] +
                   [max((_tracked_width(w, SANS, HSIZE, HTRACK) for w in h.text.upper().split()), default=0)
                    for h in t.header_cells() if h.columns == 1], default=0)
        if need + 6 <= value_w:
            return size
    return 7.0


def _table(t: source.Table, st, rec, inside: bool) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    width = TEXT_W if inside else TYPE_W
    label_w = width * 0.35 if inside else TEXT_OFF
    value_w = (width - label_w) / n
    ts = st["table"](_fit_size(t, value_w))
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans, cmds = [], []
    rows[0][0] = _Caps(t.label, rec=rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    amounts = [False] * n
    for body in t.rows:
        for j, c in enumerate(body[1:]):
            if any(ch.isdigit() for ch in c) or c.strip() in ("-", "–"):
                amounts[j] = True
    for h in t.header_cells():
        group = h.columns > 1
        align = "centre" if group else TA_RIGHT if amounts[h.column - 1] else TA_LEFT
        rows[h.line][h.column] = _Caps(h.text, align, rec=rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
        if group:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.3, HAIR))
    for r, body in enumerate(t.rows):
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        row = [para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
        for j, c in enumerate(cells):
            key = ("tamount" if amounts[j] else "tbody") + ("_b" if bold else "")
            row.append(para(c, ts[key], rec))
        rows.append(row)
        if bold:
            cmds.append(("LINEABOVE", (0, lines + r), (-1, lines + r), 0.75, colors.black))
    cmds += [("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 8),
             ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.3, HAIR),
             ("LINEBELOW", (0, lines), (-1, -1), 0.3, HAIR),
             ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=[label_w] + [value_w] * n, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="RIGHT" if inside else "LEFT")
    out: list = [table] if inside else [_Hair(7, 10), table]
    out += [para(f, st["tfoot_in" if inside else "tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _field(label: str, content, st, rec) -> list:
    lines = _caps_lines(label, LABEL_W)
    out: list = [_Hair(8, 9)]
    first = None
    for item in content or ("",):
        if isinstance(item, source.Table):
            part = _table(item, st, rec, inside=True)
            if first is None:
                first = len(out)
                drop = 3 + CAP * HSIZE + (CAP * LSIZE - CAP * HSIZE)  # caps level with the header's
                part[0] = _Hung(part[0], lines, drop, rec, table=True)
            out += part
            continue
        q = _paragraph(item, st, rec)
        if first is None:
            first = len(out)
            # the label's cap tops level with the text's ascenders
            q = _Hung(q, lines, q.style.fontSize - (ASC * q.style.fontSize - CAP * LSIZE), rec)
        out.append(q)
    h = sum(f.wrap(TYPE_W, 1e6)[1] + f.getSpaceAfter() for f in out[first:])
    gap = out[first].extent() - h
    if gap > 0:
        out.append(Spacer(0, gap))
    return out


def render_toplabels(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "toplabels")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "toplabels"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.4 * cm
            _draw_caps(canv, ML, y, f"REGIO DEAL {name.upper()}", GREY, size=6.5, track=1.0)
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawString(ML + TEXT_OFF, y, "Projectenboek 2019")
            canv.setFillColor(INK)
            canv.drawRightString(WIDTH - MR, y, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(ML, MB, TYPE_W, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])

        story: list = [_Hair(10, 0, colour=colors.black, width=1.5),
                       para(f"Regio Deal {name}", st["cover"]), para("Projectenboek 2019", st["cover2"]),
                       Spacer(0, 40)]
        head = _caps_lines(dossier.toc_heading, LABEL_W)
        story.append(_Hair(8, 0))
        story.append(_Hung(Spacer(0, 16), head, CAP * LSIZE + 2, None))
        themes: dict[str, list[int]] = {}
        for p, pr in enumerate(dossier.projects):
            themes.setdefault(pr.theme, []).append(p)
        for theme, ps in themes.items():
            story.append(_Hair(8, 6))
            for k, p in enumerate(ps):
                row = Table([[para(dossier.projects[p].title, ParagraphStyle("tl-toc0", st["toc"], leftIndent=0)),
                              para(page_of(info, p), st["tocp"])]],
                            colWidths=[TEXT_W - 1.5 * cm, 1.5 * cm], hAlign="RIGHT",
                            style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                              ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                              ("TOPPADDING", (0, 0), (-1, -1), 0),
                                              ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                                              ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                if k == 0:
                    row = _Hung(row, _caps_lines(theme, LABEL_W), 10 - (ASC * 10 - CAP * LSIZE), None,
                                table=True)
                story.append(row)

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(_Hair(8, 0, colour=colors.black, width=1.5))
            title = para(pr.title, st["title"], truth.heading(p))
            story.append(_Hung(title, _caps_lines(pr.theme, LABEL_W), 20 - (CAP * 20 - CAP * LSIZE), rec,
                               colour=RED))
            story.append(Spacer(0, 14))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, inside=False)
                else:
                    story += _field(row.label, row.content, st, rec)
            if pr.notes:
                story.append(_Hair(6, 10, text_only=True))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
