"""One more house style for the layout zoo (see zoo.py), held out: an appendix to a
municipal budget book ("begrotingsbijlage") in which everything is numbered: chapters,
projects, fields and the cost lines of every table.

- numbered: A4 portrait, margins 2.5 cm on every side. A Times-like serif (Times-Roman)
          body at 10.5pt on 13.5pt, justified, 4pt after each paragraph; a list item keeps
          the source's marker (as text) and hangs on it. Headings in a sans bold
          (Helvetica-Bold). Running header top left on every page, "Begroting 2019 – Bijlage
          Regio Deal <Name>" in 8.5pt grey over a thin grey rule across the column; the page
          number alone bottom right in 9pt.
          The themes are numbered chapters in order of first appearance: "1 <theme>" in 15pt
          on a line of its own wherever the theme changes. Each project is a numbered section
          "<chapter>.<n> <title>" in 12.5pt (n counts the projects of the chapter); projects
          flow on (no page break per project; a conditional break keeps a heading off a page's
          foot). Each field is a numbered bold sans heading "<chapter>.<n>.<k> <label>" in
          10.5pt on a line of its own (k counts the project's fields), its paragraphs under it.
          FUNDING TABLES across the text column (a table inside a field too), 9pt serif: a
          narrow first column "Nr." (0.9 cm) holding the cost line's number ("1", "2", ...,
          counted per table; a Totaal row has no number), the row label ("Omschrijving") in the
          second column, then the value columns. The header's first two cells read "Nr." and
          the transcription's table label (both spanning the header lines where the source
          has two), the source's value headers right-aligned, a group header centred over its
          members with a thin grey rule under it; header in bold. Rules: black (0.8pt) above
          and below the header, a thin grey (0.4pt) rule under every body row, a double black
          rule above the Totaal row (bold; a Totaal right under the header has the header's
          rule only), a black (0.8pt) rule under the last row; no vertical rules, no fills.
          A row label too long for its column wraps there; the number stands top-aligned with
          the label's first line, the amounts (exactly as transcribed, right-aligned)
          bottom-aligned with its last line. Header lines repeated where a table breaks over
          a page. Table footnotes under the table in 8.5pt.
          Project notes at the end of the project in 8.5pt, the mark hanging.

The line numbers are no part of the row labels (they stand in a column of their own) and the
section numbers no part of the titles and field labels: the truth record is the plain one
(every golden cell printed as transcribed, no "raw").
"""

from __future__ import annotations

import re
from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end,
                         para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
SERIF, SERIF_B = "Times-Roman", "Times-Bold"
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.5, 13.5
TSIZE = 9.0
NR_W = 0.9 * cm
PAD = 3.0
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#9A9A9A")

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles() -> dict:
    def t(name, font, align):
        return ParagraphStyle(f"nb-{name}", fontName=font, fontSize=TSIZE, leading=TSIZE * 1.2,
                              alignment=align)

    return {
        "chapter": ParagraphStyle("nb-ch", fontName=SANS_B, fontSize=15, leading=19,
                                  spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "project": ParagraphStyle("nb-pr", fontName=SANS_B, fontSize=12.5, leading=16,
                                  spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "label": ParagraphStyle("nb-lb", fontName=SANS_B, fontSize=SIZE, leading=LEAD,
                                spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("nb-body", fontName=SERIF, fontSize=SIZE, leading=LEAD,
                               alignment=TA_JUSTIFY, spaceAfter=4),
        "item": ParagraphStyle("nb-item", fontName=SERIF, fontSize=SIZE, leading=LEAD,
                               alignment=TA_LEFT, leftIndent=14, firstLineIndent=-14,
                               spaceAfter=2),
        "tfoot": ParagraphStyle("nb-tf", fontName=SERIF, fontSize=8.5, leading=10.5,
                                spaceBefore=2),
        "note": ParagraphStyle("nb-note", fontName=SERIF, fontSize=8.5, leading=10.5,
                               leftIndent=10, firstLineIndent=-10, spaceAfter=1.5),
        "note_more": ParagraphStyle("nb-notem", fontName=SERIF, fontSize=8.5, leading=10.5,
                                    leftIndent=10, spaceAfter=1.5),
        "tnr_h": t("tnrh", SERIF_B, TA_LEFT),
        "tlabel": t("tl", SERIF_B, TA_LEFT),
        "thead": t("th", SERIF_B, TA_RIGHT),
        "tgroup": t("tg", SERIF_B, TA_CENTER),
        "tnr": t("tnr", SERIF, TA_LEFT),
        "tbody": t("tb", SERIF, TA_LEFT),
        "tbody_b": t("tbb", SERIF_B, TA_LEFT),
        "tamount": t("ta", SERIF, TA_RIGHT),
        "tamount_b": t("tab", SERIF_B, TA_RIGHT),
    }


def _themes(dossier) -> OrderedDict:
    out: OrderedDict[str, int] = OrderedDict()
    for p in dossier.projects:
        out.setdefault(p.theme, len(out) + 1)
    return out


def _table(t: source.Table, st, rec, width) -> list:
    """Nr. | Omschrijving | values, grey rules between the rows, a double rule over Totaal."""
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 2) for _ in range(lines)]
    rows[0][0] = para("Nr.", st["tnr_h"], rec)
    rows[0][1] = para(t.label, st["tlabel"], rec)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (1, -1), "TOP"),
            ("VALIGN", (2, lines), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 1),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, colors.black)]
    if lines > 1:
        cmds += [("SPAN", (0, 0), (0, lines - 1)), ("SPAN", (1, 0), (1, lines - 1))]
    for h in t.header_cells():
        c0 = h.column + 1
        rows[h.line][c0] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = c0 + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
        if h.columns > 1 and r1 < lines - 1:
            cmds.append(("LINEBELOW", (c0, r1), (c1, r1), 0.4, RULE))
    number = 0
    for body in t.rows:
        bold = is_total(body[0])
        r = len(rows)
        if bold:
            nr = ""
            if r > lines:  # a Totaal under cost lines (right under the header: its rule only)
                cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, colors.black, None, None, None,
                             2, 1.5))
        else:
            number += 1
            nr = para(str(number), st["tnr"], rec)
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([nr, para(body[0], st["tbody_b" if bold else "tbody"], rec)]
                    + [para(c, st["tamount_b" if bold else "tamount"], rec) for c in cells])
        if r < lines + len(t.rows) - 1 and not is_total(t.rows[r - lines + 1][0]):
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = [NR_W] + _col_widths(t, lambda s: s, width - NR_W, st, PAD, label_share=0.38)
    out: list = [Spacer(0, 5), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


def _paragraph(text: str, st, rec):
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def render_numbered(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    running = f"Begroting 2019 – Bijlage Regio Deal {dossier_name(dossier)}".strip()
    themes = _themes(dossier)

    def once(info):
        truth = Truth(dossier, "numbered")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "numbered"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, SANS), 8.5)
            canv.drawString(MARGIN, HEIGHT - 1.6 * cm, running)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            canv.line(MARGIN, HEIGHT - 1.75 * cm, WIDTH - MARGIN, HEIGHT - 1.75 * cm)
            canv.setFillColor(colors.black)
            canv.setFont(SERIF, 9)
            canv.drawRightString(WIDTH - MARGIN, 1.5 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        counters: dict[str, int] = {}
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            ch = themes[pr.theme]
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [CondPageBreak(6 * cm), para(f"{ch} {pr.theme}", st["chapter"])]
            else:
                story.append(CondPageBreak(4 * cm))
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            sec = f"{ch}.{counters[pr.theme]}"
            story.append(para(f"{sec} {pr.title}", st["project"], truth.heading(p)))
            k = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                    continue
                k += 1
                story.append(para(f"{sec}.{k} {row.label}", st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, FW)
                    else:
                        story.append(_paragraph(item, st, rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=4)
        doc.build(story)
        return truth

    return build_until_stable(once)
