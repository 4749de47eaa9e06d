"""One more house style for the layout zoo (see zoo.py), held out: a dossier that a programme
office ASSEMBLED WITH A PDF MERGE / IMPOSITION TOOL (the look of PDF24's or pdfjam's "merge and
fit to A4", then Acrobat's "Add Header & Footer"): every partner's submission came in as a PDF
in its own simple style and paper size, and every page of it was PLACED, SCALED, onto a fresh
A4 page with a thin frame round it, under the tool's running header and page count.

- merged: THE SUBMISSIONS (one PDF per project, by the partner who leads it; invented partner
          names). Project p is written in house A (p even) or B (p odd), except project 2 (the
          second, p = 1), which is written in house C:
          A "letter": US LETTER (612 x 792 pt), margins 1 inch; Times 11pt on 13.5pt, ragged
            right, 5pt after a paragraph; at the top of page 1 the partner's name in 9pt grey,
            "Projectvoorstel" in 9pt grey capitals, the title in 16pt bold and the theme in 11pt
            italic; FIELD LABELS in bold 11pt on a line of their own, 8pt above; tables FULLY
            RULED (0.5pt black grid), header bold, no fills, the table's label in the top left
            cell; page foot "- N -" centred in 9pt (N counted within the submission).
          B "side labels": A4, margins 2 cm left, 2 cm right, 2.5 cm top and bottom; Helvetica
            9.5pt on 12.5pt; a grey band "<partner> | Aanvraag Regio Deal" over the top (8pt
            white on #5A6B7B), the title 15pt bold in #2F4B66, the theme in 9pt grey capitals;
            FIELD LABELS IN A LEFT COLUMN: the label bold 9pt #2F4B66 in a 3.6 cm column, its
            first line level with the field's first line, the text in the 13 cm to its right;
            tables across the whole text width, header on #D9DEE4 fill, bold, a 0.4pt grey
            rule under every row, no vertical rules, Totaal row bold; "Pagina N" right in 8pt.
          C "lscape": A4 portrait, a LaTeX article look: DejaVu Serif 10pt on 13pt, margins
            3 cm; the title 17pt bold centred, the partner and the theme centred under it in
            10pt; FIELD LABELS as unnumbered section heads (bold 12pt, 10pt above); the page
            number centred in the foot. The project's FUNDING TABLE (its table that is a row of
            the project; a table inside a field stays in the text) stands on a LANDSCAPE PAGE of
            its own, as LaTeX's pdflscape makes it: the text before it ends its page, the
            landscape page follows, the text after it goes on on a new portrait page. That
            page is STORED PORTRAIT (MediaBox 595 x 842) with /Rotate 90, its content (the
            table's caption "Tabel 1: <label>", a booktabs table in 9pt: 1pt rules above and
            below, a 0.5pt rule under the header, the table across 22 cm) drawn turned a
            quarter, so it shows upright only when the viewer applies the /Rotate; its page
            number stays in the portrait foot (shown sideways at the left edge).
          Every submission's project notes at its end, in the house's small type (8pt).
          The programme office's COVERING PAGE (A4, Helvetica): "Bijlage 2" 11pt grey,
          "Projectvoorstellen" 20pt bold, "Regio Deal <Name>", one paragraph, and the numbered
          list of submissions ("<n>. <title> (<partner>)", 10pt, no page numbers).
          THE MERGE: every page of the cover and of the submissions in order becomes ONE A4
          PORTRAIT PAGE of the output: the source page is placed as a FORM XOBJECT
          (pymupdf's show_pdf_page) under a SCALING MATRIX, uniformly scaled to fit the A4
          page less 12 mm at the sides and 16 mm at top and bottom (A4 pages at 88.6 %, US
          Letter pages at 86.2 %), centred, framed by a 0.5pt grey (#8C8C8C) rectangle on its
          edge. A source page with /Rotate 90 gives an output page with /ROTATE 90: the page
          is laid out in its displayed (landscape) orientation (84.8 %), the source's stored
          content placed under the XObject's matrix in the unrotated page space. Over it the
          tool's STAMPS (DejaVu Sans, in the page's displayed orientation): the header
          "Bijlage 2 – Projectvoorstellen" at the top left, 8.5pt, 8 mm under the top edge,
          and the footer "pagina N van M" at the bottom right, 8.5pt, 7 mm over the bottom
          edge (N, M count output pages). The submissions' own page numbers, headers and
          running texts stay as they were, scaled.

Every cell prints as transcribed: the truth record is the plain one. A project's pages are
the output pages of its submission: from the page of its title to the page of its last
field text, table cell or note.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, NumberObject
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, inch, mm
from reportlab.platypus import (CondPageBreak, Flowable, Frame, KeepTogether, NextPageTemplate,
                                PageBreak, PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_common import (FONT_DIR, Doc, Truth, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)

PARTNERS = ("Stichting Kennisregio Oost", "Gemeente Veldhoven-Noord", "Hogeschool Deltaland",
            "Ontwikkelingsbedrijf Kanaalstreek", "Gemeente Brinkerveen", "Werkplaats Vakmanschap BV",
            "Gemeente Altena-Oost", "Stichting Campus Zuidwest", "Provinciaal Netwerk Leefbaarheid",
            "Regionaal Opleidingscentrum Midden", "Innovatiehuis De Schelde")
HEADER = "Bijlage 2 – Projectvoorstellen"
SIDE, TOPBOT = 12 * mm, 16 * mm
FRAME_GREY = (0x8C / 255,) * 3


def _partner(p: int) -> str:
    return PARTNERS[p % len(PARTNERS)]


def _house(p: int) -> str:
    return "C" if p == 1 else ("A" if p % 2 == 0 else "B")


# ---------------------------------------------------------------- tables, shared by the houses

def _grid_table(t: source.Table, width: float, st: dict, kind: str, rec) -> Table:
    """The table in one of the houses' rule styles: "grid" (A), "rules" (B), "booktabs" (C)."""
    n = t.columns
    lines = len(t.header)
    rows: list[list] = []
    spans = []
    if lines:
        head = [[""] * (n + 1) for _ in range(lines)]
        head[0][0] = para(t.label, st["th_l"], rec)
        if lines > 1:
            spans.append(((0, 0), (0, lines - 1)))
        for h in t.header_cells():
            head[h.line][h.column] = para(h.text, st["th_c"] if h.columns > 1 else st["th_r"], rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                spans.append(((h.column, h.line), (c1, r1)))
        rows += head
    for body in t.rows:
        cells = list(body) + [""] * (n + 1 - len(body))
        tot = is_total(cells[0])
        rows.append([para(cells[0], st["tb_lb"] if tot else st["tb_l"], rec)]
                    + [para(c, st["tb_rb"] if tot else st["tb_r"], rec) for c in cells[1:n + 1]])
    wl = min(width * (0.34 if n > 3 else 0.45), 7 * cm)
    widths = [wl] + [(width - wl) / n] * n
    cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    cmds += [("SPAN", a, b) for a, b in spans]
    last_head = max(lines - 1, 0)
    if kind == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif kind == "rules":
        if lines:
            cmds.append(("BACKGROUND", (0, 0), (-1, last_head), colors.HexColor("#D9DEE4")))
        cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#8A8A8A")))
    else:  # booktabs
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                 ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)]
        if lines:
            cmds.append(("LINEBELOW", (0, last_head), (-1, last_head), 0.5, colors.black))
    return Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")


def _table_styles(prefix: str, reg: str, bold: str, size: float) -> dict:
    lead = size * 1.25

    def s(name, font, align=0):
        return ParagraphStyle(f"{prefix}-{name}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)
    return {"th_l": s("thl", bold), "th_r": s("thr", bold, TA_RIGHT), "th_c": s("thc", bold, TA_CENTER),
            "tb_l": s("tbl", reg), "tb_lb": s("tblb", bold), "tb_r": s("tbr", reg, TA_RIGHT),
            "tb_rb": s("tbrb", bold, TA_RIGHT),
            "tfoot": ParagraphStyle(f"{prefix}-tf", fontName=reg, fontSize=size - 1,
                                    leading=(size - 1) * 1.25, spaceBefore=2)}


class SideLabel(Flowable):
    """A field label drawn in the left label column, its top level with the next flowable."""

    def __init__(self, paragraph, width: float, offset: float):
        super().__init__()
        self.p, self.lw, self.offset = paragraph, width, offset

    def wrap(self, aw, ah):
        self._h = self.p.wrap(self.lw, 1e6)[1]
        return aw, 0

    def drawOn(self, canv, x, y, _sW=0):
        self.p.drawOn(canv, x + self.offset, y - self._h)


# ---------------------------------------------------------------- the three submission houses

def _fields(pr: source.Project, story: list, st: dict, rec, label, table, funding=None) -> None:
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += (funding or table)(row)
            continue
        items = list(row.content)
        flow = []
        for item in items:
            if isinstance(item, source.Table):
                flow += table(item)
            else:
                flow.append(field_para(item, st["body"], st["item"], rec))
        story += label(row.label, flow)


def _submission(dossier, p: int, pdf_path: Path) -> tuple[int, int, int]:
    """Render project p's submission; (first page, last page, pages) within it."""
    pr = dossier.projects[p]
    house = _house(p)
    partner = _partner(p)
    one = source.Dossier(dossier.toc_heading, (), (pr,), dossier.source)
    truth = Truth(one, house)
    rec, head_rec = truth.content(0), truth.heading(0)

    if house == "A":
        size = LETTER
        ml = mr = mt = mb = 1 * inch
        reg, bold = "Times-Roman", "Times-Bold"

        def s(name, font=reg, fs=11, lead=13.5, **kw):
            return ParagraphStyle(f"mgA-{name}", fontName=font, fontSize=fs, leading=lead, **kw)
        st = {"body": s("body", spaceAfter=5), "item": s("item", spaceAfter=3, leftIndent=14, bulletIndent=0),
              "label": s("label", bold, spaceBefore=8, spaceAfter=2, keepWithNext=1),
              "partner": s("partner", fs=9, lead=11, textColor=colors.HexColor("#666666")),
              "kicker": s("kick", fs=9, lead=12, textColor=colors.HexColor("#666666")),
              "title": s("title", bold, 16, 19, spaceBefore=4, spaceAfter=2),
              "theme": s("theme", "Times-Italic", 11, 14, spaceAfter=10),
              "note": s("note", fs=8, lead=10, leftIndent=8, firstLineIndent=-8, spaceAfter=2)}
        ts = _table_styles("mgA", reg, bold, 9)
        kind = "grid"

        def on_page(canv, d):
            canv.setFont(reg, 9)
            canv.drawCentredString(size[0] / 2, 0.55 * inch, f"- {canv.getPageNumber()} -")
    elif house == "B":
        size = A4
        ml, mr, mt, mb = 2 * cm, 2 * cm, 2.5 * cm, 2.5 * cm
        reg, bold = "Helvetica", "Helvetica-Bold"
        blue = colors.HexColor("#2F4B66")
        indent = 4 * cm

        def s(name, font=reg, fs=9.5, lead=12.5, **kw):
            return ParagraphStyle(f"mgB-{name}", fontName=font, fontSize=fs, leading=lead, **kw)
        st = {"body": s("body", spaceAfter=4, leftIndent=indent),
              "item": s("item", spaceAfter=2, leftIndent=indent + 12, bulletIndent=indent),
              "label": s("label", bold, 9, 12.5, textColor=blue),
              "title": s("title", bold, 15, 18, textColor=blue, spaceAfter=3),
              "theme": s("theme", fs=9, lead=12, textColor=colors.HexColor("#777777"), spaceAfter=12),
              "note": s("note", fs=8, lead=10, leftIndent=indent + 8, firstLineIndent=-8, spaceAfter=2)}
        ts = _table_styles("mgB", reg, bold, 8.5)
        kind = "rules"

        def on_page(canv, d):
            canv.setFillColor(colors.HexColor("#5A6B7B"))
            canv.rect(0, size[1] - 1.3 * cm, size[0], 1.3 * cm, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(reg, 8)
            canv.drawString(ml, size[1] - 0.8 * cm, f"{partner} | Aanvraag Regio Deal")
            canv.setFillColor(colors.black)
            canv.drawRightString(size[0] - mr, 1.3 * cm, f"Pagina {canv.getPageNumber()}")
    else:
        size = A4
        ml = mr = 3 * cm
        mt, mb = 3 * cm, 3 * cm
        reg, bold = "DejaVuSerif", "DejaVuSerif-Bold"

        def s(name, font=reg, fs=10, lead=13, **kw):
            return ParagraphStyle(f"mgC-{name}", fontName=font, fontSize=fs, leading=lead, **kw)
        st = {"body": s("body", spaceAfter=4, firstLineIndent=0),
              "item": s("item", spaceAfter=2, leftIndent=14, bulletIndent=2),
              "label": s("label", bold, 12, 15, spaceBefore=10, spaceAfter=4, keepWithNext=1),
              "title": s("title", bold, 17, 21, alignment=TA_CENTER, spaceAfter=6),
              "sub": s("sub", alignment=TA_CENTER),
              "caption": s("cap", alignment=TA_CENTER, spaceAfter=6),
              "note": s("note", fs=8, lead=10, leftIndent=8, firstLineIndent=-8, spaceAfter=2)}
        ts = _table_styles("mgC", reg, bold, 9)
        kind = "booktabs"

        def on_page(canv, d):
            canv.setFont(reg, 10)
            canv.drawCentredString(size[0] / 2, 2 * cm, str(canv.getPageNumber()))

        def on_land(canv, d):
            # The foot stays where the portrait page has it: drawn turned, so that once the
            # landscape content is turned onto the portrait page it reads upright there.
            canv.saveState()
            canv.translate(2 * cm, A4[0] / 2)
            canv.rotate(-90)
            canv.setFont(reg, 10)
            canv.drawCentredString(0, 0, str(canv.getPageNumber()))
            canv.restoreState()

    width = size[0] - ml - mr
    doc = Doc(str(pdf_path), truth, pagesize=size, leftMargin=ml, rightMargin=mr, topMargin=mt,
              bottomMargin=mb, **meta(dossier, "merged"))
    templates = [PageTemplate("p", [Frame(ml, mb, width, size[1] - mt - mb, 0, 0, 0, 0)],
                              onPage=on_page, pagesize=size)]
    if house == "C":
        lw, lh = landscape(A4)
        templates.append(PageTemplate("land", [Frame(2.5 * cm, 2.5 * cm, lw - 5 * cm, lh - 5 * cm, 0, 0, 0, 0)],
                                      onPage=on_land, pagesize=(lw, lh)))
    doc.addPageTemplates(templates)

    def table(t, w=width):
        out = [Spacer(0, 4), _grid_table(t, w, ts, kind, rec)]
        out += [para(f, ts["tfoot"], rec) for f in t.footnotes]
        return out + [Spacer(0, 6)]

    story: list = []
    if house == "A":
        story += [para(partner, st["partner"]), para("PROJECTVOORSTEL", st["kicker"]),
                  para(pr.title, st["title"], head_rec), para(pr.theme, st["theme"])]

        def label(text, flow):
            return [para(text, st["label"], rec)] + flow
        _fields(pr, story, st, rec, label, table)
    elif house == "B":
        story += [para(pr.title, st["title"], head_rec), para(pr.theme.upper(), st["theme"])]

        def label(text, flow):
            lab = SideLabel(para(text, st["label"], rec), 3.6 * cm, 0)
            if not flow:
                return [lab, Spacer(0, 14)]
            return [CondPageBreak(30), KeepTogether([lab, flow[0]])] + flow[1:] + [Spacer(0, 5)]

        def table_b(t):
            return table(t)
        _fields(pr, story, st, rec, label, table_b)
    else:
        story += [Spacer(0, 1 * cm), para(pr.title, st["title"], head_rec), para(partner, st["sub"]),
                  para(pr.theme, st["sub"]), Spacer(0, 14)]

        def label(text, flow):
            return [para(text, st["label"], rec)] + flow
        count = [0]

        def funding(t):
            count[0] += 1
            return [NextPageTemplate("land"), PageBreak(),
                    para(f"Tabel {count[0]}: {t.label}", st["caption"], rec),
                    *table(t, landscape(A4)[0] - 5 * cm - 3 * cm),
                    NextPageTemplate("p"), PageBreak()]
        _fields(pr, story, st, rec, label, table, funding)
    story += notes_at_end(pr, rec, st["note"])
    doc.build(story)
    return truth.first[0], truth.last[0], truth.pages


def _turn_landscape(path: Path) -> None:
    """Store every landscape page as a portrait page with /Rotate 90, its content turned a
    quarter (as pdflscape does)."""
    reader = PdfReader(str(path))
    writer = PdfWriter()
    for page in reader.pages:
        w, h = float(page.mediabox.width), float(page.mediabox.height)
        if w <= h:
            writer.add_page(page)
            continue
        new = writer.add_blank_page(width=h, height=w)
        # displayed (landscape) point (X, Y) -> stored (portrait) point (h - Y, X)
        new.merge_transformed_page(page, Transformation((0, 1, -1, 0, h, 0)))
        new[NameObject("/Rotate")] = NumberObject(90)
    writer.add_metadata(reader.metadata or {})
    with open(path, "wb") as f:
        writer.write(f)


# ---------------------------------------------------------------- the cover and the merge

def _cover(dossier, path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.lib.utils import simpleSplit
    name = dossier_name(dossier)
    c = Canvas(str(path), pagesize=A4, invariant=1)
    x, y = 2.5 * cm, A4[1] - 3.5 * cm
    c.setFont("Helvetica", 11)
    c.setFillColor(colors.HexColor("#666666"))
    c.drawString(x, y, "Bijlage 2")
    c.setFillColor(colors.black)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(x, y - 26, "Projectvoorstellen")
    c.setFont("Helvetica", 12)
    c.drawString(x, y - 46, f"Regio Deal {name}".replace("  ", " "))
    y -= 84
    intro = ("In deze bijlage zijn de projectvoorstellen opgenomen zoals de penvoerders ze bij het "
             "programmabureau hebben ingediend. De voorstellen zijn ongewijzigd samengevoegd; "
             "opmaak en paginering van de afzonderlijke voorstellen zijn behouden.")
    c.setFont("Helvetica", 10)
    for line in simpleSplit(intro, "Helvetica", 10, A4[0] - 5 * cm):
        c.drawString(x, y, line)
        y -= 14
    y -= 10
    for p, pr in enumerate(dossier.projects):
        entry = f"{p + 1}. {pr.title} ({_partner(p)})"
        font = font_for(entry, "Helvetica")
        for k, line in enumerate(simpleSplit(entry, font, 10, A4[0] - 5.6 * cm)):
            c.setFont(font, 10)
            c.drawString(x + (0 if k == 0 else 0.6 * cm), y, line)
            y -= 13
        y -= 3
    c.showPage()
    c.save()


def _fit(vw: float, vh: float, sw: float, sh: float) -> tuple[float, float, float, float]:
    """The rect (x0, y0, x1, y1; y down) of a sw x sh page fitted and centred on a vw x vh page."""
    s = min((vw - 2 * SIDE) / sw, (vh - 2 * TOPBOT) / sh)
    w, h = sw * s, sh * s
    x0, y0 = (vw - w) / 2, (vh - h) / 2
    return x0, y0, x0 + w, y0 + h


def _merge(parts: list[Path], out_path: Path, info: dict) -> int:
    import pymupdf  # the samples extra's: the zoo's modules are imported where only the tests are installed

    font_file = str(FONT_DIR / "DejaVuSans.ttf")
    font = pymupdf.Font(fontfile=font_file)
    out = pymupdf.open()
    pages = [(doc, i) for doc in (pymupdf.open(str(p)) for p in parts) for i in range(doc.page_count)]
    total = len(pages)
    aw, ah = A4
    for n, (src, i) in enumerate(pages, start=1):
        sp = src[i]
        rot = sp.rotation
        if rot:
            sp.set_rotation(0)
        sw, sh = sp.rect.width, sp.rect.height  # stored (unrotated) size
        page = out.new_page(width=aw, height=ah)
        if not rot:
            rect = pymupdf.Rect(*_fit(aw, ah, sw, sh))
        else:
            # Laid out in the displayed orientation (landscape), then mapped to the unrotated
            # page space: displayed (u, v) (y down) -> stored (v, ah - u).
            u0, v0, u1, v1 = _fit(ah, aw, sh, sw)
            rect = pymupdf.Rect(v0, ah - u1, v1, ah - u0)
        page.show_pdf_page(rect, src, i, keep_proportion=False)
        page.draw_rect(rect, color=FRAME_GREY, width=0.5)
        foot = f"pagina {n} van {total}"
        if not rot:
            page.insert_text((SIDE, 8 * mm), HEADER, fontsize=8.5, fontname="DejaVuSans", fontfile=font_file)
            page.insert_text((aw - SIDE - font.text_length(foot, 8.5), ah - 7 * mm), foot, fontsize=8.5,
                             fontname="DejaVuSans", fontfile=font_file)
        else:
            def at(u, v, text):  # displayed baseline start -> stored point, text turned
                page.insert_text((v, ah - u), text, fontsize=8.5, fontname="DejaVuSans",
                                 fontfile=font_file, rotate=90)
            at(SIDE, 8 * mm, HEADER)
            at(ah - SIDE - font.text_length(foot, 8.5), aw - 7 * mm, foot)
            page.set_rotation(90)
    out.set_metadata({"title": info["title"], "author": info["author"], "subject": info["subject"],
                      "creator": "PDF24 Creator", "producer": "PDF24 / pymupdf"})
    out.save(str(out_path), garbage=3, deflate=True)
    return total


def render_merged(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        cover = tmp / "cover.pdf"
        _cover(dossier, cover)
        parts, spans = [cover], []
        offset = 1
        for p in range(len(dossier.projects)):
            path = tmp / f"submission-{p + 1:02d}.pdf"
            first, last, count = _submission(dossier, p, path)
            if _house(p) == "C":
                _turn_landscape(path)
            parts.append(path)
            spans.append((first + offset, last + offset))
            offset += count
        total = _merge(parts, Path(pdf_path), meta(dossier, "merged"))
    return {"style": "merged", "pages": total,
            "projects": [{"title": pr.title, "first_page": a, "last_page": b}
                         for pr, (a, b) in zip(dossier.projects, spans)]}
