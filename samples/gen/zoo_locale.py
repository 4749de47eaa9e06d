"""One more house style for the layout zoo (see zoo.py), held out: a regional development
agency whose staff write in Dutch, but whose Word and Excel run with ENGLISH (UK) REGIONAL
SETTINGS. The funding tables are pasted from an English Excel, so every amount in them shows
commas between the thousands and a point before the decimals; the prose, typed by hand in
Dutch, keeps its Dutch amounts.

- locale: A4 portrait, one column, margins 2.5 cm all round (a 16 cm text column). A
          Times-like serif (Liberation Serif where installed, else DejaVu Serif) at 10.5pt on
          14pt, ragged right, 5pt after each paragraph; a list item keeps the source's marker
          and hangs on it. Each project OPENS A NEW PAGE: a kicker "Project <n>:" in small
          caps (10.5pt capitals, 8.5pt small capitals: "PROJECT 3:"), under it the title in
          15pt bold, a 1pt black rule across the text width under the title, and under the
          rule the project's theme in 9pt italic grey. FIELD LABELS in bold italic 10.5pt on
          a line of their own (9pt above, kept with what follows), the field's paragraphs
          under them; a table inside a field stands where the transcription places it.
          Running header in 8pt on every page, 1.3 cm from the top edge: "Regio Deal <Name> -
          Project Proposals" at the left, "12 March 2018" at the right, a 0.4pt grey rule
          under it. Footer "Page N of M" centred, 8pt, 1.3 cm from the bottom edge.
          Project notes at the end of the project in 8pt, each "<mark> <text>".

          TABLES AS PASTED FROM EXCEL, left-aligned on the text column, in an Arial-like sans
          (Helvetica): 0.5pt black rules round every cell; the header line(s) on a mid-grey
          fill (#808080) in white bold 8.5pt on 10.5pt, the table's label in the top-left
          cell (spanning the header lines), a group header ("Publiek") centred over its
          members, the other headers centred. Body 8.5pt on 10.5pt, 3pt cell padding; row
          labels left-aligned and wrapping; amounts and nils right-aligned, never wrapped;
          words ("Q1 2026", "gemeente Vlissingen") left-aligned and wrapping. The Totaal row
          ("Totaal...", "Total...") bold, a DOUBLE 0.5pt rule over it. Each value column is
          as wide as its widest amount or header word plus padding (at least 1.6 cm, 1.4 cm
          at 7.5pt; a cell of words asks for its whole text up to 3.5 cm); the label column
          takes the rest, at least 4 cm. Where that leaves the label column less, the whole
          table is set in 7.5pt (on 9pt) instead, rather than wrap amounts.
          The header is not repeated where a table runs onto the next page (as a pasted
          range has it), and a table breaks where the page is full (the transcription's
          page breaks are not followed), never between the header and the first body row.
          Table footnotes under the table in the serif's italic, 7.5pt on 9.5pt.

          EVERY AMOUNT CELL IN THE ENGLISH LOCALE, converted mechanically from the
          transcription's Dutch text: the separators swapped, all else kept: "1.650.000" ->
          "1,650,000"; "€ 92,3 mln." -> "€ 92.3 mln."; "43,8mln." -> "43.8mln."; "1,5" ->
          "1.5"; "7.500.000*" -> "7,500,000*"; "€ 1.650.000,00" -> "€ 1,650,000.00"; "12,5%"
          -> "12.5%". A cell is an amount where it is one Dutch number (thousands dots,
          decimal comma), with a "€" before it, "mln." or "%" after it and note marks last
          (a number without separators, "2019", "100", "0", reads the same in both locales);
          anything else (a nil "-", ".-", "-*", an empty cell, a cell of words such as
          "€ 75.000 per broedplaats = € 750.000", a header, a row label) is printed as
          transcribed, since Excel formats numbers only. The prose, table footnotes and
          project notes are printed as transcribed.

Truth: the plain record, plus under "raw" the printed text of every cell the locale changed
("<project>|<table>|<row>|<column>" -> "1,650,000"). A project runs from its opening page
(kicker and title drawn) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (FALLBACK, FONT_DIR, Doc, Truth, build_until_stable, dossier_name, field_para,
                         font_for, is_total, meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
DATE = "12 March 2018"

SANS, SANS_B = "Helvetica", "Helvetica-Bold"  # Excel's Arial, by its metrics
HEAD_FILL = colors.HexColor("#808080")
GREY = colors.HexColor("#555555")
RULE = 0.5
PAD = 3.0
SIZES = ((8.5, 10.5), (7.5, 9.0))  # the table's type, and what it shrinks to
MIN_VALUE = 0.19 * cm  # per point of type: an Excel column's default width, as it scales
MIN_LABEL = 4.0 * cm
WORDS_WIDTH = 3.5 * cm  # what a column of words is widened to, at most

_LIB_DIRS = (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))
_FACES = {"LcSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "LcSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "LcSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic"),
          "LcSerif-BoldItalic": ("LiberationSerif-BoldItalic.ttf", "DejaVuSerif-Bold")}

# One Dutch number as a cell holds it: "1.650.000", "92,3", "1.650.000,00", "2019"; a "€"
# before it, "mln." or "%" after it, note marks last.
_DUTCH_AMOUNT = re.compile(r"(?P<pre>€\s?)?(?P<sign>[-−]?)(?P<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                           r"(?P<unit>\s?(?:mln\.?|%))?(?P<marks>\*+|[¹²³]+)?")
_SWAP = str.maketrans({".": ",", ",": "."})


def english(text: str) -> str:
    """The cell as the English Excel shows it: an amount with its separators swapped (the
    "mln." keeps its point), anything else as it is."""
    m = _DUTCH_AMOUNT.fullmatch(text.strip())
    if m is None:
        return text
    return (f"{m['pre'] or ''}{m['sign']}{m['num'].translate(_SWAP)}"
            f"{m['unit'] or ''}{m['marks'] or ''}")


def _is_amount(text: str) -> bool:
    return _DUTCH_AMOUNT.fullmatch(text.strip()) is not None


_NIL = re.compile(r"[-–.]*[-–]\**|0|")


def _right(text: str) -> bool:
    """Excel right-aligns numbers; a nil typed as a dash stands where they do."""
    return _is_amount(text) or _NIL.fullmatch(text.strip()) is not None


def _serif() -> tuple[str, str, str, str]:
    """(regular, bold, italic, bold italic): Liberation Serif where installed (its gaps filled
    from DejaVu), else DejaVu Serif."""
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    folder = next((d for d in _LIB_DIRS if all((d / f).is_file() for f, _ in _FACES.values())), None)
    if folder is not None:
        for name, (file, stand_in) in _FACES.items():
            if name not in have:
                pdfmetrics.registerFont(TTFont(name, str(folder / file)))
            FALLBACK.setdefault(name, stand_in)
        return tuple(_FACES)
    bold_italic = "DejaVuSerif-BoldItalic"
    if bold_italic not in have:
        if not (FONT_DIR / f"{bold_italic}.ttf").is_file():
            return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-Bold"
        pdfmetrics.registerFont(TTFont(bold_italic, str(FONT_DIR / f"{bold_italic}.ttf")))
    return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", bold_italic


def _styles(fonts) -> dict:
    serif, bold, italic, bold_italic = fonts

    def st(name, font, size, leading, **kw):
        return ParagraphStyle(f"lc-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    out = {
        "kicker": st("kicker", serif, 10.5, 14, spaceAfter=1, keepWithNext=1),
        "title": st("title", bold, 15, 19, spaceAfter=3, keepWithNext=1),
        "theme": st("theme", italic, 9, 12, textColor=GREY, spaceAfter=6, keepWithNext=1),
        "label": st("label", bold_italic, 10.5, 14, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "body": st("body", serif, 10.5, 14, spaceAfter=5),
        "item": st("item", serif, 10.5, 14, spaceAfter=5, leftIndent=16, bulletIndent=2,
                   bulletFontName=serif),
        "tfoot": st("tfoot", italic, 7.5, 9.5, spaceBefore=2),
        "note": st("note", serif, 8, 10.5, spaceAfter=2),
        "note_more": st("note_more", serif, 8, 10.5, spaceAfter=2, leftIndent=8),
    }
    for size, leading in SIZES:
        for name, font, align, color in (("head", SANS_B, TA_CENTER, colors.white),
                                         ("corner", SANS_B, TA_LEFT, colors.white),
                                         ("label", SANS, TA_LEFT, colors.black),
                                         ("text", SANS, TA_LEFT, colors.black),
                                         ("amount", SANS, TA_RIGHT, colors.black)):
            for b, f in (("", font), ("_b", SANS_B)):
                out[f"t{name}{b}-{size}"] = st(f"t{name}{b}-{size}", f, size, leading,
                                               alignment=align, textColor=color)
    return out


def _small_caps(text: str, size: float, font: str) -> str:
    """Markup of `text` in small caps: its capitals at `size`, the rest upper-cased a size
    and a half smaller, as a word processor fakes them."""
    small = size * 0.81
    out, run, lower = [], "", None
    for ch in text:
        is_lower = ch.islower()
        if lower is not None and is_lower != lower:
            out.append((run, lower))
            run = ""
        run, lower = run + ch, is_lower
    if run:
        out.append((run, lower))
    return "".join(f'<font name="{font}" size="{small if low else size}">{s.upper()}</font>'
                   for s, low in out)


class _Rule(Flowable):
    """The 1pt rule under a project's title, across the text width."""

    def __init__(self, weight=1.0, after=3.0):
        super().__init__()
        self.weight, self.after = weight, after
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.weight + self.after

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(self.weight)
        c.line(0, self.after, self.aW, self.after)
        c.restoreState()


def _widths(t: source.Table, size: float) -> tuple[list[float], bool]:
    """Column widths at `size` (label, values...), and whether the label column keeps its
    minimum: each value column its widest amount (unwrapped) or word plus padding."""
    n = t.columns
    need = [MIN_VALUE * size] * n
    for h in t.header_cells():
        if h.columns == 1:
            word = max((stringWidth(w, SANS_B, size) for w in h.text.split()), default=0.0)
            need[h.column - 1] = max(need[h.column - 1], word + 2 * PAD + 1)
    for body in t.rows:
        font = SANS_B if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:n + 1]):
            shown = english(text)
            if _right(text):  # an amount is never wrapped
                want = stringWidth(shown, font_for(shown, font), size)
            else:  # words wrap, but a column of them is widened as a typist would drag it
                want = max(max((stringWidth(w, font_for(w, font), size) for w in shown.split()), default=0.0),
                           min(stringWidth(shown, font_for(shown, font), size), WORDS_WIDTH))
            need[c] = max(need[c], want + 2 * PAD + 1)
    label = FW - sum(need)
    if label >= MIN_LABEL:
        return [label] + need, True
    # Squeezed even so: the value columns share what the label's minimum leaves them.
    scale = (FW - MIN_LABEL) / sum(need)
    return [MIN_LABEL] + [w * scale for w in need], False


def _table(t: source.Table, st, rec, raw_of) -> list:
    """The pasted Excel range: header line(s) on grey, the body, a double rule over the
    total; its footnotes under it."""
    widths, fits = _widths(t, SIZES[0][0])
    size = SIZES[0][0]
    if not fits:
        size = SIZES[1][0]
        widths, _ = _widths(t, size)

    def s(name, bold=False):
        return st[f"t{name}{'_b' if bold else ''}-{size}"]

    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("BOX", (0, 0), (-1, -1), RULE, colors.black),
            ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    rows[0][0] = para(t.label, s("corner"), rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, s("head"), rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for r, body in enumerate(t.rows):
        at = len(rows)
        bold = is_total(body[0])
        row = [para(body[0], s("label", bold), rec)]
        for c, text in enumerate(list(body[1:n + 1]) + [""] * (n + 1 - len(body))):
            shown = english(text)
            if shown != text:
                raw_of(r, c, shown)
            row.append(para(shown, s("amount" if _right(text) else "text", bold), rec))
        rows.append(row)
        # Excel's cell borders: a rule under every row but the one over a total, which
        # gets the double rule of the total's own top border instead.
        if bold and at > lines:
            cmds.append(("LINEABOVE", (0, at), (-1, at), RULE, colors.black, None, None, None, 2, 1.2))
        else:
            cmds.append(("LINEABOVE", (0, at), (-1, at), RULE, colors.black))
    for line in range(1, lines):  # between header lines, where a group sits over its members
        cmds.append(("LINEABOVE", (0, line), (-1, line), RULE, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


class _LocaleTruth(Truth):
    """The truth record with the printed text of every cell the locale changed."""

    def __init__(self, dossier):
        super().__init__(dossier, "locale")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def render_locale(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _serif()
    st = _styles(fonts)
    running = f"Regio Deal {dossier_name(dossier)} - Project Proposals".replace("  ", " ")
    keys = _column_keys(dossier)

    def once(info):
        truth = _LocaleTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "locale"))
        total = info["total"] or ""

        def furniture(canv, d):
            canv.saveState()
            y = HEIGHT - 1.3 * cm
            canv.setFont(font_for(running, fonts[0]), 8)
            canv.drawString(MARGIN, y, running)
            canv.setFont(fonts[0], 8)
            canv.drawRightString(WIDTH - MARGIN, y, DATE)
            canv.setStrokeColor(colors.HexColor("#999999"))
            canv.setLineWidth(0.4)
            canv.line(MARGIN, y - 3, WIDTH - MARGIN, y - 3)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"Page {canv.getPageNumber()} of {total}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec, tables = truth.content(p), tables_of(pr)
            if p:
                story.append(PageBreak())
            kicker = _small_caps(f"Project {p + 1}:", 10.5, fonts[0])
            story.append(para("", st["kicker"], truth.heading(p), markup=kicker))
            story += [para(pr.title, st["title"], truth.heading(p)), _Rule()]
            story.append(para(pr.theme, st["theme"], rec))

            def table(t, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))

                def raw_of(r, c, shown):
                    key = cols[c] if cols and c < len(cols) else str(c + 1)
                    truth.raw[f"{pr.title}|{k}|{r}|{key}"] = shown

                return [Spacer(0, 6), *_table(t, st, rec, raw_of), Spacer(0, 8)]

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
