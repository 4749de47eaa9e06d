"""One more house style for the layout zoo (see zoo.py), held out: a filled-in Word FORM
printed with FIELD SHADING on, every answer the applicant typed sitting in a legacy form
field or content control.

- shadedfields: A4 portrait, margins 2 cm, an Arial-like sans (Helvetica; a character it
          lacks set in DejaVu Sans) at 10pt on 12.5pt. FIELD SHADING: a light grey (#D9D9D9)
          rectangle behind each line of typed text, as wide as that line (from 1pt before its
          first glyph to 1pt after its last) and from the font's descender to its ascender
          (Arial's 0.212 / 0.905 em), so consecutive lines' rectangles nearly touch. The form's
          own printed words (labels, headings, table headers) are not shaded.
          A FORM HEADER on every page: "Aanvraagformulier Regio Deal <Name>" in 9pt bold at the
          top left, "Formulier RD-2" in 9pt at the top right, a 0.5pt rule under them.
          Each project starts a new page with "Projectaanvraag <k>" in 12pt bold (printed) and
          under it the project's title as a shaded answer in 13pt bold. Each field label in
          10pt bold on its own line (printed, not shaded), the field's paragraphs under it with
          every line shaded; a list item hangs on its marker, the marker inside the shading of
          the item's first line.
          TABLES (investment tables and those inside a field, which stay in their field): the
          form's grid of 0.5pt black rules round every cell; header cells printed by the form in
          bold on no fill (the table's label over the row-label column, a group header such as
          "Publiek" centred over its members, single headers right-aligned). Every body cell's
          text (row labels and amounts) is typed, so each of its lines has its own shading
          rectangle around the text only, not the whole cell; amounts right-aligned exactly as
          transcribed. The Totaal row's label is printed by the form (bold, not shaded), its
          amounts typed (regular weight, shaded). Header lines repeated where a table breaks
          over a page. Table footnotes under the table in 8pt, shaded (typed); the project's
          notes at its end in 8pt, shaded, each with its mark ("¹ Bron: ...").
          Footer: the page number at the right in 8pt.

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.paragraph import paraFontSizeHeightOffset

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (
    LIST_ITEM,
    RP,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
MARGIN = 2 * cm
FW = WIDTH - 2 * MARGIN
SHADE = colors.HexColor("#D9D9D9")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.0, 12.5
TSIZE, TLEAD = 9.0, 11.5
NSIZE, NLEAD = 8.0, 10.0
ASC, DESC = 0.905, 0.212  # Arial's ascender and descender (em): Word's shading height
OUT = 1.0  # the shading reaches 1pt past the first and last glyph
PAD = 3.0
GRID = 0.5
ITEM_INDENT = 14.0


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"sf-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "form": st("form", BOLD, 12, 15, spaceAfter=4, keepWithNext=1),
        "title": st("title", BOLD, 13, 16, spaceAfter=10, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=ITEM_INDENT, bulletIndent=0, spaceAfter=2),
        "tlabel": st("tl", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "thead": st("th", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "tbody": st("tb", SANS, TSIZE, TLEAD),
        "tbody_b": st("tbb", BOLD, TSIZE, TLEAD),
        "tamount": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tnote": st("tn", SANS, NSIZE, NLEAD, spaceBefore=2),
        "note": st("note", SANS, NSIZE, NLEAD, spaceBefore=3),
        "note_more": st("notem", SANS, NSIZE, NLEAD, spaceBefore=1),
    }


class Shaded(RP):
    """A typed answer: a recorded paragraph with Word's field shading behind each line."""

    def draw(self):
        bl = getattr(self, "blPara", None)
        if bl is not None and bl.lines:
            self._shade(bl)
        super().draw()

    def _shade(self, bl):
        style, c = self.style, self.canv
        lead = style.leading
        first = bl if bl.kind == 0 else bl.lines[0]
        # the first baseline, where drawPara puts it
        y = self.height - (first.fontSize if paraFontSizeHeightOffset
                           else getattr(first, "ascent", first.fontSize))
        c.saveState()
        c.setFillColor(SHADE)
        for i, line in enumerate(bl.lines):
            if bl.kind == 0:
                font, size = bl.fontName, bl.fontSize
                w = stringWidth(" ".join(line[1]), font, size)
            else:  # mixed fonts: the line's width from the room it left
                font, size = line.words[0].fontName if line.words else style.fontName, line.fontSize
                room = self.width - style.leftIndent - style.rightIndent
                w = room - (style.firstLineIndent if i == 0 else 0) - line.extraSpace
            x0 = style.leftIndent + (style.firstLineIndent if i == 0 else 0)
            if style.alignment == TA_RIGHT:
                x0 = self.width - style.rightIndent - w
            elif style.alignment == TA_CENTER:
                x0 = style.leftIndent + (self.width - style.leftIndent - style.rightIndent - w) / 2
            x1 = x0 + w
            if i == 0 and self.bulletText:
                # the text after the marker starts where drawPara's _drawBullet puts it
                bw = stringWidth(self.bulletText, style.bulletFontName, style.bulletFontSize)
                end = style.bulletIndent + bw + 0.6 * style.bulletFontSize
                x1 = style.leftIndent + max(style.firstLineIndent, end - style.leftIndent) + w
                x0 = style.bulletIndent
            if w > 0:
                c.rect(x0 - OUT, y - DESC * size, x1 - x0 + 2 * OUT, (ASC + DESC) * size,
                       stroke=0, fill=1)
            y -= lead
        c.restoreState()


def typed(text: str, style: ParagraphStyle, rec) -> Shaded:
    """A typed answer in a font that has every character of it."""
    fb = font_for(text, style.fontName)
    if fb != style.fontName:
        style = ParagraphStyle(f"{style.name}-{fb}", style, fontName=fb, bulletFontName=fb)
    p = Shaded(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style)
    p._text, p._base, p._rec = text, style, rec
    return p


def typed_field(text: str, st, rec) -> Shaded:
    """A field's paragraph: a list item hangs on its own marker (shaded with its line)."""
    m = LIST_ITEM.match(text)
    if m is None:
        return typed(text, st["body"], rec)
    style = st["item"]
    fb = font_for(text, style.fontName)
    if fb != style.fontName:
        style = ParagraphStyle(f"{style.name}-{fb}", style, fontName=fb, bulletFontName=fb)
    body = m.group(2)
    p = Shaded(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"), style,
               bulletText=m.group(1))
    p._rec = rec  # no shrinking re-wrap: it would drop the marker
    return p


def form_table(t: source.Table, st, rec, width) -> list:
    """The form's fully ruled table: printed header, typed (shaded) body cells."""
    n, lines = t.columns, len(t.header)
    rows: list = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        total = is_total(body[0])
        # the Totaal label is the form's own word; every other cell is typed
        row = [para(body[0], st["tbody_b"], rec) if total else typed(body[0], st["tbody"], rec)]
        row += [typed(text, st["tamount"], rec) if text.strip() else "" for text in body[1:]]
        rows.append(row)
    cmds = [("GRID", (0, 0), (-1, -1), GRID, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, width, st, PAD, label_share=0.36)
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    if t.footnotes:
        out.append(Spacer(0, 3))
        out += [typed(f, st["tnote"], rec) for f in t.footnotes]
    return out


def render_shadedfields(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    head_left = f"Aanvraagformulier Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "shadedfields")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "shadedfields"))

        def on_page(canv, d):
            canv.saveState()
            base = HEIGHT - 1.35 * cm
            canv.setFont(font_for(head_left, BOLD), 9)
            canv.drawString(MARGIN, base, head_left)
            canv.setFont(SANS, 9)
            canv.drawRightString(WIDTH - MARGIN, base, "Formulier RD-2")
            canv.setLineWidth(0.5)
            canv.line(MARGIN, base - 4, WIDTH - MARGIN, base - 4)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(f"Projectaanvraag {p + 1}", st["form"], truth.heading(p)))
            story.append(typed(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 8), *form_table(row, st, rec, FW), Spacer(0, 4)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *form_table(item, st, rec, FW), Spacer(0, 6)]
                    elif item.strip():
                        story.append(typed_field(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(typed(f"{note.mark} {text}" if j == 0 else text,
                                           st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
