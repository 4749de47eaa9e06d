"""One more house style for the layout zoo (see zoo.py), held out: the projects kept as the ITEMS
OF A SHAREPOINT LIST ("Projectvoorstellen") and printed from the browser as the list's print
page, every item's DISPLAY FORM ("DispForm") one after the other: no headings at all, every
item a form of "field name | value" rows, the project's title only the value of its "Titel"
row.

- sharepointlist: A4 portrait, the browser's print margins (1.3 cm top and bottom, 1.2 cm at
          the sides, a 18.6 cm content width); a Segoe-like sans (Helvetica; DejaVu Sans for a
          text holding a character it lacks). BROWSER PRINT HEADER on every page in 7pt
          black, 0.6 cm under the top edge: the print's date and time at the left
          ("12-3-2019 10:20"), the page's title at the centre ("Projectvoorstellen -
          Afdrukweergave"); FOOTER 0.6 cm over the bottom edge: the page's URL at the left
          ("https://<name>.sharepoint.com/sites/RegioDeal<Name>/Lists/Projectvoorstellen/
          Afdrukken.aspx") and "N/M" at the right, counted over the whole print.
          Page 1 opens with the site's chrome: the SUITE BAR (a 22pt band filled #0072C6
          across the content width, "Office 365" and "SharePoint" in white 8pt bold at the
          left, "Delen" / "Volgen" at the right), under it the site logo (a 26pt #0072C6
          square holding "RD" in white) with "Regio Deal <Name>" (9pt grey, the site's name)
          over "Projectvoorstellen" (20pt, #333333, the list's name), then the breadcrumb
          "Regio Deal <Name> › Projectvoorstellen › Alle items afdrukken" (7.5pt grey) and
          22pt of white. No contents.
          Then EVERY ITEM IN TURN, NO PAGE BREAK between items (the print page stacks the
          display forms; an item starts wherever the previous one ended, 26pt under it):
          the form's TOOLBAR, a line of 8pt link-blue (#0072C6) commands "Item bewerken ·
          Versiegeschiedenis · Toegang delen · Waarschuw mij" with a 0.75pt #D8D8D8 rule under
          it; then the FORM: two columns, the LABEL COLUMN 4.6 cm wide at the left holding
          the field's name in 9pt REGULAR GREY (#777777, SharePoint's "ms-formlabel"; a long
          name wraps inside the column), the VALUE COLUMN the rest (the value in 9.5pt on
          13pt black, "ms-formbody"); 5pt padding at top and bottom, label and value aligned
          at their first lines; NO fills and NO vertical rules: only a thin 0.75pt #D8D8D8
          SEPARATOR under every row across both columns ("ms-formline").
          The ROWS, in order: "Titel" | the project's TITLE, in the same 9.5pt regular type
          as every value (the only place the title is printed: no heading, no bookmark, not in
          the browser header); "Thema" | its theme; then every field of the transcription,
          its name as transcribed, in the transcription's order: a multi-line rich text
          value, its paragraphs 5pt apart, a list item hanging on the transcription's marker
          (14pt); the transcription's investment table is the value of a row "Begroting"
          where it stands among the fields; a table inside a field sits in that field's
          value where it stands among its paragraphs. Then "Voetnoten" | the project's notes
          (each "<mark> <text>", a note's further paragraphs under it; EMPTY VALUE where the
          project has none, as SharePoint shows an empty column), "Bijlagen" |
          "Begroting_<first word of the title>.xlsx" in link blue.
          A ROW BREAKS ACROSS PAGES between or inside the value's paragraphs (or between the
          rows of a table in it) as a browser breaks a table row: the rest continues at the
          top of the next page with an EMPTY label cell (nothing repeated), the separator
          only under the row's last part.
          TABLES as the rich text editor makes them ("ms-rteTable-default"): a 0.75pt #C6C6C6
          rule round every cell, 8.5pt on 10.5pt, padding 3pt at the sides and 1.5pt top and
          bottom; THE HEADER LINES ARE <th> CELLS WITH THE BROWSER'S DEFAULTS: bold and
          CENTRED (the table's label in the top-left header cell spanning the header lines,
          centred too; a group header such as "Publiek" centred over its members; an empty
          header cell left empty), no fill; THE BODY CELLS ARE PLAIN <td>: regular weight
          (the Totaal row too) and LEFT-ALIGNED, amounts included, printed exactly as
          transcribed; EVERY CELL VERTICALLY CENTRED (the browser's default), so beside a
          wrapped row label the amounts stand at the middle of the row. Column widths by the
          browser's auto layout at the value column's width (each column its widest unwrapped
          text where the table fits, else its longest word plus a share of the rest); the
          table as wide as that, at the left of the value column. A table breaking over a
          page goes on WITHOUT its header (the editor writes no <thead>); the
          transcription's page breaks are not followed. Table footnotes under the table in
          the same value cell, 8pt.
          After the form, the item's METADATA in 7.5pt grey, one line each: "Inhoudstype:
          Projectvoorstel", "Versie: <k>.0", "Gemaakt op <date time> door <name>",
          "Gewijzigd op <date time> door <name>" (the names in link blue), then a "Sluiten"
          button (a 0.75pt grey outlined box, 8pt) at the right of the content width.

Every cell and field prints as transcribed: the truth has no "raw" and no "field_labels" (the
"Titel", "Thema", "Begroting", "Voetnoten" and "Bijlagen" rows are the list's own columns). A
project runs from its "Titel" row (the page of its title) to its "Sluiten" button (the page of
its metadata); the site chrome on page 1 belongs to no project.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    RP,
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    meta,
    para,
    register_fonts,
)

WIDTH, HEIGHT = A4
ML = MR = 1.2 * cm
MT = MB = 1.3 * cm
FW = WIDTH - ML - MR
LABEL_W = 4.6 * cm
VALUE_W = FW - LABEL_W
PAD = 5.0
VAL_PAD_L = 6.0
INNER_W = VALUE_W - VAL_PAD_L - 2.0
BLUE = colors.HexColor("#0072C6")
LABEL_GREY = colors.HexColor("#777777")
META_GREY = colors.HexColor("#666666")
LINE = colors.HexColor("#D8D8D8")
RTE = colors.HexColor("#C6C6C6")
INK = colors.black

PEOPLE = ["Jan de Vries", "Anouk Bakker", "Mehmet Yilmaz", "Sanne Jansen", "Pieter Visser", "Lotte Smit"]


def _styles():
    def s(name, font="Helvetica", size=9.5, leading=13, **kw):
        return ParagraphStyle(f"sp-{name}", fontName=font, fontSize=size, leading=leading, **kw)
    return {
        "label": s("label", size=9, leading=12, textColor=LABEL_GREY),
        "value": s("value", spaceAfter=5),
        "item": s("item", leftIndent=14, bulletIndent=0, spaceAfter=5),
        "toolbar": s("tb", size=8, leading=10, textColor=BLUE),
        "th": s("th", "Helvetica-Bold", 8.5, 10.5, alignment=TA_CENTER),
        "td": s("td", size=8.5, leading=10.5, alignment=TA_LEFT),
        "tfoot": s("tf", size=8, leading=10, spaceBefore=3),
        "note": s("note", spaceAfter=3),
        "meta": s("meta", size=7.5, leading=10, textColor=META_GREY),
        "link": s("link", textColor=BLUE),
        "crumb": s("crumb", size=7.5, leading=10, textColor=META_GREY, spaceAfter=22),
    }


def _rte_table(t: source.Table, width: float, st, rec) -> Table:
    """A rich text editor table: <th> header lines (bold, centred), plain <td> body cells (left),
    every cell middle-aligned, a light rule round every cell, no <thead> repeat."""
    n, lines = t.columns, max(len(t.header), 1)
    grid: list[list] = [[""] * (n + 1) for _ in range(lines)]
    sized = [(0, 1, t.label, st["th"])]
    cmds = [("GRID", (0, 0), (-1, -1), 0.75, RTE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    grid[0][0] = para(t.label, st["th"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        c0, c1 = h.column, h.column + h.columns - 1
        grid[h.line][c0] = para(h.text, st["th"], rec) if h.text else ""
        sized.append((c0, h.columns, h.text, st["th"]))
        if h.columns > 1 or h.lines > 1:
            cmds.append(("SPAN", (c0, h.line), (c1, h.line + h.lines - 1)))
    for body in t.rows:
        row = [para(body[0], st["td"], rec)]
        sized.append((0, 1, body[0], st["td"]))
        for c in range(n):
            cell = body[1 + c] if 1 + c < len(body) else ""
            row.append(para(cell, st["td"], rec) if cell else "")
            sized.append((1 + c, 1, cell, st["td"]))
        grid.append(row)
    widths = auto_widths(sized, n + 1, width, 6 + 1)
    return Table(grid, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")


class _Row(Flowable):
    """One row of the display form: the grey label at the left and the value's flowables at
    the right, a thin separator under it. A row that does not fit splits between or inside its
    flowables (as a browser breaks a table row); the continued part has an empty label."""

    def __init__(self, label, flows, st, continued=False, last=True, rec=None):
        super().__init__()
        self.label, self.flows, self.st = label, list(flows), st
        self.continued, self.last, self.rec = continued, last, rec
        self._tbl = None

    def _label_cell(self):
        return "" if self.continued else [para(self.label, self.st["label"], self.rec)]

    def _table(self):
        cmds = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 6),
                ("LEFTPADDING", (1, 0), (1, 0), VAL_PAD_L), ("RIGHTPADDING", (1, 0), (1, 0), 2),
                ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD)]
        if self.last:
            cmds.append(("LINEBELOW", (0, 0), (-1, -1), 0.75, LINE))
        return Table([[self._label_cell(), self.flows]], colWidths=[LABEL_W, VALUE_W],
                     style=TableStyle(cmds), hAlign="LEFT")

    def wrap(self, aW, aH):
        self._tbl = self._table()
        self.width, self.height = self._tbl.wrap(aW, 1e6)
        return self.width, self.height

    def split(self, aW, aH):
        room = aH - 2 * PAD - 1
        if room < 26:
            return []
        used, taken, rest = 0.0, [], list(self.flows)
        while rest:
            f = rest[0]
            sb = f.getSpaceBefore() if taken else 0.0
            h = f.wrap(INNER_W, 1e6)[1]
            if used + sb + h <= room:
                taken.append(f)
                rest.pop(0)
                used += sb + h + f.getSpaceAfter()
                continue
            parts = f.split(INNER_W, room - used - sb)
            if len(parts) >= 2:
                for q in parts:
                    if isinstance(f, RP):
                        q._rec = f._rec
                taken.append(parts[0])
                rest[0:1] = parts[1:]
            break
        if not taken or not rest:
            return []
        return [_Row(self.label, taken, self.st, self.continued, False, self.rec),
                _Row(self.label, rest, self.st, True, self.last, self.rec)]

    def drawOn(self, canv, x, y, _sW=0):
        self._tbl.drawOn(canv, x, y)


class _Toolbar(Flowable):
    """The display form's command line with a rule under it."""

    TEXT = "Item bewerken  ·  Versiegeschiedenis  ·  Toegang delen  ·  Waarschuw mij"

    def wrap(self, aW, aH):
        self.width, self.height = aW, 16
        return self.width, self.height

    def drawOn(self, canv, x, y, _sW=0):
        canv.saveState()
        canv.setFont("Helvetica", 8)
        canv.setFillColor(BLUE)
        canv.drawString(x, y + 5, self.TEXT)
        canv.setStrokeColor(LINE)
        canv.setLineWidth(0.75)
        canv.line(x, y, x + FW, y)
        canv.restoreState()


class _Button(Flowable):
    """The form's "Sluiten" button at the right; records the item's last page."""

    def __init__(self, rec):
        super().__init__()
        self.rec = rec

    def wrap(self, aW, aH):
        self.width, self.height = aW, 22
        return self.width, self.height

    def drawOn(self, canv, x, y, _sW=0):
        w = stringWidth("Sluiten", "Helvetica", 8) + 24
        canv.saveState()
        canv.setStrokeColor(colors.HexColor("#ABABAB"))
        canv.setFillColor(colors.HexColor("#FDFDFD"))
        canv.setLineWidth(0.75)
        canv.rect(x + FW - w, y + 2, w, 16, stroke=1, fill=1)
        canv.setFillColor(colors.HexColor("#444444"))
        canv.setFont("Helvetica", 8)
        canv.drawCentredString(x + FW - w / 2, y + 7.5, "Sluiten")
        canv.restoreState()
        if self.rec:
            self.rec(canv.getPageNumber())


class _SiteChrome(Flowable):
    """Page 1: the suite bar, the logo, the site's and the list's names."""

    def __init__(self, name):
        super().__init__()
        self.name = name

    def wrap(self, aW, aH):
        self.width, self.height = aW, 22 + 12 + 30 + 6
        return self.width, self.height

    def drawOn(self, canv, x, y, _sW=0):
        top = y + self.height
        canv.saveState()
        canv.setFillColor(BLUE)
        canv.rect(x, top - 22, FW, 22, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 8)
        canv.drawString(x + 8, top - 14, "Office 365")
        canv.drawString(x + 70, top - 14, "SharePoint")
        canv.setFont("Helvetica", 8)
        canv.drawRightString(x + FW - 8, top - 14, "Delen      Volgen")
        ly = top - 22 - 12 - 26
        canv.setFillColor(BLUE)
        canv.rect(x, ly, 26, 26, stroke=0, fill=1)
        canv.setFillColor(colors.white)
        canv.setFont("Helvetica-Bold", 10)
        canv.drawCentredString(x + 13, ly + 9, "RD")
        canv.setFillColor(META_GREY)
        canv.setFont("Helvetica", 9)
        canv.drawString(x + 36, ly + 19, f"Regio Deal {self.name}".strip())
        canv.setFillColor(colors.HexColor("#333333"))
        canv.setFont("Helvetica", 20)
        canv.drawString(x + 36, ly, "Projectvoorstellen")
        canv.restoreState()


def _value_flows(row, st, rec) -> list:
    flows = []
    for item in row.content:
        if isinstance(item, source.Table):
            flows.append(_rte_table(item, INNER_W, st, rec))
            flows += [para(f, st["tfoot"], rec) for f in item.footnotes]
        else:
            flows.append(field_para(item, st["value"], st["item"], rec))
    return flows


def _item(p: int, pr: source.Project, st, truth: Truth) -> list:
    rec = truth.content(p)
    out: list = [_Toolbar(),
                 _Row("Titel", [para(pr.title, st["value"], truth.heading(p))], st, rec=rec),
                 _Row("Thema", [para(pr.theme, st["value"], rec)], st, rec=rec)]
    for row in pr.rows:
        if isinstance(row, source.Table):
            flows = [_rte_table(row, INNER_W, st, rec)] + [para(f, st["tfoot"], rec) for f in row.footnotes]
            out.append(_Row("Begroting", flows, st, rec=rec))
        else:
            out.append(_Row(row.label, _value_flows(row, st, rec) or [para("", st["value"], rec)], st, rec=rec))
    notes = [para(f"{n.mark} {t}" if j == 0 else t, st["note"], rec)
             for n in pr.notes for j, t in enumerate(n.text or ("",))]
    out.append(_Row("Voetnoten", notes or [Spacer(0, 9)], st, rec=rec))
    word = "".join(ch for ch in pr.title.split()[0] if ch.isalnum()) or "project"
    out.append(_Row("Bijlagen", [para(f"Begroting_{word}.xlsx", st["link"], rec)], st, rec=rec))
    who_made, who_changed = PEOPLE[p % len(PEOPLE)], PEOPLE[(p * 2 + 1) % len(PEOPLE)]
    day = 4 + p
    link = BLUE.hexval()[2:]
    out += [Spacer(0, 6),
            para(None or "Inhoudstype: Projectvoorstel", st["meta"], rec),
            para(f"Versie: {2 + p % 3}.0", st["meta"], rec),
            para("", st["meta"], rec, markup=f"Gemaakt op {day}-3-2019 {9 + p % 7}:{(14 + 7 * p) % 60:02d} door "
                                              f"<font color='#{link}'>{escape(who_made)}</font>"),
            para("", st["meta"], rec, markup=f"Gewijzigd op {day + 9}-3-2019 {10 + p % 6}:{(3 + 11 * p) % 60:02d} door "
                                              f"<font color='#{link}'>{escape(who_changed)}</font>"),
            _Button(rec), Spacer(0, 26)]
    return out


def render_sharepointlist(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    host = (name.lower().replace(" ", "") or "regiodeal")
    url = f"https://{host}.sharepoint.com/sites/RegioDeal{name.replace(' ', '')}/Lists/Projectvoorstellen/Afdrukken.aspx"

    def once(info):
        truth = Truth(dossier, "sharepointlist")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=ML, rightMargin=MR, topMargin=MT,
                  bottomMargin=MB, **meta(dossier, "sharepointlist"))

        def furniture(canv, d):
            canv.saveState()
            canv.setFont("Helvetica", 7)
            canv.setFillColor(INK)
            canv.drawString(0.6 * cm, HEIGHT - 0.6 * cm, "12-3-2019 10:20")
            canv.drawCentredString(WIDTH / 2, HEIGHT - 0.6 * cm, "Projectvoorstellen - Afdrukweergave")
            page = canv.getPageNumber()
            canv.drawString(0.6 * cm, 0.6 * cm, url)
            canv.drawRightString(WIDTH - 0.6 * cm, 0.6 * cm, f"{page}/{max(info['total'], page)}")
            canv.restoreState()

        doc.addPageTemplates([PageTemplate(
            "page", [Frame(ML, MB, FW, HEIGHT - MT - MB, leftPadding=0, rightPadding=0, topPadding=0,
                           bottomPadding=0)], onPage=furniture)])
        story: list = [_SiteChrome(name),
                       para(f"Regio Deal {name} › Projectvoorstellen › Alle items afdrukken".strip(), st["crumb"])]
        for p, pr in enumerate(dossier.projects):
            story += _item(p, pr, st, truth)
        doc.build(story)
        return truth

    return build_until_stable(once)
