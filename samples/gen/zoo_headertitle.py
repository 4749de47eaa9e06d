"""One more house style for the layout zoo (see zoo.py), held out: a province's
"projectfiche" template in which the project's title is printed ONLY in the page header.

- headertitle: A4 portrait, margins 2 cm left and right, the body from 4.2 cm under the top
          edge to 2 cm above the bottom edge. A HEADER BAND on every page: a dark blue
          (#1D3557) filled band across the full page width from the top edge, 3 cm tall;
          in it, at the left margin, "Regio Deal <Name> · Projectfiche <k> van <K>" in 8pt
          light blue (#A8DADC) and under it the PROJECT TITLE in 15pt bold white (wrapping
          to two lines if need be), the theme at the right margin in 8pt light blue. The
          band, title and all, repeats identically on every page of the project; each
          project opens a new page. The body has NO HEADING: it starts straight with the
          fields.
          FIELDS in order, the first ("Naam Project", "Projectnaam") like any other: the
          label in 10pt bold dark blue on its own line, the paragraphs in 9.5pt on 12.5pt
          (Helvetica), list items hanging on their own marker. A table inside a field stands
          in its field.
          TABLES 8.5pt, horizontal rules only: 0.8pt above and below the header, 0.3pt
          between body rows, 0.8pt under the last row; the header bold (the table's label
          over the row labels, single headers right-aligned), a group header ("Publiek")
          centred over its members with a short rule under it; amounts right-aligned
          exactly as transcribed; the Totaal row bold. Header lines repeated where a table
          breaks over a page. Table footnotes under the table in 7.5pt; the project's notes
          at the end of the project in 7.5pt, each with its mark.
          Footer: the page number centred, 8pt. The contents page gets the band with
          "Inhoud" as its title and lists the projects with their page numbers.

The transcription's page breaks are not reproduced. Every cell is printed as transcribed:
the truth record is the plain one. A project's first page is the first page whose band
carries its title (the title paragraph in the band records the page it is drawn on).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, meta,
                         notes_at_end, page_of, para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN_X = 2 * cm
TOP, BOTTOM = 4.2 * cm, 2 * cm
FW = WIDTH - 2 * MARGIN_X
FH = HEIGHT - TOP - BOTTOM
BAND_H = 3 * cm

NAVY = colors.HexColor("#1D3557")
LIGHT = colors.HexColor("#A8DADC")
INK = colors.HexColor("#1A1A1A")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
TITLE_SIZE, TITLE_LEAD = 15.0, 18.0
PAD = 3.5
TRIM = 4.0  # the group header's rule stops this short of its columns' outer edges


def _styles() -> dict:
    def st(name, font=SANS, size=9.5, leading=12.5, textColor=INK, **kw):
        return ParagraphStyle(f"ht-{name}", fontName=font, fontSize=size, leading=leading,
                              textColor=textColor, **kw)

    ts, tl = 8.5, 10.5
    return {
        "title": st("title", BOLD, TITLE_SIZE, TITLE_LEAD, textColor=colors.white),
        "label": st("label", BOLD, 10, 12.5, textColor=NAVY, spaceBefore=9, spaceAfter=2,
                    keepWithNext=1),
        "label0": st("label0", BOLD, 10, 12.5, textColor=NAVY, spaceAfter=2, keepWithNext=1),
        "body": st("body", spaceAfter=4),
        "item": st("item", spaceAfter=2, leftIndent=13, bulletIndent=2),
        "tlabel": st("tl", BOLD, ts, tl, alignment=TA_LEFT),
        "thead": st("th", BOLD, ts, tl, alignment=TA_RIGHT),
        "tgroup": st("tg", BOLD, ts, tl, alignment=TA_CENTER),
        "tbody": st("tb", SANS, ts, tl),
        "tbody_b": st("tbb", BOLD, ts, tl),
        "tamount": st("ta", SANS, ts, tl, alignment=TA_RIGHT),
        "tamount_b": st("tab", BOLD, ts, tl, alignment=TA_RIGHT),
        "tnote": st("tn", SANS, 7.5, 9.5, spaceBefore=2),
        "note": st("note", SANS, 7.5, 9.5, spaceBefore=3),
        "note_more": st("notem", SANS, 7.5, 9.5, leftIndent=8),
        "toc": st("toc", SANS, 10, 13),
        "toc_page": st("tocp", SANS, 10, 13, alignment=TA_RIGHT),
    }


def _title_para(title, st, rec):
    """The band's title: 15pt, wrapping to two lines; a title that would need more lines is
    set smaller until it takes two (no title of the dossiers does)."""
    p = para(title, st["title"], rec)
    size = TITLE_SIZE
    while len(_lines(p)) > 2 and size > 9:
        size -= 0.5
        style = ParagraphStyle(f"ht-title-{size}", st["title"], fontSize=size,
                               leading=size * TITLE_LEAD / TITLE_SIZE)
        p = para(title, style, rec)
    return p


def _lines(p) -> list:
    p.wrap(FW, 1e6)
    return p.blPara.lines


# --- tables ---------------------------------------------------------------------------


class _RuledTable(Table):
    """A Table that also draws a short rule under each group header: (row, first column,
    last column) in `groups`, TRIM short of the columns' outer edges."""

    groups: tuple = ()

    def draw(self):
        super().draw()
        c = self.canv
        c.saveState()
        c.setStrokeColor(INK)
        c.setLineWidth(0.5)
        for r, c0, c1 in self.groups:
            if r >= self._nrows:
                continue
            y = self._rowpositions[r + 1] + 0.5
            c.line(self._colpositions[c0] + TRIM, y, self._colpositions[c1 + 1] - TRIM, y)
        c.restoreState()

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        for q in parts:  # the repeated header keeps its group rules
            q.groups = self.groups
        return parts


def _table(t: source.Table, st, rec) -> list:
    rows, spans, placed, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.8, INK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, INK)]
    if len(rows) - lines > 1:  # hairlines between body rows
        cmds.append(("LINEBELOW", (0, lines), (-1, -2), 0.3, INK))
    groups = []
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            groups.append((r, h.column, h.column + h.columns - 1))
            cmds.append(("BOTTOMPADDING", (h.column, r), (h.column + h.columns - 1, r), 4.5))
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, st, PAD, label_share=0.36)
    table = _RuledTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                        hAlign="LEFT")
    table.groups = tuple(groups)
    out: list = [Spacer(0, 4), table]
    out += [para(f, st["tnote"], rec) for f in t.footnotes]
    return out + [Spacer(0, 6)]


# --- contents ---------------------------------------------------------------------------


def _contents(dossier, st, info) -> Table:
    rows = [[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_page"])]
            for p, pr in enumerate(dossier.projects)]
    return Table(rows, colWidths=[FW - 40, 40], hAlign="LEFT", style=TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))


def render_headertitle(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    house = f"Regio Deal {name}".replace("  ", " ").strip()
    count = len(dossier.projects)

    def once(info):
        truth = Truth(dossier, "headertitle")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "headertitle"))

        def band(canv, small, title, theme, rec):
            canv.saveState()
            canv.setFillColor(NAVY)
            canv.rect(0, HEIGHT - BAND_H, WIDTH, BAND_H, stroke=0, fill=1)
            base = HEIGHT - 0.95 * cm
            canv.setFillColor(LIGHT)
            canv.setFont(font_for(small, SANS), 8)
            canv.drawString(MARGIN_X, base, small)
            if theme:
                canv.setFont(font_for(theme, SANS), 8)
                canv.drawRightString(WIDTH - MARGIN_X, base, theme)
            canv.restoreState()
            p = _title_para(title, st, rec)
            _, h = p.wrap(FW, BAND_H)
            p.drawOn(canv, MARGIN_X, base - 8 - h)
            canv.saveState()
            canv.setFillColor(INK)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.1 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def frame():
            return Frame(MARGIN_X, BOTTOM, FW, FH, leftPadding=0, rightPadding=0,
                         topPadding=0, bottomPadding=0)

        templates = [PageTemplate("toc", [frame()], onPage=lambda canv, d: band(
            canv, house, "Inhoud", "", None))]
        for p, pr in enumerate(dossier.projects):
            small = f"{house} · Projectfiche {p + 1} van {count}"

            # the band's title is the project's heading: its page is recorded on every page
            def on_page(canv, d, p=p, pr=pr, small=small):
                band(canv, small, pr.title, pr.theme, truth.heading(p))

            templates.append(PageTemplate(f"p{p}", [frame()], onPage=on_page))
        doc.addPageTemplates(templates)

        story: list = [_contents(dossier, st, info)]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [NextPageTemplate(f"p{p}"), PageBreak()]
            first = True
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                # no room above the body's first label: the band is the page's only head
                label = para(row.label, st["label0" if first else "label"], rec)
                parts = []
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        parts += _table(item, st, rec)
                    else:
                        parts.append(field_para(item, st["body"], st["item"], rec))
                story += [label, *parts]  # the label keeps with what follows it
                first = False
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
