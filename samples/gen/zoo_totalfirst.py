"""One more house style for the layout zoo (see zoo.py), held out: a ministry-style
financial annex in which the totals come FIRST.

- totalfirst: A4 portrait, margins 2 cm all round, a sans (Liberation Sans; else DejaVu
          Sans) 9.5pt on 12.5pt, ragged right. Footer on every page: "Bijlage Regio Deal
          <Name>" at the left and the page number at the right, 7.5pt grey.
          Each project OPENS A NEW PAGE: its theme on a grey 8pt line, its title in 15pt bold,
          then its fields: the label in bold on its own line, 4pt after it, the field's
          paragraphs under it (list items as bullets, the transcription's marker hanging).
          Tables stand where the transcription puts them (a table inside a field in its field).
          FUNDING TABLES (every table of the project, a table inside a field too) across the
          text width, the COLUMNS IN REVERSED ORDER OF MONEY: the label column first, then the
          value columns in the reverse of the transcription's order, a Totaal column moved to
          the END ("Totaal, Privaat, Onderwijs, Publiek (Gemeente, Provincie), Rijk" prints as
          "Rijk, Provincie, Gemeente, Onderwijs, Privaat, Totaal"); a group header ("Publiek")
          kept centred over its (reversed) members. A 1pt vertical rule on the left of the
          Totaal column, no other vertical rule; 0.5pt horizontal rules between all rows.
          The TOTAL ROW FIRST, directly under the header, bold on a pale blue fill (#DCE6F1),
          then the cost lines in the transcription's order (a table without a total row keeps
          its order). Header 8pt bold, wrapped as needed, bottom-aligned (the table's label over
          the row labels, single headers right-aligned); body 8.5pt, amounts right-aligned
          exactly as transcribed ("7.500.000*"). Header lines repeated where a table breaks
          over a page. Table footnotes under the table in 7pt; the project's notes at its end
          in 7.5pt, each with its mark.

The transcription's page breaks are not reproduced. Every cell prints as transcribed; the
truth records, under "row_order", the rows of each table whose total row moved up, in the
order printed. A project runs from its opening page to the page of its last field text,
table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_budget import _fonts
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta, para, tables_of

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
GREY = colors.HexColor("#6E6E6E")
TOTAL_FILL = colors.HexColor("#DCE6F1")
PAD = 4.0
HRULE, VRULE = 0.5, 1.0


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=9.5, leading=12.5, **kw):
        return ParagraphStyle(f"tf-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    hs, hl = 8.0, 9.8
    ts, tl = 8.5, 10.4
    return {
        "theme": st("theme", sans, 8, 10, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 15, 18.5, spaceAfter=8, keepWithNext=1),
        "label": st("label", bold, spaceBefore=6, spaceAfter=4, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", leftIndent=14, bulletIndent=2, bulletFontName=sans,
                   bulletFontSize=9.5, spaceAfter=2.5),
        "tlabel": st("tl", bold, hs, hl, alignment=TA_LEFT),
        "thead": st("th", bold, hs, hl, alignment=TA_RIGHT),
        "tgroup": st("tg", bold, hs, hl, alignment=TA_CENTER),
        "tbody": st("tb", sans, ts, tl),
        "tbody_b": st("tbb", bold, ts, tl),
        "tamount": st("ta", sans, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", bold, ts, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", sans, 7, 8.8, spaceBefore=2),
        "note": st("note", sans, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", sans, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
    }


# --- funding tables, totals first ------------------------------------------------------


def _total_columns(t: source.Table) -> list[int]:
    """The transcription's Totaal value column(s): a one-column header cell of the first
    line that reads "Totaal ..." ("Totaal EUR", "Totaal (€)")."""
    return [h.column for h in t.header_cells()
            if h.line == 0 and h.columns == 1 and is_total(h.text)]


def column_order(t: source.Table) -> list[int]:
    """The value columns (1-based, the transcription's numbers) in the order printed: the
    reverse of the transcription's, the Totaal column(s) last."""
    totals = _total_columns(t)
    back = list(range(t.columns, 0, -1))
    return [c for c in back if c not in totals] + [c for c in back if c in totals]


def row_order(t: source.Table) -> list[int]:
    """The body rows (0-based) in the order printed: the total row(s) first, the rest as
    transcribed."""
    totals = [r for r, body in enumerate(t.rows) if is_total(body[0])]
    return totals + [r for r in range(len(t.rows)) if r not in totals]


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    order = column_order(t)
    pos = {old: new for new, old in enumerate(order, 1)}  # transcription column -> printed
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            # every row under a rule but the last: the rules stand between the rows
            ("LINEBELOW", (0, 0), (-1, -2), HRULE, colors.black)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        # a group's members stay contiguous under the reversal: it spans their new places
        cols = [pos[c] for c in range(h.column, h.column + h.columns)]
        c0, c1 = min(cols), max(cols)
        rows[h.line][c0] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        r1 = h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
    for r in row_order(t):
        body = t.rows[r]
        bold = is_total(body[0])
        if bold:
            cmds.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), TOTAL_FILL))
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)] + [""] * n
        for c, text in enumerate(body[1:], 1):
            row[pos[c]] = para(text, st["tamount_b" if bold else "tamount"], rec)
        rows.append(row)
    for c in _total_columns(t):
        cmds.append(("LINEBEFORE", (pos[c], 0), (pos[c], -1), VRULE, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    # the widths the transcription's columns need, moved with their columns
    need = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.34)
    widths = [need[0]] + [need[c] for c in order]
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


class _TotalFirstTruth(Truth):
    def record(self) -> dict:
        out = super().record()
        out["row_order"] = {f"{pr.title}|{k}": order for pr in self.dossier.projects
                            for k, t in enumerate(tables_of(pr)) if (order := row_order(t)) != sorted(order)}
        return out


# --- the annex -----------------------------------------------------------------------------


def render_totalfirst(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    footer = f"Bijlage Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = _TotalFirstTruth(dossier, "totalfirst")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "totalfirst"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(footer, sans), 7.5)
            canv.drawString(MARGIN, 1.2 * cm, footer)
            canv.setFont(sans, 7.5)
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
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    story += (_table(item, st, rec) if isinstance(item, source.Table)
                              else [field_para(item, st["body"], st["item"], rec)])
            if pr.notes:
                story.append(Spacer(0, 6))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
