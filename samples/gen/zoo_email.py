"""One more house style for the layout zoo (see zoo.py), held out: the proposal as it arrived
by e-mail, printed from Outlook; the projects are in the message body as formatted text with
HTML tables.

- email:  A4 portrait, margins 1.9 cm. Every page carries the print's header line, "Outlook-
          bericht" at the left and the print date at the right in 8pt grey at the very top,
          and the page number ("<n>") at the bottom right in 8pt.
          The first page opens with the message header: the sender's name "Regio Deal <Name>
          - programmabureau" in 14pt bold, a 1.5pt black rule under it, then the header lines
          in 10pt Calibri-like sans (Helvetica), each label bold in a 2.5 cm column: "Van:"
          programmabureau@regiodeal-<name>.nl, "Verzonden:" dinsdag 12 maart 2019 16:42,
          "Aan:" regiodeals@minlnv.nl, "CC:" secretariaat@<name>.nl, "Onderwerp:" Aanvulling
          projectvoorstellen Regio Deal <Name>, "Bijlagen:" <name>_begroting.xlsx. Then a
          blank line and the body: "Geachte heer, mevrouw,", a two-sentence paragraph that
          sends the proposals, and the dossier.
          BODY 11pt on 13.5pt, no space between paragraphs but a blank line (13.5pt) after
          each (as mail clients do). The contents (the transcription's heading on a line of
          its own, bold) as a plain list: one line per project title, no page numbers.
          Each project: its title as a line in 13pt bold dark blue (#1F3864), 13.5pt before
          (and the blank line after), NO page break before it (mails flow); field labels in
          11pt bold followed by a colon on their own line ("Opgave:"), the field's text right
          under it; list items as bullets (the transcription's marker hanging), the items of
          a list without blank lines between them.
          TABLES as HTML mail tables: 0.75pt (1px) black borders round every cell (border-
          collapse), 10pt, the header line(s) bold on a light blue fill (#DEEAF6), the table's
          label the first header cell, a group header one cell over its members; padding 2pt
          top and bottom, 4pt left and right; column widths from content (each column its
          widest unwrapped text where the table fits the text width, else the room past the
          longest words shared out), the table as wide as it needs and left-aligned. Amounts
          right-aligned exactly as transcribed, words and row labels left; the Totaal row
          bold. A table breaking over a page does NOT repeat its header (mail clients don't).
          Table footnotes under the table in 9pt; the project's notes at the end of the
          project in 9pt, each led by its mark.
          At the end: "Met vriendelijke groet,", a signature block of three lines (a name,
          "Programmamanager Regio Deal <Name>", a phone number), then the mail client's
          disclaimer in 7.5pt grey (two sentences).

The transcription's page breaks are not reproduced. Amounts are printed as transcribed: the
truth has no "raw" object.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Frame, PageTemplate, Spacer, Table, TableStyle

from . import source
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    auto_widths,
    build_until_stable,
    dossier_name,
    field_para,
    is_total,
    meta,
    para,
    register_fonts,
)
from .zoo_percent import amount

WIDTH, HEIGHT = A4
MARGIN = 1.9 * cm
FW = WIDTH - 2 * MARGIN
SANS, BOLD = "Helvetica", "Helvetica-Bold"
SIZE, LEAD = 11, 13.5
TSIZE = 10
NAVY = colors.HexColor("#1F3864")
TH_FILL = colors.HexColor("#DEEAF6")
GREY = colors.HexColor("#6E6E6E")
LINE = 0.75          # 1px
PAD_V, PAD_H = 2.0, 4.0
LABEL_COL = 2.5 * cm
PRINTED = "13-3-2019 09:07"  # when the mail was printed, the day after it was sent
SENT = "dinsdag 12 maart 2019 16:42"


def _styles() -> dict:
    def st(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"em-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    tl = TSIZE * 1.2
    return {
        "sender": st("sender", BOLD, 14, 17),
        "hlabel": st("hl", BOLD, 10, 12.5),
        "hvalue": st("hv", SANS, 10, 12.5),
        "body": st("body", spaceAfter=LEAD),
        "line": st("line"),  # a line of a list or a signature: no blank line after
        "bold_line": st("boldline", BOLD, keepWithNext=1),
        "title": st("title", BOLD, 13, 16, textColor=NAVY, spaceBefore=LEAD, spaceAfter=LEAD,
                    keepWithNext=1),
        "label": st("label", BOLD, keepWithNext=1),
        "item": st("item", leftIndent=27, bulletIndent=9, bulletFontSize=SIZE),
        "item_last": st("iteml", leftIndent=27, bulletIndent=9, bulletFontSize=SIZE, spaceAfter=LEAD),
        "th": st("th", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "td": st("td", SANS, TSIZE, tl, alignment=TA_LEFT),
        "td_b": st("tdb", BOLD, TSIZE, tl, alignment=TA_LEFT),
        "num": st("num", SANS, TSIZE, tl, alignment=TA_RIGHT),
        "num_b": st("numb", BOLD, TSIZE, tl, alignment=TA_RIGHT),
        "small": st("small", SANS, 9, 11),
        "disclaimer": st("disc", SANS, 7.5, 9, textColor=GREY),
    }


# --- the message header -----------------------------------------------------------------


class _Rule(Flowable):
    """The 1.5pt black rule under the sender's name."""

    def wrap(self, aW, aH):
        self.aW = aW
        return aW, 6

    def draw(self):
        c = self.canv
        c.saveState()
        c.setLineWidth(1.5)
        c.line(0, 3, self.aW, 3)
        c.restoreState()


def _message_header(name: str, slug: str, st) -> list:
    lines = [("Van:", f"programmabureau@regiodeal-{slug}.nl"), ("Verzonden:", SENT),
             ("Aan:", "regiodeals@minlnv.nl"), ("CC:", f"secretariaat@{slug}.nl"),
             ("Onderwerp:", f"Aanvulling projectvoorstellen Regio Deal {name}"),
             ("Bijlagen:", f"{slug}_begroting.xlsx")]
    rows = [[para(k, st["hlabel"]), para(v, st["hvalue"])] for k, v in lines]
    table = Table(rows, colWidths=[LABEL_COL, FW - LABEL_COL], hAlign="LEFT",
                  style=TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return [para(f"Regio Deal {name} - programmabureau".replace("  ", " "), st["sender"]),
            Spacer(0, 2), _Rule(), Spacer(0, 3), table, Spacer(0, LEAD)]


# --- HTML mail tables -------------------------------------------------------------------


# Padding and border a column adds to its text; 1pt against rounding.
_EXTRA = 2 * PAD_H + LINE + 1


def _table(t: source.Table, st, rec, width) -> list:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("GRID", (0, 0), (-1, -1), LINE, colors.black),
            ("BACKGROUND", (0, 0), (-1, lines - 1), TH_FILL),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD_H), ("RIGHTPADDING", (0, 0), (-1, -1), PAD_H),
            ("TOPPADDING", (0, 0), (-1, -1), PAD_V), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_V)]
    rows[0][0] = para(t.label, st["th"], rec)
    measure = [(0, 1, t.label, st["th"])]
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        measure.append((h.column, h.columns, h.text, st["th"]))
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for body in t.rows:
        b = "_b" if is_total(body[0]) else ""
        row = [para(body[0], st["td" + b], rec)]
        measure.append((0, 1, body[0], st["td" + b]))
        for c, text in enumerate(body[1:], 1):
            style = st[("num" if amount(text) is not None else "td") + b]
            row.append(para(text, style, rec))
            measure.append((c, 1, text, style))
        rows.append(row)
    widths = auto_widths(measure, n + 1, width, _EXTRA)
    # no repeatRows: a mail client does not repeat a table's header on the next page
    out: list = [Table(rows, colWidths=widths, style=TableStyle(cmds), hAlign="LEFT")]
    if t.footnotes:
        out += [Spacer(0, 2), *(para(f, st["small"], rec) for f in t.footnotes)]
    out.append(Spacer(0, LEAD))
    return out


# --- the body ---------------------------------------------------------------------------


def _field(field: source.Field, st, rec) -> list:
    out: list = [para(f"{field.label}:", st["label"], rec)]
    content = list(field.content) or [""]
    for k, item in enumerate(content):
        if isinstance(item, source.Table):
            out += _table(item, st, rec, FW)
            continue
        # a list's items follow one another; the blank line comes after the list
        nxt = content[k + 1] if k + 1 < len(content) else None
        last = not (isinstance(nxt, str) and LIST_ITEM.match(nxt))
        out.append(field_para(item, st["body"], st["item_last" if last else "item"], rec))
    return out


def _notes(pr: source.Project, st, rec) -> list:
    out = []
    for note in pr.notes:
        for j, text in enumerate(note.text or ("",)):
            out.append(para(f"{note.mark} {text}" if j == 0 else text, st["small"], rec))
    return out + [Spacer(0, LEAD)]


def render_email(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    slug = "-".join(name.lower().split())

    def once(info):
        truth = Truth(dossier, "email")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "email"))

        def on_page(canv, d):
            # the mail client's print header and page number, in the page margin
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            top = HEIGHT - 1.0 * cm
            canv.drawString(MARGIN, top, "Outlook-bericht")
            canv.drawRightString(WIDTH - MARGIN, top, PRINTED)
            canv.setFillColor(colors.black)
            canv.drawRightString(WIDTH - MARGIN, 1.0 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = _message_header(name, slug, st)
        story += [para("Geachte heer, mevrouw,", st["body"]),
                  para(f"Hierbij zenden wij u de uitgewerkte projectvoorstellen voor de Regio Deal "
                       f"{name}, als aanvulling op onze eerdere inzending. De begroting per project "
                       f"vindt u ook in de bijgevoegde spreadsheet.", st["body"])]
        if dossier.toc:
            story.append(para(dossier.toc_heading, st["bold_line"]))
            story += [para(pr.title, st["line"]) for pr in dossier.projects]
            story.append(Spacer(0, LEAD))
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            story.append(para(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += _table(row, st, rec, FW)
                else:
                    story += _field(row, st, rec)
            if pr.notes:
                story += _notes(pr, st, rec)
        story += [para("Met vriendelijke groet,", st["body"]),
                  para("Marieke Oosterhof", st["line"]),
                  para(f"Programmamanager Regio Deal {name}", st["line"]),
                  para("T +31 (0)6 41 27 53 90", st["body"]), Spacer(0, 6),
                  para("Dit bericht is uitsluitend bestemd voor de geadresseerde en kan "
                       "vertrouwelijke informatie bevatten. Als u dit bericht onterecht hebt "
                       "ontvangen, wordt u verzocht de afzender direct te informeren en het "
                       "bericht te verwijderen.", st["disclaimer"])]
        doc.build(story)
        return truth

    return build_until_stable(once)
