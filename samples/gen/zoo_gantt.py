"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
PROJECT PLAN ("projectplan") in which every project shows, before its funding table, a
PLANNING CHART (a Gantt chart drawn as a table of quarters), and every table numbers its
lines in a column "Nr." of its own.

- gantt:  A4 portrait, margins 2.0 cm left and right, 2.2 cm top, 2.0 cm bottom (a 17 cm text
          column). Helvetica (DejaVu Sans where a text has a character it lacks) body 9.5pt on
          13pt, ragged right, 4pt after each paragraph; a list item keeps the source's marker
          and hangs on it (12pt). Running header 1.2 cm from the top in 7.5pt grey:
          "Projectplan Regio Deal <Name> 2019–2021" at the left, "Versie 1.0 | maart 2019" at
          the right, no rule; footer "Pagina N van M" at the right, 7.5pt grey.
          Page 1: "Projectplan Regio Deal <Name>" (20pt bold, the accent blue #2E75B6), under
          it "Uitvoeringsprogramma 2019–2021" (12pt grey), then the contents under the
          transcription's heading (13pt bold): one line per project "<k>  <title>" (k its
          number in the dossier) with its page number right-aligned, no leaders.
          EACH PROJECT OPENS A NEW PAGE: its theme in 8pt grey capitals, the title as a
          numbered chapter "<k> <title>" in 15pt bold, a THIN COLOURED RULE (0.75pt, accent
          blue) across the column 3pt under it. FIELDS AS NUMBERED SUBSECTIONS: "<k>.<m>
          <label>" in 10.5pt bold (m counting the project's fields, the label as
          transcribed), 9pt above, kept with the field's first paragraph; the paragraphs under
          it at the column's left edge.
          PLANNING CHART before every funding table that stands between the fields (one per
          project here): the caption "Figuur <k>.1 Planning activiteiten 2019–2021" (8.5pt
          bold), then a table across the column: a first column "Activiteit" (3.6 cm) and
          12 QUARTER COLUMNS headed "Q1 2019" ... "Q4 2021" (6.5pt bold, centred, on a light
          grey fill #F2F2F2); one row per activity (5 short activity names, 8pt: "Voorbereiding",
          three of "Opzet projectorganisatie", "Werving deelnemers", "Ontwerp en
          ontwikkeling", "Pilots", "Uitvoering", "Opschaling", "Kennisdeling", "Communicatie",
          "Monitoring", chosen by the project's number, and "Evaluatie"); the quarters in
          which an activity runs FILLED light blue (#9DC3E6), a MILESTONE as a small diamond
          "◆" (DejaVu Sans 7pt, dark blue #1F4E79) centred in its quarter (at the end of the
          first activity, of the second, and in the last quarter of "Evaluatie"); NO
          AMOUNTS, no other text. Rules: a 0.5pt grey box, 0.3pt light grey (#BFBFBF) rules
          between the rows and the quarters, a 0.75pt grey rule between the years. Under it
          a legend in 7pt: a filled square "uitvoering", "◆ mijlpaal". Caption, chart and
          legend are kept together; 10pt of space before the funding table.
          TABLES (the funding tables and those inside a field, where they stand) across the
          column, 8.5pt Helvetica, with an EXTRA FIRST COLUMN "Nr." (0.9 cm, centred) numbering
          the body rows "1", "2", ... per table (a Totaal row has no number), the row labels
          in the second column, then the transcription's value columns. The header lines on
          an accent blue fill (#2E75B6) in white bold: "Nr." and the table's label in the
          first two cells (spanning the header lines), single headers right-aligned, a group
          header ("Publiek") centred over its members with a thin white rule under it. Body
          rows separated by 0.3pt grey rules, a 0.75pt accent rule under the last row; no
          vertical rules; the Totaal row bold on a light blue fill (#DEEBF7). Amounts (nils,
          words too) right-aligned exactly as transcribed, row labels left. Header lines
          repeated where a table breaks over a page (the transcription's page breaks are not
          followed). Table footnotes under the table in 7.5pt.
          The project's notes after its last field in 8pt, the mark hanging.

The planning chart is no table of the transcription, but a table of the project as much as
they are (a reader keeps it, and its legend out of the prose): "table_order" lists each
project's tables as printed, a chart as -1 (no golden cell names it). The "Nr." column holds no cell of the transcription; every
cell is printed as transcribed (no "raw"): a cell is read by its row's label (the second
column, without the number) and its column key. A project runs from its theme line to the
page of its last field text, table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    notes_at_end,
    page_of,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 2.2 * cm, 2.0 * cm
FW = WIDTH - ML - MR
SANS, BOLD = "Helvetica", "Helvetica-Bold"
ACCENT = colors.HexColor("#2E75B6")
DARK = colors.HexColor("#1F4E79")
BAR = colors.HexColor("#9DC3E6")
TINT = colors.HexColor("#DEEBF7")
HAIR = colors.HexColor("#BFBFBF")
GREY = colors.HexColor("#666666")
HEAD_FILL = colors.HexColor("#F2F2F2")
NR_W = 0.9 * cm
ACT_W = 3.6 * cm
QUARTERS = [f"Q{q} {y}" for y in (2019, 2020, 2021) for q in (1, 2, 3, 4)]
MIDDLE = ["Opzet projectorganisatie", "Werving deelnemers", "Ontwerp en ontwikkeling", "Pilots", "Uitvoering",
          "Opschaling", "Kennisdeling", "Communicatie", "Monitoring"]


def _styles() -> dict:
    def s(name, font=SANS, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"gantt-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    white = dict(textColor=colors.white)
    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", leftIndent=12, bulletIndent=0, spaceAfter=3),
        "doc_title": s("dt", BOLD, 20, 24, textColor=ACCENT, spaceAfter=4),
        "doc_sub": s("ds", SANS, 12, 15, textColor=GREY, spaceAfter=24),
        "toc_h": s("toch", BOLD, 13, 16, spaceAfter=8),
        "toc": s("toc", SANS, 9.5, 13),
        "toc_page": s("tocp", SANS, 9.5, 13, alignment=TA_RIGHT),
        "theme": s("theme", SANS, 8, 10, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": s("title", BOLD, 15, 18.5, keepWithNext=1),
        "label": s("label", BOLD, 10.5, 13.5, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "caption": s("cap", BOLD, 8.5, 11, spaceAfter=3),
        "act": s("act", SANS, 8, 9.5),
        "quarter": s("q", BOLD, 6.5, 8, alignment=TA_CENTER),
        "legend": s("leg", SANS, 7, 9),
        "tnr_h": s("tnrh", BOLD, 8.5, 10.5, alignment=TA_CENTER, **white),
        "tlabel": s("tl", BOLD, 8.5, 10.5, **white),
        "thead": s("th", BOLD, 8.5, 10.5, alignment=TA_RIGHT, **white),
        "tgroup": s("tg", BOLD, 8.5, 10.5, alignment=TA_CENTER, **white),
        "tnr": s("tnr", SANS, 8.5, 10.5, alignment=TA_CENTER),
        "tbody": s("tb", SANS, 8.5, 10.5),
        "tbody_b": s("tbb", BOLD, 8.5, 10.5),
        "tamount": s("ta", SANS, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", BOLD, 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": s("tf", SANS, 7.5, 9.5, spaceBefore=2),
        "note": s("note", SANS, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


class _TitleRule(Flowable):
    """The thin accent rule under a project's title."""

    def wrap(self, aW, aH):
        self.w = aW
        return aW, 11

    def draw(self):
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(0.75)
        self.canv.line(0, 8, self.w, 8)


def _activities(p: int) -> list[tuple[str, int, int, int | None]]:
    """(name, first quarter, last quarter, milestone quarter or None) for project number p."""
    out = [("Voorbereiding", 0, 1 + p % 2, 1 + p % 2)]
    for j in range(3):
        name = MIDDLE[(p * 3 + j) % len(MIDDLE)]
        start = min(1 + j + (p + j) % 3, 8)
        end = min(11, start + 3 + (p + 2 * j) % 4)
        out.append((name, start, end, end if j == 0 else None))
    out.append(("Evaluatie", 9 + p % 2, 11, 11))
    return out


def _chart(k: int, p: int, st) -> list:
    """The planning chart: activities by quarters, shaded where they run, diamonds at milestones."""
    acts = _activities(p)
    qw = (FW - ACT_W) / 12
    rows = [[para("Activiteit", ParagraphStyle("gantt-acth", st["act"], fontName=BOLD))]
            + [para(q, st["quarter"]) for q in QUARTERS]]
    cmds = [("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), 0.5, GREY),
            ("INNERGRID", (0, 0), (-1, -1), 0.3, HAIR),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("ALIGN", (1, 1), (-1, -1), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (0, -1), 4)]
    for c in (4, 8):  # between the years
        cmds.append(("LINEBEFORE", (c + 1, 0), (c + 1, -1), 0.75, GREY))
    diamond = ParagraphStyle("gantt-dia", fontName="DejaVuSans", fontSize=7, leading=8, alignment=TA_CENTER,
                             textColor=DARK)
    for r, (name, a, b, mile) in enumerate(acts, start=1):
        row: list = [para(name, st["act"])] + [""] * 12
        for q in range(a, b + 1):
            cmds.append(("BACKGROUND", (q + 1, r), (q + 1, r), BAR))
        if mile is not None:
            row[mile + 1] = para("◆", diamond)
        rows.append(row)
    table = Table(rows, colWidths=[ACT_W] + [qw] * 12, rowHeights=[16] + [14] * len(acts),
                  style=TableStyle(cmds), hAlign="LEFT")
    legend = para("", st["legend"], markup=(
        "<font name='DejaVuSans' color='#9DC3E6'>■</font> uitvoering &nbsp;&nbsp;&nbsp; "
        "<font name='DejaVuSans' color='#1F4E79'>◆</font> mijlpaal"))
    return [Spacer(0, 8), KeepTogether([para(f"Figuur {k}.1 Planning activiteiten 2019–2021", st["caption"]),
                                         table, Spacer(0, 3), legend]), Spacer(0, 10)]


def _table(t: source.Table, st, rec) -> list:
    """Nr. | label | values: the header on the accent fill, grey rules between the body rows."""
    n, lines = t.columns, max(len(t.header), 1)
    pad = 3.0
    rows = [[""] * (n + 2) for _ in range(lines)]
    rows[0][0] = para("Nr.", st["tnr_h"], rec)
    rows[0][1] = para(t.label, st["tlabel"], rec)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, ACCENT)]
    if lines > 1:
        cmds += [("SPAN", (0, 0), (0, lines - 1)), ("SPAN", (1, 0), (1, lines - 1))]
    for h in t.header_cells():
        c0 = h.column + 1
        rows[h.line][c0] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = c0 + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
        if h.columns > 1 and r1 < lines - 1:
            cmds.append(("LINEBELOW", (c0, r1), (c1, r1), 0.4, colors.white))
    number = 0
    for body in t.rows:
        total = is_total(body[0])
        r = len(rows)
        if total:
            nr = ""
            cmds.append(("BACKGROUND", (0, r), (-1, r), TINT))
        else:
            number += 1
            nr = para(str(number), st["tnr"], rec)
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([nr, para(body[0], st["tbody_b" if total else "tbody"], rec)]
                    + [para(c, st["tamount_b" if total else "tamount"], rec) for c in cells])
        if r > lines:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.3, HAIR))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = [NR_W] + _col_widths(t, lambda s: s, FW - NR_W, st, pad, label_share=0.34)
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return [Spacer(0, 4)] + out + [Spacer(0, 8)]


def _paragraph(text: str, st, rec):
    m = LIST_ITEM.match(text)
    style = st["item"] if m else st["body"]
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, style, rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


class _GanttTruth(Truth):
    """The planning chart before each funding table is a table of the project as much as the
    transcription's are: "table_order" lists each project's tables as printed, a chart as -1
    (no golden cell names it)."""

    def __init__(self, dossier: source.Dossier, style: str):
        super().__init__(dossier, style)
        self.printed: dict[str, list[int]] = {}

    def record(self) -> dict:
        return {**super().record(), "table_order": self.printed}


def render_gantt(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Projectplan Regio Deal {name} 2019–2021"

    def once(info):
        truth = _GanttTruth(dossier, "gantt")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "gantt"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(SANS, 7.5)
            canv.setFillColor(GREY)
            canv.drawString(ML, HEIGHT - 1.2 * cm, running)
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.2 * cm, "Versie 1.0 | maart 2019")
            canv.drawRightString(WIDTH - MR, 1.1 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [para(f"Projectplan Regio Deal {name}", st["doc_title"]),
                       para("Uitvoeringsprogramma 2019–2021", st["doc_sub"]),
                       para(dossier.toc_heading, st["toc_h"])]
        for p, pr in enumerate(dossier.projects):
            story.append(Table([[para(f"{p + 1}", st["toc"]), para(pr.title, st["toc"]),
                                 para(page_of(info, p), st["toc_page"])]],
                               colWidths=[0.8 * cm, FW - 0.8 * cm - 1.2 * cm, 1.2 * cm], hAlign="LEFT",
                               style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        for p, pr in enumerate(dossier.projects):
            k = p + 1
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme.upper(), st["theme"], truth.heading(p)),
                      para(f"{k} {pr.title}", st["title"], rec), _TitleRule()]
            m = 0
            tables, printed = tables_of(pr), truth.printed.setdefault(pr.title, [])
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _chart(k, p, st)
                    story += _table(row, st, rec)
                    printed += [-1, next(i for i, t in enumerate(tables) if t is row)]
                    continue
                m += 1
                story.append(para(f"{k}.{m} {row.label}", st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                        printed.append(next(i for i, t in enumerate(tables) if t is item))
                    else:
                        story.append(_paragraph(item, st, rec))
            story += notes_at_end(pr, rec, st["note"], space=6)
        doc.build(story)
        return truth

    return build_until_stable(once)
