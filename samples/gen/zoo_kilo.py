"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a
management consultancy's slide-like report, amounts written the way consultants write them.

- kilo: A4 LANDSCAPE with a 16:9-ish content area (25.6 cm wide, margins 2.05 cm left and
        right), a slim accent bar across the top edge of every page, a running line
        "Regio Deal <name> · Projectvoorstellen" top left in 8pt grey, footer
        "Meridiaan Strategy Partners | Vertrouwelijk" left and the page number right (8pt
        grey, over a thin rule). Page 1 is a title slide (the deck's title in 30pt, a
        subtitle, the firm and the date). Each project starts a new page: its title as a BIG
        title (22pt bold, navy) on the left, its THEME AS A COLOURED TAG level with the title at
        the right edge (a rounded box, white 8.5pt bold text, one colour per theme); a
        project takes 1-3 pages, flowing on. Fields as slides' bullet text: the label as a
        SMALL CAPS line (capitals at 10pt, the other letters as capitals at 8pt, accent
        colour, bold), each of the field's paragraphs in DejaVu Sans 11pt on 15pt with a
        small square bullet drawn (not a character) before it (a paragraph that starts with
        its own list marker keeps it and gets no square); text column 1.5 cm short of the
        right edge. Project notes at the end of the project in 8pt grey.
        TABLES across the content width in DejaVu Sans 9.5pt (the row-label column 30%, the
        value columns sharing the rest, each at most 3.6 cm; left-aligned): every header line
        on a DARK NAVY BAND, header texts ("Totaal", "Privaat", ... as in the source) in
        WHITE BOLD, leaf headers right-aligned, group headers centred; thin light-grey
        rules between body rows; the Totaal row bold with a navy rule above it. Header lines
        repeated where a table breaks over a page. Table footnotes under the table in 8pt.
        AMOUNTS PER CELL IN COMPACT NOTATION (no "bedragen x € 1.000"), a deterministic
        function of the transcribed cell: a bare amount (a "€ " before it or not, marks
        after it kept) of at least 1 million is "€ X,YZM" with as many decimals as needed to
        be exact, at most three ("1.650.000" -> "€ 1,65M", "2.000.000" -> "€ 2M",
        "1.125.000" -> "€ 1,125M"), else written in full ("4.662.780" -> "€ 4.662.780");
        at least 1.000 and in exact thousands "€ 450k" ("80.000**" -> "€ 80k**"), other
        thousands in full ("€ 3.388"); below 1.000 "€ 550"; a nil "-" / ".-" is an en dash
        "–" (marks kept); an amount the source writes with "mln." ("2 mln.",
        "€ 2,8 mln."), words and empty cells stay as written. Amounts right-aligned, words
        left-aligned. Tables inside a field are drawn the same way.
        The truth records, in its "raw" object, every cell printed otherwise than the
        transcription (keyed as tests/golden/<dossier>_cells.csv keys cells); the value stays
        the transcription's value (a reader that parses "€ 1,65M" as 1.650.000 scores right).
"""

from __future__ import annotations

import re
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_common import (build_until_stable, cell_list, Doc, dossier_name, font_for, is_total, meta,
                         para, register_fonts, Truth)

WIDTH, HEIGHT = landscape(A4)
MARGIN_X = 2.05 * cm
TOP, BOTTOM = 3.0 * cm, 2.2 * cm
FW = WIDTH - 2 * MARGIN_X
NAVY = colors.HexColor("#1F2A44")
ACCENT = colors.HexColor("#0F7C8C")
GREY = colors.HexColor("#707070")
RULE = colors.HexColor("#C9CED6")
PALETTE = [colors.HexColor(c) for c in
           ("#0F7C8C", "#C0504D", "#E08A1E", "#6A4C93", "#3A7D44", "#2E5EAA", "#8C6D1F")]
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
FIRM = "Meridiaan Strategy Partners"
DATE = "november 2026"

_AMOUNT = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})*)(\**)")
_NIL = re.compile(r"[.,]?-(\**)")
_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _grouped(v: int) -> str:
    return f"{v:,}".replace(",", ".")


def printed(text: str) -> str:
    """How the consultancy writes a transcribed cell."""
    s = text.strip()
    if m := _AMOUNT.fullmatch(s):
        v, marks = int(m.group(1).replace(".", "")), m.group(2)
        if v >= 1_000_000:
            q = (Decimal(v) / Decimal(1_000_000)).normalize()
            exp = -q.as_tuple().exponent
            if exp <= 3:
                whole, _, frac = f"{q:f}".partition(".")
                return f"€ {whole}{',' + frac if frac else ''}M{marks}"
            return f"€ {_grouped(v)}{marks}"
        if v >= 1000 and v % 1000 == 0:
            return f"€ {v // 1000}k{marks}"
        return f"€ {_grouped(v)}{marks}"
    if m := _NIL.fullmatch(s):
        return f"–{m.group(1)}"
    return text


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*\-–]*(mln\.?|[MkK])?[\s*]*", text.strip()))


def _styles() -> dict:
    return {
        "body": ParagraphStyle("k-body", fontName=SANS, fontSize=11, leading=15,
                               leftIndent=16, rightIndent=1.5 * cm, spaceAfter=5),
        "item": ParagraphStyle("k-item", fontName=SANS, fontSize=11, leading=15,
                               leftIndent=30, firstLineIndent=-14, rightIndent=1.5 * cm,
                               spaceAfter=5),
        "label": ParagraphStyle("k-label", fontName=BOLD, fontSize=10, leading=13,
                                textColor=ACCENT, spaceBefore=9, spaceAfter=3,
                                keepWithNext=1),
        "title": ParagraphStyle("k-title", fontName=BOLD, fontSize=22, leading=27,
                                textColor=NAVY),
        "cover": ParagraphStyle("k-cover", fontName=BOLD, fontSize=30, leading=36,
                                textColor=NAVY, spaceAfter=12),
        "cover2": ParagraphStyle("k-cover2", fontName=SANS, fontSize=15, leading=20,
                                 textColor=GREY, spaceAfter=40),
        "cover3": ParagraphStyle("k-cover3", fontName=BOLD, fontSize=11, leading=15,
                                 textColor=ACCENT),
        "tlabel": ParagraphStyle("k-tl", fontName=BOLD, fontSize=9.5, leading=12,
                                 textColor=colors.white),
        "thead": ParagraphStyle("k-th", fontName=BOLD, fontSize=9.5, leading=12,
                                textColor=colors.white, alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("k-tg", fontName=BOLD, fontSize=9.5, leading=12,
                                 textColor=colors.white, alignment=TA_CENTER),
        "tbody": ParagraphStyle("k-tb", fontName=SANS, fontSize=9.5, leading=12),
        "tbody_b": ParagraphStyle("k-tbb", fontName=BOLD, fontSize=9.5, leading=12),
        "tamount": ParagraphStyle("k-ta", fontName=SANS, fontSize=9.5, leading=12,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("k-tab", fontName=BOLD, fontSize=9.5, leading=12,
                                    alignment=TA_RIGHT),
        "ttext": ParagraphStyle("k-tt", fontName=SANS, fontSize=9.5, leading=12,
                                alignment=TA_LEFT),
        "ttext_b": ParagraphStyle("k-ttb", fontName=BOLD, fontSize=9.5, leading=12,
                                  alignment=TA_LEFT),
        "tfoot": ParagraphStyle("k-tf", fontName=SANS, fontSize=8, leading=10,
                                textColor=GREY, spaceBefore=2),
        "note": ParagraphStyle("k-note", fontName=SANS, fontSize=8, leading=10,
                               textColor=GREY, leftIndent=9, firstLineIndent=-9,
                               spaceAfter=1.5),
    }


def _small_caps(text: str) -> str:
    """Markup setting `text` in (simulated) small capitals: capitals at 10pt, the other
    letters as capitals at 8pt."""
    out, run, small = [], "", None
    for ch in text:
        is_small = ch.upper() != ch  # a lower-case letter
        if small is not None and is_small != small:
            out.append(f'<font size="8">{escape(run.upper())}</font>' if small else escape(run))
            run = ""
        small = is_small
        run += ch
    if run:
        out.append(f'<font size="8">{escape(run.upper())}</font>' if small else escape(run))
    return "".join(out)


class Bulleted(Flowable):
    """A paragraph with a small square bullet drawn before its first line."""

    def __init__(self, body, size=4.2):
        super().__init__()
        self.body, self.size = body, size

    def wrap(self, aw, ah):
        self.width, self.height = self.body.wrap(aw, ah)
        return self.width, self.height

    def split(self, aw, ah):
        parts = self.body.split(aw, ah)
        return [Bulleted(parts[0]), *parts[1:]] if parts else []

    def getSpaceBefore(self):
        return self.body.getSpaceBefore()

    def getSpaceAfter(self):
        return self.body.getSpaceAfter()

    def drawOn(self, canv, x, y, _sW=0):
        self.body.drawOn(canv, x, y)
        st = self.body.style
        canv.saveState()
        canv.setFillColor(ACCENT)
        base = y + self.height - st.fontSize  # first line's baseline, roughly
        canv.rect(x + 3, base + 2.2, self.size, self.size, stroke=0, fill=1)
        canv.restoreState()


class Tag(Flowable):
    """The theme as a coloured rounded tag."""

    def __init__(self, text, colour, rec):
        super().__init__()
        self.text, self.colour, self.rec = text, colour, rec
        self.font = font_for(text, BOLD)

    def wrap(self, aw, ah):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        self.width = min(aw, stringWidth(self.text, self.font, 8.5) + 16)
        self.height = 17
        return self.width, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.colour)
        c.roundRect(0, 0, self.width, self.height, 4, stroke=0, fill=1)
        c.setFillColor(colors.white)
        c.setFont(self.font, 8.5)
        c.drawCentredString(self.width / 2, 5.3, self.text)
        c.restoreState()
        if self.rec:
            self.rec(c.getPageNumber())


def _table(t: source.Table, st, rec, width: float) -> list:
    n = t.columns
    lines = max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = []
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:]) + [""] * (n + 1 - len(body)):
            out = printed(text)
            key = ("tamount" if _numeric(out) else "ttext") + ("_b" if bold else "")
            row.append(para(out, st[key], rec))
        rows.append(row)
    label_w = max(0.3 * width, width - n * 3.6 * cm)
    widths = [label_w] + [(width - label_w) / n] * n
    cmds += [("BACKGROUND", (0, 0), (-1, lines - 1), NAVY),
             ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
             ("VALIGN", (0, lines), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
             ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
             ("LINEBELOW", (0, lines), (-1, -1), 0.4, RULE)]
    for k, body in enumerate(t.rows):
        if is_total(body[0]):
            cmds.append(("LINEABOVE", (0, lines + k), (-1, lines + k), 1.1, NAVY))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [Spacer(0, 8), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _raw_record(dossier: source.Dossier) -> dict:
    """Cells printed otherwise than transcribed, keyed as the hand-written cell list keys
    them ("<project>|<table>|<row>|<column>")."""
    titles = {pr.title for pr in dossier.projects}
    out = {}
    for g in cell_list(dossier):
        if g["project"] in titles and printed(g["raw"]) != g["raw"]:
            out[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = printed(g["raw"])
    return out


def _paragraph(text: str, st, rec):
    if _LIST_ITEM.match(text):
        return para(text, st["item"], rec)
    return Bulleted(para(text, st["body"], rec))


def render_kilo(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name} · Projectvoorstellen".replace("  ", " ")
    themes: dict[str, int] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, len(themes))

    def once(info):
        truth = Truth(dossier, "kilo")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "kilo"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(NAVY)
            canv.rect(0, HEIGHT - 0.35 * cm, WIDTH, 0.35 * cm, stroke=0, fill=1)
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, SANS), 8)
            canv.drawString(MARGIN_X, HEIGHT - 1.3 * cm, running)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN_X, 1.45 * cm, WIDTH - MARGIN_X, 1.45 * cm)
            canv.setFont(SANS, 8)
            canv.drawString(MARGIN_X, 1.0 * cm, f"{FIRM} | Vertrouwelijk")
            canv.drawRightString(WIDTH - MARGIN_X, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def cover(canv, d):
            canv.saveState()
            canv.setFillColor(NAVY)
            canv.rect(0, 0, 1.1 * cm, HEIGHT, stroke=0, fill=1)
            canv.setFillColor(ACCENT)
            canv.rect(1.1 * cm, 0, 0.25 * cm, HEIGHT, stroke=0, fill=1)
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        cover_frame = Frame(MARGIN_X + 1.5 * cm, BOTTOM, FW - 1.5 * cm, HEIGHT - TOP - BOTTOM,
                            leftPadding=0, rightPadding=0, topPadding=4 * cm, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("cover", [cover_frame], onPage=cover),
                              PageTemplate("page", [frame], onPage=furniture)])
        from reportlab.platypus import NextPageTemplate
        story: list = [NextPageTemplate("page"),
                       para(f"Regio Deal {name}".strip(), st["cover"]),
                       para("Projectvoorstellen: inhoud en financiering", st["cover2"]),
                       para(FIRM, st["cover3"]),
                       para(DATE, st["tbody"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            tag = Tag(pr.theme, PALETTE[themes[pr.theme] % len(PALETTE)], rec)
            tag_w = min(tag.wrap(FW * 0.35, 100)[0] + 6, FW * 0.35)
            head = Table([[para(pr.title, st["title"], truth.heading(p)), tag]],
                         colWidths=[FW - tag_w, tag_w],
                         style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("ALIGN", (1, 0), (1, 0), "RIGHT"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
            story += [head, Spacer(0, 10)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                    continue
                story.append(para(row.label, st["label"], rec, markup=_small_caps(row.label)))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec, FW)
                    else:
                        story.append(_paragraph(item, st, rec))
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["note"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    raw = _raw_record(dossier)
    if raw:
        record["raw"] = raw
    return record
