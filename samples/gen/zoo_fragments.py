"""One more house style for the layout zoo (see zoo.py), held out: a Word document that
several authors assembled by COPY-PASTE, so that every funding table is in fact a STACK OF
SEPARATE TABLES: the header was pasted as one table, each body row (or each run of two or
three rows) as a table of its own, the total row as another. Word keeps each pasted table's
own column widths, padding and shading, and does not repeat a header that is a table apart.

- fragments: A4 portrait, margins 2.5 cm all round (a 16 cm text column). DejaVu Sans (as
          Word substitutes it for Liberation Sans) 10pt on 13pt, ragged right, 4pt after each
          paragraph; a list item keeps its marker (as text) and hangs on it. Projects flow on
          (a project starts a new page only where less than 3 cm is left): each opens under
          its title in 13pt bold (18pt above it, 6pt under it, kept with what follows).
          FIELD LABELS bold 10pt on their own line (8pt above, kept with what follows), the
          field's paragraphs under them; a table inside a field stands where the
          transcription places it. Footer: the page number alone, centred, 9pt, 1.3 cm from
          the bottom edge. No running header, no cover, no contents.
          FUNDING TABLES (investment tables and those inside a field alike), 8pt under
          the field text before them (3pt where the table stands inside a field), 6pt above
          what follows; 9pt DejaVu Sans on 11pt; each built of FRAGMENTS stacked one under
          the other, in the transcription's row order:
            * the HEADER fragment: the table's label over the row labels (left-aligned,
              spanning the header lines), the header lines as transcribed (a group spanning
              its members, a header over two lines where the line under it is empty),
              centred; all bold, vertically centred, on a light grey fill (#D9D9D9); kept
              on the page of the first body fragment;
            * BODY fragments of one to three consecutive rows (drawn at random, seeded by
              the project and table), never across the transcription's page break row; the
              row label left-aligned, a cell with digits or a nil ("-", ".-", "-*")
              right-aligned, any other left-aligned, exactly as transcribed, an empty cell
              left blank; top-aligned;
            * the TOTAL row ("Totaal...", "TOTAL...") a fragment of its own, all bold.
          Every fragment is FULLY RULED (0.5pt black grid and box) with its OWN COLUMN
          WIDTHS. The table's design widths span the text column: each value column its
          widest cell unwrapped plus 7pt (where they do not fit so: its longest word plus
          7pt), the row-label column what its text wants within 28-42% of the column (its
          longest word at least) and what the value columns leave, the value columns sharing
          the rest alike (a column needing more than its share keeping what it needs). A
          table with too many columns for that runs up to 1.5 cm into the right margin on
          its longest words, with 2.8pt side padding and less slack where even that is
          short (narrower still where nothing fits: the type of a word wider than its cell
          shrinks). From these, each fragment moves every inner column edge by 1 to 6pt
          either way (the first edge by 3 to 6pt, so that the first column varies most; no
          column losing more than its slack), about two in five fragments are 2-5pt wider
          or narrower overall (running into the right margin where wider), and each
          fragment sits 0-2pt left of the margin. Cell padding 5.4pt left and right, 1.5pt
          top and bottom. In about half the tables ONE body fragment came from another
          document: 8.5pt on 10.5pt with 2.8pt side padding and 2pt top and bottom. In about
          a quarter of the tables the longest body fragment kept the ZEBRA fill of the
          table it was copied from (light blue #DEEAF6 on its first and third rows).
          Between fragments, per table: either NO GAP (each join either touching, the rules
          coinciding, or overlapping by 0.5pt, which shows as a double-weight rule), or a
          SMALL GAP of 1 to 3pt (an empty 2pt paragraph, give or take). Once in the dossier
          a FULL EMPTY LINE (13pt) between two body fragments of one table (a join dropped
          at the top of a page). A table breaks over a page only between fragments (a
          fragment taller than a page between its rows), the header NOT repeated; the
          transcription's page break is not forced.
          Table footnotes under the table in 8pt (3pt above); the project's notes at the end
          of the project in 8pt, each "<mark> <text>".

Every cell is printed in its row and column exactly as transcribed (an empty cell not at
all), rows and columns in the transcription's order: the truth record is the plain one. A
project runs from the page of its title to the page of its last field text, cell or note.
"""

from __future__ import annotations

import random
import zlib
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (CondPageBreak, Flowable, Frame, PageTemplate, Spacer, Table,
                                TableStyle)

from . import source
from .zoo_common import (Doc, Truth, build_until_stable, content_widths, field_para, is_total, meta,
                         notes_at_end, para, register_fonts, tables_of)

WIDTH, HEIGHT = A4
MARGIN = 2.5 * cm
FW = WIDTH - 2 * MARGIN
FH = HEIGHT - 2 * MARGIN

SANS, BOLD = "DejaVuSans", "DejaVuSans-Bold"
SIZE, LEAD = 10.0, 13.0
TSIZE, TLEAD = 9.0, 11.0
ALT_SIZE, ALT_LEAD = 8.5, 10.5  # the fragment pasted from another document
PAD, PAD_V = 5.4, 1.5  # Word's default 0.19 cm side padding
ALT_PAD, ALT_PAD_V = 2.8, 2.0
RULE = 0.5
HEAD_FILL = colors.HexColor("#D9D9D9")
ZEBRA = colors.HexColor("#DEEAF6")
SLACK = 7.0  # room over a column's longest word, for the fragments' edges to move in
EMPTY_LINE = LEAD  # the author pressed Enter between two pasted fragments


def _rng(*keys) -> random.Random:
    """A generator seeded by the keys: the same draws in every pass and every run."""
    return random.Random(zlib.crc32("|".join(map(str, keys)).encode("utf-8")))


# --- the plan of a table's fragments -------------------------------------------------


@dataclass
class Frag:
    kind: str  # "header", "body" or "total"
    rows: list[int]  # body rows (the header fragment: none)
    widths: list[float]
    shift: float  # how far left of the margin its box starts
    join: float  # space above it: 0 touching, -0.5 overlapping, 1-3 a gap, 13 an empty
    # line (the header fragment's: the space from the text before the table, set when drawn)
    alt: bool = False  # pasted from another document: smaller type, other padding
    zebra: bool = False


@dataclass
class Plan:
    pad: float  # the table's cell side padding (a fragment from elsewhere has its own)
    frags: list[Frag] = field(default_factory=list)


def _base_widths(t: source.Table, st) -> tuple[list[float], float, float]:
    """The table's design widths, its cells' side padding and the slack its columns have.
    Across the text column where it fits so: each value column its widest cell and SLACK
    more (the pasted fragments move its edges), else its longest word and SLACK more; the
    row-label column what its text wants within 28-42% of the column (its longest word at
    least) and what the value columns leave; the value columns share the rest alike, a
    column that needs more than its share keeping what it needs. A table too wide for that
    runs into the right margin (1.5 cm at most) on its longest words, with narrow cell
    padding and less slack where even that is not enough, narrower where nothing is."""
    n = t.columns
    cells = [(0, 1, t.label, st["th"])]
    cells += [(h.column, h.columns, h.text, st["th"]) for h in t.header_cells()]
    for body in t.rows:
        font = st["ab" if is_total(body[0]) else "a"]
        cells += [(c, 1, text, font) for c, text in enumerate(body)]
    room = FW + 1.5 * cm
    for pad, whole, limit in ((PAD, True, FW), (PAD, False, FW), (PAD, False, room),
                              (ALT_PAD, False, room)):
        lo, hi = content_widths(cells, n + 1, 2 * pad + 1)
        label = max(lo[0], min(hi[0], 0.28 * FW))
        values = (hi if whole else lo)[1:]
        if label + sum(values) + (n + 1) * SLACK <= limit:
            break
    slack = min(SLACK, max(0.0, (limit - label - sum(values)) / (n + 1)))
    need = [w + slack for w in values]
    if limit > FW:  # into the margin: every column what it needs, no more; all of them
        # narrower alike where even that is too wide (their type shrinks to fit)
        widths = [label + slack] + need
        return [w * min(1.0, room / sum(widths)) for w in widths], pad, slack
    label = max(label + slack, min(max(hi[0], 0.28 * FW), 0.42 * FW, FW - sum(need)))
    values, left, open_ = list(need), FW - label, set(range(n))
    while open_:
        share = left / len(open_)
        big = {c for c in open_ if need[c] > share}
        if not big:
            for c in open_:
                values[c] = share
            break
        left -= sum(need[c] for c in big)
        open_ -= big
    return [label] + values, pad, slack


def _perturb(base: list[float], slack: float, rng: random.Random) -> tuple[list[float], float]:
    """A pasted fragment's own widths: each inner edge moved 1-6pt (the first 3-6pt), some
    fragments 2-5pt wider or narrower overall; and its offset left of the margin."""
    total = sum(base)
    if rng.random() < 0.4:
        total += rng.choice((-1, 1)) * rng.uniform(2, 5)
    scale = total / sum(base)
    edges, x = [], 0.0
    for w in base[:-1]:
        x += w
        edges.append(x * scale)
    for i in range(len(edges)):
        lo, hi = (3, 6) if i == 0 else (1, 6)
        edges[i] += rng.choice((-1, 1)) * rng.uniform(lo, hi)
    # a column loses no more than its slack (its longest word still fits)
    out, prev = [], 0.0
    for i, e in enumerate(edges + [total]):
        w = round(max(e - prev, base[i] - slack), 1)
        out.append(w)
        prev += w
    return out, round(rng.uniform(0, 2), 1)


def _plan(t: source.Table, key: tuple, st) -> Plan:
    rng = _rng(*key, t.label, len(t.rows))
    base, pad, slack = _base_widths(t, st)
    # the body rows in runs of one to three; a total row, and the transcription's page break,
    # end a run
    runs: list[tuple[str, list[int]]] = []
    run: list[int] = []
    size = rng.choice((1, 2, 2, 3))
    for r, body in enumerate(t.rows):
        if run and (len(run) >= size or r == t.page_break_before_row):
            runs.append(("body", run))
            run, size = [], rng.choice((1, 2, 2, 3))
        if is_total(body[0]):
            if run:
                runs.append(("body", run))
                run = []
            runs.append(("total", [r]))
            continue
        run.append(r)
    if run:
        runs.append(("body", run))
    gap_mode = rng.random() < 0.5
    plan = Plan(pad=pad)
    for kind, rows in [("header", [])] + runs:
        widths, shift = _perturb(base, slack, rng)
        if not plan.frags:
            join = 0.0
        elif gap_mode:
            join = rng.choice((1.0, 1.5, 2.0, 2.0, 2.5, 3.0))
        else:
            join = rng.choice((0.0, -RULE))
        plan.frags.append(Frag(kind, rows, widths, shift, join))
    bodies = [f for f in plan.frags if f.kind == "body"]
    if bodies and rng.random() < 0.5:
        rng.choice(bodies).alt = True
    if bodies and rng.random() < 0.25:
        max(bodies, key=lambda f: (len(f.rows), rng.random())).zebra = True
    return plan


def _plans(dossier: source.Dossier, st) -> dict[tuple[int, int], Plan]:
    """Every table's plan, by (project, table); and the one full empty line of the dossier,
    between two body fragments of one table drawn from those that have them."""
    plans = {(p, k): _plan(t, (pr.title, k), st)
             for p, pr in enumerate(dossier.projects) for k, t in enumerate(tables_of(pr))}
    joins = [(key, i) for key, plan in plans.items() for i, f in enumerate(plan.frags)
             if i and f.kind == "body" and plan.frags[i - 1].kind == "body"]
    if joins:
        key, i = _rng(dossier.toc_heading, len(plans)).choice(joins)
        plans[key].frags[i].join = EMPTY_LINE
    return plans


# --- drawing ------------------------------------------------------------------------


class _Frag(Flowable):
    """One pasted table: drawn `shift` left of the margin, `join` below what precedes it (a
    negative join overlaps it; at the top of a page the join is dropped). It stays whole but
    where it could not fit on any page."""

    def __init__(self, table: Table, shift: float, join: float, keep: bool = False):
        super().__init__()
        self.table, self.shift, self.join = table, shift, join
        self.keepWithNext = int(keep)

    def getSpaceBefore(self):
        return self.join

    def wrap(self, aW, aH):
        self.tw, self.th = self.table.wrap(aW, aH)
        return aW, self.th

    def split(self, aW, aH):
        if getattr(self, "th", 0) <= FH - 1:
            return []
        parts = self.table.split(aW, aH)
        return [_Frag(part, self.shift, self.join if i == 0 else 0) for i, part in enumerate(parts)]

    def draw(self):
        self.table.drawOn(self.canv, -self.shift, 0)


def _value_style(text: str, st, bold: bool, alt: bool):
    align = "a" if any(ch.isdigit() for ch in text) or text.strip() in ("-", ".-", "-*") else "t"
    return st[f"{align}{'b' if bold else ''}{'_alt' if alt else ''}"]


def _header_table(t: source.Table, f: Frag, pad: float, st, rec) -> Table:
    n, lines = t.columns, max(len(t.header), 1)
    rows: list[list] = [[""] * (n + 1) for _ in range(lines)]
    cmds = _grid_cmds(f, pad) + [("BACKGROUND", (0, 0), (-1, -1), HEAD_FILL),
                                 ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    rows[0][0] = para(t.label, st["th_l"], rec)
    if lines > 1:
        cmds.append(("SPAN", (0, 0), (0, lines - 1)))
    for h in t.header_cells():
        rows[h.line][h.column] = para(h.text, st["th"], rec)
        c1, r1 = h.column + h.columns - 1, h.line + h.lines - 1
        if (c1, r1) != (h.column, h.line):
            cmds.append(("SPAN", (h.column, h.line), (c1, r1)))
    return Table(rows, colWidths=f.widths, style=TableStyle(cmds), hAlign="LEFT")


def _grid_cmds(f: Frag, pad: float) -> list:
    pad, pad_v = (ALT_PAD, ALT_PAD_V) if f.alt else (pad, PAD_V)
    return [("GRID", (0, 0), (-1, -1), RULE, colors.black),
            ("BOX", (0, 0), (-1, -1), RULE, colors.black),
            ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), pad_v), ("BOTTOMPADDING", (0, 0), (-1, -1), pad_v),
            ("VALIGN", (0, 0), (-1, -1), "TOP")]


def _body_table(t: source.Table, f: Frag, pad: float, st, rec) -> Table:
    n = t.columns
    rows, cmds = [], _grid_cmds(f, pad)
    alt = "_alt" if f.alt else ""
    for i, r in enumerate(f.rows):
        body = list(t.rows[r]) + [""] * (n + 1 - len(t.rows[r]))
        bold = f.kind == "total"
        row = [para(body[0], st[("lb" if bold else "l") + alt], rec)]
        row += [para(text, _value_style(text, st, bold, f.alt), rec) if text else ""
                for text in body[1:]]
        rows.append(row)
        if f.zebra and i % 2 == 0:
            cmds.append(("BACKGROUND", (0, i), (-1, i), ZEBRA))
    return Table(rows, colWidths=f.widths, style=TableStyle(cmds), hAlign="LEFT")


def _table(t: source.Table, plan: Plan, st, rec, above: float) -> list:
    """The table's fragments, `above` it the space from what precedes, and its footnotes."""
    out: list = []
    for f in plan.frags:
        if f.kind == "header":
            out.append(_Frag(_header_table(t, f, plan.pad, st, rec), f.shift, above, keep=True))
        else:
            out.append(_Frag(_body_table(t, f, plan.pad, st, rec), f.shift, f.join))
    out += [para(text, st["tfoot"], rec) for text in t.footnotes]
    return out


def _styles() -> dict:
    def s(name, font=SANS, size=SIZE, leading=LEAD, **kw):
        return ParagraphStyle(f"fr-{name}", fontName=font, fontSize=size, leading=leading, **kw)

    st = {
        "title": s("title", BOLD, 13, 16, spaceBefore=18, spaceAfter=6, keepWithNext=1),
        "label": s("label", BOLD, spaceBefore=8, spaceAfter=2, keepWithNext=1),
        "body": s("body", spaceAfter=4),
        "item": s("item", spaceAfter=4, leftIndent=14, bulletIndent=0, bulletFontName=SANS),
        "th": s("th", BOLD, TSIZE, TLEAD, alignment=TA_CENTER),
        "th_l": s("thl", BOLD, TSIZE, TLEAD, alignment=TA_LEFT),
        "tfoot": s("tfoot", SANS, 8, 10, spaceBefore=3),
        "note": s("note", SANS, 8, 10, spaceAfter=2),
    }
    # body cells: l(abel), a(mount, right), t(ext, left); b(old); _alt (the other document's type)
    for alt, (size, lead) in (("", (TSIZE, TLEAD)), ("_alt", (ALT_SIZE, ALT_LEAD))):
        for b, font in (("", SANS), ("b", BOLD)):
            st[f"l{b}{alt}"] = s(f"l{b}{alt}", font, size, lead)
            st[f"t{b}{alt}"] = s(f"t{b}{alt}", font, size, lead)
            st[f"a{b}{alt}"] = s(f"a{b}{alt}", font, size, lead, alignment=TA_RIGHT)
    return st


def render_fragments(dossier: source.Dossier, pdf_path) -> dict:
    register_fonts()
    st = _styles()
    plans = _plans(dossier, st)

    def once(info):
        truth = Truth(dossier, "fragments")
        doc = Doc(str(pdf_path), truth, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                  topMargin=MARGIN, bottomMargin=MARGIN, **meta(dossier, "fragments"))

        def on_page(canv, d):
            canv.saveState()
            canv.setFont(SANS, 9)
            canv.drawCentredString(WIDTH / 2, 1.3 * cm, str(canv.getPageNumber()))
            canv.restoreState()

        frame = Frame(MARGIN, MARGIN, FW, FH, leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=on_page)])
        story: list = []
        for p, pr in enumerate(dossier.projects):
            rec = truth.content(p)
            tables = tables_of(pr)

            def table(t, above, p=p, tables=tables, rec=rec):
                k = next(i for i, x in enumerate(tables) if x is t)
                return _table(t, plans[(p, k)], st, rec, above)

            story += [CondPageBreak(3 * cm), para(pr.title, st["title"], truth.heading(p))]
            for row in pr.rows:
                if isinstance(row, source.Table):
                    story += [*table(row, 8), Spacer(0, 6)]
                    continue
                story.append(para(row.label, st["label"], rec))
                for item in row.content:
                    if isinstance(item, source.Table):
                        story += [*table(item, 3), Spacer(0, 6)]
                    else:
                        story.append(field_para(item, st["body"], st["item"], rec))
            story += notes_at_end(pr, rec, st["note"])
        doc.build(story)
        return truth

    return build_until_stable(once)
