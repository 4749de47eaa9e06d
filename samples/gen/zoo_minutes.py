"""One more house style for the layout zoo (see zoo.py): a council proposal with numbered
paragraphs and notes in a wide left margin.

- minutes: the look of a municipal "raadsvoorstel" written in Word. Portrait A4; the text in
           a 13 cm column set 6 cm from the left edge, 2 cm from the right; the 3.4 cm strip
           at the left edge beside it holds marginal notes. Liberation Sans (Arial's
           metrics; else DejaVu Sans) at 10pt on 14pt, ragged right, 6pt after each
           paragraph. Running header across margin and text: the document's title in bold
           and under it the date (12 March of the year the texts mention most) at the left,
           "Pagina N van M" at the right, over a hairline; the footer holds the registration
           number at the left. The first page: "Raadsvoorstel" (18pt bold), a rule-less
           table of Onderwerp, Datum and Registratienummer, then the contents (the
           transcription's heading) with each theme in bold and its projects' titles under
           it, page numbers at the right. Projects flow on (a new page where less than 6 cm
           is left): the theme in 9pt grey italic, the title in 13pt bold. Each field is a
           numbered paragraph, numbered from 1 in each project: the number at the column's
           left edge and the label in bold after it ("1.  Naam Project"), the field's
           paragraphs indented to the label's text under it. Beside the numbered labels of
           some fields a short note in the margin, 7.5pt grey italic ("zie bijlage 2" by the
           parties, "besluit GS 12-3" by the funding field, "vgl. coalitieakkoord" by the
           problem statement, "zie par. 4" by the continuation field). Tables (investment
           tables and those inside a field, which stay in their field) across the text column
           in 7.5pt: a 1pt box and 0.5pt grid lines between all cells, the first column (the table
           label and the row labels) shaded grey, headers bold, a group header ("Publiek")
           centred over its members, amounts right aligned, the Totaal row bold; a table
           breaking over pages repeats its header lines. Table footnotes in 7.5pt under the
           table; project notes as page footnotes in the text column under a short rule.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, fields_with_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, Truth)
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
EDGE = 2.0 * cm                    # page edge to the margin notes
NOTE_W = 3.4 * cm                  # the margin notes' column
TEXT_X = 6.0 * cm                  # the text column's left edge
FW = WIDTH - TEXT_X - 2.0 * cm
TOP, BOTTOM = 3.0 * cm, 2.5 * cm
INDENT = 22.0                      # a numbered paragraph's text
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6E6E6E")
SHADE = colors.HexColor("#E3E3E3")

# Margin notes beside the numbered labels of some fields: (label pattern, note).
MARGIN_NOTES = [(r"partij", "zie bijlage 2"), (r"inzet|financ", "besluit GS 12-3"),
                (r"opgave|aanleiding", "vgl. coalitieakkoord"), (r"structureel|borging", "zie par. 4")]


def _margin_note(label: str) -> str | None:
    return next((note for pattern, note in MARGIN_NOTES if re.search(pattern, label, re.I)), None)


def _year(dossier: source.Dossier) -> str:
    """The year the dossier's texts mention most (the memo's year)."""
    years = Counter(y for pr in dossier.projects for row in pr.rows if isinstance(row, source.Field)
                    for c in row.content if isinstance(c, str)
                    for y in re.findall(r"\b20\d\d\b", c))
    return years.most_common(1)[0][0] if years else "2019"


class _Beside(Flowable):
    """A one-line paragraph with a note in the margin, their baselines level."""

    def __init__(self, line, note):
        super().__init__()
        self.line, self.note = line, note
        self.keepWithNext = line.getKeepWithNext()

    def wrap(self, aW, aH):
        self.w, self.h = self.line.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.line.getSpaceBefore()

    def getSpaceAfter(self):
        return self.line.getSpaceAfter()

    def split(self, aW, aH):
        return []  # a label's one line moves on whole

    def drawOn(self, canv, x, y, _sW=0):
        self.line.drawOn(canv, x, y, _sW)
        _, nh = self.note.wrap(NOTE_W, 1e6)
        drop = self.line.style.fontSize - self.note.style.fontSize
        self.note.drawOn(canv, EDGE, y + self.h - nh - drop)


def _table(t: source.Table, st, rec) -> list:
    """Table `t` boxed and fully ruled, its first column shaded, across the text column."""
    pad = 3
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("INNERGRID", (0, 0), (-1, -1), 0.5, INK), ("BOX", (0, 0), (-1, -1), 1.0, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, pad, min_label=60.0),
                  repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 8)]


def render_minutes(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    italic = "Helvetica-Oblique"

    def style(name, font=sans, size=10.0, leading=14.0, **kw):
        return ParagraphStyle(f"mn-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", leftIndent=INDENT, spaceAfter=6),
        "label": style("label", bold, bulletFontName=bold, bulletFontSize=10, bulletIndent=0,
                       leftIndent=INDENT, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "margin": style("margin", italic, 7.5, 9.5, textColor=GREY),
        "theme": style("theme", italic, 9, 12, textColor=GREY, spaceBefore=20, keepWithNext=1),
        "title": style("title", bold, 13, 17, spaceAfter=6, keepWithNext=1),
        "memo": style("memo", bold, 18, 22, spaceAfter=12),
        "fact": style("fact", sans, 9.5, 13),
        "fact_b": style("factb", bold, 9.5, 13),
        "toc_h": style("toch", bold, 13, 17, spaceBefore=22, spaceAfter=8),
        "toc_theme": style("toct", bold, spaceBefore=6, keepWithNext=1),
        "toc": style("toc", leftIndent=INDENT),
        "toc_page": style("tocp", alignment=TA_RIGHT),
        "note": style("note", sans, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 7.5, 9.5),
        "thead": style("th", bold, 7.5, 9.5, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 7.5, 9.5, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7.5, 9.5), "tbody_b": style("tbb", bold, 7.5, 9.5),
        "tamount": style("ta", sans, 7.5, 9.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 7.5, 9.5, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=3),
    }
    name = dossier_name(dossier)
    title = f"Raadsvoorstel Regio Deal {name} - projectvoorstellen".replace("  ", " ")
    year = _year(dossier)
    date = f"12 maart {year}"
    registration = f"{year}/{zlib.crc32(name.encode()) % 1_000_000:06d}"
    facts = [("Onderwerp", f"Regio Deal {name}: projectvoorstellen".replace("  ", " ")),
             ("Datum", date), ("Registratienummer", registration)]

    def once(info):
        truth = Truth(dossier, "minutes")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=80)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=TEXT_X,
                  rightMargin=WIDTH - TEXT_X - FW, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "minutes"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            right = TEXT_X + FW
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(bold, 8)
            canv.drawString(EDGE, HEIGHT - 1.5 * cm, title)
            canv.setFont(sans, 8)
            canv.drawString(EDGE, HEIGHT - 1.5 * cm - 10, date)
            canv.drawRightString(right, HEIGHT - 1.5 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(EDGE, HEIGHT - 1.5 * cm - 15, right, HEIGHT - 1.5 * cm - 15)
            canv.setFillColor(GREY)
            canv.setFont(sans, 7.5)
            canv.drawString(EDGE, 1.3 * cm, f"Registratienummer {registration}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(TEXT_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para("Raadsvoorstel", st["memo"]),
                 Table([[para(k, st["fact_b"]), para(v, st["fact"])] for k, v in facts],
                       colWidths=[110, FW - 110], hAlign="LEFT", style=TableStyle([
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 1),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])),
                 para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(pr.theme, st["toc_theme"]))
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]],
                               colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])))
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [CondPageBreak(6 * cm), para(pr.theme, st["theme"], rec),
                      para(pr.title, st["title"], truth.heading(p))]

            def numbered(field, k, rec=rec):
                line = para("", st["label"], rec,
                            markup=f"<bullet>{k}.</bullet>{escape(field.label)}")
                note = _margin_note(field.label)
                return _Beside(line, para(note, st["margin"])) if note else line

            story += fields_with_notes(pr, st, rec, foot, lambda t, _, rec=rec: _table(t, st, rec),
                                       numbered)
        doc.build(story)
        return truth

    return build_until_stable(once)
