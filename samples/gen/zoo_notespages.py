"""One more house style for the layout zoo (see zoo.py), held out: the projects presented to the
steering group as a SLIDE DECK, and the deck printed as NOTES PAGES (PowerPoint's / Impress's
"Print: Notes Pages" to PDF): every page one slide, the slide small in the upper half, the
speaker's notes, which hold the projects' prose, in 12pt under it.

- notespages: A4 portrait, one page per slide, as the notes master lays it out: the header
          "Regio Deal <Name> – stuurgroep" at the top left and the date "14-5-2019" at the top
          right (Helvetica 10pt grey, 1.2 cm under the top edge); the SLIDE IMAGE, a 16:9 slide
          (960 x 540 pt) scaled to 17 cm wide (scale 0.502, 17 x 9.56 cm), centred, its top
          2.1 cm under the top edge, framed by a 0.75pt black border; the NOTES BODY from 12.6 cm
          under the top edge to 2.5 cm over the foot, 2.1 cm from the left, 16.8 cm wide, in
          Helvetica 12pt on 14.4pt (DejaVu Sans where a paragraph has a character Helvetica
          lacks), 4pt after a paragraph, ragged right; the PAGE NUMBER (the slide number) at the
          bottom right in 12pt, 1.3 cm over the foot. The slide drawn on the page's canvas under
          a scale transform (text stays text), clipped to its frame.
          THE SLIDES (in slide units; on paper half the size): white, an 18pt-wide colour strip
          down the left edge in the theme's colour, the footer "Regio Deal <Name>" at the bottom
          left and the slide number at the bottom right in 12pt grey. Slide 1 is the deck's
          title ("Regio Deal <Name>" 40pt bold, "Projectvoorstellen" 24pt), its notes one
          paragraph of introduction. Then for every project:
          its TITLE SLIDE: the theme in 16pt grey capitals, the project's title in 30pt bold
          (#1F3864), and up to four BULLET KEYWORDS in 20pt (capitalised words taken from the
          notes printed under that slide: names of partners, places, programmes);
          CONTINUATION SLIDES, where the notes run on to a next page: the project's title in
          14pt grey at the top, as slide title (26pt bold) the label of the first field whose
          notes start on that page (else "<label of the running field> (vervolg)"), keywords
          as bullets (none of them a word of the
          project's title);
          a TABLE SLIDE for every table: the funding table (a table that is a row of the
          project) under the slide title "Financiering", a table inside a field under the
          field's label as slide title, the project's title in 14pt grey above; the table
          across the slide (864 pt) in SMALL TYPE: the largest of 12pt, 11pt, ... down to 7pt
          at which it fits the slide (on paper 6pt down to 3.5pt); a mid-blue (#4472C4) header
          with white bold text, the table's label in its top-left cell, a group header centred
          over its members; body rows banded (#E9EEF7 / #D0DAEE, PowerPoint's "Medium Style 2"
          look), white 1pt lines between cells; amounts right-aligned as transcribed; the
          Totaal row bold; the table's footnotes under it in the slide at 75 % of its type.
          THE NOTES: a project's fields in order, each field's first paragraph opening with
          its LABEL IN BOLD ending in a colon ("Partijen: 29 bedrijven, ..."), its further
          paragraphs plain; a field whose first paragraph is a list item or a table has its
          bold "Label:" on a line of its own; list items hang on their marker. The notes run
          on from page to page (each next page a continuation slide); a table stops them: the
          notes go on on the next page, under the table's slide. A project starts a new page
          (its title slide). Project notes (footnotes) after its last field, in 10pt.

Every cell prints as transcribed, in the slide's small type: the truth record is the plain one
(no "raw"). A project runs from the page of its title slide to the page of its last note text
or table slide.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Table, TableStyle

from . import source
from .zoo_common import (LIST_ITEM, Doc, Truth, build_until_stable, dossier_name, field_para, font_for,
                         is_total, meta, para, register_fonts)

WIDTH, HEIGHT = A4
SW, SH = 960.0, 540.0
SCALE = 17 * cm / SW
SX = (WIDTH - 17 * cm) / 2
STOP_TOP = 2.1 * cm
SY = HEIGHT - STOP_TOP - SH * SCALE
NOTES_X, NOTES_W = 2.1 * cm, 16.8 * cm
NOTES_TOP, NOTES_BOTTOM = 12.6 * cm, 2.5 * cm
GREY = colors.HexColor("#7F7F7F")
NAVY = colors.HexColor("#1F3864")
THEME_COLOURS = ("#4472C4", "#ED7D31", "#70AD47", "#7030A0", "#C00000", "#2E75B6")
STOP = {"de", "het", "een", "dit", "deze", "voor", "door", "met", "naast", "daarnaast", "ook", "wij",
        "we", "er", "om", "op", "in", "bij", "als", "zo", "dat", "die", "daarmee", "hiermee", "hierbij",
        "verder", "tot", "van", "na", "totaal", "daarbij", "daarom", "omdat", "vanuit", "binnen", "zij",
        "hun", "onze", "ons", "wat", "welke", "waar", "hoe", "zowel", "tevens", "vooral", "mede", "niet",
        "alle", "elke", "iedere", "hierin", "daarin", "tegelijk", "zonder", "vanaf", "tussen", "over",
        "onder", "eerst", "eerste", "tweede", "derde", "ten", "slotte", "tijdens", "zeker"}


def _keywords(texts: list[str], title: str, most: int = 4) -> list[str]:
    out: list[str] = []
    skip = {w.lower() for w in re.findall(r"\w+", title)}
    for t in texts:
        for w in re.findall(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9&-]*", t):
            if (len(w) >= 4 and w[0].isupper() and w.lower() not in STOP and w.lower() not in skip
                    and w not in out):
                out.append(w)
                if len(out) == most:
                    return out
    return out


class Mark(Flowable):
    """A zero-size flowable that tells the page what it is about when drawn."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self):
        self.fn(self.canv.getPageNumber())


def _styles():
    def s(name, font="Helvetica", size=12, leading=14.4, **kw):
        return ParagraphStyle(f"np-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=3, leftIndent=16, bulletIndent=2, bulletFontSize=12),
            "lead": s("lead", spaceAfter=4), "note": s("note", size=10, leading=12, leftIndent=9,
                                                        firstLineIndent=-9, spaceAfter=2),
            # slide styles, in slide units
            "deck": s("deck", "Helvetica-Bold", 40, 46, textColor=NAVY),
            "deck2": s("deck2", size=24, leading=29, textColor=GREY),
            "kicker": s("kick", size=16, leading=19, textColor=GREY),
            "small": s("small", size=14, leading=17, textColor=GREY),
            "ptitle": s("ptitle", "Helvetica-Bold", 30, 35, textColor=NAVY),
            "stitle": s("stitle", "Helvetica-Bold", 26, 31, textColor=NAVY),
            "bullet": s("bullet", size=20, leading=26, leftIndent=28, bulletIndent=4, spaceAfter=4,
                        bulletFontSize=20)}


def _runin(label, text, st, rec):
    reg, bold = ("Helvetica", "Helvetica-Bold") if font_for(label + text, "Helvetica") == "Helvetica" \
        else ("DejaVuSans", "DejaVuSans-Bold")
    style = ParagraphStyle(f"np-lead-{reg}", st["lead"], fontName=reg)
    return para("", style, rec, markup=f"<font name='{bold}'>{escape(label)}:</font> {escape(text)}")


def _slide_table(t: source.Table, rec, width: float, height: float):
    """The table in the largest type (12pt down to 7pt) at which it fits width x height."""
    n, lines = t.columns, len(t.header)
    for size in range(12, 6, -1):
        lead = size * 1.2

        def s(name, font, align=0, colour=colors.black, fs=size):
            return ParagraphStyle(f"np-t{name}-{fs}", fontName=font, fontSize=fs, leading=fs * 1.2,
                                  alignment=align, textColor=colour)
        th_l, th_r = s("hl", "Helvetica-Bold", 0, colors.white), s("hr", "Helvetica-Bold", TA_RIGHT, colors.white)
        th_c = s("hc", "Helvetica-Bold", TA_CENTER, colors.white)
        tb_l, tb_lb = s("bl", "Helvetica"), s("blb", "Helvetica-Bold")
        tb_r, tb_rb = s("br", "Helvetica", TA_RIGHT), s("brb", "Helvetica-Bold", TA_RIGHT)
        rows, spans = [], []
        if lines:
            head = [[""] * (n + 1) for _ in range(lines)]
            head[0][0] = para(t.label, th_l, rec)
            if lines > 1:
                spans.append(((0, 0), (0, lines - 1)))
            for h in t.header_cells():
                head[h.line][h.column] = para(h.text, th_c if h.columns > 1 else th_r, rec)
                c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
                if (c1, r1) != (h.column, h.line):
                    spans.append(((h.column, h.line), (c1, r1)))
            rows += head
        for body in t.rows:
            cells = list(body) + [""] * (n + 1 - len(body))
            tot = is_total(cells[0])
            rows.append([para(cells[0], tb_lb if tot else tb_l, rec)]
                        + [para(c, tb_rb if tot else tb_r, rec) for c in cells[1:n + 1]])
        wl = width * (0.34 if n > 3 else 0.46)
        widths = [wl] + [(width - wl) / n] * n
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), size * 0.45),
                ("RIGHTPADDING", (0, 0), (-1, -1), size * 0.45), ("TOPPADDING", (0, 0), (-1, -1), size * 0.3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.4),
                ("INNERGRID", (0, 0), (-1, -1), 1, colors.white)]
        cmds += [("SPAN", a, b) for a, b in spans]
        if lines:
            cmds.append(("BACKGROUND", (0, 0), (-1, lines - 1), colors.HexColor("#4472C4")))
        for r in range(len(t.rows)):
            cmds.append(("BACKGROUND", (0, lines + r), (-1, lines + r),
                         colors.HexColor("#E9EEF7" if r % 2 == 0 else "#D0DAEE")))
        table = Table(rows, colWidths=widths, style=TableStyle(cmds))
        foot = [para(f, s("f", "Helvetica", fs=round(size * 0.75, 1), colour=colors.HexColor("#404040")), rec)
                for f in t.footnotes]
        h = table.wrap(width, 1e6)[1] + sum(p.wrap(width, 1e6)[1] + 2 for p in foot)
        if h <= height or size == 7:
            return table, foot


def render_notespages(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    deck = f"Regio Deal {name}".replace("  ", " ")
    themes: dict[str, str] = {}
    for pr in dossier.projects:
        themes.setdefault(pr.theme, THEME_COLOURS[len(themes) % len(THEME_COLOURS)])

    def once(info):
        truth = Truth(dossier, "notespages")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=NOTES_X, rightMargin=WIDTH - NOTES_X - NOTES_W,
                  topMargin=NOTES_TOP, bottomMargin=NOTES_BOTTOM, **meta(dossier, "notespages"))
        state = {"spec": None, "texts": [], "labels": [], "label": "", "project": None, "start_label": ""}

        def on_page(canv, d):
            state.update(spec=None, texts=[], labels=[], start_label=state["label"])
            canv.saveState()
            canv.setFont("Helvetica", 10)
            canv.setFillColor(GREY)
            canv.drawString(NOTES_X, HEIGHT - 1.2 * cm, f"{deck} – stuurgroep")
            canv.drawRightString(WIDTH - NOTES_X, HEIGHT - 1.2 * cm, "14-5-2019")
            canv.setFillColor(colors.black)
            canv.setFont("Helvetica", 12)
            canv.drawRightString(WIDTH - NOTES_X, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def put(canv, flow, x, y_top, width):
            """Draw flowables top-down from y_top (slide units); returns the y reached."""
            y = y_top
            for f in flow:
                _, h = f.wrap(width, 1e6)
                y -= h
                f.drawOn(canv, x, y)
                y -= getattr(f.style, "spaceAfter", 0) if hasattr(f, "style") and not isinstance(f, Table) else 0
            return y

        def on_page_end(canv, d):
            page = canv.getPageNumber()
            spec = state["spec"]
            p = state["project"]
            canv.saveState()
            canv.translate(SX, SY)
            canv.scale(SCALE, SCALE)
            path = canv.beginPath()
            path.rect(0, 0, SW, SH)
            canv.clipPath(path, stroke=0, fill=0)
            canv.setFillColor(colors.white)
            canv.rect(0, 0, SW, SH, stroke=0, fill=1)
            colour = colors.HexColor(themes[dossier.projects[p].theme]) if p is not None else NAVY
            canv.setFillColor(colour)
            canv.rect(0, 0, 18, SH, stroke=0, fill=1)
            canv.setFont("Helvetica", 12)
            canv.setFillColor(GREY)
            canv.drawString(48, 18, deck)
            canv.drawRightString(SW - 40, 18, str(page))
            x, w = 48, SW - 96
            if spec and spec[0] == "deck":
                put(canv, [para(deck, st["deck"]), para("Projectvoorstellen", st["deck2"])], x, 330, w)
            elif spec and spec[0] == "title":
                pr = dossier.projects[p]
                y = put(canv, [para(pr.theme.upper(), st["kicker"]),
                               para(pr.title, st["ptitle"], truth.heading(p))], x, SH - 70, w)
                put(canv, [para("", st["bullet"], markup=f"<bullet>•</bullet>{escape(k)}")
                           for k in _keywords(state["texts"], dossier.projects[p].title)], x, y - 30, w)
            elif spec and spec[0] == "table":
                _, t, title = spec
                rec = truth.content(p)
                y = put(canv, [para(dossier.projects[p].title, st["small"]),
                               para(title, st["stitle"])], x, SH - 36, w)
                table, foot = _slide_table(t, rec, w, y - 16 - 48)
                put(canv, [table] + foot, x, y - 14, w)
            elif p is not None:
                title = state["labels"][0] if state["labels"] else f"{state['start_label']} (vervolg)"
                y = put(canv, [para(dossier.projects[p].title, st["small"]), para(title, st["stitle"])],
                        x, SH - 36, w)
                put(canv, [para("", st["bullet"], markup=f"<bullet>•</bullet>{escape(k)}")
                           for k in _keywords(state["texts"], dossier.projects[p].title)], x, y - 24, w)
            canv.restoreState()
            canv.saveState()
            canv.setLineWidth(0.75)
            canv.rect(SX, SY, SW * SCALE, SH * SCALE, stroke=1, fill=0)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("n", [Frame(NOTES_X, NOTES_BOTTOM, NOTES_W,
                                                       HEIGHT - NOTES_TOP - NOTES_BOTTOM, 0, 0, 0, 0)],
                                           onPage=on_page, onPageEnd=on_page_end)])

        def setter(**kw):
            return Mark(lambda page: state.update(**kw))

        def spec(value, project):
            return Mark(lambda page: state.update(spec=value, project=project))

        def start_field(label):
            def fn(page):
                state["label"] = label
                state["labels"].append(label)
            return Mark(fn)

        def recorder(p, text):
            hit = truth.content(p)

            def rec(page):
                hit(page)
                state["texts"].append(text)
            return rec

        story: list = [spec(("deck",), None),
                       para(f"Welkom bij de bespreking van de projectvoorstellen voor de {deck}. Per project "
                            f"tonen de dia's het project, de kernwoorden en de financiering; de toelichting "
                            f"staat in deze notities.".replace("  ", " "), st["body"])]
        for p, pr in enumerate(dossier.projects):
            story += [PageBreak(), spec(("title",), p)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [PageBreak(), spec(("table", row, "Financiering"), p)]
                    continue
                content = list(row.content)
                story.append(start_field(row.label))
                first = content[0] if content else None
                if isinstance(first, str) and not LIST_ITEM.match(first):
                    story.append(_runin(row.label, first, st, recorder(p, first)))
                    content = content[1:]
                else:
                    story.append(para(f"{row.label}:", ParagraphStyle(
                        "np-lab", st["lead"], fontName="Helvetica-Bold", keepWithNext=1), recorder(p, "")))
                for item in content:
                    if isinstance(item, source.Table):
                        story += [PageBreak(), spec(("table", item, row.label), p)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], recorder(p, item)))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], recorder(p, text)))
        doc.build(story)
        return truth

    return build_until_stable(once)
