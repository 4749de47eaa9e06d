"""One more house style for the layout zoo (see zoo.py), held out: a province's subsidy
decision annex ("bijlage bij het besluit") made in Word, in which every project's funding
table is drawn TRANSPOSED, as a "dekkingsplan" (coverage plan) often is.

- transposed: A4 portrait, Word's default margins (2.5 cm all round, a 16 cm text column).
           A Times-like serif (Liberation Serif; else DejaVu Serif), body 10.5pt on 13.5pt,
           ragged right, 5pt after each paragraph; a list item keeps the source's marker (as
           text) and hangs on it. Page 1 opens with the annex's title ("Bijlage bij het
           besluit ...", 15pt bold) and a one-line 10.5pt italic subtitle. Each project: its
           theme as a 12pt italic line, then "Project N: <title>" in 14pt bold (N running
           over the dossier); projects flow on (no page breaks). Field labels bold 10.5pt on
           a line of their own (9pt above), the field's paragraphs under it. Running header
           "Bijlage bij besluit - Regio Deal <name>" 8pt grey at the top left, a hairline
           under it; footer "Pagina N van M" 8pt at the bottom right. Project notes as page
           footnotes in 8.5pt under a short rule (notes whose mark is nowhere go with the
           project's last paragraph).
           INVESTMENT TABLES ARE DRAWN TRANSPOSED: over each, a bold 9.5pt caption
           "Dekkingsplan: <table label>". The FUNDING SOURCES ARE THE ROWS, the COST LINES
           THE COLUMNS: the first column's header is "Financieringsbron"; then one column per
           cost line (the transcription's row label as the column header, as typed, wrapping
           over 2-3 lines in its header cell), the transcription's Totaal row becoming the
           last column. The rows are the transcription's value columns in the order Privaat
           (and other private parties: Bedrijven, Bedrijfsleven, Werkgevers), Onderwijs
           (Kennisinstellingen), Gemeente(n), Provincie, other public (Overig publiek,
           Waterschap, Regio), Rijk, and Totaal last, in bold. Source names are written out
           as the province writes them: "Onderw."/"Onderw" -> "Onderwijs", "Gem."/"Gem"/
           "Gemeenten" -> "Gemeente(n)", "Prov." -> "Provincie", "Overig Publiek" -> "Overig
           publiek", "Rijk" -> "Rijksbijdrage Regio Deal", "Totaal EUR"/"Totaal (€)" ->
           "Totaal"; others as typed. Where the transcription groups "Publiek" over two
           columns, "Publiek" is a row of its own with no amounts and its members (indented
           by 10pt) under it; members the transcription leaves unnamed get an empty label.
           Every cell is printed exactly as transcribed (right-aligned), so no "raw" entries
           are needed. Table type 9pt; 8pt where the columns need it; where even 8pt does not
           fit the portrait column, the table stands in a LANDSCAPE SECTION of its own (an
           A4 landscape page, 2.5 cm margins; the text resumes on a new portrait page).
           A full grid in thin grey lines (0.5pt #A6A6A6), the header row shaded light blue
           (#DDEBF7) and bold, header repeated where a table breaks. Table footnotes under
           the table in 8pt. Tables inside a field stay in their field, NOT transposed, in
           the same grid style at 9pt.

The golden cells keep their meaning: row = the transcription's body row (the cost line, here
a column), column key = the transcription's value column (the funding source, here a row).
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _note_owners
from .zoo_budget import _text
from .zoo_common import (build_until_stable, Doc, dossier_name, FALLBACK, FootnoteSupport,
                         is_total, meta, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
LW = HEIGHT - 2 * MARGIN          # text width of a landscape page
INK = colors.black
GREY = colors.HexColor("#595959")
GRID = colors.HexColor("#A6A6A6")
HEAD_FILL = colors.HexColor("#DDEBF7")
PAD = 3.0
VPAD = 2.0

_LIBERATION = Path("/usr/share/fonts/truetype/liberation")
_FACES = {"TpSerif": ("LiberationSerif-Regular.ttf", "DejaVuSerif"),
          "TpSerif-Bold": ("LiberationSerif-Bold.ttf", "DejaVuSerif-Bold"),
          "TpSerif-Italic": ("LiberationSerif-Italic.ttf", "DejaVuSerif-Italic")}
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

_NAMES = {"onderw.": "Onderwijs", "onderw": "Onderwijs", "gem.": "Gemeente(n)",
          "gem": "Gemeente(n)", "gemeenten": "Gemeente(n)", "prov.": "Provincie",
          "overig publiek": "Overig publiek", "rijk": "Rijksbijdrage Regio Deal",
          "totaal eur": "Totaal", "totaal (€)": "Totaal"}
_RANK = [(0, ("privaat", "bedrijven", "bedrijfsleven", "werkgevers")),
         (1, ("onderw", "kennisinstellingen")), (2, ("gem",)), (3, ("prov",)),
         (4, ("overig", "waterschap", "regio")), (5, ("rijk",))]


def _fonts() -> tuple[str, str, str]:
    register_fonts()
    if not all((_LIBERATION / f).is_file() for f, _ in _FACES.values()):
        return "DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic"
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, (file, stand_in) in _FACES.items():
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(_LIBERATION / file)))
        FALLBACK.setdefault(name, stand_in)
    pdfmetrics.registerFontFamily("TpSerif", normal="TpSerif", bold="TpSerif-Bold",
                                  italic="TpSerif-Italic", boldItalic="TpSerif-Bold")
    return tuple(_FACES)


def _name(text: str) -> str:
    return _NAMES.get(text.strip().lower(), text)


def _rank(text: str) -> int:
    low = text.strip().lower()
    if is_total(low):
        return 9
    for r, words in _RANK:
        if low.startswith(words):
            return r
    return 6


def _sources(t: source.Table):
    """The value columns as funding sources: [(rank, [(column 0-based, label, member?)],
    group label or None)], in the order the dekkingsplan draws them (Totaal last)."""
    n = t.columns
    label = [""] * n
    group: list = [None] * n
    for h in t.header_cells():
        if h.columns == 1:
            if h.text or not label[h.column - 1]:
                label[h.column - 1] = h.text
        else:
            for c in range(h.column - 1, h.column - 1 + h.columns):
                group[c] = (h.line, h.column, h.text)
    units, seen = [], {}
    for c in range(n):
        if group[c] is None:
            units.append([_rank(label[c]), [(c, _name(label[c]), False)], None])
        elif group[c] in seen:
            seen[group[c]][1].append((c, _name(label[c]), True))
        else:
            u = [0, [(c, _name(label[c]), True)], group[c][2]]
            seen[group[c]] = u
            units.append(u)
    for u in units:
        if u[2] is not None:
            ranks = [_rank(lbl) for _, lbl, _ in u[1] if lbl]
            u[0] = min(ranks) if ranks else 3
    return sorted(units, key=lambda u: u[0])


def _styles(serif, bold, italic):
    def style(name, font=serif, size=10.5, leading=13.5, **kw):
        return ParagraphStyle(f"tp-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    def table(prefix, size):
        lead = round(size * 1.2, 2)
        return {
            "head": style(f"{prefix}h", bold, size, lead),
            "head_r": style(f"{prefix}hr", bold, size, lead, alignment=TA_LEFT),
            "src": style(f"{prefix}s", serif, size, lead),
            "member": style(f"{prefix}m", serif, size, lead, leftIndent=10),
            "src_b": style(f"{prefix}sb", bold, size, lead),
            "amount": style(f"{prefix}a", serif, size, lead, alignment=TA_RIGHT),
            "amount_b": style(f"{prefix}ab", bold, size, lead, alignment=TA_RIGHT),
        }

    return {
        "doc": style("doc", bold, 15, 19, spaceAfter=4),
        "sub": style("sub", italic, 10.5, 13.5, spaceAfter=14),
        "theme": style("theme", italic, 12, 15, spaceBefore=16, spaceAfter=2, keepWithNext=1),
        "title": style("title", bold, 14, 17.5, spaceAfter=6, keepWithNext=1),
        "label": style("label", bold, 10.5, 13.5, spaceBefore=9, spaceAfter=2, keepWithNext=1),
        "body": style("body", spaceAfter=5),
        "item": style("item", leftIndent=14, firstLineIndent=-14, spaceAfter=5),
        "caption": style("caption", bold, 9.5, 12, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "tfoot": style("tfoot", serif, 8, 10, spaceBefore=3),
        "note": style("note", serif, 8.5, 10.5, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "table": table,
    }


def _col_need(head: str, cells, bold, serif, size) -> float:
    words = max((stringWidth(w, bold, size) for w in head.split()), default=0.0)
    head_need = max(words, stringWidth(head, bold, size) / 3)
    body = max((stringWidth(c, serif, size) for c in cells), default=0.0)
    return max(head_need, min(body, 90.0), 24.0) + 2 * PAD + 1


def _widths(t, units, size, width, fonts):
    serif, bold, _ = fonts
    labels = ["Financieringsbron"] + [lbl for u in units for _, lbl, _ in u[1]] + \
        [u[2] for u in units if u[2]]
    first = min(max(stringWidth(x, bold, size) for x in labels) + 2 * PAD + 12, 3.6 * cm)
    cols = [_col_need(r[0], [r[1 + c] for c in range(t.columns) if 1 + c < len(r)],
                      bold, serif, size) for r in t.rows]
    if first + sum(cols) > width:
        return None
    extra = min((width - first - sum(cols)) / max(len(cols), 1), 3.5 * cm)
    return [first] + [c + extra for c in cols]


def _transposed(t: source.Table, st, rec, fonts, width):
    """The table as a dekkingsplan, or None where it does not fit `width` at 8pt."""
    units = _sources(t)
    size, widths = 9.0, None
    for size in (9.0, 8.5, 8.0):
        widths = _widths(t, units, size, width, fonts)
        if widths:
            break
    if widths is None:
        return None
    ts = st["table"](f"t{size}-", size)
    grid = [[para("Financieringsbron", ts["head"], rec)] +
            [para(r[0], ts["head_r"], rec) for r in t.rows]]
    bold_rows = []
    for _, members, glabel in units:
        if glabel is not None:
            grid.append([para(glabel, ts["src"], rec)] + [""] * len(t.rows))
        for c, label, member in members:
            total = is_total(label)
            if total:
                bold_rows.append(len(grid))
            lst = ts["src_b"] if total else ts["member"] if member else ts["src"]
            row = [para(label, lst, rec) if label else ""]
            for r in t.rows:
                cell = r[1 + c] if 1 + c < len(r) else ""
                row.append(para(cell, ts["amount_b"] if total else ts["amount"], rec)
                           if cell else "")
            grid.append(row)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD)]
    table = Table(grid, colWidths=widths, repeatRows=1, style=TableStyle(cmds), hAlign="LEFT")
    return [para(f"Dekkingsplan: {t.label}", st["caption"], rec), table] + \
        [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def _nested(t: source.Table, st, rec, fonts) -> list:
    """A table inside a field: the same grid, as typed (not transposed)."""
    serif, bold, _ = fonts
    ts = st["table"]("tn-", 9.0)
    n, lines = t.columns, max(len(t.header), 1)
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max(
                (stringWidth(w, bold, 9) for w in h.text.split()), default=0.0))
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            need[c] = max(need[c], min(stringWidth(text, serif, 9), 100.0))
    values = [w + 2 * PAD + 2 for w in need]
    label = FW - sum(values)
    if label < 0.3 * FW:
        values = [v * (0.7 * FW) / sum(values) for v in values]
        label = 0.3 * FW
    grid = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    grid[0][0] = para(t.label, ts["head"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = para(h.text, ts["head_r"], rec)
        spans.append(((c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], ts["src_b"] if total else ts["src"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(para(cell, ts["head_r"] if total else ts["src"], rec) if cell else "")
        grid.append(row)
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), VPAD), ("BOTTOMPADDING", (0, 0), (-1, -1), VPAD)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(grid, colWidths=[label] + values, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + \
        [Spacer(0, 6)]


def _fields(pr: source.Project, st, rec, foot, investment, fonts) -> list:
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    story: list = []
    last_q = None
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Table):
            story += investment(row)
            continue
        story.append(para(row.label, st["label"], rec))
        for i, item in enumerate(row.content):
            if isinstance(item, source.Table):
                story += _nested(item, st, rec, fonts)
                continue
            q = _text(item, st["item" if _LIST_ITEM.match(item) else "body"], rec)
            if (r, i) in owner:
                q._notes, q._foot = tuple(owner[(r, i)]), foot
            story.append(q)
            last_q = q
    if loose:
        if last_q is None:
            last_q = para("", st["body"], rec)
            story.append(last_q)
        last_q._notes, last_q._foot = tuple(last_q._notes) + tuple(loose), foot
    return story


def render_transposed(dossier: source.Dossier, pdf_path) -> dict:
    fonts = _fonts()
    serif, bold, italic = fonts
    st = _styles(serif, bold, italic)
    name = dossier_name(dossier)
    running = f"Bijlage bij besluit - Regio Deal {name}".strip()

    def once(info):
        truth = Truth(dossier, "transposed")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=4 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "transposed"))

        def furniture(canv, d):
            w, h = canv._pagesize
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont(serif, 8)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN, h - 1.5 * cm, running)
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.3)
            canv.line(MARGIN, h - 1.5 * cm - 3, w - MARGIN, h - 1.5 * cm - 3)
            canv.setFillColor(INK)
            canv.drawRightString(w - MARGIN, 1.3 * cm,
                                 f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        end = lambda canv, d: foot.draw(canv)  # noqa: E731
        doc.addPageTemplates([
            PageTemplate("page", [Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, id="p",
                                        leftPadding=0, rightPadding=0, topPadding=0,
                                        bottomPadding=0)],
                         onPage=furniture, onPageEnd=end, pagesize=A4),
            PageTemplate("land", [Frame(MARGIN, MARGIN, LW, WIDTH - 2 * MARGIN, id="l",
                                        leftPadding=0, rightPadding=0, topPadding=0,
                                        bottomPadding=0)],
                         onPage=furniture, onPageEnd=end, pagesize=landscape(A4))])

        story: list = [para(f"Bijlage bij het besluit van Gedeputeerde Staten: projecten "
                            f"Regio Deal {name}".replace("  ", " "), st["doc"]),
                       para("Projectbeschrijvingen en dekkingsplannen", st["sub"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(para(pr.theme, st["theme"], rec))
            story.append(para(f"Project {p + 1}: {pr.title}", st["title"], truth.heading(p)))

            def investment(t, rec=rec):
                flow = _transposed(t, st, rec, fonts, FW)
                if flow is not None:
                    return flow
                flow = _transposed(t, st, rec, fonts, LW)
                if flow is None:
                    raise RuntimeError(f"table {t.label!r} does not fit a landscape page")
                return [NextPageTemplate("land"), PageBreak()] + flow + \
                    [NextPageTemplate("page"), PageBreak()]

            story += _fields(pr, st, rec, foot, investment, fonts)
        doc.build(story)
        return truth

    return build_until_stable(once)
