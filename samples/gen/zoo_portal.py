"""One more house style for the layout zoo (see zoo.py), held out: the PDF a government
subsidy portal (RVO's "eLoket", a province's "subsidieportaal") generates from applications
submitted online, one application form per project, printed from the web form.

- portal: A4 portrait, 1.8 cm margins, a sans (Liberation Sans, Arial's metrics; else DejaVu
          Sans) at 9.5pt on 13pt, ragged right; a character the font lacks ("⁴", "₂") is set
          in DejaVu Sans on its own; a list item keeps the source's marker and hangs on it.
          PORTAL HEADER on every page, in the top margin: at the left a logo block (a blue
          0.55 cm square, "Subsidieportaal Regio Deal" in 8pt bold beside it); at the right,
          right-aligned in 8pt, "Aanvraagnummer RD-2018-<nnn>" (the project's number in the
          dossier, three digits: RD-2018-001 ... RD-2018-011) over "Ingediend op 14-05-2018
          16:32" in grey; on the cover page "Aanvragen RD-2018-001 t/m RD-2018-<last>" in
          their place; a thin (0.5pt) grey rule across the text width under both. FOOTER
          in 7pt grey: "Pagina N van M" centred, "Gegenereerd op 15-05-2018 09:12" at the
          right. Page 1 is the cover: "Overzicht ingediende aanvragen" (15pt bold), a grey
          8.5pt line "Regio Deal <name> – <k> aanvragen", then the transcription's contents
          heading ("Inhoud", 11pt bold) over a grid of the applications (columns
          "Aanvraagnummer", "Titel", "Thema", "Pagina": every cell ruled 0.5pt light grey,
          the header row light blue, the page of each application's first page right-aligned).
          Each project starts on a new page with a SECTION BAR across the text width: a dark
          grey band (#4A4A4A) holding "Aanvraag <n>: <title>" in white bold 11pt; under it
          "Thema: <theme>" in 9pt. Then the form's sections, each a bold 10.5pt dark blue
          heading with a 0.5pt rule under it, numbered as the form defines them (fixed per
          label kind, so a section the project lacks leaves its number out): "1
          Projectgegevens" (name, parties), "2 Projectinhoud" (opgave/aanleiding, aanpak,
          planning, resultaten), "3 Financiering" (inzet en co-financiering / financiering),
          "4 Begroting" (the investment tables), "5 Continuïteit" (structureel karakter,
          borging); a label of no known kind stays in the current section. Each FIELD is a
          numbered QUESTION: "<section>.<k> <label>" in bold 9.5pt (10pt above it), under it
          the portal's HELP TEXT in grey italic 8pt (one fixed instruction per label kind,
          ending in the field's maximum, "(max. 3.000 tekens)"; a generic one for an unknown
          label), then the ANSWER in a box (0.5pt light grey border, #F7F7F7 fill, 6pt
          inner margins at the sides, 5pt above and below) holding the field's paragraphs (4pt apart), and under the box at
          the right the portal's CHARACTER COUNTER in grey 7pt, "1.234 / 3.000 tekens": the
          answer's real count (its paragraphs joined by one line break each, as a text area
          counts them; a table in the field not counted). A long answer breaks across pages
          between or inside paragraphs: each page part is a box of its own (full border),
          the counter only under the last part. The section heading (where one opens), the
          label and the help text keep with the answer's first lines. TABLES are the portal's "begroting" grid in 8.5pt: every
          cell ruled 0.5pt light grey (#BFBFBF), the header lines on a light blue ground
          (#DCE8F5) in bold, a group header ("Publiek") centred over its members, single
          headers right-aligned, the first column's header "Kostenpost", row labels left
          (wrapping), amounts right-aligned exactly as typed (as transcribed: "1.650.000",
          "6,33 mln.", "-", "-*"), an empty input cell printed empty; the Totaal row (a
          label starting with "Totaal") in bold (the portal's computed totals row); header
          lines repeated where a grid breaks over a page. An investment table is a question
          of its own in section 4: "4.<k> <table label>" with the help text "Vul de begroting
          in per kostenpost en financier. Bedragen in euro's.", then the grid across the text
          width (no answer box, no counter). A table inside a field stays in that field's
          answer box where it stands among the paragraphs, the same grid at the box's inner
          width, its own label in its top-left header cell (as the applicant typed it), a
          value column holding no amount left-aligned. Table footnotes under the grid in 8pt
          as "Toelichting: <footnote text>" (the mark kept). NOTES: a web form has no page
          footnotes; the portal prints the project's notes after the answer in which their
          mark first occurs, OUTSIDE the answer box, under the counter: "Voetnoten" in bold
          8pt, then each note in 8pt, hanging on its mark ("¹ Bron: ..."), a note's further
          paragraphs as lines of their own; notes whose mark is nowhere go after the
          project's last answer. The notes are not part of the answer (the box and the
          counter hold the field's paragraphs only), so a field's text stays the
          transcription's paragraphs, which is what tests/zoo.py compares.

Every cell is printed as transcribed, so the truth record has no "raw" object; the project's
pages run from its section bar to its last answer, grid cell or note.
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (ActionFlowable, Flowable, Frame, PageBreak, PageTemplate,
                                Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_budget import _fonts, _text
from .zoo_common import build_until_stable, Doc, dossier_name, is_total, meta, page_of, para, Truth

WIDTH, HEIGHT = A4
MARGIN = 1.8 * cm
FW = WIDTH - 2 * MARGIN
HEAD_H = 1.25 * cm                    # the portal header, from the top margin down to its rule
TOP = MARGIN + HEAD_H + 0.45 * cm     # the frame's top below the header rule
BOTTOM = MARGIN + 0.8 * cm            # the frame's foot above the footer line
INK = colors.HexColor("#1A1A1A")
GREY = colors.HexColor("#6E6E6E")
RULE = colors.HexColor("#BFBFBF")
BOX_FILL = colors.HexColor("#F7F7F7")
HEAD_FILL = colors.HexColor("#DCE8F5")
BAR = colors.HexColor("#4A4A4A")
LOGO = colors.HexColor("#00689E")
SECTION = colors.HexColor("#1F3D63")
BOX_PAD_X, BOX_PAD_Y = 6.0, 5.0
COUNTER_GAP = 2.0
CELL_PAD = 3.0

SUBMITTED = "14-05-2018 16:32"
GENERATED = "15-05-2018 09:12"

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")
_MARKS = "*¹²³⁴⁵⁶⁷⁸⁹"
_AMOUNT = re.compile(r"(?:€\s?)?-?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?(?:\s?mln\.?)?|\.?-")

SECTIONS = {1: "Projectgegevens", 2: "Projectinhoud", 3: "Financiering", 4: "Begroting",
            5: "Continuïteit"}
# (words in the label, section, help text, maximum); the first that matches
KINDS = [
    (("financiering",), 3, "Licht de gevraagde rijksbijdrage en de cofinanciering per "
                           "deelnemende partij toe.", 5000),
    (("partijen",), 1, "Noem de penvoerder en alle partijen die aan het project deelnemen, met "
                       "hun rol.", 2000),
    (("naam",), 1, "Geef de naam van het project zoals die in de communicatie wordt "
                   "gebruikt.", 200),
    (("opgave",), 2, "Beschrijf de maatschappelijke opgave waar het project een antwoord op "
                     "geeft.", 3000),
    (("aanleiding",), 2, "Beschrijf de aanleiding voor het project en het knelpunt in de regio "
                         "dat het oplost.", 3000),
    (("aanpak",), 2, "Beschrijf de activiteiten, de fasering en de organisatie van het "
                     "project.", 8000),
    (("planning",), 2, "Geef de planning van het project met de belangrijkste mijlpalen.",
     2000),
    (("resultaten",), 2, "Beschrijf de resultaten en effecten die het project oplevert, zo "
                         "veel mogelijk meetbaar.", 4000),
    (("structureel",), 5, "Beschrijf hoe het project na afloop van de rijksbijdrage wordt "
                          "voortgezet.", 2000),
    (("borging",), 5, "Beschrijf hoe de resultaten na afloop van het project worden geborgd.",
     2000),
]
GENERIC = "Licht dit onderdeel toe."
GENERIC_MAX = 4000
TABLE_HELP = "Vul de begroting in per kostenpost en financier. Bedragen in euro's."


def _kind(label: str):
    low = label.casefold()
    for words, section, help_text, limit in KINDS:
        if any(w in low for w in words):
            return section, help_text, limit
    return None, GENERIC, GENERIC_MAX


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _is_amount(text: str) -> bool:
    return bool(_AMOUNT.fullmatch(text.rstrip(_MARKS).strip()))


def _styles(sans, bold, italic):
    def style(name, font=sans, size=9.5, leading=13.0, **kw):
        return ParagraphStyle(f"pt-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})

    lead = 10.6
    return {
        "body": style("body", spaceAfter=4),
        "item": style("item", leftIndent=11, firstLineIndent=-11, spaceAfter=4),
        "bar": style("bar", bold, 11, 14, textColor=colors.white),
        "theme": style("theme", sans, 9, 12, spaceBefore=5, spaceAfter=4),
        "section": style("section", bold, 10.5, 13.5, textColor=SECTION, spaceBefore=12,
                         spaceAfter=0, keepWithNext=1),
        "question": style("question", bold, 9.5, 12.5, spaceBefore=10, spaceAfter=1,
                          keepWithNext=1),
        "help": style("help", italic, 8, 10, textColor=GREY, spaceAfter=4, keepWithNext=1),
        "counter": style("counter", sans, 7, 8.5, textColor=GREY, alignment=TA_RIGHT),
        "note_h": style("note_h", bold, 8, 10, spaceBefore=3, spaceAfter=1, keepWithNext=1),
        "note": style("note", sans, 8, 10, leftIndent=8, firstLineIndent=-8, spaceAfter=1.5),
        "note_more": style("note_more", sans, 8, 10, leftIndent=8, spaceAfter=1.5),
        "tfoot": style("tfoot", sans, 8, 10, spaceBefore=3),
        "cover_h": style("cover_h", bold, 15, 19, spaceAfter=3),
        "cover_sub": style("cover_sub", sans, 8.5, 11, textColor=GREY, spaceAfter=16),
        "toc_h": style("toc_h", bold, 11, 14, spaceAfter=6),
        "tlabel": style("tl", bold, 8.5, lead),
        "thead": style("th", bold, 8.5, lead, alignment=TA_RIGHT),
        "thead_l": style("thl", bold, 8.5, lead, alignment=TA_LEFT),
        "tgroup": style("tg", bold, 8.5, lead, alignment=TA_CENTER),
        "tbody": style("tb", sans, 8.5, lead),
        "tbody_b": style("tbb", bold, 8.5, lead),
        "tamount": style("ta", sans, 8.5, lead, alignment=TA_RIGHT),
        "tamount_b": style("tab", bold, 8.5, lead, alignment=TA_RIGHT),
        "ttext": style("tt", sans, 8.5, lead, alignment=TA_LEFT),
        "ttext_b": style("ttb", bold, 8.5, lead, alignment=TA_LEFT),
    }


class _State:
    def __init__(self):
        self.app = None  # the application (project index) the page belongs to


class _SetApp(ActionFlowable):
    """Before a project's page break: the pages from here on belong to application `p`."""

    def __init__(self, state, p):
        super().__init__()
        self.state, self.p = state, p

    def apply(self, doc):
        self.state.app = self.p


class _Bar(Flowable):
    """The section bar: a dark grey band across the text width, the title in white."""

    PAD_X, PAD_Y = 7.0, 5.5

    def __init__(self, title_p):
        super().__init__()
        self.title_p = title_p

    def wrap(self, aW, aH):
        self.aW = aW
        self.th = self.title_p.wrap(aW - 2 * self.PAD_X, aH)[1]
        self.h = self.th + 2 * self.PAD_Y
        return aW, self.h

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(BAR)
        c.rect(0, 0, self.aW, self.h, stroke=0, fill=1)
        c.restoreState()
        self.title_p.drawOn(c, self.PAD_X, self.PAD_Y)


class _SectionRule(Flowable):
    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 3.0

    def draw(self):
        c = self.canv
        c.saveState()
        c.setStrokeColor(SECTION)
        c.setLineWidth(0.5)
        c.line(0, 1.5, self.aW, 1.5)
        c.restoreState()


class _Box(Flowable):
    """A question with its answer: the head (section heading, question label, help text)
    above a box holding the answer's items (paragraphs, grids) inside a light grey border on
    a light fill, the character counter under it at the right. Splits between or inside its
    items: each page part is a box of its own, the head only over the first, the counter
    only under the last; the head never stands without the answer's first lines."""

    def __init__(self, items, counter=None, head=()):
        super().__init__()
        self.items, self.counter, self.head = list(items), counter, list(head)

    def getSpaceBefore(self):
        return self.head[0].getSpaceBefore() if self.head else 0.0

    @staticmethod
    def _stack(flowables, width):
        """[(flowable, height, gap above)] and their height, gaps between them included."""
        out, total = [], 0.0
        for k, f in enumerate(flowables):
            h = f.wrap(width, 1e6)[1]
            gap = max(flowables[k - 1].getSpaceAfter(), f.getSpaceBefore()) if k else 0.0
            out.append((f, h, gap))
            total += gap + h
        return out, total

    def _head_h(self, aW):
        if not self.head:
            return [], 0.0
        placed, h = self._stack(self.head, aW)
        return placed, h + self.head[-1].getSpaceAfter()

    def _counter_h(self, aW):
        if self.counter is None:
            return 0.0
        return COUNTER_GAP + self.counter.wrap(aW, 1e6)[1]

    def wrap(self, aW, aH):
        self.aW = aW
        self.head_placed, self.head_h = self._head_h(aW)
        self.placed, content = self._stack(self.items, aW - 2 * BOX_PAD_X)
        self.box_h = content + 2 * BOX_PAD_Y
        self.h = self.head_h + self.box_h + self._counter_h(aW)
        return aW, self.h

    def split(self, aW, aH):
        iw = aW - 2 * BOX_PAD_X
        _, head_h = self._head_h(aW)
        placed, _ = self._stack(self.items, iw)
        room = aH - head_h - 2 * BOX_PAD_Y
        used = 0.0
        for k, (f, h, gap) in enumerate(placed):
            # the last item leaves room for the counter under the box
            limit = room - (self._counter_h(aW) if k == len(placed) - 1 else 0.0)
            if used + gap + h <= limit:
                used += gap + h
                continue
            # item k does not fit whole: split it, or break before it
            left = limit - used - gap
            parts = f.split(iw, left) if left > 0 else []
            if parts and len(parts) > 1:
                first = self.items[:k] + [parts[0]]
                rest = list(parts[1:]) + self.items[k + 1:]
            elif k:
                first, rest = self.items[:k], self.items[k:]
            else:
                return []
            return [_Box(first, None, self.head), _Box(rest, self.counter)]
        return []

    def draw(self):
        c = self.canv
        y = self.h
        for f, h, gap in self.head_placed:
            y -= gap + h
            f.drawOn(c, 0, y)
        top = self.h - self.head_h
        base = top - self.box_h
        c.saveState()
        c.setFillColor(BOX_FILL)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, base, self.aW, self.box_h, stroke=1, fill=1)
        c.restoreState()
        y = top - BOX_PAD_Y
        for f, h, gap in self.placed:
            y -= gap + h
            f.drawOn(c, BOX_PAD_X, y)
        if self.counter is not None:
            ch = self.counter.wrap(self.aW, 1e6)[1]
            self.counter.drawOn(c, 0, base - COUNTER_GAP - ch)


def _grid(t: source.Table, st, rec, width, first_head: str, nested: bool) -> list:
    """The portal's "begroting" grid: every cell ruled, the header lines on light blue;
    its footnotes under it as "Toelichting: ..."."""
    n, lines = t.columns, len(t.header)
    text_cols = set()
    if nested:  # a value column with no amount in it: left-aligned
        text_cols = {c for c in range(n)
                     if not any(_is_amount(r[c + 1]) for r in t.rows if r[c + 1].strip())}
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(first_head, st["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        if h.columns > 1:
            hs = st["tgroup"]
        else:
            hs = st["thead_l"] if (h.column - 1) in text_cols else st["thead"]
        rows[h.line][h.column] = para(h.text, hs, rec) if h.text else ""
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for c, text in enumerate(body[1:]):
            if not text:
                row.append("")  # an empty input cell
                continue
            key = ("ttext" if c in text_cols else "tamount") + ("_b" if bold else "")
            row.append(para(text, st[key], rec))
        rows.append(row)
    widths = _col_widths(t, lambda s: s, width, st, CELL_PAD, label_share=0.36, min_label=90.0)
    widths[-1] -= sum(widths) - width
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("GRID", (0, 0), (-1, -1), 0.5, RULE),
            ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL)]
    cmds += [("SPAN", a, b) for a, b in spans]
    if nested:
        cmds.append(("BACKGROUND", (0, lines), (-1, -1), colors.white))
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    if nested:  # some room to the answer's paragraphs around it
        table.spaceBefore, table.spaceAfter = 3.0, 5.0
    return [table] + [para(f"Toelichting: {f}", st["tfoot"], rec) for f in t.footnotes]


def _notes_block(notes, st, rec) -> list:
    out = [para("Voetnoten", st["note_h"], rec)]
    for note in notes:
        for j, text in enumerate(note.text or ("",)):
            out.append(para(f"{note.mark} {text}" if j == 0 else text,
                            st["note"] if j == 0 else st["note_more"], rec))
    return out


def _application(p: int, pr: source.Project, st, truth) -> list:
    """A project's form: the section bar, its theme, the numbered questions."""
    rec = truth.content(p)
    story: list = [_Bar(para(f"Aanvraag {p + 1}: {pr.title}", st["bar"], truth.heading(p))),
                   para(f"Thema: {pr.theme}", st["theme"], rec)]
    owner, loose = _note_owners(pr, set(range(len(pr.rows))))
    section, count = None, {}
    last_answer = None  # index in story after which loose notes go
    inner = FW - 2 * BOX_PAD_X

    def open_section(s, head):
        nonlocal section
        if s is not None and s != section:
            section = s
            head.append(para(f"{s}  {SECTIONS[s]}", st["section"], rec))
            head.append(_SectionRule())

    def question(label, help_text, head):
        s = section if section is not None else 1
        count[s] = count.get(s, 0) + 1
        head.append(para(f"{s}.{count[s]} {label}", st["question"], rec))
        head.append(para(help_text, st["help"]))
        return head

    for r, row in enumerate(pr.rows):
        head: list = []
        if isinstance(row, source.Table):
            open_section(4, head)
            question(row.label, TABLE_HELP, head)
            for f in head:
                f.keepWithNext = 1
            story += head + _grid(row, st, rec, FW, "Kostenpost", nested=False)
            last_answer = len(story)
            continue
        s, help_text, limit = _kind(row.label)
        open_section(s if s is not None else (section or 2), head)
        question(row.label, f"{help_text} (max. {_thousands(limit)} tekens)", head)
        items, notes, texts = [], [], []
        for i, item in enumerate(row.content or ("",)):
            if isinstance(item, source.Table):
                items += _grid(item, st, rec, inner, item.label, nested=True)
                continue
            texts.append(item)
            items.append(_text(item, st["item"] if _LIST_ITEM.match(item) else st["body"], rec))
            notes += owner.get((r, i), [])
        count_text = f"{_thousands(len(chr(10).join(texts)))} / {_thousands(limit)} tekens"
        story.append(_Box(items, para(count_text, st["counter"]), head))
        if notes:
            story += _notes_block(notes, st, rec)
        last_answer = len(story)
    if loose:
        block = _notes_block(loose, st, rec)
        if last_answer is None:
            story += block
        else:
            story[last_answer:last_answer] = block
    return story


def render_portal(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, italic = _fonts()
    st = _styles(sans, bold, italic)
    name = dossier_name(dossier)
    k = len(dossier.projects)
    number = lambda p: f"RD-2018-{p + 1:03d}"  # noqa: E731

    def once(info):
        truth = Truth(dossier, "portal")
        state = _State()
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=TOP, bottomMargin=BOTTOM, **meta(dossier, "portal"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            top = HEIGHT - MARGIN
            canv.saveState()
            # the logo block
            sq = 0.55 * cm
            canv.setFillColor(LOGO)
            canv.rect(MARGIN, top - sq, sq, sq, stroke=0, fill=1)
            canv.setFillColor(INK)
            canv.setFont(bold, 8)
            canv.drawString(MARGIN + sq + 5, top - sq / 2 - 2.8, "Subsidieportaal Regio Deal")
            # the application
            if state.app is None:
                first = f"Aanvragen {number(0)} t/m {number(k - 1)}"
            else:
                first = f"Aanvraagnummer {number(state.app)}"
            canv.setFont(sans, 8)
            canv.drawRightString(WIDTH - MARGIN, top - 8, first)
            canv.setFillColor(GREY)
            canv.drawRightString(WIDTH - MARGIN, top - 19, f"Ingediend op {SUBMITTED}")
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.5)
            canv.line(MARGIN, top - HEAD_H, WIDTH - MARGIN, top - HEAD_H)
            # footer
            canv.setFont(sans, 7)
            canv.setFillColor(GREY)
            total = max(info["total"], page)
            canv.drawCentredString(WIDTH / 2, MARGIN, f"Pagina {page} van {total}")
            canv.drawRightString(WIDTH - MARGIN, MARGIN, f"Gegenereerd op {GENERATED}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(MARGIN, BOTTOM, FW, HEIGHT - TOP - BOTTOM, leftPadding=0,
                           rightPadding=0, topPadding=0, bottomPadding=0)],
            onPage=furniture)])

        story: list = [para("Overzicht ingediende aanvragen", st["cover_h"]),
                       para(f"Regio Deal {name} – {k} aanvragen".replace("  ", " "),
                            st["cover_sub"]),
                       para(dossier.toc_heading, st["toc_h"])]
        rows = [[para(h, st["thead_l" if c < 3 else "thead"])
                 for c, h in enumerate(("Aanvraagnummer", "Titel", "Thema", "Pagina"))]]
        for p, pr in enumerate(dossier.projects):
            rows.append([para(number(p), st["tbody"]), para(pr.title, st["tbody"]),
                         para(pr.theme, st["tbody"]), para(page_of(info, p), st["tamount"])])
        widths = [2.7 * cm, None, 5.0 * cm, 1.5 * cm]
        widths[1] = FW - sum(w for w in widths if w)
        story.append(Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT",
                           style=TableStyle([
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
                               ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                               ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                               ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL)])))

        for p, pr in enumerate(dossier.projects):
            story += [_SetApp(state, p), PageBreak()]
            story += _application(p, pr, st, truth)
        doc.build(story)
        return truth

    return build_until_stable(once)
