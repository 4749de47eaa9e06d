"""One more house style for the layout zoo (see zoo.py), held out: a small municipality's
Word MEMO whose writer does not use tables, so EVERY TABLE IS WRITTEN AS PROSE, ONE
PARAGRAPH PER ROW: "Projecten: € 2.000.000 (privaat € 1.000.000; onderwijs -; provincie
€ 500.000; Rijk € 500.000)".

- prosebudget: A4 portrait, margins 2.5 cm all round (a 16 cm text column). DejaVu Sans (a
          Calibri/Arial stand-in) 10pt on 13.5pt, ragged right, 5pt after each paragraph; a
          list item hangs on its transcribed marker (0.6 cm). Footer on every page: "Memo
          Regio Deal <Name>" at the left and the page number at the right, 8pt grey; no
          header. Page 1 opens with "MEMO" (20pt bold), a rule-less block typed against a
          tab (Aan / Van / Datum / Onderwerp, 9.5pt, labels 2.8 cm wide), a 0.75pt rule
          across the column and a lead paragraph (no amounts). Projects FLOW ON (no page
          breaks): where the theme changes a line "Thema: <theme>" in 9pt grey, then the
          title "<n>. <title>" in 12pt bold; FIELDS with the bold 10pt label on a line of its
          own and the field's paragraphs under it.
          EVERY TABLE (the investment tables and those inside fields, each where it stands)
          is NO GRID but a run of paragraphs. FUNDING TABLES (columns a Totaal and funding
          sources) stand under the bold caption "Begroting (in euro's)"; other tables
          (milestones, years, a per-year budget) under their own label in bold ("Mijlpaal").
          Then ONE PARAGRAPH PER BODY ROW, hanging 0.8 cm (wrapped lines indented): the row
          label as transcribed and a colon, then the row's Totaal cell, then in parentheses
          every other column that has a cell in this row, in the transcription's column order
          (the Totaal column is always written first, wherever the transcription has it),
          "<name> <cell>" joined by "; ". A column's name is the header text that stands
          directly over it (the member, not its group: "Gem.", "Provincie"; a group without
          members names each of its columns: "Publiek"), its first letter lower-cased unless
          it is "Rijk" or starts with "EUR" ("privaat", "onderw.", "gem.", "overig Publiek",
          "Rijk"). An EMPTY cell is LEFT OUT (the column is not named at all); a nil is
          written as it stands ("onderwijs -", "Rijk .-"); an amount in a funding table gets
          "€ " before it unless it has one ("€ 2.000.000", "€ 6,33 mln.", "€ 7.500.000*",
          "€ 92,3 mln."; an ordinary space, so a line may end between "€" and its amount, or
          between a name and its cell). Where the row's Totaal is empty (or the table has
          none), the named cells follow the colon without parentheses. In other tables the pairs are
          "<name>: <cell>" as transcribed, no "€" added ("gereed: Q4 2024; trekker: North
          Sea Port"; "2024: 450"). The table's total row (label "Totaal...") is bold
          throughout. Table footnotes follow the rows in 8.5pt.
          The project's notes at its end in 8.5pt, each with its mark ("¹ ...").

A reader has to recover a grid from sentences: the columns' names are in every row, the
total has no name at all, and an empty cell is simply missing from its row.

The truth's "raw" records every funding-table amount printed with the "€ " added (its value
unchanged); every other cell prints as transcribed; a cell left out (empty) reads as empty.
A project runs from the page of its title (the theme line stays with it) to the page of its
last field text, table paragraph or note.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Frame, PageTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable

from . import source
from .zoo_budget import _column_keys
from .zoo_common import (
    LIST_ITEM,
    Doc,
    Truth,
    build_until_stable,
    cell_values,
    dossier_name,
    is_funding,
    is_total,
    meta,
    para,
    register_fonts,
    tables_of,
)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
GREY = colors.HexColor("#6E6E6E")
SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
HANG = 0.8 * cm


def _styles() -> dict:
    def st(name, font=SANS, size=10.0, leading=13.5, **kw):
        return ParagraphStyle(f"pb-{name}", fontName=font, fontSize=size, leading=leading,
                              bulletFontName=font, bulletFontSize=size, **kw)

    return {
        "memo": st("memo", BOLD, 20, 24, spaceAfter=10),
        "meta": st("meta", SANS, 9.5, 12.5),
        "body": st("body", spaceAfter=5),
        "item": st("item", leftIndent=0.6 * cm, bulletIndent=0, spaceAfter=3),
        "theme": st("theme", SANS, 9, 11, textColor=GREY, spaceBefore=10, spaceAfter=1, keepWithNext=1),
        "title": st("title", BOLD, 12, 15, spaceBefore=8, spaceAfter=6, keepWithNext=1),
        "label": st("label", BOLD, spaceBefore=4, spaceAfter=1, keepWithNext=1),
        "caption": st("caption", BOLD, spaceBefore=4, spaceAfter=3, keepWithNext=1),
        "row": st("row", leftIndent=HANG, firstLineIndent=-HANG, spaceAfter=2),
        "row_b": st("row_b", BOLD, leftIndent=HANG, firstLineIndent=-HANG, spaceAfter=2),
        "tfoot": st("tfoot", SANS, 8.5, 11, spaceBefore=1, spaceAfter=2),
        "note": st("note", SANS, 8.5, 11, spaceBefore=2),
    }


def _leaf_names(t: source.Table) -> list[str]:
    """The header text standing directly over each value column: its own one-column entry
    (lowest line wins), else the group that spans it."""
    names = [""] * t.columns
    depth = [-1] * t.columns
    for h in t.header_cells():
        if not h.text.strip():
            continue
        for c in range(h.column, h.column + h.columns):
            # a one-column entry beats a group; among equals the lower line wins
            rank = (1 if h.columns == 1 else 0, h.line)
            if depth[c - 1] == -1 or rank > depth[c - 1]:
                names[c - 1], depth[c - 1] = h.text.strip(), rank
    return names


def _spoken(name: str) -> str:
    """A column's name as the writer types it in a sentence."""
    if not name or name == "Rijk" or name.startswith("EUR") or name[:2].isupper():
        return name
    return name[0].lower() + name[1:]


def _is_nil(cell: str) -> bool:
    return cell.strip().rstrip("*") in ("-", ".-", "–", "")


class _ProseTruth(Truth):
    def __init__(self, dossier):
        super().__init__(dossier, "prosebudget")
        self.raw: dict[str, str] = {}

    def record(self) -> dict:
        out = super().record()
        if self.raw:
            out["raw"] = dict(self.raw)
        return out


def _rows(t: source.Table, keys: list[str] | None, title: str, ti: int, values, st, rec, truth) -> list:
    funding = is_funding(keys) and len(keys) == t.columns
    names = [_spoken(n) for n in _leaf_names(t)]
    total_col = keys.index("totaal") if keys and "totaal" in keys and len(keys) == t.columns else None
    out: list = [para("Begroting (in euro's)" if funding else t.label, st["caption"], rec)]

    def shown(r: int, j: int, cell: str) -> str:
        if not funding or _is_nil(cell) or cell.strip().startswith("€"):
            return cell
        if values.get((title, ti, r, keys[j])) is None:
            return cell  # words in an amount column ("Gem.") stay as they are
        printed = f"€ {cell}"
        truth.raw[f"{title}|{ti}|{r}|{keys[j]}"] = printed
        return printed

    for r, body in enumerate(t.rows):
        cells = list(body[1:])
        pairs = []
        for j, cell in enumerate(cells):
            if j == total_col or not cell.strip():
                continue
            text = shown(r, j, cell)
            name = names[j]
            if funding:
                pairs.append(f"{name} {text}" if name else text)
            else:
                pairs.append(f"{name}: {text}" if name else text)
        lead = ""
        if total_col is not None and cells[total_col].strip():
            lead = shown(r, total_col, cells[total_col])
        if lead and pairs:
            rest = f"{lead} ({'; '.join(pairs)})"
        elif lead:
            rest = lead
        else:
            rest = "; ".join(pairs)
        text = f"{body[0]}: {rest}" if rest else f"{body[0]}:"
        out.append(para(text, st["row_b" if is_total(body[0]) else "row"], rec))
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    out.append(Spacer(0, 4))
    return out


def _item(text: str, st, rec):
    m = LIST_ITEM.match(text)
    if m is None:
        return para(text, st["body"], rec)
    return para("", st["item"], rec, markup=f"<bullet>{escape(m.group(1))}</bullet>{escape(m.group(2))}")


def render_prosebudget(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    keys_of = _column_keys(dossier)
    values = cell_values(dossier)
    name = dossier_name(dossier)

    def once(info):
        truth = _ProseTruth(dossier)
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "prosebudget"))

        def footer(canv, d):
            canv.saveState()
            canv.setFont(SANS, 8)
            canv.setFillColor(GREY)
            canv.drawString(MARGIN, 1.5 * cm, f"Memo Regio Deal {name}")
            canv.drawRightString(WIDTH - MARGIN, 1.5 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        doc.addPageTemplates([PageTemplate("page", [Frame(
            MARGIN, MARGIN, FW, HEIGHT - 2 * MARGIN, leftPadding=0, rightPadding=0,
            topPadding=0, bottomPadding=0)], onPage=footer)])

        story: list = [para("MEMO", st["memo"])]
        block = [("Aan:", "de gemeenteraad"), ("Van:", "het college van burgemeester en wethouders"),
                 ("Datum:", "14 maart 2019"), ("Onderwerp:", f"Projectvoorstellen Regio Deal {name}")]
        story.append(Table([[para(a, st["meta"]), para(b, st["meta"])] for a, b in block],
                           colWidths=[2.8 * cm, FW - 2.8 * cm], hAlign="LEFT", style=TableStyle([
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")])))
        story.append(Spacer(0, 6))
        story.append(HRFlowable(width="100%", thickness=0.75, color=colors.black, spaceBefore=0, spaceAfter=8))
        story.append(para("In deze memo vindt u per project de voorstellen zoals de partners ze hebben "
                          "ingediend, met per project de begroting en de verdeling over de financiers.",
                          st["body"]))
        theme = None
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)
            if pr.theme != theme:
                theme = pr.theme
                story.append(para(f"Thema: {pr.theme}", st["theme"]))
            story.append(para(f"{p + 1}. {pr.title}", st["title"], truth.heading(p)))

            def table(t, pr=pr, tables=tables, rec=rec):
                ti = next(i for i, x in enumerate(tables) if x is t)
                return _rows(t, keys_of.get((pr.title, ti)), pr.title, ti, values, st, rec, truth)

            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += table(row)
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    story += table(item) if isinstance(item, source.Table) else [_item(item, st, rec)]
            if pr.notes:
                story.append(Spacer(0, 4))
                for note in pr.notes:
                    for j, text in enumerate(note.text or ("",)):
                        story.append(para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec))
        doc.build(story)
        return truth

    return build_until_stable(once)
