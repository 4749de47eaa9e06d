"""One more house style for the layout zoo (see zoo.py), held out: the dossier as an ALLONGE
(annex) to a NOTARIAL DEED, typed in the notary's office in Word the way Dutch notarial deeds
are: every line of text FILLED TO THE RIGHT MARGIN WITH HYPHENS, so that nothing can be added
after the deed was signed; the projects as numbered articles, the field labels run into the
text, amounts in the notary's notation, and initials boxes at the foot of every page.

- deed:   A4 portrait, margins 4.0 cm left (the binding margin of a deed), 2.0 cm right, 3.0
          cm top, 3.4 cm bottom (a 15 cm column). Times-Roman (a character it lacks, "⁴",
          "●", "₂", set in DejaVu Serif on its own) 11pt on 17pt (one and a half line
          spacing), RAGGED RIGHT, NO SPACE BETWEEN PARAGRAPHS.
          THE HYPHEN FILL: every line of running text (the fields' paragraphs, the opening
          paragraphs, table footnotes, the project's notes, the closing) is wrapped at the
          column width less three hyphens, and the rest of the line up to the right margin
          is filled with a run of "-" characters (at least three), typed ON THE SAME TEXT
          LINE directly after its last character ("... van het project.-----------"); where
          the line's last word itself ends in a hyphen ("midden-", "laad-") one space is
          typed before the fill. A line never ends with a word that is a lone "-" (the
          word goes down to the next line with the word after it). Paragraphs break over
          pages line by line (at least two lines on either side).
          RUNNING HEADER on every page, 9pt: the notary's office at the left in italic
          ("Notariskantoor Ten Brinke & Mulder, Enschede" for Twente, "Notariskantoor De
          Kraker, Middelburg" for other dossiers), the deed's reference at the right:
          "Akte nr. 2019/0417 — blad N" ("2024/0212" for other dossiers).
          INITIALS BOXES ("paraaf") at the foot of every page: four 0.5pt boxes 1.5 x 1.0 cm,
          0.4 cm apart, ending at the right margin, 1.2 cm above the page's foot, "Paraaf:"
          in 7.5pt left of them and a 6pt caption under each ("notaris", "comp. 1",
          "comp. 2", "comp. 3"); the notary's box always holds a blue drawn initial (a path,
          no text), the others on some pages only.
          PAGE 1: "ALLONGE" (14pt bold, centred), under it a centred 11pt paragraph naming
          the deed ("behorende bij de akte houdende vaststelling van de
          samenwerkingsovereenkomst Regio Deal <Name>, verleden op <date in words> voor
          mr. <notary>, notaris te <town>, onder nummer <ref>"), then two filled paragraphs
          (what the allonge is, that every page was initialled) and "Artikel 1." /
          "Begripsbepalingen" with one filled paragraph. No contents.
          PROJECTS AS ARTICLES, flowing on (a new page only where less than 4 cm is left):
          "Artikel <n>." (n from 2) in 11pt bold centred, 17pt above; the project's title
          under it in 11pt bold centred; "(thema: <theme>)" in 10pt italic centred.
          FIELDS: the field's LABEL as transcribed, UNDERLINED, with a colon, RUN INTO the
          first line of its first paragraph ("Naam Project: Advanced Manufacturing Program
          (AMP).-------"); where the field opens with a list item or a table the label stands
          alone on its filled line. The field's later paragraphs follow as filled lines; a
          list item keeps the source's marker and hangs on it by 0.6 cm.
          TABLES (the investment table where the transcription has it; a table inside a field
          where it stands) across the column, 9.5pt Times: a 0.5pt black grid, no fills; the
          table's label in italic in the corner cell (spanning the header lines), column
          headers bold and centred (a group header centred over its members); row labels at
          the left, the Totaal row bold; amounts right-aligned IN THE NOTARY'S NOTATION:
          every amount with a euro sign and ",--" ("1.650.000" -> "€ 1.650.000,--", its
          note mark after it: "€ 7.500.000,--*"), amounts in millions WRITTEN OUT in full
          ("6,33 mln." -> "€ 6.330.000,--"), a nil ("-", ".-") as "nihil" ("nihil*"), any
          other text as transcribed; header lines repeated where a table breaks. Under the
          table its footnotes (9pt, filled). Under an investment table whose Totaal row holds
          an amount in the Totaal column, the notary's "ZEGGE" line in 9.5pt, filled: "Totaal
          zegge: <the amount in Dutch words> euro (€ <amount>,--)." ("zes miljoen
          driehonderddertigduizend euro").
          The project's notes at the end of its article in 9pt on 13pt, filled, each with its
          mark. After the last project one more article, "Artikel <n>." / "Slotbepaling", of
          one filled paragraph, and the notary's "(w.g.)" line.

Every amount cell records its printed text in the truth's "raw" (its value is unchanged); the
labels print as transcribed (no "field_labels"). The hyphen fills and the zegge lines are no
part of any field. A project runs from its article heading to the page of its last field
text, table cell, zegge line or note.
"""

from __future__ import annotations

import re
from decimal import Decimal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_budget import _column_keys
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, is_total, meta, para, register_fonts

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 4.0 * cm, 2.0 * cm, 3.0 * cm, 3.4 * cm
FW = WIDTH - LEFT - RIGHT
PEN = colors.HexColor("#1F4E9A")
BODY, LEAD = 11.0, 17.0
HANG = 0.6 * cm
TS, TL = 8.5, 10.5  # table type

_INITIAL = ((0, 3), (3, 16, 10, 18, 9, 5), (8, -3, 18, 14, 22, 6), (26, -2, 32, 8, 44, 10))


def _deed(name: str) -> dict:
    if name == "Twente":
        return dict(office="Notariskantoor Ten Brinke & Mulder, Enschede", ref="2019/0417",
                    notary="mr. H.J. ten Brinke", town="Enschede", date="veertien mei tweeduizend negentien")
    return dict(office="Notariskantoor De Kraker, Middelburg", ref="2024/0212",
                notary="mr. C.M. de Kraker", town="Middelburg", date="elf april tweeduizend vierentwintig")


# ---- the notary's notation -------------------------------------------------------------------

_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf",
          "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien"]
_TENS = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]


def _below_thousand(n: int) -> str:
    out = ""
    h, n = divmod(n, 100)
    if h:
        out += ("" if h == 1 else _UNITS[h]) + "honderd"
    if n < 20:
        out += _UNITS[n]
    else:
        t, u = divmod(n, 10)
        if u:
            unit = _UNITS[u]
            out += unit + ("ën" if unit.endswith("e") else "en") + _TENS[t]
        else:
            out += _TENS[t]
    return out


def in_words(n: int) -> str:
    """A whole number of euros as a Dutch notary writes it out ("zes miljoen
    driehonderddertigduizend")."""
    if n == 0:
        return "nul"
    parts = []
    billions, n = divmod(n, 10 ** 9)
    millions, n = divmod(n, 10 ** 6)
    thousands, n = divmod(n, 1000)
    if billions:
        parts.append(f"{_below_thousand(billions)} miljard")
    if millions:
        parts.append(f"{_below_thousand(millions)} miljoen")
    rest = ""
    if thousands:
        rest += ("" if thousands == 1 else _below_thousand(thousands)) + "duizend"
    rest += _below_thousand(n)
    if rest:
        parts.append(rest)
    return " ".join(parts)


def _dotted(v: int) -> str:
    return f"{v:,}".replace(",", ".")


_PLAIN = re.compile(r"(?:€\s*)?(\d{1,3}(?:\.\d{3})*)(\**)")
_MLN = re.compile(r"(?:€\s*)?(\d+(?:,\d+)?)\s*mln\.(\**)")
_NIL = re.compile(r"(?:-|\.-)(\**)")


def amount_value(raw: str) -> int | None:
    raw = raw.strip()
    if m := _PLAIN.fullmatch(raw):
        return int(m.group(1).replace(".", ""))
    if m := _MLN.fullmatch(raw):
        v = Decimal(m.group(1).replace(",", ".")) * 1_000_000
        return int(v) if v == int(v) else None
    return None


def notary(raw: str) -> str:
    """A cell as the notary prints it: "€ 1.650.000,--", "nihil", or as transcribed."""
    s = raw.strip()
    if m := _NIL.fullmatch(s):
        return "nihil" + m.group(1)
    for rx in (_PLAIN, _MLN):
        if m := rx.fullmatch(s):
            v = amount_value(s)
            if v is not None:
                return f"€\u00a0{_dotted(v)},--{m.group(2)}"
    return raw


# ---- the hyphen-filled paragraph ------------------------------------------------------------

def _runs(text: str, font: str):
    """(font, text) runs: the characters Times lacks in DejaVu Serif."""
    fb = {"Times-Roman": "DejaVuSerif", "Times-Bold": "DejaVuSerif-Bold",
          "Times-Italic": "DejaVuSerif-Italic"}[font]
    out: list[list[str]] = []
    for ch in text:
        try:
            ch.encode("cp1252")
            f = font
        except UnicodeEncodeError:
            f = fb
        if out and out[-1][0] == f:
            out[-1][1] += ch
        else:
            out.append([f, ch])
    return [(f, t) for f, t in out]


def _width(text: str, font: str, size: float) -> float:
    return sum(stringWidth(t, f, size) for f, t in _runs(text, font))


class Filled(Flowable):
    """A paragraph typed as a deed is: ragged lines, each filled to the margin with hyphens.
    `label` (underlined, with its colon) runs into the first line; `marker` hangs."""

    def __init__(self, text: str, rec=None, label: str | None = None, marker: str | None = None,
                 size: float = BODY, leading: float = LEAD, font: str = "Times-Roman", lines=None,
                 first: bool = True):
        super().__init__()
        self.text, self.rec, self.label, self.marker = text, rec, label, marker
        self.size, self.leading, self.font = size, leading, font
        self.lines, self.first = lines, first

    def _x0(self) -> float:
        return HANG if self.marker else 0.0

    def _break(self, aW: float) -> list[list[str]]:
        dash = stringWidth("-", self.font, self.size)
        room = aW - self._x0() - 3 * dash
        space = stringWidth(" ", self.font, self.size)
        words = self.text.split()
        lines: list[list[str]] = [[]]
        used = (_width(self.label + ":", self.font, self.size) + space) if self.label else 0.0
        for w in words:
            ww = _width(w, self.font, self.size)
            need = ww if not lines[-1] else space + ww
            if lines[-1] and used + need > room:
                if lines[-1][-1] == "-" and len(lines[-1]) > 1:  # a lone "-" goes down
                    lines.append([lines[-1].pop()])
                    used = _width("-", self.font, self.size) + space + ww
                    lines[-1].append(w)
                    continue
                lines.append([w])
                used = ww
            else:
                lines[-1].append(w)
                used += need
        if not words and not self.label:
            lines = [[]]
        return lines

    def wrap(self, aW, aH):
        self.aW = aW
        if self.lines is None:
            self.lines = self._break(aW)
        return aW, len(self.lines) * self.leading

    def split(self, aW, aH):
        if self.lines is None:
            self.lines = self._break(aW)
        n = int(aH // self.leading)
        total = len(self.lines)
        if n >= total:
            return [self]
        if total < 4 or n < 2:
            return []
        n = min(n, total - 2)
        a = Filled(self.text, self.rec, self.label, self.marker, self.size, self.leading, self.font,
                   self.lines[:n], self.first)
        b = Filled(self.text, self.rec, self.label, self.marker, self.size, self.leading, self.font,
                   self.lines[n:], False)
        return [a, b]

    def draw(self):
        c = self.canv
        dash = stringWidth("-", self.font, self.size)
        space = stringWidth(" ", self.font, self.size)
        h = len(self.lines) * self.leading
        for i, words in enumerate(self.lines):
            y = h - (i + 1) * self.leading + (self.leading - self.size) / 2 + 0.22 * self.size
            x = self._x0()
            if self.marker and i == 0 and self.first:
                c.setFont(self.font, self.size)
                for f, t in _runs(self.marker, self.font):
                    c.setFont(f, self.size)
                    c.drawString(0, y, t)
            t = c.beginText(x, y)
            if self.label and i == 0 and self.first:
                lab = self.label + ":"
                lw = _width(lab, self.font, self.size)
                for f, s in _runs(lab, self.font):
                    t.setFont(f, self.size)
                    t.textOut(s)
                c.saveState()
                c.setLineWidth(0.5)
                c.line(x, y - 1.6, x + _width(self.label, self.font, self.size), y - 1.6)
                c.restoreState()
                x += lw
                if words:
                    t.setFont(self.font, self.size)
                    t.textOut(" ")
                    x += space
            line = " ".join(words)
            for f, s in _runs(line, self.font):
                t.setFont(f, self.size)
                t.textOut(s)
            x += _width(line, self.font, self.size)
            fill = ""
            if words and words[-1].endswith("-"):
                fill = " "
                x += space
            n = int((self.aW - x) // dash)
            fill += "-" * n
            t.setFont(self.font, self.size)
            t.textOut(fill)
            c.drawText(t)
        if self.rec:
            self.rec(c.getPageNumber())


def filled(text: str, rec, **kw) -> Filled:
    m = re.match(r"^(•|●|○|-|–|o|\d{1,2}[.)]|\([a-z]\))\s+(.*)$", text, re.S)
    if m and "label" not in kw:
        return Filled(m.group(2), rec, marker=m.group(1), **kw)
    return Filled(text, rec, **kw)


# ---- styles, tables, the page -----------------------------------------------------------------

def _styles():
    register_fonts()

    def style(name, font="Times-Roman", size=BODY, leading=LEAD, **kw):
        return ParagraphStyle(f"deed-{name}", fontName=font, fontSize=size, leading=leading, embeddedHyphenation=0,
                              **kw)

    return {
        "allonge": style("allonge", "Times-Bold", 14, 20, alignment=TA_CENTER, spaceAfter=6),
        "deedline": style("deedline", alignment=TA_CENTER, spaceAfter=LEAD),
        "art": style("art", "Times-Bold", alignment=TA_CENTER, spaceBefore=LEAD, keepWithNext=1),
        "title": style("title", "Times-Bold", alignment=TA_CENTER, keepWithNext=1),
        "theme": style("theme", "Times-Italic", 10, LEAD, alignment=TA_CENTER, keepWithNext=1),
        "tlabel": style("tl", "Times-Italic", TS, TL),
        "thead": style("th", "Times-Bold", TS, TL, alignment=TA_CENTER),
        "tbody": style("tb", "Times-Roman", TS, TL, alignment=TA_LEFT),
        "tbody_b": style("tbb", "Times-Bold", TS, TL, alignment=TA_LEFT),
        "tamount": style("ta", "Times-Roman", TS, TL, alignment=TA_RIGHT),
        "tamount_b": style("tab", "Times-Bold", TS, TL, alignment=TA_RIGHT),
    }


def _table(title: str, ti: int, t: source.Table, st, rec, raw: dict, keys: list, investment: bool) -> list:
    n, lines = t.columns, len(t.header)
    # the type size: the largest of 8.5 / 8 / 7.5 / 7 / 6.5pt at which every amount and header
    # word fits its value column beside a label column of at least 2.8 cm and its longest word (amounts never wrap: the
    # clerk typed a hard space after the euro sign); the label column gets the rest
    for ts in (8.5, 8.0, 7.5, 7.0, 6.5):
        need = max([stringWidth(notary(x), "Times-Bold", ts) for r in t.rows for x in r[1:]] +
                   [stringWidth(w, "Times-Bold", ts) for h in t.header_cells() if h.columns == 1
                    for w in h.text.split()]) + 12
        word = max(stringWidth(w, "Times-Bold", ts) for r in t.rows for w in r[0].split() or ["x"]) + 12
        if FW - n * need >= max(2.8 * cm, word):
            break
    st = {k: ParagraphStyle(f"{v.name}-{ts}", v, fontSize=ts, leading=ts + 2) for k, v in st.items()}
    rows = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["thead"], rec) if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for i, body in enumerate(t.rows):
        total = is_total(body[0])
        cells = [para(body[0], st["tbody_b" if total else "tbody"], rec)]
        for k, x in enumerate(body[1:]):
            shown = notary(x)
            if shown != x and k < len(keys):
                raw[f"{title}|{ti}|{i}|{keys[k]}"] = shown
            cells.append(para(shown, st["tamount_b" if total else "tamount"], rec) if shown else "")
        rows.append(cells)
        if total:
            cmds.append(("FONTNAME", (0, len(rows) - 1), (-1, len(rows) - 1), "Times-Bold"))
    label_w = FW - n * need
    widths = [label_w] + [(FW - label_w) / n] * n
    out: list = [Spacer(0, 6), Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT"),
                 Spacer(0, 4)]
    out += [filled(f, rec, size=9, leading=13) for f in t.footnotes]
    if investment:
        tot = next((r for r in t.rows if is_total(r[0])), None)
        col = next((h.column for h in t.header_cells() if h.text.strip().lower() == "totaal"), None)
        v = amount_value(tot[col]) if tot and col is not None and col < len(tot) else None
        if v:
            out.append(Filled(f"Totaal zegge: {in_words(v)} euro (€ {_dotted(v)},--).", rec, size=9.5, leading=13,
                              font="Times-Italic"))
    out.append(Spacer(0, 6))
    return out


class _DeedTruth(Truth):
    """The truth record with the raw text of every cell printed in the notary's notation."""

    def __init__(self, dossier):
        super().__init__(dossier, "deed")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def render_deed(dossier: source.Dossier, pdf_path) -> dict:
    st = _styles()
    name = dossier_name(dossier)
    deed = _deed(name)
    colkeys = _column_keys(dossier)

    def once(info):
        truth = _DeedTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "deed"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            canv.saveState()
            y = HEIGHT - 1.7 * cm
            canv.setFont("Times-Italic", 9)
            canv.drawString(LEFT, y, deed["office"])
            canv.setFont("Times-Roman", 9)
            canv.drawRightString(WIDTH - RIGHT, y, f"Akte nr. {deed['ref']} — blad {page}")
            bw, bh, gap = 1.5 * cm, 1.0 * cm, 0.4 * cm
            by = 1.2 * cm
            x0 = WIDTH - RIGHT - 4 * bw - 3 * gap
            canv.setFont("Times-Roman", 7.5)
            canv.drawRightString(x0 - 5, by + bh / 2 - 2.5, "Paraaf:")
            canv.setLineWidth(0.5)
            for k, cap in enumerate(("notaris", "comp. 1", "comp. 2", "comp. 3")):
                bx = x0 + k * (bw + gap)
                canv.rect(bx, by, bw, bh, stroke=1, fill=0)
                canv.setFont("Times-Roman", 6)
                canv.drawCentredString(bx + bw / 2, by - 7, cap)
            canv.restoreState()
            for k in range(4):
                if k == 0 or (page + k) % 3 != 0:
                    bx = x0 + k * (bw + gap)
                    canv.saveState()
                    canv.setStrokeColor(PEN)
                    canv.setLineWidth(0.9)
                    canv.setLineCap(1)
                    pth = canv.beginPath()
                    sc = 0.8 + 0.05 * ((page + k) % 3)
                    ox, oy = bx + 0.25 * cm, by + 0.2 * cm
                    pth.moveTo(ox + _INITIAL[0][0] * sc, oy + _INITIAL[0][1] * sc)
                    for x1, y1, x2, y2, x3, y3 in _INITIAL[1:]:
                        pth.curveTo(ox + x1 * sc, oy + y1 * sc, ox + x2 * sc, oy + y2 * sc, ox + x3 * sc, oy + y3 * sc)
                    canv.drawPath(pth, stroke=1, fill=0)
                    canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                                                          rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=furniture)])
        story: list = [
            para("ALLONGE", st["allonge"]),
            para(f"behorende bij de akte houdende vaststelling van de samenwerkingsovereenkomst Regio Deal "
                 f"{name}, verleden op {deed['date']} voor {deed['notary']}, notaris te {deed['town']}, onder "
                 f"nummer {deed['ref']}", st["deedline"]),
            Filled(f"Deze allonge maakt onlosmakelijk deel uit van voormelde akte. Zij bevat de beschrijving van "
                   f"de projecten waarvoor partijen bij de samenwerkingsovereenkomst Regio Deal {name} middelen "
                   f"beschikbaar stellen, met de opgave, de aanpak, de beoogde resultaten en de financiering van "
                   f"ieder project."),
            Filled("Iedere bladzijde van deze allonge is door de comparanten en mij, notaris, geparafeerd. Bij "
                   "strijdigheid tussen de akte en deze allonge gaat de akte voor."),
            para("Artikel 1.", st["art"]),
            para("Begripsbepalingen", st["title"]),
            Filled("In deze allonge wordt verstaan onder de samenwerkingsovereenkomst: de overeenkomst die in "
                   "voormelde akte is vastgesteld; onder project: een project als beschreven in een van de "
                   "navolgende artikelen; onder bijdrage van het Rijk: de bijdrage die in het artikel van het "
                   "project als zodanig is begroot."),
        ]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            head = truth.heading(p)
            story += [CondPageBreak(4 * cm), para(f"Artikel {p + 2}.", st["art"], head),
                      para(pr.title, st["title"], head), para(f"(thema: {pr.theme})", st["theme"], rec)]
            ti = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(pr.title, ti, row, st, rec, truth.raw, colkeys.get((pr.title, ti), []), True)
                    ti += 1
                    continue
                items = list(row.content)
                first = items[0] if items else None
                if isinstance(first, str) and not re.match(r"^(•|●|○|-|–|o|\d{1,2}[.)]|\([a-z]\))\s", first):
                    story.append(Filled(first, rec, label=row.label))
                    items = items[1:]
                else:
                    story.append(Filled("", rec, label=row.label))
                for item in items:
                    if isinstance(item, source.Table):
                        story += _table(pr.title, ti, item, st, rec, truth.raw, colkeys.get((pr.title, ti), []), False)
                        ti += 1
                    else:
                        story.append(filled(item, rec))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    story.append(Filled(f"{note.mark} {text}" if j == 0 else text, rec, size=9, leading=13))
        story += [CondPageBreak(4 * cm), para(f"Artikel {len(dossier.projects) + 2}.", st["art"]),
                  para("Slotbepaling", st["title"]),
                  Filled("De comparanten verklaren dat zij van de inhoud van deze allonge hebben "
                         "kennisgenomen en daarmee instemmen. Deze allonge is na voorlezing van de akte door de "
                         "comparanten en mij, notaris, gewaarmerkt."),
                  Filled(f"(w.g.) {deed['notary']}, notaris.")]
        doc.build(story)
        return truth

    return build_until_stable(once)
