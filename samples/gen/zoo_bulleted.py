"""One more house style for the layout zoo (see zoo.py), held out: a short "factsheet per
project" memo written in Word as a BULLETED LIST.

- bulleted: A4 portrait, a Calibri-like sans 10.5pt (Liberation Sans; else DejaVu Sans).
            Page 1 opens with "Factsheets projecten Regio Deal <name>" (18pt) and a one-line
            lead. Each project starts with its title as a Word "Heading 2" (13pt bold, blue),
            preceded by the theme as a "Heading 1" (15pt blue, a thin rule under it) only
            where the theme changes; projects flow on. EVERY FIELD IS ONE BULLET ITEM ("•")
            with a RUN-IN BOLD LABEL followed by a colon: "• Opgave: De maakindustrie ..."
            -- the text runs on after the label on the same line and wraps with a hanging
            indent under the text (not under the bullet); a field with several paragraphs
            continues in further paragraphs indented like the item's text (no bullet); a
            field's own list items become sub-bullets indented one more level (the
            transcription's marker, "•", "-", "1.", "(a)", hangs there, as Word keeps a
            typed list's marker; it is not replaced by "◦", since the field text the zoo
            scores holds the transcribed marker). A field that opens with a list item or a
            table has its label alone on the bullet line. A table inside a field stays
            there, at the text indent. The funding table comes after the last bullet as a
            normal Word table ("Light Grid": thin black rules on every cell, a heavier rule
            under the bold header row, the table's label in the corner cell, amounts
            right-aligned as transcribed, Totaal row bold), with "Tabel: Investeringen
            (in €)" as a caption above it; table footnotes under it in 8pt. Project notes
            follow the table in 8.5pt ("<mark> <text>"). Header "Factsheets Regio Deal
            <name> — concept" in 8pt grey at the top of every page, the page number
            centred at the bottom.

The truth records what the page shows: a project runs from the page of its title to the
page of its last field text, table cell or note. The theme headings, caption, running header
and page numbers are not content. Every cell prints as transcribed, so no "raw" is recorded.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, HRFlowable, Indenter, KeepTogether, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_budget import _fonts, _markup
from .zoo_common import build_until_stable, Doc, dossier_name, meta, para, Truth

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.2 * cm
FW = WIDTH - ML - MR

INK = colors.black
BLUE = colors.HexColor("#2F5496")
GREY = colors.HexColor("#808080")
CAPTION = colors.HexColor("#44546A")

TEXT_IN = 18.0     # the item's text (and its hanging lines) from the left margin
BULLET_IN = 5.0    # the bullet from the left margin
SUB_TEXT_IN = 36.0
SUB_BULLET_IN = 23.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles(sans, bold):
    def style(name, font=sans, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"bl-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "title": style("title", sans, 18, 22, spaceAfter=4),
        "lead": style("lead", sans, 10.5, 13.5, textColor=GREY, spaceAfter=10),
        "h1": style("h1", sans, 15, 18.5, textColor=BLUE, spaceBefore=16, spaceAfter=2,
                    keepWithNext=1),
        "h2": style("h2", bold, 13, 16, textColor=BLUE, spaceBefore=10, spaceAfter=5,
                    keepWithNext=1),
        "item": style("item", leftIndent=TEXT_IN, bulletIndent=BULLET_IN, bulletFontName=sans,
                      bulletFontSize=10.5, spaceBefore=4),
        "more": style("more", leftIndent=TEXT_IN, spaceBefore=3),
        "sub": style("sub", leftIndent=SUB_TEXT_IN, bulletIndent=SUB_BULLET_IN,
                     bulletFontName=sans, bulletFontSize=10.5, spaceBefore=1.5),
        "caption": style("caption", sans, 9, 11, textColor=CAPTION, spaceBefore=10,
                         spaceAfter=3, keepWithNext=1),
        "tfoot": style("tfoot", sans, 8, 10, spaceBefore=2),
        "note": style("note", sans, 8.5, 10.5, spaceBefore=2),
        "tlabel": style("tl", bold, 9, 11),
        "thead": style("th", bold, 9, 11, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 9, 11, alignment=TA_CENTER),
        "tbody": style("tb", sans, 9, 11),
        "tbody_b": style("tbb", bold, 9, 11),
        "tamount": style("ta", sans, 9, 11, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 9, 11, alignment=TA_RIGHT),
    }


def _esc(text: str, font: str) -> str:
    return _markup(text, font) or escape(text)


def _table(t: source.Table, st, rec, width) -> list:
    pad = 4
    rows, spans, _, totals = _grid(t, st, rec)
    lines = max(len(t.header), 1)
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=0.32)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.5, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.25, INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                 hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _sub(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    marker = m.group().strip()  # as transcribed: the scored field text holds it
    return para("", st["sub"], rec, markup=f"<bullet>{escape(marker)}</bullet>"
                                            f"{_esc(text[m.end():], st['sub'].fontName)}")


def _field(row: source.Field, st, rec, bold) -> list:
    """The field as one bullet item: the bold run-in label, the first paragraph after it;
    later paragraphs at the text indent, list items as sub-bullets, tables at the indent."""
    label = f'<font name="{bold}">{escape(row.label)}:</font>'
    content = list(row.content)
    first = ""
    if content and isinstance(content[0], str) and not _LIST_ITEM.match(content[0]):
        first = " " + _esc(content.pop(0), st["item"].fontName)
    out = [para("", st["item"], rec, markup=f"<bullet>•</bullet>{label}{first}")]
    for item in content:
        if isinstance(item, source.Table):
            out += [Spacer(0, 4), Indenter(left=TEXT_IN)]
            out += _table(item, st, rec, FW - TEXT_IN)
            out += [Indenter(left=-TEXT_IN), Spacer(0, 2)]
        elif _LIST_ITEM.match(item):
            out.append(_sub(item, st, rec))
        else:
            out.append(para("", st["more"], rec, markup=_esc(item, st["more"].fontName)))
    return out


def render_bulleted(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)
    info_meta = meta(dossier, "bulleted")
    name = dossier_name(dossier)
    header = f"Factsheets Regio Deal {name} — concept".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "bulleted")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **info_meta)

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 8)
            canv.drawString(ML, HEIGHT - 1.3 * cm, header)
            canv.setFillColor(INK)
            canv.setFont(sans, 9)
            canv.drawCentredString(WIDTH / 2, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])

        story: list = [para(f"Factsheets projecten Regio Deal {name}".replace("  ", " "),
                            st["title"]),
                       para("Per project de kern in het kort: opgave, aanpak, resultaten en "
                            "financiering.", st["lead"])]
        theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != theme:
                theme = pr.theme
                block = KeepTogether([
                    para(pr.theme, st["h1"]),
                    HRFlowable(width="100%", thickness=0.5, color=BLUE, spaceBefore=1,
                               spaceAfter=2)])
                block.keepWithNext = 1  # with the project's title
                story.append(block)
            story.append(para(pr.title, st["h2"], truth.heading(p)))
            tables = []
            for row in pr.rows:
                if isinstance(row, source.Table):
                    tables.append(row)
                else:
                    story += _field(row, st, rec, bold)
            for t in tables:
                story.append(para("Tabel: Investeringen (in €)", st["caption"]))
                story += _table(t, st, rec, FW)
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
            story.append(Spacer(0, 6))
        doc.build(story)
        return truth

    return build_until_stable(once)
