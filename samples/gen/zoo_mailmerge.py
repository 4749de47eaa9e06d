"""One more house style for the layout zoo (see zoo.py), held out: PROJECT SHEETS PRODUCED BY A
MAIL MERGE from the programme office's project database (an Access report, or Word's "Afdruk
samenvoegen" on an Access query): every project a record on its own page(s), every field a
fixed "Label:" control in a left column with the record's value beside it, EMPTY FIELDS
PRINTED AS A BARE LABEL, the funding table an Access SUBREPORT with header band, alternating
detail shading and a Totaal footer band.

- mailmerge: A4 portrait, margins 2.0 cm left, 1.5 cm right, 1.5 cm top, 2.0 cm bottom (a
          17.5 cm report width). Helvetica (Arial's metrics; DejaVu Sans for a text holding a
          character it lacks). PAGE FOOTER on every page, 8pt, 1.0 cm from the bottom edge:
          "Afgedrukt op 14-03-2019 10:47" at the left, "Pagina N van M" at the right; no page
          header, no rules in the footer.
          REPORT HEADER on page 1 only: "Projectbladen Regio Deal <Name>" (16pt bold), under it
          "Samenvoeging uit projectendatabase RD<NAME>.accdb, query qryProjectbladen" (8pt
          grey) and a 1pt rule across the report width.
          GROUP HEADER per theme, at the top of the theme's first project only (not repeated):
          a band across the report width, 20pt high, filled light steel blue (#DCE3ED), with
          "Thema: <theme>" in 11pt bold dark blue (#1F3864) 4pt from its left edge.
          DETAIL SECTION, one per project, FORCE NEW PAGE BEFORE (every project but the first
          starts a page; the first follows the report header on page 1); a record that runs
          long breaks over pages (Keep Together off), nothing repeated on the next page.
          EVERY FIELD IS A LABEL CONTROL AND A TEXT BOX: the LABEL right-aligned in a fixed
          4.2 cm column (ending 4.2 cm from the margin), in grey (#7F7F7F) 9pt, the field's name
          followed by a colon ("Partijen:"); a label too long for the column wraps at its
          spaces onto further lines (right-aligned, 10.5pt apart); the VALUE from 4.6 cm, 9.5pt
          on 12pt black, ragged right, its first baseline on the label's; a long value wraps in
          the value column (Can Grow); its paragraphs 3pt apart, a list item keeping the
          source's marker at 4.6 cm and hanging 12pt; 5pt between fields. The record's first
          fields: "Project:" with the TITLE as its value in 12.5pt bold, "Projectnummer:" with
          "RD<N>-<nn>" (the dossier's first letter, the project's number), then the
          database's fields in the TEMPLATE'S ORDER: the union of the labels of all projects of
          the dossier (each label placed after the label that precedes it in the first project
          holding it), plus "Contactpersoon:" after the second of them and "Voetnoten:" at the
          end. A FIELD THE RECORD HAS NO VALUE FOR IS STILL PRINTED, AS ITS LABEL WITH NOTHING
          AFTER IT: "Contactpersoon:" always, "Voetnoten:" where the project has no notes, and
          every label of the union the project lacks (twente: "Structureel karakter (Hoe verder
          zonder rijksbijdrage):" on ten projects, "Structureel karakter:" on Creatieve
          Broedplaatsen; zeeland: "Planning:" on every project but Zorgtalent Zeeland).
          "Voetnoten:" holds the project's notes as its paragraphs, each "<mark> <text>" (a
          note's further paragraphs plain).
          SUBREPORTS: every table (the investment table, after the field it follows in the
          transcription; a table inside a field's text where it stands, the field's value
          going on under it) is a subreport across the FULL report width (from the margin,
          not in the value column), 8pt on 10pt: the row-label column 4.5 cm, the value
          columns sharing the rest equally (fixed control widths; a header word too wide is
          set smaller, a cell text too long wraps in its control). HEADER BAND: a 1.5pt rule
          over it and a 0.5pt rule under it, the table's label bold in the corner (spanning the
          header lines), each header bold, right-aligned over an amount column (left over a
          text column), a group header ("Publiek") centred over its members with a 0.25pt rule
          under it; the header band repeated where a subreport breaks over a page. DETAIL
          LINES with ALTERNATING SHADING (the first detail line white, the second #EBEBEB, and
          so on), no rules between them, row labels left (wrapping), amounts right-aligned as
          transcribed, empty cells empty. A Totaal row (a label starting with "Totaal", any case)
          is the FOOTER BAND: bold, white, under a DOUBLE rule (two 0.5pt lines 1.5pt apart).
          Table footnotes under the subreport in 7.5pt italic, at the margin.
Every cell is printed as transcribed (no "raw" record). A project runs from its "Project:"
line to the page of its last field, cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (RP, Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         para, register_fonts)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 1.5 * cm, 1.5 * cm, 2.0 * cm
FW = WIDTH - ML - MR
LABEL_W = 4.2 * cm
VALUE_X = 4.6 * cm
GREY = colors.HexColor("#7F7F7F")
BAND = colors.HexColor("#DCE3ED")
DARK = colors.HexColor("#1F3864")
ALT = colors.HexColor("#EBEBEB")
LABEL_SIZE, LABEL_LEAD = 9.0, 10.5
PRINTED = "Afgedrukt op 14-03-2019 10:47"

def _styles():
    body = ParagraphStyle("mm-body", fontName="Helvetica", fontSize=9.5, leading=12, leftIndent=VALUE_X,
                          spaceAfter=3)
    return {
        "body": body,
        "item": ParagraphStyle("mm-item", body, leftIndent=VALUE_X + 12, bulletIndent=VALUE_X),
        "title": ParagraphStyle("mm-title", body, fontName="Helvetica-Bold", fontSize=12.5, leading=15),
        "report": ParagraphStyle("mm-report", fontName="Helvetica-Bold", fontSize=16, leading=20),
        "sub": ParagraphStyle("mm-sub", fontName="Helvetica", fontSize=8, leading=10, textColor=GREY,
                              spaceBefore=2),
        "cell": ParagraphStyle("mm-cell", fontName="Helvetica", fontSize=8, leading=10),
        "num": ParagraphStyle("mm-num", fontName="Helvetica", fontSize=8, leading=10, alignment=TA_RIGHT),
        "head": ParagraphStyle("mm-head", fontName="Helvetica-Bold", fontSize=8, leading=10),
        "headnum": ParagraphStyle("mm-headnum", fontName="Helvetica-Bold", fontSize=8, leading=10,
                                  alignment=TA_RIGHT),
        "group": ParagraphStyle("mm-group", fontName="Helvetica-Bold", fontSize=8, leading=10,
                                alignment=TA_CENTER),
        "total": ParagraphStyle("mm-total", fontName="Helvetica-Bold", fontSize=8, leading=10),
        "totalnum": ParagraphStyle("mm-totalnum", fontName="Helvetica-Bold", fontSize=8, leading=10,
                                   alignment=TA_RIGHT),
        "foot": ParagraphStyle("mm-foot", fontName="Helvetica-Oblique", fontSize=7.5, leading=9.5,
                               spaceBefore=2),
    }


def _label_lines(label: str) -> list[str]:
    """The label control's text, wrapped at its spaces to the label column."""
    text = label.strip().rstrip(":") + ":"
    font = font_for(text, "Helvetica")
    lines, cur = [], ""
    for w in text.split():
        trial = f"{cur} {w}".strip()
        if cur and stringWidth(trial, font, LABEL_SIZE) > LABEL_W:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    return lines + [cur]


def _draw_label(canv, lines, x, baseline):
    canv.saveState()
    canv.setFillColor(GREY)
    for k, s in enumerate(lines):
        canv.setFont(font_for(s, "Helvetica"), LABEL_SIZE)
        canv.drawRightString(x + LABEL_W, baseline - k * LABEL_LEAD, s)
    canv.restoreState()


class LabelledPara(RP):
    """The first paragraph of a field's value, its label control drawn to its left on its first
    baseline."""

    _label: list | None = None

    def wrap(self, availWidth, availHeight):
        w, h = super().wrap(availWidth, availHeight)
        if self._label:
            need = self.style.fontSize + (len(self._label) - 1) * LABEL_LEAD + 3
            self._extra = max(0.0, need - h)
            return w, h + self._extra
        self._extra = 0.0
        return w, h

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight - getattr(self, "_extra", 0.0))
        if parts:
            first = parts[0]
            new = LabelledPara.__new__(LabelledPara)
            new.__dict__.update(first.__dict__)
            new._label = self._label
            parts = [new] + list(parts[1:])
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        extra = getattr(self, "_extra", 0.0)
        super().drawOn(canv, x, y + extra, _sW)
        if self._label:
            _draw_label(canv, self._label, x, y + extra + self.height - self.style.fontSize)


def labelled(first: RP, label: str) -> LabelledPara:
    p = LabelledPara.__new__(LabelledPara)
    p.__dict__.update(first.__dict__)
    p._label = _label_lines(label)
    return p


class EmptyField(Flowable):
    """A label control whose text box the merge left empty."""

    def __init__(self, label: str, rec):
        super().__init__()
        self.lines = _label_lines(label)
        self.rec = rec

    def wrap(self, aw, ah):
        return aw, LABEL_SIZE + (len(self.lines) - 1) * LABEL_LEAD + 3 + 3

    def draw(self):
        _, h = self.wrap(0, 0)
        _draw_label(self.canv, self.lines, 0, h - LABEL_SIZE - 1)
        if self.rec:
            self.rec(self.canv.getPageNumber())


class GroupBand(Flowable):
    def __init__(self, text: str, rec):
        super().__init__()
        self.text, self.rec = text, rec

    def wrap(self, aw, ah):
        self.width = aw
        return aw, 20 + 8

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(BAND)
        c.rect(0, 8, self.width, 20, stroke=0, fill=1)
        c.setFillColor(DARK)
        c.setFont(font_for(self.text, "Helvetica-Bold"), 11)
        c.drawString(4, 14, self.text)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class Rule(Flowable):
    def __init__(self, weight: float, space: float = 6):
        super().__init__()
        self.weight, self.space = weight, space

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.space

    def draw(self):
        self.canv.setLineWidth(self.weight)
        self.canv.line(0, self.space / 2, self.width, self.space / 2)


_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")


def _is_amountish(text: str) -> bool:
    """A number, a "mln." amount or a nil (footnote marks aside)."""
    core = text.strip().rstrip("*¹²³⁴⁵⁶⁷⁸⁹").strip()
    return core in ("-", ".-") or bool(_AMOUNT.fullmatch(core))


def subreport(t: source.Table, st, rec) -> list:
    n = t.columns
    rows = [list(r) + [""] * (n + 1 - len(r)) for r in t.rows]
    amount = [any(_is_amountish(r[c + 1]) for r in rows) for c in range(n)]
    nh = max(1, len(t.header))
    data = [[""] * (n + 1) for _ in range(nh)]
    style = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("LINEABOVE", (0, 0), (-1, 0), 1.5, colors.black),
             ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.5, colors.black)]
    data[0][0] = para(t.label, st["head"], rec)
    if nh > 1:
        style.append(("SPAN", (0, 0), (0, nh - 1)))
    for h in t.header_cells():
        col = h.column
        if h.columns > 1:
            cell = para(h.text, st["group"], rec) if h.text else ""
            style.append(("SPAN", (col, h.line), (col + h.columns - 1, h.line + h.lines - 1)))
            if h.text:
                style.append(("LINEBELOW", (col, h.line), (col + h.columns - 1, h.line), 0.25, colors.black))
        else:
            cell = para(h.text, st["headnum" if amount[col - 1] else "head"], rec) if h.text else ""
            if h.lines > 1:
                style.append(("SPAN", (col, h.line), (col, h.line + h.lines - 1)))
        data[h.line][col] = cell
    k = 0
    for r in rows:
        total = is_total(r[0])
        line = [para(r[0], st["total" if total else "cell"], rec)]
        for c in range(n):
            v = r[c + 1]
            if not v:
                line.append("")
            else:
                s = ("totalnum" if total else "num") if amount[c] else ("total" if total else "cell")
                line.append(para(v, st[s], rec))
        i = len(data)
        data.append(line)
        if total:
            style.append(("LINEABOVE", (0, i), (-1, i), 0.5, colors.black, None, None, None, 2, 1.5))
        else:
            if k % 2 == 1:
                style.append(("BACKGROUND", (0, i), (-1, i), ALT))
            k += 1
        style.append(("VALIGN", (0, i), (-1, i), "TOP"))
    label_w = 4.5 * cm
    widths = [label_w] + [(FW - label_w) / n] * n
    out = [Spacer(0, 4), Table(data, colWidths=widths, repeatRows=nh, style=TableStyle(style), hAlign="LEFT")]
    out += [para(note, st["foot"], rec) for note in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _union_labels(dossier: source.Dossier) -> list[str]:
    union: list[str] = []
    for pr in dossier.projects:
        prev = None
        for row in pr.rows:
            if isinstance(row, source.Table):
                continue
            if row.label not in union:
                union.insert(union.index(prev) + 1 if prev is not None else 0, row.label)
            prev = row.label
    return union


def render_mailmerge(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    slug = (name.replace(" ", "") or "Dossier")
    union = _union_labels(dossier)
    slots = list(union)
    if len(slots) >= 2:
        slots.insert(2, "\0Contactpersoon")
    slots.append("\0Voetnoten")

    def field(label, texts, rec, story, title=False):
        """The label control and its value's paragraphs (tables among them as subreports)."""
        first = True
        for item in texts:
            if isinstance(item, source.Table):
                if first:
                    story.append(EmptyField(label, rec))
                    first = False
                story += subreport(item, st, rec)
                continue
            p = para(item, st["title"], rec) if title else field_para(item, st["body"], st["item"], rec)
            if first:
                p = labelled(p, label)
                first = False
            story.append(p)
        if first:
            story.append(EmptyField(label, rec))
        story.append(Spacer(0, 5))

    def once(info):
        truth = Truth(dossier, "mailmerge")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "mailmerge"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            page = canv.getPageNumber()
            canv.drawString(ML, 1.0 * cm, PRINTED)
            canv.drawRightString(WIDTH - MR, 1.0 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story = [para(f"Projectbladen Regio Deal {name}".replace("  ", " "), st["report"]),
                 para(f"Samenvoeging uit projectendatabase RD{slug.upper()}.accdb, query qryProjectbladen",
                      st["sub"]),
                 Rule(1.0, 14)]
        last = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            if pr.theme != last:
                story.append(GroupBand(f"Thema: {pr.theme}", rec))
                last = pr.theme
            field("Project", [pr.title], truth.heading(p), story, title=True)
            field("Projectnummer", [f"RD{slug[:1].upper()}-{p + 1:02d}"], rec, story)
            # the record's fields, each followed by the tables that follow it in the transcription
            own: dict[str, list] = {}
            lead: list = []
            cur = None
            for row in pr.rows:
                if isinstance(row, source.Table):
                    (own[cur][1] if cur is not None else lead).append(row)
                else:
                    cur = row.label
                    own[cur] = (row, [])
            for t in lead:
                story += subreport(t, st, rec)
            for slot in slots:
                if slot == "\0Contactpersoon":
                    field("Contactpersoon", [], rec, story)
                elif slot == "\0Voetnoten":
                    texts = [f"{note.mark} {text}" if j == 0 else text
                             for note in pr.notes for j, text in enumerate(note.text or ("",))]
                    field("Voetnoten", texts, rec, story)
                elif slot in own:
                    row, tables = own[slot]
                    field(row.label, list(row.content), rec, story)
                    for t in tables:
                        story += subreport(t, st, rec)
                else:
                    field(slot, [], rec, story)
        doc.build(story)
        return truth

    return build_until_stable(once)
