"""One more house style for the layout zoo (see zoo.py): an investment agenda that opens with
a financial overview of all projects.

- overview: the look of a regional investment agenda a province's programme office writes
            in Word. A title page ("Regio Deal <name>", "Investeringsvoorstellen", the month
            and year the texts mention most, "Programmabureau Regio Deal <name>"), then a
            landscape page "Financieel overzicht": one table over all projects, a table that
            is none of the projects' own. Its columns: Project, Thema, Totale investering,
            Bijdrage Rijk, Cofinanciering regio; the row "Totaal Regio Deal <name>" directly
            under the header, bold on a mid tint, then one row per project; alternating row
            shading, a dark header with white text, no rules at all; every amount right
            aligned with the euro sign ("€ 1.650.000", "€ -" for nothing). A project's
            figures are its investment table's Totaal row (Totaal and Rijk columns; the sum
            of the cost lines where that row states none or is missing), the cofinancing
            the difference: the overview adds up by itself even where a project's own table
            does not.
            Then the projects, each opening a new page, on mirrored pages (inner margin
            2.4 cm, outer 3.4 cm): the theme in 9pt colour above the title in 17pt bold, a
            thin rule; field labels bold in the theme's colour on a line of their own, a sans
            body (Liberation Sans, Arial's metrics; else DejaVu Sans) at 9.5pt, ragged right.
            In the outer margin of every project page a thumb tab in the theme's colour,
            bleeding off the page edge, one tab position per theme down the page: the
            theme's number (14pt) and its name (7pt condensed bold, wrapped) in white,
            horizontal, level with the body text beside it. Running header at the outer
            edge, folio at the outer foot corner.
            Funding tables (investment tables and those inside a field) as a finance office
            sets them with tab stops: no fills, no vertical rules; the header bold over a
            thin rule (a thin rule under just the columns a group header spans); each row
            label followed by leader dots up to the amounts; the Totaal row bold, with a
            single rule above and a double rule below its amounts only (not under its
            label). Tables move whole to the next page where they do not fit; their
            footnotes in 7.5pt under them. Project notes as page footnotes under a short
            rule. No contents page: the overview is the document's index.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, KeepTogether, NextPageTemplate, PageBreak, PageTemplate,
                                Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _Rule, _TocLine, fields_with_notes
from .zoo_common import (build_until_stable, Doc, dossier_name, FootnoteSupport, is_total, meta,
                         para, register_fonts, Truth)
from .zoo_forms import _Enter, _SlideState, _themes
from .zoo_minutes import _year
from .zoo_spreadsheet import _fonts

WIDTH, HEIGHT = A4
LW, LH = landscape(A4)
INNER, OUTER = 2.4 * cm, 3.4 * cm
TOP, BOTTOM = 2.6 * cm, 2.4 * cm
FW = WIDTH - INNER - OUTER
TAB_W, TAB_H, TAB_GAP = 2.75 * cm, 2.9 * cm, 0.25 * cm  # the tab from the page edge inwards
TAB_TOP = HEIGHT - TOP - 1.2 * cm
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#666666")
NAVY = colors.HexColor("#1F3B5A")
TINTS = (colors.white, colors.HexColor("#EDF1F5"))
TOTAL_TINT = colors.HexColor("#C9D6E3")
THEME_COLOURS = [colors.HexColor(c) for c in ("#1F6E8C", "#B04A2E", "#5A7D2B", "#74508F",
                                              "#B8860B", "#3F5E8C")]
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"


def _theme_colour(k: int):
    return THEME_COLOURS[k % len(THEME_COLOURS)]


# --- the overview's figures --------------------------------------------------------------

_MLN = re.compile(r"^(\d+(?:,\d+)?)\s*mln\.?$")
_WHOLE = re.compile(r"^\d{1,3}(?:\.\d{3})*$")


def _euros(raw: str) -> Decimal | None:
    """A cell's amount as the transcription writes it ("2.000.000", "€ 92,3 mln.",
    "750.000*"); None for a dash, an empty cell or words."""
    text = raw.replace("€", "").replace("*", "").strip()
    m = _MLN.match(text)
    if m:
        return Decimal(m.group(1).replace(",", ".")) * 1_000_000
    return Decimal(text.replace(".", "")) if _WHOLE.match(text) else None


def _column(t: source.Table, word: str) -> int | None:
    """1-based value column whose own header starts with `word`."""
    return next((h.column for h in t.header_cells()
                 if h.columns == 1 and h.text.lower().startswith(word)), None)


def _figure(t: source.Table, column: int | None) -> Decimal:
    """The Totaal row's amount in `column`, or the sum of the cost lines where it states none."""
    if column is None:
        return Decimal(0)
    total = next((r for r in t.rows if is_total(r[0])), None)
    stated = _euros(total[column]) if total else None
    if stated is not None:
        return stated
    return sum((_euros(r[column]) or Decimal(0) for r in t.rows if not is_total(r[0])), Decimal(0))


def _overview_rows(dossier: source.Dossier) -> list[tuple[str, str, Decimal, Decimal]]:
    """(title, theme, total, Rijk) of each project with an investment table."""
    out = []
    for pr in dossier.projects:
        t = next((r for r in pr.rows if isinstance(r, source.Table)), None)
        if t is not None:
            out.append((pr.title, pr.theme, _figure(t, _column(t, "totaal")),
                        _figure(t, _column(t, "rijk"))))
    return out


def _money(value: Decimal) -> str:
    return f"€ {int(value):,}".replace(",", ".") if value else "€ -"


def _overview(dossier, st, width) -> Table:
    rows = _overview_rows(dossier)
    total, rijk = sum(r[2] for r in rows), sum(r[3] for r in rows)
    head = ["Project", "Thema", "Totale investering", "Bijdrage Rijk", "Cofinanciering regio"]
    cells = [[para(h, st["ov_head"] if k < 2 else st["ov_head_r"]) for k, h in enumerate(head)],
             [para(f"Totaal Regio Deal {dossier_name(dossier)}".strip(), st["ov_total"]), ""] +
             [para(_money(v), st["ov_total_r"]) for v in (total, rijk, total - rijk)]]
    for title, theme, t, r in rows:
        cells.append([para(title, st["ov_cell"]), para(theme, st["ov_theme"])] +
                     [para(_money(v), st["ov_amount"]) for v in (t, r, t - r)])
    return Table(cells, colWidths=[width * 0.34, width * 0.21] + [width * 0.15] * 3,
                 repeatRows=1, hAlign="LEFT", style=TableStyle([
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                     ("TOPPADDING", (0, 0), (-1, -1), 4.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                     ("BACKGROUND", (0, 0), (-1, 0), NAVY),
                     ("BACKGROUND", (0, 1), (-1, 1), TOTAL_TINT),
                     ("ROWBACKGROUNDS", (0, 2), (-1, -1), TINTS)]))


# --- the projects' tables ----------------------------------------------------------------


def _tab_stop_table(t: source.Table, st, rec, width) -> list:
    """Table `t` as tab stops set it: leader dots after each row label, the Totaal row's
    amounts between a single rule and a double one."""
    pad = 4
    rows, spans, placed, totals = _grid(t, st, rec)
    lines = len(t.header)
    for r in range(lines, len(rows)):
        label = rows[r][0]
        rows[r][0] = _TocLine(label, "", label.style, page_w=0)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("LEFTPADDING", (0, 0), (0, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.6, INK)]
    for h in placed:
        if h.columns > 1:
            r = h.line + h.lines - 1
            cmds.append(("LINEBELOW", (h.column, r), (h.column + h.columns - 1, r), 0.4, INK))
    for r in totals:
        cmds += [("LINEABOVE", (1, r), (-1, r), 0.5, INK),
                 ("LINEBELOW", (1, r), (-1, r), 0.5, INK, None, None, None, 2, 1.5),
                 ("TOPPADDING", (0, r), (-1, r), 4)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, width, st, pad),
                  style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 6), KeepTogether([table] + [para(f, st["tfoot"], rec) for f in t.footnotes]),
            Spacer(0, 10)]


# --- the document ------------------------------------------------------------------------


def render_overview(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    sans, bold = _fonts()

    def style(name, font=sans, size=9.5, leading=13.2, **kw):
        return ParagraphStyle(f"ov-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    st = {
        "body": style("body", spaceAfter=5),
        "label": style("label", bold, 9.5, 12.5, spaceBefore=9, spaceAfter=2.5, keepWithNext=1),
        "theme": style("theme", bold, 9, 11, spaceAfter=3, keepWithNext=1),
        "title": style("title", bold, 17, 21, keepWithNext=1),
        "note": style("note", sans, 7.5, 9.5, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "tlabel": style("tl", bold, 8, 10), "thead": style("th", bold, 8, 10, alignment=TA_RIGHT),
        "tgroup": style("tg", bold, 8, 10, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8, 10), "tbody_b": style("tbb", bold, 8, 10),
        "tamount": style("ta", sans, 8, 10, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8, 10, alignment=TA_RIGHT),
        "tfoot": style("tf", sans, 7.5, 9.5, spaceBefore=3),
        "cover": style("cover", bold, 30, 36, textColor=NAVY, spaceAfter=10),
        "cover_sub": style("coversub", sans, 16, 20, textColor=NAVY, spaceAfter=40),
        "cover_meta": style("covermeta", sans, 10.5, 15, textColor=GREY),
        "ov_h": style("ovh", bold, 16, 20, textColor=NAVY, spaceAfter=4),
        "ov_intro": style("ovi", sans, 9, 12, textColor=GREY, spaceAfter=12),
        "ov_head": style("ovhd", bold, 9, 11.5, textColor=colors.white),
        "ov_head_r": style("ovhdr", bold, 9, 11.5, textColor=colors.white, alignment=TA_RIGHT),
        "ov_total": style("ovt", bold, 9, 11.5),
        "ov_total_r": style("ovtr", bold, 9, 11.5, alignment=TA_RIGHT),
        "ov_cell": style("ovc", sans, 9, 11.5),
        "ov_theme": style("ovth", sans, 8.5, 11.5, textColor=GREY),
        "ov_amount": style("ova", sans, 9, 11.5, alignment=TA_RIGHT),
        "tab_num": style("tabn", bold, 14, 16, textColor=colors.white),
        "tab_name": style("tabname", CONDENSED_BOLD, 7, 8.4, textColor=colors.white),
    }
    name = dossier_name(dossier)
    running = f"Regio Deal {name} – investeringsvoorstellen".replace("  ", " ")
    month = f"maart {_year(dossier)}"
    themes = _themes(dossier)

    def once(info):
        truth = Truth(dossier, "overview")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=90)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=INNER, rightMargin=OUTER,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "overview"))
        state = _SlideState()  # state.key: the theme of the project on the page

        def frame(left):
            return Frame(left, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                         rightPadding=0, topPadding=0, bottomPadding=0)

        def furniture(canv, x, height, recto):
            """The running header and the folio at the text's outer edge `x`."""
            canv.saveState()
            canv.setFont(sans, 7.5)
            canv.setFillColor(GREY)
            draw = canv.drawRightString if recto else canv.drawString
            draw(x, height - 1.5 * cm, running)
            draw(x, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def thumb_tab(canv, recto):
            k = themes.get(state.key)
            if k is None:
                return
            y = TAB_TOP - (k + 1) * TAB_H
            x = WIDTH - TAB_W if recto else 0
            canv.saveState()
            canv.setFillColor(_theme_colour(k))
            canv.rect(x, y + TAB_GAP / 2, TAB_W, TAB_H - TAB_GAP, stroke=0, fill=1)
            canv.restoreState()
            # the text in the tab's page-side part, clear of the bleed edge
            tx = x + 8 if recto else x + 0.7 * cm
            inner_w = TAB_W - 0.7 * cm - 8
            top = y + TAB_H - TAB_GAP / 2 - 6
            num = para(str(k + 1), st["tab_num"])
            h = num.wrap(inner_w, TAB_H)[1]
            num.drawOn(canv, tx, top - h)
            label = para(state.key, st["tab_name"])
            lh = label.wrap(inner_w, TAB_H)[1]
            label.drawOn(canv, tx, top - h - 2 - lh)

        def page_end(recto):
            def end(canv, d):
                foot.draw(canv)
                furniture(canv, WIDTH - OUTER if recto else OUTER, HEIGHT, recto)
                thumb_tab(canv, recto)
            return end

        wide = Frame(2 * cm, 2 * cm, LW - 4 * cm, LH - 4 * cm, leftPadding=0, rightPadding=0,
                     topPadding=0, bottomPadding=0)
        cover = Frame(INNER, BOTTOM, FW, HEIGHT - TOP - BOTTOM - 5 * cm, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        recto_t = PageTemplate("recto", [frame(INNER)], onPageEnd=page_end(True))
        verso_t = PageTemplate("verso", [frame(OUTER)], onPageEnd=page_end(False))
        def cover_page(canv, d):
            canv.saveState()
            canv.setFillColor(NAVY)
            canv.rect(0, HEIGHT - 1.6 * cm, WIDTH, 1.6 * cm, stroke=0, fill=1)
            for k in range(len(themes)):  # the themes' colours as a strip under the band
                canv.setFillColor(_theme_colour(k))
                canv.rect(k * WIDTH / len(themes), HEIGHT - 1.9 * cm, WIDTH / len(themes),
                          0.3 * cm, stroke=0, fill=1)
            canv.restoreState()

        doc.addPageTemplates([
            PageTemplate("cover", [cover], onPage=cover_page),
            PageTemplate("wide", [wide], pagesize=(LW, LH),
                         onPageEnd=lambda canv, d: furniture(canv, LW - 2 * cm, LH, True)),
            recto_t, verso_t])

        story = [para(f"Regio Deal {name}".strip(), st["cover"]),
                 para("Investeringsvoorstellen", st["cover_sub"]),
                 para(f"Programmabureau Regio Deal {name}".strip(), st["cover_meta"]),
                 para(month.capitalize(), st["cover_meta"]),
                 NextPageTemplate("wide"), PageBreak(),
                 para("Financieel overzicht", st["ov_h"]),
                 para("Per project de totale investering en de gevraagde bijdrage van het Rijk, "
                      "zoals in de projectbeschrijvingen opgenomen.", st["ov_intro"]),
                 _overview(dossier, st, LW - 4 * cm)]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            k = themes[pr.theme]
            # each project opens a new page, recto or verso; the overview fills page 2, so
            # the pages from the first project on are recto, verso, recto, ...
            story += [NextPageTemplate(["recto", "verso"]), PageBreak()] if p == 0 else [PageBreak()]
            story += [_Enter(state, pr.theme),
                      para(pr.theme, ParagraphStyle(f"ov-theme{k}", st["theme"],
                                                    textColor=_theme_colour(k)), rec),
                      para(pr.title, st["title"], truth.heading(p)),
                      _Rule(FW, _theme_colour(k), 0.8, 5)]
            label = ParagraphStyle(f"ov-label{k}", st["label"], textColor=_theme_colour(k))
            story += fields_with_notes(
                pr, dict(st, label=label), rec, foot,
                lambda t, _, rec=rec: _tab_stop_table(t, st, rec, FW))
        doc.build(story)
        return truth

    return build_until_stable(once)
