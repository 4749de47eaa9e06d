"""One more house style for the layout zoo (see zoo.py), held out: a programme office's Word
report whose projects carry, besides their funding tables, OTHER TABLES that are no funding
tables (indicators, a planning, the partners), drawn in the very table style of the funding
tables and standing inside the fields where such tables belong.

- distractors: A4 portrait, margins 2.5 cm left and right, 2.5 cm top, 2.2 cm bottom. DejaVu
          Sans 10pt on 13pt, ragged right, 5pt after each paragraph; a list item hangs on its
          own marker. Running header on every page: "Programmabureau Regio Deal <name>" at the
          left and "Projectvoorstellen" at the right, 8pt grey, over a thin grey rule; footer
          "Pagina N" at the right, 8pt grey. Page 1 opens with the report's title
          ("Projectvoorstellen Regio Deal <name>", 16pt bold) and a grey line
          "Programmabureau Regio Deal <name>". Each project OPENS A NEW PAGE (the first under
          the report's title): its theme in 10pt grey, under it the title in 14pt bold. FIELD
          LABELS in 10pt bold on a line of their own, the field's paragraphs under them.
          Project notes at the end of the project in 8pt, each with its mark.
          TABLES (every table of the transcription, where it places it: an investment table
          between the fields, a table inside a field among the field's paragraphs) across the
          text width, 8.5pt on 10.5pt, a FULL GRID of 0.5pt dark grey rules, 3pt padding; the
          header line(s) bold on a light grey fill, header cells centred (the table's label
          in the corner cell, spanning the header lines; a group header ("Publiek") a merged
          cell over its members). Column widths as Word's autofit-to-window: each column its
          unwrapped text where that fits, the rest of the width shared in proportion (else
          the longest words plus a share). Amounts (nils too) right-aligned, exactly as
          transcribed; words left-aligned; the Totaal row bold. The header line(s) repeat
          where a table breaks over a page (the transcription's page breaks are not
          followed). Table footnotes under the table in 8pt.
          DISTRACTOR TABLES: each project carries up to three tables more, drawn in the same
          table style (same grid, same grey bold header row, numbers right-aligned, words
          left), each under a caption line in 9pt italic, the caption kept with its table:
          * a KPI table "Indicator | Nulmeting 2018 | Streefwaarde 2022 | Eenheid" (caption
            "Tabel: beoogde resultaten") of 3-4 indicators ("Aantal deelnemende bedrijven |
            12 | 40 | bedrijven", "Aandeel vrouwen in techniek | 18% | 25% | %",
            "Aangetrokken private investeringen | 0 | 2.500.000 | euro"), numbers with
            thousands dots, a decimal comma for a rapportcijfer ("6,4");
          * a planning table "Fase | Start | Gereed | Mijlpaal" (caption "Tabel: fasering en
            mijlpalen") of 3-4 numbered phases ("1. Verkenning | Q1 2019 | Q3 2019 | Plan van
            aanpak vastgesteld"), quarters from 2019 on;
          * a partner table "Partner | Rol | Bijdrage in natura" (caption "Tabel: betrokken
            partners") of 3-4 partners ("Gemeente Enschede | Trekker | 2 fte", "Saxion |
            Kennispartner | labfaciliteiten"): names taken from the host field's text where
            it lists them (its parts between commas, colons and full stops that read as a
            name: see _partner_names), the rest from a generic list ("Kamer van
            Koophandel", "UWV", ...); the first partner "Trekker" or "Penvoerder".
          Their host fields: the KPI table in the first field whose label holds "resultat"
          (Resultaten, Beoogde resultaten), else "doel" (Doelstelling); the planning table in
          the first field whose label holds "aanpak"; the partner table in the first field
          whose label holds "partij" or "partner" (Partijen, Betrokken partijen,
          Samenwerkingspartners). Where no label fits, the host is taken by position among
          the fields that are no project-name field (label holding "naam"): the partner
          table the first, the planning table the second, the KPI table the third such field
          (the next free one where that one hosts another distractor already); no such field
          left: that table is not drawn. A field hosts one distractor at most. In its host
          field the table (with its caption) follows the field's first text paragraph (so it
          stands between the field's paragraphs, or after the field's only paragraph; after
          a list's lead-in sentence where the field opens with one); a field without a text
          paragraph gets it at its end. The rows are varied per project, seeded from the project's
          title (sha256), so a rendering is the same on every machine.

The truth record: the distractor tables are tables of the project as much as the
transcription's are (a reader should read them, and keep them and their captions out of the
prose): a field's text is the transcription's paragraphs only, and the project's tables are
all it prints, in the order printed. The golden cell list numbers the transcription's tables
only, so "table_order" lists, for every project, the tables as printed: a transcription
table by its number, a distractor by a negative one (no golden cell names it). Every
transcription cell prints as transcribed (no "raw", no field_labels). A project runs from its
opening page (theme and title drawn) to the page of its last field text, table cell
(distractor cells included), caption or note.
"""

from __future__ import annotations

import hashlib
import random
import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (FONT_DIR, Doc, Truth, auto_widths, build_until_stable, dossier_name, field_para,
                         font_for, is_total, meta, notes_at_end, para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN_X, TOP, BOTTOM = 2.5 * cm, 2.5 * cm, 2.2 * cm
FW = WIDTH - 2 * MARGIN_X
FH = HEIGHT - TOP - BOTTOM

SANS, BOLD, ITALIC = "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"
SIZE, LEAD = 10.0, 13.0
TSIZE, TLEAD = 8.5, 10.5
PAD = 3.0
GRID = 0.5
RULE = colors.HexColor("#404040")
HEAD_FILL = colors.HexColor("#D9D9D9")
GREY = colors.HexColor("#666666")

KPI_CAPTION = "Tabel: beoogde resultaten"
PLAN_CAPTION = "Tabel: fasering en mijlpalen"
PARTNER_CAPTION = "Tabel: betrokken partners"


def _fonts() -> None:
    register_fonts()
    if ITALIC not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(ITALIC, str(FONT_DIR / "DejaVuSans-Oblique.ttf")))


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"dx-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "doc": st("doc", BOLD, 16, 20, spaceAfter=3),
        "doc2": st("doc2", SANS, 10, 13, textColor=GREY, spaceAfter=18),
        "theme": st("theme", SANS, 10, 13, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", BOLD, 14, 18, spaceAfter=10, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        "body": st("body", spaceAfter=5),
        "item": st("item", spaceAfter=3, leftIndent=14, bulletIndent=0, bulletFontName=SANS),
        "caption": st("caption", ITALIC, 9, 11.5, spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "th": st("th", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "td": st("td", SANS, TSIZE, TLEAD, alignment=TA_LEFT),
        "td_b": st("tdb", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "ta": st("ta", SANS, TSIZE, TLEAD, alignment=TA_RIGHT),
        "ta_b": st("tab", BOLD, TSIZE, TLEAD, alignment=TA_RIGHT),
        "foot": st("foot", SANS, 8, 10, spaceBefore=2),
        "note": st("note", SANS, 8, 10, spaceAfter=2),
    }


# A cell that is a number: an amount ("1.650.000", "€ 2,8 mln.", "7.500.000*"), a nil
# ("-", ".-"), a share ("18%"), a count ("1.200"): right-aligned; anything else left.
_NUMERIC = re.compile(r"(?:€\s*)?(?:\d[\d.,]*|[.,]?-)\s*(?:%|mln\.?)?\s*[*¹²³⁴⁵⁶⁷⁸⁹]*")


def _numeric(text: str) -> bool:
    return bool(_NUMERIC.fullmatch(text.strip()))


# --- the grid every table is drawn in ----------------------------------------------------


def _grid(head: list[list], spans: list, body: list[list[str]], bold_rows: set[int],
          st, rec, head_texts: list) -> list:
    """A full-grid table across the text width: `head` the header line(s) as flowables,
    `spans` their merges, `body` the body rows as texts (first column the row label)."""
    lines = len(head)
    n = len(head[0])
    rows = [list(r) for r in head]
    for k, cells in enumerate(body):
        b = "_b" if k in bold_rows else ""
        row = [para(cells[0], st["td" + b], rec)]
        for text in cells[1:]:
            row.append(para(text, st[("ta" if _numeric(text) else "td") + b], rec))
        rows.append(row)
    measured = list(head_texts)
    for cells in body:
        for c, text in enumerate(cells):
            measured.append((c, 1, text, st["td_b"]))
    extra = 2 * PAD + GRID + 1.0
    widths = auto_widths(measured, n, FW, extra)
    if sum(widths) < FW:  # autofit to window: the rest shared in proportion
        scale = FW / sum(widths)
        widths = [w * scale for w in widths]
    cmds = [("GRID", (0, 0), (-1, -1), GRID, RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines)))]
    cmds += spans
    return [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")]


def _funding_table(t: source.Table, st, rec) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    head: list[list] = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    head_texts = [(0, 1, t.label, st["th"])]
    head[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        spans.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        head[h.line][h.column] = para(h.text, st["th"], rec)
        head_texts.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(("SPAN", (h.column, h.line), (c1, r1)))
    body = [list(r) + [""] * (n + 1 - len(r)) for r in t.rows]
    bold = {k for k, r in enumerate(t.rows) if is_total(r[0])}
    out = [Spacer(0, 4), *_grid(head, spans, body, bold, st, rec, head_texts)]
    out += [para(f, st["foot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _distractor(caption: str, header: list[str], body: list[list[str]], st, rec) -> list:
    head = [[para(h, st["th"], rec) for h in header]]
    head_texts = [(c, 1, h, st["th"]) for c, h in enumerate(header)]
    return [Spacer(0, 3), para(caption, st["caption"], rec),
            *_grid(head, [], body, set(), st, rec, head_texts), Spacer(0, 8)]


# --- the distractors' rows ---------------------------------------------------------------


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _kpi_rows(rng: random.Random) -> list[list[str]]:
    def count(lo, hi, step=1, factor=(2, 4)):
        base = rng.randrange(lo, hi + 1, step)
        return _dots(base), _dots(max(base * rng.randint(*factor), base + step))

    def zero_to(lo, hi, step):
        return "0", _dots(rng.randrange(lo, hi + 1, step))

    def pct_up(lo, hi, d=(5, 12)):
        base = rng.randint(lo, hi)
        return f"{base}%", f"{min(base + rng.randint(*d), 95)}%"

    def pct_down(lo, hi):
        base = rng.randint(lo, hi)
        return f"{base}%", f"{max(base - rng.randint(4, 8), 2)}%"

    def mark():
        base = rng.randint(60, 68)
        target = base + rng.randint(6, 12)
        return f"{base // 10},{base % 10}", f"{target // 10},{target % 10}"

    pool = [
        ("Aantal deelnemende bedrijven", "bedrijven", lambda: count(5, 40)),
        ("Aandeel vrouwen in techniek", "%", lambda: pct_up(12, 22)),
        ("Aantal opgeleide vakmensen", "personen", lambda: zero_to(300, 2500, 50)),
        ("Aantal nieuwe banen", "fte", lambda: zero_to(50, 400, 10)),
        ("Aantal stageplaatsen", "plaatsen", lambda: count(20, 80, 5, (2, 3))),
        ("Aangetrokken private investeringen", "euro", lambda: zero_to(1_000_000, 5_000_000, 250_000)),
        ("Aantal bezoekers per jaar", "bezoekers", lambda: count(2000, 9000, 100, (2, 3))),
        ("CO₂-reductie", "ton per jaar", lambda: zero_to(500, 5000, 100)),
        ("Aantal gestarte innovatieprojecten", "projecten", lambda: count(0, 5, 1, (5, 8))),
        ("Leegstand bedrijfsruimte", "%", lambda: pct_down(10, 18)),
        ("Tevredenheid werkgevers", "rapportcijfer", mark),
        ("Uitstroom naar betaald werk", "%", lambda: pct_up(50, 65, (8, 15))),
    ]
    picked = rng.sample(pool, rng.randint(3, 4))
    rows = []
    for name, unit, values in picked:
        base, target = values()
        rows.append([name, base, target, unit])
    return rows


_PHASES = [["Verkenning", "Ontwerp", "Uitvoering", "Evaluatie"],
           ["Voorbereiding", "Pilotfase", "Opschaling", "Borging"],
           ["Opstart", "Ontwikkeling", "Implementatie", "Overdracht"]]
_MILESTONES = [["Plan van aanpak vastgesteld", "Consortium gevormd", "Projectorganisatie ingericht"],
               ["Ontwerp goedgekeurd", "Eerste pilots gestart", "Programma vastgesteld"],
               ["Eerste resultaten opgeleverd", "Tussenevaluatie gereed",
                "Voorzieningen in gebruik genomen"],
               ["Eindrapportage opgeleverd", "Structurele financiering geregeld",
                "Overdracht aan de lijn"]]


def _plan_rows(rng: random.Random) -> list[list[str]]:
    phases = rng.choice(_PHASES)[:rng.randint(3, 4)]
    q = rng.randint(0, 2)  # quarters since Q1 2019
    last = 15  # Q4 2022
    rows = []
    for k, phase in enumerate(phases):
        end = min(q + rng.randint(1, 4), last)
        rows.append([f"{k + 1}. {phase}", f"Q{q % 4 + 1} {2019 + q // 4}",
                     f"Q{end % 4 + 1} {2019 + end // 4}", rng.choice(_MILESTONES[k])])
        q = min(end + rng.randint(0, 1), last)
    return rows


_GENERIC_PARTNERS = ["Kamer van Koophandel", "Regionale ontwikkelingsmaatschappij", "MKB-Nederland",
                     "Werkgeversvereniging", "UWV", "Provincie", "Hogeschool", "ROC"]
_ROLES = ["Kennispartner", "Uitvoerder", "Co-financier", "Adviseur", "Opleider", "Netwerkpartner"]
_IN_KIND = ["2 fte", "0,5 fte", "1 fte", "labfaciliteiten", "huisvesting", "projectleiding",
            "netwerk en communicatie", "1.200 uur", "400 uur", "begeleiding studenten",
            "testomgeving"]


_LINKS = {"van", "de", "der", "den", "het", "voor", "en", "of", "and", "&", "aan", "in"}


def _partner_names(text: str) -> list[str]:
    """The names a parties field lists: its parts between commas, colons and full stops
    (parentheses dropped) that read as a name: 1-5 words once a leading "De"/"Het" is
    dropped, the first capitalised or "gemeente"/"provincie", every other word of four
    letters or more capitalised but the linking words; the first letter capitalised."""
    text = re.sub(r"\([^)]*\)", " ", text)
    names = []
    for chunk in re.split(r",|;|:|\.\s|\.$", text):
        words = " ".join(chunk.split()).strip(" .").split()
        if words and words[0] in ("De", "Het") and len(words) > 1:
            words = words[1:]
        if not 1 <= len(words) <= 5:
            continue
        first, rest = words[0], words[1:]
        if not (first[0].isupper() or first in ("gemeente", "provincie")):
            continue
        if any(len(w) >= 4 and not w[0].isupper() and w not in _LINKS for w in rest):
            continue
        name = " ".join(words)
        if len(name) > 40:
            continue
        name = name[0].upper() + name[1:]
        if name not in names:
            names.append(name)
    return names


def _partner_rows(rng: random.Random, text: str) -> list[list[str]]:
    count = rng.randint(3, 4)
    names = _partner_names(text)
    chosen = rng.sample(names, min(count, len(names)))
    fill = [g for g in _GENERIC_PARTNERS if g not in chosen]
    chosen += rng.sample(fill, count - len(chosen))
    roles = [rng.choice(["Trekker", "Penvoerder"])] + rng.sample(_ROLES, count - 1)
    return [[name, role, rng.choice(_IN_KIND)] for name, role in zip(chosen, roles)]


# --- where the distractors go ------------------------------------------------------------


def _hosts(pr: source.Project) -> dict[str, int]:
    """kind ("kpi", "plan", "partner") -> index in pr.rows of the field that hosts it."""
    fields = [(i, row) for i, row in enumerate(pr.rows) if isinstance(row, source.Field)]
    free = [i for i, row in fields if "naam" not in row.label.lower()]
    wants = {"kpi": (("resultat",), ("doel",)), "plan": (("aanpak",),),
             "partner": (("partij", "partner"),)}
    hosts: dict[str, int] = {}
    for kind, tiers in wants.items():
        for words in tiers:
            hit = next((i for i, row in fields if i not in hosts.values()
                        and any(w in row.label.lower() for w in words)), None)
            if hit is not None:
                hosts[kind] = hit
                break
    for kind, ordinal in (("partner", 0), ("plan", 1), ("kpi", 2)):
        if kind in hosts:
            continue
        taken = set(hosts.values())
        if ordinal < len(free) and free[ordinal] not in taken:
            hosts[kind] = free[ordinal]
        else:
            nxt = next((i for i in free[ordinal:] if i not in taken), None)
            if nxt is not None:
                hosts[kind] = nxt
    return hosts


def _distractors(pr: source.Project) -> dict[int, list]:
    """Field index -> [(caption, header, rows)] for the project's distractor tables."""
    rng = random.Random(int(hashlib.sha256(pr.title.encode("utf-8")).hexdigest()[:16], 16))
    kpi, plan = _kpi_rows(rng), _plan_rows(rng)
    hosts = _hosts(pr)
    out: dict[int, list] = {}
    if "partner" in hosts:
        field = pr.rows[hosts["partner"]]
        text = " ".join(c for c in field.content if isinstance(c, str))
        out.setdefault(hosts["partner"], []).append(
            (PARTNER_CAPTION, ["Partner", "Rol", "Bijdrage in natura"], _partner_rows(rng, text)))
    if "plan" in hosts:
        out.setdefault(hosts["plan"], []).append(
            (PLAN_CAPTION, ["Fase", "Start", "Gereed", "Mijlpaal"], plan))
    if "kpi" in hosts:
        out.setdefault(hosts["kpi"], []).append(
            (KPI_CAPTION, ["Indicator", "Nulmeting 2018", "Streefwaarde 2022", "Eenheid"], kpi))
    return out


# --- the document ------------------------------------------------------------------------


class _DistractorTruth(Truth):
    def __init__(self, dossier: source.Dossier, style: str):
        super().__init__(dossier, style)
        self.printed: dict[str, list[int]] = {}  # per project title, its tables as printed

    def record(self) -> dict:
        return {**super().record(), "table_order": self.printed}


def render_distractors(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)
    office = f"Programmabureau Regio Deal {name}".strip()

    def once(info):
        truth = _DistractorTruth(dossier, "distractors")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "distractors"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(office, SANS), 8)
            y = HEIGHT - 1.5 * cm
            canv.drawString(MARGIN_X, y, office)
            canv.drawRightString(WIDTH - MARGIN_X, y, "Projectvoorstellen")
            canv.setStrokeColor(GREY)
            canv.setLineWidth(0.4)
            canv.line(MARGIN_X, y - 4, WIDTH - MARGIN_X, y - 4)
            canv.setFont(SANS, 8)
            canv.drawRightString(WIDTH - MARGIN_X, 1.2 * cm, f"Pagina {canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(MARGIN_X, BOTTOM, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = [para(f"Projectvoorstellen Regio Deal {name}".strip(), st["doc"]),
                       para(office, st["doc2"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.theme, st["theme"], truth.heading(p)))
            story.append(para(pr.title, st["title"], truth.heading(p)))
            extra = _distractors(pr)
            printed = truth.printed[pr.title] = []

            def funding(t: source.Table) -> list:
                printed.append(sum(k >= 0 for k in printed))
                return _funding_table(t, st, rec)

            def distractor(caption, header, rows) -> list:
                printed.append(-1 - sum(k < 0 for k in printed))
                return _distractor(caption, header, rows, st, rec)

            for i, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += funding(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                pending = extra.get(i, [])
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += funding(item)
                        continue
                    story.append(field_para(item, st["body"], st["item"], rec))
                    for caption, header, rows in pending:
                        story += distractor(caption, header, rows)
                    pending = []
                for caption, header, rows in pending:  # a field without a text paragraph
                    story += distractor(caption, header, rows)
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
