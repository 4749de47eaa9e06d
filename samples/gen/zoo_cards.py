"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
"projectkaarten", an overview in which every project is a card.

- cards: A4 LANDSCAPE, 1.5 cm margins, a sans (Liberation Sans, else DejaVu Sans)
         throughout. Every page after the first holds one row of TWO CARD SLOTS side by
         side, each half the grid width minus a 0.8 cm gap (12.95 cm) and the full height
         of the content area (18 cm). A card is a rounded rectangle (radius 6pt, a 0.6pt
         grey border, white) with a coloured HEADER STRIP across its top (the colour of the
         project's theme, the themes numbered in order of first appearance and coloured
         from a fixed palette of six dark tones), holding the theme in small capitals (7pt,
         a light tint) and under it the title in bold 12pt white (a long title wraps). Under
         the strip, 8pt in, the project's fields: the label in bold 8pt in the theme colour
         on a line of its own (5pt above it, 1.5pt below), then its paragraphs in 8pt on
         10pt, ragged right, 3pt apart (a list item "1.", "(a)", "•" hanging on its marker).
         Tables (investment tables and those inside a field, which stay in their field) at
         the card's inner width in 7pt: the table's label over the row labels, value headers
         right aligned, a group header centred over its members with a thin rule under it,
         a 0.6pt rule above and under the header lines, 0.25pt grey rules between the body
         rows, a 0.6pt rule under the last; amounts right aligned; the Totaal row bold;
         table footnotes in 6.5pt under the table. A card holds as much as fits (a label is
         kept with the start of what follows it); the rest flows on into a CONTINUATION
         CARD in the next slot (the right slot after the left one, else the next page's left
         slot) whose strip repeats the theme and the title with " (vervolg)"; paragraphs and
         tables are split between cards (a table repeats its header lines). An investment
         table that does not fit whole in the rest of a card starts the next card slot. A
         new project starts in the next free slot, so the left card of a page may end one
         project and the right card start the next, or hold two short projects whole; a
         card's box always has the slot's full height. Project notes at the FOOT OF THE CARD
         where their mark stands, in 6.5pt under a short rule (notes whose mark is nowhere
         go with the project's last paragraph). Page 1: a title block ("Projectkaarten" in
         10pt capitals, "Regio Deal <name>" in bold 26pt, a rule) and the contents across
         the page: under the transcription's heading ("Inhoud", bold 13pt), each theme as a
         small-caps line in its colour with a colour chip, its projects' titles (10pt) with
         their page numbers at the right edge of the grid, a 0.25pt grey rule under each
         entry. Footer on every page: the page number centred, 8pt grey, 0.8 cm from the
         bottom edge.

The house prints every table cell as transcribed: the truth record has no "raw" texts. A
project's first page is the page of its first card, its last page that of its last card (a
page holding the end of one project and the start of the next is in both ranges).
"""

from __future__ import annotations

from collections import OrderedDict

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _small_caps
from .zoo_common import Doc, Truth, _words, build_until_stable, dossier_name, field_para, meta, page_of, para
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = landscape(A4)
MARGIN = 1.5 * cm
GRID = WIDTH - 2 * MARGIN          # 26.7 cm
GAP = 0.8 * cm                     # between the two card slots
CARD_W = (GRID - GAP) / 2          # 12.95 cm
CARD_H = HEIGHT - 2 * MARGIN       # 18 cm
PAD = 8.0                          # inside a card, left, right and bottom
STRIP_PAD = 6.0                    # inside the header strip, above and below
RADIUS = 6.0
BODY_TOP = 6.0                     # strip foot to the first label
NOTE_GAP = 8.0                     # room for the short rule above a card's notes
INNER = CARD_W - 2 * PAD

INK = colors.HexColor("#222222")
GREY = colors.HexColor("#707070")
BORDER = colors.HexColor("#A9AFB7")
RULE = colors.HexColor("#B8BDC4")
TINT = colors.HexColor("#DCE6EE")
PALETTE = [colors.HexColor(c) for c in
           ("#1F5F8B", "#2E7350", "#9A4A1C", "#5E3F86", "#7A6A12", "#2F5D6B")]



def _themes(dossier) -> OrderedDict:
    out: OrderedDict[str, int] = OrderedDict()
    for pr in dossier.projects:
        out.setdefault(pr.theme, len(out))
    return out


def _styles(sans: str, bold: str) -> dict:
    def style(name, font=sans, size=8.0, leading=10.0, **kw):
        return ParagraphStyle(f"cd-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", spaceAfter=3),
        "item": style("item", leftIndent=11, bulletIndent=0, bulletFontName=sans,
                      bulletFontSize=8, spaceAfter=3),
        "label": style("label", bold, 8, 10, spaceBefore=5, spaceAfter=1.5),
        "theme": style("theme", sans, 7, 9, textColor=TINT),
        "title": style("title", bold, 12, 14.5, textColor=colors.white),
        "note": style("note", sans, 6.5, 8, leftIndent=7, firstLineIndent=-7, spaceAfter=1),
        "note_more": style("notem", sans, 6.5, 8, leftIndent=7, spaceAfter=1),
        "tlabel": style("tl", bold, 7, 8.6),
        "thead": style("th", bold, 7, 8.6, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 7, 8.6, alignment=TA_CENTER),
        "tbody": style("tb", sans, 7, 8.6),
        "tbody_b": style("tbb", bold, 7, 8.6),
        "tamount": style("ta", sans, 7, 8.6, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 7, 8.6, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 6.5, 8, spaceBefore=2, spaceAfter=2),
        "cover_kicker": style("ck", sans, 10, 12, textColor=GREY),
        "cover_title": style("ctt", bold, 26, 30, textColor=PALETTE[0]),
        "toc_h": style("toch", bold, 13, 16, spaceBefore=18, spaceAfter=8),
        "toc_theme": style("toct", bold, 9, 11),
        "toc": style("toc", sans, 10, 13, leftIndent=14),
        "toc_page": style("tocp", sans, 10, 13, alignment=TA_RIGHT),
    }


def _table(t: source.Table, st: dict, rec) -> Table:
    """Table `t` at the card's inner width: thin rules, amounts right, Totaal bold."""
    pad = 2.5
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, INNER, st, pad)
    widths[-1] -= sum(widths) - INNER
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.6, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, INK)]
    if len(rows) > lines + 1:
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.25, RULE))
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


# --- the card layout ------------------------------------------------------------------


class _Card:
    """One card slot: its strip (theme, title), what stands in it, its notes."""

    def __init__(self, colour, theme_p, title_p):
        self.colour, self.theme_p, self.title_p = colour, theme_p, title_p
        th = theme_p.wrap(INNER, 1e6)[1]
        tt = title_p.wrap(INNER, 1e6)[1]
        self.strip = STRIP_PAD + th + 1.5 + tt + STRIP_PAD
        self.y = self.strip + BODY_TOP     # where the next item goes, down from the card top
        self.items: list[tuple] = []       # (flowable, top)
        self.notes: list = []
        self.notes_h = 0.0

    def note_height(self, paras) -> float:
        if not paras:
            return 0.0
        h = sum(p.wrap(INNER, 1e6)[1] + p.style.spaceAfter for p in paras)
        return h + (0.0 if self.notes else NOTE_GAP)

    def limit(self, paras=()) -> float:
        return CARD_H - PAD - self.notes_h - self.note_height(paras)

    def add_notes(self, paras) -> None:
        self.notes_h += self.note_height(paras)
        self.notes.extend(paras)


class _Layout:
    """Cards in slots: left, right, then the next page."""

    def __init__(self):
        self.pages: list[list[_Card]] = []

    def new_card(self, colour, theme_p, title_p) -> _Card:
        if not self.pages or len(self.pages[-1]) == 2:
            self.pages.append([])
        card = _Card(colour, theme_p, title_p)
        self.pages[-1].append(card)
        return card

    def project(self, items, head) -> None:
        """`items`: the project's flowables in order; `head(cont)` -> (colour, theme, title)."""
        card = self.new_card(*head(False))
        fresh = True                                 # nothing in the card yet
        queue = list(items)
        while queue:
            f = queue[0]
            gap = 0.0 if fresh else f.getSpaceBefore()
            notes = getattr(f, "_cd_notes", [])
            limit = card.limit(notes)
            h = f.wrap(INNER, 1e6)[1]
            if getattr(f, "_cd_label", False) and len(queue) > 1:
                # a label goes with the start of what follows it
                nxt = queue[1]
                room = card.limit(getattr(nxt, "_cd_notes", [])) - (card.y + gap + h +
                                                                    f.getSpaceAfter())
                nh = nxt.wrap(INNER, 1e6)[1]
                ok = nh <= room or (not getattr(nxt, "_cd_inv", False) and room > 12 and
                                    len(nxt.split(INNER, room)) >= 2)
                if not ok and not fresh:
                    card = self.new_card(*head(True))
                    fresh = True
                    continue
            if card.y + gap + h <= limit:
                card.items.append((f, card.y + gap))
                card.add_notes(notes)
                card.y += gap + h + f.getSpaceAfter()
                queue.pop(0)
                fresh = False
                continue
            if getattr(f, "_cd_inv", False) and not fresh:
                card = self.new_card(*head(True))    # the investment table starts a card
                fresh = True
                continue
            room = limit - (card.y + gap)
            parts = f.split(INNER, room) if room > 12 else []
            if len(parts) >= 2:
                first = parts[0]
                h1 = first.wrap(INNER, 1e6)[1]
                if notes:
                    words = _words(first) if isinstance(first, Paragraph) else []
                    mine = [q for q in notes if any(q._mark in w for w in words)]
                    parts[1]._cd_notes = [q for q in notes if q not in mine]
                    first._cd_notes = mine
                    card.add_notes(mine)
                for q in parts[1:]:
                    q._cd_inv = False
                card.items.append((first, card.y + gap))
                card.y += gap + h1
                queue[:1] = parts[1:]
            elif fresh:
                raise RuntimeError("an item does not fit in an empty card")
            card = self.new_card(*head(True))
            fresh = True


class _Page(Flowable):
    """One page of (one or two) cards."""

    def __init__(self, cards):
        super().__init__()
        self.cards = cards

    def wrap(self, aW, aH):
        return GRID, CARD_H

    def split(self, aW, aH):
        return []

    def draw(self):
        c = self.canv
        for k, card in enumerate(self.cards):
            x0 = k * (CARD_W + GAP)
            c.saveState()
            c.setFillColor(colors.white)
            c.setStrokeColor(BORDER)
            c.setLineWidth(0.6)
            c.roundRect(x0, 0, CARD_W, CARD_H, RADIUS, stroke=1, fill=1)
            c.setFillColor(card.colour)
            c.roundRect(x0, CARD_H - card.strip, CARD_W, card.strip, RADIUS, stroke=0, fill=1)
            c.rect(x0, CARD_H - card.strip, CARD_W, RADIUS, stroke=0, fill=1)
            c.setStrokeColor(BORDER)
            c.roundRect(x0, 0, CARD_W, CARD_H, RADIUS, stroke=1, fill=0)
            c.restoreState()
            th = card.theme_p.wrap(INNER, 1e6)[1]
            tt = card.title_p.wrap(INNER, 1e6)[1]
            card.theme_p.drawOn(c, x0 + PAD, CARD_H - STRIP_PAD - th)
            card.title_p.drawOn(c, x0 + PAD, CARD_H - STRIP_PAD - th - 1.5 - tt)
            for f, top in card.items:
                h = f.wrap(INNER, 1e6)[1]
                f.drawOn(c, x0 + PAD, CARD_H - top - h)
            if card.notes:
                heights = [p.wrap(INNER, 1e6)[1] for p in card.notes]
                y = PAD + sum(h + p.style.spaceAfter for h, p in zip(heights, card.notes))
                c.saveState()
                c.setStrokeColor(GREY)
                c.setLineWidth(0.4)
                c.line(x0 + PAD, y + 3, x0 + PAD + 2 * cm, y + 3)
                c.restoreState()
                for p, h in zip(card.notes, heights):
                    y -= h
                    p.drawOn(c, x0 + PAD, y)
                    y -= p.style.spaceAfter


class _Chip(Flowable):
    """The theme's colour chip before its line in the contents."""

    def __init__(self, colour):
        super().__init__()
        self.colour = colour

    def wrap(self, aW, aH):
        return 8, 8

    def draw(self):
        self.canv.setFillColor(self.colour)
        self.canv.rect(0, 0, 7, 7, stroke=0, fill=1)


# --- the style ------------------------------------------------------------------------


def render_cards(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold = _fonts()
    st = _styles(sans, bold)
    name = dossier_name(dossier)
    themes = _themes(dossier)

    def colour(pr):
        return PALETTE[themes[pr.theme] % len(PALETTE)]

    def text_para(text, rec):
        return field_para(text, st["body"], st["item"], rec)

    def note_paras(notes, rec):
        out = []
        for note in notes:
            for j, t in enumerate(note.text or ("",)):
                q = para(f"{note.mark} {t}" if j == 0 else t,
                         st["note"] if j == 0 else st["note_more"], rec)
                q._mark = note.mark
                out.append(q)
        return out

    def once(info):
        truth = Truth(dossier, "cards")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN,
                  rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
                  **meta(dossier, "cards"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 0.8 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, GRID, CARD_H, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])

        title = f"Regio Deal {name}".strip()
        story: list = [para("PROJECTKAARTEN", st["cover_kicker"]), Spacer(0, 2),
                       para(title, st["cover_title"]),
                       Table([[""]], colWidths=[GRID], rowHeights=[4], style=TableStyle(
                           [("LINEBELOW", (0, 0), (-1, -1), 1.2, PALETTE[0])])),
                       para(dossier.toc_heading, st["toc_h"])]
        rows, cmds, last_theme = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                if rows:
                    cmds.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 9))
                th = ParagraphStyle(f"cd-toct-{themes[pr.theme]}", st["toc_theme"],
                                    textColor=colour(pr))
                cmds.append(("SPAN", (1, len(rows)), (2, len(rows))))
                rows.append([_Chip(colour(pr)), para("", th, markup=_small_caps(pr.theme, 9)), ""])
            cmds.append(("LINEBELOW", (1, len(rows)), (-1, len(rows)), 0.25, RULE))
            rows.append(["", para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[12, GRID - 12 - 40, 40], hAlign="LEFT",
                           style=TableStyle([
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 2),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3)] + cmds)))
        story.append(PageBreak())

        layout = _Layout()
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)

            def head(cont, pr=pr, p=p, rec=rec):
                return (colour(pr), para("", st["theme"], rec, markup=_small_caps(pr.theme, 7)),
                        para(pr.title + (" (vervolg)" if cont else ""), st["title"],
                             rec if cont else truth.heading(p)))

            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            if loose:  # notes whose mark is nowhere: with the project's last paragraph
                last = [(r, i) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
                        for i, c in enumerate(row.content) if isinstance(c, str)]
                if last:
                    owner.setdefault(last[-1], []).extend(loose)
                    loose = []
            items: list = []
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    t = _table(row, st, rec)
                    t._cd_inv = True
                    items.append(t)
                    items += [para(f, st["tfoot"], rec) for f in row.footnotes]
                    continue
                lab = ParagraphStyle(f"cd-label-{themes[pr.theme]}", st["label"],
                                     textColor=colour(pr))
                q = para(row.label, lab, rec)
                q._cd_label = True
                items.append(q)
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        items.append(_table(item, st, rec))
                        items += [para(f, st["tfoot"], rec) for f in item.footnotes]
                        continue
                    q = text_para(item, rec)
                    if (r, i) in owner:
                        q._cd_notes = note_paras(owner[(r, i)], rec)
                    items.append(q)
            if loose:  # a project without any paragraph: its notes as the card's text
                items += note_paras(loose, rec)
            layout.project(items, head)
        story += [_Page(cards) for cards in layout.pages]
        doc.build(story)
        return truth

    return build_until_stable(once)
