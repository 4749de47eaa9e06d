"""One more house style for the layout zoo (see zoo.py), held out: the dossier as Microsoft
Word prints a reviewed document "with markup" (File > Print > Print Markup): the page
shrunk to the left of the sheet and the comment balloons in a markup pane on its right.

- balloons: every printed page is an A4 portrait SHEET (595.28 x 841.89 pt) holding two
          things.
          THE DOCUMENT PAGE, SCALED: an A4 portrait Word page laid out at full size and
          drawn uniformly SCALED BY 0.78 (one transformation of the page's drawing, so its
          text, rules and fills shrink alike), its left edge on the sheet's left edge and
          centred vertically (92.6 pt free above and below it); the page keeps its own
          margins (2.5 cm all round before scaling: its text column runs from 55.3 pt to
          409.0 pt on the sheet). The document: DejaVu Serif (DejaVu Sans for a paragraph
          holding a character the serif lacks), sizes before scaling: body 11pt on 14pt,
          ragged right, 6pt after each paragraph; a list item hangs on the transcription's
          own marker. Page 1 opens with "Regio Deal <name>" (16pt bold) and
          "Projectvoorstellen" (12pt). Each project: its THEME in 10pt italic grey, under it
          its TITLE in 14pt bold; projects flow on (a new page where less than 6 cm is
          left). FIELD LABELS in 11pt bold on a line of their own, the field's paragraphs
          under them; a table inside a field stands in its field where the transcription
          places it. TABLES in 9pt on 11pt in a FULL GRID (0.5pt black lines around every
          cell), 3pt cell padding, cells top-aligned, across the text width; the columns
          sized as Word's AutoFit does, each between its longest word (an amount counted
          whole: the author widened its column so that no amount wraps) and its widest
          unwrapped text: all at their widest, stretched in proportion, where that fits;
          else each its least plus a share of the room left in proportion to what it wants
          beyond that; where even the least does not fit, the columns of words squeezed
          (their words set smaller) and the amounts kept whole, unless that would leave the
          words less than 60% of their least (then all squeezed alike); header lines bold, header cells centred (the table's
          label bold at the left in the corner cell, spanning the header lines; a group
          header "Publiek" merged and centred over its members); row labels at the left, the
          Totaal row bold; amounts (nils too) right-aligned exactly as transcribed, a cell
          holding words at the left. A table breaking over a page repeats its header lines;
          the transcription's own page breaks are not followed. Table footnotes under the
          table in 8pt; the project's notes, each with its mark, at the project's end in
          9pt. A word wider than its column is set smaller to fit. The page's own running
          header ("Regio Deal <name> - projectvoorstellen", 9pt grey, at the top left of its
          text column) and footer ("Pagina N", 9pt, centred under the text column) are part
          of the scaled page. Sheet N holds document page N.
          THE MARKUP PANE: a very light grey (#F2F2F2) band over the whole height of the
          sheet at its right, 28% of the sheet's width (x from 428.6 pt to the sheet's right
          edge; it begins 19.6 pt right of the scaled text column, over the scaled page's
          empty right margin). In it the page's BALLOONS, 151 pt wide (7 pt from the pane's
          left edge, 9 pt from the sheet's edge), rounded boxes (radius 3pt) with a 0.6pt
          border in the reviewer's colour and a faint tint of it as fill, text in DejaVu Sans
          7.5pt on 9pt with 3.5pt padding: the comment's label in bold, "Opmerking [JdV3]:"
          (in about two projects in five the English labels: "Commented [JdV3]:"; numbered
          through the dossier in the order of their places in the text, one or two
          reviewers per project among JdV red, AB blue, MvdB green, SK purple), then its
          text ("Graag onderbouwen
          met offerte.", "Is dit bedrag inclusief btw?", "Cofinanciering provincie nog niet
          bevestigd (zie brief GS 12-3)", now and then with an amount, the commented cell's
          own or an earlier one: "Klopt 1.650.000 hier?", "Was 1.500.000 in de vorige
          versie?"). Two to four comments per project, as far as it has places for them:
          one or two on a body cell holding figures (its whole text), the rest on one to
          four words (letters only, no note mark) of a field's paragraph of eight words or
          more that is no list item (all on cells where the project has no such paragraph,
          all on paragraphs where it has no such cell); the commented words (or cell text) are SHADED in a pale version of the
          reviewer's colour behind the text (from a quarter of the font size under the
          baseline to 0.9 of it above, one shade per line the range runs over). One or two
          FORMATTING balloons per project, grey (#8C8C8C border, white fill): bold
          "Opgemaakt:" then "Lettertype: Vet" (English: "Formatted:" then "Font: Bold"),
          pointing at a field label or at the row label of a Totaal row (no shading). A
          balloon stands level with the line it points at (its first line of text on that
          line: their baselines level), pushed down under the balloon above it (3pt apart) where they would
          overlap, and moved up (with those above it) where it would run off the sheet's
          foot (14pt free at top and foot). A thin (0.5pt) DOTTED line in the balloon's
          colour joins each balloon to its place: from the end of the commented range (or
          label), a quarter of the font size under its baseline, horizontally to the pane's
          left edge (under the rest of that line, across the table's further cells), then
          straight to the balloon's left edge level with its first line of text.
          The mix of comments, their places, texts, reviewers and language are drawn per
          project from a generator seeded with the project's title, so a file is the same
          on every run.

The balloons, shades and dotted lines are no part of the dossier: the truth record is the
plain one (pages, every field and every cell as transcribed, no "raw"). A project runs from
the sheet with its theme and title to the sheet of its last field text, cell or note.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    LIST_ITEM,
    RP,
    Doc,
    Truth,
    build_until_stable,
    content_widths,
    dossier_name,
    is_total,
    meta,
    register_fonts,
)

WIDTH, HEIGHT = A4                     # the sheet, and the document page before scaling
SCALE = 0.78                           # the document page on the sheet
PAGE_X, PAGE_Y = 0.0, (HEIGHT - HEIGHT * SCALE) / 2
PANE_W = 0.28 * WIDTH                  # the markup pane
PANE_X = WIDTH - PANE_W
PANE_FILL = colors.HexColor("#F2F2F2")
BAL_X = PANE_X + 7.0                   # the balloons
BAL_W = WIDTH - 9.0 - BAL_X
BAL_PAD = 3.5
BAL_GAP = 3.0
PANE_MARGIN = 14.0                     # free at the top and foot of the pane

MARGIN = 2.5 * cm                      # the document page's own margins (before scaling)
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
SIZE, LEAD = 11.0, 14.0
TSIZE, TLEAD = 9.0, 11.0
PAD = 3.0
GRID = 0.5

SERIF, SERIF_B, SERIF_I = "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
SANS, SANS_B = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.black
GREY = colors.HexColor("#595959")

# Reviewers: initials, colour of their balloons and lines, pale shade of the commented text.
AUTHORS = [("JdV", "#B01E24", "#F5D3D4"), ("AB", "#1F5FA8", "#D3E2F4"),
           ("MvdB", "#2E7D32", "#D5ECD6"), ("SK", "#7A3E9D", "#E7D8F0")]
FORMAT_INK = colors.HexColor("#8C8C8C")

PROSE_REMARKS = ["Graag onderbouwen met offerte.", "Bron?", "Kan dit concreter?",
                 "Wie is hier de trekker?", "Afstemmen met de provincie.", "Is dit nog actueel?",
                 "Graag SMART formuleren.", "Welke partijen precies? Graag namen noemen.",
                 "Dit staat ook al bij Resultaten.", "Meetbaar maken: welke KPI's?",
                 "Onderbouwing ontbreekt nog.", "Tekst inkorten?",
                 "Zie opmerking ministerie (mail 4-2)."]
CELL_REMARKS = ["Is dit bedrag inclusief btw?", "Graag onderbouwen met offerte.",
                "Cofinanciering provincie nog niet bevestigd (zie brief GS 12-3)",
                "Dekking nog niet rond.", "Bedrag afstemmen met de begroting in bijlage 2.",
                "Toezegging ontbreekt nog.", "Is dit over de hele looptijd?"]
OWN_AMOUNT = ["Klopt {a} hier?", "Is {a} inclusief btw?"]
EARLIER_AMOUNT = ["Was {b} in de vorige versie?", "{a} of {b}? Graag checken."]

_PLAIN_WORD = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'-]{2,}[,.;:]?")
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_NUMERIC = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*¹²³⁴⁵⁶⁷⁸⁹⁰]*")


@dataclass
class Mark:
    """A balloon: a comment (shaded range) or a formatting change (grey)."""
    label: str
    text: str
    ink: colors.Color
    pale: colors.Color | None     # the shade behind the range; None: a formatting change
    fill: colors.Color


# --- fonts ----------------------------------------------------------------------


def _font(text: str, font: str) -> str:
    """`font` if it has every character of `text`, else DejaVu Sans (bold for bold)."""
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is None or all(ord(ch) in face.charToGlyph or ch in "\n\t " for ch in text):
        return font
    return SANS_B if "Bold" in font else SANS


# --- the plan: which marks a project gets ---------------------------------------------


def _earlier(text: str, rng) -> str | None:
    """An earlier amount for a cell written with thousands dots ("1.650.000" -> "1.500.000")."""
    m = _DOTTED.search(text)
    if not m:
        return None
    v = int(m.group(0).replace(".", ""))
    step = 10 ** max(3, len(str(v)) - 2)
    old = v + rng.choice([-3, -2, -1, 1, 2, 3]) * step
    if old <= 0:
        old = v + step
    return f"{old:,}".replace(",", ".")


def _tint(hexval: str, share: float) -> colors.Color:
    c = colors.HexColor(hexval)
    return colors.Color(1 - (1 - c.red) * share, 1 - (1 - c.green) * share, 1 - (1 - c.blue) * share)


def _plans(dossier: source.Dossier) -> list[dict]:
    """Per project: anchor key -> [(Mark, first word, end word)] (word indexes into the
    paragraph's or cell's text split on white space). Keys: ("p", row, item) a field's
    paragraph, ("l", row) a field's label, ("c", table number, body row, column) a cell."""
    plans = []
    number = 0
    for pr in dossier.projects:
        rng = random.Random(zlib.crc32(f"balloons|{pr.title}".encode()))
        english = rng.random() < 0.4
        authors = rng.sample(range(len(AUTHORS)), rng.choice([1, 2, 2]))
        note_marks = {n.mark for n in pr.notes}
        prose: list[tuple] = []
        labels: list[tuple] = []
        cells: list[tuple] = []
        totals: list[tuple] = []
        k = 0
        for r, row in enumerate(pr.rows):
            items = [(None, row)] if isinstance(row, source.Table) else list(enumerate(row.content))
            if isinstance(row, source.Field):
                labels.append(((r, -1, -1, -1, 0), ("l", r), len(row.label.split())))
            for i, item in items:
                if isinstance(item, source.Table):
                    for b, body in enumerate(item.rows):
                        pos = (r, -1 if i is None else i, b, 0)
                        if is_total(body[0]) and body[0].split():
                            totals.append(((*pos, 0), ("c", k, b, 0), len(body[0].split())))
                        for c, text in enumerate(body[1:], start=1):
                            if re.search(r"\d", text):
                                cells.append(((r, pos[1], b, c, 0), ("c", k, b, c), text))
                    k += 1
                    continue
                if LIST_ITEM.match(item):
                    continue
                words = item.split()
                if len(words) < 8:
                    continue
                starts = []
                for s in range(len(words)):
                    for n in (4, 3, 2, 1):
                        run = words[s:s + n]
                        if len(run) == n and all(_PLAIN_WORD.fullmatch(w) and not any(
                                m in w for m in note_marks) for w in run):
                            starts.append((s, n))
                            break
                if starts:
                    prose.append((r, i, starts))
        count = rng.choice([2, 3, 3, 4])
        n_cells = min(len(cells), rng.choice([1, 1, 2]) if prose else count)
        n_prose = min(len(prose), count - n_cells)
        chosen: list[tuple] = []  # (position, key, first word, end word, kind, text)
        for pos, key, text in rng.sample(cells, n_cells):
            remarks = list(CELL_REMARKS)
            if rng.random() < 0.45:
                own, old = text.strip().rstrip("*¹²³").strip(), _earlier(text, rng)
                remarks = [t.format(a=own) for t in OWN_AMOUNT] + (
                    [t.format(a=own, b=old) for t in EARLIER_AMOUNT] if old else [])
            chosen.append((pos, key, 0, len(text.split()), "c", rng.choice(remarks)))
        for r, i, starts in rng.sample(prose, n_prose):
            s, n = rng.choice(starts[: max(1, len(starts) * 2 // 3)])
            n = rng.randint(1, n)
            chosen.append(((r, i, -1, -1, s), ("p", r, i), s, s + n, "c", rng.choice(PROSE_REMARKS)))
        formats = labels + totals
        for pos, key, n in rng.sample(formats, min(len(formats), rng.choice([1, 1, 2]))):
            chosen.append((pos, key, 0, n, "f", ""))
        plan: dict = {}
        for _pos, key, a, b, kind, text in sorted(chosen, key=lambda c: c[0]):
            if kind == "f":
                mark = Mark("Formatted:" if english else "Opgemaakt:",
                            "Font: Bold" if english else "Lettertype: Vet",
                            FORMAT_INK, None, colors.white)
            else:
                number += 1
                initials, ink, pale = AUTHORS[rng.choice(authors)]
                word = "Commented" if english else "Opmerking"
                mark = Mark(f"{word} [{initials}{number}]:", text, colors.HexColor(ink),
                            colors.HexColor(pale), _tint(pale, 0.35))
            plan.setdefault(key, []).append((mark, a, b))
        plans.append(plan)
    return plans


# --- drawing the marks --------------------------------------------------------------


class _Pane:
    """The markup pane of the page being drawn: the balloons and their dotted lines, drawn
    in sheet coordinates at the page's end."""

    def __init__(self):
        # (mark, anchor x, y of the dotted line there, baseline of the anchored line)
        self.items: list[tuple[Mark, float, float, float]] = []
        self.style = ParagraphStyle("bl-balloon", fontName=SANS, fontSize=7.5, leading=9,
                                    textColor=INK)

    def add(self, mark: Mark, x: float, y: float, base: float) -> None:
        self.items.append((mark, x, y, base))

    def draw(self, canv) -> None:
        boxes = []
        bottom = HEIGHT - PANE_MARGIN
        size = self.style.fontSize
        for mark, ax, ay, base in sorted(self.items, key=lambda it: (-it[2], it[1])):
            body = (f'<font name="{SANS_B}">{escape(mark.label)}</font> '
                    f'<font name="{_font(mark.text, SANS)}">{escape(mark.text)}</font>')
            p = Paragraph(body, self.style)
            _, h = p.wrap(BAL_W - 2 * BAL_PAD, 1e6)
            h += 2 * BAL_PAD
            top = min(base + BAL_PAD + size, bottom)  # its first line level with the anchor's
            boxes.append([mark, ax, ay, base, p, top, h])
            bottom = top - h - BAL_GAP
        floor = PANE_MARGIN  # balloons run off the foot: move them up, those above them too
        for j in range(len(boxes) - 1, -1, -1):
            b = boxes[j]
            if b[5] - b[6] < floor:
                b[5] = floor + b[6]
            floor = b[5] + BAL_GAP
        canv.saveState()
        for mark, ax, ay, base, p, top, h in boxes:
            canv.setLineWidth(0.6)
            canv.setDash()
            canv.setStrokeColor(mark.ink)
            canv.setFillColor(mark.fill)
            canv.roundRect(BAL_X, top - h, BAL_W, h, 3, stroke=1, fill=1)
            p.drawOn(canv, BAL_X + BAL_PAD, top - h + BAL_PAD)
            canv.setLineWidth(0.5)
            canv.setDash(1, 1.5)
            path = canv.beginPath()
            path.moveTo(ax, ay)
            path.lineTo(PANE_X, ay)
            path.lineTo(BAL_X, top - BAL_PAD - size - (base - ay))  # level: one straight line
            canv.drawPath(path, stroke=1, fill=0)
        canv.restoreState()
        self.items = []


class _Marked(RP):
    """A paragraph (or a cell's text) carrying marks over ranges of its words: the comments'
    ranges shaded behind the text, each mark's anchor handed to the pane."""

    _marks: tuple = ()      # (Mark, first word, end word) over the whole paragraph's words
    _pane: _Pane | None = None
    _first = 0              # this part's first word in the whole paragraph

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        first = self._first
        for j, q in enumerate(parts):
            q._marks, q._pane, q._first = self._marks, self._pane, first
            if j < len(parts) - 1:
                q.wrap(availWidth, 1e6)
                first += sum(len(line[1]) for line in q.blPara.lines) if q.blPara.kind == 0 else 0
        return parts

    def _segments(self):
        """(mark, [(x0, x1, baseline)], ends here) for each mark with words in this part."""
        bl = getattr(self, "blPara", None)
        if bl is None or not self._marks:
            return []
        st = self.style
        font, size = st.fontName, st.fontSize
        space = stringWidth(" ", font, size)
        out = []
        for mark, a, b in self._marks:
            segs, ends, g = [], False, self._first
            for i, line in enumerate(bl.lines):
                if bl.kind == 0:
                    extra, words = line[0], list(line[1])
                else:
                    extra, words = line.extraSpace, [getattr(f, "text", "") for f in line.words]
                base = self.height - size - i * st.leading
                lo, hi = max(a, g), min(b, g + len(words))
                if lo < hi:
                    offset = st.leftIndent + (st.firstLineIndent if i == 0 and not self._first else 0)
                    if st.alignment == TA_RIGHT:
                        offset += extra
                    elif st.alignment == TA_CENTER:
                        offset += extra / 2
                    j0, j1 = lo - g, hi - g
                    x0 = offset + (stringWidth(" ".join(words[:j0]), font, size) + space if j0 else 0)
                    x1 = offset + stringWidth(" ".join(words[:j1]), font, size)
                    segs.append((x0, x1, base))
                    ends = ends or hi == b
                g += len(words)
            if segs:
                out.append((mark, segs, ends))
        return out

    def drawOn(self, canv, x, y, _sW=0):
        segments = self._segments()
        size = self.style.fontSize
        if segments:
            canv.saveState()
            for mark, segs, _ in segments:
                if mark.pale is not None:
                    canv.setFillColor(mark.pale)
                    for x0, x1, base in segs:
                        canv.rect(x + x0 - 0.5, y + base - 0.25 * size, x1 - x0 + 1, 1.15 * size,
                                  stroke=0, fill=1)
            canv.restoreState()
        a, b, c, d, e, f = canv._currentMatrix
        super().drawOn(canv, x, y, _sW)
        for mark, segs, ends in segments:
            if ends and self._pane is not None:
                x1, base = segs[-1][1], segs[-1][2]
                px, py, pb = x + x1 + 0.5, y + base - 0.25 * size, y + base
                self._pane.add(mark, a * px + c * py + e, b * px + d * py + f,
                               b * px + d * pb + f)


def _mpara(text: str, style: ParagraphStyle, rec, marks=(), pane=None) -> RP:
    """A recorded plain paragraph, in a font that has all its characters; with marks over
    its words where it has any."""
    font = _font(text, style.fontName)
    st = style if font == style.fontName else ParagraphStyle(f"{style.name}-{font}", style,
                                                             fontName=font)
    p = (_Marked if marks else RP)(escape(text), st)
    p._text, p._base, p._rec = text, st, rec
    if marks:
        p._marks, p._pane = tuple(marks), pane
    return p


def _field_para(text: str, st, rec, marks=(), pane=None) -> RP:
    m = LIST_ITEM.match(text)
    if m is None:
        return _mpara(text, st["body"], rec, marks, pane)
    base = st["item"]
    font = _font(text, base.fontName)
    if font != base.fontName:
        base = ParagraphStyle(f"{base.name}-{font}", base, fontName=font, bulletFontName=font)
    p = RP(f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}", base)
    p._rec = rec
    return p


# --- the document ---------------------------------------------------------------


def _styles() -> dict:
    def st(name, font=SERIF, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"bl-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "doc": st("doc", SERIF_B, 16, 20, spaceAfter=2),
        "doc2": st("doc2", SERIF, 12, 15, spaceAfter=6),
        "theme": st("theme", SERIF_I, 10, 13, textColor=GREY, spaceBefore=16, spaceAfter=1,
                    keepWithNext=1),
        "title": st("title", SERIF_B, 14, 18, spaceAfter=8, keepWithNext=1),
        "label": st("label", SERIF_B, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", spaceAfter=4, leftIndent=18, bulletIndent=4, bulletFontName=SERIF),
        "note": st("note", SERIF, 9, 11, leftIndent=10, firstLineIndent=-10, spaceAfter=2),
        "note_more": st("notem", SERIF, 9, 11, leftIndent=10, spaceAfter=2),
        "tfoot": st("tf", SERIF, 8, 10, spaceBefore=3),
        "tcorner": st("tc", SERIF_B, TSIZE, TLEAD),
        "thead": st("th", SERIF_B, TSIZE, TLEAD, alignment=TA_CENTER),
        "tlabel": st("tl", SERIF, TSIZE, TLEAD),
        "tlabel_b": st("tlb", SERIF_B, TSIZE, TLEAD),
        "tamount": st("ta", SERIF, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tamount_b": st("tab", SERIF_B, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ttext": st("tt", SERIF, TSIZE, TLEAD, alignment=TA_LEFT),
        "ttext_b": st("ttb", SERIF_B, TSIZE, TLEAD, alignment=TA_LEFT),
    }


def _widths(t: source.Table, st) -> list[float]:
    """Word's AutoFit: each column between its longest word (an amount kept whole: the
    author widened its column so that no amount wraps) and its widest unwrapped text,
    stretched (or squeezed) to the text width in proportion."""
    n = t.columns
    extra = 2 * PAD + 1
    cells = [(0, 1, t.label, st["tcorner"])]
    cells += [(h.column, h.columns, h.text, st["thead"]) for h in t.header_cells()]
    whole = [0.0] * (n + 1)
    for body in t.rows:
        bold = "_b" if is_total(body[0]) else ""
        cells.append((0, 1, body[0], st["tlabel" + bold]))
        for c, text in enumerate(body[1:], start=1):
            style = st["tamount" + bold]
            if _NUMERIC.fullmatch(text.strip()):
                font = _font(text, style.fontName)
                whole[c] = max(whole[c], stringWidth(text.strip(), font, style.fontSize) + extra)
            else:
                cells.append((c, 1, text, style))
    lo, hi = content_widths(cells, n + 1, extra)
    lo = [max(a, w) for a, w in zip(lo, whole)]
    hi = [max(a, w) for a, w in zip(hi, lo)]
    if sum(hi) <= FW:
        return [w * FW / sum(hi) for w in hi]
    if sum(lo) >= FW:  # the words give way first (set smaller), the amounts only if need be
        fixed = [c > 0 and whole[c] > 0 and w == whole[c] for c, w in enumerate(lo)]
        kept = sum(w for w, f in zip(lo, fixed) if f)
        rest = sum(lo) - kept
        if rest and FW - kept >= 0.6 * rest:
            return [w if f else w * (FW - kept) / rest for w, f in zip(lo, fixed)]
        return [w * FW / sum(lo) for w in lo]
    share = (FW - sum(lo)) / (sum(hi) - sum(lo))
    return [a + (b - a) * share for a, b in zip(lo, hi)]


def _table(t: source.Table, k: int, st, rec, plan, pane) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), GRID, INK),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    rows[0][0] = _mpara(t.label, st["tcorner"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _mpara(h.text, st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for b, body in enumerate(t.rows):
        bold = "_b" if is_total(body[0]) else ""
        cells = list(body) + [""] * (n + 1 - len(body))
        row = [_mpara(cells[0], st["tlabel" + bold], rec, plan.get(("c", k, b, 0), ()), pane)]
        for c, text in enumerate(cells[1:], start=1):
            kind = "tamount" if _NUMERIC.fullmatch(text.strip()) else "ttext"
            row.append(_mpara(text, st[kind + bold], rec, plan.get(("c", k, b, c), ()), pane))
        rows.append(row)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    table = Table(rows, colWidths=_widths(t, st), repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out: list = [Spacer(0, 3), table]
    out += [_mpara(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 9)]


def render_balloons(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name} - projectvoorstellen".replace("  ", " ")
    plans = _plans(dossier)

    def once(info):
        truth = Truth(dossier, "balloons")
        pane = _Pane()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "balloons"))

        def on_page(canv, d):
            canv.saveState()  # the sheet: the markup pane under everything
            canv.setFillColor(PANE_FILL)
            canv.rect(PANE_X, 0, PANE_W, HEIGHT, stroke=0, fill=1)
            canv.restoreState()
            canv.saveState()  # the document page, scaled: restored at the page's end
            canv.translate(PAGE_X, PAGE_Y)
            canv.scale(SCALE, SCALE)
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(_font(running, SERIF), 9)
            canv.drawString(MARGIN, HEIGHT - 1.5 * cm, running)
            canv.setFillColor(INK)
            canv.setFont(SERIF, 9)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        def on_page_end(canv, d):
            canv.restoreState()
            pane.draw(canv)

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=on_page_end)])
        story: list = [_mpara(f"Regio Deal {name}".strip(), st["doc"], None),
                       _mpara("Projectvoorstellen", st["doc2"], None)]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            plan = plans[p]
            story.append(CondPageBreak(6 * cm))
            story.append(_mpara(pr.theme, st["theme"], truth.heading(p)))
            story.append(_mpara(pr.title, st["title"], truth.heading(p)))
            k = 0
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, k, st, rec, plan, pane)
                    k += 1
                    continue
                story.append(_mpara(row.label, st["label"], rec, plan.get(("l", r), ()), pane))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, k, st, rec, plan, pane)
                        k += 1
                    else:
                        story.append(_field_para(item, st, rec, plan.get(("p", r, i), ()), pane))
            if pr.notes:
                story.append(Spacer(0, 6))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(_mpara(f"{note.mark} {text}" if j == 0 else text,
                                            st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
