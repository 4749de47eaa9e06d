"""One more house style for the layout zoo (see zoo.py), held out: a province's report set in
TWO justified columns, its funding tables squeezed INTO ONE COLUMN, field labels RUN IN.

- twocolnarrow: the look of a provincial "voortgangsrapportage" laid out in Word with a
          two-column section. A4 portrait, margins 2.2 cm left and right, 2.3 cm top, 2.0 cm
          bottom; TWO text columns of 8.0 cm with a 0.6 cm gutter and a 0.3pt grey column
          rule in the middle of the gutter (over the columns' height, under the title block
          on a project's first page). Body in a serif (Liberation Serif; else DejaVu Serif)
          9pt on 11.5pt, JUSTIFIED, HYPHENATION OFF (a long word goes to the next line whole,
          so some lines are widely spaced), 3pt after each paragraph; a list item hangs on
          its own marker (10pt). Running header in 7.5pt sans: "Provincie <province>" (Twente:
          Overijssel) in bold dark blue (#1F3864) at the left, "Regio Deal <Name> -
          voortgangsrapportage" in grey at the right, a 0.4pt dark blue rule under it across
          the text width; footer "Pagina N" at the right in 7.5pt.
          Each project starts at the TOP OF A NEW PAGE with a title block ACROSS BOTH
          columns: the theme in 8pt bold sans capitals, dark blue; the title in 16pt bold
          sans (Helvetica; DejaVu Sans for a character it lacks) on 19pt, wrapped across the
          text width; a 1.5pt dark blue rule under it; 10pt lower the columns start.
          FIELD LABELS ARE RUN-IN HEADINGS: a field's first paragraph opens with its label in
          bold serif followed by a full stop ("Opgave. De maakindustrie ..."), 7pt above it;
          the field's later paragraphs follow plain, no indent. A field whose first item is a
          list item or a table (or that is empty) gets its bold "Label." as a paragraph of
          its own, kept with what follows.
          TABLES (the investment table and the tables inside a field, which stay in their
          field where the transcription puts them) are set INSIDE ONE COLUMN at the column's
          width, as Word fits a table to a narrow column: 6.5pt Helvetica (Arial's metrics),
          a value column as wide as its widest amount word (an amount of several words, "€
          92,3 mln.", kept on one line where a fair share of the width allows, else wrapped
          at its spaces) and its header's longest word, the row-label column the rest (its
          labels wrapped over several lines); where that leaves the label column less than
          45pt, a header word gets no more than a fair share ((column - 45pt) / columns), and
          where that is still too wide the table goes down to 6pt, then 5.5pt, then the
          value columns are narrowed alike. HEADER
          LABELS WRAP in their narrow columns over two or three lines ("Overig" / "Publiek",
          "Totaal" / "EUR"): filled line by line at the spaces, and a word wider than its
          column BROKEN WHERE IT REACHES THE CELL EDGE, without a hyphen ("Kennisinstel" /
          "lingen"), as Word does. A full grid of 0.25pt grey (#7F7F7F) hairlines, a 0.75pt
          black box round the table; the header lines bold on a light blue fill (#D9E2F3),
          aligned to the foot of the header; the table's label in the top-left cell over the
          row labels; single headers right aligned, a group header ("Publiek") centred over
          its members; amounts right aligned as transcribed; the Totaal row bold under a
          0.75pt black rule. A TABLE IS NEVER MOVED to keep it whole: where it reaches the
          foot of a column it breaks between body rows and goes on at the top of the next
          column (the right column of the same page, or the next page's left one) with its
          header lines repeated (at least one body row stays under the header). So that
          tables do break from a left column into the right one, a little vertical space
          stands before one table of each dossier (see _EXTRA_SPACE: TopFit - Citizenlab
          Oost's investment table, Zorgtalent Zeeland's "Activiteit" table); nothing else is
          adjusted. Table footnotes in 6pt serif under the table's last part.
          The project's notes at the end of its text in 7pt, the mark hanging. The
          transcription's page breaks are not reproduced.

Every cell prints as transcribed: the truth record is the plain one (no "raw"; header texts,
broken or not, are not scored). A project runs from its title page to the page of its last
text, table cell or note.
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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_budget import _markup
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end, para, register_fonts
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
ML = MR = 2.2 * cm
MT, MB = 2.3 * cm, 2.0 * cm
GUTTER = 0.6 * cm
FW = WIDTH - ML - MR
FH = HEIGHT - MT - MB
COL_W = (FW - GUTTER) / 2
HEAD_GAP = 10.0
PAD = 1.6                 # a table cell's left and right padding
LABEL_MIN = 45.0          # the narrowest row-label column before the type goes down
SIZES = (6.5, 6.0, 5.5)

BLUE = colors.HexColor("#1F3864")
GREY = colors.HexColor("#595959")
HAIR = colors.HexColor("#7F7F7F")
FILL = colors.HexColor("#D9E2F3")
INK = colors.black

SANS, SANS_B = "Helvetica", "Helvetica-Bold"
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_PROVINCE = {"Twente": "Overijssel", "Zeeland": "Zeeland"}

# Extra vertical space (pt) before a table, by (dossier folder, project index, table index in
# the project's transcription order), so that the table reaches the LEFT column's foot and
# breaks into the right column (every other table has only the plain 4pt before it).
_EXTRA_SPACE: dict[tuple[str, int, int], float] = {
    ("twente", 2, 0): 45.0,   # TopFit - Citizenlab Oost
    ("zeeland", 3, 0): 40.0,  # Zorgtalent Zeeland, the "Activiteit" table in its field
}


def _styles(f) -> dict:
    serif, bold = f["TsSerif"], f["TsSerif-Bold"]

    def st(name, font=serif, size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"tcn-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "theme": st("theme", SANS_B, 8, 10, textColor=BLUE, spaceAfter=3),
        "title": st("title", SANS_B, 16, 19),
        "lead": st("lead", alignment=TA_JUSTIFY, spaceBefore=7, spaceAfter=3),
        "label": st("label", bold, spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, spaceAfter=3),
        "item": st("item", alignment=TA_JUSTIFY, leftIndent=10, bulletIndent=0,
                   bulletFontName=serif, bulletFontSize=9, spaceAfter=2),
        "tfoot": st("tf", serif, 6, 7.5, spaceBefore=2),
        "note": st("note", serif, 7, 9, leftIndent=7, firstLineIndent=-7, spaceAfter=1.5),
        "note_more": st("notem", serif, 7, 9, leftIndent=7, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = size + 1.5

    def st(name, font, align):
        return ParagraphStyle(f"tcn-t{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align, textColor=INK)

    return {"tlabel": st("tl", SANS_B, TA_LEFT), "thead": st("th", SANS_B, TA_RIGHT),
            "tgroup": st("tg", SANS_B, TA_CENTER), "tbody": st("tb", SANS, TA_LEFT),
            "tbody_b": st("tbb", SANS_B, TA_LEFT), "tamount": st("ta", SANS, TA_RIGHT),
            "tamount_b": st("tab", SANS_B, TA_RIGHT)}


def _w(text: str, font: str, size: float) -> float:
    return stringWidth(text, font_for(text, font), size)


def _widths(t: source.Table, size: float) -> list[float] | None:
    """[label column, value columns...] at `size`, or None where the label column would be
    left less than LABEL_MIN: a value column as wide as its widest amount word (a whole amount
    up to a fair share of the width) and its header's longest word; where the headers' words
    leave the labels too little, a header word gets no more than a fair share."""
    n = t.columns
    share = (COL_W - LABEL_MIN) / n
    need = [0.0] * n
    for body in t.rows:
        font = SANS_B if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:]):
            words = text.split()
            widest = max((_w(x, font, size) for x in words), default=0.0)
            full = _w(" ".join(words), font, size)
            need[c] = max(need[c], widest + 2 * PAD + 0.5,
                          min(full + 2 * PAD + 0.5, share))
    heads = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            heads[h.column - 1] = max((_w(x, SANS_B, size) for x in h.text.split()), default=0.0) + 2 * PAD + 0.5
    for cap in (None, share):
        want = [max(a, b if cap is None else min(b, cap), 12.0) for a, b in zip(need, heads)]
        if COL_W - sum(want) >= LABEL_MIN:
            return [COL_W - sum(want)] + want
    return None


def _fit(t: source.Table) -> tuple[float, list[float]]:
    for size in SIZES:
        widths = _widths(t, size)
        if widths is not None:
            return size, widths
    size = SIZES[-1]
    n = t.columns
    need = [w for w in _widths_unbounded(t, size)]
    k = (COL_W - LABEL_MIN) / sum(need)
    return size, [LABEL_MIN] + [w * k for w in need]


def _widths_unbounded(t: source.Table, size: float) -> list[float]:
    need = [12.0] * t.columns
    for body in t.rows:
        font = SANS_B if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:]):
            widest = max((_w(x, font, size) for x in text.split()), default=0.0)
            need[c] = max(need[c], widest + 2 * PAD + 0.5)
    return need


def _broken(text: str, font: str, size: float, width: float) -> str:
    """Header text filled into `width` line by line at its spaces, a word wider than the
    width broken where it reaches the edge (no hyphen); markup with <br/> between lines."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if _w(trial, font, size) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
            line = ""
        while _w(word, font, size) > width and len(word) > 1:
            k = len(word) - 1
            while k > 1 and _w(word[:k], font, size) > width:
                k -= 1
            lines.append(word[:k])
            word = word[k:]
        line = word
    if line:
        lines.append(line)
    return "<br/>".join(escape(x) for x in lines)


def _table(t: source.Table, st, rec, extra: float = 0.0) -> list:
    size, widths = _fit(t)
    ts = _table_styles(size)
    n, lines = t.columns, len(t.header)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    inner0 = widths[0] - 2 * PAD
    rows[0][0] = para("", ts["tlabel"], rec, markup=_broken(t.label, SANS_B, size, inner0))
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        style = ts["tgroup"] if h.columns > 1 else ts["thead"]
        inner = sum(widths[h.column:h.column + h.columns]) - 2 * PAD
        font = font_for(h.text, SANS_B)
        hs = style if font == SANS_B else ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
        rows[h.line][h.column] = para("", hs, rec, markup=_broken(h.text, font, size, inner))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    totals = []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        row = [para(body[0], ts["tbody_b"] if bold else ts["tbody"], rec)]
        row += [para(x, ts["tamount_b"] if bold else ts["tamount"], rec) for x in body[1:]]
        rows.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8),
            ("BACKGROUND", (0, 0), (-1, lines - 1), FILL),
            ("INNERGRID", (0, 0), (-1, -1), 0.25, HAIR),
            ("BOX", (0, 0), (-1, -1), 0.75, INK)]
    cmds += [("LINEABOVE", (0, r), (-1, r), 0.75, INK) for r in totals]
    cmds += [("SPAN", a, b) for a, b in spans]
    out: list = [Spacer(0, 4 + extra), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(x, st["tfoot"], rec) for x in t.footnotes]
    return out + [Spacer(0, 5)]


def _text(text: str, style: ParagraphStyle, rec):
    markup = _markup(text, style.fontName)
    return para(text, style, rec) if markup is None else para("", style, rec, markup=markup)


def _item(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    rest = text[m.end():]
    body = _markup(rest, st["item"].fontName) or escape(rest)
    return para("", st["item"], rec, markup=f"<bullet>{escape(m.group().strip())}</bullet>{body}")


def _runin(label: str, text: str, st, bold: str, rec):
    style = st["lead"]
    body = _markup(text, style.fontName) or escape(text)
    return para("", style, rec, markup=f"<font name='{font_for(label, bold)}'>{escape(label)}.</font> {body}")


def render_twocolnarrow(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    f = _fonts()
    st = _styles(f)
    name = dossier_name(dossier)
    province = f"Provincie {_PROVINCE.get(name, name)}".strip()
    folder = Path(dossier.source).parent.name if dossier.source else ""
    right = f"Regio Deal {name} - voortgangsrapportage".replace("  ", " ")

    def heading(pr, rec):
        title = ParagraphStyle("tcn-title-x", st["title"], fontName=font_for(pr.title, SANS_B))
        theme = ParagraphStyle("tcn-theme-x", st["theme"], fontName=font_for(pr.theme, SANS_B))
        return [para(pr.theme.upper(), theme, rec), para(pr.title, title, rec)]

    def head_height(pr) -> float:
        return sum(p.wrap(FW, FH)[1] for p in heading(pr, None)) + st["theme"].spaceAfter + 6 + HEAD_GAP

    def once(info):
        truth = Truth(dossier, "twocolnarrow")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "twocolnarrow"))

        def decorate(canv, col_top, rule_y=None):
            canv.saveState()
            y = HEIGHT - MT + 14
            canv.setFont(SANS_B, 7.5)
            canv.setFillColor(BLUE)
            canv.drawString(ML, y, province)
            canv.setFont(font_for(right, SANS), 7.5)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MR, y, right)
            canv.setStrokeColor(BLUE)
            canv.setLineWidth(0.4)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            if rule_y is not None:
                canv.setLineWidth(1.5)
                canv.line(ML, rule_y, WIDTH - MR, rule_y)
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.3)
            x = ML + COL_W + GUTTER / 2
            canv.line(x, MB, x, col_top)
            canv.setFillColor(INK)
            canv.setFont(SANS, 7.5)
            canv.drawRightString(WIDTH - MR, 1.2 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        def frame(fid, x, y, w, h):
            return Frame(x, y, w, h, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0, id=fid)

        def columns(height):
            return [frame("left", ML, MB, COL_W, height),
                    frame("right", ML + COL_W + GUTTER, MB, COL_W, height)]

        templates = []
        for p, pr in enumerate(dossier.projects):
            hh = head_height(pr)
            col_top = HEIGHT - MT - hh
            templates.append(PageTemplate(
                f"open{p}", [frame("head", ML, col_top, FW, hh), *columns(FH - hh)],
                onPage=lambda canv, d, c=col_top: decorate(canv, c, c + HEAD_GAP / 2 + 1)))
        templates.append(PageTemplate("cols", columns(FH),
                                      onPage=lambda canv, d: decorate(canv, HEIGHT - MT)))
        doc.addPageTemplates(templates)

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = [0]  # the table's number in the project

            def table(t, rec=rec, p=p, k=k):
                k[0] += 1
                return _table(t, st, rec, _EXTRA_SPACE.get((folder, p, k[0] - 1), 0.0))

            if p:
                story += [NextPageTemplate(f"open{p}"), PageBreak()]
            story += heading(pr, truth.heading(p))
            story += [NextPageTemplate("cols"), FrameBreak()]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                content = list(row.content)
                first = content[0] if content else None
                if isinstance(first, str) and not _LIST_ITEM.match(first):
                    story.append(CondPageBreak(st["lead"].spaceBefore + 2 * st["lead"].leading))
                    story.append(_runin(row.label, first, st, f["TsSerif-Bold"], rec))
                    content = content[1:]
                else:
                    story.append(para(f"{row.label}.", st["label"], rec))
                for item in content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    elif _LIST_ITEM.match(item):
                        story.append(_item(item, st, rec))
                    else:
                        story.append(_text(item, st["body"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
