"""The layout zoo: the same transcription in house styles the extractor was not
written for. Each `render_<style>(dossier, pdf_path)` writes the PDF and returns its
truth record: {"style", "pages", "projects": [{"title", "first_page", "last_page"}]},
pages recorded while drawing (heading drawn; last field text, table cell or note drawn).

- report:    numbered headings, bold field labels on their own line, booktabs tables
             (header repeated where a table breaks), running header, "Pagina N van M",
             project notes as real page footnotes; projects flow on.
- band:      each project on a new page under a dark blue band with the title in white;
             UPPER-CASE coloured labels; tables without rules, dark header, zebra rows.
- plain:     typewriter-like (mono); inline bold labels ("Partijen: ..."); tables without
             rules or fills, a narrow wrapping label column; projects share pages.
- landscape: label | text by position only; each investment table on a landscape page
             (a landscape MediaBox, or a portrait page shown with /Rotate 90, alternately),
             7pt, fully ruled.
- sidebar, magazine: two agency house styles kept as held-out layouts (zoo_agency.py):
             a narrow sans main column with a shaded fact box in a 5 cm sidebar, small-caps
             labels and captioned hairline tables; two justified serif columns with run-in
             labels, numbered openers and full-width zebra tables.
- slides, form: a 16:9 slide deck (zoo_forms.py): a title bar on every slide ("(vervolg)"
             on a project's later slides), fields in boxes (two short ones side by side),
             each table on a slide of its own, fully ruled with a grey header; and an A4
             application form: lettered themes and numbered projects ("A.1 ..."), each
             field in a bordered box under a small grey capital label, investment tables
             in a thick outer border with a light blue header, notes in a Toelichting box.
- typeset:   a professionally typeset report (zoo_typeset.py): justified, hyphenated serif
             body with fi/fl ligatures, letter-spaced capital labels, each project opening
             a page under a 22pt italic title, running header (title left, theme right)
             but on a project's first page, folios at the outer corner, booktabs tables
             kept whole, page footnotes, a contents page with leader dots.
"""

from __future__ import annotations

from collections import OrderedDict
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Flowable, Frame, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_common import (build_until_stable, Doc, dossier_name, font_for, FootnoteSupport,
                         has_mark, is_total, meta, page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4



def _themes(dossier):
    """Themes in order of first appearance -> 1-based number."""
    out: OrderedDict[str, int] = OrderedDict()
    for p in dossier.projects:
        out.setdefault(p.theme, len(out) + 1)
    return out



def _value_widths(width, label, n):
    return [label] + [(width - label) / n] * n


def _grid(t: source.Table, st, rec, n=None, label_style=None, header_style=None,
          amount_style=None, body_style=None, group_style=None):
    """Cells of table `t` (header lines + body rows) and its header spans; every text
    is a recorded paragraph. A header cell over several columns uses `group_style`."""
    n = t.columns
    lines = len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, label_style or st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    placed = t.header_cells()
    for h in placed:
        hs = (group_style if h.columns > 1 and group_style else header_style or st["thead"])
        rows[h.line][h.column] = para(h.text, hs, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], (st["tbody_b"] if bold else body_style or st["tbody"]), rec)]
        for text in body[1:]:
            row.append(para(text, st["tamount_b"] if bold else amount_style or st["tamount"], rec))
        rows.append(row)
    return rows, spans, placed


# --- report ---------------------------------------------------------------------


def render_report(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    margin_x, margin_top, margin_bottom = 2.6 * cm, 2.8 * cm, 2.6 * cm
    head_font = "Helvetica-Bold"
    body = ParagraphStyle("r-body", fontName="DejaVuSerif", fontSize=9.2, leading=12.6,
                          alignment=TA_JUSTIFY, spaceAfter=4)
    st = {
        "body": body,
        "label": ParagraphStyle("r-label", fontName=head_font, fontSize=10, leading=13,
                                spaceBefore=7, spaceAfter=2, keepWithNext=1),
        "h1": ParagraphStyle("r-h1", fontName=head_font, fontSize=16, leading=20,
                             spaceBefore=18, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("r-h2", fontName=head_font, fontSize=12.5, leading=16,
                             spaceBefore=14, spaceAfter=4, keepWithNext=1),
        "tlabel": ParagraphStyle("r-tl", fontName="Helvetica-Bold", fontSize=8, leading=10),
        "thead": ParagraphStyle("r-th", fontName="Helvetica-Bold", fontSize=8, leading=10,
                                alignment=TA_RIGHT),
        "tbody": ParagraphStyle("r-tb", fontName="DejaVuSerif", fontSize=7.8, leading=10),
        "tbody_b": ParagraphStyle("r-tbb", fontName="DejaVuSerif-Bold", fontSize=7.8, leading=10),
        "tamount": ParagraphStyle("r-ta", fontName="DejaVuSerif", fontSize=7.8, leading=10,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("r-tab", fontName="DejaVuSerif-Bold", fontSize=7.8,
                                    leading=10, alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("r-tf", fontName="DejaVuSerif", fontSize=7, leading=8.8,
                                spaceBefore=2),
        "note": ParagraphStyle("r-note", fontName="DejaVuSerif", fontSize=7, leading=8.6,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": ParagraphStyle("r-toch", fontName=head_font, fontSize=18, leading=22,
                                spaceAfter=14),
        "toc_theme": ParagraphStyle("r-toct", fontName=head_font, fontSize=10.5, leading=14,
                                    spaceBefore=6),
        "toc": ParagraphStyle("r-toc", fontName="Helvetica", fontSize=10, leading=13,
                              leftIndent=18),
        "toc_page": ParagraphStyle("r-tocp", fontName="Helvetica", fontSize=10, leading=13,
                                   alignment=TA_RIGHT),
    }
    running = f"Regio Deal {dossier_name(dossier)} – bijlage projecten".replace("  ", " ")
    themes = _themes(dossier)

    def once(info):
        truth = Truth(dossier, "report")
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]))
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin_x, rightMargin=margin_x,
                  topMargin=margin_top, bottomMargin=margin_bottom, **meta(dossier, "report"))
        fw = WIDTH - 2 * margin_x
        frame = Frame(margin_x, margin_bottom, fw, HEIGHT - margin_top - margin_bottom,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            canv.saveState()
            page = canv.getPageNumber()
            total = max(info["total"], page)
            canv.setFont(font_for(running, "Helvetica"), 8)
            canv.setFillColor(colors.HexColor("#444444"))
            canv.drawString(margin_x, HEIGHT - 1.7 * cm, running)
            canv.setLineWidth(0.4)
            canv.line(margin_x, HEIGHT - 1.85 * cm, WIDTH - margin_x, HEIGHT - 1.85 * cm)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, f"Pagina {page} van {total}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        rows, cmds, last_theme = [], [], None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                cmds.append(("SPAN", (0, len(rows)), (1, len(rows))))
                rows.append([para(f"{themes[pr.theme]}  {pr.theme}", st["toc_theme"]), ""])
            rows.append([para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])])
        story.append(Table(rows, colWidths=[fw - 40, 40], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)] + cmds)))
        story.append(PageBreak())

        counters: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            if pr.theme not in counters:
                counters[pr.theme] = 0
                story.append(CondPageBreak(6 * cm))
                story.append(para(f"{k} {pr.theme}", st["h1"]))
            counters[pr.theme] += 1
            story.append(para(f"{k}.{counters[pr.theme]} {pr.title}", st["h2"],
                              truth.heading(p)))
            # Each note goes with the first paragraph that holds its mark (not as "m²").
            owner: dict[int, list] = {}
            texts = [(r, i, c) for r, row in enumerate(pr.rows) if isinstance(row, source.Field)
                     for i, c in enumerate(row.content) if isinstance(c, str)]
            loose = []
            for note in pr.notes:
                hit = next(((r, i) for r, i, c in texts if has_mark(c, note.mark)), None)
                if hit is None:
                    loose.append(note)
                else:
                    owner.setdefault(hit, []).append(note)
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story.extend(_report_table(row, st, rec, fw, investment=True))
                    continue
                story.append(para(row.label, st["label"], rec))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story.extend(_report_table(item, st, rec, fw, investment=False))
                    else:
                        q = para(item, st["body"], rec)
                        if (r, i) in owner:
                            q._notes, q._foot = tuple(owner[(r, i)]), foot
                        story.append(q)
            for note in loose:  # a note whose mark is nowhere in the text: at the end
                for j, t in enumerate(note.text or ("",)):
                    story.append(para(f"{note.mark} {t}" if j == 0 else t, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)



def _report_table(t, st, rec, fw, investment):
    rows, spans, placed = _grid(t, st, rec, group_style=ParagraphStyle(
        "r-thc", st["thead"], alignment=TA_CENTER))
    n, lines = t.columns, len(t.header)
    label = max(90.0, min(150.0, fw - 58 * n))
    cmds = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black),
            ("TOPPADDING", (0, lines), (-1, lines), 4),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 4)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    for h in placed:  # booktabs \cmidrule under a spanning group label
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4,
                         colors.black))
    out = [Spacer(0, 6), Table(rows, colWidths=_value_widths(fw, label, n),
                               repeatRows=lines if investment else 0,
                               style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- band -----------------------------------------------------------------------

BAND_BLUE = colors.HexColor("#17375E")
LABEL_COLOUR = colors.HexColor("#1B6E8C")


class _Band(Flowable):
    """A dark blue band across the page width: the theme small, the title in white."""

    def __init__(self, theme_p, title_p, left, right):
        super().__init__()
        self.theme_p, self.title_p, self.left, self.right = theme_p, title_p, left, right

    def wrap(self, aW, aH):
        self.aW = aW
        self.th = self.theme_p.wrap(aW, aH)[1]
        self.tt = self.title_p.wrap(aW, aH)[1]
        self.h = 14 + self.th + 4 + self.tt + 14
        return aW, self.h + 16

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(BAND_BLUE)
        c.rect(-self.left, 16, self.aW + self.left + self.right, self.h, stroke=0, fill=1)
        c.restoreState()
        y = 16 + self.h - 14 - self.th
        self.theme_p.drawOn(c, 0, y)
        self.title_p.drawOn(c, 0, y - 4 - self.tt)


def render_band(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    margin = 2.2 * cm
    serif = "DejaVuSerif"
    st = {
        "body": ParagraphStyle("b-body", fontName=serif, fontSize=9.5, leading=13.4,
                               spaceAfter=5),
        "label": ParagraphStyle("b-label", fontName="DejaVuSans-Bold", fontSize=8.6, leading=11,
                                textColor=LABEL_COLOUR, spaceBefore=10, spaceAfter=3,
                                keepWithNext=1),
        "theme": ParagraphStyle("b-theme", fontName="DejaVuSans", fontSize=9, leading=11,
                                textColor=colors.HexColor("#BFD3EA")),
        "title": ParagraphStyle("b-title", fontName="DejaVuSans-Bold", fontSize=17, leading=21,
                                textColor=colors.white),
        "tlabel": ParagraphStyle("b-tl", fontName="Helvetica-Bold", fontSize=7.8, leading=9.6,
                                 textColor=colors.white),
        "thead": ParagraphStyle("b-th", fontName="Helvetica-Bold", fontSize=7.8, leading=9.6,
                                textColor=colors.white, alignment=TA_CENTER),
        "tbody": ParagraphStyle("b-tb", fontName=serif, fontSize=8, leading=10),
        "tbody_b": ParagraphStyle("b-tbb", fontName="DejaVuSerif-Bold", fontSize=8, leading=10),
        "tamount": ParagraphStyle("b-ta", fontName=serif, fontSize=8, leading=10,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("b-tab", fontName="DejaVuSerif-Bold", fontSize=8, leading=10,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("b-tf", fontName="DejaVuSerif-Italic", fontSize=7.2, leading=9,
                                spaceBefore=3),
        "note": ParagraphStyle("b-note", fontName=serif, fontSize=7.2, leading=9,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1),
        "note_more": ParagraphStyle("b-notem", fontName=serif, fontSize=7.2, leading=9,
                                    leftIndent=9, spaceAfter=1),
        "toc_h": ParagraphStyle("b-toch", fontName="DejaVuSans-Bold", fontSize=20, leading=24,
                                textColor=BAND_BLUE, spaceAfter=16),
        "toc": ParagraphStyle("b-toc", fontName=serif, fontSize=10, leading=13.5),
        "toc_page": ParagraphStyle("b-tocp", fontName="DejaVuSans-Bold", fontSize=10,
                                   leading=13.5, alignment=TA_RIGHT, textColor=BAND_BLUE),
    }

    def once(info):
        truth = Truth(dossier, "band")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin, rightMargin=margin,
                  topMargin=1.6 * cm, bottomMargin=2 * cm, **meta(dossier, "band"))
        fw = WIDTH - 2 * margin
        frame = Frame(margin, 2 * cm, fw, HEIGHT - 3.6 * cm, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            canv.setFillColor(BAND_BLUE)
            canv.drawRightString(WIDTH - margin, 1.1 * cm, str(canv.getPageNumber()))
            canv.setFillColor(BAND_BLUE)
            canv.rect(0, 0, WIDTH, 0.35 * cm, stroke=0, fill=1)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story = [Spacer(0, 20), para("Inhoudsopgave", st["toc_h"])]
        rows = [[para(f"{pr.theme} {pr.title}", st["toc"]), para(page_of(info, p), st["toc_page"])]
                for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[fw - 44, 44], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#C8D4E3"))])))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(PageBreak())
            story.append(_Band(para(pr.theme, st["theme"], rec),
                               para(pr.title, st["title"], truth.heading(p)), margin, margin))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.extend(_band_table(row, st, rec, fw))
                    continue
                story.append(para(row.label.upper(), st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story.extend(_band_table(item, st, rec, fw))
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story.append(Spacer(0, 10))
                story.append(_Rule(80))
                for note in pr.notes:
                    for j, t in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {t}" if j == 0 else t,
                                          st["note"] if j == 0 else st["note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)


class _Rule(Flowable):
    def __init__(self, width):
        super().__init__()
        self.w = width

    def wrap(self, aW, aH):
        return self.w, 5

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 3, self.w, 3)


def _band_table(t, st, rec, fw):
    rows, spans, _ = _grid(t, st, rec)
    n, lines = t.columns, len(t.header)
    label = max(90.0, min(150.0, fw - 56 * n))
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("BACKGROUND", (0, 0), (-1, lines - 1), BAND_BLUE),
            ("ROWBACKGROUNDS", (0, lines), (-1, -1), [colors.white, colors.HexColor("#ECEEF1")])]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    out = [Spacer(0, 6), Table(rows, colWidths=_value_widths(fw, label, n), repeatRows=lines,
                               style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


# --- plain ----------------------------------------------------------------------


def render_plain(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    mono, bold = "DejaVuSansMono", "DejaVuSansMono-Bold"
    margin = 2.3 * cm
    st = {
        "body": ParagraphStyle("p-body", fontName=mono, fontSize=8.4, leading=11.2,
                               spaceAfter=5.6),
        "theme": ParagraphStyle("p-theme", fontName=mono, fontSize=7.4, leading=9.5),
        "title": ParagraphStyle("p-title", fontName=bold, fontSize=11, leading=14,
                                spaceAfter=8, keepWithNext=1),
        "tlabel": ParagraphStyle("p-tl", fontName=bold, fontSize=7.6, leading=9.4),
        "thead": ParagraphStyle("p-th", fontName=bold, fontSize=7.6, leading=9.4,
                                alignment=TA_RIGHT),
        "tbody": ParagraphStyle("p-tb", fontName=mono, fontSize=7.6, leading=9.4),
        "tbody_b": ParagraphStyle("p-tbb", fontName=mono, fontSize=7.6, leading=9.4),
        "tamount": ParagraphStyle("p-ta", fontName=mono, fontSize=7.6, leading=9.4,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("p-tab", fontName=mono, fontSize=7.6, leading=9.4,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("p-tf", fontName=mono, fontSize=7, leading=8.8, spaceBefore=2),
        "note": ParagraphStyle("p-note", fontName=mono, fontSize=7, leading=8.8, spaceAfter=1),
        "toc_h": ParagraphStyle("p-toch", fontName=bold, fontSize=12, leading=15, spaceAfter=12),
        "toc": ParagraphStyle("p-toc", fontName=mono, fontSize=8.6, leading=11.5),
        "toc_page": ParagraphStyle("p-tocp", fontName=mono, fontSize=8.6, leading=11.5,
                                   alignment=TA_RIGHT),
    }

    def once(info):
        truth = Truth(dossier, "plain")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin, rightMargin=margin,
                  topMargin=margin, bottomMargin=margin, **meta(dossier, "plain"))
        fw = WIDTH - 2 * margin
        frame = Frame(margin, margin, fw, HEIGHT - 2 * margin, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(mono, 8)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"- {canv.getPageNumber()} -")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story = [para(dossier.toc_heading, st["toc_h"])]
        rows = [[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]
                for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[fw - 36, 36], hAlign="LEFT", style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        story.append(PageBreak())
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(Spacer(0, 26))
            story.append(CondPageBreak(5 * cm))
            theme = para(pr.theme, st["theme"], rec)
            theme.keepWithNext = 1
            story.append(theme)
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.extend(_plain_table(row, st, rec, fw))
                    continue
                content = list(row.content)
                lab = f"<b>{escape(row.label)}:</b>"
                if content and isinstance(content[0], str):
                    story.append(para("", st["body"], rec,
                                      markup=f"{lab} {escape(content.pop(0))}"))
                else:
                    story.append(para("", st["body"], rec, markup=lab))
                for item in content:
                    if isinstance(item, source.Table):
                        story.extend(_plain_table(item, st, rec, fw))
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story.append(Spacer(0, 4))
                story.append(para("", st["note"], rec, markup="-" * 20))
                for note in pr.notes:
                    for j, t in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {t}" if j == 0 else t, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)


def _plain_table(t, st, rec, fw):
    rows, spans, _ = _grid(t, st, rec)
    n, lines = t.columns, len(t.header)
    label = 90.0
    cmds = [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    width = min(fw, label + 66 * n)
    out = [Spacer(0, 4), Table(rows, colWidths=_value_widths(width, label, n),
                               style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 8))
    return out


# --- landscape ------------------------------------------------------------------


def render_landscape(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    margin = 2.4 * cm
    label_w = 112
    st = {
        "body": ParagraphStyle("l-body", fontName="Times-Roman", fontSize=10.4, leading=13,
                               spaceAfter=0),
        "label": ParagraphStyle("l-label", fontName="Times-Bold", fontSize=10.4, leading=13),
        "theme": ParagraphStyle("l-theme", fontName="Times-Italic", fontSize=10.5, leading=13,
                                textColor=colors.HexColor("#555555"), keepWithNext=1),
        "title": ParagraphStyle("l-title", fontName="Times-Bold", fontSize=15, leading=19,
                                spaceAfter=12, keepWithNext=1),
        "tlabel": ParagraphStyle("l-tl", fontName="Helvetica-Bold", fontSize=7, leading=8.6),
        "thead": ParagraphStyle("l-th", fontName="Helvetica-Bold", fontSize=7, leading=8.6,
                                alignment=TA_CENTER),
        "tbody": ParagraphStyle("l-tb", fontName="Helvetica", fontSize=7, leading=8.6),
        "tbody_b": ParagraphStyle("l-tbb", fontName="Helvetica-Bold", fontSize=7, leading=8.6),
        "tamount": ParagraphStyle("l-ta", fontName="Helvetica", fontSize=7, leading=8.6,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("l-tab", fontName="Helvetica-Bold", fontSize=7, leading=8.6,
                                    alignment=TA_RIGHT),
        "tfoot": ParagraphStyle("l-tf", fontName="Helvetica", fontSize=6.8, leading=8.4,
                                spaceBefore=3),
        "note": ParagraphStyle("l-note", fontName="Times-Roman", fontSize=8, leading=9.8,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1),
        "note_more": ParagraphStyle("l-notem", fontName="Times-Roman", fontSize=8, leading=9.8,
                                    leftIndent=9, spaceAfter=1),
        "toc_h": ParagraphStyle("l-toch", fontName="Times-Bold", fontSize=18, leading=22,
                                spaceAfter=14),
        "toc": ParagraphStyle("l-toc", fontName="Times-Roman", fontSize=11, leading=14),
        "toc_page": ParagraphStyle("l-tocp", fontName="Times-Roman", fontSize=11, leading=14,
                                   alignment=TA_RIGHT),
    }
    LW, LH = landscape(A4)

    def once(info):
        truth = Truth(dossier, "landscape")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=margin, rightMargin=margin,
                  topMargin=margin, bottomMargin=margin, **meta(dossier, "landscape"))
        fw = WIDTH - 2 * margin
        portrait = Frame(margin, margin, fw, HEIGHT - 2 * margin, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)
        lmargin = 1.8 * cm
        wide = lambda: Frame(lmargin, lmargin, LW - 2 * lmargin, LH - 2 * lmargin,  # noqa: E731
                             leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)

        def footer(canv, w):
            canv.saveState()
            canv.setFont("Times-Roman", 9)
            canv.drawCentredString(w / 2, 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def on_portrait(canv, d):
            footer(canv, WIDTH)

        def on_landscape(canv, d):
            footer(canv, LW)

        def on_rotated(canv, d):
            # A portrait MediaBox shown turned a quarter clockwise (/Rotate 90): draw
            # everything in landscape coordinates turned a quarter anticlockwise.
            canv.translate(WIDTH, 0)
            canv.rotate(90)
            footer(canv, LW)

        rotated = PageTemplate("rotated", [wide()], onPage=on_rotated, pagesize=(LW, LH))
        # reportlab writes /Rotate from the template's `rotation` when the page ends and
        # then swaps the MediaBox to [0 0 height width]: a portrait box, as wanted.
        rotated.rotation = 90
        doc.addPageTemplates([
            PageTemplate("portrait", [portrait], onPage=on_portrait, pagesize=A4),
            PageTemplate("landscape", [wide()], onPage=on_landscape, pagesize=(LW, LH)),
            rotated,
        ])
        story = [para("Inhoudsopgave", st["toc_h"])]
        rows = [[para(f"{pr.theme} {pr.title}", st["toc"]), para(page_of(info, p), st["toc_page"])]
                for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[fw - 40, 40], style=TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])))
        turned = 0
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(NextPageTemplate("portrait"))
            story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], rec))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story.append(NextPageTemplate("landscape" if turned % 2 == 0 else "rotated"))
                    turned += 1
                    story.append(PageBreak())
                    story.extend(_ruled_table(row, st, rec, LW - 2 * lmargin, investment=True))
                    if r < len(pr.rows) - 1 or pr.notes:
                        story.append(NextPageTemplate("portrait"))
                        story.append(PageBreak())
                    continue
                story.append(_label_text(row, st, rec, fw, label_w))
            if pr.notes:
                story.append(Spacer(0, 12))
                story.append(_Rule(100))
                for note in pr.notes:
                    for j, t in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {t}" if j == 0 else t,
                                          st["note"] if j == 0 else st["note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)


def _label_text(field, st, rec, fw, label_w):
    """Label | text by position only: a rule-less two-column table, one row per paragraph."""
    rows = []
    for k, item in enumerate(field.content or ("",)):
        left = para(field.label, st["label"], rec) if k == 0 else ""
        if isinstance(item, source.Table):
            right = _ruled_table(item, st, rec, fw - label_w, investment=False)[1:]
        else:
            right = para(item, st["body"], rec)
        rows.append([left, right])
    return Table(rows, colWidths=[label_w, fw - label_w], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (0, -1), 8),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 12)]))


def _ruled_table(t, st, rec, width, investment):
    rows, spans, _ = _grid(t, st, rec)
    n, lines = t.columns, len(t.header)
    label = min(200.0, width * 0.3) if investment else min(110.0, width * 0.32)
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), colors.HexColor("#E6E6E6"))]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1))))
    out = [Spacer(0, 4), Table(rows, colWidths=_value_widths(width, label, n),
                               repeatRows=lines if investment else 0,
                               style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


from .zoo_academic import render_academic  # noqa: E402
from .zoo_acroform import render_acroform  # noqa: E402
from .zoo_agency import render_magazine, render_sidebar  # noqa: E402
from .zoo_annual import render_annual  # noqa: E402
from .zoo_appendix import render_appendix  # noqa: E402
from .zoo_bigtype import render_bigtype  # noqa: E402
from .zoo_booktabs import render_booktabs  # noqa: E402
from .zoo_bulleted import render_bulleted  # noqa: E402
from .zoo_factsheet import render_factsheet  # noqa: E402
from .zoo_budget import render_budget  # noqa: E402
from .zoo_cards import render_cards  # noqa: E402
from .zoo_brochure import render_brochure  # noqa: E402
from .zoo_consultancy import render_consultancy  # noqa: E402
from .zoo_continued import render_continued  # noqa: E402
from .zoo_divider import render_divider  # noqa: E402
from .zoo_draft import render_draft  # noqa: E402
from .zoo_endnotes import render_endnotes  # noqa: E402
from .zoo_forms import render_form, render_slides  # noqa: E402
from .zoo_fieldset import render_fieldset  # noqa: E402
from .zoo_gazette import render_gazette  # noqa: E402
from .zoo_gdocs import render_gdocs  # noqa: E402
from .zoo_handout import render_handout  # noqa: E402
from .zoo_leaders import render_leaders  # noqa: E402
from .zoo_pocket import render_pocket  # noqa: E402
from .zoo_policy import render_policy  # noqa: E402
from .zoo_photos import render_photos  # noqa: E402
from .zoo_ledger import render_ledger  # noqa: E402
from .zoo_ledgerprint import render_ledgerprint  # noqa: E402
from .zoo_kilo import render_kilo  # noqa: E402
from .zoo_letter import render_letter  # noqa: E402
from .zoo_matrix import render_matrix  # noqa: E402
from .zoo_minutes import render_minutes  # noqa: E402
from .zoo_mirrored import render_mirrored  # noqa: E402
from .zoo_newsletter import render_newsletter  # noqa: E402
from .zoo_night import render_night  # noqa: E402
from .zoo_nota import render_nota  # noqa: E402
from .zoo_narrowcol import render_narrowcol  # noqa: E402
from .zoo_nested import render_nested  # noqa: E402
from .zoo_outlines import render_outlines  # noqa: E402
from .zoo_overview import render_overview  # noqa: E402
from .zoo_portal import render_portal  # noqa: E402
from .zoo_printready import render_printready  # noqa: E402
from .zoo_reviewed import render_reviewed  # noqa: E402
from .zoo_pullquote import render_pullquote  # noqa: E402
from .zoo_runin import render_runin  # noqa: E402
from .zoo_scan import render_scan  # noqa: E402
from .zoo_spreads import render_spreads  # noqa: E402
from .zoo_spreadsheet import render_spreadsheet  # noqa: E402
from .zoo_typeset import render_typeset  # noqa: E402
from .zoo_tiles import render_tiles  # noqa: E402
from .zoo_tracked import render_tracked  # noqa: E402
from .zoo_tracking import render_tracking  # noqa: E402
from .zoo_transposed import render_transposed  # noqa: E402
from .zoo_transport import render_transport  # noqa: E402
from .zoo_plaintext import render_plaintext  # noqa: E402
from .zoo_underlined import render_underlined  # noqa: E402
from .zoo_vertical import render_vertical  # noqa: E402
from .zoo_wraparound import render_wraparound  # noqa: E402
from .zoo_wide import render_wide  # noqa: E402
from .zoo_triple import render_triple  # noqa: E402
from .zoo_province import render_province  # noqa: E402
from .zoo_percent import render_percent  # noqa: E402
from .zoo_cofinance import render_cofinance  # noqa: E402
from .zoo_glance import render_glance  # noqa: E402
from .zoo_annotated import render_annotated  # noqa: E402
from .zoo_excelsheet import render_excelsheet  # noqa: E402
from .zoo_dekking import render_dekking  # noqa: E402
from .zoo_notetable import render_notetable  # noqa: E402
from .zoo_keyfigures import render_keyfigures  # noqa: E402
from .zoo_dashed import render_dashed  # noqa: E402
from .zoo_shuffled import render_shuffled  # noqa: E402
from .zoo_stacked import render_stacked  # noqa: E402
from .zoo_rightset import render_rightset  # noqa: E402
from .zoo_vrules import render_vrules  # noqa: E402
from .zoo_refnotes import render_refnotes  # noqa: E402
from .zoo_numbered import render_numbered  # noqa: E402
from .zoo_charts import render_charts  # noqa: E402
from .zoo_databars import render_databars  # noqa: E402
from .zoo_splitwide import render_splitwide  # noqa: E402
from .zoo_patchwork import render_patchwork  # noqa: E402
from .zoo_sections import render_sections  # noqa: E402
from .zoo_halves import render_halves  # noqa: E402
from .zoo_spaced import render_spaced  # noqa: E402
from .zoo_valign import render_valign  # noqa: E402
from .zoo_colbands import render_colbands  # noqa: E402
from .zoo_bignum import render_bignum  # noqa: E402
from .zoo_navrail import render_navrail  # noqa: E402
from .zoo_icons import render_icons  # noqa: E402
from .zoo_dropcap import render_dropcap  # noqa: E402
from .zoo_catcol import render_catcol  # noqa: E402
from .zoo_a3fold import render_a3fold  # noqa: E402
from .zoo_pillrows import render_pillrows  # noqa: E402
from .zoo_stamp import render_stamp  # noqa: E402
from .zoo_ocrlayer import render_ocrlayer  # noqa: E402
from .zoo_printacross import render_printacross  # noqa: E402
from .zoo_totalfirst import render_totalfirst  # noqa: E402
from .zoo_smallcaps import render_smallcaps  # noqa: E402
from .zoo_skewscan import render_skewscan  # noqa: E402
from .zoo_handout3 import render_handout3  # noqa: E402
from .zoo_questions import render_questions  # noqa: E402
from .zoo_slanted import render_slanted  # noqa: E402
from .zoo_colbreak import render_colbreak  # noqa: E402
from .zoo_tight import render_tight  # noqa: E402
from .zoo_bulletbudget import render_bulletbudget  # noqa: E402
from .zoo_gridpaper import render_gridpaper  # noqa: E402
from .zoo_ocrnoise import render_ocrnoise  # noqa: E402
from .zoo_brokennum import render_brokennum  # noqa: E402
from .zoo_tilegrid import render_tilegrid  # noqa: E402
from .zoo_headertitle import render_headertitle  # noqa: E402
from .zoo_cellspacing import render_cellspacing  # noqa: E402
from .zoo_spacerrows import render_spacerrows  # noqa: E402
from .zoo_centred import render_centred  # noqa: E402
from .zoo_shadedfields import render_shadedfields  # noqa: E402
from .zoo_email import render_email  # noqa: E402
from .zoo_paranumbers import render_paranumbers  # noqa: E402
from .zoo_eurocolumn import render_eurocolumn  # noqa: E402
from .zoo_justified import render_justified  # noqa: E402
from .zoo_threetier import render_threetier  # noqa: E402
from .zoo_pivot import render_pivot  # noqa: E402
from .zoo_distractors import render_distractors  # noqa: E402
from .zoo_sidebyside import render_sidebyside  # noqa: E402
from .zoo_balloons import render_balloons  # noqa: E402
from .zoo_woo import render_woo  # noqa: E402
from .zoo_locale import render_locale  # noqa: E402
from .zoo_template import render_template  # noqa: E402
from .zoo_fragments import render_fragments  # noqa: E402
from .zoo_handplaced import render_handplaced  # noqa: E402
from .zoo_govtable import render_govtable  # noqa: E402
from .zoo_rowspan import render_rowspan  # noqa: E402
from .zoo_bilingual import render_bilingual  # noqa: E402
from .zoo_shadow import render_shadow  # noqa: E402
from .zoo_raad import render_raad  # noqa: E402
from .zoo_studio import render_studio  # noqa: E402
from .zoo_begroting import render_begroting  # noqa: E402
from .zoo_placed import render_placed  # noqa: E402
from .zoo_marginalia import render_marginalia  # noqa: E402
from .zoo_threegrid import render_threegrid  # noqa: E402
from .zoo_wordforms import render_wordforms  # noqa: E402
from .zoo_fiche2col import render_fiche2col  # noqa: E402
from .zoo_rijkshuisstijl import render_rijkshuisstijl  # noqa: E402
from .zoo_sideways import render_sideways  # noqa: E402
from .zoo_memo import render_memo  # noqa: E402
from .zoo_captionbelow import render_captionbelow  # noqa: E402
from .zoo_kpitiles import render_kpitiles  # noqa: E402
from .zoo_gantt import render_gantt  # noqa: E402
from .zoo_thousands import render_thousands  # noqa: E402
from .zoo_printheadings import render_printheadings  # noqa: E402
from .zoo_twocolnarrow import render_twocolnarrow  # noqa: E402
from .zoo_annexed import render_annexed  # noqa: E402
from .zoo_synonyms import render_synonyms  # noqa: E402
from .zoo_rijkfirst import render_rijkfirst  # noqa: E402
from .zoo_peryear import render_peryear  # noqa: E402
from .zoo_kiloeuro import render_kiloeuro  # noqa: E402
from .zoo_wiki import render_wiki  # noqa: E402
from .zoo_edgetitles import render_edgetitles  # noqa: E402
from .zoo_compare import render_compare  # noqa: E402
from .zoo_articles import render_articles  # noqa: E402
from .zoo_toplabels import render_toplabels  # noqa: E402
from .zoo_numberedfields import render_numberedfields  # noqa: E402
from .zoo_tallpage import render_tallpage  # noqa: E402
from .zoo_cropped import render_cropped  # noqa: E402
from .zoo_fieldmatrix import render_fieldmatrix  # noqa: E402
from .zoo_blankform import render_blankform  # noqa: E402
from .zoo_stackedcells import render_stackedcells  # noqa: E402
from .zoo_headerbottom import render_headerbottom  # noqa: E402
from .zoo_titleinbox import render_titleinbox  # noqa: E402
from .zoo_titlesbelow import render_titlesbelow  # noqa: E402
from .zoo_tabaccount import render_tabaccount  # noqa: E402
from .zoo_mailmerge import render_mailmerge  # noqa: E402
from .zoo_millions import render_millions  # noqa: E402
from .zoo_quarto import render_quarto  # noqa: E402
from .zoo_poster import render_poster  # noqa: E402
from .zoo_combfields import render_combfields  # noqa: E402
from .zoo_merged import render_merged  # noqa: E402
from .zoo_notespages import render_notespages  # noqa: E402
from .zoo_splittotal import render_splittotal  # noqa: E402
from .zoo_tablefirst import render_tablefirst  # noqa: E402
from .zoo_leaderlabels import render_leaderlabels  # noqa: E402
from .zoo_glossary import render_glossary  # noqa: E402
from .zoo_canvas import render_canvas  # noqa: E402
from .zoo_handout6 import render_handout6  # noqa: E402
from .zoo_checkboxes import render_checkboxes  # noqa: E402
from .zoo_signatures import render_signatures  # noqa: E402
from .zoo_pilllabels import render_pilllabels  # noqa: E402
from .zoo_kostendekking import render_kostendekking  # noqa: E402
from .zoo_faxheader import render_faxheader  # noqa: E402
from .zoo_titleinrow import render_titleinrow  # noqa: E402
from .zoo_thesis import render_thesis  # noqa: E402
from .zoo_doubletext import render_doubletext  # noqa: E402
from .zoo_statuscolumn import render_statuscolumn  # noqa: E402
from .zoo_scannedinserts import render_scannedinserts  # noqa: E402
from .zoo_floatboxes import render_floatboxes  # noqa: E402
from .zoo_ruledimage import render_ruledimage  # noqa: E402
from .zoo_linenumbers import render_linenumbers  # noqa: E402
from .zoo_emfobject import render_emfobject  # noqa: E402
from .zoo_layers import render_layers  # noqa: E402
from .zoo_noterows import render_noterows  # noqa: E402
from .zoo_deed import render_deed  # noqa: E402
from .zoo_tiledprint import render_tiledprint  # noqa: E402
from .zoo_ssrs import render_ssrs  # noqa: E402
from .zoo_outlinedtitles import render_outlinedtitles  # noqa: E402
from .zoo_excelprint import render_excelprint  # noqa: E402
from .zoo_journal2col import render_journal2col  # noqa: E402
from .zoo_diagonalcorner import render_diagonalcorner  # noqa: E402
from .zoo_linearised import render_linearised  # noqa: E402
from .zoo_a5booklet import render_a5booklet  # noqa: E402
from .zoo_colorlegend import render_colorlegend  # noqa: E402
from .zoo_markdownpdf import render_markdownpdf  # noqa: E402
from .zoo_onenote import render_onenote  # noqa: E402
from .zoo_twoupbooklet import render_twoupbooklet  # noqa: E402
from .zoo_prosebudget import render_prosebudget  # noqa: E402
from .zoo_pivotcompact import render_pivotcompact  # noqa: E402
from .zoo_sharepointlist import render_sharepointlist  # noqa: E402
from .zoo_stickyheader import render_stickyheader  # noqa: E402
from .zoo_english import render_english  # noqa: E402
from .zoo_flemish import render_flemish  # noqa: E402
from .zoo_labelabove import render_labelabove  # noqa: E402
from .zoo_linkurls import render_linkurls  # noqa: E402
from .zoo_datatables import render_datatables  # noqa: E402

def render_type3(dossier: source.Dossier, pdf_path) -> dict:
    """The type3 house (zoo_type3.py), imported only where it is drawn: its matplotlib belongs
    to the samples extra, and the tests import every other house."""
    from .zoo_type3 import render_type3 as render

    return render(dossier, pdf_path)


STYLES = {"report": render_report, "band": render_band, "plain": render_plain,
          "landscape": render_landscape, "sidebar": render_sidebar, "magazine": render_magazine,
          "slides": render_slides, "form": render_form, "typeset": render_typeset,
          "ledger": render_ledger, "brochure": render_brochure, "appendix": render_appendix,
          "newsletter": render_newsletter, "spreads": render_spreads, "spreadsheet": render_spreadsheet,
          "continued": render_continued, "minutes": render_minutes, "matrix": render_matrix,
          "overview": render_overview,
          "outlines": render_outlines,
          "consultancy": render_consultancy, "runin": render_runin, "scan": render_scan, "letter": render_letter,
          "annual": render_annual, "budget": render_budget,
          "acroform": render_acroform, "night": render_night,
          "booktabs": render_booktabs,
          "bulleted": render_bulleted,
          "bigtype": render_bigtype,
          "wraparound": render_wraparound,
          "pullquote": render_pullquote,
          "factsheet": render_factsheet,
          "cards": render_cards,
          "gazette": render_gazette,
          "gdocs": render_gdocs,
          "fieldset": render_fieldset,
          "divider": render_divider,
          "draft": render_draft,
          "endnotes": render_endnotes,
          "handout": render_handout,
          "nota": render_nota,
          "narrowcol": render_narrowcol,
          "leaders": render_leaders,
          "ledgerprint": render_ledgerprint,
          "kilo": render_kilo,
          "pocket": render_pocket,
          "photos": render_photos,
          "portal": render_portal,
          "mirrored": render_mirrored,
          "printready": render_printready,
          "reviewed": render_reviewed,
          "tracking": render_tracking,
          "underlined": render_underlined,
          "vertical": render_vertical,
          "transposed": render_transposed,
          "transport": render_transport,
          "plaintext": render_plaintext,
          "academic": render_academic,
          "tiles": render_tiles,
          "nested": render_nested,
          "policy": render_policy,
          "wide": render_wide,
          "tracked": render_tracked,
          "percent": render_percent,
          "cofinance": render_cofinance,
          "glance": render_glance,
          "notetable": render_notetable,
          "keyfigures": render_keyfigures,
          "dashed": render_dashed,
          "shuffled": render_shuffled,
          "stacked": render_stacked,
          "rightset": render_rightset,
          "annotated": render_annotated,
          "excelsheet": render_excelsheet,
          "province": render_province,
          "dekking": render_dekking,
          "refnotes": render_refnotes,
          "vrules": render_vrules,
          "numbered": render_numbered,
          "charts": render_charts,
          "databars": render_databars,
          "splitwide": render_splitwide,
          "triple": render_triple,
          "patchwork": render_patchwork,
          "sections": render_sections,
          "halves": render_halves,
          "spaced": render_spaced,
          "valign": render_valign,
          "colbands": render_colbands,
          "bignum": render_bignum,
          "navrail": render_navrail,
          "icons": render_icons,
          "dropcap": render_dropcap,
          "catcol": render_catcol,
          "a3fold": render_a3fold,
          "pillrows": render_pillrows,
          "stamp": render_stamp,
          "ocrlayer": render_ocrlayer,
          "printacross": render_printacross,
          "totalfirst": render_totalfirst,
          "smallcaps": render_smallcaps,
          "skewscan": render_skewscan,
          "handout3": render_handout3,
          "questions": render_questions,
          "slanted": render_slanted,
          "colbreak": render_colbreak,
          "tight": render_tight,
          "bulletbudget": render_bulletbudget,
          "gridpaper": render_gridpaper,
          "ocrnoise": render_ocrnoise,
          "brokennum": render_brokennum,
          "tilegrid": render_tilegrid,
          "headertitle": render_headertitle,
          "cellspacing": render_cellspacing,
          "spacerrows": render_spacerrows,
          "centred": render_centred,
          "shadedfields": render_shadedfields,
          "email": render_email,
          "paranumbers": render_paranumbers,
          "eurocolumn": render_eurocolumn,
          "justified": render_justified, "threetier": render_threetier, "pivot": render_pivot,
          "distractors": render_distractors, "sidebyside": render_sidebyside, "balloons": render_balloons,
          "woo": render_woo, "locale": render_locale, "template": render_template, "fragments": render_fragments,
          "handplaced": render_handplaced, "govtable": render_govtable, "rowspan": render_rowspan,
          "bilingual": render_bilingual, "shadow": render_shadow, "raad": render_raad, "studio": render_studio,
          "begroting": render_begroting, "placed": render_placed, "marginalia": render_marginalia,
          "threegrid": render_threegrid, "wordforms": render_wordforms, "fiche2col": render_fiche2col,
          "rijkshuisstijl": render_rijkshuisstijl, "sideways": render_sideways, "memo": render_memo,
          "captionbelow": render_captionbelow, "kpitiles": render_kpitiles, "gantt": render_gantt,
          "thousands": render_thousands, "printheadings": render_printheadings,
          "twocolnarrow": render_twocolnarrow, "annexed": render_annexed, "synonyms": render_synonyms,
          "rijkfirst": render_rijkfirst, "peryear": render_peryear, "kiloeuro": render_kiloeuro, "wiki": render_wiki,
          "edgetitles": render_edgetitles, "compare": render_compare, "articles": render_articles,
          "toplabels": render_toplabels, "numberedfields": render_numberedfields, "tallpage": render_tallpage,
          "cropped": render_cropped, "fieldmatrix": render_fieldmatrix, "blankform": render_blankform,
          "stackedcells": render_stackedcells, "headerbottom": render_headerbottom, "titleinbox": render_titleinbox,
          "titlesbelow": render_titlesbelow, "tabaccount": render_tabaccount, "mailmerge": render_mailmerge,
          "millions": render_millions, "quarto": render_quarto, "poster": render_poster, "combfields": render_combfields,
          "merged": render_merged, "notespages": render_notespages, "splittotal": render_splittotal,
          "tablefirst": render_tablefirst, "leaderlabels": render_leaderlabels, "glossary": render_glossary,
          "canvas": render_canvas, "handout6": render_handout6, "checkboxes": render_checkboxes,
          "signatures": render_signatures, "pilllabels": render_pilllabels, "kostendekking": render_kostendekking,
          "faxheader": render_faxheader, "titleinrow": render_titleinrow, "thesis": render_thesis,
          "doubletext": render_doubletext, "statuscolumn": render_statuscolumn, "scannedinserts": render_scannedinserts,
          "floatboxes": render_floatboxes, "ruledimage": render_ruledimage, "linenumbers": render_linenumbers,
          "emfobject": render_emfobject, "layers": render_layers, "noterows": render_noterows,
          "deed": render_deed, "tiledprint": render_tiledprint, "ssrs": render_ssrs,
          "outlinedtitles": render_outlinedtitles, "excelprint": render_excelprint,
          "journal2col": render_journal2col, "diagonalcorner": render_diagonalcorner,
          "linearised": render_linearised, "a5booklet": render_a5booklet, "colorlegend": render_colorlegend,
          "markdownpdf": render_markdownpdf, "onenote": render_onenote, "twoupbooklet": render_twoupbooklet,
          "prosebudget": render_prosebudget, "pivotcompact": render_pivotcompact,
          "sharepointlist": render_sharepointlist, "stickyheader": render_stickyheader,
          "english": render_english, "flemish": render_flemish, "labelabove": render_labelabove,
          "linkurls": render_linkurls, "datatables": render_datatables, "type3": render_type3}
