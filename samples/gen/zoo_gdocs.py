"""One more house style for the layout zoo (see zoo.py), held out: the dossier written in
Google Docs and downloaded as PDF ("File > Download > PDF document").

- gdocs: US LETTER portrait (612 x 792 pt), 1 inch margins all round (a 6.5 inch text
         column), Arial 11 (Helvetica here) with Docs' line spacing 1.15 (Arial's natural
         line height times 1.15: 11pt on 14.5pt), no space before or after a paragraph but
         an empty line typed between paragraphs; NO page numbers, NO running header or
         footer. Each project's title in Docs' "Heading 1" (20pt REGULAR, black, 20pt above,
         6pt below), its theme under it in Docs' "Subtitle" (15pt grey #666666, 16pt below);
         projects flow on (no page breaks; headings keep with the next paragraph, as Docs'
         headings do). Field labels in "Heading 3" (14pt grey #434343, 16pt above, 4pt
         below), the field's paragraphs under it in 11pt; a list item keeps the source's
         marker as text. Project notes as Docs' page footnotes: the mark stays in the text as
         the transcription writes it (a superscript "¹"), the note at the foot of the page in
         10pt under a short separator rule (a note whose mark is nowhere goes with the
         project's last paragraph).
         TABLES as Docs draws a table inserted with Insert > Table: as wide as the text
         column, ALL COLUMNS OF EQUAL WIDTH (the row-label column as wide as each value
         column, so long labels wrap), a FULL GRID of 1pt black lines around every cell, 5pt
         cell padding, no shading, cell text 11pt on 14.5pt and ALL LEFT-ALIGNED (amounts
         too: Docs does not right-align numbers), the header line(s) BOLD, everything else
         (the Totaal row too) regular; a spanning group header is a merged cell, its text at
         the left. A table that does not fit breaks between rows and goes on on the next page
         WITHOUT its header row (Docs does not repeat header rows by default); a row is
         never split; a word wider than its cell breaks after a "/" or "-" and else at the
         cell edge ("Opgaven/" | "Investerin" | "gen"), never shrunk.
         Table footnotes as plain 9pt paragraphs under the table, then the empty paragraph
         Docs keeps after every table. Tables inside a field are drawn the same way. Cells
         are printed as transcribed (marks "80.000**" kept): the truth has no "raw" record.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_common import (RP, Doc, FootnoteSupport, Truth, build_until_stable, font_for,
                         has_mark, meta, para, register_fonts)

WIDTH, HEIGHT = LETTER  # 612 x 792
MARGIN = 1 * inch
FW = WIDTH - 2 * MARGIN
SANS, BOLD = "Helvetica", "Helvetica-Bold"
LINE = 1.15 * 1.15      # Arial's natural line height (1.15 em) at Docs' spacing 1.15
BODY_LEADING = round(11 * LINE, 1)
PAD = 5
GRID = 1.0


def _styles() -> dict:
    return {
        "body": ParagraphStyle("g-body", fontName=SANS, fontSize=11, leading=BODY_LEADING,
                               alignment=TA_LEFT, spaceAfter=BODY_LEADING),  # + empty line
        "h1": ParagraphStyle("g-h1", fontName=SANS, fontSize=20, leading=round(20 * LINE, 1),
                             textColor=colors.black, spaceBefore=20, spaceAfter=6,
                             keepWithNext=1),
        "subtitle": ParagraphStyle("g-sub", fontName=SANS, fontSize=15,
                                   leading=round(15 * LINE, 1),
                                   textColor=colors.HexColor("#666666"), spaceAfter=16,
                                   keepWithNext=1),
        "h3": ParagraphStyle("g-h3", fontName=SANS, fontSize=14, leading=round(14 * LINE, 1),
                             textColor=colors.HexColor("#434343"), spaceBefore=16,
                             spaceAfter=4, keepWithNext=1),
        "cell": ParagraphStyle("g-cell", fontName=SANS, fontSize=11, leading=BODY_LEADING,
                               alignment=TA_LEFT),
        "cell_b": ParagraphStyle("g-cellb", fontName=BOLD, fontSize=11, leading=BODY_LEADING,
                                 alignment=TA_LEFT),
        "tfoot": ParagraphStyle("g-tf", fontName=SANS, fontSize=9, leading=round(9 * LINE, 1)),
        "note": ParagraphStyle("g-note", fontName=SANS, fontSize=10,
                               leading=round(10 * LINE, 1), spaceAfter=0),
    }


def _markup(text: str, bold: bool = False) -> str:
    """Escaped markup in Helvetica, a character the built-in font lacks (a superscript
    "⁴") set alone in its DejaVu stand-in, as Docs falls back per character."""
    out = []
    for ch in text:
        e = escape(ch)
        if font_for(ch, SANS) != SANS:
            e = f'<font name="{"DejaVuSans-Bold" if bold else "DejaVuSans"}">{e}</font>'
        out.append(e)
    return "".join(out)


def _p(text: str, style: ParagraphStyle, rec=None):
    return para(text, style, rec, markup=_markup(text, style.fontName == BOLD))


class _Foot(FootnoteSupport):
    """Page footnotes whose text keeps Helvetica (only a lacking character falls back)."""

    def _paras(self, note, width):
        return [_p(f"{note.mark} {t}" if k == 0 else t, self.style, self.rec_for(note))
                for k, t in enumerate(note.text or ("",))]


class _Cell(RP):
    """A cell paragraph at its full size, its words broken as Docs breaks them: a word
    wider than the cell starts a new line, breaks after a slash or hyphen where it can and
    is cut at the cell's edge where it must, the rest going on on the next line (not
    shrunk, as the zoo's plain paragraphs are)."""

    _source = ""

    def wrap(self, availWidth, availHeight):
        font, size = self.style.fontName, self.style.fontSize
        out = []
        for word in self._source.split():
            bold = font == BOLD
            if stringWidth(word, font, size) <= availWidth:
                out.append(_markup(word, bold))
                continue
            # Break after a slash or hyphen first (as Docs' line breaking does), then cut
            # a piece still too wide at the cell's edge.
            chunks, run = [], ""
            for seg in re.findall(r".+?[/-]+(?=.)|.+$", word):
                if run and stringWidth(run + seg, font, size) > availWidth:
                    chunks.append(run)
                    run = ""
                for ch in seg:
                    if run and stringWidth(run + ch, font, size) > availWidth:
                        chunks.append(run)
                        run = ""
                    run += ch
            chunks.append(run)
            joined = "<br/>".join(_markup(c, bold) for c in chunks)
            out.append(("<br/>" if out else "") + joined)
        markup = " ".join(out).replace(" <br/>", "<br/>")
        if markup != self.text:
            Paragraph.__init__(self, markup, self.style)
            self.text = markup
        return super().wrap(availWidth, availHeight)


def _cell(text: str, style: ParagraphStyle, rec):
    p = _Cell(_markup(text, style.fontName == BOLD), style)
    p._source, p._rec, p.text = text, rec, _markup(text, style.fontName == BOLD)
    return p


def _table(t: source.Table, st, rec) -> list:
    """Docs' default table: equal columns, full 1pt grid, 5pt padding, all text left."""
    n = t.columns
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    rows[0][0] = _cell(t.label, st["cell_b"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _cell(h.text, st["cell_b"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        cells = list(body) + [""] * (n + 1 - len(body))
        rows.append([_cell(text, st["cell"], rec) for text in cells[:n + 1]])
    cmds += [("GRID", (0, 0), (-1, -1), GRID, colors.black),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("ALIGN", (0, 0), (-1, -1), "LEFT"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    table = Table(rows, colWidths=[FW / (n + 1)] * (n + 1), repeatRows=0,
                  style=TableStyle(cmds), hAlign="LEFT")
    out = [table]
    out += [_p(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, BODY_LEADING))  # the empty paragraph after a table
    return out


def render_gdocs(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "gdocs")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _Foot(st["note"], lambda n: truth.content(owners[id(n)]),
                               rule_width=144)
        doc = Doc(str(pdf_path), truth, pagesize=LETTER, leftMargin=MARGIN,
                  rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                  **meta(dossier, "gdocs"))
        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPageEnd=lambda canv, d: foot.draw(canv))])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(_p(pr.title, st["h1"], truth.heading(p)))
            story.append(_p(pr.theme, st["subtitle"], rec))
            # Each note goes with the first paragraph that holds its mark.
            texts = [(r, i, c) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
                     for i, c in enumerate(row.content) if isinstance(c, str)]
            owner: dict[tuple, list] = {}
            for note in pr.notes:
                hit = next(((r, i) for r, i, c in texts if has_mark(c, note.mark)), None)
                if hit is None and texts:
                    hit = texts[-1][:2]
                if hit is not None:
                    owner.setdefault(hit, []).append(note)
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(_p(row.label, st["h3"], rec))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                        continue
                    q = _p(item, st["body"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
        doc.build(story)
        return truth

    return build_until_stable(once)
