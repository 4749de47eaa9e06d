"""One more house style for the layout zoo (see zoo.py), held out: a design studio's
"projectplaat" report in landscape, the prose in three columns and the funding tables SIDE
BY SIDE, two tables per row of the page.

- sidebyside: A4 LANDSCAPE, margins 1.6 cm left and right, 1.4 cm top, 1.6 cm bottom (a
          26.5 cm text width). Footer on every page, 7pt grey at 0.8 cm: "Regio Deal <Name> ·
          projectplaten" at the left, the page number at the right.
          Each project OPENS A NEW PAGE. Across the top of that page its THEME in simulated
          small capitals (capitals 9pt, the other letters as capitals at 7.2pt) in teal
          (#00707A), under it the TITLE in 18pt DejaVu Sans Bold on 22pt (wrapped across the
          full width where long), then a 0.6pt teal rule across the text width.
          Below the rule THREE COLUMNS (0.7 cm gutters) hold the project's fields in the
          transcription's order: the LABEL in 9pt DejaVu Sans Bold teal on a line of its own
          (7pt space before, 2pt after), the field's paragraphs under it in 9pt DejaVu Sans on
          11.5pt, ragged right, 4pt after each (a list item keeps its marker and hangs on
          it, the marker in DejaVu Sans; no widows: a paragraph's last line does not stand
          alone atop a column). Fields flow from column to column and on into the three
          columns of the next page(s) (no title repeated there). A table that stands inside
          a field is not drawn in the field: it joins the project's funding tables (below)
          at its place in the transcription's order; nothing is left in its place.
          Then, for a project that has tables, the FINANCIERING page(s): a new page, the
          heading "Financiering" in 14pt bold teal (the same word as Zeeland's field label
          "Financiering", in another size), then the project's tables (every table of the
          project, those inside fields too, in the transcription's order) SIDE BY SIDE: two
          per row of the page, each in its half of the text width ((26.5 cm - 1 cm) / 2)
          with a 1 cm gap between them, their tops aligned, each under its own caption
          "Tabel <k>" (k counting the project's tables from 1) in 8.5pt bold. Rows of pairs
          stand one under the other (14pt apart), left table before right, then down; a
          row that does not fit under the last one goes to the next page (no heading
          repeated). A table left without a partner (the last of an odd number, three or
          more) stands alone in the left half.
          A table too wide for a half even at 6.5pt (see TABLES) stands on a row of its own
          across the full text width instead (caption over it, at the largest size from
          8pt that fits); the tables before and after it pair among themselves in order (a
          table it leaves without a partner stands alone in the left half).
          A project with ONE table pairs it with a small table at its right that is NOT a
          funding table (under it, in the left half, where that one table is full width):
          caption "Kerngegevens", two columns, no header line, four rows
          "Looptijd | 2019-2022", "Trekker | <the first party named in the first sentence of
          the field whose label says "partij"/"partner" (parts split at commas and
          semicolons, a "Leden X:" style prefix dropped, a part starting with a digit
          skipped), or "Regio">", "Aantal partners | <the number of those parts, 0 without
          such a field>", "Aanvraagnummer | RD-2018-<nnn>" (nnn = 100 + crc32(title) mod
          900), in the tables' style at 8pt (a 1pt rule above the first row, hairlines
          between the rows, values left-aligned), columns 36% / 64% of the half.
          TABLES in 8pt DejaVu Sans (6.5pt at the least), cell padding 3pt left and right:
          the header line(s) bold, the table's label in the corner cell (left, spanning the
          header lines), single-column header cells right-aligned (left-aligned over a
          column holding words, such as "Trekker" or "Gereed"), a group header ("Publiek")
          centred over its members with a hairline under it; a 1pt rule under the last
          header line; 0.25pt grey HAIRLINES between body rows only (none above the header,
          none under the last row, NO vertical rules). Row labels left (wrapped in their
          column), value cells exactly as transcribed: amounts (and nils, empty cells)
          RIGHT-aligned and never wrapped, words left-aligned and wrapped. The Totaal row
          bold. Column widths as an auto layout: each column's least width is its widest
          amount or longest word (header words and the corner label too; the label column
          at least 40pt), its wish its widest unwrapped text; where the wishes fit, every
          column gets its wish and the value columns share the rest equally, else each
          column gets its least width plus a share of the room left in proportion to what
          it wishes beyond it. A table whose least widths do not fit at 8pt is set smaller,
          in steps of 0.25pt down to 6.5pt; one that does not fit its half at 6.5pt goes
          full width (above). No amount is wrapped and no word is broken. The
          transcription's page breaks are not followed: a table in a half never breaks (a
          row of pairs taller than a page, which no dossier has, would be stacked in the
          left half with the tables breaking between rows, header lines repeated); a full-
          width table is kept together unless taller than a page.
          Table footnotes under their own table, inside its half, in 7pt.
          Project NOTES at the FOOT of the page where their mark is printed (the page of the
          project's opening where the mark is printed nowhere), across the text width under
          a short rule, 7.5pt on 9pt, "<mark> <text>"; the columns (or tables) of that page
          end above them. (The page is found by rendering again until it no longer moves.)

Every cell and field is printed as transcribed, the tables in the transcription's order (left
before right, then down; no "raw"). "Kerngegevens" is a table of the project as much as the
transcription's are (its text belongs to no field): it stands after the project's one table,
so "table_order" lists such a project's tables as printed, [0, -1] (no golden cell names the
second). A project runs from its opening page to the last page holding its text, table
cells or notes.
"""

from __future__ import annotations

import re
import zlib

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Frame,
    FrameBreak,
    Indenter,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_common import Doc, Truth, dossier_name, field_para, font_for, has_mark, is_total, meta, para, register_fonts, tables_of
from .zoo_percent import _small_caps, amount

WIDTH, HEIGHT = landscape(A4)
MARGIN_X, TOP, BOTTOM = 1.6 * cm, 1.4 * cm, 1.6 * cm
FW = WIDTH - 2 * MARGIN_X
FH = HEIGHT - TOP - BOTTOM
COL_GAP = 0.7 * cm
COL_W = (FW - 2 * COL_GAP) / 3
GAP = 1.0 * cm
HALF = (FW - GAP) / 2
HEADER_GAP = 14.0  # between the title block and the columns (the rule in its middle)
PAD = 3.0
SIZES = [8.0 - 0.25 * k for k in range(7)]  # 8 .. 6.5
NOTE_GAP = 12.0  # room above the notes for their rule

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
TEAL = colors.HexColor("#00707A")
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#777777")
HAIR = colors.HexColor("#9A9A9A")


def _styles() -> dict:
    def st(name, font=SANS, size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"sbs-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=kw.pop("textColor", INK), **kw)

    return {
        "theme": st("theme", SANS, 9, 11, textColor=TEAL, spaceAfter=3),
        "title": st("title", BOLD, 18, 22),
        "label": st("label", BOLD, 9, 11.5, textColor=TEAL, spaceBefore=7, spaceAfter=2,
                    keepWithNext=1),
        # no widow: a paragraph's last line never stands alone at the top of a column
        "body": st("body", spaceAfter=4, allowWidows=0),
        "item": st("item", spaceAfter=4, leftIndent=11, bulletIndent=0, bulletFontName=SANS,
                   bulletFontSize=9, allowWidows=0),
        "fin": st("fin", BOLD, 14, 17, textColor=TEAL, spaceAfter=10, keepWithNext=1),
        "caption": st("caption", BOLD, 8.5, 10.5, spaceAfter=3, keepWithNext=1),
        "tfoot": st("tfoot", SANS, 7, 8.6, spaceBefore=2),
        "note": st("note", SANS, 7.5, 9, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": st("note_more", SANS, 7.5, 9, leftIndent=9, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = round(size * 1.25, 2)

    def mk(name, font, align):
        return ParagraphStyle(f"sbs-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align, textColor=INK)

    return {"corner": mk("corner", BOLD, TA_LEFT), "head": mk("head", BOLD, TA_RIGHT),
            "head_w": mk("headw", BOLD, TA_LEFT),
            "group": mk("group", BOLD, TA_CENTER),
            "label": mk("label", SANS, TA_LEFT), "label_b": mk("labelb", BOLD, TA_LEFT),
            "num": mk("num", SANS, TA_RIGHT), "num_b": mk("numb", BOLD, TA_RIGHT),
            "word": mk("word", SANS, TA_LEFT), "word_b": mk("wordb", BOLD, TA_LEFT)}


# --- table geometry ----------------------------------------------------------------------

def _is_amount(text: str) -> bool:
    """An amount, a nil or an empty cell: right-aligned, never wrapped."""
    return not text.strip() or amount(text) is not None


def _w(text: str, font: str, size: float) -> float:
    return stringWidth(text, font_for(text, font), size)


def _longest(text: str, font: str, size: float) -> float:
    return max((_w(w, font, size) for w in text.split()), default=0.0)


def _widths(t: source.Table, size: float, width: float) -> tuple[list[float], bool]:
    """The column widths of `t` at `size` in `width`, and whether they fit unscaled."""
    n = t.columns
    low, high = [0.0] * (n + 1), [0.0] * (n + 1)  # column 0: the row labels
    hard = [0.0] * (n + 1)  # the amounts (never wrapped, never shrunk)

    def want(c, text, font, unbreakable=False):
        whole = _w(" ".join(text.split()), font, size)
        low[c] = max(low[c], whole if unbreakable else _longest(text, font, size))
        high[c] = max(high[c], whole)
        if unbreakable:
            hard[c] = max(hard[c], whole)

    want(0, t.label, BOLD)
    for h in t.header_cells():
        if h.columns == 1:
            want(h.column, h.text, BOLD)
    for body in t.rows:
        font = BOLD if is_total(body[0]) else SANS
        want(0, body[0], font)
        for c, text in enumerate(body[1:n + 1], start=1):
            want(c, text, font, unbreakable=_is_amount(text))
    for h in t.header_cells():  # a group header wider than its members widens them alike
        if h.columns > 1:
            cols = range(h.column, h.column + h.columns)
            for need, have in ((low, _longest(h.text, BOLD, size)),
                               (high, _w(h.text, BOLD, size))):
                short = have - sum(need[c] for c in cols)
                if short > 0:
                    for c in cols:
                        need[c] += short / h.columns
    low[0], high[0] = max(low[0], 40.0), max(high[0], 40.0)
    extra = 2 * PAD + 0.5
    low = [w + extra for w in low]
    high = [max(h + extra, lo) for h, lo in zip(high, low)]
    hard = [w + extra for w in hard]
    if sum(low) > width:
        if sum(hard) >= width:
            return [w * width / sum(hard) for w in hard], False
        # the amounts keep their width; the longest words (headers, labels) give way
        share = (width - sum(hard)) / (sum(low) - sum(hard))
        return [h + (lo - h) * share for h, lo in zip(hard, low)], False
    if sum(high) <= width:
        surplus = (width - sum(high)) / n
        return [high[0]] + [w + surplus for w in high[1:]], True
    share = (width - sum(low)) / (sum(high) - sum(low))
    return [lo + (h - lo) * share for lo, h in zip(low, high)], True


def _fit(t: source.Table, width: float) -> tuple[float, list[float]] | None:
    """The largest type size (8pt down to 6.5pt) at which `t` fits `width` with no amount
    wrapped and no word broken, and its column widths; None where it does not fit at 6.5pt."""
    for size in SIZES:
        widths, fits = _widths(t, size, width)
        if fits:
            return size, widths
    return None


def _grid(t: source.Table, rec_for, width: float) -> Table:
    """A table of the transcription in the house's rules, at `width`."""
    fit = _fit(t, width)
    size, widths = fit if fit else (SIZES[-1], _widths(t, SIZES[-1], width)[0])
    ts = _table_styles(size)
    n, hl = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(hl)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("VALIGN", (0, 0), (-1, hl - 1), "BOTTOM"), ("VALIGN", (0, hl), (-1, -1), "TOP"),
            ("LINEBELOW", (0, hl - 1), (-1, hl - 1), 1.0, INK)]
    rows[0][0] = para(t.label, ts["corner"], rec_for(t.label))
    if hl > 1:
        cmds.append(("SPAN", (0, 0), (0, hl - 1)))
    words = {c for body in t.rows for c, text in enumerate(body[1:n + 1], start=1)
             if not _is_amount(text)}
    for h in t.header_cells():
        style = ts["group" if h.columns > 1 else "head_w" if h.column in words else "head"]
        rows[h.line][h.column] = para(h.text, style, rec_for(h.text))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1 and r1 < hl - 1:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.25, HAIR))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        row = [para(body[0], ts["label" + b], rec_for(body[0]))]
        for text in body[1:n + 1]:
            row.append(para(text, ts[("num" if _is_amount(text) else "word") + b], rec_for(text)))
        rows.append(row)
    for r in range(hl, len(rows) - 1):
        cmds.append(("LINEBELOW", (0, r), (-1, r), 0.25, HAIR))
    return Table(rows, colWidths=widths, repeatRows=hl, style=TableStyle(cmds), hAlign="LEFT")


def _parties(pr: source.Project) -> list[str]:
    """The parties named in the first sentence of the project's parties field."""
    for row in pr.rows:
        if isinstance(row, source.Field) and re.search(r"partij|partner", row.label, re.I):
            text = next((c for c in row.content if isinstance(c, str) and c.strip()), "")
            sentence = re.split(r"(?<=[^\s.A-Z])\.(?:\s|$)", text.strip(), maxsplit=1)[0]
            parts = [s.strip(" .") for s in re.split(r"[,;]", sentence)]
            return [p for p in parts if p]
    return []


def _trekker(parties: list[str]) -> str:
    for p in parties:
        name = p.split(":", 1)[1].strip() if ":" in p else p
        if name and not name[0].isdigit():
            return name
    return "Regio"


def _key_table(pr: source.Project, st, rec) -> list:
    parties = _parties(pr)
    number = 100 + zlib.crc32(pr.title.encode("utf-8")) % 900
    data = [("Looptijd", "2019-2022"), ("Trekker", _trekker(parties)),
            ("Aantal partners", str(len(parties))), ("Aanvraagnummer", f"RD-2018-{number:03d}")]
    ts = _table_styles(8.0)
    rows = [[para(k, ts["label"], rec), para(v, ts["word"], rec)] for k, v in data]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK)]
    cmds += [("LINEBELOW", (0, r), (-1, r), 0.25, HAIR) for r in range(len(rows) - 1)]
    table = Table(rows, colWidths=[0.36 * HALF, 0.64 * HALF], style=TableStyle(cmds),
                  hAlign="LEFT")
    return [para("Kerngegevens", st["caption"], rec), table]


def _block(k: int, t: source.Table, st, rec_for, width: float = HALF) -> list:
    """Caption, table and footnotes of the project's table number k (0-based)."""
    out = [para(f"Tabel {k + 1}", st["caption"], rec_for("")), _grid(t, rec_for, width)]
    out += [para(f, st["tfoot"], rec_for(f)) for f in t.footnotes]
    return out


def _pair(left: list, right: list | None) -> Table:
    cells = [[left, "", right or ""]]
    return Table(cells, colWidths=[HALF, GAP, HALF], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))


def _financiering(pr: source.Project, st, rec_for, rec) -> list:
    tables = tables_of(pr)
    # (left, right) pairs in half widths, or (block, "full") for a table too wide for a half
    rows: list[tuple] = []
    waiting = None
    for k, t in enumerate(tables):
        if _fit(t, HALF) is None:
            if waiting:
                rows.append((waiting, None))
                waiting = None
            rows.append((_block(k, t, st, rec_for, FW), "full"))
        elif waiting:
            rows.append((waiting, _block(k, t, st, rec_for)))
            waiting = None
        else:
            waiting = _block(k, t, st, rec_for)
    if len(tables) == 1:
        rows.append((waiting, _key_table(pr, st, rec)) if waiting else (_key_table(pr, st, rec), None))
    elif waiting:
        rows.append((waiting, None))
    out: list = [para("Financiering", st["fin"], rec)]
    room = FH - 40
    for i, (left, right) in enumerate(rows):
        if i:
            out.append(Spacer(0, 14))
        if right == "full":
            out.append(KeepTogether(left))
            continue
        table = _pair(left, right)
        if table.wrap(FW, 1e6)[1] <= room:
            out.append(table)
        else:  # taller than a page: stacked in the left half, breaking between rows
            for block in (left, right or []):
                out += [Indenter(right=FW - HALF), *block, Indenter(right=HALF - FW),
                        Spacer(0, 10)]
    return out


# --- the document ------------------------------------------------------------------------

class _NoteDoc(Doc):
    """Reserves room at the foot of the pages listed in `notes` (page -> [(project, note)])
    and draws the notes there."""

    def __init__(self, filename, truth, notes, st, **kw):
        super().__init__(filename, truth, **kw)
        self.notes, self.st = notes, st

    def _paras(self, page):
        out = []
        for p, note in self.notes.get(page, []):
            for k, text in enumerate(note.text or ("",)):
                out.append((p, para(f"{note.mark} {text}" if k == 0 else text,
                                    self.st["note" if k == 0 else "note_more"],
                                    self.truth.content(p))))
        return out

    def _height(self, page) -> float:
        paras = self._paras(page)
        if not paras:
            return 0.0
        return NOTE_GAP + sum(q.wrap(FW, 1e6)[1] + q.style.spaceAfter for _, q in paras)

    def beforePage(self):
        super().beforePage()
        h = self._height(self.canv.getPageNumber())
        if h:
            for f in self.pageTemplate.frames:
                if abs(f._y1 - BOTTOM) < 0.5:
                    f._y1p = f._y1 + f._bottomPadding + h
                    f._aH = f._y2 - f._y1p - f._topPadding

    def afterPage(self):
        page = self.canv.getPageNumber()
        paras = self._paras(page)
        if not paras:
            return
        y = BOTTOM + self._height(page) - NOTE_GAP
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(0.5)
        canv.line(MARGIN_X, y + 5, MARGIN_X + 120, y + 5)
        canv.restoreState()
        for _, q in paras:
            h = q.wrap(FW, 1e6)[1]
            y -= h
            q.drawOn(canv, MARGIN_X, y)
            y -= q.style.spaceAfter


def _columns(top: float) -> list[Frame]:
    return [Frame(MARGIN_X + k * (COL_W + COL_GAP), BOTTOM, COL_W, top - BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id=f"col{k}")
            for k in range(3)]


def _templates(head_h: list[float], footer: str) -> list[PageTemplate]:
    """A project's opening page (its title block over three columns) for each project, the
    pages the columns go on to ("cols") and the Financiering pages ("fin")."""

    def footer_on(canv):
        canv.saveState()
        canv.setFillColor(GREY)
        canv.setFont(font_for(footer, SANS), 7)
        canv.drawString(MARGIN_X, 0.8 * cm, footer)
        canv.drawRightString(WIDTH - MARGIN_X, 0.8 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    templates = []
    for p, hh in enumerate(head_h):
        top = HEIGHT - TOP - hh

        def on_open(canv, d, rule_y=top - HEADER_GAP / 2):
            footer_on(canv)
            canv.saveState()
            canv.setStrokeColor(TEAL)
            canv.setLineWidth(0.6)
            canv.line(MARGIN_X, rule_y, WIDTH - MARGIN_X, rule_y)
            canv.restoreState()

        head = Frame(MARGIN_X, top, FW, hh, leftPadding=0, rightPadding=0, topPadding=0,
                     bottomPadding=0, id="head")
        templates.append(PageTemplate(f"open{p}", [head, *_columns(top - HEADER_GAP)],
                                      onPage=on_open))
    fin = Frame(MARGIN_X, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                bottomPadding=0, id="fin")
    return templates + [PageTemplate("cols", _columns(HEIGHT - TOP), onPage=lambda c, d: footer_on(c)),
                        PageTemplate("fin", [fin], onPage=lambda c, d: footer_on(c))]


def _heading(pr: source.Project, st) -> tuple:
    """The project's theme (small capitals) and title paragraphs."""
    theme_style = ParagraphStyle("sbs-theme-f", st["theme"], fontName=font_for(pr.theme, SANS))
    return (para(pr.theme, theme_style, None, markup=_small_caps(pr.theme)),
            para(pr.title, st["title"]))


def _project_story(p: int, pr: source.Project, st, truth: Truth, seen: dict) -> list:
    """The flowables of project `p`; `seen` gets the last page each of its notes' marks is
    drawn on ((project, note) -> page)."""
    rec = truth.content(p)

    def rec_for(text):
        ks = [k for k, n in enumerate(pr.notes) if n.mark and has_mark(text, n.mark)]
        if not ks:
            return rec

        def r(page):
            rec(page)
            for k in ks:
                seen[(p, k)] = max(seen.get((p, k), 0), page)
        return r

    story: list = [NextPageTemplate(f"open{p}"), PageBreak()] if p else []
    theme_p, title_p = _heading(pr, st)
    theme_p._rec = title_p._rec = truth.heading(p)
    story += [theme_p, title_p, NextPageTemplate("cols"), FrameBreak()]
    for row in pr.rows:
        if not isinstance(row, source.Field):
            continue  # a funding table: on the Financiering page
        story.append(para(row.label, st["label"], rec_for(row.label)))
        for item in row.content:
            if isinstance(item, str):  # a table in a field: on the Financiering page
                story.append(field_para(item, st["body"], st["item"], rec_for(item)))
    if tables_of(pr):
        story += [NextPageTemplate("fin"), PageBreak(), *_financiering(pr, st, rec_for, rec)]
    return story


class _SideTruth(Truth):
    def record(self) -> dict:
        keyed = {pr.title: [0, -1] for pr in self.dossier.projects if len(tables_of(pr)) == 1}
        return {**super().record(), **({"table_order": keyed} if keyed else {})}


def render_sidebyside(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} · projectplaten".replace("  ", " ")
    head_h = []  # the height of each project's title block, at the full width
    for pr in dossier.projects:
        theme_p, title_p = _heading(pr, st)
        head_h.append(theme_p.wrap(FW, 1e6)[1] + st["theme"].spaceAfter
                      + title_p.wrap(FW, 1e6)[1] + 1)

    def once(placed: dict) -> tuple[Truth, dict]:
        """A rendering with the notes at the foot of the pages `placed` gives ((project,
        note) -> page); and the pages their marks were drawn on in it."""
        truth = _SideTruth(dossier, "sidebyside")
        seen: dict[tuple[int, int], int] = {}
        notes: dict[int, list] = {}
        for (p, k), page in sorted(placed.items(), key=lambda kv: (kv[1], kv[0])):
            notes.setdefault(page, []).append((p, dossier.projects[p].notes[k]))
        doc = _NoteDoc(str(pdf_path), truth, notes, st, pagesize=landscape(A4),
                       leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=TOP,
                       bottomMargin=BOTTOM, **meta(dossier, "sidebyside"))
        doc.addPageTemplates(_templates(head_h, footer))
        story: list = []
        for p, pr in enumerate(dossier.projects):
            story += _project_story(p, pr, st, truth, seen)
        doc.build(story)
        # a note whose mark is printed nowhere goes to its project's opening page
        found = {(p, k): seen.get((p, k)) or truth.first.get(p, 1)
                 for p, pr in enumerate(dossier.projects) for k in range(len(pr.notes))}
        return truth, found

    # The first rendering draws no notes; each next one draws them where the last one
    # printed their marks, until the pages stay put (the last rendering is the file kept).
    placed: dict = {}
    truth = None
    for _ in range(6):
        truth, found = once(placed)
        if found == placed:
            break
        placed = found
    return truth.record()
