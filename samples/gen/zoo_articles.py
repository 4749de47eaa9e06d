"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a ministry's
SUBSIDY DECISION ("beschikking") drafted by its legal department in the style of Dutch
legislation: every project is an ARTICLE, every field a NUMBERED MEMBER whose label is worded
into its opening sentence.

- articles: A4 portrait, margins 3.0 cm left, 2.5 cm right, 2.5 cm top and bottom (a 15.5 cm
          column). Times-Roman (DejaVu Serif for a text with a character it lacks) 10.5pt on
          14pt, JUSTIFIED, 4pt after each paragraph, widow and orphan control on. No bold in
          the running text.
          Page 1: the ministry's name in 9pt at the top right of the column (Landbouw, Natuur
          en Voedselkwaliteit, "2019" for Twente; Binnenlandse Zaken en Koninkrijksrelaties,
          "2024" for other dossiers), then the decision's title in 12pt bold ("Beschikking van
          de Minister van ... van 12 maart <year>, nr. RD/<year>/04817, tot verlening van een
          specifieke uitkering aan de Regio <Name> ter uitvoering van de Regio Deal <Name>"),
          the minister's preamble ("De Minister van ...,", "Gelet op ...;", "Gelet op de
          aanvraag ...;") and "Besluit:" in bold. From page 2 a running header in 8pt grey:
          "Beschikking nr. RD/<year>/04817" at the left, "Pagina N van M" at the right, a
          0.3pt rule under it.
          CHAPTERS: "Hoofdstuk 1. Algemene bepalingen" holds "Artikel 1. Begripsbepalingen" (a
          sentence and a lettered list of four definitions "a. minister: ...;"); then every
          THEME is a chapter "Hoofdstuk <k>. <theme>" (12pt bold, k from 2), and every PROJECT
          an ARTICLE "Artikel <n>. <title>" (10.5pt bold on a line of its own, 10pt above, n
          running on through the decision from 2); articles flow on (a new page only where
          less than 3 cm is left). The last chapter "Slotbepalingen" holds two articles of
          one member each ("Verantwoording", "Inwerkingtreding"), then the signature block
          (the minister, "namens deze,", an official's name) and, in 8.5pt, the "Bezwaar"
          notice.
          MEMBERS: every field is a numbered member "<n>.<m>" (m counting the article's
          members from 1) whose NUMBER HANGS at the column's left edge, the member's text at
          1.2 cm. The field's LABEL IS WORDED INTO THE MEMBER'S FIRST SENTENCE, in the same
          roman type as the text, closed by a colon: "3.2 De partijen die het project
          uitvoeren, zijn: Universiteit Twente, ..." (a fixed phrase per label, see PHRASES;
          any other label "Ten aanzien van <label> geldt het volgende"). The field's first
          paragraph runs on after the colon; where it is a list item or a table, the phrase
          stands alone with its colon and the list or table follows. The field's later
          paragraphs under it at 1.2 cm, unnumbered; a list item keeps the source's marker at
          1.2 cm and hangs on it by 0.6 cm.
          An INVESTMENT TABLE is a member of its own, where the transcription has it: "<n>.<m>
          De kosten van het project en de financiering daarvan zijn begroot als volgt:" and the
          table under it, indented to 1.2 cm (14.3 cm wide). Every table (investment tables and
          those inside a field, which stay in their member) in 9pt Times: a full grid of
          0.5pt black rules, no fills; the label column 34 % of the width (at most 5 cm), the
          value columns sharing the rest alike; the table's label in the corner cell in
          italic; the column headers bold and CENTRED (a group header centred over its
          members; a header word wider than its column set smaller); row labels left, amounts
          right-aligned, printed as transcribed, WRAPPING at their spaces where the column is
          narrow ("6,33" over "mln."), as Word does; the Totaal row bold; header lines
          repeated where a table breaks. Table footnotes under it in 8.5pt at 1.2 cm.
          After the fields one more member, not a field: "<n>.<m> De uitkering voor dit
          project bedraagt ten hoogste de bijdrage van het Rijk die in dit artikel is
          begroot." The project's notes at the end of its article in 8.5pt, each with its
          mark, indented to 1.2 cm.

The truth records under "field_labels" the phrase printed for each of the transcription's
labels (without the member number and the colon). Every cell is printed as transcribed. A
project runs from its article's heading to the page of its last field text, table cell or
note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (LIST_ITEM, Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, para,
                         register_fonts)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 3.0 * cm, 2.5 * cm, 2.5 * cm, 2.5 * cm
FW = WIDTH - ML - MR
HANG = 1.2 * cm
GREY = colors.HexColor("#555555")
SERIF, BOLD, ITALIC = "Times-Roman", "Times-Bold", "Times-Italic"

# The member's opening phrase for each label (the colon follows).
PHRASES = {
    "Naam Project": "De naam van het project is",
    "Projectnaam": "De naam van het project is",
    "Partijen": "De partijen die het project uitvoeren, zijn",
    "Betrokken partijen": "De partijen die bij het project betrokken zijn, zijn",
    "Opgave": "De opgave waarvoor het project wordt uitgevoerd, luidt als volgt",
    "Aanleiding": "De aanleiding voor het project is de volgende",
    "Voorgestelde aanpak": "De aanpak die de ontvanger voorstelt, is de volgende",
    "Aanpak": "Het project wordt op de volgende wijze uitgevoerd",
    "Resultaten": "De resultaten die met het project worden beoogd, zijn",
    "Beoogde resultaten": "De beoogde resultaten van het project zijn",
    "Inzet en co-financiering": "De inzet en de co-financiering van de partijen zijn als volgt",
    "Financiering": "Het project wordt als volgt gefinancierd",
    "Structureel karakter": "Het structurele karakter van het project blijkt uit het volgende",
    "Structureel karakter (Hoe verder zonder rijksbijdrage)":
        "Het structurele karakter van het project (hoe verder zonder rijksbijdrage) blijkt uit het volgende",
    "Borging": "De borging van de resultaten na afloop van het project is als volgt geregeld",
    "Planning": "De planning van het project is als volgt",
}


def phrase(label: str) -> str:
    return PHRASES.get(label, f"Ten aanzien van {label[:1].lower() + label[1:]} geldt het volgende")


def _st(name, font=SERIF, size=10.5, leading=14.0, **kw):
    # Word's widow/orphan control: no paragraph leaves a single line at a page's foot or top
    return ParagraphStyle(f"art-{name}", fontName=font, fontSize=size, leading=leading, allowWidows=0,
                          allowOrphans=0, **kw)


STYLES = {
    "ministry": _st("ministry", SERIF, 9, 11, alignment=TA_RIGHT, spaceAfter=26),
    "title": _st("title", BOLD, 12, 15, spaceAfter=14),
    "pre": _st("pre", alignment=TA_JUSTIFY, spaceAfter=6),
    "besluit": _st("besluit", BOLD, spaceBefore=6, spaceAfter=6),
    "chapter": _st("chapter", BOLD, 12, 15, spaceBefore=16, spaceAfter=4, keepWithNext=1),
    "article": _st("article", BOLD, spaceBefore=10, spaceAfter=3, keepWithNext=1),
    "member": _st("member", alignment=TA_JUSTIFY, spaceAfter=4, leftIndent=HANG, firstLineIndent=-HANG),
    "cont": _st("cont", alignment=TA_JUSTIFY, spaceAfter=4, leftIndent=HANG),
    "item": _st("item", alignment=TA_JUSTIFY, spaceAfter=3, leftIndent=HANG + 0.6 * cm, bulletIndent=HANG,
                bulletFontName=SERIF, bulletFontSize=10.5),
    "def": _st("def", alignment=TA_LEFT, spaceAfter=2, leftIndent=HANG + 0.6 * cm, bulletIndent=HANG,
               bulletFontName=SERIF, bulletFontSize=10.5),
    "note": _st("note", SERIF, 8.5, 10.5, leftIndent=HANG, spaceAfter=2),
    "tfoot": _st("tfoot", SERIF, 8.5, 10.5, leftIndent=HANG, spaceBefore=2),
    "sign": _st("sign", spaceAfter=0),
    "small": _st("small", SERIF, 8.5, 11, alignment=TA_JUSTIFY, spaceBefore=18),
    # tables
    "tcorner": _st("tc", ITALIC, 9, 11),
    "thead": _st("th", BOLD, 9, 11, alignment=TA_CENTER),
    "tbody": _st("tb", SERIF, 9, 11),
    "tbody_b": _st("tbb", BOLD, 9, 11),
    "tamount": _st("ta", SERIF, 9, 11, alignment=TA_RIGHT),
    "tamount_b": _st("tab", BOLD, 9, 11, alignment=TA_RIGHT),
}


def _styled(text: str, style: ParagraphStyle) -> ParagraphStyle:
    font = font_for(text, style.fontName)
    if font == style.fontName:
        return style
    return ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)


def _hanging(number: str, text: str, st: ParagraphStyle, rec):
    # the number as a bullet at the column's edge, the text at the member indent
    style = ParagraphStyle(f"{st.name}-b", st, firstLineIndent=0, bulletIndent=0, bulletFontName=st.fontName,
                           bulletFontSize=st.fontSize)
    return para("", style, rec, markup=f"<bullet>{escape(number)}</bullet>{escape(text)}")


def _paragraph(text: str, rec):
    m = LIST_ITEM.match(text)
    if m is None:
        return para(text, _styled(text, STYLES["cont"]), rec)
    st = _styled(text, STYLES["item"])
    return para("", st, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def _table(t: source.Table, rec) -> list:
    width = FW - HANG
    n, lines = t.columns, max(len(t.header), 1)
    label_w = min(5.0 * cm, width * 0.34)
    widths = [label_w] + [(width - label_w) / n] * n
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    rows[0][0] = para(t.label, _styled(t.label, STYLES["tcorner"]), rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, _styled(h.text, STYLES["thead"]), rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        row = [para(body[0], _styled(body[0], STYLES["tbody" + b]), rec)]
        for text in body[1:]:
            kind = ("tamount" if amount(text) is not None else "tbody") + b
            row.append(para(text, _styled(text, STYLES[kind]), rec))
        rows.append(row)
    tbl = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="RIGHT")
    out: list = [Spacer(0, 2), tbl]
    out += [para(f, _styled(f, STYLES["tfoot"]), rec) for f in t.footnotes]
    out.append(Spacer(0, 6))
    return out


def _article(n: int, pr: source.Project, rec, heading_rec) -> list:
    story: list = [CondPageBreak(3 * cm), para(f"Artikel {n}. {pr.title}", _styled(pr.title, STYLES["article"]),
                                               heading_rec)]
    m = 0
    for row in pr.rows:
        m += 1
        number = f"{n}.{m}"
        if isinstance(row, source.Table):
            lead = _hanging(number, "De kosten van het project en de financiering daarvan zijn begroot als volgt:",
                            STYLES["member"], rec)
            lead.keepWithNext = True
            story += [lead] + _table(row, rec)
            continue
        content = list(row.content)
        opening = phrase(row.label) + ":"
        first = content[0] if content else None
        if isinstance(first, str) and not LIST_ITEM.match(first):
            story.append(_hanging(number, f"{opening} {first}", _styled(opening + first, STYLES["member"]), rec))
            content = content[1:]
        else:
            lead = _hanging(number, opening, STYLES["member"], rec)
            lead.keepWithNext = True
            story.append(lead)
        for item in content:
            if isinstance(item, source.Table):
                story += _table(item, rec)
            else:
                story.append(_paragraph(item, rec))
    m += 1
    story.append(_hanging(f"{n}.{m}", "De uitkering voor dit project bedraagt ten hoogste de bijdrage van het Rijk "
                                      "die in dit artikel is begroot.", STYLES["member"], rec))
    for note in pr.notes:
        for j, text in enumerate(note.text or ("",)):
            t = f"{note.mark} {text}" if j == 0 else text
            story.append(para(t, _styled(t, STYLES["note"]), rec))
    return story


def render_articles(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    twente = name.lower() == "twente"
    year = 2019 if twente else 2024
    ministry = ("Landbouw, Natuur en Voedselkwaliteit" if twente
                else "Binnenlandse Zaken en Koninkrijksrelaties")
    number = f"RD/{year}/04817"

    def once(info):
        truth = Truth(dossier, "articles")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "articles"))

        def on_page(canv, d):
            page = canv.getPageNumber()
            if page == 1:
                return
            canv.saveState()
            canv.setFont(SERIF, 8)
            canv.setFillColor(GREY)
            y = HEIGHT - 1.5 * cm
            canv.drawString(ML, y, f"Beschikking nr. {number}")
            canv.drawRightString(WIDTH - MR, y, f"Pagina {page} van {max(info['total'], page)}")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.3)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("p", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0,
                                                       rightPadding=0, topPadding=0, bottomPadding=0)],
                                           onPage=on_page)])
        story: list = [
            para(f"Ministerie van {ministry}", STYLES["ministry"]),
            para(f"Beschikking van de Minister van {ministry} van 12 maart {year}, nr. {number}, tot verlening "
                 f"van een specifieke uitkering aan de Regio {name} ter uitvoering van de Regio Deal {name}",
                 STYLES["title"]),
            para(f"De Minister van {ministry},", STYLES["pre"]),
            para(f"Gelet op artikel 2 van de Regeling specifieke uitkering Regio Deal {name} en op artikel 17 "
                 f"van de Financiële-verhoudingswet;", STYLES["pre"]),
            para(f"Gelet op de aanvraag van de Regio {name} van 1 februari {year}, ingediend namens de partners "
                 f"in de Regio Deal {name};", STYLES["pre"]),
            para("Besluit:", STYLES["besluit"]),
            para("Hoofdstuk 1. Algemene bepalingen", STYLES["chapter"]),
            para("Artikel 1. Begripsbepalingen", STYLES["article"]),
            para("In deze beschikking wordt verstaan onder:", STYLES["cont"]),
        ]
        for letter, text in (("a.", f"minister: Onze Minister van {ministry};"),
                             ("b.", f"ontvanger: de Regio {name}, mede namens de partners in de Regio Deal;"),
                             ("c.", "project: een project dat in een artikel van deze beschikking is beschreven;"),
                             ("d.", "uitkering: de bijdrage van het Rijk aan een project.")):
            story.append(para("", STYLES["def"], markup=f"<bullet>{letter}</bullet>{escape(text)}"))
        chapter, article = 1, 1
        seen: set[str] = set()
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if pr.theme not in seen:
                seen.add(pr.theme)
                chapter += 1
                story += [CondPageBreak(4 * cm), para(f"Hoofdstuk {chapter}. {pr.theme}",
                                                      _styled(pr.theme, STYLES["chapter"]))]
            article += 1
            story += _article(article, pr, rec, truth.heading(p))
        chapter += 1
        story += [CondPageBreak(4 * cm), para(f"Hoofdstuk {chapter}. Slotbepalingen", STYLES["chapter"])]
        article += 1
        story += [para(f"Artikel {article}. Verantwoording", STYLES["article"]),
                  _hanging(f"{article}.1", "De ontvanger verantwoordt de besteding van de uitkering volgens de "
                                           "systematiek van single information, single audit (SiSa).",
                           STYLES["member"], None)]
        article += 1
        story += [para(f"Artikel {article}. Inwerkingtreding", STYLES["article"]),
                  _hanging(f"{article}.1", "Deze beschikking treedt in werking met ingang van de dag na de "
                                           "datum van verzending.", STYLES["member"], None),
                  Spacer(0, 18),
                  para(f"De Minister van {ministry},", STYLES["sign"]),
                  para("namens deze,", STYLES["sign"]),
                  para("de directeur Regionale Economie,", STYLES["sign"]),
                  Spacer(0, 30),
                  para("drs. M.J. van der Linden", STYLES["sign"]),
                  para("Bezwaar: tegen deze beschikking kan degene wiens belang rechtstreeks bij dit besluit is "
                       "betrokken binnen zes weken na de dag waarop dit besluit is bekendgemaakt een "
                       f"bezwaarschrift indienen bij de Minister van {ministry}.", STYLES["small"])]
        doc.build(story)
        return truth

    record = build_until_stable(once)
    labels = {row.label for pr in dossier.projects for row in pr.rows if isinstance(row, source.Field)}
    record["field_labels"] = {label: phrase(label) for label in sorted(labels)}
    return record
