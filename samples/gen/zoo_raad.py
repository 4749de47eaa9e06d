"""One more house style for the layout zoo (see zoo.py), held out: a municipality's
RAADSVOORSTEL (a council proposal from its Word template) whose funding tables print their
columns in the municipality's own order and words.

- raad:   A4 portrait, margins 2.5 cm left and right, 2.8 cm top, 2.5 cm bottom; Helvetica (DejaVu
          Sans where a paragraph has a character it lacks) 10pt on 13.5pt, ragged right, 4pt after
          each paragraph. Running header on every page: "Raadsvoorstel Regio Deal <Name>" at the
          left and "Zaaknr. Z/19/048123" at the right in 8pt grey, no rule; footer "Pagina N van M"
          at the right in 8pt.
          Page 1 opens with "Raadsvoorstel" (18pt bold), a rule-less block of Onderwerp /
          Portefeuillehouder / Datum, and a chapter "1 Inleiding" of two sentences (no amounts).
          The themes are numbered chapters from 2 on ("2 Techniek als motor", 14pt bold); every
          project a numbered section "<k>.<n> Project: <title>" (11.5pt bold). Projects flow on.
          FIELD LABELS RUN IN: the field's first paragraph opens with its label in bold ending in a
          colon ("Partijen: Universiteit Twente ..."); its later paragraphs follow plain (a list
          item hanging on its marker). A field whose first paragraph is a list item, or that opens
          with a table, has the bold "Label:" on a line of its own.
          FUNDING TABLES (a table whose columns are a Totaal and funding sources) print their
          columns in the municipality's own order and words: the Rijk first ("Rijksbijdr."), then
          every other source under a group header "Cofin. regio" (Gem., Prov., Ov. publ., the
          unnamed "Publiek" pair, Regio, Onderw. or the source's own name for education, the
          source's own name for the private column), the Totaal LAST. Rules: a 0.5pt rule under
          the header and a 0.5pt rule above each Totaal row; nothing else (no grid, no fills). 8pt
          type, the label column 4 cm, the value columns sharing the rest, amounts right-aligned
          as transcribed. The table's label stays in the header's corner cell. Other tables
          (milestones, years) keep the source's columns and header in the same rule style. Table
          footnotes under the table in 7.5pt. Project notes at the end of the project in 8pt.

Every cell prints as transcribed: the truth record is the plain one (no "raw"; the columns'
order is read by their keys). A project runs from its section heading to the page of its last
field text, table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (LIST_ITEM, Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_funding, is_total,
                         meta, notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.5 * cm, 2.8 * cm, 2.5 * cm
FW = WIDTH - ML - MR
GREY = colors.HexColor("#666666")

# A funding column's place: (0) the Rijk, (1) under "Cofin. regio" in this order, (2) the Totaal.
ORDER = {"rijk": (0, 0), "gemeente": (1, 0), "provincie": (1, 1), "overig_publiek": (1, 2),
         "publiek_1": (1, 3), "publiek_2": (1, 4), "regio": (1, 5), "onderwijs": (1, 6),
         "privaat": (1, 7), "totaal": (2, 0)}
SHORT = {"gemeente": "Gem.", "provincie": "Prov.", "overig_publiek": "Ov. publ.", "regio": "Regio"}


def _styles():
    def s(name, font="Helvetica", size=10, leading=13.5, **kw):
        return ParagraphStyle(f"raad-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
        "lead": s("lead", spaceAfter=4, spaceBefore=5),
        "title": s("title", "Helvetica-Bold", 18, 22, spaceAfter=10),
        "meta": s("meta", size=9.5, leading=12.5),
        "h1": s("h1", "Helvetica-Bold", 14, 18, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "h2": s("h2", "Helvetica-Bold", 11.5, 15, spaceBefore=12, spaceAfter=4, keepWithNext=1),
        "tlabel": s("tl", "Helvetica-Bold", 8, 10),
        "thead": s("th", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
        "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
        "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7.5, leading=9.5, spaceBefore=2),
        "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
    }


def _family_for(text: str) -> tuple[str, str]:
    """(regular, bold) fonts that show every character of `text`."""
    if font_for(text, "Helvetica") == "Helvetica":
        return "Helvetica", "Helvetica-Bold"
    return "DejaVuSans", "DejaVuSans-Bold"


def _runin(label: str, text: str, st, rec):
    reg, bold = _family_for(label + text)
    style = ParagraphStyle(f"raad-lead-{reg}", st["lead"], fontName=reg)
    return para("", style, rec, markup=f"<font name='{bold}'>{escape(label)}:</font> {escape(text)}")


def _label_alone(label: str, st, rec):
    reg, bold = _family_for(label)
    style = ParagraphStyle(f"raad-lab-{bold}", st["lead"], fontName=bold, keepWithNext=1)
    return para(f"{label}:", style, rec)


def _leaf_texts(t: source.Table) -> list[str]:
    """The header text that stands over each value column alone ("" where only a group spans it)."""
    out = [""] * t.columns
    for h in t.header_cells():
        if h.columns == 1:
            out[h.column - 1] = h.text
    return out


def _table(rows, widths, header_lines, spans, st_cmds):
    cmds = [("VALIGN", (0, 0), (-1, header_lines - 1), "BOTTOM"),
            ("VALIGN", (0, header_lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEBELOW", (0, header_lines - 1), (-1, header_lines - 1), 0.5, colors.black)]
    cmds += [("SPAN", a, b) for a, b in spans] + st_cmds
    return Table(rows, colWidths=widths, repeatRows=header_lines, style=TableStyle(cmds), hAlign="LEFT")


def _body_rows(t: source.Table, order: list[int], st, rec):
    rows = []
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        for j in order:
            row.append(para(body[j + 1], st["tamount_b"] if total else st["tamount"], rec))
        rows.append(row)
    return rows


def _total_rules(t: source.Table, lines: int) -> list:
    return [("LINEABOVE", (0, lines + r), (-1, lines + r), 0.5, colors.black)
            for r, b in enumerate(t.rows) if is_total(b[0])]


def _funding_table(t: source.Table, keys: list[str], st, rec) -> list:
    n = t.columns
    order = sorted(range(n), key=lambda j: (*ORDER.get(keys[j], (1, 9)), j))
    leaves = _leaf_texts(t)
    kk = [keys[j] for j in order]
    cofin = [i for i, k in enumerate(kk) if ORDER.get(k, (1, 9))[0] == 1]
    two = bool(cofin)
    lines = 2 if two else 1
    width_label = 4.0 * cm
    widths = [width_label] + [(FW - width_label) / n] * n
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    head[0][0] = para(t.label, st["tlabel"], rec)
    if two:
        spans.append(((0, 0), (0, 1)))
    for i, k in enumerate(kk):
        c = i + 1
        leaf = leaves[order[i]]
        if k == "rijk":
            text = "Rijksbijdr."
        elif k == "totaal":
            text = "Totaal"
        elif k in SHORT:
            text = SHORT[k]
        elif k == "onderwijs":
            text = "Onderw." if leaf.rstrip(".") in ("Onderwijs", "Onderw") else leaf
        elif k == "privaat":
            text = leaf or "Privaat"
        elif k.startswith("publiek_"):
            text = None  # the pair stands under "Publiek" alone
        else:
            text = leaf
        if i in cofin:
            if text is not None:
                head[1][c] = para(text, st["thead"], rec)
        else:
            head[0][c] = para(text, st["thead"], rec)
            if two:
                spans.append(((c, 0), (c, 1)))
    if two:
        c0, c1 = cofin[0] + 1, cofin[-1] + 1
        head[0][c0] = para("Cofin. regio", st["tgroup"], rec)
        if c1 > c0:
            spans.append(((c0, 0), (c1, 0)))
        pub = [i + 1 for i, k in enumerate(kk) if k.startswith("publiek_")]
        if pub:
            head[1][pub[0]] = para("Publiek", st["tgroup"], rec)
            if len(pub) > 1:
                spans.append(((pub[0], 1), (pub[-1], 1)))
    body = _body_rows(t, order, st, rec)
    out = [Spacer(0, 5), _table(head + body, widths, lines, spans, _total_rules(t, lines))]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _other_table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, len(t.header)
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    head[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    body = _body_rows(t, list(range(n)), st, rec)
    wl = min(6.0 * cm, width * 0.45)
    widths = [wl] + [(width - wl) / n] * n
    out = [Spacer(0, 4), _table(head + body, widths, lines, spans, _total_rules(t, lines))]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 5))
    return out


def render_raad(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")
    st = _styles()
    golden = _column_keys(dossier)
    name = dossier_name(dossier)
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes) + 2)

    def any_table(t, pr, tables, rec):
        keys = golden.get((pr.title, next(i for i, x in enumerate(tables) if x is t)))
        if is_funding(keys) and len(keys) == t.columns:
            return _funding_table(t, keys, st, rec)
        return _other_table(t, st, rec, FW)

    def once(info):
        truth = Truth(dossier, "raad")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "raad"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(GREY)
            canv.drawString(ML, HEIGHT - 1.6 * cm, f"Raadsvoorstel Regio Deal {name}")
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.6 * cm, "Zaaknr. Z/19/048123")
            canv.setFillColor(colors.black)
            page = canv.getPageNumber()
            canv.drawRightString(WIDTH - MR, 1.4 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story = [para("Raadsvoorstel", st["title"])]
        block = [["Onderwerp", f"Regio Deal {name}: instemming met de projectvoorstellen"],
                 ["Portefeuillehouder", "wethouder Economie en Werk"],
                 ["Datum collegebesluit", "12 maart 2019"]]
        story.append(Table([[para(a, st["meta"]), para(b, st["meta"])] for a, b in block],
                           colWidths=[4.5 * cm, FW - 4.5 * cm], hAlign="LEFT", style=TableStyle([
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1), ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        story.append(para("1 Inleiding", st["h1"]))
        story.append(para(f"Het college stelt de raad voor in te stemmen met de projectvoorstellen van de "
                          f"Regio Deal {name}. In de hoofdstukken hierna is per project beschreven wat de "
                          f"opgave is, welke aanpak wordt voorgesteld en hoe de financiering is opgebouwd.",
                          st["body"]))
        counters: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            if pr.theme not in counters:
                counters[pr.theme] = 0
                story.append(CondPageBreak(7 * cm))
                story.append(para(f"{k} {pr.theme}", st["h1"]))
            counters[pr.theme] += 1
            story.append(CondPageBreak(3 * cm))
            story.append(para(f"{k}.{counters[pr.theme]} Project: {pr.title}", st["h2"], truth.heading(p)))
            tables = tables_of(pr)
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += any_table(row, pr, tables, rec)
                    continue
                content = list(row.content)
                first = content[0] if content else None
                if isinstance(first, str) and not LIST_ITEM.match(first):
                    story.append(_runin(row.label, first, st, rec))
                    content = content[1:]
                else:
                    story.append(_label_alone(row.label, st, rec))
                for item in content:
                    if isinstance(item, source.Table):
                        story += any_table(item, pr, tables, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
