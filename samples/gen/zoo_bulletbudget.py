"""One more house style for the layout zoo (see zoo.py), held out: a proposal written by
someone who does not use tables, so EVERY TABLE IS WRITTEN AS A BULLETED LIST.

- bulletbudget: A4 portrait, margins 2.5 cm, a sans (Liberation Sans; else DejaVu Sans)
          10pt on 13.5pt, ragged right. Each project opens a new page: its theme in 9pt
          grey, its title in 15pt bold; FIELDS with the bold label on a line of its own and
          the field's paragraphs under it (a list item hanging on its transcribed marker).
          Footer on every page: the page number centred in 8pt.
          EVERY TABLE of the transcription (the investment tables and those inside fields,
          each where it stands) is a LIST: the table's label in bold followed by a colon on
          a line of its own ("Opgaven/Investeringen:"); then ONE BULLET PER BODY ROW
          ("• <row label>") and under it, indented one step further, one dash item per
          column that has a value in that row ("– Totaal: 1.650.000", "– Privaat:
          1.250.000", "– Rijk: 400.000"), in the header's column order. A column is named
          by its header line(s) read top to bottom ("<group> <member>", e.g. "Publiek Gem.";
          a group without members names each of its columns by itself, "Publiek"). An empty
          cell is left out; a nil is written as it stands ("– Onderwijs: -"); amounts exactly
          as transcribed ("6,6 mln.", "€ 2,8 mln.", "750.000*"). The Totaal row where the
          transcription has it (last), its bullet text bold. The table's footnotes follow
          the list as ordinary paragraphs in 8.5pt.
          The project's notes at its end in 8.5pt, each with its mark ("¹ Bron: ...").

This is a layout the reader may not be expected to read as a table today: no grid, no
columns, every cell a "<column>: <value>" item under its row's bullet.

The values and their raw text print as transcribed (only the layout is a list): the truth
record is the plain one (no "raw"). A project runs from the page of its theme and title to
the page of its last field text, list item or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageBreak, PageTemplate, Spacer

from . import source
from .zoo_budget import _fonts, _markup
from .zoo_common import LIST_ITEM, Doc, Truth, build_until_stable, is_total, meta, para

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
SIZE, LEAD = 10.0, 13.5
SMALL, SMALL_LEAD = 8.5, 11.0
STEP = 14.0  # one list indent step
GREY = colors.HexColor("#6E6E6E")


def _styles(sans, bold) -> dict:
    def st(name, font=sans, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"bb-{name}", fontName=font, fontSize=size, leading=leading,
                              bulletFontName=font, bulletFontSize=size, **kw)

    return {
        "theme": st("theme", sans, 9, 11, textColor=GREY, spaceAfter=2, keepWithNext=1),
        "title": st("title", bold, 15, 18.5, spaceAfter=10, keepWithNext=1),
        "label": st("label", bold, spaceBefore=7, spaceAfter=1, keepWithNext=1),
        "body": st("body", spaceAfter=3),
        "item": st("item", leftIndent=STEP, bulletIndent=0, spaceAfter=2),
        # the list a table becomes
        "tlabel": st("tlabel", bold, spaceBefore=5, spaceAfter=1, keepWithNext=1),
        "row": st("row", leftIndent=STEP, bulletIndent=0, spaceBefore=1, keepWithNext=1),
        "row_b": st("row_b", bold, leftIndent=STEP, bulletIndent=0, spaceBefore=1,
                    keepWithNext=1),
        "cell": st("cell", leftIndent=2 * STEP, bulletIndent=STEP),
        "tfoot": st("tfoot", sans, SMALL, SMALL_LEAD, spaceBefore=3),
        "note": st("note", sans, SMALL, SMALL_LEAD, spaceBefore=2),
        "note_more": st("note_more", sans, SMALL, SMALL_LEAD),
    }


def _p(text: str, style: ParagraphStyle, rec, bullet: str | None = None):
    """A recorded paragraph, a character the face lacks in its stand-in; with `bullet`, a
    list item hanging on that marker."""
    if bullet is None:
        return para(text, style, rec)
    body = _markup(text, style.fontName) or escape(text)
    return para("", style, rec, markup=f"<bullet>{escape(bullet)}</bullet>{body}")


def column_names(t: source.Table) -> list[str]:
    """Each value column's name: the header texts over it, top line first ("Publiek Gem.")."""
    names: list[list[str]] = [[] for _ in range(t.columns)]
    for h in sorted(t.header_cells(), key=lambda h: h.line):
        if h.text.strip():
            for c in range(h.column, h.column + h.columns):
                names[c - 1].append(h.text.strip())
    return [" ".join(n) for n in names]


def _list(t: source.Table, st, rec) -> list:
    """The table as a list: the label line, a bullet per row, a dash item per filled cell."""
    out: list = [_p(f"{t.label}:", st["tlabel"], rec)]
    names = column_names(t)
    for row in t.rows:
        items = [(name, cell) for name, cell in zip(names, row[1:]) if cell.strip()]
        line = _p(row[0], st["row_b" if is_total(row[0]) else "row"], rec, "•")
        if not items:
            line.keepWithNext = 0  # nothing under it to stay with
        out.append(line)
        for name, cell in items:
            out.append(_p(f"{name}: {cell}" if name else cell, st["cell"], rec, "–"))
    out += [_p(f, st["tfoot"], rec) for f in t.footnotes]
    return out


def _field(field: source.Field, st, rec) -> list:
    out: list = [_p(field.label, st["label"], rec)]
    for item in field.content:
        if isinstance(item, source.Table):
            out += _list(item, st, rec)
            continue
        m = LIST_ITEM.match(item)
        if m:  # a list item hangs on the marker the transcription gives it
            out.append(_p(m.group(2), st["item"], rec, m.group(1)))
        else:
            out.append(_p(item, st["body"], rec))
    return out


def render_bulletbudget(dossier: source.Dossier, pdf_path) -> dict:
    sans, bold, _ = _fonts()
    st = _styles(sans, bold)

    def once(info):
        truth = Truth(dossier, "bulletbudget")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "bulletbudget"))

        def footer(canv, d):
            canv.saveState()
            canv.setFont(sans, 8)
            canv.drawCentredString(WIDTH / 2, 1.4 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(
            MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0)], onPage=footer)])

        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            if p:
                story.append(PageBreak())
            story.append(_p(pr.theme, st["theme"], truth.heading(p)))
            story.append(_p(pr.title, st["title"], truth.heading(p)))
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story.append(Spacer(0, 4))
                    story += _list(row, st, rec)
                else:
                    story += _field(row, st, rec)
            if pr.notes:
                story.append(Spacer(0, 8))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(_p(f"{note.mark} {text}" if j == 0 else text,
                                        st["note" if j == 0 else "note_more"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
