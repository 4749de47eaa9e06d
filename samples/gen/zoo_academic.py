"""One more house style for the layout zoo (see zoo.py), held out: a university's research
office writes the dossier as an academic report (LaTeX-like, drawn with reportlab).

- academic: A4 portrait, LaTeX article proportions: 3.5 cm margins left and right (a 14 cm
            text column), 3.2 cm top, 3.0 cm bottom. A Times-like serif (Liberation Serif;
            a character it lacks, "₂", set in DejaVu Serif on its own), body 11pt on 13.6pt,
            JUSTIFIED, no space between paragraphs, every paragraph after a field's first
            indented 1.5 em (LaTeX's \\parindent); a list item keeps the source's marker
            and hangs on it. Page 1 (plain: the folio centred at the foot) holds the title
            block, centred (the document's title 17pt, "Bijlage projectvoorstellen" 12pt,
            "Research Office" and the date 11pt), then "Inhoudsopgave" (14pt bold) with each
            theme as a bold entry ("2  <theme>", its page bold, no leaders) and each project
            under it indented ("2.3  <title>") with DOTTED LEADERS to its page number. The
            projects flow on from page 2 (no page breaks): each theme as a numbered section
            "2 <theme>" (14pt bold), each project as a numbered subsection "2.3 <title>"
            (12pt bold). FIELD LABELS RUN IN: each field's label in bold italic with a full
            stop ("Opgave.") opens the field's first paragraph, the text following on the
            same line (a label whose field opens with a table or is empty stands alone).
            Running head from page 2 on, 9.5pt italic over a 0.4pt rule: on EVEN pages the
            folio at the left and the section title ("2.3 <title>", the first subsection
            begun on the page, else the one running on) at the RIGHT; on ODD pages the
            report title ("Regio Deal <name> - projecten") at the left and the folio at the
            right. Project notes as page footnotes (9pt, under a 5 cm rule), their marks
            replaced by DAGGERS: a project's first note "†", then "‡", "§", "¶", "‖", set
            raised and smaller both in the prose and before the note at the foot (notes
            whose mark is nowhere go with the project's last paragraph).
            TABLES IN BOOKTABS STYLE, centred across the text column, kept whole on one page:
            three horizontal rules only (0.8pt above the header, 0.5pt under it, 0.8pt under
            the last row), no vertical rules, no fills, no rule over the Totaal row, no
            cmidrule under a group header ("Publiek" just centred over its members); 9pt
            (down to 7pt where the columns need it), headers in the body face, right-aligned
            over the amount columns, the table's label ("Opgaven/Investeringen") left over the
            row labels. The CAPTION STANDS ABOVE the table, centred, 10pt: "Tabel 2.3:
            Investeringen <title> (in euro)" for an investment table, "Tabel 2.3: <field
            label> <title>" for a table inside a field (tables numbered per section, LaTeX's
            counter: the k-th table of section 2 is "Tabel 2.k"). Amounts right-aligned with
            a THIN SPACE (U+2009) as the thousands separator ("1 650 000"; decimals and
            "mln." as transcribed, prose amounts keep their dots). TABLE NOTES MARKED WITH
            LETTERS: where the transcription marks a cell with "*", "**" (or a raised digit),
            the table prints a raised, smaller letter instead ("a", "b", ... per table, in
            order of first use), drawn right after the amount ("7 500 000" then raised "a";
            a nil "-*" as "-" then raised "a"); the table's notes under it in 8.5pt open with
            that raised letter ("a Het bedrijfsleven ...", the source's "* " dropped); a note
            whose mark is in no cell keeps its text as transcribed.

The truth record holds, under "raw", the text each cell prints where that is not the
transcription's, keyed "<project>|<table>|<row>|<column key>" (column keys from
tests/golden/<dossier>_cells.csv as in zoo_budget.py): the thousands dots as U+2009 and a
raised letter as its Unicode MODIFIER LETTER joined to the amount without a space
("7.500.000*" -> "7 500 000ᵃ", U+2009 and U+1D43; "80.000**" -> "80 000ᵇ"; "-*" -> "-ᵃ"). That is the reader's own convention for raised digits (a small raised "4"
after a word becomes "⁴", joined without a space: regio/extract/layout.py, join_words),
carried over to letters; the value stays the transcription's. Project-note daggers change the
field texts ("...¹" prints as "...†"): the truth has no override for fields, so those fields
are scored against the transcription's marks.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _column_keys
from .zoo_common import (build_until_stable, Doc, FALLBACK, FootnoteSupport, has_mark, is_total,
                         meta, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 3.5 * cm
TOP, BOTTOM = 3.2 * cm, 3.0 * cm
FW = WIDTH - LEFT - RIGHT
INK = colors.black

THIN = "\u2009"
LETTERS = "abcdefghij"
MODIFIER = dict(zip(LETTERS, "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲ"))
DAGGERS = ("†", "‡", "§", "¶", "‖", "††", "‡‡")
PAD, VPAD = 4.0, 1.6
MIN_LABEL = 3.0 * cm

_LIB = Path("/usr/share/fonts/truetype/liberation2")
_FACES = {"AcSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "AcSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "AcSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic"),
          "AcSerif-BoldItalic": ("LiberationSerif-BoldItalic.ttf", "DejaVuSerif-Bold")}
_CELL_MARKS = re.compile(r"(\*+|[¹²³⁴⁵⁶⁷⁸⁹]+)$")
_DOTTED = re.compile(r"\d{1,3}(?:\.\d{3})+(?![\d,])")
_AMOUNT = re.compile(r"(?:€\s?)?(?:-|\d[\d.,]*(?:\s?mln\.?)?)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _fonts() -> tuple[str, str, str, str]:
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    if not all((_LIB / f).is_file() for f, _ in _FACES.values()):
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-Bold"
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIB / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("AcSerif", normal="AcSerif", bold="AcSerif-Bold",
                                  italic="AcSerif-Italic", boldItalic="AcSerif-BoldItalic")
    return tuple(_FACES)


def _mk(text: str, font: str) -> str:
    """Escaped markup, each character `font` lacks set in its stand-in."""
    glyphs = getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)
    if not glyphs:
        return escape(text)
    stand_in = FALLBACK.get(font, "DejaVuSerif")
    return "".join(escape(ch) if ord(ch) in glyphs or ch in "\n"
                   else f'<font name="{stand_in}">{escape(ch)}</font>' for ch in text)


def _split_mark(cell: str) -> tuple[str, str]:
    m = _CELL_MARKS.search(cell)
    if not m or m.start() == 0:
        return cell, ""
    return cell[:m.start()], m.group(1)


def _thin(text: str) -> str:
    return _DOTTED.sub(lambda m: m.group().replace(".", THIN), text)


class _ATruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "academic")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


class _Amount(Flowable):
    """An amount right-aligned in its cell, a raised smaller letter after it."""

    def __init__(self, number, letter, font, size, rec=None):
        super().__init__()
        self.number, self.letter, self.font, self.size, self.rec = number, letter, font, size, rec
        self.leading = round(size * 1.22, 2)
        self.lsize = round(size * 0.7, 2)

    def natural(self) -> float:
        w = stringWidth(self.number, self.font, self.size)
        if self.letter:
            w += 0.6 + stringWidth(self.letter, self.font, self.lsize)
        return w

    def wrap(self, aW, aH):
        self.width, self.height = aW, self.leading
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(INK)
        y = self.leading - self.size
        x = self.width
        if self.letter:
            lw = stringWidth(self.letter, self.font, self.lsize)
            c.setFont(self.font, self.lsize)
            c.drawString(x - lw, y + self.size * 0.38, self.letter)
            x -= lw + 0.6
        c.setFont(self.font, self.size)
        c.drawRightString(x, y, self.number)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


class _SectionMark(Flowable):
    """Zero-size: tells the running head which subsection begins on this page."""

    def __init__(self, state, text):
        super().__init__()
        self.state, self.text = state, text

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.state.setdefault("on_page", []).append(self.text)


class _TocLine(Flowable):
    """A contents entry: number, text, leaders (or none) and the page at the right."""

    def __init__(self, number, text, page, style, indent, tab, leaders):
        super().__init__()
        self.number, self.page, self.st = number, page, style
        self.indent, self.tab, self.leaders = indent, tab, leaders
        self.p = para("", style, markup=_mk(text, style.fontName))

    def wrap(self, aW, aH):
        self.aW = aW
        self.text_w = aW - self.tab - 28
        self.h = self.p.wrap(self.text_w, aH)[1]
        return aW, self.h + self.st.spaceBefore

    def draw(self):
        c, st = self.canv, self.st
        self.p.drawOn(c, self.tab, 0)
        bl = self.p.blPara
        extra = bl.lines[-1][0] if bl.kind == 0 else bl.lines[-1].extraSpace
        base = self.h - st.fontSize - (len(bl.lines) - 1) * st.leading
        c.saveState()
        c.setFont(st.fontName, st.fontSize)
        c.setFillColor(INK)
        c.drawString(self.indent, self.h - st.fontSize, self.number)
        page_w = stringWidth(self.page, st.fontName, st.fontSize)
        if self.leaders:
            gap = 4.4  # LaTeX's \@dotsep: dots spaced out
            x0 = self.tab + self.text_w - extra + 4
            x1 = self.aW - page_w - 10
            k = int((x1 - x0) / gap)
            for i in range(k):
                c.drawRightString(x1 - i * gap, base, ".")
        c.drawRightString(self.aW, base, self.page)
        c.restoreState()


class _DaggerFoot(FootnoteSupport):
    """Page footnotes opening with the raised dagger."""

    def _paras(self, note, width):
        out = []
        for k, t in enumerate(note.text or ("",)):
            body = _mk(t, self.style.fontName)
            if k == 0:
                p = para("", self.style, self.rec_for(note),
                         markup=f"<super>{escape(note.mark)}</super> {body}")
            else:
                p = para("", ParagraphStyle(f"{self.style.name}-more", self.style,
                                            firstLineIndent=0), self.rec_for(note), markup=body)
            out.append(p)
        return out


def _styles(serif, bold, italic, bolditalic):
    def style(name, font=serif, size=11.0, leading=13.6, **kw):
        return ParagraphStyle(f"ac-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "title": style("title", serif, 17, 21, alignment=TA_CENTER, spaceAfter=8),
        "sub": style("sub", serif, 12, 15, alignment=TA_CENTER, spaceAfter=6),
        "author": style("author", serif, 11, 14, alignment=TA_CENTER, spaceAfter=2),
        "toc_h": style("toc_h", bold, 14, 17, spaceBefore=26, spaceAfter=10),
        "toc_sec": style("toc_sec", bold, 11, 13.6, spaceBefore=8),
        "toc_sub": style("toc_sub", serif, 11, 13.6, spaceBefore=1.5),
        "section": style("section", bold, 14, 17, spaceBefore=18, spaceAfter=9, keepWithNext=1),
        "subsection": style("subsection", bold, 12, 15, spaceBefore=14, spaceAfter=6,
                            keepWithNext=1),
        "body": style("body", alignment=TA_JUSTIFY),
        "body_first": style("body_first", alignment=TA_JUSTIFY, spaceBefore=5),
        "body_i": style("body_i", alignment=TA_JUSTIFY, firstLineIndent=16.5),
        "item": style("item", alignment=TA_JUSTIFY, leftIndent=16.5, bulletIndent=4,
                      bulletFontName=serif, bulletFontSize=11,
                      spaceBefore=1, spaceAfter=1),
        "runin_alone": style("runin_alone", spaceBefore=5, keepWithNext=1),
        "caption": style("caption", serif, 10, 12.4, alignment=TA_CENTER, spaceBefore=10,
                         spaceAfter=5, keepWithNext=1),
        "tnote": style("tnote", serif, 8.5, 10.4, alignment=TA_JUSTIFY, spaceBefore=1.5),
        "note": style("note", serif, 9, 11, alignment=TA_JUSTIFY, leftIndent=0,
                      firstLineIndent=10, spaceAfter=1.5),
        "runhead": (italic, 9.5),
        "fonts": (serif, bold, italic, bolditalic),
    }


def _cell_styles(serif, size):
    lead = round(size * 1.22, 2)
    return {
        "label": ParagraphStyle(f"ac-tl{size}", fontName=serif, fontSize=size, leading=lead),
        "head": ParagraphStyle(f"ac-th{size}", fontName=serif, fontSize=size, leading=lead,
                               alignment=TA_RIGHT),
        "group": ParagraphStyle(f"ac-tg{size}", fontName=serif, fontSize=size, leading=lead,
                                alignment=TA_CENTER),
        "text": ParagraphStyle(f"ac-tt{size}", fontName=serif, fontSize=size, leading=lead,
                               alignment=TA_RIGHT),
    }


def _letters(t: source.Table) -> dict[str, str]:
    """Each cell mark of the table -> its letter, in reading order."""
    out: dict[str, str] = {}
    for body in t.rows:
        for cell in body[1:]:
            _, mark = _split_mark(cell)
            if mark and mark not in out:
                out[mark] = LETTERS[len(out)]
    return out


def _shown(cell: str, letters) -> tuple[str, str] | None:
    """(number as printed, letter) for an amount or nil cell; None for words."""
    body, mark = _split_mark(cell)
    if not _AMOUNT.fullmatch(body):
        return None
    return _thin(body), letters.get(mark, "") if mark else ""


def _widths(t, letters, serif, size):
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, serif, size) for w in h.text.split()), default=0.0))
    for body in t.rows:
        for c, cell in enumerate(body[1:]):
            s = _shown(cell, letters)
            if s is not None:
                w = stringWidth(s[0], serif, size) + (
                    0.6 + stringWidth(s[1], serif, size * 0.7) if s[1] else 0)
            else:
                full = stringWidth(cell, serif, size)
                widest = max((stringWidth(x, serif, size) for x in cell.split()), default=0.0)
                w = min(full, max(widest, 60.0))
            need[c] = max(need[c], w)
    values = [w + 2 * PAD + 1 for w in need]
    for h in t.header_cells():
        if h.columns > 1:
            gw = stringWidth(h.text, serif, size) + 2 * PAD + 1
            have = sum(values[h.column - 1:h.column - 1 + h.columns])
            if have < gw:
                for k in range(h.column - 1, h.column - 1 + h.columns):
                    values[k] += (gw - have) / h.columns
    label = FW - sum(values)
    if label < MIN_LABEL:
        return None
    # a booktabs tabular: as wide as it needs, the row labels at most 6.5 cm
    label_need = max((stringWidth(b[0], serif, size) for b in t.rows), default=0.0)
    label_need = max(label_need, stringWidth(t.label, serif, size)) + 2 * PAD + 2
    label = max(MIN_LABEL, min(label, label_need, 6.5 * cm))
    extra = min((FW - label - sum(values)) / max(n, 1), 0.5 * cm)
    values = [v + max(extra, 0) for v in values]
    return [label] + values


def _table(t: source.Table, caption: str, st, rec, raw_of) -> list:
    serif = st["fonts"][0]
    letters = _letters(t)
    size = 9.0
    widths = _widths(t, letters, serif, size)
    while widths is None and size > 7.0:
        size -= 0.25
        widths = _widths(t, letters, serif, size)
    if widths is None:
        raise RuntimeError(f"table {t.label!r} does not fit the text column")
    cs = _cell_styles(serif, size)
    n, lines = t.columns, max(len(t.header), 1)
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    grid[lines - 1][0] = para("", cs["label"], rec, markup=_mk(t.label, serif))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = para("", cs["group"] if h.columns > 1 else cs["head"], rec,
                                markup=_mk(h.text, serif))
        spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    for i, body in enumerate(t.rows):
        row = [para("", cs["label"], rec, markup=_mk(body[0], serif))]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            s = _shown(cell, letters) if cell else None
            if s is None:
                row.append(para("", cs["text"], rec, markup=_mk(cell, serif)) if cell else "")
                continue
            number, letter = s
            row.append(_Amount(number, letter, serif, size, rec))
            printed = number + (MODIFIER[letter] if letter else "")
            if printed != cell:
                raw_of(i, c, printed)
        grid.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD),
            ("TOPPADDING", (0, 0), (-1, 0), 3.5), ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 3),
            ("TOPPADDING", (0, lines), (-1, lines), 3.5),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(grid, colWidths=widths, style=TableStyle(cmds), hAlign="CENTER")
    tw = sum(widths)
    out = [para("", st["caption"], rec, markup=_mk(caption, serif)), table]
    by_mark = sorted(letters.items(), key=lambda kv: -len(kv[0]))
    notes = []
    for f in t.footnotes:
        hit = next(((m, l) for m, l in by_mark if f.startswith(m)), None)
        if hit:
            text = f[len(hit[0]):].lstrip()
            notes.append(para("", st["tnote"], rec,
                              markup=f"<super>{hit[1]}</super>\u00a0{_mk(text, serif)}"))
        else:
            notes.append(para("", st["tnote"], rec, markup=_mk(f, serif)))
    if notes:
        box = Table([[q] for q in notes], colWidths=[tw], hAlign="CENTER",
                    style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), PAD),
                                      ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                                      ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
        out += [Spacer(0, 3), box]
    return [KeepTogether(out), Spacer(0, 10)]


def _prose(text: str, style, rec, swaps, lead: str = ""):
    """A paragraph with the source's note marks as raised daggers; `lead` markup first."""
    font = style.fontName
    m = _LIST_ITEM.match(text) if not lead else None
    body = text[m.end():] if m else text
    out, i = [], 0
    while i < len(body):
        hit = next((mk for mk in swaps if body.startswith(mk, i) and has_mark(body[i:], mk)
                    and not (i > 0 and body[i - 1] in "mc" and mk in "²³")), None)
        if hit:
            out.append(f"<super>{escape(swaps[hit])}</super>")
            i += len(hit)
        else:
            out.append(_mk(body[i], font))
            i += 1
    markup = lead + "".join(out)
    if m:
        return para("", style, rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{markup}")
    return para("", style, rec, markup=markup)


def _fields(pr, st, rec, foot, table_for, register) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    swaps = {n.mark: DAGGERS[k % len(DAGGERS)] for k, n in enumerate(pr.notes)}
    dag = {id(n): source.Note(swaps[n.mark], n.text) for n in pr.notes}
    for d in dag.values():
        register(d)
    bi = st["fonts"][3]
    story, last_q = [], None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += table_for(row, None)
            continue
        label = f'<font name="{bi}">{_mk(row.label.rstrip(":. "), bi)}.</font>'
        first = True
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                if first:
                    story.append(para("", st["runin_alone"], rec, markup=label))
                    first = False
                story += table_for(item, row.label)
                continue
            if first:
                q = _prose(item, st["body_first"], rec, swaps, lead=label + " ")
            elif _LIST_ITEM.match(item):
                q = _prose(item, st["item"], rec, swaps)
            else:
                q = _prose(item, st["body_i"], rec, swaps)
            first = False
            if (r, i) in owner:
                q._notes, q._foot = tuple(dag[id(n)] for n in owner[(r, i)]), foot
            story.append(q)
            last_q = q
        if first:
            story.append(para("", st["runin_alone"], rec, markup=label))
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes = tuple(last_q._notes) + tuple(dag[id(n)] for n in loose)
        last_q._foot = foot
    return story


def render_academic(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    serif, bold, italic, _ = fonts
    st = _styles(*fonts)
    info_meta = meta(dossier, "academic")
    title = info_meta["title"]
    keys = _column_keys(dossier)
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes) + 1)
    numbers, within = [], {}
    for pr in dossier.projects:
        within[pr.theme] = within.get(pr.theme, 0) + 1
        numbers.append(f"{themes[pr.theme]}.{within[pr.theme]}")

    def once(info):
        truth = _ATruth(dossier)
        note_owner = {}
        foot = _DaggerFoot(st["note"], lambda n: truth.content(note_owner[id(n)]),
                           rule_width=5 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **info_meta)
        state: dict = {"running": ""}

        def page_end(canv, d):
            foot.draw(canv)
            page = canv.getPageNumber()
            marks = state.pop("on_page", [])
            shown = marks[0] if marks else state["running"]
            if marks:
                state["running"] = marks[-1]
            canv.saveState()
            canv.setFillColor(INK)
            if page == 1:
                canv.setFont(serif, 11)
                canv.drawCentredString(WIDTH / 2, BOTTOM - 1.4 * cm, str(page))
            else:
                font, size = st["runhead"]
                y = HEIGHT - TOP + 0.9 * cm
                canv.setFont(font, size)
                if page % 2 == 0:
                    canv.drawString(LEFT, y, str(page))
                    canv.drawRightString(WIDTH - RIGHT, y, shown)
                else:
                    canv.drawString(LEFT, y, title)
                    canv.drawRightString(WIDTH - RIGHT, y, str(page))
                canv.setLineWidth(0.4)
                canv.line(LEFT, y - 4, WIDTH - RIGHT, y - 4)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPageEnd=page_end)])

        story: list = [Spacer(0, 20), para("", st["title"], markup=_mk(title, serif)),
                       para("Bijlage projectvoorstellen", st["sub"]),
                       para("Research Office", st["author"]),
                       para("Versie 1.0 \u2014 ter bespreking", st["author"]),
                       para("Inhoudsopgave", st["toc_h"])]
        seen = set()
        for p, pr in enumerate(dossier.projects):
            page = str(info["starts"].get(p, 0) or "")
            if pr.theme not in seen:
                seen.add(pr.theme)
                story.append(_TocLine(str(themes[pr.theme]), pr.theme, page, st["toc_sec"],
                                      0, 18, False))
            story.append(_TocLine(numbers[p], pr.title, page, st["toc_sub"], 18, 46, True))
        story.append(PageBreak())

        last_theme = None
        counters: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para("", st["section"], rec,
                                  markup=f"{themes[pr.theme]}\u2003{_mk(pr.theme, bold)}"))
            head = f"{numbers[p]} {pr.title}"
            story.append(_SectionMark(state, head))
            story.append(para("", st["subsection"], truth.heading(p),
                              markup=f"{numbers[p]}\u2003{_mk(pr.title, bold)}"))
            tables = list(pr.tables())

            def table_for(t, field_label, pr=pr, rec=rec, tables=tables):
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = keys.get((pr.title, k))
                counters[pr.theme] = counters.get(pr.theme, 0) + 1
                number = f"{themes[pr.theme]}.{counters[pr.theme]}"
                caption = (f"Tabel {number}: Investeringen {pr.title} (in euro)" if field_label is None
                           else f"Tabel {number}: {field_label} {pr.title}")

                def raw_of(row, column, printed):
                    key = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{row}|{key}"] = printed

                return _table(t, caption, st, rec, raw_of)

            story += _fields(pr, st, rec, foot, table_for,
                             lambda d, p=p: note_owner.__setitem__(id(d), p))
        doc.build(story)
        return truth

    return build_until_stable(once)
