"""One more house style for the layout zoo (see zoo.py), held out: the projects as the ANNEX TO
A SUBSIDY AGREEMENT ("Bijlage bij de samenwerkingsovereenkomst") that a province's legal
department drafts in Word, every project ending in a SIGNATURE TABLE of the contracting
parties, every page carrying an INITIALS BOX ("Paraaf") and a versioned running footer.

- signatures: A4 portrait, margins 2.5 cm left and right, 2.5 cm top, 2.8 cm bottom (a 16 cm
          column). Times-Roman (DejaVu Serif for a text with a character it lacks) 11pt on
          14pt, JUSTIFIED, 5pt after each paragraph; a list item keeps the source's marker and
          hangs on it by 0.6 cm.
          Running header on every page: "Bijlage 2 bij de samenwerkingsovereenkomst Regio Deal
          <Name>" in 8pt italic at the left, a 0.4pt rule under it. Running FOOTER centred in
          8.5pt: "Versie 1.3 – d.d. 14 mei 2018 – pagina <N>". THE INITIALS BOX in the lower
          right corner of every page, in the bottom margin beside the footer: "Paraaf:" in 7.5pt
          and a 0.5pt box 2.4 x 0.9 cm right of it, ending at the right margin; on every odd
          page the box holds a blue (#1F4E9A) drawn initial (a path of bezier curves, no text),
          on the even pages it stays empty.
          Page 1: "BIJLAGE 2" (12pt bold, letter-spaced, centred), "bij de
          samenwerkingsovereenkomst Regio Deal <Name>" (14pt bold, centred), "Projectbeschrijvingen"
          (11pt italic, centred), a preamble of two paragraphs (no amounts), then the
          transcription's contents heading in small capitals and one line per project,
          "Project <k>" in a 2.2 cm column, the title, and its page number right-aligned, no
          leaders.
          EACH PROJECT STARTS A NEW PAGE: "PROJECT <k>" in 11pt small capitals centred, the
          title in 14pt bold centred, "Thema: <theme>" in 10.5pt italic centred, a centred 0.5pt
          rule 4 cm long, 14pt of space.
          FIELD LABELS are HEADINGS IN SMALL CAPITALS (Word's "Kleinkapitaal" on the
          transcription's label: its capitals, digits and signs at 11pt, its lower-case letters
          as capitals at 8.5pt; bold, 10pt above, 3pt below, kept with the text): "NAAM
          PROJECT", "INZET EN CO-FINANCIERING" as the text layer reads them; the field's
          paragraphs under it.
          TABLES (the investment table where the transcription has it, a table inside a field
          where it stands) in 9.5pt Times across the column: a 0.75pt frame round the table,
          0.4pt VERTICAL rules between all columns, a 0.75pt rule under the header and a 0.4pt
          rule above every total row (a label starting with "Totaal"), no other horizontal
          rules, no fills; the header in italic (the table's label in the corner cell, a group
          header centred over its members with a 0.4pt rule under it, single headers centred);
          row labels left, every value cell right-aligned as transcribed; the total row in
          bold. The label column 32% of the column width (at least its longest word), the value
          columns sharing the rest alike. A table breaking over a page repeats its header.
          Table footnotes under the table in 8.5pt. The project's notes after its last field
          under a 3 cm rule, 8.5pt, each after its mark.
          THE SIGNATURE TABLE closes every project, kept on one page together with the project's
          last paragraph and notes: the heading "ALDUS OVEREENGEKOMEN EN GETEKEND" (small
          capitals, 10pt) and a borderless table of FOUR blocks side by side for a project with
          an even number in the dossier (1-based: "Penvoerder", "Partner", "Provincie", "Rijk")
          and THREE for an odd one ("Penvoerder", "Provincie", "Rijk"): each block the role in
          bold small capitals, the party in 9pt italic ("Regio <Name>", "namens de partners",
          "Provincie Overijssel"/"Provincie Zeeland"/"Provincie", "Ministerie van LNV" for
          Twente, else "Ministerie van BZK"), then the lines "Naam:", "Functie:", "Datum:" in
          9pt, each followed by a 0.4pt line from 40pt to the block's right edge, and
          "Handtekening:" over a 1.5 cm space closed by a 0.4pt line. FILLED IN on some blocks:
          the penvoerder's always, the partner's for a project number divisible by 3, the
          province's unless the number leaves 2 when divided by 3, the Rijk's for an even
          number: the typed name and function in 9pt on their lines (set smaller where they
          would run past the block), the date ("14 mei 2018", "15 mei 2018", "22 mei 2018",
          "24 mei 2018" for the four roles), and a drawn signature (a blue path) over the
          signature line; an unfilled block shows its empty lines only.

Every field label and every cell prints as transcribed (the labels in capitals, read in any
case): the truth record is the plain one (no "raw"). A project runs from its heading page to
the page of its last field text, table cell or note, which is also the page of its signature
table.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (Flowable, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from . import source
from .zoo_common import (auto_widths, build_until_stable, Doc, dossier_name, field_para, font_for,
                         is_total, meta, page_of, para, register_fonts, Truth)

WIDTH, HEIGHT = A4
LEFT = RIGHT = 2.5 * cm
TOP, BOTTOM = 2.5 * cm, 2.8 * cm
FW = WIDTH - LEFT - RIGHT
INK = colors.black
PEN = colors.HexColor("#1F4E9A")
VERSION = "Versie 1.3 – d.d. 14 mei 2018"

ROLES = {"Penvoerder": ("drs. J.H.M. Kamphuis", "directeur", "14 mei 2018"),
         "Partner": ("ir. A.M. de Vries", "bestuurder", "15 mei 2018"),
         "Provincie": ("mr. E.J. Bosman", "gedeputeerde", "22 mei 2018"),
         "Rijk": ("dr. M.L. van den Berg", "directeur-generaal", "24 mei 2018")}

# A hand-drawn signature: bezier curves from the start point (in a box of about 90 x 28 pt).
_SIGNATURE = ((0, 6),
              (4, 26, 14, 28, 12, 8),
              (10, -4, 26, 22, 30, 12),
              (34, 2, 38, 20, 44, 10),
              (50, 0, 58, 16, 62, 8),
              (66, 2, 74, 6, 92, 16))
_INITIAL = ((0, 3), (3, 16, 10, 18, 9, 5), (8, -3, 18, 14, 22, 6), (26, -2, 32, 8, 44, 10))


def _scribble(c, x, y, path, scale=1.0, width=1.1):
    c.saveState()
    c.setStrokeColor(PEN)
    c.setLineWidth(width)
    c.setLineCap(1)
    c.setLineJoin(1)
    p = c.beginPath()
    x0, y0 = path[0]
    p.moveTo(x + x0 * scale, y + y0 * scale)
    for x1, y1, x2, y2, x3, y3 in path[1:]:
        p.curveTo(x + x1 * scale, y + y1 * scale, x + x2 * scale, y + y2 * scale,
                  x + x3 * scale, y + y3 * scale)
    c.drawPath(p, stroke=1, fill=0)
    c.restoreState()


def _small_caps(text: str, big: float, small: float) -> str:
    """Markup for `text` in small capitals, as Word's "Kleinkapitaal" sets it: a capital (and
    every character that is no lower-case letter) at `big`, a lower-case letter as a capital
    at `small`."""
    out = []
    for ch in text:
        size = small if ch.islower() else big
        out.append(f'<font size="{size}">{escape(ch.upper())}</font>')
    return "".join(out)


def _styles():
    register_fonts()

    def style(name, font="Times-Roman", size=11.0, leading=14.0, **kw):
        return ParagraphStyle(f"sg-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    return {
        "body": style("body", alignment=TA_JUSTIFY, spaceAfter=5),
        "item": style("item", alignment=TA_JUSTIFY, spaceAfter=5, leftIndent=0.6 * cm,
                      bulletIndent=0, bulletFontName="Times-Roman", bulletFontSize=11),
        "label": style("label", "Times-Bold", 11, 14, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "cover1": style("cover1", "Times-Bold", 12, 16, alignment=TA_CENTER, spaceAfter=4),
        "cover2": style("cover2", "Times-Bold", 14, 18, alignment=TA_CENTER, spaceAfter=4),
        "cover3": style("cover3", "Times-Italic", 11, 14, alignment=TA_CENTER, spaceAfter=22),
        "toc_h": style("toc_h", "Times-Bold", 11, 14, spaceBefore=16, spaceAfter=6),
        "toc": style("toc", "Times-Roman", 10.5, 14),
        "toc_r": style("toc_r", "Times-Roman", 10.5, 14, alignment=TA_RIGHT),
        "pno": style("pno", "Times-Roman", 11, 14, alignment=TA_CENTER, spaceAfter=3),
        "title": style("title", "Times-Bold", 14, 18, alignment=TA_CENTER, spaceAfter=3),
        "theme": style("theme", "Times-Italic", 10.5, 13, alignment=TA_CENTER, spaceAfter=6),
        "tlabel": style("tl", "Times-Italic", 9.5, 11.5),
        "thead": style("th", "Times-Italic", 9.5, 11.5, alignment=TA_CENTER),
        "tbody": style("tb", "Times-Roman", 9.5, 11.5),
        "tbody_b": style("tbb", "Times-Bold", 9.5, 11.5),
        "tamount": style("ta", "Times-Roman", 9.5, 11.5, alignment=TA_RIGHT),
        "tamount_b": style("tab", "Times-Bold", 9.5, 11.5, alignment=TA_RIGHT),
        "tfoot": style("tf", "Times-Roman", 8.5, 10.5, spaceBefore=3),
        "note": style("note", "Times-Roman", 8.5, 10.5, spaceAfter=2),
        "sig_h": style("sig_h", "Times-Bold", 10, 13, spaceBefore=14, spaceAfter=6, keepWithNext=1),
        "role": style("role", "Times-Bold", 10, 12),
        "party": style("party", "Times-Italic", 9, 11),
    }


class _Rule(Flowable):
    def __init__(self, length, centred=True, space_after=0.0):
        super().__init__()
        self.length, self.centred = length, centred
        self.spaceAfter = space_after

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 4

    def draw(self):
        x = (self.aW - self.length) / 2 if self.centred else 0
        self.canv.saveState()
        self.canv.setLineWidth(0.5)
        self.canv.line(x, 2, x + self.length, 2)
        self.canv.restoreState()


class _SigBlock(Flowable):
    """One party's signature block: role, party, Naam / Functie / Datum lines, signature."""

    H = 5.2 * cm

    def __init__(self, role, party, filled, st):
        super().__init__()
        self.role, self.party, self.filled, self.st = role, party, filled, st

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, self.H

    def draw(self):
        c = self.canv
        st = self.st
        y = self.H
        role = para("", st["role"], markup=_small_caps(self.role, 10, 7.8))
        h = role.wrap(self.aW, 100)[1]
        y -= h
        role.drawOn(c, 0, y)
        party = para(self.party, st["party"])
        h = party.wrap(self.aW, 100)[1]
        y -= h + 6
        party.drawOn(c, 0, y)
        name, function, date = ROLES[self.role]
        values = (name, function, date) if self.filled else ("", "", "")
        c.saveState()
        c.setLineWidth(0.4)
        for label, value in zip(("Naam:", "Functie:", "Datum:"), values):
            y -= 17
            c.setFont("Times-Roman", 9)
            c.drawString(0, y, label)
            lx = 40
            c.line(lx, y - 2, self.aW, y - 2)
            if value:  # typed on the line, set smaller where it would run past the block
                font = font_for(value, "Times-Roman")
                size = min(9.0, 9.0 * (self.aW - lx - 4) / stringWidth(value, font, 9.0))
                c.setFont(font, size)
                c.drawString(lx + 2, y, value)
        y -= 17
        c.setFont("Times-Roman", 9)
        c.drawString(0, y, "Handtekening:")
        line_y = y - 1.5 * cm
        c.line(0, line_y, self.aW, line_y)
        c.restoreState()
        if self.filled:
            _scribble(c, 6, line_y + 4, _SIGNATURE, scale=min(1.0, (self.aW - 10) / 95))


def _table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, len(t.header)
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("BOX", (0, 0), (-1, -1), 0.75, INK),
            ("LINEAFTER", (0, 0), (-2, -1), 0.4, INK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, INK)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    cells = [(0, 1, t.label, st["tlabel"])]
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["thead"], rec) if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if h.columns > 1:
            cmds.append(("LINEBELOW", (h.column, h.line), (c1, h.line), 0.4, INK))
        cells.append((h.column, h.columns, h.text, st["thead"]))
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        r = len(rows)
        rows.append([para(body[0], st["tbody_b" if total else "tbody"], rec)] +
                    [para(x, st["tamount_b" if total else "tamount"], rec) if x else "" for x in body[1:]])
        if total and i:
            cmds.append(("LINEABOVE", (0, r), (-1, r), 0.4, INK))
        cells.append((0, 1, body[0], st["tbody"]))
        cells += [(c + 1, 1, x, st["tamount_b"]) for c, x in enumerate(body[1:])]
    words = auto_widths([x for x in cells if x[0] == 0], n + 1, FW, 8.5)
    label = max(0.32 * FW, min(words[0], 0.45 * FW))
    widths = [label] + [(FW - label) / n] * n
    out = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                               hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _party(role, name):
    if role == "Penvoerder":
        return f"Regio {name}".strip()
    if role == "Partner":
        return "namens de partners"
    if role == "Provincie":
        return {"Twente": "Provincie Overijssel", "Zeeland": "Provincie Zeeland"}.get(name, "Provincie")
    return "Ministerie van LNV" if name == "Twente" else "Ministerie van BZK"


def _signatures(k: int, name, st) -> list:
    """The signature table of project number `k` (1-based)."""
    roles = ["Penvoerder", "Partner", "Provincie", "Rijk"] if k % 2 == 0 else ["Penvoerder", "Provincie", "Rijk"]
    filled = {"Penvoerder": True, "Partner": k % 3 == 0, "Provincie": k % 3 != 2, "Rijk": k % 2 == 0}
    gap = 0.5 * cm
    w = (FW - gap * (len(roles) - 1)) / len(roles)
    blocks = [_SigBlock(r, _party(r, name), filled[r], st) for r in roles]
    row, widths = [], []
    for i, b in enumerate(blocks):
        if i:
            row.append("")
            widths.append(gap)
        row.append(b)
        widths.append(w)
    table = Table([row], colWidths=widths, hAlign="LEFT", style=TableStyle([
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [para("", st["sig_h"], markup=_small_caps("Aldus overeengekomen en getekend", 10, 7.8)), table]


def _project(p: int, pr: source.Project, name, st, truth) -> list:
    rec = truth.content(p)
    head = truth.heading(p)
    story: list = [PageBreak(),
                   para("", st["pno"], head, markup=_small_caps(f"Project {p + 1}", 11, 8.5)),
                   para(pr.title, st["title"], head),
                   para(f"Thema: {pr.theme}", st["theme"], rec),
                   _Rule(4 * cm), Spacer(0, 14)]
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += _table(row, st, rec)
            continue
        label = para("", st["label"], rec, markup=_small_caps(row.label, 11, 8.5))
        story.append(label)
        for item in row.content:
            if isinstance(item, source.Table):
                story += _table(item, st, rec)
            else:
                story.append(field_para(item, st["body"], st["item"], rec))
    # the last paragraph (with what follows it) goes along with the notes and signatures
    last = max(i for i, f in enumerate(story) if isinstance(f, (Table, Paragraph)))
    tail: list = story[last:]
    del story[last:]
    if pr.notes:
        tail.append(_Rule(3 * cm, centred=False, space_after=2))
        for note in pr.notes:
            for j, text in enumerate(note.text or ("",)):
                tail.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
    tail += _signatures(p + 1, name, st)
    story.append(KeepTogether(tail))
    return story


def render_signatures(dossier: source.Dossier, pdf_path) -> dict:
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "signatures")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "signatures"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            canv.setFont("Times-Italic", 8)
            y = HEIGHT - TOP + 0.9 * cm
            canv.drawString(LEFT, y, f"Bijlage 2 bij de samenwerkingsovereenkomst Regio Deal {name}".strip())
            canv.setLineWidth(0.4)
            canv.line(LEFT, y - 4, WIDTH - RIGHT, y - 4)
            canv.setFont("Times-Roman", 8.5)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"{VERSION} – pagina {page}")
            bw, bh = 2.4 * cm, 0.9 * cm
            bx, by = WIDTH - RIGHT - bw, 1.0 * cm
            canv.setLineWidth(0.5)
            canv.rect(bx, by, bw, bh, stroke=1, fill=0)
            canv.setFont("Times-Roman", 7.5)
            canv.drawRightString(bx - 4, by + bh / 2 - 2.5, "Paraaf:")
            canv.restoreState()
            if page % 2:
                _scribble(canv, bx + 0.5 * cm, by + 0.2 * cm, _INITIAL, scale=0.9, width=0.9)

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
                           topPadding=0, bottomPadding=0)], onPage=furniture)])
        story: list = [
            para("", st["cover1"], markup=f'<font name="Times-Bold">{"&nbsp;".join("BIJLAGE")}&nbsp;&nbsp;2</font>'),
            para(f"bij de samenwerkingsovereenkomst Regio Deal {name}".strip(), st["cover2"]),
            para("Projectbeschrijvingen", st["cover3"]),
            para(f"Deze bijlage maakt onlosmakelijk deel uit van de samenwerkingsovereenkomst Regio "
                 f"Deal {name} tussen het Rijk, de provincie en de regio. Zij beschrijft per project de "
                 f"opgave, de aanpak, de beoogde resultaten en de financiering, zoals partijen die zijn "
                 f"overeengekomen.", st["body"]),
            para("Elk project is door de betrokken partijen afzonderlijk ondertekend; iedere pagina "
                 "van deze bijlage is door partijen geparafeerd. Bij strijdigheid gaat de tekst van "
                 "de overeenkomst voor.", st["body"]),
            para("", st["toc_h"], markup=_small_caps(dossier.toc_heading, 11, 8.5)),
        ]
        rows = [[para(f"Project {p + 1}", st["toc"]), para(pr.title, st["toc"]),
                 para(page_of(info, p), st["toc_r"])] for p, pr in enumerate(dossier.projects)]
        story.append(Table(rows, colWidths=[2.2 * cm, FW - 3.4 * cm, 1.2 * cm], hAlign="LEFT",
                           style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                             ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                             ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                             ("TOPPADDING", (0, 0), (-1, -1), 1),
                                             ("BOTTOMPADDING", (0, 0), (-1, -1), 2)])))
        for p, pr in enumerate(dossier.projects):
            story += _project(p, pr, name, st, truth)
        doc.build(story)
        return truth

    return build_until_stable(once)
