"""One more house style for the layout zoo (see zoo.py), held out: a province's project
factsheets in landscape, the page split in two halves that flow independently.

- halves: A4 LANDSCAPE, margins 1.5 cm, a 1 cm gutter between two HALVES: the left half 60 %
          of the text width, the right half 40 %; a thin grey vertical rule in the middle of
          the gutter over the halves' full height. Header band on every page (in the top
          margin): "Provincie - Regio Deal <Name>" in 8pt grey at the top left, the project's
          theme at the top right, a hairline under it; the page number centred in 8pt at the
          foot.
          Each project opens a new page: its title in 16pt bold across both halves, then the
          two halves under it. LEFT: the project's fields in order, the label in 9.5pt bold
          dark green on its own line, the paragraphs in 9pt on 11.5pt (list items as
          transcribed, marker included, on a hanging indent), a table that stands in a field
          left out. RIGHT: "Financiering" in 11pt bold, then every table of the project in the
          transcription's order (those in fields too), each under a caption with its label
          (and "(bij <field label>)" for a table in a field), at the half's width: 7.5pt, a
          0.3pt grey grid round every cell, the header on a light green fill (a group header
          such as "Publiek" centred over its members), the column headers ABBREVIATED where
          the full header does not fit its column on one line ("Totaal EUR" -> "Totaal",
          "Privaat" -> "Priv.", "Onderwijs" -> "Ond.", "Gemeenten" -> "Gem.", "Provincie" ->
          "Prov.", "Overig Publiek" -> "Overig"; any other name cut after its first
          consonant cluster: "Bedrijven" -> "Bedr.", "Waterschap" -> "Wat."), body cells as
          transcribed (amounts right-aligned, words left), the Totaal row bold; the table's
          footnotes under it in 6.5pt; the project's notes in 6.5pt under its last table.
          The halves flow INDEPENDENTLY: a half that runs past the page goes on in the same
          half of the next page, under the title repeated as "<title> (vervolg)" in 11pt bold
          across both halves; a table breaks between body rows with its header lines
          repeated. A project's pages run until both halves have ended; the next project
          opens a new page.

Every body cell is printed as transcribed (only column headers are abbreviated), in the
transcription's table order: the truth record is the plain one. A project's last page is
the last on which either half draws its content.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from . import source
from .zoo_agency import _col_widths
from .zoo_common import Truth, dossier_name, font_for, is_total, meta, notes_at_end, para, register_fonts
from .zoo_percent import amount

WIDTH, HEIGHT = landscape(A4)
MARGIN = 1.5 * cm
GUTTER = 1.0 * cm
TW = WIDTH - 2 * MARGIN
LEFT_W = (TW - GUTTER) * 0.6
RIGHT_W = (TW - GUTTER) * 0.4
RIGHT_X = MARGIN + LEFT_W + GUTTER
TOP_Y = HEIGHT - MARGIN  # the text block's top edge
TITLE_GAP = 10.0  # between the title and the halves

SANS, BOLD = "Helvetica", "Helvetica-Bold"
GREEN = colors.HexColor("#1E5631")
HEAD_FILL = colors.HexColor("#DCEFD9")
GREY = colors.HexColor("#6E6E6E")
RULE_GREY = colors.HexColor("#9A9A9A")
TSIZE = 7.5
PAD = 3.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")

# The house's abbreviations of funding sources (by the header's first word); other names
# are cut after their first consonant cluster, which gives the same "Priv.", "Ond.", "Gem."
_HOUSE = [("totaal", "Totaal"), ("priv", "Priv."), ("onderw", "Ond."), ("gem", "Gem."),
          ("prov", "Prov."), ("overig", "Overig"), ("rijk", "Rijk")]
_CUT = re.compile(r"(?i)[^aeiouy]*[aeiouy]+[^aeiouy]*")


def short_header(text: str) -> str:
    words = text.split()
    if not words:
        return text
    first = words[0].rstrip(".")
    for prefix, word in _HOUSE:
        if first.lower().startswith(prefix):
            return word
    if len(first) <= 6 or not first.isalpha():
        return first
    return _CUT.match(first).group(0) + "."


def _styles() -> dict:
    def st(name, font=SANS, size=9.0, leading=11.5, **kw):
        return ParagraphStyle(f"hv-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.2
    return {
        "title": st("title", BOLD, 16, 19.5),
        "vervolg": st("vervolg", BOLD, 11, 13.5),
        "label": st("label", BOLD, 9.5, 12, textColor=GREEN, spaceBefore=7, spaceAfter=2),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=3, leftIndent=12, firstLineIndent=-12),
        "fin": st("fin", BOLD, 11, 13.5, spaceAfter=6),
        "caption": st("caption", BOLD, 8, 10, spaceBefore=6, spaceAfter=3),
        "thead": st("th", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, TSIZE, tl, alignment=TA_CENTER),
        "tbody": st("tb", SANS, TSIZE, tl, alignment=TA_LEFT),
        "tbody_b": st("tbb", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "tamount": st("ta", SANS, TSIZE, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "note": st("note", SANS, 6.5, 8, spaceBefore=2),
        "note_more": st("notem", SANS, 6.5, 8, leftIndent=8),
    }


# --- the right half: funding tables ------------------------------------------------------


def _fits(text, style, width) -> bool:
    return stringWidth(text, font_for(text, style.fontName), style.fontSize) <= width


def _table(t: source.Table, field_label, st, rec) -> list:
    """Caption, the fully ruled table at the right half's width, its footnotes."""
    n, lines = t.columns, max(len(t.header), 1)
    widths = _col_widths(t, short_header, RIGHT_W, st, PAD, label_share=0.3, min_label=56.0)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.3, RULE_GREY),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        style = st["tgroup" if h.columns > 1 else "thead"]
        room = sum(widths[h.column:h.column + h.columns]) - 2 * PAD
        # the full header where it fits its column on one line, else the house's short form
        text = h.text if _fits(h.text, style, room) else short_header(h.text)
        rows[h.line][h.column] = para(text, style, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = "_b" if is_total(body[0]) else ""
        row = [para(body[0], st["tbody" + bold], rec)]
        for text in body[1:]:
            kind = "tamount" if amount(text) is not None else "tbody"
            row.append(para(text, st[kind + bold], rec))
        rows.append(row)
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    caption = t.label + (f" (bij {field_label})" if field_label else "")
    cap = para(caption, st["caption"], rec)
    cap._keep_next = True
    out = [cap, Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                      hAlign="LEFT")]
    out += [para(f, st["note"], rec) for f in t.footnotes]
    return out


def _right_story(pr: source.Project, st, rec) -> list:
    fin = para("Financiering", st["fin"], rec)
    fin._keep_next = True
    story = [fin]
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += _table(row, None, st, rec)
        else:
            for item in row.content:
                if isinstance(item, source.Table):
                    story += _table(item, row.label, st, rec)
    story += notes_at_end(pr, rec, st["note"], st["note_more"])
    return story


# --- the left half: fields ------------------------------------------------------------


def _left_story(pr: source.Project, st, rec) -> list:
    story: list = []
    for row in pr.rows:
        if not isinstance(row, source.Field):
            continue
        label = para(row.label, st["label"], rec)
        label._keep_next = True
        story.append(label)
        for item in row.content:
            if isinstance(item, str):
                story.append(para(item, st["item" if _LIST_ITEM.match(item) else "body"], rec))
    return story


# --- two independent flows -------------------------------------------------------------


def _room_after(frame, head, nxt, canv) -> bool:
    """Whether `nxt` (or its first part) still fits in `frame` after `head`."""
    avail = frame._y - frame._y1p - (0 if frame._atTop else head.getSpaceBefore())
    h = head.wrap(frame._aW, avail)[1] + head.getSpaceAfter() + nxt.getSpaceBefore()
    rest = avail - h
    if rest <= 0:
        return False
    if nxt.wrap(frame._aW, rest)[1] <= rest:
        return True
    return bool(nxt.split(frame._aW, rest))


def _fill(frame: Frame, story: list, canv) -> None:
    """Feed `story` into `frame` until the frame is full: a flowable that does not fit is
    split, its rest left at the head of the story; a label or caption is not left last."""
    while story:
        head = story[0]
        if (getattr(head, "_keep_next", False) and len(story) > 1 and not frame._atTop
                and not _room_after(frame, head, story[1], canv)):
            return
        if frame.add(head, canv, trySplit=1):
            story.pop(0)
            continue
        parts = frame.split(head, canv)
        if not parts or not frame.add(parts[0], canv, trySplit=1):
            if frame._atTop:
                raise LayoutError(f"{type(head).__name__} does not fit an empty half")
            return
        story[0:1] = parts[1:]
        return


def render_halves(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    band = f"Provincie - Regio Deal {dossier_name(dossier)}".replace("  ", " ")
    truth = Truth(dossier, "halves")
    info = meta(dossier, "halves")
    canv = Canvas(str(pdf_path), pagesize=(WIDTH, HEIGHT), invariant=1)
    canv.setTitle(info["title"])
    canv.setAuthor(info["author"])
    canv.setSubject(info["subject"])
    canv.setCreator(info["creator"])

    def furniture(theme, halves_top):
        canv.saveState()
        canv.setFillColor(GREY)
        base = HEIGHT - 0.95 * cm
        canv.setFont(font_for(band, SANS), 8)
        canv.drawString(MARGIN, base, band)
        canv.setFont(font_for(theme, SANS), 8)
        canv.drawRightString(WIDTH - MARGIN, base, theme)
        canv.setStrokeColor(RULE_GREY)
        canv.setLineWidth(0.25)
        canv.line(MARGIN, base - 4, WIDTH - MARGIN, base - 4)
        canv.setFillColor(colors.black)
        canv.setFont(SANS, 8)
        canv.drawCentredString(WIDTH / 2, 0.8 * cm, str(canv.getPageNumber()))
        x = MARGIN + LEFT_W + GUTTER / 2  # the rule in the middle of the gutter
        canv.setLineWidth(0.4)
        canv.line(x, MARGIN, x, halves_top)
        canv.restoreState()

    for p, pr in enumerate(dossier.projects):
        rec = truth.content(p)
        left, right = _left_story(pr, st, rec), _right_story(pr, st, rec)
        first = True
        while first or left or right:
            # the title (or its "(vervolg)" line) across both halves, the halves under it
            head = (para(pr.title, st["title"], truth.heading(p)) if first
                    else para(f"{pr.title} (vervolg)", st["vervolg"]))
            h = head.wrap(TW, HEIGHT)[1]
            head.drawOn(canv, MARGIN, TOP_Y - h)
            top = TOP_Y - h - TITLE_GAP
            furniture(pr.theme, top)
            for x, w, story in ((MARGIN, LEFT_W, left), (RIGHT_X, RIGHT_W, right)):
                frame = Frame(x, MARGIN, w, top - MARGIN, leftPadding=0, rightPadding=0,
                              topPadding=0, bottomPadding=0)
                _fill(frame, story, canv)
            truth.pages = canv.getPageNumber()
            canv.showPage()
            first = False
    canv.save()
    return truth.record()
