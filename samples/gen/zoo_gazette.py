"""One more house style for the layout zoo (see zoo.py), held out: the dossier as published
in an official gazette (the look of the Dutch Staatscourant), set in two columns with the
tables floated to the top or foot of the page.

- gazette: A4 portrait, 1.8 cm margins all round; the text area 17.8 cm wide in TWO columns
           of 8.55 cm with a 0.7 cm gutter, a 0.3pt vertical rule in the middle of the
           gutter beside the column text (not across the floats). Body in a serif (Liberation
           Serif, Times metrics; else DejaVu Serif; a character the face lacks, "⁴" or "₂",
           set in DejaVu Serif on its own) at 8.5pt on 10.5pt, JUSTIFIED, 2.5pt after each
           paragraph, no indents; a list item (it keeps the source's marker) hangs on its
           marker by 10pt. Running header on every page: "STAATSCOURANT" in 7.5pt bold sans
           at the left, "Nr. 12345" and the date ("3 april 2018") in 7.5pt sans at the start
           of the right column, the folio at the right, over a 0.5pt rule across both
           columns; the footer "Staatscourant 2018 nr. 12345" in 7pt sans at the left, the
           page number after it (a 12pt gap). Page 1 opens with a title block across both
           columns: "Bijlage bij de Regio Deal <name>" (14pt bold serif), then the contents
           in the left column: the transcription's heading in bold 8.5pt, then each of its
           entries (the transcription's contents text) with the page number right aligned
           in the column. The projects follow straight on in the column flow (no project
           starts a page): the theme in simulated small caps 8.5pt (12pt above), then the
           title in bold 10pt. FIELD LABELS IN ITALIC, the body's face, size and leading, not
           bold, each on a line of its own above its text (5pt above it): only the italic
           face tells a label from text. A heading or label is kept with the first two lines
           of what follows; a paragraph leaves no single line at a column's foot or top.
           EVERY TABLE FLOATS: the investment tables and the tables inside a field are set
           across both columns (17.8 cm) as floats, anchored at their place in the text. A
           float goes to the TOP of the page its anchor falls on (under the title block on
           page 1), or to its FOOT when the top already holds a float; a page takes no third
           float of its own. A float that does not fit there (the floats may take up to 70 %
           of the text height, at least 8 lines must remain for the columns, and the anchor
           must stay on the page once the columns are shortened) goes to the top of the next
           page, stacked under other deferred floats while they fit (else on to the page
           after), and the floats after it wait too (they keep their order). The column text flows on around them: the text
           before and after the anchor simply continues in the columns, so in reading order
           the table stands apart from its field (above text that precedes it, or after
           text that follows it). 12pt between a float and the column text. Each float: the
           caption above in 8pt italic serif, "Tabel N. <table label> – <project title>" (N
           counted through the document), then the table in 7.5pt sans (Liberation Sans,
           else DejaVu Sans): 0.5pt rules above and below the header lines and under the last
           row, no vertical rules and no other rules; the table's label bold over the row
           labels, the column headers bold and right aligned, a group header ("Publiek")
           centred over its members; amounts right aligned and printed as transcribed; the
           Totaal row bold; the table's footnotes in 7pt sans under it. Tables are kept
           whole (the transcription's page breaks inside tables are not reproduced).
           Project notes as column footnotes at the foot of the column where their mark
           stands (above a bottom float), 7pt serif under a 2 cm 0.4pt rule, the mark
           hanging; notes whose mark is nowhere go with the project's last paragraph.

Every cell is printed as transcribed: the truth record has no "raw" texts. A project's pages
run from its title to its last text, note or float (a float deferred to the next page
extends its project to that page).
"""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Frame, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _small_caps, _toc_text
from .zoo_budget import _fonts as _sans_fonts
from .zoo_budget import _text
from .zoo_common import FALLBACK, Doc, Truth, _words, build_until_stable, dossier_name, meta, page_of, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN = 1.8 * cm
FW = WIDTH - 2 * MARGIN                 # 17.8 cm: the text area
GUTTER = 0.7 * cm
COL_W = (FW - GUTTER) / 2               # 8.55 cm
BODY_TOP = HEIGHT - MARGIN - 22.0       # under the running header and its rule
BODY_BOTTOM = MARGIN + 14.0             # over the footer line
BODY_H = BODY_TOP - BODY_BOTTOM
FLOAT_GAP = 12.0                        # between a float and the column text (or a float)
FLOAT_MAX = 0.7 * BODY_H                # the floats' share of a page at most
MIN_COLUMN = 8 * 10.5                   # column height left beside the floats at least
NOTE_GAP = 9.0                          # room for the rule over a column's notes
TITLE_GAP = 14.0                        # under the title block on page 1
ISSUE, DATE, YEAR = "12345", "3 april 2018", "2018"
INK = colors.black

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_SERIF = {"GzSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "GzSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "GzSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic")}
_LIST = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _serif_fonts() -> tuple[str, str, str]:
    """Liberation Serif (regular, bold, italic) where installed, else DejaVu Serif."""
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _SERIF.values()):
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _SERIF.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("GzSerif", normal="GzSerif", bold="GzSerif-Bold",
                                  italic="GzSerif-Italic", boldItalic="GzSerif-Bold")
    return tuple(_SERIF)


def _styles(serif, serif_b, serif_i, sans, sans_b) -> dict:
    def style(name, font=serif, size=8.5, leading=10.5, **kw):
        return ParagraphStyle(f"gz-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    body = {"alignment": TA_JUSTIFY, "spaceAfter": 2.5, "allowWidows": 0, "allowOrphans": 0}
    return {
        "body": style("body", **body),
        "item": style("item", leftIndent=10, firstLineIndent=-10, **body),
        "label": style("label", serif_i, spaceBefore=5, spaceAfter=0.5, keepWithNext=1),
        "theme": style("theme", spaceBefore=12, spaceAfter=1, keepWithNext=1),
        "title": style("title", serif_b, 10, 12.5, spaceAfter=3, keepWithNext=1),
        "doc_title": style("doct", serif_b, 14, 17),
        "toc_h": style("toch", serif_b, spaceAfter=3, keepWithNext=1),
        "toc": style("toc"),
        "toc_page": style("tocp", alignment=TA_RIGHT),
        "note": style("note", serif, 7, 8.6, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("notem", serif, 7, 8.6, leftIndent=8, spaceAfter=1.5),
        "caption": style("cap", serif_i, 8, 10),
        "tlabel": style("tl", sans_b, 7.5, 9),
        "thead": style("th", sans_b, 7.5, 9, alignment=TA_RIGHT),
        "tgroup": style("tg", sans_b, 7.5, 9, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7.5, 9),
        "tbody_b": style("tbb", sans_b, 7.5, 9),
        "tamount": style("ta", sans, 7.5, 9, alignment=TA_RIGHT),
        "tamount_b": style("tab", sans_b, 7.5, 9, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 7, 8.5),
    }


# --- the flow -------------------------------------------------------------------------


class _Anchor(Flowable):
    """Where float `k` stands in the text: nothing drawn, no height."""

    def __init__(self, k: int):
        super().__init__()
        self.k = k

    def wrap(self, aW, aH):
        return 0, 0


def _float(t: source.Table, number: int, title: str, st, rec) -> list:
    """A table as a float across both columns: caption, table, footnotes."""
    pad = 3.0
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, FW, st, pad, label_share=0.3)
    widths[-1] -= sum(widths) - FW
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0), ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, lines), (-1, lines), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.5, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    caption = _text(f"Tabel {number}. {t.label} – {title}", st["caption"], rec)
    out = [caption, Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _float_height(items) -> float:
    h = 0.0
    for f in items:
        h += f.wrap(FW, 1e6)[1] + (3.0 if f is items[0] else 2.0)
    return h


def _note_paras(notes, st, rec) -> list:
    out = []
    for note in notes:
        for j, t in enumerate(note.text or ("",)):
            q = _text(f"{note.mark} {t}" if j == 0 else t, st["note"] if j == 0 else st["note_more"],
                      rec)
            q._gz_mark = note.mark
            out.append(q)
    return out


def _project_flow(pr: source.Project, st, rec, heading_rec, anchor) -> list:
    """Theme, title, the fields (italic labels over their paragraphs), an anchor where a
    table stands; a paragraph holding a note's mark carries the note's paragraphs."""
    flow = [para("", st["theme"], rec, markup=_small_caps(pr.theme, 8.5)),
            para(pr.title, st["title"], heading_rec)]
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            flow.append(anchor(row))
            continue
        flow.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                flow.append(anchor(item))
                continue
            q = _text(item, st["item"] if _LIST.match(item) else st["body"], rec)
            q._gz_notes = _note_paras(owner.get((r, i), ()), st, rec)
            flow.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            last_q._gz_notes = []
            flow.append(last_q)
        last_q._gz_notes = last_q._gz_notes + _note_paras(loose, st, rec)
    return flow


# --- the page builder -----------------------------------------------------------------


def _keep(f) -> bool:
    style = getattr(f, "style", None)
    return bool(getattr(style, "keepWithNext", 0))


def _notes_height(paras, first: bool) -> float:
    if not paras:
        return 0.0
    h = sum(p.wrap(COL_W, 1e6)[1] + p.style.spaceAfter for p in paras)
    return h + (NOTE_GAP if first else 0.0)


class _Fill:
    """The columns of one page filled from a position in the flow."""

    def __init__(self):
        self.cols = [[], []]        # (flowable, top) with tops measured down from column top
        self.notes = [[], []]       # note paragraphs per column
        self.used = [0.0, 0.0]      # text height per column
        self.anchors: list[int] = []
        self.end = None             # (index, remainder)


def _fill(flow, start, col_h) -> _Fill:
    out = _Fill()
    i, rest = start
    for c in (0, 1):
        y, after, notes_h = 0.0, 0.0, 0.0
        placed_any = False
        while i < len(flow):
            f = rest if rest is not None else flow[i]
            if isinstance(f, _Anchor):
                out.anchors.append(f.k)
                i, rest = i + 1, None
                continue
            sb = (after + f.getSpaceBefore()) if y > 0 else 0.0
            h = f.wrap(COL_W, 1e6)[1]
            notes = getattr(f, "_gz_notes", [])
            extra = _notes_height(notes, not out.notes[c])
            limit = col_h - notes_h
            if _keep(f) and placed_any:
                need = _chain(flow, i, f, sb)
                if y + need > limit:
                    break
            if y + sb + h + extra <= limit:
                out.cols[c].append((f, y + sb))
                y += sb + h
                after = f.getSpaceAfter()
                out.notes[c] += notes
                notes_h += extra
                placed_any = True
                i, rest = i + 1, None
                continue
            room = limit - y - sb - extra
            parts = f.split(COL_W, room) if room > 0 and not _keep(f) else []
            if len(parts) >= 2:
                first, second = parts[0], parts[1]
                first.wrap(COL_W, 1e6)
                words = _words(first)
                mine = [q for q in notes if any(q._gz_mark in w for w in words)]
                first._gz_notes = mine
                second._gz_notes = [q for q in notes if q not in mine]
                h1 = first.wrap(COL_W, 1e6)[1]
                out.cols[c].append((first, y + sb))
                y += sb + h1
                notes_h += _notes_height(mine, not out.notes[c])
                out.notes[c] += mine
                rest = second
                placed_any = True
                break
            if not placed_any and y == 0.0:
                # nothing fits an empty column: set it anyway (it runs over the foot)
                out.cols[c].append((f, 0.0))
                y = h
                out.notes[c] += notes
                i, rest = i + 1, None
                placed_any = True
            break
        out.used[c] = y
    out.end = (i, rest)
    return out


def _chain(flow, i, f, sb) -> float:
    """Height a kept item needs with what it is kept with: the following kept items and the
    first two lines (or all) of the next item, with that item's notes."""
    need = sb + f.wrap(COL_W, 1e6)[1]
    after = f.getSpaceAfter()
    for g in flow[i + 1:]:
        if isinstance(g, _Anchor):
            continue
        gh = g.wrap(COL_W, 1e6)[1]
        need += after + g.getSpaceBefore()
        if _keep(g):
            need += gh
            after = g.getSpaceAfter()
            continue
        leading = getattr(getattr(g, "style", None), "leading", gh)
        need += min(gh, 2 * leading) + _notes_height(getattr(g, "_gz_notes", []), True)
        break
    return need


class _Sheet:
    """One page: the title block (page 1), top floats, columns, bottom floats."""

    def __init__(self, title, top, bottom, fill, col_top, col_bottom):
        self.title, self.top, self.bottom, self.fill = title, top, bottom, fill
        self.col_top, self.col_bottom = col_top, col_bottom


def _layout(flow, floats, title_block) -> list[_Sheet]:
    heights = [_float_height(f) for f in floats]
    title_h = title_block.wrap(FW, 1e6)[1] + TITLE_GAP if title_block is not None else 0.0
    pending: deque[int] = deque()
    state = (0, None)
    sheets: list[_Sheet] = []

    def area(top, bottom, first):
        t = BODY_TOP - (title_h if first else 0.0) - sum(heights[k] + FLOAT_GAP for k in top)
        b = BODY_BOTTOM + sum(heights[k] + FLOAT_GAP for k in bottom)
        return t, b

    def share(ks):
        return sum(heights[k] + FLOAT_GAP for k in ks)

    while state[0] < len(flow) or pending:
        first = not sheets
        top: list[int] = []
        while pending and (not top or share(top + [pending[0]]) <= FLOAT_MAX):
            t, b = area(top + [pending[0]], [], first)
            if top and t - b < MIN_COLUMN:
                break
            top.append(pending.popleft())
        bottom: list[int] = []
        waiting = bool(pending)
        deferred: list[int] = []
        seen = set(top)
        while True:
            t, b = area(top, bottom, first)
            res = _fill(flow, state, t - b)
            new = [k for k in res.anchors if k not in seen]
            if not new:
                break
            k = new[0]
            seen.add(k)
            if waiting or len(top) + len(bottom) >= 2:
                deferred.append(k)
                waiting = True
                continue
            cand = (top + [k], bottom) if not top else (top, bottom + [k])
            t2, b2 = area(*cand, first)
            ok = share(cand[0] + cand[1]) <= FLOAT_MAX and t2 - b2 >= MIN_COLUMN
            if ok:
                res2 = _fill(flow, state, t2 - b2)
                ok = k in res2.anchors
            if ok:
                top, bottom = cand
            else:
                deferred.append(k)
                waiting = True
        t, b = area(top, bottom, first)
        sheets.append(_Sheet(title_block if first else None, top, bottom, res, t, b))
        state = res.end
        pending.extend(deferred)
    return sheets


class _Page(Flowable):
    """One laid-out page, drawn at absolute positions."""

    def __init__(self, sheet: _Sheet, floats, heights):
        super().__init__()
        self.sheet, self.floats, self.heights = sheet, floats, heights

    def wrap(self, aW, aH):
        return WIDTH, HEIGHT

    def split(self, aW, aH):
        return []

    def _draw_float(self, k, top):
        c = self.canv
        y = top
        items = self.floats[k]
        for f in items:
            h = f.wrap(FW, 1e6)[1]
            y -= h
            f.drawOn(c, MARGIN, y)
            y -= 3.0 if f is items[0] else 2.0

    def draw(self):
        c, s = self.canv, self.sheet
        y = BODY_TOP
        if s.title is not None:
            h = s.title.wrap(FW, 1e6)[1]
            s.title.drawOn(c, MARGIN, y - h)
            y -= h + TITLE_GAP
        for k in s.top:
            self._draw_float(k, y)
            y -= self.heights[k] + FLOAT_GAP
        y = s.col_bottom
        for k in s.bottom:
            y -= FLOAT_GAP
            self._draw_float(k, y)
            y -= self.heights[k]
        fill = s.fill
        low = s.col_top
        for col in (0, 1):
            x = MARGIN + col * (COL_W + GUTTER)
            for f, top in fill.cols[col]:
                h = f.wrap(COL_W, 1e6)[1]
                f.drawOn(c, x, s.col_top - top - h)
                low = min(low, s.col_top - top - h)
            notes = fill.notes[col]
            if notes:
                low = s.col_bottom
                hs = [p.wrap(COL_W, 1e6)[1] for p in notes]
                ny = s.col_bottom + sum(h + p.style.spaceAfter for h, p in zip(hs, notes))
                c.saveState()
                c.setLineWidth(0.4)
                c.line(x, ny + 4.5, x + 2 * cm, ny + 4.5)
                c.restoreState()
                for p, h in zip(notes, hs):
                    ny -= h
                    p.drawOn(c, x, ny)
                    ny -= p.style.spaceAfter
        if fill.cols[1] and low < s.col_top:
            c.saveState()
            c.setLineWidth(0.3)
            gx = MARGIN + COL_W + GUTTER / 2
            c.line(gx, s.col_top, gx, low)
            c.restoreState()


# --- the style ------------------------------------------------------------------------


def render_gazette(dossier: source.Dossier, pdf_path) -> dict:
    serif, serif_b, serif_i = _serif_fonts()
    sans, sans_b, _ = _sans_fonts()
    st = _styles(serif, serif_b, serif_i, sans, sans_b)
    name = dossier_name(dossier)
    title_text = f"Bijlage bij de Regio Deal {name}".replace("  ", " ").strip()

    def once(info):
        truth = Truth(dossier, "gazette")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=0, rightMargin=0,
                  topMargin=0, bottomMargin=0, **meta(dossier, "gazette"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(INK)
            base = HEIGHT - MARGIN - 7.5
            canv.setFont(sans_b, 7.5)
            canv.drawString(MARGIN, base, "STAATSCOURANT")
            canv.setFont(sans, 7.5)
            canv.drawString(MARGIN + COL_W + GUTTER, base, f"Nr. {ISSUE}")
            canv.drawString(MARGIN + COL_W + GUTTER + 52, base, DATE)
            canv.drawRightString(MARGIN + FW, base, str(page))
            canv.setLineWidth(0.5)
            canv.line(MARGIN, base - 4, MARGIN + FW, base - 4)
            canv.setFont(sans, 7)
            foot = f"Staatscourant {YEAR} nr. {ISSUE}"
            canv.drawString(MARGIN, MARGIN, foot)
            canv.drawString(MARGIN + stringWidth(foot, sans, 7) + 12, MARGIN, str(page))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(0, 0, WIDTH, HEIGHT, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)], onPage=furniture)])

        title_block = para(title_text, st["doc_title"])
        flow: list = [para(dossier.toc_heading, st["toc_h"])]
        for p in range(len(dossier.projects)):
            flow.append(Table([[para(_toc_text(dossier, p), st["toc"]),
                                para(page_of(info, p), st["toc_page"])]],
                              colWidths=[COL_W - 24, 24], hAlign="LEFT", style=TableStyle([
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (0, 0), 6),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)])))
        floats: list[list] = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)

            def anchor(t, pr=pr, rec=rec):
                floats.append(_float(t, len(floats) + 1, pr.title, st, rec))
                return _Anchor(len(floats) - 1)

            flow += _project_flow(pr, st, rec, truth.heading(p), anchor)
        sheets = _layout(flow, floats, title_block)
        heights = [_float_height(f) for f in floats]
        doc.build([_Page(s, floats, heights) for s in sheets])
        return truth

    return build_until_stable(once)
