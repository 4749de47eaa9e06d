"""One more house style for the layout zoo (see zoo.py), held out: a municipality's
"begrotingstoelichting", in which every funding table carries an explanation column, as
Dutch budget tables often do.

- annotated: A4 LANDSCAPE throughout (297 x 210 mm), margins 2 cm. Helvetica (Verdana-like)
          body 9pt on 12pt. Each project: its theme as a plain grey 8pt line, then the title
          in 14pt bold dark red; projects flow on (a conditional break keeps a heading off a
          page's foot). FIELDS in a borderless two-column layout set by position: the label
          in bold 9pt in a 4.5 cm column, the field's paragraphs beside it, one row per
          paragraph (a row splits over pages); a table inside a field stands in the text
          column, drawn as transcribed.
          FUNDING TABLES (a header names a funding source: Privaat, Rijk, Gem., Provincie,
          Bedrijven ...) across the full width: the row-label column (header: the transcribed
          label), the transcription's value columns (labels and group headers as transcribed,
          a group label centred over its columns), and a LAST column "Toelichting" (7.5 cm)
          holding an explanation per row written for this rendering, 8pt italic, wrapping over
          two to four lines; the Totaal row's explanation "Som van de regels hierboven.". Each
          row is as tall as its explanation, its label and amounts top-aligned on the first
          line. Body 8.5pt, amounts right-aligned as transcribed, words left-aligned, Totaal
          row bold. Horizontal rules only: thin grey between rows, a thicker dark rule under
          the header and over the Totaal row; the header bold on a light grey fill, repeated
          where a table breaks over a page (rows never split; the source's
          page_break_before_row is not followed). Tables without a funding column (milestones,
          "Per jaar | EUR 3 jaar", a year table) are drawn in the same rules without the
          Toelichting column. Table notes under the table in 7.5pt; project notes after the
          project in 7.5pt. Page number "- N -" centred at the foot.

The Toelichting column is no cell of the transcription; every golden cell is printed as
transcribed, so the truth record is the plain one (no "raw").
"""

from __future__ import annotations

import re
import zlib
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Frame, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_common import Doc, Truth, build_until_stable, is_total, meta, para, register_fonts
from .zoo_province import _guess_key, _numeric

WIDTH, HEIGHT = landscape(A4)
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
LABEL_W = 4.5 * cm
NOTE_W = 7.5 * cm
PAD = 3
RED = colors.HexColor("#8E1B1B")
GREY = colors.HexColor("#6E6E6E")
RULE = colors.HexColor("#B4B4B4")
DARK = colors.HexColor("#404040")
FILL = colors.HexColor("#E6E6E6")
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
T_SIZE, NOTE_SIZE = 8.5, 8.0
SOURCES = {"privaat", "onderwijs", "gemeente", "provincie", "overig_publiek", "rijk"}


def _styles() -> dict:
    def tab(name, font, align, size=T_SIZE, lead=10.5):
        return ParagraphStyle(f"an-{name}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {
        "theme": ParagraphStyle("an-theme", fontName=SANS, fontSize=8, leading=10,
                                textColor=GREY, spaceBefore=14, spaceAfter=2, keepWithNext=1),
        "title": ParagraphStyle("an-title", fontName=BOLD, fontSize=14, leading=17,
                                textColor=RED, spaceAfter=8, keepWithNext=1),
        "label": ParagraphStyle("an-label", fontName=BOLD, fontSize=9, leading=12),
        "body": ParagraphStyle("an-body", fontName=SANS, fontSize=9, leading=12),
        "tlabel": tab("tl", BOLD, TA_LEFT),
        "thead": tab("th", BOLD, TA_RIGHT),
        "thead_l": tab("thl", BOLD, TA_LEFT),
        "tgroup": tab("tg", BOLD, TA_CENTER),
        "tbody": tab("tb", SANS, TA_LEFT),
        "tbody_b": tab("tbb", BOLD, TA_LEFT),
        "tamount": tab("ta", SANS, TA_RIGHT),
        "tamount_b": tab("tab", BOLD, TA_RIGHT),
        "ttext": tab("tt", SANS, TA_LEFT),
        "ttext_b": tab("ttb", BOLD, TA_LEFT),
        "expl": tab("ex", ITALIC, TA_LEFT, NOTE_SIZE, 10),
        "tfoot": ParagraphStyle("an-tf", fontName=SANS, fontSize=7.5, leading=9.5,
                                spaceBefore=2),
        "note": ParagraphStyle("an-note", fontName=SANS, fontSize=7.5, leading=9.5,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("an-notem", fontName=SANS, fontSize=7.5, leading=9.5,
                                    leftIndent=9, spaceAfter=1.5),
    }


# --- the explanations -------------------------------------------------------------

_OPENERS = (
    "Kosten voor {x}, verdeeld over de partners volgens de samenwerkingsovereenkomst.",
    "Raming van de uitgaven voor {x} op basis van offertes en ervaringscijfers.",
    "Begrote inzet voor {x}; de bijdragen zijn door de partners schriftelijk toegezegd.",
    "Middelen voor {x}, in te zetten via de penvoerder van het project.",
)
_CLAUSES = (
    "Uitgaven vallen binnen de looptijd van de Regio Deal.",
    "Bedragen zijn inclusief niet-verrekenbare btw.",
    "De eigen bijdragen van de partners bestaan deels uit uren in natura.",
    "Verantwoording vindt jaarlijks plaats via de voortgangsrapportage aan het Rijk.",
    "Onderbesteding valt terug naar het programmabudget en wordt opnieuw ingezet.",
    "Bij de tussenevaluatie wordt bezien of een herverdeling tussen de posten nodig is.",
    "Indexering is niet meegenomen; prijsstijgingen worden binnen het project opgevangen.",
)


def _lines(text: str, width: float) -> int:
    style = ParagraphStyle("an-ex-measure", fontName=ITALIC, fontSize=NOTE_SIZE, leading=10)
    return round(Paragraph(escape(text), style).wrap(width, 1e6)[1] / 10)


def explanation(label: str, k: int, width: float) -> str:
    """A plausible, generic explanation for body row `k` labelled `label`, two to four
    lines long at `width` (which row gets how many lines varies with the label)."""
    if is_total(label):
        return "Som van de regels hierboven."
    x = re.sub(r"\s+", " ", label.strip().rstrip(":")) or "deze post"
    if not x[:2].isupper():  # keep acronyms and names as they are ("PDEng", "TopFit")
        x = x[0].lower() + x[1:]
    seed = zlib.crc32(f"{label}|{k}".encode("utf-8"))
    target = 2 + (seed + k) % 3
    text = _OPENERS[seed % len(_OPENERS)].format(x=x)
    start = (seed >> 4) % len(_CLAUSES)
    for j in range(len(_CLAUSES)):
        if _lines(text, width) >= target:
            break
        more = f"{text} {_CLAUSES[(start + j) % len(_CLAUSES)]}"
        if _lines(more, width) > 4:
            break
        text = more
    return text


# --- tables -------------------------------------------------------------------------


def is_funding(t: source.Table) -> bool:
    """A header names a funding source (not only years, a Totaal, "Per jaar" ...)."""
    return any(_guess_key(h.text) in SOURCES for h in t.header_cells())


def _widths(t: source.Table, width: float, note: float) -> list[float]:
    n = t.columns
    rest = width - note
    label = max(min(6.0 * cm, rest * 0.45), rest - n * 2.5 * cm)
    return [label] + [(rest - label) / n] * n + ([note] if note else [])


def _table(t: source.Table, st, rec, width: float, nested: bool = False) -> list:
    n = t.columns
    funding = is_funding(t) and not nested
    extra = 1 if funding else 0
    lines = max(len(t.header), 1)
    ncol = n + 1 + extra
    rows = [[""] * ncol for _ in range(lines)]
    cmds = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    wordy = [sum(not _numeric(body[c]) for body in t.rows if c < len(body)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    for h in t.header_cells():
        group = h.columns > 1
        style = "tgroup" if group else ("thead_l" if wordy[h.column - 1] else "thead")
        rows[h.line][h.column] = para(h.text, st[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if group and r1 < lines - 1:
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.4, RULE))
    widths = _widths(t, width, NOTE_W if funding else 0)
    if funding:
        rows[0][-1] = para("Toelichting", st["thead_l"], rec)
        if lines > 1:
            cmds.append(("SPAN", (ncol - 1, 0), (ncol - 1, lines - 1)))
    totals = []
    for k, body in enumerate(t.rows):
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:n + 1]) + [""] * (n + 1 - len(body)):
            key = ("tamount" if _numeric(text) else "ttext") + ("_b" if bold else "")
            row.append(para(text, st[key], rec))
        if funding:
            row.append(para(explanation(body[0], k, widths[-1] - 2 * PAD), st["expl"], rec))
        rows.append(row)
    last = len(rows) - 1
    cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, lines - 1), FILL),
             ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.2, DARK),
             ("LINEBELOW", (0, last), (-1, last), 0.5, RULE)]
    for r in range(lines, last):
        if r + 1 not in totals:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.4, RULE))
    for r in totals:
        if r > lines:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1.2, DARK))
    cmds.append(("NOSPLIT", (0, 0), (-1, min(last, lines + 1))))
    table = Table(rows, colWidths=widths, repeatRows=0 if nested else lines,
                  style=TableStyle(cmds), hAlign="LEFT")
    out = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out if nested else [Spacer(0, 6)] + out + [Spacer(0, 10)]


def _field(field: source.Field, st, rec) -> Table:
    """Label | text by position: a borderless two-column table, one row per paragraph."""
    text_w = FW - LABEL_W
    rows = []
    for k, item in enumerate(field.content or ("",)):
        left = para(field.label, st["label"], rec) if k == 0 else ""
        if isinstance(item, source.Table):
            right = _table(item, st, rec, text_w, nested=True)
        else:
            right = para(item, st["body"], rec)
        rows.append([left, right])
    return Table(rows, colWidths=[LABEL_W, text_w], hAlign="LEFT", splitInRow=1,
                 style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 0),
                     ("RIGHTPADDING", (0, 0), (0, -1), 10),
                     ("RIGHTPADDING", (1, 0), (1, -1), 0),
                     ("TOPPADDING", (0, 0), (-1, -1), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                     ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]))


def render_annotated(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()

    def once(info):
        truth = Truth(dossier, "annotated")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN,
                  rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                  **meta(dossier, "annotated"))
        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)

        def furniture(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(colors.black)
            canv.drawCentredString(WIDTH / 2, 1.2 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                else:
                    story.append(_field(row, st, rec))
            if pr.notes:
                story.append(Spacer(0, 2))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note" if k == 0 else "note_more"], rec))
            story.append(Spacer(0, 10))
        doc.build(story)
        return truth

    return build_until_stable(once)
