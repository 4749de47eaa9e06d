"""One more house style for the layout zoo (see zoo.py), held out: a Regio Deal programme
office's "projectkaarten" made in Word from its own template, written for the steering group
in PLAIN LANGUAGE ("B1-niveau"): every field is labelled with a SHORT QUESTION WORD in a left
label column, and every funding table puts the national contribution FIRST, the region's
co-financing grouped after it in the office's own words, and the total LAST.

- rijkfirst: A4 portrait, margins 2.0 cm left and right, 2.4 cm top, 2.0 cm bottom (a 17 cm
          type area). Helvetica (Arial's metrics; DejaVu Sans where a text has a character it
          lacks) 10pt on 13pt, ragged right, 4pt after each paragraph. RUNNING HEADER on every
          page 1.3 cm from the top edge: a dark green (#2E6B3A) bar 1.2 cm x 4pt at the left
          margin and right of it "Regio Deal <Name> | projectkaarten stuurgroep" in 8pt grey
          (#6E6E6E); FOOTER: "Programmabureau Regio Deal <Name>" at the left and the page
          number at the right, 8pt grey, 1.1 cm from the bottom edge.
          Each project OPENS A NEW PAGE: "PROJECTKAART <k>" (k = the project's position) in
          8pt bold green capitals, its title (as transcribed) under it in 16pt bold, its theme
          in 9.5pt italic grey, 12pt of space.
          FIELDS IN TWO COLUMNS (set by position, no table in the PDF): a LABEL COLUMN of 2.8 cm
          at the left margin and a TEXT COLUMN from 3.2 cm to the right margin (13.8 cm). Every
          field starts under a 0.5pt green rule across the whole type area (7pt above the
          field's first line); its LABEL, a short question word in 10.5pt bold green, stands in
          the label column on the baseline of the field's first text line; the field's
          paragraphs fill the text column (a list item keeps the source's marker and hangs on
          it, 14pt). The labels by the field's meaning: name ("Naam Project", "Projectnaam")
          -> "Wat"; parties -> "Wie"; problem ("Opgave", "Aanleiding") -> "Waarom"; approach
          ("Voorgestelde aanpak", "Aanpak") -> "Hoe"; planning -> "Wanneer"; results ->
          "Resultaat"; financing ("Inzet en co-financiering", "Financiering") -> "Geld";
          continuity ("Structureel karakter ...", "Borging") -> "Na afloop"; any other label as
          transcribed. A table (inside a field, or standing after a field in the
          transcription) stands in the TEXT COLUMN; a standing table has no label of its own.
          FUNDING TABLES (a Totaal and a funding source among the columns; keys from the
          dossier's cell list) with their COLUMNS REORDERED AND RENAMED: the table's label in
          the corner cell; then "Rijk" (the rijk column, header spanning both header lines,
          white bold on dark green, the WHOLE COLUMN below it shaded pale green #E2EFE2); then a
          group header "Cofinanciering regio" (centred, a 0.5pt green rule under it) over
          the other sources in the order Gemeente, Provincie, the unnamed public pair,
          Overig publiek, Onderwijs, Privaat, any other (Regio), each headed by the office's
          word whatever the transcription calls it ("Gem." -> "Gemeente", "Waterschap" ->
          "Overig publiek", "Bedrijven"/"Werkgevers" -> "Privaat", "Kennisinstellingen" ->
          "Onderwijs"); columns the transcription gives no name of their own (the "Publiek"
          pair of Leonardo and Skills Twente) share one cell with the transcription's group
          word ("Publiek") spanning them; then "Totaal" LAST (spanning both header lines).
          The transcription's other group words are not printed. Other tables (milestones,
          years, "Per jaar | EUR 3 jaar") keep their columns and header as transcribed.
          Every table: 8pt bold header, 8.5pt body; NO VERTICAL RULES: a 1pt green rule over
          the header, 0.5pt under it, 0.25pt grey rules between body rows, a 1pt rule above a
          Totaal row and under the last row; the Totaal row bold; amounts right-aligned
          exactly as transcribed, row labels as transcribed; header lines repeated where a
          table breaks over a page. Table footnotes under the table in the text column in
          7.5pt; the project's notes after its last field in the text column in 8pt.

The transcription's page breaks are not reproduced. Every cell prints as transcribed (no
"raw"; the columns' order is read by their keys); the truth records, under "field_labels",
the word printed for each of the transcription's field labels. A project runs from its
opening page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)
from .zoo_province import _golden_keys, _numeric
from .zoo_synonyms import need, widths

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 2.0 * cm, 2.4 * cm, 2.0 * cm
FW = WIDTH - ML - MR
LABEL_W = 3.2 * cm
TW = FW - LABEL_W
GREEN = colors.HexColor("#2E6B3A")
PALE = colors.HexColor("#E2EFE2")
GREY = colors.HexColor("#6E6E6E")
HAIR = colors.HexColor("#B0B0B0")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
PAD = 3.0
BODY, LEAD = 10.0, 13.0

FIELD_WORDS = (
    (re.compile(r"^(naam project|projectnaam|naam)\b", re.I), "Wat"),
    (re.compile(r"partij|partner", re.I), "Wie"),
    (re.compile(r"^(opgave|aanleiding)", re.I), "Waarom"),
    (re.compile(r"aanpak", re.I), "Hoe"),
    (re.compile(r"^planning", re.I), "Wanneer"),
    (re.compile(r"resultat", re.I), "Resultaat"),
    (re.compile(r"financ", re.I), "Geld"),
    (re.compile(r"^(structureel karakter|borging)", re.I), "Na afloop"),
)

ORDER = ("gemeente", "provincie", "publiek_1", "publiek_2", "overig_publiek", "onderwijs", "privaat")
WORDS = {"gemeente": "Gemeente", "provincie": "Provincie", "overig_publiek": "Overig publiek",
         "onderwijs": "Onderwijs", "privaat": "Privaat", "regio": "Regio"}


def field_word(label: str) -> str:
    for pattern, word in FIELD_WORDS:
        if pattern.search(label):
            return word
    return label


class SideLabel(Flowable):
    """A field's opening: a rule across the type area and the label in the label column, on
    the baseline of the first line of the text that follows."""

    def __init__(self, text: str, rec):
        super().__init__()
        self.text, self.rec = text, rec
        self.keepWithNext = 1
        self.space = 7.0

    def wrap(self, aw, ah):
        return aw, self.space

    def drawOn(self, canv, x, y, _sW=0):
        canv.saveState()
        canv.setStrokeColor(GREEN)
        canv.setLineWidth(0.5)
        canv.line(x, y + self.space, x + FW, y + self.space)
        canv.setFillColor(GREEN)
        canv.setFont(font_for(self.text, BOLD), 10.5)
        canv.drawString(x, y - BODY, self.text)  # the next paragraph's first baseline
        canv.restoreState()
        if self.rec:
            self.rec(canv.getPageNumber())


def _styles() -> dict:
    def t(name, font, size, align, colour=colors.black):
        return ParagraphStyle(f"rf-{name}", fontName=font, fontSize=size, leading=size + 2, alignment=align,
                              textColor=colour)

    return {
        "kicker": ParagraphStyle("rf-kick", fontName=BOLD, fontSize=8, leading=10, textColor=GREEN,
                                 keepWithNext=1),
        "title": ParagraphStyle("rf-title", fontName=BOLD, fontSize=16, leading=19.5, spaceBefore=2,
                                keepWithNext=1),
        "theme": ParagraphStyle("rf-theme", fontName="Helvetica-Oblique", fontSize=9.5, leading=12,
                                textColor=GREY, spaceAfter=12, keepWithNext=1),
        "body": ParagraphStyle("rf-body", fontName=SANS, fontSize=BODY, leading=LEAD, spaceAfter=4,
                               leftIndent=LABEL_W),
        "item": ParagraphStyle("rf-item", fontName=SANS, fontSize=BODY, leading=LEAD, spaceAfter=2,
                               leftIndent=LABEL_W + 14, bulletIndent=LABEL_W),
        "hl": t("hl", BOLD, 8, TA_LEFT), "hr": t("hr", BOLD, 8, TA_RIGHT), "hc": t("hc", BOLD, 8, TA_CENTER),
        "hw": t("hw", BOLD, 8, TA_RIGHT, colors.white),
        "bl": t("bl", SANS, 8.5, TA_LEFT), "blb": t("blb", BOLD, 8.5, TA_LEFT),
        "br": t("br", SANS, 8.5, TA_RIGHT), "brb": t("brb", BOLD, 8.5, TA_RIGHT),
        "tfoot": ParagraphStyle("rf-tf", fontName=SANS, fontSize=7.5, leading=9.2, spaceBefore=2,
                                leftIndent=LABEL_W),
        "note": ParagraphStyle("rf-note", fontName=SANS, fontSize=8, leading=10, spaceAfter=2,
                               leftIndent=LABEL_W),
    }


def _rules(lines: int, totals: list[int]) -> list:
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, GREEN),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, GREEN),
            ("LINEBELOW", (0, lines), (-1, -2), 0.25, HAIR),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, GREEN)]
    cmds += [("LINEABOVE", (0, r), (-1, r), 1.0, GREEN) for r in totals]
    return cmds


def _body(t: source.Table, order: list[int], st, rec, wordy) -> tuple[list, list[int]]:
    rows, totals = [], []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        cells = list(body[1:]) + [""] * (t.columns + 1 - len(body))
        row = [para(body[0], st["blb" if bold else "bl"], rec)]
        for c in order:
            kind = "br" if (_numeric(cells[c]) and not wordy[c]) else "bl"
            row.append(para(cells[c], st[kind + ("b" if bold else "")], rec))
        rows.append(row)
    return rows, totals


def _wordy(t: source.Table) -> list[bool]:
    return [sum(not _numeric(b[c]) for b in t.rows if c < len(b)) * 2 > len(t.rows)
            for c in range(1, t.columns + 1)]


def _other_table(t: source.Table, st, rec, width) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    wordy = _wordy(t)
    head = [[""] * (n + 1) for _ in range(lines)]
    spans = [((0, 0), (0, lines - 1))] if lines > 1 else []
    head[0][0] = para(t.label, st["hl"], rec)
    texts: list[list[str]] = [[] for _ in range(n)]
    for h in t.header_cells():
        style = "hc" if h.columns > 1 else ("hl" if wordy[h.column - 1] else "hr")
        head[h.line][h.column] = para(h.text, st[style], rec)
        if h.columns == 1:
            texts[h.column - 1].append(h.text)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    body, totals = _body(t, list(range(n)), st, rec, wordy)
    needs = [need(texts[c], [b[c + 1] for b in t.rows if c + 1 < len(b)]) for c in range(n)]
    cmds = _rules(lines, [r + lines for r in totals]) + [("SPAN", a, b) for a, b in spans]
    return Table(head + body, colWidths=widths(needs, width, 0.22), repeatRows=lines, hAlign="RIGHT",
                 style=TableStyle(cmds))


def _funding_table(t: source.Table, keys: list[str], st, rec, width) -> Table:
    n = t.columns
    wordy = _wordy(t)
    leaf: list[str | None] = [None] * n
    group: list[str | None] = [None] * n
    for h in t.header_cells():
        if h.columns == 1:
            if h.text:
                leaf[h.column - 1] = h.text
        else:
            for c in range(h.column - 1, h.column - 1 + h.columns):
                group[c] = h.text
    rank = {k: i for i, k in enumerate(ORDER)}
    rijk = [c for c in range(n) if keys[c] == "rijk"]
    tot = [c for c in range(n) if keys[c] == "totaal"]
    regional = sorted((c for c in range(n) if keys[c] not in ("rijk", "totaal")),
                      key=lambda c: (rank.get(keys[c], len(rank)), c))
    order = rijk + regional + tot
    m = len(order)
    head = [[""] * (m + 1) for _ in range(2)]
    spans = [((0, 0), (0, 1))]
    head[0][0] = para(t.label, st["hl"], rec)
    cmds: list = []
    texts: list[list[str]] = [[] for _ in range(m)]
    for g, c in enumerate(order, 1):
        if c in rijk or c in tot:
            word = "Rijk" if c in rijk else "Totaal"
            head[0][g] = para(word, st["hw" if c in rijk else "hr"], rec)
            spans.append(((g, 0), (g, 1)))
            texts[g - 1].append(word)
    if regional:
        g0 = 1 + len(rijk)
        head[0][g0] = para("Cofinanciering regio", st["hc"], rec)
        spans.append(((g0, 0), (g0 + len(regional) - 1, 0)))
        cmds.append(("LINEBELOW", (g0, 0), (g0 + len(regional) - 1, 0), 0.5, GREEN))
        g = g0
        while g < g0 + len(regional):
            c = order[g - 1]
            if leaf[c] is None:  # no name of its own: the group word over the unnamed run
                run = g
                while run + 1 < g0 + len(regional) and leaf[order[run]] is None:
                    run += 1
                word = group[c] or ""
                head[1][g] = para(word, st["hc" if run > g else "hr"], rec)
                if run > g:
                    spans.append(((g, 1), (run, 1)))
                g = run + 1
                continue
            word = WORDS.get(keys[c], leaf[c])
            head[1][g] = para(word, st["hl" if wordy[c] else "hr"], rec)
            texts[g - 1].append(word)
            g += 1
    body, totals = _body(t, order, st, rec, wordy)
    needs = [need(texts[g], [b[c + 1] for b in t.rows if c + 1 < len(b)]) for g, c in enumerate(order)]
    cmds += _rules(2, [r + 2 for r in totals]) + [("SPAN", a, b) for a, b in spans]
    for g, c in enumerate(order, 1):
        if c in rijk:
            cmds += [("BACKGROUND", (g, 0), (g, 1), GREEN), ("BACKGROUND", (g, 2), (g, -1), PALE)]
    return Table(head + body, colWidths=widths(needs, width, 0.2), repeatRows=2, hAlign="RIGHT",
                 style=TableStyle(cmds))


def render_rijkfirst(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    golden = _golden_keys(dossier)
    labels = {row.label: field_word(row.label) for pr in dossier.projects for row in pr.rows
              if isinstance(row, source.Field)}

    def table(t, pr, tables, rec):
        keys = golden.get((pr.title, next(i for i, x in enumerate(tables) if x is t)))
        if is_funding(keys) and len(keys) == t.columns:
            out = [Spacer(0, 4), _funding_table(t, keys, st, rec, TW)]
        else:
            out = [Spacer(0, 4), _other_table(t, st, rec, TW)]
        return out + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]

    def once(info):
        truth = Truth(dossier, "rijkfirst")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "rijkfirst"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.3 * cm
            canv.setFillColor(GREEN)
            canv.rect(ML, y, 1.2 * cm, 4, stroke=0, fill=1)
            canv.setFillColor(GREY)
            canv.setFont(SANS, 8)
            canv.drawString(ML + 1.2 * cm + 6, y, f"Regio Deal {name} | projectkaarten stuurgroep".replace("  ", " "))
            canv.drawString(ML, 1.1 * cm, f"Programmabureau Regio Deal {name}".replace("  ", " "))
            canv.drawRightString(WIDTH - MR, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            if p:
                story.append(PageBreak())
            story.append(para(f"PROJECTKAART {p + 1}", st["kicker"]))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(para(pr.theme, ParagraphStyle("rf-th-f", st["theme"],
                                                       fontName=font_for(pr.theme, "Helvetica-Oblique")), rec))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row, pr, tables, rec)
                    continue
                story.append(SideLabel(labels[row.label], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item, pr, tables, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    record = build_until_stable(once)
    record["field_labels"] = {k: v for k, v in labels.items() if k != v}
    return record
