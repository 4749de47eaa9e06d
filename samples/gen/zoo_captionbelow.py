"""One more house style for the layout zoo (see zoo.py), held out: a report written in
LibreOffice Writer with its default styles and outline numbering, exported to PDF, whose
tables carry their caption BELOW them and print every amount in a currency format.

- captionbelow: A4 portrait, LibreOffice's default margins (2 cm all round, a 17 cm text
          column). "Tekstblok" (Text Body): a Times-like serif (Times-Roman, Liberation
          Serif's metrics; DejaVu Serif for a text with a character it lacks) 11pt on 13.8pt
          (115 %), ragged right, 7pt (0.25 cm) under each paragraph; a list item keeps the
          source's marker and hangs on it (0.5 cm). Running header on every page but the
          first: "Regio Deal <Name> – uitwerking projectvoorstellen" at the left in 9pt
          italic with a 0.5pt rule under it (the header's bottom border); footer: the page
          number centred, 10pt.
          Page 1: the document's title "Regio Deal <Name>" (Title style: Helvetica bold 24pt,
          centred), "Uitwerking projectvoorstellen" (Subtitle, 14pt centred), then the
          "Inhoudsopgave" (Helvetica bold 16pt) as Writer generates it: the headings of the
          first two levels, "1 Inleiding" and the themes at the margin in bold, their projects
          indented 0.5 cm ("3.1 <title>"), dot leaders to the page numbers. Page 2 opens with
          "1 Inleiding" and "2 Leeswijzer", two short paragraphs of prose each.
          OUTLINE-NUMBERED HEADINGS (Helvetica bold): each THEME a chapter "3 Techniek als motor"
          (Heading 1, 16pt, 12pt above and 6pt under; numbered 3, 4, ... in order of first
          appearance) that OPENS A NEW PAGE; each PROJECT "3.1 <title>" (Heading 2, 13pt,
          10pt above, 5pt under; n counts the chapter's projects); projects flow on under
          their chapter (a heading is kept with what follows). Each FIELD a numbered heading
          "3.1.2 Opgave" (Heading 3, bold 11pt, 8pt above, 3pt under; k counts the project's
          fields and the numbers skip nothing), its paragraphs under it.
          TABLES (the investment tables where they stand, a table inside a field in its field)
          across the text column with a FULL GRID of 0.5pt black rules; the header line(s)
          on a light grey fill (#DDDDDD) in the "Tabelkop" style: Times bold 9pt, CENTRED
          (the table's label in the top-left cell spanning the header lines, a group header
          centred over its members); body cells "Tabelinhoud" Times 9pt, row labels left
          and verbatim (the "Totaal" row is bold, nothing renamed), the value cells
          right-aligned; 2pt padding. Column widths: each value column as wide as its
          widest text needs (a header on two lines at most), the label column the rest;
          where that leaves the labels less than 22 % of the width the table is set in 8pt,
          and where even then, the values share 78 % of the width (a cell too narrow for a
          word sets it smaller). IN A FUNDING TABLE (its cell list's columns hold a Totaal and
          a source) EVERY AMOUNT CELL IS PRINTED IN WRITER'S CURRENCY FORMAT: "€ ", the
          amount in euros with dots for the thousands, a comma and two decimals, the
          transcription's marks after it ("1.650.000" -> "€ 1.650.000,00", "6,33 mln." ->
          "€ 6.330.000,00", "€ 2,45 mln." -> "€ 2.450.000,00", "7.500.000*" ->
          "€ 7.500.000,00*"); a nil ("-", "-*", ".-"), words and empty cells stay as
          transcribed. Other tables (years, milestones, amounts per year) print their cells
          as transcribed.
          CAPTION BELOW every table, 4pt under its last row: "Tabel <chapter>.<m> – Kosten en
          financiering <title>" for a funding table, "Tabel <chapter>.<m> – <table label>
          <title>" for another (m counts the chapter's tables), in italic 10pt ("Bijschrift").
          A table that does not fit breaks between rows as Writer breaks it with "Repeat
          heading" on: the header line(s) again at the top of the next page, a line
          "vervolg tabel <chapter>.<m>" in italic 9pt above them; the caption under the last
          part only.
          FOOTNOTES. A table's footnotes ("* ...") become Writer footnotes: numbered 1, 2, ...
          through the document, their anchors superscript numbers at the end of the caption;
          the footnote at the foot of the page holding the anchor, under a short rule, 9pt:
          the number and the footnote's text as transcribed ("1 * Het bedrijfsleven ...").
          The project's notes are Writer footnotes with a custom mark: the transcription's
          mark in the field text is their anchor, the note at the foot of the page where that
          paragraph stands ("¹ text"; a note whose mark is nowhere goes with the project's last
          paragraph).

The truth records under "raw" the text of every amount cell of a funding table as printed
("€ 1.650.000,00"), keyed "<project>|<table>|<row>|<column key>"; the section numbers are no
part of the titles or labels. A project runs from its heading to its last text, table cell or
footnote.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer, Table, TableStyle

from . import source
from .random_dossier import with_thousand_dots
from .zoo_budget import _column_keys
from .zoo_common import (
    Doc,
    FootnoteSupport,
    Truth,
    build_until_stable,
    cell_list,
    dossier_name,
    field_para,
    font_for,
    has_mark,
    is_funding,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
MARGIN = 2.0 * cm
FW = WIDTH - 2 * MARGIN
SERIF, SERIF_B, SERIF_I = "Times-Roman", "Times-Bold", "Times-Italic"
SANS_B = "Helvetica-Bold"
GRID = colors.black
HEAD = colors.HexColor("#DDDDDD")
TSIZE = 9.0
PAD = 2.0


def _styles() -> dict:
    def s(name, font=SERIF, size=11, leading=13.8, **kw):
        return ParagraphStyle(f"cb-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    return {
        "title": s("title", SANS_B, 24, 29, alignment=TA_CENTER, spaceBefore=40, spaceAfter=10),
        "subtitle": s("subtitle", "Helvetica", 14, 17, alignment=TA_CENTER, spaceAfter=36),
        "toch": s("toch", SANS_B, 16, 19, spaceAfter=10),
        "toc1": s("toc1", SERIF_B, 11, 15),
        "toc2": s("toc2", SERIF, 11, 15, leftIndent=0.5 * cm),
        "h1": s("h1", SANS_B, 16, 19, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": s("h2", SANS_B, 13, 15.5, spaceBefore=10, spaceAfter=5, keepWithNext=1),
        "h3": s("h3", SANS_B, 11, 13.5, spaceBefore=8, spaceAfter=3, keepWithNext=1),
        "body": s("body", spaceAfter=7),
        "item": s("item", spaceAfter=7, leftIndent=0.5 * cm, bulletIndent=0),
        "caption": s("caption", SERIF_I, 10, 12, spaceBefore=4, spaceAfter=9),
        "vervolg": s("vervolg", SERIF_I, 9, 11, spaceAfter=3, keepWithNext=1),
        "note": s("note", SERIF, 9, 11, spaceAfter=2, leftIndent=10, firstLineIndent=-10),
        "thead": s("th", SERIF_B, TSIZE, TSIZE * 1.2, alignment=TA_CENTER),
        "tbody": s("tb", SERIF, TSIZE, TSIZE * 1.2, alignment=TA_LEFT),
        "tbody_b": s("tbb", SERIF_B, TSIZE, TSIZE * 1.2, alignment=TA_LEFT),
        "tamount": s("ta", SERIF, TSIZE, TSIZE * 1.2, alignment=TA_RIGHT),
        "tamount_b": s("tab", SERIF_B, TSIZE, TSIZE * 1.2, alignment=TA_RIGHT),
    }


INTRO = [
    ("Inleiding", [
        "Dit document bevat de uitwerking van de projectvoorstellen die de regio in het kader van "
        "de Regio Deal heeft ingediend. Per thema zijn de projecten beschreven die samen het "
        "programma vormen.",
        "De voorstellen zijn opgesteld door de trekkers van de projecten, in overleg met de "
        "betrokken partners en het programmabureau."]),
    ("Leeswijzer", [
        "Elk hoofdstuk hieronder behandelt een thema. Per project worden achtereenvolgens de "
        "onderdelen van het projectformat beschreven, met de tabel van kosten en financiering "
        "op de plaats waar het format die vraagt.",
        "Bedragen in de tabellen zijn in euro's. Toelichtingen bij de tabellen staan als voetnoot "
        "onderaan de pagina."]),
]
FIRST_THEME = len(INTRO) + 1


class _Note:
    def __init__(self, mark, text):
        self.mark, self.text = mark, tuple(text)


def _currency(v: Decimal, marks: str) -> str:
    euros = int(v)
    cents = int(((v - euros) * 100).to_integral_value())
    return f"€ {with_thousand_dots(euros)},{cents:02d}{marks}"


class CaptionTable(Table):
    """A table that puts "vervolg tabel N" above each continued part."""

    number = ""
    vervolg_style = None

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) < 2:
            return parts
        out = [parts[0]]
        for q in parts[1:]:
            q.__class__ = CaptionTable
            q.number, q.vervolg_style, q._rec = self.number, self.vervolg_style, getattr(self, "_rec", None)
            out += [PageBreak(), para(f"vervolg tabel {self.number}", self.vervolg_style, q._rec), q]
        return out


def render_captionbelow(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    name = dossier_name(dossier)
    keys_of = _column_keys(dossier)
    printed: dict[tuple[str, int, int, str], str] = {}
    raw: dict[str, str] = {}
    for g in cell_list(dossier):
        if g["kind"] == "amount" and is_funding(keys_of.get((g["project"], int(g["table"])))):
            text = _currency(Decimal(g["value"]), g.get("marks") or "")
            printed[(g["project"], int(g["table"]), int(g["row"]), g["column"])] = text
            if text != g["raw"]:
                raw[f"{g['project']}|{g['table']}|{g['row']}|{g['column']}"] = text
    # Chapters: themes in order of first appearance.
    chapters: dict[str, int] = {}
    for pr in dossier.projects:
        chapters.setdefault(pr.theme, FIRST_THEME + len(chapters))
    running = f"Regio Deal {name} – uitwerking projectvoorstellen".replace("  ", " ")

    def once(info):
        truth = Truth(dossier, "captionbelow")
        owners: dict[int, int] = {}
        foot = FootnoteSupport(st["note"], lambda n: truth.content(owners[id(n)]), rule_width=2 * cm)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "captionbelow"))

        def furniture(canv, d):
            canv.saveState()
            n = canv.getPageNumber()
            if n > 1:
                canv.setFont(SERIF_I, 9)
                canv.drawString(MARGIN, HEIGHT - MARGIN + 14, running)
                canv.setLineWidth(0.5)
                canv.line(MARGIN, HEIGHT - MARGIN + 10, WIDTH - MARGIN, HEIGHT - MARGIN + 10)
            canv.setFont(SERIF, 10)
            canv.drawCentredString(WIDTH / 2, MARGIN - 20, str(n))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
                      topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=furniture,
                                           onPageEnd=lambda canv, d: foot.draw(canv))])
        starts = info.get("starts", {})
        story: list = [para(f"Regio Deal {name}".strip(), st["title"]),
                       para("Uitwerking projectvoorstellen", st["subtitle"]),
                       para("Inhoudsopgave", st["toch"])]

        toc = []
        for k, (heading, _) in enumerate(INTRO):
            toc.append((f"{k + 1} {heading}", 2, st["toc1"]))
        done = set()
        counts: dict[str, int] = {}
        for p, pr in enumerate(dossier.projects):
            ch = chapters[pr.theme]
            if pr.theme not in done:
                done.add(pr.theme)
                toc.append((f"{ch} {pr.theme}", starts.get(p, 0) or "", st["toc1"]))
            counts[pr.theme] = counts.get(pr.theme, 0) + 1
            toc.append((f"{ch}.{counts[pr.theme]} {pr.title}", starts.get(p, 0) or "", st["toc2"]))
        for text, page, style in toc:
            # Dot leaders drawn as text between the entry and its page number.
            w = FW - style.leftIndent - 30
            tw = stringWidth(text, font_for(text, style.fontName), style.fontSize)
            dot = stringWidth(" .", style.fontName, style.fontSize)
            lines_w = tw % w if tw > w else tw
            n = max(2, int((w - lines_w - 6) / dot))
            entry = para("", style, markup=f"{escape(text)} {' .' * n}")
            story.append(Table([[entry, para(str(page), ParagraphStyle(
                f"{style.name}-r", style, alignment=TA_RIGHT, leftIndent=0))]],
                colWidths=[FW - 30, 30], hAlign="LEFT",
                style=TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                  ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])))
        story.append(PageBreak())
        for k, (heading, paras) in enumerate(INTRO):
            story.append(para(f"{k + 1} {heading}", st["h1"]))
            story += [para(t, st["body"]) for t in paras]

        footnote_no = 0
        table_no: dict[int, int] = {}
        proj_no: dict[int, int] = {}
        current_theme = None

        def table_flow(t: source.Table, pr, p, index, rec) -> list:
            nonlocal footnote_no
            ch = chapters[pr.theme]
            table_no[ch] = table_no.get(ch, 0) + 1
            number = f"{ch}.{table_no[ch]}"
            keys = keys_of.get((pr.title, index)) or []
            funding = is_funding(keys)
            n, lines = t.columns, len(t.header)
            # The cells' texts: header lines, then the body rows as printed.
            texts = [[""] * (n + 1) for _ in range(lines)]
            for h in t.header_cells():
                if h.columns == 1:
                    texts[h.line][h.column] = h.text
            shown_rows = []
            for i, body in enumerate(t.rows):
                cells = list(body[1:]) + [""] * (n + 1 - len(body))
                shown = [printed.get((pr.title, index, i, keys[j] if j < len(keys) else ""), text)
                         if funding else text for j, text in enumerate(cells)]
                shown_rows.append(shown)
                texts.append([body[0]] + shown)

            def needs(size):
                need = [0.0] * (n + 1)
                for r, line in enumerate(texts):
                    for c, text in enumerate(line):
                        if c == 0 or not text:
                            continue
                        full = stringWidth(text, SERIF_B, size)
                        if r < lines:
                            full = max(max((stringWidth(w, SERIF_B, size) for w in text.split()), default=0),
                                       full / 2 + 4)
                        need[c] = max(need[c], full + 2 * PAD + 6)
                return [max(w, 30.0) for w in need[1:]]

            # 9pt; 8pt where the values would leave the labels less than 22 % of the width.
            size = TSIZE if sum(needs(TSIZE)) <= FW * 0.78 else 8.0
            vals = needs(size)
            if sum(vals) > FW * 0.78:
                k = FW * 0.78 / sum(vals)
                vals = [w * k for w in vals]
            widths = [FW - sum(vals)] + vals
            ts = {k: ParagraphStyle(f"{st[k].name}-{size}", st[k], fontSize=size, leading=size * 1.2)
                  for k in ("thead", "tbody", "tbody_b", "tamount", "tamount_b")}
            rows = [[""] * (n + 1) for _ in range(lines)]
            spans = []
            rows[0][0] = para(t.label, ts["thead"], rec)
            if lines > 1:
                spans.append(((0, 0), (0, lines - 1)))
            for h in t.header_cells():
                rows[h.line][h.column] = para(h.text, ts["thead"], rec)
                c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
                if (c1, r1) != (h.column, h.line):
                    spans.append(((h.column, h.line), (c1, r1)))
            for body, shown in zip(t.rows, shown_rows):
                bold = is_total(body[0])
                rows.append([para(body[0], ts["tbody_b" if bold else "tbody"], rec)]
                            + [para(text, ts["tamount_b" if bold else "tamount"], rec) for text in shown])
            cmds = [("GRID", (0, 0), (-1, -1), 0.5, GRID),
                    ("BACKGROUND", (0, 0), (-1, lines - 1), HEAD),
                    ("VALIGN", (0, 0), (-1, lines - 1), "MIDDLE"),
                    ("VALIGN", (0, lines), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
                    ("TOPPADDING", (0, 0), (-1, -1), PAD), ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 1)]
            cmds += [("SPAN", a, b) for a, b in spans]
            cmds.append(("NOSPLIT", (0, 0), (-1, min(len(rows) - 1, lines))))
            table = CaptionTable(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                                 hAlign="LEFT")
            table.number, table.vervolg_style, table._rec = number, st["vervolg"], rec
            what = f"Kosten en financiering {pr.title}" if funding else f"{t.label} {pr.title}"
            notes = []
            anchors = ""
            for f in t.footnotes:
                footnote_no += 1
                note = _Note(str(footnote_no), [f])
                owners[id(note)] = p
                notes.append(note)
                anchors += f"<super rise='3' size='6.5'>{footnote_no}</super>"
            cap = para("", st["caption"], rec, markup=f"Tabel {number} – {escape(what)}{anchors}")
            cap.fontName = font_for(what, SERIF_I)
            if notes:
                cap._notes, cap._foot = tuple(notes), foot
            return [Spacer(0, 3), table, cap]

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            ch = chapters[pr.theme]
            if pr.theme != current_theme:
                current_theme = pr.theme
                story.append(PageBreak())
                story.append(para(f"{ch} {pr.theme}", st["h1"], truth.heading(p)))
            proj_no[ch] = proj_no.get(ch, 0) + 1
            story.append(para(f"{ch}.{proj_no[ch]} {pr.title}", st["h2"], truth.heading(p)))
            tables = tables_of(pr)
            paras = []
            k = 0
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table_flow(row, pr, p, tables.index(row), rec)
                    continue
                k += 1
                story.append(para(f"{ch}.{proj_no[ch]}.{k} {row.label}", st["h3"], rec))
                for c in row.content:
                    if isinstance(c, source.Table):
                        story += table_flow(c, pr, p, tables.index(c), rec)
                    else:
                        fp = field_para(c, st["body"], st["item"], rec)
                        story.append(fp)
                        paras.append((fp, c))
            # Project notes as footnotes with their own marks.
            loose = []
            for note in pr.notes:
                n = _Note(note.mark, note.text or ("",))
                owners[id(n)] = p
                holder = next((fp for fp, text in paras if has_mark(text, note.mark)), None)
                if holder is None:
                    loose.append(n)
                else:
                    holder._notes, holder._foot = tuple(holder._notes) + (n,), foot
            if loose and paras:
                last = paras[-1][0]
                last._notes, last._foot = tuple(last._notes) + tuple(loose), foot
        doc.build(story)
        return truth

    record = build_until_stable(once)
    if raw:
        record["raw"] = raw
    return record
