"""One more house style for the layout zoo (see zoo.py), held out: a provincial finance
department's Word report whose funding tables head their columns with a header of tiers,
every group label in a merged cell of a full grid.

- threetier: A4 portrait, margins 2.2 cm on every side. DejaVu Sans 10pt on 13.5pt, ragged
          right, 5pt after a paragraph; a list item keeps the source's marker and hangs on
          it. The page number alone, centred in the footer (9pt). No running header, no
          contents. Projects flow on (a conditional break keeps an opening off a page's
          foot): each opens with its THEME in small grey capitals (8pt, upper case) over its
          TITLE in 15pt DejaVu Sans Bold. FIELDS: the label in bold 10pt on a line of its
          own, the field's paragraphs under it; a table inside a field stands under its
          label across the column. Project notes are page footnotes (8pt, under a short
          rule), each at the foot of the page of the first paragraph that holds its mark.
          FUNDING TABLES (every value column a source or the total: totaal, privaat,
          onderwijs, regio, gemeente, provincie, overig_publiek, publiek_N, rijk; keys as
          the dossier's cell list gives them, else read from the labels) across the column,
          under a HEADER OF TIERS, columns in the house's order: the corner cell (the
          table's own label, "Opgaven/Investeringen", "Kostenpost") and the total column
          (its own label, "Totaal EUR") merged down every header row; then a top-tier cell
          "Financiering" (every other funding table: "Bijdragen") over every source column;
          under it "Regionale middelen" (every other pair of funding tables: "Cofinanciering
          regio") over the regional sources, and the Rijk column (its own label, "Rijk",
          "Rijksbijdrage") merged down to the header's foot; under the regional cell the
          non-public sources (Privaat, Onderwijs, Regio ... in that order, each under its own
          label) merged down to the header's foot, and a cell "Publiek" over the public
          sources (gemeente, provincie, publiek_1/2, overig_publiek, in that order), their
          own labels ("Gem.", "Provincie", "Waterschap") in the tier under it (none where the
          transcription gives none: "Publiek" then runs down to the header's foot). The
          tiers are built from the columns the table has: no public source, no "Publiek"
          (and one tier less: three); no regional source, no "Regionale middelen"; no Rijk,
          the table ends with the regional sources; never fewer than three header rows.
          With public sources the nesting Financiering > Regionale middelen > Publiek >
          "Gem." needs FOUR rows: the header then has four. The transcription's own group
          labels ("Publiek", "Publieke partijen") are not printed: the house's stand in
          their place. Other tables (milestones, years, "Per jaar | EUR 3 jaar") keep the
          transcription's header lines and spans, in the same grid.
          Every table: a full grid of 0.5pt black rules; header cells bold 8pt, centred
          (horizontally and vertically) on a pale blue-grey fill; body 8.5pt, the row
          labels left, amounts right-aligned exactly as transcribed (marks included), words
          in value columns left; the Totaal row bold with a double rule above it. The value
          columns as wide as their widest header word or amount (a group's widest word
          widens the columns under it), the label column the rest (at least 24% of the
          width). A table that breaks over a page, where the page is full or where the
          source breaks it (before page_break_before_row), repeats all its header rows at
          the top of the next page. Table footnotes under the table in 8pt.

The tiers' own words ("Financiering", "Bijdragen", "Regionale middelen", "Cofinanciering
regio", "Publiek") are header text, not cells; every cell and field is printed as
transcribed, so the truth record is the plain one (no "raw", no "row_order").
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _note_owners
from .zoo_common import (Doc, FootnoteSupport, Truth, build_until_stable, field_para, font_for, is_total,
                         meta, para, register_fonts)
from .zoo_province import _column_keys, _golden_keys, _numeric

WIDTH, HEIGHT = A4
MARGIN = 2.2 * cm
FW = WIDTH - 2 * MARGIN
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
GREY = colors.HexColor("#707070")
FILL = colors.HexColor("#DCE3EA")  # pale blue-grey
RULE = 0.5
HEAD_SIZE, BODY_SIZE = 8.0, 8.5
PAD = 3.0

# The house's order of the sources under the tiers.
REGIONAL = ("privaat", "onderwijs", "regio")
PUBLIC = ("gemeente", "provincie", "publiek", "overig_publiek")
TOP_WORDS = ("Financiering", "Bijdragen")
REGIONAL_WORDS = ("Regionale middelen", "Cofinanciering regio")
PUBLIC_WORD = "Publiek"


def _styles() -> dict:
    def t(name, font, size, align, leading):
        return ParagraphStyle(f"tt-{name}", fontName=font, fontSize=size, leading=leading,
                              alignment=align)

    body = ParagraphStyle("tt-body", fontName=SANS, fontSize=10, leading=13.5, spaceAfter=5)
    return {
        "body": body,
        "item": ParagraphStyle("tt-item", body, leftIndent=16, bulletIndent=3, bulletFontName=SANS,
                               spaceAfter=3),
        "label": ParagraphStyle("tt-label", fontName=BOLD, fontSize=10, leading=13.5,
                                spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "theme": ParagraphStyle("tt-theme", fontName=SANS, fontSize=8, leading=10,
                                textColor=GREY, spaceBefore=16, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("tt-title", fontName=BOLD, fontSize=15, leading=18.5,
                                spaceAfter=8, keepWithNext=1),
        "thead": t("th", BOLD, HEAD_SIZE, TA_CENTER, 9.8),
        "tbody": t("tb", SANS, BODY_SIZE, TA_LEFT, 10.6),
        "tbody_b": t("tbb", BOLD, BODY_SIZE, TA_LEFT, 10.6),
        "tamount": t("ta", SANS, BODY_SIZE, TA_RIGHT, 10.6),
        "tamount_b": t("tab", BOLD, BODY_SIZE, TA_RIGHT, 10.6),
        "ttext": t("tt", SANS, BODY_SIZE, TA_LEFT, 10.6),
        "ttext_b": t("ttb", BOLD, BODY_SIZE, TA_LEFT, 10.6),
        "tfoot": ParagraphStyle("tt-tf", fontName=SANS, fontSize=8, leading=10, spaceBefore=2),
        "note": ParagraphStyle("tt-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


# --- the header's tiers -----------------------------------------------------------------


def _kind(key: str | None) -> str | None:
    """What a column is under the tiers: "totaal", "rijk", "public", "regional", or None (no
    funding column)."""
    if key is None:
        return None
    if key in ("totaal", "rijk"):
        return key
    if key in PUBLIC or key.startswith("publiek"):
        return "public"
    if key in REGIONAL:
        return "regional"
    return None


def _keys(t: source.Table, golden: list[str] | None) -> list[str | None]:
    """Each value column's source key; a column without one of its own under a group label
    of the transcription that says "Publ..." (Skills Twente's two Publiek columns) is a
    public source."""
    keys = _column_keys(t, golden)
    for h in t.header_cells():
        if h.columns > 1 and h.text.strip().lower().startswith("publ"):
            for c in range(h.column - 1, h.column - 1 + h.columns):
                if keys[c] is None:
                    keys[c] = f"publiek_{c - h.column + 2}"
    return keys


def _leaves(t: source.Table) -> list[str]:
    """Each value column's own label: the lowest one-column header cell over it ("" where the
    transcription has none)."""
    leaf = [""] * t.columns
    for h in sorted(t.header_cells(), key=lambda h: h.line):
        if h.columns == 1:
            leaf[h.column - 1] = h.text
    return leaf


def _rank(key: str, order: tuple[str, ...]) -> int:
    base = "publiek" if key.startswith("publiek") and key not in order else key
    return order.index(base) if base in order else len(order)


class Header:
    """The header of a table on the grid: `cells` are (text, first column, last column, first
    row, last row) with grid column 0 the label column; `order` the transcription's value
    columns (0-based) in the order printed; `rows` the number of header rows."""

    def __init__(self, rows: int, cells: list[tuple], order: list[int]):
        self.rows, self.cells, self.order = rows, cells, order


def tiers(t: source.Table, keys: list[str | None], k: int) -> Header | None:
    """The tiered header of funding table `t` (the dossier's k-th funding table: its tier
    words alternate), or None where `t` is no funding table."""
    kinds = [_kind(key) for key in keys]
    if None in kinds or all(kd == "totaal" for kd in kinds):
        return None
    leaf = _leaves(t)
    n = t.columns
    total = [c for c in range(n) if kinds[c] == "totaal"]
    regional = sorted((c for c in range(n) if kinds[c] == "regional"),
                      key=lambda c: (_rank(keys[c], REGIONAL), c))
    public = sorted((c for c in range(n) if kinds[c] == "public"),
                    key=lambda c: (_rank(keys[c], PUBLIC), keys[c], c))
    rijk = [c for c in range(n) if kinds[c] == "rijk"]
    rows = max(3, 1 + bool(regional or public) + bool(public) + 1)
    last = rows - 1
    cells: list[tuple] = [(t.label, 0, 0, 0, last)]
    g = 1
    for c in total:
        cells.append((leaf[c], g, g, 0, last))
        g += 1
    sources = len(regional) + len(public) + len(rijk)
    cells.append((TOP_WORDS[k % 2], g, g + sources - 1, 0, 0))
    if regional or public:
        cells.append((REGIONAL_WORDS[(k // 2) % 2], g, g + len(regional) + len(public) - 1, 1, 1))
        for c in regional:
            cells.append((leaf[c], g, g, 2, last))
            g += 1
        if public:
            named = any(leaf[c] for c in public)
            cells.append((PUBLIC_WORD, g, g + len(public) - 1, 2, 2 if named else last))
            for c in public:
                if named:
                    cells.append((leaf[c], g, g, 3, last))
                g += 1
    for c in rijk:
        cells.append((leaf[c], g, g, 1, last))
        g += 1
    return Header(rows, cells, total + regional + public + rijk)


def transcribed(t: source.Table) -> Header:
    """The transcription's own header lines and spans, the label merged down them."""
    rows = len(t.header)
    cells = [(t.label, 0, 0, 0, rows - 1)]
    for h in t.header_cells():
        cells.append((h.text, h.column, h.column + h.columns - 1, h.line, h.line + h.lines - 1))
    return Header(rows, cells, list(range(t.columns)))


# --- tables -----------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    return stringWidth(text, font_for(text, font), size)


def _widest(text: str, font: str, size: float) -> float:
    return max((_width(w, font, size) for w in text.split()), default=0.0)


def _widths(t: source.Table, head: Header, width: float) -> list[float]:
    """The label column and each printed value column: a value column as wide as its widest
    header word, amount or text of words (up to 4 cm; a word of a group over it widening its
    share), at least 1.2 cm, up to 2.8 cm where there is room; the label column the rest, at
    least 24% of the width."""
    n = len(head.order)
    need = [1.2 * cm] * n
    for text, c0, c1, _, _ in head.cells:
        if c0 == c1 and c0 > 0:
            need[c0 - 1] = max(need[c0 - 1], _widest(text, BOLD, HEAD_SIZE) + 2 * PAD + 1)
    for g, c in enumerate(head.order):
        for body in t.rows:
            text = body[c + 1] if c + 1 < len(body) else ""
            if _numeric(text):
                w = _width(text, BOLD, BODY_SIZE)
            else:  # words: on one line up to 4 cm
                w = max(_widest(text, BOLD, BODY_SIZE), min(_width(text, BOLD, BODY_SIZE), 4 * cm))
            need[g] = max(need[g], w + 2 * PAD + 1)
    for text, c0, c1, _, _ in head.cells:
        if c1 > c0 and c0 > 0:
            short = _widest(text, BOLD, HEAD_SIZE) + 2 * PAD + 1 - sum(need[c0 - 1:c1])
            for g in range(c0 - 1, c1):
                need[g] += max(short, 0) / (c1 - c0 + 1)
    label_min = 0.24 * width
    rest = width - sum(need)
    if rest < label_min:
        scale = (width - label_min) / sum(need)
        need = [w * scale for w in need]
    elif rest > 0.40 * width:  # room to spare: the value columns grow, up to 2.8 cm
        extra = (rest - 0.40 * width) / n
        need = [max(w, min(w + extra, 2.8 * cm)) for w in need]
    return [width - sum(need)] + need


def _cell(text: str, bold: bool, st, rec):
    key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
    return para(text, st[key], rec)


def _grid(t: source.Table, head: Header, body: list[tuple[str, ...]], widths, st, rec) -> Table:
    """One printed part of table `t`: its header (drawn anew for every part) and `body`."""
    cols = len(head.order) + 1
    rows: list[list] = [[""] * cols for _ in range(head.rows)]
    cmds: list = [("SPAN", (c0, r0), (c1, r1)) for _, c0, c1, r0, r1 in head.cells
                  if (c0, r0) != (c1, r1)]
    for text, c0, _, r0, _ in head.cells:
        rows[r0][c0] = para(text, st["thead"], rec)
    totals = []
    for line in body:
        bold = is_total(line[0])
        if bold:
            totals.append(len(rows))
        cells = [line[c + 1] if c + 1 < len(line) else "" for c in head.order]
        rows.append([para(line[0], st["tbody_b" if bold else "tbody"], rec)]
                    + [_cell(text, bold, st, rec) for text in cells])
    last = len(rows) - 1
    cmds += [("VALIGN", (0, 0), (-1, head.rows - 1), "MIDDLE"),
             ("VALIGN", (0, head.rows), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("BACKGROUND", (0, 0), (-1, head.rows - 1), FILL),
             ("BOX", (0, 0), (-1, -1), RULE, colors.black),
             ("LINEAFTER", (0, 0), (-2, -1), RULE, colors.black)]
    # Every row its rule below, but the row above a Totaal row: a double rule there instead.
    for r in range(last):
        if r + 1 not in totals:
            cmds.append(("LINEBELOW", (0, r), (-1, r), RULE, colors.black))
    for r in totals:
        if r > head.rows:
            cmds.append(("LINEABOVE", (0, r), (-1, r), RULE, colors.black, None, None, None, 2, 1.0))
            cmds.append(("NOSPLIT", (0, r - 1), (-1, r)))
        else:  # a Totaal row right under the header: the header's rule is the one above it
            cmds.append(("LINEABOVE", (0, r), (-1, r), RULE, colors.black))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, head.rows))))
    return Table(rows, colWidths=widths, repeatRows=head.rows, hAlign="LEFT", style=TableStyle(cmds))


def _table(t: source.Table, head: Header, st, rec, investment: bool) -> list:
    """The table, in two parts (the second on a new page, under its header again) where the
    source breaks it; its footnotes under it."""
    widths = _widths(t, head, FW)
    k = t.page_break_before_row
    out: list = [Spacer(0, 4)]
    if investment and k and 0 < k < len(t.rows):
        out += [_grid(t, head, list(t.rows[:k]), widths, st, rec), PageBreak(),
                _grid(t, head, list(t.rows[k:]), widths, st, rec)]
    else:
        out.append(_grid(t, head, list(t.rows), widths, st, rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


# --- the document -----------------------------------------------------------------------


def render_threetier(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _golden_keys(dossier)

    # Each table's header, its tier words alternating over the dossier's funding tables.
    heads: dict[tuple[int, int], Header] = {}
    funding = 0
    for p, pr in enumerate(dossier.projects):
        for i, t in enumerate(pr.tables()):
            head = tiers(t, _keys(t, golden.get((pr.title, i))), funding)
            if head is None:
                head = transcribed(t)
            else:
                funding += 1
            heads[(p, i)] = head

    def once(info):
        truth = Truth(dossier, "threetier")
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]))
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "threetier"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(SANS, 9)
            canv.drawCentredString(WIDTH / 2, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            index = {id(t): i for i, t in enumerate(pr.tables())}
            story.append(CondPageBreak(5 * cm))
            theme = ParagraphStyle("tt-theme-f", st["theme"], fontName=font_for(pr.theme, SANS))
            story.append(para(pr.theme, theme, rec, markup=escape(pr.theme.upper())))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last_q = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, heads[(p, index[id(row)])], st, rec, investment=True)
                    continue
                story.append(para(row.label, st["label"], rec))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, heads[(p, index[id(item)])], st, rec, investment=False)
                        continue
                    q = field_para(item, st["body"], st["item"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last_q = q
            if loose:  # notes whose mark is nowhere in the text: with the project's last paragraph
                if last_q is None:
                    last_q = para("", st["body"], rec)
                    story.append(last_q)
                last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)
