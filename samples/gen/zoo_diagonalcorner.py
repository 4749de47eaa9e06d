"""One more house style for the layout zoo (see zoo.py), held out: a cross-border EUREGIO office's
formal report (German-influenced: DIN 5008 page numbers, German date and amount conventions)
whose funding tables open with a "Kreuztabelle" head: a CORNER CELL SPLIT BY A DIAGONAL RULE.

- diagonalcorner: A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.8 cm top, 2.6 cm bottom (a
          16.5 cm text column). Helvetica (DejaVu Sans for a paragraph with a character it
          lacks) 10pt on 14pt, JUSTIFIED, 5pt after each paragraph; a list item keeps the
          source's marker and hangs on it (0.5 cm).
          RUNNING HEADER on every page but the first, 1.6 cm from the top edge, 8pt grey:
          "Euregio Rijn-Vecht" at the left, the page number CENTRED between dashes as DIN 5008
          sets it ("- 3 -", black), "Regio Deal <Name>" at the right; a 0.5pt rule 4pt under it
          across the text column. FOOTER on every page: a 0.3pt grey rule across the text column
          1.7 cm above the page foot and under it the office's bilingual address line, 6.5pt
          grey, centred: "Euregio Rijn-Vecht · Geschäftsstelle Gronau (D) · Programmabureau
          Enschede (NL) · www.euregio-rijn-vecht.eu".
          PAGE 1: "Euregio Rijn-Vecht" (9pt grey capitals-spaced), the report's title
          "Projectdossier Regio Deal <Name>" (18pt bold), a subtitle in 11pt, a 1pt rule, a
          rule-less block "Kenmerk / Datum (14.03.2019, German date) / Behandeld door", then
          the transcription's contents heading (12pt bold) and a rule-less contents grid in
          9.5pt: a line "<k> <theme>" per theme and under it one line per project,
          "<k>.<j> <title>", its page number right-aligned at the margin (no leaders).
          Themes are numbered chapters "<k> <theme>" (13pt bold, a 0.5pt rule under them),
          each starting a NEW PAGE; projects are sections "<k>.<j> <title>" (11.5pt bold) that
          flow on within their theme (a section wants 6 cm of the page). FIELD LABELS in 10pt
          bold on a line of their own (8pt above, kept with what follows), the field's
          paragraphs under them; a table inside a field stays in its field.
          TABLES: a caption above in 9pt bold, "Tabel <n>: <table label>" (n counting the
          tables of the whole report), then the table across the text column in DejaVu Sans
          Condensed 8pt on 10pt:
            * FUNDING TABLES (a Totaal and funding sources): the TOTAAL COLUMN PLACED LAST (the
              other columns in the source's order). The CORNER CELL over the row labels,
              through all header lines, SPLIT BY A 0.5pt DIAGONAL RULE from its top-left to its
              bottom-right corner, "Financier" (7.5pt italic) set in its top right and
              "Kostenpost" (7.5pt italic) in its bottom left, clear of the diagonal (the header
              grows to make room). The table's own label is only in the caption;
            * the header on a light grey (#E4E4E4) fill, its labels bold and CENTRED (over a
              single column and a group alike, vertically centred); a header with nothing under
              it spans the header's lines;
            * RULES: 1pt above the table and under it; a DOUBLE rule (2 x 0.4pt, 1.5pt apart)
              under the header and above the Totaal row; 0.25pt grey hairlines between the
              other body rows; 0.3pt verticals between all columns, a DOUBLE VERTICAL rule
              (2 x 0.4pt) before the Totaal column; no outer verticals;
            * AMOUNTS IN GERMAN FORM: every whole-euro amount of a funding table is printed with
              a trailing ",–" ("2.000.000,–", "€ 50.000,–", a mark kept after it:
              "7.500.000,–*", "80.000,–**"); a nil ("-", ".-") as an EN DASH "–" ("–*" with its
              mark); "mln." amounts and text cells as transcribed; empty cells empty; figures
              right-aligned, text cells left. The Totaal row bold.
            * OTHER TABLES (no Totaal and source columns: a milestone table, a table of
              years): the same rules, fill and centred header, the column order kept, cells as
              transcribed, and the corner holds the table's label (bold, bottom left), no
              diagonal.
          Column widths: the value columns equal, as wide as the widest header word, figure or
          a third of a text cell needs (8pt, else 7.5pt, 7pt), the row labels the rest (at
          least 3.8 cm), wrapping. A table breaks where the page is full, its header repeated.
          Under each funding table "Bedragen in euro." in 7pt italic, then the table's footnotes
          in 7.5pt. No cost-group section rows are added (the transcription has none).
          Project notes at the end of the project in 8pt, "<mark> <text>".

The amounts of funding tables print otherwise than transcribed: the truth's "raw" records the
printed text of every such cell (values unchanged; a nil's raw is "–"). A project runs from its
section heading to the page of its last field text, table cell, footnote or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (FONT_DIR, Doc, Truth, build_until_stable, dossier_name, field_para, is_funding, is_total,
                         meta, notes_at_end, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.8 * cm, 2.6 * cm
FW = WIDTH - ML - MR
GREY = colors.HexColor("#666666")
HAIR = colors.HexColor("#9A9A9A")
HEAD_FILL = colors.HexColor("#E4E4E4")
OFFICE = "Euregio Rijn-Vecht"
ADDRESS = ("Euregio Rijn-Vecht \u00b7 Geschäftsstelle Gronau (D) \u00b7 Programmabureau Enschede (NL) "
           "\u00b7 www.euregio-rijn-vecht.eu")
COND, COND_B, COND_I = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"
TSIZES = (8.0, 7.5, 7.0)
PAD = 3.0
GAP = 2.5
LABEL_MIN = 3.8 * cm
TOP_HEAD, BOTTOM_HEAD = "Financier", "Kostenpost"

_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹⁰"
_WHOLE = re.compile(r"((?:€\s?)?\d{1,3}(?:\.\d{3})*)([*¹²³⁴⁵⁶⁷⁸⁹⁰]*)")
_NIL = re.compile(r"(?:-|\.-)([*]*)")
_FIGURE = re.compile(r"(?:€\s?|EUR\s?)?-?\d[\d.]*(?:,\d+|,\u2013)?\s*(?:mln\.?)?[*¹²³⁴⁵⁶⁷⁸⁹⁰]*|[.,]?-\**|\u2013\**")


def german(text: str) -> str:
    """A funding table's cell as this house prints it."""
    s = text.strip()
    m = _WHOLE.fullmatch(s)
    if m:
        return f"{m.group(1)},\u2013{m.group(2)}"
    m = _NIL.fullmatch(s)
    if m:
        return f"\u2013{m.group(1)}"
    return text


def _figure(text: str) -> bool:
    return not text.strip() or bool(_FIGURE.fullmatch(text.strip()))


def _fonts() -> None:
    register_fonts()
    if COND_I not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(COND_I, str(FONT_DIR / "DejaVuSansCondensed-Oblique.ttf")))


def _styles() -> dict:
    def s(name, font="Helvetica", size=10, leading=14, **kw):
        return ParagraphStyle(f"dc-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "office": s("office", size=9, leading=12, textColor=GREY),
        "title": s("title", "Helvetica-Bold", 18, 23, spaceBefore=4, spaceAfter=4),
        "sub": s("sub", size=11, leading=15, spaceAfter=8),
        "meta": s("meta", size=9, leading=12.5),
        "toch": s("toch", "Helvetica-Bold", 12, 16, spaceBefore=18, spaceAfter=6),
        "toc": s("toc", size=9.5, leading=13),
        "h1": s("h1", "Helvetica-Bold", 13, 17, spaceAfter=8),
        "h2": s("h2", "Helvetica-Bold", 11.5, 15, spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "label": s("label", "Helvetica-Bold", spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": s("body", alignment=TA_JUSTIFY, spaceAfter=5),
        "item": s("item", spaceAfter=3, leftIndent=0.5 * cm, bulletIndent=0),
        "caption": s("caption", "Helvetica-Bold", 9, 12, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "unit": ParagraphStyle("dc-unit", fontName=COND_I, fontSize=7, leading=9, spaceBefore=2),
        "tfoot": ParagraphStyle("dc-tfoot", fontName=COND, fontSize=7.5, leading=9.5, spaceBefore=1.5),
        "note": s("note", size=8, leading=10.5, spaceAfter=2),
    }


def _cell_styles(size: float) -> dict:
    def s(name, font, align=TA_LEFT):
        return ParagraphStyle(f"dc-{name}-{size}", fontName=font, fontSize=size, leading=size * 1.25,
                              alignment=align)
    return {"th": s("th", COND_B, TA_CENTER), "corner": s("corner", COND_B),
            "td": s("td", COND), "td_b": s("tdb", COND_B),
            "ta": s("ta", COND, TA_RIGHT), "ta_b": s("tab", COND_B, TA_RIGHT)}


class _Corner(Flowable):
    """Reserves the height the diagonally split corner needs; `_paint` draws it."""

    def __init__(self, width: float):
        super().__init__()
        self.cw = width
        self.size = 7.5

    def need(self) -> float:
        lead = self.size * 1.2
        h = 0.0
        for text in (TOP_HEAD, BOTTOM_HEAD):
            tw = stringWidth(text, COND_I, self.size)
            h = max(h, (PAD + lead + GAP) * self.cw / max(self.cw - PAD - tw - GAP, 1))
        return max(h, 2 * lead + 2 * PAD + GAP)

    def wrap(self, aW, aH):
        return min(aW, self.cw), self.need()

    def draw(self):
        pass


def _paint(table, event, *args):
    if event != "startCell":
        return
    value = args[2]
    corner = next((v for v in (value if isinstance(value, (tuple, list)) else (value,))
                   if isinstance(v, _Corner)), None)
    if corner is None:
        return
    (x, y), (w, h) = args[4], args[5]
    c = table.canv
    c.saveState()
    c.setLineWidth(0.5)
    c.line(x, y + h, x + w, y)
    c.setFillColor(colors.black)
    c.setFont(COND_I, corner.size)
    c.drawRightString(x + w - PAD, y + h - PAD - corner.size, TOP_HEAD)
    c.drawString(x + PAD, y + PAD + 1.5, BOTTOM_HEAD)
    c.restoreState()


def _needs(heads: list[str], bodies: list[list[str]], size: float) -> list[float]:
    n = len(heads)
    need = [0.0] * n
    for c, text in enumerate(heads):
        need[c] = max((stringWidth(w, COND_B, size) for w in text.split()), default=0.0)
    for cells in bodies:
        for c, text in enumerate(cells):
            wd = stringWidth(text, COND_B, size)
            if not _figure(text):
                wd = max(max((stringWidth(w, COND_B, size) for w in text.split()), default=0.0), wd / 3)
            need[c] = max(need[c], wd)
    return [w + 2 * PAD + 2 for w in need]


def _widths(heads, bodies) -> tuple[float, list[float]]:
    room = FW - LABEL_MIN
    for size in TSIZES:
        need = _needs(heads, bodies, size)
        even = [max(need)] * len(need)
        if sum(even) <= room:
            return size, [FW - sum(even)] + even
        if sum(need) <= room:
            return size, [FW - sum(need)] + need
    return size, [LABEL_MIN] + [w * room / sum(need) for w in need]


class _DCTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "diagonalcorner")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _table(t: source.Table, keys: list[str] | None, number: int, where: str, truth, st, rec) -> list:
    n = t.columns
    funding = is_funding(keys) and len(keys) == n
    order = list(range(n))
    if funding:
        order = [j for j in range(n) if keys[j] != "totaal"] + [j for j in range(n) if keys[j] == "totaal"]
    pos = {j: i for i, j in enumerate(order)}  # source column (0-based) -> printed column (0-based)
    lines = len(t.header)
    placed = t.header_cells()
    leaf = [""] * n
    for h in placed:
        if h.columns == 1:
            leaf[h.column - 1] = h.text
    bodies = []
    for r, body in enumerate(t.rows):
        cells = []
        for j in range(n):
            text = body[j + 1]
            if funding:
                printed = german(text)
                if printed != text:
                    truth.raw[f"{where}|{r}|{keys[j]}"] = printed
                text = printed
            cells.append(text)
        bodies.append([cells[j] for j in order])
    heads = [leaf[j] for j in order]
    size, widths = _widths(heads, bodies)
    cs = _cell_styles(size)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.4, colors.black, None, None, None, 2, 1.5),
            ("INNERGRID", (0, lines), (-1, -1), 0.25, HAIR),
            ("LINEAFTER", (0, 0), (-2, -1), 0.3, colors.black)]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    if funding:
        rows[0][0] = _Corner(widths[0])
        cmds += [("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 0),
                 ("TOPPADDING", (0, 0), (0, 0), 0), ("BOTTOMPADDING", (0, 0), (0, 0), 0)]
    else:
        rows[0][0] = para(t.label, cs["corner"], rec) if t.label.strip() else ""
        cmds.append(("VALIGN", (0, 0), (0, 0), "BOTTOM"))
    for h in placed:
        cols = sorted(pos[c - 1] for c in range(h.column, h.column + h.columns))
        c0, c1 = cols[0] + 1, cols[-1] + 1
        rows[h.line][c0] = para(h.text, cs["th"], rec)
        r1 = h.line + h.lines - 1
        if (c1, r1) != (c0, h.line):
            cmds.append(("SPAN", (c0, h.line), (c1, r1)))
    total_cols = [i + 1 for i, text in enumerate(heads) if is_total(text)]
    for c in total_cols:
        cmds.append(("LINEBEFORE", (c, 0), (c, -1), 0.4, colors.black, None, None, None, 2, 1.5))
    figures = [all(_figure(b[c]) for b in bodies) for c in range(n)]
    for r, (body, cells) in enumerate(zip(t.rows, bodies)):
        total = is_total(body[0])
        b = "_b" if total else ""
        if total:
            cmds.append(("LINEABOVE", (0, lines + r), (-1, lines + r), 0.4, colors.black, None, None, None, 2, 1.5))
        rows.append([para(body[0], cs["td" + b], rec)]
                    + [para(x, cs[("ta" if figures[c] else "td") + b], rec) if x else ""
                       for c, x in enumerate(cells)])
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT",
                  renderCB=_paint)
    caption = f"Tabel {number}: {t.label}".rstrip().rstrip(":")
    out = [para(caption, st["caption"], rec), table]
    if funding:
        out.append(para("Bedragen in euro.", st["unit"], rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_diagonalcorner(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)
    golden = _column_keys(dossier)
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes) + 1)

    def once(info):
        truth = _DCTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "diagonalcorner"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            if page > 1:
                y = HEIGHT - 1.6 * cm
                canv.setFont("Helvetica", 8)
                canv.setFillColor(GREY)
                canv.drawString(ML, y, OFFICE)
                canv.drawRightString(WIDTH - MR, y, f"Regio Deal {name}".strip())
                canv.setFillColor(colors.black)
                canv.drawCentredString(ML + FW / 2, y, f"- {page} -")
                canv.setLineWidth(0.5)
                canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.3)
            canv.line(ML, 1.7 * cm, WIDTH - MR, 1.7 * cm)
            canv.setFillColor(GREY)
            canv.setFont("Helvetica", 6.5)
            canv.drawCentredString(ML + FW / 2, 1.7 * cm - 9, ADDRESS)
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])
        story: list = [para(OFFICE.upper(), st["office"]),
                       para(f"Projectdossier Regio Deal {name}".strip(), st["title"]),
                       para("Beoordeling en financieringsoverzicht van de ingediende projectvoorstellen",
                            st["sub"])]
        rule = Table([[""]], colWidths=[FW], rowHeights=[2],
                     style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1, colors.black)]))
        story += [rule, Spacer(0, 4)]
        block = [["Kenmerk", "ERV/2019/0347"], ["Datum", "14.03.2019"],
                 ["Behandeld door", "Geschäftsstelle / programmabureau"]]
        story.append(Table([[para(a, st["meta"]), para(b, st["meta"])] for a, b in block],
                           colWidths=[3.5 * cm, FW - 3.5 * cm], hAlign="LEFT", style=TableStyle([
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)])))
        story.append(para(dossier.toc_heading or "Inhoud", st["toch"]))
        counters: dict[str, int] = {}
        numbers = []
        for p, pr in enumerate(dossier.projects):
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            numbers.append(f"{themes[pr.theme]}.{counters[pr.theme]}")
        toc_rows = []
        seen = set()
        for p, pr in enumerate(dossier.projects):
            if pr.theme not in seen:
                seen.add(pr.theme)
                toc_rows.append([para(f"{themes[pr.theme]}", st["toc"]), para(pr.theme, st["toc"]), ""])
            toc_rows.append([para(numbers[p], st["toc"]), para(pr.title, st["toc"]),
                             para(page_of(info, p), ParagraphStyle("dc-tocp", st["toc"], alignment=TA_RIGHT))])
        story.append(Table(toc_rows, colWidths=[1.2 * cm, FW - 2.4 * cm, 1.2 * cm], hAlign="LEFT",
                           style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                             ("VALIGN", (0, 0), (-1, -1), "BOTTOM")])))
        number = 0
        current = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != current:
                current = pr.theme
                story.append(PageBreak())
                h1 = Table([[para(f"{themes[pr.theme]} {pr.theme}", st["h1"])]], colWidths=[FW], hAlign="LEFT",
                           style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                             ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]))
                story += [h1, Spacer(0, 2)]
            else:
                story.append(CondPageBreak(6 * cm))
            story.append(para(f"{numbers[p]} {pr.title}", st["h2"], truth.heading(p)))
            tables = tables_of(pr)

            def table_flow(t):
                nonlocal number
                number += 1
                i = next(k for k, x in enumerate(tables) if x is t)
                return _table(t, golden.get((pr.title, i)), number, f"{pr.title}|{i}", truth, st, rec)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table_flow(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table_flow(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
