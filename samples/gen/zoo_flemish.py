"""One more house style for the layout zoo (see zoo.py), held out: the dossier as the FLEMISH
(Belgian) partner of a cross-border Regio Deal re-typed it in its own provincial house style,
amounts written the Belgian way ("2.000.000,00 €"), labels and column headers in Flemish
wording, dates as dd/mm/yyyy.

- flemish: A4 portrait, margins 2.4 cm left, 2.0 cm right, 3.3 cm top, 2.4 cm bottom (a
          16.6 cm text column). Helvetica (standing in for the house's Arial-like sans; DejaVu
          Sans where a text has a character it lacks) 9.5pt on 13pt, ragged right, 4pt after
          each paragraph; a list item keeps the source's marker and hangs on it (12pt).
          LETTERHEAD on every page (a fictional "Provincie Scheldeland"): at the top left a
          1.1 cm square emblem, a yellow (#FFE600) square with a black 0.8pt frame and a black
          stylised wave drawn in it (no text), beside it "Provincie" (8pt) over "Scheldeland"
          (8pt bold) and "Dienst Europa & Grensoverschrijdende Samenwerking" (7pt grey); at
          the top right, right-aligned, "Grensoverschrijdend projectdossier" (8pt bold) over
          "Regio Deal <Name> – Vlaamse partner" and "Versie 1.0 – <date>" (7pt grey), the date
          "12/03/2019" (twente) or "18/09/2023" (zeeland); a 0.5pt black rule across the
          column 2.7 cm from the top edge. FOOTER: a 0.3pt grey rule, under it at the left
          "Provinciehuis Scheldeland · Kaai 1 · 9100 Scheldedorp · www.scheldeland.be" and at
          the right "pagina N/M", 7pt grey, 1.4 cm from the bottom edge.
          Each project OPENS A NEW PAGE with a PROJECTFICHE head: "PROJECTFICHE <n>" in 8pt bold
          grey; the title (as transcribed) in 15pt bold black; a yellow bar (4pt high, 3 cm
          wide) under it; then one grey 8.5pt line "Thema: <theme>   ·   Ingediend op <date>
          ·   Ref. RD-<TE|ZD>-<year>-<nn>" (the name's first and last letter).
          FIELD LABELS on a line of their own, 10.5pt bold black, 10pt above, 3pt below, kept
          with what follows, a small yellow square (6 x 6 pt, black 0.5pt frame) hanging in the
          left margin 11pt before the label; WORDED THE FLEMISH WAY by the field's meaning:
          name ("Naam Project", "Projectnaam") -> "Projectnaam"; parties -> "Partners";
          problem ("Opgave", "Aanleiding") -> "Uitdaging"; approach ("Voorgestelde aanpak",
          "Aanpak") -> "Aanpak"; results -> "Resultaten"; financing ("Inzet en co-financiering",
          "Financiering") -> "Financiering"; continuity ("Structureel karakter", "Borging") ->
          "Verankering", a bracketed addition kept after it; any other label (Planning) as
          transcribed. The field's paragraphs under it, aligned with the label.
          TABLES where the transcription puts them, across the text column: a caption above,
          "Tabel <k>: <label>" (k counted through the document) in 8.5pt bold; the header
          line(s) FILLED BLACK (#1D1D1B) with white bold 7.5pt text, a 2pt YELLOW rule under the
          header; body 8pt, rows parted by 0.3pt grey (#B2B2B2) hairlines, NO vertical rules;
          the Totaal row bold, filled pale yellow (#FFF6A8), a 0.8pt black rule above it;
          header lines repeated where a table breaks. FUNDING TABLES (a Totaal and a funding
          source among the columns, by the dossier's cell list) keep the transcription's
          columns, order and header structure, but head them in Flemish: the label column
          "Omschrijving"; totaal -> "Totaal", privaat -> "Privé", onderwijs -> "Onderwijs",
          gemeente -> "Gemeente", provincie -> "Provincie", overig_publiek -> "Andere
          overheden", rijk -> "Rijk"; a group header "Publiek" -> "Overheid" (centred over its
          members); any other source (Regio) as transcribed. Other tables keep their own label
          in the corner and their headers as transcribed. Single headers right-aligned over
          amounts; the value columns as wide as their widest amount (the table's type made
          smaller, down to 6.5pt, where they would not fit beside a label column of 22%).
          AMOUNTS IN THE BELGIAN WAY (in every table not stated in thousands): dot-grouped
          euros with two decimals and "€" AFTER the amount: "1.650.000" -> "1.650.000,00 €",
          "€ 50.000" -> "50.000,00 €", "7.500.000*" -> "7.500.000,00 €*"; millions as "mio":
          "6,33 mln." -> "6,33 mio €", "€ 92,3 mln." -> "92,3 mio €", "43,8mln." -> "43,8 mio
          €"; a nil ("-", ".-", "-*") as "- €" ("- €*"); the "€ <n>" amounts inside a phrase
          converted where they stand ("75.000,00 € per broedplaats = 750.000,00 €"); empty cells
          and words (Gem., Prov., Q4 2024) as they are. A table stated in thousands ("bedragen
          x € 1.000") prints its cells as transcribed. Amounts in the prose stay as
          transcribed. Table footnotes under the table in 7.5pt; the project's notes at its
          end in 8pt, each with its mark.

The transcription's page breaks are not reproduced. The truth record holds, under "raw",
the printed text of every table cell printed otherwise than transcribed (keyed
"<project>|<table>|<row>|<column key>", the keys of tests/golden/<dossier>_cells.csv), and,
under "field_labels", the label printed for each of the transcription's field labels. A
project runs from its opening page to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)
from .zoo_province import _golden_keys

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 2.4 * cm, 2.0 * cm, 3.3 * cm, 2.4 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM
SANS, BOLD = "Helvetica", "Helvetica-Bold"
YELLOW = colors.HexColor("#FFE600")
PALE = colors.HexColor("#FFF6A8")
INK = colors.HexColor("#1D1D1B")
HAIR = colors.HexColor("#B2B2B2")
GREY = colors.HexColor("#6E6E6E")
PAD = 3.0

DATES = {"twente": "12/03/2019", "zeeland": "18/09/2023"}

FIELD_WORDS = (
    (re.compile(r"^(naam project|projectnaam|naam)\b", re.I), "Projectnaam"),
    (re.compile(r"partij|partner", re.I), "Partners"),
    (re.compile(r"^(opgave|aanleiding)", re.I), "Uitdaging"),
    (re.compile(r"aanpak", re.I), "Aanpak"),
    (re.compile(r"resultat", re.I), "Resultaten"),
    (re.compile(r"financ", re.I), "Financiering"),
    (re.compile(r"^(structureel karakter|borging)", re.I), "Verankering"),
)
COLUMN_WORDS = {"totaal": "Totaal", "privaat": "Privé", "onderwijs": "Onderwijs", "gemeente": "Gemeente",
                "provincie": "Provincie", "overig_publiek": "Andere overheden", "rijk": "Rijk"}
GROUP_WORDS = {"publiek": "Overheid"}

# One amount as the transcription writes it: an optional "€ ", Dutch digit groups, a decimal
# comma, an optional "mln." (with or without a space before it), note marks after it.
_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*mln\.?)?(\**)")
_NIL = re.compile(r"\.?-(\**)")
_EURO_IN_TEXT = re.compile(r"€\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(\s*mln\.?)?")
_THOUSANDS = re.compile(r"(?i)x\s*€?\s*1\.000\b")


def field_word(label: str) -> str:
    for pattern, word in FIELD_WORDS:
        if pattern.search(label):
            extra = re.search(r"\(.*\)\s*$", label)
            return f"{word} {extra.group(0).strip()}" if extra else word
    return label


def _be(whole: str, decimals: str | None, mln: str | None) -> str:
    if mln:
        return f"{whole}{',' + decimals if decimals else ''} mio €"
    return f"{whole},{(decimals or '').ljust(2, '0')} €"


def be_amount(text: str) -> str:
    """A cell as the house prints it (see the docstring); other texts unchanged."""
    s = text.strip()
    if not s:
        return text
    if m := _NIL.fullmatch(s):
        return "- €" + m.group(1)
    if m := _AMOUNT.fullmatch(s):
        return _be(m.group(1), m.group(2), m.group(3)) + m.group(4)
    if "€" in s:
        return _EURO_IN_TEXT.sub(lambda m: _be(m.group(1), m.group(2), m.group(3)), text)
    return text


def _is_amount(text: str) -> bool:
    s = text.strip()
    return bool(_NIL.fullmatch(s) or _AMOUNT.fullmatch(s))


def _style(name, font, size, leading=None, align=TA_LEFT, colour=colors.black, **kw):
    return ParagraphStyle(f"fl-{name}", fontName=font, fontSize=size, leading=leading or size * 1.25,
                          alignment=align, textColor=colour, **kw)


def _styles() -> dict:
    return {
        "kicker": _style("kicker", BOLD, 8, 10, colour=GREY, spaceAfter=3, keepWithNext=1),
        "title": _style("title", BOLD, 15, 18.5, keepWithNext=1),
        "meta": _style("meta", SANS, 8.5, 11, colour=GREY, spaceAfter=2),
        "label": _style("label", BOLD, 10.5, 13, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "body": _style("body", SANS, 9.5, 13, spaceAfter=4),
        "item": _style("item", SANS, 9.5, 13, spaceAfter=3, leftIndent=12, bulletIndent=0),
        "caption": _style("caption", BOLD, 8.5, 11, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "tfoot": _style("tfoot", SANS, 7.5, 9.5, spaceBefore=2),
        "note": _style("note", SANS, 8, 10, spaceAfter=2),
    }


def _cell_styles(size: float) -> dict:
    h = size - 0.5
    return {
        "hl": _style(f"hl{size}", BOLD, h, h + 2, TA_LEFT, colors.white),
        "hr": _style(f"hr{size}", BOLD, h, h + 2, TA_RIGHT, colors.white),
        "hc": _style(f"hc{size}", BOLD, h, h + 2, TA_CENTER, colors.white),
        "bl": _style(f"bl{size}", SANS, size, size + 2),
        "blb": _style(f"blb{size}", BOLD, size, size + 2),
        "br": _style(f"br{size}", SANS, size, size + 2, TA_RIGHT),
        "brb": _style(f"brb{size}", BOLD, size, size + 2, TA_RIGHT),
    }


class _Bar(Flowable):
    """The yellow bar under a projectfiche's title."""

    def __init__(self, rec):
        super().__init__()
        self.rec = rec

    def wrap(self, aW, aH):
        return aW, 12

    def draw(self):
        self.canv.setFillColor(YELLOW)
        self.canv.rect(0, 6, 3 * cm, 4, stroke=0, fill=1)


class _Label(Flowable):
    """A field label with the small framed yellow square hanging in the margin before it."""

    def __init__(self, text, style, rec):
        super().__init__()
        self.p = para(text, style, rec)
        self.style = style

    def wrap(self, aW, aH):
        self.w, self.h = self.p.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def getKeepWithNext(self):
        return 1

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(YELLOW)
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        c.rect(-11 - 6, self.h - 10.5 + 1.5, 6, 6, stroke=1, fill=1)
        c.restoreState()
        self.p.drawOn(c, 0, 0)


def _text_w(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font_for(w, font), size) for w in text.split()), default=0)


def _table(t: source.Table, keys, number: int, st, rec, width, raw_of) -> list:
    n = t.columns
    funding = is_funding(keys) and len(keys) == n
    said = [t.label] + [h.text for line in t.header for h in line] + list(t.footnotes)
    thousands = any(_THOUSANDS.search(s) for s in said)
    printed = [[c if thousands else be_amount(c) for c in (list(b[1:n + 1]) + [""] * (n + 1 - len(b)))]
               for b in t.rows]
    wordy = [sum(not _is_amount(b[c]) and b[c].strip() != "" for b in t.rows if c < len(b)) * 2 > len(t.rows)
             for c in range(1, n + 1)]
    heads: list[list[str]] = [[] for _ in range(n)]
    header_cells = []
    for h in t.header_cells():
        text = h.text
        if h.columns == 1:
            if funding and text and keys[h.column - 1] in COLUMN_WORDS:
                text = COLUMN_WORDS[keys[h.column - 1]]
            heads[h.column - 1].append(text)
        elif funding:
            text = GROUP_WORDS.get(text.strip().lower(), text)
        header_cells.append((h, text))

    # the type size at which the value columns fit beside a label column of 22%
    size = 8.0
    while True:
        needs = []
        for c in range(n):
            w = 26.0
            for text in heads[c]:
                w = max(w, _text_w(text, BOLD, size - 0.5))
            if not wordy[c]:
                for row in printed:
                    w = max(w, stringWidth(row[c], font_for(row[c], BOLD), size))
            needs.append(w + 2 * PAD + 1)
        if sum(needs) <= 0.78 * width or size <= 6.5:
            break
        size -= 0.5
    cs = _cell_styles(size)
    rest = width - sum(needs)
    if rest < 0.22 * width:  # still too wide: the words wrap
        needs = [w * 0.78 * width / sum(needs) for w in needs]
    elif rest > 0.45 * width:  # room to spare: value columns grow a little
        extra = (rest - 0.45 * width) / n
        needs = [min(w + extra, 2.6 * cm) if w < 2.6 * cm else w for w in needs]
    widths = [width - sum(needs)] + needs

    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    rows[0][0] = para("Omschrijving" if funding else t.label, cs["hl"], rec)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 2, YELLOW)]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h, text in header_cells:
        style = "hc" if h.columns > 1 else ("hl" if wordy[h.column - 1] else "hr")
        rows[h.line][h.column] = para(text, cs[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for k, (body, cells) in enumerate(zip(t.rows, printed)):
        r = len(rows)
        bold = is_total(body[0])
        if bold:
            cmds += [("BACKGROUND", (0, r), (-1, r), PALE), ("LINEABOVE", (0, r), (-1, r), 0.8, INK)]
        elif k < len(t.rows) - 1:
            cmds.append(("LINEBELOW", (0, r), (-1, r), 0.3, HAIR))
        row = [para(body[0], cs["blb" if bold else "bl"], rec)]
        for c, text in enumerate(cells):
            if c + 1 < len(body) and text != body[c + 1]:
                raw_of(k, c, text)
            kind = "br" if (_is_amount(body[c + 1] if c + 1 < len(body) else "") and not wordy[c]) else "bl"
            row.append(para(text, cs[kind + ("b" if bold else "")], rec))
        rows.append(row)
    last = len(rows) - 1
    cmds.append(("LINEBELOW", (0, last), (-1, last), 0.8, INK))
    table = Table(rows, colWidths=widths, repeatRows=lines, hAlign="LEFT", style=TableStyle(cmds))
    out = [para(f"Tabel {number}: {t.label}", st["caption"], rec), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


def _emblem(c, x, y, s):
    """The province's emblem: a framed yellow square with a black stylised wave."""
    c.setFillColor(YELLOW)
    c.setStrokeColor(INK)
    c.setLineWidth(0.8)
    c.rect(x, y, s, s, stroke=1, fill=1)
    c.setLineWidth(2.2)
    for k in range(2):
        p = c.beginPath()
        yy = y + s * (0.38 + 0.26 * k)
        p.moveTo(x + s * 0.15, yy)
        p.curveTo(x + s * 0.35, yy + s * 0.14, x + s * 0.5, yy - s * 0.14, x + s * 0.85, yy)
        c.drawPath(p, stroke=1, fill=0)


def render_flemish(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    key = name.lower().split()[0] if name else ""
    date = DATES.get(key, "12/03/2019")
    golden = _golden_keys(dossier)
    labels = {}
    for pr in dossier.projects:
        for row in pr.rows:
            if isinstance(row, source.Field):
                labels[row.label] = field_word(row.label)

    def once(info):
        truth = Truth(dossier, "flemish")
        truth.raw = {}
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                  bottomMargin=BOTTOM, **meta(dossier, "flemish"))

        def on_page(canv, d):
            canv.saveState()
            s = 1.1 * cm
            top = HEIGHT - 1.2 * cm
            _emblem(canv, LEFT, top - s, s)
            canv.setFillColor(INK)
            canv.setFont(SANS, 8)
            canv.drawString(LEFT + s + 6, top - 8, "Provincie")
            canv.setFont(BOLD, 8)
            canv.drawString(LEFT + s + 6, top - 18, "Scheldeland")
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawString(LEFT + s + 6, top - 28, "Dienst Europa & Grensoverschrijdende Samenwerking")
            canv.setFillColor(INK)
            canv.setFont(BOLD, 8)
            canv.drawRightString(WIDTH - RIGHT, top - 8, "Grensoverschrijdend projectdossier")
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - RIGHT, top - 18, f"Regio Deal {name} – Vlaamse partner")
            canv.drawRightString(WIDTH - RIGHT, top - 28, f"Versie 1.0 – {date}")
            canv.setStrokeColor(INK)
            canv.setLineWidth(0.5)
            canv.line(LEFT, HEIGHT - 2.7 * cm, WIDTH - RIGHT, HEIGHT - 2.7 * cm)
            canv.setStrokeColor(HAIR)
            canv.setLineWidth(0.3)
            canv.line(LEFT, 1.4 * cm + 10, WIDTH - RIGHT, 1.4 * cm + 10)
            canv.setFont(SANS, 7)
            canv.drawString(LEFT, 1.4 * cm,
                            "Provinciehuis Scheldeland · Kaai 1 · 9100 Scheldedorp · www.scheldeland.be")
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - RIGHT, 1.4 * cm, f"pagina {page}/{max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)], onPage=on_page)])
        story: list = []
        number = 0
        prefix = (key[:1] + key[-1:]).upper() if key else "XX"
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            if p:
                story.append(PageBreak())
            story.append(para(f"PROJECTFICHE {p + 1}", st["kicker"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(_Bar(rec))
            meta_line = (f"Thema: {pr.theme}   ·   Ingediend op {date}   ·   "
                         f"Ref. RD-{prefix}-{date[-4:]}-{p + 1:02d}")
            story.append(para(meta_line, ParagraphStyle("fl-meta-f", st["meta"],
                                                        fontName=font_for(meta_line, SANS)), rec))
            story.append(Spacer(0, 6))

            def table(t, pr=pr, rec=rec, tables=tables):
                nonlocal number
                number += 1
                k = next(i for i, x in enumerate(tables) if x is t)
                cols = golden.get((pr.title, k))

                def raw_of(r, column, text):
                    ck = cols[column] if cols and column < len(cols) else str(column + 1)
                    truth.raw[f"{pr.title}|{k}|{r}|{ck}"] = text

                return _table(t, cols, number, st, rec, FW, raw_of)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(_Label(labels[row.label], st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    def once_recorded(info):
        truth = once(info)
        raw = truth.raw
        orig = truth.record
        truth.record = lambda: {**orig(), **({"raw": dict(raw)} if raw else {})}
        return truth

    record = build_until_stable(once_recorded)
    record["field_labels"] = {k: v for k, v in labels.items() if k != v}
    return record
