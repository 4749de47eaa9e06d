"""One more house style for the layout zoo (see zoo.py), held out: an international agency's
house style in ISO/SI typography, amounts grouped with spaces and the currency after the number.

- spaced: A4 portrait, Times-Roman 10.5pt on 13.5pt, margins 2.2 cm left, 3.5 cm right (the
          wide right margin holds nothing but the page number, at the foot in the outer
          corner), 2.5 cm top and bottom. Each project: its theme in small letter-spaced grey
          capitals (8pt), the title in 17pt Times-Bold, then the fields in a HANGING layout as
          in a CV: the label in 9pt Helvetica-Bold, sentence case, in a 3.2 cm left column, the
          field's paragraphs to its right, the first on the label's baseline. Projects follow
          on the same page 1 cm apart; a project that would open in the lower fifth of the page
          goes to the next page.
          AMOUNTS IN TABLES in the house's SI style instead of the transcription's Dutch style:
          thousands grouped with a NARROW NO-BREAK SPACE (U+202F), the decimal sign a comma,
          "€" AFTER the number behind a no-break space (U+00A0): "1.650.000" -> "1 650 000 €",
          "7.500.000*" -> "7 500 000 €*", "6,33 mln." -> "6,33 mln €", "€ 92,3 mln." ->
          "92,3 mln €", "43,8mln." -> "43,8 mln €"; a nil ("-", ".-", "-*") an em dash ("—",
          "—*"); empty cells and words as they are; the "€ <n>" amounts inside a phrase
          ("€ 75.000 per broedplaats = € 750.000") converted where they stand. A table whose
          field states its amounts in thousands ("bedragen x € 1.000") gets the grouping but
          no "€" (a "€" after "1 275" would misstate the amount). Amounts in the prose stay
          as transcribed.
          TABLES: no vertical rules, a 1pt rule above the header and under the last row, a
          0.4pt rule under the header; the header in 8.5pt Helvetica-Bold (single headers of
          amount columns right-aligned, a group header "Publiek" centred over its members with
          a short rule under it), the body in 9pt Times, amounts right-aligned, words left;
          the Totaal row bold; header lines repeated where a table breaks. Over each table
          its label as a caption "Tabel <n>. <label>" in 9pt italic (n counting the tables
          of the whole document), the top-left header cell left empty. Investment tables
          (a project's own rows) span the type area, tables inside a field its text column.
          Table footnotes under the table in 8pt; the project's notes after its last field
          in 8pt in the text column, each with its mark.

The transcription's page breaks are not reproduced. The truth record holds, under "raw",
the printed text of every table cell printed otherwise than transcribed, keyed
"<project>|<table>|<row>|<column key>" (the column keys from tests/golden/<dossier>_cells.csv
by column order, zoo_budget._column_keys).
"""

from __future__ import annotations

import dataclasses
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_budget import _column_keys
from .zoo_common import Doc, Truth, build_until_stable, font_for, is_total, meta, para, register_fonts
from .zoo_typeset import _Spaced

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.2 * cm, 3.5 * cm, 2.5 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM
LABEL_W = 3.2 * cm
TEXT_W = FW - LABEL_W
GAP = 1 * cm  # between projects
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
SANS_B = "Helvetica-Bold"
SIZE, LEAD = 10.5, 13.5
LABEL_SIZE = 9.0
TSIZE, HSIZE = 9.0, 8.5
GREY = colors.HexColor("#6F6F6F")
PAD = 4.0

NNBSP, NBSP, NIL = "\u202f", "\u00a0", "\u2014"

# One amount as the transcription writes it: an optional "€ ", Dutch digit groups, a decimal
# comma, an optional "mln." (with or without a space before it), note marks after it.
_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*mln\.?)?(\**)")
_NIL = re.compile(r"\.?-(\**)")
# An amount inside words: only one the transcription marks with "€" ("Q1 2026" stays).
_EURO_IN_TEXT = re.compile(r"€\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*mln\.?)?")
_THOUSANDS = re.compile(r"(?i)x\s*€?\s*1\.000\b")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _si(whole: str, decimals: str | None, mln: str | None, unit: str) -> str:
    digits = whole.replace(".", "")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    out = NNBSP.join([digits] + groups) + (f",{decimals}" if decimals else "")
    if mln:
        out += " mln"
    return out + (NBSP + unit if unit else "")


def si_amount(text: str, unit: str = "€") -> str:
    """A table cell as the house prints it: an amount in SI style ("1.650.000" -> "1 650 000 €",
    "€ 2,8 mln." -> "2,8 mln €", marks after the sign), a nil as an em dash, "€" amounts
    inside words converted where they stand; empty cells and other words unchanged.
    `unit` is "" in a table stated in thousands of euros."""
    s = text.strip()
    if not s:
        return text
    if m := _NIL.fullmatch(s):
        return NIL + m.group(1)
    if m := _AMOUNT.fullmatch(s):
        return _si(m.group(1), m.group(2), m.group(3), unit) + m.group(4)
    if "€" in s:
        return _EURO_IN_TEXT.sub(lambda m: _si(m.group(1), m.group(2), m.group(3), unit), text)
    return text


def _is_amount(text: str) -> bool:
    s = text.strip()
    return bool(_NIL.fullmatch(s) or _AMOUNT.fullmatch(s))


def _sentence_case(label: str) -> str:
    """"Naam Project" -> "Naam project"; an all-capital word of two letters or more (an
    acronym) keeps its capitals."""
    words = [w if len(w) > 1 and w.isupper() else w.lower() for w in label.split(" ")]
    return " ".join(words)[:1].upper() + " ".join(words)[1:]


def _styles() -> dict:
    def st(name, font=SERIF, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"sp-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.2
    return {
        "title": st("title", SERIF_B, 17, 20.5, spaceAfter=10),
        "label": st("label", SANS_B, LABEL_SIZE, 11),
        "body": st("body"),
        "item": st("item", leftIndent=11, firstLineIndent=-11),
        "caption": st("caption", SERIF_I, 9, 11, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "thead": st("th", SANS_B, HSIZE, HSIZE * 1.2, alignment=TA_RIGHT),
        "thead_l": st("thl", SANS_B, HSIZE, HSIZE * 1.2, alignment=TA_LEFT),
        "tgroup": st("tg", SANS_B, HSIZE, HSIZE * 1.2, alignment=TA_CENTER),
        "tbody": st("tb", SERIF, TSIZE, tl),
        "tbody_b": st("tbb", SERIF_B, TSIZE, tl),
        "tamount": st("ta", SERIF, TSIZE, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", SERIF_B, TSIZE, tl, alignment=TA_RIGHT),
        "tfoot": st("tf", SERIF, 8, 10, spaceBefore=2),
        "note": st("note", SERIF, 8, 10, leftIndent=LABEL_W, spaceBefore=2),
        "note_more": st("notem", SERIF, 8, 10, leftIndent=LABEL_W + 8),
    }


# --- cells in SI style ---------------------------------------------------------------


class _SiCell(Flowable):
    """A table cell's printed text drawn as it is: reportlab's Paragraph takes U+202F for a
    breaking space and sets a plain one, so the cell is set by hand, broken only at plain
    spaces, each character the font lacks (U+202F in Times) in its TrueType stand-in. (The
    no-break space before "€" reads back as a plain one: reportlab writes U+00A0 as a space
    code in every font.)"""

    def __init__(self, text, style, rec=None):
        super().__init__()
        self.text, self.style, self.rec = text, style, rec

    def _runs(self, text, size):
        """(text, font, width) runs of one line."""
        runs = []
        for ch in text:
            font = font_for(ch, self.style.fontName)
            if runs and runs[-1][1] == font:
                runs[-1][0] += ch
            else:
                runs.append([ch, font])
        return [(t, f, stringWidth(t, f, size)) for t, f in runs]

    def _width(self, text, size):
        return sum(w for _, _, w in self._runs(text, size))

    def wrap(self, aW, aH):
        size = self.style.fontSize
        words = self.text.split(" ")
        widest = max(self._width(w, size) for w in words)
        if widest > aW > 0:  # a word wider than the column: smaller type, never cut
            size = max(4.5, size * (aW - 1) / widest)
        self.size = size
        self.lines, line = [], ""
        for w in words:
            trial = f"{line} {w}" if line else w
            if line and self._width(trial, size) > aW:
                self.lines.append(line)
                line = w
            else:
                line = trial
        self.lines.append(line)
        self.lead = self.style.leading * size / self.style.fontSize
        self.aW = aW
        self.width, self.height = aW, self.lead * len(self.lines)
        return self.width, self.height

    def draw(self):
        c = self.canv
        for k, line in enumerate(self.lines):
            runs = self._runs(line, self.size)
            total = sum(w for _, _, w in runs)
            x = self.aW - total if self.style.alignment == TA_RIGHT else 0.0
            y = self.height - self.size - k * self.lead
            for t, font, w in runs:
                c.setFont(font, self.size)
                c.drawString(x, y, t)
                x += w

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


# --- tables ---------------------------------------------------------------------------


class _RuledTable(Table):
    """A table that also draws the short rule under each group header: (row, first column,
    last column) in `short`, a little in from the columns' outer edges."""

    short: tuple = ()
    trim = 3.0

    def draw(self):
        super().draw()
        c = self.canv
        c.saveState()
        c.setLineWidth(0.4)
        for r, c0, c1 in self.short:
            y = self._rowpositions[r + 1] + 0.5
            c.line(self._colpositions[c0] + self.trim, y, self._colpositions[c1 + 1] - self.trim, y)
        c.restoreState()


def _unit(field_texts: list[str], t: source.Table) -> str:
    """"" where the table's field or the table itself states thousands ("bedragen x € 1.000")."""
    said = field_texts + [t.label] + [h.text for line in t.header for h in line]
    return "" if any(_THOUSANDS.search(s) for s in said) else "€"


def _table(t: source.Table, number: int, st, rec, width, unit, raw_of) -> list:
    """Caption, table and footnotes; every cell printed otherwise reported to `raw_of`."""
    n, lines = t.columns, max(len(t.header), 1)
    printed = [[si_amount(c, unit) for c in body[1:]] for body in t.rows]
    numeric = [any(_is_amount(body[c + 1]) for body in t.rows) for c in range(n)]
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.4, colors.black)]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    short = []
    for h in t.header_cells():
        if h.columns > 1:
            style = st["tgroup"]
            short.append((h.line + h.lines - 1, h.column, h.column + h.columns - 1))
        else:
            style = st["thead" if numeric[h.column - 1] else "thead_l"]
        rows[h.line][h.column] = para(h.text, style, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for i, (body, cells) in enumerate(zip(t.rows, printed)):
        bold = "_b" if is_total(body[0]) else ""
        row: list = [para(body[0], st["tbody" + bold], rec)]
        for c, (was, text) in enumerate(zip(body[1:], cells)):
            if text != was:
                raw_of(i, c, text)
            style = st[("tamount" if _is_amount(was) else "tbody") + bold]
            row.append(_SiCell(text, style, rec) if text != was else para(text, style, rec))
        rows.append(row)
    last = len(rows) - 1
    cmds.append(("LINEBELOW", (0, last), (-1, last), 1, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines))))
    # widths from the printed texts (a narrow space measured as a plain one)
    shown = dataclasses.replace(t, rows=tuple((b[0], *(x.replace(NNBSP, " ") for x in p))
                                              for b, p in zip(t.rows, printed)))
    widths = _col_widths(shown, lambda s: s, width, st, PAD, label_share=0.34)
    table = _RuledTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                        hAlign="LEFT")
    table.short = tuple(short)
    out: list = [para(f"Tabel {number}. {t.label}", st["caption"], rec), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


# --- the hanging fields --------------------------------------------------------------------


def _field(field: source.Field, st, rec, table_out) -> Table:
    """Label | paragraphs, one table row per paragraph (a long one splits over pages); the
    label's first baseline on the first paragraph's."""
    rows = []
    for k, item in enumerate(field.content or ("",)):
        left = para(_sentence_case(field.label), st["label"], rec) if k == 0 else ""
        if isinstance(item, source.Table):
            texts = [c for c in field.content if isinstance(c, str)]
            right = table_out(item, TEXT_W, texts)
        else:
            right = para(item, st["item" if _LIST_ITEM.match(item) else "body"], rec)
        rows.append([left, right])
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            # the first baseline sits one font size under the top: lower the smaller label
            ("TOPPADDING", (0, 0), (0, 0), SIZE - LABEL_SIZE)]
    return Table(rows, colWidths=[LABEL_W, TEXT_W], hAlign="LEFT", splitInRow=1,
                 style=TableStyle(cmds))


# --- the document ----------------------------------------------------------------------


class _SpacedTruth(Truth):
    """The truth record with the printed text of every cell printed otherwise."""

    def __init__(self, dossier):
        super().__init__(dossier, "spaced")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def render_spaced(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    keys = _column_keys(dossier)

    def once(info):
        truth = _SpacedTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "spaced"))

        def on_page(canv, d):
            # the page number alone in the wide right margin, at the foot's outer corner
            canv.saveState()
            canv.setFont(SERIF, 9)
            canv.drawRightString(WIDTH - 1.5 * cm, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        number = 0
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = list(pr.tables())

            def table_out(t, width, texts, pr=pr, rec=rec, tables=tables):
                nonlocal number
                number += 1
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(r, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{r}|{key}"] = printed

                return _table(t, number, st, rec, width, _unit(texts, t), raw_of)

            if p:
                # the gap, unless the project would then open in the lower fifth of the page
                story.append(CondPageBreak(GAP + HEIGHT / 5 - BOTTOM))
            story.append(_Spaced(pr.theme, font_for(pr.theme, "Helvetica"), 8, 1.2, 10, GREY,
                                 truth.heading(p), space_before=GAP if p else 0,
                                 space_after=3, keep_with_next=True))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [*table_out(row, FW, []), Spacer(0, 8)]
                else:
                    story += [_field(row, st, rec, table_out), Spacer(0, 5)]
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text,
                                      st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
