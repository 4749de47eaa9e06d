"""One more house style for the layout zoo (see zoo.py), held out: a programme office's tidy
Word report whose projects are followed by BACK MATTER THAT LOOKS LIKE FIELDS: a glossary
("Begrippenlijst") whose bold terms are the dossier's own field labels and funding words, a
colophon page and a signature page; and every project closes with a small "Contactpersoon"
box.

- glossary: A4 portrait, margins 2.5 cm all round (a 16.0 cm text column). Helvetica (Arial's
          metrics; DejaVu Sans for a paragraph holding a character it lacks) 10pt on 13.5pt,
          ragged right, 6pt after each paragraph; a list item keeps the source's marker and
          hangs on it (14pt). No running header; footer on every page, 8pt grey, 1.4 cm over
          the bottom edge: "Regio Deal <Name> – Projectvoorstellen" at the left margin and
          "Pagina N van M" at the right.
          Page 1: "Regio Deal <Name>" (24pt bold, dark blue #1F3864), "Projectvoorstellen"
          (14pt, #2F5496), "Versie 1.0 – maart 2019" (9pt grey), then the contents under the
          transcription's heading (Heading 1 look, below): one TOC 1 line per project title
          and one each for "Begrippenlijst", "Colofon" and "Ondertekening", joined by a dot
          leader to the page number right-aligned at the margin.
          EVERY PROJECT STARTS ON A NEW PAGE: the theme in 9pt grey, the title in the
          HEADING 1 LOOK (16pt bold #1F3864, a long title on two lines, a 0.75pt #2F5496 rule
          across the column 4pt under it). Field labels in the HEADING 3 look: 11pt bold
          #2F5496 on a line of their own, 10pt above, 3pt below; the field's paragraphs under
          it.
          TABLES (investment tables and those inside a field, where they stand) across the
          column in Word's "Grid Table 4 – Accent 1": 8.5pt (down to 7pt where the columns
          need it), a 0.5pt #8EAADB grid, the header lines filled #2F5496 with white bold text
          (the table's label in the corner cell spanning them, group headers centred over
          their members, single headers right-aligned), body rows banded white / #D9E2F3, the
          Totaal row bold; row labels left, amounts right-aligned exactly as transcribed; the
          header repeated where a table breaks over a page (the transcription's page breaks
          are not followed). Table footnotes in 7.5pt under the table.
          The project's notes as Word page footnotes at the foot of the page of the paragraph
          holding the mark (notes whose mark is nowhere with the project's last paragraph),
          8pt under a 4 cm rule.
          AFTER EACH PROJECT'S LAST FIELD, kept on the page of its last line, a CONTACTPERSOON
          BOX: 9 cm wide at the left margin, 0.75pt #2F5496 border, filled #F2F5FB; in it
          "Contactpersoon" in 9.5pt bold #2F5496, then three lines "Naam", "E-mail",
          "Telefoon" (8.5pt grey, a 2.0 cm column) with the values in 9pt (an invented person
          per project, the address at the region's domain). The box is the project's own (its
          page is the project's page) but no field of it.
          BACK MATTER after the last project, each part opening a new page under a HEADING 1
          (the project titles' look, with its rule): "BEGRIPPENLIJST" as "Begrippenlijst",
          an introductory sentence, then fourteen terms in alphabetical order, each term in
          10pt BOLD (black) ON A LINE OF ITS OWN and its definition (one to three sentences,
          some naming an amount in words or "50%") in body text under it; the terms include
          the dossier's field labels and funding words ("Aanleiding", "Borging",
          "Cofinanciering", "Opgave", "Partijen", "Privaat", "Publiek", "Rijksbijdrage",
          "Structureel karakter", "Totaal", ...). "COLOFON": a grid without rules of bold 9pt
          labels ("Uitgave", "Redactie", "Vormgeving", "Fotografie", "Druk", "Contact",
          "Datum") in a 3.5 cm column and their values, then a 8pt grey disclaimer.
          "ONDERTEKENING": a sentence ("Aldus overeengekomen en in drievoud ondertekend te
          <place> op ... 2019."), then THREE SIGNATURE BLOCKS SIDE BY SIDE (a 3-column grid
          without rules, 0.6 cm gutters): the party in bold ("Namens het Rijk", "Namens de
          Provincie <...>", "Namens <region>"), 2.2 cm of room, a 0.5pt line to sign on across
          the block, under it the name, the function (grey) and "Datum: ____________".

Every cell and field prints as transcribed: the truth record is the plain one (no "raw"). A
project runs from its theme line to the page of its last field text, table cell, note or
its Contactpersoon box; the back matter belongs to no project.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, KeepTogether, PageBreak, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_common import (LIST_ITEM, Doc, FootnoteSupport, Truth, build_until_stable, dossier_name, font_for,
                         is_total, meta, page_of, para, register_fonts)

WIDTH, HEIGHT = A4
M = 2.5 * cm
FW = WIDTH - 2 * M
SANS, BOLD = "Helvetica", "Helvetica-Bold"
DARK = colors.HexColor("#1F3864")
ACCENT = colors.HexColor("#2F5496")
GRID = colors.HexColor("#8EAADB")
BAND = colors.HexColor("#D9E2F3")
BOXFILL = colors.HexColor("#F2F5FB")
GREY = colors.HexColor("#666666")

PLACES = {"twente": ("Enschede", "Provincie Overijssel", "Regio Twente", "regiotwente.nl", "053"),
          "zeeland": ("Middelburg", "Provincie Zeeland", "Regio Zeeland", "zeeland.nl", "0118")}
PEOPLE = ["Marieke ten Brinke", "Jeroen Oude Vrielink", "Sandra Kamphuis", "Bas Nijhuis", "Anouk Wolters",
          "Ruud Schreurs", "Ilse Brouwer", "Thijs Verhoeven", "Esther de Jong", "Koen Pauwels",
          "Linda Kooiman", "Pieter Wisse"]

GLOSSARY = [
    ("Aanleiding", "De maatschappelijke of economische situatie die de reden is om een project voor te "
     "stellen; in sommige projectbeschrijvingen ook 'Opgave' genoemd."),
    ("Borging", "De wijze waarop de resultaten van een project na afloop van de Regio Deal worden "
     "vastgehouden, zonder verdere bijdrage van het Rijk."),
    ("Cofinanciering", "Het deel van de totale investering dat niet door het Rijk wordt gedragen, maar "
     "door de regionale partners: gemeenten, provincie, onderwijsinstellingen en private partijen. "
     "De cofinanciering bedraagt ten minste 50% van de totale investering."),
    ("Inzet en co-financiering", "Het onderdeel van een projectbeschrijving waarin de planning, de "
     "begroting en de verdeling van de kosten over de partners worden toegelicht."),
    ("Onderwijs", "Bijdragen van onderwijsinstellingen (mbo, hbo en universiteit), in geld of in "
     "natura."),
    ("Opgave", "De maatschappelijke opgave waaraan een project bijdraagt, zoals beschreven in het "
     "regiobod."),
    ("Partijen", "De organisaties die een project uitvoeren of er financieel aan bijdragen; de "
     "penvoerder is een van hen."),
    ("Privaat", "Bijdragen van bedrijven en andere private partijen."),
    ("Publiek", "Bijdragen van overheden anders dan het Rijk: gemeenten, provincie en overige "
     "publieke partijen."),
    ("Regio Deal", "Een samenwerkingsafspraak tussen het Rijk en een regio om met gezamenlijke "
     "investeringen de brede welvaart in die regio te versterken."),
    ("Resultaten", "De concrete, meetbare opbrengsten die een project aan het einde van de looptijd "
     "heeft gerealiseerd."),
    ("Rijksbijdrage", "De bijdrage van het Rijk uit de Regio Envelop. Het Rijk draagt ten hoogste de "
     "helft van de totale investering van een project."),
    ("Structureel karakter", "De mate waarin een project na de looptijd van de Regio Deal zonder "
     "rijksbijdrage kan worden voortgezet."),
    ("Totaal", "De totale investering van een project: de som van de rijksbijdrage en de "
     "cofinanciering, zoals vermeld in de laatste regel van de begrotingstabel."),
]


def _styles() -> dict:
    def s(name, font=SANS, size=10, leading=13.5, **kw):
        return ParagraphStyle(f"gl-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(prefix, size):
        lead = round(size * 1.2, 2)
        return {
            "tlabel": s(f"{prefix}tl", BOLD, size, lead, textColor=colors.white),
            "thead": s(f"{prefix}th", BOLD, size, lead, alignment=TA_RIGHT, textColor=colors.white),
            "tgroup": s(f"{prefix}tg", BOLD, size, lead, alignment=TA_CENTER, textColor=colors.white),
            "tbody": s(f"{prefix}tb", SANS, size, lead),
            "tbody_b": s(f"{prefix}tbb", BOLD, size, lead),
            "tamount": s(f"{prefix}ta", SANS, size, lead, alignment=TA_RIGHT),
            "tamount_b": s(f"{prefix}tab", BOLD, size, lead, alignment=TA_RIGHT),
        }

    return {
        "body": s("body", spaceAfter=6),
        "item": s("item", leftIndent=14, bulletIndent=0, spaceAfter=6),
        "label": s("label", BOLD, 11, 14, textColor=ACCENT, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "theme": s("theme", SANS, 9, 12, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "h1": s("h1", BOLD, 16, 20, textColor=DARK, keepWithNext=1),
        "cover": s("cover", BOLD, 24, 29, textColor=DARK, spaceAfter=6),
        "cover2": s("cover2", SANS, 14, 18, textColor=ACCENT, spaceAfter=4),
        "cover3": s("cover3", SANS, 9, 12, textColor=GREY, spaceAfter=30),
        "toc": s("toc", SANS, 10, 13.5),
        "term": s("term", BOLD, 10, 13.5, spaceBefore=6, spaceAfter=1, keepWithNext=1),
        "intro": s("intro", SANS, 10, 13.5, spaceAfter=8),
        "clabel": s("clabel", BOLD, 9, 12),
        "cvalue": s("cvalue", SANS, 9, 12),
        "disclaimer": s("disc", SANS, 8, 10.5, textColor=GREY, spaceBefore=18),
        "boxhead": s("boxhead", BOLD, 9.5, 12, textColor=ACCENT),
        "boxlabel": s("boxlabel", SANS, 8.5, 11.5, textColor=GREY),
        "boxvalue": s("boxvalue", SANS, 9, 11.5),
        "sigparty": s("sigparty", BOLD, 9.5, 12.5),
        "signame": s("signame", SANS, 9.5, 12.5),
        "sigfunc": s("sigfunc", SANS, 9, 12, textColor=GREY),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, spaceBefore=2),
        "note": s("note", SANS, 8, 10, spaceAfter=1.5),
        "table": table,
    }


def _paragraph(text: str, st, rec):
    m = LIST_ITEM.match(text)
    style = st["item"] if m else st["body"]
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, style, rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


class _Rule(Flowable):
    def __init__(self, width, colour, thickness, below=4, after=8):
        super().__init__()
        self.width, self.colour, self.t, self.below, self.after = width, colour, thickness, below, after

    def wrap(self, aW, aH):
        return self.width, self.below + self.after

    def draw(self):
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.t)
        self.canv.line(0, self.after, self.width, self.after)


class _TocLine(Flowable):
    def __init__(self, text, page, style):
        super().__init__()
        self.p, self.page, self.st = para(text, style), page, style

    def wrap(self, aW, aH):
        self.aW = aW
        self.h = self.p.wrap(aW - 40, aH)[1]
        return aW, self.h + 3

    def draw(self):
        c, st = self.canv, self.st
        self.p.drawOn(c, 0, 3)
        bl = self.p.blPara
        extra = bl.lines[-1][0] if bl.kind == 0 else bl.lines[-1].extraSpace
        base = 3 + self.h - st.fontSize - (len(bl.lines) - 1) * st.leading
        x0 = self.aW - 40 - extra + 3
        pw = stringWidth(self.page, st.fontName, st.fontSize)
        step = stringWidth(".", st.fontName, st.fontSize)
        n = int((self.aW - pw - 3 - x0) / step)
        c.setFont(st.fontName, st.fontSize)
        c.drawRightString(self.aW - pw - 3, base, "." * max(n, 0))
        c.drawRightString(self.aW, base, self.page)


def _table(t: source.Table, st, rec) -> list:
    pad = 3.5
    size = 8.5
    while True:
        ts = st["table"](f"t{size}-", size)
        widths = _col_widths(t, lambda s: s, FW, ts, pad, label_share=0.3, min_label=76.0, squeeze=size <= 7.0)
        if widths is not None:
            break
        size -= 0.5
    widths[0] -= sum(widths) - FW
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    cmds = []
    for k, body in enumerate(t.rows):
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        bold = is_total(body[0])
        r = len(rows)
        rows.append([para(body[0], ts["tbody_b"] if bold else ts["tbody"], rec)] +
                    [para(c, ts["tamount_b"] if bold else ts["tamount"], rec) for c in cells])
        if k % 2 == 0:
            cmds.append(("BACKGROUND", (0, r), (-1, r), BAND))
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BACKGROUND", (0, 0), (-1, lines - 1), ACCENT),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1)))] + cmds
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
    return [Spacer(0, 4), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 8)]


def _contact_box(k, folder, st, rec):
    place = PLACES.get(folder, ("", "", "", "regiodeal.nl", "030"))
    person = PEOPLE[k % len(PEOPLE)]
    first, *rest = person.split()
    mail = f"{first[0].lower()}.{''.join(rest).lower()}@{place[3]}"
    phone = f"{place[4]} {481 + 7 * k:03d} {20 + 3 * k:02d} {10 + 11 * k % 89:02d}"
    rows = [[para("Contactpersoon", st["boxhead"], rec), ""]]
    for label, value in (("Naam", person), ("E-mail", mail), ("Telefoon", phone)):
        rows.append([para(label, st["boxlabel"], rec), para(value, st["boxvalue"], rec)])
    return Table(rows, colWidths=[2.0 * cm, 7.0 * cm], hAlign="LEFT", style=TableStyle([
        ("SPAN", (0, 0), (1, 0)), ("BOX", (0, 0), (-1, -1), 0.75, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), BOXFILL),
        ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("TOPPADDING", (0, 0), (-1, 0), 6), ("BOTTOMPADDING", (0, 0), (-1, 0), 3),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))


def _heading1(text, st, rec=None):
    return [para(text, st["h1"], rec), _Rule(FW, ACCENT, 0.75)]


def render_glossary(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    folder = Path(dossier.source).parent.name.lower() if dossier.source else ""
    city, province, region, domain, _ = PLACES.get(folder, ("Utrecht", "Provincie", f"Regio {name}", "", ""))
    footer = f"Regio Deal {name} – Projectvoorstellen"
    back_pages: dict[str, int] = {}

    class _Mark(Flowable):
        def __init__(self, key):
            super().__init__()
            self.key = key

        def wrap(self, aW, aH):
            return 0, 0

        def draw(self):
            back_pages[self.key] = self.canv.getPageNumber()

    def once(info):
        truth = Truth(dossier, "glossary")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=4 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M,
                  bottomMargin=M, **meta(dossier, "glossary"))
        total = info.get("total") or ""

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            canv.drawString(M, 1.4 * cm, footer)
            canv.drawRightString(WIDTH - M, 1.4 * cm, f"Pagina {canv.getPageNumber()} van {total}")
            canv.restoreState()

        frame = Frame(M, M, FW, HEIGHT - 2 * M, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        story: list = [Spacer(0, 2 * cm), para(f"Regio Deal {name}", st["cover"]),
                       para("Projectvoorstellen", st["cover2"]), para("Versie 1.0 – maart 2019", st["cover3"])]
        story += _heading1(dossier.toc_heading or "Inhoud", st)
        for p, pr in enumerate(dossier.projects):
            story.append(_TocLine(pr.title, page_of(info, p), st["toc"]))
        for key in ("Begrippenlijst", "Colofon", "Ondertekening"):
            story.append(_TocLine(key, str(back_pages.get(key, "")), st["toc"]))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [PageBreak(), para(pr.theme, st["theme"], truth.heading(p))]
            story += _heading1(pr.title, st, rec)
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                story.append(para(row.label, st["label"], rec))
                for i, item in enumerate(row.content):
                    if isinstance(item, source.Table):
                        story += _table(item, st, rec)
                        continue
                    q = _paragraph(item, st, rec)
                    if (r, i) in owner:
                        q._notes, q._foot = tuple(owner[(r, i)]), foot
                    story.append(q)
                    last = q
            if loose and last is not None:
                last._notes, last._foot = tuple(getattr(last, "_notes", ())) + tuple(loose), foot
            # the box stays on the page of the project's last line
            while story and isinstance(story[-1], Spacer):
                story.pop()
            gap = Spacer(0, 8)
            story[-1].keepWithNext = gap.keepWithNext = 1
            story += [gap, _contact_box(p, folder, st, rec)]
        # the back matter: no project's
        story += [PageBreak(), _Mark("Begrippenlijst")] + _heading1("Begrippenlijst", st)
        story.append(para("In deze projectvoorstellen worden de volgende begrippen gebruikt.", st["intro"]))
        for term, text in GLOSSARY:
            story += [para(term, st["term"]), para(text, st["body"])]
        story += [PageBreak(), _Mark("Colofon")] + _heading1("Colofon", st)
        colofon = [("Uitgave", f"Programmabureau Regio Deal {name}, {city}"),
                   ("Redactie", f"Programmabureau Regio Deal {name}, in samenwerking met de projectpenvoerders"),
                   ("Vormgeving", "Studio Kade, Zwolle"),
                   ("Fotografie", "Beeldbank " + region),
                   ("Druk", "Drukkerij De Vlijt, Deventer"),
                   ("Contact", f"regiodeal@{domain or 'regiodeal.nl'}"),
                   ("Datum", "maart 2019")]
        story.append(Table([[para(a, st["clabel"]), para(b, st["cvalue"])] for a, b in colofon],
                           colWidths=[3.5 * cm, FW - 3.5 * cm], hAlign="LEFT", style=TableStyle([
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        story.append(para("Aan de inhoud van deze uitgave kunnen geen rechten worden ontleend. Overname van "
                          "teksten is toegestaan met bronvermelding.", st["disclaimer"]))
        story += [PageBreak(), _Mark("Ondertekening")] + _heading1("Ondertekening", st)
        story.append(para(f"Aldus overeengekomen en in drievoud ondertekend te {city} op ............ 2019.",
                          st["intro"]))
        story.append(Spacer(0, 10))
        parties = [("Namens het Rijk", "drs. H.J. van der Meulen",
                    "Minister van Landbouw, Natuur en Voedselkwaliteit"),
                   (f"Namens de {province}", "ing. A.M. Kuipers", "Gedeputeerde Economie"),
                   (f"Namens {region}", "mr. C.W. Oosterhof", "Voorzitter dagelijks bestuur")]
        gutter = 0.6 * cm
        bw = (FW - 2 * gutter) / 3
        cells = [[], [], [], [], []]
        for party, person, function in parties:
            for r, item in enumerate((para(party, st["sigparty"]), Spacer(0, 2.2 * cm),
                                      para(person, st["signame"]), para(function, st["sigfunc"]),
                                      para("Datum: ____________", st["signame"]))):
                cells[r] += [item, ""]
        cells = [row[:-1] for row in cells]
        widths = [bw, gutter, bw, gutter, bw]
        story.append(Table(cells, colWidths=widths, hAlign="LEFT", style=TableStyle(
            [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
             ("VALIGN", (0, 0), (-1, -1), "TOP")] +
            [("LINEABOVE", (c, 2), (c, 2), 0.5, colors.black) for c in (0, 2, 4)] +
            [("TOPPADDING", (0, 2), (-1, 2), 4)])))
        doc.build(story)
        return truth

    return build_until_stable(once)
