"""One more house style for the layout zoo (see zoo.py), held out: an amateur Word document
whose tables had their borders removed ("No Border") and every cell centred.

- centred: A4 portrait, margins 2.5 cm, a Times-like serif (Liberation Serif; else DejaVu
          Serif) at 11pt on 14pt, paragraphs 8pt after, justified. Each project OPENS A NEW
          PAGE: its theme as a line in 10pt italic, under it the title in 14pt bold,
          UNDERLINED (a 0.6pt line under the title's text only, each line of a long title).
          FIELD LABELS in bold 11pt followed by a colon on their own line ("Opgave:"), the
          field's paragraphs under the label (a list item hanging on its marker); a table
          inside a field stands in its field where the transcription places it.
          TABLES in 10pt with NO RULES AND NO FILLS, EVERY CELL CENTRED horizontally (header
          cells, amounts and the row labels too; a long label wraps inside its cell, each
          line centred) and vertically (the "Align Center" button: the amounts of a row whose
          label wraps stand in the middle of the label's lines). Column widths from the
          content plus 10pt padding each side (Word's "AutoFit to contents": each column its
          widest unwrapped text where the table fits the text width; else the room past the
          longest words shared out in proportion to what each column wants beyond them; where
          even the longest words do not fit, the table runs into both margins, at most to 1 cm
          from the paper's edges; past that the widths scale down and a word wider than its
          cell is set smaller, the zoo's rule that no word is cut), the table CENTRED on the
          page. The header bold (the table's label in the corner cell); a group header
          ("Publiek") centred over its members on its own line above them; a header over
          both header lines ("Totaal") centred in that height. The Totaal row
          bold; rows 3pt apart (1.5pt padding above and below each). Amounts exactly as
          transcribed. A table that breaks over a page repeats its header lines. Table
          footnotes under the table in 9pt, starting at the table's left edge; the project's
          notes at its end in 9pt, each with its mark ("¹ Bron: ...").
          Footer on every page: "Pagina <n> van <N>" centred, 9pt.

The transcription's page breaks are not reproduced. Every cell prints as transcribed: the truth
record is the plain one (no "raw"). A project runs from its opening page (theme and title
drawn) to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (FALLBACK, Doc, Truth, build_until_stable, content_widths, field_para, font_for,
                         is_total, meta, notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

SIZE, LEAD = 11.0, 14.0
TSIZE, TLEAD = 10.0, 12.0
CELL_PAD = 10.0  # Word's default cell margins made 10pt each side
ROW_PAD = 1.5    # above and below each row's text: rows 3pt apart
# An autofitted table whose longest words do not fit the text width runs into the margins
# (as Word lets it), centred on the page, up to 1 cm from the paper's edges.
SPILL = WIDTH - 2 * 1.0 * cm

_LIB_DIRS = (Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"))
_FACES = {"CeSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "CeSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "CeSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic")}


def _serif() -> tuple[str, str, str]:
    """(regular, bold, italic): Liberation Serif where installed (its gaps filled from
    DejaVu), else DejaVu Serif."""
    register_fonts()
    folder = next((d for d in _LIB_DIRS if all((d / f).is_file() for f, _ in _FACES.values())), None)
    if folder is None:
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(folder / file)))
        FALLBACK.setdefault(name, stand_in)
    return "CeSerif", "CeSerif-Bold", "CeSerif-Italic"


def _styles(serif, bold, italic) -> dict:
    def st(name, font=serif, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"ce-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", italic, 10, 13, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 14, 18, spaceAfter=12, keepWithNext=1, underlineWidth=0.6),
        "label": st("label", bold, spaceAfter=8, keepWithNext=1),
        "body": st("body", alignment=TA_JUSTIFY, spaceAfter=8),
        "item": st("item", alignment=TA_JUSTIFY, spaceAfter=8, leftIndent=18, bulletIndent=0),
        # every table cell centred: header, amounts and row labels alike
        "th": st("th", bold, TSIZE, TLEAD, alignment=TA_CENTER),
        "td": st("td", serif, TSIZE, TLEAD, alignment=TA_CENTER),
        "td_b": st("tdb", bold, TSIZE, TLEAD, alignment=TA_CENTER),
        "foot": st("foot", serif, 9, 11, alignment=TA_LEFT, spaceBefore=2),
        "note": st("note", serif, 9, 11, alignment=TA_LEFT, spaceAfter=3),
    }


# --- tables: no borders, every cell centred -----------------------------------------------


def _autofit(cells, n, width) -> list[float]:
    """Word's AutoFit to contents: `cells` are (first column, columns spanned, text, style).
    Each column its widest unwrapped text plus the padding where the table fits `width`; else
    its longest word plus a share of the rest in proportion to what it wants beyond that;
    where even the longest words do not fit, those widths, wider than `width`."""
    lo, hi = content_widths(cells, n, 2 * CELL_PAD + 1)  # 1pt against rounding
    if sum(hi) <= width:
        return hi
    if sum(lo) >= width:  # the words alone are too wide: run into the margins, centred
        return lo if sum(lo) <= SPILL else [w * SPILL / sum(lo) for w in lo]
    share = (width - sum(lo)) / (sum(hi) - sum(lo))
    return [low + (h - low) * share for low, h in zip(lo, hi)]


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), ROW_PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PAD)]
    rows[0][0] = para(t.label, st["th"], rec)
    measure = [(0, 1, t.label, st["th"])]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        measure.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        style = st["td_b" if is_total(body[0]) else "td"]
        rows.append([para(text, style, rec) for text in body])
        measure += [(c, 1, text, style) for c, text in enumerate(body)]
    widths = _autofit(measure, n + 1, width)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="CENTER")]
    # the footnotes start at the centred table's left edge (in the margin if it runs there)
    indent = (width - sum(widths)) / 2
    foot = ParagraphStyle(f"{st['foot'].name}-{indent:.1f}", st["foot"], leftIndent=indent)
    out += [para(f, foot, rec) for f in t.footnotes]
    return out


# --- the document ------------------------------------------------------------------------


def _title(pr, st, rec):
    """The title in bold, underlined under its text only (each line of a long title)."""
    style = st["title"]
    font = font_for(pr.title, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    return para("", style, rec, markup=f"<u>{escape(pr.title)}</u>")


def render_centred(dossier: source.Dossier, pdf_path) -> dict:
    serif, bold, italic = _serif()
    st = _styles(serif, bold, italic)

    def once(info):
        truth = Truth(dossier, "centred")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "centred"))

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            canv.setFont(serif, 9)
            canv.drawCentredString(WIDTH / 2, 1.25 * cm, f"Pagina {page} van {max(info['total'], page)}")
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
            story.append(_title(pr, st, truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 2), *_table(row, st, rec, FW), Spacer(0, 10)]
                    continue
                story.append(para(f"{row.label}:", st["label"], rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 2), *_table(item, st, rec, FW), Spacer(0, 10)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
