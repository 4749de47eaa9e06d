"""One more house style for the layout zoo (see zoo.py), held out: the province's own
template for an appendix to a proposal to the Provincial Council ("Statenvoorstel,
bijlage"), whose funding tables name the sources in the province's own words.

- province: A4 portrait, margins 2.0 cm left and right, 2.6 cm top, 2.4 cm bottom. Running
          line on every page: "Provincie <Overijssel|Zeeland>" left and "Statenvoorstel,
          bijlage 2" right in 8pt grey sans over a thin rule in the province's red; footer
          "Pagina N van M" centred in 8pt. Page 1 opens with the appendix's heading
          ("Bijlage 2 bij het Statenvoorstel" / "Regio Deal <name>: projectvoorstellen").
          Projects flow on (no page breaks). Over each project a TWO-LINE GREY HEADER
          BLOCK across the text column (light grey fill): line 1 "Bijlage 2 — Regio Deal
          <name>" (8.5pt sans), line 2 the project's THEME (9.5pt bold sans); under it the
          title in 16pt Helvetica-Bold in the province's red.
          FIELDS in a borderless two-column layout set by position: the label in bold sans
          10pt in the left column (30%), the field's paragraphs in Times-Roman 10.5pt on 13.5pt
          in the right column (70%), one row per paragraph (a row splits over pages); a table
          inside a field stands in the text column.
          FUNDING TABLES across the text column: a FULL COLUMN HEADER in the province's
          wording, chosen per source key of the column (the key the hand-written cell list
          tests/golden/<dossier>_cells.csv gives the column; else read from the transcribed
          label): totaal "Totale projectkosten", privaat "Bedrijfsleven", onderwijs "Kennis- en
          onderwijsinstellingen", gemeente "Gemeenten", provincie "Provincie Overijssel" /
          "Provincie Zeeland", overig_publiek "Overige overheden", rijk "Bijdrage Rijk (Regio
          Envelop)"; a column with another key (per_jaar, 2024, regio, gereed, publiek_1 ...)
          keeps its transcribed label. A spanning group label ("Publiek") stays, centred over
          the renamed labels under it (a thin rule under it); a group label with nothing under
          it stays as it is. Header type 8pt bold sans, leaf labels right-aligned and wrapping
          over two or three lines in narrow columns (each value column as wide as its widest
          header word or amount, the row-label column takes the rest). The row-label column's
          header reads "Kostenpost" in a funding table (any column with one of the seven keys),
          else the transcribed label ("Mijlpaal", "Investering"). Body in Times 9pt, amounts
          right-aligned as transcribed, words left-aligned; the Totaal row bold. Horizontal
          rules only: thin above the header, thick (1.2pt) under it, thin (0.3pt) between body
          rows, a double rule above the Totaal row, thin under the last row. Header lines
          repeated where a table breaks over a page. Table notes under the table in 8pt italic;
          project notes after the project's last row in 8pt italic.

Amounts are printed as transcribed: the truth has no "raw" object.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, cell_list, dossier_name, font_for, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.0 * cm, 2.6 * cm, 2.4 * cm
FW = WIDTH - 2 * MARGIN_X
GREY = colors.HexColor("#5A5A5A")
SHADE = colors.HexColor("#E4E4E4")
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
HEAD_SIZE, BODY_SIZE = 8.0, 9.0
PAD = 2.5

PROVINCES = {"twente": ("Overijssel", colors.HexColor("#C8102E")),
             "zeeland": ("Zeeland", colors.HexColor("#D3222A"))}
KEYS = ("totaal", "privaat", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk")


def _wording(province: str) -> dict[str, str]:
    return {"totaal": "Totale projectkosten", "privaat": "Bedrijfsleven",
            "onderwijs": "Kennis- en onderwijsinstellingen", "gemeente": "Gemeenten",
            "provincie": f"Provincie {province}", "overig_publiek": "Overige overheden",
            "rijk": "Bijdrage Rijk (Regio Envelop)"}


_GUESS = ((r"^totaal", "totaal"), (r"^(privaat|bedrijf|werkgever)", "privaat"),
          (r"^(onderw|kennis)", "onderwijs"), (r"^gem", "gemeente"), (r"^prov", "provincie"),
          (r"^(overig|waterschap)", "overig_publiek"), (r"^rijk", "rijk"))


def _guess_key(text: str) -> str | None:
    low = text.strip().lower()
    return next((key for pat, key in _GUESS if re.match(pat, low)), None)


def _golden_keys(dossier: source.Dossier) -> dict[tuple[str, int], list[str]]:
    """(project title, table index) -> the column keys of the dossier's cell list (hand-written,
    or a generated dossier's own: cell_list), in column order; {} where there is none."""
    keys: dict[tuple[str, int], list[str]] = {}
    for g in cell_list(dossier):
        cols = keys.setdefault((g["project"], int(g["table"])), [])
        if g["column"] not in cols:
            cols.append(g["column"])
    return keys


def _column_keys(t: source.Table, golden: list[str] | None) -> list[str | None]:
    """The source key of each value column (1-based order as a 0-based list)."""
    n = t.columns
    if golden and len(golden) == n:
        return list(golden)
    keys: list[str | None] = [None] * n
    for h in t.header_cells():
        if h.columns == 1 and keys[h.column - 1] is None:
            keys[h.column - 1] = _guess_key(h.text)
    return keys


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*\-–]*(mln\.?)?[\s*]*", text.strip()))


def _styles(red) -> dict:
    return {
        "open": ParagraphStyle("pv-open", fontName=SANS_B, fontSize=13, leading=16),
        "open2": ParagraphStyle("pv-open2", fontName=SANS, fontSize=11, leading=14,
                                textColor=GREY, spaceAfter=16),
        "block1": ParagraphStyle("pv-b1", fontName=SANS, fontSize=8.5, leading=11,
                                 textColor=GREY),
        "block2": ParagraphStyle("pv-b2", fontName=SANS_B, fontSize=9.5, leading=12),
        "title": ParagraphStyle("pv-title", fontName=SANS_B, fontSize=16, leading=19.5,
                                textColor=red, spaceBefore=7, spaceAfter=10, keepWithNext=1),
        "label": ParagraphStyle("pv-label", fontName=SANS_B, fontSize=10, leading=13.5),
        "body": ParagraphStyle("pv-body", fontName=SERIF, fontSize=10.5, leading=13.5),
        "tlabel": ParagraphStyle("pv-tl", fontName=SANS_B, fontSize=HEAD_SIZE, leading=9.6),
        "thead": ParagraphStyle("pv-th", fontName=SANS_B, fontSize=HEAD_SIZE, leading=9.6,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("pv-tg", fontName=SANS_B, fontSize=HEAD_SIZE, leading=9.6,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle("pv-tb", fontName=SERIF, fontSize=BODY_SIZE, leading=11),
        "tbody_b": ParagraphStyle("pv-tbb", fontName=SERIF_B, fontSize=BODY_SIZE, leading=11),
        "tamount": ParagraphStyle("pv-ta", fontName=SERIF, fontSize=BODY_SIZE, leading=11,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("pv-tab", fontName=SERIF_B, fontSize=BODY_SIZE, leading=11,
                                    alignment=TA_RIGHT),
        "ttext": ParagraphStyle("pv-tt", fontName=SERIF, fontSize=BODY_SIZE, leading=11,
                                alignment=TA_LEFT),
        "ttext_b": ParagraphStyle("pv-ttb", fontName=SERIF_B, fontSize=BODY_SIZE, leading=11,
                                  alignment=TA_LEFT),
        "tfoot": ParagraphStyle("pv-tf", fontName=SERIF_I, fontSize=8, leading=10,
                                spaceBefore=2),
        "note": ParagraphStyle("pv-note", fontName=SERIF_I, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("pv-notem", fontName=SERIF_I, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


class HeaderBlock(Flowable):
    """The grey two-line block over a project: the appendix line and the theme."""

    def __init__(self, line1, line2, rec):
        super().__init__()
        self.p1, self.p2, self.rec = line1, line2, rec

    def wrap(self, aw, ah):
        self.aw = aw
        self.h1 = self.p1.wrap(aw - 16, ah)[1]
        self.h2 = self.p2.wrap(aw - 16, ah)[1]
        self.height = 6 + self.h1 + 1 + self.h2 + 6
        return aw, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(SHADE)
        c.rect(0, 0, self.aw, self.height, stroke=0, fill=1)
        c.restoreState()
        y = self.height - 6 - self.h1
        self.p1.drawOn(c, 8, y)
        self.p2.drawOn(c, 8, y - 1 - self.h2)


def _lines(words: list[float], space: float, width: float) -> int:
    count, used = 1, -space
    for w in words:
        if used + space + w > width and used > 0:
            count, used = count + 1, w
        else:
            used += space + w
    return count


def _three_lines(text: str) -> float:
    """The narrowest width at which a header label wraps into at most three lines."""
    words = [stringWidth(w, font_for(w, SANS_B), HEAD_SIZE) for w in text.split()]
    space = stringWidth(" ", SANS_B, HEAD_SIZE)
    width = max(words, default=0)
    while _lines(words, space, width) > 3:
        width += 1
    return width


def _widths(t: source.Table, texts: list[str], width: float) -> list[float]:
    """[label, values...]: each value column as wide as its widest header word (8pt bold)
    or body cell (9pt), the label column the rest (at least a quarter of the width)."""
    n = t.columns
    need = [24.0] * n
    for col, text in enumerate(texts):
        if text:
            need[col] = max(need[col], _three_lines(text))
    for body in t.rows:
        bold = is_total(body[0])
        for col, text in enumerate(body[1:n + 1]):
            if _numeric(text):
                f = SERIF_B if bold else SERIF
                need[col] = max(need[col], stringWidth(text, font_for(text, f), BODY_SIZE))
    need = [w + 2 * PAD + 1 for w in need]
    label_min = width * 0.25
    rest = width - sum(need)
    if rest < label_min:  # too wide: the value columns share what is left
        scale = (width - label_min) / sum(need)
        need = [w * scale for w in need]
        rest = label_min
    elif rest > width * 0.45:  # room to spare: widen the value columns evenly
        extra = (rest - width * 0.45) / n
        need = [min(w + extra, 3.2 * cm) if w < 3.2 * cm else w for w in need]
        rest = width - sum(need)
    return [rest] + need


def _table(t: source.Table, keys: list[str | None], wording: dict, st, rec,
           width: float, repeat: bool = True) -> list:
    n = t.columns
    lines = max(len(t.header), 1)
    funding = any(k in KEYS for k in keys)
    placed = t.header_cells()
    leaf_text = [""] * n
    shown = {}
    for h in placed:
        text = h.text
        if h.columns == 1 and keys[h.column - 1] in wording:
            text = wording[keys[h.column - 1]]
        shown[id(h)] = text
        if h.columns == 1:
            leaf_text[h.column - 1] = text
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    first = "Kostenpost" if funding else t.label
    rows[0][0] = para(first, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    wordy = [sum(not _numeric(body[c]) for body in t.rows if c < len(body)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    for h in placed:
        group = h.columns > 1
        style = "tgroup" if group else ("tlabel" if wordy[h.column - 1] else "thead")
        rows[h.line][h.column] = para(shown[id(h)], st[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if group and r1 < lines - 1:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.4, colors.black))
    totals = []
    for k, body in enumerate(t.rows):
        bold = is_total(body[0])
        if bold:
            totals.append(lines + k)
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:n + 1]) + [""] * (n + 1 - len(body)):
            key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
            row.append(para(text, st[key], rec))
        rows.append(row)
    last = len(rows) - 1
    cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.black),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.2, colors.black),
             ("LINEBELOW", (0, last), (-1, last), 0.5, colors.black)]
    for r in range(lines, last):
        if r + 1 not in totals:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.3, colors.black))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, colors.black, None, None, None, 2, 1.6))
        cmds.append(("TOPPADDING", (0, r), (-1, r), 4))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines + 1))))
    table = Table(rows, colWidths=_widths(t, leaf_text, width),
                  repeatRows=lines if repeat else 0, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 6), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 10)]


def _field(field: source.Field, table_keys, wording, st, rec) -> Table:
    """Label | text by position: a borderless two-column table, one row per paragraph."""
    label_w = 0.3 * FW
    text_w = FW - label_w
    rows = []
    for k, item in enumerate(field.content or ("",)):
        left = para(field.label, st["label"], rec) if k == 0 else ""
        if isinstance(item, source.Table):
            right = _table(item, table_keys(item), wording, st, rec, text_w, repeat=False)[1:-1]
        else:
            right = para(item, st["body"], rec)
        rows.append([left, right])
    return Table(rows, colWidths=[label_w, text_w], hAlign="LEFT", splitInRow=1,
                 style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (0, -1), 10),
                     ("RIGHTPADDING", (1, 0), (1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                     ("BOTTOMPADDING", (0, -1), (-1, -1), 10)]))


def render_province(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    folder = Path(dossier.source).parent.name.lower() if dossier.source else ""
    province, red = PROVINCES.get(folder, (name or "Provincie", colors.HexColor("#C8102E")))
    wording = _wording(province)
    st = _styles(red)
    golden = _golden_keys(dossier)

    def once(info):
        truth = Truth(dossier, "province")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "province"))
        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        left = f"Provincie {province}"

        def furniture(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            total = max(info["total"], page)
            canv.setFillColor(GREY)
            canv.setFont(SANS, 8)
            canv.drawString(MARGIN_X, HEIGHT - 1.55 * cm, left)
            canv.drawRightString(WIDTH - MARGIN_X, HEIGHT - 1.55 * cm,
                                 "Statenvoorstel, bijlage 2")
            canv.setStrokeColor(red)
            canv.setLineWidth(0.6)
            canv.line(MARGIN_X, HEIGHT - 1.72 * cm, WIDTH - MARGIN_X, HEIGHT - 1.72 * cm)
            canv.setFillColor(colors.black)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"Pagina {page} van {total}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = [para("Bijlage 2 bij het Statenvoorstel", st["open"]),
                       para(f"Regio Deal {name}: projectvoorstellen".strip(), st["open2"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            index = {id(t): k for k, t in enumerate(pr.tables())}

            def table_keys(t, pr=pr, index=index):
                return _column_keys(t, golden.get((pr.title, index[id(t)])))

            story.append(CondPageBreak(7 * cm))
            block = HeaderBlock(para(f"Bijlage 2 — Regio Deal {name}".strip(), st["block1"], rec),
                                para(pr.theme, st["block2"], rec), rec)
            block.keepWithNext = 1
            story += [block, para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, table_keys(row), wording, st, rec, FW)
                else:
                    story.append(_field(row, table_keys, wording, st, rec))
            if pr.notes:
                story.append(Spacer(0, 2))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note"] if k == 0 else st["note_more"], rec))
            story.append(Spacer(0, 16))
        doc.build(story)
        return truth

    return build_until_stable(once)
