"""One more house style for the layout zoo (see zoo.py), held out: a programme office's Word
report in portrait whose every funding table stands SIDEWAYS on a LANDSCAPE page of its own,
half of them as Word exports a landscape section (the page turned by /Rotate), half pasted as
a rotated object on a portrait page.

- sideways: the PROSE PAGES A4 portrait, the plain look of Word's default template: margins
          2.5 cm all round (a 16 cm text column), DejaVu Sans standing in for Calibri, body 10pt
          on 13pt, ragged right, 6pt after each paragraph; a list item keeps the source's marker
          and hangs on it (14pt). Running header 1.3 cm from the top: "Regio Deal <Name> –
          projectvoorstellen" right-aligned in 8pt grey; footer: the page number centred 1.3 cm
          from the foot, 9pt. Page 1: the report's title "Projectvoorstellen Regio Deal <Name>"
          (18pt bold, Word's heading blue #2F5496), then the contents (the transcription's
          heading, 14pt blue): each theme "<k> <theme>" in bold and its projects "<k>.<n> <title>"
          indented 0.6 cm, the page number right-aligned, no leaders. NUMBERED HEADINGS in
          Word's blue: a theme "<k> <theme>" (16pt bold, 12pt above; a new page where less than
          6 cm is left) where the theme changes, each project "<k>.<n> <title>" (13pt bold, 10pt
          above; a new page where less than 4 cm is left); projects flow on. Field labels bold
          10.5pt on a line of their own (8pt above, kept with what follows). Tables inside a
          field that are not funding tables (milestones, years, a cost breakdown) stay in their
          field upright, as a Word table: full 0.5pt grid, header bold on #D9E2F3, 8.5pt, amounts
          right-aligned. The project's notes after its last field, 8pt, the mark hanging.
          FUNDING TABLES (a table whose columns are a Totaal and funding sources: every table
          that stands between fields in these dossiers) each stand ALONE ON A LANDSCAPE PAGE:
          the text before it ends its page (a section break), the table's page follows, and the
          text after it goes on on a new portrait page. The funding tables are counted through
          the dossier: the 1st, 3rd, 5th ... stand on a page with a PORTRAIT MediaBox and
          /Rotate 90 (as Word's PDF export writes a landscape section), everything on it drawn
          turned a quarter counter-clockwise so that the viewer shows it upright: its own
          running header and footer along the landscape page's top and foot; the 2nd, 4th, ...
          on a PORTRAIT page WITHOUT /Rotate, the portrait running header and footer upright,
          and the table block drawn turned a quarter counter-clockwise in the text area (as a
          landscape table pasted as a rotated object): its text reads from the bottom of the
          page up. The block is the same in both (in landscape terms: 2.5 cm margins, 24.7 cm
          wide): a caption "Tabel <t>. <the table's label>" (10pt bold, t counting the funding
          tables through the dossier) at the left and "Bedragen in euro's" (8pt italic grey)
          right-aligned on the same line, then the table across the 24.7 cm in 9pt, Word's grid
          (0.5pt black rules round every cell), the header lines bold on #D9E2F3. The WIDE TABLE
          has TWO DESCRIPTIVE COLUMNS before the amounts: "Activiteit" (7 cm, the row labels as
          transcribed, wrapped) and "Toelichting" (3.2 cm, a short remark per row: for the i-th
          body row the i-th of "zie <k>.<n>", "zie bijlage 2", "incl. btw", "raming 2019",
          "zie <k>.<n>, Aanpak", over again; <k>.<n> the project's section number; blank in a
          Totaal row), both header cells spanning the header lines; then the transcription's
          funding columns with its header lines (a group header centred over its members),
          sharing the rest equally; amounts right-aligned exactly as transcribed; the Totaal
          row bold. The table's footnotes under it in 8pt.

Every field and cell is printed as transcribed, in the transcription's table order: the truth
record is the plain one; it lists under "extra_columns" the descriptive columns each funding
table carries (no golden cell names them). A project runs from its heading to the page of its
last field text, table cell or note (the table's landscape page counts).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    is_funding,
    is_total,
    meta,
    notes_at_end,
    page_of,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
LW, LH = HEIGHT - 2 * M, WIDTH - 2 * M      # the landscape block: 24.7 x 16 cm
BLUE = colors.HexColor("#2F5496")
SHADE = colors.HexColor("#D9E2F3")
GREY = colors.HexColor("#666666")
REMARKS = ["zie {sec}", "zie bijlage 2", "incl. btw", "raming 2019", "zie {sec}, Aanpak"]


def _styles():
    def s(name, font="DejaVuSans", size=10, leading=13, **kw):
        return ParagraphStyle(f"sw-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=6),
        "item": s("item", leftIndent=14, bulletIndent=0, bulletFontName="DejaVuSans", spaceAfter=3),
        "label": s("label", "DejaVuSans-Bold", 10.5, 13.5, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "title": s("title", "DejaVuSans-Bold", 18, 22, textColor=BLUE, spaceAfter=14),
        "toc_h": s("toch", size=14, leading=18, textColor=BLUE, spaceAfter=6),
        "toc1": s("toc1", "DejaVuSans-Bold", 10, 15),
        "toc2": s("toc2", size=10, leading=15, leftIndent=0.6 * cm),
        "tocp": s("tocp", size=10, leading=15, alignment=TA_RIGHT),
        "h1": s("h1", "DejaVuSans-Bold", 16, 20, textColor=BLUE, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": s("h2", "DejaVuSans-Bold", 13, 16, textColor=BLUE, spaceBefore=10, spaceAfter=4, keepWithNext=1),
        "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "cap": s("cap", "DejaVuSans-Bold", 10, 13),
        "capnote": s("capn", "DejaVuSans-Oblique", 8, 13, textColor=GREY, alignment=TA_RIGHT),
        "tlabel": s("tl", "DejaVuSans-Bold", 9, 11),
        "thead": s("th", "DejaVuSans-Bold", 9, 11, alignment=TA_RIGHT),
        "tgroup": s("tg", "DejaVuSans-Bold", 9, 11, alignment=TA_CENTER),
        "tbody": s("tb", size=9, leading=11),
        "tbody_b": s("tbb", "DejaVuSans-Bold", 9, 11),
        "tamount": s("ta", size=9, leading=11, alignment=TA_RIGHT),
        "tamount_b": s("tab", "DejaVuSans-Bold", 9, 11, alignment=TA_RIGHT),
        "tfoot": s("tf", size=8, leading=10, spaceBefore=3),
        "small": s("sm", size=8.5, leading=10.5), "small_b": s("smb", "DejaVuSans-Bold", 8.5, 10.5),
        "small_r": s("smr", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "small_rb": s("smrb", "DejaVuSans-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "small_h": s("smh", "DejaVuSans-Bold", 8.5, 10.5, alignment=TA_CENTER),
    }


def _grid_style(lines, spans, totals):
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), SHADE),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    return TableStyle(cmds + [("SPAN", a, b) for a, b in spans])


def _inline_table(t: source.Table, st, rec) -> list:
    """A table inside a field, upright, as a Word table across the text column."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, st["small_b"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["small_h"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = is_total(body[0])
        rows.append([para(body[0], st["small_b"] if b else st["small"], rec)] +
                    [para(x, st["small_rb"] if b else st["small_r"], rec) for x in body[1:]])
    wl = FW * 0.42
    widths = [wl] + [(FW - wl) / n] * n
    out = [Spacer(0, 3), Table(rows, colWidths=widths, repeatRows=lines, style=_grid_style(lines, spans, []),
                               hAlign="LEFT")]
    return out + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def _wide_table(t: source.Table, number: int, sec: str, st, rec) -> tuple[list, list[str]]:
    """The landscape block of funding table `t`: caption line, the wide table, footnotes;
    and the remarks printed in its Toelichting column."""
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 2) for _ in range(lines)]
    rows[0][0] = para("Activiteit", st["tlabel"], rec)
    rows[0][1] = para("Toelichting", st["tlabel"], rec)
    spans = [((0, 0), (0, lines - 1)), ((1, 0), (1, lines - 1))] if lines > 1 else []
    for h in t.header_cells():
        rows[h.line][h.column + 1] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
        c1, r1 = h.column + h.columns, h.line + h.lines - 1
        if (c1, r1) != (h.column + 1, h.line):
            spans.append(((h.column + 1, h.line), (c1, r1)))
    remarks = []
    for i, body in enumerate(t.rows):
        b = is_total(body[0])
        remark = "" if b else REMARKS[i % len(REMARKS)].format(sec=sec)
        remarks.append(remark)
        rows.append([para(body[0], st["tbody_b"] if b else st["tbody"], rec), para(remark, st["tbody"], rec)] +
                    [para(x, st["tamount_b"] if b else st["tamount"], rec) for x in body[1:]])
    w0, w1 = 7 * cm, 3.2 * cm
    widths = [w0, w1] + [(LW - w0 - w1) / n] * n
    cap = Table([[para(f"Tabel {number}. {t.label}", st["cap"], rec), para("Bedragen in euro's", st["capnote"], rec)]],
                colWidths=[LW * 0.7, LW * 0.3], style=TableStyle([
                    ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))
    table = Table(rows, colWidths=widths, style=_grid_style(lines, spans, []), hAlign="LEFT")
    return [cap, table] + [para(f, st["tfoot"], rec) for f in t.footnotes], remarks


class _Sideways(Flowable):
    """A landscape block drawn turned a quarter counter-clockwise over the whole portrait
    page, in the 2.5 cm margins of the landscape page; it takes the page's whole frame."""

    def __init__(self, flows):
        super().__init__()
        self.flows = flows

    def wrap(self, aW, aH):
        return aW, aH - 0.01

    def split(self, aW, aH):
        return []

    def drawOn(self, canv, x, y, _sW=0):
        canv.saveState()
        canv.translate(WIDTH, 0)
        canv.rotate(90)
        top = WIDTH - M
        for f in self.flows:
            _, h = f.wrap(LW, 1e6)
            top -= f.getSpaceBefore() if hasattr(f, "getSpaceBefore") else 0
            f.drawOn(canv, M, top - h)
            top -= h
        canv.restoreState()


def render_sideways(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    from .zoo_budget import _fonts
    _fonts()  # registers DejaVuSans-Oblique
    st = _styles()
    name = dossier_name(dossier)
    keys = _column_keys(dossier)
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes) + 1)
    extra: dict[str, dict[str, str]] = {}

    def once(info):
        truth = Truth(dossier, "sideways")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                  **meta(dossier, "sideways"))
        header = f"Regio Deal {name} – projectvoorstellen"

        def upright(canv, d):
            canv.saveState()
            canv.setFont("DejaVuSans", 8)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - M, HEIGHT - 1.3 * cm, header)
            canv.setFillColor(colors.black)
            canv.setFont("DejaVuSans", 9)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def turned(canv, d):
            canv.saveState()
            canv.translate(WIDTH, 0)
            canv.rotate(90)
            canv.setFont("DejaVuSans", 8)
            canv.setFillColor(GREY)
            canv.drawRightString(HEIGHT - M, WIDTH - 1.3 * cm, header)
            canv.setFillColor(colors.black)
            canv.setFont("DejaVuSans", 9)
            canv.drawCentredString(HEIGHT / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = lambda: [Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0, topPadding=0,
                               bottomPadding=0)]
        doc.rotation = 0
        doc.addPageTemplates([PageTemplate("portrait", frame(), onPage=upright),
                              # reportlab writes a /Rotate 90 page's MediaBox with width and height
                              # swapped: a landscape page size gives the portrait MediaBox
                              PageTemplate("rotate", frame(), onPage=turned, pagesize=(HEIGHT, WIDTH)),
                              PageTemplate("side", frame(), onPage=upright)])
        story = [para(f"Projectvoorstellen Regio Deal {name}", st["title"]),
                 para(dossier.toc_heading, st["toc_h"])]
        toc, seen, counters = [], set(), {}
        for p, pr in enumerate(dossier.projects):
            k = themes[pr.theme]
            if pr.theme not in seen:
                seen.add(pr.theme)
                toc.append([para(f"{k} {pr.theme}", st["toc1"]), ""])
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            toc.append([para(f"{k}.{counters[pr.theme]} {pr.title}", st["toc2"]), para(page_of(info, p), st["tocp"])])
        story.append(Table(toc, colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT", style=TableStyle([
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        counters, seen, number = {}, set(), 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            if pr.theme not in seen:
                seen.add(pr.theme)
                story += [CondPageBreak(6 * cm), para(f"{k} {pr.theme}", st["h1"])]
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            sec = f"{k}.{counters[pr.theme]}"
            story += [CondPageBreak(4 * cm), para(f"{sec} {pr.title}", st["h2"], truth.heading(p))]
            tables = tables_of(pr)

            def table_flows(t):
                nonlocal number
                idx = next(i for i, x in enumerate(tables) if x is t)
                kk = keys.get((pr.title, idx))
                if not (is_funding(kk) and len(kk) == t.columns):
                    return _inline_table(t, st, rec)
                number += 1
                flows, remarks = _wide_table(t, number, sec, st, rec)
                extra[f"{pr.title}|{idx}"] = {"Activiteit": "the row labels",
                                              "Toelichting": " / ".join(remarks)}
                kind = "rotate" if number % 2 else "side"
                return [NextPageTemplate(kind), PageBreak(), NextPageTemplate("portrait"), _Sideways(flows)]

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table_flows(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for c in row.content:
                    if isinstance(c, source.Table):
                        story += table_flows(c)
                    else:
                        story.append(field_para(c, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.pageTemplates[1].rotation = 90
        doc.build(story)
        return truth

    out = build_until_stable(once)
    out["extra_columns"] = extra
    return out
