"""One more house style for the layout zoo (see zoo.py), held out: the dossier as the
projects were FILLED IN FROM THE PROGRAMME'S WORD TEMPLATE ("Format projectvoorstel Regio
Deal"), with the template's furniture left in, as real submissions have it: the running
header and footer, a cover block per project, numbered sections whose grey guidance text
the authors did not delete, the budget table's empty placeholder rows and its standing note.

- template: A4 portrait, margins 2.5 cm all round (a 16 cm text column). DejaVu Sans (the
          Calibri of the template's machine) throughout; body 10pt on 13pt, ragged right,
          5pt after each paragraph; a list item keeps the source's marker and hangs on it.
          RUNNING HEADER on every page, 1.5 cm from the top edge: at the left a small box
          filled light grey (#E7E6E6) holding "FORMAT PROJECTVOORSTEL REGIO DEAL - versie
          2.1" in 7pt bold dark grey (#595959); at the right "Nr. <project number>" in 8pt
          (the number of the project the page belongs to, e.g. "RD-TW-03": "RD-", the
          region's first two letters, the project's position, two digits; "RD-03" where the
          dossier has no region name). A 0.5pt grey rule under the header across the column.
          FOOTER 1.3 cm from the bottom edge: "Invulinstructie: zie toelichting bij het
          format" at the left in 7pt italic grey (#7F7F7F), "Pagina N" at the right in 8pt.
          Each project OPENS A NEW PAGE with the template's COVER BLOCK: a ruled two-column
          table (0.5pt grid, dark grey) of five rows, the left column (4.5 cm) bold 9pt on a
          light grey fill: "Projectnummer" | the project number, "Thema" | the project's
          theme as transcribed, "Indiener" | an organisation, "Datum" | a date written out
          ("14 maart 2024"), "Staatssteun getoetst" | a ticked box and "ja", an empty box and
          "nee" (the font's ☒ and ☐); the indiener and date are the template user's, not the
          transcription's. No amounts in it. Under it (12pt gap) the title in 14pt bold.
          Each FIELD is a numbered TEMPLATE SECTION: a grey (#7F7F7F) square 16pt wide
          holding the section number in 9pt bold white (1, 2, 3 ... per project, fields
          only), and right of it (6pt gap) the field's label EXACTLY AS TRANSCRIBED in 11pt
          bold (12pt above the section). Under the label, before the answer, the template's
          GUIDANCE text left in by the author: one or two lines in 8.5pt italic grey
          (#7F7F7F) on 11pt, in square brackets ("[Beschrijf hier de maatschappelijke opgave
          waar het project aan bijdraagt en de aanleiding voor het project. Max. 300
          woorden.]"), one wording per kind of label (name, parties, opgave/aanleiding,
          aanpak, results, financing, structural character/borging, planning/looptijd,
          governance) and a generic one for any other label. Then the field's paragraphs in
          the body type; a table inside a field stands where the transcription puts it.
          The project's notes follow its last row in 8pt, each "<mark> <text>".
          TABLES in the template's budget-table style, 9pt on 11pt across the text column:
          full grid of 0.5pt dark grey (#404040) rules, the header line(s) bold on light blue
          (#DBE5F1), repeated at the top of every page the table runs onto, the table's label
          in the header's corner cell (spanning the header lines), a group header spanning
          its members and centred, the others right-aligned over amounts, left-aligned over
          words. The row-label column 38% of the width, the value columns sharing the rest
          equally; where a value column's widest amount or longest header word (bold) would
          not fit its share, each value column is as wide as those need, the spare room
          shared among them equally, the row labels the rest (25% of the width at least); a
          table that does not fit so at 9pt is set at 8pt on 10pt; where even 8pt does not
          fit, the row labels keep 25% and the value columns share the rest as a word
          processor's auto-fit does (each its longest word, the rest by what it wants beyond
          that), so that the amounts wrap at their spaces ("€" over "12.000.000"), a word
          wider than its column set smaller. Amounts right-aligned, words left-aligned,
          cells as transcribed; the Totaal row bold. A table starts on a new page where
          less than 3 cm is left (a section that opens with a table: where less than 5 cm
          is left, so that its label stays with it). A table holding an amount or with a
          "Totaal" column is a BUDGET TABLE: under it (3pt) the template's note "Bedragen
          in euro's, excl. btw" in 7.5pt grey; a budget table that is a row of the project
          (the template's own table, not one pasted into a field's text) keeps the
          template's EMPTY PLACEHOLDER ROWS the author did not delete: after its body rows,
          before its Totaal row where the last row is one, one or two rows ("Kostenpost …",
          then "…") whose value cells hold "€ …" ("…" in a column of words): one row in the
          first such table of the first, third, ... project, two in that of the second,
          fourth, ...; a project's next such table has the other count. The table's
          footnotes follow the note in 8pt. The transcription's page breaks inside a table
          are not followed: the table breaks where the page is full.

Truth: every cell as transcribed (no "raw"). A placeholder row is no row of its table (no
cost line: a reader leaves it out), so the rows keep the transcription's numbers.
"table_order" counts each project's cover block as its first table, one no golden cell names
(-1). A project runs from its cover block to the page
of its last field text, table cell or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import CondPageBreak, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    FONT_DIR,
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    is_total,
    meta,
    notes_at_end,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN
SANS, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"

GREY = colors.HexColor("#7F7F7F")
DARK = colors.HexColor("#595959")
RULE = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#E7E6E6")
COVER_FILL = colors.HexColor("#F2F2F2")
BLUE = colors.HexColor("#DBE5F1")
TSIZE, TLEAD = 9.0, 11.0
TSIZES = (9.0, 8.0)  # a table too wide at 9pt is set at 8pt
KEEP = 3 * cm  # room a table wants on a page to start there: header and a row or two
NUMBER_BOX = 16.0
LABEL_SHARE = 0.38
MIN_LABEL_SHARE = 0.25
FORMAT_NAME = "FORMAT PROJECTVOORSTEL REGIO DEAL - versie 2.1"
AMOUNT_NOTE = "Bedragen in euro's, excl. btw"
PLACEHOLDER_LABELS = ("Kostenpost …", "…")

# The template's guidance under each section, by what the label asks for: the first entry
# whose keyword the label contains wins (a label is matched in lower case).
GUIDANCE = [
    (("naam",), "[Vul hier de naam van het project in, zoals die in de Regio Deal-afspraken "
                "wordt gebruikt.]"),
    (("structure", "borging"), "[Geef aan hoe de resultaten na afloop van de Regio Deal worden "
                               "geborgd en hoe het project verder gaat zonder rijksbijdrage.]"),
    (("financ", "kosten"), "[Geef de totale kosten, de gevraagde rijksbijdrage en de "
                           "cofinanciering per partij. Vul daarnaast de begrotingstabel in; "
                           "cofinanciering in natura apart vermelden.]"),
    (("partij", "partner"), "[Noem de penvoerder en alle partijen die aan het project bijdragen, "
                            "met hun rol. Voeg intentieverklaringen toe als bijlage.]"),
    (("resultat", "doelstelling"), "[Benoem de beoogde resultaten zo concreet mogelijk (SMART) en "
                                   "geef aan hoe zij worden gemonitord.]"),
    (("aanpak",), "[Beschrijf de activiteiten, de fasering en de rol van de partijen, en hoe het "
                  "project aansluit bij de doelen van de Regio Deal. Max. 500 woorden.]"),
    (("opgave", "aanleiding", "probleem"), "[Beschrijf hier de maatschappelijke opgave waar het "
                                           "project aan bijdraagt en de aanleiding voor het "
                                           "project. Max. 300 woorden.]"),
    (("planning", "looptijd"), "[Geef de start- en einddatum van het project en de belangrijkste "
                               "mijlpalen.]"),
    (("governance", "organisatie"), "[Beschrijf de organisatie van het project: opdrachtgever, "
                                    "projectleiding en besluitvorming.]"),
]
GENERIC_GUIDANCE = "[Licht dit onderdeel van het voorstel toe. Max. 300 woorden.]"

# The template user's own entries in the cover block (not in the transcription).
INDIENERS = ["Programmabureau Regio Deal", "Gemeente, namens de samenwerkende gemeenten",
             "Stichting Regionaal Ontwikkelbedrijf", "Provincie, afdeling Economie",
             "Consortium onderwijs en bedrijfsleven", "Regionale Ontwikkelingsmaatschappij"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]

# An amount as the tables write it ("1.650.000", "€ 2,8 mln.", "-", "500.000*"): a digit
# somewhere and nothing but signs, digits, separators, marks and a unit.
_AMOUNT = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*")
_NIL = re.compile(r"\s*[-–]?\s*\*?\s*")


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text)) and any(ch.isdigit() for ch in text)


def _numeric(text: str) -> bool:
    """Set right-aligned: an amount or a nil."""
    return _is_amount(text) or bool(text.strip() and _NIL.fullmatch(text))


def _is_budget(t: source.Table) -> bool:
    return (any(is_total(h.text) for h in t.header_cells() if h.columns == 1)
            or any(_is_amount(c) for row in t.rows for c in row[1:]))


def _guidance(label: str) -> str:
    key = label.lower()
    return next((text for words, text in GUIDANCE if any(w in key for w in words)), GENERIC_GUIDANCE)


def _number(dossier: source.Dossier, p: int) -> str:
    region = "".join(ch for ch in dossier_name(dossier) if ch.isalpha())[:2].upper()
    return f"RD-{region}-{p + 1:02d}" if region else f"RD-{p + 1:02d}"


def _date(p: int) -> str:
    # submissions came in over a few weeks of the spring round
    return f"{3 + p * 7 % 26} {MONTHS[2 + p // 4 % 3]} 2024"


def _fonts() -> None:
    register_fonts()
    if ITALIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"tp-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 14, 18, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "num": st("num", BOLD, 9, 11, alignment=TA_CENTER, textColor=colors.white),
        "label": st("label", BOLD, 11, 14),
        "guide": st("guide", ITALIC, 8.5, 11, textColor=GREY, spaceBefore=1, spaceAfter=4,
                    keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", spaceAfter=5, leftIndent=16, bulletIndent=0, bulletFontName=SANS),
        "cover_k": st("cover-k", BOLD, TSIZE, TLEAD),
        "cover_v": st("cover-v", SANS, TSIZE, TLEAD),
        "amount_note": st("anote", SANS, 7.5, 9, textColor=GREY, spaceBefore=3),
        "tfoot": st("tfoot", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
        # the tables' type, and the smaller one of a table too wide for it
        **{size: _table_styles(size, size + 2) for size in TSIZES},
    }


def _table_styles(size: float, leading: float) -> dict:
    def st(name, font, align=TA_LEFT):
        return ParagraphStyle(f"tp-{name}-{size}", fontName=font, fontSize=size, leading=leading,
                              alignment=align)

    return {"th": st("th", BOLD, TA_RIGHT), "th_l": st("thl", BOLD), "th_c": st("thc", BOLD, TA_CENTER),
            "td": st("td", SANS), "td_b": st("tdb", BOLD),
            "ta": st("ta", SANS, TA_RIGHT), "ta_b": st("tab", BOLD, TA_RIGHT)}


_GRID = [("GRID", (0, 0), (-1, -1), 0.5, RULE),
         ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
         ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
         ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _cover(dossier, p: int, pr: source.Project, st, rec) -> Table:
    """The template's cover block: key | value, ruled, the keys on a grey fill."""
    entries = [("Projectnummer", escape(_number(dossier, p))), ("Thema", escape(pr.theme)),
               ("Indiener", escape(INDIENERS[p % len(INDIENERS)])), ("Datum", escape(_date(p))),
               ("Staatssteun getoetst", "☒ ja&nbsp;&nbsp;&nbsp;☐ nee")]
    rows = [[para(k, st["cover_k"], rec), para("", st["cover_v"], rec, markup=v)] for k, v in entries]
    cmds = _GRID + [("BACKGROUND", (0, 0), (0, -1), COVER_FILL)]
    return Table(rows, colWidths=[4.5 * cm, FW - 4.5 * cm], style=TableStyle(cmds), hAlign="LEFT")


def _section(n: int, label: str, st, rec) -> Table:
    """A numbered section heading: the number in a grey square, the label beside it."""
    t = Table([[para(str(n), st["num"], rec), para(label, st["label"], rec)]],
              colWidths=[NUMBER_BOX, FW - NUMBER_BOX],
              style=TableStyle([("BACKGROUND", (0, 0), (0, 0), GREY),
                                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 0),
                                ("TOPPADDING", (0, 0), (0, 0), 2.5), ("BOTTOMPADDING", (0, 0), (0, 0), 2.5),
                                ("LEFTPADDING", (1, 0), (1, 0), 6), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                                ("TOPPADDING", (1, 0), (1, 0), 0.5), ("BOTTOMPADDING", (1, 0), (1, 0), 0)]),
              hAlign="LEFT")
    t.keepWithNext = 1
    return t


def _placeholders(t: source.Table, count: int) -> list[list[str]]:
    """The template's empty rows: "€ …" under amounts (an empty column too), "…" in a
    column of words."""
    columns = [[row[c] for row in t.rows if c < len(row) and row[c].strip()]
               for c in range(1, t.columns + 1)]
    words = [bool(cells) and not any(_numeric(x) for x in cells) for cells in columns]
    return [[PLACEHOLDER_LABELS[k]] + ["…" if w else "€ …" for w in words] for k in range(count)]


def _printed_rows(t: source.Table, count: int) -> list[list[str]]:
    """The rows as printed: the placeholders before the Totaal row where the table ends in
    one, else at its end."""
    n = len(t.rows)
    at = n - 1 if n and is_total(t.rows[-1][0]) else n
    body = [list(r) + [""] * (t.columns + 1 - len(r)) for r in t.rows]
    return body[:at] + _placeholders(t, count) + body[at:]


def _cell(text: str, ts, rec, bold: bool):
    b = "_b" if bold else ""
    if not text:
        return ""
    return para(text, ts[("ta" if _numeric(text) or text == "€ …" else "td") + b], rec)


def _grid(t: source.Table, rows: list[list[str]], st, rec) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    size, widths = _fit(t, rows)
    ts = st[size]
    out: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = list(_GRID) + [("BACKGROUND", (0, 0), (-1, lines - 1), BLUE),
                          ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM")]
    out[0][0] = para(t.label, ts["th_l"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    bodies = [row[1:n + 1] for row in t.rows]
    numeric = [all(_numeric(b[c]) for b in bodies if c < len(b) and b[c].strip()) for c in range(n)]
    for h in t.header_cells():
        style = "th_c" if h.columns > 1 else "th" if numeric[h.column - 1] else "th_l"
        out[h.line][h.column] = para(h.text, ts[style], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for row in rows:
        bold = is_total(row[0])
        out.append([para(row[0], ts["td_b" if bold else "td"], rec)]
                   + [_cell(text, ts, rec, bold) for text in row[1:n + 1]])
    # the header stays with the first body row
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(out) - 1, lines))))
    return Table(out, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


def _fit(t: source.Table, rows: list[list[str]]) -> tuple[float, list[float]]:
    """The type size and column widths: the row labels 38% of the width and the value
    columns equal, as the template has the table; where an amount or a header word would
    not fit, each value column as wide as its widest amount and header word (bold), the
    spare room shared among them, the row labels what is left (25% of the width at least);
    at 8pt where 9pt does not fit so; where even 8pt does not, the amounts wrap."""
    n = t.columns
    st8 = ParagraphStyle("tp-fit", fontName=BOLD, fontSize=TSIZES[-1])
    for size in TSIZES:
        need = _needs(t, rows, size)
        equal = FW * (1 - LABEL_SHARE) / n
        if max(need) <= equal:
            return size, [LABEL_SHARE * FW] + [equal] * n
        room = FW * (1 - MIN_LABEL_SHARE)
        if sum(need) <= room:
            values = [w + (room - sum(need)) / n for w in need]
            return size, [FW - sum(values)] + values
    # too wide even at 8pt: the amounts wrap at their spaces as a word processor wraps them,
    # each column its longest word and a share of the rest by what it wants beyond that
    cells = [(h.column - 1, h.columns, h.text, st8) for h in t.header_cells()]
    cells += [(c, 1, text, st8) for row in rows for c, text in enumerate(row[1:n + 1])]
    return size, [FW - room] + auto_widths(cells, n, room, 2 * 4 + 1)


def _needs(t: source.Table, rows: list[list[str]], size: float) -> list[float]:
    """Each value column's width for its widest amount (unwrapped) and its longest word."""
    pad = 2 * 4 + 1
    need = [0.0] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            words = max((stringWidth(w, BOLD, size) for w in h.text.split()), default=0.0)
            need[h.column - 1] = max(need[h.column - 1], words + pad)
    for row in rows:
        for c, text in enumerate(row[1:t.columns + 1]):
            if _numeric(text) or text == "€ …":  # an amount does not wrap; words do
                want = stringWidth(text, BOLD, size)
            else:
                want = max((stringWidth(w, BOLD, size) for w in text.split()), default=0.0)
            need[c] = max(need[c], want + pad)
    return need


def _table(t: source.Table, st, rec, placeholders: int) -> list:
    """The table with its placeholder rows (a budget's), its note and footnotes."""
    budget = _is_budget(t)
    out: list = [CondPageBreak(KEEP), Spacer(0, 4), _grid(t, _printed_rows(t, placeholders if budget else 0), st, rec)]
    if budget:
        out.append(para(AMOUNT_NOTE, st["amount_note"], rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


class _TemplateTruth(Truth):
    """The truth record with each project's cover block as a table the golden cells do not
    name (-1) before its own."""

    def record(self) -> dict:
        return {**super().record(),
                "table_order": {pr.title: [-1, *range(len(tables_of(pr)))] for pr in self.dossier.projects}}


def _header_footer(canv, truth: Truth, numbers: list[str]) -> None:
    """Drawn when the page is full: the project of the page is the last one begun."""
    page = canv.getPageNumber()
    begun = [p for p, first in truth.first.items() if first <= page]
    canv.saveState()
    y = HEIGHT - 1.5 * cm
    canv.setFillColor(HEADER_FILL)
    canv.rect(MARGIN, y - 3, stringWidth(FORMAT_NAME, BOLD, 7) + 8, 11, stroke=0, fill=1)
    canv.setFillColor(DARK)
    canv.setFont(BOLD, 7)
    canv.drawString(MARGIN + 4, y, FORMAT_NAME)
    canv.setFillColor(colors.black)
    if begun:
        canv.setFont(SANS, 8)
        canv.drawRightString(WIDTH - MARGIN, y, f"Nr. {numbers[max(begun)]}")
    canv.setStrokeColor(GREY)
    canv.setLineWidth(0.5)
    canv.line(MARGIN, y - 6, WIDTH - MARGIN, y - 6)
    canv.setFillColor(GREY)
    canv.setFont(ITALIC, 7)
    canv.drawString(MARGIN, 1.3 * cm, "Invulinstructie: zie toelichting bij het format")
    canv.setFillColor(colors.black)
    canv.setFont(SANS, 8)
    canv.drawRightString(WIDTH - MARGIN, 1.3 * cm, f"Pagina {page}")
    canv.restoreState()


def render_template(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    numbers = [_number(dossier, p) for p in range(len(dossier.projects))]

    def once(info):
        truth = _TemplateTruth(dossier, "template")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "template"))
        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate(
            "page", [frame], onPageEnd=lambda canv, d: _header_footer(canv, truth, numbers))])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            cover = _cover(dossier, p, pr, st, truth.heading(p))
            cover.keepWithNext = 1
            story += [cover, para(pr.title, st["title"], truth.heading(p))]
            own = 0  # the project's own budget tables so far

            def table(t, is_row, p=p, rec=rec):
                nonlocal own
                count = 0
                if is_row and _is_budget(t):  # one or two placeholder rows, alternately
                    count = 1 + (p + own) % 2
                    own += 1
                return _table(t, st, rec, count)

            section = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row, True)
                    continue
                section += 1
                if row.content and isinstance(row.content[0], source.Table):
                    story.append(CondPageBreak(KEEP + 2 * cm))  # the section with its table
                story += [Spacer(0, 12), _section(section, row.label, st, rec),
                          para(_guidance(row.label), st["guide"], rec)]
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item, False)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
