"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
MONITORING REPORT ("voortgangsrapportage") made in Word, whose funding tables carry, besides
the transcription's columns, TWO EXTRA NON-MONEY COLUMNS set among them: a "Status" column
right after the row label, holding a coloured traffic-light dot and a word ("● Op schema",
"● Vertraagd", "● Afgerond"), and a "% besteed" column ("45%") just before the Totaal column;
a small legend of the dots under every such table.

- statuscolumn: A4 portrait, margins 2.0 cm left and right, 2.6 cm top, 2.3 cm bottom (a
          17.0 cm text column). DejaVu Sans (standing in for Segoe UI) 9.5pt on 13pt, ragged
          right, 4pt after each paragraph; a list item keeps the source's marker and hangs on
          it by 0.5 cm. Ink #222222; the house colour petrol #00677F.
          Running header on every page from page 2 on, 7.5pt grey: "Voortgangsrapportage
          Regio Deal <Name> 2019-II" at the left, "Peildatum 31 december 2019" at the right,
          over a 1.2pt petrol rule 1.9 cm under the top edge. Running footer, 7.5pt grey:
          "Programmabureau Regio Deal <Name>" at the left, "pagina N van M" at the right.
          PAGE 1: "Voortgangsrapportage 2019-II" (22pt bold petrol), "Regio Deal <Name> –
          stand van zaken per project" (13pt grey), a 1.2pt petrol rule, a short introduction
          of two paragraphs (no amounts, no field label), and a "Leeswijzer" box (a light
          petrol fill #E6F0F3, 8pt padding) that explains the three statuses, each as its
          dot and word followed by a sentence. EACH PROJECT STARTS A NEW PAGE: its theme in
          8.5pt grey capitals, the title in 15pt bold petrol, under it a META LINE in 8.5pt:
          "Rapportageperiode 1 juli – 31 december 2019   |   Projectstatus: ● <status>" (the
          project's status: "Vertraagd" where one of its funding rows is, "Afgerond" where all
          are, else "Op schema"; a project without a funding table "Op schema"), then a 0.5pt
          light grey rule and 8pt of space. FIELD LABELS in 10pt bold petrol on a line of
          their own (6pt above, 2pt below, kept with the text), the field's paragraphs under
          them. Project notes at the end of the project in 7.5pt, each with its mark.
          FUNDING TABLES (a table whose cell list has a Totaal column and a source column),
          where the transcription places them, across the text width, 7.5pt on 9.5pt, Word's
          "Grid Table 4 – Accent 1" look: the header line(s) FILLED PETROL with white bold
          text (a group header "Publiek" a merged cell over its members, the table's label in
          the corner cell spanning the header lines), the body rows BANDED (white / #EAF3F5),
          0.4pt light rules (#B9D3DA) under every row, no vertical rules, 2.5pt padding; the
          Totaal row bold over a 1pt petrol rule. Header cells over one value column
          right-aligned, the corner cell and a group header left-aligned. The two added
          columns have the template's fixed widths (Status 2.3 cm, "% besteed" 1.4 cm, its
          header wrapping to "% / besteed"); the others share the rest from content (Word's
          autofit: each column its unwrapped text where all fit, else its longest word plus a
          share; a word wider than its cell set smaller to fit), any width left over given to
          the row-label column. The COLUMNS as printed: the row label, then "STATUS"
          (header "Status", spanning all header lines; body cells
          "● Op schema" etc.: the dot a U+25CF glyph in green #2E9E44 / orange #EE8A00 /
          blue #1F6FB2, the word in ink, left-aligned), then the transcription's value
          columns in their order, with "% BESTEED" (header "% besteed", spanning all header
          lines; right-aligned, "45%") inserted IMMEDIATELY BEFORE THE TOTAAL COLUMN (so
          right after Status where the Totaal comes first, between the sources and the
          Totaal where it comes last). Every transcribed cell prints as transcribed
          (amounts and nils right-aligned, words left-aligned). Each cost line's status and
          share spent are drawn from random.Random seeded by the project's title and the
          table's number (sha256): "Afgerond" about 1 in 5 (100%), "Vertraagd" about 1 in 4
          (5-35%), else "Op schema" (25-80%); the share is "n.v.t." where the row's Totaal
          cell is no positive amount ("-", empty). The Totaal row's Status cell stays empty,
          its "% besteed" is the mean of the cost lines' shares weighted by their Totaal
          amounts (half up; "n.v.t." where a line's Totaal cell holds no amount). A table
          whose only row is its Totaal row treats that row as a cost line (status and
          share); in a table without a Totaal row every row is a cost line.
          The header lines repeat where a table breaks over a page (the transcription's page
          breaks are not followed). UNDER EVERY FUNDING TABLE a LEGEND in 7pt grey, 3pt
          under it: "● Op schema   ● Vertraagd   ● Afgerond   –   % besteed: gerealiseerde
          uitgaven t/m 31-12-2019 als deel van het totaal van de regel" (the dots coloured),
          then the table's footnotes in 7.5pt.
          Other tables (a milestone table, "Per jaar | EUR 3 jaar", a table of years) in the
          same look WITHOUT the extra columns and without a legend.

The Status and "% besteed" columns, the legend and the meta line are the house's additions
and hold no cell of the transcription: the truth record is the plain one (every golden cell
prints as transcribed: no "raw", no "table_order"). A project runs from its opening page to
the page of its last field text, table cell, legend, footnote or note.
"""

from __future__ import annotations

import hashlib
import random
import re
from decimal import ROUND_HALF_UP, Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_common import (Doc, Truth, auto_widths, build_until_stable, cell_list, dossier_name,
                         field_para, font_for, is_funding, is_total, meta, notes_at_end, para,
                         register_fonts, tables_of)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.0 * cm
TOP, BOTTOM = 2.6 * cm, 2.3 * cm
FW = WIDTH - LEFT - RIGHT
FH = HEIGHT - TOP - BOTTOM

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
INK = colors.HexColor("#222222")
PETROL = colors.HexColor("#00677F")
GREY = colors.HexColor("#6E6E6E")
BAND = colors.HexColor("#EAF3F5")
RULE = colors.HexColor("#B9D3DA")
BOX = colors.HexColor("#E6F0F3")
PAD = 2.5
STATUS_W, SHARE_W = 2.3 * cm, 1.4 * cm

STATUS_COLOUR = {"Op schema": "#2E9E44", "Vertraagd": "#EE8A00", "Afgerond": "#1F6FB2"}
DOT = "\u25cf"
LEGEND_TAIL = "% besteed: gerealiseerde uitgaven t/m 31-12-2019 als deel van het totaal van de regel"


def _styles() -> dict:
    def st(name, font=SANS, size=9.5, leading=13, **kw):
        return ParagraphStyle(f"sc-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    ts, tl = 7.5, 9.5
    return {
        "doc": st("doc", BOLD, 22, 27, textColor=PETROL, spaceAfter=4),
        "doc2": st("doc2", SANS, 13, 17, textColor=GREY, spaceAfter=8),
        "intro": st("intro", spaceAfter=6),
        "boxhead": st("boxh", BOLD, 9.5, 13, textColor=PETROL, spaceAfter=3),
        "box": st("box", SANS, 8.5, 11.5, spaceAfter=2),
        "theme": st("theme", SANS, 8.5, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", BOLD, 15, 19, textColor=PETROL, spaceAfter=3, keepWithNext=1),
        "metaline": st("meta", SANS, 8.5, 11, textColor=GREY, keepWithNext=1),
        "label": st("label", BOLD, 10, 13, textColor=PETROL, spaceBefore=6, spaceAfter=2,
                    keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=3, leftIndent=0.5 * cm, bulletIndent=0, bulletFontName=SANS),
        "th": st("th", BOLD, ts, tl, textColor=colors.white, alignment=TA_LEFT),
        "th_r": st("thr", BOLD, ts, tl, textColor=colors.white, alignment=TA_RIGHT),
        "td": st("td", SANS, ts, tl),
        "td_b": st("tdb", BOLD, ts, tl),
        "ta": st("ta", SANS, ts, tl, alignment=TA_RIGHT),
        "ta_b": st("tab", BOLD, ts, tl, alignment=TA_RIGHT),
        "legend": st("legend", SANS, 7, 9, textColor=GREY, spaceBefore=3),
        "foot": st("foot", SANS, 7.5, 9.5, spaceBefore=2),
        "note": st("note", SANS, 7.5, 9.5, spaceAfter=2),
    }


# An amount, a nil or a mark: right-aligned; anything else (words) left-aligned.
_NUMERIC = re.compile(r"(?:€\s*)?(?:\d[\d.,]*\s*(?:mln\.?)?|[.,]?-)\s*[*¹²³⁴⁵⁶⁷⁸⁹]*")
_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(mln\.?)?\s*\**")


def _numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text.strip()))


def _amount(text: str) -> Decimal | None:
    m = _AMOUNT.fullmatch(text.strip())
    if not m:
        return None
    v = Decimal(m.group(1).replace(".", "") + ("." + m.group(2) if m.group(2) else ""))
    return v * 1_000_000 if m.group(3) else v


def _dot(status: str) -> str:
    return f'<font color="{STATUS_COLOUR[status]}">{DOT}</font> {escape(status)}'


def _progress(pr: source.Project, k: int, t: source.Table) -> list[tuple[str, str]]:
    """(status, share spent) per body row of funding table `t` (number `k` of the project)."""
    rng = random.Random(int(hashlib.sha256(f"{pr.title}|{k}".encode()).hexdigest()[:16], 16))
    lines = [r for r in t.rows if not is_total(r[0])]
    alone = len(lines) == len(t.rows) or not lines
    out: list[tuple[str, str]] = []
    spent: list[tuple[Decimal | None, int]] = []
    tc = _totaal_column(t)
    for r in t.rows:
        total = _amount(r[tc]) if tc < len(r) else None
        if is_total(r[0]) and lines:
            out.append(("", ""))
            continue
        x = rng.random()
        if x < 0.2:
            status, pct = "Afgerond", 100
        elif x < 0.45:
            status, pct = "Vertraagd", rng.randint(5, 35)
        else:
            status, pct = "Op schema", rng.randint(25, 80)
        if total is None or total <= 0:
            out.append((status, "n.v.t."))
        else:
            out.append((status, f"{pct}%"))
        spent.append((total, pct))
    if lines and not alone:
        i = next(j for j, r in enumerate(t.rows) if is_total(r[0]))
        weights = [w for w, _ in spent]
        if spent and all(w is not None for w in weights) and sum(weights) > 0:
            mean = sum(w * p for w, p in spent) / sum(weights)
            share = f"{mean.quantize(Decimal(1), rounding=ROUND_HALF_UP)}%"
        else:
            share = "n.v.t."
        out[i] = ("", share)
    return out


def _totaal_column(t: source.Table) -> int:
    """The Totaal column's place in a row (the label is 0)."""
    for h in t.header_cells():
        if h.columns == 1 and h.text.strip().lower().startswith("totaal"):
            return h.column
    return 1


def _table(t: source.Table, st, rec, progress: list[tuple[str, str]] | None) -> list:
    """The transcribed grid, with the Status and "% besteed" columns where `progress` is given."""
    n = t.columns
    lines = max(len(t.header), 1)
    extra = progress is not None
    tc = _totaal_column(t) if extra else None

    def col(c: int) -> int:  # a transcription column (1-based) -> its printed column
        return c + (1 + (c >= tc) if extra else 0)

    width = n + 1 + (2 if extra else 0)
    head = [[""] * width for _ in range(lines)]
    spans = []
    measured = []
    head[0][0] = para(t.label, st["th"], rec)
    measured.append((0, 1, t.label, st["th"]))
    if lines > 1:
        spans.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = col(h.column), col(h.column + h.columns - 1)
        style = st["th_r"] if h.columns == 1 else st["th"]
        head[h.line][c0] = para(h.text, style, rec)
        measured.append((c0, c1 - c0 + 1, h.text, st["th"]))
        if (c1, h.line + h.lines - 1) != (c0, h.line):
            spans.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    if extra:
        for c, text, style in ((1, "Status", st["th"]), (tc + 1, "% besteed", st["th_r"])):
            head[0][c] = para(text, style)
            measured.append((c, 1, text, st["th"]))
            if lines > 1:
                spans.append(("SPAN", (c, 0), (c, lines - 1)))
    body = []
    bold_rows = []
    for k, r in enumerate(t.rows):
        cells = list(r) + [""] * (n + 1 - len(r))
        b = "_b" if is_total(cells[0]) else ""
        if b:
            bold_rows.append(lines + k)
        row = [""] * width
        row[0] = para(cells[0], st["td" + b], rec)
        measured.append((0, 1, cells[0], st["td_b"]))
        for c in range(1, n + 1):
            text = cells[c]
            row[col(c)] = para(text, st[("ta" if _numeric(text) else "td") + b], rec)
            measured.append((col(c), 1, text, st["td_b"]))
        if extra:
            status, share = progress[k]
            if status:
                row[1] = para("", st["td"], markup=_dot(status))
                measured.append((1, 1, f"{DOT} {status}", st["td"]))
            row[tc + 1] = para(share, st["ta" + b])
            measured.append((tc + 1, 1, share, st["td_b"]))
        body.append(row)
    if extra:  # the template's fixed widths for the two added columns, the rest autofit
        fixed = {1: STATUS_W, tc + 1: SHARE_W}
        rest = [c for c in range(width) if c not in fixed]
        auto = auto_widths([(rest.index(c), s, x, y) for c, s, x, y in measured if c in rest],
                           len(rest), FW - STATUS_W - SHARE_W, 2 * PAD + 1.0)
        widths = [fixed[c] if c in fixed else auto[rest.index(c)] for c in range(width)]
    else:
        widths = auto_widths(measured, width, FW, 2 * PAD + 1.0)
    if sum(widths) < FW:
        widths[0] += FW - sum(widths)
    rows = head + body
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), PETROL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LINEBELOW", (0, lines), (-1, -1), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += [("BACKGROUND", (0, r), (-1, r), BAND) for r in range(lines + 1, len(rows), 2)]
    for r in bold_rows:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.0, PETROL))
    cmds += spans
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines,
                                     style=TableStyle(cmds), hAlign="LEFT")]
    if extra:
        legend = "&nbsp;&nbsp;&nbsp;".join(_dot(s) for s in STATUS_COLOUR)
        out.append(para("", st["legend"], rec,
                        markup=f"{legend}&nbsp;&nbsp;&nbsp;–&nbsp;&nbsp;&nbsp;{escape(LEGEND_TAIL)}"))
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _funding_keys(dossier: source.Dossier) -> dict[tuple[str, int], list[str]]:
    keys: dict[tuple[str, int], list[str]] = {}
    for g in cell_list(dossier):
        k = keys.setdefault((g["project"], int(g["table"])), [])
        if g["column"] not in k:
            k.append(g["column"])
    return keys


def render_statuscolumn(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys = _funding_keys(dossier)
    office = f"Programmabureau Regio Deal {name}".strip()
    running = f"Voortgangsrapportage Regio Deal {name} 2019-II".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "statuscolumn")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "statuscolumn"))

        def furniture(canv, d, header=True):
            canv.saveState()
            canv.setFillColor(GREY)
            if header:
                y = HEIGHT - 1.9 * cm
                canv.setFont(font_for(running, SANS), 7.5)
                canv.drawString(LEFT, y + 4, running)
                canv.drawRightString(WIDTH - RIGHT, y + 4, "Peildatum 31 december 2019")
                canv.setStrokeColor(PETROL)
                canv.setLineWidth(1.2)
                canv.line(LEFT, y, WIDTH - RIGHT, y)
            canv.setFont(font_for(office, SANS), 7.5)
            canv.drawString(LEFT, 1.3 * cm, office)
            canv.drawRightString(WIDTH - RIGHT, 1.3 * cm,
                                 f"pagina {canv.getPageNumber()} van {info['total'] or '?'}")
            canv.restoreState()

        frame = Frame(LEFT, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([
            PageTemplate("first", [frame], onPage=lambda c, d: furniture(c, d, header=False)),
            PageTemplate("page", [frame], onPage=furniture)])
        story: list = [NextPageTemplate("page"),
                       para("Voortgangsrapportage 2019-II", st["doc"]),
                       para(f"Regio Deal {name} – stand van zaken per project".replace("  ", " "),
                            st["doc2"])]
        rule = Table([[""]], colWidths=[FW], rowHeights=[2],
                     style=TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, PETROL)]))
        story += [rule, Spacer(0, 8),
                  para("Deze voortgangsrapportage beschrijft per project de stand van zaken aan "
                       "het einde van de tweede rapportageperiode van 2019. Per project zijn de "
                       "projectbeschrijving en de financiering uit het oorspronkelijke voorstel "
                       "overgenomen; de tabellen zijn aangevuld met de status van elke "
                       "begrotingsregel en het deel van het budget dat tot de peildatum is "
                       "besteed.", st["intro"]),
                  para("De gegevens zijn aangeleverd door de penvoerders van de projecten en "
                       "gecontroleerd door het programmabureau. Afwijkingen ten opzichte van de "
                       "planning zijn met de penvoerders besproken in het periodieke "
                       "voortgangsoverleg.", st["intro"]),
                  Spacer(0, 6)]
        box = [[para("Leeswijzer", st["boxhead"])]]
        for status, text in (("Op schema", "de activiteiten verlopen volgens de planning."),
                             ("Vertraagd", "de activiteiten lopen achter op de planning; "
                                           "bijsturing is afgesproken."),
                             ("Afgerond", "de activiteiten zijn uitgevoerd en financieel "
                                          "afgesloten.")):
            box.append([para("", st["box"], markup=f"{_dot(status)}: {escape(text)}")])
        story.append(Table(box, colWidths=[FW], style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), BOX),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 8)])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            tables = tables_of(pr)
            progress = {}
            for k, t in enumerate(tables):
                if is_funding(keys.get((pr.title, k))):
                    progress[id(t)] = _progress(pr, k, t)
            states = [s for pg in progress.values() for s, _ in pg if s]
            project_status = ("Vertraagd" if "Vertraagd" in states else
                              "Afgerond" if states and all(s == "Afgerond" for s in states)
                              else "Op schema")
            story.append(para(pr.theme.upper(), st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            story.append(para("", st["metaline"], truth.heading(p), markup=(
                "Rapportageperiode 1 juli – 31 december 2019&nbsp;&nbsp;&nbsp;|&nbsp;&nbsp;&nbsp;"
                f"Projectstatus: {_dot(project_status)}")))
            story.append(Table([[""]], colWidths=[FW], rowHeights=[8], style=TableStyle(
                [("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.HexColor("#C8C8C8"))])))
            story.append(Spacer(0, 6))

            def table(t):
                return _table(t, st, rec, progress.get(id(t)))

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += table(item)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
