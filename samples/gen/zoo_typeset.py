"""One more house style for the layout zoo (see zoo.py): a professionally typeset report.

- typeset: the look of an InDesign or LaTeX report. A4 with generous mirrored margins (the
           wider margin outside); a serif body (Liberation Serif, else DejaVu Serif) at 10pt,
           justified, hyphenated at line ends (soft hyphens at syllable-like points of words
           of ten letters or more), "fi" and "fl" set as the ligatures U+FB01 and U+FB02; a
           field's first paragraph flush left, its later ones indented, no space between.
           Field labels as letter-spaced capitals ("O P G A V E": 8pt, 2.5pt apart) in
           brick red on a line of their own. Each project opens a new page: the theme as a
           letter-spaced small-caps line, the title in 22pt italic spaced 0.5pt, a short
           rule. Running header on every page but a project's first: the title (italic)
           left and the theme right in 7.5pt over a hairline; the folio at the outer foot
           corner (right on odd pages, left on even ones). Investment tables in booktabs
           style: a thick rule above the header and under the last row, a thin one under
           the header, a thin rule under just the columns a group header ("Publiek") spans,
           no vertical rules or fills, the table label over the first column, amounts right
           aligned in the serif's tabular figures, the Totaal row bold; a table moves to the
           next page whole where it does not fit, its footnotes in 8pt under it. A table
           inside a field stands in the field's text in the same style. Project notes as
           page footnotes under a short rule. A contents page ("Inhoud") with the themes in
           spaced small capitals and leader dots to the page numbers.
"""

from __future__ import annotations

import re
from itertools import groupby
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (CondPageBreak, Flowable, Frame, KeepTogether, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _TocLine
from .zoo_common import (build_until_stable, Doc, FootnoteSupport, meta, page_of, para,
                         register_fonts, Truth)
from .zoo_forms import _Enter, _SlideState

WIDTH, HEIGHT = A4

INK = colors.HexColor("#1C1C1C")
ACCENT = colors.HexColor("#8E2B1C")   # labels, themes
MUTED = colors.HexColor("#555555")    # running header, folio

_LIBERATION = Path("/usr/share/fonts/truetype/liberation2")
_SERIF = {"TsSerif": "LiberationSerif-Regular.ttf", "TsSerif-Bold": "LiberationSerif-Bold.ttf",
          "TsSerif-Italic": "LiberationSerif-Italic.ttf",
          "TsSerif-BoldItalic": "LiberationSerif-BoldItalic.ttf"}
_STAND_IN = {"TsSerif": "DejaVuSerif", "TsSerif-Bold": "DejaVuSerif-Bold",
             "TsSerif-Italic": "DejaVuSerif-Italic", "TsSerif-BoldItalic": "DejaVuSerif-Bold"}


def _fonts() -> dict[str, str]:
    """The serif faces: Liberation Serif (Times metrics, ligature glyphs, tabular
    figures) where installed, else the DejaVu Serif faces zoo_common registers."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f in _SERIF.values()):
        return dict(_STAND_IN)
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in _SERIF.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
    pdfmetrics.registerFontFamily("TsSerif", normal="TsSerif", bold="TsSerif-Bold",
                                  italic="TsSerif-Italic", boldItalic="TsSerif-BoldItalic")
    return {k: k for k in _SERIF}


# --- hyphenation and ligatures ------------------------------------------------------

SHY = "\u00ad"
_VOWELS = set("aeiouyáàâäéèêëíìîïóòôöúùûü")
# Consonant pairs that begin a Dutch syllable: they go to the next line together.
_ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kn", "kr", "pl", "pr", "tr",
           "vl", "vr", "wr", "ch", "sch", "schr"}
# Prefixes a word breaks after ("ont-wikkeling", "uit-voering", "aan-sluiten").
_PREFIXES = ("achter", "samen", "terug", "tegen", "onder", "over", "voor", "door", "aan",
             "ont", "uit", "toe", "her", "ver")
_WORD = re.compile(r"^([(\[\"'‘“]*)([^\W\d_]+)([)\]\"'’”.,;:!?]*)$")


def _break_points(word: str) -> list[int]:
    """Syllable-like break points of `word` (letters only): between two vowel groups a
    single consonant goes to the next syllable; of a cluster the last consonant, or the
    last two or three where they begin a Dutch syllable ("pro-gram-ma", "cen-trum",
    "ver-schil"); "ij" is a vowel. At least two letters stay before the first break and
    three after the last."""
    w = word.lower()
    vowel = [c in _VOWELS or (c == "j" and i > 0 and w[i - 1] == "i") for i, c in enumerate(w)]
    groups = []  # (start, end) of the vowel groups
    i = 0
    while i < len(w):
        if vowel[i]:
            j = i
            while j < len(w) and vowel[j]:
                j += 1
            groups.append((i, j))
            i = j
        else:
            i += 1
    points = []
    for (_, a), (b, _) in zip(groups, groups[1:]):
        k = b - a  # consonants between the two vowel groups
        if k <= 0:
            continue
        cut = b - 1
        for n in (4, 3, 2):
            if k >= n and w[b - n:b] in _ONSETS:
                cut = b - n
                break
        if k >= 2 and w[cut - 1:cut + 1] == "ch" and cut - 1 > a:
            cut -= 1  # never split "ch"
        if 2 <= cut <= len(w) - 3:
            points.append(cut)
    for prefix in _PREFIXES:  # "aan-sluiten", not "aans-luiten"
        n = len(prefix)
        if w.startswith(prefix) and len(w) - n >= 5:
            points = sorted({q for q in points if abs(q - n) > 1} | {n})
            break
    return points


def hyphenate(text: str, min_letters: int = 10) -> str:
    """Soft hyphens (U+00AD) at the break points of every plain word of at least
    `min_letters` letters (punctuation around it allowed; words with digits, hyphens,
    slashes or dots inside are left alone)."""
    out = []
    for token in re.split(r"(\s+)", text):
        m = _WORD.match(token)
        if m and len(m.group(2)) >= min_letters:
            core = m.group(2)
            pts = _break_points(core)
            pieces, last = [], 0
            for p in pts:
                pieces.append(core[last:p])
                last = p
            pieces.append(core[last:])
            token = m.group(1) + SHY.join(pieces) + m.group(3)
        out.append(token)
    return "".join(out)


def ligatures(text: str) -> str:
    return text.replace("fi", "\ufb01").replace("fl", "\ufb02")


def typeset(text: str) -> str:
    """Body text as the typesetter sets it: hyphenation points, then ligatures (a soft
    hyphen between f and i keeps the two letters apart)."""
    return ligatures(hyphenate(text))


# --- letter-spaced lines --------------------------------------------------------------


class _Spaced(Flowable):
    """Text drawn with character spacing (the PDF's Tc): upper case or simulated small
    capitals (lower-case letters as capitals at 80 %), broken into lines between words."""

    def __init__(self, text, font, size, space, leading, colour, rec=None, caps="upper",
                 space_before=0.0, space_after=0.0, keep_with_next=False):
        super().__init__()
        self.font, self.size, self.space, self.leading = font, size, space, leading
        self.colour, self.rec = colour, rec
        self.spaceBefore, self.spaceAfter = space_before, space_after
        if keep_with_next:
            self.keepWithNext = 1
        chars = []  # (character, size)
        if caps == "small":
            for lower, run in groupby(text, key=str.islower):
                s = "".join(run)
                chars += [(c, size * 0.8 if lower else size) for c in s.upper()]
        else:
            chars = [(c, size) for c in (text.upper() if caps == "upper" else text)]
        self.words = []
        for is_space, run in groupby(chars, key=lambda cs: cs[0].isspace()):
            if not is_space:
                self.words.append(list(run))

    def _width(self, word):
        return sum(stringWidth(c, self.font, s) + self.space for c, s in word)

    def wrap(self, aW, aH):
        gap = stringWidth(" ", self.font, self.size) + self.space
        self.lines, line, used = [], [], 0.0
        for word in self.words:
            w = self._width(word)
            if line and used + gap + w > aW:
                self.lines.append(line)
                line, used = [], 0.0
            used += (gap if line else 0) + w
            line.append(word)
        if line:
            self.lines.append(line)
        self.width = aW
        self.height = max(1, len(self.lines)) * self.leading
        return aW, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        for k, line in enumerate(self.lines):
            y = self.height - self.size - k * self.leading + (self.leading - self.size) * 0.3
            t = c.beginText(0, y)
            t.setCharSpace(self.space)
            chars = []
            for n, word in enumerate(line):
                if n:
                    chars.append((" ", self.size))
                chars += word
            for size, run in groupby(chars, key=lambda cs: cs[1]):
                t.setFont(self.font, size)
                t.textOut("".join(ch for ch, _ in run))
            c.drawText(t)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _ShortRule(Flowable):
    def __init__(self, width, thickness, colour, space_before=0.0, space_after=0.0):
        super().__init__()
        self.w, self.t, self.colour = width, thickness, colour
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aW, aH):
        return min(self.w, aW), self.t

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.t)
        c.line(0, self.t / 2, self.w, self.t / 2)
        c.restoreState()


# --- the style ----------------------------------------------------------------------


def render_typeset(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    serif, bold, italic = f["TsSerif"], f["TsSerif-Bold"], f["TsSerif-Italic"]
    inner, outer = 2.6 * cm, 3.4 * cm
    top, bottom = 3.0 * cm, 3.0 * cm
    fw = WIDTH - inner - outer
    fh = HEIGHT - top - bottom
    body_size, leading = 10.0, 13.0
    indent = 1.2 * body_size
    st = {
        "body": ParagraphStyle("ts-body", fontName=serif, fontSize=body_size, leading=leading,
                               alignment=TA_JUSTIFY, textColor=INK),
        "body_more": ParagraphStyle("ts-body2", fontName=serif, fontSize=body_size,
                                    leading=leading, alignment=TA_JUSTIFY, textColor=INK,
                                    firstLineIndent=indent),
        "tlabel": ParagraphStyle("ts-tl", fontName=serif, fontSize=9, leading=11,
                                 textColor=INK),
        "thead": ParagraphStyle("ts-th", fontName=serif, fontSize=9, leading=11,
                                textColor=INK, alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("ts-tg", fontName=serif, fontSize=9, leading=11,
                                 textColor=INK, alignment=TA_CENTER),
        "tbody": ParagraphStyle("ts-tb", fontName=serif, fontSize=9, leading=11,
                                textColor=INK),
        "tbody_b": ParagraphStyle("ts-tbb", fontName=bold, fontSize=9, leading=11,
                                  textColor=INK),
        "tamount": ParagraphStyle("ts-ta", fontName=serif, fontSize=9, leading=11,
                                  textColor=INK, alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("ts-tab", fontName=bold, fontSize=9, leading=11,
                                    textColor=INK, alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("ts-tf", fontName=serif, fontSize=8, leading=10,
                                textColor=INK, spaceBefore=3),
        "note": ParagraphStyle("ts-note", fontName=serif, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5,
                               textColor=INK),
        "toc": ParagraphStyle("ts-toc", fontName=serif, fontSize=10.5, leading=14,
                              textColor=INK),
    }
    name_meta = meta(dossier, "typeset")

    def label_line(text, rec):
        return _Spaced(text, serif, 8, 2.5, 11, ACCENT, rec, caps="upper", space_after=4)

    def theme_line(text, rec, size=9.0, **kw):
        return _Spaced(text, serif, size, 1.6, size * 1.35, ACCENT, rec, caps="small", **kw)

    def once(info):
        truth = Truth(dossier, "typeset")
        state = _SlideState()  # what the page belongs to: "toc" or a project index
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=54)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=inner, rightMargin=outer,
                  topMargin=top, bottomMargin=bottom, **name_meta)

        def frame_x(page):
            return inner if page % 2 else outer  # the wider margin outside

        def on_page(canv, d):
            page = canv.getPageNumber()
            key = state.key
            n = state.count.get(key, 0)
            state.count[key] = n + 1
            x0 = frame_x(page)
            d.pageTemplate.frames[0].x1 = x0  # mirrored margins (the frame is reset next)
            canv.saveState()
            if n:  # not the first page of a project (or of the contents)
                if key == "toc":
                    left, right = dossier.toc_heading, ""
                else:
                    left, right = dossier.projects[key].title, dossier.projects[key].theme
                y = HEIGHT - top + 26
                canv.setFillColor(MUTED)
                canv.setFont(italic, 7.5)
                canv.drawString(x0, y, left)
                canv.setFont(serif, 7.5)
                canv.drawRightString(x0 + fw, y, right.upper(), charSpace=0.8)
                canv.setStrokeColor(MUTED)
                canv.setLineWidth(0.25)
                canv.line(x0, y - 4.5, x0 + fw, y - 4.5)
            canv.setFillColor(INK)
            canv.setFont(serif, 9)
            y = bottom - 32
            if page % 2:
                canv.drawRightString(x0 + fw, y, str(page))
            else:
                canv.drawString(x0, y, str(page))
            canv.restoreState()

        frame = Frame(inner, bottom, fw, fh, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])

        # contents
        story = [Spacer(0, 1.2 * cm),
                 _Spaced(dossier.toc_heading, italic, 22, 0.5, 27, INK, caps=None,
                         space_after=6),
                 _ShortRule(40, 0.6, ACCENT, space_after=16)]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(theme_line(pr.theme, None, size=8.5,
                                        space_before=0 if p == 0 else 12, space_after=4,
                                        keep_with_next=True))
            story += [_TocLine(para(pr.title, st["toc"]), page_of(info, p), st["toc"]),
                      Spacer(0, 3)]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [_Enter(state, p), PageBreak(), Spacer(0, 1.2 * cm),
                      theme_line(pr.theme, rec, space_after=5),
                      _Spaced(pr.title, italic, 22, 0.5, 26.5, INK, truth.heading(p),
                              caps=None, space_after=8),
                      _ShortRule(40, 0.6, ACCENT, space_after=18)]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story.append(_booktabs(row, st, rec, fw, space_before=14))
                    last_q = None
                    continue
                label = label_line(row.label, rec)
                label.spaceBefore = 0 if r == 0 else 13
                first_text = True
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        table = _booktabs(item, st, rec, fw, space_before=8)
                        if label is not None:  # the label stays with the table
                            table = KeepTogether([label, table])
                            label = None
                        story.append(table)
                        first_text = True
                        last_q = None
                        continue
                    q = para(typeset(item), st["body" if first_text else "body_more"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    if label is not None:  # room for the label and three lines, or a new page
                        story += [CondPageBreak(label.spaceBefore + 15 + 3 * leading), label]
                        label = None
                    story.append(q)
                    first_text = False
                    last_q = q
                if label is not None:  # a field without content
                    story.append(label)
            if loose:  # notes whose mark is nowhere in the text: with the last paragraph
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)


def _booktabs(t, st, rec, width, space_before):
    """A booktabs table kept whole (to the next page where it does not fit here): top and
    bottom rules 1pt, a 0.5pt rule under the header, a 0.4pt rule under the columns a
    group header spans; no vertical rules; its footnotes in 8pt below it."""
    pad = 5
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=0.34, min_label=90.0)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.8), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
            ("TOPPADDING", (0, 0), (-1, 0), 4),
            ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 3.5),
            ("TOPPADDING", (0, lines), (-1, lines), 4), ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, INK),                     # \toprule
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),     # \midrule
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, INK)]                   # \bottomrule
    for h in placed:  # \cmidrule under a spanning group header
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, INK))
            cmds.append(("BOTTOMPADDING", (h.column, r), (h.column + h.columns - 1, r), 3))
    for r in totals:
        cmds.append(("TOPPADDING", (0, r), (-1, r), 3))
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    table.spaceBefore, table.spaceAfter = space_before, 4
    out = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 10))
    return KeepTogether(out)
