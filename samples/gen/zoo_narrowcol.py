"""One more house style for the layout zoo (see zoo.py), held out: the dossier printed as a
regional newspaper's supplement ("bijlage bij de krant"), set by the paper's layout tool.

- narrowcol: A4 portrait in TWO text columns of 8.3 cm with a 0.5 cm gutter (margins 1.95 cm
             left and right), no column rule. Body text in a serif (Liberation Serif, Times'
             metrics; else DejaVu Serif) at 9pt on 11.5pt, JUSTIFIED and HYPHENATED: a word of
             six letters or more (no digits, hyphens or slashes in it) may break at its Dutch
             syllable points (typeset's rules, soft hyphens), and where the layout tool breaks
             one a hyphen is drawn at the line end ("ont-" / "wikkeling"); a field's first
             paragraph flush left, its later ones indented 9pt, no space between; a list item
             keeps the source's marker and hangs on it (9pt); a character the serif lacks
             ("⁴", "₂") is set in DejaVu Serif on its own. Field labels in bold sans
             (Liberation Sans, Arial's metrics; else DejaVu Sans) 9pt on a line of their own
             above their text (7pt above the label), moved to the next column with less than
             three lines' room under them. Each project starts on a new page under a head
             across BOTH columns: the theme as a kicker in red (#C8102E) bold sans capitals,
             8pt; the title in bold sans 15pt on 18pt (a long title on two lines); a 0.5pt
             rule across both columns; 12pt lower the fields flow down the left column, then
             the right, then on into the next page's two columns. Running header on every
             page, 7.5pt sans: "BIJLAGE" in red bold, then " | Regio Deal <name>" at the left,
             the issue's date ("zaterdag 27 oktober 2018"; "zaterdag 16 maart 2024" for
             Zeeland and any other dossier) at the right, a 0.4pt rule under it across both
             columns; the page number in bold sans 8pt at the foot's outer corner (right on
             odd pages, left on even ones). Page 1 is the supplement's cover: in the LEFT
             column a cover headline (the kicker "PROJECTVOORSTELLEN" in red bold sans 9pt,
             "Regio Deal <name>" in bold sans 26pt, a standfirst in bold serif 10.5pt: "Alle
             <n> projecten van de Regio Deal <name> op een rij, in <k> thema's: ..."); in the
             RIGHT column the CONTENTS IN A BOX (light warm tint, a hairline border, a 2pt red
             rule along its top): the transcription's contents heading in bold sans 11pt, each
             theme as a red bold 7pt capitals line, its projects' titles in serif 8.5pt (a
             long one on two lines), each with its page number right-aligned in bold sans on
             the title's last line, no leaders.
             TABLES (investment tables and those inside a field, which stay in their field)
             are set INSIDE ONE COLUMN, never across both: 6.5pt Liberation Sans Narrow
             (Arial Narrow's metrics; else DejaVu Sans Condensed) on 7.8pt, cell paddings
             1.5pt left and right (so two amounts that fill their columns stand 3pt apart).
             The row-label column is 30% of the column width (its labels wrap over several
             lines, not hyphenated); the value columns share the rest at ONE width, but a
             column that needs more gets what it needs (its widest amount unbroken, its text
             cells' widest word, its header's widest piece) and the others share what is left.
             An amount (a number, "-", ".-", "€ 2,4 mln.", "1,425 mln.", footnote marks after
             it) never wraps: where the amounts do not fit at 6.5pt the whole table is set at
             6pt, and where they still do not fit the label column gives them what they need
             (Gebiedsontwikkeling's seven columns: 6pt, a label column of 27%). Text cells
             ("Q4 2024", "€ 75.000 per broedplaats = € 750.000") wrap in their column. Header
             cells bold, at the foot of the header lines; single headers right-aligned over
             their amounts, a group header ("Publiek") centred over its members (no rule under
             it); the table's label ("Opgaven/Investeringen") left over the label column. THE
             HEADER TEXTS ARE HYPHENATED as the layout tool does: the transcription's text
             filled into its column (or spanned columns) line by line, a word that does not
             fit the rest of a line broken at its last break point where the head fits there:
             a Dutch syllable point with a hyphen added (a small hyphenation dictionary for
             the usual header words, else typeset's rules: "Onder-" / "wijs", "Provin-" /
             "cie", "Gemeen-" / "ten", "Kennis-" / "instellin-" / "gen", "On-" /
             "derw.", "(incl. In-" / "vest-NL)", "Opgaven/Intoverstenin-" / "gen"), or after
             a slash or hyphen the word already has, without one; a word with no fitting break
             point goes to the next line whole. A 0.5pt rule above and below the header
             lines and under the last row; no vertical rules; every other body row (the 2nd,
             4th, ...) shaded light grey (#EBEBEB); the Totaal row bold. A table taller than
             what is left of its column continues at the top of the NEXT COLUMN (the right
             one, or the next page's left one) with its header lines repeated; the header
             and the first two body rows stay together, and so do the last two body rows;
             the transcription's page breaks are not reproduced. Table footnotes in 6pt sans
             under the table. Project notes as footnotes at the foot of the COLUMN where their
             mark stands (7pt serif, the mark hanging, under a short rule; notes whose mark is
             nowhere go with the project's last paragraph).

Every cell prints as transcribed: the truth record holds no raw texts. The header texts are
printed with the hyphens of their line breaks ("Onder-" / "wijs" for "Onderwijs"); no header
text is scored, so that is not recorded.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _block_height, _note_owners
from .zoo_budget import _fonts as _sans_fonts
from .zoo_common import (build_until_stable, Doc, dossier_name, FALLBACK, FootnoteSupport,
                         is_total, meta, page_of, para, Truth)
from .zoo_consultancy import _fonts as _narrow_fonts
from .zoo_typeset import _break_points, _fonts as _serif_fonts, hyphenate

WIDTH, HEIGHT = A4
COL_W = 8.3 * cm
GUTTER = 0.5 * cm
MX = (WIDTH - 2 * COL_W - GUTTER) / 2
FW = 2 * COL_W + GUTTER
TOP, BOTTOM = 2.0 * cm, 1.8 * cm          # the text area's distance from the page edges
HEAD_Y, FOLIO_Y = HEIGHT - 1.25 * cm, 1.0 * cm
OPENER_GAP = 12.0                         # between the project head and the columns

INK = colors.HexColor("#111111")
RED = colors.HexColor("#C8102E")
GREY = colors.HexColor("#5A5A5A")
ZEBRA = colors.HexColor("#EBEBEB")
TINT = colors.HexColor("#F2EFEA")
HAIR = colors.HexColor("#9A9A9A")

LABEL_SHARE = 0.30
PAD = 1.5                                 # a table cell's left and right padding
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
SHY = "\u00ad"

# The issue the supplement came with; another dossier gets the default.
_DATES = {"Twente": "zaterdag 27 oktober 2018", "Zeeland": "zaterdag 16 maart 2024"}
_DEFAULT_DATE = "zaterdag 16 maart 2024"


def _is_amount(text: str) -> bool:
    core = text.rstrip(_MARKS).strip()
    return core in ("-", ".-", "") or bool(_AMOUNT.fullmatch(core))


# --- text --------------------------------------------------------------------------------


def _glyphs(font):
    return getattr(getattr(pdfmetrics.getFont(font), "face", None), "charToGlyph", None)


def _markup(text: str, font: str) -> str:
    """Markup of `text` with each character `font` lacks in its stand-in."""
    glyphs = _glyphs(font)
    if not glyphs:
        return escape(text)
    stand_in = FALLBACK.get(font, "DejaVuSerif")
    return "".join(escape(ch) if ch == SHY or ord(ch) in glyphs
                   else f'<font name="{stand_in}">{escape(ch)}</font>' for ch in text)


def _running(text: str, style, rec=None):
    """Body text as the layout tool sets it: justified, with hyphenation points."""
    return para("", style, rec, markup=_markup(hyphenate(text, min_letters=6), style.fontName))


# The layout tool's hyphenation dictionary for the words of the tables' headers; other
# words break at the syllable points of typeset's rules.
_DICTIONARY = {w.replace("-", ""): w for w in (
    "ac-ti-vi-teit", "be-drijfs-le-ven", "be-drij-ven", "be-gro-ting", "fi-nan-cie-ring",
    "fi-nan-cie-rings-over-zicht", "ge-meen-ten", "in-ves-te-ring", "in-ves-te-rin-gen",
    "in-ves-te-rings", "ken-nis-in-stel-lin-gen", "kos-ten-post", "mijl-paal", "on-der-deel",
    "on-der-wijs", "op-ga-ven", "pri-vaat", "pro-vin-cie", "pu-bliek", "wa-ter-schap",
    "werk-ge-vers")}


def _points(letters: str) -> list[int]:
    """Where a word of letters may break: the dictionary's points, else typeset's."""
    known = _DICTIONARY.get(letters.lower())
    if known is None:
        return _break_points(letters)
    out, k = [], 0
    for piece in known.split("-")[:-1]:
        k += len(piece)
        out.append(k)
    return out


def _breaks(word: str) -> list[tuple[int, bool]]:
    """Where `word` may break: (position, whether a hyphen is added there): after a slash or
    a hyphen it already has, or at a syllable point of a run of five letters or more."""
    out = [(m.end(), False) for m in re.finditer(r"[/\-]", word[:-1])]
    for chunk in re.finditer(r"[^\W\d_]+", word):
        if len(chunk.group()) >= 5:
            out += [(chunk.start() + k, True) for k in _points(chunk.group())]
    return sorted(out)


def _fill(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` filled into lines of `width` as the layout tool hyphenates: a word that does
    not fit the rest of a line breaks at its last break point where the head fits there (a
    syllable's head with a hyphen), else it goes to the next line."""
    lines, cur = [], ""
    queue = [(w, _breaks(w)) for w in text.split()]
    space = stringWidth(" ", font, size)
    while queue:
        w, breaks = queue.pop(0)
        cand = f"{cur} {w}" if cur else w
        if stringWidth(cand, font, size) <= width:
            cur = cand
            continue
        room = width - (stringWidth(cur, font, size) + space if cur else 0.0)
        fits = [(pos, hy) for pos, hy in breaks
                if stringWidth(w[:pos] + ("-" if hy else ""), font, size) <= room]
        if fits:
            pos, hy = fits[-1]
            head = w[:pos] + ("-" if hy else "")
            lines.append(f"{cur} {head}" if cur else head)
            cur = ""
            queue.insert(0, (w[pos:], [(q - pos, h) for q, h in breaks if q > pos]))
        elif cur:
            lines.append(cur)
            cur = ""
            queue.insert(0, (w, breaks))
        else:  # no break point fits: the word stands alone on its line
            lines.append(w)
    if cur:
        lines.append(cur)
    return lines


# --- page footnotes per column --------------------------------------------------------


class _ColumnNotes(FootnoteSupport):
    """Page footnotes at the foot of the column where their mark stands."""

    GAP = 8

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.cols: dict[float, dict] = {}

    def place(self, notes, frame, canv) -> None:
        width = frame._getAvailableWidth()
        x = frame._x1 + frame._leftPadding
        col = self.cols.setdefault(x, {"bottom": frame._y1p, "items": []})
        frame._y1p += self.height(notes, width)
        col["items"].extend((n, x, width) for n in notes)

    def draw(self, canv) -> None:
        for col in self.cols.values():
            self.pending, self.bottom = col["items"], col["bottom"]
            super().draw(canv)
        self.cols, self.pending = {}, []


# --- tables ----------------------------------------------------------------------------


def _table_styles(sans, bold, size):
    lead = round(size * 1.2, 2)

    def style(name, font, align=TA_LEFT, **kw):
        return ParagraphStyle(f"nc-{name}{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align, textColor=INK, **kw)

    return {"tlabel": style("tl", bold), "thead": style("th", bold, TA_RIGHT),
            "tgroup": style("tg", bold, TA_CENTER), "tbody": style("tb", sans),
            "tbody_b": style("tbb", bold), "tamount": style("ta", sans, TA_RIGHT),
            "tamount_b": style("tab", bold, TA_RIGHT),
            "tfoot": ParagraphStyle(f"nc-tf{size}", fontName=sans, fontSize=6, leading=7.4,
                                    textColor=INK, spaceBefore=2)}


def _pieces(text: str, font: str, size: float) -> float:
    """The widest piece of a header text broken at every point it may break at."""
    widest = 0.0
    for word in text.split():
        last = 0
        for pos, hy in _breaks(word) + [(len(word), False)]:
            widest = max(widest, stringWidth(word[last:pos] + ("-" if hy else ""), font, size))
            last = pos
    return widest


def _widths(t: source.Table, sans, bold, size):
    """[label, value, ...] at `size` (None where the amounts do not fit next to a label
    column of LABEL_SHARE) and what each value column needs: its widest amount unbroken,
    its text cells' widest word, its header's widest piece. The value columns are one width
    but where a column needs more (the layout tool's "distribute columns evenly", the wide
    ones widened)."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = _pieces(h.text, bold, size) + 2 * PAD + 1
    for body in t.rows:
        font = bold if is_total(body[0]) else sans
        for c, text in enumerate(body[1:]):
            if _is_amount(text):  # an amount never wraps
                w = stringWidth(text, font, size)
            else:  # a text cell wraps: its widest word
                w = max((stringWidth(x, font, size) for x in text.split()), default=0.0)
            need[c] = max(need[c], w + 2 * PAD + 1)
    label = LABEL_SHARE * COL_W
    rest = COL_W - label
    if sum(need) > rest:
        return None, need
    wide = set()
    while True:  # one width w for the columns that need no more than w
        w = (rest - sum(need[c] for c in wide)) / (n - len(wide))
        more = {c for c in range(n) if c not in wide and need[c] > w}
        if not more:
            break
        wide |= more
    return [label] + [need[c] if c in wide else w for c in range(n)], need


def _table(t: source.Table, fonts, rec) -> list:
    """Table `t` inside one column, its footnotes under it."""
    sans, bold = fonts
    size = 6.5
    widths, need = _widths(t, sans, bold, size)
    if widths is None:
        size = 6.0
        widths, need = _widths(t, sans, bold, size)
    if widths is None:  # the label column gives up what the amounts need
        widths = [COL_W - sum(need)] + need
    ts = _table_styles(sans, bold, size)
    n, lines = t.columns, len(t.header)

    def head(text, style, width):
        broken = _fill(text, style.fontName, style.fontSize, width - 2 * PAD - 0.5)
        return para("", style, rec, markup="<br/>".join(escape(x) for x in broken))

    grid = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    grid[0][0] = head(t.label, ts["tlabel"], widths[0])
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        w = sum(widths[h.column:h.column + h.columns])
        grid[h.line][h.column] = head(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], w)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], ts["tbody_b"] if total else ts["tbody"], rec)]
        row += [para(x, ts["tamount_b"] if total else ts["tamount"], rec) if x else ""
                for x in body[1:]]
        grid.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.4), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
            ("TOPPADDING", (0, 0), (-1, 0), 2.5),
            ("BOTTOMPADDING", (0, lines - 1), (-1, lines - 1), 2.5),
            ("FONTSIZE", (0, 0), (-1, -1), size), ("LEADING", (0, 0), (-1, -1), size * 1.2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, INK),
            ("ROWBACKGROUNDS", (0, lines), (-1, -1), [None, ZEBRA])]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(grid) - 1, lines + 1))))
    if len(grid) - lines > 3:  # no body row alone at the top of the next column
        cmds.append(("NOSPLIT", (0, len(grid) - 2), (-1, len(grid) - 1)))
    table = Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    return [Spacer(0, 5), table] + [para(f, ts["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 6)]


# --- furniture ---------------------------------------------------------------------------


class _Rule(Flowable):
    def __init__(self, width, thickness, colour, space_before=0.0, space_after=0.0):
        super().__init__()
        self.w, self.t, self.colour = width, thickness, colour
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aW, aH):
        return self.w, self.t

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(self.colour)
        c.setLineWidth(self.t)
        c.line(0, self.t / 2, self.w, self.t / 2)
        c.restoreState()


def _styles(serif, serif_b, sans, bold):
    def style(name, font=serif, size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"nc-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", alignment=TA_JUSTIFY),
        "more": style("more", alignment=TA_JUSTIFY, firstLineIndent=9),
        "item": style("item", alignment=TA_JUSTIFY, leftIndent=9, firstLineIndent=-9),
        "label": style("label", bold, 9, 11.5, spaceBefore=7, spaceAfter=1, keepWithNext=1),
        "kicker": style("kicker", bold, 8, 10, textColor=RED, spaceAfter=2),
        "title": style("title", bold, 15, 18),
        "note": style("note", serif, 7, 8.6, leftIndent=7, firstLineIndent=-7, spaceAfter=1),
        "cover_kicker": style("ck", bold, 9, 11, textColor=RED, spaceAfter=4),
        "cover_title": style("ct", bold, 26, 29, spaceAfter=10),
        "standfirst": style("sf", serif_b, 10.5, 13.5),
        "toc_h": style("toch", bold, 11, 14),
        "toc_theme": style("toct", bold, 7, 9, textColor=RED),
        "toc": style("toc", serif, 8.5, 10.5),
        "toc_page": style("tocp", bold, 8.5, 10.5, alignment=TA_RIGHT),
    }


def _contents(dossier, st, info) -> Table:
    """The contents box for the cover's right column."""
    rows = [[para(dossier.toc_heading, st["toc_h"]), ""]]
    cmds = [("SPAN", (0, 0), (1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 4)]
    last = None
    for p, pr in enumerate(dossier.projects):
        if pr.theme != last:
            last = pr.theme
            r = len(rows)
            rows.append([para(pr.theme.upper(), st["toc_theme"]), ""])
            cmds += [("SPAN", (0, r), (1, r)), ("TOPPADDING", (0, r), (-1, r), 6)]
        rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
    pad = 7.0
    cmds += [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
             ("LEFTPADDING", (1, 0), (1, -1), 2),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("TOPPADDING", (0, 0), (-1, 0), 7), ("BOTTOMPADDING", (0, -1), (-1, -1), 8),
             ("BACKGROUND", (0, 0), (-1, -1), TINT),
             ("BOX", (0, 0), (-1, -1), 0.4, HAIR),
             ("LINEABOVE", (0, 0), (-1, 0), 2, RED)]
    return Table(rows, colWidths=[COL_W - 28, 28], style=TableStyle(cmds), hAlign="LEFT")


def _fields(pr: source.Project, st, rec, foot, fonts) -> list:
    """The project's fields: each label in bold sans on a line of its own, its paragraphs
    and tables under it; a paragraph holding a note's mark carries the note to its column's
    foot (notes whose mark is nowhere go with the last paragraph)."""
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    lead = st["body"].leading
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += _table(row, fonts, rec)
            continue
        story += [CondPageBreak(st["label"].spaceBefore + st["label"].leading + 3 * lead),
                  para(row.label, st["label"], rec)]
        first = True
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _table(item, fonts, rec)
                first = True
                continue
            key = "item" if _LIST_ITEM.match(item) else ("body" if first else "more")
            q = _running(item, st[key], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
            first = False
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_narrowcol(dossier: source.Dossier, pdf_path) -> dict:
    serif_f = _serif_fonts()
    serif, serif_b = serif_f["TsSerif"], serif_f["TsSerif-Bold"]
    sans, bold, _ = _sans_fonts()
    fonts = _narrow_fonts()
    st = _styles(serif, serif_b, sans, bold)
    name = dossier_name(dossier)
    running = f" | Regio Deal {name}".rstrip()
    date = _DATES.get(name, _DEFAULT_DATE)
    themes = list(dict.fromkeys(pr.theme for pr in dossier.projects))

    def once(info):
        truth = Truth(dossier, "narrowcol")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = _ColumnNotes(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=50)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "narrowcol"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(bold, 7.5)
            canv.setFillColor(RED)
            canv.drawString(MX, HEAD_Y, "BIJLAGE")
            x = MX + stringWidth("BIJLAGE", bold, 7.5)
            canv.setFont(sans, 7.5)
            canv.setFillColor(INK)
            canv.drawString(x, HEAD_Y, running)
            canv.drawRightString(WIDTH - MX, HEAD_Y, date)
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.4)
            canv.line(MX, HEAD_Y - 4, WIDTH - MX, HEAD_Y - 4)
            canv.setFont(bold, 8)
            if page % 2:
                canv.drawRightString(WIDTH - MX, FOLIO_Y, str(page))
            else:
                canv.drawString(MX, FOLIO_Y, str(page))
            canv.restoreState()

        def columns(top):
            return [Frame(MX + k * (COL_W + GUTTER), BOTTOM, COL_W, top - BOTTOM,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                    for k in (0, 1)]

        def end(canv, d):
            foot.draw(canv)

        top = HEIGHT - TOP
        templates = [PageTemplate("cover", columns(top), onPage=furniture, onPageEnd=end),
                     PageTemplate("cols", columns(top), onPage=furniture, onPageEnd=end)]
        n = len(dossier.projects)
        story: list = [
            Spacer(0, 18),
            para("PROJECTVOORSTELLEN", st["cover_kicker"]),
            para(f"Regio Deal {name}".strip(), st["cover_title"]),
            para(f"Alle {n} projecten van de Regio Deal {name} op een rij, in "
                 f"{len(themes)} thema's: wat ze willen bereiken, wie er meedoen en wat "
                 f"ze kosten.".replace("  ", " "), st["standfirst"]),
            FrameBreak(),
            _contents(dossier, st, info)]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            opener = [para(pr.theme.upper(), st["kicker"], rec),
                      para(pr.title, st["title"], truth.heading(p)),
                      _Rule(FW, 0.5, INK, space_before=5)]
            h = _block_height(opener, FW) + 2
            head = Frame(MX, top - h, FW, h, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)
            templates.append(PageTemplate(f"open{p}", [head] + columns(top - h - OPENER_GAP),
                                          onPage=furniture, onPageEnd=end))
            story += [NextPageTemplate(f"open{p}"), PageBreak(), *opener,
                      NextPageTemplate("cols"), FrameBreak()]
            story += _fields(pr, st, rec, foot, fonts)
        doc.addPageTemplates(templates)
        doc.build(story)
        return truth

    return build_until_stable(once)
