"""One more house style for the layout zoo (see zoo.py), held out: a statistics-minded
monitoring office's annex ("Monitor Regio Deal, bijlage projecten"), typeset in LaTeX-like
serif, whose funding tables head their columns with SHORT CODES only and print the COLUMN
LABELS AT THE FOOT of the table, under the Totaal row, with a legend of the codes beneath.

- headerbottom: A4 portrait, margins 2.7 cm left and right, 2.5 cm top, 2.6 cm bottom (a
           15.6 cm text column). Times (DejaVu Serif where a paragraph has a character it
           lacks) 10.5pt on 13.5pt, justified, 3pt after each paragraph; a list item hangs on
           its own marker. Running header on every page: "Monitor Regio Deal <Name>" in 8pt
           italic at the left and "Bijlage B" at the right, no rule; footer: the page number
           centred in 9pt. Page 1 opens with "Bijlage B  Projectbeschrijvingen" (16pt bold)
           and an italic 9.5pt note how to read the tables ("In de tabellen zijn de kolommen
           bovenaan met een code aangeduid; ..."). Each project: "B.<k>  <title>" in 12.5pt
           bold, the theme under it in 9.5pt italic; projects flow on (a conditional break
           keeps a heading off a page's foot). Field labels in bold italic 10.5pt on a line of
           their own (6pt above), the paragraphs under them. Project notes at the end of the
           project in 8.5pt.
           EVERY TABLE (the funding tables, and those inside a field, which stay where they
           stand) across the text column in 8.5pt sans (Helvetica; 7.5pt from seven value
           columns on), the row-label column 5.2 cm (4.2 cm from seven), the value columns
           sharing the rest. THE TOP HEADER IS ONE LINE OF CODES: each
           value column headed by a bold code ("T", "P", "O", "G", "Pr", "R"), right-aligned
           over its amounts; the table's label bold at the left of that line. A code is the
           first letter of the column's own header text (the text that stands over that
           column alone; a spanning header that has no sub-headers under it gives its code
           to each of its columns with a number, "Pu1", "Pu2"), lengthened by its next
           letters until it differs from the codes before it ("P" Privaat, "Pr" Provincie);
           a header that starts with a digit ("2024") is its own code. The code line has a
           light grey fill (#E4E4E4), a 0.8pt black rule above and a 0.4pt rule below. Body
           rows: the row label left, amounts right-aligned exactly as transcribed, words
           (and milestone texts) left; hairline (0.25pt, grey) rules between body rows; the
           Totaal row (a label starting with "Totaal", any case) bold with a 0.6pt rule above.
           THEN, UNDER THE BODY, A FOOTER OF THE SOURCE'S OWN HEADER LINES: the corner cell
           empty, each header cell in italic at the top of its cells, right-aligned over its
           column (a group header, "Publiek", centred over its members, on its own line above
           them, as in the source), the same grey fill, a 0.4pt rule above and a 0.8pt black
           rule under the footer. Under the table a LEGEND in 7.5pt italic: "Codes: T = Totaal
           EUR; P = Privaat; ...; G = Gem. (Publiek); ..." (a member of a group names its group
           in parentheses; a code that is its header's own text, a year, is not listed). Then the
           table footnotes in 7.5pt. A table that breaks over a page
           repeats the code line on the next page; the footer and legend only at its end (the
           transcription's page breaks are not followed).

Every cell is printed as transcribed and the source's header texts stand in the footer:
the truth record is the plain one (no "raw").
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, KeepTogether, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, notes_at_end, para, register_fonts)
from .zoo_percent import _numeric

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.7 * cm, 2.7 * cm, 2.5 * cm, 2.6 * cm
FW = WIDTH - ML - MR
FILL = colors.HexColor("#E4E4E4")
HAIR = colors.HexColor("#9C9C9C")
SERIF, SERIF_B, SERIF_I, SERIF_BI = "Times-Roman", "Times-Bold", "Times-Italic", "Times-BoldItalic"
SANS, SANS_B, SANS_I = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE = 8.5


def _styles() -> dict:
    def s(name, font=SERIF, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"hb-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    lead = SIZE * 1.2
    return {
        "doc": s("doc", SERIF_B, 16, 20, spaceAfter=6),
        "intro": s("intro", SERIF_I, 9.5, 12, spaceAfter=14, alignment=TA_JUSTIFY),
        "title": s("title", SERIF_B, 12.5, 15.5, spaceBefore=14, spaceAfter=1, keepWithNext=1),
        "theme": s("theme", SERIF_I, 9.5, 12, spaceAfter=5, keepWithNext=1),
        "label": s("label", SERIF_BI, 10.5, 13.5, spaceBefore=6, spaceAfter=1.5, keepWithNext=1),
        "body": s("body", alignment=TA_JUSTIFY, spaceAfter=3),
        "item": s("item", alignment=TA_LEFT, leftIndent=14, bulletIndent=0, spaceAfter=2),
        "note": s("note", SERIF, 8.5, 10.5, spaceAfter=1.5),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, spaceBefore=1),
        "legend": s("legend", SANS_I, 7.5, 9.5, spaceBefore=3),
        "tlabel": s("tlabel", SANS_B, SIZE, lead),
        "tcode": s("tcode", SANS_B, SIZE, lead, alignment=TA_RIGHT),
        "thead": s("thead", SANS_I, SIZE, lead, alignment=TA_RIGHT),
        "tgroup": s("tgroup", SANS_I, SIZE, lead, alignment=TA_CENTER),
        "tbody": s("tbody", SANS, SIZE, lead),
        "tbody_b": s("tbody_b", SANS_B, SIZE, lead),
        "tamount": s("tamount", SANS, SIZE, lead, alignment=TA_RIGHT),
        "tamount_b": s("tamount_b", SANS_B, SIZE, lead, alignment=TA_RIGHT),
        "ttext": s("ttext", SANS, SIZE, lead),
        "ttext_b": s("ttext_b", SANS_B, SIZE, lead),
    }


def _letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalnum())


def codes(t: source.Table) -> tuple[list[str], list[str]]:
    """Each value column's code, and the legend's entries ("T = Totaal EUR")."""
    cells = t.header_cells()
    n = t.columns
    own: list[tuple[str, int, int] | None] = [None] * n  # (text, index within a spanning leaf, of how many)
    groups: dict[int, str] = {}
    for h in cells:
        below = any(o.line > h.line and h.column <= o.column < h.column + h.columns for o in cells)
        if below:  # a group: its members have headers of their own
            for c in range(h.column, h.column + h.columns):
                groups[c - 1] = h.text
            continue
        for k, c in enumerate(range(h.column, h.column + h.columns)):
            own[c - 1] = (h.text, k + 1, h.columns)
    out, legend, used, base_of = [], [], set(), {}
    for j in range(n):
        text, k, of = own[j] or (groups.get(j, f"kolom {j + 1}"), 1, 1)
        letters = _letters(text) or f"K{j + 1}"
        if letters[0].isdigit():
            code = text.strip()
        else:
            key = (text, j - k + 1)  # one header cell: its first column
            if key not in base_of:
                size = 1
                base = letters[0].upper()
                while base in used and size < len(letters):
                    size += 1
                    base = letters[0].upper() + letters[1:size].lower()
                used.add(base)
                base_of[key] = base
            code = base_of[key] + (str(k) if of > 1 else "")
        used.add(code)
        out.append(code)
        name = text if of == 1 else f"{text} ({k})"
        if j in groups and own[j] is not None:
            name += f" ({groups[j]})"
        if code != text.strip():  # a year ("2024") needs no explaining
            legend.append(f"{code} = {name}")
    return out, legend


def _cell(text: str, bold: bool, st, rec):
    key = ("tamount" if text.strip() and _numeric(text) else "ttext") + ("_b" if bold else "")
    return para(text, st[key], rec)


def _small(st: dict) -> dict:
    """The table styles at 7.5pt, for a table of seven value columns or more."""
    return {k: ParagraphStyle(f"{v.name}-7.5", v, fontSize=7.5, leading=9) if k[0] == "t" and k not in ("tfoot", "title", "theme") else v
            for k, v in st.items()}


def _table(t: source.Table, st, rec) -> list:
    n = t.columns
    if n >= 7:
        st = _small(st)
    code, legend = codes(t)
    rows = [[para(t.label, st["tlabel"], rec)] + [para(c, st["tcode"], rec) for c in code]]
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (-1, 0), FILL),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 0), (-1, 0), 0.4, colors.black)]
    for r, body in enumerate(t.rows, start=1):
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["tbody_b" if bold else "tbody"], rec)]
                    + [_cell(c, bold, st, rec) for c in cells])
        if bold:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.6, colors.black))
        elif r > 1:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.25, HAIR))
    foot0 = len(rows)
    lines = max(len(t.header), 1)
    foot = [[""] * (n + 1) for _ in range(lines)]
    for h in t.header_cells():
        grouped = h.columns > 1 and any(o.line > h.line and h.column <= o.column < h.column + h.columns
                                        for o in t.header_cells())
        foot[h.line][h.column] = para(h.text, st["tgroup" if grouped else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, foot0 + h.line), (c1, foot0 + r1)))
    if lines > 1:
        cmds.append(("SPAN", (0, foot0), (0, foot0 + lines - 1)))
    rows += foot
    cmds += [("BACKGROUND", (0, foot0), (-1, -1), FILL),
             ("LINEABOVE", (0, foot0), (-1, foot0), 0.4, colors.black),
             ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
             ("TOPPADDING", (0, foot0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, foot0), (-1, -1), 1.5)]
    label_w = 4.2 * cm if n >= 7 else 5.2 * cm
    widths = [label_w] + [(FW - label_w) / n] * n
    table = Table(rows, colWidths=widths, repeatRows=1, style=TableStyle(cmds), hAlign="LEFT")
    out = [Spacer(0, 5), table]
    if legend:
        out.append(para("Codes: " + "; ".join(legend) + ".", st["legend"], rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 7)]


def render_headerbottom(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "headerbottom")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "headerbottom"))

        def on_page(canv, d):
            canv.saveState()
            y = HEIGHT - 1.5 * cm
            left = f"Monitor Regio Deal {name}".strip()
            canv.setFont(font_for(left, SERIF_I), 8)
            canv.drawString(ML, y, left)
            canv.setFont(SERIF_I, 8)
            canv.drawRightString(WIDTH - MR, y, "Bijlage B")
            canv.setFont(SERIF, 9)
            canv.drawCentredString(WIDTH / 2, 1.5 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [para("Bijlage B  Projectbeschrijvingen", st["doc"]),
                       para("In de tabellen zijn de kolommen bovenaan met een code aangeduid; de volledige "
                            "kolomnamen staan onderaan de tabel en in de verklaring eronder. Bedragen in "
                            "euro's, tenzij anders vermeld.", st["intro"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(4.5 * cm))
            story.append(para(f"B.{p + 1}  {pr.title}", st["title"], truth.heading(p)))
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
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
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
