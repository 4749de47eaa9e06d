"""One more house style for the layout zoo (see zoo.py), held out: the dossier as a regional
programme office's financial system prints it.

- ledgerprint: the look of an AFAS / Exact / SAP "projectrapportage" report exported to PDF.
          A4 LANDSCAPE, margins 1.5 cm left and right. A report header block on every page:
          the organisation ("Programmabureau Regio Deal <name>") left, "Projectrapportage
          Regio Deal <name>" centred (bold), "Datum: 30-11-2026  Pagina N/M" right, a thick
          (1.6pt) rule under it. Page footer "Gegenereerd door AFAS Profit op 30-11-2026
          14:02" left in 7pt grey. Projects flow on (a new page where less than 4 cm is
          left). Each project is a block: a light grey shaded bar across the text width
          holding "Projectnr. RD-2018-0NN   <title>" (bold 10pt; NN the project's number in
          the dossier), the theme as "Programmalijn: <theme>" (8.5pt) under the bar. The
          prose fields in a two-column key/value grid without rules: the label in the left
          column (4.5 cm, grey 8pt capitals, "OPGAVE"), the field's paragraphs in the right
          column (Helvetica 9pt on 12pt); a long text wraps in the right column and breaks
          over pages, the label is not repeated on the next page. A table inside a field
          stands in the right column.
          FUNDING TABLES in the report font (DejaVu Sans Condensed, 8pt), across the text
          width (the row-label column about 30%, the value columns sharing the rest, each at
          most 3.4 cm; the table left-aligned): header cells in capitals, bold, right-aligned,
          " (EUR)" after every leaf header of a table that holds bare amounts ("TOTAAL
          (EUR)", "2025 (EUR)") unless it names EUR already; a group
          header centred over its members; the table's label in capitals over the row
          labels. A single 0.6pt rule under the header, no other rules in the body; the
          Totaal row in bold with a rule above it and a DOUBLE rule below it. Amounts printed
          as the system does, with TWO DECIMALS: a bare amount "1.650.000" (or "450") is
          printed "1.650.000,00" ("450,00"); a nil "-" or ".-" is printed "0,00"; footnote marks stay right
          after the amount ("7.500.000,00*", "0,00*"). Everything else (an amount with a unit
          "6,33 mln.", "€ 150.000", words, empty cells) is printed as
          transcribed. Amounts right-aligned, words left-aligned. Header repeated where a
          table breaks over a page. Table footnotes under the table as "Opmerkingen:"
          followed by one line per footnote (7.5pt); the project's notes likewise as
          "Opmerkingen:" lines at the end of its block.
          The truth records, in its "raw" object, every cell printed otherwise than the
          transcription (keyed as tests/golden/<dossier>_cells.csv keys cells; the printed
          text is the same function of the transcribed text as on the page).
"""

from __future__ import annotations

import re

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Flowable, Frame, Indenter, PageTemplate,
                                Spacer, Table, TableStyle)

from . import source
from .zoo_common import (build_until_stable, cell_list, Doc, dossier_name, font_for, is_total, meta,
                         para, register_fonts, Truth)

WIDTH, HEIGHT = landscape(A4)
MARGIN_X = 1.5 * cm
TOP, BOTTOM = 2.5 * cm, 1.6 * cm
LABEL_W = 4.5 * cm
GREY = colors.HexColor("#6E6E6E")
BAR = colors.HexColor("#D9DEE4")
SYSTEM = "AFAS Profit"
DATE, TIME = "30-11-2026", "14:02"
SANS, BOLD = "Helvetica", "Helvetica-Bold"
TF, TFB = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold"

_AMOUNT = re.compile(r"(\d{1,3}(?:\.\d{3})*)(\**)")
_NIL = re.compile(r"\.?-(\**)")


def printed(text: str) -> str:
    """How the system prints a transcribed cell."""
    s = text.strip()
    if m := _AMOUNT.fullmatch(s):
        return f"{m.group(1)},00{m.group(2)}"
    if m := _NIL.fullmatch(s):
        return f"0,00{m.group(1)}"
    return text


def _numeric(text: str) -> bool:
    return bool(re.fullmatch(r"[€\s\d.,*\-]*(mln\.?)?[\s*]*", text.strip()))


class LabeledPara(Flowable):
    """A paragraph in the value column with its field's label in the key column beside its
    first line; where the paragraph breaks, its rest goes on without the label."""

    def __init__(self, label, body):
        super().__init__()
        self.label, self.body = label, body

    def wrap(self, aw, ah):
        self._bw, self._bh = self.body.wrap(aw, ah)
        self._lw, self._lh = self.label.wrap(LABEL_W - 8, ah)
        self.width, self.height = aw, max(self._bh, self._lh + 1)
        return self.width, self.height

    def split(self, aw, ah):
        parts = self.body.split(aw, ah)
        if not parts:
            return []
        return [LabeledPara(self.label, parts[0]), *parts[1:]]

    def getSpaceBefore(self):
        return self.body.getSpaceBefore()

    def getSpaceAfter(self):
        return self.body.getSpaceAfter()

    def drawOn(self, canv, x, y, _sW=0):
        self.body.drawOn(canv, x, y + self.height - self._bh)
        self.label.drawOn(canv, x, y + self.height - self._lh - 1)


def _styles() -> dict:
    return {
        "label": ParagraphStyle("lp-label", fontName=SANS, fontSize=8, leading=11,
                                textColor=GREY),
        "body": ParagraphStyle("lp-body", fontName=SANS, fontSize=9, leading=12,
                               leftIndent=LABEL_W, spaceAfter=4),
        "bar": ParagraphStyle("lp-bar", fontName=BOLD, fontSize=10, leading=13),
        "theme": ParagraphStyle("lp-theme", fontName=SANS, fontSize=8.5, leading=11,
                                spaceBefore=2, spaceAfter=6),
        "tlabel": ParagraphStyle("lp-tl", fontName=TFB, fontSize=8, leading=10),
        "thead": ParagraphStyle("lp-th", fontName=TFB, fontSize=8, leading=10,
                                alignment=TA_RIGHT),
        "tgroup": ParagraphStyle("lp-tg", fontName=TFB, fontSize=8, leading=10,
                                 alignment=TA_CENTER),
        "tbody": ParagraphStyle("lp-tb", fontName=TF, fontSize=8, leading=10),
        "tbody_b": ParagraphStyle("lp-tbb", fontName=TFB, fontSize=8, leading=10),
        "tamount": ParagraphStyle("lp-ta", fontName=TF, fontSize=8, leading=10,
                                  alignment=TA_RIGHT),
        "tamount_b": ParagraphStyle("lp-tab", fontName=TFB, fontSize=8, leading=10,
                                    alignment=TA_RIGHT),
        "ttext": ParagraphStyle("lp-tt", fontName=TF, fontSize=8, leading=10,
                                alignment=TA_LEFT),
        "ttext_b": ParagraphStyle("lp-ttb", fontName=TFB, fontSize=8, leading=10,
                                  alignment=TA_LEFT),
        "opm_h": ParagraphStyle("lp-oh", fontName=TFB, fontSize=7.5, leading=9.5,
                                spaceBefore=4),
        "opm": ParagraphStyle("lp-o", fontName=TF, fontSize=7.5, leading=9.5),
    }


def _table(t: source.Table, st, rec, width: float) -> list:
    n = t.columns
    lines = len(t.header)
    placed = t.header_cells()
    money = any(_AMOUNT.fullmatch(x.strip()) for r in t.rows for x in r[1:])
    rows = [[""] * (n + 1) for _ in range(max(lines, 1))]
    cmds = []
    rows[0][0] = para(t.label.upper(), st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in placed:
        text = h.text.upper()
        if h.columns > 1:
            style = st["tgroup"]
        else:
            style = st["thead"]
            if (text and "EUR" not in text and money
                    and h.line + h.lines == lines):
                text += " (EUR)"
        rows[h.line][h.column] = para(text, style, rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        bold = is_total(body[0])
        row = [para(body[0], st["tbody_b" if bold else "tbody"], rec)]
        for text in list(body[1:]) + [""] * (n + 1 - len(body)):
            out = printed(text)
            key = ("tamount" if _numeric(out) else "ttext") + ("_b" if bold else "")
            row.append(para(out, st[key], rec))
        rows.append(row)
    head = max(lines, 1)
    label_w = max(0.3 * width, width - n * 3.4 * cm)
    widths = [label_w] + [(width - label_w) / n] * n
    cmds += [("VALIGN", (0, 0), (-1, head - 1), "BOTTOM"),
             ("VALIGN", (0, head), (-1, -1), "TOP"),
             ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
             ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
             ("LINEBELOW", (0, head - 1), (-1, head - 1), 0.6, colors.black)]
    for k, body in enumerate(t.rows):
        if is_total(body[0]):
            r = head + k
            cmds += [("LINEABOVE", (0, r), (-1, r), 0.6, colors.black),
                     ("LINEBELOW", (0, r), (-1, r), 0.5, colors.black, None, None, None, 2, 1.5)]
    table = Table(rows, colWidths=widths, repeatRows=head, style=TableStyle(cmds),
                  hAlign="LEFT")
    out = [Spacer(0, 6), table]
    if t.footnotes:
        out.append(para("Opmerkingen:", st["opm_h"], rec))
        out += [para(f, st["opm"], rec) for f in t.footnotes]
    return out + [Spacer(0, 8)]


def _raw_record(dossier: source.Dossier) -> dict:
    """Cells printed otherwise than transcribed, keyed as the hand-written cell list keys
    them ("<project>|<table>|<row>|<column>")."""
    titles = {pr.title for pr in dossier.projects}
    out = {}
    for g in cell_list(dossier):
        if g["project"] in titles and printed(g["raw"]) != g["raw"]:
            out[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = printed(g["raw"])
    return out


def render_ledgerprint(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    org = f"Programmabureau Regio Deal {name}"
    report = f"Projectrapportage Regio Deal {name}"
    fw = WIDTH - 2 * MARGIN_X

    def once(info):
        truth = Truth(dossier, "ledgerprint")
        doc = Doc(str(pdf_path), truth, pagesize=(WIDTH, HEIGHT), leftMargin=MARGIN_X,
                  rightMargin=MARGIN_X, topMargin=TOP, bottomMargin=BOTTOM,
                  **meta(dossier, "ledgerprint"))

        def furniture(canv, d):
            page = canv.getPageNumber()
            y = HEIGHT - 1.4 * cm
            canv.saveState()
            canv.setFont(font_for(org, SANS), 8.5)
            canv.drawString(MARGIN_X, y, org)
            canv.setFont(font_for(report, BOLD), 11)
            canv.drawCentredString(WIDTH / 2, y, report)
            canv.setFont(SANS, 8.5)
            canv.drawRightString(WIDTH - MARGIN_X, y,
                                 f"Datum: {DATE}  Pagina {page}/{max(info['total'], page)}")
            canv.setLineWidth(1.6)
            canv.line(MARGIN_X, y - 0.3 * cm, WIDTH - MARGIN_X, y - 0.3 * cm)
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN_X, 0.9 * cm, f"Gegenereerd door {SYSTEM} op {DATE} {TIME}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(
            MARGIN_X, BOTTOM, fw, HEIGHT - TOP - BOTTOM, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0)], onPage=furniture)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            bar = Table([[para(f"Projectnr. RD-2018-{p + 1:03d}\u00a0\u00a0\u00a0{pr.title}",
                               st["bar"], truth.heading(p))]], colWidths=[fw],
                        style=TableStyle([("BACKGROUND", (0, 0), (-1, -1), BAR),
                                          ("LEFTPADDING", (0, 0), (-1, -1), 5),
                                          ("TOPPADDING", (0, 0), (-1, -1), 3),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
            theme = para(f"Programmalijn: {pr.theme}", st["theme"], rec)
            theme.keepWithNext = 1
            story += [CondPageBreak(4 * cm), Spacer(0, 10 if p else 0), bar, theme]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, fw)
                    continue
                label = para(row.label.upper(), st["label"], rec)
                first = True
                for item in row.content:
                    if isinstance(item, source.Table):
                        if first:
                            story.append(label)
                        story += [Indenter(left=LABEL_W),
                                  *_table(item, st, rec, fw - LABEL_W),
                                  Indenter(left=-LABEL_W)]
                    else:
                        q = para(item, st["body"], rec)
                        story.append(LabeledPara(label, q) if first else q)
                    first = False
                if first:  # a field without content: its label alone
                    story.append(LabeledPara(label, para("", st["body"], rec)))
            if pr.notes:
                story.append(para("Opmerkingen:", st["opm_h"], rec))
                for note in pr.notes:
                    for k, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if k == 0 else text,
                                          st["opm"], rec))
        doc.build(story)
        return truth

    record = build_until_stable(once)
    raw = _raw_record(dossier)
    if raw:
        record["raw"] = raw
    return record
