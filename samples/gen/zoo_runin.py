"""One more house style for the layout zoo (see zoo.py): a provincial policy report with
run-in field labels.

- runin: the look of a policy report a provincial office exports from Word. Portrait A4, one
         text column 15.5 cm wide (margins 2.75 cm); a serif body (Liberation Serif, Times
         metrics; else DejaVu Serif) at 10pt on 13.5pt, justified. No label column and no
         colons: every field opens a paragraph (8pt above it) with its label in bold run in
         before its text on the same line, the label closed by a full stop in the even
         projects ("Partijen. Gemeente Enschede, ...") and by an en dash in the odd ones
         ("Opgave – De regio ..."; counted from 0 in the transcription's order), the full
         stop or dash bold with the label; the field's later paragraphs are plain, with a
         12pt first-line indent and no space between them; list items keep their markers
         (the marker at 12pt, the lines after it at 24pt). Each project runs on after the
         one before (no page break of its own): the theme in grey 9pt small caps (simulated:
         capitals at 9pt, the lower-case letters as capitals at 80 %) on a line of its own,
         the title in 14pt bold sans (Liberation Sans, Arial's metrics; else DejaVu Sans)
         with a 0.5pt rule under it across the column; theme, title and rule are kept with
         the first field's paragraph. Tables (investment tables and those inside a field,
         which stay in their field) across the column in 9pt serif with no grid and no
         rules but one: zebra stripes (every second body row on #EEEEEE, from the second),
         the header lines on #DADADA, the table label bold in the first header cell, column
         headers bold and right aligned, a group header ("Publiek") centred over its members
         with no rule under it, the row labels left and the amounts right aligned, every
         amount written as a bare number given a "€ " before it ("€ 2.000.000", "€ 2,5
         mln.", "€ 750.000*": footnote marks kept; "-", empty cells and words as written),
         the Totaal row bold under a single 1pt rule. A table breaking over pages repeats
         its header lines; its footnotes in 8pt italic directly under it, kept with it (the
         rows and notes set "keep with next": such a table moves to the next page whole
         where it does not fit, unless it is longer than a page). Project notes as
         page footnotes under a short rule at the page foot, their marks superscripts in the
         text. Running header: "Regio Deal <name>" in grey small caps at the right, no rule;
         footer "- N -" centred. The contents first, on a page of its own: the
         transcription's heading and entries (as its contents gives them), leader dots to
         the page numbers at the right.
"""

from __future__ import annotations

import dataclasses
import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _Rule, _small_caps, _toc_text, _TocLine
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, meta, page_of,
                         para, Truth)
from .zoo_spreadsheet import _fonts as _sans_fonts
from .zoo_typeset import _fonts as _serif_fonts

WIDTH, HEIGHT = A4
FW = 15.5 * cm
MARGIN = (WIDTH - FW) / 2
TOP, BOTTOM = 2.5 * cm, 2.5 * cm
INDENT = 12.0
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6E6E6E")
STRIPE = colors.HexColor("#EEEEEE")
HEAD_FILL = colors.HexColor("#DADADA")

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_NUMBER = re.compile(r"\d[\d.,]*(?:\s?mln\.?)?")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _euro(text: str) -> str:
    """A cell as the house writes it: "€ " before a bare number (its marks kept)."""
    return f"€ {text}" if _NUMBER.fullmatch(text.rstrip(_MARKS)) else text


def _with_euros(t: source.Table) -> source.Table:
    """Copy of `t` with its body cells as the house writes them (the row labels as given)."""
    return dataclasses.replace(t, rows=tuple((r[0], *map(_euro, r[1:])) for r in t.rows))


def _table(t: source.Table, st, rec) -> list:
    """Table `t` across the column: zebra rows, no grid, a rule over the Totaal row only;
    its footnotes under it."""
    pad = 4
    t = _with_euros(t)
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("ROWBACKGROUNDS", (0, lines), (-1, -1), [colors.white, STRIPE])]
    cmds += [("LINEABOVE", (0, r), (-1, r), 1.0, INK) for r in totals]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, FW, st, pad), repeatRows=lines,
                  style=TableStyle(cmds), hAlign="LEFT")
    notes = [para(f, st["tfoot"], rec) for f in t.footnotes]
    if notes:  # Word's "keep with next" on the rows and notes: the notes stay under the table
        for f in [table, *notes[:-1]]:
            f.keepWithNext = 1
    return [Spacer(0, 6), table, *notes, Spacer(0, 6)]


def _fields(pr: source.Project, st, rec, foot, separator: str) -> list:
    """The project's fields with run-in labels, its investment table where the source has
    it; a paragraph holding a note's mark carries the note to its page's foot (notes whose
    mark is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, st, rec)
            continue
        label = f"<b>{escape(row.label)}{separator}</b>"
        if not (row.content and isinstance(row.content[0], str)):
            story.append(para("", st["lead"], rec, markup=label))  # nothing to run in
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, st, rec)
                continue
            if i == 0:
                q = para("", st["lead"], rec, markup=f"{label} {escape(item)}")
            else:
                q = para(item, st["item"] if _LIST_ITEM.match(item) else st["body"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_runin(dossier: source.Dossier, pdf_path) -> dict:
    f = _serif_fonts()
    serif, bold, italic = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]
    sans, sans_bold = _sans_fonts()

    def style(name, font=serif, size=10.0, leading=13.5, **kw):
        return ParagraphStyle(f"ri-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "lead": style("lead", alignment=TA_JUSTIFY, spaceBefore=8),
        "body": style("body", alignment=TA_JUSTIFY, firstLineIndent=INDENT),
        "item": style("item", alignment=TA_JUSTIFY, leftIndent=2 * INDENT,
                      firstLineIndent=-INDENT),
        "theme": style("theme", sans, 9, 11, textColor=GREY, spaceBefore=20, keepWithNext=1),
        "title": style("title", sans_bold, 14, 17, spaceBefore=2, keepWithNext=1),
        "running": style("running", serif, 8.5, 10, textColor=GREY, alignment=TA_RIGHT),
        "toc_h": style("toch", sans_bold, 16, 20, spaceAfter=14),
        "toc": style("toc", serif, 10, 13.5),
        "note": style("note", serif, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 9, 11),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", serif, 9, 11), "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", serif, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
        "tfoot": style("tf", italic, 8, 10, spaceBefore=2),
    }
    running = Paragraph(_small_caps(f"Regio Deal {dossier_name(dossier)}".strip(), 8.5),
                        st["running"])
    running.wrap(FW, 1e6)

    def once(info):
        truth = Truth(dossier, "runin", amount_format="€ {}")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=90)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "runin"))

        def furniture(canv, d):
            canv.saveState()
            running.drawOn(canv, MARGIN, HEIGHT - 1.5 * cm)
            canv.setFont(serif, 9)
            canv.setFillColor(INK)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        for p in range(len(dossier.projects)):
            story += [_TocLine(para(_toc_text(dossier, p), st["toc"]), page_of(info, p),
                               st["toc"]), Spacer(0, 4)]
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            rule = _Rule(FW, INK, 0.5, 3)
            rule.keepWithNext = 1
            story += [para("", st["theme"], rec, markup=_small_caps(pr.theme, 9)),
                      para(pr.title, st["title"], truth.heading(p)), rule]
            story += _fields(pr, st, rec, foot, "." if p % 2 == 0 else " –")
        doc.build(story)
        return truth

    return build_until_stable(once)
