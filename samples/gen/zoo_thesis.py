"""One more house style for the layout zoo (see zoo.py), held out: the dossier written up as
a RESEARCH INSTITUTE'S REPORT in the manner of an academic thesis (a Word thesis template):
front matter with roman folios, a contents, a LIST OF TABLES and a LIST OF FIGURES, chapters
per theme, tables captioned below, and at the back a bibliography and an alphabetical INDEX
("Register") whose entries name the projects and the field labels with page numbers.

- thesis: A4 portrait, margins 3.0 cm left (binding), 2.5 cm right, top and bottom (a 15.5 cm
          text column). Body Times-Roman (DejaVu Serif for a paragraph holding a character it
          lacks) 11pt on 15pt, JUSTIFIED, 6pt after each paragraph; a list item keeps the
          source's marker and hangs on it (0.6 cm). Headings in Helvetica.
          FOLIOS: centred at the foot (10pt), the title page without one; the FRONT MATTER
          numbered in lower-case ROMAN figures ("ii", "iii", ...: the PDF's page n is folio
          n in roman), the body in arabic figures FROM 1 AT "Hoofdstuk 1" (so PDF page n is
          folio n - k, k the front matter's length). Every page number the report prints
          (contents, lists, index) is such a FOLIO, not the PDF's page number.
          Running header on body pages that do not open a chapter: "Regio Deal <Name>" in 9pt
          italic at the left, the current chapter ("Hoofdstuk 2 · <theme>") at the right,
          over a 0.4pt rule.
          PAGE 1, the title page: "Regio Deal <Name>" (Helvetica-Bold 26pt), "Een analyse van
          de projectvoorstellen en hun financiering" (Helvetica 14pt), "Onderzoeksrapport",
          the institute ("Kenniscentrum Regionale Ontwikkeling"), place and date, centred,
          a 1pt rule between title and subtitle. Then each on A NEW PAGE: "Voorwoord" (three
          paragraphs, signed); "Inhoudsopgave"; "Lijst van tabellen" and, under it (a new
          page only where less than 6 cm remain), "Lijst van figuren". The front-matter
          headings are unnumbered chapter headings (Helvetica-Bold 20pt, 30pt under them).
          CONTENTS with DOTTED LEADERS to the folio: the front matter's entries ("Voorwoord
          ..... ii"), each chapter bold ("2  Techniek als motor"), each project indented
          0.8 cm ("2.3  Leonardo"), then "Literatuurlijst" and "Register". LIST OF TABLES: one
          entry per table, "Tabel 2.3  Financiering Leonardo ..... 24" (a hanging 2.2 cm
          number column, the caption text without its source note, leaders to the folio of
          the caption's page); LIST OF FIGURES likewise ("Figuur 2.1  Totale investering per
          project, <theme> ..... 3").
          BODY: "Hoofdstuk 1 Inleiding" (two paragraphs and a section "1.1 Opzet van dit
          rapport", prose that names the themes and cites the bibliography), then EACH THEME A
          CHAPTER opening A NEW PAGE: "Hoofdstuk 2" (Helvetica 13pt grey) over the theme
          (Helvetica-Bold 22pt), a 0.75pt rule under it, an intro paragraph that NAMES THE
          CHAPTER'S PROJECTS in running prose ("Dit hoofdstuk beschrijft de drie projecten
          van het thema ...: A, B en C. Figuur 2.1 ..."), and a FIGURE: a horizontal bar chart
          (vector, Helvetica 8pt) of each project's total investment in millions ("6,0"), the
          PROJECT TITLES AS ITS BAR LABELS, its caption below it ("Figuur 2.1 Totale investering
          per project, <theme> (mln. euro)", italic 10pt); a project whose first table has no
          Totaal row (or no amount there, or one under 50.000) is left out of the chart, and a chapter with no
          such project has no figure. Each PROJECT a numbered section "2.3 Leonardo"
          (Helvetica-Bold 14pt, 16pt above, 6pt under), the projects flowing on. FIELD LABELS
          as unnumbered third-level headings in ITALIC Times 12pt (not bold), on a line of
          their own (9pt above, 3pt under), the paragraphs under them.
          TABLES (the investment tables where they stand, a table inside a field in its field)
          across the text column: a light grey grid (0.5pt #A6A6A6) round every cell, the
          header line(s) on a pale blue fill (#DCE6F2) in Helvetica-Bold 8.5pt, centred (the
          table's label in the top-left cell spanning the header lines, a group header centred
          over its members); body Times 9.5pt, row labels left, values right-aligned, every
          cell as transcribed; a Totaal row bold with a 1pt dark rule over it. Each value column
          as wide as its widest text (min. 1.4 cm), the label column the rest but at least
          30 % (values set in 8.5pt then 7.5pt where they need more). A table may break over a
          page (the header repeated). The CAPTION BELOW THE TABLE, 4pt under it, italic 10pt:
          "Tabel 2.3 Financiering <title> (bron: projectvoorstel)" for a funding table (its
          cell list's columns hold a Totaal and a source), "Tabel 2.3 <table label> <title>
          (bron: projectvoorstel)" for another; tables numbered per chapter. The table's
          footnotes under the caption in 9pt, as transcribed. Project notes as page footnotes
          (9pt under a 4 cm rule; a note whose mark is nowhere goes with the project's last
          paragraph).
          BACK MATTER: "Literatuurlijst" (a new page; five references in APA style, hanging
          1 cm), then "Register" (a new page) in TWO COLUMNS (7.3 cm each, 0.9 cm apart) of
          9.5pt Times: entries sorted alphabetically under bold letter heads ("A", "B", ...),
          each "<term>, <folio>, <folio>" with the folios of the pages it is on: every PROJECT
          TITLE (the folios of its heading's page and of its tables' captions: "Leonardo,
          22, 24"), every THEME (its chapter's range, "Techniek als motor, 3-12"), and every
          field label as a lower-case term ("cofinanciering" for "Inzet en co-financiering",
          "aanpak" for "Voorgestelde aanpak", else the label in lower case: "opgave, 3, 5,
          8"), with the folios of the pages where that label heads a field.

The truth record: a project runs from the page of its section heading to its last text, table
cell or footnote; no "raw" (every cell as transcribed). The front matter, chapter intros,
figures, bibliography and index belong to no project.
"""

from __future__ import annotations

import math
from xml.sax.saxutils import escape

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (CondPageBreak, Flowable, Frame, FrameBreak, KeepTogether, NextPageTemplate, PageBreak,
                                PageTemplate, Spacer, Table, TableStyle)

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (Doc, FootnoteSupport, Truth, cell_values, dossier_name, field_para, font_for, has_mark,
                         is_funding, is_total, meta, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
LEFT, RIGHT, TOP, BOTTOM = 3.0 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm
FW = WIDTH - LEFT - RIGHT
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
SANS, SANS_B = "Helvetica", "Helvetica-Bold"
GRID = colors.HexColor("#A6A6A6")
HEAD = colors.HexColor("#DCE6F2")
DARK = colors.HexColor("#262626")
INSTITUTE = "Kenniscentrum Regionale Ontwikkeling"
LABEL_TERMS = {"inzet en co-financiering": "cofinanciering", "voorgestelde aanpak": "aanpak"}
NUMBERS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"]


def _roman(n: int) -> str:
    out = ""
    for v, s in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out, n = out + s, n - v
    return out


def _styles() -> dict:
    def s(name, font=SERIF, size=11, leading=15, **kw):
        return ParagraphStyle(f"th-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "t1": s("t1", SANS_B, 26, 31, alignment=TA_CENTER, spaceBefore=5 * cm, spaceAfter=14),
        "t2": s("t2", SANS, 14, 18, alignment=TA_CENTER, spaceBefore=14, spaceAfter=60),
        "t3": s("t3", SERIF, 12, 16, alignment=TA_CENTER, spaceAfter=6),
        "fronth": s("fronth", SANS_B, 20, 24, spaceAfter=30, keepWithNext=1),
        "chapno": s("chapno", SANS, 13, 16, textColor=colors.HexColor("#7F7F7F"), spaceAfter=6, keepWithNext=1),
        "chap": s("chap", SANS_B, 22, 26, spaceAfter=8, keepWithNext=1),
        "h2": s("h2", SANS_B, 14, 17, spaceBefore=16, spaceAfter=6, keepWithNext=1),
        "h3": s("h3", SERIF_I, 12, 15, spaceBefore=9, spaceAfter=3, keepWithNext=1),
        "body": s("body", alignment=TA_JUSTIFY, spaceAfter=6),
        "item": s("item", alignment=TA_JUSTIFY, spaceAfter=6, leftIndent=0.6 * cm, bulletIndent=0),
        "sign": s("sign", SERIF_I, 11, 15, spaceBefore=10),
        "caption": s("caption", SERIF_I, 10, 12.5, spaceBefore=4, spaceAfter=4),
        "tfoot": s("tfoot", SERIF, 9, 11, spaceAfter=2),
        "note": s("note", SERIF, 9, 11, spaceAfter=2, leftIndent=10, firstLineIndent=-10),
        "toc1": s("toc1", SERIF_B, 11, 17),
        "toc2": s("toc2", SERIF, 11, 15, leftIndent=0.8 * cm),
        "lot": s("lot", SERIF, 11, 15, leftIndent=2.2 * cm, firstLineIndent=-2.2 * cm, spaceAfter=3),
        "ref": s("ref", SERIF, 11, 15, leftIndent=1 * cm, firstLineIndent=-1 * cm, spaceAfter=6),
        "ixhead": s("ixhead", SERIF_B, 11, 14, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "ix": s("ix", SERIF, 9.5, 12, leftIndent=0.4 * cm, firstLineIndent=-0.4 * cm),
        "th": s("th", SANS_B, 8.5, 10.5, alignment=TA_CENTER),
        "tb": s("tb", SERIF, 9.5, 11.5, alignment=TA_LEFT),
        "tbb": s("tbb", SERIF_B, 9.5, 11.5, alignment=TA_LEFT),
        "ta": s("ta", SERIF, 9.5, 11.5, alignment=TA_RIGHT),
        "tab": s("tab", SERIF_B, 9.5, 11.5, alignment=TA_RIGHT),
    }


class Mark(Flowable):
    """Draws nothing; reports the page it lands on."""

    def __init__(self, rec):
        super().__init__()
        self._rec = rec

    def wrap(self, w, h):
        return 0, 0

    def draw(self):
        self._rec(self.canv.getPageNumber())


class _Note:
    def __init__(self, mark, text):
        self.mark, self.text = mark, tuple(text)


def _leader_line(text: str, folio: str, style: ParagraphStyle, width: float, markup: str | None = None):
    """An entry with dotted leaders to its folio (the dots drawn as text, as many as fit on
    the entry's last line)."""
    body = markup or escape(text)
    w = width - 30
    plain = para("", style, markup=body).wrap(w, 1e6)[1]
    dot = stringWidth(" .", style.fontName, style.fontSize)
    n = int(w / dot)
    while n > 2 and para("", style, markup=f"{body} {' .' * n}").wrap(w, 1e6)[1] > plain:
        n -= 1
    entry = para("", style, markup=f"{body} {' .' * max(n - 1, 2)}")
    right = ParagraphStyle(f"{style.name}-r", style, alignment=TA_RIGHT, leftIndent=0, firstLineIndent=0)
    return Table([[entry, para(folio, right)]], colWidths=[w, 30], hAlign="LEFT",
                 style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                   ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                                   ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]))


def _chart(bars: list[tuple[str, float]], width: float) -> Drawing:
    """Horizontal bars, the project titles as labels at the left, the value at each bar's end."""
    size, row = 8, 16
    label_w = min(7.5 * cm, max(stringWidth(t, font_for(t, SANS), size) for t, _ in bars) + 8)
    d = Drawing(width, row * len(bars) + 18)
    top = max(v for _, v in bars) or 1
    span = width - label_w - 40
    for i, (title, v) in enumerate(bars):
        y = d.height - row * (i + 1)
        font = font_for(title, SANS)
        fs = size
        while stringWidth(title, font, fs) > label_w - 8 and fs > 5:
            fs -= 0.5
        d.add(String(label_w - 6, y + 3, title, fontName=font, fontSize=fs, textAnchor="end"))
        w = span * v / top
        d.add(Rect(label_w, y, w, row - 5, fillColor=colors.HexColor("#4F81BD"), strokeColor=None))
        d.add(String(label_w + w + 4, y + 3, f"{v:.1f}".replace(".", ","), fontName=SANS, fontSize=size))
    d.add(Rect(label_w, 0, 0.5, d.height - 6, fillColor=colors.black, strokeColor=None))
    return d


def render_thesis(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys_of = _column_keys(dossier)
    values = cell_values(dossier)
    chapters: dict[str, int] = {}
    for pr in dossier.projects:
        chapters.setdefault(pr.theme, 2 + len(chapters))
    members = {th: [p for p, pr in enumerate(dossier.projects) if pr.theme == th] for th in chapters}

    def total_of(p: int) -> float | None:
        pr = dossier.projects[p]
        tables = tables_of(pr)
        if not tables:
            return None
        rows = [i for i, r in enumerate(tables[0].rows) if is_total(r[0])]
        if not rows:
            return None
        v = values.get((pr.title, 0, rows[-1], "totaal"))
        return None if v is None or round(float(v) / 1e6, 1) == 0 else round(float(v) / 1e6, 1)

    def once(info: dict) -> tuple[Truth, dict]:
        truth = Truth(dossier, "thesis")
        seen: dict = {"tables": {}, "figures": {}, "labels": {}, "projects": {}, "chapters": {}, "front": {},
                      "body_start": None, "end": 0}
        offset = (info.get("body_start") or 6) - 1
        folio = lambda page: str(page - offset) if page > offset else _roman(page)  # noqa: E731
        fol = lambda key, d: folio(d[key]) if key in d else ""  # noqa: E731
        owners: dict[int, int] = {}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=4 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=LEFT, rightMargin=RIGHT, topMargin=TOP,
                  bottomMargin=BOTTOM, **meta(dossier, "thesis"))
        state = {"chapter": ""}

        def setter(key, d, first=True):
            def rec(page):
                if first:
                    d.setdefault(key, page)
                else:
                    d.setdefault(key, [])
                    if page not in d[key]:
                        d[key].append(page)
            return rec

        def footer(canv, d):
            n = canv.getPageNumber()
            canv.saveState()
            canv.setFont(SERIF, 10)
            canv.drawCentredString(WIDTH / 2, BOTTOM - 28, folio(n))
            canv.restoreState()

        def header(canv, d):
            footer(canv, d)
            canv.saveState()
            canv.setFont(SERIF_I, 9)
            canv.drawString(LEFT, HEIGHT - TOP + 16, f"Regio Deal {name}".strip())
            chap = state["chapter"]
            canv.setFont(font_for(chap, SERIF_I), 9)
            canv.drawRightString(WIDTH - RIGHT, HEIGHT - TOP + 16, chap)
            canv.setLineWidth(0.4)
            canv.line(LEFT, HEIGHT - TOP + 11, WIDTH - RIGHT, HEIGHT - TOP + 11)
            canv.restoreState()

        end = lambda canv, d: foot.draw(canv)  # noqa: E731
        frame = lambda: Frame(LEFT, BOTTOM, FW, HEIGHT - TOP - BOTTOM, 0, 0, 0, 0)  # noqa: E731
        colw = 7.3 * cm
        gap = FW - 2 * colw
        doc.addPageTemplates([
            PageTemplate("title", [frame()], onPageEnd=end),
            PageTemplate("front", [frame()], onPage=footer, onPageEnd=end),
            PageTemplate("opener", [frame()], onPage=footer, onPageEnd=end),
            PageTemplate("body", [frame()], onPage=header, onPageEnd=end),
            PageTemplate("index", [Frame(LEFT, BOTTOM, colw, HEIGHT - TOP - BOTTOM, 0, 0, 0, 0),
                                   Frame(LEFT + colw + gap, BOTTOM, colw, HEIGHT - TOP - BOTTOM, 0, 0, 0, 0)],
                         onPage=header, onPageEnd=end),
            PageTemplate("indexfirst", [Frame(LEFT, HEIGHT - TOP - 2.5 * cm, FW, 2.5 * cm, 0, 0, 0, 0),
                                        Frame(LEFT, BOTTOM, colw, HEIGHT - TOP - BOTTOM - 2.5 * cm, 0, 0, 0, 0),
                                        Frame(LEFT + colw + gap, BOTTOM, colw, HEIGHT - TOP - BOTTOM - 2.5 * cm,
                                              0, 0, 0, 0)],
                         onPage=footer, onPageEnd=end),
        ])

        def chapter_mark(text):
            def rec(page):
                state["chapter"] = text
            return rec

        story: list = [para(f"Regio Deal {name}".strip(), st["t1"]),
                       Table([[""]], colWidths=[8 * cm], rowHeights=[2],
                             style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 1, colors.black)])),
                       para("Een analyse van de projectvoorstellen en hun financiering", st["t2"]),
                       para("Onderzoeksrapport", st["t3"]), para(INSTITUTE, st["t3"]),
                       para(f"{name or 'Oost-Nederland'}, maart 2019", st["t3"]),
                       NextPageTemplate("front"), PageBreak()]
        # Voorwoord
        story += [Mark(setter("voorwoord", seen["front"])), para("Voorwoord", st["fronth"])]
        story += [para(t, st["body"]) for t in (
            f"Dit rapport is geschreven in opdracht van de stuurgroep van de Regio Deal {name}. Het beschrijft "
            "de projectvoorstellen waarmee de regio de afspraken met het Rijk invult, en brengt per project "
            "in beeld welke partijen bijdragen aan de financiering.",
            "Wij danken de projecttrekkers en het programmabureau voor het beschikbaar stellen van de "
            "projectvoorstellen en voor hun toelichting in de gesprekken die wij met hen voerden. De tekst van "
            "de voorstellen is waar mogelijk letterlijk overgenomen; de tabellen geven de begrotingen weer zoals "
            "de indieners die hebben opgesteld.",
            "Voor de inhoud van de voorstellen blijven de indieners verantwoordelijk. Eventuele fouten in de "
            "weergave komen voor rekening van de auteurs.")]
        story += [para("De auteurs, maart 2019", st["sign"]), PageBreak()]
        # Inhoudsopgave
        story += [Mark(setter("toc", seen["front"])), para("Inhoudsopgave", st["fronth"])]
        toc = [("Voorwoord", fol("voorwoord", info.get("front", {})), st["toc2"]),
               ("Lijst van tabellen", fol("lot", info.get("front", {})), st["toc2"]),
               ("Lijst van figuren", fol("lof", info.get("front", {})), st["toc2"]),
               ("1  Inleiding", fol("body", info.get("front", {})), st["toc1"]),
               ("1.1  Opzet van dit rapport", fol("opzet", info.get("front", {})), st["toc2"])]
        for th, ch in chapters.items():
            toc.append((f"{ch}  {th}", fol(th, info.get("chapters", {})), st["toc1"]))
            for n, p in enumerate(members[th], 1):
                toc.append((f"{ch}.{n}  {dossier.projects[p].title}", fol(p, info.get("projects", {})), st["toc2"]))
        toc += [("Literatuurlijst", fol("lit", info.get("front", {})), st["toc1"]),
                ("Register", fol("register", info.get("front", {})), st["toc1"])]
        for text, page, style in toc:
            story.append(_leader_line(text, page, style, FW))
        story.append(PageBreak())
        # Lijst van tabellen / figuren
        story += [Mark(setter("lot", seen["front"])), para("Lijst van tabellen", st["fronth"])]
        table_entries, figure_entries = [], []
        for th, ch in chapters.items():
            k = 0
            for p in members[th]:
                pr = dossier.projects[p]
                for i, t in enumerate(tables_of(pr)):
                    k += 1
                    funding = is_funding(keys_of.get((pr.title, i)))
                    what = f"Financiering {pr.title}" if funding else f"{t.label} {pr.title}"
                    table_entries.append((f"{ch}.{k}", what))
        for number, what in table_entries:
            story.append(_leader_line(f"Tabel {number}  {what}", fol(number, info.get("tables", {})), st["lot"], FW,
                                      markup=f"Tabel {number}&nbsp;&nbsp;{escape(what)}"))
        for th, ch in chapters.items():
            if any(total_of(p) is not None for p in members[th]):
                figure_entries.append((f"{ch}.1", f"Totale investering per project, {th} (mln. euro)"))
        story += [CondPageBreak(6 * cm), Spacer(0, 18), Mark(setter("lof", seen["front"])),
                  para("Lijst van figuren", st["fronth"])]
        for number, what in figure_entries:
            story.append(_leader_line(f"Figuur {number}  {what}", fol(number, info.get("figures", {})), st["lot"], FW,
                                      markup=f"Figuur {number}&nbsp;&nbsp;{escape(what)}"))
        # Hoofdstuk 1
        story += [NextPageTemplate("opener"), PageBreak(), NextPageTemplate("body"),
                  Mark(setter("body", seen["front"])), Mark(lambda page: seen.__setitem__("body_start", page)),
                  Mark(chapter_mark("Hoofdstuk 1 · Inleiding")),
                  para("Hoofdstuk 1", st["chapno"]), para("Inleiding", st["chap"]), _rule()]
        themes_text = ", ".join(f"{th} (hoofdstuk {ch})" for th, ch in chapters.items())
        story += [para(t, st["body"]) for t in (
            f"In de Regio Deal {name} werken Rijk en regio samen aan een gezamenlijke opgave. De regio heeft "
            "daartoe een reeks projecten voorgesteld, elk met een eigen begroting en een eigen verdeling van de "
            "kosten over private partijen, onderwijsinstellingen, overheden en het Rijk (Ministerie van LNV, 2018).",
            "Dit rapport beschrijft die projecten zoals de indieners ze hebben voorgesteld. Het doel is een "
            "overzicht te geven dat als naslagwerk kan dienen bij de verdere uitwerking van de deal "
            f"(Programmabureau Regio Deal {name}, 2019).")]
        story += [Mark(setter("opzet", seen["front"])), para("1.1 Opzet van dit rapport", st["h2"]),
                  para(f"De projecten zijn geordend naar thema: {themes_text}. Per project volgen de onderdelen van het "
                       "projectformat; de tabellen geven de begroting en de financiering weer. Aan het einde van het "
                       "rapport staan de literatuurlijst en een register.", st["body"])]

        footnote_count = [0]

        def table_flow(t: source.Table, pr, p, index, number, rec) -> list:
            keys = keys_of.get((pr.title, index)) or []
            funding = is_funding(keys)
            n, lines = t.columns, len(t.header)
            texts = [[""] * (n + 1) for _ in range(lines)]
            for h in t.header_cells():
                if h.columns == 1:
                    texts[h.line][h.column] = h.text
            body = [list(r) + [""] * (n + 1 - len(r)) for r in t.rows]

            def needs(size):
                need = [0.0] * (n + 1)
                for r, line in enumerate(texts + body):
                    for c, text in enumerate(line):
                        if c == 0 or not text or c > n:
                            continue
                        full = stringWidth(text, SERIF_B, size)
                        if r < lines:
                            full = max(max((stringWidth(w, SANS_B, size) for w in text.split()), default=0),
                                       stringWidth(text, SANS_B, size) / 2 + 4)
                        need[c] = max(need[c], full + 10)
                return [max(w, 1.4 * cm) for w in need[1:]]

            size = 9.5
            for size in (9.5, 8.5, 7.5):
                if sum(needs(size)) <= FW * 0.7:
                    break
            vals = needs(size)
            if sum(vals) > FW * 0.7:
                k = FW * 0.7 / sum(vals)
                vals = [w * k for w in vals]
            widths = [FW - sum(vals)] + vals
            ts = {k: ParagraphStyle(f"{st[k].name}-{size}", st[k], fontSize=min(st[k].fontSize, size),
                                    leading=min(st[k].fontSize, size) * 1.22)
                  for k in ("th", "tb", "tbb", "ta", "tab")}
            rows = [[""] * (n + 1) for _ in range(lines)]
            spans = []
            rows[0][0] = para(t.label, ts["th"], rec)
            if lines > 1:
                spans.append(((0, 0), (0, lines - 1)))
            for h in t.header_cells():
                rows[h.line][h.column] = para(h.text, ts["th"], rec)
                c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
                if (c1, r1) != (h.column, h.line):
                    spans.append(((h.column, h.line), (c1, r1)))
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD),
                    ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                    ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for i, r in enumerate(body):
                bold = is_total(r[0])
                rows.append([para(r[0], ts["tbb" if bold else "tb"], rec)]
                            + [para(x, ts["tab" if bold else "ta"], rec) for x in r[1:n + 1]])
                if bold:
                    cmds.append(("LINEABOVE", (0, lines + i), (-1, lines + i), 1, DARK))
            cmds += [("SPAN", a, b) for a, b in spans]
            table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")
            what = f"Financiering {pr.title}" if funding else f"{t.label} {pr.title}"
            cap = para(f"Tabel {number} {what} (bron: projectvoorstel)", st["caption"], rec)
            out = [Spacer(0, 4), table, Mark(setter(number, seen["tables"])), cap,
                   Mark(setter(p, seen["projects_tables"], first=False))]
            out += [para(f, st["tfoot"], rec) for f in t.footnotes]
            return out + [Spacer(0, 6)]

        seen["projects_tables"] = {}
        for th, ch in chapters.items():
            first = members[th][0]
            story += [NextPageTemplate("opener"), PageBreak(), NextPageTemplate("body"),
                      Mark(setter(th, seen["chapters"])), Mark(chapter_mark(f"Hoofdstuk {ch} · {th}")),
                      para(f"Hoofdstuk {ch}", st["chapno"]), para(th, st["chap"]), _rule()]
            titles = [dossier.projects[p].title for p in members[th]]
            listed = titles[0] if len(titles) == 1 else ", ".join(titles[:-1]) + " en " + titles[-1]
            count = NUMBERS[len(titles)] if len(titles) < len(NUMBERS) else str(len(titles))
            bars = [(dossier.projects[p].title, total_of(p)) for p in members[th] if total_of(p) is not None]
            intro = (f"Dit hoofdstuk beschrijft {'het project' if len(titles) == 1 else f'de {count} projecten'} "
                     f"van het thema {th}: {listed}.")
            if bars:
                intro += f" Figuur {ch}.1 geeft de totale investering per project weer."
            story.append(para(intro, st["body"]))
            if bars:
                story.append(KeepTogether([Spacer(0, 4), _chart(bars, FW), Mark(setter(f"{ch}.1", seen["figures"])),
                                           para(f"Figuur {ch}.1 Totale investering per project, {th} (mln. euro)",
                                                st["caption"]), Spacer(0, 4)]))
            k_table = 0
            for n, p in enumerate(members[th], 1):
                pr = dossier.projects[p]
                rec = truth.content(p)
                heading = truth.heading(p)

                def head_rec(page, heading=heading, p=p):
                    heading(page)
                    seen["projects"].setdefault(p, page)
                story.append(para(f"{ch}.{n} {pr.title}", st["h2"], head_rec))
                tables = tables_of(pr)
                paras = []
                for row in pr.rows:
                    if isinstance(row, source.Table):
                        k_table += 1
                        story += table_flow(row, pr, p, tables.index(row), f"{ch}.{k_table}", rec)
                        continue
                    term = LABEL_TERMS.get(row.label.lower(), row.label.lower())
                    story.append(para(row.label, st["h3"], lambda page, rec=rec, term=term: (
                        rec(page), setter(term, seen["labels"], first=False)(page))))
                    for c in row.content:
                        if isinstance(c, source.Table):
                            k_table += 1
                            story += table_flow(c, pr, p, tables.index(c), f"{ch}.{k_table}", rec)
                        else:
                            fp = field_para(c, st["body"], st["item"], rec)
                            story.append(fp)
                            paras.append((fp, c))
                loose = []
                for note in pr.notes:
                    nn = _Note(note.mark, note.text or ("",))
                    owners[id(nn)] = p
                    holder = next((fp for fp, text in paras if has_mark(text, note.mark)), None)
                    if holder is None:
                        loose.append(nn)
                    else:
                        holder._notes, holder._foot = tuple(holder._notes) + (nn,), foot
                if loose and paras:
                    last = paras[-1][0]
                    last._notes, last._foot = tuple(last._notes) + tuple(loose), foot
            story.append(Mark(lambda page, th=th: seen["chapters"].__setitem__(f"{th}|end", page)))
        # Literatuurlijst
        story += [NextPageTemplate("opener"), PageBreak(), NextPageTemplate("body"),
                  Mark(setter("lit", seen["front"])), Mark(chapter_mark("Literatuurlijst")),
                  para("Literatuurlijst", st["fronth"])]
        refs = [
            "Centraal Bureau voor de Statistiek (2018). <i>Regionale kerncijfers Nederland</i>. Den Haag/Heerlen: CBS.",
            f"Ministerie van LNV (2018). <i>Regio Deals: samenwerken aan brede welvaart in de regio</i>. Den Haag: "
            "Ministerie van Landbouw, Natuur en Voedselkwaliteit.",
            f"Programmabureau Regio Deal {escape(name)} (2019). <i>Projectvoorstellen Regio Deal {escape(name)}</i>, "
            "versie 1.0. Intern document.",
            f"Provincie {escape(name)} (2018). <i>Regionale investeringsagenda 2018-2022</i>. Provinciehuis.",
            "Raad voor het openbaar bestuur (2018). <i>Sturen in samenhang: regionale samenwerking in de praktijk</i>. "
            "Den Haag: Rob.",
        ]
        story += [para("", st["ref"], markup=r) for r in refs]
        # Register
        story += [NextPageTemplate("indexfirst"), PageBreak(), Mark(setter("register", seen["front"])),
                  Mark(chapter_mark("Register")), para("Register", st["fronth"]), NextPageTemplate("index"),
                  FrameBreak()]
        entries: dict[str, list[str]] = {}
        for p, pr in enumerate(dossier.projects):
            pages = sorted({*([info["projects"][p]] if p in info.get("projects", {}) else []),
                            *info.get("projects_tables", {}).get(p, [])})
            entries[pr.title] = [folio(x) for x in pages]
        for th in chapters:
            a, b = info.get("chapters", {}).get(th), info.get("chapters", {}).get(f"{th}|end")
            entries[th] = [folio(a) if a == b else f"{folio(a)}-{folio(b)}"] if a and b else []
        for term, pages in info.get("labels", {}).items():
            entries[term] = [folio(x) for x in sorted(pages)]
        letter = None
        for term in sorted(entries, key=lambda s: s.casefold()):
            first = term[0].upper()
            if first != letter:
                letter = first
                story.append(para(letter, st["ixhead"]))
            story.append(para(", ".join([term] + entries[term]), st["ix"]))
        doc.build(story)
        seen["end"] = truth.pages
        return truth, seen

    info: dict = {}
    truth = None
    for _ in range(6):
        truth, seen = once(info)
        new = {k: v for k, v in seen.items()}
        if new == info:
            break
        info = new
    return truth.record()


def _rule():
    return Table([[""]], colWidths=[FW], rowHeights=[14],
                 style=TableStyle([("LINEABOVE", (0, 0), (-1, -1), 0.75, colors.black)]))

