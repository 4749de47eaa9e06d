"""One more house style for the layout zoo (see zoo.py), held out: a municipality's Word
document whose table style JUSTIFIES the text of every cell (Word's "Justify" applied to
whole tables), so the wrapped row labels of a narrow label column are stretched to the
cell's width with wide gaps between their words.

- justified: A4 portrait, margins 2.5 cm, a Times-like serif (Liberation Serif; else DejaVu
          Serif) at 10.5pt on 14pt, justified, 6pt after each paragraph. Each project OPENS
          A NEW PAGE: its theme in 10pt italic, under it the title in 14pt bold. FIELD LABELS
          in bold on their own line, the field's paragraphs under them (a list item hanging
          on its marker); a table inside a field stands in its field where the transcription
          places it. Footer: the page number at the right, 8pt.
          TABLES in 9pt on 11pt across the text width, a FULL GRID of 0.4pt black rules, 4pt
          cell padding, every cell TOP-aligned. The header line(s) bold on a light grey fill,
          header cells centred (the table's label in the corner cell; a group header
          ("Publiek") a merged cell centred over its members). The LABEL COLUMN NARROW: 25%
          of the text width, so most row labels wrap over two to four lines; each label is
          JUSTIFIED: every line but its last stretched to the cell's inner width (wide gaps
          between the words; a line of a single word stays at the left), the last line flush
          left. The amount columns share the rest equally; amounts (nils too) RIGHT-aligned,
          exactly as transcribed ("7.500.000*", "€ 2,8 mln."), their paragraphs having a
          right alignment of their own; a value cell holding words ("Trekker": "North Sea
          Port", "€ 75.000 per broedplaats = € 750.000") justified like the labels. The
          Totaal row bold. A word wider than its cell is set smaller to fit (never broken).
          A table that breaks over a page repeats its header line(s). Table footnotes under
          the table in 8pt; the project's notes at its end in 8pt, each with its mark.

The transcription's page breaks are not reproduced (a table breaks where the page is full).
Every cell prints as transcribed: the truth record is the plain one (no "raw"). A project
runs from its opening page (theme and title drawn) to the page of its last field text,
table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_centred import _serif
from .zoo_common import Doc, Truth, build_until_stable, field_para, is_total, meta, notes_at_end, para
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

SIZE, LEAD = 10.5, 14.0
TSIZE, TLEAD = 9.0, 11.0
PAD = 4.0
GRID = 0.4
LABEL_SHARE = 0.25
HEAD_FILL = colors.HexColor("#D9D9D9")


def _styles(serif, bold, italic) -> dict:
    def st(name, font=serif, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ju-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", italic, 10, 13, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 14, 18, spaceAfter=10, keepWithNext=1),
        "label": st("label", bold, spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, spaceAfter=6),
        "item": st("item", alignment=TA_JUSTIFY, spaceAfter=6, leftIndent=18, bulletIndent=0),
        "th": st("th", bold, TSIZE, TLEAD, alignment=TA_CENTER),
        # Word's Justify: every line but the last stretched to the cell's width; a paragraph
        # of a single line (or a line of one word) stays at the left
        "td": st("td", serif, TSIZE, TLEAD, alignment=TA_JUSTIFY),
        "td_b": st("tdb", bold, TSIZE, TLEAD, alignment=TA_JUSTIFY),
        # amounts keep a right alignment of their own (their paragraph style says so)
        "ta": st("ta", serif, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ta_b": st("tab", bold, TSIZE, TLEAD, alignment=TA_RIGHT),
        "foot": st("foot", serif, 8, 10, alignment=TA_LEFT, spaceBefore=3),
        "note": st("note", serif, 8, 10, alignment=TA_LEFT, spaceAfter=2),
    }


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), GRID, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    rows[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        row = [para(body[0], st["td" + b], rec)]
        for text in body[1:]:
            # a nil ("-", ".-") counts as an amount: right-aligned; words justified
            row.append(para(text, st[("ta" if amount(text) is not None else "td") + b], rec))
        rows.append(row)
    label = LABEL_SHARE * width
    widths = [label] + [(width - label) / n] * n
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out


def render_justified(dossier: source.Dossier, pdf_path) -> dict:
    serif, bold, italic = _serif()
    st = _styles(serif, bold, italic)

    def once(info):
        truth = Truth(dossier, "justified")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "justified"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(serif, 8)
            canv.drawRightString(WIDTH - MARGIN, 1.25 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 2), *_table(row, st, rec, FW), Spacer(0, 10)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *_table(item, st, rec, FW), Spacer(0, 10)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
