"""One more house style for the layout zoo (see zoo.py), held out: a regional development
agency's "projectfiche" in A4 landscape, made in Word from the agency's template: the prose
in a wide left column, the funding table and a box of key facts in a tinted right column
that stands level with it.

- fiche2col: A4 LANDSCAPE (297 x 210 mm), margins 1.8 cm left and right, 1.4 cm top, 1.6 cm
          bottom (a 26.1 cm type area), split by a 0.8 cm gutter into a LEFT COLUMN of 60 %
          and a RIGHT COLUMN of 40 % of what remains (15.2 cm | 10.1 cm); no rule between
          them. The right column is a PANEL filled pale blue-grey (#E9EFF5) from the top of
          the columns to the bottom margin, 6pt inner padding, a 2pt dark blue (#1F3A5F)
          rule along its top edge; it is drawn on every page of a project.
          Each project OPENS A NEW PAGE under the FICHE HEAD across the type area: at the
          left a dark blue square (1.9 cm) holding "FICHE" in 6.5pt white capitals over the
          project's number two-digit ("07", 22pt white bold); right of it the theme in 8pt
          grey capitals and under it the title in 16pt Helvetica-Bold dark blue (wrapped on
          the type area less the square); a 0.75pt dark blue rule under the head. A further
          page of the same project carries, instead, a one-line head "Projectfiche 07 -
          <title> (vervolg)" in 8pt grey over a 0.3pt grey rule. The two columns start
          10pt under the head's rule, both at the SAME HEIGHT: the left column's first
          label and the right column's first table row share one vertical band.
          Footer on every page, 7pt grey: "<Name> Ontwikkelingsmaatschappij | Regio Deal
          <Name> | projectfiches" at the left, "blad N" at the right.
          LEFT COLUMN: the project's fields in the transcription's order. Each field's label
          in 9pt Helvetica-Bold dark blue on a line of its own, 9pt above it, a 0.4pt light
          blue (#9FB3C8) rule across the column 3pt above the label's cap height; the field's
          paragraphs under it in 9pt Helvetica on 12pt, ragged right, 3.5pt after each (a
          list item keeps the source's marker and hangs on it, 11pt; a paragraph holding a
          character Helvetica lacks, "⁴", "₂", in DejaVu Sans). A TABLE INSIDE A FIELD stays in
          the left column where it stands (the column's width, 7.5pt, the table style below).
          Project notes are PAGE FOOTNOTES at the foot of the left column (7pt on 8.5pt under a
          3 cm 0.5pt rule, "<mark> <text>"), on the page of the paragraph holding the mark
          (a note whose mark is nowhere goes with the project's last paragraph).
          RIGHT COLUMN (in the panel): the heading "Investeringsraming" in 8pt bold dark blue
          capitals, then every INVESTMENT TABLE of the project (those between the fields, in
          the transcription's order), then 10pt under the last one the KERNGEGEVENS box: a
          white box with a 0.5pt dark blue border, "Kerngegevens" in 8pt bold, and four rows
          of 7.5pt (key in bold, 2.4 cm column): "Ficheno." | "RD-<NAME>-07"; "Looptijd" |
          "2019 - 2022" (Twente) / "2024 - 2027" (other dossiers); "Penvoerder" | the first
          party of the first field whose label names parties ("partij"), cut at the first
          comma, semicolon, colon, bracket or " en " not after a hyphen (at most 45
          characters; "Regio <Name>" where there is none); "Status" | "Ingediend". These words
          are not field labels.
          Where the right column runs past the page it continues in the next page's panel;
          where the left column runs on (the usual case) the next page keeps the split with
          the panel empty below whatever the right column still has. A project's pages run
          until both columns have ended; the next project opens a new page.
          TABLES (panel and left column alike, made as a narrow Word table): Helvetica, in the
          panel 6.5pt on 7.8pt (smaller, down to 5.5pt, where an amount does not fit its
          column), in the left column 7.5pt on 9pt; cell padding 1.5pt left and right, 1.2pt
          above and under. HORIZONTAL RULES ONLY: a 1pt dark blue rule above the header and
          one under the last header line, 0.3pt grey (#8A9BAD) rules between the body rows,
          0.8pt over a Totaal row and under the last row; no vertical rules, no fills (the
          panel's tint shows through). Column widths: every value column as wide as its
          widest amount plus padding and 1pt (an amount never wraps), at least 36pt; the label
          column gets what that leaves, at most 40 % of the width (the value columns share
          what is over), at least 22 % (where less is left the value columns drop the 36pt
          minimum: the narrowest of them are raised to one common width, as far as the 78 %
          allows; and where even the amounts do not fit the type gets smaller). The HEADER WRAPS IN ITS NARROW COLUMNS as Word
          wraps a cell: the table's label in the corner cell, each header text over its
          column(s) in bold, broken at spaces over two or three lines, and a word longer than
          its column broken between two characters without a hyphen ("Kennisinstel" /
          "lingen", "Investerin" / "gs"); header cells bottom-aligned, single headers
          right-aligned, a group header ("Publiek") centred over its members with a 0.3pt
          rule under it over those columns only. Body cells as transcribed: amounts (and
          nils, empty cells) right-aligned and unbroken, words left-aligned and wrapped, row
          labels left (wrapped in their column); the Totaal row bold. A table breaking over
          pages repeats its header lines (the transcription's page breaks are not followed).
          The table's footnotes under it in 6pt.

Every cell prints as transcribed (no "raw"). The tables are printed in the order a reader
meets them: by the page their first row is drawn on, on one page the left column's before the
panel's. Where a table inside a field starts on a later page than the project's investment
table in the panel (Twente's Creatieve Broedplaatsen: its "Investering" table in "Inzet en
co-financiering" two pages after the panel's table; Zeeland's Innovatiecentrum
Vlissingen-Oost: "Mijlpaal" in "Beoogde resultaten" on its second page), the truth records that order under
"table_order". A
project runs from its fiche head to the last page on which either column draws its content.
The fiche head's number, the panel heading, the Kerngegevens box and the footer are not
content.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (
    FootnoteSupport,
    Truth,
    dossier_name,
    field_para,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)
from .zoo_halves import _fill
from .zoo_percent import amount

WIDTH, HEIGHT = landscape(A4)
ML = MR = 1.8 * cm
MT, MB = 1.4 * cm, 1.6 * cm
TW = WIDTH - ML - MR
GUTTER = 0.8 * cm
LEFT_W = (TW - GUTTER) * 0.6
RIGHT_W = (TW - GUTTER) * 0.4
RIGHT_X = ML + LEFT_W + GUTTER
PANEL_PAD = 6.0
PANEL_W = RIGHT_W - 2 * PANEL_PAD
SQUARE = 1.9 * cm

SANS, BOLD = "Helvetica", "Helvetica-Bold"
BLUE = colors.HexColor("#1F3A5F")
PANEL = colors.HexColor("#E9EFF5")
LABEL_RULE = colors.HexColor("#9FB3C8")
ROW_RULE = colors.HexColor("#8A9BAD")
GREY = colors.HexColor("#666666")
PAD = 1.5
MINCOL = 36.0  # a value column's least width (pt)


def _styles() -> dict:
    def st(name, font=SANS, size=9.0, leading=12.0, **kw):
        return ParagraphStyle(f"f2c-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", SANS, 8, 10, textColor=GREY),
        "title": st("title", BOLD, 16, 19, textColor=BLUE),
        "label": st("label", BOLD, 9, 11, textColor=BLUE, spaceBefore=9, spaceAfter=2.5),
        "body": st("body", spaceAfter=3.5),
        "item": st("item", spaceAfter=2, leftIndent=11, bulletIndent=0),
        "panelhead": st("ph", BOLD, 8, 10, textColor=BLUE, spaceAfter=5),
        "tfoot": st("tf", SANS, 6, 7.5, spaceBefore=2),
        "note": st("note", SANS, 7, 8.5, spaceAfter=1.5),
        "kg_head": st("kgh", BOLD, 8, 10, textColor=BLUE),
        "kg_key": st("kgk", BOLD, 7.5, 9.5),
        "kg_val": st("kgv", SANS, 7.5, 9.5),
    }


def _tstyles(size: float) -> dict:
    lead = round(size * 1.2, 2)

    def st(name, font, align):
        return ParagraphStyle(f"f2c-t{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align, splitLongWords=1)

    return {"label": st("l", BOLD, TA_LEFT), "head": st("h", BOLD, TA_RIGHT),
            "group": st("g", BOLD, TA_CENTER), "words": st("w", SANS, TA_LEFT),
            "words_b": st("wb", BOLD, TA_LEFT), "num": st("n", SANS, TA_RIGHT),
            "num_b": st("nb", BOLD, TA_RIGHT)}


def _is_amount(text: str) -> bool:
    return not text.strip() or amount(text) is not None


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font_for(text, font), size)


def _layout(t: source.Table, width: float, size: float, least: float) -> tuple[float, list[float]]:
    """(type size, column widths): each value column as wide as its widest amount plus padding
    (an amount never wraps), at least MINCOL; the label column what that leaves, at most 40 %
    of the width (the value columns share what is over) and at least 22 % (else the value
    columns give up their MINCOL, then the type gets smaller)."""
    n = t.columns
    while True:
        need = [2 * PAD + 8.0] * n
        for body in t.rows:
            total = is_total(body[0])
            for j, text in enumerate(body[1:]):
                if _is_amount(text):
                    need[j] = max(need[j], _width(text, BOLD if total else SANS, size) + 2 * PAD + 1.0)
        base = [max(w, MINCOL) for w in need]
        label = width - sum(base)
        if label >= width * 0.22:
            extra = max(0.0, label - width * 0.40)
            return size, [label - extra] + [w + extra / n for w in base]
        room = width * 0.78
        if sum(need) <= room or size <= least:
            # the narrowest value columns raised to one level, up to what the 78 % allows
            lo, hi = 0.0, MINCOL
            for _ in range(40):
                mid = (lo + hi) / 2
                lo, hi = (mid, hi) if sum(max(w, mid) for w in need) <= room else (lo, mid)
            return size, [width - sum(max(w, lo) for w in need)] + [max(w, lo) for w in need]
        size = round(size - 0.25, 2)


def _table(t: source.Table, width: float, size: float, least: float, st, rec) -> list:
    size, widths = _layout(t, width, size, least)
    ts = _tstyles(size)
    n, lines = t.columns, max(len(t.header), 1)

    def cell(text, style):
        # markup (not plain text): a word longer than its column is broken, not shrunk
        return para("", style, rec, markup=escape(text)) if font_for(text, style.fontName) == style.fontName \
            else para("", ParagraphStyle(f"{style.name}-dv", style, fontName=font_for(text, style.fontName)),
                      rec, markup=escape(text))

    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LINEABOVE", (0, 0), (-1, 0), 1.0, BLUE),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.0, BLUE),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    rows[0][0] = cell(t.label, ts["label"])
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = cell(h.text, ts["group" if h.columns > 1 else "head"])
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1 and h.text.strip():
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.3, ROW_RULE))
    for r, body in enumerate(t.rows):
        total = is_total(body[0])
        b = "_b" if total else ""
        row = [cell(body[0], ts["words" + b])]
        for text in body[1:]:
            row.append(cell(text, ts[("num" if _is_amount(text) else "words") + b]))
        rows.append(row)
        y = lines + r
        if r:
            cmds.append(("LINEABOVE", (0, y), (-1, y), 0.8 if total else 0.3, BLUE if total else ROW_RULE))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, BLUE))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


_FIRST_PARTY = re.compile(r"[,;:(]|(?<!-) en ")


def _penvoerder(pr: source.Project, name: str) -> str:
    for row in pr.rows:
        if isinstance(row, source.Field) and "partij" in row.label.lower():
            text = next((c for c in row.content if isinstance(c, str)), "")
            first = _FIRST_PARTY.split(text, 1)[0].strip().rstrip(".")
            if first:
                return first if len(first) <= 45 else first[:45].rsplit(" ", 1)[0]
    return f"Regio {name}"


def _kerngegevens(pr, p, name, st) -> Table:
    looptijd = "2019 - 2022" if name.lower() == "twente" else "2024 - 2027"
    code = re.sub(r"[^A-Z]", "", name.upper())[:3] or "RD"
    facts = [("Ficheno.", f"RD-{code}-{p + 1:02d}"), ("Looptijd", looptijd),
             ("Penvoerder", _penvoerder(pr, name)), ("Status", "Ingediend")]
    rows = [[para("Kerngegevens", st["kg_head"]), ""]]
    rows += [[para(k, st["kg_key"]), para(v, st["kg_val"])] for k, v in facts]
    return Table(rows, colWidths=[2.4 * cm, PANEL_W - 2.4 * cm], hAlign="LEFT", style=TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.5, BLUE),
        ("BACKGROUND", (0, 0), (-1, -1), colors.white), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]))


class _Label(Spacer):
    """A field label with the light rule above it."""

    def __init__(self, label: str, st, rec):
        self.p = para(label, st["label"], rec)
        self._keep_next = True
        super().__init__(LEFT_W, 0)

    def wrap(self, aw, ah):
        self.width, self.height = aw, self.p.wrap(aw, ah)[1]
        return self.width, self.height

    def getSpaceBefore(self):
        return self.p.getSpaceBefore()

    def getSpaceAfter(self):
        return self.p.getSpaceAfter()

    def split(self, aw, ah):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        canv.saveState()
        canv.setStrokeColor(LABEL_RULE)
        canv.setLineWidth(0.4)
        canv.line(x, y + self.height + 3, x + self.width, y + self.height + 3)
        canv.restoreState()
        self.p.drawOn(canv, x, y)


def _seen(rec, where: dict, k: int, column: int):
    """`rec`, that also notes (page, column) where table `k` is first drawn."""
    def inner(page):
        rec(page)
        where.setdefault(k, (page, column))
    return inner


def _left_story(pr: source.Project, st, rec, foot, where) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    index = {id(t): k for k, t in enumerate(tables_of(pr))}
    story: list = []
    last = None
    for r, row in enumerate(pr.rows):
        if not isinstance(row, source.Field):
            continue
        story.append(_Label(row.label, st, rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story.append(Spacer(0, 4))
                story += _table(item, LEFT_W, 7.5, 6.0, st, _seen(rec, where, index[id(item)], 0))
                story.append(Spacer(0, 5))
                continue
            q = field_para(item, st["body"], st["item"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last = q
    if loose:
        if last is None:
            last = para("", st["body"], rec)
            story.append(last)
        last._notes, last._foot = tuple(last._notes) + tuple(loose), foot
    return story


def _right_story(pr: source.Project, p: int, name: str, st, rec, where) -> list:
    index = {id(t): k for k, t in enumerate(tables_of(pr))}
    head = para("INVESTERINGSRAMING", st["panelhead"])
    head._keep_next = True
    story: list = [head]
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += _table(row, PANEL_W, 6.5, 5.5, st, _seen(rec, where, index[id(row)], 1))
            story.append(Spacer(0, 8))
    story += [Spacer(0, 2), _kerngegevens(pr, p, name, st)]
    return story


def render_fiche2col(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    truth = Truth(dossier, "fiche2col")
    info = meta(dossier, "fiche2col")
    canv = Canvas(str(pdf_path), pagesize=(WIDTH, HEIGHT), invariant=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])
    owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
    foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=3 * cm)
    top_y = HEIGHT - MT
    order: dict[str, list[int]] = {}

    def footer():
        canv.saveState()
        canv.setFont(SANS, 7)
        canv.setFillColor(GREY)
        canv.drawString(ML, 0.9 * cm, f"{name} Ontwikkelingsmaatschappij | Regio Deal {name} | projectfiches")
        canv.drawRightString(WIDTH - MR, 0.9 * cm, f"blad {canv.getPageNumber()}")
        canv.restoreState()

    def fiche_head(p, pr) -> float:
        """The fiche head of a project's first page; -> the columns' top."""
        canv.saveState()
        canv.setFillColor(BLUE)
        canv.rect(ML, top_y - SQUARE, SQUARE, SQUARE, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont(SANS, 6.5)
        canv.drawCentredString(ML + SQUARE / 2, top_y - 14, "FICHE")
        canv.setFont(BOLD, 22)
        canv.drawCentredString(ML + SQUARE / 2, top_y - SQUARE + 12, f"{p + 1:02d}")
        canv.restoreState()
        x = ML + SQUARE + 0.5 * cm
        w = TW - SQUARE - 0.5 * cm
        theme = para(pr.theme.upper(), st["theme"], truth.heading(p))
        h1 = theme.wrap(w, HEIGHT)[1]
        theme.drawOn(canv, x, top_y - h1)
        title = para(pr.title, st["title"], truth.heading(p))
        h2 = title.wrap(w, HEIGHT)[1]
        title.drawOn(canv, x, top_y - h1 - 3 - h2)
        bottom = min(top_y - SQUARE, top_y - h1 - 3 - h2) - 6
        canv.saveState()
        canv.setStrokeColor(BLUE)
        canv.setLineWidth(0.75)
        canv.line(ML, bottom, WIDTH - MR, bottom)
        canv.restoreState()
        return bottom - 10

    def small_head(p, pr) -> float:
        text = f"Projectfiche {p + 1:02d} - {pr.title} (vervolg)"
        canv.saveState()
        canv.setFont(font_for(text, SANS), 8)
        canv.setFillColor(GREY)
        canv.drawString(ML, top_y - 8, text)
        canv.setStrokeColor(GREY)
        canv.setLineWidth(0.3)
        canv.line(ML, top_y - 12, WIDTH - MR, top_y - 12)
        canv.restoreState()
        return top_y - 12 - 10

    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        where: dict[int, tuple[int, int]] = {}
        left = _left_story(pr, st, rec, foot, where)
        right = _right_story(pr, p, name, st, rec, where)
        first = True
        while first or left or right:
            top = fiche_head(p, pr) if first else small_head(p, pr)
            canv.saveState()
            canv.setFillColor(PANEL)
            canv.rect(RIGHT_X, MB, RIGHT_W, top - MB, stroke=0, fill=1)
            canv.setStrokeColor(BLUE)
            canv.setLineWidth(2)
            canv.line(RIGHT_X, top, RIGHT_X + RIGHT_W, top)
            canv.restoreState()
            footer()
            lf = Frame(ML, MB, LEFT_W, top - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            _fill(lf, left, canv)
            foot.draw(canv)
            rf = Frame(RIGHT_X + PANEL_PAD, MB + PANEL_PAD, PANEL_W, top - MB - 2 * PANEL_PAD,
                       leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            _fill(rf, right, canv)
            truth.pages = canv.getPageNumber()
            canv.showPage()
            first = False
        printed = sorted(where, key=lambda k: (*where[k], k))
        if printed != sorted(where):
            order[pr.title] = printed
    canv.save()
    return {**truth.record(), **({"table_order": order} if order else {})}
