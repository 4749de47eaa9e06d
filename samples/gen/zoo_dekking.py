"""One more house style for the layout zoo (see zoo.py), held out: an accountant's
"begroting en dekkingsplan" in classic Dutch bookkeeping notation.

- dekking: A4 portrait, margins 2.5 cm all round (a 16 cm text column), a Garamond-like
          serif (Times-Roman 10.5pt on 13.5pt). Running header on every page "Begroting en
          dekkingsplan Regio Deal <name>" in 8pt italic (left), the folio "- N -" centred at
          the foot. Page 1 opens with the document's heading in simulated small caps
          (Times-Bold: capitals 16pt, the other letters as capitals at 12.5pt) and "Regio Deal
          <name>" under it. Projects flow on (a conditional break keeps a heading off a
          page's foot). Each project: "Project <n> — <title>" (n counts the projects through
          the dossier) in Times-Bold 13pt, the THEME under it on a line of its own in Times
          italic 10pt. Fields: the label in bold italics (Times-BoldItalic 10.5pt) on its own
          line, the field's paragraphs (and a table inside a field) indented 0.75 cm under it.
          FUNDING TABLES (a table with a source column: a golden key privaat, onderwijs,
          gemeente, provincie, overig_publiek, rijk, publiek_1/2 or regio; keys as the
          hand-written cell list tests/golden/<dossier>_cells.csv gives them, else read from
          the labels): a NEW TWO-LINE HEADER. Line 1: "Kostenpost" over the row labels,
          "Begroting" over the totaal column (both spanning the two lines) and a group label
          "Dekking" centred over each run of source columns (a thin rule under it). Line 2
          names each source in the accountant's words by its key: privaat "Bedrijven",
          onderwijs "Kennisinstellingen", gemeente "Gemeente(n)", provincie "Provincie",
          overig_publiek "Overige overheden", rijk "Rijk (Regio Deal)"; a column with another
          key (regio, publiek_1 ...) keeps its transcribed label. The transcription's group
          labels ("Publiek") are dropped (Dekking replaces them); a column the transcription
          gives no label of its own (the label-less Publiek columns of Skills Twente and
          Leonardo) has none here either. Columns stay in the transcription's order.
          Tables that are no funding tables (milestones, year tables, "Per jaar | EUR 3 jaar")
          keep their transcribed header (the table label over the row labels).
          ALL TABLES: header Times-Bold 9pt (leaf labels right-aligned, left over a column
          mostly of words; wrapping on as few lines as fit), body Times
          9pt (smaller, down to 7pt, where the columns need it), amounts right-aligned, words
          left-aligned; the Totaal row's label and cells in bold. No vertical rules; a double
          rule under the header, single thin (0.3pt) rules between body rows, a double rule
          above the Totaal row. Header lines repeated where a table breaks over a page (the
          source's page_break_before_row is not followed). Table notes under the table in
          8pt; project notes at the project's end in 8pt.
          AMOUNTS IN BOOKKEEPING NOTATION: a plain euro amount ("1.650.000", "450", "€ 150.000")
          is printed "€ 1.650.000,-" (the euro sign, the number as transcribed, ",-"), a
          footnote mark kept after it ("€ 7.500.000,-*"); a nil ("-", ".-") is printed "-,-"
          ("-,-*" with a mark). Amounts in "mln." notation, amounts with words, words and
          empty cells are printed as transcribed.

The truth records, in its "raw" object, every golden cell printed otherwise than the
transcription ("<project>|<table>|<row>|<column>" -> the printed text), recorded while
drawing.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Frame, Indenter, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, para, register_fonts
from .zoo_percent import _small_caps
from .zoo_province import _column_keys, _golden_keys, _lines

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
INDENT = 0.75 * cm
SERIF, BOLD, ITALIC, BOLD_ITALIC = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
PAD = 3.0

WORDS = {"privaat": "Bedrijven", "onderwijs": "Kennisinstellingen", "gemeente": "Gemeente(n)",
         "provincie": "Provincie", "overig_publiek": "Overige overheden",
         "rijk": "Rijk (Regio Deal)"}
SOURCES = set(WORDS) | {"publiek_1", "publiek_2", "regio"}

_AMOUNT = re.compile(r"(€\s*)?(\d{1,3}(?:\.\d{3})*)(\**)")
_NIL = re.compile(r"\.?-(\**)")


def printed(text: str) -> str:
    """How the accountant prints a transcribed cell."""
    s = text.strip()
    if m := _AMOUNT.fullmatch(s):
        return f"€ {m.group(2)},-{m.group(3)}"
    if m := _NIL.fullmatch(s):
        return f"-,-{m.group(1)}"
    return text


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*\-–]*(mln\.?)?[\s*]*", text.strip()))


def _bold_italic(text: str) -> str:
    try:
        text.encode("cp1252")
        return BOLD_ITALIC
    except UnicodeEncodeError:
        return "DejaVuSerif-Bold"


def _styles() -> dict:
    return {
        "doc": ParagraphStyle("dk-doc", fontName=BOLD, fontSize=16, leading=20, spaceAfter=2),
        "doc2": ParagraphStyle("dk-doc2", fontName=SERIF, fontSize=11, leading=14,
                               spaceAfter=14),
        "title": ParagraphStyle("dk-title", fontName=BOLD, fontSize=13, leading=16,
                                spaceBefore=16, spaceAfter=1, keepWithNext=1),
        "theme": ParagraphStyle("dk-theme", fontName=ITALIC, fontSize=10, leading=13,
                                spaceAfter=8, keepWithNext=1),
        "label": ParagraphStyle("dk-label", fontName=BOLD_ITALIC, fontSize=10.5, leading=13.5,
                                spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "body": ParagraphStyle("dk-body", fontName=SERIF, fontSize=10.5, leading=13.5,
                               leftIndent=INDENT, spaceAfter=4),
        "tfoot": ParagraphStyle("dk-tf", fontName=SERIF, fontSize=8, leading=10, spaceBefore=2),
        "note": ParagraphStyle("dk-note", fontName=SERIF, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("dk-notem", fontName=SERIF, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
    }


def _table_styles(size: float) -> dict:
    lead = round(size * 1.2, 2)

    def mk(name, font, align):
        return ParagraphStyle(f"dk-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {"tlabel": mk("tl", BOLD, TA_LEFT), "thead": mk("th", BOLD, TA_RIGHT),
            "tgroup": mk("tg", BOLD, TA_CENTER),
            "tbody": mk("tb", SERIF, TA_LEFT), "tbody_b": mk("tbb", BOLD, TA_LEFT),
            "tamount": mk("ta", SERIF, TA_RIGHT), "tamount_b": mk("tab", BOLD, TA_RIGHT),
            "ttext": mk("tt", SERIF, TA_LEFT), "ttext_b": mk("ttb", BOLD, TA_LEFT)}


def _fit_lines(text: str, size: float, most: int) -> float:
    """The narrowest width at which a header label wraps into at most `most` lines."""
    words = [stringWidth(w, font_for(w, BOLD), size) for w in text.split()]
    space = stringWidth(" ", BOLD, size)
    width = max(words, default=0)
    while _lines(words, space, width) > most:
        width += 1
    return width


def _needs(heads: list[str], cells: list[list[tuple[str, bool]]], n: int, size: float,
           most: int):
    need = [20.0] * n
    for c, text in enumerate(heads):
        if text:
            need[c] = max(need[c], _fit_lines(text, size, most))
    for row in cells:
        for c, (text, bold) in enumerate(row):
            if _numeric(text):
                f = BOLD if bold else SERIF
                need[c] = max(need[c], stringWidth(text, font_for(text, f), size))
    return [w + 2 * PAD + 1 for w in need]


def _widths(heads, cells, n, width):
    """Table type size and [label, values...]: each value column as wide as its widest
    amount and its header label on as few lines as fit (at most three), the row-label
    column the rest (at least 28% of the width)."""
    label_min = 0.28 * width
    fits = False
    for size in (9.0, 8.5, 8.0, 7.5, 7.0):
        for most in (1, 2, 3):
            need = _needs(heads, cells, n, size, most)
            fits = sum(need) + label_min <= width
            if fits:
                break
        if fits:
            break
    rest = width - sum(need)
    if rest < label_min:
        need = [w * (width - label_min) / sum(need) for w in need]
        rest = label_min
    elif rest > 0.45 * width:  # room to spare: widen the value columns evenly
        extra = (rest - 0.45 * width) / n
        need = [min(w + extra, 3.0 * cm) if w < 3.0 * cm else w for w in need]
        rest = width - sum(need)
    return size, [rest] + need


def _table(t: source.Table, keys: list, st, rec, width: float, raw_of) -> list:
    n = t.columns
    funding = any(k in SOURCES for k in keys)
    placed = t.header_cells()
    leaf = [""] * n  # each column's own transcribed label
    for h in placed:
        if h.columns == 1:
            leaf[h.column - 1] = h.text
    cells = []
    for body in t.rows:
        bold = is_total(body[0])
        cells.append([(printed(x), bold) for x in list(body[1:n + 1]) + [""] * (n + 1 - len(body))])
    cmds = []
    if funding:
        lines = 2
        heads = []
        for c in range(n):
            k = keys[c]
            if k == "totaal":
                heads.append("Begroting")
            elif k in WORDS and leaf[c]:
                heads.append(WORDS[k])
            else:
                heads.append(leaf[c])
    else:
        lines = max(len(t.header), 1)
        heads = leaf
    size, widths = _widths(heads, cells, n, width)
    ts = _table_styles(size)
    rows = [[""] * (n + 1) for _ in range(lines)]
    if funding:
        rows[0][0] = para("Kostenpost", ts["tlabel"], rec)
        cmds.append(("SPAN", (0, 0), (0, 1)))
        c = 0
        while c < n:
            if keys[c] == "totaal" or keys[c] not in SOURCES and not heads[c]:
                if heads[c]:
                    rows[0][c + 1] = para(heads[c], ts["thead"], rec)
                    cmds.append(("SPAN", (c + 1, 0), (c + 1, 1)))
                c += 1
                continue
            start = c  # a run of source columns under "Dekking"
            while c < n and keys[c] != "totaal" and (keys[c] in SOURCES or heads[c]):
                rows[1][c + 1] = para(heads[c], ts["thead"], rec) if heads[c] else ""
                c += 1
            rows[0][start + 1] = para("Dekking", ts["tgroup"], rec)
            if c - 1 > start:
                cmds.append(("SPAN", (start + 1, 0), (c, 0)))
            cmds.append(("LINEBELOW", (start + 1, 0), (c, 0), 0.4, colors.black))
    else:
        rows[0][0] = para(t.label, ts["tlabel"], rec)
        if lines > 1:
            cmds.append(("SPAN", (0, 0), (0, lines - 1)))
        wordy = [sum(not _numeric(body[c]) for body in t.rows if c < len(body)) * 2 > len(t.rows)
                 for c in range(1, n + 1)]
        for h in placed:
            group = h.columns > 1
            style = "tgroup" if group else ("tlabel" if wordy[h.column - 1] else "thead")
            rows[h.line][h.column] = para(h.text, ts[style], rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
            if group and r1 < lines - 1:
                cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.4, colors.black))
    totals = []
    for r, (body, row_cells) in enumerate(zip(t.rows, cells)):
        bold = is_total(body[0])
        if bold:
            totals.append(lines + r)
        row = [para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
        for c, (text, _) in enumerate(row_cells):
            original = body[c + 1] if c + 1 < len(body) else ""
            if text != original:
                raw_of(r, c, text)
            style = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
            row.append(para(text, ts[style], rec))
        rows.append(row)
    last = len(rows) - 1
    cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black, None, None,
              None, 2, 1.5),
             ("TOPPADDING", (0, lines), (-1, lines), 4)]
    for r in range(lines, last):
        if r + 1 not in totals:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.3, colors.black))
    for r in totals:
        if r > lines:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.5, colors.black, None, None, None,
                         2, 1.5))
            cmds.append(("TOPPADDING", (0, r), (-1, r), 4))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines + 1))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [Spacer(0, 5), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def render_dekking(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Begroting en dekkingsplan Regio Deal {name}".strip()
    golden = _golden_keys(dossier)
    raw: dict[str, str] = {}

    def once(info):
        truth = Truth(dossier, "dekking")
        raw.clear()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "dekking"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(font_for(running, ITALIC), 8)
            canv.drawString(MARGIN, HEIGHT - 1.6 * cm, running)
            canv.setFont(SERIF, 9)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        heading = "Begroting en dekkingsplan"
        story: list = [para(heading, st["doc"], markup=_small_caps(heading, 16, 12.5)),
                       para(f"Regio Deal {name}".strip(), st["doc2"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            index = {id(t): k for k, t in enumerate(pr.tables())}

            def place(t, width, pr=pr, rec=rec, index=index):
                k = index[id(t)]
                gold = golden.get((pr.title, k))
                keys = _column_keys(t, gold)

                def raw_of(row, column, text):
                    key = keys[column] if keys[column] else str(column + 1)
                    raw[f"{pr.title}|{k}|{row}|{key}"] = text

                return _table(t, keys, st, rec, width, raw_of)

            story.append(CondPageBreak(5 * cm))
            story.append(para(f"Project {p + 1} — {pr.title}", st["title"], truth.heading(p)))
            story.append(para(pr.theme, st["theme"], rec))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += place(row, FW)
                    continue
                label = ParagraphStyle("dk-label-f", st["label"],
                                       fontName=_bold_italic(row.label))
                story.append(para(row.label, label, rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += [Indenter(left=INDENT), *place(item, FW - INDENT),
                                  Indenter(left=-INDENT)]
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story.append(Spacer(0, 4))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if raw:
        record["raw"] = dict(raw)
    return record
