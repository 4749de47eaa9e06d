"""One more house style for the layout zoo (see zoo.py), held out: a province's INTERNAL MEMO
typed in Word without any table for the layout: the field labels hang in a left column made
with a hanging indent and a tab stop, the short fields typed as "Label:<tab>value".

- memo:   A4 portrait, margins 2.5 cm left, 2.0 cm right, 2.5 cm top and bottom (a 16.5 cm
          type area). Helvetica (Arial's metrics; DejaVu Sans where a text has a character it
          lacks). NO RUNNING HEADER; footer on every page 1.3 cm from the foot at the left
          margin: "Provincie <Overijssel|Zeeland> | Memo | p. N" in 7pt grey.
          Page 1 opens with the memo head: "Memo" in 22pt at the left margin, "Provincie
          <province>" (11pt bold) and "Eenheid Economie en Cultuur" (8pt grey) right-aligned
          beside it; then four lines "Aan:", "Van:", "Datum:", "Onderwerp:" (each label in
          bold 9pt at the margin, a tab, the value in 10pt at 4.5 cm: "Gedeputeerde Staten",
          "Eenheid Economie en Cultuur, team Regio Deal", "12 maart 2019", "Regio Deal <Name>:
          projectvoorstellen en financiering"); a 0.75pt black rule across the type area
          under them; then an introduction in the field layout (label "Inleiding", two
          sentences, no amounts). No contents.
          Projects flow on (a new page where less than 5 cm is left): the theme in 8.5pt grey
          italic at the margin, the title in 11pt bold under it, 14pt above the theme.
          FIELDS IN A HANGING LAYOUT, set by position (no table in the PDF, no rules): the
          field's text in a TEXT COLUMN from the 4.5 cm tab to the right margin (7.0 cm to
          19.0 cm from the left edge, 12 cm), 10pt on 13pt, JUSTIFIED (a paragraph's last line
          ragged), 4pt after each paragraph, 7pt above a field; a list item keeps the source's
          marker at the tab and hangs on it (12pt). The LABEL at the left margin in bold 9pt,
          its first line on the baseline of the field's first text line; a label wider than
          2.8 cm is broken by hand over two to four lines (at a space, or after the hyphen of
          "co-": "Structureel" / "karakter", "Inzet en co-" / "financiering", "Voorgestelde" /
          "aanpak"), each label line on the baseline of the text line beside it (13pt apart);
          a field shorter than its label is padded to the label's foot. The SHORT FIELDS (a
          label naming the project's name or its parties: "Naam Project", "Projectnaam",
          "Partijen", "Betrokken partijen") are typed as "Label:<tab>value": the label with a
          colon, never broken, on the value's first line; their text ragged right (not
          justified), its later lines at the tab.
          TABLES (the investment tables and those inside a field, where they stand) as Word
          tables INDENTED TO THE TAB: from 7.0 cm to the right margin (the text column's 12
          cm), 8.5pt (down to 7pt where the columns need it), Helvetica; rules: 0.75pt above
          the header, 0.5pt under the header's last line, 0.75pt under the last row; no
          vertical rules, no rules between body rows, no fills. The table's label in the
          header's corner cell (spanning the header lines), single headers right-aligned and
          bold, a group header ("Publiek") bold, centred over its members; row labels left,
          amounts (nils, words too) right-aligned exactly as transcribed; the Totaal row NOT
          bold (plain, like every other row); the header repeated where a table breaks over
          a page (the transcription's page breaks are not followed). Table footnotes in 7.5pt
          under the table, in the text column.
          The project's notes as Word page footnotes at the foot of the page of the paragraph
          holding the mark, across the type area (from the margin), 8pt under a 3 cm rule,
          "<mark> <text>"; a note whose mark is nowhere goes with the project's last paragraph.

Every cell and field prints as transcribed: the truth record is the plain one (no "raw"). A
project runs from its theme line to the page of its last field text, table cell or note.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _note_owners
from .zoo_common import (
    LIST_ITEM,
    Doc,
    FootnoteSupport,
    Truth,
    build_until_stable,
    dossier_name,
    font_for,
    meta,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 2.5 * cm, 2.0 * cm, 2.5 * cm, 2.5 * cm
TYPE_W = WIDTH - ML - MR                 # 16.5 cm
TAB = 4.5 * cm                           # the hanging indent's tab stop
TEXT_W = TYPE_W - TAB                    # the text column, 12 cm
LABEL_W = 2.8 * cm                       # a wider label is broken by hand
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 10.0, 13.0
LSIZE = 9.0
GREY = colors.HexColor("#595959")
PROVINCES = {"twente": "Overijssel", "zeeland": "Zeeland"}
SHORT = ("naam", "partij")


def _styles() -> dict:
    def s(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"memo-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    def table(prefix, size):
        lead = round(size * 1.22, 2)
        return {
            "tlabel": s(f"{prefix}tl", BOLD, size, lead),
            "thead": s(f"{prefix}th", BOLD, size, lead, alignment=TA_RIGHT),
            "tgroup": s(f"{prefix}tg", BOLD, size, lead, alignment=TA_CENTER),
            "tbody": s(f"{prefix}tb", SANS, size, lead),
            "tbody_b": s(f"{prefix}tb", SANS, size, lead),           # Totaal row: plain
            "tamount": s(f"{prefix}ta", SANS, size, lead, alignment=TA_RIGHT),
            "tamount_b": s(f"{prefix}ta", SANS, size, lead, alignment=TA_RIGHT),
        }

    return {
        "body": s("body", alignment=TA_JUSTIFY, leftIndent=TAB, spaceAfter=4),
        "short": s("short", alignment=TA_LEFT, leftIndent=TAB, spaceAfter=4),
        "item": s("item", alignment=TA_JUSTIFY, leftIndent=TAB + 12, bulletIndent=TAB, spaceAfter=4),
        "title": s("title", BOLD, 11, 14, spaceAfter=6, keepWithNext=1),
        "theme": s("theme", "Helvetica-Oblique", 8.5, 11, textColor=GREY, spaceBefore=14, spaceAfter=1,
                   keepWithNext=1),
        "memo": s("memo", SANS, 22, 26),
        "tfoot": s("tfoot", SANS, 7.5, 9.5, leftIndent=TAB, spaceBefore=2),
        "note": s("note", SANS, 8, 10, spaceAfter=1.5),
        "table": table,
    }


def _label_lines(label: str, short: bool) -> list[str]:
    """The label as typed: a short field's "Label:" on one line; a long label broken by hand
    where wider than LABEL_W, at a space or after a hyphen."""
    if short:
        return [f"{label}:"]
    font = font_for(label, BOLD)
    pieces: list[str] = []  # words, a hyphenated word split after its hyphen(s)
    for word in label.split():
        parts = word.split("-")
        pieces += [p + "-" for p in parts[:-1]] + [parts[-1]] if len(parts) > 1 else [word]
    lines: list[str] = []
    cur = ""
    for piece in pieces:
        joined = piece if not cur else (cur + piece if cur.endswith("-") else f"{cur} {piece}")
        if cur and stringWidth(joined, font, LSIZE) > LABEL_W:
            lines.append(cur)
            cur = piece
        else:
            cur = joined
    lines.append(cur)
    return [ln for ln in lines if ln]


class _Hanging(Flowable):
    """A field's first paragraph with the field's label at the left margin, each label line
    on the baseline of the text line beside it."""

    def __init__(self, inner, lines: list[str], rec):
        super().__init__()
        self.inner, self.lines, self.rec = inner, lines, rec

    def extent(self) -> float:
        """From the paragraph's top down to the label's last line's descent."""
        return self.inner.style.leading * (len(self.lines) - 1) + SIZE + 3

    def wrap(self, aW, aH):
        self.w, self.h = self.inner.wrap(aW, aH)
        return self.w, self.h

    def getSpaceBefore(self):
        return self.inner.getSpaceBefore()

    def getSpaceAfter(self):
        return self.inner.getSpaceAfter()

    def split(self, aW, aH):
        if aH < self.extent():
            return []
        parts = self.inner.split(aW, aH)
        if not parts:
            return []
        first = _Hanging(parts[0], self.lines, self.rec)
        if first.wrap(aW, aH)[1] < self.extent() and len(parts) > 1:
            return []
        return [first] + list(parts[1:])

    def drawOn(self, canv, x, y, _sW=0):
        frame = getattr(self, "_frame", None)
        if frame is not None:
            self.inner._frame = frame
        self.inner.drawOn(canv, x, y, _sW)
        base = y + self.h - self.inner.style.fontSize  # reportlab's first baseline
        canv.saveState()
        for k, line in enumerate(self.lines):
            canv.setFont(font_for(line, BOLD), LSIZE)
            canv.drawString(x, base - k * self.inner.style.leading, line)
        canv.restoreState()
        if self.rec:
            self.rec(canv.getPageNumber())


def _table(t: source.Table, st, rec) -> list:
    """A Word table indented to the tab: top and bottom rules, a rule under the header."""
    pad = 3.0
    size = 8.5
    while True:
        ts = st["table"](f"t{size}-", size)
        widths = _col_widths(t, lambda s: s, TEXT_W, ts, pad, label_share=0.3, min_label=66.0,
                             squeeze=size <= 7.0)
        if widths is not None:
            break
        size -= 0.5
    widths[0] -= sum(widths) - TEXT_W
    n, lines = t.columns, max(len(t.header), 1)
    rows = [[""] * (n + 1) for _ in range(lines)]
    spans = []
    rows[0][0] = para(t.label, ts["tlabel"], rec)
    if lines > 1:
        spans.append(((0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, ts["tgroup"] if h.columns > 1 else ts["thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            spans.append(((h.column, h.line), (c1, r1)))
    for body in t.rows:
        cells = list(body[1:]) + [""] * (n + 1 - len(body))
        rows.append([para(body[0], ts["tbody"], rec)] + [para(c, ts["tamount"], rec) for c in cells])
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LINEABOVE", (0, 0), (-1, 0), 0.75, colors.black),
            ("LINEBELOW", (0, lines - 1), (-1, lines - 1), 0.5, colors.black),
            ("LINEBELOW", (0, -1), (-1, -1), 0.75, colors.black),
            ("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines + 1)))]
    cmds += [("SPAN", a, b) for a, b in spans]
    table = Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="RIGHT")
    return [Spacer(0, 6), table] + [para(f, st["tfoot"], rec) for f in t.footnotes] + [Spacer(0, 6)]


def _paragraph(text: str, st, base: str, rec):
    m = LIST_ITEM.match(text)
    style = st["item"] if m else st[base]
    font = font_for(text, style.fontName)
    if font != style.fontName:
        style = ParagraphStyle(f"{style.name}-{font}", style, fontName=font, bulletFontName=font)
    if m is None:
        return para(text, style, rec)
    return para("", style, rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def _field(label: str, content, st, rec, owner, r, foot, table) -> list:
    short = any(w in label.lower() for w in SHORT)
    lines = _label_lines(label, short)
    out: list = [Spacer(0, 7)]
    first = None
    for i, item in enumerate(content or ("",)):
        if isinstance(item, source.Table):
            out += table(item)
            continue
        q = _paragraph(item, st, "short" if short else "body", rec)
        if (r, i) in owner:
            q._notes, q._foot = tuple(owner[(r, i)]), foot
        if first is None:
            first = len(out)
            q = _Hanging(q, lines, rec)
        out.append(q)
    if first is None:  # a field of tables only: the label on a line of its own
        out.insert(1, _Hanging(para("", st["body"], rec), lines, rec))
        first = 1
    h = sum(f.wrap(TYPE_W, 1e6)[1] + f.getSpaceAfter() for f in out[first:])
    gap = out[first].extent() - h
    if gap > 0:
        out.append(Spacer(0, gap))
    return out


def render_memo(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    folder = Path(dossier.source).parent.name if dossier.source else ""
    province = PROVINCES.get(folder.lower(), name)
    footer = f"Provincie {province} | Memo | p. "

    def once(info):
        truth = Truth(dossier, "memo")
        owners = {id(n): p for p, pr in enumerate(dossier.projects) for n in pr.notes}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=3 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "memo"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 7)
            canv.setFillColor(GREY)
            canv.drawString(ML, 1.3 * cm, f"{footer}{canv.getPageNumber()}")
            canv.restoreState()

        frame = Frame(ML, MB, TYPE_W, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("p", [frame], onPage=on_page,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        head_right = Table([[para(f"Provincie {province}", ParagraphStyle(
            "memo-prov", fontName=BOLD, fontSize=11, leading=13, alignment=TA_RIGHT))],
            [para("Eenheid Economie en Cultuur", ParagraphStyle(
                "memo-unit", fontName=SANS, fontSize=8, leading=10, textColor=GREY, alignment=TA_RIGHT))]],
            colWidths=[6 * cm], style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        story: list = [Table([[para("Memo", st["memo"]), head_right]], colWidths=[TYPE_W - 6 * cm, 6 * cm],
                             style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                               ("VALIGN", (0, 0), (-1, -1), "TOP")])),
                       Spacer(0, 16)]
        for label, value in (("Aan", "Gedeputeerde Staten"),
                             ("Van", "Eenheid Economie en Cultuur, team Regio Deal"),
                             ("Datum", "12 maart 2019"),
                             ("Onderwerp", f"Regio Deal {name}: projectvoorstellen en financiering")):
            q = _Hanging(para(value, ParagraphStyle("memo-head", st["short"], spaceAfter=2)), [f"{label}:"], None)
            story.append(q)
        story.append(_Rule())
        story += _field("Inleiding", (
            f"In deze memo zijn de projectvoorstellen van de Regio Deal {name} samengebracht zoals de "
            f"regio ze heeft ingediend. Per project staan hieronder de opgave, de aanpak, de beoogde "
            f"resultaten en de financiering, met de bijdragen van de partners.",), st, None, {}, -1, foot,
            lambda t: [])
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story += [CondPageBreak(5 * cm), para(pr.theme, st["theme"], truth.heading(p)),
                      para(pr.title, st["title"], rec)]
            owner, loose = _note_owners(pr, set(range(len(pr.rows))))
            last = None
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    story += _table(row, st, rec)
                    continue
                part = _field(row.label, row.content, st, rec, owner, r, foot,
                              lambda t, rec=rec: _table(t, st, rec))
                story += part
                paras = [f for f in part if isinstance(f, _Hanging) or hasattr(f, "_foot")]
                if paras:
                    last = paras[-1]
            if loose:
                target = last.inner if isinstance(last, _Hanging) else last
                target._notes, target._foot = tuple(getattr(target, "_notes", ())) + tuple(loose), foot
        doc.build(story)
        return truth

    return build_until_stable(once)


class _Rule(Flowable):
    """The 0.75pt rule under the memo head, across the type area."""

    def wrap(self, aW, aH):
        self.w = aW
        return aW, 14

    def draw(self):
        self.canv.setLineWidth(0.75)
        self.canv.line(0, 7, self.w, 7)
