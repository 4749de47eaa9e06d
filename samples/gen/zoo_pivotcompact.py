"""One more house style for the layout zoo (see zoo.py), held out: a programme office's Word
report into which every funding table was pasted from an Excel PIVOT TABLE in COMPACT FORM
(PivotStyleLight16), with the pivot's furniture: the data field's name, the "Kolomlabels" and
"Rijlabels" captions with their filter buttons, a report filter above it, expand buttons
before the row labels and the total column last.

- pivotcompact: A4 portrait, margins 2.5 cm left and right, 2.5 cm top, 2.0 cm bottom (a 16 cm
          text column). DejaVu Sans (a Calibri stand-in) 10pt on 13pt, ragged right, 6pt after
          each paragraph; a list item hangs on its transcribed marker. Running header on every
          page "Regio Deal <Name> · projectvoorstellen" at the right in 8pt grey over a 0.5pt
          blue (#5B9BD5) rule; footer "Pagina N" centred, 8pt. Each project OPENS A NEW PAGE:
          its theme in 10pt blue (#2E74B5), the title as Word's "Kop 1" (16pt, NOT bold, dark
          blue #1F3864), field labels as "Kop 2" (12pt, not bold, #2E74B5) on their own line.
          Every table has a Word caption ABOVE it, numbered through the document, 9pt italic
          #44546A: "Tabel <k> <label as transcribed>".
          PIVOT TABLES: every table with a Totaal column (the funding tables and a per-year
          table). In 8pt, no vertical rules. First a REPORT FILTER (its own two-cell grid, no
          rules, no fill, aligned on the pivot's first two columns): "Status" (bold) in the
          label column and "(Alle)" in the first value column with a small grey filter button
          (a boxed ▼ drawn as graphics, not text) at the right of that cell; 6pt under it THE
          PIVOT (caption, filter and the pivot's first rows kept on one page). Its header rows
          filled light blue (#DDEBF7), bold: the first header row holds "Som van Bedrag" in
          the label column and "Kolomlabels" plus a filter button in the first value column;
          then the transcription's header lines, THE TOTAAL COLUMN MOVED LAST (wherever the
          transcription has it), its header text as transcribed ("Totaal EUR", "Totaal (€)");
          a group and its members as two lines (the group centred over its members, "Merge
          and center"), an entry without members merged down both lines; the LAST header line
          carries "Rijlabels" with a filter button at the right of the label column. A 1pt
          #9BC2E6 rule under the header; the header rows repeat on a page the pivot runs onto.
          BODY rows in the transcription's order, BANDED (every second row filled #EEF5FB),
          each row label preceded by a boxed "−" EXPAND BUTTON (graphics, 7pt, grey) and
          wrapping in the label column (the value columns 2.0 cm each, or narrower where they
          do not fit, the first one widened to hold "Kolomlabels" and its button, as Excel's
          autofit does; the label column takes the rest); amounts right-aligned, the total
          column bold. Amounts as Excel's "#.##0" shows the value: "6,33 mln." prints
          "6.330.000", "€ 92,3 mln." "92.300.000", a nil ("-", ".-") as "-"; a mark typed after
          the number stays ("7.500.000*", "-*"); words in a value cell ("Gem.") as typed; an
          empty cell empty. The table's total row (label "Totaal...", as transcribed: Excel
          would print "Eindtotaal", but the truth record cannot say a row or column was
          renamed, so row labels and column headers keep the transcription's words) bold,
          filled #DDEBF7 with a double 0.5pt #5B9BD5 rule above it and a 1pt one below; a
          table without one ends in a 1pt rule. Table footnotes under it in 7.5pt.
          OTHER TABLES (milestones, a per-year budget without a total) as Word's "Tabelraster":
          a 0.5pt black grid, 8.5pt, the header bold, every cell as transcribed.
          The project's notes at its end in 8pt, each "<mark> <text>".

The truth's "raw" records every pivot cell printed otherwise than transcribed (its value
unchanged: an amount written out in full, ".-" as "-"). Labels and column headers print as
transcribed. A project runs from its title's page to the page of its last field text, table
cell or note.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    cell_values,
    decimal_comma,
    dossier_name,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.0 * cm
FW = WIDTH - ML - MR
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
GREY = colors.HexColor("#7F7F7F")
BLUE = colors.HexColor("#5B9BD5")
HEAD_FILL = colors.HexColor("#DDEBF7")
HEAD_RULE = colors.HexColor("#9BC2E6")
BAND = colors.HexColor("#EEF5FB")
VALUE_W = 2.0 * cm


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"pc-{name}", fontName=font, fontSize=size, leading=leading,
                              bulletFontName=font, bulletFontSize=size, **kw)

    return {
        "body": st("body", spaceAfter=6),
        "item": st("item", leftIndent=0.63 * cm, bulletIndent=0, spaceAfter=3),
        "theme": st("theme", SANS, 10, 13, textColor=colors.HexColor("#2E74B5"), spaceAfter=2, keepWithNext=1),
        "title": st("title", SANS, 16, 20, textColor=colors.HexColor("#1F3864"), spaceAfter=10, keepWithNext=1),
        "label": st("label", SANS, 12, 15, textColor=colors.HexColor("#2E74B5"), spaceBefore=8, spaceAfter=3,
                    keepWithNext=1),
        "caption": st("caption", "DejaVuSans-Oblique", 9, 11, textColor=colors.HexColor("#44546A"),
                      spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "cell": st("cell", SANS, 8, 10), "cell_b": st("cell_b", BOLD, 8, 10),
        "num": st("num", SANS, 8, 10, alignment=TA_RIGHT), "num_b": st("num_b", BOLD, 8, 10, alignment=TA_RIGHT),
        "head": st("head", BOLD, 8, 10), "head_r": st("head_r", BOLD, 8, 10, alignment=TA_RIGHT),
        "head_c": st("head_c", BOLD, 8, 10, alignment=TA_CENTER),
        "grid": st("grid", SANS, 8.5, 10.5), "grid_b": st("grid_b", BOLD, 8.5, 10.5),
        "tfoot": st("tfoot", SANS, 7.5, 9.5, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceBefore=2),
    }


class _Button(Flowable):
    """A paragraph with a pivot button drawn beside it: an expand button ("−" in a box) before
    it, or a filter button (a boxed ▼) at the right of the cell."""

    def __init__(self, p, kind: str):
        super().__init__()
        self.p, self.kind = p, kind
        self.pad = 10.0 if kind == "expand" else 0.0
        self.room = 11.0 if kind == "filter" else 0.0

    def wrap(self, aw, ah):
        self.aw = aw
        w, h = self.p.wrap(aw - self.pad - self.room, ah)
        self.h = h
        return aw, h

    def split(self, aw, ah):
        return []

    def draw(self):
        c = self.canv
        top = self.h
        c.saveState()
        if self.kind == "expand":
            s = 7.0
            y = top - s - 1.5
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.setFillColor(colors.white)
            c.rect(0, y, s, s, stroke=1, fill=1)
            c.setStrokeColor(colors.HexColor("#404040"))
            c.setLineWidth(0.7)
            c.line(1.6, y + s / 2, s - 1.6, y + s / 2)
        else:
            s = 9.0
            x, y = self.aw - s, top - s - 0.5
            c.setStrokeColor(colors.HexColor("#ABABAB"))
            c.setLineWidth(0.5)
            c.setFillColor(colors.HexColor("#F0F0F0"))
            c.rect(x, y, s, s, stroke=1, fill=1)
            c.setFillColor(colors.HexColor("#404040"))
            path = c.beginPath()
            path.moveTo(x + 2.3, y + 5.8)
            path.lineTo(x + s - 2.3, y + 5.8)
            path.lineTo(x + s / 2, y + 2.8)
            path.close()
            c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
        self.p.drawOn(c, self.pad, 0)


class _PivotTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "pivotcompact")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _marks(cell: str) -> str:
    s = cell.rstrip()
    return s[len(s.rstrip("*")):]


def _as_excel(cell: str, value: Decimal | None) -> str:
    """The cell as the pivot's "#.##0" format shows it (a typed mark kept after it)."""
    text = cell.strip()
    if not text:
        return cell
    mark = _marks(text)
    if value is None:
        if text.rstrip("*") in ("-", ".-", "–"):
            return "-" + mark
        return cell  # words in a value cell, as typed
    if value == value.to_integral_value():
        shown = f"{int(value):,}".replace(",", ".")
    else:
        whole = int(value)
        shown = f"{whole:,}".replace(",", ".") + "," + (decimal_comma(value - whole) or "0,0").split(",")[1]
    return shown + mark


def _grid_table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    for h in t.header_cells():
        head[h.line][h.column] = para(h.text, st["grid_b"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(("SPAN", (h.column, h.line), (c1, r1)))
    if lines > 1:
        spans.append(("SPAN", (0, 0), (0, lines - 1)))
    body = [[para(c, st["grid_b" if is_total(r[0]) else "grid"], rec) for c in r] for r in t.rows]
    wl = 6.0 * cm
    widths = [wl] + [min(4.0 * cm, (FW - wl) / n)] * n
    style = TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)] + spans)
    out = [Table(head + body, colWidths=widths, repeatRows=lines, style=style, hAlign="LEFT")]
    return out + [para(f, st["tfoot"], rec) for f in t.footnotes]


def _pivot(t: source.Table, keys: list[str], title: str, ti: int, values, truth, st, rec) -> list:
    n = t.columns
    tot = keys.index("totaal")
    order = [j for j in range(n) if j != tot] + [tot]  # the Total column last
    pos = {j: i + 1 for i, j in enumerate(order)}  # transcription column (0-based) -> grid column
    lines = len(t.header)
    hl = lines + 1  # the pivot's own first header row, then the transcription's lines
    vw = min(VALUE_W, (FW - 4.0 * cm) / n)
    # Excel's "autofit column widths": the first value column holds "Kolomlabels" and its button
    first = max(vw, stringWidth("Kolomlabels", BOLD, 8) + 11 + 6 + 2)
    widths = [FW - (n - 1) * vw - first, first] + [vw] * (n - 1)

    # report filter
    filt = Table([[para("Status", st["cell_b"], rec), _Button(para("(Alle)", st["cell"], rec), "filter")]],
                 colWidths=widths[:2], hAlign="LEFT", style=TableStyle([
                     ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                     ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    filt.keepWithNext = 1  # Word's "keep with next": caption, filter and pivot start on one page

    head: list[list] = [[""] * (n + 1) for _ in range(hl)]
    cmds: list = []
    head[0][0] = para("Som van Bedrag", st["head"], rec)
    head[0][1] = _Button(para("Kolomlabels", st["head"], rec), "filter")
    head[hl - 1][0] = _Button(para("Rijlabels", st["head"], rec), "filter")
    for h in t.header_cells():
        cols = [pos[c - 1] for c in range(h.column, h.column + h.columns)]
        line = h.line + 1
        if h.columns > 1:
            head[line][cols[0]] = para(h.text, st["head_c"], rec)
            if max(cols) - min(cols) + 1 == len(cols):
                cmds.append(("SPAN", (min(cols), line), (max(cols), line + h.lines - 1)))
        else:
            head[line][cols[0]] = para(h.text, st["head_r"], rec)
            if h.lines > 1:
                cmds.append(("SPAN", (cols[0], line), (cols[0], line + h.lines - 1)))
    body: list[list] = []
    for r, row in enumerate(t.rows):
        total = is_total(row[0])
        label = para(row[0], st["cell_b" if total else "cell"], rec)
        cells: list = [label if total else _Button(label, "expand")] + [""] * n
        for j in range(n):
            raw = row[j + 1]
            shown = _as_excel(raw, values.get((title, ti, r, keys[j])))
            if shown != raw:
                truth.raw[f"{title}|{ti}|{r}|{keys[j]}"] = shown
            bold = total or j == tot
            cells[pos[j]] = para(shown, st["num_b" if bold else "num"], rec)
        body.append(cells)
    cmds += [("VALIGN", (0, 0), (-1, hl - 1), "BOTTOM"), ("VALIGN", (0, hl), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("BACKGROUND", (0, 0), (-1, hl - 1), HEAD_FILL),
             ("LINEBELOW", (0, hl - 1), (-1, hl - 1), 1, HEAD_RULE)]
    for r, row in enumerate(t.rows):
        g = hl + r
        if is_total(row[0]):
            cmds += [("BACKGROUND", (0, g), (-1, g), HEAD_FILL),
                     ("LINEABOVE", (0, g), (-1, g), 0.5, BLUE, None, None, None, 2, 1.2)]
        elif r % 2 == 1:
            cmds.append(("BACKGROUND", (0, g), (-1, g), BAND))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1, BLUE))
    out = [filt, Table(head + body, colWidths=widths, repeatRows=hl, style=TableStyle(cmds),
                                     hAlign="LEFT")]
    return out + [para(f, st["tfoot"], rec) for f in t.footnotes]


def _item(text: str, st, rec):
    m = LIST_ITEM.match(text)
    if m is None:
        return para(text, st["body"], rec)
    return para("", st["item"], rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def render_pivotcompact(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    if "DejaVuSans-Oblique" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DejaVuSans-Oblique", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"))
    st = _styles()
    keys_of = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)

    def once(info):
        truth = _PivotTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "pivotcompact"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.5 * cm, f"Regio Deal {name} · projectvoorstellen")
            canv.setStrokeColor(BLUE)
            canv.setLineWidth(0.5)
            canv.line(ML, HEIGHT - 1.5 * cm - 3, WIDTH - MR, HEIGHT - 1.5 * cm - 3)
            canv.setFillColor(colors.black)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = []
        number = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))

            def table(t, pr=pr, tables=tables, rec=rec):
                nonlocal number
                number += 1
                ti = next(i for i, x in enumerate(tables) if x is t)
                keys = keys_of.get((pr.title, ti))
                out = [para(f"Tabel {number} {t.label}", st["caption"], rec)]
                if keys and len(keys) == t.columns and "totaal" in keys:
                    out += _pivot(t, keys, pr.title, ti, values, truth, st, rec)
                else:
                    out += _grid_table(t, st, rec)
                return out + [Spacer(0, 8)]

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    story += table(item) if isinstance(item, source.Table) else [_item(item, st, rec)]
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
