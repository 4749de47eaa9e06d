"""Two more house styles for the layout zoo (see zoo.py): a slide deck and an application form.

- slides: a presentation exported to PDF: 16:9 landscape pages (842 x 474 pt), every
          slide under a title bar (the theme small and grey above the project title in
          bold 20pt; "<title> (vervolg)" on the project's later slides), footer
          "Regio Deal <name>" bottom left and "<n> / <total>" bottom right. A contents
          slide ("Inhoud") lists the source's contents entries with their slide numbers in
          a right-aligned column (no leader dots). Each field is a box: the label as a
          bold 12pt heading, the text as paragraphs in 11pt; two short fields (< 500
          characters each) side by side in the two halves of a slide, any other field on
          a slide of its own, its box running on over further slides. The investment
          table on a slide of its own, fully ruled in thin grey, a mid-grey header with
          white bold text, the source's own header texts and spans, footnotes in 9pt
          below it; a table inside a field on its own slide right after the field's text.
          Project notes in 9pt at the foot of the slide where their mark appears (else of
          the project's last slide).
- form:   a government application form: A4 portrait, running header "Aanvraagformulier
          Regio Deal <name>" over a thin rule, "Pagina N van M" centred at the foot; themes
          lettered ("A. Techniek als motor", bold 13pt) and projects numbered within them
          ("A.1 Advanced Manufacturing Program", bold 15pt); each field in its own bordered
          box (0.75pt dark grey) with the label in small grey capitals at its top left and
          the text below it, a long box broken over pages; the investment table fully
          ruled inside a thick (1.5pt) outer border, the header shaded light blue with the
          table label over the first column, a bold Totaal row, the header repeated where
          the table breaks; project notes in a "Toelichting" box at the end of the
          project; a contents page with leader dots.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (ActionFlowable, CondPageBreak, Flowable, Frame, Indenter,
                                PageBreak, PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _note_owners, _TocLine
from .zoo_common import (build_until_stable, Doc, dossier_name, font_for, FootnoteSupport,
                         meta, page_of, para, register_fonts, Truth)


def _themes(dossier):
    """Themes in order of first appearance -> 0-based index."""
    out: dict[str, int] = {}
    for p in dossier.projects:
        out.setdefault(p.theme, len(out))
    return out


def _letter(k: int) -> str:
    s = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        s = chr(ord("A") + r) + s
    return s


# --- slides ---------------------------------------------------------------------

SLIDE_W, SLIDE_H = 842.0, 474.0
SLIDE_BLUE = colors.HexColor("#2F5597")
BAR_FILL = colors.HexColor("#EEF1F6")
SLIDE_GREY = colors.HexColor("#7F7F7F")
BOX_LINE = colors.HexColor("#9AA6B5")
RULE_GREY = colors.HexColor("#A6A6A6")
HEAD_GREY = colors.HexColor("#808080")


class _SlideState:
    """What the slide being drawn belongs to ("toc" or a project index), how many slides
    each has had, and the box that is open (drawn around the flowables between its edges)."""

    def __init__(self):
        self.key = "toc"
        self.count: dict = {}
        self.box = None


class _Enter(ActionFlowable):
    """From the next slide on, the slides belong to `key`."""

    def __init__(self, state, key):
        ActionFlowable.__init__(self)
        self.state, self.key = state, key

    def apply(self, doc):
        self.state.key = self.key


class _BoxEdge(Flowable):
    """The top (`opening`) or foot of a box drawn around the flowables between the two
    edges; a box that runs over a slide foot is drawn to there and continues from the
    frame top of the next slide (see _close_open_box)."""

    def __init__(self, state, opening, pad, frame_top):
        super().__init__()
        self.state, self.opening, self.pad, self.frame_top = state, opening, pad, frame_top

    def wrap(self, aW, aH):
        self.aW = aW
        if self.opening:
            return aW, self.pad
        return aW, max(0.0, min(self.pad, aH))

    def drawOn(self, canv, x, y, _sW=0):
        page = canv.getPageNumber()
        if self.opening:
            self.state.box = {"x": x, "w": self.aW, "top": y + self.pad, "page": page}
            return
        box = self.state.box
        top = box["top"] if box["page"] == page else self.frame_top
        _stroke_box(canv, box["x"], y, box["w"], top - y)
        self.state.box = None

    def draw(self):
        pass


def _stroke_box(canv, x, y, w, h):
    canv.saveState()
    canv.setStrokeColor(BOX_LINE)
    canv.setLineWidth(0.75)
    canv.rect(x, y, w, h, stroke=1, fill=0)
    canv.restoreState()


def _close_open_box(state, canv, frame, frame_top):
    """At a slide's end: draw the open box down to below the last line drawn."""
    box = state.box
    if box is None:
        return
    top = box["top"] if box["page"] == canv.getPageNumber() else frame_top
    bottom = frame._y - 3
    if top - bottom > 4:
        _stroke_box(canv, box["x"], bottom, box["w"], top - bottom)
    box["page"] = None


def _short(row) -> bool:
    return (isinstance(row, source.Field) and all(isinstance(c, str) for c in row.content)
            and sum(len(c) for c in row.content) < 500)


def render_slides(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    sans, bold = "Helvetica", "Helvetica-Bold"
    mx = 32.0
    fw = SLIDE_W - 2 * mx
    frame_top, frame_bottom = SLIDE_H - 100, 36.0
    pad = 10.0
    st = {
        "title": ParagraphStyle("sl-title", fontName=bold, fontSize=20, leading=24,
                                textColor=colors.HexColor("#1F2A3A")),
        "theme": ParagraphStyle("sl-theme", fontName=sans, fontSize=9, leading=11,
                                textColor=SLIDE_GREY),
        "blabel": ParagraphStyle("sl-bl", fontName=bold, fontSize=12, leading=15,
                                 textColor=SLIDE_BLUE, leftIndent=pad, rightIndent=pad,
                                 spaceAfter=5, keepWithNext=1),
        "btext": ParagraphStyle("sl-bt", fontName=sans, fontSize=11, leading=14.2,
                                leftIndent=pad, rightIndent=pad, spaceAfter=5),
        "clabel": ParagraphStyle("sl-cl", fontName=bold, fontSize=12, leading=15,
                                 textColor=SLIDE_BLUE, spaceAfter=5),
        "ctext": ParagraphStyle("sl-ct", fontName=sans, fontSize=11, leading=14.2,
                                spaceAfter=5),
        "tlabel": ParagraphStyle("sl-tl", fontName=bold, fontSize=10, leading=12.4,
                                 textColor=colors.white),
        "thead": ParagraphStyle("sl-th", fontName=bold, fontSize=10, leading=12.4,
                                textColor=colors.white, alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("sl-tg", fontName=bold, fontSize=10, leading=12.4,
                                 textColor=colors.white, alignment=TA_CENTER),
        "tbody": ParagraphStyle("sl-tb", fontName=sans, fontSize=10, leading=12.4),
        "tbody_b": ParagraphStyle("sl-tbb", fontName=sans, fontSize=10, leading=12.4),
        "tamount": ParagraphStyle("sl-ta", fontName=sans, fontSize=10, leading=12.4,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("sl-tab", fontName=sans, fontSize=10, leading=12.4,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("sl-tf", fontName=sans, fontSize=9, leading=11,
                                textColor=colors.HexColor("#404040"), spaceBefore=3),
        "note": ParagraphStyle("sl-note", fontName=sans, fontSize=9, leading=11,
                               leftIndent=10, firstLineIndent=-10, spaceAfter=1.5),
        "toc": ParagraphStyle("sl-toc", fontName=sans, fontSize=12, leading=15),
        "toc_page": ParagraphStyle("sl-tocp", fontName=sans, fontSize=12, leading=15,
                                   alignment=TA_RIGHT),
    }
    name = dossier_name(dossier)
    footer = f"Regio Deal {name}".strip()
    toc_title = "Inhoud"

    def once(info):
        truth = Truth(dossier, "slides")
        state = _SlideState()
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=110)
        doc = Doc(str(pdf_path), truth, pagesize=(SLIDE_W, SLIDE_H), leftMargin=mx,
                  rightMargin=mx, topMargin=SLIDE_H - frame_top, bottomMargin=frame_bottom,
                  **meta(dossier, "slides"))
        frame = Frame(mx, frame_bottom, fw, frame_top - frame_bottom, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            page = canv.getPageNumber()
            key = state.key
            n = state.count.get(key, 0)
            state.count[key] = n + 1
            if key == "toc":
                theme_text, title_text, rec_theme, rec_title = footer, toc_title, None, None
            else:
                pr = dossier.projects[key]
                theme_text, title_text = pr.theme, pr.title
                rec_theme, rec_title = truth.content(key), truth.heading(key)
            if n:
                title_text += " (vervolg)"
            theme_p = para(theme_text, st["theme"], rec_theme)
            title_p = para(title_text, st["title"], rec_title)
            tw = fw - 14
            th = theme_p.wrap(tw, 100)[1]
            tt = title_p.wrap(tw, 200)[1]
            bar = 16 + th + 4 + tt + 14
            canv.saveState()
            canv.setFillColor(BAR_FILL)
            canv.rect(0, SLIDE_H - bar, SLIDE_W, bar, stroke=0, fill=1)
            canv.setFillColor(SLIDE_BLUE)
            canv.rect(0, SLIDE_H - bar, 8, bar, stroke=0, fill=1)
            canv.restoreState()
            y = SLIDE_H - 16 - th
            theme_p.drawOn(canv, mx + 4, y)
            title_p.drawOn(canv, mx + 4, y - 4 - tt)
            canv.saveState()
            canv.setFillColor(SLIDE_GREY)
            canv.setFont(font_for(footer, sans), 8)
            canv.drawString(mx, 15, footer)
            total = max(info["total"], page)
            canv.drawRightString(SLIDE_W - mx, 15, f"{page} / {total}")
            canv.setStrokeColor(colors.HexColor("#D0D5DD"))
            canv.setLineWidth(0.5)
            canv.line(mx, 27, SLIDE_W - mx, 27)
            canv.restoreState()

        def on_page_end(canv, d):
            _close_open_box(state, canv, d.frame, frame_top)
            foot.draw(canv)

        doc.addPageTemplates([PageTemplate("slide", [frame], onPage=on_page,
                                           onPageEnd=on_page_end)])

        # contents slide: the source's entries, the slide numbers in a right-hand column
        rows = [[para(_toc_entry(dossier, p), st["toc"]), para(page_of(info, p), st["toc_page"])]
                for p in range(len(dossier.projects))]
        toc_w = min(fw, 640.0)
        story = [Spacer(0, 4), Table(rows, colWidths=[toc_w - 60, 60], hAlign="LEFT",
                                     style=TableStyle([
                                         ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                         ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                         ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                         ("TOPPADDING", (0, 0), (-1, -1), 3),
                                         ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [_Enter(state, p), PageBreak()]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            first = [True]

            def new_slide():
                if first[0]:
                    first[0] = False
                else:
                    story.append(PageBreak())

            r = 0
            while r < len(pr.rows):
                row = pr.rows[r]
                if isinstance(row, source.Table):
                    new_slide()
                    story.extend(_slide_table(row, st, rec, fw, investment=True))
                    r += 1
                    continue
                nxt = pr.rows[r + 1] if r + 1 < len(pr.rows) else None
                if _short(row) and _short(nxt):
                    new_slide()
                    story.extend(_slide_pair(pr, r, st, rec, fw, owner, foot))
                    r += 2
                    continue
                new_slide()
                story.append(_BoxEdge(state, True, 8, frame_top))
                story.append(para(row.label, st["blabel"], rec))
                nested = []
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        nested.append(item)
                        continue
                    q = para(item, st["btext"], rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                story.append(_BoxEdge(state, False, 6, frame_top))
                for t in nested:  # each table inside the field on a slide of its own
                    new_slide()
                    story.extend(_slide_table(t, st, rec, fw, investment=False))
                r += 1
            if loose:  # notes whose mark is nowhere in the text: on the last slide
                q = para("", st["ctext"], rec)
                q._notes, q._foot = tuple(loose), foot
                story.append(q)
        doc.build(story)
        return truth

    return build_until_stable(once)


def _toc_entry(dossier, p):
    pr = dossier.projects[p]
    return dossier.toc[p].text if p < len(dossier.toc) else f"{pr.theme} {pr.title}"


def _slide_pair(pr, r, st, rec, fw, owner, foot):
    """Fields r and r + 1 side by side in two boxes; the notes of their paragraphs at the
    foot of the slide."""
    gap = 18.0
    half = (fw - gap) / 2
    cells, notes = [], []
    for k in (r, r + 1):
        field = pr.rows[k]
        cell = [para(field.label, st["clabel"], rec)]
        for i, text in enumerate(field.content):
            cell.append(para(text, st["ctext"], rec))
            notes += owner.get((k, i), [])
        cells.append(cell)
    table = Table([[cells[0], "", cells[1]]], colWidths=[half, gap, half], hAlign="LEFT",
                  style=TableStyle([
                      ("VALIGN", (0, 0), (-1, -1), "TOP"),
                      ("BOX", (0, 0), (0, 0), 0.75, BOX_LINE),
                      ("BOX", (2, 0), (2, 0), 0.75, BOX_LINE),
                      ("LEFTPADDING", (0, 0), (-1, -1), 10),
                      ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                      ("TOPPADDING", (0, 0), (-1, -1), 8),
                      ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    out = [table]
    if notes:
        q = para("", st["ctext"], rec)
        q._notes, q._foot = tuple(notes), foot
        out.append(q)
    return out


def _slide_table(t, st, rec, fw, investment):
    pad = 5
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, fw, st, pad, label_share=0.34, min_label=110.0)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_GREY),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE_GREY)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines if investment else 0,
                  style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes]


# --- form -----------------------------------------------------------------------

FORM_INK = colors.HexColor("#1A1A1A")
FORM_BOX = colors.HexColor("#3C3C3C")
FORM_LABEL = colors.HexColor("#6E6E6E")
FORM_BLUE = colors.HexColor("#D6E6F5")
FORM_RULE = colors.HexColor("#5A5A5A")


def render_form(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    sans, bold = "DejaVuSans", "DejaVuSans-Bold"
    width, height = A4
    mx, mt, mb = 2.2 * cm, 2.6 * cm, 2.3 * cm
    fw = width - 2 * mx
    st = {
        "theme": ParagraphStyle("f-theme", fontName=bold, fontSize=13, leading=16,
                                textColor=FORM_INK, spaceBefore=10, spaceAfter=6,
                                keepWithNext=1),
        "title": ParagraphStyle("f-title", fontName=bold, fontSize=15, leading=18.5,
                                textColor=FORM_INK, spaceBefore=4, spaceAfter=9,
                                keepWithNext=1),
        "flabel": ParagraphStyle("f-label", fontName=sans, fontSize=7.5, leading=9.5,
                                 textColor=FORM_LABEL),
        "ftext": ParagraphStyle("f-text", fontName=sans, fontSize=10, leading=13.6),
        "tlabel": ParagraphStyle("f-tl", fontName=bold, fontSize=8.2, leading=10.2),
        "thead": ParagraphStyle("f-th", fontName=bold, fontSize=8.2, leading=10.2,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("f-tg", fontName=bold, fontSize=8.2, leading=10.2,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle("f-tb", fontName=sans, fontSize=8.4, leading=10.6),
        "tbody_b": ParagraphStyle("f-tbb", fontName=bold, fontSize=8.4, leading=10.6),
        "tamount": ParagraphStyle("f-ta", fontName=sans, fontSize=8.4, leading=10.6,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("f-tab", fontName=bold, fontSize=8.4, leading=10.6,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("f-tf", fontName=sans, fontSize=7.6, leading=9.6,
                                textColor=colors.HexColor("#333333"), spaceBefore=3),
        "toc_h": ParagraphStyle("f-toch", fontName=bold, fontSize=17, leading=21,
                                spaceAfter=16),
        "toc_theme": ParagraphStyle("f-toct", fontName=bold, fontSize=10.5, leading=13.5,
                                    spaceBefore=8, spaceAfter=3),
        "toc": ParagraphStyle("f-toc", fontName=sans, fontSize=9.8, leading=13),
    }
    name = dossier_name(dossier)
    running = f"Aanvraagformulier Regio Deal {name}".strip()
    themes = _themes(dossier)

    def once(info):
        truth = Truth(dossier, "form")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=mx, rightMargin=mx,
                  topMargin=mt, bottomMargin=mb, **meta(dossier, "form"))
        frame = Frame(mx, mb, fw, height - mt - mb, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            page = canv.getPageNumber()
            total = max(info["total"], page)
            canv.saveState()
            canv.setFillColor(colors.HexColor("#333333"))
            canv.setFont(font_for(running, sans), 8.5)
            canv.drawString(mx, height - 1.55 * cm, running)
            canv.setStrokeColor(colors.HexColor("#555555"))
            canv.setLineWidth(0.5)
            canv.line(mx, height - 1.72 * cm, width - mx, height - 1.72 * cm)
            canv.setFont(sans, 8.5)
            canv.drawCentredString(width / 2, 1.3 * cm, f"Pagina {page} van {total}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])

        numbers = {}
        counters: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            counters[pr.theme] = counters.get(pr.theme, 0) + 1
            numbers[p] = f"{_letter(themes[pr.theme])}.{counters[pr.theme]}"

        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story.append(para(f"{_letter(themes[pr.theme])}. {pr.theme}", st["toc_theme"]))
            story += [Indenter(left=18),
                      _TocLine(para(f"{numbers[p]} {pr.title}", st["toc"]), page_of(info, p),
                               st["toc"]),
                      Indenter(left=-18), Spacer(0, 3)]
        story.append(PageBreak())

        last_theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                if last_theme is not None:
                    story += [Spacer(0, 10), CondPageBreak(8 * cm)]
                last_theme = pr.theme
                story.append(para(f"{_letter(themes[pr.theme])}. {pr.theme}", st["theme"]))
            else:
                story += [Spacer(0, 8), CondPageBreak(6 * cm)]
            num = numbers[p]
            hang = _text_width(f"{num} ", st["title"])
            title_st = ParagraphStyle(f"f-title-{p}", st["title"], leftIndent=hang,
                                      firstLineIndent=-hang)
            story.append(para(f"{num} {pr.title}", title_st, truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.extend(_form_table(row, st, rec, fw))
                else:
                    story.append(_form_box(row.label, row.content, st, rec, fw))
                    story.append(Spacer(0, 7))
            if pr.notes:
                items = []
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        items.append(f"{note.mark} {text}" if j == 0 else text)
                story.append(Spacer(0, 2))
                story.append(_form_box("Toelichting", items, st, rec, fw))
        doc.build(story)
        return truth

    return build_until_stable(once)


def _text_width(text, style):
    return stringWidth(text, font_for(text, style.fontName), style.fontSize)


def _form_box(label, content, st, rec, fw):
    """A bordered box: the label in small grey capitals at the top left, the text (and any
    table inside the field) below it; it breaks between its paragraphs."""
    pad = 8
    rows = [[para(label.upper(), st["flabel"], rec)]]
    for item in content:
        if isinstance(item, source.Table):
            rows.append([_inner_table(item, st, rec, fw - 2 * pad)])
        else:
            rows.append([para(item, st["ftext"], rec)])
    cmds = [("BOX", (0, 0), (-1, -1), 0.75, FORM_BOX),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (0, 0), 5), ("BOTTOMPADDING", (0, 0), (0, 0), 3),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 8)]
    if len(rows) > 1:
        cmds.append(("NOSPLIT", (0, 0), (0, 1)))
    return Table(rows, colWidths=[fw], style=TableStyle(cmds), hAlign="LEFT", splitInRow=1)


def _inner_table(t, st, rec, width):
    pad = 3.5
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad)
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, lines - 1), FORM_BLUE),
            ("GRID", (0, 0), (-1, -1), 0.4, FORM_RULE)]
    cmds += [("SPAN", a, b) for a, b in spans]
    inner = [Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    inner += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return inner


def _form_table(t, st, rec, fw):
    pad = 4
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, fw, st, pad, label_share=0.3)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, lines - 1), FORM_BLUE),
            ("GRID", (0, 0), (-1, -1), 0.5, FORM_RULE),
            ("BOX", (0, 0), (-1, -1), 1.5, FORM_INK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [Spacer(0, 3), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 10))
    return out
