"""One more house style for the layout zoo (see zoo.py), held out: a design agency's
"projectenboek" exported from InDesign WITH ACROBAT LAYERS (optional content groups), of which
two are hidden and one is shown on screen but not printed.

- layers: A4 portrait, margins 2.0 cm left, 3.4 cm right (a wide outer margin), 2.2 cm top,
          2.4 cm bottom (a 15.6 cm text column). DejaVu Sans Condensed 9.5pt on 13.5pt, ragged
          right, 4pt after each paragraph; a list item hangs on its own marker. Footer on every
          page: "Projectenboek Regio Deal <Name>" at the left, the folio at the right of the
          text column, 7pt petrol (#00606B); no header. Page 1: "Projectenboek Regio Deal
          <Name>" (22pt bold petrol), a grey lead line and a contents list ("Inhoud": title,
          page). Each project OPENS A NEW PAGE: its theme in 8pt grey capitals, its title in
          17pt bold petrol; field labels in 9.5pt bold condensed petrol on a line of their own
          (7pt above); a table inside a field stands where the transcription puts it. Project
          notes at the end of the project in 7.5pt.
          TABLES in the agency's InDesign table style, full column width (label column 4.6 cm,
          the value columns sharing the rest): the header (the transcription's lines and spans,
          the table's label in the corner cell spanning them, a group centred over its members,
          leaf headers right-aligned) white bold 7.5pt on a petrol fill; body rows 8pt on
          alternating fills (white, pale petrol #E6F0F1), amounts right-aligned as transcribed,
          words left-aligned; a Totaal row bold on #CFE2E4; NO RULES but a 1pt petrol rule under
          the table. Rows never split; the header is repeated where a table breaks over a page.
          Table footnotes under the table in 7pt.
          LAYERS ("Create Acrobat Layers"): every page's content sits in marked content
          "/OC /MCn BDC ... EMC", the groups in the page's /Properties, listed in the catalog's
          /OCProperties (default configuration /D with /Order, /ON, /OFF, /AS):
          "Tekst" (shown): everything described above.
          "Oude versie" (OFF in /D: neither shown nor printed): over EVERY FUNDING TABLE (a
          Totaal column and a source, by the cell list's keys) the OLDER DRAFT OF THE SAME
          TABLE in the same frame: the same cells drawn by the same cell routine at the same
          places, in the same fonts, but about two amounts in five (whole amounts with
          thousands dots, picked by the sha256 of row label, column and amount) OTHER NUMBERS
          (the amount times 0.8, 0.9, 1.1 or 1.25, rounded to thousands, written alike), and
          ruled as the previous table style did: a full 0.5pt black grid over every row and
          column line of the frame.
          "Opmerkingen vormgever" (OFF in /D): the designer's notes in the outer margin, 6.5pt
          magenta (#E6007E), a 0.4pt magenta leader from the note to the item: beside each
          project title, each funding table and each "Inzet en co-financiering" label
          ("kop 1 regel?", "bedragen v3 o.b.v. mail ..." etc.).
          "Proef" (ON in /D for viewing, its /Usage /Print /PrintState /OFF with a /Print
          auto-state in /AS: SHOWN ON SCREEN, NOT PRINTED): on every page a large diagonal
          outlined "PROEF" (110pt, light red strokes at 52 degrees) across the page, a red
          stamp box at the top right ("PROEF 2" / "14-03-2018 · niet voor druk") and a slug
          line at the foot of the sheet in 6pt ("projectenboek_<name>_v3.indd · 14-03-2018
          11:42 · pagina N").

What a person sees on screen is the truth: the layer "Tekst" and the stamps of "Proef"; every
cell of "Tekst" prints as transcribed, so the truth record is the plain one (no "raw"). A
project runs from its title to the page of its last field text, table cell or note.
"""

from __future__ import annotations

import hashlib
import os
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_budget import _column_keys
from .zoo_common import (RP, Doc, Truth, build_until_stable, dossier_name, field_para, is_funding, is_total, meta,
                         notes_at_end, page_of, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.0 * cm, 3.4 * cm, 2.2 * cm, 2.4 * cm
FW = WIDTH - ML - MR
PETROL = colors.HexColor("#00606B")
PALE = colors.HexColor("#E6F0F1")
TOTAL = colors.HexColor("#CFE2E4")
GREY = colors.HexColor("#666666")
MAGENTA = colors.HexColor("#E6007E")
RED = colors.HexColor("#D2232A")
LAYERS = ("Tekst", "Oude versie", "Opmerkingen vormgever", "Proef")  # /MC0 .. /MC3
AMOUNT = re.compile(r"^(€ ?)?\d{1,3}(?:\.\d{3})+$")
FACTORS = (0.8, 0.9, 1.1, 1.25)


def _switch(canv, layer: int) -> None:
    """Close the layer's marked content open now and open layer `layer`'s."""
    canv._code.append(f"EMC /OC /MC{layer} BDC")


def old_amount(label: str, column: int, text: str) -> str:
    """The older draft's text of an amount cell: about two in five whole amounts differ."""
    m = AMOUNT.match(text)
    if not m:
        return text
    h = hashlib.sha256(f"{label}|{column}|{text}".encode()).digest()
    if h[0] % 5 >= 2:
        return text
    value = int(text[len(m.group(1) or ""):].replace(".", ""))
    old = int(round(value * FACTORS[h[1] % len(FACTORS)] / 1000)) * 1000
    if old == value:
        old += 1000
    return (m.group(1) or "") + with_thousand_dots(old)


def _note_lines(text: str) -> list[str]:
    return simpleSplit(text, "DejaVuSansCondensed", 6.5, MR - 0.9 * cm)


def _draw_note(canv, x_item: float, y_item: float, x_note: float, y_top: float, text: str) -> None:
    """A designer's note in the outer margin at (x_note, y_top) with a leader to the item."""
    _switch(canv, 2)
    canv.saveState()
    canv.setFillColor(MAGENTA)
    canv.setStrokeColor(MAGENTA)
    canv.setLineWidth(0.4)
    canv.setFont("DejaVuSansCondensed", 6.5)
    y = y_top - 6.5
    for line in _note_lines(text):
        canv.drawString(x_note, y, line)
        y -= 8
    canv.line(x_item, y_item, x_note - 3, y_top - 4)
    canv.circle(x_item, y_item, 1.2, stroke=0, fill=1)
    canv.restoreState()
    _switch(canv, 0)


class _NotedRP(RP):
    """A heading or label with a designer's note beside it on the hidden layer."""

    _designer = ""

    def drawOn(self, canv, x, y, _sW=0):
        super().drawOn(canv, x, y, _sW)
        if self._designer:
            top = y + self.height
            end = x + min(FW, canv.stringWidth(self._text or "", self.style.fontName, self.style.fontSize))
            _draw_note(canv, end + 4, top - self.style.fontSize * 0.4, ML + FW + 0.5 * cm, top, self._designer)
            self._designer = ""


def noted(text, style, rec, note):
    p = para(text, style, rec)
    p.__class__ = _NotedRP
    p._designer = note
    return p


class _LayeredTable(Table):
    """A table of the layer "Tekst"; a funding table also draws its older draft on the
    hidden layer "Oude versie" and a designer's note beside it."""

    _old = False
    _designer = ""

    def draw(self):
        super().draw()
        cls = type(self)
        if not cls._old:
            return
        c = self.canv
        _switch(c, 1)
        c.saveState()
        self._curcellstyle = None
        for r in range(self._nrows):
            row = [v[0] if isinstance(v, (tuple, list)) and len(v) == 1 else v for v in self._cellvalues[r]]
            label = getattr(row[0], "_text", "") or ""
            for k in range(self._ncols):
                if self._spanCmds:
                    rect = self._spanRects[k, r]
                    if rect is None:
                        continue
                    x, y, w, h = rect
                else:
                    x, y = self._colpositions[k], self._rowpositions[r + 1]
                    w, h = self._colWidths[k], self._rowHeights[r]
                val = row[k]
                text = getattr(val, "_text", None)
                if text is None:
                    continue
                old = para(old_amount(label, k, text) if k else text, val._base)
                self._drawCell(old, self._cellStyles[r][k], (x, y), (w, h))
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.5)
        x0, x1 = self._colpositions[0], self._colpositions[-1]
        y0, y1 = self._rowpositions[-1], self._rowpositions[0]
        for x in self._colpositions:
            c.line(x, y0, x, y1)
        for y in self._rowpositions:
            c.line(x0, y, x1, y)
        c.restoreState()
        _switch(c, 0)
        if cls._designer:
            _draw_note(c, x1 - 2, y1 - 4, x1 + 0.5 * cm, y1, cls._designer)
            cls._designer = ""  # once, on the table's first page


def _notes_for(title: str) -> tuple[str, str, str]:
    h = hashlib.sha256(title.encode()).digest()
    heads = ("kop 1 regel? evt. corps 16 pt", "titel akkoord opdrachtgever (ML, 8-3)",
             "afbreking kop checken", "kop: spatiëring -10 proberen")
    tables = ("bedragen v3 o.b.v. mail Marieke 12-3; oude tabel op laag 'Oude versie'",
              "LET OP: cijfers nog niet definitief, wachten op provincie",
              "tabel uit Excel v7 overgenomen, totalen nagerekend?",
              "kolombreedtes gelijk trekken met vorige spread")
    labels = ("tekst ingekort door redactie, akkoord?", "hier kwam eerst een tabel, vervallen",
              "witregel weg om op pagina te passen")
    return heads[h[0] % 4], tables[h[1] % 4], labels[h[2] % 3]


def _styles():
    def s(n, font="DejaVuSansCondensed", size=9.5, leading=13.5, **kw):
        return ParagraphStyle(f"lay-{n}", fontName=font, fontSize=size, leading=leading, **kw)
    return {"body": s("body", spaceAfter=4),
            "item": s("item", spaceAfter=2, leftIndent=13, bulletIndent=0, bulletFontName="DejaVuSansCondensed"),
            "doc": s("doc", "DejaVuSans-Bold", 22, 27, textColor=PETROL, spaceAfter=6),
            "lead": s("lead", size=10, leading=14, textColor=GREY, spaceAfter=18),
            "inhoud": s("inh", "DejaVuSansCondensed-Bold", 11, 15, textColor=PETROL, spaceAfter=4),
            "toc": s("toc", size=9.5, leading=13), "toc_p": s("tocp", size=9.5, leading=13, alignment=TA_RIGHT),
            "theme": s("theme", size=8, leading=10, textColor=GREY, spaceAfter=3),
            "title": s("title", "DejaVuSans-Bold", 17, 21, textColor=PETROL, spaceAfter=10),
            "label": s("label", "DejaVuSansCondensed-Bold", 9.5, 12.5, textColor=PETROL, spaceBefore=7, spaceAfter=2,
                       keepWithNext=1),
            "tlabel": s("tl", "DejaVuSansCondensed-Bold", 7.5, 9.5, textColor=colors.white),
            "thead": s("th", "DejaVuSansCondensed-Bold", 7.5, 9.5, alignment=TA_RIGHT, textColor=colors.white),
            "tgroup": s("tg", "DejaVuSansCondensed-Bold", 7.5, 9.5, alignment=TA_CENTER, textColor=colors.white),
            "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "DejaVuSansCondensed-Bold", 8, 10),
            "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
            "tamount_b": s("tab", "DejaVuSansCondensed-Bold", 8, 10, alignment=TA_RIGHT),
            "tfoot": s("tf", size=7, leading=9, spaceBefore=2),
            "note": s("note", size=7.5, leading=9.5, leftIndent=9, firstLineIndent=-9, spaceAfter=1.5)}


def render_layers(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    golden = _column_keys(dossier)
    name = dossier_name(dossier)
    folder = name.lower().replace(" ", "_") or "dossier"

    def table(t, rec, funding, note):
        n, lines = t.columns, len(t.header)
        rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
        cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("BACKGROUND", (0, 0), (-1, lines - 1), PETROL),
                ("LINEBELOW", (0, -1), (-1, -1), 1, PETROL)]
        rows[0][0] = para(t.label, st["tlabel"], rec)
        if lines > 1:
            cmds.append(("SPAN", (0, 0), (0, lines - 1)))
        for h in t.header_cells():
            rows[h.line][h.column] = para(h.text, st["tgroup"] if h.columns > 1 else st["thead"], rec)
            c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
            if (c1, r1) != (h.column, h.line):
                cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        for i, body in enumerate(t.rows):
            b = is_total(body[0])
            r = len(rows)
            rows.append([para(body[0], st["tbody_b"] if b else st["tbody"], rec)]
                        + [para(x, st["tamount_b"] if b else st["tamount"], rec) for x in body[1:]])
            if b:
                cmds.append(("BACKGROUND", (0, r), (-1, r), TOTAL))
            elif i % 2:
                cmds.append(("BACKGROUND", (0, r), (-1, r), PALE))
        wl = 4.6 * cm
        cls = type("FundingTable" if funding else "PlainTable", (_LayeredTable,),
                   {"_old": funding, "_designer": note if funding else ""})
        tab = cls(rows, colWidths=[wl] + [(FW - wl) / n] * n, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
        return [Spacer(0, 5), tab, *[para(f, st["tfoot"], rec) for f in t.footnotes], Spacer(0, 7)]

    def once(info):
        truth = Truth(dossier, "layers")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT, bottomMargin=MB,
                  **meta(dossier, "layers"))

        def on_page(canv, d):
            canv._code.append("/OC /MC0 BDC")
            canv.saveState()
            canv.setFont("DejaVuSansCondensed", 7)
            canv.setFillColor(PETROL)
            canv.drawString(ML, 1.4 * cm, f"Projectenboek Regio Deal {name}")
            canv.drawRightString(ML + FW, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def on_page_end(canv, d):
            _switch(canv, 3)
            canv.saveState()
            # the big outlined PROEF across the page
            canv.translate(WIDTH / 2, HEIGHT / 2)
            canv.rotate(52)
            t = canv.beginText()
            t.setFont("DejaVuSans-Bold", 110)
            t.setTextRenderMode(1)
            canv.setStrokeColor(colors.HexColor("#F0A8A8"))
            canv.setLineWidth(1.2)
            w = canv.stringWidth("PROEF", "DejaVuSans-Bold", 110)
            t.setTextOrigin(-w / 2, -38)
            t.textOut("PROEF")
            canv.drawText(t)
            canv.restoreState()
            # the stamp box at the top right
            canv.saveState()
            bx, by, bw, bh = WIDTH - 5.6 * cm, HEIGHT - 1.55 * cm, 4.6 * cm, 1.0 * cm
            canv.setStrokeColor(RED)
            canv.setFillColor(RED)
            canv.setLineWidth(1)
            canv.roundRect(bx, by, bw, bh, 3, stroke=1, fill=0)
            canv.setFont("DejaVuSans-Bold", 9)
            canv.drawCentredString(bx + bw / 2, by + bh - 11.5, "PROEF 2")
            canv.setFont("DejaVuSansCondensed", 6.5)
            canv.drawCentredString(bx + bw / 2, by + 6, "14-03-2018 · niet voor druk")
            # the slug
            canv.setFont("DejaVuSansCondensed", 6)
            canv.setFillColor(colors.HexColor("#444444"))
            canv.drawString(ML, 0.6 * cm, f"projectenboek_{folder}_v3.indd · 14-03-2018 11:42 · "
                                          f"pagina {canv.getPageNumber()}")
            canv.restoreState()
            canv._code.append("EMC")

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0,
                                                       topPadding=0, bottomPadding=0)],
                                           onPage=on_page, onPageEnd=on_page_end)])
        story = [para(f"Projectenboek Regio Deal {name}", st["doc"]),
                 para("De projecten van de Regio Deal, met hun partijen, aanpak, resultaten en financiering.",
                      st["lead"]),
                 para("Inhoud", st["inhoud"]),
                 Table([[para(pr.title, st["toc"]), para(page_of(info, p), st["toc_p"])]
                        for p, pr in enumerate(dossier.projects)], colWidths=[FW - 40, 40], hAlign="LEFT",
                       style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                         ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            head_note, table_note, label_note = _notes_for(pr.title)
            story += [PageBreak(), para(pr.theme.upper(), st["theme"], rec),
                      noted(pr.title, st["title"], truth.heading(p), head_note)]

            def any_table(t, pr=pr, tables=tables, rec=rec, note=table_note):
                index = next(i for i, x in enumerate(tables) if x is t)
                keys = golden.get((pr.title, index))
                return table(t, rec, is_funding(keys) and len(keys) == t.columns, note)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += any_table(row)
                    continue
                if row.label.startswith("Inzet"):
                    story.append(noted(row.label, st["label"], rec, label_note))
                else:
                    story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    story += any_table(item) if isinstance(item, source.Table) else [
                        field_para(item, st["body"], st["item"], rec)]
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    record = build_until_stable(once)
    _add_layers(str(pdf_path))
    return record


def _add_layers(path: str) -> None:
    """The optional content groups of the reportlab file's /MC0../MC3 marks, as InDesign writes
    them: each page's /Properties, the catalog's /OCProperties with its default configuration."""
    import pymupdf  # (the samples extra: a test run renders no house)

    out = pymupdf.open(path)
    xrefs = [out.add_ocg(LAYERS[0], on=True, intent="Design"),
             out.add_ocg(LAYERS[1], on=False, intent="Design"),
             out.add_ocg(LAYERS[2], on=False, intent="Design"),
             out.add_ocg(LAYERS[3], on=True, intent="Design")]
    proof = xrefs[3]
    creator = "/CreatorInfo <</Creator (Adobe InDesign CC 13.1 \\(Macintosh\\)) /Subtype /Artwork>>"
    for x in xrefs:  # InDesign's layers serve viewing and design alike
        out.xref_set_key(x, "Intent", "[/View /Design]")
        out.xref_set_key(x, "Usage", f"<<{creator}>>")
    out.xref_set_key(proof, "Usage", f"<<{creator} /Print <</PrintState /OFF>> /View <</ViewState /ON>>>>")
    props = "<<" + " ".join(f"/MC{k} {x} 0 R" for k, x in enumerate(xrefs)) + ">>"
    for page in out:
        kind, value = out.xref_get_key(page.xref, "Resources")
        if kind == "xref":
            out.xref_set_key(int(value.split()[0]), "Properties", props)
        else:
            out.xref_set_key(page.xref, "Resources/Properties", props)
    cat = out.pdf_catalog()
    refs = " ".join(f"{x} 0 R" for x in xrefs)
    out.xref_set_key(cat, "OCProperties/D/Order", f"[{refs}]")
    out.xref_set_key(cat, "OCProperties/D/ON", f"[{xrefs[0]} 0 R {proof} 0 R]")
    out.xref_set_key(cat, "OCProperties/D/OFF", f"[{xrefs[1]} 0 R {xrefs[2]} 0 R]")
    out.xref_set_key(cat, "OCProperties/D/AS",
                     f"[<</Event /Print /OCGs [{proof} 0 R] /Category [/Print]>> "
                     f"<</Event /View /OCGs [{proof} 0 R] /Category [/View]>>]")
    tmp = path + ".tmp"
    out.save(tmp, garbage=3, deflate=True, no_new_id=True)
    out.close()
    os.replace(tmp, path)
