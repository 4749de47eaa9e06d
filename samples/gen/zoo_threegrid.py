"""One more house style for the layout zoo (see zoo.py), held out: a design agency's ANNUAL
REPORT ("jaarverslag") set on a strict THREE-COLUMN GRID, the left grid column kept for
display type and pull quotes, the prose in the two right ones, the funding table across all
three at the foot of the project's last page.

- threegrid: A4 portrait, margins 1.6 cm left and right, 1.8 cm top, 2.2 cm bottom; the text
          area (17.8 cm) divided into THREE GRID COLUMNS of 5.6 cm with 0.5 cm gutters.
          DejaVu Sans throughout (the display number in DejaVu Sans ExtraLight, the pull quotes
          in DejaVu Serif Italic). Running header 1.1 cm from the top in 7pt grey: "Regio Deal
          <Name> · Jaarverslag 2019" over the left grid column; footer 1.2 cm from the foot: the
          page number in 8pt bold teal (#00796B) at the left edge of the left grid column and,
          on a project's pages, its theme in 7pt grey right-aligned under the right grid column.
          No rules anywhere but the pull quotes' short bars and the tables' total rules.
          Page 1 is the contents: "Inhoud" (the transcription's heading) in 28pt ExtraLight
          teal in the left grid column; in the two right columns (11.7 cm) each theme in 8pt
          teal capitals (7pt space above) and its projects as "<nn>  <title>" in 9pt with the
          page number right-aligned (nn the project's number in the dossier, two digits).
          Each project OPENS A NEW PAGE. LEFT GRID COLUMN of its first page: the project's
          number as two digits ("07") in 60pt DejaVu Sans ExtraLight in a light teal (#8CC7C0),
          its top at the top margin. RIGHT TWO GRID COLUMNS of that page, from the top margin:
          the theme in 8pt teal capitals, the title in 18pt bold on 21pt (wrapped within the
          11.7 cm), 14pt of space; then the prose. THE PROSE runs as TWO TEXT COLUMNS in the
          two right grid columns (5.6 cm each): down the middle column, then the right one,
          then on into the next page's middle column (a field, even a paragraph, breaks
          from one column into the next mid-text; continuation pages start at the top margin).
          Body 8.5pt on 12pt, ragged right, 4pt after a paragraph; a list item keeps its marker
          and hangs on it (9pt). FIELD LABELS as coloured SMALL CAPS headings at the top of
          each field, inside the text column: 9pt bold teal capitals, the label's lower-case
          letters as capitals at 7.2pt ("INZET EN CO-FINANCIERING", as spelled in the
          transcription), 9pt above, 3pt below, never the last thing in a column (moved on with
          less than two body lines of room under it). A TABLE INSIDE A FIELD stays at its place
          in the field but STRADDLES BOTH TEXT COLUMNS (11.7 cm, the house table style below at
          7.5pt, 8pt of space above and below it): the text before it is balanced over the two
          columns above it (both about as long), the text after it runs on in two columns under
          it; where it does not fit under the text before it, it goes to the top of the next
          page. A page's last run of prose (before the foot table, or the project's end) is
          balanced over the two columns too.
          The project's notes after its last field, in the columns, 7pt, the mark hanging.
          PULL QUOTES in the LEFT GRID COLUMN, one per page of a project at most: the first
          sentence of 8 to 25 words (no footnote mark, no list item) of the first field printed
          on that page (else of the next such field printed there) that no earlier page has
          quoted, repeated in 13pt DejaVu Serif Italic on 17pt, teal, between its own quote
          marks ("„...”"), under a 1.5pt teal bar 1.2 cm long (6pt above the text); on the
          project's first page it stands 3.2 cm under the top margin (below the number), on
          later pages at the top margin; it is left out where it would not fit above the foot
          table or the bottom margin. A quote is decoration: the field keeps its text once.
          THE FUNDING TABLE(S) (the project's tables that stand between its fields in the
          transcription) are not set where the transcription has them: they stand ACROSS ALL
          THREE GRID COLUMNS (17.8 cm) at the FOOT of the project's LAST PAGE, their bottom on
          the bottom margin, 18pt under the text columns, which end above them (where the rest
          of the prose and the table do not fit one page, the prose runs on with shortened
          columns and the table goes to the next page's foot). Table style: 8pt, NO RULES
          between rows: rows told apart by white space (3.5pt above and below) and ZEBRA fills
          (the 1st, 3rd, ... body row on #EEF5F4, the others white); the header lines in 7.5pt
          bold grey (#555555), right-aligned, a group header ("Publiek") centred over its
          members; the table's label bold in the corner cell; row labels in black, wrapped in
          their column; EVERY VALUE CELL IN TEAL (#00796B), right-aligned, as transcribed; the
          Totaal row bold with a THICK (1.5pt) near-black rule above it, unfilled. Column
          widths from what the cells need, the label column about a third. The table's
          footnotes under it in 7pt. Tables inside fields use the same style.

Every cell and field is printed as transcribed, in the transcription's table order (the foot
table comes after any table inside a field): the truth record is the plain one. A project
runs from its opening page to the page of its foot table (or of its last text, where it has
none).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table, TableStyle

from . import source
from .zoo_agency import _col_widths, _grid, _small_caps
from .zoo_common import (
    FONT_DIR,
    LIST_ITEM,
    Truth,
    build_until_stable,
    dossier_name,
    field_para,
    meta,
    para,
    register_fonts,
)
from .zoo_pullquote import _quotable, _sentences

WIDTH, HEIGHT = A4
ML, MR, MT, MB = 1.6 * cm, 1.6 * cm, 1.8 * cm, 2.2 * cm
GUT = 0.5 * cm
CW = (WIDTH - ML - MR - 2 * GUT) / 3          # one grid column, 5.6 cm
COL_X = [ML + k * (CW + GUT) for k in range(3)]
TW = WIDTH - ML - MR                           # all three grid columns
RW = 2 * CW + GUT                              # the two right grid columns
TOP = HEIGHT - MT
TEAL = colors.HexColor("#00796B")
LIGHT = colors.HexColor("#8CC7C0")
ZEBRA = colors.HexColor("#EEF5F4")
GREY = colors.HexColor("#6B6B6B")
HEAD = colors.HexColor("#555555")
INK = colors.HexColor("#1A1A1A")
TABLE_GAP = 18.0
QUOTE_TOP_FIRST = 3.2 * cm


def _fonts():
    register_fonts()
    have = set(pdfmetrics.getRegisteredFontNames())
    for name, file in (("DejaVuSans-ExtraLight", "DejaVuSans-ExtraLight.ttf"),):
        if name not in have:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
    pdfmetrics.registerFontFamily("DejaVuSans", normal="DejaVuSans", bold="DejaVuSans-Bold",
                                  italic="DejaVuSans", boldItalic="DejaVuSans-Bold")


def _styles():
    def s(name, font="DejaVuSans", size=8.5, leading=12.0, **kw):
        return ParagraphStyle(f"tg-{name}", fontName=font, fontSize=size, leading=leading,
                              **{"textColor": INK, **kw})
    return {
        "body": s("body", spaceAfter=4),
        "item": s("item", leftIndent=9, bulletIndent=0, bulletFontName="DejaVuSans", spaceAfter=2),
        "label": s("label", "DejaVuSans-Bold", 9, 11.5, textColor=TEAL, spaceBefore=9, spaceAfter=3),
        "theme": s("theme", size=8, leading=10, textColor=TEAL, spaceAfter=3),
        "title": s("title", "DejaVuSans-Bold", 18, 21),
        "quote": s("quote", "DejaVuSerif-Italic", 13, 17, textColor=TEAL),
        "note": s("note", size=7, leading=9, leftIndent=7, firstLineIndent=-7, spaceAfter=1.5, spaceBefore=0),
        "toc_h": s("toch", "DejaVuSans-ExtraLight", 28, 32, textColor=TEAL),
        "toc_theme": s("toct", size=8, leading=10, textColor=TEAL),
        "toc": s("toc", size=9, leading=13, leftIndent=22, firstLineIndent=-22),
        "toc_page": s("tocp", size=9, leading=13, alignment=TA_RIGHT),
        "tlabel": s("tl", "DejaVuSans-Bold", 7.5, 9.5),
        "thead": s("th", "DejaVuSans-Bold", 7.5, 9.5, textColor=HEAD, alignment=TA_RIGHT),
        "tgroup": s("tg", "DejaVuSans-Bold", 7.5, 9.5, textColor=HEAD, alignment=TA_CENTER),
        "tbody": s("tb", size=8, leading=10),
        "tbody_b": s("tbb", "DejaVuSans-Bold", 8, 10),
        "tamount": s("ta", size=8, leading=10, textColor=TEAL, alignment=TA_RIGHT),
        "tamount_b": s("tab", "DejaVuSans-Bold", 8, 10, textColor=TEAL, alignment=TA_RIGHT),
        "tfoot": s("tf", size=7, leading=9, spaceBefore=3),
    }


def _small(st, size):
    """The table styles at `size` (a table inside a text column)."""
    k = size / st["tbody"].fontSize
    out = dict(st)
    for key in ("tlabel", "thead", "tgroup", "tbody", "tbody_b", "tamount", "tamount_b"):
        b = st[key]
        out[key] = ParagraphStyle(f"{b.name}-{size}", b, fontSize=b.fontSize * k, leading=b.leading * k)
    return out


def _table(t: source.Table, st, rec, width, label_share=0.34) -> list:
    """Table `t` at `width`: zebra rows, no rules but a thick one above a Totaal row."""
    pad = 3.0
    rows, spans, _, totals = _grid(t, st, rec)
    lines = len(t.header)
    widths = _col_widths(t, lambda s: s, width, st, pad, label_share=label_share,
                         min_label=min(72.0, width * 0.45))
    widths[-1] -= sum(widths) - width
    cmds = [("VALIGN", (0, 0), (-1, lines - 1), "BOTTOM"),
            ("VALIGN", (0, lines), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]
    for r in range(lines, len(rows)):
        if (r - lines) % 2 == 0 and r not in totals:
            cmds.append(("BACKGROUND", (0, r), (-1, r), ZEBRA))
    for r in totals:
        cmds.append(("LINEABOVE", (0, r), (-1, r), 1.5, INK))
    cmds += [("SPAN", a, b) for a, b in spans]
    out = [Table(rows, colWidths=widths, repeatRows=lines, style=TableStyle(cmds), hAlign="LEFT")]
    out += [para(f, st["tfoot"], rec) for f in t.footnotes]
    return out


# --- the two-column flow -----------------------------------------------------------------


def _space_before(f):
    return f.getSpaceBefore() if hasattr(f, "getSpaceBefore") else 0.0


def _space_after(f):
    return f.getSpaceAfter() if hasattr(f, "getSpaceAfter") else 0.0


def _fill(items, width, height):
    """Set `items` ((flowable, tag, keep-with-next)) into a column `height` high: -> (placed
    (flowable, tag, y from the top, height), the items left over)."""
    items = list(items)
    placed, y = [], 0.0
    while items:
        f, tag, keep = items[0]
        sb = _space_before(f) if placed else 0.0
        avail = height - y - sb
        w, h = f.wrap(width, avail)
        need = h + (2 * 12.0 + 3 if keep else 0)
        if need <= avail + 1e-6:
            placed.append((f, tag, y + sb, h))
            y += sb + h + _space_after(f)
            items.pop(0)
            continue
        if keep and placed:
            break
        parts = f.split(width, avail) if avail > 0 else []
        if len(parts) >= 2:
            head = parts[0]
            hh = head.wrap(width, avail)[1]
            placed.append((head, tag, y + sb, hh))
            items[0:1] = [(q, tag, keep) for q in parts[1:]]
        elif not placed:  # taller than a column and unsplittable: set it anyway
            placed.append((f, tag, y + sb, f.wrap(width, 1e6)[1]))
            items.pop(0)
        break
    return placed, items


def _fill_columns(items, height):
    """Both text columns at `height`: -> ([placed in column 1, placed in column 2], left over)."""
    a, rest = _fill(items, CW, height)
    b, rest = _fill(rest, CW, height) if rest else ([], rest)
    return [a, b], rest


STRADDLE_GAP = 8.0


def _used(col):
    return max((yy + hf for _, _, yy, hf in col), default=0.0)


def _layout(items, col_top, bottom):
    """One page's text area from `col_top` down to `bottom`: runs of prose in the two text
    columns (a run that ends on the page balanced over both), a table inside a field
    (("T", flows, tag)) across both. -> (what to draw: ("cols", top, [col1, col2]) or
    ("wide", top, flows, tag)), the items left over)."""
    items = list(items)
    ops, y = [], col_top
    while items:
        s = next((k for k, it in enumerate(items) if it[0] == "T"), len(items))
        seg, after = items[:s], items[s:]
        if seg:
            avail = y - bottom
            cols, rest = _fill_columns(seg, avail)
            if rest:
                ops.append(("cols", y, cols))
                return ops, rest + after
            lo, hi = 0.0, avail
            for _ in range(14):
                mid = (lo + hi) / 2
                cols, rest = _fill_columns(seg, mid)
                if rest or max(_used(c) for c in cols) > mid + 0.01:
                    lo = mid
                else:
                    hi = mid
            cols, rest = _fill_columns(seg, hi)
            ops.append(("cols", y, cols))
            y -= max(_used(c) for c in cols)
            items = after
        if items:
            _, flows, tag = items[0]
            th = _block_height(flows, RW)
            top = y - (STRADDLE_GAP if ops else 0.0)
            if top - th < bottom and ops:
                return ops, items
            ops.append(("wide", top, flows, tag))
            y = top - th - STRADDLE_GAP
            items.pop(0)
    return ops, []


def _block_height(flows, width):
    h = 0.0
    for k, f in enumerate(flows):
        h += (_space_before(f) if k else 0.0) + f.wrap(width, 1e6)[1]
    return h


def _quote_candidates(pr: source.Project) -> dict[int, list[str]]:
    out = {}
    for r, row in enumerate(pr.rows):
        if isinstance(row, source.Field):
            out[r] = [s for item in row.content if isinstance(item, str) and not LIST_ITEM.match(item)
                      for s in _sentences(item) if _quotable(s)]
    return out


def render_threegrid(dossier: source.Dossier, pdf_path) -> dict:
    _fonts()
    st = _styles()
    name = dossier_name(dossier)

    def once(info):
        truth = Truth(dossier, "threegrid")
        canv = Canvas(str(pdf_path), pagesize=A4, invariant=1, pageCompression=0)
        m = meta(dossier, "threegrid")
        canv.setTitle(m["title"]); canv.setAuthor(m["author"]); canv.setSubject(m["subject"])
        canv.setCreator(m["creator"])
        page = {"theme": None}

        def furniture():
            canv.saveState()
            canv.setFont("DejaVuSans", 7)
            canv.setFillColor(GREY)
            canv.drawString(COL_X[0], HEIGHT - 1.1 * cm, f"Regio Deal {name} · Jaarverslag 2019")
            if page["theme"]:
                canv.drawRightString(WIDTH - MR, 1.2 * cm, page["theme"])
            canv.setFont("DejaVuSans-Bold", 8)
            canv.setFillColor(TEAL)
            canv.drawString(COL_X[0], 1.2 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        def end_page():
            furniture()
            truth.pages = max(truth.pages, canv.getPageNumber())
            canv.showPage()

        # --- contents
        h = para(dossier.toc_heading, st["toc_h"])
        hh = h.wrap(CW, 1e6)[1]
        h.drawOn(canv, COL_X[0], TOP - hh)
        y = TOP
        last = None
        for p, pr in enumerate(dossier.projects):
            if pr.theme != last:
                last = pr.theme
                t = para(pr.theme.upper(), st["toc_theme"])
                th = t.wrap(RW, 1e6)[1]
                y -= (7 if p else 0) + th
                t.drawOn(canv, COL_X[1], y)
                y -= 2
            e = para(f"{p + 1:02d}  {pr.title}", st["toc"])
            eh = e.wrap(RW - 1.2 * cm, 1e6)[1]
            n = para(str(info["starts"].get(p, 0) or ""), st["toc_page"])
            n.wrap(1 * cm, 1e6)
            y -= eh
            e.drawOn(canv, COL_X[1], y)
            n.drawOn(canv, WIDTH - MR - 1 * cm, y + eh - 13)
        end_page()

        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            page["theme"] = pr.theme
            # the prose: (flowable, tag = row number or -1 for notes, keep with next)
            items = []
            foot = []
            for r, row in enumerate(pr.rows):
                if isinstance(row, source.Table):
                    foot.append(row)
                    continue
                items.append((para("", st["label"], rec, markup=_small_caps(row.label, 9)), r, True))
                for c in row.content:
                    if isinstance(c, source.Table):
                        items.append(("T", _table(c, _small(st, 7.5), rec, RW, label_share=0.4), r))
                    else:
                        items.append((field_para(c, st["body"], st["item"], rec), r, False))
            for note in pr.notes:
                for j, text in enumerate(note.text or ("",)):
                    items.append((para(f"{note.mark} {text}" if j == 0 else text, st["note"], rec), -1, False))
            foot_flows = []
            for k, t in enumerate(foot):
                fl = _table(t, st, rec, TW)
                if k:
                    fl[0].spaceBefore = 10
                foot_flows += fl
            foot_h = _block_height(foot_flows, TW) if foot_flows else 0.0
            quotes = _quote_candidates(pr)
            used: set[str] = set()
            first = True
            while True:
                # the opening block
                col_top = TOP
                if first:
                    truth.heading(p)(canv.getPageNumber())
                    canv.saveState()
                    canv.setFont("DejaVuSans-ExtraLight", 60)
                    canv.setFillColor(LIGHT)
                    canv.drawString(COL_X[0] - 3, TOP - 46, f"{p + 1:02d}")
                    canv.restoreState()
                    th = para(pr.theme.upper(), st["theme"])
                    ht = th.wrap(RW, 1e6)[1]
                    th.drawOn(canv, COL_X[1], TOP - ht)
                    ti = para(pr.title, st["title"], rec)
                    hti = ti.wrap(RW, 1e6)[1]
                    ti.drawOn(canv, COL_X[1], TOP - ht - 3 - hti)
                    col_top = TOP - ht - 3 - hti - 14
                short = MB + foot_h + TABLE_GAP
                done = False
                if foot_flows:
                    ops, rest = _layout(items, col_top, short)
                    if not rest:
                        done = True
                    else:
                        ops_full, rest_full = _layout(items, col_top, MB)
                        if rest_full:
                            ops, rest = ops_full, rest_full
                        else:  # laid out afresh: a trial's split leaves its paragraphs unwrapped
                            ops, rest = _layout(items, col_top, short)
                else:
                    ops, rest = _layout(items, col_top, MB)
                    done = not rest
                # draw the columns and the tables across them
                tags = []
                for op in ops:
                    if op[0] == "cols":
                        for k, col in enumerate(op[2]):
                            for f, tag, yy, hf in col:
                                f.drawOn(canv, COL_X[1 + k], op[1] - yy - hf)
                                if tag >= 0 and tag not in tags:
                                    tags.append(tag)
                    else:
                        y = op[1]
                        for k, f in enumerate(op[2]):
                            y -= _space_before(f) if k else 0.0
                            fh = f.wrap(RW, 1e6)[1]
                            y -= fh
                            f.drawOn(canv, COL_X[1], y)
                        if op[3] not in tags:
                            tags.append(op[3])
                foot_top = MB + foot_h if done and foot_flows else MB
                if done and foot_flows:
                    y = MB + foot_h
                    for k, f in enumerate(foot_flows):
                        y -= _space_before(f) if k else 0.0
                        fh = f.wrap(TW, 1e6)[1]
                        y -= fh
                        f.drawOn(canv, COL_X[0], y)
                    foot_top += TABLE_GAP
                # the pull quote
                q_top = TOP - QUOTE_TOP_FIRST if first else TOP
                for tag in tags:
                    cand = [s for s in quotes.get(tag, []) if s not in used]
                    if not cand:
                        continue
                    q = para(f"„{cand[0]}”", st["quote"])
                    qh = q.wrap(CW, 1e6)[1]
                    if q_top - 6 - qh - 2 < foot_top:
                        break
                    used.add(cand[0])
                    canv.saveState()
                    canv.setStrokeColor(TEAL)
                    canv.setLineWidth(1.5)
                    canv.line(COL_X[0], q_top - 0.75, COL_X[0] + 1.2 * cm, q_top - 0.75)
                    canv.restoreState()
                    q.drawOn(canv, COL_X[0], q_top - 6 - qh)
                    break
                items = rest
                first = False
                end_page()
                if done:
                    break
        page["theme"] = None
        canv.save()
        return truth

    return build_until_stable(once)
