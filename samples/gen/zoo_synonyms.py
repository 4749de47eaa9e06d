"""One more house style for the layout zoo (see zoo.py), held out: the dossier as ANOTHER
Regio Deal's programme office writes it, in its Word template ("Format projectplan"), whose
LABELS AND COLUMN HEADERS ARE WORDED ITS OWN WAY: the same fields and the same funding sources
under the names other Dutch programmes use.

- synonyms: A4 portrait, margins 2.5 cm all round (a 16 cm text column). Helvetica (standing
          in for Calibri; DejaVu Sans where a text has a character it lacks) 10pt on 13pt,
          ragged right, 5pt after each paragraph; a list item keeps the source's marker and
          hangs on it (14pt). RUNNING HEADER on every page 1.4 cm from the top edge:
          "Programmabureau Regio Deal <Name>" at the left and "Projectplannen" at the right,
          8pt grey (#7F7F7F), a 0.5pt accent-blue (#4472C4) rule under it across the column.
          FOOTER: "Pagina N van M" at the right, 8pt grey, 1.3 cm from the bottom edge.
          Each project OPENS A NEW PAGE: its title (as transcribed) in Word's "Titel" look,
          18pt bold dark blue (#1F3864), then "Programmalijn: <theme>" in 10pt italic grey,
          14pt under it.
          FIELD LABELS in Word's "Kop 2" look: 12pt bold accent blue (#2F5496) on a line of
          their own, 12pt above, 3pt below, kept with what follows, WORDED BY THE OFFICE'S
          TEMPLATE by the field's meaning: name -> "Projectnaam"; parties ("Partijen",
          "Betrokken partijen") -> "Samenwerkingspartners"; problem ("Opgave", "Aanleiding")
          -> "Aanleiding en probleemstelling"; approach ("Voorgestelde aanpak", "Aanpak") ->
          "Aanpak en activiteiten"; planning -> "Planning en mijlpalen"; results ->
          "Beoogde resultaten en effecten"; financing ("Inzet en co-financiering",
          "Financiering") -> "Financiering en cofinanciering"; continuity ("Structureel
          karakter", "Borging") -> "Borging en continuïteit", its bracketed addition kept
          after it ("Borging en continuïteit (Hoe verder zonder rijksbijdrage)"); any other
          label as transcribed. The field's paragraphs under it; a table inside a field
          stands where the transcription puts it.
          TABLES in Word's built-in "Rastertabel 4 - Accent 1" (Grid Table 4) style across the
          text column: a Word CAPTION above every table, "Tabel <k>. <the transcription's
          table label>" (k counted through the document) in 9pt italic accent blue; the
          header line(s) filled accent blue (#4472C4), bold white 8pt text; body 8.5pt with
          BANDED ROWS (every other body row, the first included, filled #D9E2F3); a 0.5pt
          light-blue (#8EAADB) grid between all cells; the Totaal row bold with a 1pt
          accent-blue rule above it. Header lines repeated where a table breaks over a page.
          FUNDING TABLES (a Totaal and a funding source among the columns: keys from the
          dossier's cell list) keep the transcription's columns, order and header structure,
          but head them in the office's words: the label column "Kostenpost"; totaal ->
          "Totale kosten", privaat ("Privaat", "Bedrijven", "Werkgevers", "Bedrijfsleven")
          -> "Private partijen", onderwijs -> "Kennisinstellingen", gemeente -> "Gemeenten",
          provincie -> "Provincie", overig_publiek ("Overig Publiek", "Waterschap") ->
          "Overige overheden", rijk -> "Rijksbijdrage (Regio Deal)"; a group header "Publiek"
          -> "Overheden" (centred over its members); any other source (Regio) as transcribed.
          Other tables (milestones, years, "Per jaar | EUR 3 jaar") keep their own label in
          the corner and their headers as transcribed. Single headers right-aligned over
          amounts; amounts right-aligned exactly as transcribed; row labels as transcribed
          (the total row "Totaal" too). Table footnotes under the table in 8pt; the
          project's notes at its end in 8pt, each with its mark.

The transcription's page breaks are not reproduced. Every cell prints as transcribed (no
"raw"); the truth records, under "field_labels", the label printed for each of the
transcription's field labels. A project runs from its opening page to the page of its last
field text, table cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)
from .zoo_province import _golden_keys, _numeric

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
ACCENT = colors.HexColor("#4472C4")
HEAD2 = colors.HexColor("#2F5496")
DARK = colors.HexColor("#1F3864")
BAND = colors.HexColor("#D9E2F3")
GRIDC = colors.HexColor("#8EAADB")
GREY = colors.HexColor("#7F7F7F")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
PAD = 3.0

# The office's field labels by the field's meaning (first match on the transcription's label).
FIELD_WORDS = (
    (re.compile(r"^(naam project|projectnaam|naam)\b", re.I), "Projectnaam"),
    (re.compile(r"partij|partner", re.I), "Samenwerkingspartners"),
    (re.compile(r"^(opgave|aanleiding)", re.I), "Aanleiding en probleemstelling"),
    (re.compile(r"aanpak", re.I), "Aanpak en activiteiten"),
    (re.compile(r"^planning", re.I), "Planning en mijlpalen"),
    (re.compile(r"resultat", re.I), "Beoogde resultaten en effecten"),
    (re.compile(r"financ", re.I), "Financiering en cofinanciering"),
    (re.compile(r"^(structureel karakter|borging)", re.I), "Borging en continuïteit"),
)

COLUMN_WORDS = {"totaal": "Totale kosten", "privaat": "Private partijen", "onderwijs": "Kennisinstellingen",
                "gemeente": "Gemeenten", "provincie": "Provincie", "overig_publiek": "Overige overheden",
                "rijk": "Rijksbijdrage (Regio Deal)"}
GROUP_WORDS = {"publiek": "Overheden"}


def field_word(label: str) -> str:
    """The office's label for a transcribed field label; a bracketed addition is kept."""
    for pattern, word in FIELD_WORDS:
        if pattern.search(label):
            extra = re.search(r"\(.*\)\s*$", label)
            return f"{word} {extra.group(0).strip()}" if extra else word
    return label


def _styles() -> dict:
    def t(name, font, size, align, colour=colors.black):
        return ParagraphStyle(f"sy-{name}", fontName=font, fontSize=size, leading=size + 2,
                              alignment=align, textColor=colour)

    return {
        "title": ParagraphStyle("sy-title", fontName=BOLD, fontSize=18, leading=22, textColor=DARK,
                                spaceAfter=4, keepWithNext=1),
        "theme": ParagraphStyle("sy-theme", fontName="Helvetica-Oblique", fontSize=10, leading=13,
                                textColor=GREY, spaceAfter=14, keepWithNext=1),
        "label": ParagraphStyle("sy-label", fontName=BOLD, fontSize=12, leading=15, textColor=HEAD2,
                                spaceBefore=12, spaceAfter=3, keepWithNext=1),
        "body": ParagraphStyle("sy-body", fontName=SANS, fontSize=10, leading=13, spaceAfter=5),
        "item": ParagraphStyle("sy-item", fontName=SANS, fontSize=10, leading=13, spaceAfter=3,
                               leftIndent=14, bulletIndent=0),
        "caption": ParagraphStyle("sy-cap", fontName="Helvetica-Oblique", fontSize=9, leading=11,
                                  textColor=HEAD2, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "hl": t("hl", BOLD, 8, TA_LEFT, colors.white),
        "hr": t("hr", BOLD, 8, TA_RIGHT, colors.white),
        "hc": t("hc", BOLD, 8, TA_CENTER, colors.white),
        "bl": t("bl", SANS, 8.5, TA_LEFT),
        "blb": t("blb", BOLD, 8.5, TA_LEFT),
        "br": t("br", SANS, 8.5, TA_RIGHT),
        "brb": t("brb", BOLD, 8.5, TA_RIGHT),
        "tfoot": ParagraphStyle("sy-tf", fontName=SANS, fontSize=8, leading=10, spaceBefore=2),
        "note": ParagraphStyle("sy-note", fontName=SANS, fontSize=8, leading=10, spaceAfter=2),
    }


def need(texts_head, texts_body, head_size=8.0, body_size=8.5) -> float:
    """A value column's width: its longest header word, its widest amount."""
    w = 28.0
    for text in texts_head:
        for word in text.split():
            w = max(w, stringWidth(word, font_for(word, BOLD), head_size))
    for text in texts_body:
        if _numeric(text):
            w = max(w, stringWidth(text, font_for(text, BOLD), body_size))
    return w + 2 * PAD + 1


def widths(needs: list[float], width: float, label_min: float = 0.14) -> list[float]:
    """The label column and the value columns: value columns at their need (grown a little
    where there is room), the label column the rest, at least `label_min` of the width."""
    least = label_min * width
    rest = width - sum(needs)
    if rest < least:
        needs = [w * (width - least) / sum(needs) for w in needs]
    elif rest > 0.45 * width:
        extra = (rest - 0.45 * width) / len(needs)
        needs = [min(w + extra, 2.4 * cm) if w < 2.4 * cm else w for w in needs]
    return [width - sum(needs)] + needs


def _table(t: source.Table, keys, number: int, st, rec, width) -> list:
    n = t.columns
    funding = is_funding(keys) and len(keys) == n
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para("Kostenpost" if funding else t.label, st["hl"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    heads: list[list[str]] = [[] for _ in range(n)]
    wordy = [sum(not _numeric(b[c]) for b in t.rows if c < len(b)) * 2 > len(t.rows) for c in range(1, n + 1)]
    for h in t.header_cells():
        text = h.text
        if h.columns == 1:
            if funding and text and keys[h.column - 1] in COLUMN_WORDS:
                text = COLUMN_WORDS[keys[h.column - 1]]
            heads[h.column - 1].append(text)
            style = "hl" if wordy[h.column - 1] else "hr"
        else:
            if funding:
                text = GROUP_WORDS.get(text.strip().lower(), text)
            style = "hc"
        rows[h.line][h.column] = para(text, st[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.5, GRIDC)]
    cmds += [("SPAN", a, b) for a, b in spans]
    for k, body in enumerate(t.rows):
        r = len(rows)
        bold = is_total(body[0])
        if bold:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, ACCENT))
        if k % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
        cells = list(body[1:n + 1]) + [""] * (n + 1 - len(body))
        row = [para(body[0], st["blb" if bold else "bl"], rec)]
        for c, text in enumerate(cells):
            kind = "br" if (_numeric(text) and not wordy[c]) else "bl"
            row.append(para(text, st[kind + ("b" if bold else "")], rec))
        rows.append(row)
    needs = [need(heads[c], [b[c + 1] for b in t.rows if c + 1 < len(b)]) for c in range(n)]
    table = Table(rows, colWidths=widths(needs, width), repeatRows=lines, hAlign="LEFT",
                  style=TableStyle(cmds))
    out = [para(f"Tabel {number}. {t.label}", st["caption"], rec), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def render_synonyms(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    golden = _golden_keys(dossier)
    labels = {}
    for pr in dossier.projects:
        for row in pr.rows:
            if isinstance(row, source.Field):
                labels[row.label] = field_word(row.label)

    def once(info):
        truth = Truth(dossier, "synonyms")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                  bottomMargin=M, **meta(dossier, "synonyms"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.4 * cm
            canv.drawString(M, y, f"Programmabureau Regio Deal {name}".replace("  ", " "))
            canv.drawRightString(WIDTH - M, y, "Projectplannen")
            canv.setStrokeColor(ACCENT)
            canv.setLineWidth(0.5)
            canv.line(M, y - 4, WIDTH - M, y - 4)
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - M, 1.3 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story: list = []
        number = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            if p:
                story.append(PageBreak())
            story.append(para(pr.title, st["title"], truth.heading(p)))
            theme = f"Programmalijn: {pr.theme}"
            story.append(para(theme, ParagraphStyle("sy-th-f", st["theme"],
                                                    fontName=font_for(theme, "Helvetica-Oblique")), rec))

            def table(t):
                nonlocal number
                number += 1
                k = next(i for i, x in enumerate(tables) if x is t)
                return _table(t, golden.get((pr.title, k)), number, st, rec, FW)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(labels[row.label], st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    record = build_until_stable(once)
    record["field_labels"] = {k: v for k, v in labels.items() if k != v}
    return record
