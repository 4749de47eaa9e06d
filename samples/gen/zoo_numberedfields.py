"""One more house style for the layout zoo (see zoo.py), held out: a province's project
format ("projectformat") that a design agency built in InDesign, in which every field is a
NUMBERED STEP OF THE TEMPLATE: the number a CIRCLED-DIGIT CHARACTER ("①", "②", the
template's numbered-list style) hanging in the left margin, the field's label beside it in
plain (not bold) coloured type.

- numberedfields: A4 portrait, margins 3.0 cm left (the circles hang in it), 2.0 cm right,
          2.5 cm top, 2.3 cm bottom (a 16.0 cm text column). Helvetica (DejaVu Sans for a
          paragraph holding a character it lacks) 9.5pt on 13.5pt, ragged right, 4pt after
          each paragraph; a list item keeps the source's marker and hangs on it (12pt).
          Each theme has an ACCENT colour (the themes numbered in order of first appearance,
          coloured from #00747A, #B5472D, #3D5A99, #7A8B1F, #8A3E78).
          Running header 1.5 cm from the top edge: "Projectformat Regio Deal <Name>" in 7.5pt
          grey at the right margin; footer 1.2 cm from the bottom edge: "versie 3 – maart
          2019" at the left margin and "pagina N" at the right margin, 7.5pt grey; no rules.
          Page 1: "Projectformat" in 24pt Helvetica, "Regio Deal <Name>" in 14pt grey, one
          sentence of introduction (no amounts), then the transcription's contents heading in
          11pt bold and one line per project: its title and, at the right margin, its page.
          Each project OPENS A NEW PAGE: "Project <k>" in 8pt capitals (Helvetica-Bold,
          accent) over the title in 17pt Helvetica-Bold near black, the theme in 9pt
          Helvetica-Oblique grey under it, a 0.75pt accent rule across the text column 6pt
          under the theme, 10pt above the first field.
          FIELDS ARE NUMBERED STEPS: each field's label in Helvetica 11pt REGULAR (not bold),
          in the accent colour, as transcribed (sentence case, no colon), on a line of its
          own at the text column's left edge, 12pt above it, 3pt under it; the STEP NUMBER
          (1, 2, 3 ... counting the project's fields; the investment tables are not numbered)
          HANGS IN THE MARGIN left of the label as the Unicode ENCLOSED-ALPHANUMERIC
          character of that number (U+2460 onwards: "①", "②", ... "⑨"; text, not a drawn
          circle) in DejaVu Sans 13pt (the stand-in for the template's symbol font) in the
          accent colour, its right edge 5pt left of the text column, on the label's
          baseline (the text reads "① Naam Project", the glyph in a font of its own,
          larger than the label).
          The field's paragraphs under the label in the text column; the label is
          kept with its field's first lines; a label wider than the column wraps (14pt
          lines).
          TABLES (the investment tables and those inside a field, where they stand) across
          the text column, 8.5pt Helvetica (down to 7pt where the columns need it): the
          header line(s) on a light tint of the accent (15%), the header texts Helvetica-Bold
          in the accent colour, the table's label in the corner cell, single headers right-
          aligned over a column holding digits, left-aligned over words, a group header
          ("Publiek") centred over its members; a 1.2pt accent rule under the header;
          DOTTED grey rules (0.5pt, round dots 2pt apart) under every body row; the Totaal
          row in bold with a 0.8pt accent rule above it; no vertical rules.
          Row labels left, amounts right-aligned exactly as transcribed, words left-aligned.
          Header lines repeated where a table breaks over a page. Table footnotes under the
          table in 7.5pt grey. The project's notes at its end in 7.5pt, each "<mark> <text>".

The transcription's page breaks are not reproduced. The step numbers are no part of the
labels: the truth record is the plain one (every cell printed as transcribed, no "raw", no
"field_labels"). A project runs from its opening page to the page of its last field text,
table cell or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    is_total,
    meta,
    page_of,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 3.0 * cm, 2.0 * cm, 2.5 * cm, 2.3 * cm
FW = WIDTH - ML - MR                      # 16.0 cm
SANS, BOLD, OBL = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SIZE, LEAD = 9.5, 13.5
LABEL_SIZE = 11.0
GLYPH_FONT, GLYPH_SIZE, GLYPH_GAP = "DejaVuSans", 13.0, 5.0

INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#707070")
DOTS = colors.HexColor("#9A9A9A")
ACCENTS = ["#00747A", "#B5472D", "#3D5A99", "#7A8B1F", "#8A3E78"]


def _tint(hex_colour: str, share: float):
    c = colors.HexColor(hex_colour)
    return colors.Color(1 - (1 - c.red) * share, 1 - (1 - c.green) * share, 1 - (1 - c.blue) * share)


class _Step(Flowable):
    """A field's label on a line of its own with its step number in a circle hanging in the
    margin left of it."""

    def __init__(self, label: str, number: int, accent, rec):
        super().__init__()
        self.label, self.number, self.accent, self.rec = label, number, accent, rec
        self.font = font_for(label, SANS)
        self.spaceBefore, self.spaceAfter = 12, 3
        self.keepWithNext = 1

    def wrap(self, aW, aH):
        self.aW = aW
        self.lines = self._lines(aW)
        self.height = 14.0 * len(self.lines)
        return aW, self.height

    def _lines(self, width):
        lines, cur = [], ""
        for word in self.label.split():
            joined = f"{cur} {word}" if cur else word
            if cur and stringWidth(joined, self.font, LABEL_SIZE) > width:
                lines.append(cur)
                cur = word
            else:
                cur = joined
        return lines + [cur] if cur else lines or [""]

    def draw(self):
        c = self.canv
        base = self.height - LABEL_SIZE
        c.saveState()
        c.setFillColor(self.accent)
        c.setFont(self.font, LABEL_SIZE)
        for k, line in enumerate(self.lines):
            c.drawString(0, base - 14.0 * k, line)
        glyph = chr(0x2460 + self.number - 1)  # ①, ②, ... (up to ⑳)
        c.setFont(GLYPH_FONT, GLYPH_SIZE)
        c.drawString(-GLYPH_GAP - stringWidth(glyph, GLYPH_FONT, GLYPH_SIZE), base, glyph)
        c.restoreState()

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self.rec:
            self.rec(canv.getPageNumber())


class _Rule(Flowable):
    def __init__(self, colour, width=0.75, space_before=6, space_after=10):
        super().__init__()
        self.colour, self.lw = colour, width
        self.spaceBefore, self.spaceAfter = space_before, space_after

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.lw

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.lw)
        self.canv.line(0, self.lw / 2, self.aW, self.lw / 2)


def _styles() -> dict:
    def s(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        kw.setdefault("textColor", INK)
        return ParagraphStyle(f"nf-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(size, accent):
        lead = round(size * 1.25, 2)
        return {"tlabel": s(f"tl{size}{accent}", BOLD, size, lead, textColor=colors.HexColor(accent)),
                "thead": s(f"th{size}{accent}", BOLD, size, lead, alignment=TA_RIGHT,
                           textColor=colors.HexColor(accent)),
                "tgroup": s(f"tg{size}{accent}", BOLD, size, lead, alignment=TA_CENTER,
                            textColor=colors.HexColor(accent)),
                "tbody": s(f"tb{size}", SANS, size, lead), "tbody_b": s(f"tbb{size}", BOLD, size, lead),
                "tamount": s(f"ta{size}", SANS, size, lead, alignment=TA_RIGHT),
                "tamount_b": s(f"tab{size}", BOLD, size, lead, alignment=TA_RIGHT)}

    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", leftIndent=12, bulletIndent=0, spaceAfter=4),
        "kicker": s("kicker", BOLD, 8, 10),
        "title": s("title", BOLD, 17, 21, spaceBefore=2),
        "theme": s("theme", OBL, 9, 12, textColor=GREY, spaceBefore=2),
        "cover": s("cover", SANS, 24, 28),
        "cover2": s("cover2", SANS, 14, 18, textColor=GREY, spaceBefore=2, spaceAfter=14),
        "intro": s("intro", spaceAfter=18),
        "toch": s("toch", BOLD, 11, 14, spaceAfter=6),
        "toc": s("toc", SANS, 9.5, 13),
        "tocp": s("tocp", SANS, 9.5, 13, alignment=TA_RIGHT),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, textColor=GREY, spaceBefore=2),
        "note": s("note", SANS, 7.5, 9.5, spaceAfter=1.5),
        "table": table,
    }


def _paragraph(text: str, st, rec):
    m = LIST_ITEM.match(text)
    style = st["item"] if m else st["body"]
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, style, rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def _widths(t: source.Table, ts, width: float, pad: float) -> list[float] | None:
    """The value columns as wide as their widest amount or header word, sharing what is left
    equally with the row labels' column (at least 30% of the width); None where that does not fit."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], max((stringWidth(w, BOLD, ts["thead"].fontSize)
                                                             for w in h.text.split()), default=0))
    for body in t.rows:
        for j, c in enumerate(body[1:]):
            need[j] = max(need[j], min(stringWidth(c, BOLD, ts["tamount"].fontSize), 70.0))
    need = [w + 2 * pad + 2 for w in need]
    rest = width - sum(need)
    if rest < 0.3 * width:
        return None
    label = max(0.3 * width, min(0.42 * width, rest))
    extra = (rest - label) / n
    return [label] + [w + extra for w in need]


def _table(t: source.Table, st, rec, accent: str) -> list:
    pad = 3.0
    for size in (8.5, 8.0, 7.5, 7.0):
        ts = st["table"](size, accent)
        widths = _widths(t, ts, FW, pad)
        if widths is not None:
            break
    else:
        widths = [0.3 * FW] + [0.7 * FW / t.columns] * t.columns
    n, lines = t.columns, max(len(t.header), 1)
    colour = colors.HexColor(accent)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans, cmds = [], []
    rows[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    amounts = [any(any(ch.isdigit() for ch in b[j + 1]) for b in t.rows if j + 1 < len(b)) for j in range(n)]
    for h in t.header_cells():
        hs = ts["tgroup"] if h.columns > 1 else ts["thead"] if amounts[h.column - 1] else ts["tlabel"]
        rows[h.line][h.column] = para(h.text, hs, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for r, body in enumerate(t.rows):
        bold = is_total(body[0])
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        row = [para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
        for j, c in enumerate(cells):
            key = ("tamount" if amounts[j] or c.strip() in ("-", "–") else "tbody") + ("_b" if bold else "")
            row.append(para(c, ts[key], rec))
        rows.append(row)
        if bold:
            cmds.append(("LINEABOVE", (0, lines + r), (-1, lines + r), 0.8, colour))
    cmds += [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("BACKGROUND", (0, 0), (-1, lines - 1), _tint(accent, 0.15)),
             ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
             ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
             ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.2, colour),
             ("LINEBELOW", (0, lines), (-1, -1), 0.5, DOTS, 1, (0.01, 2)),
             ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def render_numberedfields(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    themes: dict[str, str] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, ACCENTS[len(themes) % len(ACCENTS)])

    def once(info):
        truth = Truth(dossier, "numberedfields")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "numberedfields"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 7.5)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MR, HEIGHT - 1.5 * cm, f"Projectformat Regio Deal {name}")
            canv.drawString(ML, 1.2 * cm, "versie 3 – maart 2019")
            canv.drawRightString(WIDTH - MR, 1.2 * cm, f"pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page)])
        story: list = [para("Projectformat", st["cover"]), para(f"Regio Deal {name}", st["cover2"]),
                       para(f"Dit document bevat de projectvoorstellen van de Regio Deal {name}, ingevuld "
                            f"volgens het provinciale projectformat. Elk project doorloopt dezelfde "
                            f"genummerde onderdelen.", st["intro"]),
                       para(dossier.toc_heading, st["toch"])]
        for p, pr in enumerate(dossier.projects):
            story.append(Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["tocp"])]],
                               colWidths=[FW - 1.5 * cm, 1.5 * cm], hAlign="LEFT",
                               style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                 ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            accent = themes[pr.theme]
            colour = colors.HexColor(accent)
            story += [PageBreak(),
                      para(f"PROJECT {p + 1}", ParagraphStyle(f"nf-k{accent}", st["kicker"], textColor=colour),
                           truth.heading(p)),
                      para(pr.title, st["title"], rec), para(pr.theme, st["theme"], rec), _Rule(colour)]
            k = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, accent)
                    continue
                k += 1
                story.append(_Step(row.label, k, colour, rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, accent)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
