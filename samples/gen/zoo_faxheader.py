"""One more house style for the layout zoo (see zoo.py), held out: the dossier as it was SENT
BY FAX from the province and RECEIVED BY A FAX SERVER as a (text-bearing) PDF: a fax cover
sheet first, then every page of a plain municipal Word document, each page carrying TWO LAYERS
OF RUNNING HEADERS AND FOOTERS: the sending machine's transmission line at its very top and
the receiving server's stamp at its foot (small monospace type, right at the paper's edge),
and, a little further in, the original document's own running header and footer.

- faxheader: THE ORIGINAL (pages 2 to N of the PDF) is a municipality's plain Word document:
          A4 portrait, margins 2.5 cm left and right, 2.5 cm top, 2.3 cm bottom (a 16 cm
          text column). Helvetica (Arial's metrics; DejaVu Sans for a paragraph holding a
          character it lacks) 10pt on 13pt, ragged right, 4pt after each paragraph; a list
          item hangs on its own marker. Its running header in 8pt: "Gemeente <Town>" at the
          left, "Regio Deal <Name> - projectvoorstellen" at the right, a 0.5pt rule under
          them; its footer "Pagina n van M" (the ORIGINAL's numbering, M its own page count)
          centred in 8pt, "Kenmerk <ref>" at the left. Its first page opens with "Regio Deal
          <Name>" (16pt bold), "Projectvoorstellen" (12pt) and "Gemeente <Town>, mei 2018"
          (9pt). Every project a numbered "Heading 1" "<k>. <title>" (12pt bold, 14pt above,
          kept with what follows; projects FLOW ON, a new page only where fewer than 5 cm are
          left), then "Thema: <theme>" in 9pt italic. Field labels in 10pt bold on a line of
          their own, the field's paragraphs under them. Tables where the transcription places
          them (investment tables and tables inside a field): Word's "Table Grid", a 0.5pt
          black rule round every cell, NO FILLS (black and white, as for a fax), 8.5pt on
          10.5pt, the header bold (the table's label in the corner cell, a group header such
          as "Publiek" centred over its members, single headers right-aligned), the row
          labels left, values right-aligned and printed as transcribed, the Totaal row bold,
          the label column 4.2 cm and the value columns sharing the rest; the header lines
          repeated where a table breaks over a page. Table footnotes under the table in 8pt;
          the project's notes after its last field in 8pt, each after its mark.
          THE FAX: every page of the PDF is an A4 page on which the sent page (the cover or a
          page of the original) is drawn REDUCED TO 95% and centred, its top edge 15pt under
          the paper's top (as the sending machine makes room for its header). Over it, on
          EVERY page, in Courier 7pt black: the TRANSMISSION LINE (TTI) 9pt under the top
          edge at 0.6 cm from the left: "14-05-2018 10:32   VAN: PROVINCIE <PROVINCE>
          <fax number>   AAN: MIN. BZK   NR. 4471   P. 03/41" (the minute advancing with the
          pages, 12 seconds a page; "P." the FAX's page number, cover included, over the
          fax's page count, both two digits), and the RECEIVING SERVER'S STAMP 8pt above the
          bottom edge at 0.6 cm from the left: "Ontvangen 14-05-2018 10:41 via FaxServer
          RD-2" (the time the last page came in), at the right "Fax-ID 20180514-4471".
          PAGE 1 is the province's FAX COVER SHEET ("faxvoorblad"): the province's name in
          13pt bold and its address in 8pt, "FAX" in 40pt bold, a ruled grid of boxes (0.75pt
          black) with the labels in 8pt bold above each value in 10pt: Aan | Faxnummer, Van |
          Telefoon, Datum | Aantal pagina's incl. voorblad, Betreft over the whole width; a
          short message (10pt, no figures), a line of check boxes (Spoed / Ter informatie /
          Graag reactie, the second ticked) and a confidentiality notice in 7pt italic.

How it is drawn: the original and the cover sheet are laid out with reportlab, then every page
is placed, scaled, on a fresh A4 page with pymupdf (show_pdf_page) and the fax lines are
written over it as text.

The truth records the pages of the PDF (the cover sheet is page 1, so the original's page n is
page n + 1); neither header layer is content. Every cell prints as transcribed: no "raw".
"""

from __future__ import annotations

import tempfile
from datetime import datetime, timedelta
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Frame, PageTemplate, SimpleDocTemplate, Spacer,
                                Table, TableStyle)

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, is_total,
                         meta, notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.5 * cm, 2.5 * cm, 2.3 * cm
FW = WIDTH - ML - MR
SCALE = 0.95
TOP_GAP = 15.0
START = datetime(2018, 5, 14, 10, 32, 0)
SECONDS_A_PAGE = 12

# name -> (town of the municipality, province, province's fax number, province's address)
PLACES = {
    "Twente": ("Enschede", "Overijssel", "+31 38 499 88 99",
               "Luttenbergstraat 2 - Postbus 10078 - 8000 GB Zwolle"),
    "Zeeland": ("Vlissingen", "Zeeland", "+31 118 63 10 11",
                "Abdij 6 - Postbus 6001 - 4330 LA Middelburg"),
}


def _place(name):
    return PLACES.get(name, (name or "Regio", name or "Regio", "+31 30 123 45 67",
                             "Postbus 1000 - 1000 AA Provincie"))


def _styles():
    def s(name, font="Helvetica", size=10, leading=13, **kw):
        return ParagraphStyle(f"fax-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=0),
        "label": s("label", "Helvetica-Bold", spaceBefore=5, spaceAfter=2, keepWithNext=1),
        "doc": s("doc", "Helvetica-Bold", 16, 20, spaceAfter=2),
        "sub": s("sub", size=12, leading=15, spaceAfter=2),
        "date": s("date", size=9, leading=12, spaceAfter=10),
        "h1": s("h1", "Helvetica-Bold", 12, 15, spaceBefore=14, spaceAfter=2, keepWithNext=1),
        "theme": s("theme", "Helvetica-Oblique", 9, 12, spaceAfter=4, keepWithNext=1),
        "tlabel": s("tl", "Helvetica-Bold", 8.5, 10.5),
        "thead": s("th", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8.5, 10.5, alignment=TA_CENTER),
        "tbody": s("tb", size=8.5, leading=10.5), "tbody_b": s("tbb", "Helvetica-Bold", 8.5, 10.5),
        "tamount": s("ta", size=8.5, leading=10.5, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8.5, 10.5, alignment=TA_RIGHT),
        "tfoot": s("tf", size=8, leading=10, spaceBefore=2),
        "note": s("note", size=8, leading=10, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        # the cover sheet
        "c_org": s("corg", "Helvetica-Bold", 13, 16),
        "c_addr": s("caddr", size=8, leading=10),
        "c_fax": s("cfax", "Helvetica-Bold", 40, 44),
        "c_lab": s("clab", "Helvetica-Bold", 8, 10),
        "c_val": s("cval", size=10, leading=13),
        "c_msg": s("cmsg", size=10, leading=14, spaceAfter=6),
        "c_box": s("cbox", "DejaVuSans", 10, 14),
        "c_conf": s("cconf", "Helvetica-Oblique", 7, 9),
    }


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    wl = 4.2 * cm
    widths = [wl] + [(FW - wl) / n] * n
    grid: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    grid[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = (para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
                            if h.text else "")
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        total = is_total(body[0])
        row = [para(body[0], st["tbody_b"] if total else st["tbody"], rec)]
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(para(cell, st["tamount_b"] if total else st["tamount"], rec) if cell else "")
        grid.append(row)
    out = [Spacer(0, 4), Table(grid, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                               hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 5))
    return out


def _original(dossier, path: Path, st) -> dict:
    """The municipality's Word document; its truth in its own page numbers."""
    name = dossier_name(dossier)
    town = _place(name)[0]

    def once(info):
        truth = Truth(dossier, "faxheader")
        doc = Doc(str(path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "faxheader"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 8)
            y = HEIGHT - 1.5 * cm
            canv.drawString(ML, y, f"Gemeente {town}")
            canv.drawRightString(WIDTH - MR, y, f"Regio Deal {name} - projectvoorstellen")
            canv.setLineWidth(0.5)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            page = canv.getPageNumber()
            canv.drawString(ML, 1.3 * cm, "Kenmerk 2018/EZ/0412")
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"Pagina {page} van {max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story = [para(f"Regio Deal {name}", st["doc"]), para("Projectvoorstellen", st["sub"]),
                 para(f"Gemeente {town}, mei 2018", st["date"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(CondPageBreak(5 * cm))
            story.append(para(f"{p + 1}. {pr.title}", st["h1"], truth.heading(p)))
            story.append(para(f"Thema: {pr.theme}", st["theme"], rec))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)


def _cover(dossier, path: Path, st, total: int) -> None:
    name = dossier_name(dossier)
    town, province, fax, address = _place(name)
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.2 * cm, rightMargin=2.2 * cm,
                            topMargin=2.0 * cm, bottomMargin=2.0 * cm)
    w = WIDTH - 4.4 * cm

    def box(label, value):
        return [para(label, st["c_lab"]), Spacer(0, 2), para(value, st["c_val"])]

    grid = [
        [box("Aan", "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, "
                    "t.a.v. programmateam Regio Deals"), box("Faxnummer", "070 426 61 00")],
        [box("Van", f"Provincie {province}, eenheid Economie en Cultuur"),
         box("Telefoon", fax.replace("+31 ", "0"))],
        [box("Datum", START.strftime("%d-%m-%Y")), box("Aantal pagina's incl. voorblad", str(total))],
        [box("Betreft", f"Regio Deal {name} - projectvoorstellen gemeente {town}"), ""],
    ]
    boxes = Table(grid, colWidths=[w * 0.62, w * 0.38], style=TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.75, colors.black), ("SPAN", (0, 3), (1, 3)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]), hAlign="LEFT")
    story = [para(f"Provincie {province}", st["c_org"]), para(address, st["c_addr"]),
             Spacer(0, 28), para("FAX", st["c_fax"]), Spacer(0, 18), boxes, Spacer(0, 22),
             para("Geachte heer, mevrouw,", st["c_msg"]),
             para(f"Zoals telefonisch afgesproken ontvangt u hierbij de projectvoorstellen van de "
                  f"Regio Deal {name}, opgesteld door de gemeente {town} namens de regio. Het "
                  f"ondertekende origineel volgt per post.", st["c_msg"]),
             para("Met vriendelijke groet,", st["c_msg"]),
             para(f"Secretariaat eenheid Economie en Cultuur, provincie {province}", st["c_msg"]),
             Spacer(0, 18),
             para("\u2610 Spoed      \u2612 Ter informatie      \u2610 Graag reactie", st["c_box"]),
             Spacer(0, 150),
             para("Deze fax kan vertrouwelijke informatie bevatten en is uitsluitend bestemd voor de "
                  "geadresseerde. Bent u niet de geadresseerde, stel dan de afzender op de hoogte en "
                  "vernietig dit bericht. Bij onvolledige ontvangst graag contact opnemen met het "
                  "secretariaat.", st["c_conf"])]
    doc.build(story)


def _fax(parts: list[Path], out: Path, province: str, fax: str, info: dict) -> int:
    import pymupdf  # the samples extra's

    srcs = [pymupdf.open(str(p)) for p in parts]
    pages = [(d, i) for d in srcs for i in range(d.page_count)]
    total = len(pages)
    end = START + timedelta(seconds=SECONDS_A_PAGE * total + 25)
    doc = pymupdf.open()
    w, h = WIDTH * SCALE, HEIGHT * SCALE
    x0 = (WIDTH - w) / 2
    for k, (src, i) in enumerate(pages, start=1):
        page = doc.new_page(width=WIDTH, height=HEIGHT)
        page.show_pdf_page(pymupdf.Rect(x0, TOP_GAP, x0 + w, TOP_GAP + h), src, i)
        when = START + timedelta(seconds=SECONDS_A_PAGE * (k - 1))
        tti = (f"{when:%d-%m-%Y %H:%M}   VAN: PROVINCIE {province.upper()} {fax}   "
               f"AAN: MIN. BZK   NR. 4471   P. {k:02d}/{total:02d}")
        page.insert_text((0.6 * cm, 9 + 5), tti, fontsize=7, fontname="cour")
        page.insert_text((0.6 * cm, HEIGHT - 8), f"Ontvangen {end:%d-%m-%Y %H:%M} via FaxServer RD-2",
                         fontsize=7, fontname="cour")
        right = f"Fax-ID {START:%Y%m%d}-4471"
        page.insert_text((WIDTH - 0.6 * cm - pymupdf.get_text_length(right, "cour", 7), HEIGHT - 8),
                         right, fontsize=7, fontname="cour")
    doc.set_metadata({**info, "creator": "FaxServer RD-2", "producer": "FaxServer RD-2 (T.38 gateway)"})
    doc.save(str(out), garbage=3, deflate=True)
    return total


def render_faxheader(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    _town, province, fax, _address = _place(name)
    m = meta(dossier, "faxheader")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        original = tmp / "original.pdf"
        truth = _original(dossier, original, st)
        import pymupdf
        with pymupdf.open(str(original)) as d:
            count = d.page_count
        cover = tmp / "cover.pdf"
        _cover(dossier, cover, st, count + 1)
        total = _fax([cover, original], Path(pdf_path), province, fax,
                     {"title": m["title"], "author": m["author"], "subject": m["subject"]})
    return {"style": "faxheader", "pages": total,
            "projects": [{"title": p["title"], "first_page": p["first_page"] + 1,
                          "last_page": p["last_page"] + 1} for p in truth["projects"]]}
