"""One more house style for the layout zoo (see zoo.py): a development agency's newsletter.

- newsletter: the look of a regional development agency's newsletter-style report. A4
              portrait in THREE narrow text columns (160pt each, 12pt gutters), Helvetica
              8.5pt ragged right (DejaVu Sans where a text has a character Helvetica lacks).
              Each project opens a new page: the theme small in orange, then the title in
              18pt bold navy across all three columns over a thick orange rule; its fields
              then flow down column 1, then 2, then 3, then on into the next page's columns
              (a field's text breaks across columns and pages). Field labels bold, orange, on
              a line of their own, moved to the next column with less than three lines'
              room under them. A table inside a field stands upright in its column in 6.5pt,
              the table label over the first column, its cells wrapping, a group header
              ("Publiek") centred over its members, hairlines between rows. The investment
              table does not fit a column: it gets a page of its own drawn SIDEWAYS, the page
              itself portrait (no /Rotate) but the table turned a quarter anticlockwise
              (baselines run up the page, its top at the page's left edge): a caption
              "<project title> — <table label>" in bold above, a header row with the group
              header spanning its members (a hairline under it), the label column's header
              empty, thin rules between rows, amounts right aligned, the Totaal row bold,
              the footnotes under it; the table is kept whole (a source page break in it is
              not followed). That page is slipped in right after the page on which the marker
              standing in the table's place in the flow is drawn, that is, the page on which
              the preceding field's text (the funding field, "Inzet en co-financiering" or
              "Financiering") ends; the field after the table goes on in the columns of that
              page and continues on the page after the table page, as a float placed by a
              DTP program would. Project notes at the end of the project's text under a
              short rule, 7pt, the mark hanging. A running header on every page but a
              project's first (the sideways table page included, drawn upright): "Regio Deal
              <name>" left, the theme right, 7pt grey over a hairline across the page; the
              page number centred at the foot of every page, upright. A contents page first:
              the contents heading in 18pt across the page, then in the columns the themes
              in bold orange, each project title with leader dots to its page number.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (CondPageBreak, Flowable, Frame, FrameBreak, KeepTogether,
                                NextPageTemplate, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _block_height, _col_widths, _grid, _Rule, _TocLine, end_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, meta, page_of, para,
                         register_fonts, Truth)

WIDTH, HEIGHT = A4

NAVY = colors.HexColor("#1F3A5F")     # titles
ORANGE = colors.HexColor("#D2691E")   # labels, themes, rules
MUTED = colors.HexColor("#666666")    # running header
HAIR = colors.HexColor("#A0A0A0")

COL_W, GUTTER = 160.0, 12.0
MX = (WIDTH - 3 * COL_W - 2 * GUTTER) / 2
FW = WIDTH - 2 * MX
TOP, BOTTOM = HEIGHT - 54.0, 54.0      # the text area: running header above, folio below
HEAD_Y, FOLIO_Y = HEIGHT - 36.0, 28.0
OPENER_GAP = 14.0                      # between the full-width opener and the columns

SANS, BOLD = "Helvetica", "Helvetica-Bold"


def _table_styles(prefix, size, leading):
    """The cell styles _grid and _col_widths use, at `size` (a column's or a sideways page's)."""
    return {
        "tlabel": ParagraphStyle(f"{prefix}-tl", fontName=BOLD, fontSize=size, leading=leading),
        "thead": ParagraphStyle(f"{prefix}-th", fontName=BOLD, fontSize=size, leading=leading,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle(f"{prefix}-tg", fontName=BOLD, fontSize=size, leading=leading,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle(f"{prefix}-tb", fontName=SANS, fontSize=size, leading=leading),
        "tbody_b": ParagraphStyle(f"{prefix}-tbb", fontName=BOLD, fontSize=size,
                                  leading=leading),
        "tamount": ParagraphStyle(f"{prefix}-ta", fontName=SANS, fontSize=size, leading=leading,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle(f"{prefix}-tab", fontName=BOLD, fontSize=size,
                                    leading=leading, alignment=TA_RIGHT),
        "tfoot": ParagraphStyle(f"{prefix}-tf", fontName=SANS, fontSize=size - 0.5,
                                leading=leading - 0.5, spaceBefore=2),
    }


class _SidewaysDoc(Doc):
    """Slips the sideways table pages whose markers were drawn on a page in after it."""

    def __init__(self, filename, truth, **kw):
        super().__init__(filename, truth, **kw)
        self.sideways = []  # page drawers waiting for the end of the page being drawn

    def afterPage(self):
        for draw in self.sideways:
            self.canv.showPage()  # the doc's own showPage then ends the table page
            self.truth.pages = max(self.truth.pages, self.canv.getPageNumber())
            draw(self.canv)
        self.sideways = []


class _Marker(Flowable):
    """Takes no room in the column; where drawn, queues `draw` (a sideways page) for
    after the current page."""

    def __init__(self, doc, draw):
        super().__init__()
        self.doc, self.page_drawer = doc, draw

    def wrap(self, aW, aH):
        return 0, 0

    def draw(self):
        self.doc.sideways.append(self.page_drawer)


def _column_table(t, st, rec):
    """A table inside a field: upright in its column, its cells wrapping."""
    pad = 2
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, COL_W, st, pad, label_share=0.4, min_label=48.0)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, HAIR),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.6, ORANGE)]
    cmds += _group_rules(placed, HAIR) + [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    out = [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]
    return [Spacer(0, 3), KeepTogether(out), Spacer(0, 5)]


def _group_rules(placed, colour):
    """A hairline under the columns a group header spans."""
    out = []
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            out.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.5, colour))
    return out


def _sideways_table(t, title, st, rec, width):
    """The investment table's caption, grid and footnotes for its sideways page."""
    pad = 5
    rows, spans, placed, _ = _grid(t, st, rec, label=False)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=0.36)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, lines), (-1, -1), 0.3, HAIR),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 1.0, ORANGE)]
    cmds += _group_rules(placed, NAVY) + [("SPAN", a, b) for a, b in spans]
    caption = para(f"{title} — {t.label}", st["caption"], rec)
    table = Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")
    return [caption, table] + [para(f, st["tfoot"], rec) for f in t.footnotes]


def render_newsletter(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    leading = 11.0
    st = {
        "body": ParagraphStyle("n-body", fontName=SANS, fontSize=8.5, leading=leading,
                               spaceAfter=4),
        "label": ParagraphStyle("n-label", fontName=BOLD, fontSize=8.5, leading=leading,
                                textColor=ORANGE, spaceBefore=7, spaceAfter=1.5),
        "kicker": ParagraphStyle("n-kicker", fontName=BOLD, fontSize=8, leading=10,
                                 textColor=ORANGE, spaceAfter=3),
        "title": ParagraphStyle("n-title", fontName=BOLD, fontSize=18, leading=22,
                                textColor=NAVY),
        "note": ParagraphStyle("n-note", fontName=SANS, fontSize=7, leading=8.8,
                               leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": ParagraphStyle("n-notem", fontName=SANS, fontSize=7, leading=8.8,
                                    leftIndent=8, spaceAfter=1.5),
        "toc_theme": ParagraphStyle("n-toct", fontName=BOLD, fontSize=8.5, leading=11,
                                    textColor=ORANGE, spaceBefore=8, spaceAfter=2),
        "toc": ParagraphStyle("n-toc", fontName=SANS, fontSize=8.5, leading=11),
    }
    small = _table_styles("n-s", 6.5, 8.0)  # tables inside a field
    wide = _table_styles("n-w", 8.5, 10.5)  # the sideways investment tables
    wide["caption"] = ParagraphStyle("n-cap", fontName=BOLD, fontSize=10, leading=13,
                                     textColor=NAVY, spaceAfter=8)
    name = f"Regio Deal {dossier_name(dossier)}".strip()

    def once(info):
        truth = Truth(dossier, "newsletter")
        doc = _SidewaysDoc(str(pdf_path), truth, pagesize=A4, leftMargin=MX, rightMargin=MX,
                           topMargin=HEIGHT - TOP, bottomMargin=BOTTOM,
                           **meta(dossier, "newsletter"))

        def folio(canv):
            canv.saveState()
            canv.setFont(SANS, 7.5)
            canv.drawCentredString(WIDTH / 2, FOLIO_Y, str(canv.getPageNumber()))
            canv.restoreState()

        def running(canv, theme):
            folio(canv)
            canv.saveState()
            canv.setFillColor(MUTED)
            canv.setFont(SANS, 7)
            canv.drawString(MX, HEAD_Y, name)
            canv.drawRightString(WIDTH - MX, HEAD_Y, theme)
            canv.setStrokeColor(MUTED)
            canv.setLineWidth(0.25)
            canv.line(MX, HEAD_Y - 4, WIDTH - MX, HEAD_Y - 4)
            canv.restoreState()

        def columns(top):
            return [Frame(MX + k * (COL_W + GUTTER), BOTTOM, COL_W, top - BOTTOM,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
                    for k in range(3)]

        def opening(template, flowables, on_page):
            """A page template with `flowables` across the page, the columns below."""
            h = _block_height(flowables, FW) + 2
            head = Frame(MX, TOP - h, FW, h, leftPadding=0, rightPadding=0, topPadding=0,
                         bottomPadding=0)
            return PageTemplate(template, [head] + columns(TOP - h - OPENER_GAP),
                                onPage=on_page)

        def sideways_page(pr, t, rec):
            def draw(canv):
                running(canv, pr.theme)
                canv.saveState()
                # A quarter turn anticlockwise: the landscape box's top is the page's left.
                canv.translate(WIDTH, 0)
                canv.rotate(90)
                frame = Frame(BOTTOM, MX, TOP - BOTTOM, FW, leftPadding=0, rightPadding=0,
                              topPadding=0, bottomPadding=0)
                # As wide as the columns want, up to the whole landscape line.
                width = min(TOP - BOTTOM, 200.0 + 90.0 * t.columns)
                flowables = _sideways_table(t, pr.title, wide, rec, width)
                frame.addFromList(flowables, canv)
                if flowables:
                    raise ValueError(f"{pr.title}: the investment table does not fit its page")
                canv.restoreState()
            return draw

        toc_head = [para(dossier.toc_heading, st["title"]), _Rule(FW, ORANGE, 2, 3)]
        templates = [opening("toc", toc_head, lambda canv, d: running(canv, ""))]
        story = [*toc_head, FrameBreak()]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                theme = para(pr.theme, st["toc_theme"])
                theme.keepWithNext = 1
                story.append(theme)
            story += [_TocLine(para(pr.title, st["toc"]), page_of(info, p), st["toc"], 18),
                      Spacer(0, 3)]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            opener = [para(pr.theme, st["kicker"], rec),
                      para(pr.title, st["title"], truth.heading(p)), _Rule(FW, ORANGE, 2, 3)]
            templates += [
                opening(f"open{p}", opener, lambda canv, d: folio(canv)),
                PageTemplate(f"cols{p}", columns(TOP),
                             onPage=lambda canv, d, theme=pr.theme: running(canv, theme))]
            story += [NextPageTemplate(f"open{p}"), PageBreak(), *opener,
                      NextPageTemplate(f"cols{p}"), FrameBreak()]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.append(_Marker(doc, sideways_page(pr, row, rec)))
                    continue
                # The label with room for three lines under it, else in the next column.
                story += [CondPageBreak(st["label"].spaceBefore + 4 * leading),
                          para(row.label, st["label"], rec)]
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _column_table(item, small, rec)
                    else:
                        story.append(para(item, st["body"], rec))
            if pr.notes:
                story += [Spacer(0, 6), _Rule(40, ORANGE, 0.6, 2), *end_notes(pr.notes, st, rec)]
        doc.addPageTemplates(templates)
        doc.build(story)
        return truth

    return build_until_stable(once)
