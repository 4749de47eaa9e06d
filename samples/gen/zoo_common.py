"""Shared pieces of the layout zoo (see zoo.py): fonts, recorded paragraphs, the
truth record, page footnotes and the build-until-stable loop."""

from __future__ import annotations

import csv
import math
import re
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont, TTFontFace
from reportlab.platypus import BaseDocTemplate, Paragraph, Spacer

from . import source

ROOT = Path(__file__).resolve().parents[2]
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
_TTF = {
    "DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "DejaVuSerif": "DejaVuSerif.ttf", "DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "DejaVuSerif-Italic": "DejaVuSerif-Italic.ttf",
    "DejaVuSansMono": "DejaVuSansMono.ttf", "DejaVuSansMono-Bold": "DejaVuSansMono-Bold.ttf",
    "DejaVuSansCondensed": "DejaVuSansCondensed.ttf",
    "DejaVuSansCondensed-Bold": "DejaVuSansCondensed-Bold.ttf",
}
# Fonts that lack characters the texts use (a superscript 4, a bullet "●", a subscript 2)
# and the TrueType font that stands in for them: the built-in (Type 1, WinAnsi) fonts, and
# Liberation Sans Narrow (registered as "CnSans" by the consultancy style).
FALLBACK = {"Helvetica": "DejaVuSans", "Helvetica-Bold": "DejaVuSans-Bold",
            "Times-Roman": "DejaVuSerif", "Times-Bold": "DejaVuSerif-Bold",
            "Times-Italic": "DejaVuSerif-Italic",
            "CnSans": "DejaVuSansCondensed", "CnSans-Bold": "DejaVuSansCondensed-Bold"}


def register_fonts() -> None:
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _TTF.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("DejaVuSansMono", normal="DejaVuSansMono",
                                  bold="DejaVuSansMono-Bold", italic="DejaVuSansMono",
                                  boldItalic="DejaVuSansMono-Bold")
    pdfmetrics.registerFontFamily("DejaVuSerif", normal="DejaVuSerif", bold="DejaVuSerif-Bold",
                                  italic="DejaVuSerif-Italic", boldItalic="DejaVuSerif-Bold")


def font_for(text: str, font: str) -> str:
    """`font` if it can show every character of `text`, else its TrueType stand-in."""
    if font not in FALLBACK:
        return font
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if isinstance(face, TTFontFace):
        return font if all(ord(ch) in face.charToGlyph for ch in text) else FALLBACK[font]
    try:
        text.encode("cp1252")
        return font
    except UnicodeEncodeError:
        return FALLBACK[font]


def dossier_name(dossier: source.Dossier) -> str:
    """A display name derived from the transcription's folder ("twente" -> "Twente")."""
    name = Path(dossier.source).parent.name if dossier.source else ""
    words = name.replace("_", " ").replace("-", " ").split()
    if len(words) > 1 and words[0].lower() in ("regio", "regiodeal"):
        words = words[1:]  # "regio-zeeland": the running header already says "Regio Deal"
    return " ".join(w.capitalize() for w in words)


def cell_list(dossier: source.Dossier) -> list[dict[str, str]]:
    """Every table cell of the dossier as its cell list gives it (project, table, row, column,
    raw, ...; tests/zoo.py scores the renderings against it): cells.csv beside its dossier.json
    where there is one (a generated dossier's, random_dossier.py), else the hand-written
    tests/golden/<folder>_cells.csv; [] where there is neither."""
    if not dossier.source:
        return []
    folder = Path(dossier.source).parent
    for path in (folder / "cells.csv", ROOT / "tests" / "golden" / f"{folder.name}_cells.csv"):
        if path.is_file():
            with open(path, encoding="utf-8", newline="") as fh:
                return list(csv.DictReader(fh))
    return []


def cell_values(dossier: source.Dossier) -> dict[tuple[str, int, int, str], Decimal | None]:
    """(project title, table, row, column) -> the value the dossier's cell list (cell_list) gives
    the cell; None where it holds no amount."""
    return {(g["project"], int(g["table"]), int(g["row"]), g["column"]): Decimal(g["value"]) if g["value"] else None
            for g in cell_list(dossier)}


# The cell lists' column keys of the sources that fund a project.
SOURCE_KEYS = frozenset({"rijk", "provincie", "gemeente", "overig_publiek", "onderwijs", "privaat", "regio",
                         "publiek_1", "publiek_2"})


def is_funding(keys: list[str] | None) -> bool:
    """A funding table, by its columns' keys in the cell list: a Totaal and a source at least."""
    return bool(keys) and "totaal" in keys and any(k in SOURCE_KEYS for k in keys)


def decimal_comma(v: Decimal, most: int = 3) -> str | None:
    """`v` written with a decimal comma and as few decimals as are exact ("1,65"); None where it
    needs more than `most`."""
    for d in range(most + 1):
        q = v.quantize(Decimal(1).scaleb(-d))
        if q == v:
            return f"{q:.{d}f}".replace(".", ",")
    return None


def is_total(label: str) -> bool:
    return label.strip().lower().startswith(("totaal", "total"))


class Truth:
    """Pages on which each project's heading and its last content were drawn; and, for a
    house that writes amounts otherwise than the transcription ("€ 2.000.000"), how."""

    def __init__(self, dossier: source.Dossier, style: str, amount_format: str | None = None):
        self.dossier, self.style, self.amount_format = dossier, style, amount_format
        self.first: dict[int, int] = {}
        self.last: dict[int, int] = {}
        self.pages = 0

    def hit(self, p: int, page: int) -> None:
        self.last[p] = max(self.last.get(p, 0), page)

    def heading(self, p: int):
        def rec(page):
            self.first.setdefault(p, page)
            self.hit(p, page)
        return rec

    def content(self, p: int):
        return lambda page: self.hit(p, page)

    def record(self) -> dict:
        return {"style": self.style, "pages": self.pages,
                **({"amount_format": self.amount_format} if self.amount_format else {}),
                "projects": [{"title": pr.title, "first_page": self.first.get(i),
                              "last_page": self.last.get(i)}
                             for i, pr in enumerate(self.dossier.projects)]}


def tables_of(pr: source.Project) -> list[source.Table]:
    """The project's tables in the transcription's order (the golden cells' numbering), those
    inside a field's text too."""
    return [t for row in pr.rows
            for t in ([row] if isinstance(row, source.Table) else [c for c in row.content if isinstance(c, source.Table)])]


class RP(Paragraph):
    """A paragraph that reports the page it is drawn on (its parts too, once split).

    Plain text (not markup) paragraphs shrink their type where a single word is wider
    than the column, so no word is cut or runs into the next column. A paragraph can
    carry page footnotes (`_notes`): see FootnoteSupport."""

    _rec = None
    _text = None
    _notes: tuple = ()
    _foot = None

    def wrap(self, availWidth, availHeight):
        if self._text is not None:
            base = self._base
            widest = max((stringWidth(w, base.fontName, base.fontSize)
                          for w in self._text.split()), default=0)
            size = base.fontSize
            if widest > availWidth:
                size = max(4.5, math.floor(base.fontSize * (availWidth - 1) / widest * 10) / 10)
            if size != self.style.fontSize:
                style = ParagraphStyle(f"{base.name}-{size}", base, fontSize=size,
                                       leading=base.leading * size / base.fontSize)
                Paragraph.__init__(self, escape(self._text), style)
        w, h = super().wrap(availWidth, availHeight)
        if self._notes:
            nh = self._foot.height(self._notes, availWidth)
            if h + nh > availHeight:
                return w, h + nh  # does not fit with its notes: the frame will split it
        return w, h

    def split(self, availWidth, availHeight):
        notes = self._notes
        nh = self._foot.height(notes, availWidth) if notes else 0
        if notes and availHeight - nh <= 0:
            return []
        parts = super().split(availWidth, availHeight - nh)
        for q in parts:
            q._rec, q._foot, q._notes = self._rec, self._foot, ()
        if notes and parts:
            remaining = list(notes)
            for q in parts[:-1]:
                q.wrap(availWidth, 1e6)
                words = _words(q)
                q._notes = tuple(n for n in remaining if any(n.mark in w for w in words))
                remaining = [n for n in remaining if n not in q._notes]
            parts[-1]._notes = tuple(remaining)
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self._notes:
            self._foot.place(self._notes, self._frame, canv)
        if self._rec:
            self._rec(canv.getPageNumber())


def _words(p: Paragraph) -> list[str]:
    bl = getattr(p, "blPara", None)
    if bl is None:
        return []
    if bl.kind == 0:
        return [w for line in bl.lines for w in line[1]]
    return [getattr(f, "text", "") for line in bl.lines for f in line.words]


def para(text: str, style: ParagraphStyle, rec=None, markup: str | None = None) -> RP:
    if markup is None:
        st = style
        fb = font_for(text, style.fontName)
        if fb != style.fontName:
            st = ParagraphStyle(f"{style.name}-{fb}", style, fontName=fb)
        p = RP(escape(text), st)
        p._text, p._base = text, st
    else:
        p = RP(markup, style)
    p._rec = rec
    return p



# A list item as the transcription writes it: its own marker ("•", "1.", "(a)"), then its text.
LIST_ITEM = re.compile(r"^(•|●|○|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+(.*)$", re.S)


def field_para(text: str, body: ParagraphStyle, item: ParagraphStyle, rec) -> RP:
    """A field's paragraph: a list item hanging on its own marker, else body text; set in a
    font that has every character of it."""
    m = LIST_ITEM.match(text)
    base = item if m else body
    font = font_for(text, base.fontName)
    if font != base.fontName:
        base = ParagraphStyle(f"{base.name}-{font}", base, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, base, rec)
    return para("", base, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")

class FootnoteSupport:
    """Page footnotes: a paragraph holding a mark reserves room at the foot of its
    frame when drawn; the notes are drawn there at the end of the page."""

    GAP = 10  # room for the short rule above the notes

    def __init__(self, style: ParagraphStyle, rec_for, rule_width: float = 120):
        self.style = style
        self.rec_for = rec_for  # note -> recorder
        self.rule_width = rule_width
        self.pending: list[tuple] = []  # (note, x, width)
        self.bottom = None

    def _paras(self, note, width):
        texts = note.text or ("",)
        out = []
        for k, t in enumerate(texts):
            text = f"{note.mark} {t}" if k == 0 else t
            p = para(text, self.style if k == 0 else ParagraphStyle(
                f"{self.style.name}-more", self.style, firstLineIndent=0), self.rec_for(note))
            out.append(p)
        return out

    def height(self, notes, width) -> float:
        h = self.GAP
        for n in notes:
            for p in self._paras(n, width):
                h += p.wrap(width, 1e6)[1] + self.style.spaceAfter
        return h

    def place(self, notes, frame, canv) -> None:
        width = frame._getAvailableWidth()
        if not self.pending:
            self.bottom = frame._y1p
        frame._y1p += self.height(notes, width)
        self.pending.extend((n, frame._x1 + frame._leftPadding, width) for n in notes)

    def draw(self, canv) -> None:
        """Draw the notes placed on this page, bottom-aligned above the frame foot."""
        if not self.pending:
            return
        items = []
        for note, x, width in self.pending:
            for p in self._paras(note, width):
                items.append((p, x, p.wrap(width, 1e6)[1]))
        total = sum(h + self.style.spaceAfter for _, _, h in items)
        y = self.bottom + total
        x0 = items[0][1]
        canv.saveState()
        canv.setLineWidth(0.5)
        canv.line(x0, y + 4, x0 + self.rule_width, y + 4)
        canv.restoreState()
        for p, x, h in items:
            y -= h
            p.drawOn(canv, x, y)
            y -= self.style.spaceAfter
        self.pending = []


def notes_at_end(pr: source.Project, rec, style: ParagraphStyle, more: ParagraphStyle | None = None,
                 space: float = 6) -> list:
    """A project's notes after its last field, ``space`` under it: each note's mark before its
    first paragraph (in ``style``), its further paragraphs under it (in ``more``, else the same)."""
    if not pr.notes:
        return []
    out: list = [Spacer(0, space)] if space else []
    for note in pr.notes:
        out += [para(f"{note.mark} {text}" if j == 0 else text, style if j == 0 else more or style, rec)
                for j, text in enumerate(note.text or ("",))]
    return out


class Doc(BaseDocTemplate):
    """Counts pages and restores frame feet that page footnotes raised."""

    def __init__(self, filename, truth: Truth, **kw):
        super().__init__(filename, invariant=1, **kw)
        self.truth = truth

    def beforePage(self):
        for f in self.pageTemplate.frames:
            f._geom()
        self.truth.pages = max(self.truth.pages, self.canv.getPageNumber())


def build_until_stable(render_once, max_passes: int = 5) -> dict:
    """Render with the page numbers of the previous pass (TOC entries, "van M")
    until they no longer change; the last pass's file is the one kept."""
    info: dict = {"starts": {}, "total": 0}
    truth = None
    for _ in range(max_passes):
        truth = render_once(info)
        new = {"starts": dict(truth.first), "total": truth.pages}
        if new == info:
            break
        info = new
    return truth.record()

def meta(dossier, style):
    name = dossier_name(dossier)
    return dict(title=f"Regio Deal {name} - projecten".replace("  ", " "),
                author=f"Regio {name}".strip(), subject="Bijlage projectvoorstellen",
                creator=f"samples.gen (zoo: {style})")


def page_of(info, p):
    return str(info["starts"].get(p, 0) or "")


def has_mark(text: str, mark: str) -> bool:
    start = 0
    while (i := text.find(mark, start)) >= 0:
        if not (i > 0 and text[i - 1] in "mc" and mark in "²³"):
            return True
        start = i + 1
    return False


def text_widths(text: str, style) -> tuple[float, float]:
    """(longest word, whole text on one line) in the style's font (its stand-in if need be)."""
    font = font_for(text, style.fontName)
    words = text.split()
    widest = max((stringWidth(w, font, style.fontSize) for w in words), default=0.0)
    return widest, stringWidth(" ".join(words), font, style.fontSize)


def content_widths(cells, n: int, extra: float) -> tuple[list[float], list[float]]:
    """What each of `n` columns wants, as a word processor's or a browser's auto layout
    measures it: (its longest word, its widest unwrapped text), each plus `extra` (padding
    and borders). `cells` are (first column, columns spanned, text, style); a spanning cell
    wider than its columns widens them alike."""
    lo, hi = [0.0] * n, [0.0] * n
    for c, span, text, style in cells:
        if span == 1:
            a, b = text_widths(text, style)
            lo[c], hi[c] = max(lo[c], a + extra), max(hi[c], b + extra)
    for c, span, text, style in cells:
        if span > 1:
            a, b = text_widths(text, style)
            for want, have in ((lo, a + extra), (hi, b + extra)):
                short = have - sum(want[c:c + span])
                if short > 0:
                    for k in range(c, c + span):
                        want[k] += short / span
    return lo, [max(h, low) for h, low in zip(hi, lo)]


def auto_widths(cells, n: int, width: float, extra: float) -> list[float]:
    """Auto layout (see content_widths): each column its widest unwrapped text where the
    table fits `width`; else its longest word plus a share of the rest in proportion to
    what it wants beyond that; the longest words squeezed where even they do not fit."""
    lo, hi = content_widths(cells, n, extra)
    if sum(hi) <= width:
        return hi
    if sum(lo) >= width:
        return [w * width / sum(lo) for w in lo]
    share = (width - sum(lo)) / (sum(hi) - sum(lo))
    return [low + (h - low) * share for low, h in zip(lo, hi)]
