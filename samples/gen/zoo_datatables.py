"""One more house style for the layout zoo (see zoo.py), held out: a municipality's CMS page
"Projecten" whose tables are turned into jQuery DATATABLES by a site-wide script
(`$('table').DataTable({language: nl})`, DataTables 1.13 with its default "display" styling)
and printed from Firefox: every table framed by the widget's controls, its header cells
carrying the sort arrows as TEXT GLYPHS, its body rows SORTED BY THE FIRST COLUMN (the
widget's default order) and its Totaal row kept at the foot in a <tfoot>.

- datatables: A4 portrait, Firefox's print margins (1.5 cm at the sides, 1.6 cm top and
          bottom), one long page printed in one go. FIREFOX PRINT HEADER on every page in
          7pt grey, 0.7 cm under the top edge: the page's title "Projecten - Regio Deal
          <Name>" at the left, the URL "https://www.regiodeal<name>.nl/projecten" at the
          right; FOOTER 0.7 cm over the bottom edge: "<n> van <m>" at the left, the print's
          date "3-4-2025" at the right. Body Helvetica 10pt on 14pt (DejaVu Sans for a text
          with a character Helvetica lacks), ragged right, 6pt after a paragraph; a list item
          hangs on its own marker. Page 1 opens with the CMS chrome: the site name "Regio Deal
          <Name>" in 15pt bold, on the same line at the right the menu "Home  Projecten
          Nieuws  Contact" in 9pt, a 0.75pt grey rule under both; the page title "Projecten"
          (22pt bold) and no intro. PROJECTS FLOW ON (no page breaks): the theme as a 8.5pt
          grey line "Thema: <theme>", 16pt above it, the title as <h2> in 16pt bold under it;
          each field's label as <h3> (11.5pt bold, on its own line, 8pt above), its paragraphs
          under it; a table inside a field stands in its field.
          EVERY TABLE AS A DATATABLES WIDGET across the text width (table width 100%: the
          browser's auto layout, the room left over shared out in proportion):
          ABOVE it a control line in 8.5pt: at the left "Toon", a drawn select box (a 0.75pt
          grey rounded rectangle holding "10" and a drawn chevron, no text), "rijen"; at the
          right "Zoeken:" and an empty drawn input box (3.8 cm wide). THE TABLE in
          9pt: the header line(s) bold, a group header ("Publiek") centred over its members,
          other headers left over text columns and RIGHT over amount columns; every header
          cell that sorts a column (the lowest cell over a single column, the label's cell)
          carries at its right edge, 7.5pt in from it, the SORT ARROWS "▲" over "▼" as text
          (7.2pt DejaVu Sans, stacked about the cell's middle, drawn in black at 12.5 %
          opacity; the label column's "▲" at 60 %: it is sorted ascending), the header's text
          kept 19.5pt clear of the edge. A 0.75pt rule (black at 30 %) under the header. BODY
          ROWS IN THE WIDGET'S ORDER: SORTED ASCENDING BY THEIR LABEL (case-insensitive, code
          point order: "Oriëntatie..." after "Ondernemer..."), not the transcription's order;
          STRIPED: odd rows (1st, 3rd...) filled #F9F9F9, the sorted first column's cells
          darker (#F1F1F1 on odd rows, #FAFAFA on even ones); a 0.75pt #D9D9D9 rule between
          body rows; body padding 6pt by 7.5pt; header cells bottom-aligned, body and foot
          cells VERTICALLY CENTRED (the browser's default for <td>); amounts right-aligned, exactly as
          transcribed; words left. A table's last row that is a total ("Totaal", "TOTAAL") is
          its <TFOOT>: under the body after a 0.75pt rule (black at 30 %), bold, unfilled,
          not sorted. A table with no body row but its total shows the widget's empty row:
          "Geen gegevens beschikbaar in tabel" centred across all columns in a striped row.
          A table with no tfoot closes with the 30 % rule. BELOW the table a line in 8.5pt:
          at the left the info "Toont 1 tot <n> van <n> rijen" ("Toont 0 tot 0 van 0 rijen"
          when empty), at the right the pagination "Vorige" and "Volgende" in grey (both
          disabled) with, between them, the current page "1" in a 0.75pt grey box (none
          when empty). The widget is kept together on a page. Table footnotes under the
          widget in 8pt; the project's notes at its end in 8pt.

The body rows of a table are printed in the widget's order: the truth records it under
"row_order" for every table (the tfoot total last). Amounts are printed as transcribed: the
truth has no "raw" object. The empty-table row is the widget's, no row of the transcription.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
SIDE, TOP = 1.5 * cm, 1.6 * cm
FW = WIDTH - 2 * SIDE
SANS, BOLD = "Helvetica", "Helvetica-Bold"
GREY = colors.HexColor("#666666")
RULE30 = colors.HexColor("#B3B3B3")
RULE15 = colors.HexColor("#D9D9D9")
ODD, SORT_ODD, SORT_EVEN = colors.HexColor("#F9F9F9"), colors.HexColor("#F1F1F1"), colors.HexColor("#FAFAFA")
DATE = "3-4-2025"
TSIZE = 9.0
ARROW = "DejaVuSans"
ARROW_SIZE = TSIZE * 0.8
SORT_PAD = 19.5   # padding-right: 26px of a sorting header cell
TH_PAD = 7.5
TD_V, TD_H = 6.0, 7.5


def _styles() -> dict:
    def st(name, font=SANS, size=10, leading=14, **kw):
        return ParagraphStyle(f"dt-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.35
    return {
        "site": st("site", BOLD, 15, 18),
        "h1": st("h1", BOLD, 22, 26, spaceBefore=10, spaceAfter=6),
        "theme": st("theme", SANS, 8.5, 11, spaceBefore=16, textColor=GREY, keepWithNext=1),
        "h2": st("h2", BOLD, 16, 19, spaceBefore=2, spaceAfter=6, keepWithNext=1),
        "h3": st("h3", BOLD, 11.5, 14, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", leftIndent=18, bulletIndent=6, spaceAfter=3),
        "th": st("th", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "th_r": st("thr", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "th_c": st("thc", BOLD, TSIZE, tl, alignment=TA_CENTER),
        "td": st("td", SANS, TSIZE, tl, alignment=TA_LEFT),
        "num": st("num", SANS, TSIZE, tl, alignment=TA_RIGHT),
        "td_b": st("tdb", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "num_b": st("numb", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "empty": st("empty", SANS, TSIZE, tl, alignment=TA_CENTER),
        "foot": st("foot", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


# --- the widget ------------------------------------------------------------------------------


class DataTable(Table):
    """A table that draws the sort arrows of its sorting header cells after its cells."""

    sorting: list = ()  # (column, header line) of the cells that sort a column
    sorted_column = 0

    def draw(self):
        super().draw()
        canv = self.canv
        cp, rp = self._colpositions, self._rowpositions
        spans = getattr(self, "_spanRects", None) if self._spanCmds else None
        canv.saveState()
        canv.setFont(ARROW, ARROW_SIZE)
        w = stringWidth("▲", ARROW, ARROW_SIZE)
        for c, r in self.sorting:
            rect = spans[c, r] if spans is not None and spans.get((c, r)) else (
                cp[c], rp[r + 1], cp[c + 1] - cp[c], rp[r] - rp[r + 1])
            x0, y0, cw, ch = rect
            mid = y0 + ch / 2
            x = x0 + cw - 7.5 - w
            canv.setFillColor(colors.Color(0, 0, 0, alpha=0.6 if c == self.sorted_column else 0.125))
            canv.drawString(x, mid + 1.2, "▲")
            canv.setFillColor(colors.Color(0, 0, 0, alpha=0.125))
            canv.drawString(x, mid - 5.6, "▼")
        canv.restoreState()


class ControlLine(Flowable):
    """A line of the widget's controls: "Toon [10] rijen" / "Zoeken: [ ]" above the table,
    the info and the pagination under it."""

    SIZE = 8.5

    def __init__(self, kind: str, rows: int = 0):
        super().__init__()
        self.kind, self.rows = kind, rows

    def wrap(self, aW, aH):
        self.width = aW
        return aW, 22 if self.kind == "top" else 20

    def draw(self):
        c = self.canv
        s = self.SIZE
        c.saveState()
        c.setFont(SANS, s)
        c.setStrokeColor(colors.HexColor("#AAAAAA"))
        c.setLineWidth(0.75)
        if self.kind == "top":
            y = 8
            c.drawString(0, y, "Toon")
            x = stringWidth("Toon ", SANS, s)
            c.roundRect(x, y - 4, 32, 14, 2, stroke=1, fill=0)
            c.drawString(x + 4, y, "10")
            # the select's chevron, drawn
            c.line(x + 22, y + 4, x + 25, y + 1)
            c.line(x + 25, y + 1, x + 28, y + 4)
            c.drawString(x + 36, y, "rijen")
            box = 3.8 * cm
            c.rect(self.width - box, y - 4, box, 14, stroke=1, fill=0)
            c.drawRightString(self.width - box - 4, y, "Zoeken:")
        else:
            y = 6
            n = self.rows
            c.drawString(0, y, f"Toont {1 if n else 0} tot {n} van {n} rijen")
            grey = colors.HexColor("#999999")
            x = self.width
            c.setFillColor(grey)
            c.drawRightString(x, y, "Volgende")
            x -= stringWidth("Volgende", SANS, s) + 8
            if n:
                bw = stringWidth("1", SANS, s) + 12
                c.roundRect(x - bw, y - 4, bw, 14, 2, stroke=1, fill=0)
                c.setFillColor(colors.black)
                c.drawCentredString(x - bw / 2, y, "1")
                x -= bw + 8
            c.setFillColor(grey)
            c.drawRightString(x, y, "Vorige")
        c.restoreState()


def _sorting_cells(t: source.Table) -> list[tuple[int, int]]:
    """(column, line) of the header cells that sort a column: the label's cell, and for each
    value column the lowest header cell over that column alone."""
    cells = [(0, 0)]
    placed = t.header_cells()
    for col in range(1, t.columns + 1):
        own = [h for h in placed if h.column == col and h.columns == 1]
        if own:
            h = max(own, key=lambda h: h.line + h.lines)
            cells.append((col, h.line))
    return cells


def _widget(t: source.Table, st, rec, width) -> tuple[list, list[int]]:
    """The DataTables widget for `t` and the transcription's row numbers in printed order."""
    n, lines = t.columns, max(len(t.header), 1)
    body = list(enumerate(t.rows))
    foot = []
    if body and is_total(body[-1][1][0]):
        foot = [body.pop()]
    body.sort(key=lambda r: r[1][0].lower())
    order = [i for i, _ in body] + [i for i, _ in foot]
    numeric = [False] + [any(amount(r[c]) is not None and r[c].strip() for r in t.rows if c < len(r))
                         for c in range(1, n + 1)]
    sorting = _sorting_cells(t)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), TD_H), ("RIGHTPADDING", (0, 0), (-1, -1), TD_H),
            ("TOPPADDING", (0, lines), (-1, -1), TD_V), ("BOTTOMPADDING", (0, lines), (-1, -1), TD_V),
            ("TOPPADDING", (0, 0), (-1, lines - 1), TH_PAD), ("BOTTOMPADDING", (0, 0), (-1, lines - 1), TH_PAD),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, RULE30)]
    measure = []
    extra = 2 * TD_H + 1

    def head(col, line, text, span):
        style = st["th_c"] if span > 1 else st["th_r"] if numeric[col] else st["th"]
        rows[line][col] = para(text, style, rec)
        sort = (col, line) in sorting
        if sort:
            cmds.append(("RIGHTPADDING", (col, line), (col, line), SORT_PAD))
        # the sorting cell's room for its arrows, glued to its last word for the measure
        measure.append((col, span, text + ("000" if sort else ""), style))

    head(0, 0, t.label, 1)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head(h.column, h.line, h.text, h.columns)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    r0 = lines
    if not body:
        rows.append([para("Geen gegevens beschikbaar in tabel", st["empty"], rec)] + [""] * n)
        cmds += [("SPAN", (0, r0), (-1, r0)), ("BACKGROUND", (0, r0), (-1, r0), ODD)]
    for k, (_, cells) in enumerate(body):
        r = r0 + k
        row = [para(cells[0], st["td"], rec)]
        measure.append((0, 1, cells[0], st["td"]))
        for c, text in enumerate(cells[1:], 1):
            style = st["num" if amount(text) is not None else "td"]
            row.append(para(text, style, rec))
            measure.append((c, 1, text, style))
        rows.append(row)
        if k % 2 == 0:
            cmds += [("BACKGROUND", (0, r), (-1, r), ODD), ("BACKGROUND", (0, r), (0, r), SORT_ODD)]
        else:
            cmds.append(("BACKGROUND", (0, r), (0, r), SORT_EVEN))
        if k:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.75, RULE15))
    last = len(rows) - 1
    if foot:
        cells = foot[0][1]
        row = [para(cells[0], st["td_b"], rec)]
        measure.append((0, 1, cells[0], st["td_b"]))
        for c, text in enumerate(cells[1:], 1):
            style = st["num_b" if amount(text) is not None else "td_b"]
            row.append(para(text, style, rec))
            measure.append((c, 1, text, style))
        rows.append(row)
        cmds += [("LINEABOVE", (0, -1), (-1, -1), 0.75, RULE30),
                 ("TOPPADDING", (0, -1), (-1, -1), TH_PAD), ("BOTTOMPADDING", (0, -1), (-1, -1), TH_PAD)]
    else:
        cmds.append(("LINEBELOW", (0, last), (-1, last), 0.75, RULE30))
    widths = auto_widths(measure, n + 1, width, extra)
    short = width - sum(widths)
    if short > 0:
        widths = [w + short * w / sum(widths) for w in widths]
    table = DataTable(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    table.sorting = sorting
    out = [ControlLine("top"), table, ControlLine("bottom", len(body))]
    return [KeepTogether(out)] + [para(f, st["foot"], rec) for f in t.footnotes], order


# --- the page ---------------------------------------------------------------------------------


class SiteBar(Flowable):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, aW, aH):
        self.width = aW
        return aW, 30

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFont(BOLD, 15)
        c.drawString(0, 10, f"Regio Deal {self.name}")
        c.setFont(SANS, 9)
        c.drawRightString(self.width, 12, "Home     Projecten     Nieuws     Contact")
        c.setStrokeColor(colors.HexColor("#AAAAAA"))
        c.setLineWidth(0.75)
        c.line(0, 1, self.width, 1)
        c.restoreState()


def render_datatables(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    slug = "".join(name.lower().split())
    url = f"https://www.regiodeal{slug}.nl/projecten"
    title = f"Projecten - Regio Deal {name}"
    row_order: dict[str, list[int]] = {}

    def once(info):
        truth = Truth(dossier, "datatables")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=SIDE, rightMargin=SIDE,
                  topMargin=TOP, bottomMargin=TOP, **meta(dossier, "datatables"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            top = HEIGHT - 0.7 * cm - 5
            canv.drawString(SIDE, top, title)
            canv.drawRightString(WIDTH - SIDE, top, url)
            canv.drawString(SIDE, 0.7 * cm, f"{page} van {max(info['total'], page)}")
            canv.drawRightString(WIDTH - SIDE, 0.7 * cm, DATE)
            canv.restoreState()

        frame = Frame(SIDE, TOP, FW, HEIGHT - 2 * TOP, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = [SiteBar(name), para("Projecten", st["h1"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            numbers = {id(t): k for k, t in enumerate(tables_of(pr))}

            def widget(t):
                flow, order = _widget(t, st, rec, FW)
                row_order[f"{pr.title}|{numbers[id(t)]}"] = order
                return flow

            story.append(para(f"Thema: {pr.theme}", st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["h2"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 4), *widget(row), Spacer(0, 6)]
                    continue
                story.append(para(row.label, st["h3"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *widget(item), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    record["row_order"] = dict(sorted(row_order.items()))
    return record
