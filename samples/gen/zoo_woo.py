"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a ministry
PUBLISHED it under the Wet open overheid (Woo) after a request: the original Word report,
overlaid page by page by a redaction tool that stamped, numbered and blacked out personal data.

- woo:     A4 portrait. THE WOO COVER (page 1, not part of the original): "Bijlage 1 bij
           besluit 2024-0123" in 9pt grey, "Inventarislijst" in 16pt bold, a sentence in 10pt,
           then a ruled inventory table (0.5pt black grid, 8.5pt, header bold on #D9D9D9) with
           the columns "Nr.", "Datum", "Documenttitel", "Openbaar", "Deels openbaar", "Niet
           openbaar", "Weigeringsgrond": five documents (numbers 15 to 19), the status marked
           "x", the ground "5.1.2e" where not wholly public; document 17 is this dossier
           ("Bijlage projectvoorstellen Regio Deal <Name>", deels openbaar). No amount on it.
           THE ORIGINAL REPORT from page 2 (its own page 1): margins 2.5 cm all round,
           Helvetica (Arial) 10pt on 13pt, ragged right, 6pt after a paragraph. Its running
           header "Regio Deal <Name> | Projectvoorstellen" in 8pt grey at the top left (1.5 cm
           from the top edge), its own page number (the PDF page - 1) in 9pt at the bottom right
           (1.3 cm up). Its first page: the contents ("<toc_heading>" in 14pt bold; each
           project's title in 10pt, its ORIGINAL page number right-aligned, one behind the
           PDF's). Each project OPENS A NEW PAGE: its theme in 8pt grey (#7F7F7F) on a line of
           its own, under it the title in 14pt bold; then the CONTACT BOX (no part of the
           transcription): a 9 cm two-column table in 8.5pt (keys bold in a 3 cm column), a
           0.5pt box, 0.25pt light grey rules between rows, a bold "Contactgegevens" row on
           #D9D9D9 over "Contactpersoon" (value redacted), "Telefoon" (redacted), "E-mail" (the
           part before "@" redacted, "@regio<name>.nl" printed) and "Organisatie"
           ("Programmabureau Regio Deal <Name>", printed). Field labels 10pt bold on their own
           line (8pt above), the field's paragraphs under them (a list item hanging on its
           marker). TABLES (each where it stands, one inside a field too): Word's "Table
           Grid", 0.5pt black rules on every side of every cell, the header line(s) bold on a
           light grey fill (#D9D9D9), the table's label over the row labels, a group header
           centred over its members, a header over a column of amounts right-aligned, over
           words left-aligned; amounts right-aligned exactly as transcribed, words
           left-aligned, the Totaal row bold; 9pt on 11pt, a table whose longest words do not
           fit the text width at 9pt in 8pt, else 7.5pt. Widths autofit: where it can, each
           amount column as wide as its widest amount (an amount never breaks after its "€"),
           the label column and columns of words sharing the rest in proportion to their
           content, the table stretched to the text width. The header lines repeat where a
           table breaks over a page (never right under them); it breaks where the page is
           full, not where the transcription's page break was. Table footnotes under the table
           in 8pt; the project's notes after its last field in 8pt ("<mark> <text>").
           THE TOOL'S OVERLAY, on every page (the cover too): at the top right in the margin
           (right edge on the right margin, 0.7 cm from the top edge, 22pt high) a box with a
           0.5pt border: "Openbaar gemaakt op grond van de Woo" over "Besluit 2024-0123" in
           7pt; down the right margin (1 cm from the edge, centred on the page's height),
           turned 90 degrees, "Document 17 - <page> van <pages>" in 7pt grey; at the foot,
           centred 1 cm up, "- <page> -" in 7pt DejaVu Sans Mono Bold: the PDF's page, below
           and left of the original's own number, which stays.
           Every 5th PDF page (5, 10, ...) was released "gedeeltelijk": a watermark
           "OPENBAAR" in 60pt light grey (#E6E6E6) Helvetica-Bold, fill only, turned 45
           degrees about the page's centre, drawn FIRST (under the text), real text.
           REDACTIONS: a filled rectangle exactly over the removed words' extent (their width,
           the font's descent to its ascent) with "5.1.2e" centred in it in 6pt; black with
           white type on odd PDF pages, white with a 0.5pt grey border and grey type on even
           ones (two versions of the tool). The words are not in the text layer. Only the
           contact box is redacted: the proposals' own texts name organisations, not persons,
           and are released in full.

Every field and every cell prints as transcribed (no "raw"). The contact box is a table of
the project as much as the transcription's are, its first: "table_order" lists it as one no
golden cell names (-1) before the project's own. Pages in the truth are PDF pages (the cover is page 1). A project runs from the page of
its theme and title to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import random
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth
from reportlab.platypus import (Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_common import (Doc, Truth, auto_widths, build_until_stable, content_widths, dossier_name,
                         field_para, font_for, is_total, meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

SANS, BOLD = "Helvetica", "Helvetica-Bold"
MONO_BOLD = "DejaVuSansMono-Bold"
GREY = colors.HexColor("#7F7F7F")
FILL = colors.HexColor("#D9D9D9")      # Word's "White, Background 1, Darker 15%"
ROW_RULE = colors.HexColor("#BFBFBF")
WATERMARK = colors.HexColor("#E6E6E6")
TSIZE, TLEAD = 9.0, 11.0
PAD = 4.0  # Word's default cell margin is 0.19 cm; a little less top and bottom

DECISION = "Besluit 2024-0123"
DOC_NO = 17
GROUND = "5.1.2e"  # Woo: the respect for personal privacy
CONTACT_W = 9 * cm
CONTACT_KEY_W = 3 * cm
CSIZE, CLEAD = 8.5, 11.0

# An amount or a nil as a Word user types it (right-aligned in its cell).
_NUMERIC = re.compile(r"[€\s\d.,*%\-–]*(mln\.?|EUR)?[\s*]*")

# Stand-ins for the personal data the tool removed: they only give the redactions their width.
_NAMES = ("J. de Vries", "M.A. Jansen", "drs. P. van den Berg", "A. Bakker-Visser",
          "ir. H.J. Smit", "K. Mulder", "S. de Boer", "E. Dekker MSc", "R.T. Hendriks")
_MAILS = ("j.devries", "m.jansen", "p.vandenberg", "a.bakker", "h.smit", "k.mulder",
          "s.deboer", "e.dekker", "r.hendriks")


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"woo-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "theme": st("theme", size=8, leading=10, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", BOLD, 14, 18, spaceAfter=8, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=6),
        "item": st("item", spaceAfter=6, leftIndent=14, bulletIndent=0, bulletFontName=SANS),
        "toc_h": st("toch", BOLD, 14, 18, spaceAfter=12),
        "toc": st("toc"),
        "toc_page": st("tocp", alignment=TA_RIGHT),
        "th_l": st("thl", BOLD, TSIZE, TLEAD),
        "th_r": st("thr", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "th_c": st("thc", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "td": st("td", SANS, TSIZE, TLEAD),
        "td_b": st("tdb", BOLD, TSIZE, TLEAD),
        "ta": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ta_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "tfoot": st("tfoot", size=8, leading=10, spaceBefore=3),
        "note": st("note", size=8, leading=10, spaceAfter=2),
        "note_more": st("notem", size=8, leading=10, leftIndent=8, spaceAfter=2),
        "ck": st("ck", BOLD, CSIZE, CLEAD),
        "cv": st("cv", SANS, CSIZE, CLEAD),
        "cover_pre": st("cpre", size=9, leading=12, textColor=GREY, spaceAfter=4),
        "cover_h": st("ch", BOLD, 16, 20, spaceAfter=10),
        "cover_txt": st("ct", spaceAfter=12),
        "inv_h": st("invh", BOLD, 8.5, 10.5),
        "inv": st("inv", SANS, 8.5, 10.5),
        "inv_c": st("invc", SANS, 8.5, 10.5, alignment=TA_CENTER),
    }


# --- the redaction tool ---------------------------------------------------------------


def _redaction(canv, x, y, w, asc, desc) -> None:
    """A filled rectangle from descent to ascent over `w` points at baseline `y`, the legal
    ground centred in it; the tool's version decides the colours (odd/even PDF page)."""
    black = canv.getPageNumber() % 2 == 1
    canv.saveState()
    canv.setLineWidth(0.5)
    canv.setStrokeColor(GREY)
    canv.setFillColor(colors.black if black else colors.white)
    canv.rect(x, y + desc, w, asc - desc, stroke=0 if black else 1, fill=1)
    size = min(6.0, 6.0 * (w - 1) / stringWidth(GROUND, SANS, 6.0))
    canv.setFillColor(colors.white if black else GREY)
    canv.setFont(SANS, size)
    canv.drawCentredString(x + w / 2, y + (asc + desc) / 2 - size * 0.35, GROUND)
    canv.restoreState()


class _Redacted(Flowable):
    """A contact value with its personal part removed: `hidden` (not drawn, only measured)
    under a redaction, then `kept` printed after it on the same baseline."""

    def __init__(self, hidden: str, kept: str = ""):
        super().__init__()
        self.hidden, self.kept = hidden, kept
        self.font = font_for(hidden + kept, SANS)

    def wrap(self, aW, aH):
        w = stringWidth(self.hidden + self.kept, self.font, CSIZE)
        return min(aW, w), CLEAD

    def draw(self):
        c = self.canv
        base = CLEAD - CSIZE  # where a Paragraph of this size sets its first baseline
        asc, desc = getAscentDescent(self.font, CSIZE)
        w = stringWidth(self.hidden, self.font, CSIZE)
        _redaction(c, 0, base, w, asc, desc)
        if self.kept:
            c.setFont(self.font, CSIZE)
            c.drawString(w, base, self.kept)


def _contact_box(p: int, pr: source.Project, name: str, st, rec) -> Table:
    """The contact block the original put under each title, as the tool left it."""
    rng = random.Random(f"{p}|{pr.title}")
    k = rng.randrange(len(_NAMES))
    domain = "@regio" + (re.sub(r"[^a-z]", "", name.lower()) or "deal") + ".nl"
    phone = f"06-{rng.randrange(10_000_000, 99_999_999)}"
    rows = [[para("Contactgegevens", st["ck"], rec), ""],
            [para("Contactpersoon", st["ck"], rec), _Redacted(_NAMES[k])],
            [para("Telefoon", st["ck"], rec), _Redacted(phone)],
            [para("E-mail", st["ck"], rec), _Redacted(_MAILS[k], domain)],
            [para("Organisatie", st["ck"], rec),
             para(f"Programmabureau Regio Deal {name}".strip(), st["cv"], rec)]]
    return Table(rows, colWidths=[CONTACT_KEY_W, CONTACT_W - CONTACT_KEY_W], hAlign="LEFT",
                 style=TableStyle([
                     ("SPAN", (0, 0), (1, 0)), ("BACKGROUND", (0, 0), (1, 0), FILL),
                     ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
                     ("LINEBELOW", (0, 0), (-1, -2), 0.25, ROW_RULE),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                     ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))


def _overlay(canv, page: int, total: int) -> None:
    """The tool's stamp, document number and page number, drawn over the original page."""
    canv.saveState()
    lines = ("Openbaar gemaakt op grond van de Woo", DECISION)
    w = max(stringWidth(t, SANS, 7) for t in lines) + 8
    x1, top = WIDTH - MARGIN, HEIGHT - 0.7 * cm
    canv.setLineWidth(0.5)
    canv.rect(x1 - w, top - 22, w, 22, stroke=1, fill=0)
    canv.setFont(SANS, 7)
    canv.drawString(x1 - w + 4, top - 9, lines[0])
    canv.drawString(x1 - w + 4, top - 18, lines[1])
    canv.setFillColor(GREY)
    canv.translate(WIDTH - 1.0 * cm, HEIGHT / 2)
    canv.rotate(90)
    canv.drawCentredString(0, 0, f"Document {DOC_NO} - {page} van {total}")
    canv.restoreState()
    canv.saveState()
    canv.setFont(MONO_BOLD, 7)
    canv.drawCentredString(WIDTH / 2, 1.0 * cm, f"- {page} -")
    canv.restoreState()


def _watermark(canv) -> None:
    canv.saveState()
    canv.setFillColor(WATERMARK)
    canv.setFont(BOLD, 60)
    canv.translate(WIDTH / 2, HEIGHT / 2)
    canv.rotate(45)
    canv.drawCentredString(0, -20, "OPENBAAR")
    canv.restoreState()


# --- the original Word report ---------------------------------------------------------


def _numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text.strip()))


def _widths(cells, body, numeric: list[bool], extra: float) -> list[float]:
    """AutoFit to the window, then the typist's touch: where it can, an amount column is made
    as wide as its widest amount (no amount broken after its "€"; its header may wrap), the
    label column and columns of words sharing what is left; the table spans the text width."""
    n = len(numeric)
    lo, hi = content_widths(cells, n, extra)
    want = [max(low, h) for low, h in zip(lo, content_widths(body, n, extra)[1])]
    fixed = sum(w for w, num in zip(want, numeric) if num)
    free_lo = sum(low for low, num in zip(lo, numeric) if not num)
    free_hi = sum(h for h, num in zip(hi, numeric) if not num)
    if sum(hi) <= FW or fixed + free_lo > FW or free_hi <= free_lo:
        widths = auto_widths(cells, n, FW, extra)
    else:
        share = min(1.0, (FW - fixed - free_lo) / (free_hi - free_lo))
        widths = [w if num else low + (h - low) * share
                  for low, h, w, num in zip(lo, hi, want, numeric)]
    return [w * FW / sum(widths) for w in widths]


TABLE_KEYS = ("th_l", "th_r", "th_c", "td", "td_b", "ta", "ta_b")


def _table(t: source.Table, st, rec) -> list:
    """Word's "Table Grid": ruled all round, grey header, autofit to the window. A table whose
    longest words do not fit the text width at 9pt is set in 8pt, else 7.5pt (as a typist
    shrinks a wide table rather than let it run into the margin)."""
    for size in (TSIZE, 8.0, 7.5):
        sized = {k: ParagraphStyle(f"{st[k].name}-{size}", st[k], fontSize=size, leading=size + 2)
                 for k in TABLE_KEYS}
        rows, cmds, cells, values, numeric = _grid(t, sized, rec)
        if sum(content_widths(cells, t.columns + 1, 2 * PAD + 1)[0]) <= FW:
            break
    widths = _widths(cells, values, [False] + numeric, 2 * PAD + 1)
    lines = max(len(t.header), 1)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _grid(t: source.Table, st, rec):
    """The table's cells and style commands; also each cell's (column, columns spanned, text,
    style) for the widths, the body's value cells apart, and which value columns hold only
    amounts."""
    n, lines = t.columns, max(len(t.header), 1)
    bodies = [list(b[1:]) + [""] * (n + 1 - len(b)) for b in t.rows]
    numeric = [all(_numeric(b[c]) for b in bodies if b[c].strip()) for c in range(n)]
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cells = [(0, 1, t.label, st["th_l"])]
    values = []
    rows[0][0] = para(t.label, st["th_l"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        if h.columns > 1:
            style = st["th_c"]
        else:
            style = st["th_r"] if numeric[h.column - 1] else st["th_l"]
        rows[h.line][h.column] = para(h.text, style, rec)
        cells.append((h.column, h.columns, h.text, style))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body, texts in zip(t.rows, bodies):
        b = "_b" if is_total(body[0]) else ""
        row = [para(body[0], st["td" + b], rec)]
        cells.append((0, 1, body[0], st["td" + b]))
        for c, text in enumerate(texts, 1):
            style = st[("ta" if _numeric(text) else "td") + b]
            row.append(para(text, style, rec) if text else "")
            cells.append((c, 1, text, style))
            values.append((c, 1, text, style))
        rows.append(row)
    return rows, cmds, cells, values, numeric


def _cover(name: str, st) -> list:
    title = f"Bijlage projectvoorstellen Regio Deal {name}".replace("  ", " ").strip()
    docs = [("15", "12-01-2024", f"Aanbiedingsbrief Regio Deal {name}".strip(), 0, ""),
            ("16", "12-01-2024", "E-mail over de planning van de beoordeling", 1, GROUND),
            (str(DOC_NO), "19-01-2024", title, 1, GROUND),
            ("18", "02-02-2024", "Interne beoordelingsnotitie", 2, GROUND),
            ("19", "14-02-2024", "Verslag bestuurlijk overleg", 1, GROUND)]
    head = ["Nr.", "Datum", "Documenttitel", "Openbaar", "Deels openbaar", "Niet openbaar",
            "Weigeringsgrond"]
    rows = [[para(h, st["inv_h"]) for h in head]]
    for nr, date, what, status, ground in docs:
        marks = ["x" if status == k else "" for k in range(3)]
        rows.append([para(nr, st["inv"]), para(date, st["inv"]), para(what, st["inv"])]
                    + [para(m, st["inv_c"]) for m in marks] + [para(ground, st["inv"])])
    widths = [1.0 * cm, 1.9 * cm, 5.6 * cm, 1.6 * cm, 1.6 * cm, 1.6 * cm, FW - 13.3 * cm]
    return [para(f"Bijlage 1 bij {DECISION.lower()}", st["cover_pre"]),
            para("Inventarislijst", st["cover_h"]),
            para("Overzicht van de documenten die onder het verzoek vallen en de beslissing "
                 "over openbaarmaking per document.", st["cover_txt"]),
            Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
                ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), FILL),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))]


class _WooTruth(Truth):
    def record(self) -> dict:
        return {**super().record(),
                "table_order": {pr.title: [-1, *range(len(tables_of(pr)))] for pr in self.dossier.projects}}


def render_woo(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name} | Projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = _WooTruth(dossier, "woo")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "woo"))

        def begin(canv, d):
            # a watermark lies under everything the page carries
            if canv.getPageNumber() % 5 == 0:
                _watermark(canv)

        def original(canv, d):
            begin(canv, d)
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, SANS), 8)
            canv.drawString(MARGIN, HEIGHT - 1.5 * cm, running)
            canv.setFillColor(colors.black)
            canv.setFont(SANS, 9)
            canv.drawRightString(WIDTH - MARGIN, 1.3 * cm, str(canv.getPageNumber() - 1))
            canv.restoreState()

        def stamp(canv, d):
            page = canv.getPageNumber()
            _overlay(canv, page, max(info["total"], page))

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("cover", [frame], onPage=begin, onPageEnd=stamp),
            PageTemplate("page", [frame], onPage=original, onPageEnd=stamp)])

        story: list = _cover(name, st) + [NextPageTemplate("page"), PageBreak()]
        story.append(para(dossier.toc_heading or "Inhoud", st["toc_h"]))
        toc = [[para(pr.title, st["toc"]),
                para(str(info["starts"][p] - 1) if info["starts"].get(p) else "", st["toc_page"])]
               for p, pr in enumerate(dossier.projects)]
        if toc:
            story.append(Table(toc, colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT",
                               style=TableStyle([
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 1),
                                   ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story += [_contact_box(p, pr, name, st, rec), Spacer(0, 6)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=6)
        doc.build(story)
        return truth

    return build_until_stable(once)
