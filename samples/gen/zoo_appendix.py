"""One more house style for the layout zoo (see zoo.py): a provincial council proposal whose
funding tables stand apart from the projects, in an annex (held out: scored before the
reader knew of it).

- appendix: the look of a provincial "Statenvoorstel" written in Word. Portrait A4, margins
            2.5 cm; a serif body (Liberation Serif, Times metrics; else DejaVu Serif) at
            11pt on 13.5pt, justified, 6pt after each paragraph. Footer in 8pt: the running
            title "Regio Deal <name> - projecten" left, the page number right; no header.
            A contents page (the transcription's heading, 16pt bold) as Word sets a table of
            contents: numbered themes in bold, their projects indented under them ("3.2
            Leonardo"), the annex last, leader dots to the page numbers. Each theme opens a
            new page under a numbered heading ("3 Arbeidsmarkt & Talent", 14pt bold); its
            projects follow each other on the same pages under numbered headings ("3.2
            Leonardo", 12pt bold), each field's label in bold on a line of its own above its
            paragraphs. Project notes as page footnotes in 9pt under a short rule (a note
            whose mark is nowhere in the text goes with the project's last paragraph).
            The project sections hold no investment tables: where the transcription has one,
            the next field simply follows, and no text points to the annex. A table inside a
            field ("Investering", "Mijlpaal", "Activiteit") stays in its field. All investment
            tables are collected at the end, in an annex that opens a new page under the
            heading "Bijlage 1 Financieel overzicht per project" (14pt bold): one table per
            project in project order, each under a bold 11pt caption naming the project as
            its body heading does ("Tabel 3.2 Leonardo").
            Every table (in the annex and in fields) in Word's "Table Grid": every cell ruled
            0.5pt black, no fills, 9pt serif; the header lines as transcribed, in bold, the
            table label in the top-left cell (over all header lines), a group header
            ("Publiek") centred over the columns it spans, the other headers and the amounts
            right aligned, the Totaal row bold; columns as wide as their contents need, the
            label column taking the rest of the text width. Table footnotes in 9pt directly
            under the table. Annex tables share pages; a table with its caption and footnotes
            is never split (it moves to the next page whole), so the transcription's page
            breaks inside investment tables are not reproduced.
            Page record: a project's first and last page are those of its body section
            (heading to last field text or footnote), not the annex page of its table.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid, _TocLine, fields_with_notes
from .zoo_common import (build_until_stable, Doc, FootnoteSupport, meta, page_of, para,
                         Truth)
from .zoo_typeset import _fonts

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
ANNEX = "Bijlage 1 Financieel overzicht per project"


def _table_styles(serif: str, bold: str) -> dict:
    def style(name, font, **kw):
        return ParagraphStyle(f"ap-{name}", fontName=font, fontSize=9, leading=11, **kw)

    return {"tlabel": style("tl", bold), "thead": style("th", bold, alignment=TA_RIGHT),
            "tgroup": style("tg", bold, alignment=TA_CENTER), "tbody": style("tb", serif),
            "tbody_b": style("tbb", bold), "tamount": style("ta", serif, alignment=TA_RIGHT),
            "tamount_b": style("tab", bold, alignment=TA_RIGHT),
            "tfoot": style("tf", serif, spaceBefore=3)}


def _grid_table(t: source.Table, st, rec, width: float) -> list:
    """Table `t` in Word's Table Grid across `width`, its footnotes under it."""
    pad = 4
    rows, spans, _, _ = _grid(t, st, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=_col_widths(t, lambda s: s, width, st, pad),
                  style=TableStyle(cmds), hAlign="LEFT")
    return [table] + [para(f, st["tfoot"], rec) for f in t.footnotes]


def render_appendix(dossier: source.Dossier, pdf_path) -> dict:
    f = _fonts()
    serif, bold = f["TsSerif"], f["TsSerif-Bold"]
    fw = WIDTH - 2 * MARGIN
    st = {
        "body": ParagraphStyle("ap-body", fontName=serif, fontSize=11, leading=13.5,
                               alignment=TA_JUSTIFY, spaceAfter=6),
        "label": ParagraphStyle("ap-label", fontName=bold, fontSize=11, leading=13.5,
                                spaceBefore=6, spaceAfter=2, keepWithNext=1),
        "h1": ParagraphStyle("ap-h1", fontName=bold, fontSize=14, leading=17,
                             spaceAfter=10, keepWithNext=1),
        "h2": ParagraphStyle("ap-h2", fontName=bold, fontSize=12, leading=15,
                             spaceBefore=16, spaceAfter=4, keepWithNext=1),
        "caption": ParagraphStyle("ap-cap", fontName=bold, fontSize=11, leading=13.5,
                                  spaceAfter=4),
        "note": ParagraphStyle("ap-note", fontName=serif, fontSize=9, leading=11,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "toc_h": ParagraphStyle("ap-toch", fontName=bold, fontSize=16, leading=20,
                                spaceAfter=14),
        "toc_theme": ParagraphStyle("ap-toct", fontName=bold, fontSize=11, leading=13.5),
        "toc": ParagraphStyle("ap-toc", fontName=serif, fontSize=11, leading=13.5,
                              leftIndent=18),
    }
    tst = _table_styles(serif, bold)
    name_meta = meta(dossier, "appendix")
    running = name_meta["title"]
    themes = {theme: k for k, theme in
              enumerate(dict.fromkeys(pr.theme for pr in dossier.projects), 1)}
    # Each project's number as its heading shows it ("3.2").
    numbers, counters = [], {}
    for pr in dossier.projects:
        counters[pr.theme] = counters.get(pr.theme, 0) + 1
        numbers.append(f"{themes[pr.theme]}.{counters[pr.theme]}")
    # The annex's page as drawn in the previous pass, for the contents; the pass that
    # build_until_stable keeps has the same body as the one before it.
    annex_page = [""]

    def annex_drawn(page):
        annex_page[0] = str(page)

    def once(info):
        truth = Truth(dossier, "appendix")
        note_owner = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(note_owner[id(n)]),
                               rule_width=100)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **name_meta)

        def footer(canv, d):
            canv.saveState()
            canv.setFont(serif, 8)
            canv.drawString(MARGIN, 1.4 * cm, running)
            canv.drawRightString(WIDTH - MARGIN, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, MARGIN, fw, HEIGHT - 2 * MARGIN, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=footer, onPageEnd=lambda canv, d: foot.draw(canv))])

        story = [para(dossier.toc_heading, st["toc_h"])]
        last_theme = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [Spacer(0, 6), _TocLine(para(f"{themes[pr.theme]} {pr.theme}",
                                                      st["toc_theme"]),
                                                 page_of(info, p), st["toc_theme"])]
            story += [Spacer(0, 3), _TocLine(para(f"{numbers[p]} {pr.title}", st["toc"]),
                                             page_of(info, p), st["toc"])]
        story += [Spacer(0, 12), _TocLine(para(ANNEX, st["toc_theme"]), annex_page[0],
                                          st["toc_theme"])]

        last_theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme != last_theme:
                last_theme = pr.theme
                story += [PageBreak(), para(f"{themes[pr.theme]} {pr.theme}", st["h1"])]
            story.append(para(f"{numbers[p]} {pr.title}", st["h2"], truth.heading(p)))
            # A budget stands in the annex; a table inside a field stays in its field.
            story += fields_with_notes(pr, st, rec, foot, lambda t, inside, rec=rec: [
                Spacer(0, 4), KeepTogether(_grid_table(t, tst, rec, fw)), Spacer(0, 8)] if inside else [])

        # The annex: not part of any project's pages, so nothing in it is recorded.
        story += [PageBreak(), para(ANNEX, st["h1"], annex_drawn)]
        for p, pr in enumerate(dossier.projects):
            for t in pr.rows:
                if isinstance(t, source.Table):
                    story += [KeepTogether([para(f"Tabel {numbers[p]} {pr.title}",
                                                 st["caption"])] + _grid_table(t, tst, None, fw)),
                              Spacer(0, 16)]
        doc.build(story)
        return truth

    return build_until_stable(once)
