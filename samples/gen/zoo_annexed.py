"""One more house style for the layout zoo (see zoo.py), held out: a dossier whose body holds
only the projects' prose, an OVERVIEW TABLE of all projects up front, and EVERY FUNDING TABLE
GATHERED IN AN ANNEX at the end, each captioned with its project's name.

- annexed: the look of a programme office's "dossier" written in Word from a corporate
          template. A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.4 cm top, 2.2 cm bottom;
          a sans body (Helvetica; DejaVu Sans for a paragraph with a character it lacks) at
          9.5pt on 13pt, RAGGED RIGHT, 4pt after each paragraph; a list item hangs on its
          own marker (12pt). Running header in 7.5pt: "Dossier Regio Deal <Name>" at the left
          in teal (#00606B), "Projectvoorstellen" at the right in grey, no rule; footer "N / M"
          at the right in 7.5pt.
          Page 1: "Dossier Regio Deal <Name>" (20pt bold teal), a grey subtitle ("Project-
          voorstellen en financiële overzichten", 11pt), a heading "Inleiding" (12pt bold)
          and two sentences that point to the annex, then the heading "Overzicht van de
          projecten" and the OVERVIEW TABLE: columns "Nr.", "Project", "Totaal (€)", "Rijk
          (€)", "Tabel"; one row per project (its number, its title, the amounts of its
          funding table's Totaal row in the Totaal and Rijk columns - the sum of its cost
          lines where that row states none or is missing, "-" for nothing - written as whole
          euros with dot groups, and "B.<k>", the annex table that holds them), then a bold
          row "Totaal" with the sums over a 0.75pt rule. Header on a teal fill in white bold,
          0.25pt grey rules between the rows, amounts right aligned, 8.5pt. The overview is
          none of the projects' tables.
          THE PROJECTS follow on the same pages (no page break of their own): a numbered
          heading "<k>. <title>" (13pt bold teal, 16pt above, kept with what follows), under
          it in 9pt grey italic the theme and where the funding table stands ("Thema:
          <theme> · Financiering: tabel B.<k> in bijlage 1"); then the fields in order, each
          LABEL IN TEAL BOLD CAPITALS (8.5pt) on its own line with a 0.5pt teal rule under it
          across the text width, the field's paragraphs under it. A table inside a field ("Investering", "Mijlpaal", "Activiteit") STAYS IN ITS
          FIELD where the transcription puts it. The FUNDING TABLE is not there: the next
          field simply follows. The project's notes at the end of its text in 7.5pt, the mark
          hanging.
          THE ANNEX opens a new page under "Bijlage 1 – Financiële overzichten" (14pt bold
          teal) and one line "Bedragen in euro's, zoals opgenomen in de projectvoorstellen.";
          then every project's funding table in project order, each under a caption "Tabel
          B.<k> – Financiering <title>" (9pt bold, kept with the table), k counting the
          annex tables from 1, 14pt between tables. Tables (in the annex and in fields)
          across the text width in 8.5pt sans: the header lines bold on a pale teal fill
          (#DCEBEC), the table's label in the corner cell, single headers right aligned over
          their amounts, a group header ("Publiek") centred over its members; 0.25pt grey
          rules under every row, no vertical rules; amounts right aligned as transcribed;
          the Totaal row bold over a 0.75pt rule; the label column as wide as the values
          leave (at least 30%). An annex table may break over pages, its header lines
          repeated; its footnotes under it in 7.5pt.

Every cell prints as transcribed: the truth record is the plain one (no "raw"), with a
"table_order" only where a project's tables print in another order than transcribed (the
in-field tables first, in the body, then the annex table). A project's pages are those of
its body section (its heading to its last field text, in-field table or note), not the
annex page of its funding table.
"""

from __future__ import annotations

import re
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _markup
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    notes_at_end,
    para,
    register_fonts,
    tables_of,
)
from .zoo_overview import _column, _figure

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.4 * cm, 2.2 * cm
FW = WIDTH - ML - MR
TEAL = colors.HexColor("#00606B")
PALE = colors.HexColor("#DCEBEC")
GREY = colors.HexColor("#666666")
HAIR = colors.HexColor("#9A9A9A")
INK = colors.black
SANS, SANS_B, SANS_I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
ANNEX = "Bijlage 1 – Financiële overzichten"
PAD = 3.0
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles() -> dict:
    def st(name, font=SANS, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"anx-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "doc_title": st("dt", SANS_B, 20, 24, textColor=TEAL, spaceAfter=4),
        "subtitle": st("sub", SANS, 11, 14, textColor=GREY, spaceAfter=18),
        "h1": st("h1", SANS_B, 12, 15, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "annex": st("annex", SANS_B, 14, 17, textColor=TEAL, spaceAfter=4),
        "title": st("title", SANS_B, 13, 16, textColor=TEAL, spaceBefore=16, spaceAfter=1, keepWithNext=1),
        "theme": st("theme", "Helvetica-Oblique", 9, 11, textColor=GREY, spaceAfter=4, keepWithNext=1),
        "label": st("label", SANS_B, 8.5, 10.5, textColor=TEAL, spaceBefore=8, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=2, leftIndent=12, bulletIndent=0, bulletFontName=SANS),
        "caption": st("cap", SANS_B, 9, 11.5, spaceAfter=3, keepWithNext=1),
        "tfoot": st("tf", SANS, 7.5, 9.5, spaceBefore=2),
        "note": st("note", SANS, 7.5, 9.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": st("notem", SANS, 7.5, 9.5, leftIndent=8, spaceAfter=1.5),
        "tlabel": st("tl", SANS_B, 8.5, 10.5),
        "thead": st("th", SANS_B, 8.5, 10.5, alignment=TA_RIGHT),
        "thead_w": st("thw", SANS_B, 8.5, 10.5, alignment=TA_RIGHT, textColor=colors.white),
        "thead_wl": st("thwl", SANS_B, 8.5, 10.5, alignment=TA_LEFT, textColor=colors.white),
        "tgroup": st("tg", SANS_B, 8.5, 10.5, alignment=TA_CENTER),
        "tbody": st("tb", SANS, 8.5, 10.5), "tbody_b": st("tbb", SANS_B, 8.5, 10.5),
        "tamount": st("ta", SANS, 8.5, 10.5, alignment=TA_RIGHT),
        "tamount_b": st("tab", SANS_B, 8.5, 10.5, alignment=TA_RIGHT),
    }


def _styled(text: str, style: ParagraphStyle, rec=None):
    """`text` in `style`, in DejaVu Sans where Helvetica lacks one of its characters."""
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font)
    return para(text, style, rec)


def _item(text: str, st, rec):
    m = _LIST_ITEM.match(text)
    rest = text[m.end():]
    marker = m.group().strip()
    body = _markup(rest, SANS) or escape(rest)
    style = st["item"]
    if font_for(marker, SANS) != SANS:  # a marker Helvetica lacks ("○", "●")
        style = ParagraphStyle(f"{style.name}-mark", style, bulletFontName=font_for(marker, SANS))
    return para("", style, rec, markup=f"<bullet>{escape(marker)}</bullet>{body}")


def _label(text: str, st, rec) -> list:
    font = font_for(text.upper(), SANS_B)
    style = ParagraphStyle(f"anx-label-{font}", st["label"], fontName=font)
    p = para(text.upper(), style, rec)
    t = Table([[p]], colWidths=[FW], hAlign="LEFT", style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, TEAL)]))
    t.keepWithNext = 1
    return [Spacer(0, 8), t, Spacer(0, 3)]


def _widths(t: source.Table, st) -> list[float]:
    """A value column as wide as its widest amount (and its header's longest word), the
    label column the rest, at least 30% (the value columns then share the rest alike)."""
    need = [0.0] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, SANS_B, 8.5) for w in h.text.split()), default=0.0))
    for body in t.rows:
        font = SANS_B if is_total(body[0]) else SANS
        for c, text in enumerate(body[1:]):
            need[c] = max(need[c], min(stringWidth(text, font_for(text, font), 8.5), 110.0))
    need = [w + 2 * PAD + 2 for w in need]
    room = FW * 0.70
    if sum(need) > room:
        need = [room / t.columns] * t.columns
    rest = FW - sum(need)
    # the value columns widen alike up to 2 cm each where the labels do not need the room
    label_need = max(max((stringWidth(b[0], SANS, 8.5) for b in t.rows), default=0.0),
                     stringWidth(t.label, SANS_B, 8.5)) + 2 * PAD + 2
    spare = rest - max(label_need, FW * 0.30)
    if spare > 0:
        grow = min(spare / t.columns, max(0.0, 2 * cm - min(need)))
        need = [w + grow for w in need]
    return [FW - sum(need)] + need


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = _styled(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = _styled(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    totals = []
    for body in t.rows:
        bold = is_total(body[0])
        if bold:
            totals.append(len(rows))
        row = [_styled(body[0], st["tbody_b"] if bold else st["tbody"], rec)]
        row += [_styled(x, st["tamount_b"] if bold else st["tamount"], rec) for x in body[1:]]
        rows.append(row)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), PALE),
            ("LINEBELOW", (0, lines), (-1, -1), 0.25, HAIR)]
    cmds += [("LINEABOVE", (0, r), (-1, r), 0.75, INK) for r in totals]
    cmds += [("SPAN", a, b) for a, b in spans]
    out: list = [Table(rows, colWidths=_widths(t, st), repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    return out + [_styled(x, st["tfoot"], rec) for x in t.footnotes]


def _euros(v: Decimal) -> str:
    v = int(v)
    return f"{v:,}".replace(",", ".") if v else "-"


def _overview(dossier, st, numbers: dict[int, int]) -> Table:
    """The projects with their funding tables' Totaal and Rijk amounts and annex numbers."""
    head = ["Nr.", "Project", "Totaal (€)", "Rijk (€)", "Tabel"]
    rows = [[para(h, st["thead_wl"] if k < 2 else st["thead_w"]) for k, h in enumerate(head)]]
    total = rijk = Decimal(0)
    for p, pr in enumerate(dossier.projects):
        t = next((r for r in pr.rows if isinstance(r, source.Table)), None)
        a = _figure(t, _column(t, "totaal")) if t is not None else Decimal(0)
        b = _figure(t, _column(t, "rijk")) if t is not None else Decimal(0)
        total, rijk = total + a, rijk + b
        rows.append([para(f"{p + 1}.", st["tbody"]), _styled(pr.title, st["tbody"]),
                     para(_euros(a), st["tamount"]), para(_euros(b), st["tamount"]),
                     para(f"B.{numbers[p]}" if p in numbers else "", st["tamount"])])
    rows.append([para("", st["tbody_b"]), para("Totaal", st["tbody_b"]),
                 para(_euros(total), st["tamount_b"]), para(_euros(rijk), st["tamount_b"]), ""])
    widths = [1.0 * cm, FW - 1.0 * cm - 2 * 2.6 * cm - 1.4 * cm, 2.6 * cm, 2.6 * cm, 1.4 * cm]
    return Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT", style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), TEAL), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 1), (-1, -3), 0.25, HAIR),
        ("LINEABOVE", (0, -1), (-1, -1), 0.75, INK)]))


def render_annexed(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Dossier Regio Deal {name}".strip()
    # the annex number of each project's funding table (its first table outside a field)
    numbers: dict[int, int] = {}
    for p, pr in enumerate(dossier.projects):
        if any(isinstance(r, source.Table) for r in pr.rows):
            numbers[p] = len(numbers) + 1
    # the order the project's tables print in: those inside fields (body), then the annex's
    order: dict[str, list[int]] = {}
    for pr in dossier.projects:
        tables = tables_of(pr)
        annexed = [k for k, t in enumerate(tables) if any(r is t for r in pr.rows)]
        printed = [k for k in range(len(tables)) if k not in annexed] + annexed
        if printed != list(range(len(tables))):
            order[pr.title] = printed

    def once(info):
        truth = Truth(dossier, "annexed")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT, bottomMargin=MB, **meta(dossier, "annexed"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.4 * cm
            canv.setFont(font_for(running, SANS_B), 7.5)
            canv.setFillColor(TEAL)
            canv.drawString(ML, y, running)
            canv.setFont(SANS, 7.5)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MR, y, "Projectvoorstellen")
            canv.setFillColor(INK)
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.2 * cm, f"{page} / {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [_styled(running, st["doc_title"]),
                       para("Projectvoorstellen en financiële overzichten", st["subtitle"]),
                       para("Inleiding", st["h1"]),
                       _styled(f"Dit dossier bevat de projectvoorstellen van de Regio Deal {name}. "
                               "Per project zijn de teksten van het voorstel opgenomen; de financiële "
                               "overzichten per project staan in bijlage 1.".replace("  ", " "), st["body"]),
                       para("Overzicht van de projecten", st["h1"]),
                       _overview(dossier, st, numbers), Spacer(0, 6)]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(_styled(f"{p + 1}. {pr.title}", st["title"], truth.heading(p)))
            where = f" · Financiering: tabel B.{numbers[p]} in bijlage 1" if p in numbers else ""
            story.append(_styled(f"Thema: {pr.theme}{where}", st["theme"], rec))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    continue  # in the annex
                story += _label(row.label, st, rec)
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 3)] + _table(item, st, rec) + [Spacer(0, 6)]
                    elif _LIST_ITEM.match(item):
                        story.append(_item(item, st, rec))
                    else:
                        markup = _markup(item, SANS)
                        story.append(para(item, st["body"], rec) if markup is None
                                     else para("", st["body"], rec, markup=markup))
            story += notes_at_end(pr, rec, st["note"], st["note_more"])

        # The annex: not part of any project's pages, so nothing in it is recorded.
        story += [PageBreak(), para(ANNEX, st["annex"]),
                  para("Bedragen in euro's, zoals opgenomen in de projectvoorstellen.", st["body"]),
                  Spacer(0, 8)]
        for p, pr in enumerate(dossier.projects):
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.append(_styled(f"Tabel B.{numbers[p]} – Financiering {pr.title}", st["caption"]))
                    story += _table(row, st, None) + [Spacer(0, 14)]
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if order:
        record["table_order"] = order
    return record
