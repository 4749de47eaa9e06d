"""One more house style for the layout zoo (see zoo.py), held out: a programme office's Word
report in which every project opens with a shaded "Kerngegevens" box floated at the right,
the project's key figures repeated from its funding table, the first field's text wrapping
beside it.

- keyfigures: A4 portrait, 2.5 cm margins all round (a 16 cm text column). Helvetica
          (standing in for Calibri) 10.5pt on 13.5pt, ragged right, 6pt after each paragraph;
          a list item ("•", "-", "1.", "(a)") keeps its marker as text and hangs on it (14pt).
          Each project opens a new page: its title in 16pt bold dark blue, no number, no
          theme line. Right under the title, level with the top of the first field's label,
          a Word text box with square wrapping: a light blue shaded box (no border) 45% of
          the text width (7.2 cm) at the right margin, 0.32 cm of white space to the text
          on its left and 8pt under it. In it, 9.5pt: the bold heading "Kerngegevens" in
          dark blue; "Looptijd: 2018–2022"; "Trekker: <first party named in the Partijen
          field>" (the text up to the first comma, colon, bracket, full stop or " en ";
          "Regio <Name>" where that is no short organisation name); "Thema: <the project's theme>"; then
          "Totale investering" and "Gevraagde bijdrage Rijk", each followed on the next line
          by the amount in 14pt bold, taken from the Totaal row of the project's first
          investment table (the Totaal column, the Rijk column), written exactly as that
          cell is ("13.699.097", "€ 92,3 mln.", "-*"); a figure whose cell is missing or
          empty is left out with its caption. The fields run beside the box (labels and
          paragraphs set 55% of the text width less the gap, on the page's own baselines)
          until the box ends; the paragraph that crosses the box's foot continues full
          width under it, and so does everything after it. A field holding a table never
          runs beside the box.
          FIELDS one after another: the label in bold 11pt dark blue on a line of its own
          (8pt above it), the field's paragraphs under it. Project notes at the end of the
          project in 8pt, led by their mark.
          FUNDING TABLES in Word's "Light List" manner across the text column: 9pt (8pt
          from six value columns on), the header line(s) in bold between two dark blue
          rules (1pt above, 0.75pt below), a thin (0.5pt) dark blue rule under the last row,
          no vertical rules and no fills; the table's label over the row labels, a group
          header ("Publiek") centred over its members, single headers and amounts
          right-aligned exactly as transcribed, the Totaal row bold; header lines repeated
          where a table breaks over a page. Table notes 8pt under the table. A table inside
          a field stands in that field's text, in the same style.
          Running header on every page: "Regio Deal <Name> – Projectvoorstellen" right-aligned
          in 8pt grey; the page number centred in the footer, 8pt.

The box's figures are no cells and its lines no fields of the transcription: the truth
record is the plain one (every golden cell printed as transcribed, no "raw").
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (Flowable, Frame, ImageAndFlowables, PageBreak, PageTemplate,
                                Spacer, Table, TableStyle)

from . import source
from .zoo_agency import _col_widths, _grid
from .zoo_common import (Doc, Truth, build_until_stable, dossier_name, font_for, is_total, meta, notes_at_end,
                         para, register_fonts)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN                 # 16 cm
BOX_W = 0.45 * FW                       # 7.2 cm
GAP = 0.32 * cm                         # Word's default distance from text
DARK = colors.HexColor("#1F3864")       # Word's "Blue, Accent 1, Darker 50%"
SHADE = colors.HexColor("#DEEAF6")      # Word's "Blue, Accent 5, Lighter 80%"
GREY = colors.HexColor("#7F7F7F")
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.5, 13.5
PAD = 3.0

_LIST_ITEM = re.compile(r"(?:[•●○o\-–]|\d+\.|\([a-z]\))\s")


def _styles() -> dict:
    return {
        "title": ParagraphStyle("kf-title", fontName=BOLD, fontSize=16, leading=20,
                                textColor=DARK, spaceAfter=10, keepWithNext=1),
        "label": ParagraphStyle("kf-label", fontName=BOLD, fontSize=11, leading=14,
                                textColor=DARK, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": ParagraphStyle("kf-body", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               spaceAfter=6),
        "item": ParagraphStyle("kf-item", fontName=SANS, fontSize=SIZE, leading=LEAD,
                               leftIndent=14, firstLineIndent=-14, spaceAfter=3),
        "tfoot": ParagraphStyle("kf-tf", fontName=SANS, fontSize=8, leading=10, spaceBefore=2),
        "note": ParagraphStyle("kf-note", fontName=SANS, fontSize=8, leading=10,
                               leftIndent=9, firstLineIndent=-9, spaceAfter=1.5),
        "note_more": ParagraphStyle("kf-notem", fontName=SANS, fontSize=8, leading=10,
                                    leftIndent=9, spaceAfter=1.5),
        "kf_head": ParagraphStyle("kf-kh", fontName=BOLD, fontSize=11, leading=14,
                                  textColor=DARK, spaceAfter=4),
        "kf_line": ParagraphStyle("kf-kl", fontName=SANS, fontSize=9.5, leading=12.5),
        "kf_cap": ParagraphStyle("kf-kc", fontName=SANS, fontSize=9.5, leading=12.5,
                                 spaceBefore=5),
        "kf_amount": ParagraphStyle("kf-ka", fontName=BOLD, fontSize=14, leading=17,
                                    textColor=DARK),
    }


def _table_styles(size: float) -> dict:
    lead = size * 1.22

    def mk(name, font, align):
        return ParagraphStyle(f"kf-{name}-{size}", fontName=font, fontSize=size, leading=lead,
                              alignment=align)

    return {"tlabel": mk("tl", BOLD, TA_LEFT), "thead": mk("th", BOLD, TA_RIGHT),
            "tgroup": mk("tg", BOLD, TA_CENTER), "tbody": mk("tb", SANS, TA_LEFT),
            "tbody_b": mk("tbb", BOLD, TA_LEFT), "tamount": mk("ta", SANS, TA_RIGHT),
            "tamount_b": mk("tab", BOLD, TA_RIGHT)}


def _table(t: source.Table, st, rec, investment: bool) -> list:
    """Word's "Light List": bold header between dark blue rules, a thin rule under the last
    row, no vertical rules; notes 8pt under it."""
    ts = _table_styles(9 if t.columns <= 5 else 8)
    rows, spans, _, _ = _grid(t, ts, rec)
    lines = len(t.header)
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LINEABOVE", (0, 0), (-1, 0), 1.0, DARK),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.75, DARK),
            ("LINEBELOW", (0, -1), (-1, -1), 0.5, DARK)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
    widths = _col_widths(t, lambda s: s, FW, ts, PAD, label_share=0.32)
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [Spacer(0, 6 if investment else 3), table]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8 if investment else 4)]


def _paragraph(text: str, st, rec):
    return para(text, st["item" if _LIST_ITEM.match(text) else "body"], rec)


def _field(field: source.Field, st, rec) -> list:
    out = [para(field.label, st["label"], rec)]
    for item in field.content:
        if isinstance(item, source.Table):
            out += _table(item, st, rec, investment=False)
        else:
            out.append(_paragraph(item, st, rec))
    return out


# --- the key figures ------------------------------------------------------------------

_CUT = re.compile(r"[,:;(]|\.\s|(?<!-) en ")


def _lead_party(pr: source.Project, fallback: str) -> str:
    """The first party the Partijen field names ("Universiteit Twente (UT), ..." ->
    "Universiteit Twente"), or `fallback` where that is no short name."""
    field = next((r for r in pr.rows if isinstance(r, source.Field)
                  and "partijen" in r.label.lower()), None)
    text = next((c for c in field.content if isinstance(c, str)), "") if field else ""
    first = _CUT.split(text, maxsplit=1)[0].strip().rstrip(".")
    if not first or len(first) > 40 or first[0].isdigit():
        return fallback
    return first


def _total_and_rijk(pr: source.Project) -> tuple[str, str]:
    """The Totaal row's Totaal and Rijk cells of the project's first investment table,
    exactly as transcribed ("" where there is none)."""
    t = next((r for r in pr.rows if isinstance(r, source.Table)), None)
    if t is None:
        return "", ""
    row = next((r for r in t.rows if is_total(r[0])), None)
    if row is None:
        return "", ""
    cols = {}
    for h in t.header_cells():
        if h.columns != 1:
            continue
        if is_total(h.text):
            cols.setdefault("total", h.column)
        elif h.text.strip().lower().startswith("rijk"):
            cols.setdefault("rijk", h.column)

    def cell(key):
        c = cols.get(key)
        return row[c].strip() if c is not None and c < len(row) else ""

    return cell("total"), cell("rijk")


class _Box(Flowable):
    """The shaded key figures box (a fixed-size flowable ImageAndFlowables can float)."""

    _oldDrawSize = None

    def __init__(self, paras):
        super().__init__()
        self.table = Table([[p] for p in paras], colWidths=[BOX_W], style=TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), SHADE),
            ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 8), ("BOTTOMPADDING", (0, -1), (-1, -1), 9)]))

    def wrap(self, aW, aH):
        self.width, self.height = self.table.wrap(BOX_W, aH)
        return self.width, self.height

    def _restrictSize(self, aW, aH):
        return self.width, self.height

    def _unRestrictSize(self):
        pass

    def draw(self):
        self.table.drawOn(self.canv, 0, 0)


def _key_figures(pr: source.Project, st, fallback: str) -> _Box:
    total, rijk = _total_and_rijk(pr)

    def line(text, style):
        return para(text, ParagraphStyle(f"{style.name}-x", style,
                                         fontName=font_for(text, style.fontName)))

    paras = [line("Kerngegevens", st["kf_head"]),
             line("Looptijd: 2018–2022", st["kf_line"]),
             line(f"Trekker: {_lead_party(pr, fallback)}", st["kf_line"]),
             line(f"Thema: {pr.theme}", st["kf_line"])]
    for caption, amount in (("Totale investering", total), ("Gevraagde bijdrage Rijk", rijk)):
        if amount:
            paras += [line(caption, st["kf_cap"]), line(amount, st["kf_amount"])]
    return _Box(paras)


def _beside(groups: list[list], box_h: float) -> int:
    """How many leading field groups to set beside the box: enough to run past its foot."""
    width = FW - BOX_W - GAP
    h = 0.0
    for k, group in enumerate(groups):
        if group is None:  # a table, or a field holding one
            return k
        for f in group:
            h += f.getSpaceBefore() + f.wrap(width, 1e6)[1] + f.getSpaceAfter()
        if h > box_h + 8:
            return k + 1
    return len(groups)


def render_keyfigures(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    running = f"Regio Deal {name} – Projectvoorstellen".replace("  ", " ")
    fallback = f"Regio {name}".strip()

    def once(info):
        truth = Truth(dossier, "keyfigures")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "keyfigures"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(font_for(running, SANS), 8)
            canv.drawRightString(WIDTH - MARGIN, HEIGHT - 1.4 * cm, running)
            canv.setFillColor(colors.black)
            canv.setFont(SANS, 8)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0,
                      rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(para(pr.title, st["title"], truth.heading(p)))
            groups = []
            for row in pr.rows:
                if isinstance(row, source.Table):
                    groups.append(None)
                    groups.append(_table(row, st, rec, investment=True))
                elif any(isinstance(c, source.Table) for c in row.content):
                    groups.append(None)
                    groups.append(_field(row, st, rec))
                else:
                    groups.append(_field(row, st, rec))
            box = _key_figures(pr, st, fallback)
            box_h = box.wrap(BOX_W, 1e6)[1]
            k = _beside(groups, box_h)
            side = [f for g in groups[:k] for f in g]
            story.append(ImageAndFlowables(box, side, imageLeftPadding=GAP,
                                           imageRightPadding=0, imageTopPadding=0,
                                           imageBottomPadding=8, imageSide="right"))
            story += [f for g in groups[k:] if g is not None for f in g]
            story += notes_at_end(pr, rec, st["note"], st["note_more"], space=8)
        doc.build(story)
        return truth

    return build_until_stable(once)
