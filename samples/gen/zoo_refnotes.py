"""One more house style for the layout zoo (see zoo.py), held out: a municipality's council
proposal annex ("raadsvoorstel, bijlage 2") typed in Word by someone who does not use Word's
footnote feature: every note mark is typed in the running text, on the baseline.

- refnotes: A4 portrait, margins 2.5 cm all round (a 16 cm text column). Helvetica
          (Arial-like) 10pt on 13pt, ragged right, 6pt after each paragraph; a list item
          keeps the source's marker (as text) and hangs on it. Page 1 opens with the annex's
          title "Bijlage 2 – Projectvoorstellen Regio Deal <Name>" (12pt bold) and a line
          "Behorend bij het raadsvoorstel ..." (10pt). Each project: its THEME in 10pt italic on
          a line of its own, then the title in 14pt bold; projects flow on (a conditional
          break keeps a heading off a page's foot). Fields as a bold 10pt label on a line of
          its own, the field's paragraphs under it.
          FUNDING TABLES across the text column (a table inside a field the same way): a full
          grid of thin (0.5pt) black lines round every cell, 9pt, no fills; the header
          line(s) in bold (the table's label over the row-label column, a group header
          centred over its members, single headers right-aligned); amounts right-aligned,
          words left-aligned; the Totaal row bold. Header lines repeated where a table breaks
          over a page.
          NOTE MARKS TYPED, NOT RAISED: in a table an amount with a note carries its mark as
          a number with a closing parenthesis after one space, on the baseline, in the cell's
          own type: the transcription's "*" is "1)", "**" is "2)", "***" is "3)"
          ("7.500.000*" -> "7.500.000 1)", "80.000**" -> "80.000 2)"); a nil with a mark
          ("-*") is "- 1)". The table's notes follow the table as a list in 8pt with a
          hanging indent, each note's leading mark typed the same way ("1) Het bedrijfsleven
          investeert ...").
          PROJECT NOTES: the transcription's superscript mark in the prose is typed as its
          number in parentheses after one space ("gepresenteerd¹." -> "gepresenteerd (1).",
          "vestigen.² Het" -> "vestigen. (2) Het"; a unit "m²" stays as it is), and the
          project's notes are listed at the end of the project under the bold heading
          "Noten", each "(1) Bron: ..." in 8pt with a hanging indent (a note's further
          paragraphs under its text).
          Footer on every page: "Raadsvoorstel Regio Deal <Name> – bijlage 2 – pagina N" in
          8pt, centred.

The transcription's page breaks are not reproduced. The truth records, in its "raw" object,
every cell printed otherwise than transcribed (a cell with a typed mark: "7.500.000 1)",
"- 1)"), keyed as tests/golden/<dossier>_cells.csv keys cells; the value stays the
transcription's value.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths
from .zoo_common import Doc, Truth, build_until_stable, cell_list, dossier_name, font_for, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 10, 13
TSIZE = 9
NSIZE = 8
PAD = 3.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_CELL_MARK = re.compile(r"^(.*?)\s*(\*+)$", re.S)
_NOTE_MARK = re.compile(r"^\s*(\*+)\s*(.*)$", re.S)
_SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_RUN = re.compile(f"[{_SUPER}]+")


def printed(text: str) -> str:
    """How the typist writes a transcribed cell: a trailing "*" mark as "1)" after a space."""
    m = _CELL_MARK.match(text.strip())
    if not m or not m.group(1):
        return text
    return f"{m.group(1)} {len(m.group(2))})"


def note_text(note: str) -> str:
    """A table note with its leading "*" mark typed as "1)"."""
    m = _NOTE_MARK.match(note)
    if not m:
        return note
    return f"{len(m.group(1))}) {m.group(2)}"


def _number(mark: str) -> str:
    return "".join(str(_SUPER.index(ch)) for ch in mark if ch in _SUPER) or mark


def typed_prose(text: str) -> str:
    """The prose with each superscript note mark typed as " (n)" ("m²" and "cm³" stay)."""
    def sub(m):
        i = m.start()
        if i > 0 and text[i - 1] in "mc" and m.group(0) in "²³":
            return m.group(0)
        return f" ({_number(m.group(0))})"
    return _SUPER_RUN.sub(sub, text)


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,\-–]*(mln\.?)?[\s\d)]*", text.strip()))


def _styles() -> dict:
    def t(name, font, align, size=TSIZE):
        return ParagraphStyle(f"rn-{name}", fontName=font, fontSize=size, leading=size * 1.22,
                              alignment=align)

    return {
        "doc": ParagraphStyle("rn-doc", fontName=BOLD, fontSize=12, leading=15, spaceAfter=3),
        "doc2": ParagraphStyle("rn-doc2", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               spaceAfter=14),
        "theme": ParagraphStyle("rn-theme", fontName=ITALIC, fontSize=SIZE, leading=LEAD,
                                spaceBefore=14, keepWithNext=1),
        "title": ParagraphStyle("rn-title", fontName=BOLD, fontSize=14, leading=17.5,
                                spaceBefore=1, spaceAfter=6, keepWithNext=1),
        "label": ParagraphStyle("rn-label", fontName=BOLD, fontSize=SIZE, leading=LEAD,
                                spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "body": ParagraphStyle("rn-body", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               spaceAfter=6),
        "item": ParagraphStyle("rn-item", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        "notes_h": ParagraphStyle("rn-nh", fontName=BOLD, fontSize=SIZE, leading=LEAD,
                                  spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "note": ParagraphStyle("rn-note", fontName=SANS, fontSize=NSIZE, leading=10,
                               leftIndent=16, firstLineIndent=-16, spaceAfter=2),
        "note_more": ParagraphStyle("rn-notem", fontName=SANS, fontSize=NSIZE, leading=10,
                                    leftIndent=16, spaceAfter=2),
        "tnote": ParagraphStyle("rn-tn", fontName=SANS, fontSize=NSIZE, leading=10,
                                leftIndent=12, firstLineIndent=-12, spaceAfter=1.5),
        "tlabel": t("tl", BOLD, TA_LEFT),
        "thead": t("th", BOLD, TA_RIGHT),
        "tgroup": t("tg", BOLD, TA_CENTER),
        "tbody": t("tb", SANS, TA_LEFT),
        "tbody_b": t("tbb", BOLD, TA_LEFT),
        "tamount": t("ta", SANS, TA_RIGHT),
        "tamount_b": t("tab", BOLD, TA_RIGHT),
        "ttext": t("tt", SANS, TA_LEFT),
        "ttext_b": t("ttb", BOLD, TA_LEFT),
    }


def funding_table(t: source.Table, st, rec, width) -> list:
    """The table in a full grid of thin black lines, its notes as a typed list under it."""
    n, lines = t.columns, max(len(t.header), 1)
    shown = replace(t, rows=tuple(tuple([r[0]] + [printed(c) for c in r[1:]]) for r in t.rows))
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in shown.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:]) + [""] * (n + 1 - len(body)):
            key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
            row.append(para(text, st[key], rec))
        rows.append(row)
    cmds += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
             ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    widths = _col_widths(shown, lambda s: s, width, st, PAD, label_share=0.36)
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    if t.footnotes:
        out.append(Spacer(0, 3))
        out += [para(note_text(f), st["tnote"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _paragraph(text: str, st, rec):
    text = typed_prose(text)
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def _raw_record(dossier: source.Dossier) -> dict:
    """Cells printed otherwise than transcribed, keyed as the hand-written cell list keys
    them ("<project>|<table>|<row>|<column>")."""
    titles = {pr.title for pr in dossier.projects}
    out = {}
    for g in cell_list(dossier):
        if g["project"] in titles and printed(g["raw"]) != g["raw"]:
            out[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = printed(g["raw"])
    return out


def render_refnotes(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    footer = f"Raadsvoorstel Regio Deal {name}".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "refnotes")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "refnotes"))

        def on_page(canv, d):
            canv.saveState()
            text = f"{footer} – bijlage 2 – pagina {canv.getPageNumber()}"
            canv.setFont(font_for(text, SANS), 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, text)
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = [
            para(f"Bijlage 2 – Projectvoorstellen Regio Deal {name}".replace("  ", " "),
                 st["doc"]),
            para("Behorend bij het raadsvoorstel over de deelname aan de Regio Deal en de "
                 "gemeentelijke cofinanciering van de projecten.", st["doc2"]),
        ]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += funding_table(row, st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += funding_table(item, st, rec, FW)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(para("Noten", st["notes_h"], rec))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"({_number(note.mark)}) {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    raw = _raw_record(dossier)
    if raw:
        record["raw"] = raw
    return record
