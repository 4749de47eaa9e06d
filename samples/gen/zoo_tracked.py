"""One more house style for the layout zoo (see zoo.py): a Word draft printed with its
tracked changes shown (held out: scored before the reader knew of it).

- tracked: the Word file an applicant sends in by mistake with "Alle markeringen" still on.
           Portrait A4, the look of Word's "Normal" style: a sans (Liberation Sans, Arial's
           metrics, standing in for Calibri; else DejaVu Sans) at 10.5pt on 13.5pt, ragged
           right, 6pt after each paragraph. With markup shown Word narrows the text: a 12.4 cm
           column 2.2 cm from the left edge, and right of it the markup area, where the
           comment balloons hang (4 cm wide, 0.8 cm right of the column). Running header in
           8pt grey at the top left ("Regio Deal Twente - bijlage projectvoorstellen
           (concept v0.4)"), the page number centred at the foot. The first page holds the
           contents: the transcription's heading in 16pt bold, each theme in bold and its
           projects' titles indented under it, dot leaders to the page numbers. Projects
           flow on (a new page where less than 6 cm is left): the theme in 10pt grey, the
           title in 14pt bold under it; each field's label in bold on its own line, its
           paragraphs under it. Tables (investment tables and those inside a field, which
           stay in their field) across the column in 7.5pt, Word's "Table Grid": 0.5pt black
           lines around every cell, headers bold, a group header ("Publiek") centred over its
           members, amounts right aligned, the Totaal row bold; a table breaking over pages
           repeats its header lines. Table footnotes in 7.5pt under the table; project notes as
           page footnotes under a short rule.
           The markup, deterministic (seeded by dossier and project title): about one in three
           prose paragraphs (eight words or more) carries one or two edits by one of two
           reviewers ("AB" in red, "JdV" in blue; one per project): an earlier wording deleted,
           its words in red and struck through (a 0.6pt red line through the middle of the
           x-height, a vector line over the glyphs), and the transcription's words inserted
           right after it without a space, in the reviewer's colour and underlined (0.6pt
           under the baseline): "vijf" before "vier", "2019" before "2018", "ondernemingen"
           before "bedrijven"; a paragraph without such a word (and now and then one with it)
           gets an adjective struck out before a noun ("de <del>nieuwe </del>aanpak") and one
           to three of its own words marked as inserted. Removing the struck words leaves exactly the transcription's text. A 1pt
           black change bar stands in the left margin (0.4 cm left of the column) beside every
           line that holds a change. In about one in three investment tables one amount was
           changed: the old amount struck through in red and the transcription's amount
           underlined after it, a space between, in the same cell ("1.500.000 1.650.000"),
           with a change bar beside it. Comments: about one per project (none or two now and
           then), numbered through the document, as balloons in the markup area: a 4 cm box
           with a 0.5pt border in the reviewer's colour and a pale fill of it, 7pt text
           ("Opmerking [AB1]:" in bold, then "graag bedrag checken", "klopt dit jaartal?",
           ...), level with the anchor where there is room (pushed down under the one above
           otherwise), joined to the anchor in the text (the end of the first insertion, or of
           the paragraph's first line, or of the changed amount) by a dotted line in the
           reviewer's colour running under the line to the column's edge and on to the
           balloon. The transcription's page breaks inside tables are not reproduced.
"""

from __future__ import annotations

import random
import re
import zlib
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_common import RP, Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, is_total, meta, page_of
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
LEFT = 2.2 * cm                    # the text column's left edge
FW = 12.4 * cm                     # the text column, narrowed for the markup area
BAL_X = LEFT + FW + 0.8 * cm       # the comment balloons' left edge
BAL_W = 4.0 * cm
BAR_X = LEFT - 0.4 * cm            # the change bars
TOP, BOTTOM = 2.5 * cm, 2.5 * cm
INK = colors.black
GREY = colors.HexColor("#595959")
DEL = colors.HexColor("#C00000")   # deletions, always red
AUTHORS = [  # initials, colour of insertions and balloons, balloon fill
    ("AB", colors.HexColor("#C00000"), colors.HexColor("#F8E1E1")),
    ("JdV", colors.HexColor("#1F4E9C"), colors.HexColor("#E1E8F5")),
]
LINE_W = "0.6"
MARKS = set("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡")

# --- the edits ------------------------------------------------------------------

# A word of the transcription -> the earlier wording the reviewer replaced.
NUMBER_WORDS = {"twee": "drie", "drie": "twee", "vier": "vijf", "vijf": "vier", "zes": "vijf",
                "zeven": "zes", "acht": "zes", "negen": "tien", "tien": "twaalf", "twaalf": "tien",
                "honderd": "vijftig", "eerste": "tweede", "tweede": "eerste", "derde": "tweede"}
SYNONYMS = {
    "bedrijven": "ondernemingen", "ondernemingen": "bedrijven", "ontwikkelen": "opzetten",
    "versterken": "verbeteren", "verbeteren": "versterken", "samenwerking": "afstemming",
    "stimuleren": "bevorderen", "bevorderen": "stimuleren", "realiseren": "bereiken",
    "belangrijke": "grote", "essentiële": "belangrijke", "essentieel": "belangrijk",
    "regio": "provincie", "inwoners": "bewoners", "bewoners": "inwoners", "jongeren": "studenten",
    "studenten": "jongeren", "daarnaast": "verder", "bovendien": "daarnaast", "snel": "spoedig",
    "sterke": "goede", "aanpak": "werkwijze", "doel": "streven", "doelen": "ambities",
    "ambitie": "doelstelling", "partners": "partijen", "partijen": "partners", "kennis": "expertise",
    "circa": "ongeveer", "ongeveer": "circa", "programma": "project", "project": "programma",
    "faciliteren": "ondersteunen", "ondersteunen": "helpen", "structureel": "blijvend",
    "duurzaam": "blijvend", "werkgevers": "bedrijven", "inzet": "bijdrage", "bijdrage": "inzet",
    "gemeenten": "gemeentes", "versnellen": "vergroten", "vergroten": "verhogen",
    "verhogen": "vergroten", "creëren": "maken", "beschikbaar": "aanwezig", "nodig": "vereist",
    "gezamenlijk": "samen", "uitvoeren": "doen", "onderzoek": "studie", "organisaties": "instellingen",
    "instellingen": "organisaties", "mensen": "personen", "nieuwe": "andere", "groei": "toename",
    "periode": "looptijd", "werkt": "werkte", "wordt": "werd", "zijn": "waren", "zal": "moet",
    "kunnen": "moeten", "vooral": "met name", "versterking": "verbetering", "opgeleid": "geschoold",
}
DETERMINERS = {"de", "het", "een", "deze", "dit", "onze", "hun", "die"}
DROPPED = ["nieuwe", "extra", "verdere", "regionale", "gezamenlijke", "concrete", "brede",
           "duidelijke", "goede", "sterke"]
ADDED = {"ook", "verder", "nadrukkelijk", "mede", "tevens", "actief", "daarbij", "concreet",
         "regionale", "nieuwe", "extra", "structureel", "nog", "gezamenlijk", "direct"}

COMMENTS_TABLE = ["graag bedrag checken", "bedrag afstemmen met begroting",
                  "klopt dit na wijziging nog met het totaal?"]
COMMENT_YEAR = "klopt dit jaartal?"
COMMENT_NUMBER = "aantal nagaan bij penvoerder"
COMMENTS = ["bron toevoegen?", "tekst inkorten?", "afstemmen met provincie", "is dit nog actueel?",
            "formulering aanscherpen", "nog aanvullen na overleg met partners",
            "zie opmerking ministerie", "kan dit concreter?"]


@dataclass
class Comment:
    number: int
    author: int
    text: str

    @property
    def label(self) -> str:
        return f"Opmerking [{AUTHORS[self.author][0]}{self.number}]:"


def _core(word: str) -> tuple[str, str, str]:
    """(leading punctuation, the word, trailing punctuation)."""
    m = re.match(r"^([^\w€]*)(.*?)([^\w]*)$", word)
    return m.group(1), m.group(2), m.group(3)


def _like(old: str, new: str) -> str:
    return old[:1].upper() + old[1:] if new[:1].isupper() else old


def _bumped_int(core: str, rng) -> str | None:
    if not re.fullmatch(r"\d{1,3}", core) or core.startswith("0"):
        return None
    n = int(core)
    old = n + rng.choice([-5, -2, -1, 1, 2, 5] if n > 5 else [1, 2])
    return str(old) if old > 0 else None


def _replacement(core: str, rng) -> tuple[str, str] | None:
    """(kind, earlier wording) for a word of the transcription, or None."""
    low = core.lower()
    if re.fullmatch(r"(19|20)\d\d", core):
        return "year", str(int(core) + rng.choice([-1, 1]))
    if low in NUMBER_WORDS:
        return "number", _like(NUMBER_WORDS[low], core)
    if (old := _bumped_int(core, rng)) is not None:
        return "number", old
    if low in SYNONYMS:
        return "word", _like(SYNONYMS[low], core)
    return None


def _track(text: str, rng, marks: set) -> tuple[list[tuple[str, str]], set]:
    """The paragraph as (kind, text) runs, kind "same", "del" or "ins" (the "same" and "ins"
    runs give back `text` exactly), and the kinds of replacement made."""
    tokens = re.split(r"(\s+)", text)
    words = list(range(0, len(tokens), 2))  # indexes of the words in `tokens`
    touchable = [k for k in words if tokens[k] and not (set(tokens[k]) & marks) and k > 0]
    repl = []
    for k in touchable:
        lead, core, trail = _core(tokens[k])
        if core and (r := _replacement(core, rng)):
            repl.append((k, *r))
    rng.shuffle(repl)
    plan: dict[int, tuple] = {}
    kinds = set()
    n_repl = 2 if len(words) > 45 and len(repl) > 1 and rng.random() < 0.5 else 1
    for k, kind, old in repl[:n_repl]:
        plan[k] = ("replace", old)
        kinds.add(kind)
    free = [k for k in touchable if k not in plan and k - 2 not in plan and k + 2 not in plan]
    want_del = not plan or rng.random() < 0.3
    want_ins = not plan or rng.random() < 0.3
    if want_del and free:
        before = [k for k in free if tokens[k - 2].lower() in DETERMINERS
                  and re.fullmatch(r"[a-zë]{4,}", tokens[k])]
        before = before or [k for k in free if re.fullmatch(r"[a-zë]{5,}", tokens[k])]
        if before:
            k = rng.choice(before)
            plan[k] = ("drop", rng.choice(DROPPED))
            free = [j for j in free if abs(j - k) > 2]
    if want_ins and free:
        added = [k for k in free if _core(tokens[k])[1].lower() in ADDED]
        if added:
            k = rng.choice(added)
            plan[k] = ("insert", k)
        else:
            run = rng.choice([1, 2, 3])
            starts = [k for k in free if all(k + 2 * j in free for j in range(run))]
            if starts:
                k = rng.choice(starts)
                plan[k] = ("insert", k + 2 * (run - 1))
    if not any(p[0] in ("replace", "drop") for p in plan.values()) or \
            not any(p[0] in ("replace", "insert") for p in plan.values()):
        return [("same", text)], set()
    runs: list[tuple[str, str]] = []

    def put(kind, s):
        if not s:
            return
        if runs and runs[-1][0] == kind:
            runs[-1] = (kind, runs[-1][1] + s)
        else:
            runs.append((kind, s))

    k = 0
    while k < len(tokens):
        action = plan.get(k)
        if action is None:
            put("same", tokens[k])
        elif action[0] == "replace":
            lead, core, trail = _core(tokens[k])
            put("same", lead)
            put("del", action[1])
            put("ins", core)
            put("same", trail)
        elif action[0] == "drop":
            put("del", action[1] + " ")
            put("same", tokens[k])
        else:  # insert tokens k .. action[1], the punctuation at its ends kept as it was
            end = action[1]
            lead, _, _ = _core(tokens[k])
            _, _, trail = _core(tokens[end])
            span = "".join(tokens[k:end + 1])
            put("same", lead)
            put("ins", span[len(lead):len(span) - len(trail)])
            put("same", trail)
            k = end
        k += 1
    assert "".join(s for kind, s in runs if kind != "del") == text, (text, runs)
    return runs, kinds


_AMOUNT = re.compile(r"^(€\s?)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?\s?mln\.?)$")


def _old_amount(text: str, rng) -> str | None:
    """An earlier amount for an amount cell ("1.650.000" -> "1.500.000"), or None."""
    m = _AMOUNT.match(text)
    if not m:
        return None
    euro, body = m.group(1) or "", m.group(2)
    if "mln" in body:
        num, unit = re.match(r"([\d,]+)(\s?mln\.?)", body).groups()
        v = float(num.replace(",", "."))
        old = v + rng.choice([-1, -0.5, 0.5, 1]) if v > 1.5 else v + rng.choice([0.25, 0.5])
        s = f"{old:.2f}".rstrip("0").rstrip(".").replace(".", ",")
        return f"{euro}{s}{unit}"
    v = int(body.replace(".", ""))
    step = 10 ** max(3, len(str(v)) - 2)
    old = v + rng.choice([-3, -2, -1, 1, 2, 3]) * step * (5 if v >= 10 * step and rng.random() < 0.5 else 1)
    if old <= 0 or old == v:
        old = v + step
    return euro + f"{old:,}".replace(",", ".")


@dataclass
class Plan:
    author: int
    paras: dict         # (row, item) -> runs
    kinds: dict         # (row, item) -> kinds of replacement
    cells: dict         # row index of an investment table -> (body row, column, old amount)
    comments: dict      # (row, item) or ("t", row) -> [Comment]


def _plans(dossier: source.Dossier) -> list[Plan]:
    name = dossier_name(dossier)
    plans = []
    number = 0
    # One in three of the projects with an investment table has an amount changed in it.
    with_table = [pr.title for pr in dossier.projects
                  if any(isinstance(row, source.Table) for row in pr.rows)]
    picker = random.Random(zlib.crc32(f"tracked|{name}|tables".encode()))
    changed_tables = set(picker.sample(with_table, round(len(with_table) / 3)))
    for pr in dossier.projects:
        rng = random.Random(zlib.crc32(f"tracked|{name}|{pr.title}".encode()))
        author = rng.randrange(len(AUTHORS))
        marks = MARKS | {n.mark for n in pr.notes}
        paras, kinds, cells = {}, {}, {}
        prose = []
        for r, row in enumerate(pr.rows):
            if isinstance(row, source.Table):
                if pr.title in changed_tables:
                    options = [(b, c, old) for b, body in enumerate(row.rows)
                               for c, text in enumerate(body) if c
                               for old in [_old_amount(text, rng)] if old]
                    plain = [o for o in options if not is_total(row.rows[o[0]][0])]
                    if plain or options:
                        cells[r] = rng.choice(plain or options)
                continue
            for i, item in enumerate(row.content):
                if isinstance(item, str) and len(item.split()) >= 8:
                    prose.append((r, i))
                    if rng.random() < 1 / 3:
                        runs, how = _track(item, rng, marks)
                        if len(runs) > 1:
                            paras[(r, i)], kinds[(r, i)] = runs, how
        count = rng.choices([0, 1, 2], weights=[1, 7, 2])[0]
        anchors = []
        for r in cells:
            anchors.append((("t", r), rng.choice(COMMENTS_TABLE)))
        for key in paras:
            how = kinds[key]
            anchors.append((key, COMMENT_YEAR if "year" in how else
                            COMMENT_NUMBER if "number" in how else rng.choice(COMMENTS)))
        rng.shuffle(anchors)
        if len(anchors) < count:
            quiet = [k for k in prose if k not in paras]
            rng.shuffle(quiet)
            anchors += [(k, rng.choice(COMMENTS)) for k in quiet[:count - len(anchors)]]
        chosen = sorted(anchors[:count], key=lambda a: (a[0][1], -1) if a[0][0] == "t" else a[0])
        comments: dict = {}
        for key, text in chosen:
            number += 1
            comments.setdefault(key, []).append(Comment(number, author, text))
        plans.append(Plan(author, paras, kinds, cells, comments))
    return plans


# --- drawing --------------------------------------------------------------------


class _Markup:
    """What a page's markup needs at its end: change bars and comment balloons, in page
    coordinates."""

    def __init__(self, style: ParagraphStyle, bold: str):
        self.style, self.bold = style, bold
        self.bars: list[tuple[float, float]] = []
        self.balloons: list[tuple[float, float, Comment]] = []
        self.placed: set[int] = set()

    def draw(self, canv) -> None:
        canv.saveState()
        canv.setStrokeColor(INK)
        canv.setLineWidth(1)
        for y0, y1 in self.bars:
            canv.line(BAR_X, y0, BAR_X, y1)
        bottom = None
        boxes = []
        for ax, ay, c in sorted(self.balloons, key=lambda b: -b[1]):
            initials, ink, fill = AUTHORS[c.author]
            p = Paragraph(f'<font name="{self.bold}">{escape(c.label)}</font> {escape(c.text)}',
                          self.style)
            _, h = p.wrap(BAL_W - 6, 1e6)
            top = ay + 8
            if bottom is not None and top > bottom - 4:
                top = bottom - 4
            boxes.append([ax, ay, c, p, top, h + 6])
            bottom = top - h - 6
        # Balloons pushed below the foot margin move up, the ones above them too.
        floor = BOTTOM * 0.6
        for j in range(len(boxes) - 1, -1, -1):
            b = boxes[j]
            limit = floor if j == len(boxes) - 1 else boxes[j + 1][4] + 4
            if b[4] - b[5] < limit:
                b[4] = limit + b[5]
        for ax, ay, c, p, top, h in boxes:
            initials, ink, fill = AUTHORS[c.author]
            canv.setStrokeColor(ink)
            canv.setFillColor(fill)
            canv.setLineWidth(0.5)
            canv.setDash()
            canv.rect(BAL_X, top - h, BAL_W, h, stroke=1, fill=1)
            p.drawOn(canv, BAL_X + 3, top - h + 3)
            canv.setDash(1, 1.5)
            canv.setStrokeColor(ink)
            y = ay - 2
            edge = LEFT + FW + 0.2 * cm
            canv.line(ax, y, edge, y)
            canv.line(edge, y, BAL_X, top - 5)
        canv.restoreState()
        self.bars, self.balloons = [], []


class _Tracked(RP):
    """A paragraph (or a table cell) with tracked changes: change bars beside its changed
    lines and the balloons of its comments, handed to the page's markup when drawn."""

    _markup: _Markup | None = None
    _comments: tuple = ()

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:
            q._markup, q._comments = self._markup, self._comments
        return parts

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        bl = getattr(self, "blPara", None)
        if bl is None or self._markup is None:
            return
        a, b, c, d, e, f = canv._currentMatrix
        to_page = lambda px, py: (a * px + c * py + e, b * px + d * py + f)  # noqa: E731
        st = self.style
        lines = bl.lines
        first_ins = None
        for i, line in enumerate(lines):
            base = self.height - (line.fontSize if bl.kind == 1 else st.fontSize) - i * st.leading
            frags = line.words if bl.kind == 1 else []
            if any(getattr(fr, "us_lines", None) for fr in frags):
                _, y0 = to_page(0, y + base - 0.28 * st.leading)
                _, y1 = to_page(0, y + base + 0.72 * st.leading)
                self._markup.bars.append((y0, y1))
            if first_ins is None and bl.kind == 1:
                dx = line.extraSpace if st.alignment == TA_RIGHT else 0.0
                for fr in frags:
                    dx += stringWidth(fr.text, fr.fontName, fr.fontSize)
                    if any(u[1] == "underline" for u in getattr(fr, "us_lines", None) or ()):
                        first_ins = (dx, base)
                        break
        for cmt in self._comments:
            if cmt.number in self._markup.placed:
                continue
            if first_ins is None:
                if not lines:
                    continue
                line = lines[0]
                w = self.width - line.extraSpace if bl.kind == 1 else self.width - line[0]
                first_ins = (w, self.height - st.fontSize)
            ax, ay = to_page(x + first_ins[0], y + first_ins[1])
            self._markup.balloons.append((ax, ay, cmt))
            self._markup.placed.add(cmt.number)


def _face(font: str):
    return getattr(pdfmetrics.getFont(font), "face", None)


def _covered(text: str, font: str) -> bool:
    face = _face(font)
    return face is None or all(ord(ch) in face.charToGlyph or ch in "\n\t" for ch in text)


def _safe(text: str, font: str, stand_in: str) -> str:
    """`text` as paragraph markup, characters `font` lacks set in `stand_in`."""
    face = _face(font)
    out = []
    for ch in text:
        if face is not None and ord(ch) not in face.charToGlyph:
            out.append(f'<font name="{stand_in}">{escape(ch)}</font>')
        else:
            out.append(escape(ch))
    return "".join(out)


class _Fonts:
    def __init__(self):
        self.sans, self.bold = _fonts()

    def stand_in(self, font):
        return "DejaVuSans-Bold" if font == self.bold else "DejaVuSans"


def _plain(text: str, style: ParagraphStyle, rec, fonts: _Fonts) -> RP:
    """A recorded plain paragraph (long words shrink to fit), in DejaVu where the house
    font lacks a character."""
    st = style
    if not _covered(text, style.fontName):
        st = ParagraphStyle(f"{style.name}-dv", style, fontName=fonts.stand_in(style.fontName))
    p = RP(escape(text), st)
    p._text, p._base, p._rec = text, st, rec
    return p


def _runs_markup(runs, font, stand_in, author) -> str:
    ink = AUTHORS[author][1].hexval()
    red = DEL.hexval()
    out = []
    for kind, s in runs:
        m = _safe(s, font, stand_in)
        if kind == "del":
            out.append(f'<strike color="{red}" width="{LINE_W}" offset="0.26*F">'
                       f'<font color="{red}">{m}</font></strike>')
        elif kind == "ins":
            out.append(f'<u color="{ink}" width="{LINE_W}" offset="-0.16*F">'
                       f'<font color="{ink}">{m}</font></u>')
        else:
            out.append(m)
    return "".join(out)


def _tracked(runs, style, rec, markup, author, fonts, comments=()) -> _Tracked:
    p = _Tracked(_runs_markup(runs, style.fontName, fonts.stand_in(style.fontName), author), style)
    p._rec, p._markup, p._comments = rec, markup, tuple(comments)
    return p


class _Foot(FootnoteSupport):
    """Page footnotes in the house font, DejaVu where it lacks a character."""

    def __init__(self, style, rec_for, fonts, **kw):
        super().__init__(style, rec_for, **kw)
        self.fonts = fonts

    def _paras(self, note, width):
        out = []
        for k, t in enumerate(note.text or ("",)):
            st = self.style if k == 0 else ParagraphStyle(f"{self.style.name}-more", self.style,
                                                          firstLineIndent=0)
            out.append(_plain(f"{note.mark} {t}" if k == 0 else t, st, self.rec_for(note),
                              self.fonts))
        return out


def _table(t: source.Table, st, rec, fonts, change=None, markup=None, author=0, comments=()):
    """Table `t` in Word's "Table Grid"; `change` = (body row, column, old amount) shows that
    cell's earlier amount struck through before the transcription's."""
    pad = 3
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = _plain(t.label, st["tlabel"], rec, fonts)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _plain(h.text, st["tgroup"] if h.columns > 1 else st["thead"],
                                        rec, fonts)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for b, body in enumerate(t.rows):
        bold = is_total(body[0])
        row = [_plain(body[0], st["tbody_b"] if bold else st["tbody"], rec, fonts)]
        for c, text in enumerate(body[1:], start=1):
            style = st["tamount_b"] if bold else st["tamount"]
            if change and change[:2] == (b, c):
                row.append(_tracked([("del", change[2]), ("same", " "), ("ins", text)], style, rec,
                                    markup, author, fonts, comments))
            else:
                row.append(_plain(text, style, rec, fonts))
        rows.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("GRID", (0, 0), (-1, -1), 0.5, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    widths = _col_widths(t, lambda s: s, FW, st, pad, min_label=72.0)
    if change:  # room for both amounts on one line where the table has it
        r, c, old = change
        style = st["tamount_b"] if is_total(t.rows[r][0]) else st["tamount"]
        need = stringWidth(f"{old} {t.rows[r][c]}", style.fontName, style.fontSize) + 2 * pad + 2
        grow = min(need - widths[c], widths[0] - 72.0)
        if grow > 0:
            widths[c] += grow
            widths[0] -= grow
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 4), table] + [_plain(f, st["tfoot"], rec, fonts) for f in t.footnotes] + \
        [Spacer(0, 8)]


def render_tracked(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _Fonts()
    sans, bold = fonts.sans, fonts.bold

    def style(name, font=sans, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"tc-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=6),
        "label": style("label", bold, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "theme": style("theme", sans, 10, 12.5, textColor=GREY, spaceBefore=16, keepWithNext=1),
        "title": style("title", bold, 14, 17.5, spaceAfter=8, keepWithNext=1),
        "toc_h": style("toch", bold, 16, 20, spaceAfter=12),
        "toc_theme": style("toct", bold, spaceBefore=6, keepWithNext=1),
        "toc": style("toc", leftIndent=14, endDots="."),
        "toc_page": style("tocp", alignment=TA_RIGHT),
        "note": style("note", sans, 8, 10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "balloon": style("bal", sans, 7, 8.5),
        "tlabel": style("tl", bold, 7.5, 9.5),
        "thead": style("th", bold, 7.5, 9.5, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 7.5, 9.5, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7.5, 9.5), "tbody_b": style("tbb", bold, 7.5, 9.5),
        "tamount": style("ta", sans, 7.5, 9.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 7.5, 9.5, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=3),
    }
    name = dossier_name(dossier)
    running = f"Regio Deal {name} - bijlage projectvoorstellen (concept v0.4)".replace("  ", " ")
    plans = _plans(dossier)

    def once(info):
        truth = Truth(dossier, "tracked")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _Foot(st["note"], lambda n: truth.content(owners[id(n)]), fonts, rule_width=100)
        markup = _Markup(st["balloon"], bold)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT,
                  rightMargin=WIDTH - LEFT - FW, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "tracked"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 8)
            canv.drawString(LEFT, HEIGHT - 1.4 * cm, running)
            canv.setFillColor(INK)
            canv.setFont(sans, 9)
            canv.drawCentredString(LEFT + FW / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def page_end(canv, d):
            foot.draw(canv)
            markup.draw(canv)

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture, onPageEnd=page_end)])

        story = [_plain(dossier.toc_heading, st["toc_h"], None, fonts)]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(_plain(pr.theme, st["toc_theme"], None, fonts))
            story.append(Table([[_plain(pr.title, st["toc"], None, fonts),
                                 _plain(page_of(info, p), st["toc_page"], None, fonts)]],
                               colWidths=[FW - 30, 30], hAlign="LEFT", style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        story.append(PageBreak())

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            plan = plans[p]
            story += [CondPageBreak(6 * cm), _plain(pr.theme, st["theme"], rec, fonts),
                      _plain(pr.title, st["title"], truth.heading(p), fonts)]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, fonts, plan.cells.get(r), markup, plan.author,
                                    plan.comments.get(("t", r), ()))
                    continue
                story.append(_plain(row.label, st["label"], rec, fonts))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, fonts)
                        continue
                    comments = plan.comments.get((r, i), ())
                    runs = plan.paras.get((r, i)) or [("same", item)]
                    if len(runs) > 1 or comments:
                        q = _tracked(runs, st["body"], rec, markup, plan.author, fonts, comments)
                    else:
                        q = _plain(item, st["body"], rec, fonts)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last_q = q
            if loose:
                if last_q is None:
                    last_q = _plain("", st["body"], rec, fonts)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
