"""One more house style for the layout zoo (see zoo.py), held out: an application form made in
Word and FILLED IN ON SCREEN, every answer typed into a content control, printed with the
controls' shading on; every project one form, every field one bordered row of a two-column
form table whose rows break over pages with the label repeated.

- wordforms: A4 portrait, margins 2.0 cm left and right, 2.4 cm top, 2.2 cm bottom (a 17 cm
          text column). An Arial-like sans (Helvetica; DejaVu Sans where a text has a
          character it lacks). Running header on every page in 8pt grey: "Regio Deal <Name> –
          aanvraagformulier projecten" at the left, "Deel B" at the right, no rule; footer
          "<n>/<N>" at the bottom right in 8pt.
          Page 1 opens with the form's title "Aanvraagformulier Regio Deal <Name>" (15pt
          bold), "Deel B: projectbeschrijvingen" (11pt) and the form's instruction in 8.5pt grey
          italic (no figures); project 1 follows on page 1, every later project starts a new
          page. Each project: "Project <k> van <K>" (9pt grey), its title (13pt bold) and
          "Thema: <theme>" (9pt), all printed above its form table.
          THE FORM TABLE: two columns across the text column, a 0.5pt black grid round every
          row; the LABEL CELL on the left, 30% of the width (5.1 cm), on a GREY FILL (#D9D9D9):
          the field's label as transcribed in bold 9pt, under it the form's own help text for
          that question in 7pt grey italic ("Welk probleem pakt het project aan?"; chosen by
          the label's words: naam, partijen, opgave/aanleiding, aanpak, resultaten, planning,
          inzet/financiering, structureel/borging, begroting; none for another label); the
          ANSWER CELL on the right (white, 5pt padding) holds what the applicant typed: the
          field's paragraphs in 9.5pt on 12.5pt, 4pt apart, a list item hanging on its own
          marker, and behind EVERY LINE of typed text the content control's SHADING, a light
          grey (#E6E6E6) rectangle as wide as the line's text (1pt past its first and last
          glyph) from the font's descender to its ascender.
          ROWS BREAK ACROSS PAGES: a long answer continues at the top of the next page in the
          same grid, the broken row closed by a rule at the page foot and reopened at the top;
          its label cell there reads "<label> (vervolg)" (bold 9pt, no help text), as the form
          engine repeats it.
          THE INVESTMENT TABLE, which the transcription gives as a row of its own, is the
          answer to a row "Begroting" of the form (help text "Bedragen in euro's, exclusief
          btw."): a table NESTED INSIDE the answer cell, with its own inner grid of 0.25pt
          grey (#808080) rules round every cell, 7.5pt on 9.5pt: the header printed by the
          form (bold, on a very light grey #F2F2F2, the table's own label in the corner cell,
          a group header such as "Publiek" centred over its members, single headers right
          aligned), every body cell typed (each line of text shaded; every value cell, amounts
          as transcribed and words alike, right-aligned; row labels left), the Totaal row bold; each value column as wide as
          its widest unwrapped text (at most 3.2 cm; all narrowed alike where the label
          column would get less than 3 cm), the label column the rest; the header rows repeated where the nested table breaks over
          a page (the transcription's page breaks are not followed). A table inside a field
          (milestones, a second budget) is nested the same way in its field's answer cell,
          where the transcription places it. Table footnotes under the nested table in the
          same cell, 7.5pt, typed (shaded).
          The project's notes after its form table in 8pt, each after its mark, not shaded.

Every cell and field prints as transcribed: the truth has no "raw" and no "field_labels" (the
"Begroting" row and the "(vervolg)" labels are the form's; the help texts are no content). A
project runs from its title's page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Table, TableStyle
from reportlab.platypus.paragraph import paraFontSizeHeightOffset

from . import source
from .zoo_common import (
    LIST_ITEM,
    RP,
    Doc,
    Truth,
    build_until_stable,
    content_widths,
    dossier_name,
    font_for,
    is_total,
    meta,
    notes_at_end,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
ML = MR = 2.0 * cm
MT, MB = 2.4 * cm, 2.2 * cm
FW = WIDTH - ML - MR
LABEL_W = 0.30 * FW
CONTENT_W = FW - LABEL_W
PAD = 5.0
INNER_W = CONTENT_W - 2 * PAD
GRID = 0.5
INK = colors.black
GREY = colors.HexColor("#595959")
LABEL_FILL = colors.HexColor("#D9D9D9")
SHADE = colors.HexColor("#E6E6E6")
HEAD_FILL = colors.HexColor("#F2F2F2")
INNER_RULE = colors.HexColor("#808080")
ASC, DESC = 0.905, 0.212
OUT = 1.0

HELP = [(("naam",), "Korte, herkenbare naam."),
        (("partijen",), "Penvoerder en partners."),
        (("opgave", "aanleiding"), "Welk probleem pakt het project aan?"),
        (("aanpak",), "Activiteiten en werkwijze."),
        (("resultaten",), "Concreet en meetbaar."),
        (("planning",), "Mijlpalen en fasering."),
        (("inzet", "financiering"), "Toelichting op de kosten en de dekking."),
        (("structureel", "borging"), "Hoe loopt het project door na afloop van de Regio Deal?"),
        (("begroting",), "Bedragen in euro's, exclusief btw.")]


def _help(label: str) -> str | None:
    low = label.lower()
    return next((h for words, h in HELP if any(w in low for w in words)), None)


def _styles():
    def s(name, font="Helvetica", size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"wf-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "formtitle": s("ft", "Helvetica-Bold", 15, 19, spaceAfter=3),
        "formsub": s("fs", size=11, leading=14, spaceAfter=6),
        "instr": s("in", "Helvetica-Oblique", 8.5, 11, textColor=GREY, spaceAfter=16),
        "count": s("cnt", size=9, leading=11, textColor=GREY, keepWithNext=1),
        "title": s("title", "Helvetica-Bold", 13, 16, spaceAfter=2, keepWithNext=1),
        "theme": s("theme", size=9, leading=11, spaceAfter=8, keepWithNext=1),
        "label": s("label", "Helvetica-Bold", 9, 11),
        "help": s("help", "Helvetica-Oblique", 7, 9, textColor=GREY, spaceBefore=2),
        "body": s("body", spaceAfter=4),
        "item": s("item", leftIndent=13, bulletIndent=0, spaceAfter=4),
        "tlabel": s("tl", "Helvetica-Bold", 7.5, 9.5),
        "thead": s("th", "Helvetica-Bold", 7.5, 9.5, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 7.5, 9.5, alignment=TA_CENTER),
        "tbody": s("tb", size=7.5, leading=9.5), "tbody_b": s("tbb", "Helvetica-Bold", 7.5, 9.5),
        "tamount": s("ta", size=7.5, leading=9.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 7.5, 9.5, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=3),
        "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


class Typed(RP):
    """A typed answer: a recorded paragraph with the content control's shading behind each line."""

    def draw(self):
        bl = getattr(self, "blPara", None)
        if bl is not None and bl.lines:
            self._shade(bl)
        super().draw()

    def _shade(self, bl):
        style, c = self.style, self.canv
        first = bl if bl.kind == 0 else bl.lines[0]
        y = self.height - (first.fontSize if paraFontSizeHeightOffset else getattr(first, "ascent", first.fontSize))
        c.saveState()
        c.setFillColor(SHADE)
        for i, line in enumerate(bl.lines):
            if bl.kind == 0:
                size = bl.fontSize
                w = stringWidth(" ".join(line[1]), bl.fontName, size)
            else:
                size = line.fontSize
                w = self.width - style.leftIndent - style.rightIndent - line.extraSpace
            x0 = style.leftIndent + (style.firstLineIndent if i == 0 else 0)
            if style.alignment == TA_RIGHT:
                x0 = self.width - style.rightIndent - w
            elif style.alignment == TA_CENTER:
                x0 = style.leftIndent + (self.width - style.leftIndent - style.rightIndent - w) / 2
            x1 = x0 + w
            if i == 0 and self.bulletText:
                bw = stringWidth(self.bulletText, style.bulletFontName, style.bulletFontSize)
                end = style.bulletIndent + bw + 0.6 * style.bulletFontSize
                x1 = style.leftIndent + max(style.firstLineIndent, end - style.leftIndent) + w
                x0 = style.bulletIndent
            if w > 0:
                c.rect(x0 - OUT, y - DESC * size, x1 - x0 + 2 * OUT, (ASC + DESC) * size, stroke=0, fill=1)
            y -= style.leading
        c.restoreState()

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        out = []
        for q in parts:  # keep the shading on the parts
            if not isinstance(q, Typed):
                q.__class__ = Typed
            out.append(q)
        return out


def typed(text: str, style: ParagraphStyle, rec) -> Typed:
    fb = font_for(text, style.fontName)
    if fb != style.fontName:
        style = ParagraphStyle(f"{style.name}-{fb}", style, fontName=fb, bulletFontName=fb)
    p = Typed(escape(text), style)
    p._text, p._base, p._rec = text, style, rec
    return p


def typed_field(text: str, st, rec) -> Typed:
    m = LIST_ITEM.match(text)
    if m is None:
        return typed(text, st["body"], rec)
    style = st["item"]
    fb = font_for(text, style.fontName)
    if fb != style.fontName:
        style = ParagraphStyle(f"{style.name}-{fb}", style, fontName=fb, bulletFontName=fb)
    p = Typed(escape(m.group(2)), style, bulletText=m.group(1))
    p._rec = rec
    return p


def _nested(t: source.Table, st, rec) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    grid: list[list] = [[""] * (n + 1) for _ in range(lines)]
    sized = [(0, 1, t.label, st["tlabel"])]
    cmds = [("GRID", (0, 0), (-1, -1), 0.25, INNER_RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    grid[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        style = st["tgroup"] if h.columns > 1 else st["thead"]
        grid[h.line][c0] = para(h.text, style, rec) if h.text else ""
        sized.append((c0, h.columns, h.text, style))
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [typed(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        sized.append((0, 1, body[0], st["tbody_b"]))
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(typed(cell, st["tamount_b"] if total else st["tamount"], rec) if cell else "")
            sized.append((1 + c, 1, cell, st["tamount_b"]))
        grid.append(row)
    lo, hi = content_widths(sized, n + 1, 6 + 2 * OUT)
    widths = [0.0] + [min(max(h, l), 3.2 * cm) for h, l in zip(hi[1:], lo[1:])]
    widths[0] = INNER_W - sum(widths[1:])
    if widths[0] < 3.0 * cm:  # the figures give way to a label column of 3 cm
        k = (INNER_W - 3.0 * cm) / sum(widths[1:])
        widths = [3.0 * cm] + [w * k for w in widths[1:]]
    return Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


class _Row(Flowable):
    """One row of the form table: the label cell (the label and its help text; "<label>
    (vervolg)" on a part of the row continued on a later page) and the answer cell holding the
    field's flowables. A row that does not fit splits between or inside its flowables, as Word
    breaks a row across pages; each part is boxed by the grid."""

    def __init__(self, label, help_text, flows, st, continued=False):
        super().__init__()
        self.label, self.help, self.flows, self.st = label, help_text, list(flows), st
        self.continued = continued
        self._tbl = None

    def _label_cell(self):
        if self.continued:
            return [para(f"{self.label} (vervolg)", self.st["label"])]
        cell = [para(self.label, self.st["label"])]
        if self.help:
            cell.append(para(self.help, self.st["help"]))
        return cell

    def _table(self):
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), GRID, INK),
                ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
                ("BACKGROUND", (0, 0), (0, 0), LABEL_FILL)]
        return Table([[self._label_cell(), self.flows]], colWidths=[LABEL_W, CONTENT_W],
                     style=TableStyle(cmds), hAlign="LEFT")

    def wrap(self, aW, aH):
        self._tbl = self._table()
        self.width, self.height = self._tbl.wrap(aW, 1e6)
        return self.width, self.height

    def split(self, aW, aH):
        room = aH - 2 * PAD - 1
        label_h = sum(f.wrap(LABEL_W - 2 * PAD, 1e6)[1] for f in self._label_cell())
        if room < label_h or room < 20:
            return []
        used, taken, rest = 0.0, [], list(self.flows)
        while rest:
            f = rest[0]
            sb = f.getSpaceBefore() if taken else 0.0
            h = f.wrap(INNER_W, 1e6)[1]
            if used + sb + h <= room:
                taken.append(f)
                rest.pop(0)
                used += sb + h + f.getSpaceAfter()
                continue
            parts = f.split(INNER_W, room - used - sb)
            if len(parts) >= 2:
                for q in parts:
                    if isinstance(f, RP):
                        q._rec = f._rec
                taken.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not taken or not rest:
            return []
        return [_Row(self.label, self.help, taken, self.st, self.continued),
                _Row(self.label, self.help, rest, self.st, True)]

    def drawOn(self, canv, x, y, _sW=0):
        self._tbl.drawOn(canv, x, y)


def _form(pr: source.Project, st, rec) -> list:
    out = []
    for row in pr.rows:
        if isinstance(row, source.Table):
            flows = [_nested(row, st, rec)] + [typed(f, st["tfoot"], rec) for f in row.footnotes]
            out.append(_Row("Begroting", _help("Begroting"), flows, st))
            continue
        flows = []
        for item in row.content:
            if isinstance(item, source.Table):
                flows.append(_nested(item, st, rec))
                flows += [typed(f, st["tfoot"], rec) for f in item.footnotes]
            else:
                flows.append(typed_field(item, st, rec))
        out.append(_Row(row.label, _help(row.label), flows or [para("", st["body"], rec)], st))
    return out


def render_wordforms(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
    st = _styles()
    name = dossier_name(dossier)
    K = len(dossier.projects)

    def once(info):
        truth = Truth(dossier, "wordforms")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "wordforms"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(GREY)
            canv.drawString(ML, HEIGHT - 1.4 * cm, f"Regio Deal {name} – aanvraagformulier projecten")
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.4 * cm, "Deel B")
            canv.setFillColor(INK)
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.2 * cm, f"{page}/{max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)],
            onPage=furniture)])
        story: list = [para(f"Aanvraagformulier Regio Deal {name}".strip(), st["formtitle"]),
                       para("Deel B: projectbeschrijvingen", st["formsub"]),
                       para("Vul voor ieder project een formulier in. De grijs gearceerde velden zijn door de "
                            "aanvrager ingevuld; een veld dat doorloopt op de volgende pagina wordt daar "
                            "herhaald met de aanduiding (vervolg).", st["instr"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(f"Project {p + 1} van {K}", st["count"]))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(para(f"Thema: {pr.theme}", st["theme"]))
            story += _form(pr, st, rec)
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
