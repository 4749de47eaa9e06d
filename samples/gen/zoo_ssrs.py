"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a PAGINATED
REPORT from SQL Server Reporting Services / Power BI Report Builder (an .rdl report on the
province's project database), exported to PDF: page header and footer bands, every project a
GROUP of the report, its prose fields the rows of a two-column TABLIX of bordered textboxes, its
funding table a second tablix whose column header repeats on every page and whose totals are a
bold GROUP FOOTER row.

- ssrs:   A4 portrait, the report's margins 1.5 cm left and right, 1.0 cm top and bottom (an 18 cm
          body). An Arial-like sans throughout (Helvetica; DejaVu Sans for a text holding a
          character it lacks). EVERY TEXTBOX DRAWS ITS OWN BORDER, 1pt light grey (#D3D3D3), 2pt
          padding on every side: where two textboxes meet, both draw the shared edge (the PDF holds
          every inner rule twice, on the same coordinates).
          PAGE HEADER band on every page (1.9 cm): the report's name "Projectvoorstellen Regio
          Deal" (11pt bold, dark blue #1F3864) at the left, under it the report's PARAMETERS
          "Regio: <Name> | Ronde: <year> | Status: Ingediend" (8pt grey #595959); at the right
          "Programmabureau Regio Deal <Name>" (8pt grey) level with the name; a 1pt #D3D3D3 line
          under the band. PAGE FOOTER band on every page: "Gedrukt op <d-m-yyyy hh:mm> door
          PROVINCIE\\jdevries — Pagina N van M" (7.5pt grey) at the left, no rule.
          BODY: page 1 opens with the report title textbox "Overzicht projectvoorstellen" (14pt
          bold) and "Aantal projecten: <K>" (8pt grey). The projects FLOW ON (no page break between
          group instances; a group starts on a new page only where less than 3 cm is left).
          GROUP HEADER of each project: one row of two textboxes across the body, FILLED dark blue
          (#1F4E79), white bold 10pt: "Project <k>" (2.6 cm) and the project's TITLE; under it a
          row "Thema" | the theme on a light blue fill (#DDEBF7), 8pt.
          PROSE TABLIX: each field one row of two textboxes: the LABEL textbox (4.0 cm, fill
          #F2F2F2, the label as transcribed in bold 8pt, top-aligned) and the VALUE textbox
          (14.0 cm, CanGrow, no fill) holding the field's paragraphs in 9pt on 11pt, 3pt apart, a
          list item keeping the source's marker and hanging on it. The two textboxes of a row
          are as tall as the taller. A row taller than the room left SPLITS over pages as the
          PDF renderer splits a CanGrow textbox: both textboxes are closed at the page foot and
          reopened at the top of the next page, the label NOT repeated (its textbox there empty
          but filled and bordered). A table inside a field is a NESTED TABLIX inside the value
          textbox where the transcription places it (same textbox style, 7.5pt), the field's
          text going on under it. The fields before the investment table form one tablix, those
          after it another (the tablixes 6pt apart).
          FUNDING TABLIX (the investment table) across the body: the row-label column 4.5 cm, the
          value columns sharing the rest equally (fixed widths, a text too wide wraps). COLUMN
          HEADER row(s) on the light blue fill, bold 8pt: the table's label in the corner cell
          (spanning the header lines), each amount header right-aligned, a group header
          ("Publiek") centred over its members in a merged textbox; REPEATED ON EVERY PAGE the
          tablix continues on (the transcription's own page breaks are not followed). DETAIL
          rows 8pt, no fill: row labels left, every value right-aligned, as transcribed. A
          Totaal row (a label starting with "Totaal") is the GROUP FOOTER row: bold, filled
          #F2F2F2. Table footnotes in a textbox under the tablix, 7.5pt.
          The project's notes in a last textbox of the group, 7.5pt, each "<mark> <text>".

Every cell prints as transcribed (no "raw"). A project runs from its group header to the page of
its last field text, table cell or note.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _grid
from .zoo_common import Doc, Truth, build_until_stable, dossier_name, field_para, meta, para, register_fonts

WIDTH, HEIGHT = A4
ML = MR = 1.5 * cm
MT = MB = 1.0 * cm
HEADER_H, FOOTER_H = 1.9 * cm, 1.0 * cm
BW = WIDTH - ML - MR
LABEL_W = 4.0 * cm
TABLE_LABEL_W = 4.5 * cm
PAD = 2.0
BORDER = colors.HexColor("#D3D3D3")
NAVY = colors.HexColor("#1F3864")
BAND = colors.HexColor("#1F4E79")
LIGHT = colors.HexColor("#DDEBF7")
GREYFILL = colors.HexColor("#F2F2F2")
GREY = colors.HexColor("#595959")

# The report's run: (round, printed at) per dossier; a default for any other.
RUNS = {"twente": ("2018", "14-3-2019 10:22"), "zeeland": ("2023", "7-11-2023 09:41")}


def _styles():
    def s(name, font="Helvetica", size=9.0, leading=11.0, **kw):
        return ParagraphStyle(f"ssrs-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "title": s("title", "Helvetica-Bold", 14, 17, spaceAfter=2),
        "count": s("count", size=8, leading=10, textColor=GREY, spaceAfter=8),
        "band": s("band", "Helvetica-Bold", 10, 12, textColor=colors.white),
        "theme_l": s("theme_l", "Helvetica-Bold", 8, 10),
        "theme": s("theme", size=8, leading=10),
        "label": s("label", "Helvetica-Bold", 8, 10),
        "body": s("body", spaceAfter=3),
        "item": s("item", spaceAfter=3, leftIndent=11, bulletIndent=0),
        "tlabel": s("tl", "Helvetica-Bold", 8, 10),
        "thead": s("th", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tgroup": s("tg", "Helvetica-Bold", 8, 10, alignment=TA_CENTER),
        "tbody": s("tb", size=8, leading=10), "tbody_b": s("tbb", "Helvetica-Bold", 8, 10),
        "tamount": s("ta", size=8, leading=10, alignment=TA_RIGHT),
        "tamount_b": s("tab", "Helvetica-Bold", 8, 10, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7.5, leading=9.5),
        "note": s("note", size=7.5, leading=9.5, spaceAfter=1.5),
    }


def _nested_styles(st):
    """The nested tablix's smaller type (7.5pt)."""
    return {k: ParagraphStyle(f"{v.name}-n", v, fontSize=7.5, leading=9.5)
            for k, v in st.items() if k.startswith("t")}


def _boxes(n_rows: int, n_cols: int, spans) -> list:
    """A BOX command for every textbox (a merged one once), so shared edges are drawn twice."""
    covered = set()
    cmds = []
    for (c0, r0), (c1, r1) in spans:
        cmds.append(("BOX", (c0, r0), (c1, r1), 1, BORDER))
        covered |= {(c, r) for c in range(c0, c1 + 1) for r in range(r0, r1 + 1)}
    for r in range(n_rows):
        for c in range(n_cols):
            if (c, r) not in covered:
                cmds.append(("BOX", (c, r), (c, r), 1, BORDER))
    return cmds


def _tablix(t: source.Table, st, rec, width: float, repeat: bool) -> Table:
    rows, spans, _, totals = _grid(t, st, rec)
    lines, n = len(t.header), t.columns
    label_w = min(TABLE_LABEL_W, width * 0.3)
    widths = [label_w] + [(width - label_w) / n] * n
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
            ("BACKGROUND", (0, 0), (-1, lines - 1), LIGHT)]
    cmds += [("SPAN", a, b) for a, b in spans]
    cmds += [("BACKGROUND", (0, r), (-1, r), GREYFILL) for r in totals]
    cmds += _boxes(len(rows), n + 1, spans)
    return Table(rows, colWidths=widths, repeatRows=lines if repeat else 0,
                 style=TableStyle(cmds), hAlign="LEFT")


class _Row(Flowable):
    """One row of the prose tablix: a filled label textbox and a CanGrow value textbox holding
    `items` (paragraphs, nested tables) stacked; splits between or inside its items, the label
    only on the first part."""

    GAP = 3.0

    def __init__(self, label, items, fill=GREYFILL, label_w=LABEL_W):
        super().__init__()
        self.label, self.items, self.fill, self.label_w = label, list(items), fill, label_w

    def _inner(self, aW):
        return aW - self.label_w - 2 * PAD

    def wrap(self, aW, aH):
        self.aW = aW
        iw = self._inner(aW)
        self.hs = [it.wrap(iw, 1e6)[1] for it in self.items]
        body = sum(self.hs) + self.GAP * max(0, len(self.items) - 1)
        lab = self.label.wrap(self.label_w - 2 * PAD, 1e6)[1] if self.label is not None else 0
        self.height = max(body, lab) + 2 * PAD
        return aW, self.height

    def split(self, aW, aH):
        self.wrap(aW, aH)
        if self.height <= aH:
            return [self]
        iw = self._inner(aW)
        room = aH - 2 * PAD
        used, head = 0.0, []
        for k, (it, h) in enumerate(zip(self.items, self.hs)):
            gap = self.GAP if head else 0.0
            if used + gap + h <= room:
                head.append(it)
                used += gap + h
                continue
            parts = it.split(iw, room - used - gap) if room - used - gap > 12 else []
            if len(parts) >= 2:
                head.append(parts[0])
                rest = list(parts[1:]) + self.items[k + 1:]
            else:
                rest = self.items[k:]
            break
        else:
            return [self]
        if not head:
            return []
        return [_Row(self.label, head, self.fill, self.label_w),
                _Row(None, rest, self.fill, self.label_w)]

    def draw(self):
        c = self.canv
        h, lw = self.height, self.label_w
        c.saveState()
        c.setFillColor(self.fill)
        c.rect(0, 0, lw, h, stroke=0, fill=1)
        c.setStrokeColor(BORDER)
        c.setLineWidth(1)
        c.rect(0, 0, lw, h, stroke=1, fill=0)          # the label textbox's own border
        c.rect(lw, 0, self.aW - lw, h, stroke=1, fill=0)  # the value textbox's own border
        c.restoreState()
        if self.label is not None:
            _, lh = self.label.wrap(lw - 2 * PAD, 1e6)
            self.label.drawOn(c, PAD, h - PAD - lh)
        y = h - PAD
        iw = self._inner(self.aW)
        for it in self.items:
            _, ih = it.wrap(iw, 1e6)
            y -= ih
            it.drawOn(c, lw + PAD, y)
            y -= self.GAP


class _Box(Flowable):
    """A single textbox across the body: bordered, optionally filled, its paragraphs stacked."""

    def __init__(self, items, fill=None, gap=1.5):
        super().__init__()
        self.items, self.fill, self.gap = items, fill, gap

    def wrap(self, aW, aH):
        self.aW = aW
        self.hs = [it.wrap(aW - 2 * PAD, 1e6)[1] for it in self.items]
        self.height = sum(self.hs) + self.gap * (len(self.items) - 1) + 2 * PAD
        return aW, self.height

    def draw(self):
        c = self.canv
        c.saveState()
        if self.fill is not None:
            c.setFillColor(self.fill)
            c.rect(0, 0, self.aW, self.height, stroke=0, fill=1)
        c.setStrokeColor(BORDER)
        c.setLineWidth(1)
        c.rect(0, 0, self.aW, self.height, stroke=1, fill=0)
        c.restoreState()
        y = self.height - PAD
        for it, h in zip(self.items, self.hs):
            y -= h
            it.drawOn(c, PAD, y)
            y -= self.gap


def _field_rows(fields, st, nst, rec) -> list:
    out = []
    for f in fields:
        items = []
        for item in f.content:
            if isinstance(item, source.Table):
                items.append(_tablix(item, nst, rec, BW - LABEL_W - 2 * PAD, repeat=False))
                items += [para(fn, nst["tfoot"], rec) for fn in item.footnotes]
            else:
                items.append(field_para(item, st["body"], st["item"], rec))
        if not items:
            items = [para("", st["body"], rec)]
        out.append(_Row(para(f.label, st["label"], rec), items))
    return out


def render_ssrs(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    nst = _nested_styles(st)
    name = dossier_name(dossier)
    rnd, printed = RUNS.get(name.lower(), ("2018", "14-3-2019 10:22"))

    def once(info):
        truth = Truth(dossier, "ssrs")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR,
                  topMargin=MT + HEADER_H, bottomMargin=MB + FOOTER_H, **meta(dossier, "ssrs"))

        def bands(canv, d):
            canv.saveState()
            top = HEIGHT - MT
            canv.setFillColor(NAVY)
            canv.setFont("Helvetica-Bold", 11)
            canv.drawString(ML, top - 13, "Projectvoorstellen Regio Deal")
            canv.setFillColor(GREY)
            canv.setFont("Helvetica", 8)
            canv.drawRightString(WIDTH - MR, top - 13, f"Programmabureau Regio Deal {name}")
            canv.drawString(ML, top - 26, f"Regio: {name} | Ronde: {rnd} | Status: Ingediend")
            canv.setStrokeColor(BORDER)
            canv.setLineWidth(1)
            y = HEIGHT - MT - HEADER_H + 0.5 * cm
            canv.line(ML, y, WIDTH - MR, y)
            canv.setFont("Helvetica", 7.5)
            canv.drawString(ML, MB + 0.35 * cm,
                            f"Gedrukt op {printed} door PROVINCIE\\jdevries \u2014 "
                            f"Pagina {canv.getPageNumber()} van {info['total'] or 0}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("report", [Frame(
            ML, MB + FOOTER_H, BW, HEIGHT - MT - MB - HEADER_H - FOOTER_H,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)], onPage=bands)])

        story = [para("Overzicht projectvoorstellen", st["title"]),
                 para(f"Aantal projecten: {len(dossier.projects)}", st["count"])]
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            head = truth.heading(p)
            band = Table([[para(f"Project {p + 1}", st["band"], head), para(pr.title, st["band"], head)],
                          [para("Thema", st["theme_l"], rec), para(pr.theme, st["theme"], rec)]],
                         colWidths=[2.6 * cm, BW - 2.6 * cm], hAlign="LEFT",
                         style=TableStyle([("BACKGROUND", (0, 0), (-1, 0), BAND),
                                           ("BACKGROUND", (0, 1), (-1, 1), LIGHT),
                                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), PAD),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                                           ("TOPPADDING", (0, 0), (-1, 0), 4),
                                           ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
                                           ("TOPPADDING", (0, 1), (-1, 1), PAD),
                                           ("BOTTOMPADDING", (0, 1), (-1, 1), PAD)]
                                          + _boxes(2, 2, [])))
            story += [CondPageBreak(3 * cm), Spacer(0, 10 if p else 0), band]
            pending: list = []

            def flush():
                nonlocal pending
                if pending:
                    story.extend([Spacer(0, 6)] + _field_rows(pending, st, nst, rec))
                    pending = []

            for row in pr.rows:
                if isinstance(row, source.Table):
                    flush()
                    story += [Spacer(0, 6), _tablix(row, st, rec, BW, repeat=True)]
                    if row.footnotes:
                        story.append(_Box([para(f, st["tfoot"], rec) for f in row.footnotes]))
                else:
                    pending.append(row)
            flush()
            if pr.notes:
                notes = [para(f"{n.mark} {t}" if j == 0 else t, st["note"], rec)
                         for n in pr.notes for j, t in enumerate(n.text or ("",))]
                story += [Spacer(0, 6), _Box(notes)]
        doc.build(story)
        return truth

    return build_until_stable(once)
