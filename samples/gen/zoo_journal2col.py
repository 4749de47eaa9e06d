"""One more house style for the layout zoo (see zoo.py), held out: the dossier written up as a
JOURNAL / CONFERENCE PAPER (an Elsevier- or IEEE-like LaTeX `twocolumn` class), whose funding
tables are `table*` FLOATS across both columns that LaTeX sets at the TOP of a LATER page than
the text that refers to them.

- journal2col: A4 portrait, margins 1.8 cm left and right, the text area 17.8 cm wide in TWO
          columns of 8.55 cm with a 0.7 cm gutter, no column rule; the columns run from 2.4 cm
          under the top edge to 2.2 cm above the foot. Body in Times (Times-Roman; a
          character it lacks, "⁴", "₂", "●", set in DejaVu Serif on its own) 9.5pt on 11.5pt,
          JUSTIFIED, no space between paragraphs, every paragraph but a field's first
          INDENTED 1 em (LaTeX's \\parindent); a list item (it keeps the source's marker)
          hangs on its marker by 10pt. A line-high paragraph is kept from a column's foot or
          top (no widows or orphans); a heading keeps with two lines of what follows.
          PAGE 1 opens with the paper's title block across both columns: the title "Regio
          Deal <Name>: een bundel projectvoorstellen" (18pt, centred), the authors (10pt)
          and the affiliation (8.5pt italic), then a box ruled above and below (0.5pt) with
          "Samenvatting" (bold 9pt) and a three-line abstract in 8.5pt, and "Trefwoorden:"
          with four keywords. Then the columns: "1. Inleiding" with a short introduction
          paragraph (no project). SECTIONS per theme "2. <theme>" in simulated small caps
          (regular 10pt, the lower-case letters as capitals at 80 %, 10pt above), SUBSECTIONS
          per project "2.3. <project title>" (bold 9.5pt, the body's size, 8pt above): the
          project's title is only that numbered bold line. FIELD LABELS RUN IN, as
          IEEE's \\subsubsection*: the label in italic followed by a colon opens the field's
          first paragraph ("*Partijen:* Gemeente Enschede, ..."), indented 1 em; a field
          that opens with a list item or a table, or is empty, has its label alone on the
          line. Where the transcription has the funding table (its own row among the
          fields), the text has a run-in paragraph "*<table label>:* zie Tabel N." (N the
          table's number); a table inside a field is referred to by no text.
          EVERY TABLE IS A table* FLOAT ACROSS BOTH COLUMNS, placed as LaTeX places it:
          NEVER on the page where its anchor (its place in the text) is set, at the earliest
          at the TOP of the NEXT page, under that page's running header, at most two floats
          stacked there (tops taking at most 70 % of the text height, 10pt between them);
          what does not fit waits for the next page; the floats keep their order. So a
          table comes after its reference, often after text of the next project, and the
          next project's text can stand on the page UNDER a previous project's table.
          Floats still waiting at the end follow on pages of their own. Each float:
          the CAPTION ABOVE, centred, in simulated small caps 8.5pt ("TABEL 3: OPGAVEN/
          INVESTERINGS — ADVANCED MANUFACTURING PROGRAM", the lower-case letters as capitals
          at 80 %), then the table in 8pt Times at its natural width (up to 17.8 cm;
          row labels and text cells wrap at 5.5 cm), centred: BOOKTABS rules only, a 0.8pt
          toprule, a 0.5pt midrule under the header, a 0.4pt cmidrule under a group header
          ("Publiek") across its members, a 0.8pt bottomrule; no vertical rules, no fills;
          the table's label over the row labels, the headers centred, every value cell (words
          too) right aligned as transcribed, the Totaal row bold; the table's footnotes in 7.5pt under it.
          14pt between the floats and the columns under them. PROJECT NOTES as footnotes at
          the foot of the COLUMN where their mark stands, 7.5pt under a 2 cm 0.4pt rule,
          the mark leading (notes whose mark is nowhere go with the project's last
          paragraph). Running header from page 2: the page number at the outer edge and
          "Regio Deal <Name>: projectvoorstellen" in 8pt italic centred, over a 0.4pt rule
          across the text width; page 1's foot: "Preprint ingediend bij het Ministerie van
          BZK" in 7.5pt italic at the left, the date at the right. No contents.

Every cell is printed as transcribed: no "raw" texts. A project's pages run from its
subsection title to its last text, note or float, so a project whose table is set at the top
of a later page extends to that page (and its pages then overlap those of the next project,
whose text begins before the float).
"""

from __future__ import annotations

import re
from collections import deque
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageTemplate, Table, TableStyle

from . import source
from .zoo_agency import _grid, _note_owners, _small_caps
from .zoo_common import Doc, Truth, _words, auto_widths, build_until_stable, dossier_name, meta, para, register_fonts
from .zoo_gazette import COL_W, FW, GUTTER, MARGIN, _Anchor, _fill, _notes_height

WIDTH, HEIGHT = A4
BODY_TOP = HEIGHT - 2.4 * cm
BODY_BOTTOM = 2.2 * cm
BODY_H = BODY_TOP - BODY_BOTTOM
FLOAT_GAP = 10.0          # between stacked floats
UNDER_FLOATS = 14.0       # between the floats and the columns
TOP_FRACTION = 0.7
TITLE_GAP = 14.0
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
STAND_IN = {"Times-Roman": "DejaVuSerif", "Times-Bold": "DejaVuSerif-Bold", "Times-Italic": "DejaVuSerif-Italic"}
INK = colors.black
_LIST = re.compile(r"(•|●|○|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+(.*)$", re.S)


def _m(text: str, font: str) -> str:
    """Markup: the text escaped, each character Times lacks in DejaVu Serif."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(escape(ch))
        except UnicodeEncodeError:
            out.append(f'<font name="{STAND_IN[font]}">{escape(ch)}</font>')
    return "".join(out)


def _p(markup: str, style, rec=None):
    return para("", style, rec, markup=markup)


def _styles() -> dict:
    def style(name, font=SERIF, size=9.5, leading=11.5, **kw):
        return ParagraphStyle(f"j2-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    body = {"alignment": TA_JUSTIFY, "allowWidows": 0, "allowOrphans": 0}
    return {
        "first": style("first", **body),
        "body": style("body", firstLineIndent=9.5, **body),
        "item": style("item", leftIndent=10, bulletIndent=0, bulletFontName=SERIF, bulletFontSize=9.5, **body),
        "section": style("sec", SERIF, 10, 12, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "subsection": style("sub", SERIF_B, 9.5, 11.5, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "label": style("label", SERIF_I, firstLineIndent=9.5, keepWithNext=1, **{k: v for k, v in body.items()}),
        "title": style("title", SERIF, 18, 21, alignment=TA_CENTER, spaceAfter=6),
        "authors": style("auth", SERIF, 10, 12, alignment=TA_CENTER, spaceAfter=2),
        "affil": style("aff", SERIF_I, 8.5, 10, alignment=TA_CENTER, spaceAfter=8),
        "abstract": style("abs", SERIF, 8.5, 10.5, alignment=TA_JUSTIFY),
        "note": style("note", SERIF, 7.5, 9, spaceAfter=1.5),
        "note_more": style("notem", SERIF, 7.5, 9, spaceAfter=1.5),
        "caption": style("cap", SERIF, 8.5, 10.5, alignment=TA_CENTER),
        "tlabel": style("tl", SERIF_B, 8, 9.5),
        "thead": style("th", SERIF_B, 8, 9.5, alignment=TA_CENTER),
        "tgroup": style("tg", SERIF_B, 8, 9.5, alignment=TA_CENTER),
        "tbody": style("tb", SERIF, 8, 9.5),
        "tbody_b": style("tbb", SERIF_B, 8, 9.5),
        "tamount": style("ta", SERIF, 8, 9.5, alignment=2),
        "tamount_b": style("tab", SERIF_B, 8, 9.5, alignment=2),
        "tfoot": style("tf", SERIF, 7.5, 9),
    }


# --- the flow ---------------------------------------------------------------------------


def _text(text, style, rec=None):
    return _p(_m(text, style.fontName), style, rec)


def _note_paras(notes, st, rec) -> list:
    out = []
    for note in notes:
        for j, t in enumerate(note.text or ("",)):
            q = _text(f"{note.mark} {t}" if j == 0 else t, st["note"] if j == 0 else st["note_more"], rec)
            q._gz_mark = note.mark
            out.append(q)
    return out


def _field_item(text, st, rec, label=None):
    """A field's paragraph: a list item hanging on its marker, else body text (the field's
    first with its run-in italic label)."""
    m = _LIST.match(text)
    if m:
        style = st["item"]
        if _m(m.group(1), SERIF) != escape(m.group(1)):   # a marker Times lacks ("○", "●")
            style = ParagraphStyle(f"{style.name}-dv", style, bulletFontName=STAND_IN[SERIF])
        return _p(f"<bullet>{escape(m.group(1))}</bullet>{_m(m.group(2), SERIF)}", style, rec)
    if label is not None:
        return _p(f"<i>{_m(label, SERIF_I)}:</i> {_m(text, SERIF)}", st["body"], rec)
    return _text(text, st["body"], rec)


def _project_flow(pr, sec, sub, st, rec, heading_rec, anchor) -> list:
    flow = [_p(f"{sec}.{sub}. {_m(pr.title, SERIF_B)}", st["subsection"], heading_rec)]
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            k = anchor(row)
            flow.append(_p(f"<i>{_m(row.label, SERIF_I)}:</i> zie Tabel {k + 1}.", st["body"], rec))
            flow.append(_Anchor(k))
            continue
        texts = list(row.content)
        run_in = bool(texts) and isinstance(texts[0], str) and not _LIST.match(texts[0])
        if not run_in:
            flow.append(_p(f"<i>{_m(row.label, SERIF_I)}:</i>", st["label"], rec))
        for i, item in enumerate(texts):
            if isinstance(item, source.Table):
                flow.append(_Anchor(anchor(item)))
                continue
            q = _field_item(item, st, rec, row.label if (run_in and i == 0) else None)
            q._gz_notes = _note_paras(owner.get((r, i), ()), st, rec)
            flow.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = _text("", st["body"], rec)
            last_q._gz_notes = []
            flow.append(last_q)
        last_q._gz_notes = last_q._gz_notes + _note_paras(loose, st, rec)
    return flow


def _float(t: source.Table, number: int, title: str, st, rec) -> list:
    """Caption (small caps, centred), the booktabs table at its natural width, footnotes."""
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    pad = 4.0
    cells = []
    if t.label:
        cells.append((0, 1, t.label, st["tlabel"]))
    for h in placed:
        cells.append((h.column, h.columns, h.text, st["thead"]))
    for body in t.rows:
        for c, text in enumerate(body):
            cells.append((c, 1, text, st["tbody_b"]))
    widths = auto_widths(cells, t.columns + 1, FW, 2 * pad)
    widths = [min(w, 5.5 * cm) if c == 0 else w for c, w in enumerate(widths)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.0),
            ("TOPPADDING", (0, lines), (-1, lines), 3.0),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 3.0)]
    for h in placed:
        if h.columns > 1:
            c0, c1 = h.column, h.column + h.columns - 1
            cmds.append(("LINEBELOW", (c0, h.line), (c1, h.line), 0.4, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    caption = _p(_small_caps(f"Tabel {number}: {t.label} — {title}", 8.5), st["caption"], rec)
    table = Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="CENTER")
    out = [caption, table]
    tw = sum(widths)
    out += [_Foot(_text(f, st["tfoot"], rec), tw) for f in t.footnotes]
    return out


class _Foot(Flowable):
    """A table footnote as wide as its table, under it (centred with the table)."""

    def __init__(self, p, width):
        super().__init__()
        self.p, self.w = p, width

    def wrap(self, aW, aH):
        self.h = self.p.wrap(self.w, aH)[1]
        return aW, self.h

    def draw(self):
        self.p.drawOn(self.canv, (FW - self.w) / 2, 0)


def _float_height(items) -> float:
    return sum(f.wrap(FW, 1e6)[1] + (3.0 if f is items[0] else 1.5) for f in items)


def _draw_float(c, items, top) -> None:
    y = top
    for f in items:
        h = f.wrap(FW, 1e6)[1]
        y -= h
        if isinstance(f, Table):
            f.drawOn(c, MARGIN + (FW - f._width) / 2, y)
        else:
            f.drawOn(c, MARGIN, y)
        y -= 3.0 if f is items[0] else 1.5


# --- pages ------------------------------------------------------------------------------


class _Sheet:
    def __init__(self, title, top, fill, col_top):
        self.title, self.top, self.fill, self.col_top = title, top, fill, col_top


def _layout(flow, floats, title_block) -> list[_Sheet]:
    heights = [_float_height(f) for f in floats]
    title_h = title_block.wrap(FW, 1e6)[1] + TITLE_GAP
    pending: deque[int] = deque()
    state = (0, None)
    sheets: list[_Sheet] = []
    while state[0] < len(flow) or pending:
        first = not sheets
        top: list[int] = []
        used = 0.0
        while pending and len(top) < 2:
            h = heights[pending[0]] + (FLOAT_GAP if top else 0.0)
            if top and used + h > TOP_FRACTION * BODY_H:
                break
            top.append(pending.popleft())
            used += h
        col_top = BODY_TOP - (title_h if first else 0.0) - (used + UNDER_FLOATS if top else 0.0)
        if state[0] < len(flow):
            res = _fill(flow, state, col_top - BODY_BOTTOM)
            state = res.end
        else:
            res = None
        sheets.append(_Sheet(title_block if first else None, top, res, col_top))
        if res is not None:
            pending.extend(res.anchors)
    return sheets


class _Page(Flowable):
    def __init__(self, sheet, floats, heights):
        super().__init__()
        self.sheet, self.floats, self.heights = sheet, floats, heights

    def wrap(self, aW, aH):
        return WIDTH, HEIGHT

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        self.canv = canv
        s = self.sheet
        top = BODY_TOP
        if s.title is not None:
            h = s.title.wrap(FW, 1e6)[1]
            s.title.drawOn(canv, MARGIN, top - h)
            top -= h + TITLE_GAP
        for k in s.top:
            _draw_float(canv, self.floats[k], top)
            top -= self.heights[k] + FLOAT_GAP
        fill = s.fill
        if fill is None:
            return
        for col in (0, 1):
            x0 = MARGIN + col * (COL_W + GUTTER)
            for f, t in fill.cols[col]:
                h = f.wrap(COL_W, 1e6)[1]
                f.drawOn(canv, x0, s.col_top - t - h)
            notes = fill.notes[col]
            if notes:
                hs = [p.wrap(COL_W, 1e6)[1] for p in notes]
                ny = BODY_BOTTOM + sum(h + p.style.spaceAfter for h, p in zip(hs, notes))
                canv.saveState()
                canv.setLineWidth(0.4)
                canv.line(x0, ny + 4.5, x0 + 2 * cm, ny + 4.5)
                canv.restoreState()
                for p, h in zip(notes, hs):
                    ny -= h
                    p.drawOn(canv, x0, ny)
                    ny -= p.style.spaceAfter


class _TitleBlock(Flowable):
    def __init__(self, parts, abstract):
        super().__init__()
        self.parts, self.abstract = parts, abstract

    def wrap(self, aW, aH):
        self.hs = [p.wrap(FW, aH)[1] + p.style.spaceAfter for p in self.parts]
        self.ah = [p.wrap(FW - 20, aH)[1] + 2 for p in self.abstract]
        self.h = sum(self.hs) + sum(self.ah) + 14
        return FW, self.h

    def draw(self):
        c = self.canv
        y = self.h
        for p, h in zip(self.parts, self.hs):
            y -= h
            p.drawOn(c, 0, y + p.style.spaceAfter)
        c.saveState()
        c.setLineWidth(0.5)
        c.line(0, y - 2, FW, y - 2)
        y -= 7
        for p, h in zip(self.abstract, self.ah):
            y -= h
            p.drawOn(c, 10, y + 2)
        c.line(0, y - 3, FW, y - 3)
        c.restoreState()


def render_journal2col(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name}: projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "journal2col")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=0, rightMargin=0, topMargin=0,
                  bottomMargin=0, **meta(dossier, "journal2col"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFillColor(INK)
            if page == 1:
                canv.setFont(SERIF_I, 7.5)
                canv.drawString(MARGIN, 1.2 * cm, "Preprint ingediend bij het Ministerie van BZK")
                canv.drawRightString(MARGIN + FW, 1.2 * cm, "12 maart 2018")
            else:
                base = HEIGHT - 1.5 * cm
                canv.setFont(SERIF_I, 8)
                canv.drawCentredString(WIDTH / 2, base, running)
                canv.setFont(SERIF, 8)
                if page % 2:
                    canv.drawRightString(MARGIN + FW, base, str(page))
                else:
                    canv.drawString(MARGIN, base, str(page))
                canv.setLineWidth(0.4)
                canv.line(MARGIN, base - 4, MARGIN + FW, base - 4)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(0, 0, WIDTH, HEIGHT, 0, 0, 0, 0)], onPage=furniture)])
        title_block = _TitleBlock(
            [_text(f"Regio Deal {name}: een bundel projectvoorstellen", st["title"]),
             _text("M. de Vries, J. Jansen en A. Bakker", st["authors"]),
             _text(f"Programmabureau Regio Deal {name}", st["affil"])],
            [_p("<b>Samenvatting</b>", st["abstract"]),
             _text(f"Dit document bundelt de projectvoorstellen van de Regio Deal {name}. Per thema worden "
                   "de projecten beschreven met hun partijen, opgave, aanpak, beoogde resultaten en "
                   "financiering; de begrotingen staan in de tabellen.", st["abstract"]),
             _p("<i>Trefwoorden:</i> regionale ontwikkeling; cofinanciering; arbeidsmarkt; innovatie",
                st["abstract"])])
        flow: list = [_p("1. " + _small_caps("Inleiding", 10), st["section"]),
                      _text(f"De Regio Deal {name} is een samenwerking tussen Rijk en regio. In de volgende "
                            "secties worden de projecten per thema besproken; elke begroting is als tabel "
                            "opgenomen.", st["first"])]
        floats: list[list] = []
        sec, sub, theme = 1, 0, None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != theme:
                theme, sec, sub = pr.theme, sec + 1, 0
                flow.append(_p(f"{sec}. " + _small_caps(pr.theme, 10), st["section"]))
            sub += 1

            def anchor(t, pr=pr, rec=rec):
                floats.append(_float(t, len(floats) + 1, pr.title, st, rec))
                return len(floats) - 1

            flow += _project_flow(pr, sec, sub, st, rec, truth.heading(p), anchor)
        sheets = _layout(flow, floats, title_block)
        heights = [_float_height(f) for f in floats]
        doc.build([_Page(s, floats, heights) for s in sheets])
        return truth

    return build_until_stable(once)
