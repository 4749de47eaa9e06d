"""One more house style for the layout zoo (see zoo.py), held out: a programme office's
COMPARISON PRINT for its steering group ("stuurgroep"), in which the projects of a theme stand
SIDE BY SIDE, each in a column of its own, two (or three) to a page.

- compare: A4 LANDSCAPE, margins 1.5 cm left and right, 2.0 cm top, 1.5 cm bottom (a 26.7 cm
          text width). Helvetica (DejaVu Sans for a text with a character it lacks). Running
          header on every page, 7.5pt grey at 1.2 cm from the top: "Stuurgroep Regio Deal <Name>
          | vergelijking projectvoorstellen" at the left, "Vergadering 14 maart 2019 |
          agendapunt 4, bijlage B" at the right, a 0.3pt grey rule under them across the text
          width; footer 7pt grey at 0.8 cm: "Vertrouwelijk - uitsluitend voor leden van de
          stuurgroep" at the left, "Blad N van M" at the right.
          The projects are shown IN GROUPS of one theme: the theme's projects in the
          transcription's order, taken two at a time; a theme with an odd number of projects
          (three or more) ends with a group of THREE; a theme with one project is a group of one.
          Each group OPENS A NEW PAGE with a BAND across the text width: a dark slate (#34495E)
          fill 0.7 cm high holding "Vergelijking <k>: <theme>" in 10pt bold white (k counting
          the groups from 1; "(vervolg)" after the theme on the group's later pages). Under the
          band the page is split into EQUAL COLUMNS, one per project of the group (0.8 cm
          gutters, a 0.4pt grey vertical rule in the middle of each gutter from the band to the
          bottom margin; a group of one uses the left half of a two-column page). Each column
          holds ONE PROJECT, top to bottom: its head on a pale slate (#E6EBF0) fill: "VOORSTEL A"
          (B, C) in 7pt grey bold, under it the title in 11pt bold (wrapped in the column); then
          the fields in the transcription's order: the label in 8.5pt bold slate on a line of
          its own (7pt above), the paragraphs in 8pt on 10pt, ragged right, 3pt after (a list
          item keeps the source's marker and hangs on it by 10pt); a table (investment table or
          a table inside a field) where the transcription puts it, NARROW, at the column's
          width: 7pt (6.5, 6, 5.5, 5 where the amounts need it: every value column as wide as its
          widest amount on one line, the row labels at least 1.6 cm and wrapping), the header
          on a light grey (#E4E4E4) fill, bold, the table's label in the corner cell, single
          headers right-aligned, a group header ("Publiek") centred over its members;
          hairlines (0.25pt grey) between the body rows, a 0.5pt grey rule under the last, no
          vertical rules; amounts right-aligned as transcribed, words left; the Totaal row
          bold under a 0.75pt black rule; header lines repeated where a table breaks. Table footnotes in
          6.5pt under the table; the project's notes at the column's end in 6.5pt.
          The columns FLOW INDEPENDENTLY: a project longer than its column goes on in the SAME
          column of the next page, under a one-line head "Voorstel A (vervolg): <title>" in
          7.5pt grey italic (wrapped where long); a column whose project has ended stays empty
          on the group's later pages. The group's pages run until its longest project has
          ended; the next group opens a new page. A label is never left last in a column.

Every cell is printed as transcribed, in the transcription's table order: the truth record is
the plain one. A project's first page is its group's first page (the column head); its last
page is the last on which its column draws its content, so the projects of a group SHARE
pages.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Spacer, Table, TableStyle

from . import source
from .zoo_common import Truth, dossier_name, field_para, font_for, is_total, meta, para, register_fonts
from .zoo_halves import _fill
from .zoo_percent import amount

WIDTH, HEIGHT = landscape(A4)
ML = MR = 1.5 * cm
MT, MB = 2.0 * cm, 1.5 * cm
TW = WIDTH - ML - MR
GUTTER = 0.8 * cm
BAND_H = 0.7 * cm
BAND_GAP = 8.0

SANS, BOLD, ITALIC = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SLATE = colors.HexColor("#34495E")
PALE = colors.HexColor("#E6EBF0")
HEAD_FILL = colors.HexColor("#E4E4E4")
GREY = colors.HexColor("#6B6B6B")
RULE = colors.HexColor("#9A9A9A")
LETTERS = "ABC"
PAD = 2.5


def _st(name, font=SANS, size=8.0, leading=10.0, **kw):
    return ParagraphStyle(f"cmp-{name}", fontName=font, fontSize=size, leading=leading, **kw)


STYLES = {
    "letter": _st("letter", BOLD, 7, 9, textColor=GREY),
    "title": _st("title", BOLD, 11, 13.5),
    "vervolg": _st("vervolg", ITALIC, 7.5, 9.5, textColor=GREY, spaceAfter=2),
    "label": _st("label", BOLD, 8.5, 10.5, textColor=SLATE, spaceBefore=7, spaceAfter=1.5),
    "body": _st("body", spaceAfter=3),
    "item": _st("item", spaceAfter=2, leftIndent=10, bulletIndent=0, bulletFontName=SANS, bulletFontSize=8),
    "tfoot": _st("tfoot", SANS, 6.5, 8, spaceBefore=1.5),
    "note": _st("note", SANS, 6.5, 8, spaceBefore=1.5),
    "note_more": _st("notem", SANS, 6.5, 8, leftIndent=8),
}


def _tstyles(size: float) -> dict:
    lead = size * 1.22
    return {"thead": _st(f"th{size}", BOLD, size, lead, alignment=TA_RIGHT),
            "tgroup": _st(f"tg{size}", BOLD, size, lead, alignment=TA_CENTER),
            "tlabel": _st(f"tl{size}", BOLD, size, lead, alignment=TA_LEFT),
            "tbody": _st(f"tb{size}", SANS, size, lead),
            "tbody_b": _st(f"tbb{size}", BOLD, size, lead),
            "tamount": _st(f"ta{size}", SANS, size, lead, alignment=TA_RIGHT),
            "tamount_b": _st(f"tab{size}", BOLD, size, lead, alignment=TA_RIGHT)}


def _widest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font_for(w, font), size) for w in text.split()), default=0.0)


def _widths(t: source.Table, width: float, size: float) -> list[float] | None:
    """A value column as wide as its widest cell (kept on one line) or its header's longest
    word; the row labels get the rest, at least 1.6 cm; None where that does not fit."""
    n = t.columns
    need = [0.0] * n
    for h in t.header_cells():
        if h.columns == 1:
            need[h.column - 1] = max(need[h.column - 1], _widest_word(h.text, BOLD, size))
    for body in t.rows:
        for c, text in enumerate(body[1:]):
            if amount(text) is not None or len(text) <= 14:
                w = stringWidth(text, font_for(text, BOLD), size)
            else:
                w = _widest_word(text, BOLD, size)
            need[c] = max(need[c], w)
    need = [w + 2 * PAD + 1 for w in need]
    rest = width - sum(need)
    if rest < 1.6 * cm:
        return None
    label = min(rest, max(1.6 * cm, width * 0.3))
    extra = (rest - label) / n
    return [label] + [w + extra for w in need]


def _table(t: source.Table, width: float, rec) -> list:
    for size in (7.0, 6.5, 6.0, 5.5, 5.0):
        widths = _widths(t, width, size)
        if widths:
            break
    else:
        size = 5.0
        widths = [width * 0.25] + [width * 0.75 / t.columns] * t.columns
    st = _tstyles(size)
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = [("BACKGROUND", (0, 0), (-1, lines - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"), ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    rows[0][0] = para(t.label, st["tlabel"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["tgroup" if h.columns > 1 else "thead"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    for r, body in enumerate(t.rows):
        total = is_total(body[0])
        b = "_b" if total else ""
        row = [para(body[0], st["tbody" + b], rec)]
        for text in body[1:]:
            row.append(para(text, st[("tamount" if amount(text) is not None else "tbody") + b], rec))
        rows.append(row)
        k = lines + r
        if total:
            cmds.append(("LINEABOVE", (0, k), (-1, k), 0.75, colors.black))
        elif r:
            cmds.append(("LINEABOVE", (0, k), (-1, k), 0.25, RULE))
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE))
    out: list = [Spacer(0, 4), Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds),
                                     hAlign="LEFT")]
    out += [para(f, STYLES["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _column_story(pr: source.Project, width: float, rec) -> list:
    story: list = []
    for row in pr.rows:
        if isinstance(row, source.Table):
            story += _table(row, width, rec)
            continue
        label = para(row.label, STYLES["label"], rec)
        label._keep_next = True
        story.append(label)
        for item in row.content:
            if isinstance(item, source.Table):
                story += _table(item, width, rec)
            else:
                story.append(field_para(item, STYLES["body"], STYLES["item"], rec))
    if pr.notes:
        story.append(Spacer(0, 5))
        for note in pr.notes:
            story += [para(f"{note.mark} {text}" if j == 0 else text,
                           STYLES["note"] if j == 0 else STYLES["note_more"], rec)
                      for j, text in enumerate(note.text or ("",))]
    return story


def _groups(dossier: source.Dossier) -> list[list[int]]:
    by_theme: dict[str, list[int]] = {}
    for i, pr in enumerate(dossier.projects):
        by_theme.setdefault(pr.theme, []).append(i)
    out = []
    for members in by_theme.values():
        k = 0
        while k < len(members):
            left = len(members) - k
            take = 3 if left == 3 else min(2, left)
            out.append(members[k:k + take])
            k += take
    return out


def _head_block(pr: source.Project, letter: str, width: float, rec) -> Table:
    cell = [para(f"VOORSTEL {letter}", STYLES["letter"]), para(pr.title, STYLES["title"], rec)]
    return Table([[cell]], colWidths=[width], hAlign="LEFT", style=TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), PALE), ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))


def render_compare(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    name = dossier_name(dossier)
    left_head = f"Stuurgroep Regio Deal {name} | vergelijking projectvoorstellen".replace("  ", " ")
    right_head = "Vergadering 14 maart 2019 | agendapunt 4, bijlage B"
    groups = _groups(dossier)
    total_pages = 0

    def once(total: int) -> Truth:
        truth = Truth(dossier, "compare")
        info = meta(dossier, "compare")
        canv = Canvas(str(pdf_path), pagesize=(WIDTH, HEIGHT), invariant=1)
        canv.setTitle(info["title"])
        canv.setAuthor(info["author"])
        canv.setSubject(info["subject"])
        canv.setCreator(info["creator"])

        def furniture(band_text: str, ncols: int, col_top: float):
            canv.saveState()
            canv.setFillColor(GREY)
            canv.setFont(SANS, 7.5)
            y = HEIGHT - 1.2 * cm
            canv.drawString(ML, y, left_head)
            canv.drawRightString(WIDTH - MR, y, right_head)
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.3)
            canv.line(ML, y - 4, WIDTH - MR, y - 4)
            canv.setFont(SANS, 7)
            page = canv.getPageNumber()
            canv.drawString(ML, 0.8 * cm, "Vertrouwelijk - uitsluitend voor leden van de stuurgroep")
            canv.drawRightString(WIDTH - MR, 0.8 * cm, f"Blad {page} van {max(total, page)}")
            # the band
            top = HEIGHT - MT
            canv.setFillColor(SLATE)
            canv.rect(ML, top - BAND_H, TW, BAND_H, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont(font_for(band_text, BOLD), 10)
            canv.drawString(ML + 6, top - BAND_H + 0.24 * cm, band_text)
            # rules in the gutters
            cw = (TW - (ncols - 1) * GUTTER) / ncols
            canv.setStrokeColor(RULE)
            canv.setLineWidth(0.4)
            for k in range(1, ncols):
                x = ML + k * cw + (k - 1) * GUTTER + GUTTER / 2
                canv.line(x, MB, x, col_top)
            canv.restoreState()

        for g, members in enumerate(groups, start=1):
            ncols = max(2, len(members))
            cw = (TW - (ncols - 1) * GUTTER) / ncols
            theme = dossier.projects[members[0]].theme
            stories = []
            for k, p in enumerate(members):
                pr = dossier.projects[p]
                rec = truth.content(p)
                head = _head_block(pr, LETTERS[k], cw, truth.heading(p))
                stories.append([head, Spacer(0, 2)] + _column_story(pr, cw, rec))
            first = True
            while any(stories):
                band = f"Vergelijking {g}: {theme}" + ("" if first else " (vervolg)")
                col_top = HEIGHT - MT - BAND_H - BAND_GAP
                furniture(band, ncols, col_top)
                for k, story in enumerate(stories):
                    if not story:
                        continue
                    pr = dossier.projects[members[k]]
                    x = ML + k * (cw + GUTTER)
                    frame = Frame(x, MB, cw, col_top - MB, leftPadding=0, rightPadding=0,
                                  topPadding=0, bottomPadding=0)
                    if not first:
                        frame.add(para(f"Voorstel {LETTERS[k]} (vervolg): {pr.title}", STYLES["vervolg"]), canv)
                    _fill(frame, story, canv)
                truth.pages = canv.getPageNumber()
                canv.showPage()
                first = False
        canv.save()
        return truth

    truth = once(0)
    total_pages = truth.pages
    truth = once(total_pages)
    return truth.record()
