"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a
cross-border (Interreg-style) or Frisian programme office writes its proposals, in DUTCH
WITH ENGLISH ALONGSIDE, as bilingual government documents are set: every heading, label
and table header in both languages, the prose in Dutch only.

- bilingual: A4 portrait, one column, margins 2.5 cm all round (a 16 cm text column). An
          Arial-like sans (Helvetica; DejaVu Sans where a text has a character it lacks)
          at 10pt on 13pt, ragged right, 5pt after each paragraph; a list item keeps the
          source's marker (set in DejaVu Sans, as Word sets bullets in a symbol font) and
          hangs on it. RUNNING HEADER on every page, 1.5 cm from the top edge at the left
          margin: "Regio Deal <Name> - Projectvoorstellen / Project proposals" in 8pt grey
          (#808080). FOOTER centred 1.3 cm from the bottom edge: "pagina / page N" in 8pt
          grey.
          Each project OPENS A NEW PAGE: its title in 15pt bold on 19pt (Dutch, as
          transcribed); under it the SAME TITLE IN ENGLISH in 11pt italic grey (#666666)
          on 14pt, made word by word by a fixed glossary ("Slimme Mobiliteit" -> "Smart
          Mobility", "Maakindustrie" -> "Manufacturing Industry", "voor het mkb" -> "for
          the SMEs"; a capitalised Dutch word gives capitalised English; a word the
          glossary does not know, a place name or an English word, kept as it is, so a
          title may read the same twice); under that
          "Thema / Theme: <theme>" in 9pt dark grey (#444444), the theme in Dutch as
          transcribed; then a 0.5pt grey rule across the column, 1pt under the theme.
          FIELD LABELS BILINGUAL on their own line in 10pt bold: "<Dutch label> / <English
          label>", the English part in bold italic (10pt above, kept with what follows):
          "Naam Project / Project name", "Partijen / Partners", "Opgave / Challenge",
          "Voorgestelde aanpak / Proposed approach", "Resultaten / Results", "Inzet en
          co-financiering / Contribution and co-financing", "Structureel karakter /
          Structural nature", the Zeeland labels likewise ("Aanleiding / Background",
          "Borging / Embedding"); any other label by the word glossary, or as it is
          ("Governance / Governance"). The field's paragraphs under it in Dutch only; a table
          inside a field stands where the transcription puts it.
          TABLES across the text column, 9pt on 11pt (a table whose amounts do not fit at
          9pt beside a row-label column of 22% steps down by half points, to 7pt at least),
          with BILINGUAL HEADERS: each header cell holds the Dutch text in bold and, on its
          own line under it, the English in italic grey 1pt smaller ("Totaal" / "Total",
          "Privaat" / "Private", "Onderwijs" / "Education", "Gem." / "Municipal",
          "Provincie" / "Province", "Publiek" / "Public", "Rijk" / "National government",
          "Overig publiek" / "Other public"; a year or a word the glossary does not know
          repeated as it is: "2024" / "2024"); the corner cell likewise
          ("Opgaven/Investeringen" / "Tasks/Investments"), spanning the header lines,
          left-aligned; single headers right-aligned, a group header ("Publiek") centred
          over its members with a 0.5pt light grey rule under it. An empty header cell stays
          empty. Header cells bottom-aligned, a 0.75pt dark rule under the header, the
          header repeated at the top of every page the table runs onto. Row labels in Dutch
          only, wrapping in their column; amounts right-aligned exactly as transcribed (a
          long cell of words wraps); the Totaal row bold. ZEBRA ROWS: the first body row and
          every other one after it on a light grey fill (#EDEDED), counted through the
          table, not per page; no vertical rules, no rule round the table. Column widths
          from content: each value column its amounts unwrapped and its header's longest
          words (a short header whole), the row-label column its longest label within
          28-42% of the column; the value columns then grow alike up to 3.2 cm, the
          row-label column taking what is left.
          Table footnotes under the table in 8pt, in Dutch. The project's notes at its end
          in 8pt, each "<mark> <text>".

The transcription's page breaks inside tables are not followed: a table breaks where the
page is full. Every cell prints as transcribed (no "raw"); the truth records, under
"field_labels", the bilingual label printed for each of the transcription's field labels.
A project runs from its opening page (title drawn) to the page of its last field text,
table cell or note.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, field_para, font_for, is_total, meta,
                         notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"  # <i> in bold: Helvetica-BoldOblique
GREY = colors.HexColor("#808080")
TITLE_GREY = colors.HexColor("#666666")
THEME_GREY = colors.HexColor("#444444")
ZEBRA = colors.HexColor("#EDEDED")
GROUP_RULE = colors.HexColor("#BFBFBF")
HEAD_RULE = colors.HexColor("#333333")
# A table is set at 9pt; one too wide for the column at that size steps down by half points
# (its English header lines 1pt smaller than the Dutch), as a typist shrinks a wide table.
TABLE_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
PAD = 4.0                     # cell padding left and right
MIN_LABEL = 0.22              # the row-label column's least share of the width

# --- the glossary -------------------------------------------------------------------

# Whole texts the office translates as one: its field labels, its table headers and the
# corner labels of its budget tables (keys lower case, spaces squashed).
PHRASES = {
    # field labels
    "naam project": "Project name", "projectnaam": "Project name", "partijen": "Partners",
    "betrokken partijen": "Partners involved", "samenwerkingspartners": "Cooperation partners",
    "opgave": "Challenge", "opgave en aanleiding": "Challenge and background",
    "probleemstelling": "Problem statement", "aanleiding": "Background",
    "voorgestelde aanpak": "Proposed approach", "aanpak": "Approach", "resultaten": "Results",
    "beoogde resultaten": "Intended results", "verwachte resultaten": "Expected results",
    "inzet en co-financiering": "Contribution and co-financing",
    "inzet en cofinanciering": "Contribution and co-financing",
    "kosten en financiering": "Costs and financing", "financiering": "Financing",
    "financiële onderbouwing": "Financial justification", "structureel karakter": "Structural nature",
    "structureel karakter (hoe verder zonder rijksbijdrage)":
        "Structural nature (how to continue without the national contribution)",
    "structurele borging": "Structural embedding", "borging": "Embedding", "planning": "Planning",
    "looptijd": "Duration", "doelstelling": "Objective", "governance": "Governance",
    # table headers
    "totaal": "Total", "totaal eur": "Total EUR", "totaal (€)": "Total (€)",
    "totale kosten": "Total costs",
    "privaat": "Private", "privaat (incl. invest-nl)": "Private (incl. Invest-NL)",
    "bedrijven": "Companies", "bedrijfsleven": "Business", "werkgevers": "Employers",
    "onderwijs": "Education", "onderw.": "Education", "onderw": "Education",
    "kennisinstellingen": "Knowledge institutions", "gemeente": "Municipality",
    "gemeenten": "Municipalities", "gem.": "Municipal", "gem": "Municipal", "provincie": "Province",
    "prov.": "Province", "prov": "Province", "publiek": "Public", "publieke partijen": "Public parties",
    "overig publiek": "Other public", "waterschap": "Water board", "regio": "Region",
    "rijk": "National government", "rijksbijdrage": "National contribution", "per jaar": "Per year",
    "eur 3 jaar": "EUR 3 years", "gereed": "Completed", "trekker": "Lead partner",
    # corner labels
    "opgaven/investeringen": "Tasks/Investments", "investeringen": "Investments",
    "investering": "Investment", "mijlpaal": "Milestone", "kostenpost": "Cost item",
    "begroting": "Budget", "activiteit": "Activity", "financieringsoverzicht": "Financing overview",
    "onderdeel": "Component",
}

# Single words, for a text not in PHRASES (a title, a label of its own): each word the
# glossary knows is replaced, every other word kept. The transcriptions' misspellings of
# "Investeringen" are read as what they mean.
WORDS = {
    "totaal": "total", "opgaven": "tasks", "investeringen": "investments", "investerings": "investments",
    "investeringsen": "investments", "intoversteningen": "investments", "investering": "investment",
    "privaat": "private", "publiek": "public", "overig": "other", "kosten": "costs", "jaar": "year",
    "en": "and", "voor": "for", "het": "the", "de": "the", "van": "of", "door": "through",
    "met": "with", "in": "in", "naar": "towards", "mkb": "SMEs", "slimme": "smart", "campus": "campus",
    "zorg": "care", "circulaire": "circular", "circulair": "circular", "vitale": "vital",
    "zilte": "saline", "digitale": "digital", "groene": "green", "regionale": "regional",
    "sterke": "strong", "maakindustrie": "manufacturing industry", "mobiliteit": "mobility",
    "kernen": "communities", "teelt": "cultivation", "transformatie": "transformation",
    "werkplaats": "workshop", "talentontwikkeling": "talent development", "havens": "ports",
    "energie": "energy", "broedplaatsen": "creative hubs", "innovatie": "innovation", "oost": "east",
    "west": "west", "noord": "north", "zuid": "south", "twents": "Twente", "fonds": "fund",
    "vakmanschap": "craftsmanship", "halen": "attract", "opleiden": "train", "houden": "retain",
    "gebiedsontwikkeling": "area development", "bereikbaarheid": "accessibility",
    "topwerklocaties": "prime business locations", "creatieve": "creative", "textiel": "textiles",
    "chemische": "chemical", "mechanische": "mechanical", "innovatiecentrum": "innovation centre",
    "proeftuin": "testbed", "zeeuws": "Zeeland", "techniekpact": "technology pact",
    "zorgtalent": "care talent", "programma": "programme", "naam": "name", "partijen": "partners",
    "resultaten": "results", "aanpak": "approach", "structureel": "structural", "karakter": "nature",
    "financiering": "financing", "borging": "embedding", "onderwijs": "education",
    "gemeente": "municipality", "provincie": "province", "rijk": "national government",
    "regio": "region", "leefbaarheid": "liveability", "vestigingsklimaat": "business climate",
    "arbeidsmarkt": "labour market", "techniek": "technology", "energietransitie": "energy transition",
    "welzijn": "well-being", "economie": "economy", "duurzaamheid": "sustainability",
    "toelichting": "explanation", "overige": "other", "bijdrage": "contribution",
}

_TOKENS = re.compile(r"(\s+|/)")
_CORE = re.compile(r"^([^\w€]*)(.*?)([^\w€]*)$")


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _cased(dutch: str, english: str) -> str:
    """The English word(s) in the case of the Dutch: "TOTAAL" -> "TOTAL", "Zorg" -> "Care"."""
    if len(dutch) > 1 and dutch.isupper():
        return english.upper()
    if dutch[:1].isupper():  # "Maakindustrie" -> "Manufacturing Industry", as in a title
        return " ".join(w[:1].upper() + w[1:] for w in english.split(" "))
    return english


def english(text: str) -> str:
    """The office's English for a Dutch heading, label or header: the phrase glossary, else
    word by word (punctuation round a word kept), a word it does not know kept as it is."""
    whole = PHRASES.get(_key(text))
    if whole is not None:
        return whole
    out = []
    for token in _TOKENS.split(text):
        m = _CORE.match(token)
        lead, core, trail = m.groups() if m else ("", token, "")
        word = WORDS.get(core.lower())
        out.append(lead + _cased(core, word) + trail if core and word else token)
    return "".join(out)


def bilingual_label(label: str) -> str:
    """The label as printed: "<Dutch> / <English>"."""
    return f"{label} / {english(label)}"


# --- type ---------------------------------------------------------------------------


def _encodable(text: str) -> bool:
    try:
        text.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.0, **kw):
        return ParagraphStyle(f"bl-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": st("title", BOLD, 15, 19, spaceAfter=2, keepWithNext=1),
        "title_en": st("title_en", ITALIC, 11, 14, textColor=TITLE_GREY, spaceAfter=5, keepWithNext=1),
        "theme": st("theme", SANS, 9, 12, textColor=THEME_GREY, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=10, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        # a list marker in a font with a full character map, as Word takes its bullets from a
        # symbol font rather than the text's
        "item": st("item", spaceAfter=5, leftIndent=14, bulletIndent=0, bulletFontName="DejaVuSans"),
        "foot": st("foot", SANS, 8, 10, spaceBefore=3),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


def _table_styles(size: float) -> dict:
    lead, esize = round(size * 11 / 9, 1), size - 1
    elead = round(esize * 1.25, 1)

    def st(name, font, small=False, **kw):
        return ParagraphStyle(f"bl-{name}-{size}", fontName=font, fontSize=esize if small else size,
                              leading=elead if small else lead, **kw)

    return {
        "corner": st("corner", BOLD, alignment=TA_LEFT),
        "corner_en": st("corner_en", ITALIC, True, textColor=TITLE_GREY, alignment=TA_LEFT),
        "head": st("head", BOLD, alignment=TA_RIGHT),
        "head_en": st("head_en", ITALIC, True, textColor=TITLE_GREY, alignment=TA_RIGHT),
        "group": st("group", BOLD, alignment=TA_CENTER),
        "group_en": st("group_en", ITALIC, True, textColor=TITLE_GREY, alignment=TA_CENTER),
        "row": st("row", SANS),
        "row_b": st("row_b", BOLD),
        "amount": st("amount", SANS, alignment=TA_RIGHT),
        "amount_b": st("amount_b", BOLD, alignment=TA_RIGHT),
    }


def _italic(text: str, style: ParagraphStyle, rec=None):
    """An English line in the italic, or upright DejaVu Sans where Helvetica lacks a
    character of it (the italic has no TrueType stand-in among the zoo's fonts)."""
    if not _encodable(text):
        style = ParagraphStyle(f"{style.name}-dv", style, fontName="DejaVuSans")
    return para(text, style, rec)


def _label(label: str, st, rec):
    """The bilingual field label: all bold, the English part bold italic."""
    en = english(label)
    if _encodable(label + en):
        markup = f"<b>{escape(label)} / </b><b><i>{escape(en)}</i></b>"
        return para("", st["label"], rec, markup=markup)
    # a character Helvetica lacks: the whole label in DejaVu Sans Bold, which has no italic here
    style = ParagraphStyle("bl-label-dv", st["label"], fontName="DejaVuSans-Bold")
    return para(bilingual_label(label), style, rec)


class _Rule(Flowable):
    """The 0.5pt grey rule under a project's heading block."""

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 9

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(GREY)
        c.setLineWidth(0.5)
        c.line(0, 8, self.aW, 8)
        c.restoreState()


# --- tables -------------------------------------------------------------------------


def _width(text: str, font: str, size: float) -> float:
    """The text's width in the font it is set in (its stand-in where the font lacks a character)."""
    if font == ITALIC:
        return stringWidth(text, font if _encodable(text) else "DejaVuSans", size)
    return stringWidth(text, font_for(text, font), size)


def _words_width(text: str, font: str, size: float) -> float:
    return max((_width(w, font, size) for w in text.split()), default=0.0)


def _needs(t: source.Table, size: float) -> tuple[list[float], float]:
    """At type size `size`: what each value column wants (its amounts unwrapped, its header's
    longest words, a short header whole), and what the row-label column wants (its longest
    label unwrapped)."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1 and h.text.strip():
            en = english(h.text)
            want = max(_words_width(h.text, BOLD, size), _words_width(en, ITALIC, size - 1),
                       # a short header ("Totaal EUR") on one line where it can
                       min(_width(h.text, BOLD, size), 6 * size), min(_width(en, ITALIC, size - 1), 6 * size))
            need[h.column - 1] = max(need[h.column - 1], want)
    for body in t.rows:
        for c, text in enumerate(body[1:n + 1]):
            whole = _width(text, BOLD, size)
            need[c] = max(need[c], min(whole, 10 * size), _words_width(text, BOLD, size))
    labels = [b[0] for b in t.rows] + [t.label, english(t.label)]
    label = max((_width(x, BOLD, size) for x in labels), default=0) + 2 * PAD
    return [w + 2 * PAD + 1 for w in need], label


def _layout(t: source.Table, width: float) -> tuple[float, list[float]]:
    """The table's type size and [label, value * n] widths: the largest size at which the
    value columns fit beside the least label column; the label column what its labels want
    within 28-42% of the width (down to 22% where the values need it); the value columns
    then grow alike up to 3.2 cm, the label column taking what is left."""
    for size in TABLE_SIZES:
        need, label_want = _needs(t, size)
        if sum(need) <= (1 - MIN_LABEL) * width:
            break
    label = min(max(label_want, 0.28 * width), 0.42 * width)
    room = width - label
    if sum(need) > room:  # the label column gives way first, then the value columns shrink alike
        label = max(MIN_LABEL * width, width - sum(need))
        room = width - label
        if sum(need) > room:
            return size, [label] + [w * room / sum(need) for w in need]
    values, left, open_ = list(need), room - sum(need), set(range(len(need)))
    cap = 3.2 * cm
    while left > 0.01 and open_:
        share = left / len(open_)
        for c in sorted(open_):
            grow = min(share, max(0.0, cap - values[c]))
            values[c] += grow
            left -= grow
            if values[c] >= cap - 0.01:
                open_.discard(c)
    return size, [label + max(left, 0.0)] + values


def _cell(dutch: str, st, kind: str, rec):
    """A header cell: the Dutch in bold, the English in italic on its own line under it."""
    if not dutch.strip():
        return ""
    return [para(dutch, st[kind], rec), _italic(english(dutch), st[kind + "_en"], rec)]


def _table(t: source.Table, foot, rec, width: float) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    size, widths = _layout(t, width)
    st = _table_styles(size)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, HEAD_RULE)]
    rows[0][0] = _cell(t.label, st, "corner", rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        group = h.columns > 1
        rows[h.line][h.column] = _cell(h.text, st, "group" if group else "head", rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
        if group and r1 < lines - 1 and h.text.strip():
            cmds.append(("LINEBELOW", (h.column, r1), (c1, r1), 0.5, GROUP_RULE))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], st["row" + b], rec)]
                    + [para(text, st["amount" + b], rec) if text else "" for text in cells[:n]])
    # banded by the row's place in the table (not on the page), as a word processor bands
    # them: a table continued on the next page keeps its alternation
    cmds += [("BACKGROUND", (0, r), (-1, r), ZEBRA) for r in range(lines, len(rows), 2)]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    out: list = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                       hAlign="LEFT")]
    out += [para(f, foot, rec) for f in t.footnotes]
    return out


# --- the document -------------------------------------------------------------------


class _BilingualTruth(Truth):
    def record(self) -> dict:
        out = super().record()
        out["field_labels"] = {row.label: bilingual_label(row.label) for pr in self.dossier.projects
                               for row in pr.rows if isinstance(row, source.Field)}
        return out


def render_bilingual(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    header = f"Regio Deal {dossier_name(dossier)} - Projectvoorstellen / Project proposals".replace("  ", " ")

    def once(info):
        truth = _BilingualTruth(dossier, "bilingual")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "bilingual"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(header, SANS), 8)
            canv.drawString(MARGIN, HEIGHT - 1.5 * cm, header)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, f"pagina / page {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec, head = truth.content(p), truth.heading(p)
            if p:
                story.append(PageBreak())
            story += [para(pr.title, st["title"], head), _italic(english(pr.title), st["title_en"], head),
                      para(f"Thema / Theme: {pr.theme}", st["theme"], head), _Rule(), Spacer(0, 2)]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [Spacer(0, 8), *_table(row, st["foot"], rec, FW), Spacer(0, 6)]
                    continue
                story.append(_label(row.label, st, rec))
                for item in row.content or ("",):
                    if isinstance(item, source.Table):
                        story += [Spacer(0, 3), *_table(item, st["foot"], rec, FW), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"], space=10)
        doc.build(story)
        return truth

    return build_until_stable(once)
