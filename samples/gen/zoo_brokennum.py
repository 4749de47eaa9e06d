"""One more house style for the layout zoo (see zoo.py), held out: a Word document whose
investment tables have fixed, too-narrow column widths, so Word breaks every word wider than
its cell at the character that no longer fits.

- brokennum: A4 portrait, margins 2.5 cm all round. A Calibri-like sans (DejaVu Sans) at
          10pt on 13pt, paragraphs 6pt apart (after). Each project opens a new page under
          its title in 14pt bold; FIELDS: the label in bold 10pt on its own line, the field's
          paragraphs under it (a list item hanging on its marker). Running footer on every
          page: "Regio Deal <Name> - bijlage projecten" at the left and the page number at
          the right, 8pt, under the text area.
          TABLES (the investment tables, and a table inside a field where it stands) across
          the text width in 9pt on 11pt, a full grid of 0.5pt black rules, 2pt cell padding
          on every side, cells top-aligned, a row as tall as its tallest cell. FIXED COLUMN
          WIDTHS: the first column (row labels, the table's label over them) 32% of the text
          width, every other column an equal share of the rest whatever its content: with 7-8
          value columns each is about 40pt, narrower than "13.699.097" or "1.650.000*" in
          9pt. BROKEN WORDS: a cell's text wraps at spaces as usual, and a single word wider
          than the cell's inner width is broken at the character that no longer fits, as
          many characters as fit on the line and the rest on the next line(s) of the same
          cell, no hyphen added ("13.699.0" / "97", "Provinci" / "e"); a short amount that
          fits stays whole. The header line(s) bold on a light grey fill (the table's label
          at the left, single value headers right-aligned, a group header "Publiek" centred
          over its members); amounts right-aligned (each broken line of an amount too),
          words and row labels left-aligned; the Totaal row bold. Header lines repeated
          where a table breaks over a page. Table footnotes under the table in 8pt; the
          project's notes at its end in 8pt, each with its mark ("¹ Bron: ...").

Every printed character is kept: the cells are the transcribed texts, only broken over
lines, so the truth record is the plain one (no "raw"); the reader is expected to join a
broken word. The transcription's page breaks are not reproduced.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
TSIZE, TLEAD = 9.0, 11.0
PAD = 2.0
RULE = 0.5
LABEL_SHARE = 0.32
HEAD_FILL = colors.HexColor("#E6E6E6")


def _styles() -> dict:
    def st(name, font=SANS, size=10, leading=13, **kw):
        return ParagraphStyle(f"bn-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 14, 17, spaceAfter=10, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", spaceAfter=6, leftIndent=14, bulletIndent=0),
        "tlabel": st("tl", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "thead": st("th", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "tbody": st("tb", SANS, TSIZE, TLEAD, alignment=TA_LEFT),
        "tbody_b": st("tbb", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "tamount": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tfoot": st("tf", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
        "note_more": st("notem", SANS, 8, 10, spaceAfter=2, leftIndent=8),
    }


# --- Word's line breaking in a fixed-width cell -----------------------------------------


def broken_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The cell's lines: words wrap at spaces; a word wider than `width` is broken at the
    character that no longer fits, the rest on the next line(s), no hyphen."""
    def fits(s):
        return stringWidth(s, font, size) <= width

    lines: list[str] = []
    line = ""
    for word in text.split():
        cand = f"{line} {word}" if line else word
        if fits(cand):
            line = cand
            continue
        if line:
            lines.append(line)
        while not fits(word):
            k = 1  # at least one character a line, as Word does
            while k < len(word) and fits(word[:k + 1]):
                k += 1
            lines.append(word[:k])
            word = word[k:]
        line = word
    if line:
        lines.append(line)
    return lines


def _cell(text: str, style: ParagraphStyle, rec, width: float):
    """A recorded paragraph holding `text` broken as Word breaks it in a cell `width` wide
    (markup with explicit line breaks: the zoo's shrink-to-fit does not apply)."""
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    # a hair of slack: reportlab must not wrap a line that just fits a second time
    lines = broken_lines(text, font, style.fontSize, width - 0.01)
    return para(text, style, rec, markup="<br/>".join(escape(s) for s in lines))


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    label_w = LABEL_SHARE * width
    widths = [label_w] + [(width - label_w) / n] * n
    inner = [w - 2 * PAD for w in widths]
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), RULE, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
    rows[0][0] = _cell(t.label, st["tlabel"], rec, inner[0])
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        # a cell spanning columns is as wide as they are together, less one padding pair
        w = sum(widths[h.column:h.column + h.columns]) - 2 * PAD
        rows[h.line][h.column] = _cell(h.text, st["tgroup" if h.columns > 1 else "thead"], rec, w)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        row = [_cell(body[0], st["tbody" + b], rec, inner[0])]
        row += [_cell(c, st[("tamount" if amount(c) is not None else "tbody") + b], rec, inner[k + 1])
                for k, c in enumerate(cells[:n])]
        rows.append(row)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 4),
                 Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- the document --------------------------------------------------------------------


def _field(field: source.Field, st, rec) -> list:
    out: list = [para(field.label, st["label"], rec)]
    for item in field.content or ("",):
        if isinstance(item, source.Table):
            out += _table(item, st, rec, FW)
        else:
            out.append(field_para(item, st["body"], st["item"], rec))
    return out


def render_brokennum(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    footer = f"Regio Deal {dossier_name(dossier)} - bijlage projecten".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "brokennum")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "brokennum"))

        def on_page(canv, d):
            canv.saveState()
            y = MARGIN - 1.0 * cm
            canv.setFont(font_for(footer, SANS), 8)
            canv.drawString(MARGIN, y, footer)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN, y, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                else:
                    story += _field(row, st, rec)
            story += notes_at_end(pr, rec, st["note"], st["note_more"])
        doc.build(story)
        return truth

    return build_until_stable(once)
