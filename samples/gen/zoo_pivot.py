"""One more house style for the layout zoo (see zoo.py), held out: a municipality's Word
document into which the finance system's budget reports were pasted. The finance system
(a pivot table / BI tool) exports each project's budget as a LONG-FORMAT table, a pivot
table's flat report: one row per (cost line, funding source), not a grid.

- pivot:   A4 portrait, margins 2.5 cm all round (a 16 cm text column). DejaVu Sans
           throughout: body 10pt on 13pt, ragged right, 6pt after each paragraph; a list
           item keeps the source's marker (as text) and hangs on it. Each project OPENS A
           NEW PAGE: its theme in 10pt grey (#6E6E6E) on a line of its own, under it the
           title in 14pt bold. FIELD LABELS in 10pt bold on their own line (8pt above, kept
           with what follows), the field's paragraphs under them; a table inside a field
           stands in its field where the transcription places it. Footer: the page number
           alone at the bottom right, 9pt. No running header, no cover, no contents.
           Project notes at the end of the project in 8pt, each "<mark> <text>".

           BUDGET TABLES IN LONG FORMAT. A table is a budget table when its header has a
           "Totaal..." column (a one-column header cell whose text starts "Totaal"/"Total":
           "Totaal", "Totaal EUR", "Totaal (€)", "Totale kosten") or at least one column
           named after a funding source (Privaat, Bedrijven, Bedrijfsleven, Werkgevers,
           Onderwijs, Onderw(.), Kennisinstellingen, Gemeente(n), Gem(.), Provincie,
           Prov(.), Overig publiek, Waterschap, Regio, Rijk, Rijksbijdrage; "Privaat (incl.
           Invest-NL)" counts as Privaat). Over it, the table's label ("Opgaven/
           Investeringen", as transcribed) as a 9pt bold caption (8pt above it, 3pt under
           it). A table starts on a new page where less than 3.5 cm is left on this one (a
           field that opens with a table: its label too, where less than 4.5 cm is left).
           Then a table across the text column, 9pt DejaVu Sans on 11pt, 3pt cell padding
           left and right, FOUR COLUMNS: "Kostenpost" (6.4 cm), "Financier" (3.6 cm),
           "Bedrag" (3.2 cm, its header right-aligned), "Opmerking" (2.8 cm, always empty).
           The header row bold, a 0.75pt dark grey (#404040) rule under it, repeated at the
           top of every page the table runs onto. No vertical rules, no fill.
           Each body row of the transcription (a cost line) becomes a BLOCK of rows, in the
           transcription's order:
             * one row per value column other than the Totaal column, in the
               transcription's column order, whose cell is not empty (an empty cell is
               skipped; a nil "-", "0", "-*" is kept as printed). "Financier" names the
               column: the header text that stands directly over it (a column under a
               group "Publiek" is named by its own header "Gem.", not by the group);
               "Onderw."/"Onderw" -> "Onderwijs", "Gem."/"Gem"/"Gemeenten" -> "Gemeente",
               "Prov."/"Prov" -> "Provincie", "Overig Publiek" -> "Overig publiek"; every
               other header as typed ("Bedrijven", "Kennisinstellingen", "Rijksbijdrage",
               "2024"). A column with no header of its own under a group spanning several
               columns (Twente's "Publiek" over two unnamed columns) is named after the
               group with its position in it: "Publiek 1", "Publiek 2". "Bedrag" holds the
               cell exactly as transcribed ("1.650.000", "€ 2,8 mln.", "7.500.000*", "-"),
               right-aligned (a cell holding words left-aligned).
             * the cost line's label (as transcribed, wrapping in its column) is printed
               ONLY ON THE BLOCK'S FIRST ROW; the block's other rows leave "Kostenpost"
               blank, as a pivot table repeats no labels. A cost line whose value cells are
               all empty still gets its first row: the label, "Financier" and "Bedrag"
               empty.
             * where the table has a Totaal column, the block ends in a SUBTOTAL row, all
               bold: "Kostenpost" = "Totaal <cost line>" (the label as transcribed after
               "Totaal ", mechanically: the table's own total row "Totaal" gives "Totaal
               Totaal", "TOTAAL" gives "Totaal TOTAAL"), "Financier" empty, "Bedrag" = the
               cost line's Totaal cell as transcribed (empty where that cell is empty).
           The table's own total row is a block like the others, the last one (as the
           transcription has it last). A 0.4pt light grey (#BFBFBF) rule BETWEEN blocks
           (over every block but the first), none under the last block. The transcription's
           page breaks inside a table are not followed: the table breaks where the page is
           full, within a block too (a block continued on the next page starts with blank
           "Kostenpost" cells under the repeated header). The dimension column is headed
           "Jaar" instead of "Financier" where every non-Totaal column header is a year
           ("2024", "2025", "2026"). Table footnotes under the table in 8pt.

           OTHER TABLES (no Totaal column, no funding source: a milestone table "Mijlpaal |
           Gereed | Trekker", "Investering | Per jaar | EUR 3 jaar") are no finance-system
           export: they are drawn WIDE as the transcription has them, in the same type and
           rules, without a caption: the table's label over the row-label column (40% of
           the width) in the bold header, the source's header lines (a group spanning its
           members; a header right-aligned where every cell under it is an amount or a
           nil, as "Bedrag" is, else left-aligned), the value columns sharing the rest
           equally, a grey rule between body rows, cells as
           transcribed (amounts right-aligned, words left-aligned).

Every cell is printed exactly as transcribed (an empty cell not at all): the truth record is
the plain one (no "raw"). The golden cells keep their meaning: row = the transcription's
body row (a block here), column key = the transcription's value column (a "Financier" value
here, or the subtotal row for the Totaal column). A project runs from its opening page
(theme and title drawn) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, field_para, is_total, meta, notes_at_end, para,
                         register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
GREY = colors.HexColor("#6E6E6E")
HEAD_RULE = colors.HexColor("#404040")
BLOCK_RULE = colors.HexColor("#BFBFBF")
TSIZE, TLEAD = 9.0, 11.0
KEEP = 3.5 * cm  # room a table wants on a page to start there: caption, header, two rows
LONG_WIDTHS = [6.4 * cm, 3.6 * cm, 3.2 * cm, 2.8 * cm]
LONG_HEADER = ("Kostenpost", "Financier", "Bedrag", "Opmerking")

# The finance system's names for the funding sources the transcriptions abbreviate.
CANONICAL = {"privaat": "Privaat", "onderwijs": "Onderwijs", "onderw.": "Onderwijs",
             "onderw": "Onderwijs", "gemeente": "Gemeente", "gemeenten": "Gemeente",
             "gem.": "Gemeente", "gem": "Gemeente", "provincie": "Provincie",
             "prov.": "Provincie", "prov": "Provincie", "overig publiek": "Overig publiek",
             "rijk": "Rijk"}
# Headers that name a funding source (a table with one is a budget table).
SOURCES = set(CANONICAL) | {"bedrijven", "bedrijfsleven", "werkgevers", "kennisinstellingen",
                            "waterschap", "regio", "rijksbijdrage"}
_YEAR = re.compile(r"\d{4}")
_NUMERIC = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*")


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _is_source(text: str) -> bool:
    k = _key(text)
    return k in SOURCES or k.startswith("privaat ")


def _financier(text: str) -> str:
    return CANONICAL.get(_key(text), text)


def _columns(t: source.Table) -> tuple[list[str], int | None]:
    """Each value column's name in the "Financier" column (1-based column c at index c-1), and
    the Totaal column (1-based) or None."""
    placed = t.header_cells()
    names, total = [], None
    for c in range(1, t.columns + 1):
        over = [h for h in placed if h.column <= c < h.column + h.columns and h.text.strip()]
        if not over:
            names.append("")
            continue
        h = max(over, key=lambda h: h.line)
        if h.columns > 1:
            names.append(f"{h.text} {c - h.column + 1}")
            continue
        names.append(_financier(h.text))
        if total is None and is_total(h.text):
            total = c
    return names, total


def _is_budget(t: source.Table) -> bool:
    return _columns(t)[1] is not None or any(_is_source(h.text) for h in t.header_cells())


def _numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text.strip()))


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"pv-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", BOLD, 14, 18, spaceAfter=10, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", spaceAfter=6, leftIndent=16, bulletIndent=0, bulletFontName=SANS),
        "caption": st("caption", BOLD, TSIZE, TLEAD, spaceBefore=8, spaceAfter=3),
        "th": st("th", BOLD, TSIZE, TLEAD),
        "th_r": st("thr", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "td": st("td", SANS, TSIZE, TLEAD, alignment=TA_LEFT),
        "td_b": st("tdb", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "ta": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ta_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "foot": st("foot", SANS, 8, 10, spaceBefore=3),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


def _amount(text: str, st, rec, bold=False):
    b = "_b" if bold else ""
    return para(text, st[("ta" if _numeric(text) else "td") + b], rec)


_PAD = [("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _long(t: source.Table, st, rec) -> Table:
    names, total = _columns(t)
    dim = LONG_HEADER[1]
    others = [n for c, n in enumerate(names, 1) if c != total]
    if others and all(_YEAR.fullmatch(n.strip()) for n in others):
        dim = "Jaar"
    rows: list[list] = [[para(LONG_HEADER[0], st["th"]), para(dim, st["th"]),
                         para(LONG_HEADER[2], st["th_r"]), para(LONG_HEADER[3], st["th"])]]
    cmds = list(_PAD) + [("LINEBELOW", (0, 0), (-1, 0), 0.75, HEAD_RULE)]
    for r, body in enumerate(t.rows):
        label = body[0]
        cells = list(body[1:]) + [""] * (t.columns + 1 - len(body))
        start = len(rows)
        lines = [(names[c - 1], text) for c, text in enumerate(cells, 1)
                 if c != total and text.strip()]
        if not lines:
            rows.append([para(label, st["td"], rec), "", "", ""])
        for k, (name, text) in enumerate(lines):
            rows.append([para(label, st["td"], rec) if k == 0 else "",
                         para(name, st["td"], rec), _amount(text, st, rec), ""])
        if total is not None:
            rows.append([para(f"Totaal {label}", st["td_b"], rec), "",
                         _amount(cells[total - 1], st, rec, bold=True), ""])
        if r:
            cmds.append(("LINEABOVE", (0, start), (-1, start), 0.4, BLOCK_RULE))
    return Table(rows, colWidths=LONG_WIDTHS, repeatRows=1, style=TableStyle(cmds),
                 hAlign="LEFT")


def _wide(t: source.Table, st, rec) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = list(_PAD) + [("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, HEAD_RULE)]
    rows[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    bodies = [list(b[1:]) + [""] * (n + 1 - len(b)) for b in t.rows]
    numeric = [all(_numeric(b[c]) for b in bodies if b[c].strip()) for c in range(n)]
    for h in t.header_cells():
        right = all(numeric[h.column - 1:h.column - 1 + h.columns])
        rows[h.line][h.column] = para(h.text, st["th_r" if right else "th"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for r, (body, cells) in enumerate(zip(t.rows, bodies)):
        if r:
            cmds.append(("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.4, BLOCK_RULE))
        rows.append([para(body[0], st["td"], rec)] + [_amount(c, st, rec) for c in cells])
    label = 0.4 * FW
    return Table(rows, colWidths=[label] + [(FW - label) / n] * n, repeatRows=lines,
                 style=TableStyle(cmds), hAlign="LEFT")


def _table(t: source.Table, st, rec, room: bool = True) -> list:
    """The table, its caption and footnotes; `room`: start a new page first where less than
    KEEP is left on this one (a field label that opens with the table saw to that)."""
    out: list = [CondPageBreak(KEEP)] if room else []
    if _is_budget(t):
        out += [para(t.label, st["caption"], rec), _long(t, st, rec)]
    else:  # the wide table names itself in its corner cell
        out += [Spacer(0, 4), _wide(t, st, rec)]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def render_pivot(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "pivot")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "pivot"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 9)
            canv.drawRightString(WIDTH - MARGIN, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                if row.content and isinstance(row.content[0], source.Table):
                    story.append(CondPageBreak(KEEP + 1 * cm))  # the label with its table
                story.append(para(row.label, st["label"], rec))
                for k, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, room=k > 0)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
